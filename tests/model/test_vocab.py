"""The ontology is the single source of terms: code, queries and shapes use only what it defines."""

import re
from pathlib import Path

from rdflib import OWL, RDF, Graph

from kg import ONTOLOGY_DIR, PROJECT_ROOT
from kg.model.vocab import CE, SCHEMA
from kg.extract.lexicon import read_triggers

CE_NS = str(CE._NS)
SCHEMA_NS = str(SCHEMA._NS)


def ontology() -> Graph:
    g = Graph()
    for path in ONTOLOGY_DIR.glob("*.ttl"):
        if path.name != "shapes.ttl":
            g.parse(path)
    return g


def declared(ns: str) -> set[str]:
    g = ontology()
    return {str(s)[len(ns):] for s in g.subjects(RDF.type, None) if str(s).startswith(ns)}


def test_namespace_classes_equal_the_ontology_terms():
    assert set(CE.__annotations__) == declared(CE_NS)
    assert set(SCHEMA.__annotations__) == declared(SCHEMA_NS)


def test_every_term_has_labels_in_chinese_and_english_and_a_comment():
    g = ontology()
    from rdflib import RDFS
    for name in declared(CE_NS) | {f"schema:{n}" for n in declared(SCHEMA_NS)}:
        iri = CE[name] if not name.startswith("schema:") else SCHEMA[name[7:]]
        langs = {lit.language for lit in g.objects(iri, RDFS.label)}
        assert {"zh", "en"} <= langs, name
        assert list(g.objects(iri, RDFS.comment)), name


def test_event_classes_are_community_events_and_schema_events():
    g = ontology()
    from rdflib import RDFS
    assert (CE.CommunityEvent, RDFS.subClassOf, SCHEMA.Event) in g
    for name in read_triggers(ONTOLOGY_DIR / "event-types.ttl"):
        assert (CE[name], RDFS.subClassOf, CE.CommunityEvent) in g, name


def test_undefined_term_fails():
    import pytest
    with pytest.raises(AttributeError):
        CE.evidnce  # noqa: B018


_USE = re.compile(r"\b(?:CE|SCHEMA)\.([A-Za-z_]+)|\b(ce|schema):([A-Za-z][A-Za-z0-9_]*)")


def test_code_and_queries_use_only_defined_terms():
    ce_terms, schema_terms = declared(CE_NS), declared(SCHEMA_NS)
    files = [p for p in (PROJECT_ROOT / "kg").rglob("*.py")] + list((PROJECT_ROOT / "data").rglob("*.rq")) \
        + [ONTOLOGY_DIR / "shapes.ttl"]
    unknown = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for m in _USE.finditer(text):
            if m.group(1):
                prefix = "CE" if m.group(0).startswith("CE") else "SCHEMA"
                term = m.group(1)
                if term.startswith("_"):
                    continue
                ok = term in (ce_terms if prefix == "CE" else schema_terms)
            else:
                prefix, term = m.group(2), m.group(3)
                ok = term in (ce_terms if prefix == "ce" else schema_terms) or term in ("org",)
            if not ok:
                unknown.append(f"{path.relative_to(PROJECT_ROOT)}: {prefix}:{term}")
    assert not unknown, unknown


def test_pattern_reader_of_triggers_agrees_with_rdflib():
    g = ontology()
    ours = read_triggers(ONTOLOGY_DIR / "event-types.ttl")
    for name, words in ours.items():
        theirs = {str(o) for o in g.objects(CE[name], CE.triggerWord)}
        assert set(words) == theirs, name
    assert len(ours) == 13
