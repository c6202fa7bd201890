"""Cue data for the generic engine: class/id tokens and headings that mark boilerplate and
related-article blocks. Data only; the logic that uses it lives in boilerplate.py/related.py."""

from __future__ import annotations

# Whole class/id tokens (after splitting on whitespace, "-" and "_") that mark a block which
# is never part of the story.
BOILERPLATE_TOKENS: frozenset[str] = frozenset(
    {
        "advert",
        "advertisement",
        "advertising",
        "ads",
        "adsbygoogle",
        "adslot",
        "sponsored",
        "promo",
        "promoted",
        "outbrain",
        "taboola",
        "newsletter",
        "signup",
        "subscribe",
        "subscription",
        "paywall",
        "share",
        "sharing",
        "social",
        "sharedaddy",
        "comments",
        "comment",
        "disqus",
        "respond",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "widget",
        "widgets",
        "popular",
        "trending",
        "related",
        "recommended",
        "recommendations",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "masthead",
        "pagination",
        "pager",
        "tags",
        "tagcloud",
        "byline",
        "author-bio",
        "bio",
    }
)

# Tags that never hold story text.
NON_CONTENT_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "form",
        "button",
        "select",
        "textarea",
        "input",
        "nav",
        "aside",
        "footer",
        "svg",
        "object",
        "embed",
        "dialog",
    }
)

# Headings (casefolded, punctuation stripped) that announce a related-articles block.
RELATED_HEADINGS: frozenset[str] = frozenset(
    {
        "you may also like",
        "related",
        "related articles",
        "related posts",
        "related stories",
        "related news",
        "more from",
        "read more",
        "also read",
        "recommended",
        "more stories",
        "you might also like",
        "more on this",
        "more news",
        "see also",
    }
)

# Class/id tokens that mark a related-articles block.
RELATED_TOKENS: frozenset[str] = frozenset(
    {"related", "yarpp", "crp", "jp-relatedposts", "relatedposts", "also", "more-stories"}
)
