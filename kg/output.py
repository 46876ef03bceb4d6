"""Formatting query results and records for the terminal, CSV and JSON. No rdflib here.

Table output is for people: cells are cleaned of control characters, shortened and padded
by display width (a hanzi takes two columns). CSV and JSON keep every value whole; CSV cells
that a spreadsheet would run as a formula are prefixed with a single quote.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import fields, is_dataclass
from datetime import date

PREFIXES = {
    "schema": "https://schema.org/",
    "ce": "https://w3id.org/community-kg/ontology#",
    "id": "https://w3id.org/community-kg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
MAX_CELL_WIDTH = 60
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_IRI_KINDS = {"uri", "iri", "namednode", "named_node"}
_BNODE_KINDS = {"bnode", "blank", "blanknode", "blank_node"}


# --------------------------------------------------------------------------- terms


def term_kind(term) -> str:
    """'uri', 'bnode' or 'literal' for a store Term."""
    kind = str(getattr(term, "kind", "literal")).lower()
    if kind in _IRI_KINDS:
        return "uri"
    if kind in _BNODE_KINDS:
        return "bnode"
    return "literal"


def shorten(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def term_text(term, short: bool = True) -> str:
    """A term as a person reads it: literals bare, IRIs shortened by the known prefixes."""
    if term is None:
        return ""
    kind = term_kind(term)
    if kind == "uri":
        return shorten(term.value) if short else term.value
    if kind == "bnode":
        return f"_:{term.value}"
    return term.value


# --------------------------------------------------------------------------- tables


def clean(text: str) -> str:
    """One line of printable text: line breaks and tabs to spaces, control and format chars out."""
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\t\n\r\v\f\x85\u2028\u2029":
            out.append(" ")
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(text: str) -> int:
    return sum(char_width(c) for c in text)


def truncate(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, to: int) -> str:
    return text + " " * (to - width(text))


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], max_width: int = MAX_CELL_WIDTH) -> str:
    """A plain text table; every cell cleaned, cut to `max_width` columns and padded."""
    head = [truncate(clean(str(h)), max_width) for h in headers]
    body = [[truncate(clean(str(c)), max_width) for c in row] for row in rows]
    widths = [width(h) for h in head]
    for row in body:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], width(cell))
    lines = ["  ".join(pad(c, w) for c, w in zip(head, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, w) for c, w in zip(row, widths)).rstrip() for row in body]
    return "\n".join(lines)


# --------------------------------------------------------------------------- CSV


def csv_safe(cell: str) -> str:
    """Defuse formula injection: a cell a spreadsheet would evaluate gets a leading quote."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def write_csv(out, rows: Iterable[Sequence]) -> None:
    """CSV rows to a text stream, lines ending in \n. A row with a carriage return in a cell is
    written fully quoted: Python 3.11's csv quotes a cell only for the characters of the line
    terminator, and a bare \r would end the row in a spreadsheet."""
    plain = csv.writer(out, lineterminator="\n")
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for row in rows:
        (quoted if any(isinstance(c, str) and "\r" in c for c in row) else plain).writerow(row)


def to_csv(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    buf = io.StringIO()
    write_csv(buf, [[csv_safe(str(h)) for h in headers]])
    write_csv(buf, ([csv_safe(str(c)) for c in row] for row in rows))
    return buf.getvalue()


# --------------------------------------------------------------------------- query results


def result_kind(result) -> str:
    """'boolean' (ASK), 'graph' (CONSTRUCT/DESCRIBE) or 'bindings' (SELECT)."""
    kind = str(getattr(result, "kind", "")).lower()
    if kind in ("ask", "boolean"):
        return "boolean"
    if kind in ("construct", "describe", "graph", "triples"):
        return "graph"
    return "bindings"


def _json_term(term) -> dict:
    kind = term_kind(term)
    if kind == "literal":
        out = {"type": "literal", "value": term.value}
        if getattr(term, "lang", None):
            out["xml:lang"] = term.lang
        elif getattr(term, "datatype", None):
            out["datatype"] = term.datatype
        return out
    return {"type": kind, "value": term.value}


def format_result(result, fmt: str) -> str:
    """A query result as table, csv or json (SPARQL 1.1 JSON results); graphs as N-Triples."""
    kind = result_kind(result)
    if kind == "graph":
        return result.ntriples or ""
    if kind == "boolean":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)})
        return "true" if result.boolean else "false"
    variables = list(result.variables)
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None}
                    for row in result.rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if fmt == "csv":
        return to_csv(variables, ([term_text(t, short=False) for t in row] for row in result.rows))
    rows = [[term_text(t) for t in row] for row in result.rows]
    return table(variables, rows) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


# --------------------------------------------------------------------------- records


def to_jsonable(value):
    """Dataclass records to plain JSON values: dates ISO, sets sorted lists."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(to_jsonable(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value
