"""The page's language as a BCP 47 tag ("en", "pt-BR", "zh-Hant-TW")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from newsparse.generic.metadata import common, regions, structured
from newsparse.generic.metadata.language_words import (
    DISTINCT_LETTERS,
    FUNCTION_WORDS,
    SCRIPT_RANGES,
    SHARED_SCRIPTS,
)
from newsparse.page import Page

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
# Whole words only: the "a" of "1a etapa" is not the article "a".
_WORD = re.compile(r"\b[^\W\d_]+\b")
# Runs of anything but letters (the complement of [^\W\d_]): removing them leaves the letters.
_NON_LETTERS = re.compile(r"[\W\d_]+")
_SCRIPTS = tuple(
    (language, re.compile(f"[{chr(first)}-{chr(last)}]")) for first, last, language in SCRIPT_RANGES
)


def _languages_by_word() -> dict[str, tuple[str, ...]]:
    """The languages each function word belongs to, in FUNCTION_WORDS order."""
    found: dict[str, tuple[str, ...]] = {}
    for language, words in FUNCTION_WORDS.items():
        for word in words:
            found[word] = (*found.get(word, ()), language)
    return found


_WORD_LANGUAGES = _languages_by_word()
# Any letter of the scripts above: without one, every script count is zero.
_ANY_SCRIPT = re.compile(
    "[" + "".join(f"{chr(first)}-{chr(last)}" for first, last, _ in SCRIPT_RANGES) + "]"
)
_MIN_LETTERS = 40
_MIN_SCRIPT_LETTERS = 12
_MIN_HITS = 4
_MIN_DIFFERENT_WORDS = 2
# Languages written with one script whose pages still declare another language often enough
# that the declaration is kept unless the text plainly contradicts it.
_CJK = frozenset({"ja", "zh", "ko"})


def normalise_language(value: str | None) -> str | None:
    """A BCP 47 tag from a declared value: "en_US" -> "en-US", "EN" -> "en",
    "zh-hant-tw" -> "zh-Hant-TW"; None when it is not a language tag."""
    if not value:
        return None
    value = value.strip().split(",")[0].split(";")[0].strip()
    if not _TAG.match(value):
        return None
    parts = value.replace("_", "-").split("-")
    tag = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            tag.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            tag.append(part.title())
        else:
            tag.append(part.lower())
    if tag[0] in ("xx", "und", "zz"):
        return None
    return "-".join(tag)


def detect_language(text: str) -> str | None:
    """The language of a text from its script, else its function words; None when unsure.

    A small detector for pages that declare nothing (or a template's default): it answers
    only with clear evidence (a script that names one language, or at least four function
    words of one language and twice as many as of any other).
    """
    sample = text[:1500]
    # (one string of the letters: a list of one string per letter would cost more)
    letters = _NON_LETTERS.sub("", sample)
    if len(letters) < _MIN_SCRIPT_LETTERS:
        return None
    count = 0
    if _ANY_SCRIPT.search(sample):
        scripts = {language: len(pattern.findall(sample)) for language, pattern in _SCRIPTS}
        language, count = max(scripts.items(), key=lambda item: item[1])
    if count:
        if language == "zh" and scripts.get("ja"):
            language = "ja"  # kanji with kana
        if count >= len(letters) // 3:
            for letters, other, absent in DISTINCT_LETTERS.get(language, ()):
                if any(ch in sample for ch in letters) and not any(ch in sample for ch in absent):
                    return other
            return language
    if len(letters) < _MIN_LETTERS:
        return None
    hits: Counter[str] = Counter()
    words = _WORD.findall(sample.lower())
    for word in words:
        for language in _WORD_LANGUAGES.get(word, ()):
            hits[language] += 1
    ranked = hits.most_common(2)
    if not ranked or ranked[0][1] < _MIN_HITS:
        return None
    best = ranked[0][0]
    different = {word for word in words if best in _WORD_LANGUAGES.get(word, ())}
    if len(different) < _MIN_DIFFERENT_WORDS:
        return None  # (one short word repeated: English's "a" is Hungarian's article too)
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


# Letters a declared language never writes that overrule its declaration: at least this
# many, and this share of the sample's characters.
_MIN_DISTINCT_LETTERS = 5
_MIN_DISTINCT_SHARE = 0.02
# How much of the extracted story stands in for a first paragraph.
_STORY_SAMPLE = 600


def _sample(page: Page, story_text: Callable[[], str] | None) -> str:
    paragraph = regions.first_paragraph(page, min_chars=60)
    if paragraph is None and story_text is not None:
        # no paragraph element holds the story (text in <td> or <font> split by <br>)
        paragraph = story_text()[:_STORY_SAMPLE]
    parts = [
        common.meta(page, "og:title") or "",
        common.meta(page, "description") or "",
        paragraph or "",
    ]
    return " ".join(parts)


# Languages whose script the detector reads (a page declaring one is not written in Latin).
_OTHER_SCRIPT_LANGUAGES = frozenset(
    {language for _first, _last, language in SCRIPT_RANGES}.union(*SHARED_SCRIPTS)
)


def find_language(page: Page, story_text: Callable[[], str] | None = None) -> str | None:
    """``<html lang>``, ``og:locale``, ``content-language``, JSON-LD ``inLanguage``,
    ``dc.language``; the first that is a valid tag. When the text plainly is in another
    language (a theme's default ``lang="en-US"`` on a German page) or nothing is declared,
    the language detected from the headline, description and first paragraph (or, when no
    paragraph element holds one, the start of ``story_text()``, the extracted body)."""
    declared = declared_language(page)
    sample = _sample(page, story_text)
    detected = detect_language(sample)
    if detected is None:
        return declared
    if declared is None:
        return detected
    primary = declared.split("-")[0]
    if primary == detected or (primary in ("nb", "nn") and detected in ("no", "da")):
        return declared
    if primary in ("no", "da", "sv") and detected in ("no", "da", "sv"):
        return declared  # close neighbours the word lists cannot tell apart reliably
    if any(primary in group and detected in group for group in SHARED_SCRIPTS):
        # (the script is the declared language's: its letters tell no more, unless the text
        # is full of letters the declared language never writes: a bilingual portal's
        # Kazakh page left with the template's lang="ru")
        return detected if _written_in_letters_of(sample, primary, detected) else declared
    if (
        detected in FUNCTION_WORDS
        and primary not in FUNCTION_WORDS
        and primary not in _OTHER_SCRIPT_LANGUAGES
    ):
        # the words detected are those of the nearest language the lists know (Catalan's
        # read as Spanish, Slovak's as Czech): no sign that the declaration is wrong
        return declared
    return detected


def _written_in_letters_of(sample: str, declared: str, detected: str) -> bool:
    """Whether ``sample`` holds enough letters that ``declared`` never writes and
    ``detected`` does (``DISTINCT_LETTERS``) to overrule the declaration."""
    for letters, other, _absent in DISTINCT_LETTERS.get(declared, ()):
        if other == detected:
            found = sum(sample.count(letter) for letter in letters)
            return found >= _MIN_DISTINCT_LETTERS and found >= _MIN_DISTINCT_SHARE * len(sample)
    return False


def declared_language(page: Page) -> str | None:
    """The language the page declares (see :func:`find_language`), None if none (cached)."""
    return common.cached_of_page(page, "_md_declared_language", _declared_language)


def _declared_language(page: Page) -> str | None:
    inline = structured.article_value(page, "inLanguage")
    if inline is None:  # Yoast-style graphs declare it on the WebPage and WebSite only
        webpage = structured.page_object(page)
        inline = webpage.get("inLanguage") if webpage is not None else None
    if isinstance(inline, dict):
        inline = inline.get("alternateName") or inline.get("name")
    candidates = (
        page.tree.get("lang"),
        page.tree.get("xml:lang"),
        common.meta(page, "og:locale"),
        common.meta(page, "content-language"),
        inline if isinstance(inline, str) else None,
        common.meta(page, "dc.language", "dcterms.language", "language"),
    )
    for candidate in candidates:
        tag = normalise_language(candidate)
        if tag:
            return tag
    return None
