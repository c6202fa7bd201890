"""Simple metadata fields: description, image, site name, language, tags, canonical URL."""

from __future__ import annotations

from newsparse.page import Page

_ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle")


def find_description(page: Page) -> str | None:
    return page.meta("og:description", "description", "twitter:description")


def find_image(page: Page) -> str | None:
    return page.absolute_url(page.meta("og:image", "og:image:url", "twitter:image"))


def find_site_name(page: Page) -> str | None:
    return page.meta("og:site_name", "application-name")


def find_language(page: Page) -> str | None:
    lang = page.tree.get("lang") or page.meta("og:locale", "content-language")
    if not lang:
        return None
    lang = lang.strip().replace("_", "-")
    return lang or None


def find_tags(page: Page) -> tuple[str, ...]:
    tags = page.meta_all("article:tag")
    if not tags:
        keywords = page.meta("keywords", "news_keywords")
        if keywords:
            tags = [k.strip() for k in keywords.split(",")]
    seen: list[str] = []
    for tag in tags:
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


def find_canonical_url(page: Page) -> str | None:
    return page.link_href("canonical") or page.absolute_url(page.meta("og:url"))
