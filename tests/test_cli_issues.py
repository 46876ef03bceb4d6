"""kg issues: one line per issue with its date, source file and counts."""

from __future__ import annotations

from kg.model.directory import DIRECTORY_GRAPH
from tests.conftest import ISSUE_GRAPH, SAMPLE_KEY


def test_issues_lists_the_sample(kg):
    lines = kg.ok("issues").stdout.splitlines()
    assert lines[0].split() == ["issue", "source", "articles", "events", "triples"]
    assert len(lines) == 3
    key, source, articles, events, triples = lines[2].split()
    assert (key, source) == (SAMPLE_KEY, "2024-10-18.txt")
    assert int(articles) >= 3 and int(events) >= 3
    assert int(triples) == kg.quads(ISSUE_GRAPH)
    # the rest of the store is the directory graph, which is not an issue
    assert kg.quads() == kg.quads(ISSUE_GRAPH) + kg.quads(DIRECTORY_GRAPH)


def test_issues_of_an_emptied_store(kg):
    kg.ok("remove", SAMPLE_KEY)
    result = kg.ok("issues")
    assert result.stdout == ""
    assert "no issues" in result.stderr
