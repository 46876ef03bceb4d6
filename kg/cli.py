"""The `kg` command line. Each command opens the store, calls one kg.pipeline function, prints.

Errors a user can fix (kg.errors.KgError) print one line "kg: error: ..." and exit 1; usage
errors print one such line too and exit 2; anything else prints one line and a hint to rerun with --debug.
Heavy modules are imported inside the commands so that `kg --help` starts fast.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError

WAIT_MESSAGE = "kg: waiting for the store lock held by another kg process…"
DEBUG_HINT = "(run with --debug for the traceback)"


def one_line(text: str) -> str:
    """On one line, without control characters (a server's or a page's text may hold escape sequences)."""
    return " ".join("".join(c for c in str(text) if c.isprintable() or c.isspace()).split())


def error(message: str) -> None:
    click.echo(f"kg: error: {one_line(message)}", err=True)


class OneLineUsageError(click.UsageError):
    """A usage error shown as one line `kg: error: …` with where to find help (exit status 2)."""

    def show(self, file=None) -> None:
        hint = f" (see `{self.ctx.command_path} --help`)" if self.ctx is not None else ""
        click.echo(f"kg: error: {one_line(self.format_message())}{hint}", file=file, err=file is None)


def _one_line_usage(e: click.UsageError) -> click.UsageError:
    if isinstance(e, (OneLineUsageError, click.exceptions.NoArgsIsHelpError)):
        return e
    return OneLineUsageError(e.format_message(), e.ctx)


class KgGroup(click.Group):
    """Turns exceptions into one-line messages and exit statuses."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as e:   # kg's own options (--store, --debug)
            raise _one_line_usage(e) from None

    def invoke(self, ctx: click.Context):
        debug = bool(ctx.params.get("debug"))
        try:
            return super().invoke(ctx)
        except click.UsageError as e:   # a command's arguments, or an unknown command
            raise _one_line_usage(e) from None
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KgError as e:
            if debug:
                raise
            error(str(e))
            ctx.exit(e.exit_code)
        except BrokenPipeError:
            # The reader of our output went away (kg export | head): stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(1)
        except Exception as e:
            if debug:
                raise
            what = one_line(str(e))
            error(f"{type(e).__name__}{': ' + what if what else ''} {DEBUG_HINT}")
            ctx.exit(1)


class IsoDate(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value).strip()):
            try:
                return date.fromisoformat(str(value).strip())
            except ValueError as e:   # 2024-02-30, 2024-13-01
                self.fail(f"{value!r} is not a day of the calendar ({e}); give a real date as YYYY-MM-DD",
                          param, ctx)
        self.fail(f"{value!r} is not a date; give it as YYYY-MM-DD, e.g. 2024-10-18", param, ctx)


ISO_DATE = IsoDate()


@dataclass
class Options:
    """ctx.obj of every command: the --store and --debug values, and how to open the store."""

    location: str | None
    debug: bool

    def open_store(self, read_only: bool = True):
        """A context manager yielding the store (kg/views/cli.py calls this)."""
        return opened(self, read_only)


@contextmanager
def opened(opts: Options, read_only: bool):
    """The store named by --store/KG_STORE (or the default), telling once when it waits."""
    from kg.store import open_store

    told = []

    def on_wait(*_args, **_kwargs) -> None:
        if not told:
            told.append(True)
            click.echo(WAIT_MESSAGE, err=True)

    with open_store(opts.location, read_only=read_only, on_wait=on_wait) as store:
        yield store


# --------------------------------------------------------------------------- the group


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "location", envvar="KG_STORE", metavar="LOCATION",
              help="The store: a folder for the embedded store, or an http(s):// SPARQL "
                   "endpoint. Default: $KG_STORE, else the default folder (see README).")
@click.option("--debug", is_flag=True, help="On an unexpected error, show the full traceback.")
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def cli(ctx: click.Context, location: str | None, debug: bool) -> None:
    """Community events of district newspapers as an RDF knowledge graph.

    Add OCR'd issue pages with `kg add`, then query, view, export and validate the graph.
    Each issue is stored in its own named graph.
    """
    ctx.obj = Options(location or None, debug)


# --------------------------------------------------------------------------- add / extract


class Progress:
    """A click progress bar on stderr, shown only for several files on a terminal."""

    def __init__(self) -> None:
        self.bar = None
        self.started = 0.0

    def __call__(self, done: int, total: int, path: Path) -> None:
        if total < 2 or not sys.stderr.isatty():
            return
        import time

        if self.bar is None:
            self.started = time.monotonic()
            self.bar = click.progressbar(length=total, label="adding", file=sys.stderr, show_pos=True,
                                         show_eta=True, item_show_func=self.rate)
            self.bar.__enter__()
        self.bar.update(1, done)

    def rate(self, done: int | None) -> str:
        import time

        if not done:
            return ""
        return f"{done / max(time.monotonic() - self.started, 1e-6):.1f} pages/s"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@cli.command(short_help="Add issue pages (.txt files or folders of them) to the store.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", "day", type=ISO_DATE,
              help="The issue date, when the page head does not print it (one file only).")
@click.option("--force", is_flag=True,
              help="Extract and store pages again even when they did not change.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes extracting pages (default: all cores, for 8 pages or more).")
@click.pass_obj
def add(opts: Options, paths: tuple[Path, ...], day: date | None, force: bool, jobs: int | None) -> None:
    """Add newspaper issue pages (.txt files or folders of them) to the store.

    The issue date is read from the page head unless --date gives it. Adding an issue again
    replaces its triples; an unchanged page is skipped (unless --force). Good files are added even when
    others fail; each failure is reported on one line and the exit status is 1.

    \b
    Examples:
      kg add data/samples/2024-10-18.txt
      kg add pages/                      # every .txt page in the folder
      kg add scan.txt --date 2024-10-18
    """
    from kg import pipeline

    progress = Progress()
    with opened(opts, read_only=False) as store:
        try:
            report = pipeline.add_pages(store, paths, day, progress=progress, force=force, jobs=jobs)
        finally:
            progress.close()
    click.echo(report.summary)
    for _path, message in report.failed:
        error(message)
    if report.failed:
        sys.exit(1)


def _when(spec, issue_date: date) -> str:
    """An event's date as stored: a day, START/END, or EARLIEST..LATEST bounds.

    Like the RDF model, an event without a time gets the issue date as its latest bound.
    """
    if spec.start:
        end = spec.end if spec.end and spec.end != spec.start else None
        return spec.start.isoformat() + (f"/{end.isoformat()}" if end else "")
    lo = spec.earliest.isoformat() if spec.earliest else ""
    return f"{lo}..{(spec.latest or issue_date).isoformat()}"


def _flat_events(events, depth=0, parts=None):
    """Events with series parts indented under their series (parts are listed once)."""
    if parts is None:
        parts = {id(sub) for e in events for sub in e.sub_events}
        events = [e for e in events if id(e) not in parts]
    for event in events:
        yield depth, event
        yield from _flat_events(event.sub_events, depth + 1, parts)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--date", "day", type=ISO_DATE, help="The issue date, when the page head does not print it.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table",
              show_default=True, help="json: the whole Issue record; table: one line per event.")
def extract(path: Path, day: date | None, fmt: str) -> None:
    """Show what `kg add` would store for one page, without storing it.

    The table has one line per event: its date (a day, START/END, or EARLIEST..LATEST bounds
    of a vague time), types, place, organizers and name; sub-events are indented.

    \b
    Examples:
      kg extract data/samples/2024-10-18.txt
      kg extract data/samples/2024-10-18.txt --format json > issue.json
    """
    from kg import output, pipeline

    issue = pipeline.extract_page(path, day)
    if fmt == "json":
        click.echo(json.dumps(output.to_jsonable(issue), ensure_ascii=False, indent=2))
        return
    rows = [[_when(e.date, issue.date), ",".join(e.types), "、".join(e.places), "、".join(e.organizers),
             "  " * depth + e.name] for depth, e in _flat_events(issue.events)]
    click.echo(output.table(["date", "types", "place", "organizers", "event"], rows))
    click.echo(f"({len(rows)} event(s) in {len(issue.articles)} article(s) of the issue of "
               f"{issue.date.isoformat()})")


# --------------------------------------------------------------------------- issues / remove


@cli.command(short_help="List the issues in the store, one a line.")
@click.pass_obj
def issues(opts: Options) -> None:
    """List the issues in the store, one a line: date, source file, articles, events, triples.

    The date is the name `kg remove` takes.
    """
    from kg import output, pipeline

    with opened(opts, read_only=True) as store:
        found = pipeline.list_issues(store)
    if not found:
        click.echo("no issues in the store yet; add one with `kg add PAGE.txt`", err=True)
        return
    rows = [[i.key, i.source, i.articles, i.events, i.triples] for i in found]
    click.echo(output.table(["issue", "source", "articles", "events", "triples"], rows))


@cli.command(short_help="Remove one issue, named by its date.")
@click.argument("issue")
@click.pass_obj
def remove(opts: Options, issue: str) -> None:
    """Remove one issue (named by its date, as `kg issues` shows it) and all its triples.

    \b
    Example:
      kg remove 2024-10-18
    """
    from kg import pipeline

    with opened(opts, read_only=False) as store:
        quads = pipeline.remove_issue(store, issue)
    click.echo(f"removed issue {issue.strip()} ({quads} quads)")


# --------------------------------------------------------------------------- query / export


@cli.command(short_help="Run a SPARQL query (read-only unless --update).")
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file (see data/queries/).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="json is the SPARQL 1.1 JSON results format.")
@click.option("--update", is_flag=True, help="Allow a SPARQL update (INSERT, DELETE, ...).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Give up on a query after this many seconds.")
@click.pass_obj
def query(opts: Options, sparql: str | None, file: Path | None, fmt: str, update: bool,
          timeout: float | None) -> None:
    """Run a SPARQL query over all issues (the default graph is their union).

    The store is read-only here: an update is refused unless --update is given.
    CONSTRUCT and DESCRIBE print N-Triples; ASK prints true or false.

    \b
    Examples:
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      kg query -f data/queries/events_with_places_and_dates.rq --format csv
      kg query --update 'DELETE WHERE { GRAPH ?g { ?s <https://schema.org/attendee> ?o } }'
    """
    from kg import output, pipeline

    if (sparql is None) == (file is None):
        raise click.UsageError("give a SPARQL query or -f FILE.rq (one of them)")
    if file is not None:
        try:
            sparql = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise KgError(f"{file}: cannot be read as a UTF-8 query ({one_line(str(e))})") from None
    with opened(opts, read_only=not update) as store:
        result = pipeline.run_query(store, sparql, allow_update=update, timeout=timeout)
        if isinstance(result, pipeline.UpdateDone):
            click.echo(f"update done: the store holds {result.quads_after} quads "
                       f"(was {result.quads_before})")
            return
        text = output.format_result(result, fmt)
    click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle", "jsonld"]),
              default="trig", show_default=True,
              help="trig, nquads and jsonld keep the named graphs; turtle merges them.")
@click.option("-o", "--output", "out", default="-", metavar="FILE",
              help="Write to FILE; `-` (the default) writes to standard output.")
@click.pass_obj
def export(opts: Options, fmt: str, out: str) -> None:
    """Write every named graph of the store as RDF.

    \b
    Examples:
      kg export -o out/graph.trig
      kg export --format nquads | gzip > graph.nq.gz
    """
    from kg import pipeline

    with opened(opts, read_only=True) as store:
        if out == "-":
            sys.stdout.flush()
            pipeline.export(store, sys.stdout.buffer, fmt)
            sys.stdout.buffer.flush()
            return
        write_atomically(Path(out), lambda f: pipeline.export(store, f, fmt))
    click.echo(f"wrote {out}", err=True)


def write_atomically(target: Path, write) -> None:
    """Call write(binary_file) on a file beside `target`, then rename it into place, so a
    failure never leaves half a file."""
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, target)
    except OSError as e:
        raise KgError(f"{target}: cannot write it ({e.strerror or e}); choose another -o FILE") from None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


# --------------------------------------------------------------------------- validate / stats


@cli.command()
@click.pass_obj
def validate(opts: Options) -> None:
    """Check the store against the SHACL shapes of ontology/shapes.ttl.

    Prints one line per violation (focus node, path: message) and exits 1 when there are any.
    """
    from kg import pipeline

    with opened(opts, read_only=True) as store:
        report = pipeline.validate(store)
    click.echo(report.text)
    if not report.conforms:
        error(f"the store does not conform to the shapes: {len(report.violations)} violation(s)")
        sys.exit(1)


@cli.command(short_help="Count issues, articles, events, places, organizations, people.")
@click.pass_obj
def stats(opts: Options) -> None:
    """Count issues, articles, events by type, places by kind, organizations, people, quads."""
    from kg import pipeline
    from kg.output import clean

    with opened(opts, read_only=True) as store:
        s = pipeline.stats(store)
    lines = [("issues", s.issues), ("articles", s.articles), ("events", s.events)]
    lines += [(f"  {clean(name)}", n) for name, n in s.events_by_type.items()]
    lines += [("places", sum(s.places_by_kind.values()))]
    lines += [(f"  {clean(name)}", n) for name, n in s.places_by_kind.items()]
    lines += [("organizations", s.organizations), ("people", s.people), ("quads", s.quads)]
    wide = max(len(name) for name, _ in lines)
    for name, n in lines:
        click.echo(f"{name:<{wide}}  {n}")


# --------------------------------------------------------------------------- commands of kg/views


def _add_view_commands() -> None:
    """view, analyze and report live in kg/views/cli.py; add those that exist."""
    try:
        found = importlib.util.find_spec("kg.views.cli") is not None
    except ModuleNotFoundError:
        found = False
    if not found:
        return
    module = importlib.import_module("kg.views.cli")
    for name in ("view", "analyze", "report"):
        command = getattr(module, name, None)
        if isinstance(command, click.Command):
            cli.add_command(command, name)


_add_view_commands()


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
