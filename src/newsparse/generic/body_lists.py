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
# The share of linked text above which a list is a list of links (as in body_prune.py).
_MAX_LIST_LINK_DENSITY = 0.75


def is_address(text: str) -> bool:
    """True for a line that is a bare web address."""
    return text.startswith(_ADDRESS_OPENERS) and " " not in text


def _is_reference_list(element: HtmlElement, scores: Scores) -> bool:
    """A list whose every item is a bare web address: the story's sources."""
    items = 0
    for item in element.iterchildren("li"):
        unit = scores.unit_of.get(item)
        if unit is None or not is_address(unit.text):
            return False
        items += 1
    return items > 0


def is_linked_point(element: HtmlElement, scores: Scores) -> bool:
    """True for a list item of a list that, as a whole, is not a list of links, and for a
    list of sources (bare web addresses) and its items."""
    if element.tag in _LIST_TAGS:
        return _is_reference_list(element, scores)
    if element.tag != "li":
        return False
    unit = scores.unit_of.get(element)
    if unit is not None and is_address(unit.text):
        return True
    parent = element.getparent()
    return (
        parent is not None
        and parent.tag in _LIST_TAGS
        and scores.link_density(parent) <= _MAX_LIST_LINK_DENSITY
    )
