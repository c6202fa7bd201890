"""Charts between the story's paragraphs: a box holding a chart host's frame ("<iframe
src="https://datawrapper.dwcdn.net/...">") and only the chart's short title, subtitle and
source lines, a source line right after such a frame, and a graphic drawn as a picture with
its labels laid over it (ai2html's box). All are the chart's furniture, as a picture's
caption and credit are, not the story."""

from __future__ import annotations

import lxml.html

from newsparse.generic.body_cues import (
    CHART_BOX_PARTS,
    CHART_FRAME_HOSTS,
    DRAWN_GRAPHIC_CLASSES,
    TABLE_SOURCE_LABELS,
)
from newsparse.generic.classes import token_parts
from newsparse.generic.measure import subtree_text
from newsparse.hosts import host_of
from newsparse.tags import HEADING_TAGS
from newsparse.tree_queries import previous_element

HtmlElement = lxml.html.HtmlElement

# The tags of a frame.
_FRAME_TAGS = ("iframe", "amp-iframe")
# The tags of a chart box's text lines (its title, subtitle, source), each this long at most.
_LINE_TAGS = ("p", "li", "figcaption", "span", "div", *sorted(HEADING_TAGS))
_MAX_CHART_LINE = 160
# A chart's source line right after its frame is this long at most.
_MAX_CHART_SOURCE = 200
# A drawn graphic's box holds this much text at most (its title, labels, legend, source).
_MAX_DRAWN_GRAPHIC_TEXT = 2000


def is_chart_frame_box(element: HtmlElement) -> bool:
    """A box (not a paragraph) holding a chart's frame, no table and only short lines beside
    it ("<div class="datawrapper-embed"><h3>title</h3><p>subtitle</p><iframe
    src="https://datawrapper.dwcdn.net/..."></iframe><p>Source: ...</p></div>"): the chart,
    its title and its credit. (The caller asks only of a box with a caption's worth of
    text.)"""
    if element.tag == "p" or element.tag in _FRAME_TAGS:
        return False
    if not any(is_chart_frame(frame) for frame in element.iter(*_FRAME_TAGS)):
        return False
    if next(element.iter("table"), None) is not None:
        return False
    return all(
        len(_own_text(line)) <= _MAX_CHART_LINE for line in element.iterdescendants(*_LINE_TAGS)
    )


def is_chart_source(element: HtmlElement) -> bool:
    """A short line opened by a source label ("Quelle:", "Source:", "Fuente:") right after a
    chart's frame or the wrapper holding it: the chart's credit (a table's source line right
    after the table stays; a table shown in a frame is a chart's)."""
    text = subtree_text(element).strip()
    label, colon, _ = text.partition(":")
    if not colon or len(text) > _MAX_CHART_SOURCE:
        return False
    if " ".join(label.split()).casefold() not in TABLE_SOURCE_LABELS:
        return False
    previous = previous_element(element)
    return previous is not None and any(
        is_chart_frame(frame) for frame in previous.iter(*_FRAME_TAGS)
    )


def is_drawn_graphic(element: HtmlElement, length: int) -> bool:
    """A graphic drawn as a picture with its words laid over it, told by its renderer's class
    names (``DRAWN_GRAPHIC_CLASSES``: ai2html's box, artboard and placed labels), holding
    ``length`` characters of text, a graphic's worth at most."""
    classes = element.get("class")
    if not classes or length > _MAX_DRAWN_GRAPHIC_TEXT:
        return False
    return not DRAWN_GRAPHIC_CLASSES.isdisjoint(classes.lower().split())


def is_chart_frame(frame: HtmlElement) -> bool:
    """A frame served by a chart host (``CHART_FRAME_HOSTS``, or a subdomain of one), or one
    whose class or id names a chart ("datawrapper-chart-Kx8q2")."""
    host = host_of(frame.get("src") or frame.get("data-src"))
    if host is not None and any(
        host == known or host.endswith("." + known) for known in CHART_FRAME_HOSTS
    ):
        return True
    names = f"{frame.get('class') or ''} {frame.get('id') or ''}".split()
    return any(not CHART_BOX_PARTS.isdisjoint(token_parts(name)) for name in names)


def _own_text(line: HtmlElement) -> str:
    """The text of ``line`` outside the blocks it holds (a wrapper's own words)."""
    if line.tag in ("div", "span"):
        parts = [line.text or "", *(child.tail or "" for child in line)]
        return " ".join(" ".join(parts).split())
    return " ".join(subtree_text(line).split())
