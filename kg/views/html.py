"""Self-contained HTML pages: every script and style inline, nothing fetched from anywhere.

Escaping, once and in one place each: text put into markup goes through `esc` (html.escape);
data for scripts goes through `script_json`, whose output cannot end the <script> element
(`<`, `>` and `&` become \\u escapes, so neither `</script` nor `<!--` can appear) and which the page
reads with JSON.parse and shows with textContent. A Content-Security-Policy allows only the page's own
scripts (by hash), so markup that slipped through could still not run a script or reach the network.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import sys
from functools import lru_cache
from html import escape
from pathlib import Path

from kg.views import labels as L
from kg.views.details import describe
from kg.views.graphdata import KgGraph

HERE = Path(__file__).resolve().parent
STABILIZATION_ITERATIONS = 150


def esc(text) -> str:
    return escape(str(text), quote=True)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """vis-network as the pyvis package ships it (vendor/...), or one of ours (assets/...).

    pyvis's own pages load scripts from CDNs and put tooltips in raw HTML, so the page is built
    here; pyvis provides the vis-network build it was made for, inlined into the page."""
    if name.startswith("vendor/"):
        from importlib.resources import files

        lib = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
        text = (lib / name.removeprefix("vendor/")).read_text(encoding="utf-8")
        # a source-map comment would make devtools fetch a file that is not there
        return re.sub(r"/[/*]# sourceMappingURL=[^\n]*", "", text)
    return (HERE / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def vis_css() -> str:
    """vis-network's stylesheet without the rules that only carry the icons (data: images, ~200 KB) of
    the navigation buttons and the editing toolbar, which the pages do not enable."""
    return re.sub(r"[^{}]*\{[^{}]*url\(\"data:image[^{}]*\}", "", asset("vendor/vis-network.css"))


def script_json(data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def page(title: str, body: str, *, lang: str = "zh", styles: tuple[str, ...] = (),
         scripts: tuple[str, ...] = (), data: dict | None = None) -> str:
    """A whole page. `body` is markup already escaped; `scripts` are trusted script texts."""
    csp = ("default-src 'none'; script-src " + (" ".join(_hash(s) for s in scripts) or "'none'")
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    parts = ["<!DOCTYPE html>", f'<html lang="{"en" if lang == "en" else "zh-CN"}">', "<head>",
             '<meta charset="utf-8">', f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{esc(title)}</title>"]
    parts += [f"<style>\n{css}\n</style>" for css in (asset("assets/page.css"), *styles)]
    parts += ["</head>", "<body>", body]
    if data is not None:
        parts.append(f'<script type="application/json" id="kg-data">{script_json(data)}</script>')
    parts += [f"<script>{s}</script>" for s in scripts]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def write_page(text: str, output: str | Path) -> None:
    """UTF-8 whatever the locale; "-" is standard output."""
    if str(output) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        Path(output).write_text(text, encoding="utf-8", newline="\n")


# ------------------------------------------------------------------------------------------ the view
SHAPE_ICONS = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "triangle": '<polygon points="8,1 15,14 1,14"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "hexagon": '<polygon points="4,2 12,2 16,8 12,14 4,14 0,8"/>',
}


def legend(items: list[tuple[str, str, str, int]], lang: str) -> str:
    """items: (label, colour, shape, count)."""
    lis = []
    for label, colour, shape, count in items:
        icon = f'<svg width="16" height="16" fill="{esc(colour)}" aria-hidden="true">{SHAPE_ICONS[shape]}</svg>'
        lis.append(f'<li>{icon}<span>{esc(label)}</span><span class="count">{count}</span></li>')
    return f'<section id="kg-legend"><h2>{esc(L.ui("legend", lang))}</h2><ul>{"".join(lis)}</ul></section>'


def class_legend(view: KgGraph, lang: str) -> list[tuple[str, str, str, int]]:
    counts: dict[str, int] = {}
    for node in view.nodes.values():
        counts[node.cls] = counts.get(node.cls, 0) + 1
    return [(L.class_label(cls, lang), *L.CLASS_STYLE[cls], counts[cls]) for cls in L.CLASSES if cls in counts]


def short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def vis_colour(c: str) -> dict:
    return {"background": c, "border": c, "highlight": {"background": c, "border": "#222"},
            "hover": {"background": c, "border": "#222"}}


def vis_options(n_nodes: int) -> dict:
    groups = {cls: {"color": vis_colour(c), "shape": s} for cls, (c, s) in L.CLASS_STYLE.items()}
    return {
        "groups": groups,
        "nodes": {"font": {"size": 12, "face": "Noto Sans CJK SC, WenQuanYi Micro Hei, Microsoft YaHei, sans-serif"},
                  "borderWidth": 1},
        "edges": {"smooth": False, "color": {"color": "#c8c8c8", "highlight": "#555", "hover": "#888"},
                  "width": 1},
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n_nodes > 500,
                        "hideEdgesOnZoom": n_nodes > 1500},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90,
                                         "springConstant": 0.08, "avoidOverlap": 0.2},
                    "minVelocity": 1.5,
                    "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS,
                                      "updateInterval": 10, "fit": True}},
    }


def view_data(view: KgGraph, full: KgGraph, lang: str, colours: dict[str, str] | None = None) -> dict:
    """The page's JSON: vis-network nodes and edges (integer ids), details per node, options.

    `colours` overrides the class colour of some nodes (e.g. by community)."""
    ids = {node_id: i for i, node_id in enumerate(view.nodes)}
    degree = view.degree()
    nodes, details = [], []
    for node_id, node in view.nodes.items():
        label = L.display_name(node.name, lang)
        nodes.append({"id": ids[node_id], "label": short(label, 24 if lang == "en" else 14),
                      "group": node.cls, "size": round(8 + 4 * math.sqrt(degree[node_id]), 1)})
        if colours and node_id in colours:
            nodes[-1]["color"] = vis_colour(colours[node_id])
        details.append(describe(full, full.nodes.get(node_id, node), lang))
    edges = []
    for e in view.edges:
        edge = {"from": ids[e.source], "to": ids[e.target]}
        if e.rel == "containedInPlace":
            edge["dashes"] = True
        if e.weight > 1:
            edge["width"] = min(1 + 1.5 * (e.weight - 1), 10)
            edge["label"] = str(e.weight)
        edges.append(edge)
    return {"nodes": nodes, "edges": edges, "details": details, "options": vis_options(len(nodes)),
            "strings": {"layingOut": L.ui("laying_out", lang)}}


def render_view(view: KgGraph, full: KgGraph, *, lang: str = "zh", title: str = "", subtitle: str = "",
                colours: dict[str, str] | None = None, legend_items: list | None = None) -> str:
    """The network page of `view`; tooltips describe nodes as `full` (the graph before filtering) knows them."""
    title = title or ("社区活动知识图谱" if lang != "en" else "Community events graph")
    facts = f"{len(view.nodes)} {L.ui('nodes', lang)} · {len(view.edges)} {L.ui('edges', lang)}"
    sub = " · ".join(p for p in (subtitle, facts, L.ui("hint", lang)) if p)
    body = (f"<header><h1>{esc(title)}</h1><p>{esc(sub)}</p></header>\n<main>"
            f'<div id="kg-wrap"><div id="kg-network"></div><div id="kg-tooltip" class="kg-card" hidden></div>'
            f'<div id="kg-status">{esc(L.ui("laying_out", lang))}</div></div>'
            f'<aside>{legend(legend_items or class_legend(view, lang), lang)}'
            f'<section id="kg-detail" class="kg-card" hidden></section></aside></main>')
    return page(title, body, lang=lang, styles=(vis_css(), asset("assets/view.css")),
                scripts=(asset("vendor/vis-network.min.js"), asset("assets/view.js")),
                data=view_data(view, full, lang, colours))
