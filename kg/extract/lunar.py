"""Calendar helpers for the time-expression stage (kg.extract.dates).

Lunar dates and solar terms come from lunar-python; conversions are slow (milliseconds each), so every
one is cached. Also Chinese numerals, month arithmetic and the "which year did the festival fall in" rule.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from lunar_python import Lunar, LunarYear

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "Ｏ": 0, "o": 0,
              "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_DIGIT_CHARS = "".join(_CN_DIGITS)


def cn_to_int(s: str) -> int | None:
    """'10' -> 10, '十一' -> 11, '二十' -> 20, '廿五' -> 25, '二〇二四' -> 2024; None when it is not a number."""
    if not s:
        return None
    if s.isascii() and s.isdigit():
        return int(s)
    if all(c in _CN_DIGITS for c in s):  # positional: 二〇二四
        n = 0
        for c in s:
            n = n * 10 + _CN_DIGITS[c]
        return n
    s = s.replace("廿", "二十").replace("卅", "三十")
    if s.count("十") != 1:
        return None
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, TypeError):
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


@lru_cache(maxsize=4096)
def lunar_to_solar(lunar_year: int, month: int, day: int | str) -> date | None:
    """Gregorian day of a (non-leap) lunar date; day may be "last" (29 or 30). None when it does not exist."""
    try:
        if day == "last":
            lunar_month = LunarYear.fromYear(lunar_year).getMonth(month)
            if lunar_month is None:
                return None
            day = lunar_month.getDayCount()
        solar = Lunar.fromYmd(lunar_year, month, int(day)).getSolar()
        return date(solar.getYear(), solar.getMonth(), solar.getDay())
    except Exception:  # lunar-python raises plain Exception for days a month does not have
        return None


# lunar-python's table keys: Chinese names, plus pinyin keys for the terms repeated at both ends of the year.
_TERM_NAMES = {key: Lunar.JIE_QI[(i - 1) % 24] for i, key in enumerate(Lunar.JIE_QI_IN_USE)}


@lru_cache(maxsize=256)
def solar_terms(year: int) -> dict[str, date]:
    """The 24 solar terms falling in Gregorian `year`, by Chinese name."""
    # The table of lunar year `year` runs from 大雪 of year-1 to 惊蛰 of year+1: it covers the whole Gregorian year.
    table = Lunar.fromYmd(year, 1, 1).getJieQiTable()
    terms: dict[str, date] = {}
    for key, solar in table.items():
        if solar.getYear() == year:
            terms[_TERM_NAMES[key]] = date(year, solar.getMonth(), solar.getDay())
    return terms


def recent_occurrence(day_in: Callable[[int], date | None], issue: date, window_days: int) -> date | None:
    """The occurrence in the issue's year, unless it is more than window_days after the issue date: then the
    previous one. `day_in(y)` gives the occurrence of year y (for lunar dates: lunar year y)."""
    limit = issue + timedelta(days=window_days)
    best = None
    for y in range(issue.year - 2, issue.year + 2):
        d = day_in(y)
        if d is not None and d.year <= issue.year and d <= limit and (best is None or d > best):
            best = d
    return best
