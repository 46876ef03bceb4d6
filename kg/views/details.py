"""What a tooltip or detail panel says about a node: a title, a kind and (label, value) rows of plain text.

The values are plain text; the page puts them in with textContent, never as HTML.
"""

from __future__ import annotations

from kg.views import labels as L
from kg.views.graphdata import KgGraph, Node


def joined(items, lang: str) -> str:
    return (", " if lang == "en" else "、").join(items)


def names(g: KgGraph, ids, lang: str) -> str:
    return joined(sorted({L.display_name(g.nodes[i].name, lang) for i in ids if i in g.nodes}), lang)


def date_text(node: Node, lang: str) -> str:
    start, end = node.first("startDate"), node.first("endDate")
    earliest, latest = node.first("earliestDate"), node.first("latestDate")
    if start:
        return f"{start} – {end}" if end and end != start else start
    if earliest and latest:
        return f"{earliest} {L.ui('between', lang)} {latest}"
    if latest:
        return f"{L.ui('before', lang)} {latest}"
    return ""


def event_rows(g: KgGraph, node: Node, lang: str) -> list[tuple[str, str]]:
    e = node.id
    articles = g.targets(e, "subjectOf")
    count = node.first("attendeeCount")
    return [
        ("type", joined([L.type_label(t, lang) for t in node.event_types], lang)),
        ("date", date_text(node, lang)),
        ("place", names(g, g.targets(e, "location"), lang)),
        ("organizers", names(g, g.targets(e, "organizer"), lang)),
        ("attendees", names(g, g.targets(e, "attendee"), lang)),
        ("count", count or ""),
        ("headline", joined([g.nodes[a].name for a in articles if a in g.nodes], lang)),
        ("evidence", node.first("evidence") or ""),
    ]


def place_rows(g: KgGraph, node: Node, lang: str) -> list[tuple[str, str]]:
    direct = set(g.sources(node.id, "location"))
    within = {e for p in g.within(node.id) for e in g.sources(p, "location")}
    parents = " › ".join(L.display_name(g.nodes[p].name, lang) for p in g.ancestors(node.id))
    events = str(len(direct)) if direct == within else f"{len(direct)} ({len(within)})"
    return [("kind", L.type_label(node.place_kind, lang) if node.place_kind else ""),
            ("parents", parents), ("events", events)]


def actor_rows(g: KgGraph, node: Node, lang: str) -> list[tuple[str, str]]:
    organized, attended = g.sources(node.id, "organizer"), g.sources(node.id, "attendee")
    rows = [("role", node.first("role") or node.first("orgKind") or "")]
    rows.append(("events", f"{len(set(organized) | set(attended))}"))
    authored = g.sources(node.id, "author")
    if authored:
        rows.append(("headline", joined(sorted(g.nodes[a].name for a in authored), lang)))
    return rows


def article_rows(g: KgGraph, node: Node, lang: str) -> list[tuple[str, str]]:
    return [("published", node.first("datePublished") or ""),
            ("authors", names(g, g.targets(node.id, "author"), lang)),
            ("events", str(len(g.sources(node.id, "subjectOf"))))]


ROWS = {"event": event_rows, "place": place_rows, "organization": actor_rows, "person": actor_rows,
        "article": article_rows}


def describe(g: KgGraph, node: Node, lang: str) -> dict:
    title = L.display_name(node.name, lang)
    if lang == "en" and title != node.name:
        title = f"{title} ({node.name})"
    rows = [[L.field(key, lang), value] for key, value in ROWS[node.cls](g, node, lang) if value]
    return {"title": title, "kind": L.class_label(node.cls, lang), "rows": rows}
