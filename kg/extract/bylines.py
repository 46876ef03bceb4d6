"""Bylines: 本报讯 (记者 X 通讯员 Y), 本报记者 X, (X 报道), photo credits `X摄`.

Names come with OCR spaces inside (段 雨萌) and closing brackets lost (杨昱郁 孙 为营造…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kg.extract.lexicon import load

_NAME_TOKEN = re.compile(r"[\u4e00-\u9fff·]{1,4}$")


@dataclass
class Byline:
    people: list[tuple[str, str]] = field(default_factory=list)   # (name, role)
    rest: str = ""                                                # the body text after the byline

    @property
    def authors(self) -> list[str]:
        return [n for n, r in self.people if r in ("reporter", "correspondent", "intern")]


def _roles() -> list[tuple[str, str]]:
    roles = load().text["byline"]["roles"]
    return sorted(roles.items(), key=lambda kv: -len(kv[0]))


def _merge_names(tokens: list[str]) -> list[str]:
    """OCR splits names at spaces: 段 雨萌, 马晓 燕, 马 晓 燕, 王 磊 李 芳. A lone character joins its
    neighbour; a run of single characters makes two-character names (a run of three is one name);
    a compound surname (欧阳 娜娜) is never a name alone and joins the next token."""
    compound = load().text["byline"].get("compound_surnames", ())

    def singles(k: int) -> int:
        n = 0
        while k + n < len(tokens) and len(tokens[k + n]) == 1:
            n += 1
        return n

    names, i = [], 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        run = singles(i)
        if run >= 2:
            k, stop = i, i + run
            while stop - k >= 2:
                size = 3 if stop - k == 3 else 2
                names.append("".join(tokens[k:k + size]))
                k += size
            i = stop
            continue
        if nxt and (run == 1 and len(tok + nxt) <= 3
                    or len(nxt) == 1 and len(tok + nxt) <= 3 and singles(i + 1) % 2 == 1
                    or tok in compound and len(nxt) <= 2):
            names.append(tok + nxt)
            i += 2
            continue
        if len(tok) >= 2:
            names.append(tok)
        i += 1
    return names


@cache
def _spaced(word: str) -> re.Pattern:
    return re.compile(r"\s*".join(map(re.escape, word)))


def parse_byline(text: str) -> Byline:
    lex = load().text["byline"]
    s = re.sub(r"^[■□●◆▲★◎☆◇○·\s]+", "", text.strip())
    had_lead = False
    for lead in lex["lead"]:
        if s.startswith(lead):
            s = s[len(lead):].lstrip()
            had_lead = True
            break
    bracket = s[:1] in "(（"
    if bracket:
        s = s[1:]
        credit = _BRACKET_CREDIT.match(s)
        if credit and not any(s.lstrip().startswith(w) for w, _ in _roles() if len(w) > 1):   # (王 磊 报道), (李明 摄): names first, the role after them
            role = "photographer" if credit.group(2) == "摄" else "reporter"
            return Byline([(n, role) for n in _merge_names(credit.group(1).split())], s[credit.end():].strip())
    people: list[tuple[str, str]] = []
    role, pending = None, []

    def flush():
        for name in _merge_names(pending):
            people.append((name, role or "reporter"))
        pending.clear()

    while s:
        s = s.lstrip()
        if s[:1] in ")）":
            s = s[1:]
            break
        matched = next(((m, r) for w, r in _roles() if len(w) > 1 and (m := _spaced(w).match(s))), None)
        if matched:
            flush()
            role = matched[1]
            s = s[matched[0].end():]   # 记 者 周敏: a role word set in spaced-out characters, too
            continue
        m = re.match(r"[^\s)）]+", s)
        tok = m.group(0) if m else ""
        if role and _NAME_TOKEN.match(tok):
            pending.append(tok)
            s = s[len(tok):]
            continue
        if tok.endswith(("报道", "摄")) and _NAME_TOKEN.match(tok.rstrip("报道摄") or "x"):
            pending.append(tok.rstrip("报道摄"))
            s = s[len(tok):]
            continue
        break
    flush()
    if not bracket and not people:
        return Byline([], s.strip() if had_lead else text.strip())
    return Byline(people, s.strip())


# Names are tokens of 1-4 characters separated by white space. The separator is required, never optional:
# with `(?:[字]{1,4}\s*)+` a long bracketed run of text would be split every possible way (exponential time).
_NAMES = r"[\u4e00-\u9fff·]{1,4}(?:\s+[\u4e00-\u9fff·]{1,4})*"
_REPORTED = re.compile(rf"[（(]\s*({_NAMES})\s*报道\s*[)）]")
_BRACKET_CREDIT = re.compile(rf"\s*({_NAMES})\s*(报道|摄)\s*[)）]")
_CREDIT = re.compile(rf"(?:^|[。\s])(?:本报)?(?:摄影记者|记者|通讯员|摄影)?\s*[:：]?\s*({_NAMES})\s*(?:摄(?:影)?|供图)$")


def reported_by(text: str) -> list[str]:
    """`(张三 李四 报道)`, `(王 磊 报道)` anywhere in a paragraph."""
    m = _REPORTED.search(text)
    if not m:
        return []
    names = _merge_names(m.group(1).split())
    return [n for n in names if n not in _roles_words()]


def is_credit_line(text: str) -> bool:
    """A line that is only a `(X 报道)` credit, printed after the article it closes."""
    m = _REPORTED.search(text)
    return bool(m) and not text.replace(m.group(0), "").strip()


def _roles_words() -> set[str]:
    return set(load().text["byline"]["roles"])


def photo_credit(caption: str) -> str | None:
    """`李明 摄`, `李 明 摄`, `记者 李明 摄`, `通讯员 李明 供图`: the photographer."""
    m = _CREDIT.search(caption.strip())
    if not m:
        return None
    tokens = [t for t in m.group(1).split() if t not in _roles_words()]
    if len("".join(tokens)) <= 4:   # one name, however OCR spaced it (刘 一 鸣)
        return "".join(tokens) if len("".join(tokens)) >= 2 else None
    names = _merge_names(tokens)
    return names[0] if names else None
