"""Characters of writing systems that regular expressions' ``\\w`` leaves out, as
character-class fragments (data), and the one compiled class the modules share."""

from __future__ import annotations

import re

# Hiragana and katakana.
KANA = "\u3040-\u30ff"
# The CJK ideographs: extension A, the unified block and the compatibility ideographs.
HAN = "\u3400-\u9fff\uf900-\ufaff"
# Hangul syllables.
HANGUL = "\uac00-\ud7af"
# Japanese and Chinese writing: names written with no space between their parts, and which no
# romanised host spells.
KANA_AND_HAN = KANA + HAN
# Hiragana, katakana, the CJK ideographs and Hangul: the East Asian scripts, whose names no
# romanised host spells.
CJK_CHARACTERS = KANA_AND_HAN + HANGUL
# One such character (``CJK_CHARACTER.search(text)``: the text holds CJK writing).
CJK_CHARACTER = re.compile(f"[{CJK_CHARACTERS}]")
# Hebrew and Arabic (its Persian and Urdu letters included).
HEBREW_AND_ARABIC = "\u0590-\u06ff"
# Thai, Lao, Tibetan, Myanmar and Khmer (a character-class fragment): alphabets written with
# few or no spaces between words (spaces part phrases, when they are written at all).
SPACELESS_ALPHABETS = "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
# Ethiopic's preface colon ("ምንጭ፦ ኢዜአ"): it ends a label or a dateline as ":" does.
ETHIOPIC_PREFACE_COLON = "\u1366"
# Combining marks that belong to their word: accents of decomposed Latin, Cyrillic and Hebrew
# marks, Arabic harakat, the vowel signs of Indic scripts and of Thai, and the zero-width
# (non-)joiners Persian and Indic words hold.
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
