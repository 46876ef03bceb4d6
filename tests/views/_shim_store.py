"""TEMPORARY stand-in for kg.store while it is being written (deleted once kg.store exists)."""
from contextlib import contextmanager
from dataclasses import dataclass
import pyoxigraph as ox


@dataclass
class Term:
    kind: str
    value: str
    lang: str | None = None
    datatype: str | None = None


@dataclass
class QueryResult:
    kind: str
    variables: list
    rows: list


def _term(t):
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return Term("iri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    return Term("literal", t.value, t.language, t.datatype.value if t.datatype else None)


class Store:
    def __init__(self, path):
        self.ox = ox.Store(str(path))

    def query(self, sparql):
        res = self.ox.query(sparql, use_default_graph_as_union=True)
        variables = [v.value for v in res.variables]
        return QueryResult("select", variables, [[_term(s[v]) for v in variables] for s in res])

    def replace_graph(self, graph_iri, ntriples):
        g = ox.NamedNode(graph_iri)
        self.ox.remove_graph(g) if self.ox.contains_named_graph(g) else None
        self.ox.load(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=g)
        self.ox.flush()


@contextmanager
def open_store(location=None, *, read_only=False):
    s = Store(location)
    try:
        yield s
    finally:
        del s
