"""Regular expressions built from word lists, shaped for speed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import groupby

# The separators between the parts of a metadata line ("date - By name - Category: ...").
_METADATA_LINE_SEPARATOR = re.compile(r"\s+[-–—|•·]\s+")
# A byline is looked for in such a line's second or third part (the first is the date).
_BYLINE_PARTS = slice(1, 3)


def byline_places(line: str) -> list[str]:
    """The parts of a metadata line where its byline may be ("05/10/2018 - Publicado por:
    Ana Lima - Categoria: Saúde": the second and third); [] for a line of one part."""
    return _METADATA_LINE_SEPARATOR.split(line, _BYLINE_PARTS.stop)[_BYLINE_PARTS]


# The non-ASCII characters that re.IGNORECASE matches to an ASCII letter (CPython's tables).
_ASCII_TWINS = {"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"}


def one_of(words: Iterable[str]) -> str:
    """A non-capturing group matching any of the literal ``words``, tried in their order."""
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def longest_first(words: Iterable[str]) -> str:
    """A flat alternation of the escaped ``words``, longest first, so that where several
    start at one place the longest is the one matched ("Thomson Reuters" over "Reuters")."""
    return "|".join(re.escape(word) for word in sorted(dict.fromkeys(words), key=len, reverse=True))


def any_substring(words: Iterable[str]) -> str:
    """A pattern that finds any of ``words`` (case-sensitive literals) inside a text.

    It is written as a prefix tree ("a(?:uthor|utor)" rather than "author|autor"), which
    Python's engine tries several times faster than a flat alternation, and words that
    contain another word are left out: where they occur, the shorter one does too, so
    ``search`` answers exactly as the flat alternation would.
    """
    return _tree(sorted(_without_holders(words)))


# Letters and the space by how often they occur in English prose, the commonest first; any
# other character (a digit, a sign, a letter of another script) counts as rarer than these.
_PROSE_FREQUENCY = " etaoinsrhldcumfpgwybvkxjqz"
_RAREST_FIRST = _PROSE_FREQUENCY[::-1]
_UNLISTED = re.compile(f"[^{_PROSE_FREQUENCY}]")


def any_phrase(phrases: Iterable[str]) -> str:
    """A pattern that finds any of ``phrases`` (case-sensitive literals) in a text of prose:
    its ``search`` finds one where ``any_substring``'s does (the match's span may differ).

    Each phrase is looked for from its rarest character ("all rights reserved" from its "v":
    "ved(?<=all rights reserved)"), the part before it checked behind. Python's engine then
    tries a match only where the text holds one of the phrases' rare characters, not at
    nearly every letter: several times faster over prose.
    """
    behind: dict[str, list[str]] = {}
    for phrase in _without_holders(phrases):
        start = _rarest_place(phrase)
        behind.setdefault(phrase[start:], []).append(f"(?<={re.escape(phrase)})" if start else "")
    ends = {rest: _either(sorted(looks)) for rest, looks in behind.items()}
    return _tree(sorted(ends), ends)


def prefix_tree(words: Iterable[str]) -> str:
    """A group matching exactly the literal ``words`` (as ``one_of`` does), written as a prefix
    tree ("a(?:uthor|utor)"), which Python's engine tries several times faster. Words that
    begin others are kept ("date" and "dateline"), so the context after the group still
    decides; which word matches at one place may differ from ``one_of``'s, not whether one
    does."""
    return f"(?:{_tree(sorted(set(words)))})"


def _without_holders(words: Iterable[str]) -> list[str]:
    """The distinct ``words`` less those that hold another (where they occur, the shorter one
    does too) and the empty one."""
    kept: list[str] = []
    for word in sorted(set(words), key=len):
        if word and not any(shorter in word for shorter in kept):
            kept.append(word)
    return kept


def _rarest_place(phrase: str) -> int:
    """Where the phrase's rarest character in prose (``_PROSE_FREQUENCY``) first occurs."""
    unlisted = _UNLISTED.search(phrase)
    if unlisted is not None:
        return unlisted.start()
    return next(place for char in _RAREST_FIRST if (place := phrase.find(char)) >= 0)


def _tree(words: list[str], ends: dict[str, str] | None = None, start: int = 0) -> str:
    """The prefix tree of the sorted, distinct ``words`` from their ``start``-th characters:
    their common beginning as one literal run, then, where they part, a branch for each next
    character in order (an empty one first where a word ends: "dat(?:a|e(?:|line))"); where
    a word ends, what ``ends`` gives for it, if anything."""
    # (by runs and groups of words, not character by character: a tree's characters are
    # mostly in runs that one word alone goes on with)
    if len(words) <= 1:
        if not words:
            return ""
        return re.escape(words[0][start:]) + (ends or {}).get(words[0], "")
    shared = _shared_length(words[0], words[-1], start)  # (of all: the words are sorted)
    if shared > start:
        return re.escape(words[0][start:shared]) + _tree(words, ends, shared)
    groups = groupby(words, key=lambda word: word[start : start + 1])
    return _either([_tree(list(group), ends, start) for _, group in groups])


def _shared_length(first: str, last: str, start: int) -> int:
    """How many characters ``first`` and ``last`` begin with alike, the first ``start`` known
    to be."""
    pairs = enumerate(zip(first[start:], last[start:], strict=False), start)
    return next((index for index, (a, b) in pairs if a != b), min(len(first), len(last)))


def _either(patterns: list[str]) -> str:
    """The patterns as alternatives (the one alone as it is)."""
    return patterns[0] if len(patterns) == 1 else "(?:" + "|".join(patterns) + ")"


class CaselessWords:
    """Finds the first of ``words`` in a text in any case, exactly where the flat alternation
    ``re.compile(before + "(?:" + "|".join(words) + ")" + after, re.IGNORECASE)`` would
    (leftmost; at one place, the first listed word). ``before`` and ``after`` are optional
    regex context around the words (word boundaries, say), written in lowercase.

    An ASCII text, the usual case, is lowercased and searched case-sensitively instead, which
    is several times faster: only the words that can match ASCII text take part, each in its
    ASCII lowercase form.
    """

    def __init__(self, words: Iterable[str], *, before: str = "", after: str = "") -> None:
        listed = list(words)
        self._caseless = re.compile(_around(before, listed, after), re.I)
        ascii_forms = [form for form in map(_ascii_form, listed) if form is not None]
        self._ascii = re.compile(_around(before, ascii_forms, after)) if ascii_forms else None

    def span(self, text: str) -> tuple[int, int] | None:
        """Start and end of the first word found in ``text``; None when there is none."""
        if text.isascii():
            found = self._ascii.search(text.lower()) if self._ascii is not None else None
        else:
            found = self._caseless.search(text)
        return found.span() if found is not None else None


def _around(before: str, words: list[str], after: str) -> str:
    return f"{before}{one_of(words)}{after}" if before or after else "|".join(map(re.escape, words))


def _ascii_form(word: str) -> str | None:
    """The lowercase ASCII text that ``word`` matches under re.IGNORECASE, or None when it
    holds a character no ASCII one matches."""
    chars = [_ASCII_TWINS.get(char, char) for char in word]
    if not all(char.isascii() for char in chars):
        return None
    return "".join(chars).lower()
