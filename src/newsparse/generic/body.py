"""Find the story's text: pick the best-scoring container, add sibling blocks of the same story,
then prune what does not belong to it (link lists, boilerplate blocks, the headline, byline and
date at its head, short leftovers at its tail)."""

from __future__ import annotations

import re
from collections.abc import Collection

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    BOILERPLATE_LABELS,
    BYLINE_OPENERS,
    HEAD_METADATA_WORDS,
    HEADING_TAGS,
    MEDIA_CLASS_WORDS,
    MEDIA_TAGS,
    NEGATIVE_CLASS_WORDS,
    NON_STORY_TAGS,
    OVERLAY_CLASS_WORDS,
    SENTENCE_END_CHARACTERS,
)
from newsparse.generic.scoring import (
    INVISIBLE_TAG_SET,
    MIN_PROSE_LENGTH,
    NEGATIVE_TOKENS,
    Scores,
    Unit,
    effective_length,
    has_class_word,
    score_tree,
)
from newsparse.generic.text import paragraphs_of

HtmlElement = lxml.html.HtmlElement

_PRUNE_WORDS = (*NEGATIVE_CLASS_WORDS, *MEDIA_CLASS_WORDS, *OVERLAY_CLASS_WORDS)
_NEGATIVE_OR_MEDIA = re.compile("|".join(re.escape(word) for word in _PRUNE_WORDS))
_PRUNE_TOKENS = NEGATIVE_TOKENS | frozenset(_PRUNE_WORDS)
_HEAD_METADATA = re.compile("|".join(re.escape(word) for word in HEAD_METADATA_WORDS))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_PUNCTUATION = re.compile(r"[\W_]+")
_SENTENCE_ENDS = tuple(SENTENCE_END_CHARACTERS)
_DIGIT = re.compile(r"\d")
_BYLINE_LENGTH = 80

# A sibling joins the story when its score reaches this share of the best candidate's.
_SIBLING_SHARE = 0.2
_SIBLING_MIN_SCORE = 10.0
# Blocks whose text is mostly link text are navigation, teasers or tag lists.
_MAX_LINK_DENSITY = 0.75
# A parent replaces the chosen block when at least this share of the text it adds is prose.
_CLIMB_PROSE_SHARE = 0.5
_CLIMB_LEVELS = 5
# ... and links no more than this share (teaser lists: a linked title over each summary).
_CLIMB_MAX_LINK_DENSITY = 0.2
_PAGE_TAGS = frozenset({"body", "html"})
_MAX_QUOTE_LINK_DENSITY = 0.5
_QUOTE_SHARE = 0.6
# A boilerplate-named block is kept when it holds this share of the story's text (a wrapper).
_WRAPPER_SHARE = 0.6
# Text at the head or tail of the story shorter than this may be metadata or leftovers.
_SHORT = 120
# A paragraph long enough to anchor the story's start and end.
_ANCHOR_LENGTH = 80
_ANCHOR_WORDS = 6


def body_paragraphs(root: HtmlElement, titles: Collection[str] = ()) -> list[str]:
    """Paragraphs of the story under ``root``.

    ``root`` is only read: blocks judged not to belong to the story are collected in a skip
    set that rendering steps over, so the page's own tree can be used without a copy.
    ``titles`` are the page's headline candidates (og:title, <title>...), used to drop the
    headline when it is repeated at the head of the story.
    """
    scores = score_tree(root)
    top = scores.best_candidate()
    skip: set[HtmlElement] = set()
    if top is None:
        # no paragraph reads as prose (a very short page): take the page's visible text,
        # without its boilerplate blocks but with its links (there is nothing else)
        page_body = root.find("body")
        blocks = [root if page_body is None else page_body]
        _prune(blocks[0], scores, scores.text_length.get(blocks[0], 0), skip, links=False)
    else:
        blocks = _story_blocks(_climb(top, scores), scores)
        total = sum(scores.text_length.get(block, 0) for block in blocks)
        for block in blocks:
            _prune(block, scores, total, skip)
        skip.update(_edge_leftovers(blocks, scores, titles, skip))
    paragraphs: list[str] = []
    for block in blocks:
        paragraphs.extend(paragraphs_of(block, skip))
    return _trim_paragraphs(paragraphs, titles)


def _trim_paragraphs(paragraphs: list[str], titles: Collection[str]) -> list[str]:
    """The same head and label rules on the rendered text, for what one block held as
    several paragraphs (``<br>`` layouts): a headline, byline or date line before the first
    real paragraph, and label lines anywhere."""
    kept: list[str] = []
    in_head = any(_reads_as_prose(paragraph) for paragraph in paragraphs)
    for paragraph in paragraphs:
        if _normal(paragraph) in BOILERPLATE_LABELS:
            continue
        if in_head:
            if _reads_as_prose(paragraph):
                in_head = False
            elif _is_title_text(paragraph, titles) or _is_metadata_line(paragraph):
                continue
        kept.append(paragraph)
    return kept


def _reads_as_prose(text: str) -> bool:
    length = effective_length(text)
    return length >= _ANCHOR_LENGTH and (length > len(text) or len(text.split()) >= _ANCHOR_WORDS)


def _is_metadata_line(text: str) -> bool:
    if len(text) >= _SHORT or text.endswith(_SENTENCE_ENDS):
        return _is_byline(text)
    return _is_byline(text) or bool(_DIGIT.search(text))


# -- choosing the blocks --------------------------------------------------------------------


def _climb(top: HtmlElement, scores: Scores) -> HtmlElement:
    """The highest of the best block's near ancestors whose extra text is mostly more of the
    story: stories split over sibling wrappers (one per paragraph or group) are common."""
    prose = scores.prose_length
    text = scores.text_length
    links = scores.link_length
    chosen = ancestor = top
    for _ in range(_CLIMB_LEVELS):
        parent = ancestor.getparent()
        if parent is None or parent.tag in _PAGE_TAGS:
            break
        ancestor = parent
        added_prose = prose.get(ancestor, 0) - prose.get(top, 0)
        added_text = text.get(ancestor, 0) - text.get(top, 0)
        added_links = links.get(ancestor, 0) - links.get(top, 0)
        if (
            added_prose > 0
            and added_prose >= added_text * _CLIMB_PROSE_SHARE
            and added_links <= added_text * _CLIMB_MAX_LINK_DENSITY
        ):
            chosen = ancestor
    return chosen


def _story_blocks(top: HtmlElement, scores: Scores) -> list[HtmlElement]:
    """The best candidate and the siblings that continue its story, in page order."""
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(_SIBLING_MIN_SCORE, scores.candidate_score(top) * _SIBLING_SHARE)
    top_class = top.get("class")
    blocks: list[HtmlElement] = []
    for sibling in parent:
        if sibling is top:
            blocks.append(sibling)
            continue
        if not isinstance(sibling.tag, str) or sibling.tag in NON_STORY_TAGS:
            continue
        score = scores.candidate_score(sibling)
        if top_class and sibling.get("class") == top_class:
            score += scores.candidate_score(top) * 0.2
        if score >= threshold or _is_story_paragraph(sibling, scores):
            blocks.append(sibling)
    return blocks


def _is_story_paragraph(element: HtmlElement, scores: Scores) -> bool:
    """A sibling of the story's block that is itself a paragraph of it (a lede, a standfirst,
    a paragraph between two wrappers)."""
    unit = scores.unit_of.get(element)
    if unit is None or unit.encloses_units or unit.is_heading or _is_negative(element):
        return False
    if unit.length >= _ANCHOR_LENGTH:
        return unit.link_density < 0.25
    return (
        element.tag == "p"
        and unit.link_length == 0
        and unit.length >= MIN_PROSE_LENGTH
        and unit.text.endswith(_SENTENCE_ENDS)
    )


# -- pruning inside the blocks --------------------------------------------------------------


def _is_negative(element: HtmlElement) -> bool:
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


def _prune(
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
            or (_is_negative(element) and not _is_embedded_quote(element, scores))
            or (
                links
                and length
                and tag not in HEADING_TAGS
                and scores.link_density(element) > _MAX_LINK_DENSITY
            )
        ):
            skip.add(element)
            walker.skip_subtree()


# -- head and tail --------------------------------------------------------------------------


def _normal(text: str) -> str:
    return _PUNCTUATION.sub(" ", text).casefold().strip()


def _is_title(unit: Unit, titles: Collection[str]) -> bool:
    return _is_title_text(unit.text, titles)


def _is_title_text(raw: str, titles: Collection[str]) -> bool:
    text = _normal(raw)
    if not text:
        return False
    for title in titles:
        normal = _normal(title)
        if normal and (text == normal or (len(text) > 0.5 * len(normal) and text in normal)):
            return True
    return False


def _looks_like_metadata(unit: Unit, blocks: list[HtmlElement], scores: Scores) -> bool:
    """A short unit at the story's head that reads as a byline, date or label."""
    if unit.length >= _SHORT:
        return False
    element = unit.element
    if element.find(".//time") is not None:
        return True
    for ancestor in (element, *scores.ancestors(element)):
        raw = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
        if raw.strip() and _HEAD_METADATA.search(raw):
            return True
        if any(ancestor is block for block in blocks):
            break
    text = unit.text
    if _is_byline(text):
        return True
    if unit.is_heading or text.endswith(_SENTENCE_ENDS):
        return False
    # not a sentence: a date line, or a caption under a picture
    return bool(_DIGIT.search(text)) or _follows_image(element, scores)


def _follows_image(element: HtmlElement, scores: Scores) -> bool:
    """True when the element comes right after a block holding only a picture."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None or scores.text_length.get(previous, 0):
        return False
    return previous.tag == "img" or previous.find(".//img") is not None


def _is_byline(text: str) -> bool:
    """ "By Jane Doe", "Por Ana Ruiz, enviada especial": an opener, then a capitalised name."""
    if len(text) > _BYLINE_LENGTH:
        return False
    words = text.split()
    for count in (1, 2):
        opener = " ".join(words[:count]).casefold().rstrip(":")
        if opener in BYLINE_OPENERS and len(words) > count and words[count][:1].isupper():
            return True
    return False


def _is_anchor(unit: Unit) -> bool:
    """A real paragraph: long, few links, not a heading, and made of words (not a URL)."""
    return (
        unit.length >= _ANCHOR_LENGTH
        and unit.link_density < 0.3
        and unit.element.tag not in HEADING_TAGS
        and (unit.length > len(unit.text) or len(unit.text.split()) >= _ANCHOR_WORDS)
    )


def _story_units(blocks: list[HtmlElement], scores: Scores, skip: set[HtmlElement]) -> list[Unit]:
    """The units left in the story blocks, in page order, with the block holding each."""
    unit_of = scores.unit_of
    units: list[Unit] = []
    for block in blocks:
        walker = lxml.etree.iterwalk(block, events=("start",))
        for _event, element in walker:
            if element in skip:
                walker.skip_subtree()
                continue
            unit = unit_of.get(element)
            if unit is not None:
                units.append(unit)
    return units


def _edge_leftovers(
    blocks: list[HtmlElement], scores: Scores, titles: Collection[str], skip: set[HtmlElement]
) -> list[HtmlElement]:
    """Elements to skip at the story's edges and in between: before its first real paragraph,
    the headline, byline and date; after its last, short link and heading lines; anywhere,
    lines that are just a boilerplate label ("Advertisement")."""
    units = _story_units(blocks, scores, skip)
    anchors = [index for index, unit in enumerate(units) if _is_anchor(unit)]
    if not anchors:
        return []
    first, last = anchors[0], anchors[-1]
    dropped: list[HtmlElement] = []
    for index, unit in enumerate(units):
        if unit.encloses_units:
            if index < first:
                dropped.extend(_metadata_children(unit.element, scores))
            continue  # dropping it would drop the paragraphs inside it
        if _normal(unit.text) in BOILERPLATE_LABELS:
            dropped.append(unit.element)
        elif index < first:
            if (
                unit.element.tag == "h1"
                or _is_title(unit, titles)
                or _looks_like_metadata(unit, blocks, scores)
            ):
                dropped.append(unit.element)
        elif index > last and (
            unit.element.tag in HEADING_TAGS or (unit.length < _SHORT and unit.link_length > 0)
        ):
            dropped.append(unit.element)
    return dropped


def _metadata_children(element: HtmlElement, scores: Scores) -> list[HtmlElement]:
    """Inline children of a head block that hold its date or byline (``<time>``, a
    ``timestamp`` or ``byline`` class)."""
    found: list[HtmlElement] = []
    for child in element.iterchildren("*"):
        if (
            child in scores.unit_of
            or child.tag in HEADING_TAGS
            or len(child.text_content()) >= _SHORT  # a wrapper, not a date line
        ):
            continue
        if child.tag == "time" or child.find(".//time") is not None:
            found.append(child)
            continue
        raw = f"{child.get('class') or ''} {child.get('id') or ''}".lower()
        if raw.strip() and _HEAD_METADATA.search(raw):
            found.append(child)
    return found
