"""kg report on sample.py: counts, timeline, evidence links, escaping, no external resource."""

from __future__ import annotations

import re
from datetime import date
from html import escape

import pytest

from kg.errors import NotFoundError
from kg.store import open_store
from kg.views.report import build_report
from tests.views import sample


@pytest.fixture(scope="module")
def october(sample_store):
    with open_store(sample_store, read_only=True) as store:
        return build_report(store, ("2024-10-18",))


def section(html: str, anchor: str) -> str:
    return html.split(f'<section id="{anchor}">', 1)[1].split("</section>", 1)[0]


def bars(html: str, anchor: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"<title>([^<]*): (\d+)</title>", section(html, anchor))}


def test_summary(october):
    assert "<h1>社区活动报告 2024-10-18</h1>" in october
    assert "1 期 · 3 篇报道 · 7 项活动" in october


def test_counts_per_type_and_subdistrict(october):
    # A: outreach+recruitment; I, B, D: elder care (D also volunteer); C: elder care+performance; E exhibition; F performance
    assert bars(october, "by-type") == {"敬老慰问": 4, "文艺演出": 2, "便民服务与宣传": 1, "招聘": 1,
                                        "志愿服务": 1, "展览": 1}
    # 永泰街道: A I D (凯德世家社区) and F; 北街街道: B C (西苑社区); E is in a venue of the district only
    assert bars(october, "by-subdistrict") == {"永泰街道": 4, "北街街道": 2, "（未定位到街道）": 1}


def test_timeline(october):
    timeline = section(october, "timeline")
    links = re.findall(r'<a href="#(event-\d+)">', timeline)
    assert sorted(links) == [f"event-{n}" for n in range(1, 8)]
    assert links[0] == "event-5"  # 免费理发, 2024-09-20, comes first


def test_events_linked_to_evidence(october):
    # numbering follows the articles: 1 A, 2 I | 3 B, 4 C, 5 D | 6 E, 7 F
    assert (f'<mark id="ev-3">{escape(sample.EVIDENCE_B)}</mark><sup><a href="#event-3">[3]</a></sup>'
            in october)
    item = re.search(r'<li id="event-3" value="3">(.*?)</li>', october).group(1)
    assert "<b>走访慰问高龄老人</b>" in item and '<a href="#ev-3">依据</a>' in item and "参与人数 30" in item
    assert f'<mark id="ev-4">{escape(sample.EVIDENCE_C)}</mark>' in october


def test_escaped_once(october):
    assert "&lt;script&gt;window.kgPwned=1&lt;/script&gt;青年志愿队" in october
    assert "<script" not in october and "<img" not in october
    assert "老年协会&amp;志愿者服务队" in october and "&amp;amp;" not in october
    assert "<h3>书画展&amp;文艺汇演 丰富群众生活</h3>" in october


def test_self_contained(october):
    assert "<link" not in october and "script-src &#x27;none&#x27;" in october
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", october)


def test_date_range(sample_store):
    with open_store(sample_store, read_only=True) as store:
        both = build_report(store, date_from=date(2024, 10, 1), date_to=date(2024, 11, 30), lang="en")
        november = build_report(store, date_from=date(2024, 11, 1))
        with pytest.raises(NotFoundError, match="no issue between 2025-01-01"):
            build_report(store, date_from=date(2025, 1, 1))
    assert "2 issues · 4 articles · 9 events" in both and "Events per type" in both
    assert "1 期 · 1 篇报道 · 2 项活动" in november
