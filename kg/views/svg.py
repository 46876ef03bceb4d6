"""Small inline SVG charts for the report and analysis pages. Every text goes through esc once."""

from __future__ import annotations

from datetime import date

from kg.views.html import esc
from kg.views.tables import width as text_width

CHAR_PX = 7          # px per terminal column at 13px: a CJK character counts two
ROW = 22


def bar_chart(items: list[tuple[str, int]], *, colour: str = "#2e86ab", label: str = "") -> str:
    """Horizontal bars, one row per (label, value), largest value full width."""
    if not items:
        return ""
    left = min(max(text_width(name) for name, _ in items) * CHAR_PX + 12, 320)
    bar_max, top = 360, 4
    height = top + ROW * len(items) + 4
    peak = max(v for _, v in items) or 1
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{left + bar_max + 50}" '
             f'height="{height}" role="img" aria-label="{esc(label)}">']
    for i, (name, value) in enumerate(items):
        y = top + i * ROW
        w = max(round(bar_max * value / peak), 1)
        parts.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" font-size="13">{esc(name)}</text>'
                     f'<rect x="{left}" y="{y + 3}" width="{w}" height="15" fill="{colour}">'
                     f'<title>{esc(name)}: {value}</title></rect>'
                     f'<text x="{left + w + 6}" y="{y + 15}" font-size="12">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def timeline(items: list[tuple[str, str, date, date, bool]], *, colour: str = "#e4572e") -> str:
    """One row per (anchor, label, first day, last day, exact): a dot for a day, a bar for a span.

    Spans of vague dates (not exact) are drawn lighter. Each row links to its anchor in the page.
    """
    if not items:
        return ""
    lo = min(i[2] for i in items)
    hi = max(i[3] for i in items)
    days = max((hi - lo).days, 1)
    left, plot, top = 230, 520, 24
    height = top + ROW * len(items) + 6

    def x(day: date) -> float:
        return round(left + plot * (day - lo).days / days, 1)

    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{left + plot + 20}" '
             f'height="{height}" role="img" aria-label="timeline">',
             f'<text x="{left}" y="14" font-size="12">{lo.isoformat()}</text>',
             f'<text x="{left + plot}" y="14" font-size="12" text-anchor="end">{hi.isoformat()}</text>',
             f'<line x1="{left}" y1="{top - 4}" x2="{left + plot}" y2="{top - 4}" stroke="#999"/>']
    for n, (anchor, label, first, last, exact) in enumerate(items):
        y = top + n * ROW
        shown = label if text_width(label) <= 30 else label[:14] + "…"
        when = first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
        opacity = "1" if exact else "0.45"
        mark = (f'<circle cx="{x(first)}" cy="{y + 10}" r="5" fill="{colour}" fill-opacity="{opacity}"/>'
                if first == last else
                f'<rect x="{x(first)}" y="{y + 5}" width="{max(x(last) - x(first), 3)}" height="10" rx="3" '
                f'fill="{colour}" fill-opacity="{opacity}"/>')
        parts.append(f'<a href="#{esc(anchor)}"><title>{esc(label)} {when}</title>'
                     f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" font-size="12">{esc(shown)}</text>'
                     f'{mark}</a>')
    parts.append("</svg>")
    return "".join(parts)
