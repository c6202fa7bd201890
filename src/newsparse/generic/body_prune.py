"""Pruning inside the story's blocks: hidden, boilerplate-named, overlay, media and
link-dominated blocks are added to a skip set (the tree itself is never modified)."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    HEADING_TAGS,
    MEDIA_CLASS_WORDS,
    MEDIA_TAGS,
    NEGATIVE_CLASS_WORDS,
    NON_STORY_TAGS,
    OVERLAY_CLASS_WORDS,
)
from newsparse.generic.scoring import INVISIBLE_TAG_SET, NEGATIVE_TOKENS, Scores, has_class_word

HtmlElement = lxml.html.HtmlElement

_PRUNE_WORDS = (*NEGATIVE_CLASS_WORDS, *MEDIA_CLASS_WORDS, *OVERLAY_CLASS_WORDS)
_NEGATIVE_OR_MEDIA = re.compile("|".join(re.escape(word) for word in _PRUNE_WORDS))
_PRUNE_TOKENS = NEGATIVE_TOKENS | frozenset(_PRUNE_WORDS)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Blocks whose text is mostly link text are navigation, teasers or tag lists.
_MAX_LINK_DENSITY = 0.75
# A boilerplate-named block is kept when it holds this share of the story's text (a wrapper).
_WRAPPER_SHARE = 0.6
# An embed wrapper is kept when one quote holds this share of its text, with few links.
_QUOTE_SHARE = 0.6
_MAX_QUOTE_LINK_DENSITY = 0.5


def is_negative(element: HtmlElement) -> bool:
    """True for boilerplate-named blocks and media blocks (captions, credits, galleries)."""
    return element.tag in MEDIA_TAGS or has_class_word(element, _NEGATIVE_OR_MEDIA, _PRUNE_TOKENS)


def _is_embedded_quote(element: HtmlElement, scores: Scores) -> bool:
    """An embed wrapper (often named "widget" or "social") around one quoted post: a tweet's
    words quoted in the story belong to it. (A comment thread quoting someone does not
    qualify: the quote is a small part of it.)"""
    quotes = list(element.iter("blockquote"))
    if len(quotes) != 1:
        return False
    length = scores.text_length.get(element, 0)
    return (
        scores.text_length.get(quotes[0], 0) >= length * _QUOTE_SHARE
        and scores.link_density(element) < _MAX_QUOTE_LINK_DENSITY
    )


def _is_hidden(element: HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def prune(
    block: HtmlElement,
    scores: Scores,
    story_length: int,
    skip: set[HtmlElement],
    *,
    links: bool = True,
) -> None:
    """Add to ``skip`` the hidden, boilerplate-named, non-story and (when ``links``)
    link-dominated blocks inside ``block`` (never one holding most of the story: that is a
    wrapper)."""
    walker = lxml.etree.iterwalk(block, events=("start",))
    for _event, element in walker:
        tag = element.tag
        if element is block or not isinstance(tag, str):
            continue
        if tag in INVISIBLE_TAG_SET:
            walker.skip_subtree()
            continue
        length = scores.text_length.get(element, 0)
        if length >= story_length * _WRAPPER_SHARE:
            continue
        if (
            _is_hidden(element)
            or tag in NON_STORY_TAGS
            or tag == "form"
            or (is_negative(element) and not _is_embedded_quote(element, scores))
            or (
                links
                and length
                and tag not in HEADING_TAGS
                and scores.link_density(element) > _MAX_LINK_DENSITY
            )
        ):
            skip.add(element)
            walker.skip_subtree()
