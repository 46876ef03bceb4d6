"""Page layout: the lines of an OCR'd page to articles with headline, subtitle, byline and paragraphs.

OCR gives one line per printed block: headlines, bylines, captions, section markers, narrow columns
cut into many short lines, single characters of vertical headlines. See tests/extract/test_layout.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.bylines import is_credit_line, parse_byline, photo_credit, reported_by
from kg.extract.lexicon import load
from kg.extract.normalize import compact, drop_line_end_hyphens

_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_SOURCED = re.compile(r"[（(][^（）()]{2,30}(?:供稿|供图|提供)[）)]$")
_HEAD_DATE = re.compile(r"(\d|[〇零一二三四五六七八九]){2,4}\s*年.{0,8}月.{0,6}日|星期|第\s*[A-Za-z]?\d+\s*[期版]"
                        r"|^\s*\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}"
                        r"|^\s*农历\s*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年")
_BYLINE_MARKS = re.compile(r"^[■□●◆▲★◎☆◇○·\s]*(文\s*[/／]\s*图|图\s*[/／]\s*文|文\s*[/／])?\s*")
_MARKER = re.compile(r"^[/\\|=*#~—\-_,，.·\s]{0,4}[/\\|=*#]{2,}|[/\\|=*#]{3,}\s*$")
_BOX = re.compile(r"^\s*[■□◆◇▲△●○★☆▼▽◎]\s*")
# a line set in spaced-out characters: 乡 村 振 兴 进 行 时, a section banner (or a column's title)
_LETTER_SPACED = re.compile(r"^(?:[\u4e00-\u9fff]\s+){3,}[\u4e00-\u9fff]$")
_SECTION_MAX_CHARS = 12


@dataclass
class Block:
    text: str
    kind: str = "text"  # text | byline | caption | marker | section | fragment | credit

    @property
    def size(self) -> int:
        return len(compact(self.text))


@dataclass
class RawArticle:
    headline: str = ""
    subtitle: str = ""
    byline: str = ""                       # the byline as printed
    people: list[tuple[str, str]] = field(default_factory=list)   # (name, role) from bylines and credits
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    opened_by_byline: bool = False
    closed: bool = False                   # a closing credit `(X 报道)` was read: the next headline opens anew


def _is_byline(text: str) -> bool:
    lex = load().text
    c = compact(_BYLINE_MARKS.sub("", text))
    if c.endswith(tuple(lex["caption_endings"])) and len(c) <= 12 and not _SENTENCE_END.search(c):
        return False   # 通讯员供图, 记者 李明 摄影: a photo credit, read as a caption
    if not c.endswith("摄") and re.match(r"^(本报)?(记者|通讯员|特约记者|见习记者)[\u4e00-\u9fff]{2,4}((实习生|通讯员|记者)[\u4e00-\u9fff]{2,4})*$", c):
        return True
    if any(c.startswith(lead) for lead in lex["byline"]["lead"][:3]):
        return True
    if c.endswith("摄"):
        return False   # 本报记者 刘一鸣 摄 credits a photo
    return bool(re.match(r"^本报记者[\u4e00-\u9fff]{2,4}$", c)) or bool(re.match(r"^[（(](记者|通讯员)", c))


def _is_caption(text: str) -> bool:
    lex = load().text
    c = compact(text)
    if any(c.startswith(o) for o in lex["caption_openers"]):
        return True
    if re.match(r"^图片由.{1,12}提供$", c):
        return True
    return len(c) <= 12 and any(c.endswith(e) for e in lex["caption_endings"]) and not _SENTENCE_END.search(c)


def _page_furniture(c: str) -> bool:
    """责任编辑:李娜 电话:0933-8612345, a page's credits and phone set between its articles."""
    return bool(re.match(r"^(?:%s)[:：]" % "|".join(map(re.escape, load().text["page_furniture"])), c))


def _open_byline(line: str) -> bool:
    """本报讯(记者 马 晓 | 东 通讯员 冯亚楠) …: a byline whose bracket the OCR line break left open."""
    c = compact(line)
    lead = next((c.find(w) for w in load().text["byline"]["lead"][:3] if w in c), -1)
    if lead < 0 or len(c) > 30:
        return False
    rest = c[lead:]
    opened = max(rest.rfind("("), rest.rfind("（"))
    return opened >= 0 and ")" not in rest[opened:] and "）" not in rest[opened:]


def _open_quote_headline(line: str, following: str) -> bool:
    """家门口就业 " / 稳"稳的幸福: a headline line cut right after an opening quote, the quoted word and the rest of
    the headline on the next line (which closes the quote): one headline, not a headline and a stray line."""
    c, n = line.strip(), following.strip()
    most = load().text["headline_max_chars"]
    if not c or not n or len(compact(c)) > most or len(compact(n)) > most or _SENTENCE_END.search(c):
        return False
    opened = (c.endswith('"') and c.count('"') % 2 == 1) or (c.endswith("“") and c.count("“") > c.count("”"))
    return opened and ('"' in n or "”" in n)


def join_open_bylines(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _open_quote_headline(line, lines[i + 1]):
            line = line.rstrip() + lines[i + 1].lstrip()
            i += 1
        elif _open_byline(line) and i + 1 < len(lines) and lines[i + 1].strip():
            line = line.rstrip() + lines[i + 1].lstrip()
            i += 1
        out.append(line)
        i += 1
    return out


def classify(line: str) -> Block:
    c = compact(line)
    cjk = len(_CJK.findall(c))
    if _MARKER.search(line.strip()) or _page_furniture(c):
        return Block(line, "marker")
    if cjk <= 2 and len(c) <= 4 or cjk == 0:
        return Block(line, "fragment")
    if _is_byline(line):
        return Block(line, "byline")
    rest = _BOX.sub("", line).strip()
    if (_BOX.match(line) or _LETTER_SPACED.match(rest)) and 2 <= len(compact(rest)) <= _SECTION_MAX_CHARS \
            and not _SENTENCE_END.search(rest):
        # ■ 便民简讯, 乡 村 振 兴 进 行 时: a section banner before a headline, or else a column's title
        return Block(rest if _BOX.match(line) else compact(rest), "section")
    if is_credit_line(line):
        return Block(line, "credit")
    if _is_caption(line):
        return Block(line, "caption")
    return Block(line, "text")


def _masthead_end(lines: list[str]) -> int:
    """临溪新闻 / 柘山日报 社区版 above the date line: the paper's name, part of the page head."""
    for k, line in enumerate(lines[:3]):
        if _HEAD_DATE.search(line):
            if len(compact(line)) > 40 or _SENTENCE_END.search(line) or _is_byline(line):
                return 0   # a body line that gives a date: the lines above it are no masthead
            above = [compact(x) for x in lines[:k] if x.strip()]
            if all(len(c) <= 12 and not _SENTENCE_END.search(c) and not _is_byline(c) for c in above):
                return k
            return 0
    return 0


def split_head(lines: list[str]) -> tuple[list[str], list[str]]:
    """The page head (date, weekday, page number) and the rest."""
    head = []
    i = _masthead_end(lines)
    head.extend(lines[:i])
    while i < len(lines) and i < 4 and (not lines[i].strip() or _HEAD_DATE.search(lines[i])):
        head.append(lines[i])
        i += 1
    return head, lines[i:]


def paragraphs_of(blocks: list[Block]) -> list[Block]:
    """Join runs of narrow-column lines into one paragraph; other blocks stay as they are."""
    limit = load().text["column_line_max_chars"]
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind in ("text", "byline") and b.size <= limit:
            j = i
            while j < len(blocks) and blocks[j].kind in ("text", "byline") and blocks[j].size <= limit and \
                    (j == i or blocks[j].kind == "text"):
                j += 1
            if _headline_stack(blocks, i, j):
                out.extend(blocks[i:j])
                i = j
                continue
            k = _headline_inside(blocks, i, j)
            if k is not None:
                # the byline's column up to the headline set inside it, then the headline: the article's own
                joined = "".join(x.text.strip() for x in blocks[i:k])
                nxt = k + 1
                if k + 1 == j and j < len(blocks) and blocks[j].kind == "text" and not _ends_sentence(blocks[k - 1]):
                    joined += blocks[j].text.strip()   # …举办秋收农 / 〈headline〉 / 技培训班，…: the sentence goes on
                    nxt = j + 1
                out.append(Block(joined, "byline"))
                out.append(blocks[k])
                i = nxt
                continue
            if j == len(blocks) or blocks[j].kind == "byline":
                j = _peel_headlines(blocks, i, j)
            if j - i >= 3:
                joined = "".join(x.text.strip() for x in blocks[i:j])
                out.append(Block(joined, b.kind if b.kind == "byline" else "text"))
                out[-1].kind = "column" if b.kind == "text" else "byline"
                i = j
                continue
        out.append(b)
        i += 1
    return out


HEADLINE_STACK_MAX_LINES = 4
HEADLINE_WIDER_BY = 3


def _headline_inside(blocks: list[Block], i: int, j: int) -> int | None:
    """本报讯(通讯员 罗 / 小兰)眼下正值… / …举办秋收农 / 秋收时节送技术 田间地头增效益 / 技培训班，…: a narrow column
    opened by its byline, with a headline set inside it (two phrases with a space, no prose): after a line that
    ends a sentence, or wider than every line of the column. The headline of the article the byline opens."""
    if blocks[i].kind != "byline":
        return None
    for k in range(i + 2, j):
        b = blocks[k]
        line = b.text.strip()
        if not (_headline_candidate(b) and _no_prose(b) and re.search(r"[\u4e00-\u9fff”\"]\s+[\u4e00-\u9fff“\"]", line)):
            continue
        wider = b.size >= max(x.size for x in blocks[i + 1:j] if x is not b) + HEADLINE_WIDER_BY
        if _ends_sentence(blocks[k - 1]) or wider:
            return k
    return None


def _headline_stack(blocks: list[Block], i: int, j: int) -> bool:
    """…征求居民意见。/ 老旧小区改造听民意 / 邻里议事会 / 议出停车新办法 / 本报讯 …: after a sentence's end and
    before a byline, a few short lines that are each a headline are the headlines of the article before (printed
    after its body) and of the next one, no narrow column."""
    if not (j < len(blocks) and blocks[j].kind == "byline" and 3 <= j - i <= HEADLINE_STACK_MAX_LINES):
        return False
    if i > 0 and blocks[i - 1].kind == "text" and not _SENTENCE_END.search(compact(blocks[i - 1].text)[-1:]):
        return False
    return all(_headline_candidate(b) and "，" not in b.text and "," not in b.text for b in blocks[i:j])


def _peel_headlines(blocks: list[Block], i: int, j: int) -> int:
    """A narrow column ends where a headline stands before the next article's byline: up to two short lines
    before the byline, set as a headline (two phrases with a space, or after a line that ends a sentence),
    are no column text (…提供岗位500余个。/ 社区来了理发师 义剪暖人心 / 本报讯 …)."""
    k = j
    while k - 1 > i and j - k < 2 and _headline_candidate(blocks[k - 1]):
        line = blocks[k - 1].text.strip()
        before = compact(blocks[k - 2].text)
        if not (re.search(r"\S\s+\S", line) or _SENTENCE_END.search(before[-1:] or "")):
            break
        k -= 1
    if k == j and j - 2 > i and all(_headline_candidate(b) and _no_prose(b) for b in blocks[j - 2:j]) and \
            _ends_sentence(blocks[j - 3]):
        # …同比下降三成。/ 守好"养老钱" 民警进社区讲反诈 / 健康义诊暖人心 / 本报讯: two headlines stacked after a
        # sentence's end (the article before's, printed after its body, and the next one's)
        k = j - 2
    return k


_CLOSED = re.compile(r"[。！？!?…][”\"'’」』)）]*$")


def _ends_sentence(b: Block) -> bool:
    return bool(_CLOSED.search(compact(b.text)))


def _no_prose(b: Block) -> bool:
    return not re.search(r"[，,、。；;]", b.text)


WRAPPED_LINE_MAX_CHARS = 40


def _continued(b: Block | None) -> bool:
    """A body line cut mid-sentence (…区民政局共计走访慰问困 / 难群众2300余户,…): the line after it goes on with
    its sentence, it is no headline. A line as wide as a column's (a byline with the first words of its body, or
    a line of prose, with a comma) that does not end a sentence; not a whole paragraph, which a headline set
    between two columns may interrupt (…部分学校 / 共青团平城区委筑牢国防教育基石 / 组织学生观看…)."""
    if b is None or b.kind not in ("text", "column", "byline") or b.size > WRAPPED_LINE_MAX_CHARS:
        return False
    c = compact(b.text)
    if b.kind == "byline" and not parse_byline(b.text).rest:
        return False
    if b.kind == "text" and _no_prose(b):
        return False
    return bool(c) and not _CLOSED.search(c) and not c.endswith(("”", "\"", "」", "』"))


def _headline_candidate(b: Block) -> bool:
    if b.kind != "text":
        return False
    c = compact(b.text)
    lex = load().text
    return (4 <= len(c) <= lex["headline_max_chars"] and not _SENTENCE_END.search(c)
            and not c.endswith(("，", ",", "、", "；", ";", "：", ":")) and c.count("，") + c.count(",") <= 1
            and not c.startswith("本报"))


def _awaits_headline(current: RawArticle | None) -> bool:
    """An article opened by its byline, with no headline yet and not closed by a credit: a headline after its
    body may be its own."""
    return current is not None and current.opened_by_byline and not current.headline and not current.closed


def _subtitle_like(b: Block) -> bool:
    """青石街道举办广场舞大赛, ——记…: a second line that tells who did what, or opens with a dash, is a subtitle."""
    c = compact(b.text)
    return c[:1] in "一—-－" or any(v in c for v in load().text["action_verbs"])


def _previous_index(items: list[Block], i: int) -> int:
    return next((k for k in range(i - 1, -1, -1) if items[k].kind != "fragment"), -1)


def _next_meaningful(items: list[Block], i: int, n: int) -> list[tuple[int, Block]]:
    found = []
    j = i + 1
    while j < len(items) and len(found) < n:
        if items[j].kind not in ("caption", "fragment"):
            found.append((j, items[j]))
        j += 1
    return found


def _headlines_follow_bodies(items: list[Block], byline_at: int, reach: int = 12) -> bool:
    """After the byline at `byline_at` and its body: a headline line, then a second one that is no subtitle
    and a byline (or nothing, the page's end) — the next article's headline printed after its body, too."""
    for k in range(byline_at + 1, min(len(items), byline_at + 1 + reach)):
        b = items[k]
        if b.kind == "byline":
            return False
        if b.kind in ("caption", "fragment", "credit") or not _headline_candidate(b):
            continue
        if k == byline_at + 1:
            return False   # a headline right after the byline opens no body of its own
        ahead = _next_meaningful(items, k, 2)
        if not ahead:
            return True
        return len(ahead) > 1 and _headline_candidate(ahead[0][1]) and not _subtitle_like(ahead[0][1]) and \
            ahead[1][1].kind == "byline"
    return False


def _inset_headline(line: str) -> bool:
    """A line set as a headline: two phrases with a space, no prose (节前走访 暖心到家)."""
    b = classify(line)
    c = compact(line)
    if (c.count("“") + c.count("”") + c.count('"')) % 2:
        return False   # …开展"守好养 / 老钱 远离诈骗局"防范 / …: a line of a narrow column inside a quoted title
    return _headline_candidate(b) and _no_prose(b) and \
        re.search(r"[\u4e00-\u9fff”\"]\s+[\u4e00-\u9fff“\"]", line.strip()) is not None


def _inset_subtitle(line: str) -> bool:
    """A short line of one phrase, no punctuation of prose, set under an inset headline (麓湾街道春季运动会开幕)."""
    b = classify(line)
    return b.kind not in ("byline", "caption") and _headline_candidate(b) and _no_prose(b) and \
        re.search(r"[，,、。；;：:]", line) is None


def _bare_byline(line: str) -> bool:
    return classify(line).kind == "byline" and not parse_byline(line).rest.strip()


def lift_inset_headlines(lines: list[str]) -> list[str]:
    """…区消防大队联合区市场监管局，对某 / ‹blank› / 冬季防火 守护平安 / ‹blank› / [本报讯(记者 某某)] / ‹blank› /
    商场等场所开展检查。: a headline (and its bare byline) set inside a paragraph cut mid-word, the text going on
    mid-word after it: the headline is the article's, printed over the paragraph it interrupts, and the cut
    sentence is joined again."""
    paras: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paras[-1].append(line)
        elif paras[-1]:
            paras.append([])
    if not paras[-1]:
        paras.pop()
    out: list[list[str]] = []
    i = 0
    while i < len(paras):
        p = paras[i]
        last = out[-1][-1].strip() if out and out[-1] else ""
        # cheap tests first: the paragraph before must end mid-word, or no headline is set inside it
        if len(p) == 1 and last and _MID_TEXT.match(last[-1]) and i + 1 < len(paras) and _inset_headline(p[0]):
            j = i + 1
            # 全民健身动起来 邻里同乐展风采 / 麓湾街道春季运动会开幕 / 等竞技项目，…: its subtitle set with it
            subtitle = paras[j] if len(paras[j]) == 1 and j + 1 < len(paras) and _inset_subtitle(paras[j][0]) \
                else None
            if subtitle is not None:
                j += 1
            byline = paras[j] if len(paras[j]) == 1 and _bare_byline(paras[j][0]) else None
            if byline is not None:
                j += 1
            before = out[-1][-1].strip() if out[-1] else ""
            nxt = paras[j][0].strip() if j < len(paras) else ""
            cut = bool(before) and _MID_TEXT.match(before[-1]) is not None and \
                re.search(r"[，,、]", before) is not None and classify(before).kind in ("text", "byline")
            goes_on = bool(nxt) and _MID_TEXT.match(nxt[0]) is not None and classify(nxt).kind == "text" and \
                re.search(r"[，,、。]", nxt) is not None and not _inset_headline(nxt)
            wide = min(len(compact(before)), len(compact(nxt))) > INSET_CONTEXT_MIN_CHARS
            if cut and goes_on and wide:
                para = out.pop()
                para[-1] = para[-1].rstrip() + nxt
                # (its subtitle, after a headline the article's byline came before, would be read as the first
                # words of the paragraph after it: it is left out, the body tells what it says)
                out.append(p)
                if byline is not None:
                    out.append(byline)
                out.append(para + paras[j][1:])
                i = j + 1
                continue
        out.append(p)
        i += 1
    result: list[str] = []
    for k, para in enumerate(out):
        if k:
            result.append("")
        result.extend(para)
    return result


_MID_TEXT = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
INSET_CONTEXT_MIN_CHARS = 20   # lines of a paragraph, not of a narrow column (one line a paragraph)


def segment(text: str) -> list[RawArticle]:
    lines = drop_line_end_hyphens(text).split("\n")
    _, body_lines = split_head(lines)
    body_lines = lift_inset_headlines(body_lines)
    blocks = [classify(line) for line in join_open_bylines(body_lines) if line.strip()]
    items = paragraphs_of(blocks)
    articles: list[RawArticle] = []
    current: RawArticle | None = None
    skip: set[int] = set()
    trailing = -1   # where a headline printed after its article's body was read
    in_body: set[int] = set()   # lines read as body that go on with a sentence begun above them
    jumped: dict[int, str] = {}   # a byline's index -> the line printed before it that ends its broken sentence

    def start(**kw) -> RawArticle:
        art = RawArticle(**kw)
        articles.append(art)
        return art

    for i, item in enumerate(items):
        if i in skip:
            continue
        if item.kind == "fragment" or item.kind == "marker":
            continue
        if item.kind == "section":
            if current is not None and current.byline and not current.paragraphs and not current.closed:
                # 本报讯（记者 某某）/ 活 动 现 场 / 昨天上午…: a letter-spaced label between a byline and its body
                # (a photo's) is no section of its own: the article goes on
                item.kind = "marker"
                continue
            ahead = _next_meaningful(items, i, 1)
            if ahead and _headline_candidate(ahead[0][1]):
                item.kind = "marker"   # ■ 乡村振兴进行时 over a headline: a section banner
                continue
            current = start(headline=item.text.strip())   # ■ 便民简讯 over its items: the column's title
            continue
        if item.kind == "caption":
            target = current or start()
            target.captions.append(item.text)
            credit = photo_credit(item.text)
            if credit:
                target.people.append((credit, "photographer"))
            continue
        if item.kind == "credit":
            target = current or start()
            target.people.extend((name, "reporter") for name in reported_by(item.text))
            target.closed = True
            continue
        if item.kind == "byline":
            if current is None or current.byline or current.closed:
                current = start(opened_by_byline=True)
            parsed = parse_byline(item.text)
            current.byline = item.text[: max(0, len(item.text) - len(parsed.rest))].strip() or item.text
            current.people.extend(parsed.people)
            if parsed.rest:
                current.paragraphs.append(parsed.rest.rstrip() + jumped.get(i, "").strip())
            continue
        prev_item = items[i - 1] if i > 0 else None
        if _headline_candidate(item) and not (_continued(prev_item) or i - 1 in in_body):
            ahead = _next_meaningful(items, i, 3)
            subtitle_idx = None
            if ahead and _headline_candidate(ahead[0][1]) and len(ahead) > 1 and ahead[1][1].kind == "byline":
                subtitle_idx = ahead[0][0]
            byline_follows = bool(ahead) and ahead[0 if subtitle_idx is None else 1][1].kind == "byline"
            prev = next((items[k] for k in range(i - 1, -1, -1) if items[k].kind != "fragment"), None)
            after_marker = prev is not None and prev.kind == "marker"
            pending = (current is not None and current.opened_by_byline and not current.headline
                       and len(current.paragraphs) <= 4)
            # a headline with no byline: at the top of the page or after an article closed by its credit,
            # followed by body text
            body_follows = (current is None or current.closed) and bool(ahead) and \
                ahead[0][1].kind in ("text", "column") and not _headline_candidate(ahead[0][1])
            if subtitle_idx is not None and current is not None and trailing >= 0 and \
                    trailing == _previous_index(items, i) and not current.subtitle and \
                    any(items[k].kind == "caption" for k in range(i + 1, subtitle_idx)):
                # 舞动春天 乐享健康 / 青石街道举办广场舞大赛 / 图为… / 非遗展演进社区 / 本报讯: the line after a
                # headline printed after its body, before that article's photo caption, is its second line
                current.subtitle = item.text.strip()
                continue
            after_body = prev is not None and (prev.kind == "caption" or (prev.kind in ("text", "column", "byline")
                                                                       and _ends_sentence(prev)))
            if _awaits_headline(current) and after_body and subtitle_idx is not None and \
                    not _subtitle_like(items[subtitle_idx]):
                # …下降三成。/ 守好"养老钱" 民警进社区讲反诈 / 健康义诊暖人心 / 本报讯: the first is the headline of
                # the article before (printed after its body), the second the next one's
                current.headline = item.text.strip()
                trailing = i
                continue
            if _awaits_headline(current) and after_body and byline_follows and subtitle_idx is None and \
                    _headlines_follow_bodies(items, ahead[0][0]):
                # 红柳湾街道走访慰问百岁老人 / 本报讯…(next body)… / 指尖学新技… / 老年人秋季运动会开幕 / 本报讯: where
                # the next article's headline is printed after its body too, this one is the article's before
                current.headline = item.text.strip()
                trailing = i
                continue
            if _awaits_headline(current) and after_body and not ahead:
                current.headline = item.text.strip()   # the page ends with the headline of its last article
                trailing = i
                continue
            # 近期活动 / ■“书香”读书会 时间：… 地点：…: a box of items (each opening on ■) under its title
            items_follow = bool(ahead) and ahead[0][1].kind == "text" and bool(_BOX.match(ahead[0][1].text)) and \
                after_body and not _BOX.match(item.text)
            if after_body and not byline_follows and len(ahead) > 1 and ahead[0][1].kind == "text" and \
                    ahead[1][1].kind == "byline" and not _headline_candidate(ahead[0][1]):
                rest = parse_byline(ahead[1][1].text).rest.strip()
                if rest and not _CLOSED.search(compact(rest)):
                    # 线上书展开幕 / 联合某出版社推出图书展销… / 本报讯…5月10日起，区图书馆 / …: the line before the
                    # byline ends the sentence the byline's text breaks off (a column printed out of order)
                    current = start(headline=item.text.strip())
                    jumped[ahead[1][0]] = ahead[0][1].text
                    skip.add(ahead[0][0])
                    continue
            # 某镇春耕生产进展 / 截至…。（镇农业办供稿）: a body closed by the office that sent it, under its own
            # headline, is an article of its own even after an article that no credit closed
            sourced = after_body and bool(ahead) and ahead[0][1].kind == "text" and \
                bool(_SOURCED.search(compact(ahead[0][1].text)))
            if byline_follows or after_marker or body_follows or items_follow or sourced:
                current = start(headline=item.text.strip())
                nxt = ahead[0][1] if ahead else None
                if subtitle_idx is not None or (after_marker and nxt is not None and _headline_candidate(nxt)):
                    idx = subtitle_idx if subtitle_idx is not None else ahead[0][0]
                    current.subtitle = items[idx].text.strip()
                    skip.add(idx)
                continue
            if pending:
                current.headline = item.text.strip()
                trailing = i
                continue
        if current is None:
            current = start()
        if (_continued(prev_item) or i - 1 in in_body) and item.size <= WRAPPED_LINE_MAX_CHARS and \
                not _ends_sentence(item):
            in_body.add(i)   # a line of a sentence begun above, not ended: the next line goes on with it
        current.paragraphs.append(item.text)
        current.people.extend((name, "reporter") for name in reported_by(item.text))
    for art in articles:
        _join_broken_headline(art)
        _join_couplet(art)
        art.subtitle = re.sub(r"^[一—\-－]+", "", art.subtitle).strip()
        _split_headline_subtitle(art)
    # a byline alone (no headline, no text) is no article: its body and headline would be empty
    articles = [a for a in articles if a.paragraphs or (a.byline and a.headline)]
    if articles and _page_name(articles[0]):
        articles = articles[1:]   # 临溪新闻 / 东岭·社区 under the date line: the page's name, no article
    return articles


def _page_name(art: RawArticle) -> bool:
    """The page's (or section's) name set below the date line: a first "article" of one short line, with no
    headline, byline or sentence, before a page of articles."""
    return not art.headline and not art.byline and len(art.paragraphs) == 1 and \
        len(compact(art.paragraphs[0])) <= _SECTION_MAX_CHARS and not _SENTENCE_END.search(art.paragraphs[0]) \
        and not _is_byline(art.paragraphs[0])


COUPLET_MAX_CHARS = 8


def _join_broken_headline(art: RawArticle) -> None:
    """临溪区首届"村BA" / 篮球赛在桂坪镇开赛: a headline broken before its event noun by the line end is one
    headline; a subtitle does not open with the event's noun."""
    from kg.extract.events import find_triggers

    head, sub = art.headline.strip(), art.subtitle.strip()
    # “春满锦江 欢度佳节” / 系列演出即将开演: a space inside a quoted title is the title's own
    bare = re.sub(r"[“\"][^“”\"]*[”\"]", "", head)
    if not head or not sub or re.search(r"\s", bare) or re.search(r"\s", sub):
        return
    if any(start == 0 for start, *_ in find_triggers(sub, [False] * len(sub))):
        art.headline, art.subtitle = head + sub, ""


def _join_couplet(art: RawArticle) -> None:
    """红梅迎新春 / 万家送祝福: a headline of two short phrases broken over two lines by a narrow
    column is one headline; a subtitle is longer, opens with a dash, or tells who did what (…举办…)."""
    head, sub = compact(art.headline), compact(art.subtitle)
    if not head or not sub or sub[0] in "一—-－" or len(head) > COUPLET_MAX_CHARS or len(sub) > COUPLET_MAX_CHARS:
        return
    if any(v in sub for v in load().text["action_verbs"]):
        return
    art.headline, art.subtitle = f"{art.headline.strip()} {art.subtitle.strip()}", ""


def _split_headline_subtitle(art: RawArticle) -> None:
    """A subtitle OCR'd into the subtitle line of the headline, e.g. `标题一副题`, stays as printed."""
    # an OCR'd dash (—, ——, 一一, 一—) before the headline goes; a headline's own 一 (一碗腊八粥) stays
    art.headline = re.sub(r"^(?:[—－]+一?|一[—－一]+)", "", art.headline).strip()
