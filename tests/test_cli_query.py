"""kg query: output formats, the example queries, read-only by default, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import QUERIES, SAMPLE_KEY, one_line_error

SCHEMA = "https://schema.org/"
EVENTS = "SELECT ?e ?name WHERE { ?e <https://schema.org/subjectOf> ?a ; <https://schema.org/name> ?name }"


def test_table_csv_json_agree(kg):
    table = kg.ok("query", EVENTS).stdout.splitlines()
    rows = list(csv.reader(io.StringIO(kg.ok("query", "--format", "csv", EVENTS).stdout)))
    data = json.loads(kg.ok("query", "--format", "json", EVENTS).stdout)
    n = len(data["results"]["bindings"])
    assert n >= 3
    assert data["head"]["vars"] == ["e", "name"] and rows[0] == ["e", "name"]
    assert len(rows) == n + 1
    assert table[0].split() == ["e", "name"] and table[-1] == f"({n} rows)"
    binding = data["results"]["bindings"][0]
    assert binding["e"]["type"] == "uri"
    assert binding["name"] == {"type": "literal", "value": binding["name"]["value"], "xml:lang": "zh"}
    # csv keeps full IRIs; the table shortens them
    assert rows[1][0].startswith("https://w3id.org/community-kg/id/event/")
    assert "id:event/" in table[2]


def test_ask_and_construct(kg):
    assert kg.ok("query", "ASK { ?s ?p ?o }").stdout.strip() == "true"
    assert json.loads(kg.ok("query", "--format", "json", "ASK { ?s ?p ?o }").stdout)["boolean"] is True
    out = kg.ok("query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://schema.org/PublicationIssue> ; ?p ?o }")
    assert "<https://schema.org/PublicationIssue>" in out.stdout


@pytest.mark.parametrize("path", QUERIES, ids=[p.name for p in QUERIES])
def test_example_queries_run(kg, path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), "each example query starts with a comment block"
    result = kg.ok("query", "-f", path, "--format", "json")
    json.loads(result.stdout)


def test_example_query_names():
    names = {p.name for p in QUERIES}
    assert {"events_by_type_and_month.rq", "events_in_subdistrict.rq", "co_organizers.rq",
            "place_everything.rq", "events_with_places_and_dates.rq",
            "events_per_subdistrict_and_month.rq"} <= names


def test_events_query_prints_events_with_places_and_dates(kg):
    result = kg.ok("query", "-f", "data/queries/events_with_places_and_dates.rq", "--format", "json")
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]
    assert len(rows) >= 3
    assert all(r["issue"] == SAMPLE_KEY and r["event"] and r["date"] for r in rows)
    assert all(r["date"][:4] == "2024" or r["date"].startswith("..2024") for r in rows)
    with_places = [r for r in rows if r.get("places")]
    assert len(with_places) >= 2
    table = kg.ok("query", "-f", "data/queries/events_with_places_and_dates.rq").stdout
    assert with_places[0]["places"].split("、")[0] in table


def test_update_refused_and_store_unchanged(kg):
    before = kg.quads()
    for update in ("DELETE WHERE {?s ?p ?o}",
                   "# a comment\nPREFIX s: <https://schema.org/>\nBASE <http://x/>\n delete where { ?s ?p ?o }",
                   "PREFIX : <http://x/> DROP ALL",
                   "WITH <http://x/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"):
        result = kg("query", update)
        assert result.exit_code == 1
        assert one_line_error(result) == (
            "kg: error: this is a SPARQL update; kg query is read-only: add --update to run it")
    assert kg.quads() == before > 0


def test_update_allowed_with_flag(kg):
    result = kg.ok("query", "--update", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert "update done" in result.stdout
    assert kg.quads() == 0


def test_syntax_error_is_one_line(kg):
    result = kg("query", "SELECT ?x WHERE { ?x ?y")
    assert result.exit_code == 1
    one_line_error(result)


def test_query_needs_exactly_one_source(kg):
    assert kg("query").exit_code == 2
    assert kg("query", "-f", QUERIES[0], "SELECT * {}").exit_code == 2
    assert kg("query", "-f", "no/such/file.rq").exit_code == 2


def test_csv_defuses_formulas(kg):
    sparql = 'SELECT ?a ?b ?c WHERE { BIND("=1+2" AS ?a) BIND("@SUM(A1)" AS ?b) BIND("平城区" AS ?c) }'
    rows = list(csv.reader(io.StringIO(kg.ok("query", "--format", "csv", sparql).stdout)))
    assert rows[1] == ["'=1+2", "'@SUM(A1)", "平城区"]


def test_table_pads_cjk_and_strips_controls(kg):
    sparql = ('SELECT ?name ?n WHERE { VALUES (?name ?n) { ("平城区" "1") ("ab\\u0007c\\nd" "2") } }')
    lines = kg.ok("query", sparql).stdout.splitlines()
    assert lines[2] == "平城区  1"
    assert lines[3] == "abc d   2"


def test_timeout_option(kg):
    assert kg.ok("query", "--timeout", "30", "ASK { ?s ?p ?o }").stdout.strip() == "true"
    assert kg("query", "--timeout", "0", "ASK {}").exit_code == 2


def rows_of(kg, path: str) -> list[dict[str, str]]:
    result = kg.ok("query", "-f", path, "--format", "json")
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]


def test_events_in_subdistrict_reads_places_at_any_depth(kg):
    rows = rows_of(kg, "data/queries/events_in_subdistrict.rq")
    # counted by hand in the sample: the series of 迎宾街道 and five events in five of its 社区, one of them
    # also at the 社区's own 活动室 (a venue inside the 社区: two levels below the 街道)
    assert len(rows) == 7
    assert {r["place"] for r in rows} == {"迎宾街道", "振兴街社区", "万城社区", "万城社区活动室", "绿园社区",
                                          "永安里社区", "理想城社区"}


def test_events_per_subdistrict_and_month_counts_each_event_once(kg):
    counts = {(r["subdistrict"], r["month"]): int(r["events"])
              for r in rows_of(kg, "data/queries/events_per_subdistrict_and_month.rq")}
    # the seven rows of events_in_subdistrict for 迎宾街道 are six events: one is at a 社区 and at its 活动室
    listed = rows_of(kg, "data/queries/events_in_subdistrict.rq")
    assert len(listed) == 7
    assert sum(n for (name, _), n in counts.items() if name == "迎宾街道") == len({r["event"] for r in listed}) == 6
    assert {month for _, month in counts} <= {"2024-09", "2024-10"}
    assert sum(counts.values()) >= 10   # the sample's events lie in several 街道


def test_places_of_subdistrict_by_type_and_month(kg):
    rows = rows_of(kg, "data/queries/places_of_subdistrict_by_type_and_month.rq")
    assert [(r["place"], r["events"]) for r in rows] == [("振兴街社区", "1")]
    october = Path("data/queries/places_of_subdistrict_by_type_and_month.rq").read_text(encoding="utf-8")
    other_month = kg.ok("query", "--format", "json", october.replace('"2024-10"', '"2024-09"')).stdout
    assert json.loads(other_month)["results"]["bindings"] == []


def test_place_everything_of_an_elder_home(kg):
    rows = {(r["relation"], r["value"]) for r in rows_of(kg, "data/queries/place_everything.rq")}
    assert {("kind", "Venue"), ("lies in", "平城区"), ("event held here", "献爱心活动"),
            ("mentioned in", "爱满重阳节 情暖老人心")} <= rows


def test_co_organizers_counts_events_per_pair(kg):
    rows = rows_of(kg, "data/queries/co_organizers.rq")
    top = rows[0]
    assert (top["organizer1"], top["organizer2"], top["events"]) == ("平城区企业家商会", "平城区民政局", "3")
    pairs = [frozenset((r["organizer1"], r["organizer2"])) for r in rows]
    assert len(pairs) == len(set(pairs))            # each pair once, in one order


@pytest.mark.parametrize("path", QUERIES, ids=[p.name for p in QUERIES])
def test_example_queries_answer_the_same_in_rdflib(kg, path):
    """The examples are standard SPARQL: rdflib, over the export, gives the same rows as the store."""
    import rdflib

    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=kg.ok("export", "--format", "nquads").stdout_bytes, format="nquads")
    text = path.read_text(encoding="utf-8")

    def normal(rows):   # the order of items inside a concatenated list is not defined
        return sorted(tuple("|".join(sorted(v.replace("、", ", ").split(", "))) for v in row) for row in rows)

    in_rdflib = [tuple("" if x is None else str(x) for x in row) for row in dataset.query(text)]
    stored = [{k: v["value"] for k, v in b.items()}
              for b in json.loads(kg.ok("query", "-f", path, "--format", "json").stdout)["results"]["bindings"]]
    variables = [str(v) for v in dataset.query(text).vars]
    assert in_rdflib and normal(in_rdflib) == normal([tuple(r.get(v, "") for v in variables) for r in stored])
