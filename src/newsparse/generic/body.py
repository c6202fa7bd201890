"""Find the element that holds the story's text (content scoring on a cleaned tree)."""

from __future__ import annotations

import lxml.html

from newsparse.generic.text import paragraphs_of

HtmlElement = lxml.html.HtmlElement

_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "td", "li", "h2", "h3"})
_MIN_PARAGRAPH = 25


def _link_density(element: HtmlElement, text_length: int) -> float:
    if not text_length:
        return 1.0
    linked = sum(len(a.text_content()) for a in element.iter("a"))
    return min(1.0, linked / text_length)


def find_main_content(root: HtmlElement) -> HtmlElement | None:
    """The element whose paragraphs score highest, or None when nothing looks like prose."""
    scores: dict[HtmlElement, float] = {}
    for element in root.iter(*_PARAGRAPH_TAGS):
        text = element.text_content().strip()
        if len(text) < _MIN_PARAGRAPH:
            continue
        score = 1.0 + text.count(",") + text.count("，") + min(len(text) / 100.0, 3.0)
        parent = element.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + score / 2
    best: HtmlElement | None = None
    best_score = 0.0
    for element, score in scores.items():
        adjusted = score * (1.0 - _link_density(element, len(element.text_content())))
        if adjusted > best_score:
            best, best_score = element, adjusted
    return best


def body_paragraphs(root: HtmlElement) -> list[str]:
    """Paragraphs of the main content under ``root`` (an already cleaned working copy)."""
    content = find_main_content(root)
    if content is None:
        return []
    return paragraphs_of(content)
