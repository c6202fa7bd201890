"""Page: one parsed document (decoded text, one lxml tree, base URL) and helpers on it."""

from __future__ import annotations

import copy
import functools
import html
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from newsparse import jsonld
from newsparse.collapsed_rest import show_collapsed_rest
from newsparse.decoding import HTML_LANG_PATTERN, check_html, decode
from newsparse.errors import ParseError
from newsparse.hosts import host_of
from newsparse.paywalled_parts import declared_paid_parts, unmark
from newsparse.shadow_dom import attach_templates, is_shadow_root
from newsparse.streamed_html import is_stream_placeholder, move_streamed_parts
from newsparse.tags import LINE_BREAK_TAGS, SCRIPT_TAGS, TABLE_AND_LIST_TAGS
from newsparse.tree_edits import remove_keeping_tail, unwrap

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

HtmlElement = lxml.html.HtmlElement

# A markup tag left in a meta tag's or JSON-LD's text value, and how much of a value is read.
_STRAY_TAG = re.compile(r"<[^<>]{0,400}>")
MAX_VALUE_CHARS = 2000
_XML_PROLOG = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.I)
# Characters no page means to show (C0/C1 controls, noncharacters) and lone surrogates,
# which lxml refuses or would carry into the text.
_INVISIBLE_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
# The C0 and C1 controls among the first 256 code points, for a byte-level check.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
_PARSER = lxml.html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    huge_tree=True,  # depth 2048 rather than 256: old pages nest unclosed tags deeply
    default_doctype=False,
    # No table of id attributes: only XPath's id() reads it (select [@id='x'] instead), and
    # filling it costs about 4% of the parse (and an error per id a page repeats).
    collect_ids=False,
)
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF8_PARSER = lxml.html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    huge_tree=True,
    default_doctype=False,
    collect_ids=False,
    encoding="utf-8",
)
# Every element an HtmlElement, chosen in C: lxml.html's default lookup calls Python for
# each element object it creates (only to give forms and inputs their own classes, which
# nothing here uses), and the stages create one per element on every pass.
for _parser in (_PARSER, _UTF8_PARSER):
    _parser.set_element_class_lookup(
        lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )


@functools.lru_cache(maxsize=1024)
def css(selector: str) -> CSSSelector:
    """A compiled CSS selector (cached: plugins reuse the same few selectors on every page)."""
    return CSSSelector(selector, translator="html")


@functools.lru_cache(maxsize=256)
def _xpath(expression: str) -> lxml.etree.XPath:
    return lxml.etree.XPath(expression)


# The JSON-LD key of a declared part's selector, looked for in the page's text first.
_CSS_SELECTOR_KEY = '"cssSelector"'


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace (non-breaking spaces included) folded to one space, ends stripped."""
    return " ".join(text.split())  # (split() and the regex's \s know the same whitespace)


#: Tags whose elements :meth:`Page.elements` gives: head tags and story landmarks that the
#: page's helpers and the metadata finders look up by name. One C-level walk finds them all;
#: each further walk of the whole tree would cost about as much as that one.
INDEXED_TAGS: tuple[str, ...] = (
    "base", "meta", "link", "script", "title", "h1", "h2", "h3", "time", "article", "main",
    "template", "noscript", "address",
)  # fmt: skip
_INDEXED_TAG_SET = frozenset(INDEXED_TAGS)
# The headings an accordion writes its questions in, as buttons, and the attributes that say
# which answer a button shows.
_BUTTON_HEADING_TAGS = ("h2", "h3")
_DISCLOSURE_ATTRIBUTES = ("aria-controls", "aria-expanded")
_END_BR = re.compile(r"</br\s*>", re.I)
_END_BR_ERROR = "Unexpected end tag : br"
# The <html> tag's declared language, looked for in the first characters of the page.
_HTML_LANG = re.compile(HTML_LANG_PATTERN, re.I)  # (the decoder's, on text)
_LANG_SEARCH = 16384
# A <noscript> holding this many paragraphs of this much text is the story's (lazy-loaded).
_LAZY_PARAGRAPHS = 2
_PROSE_PARAGRAPH = 80
_SKIPPED_TAGS = SCRIPT_TAGS | {"head"}
_META_NAME_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")
# (a disclosure's <summary> is a line of its own: "Mon 8 Jan 2024 04.35 GMT" over "First
# published on ...")
_SPACED_TAGS = LINE_BREAK_TAGS | TABLE_AND_LIST_TAGS | {"article", "blockquote", "summary"}


def _has_invisible(text: str, surrogates: bool) -> bool:
    """Whether ``text`` holds a character ``_without_invisible`` changes. Regex scans over a
    whole page are slow; encoding and ``bytes.translate`` run in C at memory speed."""
    if "\ufffe" in text or "\uffff" in text:
        return True
    if surrogates:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates
            return True
    latin = text.encode("latin-1", "ignore")  # controls are all below U+0100
    return len(latin.translate(None, _CONTROL_BYTES)) != len(latin)


# An ASCII control is its own byte in UTF-8; a C1 control is 0xC2 then 0x80-0x9F.
# Each ASCII control as a one-byte needle: ``in`` runs memchr, quicker over a page than one
# bytes.translate pass, even for all of them.
_ASCII_CONTROLS = tuple(bytes([byte]) for byte in _CONTROL_BYTES if byte < 0x80)
_C1_SECOND_BYTES = range(0x80, 0xA0)


def _utf8_has_c1_control(data: bytes) -> bool:
    """Whether UTF-8 ``data`` holds a C1 control (0xC2 then 0x80-0x9F). ``bytes.find`` jumps
    from one 0xC2 to the next at memory speed, where a regex steps through every byte; 0xC2
    is rare (it leads only U+0080-U+00BF: no-break space, ©, «, »...)."""
    last = len(data) - 1
    lead = data.find(b"\xc2", 0, last)  # (a 0xC2 with a byte after it)
    while lead >= 0:
        if data[lead + 1] in _C1_SECOND_BYTES:
            return True
        lead = data.find(b"\xc2", lead + 1, last)
    return False


def _utf8_has_invisible(data: bytes, text: str) -> bool:
    """``_has_invisible`` of ``text``, the strict UTF-8 decoding of ``data`` (no surrogates),
    checked on the bytes: no encoding back to Latin-1 needed."""
    if "\ufffe" in text or "\uffff" in text:
        return True
    if any(control in data for control in _ASCII_CONTROLS):
        return True
    return _utf8_has_c1_control(data)


def _without_invisible(text: str, surrogates: bool = True) -> str:
    """``text`` without invisible controls, lone surrogates replaced (``surrogates``: whether
    the text may hold any)."""
    if not _has_invisible(text, surrogates):
        return text
    return _LONE_SURROGATES.sub("\ufffd", _INVISIBLE_CONTROLS.sub("", text))


def text_of(element: HtmlElement) -> str:
    """The element's visible text, whitespace collapsed; block boundaries become spaces."""
    if not len(element):  # no children: its own text (the common case for labels)
        return collapse_whitespace(element.text or "")
    # An explicit stack of child iterators: lxml's iterwalk costs more to set up than the
    # few nodes of a typical label take to read. Comments and processing instructions are
    # not text, nor are their tails.
    parts = [element.text or ""]
    pending = [iter(element)]
    open_elements = [element]
    while pending:
        node = next(pending[-1], None)
        if node is None:  # the element's children are read: close it
            pending.pop()
            done = open_elements.pop()
            if done is not element:
                if done.tag in _SPACED_TAGS:
                    parts.append(" ")
                if done.tail:
                    parts.append(done.tail)
            continue
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if tag in _SKIPPED_TAGS:  # nothing inside counts; the text after it does
            if node.tail:
                parts.append(node.tail)
            continue
        if tag in _SPACED_TAGS:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        if len(node):
            pending.append(iter(node))
            open_elements.append(node)
            continue
        if tag in _SPACED_TAGS:
            parts.append(" ")
        if node.tail:
            parts.append(node.tail)
    return collapse_whitespace("".join(parts))


def clean_value(value: object) -> str:
    """A text value from a meta tag or JSON-LD: entities decoded (twice: CMSs escape some
    twice, "&amp;amp;"), stray tags and runs of whitespace removed, at most
    ``MAX_VALUE_CHARS`` read. Anything that is not a string gives ""."""
    if not isinstance(value, str):
        return ""
    text = value[:MAX_VALUE_CHARS]
    if "&" in text:
        text = html.unescape(html.unescape(text))
    if "<" in text:
        text = _STRAY_TAG.sub(" ", text)
    return " ".join(text.split())


def is_http_url(url: str | None) -> bool:
    """True for an absolute http(s) URL with a host."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # e.g. a malformed IPv6 host
        return False


def _dropped_end_br(parser: lxml.html.HTMLParser) -> bool:
    """Whether the last parse met a "</br>" end tag (which the parser drops)."""
    log = parser.error_log
    return bool(len(log)) and any(entry.message == _END_BR_ERROR for entry in log)


def _keep_declared_language(tree: HtmlElement, text: str) -> None:
    """Give the root the ``lang`` its ``<html>`` tag declares, when the parser lost it: text
    or a script before the tag makes libxml2 open a document of its own and drop the tag's
    attributes, where a browser keeps them."""
    found = _HTML_LANG.search(text, 0, _LANG_SEARCH)
    if found is not None:
        tree.set("lang", found.group(1))


class Page:
    """One HTML document, parsed once.

    Build it with :meth:`Page.from_input`. ``tree`` is the pristine lxml tree (with any
    declarative shadow roots rendered in place and streamed parts moved where their scripts
    put them, as a browser shows them: see :mod:`newsparse.shadow_dom` and
    :mod:`newsparse.streamed_html`; :meth:`soup` reads the markup as written): stages that need
    to delete nodes work on :meth:`working_copy`, never on ``tree``.
    """

    __slots__ = ("__dict__", "base_url", "encoding", "html", "tree", "url")

    def __init__(self, html: str, tree: HtmlElement, url: str | None, encoding: str | None) -> None:
        self.html = html
        self.tree = tree
        self.url = url
        self.encoding = encoding
        self._move_streamed_parts()
        self._render_shadow_roots()
        self._show_lazy_paragraphs()
        self._unwrap_heading_buttons()
        self._unmark_paid_parts()
        self._show_collapsed_rest()
        self.base_url = self._find_base_url()

    def _move_streamed_parts(self) -> None:
        """Move the parts a streaming React server sent hidden to where its scripts put them
        (:mod:`newsparse.streamed_html`); found, like the shadow roots, among the indexed
        templates and scripts."""
        placeholders = [t for t in self.elements("template") if is_stream_placeholder(t)]
        if placeholders and move_streamed_parts(self.tree, placeholders, self.elements("script")):
            del self.__dict__["_indexed"]  # (parts moved: indexed again when asked)

    def _render_shadow_roots(self) -> None:
        """Render the page's declarative shadow roots in place (:mod:`newsparse.shadow_dom`).
        Its templates are found by the walk that indexes its head tags: no walk of its own."""
        roots = [template for template in self.elements("template") if is_shadow_root(template)]
        if roots:
            attach_templates(roots)
            del self.__dict__["_indexed"]  # (slotted children moved: indexed again when asked)

    def _show_lazy_paragraphs(self) -> None:
        """Paragraphs of the story that a script loads as the reader scrolls, left in a
        ``<noscript>`` for readers without scripts, are read as the story: a ``<noscript>``
        holding ``_LAZY_PARAGRAPHS`` paragraphs of prose or more is unwrapped (the others hold
        tracking pixels, pictures and "please enable JavaScript")."""
        lazy = [
            element
            for element in self.elements("noscript")
            if sum(1 for p in element.iter("p") if len(text_of(p)) >= _PROSE_PARAGRAPH)
            >= _LAZY_PARAGRAPHS
        ]
        for element in lazy:
            unwrap(element)
        if lazy:
            del self.__dict__["_indexed"]

    def _unwrap_heading_buttons(self) -> None:
        """A heading written as one ``<button>`` (an accordion's question, "<h3><button
        aria-expanded="false">How much will my bill go up?</button></h3>") reads as its
        text: the button, a control whose text is never read, is unwrapped."""
        for tag in _BUTTON_HEADING_TAGS:
            for heading in self.elements(tag):
                if len(heading) == 1 and heading[0].tag == "button":
                    button = heading[0]
                    for name in _DISCLOSURE_ATTRIBUTES:  # (what the button opens, kept)
                        value = button.get(name)
                        if value is not None:
                            heading.set(name, value)
                    # (its icon, a "+" or a chevron, is hidden from screen readers: no text)
                    for icon in button.xpath(".//*[@aria-hidden='true']"):
                        remove_keeping_tail(icon)
                    unwrap(button)

    def _show_collapsed_rest(self) -> None:
        """Read the rest of a story collapsed behind a "Continue reading" control as shown
        (:mod:`newsparse.collapsed_rest`)."""
        if show_collapsed_rest(self.tree):
            self.__dict__.pop("_indexed", None)  # (a control removed: indexed again)

    def _unmark_paid_parts(self) -> None:
        """Read the parts the JSON-LD declares paywalled as the article's text: they lose
        the class names their selector gives (:mod:`newsparse.paywalled_parts`)."""
        if not any(_CSS_SELECTOR_KEY in text for text in self._json_ld_texts()):
            return  # (most pages declare no part: a search of their JSON-LD spares them)
        for selector in declared_paid_parts(self.json_ld):
            try:
                elements = css(selector)(self.tree)
            except (SelectorError, SyntaxError, ValueError):
                continue  # (a selector lxml cannot read)
            unmark(elements, selector)

    @classmethod
    def from_input(cls, html: str | bytes, url: str | None = None) -> Page:
        """Decode (for bytes) and parse ``html``; raise :class:`ParseError` if it is not HTML."""
        if html is None:
            raise ParseError("expected an HTML page as str or bytes, received None")
        if url is not None and not isinstance(url, str):
            raise TypeError(f"url must be a str or None, received {type(url).__name__}")
        if isinstance(html, (bytearray, memoryview)):
            html = bytes(html)
        if isinstance(html, bytes):
            text, encoding = decode(html, url)
        elif isinstance(html, str):
            text, encoding = html, None
        else:
            raise TypeError(
                f"expected an HTML page as str or bytes, received {type(html).__name__}"
            )
        check_html(text)
        decoded = text
        # (text decoded from UTF-8 holds no lone surrogates: that codec refuses them)
        raw_utf8 = (
            encoding == "utf-8" and isinstance(html, bytes) and not html.startswith(_UTF8_BOM)
        )
        # (UTF-8 bytes are quicker to check than the text decoded from them)
        if not (raw_utf8 and isinstance(html, bytes)) or _utf8_has_invisible(html, text):
            text = _without_invisible(text.lstrip("\ufeff"), surrogates=encoding != "utf-8")
        text = _XML_PROLOG.sub("", text, count=1)
        # UTF-8 bytes that needed no cleaning are parsed as they came: lxml would otherwise
        # encode the decoded text back to the same bytes
        source: str | bytes = text
        parser = _PARSER
        if raw_utf8 and text is decoded and isinstance(html, bytes):
            source, parser = html, _UTF8_PARSER
        try:
            tree = lxml.html.document_fromstring(source, parser=parser)
            if _dropped_end_br(parser):
                # a browser reads "</br>" as a line break; the parser drops it (and says so
                # in its error log, nearly always empty: no scan of the text on other pages)
                text = _END_BR.sub("<br>", text)
                tree = lxml.html.document_fromstring(text, parser=_PARSER)
        except (lxml.etree.LxmlError, ValueError) as error:
            raise ParseError(f"could not parse the HTML: {error}") from error
        if tree is None or not isinstance(tree.tag, str):
            raise ParseError("could not parse the HTML: no document element")
        if tree.get("lang") is None:
            _keep_declared_language(tree, text)
        return cls(text, tree, (url or "").strip() or None, encoding)

    # -- URLs -------------------------------------------------------------------------------

    def _find_base_url(self) -> str | None:
        base = self.url if is_http_url(self.url) else None
        # Only the first <base> with an href counts.
        href = next(
            (h for h in (e.get("href") for e in self.elements("base")) if h is not None), None
        )
        if href is None:
            return base
        try:
            resolved = urljoin(base or "", href.strip())
        except ValueError:
            return base
        return resolved if is_http_url(resolved) else base

    def absolute_url(self, href: str | None, *, fallback_base: str | None = None) -> str | None:
        """``href`` resolved against the base URL; None when it cannot be made an http(s) URL.

        Memoised per page: the related links, the body's links and their titles resolve the
        same anchors."""
        if not href:
            return None
        memo: dict[tuple[str, str | None], str | None] = self._resolved_urls
        key = (href, fallback_base)
        if key not in memo:
            memo[key] = self._resolve(href, fallback_base)
        return memo[key]

    @functools.cached_property
    def _resolved_urls(self) -> dict[tuple[str, str | None], str | None]:
        return {}

    def _resolve(self, href: str, fallback_base: str | None) -> str | None:
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
        for rels, href in self.link_tags:
            if "canonical" in rels:
                resolved = self.absolute_url(href)
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
        """Results of an XPath expression under ``root`` (default: the whole document).

        Ids are not indexed: ``id('x')`` finds nothing; select ``//*[@id='x']``."""
        result = _xpath(expression)(self.tree if root is None else root)
        return list(result) if isinstance(result, list) else [result]

    @staticmethod
    def text(element: HtmlElement) -> str:
        """Visible text of an element, whitespace collapsed."""
        return text_of(element)

    @functools.cached_property
    def _indexed(self) -> tuple[tuple[HtmlElement, ...], dict[str, tuple[HtmlElement, ...]]]:
        """The elements of :data:`INDEXED_TAGS` in page order, and the same by tag."""
        ordered = tuple(self.tree.iter(*INDEXED_TAGS))
        by_tag: dict[str, list[HtmlElement]] = {}
        for element in ordered:
            by_tag.setdefault(cast(str, element.tag), []).append(element)
        return ordered, {tag: tuple(elements) for tag, elements in by_tag.items()}

    def elements(self, *tags: str) -> tuple[HtmlElement, ...]:
        """Every element with one of ``tags`` (each one of :data:`INDEXED_TAGS`), in page
        order: read from one walk of the tree made for all of them."""
        if not _INDEXED_TAG_SET.issuperset(tags):
            raise ValueError(f"not an indexed tag: {sorted(set(tags) - _INDEXED_TAG_SET)}")
        ordered, by_tag = self._indexed
        if len(tags) == 1:
            return by_tag.get(tags[0], ())
        return tuple(element for element in ordered if element.tag in tags)

    def working_copy(self) -> HtmlElement:
        """A deep copy of the tree for stages that delete nodes (a C-level copy, no re-parse)."""
        return copy.deepcopy(self.tree)

    # -- metadata helpers -------------------------------------------------------------------

    @functools.cached_property
    def meta_tags(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Every ``<meta>`` with a content, in page order: its ``content`` as written, and
        its non-empty ``property``, ``name``, ``itemprop`` and ``http-equiv`` values in that
        order (found once; the meta indexes are built from it)."""
        tags: list[tuple[str, tuple[str, ...]]] = []
        for meta in self.elements("meta"):
            # One items() call reads all of a meta's attributes (usually two) for the price
            # of about one get().
            attributes = dict(meta.items())
            content = attributes.get("content")
            if content:
                names = tuple(filter(None, map(attributes.get, _META_NAME_ATTRIBUTES)))
                tags.append((content, names))
        return tuple(tags)

    @functools.cached_property
    def meta_index(self) -> dict[str, list[str]]:
        """The contents of the page's ``<meta>`` tags (:func:`clean_value`), by lowercased
        name/property/itemprop, in page order; RDFa's several space-separated properties in
        one attribute each count."""
        index: dict[str, list[str]] = {}
        for raw, names in self.meta_tags:
            content = clean_value(raw)
            if content:
                for name in names:
                    for key in name.lower().split():
                        index.setdefault(key, []).append(content)
        return index

    def meta(self, *names: str) -> str | None:
        """Content of the first non-empty ``<meta>`` whose name/property/itemprop is in names."""
        for name in names:
            values = self.meta_index.get(name.lower())
            if values:
                return values[0]
        return None

    def meta_all(self, name: str) -> list[str]:
        """Every non-empty content of ``<meta>`` tags with this name/property/itemprop."""
        return list(self.meta_index.get(name.lower(), ()))

    def link_href(self, rel: str) -> str | None:
        """Absolute href of the first ``<link rel=...>`` carrying that rel token."""
        for rels, href in self.link_tags:
            if rel in rels:
                return self.absolute_url(href)
        return None

    @functools.cached_property
    def link_tags(self) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The rel tokens (lowercased) and href of every ``<link rel href>``, in page order
        (found once)."""
        tags: list[tuple[tuple[str, ...], str]] = []
        for link in self.elements("link"):
            rel, href = link.get("rel"), link.get("href")
            if rel is not None and href is not None:
                tags.append((tuple(rel.lower().split()), href))
        return tuple(tags)

    @functools.cached_property
    def json_ld(self) -> tuple[jsonld.JsonObject, ...]:
        """Every JSON-LD object on the page (``@graph`` and lists flattened), read tolerantly."""
        objects: list[jsonld.JsonObject] = []
        for text in self._json_ld_texts():
            objects.extend(jsonld.iter_objects(jsonld.load_block(text)))
        return tuple(objects)

    def _json_ld_texts(self) -> Iterator[str]:
        """The texts of the page's JSON-LD scripts, in page order (empty ones left out)."""
        for script in self.elements("script"):
            # (the type first: reading a script's text copies it, and most are code)
            if (script.get("type") or "").strip().lower() == "application/ld+json":
                text = script.text
                if text:
                    yield text

    def json_ld_of_type(self, *types: str) -> Iterator[jsonld.JsonObject]:
        """JSON-LD objects whose ``@type`` is one of ``types``."""
        wanted = set(types)
        for obj in self.json_ld:
            if wanted.intersection(jsonld.types_of(obj)):
                yield obj

    @functools.cached_property
    def json_ld_by_id(self) -> dict[str, jsonld.JsonObject]:
        """JSON-LD objects by their ``@id`` (the first full object of each id; bare references
        of one key are not objects)."""
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
                return self.json_ld_by_id.get(node_id, value)
        return value

    def soup(self) -> BeautifulSoup:
        """A BeautifulSoup of the page, built on demand for plugins that prefer bs4."""
        cached: BeautifulSoup | None = self.__dict__.get("_soup")
        if cached is None:
            from bs4 import BeautifulSoup

            cached = BeautifulSoup(self.html, "lxml")
            self.__dict__["_soup"] = cached
        return cached
