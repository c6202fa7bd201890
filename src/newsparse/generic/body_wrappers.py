"""Telling a wrapper of the story from a large block beside it.

A block inside the story's container that holds most of its text is normally a wrapper of the
story, whatever its name says (``<div class="paywall">`` around a gated story). But a container
can also hold, beside a story of its own, a block larger than the story: a slideshow of
captions, a long list of linked names. Such a block is no wrapper when the container has real
prose outside it and the block is a media block or mostly links.
"""

from __future__ import annotations

import re

import lxml.html

from newsparse.generic.body_cues import MEDIA_CLASS_TOKENS, MEDIA_CLASS_WORDS, MEDIA_TAGS
from newsparse.generic.scoring import Scores, has_class_word

HtmlElement = lxml.html.HtmlElement

# Any of the media words inside a lowercased class value ("article-caption", "gallery__item").
MEDIA_WORDS = re.compile("|".join(re.escape(word) for word in MEDIA_CLASS_WORDS))
_MEDIA_TOKENS = frozenset(MEDIA_CLASS_WORDS) | MEDIA_CLASS_TOKENS
# Clean prose (effective characters) outside a block that makes the container a story of its
# own: a few paragraphs, more than a lede or a standfirst.
_OWN_PROSE = 800
# A wrapper of the story is mostly unlinked text; a block mostly of links is a list of them.
_MAX_WRAPPER_LINK_DENSITY = 0.5


def _is_media(element: HtmlElement) -> bool:
    return element.tag in MEDIA_TAGS or has_class_word(element, MEDIA_WORDS, _MEDIA_TOKENS)


def is_beside_story(element: HtmlElement, container: HtmlElement, scores: Scores) -> bool:
    """True when ``element``, a block of ``container`` holding most of its text, sits beside
    the story rather than wrapping it."""
    prose = scores.prose_length
    if prose.get(container, 0) - prose.get(element, 0) < _OWN_PROSE:
        return False
    if _is_media(element):
        return True
    return scores.link_density(element) > _MAX_WRAPPER_LINK_DENSITY
