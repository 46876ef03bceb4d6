"""The view page: self-contained, every text escaped exactly once, data embedded safely."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from html import unescape
import subprocess
import sys

import pytest

from kg import PROJECT_ROOT
from kg.views.graphdata import Filters, apply_filters
from kg.views.html import asset, page, render_view, script_json
from tests.views import sample

NASTY = ['</script><script>alert(1)</script>', "<!--", "a&b", "&amp;", "\u2028", "'\"", "<img src=x onerror=alert(1)>"]


@pytest.mark.parametrize("text", NASTY)
def test_script_json_cannot_leave_its_element(text):
    data = {"name": text, "list": [text]}
    out = script_json(data)
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == data


@pytest.fixture(scope="module")
def whole(graph):
    return render_view(apply_filters(graph, Filters()), graph, title="A&B <i>x</i>", subtitle="--place 幸福&家园小区")


def data_of(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_names_only_inside_the_json(whole):
    for name in (sample.O5, sample.O6):
        assert name not in whole
    assert "window.kgPwned" in whole  # as data: \u003cscript\u003ewindow.kgPwned=1...
    ours = whole.replace(asset("vendor/vis-network.min.js"), "VIS")
    assert ours.count("<script") == 3  # the JSON data, vis-network, the page's own script


def test_text_escaped_exactly_once(whole):
    assert "<h1>A&amp;B &lt;i&gt;x&lt;/i&gt;</h1>" in whole
    assert "<title>A&amp;B &lt;i&gt;x&lt;/i&gt;</title>" in whole
    assert "幸福&amp;家园小区" in whole and "&amp;amp;" not in whole
    data = data_of(whole)
    titles = {d["title"] for d in data["details"]}
    assert {sample.O4, sample.O5, sample.O6, "幸福&家园小区"} <= titles  # raw text: shown with textContent
    assert not any("&amp;" in d["title"] for d in data["details"])


def test_no_html_tooltips(whole):
    """pyvis's trap: vis-network shows a node `title` as HTML. The page never gives one."""
    data = data_of(whole)
    assert not any("title" in n for n in data["nodes"])
    assert not any("title" in e for e in data["edges"])


def test_event_details(whole):
    data = data_of(whole)
    (b,) = [d for d in data["details"] if d["title"] == "走访慰问高龄老人"]
    rows = dict(b["rows"])
    assert rows == {"类型": "敬老慰问", "日期": "2024-10-11", "地点": "西苑社区",
                    "主办方": "、".join(sorted([sample.O1, sample.O3, sample.K])), "参与者": "张三",
                    "参与人数": "30", "报道": "重阳敬老暖人心", "依据": sample.EVIDENCE_B}
    (c,) = [d for d in data["details"] if d["title"] == "敬老慰问演出"]
    assert dict(c["rows"])["日期"] == "2024-10-01 至 2024-10-18"
    (xiyuan,) = [d for d in data["details"] if d["title"] == "西苑社区"]
    assert dict(xiyuan["rows"]) == {"级别": "社区村", "上级地点": "北街街道 › 平城区 › 大同市", "活动数": "2"}
    (yongtai,) = [d for d in data["details"] if d["title"] == "永泰街道"]
    assert dict(yongtai["rows"])["活动数"] == "1 (5)"  # here, and within it


def test_nodes_sized_by_degree_and_styled_by_class(whole):
    data = data_of(whole)
    by_title = {d["title"]: n for d, n in zip(data["details"], data["nodes"])}
    assert by_title[sample.O1]["group"] == "organization" and by_title["张三"]["group"] == "person"
    assert by_title["平城区"]["size"] > by_title["张三"]["size"]
    assert set(data["options"]["groups"]) == {"event", "place", "organization", "person", "article"}
    for cls in ("活动", "地点", "组织", "人物", "新闻报道"):
        assert f"<span>{cls}</span>" in whole  # the legend


def test_physics_stops(whole):
    options = data_of(whole)["options"]
    assert 100 <= options["physics"]["stabilization"]["iterations"] <= 200
    assert "setOptions({ physics: false })" in whole and "stabilizationIterationsDone" in whole


def test_self_contained(whole):
    assert "<link" not in whole and "@import" not in whole
    assert not re.search(r"""(src|href|url)\s*[=(]\s*["']?\s*(https?:)?//""", whole)
    assert "sourceMappingURL" not in whole
    assert "vis.Network" in whole  # vis-network is inline


def test_csp_allows_exactly_the_page_scripts(whole):
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', whole).group(1))
    assert "default-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", whole, re.S)
    hashes = {"sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts}
    assert hashes == set(re.findall(r"'(sha256-[^']+)'", csp))


def test_english_labels(graph):
    html = render_view(apply_filters(graph, Filters(types=("ElderCareVisit",))), graph, lang="en")
    data = data_of(html)
    labels = {n["label"] for n in data["nodes"]}
    assert "Zhang San" in labels and "Xi Yuan She Qu" in labels
    (b,) = [d for d in data["details"] if d["title"].endswith("(走访慰问高龄老人)")]
    assert dict(b["rows"])["Type"] == "Elder-care visit" and b["kind"] == "Event"
    assert "<span>Organization</span>" in html and '<html lang="en">' in html


def test_page_without_scripts_forbids_all():
    html = page("t", "<p>x</p>")
    assert "script-src &#x27;none&#x27;" in html and "<script" not in html


def test_written_as_utf8_whatever_the_locale(tmp_path):
    code = ("from kg.views.html import write_page; write_page('\\u5e73\\u57ce\\u533a & <b>', 'out.html'); "
            "write_page('\\u897f\\u82d1', '-')")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONUTF8", "PYTHONIO"))}
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0", PYTHONPATH=str(PROJECT_ROOT))
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.html").read_bytes() == "平城区 & <b>".encode("utf-8")
    assert done.stdout == "西苑".encode("utf-8")
