"""The parts of an article a page declares as paywalled, read as the article's own text.

A publisher that shows subscribers the whole story in the HTML marks the paid part for
search engines in its JSON-LD: ``"hasPart": {"@type": "WebPageElement",
"isAccessibleForFree": false, "cssSelector": ".paywall"}``. The elements that selector
picks hold the story, yet their class ("paywall") reads as a paywall's box. They lose the
class names the selector gives, so that nothing downstream takes the story for its paywall.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import lxml.html

from newsparse.generic.cues.scripts import CJK_CHARACTER
from newsparse.jsonld import JsonObject

HtmlElement = lxml.html.HtmlElement

# The class names a selector names (".paywall", "section.article-locked .text").
_CLASS_NAMES = re.compile(r"\.(-?[_a-zA-Z][-\w]*)")
# A page declares at most this many parts (more is noise, not markup).
_MAX_PARTS = 20
# A declared part holds the story when it holds this many paragraphs of this many characters.
_MIN_PARAGRAPHS = 2
_MIN_PARAGRAPH = 80
_MIN_CJK_PARAGRAPH = 30


def declared_paid_parts(objects: Iterable[JsonObject]) -> Iterator[str]:
    """The CSS selectors of the parts the JSON-LD ``objects`` declare as not free."""
    count = 0
    for obj in objects:
        for part in _as_list(obj.get("hasPart")):
            if count >= _MAX_PARTS:
                return
            if not isinstance(part, dict) or _is_free(part.get("isAccessibleForFree")):
                continue
            selector = part.get("cssSelector")
            if isinstance(selector, str) and selector.strip():
                count += 1
                yield selector.strip()


def unmark(elements: Iterable[HtmlElement], selector: str) -> bool:
    """Take off ``elements`` (those ``selector`` picks) the class names the selector gives,
    when together they hold the story's text; whether any element changed. (A page served
    without the paid text may leave the selector picking the box that offers a subscription:
    no paragraphs of a story there.)"""
    names = set(_CLASS_NAMES.findall(selector))
    picked = list(elements) if names else []
    if not _hold_paragraphs(picked):
        return False
    changed = False
    for element in picked:
        classes = (element.get("class") or "").split()
        kept = [name for name in classes if name not in names]
        if len(kept) != len(classes):
            element.set("class", " ".join(kept))
            changed = True
    return changed


def _hold_paragraphs(elements: list[HtmlElement]) -> bool:
    """Whether the elements hold a story's paragraphs: two of some length at least (fewer
    characters in scripts that write a word in one or two), or one that continues the story's
    paragraphs right before the part (a short paid rest: "<p>...</p><div class="paywall">
    <p>...</p></div>")."""
    found = 0
    for element in elements:
        for paragraph in element.iter("p"):
            if _is_paragraph(paragraph):
                found += 1
                if found >= _MIN_PARAGRAPHS:
                    return True
    if found != 1 or len(elements) != 1:
        return False
    before = elements[0].getprevious()
    return before is not None and before.tag == "p" and _is_paragraph(before)


def _is_paragraph(paragraph: HtmlElement) -> bool:
    """Whether the ``<p>`` is of a story paragraph's length."""
    text = paragraph.text_content().strip()
    return len(text) >= _MIN_PARAGRAPH or (
        len(text) >= _MIN_CJK_PARAGRAPH and CJK_CHARACTER.search(text) is not None
    )


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _is_free(value: Any) -> bool:
    """``isAccessibleForFree`` as written: false, "False", "false" say not free."""
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "no", "0")
    return value is None or bool(value)
