"""Data for reading undeclared legacy pages: the encodings a detector may guess, and the
legacy encoding a page's language or country domain makes likely.

A browser meeting a page that declares no charset guesses among the legacy encodings still
found on the web, and leans towards the one its locale or the site's country domain makes
likely. Short texts in Latin script decode without a stray character in several single-byte
encodings; the page's declared language (or, failing that, its country domain) tells which.
Python codec names throughout.
"""

from __future__ import annotations

# The legacy encodings a browser's detector guesses among. charset-normalizer also knows the
# DOS and Mac code pages of Latin text (cp850, cp852, cp775, mac_roman...), which no browser
# guesses: a windows-1252 page read as one of them turns its curly quotes into letters.
DETECTABLE_ENCODINGS: tuple[str, ...] = (
    "cp1250",
    "cp1251",
    "cp1252",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "cp874",
    "iso8859_2",
    "iso8859_4",
    "iso8859_5",
    "iso8859_6",
    "iso8859_7",
    "iso8859_8",
    "iso8859_13",
    "koi8_u",
    "koi8_r",
    "cp866",
    "mac_cyrillic",
    "shift_jis",
    "cp932",
    "euc_jp",
    "iso2022_jp",
    "euc_kr",
    "cp949",
    "big5",
    "gb18030",
)

# The languages (ISO 639-1 codes, the primary subtag of ``lang``) written in each legacy
# encoding, as Windows locales have it.
_LANGUAGES_BY_ENCODING: dict[str, str] = {
    "cp1252": "en af ca cy da de es eu fi fo fr ga gl id is it ms nb nl nn no pt sq sv sw tl",
    "cp1250": "bs cs hr hu pl ro sk sl",
    "cp1251": "be bg kk mk ru sr uk",
    "cp1253": "el",
    "cp1254": "az tr",
    "cp1255": "he yi",
    "cp1256": "ar fa ur",
    "cp1257": "et lt lv",
    "cp1258": "vi",
    "cp874": "th",
    "cp932": "ja",
    "cp949": "ko",
    "gb18030": "zh",
}


def _inverted(keys_by_encoding: dict[str, str]) -> dict[str, str]:
    """Each space-separated key of the table's values mapped to its encoding."""
    return {key: encoding for encoding, keys in keys_by_encoding.items() for key in keys.split()}


LANGUAGE_ENCODINGS = _inverted(_LANGUAGES_BY_ENCODING)
# Chinese written in traditional characters (``zh-TW``, ``zh-Hant``...): Big5.
TRADITIONAL_CHINESE_SUBTAGS = frozenset({"tw", "hk", "mo", "hant"})

# The country domains whose country's language has a legacy encoding of its own (other
# domains say nothing: ".com" pages are written in every encoding).
_COUNTRY_DOMAINS_BY_ENCODING: dict[str, str] = {
    "cp1252": (
        "ar at au be br ca ch cl co de dk es fi fr id ie is it lu mx my nl no nz pe ph pt se "
        "uk us uy ve za"
    ),
    "cp1250": "ba cz hr hu pl ro si sk",
    "cp1251": "bg by kz mk ru ua",
    "cp1253": "cy gr",
    "cp1254": "az tr",
    "cp1255": "il",
    "cp1256": "ae bh dz eg iq ir jo kw lb ly ma om pk ps qa sa sd sy tn ye",
    "cp1257": "ee lt lv",
    "cp1258": "vn",
    "cp874": "th",
    "cp932": "jp",
    "cp949": "kr",
    "gb18030": "cn",
    "big5": "hk mo tw",
}
COUNTRY_DOMAIN_ENCODINGS = _inverted(_COUNTRY_DOMAINS_BY_ENCODING)
