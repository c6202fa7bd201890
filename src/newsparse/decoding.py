"""Turn the bytes of a page into text, and refuse input that is not HTML.

Order (cheapest and surest first): byte-order mark, the charset the page declares in its first
few KB, strict UTF-8, and only then statistical detection with charset-normalizer (the
detector bs4's ``UnicodeDammit`` falls back to; slow, so it stays off the common path). A declaration of a
single-byte legacy charset on bytes that are valid, non-ASCII UTF-8 is overruled: that page
was saved as UTF-8 by a CMS that kept an old header. Text is never silently dropped: the
last resort decodes with replacement characters.
"""

from __future__ import annotations

import codecs
import json
import re

from charset_normalizer import CharsetMatch, from_bytes

from newsparse.errors import ParseError
from newsparse.hosts import host_of
from newsparse.locale_encodings import (
    COUNTRY_DOMAIN_ENCODINGS,
    DETECTABLE_ENCODINGS,
    LABEL_ALIASES,
    LANGUAGE_ENCODINGS,
    MULTIBYTE_ALTERNATES,
    TRADITIONAL_CHINESE_SUBTAGS,
)

_SNIFF_BYTES = 4096

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.I
)
_XML_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{1,40})""", re.I
)

# Labels that browsers treat as a wider encoding than their name says (WHATWG Encoding
# Standard): pages declaring them are written for the superset.
_SUPERSETS = {
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "iso8859-9": "cp1254",
}
# ISO 8859 labels without their hyphens or with a direction suffix ("iso88592",
# "iso-8859-8-i", "csiso88596e"), which Python's registry does not know.
_ISO_8859_LABEL = re.compile(r"^(?:cs)?iso[-_]?8859[-_]?(\d{1,2})(?:[-_]?[ei])?$")
# Bytes that are not UTF-8, as "surrogateescape" keeps them (U+DC80 to U+DCFF).
_STRAY_BYTES = re.compile("[\udc80-\udcff]+")
# A page holds at least this many UTF-8 characters beyond ASCII to be read as UTF-8 despite
# a few bytes that are not.
_MIN_UTF8_CHARACTERS = 8
_UTF8_SHARE = 4
# Codecs Python knows that are not page encodings (or are unsafe ones: UTF-7 smuggles markup).
_NOT_PAGE_ENCODINGS = frozenset(
    {"utf-7", "undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode"}
)
# Legacy encodings in which every byte is one character: any byte string decodes, so a
# successful decode proves nothing.
_SINGLE_BYTE = re.compile(
    r"^(cp(?!932|936|949|950)\d{3,4}|iso8859-\d{1,2}|koi8-[a-z]+|mac-[a-z]+|latin-1)$"
)

# Encodings in the order of how common they are on the web. The detector often finds several
# equally plausible (French in windows-1252 is valid, if odd, windows-1250 text): the more
# common one wins, as a browser's default would.
_WEB_PREFERENCE: tuple[str, ...] = (
    "cp1252",
    "gb18030",
    "cp932",
    "cp1251",
    "cp949",
    "big5hkscs",
    "euc_jp",
    "cp1250",
    "cp1256",
    "cp1254",
    "cp1253",
    "cp1255",
    "cp874",
    "koi8-r",
    "cp1257",
    "cp1258",
)
_TIE = 0.02
# A page declaring a multi-byte encoding is read in it when at most one character in this
# many cannot be (else the declaration is doubted and the bytes' statistics decide).
_MAX_UNREADABLE_SHARE = 1000
# Decodings whose share of odd characters ("chaos") is within this of the cleanest one are
# as clean (a stray symbol or two in a page).
_CHAOS_TIE = 0.01
# The page's declared language: <html lang="pl">, <meta http-equiv="Content-Language">.
HTML_LANG_PATTERN = (
    r"""<html\b[^>]{0,500}?\blang\s*=\s*["']?\s*([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*)"""
)
_HTML_LANG = re.compile(HTML_LANG_PATTERN.encode("ascii"), re.I)
_CONTENT_LANGUAGE = re.compile(
    rb"""<meta[^>]{0,200}?content-language["']?[^>]{0,200}?content\s*=\s*["']?\s*([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*)""",
    re.I,
)

# Magic numbers of formats that are certainly not HTML.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"\x7fELF", "an executable"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM media file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9:-]{0,30}|!--|!doctype|/[a-zA-Z])", re.I)
# Signs of binary data: C0 controls other than tab, newline, form feed and carriage return;
# in text also DEL and U+FFFD; in bytes not ESC (it opens ISO-2022 escapes). Counted with
# bytes.translate, several times quicker than a regex over each character.
_TEXT_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_BYTE_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# JSON is refused outright below this size; larger text starting like JSON is judged by its
# first characters only (parsing megabytes to prove a negative is not worth it).
_MAX_JSON_CHECK = 4 * 1024 * 1024


def _read_vendor_characters(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler for multi-byte encodings (registered as ``_VENDOR_ERRORS``): a
    sequence the codec cannot read is tried in the encoding's vendor variants
    (``MULTIBYTE_ALTERNATES``), else replaced by U+FFFD as a browser does. A browser takes an
    unreadable pair as one character unless its second byte is ASCII; Python's own "replace"
    takes one byte, and the pair's second byte then misreads the text after it."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    data, start = error.object, error.start
    for alternate in MULTIBYTE_ALTERNATES.get(error.encoding, ()):
        for width in (2, 3, 4):
            try:
                text = data[start : start + width].decode(alternate)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                return text, start + width
    pair = start + 1 < len(data) and data[start] > 0x80 and data[start + 1] >= 0x80
    return "\ufffd", start + 2 if pair else start + 1


_VENDOR_ERRORS = "newsparse-vendor-characters"
codecs.register_error(_VENDOR_ERRORS, _read_vendor_characters)


def _decode_leniently(data: bytes, encoding: str) -> str:
    """``data`` decoded with replacement characters where it cannot be read (multi-byte
    encodings with their vendors' characters first: see ``_read_vendor_characters``)."""
    return data.decode(encoding, _VENDOR_ERRORS if encoding in MULTIBYTE_ALTERNATES else "replace")


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` read as UTF-8 when it mostly is, its few other bytes read as windows-1252 (a
    paragraph pasted from an old system into a UTF-8 page, as a browser would show it
    readable); None unless its UTF-8 characters beyond ASCII outnumber its other bytes
    ``_UTF8_SHARE`` times (a legacy multi-byte page reads as a few UTF-8 characters among
    many stray bytes)."""
    text = data.decode("utf-8", "surrogateescape")
    stray = sum(map(len, _STRAY_BYTES.findall(text)))
    wide = len(text) - _count_ascii(text) - stray
    if wide < _MIN_UTF8_CHARACTERS or stray * _UTF8_SHARE > wide:
        return None
    return _STRAY_BYTES.sub(_as_windows_1252, text)


def _count_ascii(text: str) -> int:
    return len(text.encode("ascii", "ignore"))


def _as_windows_1252(run: re.Match[str]) -> str:
    raw = bytes(ord(character) - 0xDC00 for character in run.group())
    return raw.decode("cp1252", "replace")


def _count_bytes(data: bytes, which: bytes) -> int:
    """How many bytes of ``data`` are among ``which``."""
    return len(data) - len(data.translate(None, which))


def normalise_encoding(label: str) -> str | None:
    """Python codec name for a charset label as browsers read it; None if not a page encoding."""
    name = label.strip().lower()
    iso_8859 = _ISO_8859_LABEL.match(name)
    name = f"iso8859-{iso_8859.group(1)}" if iso_8859 else LABEL_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_ENCODINGS:
        return None
    return _SUPERSETS.get(info.name, info.name)


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first few KB (meta, http-equiv or XML prolog)."""
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = normalise_encoding(match.group(1).decode("ascii", "ignore"))
    # A page read as bytes cannot really be UTF-16 if it declared so in ASCII.
    if label and label.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return label


def describe_binary(head: bytes) -> str | None:
    """What a known binary format's first bytes say it is, or None."""
    for signature, description in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return description
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file (WebP, WAV or AVI)"
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "an MP4/HEIF media file"
    return None


def _sniff_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: markup's ASCII characters alternate with NUL bytes."""
    window = head[:64]
    if len(window) < 16:
        return None
    pairs = len(window) // 2
    even_nuls, odd_nuls = window[0::2].count(0), window[1::2].count(0)
    if odd_nuls * 4 >= pairs * 3 and not even_nuls:
        return "utf-16-le"
    if even_nuls * 4 >= pairs * 3 and not odd_nuls:
        return "utf-16-be"
    return None


def locale_encoding(data: bytes, url: str | None = None) -> str | None:
    """The legacy encoding the page's declared language (``<html lang>``, Content-Language)
    or, failing that, its country domain makes likely; None when neither tells."""
    head = data[:_SNIFF_BYTES]
    match = _HTML_LANG.search(head) or _CONTENT_LANGUAGE.search(head)
    if match:
        language = match.group(1).decode("ascii").lower().replace("_", "-")
        primary, _, rest = language.partition("-")
        if primary == "zh" and TRADITIONAL_CHINESE_SUBTAGS.intersection(rest.split("-")):
            return "big5hkscs"
        if primary in LANGUAGE_ENCODINGS:
            return LANGUAGE_ENCODINGS[primary]
    host = host_of(url)
    return COUNTRY_DOMAIN_ENCODINGS.get(host.rpartition(".")[2]) if host else None


def detect_encoding(data: bytes, likely: str | None = None) -> str | None:
    """The most plausible legacy encoding of ``data`` by statistics; None if nothing fits.

    ``likely`` (see ``locale_encoding``) wins whenever its decoding is as clean as the best
    one: short Latin-script texts often decode without a stray character in several
    single-byte encodings, and the detector's language model then picks almost at random."""
    try:
        results = list(from_bytes(data, cp_isolation=list(DETECTABLE_ENCODINGS)))
    except Exception:  # the detector is a dependency; its failure must not be ours
        return None
    if not results:
        return None
    cleanest = min(match.chaos for match in results)
    clean = [match for match in results if match.chaos <= cleanest + _CHAOS_TIE]

    def names(matches: list[CharsetMatch]) -> list[str]:
        # (each match stands for every encoding that decodes the bytes to the same text)
        return [
            name
            for match in matches
            for label in match.could_be_from_charset
            for name in (normalise_encoding(label),)
            if name
        ]

    if likely and likely in names(clean):
        return likely
    most_coherent = max(match.coherence for match in clean)
    plausible = names([match for match in clean if match.coherence >= most_coherent - _TIE])
    if not plausible:
        return None
    preferred = [name for name in _WEB_PREFERENCE if name in plausible]
    return preferred[0] if preferred else plausible[0]


def decode(data: bytes, url: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns ``(text, encoding)``. Raises :class:`ParseError` for binaries.

    ``url`` (the page's address) helps only to read a page that declares no charset and is
    not UTF-8: its country domain hints at the legacy encoding (``locale_encoding``)."""
    kind = describe_binary(data[:16])
    if kind:
        raise ParseError(f"expected an HTML page, received {kind} ({len(data)} bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace"), encoding
    head = data[:_SNIFF_BYTES]
    utf16 = _sniff_utf16(head)
    if utf16:
        return data.decode(utf16, "replace"), utf16
    if _count_bytes(head, _BYTE_CONTROLS) > max(8, len(head) // 10):
        raise ParseError(f"expected an HTML page, received binary data ({len(data)} bytes)")
    declared = declared_encoding(data)
    if declared and not (_SINGLE_BYTE.match(declared) and not data.isascii()):
        try:
            return data.decode(declared), declared
        except (UnicodeError, LookupError):
            pass  # the declaration lies; fall through to the evidence
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed, "utf-8"
    if declared and _SINGLE_BYTE.match(declared):
        # Not UTF-8 after all: a single-byte declaration is the best evidence left.
        return data.decode(declared, "replace"), declared
    if declared in MULTIBYTE_ALTERNATES:
        # a few characters from a vendor's extension, or a stray bad byte, in a page that is
        # otherwise what it declares
        text = _decode_leniently(data, declared)
        if text.count("\ufffd") <= len(text) // _MAX_UNREADABLE_SHARE:
            return text, declared
    detected = detect_encoding(data, locale_encoding(data, url))
    if detected:
        return _decode_leniently(data, detected), detected
    fallback = declared or "cp1252"
    return _decode_leniently(data, fallback), fallback


def _is_json(text: str) -> bool:
    if len(text) > _MAX_JSON_CHECK:
        return not _TAG.search(text[:200])
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def check_html(text: str) -> None:
    """Raise :class:`ParseError` unless ``text`` looks like markup rather than JSON or noise."""
    head = text[:_SNIFF_BYTES].lstrip("\ufeff \t\r\n")
    if not head:
        raise ParseError("expected an HTML page, received empty input")
    kind = describe_binary(head[:16].encode("latin-1", "replace"))
    if kind:
        raise ParseError(f"expected an HTML page, received {kind} (as text)")
    if head[0] in "{[" and (not _TAG.search(head[:200]) or _is_json(text.strip())):
        raise ParseError(
            f"expected an HTML page, received JSON or other non-HTML text: {head[:40]!r}"
        )
    # (ASCII characters are their own bytes in UTF-8; lone surrogates pass as other bytes)
    controls = _count_bytes(head.encode("utf-8", "surrogatepass"), _TEXT_CONTROLS)
    if controls + head.count("\ufffd") > max(8, len(head) // 10):
        raise ParseError("expected an HTML page, received binary data")
    if not _TAG.search(text, 0, 64 * 1024):  # (endpos: no copy of the first 64K characters)
        raise ParseError(f"expected an HTML page, received text with no HTML markup: {head[:40]!r}")
