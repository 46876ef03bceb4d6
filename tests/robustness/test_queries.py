"""kg query on the sample store: updates refused in every spelling, syntax errors with their
position and a hint, --timeout stopping a query that would run for hours (tests/test_cli_query.py
has the basic cases)."""

from __future__ import annotations

import time

import pytest

from tests.robustness.conftest import assert_one_line_error, nquads, run_kg

REFUSED = "kg: error: this is a SPARQL update; kg query is read-only: add --update to run it"
# Every pair of triples of the store, four times over: about 10^12 rows for the sample's ~1200 quads.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.mark.parametrize("update", [
    "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
    "LOAD <http://127.0.0.1:9/none.ttl>",
    "# SELECT * WHERE { ?s ?p ?o }\nCLEAR ALL",
    "PREFIX:<http://x/> DROP ALL",
    "BASE<http://x/>PREFIX s:<http://s/>CLEAR DEFAULT",
    "create graph <urn:g>",
    "ADD DEFAULT TO <urn:g>",
    "MOVE <https://w3id.org/community-kg/id/issue/2024-10-18> TO <urn:g>",
])
def test_updates_are_refused_in_every_spelling(kg, update):
    before = nquads(kg.store)
    result = kg("query", update)
    assert result.exit_code == 1
    assert assert_one_line_error(result.stderr) == REFUSED
    assert nquads(kg.store) == before


def test_an_update_glued_to_a_query_never_runs(kg):
    before = nquads(kg.store)
    result = kg("query", "SELECT * WHERE { ?s ?p ?o } ; DROP ALL")
    assert result.exit_code == 1
    assert "SPARQL syntax error at line 1, column" in assert_one_line_error(result.stderr)
    assert nquads(kg.store) == before


@pytest.mark.parametrize("sparql, where, hint", [
    ("SELECT ?x WHERE { ?x ?y", "line 1, column 24", "fix the query at that position"),
    ("SELECT ?x\nWHERE {\n  ?x <urn:a> ?n FILTR(?n) }", "line 3, column 25", "fix the query at that position"),
    ("SELECT ?x\nWHERE {\n  ?x schema:name ?n }", "line 3, column 17",
     "undeclared prefix; declare it first, e.g. PREFIX schema: <https://schema.org/>"),
])
def test_a_syntax_error_shows_the_position_and_a_hint(kg, sparql, where, hint):
    result = kg("query", sparql)
    assert result.exit_code == 1
    line = assert_one_line_error(result.stderr)
    assert line.startswith(f"kg: error: SPARQL syntax error at {where}: ") and line.endswith(hint), line


def test_timeout_stops_a_query_that_would_run_for_hours(kg):
    """The real kg: the error comes after the timeout and the process ends at once, though the
    query thread it abandoned was still running."""
    started = time.monotonic()
    done = run_kg("--store", kg.store, "query", "--timeout", "1", SLOW, timeout=60)
    elapsed = time.monotonic() - started
    assert done.returncode == 1
    assert assert_one_line_error(done.stderr) == "kg: error: query took longer than 1 s; narrow it or raise --timeout"
    assert 1 <= elapsed < 10, elapsed
    assert kg.ok("query", "ASK { ?s ?p ?o }").stdout.strip() == "true"   # the store is free again
