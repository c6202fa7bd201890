"""Reading class and id attributes as sets of whole tokens."""

from __future__ import annotations

import re

import lxml.html

_SPLIT = re.compile(r"[\s_-]+")


def attribute_tokens(element: lxml.html.HtmlElement) -> set[str]:
    """Lowercased class and id words of an element, split on whitespace, "-" and "_",
    together with the whole hyphenated names (so both "related" and "related-posts")."""
    raw = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if not raw.strip():
        return set()
    tokens = set(raw.split())
    tokens.update(part for part in _SPLIT.split(raw) if part)
    return tokens
