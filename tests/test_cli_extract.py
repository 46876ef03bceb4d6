"""kg extract: what add would store, printed, without a store."""

from __future__ import annotations

import json

from tests.conftest import SAMPLE, invoke, one_line_error


def test_json_is_the_issue_record(tmp_path):
    result = invoke("--store", tmp_path / "never", "extract", SAMPLE, "--format", "json")
    assert result.exit_code == 0, result.stderr
    issue = json.loads(result.stdout)
    assert issue["date"] == "2024-10-18" and issue["source"] == "2024-10-18.txt"
    assert len(issue["content_hash"]) == 64
    events = [e for a in issue["articles"] for e in a["events"]]
    assert len(events) >= 3
    assert all(e["types"] and e["name"] and e["sentence"]["text"] for e in events)
    assert not (tmp_path / "never").exists()


def test_table_shows_events():
    result = invoke("extract", SAMPLE)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["date", "types", "place", "organizers", "event"]
    body = lines[2:-1]
    assert len(body) >= 3
    assert all("2024-" in line for line in body)
    assert "Exhibition" in result.stdout
    assert lines[-1].startswith(f"({len(body)} event(s) in ")


def test_date_override():
    issue = json.loads(invoke("extract", SAMPLE, "--date", "2023-05-06", "--format", "json").stdout)
    assert issue["date"] == "2023-05-06"


def test_missing_file(tmp_path):
    result = invoke("extract", tmp_path / "nope.txt")
    assert result.exit_code == 1
    assert "nope.txt" in one_line_error(result)
