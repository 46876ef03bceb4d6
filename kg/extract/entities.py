"""Names of places and organizations in one sentence, by suffix grammar.

A name is a proper part followed by a suffix from the lexicon (永泰 + 街道, 振华 + 老年公寓, 平城区 + 民政局).
The proper part is found by reading backwards from the suffix until a stop word, punctuation, or the end
of the previous name. A generic part (养老服务 + 中心) makes a name only right after a named place
(育才社区 + 养老服务中心). Abbreviations (区民政局, 该街道) are resolved against the context.

The left edge: verbs (地处, 家住), caption and byline words (资料图片, ——记), anaphoric places (该镇, 辖区) and
dates stop a name; the end of the issue's district is split off (庐区 + 云栖街道); a name with words of the
text before it in front of a name the issue reads with a clear left edge is that name (情谊浓 + 枫林街道);
a generic quality after a building verb is a phrase (构建 + 和谐社区). Word lists: data/lexicon/*.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from kg.extract.lexicon import PlaceSuffix, load

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff0-9]")
KIND_RANK = {"Country": 0, "Province": 1, "City": 2, "District": 3, "Subdistrict": 4, "Community": 5,
             "ResidentialArea": 6, "Venue": 7}
_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,6}?、)+[\u4e00-\u9fff]{2,6}?)(?:等)?(?:多个|\d+个|[一二三四五六七八九十两]+个)?"
                   r"(街道|社区|村|镇|乡)")


_CREW_POINTERS = ("该", "这支", "此")   # 该宣讲团, 这支服务队: a pointer before a bare team word
_COMMITTEES = ("区委", "市委", "县委", "党委", "团委", "党工委")


@dataclass
class Context:
    """What abbreviations and anaphora resolve to."""

    district: str | None = None
    city: str | None = None
    province: str | None = None
    subdistrict: str | None = None   # the 街道 last named in the article
    community: str | None = None
    known: frozenset[str] = frozenset()   # place names the issue names often: 和平城区 is 和 + 平城区
    composed: dict[str, str] = field(default_factory=dict)  # 新时代文明实践中心 -> 平城区新时代文明实践中心
    # how often the issue reads each name with a clear left edge, and at all (SentenceReader.known_edge)
    clear_names: dict[str, int] = field(default_factory=dict)
    name_counts: dict[str, int] = field(default_factory=dict)
    # the organization of each suffix (宣讲团, 公司) the article named last: a bare 宣讲团 (该公司) later is that one
    crews: dict[str, str] = field(default_factory=dict)

    def note_crew(self, e: "EntityMention") -> None:
        """Remember an organization named in full whose suffix may later stand alone for it."""
        if e.kind != "org" or e.anaphor:
            return
        for s in load().org_suffixes:
            word = s["suffix"]
            if e.name.endswith(word) and len(e.name) > len(word):
                # 槐安热力有限公司 … 热力公司 (its short name) … 该公司: the full name is still the one meant
                known = self.crews.get(word, "")
                if not (len(known) > len(e.name) and e.name[:-len(word)] in known):
                    self.crews[word] = e.name

    def abbreviated(self, kind: str, char: str = "") -> str | None:
        """The place an abbreviation (区 of 区民政局, 镇 of 镇文化站) stands for: the issue's district, city or
        province, or the 镇 (乡, 街道) the article named last when its name ends in that character."""
        if kind == "Subdistrict":
            return self.subdistrict if self.subdistrict and self.subdistrict.endswith(char or "\0") else None
        return {"District": self.district, "City": self.city, "Province": self.province}.get(kind)


@dataclass
class EntityMention:
    name: str
    surface: str
    start: int
    end: int
    kind: str                      # "place" | "org"
    place_kind: str = ""           # for places: a PLACE_KINDS value
    parent: str | None = None
    org_kind: str = ""
    also_org: bool = False         # a place that also acts as an organization
    school: bool = False
    locative: bool = False         # read after 在/到/来到/走进…: somewhere things happen
    anaphor: bool = False          # 该街道, 该区: resolved from context, not named here
    generic: bool = False
    weak: bool = False             # a weak suffix (家园, 苑): a place only where something happens
    clear: bool = True             # its left edge was read up to a boundary, not cut by the length limit


# An edition or round count (第三届, 第12期, 第二批) ending a would-be place name: it numbers an event, no place.
_EDITION = re.compile(r"第[一二三四五六七八九十百零〇两0-9０-９]+[届期批轮次季]$")


@cache
def _index():
    lex = load()
    by_first: dict[str, list[tuple[str, str, object]]] = {}

    def put(word, tag, data):
        by_first.setdefault(word[0], []).append((word, tag, data))

    for s in lex.place_suffixes:
        put(s.suffix, "place", s)
    for body in lex.org_bodies:
        put(body, "body", body)
    for s in lex.org_suffixes:
        put(s["suffix"], "orgsuffix", s)
    for v in lex.standalone_venues:
        put(v, "venue", v)
    for c in lex.countries:
        put(c, "country", c)
    for c in lex.provinces:
        put(c, "province", c)
    for lst in by_first.values():
        lst.sort(key=lambda t: -len(t[0]))
    text = lex.text
    stops = tuple(sorted(set(text["name_stops"]) | _anaphoric_places(lex), key=len, reverse=True))
    return by_first, stops, tuple(text["name_stop_exceptions"]), tuple(text["locatives"])


@cache
def _headed_words() -> tuple[str, ...]:
    """Venue and body heads (文化馆, 卫生健康局, 协会): a word ending in one names something of its own kind."""
    lex = load()
    return tuple({s.suffix for s in lex.place_suffixes if s.kind == "Venue" and len(s.suffix) >= 2}
                 | set(lex.org_bodies) | {s["suffix"] for s in lex.org_suffixes})


def _anaphoric_places(lex) -> set[str]:
    """该镇, 辖区, 全区, 本社区: a place named by an anaphora prefix stops the name read after it
    (该镇 + 石门村, not 镇石门村)."""
    return {a + s.suffix for a in lex.anaphora_prefixes for s in lex.place_suffixes
            if KIND_RANK.get(s.kind, 9) <= KIND_RANK["ResidentialArea"]}


@cache
def _stops_by_last() -> dict[str, tuple[str, ...]]:
    """The stop words by their last character, longest first: reading backwards tries only those."""
    _, stops, _, _ = _index()
    out: dict[str, list[str]] = {}
    for w in stops:
        out.setdefault(w[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def is_generic(part: str) -> bool:
    """True when `part` splits wholly into generic morphemes (养老服务 = 养老 + 服务)."""
    morphemes = load().generic_morphemes
    if not part:
        return True
    ok = [True] + [False] * len(part)
    for i in range(1, len(part) + 1):
        for j in range(max(0, i - 4), i):
            if ok[j] and part[j:i] in morphemes:
                ok[i] = True
                break
    return ok[len(part)]


def _name_start(text: str, i: int, bound: int, limit: int, digits: bool, through: bool = True) -> int:
    """Read backwards from position i (where a suffix starts) to where the proper name begins."""
    return _name_edge(text, i, bound, limit, digits, through)[0]


def _name_edge(text: str, i: int, bound: int, limit: int, digits: bool, through: bool = True) -> tuple[int, bool]:
    """Where the proper name before position i begins, and whether a boundary showed it (a stop word,
    punctuation, the previous name, the start of the text) rather than the length limit: 情谊浓枫林 + 街道
    read to its limit of four characters has no clear left edge. `through`: a too short name goes on
    through a one-character stop (颐和社区); a body's name does not (律师和司法所)."""
    _, _, exceptions, _ = _index()
    by_last = _stops_by_last()
    start = i
    while start > bound:
        c = text[start - 1]
        if not (_CJK.match(c) or (digits and (c.isdigit() or c == "第"))):
            break
        if c in _COUNT_WORDS and _counted(text, start - 1):
            break   # 120余名社区书记, 3个社区: a count, not a name
        if c in _DIGIT_MEASURES and _counted(text, start - 1, _DIGITS):
            break   # 42所中小学, 20家社区: a count in figures (三家村 is a name)
        if c in _DATE_UNITS and _counted(text, start - 1, _DIGITS):
            break   # 17日老旧小区, 3月枫林街道: a date, not a name
        if c in _credit_ends() and _credit_before(text, start):
            break   # 资料图片 + 青溪街道, ——记 + 云栖街道: a caption or byline glued to the line after it
        stop = next((w for w in by_last.get(c, ()) if text.endswith(w, 0, start)), None)
        if stop and not any(text.startswith(e, start - 1) or text.startswith(e, start - len(stop))
                            for e in exceptions if e[0] == stop[-1] or e.startswith(stop)):
            if through and stop in load().text["name_inner_stops"] and i - start < 2:
                return _through_stop(text, i, start, bound, by_last), True
            break
        if i - start >= limit:
            return start, False
        start -= 1
    return start, True


@cache
def _credit_ends() -> frozenset[str]:
    return frozenset(w[-1] for w in load().text.get("credit_words", ()))


def _credit_before(text: str, start: int) -> bool:
    """A caption or byline word (text.json credit_words) ends at `start` and begins a line or follows
    punctuation: a credit, not part of a name (桐庐区摄影家协会 keeps its 摄影)."""
    for w in load().text.get("credit_words", ()):
        if text.endswith(w, 0, start):
            k = start - len(w)
            if k == 0 or not _NAME_CHAR.match(text[k - 1]):
                return True
    return False


def _through_stop(text: str, i: int, start: int, bound: int, by_last) -> int:
    """颐和社区: a name too short before a one-character stop (和) goes on through it when a clear
    boundary (the previous name, punctuation) follows within a short name's length."""
    k = start - 1
    while k > bound and i - k < 4 and _CJK.match(text[k - 1]) and \
            not any(text.endswith(w, 0, k) for w in by_last.get(text[k - 1], ())):
        k -= 1
    clear = k <= bound or not _CJK.match(text[k - 1])
    return k if clear and 2 <= i - k <= 3 else start


_INNER_SUFFIXES = (("街道", "Subdistrict"), ("社区", "Community"), ("小区", "ResidentialArea"))
_COUNT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}\s*[\d０-９一二两三四五六七八九十百千]+\s*[个所家处座间]")
_QUOTED_BEFORE = re.compile(r"[“\"]([\u4e00-\u9fff]{2,8})[”\"]")
_BARE_ANAPHORA = ("社区", "街道")   # suffixes that, standing alone, name the one just read
# a bare 社区 before a venue's generic name owns it (在社区议事厅: the venue of the 社区 named last)
@cache
def _venue_suffixes() -> frozenset[str]:
    return frozenset(x.canonical_suffix for x in load().place_suffixes if x.kind == "Venue")


# 局三楼 (会议室): a body's last character and, maybe, a floor of its building
_BODY_ROOM = re.compile(r"^([局院委所站馆])((?:[一二三四五六七八九十\d]+(?:楼|层))?)$")
_FLOOR = re.compile(r"^[一二三四五六七八九十\d]+[楼层]")
_BARE_OWNERS = {"社区": "Community", "街道": "Subdistrict", "村": "Community"}
# a 社区's (村's) committee names the 社区 too: 桂香里社区居民委员会换届选举大会在社区党群服务中心召开
_OWNER_COMMITTEES = ("居民委员会", "居委会", "村民委员会", "村委会", "党委", "党支部", "党总支")


def _owner_named(e: "EntityMention", kind: str, bare: str) -> str | None:
    """The 社区 (街道, 村) a mention names for a bare owner word after it: a place of that kind, or the owner
    inside the name of its committee (桂香里社区 of 桂香里社区居民委员会)."""
    if e.kind == "place" and e.place_kind == kind and e.name.endswith(bare) and not e.generic:
        return e.name
    k = e.name.find(bare)
    if e.kind == "org" and kind == "Community" and k >= 2 and \
            e.name.startswith(_OWNER_COMMITTEES, k + len(bare)) and not is_generic(e.name[:k]):
        return e.name[:k + len(bare)]
    return None
_AGENT_MARKERS = ("由", "和", "与", "及", "同")


@cache
def _org_venue_suffixes() -> tuple[str, ...]:
    """Venue endings that also name a body (医院): a premises read as an organization may be the place."""
    return tuple(s.suffix for s in load().place_suffixes if s.kind == "Venue" and s.also_org)


@cache
def _verbs_after_actor() -> tuple[str, ...]:
    """The words of two characters or more that stop a name (联合, 组织, 开展 …): after an actor, its verb."""
    return tuple(w for w in load().text["name_stops"] if len(w) >= 2)


def _building_phrase(text: str, start: int, part: str) -> bool:
    """构建和谐社区, 建设美丽乡村: a generic quality (和谐, 美丽), with nothing but generic morphemes after it,
    right after a building verb (构建, 建设) is a phrase, not a proper name."""
    lex = load()
    verbs = tuple(lex.text.get("building_verbs", ()))
    for q in lex.generic_qualities:
        k = part.find(q)
        while k >= 0:
            before = text[max(0, start - 4):start] + part[:k]
            if before.endswith(verbs) and (k + len(q) == len(part) or is_generic(part[k + len(q):])):
                return True
            k = part.find(q, k + 1)
    return False


def _weak_inside(text: str, pos: int) -> bool:
    """翠苑一区社区, 金色家园小区, 锦苑路镇, 兰苑北院社区: a weak suffix (苑, 家园) ending at pos is inside a
    longer name when, within three name characters and no stop word, a continuation (社区, 路…) follows."""
    _, stops, _, _ = _index()
    for k in range(pos, min(len(text), pos + 4)):
        if text.startswith(load().weak_continued_by, k):
            return True
        if not _NAME_CHAR.match(text[k]) or text.startswith(stops, k):
            return False
    return False


def _named_after(prev: EntityMention, part: str) -> bool:
    """某园街道某园小学: a school of a 街道 (or 镇, 社区) whose own name repeats the place's is named alone, inside
    it (the place's 中心小学, 第二小学, 实验小学 are named with it)."""
    if prev.place_kind not in ("Subdistrict", "Community"):
        return False
    own = next((prev.name[: -len(x)] for x in ("街道", "社区", "镇", "乡") if prev.name.endswith(x)), "")
    return len(own) >= 2 and part.startswith(own)


def _school_part(part: str) -> str:
    """第23校 and 23校 are one school; 第四十三中学 keeps its 第 (the official form)."""
    return part[1:] if part.startswith("第") and part[1:2].isdigit() else part


_COUNT_WORDS = "余多名个位"
_DIGIT_MEASURES = "所家支座处户项"
_NUMERALS = "0123456789一二三四五六七八九十两百千万几数"
_DATE_UNITS = "年月日"
_DIGITS = "0123456789"


def _counted(text: str, k: int, numerals: str = _NUMERALS) -> bool:
    """text[k] is a measure word (余, 多, 名, 个, 位), or a date unit (年, 月, 日), of a number standing before it."""
    while k > 0 and text[k - 1] in _COUNT_WORDS:
        k -= 1
    return k > 0 and text[k - 1] in numerals


def text_before(text: str, i: int) -> str:
    return text[i - 1:i] or "\0"


def _locative_before(text: str, start: int) -> bool:
    _, _, _, locatives = _index()
    head = text[max(0, start - 3):start]
    return any(head.endswith(w) for w in locatives)


class SentenceReader:
    """Finds the entity mentions of one sentence; `mask` marks characters inside quotes and titles."""

    def __init__(self, text: str, ctx: Context, mask: list[bool] | None = None):
        self.text = text
        self.ctx = ctx
        self.mask = mask or [False] * len(text)
        self.out: list[EntityMention] = []
        self.bound = 0

    @property
    def last(self) -> EntityMention | None:
        return self.out[-1] if self.out else None

    def adjacent_place(self, start: int) -> EntityMention | None:
        last = self.last
        if last and last.end == start and last.kind == "place":
            return last
        return None

    def read(self) -> list[EntityMention]:
        by_first, _, _, _ = _index()
        text, i = self.text, 0
        while i < len(text):
            if self.mask[i] or text[i] not in by_first:
                i += 1
                continue
            found, longest = None, 0
            for word, tag, data in by_first[text[i]]:
                if text.startswith(word, i):
                    longest = max(longest, len(word))
                    found = self.try_match(i, word, tag, data)
                    if found:
                        break
            if found:
                self.out.append(found)
                self.bound = found.end
                i = found.end
            else:
                # a suffix that stood here but named nothing (养老服务中心 alone) hides the shorter ones inside it
                i += max(1, longest)
        self.expand_lists()
        self.link_parents()
        self.premises()
        return self.out

    def premises(self) -> None:
        """在县人民医院展开 / 该委在区人民医院召开座谈会: a body read as an organization (a hospital named as a
        government body, 区 + 人民医院) whose name ends as a venue does is, after a locative, where the event takes
        place, still acting as an organization."""
        venues = _org_venue_suffixes()
        held = re.compile(r"(?:大院|院内|内)?(?:隆重|正式|还|也|又)?(?:举行|召开|举办|开展)")
        for k, e in enumerate(self.out):
            # (来到枫溪区人民医院: the district's name read right before it stands after the locative)
            if e.kind == "org" and e.org_kind == "Institution" and e.name.endswith(venues) and (
                    _locative_before(self.text, e.start) or
                    any(p.kind == "place" and p.locative and p.end == e.start for p in self.out)):
                self.out[k] = replace(e, kind="place", place_kind="Venue", also_org=True, locative=True)
            elif e.kind == "org" and held.match(self.text, e.end) and self.text.endswith("在", 0, next(
                    (p.start for p in self.out if p.kind == "place" and p.end == e.start), e.start)):
                # 将于1月10日在县人武部举行 / 在东坡村退役军人服务站开展座谈会: any body named between 在 and the verb
                # of holding is where the event is held, its premises (在乡政府会议室举办: the room is, not the body)
                self.out[k] = replace(e, kind="place", place_kind="Venue", also_org=True, locative=True)

    # ---------------------------------------------------------------- one candidate
    def try_match(self, i: int, word: str, tag: str, data) -> EntityMention | None:
        text = self.text
        after = text[i + len(word): i + len(word) + 1]
        if tag == "country":
            return EntityMention(word, word, i, i + len(word), "place", "Country")
        if tag == "province":
            return EntityMention(word, word, i, i + len(word), "place", "Province")
        if tag == "venue":
            return EntityMention(word, word, i, i + len(word), "place", "Venue", locative=True)
        if tag == "place":
            return self.place(i, word, data, after)
        if tag == "body":
            return self.body(i, word)
        return self.org_suffix(i, word, data)

    def place(self, i: int, word: str, s: PlaceSuffix, after: str) -> EntityMention | None:
        if after and after in s.not_before and not any(re.match(p, self.text[i + len(word):]) for p in s.before_anyway) \
                or text_before(self.text, i) in s.not_after:
            return None
        if s.weak and _weak_inside(self.text, i + len(word)):
            return None   # 翠苑一区社区, 金色家园小区: the weak suffix is inside a longer name
        m = self._place(i, word, s)
        if m is None:
            return None
        m.weak = s.weak
        return self.resolve_known(m)

    def resolve_known(self, m: EntityMention) -> EntityMention:
        if m.generic and m.parent:
            tail = m.name[len(m.parent):]
            if len(tail) >= 4:
                self.ctx.composed.setdefault(tail, m.name)
            return m
        for k in self.ctx.known:
            if m.name != k and m.name.endswith(k) and len(m.name) - len(k) <= 2:
                cut = len(m.name) - len(k)
                m.name, m.surface, m.start = k, m.surface[cut:], m.start + cut
                m.locative = m.locative or _locative_before(self.text, m.start)
                return m
        for tail, full in self.ctx.composed.items():
            # (丰乐街道在街道党群服务中心召开…: a venue whose owner the sentence names is that owner's, not the
            # one of another place read before with the same generic name)
            if m.name != full and m.name.endswith(tail) and not (m.parent and not full.startswith(m.parent)):
                m.name, m.parent = full, full[: len(full) - len(tail)] or None
                return m
        return m

    def _place(self, i: int, word: str, s: PlaceSuffix) -> EntityMention | None:
        text = self.text
        start, clear = _name_edge(text, i, self.bound, s.max, s.school)
        cut = None
        for inner, kind in _INNER_SUFFIXES:
            k = text.rfind(inner, start, i)
            # 街道 inside a 社区's name ends a name before it; 小区 inside 梧桐小区社区 is part of the name
            if k >= 0 and inner != word and KIND_RANK[kind] <= KIND_RANK[s.kind]:
                start, cut, clear = k + len(inner), k, True
        named_from = start
        start = self.after_issue_place(start, i, s)
        part = text[start:i]
        if part and _building_phrase(text, start, part):
            return None   # 为构建和谐社区贡献力量: a generic quality after a building verb
        end = i + len(word)
        area = text[named_from:start]
        if area and area in (self.ctx.district, self.ctx.city) and s.kind == "Venue" and \
                (part in load().joined_parts or is_generic(part)):
            # 辉川市中心血站, 桦岭区图书馆: the issue's city (or district) + a generic or joined part + a venue's
            # suffix is that place's venue, named with it
            return EntityMention(area + part + s.canonical_suffix, text[named_from:end], named_from, end, "place",
                                 s.kind, parent=area, also_org=s.also_org, school=s.school,
                                 locative=_locative_before(text, named_from))
        if part in load().text.get("counted_building_verbs", ()) and _COUNT_AFTER.match(text, end):
            return None   # 新建社区食堂12个: how many were built, no place named 新建社区
        name_of = part + s.canonical_suffix
        prev = self.adjacent_place(start)
        if prev is None and cut is not None and is_generic(part) and self.adjacent_place(cut) is not None \
                and is_generic(text[cut:i]):
            # 簇桥街道社区卫生服务中心: 社区卫生 is a generic part after the named 街道, not a name of its own
            start, part = cut, text[cut:i]
            prev = self.adjacent_place(start)
        if prev is None and cut is not None and s.kind == "Venue" and not s.school:
            owned = self.bare_owner_venue(cut, start, i, end, s)
            if owned is not None:
                return owned
        if prev is None and cut is None and s.kind == "Venue" and not s.school and part[:1] == "村" and len(part) > 1:
            # 在村文化广场, 在村新时代文明实践站: a bare 村 owns the venue as a bare 社区 does (村 is no inner suffix
            # that cuts names: 村 ends too many words)
            owned = self.bare_owner_venue(start, start + 1, i, end, s)
            if owned is not None:
                return owned
        if prev is None and s.kind == "Venue" and not s.school:
            room = self.room_of_venue(start, i, end, s)
            if room is not None:
                return room
        anaphora = next((p for p in load().anaphora_prefixes if text.endswith(p, 0, start) and not part), None)
        if anaphora and anaphora in ("该", "本", "这个", "此"):
            resolved = {"Subdistrict": self.ctx.subdistrict, "Community": self.ctx.community}.get(s.kind) \
                or self.ctx.abbreviated(s.kind)
            if resolved:
                return EntityMention(resolved, text[start - len(anaphora):end], start - len(anaphora), end,
                                     "place", s.kind, anaphor=True, also_org=s.also_org)
            return None
        if anaphora is None and not part and s.canonical_suffix in _BARE_ANAPHORA:
            bare = self.bare_anaphor(start, end, s)
            if bare is not None:
                return bare
        if s.reject_part and part and re.search(s.reject_part, part):
            return None
        if part and _EDITION.search(part):
            return None   # 某区第三届社区文化节: an edition count (第三届, 第二期) names no 社区
        abbreviated = self.abbreviated_venue(start, part, s, end)
        if abbreviated is not None:
            return abbreviated
        last = self.last
        if not part and s.kind == "Venue" and s.also_org and last is not None and last.kind == "org" and \
                last.end == start:
            # 区民政局婚姻登记处: an office of the body just read is named with it, a place where things happen
            return EntityMention(last.name + s.canonical_suffix, text[last.start:end], last.start, end, "place",
                                 s.kind, parent=last.parent, also_org=True,
                                 locative=_locative_before(text, last.start))
        if len(part) < s.min or (part and not _CJK.search(part) and not s.school):
            if not part and s.kind in ("District", "City", "Province") and start == i and \
                    not _excluded(text[start - 1:start] if start else "") and \
                    self.body_follows(end):
                return None   # 区 of 区民政局: the organization reads it
            if prev is None or not part and not s.school and s.kind != "Venue":
                return None
            if part and KIND_RANK.get(prev.place_kind, 0) >= KIND_RANK[s.kind]:
                return None   # 松阳县古市镇: 古 + 市 is no city inside a county
        generic = is_generic(part.lstrip("第"))
        if generic:
            if prev is None or KIND_RANK.get(prev.place_kind, 0) >= KIND_RANK[s.kind] and s.kind != "Venue":
                return None
            if s.kind in ("Subdistrict", "Community", "ResidentialArea"):
                return None   # 平城区老旧小区: a generic part names no 街道, 社区 or 小区 of a place
            name_of = prev.name + part + s.canonical_suffix
            return EntityMention(name_of, text[start:end], start, end, "place", s.kind, parent=prev.name,
                                 also_org=s.also_org, school=s.school,
                                 locative=_locative_before(text, prev.start), generic=True)
        short = len(part) + len(s.canonical_suffix)
        if prev is not None and s.kind == "Venue" and not s.school and (
                part in load().joined_parts or prev.place_kind in ("District", "City", "Community") and part
                and short < 0.6 * (len(prev.name) + short)):
            # 白石乡中心敬老院, 西河镇中心卫生院: the town's central one, named with the town; 鹤屿区会展中心, 银杏社区
            # 中心小广场: a venue printed after its district (or 社区) whose own part is too short a name to stand for
            # it (under 60% of the whole, the share by which names are matched) is named with it
            return EntityMention(prev.name + part + s.canonical_suffix, text[start:end], start, end, "place", s.kind,
                                 parent=prev.name, also_org=s.also_org, locative=_locative_before(text, prev.start))
        if s.school and prev is not None and not _named_after(prev, part):
            name_of = prev.name + _school_part(part) + s.canonical_suffix
            return EntityMention(name_of, text[start:end], start, end, "place", s.kind, parent=prev.name,
                                 also_org=True, school=True, locative=_locative_before(text, prev.start))
        start = self.known_edge(start, i, s.canonical_suffix, clear, s.min)
        part = text[start:i]
        name_of = part + s.canonical_suffix
        if s.school:
            name_of = _school_part(part) + s.canonical_suffix if part.lstrip("第")[:1].isdigit() else name_of
            if name_of[:1].isdigit() and self.ctx.district:
                name_of = self.ctx.district + name_of
        inner = prev is not None and KIND_RANK[prev.place_kind] < KIND_RANK[s.kind]
        return EntityMention(name_of, text[start:end], start, end, "place", s.kind,
                             parent=prev.name if inner else None, also_org=s.also_org, school=s.school,
                             # 在簇桥街道锦城社区开展: the place inside a place read after 在 is where, too
                             locative=_locative_before(text, start) or (inner and prev.locative), clear=clear)

    def bare_anaphor(self, start: int, end: int, s: PlaceSuffix) -> EntityMention | None:
        """…桂花社区的活动室里热气腾腾，社区联合辖区爱心企业开展…: a bare 社区 (街道) acting at a clause start (a
        verb follows it) is the one the sentence, else the article, named last. Not where it names a facility
        (在社区活动室): that is the 社区's room (bare_owner_venue)."""
        text = self.text
        if start and _CJK.match(text[start - 1]) and not text.endswith(_AGENT_MARKERS, 0, start):
            return None
        if not text.startswith((*_verbs_after_actor(), "在"), end):
            return None   # 社区联合…开展, 社区在小广场举办: a verb (or where it acts) after it
        named = next((e.name for e in reversed(self.out) if e.kind == "place" and e.place_kind == s.kind), None)
        named = named or {"Subdistrict": self.ctx.subdistrict, "Community": self.ctx.community}.get(s.kind)
        if not named:
            return None
        return EntityMention(named, text[start:end], start, end, "place", s.kind, anaphor=True,
                             also_org=s.also_org, locative=_locative_before(text, start))

    def bare_owner_venue(self, cut: int, start: int, i: int, end: int, s: PlaceSuffix) -> EntityMention | None:
        """青峰社区…在社区议事厅召开: a bare 社区 read after 在 (到, 走进…), with a generic part and a venue's
        suffix after it, is the venue of the one the sentence, else the article, named last: 青峰社区议事厅, within
        青峰社区. Papers (and golds) name such a place either way, the venue or the 社区 itself; the venue's parent
        keeps the 社区 among the event's places (with_ancestors), so both are read. A room, not an actor: no also_org."""
        text = self.text
        bare = next((w for w in _BARE_OWNERS if text.startswith(w, cut) and cut + len(w) == start), None)
        if bare is None or not _locative_before(text, cut):
            return None
        part = text[start:i]
        if not (is_generic(part) or part in load().joined_parts):
            return None
        kind = _BARE_OWNERS[bare]
        owner = next(((e, n) for e in reversed(self.out) for n in [_owner_named(e, kind, bare)] if n), None)
        named = owner[1] if owner else None
        if owner and owner[0].kind == "org" and not any(e.kind == "place" and e.name == named for e in self.out):
            # the 社区 its committee names is a place of the sentence too, held by the 街道 named with it
            e = owner[0]
            self.out.append(EntityMention(named, text[e.start:e.start + len(named)], e.start, e.start + len(named),
                                          "place", kind, also_org=True))
        own = {"Community": self.ctx.community, "Subdistrict": self.ctx.subdistrict}.get(kind)
        named = named or (own if own and own.endswith(bare) else None)
        if not named:
            return None
        return EntityMention(named + part + s.canonical_suffix, text[cut:end], cut, end, "place", s.kind,
                             parent=named, locative=True)

    def abbreviation(self, kind: str, char: str = "") -> str | None:
        """镇 of 镇派出所 in 三江镇联合镇派出所: the 镇 this sentence named before, else the one of the context."""
        if kind == "Subdistrict" and char:
            named = next((e.name for e in reversed(self.out) if e.kind == "place" and e.place_kind == kind
                          and e.name.endswith(char) and not e.anaphor), None)
            if named:
                return named
        return self.ctx.abbreviated(kind, char)

    def room_of_venue(self, start: int, i: int, end: int, s: PlaceSuffix) -> EntityMention | None:
        """槐阳区图书馆还邀请…走进图书馆多功能厅: a room whose part is a venue's suffix (图书馆), or a short name ending
        in one (康复中心), is a room of the venue of that ending the sentence named before: 槐阳区图书馆多功能厅, within
        it."""
        part = self.text[start:i]
        floor = _BODY_ROOM.match(part)
        if floor:
            # 县水利局在局三楼会议室召开…: a body's last character (局) before a room is that body, named before
            body = next((e.name for e in reversed(self.out) if e.kind == "org" and e.name.endswith(floor.group(1))
                         and len(e.name) > 2), None)
            if body is not None:
                return EntityMention(body + floor.group(2) + s.canonical_suffix, self.text[start:end], start, end,
                                     "place", s.kind, parent=None, locative=_locative_before(self.text, start))
        if _FLOOR.match(part):
            # 区图书馆还将在一楼少儿阅览区举办…: a room on a floor is in the venue the sentence named last
            venue = next((e.name for e in reversed(self.out) if e.kind == "place" and e.place_kind == "Venue"), None)
            if venue is not None:
                return EntityMention(venue + part + s.canonical_suffix, self.text[start:end], start, end, "place",
                                     s.kind, parent=venue, locative=_locative_before(self.text, start))
        if not part or not part.endswith(tuple(_venue_suffixes())):
            return None
        owner = next((e.name for e in reversed(self.out) if e.kind == "place" and e.place_kind == "Venue"
                      and e.name.endswith(part) and e.name != part), None)
        if owner is None and part not in _venue_suffixes():
            # 在临溪区残疾人康复中心举办… ¶ 当天下午，…在康复中心多功能厅: a venue's short name (more than its bare
            # suffix) is the one venue of the issue whose name ends with it
            owners = {n for n in self.ctx.name_counts if n.endswith(part) and len(n) > len(part)}
            owner = owners.pop() if len(owners) == 1 else None
        if owner is None:
            return None
        return EntityMention(owner + s.canonical_suffix, self.text[start:end], start, end, "place", s.kind,
                             parent=owner, locative=_locative_before(self.text, start))

    def known_edge(self, start: int, i: int, word: str, clear: bool, min_len: int) -> int:
        """Where a name read from `start` to its suffix `word` at i really begins: a name the issue reads
        with a clear left edge at least as often, with characters of the text before it in front, is that
        name (情谊浓枫林街道 is 枫林街道 after a headline's words; 为老平湖街道 is 老 + 平湖街道). A name cut
        by the length limit may lose any number of characters, one with a clear edge two at most."""
        clear_names, text = self.ctx.clear_names, self.text
        if not clear_names:
            return start
        seen = max(1, self.ctx.name_counts.get(text[start:i] + word, 0))
        most = i - start - min_len if not clear else min(2, i - start - min_len)
        for cut in range(1, most + 1):
            if clear_names.get(text[start + cut:i] + word, 0) >= seen:
                return start + cut
        return start

    def after_issue_place(self, start: int, i: int, s: PlaceSuffix) -> int:
        """桐 / 庐区云栖街道 (a line cut inside 桐庐区): a part that begins with the issue's district or city, or
        the last two or more characters of its name, is that place + a name of its own (云栖), never one
        name 庐区云栖."""
        text = self.text
        for place in (self.ctx.district, self.ctx.city):
            if not place or KIND_RANK[s.kind] <= KIND_RANK["District"]:
                continue
            for k in range(len(place) - 1):   # two characters at least: 区府路社区 keeps its 区
                tail = place[k:]
                if text.startswith(tail, start) and i - start - len(tail) >= s.min:
                    return start + len(tail)
        return start

    def abbreviated_venue(self, start: int, part: str, s: PlaceSuffix, end: int) -> EntityMention | None:
        """县人力资源市场, 区图书馆: a venue of the issue's district (or city) named by its abbreviation."""
        lex = load()
        if s.kind != "Venue" or not part or part[0] not in lex.abbreviated_places or not is_generic(part[1:]) \
                or part[1:2] in lex.abbreviated_places \
                or self.adjacent_place(start) is not None or _excluded(self.text[start - 1:start] if start else ""):
            return None
        place = self.abbreviation(lex.abbreviated_places[part[0]], part[0])
        if not place or not place.endswith(part[0]):
            return None
        return EntityMention(place + part[1:] + s.canonical_suffix, self.text[start:end], start, end, "place",
                             s.kind, parent=place, also_org=s.also_org, school=s.school,
                             locative=_locative_before(self.text, start))

    def body_follows(self, pos: int) -> bool:
        by_first, _, _, _ = _index()
        return any(tag == "body" and self.text.startswith(w, pos) for w, tag, _ in by_first.get(self.text[pos:pos + 1], []))

    def committee_unit(self, m: EntityMention) -> EntityMention:
        """A party committee with a department or venue right after it is one name: 武侯区委 + 宣传部 is
        武侯区委宣传部 (not 武侯区宣传部), 县委 + 党校 is the venue 松阳县委党校."""
        by_first, _, _, _ = _index()
        text, end = self.text, m.end
        for w, tag, data in by_first.get(text[end:end + 1], []):
            if not text.startswith(w, end):
                continue
            after = text[end + len(w):end + len(w) + 1]
            if tag == "body" and w.endswith(("部", "办", "委", "局")) and w not in _COMMITTEES:
                return EntityMention(m.name + w, text[m.start:end + len(w)], m.start, end + len(w), "org",
                                     org_kind=_org_kind(w))
            if tag == "place" and data.kind == "Venue" and data.also_org and not (after and after in data.not_before):
                return EntityMention(m.name + w, text[m.start:end + len(w)], m.start, end + len(w), "place", "Venue",
                                     also_org=True, locative=_locative_before(text, m.start))
        return m

    def body(self, i: int, word: str) -> EntityMention | None:
        """A government or party body: 平城区民政局, 区民政局, 共青团平城区委, 武定街道计生办."""
        text, lex = self.text, load()
        end = i + len(word)
        kind = _org_kind(word)
        prev = self.adjacent_place(i)
        if word in ("区委", "市委", "县委"):
            return self.party_committee(i, word, kind)
        last = self.last
        if prev is None and last is not None and last.kind == "org" and last.end == i and \
                last.org_kind == "Government":
            # 某县公安局交警大队: a body printed right after a body is a unit of it, one name
            self.out.pop()
            return EntityMention(last.name + word, text[last.start:end], last.start, end, "org", org_kind=kind,
                                 parent=last.parent)
        if prev is not None:
            return EntityMention(prev.name + word, text[prev.start:end], i, end, "org", org_kind=kind,
                                 parent=prev.name)
        for tail, full in self.ctx.composed.items():
            if tail.endswith(word) and text.endswith(tail[: -len(word)], 0, i) and len(tail) > len(word):
                return EntityMention(full, tail, i - len(tail) + len(word), end, "org", org_kind=kind)
        abbr = text[i - 1:i]
        if abbr in lex.abbreviated_places and not _excluded(text[i - 2:i - 1] if i >= 2 else ""):
            place = self.abbreviation(lex.abbreviated_places[abbr], abbr)
            if place:
                return EntityMention(place + word, abbr + word, i - 1, end, "org", org_kind=kind, parent=place)
        last = self.last
        if last and last.kind == "org" and last.parent and text[last.end:i] in ("、", "和", "与", "及", "以及"):
            return EntityMention(last.parent + word, word, i, end, "org", org_kind=kind, parent=last.parent)
        # 律师和司法所: a body's name does not go on through 和 as a short place name does (颐和社区)
        start, clear = _name_edge(text, i, self.bound, 6, False, through=False)
        part = text[start:i]
        if part and not is_generic(part) and len(part) >= 2:
            before = self.adjacent_place(start)
            if before is not None and KIND_RANK.get(before.place_kind, 9) <= KIND_RANK["District"]:
                # 武侯区第三人民医院: the district named right before is part of the name
                return EntityMention(before.name + part + word, text[before.start:end], start, end, "org",
                                     org_kind=kind, parent=before.name)
            start = self.known_edge(start, i, word, clear, 2)
            part = text[start:i]
            return EntityMention(part + word, part + word, start, end, "org", org_kind=kind, clear=clear)
        bare = next((b for b in _BARE_ANAPHORA if text.endswith(b, 0, i)), None)
        if bare is not None:
            # 樟南街道党工委组织街道安监办: a bare 街道 (社区) before a body is the one named last
            of = {"社区": "Community", "街道": "Subdistrict"}[bare]
            named = next((e.name for e in reversed(self.out) if e.kind == "place" and e.place_kind == of), None) \
                or {"Subdistrict": self.ctx.subdistrict, "Community": self.ctx.community}.get(of)
            if named:
                return EntityMention(named + word, bare + word, i - len(bare), end, "org", org_kind=kind,
                                     parent=named)
        if word in ("委员会", "政府", "办事处", "党委", "团委", "工会", "委员会", "村委会", "居委会") or len(word) < 3:
            return None   # a village's or residents' committee is never the district's own
        if re.search(r"各[^，。；、]{0,4}$", text[max(0, i - 6):i]):
            return None   # 各镇（街）退役军人服务站: the body of every town, no one body of the district
        if i and text[i - 1] in _COUNT_WORDS and _counted(text, i - 1):
            return None   # 全乡8个村委会: bodies counted are no one body of the district
        place = self.ctx.district
        if place:
            return EntityMention(place + word, word, i, end, "org", org_kind=kind, parent=place)
        return EntityMention(word, word, i, end, "org", org_kind=kind)

    def party_committee(self, i: int, word: str, kind: str) -> EntityMention | None:
        """区委, 平城区委, 共青团平城区委; 共青团区委 and 团区委 are the issue's: 共青团 + 平城区委."""
        text, lex = self.text, load()
        end = i + len(word)
        place_kind = {"区": "District", "市": "City", "县": "District"}[word[0]]
        stem = self.ctx.abbreviated(place_kind) or ""
        stem = stem[:-1] if stem.endswith(word[0]) else ""
        if stem and text.endswith(stem, 0, i):
            start = i - len(stem)
        else:
            start = _name_start(text, i, self.bound, 3, False)
        # what was read may be a prefix itself, written out or abbreviated (共青团区委, 团区委): no place named
        prefixes = sorted((*lex.org_prefixes, *lex.org_prefix_abbreviations), key=len, reverse=True)
        written = next((p for p in prefixes if text.endswith(p, start, i)), "")
        if written:
            start = i
            prefix = lex.org_prefix_abbreviations.get(written, written)
        else:
            prefix = next((p for p in lex.org_prefixes if text.endswith(p, 0, start)), "")
            written = prefix
        org_kind = "YouthLeague" if prefix.startswith(("共青团", "共产主义青年团")) else kind
        first = start - len(written)
        if start == i:
            place = self.ctx.abbreviated(place_kind)
            named = place[:-1] if place and place.endswith(word[0]) else ""
            if prefix and not named:
                return None
            return self.committee_unit(EntityMention(prefix + named + word if named else word, text[first:end],
                                                     first, end, "org", org_kind=org_kind))
        self.out.append(EntityMention(text[start:i] + word[0], text[start:i + 1], start, i + 1, "place",
                                      place_kind))
        return self.committee_unit(EntityMention(prefix + text[start:i] + word, text[first:end], first, end,
                                                 "org", org_kind=org_kind))

    def org_suffix(self, i: int, word: str, s: dict) -> EntityMention | None:
        text = self.text
        end = i + len(word)
        if text[end:end + 1] and text[end] in s.get("not_before", ""):
            return None   # 很快学会了分类投放: a verb (学会了), no society
        start, clear = _name_edge(text, i, self.bound, s.get("max", 8), True)
        part = text[start:i]
        last = self.last
        if s.get("branch") and last is not None and last.kind == "org" and last.end == start and \
                2 <= len(part) <= 4 and not is_generic(part):
            # 湖光银行城东支行: the branch of the organization just read is one name with it
            self.out.pop()
            return EntityMention(last.name + part + word, text[last.start:end], last.start, end, "org",
                                 org_kind=last.org_kind, parent=last.parent)
        before = self.out[-2] if len(self.out) >= 2 else None
        if s.get("branch") and not part and last is not None and last.kind == "place" and last.end == i and \
                before is not None and before.kind == "org" and before.end == last.start and \
                last.place_kind in ("District", "City", "Subdistrict"):
            # 人民银行梧溪县支行: the county branch of the bank just read is one name with it
            del self.out[-2:]
            return EntityMention(before.name + text[last.start:i] + word, text[before.start:end], before.start, end,
                                 "org", org_kind=before.org_kind, parent=before.parent)
        prev = self.adjacent_place(start)
        if prev is not None:
            return EntityMention(prev.name + part + word, text[prev.start:end], start, end, "org",
                                 org_kind=_org_kind(word), parent=prev.name)
        if not part and last is not None and last.kind == "org" and last.end == i and \
                last.org_kind in ("Institution", "Company", "PartyCommittee", "Government"):
            # 区人民医院志愿服务队, 青溪区委宣讲团: the team of the hospital (company, committee, bureau) just read is
            # one name with it
            self.out.pop()
            return EntityMention(last.name + word, text[last.start:end], last.start, end, "org",
                                 org_kind=_org_kind(word), parent=last.parent)
        pointed = text.endswith(_CREW_POINTERS, 0, start)
        if not part and word in self.ctx.crews and (pointed or s.get("refers_back") and (
                start == 0 or text[start - 1] in "，。；：、")):
            # 区委宣讲团…。¶ 10月26日，宣讲团走进某社区: a bare team word opening a clause is the team of that kind the
            # article named last; so is any suffix after a pointer (槐安热力有限公司…。上周六，该公司联合…)
            return EntityMention(self.ctx.crews[word], word, i, end, "org", org_kind=_org_kind(word), anaphor=True)
        quoted = _QUOTED_BEFORE.search(text, max(0, i - 12), i)
        if not part and quoted and quoted.end() == i:
            # “巧手匠心”志愿服务队: a quoted name right before the suffix is the organization's own
            # (it stands where its suffix does: the quoted words are a title's, masked)
            return EntityMention(quoted.group(1) + word, word, i, end, "org", org_kind=_org_kind(word))
        lex = load()
        abbr = part[:1]
        if abbr in lex.abbreviated_places and len(part) > 2 and not _excluded(text[start - 1:start] if start else ""):
            place = self.abbreviation(lex.abbreviated_places[abbr], abbr)   # 区慈善协会: the issue's district
            # 区志愿服务联合会: a generic part names the district's one (the abbreviation is its proper part)
            if place and (not is_generic(part[1:]) or word.endswith("会")):
                return EntityMention(place + part[1:] + word, part + word, start, end, "org",
                                     org_kind=_org_kind(word), parent=place)
        if len(part) < s.get("min", 2) or is_generic(part):
            return None
        start = self.known_edge(start, i, word, clear, s.get("min", 2))
        part = text[start:i]
        if s.get("venue_after_locative") and _locative_before(text, start):
            # 在九江恒通电子有限公司生产车间开赛: a company's premises are where the event is held
            return EntityMention(part + word, part + word, start, end, "place", "Venue", org_kind=_org_kind(word),
                                 clear=clear, also_org=True, locative=True)
        return EntityMention(part + word, part + word, start, end, "org", org_kind=_org_kind(word), clear=clear)

    # ---------------------------------------------------------------- lists and containment
    def expand_lists(self) -> None:
        """古城、新旺、文瀛湖等多个街道: each item gets the shared suffix."""
        for m in _LIST.finditer(self.text):
            if any(self.mask[m.start():m.end()]) or any(e.end == m.end() for e in self.out):
                continue
            kind = {"街道": "Subdistrict", "社区": "Community", "村": "Community", "镇": "Subdistrict",
                    "乡": "Subdistrict"}[m.group(2)]
            items_start = m.start(1)
            before = [e for e in self.out if e.start <= items_start < e.end or e.end == items_start]
            parent = None
            for e in before:
                if e.kind == "place" and e.end > items_start or e.end == items_start:
                    items_start = max(items_start, e.end)
                    parent = e.name if e.kind == "place" else None
            pos = items_start
            new = []
            items = self.text[items_start:m.end(1)].split("、")
            _, stops, _, _ = _index()
            if any(len(item) < 2 or len(item) > 4 or is_generic(item) or any(w in item for w in stops if len(w) == 1)
                   for item in items):
                continue
            if any(item.endswith(_headed_words()) for item in items):
                continue   # 临溪区文化馆、青石街道办事处: an item with a head of its own (馆, 局) is no 街道 of the list
            for item in items:
                name = item + m.group(2)
                if not any(e.name == name for e in self.out):
                    new.append(EntityMention(name, item, pos, pos + len(item), "place", kind,
                                             parent=parent, also_org=True))
                pos += len(item) + 1
            self.out = [e for e in self.out if not (items_start <= e.start and e.end <= m.end())] + new
        self.out.sort(key=lambda e: e.start)

    def link_parents(self) -> None:
        """Items of a list share the first item's parent: 该街道山橡社区、鸿浩嘉园社区以及西苑社区."""
        places = [e for e in self.out if e.kind == "place"]
        for a, b in zip(places, places[1:]):
            gap = self.text[a.end:b.start]
            if b.parent is None and a.parent and a.place_kind == b.place_kind and gap in ("、", "和", "及", "以及", "与", "，"):
                b.parent = a.parent
            if a.anaphor and b.parent is None and a.end == b.start and KIND_RANK[a.place_kind] < KIND_RANK[b.place_kind]:
                b.parent = a.name
        # 在甲县第一中学、甲县实验中学两个考点开展: the items of a list read after 在 are all where it happens (the
        # place named before an item, 甲县, may stand between them)
        for k, (a, b) in enumerate(zip(places, places[1:])):
            c = b
            nxt = places[k + 2] if k + 2 < len(places) else None
            if nxt is not None and nxt.start == b.end and \
                    KIND_RANK.get(b.place_kind, 0) < KIND_RANK.get(nxt.place_kind, 0):
                c = nxt
            if a.locative and not c.locative and a.place_kind == c.place_kind and a.school == c.school and \
                    self.text[a.end:b.start] in ("、", "和", "及", "以及", "与"):
                c.locative = True
        # the one 街道 (or district) a sentence names holds the communities (街道) it names without a parent
        for upper, lower in (("Subdistrict", "Community"), ("District", "Subdistrict")):
            names = {e.name for e in places if e.place_kind == upper}
            if len(names) == 1:
                (name,) = names
                first = next(e.start for e in places if e.name == name)
                for e in places:
                    if e.place_kind == lower and e.parent is None and not e.anaphor and \
                            not (e.end <= first and "、" in self.text[e.end:first]):
                        # 甲社区的X、乙街道的Y: a 街道 listed after the 社区 is its peer, not the one holding it
                        e.parent = name


def _excluded(before: str) -> bool:
    """The character before an abbreviated 区/县/市 shows it is not the issue's (本区, 社区…); none at a sentence start."""
    return bool(before) and before in load().abbreviation_excludes


def _org_kind(word: str) -> str:
    kinds = load().org_kinds
    for key in sorted(kinds, key=len, reverse=True):
        if word.endswith(key) or word.startswith(key):
            return kinds[key]
    return "Organization"


def read_entities(text: str, ctx: Context, mask: list[bool] | None = None) -> list[EntityMention]:
    return SentenceReader(text, ctx, mask).read()
