"""Dates of other calendars, converted to the Gregorian calendar."""

from __future__ import annotations

from datetime import date, timedelta

# The first day (1 Farvardin) of the Solar Hijri year 1400: 21 March 2021.
_FARVARDIN_1400 = date(2021, 3, 21)
_BASE_YEAR = 1400
# The leap years of the Solar Hijri calendar's 33-year cycle, by their place in it: the rule
# agrees with the astronomical calendar Iran keeps for the years pages give (1300 to 1500).
_LEAP_PLACES = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
# The first six months have 31 days, the next five 30, the last 29 (30 in a leap year).
_FIRST_HALF_MONTHS, _LONG_MONTH, _SHORT_MONTH = 6, 31, 30


def is_solar_hijri_leap(year: int) -> bool:
    """Whether a Solar Hijri year has 366 days."""
    return year % 33 in _LEAP_PLACES


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri one; None when it is no date (the 31st of Mehr)."""
    if not 1 <= month <= 12:
        return None
    if month <= _FIRST_HALF_MONTHS:
        last, before = _LONG_MONTH, (month - 1) * _LONG_MONTH
    else:
        last = _SHORT_MONTH if month < 12 else 29 + is_solar_hijri_leap(year)
        before = _FIRST_HALF_MONTHS * _LONG_MONTH + (month - 7) * _SHORT_MONTH
    if not 1 <= day <= last:
        return None
    first, stop = sorted((year, _BASE_YEAR))
    years = sum(365 + is_solar_hijri_leap(y) for y in range(first, stop))
    offset = years if year >= _BASE_YEAR else -years
    return _FARVARDIN_1400 + timedelta(days=offset + before + day - 1)
