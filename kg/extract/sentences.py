"""Sentences of an article body, with the masks the later stages read them through."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.lexicon import load
from kg.records import Sentence

_END = re.compile(r"[。！？；]+[”’」]?")
SPEECH_QUOTE_MIN = 13   # a quotation this long is somebody speaking, not a title


@dataclass
class ReadSentence:
    sentence: Sentence
    paragraph: int
    entity_mask: list[bool] = field(default_factory=list)   # inside quotes or titles: no names read
    trigger_mask: list[bool] = field(default_factory=list)  # speech, titles, purpose clauses: no events read

    @property
    def text(self) -> str:
        return self.sentence.text


def split_sentences(body: str) -> list[tuple[str, int, int, int]]:
    """(text, start, end, paragraph) for each sentence; paragraphs are the body's lines."""
    out, offset = [], 0
    for p, para in enumerate(body.split("\n")):
        pos = 0
        for m in _END.finditer(para):
            piece = para[pos:m.end()]
            if piece.strip():
                out.append((piece, offset + pos, offset + m.end(), p))
            pos = m.end()
        if para[pos:].strip():
            out.append((para[pos:], offset + pos, offset + len(para), p))
        offset += len(para) + 1
    return out


def _spans(text: str, open_: str, close: str):
    """Each open_…close pair (an unclosed last one runs to the end); an open_ inside a pair is text."""
    start = text.find(open_)
    while start >= 0:
        end = text.find(close, start + 1)
        if end < 0:
            yield start, len(text)
            return
        yield start, end + 1
        start = text.find(open_, end + 1)


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Quotations long enough to be somebody speaking: a time inside (“…今天专家送医上门…”) is the speaker's, not the
    paper's, so it dates nothing (今天 there is the day spoken of, not the issue's day)."""
    return [(a, b) for a, b in _spans(text, "“", "”") if b - a >= SPEECH_QUOTE_MIN]


def masks(text: str) -> tuple[list[bool], list[bool]]:
    entity = [False] * len(text)
    trigger = [False] * len(text)
    teams = tuple(load().text.get("quoted_team_suffixes", ()))
    for a, b in _spans(text, "“", "”"):
        # 滨江社区“红枫志愿服务队”在社区小广场…: a quoted name ending in a team's word names the team, no title
        named = bool(teams) and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", text[a + 1:b - 1] or "") is not None and \
            text[a + 1:b - 1].endswith(teams)
        for i in range(a, b):
            entity[i] = not named
            if b - a >= SPEECH_QUOTE_MIN:
                trigger[i] = True
    for a, b in _spans(text, "《", "》"):
        for i in range(a, b):
            entity[i] = trigger[i] = True
    lex = load().text
    stripped = text.lstrip("，")
    if any(stripped.startswith(w) for w in lex["purpose_openers"]):
        cut = text.find("，")
        for i in range(0, cut if cut > 0 else 0):
            trigger[i] = True
    return entity, trigger


def read_sentences(body: str) -> list[ReadSentence]:
    out = []
    for text, start, end, p in split_sentences(body):
        entity, trigger = masks(text)
        out.append(ReadSentence(Sentence(text, start, end), p, entity, trigger))
    return out
