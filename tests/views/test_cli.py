"""The commands view, analyze and report through click, with the store contract of kg/views/cli.py."""

from __future__ import annotations

import csv
import io
import json

from kg.errors import KgError, NotFoundError
from tests.views import sample


def ok(result):
    assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    return result


def test_view_writes_the_page(kgv, tmp_path):
    out = tmp_path / "view.html"
    result = ok(kgv("view", "-o", out))
    assert result.stderr.strip() == f"wrote {out}: 30 nodes, 48 edges"
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "vis.Network" in html


def test_view_to_stdout_is_utf8(kgv):
    result = ok(kgv("view", "-o", "-", "--type", "会议"))
    assert result.stdout_bytes.startswith(b"<!DOCTYPE html>")
    assert "养老工作推进会".encode("utf-8") in result.stdout_bytes


def test_view_filters(kgv, tmp_path):
    out = tmp_path / "v.html"
    assert ok(kgv("view", "-o", out, "--place", "永泰街道")).stderr.strip().endswith("20 nodes, 26 edges")
    assert ok(kgv("view", "-o", out, "--around", "张三", "--depth", "1")).stderr.strip().endswith("2 nodes, 1 edges")
    assert ok(kgv("view", "-o", out, "--issue", "2024-11-08")).stderr.strip().endswith("11 nodes, 13 edges")
    assert ok(kgv("view", "-o", out, "--type", "ElderCareVisit,Meeting", "--from", "2024-11-01",
                  "--lang", "en")).stderr.strip().endswith("10 nodes, 12 edges")


def test_view_open(kgv, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    out = tmp_path / "v.html"
    ok(kgv("view", "-o", out, "--open"))
    assert opened == [out.resolve().as_uri()]


def test_too_large_is_one_line_with_a_suggestion(kgv, tmp_path):
    result = kgv("view", "-o", tmp_path / "v.html", "--max-nodes", "5")
    assert result.exit_code == 1 and isinstance(result.exception, KgError)
    message = str(result.exception)
    assert "\n" not in message and "30 nodes" in message and "--around" in message
    assert not (tmp_path / "v.html").exists()


def test_view_errors(kgv, tmp_path):
    out = tmp_path / "v.html"
    assert isinstance(kgv("view", "-o", out, "--place", "火星").exception, NotFoundError)
    assert isinstance(kgv("view", "-o", out, "--issue", "1999-01-01").exception, NotFoundError)
    assert isinstance(kgv("view", "-o", out, "--from", "2030-01-01").exception, NotFoundError)
    for bad in (["--type", "Picnic"], ["--from", "2024-10-10", "--to", "2024-10-01"], ["--from", "yesterday"]):
        result = kgv("view", "-o", out, *bad)
        assert result.exit_code == 2, (bad, result.stderr)


def test_analyze_summary_json(kgv):
    data = json.loads(ok(kgv("analyze", "--format", "json")).stdout)
    assert list(data) == ["organizations", "places", "coorganizers", "communities", "eldercare"]
    assert data["organizations"][0] == {"organization": sample.O1, "organized": 4, "attended": 0, "events": 4}
    assert len(data["coorganizers"]) == 7 and len(data["communities"]) == 2


def test_analyze_subcommands(kgv):
    orgs = json.loads(ok(kgv("analyze", "orgs", "--format", "json", "--limit", "3")).stdout)
    assert [r["organization"] for r in orgs] == [sample.O1, sample.K, sample.O3]
    # options of the group apply to the subcommand
    assert json.loads(ok(kgv("analyze", "--format", "json", "--limit", "3", "orgs")).stdout) == orgs
    rows = list(csv.reader(io.StringIO(ok(kgv("analyze", "eldercare", "--roll-up", "Subdistrict",
                                               "--format", "csv")).stdout)))
    assert rows == [["month", "rank", "place", "kind", "events"], ["2024-09", "1", "永泰街道", "Subdistrict", "1"],
                    ["2024-10", "1", "北街街道", "Subdistrict", "2"], ["2024-10", "2", "永泰街道", "Subdistrict", "1"],
                    ["2024-11", "1", "永泰街道", "Subdistrict", "1"]]
    places = json.loads(ok(kgv("analyze", "places", "--kind", "Subdistrict", "--format", "json")).stdout)
    assert [(p["place"], p["events"], p["within"]) for p in places] == [("永泰街道", 1, 5), ("北街街道", 0, 2)]
    nov = json.loads(ok(kgv("analyze", "coorg", "--from", "2024-11-01", "--format", "json")).stdout)
    assert [r["events"] for r in nov] == [1, 1]


def test_analyze_table_and_path(kgv):
    table = ok(kgv("analyze", "coorg")).stdout
    assert table.splitlines()[0] == "Co-organizers (events organized together)"
    path = ok(kgv("analyze", "path", "张三", sample.O1)).stdout
    assert "走访慰问高龄老人" in path and "2 steps" in path
    assert isinstance(kgv("analyze", "path", "张三", "nobody").exception, NotFoundError)
    assert kgv("analyze", "--format", "csv").exit_code == 2


def test_analyze_html(kgv, tmp_path):
    for args in (["coorg"], ["communities"], ["orgs"], ["eldercare"], ["path", "张三", sample.O1], []):
        out = tmp_path / f"{'-'.join(args) or 'all'}.html"
        ok(kgv("analyze", *args, "--html", out))
        html = out.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>") and "&amp;amp;" not in html
        assert sample.O5 not in html  # names are escaped or inside the JSON data
    assert "vis.Network" in (tmp_path / "coorg.html").read_text(encoding="utf-8")
    assert "<svg" in (tmp_path / "orgs.html").read_text(encoding="utf-8")


def test_report_command(kgv, tmp_path):
    out = tmp_path / "r.html"
    result = ok(kgv("report", "--issue", "2024-10-18", "-o", out))
    assert result.stderr.strip() == f"wrote {out}"
    assert "7 项活动" in out.read_text(encoding="utf-8")
    assert isinstance(kgv("report", "--issue", "nope", "-o", out).exception, NotFoundError)


# ------------------------------------------------------------------ through `kg` on the real sample issue
def test_kg_commands_on_the_sample(kg, tmp_path):
    """The commands as kg/cli.py adds them, on data/samples/2024-10-18.txt as `kg add` reads it."""
    from tests.conftest import one_line_error

    out = tmp_path / "view.html"
    assert kg.ok("view", "-o", out, "--lang", "en").stderr.startswith(f"wrote {out}: ")
    assert "vis.Network" in out.read_text(encoding="utf-8")
    data = json.loads(kg.ok("analyze", "--format", "json").stdout)
    assert data["organizations"] and data["places"]
    kg.ok("report", "--issue", "2024-10-18", "-o", tmp_path / "report.html")
    assert "kg: error: no place named '火星'" in one_line_error(kg("view", "--place", "火星", "-o", out))
    too_big = kg("view", "--max-nodes", "3", "-o", out)
    assert too_big.exit_code == 1 and "--around" in one_line_error(too_big)
