"""Lists of other stories' teaser cards inside the story's block: sibling cards of one make,
each a linked title over an excerpt cut short ("...", "…", or a "line-clamp" class), go
whole, with the heading and pager of the list around them ("72 Articles", "Show more").

Only the units whose text reads cut short are looked at: most stories hold none.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

import lxml.html

from newsparse.generic.body_cues import TRUNCATED_EXCERPT_TOKENS
from newsparse.generic.classes import holds_token
from newsparse.generic.scoring import Scores
from newsparse.generic.teasers import (
    MAX_CARD_PROSE,
    cards_of,
    has_linked_title,
    holds_link,
    is_teaser_grid,
)
from newsparse.memo import Memo

HtmlElement = lxml.html.HtmlElement

# How a teaser's excerpt cut short ends.
_ELLIPSES = ("...", "…")
# A card holds its excerpt this many levels down at most.
_MAX_CARD_DEPTH = 3


def cut_teaser_lists(
    blocks: list[HtmlElement], scores: Scores, skip: Collection[HtmlElement]
) -> list[HtmlElement]:
    """The lists of teaser cards with cut excerpts inside ``blocks`` (never a block itself),
    each with the heading and the wrappers that hold nothing else (``cards_of``)."""
    lists: list[HtmlElement] = []
    seen: set[HtmlElement] = set()
    for chain in _cut_excerpts(blocks, scores):
        # (the card holds the excerpt a few levels down; its list sits below the block)
        for depth in range(1, min(_MAX_CARD_DEPTH + 1, len(chain) - 1)):
            card, parent = chain[depth], chain[depth + 1]
            if parent in seen:
                break
            if _is_card_list(card, parent, scores):
                seen.add(parent)
                box = _list_box(parent, chain[depth + 2 :])
                if box not in skip:
                    lists.append(box)
                break
    return lists


def _cut_excerpts(blocks: list[HtmlElement], scores: Scores) -> Iterator[list[HtmlElement]]:
    """For each short unit inside ``blocks`` whose text ends cut short or whose class clamps
    it: the unit and its ancestors below the story's block, nearest first."""
    clamping = _CLAMPING_CLASSES
    for unit in scores.units:
        element = unit.element
        # (``_reads_cut`` inlined: every unit of the page is asked)
        if not unit.text.endswith(_ELLIPSES):
            classes = element.get("class")
            if classes is None or not clamping[classes]:
                continue
        if unit.encloses_units or unit.is_heading or unit.length > MAX_CARD_PROSE:
            continue
        chain = [element]
        for ancestor in scores.ancestors(element):
            if ancestor in blocks:
                yield chain
                break
            chain.append(ancestor)


def _is_card_list(card: HtmlElement, parent: HtmlElement, scores: Scores) -> bool:
    """Whether ``card`` is one of ``parent``'s teaser cards (``cards_of``) of one make, each
    a linked title (the link in the heading or around it) and a cut excerpt."""
    cards = cards_of(parent)
    if card not in cards:
        return False
    text, links = scores.text_length, scores.link_length
    return is_teaser_grid(
        cards, holds_link, lambda each: text.get(each, 0) - links.get(each, 0)
    ) and all(has_linked_title(each) and _holds_cut_excerpt(each, scores) for each in cards)


def _holds_cut_excerpt(card: HtmlElement, scores: Scores) -> bool:
    """Whether a unit of the card reads cut short (or is clamped by its class)."""
    for element in card.iter():
        unit = scores.unit_of.get(element)
        if unit is not None and not unit.is_heading and _reads_cut(element, unit.text):
            return True
    return False


def _reads_cut(element: HtmlElement, text: str) -> bool:
    """Whether a unit's text ends cut short, or its class clamps it to a few lines."""
    if text.endswith(_ELLIPSES):
        return True
    classes = element.get("class")
    return classes is not None and _CLAMPING_CLASSES[classes]


def _clamps(classes: str) -> bool:
    return holds_token(TRUNCATED_EXCERPT_TOKENS, classes)


# (every unit of the page is asked, and pages repeat their class values)
_CLAMPING_CLASSES = Memo(_clamps, 4096)


def _list_box(cards_parent: HtmlElement, ancestors: list[HtmlElement]) -> HtmlElement:
    """The highest of ``ancestors`` (nearest first, below the story's block) whose cards are
    still ``cards_parent``'s: the list with its heading, filters and pager."""
    cards = cards_of(cards_parent)
    box = cards_parent
    for ancestor in ancestors:
        if cards_of(ancestor) != cards:
            break
        box = ancestor
    return box
