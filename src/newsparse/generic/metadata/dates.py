"""Publication and modification dates from structured data and meta tags."""

from __future__ import annotations

from datetime import datetime

from dateutil import parser as dateparser

from newsparse.page import Page

_ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "WebPage")


def parse_date(value: object) -> datetime | None:
    """A datetime from an ISO 8601 or free-form date string; None if unreadable."""
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    try:
        return dateparser.parse(value.strip())
    except (ValueError, OverflowError, TypeError):
        return None


def _first(page: Page, json_key: str, meta_names: tuple[str, ...]) -> datetime | None:
    for obj in page.json_ld_of_type(*_ARTICLE_TYPES):
        found = parse_date(obj.get(json_key))
        if found:
            return found
    for name in meta_names:
        found = parse_date(page.meta(name))
        if found:
            return found
    return None


def find_published(page: Page) -> datetime | None:
    found = _first(
        page, "datePublished", ("article:published_time", "datePublished", "pubdate", "date")
    )
    if found:
        return found
    for time in page.select("time[datetime]"):
        found = parse_date(time.get("datetime"))
        if found:
            return found
    return None


def find_modified(page: Page) -> datetime | None:
    return _first(
        page, "dateModified", ("article:modified_time", "og:updated_time", "dateModified")
    )
