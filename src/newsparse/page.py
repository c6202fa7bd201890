"""Page: one parsed document (decoded text, one lxml tree, base URL) and helpers on it."""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from lxml.cssselect import CSSSelector

from newsparse import jsonld
from newsparse.decoding import check_html, decode
from newsparse.errors import ParseError

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

HtmlElement = lxml.html.HtmlElement

_WHITESPACE = re.compile(r"\s+")
_XML_PROLOG = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.I)
_NUL = re.compile(r"[\x00\ufffe\uffff]")
_PARSER = lxml.html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    huge_tree=False,
    default_doctype=False,
)


@functools.lru_cache(maxsize=1024)
def css(selector: str) -> CSSSelector:
    """A compiled CSS selector (cached: plugins reuse the same few selectors on every page)."""
    return CSSSelector(selector, translator="html")


@functools.lru_cache(maxsize=256)
def _xpath(expression: str) -> lxml.etree.XPath:
    return lxml.etree.XPath(expression)


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace (non-breaking spaces included) folded to one space, ends stripped."""
    return _WHITESPACE.sub(" ", text).strip()


_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_SPACED_TAGS = frozenset(
    {
        "br",
        "p",
        "div",
        "li",
        "td",
        "th",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "dd",
        "dt",
        "figcaption",
        "ul",
        "ol",
        "table",
    }
)


def text_of(element: HtmlElement) -> str:
    """The element's visible text, whitespace collapsed; block boundaries become spaces."""
    parts: list[str] = []
    skipping = 0
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        tag = node.tag
        if event == "start":
            if tag in _SKIPPED_TAGS and node is not element:
                skipping += 1
            elif not skipping:
                if tag in _SPACED_TAGS:
                    parts.append(" ")
                if node.text and isinstance(tag, str):
                    parts.append(node.text)
            continue
        if tag in _SKIPPED_TAGS and node is not element:
            skipping -= 1
        elif not skipping and tag in _SPACED_TAGS:
            parts.append(" ")
        if node is not element and not skipping and node.tail:
            parts.append(node.tail)
    return collapse_whitespace("".join(parts))


def is_http_url(url: str | None) -> bool:
    return bool(url) and urlsplit(url or "").scheme in ("http", "https")


class Page:
    """One HTML document, parsed once.

    Build it with :meth:`Page.from_input`. ``tree`` is the pristine lxml tree: stages that
    need to delete nodes work on :meth:`working_copy`, never on ``tree``.
    """

    __slots__ = ("__dict__", "base_url", "encoding", "html", "tree", "url")

    def __init__(self, html: str, tree: HtmlElement, url: str | None, encoding: str | None) -> None:
        self.html = html
        self.tree = tree
        self.url = url
        self.encoding = encoding
        self.base_url = self._find_base_url()

    @classmethod
    def from_input(cls, html: str | bytes, url: str | None = None) -> Page:
        """Decode (for bytes) and parse ``html``; raise :class:`ParseError` if it is not HTML."""
        if html is None:
            raise ParseError("expected an HTML page as str or bytes, received None")
        if isinstance(html, (bytearray, memoryview)):
            html = bytes(html)
        if isinstance(html, bytes):
            text, encoding = decode(html)
        elif isinstance(html, str):
            text, encoding = html, None
        else:
            raise TypeError(
                f"expected an HTML page as str or bytes, received {type(html).__name__}"
            )
        if url is not None and not isinstance(url, str):
            raise TypeError(f"url must be a str or None, received {type(url).__name__}")
        check_html(text)
        text = _NUL.sub("", _XML_PROLOG.sub("", text, count=1))
        try:
            tree = lxml.html.document_fromstring(text, parser=_PARSER)
        except (lxml.etree.ParserError, ValueError) as error:
            raise ParseError(f"could not parse the HTML: {error}") from error
        if tree is None or not isinstance(tree.tag, str):
            raise ParseError("could not parse the HTML: no document element")
        return cls(text, tree, url or None, encoding)

    # -- URLs -------------------------------------------------------------------------------

    def _find_base_url(self) -> str | None:
        base = self.url if is_http_url(self.url) else None
        for href in _xpath("//head/base/@href|//base[1]/@href")(self.tree):
            resolved = urljoin(base or "", str(href).strip())
            if is_http_url(resolved):
                return resolved
            break
        return base

    def absolute_url(self, href: str | None, *, fallback_base: str | None = None) -> str | None:
        """``href`` resolved against the base URL; None when it cannot be made an http(s) URL."""
        if not href:
            return None
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            return None
        base = self.base_url or fallback_base
        try:
            resolved = urljoin(base, href) if base else href
        except ValueError:
            return None
        return resolved if is_http_url(resolved) else None

    @functools.cached_property
    def canonical_hint(self) -> str | None:
        """The page's own idea of its URL (``rel=canonical``, else ``og:url``), absolute or None.

        Used to resolve relative links when the caller gave no URL; not trusted to name the
        publisher (syndicated copies canonicalise to the original).
        """
        for href in _xpath("//link[@rel][@href]")(self.tree):
            if "canonical" in (href.get("rel") or "").lower().split():
                resolved = self.absolute_url(href.get("href"))
                if resolved:
                    return resolved
        return self.absolute_url(self.meta("og:url"))

    @property
    def host(self) -> str | None:
        """Host of the URL the caller gave (lowercased, no ``www.``); None without one."""
        return host_of(self.url)

    # -- selection --------------------------------------------------------------------------

    def select(self, selector: str, root: HtmlElement | None = None) -> list[HtmlElement]:
        """Elements matching a CSS selector under ``root`` (default: the whole document)."""
        return list(css(selector)(self.tree if root is None else root))

    def select_one(self, selector: str, root: HtmlElement | None = None) -> HtmlElement | None:
        for element in css(selector)(self.tree if root is None else root):
            return element
        return None

    def xpath(self, expression: str, root: HtmlElement | None = None) -> list[Any]:
        """Results of an XPath expression under ``root`` (default: the whole document)."""
        result = _xpath(expression)(self.tree if root is None else root)
        return list(result) if isinstance(result, list) else [result]

    @staticmethod
    def text(element: HtmlElement) -> str:
        """Visible text of an element, whitespace collapsed."""
        return text_of(element)

    def working_copy(self) -> HtmlElement:
        """A deep copy of the tree for stages that delete nodes (a C-level copy, no re-parse)."""
        return copy.deepcopy(self.tree)

    # -- metadata helpers -------------------------------------------------------------------

    @functools.cached_property
    def _meta_index(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for meta in _xpath("//meta[@content]")(self.tree):
            content = collapse_whitespace(meta.get("content") or "")
            if not content:
                continue
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                key = meta.get(attribute)
                if key:
                    index.setdefault(key.strip().lower(), []).append(content)
        return index

    def meta(self, *names: str) -> str | None:
        """Content of the first non-empty ``<meta>`` whose name/property/itemprop is in names."""
        for name in names:
            values = self._meta_index.get(name.lower())
            if values:
                return values[0]
        return None

    def meta_all(self, name: str) -> list[str]:
        """Every non-empty content of ``<meta>`` tags with this name/property/itemprop."""
        return list(self._meta_index.get(name.lower(), ()))

    def link_href(self, rel: str) -> str | None:
        """Absolute href of the first ``<link rel=...>`` carrying that rel token."""
        for link in _xpath("//link[@rel][@href]")(self.tree):
            if rel in (link.get("rel") or "").lower().split():
                return self.absolute_url(link.get("href"))
        return None

    @functools.cached_property
    def json_ld(self) -> tuple[jsonld.JsonObject, ...]:
        """Every JSON-LD object on the page (``@graph`` and lists flattened), read tolerantly."""
        objects: list[jsonld.JsonObject] = []
        for script in _xpath("//script[@type]")(self.tree):
            kind = (script.get("type") or "").strip().lower()
            if kind != "application/ld+json" or not script.text:
                continue
            objects.extend(jsonld.iter_objects(jsonld.load_block(script.text)))
        return tuple(objects)

    def json_ld_of_type(self, *types: str) -> Iterator[jsonld.JsonObject]:
        """JSON-LD objects whose ``@type`` is one of ``types``."""
        wanted = set(types)
        for obj in self.json_ld:
            if wanted.intersection(jsonld.types_of(obj)):
                yield obj

    def soup(self) -> BeautifulSoup:
        """A BeautifulSoup of the page, built on demand for plugins that prefer bs4."""
        cached: BeautifulSoup | None = self.__dict__.get("_soup")
        if cached is None:
            from bs4 import BeautifulSoup

            cached = BeautifulSoup(self.html, "lxml")
            self.__dict__["_soup"] = cached
        return cached


def host_of(url: str | None) -> str | None:
    """Lowercased host of a URL without a leading ``www.`` or trailing dot; None if none."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host
