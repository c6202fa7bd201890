"""Which links can point at another article: not tag, author or section pages, not home
pages, not share, ad or app-store services, not a stock's quote page."""

from __future__ import annotations

import enum
import re
from urllib.parse import parse_qsl, urlsplit

import lxml.html

from newsparse.generic.body_cues import QUOTE_PAGE_PATHS
from newsparse.generic.cues.link_texts import (
    IMAGE_PAGE_MARKS,
    LISTING_LINK_OPENERS,
    MORE_NEWS_LINE_OPENERS,
)
from newsparse.generic.cues.urls import (
    BLOCKED_HOSTS,
    CITATION_HOSTS,
    FILE_SUFFIXES,
    LAST_ONLY_NON_ARTICLE_SEGMENTS,
    NON_ARTICLE_RELS,
    NON_ARTICLE_SEGMENTS,
    PAGINATION_PARAMETERS,
    SECTION_PATH_SEGMENTS,
    SECTION_SEGMENTS,
    TRACKING_PARAMETERS,
    TRACKING_PREFIXES,
)
from newsparse.generic.labels import normalise
from newsparse.generic.metadata.datetext import date_in_text
from newsparse.hosts import host_of
from newsparse.page import Page, text_of

HtmlElement = lxml.html.HtmlElement

# A one-segment path whose slug and link text both have at most this many words is a section
# front ("/science-and-health" linked as "Science & Health").
_SECTION_WORDS = 3
_SLUG_WORD = re.compile(r"[^\W_]+")
# A story's slug under a section's path has at least this many words (a tag page's one is
# right under its "tag" segment).
_MIN_STORY_SLUG_WORDS = 4
# A story's date in its path: "/2024/09/05/" or "/2024/09/".
_DATED_PATH = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/")
# A slug ending in a story's id ("waermeplanungsgesetz-2213692", "article-10483921.html").
_STORY_ID_END = re.compile(r"[a-z][\w-]*[-_]\d{6,}(?:\.\w+)?$")
# A story's bare numeric id as a path's last segment ("28876600").
_STORY_ID = re.compile(r"\d{6,}")
# A day's, month's or year's archive: an address that ends in the date ("/archive/2025/03/18").
_DATE_ARCHIVE = re.compile(r"/(?:19|20)\d\d(?:/\d\d?){0,2}/?$")
# A link's text this short that reads as a date is only a date ("2025-03-18", "18 March 2025").
_MAX_DATE_TEXT = 30
# A count as a link's whole text ("14", "1,204", "2.3K").
_NUMBER = re.compile(r"\d[\d,.]*[kKmM]?")
_LISTING_LINK = re.compile(
    r"(?:{})\b".format("|".join(re.escape(normalise(text)) for text in LISTING_LINK_OPENERS))
)
_MORE_NEWS_LINE = re.compile(
    r"(?:{})\b".format("|".join(re.escape(normalise(text)) for text in MORE_NEWS_LINE_OPENERS))
)


def is_tracking_parameter(name: str) -> bool:
    """True for a query parameter that tracks a click ("utm_source", "itm_medium")."""
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def _names_a_page(query: str) -> bool:
    """True when a query string, tracking parameters aside, carries an id ("p=123")."""
    return any(
        not is_tracking_parameter(name) and any(ch.isdigit() for ch in value)
        for name, value in parse_qsl(query, keep_blank_values=True)
    )


def _paginates(query: str) -> bool:
    """True when a query string turns a listing's pages ("page=2")."""
    return any(
        name.lower() in PAGINATION_PARAMETERS
        for name, _ in parse_qsl(query, keep_blank_values=True)
    )


def blocked_host(host: str) -> bool:
    """A social network's, share service's or ad network's host, or a paper's resolver."""
    labels = host.split(".")
    suffixes = (".".join(labels[i:]) for i in range(len(labels) - 1))
    return any(suffix in BLOCKED_HOSTS or suffix in CITATION_HOSTS for suffix in suffixes)


def leads_to_quote_page(href: str) -> bool:
    """Whether a link's address leads to a stock's quote page ("/quotes/NVDA",
    "/stockpricequote/..."): see ``QUOTE_PAGE_PATHS``."""
    return any(path in href for path in QUOTE_PAGE_PATHS)


def reads_as_listing_link(text: str) -> bool:
    """Whether a link's text opens as a listing's ("View all", "Ver todo", "More news from
    Economy"): it leads to a section or a list, not to an article."""
    return _LISTING_LINK.match(normalise(text)) is not None


def reads_as_more_news_pointer(text: str) -> bool:
    """Whether the words of a line before its link open as a pointer to more news at a place
    ("Veja mais notícias da região no", "More news from the valley at"), no label ending in a
    colon ("More news: <a>...</a>" over a story's link): the link names the place."""
    if text.rstrip().endswith(":"):
        return False
    key = normalise(text)
    return _MORE_NEWS_LINE.match(key) is not None or _LISTING_LINK.match(key) is not None


def _in_other_language(page: Page, anchor: HtmlElement) -> bool:
    """The link declares a language other than the page's (Drupal declares the page's own on
    every link)."""
    linked = anchor.get("hreflang")
    declared = page.tree.get("lang") if linked else None
    if not linked or not declared:
        return False
    return linked.split("-")[0].strip().lower() != declared.split("-")[0].strip().lower()


def reads_as_story_path(path: str) -> bool:
    """Whether an address's path reads as a story's: dated ("/2024/11/04/buses-arrive/"),
    or its last segment a slug of a few words or one ending in a story's id
    ("/news/electric-buses-arrive-in-town", "/themen/gesetz-2213692"); not a day's archive,
    a listing's page (a tag's, an author's) nor a file ("/files/annual-report-2024.pdf")."""
    segments = [segment for segment in path.lower().split("/") if segment]
    if not segments or segments[-1].endswith(FILE_SUFFIXES):
        return False
    if _DATED_PATH.search(path) is not None:
        return _DATE_ARCHIVE.search(path) is None
    if any(segment in NON_ARTICLE_SEGMENTS for segment in segments):
        return False
    last = segments[-1]
    return len(last.split("-")) >= _MIN_STORY_SLUG_WORDS or _STORY_ID_END.search(last) is not None


def _is_slug_under_section_path(segments: list[str]) -> bool:
    """A story's slug filed below a section's path, its only listing segments a section's
    ("/section/politics/news/polish-farmers-and-the-green-deal/"), not right under one (a
    tag's page, "/section/politics")."""
    return (
        len(segments) > 2
        and all(
            segment in SECTION_PATH_SEGMENTS
            for segment in segments
            if segment in NON_ARTICLE_SEGMENTS
        )
        and segments[-2] not in NON_ARTICLE_SEGMENTS
        and len(segments[-1].split("-")) >= _MIN_STORY_SLUG_WORDS
    )


def _is_id_deep_in_section(segments: list[str]) -> bool:
    """A story's numeric id ending a path of three parts or more whose last but one is no
    listing's ("/topics/detail/28876600/"); not a topic's own id right under it
    ("/topics/4417")."""
    return (
        len(segments) > 2
        and segments[-2] not in NON_ARTICLE_SEGMENTS
        and _STORY_ID.fullmatch(segments[-1]) is not None
    )


class LinkReading(enum.Enum):
    """What a link's address and text say it leads to (see ``link_reading``)."""

    ARTICLE = "article"
    # a one-segment slug of a few words linked by a few words ("/blueberry-buckle/",
    # "Blueberry Buckle"), or an address ending in its few-word text ("/teams/aston-villa",
    # "Aston Villa"): how a section's or topic's front is linked, and a recipe or a
    # short-titled story too; among links to articles from the same place, one of them
    SHORT_SLUG = "short slug"
    # a one-word last segment below a folder or more ("/fact-sheets/detail/hypertension"): a
    # section's page ("/news/politics") as often, and a page among its block's others filed
    # in the same folder
    ONE_WORD = "one word"
    OTHER = "other"


def _reads_as_date(text: str) -> bool:
    """Whether a link's text is only a date ("2025-03-18")."""
    return 0 < len(text) <= _MAX_DATE_TEXT and date_in_text(text) is not None


def _slug_of(text: str) -> str:
    """The address segment a title would make: its words lowercased, joined by "-"."""
    return "-".join(_SLUG_WORD.findall(text.lower()))


def link_reading(page: Page, anchor: HtmlElement) -> LinkReading:
    """OTHER for links that cannot be another article: tag, author and section pages, home
    pages, a listing's further pages, share and ad services, ``rel=tag/author/prev/next``
    links, links to a page in another language than the page's (``hreflang="es"``: a
    translation, "Español"), links that read only a
    number (a teaser's comment count, "14") or only a date to that date's archive
    ("/archive/2025/03/18", "2025-03-18")."""
    rels = set((anchor.get("rel") or "").lower().split())
    if rels & NON_ARTICLE_RELS or _in_other_language(page, anchor):
        return LinkReading.OTHER
    text = text_of(anchor)
    if _NUMBER.fullmatch(text) and anchor.find(".//img") is None:
        return LinkReading.OTHER
    if reads_as_listing_link(text):
        return LinkReading.OTHER  # ("Explore more news releases from this company", "View all")
    if text.endswith(IMAGE_PAGE_MARKS):
        return LinkReading.OTHER  # (a picture's page: "Oak seedlings (IMAGE)")
    url = page.absolute_url(anchor.get("href"), fallback_base=page.canonical_hint)
    if not url:
        return LinkReading.OTHER
    try:
        parts = urlsplit(url)
    except ValueError:
        return LinkReading.OTHER
    host = host_of(url) or ""
    # (a share service's or a network's host: not on the network's own pages, where its links
    # are its posts, LinkedIn's "More articles by ...")
    if not host or (blocked_host(host) and host != page.host):
        return LinkReading.OTHER
    segments = [segment for segment in parts.path.lower().split("/") if segment]
    if parts.query and _paginates(parts.query):
        return LinkReading.OTHER
    if _DATE_ARCHIVE.search(parts.path) and _reads_as_date(text):
        return LinkReading.OTHER  # (the archive of a post's day, under its date: "2025-03-18")
    if segments and segments[-1].endswith(FILE_SUFFIXES):
        return LinkReading.OTHER  # (a download: "Zugehörige Dateien", "pm-38-2025.pdf")
    if segments and segments[-1] in LAST_ONLY_NON_ARTICLE_SEGMENTS:
        return LinkReading.OTHER
    if any(segment in NON_ARTICLE_SEGMENTS for segment in segments):
        # (a dated story filed under a section path is still a story:
        # "/sections/shots-health-news/2024/09/05/nx-s1-5090234/daylight-saving"; so is one
        # whose last segment ends in a story's id: "/themen/klimaschutz/gesetz-2213692")
        if _DATED_PATH.search(parts.path) is not None:
            return LinkReading.ARTICLE
        if _is_slug_under_section_path(segments):
            return LinkReading.ARTICLE
        story = all(
            segment in SECTION_SEGMENTS or segment not in NON_ARTICLE_SEGMENTS
            for segment in segments
        ) and bool(_STORY_ID_END.search(segments[-1]) or _is_id_deep_in_section(segments))
        return LinkReading.ARTICLE if story else LinkReading.OTHER
    if _DATED_PATH.search(parts.path):
        return LinkReading.ARTICLE
    if not segments:
        # a home page, unless a query names the article ("?p=123", "?id=...")
        return LinkReading.ARTICLE if _names_a_page(parts.query) else LinkReading.OTHER
    # "/politics" or "/news/world/" is a section; a story's address has a slug or an id
    # ("/some-story-slug", "/2024/05/storm", "/story.html", "?p=123")
    if _names_a_page(parts.query) or any(ch.isdigit() for segment in segments for ch in segment):
        return LinkReading.ARTICLE
    last = segments[-1]
    if not any(ch in "-_." for ch in last):
        return LinkReading.ONE_WORD if len(segments) > 1 else LinkReading.OTHER
    if len(text.split()) <= _SECTION_WORDS and _slug_of(text) == last:
        # a topic's page, its address its name ("/sport/football/teams/aston-villa", "Aston
        # Villa"): an article among others of the block's only
        return LinkReading.SHORT_SLUG
    # "/science-and-health" linked as "Science & Health" is a section front
    if (
        len(segments) > 1
        or len(last.split("-")) > _SECTION_WORDS + 1
        or (len(text.split()) > _SECTION_WORDS)
    ):
        return LinkReading.ARTICLE
    return LinkReading.SHORT_SLUG
