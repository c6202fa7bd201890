"""Grids of teaser cards: the cards of one make that a list block ("Most popular",
"You may also like") is made of, each a linked title over an unlinked blurb.

Their blurbs add up to the prose of a story section, so the tests that keep a story's prose
(a block with little link text) must not read such a grid as one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import lxml.html

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


def holds_blurb(card: HtmlElement, unlinked: int) -> bool:
    """Whether ``unlinked`` characters outside links are a teaser's blurb for ``card``: a
    short one, or a summary under a linked title (``MAX_TITLED_CARD_PROSE``)."""
    if unlinked <= MAX_CARD_PROSE:
        return True
    return unlinked <= MAX_TITLED_CARD_PROSE and has_linked_title(card)


def has_linked_title(card: HtmlElement) -> bool:
    """Whether the card's first heading (below ``<h1>``) is all one link: a story's title."""
    heading = next(card.iter(*_TITLE_TAGS), None)
    if heading is None:
        return False
    link = next(heading.iter("a"), None)
    if link is None:
        return False
    title = heading.text_content().strip()
    return bool(title) and link.text_content().strip() == title


def cards_of(block: HtmlElement) -> list[HtmlElement]:
    """The block's child elements after its leading headings (the block's label)."""
    children = [child for child in block if isinstance(child.tag, str)]
    start = 0
    while start < len(children) and children[start].tag in HEADING_TAGS:
        start += 1
    return children[start:]


def holds_link(element: HtmlElement) -> bool:
    """True when the element holds a link (an ``<a>``), whatever its text."""
    return next(element.iter("a"), None) is not None
