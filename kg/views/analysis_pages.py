"""Pictures of analysis results (`kg analyze ... --html FILE`): networks for co-organizers, communities and
paths, bar charts and tables for the rankings."""

from __future__ import annotations

from kg.views import analyze as A
from kg.views import labels as L
from kg.views.graphdata import Edge, KgGraph
from kg.views.html import esc, page, render_view
from kg.views.svg import bar_chart
from kg.views.tables import Table, cell

PALETTE = ("#e4572e", "#2e86ab", "#3f9142", "#f2a541", "#8e6c8a", "#17becf", "#bcbd22", "#d62728",
           "#7f7f7f", "#1f77b4", "#9467bd", "#8c564b")
GROUP = ("群组", "Group")
NET_TITLE = ("协办网络", "Co-organizer network")


def chart_items(table: Table) -> list[tuple[str, int]]:
    if table.name in ("organizations", "places"):
        return [(r[0], r[-1] if table.name == "organizations" else r[2]) for r in table.rows]
    if table.name == "coorganizers":
        return [(f"{r[0]} — {r[1]}", r[2]) for r in table.rows]
    if table.name == "eldercare":
        return [(f"{r[0]} {r[2]}", r[4]) for r in table.rows]
    return []


def html_table(table: Table) -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in table.columns)
    rows = "".join("<tr>" + "".join(f'<td{" class=num" if isinstance(v, int) else ""}>{esc(cell(v))}</td>'
                                    for v in row) + "</tr>" for row in table.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def tables_page(tables: list[Table], title: str, lang: str) -> str:
    sections = "".join(f"<section><h2>{esc(t.title)}</h2>{bar_chart(chart_items(t), label=t.title)}"
                       f"{html_table(t)}</section>" for t in tables)
    body = f'<header><h1>{esc(title)}</h1></header><main style="padding: 0 16px 30px">{sections}</main>'
    return page(title, body, lang=lang)


def coorganizer_page(g: KgGraph, lang: str) -> str:
    """The weighted co-organizer network, each community its colour."""
    net = A.coorganizer_graph(g)
    sub = g.subgraph(set(net.nodes))
    sub.edges = [Edge(a, b, "coorganizes", w) for a, b, w in net.edges(data="weight")]
    colours, legend = {}, []
    for i, members in enumerate(A.community_sets(g)):
        colour = PALETTE[i % len(PALETTE)]
        colours.update({m: colour for m in members})
        legend.append((f"{L.pick(GROUP, lang)} {i + 1}", colour, "square", len(members)))
    return render_view(sub, g, lang=lang, title=L.pick(NET_TITLE, lang), colours=colours, legend_items=legend)


def path_page(g: KgGraph, a: str, b: str, lang: str) -> str:
    ids = A.shortest_path(g, a, b)
    sub = g.subgraph(set(ids))
    steps = set(zip(ids, ids[1:])) | set(zip(ids[1:], ids))
    sub.edges = [e for e in sub.edges if (e.source, e.target) in steps]
    return render_view(sub, g, lang=lang, title=f"{a} — {b}")
