"""Time expressions in Chinese news text, resolved to DateSpec relative to the issue date.

Words (festivals, vague times, named months, relative days ...) live in data/lexicon/time.json; this module
holds only the grammar around them (numbers, years, months, days, ranges) and the rules of the gold format
("Conventions for vague times"). Regexes are compiled once, on first use.

Each grammar rule is its own regex; all candidates of a text are gathered and the leftmost-longest ones kept,
so "10月11日重阳节当天" is one expression and "今年" does not cut "今年8月底" short.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kg import LEXICON_DIR
from kg.extract.lunar import (CN_DIGIT_CHARS, add_months, cn_to_int, lunar_to_solar, month_end,
                              recent_occurrence, safe_date, solar_terms)
from kg.records import DateSpec


@dataclass
class TimeExpr:
    text: str          # the words matched
    start: int         # char offsets in the input string
    end: int
    spec: DateSpec
    exact: bool        # True when spec.start is set
    weak: bool = False  # a festival named as a topic ("重阳节系列活动"), not as the time of the event


_FULLWIDTH = str.maketrans("０１２３４５６７８９：", "0123456789:")
_CLAUSE_PUNCT = set("，,。；;：:！!？?、\n\t \u3000")
_IGNORE = object()  # a span read as a time word that yields no date (截至目前, 2月30日)


def normalize(text: str) -> str:
    """Full-width digits to ASCII; one character for one, so offsets stay valid."""
    return text.translate(_FULLWIDTH)


@cache
def lexicon() -> dict:
    with open(LEXICON_DIR / "time.json", encoding="utf-8") as f:
        return json.load(f)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _firsts(words) -> str:
    return "".join(w[0] for w in words)


def _keys(d: dict) -> list[str]:
    return [k for k in d if not k.startswith("_")]


# --- grammar --------------------------------------------------------------------------------------------

_CN_M = r"十[一二]?|[一二三四五六七八九]"
_AR_M = r"(?<!\d)(?:1[0-2]|0?[1-9])"
_DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])|三十一?|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九]"
_SEP = r"(?:至|到|—|–|－|-|~|～)"
_DAY_END = rf"(?:[日号]|(?={_SEP}(?:\d{{1,2}}|[一二三四五六七八九十廿]{{1,3}})[日号]))"
_YEAR_NUM = rf"(?<!\d)(?:19|20)\d{{2}}|[{CN_DIGIT_CHARS}]{{4}}"
_WEEKDAY = r"(?:\s?[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)"
_CLOCK = r"\d{1,2}(?:[:：]\d{2}|[时点](?:\d{1,2}分|半)?)"
_LUNAR_DAY = r"初[一二三四五六七八九十]|三十|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"


@dataclass
class _Grammar:
    rules: list[tuple[re.Pattern, Callable]]
    words: dict[str, dict]          # every lexicon word -> its entry
    short: set[str]                 # festival abbreviations
    suffixes: dict[str, object]
    month_parts: dict[str, list]
    year_parts: dict[str, dict]
    rel_years: dict[str, int]
    rel_months: dict[str, int]
    rel_weeks: dict[str, int]
    weekdays: dict[str, list]
    adverbial_before: tuple[str, ...]
    window: int


@cache
def _grammar() -> _Grammar:
    lex = lexicon()
    words: dict[str, dict] = {}
    short: set[str] = set()
    by_kind: dict[str, list[str]] = {}
    for entry in lex["entries"]:
        kind = entry["kind"]
        for w in entry.get("words", []) + entry.get("short", []):
            words[w] = entry
            by_kind.setdefault(kind, []).append(w)
        short.update(entry.get("short", []))
    fest_words = by_kind.get("lunar", []) + by_kind.get("solar", []) + by_kind.get("solar_term", [])
    suffixes = {k: v for k, v in lex["festival_suffixes"].items() if not k.startswith("_")}
    month_parts = {k: v for k, v in lex["month_parts"].items() if not k.startswith("_")}
    year_parts = {k: v for k, v in lex["year_parts"].items() if not k.startswith("_")}

    year = rf"(?:(?P<y>{_YEAR_NUM})年|(?P<yrel>{_alt(lex['relative_years'])}))"
    fest, fsuf = _alt(fest_words), _alt(suffixes)
    # the suffixes naming one day counted from the festival's (当天, 前一天) or its days themselves (假期期间), read
    # across a closing quote (“母亲节”前一天, “五一”假期期间; “五一”假期临近 stays a festival named as a topic)
    day_suffixes = _alt([k for k, v in suffixes.items() if v == "day" or isinstance(v, int) or k.endswith("期间")])
    tod = rf"(?:(?:{_alt(lex['time_of_day'])})(?:{_CLOCK})?|{_CLOCK})"
    tail = rf"(?P<fsuf>{fsuf})?(?P<tod>{tod})?"
    named = by_kind.get("period", []) + by_kind.get("month_name", [])
    plain = [w for k in ("relative_days", "recent", "anchor_days", "ignore") for w in by_kind.get(k, [])]
    standalone = [k for k, v in year_parts.items() if v.get("standalone")]
    year_first = "0123456789" + CN_DIGIT_CHARS + _firsts(lex["relative_years"])
    g = _Grammar([], words, short, suffixes, month_parts, year_parts, lex["relative_years"],
                 lex["relative_months"], lex["relative_weeks"], lex["weekdays"],
                 tuple(sorted(lex["adverbial_before"], key=len, reverse=True)), lex["festival_window_days"])

    def rx(first: str, pattern: str) -> re.Pattern:
        # A lookahead on the possible first characters lets the regex skip most positions at C speed.
        return re.compile(rf"(?=[{re.escape(''.join(sorted(set(first))))}])(?:{pattern})")

    g.rules = [
        (rx("12", rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})(?P<sep>[-./／])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)"), _iso),
        (rx(year_first + "十" + _firsts(lex["relative_months"]),
            rf"(?:{year}的?)?(?:(?P<m>{_AR_M}|{_CN_M})月份?|(?P<mrel>{_alt(lex['relative_months'])}))"
            rf"(?:(?P<d>{_DAY}){_DAY_END}"
            rf"(?:{_SEP}(?:(?:(?P<y2>(?:19|20)\d{{2}})年)?(?P<m2>{_AR_M}|{_CN_M})月)?(?P<d2>{_DAY})[日号])?"
            rf"{_WEEKDAY}?(?P<fest>{fest})?{tail}"
            rf"|(?P<mp>{_alt(month_parts)})|{_SEP}(?P<m3>{_AR_M}|{_CN_M})月)?"), _ymd),
        (rx(year_first + "十农阴夏正腊冬",
            rf"(?:{year}的?)?(?P<nl>农历|阴历|夏历)?(?P<lm>正|腊|冬|{_CN_M})月(?P<ld>{_LUNAR_DAY})(?P<ri>日)?"
            rf"(?P<fest>{fest})?{tail}"), _lunar),
        # “母亲节”前一天: a quote closing the festival's name stands between it and its suffix
        (rx(year_first + _firsts(fest_words), rf"(?:{year}的?)?(?P<fest>{fest})(?:[”’\"』」](?={day_suffixes}))?{tail}"),
         _festival),
        (rx(year_first + _firsts(named), rf"(?:{year}的?)?(?P<w>{_alt(named)})(?:{_alt(lex['period_suffixes'])})?"), _named),
        (rx(_firsts(lex["relative_weeks"]),
            rf"(?P<wk>{_alt(lex['relative_weeks'])})(?P<wd>[{''.join(_keys(lex['weekdays']))}])?(?P<tod>{tod})?"), _week),
        (rx(_firsts(plain), rf"(?P<w>{_alt(plain)})(?P<tod>{tod})?"), _plain),
        (rx(year_first + _firsts(standalone),
            rf"{year}(?:(?P<yp>{_alt(year_parts)})|(?!\d|[一二三四五六七八九十]+岁))|(?P<ypa>{_alt(standalone)})"), _year),
        (rx("0123456789", rf"(?<![\d月号年.．:/\-第每])(?P<d>\d{{1,2}})(?:日(?!内|以内|之内|游)|(?={_SEP}\d{{1,2}}[日号]))"
            rf"(?:{_SEP}(?P<d2>\d{{1,2}})[日号])?{_WEEKDAY}?{tail}"), _bare_day),
    ]
    return g


# --- building specs -------------------------------------------------------------------------------------

def _exact(day: date, end: date | None = None) -> DateSpec:
    return DateSpec(start=day, end=end if end and end > day else None)


def _bounds(earliest: date, latest: date, issue: date | None = None) -> DateSpec:
    """Bounds; with `issue`, capped at the issue date when they contain it (本月 = the month up to D)."""
    if issue is not None and earliest <= issue < latest:
        latest = issue
    return DateSpec(earliest=earliest, latest=latest)


def _month_bounds(y: int, m: int, issue: date, d1: int = 1, d2: int = 31) -> DateSpec:
    last = month_end(y, m)
    return _bounds(date(y, m, min(d1, last.day)), date(y, m, min(d2, last.day)), issue)


def _md(y: int, md: str) -> date:
    m, d = (int(x) for x in md.split("-"))
    return date(y, m, min(d, month_end(y, m).day))


def _with_suffix(g: _Grammar, day: date, fsuf: str | None, entry: dict | None = None,
                 issue: date | None = None) -> DateSpec:
    rule = g.suffixes.get(fsuf) if fsuf else "day"
    if rule == "since":   # 春节过后, 10月8日以来: from that day up to the issue date
        return _bounds(day, issue) if issue is not None and issue > day else _exact(day)
    if rule == "holiday":
        n = (entry or {}).get("holiday_days", 1)
        return _bounds(day, day + timedelta(days=n - 1)) if n > 1 else _exact(day)
    if isinstance(rule, int):   # 学雷锋纪念日前一天, 重阳节次日: a day counted from the festival's
        return _exact(day + timedelta(days=rule))
    if isinstance(rule, list):
        return _bounds(day + timedelta(days=rule[0]), day + timedelta(days=rule[1]))
    return _exact(day)


def _explicit_year(m: re.Match, g: _Grammar, issue: date) -> int | None:
    if m.group("y"):
        return cn_to_int(m.group("y"))
    if m.group("yrel"):
        return issue.year + g.rel_years[m.group("yrel")]
    return None


def _festival_day(entry: dict, g: _Grammar, issue: date, year: int | None) -> date | None:
    kind = entry["kind"]
    if kind == "lunar":
        def day_in(y): return lunar_to_solar(y, entry["month"], entry["day"])
    elif kind == "solar" and "nth" in entry:
        # 全国助残日 is the third Sunday of May: nth (1..5) weekday (0 = Monday .. 6 = Sunday) of the month
        def day_in(y):
            first = date(y, entry["month"], 1)
            day = first + timedelta(days=(entry["weekday"] - first.weekday()) % 7 + 7 * (entry["nth"] - 1))
            return day if day.month == entry["month"] else None
    elif kind == "solar":
        def day_in(y): return safe_date(y, entry["month"], entry["day"])
    else:
        def day_in(y): return solar_terms(y).get(entry["term"])
    return day_in(year) if year is not None else recent_occurrence(day_in, issue, g.window)


def _adverbial(m: re.Match, g: _Grammar) -> bool:
    """A festival standing as a time adverbial: at a clause start (or after 在/于/值 ...) and a clause end."""
    text, s, e = m.string, m.start(), m.end()
    before = s == 0 or text[s - 1] in _CLAUSE_PUNCT or text.endswith(g.adverbial_before, 0, s)
    return before and (e == len(text) or text[e] in _CLAUSE_PUNCT)


# --- one handler per rule: (match, grammar, issue) -> DateSpec | _IGNORE | (DateSpec, weak) | None --------

def _iso(m, g, issue):
    day = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _exact(day) if day else _IGNORE


def _soon_after(issue: date, mo: int, day: str | None, g, part: str | None = None) -> bool:
    """A month (and day) of a later month of the issue's year but within the window after the issue date (将于3月8日
    in an issue of late February): this year's, an announcement, not last year's. So is a part of the month right
    after the issue's (将于11月初 in an issue of late October: its first day is within the window). A bare month
    (11月) keeps the year before."""
    if day:
        d = safe_date(issue.year, mo, cn_to_int(day))
    elif part and mo == issue.month + 1:
        d = safe_date(issue.year, mo, g.month_parts[part][0])
    else:
        d = None
    return d is not None and 0 <= (d - issue).days <= g.window


def _ymd(m, g, issue):
    if m["mrel"]:
        y, mo = add_months(issue.year, issue.month, g.rel_months[m["mrel"]])
    else:
        mo = cn_to_int(m["m"])
        y = _explicit_year(m, g, issue)
        if y is None:
            if not (m["d"] or m["mp"] or m["m3"]) and m["m"][0] not in "0123456789" and not _bare_cn_month_ok(m):
                return None
            y = issue.year - 1 if mo > issue.month and not _soon_after(issue, mo, m["d"], g, m["mp"]) else issue.year
    if not 1 <= mo <= 12:
        return _IGNORE
    if m["d"]:
        start = safe_date(y, mo, cn_to_int(m["d"]))
        if start is None:
            return _IGNORE
        if m["d2"]:
            mo2 = cn_to_int(m["m2"]) if m["m2"] else mo
            y2 = int(m["y2"]) if m["y2"] else y
            end = safe_date(y2, mo2, cn_to_int(m["d2"]))
            if end is not None and end < start and not m["y2"]:
                end = safe_date(y2 + 1, mo2, end.day)
            return _exact(start, end)
        return _with_suffix(g, start, m["fsuf"], g.words.get(m["fest"]) if m["fest"] else None, issue)
    if m["mp"]:
        return _month_bounds(y, mo, issue, *g.month_parts[m["mp"]])
    if m["m3"]:
        mo3 = cn_to_int(m["m3"])
        y3 = y if mo3 >= mo else y + 1
        return _bounds(date(y, mo, 1), month_end(y3, mo3), issue)
    return _month_bounds(y, mo, issue)


def _bare_cn_month_ok(m) -> bool:
    """一月 in 一周一调度、一月一分析 is a frequency, not January."""
    text, s, e = m.string, m.start(), m.end()
    prev = text[s - 1] if s else ""
    nxt = text[e] if e < len(text) else ""
    return prev not in "一二三四五六七八九十两几半每个数" and nxt not in "一二三四五六七八九十两几个"


def _lunar(m, g, issue):
    lm, ld = m["lm"], m["ld"]
    marked = m["nl"] or lm in "正腊冬" or ld[0] in "初廿" or (not m["ri"] and len(ld) >= 2)
    if not marked:
        return None  # 九月九日 is a Gregorian date
    month = {"正": 1, "冬": 11, "腊": 12}.get(lm) or cn_to_int(lm)
    day = cn_to_int(ld[1:] if ld[0] == "初" else ld)
    year = _explicit_year(m, g, issue)
    if year is not None:
        solar = lunar_to_solar(year, month, day)
    else:
        solar = recent_occurrence(lambda ly: lunar_to_solar(ly, month, day), issue, g.window)
    if solar is None:
        return _IGNORE
    return _with_suffix(g, solar, m["fsuf"], g.words.get(m["fest"]) if m["fest"] else None, issue)


def _festival(m, g, issue):
    entry = g.words[m["fest"]]
    year = _explicit_year(m, g, issue)
    strong = year is not None or bool(m["fsuf"]) or _adverbial(m, g)
    if not strong and m["fest"] in g.short:
        return None  # 献礼国庆, 金秋暖重阳: an abbreviation used as a topic
    day = _festival_day(entry, g, issue, year)
    if day is None:
        return _IGNORE
    return _with_suffix(g, day, m["fsuf"], entry, issue), not strong


def _named(m, g, issue):
    entry = g.words[m["w"]]
    year = _explicit_year(m, g, issue)
    if entry["kind"] == "month_name":
        mo = entry["month"]
        if year is None:
            year = issue.year - 1 if mo > issue.month else issue.year
        return _month_bounds(year, mo, issue)
    if year is None:  # period
        first = recent_occurrence(lambda y: _md(y, entry["start"]), issue, g.window)
        year = first.year
    start, end = _md(year, entry["start"]), _md(year, entry["end"])
    if end < start:
        end = _md(year + 1, entry["end"])
    return _bounds(start, end)


def _week(m, g, issue):
    monday = issue - timedelta(days=issue.weekday()) + timedelta(weeks=g.rel_weeks[m["wk"]])
    if m["wd"]:
        a, b = g.weekdays[m["wd"]]
        if a == b:
            return _exact(monday + timedelta(days=a - 1))
        return _bounds(monday + timedelta(days=a - 1), monday + timedelta(days=b - 1))
    return _bounds(monday, monday + timedelta(days=6), issue)


def _plain(m, g, issue):
    entry = g.words[m["w"]]
    kind = entry["kind"]
    if kind == "relative_days":
        # 说明天气, 明日之星: the word is part of another one
        before, after = m.string[m.start() - 1:m.start()], m.string[m.start("w") + len(m["w"]):][:1]
        if (before and before in entry.get("not_after", "")) or (after and after in entry.get("not_before", "")):
            return None
        return _exact(issue + timedelta(days=entry["offset"]))
    if kind == "recent":
        return _bounds(issue - timedelta(days=entry["days"]), issue)
    if kind == "anchor_days":
        return entry  # resolved in order, against the date read before it
    return _IGNORE


def _year(m, g, issue):
    if m["ypa"]:
        part = g.year_parts[m["ypa"]]
        first = recent_occurrence(lambda y: _md(y, part["start"]), issue, g.window)
        return _year_part(first.year, part, issue)
    y = _explicit_year(m, g, issue)
    if m["yp"]:
        return _year_part(y, g.year_parts[m["yp"]], issue)
    return _bounds(date(y, 1, 1), date(y, 12, 31), issue)


def _year_part(y: int, part: dict, issue: date) -> DateSpec:
    end = issue if part["end"] == "issue" else _md(y, part["end"])
    return _bounds(_md(y, part["start"]), end, issue)


def _bare_day(m, g, issue):
    d = int(m["d"])
    y, mo = (issue.year, issue.month) if d <= issue.day else add_months(issue.year, issue.month, -1)
    start = safe_date(y, mo, d)
    if start is None:
        return _IGNORE
    if m["d2"]:
        return _exact(start, safe_date(y, mo, int(m["d2"])))
    return _with_suffix(g, start, m["fsuf"], None, issue)


def _from_anchor(entry: dict, anchor: DateSpec | None, issue: date) -> DateSpec | None:
    shift = timedelta(days=entry["offset"])
    if anchor is not None and anchor.start is not None:
        # 届时 (offset 0) after 5月22日至28日: the whole run the anchor names
        return _exact(anchor.start + shift, anchor.end if not entry["offset"] else None)
    if anchor is not None and anchor.known:
        return _bounds(anchor.earliest + shift, anchor.latest + shift)
    if entry.get("without_anchor") == "issue":
        return _exact(issue + shift)
    return None


# --- API ------------------------------------------------------------------------------------------------

_SINCE = ("以来", "至今")


def find_time_expressions(text: str, issue_date: date, anchor: DateSpec | None = None) -> list[TimeExpr]:
    """Every time expression in `text`, left to right, non-overlapping, longest match wins.

    `anchor` is the last date read earlier in the article (for 当日/同日/次日 ...); within `text` it moves on
    to each date read."""
    g = _grammar()
    norm = normalize(text)
    cands = []  # (start, -length, rule index, result)
    for i, (rx, handler) in enumerate(g.rules):
        for m in rx.finditer(norm):
            if m.end() > m.start():
                result = handler(m, g, issue_date)
                if result is not None:
                    cands.append((m.start(), m.start() - m.end(), i, result))
    cands.sort(key=lambda c: c[:3])
    out: list[TimeExpr] = []
    last_end = 0
    for start, neg_len, _, result in cands:
        if start < last_end:
            continue
        end = start - neg_len
        last_end = end
        weak = False
        if isinstance(result, tuple):
            result, weak = result
        if isinstance(result, dict):
            result = _from_anchor(result, anchor, issue_date)
        if result is None or result is _IGNORE:
            continue
        if result.start is None and result.earliest and result.latest and result.earliest <= issue_date and \
                result.latest < issue_date and norm.startswith(_SINCE, end):
            result = _bounds(result.earliest, issue_date)   # 自2月初以来: from the period's start to the issue day
        result.text = text[start:end]
        out.append(TimeExpr(result.text, start, end, result, result.start is not None, weak))
        if not weak:
            anchor = result
    return out


def resolve_time(text: str, issue_date: date, anchor: DateSpec | None = None) -> DateSpec | None:
    """The best single DateSpec for a sentence: an exact day near the issue date beats bounds, narrow bounds
    beat wide ones, earlier beats later; festivals named only as a topic count when nothing else does."""
    exprs = find_time_expressions(text, issue_date, anchor)
    pool = [e for e in exprs if not e.weak] or [
        e for e in exprs if (e.spec.start or e.spec.earliest) <= issue_date]
    if not pool:
        return None
    near_lo, near_hi = issue_date - timedelta(days=400), issue_date + timedelta(days=60)

    def rank(e: TimeExpr):
        s = e.spec
        if e.exact:
            return (0 if near_lo <= s.start <= near_hi else 2, 0, e.start)
        return (1, (s.latest - s.earliest).days, e.start)

    return min(pool, key=rank).spec


_ISSUE_DATE = re.compile(
    rf"(?P<y>{_YEAR_NUM})年(?P<m>{_AR_M}|{_CN_M})月(?P<d>{_DAY})[日号]"
    rf"|(?<!\d)(?P<iy>(?:19|20)\d{{2}})(?P<sep>[-./／])(?P<im>\d{{1,2}})(?P=sep)(?P<id>\d{{1,2}})(?!\d)")
_SPACES = re.compile(r"\s+")


def parse_issue_date(text: str) -> date | None:
    """The first valid absolute date with a year, as printed at a page head; OCR spaces are ignored."""
    for m in _ISSUE_DATE.finditer(_SPACES.sub("", normalize(text))):
        if m["y"]:
            day = safe_date(cn_to_int(m["y"]), cn_to_int(m["m"]), cn_to_int(m["d"]))
        else:
            day = safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
        if day is not None:
            return day
    return None
