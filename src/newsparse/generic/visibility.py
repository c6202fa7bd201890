"""Whether readers see an element: the ``hidden`` attribute, inline styles and the utility
classes of CSS frameworks (markup only: no style sheet is read)."""

from __future__ import annotations

import lxml.html

from newsparse.generic.body_cues import (
    BREAKPOINT_PREFIXES,
    HIDDEN_CLASS_TOKENS,
    INLINE_TEXT_TAGS,
    SHOWN_DISPLAYS,
)
from newsparse.generic.cues.styles import HIDDEN_STYLE
from newsparse.memo import memoised

HtmlElement = lxml.html.HtmlElement

# The class tokens that show an element again from a breakpoint on ("md:block", "d-lg-flex").
_SHOWN_AT_BREAKPOINT = frozenset(
    token
    for prefix in BREAKPOINT_PREFIXES
    for display in SHOWN_DISPLAYS
    for token in (f"{prefix}:{display}", f"d-{prefix}-{display}")
)


# A tab's pane (Bootstrap), and the classes that show the chosen one.
_TAB_PANE = "tab-pane"
_SHOWN_PANE = frozenset({"active", "show", "in"})


def is_hidden(element: HtmlElement) -> bool:
    """Hidden from readers by its markup: ``hidden``, ``aria-hidden="true"`` on a block, a
    hiding class ("hidden", "d-none") or an inline style (``display: none``...). (Inside a
    line of text ``aria-hidden`` hides from screen readers only: a drop cap's letter,
    "<span aria-hidden="true">I</span>n the spring", is what sighted readers see.)"""
    if not element.keys():  # (most elements of a story carry no attributes)
        return False
    if element.get("aria-hidden") == "true" and element.tag not in INLINE_TEXT_TAGS:
        return True
    if is_not_displayed(element):
        return True
    classes = element.get("class")
    if not classes:
        return False
    tokens = classes.split()
    if _TAB_PANE in tokens and _SHOWN_PANE.isdisjoint(tokens):
        return True  # (Bootstrap's tab not chosen: "tab-pane fade", shown with "active")
    return not HIDDEN_CLASS_TOKENS.isdisjoint(tokens) and _SHOWN_AT_BREAKPOINT.isdisjoint(tokens)


def is_not_displayed(element: HtmlElement) -> bool:
    """Not displayed at all: the ``hidden`` attribute or a hiding inline style. (Not
    ``aria-hidden``, which a page sets on its visible content while a dialog is open.)"""
    if not element.keys():
        return False
    return element.get("hidden") is not None or is_styled_hidden(element)


def is_styled_hidden(element: HtmlElement) -> bool:
    """An inline style that hides the element (``display: none``, ``visibility: hidden``,
    far off the screen)."""
    style = element.get("style")
    return _hides(style) if style else False


@memoised(4096)
def _hides(style: str) -> bool:
    """Whether an inline ``style`` value hides its element (pages repeat their styles)."""
    return HIDDEN_STYLE.search(style) is not None


def is_aligned(element: HtmlElement, side: str) -> bool:
    """Whether the element's text is set to ``side`` ("right", "center") by its inline style
    or its ``align`` attribute."""
    style = (element.get("style") or "").replace(" ", "").lower()
    return f"text-align:{side}" in style or (element.get("align") or "").lower() == side
