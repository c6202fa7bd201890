"""List items in a story's lists.

A list item that is one link is navigation when its whole list is links (a menu, a list of
related stories); in a list whose other items are sentences it is a point of the story that
happens to link (a list of highlights, one of them linking to a longer post). A list of
bare web addresses is the story's list of sources.
"""

from __future__ import annotations

import lxml.html

from newsparse.generic.scoring import Scores

HtmlElement = lxml.html.HtmlElement

_LIST_TAGS = frozenset({"ul", "ol"})
_ADDRESS_OPENERS = ("http://", "https://", "www.")
# How many levels of nested lists are followed up to a content list.
_MAX_NESTING = 4
# The share of linked text above which a list is a list of links (as in body_prune.py).
_MAX_LIST_LINK_DENSITY = 0.75


def is_address(text: str) -> bool:
    """True for a line that is a bare web address."""
    return text.startswith(_ADDRESS_OPENERS) and " " not in text


def reads_as_address(text: str) -> bool:
    """A link's text that is a host or an address ("www.funeralhome.example", "t.me/citynews"),
    no words."""
    return " " not in text and "." in text.rstrip(".")


def _is_reference_list(element: HtmlElement, scores: Scores) -> bool:
    """A list whose every item is a bare web address: the story's sources."""
    items = 0
    for item in element.iterchildren("li"):
        unit = scores.unit_of.get(item)
        if unit is None or not is_address(unit.text):
            return False
        items += 1
    return items > 0


def _is_content_list(element: HtmlElement, scores: Scores) -> bool:
    """A list that is not, as a whole, a list of links; or a list nested in an item of
    one (the sub-points of a point: "In progress:" and the bugs being worked on)."""
    for _ in range(_MAX_NESTING):
        if scores.link_density(element) <= _MAX_LIST_LINK_DENSITY:
            return True
        item = element.getparent()
        if item is None or item.tag != "li":
            return False
        holder = item.getparent()
        if holder is None or holder.tag not in _LIST_TAGS:
            return False
        element = holder
    return False


def is_linked_point(element: HtmlElement, scores: Scores) -> bool:
    """True for a list item of a content list (see ``_is_content_list``), for a list nested
    in such an item, and for a list of sources (bare web addresses) and its items."""
    if element.tag in _LIST_TAGS:
        if _is_reference_list(element, scores):
            return True
        item = element.getparent()
        holder = item.getparent() if item is not None and item.tag == "li" else None
        return holder is not None and holder.tag in _LIST_TAGS and _is_content_list(holder, scores)
    if element.tag != "li":
        return False
    unit = scores.unit_of.get(element)
    if unit is not None and is_address(unit.text):
        return True
    parent = element.getparent()
    return parent is not None and parent.tag in _LIST_TAGS and _is_content_list(parent, scores)
