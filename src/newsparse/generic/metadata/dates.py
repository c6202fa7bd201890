"""Publication and modification dates.

Precedence for ``published``: the article's JSON-LD ``datePublished``; meta tags
(``article:published_time``, ``itemprop=datePublished``, parsely, sailthru, Dublin Core...);
an element marked ``itemprop=datePublished``; an RDFa ``dc:created`` element; the first ``<time datetime>`` in the article;
a visible dateline (many languages and formats); a script variable named for it (WeChat's
``var ct``); last, a date in the URL. ``modified`` has the
same sources with their "modified" names. Structured values are parsed with python-dateutil
and keep their zone (never converted to UTC). A date in the future is rejected, and so is
one before 1990 written in the text (a metadata value may state an archive's date back to
1800, but not an empty field's placeholder, "1970-01-01"); a modification date earlier than
the publication date is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from newsparse import jsonld
from newsparse.generic.metadata import common, regions, structured
from newsparse.generic.metadata.datelines import (
    is_day_only,
    is_finer_reading,
    local_readings,
    reads_day_first,
    visible_dates,
)
from newsparse.generic.metadata.dateparse import (
    SAME_INSTANT,
    is_earlier,
    parse_date,
    plausible,
    zone_of_reading,
)
from newsparse.generic.metadata.datetext import date_in_url
from newsparse.generic.metadata.meta_names import (
    MEDIA_TYPES,
    MODIFIED_METAS,
    MODIFIED_RDFA,
    PUBLISHED_EPOCH_VARIABLES,
    PUBLISHED_METAS,
    PUBLISHED_RDFA,
    PUBLISHED_TEXT_VARIABLES,
)
from newsparse.generic.metadata.patterns import one_of
from newsparse.page import HtmlElement, Page, text_of


def _structured_dates(
    page: Page,
    json_keys: tuple[str, ...],
    metas: tuple[str, ...],
    itemprop: str,
    rdfa: frozenset[str],
    json_fallback: tuple[str, ...] = (),
) -> Iterator[datetime]:
    """Every date the structured sources give, in precedence order (a handful at most), read
    lazily: the first usually decides, the others matter only for a value given in UTC.
    ``json_fallback`` are JSON-LD keys read after all the others."""
    for k in json_keys:
        found = parse_date(structured.article_value(page, k))
        if found is not None:
            yield found
    for name in metas:
        for value in common.meta_all(page, name)[:2]:
            found = parse_date(value)
            if found is not None and _AMBIGUOUS_NUMERIC.fullmatch(value.strip()):
                # "12/03/2024": read month first by the parser, day first by most of the
                # world (an EU institution's <meta name="Date">)
                found = _day_first(found) if reads_day_first(page) else found
            if found is not None:
                yield found
    token = itemprop.lower()
    marked = [
        e for e, marks in regions.cue_elements(page) if token in marks and token in marks.split()
    ]
    for element in [e for e in marked if e.tag != "meta"][:3]:
        # <time datetime>, <meta content>, a microformat's <abbr title="2016-05-08T00:55">
        found = parse_date(
            element.get("datetime")
            or element.get("content")
            or (element.get("title") if element.tag == "abbr" else None)
            or text_of(element)
        )
        if found is not None:
            yield found
    webpage = structured.page_object(page)
    if webpage is not None:
        for key in json_keys:
            found = parse_date(webpage.get(key))
            if found is not None:
                yield found
    for element in _rdfa_elements(page, rdfa)[:1]:
        found = parse_date(element.get("content"))
        if found is not None:
            yield found
    for k in json_fallback:
        found = parse_date(structured.article_value(page, k))
        if found is not None:
            yield found


# A numeric date whose day and month could be either way round ("12/03/2024", "03-12-2024").
_AMBIGUOUS_NUMERIC = re.compile(r"(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2(?:19|20)\d\d")


def _day_first(found: datetime) -> datetime:
    """``found`` (read month first) read day first instead."""
    return found.replace(month=found.day, day=found.month)


def _rdfa_elements(page: Page, properties: frozenset[str]) -> list[HtmlElement]:
    """The page's elements whose RDFa ``property`` names one of ``properties`` and whose
    ``content`` holds the value, outside comments and other excluded blocks; looked for only
    on pages that declare Dublin Core's RDFa prefix (``xmlns:dc``, ``prefix="dc: ..."``) on
    their root (many declare Open Graph's or Facebook's only)."""
    root = page.tree
    if not any(
        name.startswith(("xmlns:dc", "xmlns:dcterms"))
        or (name == "prefix" and "dc" in (root.get(name) or ""))
        for name in root.attrib
    ):
        return []
    with_content: list[HtmlElement] = common.cached(
        page, "_md_rdfa_elements", lambda: root.xpath("//body//*[@property][@content]")
    )
    return [
        element
        for element in with_content
        if not properties.isdisjoint((element.get("property") or "").lower().split())
        and not regions.in_excluded_container(page, element)
    ]


def _in_utc(value: datetime) -> bool:
    return value.tzinfo is not None and value.utcoffset() == timedelta(0)


def _in_page_zone(chosen: datetime, others: list[datetime]) -> datetime:
    """``chosen`` moved into the page's own zone when it is given in UTC and another source
    shows the same instant in local time (a zoned value, or a naive one a whole number of
    quarter hours away): the page's day, not UTC's."""
    if chosen.tzinfo is None or chosen.utcoffset() != timedelta(0):
        return chosen
    for other in others:
        offset = other.utcoffset() if other.tzinfo is not None else None
        if offset:
            if abs(other - chosen) < SAME_INSTANT:
                return chosen.astimezone(other.tzinfo)
            continue
        if other.tzinfo is not None or (other.hour, other.minute) == (0, 0):
            continue  # a date without a time says nothing about the zone
        zone = zone_of_reading(chosen, other)
        if zone is not None:
            return chosen.astimezone(zone)
    return chosen


def find_published(page: Page) -> datetime | None:
    """When the article was first published, or None."""

    def find() -> datetime | None:
        candidates = _structured_dates(
            page,
            ("datePublished", "dateCreated"),
            PUBLISHED_METAS,
            "datePublished",
            PUBLISHED_RDFA,
            # (a live blog's start, when nothing dates its publication: its feed's first
            # <time> is its newest post's)
            json_fallback=("coverageStartTime",),
        )
        first = next(candidates, None)
        if first is not None and is_day_only(first):
            # a day alone ("datePublished": "2019-11-18"): the same day with its time, from
            # the page's other sources, says more
            others = [*candidates, *filter(None, [visible_dates(page)[0]])]
            first = next((o for o in others if is_finer_reading(o, first)), first)
            candidates = iter(others)
        if first is not None:
            if not _in_utc(first):
                return first
            visible = visible_dates(page)[0]
            local = [*candidates, *filter(None, [visible]), *local_readings(page)]
            return _in_page_zone(first, local)
        visible = visible_dates(page)[0]
        if visible is not None:
            return _in_page_zone(visible, local_readings(page)) if _in_utc(visible) else visible
        return plausible(
            _media_upload_date(page)
            or _script_variable_date(page)
            or date_in_url(page.url)
            or date_in_url(page.canonical_hint)
        )

    return common.cached(page, "_md_published", find)


def _media_upload_date(page: Page) -> datetime | None:
    """The upload date of the video or episode a page declares in JSON-LD (``VideoObject``'s
    ``uploadDate``), for a video-first page that states no other date (an article's embedded
    clip may be older than the article: only when nothing else dates the page)."""
    for obj in page.json_ld:
        if MEDIA_TYPES.intersection(jsonld.types_of(obj)):
            found = parse_date(obj.get("uploadDate") or obj.get("datePublished"))
            if found is not None:
                return found
    return None


# "var ct = "1746581400";": a variable the data names, set to a quoted value.
_SCRIPT_VARIABLE = re.compile(
    r"\b(?:var|let|const)\s+("
    + one_of(PUBLISHED_EPOCH_VARIABLES + PUBLISHED_TEXT_VARIABLES)
    + r")\s*=\s*[\"']([^\"'\n]{1,40})[\"']"
)
_EPOCH_SECONDS = re.compile(r"\d{9,10}")


def _script_variable_date(page: Page) -> datetime | None:
    """The publication time a page's script sets in a variable named so
    (``PUBLISHED_EPOCH_VARIABLES``, ``PUBLISHED_TEXT_VARIABLES``), for a page whose date
    only its script shows: the epoch's instant, in the zone the time as written shows it in;
    else the time as written. No other number in a script is read."""
    epoch: datetime | None = None
    readings: list[datetime] = []
    for script in page.elements("script"):
        text = script.text
        if not text or "=" not in text or script.get("src"):
            continue
        for name, value in _SCRIPT_VARIABLE.findall(text):
            if name in PUBLISHED_EPOCH_VARIABLES:
                if epoch is None and _EPOCH_SECONDS.fullmatch(value):
                    epoch = datetime.fromtimestamp(int(value), timezone.utc)
            elif (found := parse_date(value)) is not None:
                readings.append(found)
    if epoch is not None:
        return _in_page_zone(epoch, readings)
    timed = [reading for reading in readings if not is_day_only(reading)]
    return next(iter(timed or readings), None)


def find_modified(page: Page) -> datetime | None:
    """When the article was last modified, or None; never earlier than ``published``. A UTC
    value is given in the zone the publication date showed (the same page, the same clock)."""
    candidates = _structured_dates(
        page, ("dateModified",), MODIFIED_METAS, "dateModified", MODIFIED_RDFA
    )
    first = next(candidates, None)
    found = first if first is not None else visible_dates(page)[1]
    if found is None:
        return None
    published = find_published(page)
    in_utc = _in_utc(found)
    zoned = published is not None and published.tzinfo is not None and bool(published.utcoffset())
    if in_utc and zoned and published is not None:
        found = found.astimezone(published.tzinfo)
    elif zoned and published is not None and found.tzinfo is None and not is_day_only(found):
        # (a time the page shows without its zone, beside a publication time given in the
        # page's own zone: Naver's "수정 2025.01.21. 오후 4:05" under "+09:00")
        found = found.replace(tzinfo=published.tzinfo)
    elif in_utc:  # the page's other sources only: loose readings could match by chance
        visible = visible_dates(page)[1]
        found = _in_page_zone(found, [*candidates, *filter(None, [visible])])
    if published is not None and is_earlier(found, published):
        return None
    return found
