"""Extraction speed: pages per second on one core, and start-up time of the extractor.

    .venv/bin/python benchmarks/extract_bench.py [--pages 200] [--folder DIR] [--profile] [--write]

Pages: data/samples/*.txt and tests/extract/pages/*.txt (or every .txt of --folder), copied round-robin
into a temporary folder until there are --pages files. The process is pinned to one CPU. After one
warm-up pass (lexicons loaded, regexes compiled), two loops are timed, each three times (the best run
is reported; the median is shown too):

- extract: kg.extract.pipeline.extract_issue on page texts already in memory;
- read+extract+RDF: kg.ingest.reader.read_page (decode, checks), the issue date from the page head,
  extract_issue, and kg.model.rdf.issue_graph (the rdflib graph `kg add` stores).

Start-up is measured in fresh interpreters (median of 5): `import kg.extract.pipeline`, and that import
plus the first extraction of the sample page (which loads the lexicons and compiles the grammar).
--profile prints the functions where the extract loop spends its time (cProfile). --write puts the
figures in benchmarks/extract_results.md. Whole run: well under a minute.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "benchmarks" / "extract_results.md"
TARGET = 20.0   # pages per second
RUNS = 3


def sources(folder: Path | None) -> list[Path]:
    if folder is not None:
        return sorted(folder.glob("*.txt"))
    return sorted((ROOT / "data" / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "extract" / "pages").glob("*.txt"))


def make_folder(srcs: list[Path], n: int, out: Path) -> list[Path]:
    files = []
    for i in range(n):
        src = srcs[i % len(srcs)]
        dst = out / f"{i:04d}-{src.name}"
        shutil.copyfile(src, dst)
        files.append(dst)
    return files


def fresh_interpreter(code: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def startup() -> dict[str, float]:
    import_code = ("import time; t = time.perf_counter(); import kg.extract.pipeline; "
                   "print(time.perf_counter() - t)")
    first_code = ("import time; t = time.perf_counter(); from datetime import date; "
                  "from kg.extract.pipeline import extract_issue; "
                  "text = open('data/samples/2024-10-18.txt', encoding='utf-8').read(); "
                  "extract_issue(text, date(2024, 10, 18), 's.txt'); print(time.perf_counter() - t)")
    return {"import": fresh_interpreter(import_code), "first_page": fresh_interpreter(first_code)}


def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def timed(fn, runs: int = RUNS) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--folder", type=Path, help="benchmark these .txt pages instead of the sample and test pages")
    ap.add_argument("--profile", action="store_true", help="cProfile the extract loop and print the top functions")
    ap.add_argument("--write", action="store_true", help=f"write the figures to {RESULTS.relative_to(ROOT)}")
    args = ap.parse_args(argv)

    srcs = sources(args.folder)
    if not srcs:
        print("no .txt pages found", file=sys.stderr)
        return 1
    boot = startup()
    pinned = pin_one_core()

    from kg.extract.dates import parse_issue_date
    from kg.extract.pipeline import extract_issue
    from kg.ingest.reader import read_page
    from kg.model.rdf import issue_graph
    from kg.pipeline import page_head

    tmp = Path(tempfile.mkdtemp(prefix="extract-bench-"))
    try:
        files = make_folder(srcs, args.pages, tmp)
        pages = [(p.name, p.read_text(encoding="utf-8")) for p in files]
        days = [parse_issue_date(page_head(text)) for _, text in pages]
        if None in days:
            print("a page without an issue date in its head", file=sys.stderr)
            return 1
        chars = sum(len(text) for _, text in pages)
        for (name, text), day in zip(pages[:len(srcs)], days):   # warm-up: one pass over the distinct pages
            extract_issue(text, day, name)

        def extract_only():
            for (name, text), day in zip(pages, days):
                extract_issue(text, day, name)

        def full():
            for path in files:
                page = read_page(path)
                issue = extract_issue(page.text, parse_issue_date(page_head(page.text)), path.name)
                issue.content_hash = page.sha256
                issue_graph(issue)

        largest = max(range(len(srcs)), key=lambda i: len(pages[i][1]))
        big_name, big_text = pages[largest]

        def largest_only():
            for _ in range(20):
                extract_issue(big_text, days[largest], big_name)

        t_extract = timed(extract_only)
        t_full = timed(full)
        t_big = timed(largest_only)
        n_events = sum(len(extract_issue(text, day, name).events) for (name, text), day in zip(pages, days))
        triples = sum(len(issue_graph(extract_issue(t, d, n))[1]) for (n, t), d in zip(pages[:len(srcs)], days))

        prof_text = ""
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            extract_only()
            prof.disable()
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(15)
            prof_text = buf.getvalue()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    n = len(pages)
    best_e, med_e = min(t_extract), statistics.median(t_extract)
    best_f, med_f = min(t_full), statistics.median(t_full)
    best_b, med_b = min(t_big), statistics.median(t_big)
    big_name_shown = big_name.split("-", 1)[1]
    rows = [
        ("extract only", n / best_e, n / med_e, 1000 * best_e / n, chars / best_e / 1000),
        ("read + extract + RDF", n / best_f, n / med_f, 1000 * best_f / n, chars / best_f / 1000),
        (f"extract only, the longest page ({big_name_shown}, {len(big_text) / 1000:.1f} thousand chars) x 20",
         20 / best_b, 20 / med_b, 1000 * best_b / 20, 20 * len(big_text) / best_b / 1000),
    ]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    machine = (f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {pinned}; "
               f"load average at the end {load} (other processes share the CPUs: figures are lower bounds). "
               f"{n} pages from {len(srcs)} distinct files ({', '.join(p.name for p in srcs[:6])}"
               f"{' …' if len(srcs) > 6 else ''}); {chars / n / 1000:.1f} thousand characters a page on average; "
               f"{n_events} events extracted; about {triples // len(srcs)} triples a page.")
    lines = [
        "## Extraction speed (`kg.extract`)",
        "",
        machine,
        "",
        f"Start-up in a fresh interpreter (median of 5): `import kg.extract.pipeline` {boot['import'] * 1000:.0f} ms; "
        f"import and first page (lexicons loaded, grammar compiled) {boot['first_page'] * 1000:.0f} ms.",
        "",
        f"Throughput on one core after start-up and one warm-up pass; best of {RUNS} runs (median in brackets). "
        f"Target: {TARGET:.0f} pages/s.",
        "",
        "| loop | pages/s | ms/page | thousand chars/s |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, best, med, ms, kchars in rows:
        lines.append(f"| {name} | {best:.1f} ({med:.1f}) | {ms:.1f} | {kchars:.0f} |")
    lines += ["", "Run: `.venv/bin/python benchmarks/extract_bench.py --write` (`--profile` for where time goes)."]
    report = "\n".join(lines) + "\n"
    print(report)
    if prof_text:
        print(prof_text)
    if args.write:
        RESULTS.write_text(report, encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0 if n / best_e >= TARGET else 2


if __name__ == "__main__":
    sys.exit(main())
