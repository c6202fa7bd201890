"""Linked cells of a data table in the story.

A table cell that is one link (an app's name linking to its store page, a company linking to
its site) is data of its row, not navigation, when the row as a whole is not a row of links.
"""

from __future__ import annotations

import lxml.html

from newsparse.generic.scoring import Scores

HtmlElement = lxml.html.HtmlElement

_CELL_TAGS = frozenset({"td", "th"})
# How far up from a pruning candidate its cell is looked for (td > div > span...).
_MAX_CELL_DEPTH = 3
# The share of linked text above which a row is a row of links (as in body_prune.py).
_MAX_ROW_LINK_DENSITY = 0.75


def is_linked_cell(element: HtmlElement, scores: Scores) -> bool:
    """True for a table cell, or a block inside one, in a row that is not all links."""
    node: HtmlElement | None = element
    for _ in range(_MAX_CELL_DEPTH):
        if node is None:
            return False
        if node.tag in _CELL_TAGS:
            row = node.getparent()
            return (
                row is not None
                and row.tag == "tr"
                and scores.link_density(row) <= _MAX_ROW_LINK_DENSITY
            )
        node = node.getparent()
    return False
