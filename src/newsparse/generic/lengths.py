"""Effective text length (a CJK character counts three), kept below the scoring so that the
text walk and the block rules can share it without an import cycle."""

from __future__ import annotations

from newsparse.generic.cues.scripts import CJK_CHARACTER

# CJK characters carry a sentence's worth of meaning in fewer characters.
_CJK_WEIGHT = 3


def effective_length(text: str) -> int:
    """Length of collapsed text, each CJK character counting three times."""
    if text.isascii():  # (a C-level flag check: most texts)
        return len(text)
    return len(text) + (_CJK_WEIGHT - 1) * len(CJK_CHARACTER.findall(text))
