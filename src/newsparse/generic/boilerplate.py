"""Delete the blocks that news sites wrap around a story (on a working copy)."""

from __future__ import annotations

import lxml.html

from newsparse.generic.blocks import Classification, classify
from newsparse.generic.classes import class_kind
from newsparse.generic.cues.tokens import TAG_KINDS

HtmlElement = lxml.html.HtmlElement

_STRUCTURAL = frozenset({"html", "body", "main", "article"})


def is_boilerplate(element: HtmlElement) -> bool:
    """True when the element's tag or its class/id/role alone mark it as non-story.

    A quick test of one element; ``classify`` makes the real decision with labels,
    structure and the story guard.
    """
    tag = element.tag
    if not isinstance(tag, str) or tag in _STRUCTURAL:
        return False
    return tag in TAG_KINDS or class_kind(element) is not None


def drop(element: HtmlElement) -> None:
    """Delete an element and its subtree, keeping its tail text in the tree."""
    if element.getparent() is not None:
        element.drop_tree()


def remove_boilerplate(classes: Classification) -> None:
    """Delete every block the classification doomed (related blocks included)."""
    for element in classes.doomed:
        drop(element)


def strip_boilerplate(root: HtmlElement) -> None:
    """Classify ``root`` and delete its boilerplate blocks, in place."""
    remove_boilerplate(classify(root))
