"""`kg report`: one offline page for an issue or a date range, no script and no external resource.

Sections: counts per event type and per 街道 (bar charts), a timeline of the events, then each issue's
articles with their events, every event linked to its evidence sentence marked in the article body.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from kg.errors import NotFoundError
from kg.views import labels as L
from kg.views.details import date_text, joined, names
from kg.views.graphdata import KgGraph, Node, article_bodies, list_issues, load_graph, local_name, resolve_issues
from kg.views.html import esc, page
from kg.views.svg import bar_chart, timeline

REPORT_CSS = """
main { max-width: 980px; margin: 0 auto; padding: 4px 16px 40px; }
.summary { font-size: 15px; }
.article { border-top: 1px solid var(--line); margin-top: 18px; }
.article h3 { font-size: 16px; margin: 12px 0 2px; }
.meta { color: var(--muted); font-size: 12px; }
.body { white-space: pre-wrap; background: #fafafa; padding: 8px 10px; border-radius: 4px; }
mark { background: #ffe9a8; }
mark:target, li:target { outline: 2px solid #e4572e; }
.events li { margin: 4px 0; }
.note { color: var(--muted); font-size: 12px; }
blockquote { margin: 4px 0; color: #444; border-left: 3px solid #ffe9a8; padding-left: 8px; }
"""


def choose_issues(store, issues: tuple[str, ...], date_from: date | None, date_to: date | None):
    refs = resolve_issues(store, issues) if issues else list_issues(store)
    chosen = [r for r in refs if (date_from is None or r.date >= date_from.isoformat())
              and (date_to is None or r.date <= date_to.isoformat())]
    if not chosen:
        span = f" between {date_from or '…'} and {date_to or '…'}" if date_from or date_to else ""
        raise NotFoundError(f"no issue{span} in the store; `kg issues` lists the issues")
    return chosen


def article_order(node: Node) -> tuple:
    index = local_name(node.id)
    return (node.first("datePublished") or "", int(index) if index.isdigit() else 0, node.id)


def event_order(node: Node) -> tuple:
    start = node.first("charStart")
    return (int(start) if start and start.isdigit() else 10**9, node.id)


def subdistricts(g: KgGraph, event: Node) -> set[str]:
    found = set()
    for place in g.targets(event.id, "location"):
        found.update(p for p in (place, *g.ancestors(place)) if g.nodes[p].place_kind == "Subdistrict")
    return found


def evidence_span(body: str, event: Node) -> tuple[int, int] | None:
    """Where the event's evidence sentence stands in the article body, if it can be found."""
    sentence = event.first("evidence") or ""
    start, end = event.first("charStart"), event.first("charEnd")
    if start and end and start.isdigit() and end.isdigit() and body[int(start):int(end)] == sentence:
        return int(start), int(end)
    at = body.find(sentence) if sentence else -1
    return (at, at + len(sentence)) if at >= 0 else None


def marked_body(body: str, spans: dict[tuple[int, int], list[int]]) -> str:
    """The body escaped, each evidence span a <mark> with links back to its events."""
    out, pos = [], 0
    for (start, end), numbers in sorted(spans.items()):
        if start < pos:          # overlaps a span already marked: leave it unmarked
            continue
        back = "".join(f'<sup><a href="#event-{n}">[{n}]</a></sup>' for n in numbers)
        out.append(f'{esc(body[pos:start])}<mark id="ev-{numbers[0]}">{esc(body[start:end])}</mark>{back}')
        pos = end
    out.append(esc(body[pos:]))
    return "".join(out)


class ReportWriter:
    def __init__(self, g: KgGraph, bodies: dict[str, str], lang: str):
        self.g, self.bodies, self.lang = g, bodies, lang
        self.articles = sorted(g.of_class("article"), key=article_order)
        self.events = [e for a in self.articles for e in sorted(self.events_of(a), key=event_order)]
        self.number = {e.id: n for n, e in enumerate(self.events, 1)}
        loose = [e for e in g.of_class("event") if e.id not in self.number]  # without an article
        for e in sorted(loose, key=lambda e: e.id):
            self.events.append(e)
            self.number[e.id] = len(self.events)

    def events_of(self, article: Node) -> list[Node]:
        return [self.g.nodes[e] for e in self.g.sources(article.id, "subjectOf") if e in self.g.nodes]

    def ui(self, key: str) -> str:
        return L.ui(key, self.lang)

    def counts_section(self) -> str:
        by_type = Counter(t for e in self.events for t in e.event_types)
        type_items = [(L.type_label(t, self.lang), n) for t, n in sorted(by_type.items(), key=lambda kv: -kv[1])]
        by_sd: Counter = Counter()
        for e in self.events:
            for sd in subdistricts(self.g, e) or {None}:
                by_sd[self.ui("no_subdistrict") if sd is None else L.display_name(self.g.nodes[sd].name, self.lang)] += 1
        sd_items = sorted(by_sd.items(), key=lambda kv: (-kv[1], kv[0]))
        return (f'<section id="by-type"><h2>{esc(self.ui("by_type"))}</h2>'
                f'{bar_chart(type_items, label=self.ui("by_type"))}'
                f'<p class="note">{esc(self.ui("by_type_note"))}</p></section>'
                f'<section id="by-subdistrict"><h2>{esc(self.ui("by_subdistrict"))}</h2>'
                f'{bar_chart(sd_items, colour="#3f9142", label=self.ui("by_subdistrict"))}</section>')

    def timeline_section(self) -> str:
        items = []
        for e in self.events:
            first, last = e.span()
            if first and last:
                label = L.display_name(e.name, self.lang)
                items.append((f"event-{self.number[e.id]}", label, first, last, bool(e.first("startDate"))))
        items.sort(key=lambda i: (i[2], i[3], i[0]))
        return (f'<section id="timeline"><h2>{esc(self.ui("timeline"))}</h2>{timeline(items)}'
                f'<p class="note">{esc(self.ui("timeline_note"))}</p></section>')

    def event_item(self, e: Node, has_mark: bool) -> str:
        n, lang = self.number[e.id], self.lang
        facts = [joined([L.type_label(t, lang) for t in e.event_types], lang), date_text(e, lang) or self.ui("undated"),
                 names(self.g, self.g.targets(e.id, "location"), lang),
                 names(self.g, self.g.targets(e.id, "organizer"), lang)]
        count = e.first("attendeeCount")
        if count:
            facts.append(f"{L.field('count', lang)} {count}")
        text = " · ".join(esc(f) for f in facts if f)
        link = (f' <a href="#ev-{n}">{esc(self.ui("evidence_link"))}</a>' if has_mark
                else f'<blockquote>{esc(e.first("evidence") or "")}</blockquote>')
        return f'<li id="event-{n}" value="{n}"><b>{esc(L.display_name(e.name, lang))}</b> · {text}{link}</li>'

    def article_section(self, article: Node) -> str:
        body = self.bodies.get(article.id, "")
        events = sorted(self.events_of(article), key=event_order)
        spans: dict[tuple[int, int], list[int]] = {}
        for e in events:
            span = evidence_span(body, e)
            if span:
                spans.setdefault(span, []).append(self.number[e.id])
        marked = {n for numbers in spans.values() for n in numbers}
        items = "".join(self.event_item(e, self.number[e.id] in marked) for e in events)
        meta = " · ".join(p for p in (article.first("datePublished") or "",
                                      names(self.g, self.g.targets(article.id, "author"), self.lang)) if p)
        listing = f'<ol class="events">{items}</ol>' if items else f'<p class="note">{esc(self.ui("no_events"))}</p>'
        text = f'<div class="body">{marked_body(body, spans)}</div>' if body else ""
        anchor = f"article-{article_order(article)[0]}-{local_name(article.id)}"
        return (f'<section class="article" id="{esc(anchor)}">'
                f'<h3>{esc(article.name)}</h3><p class="meta">{esc(meta)}</p>{listing}{text}</section>')

    def render(self, issues: list, title: str) -> str:
        summary = (f"{len(issues)} {self.ui('issues')} · {len(self.articles)} {self.ui('articles')} · "
                   f"{len(self.events)} {self.ui('events')}")
        body = (f"<header><h1>{esc(title)}</h1><p>{esc(', '.join(i.date for i in issues))}</p></header><main>"
                f'<p class="summary">{esc(summary)}</p>{self.counts_section()}{self.timeline_section()}'
                f'<h2>{esc(self.ui("article_list"))}</h2>'
                + "".join(self.article_section(a) for a in self.articles) + "</main>")
        return page(title, body, lang=self.lang, styles=(REPORT_CSS,))


def build_report(store, issues: tuple[str, ...] = (), date_from: date | None = None, date_to: date | None = None,
                 lang: str = "zh", title: str = "") -> str:
    chosen = choose_issues(store, issues, date_from, date_to)
    g = load_graph(store, [i.graph for i in chosen])
    bodies = article_bodies(store, [a.id for a in g.of_class("article")])
    dates = sorted({i.date for i in chosen})
    period = dates[0] if len(dates) == 1 else f"{dates[0]} {L.ui('between', lang)} {dates[-1]}"
    return ReportWriter(g, bodies, lang).render(chosen, title or f"{L.ui('report', lang)} {period}")

