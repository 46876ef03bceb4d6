"""Labels added to an older store's events equal the labels kg writes with each issue."""

from pathlib import Path

import pytest

from kg.model.rdf import issue_graph
from kg.model.vocab import CE
from kg.pipeline import ensure_event_labels, extract_page
from kg.store.embedded import EmbeddedStore

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "samples" / "2024-10-18.txt"
LABELS = (str(CE.dateLabel), str(CE.typeLabel))


def labels_of(store) -> set[tuple[str, str, str]]:
    rows = store.query("SELECT ?e ?p ?o WHERE { GRAPH ?g { ?e ?p ?o } "
                       f"VALUES ?p {{ <{LABELS[0]}> <{LABELS[1]}> }} }}").rows
    return {(e.value, p.value, o.value) for e, p, o in rows}


@pytest.fixture(scope="module")
def sample_graph():
    return issue_graph(extract_page(SAMPLE))


def test_an_older_store_gets_the_labels_kg_writes(tmp_path, sample_graph):
    iri, graph = sample_graph
    full = graph.serialize(format="nt")
    without = "\n".join(line for line in full.splitlines() if not any(f"<{p}>" in line for p in LABELS))
    with EmbeddedStore(tmp_path / "new") as new, EmbeddedStore(tmp_path / "old") as old:
        new.replace_graph(iri, full)
        old.replace_graph(iri, without)
        assert labels_of(old) == set()
        expected = labels_of(new)
        assert len(expected) == 2 * len({e for e, _, _ in expected}) > 20
        ensure_event_labels(old)
        assert labels_of(old) == expected
        quads = old.quad_count()
        ensure_event_labels(old)   # nothing left to add: the store is unchanged
        assert old.quad_count() == quads
