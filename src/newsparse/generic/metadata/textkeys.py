"""Comparison keys for short texts (titles, names): case, accents, quotes and punctuation
folded away, so that sources which say the same thing compare equal."""

from __future__ import annotations

import re
import unicodedata

from newsparse.generic.cues.scripts import CJK_CHARACTER
from newsparse.memo import memoised

_NON_WORD = re.compile(r"[\W_]+")
_WORDS = re.compile(r"\w+")


@memoised(4096)
def fold(text: str) -> str:
    """Casefolded text without accents (NFKD, combining marks dropped)."""
    if text.isascii():  # (ASCII casefolds to its lowercase and has nothing to decompose)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def key(text: str) -> str:
    """Words of the text, folded, joined by single spaces."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def tight_key(text: str) -> str:
    """:func:`key` without spaces: "Herald Sun" and "heraldsun" compare equal."""
    return _NON_WORD.sub("", fold(text))


def words(text: str) -> set[str]:
    """Folded words of three letters or more (CJK runs as overlapping character pairs)."""
    found: set[str] = set()
    for word in _WORDS.findall(fold(text)):
        if CJK_CHARACTER.search(word):
            found.update(word[i : i + 2] for i in range(max(1, len(word) - 1)))
        elif len(word) >= 3:
            found.add(word)
    return found


def overlap(a: str, b: str) -> float:
    """Share of ``a``'s words that also occur in ``b`` (0 when ``a`` has none)."""
    mine = words(a)
    if not mine:
        return 0.0
    return len(mine & words(b)) / len(mine)
