"""Result tables of the analyses and their three outputs: a terminal table, CSV and JSON."""

from __future__ import annotations

import io
import json
import unicodedata
from dataclasses import dataclass, field


@dataclass
class Table:
    name: str                      # a key for JSON, e.g. "organizations"
    title: str                     # a heading for people
    columns: list[str]
    rows: list[list] = field(default_factory=list)

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def width(text: str) -> int:
    """Columns a terminal gives the text: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1
               for c in text)


def pad(text: str, size: int, right: bool) -> str:
    gap = " " * max(size - width(text), 0)
    return gap + text if right else text + gap


def as_text(table: Table) -> str:
    from kg.output import clean   # control characters (ESC sequences, bidi overrides) never reach the terminal

    header = [clean(str(c)) for c in table.columns]
    body = [[clean(cell(v)) for v in row] for row in table.rows]
    sizes = [max([width(h)] + [width(r[i]) for r in body]) for i, h in enumerate(header)]
    numeric = [bool(table.rows) and all(isinstance(r[i], (int, float)) for r in table.rows)
               for i in range(len(header))]

    def line(values):
        return "  ".join(pad(v, s, n) for v, s, n in zip(values, sizes, numeric)).rstrip()

    out = [table.title, line(header), line(["-" * s for s in sizes])]
    out += [line(r) for r in body] or ["(none)"]
    return "\n".join(out) + "\n"


def as_csv(table: Table) -> str:
    from kg.output import csv_safe, write_csv   # no spreadsheet formulas, no bare \r in a cell

    buffer = io.StringIO()
    write_csv(buffer, [[csv_safe(str(c)) for c in table.columns]])
    write_csv(buffer, ([v if isinstance(v, (int, float)) else csv_safe(cell(v)) for v in row]
                       for row in table.rows))
    return buffer.getvalue()


def as_json(tables: list[Table]) -> str:
    data = tables[0].records() if len(tables) == 1 else {t.name: t.records() for t in tables}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(tables: list[Table], fmt: str) -> str:
    if fmt == "json":
        return as_json(tables)
    if fmt == "csv":
        return "\n".join(as_csv(t) for t in tables)
    return "\n".join(as_text(t) for t in tables)
