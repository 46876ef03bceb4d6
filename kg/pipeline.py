"""What the commands do, one function per command; kg/cli.py only parses arguments and prints.

Each function takes an open store (kg.store.open_store) and returns plain records. Errors a
user can fix are kg.errors.KgError with a one-line message. rdflib, pyshacl and the extractor
are imported inside the functions that need them, so that `kg --help` starts fast.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.errors import InputError, KgError, NotFoundError, QueryError

SCHEMA = "https://schema.org/"
CE = "https://w3id.org/community-kg/ontology#"
PREFIXES = f"PREFIX schema: <{SCHEMA}>\nPREFIX ce: <{CE}>\n"
COMPACT_FROM = 200      # issues added by one `kg add` from which the store is compacted afterwards
HEAD_LINES = 5          # the issue date is printed in the first few lines of a page
EXPORT_FORMATS = ("trig", "nquads", "turtle", "jsonld")
UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


# --------------------------------------------------------------------------- helpers


def _select(store, sparql: str) -> list[dict[str, str | None]]:
    """Rows of a SELECT as {variable: value or None}."""
    result = store.query(PREFIXES + sparql)
    return [{v: (t.value if t is not None else None) for v, t in zip(result.variables, row)}
            for row in result.rows]


def _int(value: str | None) -> int:
    return int(value) if value else 0


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def issue_graph_iri(day: date) -> str:
    """The named graph of the issue of `day`: the issue's own IRI, as kg.model.rdf names it."""
    from kg.model.iris import issue_iri

    return str(issue_iri(day))


def page_head(text: str, lines: int = HEAD_LINES) -> str:
    return "\n".join([line for line in text.splitlines() if line.strip()][:lines])


# --------------------------------------------------------------------------- extract / add


def issue_date_of(page, date_override: date | None = None) -> date:
    from kg.extract.dates import parse_issue_date

    day = date_override or parse_issue_date(page_head(page.text))
    if day is None:
        raise InputError(f"{page.path}: no issue date in the page head; "
                         "give it with --date YYYY-MM-DD")
    return day


def extract_page(path: Path, date_override: date | None = None):
    """Read one page file and extract its Issue record, as `kg add` would store it."""
    from kg.extract.pipeline import extract_issue, require_articles
    from kg.ingest.reader import read_page

    page = read_page(Path(path))
    issue = require_articles(extract_issue(page.text, issue_date_of(page, date_override), page.path.name),
                             str(page.path))
    issue.content_hash = page.sha256
    return issue


@dataclass
class AddReport:
    added: list[tuple[str, str]] = field(default_factory=list)      # (file, issue key)
    unchanged: list[tuple[str, str]] = field(default_factory=list)  # (file, issue key)
    failed: list[tuple[str, str]] = field(default_factory=list)     # (file, one-line message)

    @property
    def summary(self) -> str:
        return f"added {len(self.added)}, unchanged {len(self.unchanged)}, failed {len(self.failed)}"


def stored_hashes(store) -> dict[str, str]:
    """Issue graph -> content hash of the page it was read from, for every stored issue."""
    rows = _select(store, "SELECT ?g ?h WHERE { GRAPH ?g { ?i a schema:PublicationIssue ; ce:contentHash ?h } }")
    return {r["g"]: r["h"] for r in rows if r["g"] and r["h"]}


def ensure_directory(store) -> None:
    """Build the directory graph of a store written before kg kept one (see kg.model.directory)."""
    from kg.model.directory import DIRECTORY_GRAPH, rebuild_update

    if DIRECTORY_GRAPH not in store.graphs():
        store.update(rebuild_update())


def ensure_event_labels(store) -> None:
    """Add ce:dateLabel and ce:typeLabel to the events of a store written before kg kept them."""
    from kg.model.labels import LABELLED_ASK, UNLABELLED_SELECT, label_updates

    if not store.query(PREFIXES + LABELLED_ASK).boolean:
        for update in label_updates(_select(store, UNLABELLED_SELECT)):   # one transaction
            store.update(update)


def _expand(paths: Iterable[Path], report: AddReport) -> list[Path]:
    """Files of the given paths (folders expanded); unusable paths go to report.failed."""
    from kg.ingest.reader import list_pages

    files: list[Path] = []
    for p in paths:
        try:
            files.extend(f for f in list_pages([Path(p)]) if f not in files)
        except InputError as e:
            report.failed.append((str(p), str(e)))
    return files


def add_pages(store, paths: Iterable[Path], date_override: date | None = None,
              progress: Callable[[int, int, Path], None] | None = None,
              force: bool = False, jobs: int | None = None) -> AddReport:
    """Add page files (or folders of them) as issues; unchanged pages are skipped unless `force`.

    Pages are extracted in `jobs` worker processes (all cores by default, for many pages) and
    written in batches, each one transaction: every issue is stored whole or not at all, and an
    interrupted run can be run again. Good files are added even when others fail.
    `progress(done, total, file)` is called after each file.
    """
    from kg import bulk
    from kg.ingest.reader import read_page

    report = AddReport()
    files = _expand(paths, report)
    if date_override is not None and len(files) > 1:
        raise InputError(f"--date sets the date of one issue but {len(files)} files were given; "
                         "add them one at a time, or leave out --date to read each page's date")
    stored = stored_hashes(store)
    if stored:
        ensure_directory(store)
        ensure_event_labels(store)
    if force:
        stored = {}
    by_day: dict[str, list[Path]] = {}   # issue key -> the files that gave it in this run, in order
    todo: list[bulk.Job] = []
    done = 0

    def tick(path: Path) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(files), path)

    for path in files:
        try:
            page = read_page(path)
            day = issue_date_of(page, date_override)
            key = day.isoformat()
            by_day.setdefault(key, []).append(path)
            if stored.get(issue_graph_iri(day)) == page.sha256 and len(by_day[key]) == 1:
                report.unchanged.append((str(path), key))
                tick(path)
            else:
                todo.append(bulk.Job(path, day, page.sha256, page.text))
        except InputError as e:
            report.failed.append((str(path), str(e)))
            tick(path)
    writer = bulk.BatchWriter(store.replace_graphs)
    # Two pages with one date are one issue twice: the first good one in file order is kept.
    contested: dict[str, dict[Path, bulk.Done]] = {k: {} for k, ps in by_day.items() if len(ps) > 1}
    for result in bulk.run(todo, jobs):
        key = result.job.day.isoformat()
        if key in contested:
            contested[key][result.job.path] = result
            if len(contested[key]) == len([p for p in by_day[key] if p != _unchanged_path(report, key)]):
                _settle(contested.pop(key), by_day[key], report, writer)
        elif result.error:
            report.failed.append((str(result.job.path), result.error))
        else:
            writer.add(result.graph, result.ntriples)
            report.added.append((str(result.job.path), key))
        tick(result.job.path)
    writer.flush()
    if len(report.added) >= COMPACT_FROM:
        store.compact()
    return report


def _unchanged_path(report: AddReport, key: str) -> Path | None:
    return next((Path(f) for f, k in report.unchanged if k == key), None)


def _settle(results: dict[Path, "object"], order: list[Path], report: AddReport, writer) -> None:
    winner = _unchanged_path(report, results and next(iter(results.values())).job.day.isoformat())
    for path in order:
        result = results.get(path)
        if result is None:
            continue
        if result.error:
            report.failed.append((str(path), result.error))
        elif winner is None:
            winner = path
            writer.add(result.graph, result.ntriples)
            report.added.append((str(path), result.job.day.isoformat()))
        else:
            report.failed.append((str(path), f"{path}: has the same issue date {result.job.day.isoformat()} "
                                              f"as {winner}; add each issue once (or give its date with --date)"))


# --------------------------------------------------------------------------- issues / remove


@dataclass
class IssueInfo:
    key: str           # what `kg issues` shows and `kg remove` takes: the issue date
    graph: str
    source: str
    articles: int
    events: int
    triples: int


_ISSUES = """
SELECT ?g ?date ?source (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?e) AS ?events) WHERE {
  GRAPH ?g {
    ?issue a schema:PublicationIssue ; schema:datePublished ?date .
    OPTIONAL { ?issue ce:sourceFile ?source }
    OPTIONAL { ?a schema:isPartOf ?issue . OPTIONAL { ?e schema:subjectOf ?a } }
  }
} GROUP BY ?g ?date ?source
"""


def list_issues(store) -> list[IssueInfo]:
    """Every issue graph of the store, by issue date; other graphs a user added show their IRI."""
    from kg.model.directory import DIRECTORY_GRAPH

    found = {row["g"]: row for row in _select(store, _ISSUES)}
    out = []
    for g in store.graphs():
        g = str(g)
        if g == DIRECTORY_GRAPH:
            continue  # derived from the issues, not one of them
        row = found.get(g)
        if row is None:
            out.append(IssueInfo(g, g, "", 0, 0, store.quad_count(g)))
        else:
            out.append(IssueInfo(row["date"], g, row["source"] or "", _int(row["articles"]),
                                 _int(row["events"]), store.quad_count(g)))
    return sorted(out, key=lambda i: (i.key, i.graph))


def remove_issue(store, key: str) -> int:
    """Drop the issue named by `key` (its date, as `kg issues` shows it); return its quad count."""
    key = key.strip()
    try:
        graph = issue_graph_iri(date.fromisoformat(key))
    except ValueError:
        matches = [i.graph for i in list_issues(store) if key in (i.key, i.graph)]
        graph = matches[0] if matches else None
    if graph is not None and graph in {str(g) for g in store.graphs()}:
        quads = store.quad_count(graph)
        if store.drop_graph(graph):
            return quads
    raise NotFoundError(f"no issue {key!r} in the store; `kg issues` lists the issues by date")


# --------------------------------------------------------------------------- query


def query_form(sparql: str) -> str:
    """The first keyword after the prologue (comments, PREFIX, BASE), upper case; '' if none."""
    from kg.store.base import sparql_form

    return sparql_form(sparql)


@dataclass
class UpdateDone:
    quads_before: int
    quads_after: int


def run_query(store, sparql: str, allow_update: bool = False, timeout: float | None = None):
    """Run a SPARQL query (QueryResult) or, with allow_update, an update (UpdateDone)."""
    if not sparql.strip():
        raise QueryError("the query is empty; give a SPARQL query or -f FILE.rq")
    form = query_form(sparql)
    if form in UPDATE_FORMS:
        if not allow_update:
            raise QueryError("this is a SPARQL update; kg query is read-only: add --update to run it")
        before = store.quad_count()
        store.update(sparql)
        return UpdateDone(before, store.quad_count())
    if timeout is not None:
        return store.query(sparql, timeout=timeout)
    return store.query(sparql)


# --------------------------------------------------------------------------- export


def export(store, out, fmt: str = "trig") -> None:
    """Write every named graph of the store to the binary stream `out`."""
    if fmt not in EXPORT_FORMATS:
        raise KgError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    store.export(out, fmt)


# --------------------------------------------------------------------------- validate


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}  {self.path}: {self.message}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation]
    quads: int

    @property
    def text(self) -> str:
        if self.conforms:
            return f"ok: the store conforms to ontology/shapes.ttl ({self.quads} quads)"
        lines = [f"{len(self.violations)} violation(s) of ontology/shapes.ttl:"]
        return "\n".join(lines + [f"  {v}" for v in self.violations])


def validate(store) -> ValidationReport:
    """SHACL: ontology/shapes.ttl over every named graph, with ontology/ce.ttl as ontology."""
    import pyshacl
    from rdflib import RDF, BNode, Dataset, Graph, Literal, Namespace

    from kg import ONTOLOGY_DIR
    from kg.output import clean, shorten

    sh = Namespace("http://www.w3.org/ns/shacl#")
    buf = io.BytesIO()
    store.export(buf, "nquads")
    with warnings.catch_warnings():   # rdflib 7 deprecates Dataset APIs pyshacl still uses
        warnings.simplefilter("ignore", DeprecationWarning)
        data = Dataset()
        data.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
        shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
        ontology = Graph().parse(ONTOLOGY_DIR / "ce.ttl", format="turtle")
        conforms, results, _text = pyshacl.validate(
            data, shacl_graph=shapes, ont_graph=ontology, inference="none",
            abort_on_first=False, meta_shacl=False, advanced=False)

    def show(node) -> str:
        if node is None:
            return "-"
        if isinstance(node, BNode):
            return "(path)"
        return clean(str(node)) if isinstance(node, Literal) else shorten(str(node))

    found = set()
    for r in results.subjects(RDF.type, sh.ValidationResult):
        messages = [str(m) for m in results.objects(r, sh.resultMessage)]
        found.add(Violation(show(results.value(r, sh.focusNode)),
                            show(results.value(r, sh.resultPath)),
                            clean("; ".join(sorted(messages)) or "does not match its shape")))
    violations = sorted(found, key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), violations, store.quad_count())


# --------------------------------------------------------------------------- stats


@dataclass
class Stats:
    issues: int
    articles: int
    events: int
    events_by_type: dict[str, int]
    places_by_kind: dict[str, int]
    organizations: int
    people: int
    quads: int


_COUNTS = """
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a schema:PublicationIssue . BIND("issues" AS ?what) }
  UNION { ?x a schema:NewsArticle . BIND("articles" AS ?what) }
  UNION { ?x schema:subjectOf ?article . BIND("events" AS ?what) }
  UNION { ?x a schema:Organization . BIND("organizations" AS ?what) }
  UNION { ?x a schema:Person . BIND("people" AS ?what) }
} GROUP BY ?what
"""
_EVENT_TYPES = """
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e schema:subjectOf ?article ; a ?type .
} GROUP BY ?type
"""
_PLACE_KINDS = """
SELECT ?kind (COUNT(DISTINCT ?p) AS ?n) WHERE {
  ?p a schema:Place .
  OPTIONAL { ?p a ?class . FILTER(STRSTARTS(STR(?class), STR(ce:))) }
  OPTIONAL { ?p ce:placeKind ?level }
  BIND(COALESCE(STRAFTER(STR(?class), "#"), STR(?level), "Place") AS ?kind)
} GROUP BY ?kind
"""


def stats(store) -> Stats:
    counts = {r["what"]: _int(r["n"]) for r in _select(store, _COUNTS)}
    types = {_local(r["type"]): _int(r["n"]) for r in _select(store, _EVENT_TYPES)}
    kinds = {r["kind"]: _int(r["n"]) for r in _select(store, _PLACE_KINDS)}
    return Stats(counts.get("issues", 0), counts.get("articles", 0), counts.get("events", 0),
                 dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
                 dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
                 counts.get("organizations", 0), counts.get("people", 0), store.quad_count())
