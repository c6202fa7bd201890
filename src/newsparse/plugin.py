"""SiteExtractor: the base class of site plugins, mostly data.

A plugin names the sites it serves (``domains``) or the markup that identifies its CMS or
theme (``generator``, ``fingerprint``), and gives CSS selectors for what it knows. Anything a
selector cannot say is an ``extract_<field>(page)`` method to override. Every field a plugin
leaves unset (a method returning None) is filled by the generic engine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from newsparse.model import Link
from newsparse.page import Page, text_of

if TYPE_CHECKING:
    from newsparse.generic import GenericEngine


class SiteExtractor:
    """Base class for site and CMS plugins.

    Class attributes (all optional but ``name``):

    - ``name``: unique plugin name, reported as ``Article.extractor``.
    - ``domains``: hosts served; each also matches its subdomains (``www.``, ``m.``...).
    - ``generator``: regex searched in ``<meta name="generator">`` to recognise a CMS/theme.
    - ``fingerprint``: CSS selector whose presence recognises a CMS/theme.
      With both set, both must match.
    - ``body``: CSS selector of the article body (several matches are joined in order).
    - ``headline``: CSS selector of the headline.
    - ``remove``: CSS selectors of blocks to delete before anything else is extracted.
    - ``related``: CSS selector of related-article links (``a`` elements, or blocks holding them).
    - ``clean_body``: also apply the generic boilerplate rules inside ``body`` (default True).

    An instance lives for one parse: ``self.page`` is the page and ``self.generic`` the generic
    engine run with this plugin's ``remove`` selectors, for methods that want to refine its
    answers rather than replace them.
    """

    name: ClassVar[str] = ""
    domains: ClassVar[tuple[str, ...]] = ()
    generator: ClassVar[str | None] = None
    fingerprint: ClassVar[str | None] = None
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
        return not cls.fingerprint or page.select_one(cls.fingerprint) is not None

    # -- fields: None means "let the generic engine decide" -----------------------------------

    def extract_headline(self) -> str | None:
        if not self.headline:
            return None
        for element in self.page.select(self.headline):
            text = text_of(element)
            if text:
                return text
        return None

    def extract_body(self) -> str | None:
        if not self.body:
            return self.generic.body()
        return self.generic.body_from(self.body, clean=self.clean_body)

    def extract_related(self) -> tuple[Link, ...] | None:
        if not self.related:
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
