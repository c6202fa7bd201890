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
# Characters no page means to show (C0/C1 controls, noncharacters) and lone surrogates,
# which lxml refuses or would carry into the text.
_INVISIBLE_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_PARSER = lxml.html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    huge_tree=True,  # depth 2048 rather than 256: old pages nest unclosed tags deeply
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
    """True for an absolute http(s) URL with a host."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # e.g. a malformed IPv6 host
        return False


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
        text = _LONE_SURROGATES.sub("\ufffd", _INVISIBLE_CONTROLS.sub("", text.lstrip("\ufeff")))
        text = _XML_PROLOG.sub("", text, count=1)
        try:
            tree = lxml.html.document_fromstring(text, parser=_PARSER)
        except (lxml.etree.LxmlError, ValueError) as error:
            raise ParseError(f"could not parse the HTML: {error}") from error
        if tree is None or not isinstance(tree.tag, str):
            raise ParseError("could not parse the HTML: no document element")
        return cls(text, tree, (url or "").strip() or None, encoding)

    # -- URLs -------------------------------------------------------------------------------

    def _find_base_url(self) -> str | None:
        base = self.url if is_http_url(self.url) else None
        for href in _xpath("(//base[@href])[1]/@href")(self.tree):
            try:
                resolved = urljoin(base or "", str(href).strip())
            except ValueError:
                break
            if is_http_url(resolved):
                return resolved
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

    @functools.cached_property
    def _json_ld_ids(self) -> dict[str, jsonld.JsonObject]:
        index: dict[str, jsonld.JsonObject] = {}
        for obj in self.json_ld:
            node_id = obj.get("@id")
            if isinstance(node_id, str) and len(obj) > 1:
                index.setdefault(node_id, obj)
        return index

    def json_ld_resolve(self, value: Any) -> Any:
        """``value`` with ``{"@id": ...}`` references replaced by the nodes they name.

        Yoast-style ``@graph`` blocks refer to the author, publisher and image by ``@id``
        only; this looks them up (one level deep; lists resolved item by item).
        """
        if isinstance(value, list):
            return [self.json_ld_resolve(item) for item in value]
        if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
            node_id = value.get("@id")
            if isinstance(node_id, str):
                return self._json_ld_ids.get(node_id, value)
        return value

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
