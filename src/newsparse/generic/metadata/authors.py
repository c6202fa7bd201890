"""Authors from JSON-LD, meta tags and rel=author links."""

from __future__ import annotations

from typing import Any

from newsparse.page import Page, collapse_whitespace, text_of

_ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle")


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def find_authors(page: Page) -> tuple[str, ...]:
    names: list[str] = []
    for obj in page.json_ld_of_type(*_ARTICLE_TYPES):
        names.extend(_names(obj.get("author")))
        if names:
            break
    if not names:
        meta = page.meta("author", "article:author", "byl")
        if meta and not meta.startswith("http"):
            names.append(meta)
    if not names:
        names.extend(text_of(a) for a in page.select("a[rel~=author]"))
    cleaned: list[str] = []
    for name in names:
        name = collapse_whitespace(name)
        if name.lower().startswith("by "):
            name = name[3:].strip()
        if name and name not in cleaned:
            cleaned.append(name)
    return tuple(cleaned)
