"""The stored graph as plain nodes and edges, read with a few SPARQL queries, and the filters of the views.

Reading is two queries over the store's default graph (the union of the issues' named graphs), or over
the named graphs of chosen issues: the rdf:types of every node, then the properties the views use.
Filtering happens here in Python on the result, so that every view and analysis composes the same way.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from urllib.parse import unquote

from kg.errors import KgError, NotFoundError
from kg.model.vocab import EVENT_CLASSES, PREFIXES

SCHEMA_NS, CE_NS = PREFIXES["schema"], PREFIXES["ce"]
SPARQL_PREFIXES = f"PREFIX schema: <{SCHEMA_NS}>\nPREFIX ce: <{CE_NS}>\n"

EVENT_TYPES = frozenset(EVENT_CLASSES) | {"CommunityEvent", "Event"}
PLACE_KINDS = ("District", "Subdistrict", "Community", "ResidentialArea", "Venue")
TYPE_TERMS = ([f"ce:{t}" for t in (*EVENT_CLASSES, "CommunityEvent", *PLACE_KINDS)]
              + ["schema:Event", "schema:Place", "schema:Organization", "schema:Person",
                 "schema:NewsArticle", "schema:PublicationIssue"])

# properties whose object is another node: they become edges
EDGE_PROPS = ("location", "organizer", "attendee", "subjectOf", "subEvent", "containedInPlace", "author")
# properties read as values (isPartOf keeps the issue IRI of an article)
VALUE_PROPS = ("schema:name", "schema:headline", "schema:startDate", "schema:endDate", "ce:earliestDate",
               "ce:latestDate", "ce:attendeeCount", "ce:evidence", "ce:charStart", "ce:charEnd",
               "schema:datePublished", "schema:isPartOf", "ce:placeKind", "ce:orgKind", "ce:role",
               "ce:sourceFile", "ce:dateText")
SUB_CLASSES = {"NewsArticle": "article", "Place": "place", "Organization": "organization", "Person": "person"}
IRI_HINTS = {"person/": "person", "org/": "organization", "place/": "place", "event/": "event",
             "article/": "article"}


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def sparql_iri(iri: str) -> str:
    if any(c in iri for c in '<>"{}|\\^` \n'):
        raise KgError(f"not a usable IRI: {iri!r}")
    return f"<{iri}>"


def select(store, sparql: str) -> list[list[str | None]]:
    """Rows of a SELECT as plain strings (the lexical value of each term)."""
    result = store.query(SPARQL_PREFIXES + sparql)
    return [[None if term is None else term.value for term in row] for row in result.rows]


def parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


@dataclass
class Node:
    id: str
    cls: str                     # event | article | place | organization | person
    name: str = ""
    types: frozenset[str] = frozenset()           # local names of its rdf:types
    props: dict[str, list[str]] = field(default_factory=dict)

    def first(self, prop: str) -> str | None:
        values = self.props.get(prop)
        return min(values) if values else None

    @property
    def event_types(self) -> list[str]:
        return sorted(t for t in self.types if t in EVENT_CLASSES)

    @property
    def place_kind(self) -> str:
        kinds = [t for t in PLACE_KINDS if t in self.types]
        return kinds[0] if kinds else (self.first("placeKind") or "")

    def span(self) -> tuple[date | None, date | None]:
        """An event's first and last possible day; an unknown lower bound counts as the upper one."""
        start = parse_day(self.first("startDate"))
        latest = parse_day(self.first("latestDate"))
        lo = start or parse_day(self.first("earliestDate")) or latest
        hi = parse_day(self.first("endDate")) or start or latest
        return lo, hi


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    rel: str                     # local name of the property
    weight: int = 1              # how many events an analysis edge stands for


@dataclass(frozen=True)
class IssueRef:
    graph: str
    iri: str
    date: str
    source: str

    def matches(self, text: str) -> bool:
        text = text.strip()
        return text in (self.graph, self.iri, self.date, self.source, local_name(self.iri))


@dataclass
class KgGraph:
    nodes: dict[str, Node]
    edges: list[Edge]

    @cached_property
    def out(self) -> dict[str, dict[str, list[str]]]:
        index: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for e in self.edges:
            index[e.source][e.rel].append(e.target)
        return index

    @cached_property
    def into(self) -> dict[str, dict[str, list[str]]]:
        index: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for e in self.edges:
            index[e.target][e.rel].append(e.source)
        return index

    @cached_property
    def adjacency(self) -> dict[str, set[str]]:
        adj: dict[str, set[str]] = defaultdict(set)
        for e in self.edges:
            adj[e.source].add(e.target)
            adj[e.target].add(e.source)
        return adj

    def targets(self, node: str, rel: str) -> list[str]:
        return self.out.get(node, {}).get(rel, [])

    def sources(self, node: str, rel: str) -> list[str]:
        return self.into.get(node, {}).get(rel, [])

    def of_class(self, cls: str) -> list[Node]:
        return [n for n in self.nodes.values() if n.cls == cls]

    def named(self, name: str) -> list[str]:
        name = name.strip()
        return sorted(i for i, n in self.nodes.items() if n.name == name)

    def ancestors(self, place: str) -> list[str]:
        """Places that contain `place`, nearest first (schema:containedInPlace+)."""
        seen, order, queue = {place}, [], deque([place])
        while queue:
            for parent in self.targets(queue.popleft(), "containedInPlace"):
                if parent not in seen:
                    seen.add(parent)
                    order.append(parent)
                    queue.append(parent)
        return order

    def within(self, place: str) -> set[str]:
        """`place` and every place inside it (the inverse of schema:containedInPlace*)."""
        seen, queue = {place}, deque([place])
        while queue:
            for child in self.sources(queue.popleft(), "containedInPlace"):
                if child not in seen:
                    seen.add(child)
                    queue.append(child)
        return seen

    def degree(self) -> dict[str, int]:
        return {n: len(self.adjacency.get(n, ())) for n in self.nodes}

    def subgraph(self, keep: set[str]) -> "KgGraph":
        nodes = {i: n for i, n in self.nodes.items() if i in keep}
        return KgGraph(nodes, [e for e in self.edges if e.source in nodes and e.target in nodes])


# ------------------------------------------------------------------------------------------ reading
def list_issues(store) -> list[IssueRef]:
    rows = select(store, """
        SELECT DISTINCT ?g ?i ?d ?src WHERE { GRAPH ?g {
          ?i a schema:PublicationIssue .
          OPTIONAL { ?i schema:datePublished ?d } OPTIONAL { ?i ce:sourceFile ?src } } }""")
    refs = {r[0]: IssueRef(r[0], r[1], r[2] or "", r[3] or "") for r in rows}
    return sorted(refs.values(), key=lambda r: (r.date, r.graph))


def resolve_issues(store, wanted: tuple[str, ...]) -> list[IssueRef]:
    """The issues named by date, IRI or source file; NotFoundError for a name that matches none."""
    issues = list_issues(store)
    chosen: list[IssueRef] = []
    for text in wanted:
        hits = [i for i in issues if i.matches(text)]
        if not hits:
            raise NotFoundError(f"no issue {text!r} in the store; `kg issues` lists the issues")
        chosen += [h for h in hits if h not in chosen]
    return chosen


def _scoped(pattern: str, graphs: list[str] | None) -> str:
    if graphs is None:
        return pattern
    values = " ".join(sparql_iri(g) for g in graphs)
    return f"GRAPH ?g {{ {pattern} }} VALUES ?g {{ {values} }}"


def _guess_class(iri: str) -> str:
    for hint, cls in IRI_HINTS.items():
        if f"/id/{hint}" in iri:
            return cls
    return "person"


def load_graph(store, graphs: list[str] | None = None) -> KgGraph:
    """Events, articles, places, organizations and people with the edges between them.

    `graphs`: named graphs (issues) to read; None reads the union of all.
    """
    types: dict[str, set[str]] = defaultdict(set)
    terms = " ".join(TYPE_TERMS)
    for s, t in select(store, f"SELECT DISTINCT ?s ?t WHERE {{ {_scoped('?s a ?t .', graphs)} "
                              f"VALUES ?t {{ {terms} }} }}"):
        types[s].add(local_name(t))

    nodes: dict[str, Node] = {}
    for s, ts in types.items():
        if ts & EVENT_TYPES:
            cls = "event"
        else:
            cls = next((c for t, c in SUB_CLASSES.items() if t in ts), None)
        if cls:
            nodes[s] = Node(s, cls, types=frozenset(ts))

    props = " ".join((*VALUE_PROPS, *(f"schema:{p}" for p in EDGE_PROPS)))
    edges: set[Edge] = set()
    for s, p, o in select(store, f"SELECT DISTINCT ?s ?p ?o WHERE {{ {_scoped('?s ?p ?o .', graphs)} "
                                 f"VALUES ?p {{ {props} }} }}"):
        node = nodes.get(s)
        if node is None or o is None:
            continue
        rel = local_name(p)
        if rel in EDGE_PROPS:
            edges.add(Edge(s, o, rel))
        else:
            node.props.setdefault(rel, []).append(o)
    for e in edges:  # an organizer or attendee the graph names but does not describe
        if e.target not in nodes:
            nodes[e.target] = Node(e.target, _guess_class(e.target), unquote(local_name(e.target)))
    for node in nodes.values():
        node.name = node.name or node.first("name") or node.first("headline") or unquote(local_name(node.id))
    return KgGraph(nodes, sorted(edges, key=lambda e: (e.source, e.rel, e.target)))


def article_bodies(store, articles: list[str]) -> dict[str, str]:
    if not articles:
        return {}
    values = " ".join(sparql_iri(a) for a in articles)
    rows = select(store, f"SELECT ?a ?body WHERE {{ VALUES ?a {{ {values} }} ?a schema:articleBody ?body }}")
    return {a: body for a, body in rows}


# ------------------------------------------------------------------------------------------ filters
@dataclass
class Filters:
    types: tuple[str, ...] = ()          # local names of event classes
    date_from: date | None = None
    date_to: date | None = None
    places: tuple[str, ...] = ()         # place names: events there or anywhere inside
    issues: tuple[str, ...] = ()         # as `kg issues` names them; applied when reading
    around: tuple[str, ...] = ()         # names of the nodes whose neighbourhood to keep
    depth: int = 2

    @property
    def selects_events(self) -> bool:
        return bool(self.types or self.date_from or self.date_to or self.places)

    def describe(self) -> str:
        parts = [f"--issue {i}" for i in self.issues] + [f"--type {t}" for t in self.types]
        parts += [f"--from {self.date_from}"] if self.date_from else []
        parts += [f"--to {self.date_to}"] if self.date_to else []
        parts += [f"--place {p}" for p in self.places]
        parts += [f"--around {a} --depth {self.depth}" for a in self.around]
        return " ".join(parts)


def select_events(g: KgGraph, f: Filters) -> set[str]:
    events = {n.id for n in g.of_class("event")}
    if f.types:
        wanted = set(f.types)
        events = {e for e in events if wanted & g.nodes[e].types}
    if f.date_from or f.date_to:
        events = {e for e in events if _overlaps(g.nodes[e].span(), f.date_from, f.date_to)}
    if f.places:
        places: set[str] = set()
        for name in f.places:
            matches = [p for p in g.named(name) if g.nodes[p].cls == "place"]
            if not matches:
                raise NotFoundError(f"no place named {name!r} in the store")
            for p in matches:
                places |= g.within(p)
        events = {e for e in events if places.intersection(g.targets(e, "location"))}
    return events


def _overlaps(span: tuple[date | None, date | None], lo: date | None, hi: date | None) -> bool:
    start, end = span
    if start is None and end is None:
        return False
    return (lo is None or (end or start) >= lo) and (hi is None or (start or end) <= hi)


def with_context(g: KgGraph, events: set[str]) -> set[str]:
    """Events with their places (and the places containing them), organizers, attendees, articles, authors."""
    keep = set(events)
    for e in events:
        for rel in ("location", "organizer", "attendee", "subjectOf"):
            keep.update(g.targets(e, rel))
    for n in list(keep):
        node = g.nodes.get(n)
        if node is not None and node.cls == "place":
            keep.update(g.ancestors(n))
        if node is not None and node.cls == "article":
            keep.update(g.targets(n, "author"))
    return keep & g.nodes.keys()


def neighbourhood(g: KgGraph, seeds: set[str], depth: int) -> set[str]:
    seen = set(seeds)
    frontier = set(seeds)
    for _ in range(max(depth, 0)):
        frontier = {m for n in frontier for m in g.adjacency.get(n, ())} - seen
        seen |= frontier
    return seen


def apply_filters(g: KgGraph, f: Filters) -> KgGraph:
    keep = with_context(g, select_events(g, f)) if f.selects_events else set(g.nodes)
    if f.around:
        seeds: set[str] = set()
        for name in f.around:
            hits = [n for n in g.named(name) if n in keep]
            if not hits:
                where = " among the filtered nodes" if f.selects_events else " in the store"
                raise NotFoundError(f"nothing named {name!r}{where}")
            seeds.update(hits)
        keep = neighbourhood(g.subgraph(keep), seeds, f.depth)
    return g.subgraph(keep)
