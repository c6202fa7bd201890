"""Whether a page is a listing of stories (a section front, an archive, search results, a
"not found" page of suggestions) rather than a story: its teasers are no story, and their
bylines and dates are not the page's."""

from __future__ import annotations

from newsparse import jsonld
from newsparse.generic.cues.pages import (
    ARCHIVE_BODY_CLASS,
    ARCHIVE_KIND_CLASSES,
    LISTING_BODY_CLASSES,
    LISTING_PAGE_TYPES,
    STORY_BODY_CLASSES,
)
from newsparse.generic.metadata.structured import ARTICLE_TYPES, FALLBACK_ARTICLE_TYPES
from newsparse.page import Page

_STORY_TYPES = ARTICLE_TYPES | FALLBACK_ARTICLE_TYPES


def is_listing(page: Page) -> bool:
    """The page declares itself a listing: a JSON-LD collection or search results page and
    no article, or a WordPress listing's <body> classes."""
    types = {name for obj in page.json_ld for name in jsonld.types_of(obj)}
    if not _STORY_TYPES.isdisjoint(types):
        return False
    if not LISTING_PAGE_TYPES.isdisjoint(types):
        return True
    body = page.tree.find("body")
    classes = set((body.get("class") or "").split()) if body is not None else set()
    if not STORY_BODY_CLASSES.isdisjoint(classes):
        return False
    archive = ARCHIVE_BODY_CLASS in classes and not ARCHIVE_KIND_CLASSES.isdisjoint(classes)
    return archive or not LISTING_BODY_CLASSES.isdisjoint(classes)
