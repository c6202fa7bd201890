"""A market price widget set inside a story: a short box of quotes (a label, a price, its
signed change: "Live cattle (Aug): $224.675, +$1.25"), perhaps under a title, closed by a
link to the site's price pages ("See all grain prices"), no sentence among its lines. It is
the site's widget whatever its class, no text of the story; a reporter's table of figures
closed by no such link (a results table, a table and its source line) stays."""

from __future__ import annotations

import lxml.html

from newsparse.generic.body_cues import FULL_STOP_CHARACTERS, MONEY_FIGURE, SIGNED_CHANGE
from newsparse.generic.measure import subtree_text
from newsparse.generic.scoring import Scores

HtmlElement = lxml.html.HtmlElement

# The box holds at most this much text, in this many parts (a title, a label, a value, a
# change, the link)...
_MAX_BOX_CHARS = 500
_MAX_BOX_PARTS = 6
# ...its link is wrapped in a few elements of its own at most, and short...
_LINK_WRAPPERS = 3
_MAX_LINK_TEXT = 60
# ...and each of its lines is short ("Paris milling wheat Dec-25 £196.25/t -0.50").
_MAX_LINE = 80
# What ends a sentence, and a quote's label never does ("Live cattle (Aug):" may end in a
# bracket or a colon).
_FULL_STOPS = tuple(FULL_STOP_CHARACTERS)
# The lines a box of quotes shows: its rows, a list's points, a label and its value.
_ROW_TAGS = ("tr", "li", "dt", "dd")
# A widget shows two figures at least (a price and its change).
_MIN_FIGURE_LINES = 2


def price_widget_boxes(block: HtmlElement, scores: Scores) -> list[HtmlElement]:
    """The market price widgets inside ``block`` (see the module's note), each the box that
    its closing link ends."""
    boxes: list[HtmlElement] = []
    for link in block.iter("a"):
        found = box_closed_by(link, block)
        if found is None:
            continue  # (most links: inside a sentence, or not a box's last part)
        box, closing = found
        if box in boxes or not 0 < scores.text_length.get(box, 0) <= _MAX_BOX_CHARS:
            continue
        if _holds_quotes(box, closing):
            boxes.append(box)
    return boxes


def box_closed_by(link: HtmlElement, block: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The box below ``block`` whose last part is ``link`` alone (wrapped in a few elements of
    its own at most), with that part; None for a link inside a line of text or a long one."""
    closing = link
    for _ in range(_LINK_WRAPPERS + 1):
        box = closing.getparent()
        if box is None or box is block or (closing.tail or "").strip():
            return None
        parts = [child for child in box if isinstance(child.tag, str)]
        if len(parts) > 1:
            if parts[-1] is not closing or len(parts) > _MAX_BOX_PARTS or (box.text or "").strip():
                return None
            if len(subtree_text(link).strip()) > _MAX_LINK_TEXT:
                return None
            return box, closing
        if (box.text or "").strip():
            return None  # (a line of text around the link: "Source: <a>AHDB</a>")
        closing = box
    return None


def box_lines(box: HtmlElement, closing: HtmlElement) -> list[str] | None:
    """The box's lines before its ``closing`` link (see ``_lines_of``); None when text
    stands between its parts."""
    lines: list[str] = []
    for part in box:
        if part is closing or not isinstance(part.tag, str):
            continue
        if (part.tail or "").strip():
            return None
        lines.extend(_lines_of(part))
    return lines


def _holds_quotes(box: HtmlElement, closing: HtmlElement) -> bool:
    """Whether the box's lines before its ``closing`` link are all short and none a
    sentence, two of them figures at least, a price in a currency and a signed change among
    them; and no text stands between its parts."""
    lines = box_lines(box, closing)
    if lines is None:
        return False
    if any(len(line) > _MAX_LINE or line.endswith(_FULL_STOPS) for line in lines):
        return False
    priced = [line for line in lines if MONEY_FIGURE.search(line)]
    changed = [line for line in lines if SIGNED_CHANGE.search(line)]
    return bool(priced and changed) and len(set(priced) | set(changed)) >= _MIN_FIGURE_LINES


def _lines_of(part: HtmlElement) -> list[str]:
    """A part's lines: its rows, points, labels and values when it holds any, else its
    whole text; empty lines left out."""
    rows = list(part.iter(*_ROW_TAGS))
    texts = (" ".join(row.itertext()) for row in rows) if rows else [" ".join(part.itertext())]
    return [line for line in (" ".join(text.split()) for text in texts) if line]
