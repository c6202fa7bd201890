"""Dates as people write them: "5 de junio de 2019", "5. Juni 2019", "June 5, 2019 3:46 PM",
"2019年6月5日", "2024. május 14.", "14 tháng 5, 2024", "12 มี.ค. 2567", "05.06.2019 14:30"; and
dates in URLs ("/2019/06/05/")."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

import dateutil.tz

from newsparse.generic.metadata.calendars import solar_hijri_to_gregorian
from newsparse.generic.metadata.date_words import (
    BUDDHIST_ERA_OFFSET,
    BUDDHIST_ERA_YEARS,
    JAPANESE_ERAS,
    MERIDIEMS_AFTER_TIME,
    MERIDIEMS_BEFORE_TIME,
    MONTHS,
    NORTH_AMERICAN_ZONES,
    ROC_YEAR_OFFSET,
    SEASONAL_ZONES,
    SOLAR_HIJRI_MONTHS,
    SOLAR_HIJRI_YEARS,
    SPELLED_ZONES,
    THAI_MONTH_ABBREVIATIONS,
    TIME_DATE_JOINERS,
    TWO_WORD_MONTHS,
    WEEKDAY_NUMBERS,
    WEEKDAYS,
    ZONE_OFFSETS,
)
from newsparse.generic.metadata.patterns import longest_first, one_of

# A month name: a letter, then letters or combining marks (Devanagari vowel signs).
_NAME = r"([^\W\d_][^\s\d.,/()\[\]-]{1,14}?)\.?"
# ...one that opens with a letter outside the Latin alphabet.
_NON_LATIN_NAME = r"([^\W\d_a-zA-Z\u00c0-\u024f][^\s\d.,/()\[\]-]{1,14}?)"
# Years before this are of other calendars (the Hijri "1432", the Jalali "1402") or history.
_FIRST_YEAR = 1900
# A time in a zone of the United States or Canada after a date: the date is month first.
_NORTH_AMERICAN_TIME = re.compile(
    r"^\W{0,3}\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    rf"(?:{longest_first([*NORTH_AMERICAN_ZONES, *SPELLED_ZONES])})\b"
)
_TIME = re.compile(
    # (a year's "г." or "года" before the time, "12.03.2024 г. 14:30", "12 марта 2024 года,
    # 14:05"; Slovak and Czech "o", Polish "o godz.", Swahili "saa", Italian "ore", Finnish
    # "klo", Dutch "om", Persian "ساعت" and Arabic "الساعة" for "at"; Arabic's "م", the
    # Gregorian era, after the year: "28/7/2009 م الساعة 14:20")
    r"^(?:\s*(?:г\.|года|م(?!\w)))?\W{0,6}(?:at\s+|à\s+|um\s+|ob\s+|o\s+(?:godz\.\s*)?|saa\s+"
    r"|a las\s+|alle\s+|ore\s+|klo\s+|om\s+|kl\.?\s+|เวลา\s*|ساعت\s*|الساعة\s*)?"
    rf"(?:(?P<before>{longest_first(MERIDIEMS_BEFORE_TIME)})\s*)?"
    # (a CJK minute may be one digit before its sign: "20時5分", "9시 5분")
    r"(?P<hour>\d{1,2})\s?(?:[:h.時시]\s?(?P<minute>\d{2})|[時时시]\s?(?P<cjk_minute>\d)(?=\s?[分분]))"
    r"(?::\d{2})?"
    rf"(?:\s*(?P<ampm>[ap])\.?m\.?|\s*(?P<after>{longest_first(MERIDIEMS_AFTER_TIME)})(?!\w))?",
    re.I,
)
# The zone written after a time ("06:00 AM CST", "03:42 PM IST", "14.32 GMT", "10:15 (GMT+5:30)",
# "04:05 PM Eastern Daylight Time"): an abbreviation in capitals, a North American zone
# spelled out, or an offset from GMT/UTC.
_ZONE = re.compile(
    r"\s*\(?\s*(?:(?:GMT|UTC)\s*(?P<sign>[+−-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?"
    rf"|(?P<name>{longest_first([*ZONE_OFFSETS, *SEASONAL_ZONES, *SPELLED_ZONES])}))(?![\w+−-])"
)
# A time written before its date ("14:32, 12 марта 2024"): hours and minutes, then at most
# a comma, a dash or a bar before the date.
_TIME_BEFORE_SPAN = 12
# (a zone and a weekday may stand between them: "Published 12:30 AM EST, Wed March 6, 2024",
# "3:45 p.m. ET March 5, 2024"; or a word: "10:41 AM on 18th November 2008")
_TIME_BEFORE = re.compile(
    r"(?<![\d:.])(\d{1,2}):(\d{2})(?:\s*(?i:([ap])\.?m\.?))?"
    r"(?:\s+(?P<zone>[A-Z]{2,5}))?\s*[,|–—-]?\s*"
    rf"(?:(?i:{longest_first(TIME_DATE_JOINERS)})\s+)?"
    rf"(?:(?i:{longest_first(WEEKDAYS)})\.?,?\s*)?$"
)
# How far before a date such a time may start.
_ZONED_TIME_BEFORE_SPAN = 40


class _Pattern(NamedTuple):
    """A date pattern, with what a text must hold for it to match (a cheap test first)."""

    kind: str
    regex: re.Pattern[str]
    # characters of which the text must hold at least one ("" for none)
    needs: str = ""
    # whether a match holds a letter outside ASCII (a month name of a script of its own)
    beyond_ascii: bool = False


_PATTERNS: tuple[_Pattern, ...] = (
    _Pattern(
        "ymd", re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?"), "-"
    ),
    _Pattern(
        "cjk", re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?"), "年년"
    ),
    # a Japanese era's year ("令和6年3月15日", "平成31年4月30日", "令和元年": its first)
    _Pattern(
        "japanese-era",
        re.compile(
            rf"({'|'.join(JAPANESE_ERAS)})\s*(\d{{1,2}}|元)\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"
        ),
        "".join(era[0] for era in JAPANESE_ERAS),
    ),
    _Pattern(
        "dmy-name",
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:\.|º|er|st|nd|rd|th)?\s*(?:de\s+|of\s+|ta'\s+)?{_NAME}\s*[,،]?\s*"
            # (the Buddhist era's mark before a Thai year: "8 มีนาคม พ.ศ. 2567")
            r"(?:de\s+|del\s+|พ\.ศ\.\s*)?(\d{4})(?!\d)",
            re.I,
        ),
    ),
    # (Burmese parts the day from the year with its own comma: "မတ် ၁၅၊ ၂၀၂၄"; the Jordan Times
    # writes no space after the comma: "Mar 11,2024")
    _Pattern(
        "mdy-name",
        re.compile(rf"{_NAME}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:[,၊]\s*|\s+)(\d{{4}})(?!\d)", re.I),
    ),
    # the C library's date, the time and zone before the year: "Thu Sep 21 14:07:52 BST 2006"
    # (mailing-list archives, forum posts)
    _Pattern(
        "ctime",
        re.compile(
            rf"{_NAME}\s+(\d{{1,2}})\s+(\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\s+(?:([A-Z]{{2,5}})\s+)?"
            r"(\d{4})(?!\d)"
        ),
        ":",
    ),
    # "27-NOV-2026" (EurekAlert!, Oracle-style dates)
    _Pattern("dmy-name", re.compile(rf"(?<![\d-])(\d{{1,2}})-{_NAME}-(\d{{4}})(?!\d)", re.I), "-"),
    # Hungarian "2024. május 14.", Vietnamese "14 tháng 5, 2024"
    _Pattern(
        "ymd-name", re.compile(rf"(?<!\d)(\d{{4}})\.\s+{_NAME}\s+(\d{{1,2}})\.?(?!\d)", re.I), "."
    ),
    # Lithuanian "2026 m. lapkričio 28 d." (year, month, day)
    _Pattern(
        "ymd-name",
        re.compile(rf"(?<!\d)(\d{{4}})\s*m\.\s+{_NAME}\s+(\d{{1,2}})(?:\s*d\.)?(?!\d)", re.I),
        ".",
    ),
    # Latvian "2026. gada 27. novembris" (year, day, month), Kazakh "2024 жылғы 15 наурыз"
    _Pattern(
        "ydm-name",
        re.compile(rf"(?<!\d)(\d{{4}})\.\s+gada\s+(\d{{1,2}})\.\s+{_NAME}(?!\w)", re.I),
        ".",
    ),
    _Pattern(
        "ydm-name",
        re.compile(rf"(?<!\d)(\d{{4}})\s+жылғы\s+(\d{{1,2}})\s+{_NAME}(?!\w)", re.I),
        "ғҒ",
    ),
    # Basque "2024ko urriaren 28a" (year, month, day)
    _Pattern("ymd-name", re.compile(rf"(?<!\d)(\d{{4}})ko\s+{_NAME}\s+(\d{{1,2}})a?(?!\d)", re.I)),
    # Uzbek "12-iyun 2023"
    _Pattern(
        "dmy-name", re.compile(rf"(?<![\d-])(\d{{1,2}})-{_NAME},?\s+(\d{{4}})(?!\d)", re.I), "-"
    ),
    # Khmer "ទី១៥ ខែមីនា ឆ្នាំ២០២៤": the words for day, month and year before each part
    _Pattern(
        "dmy-name",
        re.compile(rf"ទី\s*(\d{{1,2}})\s*ខែ\s*{_NON_LATIN_NAME}\s*ឆ្នាំ\s*(\d{{4}})(?!\d)"),
        "ទ",
    ),
    # Taiwan's Minguo years ("中華民國114年2月20日", "114年3月6日"): three digits before 年
    _Pattern("roc", re.compile(r"(?<!\d)(1\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), "年"),
    # Mongolian "2024 оны 3 сарын 15" and Tibetan "ཕྱི་ལོ་༢༠༢༤ ཟླ་༣ ཚེས་༡༥": year, month
    # and day numbers, each with its word
    _Pattern(
        "ymd-words",
        re.compile(r"(?<!\d)(\d{4})\s+оны\s+(\d{1,2})(?:-р)?\s+сарын\s+(\d{1,2})(?!\d)"),
        "н",
    ),
    _Pattern(
        "ymd-words",
        re.compile(r"ཕྱི་ལོ་\s*(\d{4})\s*ཟླ་\s*(\d{1,2})\s*ཚེས་\s*(\d{1,2})(?!\d)"),
        "ཕ",
    ),
    # Sinhala "2025 ජූලි 31": no dot, a month name in a script of its own
    _Pattern(
        "ymd-name",
        re.compile(rf"(?<!\d)(\d{{4}})\s+{_NON_LATIN_NAME}\s+(\d{{1,2}})(?!\d)"),
        beyond_ascii=True,
    ),
    _Pattern(
        "dmy-thang",
        re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})(?!\d)", re.I),
        "áÁ",
    ),
    # Thai "12 มี.ค. 2567" (an abbreviation with dots, which the month-name patterns stop at),
    # also with the era's year cut to two digits ("12 มี.ค. 67": Thairath, Sanook)
    _Pattern(
        "dmy-thai",
        re.compile(
            r"(?<!\d)(\d{1,2})\s*(" + one_of(THAI_MONTH_ABBREVIATIONS) + r")\s*(\d{4}|\d{2})(?!\d)"
        ),
        ".",
        beyond_ascii=True,
    ),
    # (Czech and Slovak put a space after each dot: "28. 11. 2026")
    _Pattern(
        "numeric", re.compile(r"(?<![\d.-])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4})(?!\d)"), "./-"
    ),
    _Pattern("ymd-dots", re.compile(r"(?<!\d)(\d{4})[./]\s?(\d{1,2})[./]\s?(\d{1,2})(?!\d)"), "./"),
    # the year apart from the month and day ("2025 05/12 10:21:33": a dateline whose parts
    # are set in elements of their own, read with spaces between them)
    _Pattern("ymd-dots", re.compile(r"(?<!\d)(\d{4})\s+(\d{1,2})/(\d{1,2})(?![\d/.])"), "/"),
    # "27.11.26, 14:05" (Hebrew, German, Russian portals), "28/11/26 à 14h05" (French): a
    # year of two digits, read as a date only when a time follows or precedes it
    # (and Belgian Dutch: "14-03-24, 10:32")
    _Pattern(
        "dmy-short", re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d./-])"), "./-"
    ),
)
# Every pattern above needs a year: four digits in a row, two after a day and a month, or a
# Japanese era's.
_MINGUO_YEAR = re.compile(r"(?<!\d)1\d\d\s*年")
_YEAR = re.compile(r"\d{4}|\d[./-]\d{2}(?![\d./-])|[和成]\s*(?:\d|元)")
# Thai letters: a Thai date's year may be the Buddhist era's cut to two digits, in its century.
_THAI = re.compile("[\u0e00-\u0e7f]")
_BUDDHIST_ERA_CENTURY = 2500
# A year of two digits: 00-68 read as 2000-2068, 69-99 as 1969-1999 (as strptime's %y).
_LAST_2000S_YEAR = 68
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|\.html?|$)"
)


def _build(year: int, month: int, day: int, rest: str, zoned: bool = False) -> datetime | None:
    if year in BUDDHIST_ERA_YEARS:
        year -= BUDDHIST_ERA_OFFSET
    elif year < _FIRST_YEAR:
        return None  # (a year of another calendar, "7/3/1432 هـ": the search goes on)
    hour = minute = 0
    time = _TIME.match(rest)
    if time:
        hour, minute = int(time["hour"]), _minute(time)
        hour = _on_clock(hour, _meridiem(time))
    try:
        found = datetime(year, month, day, hour if hour < 24 else 0, minute if minute < 60 else 0)
    except ValueError:
        return None
    if time and zoned:
        found = found.replace(tzinfo=_zone(rest, time.end(), found))
    return found


def _solar_hijri(year: int, name: str, day: int, rest: str, zoned: bool) -> datetime | None:
    """A date of the Solar Hijri calendar ("۱۲ آبان ۱۴۰۵"), as the Gregorian date it is;
    None when ``name`` is no month of it or the year none a page would give."""
    month = SOLAR_HIJRI_MONTHS.get(name)
    if month is None or year not in SOLAR_HIJRI_YEARS:
        return None
    found = solar_hijri_to_gregorian(year, month, day)
    return None if found is None else _build(found.year, found.month, found.day, rest, zoned)


def _zone(text: str, start: int, when: datetime) -> timezone | None:
    """The zone written at ``start`` of ``text``, after the time ``when`` (local, naive);
    None when there is none."""
    found = _ZONE.match(text, start)
    if found is None:
        return None
    name = SPELLED_ZONES.get(found["name"], found["name"])
    if name in SEASONAL_ZONES:
        seasonal = dateutil.tz.gettz(SEASONAL_ZONES[name])  # (None without tz data)
        offset = seasonal.utcoffset(when) if seasonal is not None else None
        return timezone(offset) if offset is not None else None
    if name:
        return timezone(timedelta(seconds=ZONE_OFFSETS[name]))
    offset = timedelta(hours=int(found["hours"]), minutes=int(found["minutes"] or 0))
    if offset > timedelta(hours=14):
        return None
    return timezone(-offset if found["sign"] != "+" else offset)


def _meridiem(time: re.Match[str]) -> str:
    """The AM/PM of a time ("a", "p" or ""), in whichever language it is written."""
    if time["before"]:
        return MERIDIEMS_BEFORE_TIME[time["before"]]
    if time["after"]:
        return MERIDIEMS_AFTER_TIME[time["after"]]
    return (time["ampm"] or "").lower()


def _on_clock(hour: int, meridiem: str) -> int:
    """``hour`` on a 24-hour clock ("2" PM is 14, "12" AM is 0)."""
    if meridiem == "p" and hour < 12:
        return hour + 12
    if meridiem == "a" and hour == 12:
        return 0
    return hour


def time_in_text(text: str) -> tuple[int, int] | None:
    """The hour and minute of a time that opens ``text`` (" at 5.30am" -> (5, 30)), on a
    24-hour clock; None when it opens with none."""
    time = _TIME.match(text)
    if time is None:
        return None
    hour, minute = _on_clock(int(time["hour"]), _meridiem(time)), _minute(time)
    return (hour, minute) if hour < 24 and minute < 60 else None


def _minute(time: re.Match[str]) -> int:
    """The minute of a ``_TIME`` match (two digits, or a CJK minute's one)."""
    return int(time["minute"] or time["cjk_minute"])


def _month(name: str) -> int | None:
    folded = name.casefold()
    found = MONTHS.get(folded)
    if found is None and folded[:1] == "ב":  # Hebrew "ביוני": "in June"
        found = MONTHS.get(folded[1:])
    return found


def date_in_text(text: str, *, month_first: bool = False, zoned: bool = False) -> datetime | None:
    """The first date written in ``text`` (naive), with its time when one follows it.

    ``month_first`` reads ambiguous numeric dates ("06/05/2019") as month/day (US usage);
    ``zoned`` keeps the zone written after the time ("June 5, 2019 3:46 PM EDT").
    """
    text = text[:400]
    if (
        _YEAR.search(text) is None
        and ("年" not in text or _MINGUO_YEAR.search(text) is None)
        and _THAI.search(text) is None
    ):
        return None  # (one search rules out most texts instead of six; a Minguo year is short)
    if any(first in text for first in _TWO_WORD_MONTH_FIRSTS):
        text = _TWO_WORD_MONTH.sub(_joined_words, text)
    best: tuple[int, datetime] | None = None
    chars, ascii_only = set(text), text.isascii()
    for kind, pattern, needs, beyond_ascii in _PATTERNS:
        if (needs and chars.isdisjoint(needs)) or (beyond_ascii and ascii_only):
            continue  # (it cannot match: most texts are tried by a few patterns only)
        # (a match that reads as no date, "۶ آذر ۱۴۰۵" in another calendar, lets the pattern
        # try further on: "جمعه ۶ آذر ۱۴۰۵ - ۲۷ نوامبر ۲۰۲۶")
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            preceding = text[max(0, match.start() - _TIME_BEFORE_SPAN) : match.start()]
            found = _read(kind, match, text[match.end() :], preceding, month_first, zoned)
            if found is not None:
                best = (match.start(), found)
                break
    if best is None:
        return None
    start, found = best
    if (found.hour, found.minute) == (0, 0):
        before = _TIME_BEFORE.search(text, max(0, start - _ZONED_TIME_BEFORE_SPAN), start)
        if before is not None:
            hour = _on_clock(int(before.group(1)), (before.group(3) or "").lower())
            minute = int(before.group(2))
            if hour < 24 and minute < 60:
                found = found.replace(hour=hour, minute=minute)
                zone = before["zone"]
                if zoned and (zone in ZONE_OFFSETS or zone in SEASONAL_ZONES):
                    found = found.replace(tzinfo=_zone(text, before.start("zone"), found))
    return found


# The month names of two words, each read as one ("تشرين الأول" as "تشرين_الأول").
_TWO_WORD_MONTH = re.compile(longest_first(TWO_WORD_MONTHS), re.IGNORECASE)
# (their first words as pages write them, a quick test before the search)
_TWO_WORD_MONTH_FIRSTS = tuple(
    {form for name in TWO_WORD_MONTHS for form in (name.split()[0], name.split()[0].title())}
)


def _joined_words(match: re.Match[str]) -> str:
    return match.group().replace(" ", "_")


def _read(
    kind: str, match: re.Match[str], rest: str, before: str, month_first: bool, zoned: bool
) -> datetime | None:
    """The date ``match`` (of a pattern of ``kind``) reads, with the time in ``rest`` (the text
    after it); ``before`` is the text just before it."""
    g = match.groups()
    if kind in ("ymd", "cjk", "ymd-dots", "ymd-words"):
        if kind == "ymd" and g[3] is not None:
            rest = f"{g[3]}:{g[4]}"
        return _build(int(g[0]), int(g[1]), int(g[2]), rest, zoned)
    if kind == "roc":
        return _build(int(g[0]) + ROC_YEAR_OFFSET, int(g[1]), int(g[2]), rest, zoned)
    if kind == "japanese-era":
        year = JAPANESE_ERAS[g[0]] + (1 if g[1] == "元" else int(g[1])) - 1
        return _build(year, int(g[2]), int(g[3]), rest, zoned)
    if kind == "dmy-name":
        month = _month(g[1])
        if month is None:
            return _solar_hijri(int(g[2]), g[1], int(g[0]), rest, zoned)
        return _build(int(g[2]), month, int(g[0]), rest, zoned)
    if kind == "mdy-name":
        month = _month(g[0])
        return _build(int(g[2]), month, int(g[1]), rest, zoned) if month else None
    if kind == "ymd-name":
        month = _month(g[1])
        return _build(int(g[0]), month, int(g[2]), rest, zoned) if month else None
    if kind == "ctime":
        month = _month(g[0])
        time = f"{g[2]} {g[3]}" if g[3] else g[2]
        return _build(int(g[4]), month, int(g[1]), time, zoned) if month else None
    if kind == "ydm-name":
        month = _month(g[2])
        return _build(int(g[0]), month, int(g[1]), rest, zoned) if month else None
    if kind == "dmy-thai":
        year = int(g[2]) + (_BUDDHIST_ERA_CENTURY if len(g[2]) == 2 else 0)
        return _build(year, THAI_MONTH_ABBREVIATIONS[g[1]], int(g[0]), rest, zoned)
    if kind == "dmy-thang":
        return _build(int(g[2]), int(g[1]), int(g[0]), rest, zoned)
    if kind == "dmy-short":
        if _TIME.match(rest) is None and _TIME_BEFORE.search(before) is None:
            return None  # (a time after it, or before it: "14:05, 29.11.26")
        short = int(g[3])
        year = short + (2000 if short <= _LAST_2000S_YEAR else 1900)
        first, second = int(g[0]), int(g[2])
        if g[1] == "/" and month_first and first <= 12:
            first, second = second, first  # (a US page: "11/28/26")
        return _build(year, second, first, rest, zoned)
    first, separator, second, year = int(g[0]), g[1], int(g[2]), int(g[3])
    by_weekday = _reading_by_weekday(before, year, first, second)
    if by_weekday is not None:
        month, day = by_weekday
        return _build(year, month, day, rest, zoned)
    if separator == "/" and not month_first and second <= 12:
        month_first = _NORTH_AMERICAN_TIME.match(rest) is not None
    if first > 12 or (separator == "." and second <= 12) or (not month_first and second <= 12):
        day, month = first, second
    else:
        month, day = first, second
    return _build(year, month, day, rest, zoned)


# A word of the text before a date (a weekday's: "Tuesday", "segunda-feira").
_WORD = re.compile(r"[\w-]+")


def _reading_by_weekday(before: str, year: int, first: int, second: int) -> tuple[int, int] | None:
    """(month, day) of a numeric date that reads either way round ("11/03/2025") when the
    weekday named just before it ("Tuesday 11/03/2025") fits one reading only; else None."""
    if first > 12 or second > 12 or first == second:
        return None
    words = _WORD.findall(before.casefold())
    weekday = WEEKDAY_NUMBERS.get(words[-1]) if words else None
    if weekday is None:
        return None
    fitting = [
        (month, day)
        for month, day in ((first, second), (second, first))
        if _weekday_of(year, month, day) == weekday
    ]
    return fitting[0] if len(fitting) == 1 else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return datetime(year, month, day).weekday()
    except ValueError:
        return None


def date_in_url(url: str | None) -> datetime | None:
    """The date a URL path carries ("/2019/06/05/", "/20190605/", "/2019-06-05-"), or None."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
