"""Photo galleries whose captions carry the story: "Photos: scenes from the county fair", a
slideshow of a dozen pictures under a one-line introduction.

The body stage drops captions (on a story page they are furniture beside the prose), so on
such a page it finds little or nothing. When the story it found is short and the page holds
a run of captioned pictures of one make whose captions say more, the captions are the story.
"""

from __future__ import annotations

import re

import attrs
import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    BLOCK_CONTAINER_TAGS,
    BRACKETED_PHOTO_CREDIT,
    CAPTION_EXTRA_PARTS,
    PARAGRAPH_TAGS,
    PICTURE_TAGS,
    SCREEN_READER_CLASS_WORDS,
)
from newsparse.generic.classes import token_parts
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.metadata.byline_words import PHOTO_CREDIT_WORDS
from newsparse.generic.metadata.patterns import longest_first
from newsparse.generic.scoring import class_words_pattern
from newsparse.generic.visibility import is_hidden
from newsparse.page import collapse_whitespace
from newsparse.tree_queries import has_ancestor_in

HtmlElement = lxml.html.HtmlElement

# A story this long is a story: its page's captions stay furniture.
MAX_STORY_CHARS = 1000
# A gallery shows at least this many captioned pictures of one make...
MIN_SLIDES = 3
# ...each caption at least this long (a sentence, not "Photo: Jane Doe")...
MIN_CAPTION_CHARS = 40
# ...and looked for this many levels above the caption for its picture.
MAX_SLIDE_LEVELS = 4
# An introduction's paragraph is prose: less than this share of it linked.
_MAX_LINK_SHARE = 0.3
# A caption's blocks are paragraphs of their own: a slide's title heading over its text.
_CAPTION_BLOCK_TAGS = PARAGRAPH_TAGS | BLOCK_CONTAINER_TAGS
# (a caption's markup is shallow: deeper elements are left unread)
_MAX_DEPTH = 12
# A photo credit written into the caption's own text after a dash or in brackets ("...
# cất hàng - Ảnh: CHÍ QUỐC", "(Photo: Jane Doe)"): a short name closing it.
_CLOSING_CREDIT = re.compile(
    rf"\s*(?:[-–—|/]\s*|\()(?:{longest_first(PHOTO_CREDIT_WORDS)})\s*[:：]\s*[^!?:()]{{1,60}}\)?\s*$",
    re.I,
)
# An agency's credit in brackets closing the caption ("... Sunday, May 10, 2025. (AP
# Photo/Jane Doe)", "(Reuters/Jane Doe)").
_CLOSING_AGENCY_CREDIT = re.compile(r"\s*" + BRACKETED_PHOTO_CREDIT)
# A caption's label for screen readers only ("<span class="...-VisuallyHidden">Image caption,
# </span>"): no words readers see.
_SCREEN_READER_ONLY = class_words_pattern(SCREEN_READER_CLASS_WORDS)
# Kinds of block whose captions are other stories' or readers' (a related story's card).
_FOREIGN_KINDS = frozenset(
    {Kind.RELATED, Kind.READ_ALSO, Kind.POPULAR, Kind.COMMENTS, Kind.AD, Kind.NAV}
)
# (a slide's text may be its "description": "gallery-slide__description"; the words' first
# letters left out, "Caption" and "caption" alike are found without a translation)
_CAPTIONS = lxml.etree.XPath(
    "//body//figcaption | //body//*[contains(@class, 'aption') or contains(@class, 'APTION')"
    " or contains(@class, 'escription')]"
)


@attrs.frozen
class Gallery:
    """A page's gallery: its slides' captions in page order, each its paragraphs, and its
    first slide."""

    slides: list[tuple[str, ...]]
    first_slide: HtmlElement

    @property
    def captions(self) -> list[str]:
        """The paragraphs of all the slides' captions, in page order."""
        return [paragraph for slide in self.slides for paragraph in slide]


def find_gallery(root: HtmlElement, kinds: dict[HtmlElement, Kind]) -> Gallery | None:
    """The page's gallery, when it has one: at least ``MIN_SLIDES`` pictures of one make
    (same tag and class) each captioned by a sentence or more, outside related, comment and
    ad blocks (``kinds``, the classification's)."""
    by_make: dict[tuple[str, str | None], Gallery] = {}
    taken: set[HtmlElement] = set()
    showing = _showing_pictures(root)
    for caption in _CAPTIONS(root):
        if has_ancestor_in(caption, taken):
            continue  # (the caption's own text paragraph, inside the caption taken)
        slide = _slide_of(caption, showing)
        if slide is None or _in_foreign_block(caption, kinds):
            continue
        paragraphs = _caption_paragraphs(caption)
        if sum(map(len, paragraphs)) < MIN_CAPTION_CHARS:
            continue
        taken.add(caption)
        make = (str(slide.tag), slide.get("class"))
        gallery = by_make.setdefault(make, Gallery([], slide))
        if paragraphs not in gallery.slides:
            gallery.slides.append(paragraphs)
    runs = [gallery for gallery in by_make.values() if len(gallery.slides) >= MIN_SLIDES]
    return max(runs, key=lambda gallery: sum(map(len, gallery.captions)), default=None)


def gallery_intro(root: HtmlElement, gallery: Gallery) -> list[str]:
    """The paragraphs between the page's headline and its gallery's first slide (the
    gallery's introduction), when the body stage found no story."""
    headline = next(root.iter("h1"), None)
    if headline is None:
        return []
    intro: list[str] = []
    started = False
    for element in root.iter(lxml.etree.Element):
        if element is gallery.first_slide:
            break
        if element is headline:
            started = True
        elif started and element.tag == "p":
            text = collapse_whitespace(element.text_content())
            linked = sum(len(link.text_content()) for link in element.iter("a"))
            if len(text) >= MIN_CAPTION_CHARS and linked < _MAX_LINK_SHARE * len(text):
                intro.append(text)
    return intro


def _showing_pictures(root: HtmlElement) -> set[HtmlElement]:
    """The elements that hold a picture within ``MAX_SLIDE_LEVELS`` levels above it (one
    walk up from each picture: a caption then looks its slide up in this set)."""
    showing: set[HtmlElement] = set()
    for picture in root.iter(*PICTURE_TAGS):
        for level, ancestor in enumerate(picture.iterancestors()):
            if level >= MAX_SLIDE_LEVELS:
                break
            showing.add(ancestor)
    return showing


def _slide_of(caption: HtmlElement, showing: set[HtmlElement]) -> HtmlElement | None:
    """The nearest ancestor of a caption that shows a picture: its slide."""
    for level, ancestor in enumerate(caption.iterancestors()):
        if level >= MAX_SLIDE_LEVELS:
            return None
        if ancestor in showing:
            return ancestor
    return None


def _in_foreign_block(element: HtmlElement, kinds: dict[HtmlElement, Kind]) -> bool:
    return any(kinds.get(ancestor) in _FOREIGN_KINDS for ancestor in element.iterancestors())


def _caption_paragraphs(caption: HtmlElement) -> tuple[str, ...]:
    """The caption's paragraphs (a slide's title heading over its text is two) without its
    photo credit, counter or share links."""
    runs: list[list[str]] = [[]]
    _collect_words(caption, 0, runs)
    texts = (_without_credit(collapse_whitespace(" ".join(run))) for run in runs)
    return tuple(text for text in texts if text)


def _collect_words(element: HtmlElement, depth: int, runs: list[list[str]]) -> None:
    """Add the element's words to the last run of ``runs``, each block of it a run of its
    own."""
    runs[-1].append(element.text or "")
    for child in element:
        if isinstance(child.tag, str) and depth < _MAX_DEPTH and not _is_unread(child):
            is_block = child.tag in _CAPTION_BLOCK_TAGS
            if is_block:
                runs.append([])
            _collect_words(child, depth + 1, runs)
            if is_block:
                runs.append([])
        runs[-1].append(child.tail or "")


def _without_credit(text: str) -> str:
    """A caption's paragraph without the photo credit written into its close."""
    return _CLOSING_AGENCY_CREDIT.sub("", _CLOSING_CREDIT.sub("", text))


def _is_unread(element: HtmlElement) -> bool:
    """A part of a caption readers do not read as its words: hidden from them, for screen
    readers only, or one of its extras."""
    return is_hidden(element) or _is_screen_reader_only(element) or _is_extra(element)


def _is_screen_reader_only(element: HtmlElement) -> bool:
    """Text classed for screen readers only (the same class words the body prunes)."""
    value = element.get("class")
    return value is not None and _SCREEN_READER_ONLY.search(value.lower()) is not None


def _is_extra(element: HtmlElement) -> bool:
    """A credit, counter, share link or other part of a caption that is not its words."""
    value = element.get("class")
    if not value:
        return False
    return any(not CAPTION_EXTRA_PARTS.isdisjoint(token_parts(token)) for token in value.split())
