"""OCR cleanup of one paragraph: spaces inside words, ASCII punctuation, quotes, full-width digits."""

from __future__ import annotations

import re

_ASCII_LETTER = re.compile(r"[A-Za-z]")
_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"</?[a-zA-Z][^>]{0,20}>")
_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"}
_PUNCT = {",": "，", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_COLON = re.compile(r"(?<!\d):|:(?!\d)")
# 沙坪派-⏎出所, 金桂-⏎苑小区: OCR that hyphenates Chinese at each line end as it would a Latin word; no Chinese
# word is hyphenated, so a hyphen at a line's end after a Chinese character (or its punctuation) is no text
_LINE_END_HYPHEN = re.compile(r"(?<=[\u4e00-\u9fff\u3000-\u303f\uff01-\uff1f”’）])[-‐－](?=[ \t]*(?:\n|$))")


def remove_inner_spaces(text: str) -> str:
    """Column wraps put spaces inside words (永泰街 道, 20 25年); only a space between Latin letters is real."""
    def keep(m: re.Match) -> str:
        left = text[m.start() - 1] if m.start() else ""
        right = text[m.end()] if m.end() < len(text) else ""
        return " " if _ASCII_LETTER.match(left or "_") and _ASCII_LETTER.match(right or "_") else ""
    return _SPACES.sub(keep, text)


def pair_quotes(text: str) -> str:
    """ASCII double quotes become “ and ” alternately; an odd one left open stays “."""
    out, opening = [], True
    for c in text:
        if c == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(c)
    return "".join(out)


def drop_line_end_hyphens(text: str) -> str:
    return _LINE_END_HYPHEN.sub("", text)


def clean_paragraph(text: str) -> str:
    text = _TAGS.sub("", text).translate(_FULLWIDTH)
    text = text.replace("\u3000", " ").replace("``", "").replace("''", "")
    text = remove_inner_spaces(text)
    text = "".join(_PUNCT.get(c, c) for c in text)
    text = _COLON.sub("：", text)
    text = text.replace("'", "’")
    return pair_quotes(text)


def compact(text: str) -> str:
    return _SPACES.sub("", text)
