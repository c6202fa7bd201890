"""Headline hints for trimming the story's head.

A page's ``<title>`` usually decorates the headline with the site's name, a section, an
author ("Headline - Chapter 1 - Author | Site"): a heading at the story's head that is the
title's first part is the headline repeated, as much as one that is the whole title.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_SEPARATOR = re.compile(r"\s+[|\-–—·•»]\s+|\s*[|｜]\s*")
# A first part shorter than this (characters) is a section or site label, not a headline.
_MIN_HEADLINE = 12
# Words this long at least tell a headline's subject (shorter ones are articles, joiners).
_SUBJECT_WORD = 4
_WORD = re.compile(r"\w+")
# A heading tells its subject in this many such words at least.
_MIN_SUBJECT_WORDS = 2
# A declared title tells a subject of its own (an e-mail's subject line) in this many such
# words at least that are not the site's: a title that only names the site tells none.
_MIN_TITLE_SUBJECT_WORDS = 3


def with_title_parts(titles: Collection[str]) -> list[str]:
    """``titles`` and, for each decorated one, its first part."""
    hints = list(titles)
    for title in titles:
        parts = _SEPARATOR.split(title.strip(), maxsplit=1)
        if len(parts) == 2 and len(parts[0].strip()) >= _MIN_HEADLINE:
            hints.append(parts[0].strip())
    return hints


def _subject_words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.casefold()) if len(word) >= _SUBJECT_WORD}


def subject_titles(titles: Collection[str], site: str) -> list[str]:
    """The ``titles`` that tell a subject of their own: words enough that are not in
    ``site`` (the site's name and host, casefolded). "Harbour Gazette" on
    harbourgazette.example names the site and says nothing of the page's subject."""
    return [
        title
        for title in titles
        if sum(word not in site for word in _subject_words(title)) >= _MIN_TITLE_SUBJECT_WORDS
    ]


def shares_subject(text: str, titles: Collection[str]) -> bool:
    """Whether ``text`` shares a word telling a subject with one of ``titles`` (or says too
    little to tell: fewer than two such words, "Lorem", "Overview")."""
    words = _subject_words(text)
    return len(words) < _MIN_SUBJECT_WORDS or any(
        not words.isdisjoint(_WORD.findall(t.casefold())) for t in titles
    )


def headline_hints(hints: Collection[str], declared: Collection[str]) -> list[str]:
    """Of the headlines a page shows (``hints``), those that the headlines it declares
    (``og:title``, ``<title>``, those that tell a subject: see ``subject_titles``) do not
    contradict: a heading sharing no word with any is a section's, an e-mail's lead item
    under the issue's subject."""
    if not declared:
        return list(hints)
    return [hint for hint in hints if hint in declared or shares_subject(hint, declared)]
