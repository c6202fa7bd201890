"""Delete the blocks that news sites wrap around a story (on a working copy)."""

from __future__ import annotations

import lxml.html

from newsparse.generic.blocks import Classification

HtmlElement = lxml.html.HtmlElement


def drop(element: HtmlElement) -> None:
    """Delete an element and its subtree, keeping its tail text in the tree."""
    if element.getparent() is not None:
        element.drop_tree()


def remove_boilerplate(classes: Classification) -> None:
    """Delete every block the classification doomed (related blocks included)."""
    for element in classes.doomed:
        drop(element)
