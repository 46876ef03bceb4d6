"""A store in tmp_path holding the two hand-written issues of sample.py."""

from __future__ import annotations

import pytest

from kg.model.rdf import issue_graph
from tests.views import sample

try:
    from kg.store import open_store
except ImportError:  # kg.store is being written
    from tests.views._shim_store import open_store


def fill_store(location, issues) -> None:
    with open_store(location) as store:
        for issue in issues:
            iri, graph = issue_graph(issue)
            store.replace_graph(iri, graph.serialize(format="nt"))


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    location = tmp_path_factory.mktemp("views") / "store"
    fill_store(location, sample.issues())
    return location


@pytest.fixture
def store(sample_store):
    with open_store(sample_store, read_only=True) as s:
        yield s


@pytest.fixture
def graph(store):
    from kg.views.graphdata import load_graph

    return load_graph(store)
