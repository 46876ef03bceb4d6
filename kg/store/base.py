"""What every store backend offers, plus the RDF plumbing the backends share.

Terms, query results and the export writer are built on pyoxigraph objects, so the
embedded and the remote backend answer in exactly the same shape.
"""

from __future__ import annotations

import re
import warnings
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.model.directory import CONSENSUS_UPDATE, DIRECTORY_GRAPH, RDF_TYPE, SHARED_CLASSES

PREFIXES = {
    "schema": "https://schema.org/",
    "ce": "https://w3id.org/community-kg/ontology#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
EXPORT_FORMATS = ("trig", "nquads", "turtle", "jsonld")
# Above this many quads, turtle/jsonld are streamed by pyoxigraph instead of pretty-printed by rdflib.
RDFLIB_EXPORT_LIMIT = 200_000
# Graph swaps are grouped into SPARQL updates of about this many quads (one transaction each).
QUADS_PER_TRANSACTION = 50_000

_DIRECTORY = f"<{DIRECTORY_GRAPH}>"
_RDF_TYPE = ox.NamedNode(RDF_TYPE)
_SHARED_CLASSES = {ox.NamedNode(c) for c in SHARED_CLASSES}
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_PROLOGUE = re.compile(r"\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    kind: str  # "uri" | "literal" | "bnode"
    value: str
    lang: str | None = None
    datatype: str | None = None  # full IRI; None for language-tagged literals


@dataclass
class QueryResult:
    kind: str  # "select" | "ask" | "graph"
    variables: list[str]
    rows: list[list[Term | None]]
    boolean: bool | None = None
    ntriples: str = ""


class Store(ABC):
    """A dataset of named graphs, one per newspaper issue. Use as a context manager."""

    location: str
    read_only: bool = False

    @abstractmethod
    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Atomically make `graph` hold exactly these triples (empty text drops it)."""

    @abstractmethod
    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """replace_graph for several graphs, in as few transactions as the backend allows."""

    @abstractmethod
    def drop_graph(self, graph: str) -> bool:
        """Remove a named graph; False when it was not there."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""

    @abstractmethod
    def query(self, sparql: str, *, timeout: float | None = None) -> QueryResult:
        """Run SELECT/ASK/CONSTRUCT/DESCRIBE; the default graph is the union of all graphs.

        With Oxigraph 0.5 (embedded or server) that union is a bag, not an RDF merge: a triple
        held by several graphs (a place named in many issues) matches once per graph
        (oxigraph/oxigraph#1919, fixed for 0.6). Use DISTINCT / COUNT(DISTINCT ...) when it matters.
        `timeout` (seconds) is best effort; overrunning raises QueryError.
        """

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update."""

    @abstractmethod
    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write the whole store to `out` as trig, nquads, turtle (triples merged) or jsonld."""

    @abstractmethod
    def quad_count(self, graph: str | None = None) -> int:
        """Quads in one named graph, or in the whole store."""

    def compact(self) -> None:
        """Reorganize storage after a large write so that later queries read less (may do nothing)."""

    @abstractmethod
    def close(self) -> None:
        """Release the store; calling it twice is harmless."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _drop_empty_directory(self) -> None:
        """After a drop: a directory graph left empty is removed, so that an emptied store lists no graph."""
        if DIRECTORY_GRAPH in self.graphs() and not self.query(f"ASK {{ GRAPH {_DIRECTORY} {{ ?s ?p ?o }} }}").boolean:
            self.update(f"DROP SILENT GRAPH {_DIRECTORY}")

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: the store was opened read-only; open it for writing to change it")


# --- SPARQL text -----------------------------------------------------------------------------


def sparql_form(sparql: str) -> str:
    """The operation keyword after the prologue (SELECT, ASK, INSERT, ...), upper-cased; "" if unknown."""
    pos = 0
    while m := _PROLOGUE.match(sparql, pos):
        if m.end() == pos:
            break
        pos = m.end()
    word = re.match(r"[A-Za-z]+", sparql[pos:])
    return word.group(0).upper() if word else ""


def check_is_query(sparql: str) -> str:
    """Refuse updates; return the query form ("" when the parser will have to say what is wrong)."""
    form = sparql_form(sparql)
    if form in _UPDATE_FORMS:
        raise QueryError(f"this is a SPARQL update ({form}), not a query; run it explicitly as an update")
    return form if form in _QUERY_FORMS else ""


def check_is_update(sparql: str) -> None:
    form = sparql_form(sparql)
    if form in _QUERY_FORMS:
        raise QueryError(f"this is a SPARQL query ({form}), not an update; run it as a query")


def syntax_error(message: str) -> QueryError:
    """A QueryError from a parser message such as 'error at 3:11: expected ...', keeping the position."""
    text = " ".join(str(message).split())
    m = re.search(r"error at (\d+):(\d+): (.*)", text)
    if not m:
        return QueryError(f"SPARQL syntax error: {_clip(text)}; check the query")
    where = f"line {m.group(1)}, column {m.group(2)}"
    detail = m.group(3)
    if "Prefix not found" in detail:
        return QueryError(f"SPARQL syntax error at {where}: undeclared prefix; "
                          "declare it first, e.g. PREFIX schema: <https://schema.org/>")
    return QueryError(f"SPARQL syntax error at {where}: {_clip(detail)}; fix the query at that position")


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- N-Triples in, SPARQL out ----------------------------------------------------------------


def graph_node(graph: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(graph)
    except ValueError as e:
        raise StoreError(f"{graph!r} is not a valid graph IRI ({e}); name graphs with absolute IRIs") from None


def parse_ntriples(graph: str, ntriples: str) -> list[ox.Triple]:
    """Validate the N-Triples meant for `graph`; nothing is written when this fails."""
    try:
        return [q.triple for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)]
    except SyntaxError as e:
        raise StoreError(f"graph <{graph}>: invalid N-Triples ({' '.join(str(e).split())}); "
                         "the graph was left unchanged, fix the data and store it again") from None


def swap_updates(graphs: dict[str, list[ox.Triple]]) -> Iterator[str]:
    """SPARQL updates that each drop and refill whole graphs, so every graph swaps in one transaction.

    Graphs are grouped into updates of about QUADS_PER_TRANSACTION quads; a graph never spans two.
    Each update also keeps the directory graph (kg.model.directory) in step with its graphs.
    """
    batch: dict[str, list[ox.Triple]] = {}
    size = 0
    for graph, triples in graphs.items():
        batch[graph] = triples
        size += len(triples) + 1
        if size >= QUADS_PER_TRANSACTION:
            yield _swap(batch)
            batch, size = {}, 0
    if batch:
        yield _swap(batch)


def drop_update(graph: str) -> str:
    """The SPARQL update that drops one graph and what only it gave the directory."""
    return _swap({graph: []})


def _swap(batch: dict[str, list[ox.Triple]]) -> str:
    names = [str(graph_node(g)) for g in batch]
    ops = directory_release(names)
    shared: list[ox.Triple] = []
    for i, (g, triples) in enumerate(zip(names, batch.values())):
        ops.append(f"DROP SILENT GRAPH {g}")
        if triples:
            # Blank-node labels may not be shared between INSERT DATA blocks, so make them unique per graph.
            body = " .\n".join(_nt_triple(t, f"g{i}x") for t in triples)
            ops.append(f"INSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}")
            if g != _DIRECTORY:
                shared.extend(shared_triples(triples))
    if shared:
        body = " .\n".join(str(t) for t in dict.fromkeys(shared))
        ops.append(f"INSERT DATA {{ GRAPH {_DIRECTORY} {{\n{body} .\n}} }}")
    ops.append(CONSENSUS_UPDATE)
    return " ;\n".join(ops)


def shared_triples(triples: list[ox.Triple]) -> list[ox.Triple]:
    """The triples of one issue graph that the directory graph holds (see kg.model.directory)."""
    subjects = {t.subject for t in triples
                if t.predicate == _RDF_TYPE and t.object in _SHARED_CLASSES and isinstance(t.subject, ox.NamedNode)}
    return [t for t in triples if t.subject in subjects and not isinstance(t.object, ox.BlankNode)]


def directory_release(graphs: list[str]) -> list[str]:
    """Update operations, to run before `graphs` (SPARQL IRIs) change, that take out of the directory
    what only those graphs held; what they hold afterwards is inserted again by the caller."""
    others = ", ".join([_DIRECTORY, *graphs])
    return [f"DELETE {{ GRAPH {_DIRECTORY} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"GRAPH {_DIRECTORY} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other NOT IN ({others})) }} }}"
            for g in graphs if g != _DIRECTORY]


def _nt_triple(t: ox.Triple, bnode_prefix: str) -> str:
    def term(x: object) -> str:
        return f"_:{bnode_prefix}{x.value}" if isinstance(x, ox.BlankNode) else str(x)

    return f"{term(t.subject)} {t.predicate} {term(t.object)}"


# --- results ---------------------------------------------------------------------------------


def to_term(t: object) -> Term | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        datatype = t.datatype.value
        return Term("literal", t.value, t.language, None if datatype == _LANG_STRING else datatype)
    return Term("literal", str(t))  # an RDF-star quoted triple, shown as text


def to_result(answer: object) -> QueryResult:
    """A QueryResult from what pyoxigraph's query() or parse_query_results() returned."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", [], [], boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        seen: dict[object, Term | None] = {None: None}   # places, dates and types recur from row to row

        def term(t: object) -> Term | None:
            found = seen.get(t)
            if found is None and t is not None:
                found = seen[t] = to_term(t)
            return found

        rows = [[term(t) for t in sol] for sol in answer]
        return QueryResult("select", variables, rows)
    return QueryResult("graph", [], [], ntriples=ox.serialize(answer, None, ox.RdfFormat.N_TRIPLES).decode())


# --- export ----------------------------------------------------------------------------------


def check_export_format(fmt: str) -> None:
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def write_export(db: ox.Store, out: BinaryIO, fmt: str) -> None:
    """Serialize every quad of `db` (UTF-8). TriG/N-Quads stream; Turtle merges all graphs into one."""
    check_export_format(fmt)
    if fmt == "nquads":
        db.dump(out, ox.RdfFormat.N_QUADS)
    elif fmt == "trig":
        db.dump(out, ox.RdfFormat.TRIG, prefixes=PREFIXES)
    elif len(db) <= RDFLIB_EXPORT_LIMIT:
        _write_with_rdflib(db, out, fmt)
    elif fmt == "turtle":
        merged = ox.Store()  # in memory; a set of triples removes the duplicates between graphs
        merged.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in db)
        merged.dump(out, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
    else:
        db.dump(out, ox.RdfFormat.JSON_LD)  # streamed, expanded form (no @context)


def _write_with_rdflib(db: ox.Store, out: BinaryIO, fmt: str) -> None:
    with warnings.catch_warnings():  # rdflib 7's JSON-LD plugin uses its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        _rdflib_serialize(db, out, fmt)


def _rdflib_serialize(db: ox.Store, out: BinaryIO, fmt: str) -> None:
    import rdflib

    if fmt == "turtle":
        graph = rdflib.Graph()
        triples = ox.serialize((q.triple for q in db), None, ox.RdfFormat.N_TRIPLES)
        graph.parse(data=triples.decode(), format="nt")
        _bind(graph)
        text = graph.serialize(format="turtle")
        unused = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items() if f"@prefix {p}: " not in text)
        out.write((unused + text).encode("utf-8"))  # declare all five, as the streamed formats do
    else:
        dataset = rdflib.Dataset()
        dataset.parse(data=db.dump(format=ox.RdfFormat.N_QUADS).decode(), format="nquads")
        _bind(dataset)
        out.write(dataset.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True, encoding="utf-8"))


def _bind(graph: object) -> None:
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)


def quads_store(quads: Iterable[ox.Quad]) -> ox.Store:
    """An in-memory pyoxigraph store holding `quads` (used to export what a server sent)."""
    db = ox.Store()
    db.extend(quads)
    return db
