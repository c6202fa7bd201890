"""The page's JSON-LD as metadata sees it: the object describing this article (the one
naming this page when several do), references by ``@id`` resolved, names of people and
organisations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsparse import jsonld
from newsparse.generic.metadata.common import cached_of_page, clean, meta
from newsparse.hosts import host_of
from newsparse.page import Page

#: schema.org types whose object describes the article itself.
ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "Article",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "SatiricalArticle",
        "AdvertiserContentArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "TechArticle",
        "ScholarlyArticle",
        "MedicalScholarlyArticle",
        "Report",
    }
)
#: Types whose object describes the article when no object of ARTICLE_TYPES does: a fact
#: check's ClaimReview (its dates are the check's; its itemReviewed is the claim), and the
#: page's own work on a recipe, how-to or review page that declares no article.
FALLBACK_ARTICLE_TYPES: frozenset[str] = frozenset({"ClaimReview", "Recipe", "HowTo", "Review"})
#: Gallery types whose object describes the article, like FALLBACK_ARTICLE_TYPES, when it
#: declares a headline or an author: a photo gallery page's own work.
GALLERY_TYPES: frozenset[str] = frozenset({"ImageGallery", "MediaGallery"})
#: Types of a page object, consulted only when no article object answers.
PAGE_TYPES: frozenset[str] = frozenset({"WebPage", "ItemPage", "AboutPage", "MedicalWebPage"})


def resolve(page: Page, value: Any) -> Any:
    """``value`` with ``{"@id": ...}`` references (alone, or with an ``@type``; in lists too)
    replaced by the JSON-LD nodes they name: :meth:`Page.json_ld_resolve`."""
    return page.json_ld_resolve(value)


def _is_article(obj: jsonld.JsonObject) -> bool:
    return bool(ARTICLE_TYPES.intersection(jsonld.types_of(obj)))


def _is_fallback_article(obj: jsonld.JsonObject) -> bool:
    """An object of a fallback type, or a gallery that declares a headline or an author."""
    types = jsonld.types_of(obj)
    if FALLBACK_ARTICLE_TYPES.intersection(types):
        return True
    return bool(GALLERY_TYPES.intersection(types)) and ("headline" in obj or "author" in obj)


def _url_key(url: str) -> str:
    """Host (without www.) and path of a URL, for comparing the same page's addresses."""
    host = host_of(url) or ""
    path = url.split("://", 1)[-1].split("/", 1)[1] if "/" in url.split("://", 1)[-1] else ""
    return host + "/" + path.split("?")[0].split("#")[0].rstrip("/")


def _urls_of(obj: jsonld.JsonObject) -> set[str]:
    urls: set[str] = set()
    for key in ("url", "mainEntityOfPage", "@id"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.startswith("http"):
            urls.add(_url_key(value))
    return urls


def _choose_article(page: Page) -> jsonld.JsonObject | None:
    articles = [obj for obj in page.json_ld if _is_article(obj)] or [
        obj for obj in page.json_ld if _is_fallback_article(obj)
    ]
    if not articles:
        return None
    own = {_url_key(u) for u in (page.url, page.canonical_hint, meta(page, "og:url")) if u}
    if own:
        own_hosts = {key.split("/", 1)[0] for key in own}

        def other_page_of_this_site(obj: jsonld.JsonObject) -> bool:
            # Another page of the same site: a teaser beside the story. (Another site's URL
            # is kept: syndicated copies carry the original's JSON-LD.)
            urls = _urls_of(obj)
            return (
                bool(urls)
                and not own & urls
                and bool(own_hosts & {u.split("/", 1)[0] for u in urls})
            )

        if len(articles) > 1:  # a lone object with a sloppy url (home, section) still counts
            articles = [obj for obj in articles if not other_page_of_this_site(obj)]
        for obj in articles:
            if own & _urls_of(obj):
                return obj
    with_headline = [obj for obj in articles if isinstance(obj.get("headline"), str)]
    candidates = with_headline or articles
    return candidates[0] if candidates else None


def article_object(page: Page) -> jsonld.JsonObject | None:
    """The JSON-LD object describing this page's article (the one naming this page's URL when
    several do), or None."""
    return cached_of_page(page, "_md_article", _choose_article)


def page_object(page: Page) -> jsonld.JsonObject | None:
    """The JSON-LD WebPage object, for fields an article object lacks."""
    return cached_of_page(page, "_md_webpage", _find_page_object)


def _find_page_object(page: Page) -> jsonld.JsonObject | None:
    for obj in page.json_ld:
        if PAGE_TYPES.intersection(jsonld.types_of(obj)):
            return obj
    return None


def article_value(page: Page, *keys: str) -> Any:
    """The first present value of ``keys`` on the article object (references resolved); on
    pages whose JSON-LD has no article, on the WebPage object."""
    obj = article_object(page) or page_object(page)
    if obj is None:
        return None
    for key in keys:
        value = obj.get(key)
        if value not in (None, "", [], {}):
            return resolve(page, value)
    return None


def names_in(
    page: Page, value: Any, limit: int = 20, every_listed: bool = False
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """``(name, types)`` for every named thing in a JSON-LD value (a string, an object, a list;
    ``@id`` references resolved). An object whose ``name`` is a list gives its first string,
    or with ``every_listed`` each of them (a ``Person`` listing a story's co-authors)."""
    stack: list[Any] = [value]
    seen = 0
    while stack and seen < limit:
        item = resolve(page, stack.pop(0))
        seen += 1
        if isinstance(item, list):
            stack[0:0] = item[:limit]
        elif isinstance(item, str):
            yield clean(item), ()
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                listed = [n for n in name[:limit] if isinstance(n, str)]
                if every_listed and len(listed) > 1:
                    types = jsonld.types_of(item)
                    yield from ((clean(n), types) for n in listed)
                    continue
                name = listed[0] if listed else None
            if not isinstance(name, str):
                given, family = item.get("givenName"), item.get("familyName")
                if isinstance(given, str) and isinstance(family, str):
                    name = f"{given} {family}"
            if isinstance(name, str):
                yield clean(name), jsonld.types_of(item)


def author_organisations(page: Page, limit: int) -> list[str]:
    """The names of the article's JSON-LD authors (``author``, else ``creator``) typed as
    organisations, among the first ``limit`` named things of the value."""
    value = article_value(page, "author", "creator")
    return [
        name
        for name, types in names_in(page, value, limit=limit)
        if jsonld.ORGANISATION_TYPES.intersection(types)
    ]
