"""Questions about where an element sits in an lxml tree (which block holds it, which element
stands beside it); they change nothing (see ``tree_edits`` for the edits)."""

from __future__ import annotations

from collections.abc import Container

import lxml.etree
import lxml.html

HtmlElement = lxml.html.HtmlElement


def is_descendant(element: HtmlElement, block: HtmlElement) -> bool:
    """Whether ``element`` is inside ``block`` (strictly: a block is not its own
    descendant)."""
    return any(ancestor is block for ancestor in element.iterancestors())


def is_near_descendant(element: HtmlElement, block: HtmlElement, levels: int) -> bool:
    """Whether ``element`` is inside ``block`` at most ``levels`` levels below its child
    (``levels`` 0: a child of it)."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if ancestor is block:
            return True
        if depth >= levels:
            return False
    return False


def is_within(element: HtmlElement, block: HtmlElement) -> bool:
    """Whether ``element`` is ``block`` or inside it."""
    return element is block or is_descendant(element, block)


def has_ancestor_in(element: HtmlElement, blocks: Container[HtmlElement]) -> bool:
    """Whether one of ``element``'s ancestors (not the element itself) is in ``blocks`` (a
    set or dict of elements)."""
    return any(ancestor in blocks for ancestor in element.iterancestors())


def previous_element(element: HtmlElement) -> HtmlElement | None:
    """The element right before ``element`` among its siblings, comments passed over."""
    return next(element.itersiblings(lxml.etree.Element, preceding=True), None)


def next_element(element: HtmlElement) -> HtmlElement | None:
    """The element right after ``element`` among its siblings, comments passed over."""
    return next(element.itersiblings(lxml.etree.Element), None)
