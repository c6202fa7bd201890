"""Signs that a page is a listing, not a story (data only)."""

from __future__ import annotations

#: schema.org page types of listings: a section's, a tag's or an author's archive, search
#: results. A page declaring one, and no article, holds teasers of stories, not a story.
LISTING_PAGE_TYPES: frozenset[str] = frozenset({"CollectionPage", "SearchResultsPage"})

#: The classes WordPress themes give the <body> of its listing pages: search results, the
#: "not found" page; and Drupal's themes, of a taxonomy term's page.
LISTING_BODY_CLASSES: frozenset[str] = frozenset(
    {"search-results", "error404", "path-taxonomy", "page-taxonomy-term"}
)
#: WordPress's class of an archive's <body>, and the classes naming what it lists (a category,
#: a tag, an author, a date): both together ("archive" alone names a newsletter's archived
#: issue on some platforms).
ARCHIVE_BODY_CLASS = "archive"
ARCHIVE_KIND_CLASSES: frozenset[str] = frozenset({"category", "tag", "author", "date"})
#: ...and of a single post's or page's: a <body> that names one is a story's, whatever other
#: classes themes and plugins add to it.
STORY_BODY_CLASSES: frozenset[str] = frozenset({"single", "single-post", "page"})
