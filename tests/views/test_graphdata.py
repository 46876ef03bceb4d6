"""Reading the store into nodes and edges, and the filters of the views (hand-counted on sample.py)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.errors import NotFoundError
from kg.views.graphdata import Filters, apply_filters, list_issues, load_graph, resolve_issues, select_events
from tests.views import sample


def names(g, ids):
    return sorted(g.nodes[i].name for i in ids)


def test_load_reads_every_class(graph):
    counts = {}
    for node in graph.nodes.values():
        counts[node.cls] = counts.get(node.cls, 0) + 1
    # 凯德世家社区 is a place that also organizes: it is drawn as a place
    assert counts == {"event": 9, "place": 8, "organization": 6, "person": 3, "article": 4}
    assert len(graph.edges) == 48


def test_names_are_read_as_plain_text(graph):
    all_names = {n.name for n in graph.nodes.values()}
    assert {sample.O4, sample.O5, sample.O6, "幸福&家园小区"} <= all_names


def test_event_details(graph):
    (b,) = [n for n in graph.nodes.values() if n.name == "走访慰问高龄老人"]
    assert b.event_types == ["ElderCareVisit"]
    assert b.first("evidence") == sample.EVIDENCE_B
    assert b.first("attendeeCount") == "30"
    assert names(graph, graph.targets(b.id, "organizer")) == sorted([sample.O1, sample.O3, sample.K])
    (c,) = [n for n in graph.nodes.values() if n.name == "敬老慰问演出"]
    assert c.span() == (date(2024, 10, 1), date(2024, 10, 18))


def test_containment(graph):
    (xiyuan,) = graph.named("西苑社区")
    assert names(graph, graph.ancestors(xiyuan)) == sorted(["北街街道", "平城区", "大同市"])
    (yongtai,) = graph.named("永泰街道")
    assert names(graph, graph.within(yongtai)) == sorted(["永泰街道", "凯德世家社区"])


@pytest.mark.parametrize("filters, expected", [
    (Filters(types=("ElderCareVisit",)), ["走访慰问高龄老人", "敬老慰问演出", "免费理发", "看望独居老人", "冬季走访"]),
    (Filters(types=("Exhibition", "Meeting")), ["书画展", "养老工作推进会"]),
    # overlapping the range: B on 10-11, C from 10-01 to 10-18, F on 10-12
    (Filters(date_from=date(2024, 10, 10), date_to=date(2024, 10, 14)), ["走访慰问高龄老人", "敬老慰问演出", "文艺汇演"]),
    (Filters(date_from=date(2024, 11, 1)), ["冬季走访", "养老工作推进会"]),
    (Filters(date_to=date(2024, 9, 30)), ["免费理发"]),
    (Filters(places=("永泰街道",)), ["家政服务进社区", "看望独居老人", "免费理发", "文艺汇演", "冬季走访"]),
    (Filters(places=("北街街道",)), ["走访慰问高龄老人", "敬老慰问演出"]),
    (Filters(places=("幸福&家园小区",)), []),
    (Filters(places=("永泰街道",), types=("ElderCareVisit",), date_to=date(2024, 10, 31)), ["看望独居老人", "免费理发"]),
])
def test_select_events(graph, filters, expected):
    assert names(graph, select_events(graph, filters)) == sorted(expected)


def test_place_filter_counts_all_nine_events_in_the_district(graph):
    assert len(select_events(graph, Filters(places=("平城区",)))) == 9


def test_unknown_place(graph):
    with pytest.raises(NotFoundError, match="no place named"):
        select_events(graph, Filters(places=("火星",)))


def test_filtered_view_keeps_context(graph):
    view = apply_filters(graph, Filters(places=("永泰街道",)))
    # 5 events; their places 凯德世家社区, 永泰街道 and the places containing them 平城区, 大同市;
    # organizers and attendees O1 O3 O4 O5 O6 (K is the place 凯德世家社区); 4 articles; authors 杨昱郁 李四
    assert len(view.nodes) == 5 + 4 + 5 + 4 + 2
    assert all(e.source in view.nodes and e.target in view.nodes for e in view.edges)


def test_around(graph):
    assert names(graph, apply_filters(graph, Filters(around=("张三",), depth=1)).nodes) == ["张三", "走访慰问高龄老人"]
    two = apply_filters(graph, Filters(around=("张三",), depth=2))
    assert names(graph, two.nodes) == sorted(["张三", "走访慰问高龄老人", sample.O1, sample.O3, sample.K,
                                              "西苑社区", "重阳敬老暖人心"])
    with pytest.raises(NotFoundError, match="nothing named"):
        apply_filters(graph, Filters(around=("nobody",)))


def test_around_within_other_filters(graph):
    # 张三 only attends an October event
    with pytest.raises(NotFoundError, match="among the filtered"):
        apply_filters(graph, Filters(around=("张三",), date_from=date(2024, 11, 1)))


def test_issues(store):
    issues = list_issues(store)
    assert [i.date for i in issues] == ["2024-10-18", "2024-11-08"]
    assert resolve_issues(store, ("2024-11-08.txt",)) == [issues[1]]
    assert resolve_issues(store, (issues[0].iri,)) == [issues[0]]
    with pytest.raises(NotFoundError, match="kg issues"):
        resolve_issues(store, ("1999-01-01",))


def test_load_one_issue(store):
    g = load_graph(store, [list_issues(store)[1].graph])
    assert names(g, [n.id for n in g.of_class("event")]) == ["养老工作推进会", "冬季走访"]
    # the issue's own places, with their containment
    assert len(g.of_class("place")) == 5
    (kaide,) = g.named("凯德世家社区")
    assert names(g, g.ancestors(kaide)) == sorted(["永泰街道", "平城区", "大同市"])
