"""Decoding page bytes: BOM, declared charset, strict UTF-8, detection; lying declarations.

Each page is written here as text and encoded in the test, so the expected text is known.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

import pytest

import newsparse
from newsparse.decoding import declared_encoding, decode, locale_encoding, normalise_encoding

JAPANESE = (
    "東京都は五日、新しい防災計画を発表した。地震や台風に備えて避難所の数を増やし、"
    "住民への情報提供を強化する。知事は記者会見で「命を守ることが最優先だ」と述べた。"
)
CHINESE = (
    "国家发展和改革委员会有关部门昨日召开座谈会，听取主要稀土产区有关部门负责人的意见和建议，"
    "加强稀土行业秩序整顿，强化生态环境保护，实现高质量发展。"
)
FRENCH = (
    "L’école du quartier a rouvert ses portes — enfin — après « trois ans » de travaux "
    "coûteux, a déclaré l’adjointe chargée de l’éducation. Les parents étaient ravis : "
    "« C’est une très bonne nouvelle », a-t-elle ajouté, et le budget a été tenu à 2 € près."
)
# English as a Windows newsroom system wrote it: curly quotes, dashes, non-breaking spaces.
ENGLISH = (
    "MADRID \u2014 The city\u2019s transport authority said on Tuesday that the night buses "
    "would run again from March, after a year in which drivers\u2019 unions and the council "
    "could not agree on pay.\u00a0\u201cWe listened,\u201d the mayor said. Fares stay at "
    "\u20ac1.50; a monthly pass costs \u20ac40 \u2014 unchanged since 2019."
)
HUNGARIAN = (
    "A városi tanács csütörtökön úgy döntött, hogy az új híd a folyó felett jövő év végéig "
    "elkészül. A lakók évek óta panaszkodtak a dugók és a régi átkelő rossz állapota miatt."
)
LITHUANIAN = (
    "Miesto taryba ketvirtadienį nusprendė, kad naujas tiltas per upę bus pastatytas iki "
    "kitų metų pabaigos. Gyventojai daugelį metų skundėsi spūstimis."
)
HONG_KONG = "屋邨商場翻新延誤，街坊話買餸要行多十五分鐘，啲老人家行唔到咁遠。"
TAIWAN = "圍碁少年棋士在比賽裏奪冠，獎金五千€。"
RUSSIAN = (
    "Городской совет во вторник одобрил план ремонта школ, после года протечек и "
    "отключений отопления. «Это приоритет», — заявила мэр города."
)


def page(text: str, declaration: str = "") -> str:
    return (
        f"<!DOCTYPE html>\n<html><head>{declaration}<title>Nachrichten</title></head>"
        f"<body><article><h1>Headline</h1><p>{text}</p></article></body></html>"
    )


def meta(charset: str) -> str:
    return f'<meta charset="{charset}">'


def http_equiv(charset: str) -> str:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'


CASES = [
    (JAPANESE, "shift_jis"),
    (CHINESE, "gb2312"),
    (FRENCH, "cp1252"),
    (RUSSIAN, "cp1251"),
    (JAPANESE, "euc-jp"),
    (CHINESE, "utf-8"),
]


@pytest.mark.parametrize(("text", "encoding"), CASES)
@pytest.mark.parametrize("declare", [meta, http_equiv], ids=["meta", "http-equiv"])
def test_declared_pages(text: str, encoding: str, declare: Callable[[str], str]) -> None:
    data = page(text, declare(encoding)).encode(encoding)
    decoded, _ = decode(data)
    assert text in decoded


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (JAPANESE, "shift_jis"),
        (CHINESE, "gb2312"),
        (FRENCH, "cp1252"),
        (CHINESE, "utf-8"),
        (HONG_KONG, "big5hkscs"),
    ],
)
def test_undeclared_pages_are_detected(text: str, encoding: str) -> None:
    decoded, _ = decode(page(text).encode(encoding))
    assert text in decoded


def test_undeclared_latin_text_is_read_as_windows_1252() -> None:
    # cp1252's curly quotes and euro sign are C1 controls in ISO-8859-1: reading the page as
    # Latin-1 would lose them.
    decoded, encoding = decode(page(FRENCH).encode("cp1252"))
    assert FRENCH in decoded
    assert encoding == "cp1252"


def test_undeclared_english_is_not_read_as_a_dos_code_page() -> None:
    # The detector also knows DOS code pages (cp775, cp850...), in which this text decodes
    # as cleanly, its quotes and dashes as letters ("SpainÆs"): browsers never guess them.
    decoded, encoding = decode(page(ENGLISH).encode("cp1252"))
    assert ENGLISH in decoded
    assert encoding == "cp1252"


def test_undeclared_central_european_text_is_detected() -> None:
    # "ő" and "ű" are stray symbols in windows-1252 ("õ", "û" inside words)
    decoded, encoding = decode(page(HUNGARIAN).encode("cp1250"))
    assert HUNGARIAN in decoded and encoding == "cp1250"


def test_the_declared_language_picks_among_equally_clean_decodings() -> None:
    # Lithuanian in windows-1257 also decodes without a stray character in windows-1252
    # ("ketvirtadienį" as "ketvirtadiená"): the page's language tells which it is.
    data = page(LITHUANIAN).replace("<html>", '<html lang="lt">').encode("cp1257")
    decoded, encoding = decode(data)
    assert LITHUANIAN in decoded and encoding == "cp1257"


def test_the_country_domain_picks_when_no_language_is_declared() -> None:
    data = page(LITHUANIAN).encode("cp1257")
    decoded, encoding = decode(data, "https://www.miestas.lt/naujienos/tiltas")
    assert LITHUANIAN in decoded and encoding == "cp1257"
    article = newsparse.parse(data, url="https://www.miestas.lt/naujienos/tiltas")
    assert "Gyventojai daugelį metų skundėsi spūstimis." in article.body


def test_locale_encoding_reads_the_language_then_the_domain() -> None:
    assert locale_encoding(b'<html lang="pl-PL"><head>') == "cp1250"
    assert locale_encoding(b'<html class="no-js" lang="zh-Hant-TW">') == "big5hkscs"
    assert locale_encoding(b'<html lang="zh-CN">') == "gb18030"
    assert (
        locale_encoding(b'<html><head><meta http-equiv="Content-Language" content="tr">')
        == "cp1254"
    )
    # the language outranks the domain: an English edition on a Polish domain
    assert locale_encoding(b'<html lang="en">', "https://news.example.pl/en/") == "cp1252"
    assert locale_encoding(b"<html>", "https://news.example.pl/") == "cp1250"
    assert locale_encoding(b"<html>", "https://news.example.com/") is None
    assert locale_encoding(b"<html>", "not a url") is None
    assert locale_encoding(b'<html lang="x-klingon">') is None


def test_declared_labels_read_as_browsers_do() -> None:
    assert decode(page(CHINESE, meta("GB2312")).encode("gb18030"))[1] == "gb18030"
    # A character only the superset has (cp932's NEC row 13) still decodes.
    extended = "①②③ " + JAPANESE
    decoded, encoding = decode(page(extended, meta("Shift_JIS")).encode("cp932"))
    assert extended in decoded and encoding == "cp932"
    latin = "Cost: 5 € — “quoted”"
    decoded, _ = decode(page(latin, meta("iso-8859-1")).encode("cp1252"))
    assert latin in decoded


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("windows-874", "cp874"),
        ("x-sjis", "cp932"),
        ("Windows-31J", "cp932"),
        ("x-euc-jp", "euc_jp"),
        ("x-gbk", "gb18030"),
        ("cseuckr", "cp949"),
        ("x-cp1251", "cp1251"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("iso88592", "iso8859-2"),
        ("ISO-8859-8-I", "iso8859-8"),
        ("iso-8859-11", "cp874"),
        ("unicode-1-1-utf-8", "utf-8"),
        ("big5", "big5hkscs"),
    ],
)
def test_labels_python_lacks_are_read_as_browsers_do(label: str, codec: str) -> None:
    assert normalise_encoding(label) == codec


def test_big5_pages_hold_hong_kong_and_microsoft_characters() -> None:
    # Hong Kong's characters (HKSCS) and the euro sign of Microsoft's Big5 (cp950) in one
    # page: each is read, and the text after them too.
    data = page(HONG_KONG, meta("big5")).encode("big5hkscs")
    data = data.replace(b"</p>", TAIWAN.encode("cp950") + b"</p>")
    decoded, encoding = decode(data)
    assert HONG_KONG + TAIWAN in decoded and encoding == "big5hkscs"


def test_euc_jp_pages_hold_the_circled_numbers() -> None:
    text = "運動会は①徒競走②玉入れ③リレーの３種目。㈱山田建設が協賛した。" + JAPANESE
    decoded, encoding = decode(page(text, meta("EUC-JP")).encode("euc_jis_2004"))
    assert text in decoded and encoding == "euc_jp"


def test_an_unreadable_pair_is_one_replacement_character() -> None:
    # (Python's "replace" would read the pair's second byte as the start of a character
    # and misread the text after it)
    data = page(TAIWAN, meta("big5")).encode("cp950").replace(b"</p>", b"\x81\xa1</p>")
    decoded, _ = decode(data)
    assert TAIWAN + "\ufffd</p>" in decoded


@pytest.mark.parametrize(
    ("bom_encoding", "codec"),
    [("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("utf-32", "utf-32")],
)
def test_byte_order_marks_win_over_declarations(bom_encoding: str, codec: str) -> None:
    data = page(JAPANESE, meta("iso-8859-1")).encode(bom_encoding)
    assert data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE))
    decoded, encoding = decode(data)
    assert JAPANESE in decoded
    assert not decoded.startswith("\ufeff")
    assert encoding.startswith(codec)


def test_utf16_without_bom_is_sniffed() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        decoded, encoding = decode(page(CHINESE).encode(codec))
        assert CHINESE in decoded and encoding == codec


def test_a_lying_utf8_declaration_falls_back_to_the_evidence() -> None:
    data = page(FRENCH, meta("utf-8")).encode("cp1252")
    decoded, _ = decode(data)
    assert FRENCH in decoded


def test_a_lying_legacy_declaration_on_utf8_bytes_is_overruled() -> None:
    # A CMS that kept an old "iso-8859-1" header while saving UTF-8: the bytes decide.
    for text, label in ((FRENCH, "iso-8859-1"), (RUSSIAN, "windows-1251"), (JAPANESE, "latin1")):
        decoded, encoding = decode(page(text, http_equiv(label)).encode("utf-8"))
        assert text in decoded and encoding == "utf-8"
    # Declared Shift_JIS, saved as UTF-8: strict Shift_JIS decoding fails, UTF-8 wins.
    decoded, encoding = decode(page(JAPANESE, meta("shift_jis")).encode("utf-8"))
    assert JAPANESE in decoded and encoding == "utf-8"


def test_an_utf16_declaration_in_ascii_means_utf8() -> None:
    decoded, encoding = decode(page(CHINESE, meta("utf-16")).encode("utf-8"))
    assert CHINESE in decoded and encoding == "utf-8"


@pytest.mark.parametrize("label", ["rot13", "hex", "base64", "undefined", "utf-7", "x-nonsense"])
def test_labels_that_are_not_page_encodings_are_ignored(label: str) -> None:
    assert normalise_encoding(label) is None
    data = page(FRENCH, meta(label)).encode("utf-8")
    decoded, encoding = decode(data)
    assert FRENCH in decoded and encoding == "utf-8"


def test_declared_encoding_reads_xml_prolog_and_only_the_head() -> None:
    assert declared_encoding(b'<?xml version="1.0" encoding="EUC-JP"?><html>') == "euc_jp"
    late = b"<html><head>" + b" " * 10_000 + b'<meta charset="koi8-r"></head>'
    assert declared_encoding(late) is None


def test_invalid_bytes_are_replaced_not_dropped() -> None:
    data = page("Caf\xe9 au lait, ok").encode("utf-8").replace(b"\xc3\xa9", b"\xc3")
    data = data.replace(b"<title>", b"<title>\xff\xfe")
    decoded, _ = decode(data)
    assert "au lait, ok" in decoded


def test_parse_decodes_bytes_through_the_same_rules() -> None:
    article = newsparse.parse(page(JAPANESE, meta("shift_jis")).encode("shift_jis"))
    assert JAPANESE in article.body
    article = newsparse.parse(page(CHINESE).encode("gb2312"))
    assert CHINESE in article.body


def test_a_utf8_page_with_a_paragraph_in_windows_1252_stays_utf8() -> None:
    # a CMS pasted one old paragraph's bytes into a UTF-8 page: the page is read as UTF-8,
    # the stray bytes as windows-1252 (not the whole page as some legacy charset)
    utf8_part = page(FRENCH + " " + ENGLISH, meta("utf-8")).encode("utf-8")
    legacy = "Le café de la rue René-Boulanger a rouvert.".encode("cp1252")
    data = utf8_part.replace(b"</p>", b"</p><p>" + legacy + b"</p>")
    decoded, encoding = decode(data)
    assert encoding == "utf-8"
    assert FRENCH in decoded and "Le café de la rue René-Boulanger a rouvert." in decoded
