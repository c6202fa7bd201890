"""Harvest related-article links from the blocks the classification marked as related."""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from newsparse.generic.article_urls import LinkReading, link_reading, reads_as_more_news_pointer
from newsparse.generic.blocks import Classification
from newsparse.generic.classes import is_classed_as_events, token_parts
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.link_texts import COLLECTION_COUNT_NOUNS, SECTION_LINE_PARTS
from newsparse.generic.cues.tokens import CUE_ATTRIBUTES
from newsparse.generic.labels import (
    heading_kind,
    is_normalised_pagination_label,
    names_events,
    names_posts,
    normalise,
    says_related,
)
from newsparse.generic.links import links_from_anchors
from newsparse.generic.text import BLOCK_TAGS
from newsparse.memo import Memo
from newsparse.model import Link
from newsparse.page import Page, text_of
from newsparse.tags import HEADING_TAGS
from newsparse.tree_queries import is_descendant

HtmlElement = lxml.html.HtmlElement

# Kinds that may sit inside a related block without hiding its links (teaser lists are
# often classed as menus or widgets, and wrapped in their pager's block: Divi's
# "et_pb_ajax_pagination_container", Publisher's "bs-pagination-wrapper"; the pager's own
# links lead to no story).
_HARMLESS_INSIDE: frozenset[Kind] = frozenset(
    {Kind.RELATED, Kind.READ_ALSO, Kind.NAV, Kind.CHROME, Kind.PAGINATION}
)
# Elements whose own short text may be an ad label, the teaser items such a label marks,
# and how long a label is at most.
_LABELLED_TAGS = ("a", "span", "div", "p", "small", "em", "strong", "b", "label")
_ITEM_TAGS = ("li", "article")
_MAX_AD_LABEL = 30
# A line pointing to more news at a place ("See more news from the valley at <a>...</a>")
# is this short at most.
_MAX_POINTER_LINE = 200
# A reading list's count of what it holds ("812 stories", "1.2K posts").
_COLLECTION_COUNT = re.compile(
    rf"\d[\d.,]*\s*[km]?\s+(?:{'|'.join(COLLECTION_COUNT_NOUNS)})", re.IGNORECASE
)


def _hidden_by_inner_block(
    anchor: HtmlElement, block: HtmlElement, classes: Classification, ads: set[HtmlElement]
) -> bool:
    """True when, inside the related block, the anchor sits in a share bar, an author box,
    a tag list, an ad, a most-read list... or in a teaser an ad label marks (``ads``)."""
    element: HtmlElement | None = anchor
    while element is not None and element is not block:
        kind = classes.kinds.get(element)
        if (kind is not None and kind not in _HARMLESS_INSIDE) or element in ads:
            return True
        element = element.getparent()
    return False


def _in_section_line(anchor: HtmlElement, block: HtmlElement) -> bool:
    """True when the anchor is, or sits in, a teaser's line naming the story's section (a
    rubric, kicker or eyebrow: "<div class='SummaryItemRubric'><a href='/magazine/a-reporter-
    at-large'>"), inside the block."""
    element: HtmlElement | None = anchor
    while element is not None and element is not block:
        if any(
            _NAMES_SECTION_LINE[value] for name in CUE_ATTRIBUTES if (value := element.get(name))
        ):
            return True
        element = element.getparent()
    return False


def _names_section_line(value: str) -> bool:
    """Whether a class, id or component-name value holds a token naming a section line."""
    return any(part in SECTION_LINE_PARTS for token in value.split() for part in token_parts(token))


# (the links of a block climb through the same items' classes, and pages repeat them)
_NAMES_SECTION_LINE: Memo[str, bool] = Memo(_names_section_line, 4096)


def _ad_items(block: HtmlElement) -> set[HtmlElement]:
    """Teasers of the block that an ad label marks ("<li>...<a>Sponsored</a>...</li>"): the
    list items or articles holding a short text that names an ad (in a list of ``<div>``
    items, the item among its repeated siblings), and such labels' links."""
    items: set[HtmlElement] = set()
    for element in block.iter(_LABELLED_TAGS):
        text = element.text
        if not text or len(text) > _MAX_AD_LABEL or heading_kind(text.strip()) is not Kind.AD:
            continue
        items.add(element)
        item = next(element.iterancestors(_ITEM_TAGS), None)
        if item is None or not is_descendant(item, block):
            item = _repeated_item(element, block)
        if item is not None:
            items.add(item)
    return items


def _repeated_item(label: HtmlElement, block: HtmlElement) -> HtmlElement | None:
    """The teaser around an ad label in a list of ``<div>`` items: the nearest ancestor inside
    the block that has a neighbour of the same tag and class and holds a link
    ("PageList-items-item > PagePromo")."""
    for ancestor in label.iterancestors():
        if ancestor is block:
            return None
        # (neighbours only: a label looks at a few elements, however long the list)
        if (
            any(
                neighbour is not None
                and neighbour.tag == ancestor.tag
                and neighbour.get("class") == ancestor.get("class")
                for neighbour in (
                    next(ancestor.itersiblings(lxml.etree.Element, preceding=True), None),
                    next(ancestor.itersiblings(lxml.etree.Element), None),
                )
            )
            and ancestor.find(".//a[@href]") is not None
        ):
            return ancestor
    return None


def related_links(page: Page, classes: Classification) -> tuple[Link, ...]:
    """The links of the related blocks, in page order (see ``links_from_anchors``); links
    of sponsored teasers mixed into a block are left out."""
    anchors: list[HtmlElement] = []
    labels = classes.measurements.block_labels
    shape = _own_path_shape(page) if classes.related else None
    # (whether each line holding links is short enough to be a pointer: read once per line,
    # not once per link, or a long block of many links costs its length for each)
    short_lines: dict[HtmlElement, bool] = {}
    for block in classes.related:
        label = labels.get(block)
        if _headed_as_pager(block, label):
            continue  # ("Articolo precedente" over the previous post's link, whatever the class)
        if _lists_events(block, label):
            continue  # ("Related Events" over a summit's page: no article)
        ads = _ad_items(block)
        read: list[tuple[HtmlElement, LinkReading]] = []
        for anchor in block.iter("a"):
            if not anchor.get("href"):
                continue
            reading = link_reading(page, anchor)
            if (
                reading is not LinkReading.OTHER
                and not _hidden_by_inner_block(anchor, block, classes, ads)
                and not _in_section_line(anchor, block)
                and not _is_collection_card(anchor)
                and not _closes_more_news_pointer(anchor, short_lines)
            ):
                read.append((anchor, reading))
        anchors.extend(_articles(page, read, _block_heading(block, label), shape))
    return links_from_anchors(page, _without_fronts(page, anchors))


def _is_collection_card(anchor: HtmlElement) -> bool:
    """A card linking a reading list: its heading, then only a count of what the list
    holds ("<a><h2>Staff picks</h2><p>812 stories</p></a>")."""
    heading = next(anchor.iter(*HEADING_TAGS), None)
    if heading is None:
        return False
    rest = text_of(anchor).replace(text_of(heading), "", 1).strip()
    return _COLLECTION_COUNT.fullmatch(rest) is not None


def _closes_more_news_pointer(anchor: HtmlElement, short_lines: dict[HtmlElement, bool]) -> bool:
    """A link after the words of a short line pointing to more news at a place ("Veja mais
    notícias da região no <a>g1 Campinas</a>.", "More news from the valley at <a>Valley
    Today</a>"): it names the place, a section's front, no related story. ``short_lines``
    remembers, for the page, which lines are short enough."""
    line = next(
        (ancestor for ancestor in anchor.iterancestors() if ancestor.tag in BLOCK_TAGS), None
    )
    if line is None:
        return False
    short = short_lines.get(line)
    if short is None:
        short = short_lines[line] = len(text_of(line)) <= _MAX_POINTER_LINE
    if not short:
        return False
    return reads_as_more_news_pointer(_text_before(anchor, line))


def _text_before(anchor: HtmlElement, line: HtmlElement) -> str:
    """The text of ``line`` before ``anchor`` inside it."""
    parts: list[str] = []
    for piece in line.xpath(".//text()"):
        owner = piece.getparent()
        if owner is anchor or (owner is not None and is_descendant(owner, anchor)):
            break
        parts.append(str(piece))
    return "".join(parts)


def _headed_as_pager(block: HtmlElement, label: HtmlElement | None) -> bool:
    """Whether the block opens with a heading (or has a label) naming the neighbouring post
    ("Previous article", "Articolo successivo"): a pager's link, no related story."""
    heading = label if label is not None else next(block.iterdescendants(lxml.etree.Element), None)
    return (
        heading is not None
        and (heading is label or heading.tag in HEADING_TAGS)
        and is_normalised_pagination_label(normalise(text_of(heading)))
    )


def _lists_events(block: HtmlElement, label: HtmlElement | None) -> bool:
    """Whether the block is a list of events, not of articles: its class or id names events
    ("related-events"; not news too: "news-events"), or its heading does ("Related Events",
    "Upcoming Events")."""
    if is_classed_as_events(block):
        return True
    heading = label if label is not None else _opening_heading(block)
    return heading is not None and names_events(text_of(heading))


def _opening_heading(block: HtmlElement) -> HtmlElement | None:
    """The heading that opens the block before its first link, if any."""
    for element in block.iterdescendants("a", *HEADING_TAGS):
        return None if element.tag == "a" else element
    return None


class _BlockHeading(NamedTuple):
    """What a related block's heading says of its links: that they are posts ("More
    breakfast recipes you'll love"), that they are related ("Related")."""

    named_posts: bool
    said_related: bool


def _block_heading(block: HtmlElement, label: HtmlElement | None) -> _BlockHeading:
    """What the block's label says of its links, or, for a block with none, the heading that
    opens it before its first link ("<section class="section--related"><h2>Related</h2>")."""
    if label is not None:
        text = text_of(label)
        return _BlockHeading(named_posts=names_posts(text), said_related=says_related(text))
    heading = _opening_heading(block)
    said_related = heading is not None and says_related(text_of(heading))
    return _BlockHeading(named_posts=False, said_related=said_related)


class _PathShape(NamedTuple):
    """Where the page files its stories: its host and the folders above its slug."""

    host: str
    folders: list[str]


def _own_path_shape(page: Page) -> _PathShape | None:
    """The host and parent folders of the page's own address when it ends in a slug below
    one folder or more ("/stories/the-salt-keepers": "stories"); else None."""
    url = page.canonical_hint or page.url
    host, segments = _host_and_segments(url) if url else ("", [])
    if len(segments) < 2 or "-" not in segments[-1]:
        return None
    return _PathShape(host, segments[:-1])


def _host_and_segments(url: str) -> tuple[str, list[str]]:
    """The address's host (lowercased) and its path's segments."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "", []
    return parts.netloc.lower(), [segment for segment in parts.path.lower().split("/") if segment]


def _has_shape(page: Page, anchor: HtmlElement, shape: _PathShape | None) -> bool:
    """Whether a link's address has the page's own shape: a slug under the same folders."""
    if shape is None:
        return False
    url = page.absolute_url(anchor.get("href"), fallback_base=page.canonical_hint)
    host, segments = _host_and_segments(url) if url else ("", [])
    return host == shape.host and segments[:-1] == shape.folders and "-" in segments[-1]


def _articles(
    page: Page,
    read: list[tuple[HtmlElement, LinkReading]],
    heading: _BlockHeading,
    shape: _PathShape | None,
) -> list[HtmlElement]:
    """The anchors of one block that lead to articles: those read as such, and the short
    slugs standing where the block's proven articles stand, or all of its short slugs at
    one-segment addresses when none is proven and its heading names them as posts
    (``heading.named_posts``: "More breakfast recipes you'll love" over
    "/blueberry-dutch-baby/"), or filed as the page itself is (``shape``: "/stories/oyster-wars" on
    "/stories/the-salt-keepers", however few words its slug has).

    A short title at a one-segment address ("/blueberry-buckle/") is an article when the
    block links another from the same place at such an address ("/banana-bread/", "Brown
    Butter Banana Bread"); a card's heading link ("<a><h3>The Museum Problem</h3></a>" at
    "/culture/cultural-comment/the-museum-problem") when another card's heading link in the
    same place is one. Not a teaser's byline beside them ("/natasha-turak/"). Under a
    heading that says "related" (``heading.said_related``), a one-word last segment
    ("/fact-sheets/detail/hypertension") is a page when a proven article of the block is
    filed in the same folder and linked from the same place in its card
    ("/fact-sheets/detail/salt-reduction").
    """
    shallow: set[tuple[str | None, object, str | None]] = set()
    headed: set[tuple[str | None, object, str | None]] = set()
    for anchor, reading in read:
        if reading is LinkReading.ARTICLE:
            if _path_depth(page, anchor) == 1:
                shallow.add(_place(anchor))
            if _is_heading_link(anchor):
                headed.add(_place(anchor))
    filed = _filed_articles(page, read) if heading.said_related else set()
    # (a block that links proven articles too may mix in topics' pages: "Aston Villa")
    named_posts = heading.named_posts and not any(
        reading is LinkReading.ARTICLE for _, reading in read
    )
    return [
        anchor
        for anchor, reading in read
        if reading is LinkReading.ARTICLE
        or (
            reading is LinkReading.ONE_WORD
            and bool(filed)
            and _folder_and_place(page, anchor) in filed
        )
        or (
            reading is not LinkReading.ONE_WORD
            and (
                ((named_posts or _place(anchor) in shallow) and _path_depth(page, anchor) == 1)
                or (_place(anchor) in headed and _is_heading_link(anchor))
                or _has_shape(page, anchor, shape)
            )
        )
    ]


_FolderAndPlace = tuple[str, tuple[str, ...], tuple[str | None, object, str | None]]


def _filed_articles(
    page: Page, read: list[tuple[HtmlElement, LinkReading]]
) -> set[_FolderAndPlace]:
    """Where the block's proven articles are filed and linked from (see
    ``_folder_and_place``), read only when it links a one-word last segment."""
    if not any(reading is LinkReading.ONE_WORD for _, reading in read):
        return set()
    return {
        _folder_and_place(page, anchor)
        for anchor, reading in read
        if reading is LinkReading.ARTICLE
    }


def _folder_and_place(page: Page, anchor: HtmlElement) -> _FolderAndPlace:
    """A link's host, the folders above its last segment, and its place in its item."""
    url = page.absolute_url(anchor.get("href"), fallback_base=page.canonical_hint)
    host, segments = _host_and_segments(url) if url else ("", [])
    return host, tuple(segments[:-1]), _place(anchor)


def _is_heading_link(anchor: HtmlElement) -> bool:
    """Whether a link is a card's title: it holds a heading, or a heading holds it."""
    parent = anchor.getparent()
    return (parent is not None and parent.tag in HEADING_TAGS) or next(
        anchor.iter(*HEADING_TAGS), None
    ) is not None


def _place(anchor: HtmlElement) -> tuple[str | None, object, str | None]:
    """Where a link stands in its item: its class, and its parent's tag and class."""
    parent = anchor.getparent()
    if parent is None:
        return anchor.get("class"), None, None
    return anchor.get("class"), parent.tag, parent.get("class")


def _path_depth(page: Page, anchor: HtmlElement) -> int:
    """How many segments the link's address has in its path."""
    url = page.absolute_url(anchor.get("href"), fallback_base=page.canonical_hint)
    try:
        path = urlsplit(url).path if url else ""
    except ValueError:
        return 0
    return len([segment for segment in path.split("/") if segment])


def _without_fronts(page: Page, anchors: list[HtmlElement]) -> list[HtmlElement]:
    """The anchors but those to a front page that other anchors' articles sit under: a
    one-segment address ("/the-urban-planning-collective") is a publication's or section's
    home when another link goes to a slug below it ("/the-urban-planning-collective/
    fifteen-minute-cities-c4d5")."""
    paths: dict[HtmlElement, tuple[str, list[str]]] = {}
    parents: set[tuple[str, str]] = set()
    for anchor in anchors:
        url = page.absolute_url(anchor.get("href"), fallback_base=page.canonical_hint)
        if not url:
            continue
        parts = urlsplit(url)
        segments = [segment for segment in parts.path.lower().split("/") if segment]
        paths[anchor] = (parts.netloc.lower(), segments)
        if len(segments) > 1 and "-" in segments[-1]:
            parents.add((parts.netloc.lower(), segments[0]))
    if not parents:
        return anchors
    return [
        anchor
        for anchor in anchors
        if not (
            anchor in paths
            and len(paths[anchor][1]) == 1
            and (paths[anchor][0], paths[anchor][1][0]) in parents
            and not any(ch.isdigit() for ch in paths[anchor][1][0])
        )
    ]
