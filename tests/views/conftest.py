"""A store in tmp_path holding the two hand-written issues of sample.py."""

from __future__ import annotations

import pytest

from kg.model.rdf import issue_graph
from kg.store import open_store
from tests.views import sample


def fill_store(location, issues) -> None:
    with open_store(str(location)) as store:
        for issue in issues:
            iri, graph = issue_graph(issue)
            store.replace_graph(iri, graph.serialize(format="nt"))


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    location = str(tmp_path_factory.mktemp("views") / "store")
    fill_store(location, sample.issues())
    return location


@pytest.fixture
def store(sample_store):
    with open_store(sample_store, read_only=True) as s:
        yield s


@pytest.fixture(scope="session")
def graph(sample_store):
    """The whole sample as nodes and edges (read once; tests do not change it)."""
    from kg.views.graphdata import load_graph

    with open_store(sample_store, read_only=True) as s:
        return load_graph(s)


def make_runner(location):
    """`kg ARGS...` with only this package's commands, under the contract of kg/views/cli.py:
    ctx.obj["open_store"](read_only=True) opens the store."""
    import click
    from click.testing import CliRunner

    from kg.views.cli import analyze, report, view

    group = click.Group("kg", commands=[view, analyze, report])
    obj = {"open_store": lambda read_only=True: open_store(location, read_only=read_only)}

    def run(*args):
        return CliRunner().invoke(group, [str(a) for a in args], obj=obj)

    return run


@pytest.fixture
def kgv(sample_store):
    return make_runner(sample_store)
