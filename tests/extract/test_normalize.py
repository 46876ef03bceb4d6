"""OCR cleanup of one paragraph: kg.extract.normalize."""

from __future__ import annotations

import pytest

from kg.extract.normalize import clean_paragraph, compact, pair_quotes, remove_inner_spaces


@pytest.mark.parametrize("raw, want", [
    ("锦江区书院街 道开展活动", "锦江区书院街道开展活动"),       # a column wrap inside 街道
    ("20 25年3月", "2025年3月"),                                  # inside a year
    ("1 2 月 5 日", "12月5日"),
    ("社区 居民\t纷纷\u3000点赞", "社区居民纷纷点赞"),           # tabs and ideographic spaces too
    ("扫描 QR Code 报名", "扫描QR Code报名"),                    # a space between Latin letters is real
])
def test_remove_inner_spaces(raw, want):
    assert remove_inner_spaces(raw) == want


def test_ascii_punctuation_becomes_full_width():
    got = clean_paragraph("近日,社区举办活动;居民(约50人)参加!效果如何?")
    assert got == "近日，社区举办活动；居民（约50人）参加！效果如何？"


def test_colon_becomes_full_width_except_inside_a_clock_time():
    assert clean_paragraph("时间:上午9:30开始") == "时间：上午9:30开始"


def test_ascii_double_quotes_pair_into_chinese_quotes():
    assert clean_paragraph('举办"邻里节"和"健康周"活动') == "举办“邻里节”和“健康周”活动"
    # two quotations back to back, as OCR prints speech
    assert pair_quotes('"你好。""谢谢。"') == "“你好。”“谢谢。”"


def test_an_unclosed_ascii_quote_stays_open():
    assert pair_quotes('他说"好') == "他说“好"


def test_single_quote_and_ocr_backticks():
    assert clean_paragraph("居民''点单''、社区``接单``") == "居民点单、社区接单"
    assert clean_paragraph("it's") == "it’s"


def test_full_width_digits_and_letters_become_ascii():
    assert clean_paragraph("２０２５年１月ＡＢ级") == "2025年1月AB级"


def test_markup_left_by_ocr_is_removed():
    assert clean_paragraph("重阳<u>敬老</u>活动") == "重阳敬老活动"


def test_ideographic_space_inside_words_goes():
    assert clean_paragraph("书院街\u3000道") == "书院街道"


def test_compact_drops_all_white_space():
    assert compact(" 本报记者  王 磊 \n") == "本报记者王磊"


# --- round thirteen: OCR hyphens at line ends ---------------------------------------------------------------

def test_a_hyphen_at_a_line_end_inside_chinese_text_is_dropped():
    from kg.extract.normalize import drop_line_end_hyphens
    assert drop_line_end_hyphens("沙坪派-\n出所民警走进金桂-\n苑小区。-\n") == "沙坪派\n出所民警走进金桂\n苑小区。\n"
    assert drop_line_end_hyphens("电话0571-\n8888") == "电话0571-\n8888"   # digits: no Chinese word cut
    assert drop_line_end_hyphens("A-B 社区-活动") == "A-B 社区-活动"        # not at a line end
