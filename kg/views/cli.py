"""The commands `kg view`, `kg analyze` and `kg report`.

Contract with the main command group (kg/cli.py):

    from kg.views.cli import view, analyze, report
    cli.add_command(view); cli.add_command(analyze); cli.add_command(report)

- The group puts a callable in `ctx.obj["open_store"]`; `open_store(read_only=True)` returns a context
  manager that yields a Store of kg.store (these commands only call `store.query(sparql)`).
  Until the group provides it, a ctx.obj without "open_store" is read for a `location` attribute
  (the --store value) and kg.store.open_store(location, read_only=True) is used.
- These commands raise kg.errors.KgError subclasses for errors a user can fix; the group prints them as
  one line and exits 1. Bad option values raise click usage errors (exit 2).
- Pages are written as UTF-8 whatever the locale; tables, CSV and JSON go to standard output as UTF-8;
  notes ("wrote FILE ...") go to standard error.

Heavy modules (networkx, the page writers) are imported inside the commands so `kg --help` stays fast.
"""

from __future__ import annotations

import functools
import sys
import webbrowser
from collections.abc import Mapping
from pathlib import Path

import click

DATE = click.DateTime(formats=["%Y-%m-%d"])
LANG = click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
                    help="Language of labels: en shows English type names and pinyin of names.")


def _types(ctx, param, values):
    from kg.views.labels import resolve_type

    resolved = []
    for value in values:
        for part in filter(None, (p.strip() for p in value.split(","))):
            local = resolve_type(part)
            if local is None:
                from kg.model.vocab import EVENT_CLASSES

                raise click.BadParameter(f"unknown event type {part!r}; one of: {', '.join(EVENT_CLASSES)} "
                                         "(or their Chinese names)", ctx=ctx, param=param)
            resolved.append(local)
    return tuple(dict.fromkeys(resolved))


def event_filters(command):
    """--issue, --type, --from, --to, --place: which events (with their places, organizers...) to keep."""
    options = [
        click.option("--issue", "issues", multiple=True, metavar="ISSUE",
                     help="Only this issue (its date as `kg issues` shows it, IRI or file name); repeatable."),
        click.option("--type", "types", multiple=True, metavar="TYPE", callback=_types,
                     help="Events of this class (ElderCareVisit or 敬老慰问...); repeatable or comma-separated."),
        click.option("--from", "date_from", type=DATE, metavar="YYYY-MM-DD",
                     help="Events that can have happened on or after this day."),
        click.option("--to", "date_to", type=DATE, metavar="YYYY-MM-DD",
                     help="Events that can have happened on or before this day."),
        click.option("--place", "places", multiple=True, metavar="NAME",
                     help="Events in this place or any place it contains (schema:containedInPlace*)."),
    ]
    return functools.reduce(lambda cmd, option: option(cmd), reversed(options), command)


def make_filters(issues=(), types=(), date_from=None, date_to=None, places=(), around=(), depth=2):
    from kg.views.graphdata import Filters

    if date_from and date_to and date_from > date_to:
        raise click.BadParameter("--from is after --to")
    return Filters(types=tuple(types), date_from=date_from.date() if date_from else None,
                   date_to=date_to.date() if date_to else None, places=tuple(places), issues=tuple(issues),
                   around=tuple(around), depth=depth)


def open_store(ctx: click.Context):
    obj = ctx.find_root().obj
    opener = obj.get("open_store") if isinstance(obj, Mapping) else getattr(obj, "open_store", None)
    if opener is not None:
        return opener(read_only=True)
    from kg.store import open_store as open_location

    return open_location(getattr(obj, "location", None), read_only=True)


def write_out(text: str) -> None:
    """Standard output as UTF-8 whatever the locale."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def write_html(text: str, output: str, note: str) -> None:
    from kg.views.html import write_page

    write_page(text, output)
    if output != "-":
        click.echo(f"wrote {output}{note}", err=True)


def launch(output: str) -> None:
    if output == "-" or not webbrowser.open(Path(output).resolve().as_uri()):
        click.echo(f"could not open a browser; open {output} yourself", err=True)


# ------------------------------------------------------------------------------------------ view
@click.command()
@click.option("-o", "--output", default="kg-view.html", show_default=True, metavar="FILE.html",
              help='Where to write the page ("-" for standard output).')
@event_filters
@click.option("--around", multiple=True, metavar="NAME",
              help="Only the neighbourhood of the place, organization or person of this name; repeatable.")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True,
              help="How many links from --around to follow.")
@LANG
@click.option("--max-nodes", type=click.IntRange(0), default=3000, show_default=True,
              help="Refuse to draw more nodes than this (0: no limit).")
@click.option("--title", default="", help="Heading of the page.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the browser.")
@click.pass_context
def view(ctx, output, around, depth, lang, max_nodes, title, open_browser, **filter_args):
    """Write the graph as one self-contained, offline HTML page (vis-network).

    Events, places, organizations, people and articles, each its colour and shape, sized by their
    links. Hover a node for its details, click to pin them. Without filters the whole store.
    """
    from kg.views.view import build_view

    filters = make_filters(around=around, depth=depth, **filter_args)
    with open_store(ctx) as store:
        html, drawn = build_view(store, filters, lang=lang, max_nodes=max_nodes, title=title)
    write_html(html, output, f": {len(drawn.nodes)} nodes, {len(drawn.edges)} edges")
    if open_browser:
        launch(output)


# ------------------------------------------------------------------------------------------ analyze
def analysis_options(command):
    options = [
        click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default=None,
                     help="Output format (default: table)."),
        click.option("--html", "html_file", metavar="FILE.html", default=None,
                     help="Also write a picture of the result as an offline HTML page."),
        click.option("--limit", type=click.IntRange(1), default=None, help="Rows to show (default 10)."),
        click.option("--lang", type=click.Choice(["zh", "en"]), default=None, help="Language of the --html page."),
    ]
    return functools.reduce(lambda cmd, option: option(cmd), reversed(options), event_filters(command))


def settings(ctx: click.Context, **given) -> dict:
    """This command's options, falling back on those given to `kg analyze` itself."""
    parent = ctx.parent.params if ctx.parent is not None and ctx.parent.command is analyze else {}
    merged = {k: (v if v not in (None, ()) else parent.get(k, v)) for k, v in given.items()}
    merged["fmt"] = merged.get("fmt") or "table"
    merged["lang"] = merged.get("lang") or "zh"
    return merged


def analysis_graph(ctx, s: dict):
    from kg.views.graphdata import apply_filters
    from kg.views.view import read

    filters = make_filters(s["issues"], s["types"], s["date_from"], s["date_to"], s["places"])
    with open_store(ctx) as store:
        return apply_filters(read(store, filters), filters)


def emit(tables, s: dict, page: str | None = None) -> None:
    from kg.views.tables import render

    write_out(render(tables, s["fmt"]))
    if s["html_file"] and page is not None:
        write_html(page, s["html_file"], "")


def _run(ctx, name: str, **given) -> None:
    from kg.views import analysis_pages as P
    from kg.views import analyze as A

    s = settings(ctx, **given)
    g = analysis_graph(ctx, s)
    limit = s["limit"] or 10
    tables = {
        "orgs": lambda: A.organizations(g, limit),
        "places": lambda: A.places(g, s.get("kind"), limit),
        "coorg": lambda: A.coorganizers(g, limit),
        "communities": lambda: A.communities(g, limit),
        "eldercare": lambda: A.eldercare(g, s.get("roll_up"), s["limit"] or 3),
    }[name]()
    page = None
    if s["html_file"]:
        page = (P.coorganizer_page(g, s["lang"]) if name in ("coorg", "communities")
                else P.tables_page([tables], tables.title, s["lang"]))
    emit([tables], s, page)


@click.group(invoke_without_command=True)
@analysis_options
@click.pass_context
def analyze(ctx, **given):
    """Network analysis: the most active organizations and places, co-organizers, communities,
    elder care per month, and `path A B`. Without a subcommand, a summary of all but path.

    Options given here apply to the subcommand too (`kg analyze --format json orgs`).
    """
    if ctx.invoked_subcommand is not None:
        return
    from kg.views import analysis_pages as P
    from kg.views import analyze as A

    s = settings(ctx, **given)
    if s["fmt"] == "csv":
        raise click.UsageError("--format csv needs one analysis, e.g. `kg analyze orgs --format csv`")
    g = analysis_graph(ctx, s)
    limit = s["limit"] or 10
    tables = [A.organizations(g, limit), A.places(g, None, limit), A.coorganizers(g, limit),
              A.communities(g, limit), A.eldercare(g, None, 3)]
    emit(tables, s, P.tables_page(tables, "kg analyze", s["lang"]) if s["html_file"] else None)


@analyze.command("orgs")
@analysis_options
@click.pass_context
def analyze_orgs(ctx, **given):
    """Organizations by the events they organize or attend."""
    _run(ctx, "orgs", **given)


@analyze.command("places")
@analysis_options
@click.option("--kind", type=click.Choice(["District", "Subdistrict", "Community", "ResidentialArea", "Venue"]),
              default=None, help="Only places of this kind.")
@click.pass_context
def analyze_places(ctx, **given):
    """Places by the events located there (and within them)."""
    _run(ctx, "places", **given)


@analyze.command("coorg")
@analysis_options
@click.pass_context
def analyze_coorg(ctx, **given):
    """Pairs of organizations that organize events together, by how many."""
    _run(ctx, "coorg", **given)


@analyze.command("communities")
@analysis_options
@click.pass_context
def analyze_communities(ctx, **given):
    """Communities of the co-organizer network (greedy modularity)."""
    _run(ctx, "communities", **given)


@analyze.command("eldercare")
@analysis_options
@click.option("--roll-up", type=click.Choice(["District", "Subdistrict", "Community"]), default=None,
              help="Count each event for the place of this kind that contains it.")
@click.pass_context
def analyze_eldercare(ctx, **given):
    """Per month, the places with the most elder-care visits (--limit per month, default 3)."""
    _run(ctx, "eldercare", **given)


@analyze.command("path")
@click.argument("name_a")
@click.argument("name_b")
@analysis_options
@click.pass_context
def analyze_path(ctx, name_a, name_b, **given):
    """The shortest connection between two named entities (places, organizations, people...)."""
    from kg.views import analysis_pages as P
    from kg.views import analyze as A

    s = settings(ctx, **given)
    g = analysis_graph(ctx, s)
    table = A.path(g, name_a, name_b)
    emit([table], s, P.path_page(g, name_a, name_b, s["lang"]) if s["html_file"] else None)


# ------------------------------------------------------------------------------------------ report
@click.command()
@click.option("-o", "--output", default="kg-report.html", show_default=True, metavar="FILE.html",
              help='Where to write the page ("-" for standard output).')
@click.option("--issue", "issues", multiple=True, metavar="ISSUE", help="An issue to report on; repeatable.")
@click.option("--from", "date_from", type=DATE, metavar="YYYY-MM-DD", help="Issues published on or after.")
@click.option("--to", "date_to", type=DATE, metavar="YYYY-MM-DD", help="Issues published on or before.")
@LANG
@click.option("--title", default="", help="Heading of the page.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the browser.")
@click.pass_context
def report(ctx, output, issues, date_from, date_to, lang, title, open_browser):
    """Write an offline HTML report of an issue or of the issues of a date range (default: all).

    Counts per event type and per 街道, a timeline, and the articles with their events, each
    linked to its evidence sentence.
    """
    from kg.views.report import build_report

    if date_from and date_to and date_from > date_to:
        raise click.BadParameter("--from is after --to")
    with open_store(ctx) as store:
        html = build_report(store, tuple(issues), date_from.date() if date_from else None,
                            date_to.date() if date_to else None, lang=lang, title=title)
    write_html(html, output, "")
    if open_browser:
        launch(output)
