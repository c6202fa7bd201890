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
    "big5hkscs",
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
    "big5hkscs": "hk mo tw",
}
COUNTRY_DOMAIN_ENCODINGS = _inverted(_COUNTRY_DOMAINS_BY_ENCODING)

# Charset labels that browsers know (WHATWG Encoding Standard) and Python's codec registry
# does not, lowercased, with the Python codec they name. Labels of the form "iso88592" and
# "iso-8859-8-i" are read by a pattern in ``decoding`` instead.
LABEL_ALIASES: dict[str, str] = {
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "csisolatin9": "iso8859-15",
    "sun_eu_greek": "iso8859-7",
    "visual": "iso8859-8",
    "logical": "iso8859-8",
    "koi": "koi8-r",
    "koi8": "koi8-r",
    "koi8-ru": "koi8-u",
    "csmacintosh": "mac-roman",
    "mac": "mac-roman",
    "x-mac-roman": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "dos-874": "cp874",
    "windows-874": "cp874",
    "csgb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
    **{f"x-cp{number}": f"cp{number}" for number in range(1250, 1259)},
    "cn-big5": "big5",
    "x-x-big5": "big5",
    "cseucpkdfmtjapanese": "euc_jp",
    "x-euc-jp": "euc_jp",
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "cseuckr": "cp949",
    "csksc56011987": "cp949",
    "iso-ir-149": "cp949",
    "ks_c_5601-1989": "cp949",
    "ksc_5601": "cp949",
    "windows-949": "cp949",
}

# Multi-byte encodings whose pages hold characters from the vendors' extensions that
# Python's codec lacks: for a byte sequence the codec cannot read, these codecs are tried in
# turn (Big5 with Microsoft's euro sign and Hong Kong's characters, EUC-JP with NEC's
# circled numbers).
MULTIBYTE_ALTERNATES: dict[str, tuple[str, ...]] = {
    "big5hkscs": ("cp950",),
    "big5": ("big5hkscs", "cp950"),
    "cp950": ("big5hkscs",),
    "euc_jp": ("euc_jis_2004",),
    "cp932": ("shift_jis_2004",),
    "shift_jis": ("cp932", "shift_jis_2004"),
    "cp949": (),
    "euc_kr": ("cp949",),
    "gb18030": (),
    "gbk": ("gb18030",),
    "gb2312": ("gb18030",),
}
