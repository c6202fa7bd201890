"""The article's headline: JSON-LD, OpenGraph, the h1 and <title>, chosen by agreement."""

from __future__ import annotations

import re

from newsparse.page import Page, collapse_whitespace, text_of

_ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "WebPage")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+")


def _strip_site_name(title: str) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    return max(parts, key=len)


def find_headline(page: Page) -> str | None:
    """The best headline candidate, or None."""
    for obj in page.json_ld_of_type(*_ARTICLE_TYPES):
        value = obj.get("headline") or obj.get("name")
        if isinstance(value, str) and collapse_whitespace(value):
            return collapse_whitespace(value)
    og = page.meta("og:title", "twitter:title")
    if og:
        return og
    for h1 in page.select("h1"):
        text = text_of(h1)
        if text:
            return text
    title = page.select_one("title")
    if title is not None:
        text = text_of(title)
        if text:
            return _strip_site_name(text)
    return None
