"""Store backends at scale: ~1,000,000 quads in 3,650 named graphs (ten years of daily issues).

    .venv/bin/python benchmarks/store_bench.py [--quads-per-issue 274] [--keep DIR]

Synthetic, deterministic (seeded) data in the contract's vocabulary is loaded into the
embedded pyoxigraph store through kg.store (replace_graphs, 100 issues per call); then the
store is reopened read-only and two queries are timed: events counted by type, and events in
a date range. The same two queries run on rdflib's in-memory Dataset (default graph = union)
in child processes, each given RDFLIB_LIMIT seconds and recorded as "> 120 s" when it overruns.
Prints a Markdown table for BENCHMARKS.md. Whole run: about 3-5 minutes.

Both queries use DISTINCT: pyoxigraph 0.5's union default graph is a bag, so a triple held by
several graphs (a place named in many issues) matches once per graph (oxigraph/oxigraph#1919).
"""

from __future__ import annotations

import argparse
import io
import multiprocessing as mp
import os
import platform
import queue
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ISSUES = 3650
BATCH = 100
RDFLIB_LIMIT = 120.0
SEED = 20241011

ID = "https://w3id.org/community-kg/id/"
SCHEMA = "https://schema.org/"
CE = "https://w3id.org/community-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
EVENT_TYPES = ["ElderCareVisit", "Exhibition", "TrainingSession", "VolunteerService", "CulturalPerformance",
               "EducationActivity", "PublicServiceOutreach", "Inspection", "Meeting", "SportsActivity",
               "RecruitmentEvent", "CommunityGathering"]
EVENT_NAMES = ["走访慰问老人", "书画展", "职业技能培训", "义诊", "文艺汇演", "主题班会", "防诈骗宣传",
               "机动式巡察", "推进会", "重阳登高", "招聘会", "茶话会"]
PLACES = [f"{name}{i}社区" for i in range(80) for name in ("虹桥", "长宁", "江川", "华漕", "新泾")]  # 400
ORGS = [f"{name}{i}" for i in range(50) for name in ("街道办事处", "社区居委会", "志愿者协会", "文化中心")]  # 200

Q_BY_TYPE = f"""PREFIX ce: <{CE}>
PREFIX schema: <{SCHEMA}>
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {{
  ?e a ?type ; schema:subjectOf ?article .
  FILTER(STRSTARTS(STR(?type), STR(ce:)))
}} GROUP BY ?type ORDER BY DESC(?n)"""

Q_DATE_RANGE = f"""PREFIX schema: <{SCHEMA}>
PREFIX xsd: <{XSD}>
SELECT DISTINCT ?e ?date ?name ?place WHERE {{
  ?e schema:startDate ?date ; schema:name ?name ; schema:location/schema:name ?place .
  FILTER(?date >= "2020-03-01"^^xsd:date && ?date <= "2020-05-31"^^xsd:date)
}} ORDER BY ?date"""


# --- data ------------------------------------------------------------------------------------


def issue_graphs(quads_per_issue: int):
    """Yield (graph IRI, N-Triples) for each issue, the same every run."""
    rng = random.Random(SEED)
    first = date(2015, 1, 1)
    for n in range(ISSUES):
        day = first + timedelta(days=n)
        graph = f"{ID}issue/{day}"
        lines: dict[str, None] = {}  # a graph is a set: repeated places and organizers count once

        def t(s: str, p: str, o: str) -> None:
            lines[f"<{s}> <{p}> {o} ."] = None

        issue = f"{ID}issue/{day}/self"
        t(issue, RDF_TYPE, f"<{SCHEMA}PublicationIssue>")
        t(issue, f"{SCHEMA}datePublished", f'"{day}"^^<{XSD}date>')
        k = 0
        while len(lines) < quads_per_issue:
            k += 1
            article, event = f"{ID}article/{day}-{k}", f"{ID}event/{day}-{k}"
            t(article, RDF_TYPE, f"<{SCHEMA}NewsArticle>")
            t(article, f"{SCHEMA}headline", f'"第{k}版 社区新闻 {day}"@zh')
            t(article, f"{SCHEMA}isPartOf", f"<{issue}>")
            kind = rng.randrange(len(EVENT_TYPES))
            t(event, RDF_TYPE, f"<{CE}{EVENT_TYPES[kind]}>")
            if rng.random() < 0.15:
                t(event, RDF_TYPE, f"<{CE}{rng.choice(EVENT_TYPES)}>")
            t(event, f"{SCHEMA}name", f'"{rng.choice(PLACES)}{EVENT_NAMES[kind]}"@zh')
            when = day - timedelta(days=rng.randrange(0, 7))
            if rng.random() < 0.8:
                t(event, f"{SCHEMA}startDate", f'"{when}"^^<{XSD}date>')
            else:
                t(event, f"{CE}earliestDate", f'"{when - timedelta(days=10)}"^^<{XSD}date>')
                t(event, f"{CE}latestDate", f'"{when}"^^<{XSD}date>')
            place_no = rng.randrange(len(PLACES))
            place = f"{ID}place/{place_no}"
            t(event, f"{SCHEMA}location", f"<{place}>")
            t(place, RDF_TYPE, f"<{SCHEMA}Place>")
            t(place, RDF_TYPE, f"<{CE}Community>")
            t(place, f"{SCHEMA}name", f'"{PLACES[place_no]}"@zh')
            t(place, f"{SCHEMA}containedInPlace", f"<{ID}place/subdistrict-{place_no % 10}>")
            org_no = rng.randrange(len(ORGS))
            t(event, f"{SCHEMA}organizer", f"<{ID}org/{org_no}>")
            t(f"{ID}org/{org_no}", RDF_TYPE, f"<{SCHEMA}Organization>")
            t(f"{ID}org/{org_no}", f"{SCHEMA}name", f'"{ORGS[org_no]}"@zh')
            t(event, f"{CE}attendeeCount", f'"{rng.randrange(5, 500)}"^^<{XSD}integer>')
            t(event, f"{SCHEMA}subjectOf", f"<{article}>")
            t(event, f"{CE}evidence", f'"{day}，{PLACES[place_no]}开展{EVENT_NAMES[kind]}活动。"@zh')
        yield graph, "\n".join(list(lines)[:quads_per_issue]) + "\n"


# --- timing ----------------------------------------------------------------------------------


def timed(action):
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def fmt_s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def rdflib_child(which: str, quads_per_issue: int, out: mp.Queue) -> None:
    """Load the same data into rdflib's Dataset, then run one query; report through `out`."""
    import rdflib

    started = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    for graph, nt in issue_graphs(quads_per_issue):
        dataset.graph(rdflib.URIRef(graph)).parse(data=nt, format="nt")
    size = sum(len(g) for g in dataset.graphs())
    out.put(("load", time.perf_counter() - started, size, time.time()))
    sparql = Q_BY_TYPE if which == "by_type" else Q_DATE_RANGE
    seconds, rows = timed(lambda: len(list(dataset.query(sparql))))
    out.put((which, seconds, rows))


def run_rdflib(quads_per_issue: int) -> dict[str, str]:
    """Both rdflib queries, each in its own process (they run side by side on two cores)."""
    ctx = mp.get_context("spawn")
    results: dict[str, str] = {}
    children = []
    for which in ("by_type", "date_range"):
        channel = ctx.Queue()
        proc = ctx.Process(target=rdflib_child, args=(which, quads_per_issue, channel), daemon=True)
        proc.start()
        children.append((which, proc, channel))
    for which, proc, channel in children:
        try:
            _, load_s, size, query_started = channel.get(timeout=2 * RDFLIB_LIMIT)
            results.setdefault("load", f"{fmt_s(load_s)} ({size:,} quads)")
            _, seconds, rows = channel.get(timeout=max(0.1, query_started + RDFLIB_LIMIT - time.time()))
            results[which] = f"{fmt_s(seconds)} ({rows} rows)"
        except queue.Empty:
            results.setdefault("load", f"> {2 * RDFLIB_LIMIT:.0f} s")
            results[which] = f"> {RDFLIB_LIMIT:.0f} s (abandoned)"
        proc.kill()
        proc.join()
    return results


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor() or "unknown")
    mem_kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    import pyoxigraph
    import rdflib

    return (f"{os.cpu_count()} CPUs (nproc), {cpu}, {mem_kb / 1024 / 1024:.0f} GiB RAM, "
            f"{platform.system()} {platform.release()}; Python {platform.python_version()}, "
            f"pyoxigraph {pyoxigraph.__version__}, rdflib {rdflib.__version__}")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quads-per-issue", type=int, default=274)
    parser.add_argument("--keep", type=Path, help="build the store in this folder and keep it")
    parser.add_argument("--skip-rdflib", action="store_true")
    args = parser.parse_args()

    from kg.store import open_store

    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-")) / "store"
    rows: list[tuple[str, str, str]] = []
    try:
        gen_s, graphs = timed(lambda: list(issue_graphs(args.quads_per_issue)))
        total = sum(nt.count("\n") for _, nt in graphs)
        print(f"generated {total:,} quads in {len(graphs):,} graphs in {gen_s:.1f} s", file=sys.stderr)

        def load() -> None:
            with open_store(str(folder)) as store:
                for i in range(0, len(graphs), BATCH):
                    store.replace_graphs(dict(graphs[i:i + BATCH]))

        load_s, _ = timed(load)
        rows.append(("load (replace_graphs, 100 issues per call)", fmt_s(load_s),
                     f"{total / load_s:,.0f} quads/s"))
        reopen_s, store = timed(lambda: open_store(str(folder), read_only=True))
        with store:
            rows.append(("reopen read-only", fmt_s(reopen_s), f"store on disk {folder_size(folder) / 2**20:.0f} MiB"))
            count_s, count = timed(store.quad_count)
            rows.append(("quad_count()", fmt_s(count_s), f"{count:,} quads"))
            for label, sparql in (("events by type", Q_BY_TYPE), ("events in a date range", Q_DATE_RANGE)):
                cold_s, result = timed(lambda: store.query(sparql))
                warm_s, _ = timed(lambda: store.query(sparql))
                rows.append((f"query: {label}", fmt_s(cold_s), f"{len(result.rows)} rows; again: {fmt_s(warm_s)}"))
            sink = open(os.devnull, "wb")
            export_s, _ = timed(lambda: store.export(sink, "nquads"))
            sink.close()
            rows.append(("export nquads (streamed)", fmt_s(export_s), ""))
        graph, nt = graphs[1234]
        with open_store(str(folder)) as store:
            replace_s, _ = timed(lambda: store.replace_graph(graph, nt))
        rows.append(("replace one issue in the full store", fmt_s(replace_s), f"{nt.count(chr(10))} quads"))
        del graphs

        if not args.skip_rdflib:
            print("rdflib: loading and querying in child processes...", file=sys.stderr)
            rdf = run_rdflib(args.quads_per_issue)
            rows.append(("rdflib Dataset: load (parse N-Triples)", rdf["load"], "in memory"))
            rows.append(("rdflib Dataset: events by type", rdf["by_type"], "default graph = union"))
            rows.append(("rdflib Dataset: events in a date range", rdf["date_range"], ""))
    finally:
        if args.keep is None:
            shutil.rmtree(folder.parent, ignore_errors=True)

    out = io.StringIO()
    out.write(f"Machine: {machine()}.\n\n")
    out.write(f"Data: {total:,} quads in {ISSUES:,} named graphs ({args.quads_per_issue} per issue), "
              f"seed {SEED}; generating the N-Triples took {fmt_s(gen_s)}.\n\n")
    out.write("| step | time | notes |\n| --- | --- | --- |\n")
    for step, seconds, note in rows:
        out.write(f"| {step} | {seconds} | {note} |\n")
    print(out.getvalue())


if __name__ == "__main__":
    main()
