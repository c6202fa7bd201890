"""SiteExtractor: the base class of site plugins, mostly data.

A plugin names the sites it serves (``domains``) or the markup that identifies its CMS or
theme (``generator``, ``fingerprint``), and gives CSS selectors for what it knows. Anything a
selector cannot say is an ``extract_<field>()`` method to override. Every field a plugin
leaves unset (a method returning None) is filled by the generic engine.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from dateutil import parser as date_parser

from newsparse.model import Link
from newsparse.page import HtmlElement, Page, text_of

if TYPE_CHECKING:
    from newsparse.generic import GenericEngine

_MAX_DATE_TEXT = 100

# Article fields that extractors produce, in the order they are filled; each has an
# ``extract_<field>()`` method below.
FIELDS: tuple[str, ...] = (
    "headline",
    "body",
    "related",
    "authors",
    "published",
    "modified",
    "description",
    "image",
    "site_name",
    "language",
    "tags",
    "canonical_url",
    "source",
)
# Fields for which a plugin may give a CSS selector as a class attribute of the same name.
SELECTOR_FIELDS: frozenset[str] = frozenset({"headline", "body", "related"})


def parse_datetime(value: object) -> datetime | None:
    """A datetime from an ISO 8601 (or other common) date string; None if unreadable."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > _MAX_DATE_TEXT:
        return None
    try:
        return date_parser.isoparse(value)
    except (ValueError, OverflowError):
        pass
    with warnings.catch_warnings():
        # dateutil warns about zone names it cannot place ("EST"); the naive time is kept.
        warnings.simplefilter("ignore")
        try:
            return date_parser.parse(value)
        except (ValueError, OverflowError, TypeError):
            return None


class SiteExtractor:
    """Base class for site and CMS plugins.

    Class attributes (all optional but ``name``):

    - ``name``: unique plugin name, reported as ``Article.extractor``.
    - ``domains``: hosts served; each also matches its subdomains (``www.``, ``m.``...).
    - ``generator``: regex searched in ``<meta name="generator">`` to recognise a CMS/theme.
    - ``fingerprint``: CSS selector whose presence recognises a CMS/theme, or a tuple of
      selectors that must all match (each may be a comma-separated list of alternatives).
      With ``generator`` and ``fingerprint`` both set, both must match.
    - ``body``: CSS selector of the article body (several matches are joined in order).
    - ``headline``: CSS selector of the headline.
    - ``remove``: CSS selectors of blocks to delete before the body is extracted.
    - ``related``: CSS selector of related-article links (``a`` elements, or blocks holding them).
    - ``clean_body``: also apply the generic boilerplate rules inside ``body`` (default True;
      set False when ``remove`` already says everything, so the result is exactly the markup's).

    An instance lives for one parse: ``self.page`` is the page and ``self.generic`` the generic
    engine run with this plugin's ``remove`` selectors, for methods that want to refine its
    answers rather than replace them.
    """

    name: ClassVar[str] = ""
    domains: ClassVar[tuple[str, ...]] = ()
    generator: ClassVar[str | None] = None
    fingerprint: ClassVar[str | Sequence[str] | None] = None
    body: ClassVar[str | None] = None
    headline: ClassVar[str | None] = None
    remove: ClassVar[Sequence[str]] = ()
    related: ClassVar[str | None] = None
    clean_body: ClassVar[bool] = True

    def __init__(self, page: Page, generic: GenericEngine) -> None:
        self.page = page
        self.generic = generic

    # -- matching ---------------------------------------------------------------------------

    @classmethod
    def matches(cls, page: Page) -> bool:
        """True when the page's markup shows this plugin's CMS or theme (fingerprint match).

        Override for tests a selector and a generator regex cannot express.
        """
        if not cls.generator and not cls.fingerprint:
            return False
        if cls.generator:
            generators = page.meta_all("generator")
            if not any(re.search(cls.generator, value, re.I) for value in generators):
                return False
        selectors = (cls.fingerprint,) if isinstance(cls.fingerprint, str) else cls.fingerprint
        return all(page.select_one(selector) is not None for selector in selectors or ())

    # -- helpers for extract_ methods -------------------------------------------------------

    def first_text(self, selector: str) -> str | None:
        """Visible text of the first element matching ``selector`` that has any."""
        for element in self.page.select(selector):
            text = text_of(element)
            if text:
                return text
        return None

    def texts(self, selector: str) -> tuple[str, ...]:
        """Visible texts of every element matching ``selector``, empty and repeated ones out."""
        found: list[str] = []
        for element in self.page.select(selector):
            text = text_of(element)
            if text and text not in found:
                found.append(text)
        return tuple(found)

    def first_attribute(self, selector: str, attribute: str) -> str | None:
        """The first non-empty ``attribute`` of an element matching ``selector``."""
        for element in self.page.select(selector):
            value = (element.get(attribute) or "").strip()
            if value:
                return value
        return None

    def elements(self, selector: str) -> list[HtmlElement]:
        """Elements matching ``selector`` in the page (the pristine tree: do not modify)."""
        return self.page.select(selector)

    # -- fields: None means "let the generic engine decide" -----------------------------------

    def extract_headline(self) -> str | None:
        return self.first_text(self.headline) if self.headline else None

    def extract_body(self) -> str | None:
        """The body text. With a ``body`` selector, the text of its elements after ``remove``
        (and, with ``clean_body``, the generic boilerplate rules); without one, the generic
        engine's body. Empty means the plugin does not fit the page: another plugin, or the
        generic engine alone, is tried instead."""
        if not self.body:
            return self.generic.body()
        return self.generic.body_from(self.body, clean=self.clean_body)

    def extract_related(self) -> tuple[Link, ...] | None:
        """Links of the ``related`` selector; None (generic decides) when it matches nothing."""
        if not self.related or self.page.select_one(self.related) is None:
            return None
        return self.generic.links_from(self.related)

    def extract_authors(self) -> tuple[str, ...] | None:
        return None

    def extract_published(self) -> datetime | None:
        return None

    def extract_modified(self) -> datetime | None:
        return None

    def extract_description(self) -> str | None:
        return None

    def extract_image(self) -> str | None:
        return None

    def extract_site_name(self) -> str | None:
        return None

    def extract_language(self) -> str | None:
        return None

    def extract_tags(self) -> tuple[str, ...] | None:
        return None

    def extract_canonical_url(self) -> str | None:
        return None

    def extract_source(self) -> str | None:
        return None
