"""Where the time of a slow example query goes: the query built up stage by stage, each timed.

    python benchmarks/query_profile.py STORE [--subdistrict NAME] [--runs 5]

Two queries are profiled on an existing store (e.g. one that benchmarks/run.py kept with --keep):

- events_in_subdistrict for one 街道 (default: the one with the most events);
- events_with_places_and_dates over the whole archive (its month FILTER deleted).

Each stage adds one part of the query to the previous one; the difference between two stages is
what that part costs. "counted in the store" wraps the stage in COUNT(*) so that no row leaves
Oxigraph; "rows to Python" runs it as the example does (through kg's store API) and so adds the
cost of turning each solution into Python objects. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX ce:     <https://w3id.org/community-kg/ontology#>
PREFIX dir:    <https://w3id.org/community-kg/id/graph/>
"""
LARGEST = PREFIXES + """SELECT ?n (COUNT(DISTINCT ?e) AS ?c) WHERE {
  GRAPH dir:directory { ?s a ce:Subdistrict ; schema:name ?n . ?p schema:containedInPlace* ?s }
  GRAPH ?g { ?e schema:location ?p } } GROUP BY ?n ORDER BY DESC(?c) ?n LIMIT 1"""


def subdistrict_stages(name: str) -> list[tuple[str, str]]:
    places = f"""GRAPH dir:directory {{ ?sd schema:name "{name}"@zh ; a ce:Subdistrict .
      ?p schema:containedInPlace* ?sd ; schema:name ?placeName . }}"""
    events = "GRAPH ?g { ?e schema:location ?p }"
    facts = "GRAPH ?g { ?e schema:location ?p ; schema:name ?name ; ce:dateLabel ?date ; ce:typeLabel ?types }"
    return [("the 街道 and the places in it (directory)", places),
            ("+ the events at those places (one index)", places + "\n" + events),
            ("+ each event's name, date label and type label", places + "\n" + facts)]


def listing_stages() -> list[tuple[str, str]]:
    base = """GRAPH ?g { ?paper a schema:PublicationIssue ; schema:datePublished ?published .
      ?article schema:isPartOf ?paper . ?e schema:subjectOf ?article ; schema:name ?name ;
      ce:evidence ?sentence ; ce:dateLabel ?dateLabel ; ce:typeLabel ?typeLabel ."""
    union = ("{ } UNION { ?e schema:location ?place . ?place schema:name ?placeName } "
             "UNION { ?e schema:organizer ?org . ?org schema:name ?orgName }")
    return [("every event with its issue, name, evidence and labels", base + " }"),
            ("+ one row per place and organizer of the event (the UNION)", base + f"\n {union} }}")]


# Variants of a whole example: (label, {text: replacement}); a replacement None deletes the line.
SUBDISTRICT_VARIANTS = [("the example without its ORDER BY", {"ORDER BY ?day": None}),
                        ("the example sorted by the date text instead of the day number",
                         {"ORDER BY ?day": "ORDER BY ?date"}),
                        ("the example sorted by the day, then the date text and the name",
                         {"ORDER BY ?day": "ORDER BY ?day ?date ?event"})]


def median_time(store, sparql: str, runs: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        result = store.query(sparql)
        times.append(time.perf_counter() - started)
        rows = len(result.rows) if result.kind == "select" else 0
    return statistics.median(times), rows


def edited(text: str, replace: dict[str, str | None]) -> str:
    for old, new in replace.items():
        text = "\n".join(line for line in text.splitlines() if old not in line) if new is None \
            else text.replace(old, new)
    return text


def profile(store, title: str, stages: list[tuple[str, str]], whole: Path, replace: dict[str, str | None],
            runs: int, variants: list[tuple[str, dict[str, str | None]]] = ()) -> list[str]:
    out = [f"#### {title}", "", "| stage | solutions | counted in the store | rows to Python |",
           "| --- | ---: | ---: | ---: |"]
    for label, pattern in stages:
        counted, _ = median_time(store, PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", runs)
        listed, rows = median_time(store, PREFIXES + f"SELECT * WHERE {{ {pattern} }}", runs)
        out.append(f"| {label} | {rows:,} | {counted * 1000:,.0f} ms | {listed * 1000:,.0f} ms |")
    text = edited(whole.read_text(encoding="utf-8"), replace)
    for label, change in variants:
        took, rows = median_time(store, edited(text, change), runs)
        out.append(f"| {label} | {rows:,} rows | | {took * 1000:,.0f} ms |")
    full, rows = median_time(store, text, runs)
    out.append(f"| the whole example ({whole.name}) | {rows:,} rows | | {full * 1000:,.0f} ms |")
    return out + [""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--subdistrict", default=None, help="the 街道 (default: the one with the most events)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    from kg.store import open_store

    queries = ROOT / "data" / "queries"
    with open_store(args.store, read_only=True) as store:
        name = args.subdistrict or store.query(LARGEST).rows[0][0].value
        issues = len([g for g in store.graphs() if "/issue/" in g])
        lines = [f"### Query profile: {issues:,} issues (median of {args.runs} runs)", ""]
        lines += profile(store, f"events_in_subdistrict, {name}", subdistrict_stages(name),
                         queries / "events_in_subdistrict.rq", {'"迎宾街道"': f'"{name}"'}, args.runs,
                         SUBDISTRICT_VARIANTS)
        lines += profile(store, "events_with_places_and_dates, whole archive", listing_stages(),
                         queries / "events_with_places_and_dates.rq",
                         {"FILTER(STRSTARTS(STR(?published)": None}, args.runs)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
