"""Library functions behind the commands, and the output helpers, without the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kg import output, pipeline
from kg.errors import QueryError
from kg.records import DateSpec, Issue, Place


@pytest.mark.parametrize("sparql, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("  ask {}", "ASK"),
    ("# SELECT in a comment\nDELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("PREFIX ex: <http://ex/#x>\nPREFIX : <http://ex/>\nBASE <http://b/>\n# c\nINSERT DATA {}", "INSERT"),
    ("prefix ex:<http://ex/> construct { ?s ?p ?o } where { ?s ?p ?o }", "CONSTRUCT"),
    ("PREFIX select: <http://ex/> DROP ALL", "DROP"),
    ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
    ("LOAD <http://x>", "LOAD"),
    ("", ""),
])
def test_query_form(sparql, form):
    assert pipeline.query_form(sparql) == form


class RecordingStore:
    def __init__(self):
        self.calls = []

    def query(self, sparql, timeout=None):
        self.calls.append(("query", sparql, timeout))
        return "result"

    def update(self, sparql):
        self.calls.append(("update", sparql))

    def quad_count(self, graph=None):
        return 7


@pytest.mark.parametrize("update", ["INSERT DATA { <a:b> <a:c> <a:d> }", "CLEAR ALL", "CREATE GRAPH <a:g>",
                                    "ADD DEFAULT TO <a:g>", "MOVE <a:g> TO <a:h>", "COPY <a:g> TO <a:h>"])
def test_updates_are_refused_without_touching_the_store(update):
    store = RecordingStore()
    with pytest.raises(QueryError, match="add --update to run it"):
        pipeline.run_query(store, update)
    assert store.calls == []


def test_update_and_query_reach_the_store():
    store = RecordingStore()
    done = pipeline.run_query(store, "CLEAR ALL", allow_update=True)
    assert done == pipeline.UpdateDone(7, 7) and store.calls == [("update", "CLEAR ALL")]
    assert pipeline.run_query(store, "ASK {}", timeout=2.5) == "result"
    assert store.calls[-1] == ("query", "ASK {}", 2.5)
    with pytest.raises(QueryError):
        pipeline.run_query(store, "  \n")


def test_export_refuses_unknown_formats():
    with pytest.raises(Exception, match="unknown export format"):
        pipeline.export(RecordingStore(), None, "rdfxml")


def test_page_head_skips_blank_lines():
    assert pipeline.page_head("\n\n a\n\nb\nc\nd\ne\nf\n") == " a\nb\nc\nd\ne"


def test_issue_graph_iri_matches_the_model():
    from kg.model.iris import issue_iri

    assert pipeline.issue_graph_iri(date(2024, 10, 18)) == str(issue_iri(date(2024, 10, 18)))


# --------------------------------------------------------------------------- output


def test_display_width():
    assert output.width("平城区ab") == 8
    assert output.width("e\u0301") == 1            # combining accent
    assert output.pad("社区", 6) == "社区  "
    assert output.truncate("一二三四五", 6) == "一二…"
    assert output.truncate("abc", 6) == "abc"


def test_clean_removes_controls_and_bidi_overrides():
    assert output.clean("a\tb\nc\x1b[31md\u202eе\x00") == "a b c[31mdе"


def test_table_aligns_by_display_width():
    text = output.table(["名称", "n"], [["平城区", 1], ["x", 22]])
    assert text.splitlines() == ["名称    n", "------  --", "平城区  1", "x       22"]


@pytest.mark.parametrize("cell, safe", [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"),
                                        ("\tx", "'\tx"), ("\rx", "'\rx"), ("平城区", "平城区"), ("1-2", "1-2")])
def test_csv_safe(cell, safe):
    assert output.csv_safe(cell) == safe


def test_to_jsonable_dates_and_sets():
    issue = Issue(date(2024, 10, 18), "a.txt", "text", places={"x": Place("x", "Venue", aliases={"b", "a"})})
    data = json.loads(json.dumps(output.to_jsonable(issue)))
    assert data["date"] == "2024-10-18" and data["places"]["x"]["aliases"] == ["a", "b"]
    assert output.to_jsonable(DateSpec(earliest=date(2024, 1, 1)))["earliest"] == "2024-01-01"
