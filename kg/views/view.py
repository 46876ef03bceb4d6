"""`kg view` without the command line: read the store, filter, check the size, render the page."""

from __future__ import annotations

from kg.errors import KgError, NotFoundError
from kg.views.graphdata import Filters, KgGraph, apply_filters, load_graph, resolve_issues
from kg.views.html import render_view

MAX_NODES = 3000


def read(store, filters: Filters) -> KgGraph:
    """The part of the store the filters can reach: the chosen issues' graphs, or everything."""
    graphs = [i.graph for i in resolve_issues(store, filters.issues)] if filters.issues else None
    return load_graph(store, graphs)


def check_size(view: KgGraph, filters: Filters, max_nodes: int) -> None:
    if not view.nodes:
        raise NotFoundError("nothing to show: no events match the filters" if filters.selects_events
                            else "nothing to show: the store holds no events, places or organizations")
    if max_nodes and len(view.nodes) > max_nodes:
        raise KgError(f"the view would have {len(view.nodes)} nodes, more than the {max_nodes} a browser lays out "
                      f"usefully; narrow it with --issue, --from/--to, --type, --place or --around NAME "
                      f"(or raise --max-nodes)")


def build_view(store, filters: Filters, *, lang: str = "zh", max_nodes: int = MAX_NODES,
               title: str = "") -> tuple[str, KgGraph]:
    """The page's HTML and the graph drawn on it."""
    full = read(store, filters)
    view = apply_filters(full, filters)
    check_size(view, filters, max_nodes)
    return render_view(view, full, lang=lang, title=title, subtitle=filters.describe()), view
