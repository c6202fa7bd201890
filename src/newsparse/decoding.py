"""Turn the bytes of a page into text, and refuse input that is not HTML.

Order (cheapest and surest first): byte-order mark, the charset the page declares in its first
few KB, strict UTF-8, and only then statistical detection through bs4's ``UnicodeDammit``
(slow when it falls back to a detector, so it stays off the common path). Text is never
silently dropped: the last resort decodes with replacement characters.
"""

from __future__ import annotations

import codecs
import re

from bs4.dammit import UnicodeDammit

from newsparse.errors import ParseError

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
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "tis-620": "cp874",
    "iso8859-9": "cp1254",
}

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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _normalise(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first few KB (meta, http-equiv or XML prolog)."""
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = _normalise(match.group(1).decode("ascii", "ignore"))
    # A page read as bytes cannot really be UTF-16 if it declared so in ASCII.
    if label and label.startswith("utf-16"):
        return "utf-8"
    return label


def _describe_binary(data: bytes) -> str | None:
    head = data[:16]
    for signature, description in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return description
    if head.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file (WebP, WAV or AVI)"
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "an MP4/HEIF media file"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode page bytes; returns ``(text, encoding)``. Raises :class:`ParseError` for binaries."""
    kind = _describe_binary(data)
    if kind:
        raise ParseError(f"expected an HTML page, received {kind} ({len(data)} bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace"), encoding
    declared = declared_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the declaration lies; fall through to the evidence
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    dammit = UnicodeDammit(data, known_definite_encodings=[], is_html=True)
    if dammit.unicode_markup is not None and dammit.original_encoding:
        return dammit.unicode_markup, str(dammit.original_encoding)
    fallback = declared or "cp1252"
    return data.decode(fallback, "replace"), fallback


def check_html(text: str) -> None:
    """Raise :class:`ParseError` unless ``text`` looks like markup rather than JSON or noise."""
    head = text[:_SNIFF_BYTES].lstrip("\ufeff \t\r\n")
    if not head:
        raise ParseError("expected an HTML page, received empty input")
    if head[0] in "{[" and not _TAG.search(head[:200]):
        raise ParseError(
            f"expected an HTML page, received JSON or other non-HTML text: {head[:40]!r}"
        )
    if len(_CONTROL.findall(head)) > max(8, len(head) // 10):
        raise ParseError("expected an HTML page, received binary data")
    if not _TAG.search(text[: 64 * 1024]):
        raise ParseError(f"expected an HTML page, received text with no HTML markup: {head[:40]!r}")
