"""Events of one article: sentences with trigger words grouped into frames.

A frame opens where a sentence names new actors (organizations or communities before the action verb)
or a new exact day; the sentences after it add types, places and head counts until the next frame.
Habitual and future statements (常态化, 将继续) and reported speech open nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from kg.extract.dates import find_time_expressions, lexicon as time_lexicon
from kg.extract.entities import KIND_RANK, EntityMention
from kg.extract.lexicon import load
from kg.extract.sentences import ReadSentence, speech_spans
from kg.records import DateSpec, Event

_BODY_KINDS = ("Government", "PartyCommittee", "YouthLeague")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
@cache
def _clock_pattern() -> re.Pattern:
    tod = "|".join(map(re.escape, sorted(time_lexicon()["time_of_day"], key=len, reverse=True)))
    return re.compile(rf"^(?:{tod})?\d{{1,2}}(?:[时点](?:\d{{1,2}}分?|半|许|左右|前后)?|:\d{{2}})(?:许|左右)?[，,]")


def _clock_opening(text: str) -> bool:
    """清晨6时许，… / 上午10点半，…: the sentence opens on an hour of no day named."""
    return bool(_clock_pattern().match(text))


@cache
def _count_pattern() -> re.Pattern:
    lex = load().text
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    return re.compile(rf"({alt(lex['count_prefixes'])})?(\d+(?:\.\d+)?)(万)?(余|多)?({alt(lex['count_units'])})")


@cache
def _triggers() -> list[tuple[str, str]]:
    pairs = [(w, t) for t, words in load().triggers.items() for w in words]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def _triggers_by_first_char() -> dict[str, list[tuple[int, str, str]]]:
    """(rank in _triggers(), word, type) by the word's first character: a sentence is searched only for
    the words that can start in it (a few dozen of several hundred)."""
    index: dict[str, list[tuple[int, str, str]]] = {}
    for rank, (word, typ) in enumerate(_triggers()):
        index.setdefault(word[0], []).append((rank, word, typ))
    return index


def find_triggers(text: str, mask: list[bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, word, type) of trigger words outside the mask; of overlapping ones the one ending
    last wins, as a Chinese noun phrase ends in its head, and a trigger just before an event noun of
    another type only modifies it (职业培训推进会 is a meeting; see _modifies_a_head)."""
    found = []
    not_after, not_before = load().trigger_not_after, load().trigger_not_before
    index = _triggers_by_first_char()
    for first in set(text):
        for rank, word, typ in index.get(first, ()):
            start = text.find(word)
            while start >= 0:
                end = start + len(word)
                if not any(mask[start:end]) and not (start and text[start - 1] in not_after.get(word, "")) \
                        and not (end < len(text) and text[end] in not_before.get(word, "")):
                    found.append((start, end, word, typ, rank))
                start = text.find(word, start + 1)
    found += _held_meetings(text, mask, found)
    found.sort(key=lambda f: (-f[1], f[0], f[4]))   # ties in the order of _triggers(), as before the index
    kept: list[tuple[int, int, str, str]] = []
    for f in (f[:4] for f in found):
        if not any(f[0] < k[1] and k[0] < f[1] for k in kept) or any(f[:2] == k[:2] for k in kept):
            kept.append(f)
    return sorted(k for k in kept if not _modifies_a_head(text, k, kept))


@cache
def _held_meeting_pattern() -> re.Pattern | None:
    held = load().held_meetings
    if not held:
        return None
    verbs = "|".join(map(re.escape, sorted(held["verbs"], key=len, reverse=True)))
    # no 的 inside: 在某中心举行的新闻发布会上 is a relative clause, its verb no verb of holding for the noun after it
    return re.compile(rf"(?:{verbs})了?((?:(?!的)[\u4e00-\u9fff·“”]){{{held['min_chars']},{held['max_chars']}}}?会)")


def _held_meetings(text: str, mask: list[bool], found) -> list[tuple[int, int, str, str, int]]:
    """召开政银企对接会, 举办减税降费政策辅导会: a noun ending in 会 right after a verb of holding names a
    meeting though no trigger list holds the whole word (papers coin 对接会, 推介会, 恳谈会 freely). A listed
    trigger inside the noun (举办消防培训会) or ending with it (召开座谈会) says better what it is."""
    pattern, held = _held_meeting_pattern(), load().held_meetings
    if pattern is None:
        return []
    hits = []
    for m in pattern.finditer(text):
        start, end = m.start(1), m.end(1)
        noun = m.group(1).strip("“”")
        if any(mask[start:end]) or noun.endswith(tuple(held["not_endings"])) or len(noun) < 3 or \
                (end < len(text) and text[end] in held["not_before"]) or \
                any(f[0] < end and start < f[1] for f in found):
            continue
        hits.append((start, end, m.group(1), held["type"], len(_triggers())))
    return hits


def _modifies_a_head(text: str, t, kept) -> bool:
    """职业培训推进会, 宣传文化工作座谈会: a trigger inside a noun phrase that ends in an event noun
    (a trigger ending in 会, 班, 展 …) only says what that event is about."""
    lex = load()
    heads, gap_max = lex.trigger_heads, 4
    for h in kept:
        gap = text[t[1]:h[0]]
        if h[3] != t[3] and h[2][-1:] in heads and 0 <= h[0] - t[1] <= gap_max and \
                all(_CJK_CHAR.match(c) for c in gap) and not any(v in gap for v in lex.text["action_verbs"]) \
                and "的" not in gap and "和" not in gap and "及" not in gap:
            return True
    return False


def _first(text: str, words, mask: list[bool]) -> int | None:
    best = None
    for w in words:
        i = text.find(w)
        while i >= 0 and any(mask[i:i + len(w)]):
            i = text.find(w, i + 1)
        if i >= 0 and (best is None or i < best):
            best = i
    return best


def _has(text: str, words, mask: list[bool]) -> bool:
    return _first(text, words, mask) is not None


_DEMONSTRATIVES = ("此", "本", "这", "该", "当")   # 此次, 本届, 这次, 该活动, 当天: words pointing back
POINTERS = ("此次", "本次", "这次", "本届", "此届", "这场", "该")   # 此次托管班由…: the event just read, named again
_CLAUSE_END = set("，。；！？、…”’）)：:,;!?")


def _habitual(text: str, markers, mask: list[bool], limit: int | None = None) -> bool:
    """A habitual or future marker that governs a verb (不断提升, 将继续开展); one ending its clause
    (欢声笑语不断，) or taking 了 (持续了两个小时) describes the scene instead. Only markers before
    `limit` (the end of the event's clause) count: a closing 累计服务300余人次 does not undo the event."""
    for w in markers:
        i = text.find(w)
        while i >= 0 and (limit is None or i < limit):
            after = text[i + len(w):i + len(w) + 1]
            if not any(mask[i:i + len(w)]) and after and after not in _CLAUSE_END and after != "了":
                return True
            i = text.find(w, i + 1)
    return False


_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》"}
_TITLE = re.compile(r"[“「『]([^”」』，。]{2,20})[”」』]")


def _titles(text: str) -> set[str]:
    """The quoted titles of a sentence (“周末电影夜”): the same title again names the same event."""
    return {m.group(1).replace(" ", "") for m in _TITLE.finditer(text)}


def _in_title(text: str, start: int, end: int) -> bool:
    """The span stands inside quotes together with other words (“书香三月”), not quoted alone (“重阳节”)."""
    for i in range(start - 1, -1, -1):
        c = text[i]
        if c in _QUOTE_PAIRS.values() or c in "。！？":
            return False
        if c in _QUOTE_PAIRS or c == '"':
            close = _QUOTE_PAIRS.get(c, '"')
            j = text.find(close, end)
            if c == '"' and text.count('"', 0, i) % 2:
                return False   # the closing quote of an earlier title
            return j >= 0 and (i + 1 < start or j > end) and not any(x in text[end:j] for x in "。！？")
    return False


def _summary(text: str, openers, anchor_at: int | None) -> bool:
    """今年以来，X已放映公益电影86场: a period up to now, before the event word, sums up many events."""
    return anchor_at is not None and any(0 <= text.find(w) < anchor_at for w in openers)


@cache
def _day_naming_pattern() -> re.Pattern:
    heads = "|".join(map(re.escape, load().text.get("day_name_heads", ("日", "节", "月", "周"))))
    return re.compile(rf"^[是为][^，,；;。！!？?]{{1,24}}(?:{heads})[”\"」』]?[。！!]?$")


def _names_a_day(text: str, times) -> bool:
    """6月14日是第22个世界献血者日。/ 今年6月是全国第24个“安全生产月”。: a sentence that only says which day
    (or month) a time is: a time at its start, then 是 and the day's name, nothing else (the caller reads it
    only where no place or organization is named: 今天是桂园社区第五届邻里节 tells of an event)."""
    first = next((t for t in times if t.start == 0), None)
    return first is not None and _day_naming_pattern().match(text[first.end:].strip()) is not None


RECENT_MAX_DAYS = 31


_FRAME_DAYS = 90   # a vague time spanning more (今年, 今年以来, 上半年) frames a report rather than dates an event


def _vague_width(spec: DateSpec) -> int:
    """Days a vague time spans; one with no bounds counts as wide (it narrows nothing)."""
    if spec.earliest and spec.latest:
        return (spec.latest - spec.earliest).days
    return 10 ** 6


def _recent(when: DateSpec | None) -> bool:
    """A day, or a time of a few days or weeks (日前, 近日, 上周): one occasion's, not a period's (今年, 目前)."""
    if when is None:
        return False
    if when.start:
        return True
    return bool(when.earliest and when.latest and (when.latest - when.earliest).days <= RECENT_MAX_DAYS)


def _tallied(text: str, triggers, units) -> bool:
    """开展走访慰问、文艺演出等敬老活动160余场: a number of occasions right after an event word counts many
    events; the sentence reports none of them."""
    if not units or not triggers:
        return False
    tally = _tally_pattern(tuple(units))
    return any(tally.match(text, t[1]) for t in triggers)


@cache
def _tally_pattern(units: tuple[str, ...]) -> re.Pattern:
    unit = "|".join(map(re.escape, units))
    # 讲座一场 is one occasion, no tally
    return re.compile(rf"\s*(?:活动)?\s*(?![1１一]\s*(?:{unit}))"
                      rf"[\d０-９一二三四五六七八九十百千万]+(?:\.\d+)?\s*[余多]?\s*(?:{unit})")


def _counted(text: str, counters, anchor_at: int | None) -> bool:
    """区民政局共计走访慰问困难群众2300余户: a total right before the first verb (or event word) sums many up."""
    return anchor_at is not None and any(text.startswith(w, anchor_at - len(w)) for w in counters)


@cache
def _round_count_pattern() -> re.Pattern:
    """千余名, 近百名, 两千余人: a round number written in Chinese, one digit (or none) and its magnitude."""
    lex = load().text
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    return re.compile(rf"({alt([*lex['count_prefixes'], '上'])})?(?<![一二两三四五六七八九十百千万〇零几数第])"
                      rf"([一二两三四五六七八九])?([十百千万])(余|多)?({alt(lex['count_units'])})")


_CN_ONES = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def head_count(text: str) -> int | None:
    m = _count_pattern().search(text)
    if not m:
        r = _round_count_pattern().search(text)
        if r is None:
            return None
        return _CN_ONES.get(r.group(2), 1) * _CN_MAGNITUDES[r.group(3)]
    n = float(m.group(2)) * (10000 if m.group(3) else 1)
    return int(n)


@dataclass
class Frame:
    sentence: ReadSentence
    types: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    organizers: list[EntityMention] = field(default_factory=list)
    places: list[EntityMention] = field(default_factory=list)
    attendees: list[EntityMention] = field(default_factory=list)
    date: DateSpec | None = None
    count: int | None = None
    name: str = ""
    sub_frames: list["Frame"] = field(default_factory=list)
    dated: bool = False            # its date was read in its own sentence, not inherited
    folded: bool = False           # a campaign over one later event: its series and what it does
    weakly_dated: bool = False     # dated only by a festival named as a topic (让端午节更有…)

    @property
    def series(self) -> bool:
        return "EventSeries" in self.types

    def participants(self) -> set[str]:
        return {e.name for e in self.organizers + self.places + self.attendees}

    def add_types(self, triggers: list[tuple[int, int, str, str]]) -> None:
        for _, _, word, typ in triggers:
            if typ not in self.types:
                self.types.append(typ)
            if word not in self.triggers:
                self.triggers.append(word)


def _after_mobilizing(text: str, e: EntityMention) -> bool:
    """The body stands right after 组织 in its clause, or after the bodies listed right after it (组织A、B)."""
    left = max(text.rfind(c, 0, e.start) for c in "，；：。") + 1
    prefix = text[left:e.start]
    k = max((prefix.rfind(v) + len(v) for v in load().text.get("mobilizing_verbs", ()) if v in prefix), default=-1)
    if k < 0:
        return False
    between = re.sub(r"[“\"][^”\"]{1,10}[”\"]$", "", prefix[k:])   # the quoted name of “银发守望”志愿服务队
    # 组织A、B / 组织网格员和“银发守望”志愿服务队: the body listed after the people mobilized with it
    return between == "" or (between.endswith(("、", "和", "及")) and len(between) <= 16 and "的" not in between)


def _listed_before_organizing(text: str, end: int, after_agent: bool = False) -> bool:
    """A、B协办 / A和B承办: after the body only more bodies of the list (、 和 及 与), then a verb of organizing;
    after 由 any action verb organizes (此次托管班由A、B和C联合举办)."""
    if text[end:end + 1] not in ("、", "和", "及", "与"):
        return False
    right = min((k for k in (text.find(c, end) for c in "，。；：") if k >= 0), default=len(text))
    rest = text[end:right]
    lex = load().text
    for v in [*lex["organizer_verbs"], *(lex["action_verbs"] if after_agent else ())]:
        k = rest.find(v)
        if 0 < k <= 20 and "的" not in rest[:k] and rest[k + len(v):k + len(v) + 1] in ("", "的"):
            return True
    return False


def _before_verb(text: str, e: EntityMention, triggers, verbs, mask) -> bool:
    """An actor stands before the action verb or the trigger of its own clause."""
    if text.startswith(tuple(load().text["organizer_verbs"]), e.end):
        return True   # 由A主办、B承办的招聘会: both organize
    if _listed_before_organizing(text, e.end):
        return True   # 共建单位A、B协办: the first of the bodies listed before 协办 organizes too
    joins = tuple(load().text.get("joining_verbs", ()))
    # 东光街道社工站 is read from 社工站 with the 街道 before it: its name begins where that 街道 does
    own = text[e.start:e.end]
    begin = e.start - len(e.name) + len(own) if e.name.endswith(own) and \
        text.endswith(e.name[:len(e.name) - len(own)], 0, e.start) else e.start
    if joins and (text.startswith(joins, e.end) or
                  (text.endswith(joins, 0, begin) and (text[e.end:e.end + 1] in ("", *"，、和与及。；")
                                                      or text.startswith(tuple(verbs), e.end)
                                                      # 区应急管理局联合区水利局对…开展检查 / …在X开展
                                                      or (text[e.end:e.end + 1] in ("对", "在") and
                                                          text[e.end + 1:e.end + 2] not in _NOT_OBJECT_MARKER)))):
        return True   # 梧桐社区联合凤鸣街道社工站，在社区文体活动中心为…包饺子: both sides of 联合 act
    if e.kind == "org" and _after_mobilizing(text, e) and _first(text[e.end:], verbs, mask[e.end:]) is not None:
        return True   # 街道党工委组织街道安监办、社区网格员…开展检查: a body mobilized to act acts too
    left = max(text.rfind(c, 0, e.start) for c in "，；：") + 1
    obj = text.rfind("对", left, e.start)
    if obj >= 0 and text[obj + 1:obj + 2] not in _NOT_OBJECT_MARKER:
        return False   # 对松江购物中心、惠民超市等场所开展检查: what the action is done to, not who does it
    agent = text.rfind("由", left, e.start)
    if agent >= 0 and e.start - agent <= 12 and (
            _organized_by(text[agent:], [_shifted(e, -agent)], mask[agent:])
            or (e.start - agent <= 1 and _listed_before_organizing(text, e.end, after_agent=True))):
        return True   # 本次比赛由社区居委会、物业公司共同举办: the topic comes first, the organizers after 由
    right = min((k for k in (text.find(c, e.end) for c in "，；：") if k >= 0), default=len(text))
    clause_mask = mask[left:right]
    verb = _first(text[left:right], verbs, clause_mask)
    # 志愿服务 of “巧手匠心”志愿服务队 is a word of the actor's own name, no event word after it
    own = (e.start, e.end) if e.kind == "org" else (0, 0)
    trig = next((t[0] - left for t in triggers if left <= t[0] < right and not own[0] <= t[0] < own[1]), None)
    pivot = min((x for x in (verb, trig) if x is not None), default=None)
    if pivot is None:
        # 迎宾街道联合16个村、社区，开展了…: the verb of a clause that names only actors comes after it
        later = _first(text[right:], verbs, mask[right:])
        return later is not None and "的" not in text[e.end:right]
    return e.end - left <= pivot


_SCENE_KINDS = ("Venue", "Community", "ResidentialArea", "Subdistrict")
_NOT_OBJECT_MARKER = "接口面外于"   # 对接, 对口, 面对, 对外, 对于: no 对 of an object


def _listed_with(text: str, ents: list[EntityMention], subjects: list[EntityMention], mask) -> list[EntityMention]:
    """由A联合B、C共同开展: a body listed right after an actor (、 和 及 与), and before the verb, acts with it (the
    items of one list share its role; C stands too far from 由 to be read as its actor on its own)."""
    out = list(subjects)
    for e in ents:
        if e in out or not _is_actor(e) or e.locative or mask[e.start]:
            continue
        prev = next((s for s in reversed(out) if s.end <= e.start), None)
        if prev is not None and text[prev.end:e.start] in ("、", "和", "及", "与") and \
                (text[e.end:e.end + 1] in ("", "，", "。") or text.startswith(("共同", "联合", "一起", "携手", "等"), e.end)
                 or text.startswith(tuple(load().text["organizer_verbs"]), e.end)):
            out.append(e)
    return sorted(out, key=lambda x: x.start)


def _shifted(e: EntityMention, by: int) -> EntityMention:
    return EntityMention(e.name, e.surface, e.start + by, e.end + by, e.kind)


def _organized_by(text: str, subjects: list[EntityMention], mask: list[bool]) -> bool:
    """由A、B联合组织 / 由A主办: the actors stand after 由 and before a verb of organizing. Only the actors of
    由's clause count (由A主办、B承办，C、D将登台: C and D are no organizers)."""
    subjects = _clause_of_first(text, subjects)
    first, last = min(e.start for e in subjects), max(e.end for e in subjects)
    k = text.rfind("由", 0, first)
    reach = 24 if k >= 0 and any(v in text[k:first] for v in load().text["organizer_verbs"]) else 12
    if k < 0 or first - k > reach or text[k + 1:k + 2] == "于" or text[k - 1:k] in ("自", "理", "缘", "经") or \
            any(c in text[k:first] for c in "，。；：") or \
            _first(text[k:first], _acting_not_organizing(), mask[k:first]) is not None:
        return False   # (由A主办、B承办: B stands after an organizer verb of A's, still after 由)
    lex = load().text
    verbs = [*lex["organizer_verbs"], *lex["action_verbs"]]
    k = _first(text[last:], verbs, mask[last:])
    return k is not None and k <= 12


@cache
def _acting_not_organizing() -> tuple[str, ...]:
    lex = load().text
    return tuple(w for w in lex["action_verbs"] if w not in lex["organizer_verbs"])


def _clause_of_first(text: str, subjects: list[EntityMention]) -> list[EntityMention]:
    """The actors in the clauses, from the first one's on, that name an organizer verb (由A主办，B协办): up to
    the first clause without one (…，C、D将轮番登台); the action verbs count too (由A、B联合组织)."""
    lex = load().text
    verbs = (*lex["organizer_verbs"], *lex["action_verbs"])
    cut = min(e.start for e in subjects)
    while cut < len(text):
        end = min((k for k in (text.find(c, cut) for c in "，。；,;") if k >= 0), default=len(text))
        clause = text[cut:end]
        if not any(v in clause for v in verbs) or (
                clause.endswith(tuple(lex["attendance_verbs"])) and
                not any(v in clause for v in lex["organizer_verbs"])):
            break   # (…承办，区水利局、某街道办事处等12家单位参加: who attend, no organizers)
        cut = end + 1
    return [e for e in subjects if e.start < cut] or subjects[:1]


@cache
def _partner_pattern() -> tuple[re.Pattern, dict[str, list[str]]] | None:
    table = load().text.get("partner_anaphora", {})
    if not table:
        return None
    words = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    return re.compile(rf"[与和同]({words})(?:联合|共同|一道|携手|一起)"), table


def _partners(text: str, ents: list[EntityMention]) -> list[EntityMention]:
    """走进某区第一中学，与学校联合开展…: the institution a generic word (学校) stands for, named before it in the
    sentence, organizes the event with the actor."""
    compiled = _partner_pattern()
    if compiled is None:
        return []
    rx, table = compiled
    out = []
    for m in rx.finditer(text):
        endings = tuple(table[m.group(1)])
        named = [e for e in ents if e.end <= m.start() and e.name.endswith(endings)]
        if named:
            out.append(named[-1])
    return out


_DURATION = re.compile(r"为期(\d{1,2}|[一二两三四五六七八九十]{1,2})(天|日|周|个星期|星期)")
_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _duration_days(text: str) -> int | None:
    """为期一周 / 为期3天: how many days an event lasts (a week is 7)."""
    m = _DURATION.search(text)
    if not m:
        return None
    n = m.group(1)
    if n.isdigit():
        k = int(n)
    elif len(n) == 1:
        k = _CN_NUM[n]
    else:   # 十二, 二十
        k = (_CN_NUM[n[0]] if n[0] != "十" else 1) * 10 + (_CN_NUM[n[1]] if n[1] != "十" else 0)
    days = k * 7 if m.group(2) in ("周", "个星期", "星期") else k
    return days if 1 < days <= 62 else None


def _until_day(text: str, times, markers, closers=()) -> date | None:
    """展期至7月15日 / 持续至8月底: the exact day an until-marker stands right before (the end of an event);
    also 至8月15日结束 (至 or 到 before the day, a closer such as 结束 right after it)."""
    for t in times:
        if not (t.exact and t.spec.start and not t.spec.end):
            continue
        if text.endswith(tuple(markers), 0, t.start) or \
                (t.start and text[t.start - 1] in "至到" and text.startswith(tuple(closers), t.end)):
            return t.spec.start
    return None


def _sequel_held(text: str, trigger_at: int) -> bool:
    """随后，双方召开了军地座谈会: a sentence opening on a word of sequence (随后, 紧接着) whose first clause holds
    (召开, 举办, 举行) the event word found at trigger_at."""
    lex = load().text
    opener = next((w for w in lex.get("sequel_openers", ()) if text.startswith(w + "，")), None)
    if opener is None:
        return False
    clause = text[len(opener) + 1:trigger_at]
    return not any(c in clause for c in "，。；") and any(v in clause for v in lex.get("sequel_verbs", ()))


def _lead_in_end(text: str) -> int:
    """据悉，本月中旬…: where the sentence's own words begin after a reporting lead-in (text.json report_openers)
    and its comma; 0 with none, 1 allowing one character before a time (as before lead-ins were read)."""
    for w in load().text.get("report_openers", ()):
        if text.startswith(w) and text[len(w):len(w) + 1] in ("，", ","):
            return len(w) + 1
    return 1


def _lead_kinds(text: str, triggers) -> set[str]:
    """The kinds of the event words in the clause of the first one: 当天下午，某局在会议室召开工作会，…对近期检查中
    发现的问题进行通报 holds a meeting; the 检查 a later clause names is what the meeting was about, no kind of it."""
    first = triggers[0][0]
    end = min((k for k in (text.find(c, first) for c in "，；。") if k >= 0), default=len(text))
    return {t[3] for t in triggers if t[0] < end}


def _plural_before(text: str, at: int, plural: tuple[str, ...]) -> bool:
    """形式多样的敬老活动 / 形式多样的学雷锋志愿服务活动: a plural modifier right before the event word, or before
    a topic of up to four characters in front of it."""
    head = text[max(0, at - 4 - max(map(len, plural))):at]
    return any(re.search(re.escape(w) + r"[\u4e00-\u9fff]{0,4}$", head) for w in plural)


def _has_new_subject(cur: "Frame", subjects: list[EntityMention]) -> bool:
    return any(s.name not in cur.participants() for s in subjects)


# 开幕式结束后，… / 活动结束后，…: the end of the event just read (group 1 names it)
_ENDINGS = ("结束后", "结束之后", "过后")
_EVENT_OPENER = re.compile(r"([^，。；]{1,8}?)(上|中|结束后|结束之后|过后)，")
_GENERIC_EVENT = ("活动", "仪式", "典礼", "会议")

# 他们是河西社区银龄志愿服务队的队员: who the people just seen are (a team's name holds 志愿服务), no event
_PEOPLE_DESCRIBED = re.compile(r"(?:他们|她们|他|她|队员们|志愿者们)(?:都|也|均|大多|多)?是")

_HOST_FIELD = re.compile(r"(?:主办|承办|协办)(?:单位|方)?[：:]")
_NEXT_FIELD = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]|[。；■]")


def _host_field_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a notice's host fields (主办：A B 内容：…): from after the label to the next label or stop."""
    spans = []
    for m in _HOST_FIELD.finditer(text):
        nxt = _NEXT_FIELD.search(text, m.end())
        spans.append((m.end(), nxt.start() if nxt else len(text)))
    return spans


def _is_actor(e: EntityMention) -> bool:
    return e.kind == "org" or (e.also_org and e.place_kind in ("Community", "Subdistrict", "Venue"))


@dataclass
class ArticleReader:
    issue_date: date
    frames: list[Frame] = field(default_factory=list)
    current: Frame | None = None
    anchor: DateSpec | None = None
    article_time: DateSpec | None = None
    # the last sentence that set a scene (a time and a place, no event word): 近日，在青石村的蔬菜大棚里…
    scene: tuple[ReadSentence, list[EntityMention], DateSpec] | None = None
    # a review of a body's work (——X街道党建工作综述): only what it dates in the sentence is an event
    review: bool = False
    weak_when: bool = False   # the sentence read last is dated only by a weak time (a festival named as a topic)
    # a paragraph that opens on the event just read (开班仪式上，… / 晚会在…中拉开帷幕 / 此次托管班由…): it tells of that
    # event, so the bodies and words it names later (民警还为孩子们上了“第一课”) open no event of their own
    told: tuple[int, "Frame"] | None = None
    paragraph: int | None = None
    # the hosts a tally of a campaign names (由A主办的X活动…已举办9场), for the occasion the paragraph opens next
    hosts: tuple[int, list[EntityMention]] | None = None
    # the last day any sentence named, an event read or not: what 届时 (at that time) refers to
    named_day: DateSpec | None = None

    def read(self, rs: ReadSentence, ents: list[EntityMention]) -> None:
        opened = len(self.frames)
        candidate = self._read(rs, ents)
        if len(self.frames) > opened:
            self.scene = None
        elif candidate is not None:
            self.scene = candidate

    def _read(self, rs: ReadSentence, ents: list[EntityMention]):
        text, lex = rs.text, load().text
        tmask = list(rs.trigger_mask)
        spoken = speech_spans(text)
        # 全国科技活动周将于5月22日至28日举行。届时，…启动仪式将在…举行: 届时 is the days the sentence before named,
        # though that sentence told of no event of the paper's own
        refers_back = self.named_day is not None and _has(text, lex.get("announced_anchors", ()), rs.entity_mask)
        times = find_time_expressions(text, self.issue_date, self.named_day if refers_back else self.anchor)
        said = [t for t in times if any(a <= t.start < b for a, b in spoken)]
        times = [t for t in times if t not in said]
        cur = self.current
        if said and cur is not None and cur.date is None and cur.sentence.paragraph == rs.paragraph:
            # “…今天专家一讲，才知道…”: a speaker's day dates the event just read only for want of any other
            cur.date = next((t.spec for t in said if t.exact), said[0].spec)
        festivals = lex.get("festival_events", ())
        for t in times:
            # 火把节 names the day and the event held on it: the festival's own word stays an event word
            own = [(k, k + len(w)) for w in festivals for k in [text.find(w, t.start, t.end)] if k >= 0]
            for i in range(t.start, min(t.end, len(tmask))):
                tmask[i] = tmask[i] or not any(a <= i < b for a, b in own)
        for e in ents:
            if e.kind == "org" and e.org_kind in _BODY_KINDS:   # 宣传 of 区委宣传部 names a body, not an event
                for i in range(e.start, min(e.end, len(tmask))):
                    tmask[i] = True
        triggers = find_triggers(text, tmask)
        if not triggers and self.current is not None and self.current.types and not self.current.series:
            # 下一场将于7月26日晚在双河镇荷塘广场举行: the next occasion of the event just read, of its kind
            lead = _lead_in_end(text) if text.startswith(tuple(lex.get("report_openers", ()))) else 0
            nxt = next((w for w in lex.get("next_occasions", ()) if text.startswith(w, lead)), None)
            if nxt:
                triggers = [(lead, lead + len(nxt), w, t) for w, t in zip(self.current.triggers, self.current.types)]
        # 书香三月 in "“书香三月”读书分享会日前举行" is a title's word: a time read outside a title comes first
        strong = sorted((t for t in times if not t.weak), key=lambda t: _in_title(text, t.start, t.end))
        exact = next((t.spec for t in strong if t.exact), None)
        if exact is not None and exact.start:
            self.named_day = exact
        # 今年夏季将在8个社区巡回举办…，锦华社区专场将于本月中旬…举行: a season or a year only frames the
        # event when a shorter vague time places it (日前…春节前后 stays the first: neither is a mere frame)
        vague = min((t for t in strong if not t.exact), default=None,
                    key=lambda t: (_in_title(text, t.start, t.end), _vague_width(t.spec) > _FRAME_DAYS))
        vague = vague.spec if vague is not None else None
        when = exact or vague or next((t.spec for t in times if t.exact and t.spec.start <= self.issue_date), None)
        # 让端午节更有文化味: a festival named as a topic (a weak time) dates an event only for want of another
        self.weak_when = when is not None and exact is None and vague is None
        if when and self.article_time is None:
            self.article_time = when
        if exact is not None and exact.start and not self.frames:
            # 5月12日是全国防灾减灾日。当天上午…: a day named before any event is what 当天 refers to
            self.anchor = exact
        if not ents and _names_a_day(text, strong):
            # 6月14日是第22个世界献血者日。/ 明天是国家宪法日。: the sentence says what day it is, no event
            if exact is not None and exact.start:
                self.anchor = exact
            return None
        speech = _has(text, lex["speech_markers"], rs.entity_mask)
        action = _first(text, lex["action_verbs"], tmask)
        anchor_at = min((x for x in (action, triggers[0][0] if triggers else None) if x is not None), default=None)
        clause_end = None if anchor_at is None else \
            min((k for k in (text.find(c, anchor_at) for c in "，；") if k >= 0), default=len(text))
        cur = self.current
        # 社区还将于正月十五…举办冰灯游园会: another event the same actors announce, on its own day
        also_announced = exact is not None and cur is not None and cur.types and bool(triggers) and \
            _has(text, lex.get("also_announcing", ()), rs.trigger_mask) and \
            (cur.date is None or cur.date.start != exact.start)
        subjects = [e for e in ents if _is_actor(e) and not e.locative and not rs.entity_mask[e.start]
                    and _before_verb(text, e, triggers, lex["action_verbs"], tmask)]
        subjects = _listed_with(text, ents, subjects, rs.entity_mask)
        # 县安委会办公室将于6月下旬组织开展专项督查 after a 演练: an actor not yet read announcing an event of
        # another kind is an announced event of its own, unlike a later stage of the same one (决赛将于…举行)
        also_announced = also_announced or (
            cur is not None and cur.types and bool(triggers) and not cur.series and
            not {t[3] for t in triggers} & set(cur.types) and _has_new_subject(cur, subjects))
        # 据悉，宪法宣传周闭幕式暨法治文艺汇演将于明日在汀兰区人民广场举行 / 该宣传活动将于本周六在北关农贸市场
        # 继续开展: an event announced on a day of its own at a venue of its own is an announced event of its own
        # (决赛将于3月16日举行, at no venue named, stays a later stage of the one just read)
        # (据悉，该局将于5月下旬在某区人力资源市场举办专场招聘会: a vague time of its own, too, is its own day)
        own_day = exact if exact is not None and exact.start is not None else vague
        also_announced = also_announced or (
            cur is not None and cur.types and bool(triggers) and own_day is not None
            and (cur.date is None or (cur.date.start, cur.date.earliest) != (own_day.start, own_day.earliest))
            and _has(text, lex["announcement_markers"], rs.trigger_mask)
            and any(e.kind == "place" and e.locative and e.place_kind in _SCENE_KINDS and not e.anaphor
                    and e.name not in cur.participants() for e in ents))
        habitual = _habitual(text, lex["habitual_markers"], rs.trigger_mask, clause_end) \
            or _summary(text, lex["summary_openers"], anchor_at) \
            or _counted(text, lex.get("summary_counters", ()), anchor_at) \
            or _tallied(text, triggers, lex.get("tally_units", ())) \
            or (_habitual(text, lex["announcement_markers"], rs.trigger_mask, clause_end)
                and (self.frames or exact is None) and not also_announced)
        subjects += [e for e in _partners(text, ents) if e not in subjects]
        hosts = _host_field_spans(text)
        if hosts:
            # 时间：…地点：…主办：甲街道办事处 乙区妇幼保健院 内容：… (a notice's fields): who the 主办 field names hosts it
            subjects += [e for e in ents if _is_actor(e) and e not in subjects
                         and any(a <= e.start < b for a, b in hosts)]
        origins = tuple(lex.get("origin_markers", ()))
        places = [e for e in ents if e.kind == "place" and e.place_kind not in ("Country", "Province")
                  and not (origins and text.endswith(origins, 0, e.start))   # 来自某小学的学生: their origin
                  and not (e.place_kind == "Venue" and e in subjects and not e.locative)
                  and not (e.weak and not e.locative)]
        cur = self.current
        span = _duration_days(text)
        if span and cur is not None and cur.date is not None and cur.date.start and not cur.date.end and \
                exact is None and cur.types:
            # 5月10日起，区图书馆举办线上书展。¶ 书展为期十天: the event just read lasts from its day on
            cur.date = DateSpec(start=cur.date.start, end=cur.date.start + timedelta(days=span - 1),
                                text=cur.date.text)
        until = _until_day(text, strong, lex.get("until_markers", ()), lex.get("until_closers", ()))
        # 11月20日，书画作品展在区文化馆开展，…展期至12月5日: a sentence with a start day of its own tells how long
        # its own event lasts, not the event read before it
        own_start = any(t.exact and t.spec.start and t.spec.start != until for t in strong)
        if until is not None and cur is not None and cur.types and not own_start and \
                cur.date is not None and cur.date.start and until > cur.date.start:
            backref_hosts = _has(text, lex["backref_markers"], rs.entity_mask) and \
                any(_is_actor(e) and e.name not in cur.participants() for e in ents)
            if not backref_hosts and not _has_new_subject(cur, subjects):
                # 9月1日，区图书馆书画展开展。¶ 此次书画展展期至9月20日: the event just read lasts until that day
                cur.date = DateSpec(start=cur.date.start, end=until, text=cur.date.text)
                return None
            if backref_hosts:
                # 此次托管班由共青团某区委…联合举办，为期五周，至8月15日结束: the hosts and the end of the event just
                # read; its last day is no day of a new event (the hosts are read below, as for 本次灯会由…主办)
                cur.date = DateSpec(start=cur.date.start, end=until, text=cur.date.text)
                strong = [t for t in strong if t.spec.start != until]
                exact, when = None, vague
        if until is not None and own_start and exact is not None and exact.start and not exact.end and \
                until > exact.start:
            exact = when = DateSpec(start=exact.start, end=until, text=exact.text)   # its own run, to its last day
        elif span and exact is not None and exact.start and not exact.end and (
                cur is None or cur.date is None or cur.date.start != exact.start):
            # 9月13日起，征兵体检工作在县人民医院展开，为期三天: a sentence's own start day and its own run
            exact = when = DateSpec(start=exact.start, end=exact.start + timedelta(days=span - 1), text=exact.text)
        if rs.paragraph != self.paragraph:
            self.paragraph = rs.paragraph
            opening = text[_lead_in_end(text):] if text.startswith(tuple(lex.get("report_openers", ()))) else text
            opening = opening[next((len(w) for w in POINTERS if opening.startswith(w)), 0):]
            self.told = (rs.paragraph, cur) if cur is not None and cur.types and not cur.series and \
                exact is None and any(0 <= opening.find(w) <= 1 for w in cur.triggers if w) else None
            # (此次长寿宴由…主办: a word of one character before the event word, 长 of 长寿宴, is part of its name)
        if habitual and subjects and not speech and _organized_by(text, subjects, tmask):
            # 由区文旅局主办的“清凉一夏”广场文化活动自7月初启动以来，已巡回演出9场。8月2日晚，活动将走进…: the
            # hosts a tally names are those of the occasion the paragraph tells of next
            self.hosts = (rs.paragraph, _clause_of_first(text, subjects))
        if habitual or speech or _PEOPLE_DESCRIBED.match(text):
            return None
        opener = _EVENT_OPENER.match(text)
        # 会上 after a 表彰会: a one-character head of the event word names the event just read, too
        short = opener is not None and len(opener.group(1)) == 1 and opener.group(2) == "上" and cur is not None \
            and any(w.endswith(opener.group(1)) for w in cur.triggers if w)
        if opener and cur is not None and (short or any(w in opener.group(1) for w in cur.triggers if w)):
            # the event word of 开幕式上，/ 开幕式结束后， names the event just read, no new one
            triggers = [t for t in triggers if t[0] >= opener.end(1)]
            if not triggers and exact is None and opener.group(2) not in _ENDINGS:
                if short and cur.types and not cur.organizers:
                    # 表彰会在某馆举行。会上，A、B、C对…进行了表彰: the bodies acting at a meeting no one was named
                    # to hold hold it
                    cur.organizers.extend(_clause_of_first(text, subjects))
                return None   # 开幕式上，区文化馆带来的舞蹈…轮番上演: what the event just read held, no event of its own
        ended = opener if opener and opener.group(2) in _ENDINGS else None
        kinds = {t[3] for t in triggers}
        # 培训结束后，区消防救援大队在园区内开展了消防应急疏散演练: an event word of the same kind, but no word of the
        # event just read, held by an actor not yet read, is another event too
        new_actor = cur is not None and bool(kinds) and not {t[2] for t in triggers} & set(cur.triggers) and \
            any(_is_actor(s) and s.name not in cur.participants() for s in subjects)
        other_kind = cur is not None and bool(kinds) and (not kinds & set(cur.types) or new_actor)
        if ended and cur is not None and cur.types and not cur.series and other_kind \
                and (any(w in ended.group(1) for w in cur.triggers if w) or ended.group(1).endswith(_GENERIC_EVENT)) \
                and not _has(text, lex["scene_markers"], tmask) and (
                    any(w in text[ended.end():ended.end() + 12] for w in ("还", "随即", "又")) or new_actor or
                    any(p.locative and p.place_kind in _SCENE_KINDS for p in places)):
            # 开幕式结束后，冰上趣味运动会随即开赛 / 义诊结束后，…在社区党群服务中心作了健康讲座 / 演练结束后，消防救援人员
            # 还来到某村…宣传: what follows the end of the event just read, of another kind, is an event of its own,
            # held by the same actors when it says so (还), at the same place unless it names its own; not what is
            # done on its scene (讲座结束后，专家们还现场解答了…) or after it with no place or sequel of its own (活动
            # 结束后，师生们签名)
            also = "还" in text[ended.end():ended.end() + 12]   # 消防救援人员还来到…: the same actors again
            self.open(rs, triggers, subjects or (list(cur.organizers) if also else []), places or list(cur.places),
                      when)
            return None
        if cur is not None and cur.types and not cur.series and triggers and exact is None and \
                not {t[3] for t in triggers} & set(cur.types) and _sequel_held(text, triggers[0][0]):
            # 7月31日，某局走进某中队开展慰问活动。¶ 活动中，…。随后，双方召开了军地座谈会: what the same actors
            # then hold, of another kind, is an event of its own on the same day (随后，志愿者为老人表演节目, held
            # by no verb of holding, stays part of the visit)
            self.open(rs, triggers, subjects or list(cur.organizers), places or list(cur.places), when)
            return None
        if cur is not None and cur.types and not cur.series and exact is None and \
                {t[3] for t in triggers} <= set(cur.types) and \
                rs.paragraph == cur.sentence.paragraph + 1 and text.startswith("在") and \
                all(p.place_kind not in ("Venue", "Community", "ResidentialArea", "Village") for p in cur.places):
            # 10月12日，街道负责人一行走访慰问辖区百岁老人。¶ 在柳林社区裕民小区，103岁的…老人: the next
            # paragraph opens on where the visit went, when the event named no place below a 街道 (its own kind's
            # words may come again: 在某社区某老人家中，慰问组成员…)
            opened = [p for p in places if p.locative and p.place_kind in (*_SCENE_KINDS, "Village")
                      and p.start <= 12 and p.name not in cur.participants()]
            if opened:
                cur.places.extend(opened)
                return None
        scene_places = [p for p in places if p.place_kind in _SCENE_KINDS and not p.anaphor]
        candidate = (rs, scene_places, when) if when is not None and scene_places and not triggers else None
        if cur is not None and cur.types and not cur.organizers and not cur.series and triggers and subjects and \
                cur.sentence.paragraph == rs.paragraph and {t[3] for t in triggers} & set(cur.types) and \
                _has(text, lex["instance_markers"], rs.entity_mask):
            # 在某乡电商服务中心，…一旁的培训老师不时提醒她…。这是由A、B举办的…培训班的一个场景: the scene read just before,
            # opened on an event word of its own with no one holding it, is the event this sentence names and its hosts
            cur.organizers.extend(subjects)
            cur.add_types(triggers)
            cur.name = _name(text, triggers, rs.entity_mask)
            cur.count = cur.count or head_count(text)
            return None
        if self.scene is not None and triggers and _has(text, lex["instance_markers"], rs.entity_mask):
            self.open_scene(rs, triggers, subjects)   # 这是区农业农村局开展…培训的一个缩影: the scene was one
        new_subjects = [s for s in subjects if cur is None or s.name not in cur.participants()]
        new_day = exact is not None and (cur is None or cur.date is None or cur.date.start != exact.start)
        # 据悉，该局将于5月下旬在…举办专场招聘会: an event announced for a vague time of its own is on a day of its own
        new_day = new_day or (also_announced and exact is None and vague is not None and
                              _has(text, lex["announcement_markers"], rs.trigger_mask))
        if cur is not None and cur.types and not cur.series and not new_day and \
                text.startswith(tuple(lex.get("event_crews", ()))):
            # 检查组先后来到龙泉寺景区、古槐公园等景区: where the team of the event just read went
            venues = [p for p in places if p.place_kind == "Venue" and p.name not in cur.participants()]
            if venues:
                cur.places.extend(venues)
                return candidate
        # 活动中 of 妇女儿童活动中心 is part of a name, no reference back to the event just read
        named = list(rs.entity_mask)
        for e in ents:
            for i in range(e.start, min(e.end, len(named))):
                named[i] = True
        for t in triggers:
            # 现场推进会, 现场会: a marker fused with the event noun right after it is part of that noun's name,
            # no reference back to the event just read (a demonstrative still points back: 本届邻里节由…主办)
            for w in lex["backref_markers"]:
                if text.endswith(w, 0, t[0]) and not w.startswith(_DEMONSTRATIVES):
                    for i in range(t[0] - len(w), t[0]):
                        named[i] = True
        for t in times:
            # 期间 of “五一”假期期间 is part of a time naming its own days, no reference back (当天 still points back)
            if not text.startswith(_DEMONSTRATIVES, t.start):
                for i in range(t.start, min(t.end, len(named))):
                    named[i] = True
        backref = _has(text, lex["backref_markers"], named)
        topic = cur is not None and (text.startswith(tuple(cur.triggers))   # 托管班由社区联合…开设
                                     or bool(_titles(text) & _titles(cur.sentence.text)))   # “周末电影夜”由…开展
        if cur and new_subjects and not new_day and cur.types and (backref or topic) and \
                _organized_by(text, subjects, tmask):
            # 本次灯会由西河镇人民政府主办, 活动由区林业局、团区委联合组织: the event just read, its organizers (all
            # of 由's clause: 本届年货节由A、B街道办事处主办，C承办 names B, read before as the event's place, too)
            kinds = {t[3] for t in triggers}
            if kinds and not kinds & set(cur.types):
                # 此次…招聘活动由A主办、B承办 after another article's paragraph set in between (a 演出): the event
                # of the kind it names, read last, is the one it points back to
                cur = next((f for f in reversed(self.frames) if not f.series and kinds & set(f.types)), cur)
            known = {e.name for e in cur.organizers}
            cur.organizers.extend(e for e in _clause_of_first(text, subjects) if e.name not in known)
            cur.add_types([t for t in triggers if t[3] in cur.types])
            return
        if cur and new_subjects and not new_day and cur.types and triggers and not cur.series and \
                cur.sentence.paragraph == rs.paragraph and \
                (_first(text, lex["scene_markers"], tmask) if _has(text, lex["scene_markers"], tmask)
                 else len(text)) < triggers[0][0] and \
                not any(p.place_kind in _SCENE_KINDS and p.name not in cur.participants() for p in places):
            # 县民族宗教事务局工作人员现场宣讲…: a body at work on the scene of the event just read takes part in it (a
            # 现场 after the event word, 开展了专项检查，现场督促整改隐患, tells what that body's own event did there)
            cur.organizers.extend(new_subjects)
            cur.add_types(triggers)
            return
        opens_on_time = any(t.start <= _lead_in_end(text) for t in strong) and _recent(when)
        own_paragraph = cur is not None and rs.paragraph != cur.sentence.paragraph and opens_on_time
        attending = _has(text, lex["attendance_verbs"], tmask)
        if cur and new_subjects and attending and cur.types and not new_day and not own_paragraph and \
                (not triggers or {t[3] for t in triggers} & set(cur.types)):
            cur.attendees.extend(new_subjects)
            return
        if cur is not None and new_subjects and not new_day and not cur.types and cur.sentence.paragraph == rs.paragraph:
            cur.organizers.extend(new_subjects)
            cur.places.extend(p for p in places if p.name not in cur.participants())
            cur.add_types(triggers)
            return
        if cur is not None and cur.types and not cur.series and when is None and \
                rs.paragraph == cur.sentence.paragraph + 1 and _clock_opening(text) and \
                not any(p.place_kind in _SCENE_KINDS and p.name not in cur.participants() for p in places):
            # 重阳节当天，某社区在广场摆起长桌宴。¶ 清晨6时许，社区志愿服务队的队员们早早来到现场: a paragraph that
            # opens on a bare hour (no day) and no new venue tells the same day's event from its start
            cur.organizers.extend(new_subjects)
            cur.add_types(triggers)
            return
        if cur is not None and cur.types and not cur.series and triggers and exact is None and \
                cur.sentence.paragraph == rs.paragraph and {t[2] for t in triggers} <= set(cur.triggers) and \
                not _has(text, lex["also_holding"], tmask):
            # 某日，某养老院里举行生日会。由于…，区民政局与某街道将生日会推迟到了这一天: the same event word again in
            # the paragraph, on no day of its own, tells more of the event just read (who held it), no new one
            cur.organizers.extend(new_subjects)
            return None
        if self.told is not None and self.told == (rs.paragraph, cur) and not new_day and \
                not _has(text, lex["also_holding"], tmask) and \
                not any(p.place_kind in _SCENE_KINDS and p.locative and p.name not in cur.participants() for p in places) \
                and not (triggers and not {t[3] for t in triggers} & set(cur.types) and
                         any(e.kind == "place" and e.place_kind == "Venue" and e.name not in cur.participants()
                             # (青溪区老年大学艺术团的学员们带来了合唱: a venue that owns a team is no scene)
                             and not any(o.kind == "org" and o.start == e.end for o in ents)
                             for e in ents)):
            # 开班仪式上，…。派出所民警还为孩子们上了“暑期安全第一课”: part of the event the paragraph tells of (but
            # 开幕当天上午，商业街中心舞台还将上演…非遗展演, of another kind at a venue of its own, is an event)
            return candidate
        if cur is not None and cur.types and not cur.series and not cur.organizers and new_subjects and \
                exact is None and rs.paragraph == cur.sentence.paragraph + 1 and len(self.frames) == 1 and \
                {t[3] for t in triggers} & set(cur.types) and \
                any(p.place_kind in _SCENE_KINDS for p in cur.places):
            # 自2月2日春运启动以来，在鹤屿火车站…总能看到一群…志愿者忙碌的身影。¶ 今年春运，共青团某区委联合…组建…志愿
            # 服务队: an article's opening scene of an event no one was named to hold, and the next paragraph, of its
            # kind on no day of its own, naming who holds it: one event (a scene has a venue: 9月29日，某区召开推进会
            # names only the district, no scene)
            cur.organizers.extend(new_subjects)
            cur.places.extend(p for p in places if p.name not in cur.participants())
            cur.count = cur.count or head_count(text)
            return None
        if (new_subjects or new_day) and (triggers or action is not None):
            self.open(rs, triggers, subjects, places, when)
            return
        if cur is not None and cur.types and not cur.series and triggers and action is not None and not backref and \
                own_paragraph and not {t[3] for t in triggers} & set(cur.types):
            # 3月2日，区妇联主办…招聘会。/ 日前，区妇联在…召开座谈会: a paragraph that opens with its own time and
            # tells of an event of another kind, held by the same actors, is another event
            self.open(rs, triggers, subjects or list(cur.organizers), places, when)
            return
        if cur is not None and cur.types and triggers and action is not None and not backref and own_paragraph and \
                not new_subjects and any(p.locative and p.place_kind in _SCENE_KINDS and not p.anaphor and
                                         p.name not in cur.participants() for p in places):
            # 一月二十八日，…发布仪式在区新时代文明实践中心举行。… ¶ 日前，区新时代文明实践中心在滨湾街道金沙广场启动…
            # 志愿服务月活动: a paragraph that opens with its own time and tells of an event at a scene of its own is
            # another event, though its actor took part in the one read before (as its venue, here)
            self.open(rs, triggers, subjects or list(cur.organizers), places, when)
            return
        if cur is not None and cur.series and any(t[3] != "EventSeries" for t in triggers) and \
                rs.paragraph != cur.sentence.paragraph and any(t.start <= 1 for t in strong) and _recent(when) and \
                _has(text, lex["also_holding"], tmask):
            # 上周日，区图书馆举办全民阅读系列活动… ¶ 当天下午，区图书馆还邀请作家…带来专题讲座: a part of the
            # series just read, told in a paragraph of its own, is an event of its own
            self.open(rs, [t for t in triggers if t[3] != "EventSeries"], subjects or list(cur.organizers),
                      places, when)
            return
        if cur is not None and cur.types and not cur.series and triggers and not new_day and \
                rs.paragraph != cur.sentence.paragraph and text.startswith(tuple(lex.get("simultaneous_openers", ()))) \
                and not {t[3] for t in triggers} & set(cur.types) and \
                any(p.place_kind in _SCENE_KINDS and p.name not in cur.participants() for p in places):
            # 上周六，某村举办丰收节庆祝活动。¶ 与此同时，在村文化广场举办的农特产品展销会…: another event of the
            # same day at a venue of its own
            self.open(rs, triggers, new_subjects, places, when)
            return
        if cur is not None and cur.types and not cur.series and triggers and not new_day and \
                text.startswith(tuple(lex.get("same_day_openers", ()))) and \
                not _lead_kinds(text, triggers) & set(cur.types) and \
                ((rs.paragraph != cur.sentence.paragraph and action is not None) or
                 any(p.place_kind == "Venue" and p.locative and p.name not in cur.participants() for p in places)):
            # 6月30日，某街道党工委走访慰问老党员…。当天下午，党工委书记在街道党群服务中心讲授专题党课: a later part of
            # the same day, an event of another kind at a venue of its own, is an event of its own; so is one a
            # paragraph of its own opens on (¶ 当天下午，该委在区人民医院召开护士代表座谈会), at a venue seen before
            self.open(rs, triggers, subjects or list(cur.organizers), places, when)
            return
        if cur is None:
            if not subjects and when is None and _clock_opening(text):
                # 清晨6点，在某村村口检查站，志愿者某某已在登记过往车辆: an article's opening scene on a
                # bare hour, no actor named, tells what the event read next looks like, not an event of its own
                return None
            if triggers and (places or subjects):
                self.open(rs, triggers, subjects, places, when)
            return candidate
        if triggers and cur.types and not cur.series and not new_day and cur.sentence.paragraph == rs.paragraph and \
                not {t[3] for t in triggers} & set(cur.types) and _has(text, lex["also_holding"], tmask) and \
                not _has(text, lex["scene_markers"], tmask):
            # 当天，社区还邀请医生举办健康讲座: an event of another kind the same actors also held
            self.open(rs, triggers, subjects or list(cur.organizers), places or list(cur.places), when)
            return
        body = text[_lead_in_end(text):] if text.startswith(tuple(lex.get("report_openers", ()))) else text
        named = next((w for w in POINTERS if len(w) == 2 and body.startswith(w)), None)
        if named and not body.startswith(tuple(named + w for w in cur.triggers if w)) and any(
                body.startswith(tuple(named + w for w in f.triggers if w)) for f in self.frames if f is not cur):
            # 义诊结束后，…作了健康讲座。据悉，此次义诊是…系列活动的第一站: it tells of the event read before the one
            # just read, which it adds nothing to
            return candidate
        if triggers and (cur.sentence.paragraph == rs.paragraph or backref) and not cur.series:
            cur.add_types(triggers)
        if cur.sentence.paragraph == rs.paragraph or backref:
            cur.places.extend(p for p in places if p.name not in cur.participants() and p.place_kind != "District")
            if cur.count is None and (triggers or backref):
                cur.count = head_count(text)
        if cur.sentence.paragraph == rs.paragraph and not cur.dated and strong and when is not None:
            cur.date, cur.dated = when, True   # 这是…系列培训的缩影。春节过后，该局…: its time comes next
        return candidate

    def open(self, rs, triggers, subjects, places, when) -> None:
        previous = self.current
        frame = Frame(rs, organizers=list(subjects), places=list(places))
        if self.scene is not None and self.scene[0].paragraph == rs.paragraph and not any(
                p.place_kind in _SCENE_KINDS and p.locative for p in places):
            # 前天上午，桂园社区日间照料中心里暖意融融。桂园社区联合…为老人免费理发: the scene just set, in the
            # same paragraph, is where the event it opens on takes place, and when (昨天下午，龙井村篮球场又热闹
            # 起来。由镇文化服务中心组织的篮球赛在这里开赛: not the day of the event read before)
            seen = {e.name for e in self.scene[1]}
            frame.places = [*self.scene[1], *(p for p in places if p.name not in seen)]
            when = when or self.scene[2]
        if previous is not None and previous.places and any(
                f"在{w}现场" in rs.text for w in {*previous.triggers, previous.name} if w):
            # 展销会在县人民广场开幕。¶ 18日上午，县电子商务公共服务中心还在展销会现场举办了…培训: the scene of the event
            # read before is where this one takes place
            seen = {e.name for e in previous.places}
            frame.places = [*previous.places, *(p for p in frame.places if p.name not in seen)]
        if not frame.places and previous is not None and rs.text.startswith("在") and \
                rs.paragraph - previous.sentence.paragraph <= 1 and \
                any(p.place_kind in _SCENE_KINDS for p in previous.places):
            # …走进科技馆。¶ 在科普讲堂，县气象局工程师为大家带来科普讲座: a room no place word names (讲堂), told
            # right after the event read before, is inside its venue
            frame.places = [p for p in previous.places if p.place_kind in _SCENE_KINDS]
        frame.add_types(triggers)
        plural = tuple(load().text.get("plural_modifiers", ()))
        if plural and not frame.series and any(_plural_before(rs.text, t[0], plural) for t in triggers) and \
                not any(p.place_kind in _SCENE_KINDS or p.place_kind == "Village" for p in frame.places):
            # 全区多个社区开展形式多样的敬老活动: many occasions over an area, the series of the ones read after it
            # (水井坊社区举办丰富多彩的文艺演出, at one place, stays one event)
            frame.add_types([(t[0], t[1], t[2], "EventSeries") for t in triggers[:1]])
        own = rs.text[_lead_in_end(rs.text):] if rs.text.startswith(tuple(load().text.get("report_openers", ()))) \
            else rs.text
        pointing = next((w for w in load().text.get("event_demonstratives", ()) if own.startswith(w)), None)
        crews = "|".join(map(re.escape, load().text.get("event_crews", ()))) or "\0"
        crew = re.match(rf"(?:[^，。；]{{2,12}}，)?(联合|该|此|这个)?({crews})(一行)?([又还再将])?", own)
        if not subjects and crew is not None and previous is not None:
            # 8月26日上午，检查组首站来到某小学 (a meeting read in between): the team an earlier event formed
            # (组成联合检查组) is sent by that event's actors; a team that goes on (专家团队又来到…, 将走进…)
            # without being named before is the one of the event read just before
            # (1月4日，联合检查组来到某工地: a joint team, named first here, is the one of the bodies that work
            # together in the event read last with two or more actors: 某局联合某局、某会开展专项行动)
            formed = next((f for f in reversed(self.frames) if crew.group(2) in f.sentence.text and f.organizers),
                          None) or (next((f for f in reversed(self.frames) if len(f.organizers) >= 2), None)
                                    if crew.group(1) == "联合" else None)
            source = formed or (previous if crew.group(4) else None)
            if source is not None:
                subjects = list(source.organizers)
                frame.organizers = list(source.organizers)
        if not subjects and previous is not None and (
                _has(rs.text, load().text["group_anaphora"], rs.entity_mask)
                or (pointing is not None and "活动" in own[len(pointing):len(pointing) + 6])
                or own.startswith(tuple(load().text.get("next_occasions", ())))):
            # 据悉，该宣传活动将于本周六在北关农贸市场继续开展: the event read before, again: its actors again
            frame.organizers = list(previous.organizers)
        if not frame.organizers and self.hosts is not None and self.hosts[0] == rs.paragraph and \
                (pointing is not None or re.match(r"(?:[^，。；]{2,12}，)?(?:活动|该活动)", own)):
            frame.organizers = list(self.hosts[1])
        self.hosts = None
        frame.date = when or (previous.date if previous else None) or self.article_time
        frame.dated = when is not None
        frame.weakly_dated = frame.dated and self.weak_when
        if when is not None:
            self.anchor = when if when.start else self.anchor
        frame.count = head_count(rs.text) if triggers else None
        frame.name = _name(rs.text, triggers, rs.entity_mask)
        if previous is not None and own.startswith(tuple(load().text.get("next_occasions", ()))):
            frame.name = previous.name   # 下一场: the next occasion bears the name of the one read before
        self.frames.append(frame)
        self.current = frame

    def open_scene(self, rs: ReadSentence, triggers, subjects) -> None:
        """The scene read before (a time, a place, people at work) is one event of what this sentence names."""
        scene_rs, places, when = self.scene
        kinds = [t for t in triggers if t[3] != "EventSeries"]
        if not kinds:
            return
        frame = Frame(scene_rs, organizers=list(subjects), places=list(places), date=when, dated=True)
        frame.add_types(kinds)
        frame.count = head_count(scene_rs.text)
        frame.name = _name(rs.text, kinds, rs.entity_mask)
        self.frames.append(frame)
        self.scene = None

    def events(self) -> list[tuple[Frame, Event]]:
        frames = [f for f in self.frames if f.types]
        if self.review:
            # 4月20日，街道党工委举办主题党课 is one; 文苑社区创新推出“板凳议事会” (no time of its own, or
            # 今年以来) is what the body does, mentioned in passing
            frames = [f for f in frames if f.dated and not f.weakly_dated and _recent(f.date)]
        _fold_summaries(frames)
        frames = [f for f in frames if f.types]
        _link_series(frames)
        _occasions_of_series(frames)
        made = {id(f): self.to_event(f) for f in frames}
        for f in frames:
            made[id(f)].sub_events = [made[id(g)] for g in f.sub_frames if id(g) in made]
        return [(f, made[id(f)]) for f in frames]

    def to_event(self, f: Frame) -> Event:
        types = list(f.types)
        if f.series:
            # a series read with its parts is their frame; one read alone (“春风行动”系列培训) is also what it does
            kinds = [t for t in f.types if t != "EventSeries"] if not f.sub_frames or f.folded else []
            types = kinds + ["EventSeries"]
        spec = f.date or DateSpec()
        return Event(types=types, name=f.name or (f.triggers[0] if f.triggers else ""), sentence=f.sentence.sentence,
                     date=DateSpec(spec.start, spec.end, spec.earliest, spec.latest, spec.text),
                     places=_ordered_places(f), organizers=_unique(e.name for e in f.organizers),
                     attendees=_unique(e.name for e in f.attendees), attendee_count=f.count,
                     trigger=f.triggers[0] if f.triggers else "")


def _link_series(frames: list[Frame]) -> None:
    """A series' parts are the frames its article reads after it, up to the next series."""
    for i, f in enumerate(frames):
        if f.series and not f.sub_frames:
            for g in frames[i + 1:]:
                if g.series:
                    break
                f.sub_frames.append(g)
                if not g.organizers and f.organizers:
                    # 某派出所民警开展“反诈宣传进商户”系列活动。¶ 6月23日，民警又来到某市场…: a stop no one is named
                    # to hold is held by the series' hosts
                    g.organizers = list(f.organizers)


def _occasions_of_series(frames: list[Frame]) -> None:
    """12月11日上午，在纺织厂家属院，燃气公司安检员…检测居民家中的管道 ¶ 连日来，…对纺织厂家属院、粮库小区等12个老旧小区
    开展入户检查: a day the article tells of at one of the estates (venues) a series of it lists is one of the
    series' occasions, of its kinds too (whatever word, 家中, its own sentence gives)."""
    for f in frames:
        if not f.series:
            continue
        listed = {p.name for p in f.places if p.place_kind in ("ResidentialArea", "Venue")}
        kinds = [(0, 0, w, t) for w, t in zip(f.triggers, f.types) if t != "EventSeries"]
        for g in frames:
            if g is not f and not g.series and g.date is not None and g.date.start and \
                    listed & {p.name for p in g.places}:
                g.add_types(kinds)


def _unique(names) -> list[str]:
    out = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def _ordered_places(f: Frame) -> list[str]:
    names = {e.name for e in f.places}
    # most specific first: by kind, then a place inside another of the list (天府广场 + 爱心献血屋) before it, and
    # one named after another of its kind after it (岚山 + 岚山红色教育基地: the 基地 is the venue)
    places = sorted(f.places, key=lambda e: (-KIND_RANK.get(e.place_kind, 0),
                                             any(o.name != e.name and o.name.startswith(e.name) for o in f.places),
                                             e.parent not in names))
    return _unique(e.name for e in places)


def _fold_summaries(frames: list[Frame]) -> None:
    """A lead with a vague time whose actors return in later, dated frames sums them up:
    with two or more it is their series, with one it is the same event."""
    for i, lead in enumerate(frames):
        if not lead.types or (lead.date and lead.date.start) or lead.series:
            continue
        actors = {e.name for e in lead.organizers}
        venues = {e.name for e in lead.places if e.place_kind == "Venue"}
        # 在金沙农贸市场开展宣传活动 ¶ 该宣传活动将于本周六在北关农贸市场继续开展: a later one at another venue is
        # another occasion, not what the lead sums up
        later = [f for f in frames[i + 1:] if f.types and f.date and f.date.start
                 and actors & {e.name for e in f.organizers}
                 and not (venues and (vs := {e.name for e in f.places if e.place_kind == "Venue"}) and not venues & vs)]
        if not any(set(lead.types) & set(f.types) for f in later):
            continue   # a training and a later meeting of the same town are two events
        later = later if len(later) >= 2 else [f for f in later if set(lead.types) & set(f.types)]
        campaign = _has(lead.sentence.text, load().text.get("campaign_markers", ()), lead.sentence.trigger_mask)
        if len(later) >= 2 or (later and campaign):
            # 连日来，某街道…开展防汛宣传活动 (a campaign) ¶ 6月1日，…设立防汛咨询点: the campaign is also
            # what it does; a lead over two or more is their series alone
            lead.types = [*lead.types, "EventSeries"] if len(later) == 1 else ["EventSeries"]
            lead.folded = len(later) == 1
            lead.sub_frames = later
        elif len(later) == 1:
            later[0].add_types([(0, 0, w, t) for w, t in zip(lead.triggers, lead.types)])
            lead.types = []


@cache
def _title_pattern() -> re.Pattern:
    heads = "|".join(map(re.escape, load().text["title_heads"]))
    return re.compile(rf"[“《]([^”》]{{2,40}})[”》]([^，。；“”]{{0,8}}?(?:{heads}))?")


def _name(text: str, triggers, mask) -> str:
    """The words naming the event: a quoted title with its head noun (“健康进家门”义诊活动),
    else the phrase from the action verb to the trigger, else the trigger."""
    verbs = load().text["naming_verbs"]
    for m in _title_pattern().finditer(text):
        near = any(m.start() - 8 <= t[0] <= m.end() + 10 for t in triggers) or m.group(2)
        if near and m.end() - m.start() < 40:
            return (m.group(1) + (m.group(2) or "")).replace(" ", "")
    if not triggers:
        k = next((text.find(v) + len(v) for v in verbs if v in text), -1)
        if k < 0:
            return ""
        clause = re.split(r"[，。；]", text[k:])[0]
        return clause[:24].strip("“”")
    start, end, word, _ = triggers[0]
    left = next((k + 1 for k in range(start - 1, -1, -1)
                 if text[k] in "，。；：、" and not (mask and k < len(mask) and mask[k])), 0)
    for verb in verbs:
        k = text.find(verb, left, start + 1)
        if k >= 0:
            left = k + len(verb)
            break
    tail = re.match(r"[^，。；：]{0,16}?(活动|会|赛|展|演出|培训|服务)", text[end:])
    phrase = text[left:end] + (tail.group(0) if tail else "")
    if len(phrase) > 30:   # the head of a long phrase is at its end: …社会化管理重阳节系列活动
        phrase = re.split(r"[”的]", phrase[-24:])[-1]
    if text.startswith("的", left):
        phrase = phrase[1:]   # 由某镇联合举办的第二届龙舟赛: the name begins after 的
    return phrase.strip("“”") if len(phrase) >= 2 else word
