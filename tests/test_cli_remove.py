"""kg remove: drops one issue's graph completely; unknown issues are an error."""

from __future__ import annotations

from tests.conftest import ISSUE_GRAPH, SAMPLE_KEY, one_line_error


def test_remove_leaves_no_quads_of_the_issue(kg):
    assert kg.quads(ISSUE_GRAPH) > 0
    result = kg.ok("remove", SAMPLE_KEY)
    assert result.stdout.startswith(f"removed issue {SAMPLE_KEY}")
    assert kg.quads(ISSUE_GRAPH) == 0
    assert kg.quads() == 0
    assert kg.ok("issues").stdout == ""


def test_remove_unknown_issue(kg):
    before = kg.quads()
    for key in ("2024-10-19", "not-an-issue"):
        result = kg("remove", key)
        assert result.exit_code == 1
        assert "kg issues" in one_line_error(result)
    assert kg.quads() == before


def test_remove_twice(kg):
    kg.ok("remove", SAMPLE_KEY)
    assert kg("remove", SAMPLE_KEY).exit_code == 1
