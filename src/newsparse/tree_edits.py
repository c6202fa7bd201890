"""Edits of an lxml tree that keep its text where a reader sees it: the text of an element
that goes, and the text after it (its tail), stay in place."""

from __future__ import annotations

import lxml.html

HtmlElement = lxml.html.HtmlElement


def unwrap(element: HtmlElement) -> None:
    """Replace the element by its content (``drop_tag`` without its search of the parent's
    children, which makes a host holding many slots cost the square of their number)."""
    parent = element.getparent()
    if parent is None:
        return
    text, tail = element.text, element.tail
    element.text = element.tail = None
    keep_tail(element, text)  # (the element's text goes where its tail would)
    last: HtmlElement = element
    for child in list(element):
        last.addnext(child)  # (each child keeps its own tail)
        last = child
    if last is element:
        keep_tail(element, tail)
    elif tail:
        last.tail = (last.tail or "") + tail
    parent.remove(element)


def keep_tail(child: HtmlElement, tail: str | None) -> None:
    """Leave the text after ``child`` where it was when the child moves away."""
    if not tail:
        return
    previous = child.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent = child.getparent()
        if parent is not None:
            parent.text = (parent.text or "") + tail


def remove_keeping_tail(element: HtmlElement) -> None:
    """Remove the element (and its content) but not the text after it."""
    parent = element.getparent()
    if parent is None:
        return
    keep_tail(element, element.tail)
    parent.remove(element)
