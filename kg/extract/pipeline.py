"""The extraction pipeline: page text to an Issue record. No rdflib here.

Stages: layout (articles) → sentences → names (places, organizations) → events → issue-level
resolution (containment, defaults, duplicates). Each stage is testable alone; see tests/extract/.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import date

from kg.errors import InputError
from kg.extract.entities import Context, EntityMention, read_entities
from kg.extract.events import POINTERS, ArticleReader, Frame
from kg.extract.layout import RawArticle, segment
from kg.extract.lexicon import load
from kg.extract.normalize import clean_paragraph
from kg.extract.sentences import read_sentences
from kg.records import Article, DateSpec, Event, Issue, Mention, Organization, Person, Place

ADMIN_KINDS = {"Country", "Province", "City", "District", "Subdistrict", "Community", "ResidentialArea"}
_AREA_KINDS = ("Country", "Province", "City", "District")


def issue_context(bodies: list[str]) -> Context:
    """The district, city and province the issue is about: the ones it names most; and how often it reads
    each name, and each with a clear left edge (see SentenceReader.known_edge)."""
    counts: dict[str, Counter] = {"District": Counter(), "City": Counter(), "Province": Counter()}
    names, clear = Counter(), Counter()
    for body in bodies:
        for rs in read_sentences(body):
            for e in read_entities(rs.text, Context(), rs.entity_mask):
                if e.anaphor:
                    continue
                names[e.name] += 1
                clear[e.name] += e.clear
                if e.kind == "place" and e.place_kind in counts:
                    counts[e.place_kind][e.name] += 1
    top = {k: (c.most_common(1)[0][0] if c else None) for k, c in counts.items()}
    if top["City"] is None and top["Province"] and top["Province"].endswith("市"):
        # 綦南区 … 重庆市: a district of a municipality (a 市 at the rank of a province) lies in it as in its city
        top["City"], top["Province"] = top["Province"], None
    known = frozenset(n for c in counts.values() for n, k in c.items() if k >= 2)
    return Context(district=top["District"], city=top["City"], province=top["Province"], known=known,
                   clear_names={n: k for n, k in clear.items() if k}, name_counts=dict(names))


def article_body(raw: RawArticle) -> str:
    """The cleaned text of an article: OCR cleanup, paragraphs cut by the layout joined again."""
    return "\n".join(join_cut_paragraphs([clean_paragraph(p) for p in raw.paragraphs]))


_ENDS = ("。", "！", "？", "”", "…", "；")
_WRAP_MIN, _WRAP_MAX = 15, 40   # the width of a line of a column, not of a paragraph


def join_cut_paragraphs(paragraphs: list[str], short: int = 30) -> list[str]:
    """A short paragraph that stops mid-sentence (一行人来 / 到育才社区…) was cut by the layout: join it.
    So is a line of a hard-wrapped column (one line a paragraph, as wide as a column's line) that stops
    mid-word, when the next one goes on mid-word: 区应急管理局联合区市场监 / 管局、区消防救援大队…"""
    out: list[str] = []
    last = 0   # the width of the line last added
    for p in paragraphs:
        if not p:
            continue
        cut = bool(out) and not out[-1].endswith(_ENDS)
        wrapped = cut and _WRAP_MIN <= last <= _WRAP_MAX and _MID_WORD.match(out[-1][-1]) is not None \
            and (_MID_WORD.match(p[0]) is not None or (p[0] == "“" and out[-1][-1] in _BEFORE_QUOTE))
        if cut and (len(out[-1]) <= short or wrapped):
            out[-1] += _continue_quotes(out[-1], p)
        else:
            out.append(p)
        last = len(p)
    return out


_MID_WORD = re.compile(r"[\u4e00-\u9fff0-9，、]")
# …承办的2025年 / “金秋招聘月”专场招聘会…: a line that stops on a year, a 的 or a 开展 goes on into the quoted title
_BEFORE_QUOTE = set("年的届第了在办展行")
_SWAP_QUOTES = str.maketrans("“”", "”“")


def _continue_quotes(before: str, line: str) -> str:
    """…主办的“墨香迎新春 福 / 字进万家“写春联…: a line cut inside quotes had its quotes paired on its own, its
    first one read as opening; after a text with a quote left open they alternate the other way."""
    first = next((c for c in line if c in "“”"), "")
    if first == "“" and before.count("“") > before.count("”"):
        return line.translate(_SWAP_QUOTES)
    return line


class IssueBuilder:
    def __init__(self, issue: Issue, ctx: Context):
        self.issue = issue
        self.ctx = ctx
        self.place_mentions: dict[str, list[EntityMention]] = {}
        self.org_mentions: dict[str, EntityMention] = {}
        self.event_places: set[str] = set()

    def article(self, index: int, raw: RawArticle, body: str) -> Article:
        art = Article(index=index, headline=raw.headline.strip() or _fallback_headline(body),
                      subtitle=raw.subtitle, body=body)
        art.authors = list(dict.fromkeys(n for n, role in raw.people if role != "photographer"))
        for name, role in raw.people:
            self.issue.people.setdefault(name, Person(name, "记者" if role == "reporter" else role))
        reader = ArticleReader(self.issue.date, review=is_review(raw.headline, raw.subtitle))
        ctx = Context(self.ctx.district, self.ctx.city, self.ctx.province, known=self.ctx.known,
                      composed=self.ctx.composed, clear_names=self.ctx.clear_names, name_counts=self.ctx.name_counts)
        subs: set[str] = set()
        communities: list[tuple[EntityMention, bool]] = []
        for rs in read_sentences(body):
            ents = read_entities(rs.text, ctx, rs.entity_mask)
            for e in ents:
                if e.kind == "place" and e.place_kind in ("Community", "ResidentialArea"):
                    # held by the article's one 街道 only once it is named: 甲社区的X、乙街道的Y lists a 街道 beside,
                    # not above, the 社区
                    communities.append((e, bool(subs)))
                self.note(e, art, rs.sentence.start, rs.text)
                if e.kind == "place" and e.place_kind == "Subdistrict":
                    ctx.subdistrict = e.name
                    if not e.anaphor:
                        subs.add(e.name)
                if e.kind == "place" and e.place_kind == "Community":
                    ctx.community = e.name
                ctx.note_crew(e)
            reader.read(rs, ents)
        for frame, event in reader.events():
            self.finish_event(frame, event, subs)
            art.events.append(event)
        if len(subs) == 1:   # an article about one 街道: its communities lie in it
            for m, after_sub in communities:
                if m.parent is None and after_sub:
                    m.parent = next(iter(subs))
        return art

    def note(self, e: EntityMention, art: Article, offset: int, text: str = "") -> None:
        if e.kind == "place":
            self.place_mentions.setdefault(e.name, []).append(e)
            if e.also_org:
                self.org_mentions.setdefault(e.name, e)
        else:
            self.org_mentions.setdefault(e.name, e)
        if not e.anaphor:
            # the span covers the surface as read: 平城区人社局 spans the 平城区 read before 人社局 too
            start, surface = e.start, e.surface
            if text and text.endswith(surface, 0, e.end):
                start = e.end - len(surface)
            elif text:
                surface = text[e.start:e.end]
            art.mentions.append(Mention(e.name, surface, offset + start, offset + e.end))

    def finish_event(self, frame: Frame, event: Event, subs: set[str]) -> None:
        if not event.places:
            event.places = self.default_places(frame)
        else:
            event.places = self.with_ancestors(event.places)
        # 锦江区第三中学开展…捐赠活动: a school (a venue) doing something where no place is named does it there;
        # 云岭街道党群服务中心举办…: so does one where only the place it lies in is named
        # (not one named as host later: 本次庙会由石桥镇人民政府主办,镇文化站承办)
        venue = next((e for e in frame.organizers if e.kind == "place" and e.place_kind == "Venue"), None)
        if event.places and venue and venue.name not in event.places and \
                all(self.kind_of(p) in _AREA_KINDS or
                    (p in self.ancestors(venue.parent) and venue.surface in frame.sentence.text)
                    for p in event.places):
            event.places = [venue.name, *event.places]
        self.event_places.update(event.places)
        # a school taking part (…和第23校积极组织学生们参观画展) is a place of the issue too
        self.event_places.update(n for n in event.attendees
                                 if any(m.school for m in self.place_mentions.get(n, [])))
        if not event.date.known and frame.date is None:
            event.date = DateSpec(latest=self.issue.date)

    def ancestors(self, name: str | None) -> list[str]:
        """金桥社区 and the 江海街道 it lies in: a place and those that contain it, as read so far."""
        out: list[str] = []
        while name and name not in out:
            out.append(name)
            name = next((m.parent for m in self.place_mentions.get(name, []) if m.parent), None)
        return out

    def kind_of(self, name: str) -> str:
        ms = self.place_mentions.get(name)
        return ms[0].place_kind if ms else ""

    def default_places(self, frame: Frame) -> list[str]:
        for e in frame.organizers:
            if e.kind == "place":
                return [e.name]
            if e.parent and e.parent in self.place_mentions:
                return [e.parent]
        return [self.ctx.district] if self.ctx.district and self.ctx.district in self.place_mentions else []

    def with_ancestors(self, names: list[str]) -> list[str]:
        out = list(names)
        for name in names:
            for m in self.place_mentions.get(name, []):
                if m.parent and m.parent not in out and m.parent != self.ctx.district:
                    out.append(m.parent)
        return out

    # ---------------------------------------------------------------- issue level
    def finish(self) -> None:
        issue, ctx = self.issue, self.ctx
        for name, ms in self.place_mentions.items():
            kind = ms[0].place_kind
            weak = kind == "Venue" or any(m.weak for m in ms)
            if weak and not (name in self.event_places or any(m.locative for m in ms)):
                continue
            parent = next((m.parent for m in ms if m.parent and m.parent != name), None)
            issue.places[name] = Place(name, kind, parent)
        for place in list(issue.places.values()):
            if place.parent is None:
                place.parent = self.default_parent(place)
            if place.parent and place.parent not in issue.places:
                ms = self.place_mentions.get(place.parent)
                kind = ms[0].place_kind if ms else "District"
                issue.places[place.parent] = Place(place.parent, kind, self.default_parent(Place(place.parent, kind)))
        for name, m in self.org_mentions.items():
            if m.kind == "place" and name not in issue.places and m.place_kind in ADMIN_KINDS:
                continue
            issue.organizations[name] = Organization(name, m.org_kind or _place_org_kind(m))

    def default_parent(self, place: Place) -> str | None:
        ctx = self.ctx
        if place.kind == "District":
            return ctx.city if place.name == ctx.district else None
        if place.kind == "City":
            return ctx.province if place.name == ctx.city else None
        if place.kind in ("Province", "Country"):
            return None
        return ctx.district if ctx.district != place.name else None


def is_review(headline: str, subtitle: str) -> bool:
    """——清渠区养老服务工作综述: a headline or subtitle that calls the article a review of work over a period."""
    words = load().text.get("review_markers", ())
    return any(w in (headline or "") + (subtitle or "") for w in words)


def _place_org_kind(m: EntityMention) -> str:
    if m.school:
        return "School"
    return {"Community": "Community", "Subdistrict": "Government"}.get(m.place_kind, "Institution")


def _fallback_headline(body: str) -> str:
    """An article printed without a headline is named by the first words of its body."""
    first = next((s.strip() for s in re.split(r"[。\n]", body) if s.strip()), "") or "（无标题）"
    return (first[:18] + "…") if len(first) > 18 else first


def merge_duplicates(issue: Issue) -> None:
    """The same event reported in two articles: same specific place, a shared type, one is kept (also an article's
    first event named with 这场/此次 when it is the last of the article before: see _pointed_back)."""
    seen: dict[tuple[str, str], tuple[int, Event]] = {}
    before: list[Event] = []
    for art in issue.articles:
        keep = []
        for ev in art.events:
            earlier = _pointed_back(ev, art, before)
            if earlier is not None:
                _absorb(earlier, ev)
                continue
            specific = next((p for p in ev.places if issue.places.get(p) and
                             issue.places[p].kind in ("Venue", "Community", "ResidentialArea")), None)
            key = None
            if specific and "EventSeries" not in ev.types:
                for t in ev.types:
                    if (specific, t) in seen and seen[(specific, t)][0] != art.index and \
                            not _other_day(seen[(specific, t)][1], ev):
                        key = (specific, t)
                        break
            if key:
                _absorb(seen[key][1], ev)
                continue
            if specific:
                for t in ev.types:
                    seen.setdefault((specific, t), (art.index, ev))
            keep.append(ev)
        art.events = keep
        before = keep or before


def _other_day(a: Event, b: Event) -> bool:
    """昨日在县人武部举行欢送会 / 第二批欢送仪式将于1月10日在县人武部举行: two events at one place on two days
    each told exactly are two occasions, not one reported twice."""
    return bool(a.date.start and b.date.start and a.date.start != b.date.start)


_ARTICLE_POINTERS = tuple(w for w in POINTERS if len(w) == 2)   # 这场, 此次 … (not a bare 该: 该街道…)


def _pointed_back(ev: Event, art, before: list[Event]) -> Event | None:
    """这场运动会由梧桐社区主办 opening an article whose first paragraph was printed before its headline (and read
    as the article before's): the event that paragraph told of, of a shared type and place, is the one meant."""
    if not art.events or ev is not art.events[0] or not ev.sentence.text.startswith(_ARTICLE_POINTERS) or \
            "EventSeries" in ev.types:
        return None
    return next((b for b in reversed(before) if set(b.types) & set(ev.types) and set(b.places) & set(ev.places)),
                None)


def _width(d: DateSpec) -> int:
    if d.start:
        return 0
    if d.earliest and d.latest:
        return (d.latest - d.earliest).days
    return 10_000


def _absorb(kept: Event, dup: Event) -> None:
    if kept.attendee_count is None:
        kept.attendee_count = dup.attendee_count
    if _width(dup.date) < _width(kept.date):
        kept.date = dup.date
    for n in dup.organizers:
        if n not in kept.organizers:
            kept.organizers.append(n)
    for n in dup.attendees:
        if n not in kept.attendees:
            kept.attendees.append(n)


def extract_issue(text: str, issue_date: date, source: str, content_hash: str = "") -> Issue:
    raw_articles = segment(text)
    issue = Issue(date=issue_date, source=source, text=text,
                  content_hash=content_hash or hashlib.sha256(text.encode("utf-8")).hexdigest())
    bodies = [article_body(a) for a in raw_articles]   # cleaned once, read by the context pass and the articles
    ctx = issue_context(bodies)
    issue.district, issue.city, issue.province = ctx.district, ctx.city, ctx.province
    builder = IssueBuilder(issue, ctx)
    for i, raw in enumerate(raw_articles, 1):
        issue.articles.append(builder.article(i, raw, bodies[i - 1]))
    builder.finish()
    merge_duplicates(issue)
    return issue


def require_articles(issue: Issue, name: str) -> Issue:
    """Refuse a page in which no article was found: `kg add` and `kg extract` call this.

    Text without headlines or bylines still makes one article (with a headline taken from its
    first sentence); only a page with no body text at all is refused, since storing it would hold
    nothing to query and mark the page as added (unchanged on the next run). See README, "Bad input".
    """
    if not issue.articles:
        raise InputError(f"{name}: no article text after the page head (only a date line, short fragments, "
                         "captions or non-Chinese text); check that it is the OCR'd text of a newspaper page")
    return issue
