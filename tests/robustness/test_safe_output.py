"""Safe output, end to end: text that came from a page (or was put in the store) is escaped for
each medium it reaches. tests/views/ checks the renderers with hand-made records (and runs the
view in Chromium); tests/test_cli_query.py checks `=`/`@` and BEL in `kg query`. Here: a real page
with markup in it through `kg add`, the other formula starts, escape sequences, and the commands
not covered there (`kg analyze`, `kg issues`, `kg stats`)."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest

from tests.conftest import SAMPLE, invoke
from tests.robustness.conftest import assert_one_line_error

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
CONTROLS = "\x1b[2J\x1b]0;pwned\x07\x9b31m\u202e\b\x00"
EVIL_ORG = "=HYPERLINK(\"http://x\")" + CONTROLS + "志愿队"


def _controls_in(text: str) -> list[str]:
    return [c for c in "\x1b\x07\x9b\u202e\b\x00" if c in text]


@pytest.fixture(scope="module")
def injected(tmp_path_factory):
    """A store holding the sample page with markup in a headline, a byline and a body."""
    folder = tmp_path_factory.mktemp("inject")
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace("家政进社区 服务零距离", f"{SCRIPT}家政进社区", 1)
    text = text.replace("文化引领强阵地 厚植文明育新风", '=HYPERLINK("http://x","文明")引领强阵地', 1)
    text = text.replace("为提高社区居民生活质量", f"为提高{IMG}社区居民生活质量", 1)
    page = folder / "2024-10-18.txt"
    page.write_text(text, encoding="utf-8")
    store = folder / "store"
    result = invoke("--store", store, "add", page)
    assert result.exit_code == 0, result.stderr
    return store


def _headlines(store) -> list[str]:
    result = invoke("--store", store, "query", "--format", "json",
                    "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h }")
    return [b["h"]["value"] for b in json.loads(result.stdout)["results"]["bindings"]]


def test_the_markup_is_in_the_store_as_text(injected):
    headlines = _headlines(injected)
    assert f"{SCRIPT}家政进社区" in headlines
    assert '=HYPERLINK("http://x","文明")引领强阵地' in headlines


@pytest.mark.parametrize("command, shows_it", [(["view", "-o"], True), (["report", "-o"], True),
                                               (["analyze", "--html"], False)])
def test_html_outputs_carry_no_live_markup(injected, tmp_path, command, shows_it):
    out = tmp_path / "page.html"
    result = invoke("--store", injected, *command, out)
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert SCRIPT not in html and "<img" not in html and "onerror=\"alert" not in html
    if shows_it:   # the headline and the evidence sentence are on the page, as text
        assert "alert(1)" in html and ("&lt;img" in html or "\\u003cimg" in html)
    # the only scripts are the page's own: as many as for the clean sample
    clean_store = tmp_path / "clean"
    assert invoke("--store", clean_store, "add", SAMPLE).exit_code == 0
    clean_out = tmp_path / "clean.html"
    assert invoke("--store", clean_store, *command, clean_out).exit_code == 0
    assert html.count("<script") == clean_out.read_text(encoding="utf-8").count("<script")


def test_the_report_shows_the_headline_as_text(injected, tmp_path):
    out = tmp_path / "report.html"
    assert invoke("--store", injected, "report", "-o", out).exit_code == 0
    assert "&lt;script&gt;alert(1)&lt;/script&gt;家政进社区" in out.read_text(encoding="utf-8")


def test_csv_of_page_text_is_formula_safe(injected):
    result = invoke("--store", injected, "query", "--format", "csv",
                    "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h } ORDER BY ?h")
    cells = [row[0] for row in csv.reader(io.StringIO(result.stdout))][1:]
    assert '\'=HYPERLINK("http://x","文明")引领强阵地' in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


@pytest.fixture
def evil(kg):
    """The sample store with an organization renamed to a formula full of control characters."""
    org = kg.select("SELECT ?o WHERE { ?e <https://schema.org/organizer> ?o . "
                    "?o a <https://schema.org/Organization> } LIMIT 1")[0]["o"]
    name = json.dumps(EVIL_ORG)   # a valid SPARQL string literal
    kg.ok("query", "--update",
          f"DELETE {{ GRAPH ?g {{ <{org}> <https://schema.org/name> ?n }} }} "
          f"INSERT {{ GRAPH ?g {{ <{org}> <https://schema.org/name> {name}@zh }} }} "
          f"WHERE {{ GRAPH ?g {{ <{org}> <https://schema.org/name> ?n }} }}")
    kg.ok("query", "--update",
          'INSERT DATA { GRAPH <urn:x> { <urn:p> a <https://schema.org/Place> ; '
          '<https://w3id.org/community-kg/ontology#placeKind> "Kind\\u001b[31m\\u202e" } }')
    return kg


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_query_csv_defuses_every_formula_start(kg, start):
    value = json.dumps(f"{start}1+2")
    result = kg.ok("query", "--format", "csv", f"SELECT ?v WHERE {{ BIND({value} AS ?v) }}")
    (cell,) = [row for row in csv.reader(io.StringIO(result.stdout))][1]
    assert cell == f"'{start}1+2"


def test_analyze_csv_is_formula_safe(evil):
    result = evil.ok("analyze", "orgs", "--format", "csv", "--limit", "100")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    names = [r[0] for r in rows[1:]]
    assert "'" + EVIL_ORG in names
    assert not any(n.startswith(("=", "+", "-", "@")) for n in names)
    assert all(r[1].isdigit() for r in rows[1:])   # counts stay numbers


def test_tables_strip_terminal_controls(evil, tmp_path):
    outputs = {
        "query": evil.ok("query", "SELECT ?n WHERE { ?o <https://schema.org/name> ?n }").stdout,
        "analyze": evil.ok("analyze", "orgs", "--limit", "100").stdout,
        "stats": evil.ok("stats").stdout,
    }
    for name, out in outputs.items():
        assert not _controls_in(out), (name, _controls_in(out))
    assert '=HYPERLINK("http://x")[2J]0;pwned31m志愿队' in outputs["query"]
    assert "Kind[31m" in outputs["stats"]


def test_a_page_file_name_with_escapes(kg_empty, tmp_path):
    page = tmp_path / "page\x1b[31m\u202e.txt"
    shutil.copyfile(SAMPLE, page)
    kg_empty.ok("add", page)
    listed = kg_empty.ok("issues").stdout
    assert "page[31m.txt" in listed and not _controls_in(listed)
    extracted = invoke("extract", page)
    assert extracted.exit_code == 0 and not _controls_in(extracted.stdout)
    missing = invoke("add", tmp_path / "gone\x1b[2J.txt")   # named in the error, as repr
    line = assert_one_line_error(missing.stderr)
    assert not _controls_in(line) and re.search(r"gone\\x1b\[2J\.txt", line)
