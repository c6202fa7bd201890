"""The kinds of block that surround a story."""

from __future__ import annotations

import enum


class Kind(enum.Enum):
    """What a non-story block is. Only ``RELATED`` blocks are harvested into ``related``."""

    RELATED = "related"
    # "Read more", "Also read", "Lesen Sie auch": related when the block follows the story,
    # an inline promo (dropped, not harvested) when the story's paragraphs go on after it
    READ_ALSO = "read-also"
    POPULAR = "popular"  # most read, trending, latest, editor's picks: not related
    NEWSLETTER = "newsletter"
    SHARE = "share"
    COMMENTS = "comments"
    CONSENT = "consent"  # cookie and privacy notices
    AD = "ad"  # ads, sponsored and promoted content, Outbrain/Taboola
    BIO = "bio"  # author boxes
    # a press release's or a science syndicator's notes after the story: its source, the
    # paper it reports, how to cite it, whom to contact
    NOTES = "notes"
    TAGS = "tags"
    BREADCRUMB = "breadcrumb"
    PAGINATION = "pagination"  # previous/next article
    PAYWALL = "paywall"
    APPEAL = "appeal"  # app downloads, donations, follow-us boxes
    NAV = "nav"  # menus and site navigation
    CHROME = "chrome"  # sidebars, footers, asides, forms: dropped, but may hold related blocks
    HIDDEN = "hidden"  # scripts, styles and other invisible elements


# Kinds whose blocks may contain a related-articles block worth harvesting (a sidebar widget,
# a footer section, the "Share this / Like this / Related" box WordPress.com's Jetpack puts
# after every post). Any other kind hides the related links inside it (ads, menus, lists of
# most-read stories...).
TRANSPARENT_KINDS: frozenset[Kind] = frozenset({Kind.CHROME, Kind.SHARE})

# Kinds of block that a heading opens over other stories' teasers ("More News From ...",
# "Related", "Most Viewed"): the dates and names there are theirs, not the story's.
OTHER_STORIES_KINDS: frozenset[Kind] = frozenset({Kind.RELATED, Kind.READ_ALSO, Kind.POPULAR})

# Kinds of block whose links may be related articles.
RELATED_KINDS: frozenset[Kind] = frozenset({Kind.RELATED, Kind.READ_ALSO})

# Kinds of the labels that open an appeal to share, follow or subscribe ("Follow us on ...",
# "Sign up for ..."): a line opening like one is the appeal.
APPEAL_KINDS: frozenset[Kind] = frozenset({Kind.SHARE, Kind.APPEAL, Kind.NEWSLETTER})
