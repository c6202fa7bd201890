"""Where pages declare metadata in ``<meta>`` tags (data only): the names, by precedence,
that each finder reads. Names are lowercased; ``property``, ``name`` and ``itemprop`` are
all indexed under them."""

from __future__ import annotations

#: Meta names that carry the author(s), by precedence.
AUTHOR_METAS = (
    "dc.creator",
    "dcterms.creator",
    "dc:creator",
    "author",
    "article:author",
    "article:author_name",
    "byl",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    # (VnExpress names its stories' writer in its own "its_" metas)
    "its_author",
    "cxenseparse:author",
    "analyticsattributes.author",
)

#: Author metas written "Family, Given" (citation metadata).
SORTED_NAME_METAS = frozenset({"dc.creator", "dcterms.creator", "dc:creator", "citation_author"})

#: Meta names (and itemprops) that carry the publication date, by precedence.
PUBLISHED_METAS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "dc:date",
    "citation_publication_date",
    "citation_date",
    "article.published",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "date",
    "cxenseparse:recs:publishtime",
    "analyticsattributes.articledate",
    "release_date",
    "originalpublicationdate",
)

#: Script variables a page sets to its publication time where no markup shows it (a WeChat
#: article's ``var ct = "1746581400";`` and ``var createTime = '2025-05-07 09:30';``, its
#: visible date filled in by the script): seconds since the epoch, then the time as written.
PUBLISHED_EPOCH_VARIABLES: tuple[str, ...] = ("ct", "create_time")
PUBLISHED_TEXT_VARIABLES: tuple[str, ...] = ("createTime", "publish_time")

#: RDFa properties of page elements that carry the publication date, and the modification
#: date, with the value in ``content`` (Drupal 7 wraps its visible date in
#: ``<span property="dc:date dc:created" content="2014-09-08T10:22:00-05:00">``).
PUBLISHED_RDFA = frozenset(
    {"dc:created", "dc:date", "dc:issued", "dcterms:created", "dcterms:date", "dcterms:issued"}
)
MODIFIED_RDFA = frozenset({"dc:modified", "dcterms:modified"})

#: Meta names that carry the last modification date, by precedence.
MODIFIED_METAS = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "modified_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "article.updated",
    "updated_time",
)

#: Meta names of the summary, by precedence (og:description is checked against the story).
DESCRIPTION_METAS = (
    "dc.description",
    "dcterms.description",
    "dc:description",
    "og:description",
    "description",
    "twitter:description",
    "sailthru.description",
)

#: Meta names of the publisher in Dublin Core.
PUBLISHER_METAS = ("dc.publisher", "dcterms.publisher", "dc:publisher")

#: Meta names of the lead image, by precedence.
IMAGE_METAS = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "thumbnailurl",
    "sailthru.image.full",
)

#: Meta names of tags and keywords; the first present one is used.
TAG_METAS = ("article:tag", "parsely-tags", "sailthru.tags", "news_keywords", "keywords")

#: Meta names of the section the story is filed under.
SECTION_METAS = ("article:section", "parsely-section", "section")

#: Sections that name no topic, casefolded: a static site's content folder (Hugo's
#: "posts"), a CMS's default category (WordPress's "Uncategorized").
UNTOPICAL_SECTIONS: frozenset[str] = frozenset(
    {"posts", "post", "blog", "blogs", "articles", "article", "uncategorized", "uncategorised"}
)

#: Meta names that declare the title, by precedence (after the JSON-LD headline).
# The social cards' titles, which keep a title's own spacing (a Japanese headline's U+3000).
SOCIAL_TITLE_METAS: frozenset[str] = frozenset({"og:title", "twitter:title"})
TITLE_METAS = (
    "dc.title",
    "dcterms.title",
    "dc:title",
    "og:title",
    "twitter:title",
    "parsely-title",
    "sailthru.title",
    "title",
    "headline",
)

#: JSON-LD types of a page's own video or audio item, dated by its ``uploadDate``.
MEDIA_TYPES: frozenset[str] = frozenset(
    {"VideoObject", "AudioObject", "PodcastEpisode", "Clip", "TVEpisode", "RadioEpisode"}
)
