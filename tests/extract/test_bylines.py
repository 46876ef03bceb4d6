"""Bylines and photo credits: kg.extract.bylines."""

from __future__ import annotations

import pytest

from kg.extract.bylines import is_credit_line, parse_byline, photo_credit, reported_by


def test_lead_and_one_reporter_in_brackets():
    b = parse_byline("本报讯 (记者 王 磊) 3月5日,书院街道举办招聘会。")
    assert b.people == [("王磊", "reporter")]
    assert b.rest == "3月5日,书院街道举办招聘会。"
    assert b.authors == ["王磊"]


def test_reporter_and_correspondent_full_width_brackets():
    b = parse_byline("本报讯（记者 孙 丽丽 通讯员 周建国）近日，社区开展义诊。")
    assert b.people == [("孙丽丽", "reporter"), ("周建国", "correspondent")]
    assert b.rest == "近日，社区开展义诊。"


def test_several_names_per_role():
    b = parse_byline("本报讯 (记者 张三丰 李四海 通讯员 王五 实习生 赵 六) 正文开始。")
    assert b.people == [("张三丰", "reporter"), ("李四海", "reporter"), ("王五", "correspondent"),
                        ("赵六", "intern")]


def test_ben_bao_ji_zhe_line():
    b = parse_byline("本报记者 刘 建国")
    assert b.people == [("刘建国", "reporter")]
    assert b.rest == ""


@pytest.mark.parametrize("line, name", [
    ("本报讯 (记者 马晓 燕) 正文", "马晓燕"),     # surname + given name split after two characters
    ("本报讯 (记者 马 晓燕) 正文", "马晓燕"),
    ("本报讯 (记者 马 晓 燕) 正文", "马晓燕"),    # three single characters: one name
    ("本报记者 欧阳 娜娜", "欧阳娜娜"),           # a compound surname is never a name alone
])
def test_names_split_by_ocr_spaces(line, name):
    assert parse_byline(line).people == [(name, "reporter")]


def test_single_characters_of_two_names():
    assert parse_byline("本报讯 (记者 王 磊 李 芳) 正文").people == [("王磊", "reporter"), ("李芳", "reporter")]
    assert parse_byline("本报讯 (记者 张三 李 四) 正文").people == [("张三", "reporter"), ("李四", "reporter")]


def test_lost_closing_bracket_leaves_the_body_after_the_names():
    b = parse_byline("本报讯 (记者 周 敏 为营造节日氛围,社区开展活动。")
    assert b.people == [("周敏", "reporter")]
    assert b.rest == "为营造节日氛围,社区开展活动。"


def test_bracket_without_lead():
    b = parse_byline("(记者 吴 佳琪 报道) 1月18日,义诊活动举行。")
    assert b.people == [("吴佳琪", "reporter")]
    assert b.rest == "1月18日,义诊活动举行。"


def test_names_first_then_bao_dao():
    assert parse_byline("(王 磊 报道)").people == [("王磊", "reporter")]
    assert parse_byline("（李明 张华 报道）").people == [("李明", "reporter"), ("张华", "reporter")]


def test_no_byline_leaves_text_alone():
    b = parse_byline("3月5日，社区举办义诊。")
    assert b.people == [] and b.rest == "3月5日，社区举办义诊。"


def test_reported_by_anywhere_in_a_paragraph():
    assert reported_by("活动受到居民好评。(王 磊 李 芳 报道)") == ["王磊", "李芳"]
    assert reported_by("（张晓明 报道）") == ["张晓明"]
    assert reported_by("社区开展活动。") == []


def test_credit_line_is_only_the_credit():
    assert is_credit_line("(王 磊 报道)")
    assert not is_credit_line("活动受到好评。(王磊 报道)")


@pytest.mark.parametrize("caption, name", [
    ("李明摄", "李明"),
    ("李 明 摄", "李明"),
    ("刘 一 鸣 摄", "刘一鸣"),
    ("本报记者 刘一鸣 摄", "刘一鸣"),
    ("记者 欧阳娜娜 摄", "欧阳娜娜"),
    ("图为活动现场。李明 摄", "李明"),
    ("图片由校方提供", None),
    ("拍摄", None),
])
def test_photo_credit(caption, name):
    assert photo_credit(caption) == name


def test_a_long_bracketed_paragraph_is_read_in_linear_time():
    # name patterns with optional separators split a long run of text every possible way (exponential time)
    import time

    text = "（" + "社区开展活动居民踊跃参与" * 300
    t = time.perf_counter()
    assert reported_by(text) == []
    assert not is_credit_line(text)
    assert photo_credit(text + "摄") is None or len(photo_credit(text + "摄")) <= 4
    assert parse_byline("(" + text[1:]).people == []
    assert time.perf_counter() - t < 5   # linear: milliseconds; the exponential pattern took minutes


def test_a_role_word_set_in_spaced_out_characters():
    parsed = parse_byline("本报讯 (记 者 周敏) 10月20日下午,区老年大学举办文艺汇演。")
    assert parsed.people == [("周敏", "reporter")]
    assert parsed.rest.startswith("10月20日")
    assert parse_byline("(通 讯 员 韩雪) 3月2日").people == [("韩雪", "correspondent")]
