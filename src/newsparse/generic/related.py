"""Find related-article blocks and harvest their links before they are deleted."""

from __future__ import annotations

import re

import lxml.html

from newsparse.generic.classes import attribute_tokens
from newsparse.generic.cues import RELATED_HEADINGS, RELATED_TOKENS
from newsparse.generic.links import anchors_in, links_from_anchors
from newsparse.model import Link
from newsparse.page import Page, text_of

HtmlElement = lxml.html.HtmlElement

_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_PUNCTUATION = re.compile(r"[^\w\s]+")


def _is_related_heading(element: HtmlElement) -> bool:
    text = _PUNCTUATION.sub("", text_of(element)).casefold().strip()
    return text in RELATED_HEADINGS


def related_blocks(root: HtmlElement) -> list[HtmlElement]:
    """Blocks under ``root`` that hold related-article links, outermost only, in page order."""
    found: list[HtmlElement] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if (
            not attribute_tokens(element).isdisjoint(RELATED_TOKENS)
            and element.find(".//a") is not None
        ):
            found.append(element)
        elif element.tag in _HEADING_TAGS and _is_related_heading(element):
            parent = element.getparent()
            if parent is not None and parent.find(".//a[@href]") is not None:
                found.append(parent)
    outermost: list[HtmlElement] = []
    for block in found:
        nested = any(other is not block and _contains(other, block) for other in found)
        if not nested and block not in outermost:
            outermost.append(block)
    return outermost


def _contains(ancestor: HtmlElement, element: HtmlElement) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


def harvest_related(root: HtmlElement, page: Page) -> tuple[Link, ...]:
    """Related-article links under ``root``; the blocks themselves are left in place."""
    return links_from_anchors(page, anchors_in(related_blocks(root)))
