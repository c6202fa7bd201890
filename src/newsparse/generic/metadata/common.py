"""Shared lookups for the metadata finders: meta tags, the article's JSON-LD, page regions.

Everything here reads the pristine ``page.tree`` and never changes it. Results are cached on
the page (``page.__dict__``), so each lookup walks the document at most once per parse.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import lxml.etree
import lxml.html

from newsparse import jsonld
from newsparse.page import Page, collapse_whitespace, host_of, text_of

HtmlElement = lxml.html.HtmlElement
T = TypeVar("T")

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
#: Types of a page object, consulted only when no article object answers.
PAGE_TYPES: frozenset[str] = frozenset({"WebPage", "ItemPage", "AboutPage", "MedicalWebPage"})

_TAG = re.compile(r"<[^<>]{0,400}>")
_MAX_TEXT = 2000


def cached(page: Page, key: str, compute: Callable[[], T]) -> T:
    """``compute()`` once per page, kept in the page's ``__dict__`` under ``key``."""
    store = page.__dict__
    if key not in store:
        store[key] = compute()
    value: T = store[key]
    return value


def clean(value: object) -> str:
    """A text value from a meta tag or JSON-LD: entities decoded, stray tags and runs of
    whitespace removed. Anything that is not a string gives ""."""
    if not isinstance(value, str):
        return ""
    text = value[:_MAX_TEXT]
    if "&" in text:
        text = html.unescape(html.unescape(text))
    if "<" in text:
        text = _TAG.sub(" ", text)
    return collapse_whitespace(text)


# -- meta tags --------------------------------------------------------------------------------


def _build_meta_index(page: Page) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for meta in page.xpath("//meta[@content]"):
        content = clean(meta.get("content"))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            # RDFa allows several space-separated properties in one attribute.
            for key in (meta.get(attribute) or "").lower().split():
                index.setdefault(key, []).append(content)
    return index


def meta_index(page: Page) -> dict[str, list[str]]:
    """Meta contents by lowercased name/property/itemprop (space-separated names split)."""
    return cached(page, "_md_meta", lambda: _build_meta_index(page))


def meta(page: Page, *names: str) -> str | None:
    """The first non-empty meta content among ``names`` (in the order given)."""
    index = meta_index(page)
    for name in names:
        values = index.get(name)
        if values:
            return values[0]
    return None


def meta_all(page: Page, *names: str) -> list[str]:
    """Every meta content under any of ``names``."""
    index = meta_index(page)
    return [value for name in names for value in index.get(name, ())]


# -- JSON-LD ----------------------------------------------------------------------------------


def _by_id(page: Page) -> dict[str, jsonld.JsonObject]:
    def build() -> dict[str, jsonld.JsonObject]:
        found: dict[str, jsonld.JsonObject] = {}
        for obj in page.json_ld:
            ident = obj.get("@id")
            if isinstance(ident, str) and len(obj) > 1:
                found.setdefault(ident, obj)
        return found

    return cached(page, "_md_ids", build)


def resolve(page: Page, value: Any) -> Any:
    """A JSON-LD node with a bare ``{"@id": ...}`` reference replaced by the object it names."""
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("@id"), str):
        return _by_id(page).get(value["@id"], value)
    return value


def _is_article(obj: jsonld.JsonObject) -> bool:
    return bool(ARTICLE_TYPES.intersection(jsonld.types_of(obj)))


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
    articles = [obj for obj in page.json_ld if _is_article(obj)]
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
    return cached(page, "_md_article", lambda: _choose_article(page))


def page_object(page: Page) -> jsonld.JsonObject | None:
    """The JSON-LD WebPage object, for fields an article object lacks."""

    def find() -> jsonld.JsonObject | None:
        for obj in page.json_ld:
            if PAGE_TYPES.intersection(jsonld.types_of(obj)):
                return obj
        return None

    return cached(page, "_md_webpage", find)


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


def names_in(page: Page, value: Any, limit: int = 20) -> Iterator[tuple[str, tuple[str, ...]]]:
    """``(name, types)`` for every named thing in a JSON-LD value (a string, an object, a list;
    ``@id`` references resolved)."""
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
                name = next((n for n in name if isinstance(n, str)), None)
            if not isinstance(name, str):
                given, family = item.get("givenName"), item.get("familyName")
                if isinstance(given, str) and isinstance(family, str):
                    name = f"{given} {family}"
            if isinstance(name, str):
                yield clean(name), jsonld.types_of(item)


# -- page regions -----------------------------------------------------------------------------

# Class/id/itemprop/rel values worth a look for metadata (bylines, datelines, headlines).
# Case variants are spelled out: a case-sensitive alternation is several times faster than
# re.IGNORECASE over the hundreds of attribute values of a page.
_CUE_WORDS = (
    "author|byline|creator|writer|reporter|autor|auteur|date|time|publish|posted|dateline"
    "|meta|headline|articlebody|datum|fecha|data|zeit|firma"
)
_CUE_ATTRIBUTE = re.compile(
    "|".join(
        (_CUE_WORDS, _CUE_WORDS.upper(), "|".join(w.capitalize() for w in _CUE_WORDS.split("|")))
    )
    + "|articleBody"
)
# Whole class/id tokens of blocks that hold other stories' or readers' names and dates
# ("node-promoted" is a promoted story, not a promo box; "post-footer" is the post's own).
_EXCLUDED_CONTAINER = re.compile(
    r"(?:^|[\s_-])(?:comments?|related|sidebar|recommend\w*|widgets?|promos?|teasers?"
    r"|more-stories|most-popular|trending|(?:site|page|global)[-_]footer)(?=$|[\s_-])",
    re.I,
)
_EXCLUDED_TAGS = frozenset({"nav"})
# Page furniture, but part of the story when inside the article element.
_EXCLUDED_OUTSIDE_ARTICLE = frozenset({"footer", "aside"})
_COUNT_P = lxml.etree.XPath("count(.//p)")


def cue_elements(page: Page) -> list[tuple[HtmlElement, str]]:
    """Elements whose class, id, itemprop or rel carries a metadata cue word, in document
    order, each with its lowercased attribute values. One XPath pass over the attributes."""

    def build() -> list[tuple[HtmlElement, str]]:
        found: dict[HtmlElement, list[str]] = {}
        for value in page.xpath("//@class|//@id|//@itemprop|//@rel"):
            if _CUE_ATTRIBUTE.search(value):
                element = value.getparent()
                if element is not None:
                    found.setdefault(element, []).append(str(value).lower())
        return [(element, " ".join(values)) for element, values in found.items()]

    return cached(page, "_md_cues", build)


def _excluded_itself(element: HtmlElement, inside_article: bool) -> bool:
    if element.tag in _EXCLUDED_TAGS:
        return True
    if element.tag in _EXCLUDED_OUTSIDE_ARTICLE and not inside_article:
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(marks.strip()) and bool(_EXCLUDED_CONTAINER.search(marks))


def _ancestry(page: Page, element: HtmlElement) -> tuple[bool, bool]:
    """(inside the article element, inside an excluded block below it) for ``element``
    itself, memoised per page so that candidates sharing ancestors walk them once."""
    memo: dict[HtmlElement, tuple[bool, bool]] = cached(page, "_md_ancestry", dict)
    root = article_element(page)
    chain: list[HtmlElement] = []
    node: HtmlElement | None = element
    known: tuple[bool, bool] = (False, False)
    while node is not None:
        if node in memo:
            known = memo[node]
            break
        if node is root:
            known = (True, False)
            memo[node] = known
            break
        chain.append(node)
        node = node.getparent()
    for node in reversed(chain):
        known = (known[0], known[1] or _excluded_itself(node, known[0]))
        memo[node] = known
    return known


def in_excluded_container(page: Page, element: HtmlElement) -> bool:
    """True when the element sits in a nav, comments, related, sidebar, widget or site-footer
    block (looking no further up than the article element: its own footer holds its byline)."""
    parent = element.getparent()
    return parent is not None and _ancestry(page, parent)[1]


def is_inside(element: HtmlElement, container: HtmlElement | None) -> bool:
    """True when ``container`` is ``element`` or one of its ancestors."""
    if container is None:
        return False
    return element is container or any(a is container for a in element.iterancestors())


def in_article(page: Page, element: HtmlElement) -> bool:
    """True when the element is inside the article element (memoised walk)."""
    return article_element(page) is not None and _ancestry(page, element)[0]


def headline_line(page: Page) -> int:
    """Source line of the first ``<h1>`` (0 when there is none or lines are unknown)."""

    def find() -> int:
        h1 = next(page.tree.iter("h1"), None)
        return (h1.sourceline or 0) if h1 is not None else 0

    return cached(page, "_md_h1_line", find)


def is_near_story(page: Page, element: HtmlElement) -> bool:
    """True when the element is inside the article element or, on pages without one, at or
    below the headline (not in the site header above it)."""
    if article_element(page) is not None:
        return in_article(page, element)
    return (element.sourceline or 0) >= headline_line(page)


def near_story_first(page: Page, elements: list[HtmlElement]) -> list[HtmlElement]:
    """``elements`` reordered (stably): those near the story first (:func:`is_near_story`)."""
    return sorted(elements, key=lambda e: not is_near_story(page, e))


def article_element(page: Page) -> HtmlElement | None:
    """The element holding the story: the ``<article>``/``<main>``/``itemprop=articleBody``
    element with the most paragraphs; None when the page marks none."""

    def find() -> HtmlElement | None:
        candidates = list(page.tree.iter("article", "main"))
        candidates.extend(e for e, marks in cue_elements(page) if "articlebody" in marks)
        best: HtmlElement | None = None
        best_count = 0
        for element in candidates[:30]:
            count = int(_COUNT_P(element))
            if count > best_count:
                best, best_count = element, count
        return best

    return cached(page, "_md_article_el", find)


_MIN_PARAGRAPH = 25
# Paragraphs, and divs that hold running text directly (pages that never use <p>).
_PARAGRAPHS = lxml.etree.XPath(
    "(.//p|.//div[string-length(normalize-space(text())) >= 25])"
    "[not(ancestor::header or ancestor::nav or ancestor::figure)][position() <= 60]"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def is_hidden(element: HtmlElement, limit: int = 30) -> bool:
    """True when the element or an ancestor is hidden (``hidden``, ``aria-hidden``, or an
    inline ``display:none``/``visibility:hidden``)."""
    node: HtmlElement | None = element
    for _ in range(limit):
        if node is None:
            break
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return True
        style = node.get("style")
        if style and _HIDDEN_STYLE.search(style):
            return True
        node = node.getparent()
    return False


_PICTURES = frozenset({"img", "picture", "figure", "video", "iframe"})
_NOT_STORY_TEXT = re.compile(r"caption|credit|photo|image|media|promo|newsletter|subscri", re.I)


def _leading_paragraphs(page: Page) -> list[str]:
    """Texts of the story's first paragraphs (at least 25 characters, bylines and datelines
    styled as paragraphs skipped): up to the first of 60 characters or more."""

    def find() -> list[str]:
        root = article_element(page)
        found: list[str] = []
        for scope in (root, page.tree) if root is not None else (page.tree,):
            for p in _PARAGRAPHS(scope):
                marks = p.get("class") or ""
                if marks and (_CUE_ATTRIBUTE.search(marks) or _NOT_STORY_TEXT.search(marks)):
                    continue
                if is_hidden(p):
                    continue
                before = p.getprevious()
                if p.tag == "div" and before is not None and before.tag in _PICTURES:
                    continue  # a caption set under its picture
                text = text_of(p) if p.tag == "p" else collapse_whitespace(p.text or "")
                if len(text) >= _MIN_PARAGRAPH:
                    found.append(text)
                    if len(text) >= 60:
                        return found
            if found:
                return found
        return found

    return cached(page, "_md_paragraphs", find)


def first_paragraph(page: Page, min_chars: int = 60) -> str | None:
    """Text of the story's first paragraph of at least ``min_chars`` (25 or more), read from
    the pristine tree; None when the page has none."""
    for text in _leading_paragraphs(page):
        if len(text) >= min_chars:
            return text
    return None


def link_href(page: Page, rel: str) -> str | None:
    """Absolute href of the first ``<link>`` carrying the ``rel`` token (one pass over the
    page's links, cached)."""

    def build() -> dict[str, str]:
        index: dict[str, str] = {}
        for link in page.tree.iter("link"):
            href = link.get("href")
            if not href:
                continue
            for token in (link.get("rel") or "").lower().split():
                index.setdefault(token, href)
        return index

    return page.absolute_url(cached(page, "_md_links", build).get(rel))


def page_host(page: Page) -> str | None:
    """The page's own host: the URL given, else ``og:url`` (which copies set to themselves
    more often than their canonical), else the canonical hint."""
    return page.host or host_of(meta(page, "og:url")) or host_of(page.canonical_hint)


_LENGTH = lxml.etree.XPath("string-length(normalize-space(.))")


def text_length(element: HtmlElement) -> int:
    """Length of the element's whitespace-normalised text (computed in C)."""
    value = _LENGTH(element)
    return int(value) if isinstance(value, float) else 0
