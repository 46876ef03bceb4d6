"""Comparing RDF data the way the tests need: quads per graph, blank nodes canonicalised."""

from __future__ import annotations

import warnings

import rdflib
from rdflib.compare import to_canonical_graph

from tests.store.conftest import ISSUE_A, ISSUE_B, NT_A, NT_A2, NT_B

INPUT = {ISSUE_A: NT_A + NT_A2, ISSUE_B: NT_B}


def _canonical(triples) -> frozenset:
    graph = rdflib.Graph()
    for t in triples:
        graph.add(t)
    return frozenset(to_canonical_graph(graph))


def quads_of(dataset: rdflib.Dataset) -> dict[str, frozenset]:
    """{graph IRI: canonical triples} for every non-empty graph."""
    return {str(g.identifier): _canonical(g) for g in dataset.graphs() if len(g)}


def expected_quads(graphs: dict[str, str] = INPUT) -> dict[str, frozenset]:
    out = {}
    for name, nt in graphs.items():
        graph = rdflib.Graph()
        graph.parse(data=nt, format="nt")
        out[name] = _canonical(graph)
    return out


def expected_triples(graphs: dict[str, str] = INPUT) -> frozenset:
    graph = rdflib.Graph()
    for nt in graphs.values():
        graph.parse(data=nt, format="nt")  # each parse gets fresh blank nodes, as the store does
    return _canonical(graph)


def parse_export(data: bytes, fmt: str):
    """Quads per graph for dataset formats; canonical triples for turtle."""
    if fmt == "turtle":
        graph = rdflib.Graph()
        graph.parse(data=data.decode("utf-8"), format="turtle")
        return _canonical(graph)
    dataset = rdflib.Dataset()
    with warnings.catch_warnings():  # rdflib's JSON-LD parser uses its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(data=data.decode("utf-8"), format={"trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}[fmt])
    return quads_of(dataset)
