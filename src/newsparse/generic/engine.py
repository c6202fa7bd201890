"""GenericEngine: every Article field for one page, computed on demand and cached."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime

import lxml.html

from newsparse.generic.blocks import classify
from newsparse.generic.body import body_paragraphs
from newsparse.generic.boilerplate import remove_boilerplate
from newsparse.generic.links import anchors_in, links_from_anchors
from newsparse.generic.metadata.authors import find_authors
from newsparse.generic.metadata.dates import find_modified, find_published
from newsparse.generic.metadata.fields import (
    find_canonical_url,
    find_description,
    find_image,
    find_tags,
)
from newsparse.generic.metadata.headline import find_headline
from newsparse.generic.metadata.language import find_language
from newsparse.generic.metadata.site import find_site_name
from newsparse.generic.metadata.source import find_source
from newsparse.generic.related import related_links
from newsparse.generic.text import join_paragraphs, paragraphs_of
from newsparse.model import Link
from newsparse.page import Page, css

HtmlElement = lxml.html.HtmlElement


class GenericEngine:
    """The site-independent extractor for one page.

    ``remove`` holds CSS selectors of blocks to delete before the body and related links are
    looked for (a plugin's ``remove``). Each public method computes one field; results and the
    shared analyses behind them are cached, so a field nobody asks for costs nothing.
    """

    name = "generic"

    def __init__(self, page: Page, remove: Sequence[str] = ()) -> None:
        self.page = page
        self.remove = tuple(remove)

    # -- the working tree -------------------------------------------------------------------

    @functools.cached_property
    def _working_tree(self) -> HtmlElement:
        """A copy of the page with the ``remove`` selectors applied (nothing else yet)."""
        root = self.page.working_copy()
        for selector in self.remove:
            for element in css(selector)(root):
                if element.getparent() is not None:
                    element.drop_tree()
        return root

    @functools.cached_property
    def _related_and_clean_tree(self) -> tuple[tuple[Link, ...], HtmlElement]:
        """One classification walk: harvest the related links, then delete the boilerplate
        (related blocks included) so that body scoring sees only the story's surroundings."""
        root = self._working_tree
        classes = classify(root)
        related = related_links(self.page, classes)
        remove_boilerplate(classes)
        return related, root

    def clean_tree(self) -> HtmlElement:
        """The working copy after boilerplate removal: what body scoring works on. Related
        blocks, ads, share bars, comments... are gone; the story's container is kept."""
        return self._related_and_clean_tree[1]

    # -- body and links ---------------------------------------------------------------------

    def body(self) -> str:
        """The story's text, paragraphs separated by blank lines; "" when there is none."""
        return join_paragraphs(body_paragraphs(self._related_and_clean_tree[1]))

    def body_from(self, selector: str, *, clean: bool = True) -> str:
        """The text of the elements matching ``selector`` (a plugin's body), optionally with the
        generic boilerplate rules applied inside them."""
        root = self._working_tree if not clean else self._related_and_clean_tree[1]
        paragraphs: list[str] = []
        for element in css(selector)(root):
            paragraphs.extend(paragraphs_of(element))
        return join_paragraphs(paragraphs)

    def links_from(self, selector: str) -> tuple[Link, ...]:
        """Links of the elements matching ``selector`` (anchors, or blocks holding anchors)."""
        return links_from_anchors(self.page, anchors_in(css(selector)(self.page.tree)))

    def related(self) -> tuple[Link, ...]:
        return self._related_and_clean_tree[0]

    # -- metadata ---------------------------------------------------------------------------

    def headline(self) -> str | None:
        return find_headline(self.page, self.authors())

    def authors(self) -> tuple[str, ...]:
        return find_authors(self.page)

    def published(self) -> datetime | None:
        return find_published(self.page)

    def modified(self) -> datetime | None:
        return find_modified(self.page)

    def description(self) -> str | None:
        return find_description(self.page)

    def image(self) -> str | None:
        return find_image(self.page)

    def site_name(self) -> str | None:
        return find_site_name(self.page)

    def language(self) -> str | None:
        return find_language(self.page)

    def tags(self) -> tuple[str, ...]:
        return find_tags(self.page)

    @functools.cache  # noqa: B019 - one engine per parse; the cache dies with it
    def canonical_url(self) -> str | None:
        return find_canonical_url(self.page)

    def source(self) -> str | None:
        return find_source(self.page, self.canonical_url())
