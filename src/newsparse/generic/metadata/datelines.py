"""Dates the reader sees: ``<time datetime>``, elements marked as datelines ("Published
5 June 2019 | Updated 6 June"), a short date line under the headline; in many languages."""

from __future__ import annotations

import itertools
import re
from datetime import datetime, timedelta

import lxml.etree

from newsparse.generic.classes import holds_token
from newsparse.generic.labels import counts_comments
from newsparse.generic.metadata import common, regions
from newsparse.generic.metadata.class_cues import (
    ACCESS_DATE_CLASSES,
    DATE_PART_TOKENS,
    DATELINE_CLASSES,
    EVENT_DATE_TOKENS,
    LIFE_SPAN_TOKENS,
    POST_DATE_CLASS,
    SITE_HEADER_TOKENS,
    TODAY_TOKENS,
)
from newsparse.generic.metadata.date_words import MODIFIED_CUES, PUBLISHED_CUES
from newsparse.generic.metadata.dateparse import (
    is_earlier,
    parse_date,
    plausible,
    zone_of_reading,
)
from newsparse.generic.metadata.datetext import date_in_text, time_in_text
from newsparse.generic.metadata.patterns import CaselessWords, any_substring
from newsparse.page import Page, text_of
from newsparse.tags import SUBHEADING_TAGS
from newsparse.tree_queries import holds_more_than

_DATE_MARK = re.compile(any_substring(DATELINE_CLASSES))
_ACCESS_DATE_MARK = re.compile(any_substring(ACCESS_DATE_CLASSES))
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
        "i",  # (a mailing-list archive's "<I>Sat Jul 21 13:42:10 BST 2007</I>" under the subject)
        "cite",  # (a 2011 portal's byline: "<cite class="byline vcard">By ... – <abbr>...")
        "strong",
        "a",
        "dd",
        "td",
        "font",  # (a 2000s layout's "<font size=1>June 12, 2009</font>" under the headline)
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    }
)
_MAX_DATELINE = 160
# How many levels above a dateline a masthead's "today" class is looked for.
_TODAY_LEVELS = 3
_MAX_UNMARKED = 120
# A time written alone in an element of its own ("6:30 am", "14.05 Uhr") is this short.
_MAX_TIME_ALONE = 16
# A page without a headline: its date line is looked for among its first elements, before
# its first paragraph this long.
_MAX_BEFORE_STORY = 1000
# ...a line holding this many elements at most (a date, a span or two).
_MAX_LINE_ELEMENTS = 16
_STORY_PARAGRAPH = 60
_MAX_BARE_DATE = 40
# How many <time> elements without a datetime attribute are read as datelines.
_MAX_BARE_TIMES = 5
# What parts the fields of a metadata line ("<paper> / <date>", "<name> | <date>").
_FIELD_SEPARATOR = re.compile(r"\s[/|·•]\s")
_CUE_PUBLISHED = CaselessWords(PUBLISHED_CUES)
_CUE_MODIFIED = CaselessWords(MODIFIED_CUES)
# How much of a <time>'s own text is read for the cue it opens with.
_MAX_CUE_OPENING = 30
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<sep>[/-])(?P<second>\d{1,2})(?P=sep)(?:19|20)\d\d(?![\d/-])"
)
# The page's visible texts that may hold a numeric date (picked in C: most text nodes hold no
# "/" nor "-", and reading each one out of the tree cost 0.5 ms a page).
_DATED_TEXTS = lxml.etree.XPath(
    "//body//text()[not(parent::script or parent::style)][contains(., '/') or contains(., '-')]",
    smart_strings=False,
)
# What any numeric date holds ("/10/2024"): looked for first in the text of the whole body, a
# quick C-level read that rules out most pages before the text nodes are picked.
_NUMERIC_DATE_PART = re.compile(rb"[/-]\d\d?[/-](?:19|20)\d\d")
# How much of the words beside a <time> can be its label ("Posted ", ", updated ").
_MAX_LABEL = 40
# A life span's line: two dates joined by a tilde or a dash ("August 19, 1945 ~ March 3, 2025").
_LIFE_SPAN_JOIN = re.compile(r"\s[~–—]\s")


def _month_first(page: Page) -> bool:
    """True when the page writes numeric dates month first: a US English page; an English
    page of no declared country unless its own dates show it writes day first (cached)."""
    return common.cached_of_page(page, "_md_month_first", _find_month_first)


def _page_language(page: Page) -> str:
    """The language the page declares, lowercased with "-" between its parts ("" if none)."""
    # (XHTML pages, Drupal 7's among them, declare only xml:lang)
    language = (
        common.meta(page, "og:locale") or page.tree.get("lang") or page.tree.get("xml:lang") or ""
    )
    return language.lower().replace("_", "-")


def _find_month_first(page: Page) -> bool:
    language = _page_language(page)
    if language == "en":
        return _numeric_dates_order(page) != "day"
    return language == "en-us"


def reads_day_first(page: Page) -> bool:
    """True when a numeric metadata value such as "12/03/2024" is day first on this page: by
    its declared language (any but US English; English of no country by its own dates), or
    when it declares none, by its own dates."""
    if not _page_language(page):
        return _numeric_dates_order(page) == "day"
    return not _month_first(page)


def _numeric_dates_order(page: Page) -> str | None:
    """ "day" or "month": which comes first in the page's numeric dates, as the dates that can
    be read only one way show it ("30/10/2024"); None when none does, or they disagree."""
    orders: set[str] = set()
    if not _may_hold_numeric_date(page):
        return None
    for found in (
        found for text in _DATED_TEXTS(page.tree) for found in _NUMERIC_DATE.finditer(text)
    ):
        first, second = int(found["first"]), int(found["second"])
        if first > 12 >= second:
            orders.add("day")
        elif second > 12 >= first:
            orders.add("month")
        if len(orders) > 1:
            return None
    return next(iter(orders), None)


def _may_hold_numeric_date(page: Page) -> bool:
    """Whether the text of the page's bodies holds what a numeric date does (each text node
    is a run of that text: one without it holds none)."""
    return any(
        _NUMERIC_DATE_PART.search(
            lxml.etree.tostring(body, method="text", encoding="utf-8", with_tail=False)
        )
        for body in page.tree.iter("body")
    )


def _dateline_elements(page: Page) -> list[common.HtmlElement]:
    """Elements that may hold a visible dateline: marked date/time/byline elements, those
    inside the article first; no comment/related/sidebar blocks, no long containers."""
    return common.cached(page, "_md_dateline_elements", lambda: _find_dateline_elements(page))


def _find_dateline_elements(page: Page) -> list[common.HtmlElement]:
    marked = [
        e
        for e, marks in regions.cue_elements(page)
        if e.tag in _DATELINE_TAGS
        and _DATE_MARK.search(marks)
        and not _ACCESS_DATE_MARK.search(marks)
    ][:80]
    # (a <time> without a datetime attribute marks a date by its tag alone: "NEWS RELEASE
    # <time>12-MAR-2025</time>")
    marked += [t for t in page.elements("time") if not t.get("datetime") and t not in marked][
        :_MAX_BARE_TIMES
    ]
    ordered = regions.near_story_first(page, marked)
    chosen: list[common.HtmlElement] = []
    for element in ordered:
        if (
            common.text_length(element) >= _MAX_DATELINE
            or regions.in_excluded_container(page, element)
            or _shows_today(page, element)
            or _dates_no_page(element)
        ):
            continue
        chosen.append(element)
        if len(chosen) >= 12:
            break
    return chosen


def _dates_no_page(element: common.HtmlElement) -> bool:
    """Whether the element dates something else than the page: an event's card ("<p
    class="event-date">" of a funeral's visitation) or a life span ("<span class="birth">...
    </span> ~ <span class="death">...</span>", or two dates joined by a tilde or a dash)."""
    if holds_token(EVENT_DATE_TOKENS, element.get("class")):
        return True
    if any(
        holds_token(LIFE_SPAN_TOKENS, part.get("class"))
        for part in element.iter(lxml.etree.Element)
    ):
        return True
    # (a date of the line in an element of its own: "<span>March 3, 2025</span>")
    parent = element.getparent()
    return _is_life_span(text_of(element)) or (
        parent is not None
        and common.text_length(parent) <= _MAX_UNMARKED
        and _is_life_span(text_of(parent))
    )


def _is_life_span(text: str) -> bool:
    """Whether the text is two dates joined by a tilde or a dash, the first of an earlier
    year ("August 19, 1945 ~ March 3, 2025 (age 79)")."""
    parts = _LIFE_SPAN_JOIN.split(text)
    if len(parts) != 2:
        return False
    born, died = (date_in_text(part) for part in parts)
    return born is not None and died is not None and born.year < died.year


def _dateline_text(page: Page, element: common.HtmlElement) -> str:
    """The element's text; for a dateline whose parts are elements of their own, classed as
    such ("year", "day", "time"), their texts joined by spaces ("2025 05/12 10:21:33", which
    the markup runs together)."""
    parts = list(element)
    if len(parts) >= 2 and all(holds_token(DATE_PART_TOKENS, part.get("class")) for part in parts):
        return " ".join(filter(None, (text_of(part) for part in parts)))
    return common.element_text(page, element)


def _timed_same_day(
    page: Page, elements: list[common.HtmlElement], month_first: bool, day: datetime
) -> datetime:
    """The first of ``elements``' datelines that gives a time on ``day``, else ``day``."""
    for element in elements:
        found, _ = _read_dateline(_dateline_text(page, element), month_first, None, None)
        if found is not None and is_finer_reading(found, day):
            return found
    return day


def _with_time_beside(page: Page, element: common.HtmlElement, day: datetime) -> datetime:
    """``day`` (read from ``element``) at the time written alone in the element right after
    it: a byline's items of their own ("<li class="entryDate">May 22, 2012</li><li
    class="entryTime">6:30 am</li>")."""
    following = element.getnext()
    if following is None or (element.tail or "").strip() or not isinstance(following.tag, str):
        return day
    text = common.element_text(page, following)
    clock = time_in_text(text) if len(text) <= _MAX_TIME_ALONE else None
    if clock is None or date_in_text(text) is not None:
        return day
    return day.replace(hour=clock[0], minute=clock[1])


def is_day_only(value: datetime) -> bool:
    """A date without a time of day (nor a zone): midnight, naive."""
    return value.tzinfo is None and (value.hour, value.minute, value.second) == (0, 0, 0)


def is_finer_reading(other: datetime, day: datetime) -> bool:
    """``other`` gives a time on ``day``."""
    return other.date() == day.date() and not is_day_only(other)


def _shows_today(page: Page, element: common.HtmlElement) -> bool:
    """A masthead's strip of the day's date ("date-today", "todays-date", or any date in the
    site's header, outside the story and holding no headline), a few levels up: the day the
    page was read, not the story's."""
    node: common.HtmlElement | None = element
    in_story = regions.in_article(page, element)
    for _ in range(_TODAY_LEVELS):
        if node is None:
            return False
        if holds_token(TODAY_TOKENS, node.get("class"), node.get("id")):
            return True
        if not in_story and _is_site_header(node) and next(node.iter("h1"), None) is None:
            return True
        node = node.getparent()
    return False


def _is_site_header(element: common.HtmlElement) -> bool:
    """A ``<header>``, or an element whose class or id is, whole, a site header's name ("id=
    header", "masthead"; not Blogger's "date-header")."""
    if element.tag == "header":
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    return not SITE_HEADER_TOKENS.isdisjoint(names)


def _time_elements(page: Page) -> list[common.HtmlElement]:
    """``<time datetime>`` elements near the story first (at most five; cached)."""
    return common.cached(page, "_md_time_elements", lambda: _find_time_elements(page))


def _find_time_elements(page: Page) -> list[common.HtmlElement]:
    times = [t for t in _times_before_comments(page) if t.get("datetime")][:20]
    ordered = regions.near_story_first(page, times)
    return [t for t in ordered if not regions.in_excluded_container(page, t)][:5]


def _times_before_comments(page: Page) -> list[common.HtmlElement]:
    """The page's ``<time>`` elements before the heading that counts its comments ("9
    Comments", "12 thoughts on “Title”"): those after it are the comments' own, whatever
    their classes say (a thread of "<article class=c>" under the post)."""
    times = page.elements("time")
    if not times:
        return []
    found: list[common.HtmlElement] = []
    for element in page.tree.iter("time", *SUBHEADING_TAGS):
        if element.tag == "time":
            found.append(element)
            if len(found) == len(times):
                break  # (the headings after the last <time> change nothing)
        elif (text := regions.heading_text(element)) is not None and counts_comments(text):
            break
    return found


def visible_dates(page: Page) -> tuple[datetime | None, datetime | None]:
    """(published, modified) read from ``<time datetime>`` and datelines near the story."""

    def find() -> tuple[datetime | None, datetime | None]:
        published: datetime | None = None
        modified: datetime | None = None
        for element in _time_elements(page):
            found = parse_date(element.get("datetime"))
            if found is None:
                continue
            if not _time_of_update(element):
                published = published or found
            elif modified is None:
                modified = found
                if published is None:
                    published = _first_published_at(page, element, found)
        if published is not None and modified is None:
            # a <time> gave the publication; an update may be a line of its own ("Modifié le
            # 18/06/2024 à 10h05" beside "Publié il y a 3 heures")
            modified = _dated_update(page, published)
        if published is None:
            month_first = _month_first(page)
            elements = _dateline_elements(page)
            # Machine-readable first: <abbr class="published" title="2016-05-06T21:14-07:00">,
            # or such an <abbr> unnamed in a byline's block ("<div class="byline">By ...
            # <abbr title="2008-10-15T22:48:07Z">Wed Oct 15, 6:48 PM ET</abbr></div>")
            for element in elements:
                published = parse_date(element.get("title") or element.get("content"))
                if published is None and element.tag != "abbr":
                    abbr = next(element.iter("abbr"), None)
                    published = parse_date(abbr.get("title")) if abbr is not None else None
                if published is not None:
                    break
            for index, element in enumerate(elements if published is None else ()):
                published, modified = _read_dateline(
                    _dateline_text(page, element), month_first, published, modified
                )
                if published is not None:
                    if is_day_only(published):
                        # (a blog's date header over its posts, "Wednesday, May 21, 2014", and
                        # the post's "Posted by ... on May 21, 2014 at 07:45 AM" under it)
                        published = _timed_same_day(
                            page, elements[index + 1 :], month_first, published
                        )
                        if is_day_only(published):
                            published = _with_time_beside(page, element, published)
                    break
            if published is None:
                published = _dateline_after_headline(page, month_first)
        return published, modified

    return common.cached(page, "_md_visible_dates", find)


def _dated_update(page: Page, published: datetime) -> datetime | None:
    """The time of the last update a dateline element beside the story gives under an update
    cue, when it comes after ``published``."""
    month_first = _month_first(page)
    for element in _dateline_elements(page):
        text = common.element_text(page, element)
        if _CUE_MODIFIED.span(text) is None:
            continue
        _, modified = _read_dateline(text, month_first, published, None)
        if modified is not None and not is_earlier(modified, published):
            return modified
    return None


def _time_of_update(element: common.HtmlElement) -> bool:
    """True when a ``<time>`` gives the modification date: its class or itemprop says so, its
    own text opens so ("<time>Updated 13 March 2024</time>"), or the words written just
    before it do ("Posted <time>, updated <time>")."""
    label = f"{element.get('class') or ''} {element.get('itemprop') or ''}".lower()
    if POST_DATE_CLASS in label.split():
        return False  # (the post's date, whatever else its class says)
    if _CUE_MODIFIED.span(label) or "updat" in label:
        return True
    if "publish" in label:
        return False
    own = _CUE_MODIFIED.span(text_of(element)[:_MAX_CUE_OPENING])
    if own is not None and own[0] == 0:
        return True
    before = _words_beside(element, after=False)
    updated = _CUE_MODIFIED.span(before)
    published = _CUE_PUBLISHED.span(before)
    # (the nearer cue decides; a published cue may lie inside the modified one: "up-date-d")
    return updated is not None and (published is None or published[0] < updated[1])


def _words_beside(element: common.HtmlElement, *, after: bool) -> str:
    """The short text written right before (or after) an element: the text or tail around it
    and a short sibling element that is not another of its kind ("<span>, updated </span>")."""
    sibling = element.getnext() if after else element.getprevious()
    if after:
        loose = element.tail or ""
    elif sibling is not None:
        loose = sibling.tail or ""
    else:
        parent = element.getparent()
        loose = (parent.text or "") if parent is not None else ""
    near = ""
    if sibling is not None and sibling.tag != element.tag and len(sibling) == 0:
        near = text_of(sibling)
    text = common.squeeze(f"{loose} {near}" if after else f"{near} {loose}")
    return text[:_MAX_LABEL] if after else text[-_MAX_LABEL:]


def _first_published_at(
    page: Page, element: common.HtmlElement, modified: datetime
) -> datetime | None:
    """The publication time written after the update's ``<time>``: "Updated <time>November 5,
    2024 — 9.12am</time>, first published at 5.30am" (a time alone: on the update's day as
    the page shows it, or the day before when that time is later)."""
    after = _words_beside(element, after=True)
    cue = _CUE_PUBLISHED.span(after)
    if cue is None:
        return None
    rest = after[cue[1] :]
    month_first = _month_first(page)
    dated = plausible(date_in_text(rest, month_first=month_first, zoned=True))
    clock = time_in_text(rest)
    reading = date_in_text(common.element_text(page, element), month_first=month_first)
    if dated is not None or clock is None or reading is None:
        return dated
    shown = reading.replace(hour=clock[0], minute=clock[1])
    if shown > reading:
        shown -= timedelta(days=1)
    published = modified - (reading - shown)
    if published.tzinfo is not None:
        zone = zone_of_reading(modified, reading)
        published = published.astimezone(zone) if zone is not None else published
    return published


def local_readings(page: Page) -> list[datetime]:
    """Times as the reader sees them, without a zone: the text of ``<time>`` elements ("November
    18, 2019 11:03 PM" beside a UTC ``datetime``) and of datelines. They show which zone the
    page's own clock is in."""

    def find() -> list[datetime]:
        month_first = _month_first(page)
        found: list[datetime] = []
        for element in [*_time_elements(page), *_dateline_elements(page)[:6]]:
            text = common.element_text(page, element)
            if len(text) > _MAX_DATELINE:
                continue
            reading = date_in_text(text, month_first=month_first, zoned=True)
            if reading is None or (reading.hour, reading.minute) == (0, 0):
                continue
            if reading.tzinfo is not None and not reading.utcoffset():
                continue  # ("04.35 GMT": a time given in UTC shows no local clock)
            found.append(reading)
        return found

    return common.cached(page, "_md_local_readings", find)


def _dateline_after_headline(page: Page, month_first: bool) -> datetime | None:
    """A short line by the headline that is a date, or says "Published ..." with one
    (unmarked datelines: "기사입력 : 2018-09-28 17:32", "June 5, 2019", "05/10/2018 -
    Publicado por: ..."): loose text right after it, the elements after it, and, with a
    cue, the elements just above it ("Von A. Autor publiziert am 25. September 2018")."""
    for element, text in regions.text_after_headline(page):
        found = _date_line(text, month_first, cued_only=False)
        if found is not None and not regions.in_excluded_container(page, element):
            return found
    for cued_only, elements in (
        (False, regions.after_headline(page)),
        (True, regions.before_headline(page)),
    ):
        for element in elements:
            if element.tag == "br":
                # a line of a block, "By Name<br>March 6, 2024": the text after the break
                text = common.squeeze(element.tail or "")
            elif element.tag not in _DATELINE_TAGS or common.text_length(element) > _MAX_UNMARKED:
                continue
            else:
                text = common.element_text(page, element)
            found = _date_line(text, month_first, cued_only)
            if (
                found is not None
                and not regions.in_excluded_container(page, element)
                and not _dates_no_page(element)
            ):
                return found
    if regions.headline_element(page) is None:
        return _dateline_before_story(page, month_first)
    return None


def _dateline_before_story(page: Page, month_first: bool) -> datetime | None:
    """On a page that shows no headline (an e-mail newsletter's archived copy), a short line
    that is a date before the first paragraph of prose ("THURSDAY, MAY 8, 2025 · ISSUE NO.
    212" over the letter's greeting)."""
    body = page.tree.find("body")
    elements = body.iter(*_DATELINE_TAGS, "p") if body is not None else iter(())
    day: datetime | None = None  # (a bare day found: a cued line after it may give its time)
    for element in itertools.islice(elements, _MAX_BEFORE_STORY):
        length = common.text_length(element)
        if element.tag == "p" and length >= _STORY_PARAGRAPH:
            return day  # (the story has begun: a date in it is its own)
        if (
            element.tag not in _DATELINE_TAGS
            or length > _MAX_UNMARKED
            or holds_more_than(element, _MAX_LINE_ELEMENTS)
        ):
            continue  # (a line holds a few elements: reading deep piles would be quadratic)
        text = common.element_text(page, element)
        found = _date_line(text, month_first, cued_only=day is not None)
        if found is None or regions.in_excluded_container(page, element):
            continue
        if day is not None:
            # ("May 7, 2025" in a breadcrumb, then "Aired May 7, 2025 - 10:00 ET")
            return found if found.date() == day.date() else day
        if (found.hour, found.minute) != (0, 0):
            return found
        day = found
    return day


def _date_line(text: str, month_first: bool, cued_only: bool) -> datetime | None:
    """The date of a short line: after its cue ("Published"), or before it ("05/10/2018 -
    Publicado por: ..."); a line without a cue counts when it is little more than a date."""
    if len(text) > _MAX_UNMARKED:
        return None
    if not cued_only and _CUE_MODIFIED.span(text) is not None:
        # the publication and its update on one line ("By Maram Kayed - Mar 11,2024 - Last
        # updated at Mar 12,2024"): the date outside the update; the update's when it is the
        # line's only date
        published, modified = _read_dateline(text, month_first, None, None)
        return published or modified
    cue = _CUE_PUBLISHED.span(text)
    if cue is None:
        if cued_only:
            return None
        if len(text) > _MAX_BARE_DATE:
            # a field of its own on the line, the last or the first: "Philippine Daily
            # Inquirer / 05:40 AM April 08, 2024", "By Name | March 6, 2024", "2024.04.05.
            # 09:12 | Írta: Szabó Gergő | Olvasták: 856"
            fields = _FIELD_SEPARATOR.split(text)
            for field in dict.fromkeys((fields[-1], fields[0])):
                if len(field) <= _MAX_BARE_DATE:
                    found = plausible(date_in_text(field, month_first=month_first, zoned=True))
                    if found is not None:
                        return found
            return None
        return plausible(date_in_text(text, month_first=month_first, zoned=True))
    start, end = cue
    after = plausible(date_in_text(text[end:], month_first=month_first, zoned=True))
    return after or plausible(date_in_text(text[:start], month_first=month_first, zoned=True))


def _read_dateline(
    text: str, month_first: bool, published: datetime | None, modified: datetime | None
) -> tuple[datetime | None, datetime | None]:
    updated = _CUE_MODIFIED.span(text)
    if updated is not None:
        before, after = text[: updated[0]], text[updated[1] :]
        # (the update first, then the publication: "Updated : <date> | Added : <date>")
        later = _CUE_PUBLISHED.span(after)
        if later is not None:
            before, after = after[later[0] :], after[: later[0]]
        modified = modified or plausible(date_in_text(after, month_first=month_first, zoned=True))
        text = before
    if published is None and text:
        cue = _CUE_PUBLISHED.span(text)
        published = plausible(
            date_in_text(text[cue[1] :] if cue else text, month_first=month_first, zoned=True)
        )
    return published, modified
