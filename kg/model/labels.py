"""ce:dateLabel and ce:typeLabel for the events of stores written before kg kept them.

Each event carries its date and its classes twice: as the contract's facts (schema:startDate,
ce:earliestDate …, rdf:type) and as one text each (ce:dateLabel, ce:typeLabel; see
ontology/ce.ttl). A listing of thousands of events then reads two values per event instead of
joining four date facts and grouping the classes, which is what keeps
data/queries/events_in_subdistrict.rq interactive for a 街道 with years of events
(BENCHMARKS.md). kg.model.rdf writes the labels with every issue; this module adds them to the
events of an older store, with the same Python functions, so that there is one rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

from kg.model.rdf import date_label, type_label
from kg.model.vocab import CE
from kg.records import DateSpec

CE_NS = str(CE._NS)

# True once any event has its labels. kg labels a whole store in one transaction before it first
# writes to it, so a store has labels on every event or on none; asking for one label is instant,
# where looking for an event without one reads every event (0.5 s at 3,000 issues, on each kg add).
LABELLED_ASK = "ASK { GRAPH ?g { ?e ce:dateLabel ?label } }"

UNLABELLED_SELECT = """SELECT ?g ?e ?class ?start ?end ?earliest ?latest ?published WHERE { GRAPH ?g {
  ?e ce:evidence ?sentence ; schema:subjectOf ?article ; a ?class .
  FILTER NOT EXISTS { ?e ce:dateLabel ?label }
  ?article schema:isPartOf ?issue . ?issue schema:datePublished ?published .
  OPTIONAL { ?e schema:startDate ?start }
  OPTIONAL { ?e schema:endDate ?end }
  OPTIONAL { ?e ce:earliestDate ?earliest }
  OPTIONAL { ?e ce:latestDate ?latest }
} }"""


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_updates(rows: Iterable[dict[str, str | None]], per_update: int = 1_000_000) -> Iterator[str]:
    """INSERT DATA updates adding both labels to each event of UNLABELLED_SELECT's rows (one, by default)."""
    events: dict[tuple[str, str], dict] = {}
    types: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        key = (r["g"], r["e"])
        events.setdefault(key, r)
        if r["class"] and r["class"].startswith(CE_NS):
            types[key].add(r["class"][len(CE_NS):])
    keys = list(events)
    for i in range(0, len(keys), per_update):
        lines = []
        for g, e in keys[i:i + per_update]:
            r = events[(g, e)]
            spec = DateSpec(start=_day(r["start"]), end=_day(r["end"]),
                            earliest=_day(r["earliest"]), latest=_day(r["latest"]))
            labels = (f"<{CE.dateLabel}> {_literal(date_label(spec, _day(r['published'])))} ; "
                      f"<{CE.typeLabel}> {_literal(type_label(sorted(types[(g, e)])))}")
            lines.append(f"GRAPH <{g}> {{ <{e}> {labels} }}")
        yield "INSERT DATA {\n" + "\n".join(lines) + "\n}"
