"""Network analysis of the graph (networkx): activity, co-organizers, communities, elder care, paths.

Each analysis takes a KgGraph (the store or a filtered part of it) and returns a Table; counts are of
distinct events. Ties are broken by name, so results are the same from run to run.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from kg.errors import NotFoundError
from kg.views.graphdata import KgGraph, Node, parse_day
from kg.views.tables import Table


def is_org(node: Node) -> bool:
    return node.cls == "organization" or "Organization" in node.types


def events_of(g: KgGraph) -> list[Node]:
    return g.of_class("event")


def organizations(g: KgGraph, limit: int | None = None) -> Table:
    """Organizations by the events they organize or attend."""
    rows = []
    for node in g.nodes.values():
        if not is_org(node):
            continue
        organized, attended = set(g.sources(node.id, "organizer")), set(g.sources(node.id, "attendee"))
        if organized or attended:
            rows.append([node.name, len(organized), len(attended), len(organized | attended)])
    rows.sort(key=lambda r: (-r[3], -r[1], r[0]))
    return Table("organizations", "Most active organizations",
                 ["organization", "organized", "attended", "events"], rows[:limit])


def places(g: KgGraph, kind: str | None = None, limit: int | None = None) -> Table:
    """Places by the events located there; `within` also counts the places they contain."""
    rows = []
    for node in g.of_class("place"):
        if kind and node.place_kind != kind:
            continue
        direct = set(g.sources(node.id, "location"))
        within = {e for p in g.within(node.id) for e in g.sources(p, "location")}
        if within:
            rows.append([node.name, node.place_kind, len(direct), len(within)])
    rows.sort(key=lambda r: (-r[2], -r[3], r[0]))
    return Table("places", "Most active places", ["place", "kind", "events", "within"], rows[:limit])


def coorganizer_graph(g: KgGraph) -> nx.Graph:
    """Organizers linked when they organize an event together; weight = number of such events."""
    net = nx.Graph()
    for event in events_of(g):
        organizers = sorted(set(g.targets(event.id, "organizer")))
        for a, b in combinations(organizers, 2):
            weight = net.edges[a, b]["weight"] + 1 if net.has_edge(a, b) else 1
            net.add_edge(a, b, weight=weight)
    return net


def coorganizers(g: KgGraph, limit: int | None = None) -> Table:
    net = coorganizer_graph(g)
    rows = []
    for a, b, w in net.edges(data="weight"):
        first, second = sorted((g.nodes[a].name, g.nodes[b].name))
        rows.append([first, second, w])
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    return Table("coorganizers", "Co-organizers (events organized together)",
                 ["organization_a", "organization_b", "events"], rows[:limit])


def community_sets(g: KgGraph) -> list[list[str]]:
    """Communities of the co-organizer network (greedy modularity, weighted), largest first."""
    net = coorganizer_graph(g)
    if net.number_of_edges() == 0:
        return []
    found = nx.community.greedy_modularity_communities(net, weight="weight")
    named = [sorted(c, key=lambda n: g.nodes[n].name) for c in found]
    return sorted(named, key=lambda c: (-len(c), g.nodes[c[0]].name))


def communities(g: KgGraph, limit: int | None = None) -> Table:
    rows = [[i, len(c), [g.nodes[n].name for n in c]] for i, c in enumerate(community_sets(g), 1)]
    return Table("communities", "Communities of the co-organizer network",
                 ["community", "size", "members"], rows[:limit])


def month_of(event: Node) -> str | None:
    """The month of its start date, else of the latest day it can have happened."""
    day = (parse_day(event.first("startDate")) or parse_day(event.first("latestDate"))
           or parse_day(event.first("earliestDate")))
    return day.strftime("%Y-%m") if day else None


def eldercare(g: KgGraph, roll_up: str | None = None, limit: int | None = 3) -> Table:
    """Per month, the places with the most elder-care visits (ce:ElderCareVisit).

    An event counts for each place it is located at, or with `roll_up` (a kind of place such as
    Subdistrict) for the place of that kind containing it.
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for event in events_of(g):
        month = month_of(event)
        if "ElderCareVisit" not in event.types or month is None:
            continue
        where = set()
        for place in g.targets(event.id, "location"):
            if roll_up is None:
                where.add(place)
            else:
                where.update(p for p in (place, *g.ancestors(place)) if g.nodes[p].place_kind == roll_up)
        for place in where:
            counts[month][place] += 1
    rows = []
    for month in sorted(counts):
        ranked = sorted(counts[month].items(), key=lambda kv: (-kv[1], g.nodes[kv[0]].name))
        for rank, (place, n) in enumerate(ranked[:limit], 1):
            rows.append([month, rank, g.nodes[place].name, g.nodes[place].place_kind, n])
    return Table("eldercare", "Places with the most elder-care events per month",
                 ["month", "rank", "place", "kind", "events"], rows)


def shortest_path(g: KgGraph, a: str, b: str) -> list[str]:
    """Node ids of a shortest connection between nodes named `a` and `b` (through any node)."""
    starts, ends = g.named(a), g.named(b)
    for name, hits in ((a, starts), (b, ends)):
        if not hits:
            raise NotFoundError(f"nothing named {name!r} in the store")
    net = nx.Graph()
    net.add_nodes_from(g.nodes)
    net.add_edges_from((e.source, e.target) for e in g.edges)
    best: list[str] | None = None
    for s in starts:
        lengths, paths = nx.single_source_shortest_path_length(net, s), None
        for t in ends:
            if t in lengths and (best is None or lengths[t] < len(best) - 1):
                paths = paths or nx.single_source_shortest_path(net, s)
                best = paths[t]
    if best is None:
        raise NotFoundError(f"no connection between {a!r} and {b!r}")
    return best


def path(g: KgGraph, a: str, b: str) -> Table:
    ids = shortest_path(g, a, b)
    rows = []
    for i, node_id in enumerate(ids):
        link = ""
        if i + 1 < len(ids):
            nxt = ids[i + 1]
            forward = sorted(rel for rel, ts in g.out.get(node_id, {}).items() if nxt in ts)
            backward = sorted(rel for rel, ts in g.out.get(nxt, {}).items() if node_id in ts)
            link = f"{forward[0]} →" if forward else f"← {backward[0]}"
        node = g.nodes[node_id]
        rows.append([i, node.name, node.cls, link])
    return Table("path", f"Shortest connection ({len(ids) - 1} steps)", ["step", "name", "class", "link"], rows)
