"""Widgets set between the story's paragraphs that are the site's, not the story's, told by
their shape whatever their hashed classes: a stats widget (a short title over a list of
labels and values, no sentence, closed by a link: a suburb's profile, a storm's tracker), a
contact card (short lines and a phone link read as a button: an agent's card) and the
closing link under a data widget's table ("See all auction results"), an embed's frame
box whole, a short label over the frame and its closing link ("Open the timing in full
screen"), or an event listing (events' linked titles and dates under a heading or a class
naming events)."""

from __future__ import annotations

from collections.abc import Iterable

import lxml.html

from newsparse.generic.body_cues import CONTACT_LINK_SCHEMES
from newsparse.generic.body_lines import SENTENCE_ENDS
from newsparse.generic.classes import is_classed_as_events
from newsparse.generic.labels import names_events
from newsparse.generic.measure import subtree_text
from newsparse.tags import HEADING_TAGS

HtmlElement = lxml.html.HtmlElement

# A widget's lines (its title, each label and value, each line of a card) are this long at
# most (characters)...
_MAX_WIDGET_LINE = 60
# ...its closing link or a card's button this long...
_MAX_WIDGET_LINK = 40
# ...and a contact card's text this long all told.
_MAX_CARD_TEXT = 200
# A card's button stands a few wrappers at most inside it.
_CARD_WRAPPERS = 2
# The tags of a data table a widget's closing link may follow.
_TABLE_TAGS = frozenset({"table"})
# The tags of an embed's frame a widget's closing link may follow...
_FRAME_TAGS = frozenset({"iframe"})
# ...under at most a label of this many words ("EN DIRECTO", "Live timing").
_MAX_FRAME_LABEL_WORDS = 3
# An event listing's items are each an event's linked title, this long at most, and its date
# beside it, this long at most ("Sat., June 21", "7 p.m.")...
_MAX_EVENT_TITLE = 120
_MAX_EVENT_DATE = 40
# ...in a list of these tags, its box holding this many parts at most (a heading, the list,
# a closing link).
_LIST_TAGS = frozenset({"ul", "ol"})
_MAX_EVENT_BOX_PARTS = 4


def stats_widget(fields: HtmlElement) -> HtmlElement | None:
    """The box around a list of labels and values (``fields``, a ``<dl>``) whose other parts
    are a short title before it and a lone link closing it, no sentence among them ("<div><h4>
    Balmain, NSW 2041</h4><dl><dt>Median house price</dt><dd>...</dd></dl><a>View suburb
    profile</a></div>"): a widget leading to the site's own page; else None."""
    box = fields.getparent()
    if box is None or (box.text or "").strip():
        return None
    parts = [child for child in box if isinstance(child.tag, str)]
    if len(parts) != 3 or parts[1] is not fields or any((p.tail or "").strip() for p in parts):
        return None
    title, closing = parts[0], parts[2]
    if title.find(".//a") is not None or not _is_short_line(subtree_text(title)):
        return None
    if fields.find(".//a") is not None or not all(
        _is_short_line(subtree_text(item)) for item in fields.iter("dt", "dd")
    ):
        return None
    return box if _is_lone_link(closing) else None


def contact_card(link: HtmlElement) -> HtmlElement | None:
    """The small box a phone link read as a button ("<a href="tel:...">Call agent</a>", no
    number in its text) stands in, a few wrappers up, when all its text is short lines, no
    sentence ("Tom Whitlam", "Belle Property Balmain", "View agency"): a contact card, not
    the story's; else None. (A helpline's box showing its number is the story's.)"""
    href = (link.get("href") or "").strip().casefold()
    if not href.startswith(CONTACT_LINK_SCHEMES):
        return None  # (the cheap test first: most links call no one)
    text = subtree_text(link).strip()
    if not text or len(text) > _MAX_WIDGET_LINK:
        return None
    if any(character.isdigit() for character in text):
        return None
    box = link.getparent()
    for _ in range(_CARD_WRAPPERS):
        if box is None or box.tag == "p" or len(box) > 1:
            break
        box = box.getparent()
    if box is None or box.tag == "p" or len(box) < 2:
        return None
    lines = [line.strip() for line in box.itertext()]
    return box if _are_card_lines([line for line in lines if line]) else None


def is_table_widget_link(link: HtmlElement) -> bool:
    """A lone short link closing a box right after its data table ("<div><h3>...</h3><table>
    ...</table><a>See all auction results</a></div>"): the widget's way to the site's page,
    no line of the story (the table stays)."""
    return _closing_link_after(link, _TABLE_TAGS) is not None


def frame_widget(link: HtmlElement) -> HtmlElement | None:
    """The box a lone short link, no sentence, closes when its other content is an embed's
    frame right before the link and at most a short label over that, a heading or not
    ("<div><div>EN DIRECTO</div><iframe src='.../widgets/live-timing/...'></iframe><a>Abrir
    los tiempos en pantalla completa</a></div>", "<div><h4>Crime Map</h4><iframe>...</iframe>
    <a>Open the full crime map</a></div>"): the widget whole, its label, frame and way to the
    full view, no line of the story; else None."""
    frame = _closing_link_after(link, _FRAME_TAGS)
    if frame is None:
        return None
    box = link.getparent()  # (the frame's box: never None after the test above)
    if box is None or (box.text or "").strip() or not _is_short_line(subtree_text(link)):
        return None
    label = frame.getprevious()
    if label is None or (label.getprevious() is None and _is_frame_label(label)):
        return box
    return None


def _closing_link_after(link: HtmlElement, tags: frozenset[str]) -> HtmlElement | None:
    """The element of ``tags`` right before ``link`` when the link, short and alone, closes
    the ``<div>`` box holding both, no text after either; else None."""
    previous = link.getprevious()
    if previous is None or previous.tag not in tags:
        return None  # (the cheap test first: most links follow no table or frame)
    box = link.getparent()
    if (
        box is None
        or box.tag != "div"
        or link.getnext() is not None
        or (previous.tail or "").strip()
        or (link.tail or "").strip()
        or not _is_lone_link(link)
    ):
        return None
    return previous


def _is_frame_label(element: HtmlElement) -> bool:
    """A short label over an embed's frame: a line of a few words, no sentence, no link."""
    text = subtree_text(element)
    return (
        not (element.tail or "").strip()
        and element.find(".//a") is None
        and _is_short_line(text)
        # (its words counted up to one past the limit: a paragraph has many)
        and len(text.split(None, _MAX_FRAME_LABEL_WORDS)) <= _MAX_FRAME_LABEL_WORDS
    )


def _is_lone_link(element: HtmlElement) -> bool:
    """A short link alone, or alone in a wrapper of its own."""
    if element.tag != "a" and len(element) == 1 and not (element.text or "").strip():
        element = element[0]
    text = subtree_text(element).strip()
    return (
        element.tag == "a" and 0 < len(text) <= _MAX_WIDGET_LINK and element.get("href") is not None
    )


def _is_short_line(text: str) -> bool:
    """A line of a widget: some text, short, no sentence."""
    line = " ".join(text.split())
    return 0 < len(line) <= _MAX_WIDGET_LINE and not line.endswith(SENTENCE_ENDS)


def _are_card_lines(lines: list[str]) -> bool:
    """Whether a card's text lines are a few short ones, no sentence."""
    return (
        bool(lines)
        and sum(map(len, lines)) <= _MAX_CARD_TEXT
        and all(_is_short_line(line) for line in lines)
    )


def event_listings(items: Iterable[HtmlElement], blocks: list[HtmlElement]) -> list[HtmlElement]:
    """The event listing widgets (``event_listing``) that the story's list items ``items``
    are in, each once."""
    listings: list[HtmlElement] = []
    seen: set[HtmlElement] = set()
    for item in items:
        listing = item.getparent()
        if listing is None or listing in seen:
            continue
        seen.add(listing)
        widget = event_listing(listing, blocks)
        if widget is not None:
            listings.append(widget)
    return listings


def event_listing(listing: HtmlElement, blocks: list[HtmlElement]) -> HtmlElement | None:
    """The widget a list of events is, when its items are each an event's linked title and
    its date, no sentence, and its box's class or opening heading names events ("<div
    class="inline-events-module"><h3>Upcoming events</h3><ul><li><a>Movies in the Park</a>
    <span>Fri., June 27</span></li>...</ul><a>See all events</a></div>", the box's other
    parts short lines or a lone link), or the list's own class does (the list alone when set
    straight in the story's block); else None. A story's own list of events under its
    subheading in its block stays: no box of its own sets it apart."""
    if listing.tag not in _LIST_TAGS:
        return None
    box = listing.getparent()
    if box is None or any(box is block for block in blocks):
        box = listing
    if box is listing:
        named = is_classed_as_events(listing)
    else:
        named = (
            is_classed_as_events(listing) or is_classed_as_events(box) or _headed_as_events(box)
        ) and _holds_widget_parts(box, listing)
    if not named:
        return None
    items = [child for child in listing if isinstance(child.tag, str)]
    return box if items and all(_is_event_item(item) for item in items) else None


def _headed_as_events(box: HtmlElement) -> bool:
    """Whether the box opens with a heading naming events ("Upcoming events")."""
    opening = next((child for child in box if isinstance(child.tag, str)), None)
    return (
        opening is not None
        and opening.tag in HEADING_TAGS
        and names_events(" ".join(subtree_text(opening).split()))
    )


def _holds_widget_parts(box: HtmlElement, listing: HtmlElement) -> bool:
    """Whether the box's parts beside the list are a few short lines or lone links, no
    sentence, and it holds no text of its own."""
    parts = [child for child in box if isinstance(child.tag, str)]
    if len(parts) > _MAX_EVENT_BOX_PARTS or (box.text or "").strip():
        return False
    return all(
        not (part.tail or "").strip()
        and (part is listing or _is_lone_link(part) or _is_short_line(subtree_text(part)))
        for part in parts
    )


def _is_event_item(item: HtmlElement) -> bool:
    """An item that is one link, an event's title, and its date beside it: a short text
    holding a figure, no sentence ("<li><a>Reedy River Cleanup Day</a> <span>Sat., July
    12</span></li>")."""
    links = list(item.iter("a"))
    if item.tag != "li" or len(links) != 1:
        return False
    title = " ".join(subtree_text(links[0]).split())
    line = " ".join(subtree_text(item).split())
    if not 0 < len(title) <= _MAX_EVENT_TITLE or title not in line:
        return False
    date = line.replace(title, "", 1).strip(" ,–—-|·")
    return (
        0 < len(date) <= _MAX_EVENT_DATE
        and any(character.isdigit() for character in date)
        and not date.endswith(SENTENCE_ENDS)
    )
