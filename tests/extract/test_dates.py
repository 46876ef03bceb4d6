"""Time expressions: kg.extract.dates (grammar) with data/lexicon/time.json (words)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date

import pytest

from kg import LEXICON_DIR, PROJECT_ROOT
from kg.extract import dates
from kg.extract.dates import TimeExpr, find_time_expressions, parse_issue_date, resolve_time
from kg.records import DateSpec

D = date(2024, 10, 18)  # the sample issue, a Friday
SAMPLE = PROJECT_ROOT / "data" / "samples" / "2024-10-18.txt"


def d(s: str) -> date:
    return date.fromisoformat(s)


def one(text: str, issue: date = D, anchor: DateSpec | None = None) -> TimeExpr:
    found = find_time_expressions(text, issue, anchor)
    assert len(found) == 1, found
    return found[0]


def exact(text: str, issue: date = D, anchor: DateSpec | None = None) -> date:
    e = one(text, issue, anchor)
    assert e.exact and e.spec.start is not None, e
    return e.spec.start


def bounds(text: str, issue: date = D, anchor: DateSpec | None = None) -> tuple[date, date]:
    e = one(text, issue, anchor)
    assert not e.exact and e.spec.start is None, e
    return e.spec.earliest, e.spec.latest


# --- absolute dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, issue, want", [
    ("2024年10月10日", D, "2024-10-10"),
    ("10月10日", D, "2024-10-10"),
    ("10月10号", D, "2024-10-10"),
    ("本月10日", D, "2024-10-10"),
    ("本月25日", D, "2024-10-25"),          # 本月 fixes the month even after the issue day
    ("上月10日", D, "2024-09-10"),
    ("10日", D, "2024-10-10"),             # D's month
    ("20日", D, "2024-09-20"),             # after D's day: the previous month
    ("十月十一日", D, "2024-10-11"),
    ("二〇二四年十月十一日", D, "2024-10-11"),
    ("12月28日", d("2025-01-05"), "2024-12-28"),  # a month after D's month: the year before
    ("11月2日", D, "2024-11-02"),  # a later day within the window after D: an announcement, this year
    ("3月8日", d("2024-02-20"), "2024-03-08"),
    ("12月5日", d("2024-02-20"), "2023-12-05"),  # beyond the window: the year before
    ("今年12月28日", D, "2024-12-28"),
    ("去年3月5日", D, "2023-03-05"),
    ("明年1月1日", D, "2025-01-01"),
    ("2024-10-10", D, "2024-10-10"),
])
def test_absolute_day(text, issue, want):
    assert exact(text, issue) == d(want)


def test_day_range_sets_end():
    e = one("10月10日至12日")
    assert (e.spec.start, e.spec.end) == (d("2024-10-10"), d("2024-10-12"))
    e = one("10月30日至11月2日")
    assert (e.spec.start, e.spec.end) == (d("2024-10-30"), d("2024-11-02"))
    e = one("12月30日至1月2日", d("2025-01-05"))
    assert (e.spec.start, e.spec.end) == (d("2024-12-30"), d("2025-01-02"))
    e = one("10日至12日")
    assert (e.spec.start, e.spec.end) == (d("2024-10-10"), d("2024-10-12"))


def test_expression_keeps_offsets_and_text():
    text = "记者获悉，10月10日上午，社区举办活动。"
    e = one(text)
    assert (e.text, e.start, e.end) == ("10月10日上午", 5, 13)
    assert text[e.start:e.end] == e.text == e.spec.text


def test_years_and_months_as_bounds():
    assert bounds("二〇二四年") == (d("2024-01-01"), D)   # D's year: up to D
    assert bounds("2023年") == (d("2023-01-01"), d("2023-12-31"))
    assert bounds("去年") == (d("2023-01-01"), d("2023-12-31"))
    assert bounds("明年3月") == (d("2025-03-01"), d("2025-03-31"))
    assert bounds("今年12月") == (d("2024-12-01"), d("2024-12-31"))
    assert bounds("12月", d("2025-01-05")) == (d("2024-12-01"), d("2024-12-31"))


# --- relative days and weeks ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("昨日", "2024-10-17"), ("昨天", "2024-10-17"), ("昨天下午3点", "2024-10-17"),
    ("前天", "2024-10-16"), ("前日", "2024-10-16"),
    ("今天", "2024-10-18"), ("今日", "2024-10-18"), ("当天", "2024-10-18"),
    ("上周五", "2024-10-11"), ("上星期一", "2024-10-07"), ("本周三", "2024-10-16"),
])
def test_relative_day(text, want):
    assert exact(text) == d(want)


def test_relative_months_and_weeks():
    assert bounds("上月") == (d("2024-09-01"), d("2024-09-30"))
    assert bounds("上个月") == (d("2024-09-01"), d("2024-09-30"))
    assert bounds("本月") == (d("2024-10-01"), D)
    assert bounds("上周") == (d("2024-10-07"), d("2024-10-13"))
    assert bounds("上周末") == (d("2024-10-12"), d("2024-10-13"))


def test_anchor_days():
    anchor = DateSpec(start=d("2024-10-11"), text="10月11日")
    assert exact("当日上午", anchor=anchor) == d("2024-10-11")
    assert exact("当天", anchor=anchor) == d("2024-10-11")
    assert exact("同日", anchor=anchor) == d("2024-10-11")
    assert exact("次日", anchor=anchor) == d("2024-10-12")
    assert exact("翌日", anchor=anchor) == d("2024-10-12")
    assert find_time_expressions("同日", D) == []          # nothing to be the same day as
    vague = DateSpec(earliest=d("2024-10-04"), latest=D, text="近日")
    assert bounds("次日", anchor=vague) == (d("2024-10-05"), d("2024-10-19"))


def test_anchor_moves_along_the_text():
    found = find_time_expressions("10月10日上午，社区开展义诊；次日，又组织了理发。", D)
    assert [(e.text, e.spec.start) for e in found] == [("10月10日上午", d("2024-10-10")), ("次日", d("2024-10-11"))]


# --- festivals ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, issue, want", [
    ("重阳节", D, "2024-10-11"),
    ("九九重阳", D, "2024-10-11"),
    ("重阳，", D, "2024-10-11"),                 # the short form as an adverbial
    ("中秋节", D, "2024-09-17"),
    ("端午节", D, "2024-06-10"),
    ("春节", D, "2024-02-10"),
    ("元宵节", D, "2024-02-24"),
    ("七夕", D, "2024-08-10"),
    ("腊八节", D, "2024-01-18"),
    ("小年", D, "2024-02-02"),                   # lunar 12/23
    ("除夕", D, "2024-02-09"),                   # lunar 2023 month 12 has 30 days
    ("除夕", d("2025-01-20"), "2025-01-28"),     # lunar 2024 month 12 has 29 days
    ("农历九月初九", D, "2024-10-11"),
    ("农历九月九日", D, "2024-10-11"),
    ("九月初九", D, "2024-10-11"),
    ("腊月二十五", D, "2024-02-04"),
    ("正月初一", D, "2024-02-10"),
    ("农历八月十五", D, "2024-09-17"),
    ("元旦", D, "2024-01-01"),
    ("妇女节", D, "2024-03-08"),
    ("植树节", D, "2024-03-12"),
    ("劳动节", D, "2024-05-01"),
    ("五一，", D, "2024-05-01"),
    ("青年节", D, "2024-05-04"),
    ("儿童节", D, "2024-06-01"),
    ("六一，", D, "2024-06-01"),
    ("建党节", D, "2024-07-01"),
    ("七一，", D, "2024-07-01"),
    ("建军节", D, "2024-08-01"),
    ("八一，", D, "2024-08-01"),
    ("教师节", D, "2024-09-10"),
    ("国庆节", D, "2024-10-01"),
    ("国庆，", D, "2024-10-01"),
    ("清明节", D, "2024-04-04"),
    ("立春", D, "2024-02-04"),
    ("冬至", D, "2023-12-22"),                   # 2024-12-21 is more than 60 days after D
    ("冬至", d("2024-12-25"), "2024-12-21"),
    ("中秋节", d("2024-01-05"), "2023-09-29"),   # more than 60 days ahead: last year's
    ("春节", d("2024-01-05"), "2024-02-10"),     # within 60 days: this year's
    ("2023年春节", D, "2023-01-22"),
    ("今年重阳节", D, "2024-10-11"),
    ("10月11日重阳节当天", D, "2024-10-11"),
    ("重阳节当天", D, "2024-10-11"),
])
def test_festival_day(text, issue, want):
    e = one(text, issue)
    assert e.exact and e.spec.start == d(want) and not e.weak


def test_festival_windows():
    assert bounds("国庆期间") == (d("2024-10-01"), d("2024-10-07"))
    assert bounds("今年国庆期间") == (d("2024-10-01"), d("2024-10-07"))
    assert bounds("十一黄金周") == (d("2024-10-01"), d("2024-10-07"))
    assert bounds("春节期间") == (d("2024-02-10"), d("2024-02-16"))
    assert bounds("重阳节前夕") == (d("2024-10-04"), d("2024-10-10"))
    assert bounds("重阳节来临之际") == (d("2024-10-04"), d("2024-10-11"))


def test_festival_as_topic_is_weak_and_abbreviation_as_topic_is_no_date():
    found = find_time_expressions("社区开展重阳节系列活动", D)
    assert [(e.text, e.weak) for e in found] == [("重阳节", True)]
    assert find_time_expressions("展出国庆题材年画，献礼国庆", D) == []
    assert find_time_expressions("以\u201c金秋暖重阳\u201d为主题", D) == []
    assert find_time_expressions("八一路社区", D) == []
    # a weak festival only counts when nothing else does
    assert resolve_time("近日，社区开展重阳节系列活动", D).earliest == d("2024-10-04")
    assert resolve_time("社区开展重阳节系列活动", D).start == d("2024-10-11")


# --- periods as bounds ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lo, hi", [
    ("近日", "2024-10-04", "2024-10-18"),
    ("日前", "2024-10-04", "2024-10-18"),
    ("连日来", "2024-10-04", "2024-10-18"),
    ("近期", "2024-10-04", "2024-10-18"),
    ("近来", "2024-10-04", "2024-10-18"),
    ("近段时间", "2024-10-04", "2024-10-18"),
    ("今年8月底", "2024-08-21", "2024-08-31"),
    ("8月下旬", "2024-08-21", "2024-08-31"),
    ("9月末", "2024-09-21", "2024-09-30"),
    ("2月底", "2024-02-21", "2024-02-29"),
    ("9月上旬", "2024-09-01", "2024-09-10"),
    ("九月中旬", "2024-09-11", "2024-09-20"),
    ("9月初", "2024-09-01", "2024-09-10"),
    ("本月初", "2024-10-01", "2024-10-10"),
    ("10月", "2024-10-01", "2024-10-18"),
    ("9月份", "2024-09-01", "2024-09-30"),
    ("11月", "2023-11-01", "2023-11-30"),
    ("8月至10月", "2024-08-01", "2024-10-18"),
    ("敬老月", "2024-10-01", "2024-10-18"),
    ("国防教育月", "2024-09-01", "2024-09-30"),
    ("学雷锋月", "2024-03-01", "2024-03-31"),
    ("学雷锋活动月", "2024-03-01", "2024-03-31"),
    ("暑假", "2024-07-01", "2024-08-31"),
    ("暑期", "2024-07-01", "2024-08-31"),
    ("寒假", "2024-01-15", "2024-02-28"),
    ("今年以来", "2024-01-01", "2024-10-18"),
    ("今年", "2024-01-01", "2024-10-18"),
    ("年初", "2024-01-01", "2024-03-31"),
    ("年底", "2024-11-01", "2024-12-31"),
    ("年末", "2024-11-01", "2024-12-31"),
    ("去年底", "2023-11-01", "2023-12-31"),
    ("今年上半年", "2024-01-01", "2024-06-30"),
    ("金秋十月", "2024-10-01", "2024-10-18"),
    ("金秋时节", "2024-10-01", "2024-10-18"),
])
def test_period_bounds(text, lo, hi):
    assert bounds(text) == (d(lo), d(hi))


def test_year_end_in_january_issue_is_last_year():
    assert bounds("年底", d("2025-01-05")) == (d("2024-11-01"), d("2024-12-31"))


def test_up_to_now_is_not_a_date():
    assert find_time_expressions("截至目前，累计开展活动2万余次", D) == []


# --- not dates, OCR noise, invalid dates ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "庆祝中华人民共和国成立75周年", "85岁老人王怀云", "今年85岁的老人", "经过3年的探索发展", "深化运用\u201c12+N\u201d工作方法",
    "构建\u201c1+18+203+N\u201d体系", "上午", "吸引近8000人次参观", "完成率达95%", "聚焦9个方面，细化43项监督重点",
    "一周一调度、半月一研判、一月一分析", "3日内完成", "每月10日", "10号楼", "三个月",
])
def test_not_dates(text):
    assert find_time_expressions(text, D) == []
    assert resolve_time(text, D) is None


def test_full_width_digits():
    e = one("１０月１０日，社区举办活动")
    assert e.spec.start == d("2024-10-10") and e.text == "１０月１０日"


@pytest.mark.parametrize("text", ["2月30日", "2023年2月29日", "4月31日", "13月5日", "2024-02-30"])
def test_invalid_dates_are_ignored(text):
    assert find_time_expressions(text, D) == []
    assert resolve_time(text, D) is None


# --- resolve_time ---------------------------------------------------------------------------------------

def test_resolve_prefers_exact_then_narrow_bounds():
    assert resolve_time("近日，10月12日，社区举办活动", D).start == d("2024-10-12")
    assert resolve_time("今年以来，近日社区举办活动", D).earliest == d("2024-10-04")
    assert resolve_time("新中国成立于1949年10月1日。近日，社区举办活动", D).earliest == d("2024-10-04")
    assert resolve_time("社区举办活动", D) is None


# --- issue dates ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2024年10月18日 星期五", "2024-10-18", "2024.10.18", "二〇二四年十月十八日", "2024 年 10 月 18 日",
    "20 24年10月18日", "大同日报\n２０２４年１０月１８日 星期五\n家政进社区",
])
def test_parse_issue_date(text):
    assert parse_issue_date(text) == D


@pytest.mark.parametrize("text", ["家政进社区", "2024年2月30日", "10月18日", ""])
def test_parse_issue_date_none(text):
    assert parse_issue_date(text) is None


# --- the lexicon is data --------------------------------------------------------------------------------

def test_every_lexicon_word_is_read():
    lex = json.loads((LEXICON_DIR / "time.json").read_text(encoding="utf-8"))
    anchor = DateSpec(start=d("2024-10-11"))
    for entry in lex["entries"]:
        assert entry["kind"] in {"lunar", "solar", "solar_term", "period", "month_name", "relative_days",
                                 "recent", "anchor_days", "ignore"}
        for word in entry.get("words", []) + entry.get("short", []):
            found = find_time_expressions(word + "，", D, anchor)
            if entry["kind"] == "ignore":
                assert found == [], word
            else:
                assert [e.text for e in found] == [word], word
                assert found[0].spec.known, word


def test_new_words_need_no_code(tmp_path, monkeypatch):
    lex = json.loads((LEXICON_DIR / "time.json").read_text(encoding="utf-8"))
    lex["entries"].append({"kind": "solar", "name": "全国助残日", "words": ["测试纪念日"], "month": 5, "day": 19})
    lex["entries"].append({"kind": "month_name", "name": "测试月", "words": ["测试宣传月"], "month": 6})
    lex["entries"].append({"kind": "recent", "words": ["前阵子"], "days": 30})
    (tmp_path / "time.json").write_text(json.dumps(lex, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(dates, "LEXICON_DIR", tmp_path)
    dates.lexicon.cache_clear()
    dates._grammar.cache_clear()
    try:
        assert exact("测试纪念日") == d("2024-05-19")
        assert bounds("测试宣传月期间") == (d("2024-06-01"), d("2024-06-30"))
        assert bounds("前阵子") == (d("2024-09-18"), D)
    finally:
        monkeypatch.undo()
        dates.lexicon.cache_clear()
        dates._grammar.cache_clear()


def test_no_rdflib():
    code = "import sys, kg.extract.dates; sys.exit('rdflib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT).returncode == 0


# --- the sample page, as the gold reads it --------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("为提高社区居民生活质量，近日，在平城区永泰街道凯德世家社区举办的活动", ("2024-10-04", "2024-10-18")),
    ("国庆期间，在平城区新时代文明实践中心展出的专题画展吸引近8000人次参观", ("2024-10-01", "2024-10-07")),
    ("今年8月底，平城区委结合群众身边不正之风和腐败问题集中整治", ("2024-08-21", "2024-08-31")),
    ("10月10日，平城区民政局和平城区企业家商会工作人员一行人来到魏都新城小区", "2024-10-10"),
    ("10月11日重阳节当天，一行人来到育才社区养老服务中心", "2024-10-11"),
    ("10月11日是农历九月九日重阳节，平城区39校组织师生代表到振华老年公寓", "2024-10-11"),
    ("共青团平城区委在国防教育月期间精心策划", ("2024-09-01", "2024-09-30")),
    ("紧盯住宿、餐饮、旅游行业用工需要，连日来，平城区人社局整体推进", ("2024-10-04", "2024-10-18")),
])
def test_sample_sentences(text, want):
    spec = resolve_time(text, D)
    if isinstance(want, tuple):
        assert (spec.start, spec.earliest, spec.latest) == (None, d(want[0]), d(want[1]))
    else:
        assert spec.start == d(want)


def test_sample_respect_month_and_recent_both_found():
    found = find_time_expressions("10月是全国\u201c敬老月\u201d。连日来，平城区多个街道开展系列活动", D)
    texts = [e.text for e in found]
    assert "敬老月" in texts and "连日来" in texts
    recent = found[texts.index("连日来")]
    assert (recent.spec.earliest, recent.spec.latest) == (d("2024-10-04"), D)


def test_sample_page_issue_date_and_expressions():
    if not SAMPLE.exists():
        pytest.skip("sample page not present")
    page = SAMPLE.read_text(encoding="utf-8")
    assert parse_issue_date(page) == D
    body = re.sub(r"[ \t]+", "", page)
    sentences = [s for s in re.split(r"(?<=[。！？\n])", body) if s.strip()]
    for s in sentences:
        resolve_time(s, D)   # every sentence resolves without error (speed: benchmarks/extract_bench.py)
    found = {e.text for e in find_time_expressions(body, D)}
    assert {"近日", "今年8月底", "连日来", "国防教育月期间", "敬老月", "10月10日", "10月11日重阳节当天",
            "农历九月九日重阳节", "当日上午"} <= found


# --- evenings and "since" (pages of other districts) ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("昨晚", "2024-10-17"), ("昨夜", "2024-10-17"), ("昨天晚上", "2024-10-17"),
    ("前晚", "2024-10-16"), ("今晚", "2024-10-18"),
])
def test_relative_evenings(text, want):
    assert exact(text) == d(want)


def test_a_relative_evening_comes_before_a_festival_named_in_the_title():
    found = find_time_expressions("昨晚，区文化馆“辞旧迎新”2025年元旦音乐会在区剧院上演。", d("2024-12-31"))
    assert found[0].text == "昨晚" and found[0].spec.start == d("2024-12-30")


@pytest.mark.parametrize("text, issue, lo", [
    ("春节过后", "2024-02-20", "2024-02-10"),     # 春节 2024 fell on 2024-02-10
    ("春节以来", "2024-02-20", "2024-02-10"),
    ("元宵节后", "2024-03-01", "2024-02-24"),
    ("国庆节以来", "2024-10-18", "2024-10-01"),
    ("9月20日以来", "2024-10-18", "2024-09-20"),
])
def test_since_a_festival_or_day_runs_to_the_issue_date(text, issue, lo):
    assert bounds(text, d(issue)) == (d(lo), d(issue))


# --- a third round of blind pages: minority festivals, days fixed by a weekday, a Monday in January ---------

@pytest.mark.parametrize("text, issue, day", [
    ("彝族火把节当晚", "2025-07-21", "2025-07-18"),       # 农历六月二十四
    ("壮族三月三期间", "2025-04-02", "2025-03-31"),       # 农历三月初三
    ("今年三月三", "2025-04-02", "2025-03-31"),
    ("全国助残日当天", "2025-05-20", "2025-05-18"),       # the third Sunday of May
    ("全国助残日当天", "2024-05-21", "2024-05-19"),
    ("母亲节前后", "2025-05-20", "2025-05-11"),           # the second Sunday of May (start of the bounds + 3)
    ("119消防日当天", "2025-11-12", "2025-11-09"),
])
def test_festivals_of_minority_areas_and_days_fixed_by_a_weekday(text, issue, day):
    spec = one(text, d(issue)).spec
    assert (spec.start or spec.earliest + (spec.latest - spec.earliest) / 2) == d(day)


def test_three_three_as_a_plain_date_stays_a_date():
    assert one("三月三日", d("2025-03-14")).spec.start == d("2025-03-03")


def test_relative_days_of_a_monday_issue_in_january_cross_the_year():
    issue = d("2026-01-05")
    assert one("上周五", issue).spec.start == d("2026-01-02")
    assert one("元旦期间", issue).spec.start == d("2026-01-01")
    spec = one("去年12月下旬", issue).spec
    assert (spec.earliest, spec.latest) == (d("2025-12-21"), d("2025-12-31"))


# --- round 6: tomorrow, and 届时 -------------------------------------------------------------------------

@pytest.mark.parametrize("text, day", [("明天上午，社区将举办义诊。", "2024-10-19"), ("明日，大会召开。", "2024-10-19"),
                                       ("明晚的演出", "2024-10-19"), ("后天，展览开幕。", "2024-10-20")])
def test_tomorrow_and_the_day_after_are_exact_days(text, day):
    assert one(text).spec.start == d(day)


@pytest.mark.parametrize("text", ["老师说明天气变化的原因", "评选“明日之星”", "先天后天都重要"])
def test_tomorrow_inside_another_word_is_no_time(text):
    assert find_time_expressions(text, D) == []


def test_jieshi_is_the_day_named_before():
    anchor = one("明天是社区开放日。").spec
    assert one("届时，区志愿者协会将在广场开展活动。", anchor=anchor).spec.start == d("2024-10-19")
    assert find_time_expressions("届时，区志愿者协会将开展活动。", D) == []


@pytest.mark.parametrize("text, lo, hi", [("自2月初以来，", date(2025, 2, 1), date(2025, 3, 14)),
                                         ("1月中旬以来，", date(2025, 1, 11), date(2025, 3, 14)),
                                         ("2月初，", date(2025, 2, 1), date(2025, 2, 10))])
def test_a_period_followed_by_since_runs_to_the_issue_day(text, lo, hi):
    spec = resolve_time(text, date(2025, 3, 14))
    assert (spec.earliest, spec.latest) == (lo, hi)


# --- a day counted from a festival (round twelve) --------------------------------------------------------

@pytest.mark.parametrize("text, issue, want", [
    ("学雷锋纪念日前一天，少先队员来到敬老院", date(2022, 3, 15), "2022-03-04"),
    ("三月五日是学雷锋纪念日", date(2022, 3, 15), "2022-03-05"),
    ("国家安全教育日前一天，社区举办讲座", date(2023, 4, 25), "2023-04-14"),
    ("重阳节次日，社区为老人理发", D, "2024-10-12"),
])
def test_a_day_counted_from_a_named_day(text, issue, want):
    found = [t for t in find_time_expressions(text, issue) if t.exact]
    assert found and found[-1].spec.start == d(want)


# --- round thirteen: a part of the next month, announced -----------------------------------------------------

@pytest.mark.parametrize("text, issue, lo", [
    ("文艺汇演将于11月初在县文化艺术中心举行", date(2019, 10, 25), date(2019, 11, 1)),   # next month: this year's
    ("12月下旬，社区举办活动", date(2020, 1, 5), date(2019, 12, 21)),                  # a later month: last year's
    ("11月初，社区举办活动", date(2019, 8, 25), date(2018, 11, 1)),                    # not the next month
])
def test_a_part_of_the_month_after_the_issue_is_this_years(text, issue, lo):
    spec = resolve_time(text, issue)
    assert spec.earliest == lo


def test_a_quoted_festival_counts_its_days_across_the_quote():
    # “母亲节”前一天 is the day before 母亲节; a quote before a holiday word (“五一”假期临近) is still read as before
    e = one("\u201c母亲节\u201d前一天，社区也热闹非凡。", date(2024, 5, 16))
    assert e.exact and e.spec.start == d("2024-05-11") and not e.weak
    e = one("在\u201c重阳节\u201d当天，社区举办活动。", D)
    assert e.exact and e.spec.start == d("2024-10-11")
    assert [t.weak for t in find_time_expressions("\u201c母亲节\u201d，社区举办活动。", date(2024, 5, 16))] == [True]
    assert bounds("\u201c五一\u201d假期期间", date(2024, 5, 16)) == (d("2024-05-01"), d("2024-05-05"))
