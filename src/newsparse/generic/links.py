"""Turn anchor elements into :class:`~newsparse.Link` values: absolute, http(s), deduplicated."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urldefrag

import lxml.html

from newsparse.model import Link
from newsparse.page import Page, collapse_whitespace, text_of

HtmlElement = lxml.html.HtmlElement

# Link texts that say nothing about the target; a better title is looked for instead.
GENERIC_LINK_TEXTS: frozenset[str] = frozenset(
    {
        "read more",
        "more",
        "continue reading",
        "read the full story",
        "full story",
        "click here",
        "here",
        "»",
        "→",
        "weiterlesen",
        "lire la suite",
        "leer más",
        "leia mais",
        "continua a leggere",
        "lees meer",
        "czytaj więcej",
        "читать далее",
        "阅读更多",
        "続きを読む",
        "더보기",
    }
)


def _normalise(url: str) -> str:
    return urldefrag(url)[0].rstrip("/")


def anchors_in(elements: Iterable[HtmlElement]) -> list[HtmlElement]:
    """Every ``<a href>`` that is, or is inside, one of the elements, in document order."""
    anchors: list[HtmlElement] = []
    for element in elements:
        if element.tag == "a":
            anchors.append(element)
        else:
            anchors.extend(a for a in element.iter("a") if a.get("href"))
    return anchors


def anchor_title(anchor: HtmlElement) -> str | None:
    """The visible title of a link: its text, else its title attribute, else an image's alt."""
    text = text_of(anchor)
    if text and text.casefold().strip(" .…:>»") not in GENERIC_LINK_TEXTS:
        return text
    title = collapse_whitespace(anchor.get("title") or "")
    if title:
        return title
    for image in anchor.iter("img"):
        alt = collapse_whitespace(image.get("alt") or "")
        if alt:
            return alt
    return text or None


def links_from_anchors(page: Page, anchors: Iterable[HtmlElement]) -> tuple[Link, ...]:
    """Links for the anchors: resolved, http(s) only, no duplicates, never the page itself.

    When several anchors point at one URL (an image link and a title link of one teaser),
    the first useful title wins.
    """
    own = {_normalise(u) for u in (page.url, page.base_url, page.canonical_hint) if u}
    order: list[str] = []
    titles: dict[str, str | None] = {}
    urls: dict[str, str] = {}
    for anchor in anchors:
        url = page.absolute_url(anchor.get("href"), fallback_base=page.canonical_hint)
        if not url:
            continue
        key = _normalise(url)
        if key in own:
            continue
        title = anchor_title(anchor)
        if key not in urls:
            order.append(key)
            urls[key] = urldefrag(url)[0]
            titles[key] = title
        elif not titles[key] and title:
            titles[key] = title
    return tuple(Link(url=urls[key], title=titles[key]) for key in order)
