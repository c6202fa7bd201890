"""WordPress themes: the plugins for WordPress news and magazine themes, one class per theme
family, matched by the theme's markup so that each serves every site built on it.

:class:`WordPressTheme` holds what every WordPress site shares (the metadata the SEO plugins
Yoast and Rank Math write); each theme subclass adds its selectors.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from newsparse.page import collapse_whitespace
from newsparse.plugin import SiteExtractor, parse_datetime

# JSON-LD types under which WordPress SEO plugins describe a post.
POST_TYPES: tuple[str, ...] = ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle")

# Blocks that WordPress plugins insert inside a post's content on any theme.
PLUGIN_INSERTS: tuple[str, ...] = (
    "script",
    "style",
    "noscript",
    "ins.adsbygoogle",
    ".code-block",  # Ad Inserter
    ".sharedaddy",  # Jetpack sharing and likes
    ".jp-relatedposts",  # Jetpack related posts
    ".addtoany_share_save_container",
    ".wpcnt",  # WordAds
    ".yarpp-related",
    ".crp_related",
)


class WordPressTheme(SiteExtractor):
    """Base of WordPress theme plugins (not registered itself): metadata from the Yoast or
    Rank Math JSON-LD graph and OpenGraph tags, which themes leave alone."""

    def _post_objects(self) -> list[dict[str, Any]]:
        return list(self.page.json_ld_of_type(*POST_TYPES))

    def _post_date(self, json_key: str, *meta_names: str) -> datetime | None:
        for obj in self._post_objects():
            found = parse_datetime(obj.get(json_key))
            if found:
                return found
        for name in meta_names:
            found = parse_datetime(self.page.meta(name))
            if found:
                return found
        return None

    def _json_ld_authors(self) -> tuple[str, ...]:
        for obj in self._post_objects():
            authors = self.page.json_ld_resolve(obj.get("author"))
            names: list[str] = []
            for author in authors if isinstance(authors, list) else [authors]:
                name = author.get("name") if isinstance(author, dict) else author
                if isinstance(name, str) and collapse_whitespace(name):
                    names.append(collapse_whitespace(name))
            if names:
                return tuple(dict.fromkeys(names))
        return ()

    def extract_published(self) -> datetime | None:
        return self._post_date("datePublished", "article:published_time")

    def extract_modified(self) -> datetime | None:
        return self._post_date("dateModified", "article:modified_time", "og:updated_time")

    def extract_site_name(self) -> str | None:
        name = self.page.meta("og:site_name")
        if name:
            return name
        for site in self.page.json_ld_of_type("WebSite"):
            value = site.get("name")
            if isinstance(value, str) and value.strip():
                return collapse_whitespace(value)
        return None


class JannahTheme(WordPressTheme):
    """Jannah (TieLabs), a WordPress news and magazine theme used by many regional news and
    aggregator sites: ``#tie-wrapper`` / ``#tie-container`` around the page, the post in
    ``article#the-post`` with its text in ``div.entry-content``, a ``#related-posts`` block
    of teasers, an optional ``#post-newsletter`` signup box, ads in ``.stream-item``."""

    name = "wordpress-jannah"
    # The post container, and one of the theme's own marks (its stylesheet path survives in
    # child themes; minified sites still keep the wrappers and the body id).
    fingerprint = (
        "article#the-post .entry-content",
        "link[href*='/wp-content/themes/jannah'], #tie-wrapper, #tie-container, body#tie-body",
    )
    body = "article#the-post .entry-content"
    headline = "h1.post-title.entry-title"
    related = "#related-posts .related-item .post-title a"
    remove = (
        *PLUGIN_INSERTS,
        ".stream-item",  # the theme's ad slots
        ".post-bottom-meta",  # tags and sources boxes at the end of the content
        ".share-buttons",
        "#post-newsletter",
        ".subscribe-widget",
        "#check-also-box",
        ".tie-inline-related",
        ".toggle-post-content",
    )
    clean_body = False
    byline_authors = "#single-post-meta .meta-author .author-name"
    post_tags = ".post-bottom-tags a[rel~='tag']"
    # The theme's "Source" box names where a republished story comes from.
    post_source = ".post-bottom-source .tagcloud a"

    def extract_authors(self) -> tuple[str, ...] | None:
        return self.texts(self.byline_authors) or self._json_ld_authors() or None

    def extract_tags(self) -> tuple[str, ...] | None:
        return self.texts(self.post_tags) or None

    def extract_source(self) -> str | None:
        return self.first_text(self.post_source)
