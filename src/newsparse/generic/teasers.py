"""Grids of teaser cards: the cards of one make that a list block ("Most popular",
"You may also like") is made of, each a linked title over an unlinked blurb.

Their blurbs add up to the prose of a story section, so the tests that keep a story's prose
(a block with little link text) must not read such a grid as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

import lxml.html

from newsparse.generic.measure import Stats, plain, subtree_text
from newsparse.tags import HEADING_TAGS

HtmlElement = lxml.html.HtmlElement

# A grid has at least this many cards...
MIN_GRID_CARDS = 3
# ...and none holds more text outside links than this (a blurb, not a story's paragraphs);
# a sibling holding more also ends a heading's run of teasers.
MAX_CARD_PROSE = 250
# A card under a heading that is one link (a story's title) may hold a longer blurb: a
# summary of that story.
MAX_TITLED_CARD_PROSE = 500
_TITLE_TAGS = tuple(sorted(HEADING_TAGS - {"h1"}))
# A card's title block by its class ("PromoMedium-title", "card__headline").
_TITLE_CLASS = re.compile(r"title|headline", re.IGNORECASE)
# The cards may sit inside this many wrappers of one child each...
_MAX_WRAPPERS = 3
# ...under a title's block of this many characters at most.
_MAX_TITLE_CHARS = 60
# A pager closing the list holds this many characters at most.
_MAX_PAGER_CHARS = 30


def is_teaser_grid(
    cards: Sequence[HtmlElement],
    has_link: Callable[[HtmlElement], bool],
    unlinked: Callable[[HtmlElement], int],
) -> bool:
    """True when ``cards`` are teasers of one make: same tag and class, a link each
    (``has_link``), at most a blurb of text outside links (``unlinked`` characters)."""
    if len(cards) < MIN_GRID_CARDS:
        return False
    make = (cards[0].tag, cards[0].get("class"))
    return all(
        (card.tag, card.get("class")) == make
        and has_link(card)
        and holds_blurb(card, unlinked(card))
        for card in cards
    )


def is_measured_teaser_grid(block: HtmlElement, stats: Mapping[HtmlElement, Stats]) -> bool:
    """``is_teaser_grid`` of the block's cards (``cards_of``), each read by the measuring
    walk's figures (``stats``): its text outside links."""
    return is_teaser_grid(cards_of(block), holds_link, lambda card: plain(stats[card]))


def holds_blurb(card: HtmlElement, unlinked: int) -> bool:
    """Whether ``unlinked`` characters outside links are a teaser's blurb for ``card``: a
    short one, or a summary under a linked title (``MAX_TITLED_CARD_PROSE``)."""
    if unlinked <= MAX_CARD_PROSE:
        return True
    return unlinked <= MAX_TITLED_CARD_PROSE and has_linked_title(card)


def has_linked_title(card: HtmlElement) -> bool:
    """Whether the card's first heading (below ``<h1>``), or else its first block classed as
    a title ("<div class="PromoMedium-title">"), is all one link, inside it or around it
    ("<a href><h4>...</h4></a>"): a story's title."""
    heading = next(card.iter(*_TITLE_TAGS), None)
    if heading is None:
        heading = next(
            (e for e in card.iter("div", "span", "p") if _TITLE_CLASS.search(e.get("class") or "")),
            None,
        )
    if heading is None:
        return False
    link = next(heading.iter("a"), None)
    if link is None:
        link = _link_around(heading, card)
    if link is None:
        return False
    title = subtree_text(heading).strip()
    return bool(title) and subtree_text(link).strip() == title


def _link_around(element: HtmlElement, card: HtmlElement) -> HtmlElement | None:
    """The link inside ``card`` that holds ``element``, if any."""
    for ancestor in element.iterancestors():
        if ancestor is card:
            return None
        if ancestor.tag == "a":
            return ancestor
    return None


def cards_of(block: HtmlElement) -> list[HtmlElement]:
    """The block's child elements after its leading label (headings, or a title's wrapper
    holding no link: tagDiv's "td-block-title-wrap"), inside the one wrapper that may hold
    them all ("td_block_inner")."""
    for _ in range(_MAX_WRAPPERS):
        children = [child for child in block if isinstance(child.tag, str)]
        start = 0
        while start < len(children) and (
            children[start].tag in HEADING_TAGS or _is_title_wrapper(children[start])
        ):
            start += 1
        cards = children[start:]
        while len(cards) > 1 and _is_pager(cards[-1], cards[0]):
            cards.pop()
        if len(cards) != 1 or not len(cards[0]):
            return cards
        block = cards[0]
    return cards


def _is_title_wrapper(element: HtmlElement) -> bool:
    """A block holding the list's title alone: a heading inside it, or no link and a short
    text."""
    if holds_link(element):
        return False
    return next(element.iter(*HEADING_TAGS), None) is not None or (
        len(subtree_text(element)) <= _MAX_TITLE_CHARS
    )


def _is_pager(element: HtmlElement, first: HtmlElement) -> bool:
    """A short block closing the list, of another make than its first card: its pager or
    "More" link ("<div class="td-next-prev-wrap"><a>Prev</a><a>Next</a></div>")."""
    return (element.tag, element.get("class")) != (first.tag, first.get("class")) and len(
        subtree_text(element).strip()
    ) <= _MAX_PAGER_CHARS


def holds_link(element: HtmlElement) -> bool:
    """True when the element holds a link (an ``<a>``), whatever its text."""
    return next(element.iter("a"), None) is not None
