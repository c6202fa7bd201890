"""The story's text as the page's JSON-LD states it (``articleBody``), for pages whose HTML
does not hold it: a page rendered by scripts, where the markup is a shell around a teaser.

The HTML stays the source whenever it holds the story: ``articleBody`` is often cut short
("...") or carries captions and credits of its own. It replaces the HTML's text only when it is
long and the HTML's is a small fraction of it, or the HTML's is its opening, cut at a paywall.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from newsparse.generic.metadata.structured import article_object
from newsparse.generic.text import paragraph_key, paragraphs_of
from newsparse.page import Page

# articleBody is used when it holds at least this many characters...
MIN_STRUCTURED_CHARS = 500
# ...and the text found in the HTML is less than this share of it, or less than this share
# when the HTML's paragraphs are its opening ones (a teaser cut where the paywall starts).
MAX_HTML_SHARE = 0.25
MAX_TEASER_SHARE = 0.5

_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|ul|li|span|a|em|strong|b|i)\b", re.I)
_LINE_BREAKS = re.compile(r"\s*\n\s*")
_SPACES = re.compile(r"[^\S\n]+")


def structured_paragraphs(page: Page) -> list[str]:
    """The paragraphs of the article's JSON-LD ``articleBody`` (markup in it rendered as the
    HTML would be); [] when the page states none."""
    article = article_object(page)
    value = article.get("articleBody") if article is not None else None
    if not isinstance(value, str) or not value.strip():
        return []
    if _MARKUP.search(value):
        try:
            fragment = lxml.html.fragment_fromstring(value, create_parent="div")
        except (lxml.etree.LxmlError, ValueError):
            return []
        return paragraphs_of(fragment)
    lines = _LINE_BREAKS.split(value.strip())
    return [text for text in (_SPACES.sub(" ", line).strip() for line in lines) if text]


def prefer_structured(html_paragraphs: list[str], page: Page) -> list[str]:
    """The HTML's paragraphs, or the JSON-LD's when those are long and the HTML's are a small
    fraction of them (the HTML carries a teaser or an empty shell), or when the HTML's are
    their opening paragraphs and less than half of them (a metered page's teaser)."""
    structured = structured_paragraphs(page)
    stated = sum(map(len, structured))
    if stated < MIN_STRUCTURED_CHARS:
        return html_paragraphs
    found = sum(map(len, html_paragraphs))
    if found < stated * MAX_HTML_SHARE:
        return structured
    if found < stated * MAX_TEASER_SHARE and _opens(structured, html_paragraphs):
        return structured
    return html_paragraphs


def _opens(paragraphs: list[str], opening: list[str]) -> bool:
    """Whether ``opening`` is the first paragraphs of ``paragraphs`` (spacing aside)."""
    if not opening or len(opening) >= len(paragraphs):
        return False
    return all(
        paragraph_key(first) == paragraph_key(second)
        for first, second in zip(opening, paragraphs[: len(opening)], strict=True)
    )
