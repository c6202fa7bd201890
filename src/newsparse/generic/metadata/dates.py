"""Publication and modification dates.

Precedence for ``published``: the article's JSON-LD ``datePublished``; meta tags
(``article:published_time``, ``itemprop=datePublished``, parsely, sailthru, Dublin Core...);
an element marked ``itemprop=datePublished``; the first ``<time datetime>`` in the article;
a visible dateline (many languages and formats); last, a date in the URL. ``modified`` has the
same sources with their "modified" names. Structured values are parsed with python-dateutil
and keep their zone (never converted to UTC). A date in the future or before 1990 is
rejected; a modification date earlier than the publication date is dropped.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone

import lxml.etree
from dateutil import parser as dateparser

from newsparse.generic.metadata import common, regions, structured
from newsparse.generic.metadata.date_words import MODIFIED_CUES, PUBLISHED_CUES, ZONE_OFFSETS
from newsparse.generic.metadata.datetext import date_in_text, date_in_url
from newsparse.page import Page, text_of

_PUBLISHED_META = (
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
)
_MODIFIED_META = (
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
_MIN_YEAR = 1990
_DEFAULT = datetime(2000, 1, 1)
_SAME_INSTANT = timedelta(seconds=90)
_QUARTER_HOUR = timedelta(minutes=15)
# UTC offsets in use, in quarter hours: whole hours from -12 to +14, and the few zones
# on half and three-quarter hours (India +5:30, Nepal +5:45, Newfoundland -3:30...).
_ZONE_QUARTERS = frozenset(
    {4 * hours for hours in range(-12, 15) if hours}
    | {-38, -14, 14, 18, 22, 23, 26, 35, 38, 39, 42, 51, 55}
)
_MAX_VALUE = 80
_NUMERIC = re.compile(r"^\d{10}(?:\d{3})?$")
_ISO = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$"
)
_FRACTION = re.compile(r"\.\d+")
_DATE_MARK = re.compile(r"date|time|publish|posted|byline|dateline|meta|datum|fecha|data|zeit")
_DATELINE_TAGS = frozenset(
    {
        "time",
        "span",
        "div",
        "p",
        "small",
        "li",
        "abbr",
        "em",
        "strong",
        "a",
        "dd",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    }
)
_MAX_DATELINE = 160
_MAX_UNMARKED = 120
_MAX_BARE_DATE = 40
_AFTER_HEADLINE = lxml.etree.XPath("following::*[position() <= 30]")
_CUE_PUBLISHED = re.compile("|".join(re.escape(c) for c in PUBLISHED_CUES), re.I)
_CUE_MODIFIED = re.compile("|".join(re.escape(c) for c in MODIFIED_CUES), re.I)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def plausible(value: datetime | None) -> datetime | None:
    """``value`` when it is neither in the future nor implausibly old, else None."""
    if value is None or value.year < _MIN_YEAR:
        return None
    aware = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    try:
        if aware > _now() + timedelta(days=1):
            return None
    except (OverflowError, ValueError):
        return None
    return value


def _iso(value: str) -> datetime | None:
    """Fast path for the ISO 8601 forms most pages use ("2019-06-05T10:00:00+02:00", "...Z",
    fractions); None for anything else (python-dateutil then reads it)."""
    if not _ISO.match(value):
        return None
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    text = _FRACTION.sub(lambda m: m.group(0)[:7], text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    try:
        parsed.utcoffset()
    except (ValueError, OverflowError):
        return None
    return parsed


def parse_date(value: object) -> datetime | None:
    """A datetime from an ISO 8601 or free-form date string (zone kept), or None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value))
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > _MAX_VALUE:
        return None
    if _NUMERIC.match(value):  # Unix timestamps (seconds or milliseconds)
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        try:
            return plausible(datetime.fromtimestamp(seconds, timezone.utc))
        except (OverflowError, OSError, ValueError):
            return None
    parsed = _iso(value)
    if parsed is not None:
        return plausible(parsed)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            parsed = dateparser.parse(value, default=_DEFAULT, tzinfos=ZONE_OFFSETS)
    except (ValueError, OverflowError, TypeError, dateparser.ParserError):
        parsed = date_in_text(value)
    if parsed is not None and parsed.tzinfo is not None:
        try:
            parsed.utcoffset()
        except (ValueError, OverflowError):
            return None
    return plausible(parsed)


def _structured_dates(
    page: Page, json_keys: tuple[str, ...], metas: tuple[str, ...], itemprop: str
) -> list[datetime]:
    """Every date the structured sources give, in precedence order (a handful at most)."""
    found: list[datetime | None] = [
        parse_date(structured.article_value(page, k)) for k in json_keys
    ]
    for name in metas:
        found.extend(parse_date(value) for value in common.meta_all(page, name)[:2])
    marked = [e for e, marks in regions.cue_elements(page) if itemprop.lower() in marks.split()]
    for element in [e for e in marked if e.tag != "meta"][:3]:
        found.append(
            parse_date(element.get("datetime") or element.get("content") or text_of(element))
        )
    webpage = structured.page_object(page)
    if webpage is not None:
        found.extend(parse_date(webpage.get(key)) for key in json_keys)
    return [value for value in found if value is not None]


def _in_page_zone(chosen: datetime, others: list[datetime]) -> datetime:
    """``chosen`` moved into the page's own zone when it is given in UTC and another source
    shows the same instant in local time (a zoned value, or a naive one a whole number of
    quarter hours away): the page's day, not UTC's."""
    if chosen.tzinfo is None or chosen.utcoffset() != timedelta(0):
        return chosen
    naive_utc = chosen.replace(tzinfo=None)
    for other in others:
        offset = other.utcoffset() if other.tzinfo is not None else None
        if offset:
            if abs(other - chosen) < _SAME_INSTANT:
                return chosen.astimezone(other.tzinfo)
            continue
        if other.tzinfo is not None or (other.hour, other.minute) == (0, 0):
            continue  # a date without a time says nothing about the zone
        delta = other - naive_utc
        quarters = round(delta / _QUARTER_HOUR)
        if quarters not in _ZONE_QUARTERS:
            continue
        if abs(delta - quarters * _QUARTER_HOUR) < _SAME_INSTANT:
            return chosen.astimezone(timezone(quarters * _QUARTER_HOUR))
    return chosen


def _month_first(page: Page) -> bool:
    language = (common.meta(page, "og:locale") or page.tree.get("lang") or "").lower()
    return language.replace("_", "-") in ("en-us", "en")


def _dateline_elements(page: Page) -> list[common.HtmlElement]:
    """Elements that may hold a visible dateline: marked date/time/byline elements, those
    inside the article first; no comment/related/sidebar blocks, no long containers."""
    marked = [
        e
        for e, marks in regions.cue_elements(page)
        if e.tag in _DATELINE_TAGS and _DATE_MARK.search(marks)
    ][:80]
    ordered = regions.near_story_first(page, marked)
    chosen: list[common.HtmlElement] = []
    for element in ordered:
        if common.text_length(element) >= _MAX_DATELINE or regions.in_excluded_container(
            page, element
        ):
            continue
        chosen.append(element)
        if len(chosen) >= 12:
            break
    return chosen


def _time_elements(page: Page) -> list[common.HtmlElement]:
    times = [t for t in page.tree.iter("time") if t.get("datetime")][:20]
    ordered = regions.near_story_first(page, times)
    return [t for t in ordered if not regions.in_excluded_container(page, t)][:5]


def _visible_dates(page: Page) -> tuple[datetime | None, datetime | None]:
    """(published, modified) read from ``<time datetime>`` and datelines near the story."""

    def find() -> tuple[datetime | None, datetime | None]:
        published: datetime | None = None
        modified: datetime | None = None
        for element in _time_elements(page):
            found = parse_date(element.get("datetime"))
            if found is None:
                continue
            label = f"{element.get('class') or ''} {element.get('itemprop') or ''}"
            if _CUE_MODIFIED.search(label) or "updat" in label.lower():
                modified = modified or found
            else:
                published = published or found
        if published is None:
            month_first = _month_first(page)
            elements = _dateline_elements(page)
            # Machine-readable first: <abbr class="published" title="2016-05-06T21:14-07:00">.
            for element in elements:
                published = parse_date(element.get("title") or element.get("content"))
                if published is not None:
                    break
            for element in elements if published is None else ():
                published, modified = _read_dateline(
                    text_of(element), month_first, published, modified
                )
                if published is not None:
                    break
            if published is None:
                published = _dateline_after_headline(page, month_first)
        return published, modified

    return common.cached(page, "_md_visible_dates", find)


def _dateline_after_headline(page: Page, month_first: bool) -> datetime | None:
    """A short line under the headline that is a date, or says "Published ..." with one
    (unmarked datelines: "기사입력 : 2018-09-28 17:32", "June 5, 2019")."""
    h1 = next(page.tree.iter("h1"), None)
    if h1 is None:
        return None
    for element in _AFTER_HEADLINE(h1):
        if element.tag not in _DATELINE_TAGS or common.text_length(element) > _MAX_UNMARKED:
            continue
        text = text_of(element)
        cue = _CUE_PUBLISHED.search(text)
        if cue is None and len(text) > _MAX_BARE_DATE:
            continue
        found = plausible(date_in_text(text[cue.end() :] if cue else text, month_first=month_first))
        if found is not None and not regions.in_excluded_container(page, element):
            return found
    return None


def _read_dateline(
    text: str, month_first: bool, published: datetime | None, modified: datetime | None
) -> tuple[datetime | None, datetime | None]:
    updated = _CUE_MODIFIED.search(text)
    if updated is not None:
        before, after = text[: updated.start()], text[updated.end() :]
        modified = modified or plausible(date_in_text(after, month_first=month_first))
        text = before
    if published is None and text:
        cue = _CUE_PUBLISHED.search(text)
        published = plausible(
            date_in_text(text[cue.end() :] if cue else text, month_first=month_first)
        )
    return published, modified


def find_published(page: Page) -> datetime | None:
    """When the article was first published, or None."""

    def find() -> datetime | None:
        candidates = _structured_dates(
            page, ("datePublished", "dateCreated"), _PUBLISHED_META, "datePublished"
        )
        visible = _visible_dates(page)[0]
        if candidates:
            return _in_page_zone(candidates[0], [*candidates[1:], *filter(None, [visible])])
        if visible is not None:
            return visible
        return plausible(date_in_url(page.url) or date_in_url(page.canonical_hint))

    return common.cached(page, "_md_published", find)


def find_modified(page: Page) -> datetime | None:
    """When the article was last modified, or None; never earlier than ``published``."""
    candidates = _structured_dates(page, ("dateModified",), _MODIFIED_META, "dateModified")
    visible = _visible_dates(page)[1]
    found = candidates[0] if candidates else visible
    if found is not None:
        found = _in_page_zone(found, [*candidates[1:], *filter(None, [visible])])
        published = find_published(page)
        if published is not None and published.tzinfo is not None and found.tzinfo is not None:
            found = (
                found.astimezone(published.tzinfo) if found.utcoffset() == timedelta(0) else found
            )
        if published is not None and _earlier(found, published):
            return None
    return found


def _earlier(a: datetime, b: datetime) -> bool:
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a < b
