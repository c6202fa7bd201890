"""Characters of writing systems that regular expressions' ``\\w`` leaves out (data only)."""

from __future__ import annotations

# Combining marks that belong to their word (a character-class fragment): accents of
# decomposed Latin, Cyrillic and Hebrew marks, Arabic harakat, the vowel signs of Indic
# scripts and of Thai, and the zero-width (non-)joiners Persian and Indic words hold.
# Hiragana, katakana, the CJK ideographs and Hangul (a character-class fragment): scripts
# written without spaces between words, and whose names no romanised host spells.
CJK_CHARACTERS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# Thai, Lao, Tibetan, Myanmar and Khmer (a character-class fragment): alphabets written with
# few or no spaces between words (spaces part phrases, when they are written at all).
SPACELESS_ALPHABETS = "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"

WORD_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    "\u0670\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e\u200c\u200d"
    # Lao, Myanmar and Khmer vowel signs and tone marks
    "\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u102b-\u103e\u1056-\u1059\u105e-\u1060"
    "\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d"
    "\u17b4-\u17d3\u17dd"
    # Tibetan vowel signs and subjoined letters, and the tsheg that parts a word's syllables
    "\u0f0b\u0f71-\u0f87\u0f8d-\u0fbc"
)
