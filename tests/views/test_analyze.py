"""kg analyze on sample.py against values counted by hand from the table in its docstring."""

from __future__ import annotations

from datetime import date

import pytest

from kg.errors import NotFoundError
from kg.views import analyze as A
from kg.views.graphdata import Filters, apply_filters
from tests.views.sample import K, O1, O3, O4, O5, O6, O7


def test_most_active_organizations(graph):
    # organized / attended / distinct events, from the event table:
    # O1: A B G H; K: A B G; O3: B D H; O6: C F + attends D; O5: C D; O4: C F; O7: E.
    # Sorted by events, then organized, then name (code point: 凯 < 北, "<" < 老).
    assert A.organizations(graph).rows == [
        [O1, 4, 0, 4], [K, 3, 0, 3], [O3, 3, 0, 3], [O6, 2, 1, 3], [O5, 2, 0, 2], [O4, 2, 0, 2], [O7, 1, 0, 1],
    ]
    assert A.organizations(graph, limit=2).rows == [[O1, 4, 0, 4], [K, 3, 0, 3]]


def test_most_active_places(graph):
    # direct: 凯德 A D G I; 西苑 B C; 平城区 H; 永泰 F; 展厅 E.  within adds the contained places.
    assert A.places(graph).rows == [
        ["凯德世家社区", "Community", 4, 4],
        ["西苑社区", "Community", 2, 2],
        ["平城区", "District", 1, 9],
        ["永泰街道", "Subdistrict", 1, 5],
        ["图书馆展厅", "Venue", 1, 1],
        ["大同市", "City", 0, 9],
        ["北街街道", "Subdistrict", 0, 2],
    ]
    assert A.places(graph, kind="Subdistrict").rows == [["永泰街道", "Subdistrict", 1, 5],
                                                       ["北街街道", "Subdistrict", 0, 2]]


def test_coorganizers(graph):
    # pairs: A (O1,K); B (O1,O3) (O1,K) (O3,K); C (O4,O5) (O4,O6) (O5,O6); D (O3,O5); F (O4,O6); G (O1,K); H (O1,O3)
    rows = A.coorganizers(graph).rows
    weights = {frozenset(r[:2]): r[2] for r in rows}
    assert weights == {
        frozenset({O1, K}): 3, frozenset({O1, O3}): 2, frozenset({O4, O6}): 2, frozenset({O3, K}): 1,
        frozenset({O4, O5}): 1, frozenset({O5, O6}): 1, frozenset({O3, O5}): 1,
    }
    assert [r[2] for r in rows] == [3, 2, 2, 1, 1, 1, 1]
    assert rows[0] == sorted([K, O1]) + [3]


def test_communities(graph):
    # two triangles {O1, O3, K} and {O4, O5, O6} joined only by the weight-1 edge O3-O5; O7 organizes alone
    rows = A.communities(graph).rows
    assert {frozenset(r[2]) for r in rows} == {frozenset({O1, O3, K}), frozenset({O4, O5, O6})}
    assert [r[:2] for r in rows] == [[1, 3], [2, 3]]


def test_eldercare_per_month(graph):
    # elder-care visits: B 10-11 西苑, C 10-01..10-18 西苑 (month of its latest day), D 09-20 凯德, I 10-16 凯德, G 11-05 凯德
    assert A.eldercare(graph).rows == [
        ["2024-09", 1, "凯德世家社区", "Community", 1],
        ["2024-10", 1, "西苑社区", "Community", 2],
        ["2024-10", 2, "凯德世家社区", "Community", 1],
        ["2024-11", 1, "凯德世家社区", "Community", 1],
    ]
    assert A.eldercare(graph, roll_up="Subdistrict", limit=1).rows == [
        ["2024-09", 1, "永泰街道", "Subdistrict", 1],
        ["2024-10", 1, "北街街道", "Subdistrict", 2],
        ["2024-11", 1, "永泰街道", "Subdistrict", 1],
    ]


def test_path(graph):
    table = A.path(graph, "张三", O1)  # 张三 attends B, which O1 organizes: the only 2-step connection
    assert table.rows == [[0, "张三", "person", "← attendee"], [1, "走访慰问高龄老人", "event", "organizer →"],
                          [2, O1, "organization", ""]]
    ids = A.shortest_path(graph, O3, O4)
    assert len(ids) == 5  # e.g. O3 -B- 西苑社区 -C- O4: no event has both
    assert all(b in graph.adjacency[a] for a, b in zip(ids, ids[1:]))


def test_path_errors(graph):
    with pytest.raises(NotFoundError, match="nothing named"):
        A.path(graph, "张三", "nobody")
    # without the exhibition E, its organizer O7 is linked to nothing
    without_e = graph.subgraph(set(graph.nodes) - set(graph.named("书画展")))
    with pytest.raises(NotFoundError, match="no connection"):
        A.path(without_e, O7, "图书馆展厅")


def test_analyses_follow_filters(graph):
    november = apply_filters(graph, Filters(date_from=date(2024, 11, 1)))
    assert A.organizations(november).rows == [[O1, 2, 0, 2], [K, 1, 0, 1], [O3, 1, 0, 1]]
    assert A.coorganizers(november).rows == [sorted([K, O1]) + [1], sorted([O1, O3]) + [1]]
