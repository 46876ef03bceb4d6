"""kg validate: the sample conforms; a broken event is named in the report."""

from __future__ import annotations

from tests.conftest import ISSUE_GRAPH, SAMPLE, one_line_error

BROKEN = f"""
PREFIX ce: <https://w3id.org/community-kg/ontology#>
PREFIX schema: <https://schema.org/>
INSERT DATA {{ GRAPH <{ISSUE_GRAPH}> {{
  <https://w3id.org/community-kg/id/event/broken> a ce:Meeting ;
      schema:startDate "sometime" .
}} }}
"""


def test_sample_conforms(kg):
    result = kg.ok("validate")
    assert result.stdout.startswith("ok: the store conforms")
    assert result.stderr == ""


def test_broken_event_fails(kg):
    kg.ok("query", "--update", BROKEN)
    result = kg("validate")
    assert result.exit_code == 1
    assert "violation" in one_line_error(result)
    report = [line for line in result.stdout.splitlines() if "id:event/broken" in line]
    text = "\n".join(report)
    assert "schema:name" in text                        # no name
    assert "schema:subjectOf" in text                   # no article
    assert "ce:evidence" in text                        # no evidence sentence
    assert "schema:startDate" in text                   # not an xsd:date


def test_events_without_labels_are_reported_and_the_next_add_mends_them(kg):
    kg.ok("query", "--update", "PREFIX ce: <https://w3id.org/community-kg/ontology#>\n"
                               "DELETE WHERE { GRAPH ?g { ?e ce:dateLabel ?label } }")
    result = kg("validate")
    assert result.exit_code == 1
    assert "ce:dateLabel" in result.stdout and "next kg add" in result.stdout
    kg.ok("add", str(SAMPLE))   # unchanged page: the labels come back all the same
    assert kg.ok("validate").stdout.startswith("ok: the store conforms")
