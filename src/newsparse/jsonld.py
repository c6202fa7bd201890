"""Tolerant reading of JSON-LD blocks as real sites ship them.

Handles HTML comments and CDATA wrappers, ``//`` and ``/* */`` comments, single-quoted
strings, trailing commas, raw control characters inside strings, several objects in one
block, ``@graph`` containers, nested lists and objects held whole in ``mainEntity``. A block that still cannot be read is
skipped, never raised.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

JsonObject = dict[str, Any]

_WRAPPERS = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
# Every wrapper holds one of these: a block without them skips the regex, which would try
# each of its positions.
_WRAPPER_MARKS = ("<!", "-->", "]]>")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_RAW_CONTROL = re.compile(r"[\x00-\x1f]")
_MAX_BLOCK = 2_000_000
_MAX_OBJECTS = 500
_DECODER = json.JSONDecoder(strict=False)  # (stateless between calls: one serves every block)


def _relax_syntax(text: str) -> str:
    """Remove ``//`` and ``/* */`` comments outside strings, and rewrite single-quoted
    strings (``"description": 'It\'s...'``, as some sites ship) as JSON strings. A linear
    scan, no regex."""
    out: list[str] = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        ch = text[i]
        if in_string:
            out.append(ch)
            if ch == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if ch == '"':
                in_string = False
            i += 1
            continue
        if ch == '"':
            in_string = True
        elif ch == "'":
            i = _copy_single_quoted(text, i, out)
            continue
        elif ch == "/" and i + 1 < n and text[i + 1] == "/":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif ch == "/" and i + 1 < n and text[i + 1] == "*":
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _copy_single_quoted(text: str, start: int, out: list[str]) -> int:
    """Append the single-quoted string opening at ``start`` to ``out`` as a double-quoted
    one; return the index after its closing quote."""
    out.append('"')
    i, n = start + 1, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            following = text[i + 1]
            out.append(following if following == "'" else ch + following)
            i += 2
            continue
        if ch == "'":
            break
        out.append('\\"' if ch == '"' else ch)
        i += 1
    out.append('"')
    return i + 1


def _escape_controls_in_strings(text: str) -> str:
    # Raw newlines and tabs inside strings are invalid JSON; outside strings they are
    # whitespace, so replacing every one by a space keeps the meaning of both.
    return _RAW_CONTROL.sub(" ", text)


def _decode_all(text: str) -> Iterator[Any]:
    """Decode one or more concatenated JSON values."""
    decoder = _DECODER
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n;,":
            i += 1
        if i >= n:
            return
        value, i = decoder.raw_decode(text, i)
        yield value


def load_block(raw: str) -> list[Any]:
    """Parse the text of one ``<script type="application/ld+json">`` into JSON values."""
    if len(raw) > _MAX_BLOCK:
        return []
    text = raw.strip()
    if any(mark in text for mark in _WRAPPER_MARKS):
        text = _WRAPPERS.sub("", text).strip()
    if not text:
        return []
    for attempt in (text, None):
        candidate = attempt
        if candidate is None:
            candidate = _TRAILING_COMMA.sub(r"\1", _escape_controls_in_strings(_relax_syntax(text)))
        try:
            return list(_decode_all(candidate))
        except (ValueError, RecursionError):
            continue
    return []


def _main_entities(obj: JsonObject) -> list[JsonObject]:
    """The typed objects an object's ``mainEntity`` holds in full (a WebPage wrapping its
    NewsArticle); bare ``@id`` references are left to resolution by id."""
    value = obj.get("mainEntity")
    items = value if isinstance(value, list) else [value]
    return [
        item
        for item in items
        if isinstance(item, dict) and "@type" in item and not set(item) <= {"@id", "@type"}
    ]


def iter_objects(values: list[Any]) -> Iterator[JsonObject]:
    """Every JSON object in the values, lists, ``@graph`` containers and full ``mainEntity``
    objects flattened, in order (a main entity right after its holder)."""
    stack: list[Any] = list(reversed(values))
    seen = 0
    while stack and seen < _MAX_OBJECTS:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            seen += 1
            graph = value.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
                if len(value) > 2 or "@type" in value:
                    yield value
            else:
                stack.extend(reversed(_main_entities(value)))
                yield value


# The types of an organisation (a publisher, a newsroom credited as an author).
ORGANISATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation"})


def types_of(obj: JsonObject) -> tuple[str, ...]:
    """The object's ``@type`` values, without a schema.org prefix."""
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    names: list[str] = []
    for value in values:
        if isinstance(value, str):
            names.append(value.rsplit("/", 1)[-1].rsplit(":", 1)[-1])
    return tuple(names)
