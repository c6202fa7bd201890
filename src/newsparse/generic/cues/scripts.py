"""Characters of writing systems that regular expressions' ``\\w`` leaves out (data only)."""

from __future__ import annotations

# Combining marks that belong to their word (a character-class fragment): accents of
# decomposed Latin, Cyrillic and Hebrew marks, Arabic harakat, the vowel signs of Indic
# scripts and of Thai, and the zero-width (non-)joiners Persian and Indic words hold.
# Hiragana, katakana, the CJK ideographs and Hangul (a character-class fragment): scripts
# written without spaces between words, and whose names no romanised host spells.
CJK_CHARACTERS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"

WORD_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    "\u0670\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e\u200c\u200d"
)
