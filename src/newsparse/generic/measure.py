"""Measure a working tree in one bottom-up walk: text and link text of every element, the
kind of block its tag/class/role names, and the candidates for labels and inline paragraphs.

This is the first pass of the classification (see ``blocks.py``); it changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from newsparse.generic.classes import class_kind
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.tokens import TAG_KINDS
from newsparse.generic.labels import heading_kind

HtmlElement = lxml.html.HtmlElement

HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Elements never flagged for their own tag or class: the document, the main region, the
# headline.
NEVER_FLAGGED = frozenset({"html", "body", "head", "main", "h1"})
# Elements that may act as a block's label when their whole text is short.
_LABEL_TAGS = HEADING_TAGS | {"h1", "p", "div", "span", "strong", "b", "header", "dt", "em", "li"}
# Elements that may be an inline "Read more: <a>...</a>" paragraph.
_INLINE_TAGS = frozenset({"p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "span"})
_BLOCK_CHILD_TAGS = frozenset(
    {
        "p",
        "div",
        "ul",
        "ol",
        "li",
        "table",
        "section",
        "article",
        "figure",
        "blockquote",
        "form",
        "nav",
        "aside",
        "header",
        "footer",
    }
    | HEADING_TAGS
    | {"h1"}
)
_LANDMARK_TAGS = frozenset({"section", "aside", "div", "nav", "ul", "ol"})
# Inline elements: inside running text they are part of the sentence, whatever their class.
_INLINE_TEXT_TAGS = frozenset(
    {
        "a",
        "span",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "small",
        "abbr",
        "time",
        "mark",
        "sup",
        "sub",
        "cite",
        "q",
        "code",
        "font",
        "label",
    }
)
_INVISIBLE = frozenset(tag for tag, kind in TAG_KINDS.items() if kind is Kind.HIDDEN) | {"head"}

MAX_LABEL_CHARS = 80
MAX_INLINE_CHARS = 400
MAX_LINK_LABEL_CHARS = 20
# A paragraph of prose: this much text outside links...
MIN_PARAGRAPH_PROSE = 80
# ...and links make up less than this share of its text (also for the story's container).
STORY_MAX_LINK_SHARE = 0.3
# A block is the story's prose when it holds this much text outside links.
STORY_MIN_PROSE = 300


@dataclass(slots=True)
class Stats:
    """Character counts of one element's visible text."""

    text: int = 0  # visible characters
    linked: int = 0  # of which inside links
    prose: int = 0  # characters outside links and outside class-flagged descendants
    direct: int = 0  # characters outside links in the element's own text nodes

    @property
    def plain(self) -> int:
        return self.text - self.linked

    @property
    def link_share(self) -> float:
        return self.linked / self.text if self.text else 0.0

    def looks_like_story(self) -> bool:
        """Enough text outside links, and few links: the story or a big part of it."""
        return self.plain >= STORY_MIN_PROSE and self.link_share < STORY_MAX_LINK_SHARE


@dataclass
class Measurements:
    """What the first pass found; ``kinds`` grows in the later passes."""

    root: HtmlElement
    stats: dict[HtmlElement, Stats] = field(default_factory=dict)
    kinds: dict[HtmlElement, Kind] = field(default_factory=dict)
    labels: list[HtmlElement] = field(default_factory=list)  # short heading-like elements
    # very short texts inside links ("Ad", "Sponsored"): only ad labels count there
    link_labels: list[HtmlElement] = field(default_factory=list)
    inline: list[HtmlElement] = field(default_factory=list)  # short paragraphs with links
    order: list[HtmlElement] = field(default_factory=list)  # post-order: children first


def measure(root: HtmlElement) -> Measurements:
    """Walk ``root`` once (iteratively) and measure every element."""
    found = Measurements(root)
    stack: list[Stats] = []
    in_link = 0
    hidden = 0
    for event, node in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if tag == "a":
                in_link += 1
            if tag in _INVISIBLE:
                hidden += 1
            kind = _own_kind(node, tag)
            if kind is not None:
                found.kinds[node] = kind
            stats = Stats()
            if node.text and not hidden:
                _add_text(stats, node.text, in_link)
            stack.append(stats)
            continue
        stats = stack.pop()
        found.stats[node] = stats
        found.order.append(node)
        if tag == "a":
            in_link -= 1
        if tag in _INVISIBLE:
            hidden -= 1
        if tag == "p" and _is_prose_paragraph(found.kinds.get(node), stats):
            # <p class="paywall"> on every paragraph of a gated story: a paragraph of prose
            # is the story's, whatever its class says
            del found.kinds[node]
        if not in_link and stats.text:
            _note_candidate(found, node, tag, stats)
        elif in_link and 0 < stats.text <= MAX_LINK_LABEL_CHARS and tag in _LABEL_TAGS:
            found.link_labels.append(node)
        if not stack:
            continue
        parent = stack[-1]
        parent.text += stats.text
        parent.linked += stats.linked
        if node not in found.kinds:
            parent.prose += stats.prose
        if node.tail and not hidden:
            _add_text(parent, node.tail, in_link)
    return found


def _add_text(stats: Stats, text: str, in_link: int) -> None:
    size = len(text.strip())
    stats.text += size
    if in_link:
        stats.linked += size
    else:
        stats.prose += size
        stats.direct += size


def _is_prose_paragraph(kind: Kind | None, stats: Stats) -> bool:
    return (
        kind is not None
        and kind is not Kind.HIDDEN
        and stats.direct >= MIN_PARAGRAPH_PROSE
        and stats.link_share < STORY_MAX_LINK_SHARE
    )


def _own_kind(node: HtmlElement, tag: str) -> Kind | None:
    """The kind an element's tag, class/id/role or aria-label names."""
    if tag in NEVER_FLAGGED:
        return None
    tag_kind = TAG_KINDS.get(tag)
    if tag_kind is Kind.HIDDEN:
        return tag_kind
    kind = class_kind(node)
    if tag in _INLINE_TEXT_TAGS and kind is not Kind.HIDDEN:
        # a link or span inside running text is part of the sentence, whatever its class
        # says (<a data-component="auto-linked-tag">); the block around it decides
        return None
    if kind is Kind.READ_ALSO and tag == "p":
        return None  # <p class="read-more"><a>Continue reading</a></p> is a button
    if kind is None and tag in _LANDMARK_TAGS:
        # <section aria-label="Related stories">
        kind = heading_kind(node.get("aria-label") or "")
    return kind or tag_kind


def _note_candidate(found: Measurements, node: HtmlElement, tag: str, stats: Stats) -> None:
    if (
        tag in _LABEL_TAGS
        and stats.text <= MAX_LABEL_CHARS
        and (tag in HEADING_TAGS or tag == "h1" or not stats.linked)
        and not _has_block_child(node)
    ):
        found.labels.append(node)
    if (
        tag in _INLINE_TAGS
        and stats.linked
        and stats.text <= MAX_INLINE_CHARS
        and not _has_block_child(node)
    ):
        found.inline.append(node)


def _has_block_child(node: HtmlElement) -> bool:
    return any(child.tag in _BLOCK_CHILD_TAGS for child in node)
