"""GenericEngine: every Article field for one page, computed on demand and cached."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime

import lxml.html

from newsparse.generic.blocks import Classification, classify
from newsparse.generic.body import body_paragraphs
from newsparse.generic.body_lines import (
    without_closing_bio,
    without_closing_self_description,
    without_closing_site_name,
    without_opening_placed_byline,
)
from newsparse.generic.body_titles import headline_hints, subject_titles
from newsparse.generic.boilerplate import remove_boilerplate
from newsparse.generic.gallery import MAX_STORY_CHARS, find_gallery, gallery_intro
from newsparse.generic.links import anchors_in, links_from_anchors
from newsparse.generic.listing import is_listing
from newsparse.generic.measure import Measurements
from newsparse.generic.metadata.authors import (
    byline_of,
    find_authors,
    opening_names,
    signed_after_story,
    signed_at_end,
    signed_names,
)
from newsparse.generic.metadata.common import declared_titles
from newsparse.generic.metadata.dates import find_modified, find_published
from newsparse.generic.metadata.fields import (
    find_canonical_url,
    find_description,
    find_image,
    find_tags,
)
from newsparse.generic.metadata.headline import (
    find_headline,
    permalink_headings,
    site_titled_line,
    visible_headlines,
)
from newsparse.generic.metadata.language import find_language
from newsparse.generic.metadata.regions import cue_marks, offer_cue_elements
from newsparse.generic.metadata.site import find_site_name, is_site_identity
from newsparse.generic.metadata.source import find_source
from newsparse.generic.metadata.textkeys import key
from newsparse.generic.related import related_links
from newsparse.generic.state_body import continued_from_state
from newsparse.generic.structured_body import prefer_structured
from newsparse.generic.text import join_paragraphs, lead_sentence, paragraphs_of
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

    def _fresh_tree(self) -> HtmlElement:
        """A new copy of the page with the ``remove`` selectors applied (nothing else yet)."""
        root = self.page.working_copy()
        for selector in self.remove:
            for element in css(selector)(root):
                if element.getparent() is not None:
                    element.drop_tree()
        return root

    @functools.cached_property
    def _working_tree(self) -> HtmlElement:
        """A copy of the page with the ``remove`` selectors applied (nothing else yet)."""
        return self._fresh_tree()

    @functools.cached_property
    def _story_tree(self) -> HtmlElement:
        """The tree the generic body reads: the page's own tree when there is nothing to
        remove (the body stage never modifies it: it skips what it drops), else a copy
        without the ``remove`` selectors' blocks."""
        return self._fresh_tree() if self.remove else self.page.tree

    @functools.cached_property
    def _classes(self) -> Classification:
        """One classification walk over the story tree (it reads, never deletes): the related
        blocks, and the boilerplate blocks the body stage also skips. On the page's own tree
        the same walk collects the metadata's cue elements (one walk fewer)."""
        if self._story_tree is not self.page.tree:
            return classify(self._story_tree)
        classes = classify(self._story_tree, marks=cue_marks)
        offer_cue_elements(self.page, classes.measurements.marked)
        return classes

    @functools.cached_property
    def _body_hints(self) -> tuple[frozenset[HtmlElement], Measurements | None]:
        """What the classification gives the body stage: its boilerplate blocks, and its
        measurements of the tree (the body's scoring reads them rather than walk again)."""
        try:
            classes = self._classes
            return frozenset(classes.doomed), classes.measurements
        except Exception:  # the body does without hints; related() reports the failure
            return frozenset(), None

    @functools.cached_property
    def _clean_tree(self) -> HtmlElement:
        root = self._working_tree
        remove_boilerplate(classify(root))
        return root

    def clean_tree(self) -> HtmlElement:
        """A working copy after boilerplate removal (related blocks, ads, share bars,
        comments... are gone; the story's container is kept): what a plugin's body is read
        from when it asks for the generic cleaning."""
        return self._clean_tree

    # -- body and links ---------------------------------------------------------------------

    def body(self) -> str:
        """The story's text, paragraphs separated by blank lines; "" when there is none."""
        return join_paragraphs(self._paragraphs)

    @functools.cached_property
    def _paragraphs(self) -> list[str]:
        if self._is_listing:
            return []  # (a listing's teasers make no story)
        # The body stage scores the whole page (it needs the comments, sidebars and teasers
        # to see what the story is not) and prunes inside the story by its own rules and the
        # classification's doomed blocks; it skips, never deletes, so it needs no copy.
        doomed, found = self._body_hints
        paragraphs = body_paragraphs(
            self._story_tree, self._title_hints, doomed, found, declared_titles(self.page)
        )
        paragraphs = without_closing_bio(paragraphs, byline_of(self.page).names)
        paragraphs = without_opening_placed_byline(paragraphs, byline_of(self.page).names)
        paragraphs = without_closing_site_name(paragraphs, self.site_name())
        paragraphs = without_closing_self_description(
            paragraphs, functools.partial(is_site_identity, self.page)
        )
        paragraphs = prefer_structured(paragraphs, self.page)
        paragraphs = continued_from_state(paragraphs, self.page)
        if sum(map(len, paragraphs)) < MAX_STORY_CHARS:
            paragraphs = self._with_gallery(paragraphs, found)
        return paragraphs

    def _with_gallery(self, paragraphs: list[str], found: Measurements | None) -> list[str]:
        """A photo gallery's page: its captions are the story when they say more than the
        story found (with the introduction before the gallery when none was found)."""
        gallery = find_gallery(self._story_tree, found.kinds if found else {})
        if gallery is None or sum(map(len, gallery.captions)) <= sum(map(len, paragraphs)):
            return paragraphs
        lead = paragraphs or gallery_intro(self._story_tree, gallery)
        return [*lead, *(caption for caption in gallery.captions if caption not in lead)]

    def _lead_paragraph(self) -> str | None:
        """The story's first paragraph that reads as a sentence (not its headline, kicker,
        caption or a preformatted block), whitespace collapsed."""
        return next(filter(None, map(lead_sentence, self._paragraphs)), None)

    @functools.cached_property
    def _title_hints(self) -> tuple[str, ...]:
        """Headline texts the page declares or shows, to recognise the headline inside the
        body."""
        declared = declared_titles(self.page)
        hints = [*declared]
        hints.extend(permalink_headings(self.page))  # (a blog post's title, linked to itself)
        # (and a <font> layout's large headline; not an e-mail's lead item under its subject)
        site = " ".join(filter(None, (self.site_name(), self.page.host))).casefold()
        hints.extend(headline_hints(visible_headlines(self.page), subject_titles(declared, site)))
        # (a page titled by the site's name alone: the title line it shows, a transcript's)
        return tuple(hint for hint in (*hints, site_titled_line(self.page)) if hint)

    def body_from(self, selector: str, *, clean: bool = True) -> str:
        """The text of the elements matching ``selector`` (a plugin's body), optionally with the
        generic boilerplate rules applied inside them."""
        root = self._story_tree if not clean else self._clean_tree
        paragraphs: list[str] = []
        for element in css(selector)(root):
            paragraphs.extend(paragraphs_of(element))
        return join_paragraphs(paragraphs)

    def links_from(self, selector: str) -> tuple[Link, ...]:
        """Links of the elements matching ``selector`` (anchors, or blocks holding anchors)."""
        return links_from_anchors(self.page, anchors_in(css(selector)(self.page.tree)))

    def related(self) -> tuple[Link, ...]:
        return self._related

    @functools.cached_property
    def _related(self) -> tuple[Link, ...]:
        return related_links(self.page, self._classes)

    # -- metadata ---------------------------------------------------------------------------

    def headline(self) -> str | None:
        return find_headline(self.page, self.authors())

    @functools.cached_property
    def _is_listing(self) -> bool:
        return is_listing(self.page)

    def authors(self) -> tuple[str, ...]:
        if self._is_listing:
            return ()  # (its teasers' bylines are theirs)
        found = find_authors(self.page)
        if byline_of(self.page).names:
            return self._without_source(found)
        # no byline names a person: the reporter who signs the story off, if one does
        return (
            signed_names(self._paragraphs)
            or signed_after_story(self.page, self._paragraphs)
            or signed_at_end(self.page)
            or found
            or opening_names(self._paragraphs)
        )

    def _without_source(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The names but the original publisher's, when people remain ("Kendra Baptiste, Word
        In Black" on a copy of Word In Black's story: the outlet is its source)."""
        source = self.source()
        if not source:
            return names
        people = tuple(name for name in names if key(name) != key(source))
        return people or names

    def published(self) -> datetime | None:
        return None if self._is_listing else find_published(self.page)

    def modified(self) -> datetime | None:
        return find_modified(self.page)

    def description(self) -> str | None:
        return find_description(self.page, self._lead_paragraph)

    def image(self) -> str | None:
        return find_image(self.page)

    def site_name(self) -> str | None:
        return self._site_name

    @functools.cached_property
    def _site_name(self) -> str | None:
        return find_site_name(self.page)  # (read for the body's closing line too)

    def language(self) -> str | None:
        return find_language(self.page, self.body)

    def tags(self) -> tuple[str, ...]:
        _, found = self._body_hints
        return find_tags(self.page, found.block_labels if found else None)

    def canonical_url(self) -> str | None:
        return self._canonical_url

    # (not functools.cache on the method: that cache lives on the class and would keep every
    # engine, and so every page's tree, alive for the life of the process)
    @functools.cached_property
    def _canonical_url(self) -> str | None:
        return find_canonical_url(self.page)

    def source(self) -> str | None:
        return self._source

    # (read by the authors too: found once)
    @functools.cached_property
    def _source(self) -> str | None:
        return find_source(self.page, self.canonical_url(), lambda: self._paragraphs)
