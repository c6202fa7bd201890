"""List items in a story's lists.

A list item that is one link is navigation when its whole list is links (a menu, a list of
related stories); in a list whose other items are sentences it is a point of the story that
happens to link (a list of highlights, one of them linking to a longer post).
"""

from __future__ import annotations

import lxml.html

from newsparse.generic.scoring import Scores

HtmlElement = lxml.html.HtmlElement

_LIST_TAGS = frozenset({"ul", "ol"})
# The share of linked text above which a list is a list of links (as in body_prune.py).
_MAX_LIST_LINK_DENSITY = 0.75


def is_linked_point(element: HtmlElement, scores: Scores) -> bool:
    """True for a list item of a list that, as a whole, is not a list of links."""
    if element.tag != "li":
        return False
    parent = element.getparent()
    return (
        parent is not None
        and parent.tag in _LIST_TAGS
        and scores.link_density(parent) <= _MAX_LIST_LINK_DENSITY
    )
