"""Which story of a page that holds several is the one asked for.

Endless-scroll pages render the next story (or two) in full below the first, each under its
own ``<h1>``; a story page may end with an "Up next" preview or a section's "More from ..."
block holding a complete other story. The story asked for is the one whose ``<h1>`` is the
headline the page declares (its ``og:title``, ``<title>``): the other stories' blocks (another
``<h1>`` opening dated paragraphs, a related block holding a story in full) are skipped, and
when the scoring chose another story's block the body is read from the requested one's.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import lxml.html

from newsparse.generic.body_cues import PARAGRAPH_TAGS
from newsparse.generic.body_lines import ANCHOR_LENGTH, is_title_text
from newsparse.generic.cues.kinds import RELATED_KINDS, Kind
from newsparse.generic.scoring import Scores
from newsparse.page import text_of
from newsparse.tags import HEADING_TAGS
from newsparse.tree_queries import has_ancestor_in, is_within

HtmlElement = lxml.html.HtmlElement

# Signs that a block is a story of its own, not a section of one: an article element, a
# dated line, a story body's or a date's microdata, a byline's or a date's class.
_STORY_SIGN_TAGS = ("article", "time")
_STORY_SIGN_PROPS = frozenset({"articlebody", "datepublished"})
_STORY_SIGN_CLASSES = ("date", "byline", "author")
# A real paragraph: this share of its text in links at most.
_MAX_LINK_DENSITY = 0.3
# A related block is another story in full with this many real paragraphs.
_MIN_PREVIEW_PARAGRAPHS = 2
# At most this many related blocks are looked at as another story's.
_MAX_PREVIEWS = 12
# Pages with more headline elements than this are lists of stories, not a story and its
# followers.
_MAX_HEADLINES = 6


@dataclass
class Stories:
    """The requested story's block when the scoring chose another story's, and the blocks
    of the other stories to skip."""

    requested: HtmlElement | None = None
    others: list[HtmlElement] = field(default_factory=list)


def other_stories(
    root: HtmlElement,
    region: HtmlElement,
    declared: Collection[str],
    scores: Scores,
    kinds: Mapping[HtmlElement, Kind],
) -> Stories:
    """The stories beside the requested one in or instead of ``region`` (the block the
    scoring chose): under ``<h1>`` elements of their own, or in blocks ``kinds`` names as
    related (an "Up next" preview of the next story in full); the requested story's
    headline is one of ``declared``."""
    headlines = list(root.iter("h1"))
    if not declared or not 1 <= len(headlines) <= _MAX_HEADLINES:
        return Stories()
    own = next((h for h in headlines if is_title_text(text_of(h), declared)), None)
    if own is None:
        return Stories()
    own_path = list(own.iterancestors())
    depth_of = {ancestor: depth for depth, ancestor in enumerate(own_path)}
    found = Stories()
    own_side: HtmlElement = root
    for other in [*headlines, *_previews(own, kinds)]:
        if other is own or (other.tag == "h1" and is_title_text(text_of(other), declared)):
            continue  # (the headline shown twice: an immersive header's copy)
        # the nearest common ancestor of the headline and the other, and its children
        # holding each
        other_side = other
        common = other.getparent()
        while common is not None and common not in depth_of:
            other_side, common = common, common.getparent()
        if common is None:
            continue
        depth = depth_of[common]
        mine = own_path[depth - 1] if depth > 0 else own
        if other.tag == "h1":
            if not (_opens_its_story(other, other_side, scores) and _is_a_story(other_side)):
                continue
        elif not _is_preview(other, other_side, scores):
            continue
        if not _holds_real_paragraph_outside(common, other_side, scores):
            continue  # (a section of the story under an <h1> of its own)
        found.others.append(other_side)
        if is_within(mine, own_side):
            own_side = mine  # (the requested story's block beside every other one)
    if found.others and not is_within(region, own_side) and has_real_paragraph(own_side, scores):
        # (the scoring chose another story's block, or one holding them all)
        found.requested = own_side
    return found


def _is_a_story(block: HtmlElement) -> bool:
    """The block holds an article element, a dated line, a story's microdata or a byline's
    or a date's block."""
    if block.tag in _STORY_SIGN_TAGS or next(block.iter(*_STORY_SIGN_TAGS), None) is not None:
        return True
    for element in block.iter():
        if not isinstance(element.tag, str):
            continue
        if (element.get("itemprop") or "").lower() in _STORY_SIGN_PROPS:
            return True
        classes = (element.get("class") or "").lower()
        if classes and any(word in classes for word in _STORY_SIGN_CLASSES):
            return True
    return False


def _previews(own: HtmlElement, kinds: Mapping[HtmlElement, Kind]) -> list[HtmlElement]:
    """The outermost related blocks that do not hold the requested story's headline ``own``
    (a heading's: the block it heads), in page order; a few at most."""
    found: list[HtmlElement] = []
    chosen: set[HtmlElement] = set()
    for element, kind in kinds.items():
        if kind not in RELATED_KINDS:
            continue
        block = _labelled_block(element)
        if block in chosen or is_within(own, block):
            continue
        if has_ancestor_in(block, chosen):
            continue
        found.append(block)
        chosen.add(block)
        if len(found) >= _MAX_PREVIEWS:
            break
    return found


def _labelled_block(element: HtmlElement) -> HtmlElement:
    """The block a related element stands for: a heading's, the block it heads and opens
    ("More from Science" over a section's other stories). A heading after text in its block
    heads only itself (the story's closing "Recommended reading:" over a list, inside the
    story's own body)."""
    parent = element.getparent()
    if element.tag not in HEADING_TAGS or parent is None:
        return element
    opens = all(not text_of(sibling) for sibling in element.itersiblings(preceding=True))
    return parent if opens and not (parent.text or "").strip() else element


def _is_preview(block: HtmlElement, side: HtmlElement, scores: Scores) -> bool:
    """Whether a related block (inside ``side``, the part of the page beside the requested
    story that holds it) is another story in full: paragraphs of its own, a story's signs,
    and no paragraph of ``side`` outside it (a related box inside the story is no other
    story)."""
    paragraphs = _real_paragraphs(side, scores)
    return (
        len(paragraphs) >= _MIN_PREVIEW_PARAGRAPHS
        and all(is_within(paragraph, block) for paragraph in paragraphs)
        and _is_a_story(block)
    )


def _opens_its_story(headline: HtmlElement, block: HtmlElement, scores: Scores) -> bool:
    """Whether ``headline`` opens a story in ``block``: real paragraphs follow it there, none
    comes before it (a promo's heading at the foot of the story opens nothing)."""
    seen = False
    for element in block.iter():
        if element is headline:
            seen = True
        elif element.tag in PARAGRAPH_TAGS and _is_real(element, scores):
            return seen
    return False


def _is_real(paragraph: HtmlElement, scores: Scores) -> bool:
    """A paragraph long enough to anchor a story, not a row of links."""
    unit = scores.unit_of.get(paragraph)
    return (
        unit is not None and unit.length >= ANCHOR_LENGTH and unit.link_density < _MAX_LINK_DENSITY
    )


def _real_paragraphs(block: HtmlElement, scores: Scores) -> list[HtmlElement]:
    return [paragraph for paragraph in block.iter(*PARAGRAPH_TAGS) if _is_real(paragraph, scores)]


def has_real_paragraph(block: HtmlElement, scores: Scores) -> bool:
    """Whether ``block`` holds a real paragraph (long enough, not a row of links)."""
    return any(_is_real(paragraph, scores) for paragraph in block.iter(*PARAGRAPH_TAGS))


def _holds_real_paragraph_outside(block: HtmlElement, inner: HtmlElement, scores: Scores) -> bool:
    """Whether ``block`` holds a real paragraph that is not inside ``inner``."""
    return any(not is_within(p, inner) for p in _real_paragraphs(block, scores))
