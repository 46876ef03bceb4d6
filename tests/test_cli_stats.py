"""kg stats: counts of the sample issue."""

from __future__ import annotations


def parse(text: str) -> dict[str, int]:
    out = {}
    for line in text.splitlines():
        name, n = line.rsplit(None, 1)
        out[name.strip() if not line.startswith("  ") else "  " + name.strip()] = int(n)
    return out


def test_stats_of_the_sample(kg):
    counts = parse(kg.ok("stats").stdout)
    assert counts["issues"] == 1
    assert counts["articles"] >= 3
    assert counts["events"] >= 3
    assert counts["places"] >= 3 and counts["organizations"] >= 1
    assert counts["quads"] == kg.quads()
    types = {k.strip(): v for k, v in counts.items() if k.startswith("  ")}
    assert "Exhibition" in types and "ElderCareVisit" in types


def test_stats_of_an_emptied_store(kg):
    kg.ok("remove", "2024-10-18")
    counts = parse(kg.ok("stats").stdout)
    assert counts["issues"] == counts["events"] == counts["quads"] == 0
