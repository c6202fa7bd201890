"""Streamed server rendering: React's Suspense boundaries as Next.js's App Router (and other
React 18+ servers) send them. The page's shell holds a placeholder, ``<template id="B:0">``
followed by a loading skeleton, where a part of the page goes; the part itself arrives later
in the document, in ``<div hidden id="S:0">``, with a script call, ``$RC("B:0","S:0")``, that
moves it into place. Without scripts that part, often the whole story, stays hidden; this
module moves it, as the script does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html

from newsparse.tree_edits import remove_keeping_tail, unwrap

HtmlElement = lxml.html.HtmlElement

# The scripts' calls that move a streamed part into place: ``$RC(boundary, part)`` completes
# a boundary (replacing its fallback), ``$RS(part, placeholder)`` fills a placeholder.
_MOVE_CALL = re.compile(r"""\$R([CS])\(\s*["']([^"']{1,40})["']\s*,\s*["']([^"']{1,40})["']""")
# The ids of the placeholders such calls fill (a boundary's "B:", a segment's "P:").
_PLACEHOLDER_PREFIXES = ("B:", "P:")


def is_stream_placeholder(template: HtmlElement) -> bool:
    """Whether a ``<template>`` is a streamed part's placeholder (``id="B:0"``)."""
    return (template.get("id") or "").startswith(_PLACEHOLDER_PREFIXES)


def move_streamed_parts(
    root: HtmlElement, placeholders: Iterable[HtmlElement], scripts: Iterable[HtmlElement]
) -> int:
    """Put each streamed part where the ``scripts``' calls send it: the hidden part's content
    replaces its ``placeholders`` template (the loading skeleton after it stays: it holds no
    text), and the emptied part goes. Returns how many parts were moved."""
    by_id = {template.get("id"): template for template in placeholders}
    moves = [
        (first, second) if call == "C" else (second, first)
        for script in scripts
        for call, first, second in _MOVE_CALL.findall(script.text or "")
    ]
    if not by_id or not moves:
        return 0
    parts = {
        part.get("id"): part
        for part in root.iterfind(".//div[@hidden][@id]")
        if (part.get("id") or "").startswith("S:")
    }
    moved = 0
    for placeholder_id, part_id in moves:
        placeholder, part = by_id.get(placeholder_id), parts.pop(part_id, None)
        if placeholder is None or part is None or placeholder.getparent() is None:
            continue
        _replace_with_content(placeholder, part)
        moved += 1
    return moved


def _replace_with_content(placeholder: HtmlElement, part: HtmlElement) -> None:
    """Put ``part``'s content where ``placeholder`` is, then remove the emptied part (the
    text after each stays where it was)."""
    placeholder.text = part.text
    for child in list(part):
        placeholder.append(child)  # (each child keeps its own tail)
    unwrap(placeholder)
    remove_keeping_tail(part)
