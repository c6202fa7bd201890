"""Summary cards before the story: a review's verdict box (the product's name, a score, its
pros and cons as headed lists of a few words each, buy buttons), a fact check's claim and
rating card ("Claim:", "Rating:", "What's True"), set over the story as a summary of it, not
part of its text. Profile cards in it: a row of cards, each headed by a
name, whose part classed as a bio is the story's text, not an author's box."""

from __future__ import annotations

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import CLAIM_CARD_LABELS
from newsparse.generic.classes import kind_of_class_and_id
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import normalise
from newsparse.generic.scoring import Scores
from newsparse.tags import SUBHEADING_TAGS
from newsparse.tree_queries import next_element, previous_element

HtmlElement = lxml.html.HtmlElement

# A card is short: it holds at most this much text (characters)...
_MAX_CARD_TEXT = 800
# ...and at least this many headed lists ("Like" / "Don't Like", "Pros" / "Cons")...
_MIN_HEADED_LISTS = 2
# ...whose items are a few words each (a story's list reads as sentences).
_MAX_ITEM_WORDS = 8
# A claim card's parts are each opened by a label of ``CLAIM_CARD_LABELS``, a line of its
# own this short: it holds two such parts at least.
_CLAIM_CARD_LABELS = frozenset(map(normalise, CLAIM_CARD_LABELS))
_MAX_CLAIM_LABEL = 30
_MIN_CLAIM_PARTS = 2


def summary_card_prose(element: HtmlElement, scores: Scores) -> int:
    """The prose that ``element`` counts when it is a summary card: its headed lists of short
    items in a review's verdict card (``_MIN_HEADED_LISTS`` such lists at least, in a short
    block), all of a fact check's claim card (``is_claim_card``); 0 otherwise."""
    if not scores.prose_length.get(element) or scores.text_length.get(element, 0) > _MAX_CARD_TEXT:
        return 0  # (nothing to take back, or no card: only such blocks are read down)
    if is_claim_card(element):
        return scores.prose_length.get(element, 0)
    lists = [items for items in element.iter("ul", "ol") if _is_headed_short_list(items)]
    if len(lists) < _MIN_HEADED_LISTS:
        return 0
    return sum(scores.prose_length.get(items, 0) for items in lists)


def is_claim_card(element: HtmlElement) -> bool:
    """A card of a fact check's claim and rating: two parts of it at least each opened by a
    label of its own line ("<div class="claim_title">Claim:</div><div class="claim_cont">
    ...", "<div>What's True</div><p>...</p>"), text after the label."""
    labels = set()
    for node in element.iter(lxml.etree.Element):
        if len(node) or not node.text or len(node.text) > _MAX_CLAIM_LABEL:
            continue
        label = normalise(node.text)
        if label in _CLAIM_CARD_LABELS and next_element(node) is not None:
            labels.add(label)
            if len(labels) >= _MIN_CLAIM_PARTS:
                return True
    return False


def _is_headed_short_list(items: HtmlElement) -> bool:
    """A list right under its heading ("<h3>Like</h3><ul>") whose items are a few words each."""
    heading = previous_element(items)
    if heading is None or heading.tag not in SUBHEADING_TAGS:
        return False
    lines = [item.text_content().split() for item in items.iterchildren("li")]
    return bool(lines) and all(len(words) <= _MAX_ITEM_WORDS for words in lines)


# A row of profile cards holds this many cards of one class at least.
_MIN_PROFILE_CARDS = 2
# (read once: each read of a member through ``Kind`` runs EnumType's Python-level hook, and
# every flagged block that is never the story is asked)
_BIO = Kind.BIO


def is_profile_card_bio(element: HtmlElement) -> bool:
    """A part classed as a bio ("fiche-candidat__bio") in one card of a row of cards of one
    class, each headed by a name, that more of the story follows (a race's candidates): the
    story's own profiles. An author's box closes the story, links their page or gives their
    address: it has a link or an "@" and stays a bio."""
    if kind_of_class_and_id(element.get("class"), element.get("id")) is not _BIO:
        return False
    card = element.getparent()
    row = card.getparent() if card is not None else None
    if card is None or row is None:
        return False
    make = card.get("class")
    if not make or make == row.get("class"):
        return False
    if element.find(".//a") is not None or "@" in element.text_content():
        return False
    cards = [sibling for sibling in row if sibling.get("class") == make]
    if len(cards) < _MIN_PROFILE_CARDS or not all(map(_has_subheading, cards)):
        return False
    after = next_element(row)
    return after is not None and after.tag == "p"


def _has_subheading(card: HtmlElement) -> bool:
    """Whether a heading below the page's headline is among the card's children."""
    return any(child.tag in SUBHEADING_TAGS for child in card)
