"""Captions written outside a ``<figure>``: a short line set apart (in italics, small print or
centred) right under a picture, as e-mail newsletters and page builders lay them out
("<p><img><br><em>Concept render by ...</em></p>", a centred text module after an image
module)."""

from __future__ import annotations

import re
from collections.abc import Collection

import lxml.html

from newsparse.generic.body_cues import (
    BRACKETED_PHOTO_CREDIT,
    CAPTION_EMPHASIS_TAGS,
    CENTRED_CLASS_WORDS,
    HEADING_TAGS,
    IMAGE_TAGS,
    PHOTO_CREDIT_LABELS,
    PLAYER_BOX_TOKENS,
    PLAYER_CAPTION_LABELS,
    SMALL_PRINT_SIZES,
)
from newsparse.generic.body_lines import SENTENCE_ENDS
from newsparse.generic.classes import holds_token
from newsparse.generic.metadata.patterns import one_of
from newsparse.generic.scoring import Scores, Unit
from newsparse.generic.visibility import is_aligned
from newsparse.tree_queries import (
    is_near_box_below,
    is_wholly_in_child,
    next_element,
    previous_element,
)

HtmlElement = lxml.html.HtmlElement

# A caption is at most this long (characters): a sentence's worth and a credit.
_MAX_CAPTION = 160
# The caption's line and the wrappers around it (each their parent's first) looked at for
# the picture right before them.
_CAPTION_LEVELS = 4
_CLOSING_CREDIT = re.compile(BRACKETED_PHOTO_CREDIT)
# A photographer's credit is at most this long (characters, after its label).
_MAX_CREDIT = 60
# A photographer's credit after its label closing a caption's sentence ("... St. Louis. Photo:
# NWS survey team.").
_CLOSING_LABELLED_CREDIT = re.compile(
    rf"[.!?]\s+{one_of(PHOTO_CREDIT_LABELS)}\s?:\s*\w[^:]{{0,{_MAX_CREDIT}}}$", re.IGNORECASE
)
# The pictures alone looked past for the text after a caption.
_PICTURES_SKIPPED = 2
# A player's caption after its label for screen readers ("Media caption, WATCH: ...").
_PLAYER_CAPTION = re.compile(rf"\s*{one_of(PLAYER_CAPTION_LABELS)}\s*,", re.IGNORECASE)
# A player's caption, its label included, is at most this long (characters).
_MAX_PLAYER_CAPTION = 200
# The line and the wrappers above it looked at for the player's box (the BBC's "<div
# data-component="media-block"><div class="...-MediaPlayerWrapper"><div class="smp-embed">
# <p>Media caption, ...").
_PLAYER_BOX_LEVELS = 4


def is_loose_caption(unit: Unit, scores: Scores) -> bool:
    """A short line right under a picture and set apart from the story's text (in italics,
    or centred over text that is not): the picture's caption ("An oyster sill near Deal
    Island. Photo: ..."). A line closed by a full stop must be both, unless a bracketed
    agency's credit or a labelled one closes it ("... April 18, 2025. (Agency/Name)", "...
    St. Louis. Photo: NWS survey team.")."""
    element = unit.element
    if (
        unit.length > _MAX_CAPTION
        or unit.link_length
        or unit.encloses_units
        or element.tag in HEADING_TAGS
    ):
        return False
    # (a closing credit in brackets or after its label, "(Agency/Name)", "Photo: Name", marks a
    # caption written as a sentence)
    sentence = (
        unit.text.endswith(SENTENCE_ENDS)
        and _CLOSING_CREDIT.search(unit.text) is None
        and _CLOSING_LABELLED_CREDIT.search(unit.text) is None
    )
    if not sentence and _is_picture_then_emphasis(element):
        return True
    if next(element.iter("br"), None) is not None:
        return False  # (lines of their own: a poster's credits, an address)
    # the line and the wrappers it opens, up to the one a picture may stand right before
    climbed = [element]
    previous = previous_element(element)
    while previous is None:
        parent = climbed[-1].getparent()
        if len(climbed) == _CAPTION_LEVELS or parent is None or (parent.text or "").strip():
            return False
        climbed.append(parent)
        previous = previous_element(parent)
    if not _is_picture_alone(previous, scores):
        return False
    # (centring sets a line apart only from text that is not centred too)
    centred = any(map(_is_centred, climbed)) and not _is_centred_block(
        _text_after(climbed[-1], scores)
    )
    return _is_emphasised(element) + centred > sentence


def _text_after(element: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The block after the element past pictures alone and their short lines (a run of
    pictures, each with its centred caption: the next is no text the caption is set apart
    from)."""
    after = next_element(element)
    for _ in range(_PICTURES_SKIPPED):
        if after is None or not _is_picture_alone(after, scores):
            break
        after = next_element(after)
        if after is not None and 0 < scores.text_length.get(after, 0) <= _MAX_CAPTION:
            after = next_element(after)  # (that picture's own caption)
    return after


def _is_picture_then_emphasis(element: HtmlElement) -> bool:
    """A paragraph holding a picture and, under it, a line in italics or small print and
    nothing else ("<p><img><br><em>Concept render ...</em></p>", "<div><img><br><span
    style="font-size:small">...</span></div>")."""
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) < 2 or (element.text or "").strip():
        return False
    *pictures, last = children
    return (
        (last.tag in CAPTION_EMPHASIS_TAGS or _is_small_print(last))
        and not (last.tail or "").strip()
        and pictures[0].tag in IMAGE_TAGS
        and all(
            child.tag in IMAGE_TAGS or (child.tag == "br" and not (child.tail or "").strip())
            for child in pictures
        )
    )


def _is_small_print(element: HtmlElement) -> bool:
    """Whether the element is a ``<span>`` styled in small print ("font-size:small")."""
    if element.tag != "span":
        return False
    style = (element.get("style") or "").replace(" ", "").lower()
    return any(f"font-size:{size}" in style for size in SMALL_PRINT_SIZES)


def _is_emphasised(element: HtmlElement) -> bool:
    """Whether the element's whole text is in italics or small print."""
    if is_wholly_in_child(element, CAPTION_EMPHASIS_TAGS):
        return True
    if not is_wholly_in_child(element, ("span",)):
        return False
    style = (element[0].get("style") or "").replace(" ", "").lower()
    return "font-style:italic" in style


def _is_centred(element: HtmlElement) -> bool:
    """Whether the element's text is centred, by its style, alignment or class."""
    if is_aligned(element, "center"):
        return True
    classes = (element.get("class") or "").lower()
    return any(word in classes for word in CENTRED_CLASS_WORDS)


def _is_centred_block(element: HtmlElement | None) -> bool:
    """Whether the block is centred, or its first paragraph is."""
    if element is None:
        return False
    first = next(element.iter("p"), None)
    return _is_centred(element) or (first is not None and _is_centred(first))


def _is_picture_alone(element: HtmlElement, scores: Scores) -> bool:
    """Whether the element is, or holds, a picture and no text."""
    if scores.text_length.get(element, 0):
        return False
    return element.tag in IMAGE_TAGS or next(element.iter(*IMAGE_TAGS), None) is not None


def is_picture_box(unit: Unit) -> bool:
    """A picture's box: a picture and one short line beside it, nothing else ("<div
    class="mainpic"><img ...><span>... Nagasaki Prefecture. (Kyodo)</span></div>"), whatever
    its class: the line is the picture's caption, no paragraph of the story."""
    element = unit.element
    if unit.length > _MAX_CAPTION or unit.link_length or (element.text or "").strip():
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    if any((child.tail or "").strip() for child in children):
        return False
    pictures = [child for child in children if _is_bare_picture(child)]
    lines = [child for child in children if child not in pictures]
    return (
        bool(pictures)
        and len(lines) == 1
        and lines[0].tag not in HEADING_TAGS
        and not any(part.tag in IMAGE_TAGS for part in lines[0].iter())
    )


def _is_bare_picture(element: HtmlElement) -> bool:
    """Whether the element is a picture, or a wrapper of one holding no text ("<a><img></a>",
    "<picture><source><img></picture>")."""
    if element.tag in IMAGE_TAGS:
        return True
    return (
        next(element.iter(*IMAGE_TAGS), None) is not None
        and not "".join(element.itertext()).strip()
    )


def is_player_caption(unit: Unit, blocks: Collection[HtmlElement]) -> bool:
    """A short line opening with a media player's caption label for screen readers
    (``PLAYER_CAPTION_LABELS``: "Media caption, WATCH: ...", "Video caption, ...") inside a
    player's box below the story's block (a figure, or a box whose class or component name
    holds ``PLAYER_BOX_TOKENS``: "<div data-component="media-block">"): the player's
    caption, no paragraph of the story."""
    if unit.length > _MAX_PLAYER_CAPTION or _PLAYER_CAPTION.match(unit.text) is None:
        return False  # (the cheap tests first: almost no line opens with the label)
    return is_near_box_below(unit.element, _PLAYER_BOX_LEVELS, blocks, _is_player_box)


def _is_player_box(element: HtmlElement) -> bool:
    """Whether ``element`` is a figure, or its class or component name names a player."""
    return element.tag == "figure" or holds_token(
        PLAYER_BOX_TOKENS, element.get("class"), element.get("data-component")
    )
