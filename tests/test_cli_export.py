"""kg export: every format re-parses with rdflib and holds the store's triples."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, URIRef

from kg.model.directory import DIRECTORY_GRAPH
from tests.conftest import ISSUE_GRAPH, one_line_error

RDFLIB_FORMAT = {"trig": "trig", "nquads": "nquads", "jsonld": "json-ld", "turtle": "turtle"}


def parse(data: bytes, fmt: str):
    if fmt == "turtle":
        return Graph().parse(data=data, format="turtle")
    ds = Dataset()
    ds.parse(data=data, format=RDFLIB_FORMAT[fmt])
    return ds


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "jsonld"])
def test_each_format_reparses(kg, tmp_path, fmt):
    quads = kg.quads()
    out = tmp_path / "out" / f"graph.{fmt}"
    kg.ok("export", "--format", fmt, "-o", out)
    parsed = parse(out.read_bytes(), fmt)
    if fmt == "turtle":
        assert 0 < len(parsed) <= quads
    else:
        issue, directory = parsed.graph(URIRef(ISSUE_GRAPH)), parsed.graph(URIRef(DIRECTORY_GRAPH))
        assert len(issue) == kg.quads(ISSUE_GRAPH) and len(issue) + len(directory) == quads


def test_stdout_is_the_default_and_dash(kg):
    default = kg.ok("export").stdout_bytes
    dash = kg.ok("export", "-o", "-").stdout_bytes
    assert default == dash
    assert len(parse(default, "trig").graph(URIRef(ISSUE_GRAPH))) == kg.quads(ISSUE_GRAPH)


def test_export_of_an_emptied_store(kg):
    kg.ok("remove", "2024-10-18")
    assert len(parse(kg.ok("export", "--format", "nquads").stdout_bytes, "nquads")) == 0


def test_unknown_format_is_a_usage_error(kg):
    assert kg("export", "--format", "rdfxml").exit_code == 2


def test_unwritable_output_is_one_line(kg, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = kg("export", "-o", blocker / "sub" / "graph.trig")
    assert result.exit_code == 1
    assert "cannot write" in one_line_error(result)
    assert list(tmp_path.glob("**/*.part")) == []
