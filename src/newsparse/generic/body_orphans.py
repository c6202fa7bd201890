"""Headings and labels left alone once the block they head is skipped: a "References"
heading over a dropped list of notes, a table of contents' "Jump To" over its dropped links,
an infobox's field names over their dropped values, "関連記事" over a dropped list of links,
"In this article" over a dropped box of stock quotes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import lxml.html

from newsparse.generic.article_urls import leads_to_quote_page
from newsparse.generic.body_cues import RESOURCE_BOX_LABELS
from newsparse.generic.body_lines import SENTENCE_ENDS
from newsparse.generic.labels import normalise
from newsparse.generic.measure import subtree_text
from newsparse.tags import HEADING_TAGS, SUBHEADING_TAGS
from newsparse.tree_queries import is_descendant, previous_element

HtmlElement = lxml.html.HtmlElement

# Elements that may be a block's label besides headings, when short and unlinked.
_LABEL_TAGS = frozenset({"p", "div", "span", "strong", "b", "dt"})
# A label holds this many characters at most.
_MAX_LABEL_CHARS = 60
# Class words naming a line as a title or label, in the languages class names are written in
# ("<p class="enseignants-box__titre">", "<div class="box-titel">").
_TITLE_CLASS_WORDS: tuple[str, ...] = (
    "title", "heading", "header", "label", "titre", "titel", "titulo", "título", "titolo",
)  # fmt: skip
_TITLE_CLASS = re.compile("|".join(_TITLE_CLASS_WORDS), re.IGNORECASE)
# A box named for the heading it holds (MediaWiki's "mw-heading mw-heading2").
_HEADING_BOX = re.compile("heading|headline", re.IGNORECASE)
# The skipped element may open this many wrappers after the label.
_MAX_WRAPPERS = 3


def orphaned_labels(
    blocks: Sequence[HtmlElement], skipped: Collection[HtmlElement]
) -> list[HtmlElement]:
    """The subheadings and short labels right before a skipped element whose section, up to
    the next heading or the end of the story's block, holds nothing else that stays."""
    found: list[HtmlElement] = []
    for element in skipped:
        label = _label_before(element, blocks)
        if label is None or label in skipped or not _is_label(label):
            continue
        if label.tag in SUBHEADING_TAGS and _lists_quotes(element):
            # (the widget's label, whatever story text follows the widget: "<h2>In this
            # article</h2><div class="RelatedQuotes">...</div><p>...")
            found.append(label)
            continue
        if _HEADING_BOX.search(_parent_class(label)):
            continue  # (a heading's own box: what goes in it are its tools, "[edit]")
        block = next((b for b in blocks if is_descendant(label, b)), None)
        if block is None or _section_keeps_text(label, block, skipped):
            continue
        box = label.getparent()
        if box is not block and box is not None:
            if not _beside_kept_text(box, skipped):
                continue  # (a section of a page of sections, not a box set in the story's text)
            if next(box.iter("time"), None) is not None:
                continue  # (an entry's header, its time beside its title: no block's label)
        found.append(label)
    return found


def _lists_quotes(element: HtmlElement) -> bool:
    """Whether the element holds links and every one leads to a stock's quote page ("<a
    href="/quotes/NVDA">NVDA</a>"): a box of the quotes of the stocks a story names."""
    hrefs = [link.get("href") or "" for link in element.iter("a")]
    return bool(hrefs) and all(leads_to_quote_page(href) for href in hrefs)


def _parent_class(element: HtmlElement) -> str:
    parent = element.getparent()
    return (parent.get("class") or "") if parent is not None else ""


def _label_before(element: HtmlElement, blocks: Sequence[HtmlElement]) -> HtmlElement | None:
    """The element right before ``element``, or before the wrappers it opens ("<h2>References
    </h2><div class="mw-references-wrap"><ol class="references">")."""
    node = element
    for _ in range(_MAX_WRAPPERS):
        previous = previous_element(node)
        if previous is not None:
            return previous
        parent = node.getparent()
        if parent is None or any(parent is block for block in blocks):
            return None
        node = parent
    return None


def _is_label(element: HtmlElement) -> bool:
    """A subheading, or a short unlinked line that is no sentence."""
    tag = element.tag
    if tag not in SUBHEADING_TAGS and tag not in _LABEL_TAGS:
        return False
    text = " ".join(subtree_text(element).split())
    if not text or len(text) > _MAX_LABEL_CHARS:
        return False
    if tag in SUBHEADING_TAGS:
        return True
    # (a line classed as a title: "<p class="NA_article_link_title">", or naming the readers
    # a box of resources is for: "For teachers"; an unnamed short line before a skipped block
    # is as often the story's own: "Contributing: Jo Roe")
    return (
        next(element.iter(*HEADING_TAGS), None) is None  # (no wrapper of a heading)
        and next(element.iter("a"), None) is None
        and not text.endswith(SENTENCE_ENDS)
        and (
            _TITLE_CLASS.search(element.get("class") or "") is not None
            or normalise(text) in RESOURCE_BOX_LABELS
        )
    )


def _section_keeps_text(
    label: HtmlElement, block: HtmlElement, skipped: Collection[HtmlElement]
) -> bool:
    """Whether text that stays follows the label before the next heading (or the block's
    end): in its siblings and tails, then in those of its ancestors inside ``block``."""
    if (label.tail or "").strip():
        return True
    level = _level(label)
    node = label
    # (a label inside a box of its own, "<div class="toc"><h5>Jump To</h5><ul>", heads
    # that box alone: the story's text after the box is no part of its section)
    boxed = label.getparent() is not block
    while node is not block:
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in HEADING_TAGS and _level(sibling) <= level:
                return False  # (the next section; a lower heading's subsection is this one's)
            if _holds_kept_text(sibling, skipped):
                return True
            if (sibling.tail or "").strip():
                return True
        parent = node.getparent()
        if parent is None:
            return True
        if boxed:
            return False
        node = parent
    return False


def _beside_kept_text(box: HtmlElement, skipped: Collection[HtmlElement]) -> bool:
    """Whether a sibling of the box holds text that stays: a box set among paragraphs."""
    parent = box.getparent()
    return parent is not None and any(
        sibling is not box and isinstance(sibling.tag, str) and _holds_kept_text(sibling, skipped)
        for sibling in parent
    )


def _level(element: HtmlElement) -> int:
    """A heading's level (2 for <h2>); labels that are no heading rank below every heading."""
    return int(element.tag[1]) if element.tag in HEADING_TAGS else 7


def _holds_kept_text(element: HtmlElement, skipped: Collection[HtmlElement]) -> bool:
    """Whether text of the element stays: outside the skipped elements within it."""
    # (a stack, not recursion: a pile of thousands of unclosed tags nests that deep)
    pending = [element]
    while pending:
        current = pending.pop()
        if current in skipped:
            continue
        if (current.text or "").strip():
            return True
        for child in current:
            if (child.tail or "").strip():
                return True
            if isinstance(child.tag, str):
                pending.append(child)
    return False
