"""Shared lookups for the metadata finders: per-page caching, text cleaning, meta tags,
links, the page's host.

Everything here reads the pristine ``page.tree`` and never changes it. Results are cached on
the page (``page.__dict__``), so each lookup walks the document at most once per parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import TypeVar

import lxml.etree
import lxml.html

from newsparse.hosts import host_of, is_home_page, original_url
from newsparse.page import Page, clean_value, text_of

HtmlElement = lxml.html.HtmlElement
T = TypeVar("T")
K = TypeVar("K")

_NON_WORD = re.compile(r"[\W_]+")
_SITE_NAMES = ("og:site_name", "application-name")


def cached(page: Page, key: str, compute: Callable[[], T]) -> T:
    """``compute()`` once per page, kept in the page's ``__dict__`` under ``key``."""
    store = page.__dict__
    if key not in store:
        store[key] = compute()
    value: T = store[key]
    return value


def cached_of_page(page: Page, key: str, compute: Callable[[Page], T]) -> T:
    """:func:`cached` for a function of the page: the lookups made dozens of times per page
    use it, as they then build no closure on each call."""
    store = page.__dict__
    if key not in store:
        store[key] = compute(page)
    value: T = store[key]
    return value


def cached_per_key(page: Page, name: str, key: K, compute: Callable[[K], T]) -> T:
    """``compute(key)`` once per page and key, kept in a dict on the page under ``name``."""
    memo: dict[K, T] = cached(page, name, dict)
    if key not in memo:
        memo[key] = compute(key)
    return memo[key]


# A text value from a meta tag or JSON-LD, cleaned (the page's own reading of its values).
clean = clean_value


def squeeze(text: str) -> str:
    """:func:`~newsparse.page.collapse_whitespace` for short texts, faster: ``str.split``
    splits at exactly the characters the regex's ``\\s`` matches."""
    return " ".join(text.split())


# -- meta tags --------------------------------------------------------------------------------


def meta(page: Page, *names: str) -> str | None:
    """The first non-empty meta content among ``names`` (lowercase, in the order given)."""
    index = page.meta_index
    for name in names:
        values = index.get(name)
        if values:
            return values[0]
    return None


def declared_titles(page: Page) -> tuple[str, ...]:
    """The headlines the page declares for itself, as written: its ``og:title`` (else its
    ``twitter:title``) and its ``<title>``; which of several stories on a page is its own."""

    def find() -> tuple[str, ...]:
        title = next(iter(page.elements("title")), None)
        hints = (
            meta(page, "og:title", "twitter:title"),
            text_of(title) if title is not None else "",
        )
        return tuple(hint for hint in hints if hint)

    return cached(page, "_md_declared_titles", find)


def meta_all(page: Page, *names: str) -> list[str]:
    """Every meta content under any of ``names`` (lowercase)."""
    index = page.meta_index
    return [value for name in names for value in index.get(name, ())]


def link_href(page: Page, rel: str) -> str | None:
    """Absolute href of the first ``<link>`` carrying the ``rel`` token (one pass over the
    page's links, cached)."""

    def build() -> dict[str, str]:
        index: dict[str, str] = {}
        for tokens, href in page.link_tags:
            if href:
                for token in tokens:
                    index.setdefault(token, href)
        return index

    return page.absolute_url(cached(page, "_md_links", build).get(rel))


def page_host(page: Page) -> str | None:
    """The page's own host: the URL given (the original's for a web archive's capture or an
    AMP cache's copy);
    else ``og:url`` or the canonical host when the page's declared site name agrees with it
    (a syndicated copy points both at the original, so an uncorroborated one is not taken
    as the page's own); else None."""

    def find() -> str | None:
        if page.host:
            # (a web archive's capture, an AMP cache's copy, is the original page's: its host
            # is the original's)
            return host_of(original_url(page.url)) or page.host
        names = [_NON_WORD.sub("", name.casefold()) for name in meta_all(page, *_SITE_NAMES)]
        for host in (host_of(meta(page, "og:url")), host_of(page.canonical_hint)):
            if host and (not names or any(_names_host(name, host) for name in names)):
                return host
        return None

    return cached(page, "_md_page_host", find)


def _names_host(name: str, host: str) -> bool:
    labels = [label for label in host.split(".")[:-1] if len(label) >= 3 and label != "www"]
    tight_host = _NON_WORD.sub("", host)
    return (len(name) >= 3 and name in tight_host) or any(label in name for label in labels)


def home_page_links(page: Page, host: str, limit: int | None = None) -> Iterator[HtmlElement]:
    """The links to ``host``'s home page (a logo, a site's name in its header, a credited
    publisher's front page), in page order, among the page's first ``limit`` links."""
    for anchor in islice(page.tree.iter("a"), limit):
        href = anchor.get("href")
        if not href:
            continue
        # (a cheap test first, as pages hold hundreds of links: a home page's address has
        # no "/" after its host, once its query, fragment and closing "/" are cut off)
        bare = href.split("#", 1)[0].split("?", 1)[0].rstrip("/")
        if "/" in bare.split("//", 1)[-1]:
            continue
        url = page.absolute_url(href)
        if host_of(url) == host and is_home_page(url):
            yield anchor


# (no EXSLT regular expressions: without them each call sets up a lighter context)
_LENGTH = lxml.etree.XPath("string-length(normalize-space(.))", regexp=False)


def text_length(element: HtmlElement) -> int:
    """Length of the element's whitespace-normalised text (computed in C)."""
    value = _LENGTH(element)
    return int(value) if isinstance(value, float) else 0


def element_text(page: Page, element: HtmlElement) -> str:
    """:func:`~newsparse.page.text_of` of an element, memoised per page (bylines, datelines
    and the lines under the headline are read by several finders)."""
    return cached_per_key(page, "_md_texts", element, text_of)
