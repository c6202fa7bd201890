"""Recognise and delete the blocks that news sites wrap around a story."""

from __future__ import annotations

import lxml.html

from newsparse.generic.classes import attribute_tokens
from newsparse.generic.cues import BOILERPLATE_TOKENS, NON_CONTENT_TAGS

HtmlElement = lxml.html.HtmlElement

_STRUCTURAL = frozenset({"html", "body", "main", "article"})


def is_boilerplate(element: HtmlElement) -> bool:
    """True when the element's tag or class/id tokens mark it as boilerplate."""
    tag = element.tag
    if not isinstance(tag, str) or tag in _STRUCTURAL:
        return False
    if tag in NON_CONTENT_TAGS:
        return True
    return not attribute_tokens(element).isdisjoint(BOILERPLATE_TOKENS)


def drop(element: HtmlElement) -> None:
    """Delete an element but keep its tail text in the tree."""
    parent = element.getparent()
    if parent is None:
        return
    element.drop_tree()


def strip_boilerplate(root: HtmlElement) -> None:
    """Delete every boilerplate block under ``root`` (in place, on a working copy)."""
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and is_boilerplate(el)]
    for element in doomed:
        drop(element)
