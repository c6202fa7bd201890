"""Reading one date value: ISO 8601 (fast path), free-form strings (python-dateutil, with
the zone abbreviations it does not know), Unix timestamps; implausible dates rejected."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone

from dateutil import parser as dateparser

from newsparse.generic.metadata.date_words import ZONE_OFFSETS
from newsparse.generic.metadata.datetext import date_in_text

_MIN_YEAR = 1990
# A date a page states in its metadata as a date ("datePublished": "1887-03-12") may be as
# old as a digitised newspaper's; the placeholders of empty fields are still no dates.
_HISTORICAL_MIN_YEAR = 1800
_PLACEHOLDER_DAYS = frozenset({(1970, 1, 1), (1900, 1, 1), (1899, 12, 30), (1899, 12, 31)})
_DEFAULT = datetime(2000, 1, 1)
_OTHER_DEFAULT = datetime(2001, 2, 2)
_MAX_VALUE = 80
_NUMERIC = re.compile(r"^\d{10}(?:\d{3})?$")
# (offsets with or without their colon: "+02:00", "+0200"; Python 3.10's fromisoformat
# rejects the latter, which python-dateutil then reads)
_ISO = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$"
)
_FRACTION = re.compile(r"\.\d+")
SAME_INSTANT = timedelta(seconds=90)
_QUARTER_HOUR = timedelta(minutes=15)
# UTC offsets in use, in quarter hours: whole hours from -12 to +14, and the few zones
# on half and three-quarter hours (India +5:30, Nepal +5:45, Newfoundland -3:30...).
_ZONE_QUARTERS = frozenset(
    {4 * hours for hours in range(-12, 15) if hours}
    | {-38, -14, 14, 18, 22, 23, 26, 35, 38, 39, 42, 51, 55}
)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def plausible(value: datetime | None, oldest: int = _MIN_YEAR) -> datetime | None:
    """``value`` when it is neither in the future nor older than the year ``oldest``, else
    None."""
    if value is None or value.year < oldest:
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
    "...+0000", fractions); None for anything else (python-dateutil then reads it)."""
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


def _names_a_day(value: str, parsed: datetime) -> bool:
    """True when ``value`` gave the year, month and day itself: parsed again with another
    default, python-dateutil lands on the same day (it fills what is missing from it)."""
    if parsed.year != _DEFAULT.year and parsed.month != 1 and parsed.day != 1:
        return True  # (nothing came from the default: no second parse)
    other = dateparser.parse(value, default=_OTHER_DEFAULT, tzinfos=ZONE_OFFSETS)
    return other is not None and other.date() == parsed.date()


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
        return _stated(parsed)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            parsed = dateparser.parse(value, default=_DEFAULT, tzinfos=ZONE_OFFSETS)
            if parsed is not None and not _names_a_day(value, parsed):
                return None  # a time or a month alone ("12:55 AM"): no day to report
    except (ValueError, OverflowError, TypeError, dateparser.ParserError):
        parsed = date_in_text(value)
    if parsed is not None and parsed.tzinfo is not None:
        try:
            parsed.utcoffset()
        except (ValueError, OverflowError):
            return None
    return _stated(parsed) if parsed is not None else None


def _stated(value: datetime) -> datetime | None:
    """A date written as one in a metadata value: plausible back to a digitised archive's
    years, but an empty field's placeholder ("1970-01-01") is none."""
    if (value.year, value.month, value.day) in _PLACEHOLDER_DAYS:
        return None
    return plausible(value, _HISTORICAL_MIN_YEAR)


def is_earlier(a: datetime, b: datetime) -> bool:
    """Whether ``a`` comes before ``b``; when only one of them has a zone, their clock times
    are compared."""
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a < b


def zone_of_reading(instant: datetime, reading: datetime) -> timezone | None:
    """The zone (other than UTC) in which the aware ``instant`` is the naive ``reading``: an
    offset in use, a whole number of quarter hours, to within 90 seconds; None when there is
    no such zone."""
    delta = reading - instant.astimezone(timezone.utc).replace(tzinfo=None)
    quarters = round(delta / _QUARTER_HOUR)
    if quarters not in _ZONE_QUARTERS or abs(delta - quarters * _QUARTER_HOUR) >= SAME_INSTANT:
        return None
    return timezone(quarters * _QUARTER_HOUR)
