"""Benchmarks of `kg view`: generation time and file size at 100, 1,000 and 5,000 nodes, and the time a
view takes to settle in headless Chromium.

    .venv/bin/python benchmarks/views_bench.py              # generation only
    .venv/bin/python benchmarks/views_bench.py --browser    # and layout time in /usr/bin/chromium

Synthetic issues (records -> kg.model.rdf -> a store in a temporary folder), per 20 nodes: 10 events,
2 articles, 3 places, 3 organizations, 2 people; events have 1-3 organizers drawn with a skew (a few
busy organizations), one place, sometimes an attendee. Prints a Markdown section for BENCHMARKS.md and
writes it to benchmarks/views_results.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.model.rdf import issue_graph  # noqa: E402
from kg.records import Article, DateSpec, Event, Issue, Organization, Person, Place, Sentence  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.views.graphdata import Filters, apply_filters, load_graph  # noqa: E402
from kg.views.html import render_view  # noqa: E402

SIZES = (100, 1000, 5000)
TYPES = ("ElderCareVisit", "VolunteerService", "CulturalPerformance", "Meeting", "EducationActivity")


def synthetic_issues(n_nodes: int, seed: int = 1) -> list[Issue]:
    rnd = random.Random(seed)
    units = max(n_nodes // 20, 1)
    n_events, n_articles, n_places, n_orgs, n_people = 10 * units, 2 * units, 3 * units, 3 * units, 2 * units
    places = {"大同市": Place("大同市", "City"), "平城区": Place("平城区", "District", "大同市")}
    n_sub = max((n_places - 2) // 8, 1)
    subs = [f"第{i}街道" for i in range(n_sub)]
    places |= {s: Place(s, "Subdistrict", "平城区") for s in subs}
    communities = [f"第{i}社区" for i in range(n_places - 2 - n_sub)]
    places |= {c: Place(c, "Community", rnd.choice(subs)) for c in communities}
    orgs = {f"组织{i}": Organization(f"组织{i}") for i in range(n_orgs)}
    people = {f"人物{i}": Person(f"人物{i}") for i in range(n_people)}
    org_names, people_names = list(orgs), list(people)
    weights = [1 / (i + 1) for i in range(n_orgs)]  # a few busy organizations
    articles_per_issue = 10
    issues, start = [], date(2024, 1, 1)
    for i_issue in range(max(n_articles // articles_per_issue, 1)):
        articles = []
        for a in range(1, min(articles_per_issue, n_articles - i_issue * articles_per_issue) + 1):
            body, events = "", []
            for _ in range(n_events // n_articles):
                sentence = f"第{len(body)}句，社区开展活动。"
                s = Sentence(sentence, len(body), len(body) + len(sentence))
                body += sentence
                day = start + timedelta(days=rnd.randrange(365))
                who = sorted(set(rnd.choices(org_names, weights, k=rnd.randint(1, 3))))
                events.append(Event(types=[rnd.choice(TYPES)], name=f"活动{i_issue}-{a}-{len(events)}", sentence=s,
                                    date=DateSpec(start=day), places=[rnd.choice(communities or subs)],
                                    organizers=who, attendees=[rnd.choice(people_names)] if rnd.random() < .3 else [],
                                    attendee_count=rnd.randint(5, 200)))
            articles.append(Article(a, f"报道{i_issue}-{a}", body, authors=[rnd.choice(people_names)], events=events))
        issues.append(Issue(start + timedelta(days=i_issue), f"s{i_issue}.txt", "", district="平城区",
                            articles=articles, places=places, organizations=orgs, people=people))
    return issues


def fill(folder: str, issues: list[Issue]) -> None:
    with open_store(folder) as store:
        store.replace_graphs({iri: g.serialize(format="nt") for iri, g in map(issue_graph, issues)})


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def median_timed(fn, repeat: int):
    runs = [timed(fn) for _ in range(repeat)]
    return runs[-1][0], statistics.median(t for _, t in runs)


def generation(n_nodes: int, workdir: Path, repeat: int) -> dict:
    folder = str(workdir / f"store-{n_nodes}")
    fill(folder, synthetic_issues(n_nodes))
    with open_store(folder, read_only=True) as store:
        full, t_load = median_timed(lambda: load_graph(store), repeat)
    view, t_filter = median_timed(lambda: apply_filters(full, Filters()), repeat)
    html, t_render = median_timed(lambda: render_view(view, full), repeat)
    html_en, t_render_en = median_timed(lambda: render_view(view, full, lang="en"), repeat)
    path = workdir / f"view-{n_nodes}.html"
    path.write_text(html, encoding="utf-8")
    return {"nodes": len(view.nodes), "edges": len(view.edges), "load": t_load, "filter": t_filter,
            "render": t_render, "render_en": t_render_en, "total": t_load + t_filter + t_render,
            "bytes": len(html.encode("utf-8")), "path": path}


def settle_time(path: Path, timeout: float = 600) -> tuple[float, float]:
    """Seconds until the page draws and until physics stops (stabilizationIterationsDone)."""
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        t0 = time.perf_counter()
        page.goto(path.as_uri())
        loaded = time.perf_counter() - t0
        while not page.evaluate("window.kgStabilized === true"):
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError(path)
            time.sleep(0.05)
        settled = time.perf_counter() - t0
        browser.close()
    return loaded, settled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--browser", action="store_true", help="also time the layout in headless Chromium")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the median is shown")
    parser.add_argument("--out", default=str(Path(__file__).with_name("views_results.md")))
    opts = parser.parse_args()

    lines = ["## Views (`kg view`)", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
             f"embedded store. Synthetic graphs; whole store drawn (no filter); median of {opts.repeat} runs, "
             f"in seconds. render --lang en: the median run has romanized names cached; loading pypinyin "
             f"the first time adds about 0.2-0.6 s.", "",
             "| nodes | edges | read store (SPARQL) | filter | render page | total | page size | render --lang en |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            r = generation(n, Path(tmp), opts.repeat)
            results[n] = r
            lines.append(f"| {r['nodes']:,} | {r['edges']:,} | {r['load']:.2f} | {r['filter']:.3f} | "
                         f"{r['render']:.2f} | {r['total']:.2f} | {r['bytes'] / 1024:,.0f} KiB | {r['render_en']:.2f} |")
            print(lines[-1], flush=True)
        if opts.browser:
            lines += ["", "Layout in headless Chromium (/usr/bin/chromium, --disable-gpu): seconds from opening "
                      "the file until the page is loaded, and until physics has stopped after "
                      f"stabilization (150 iterations, forceAtlas2Based) and the page is drawn; median of "
                      f"{opts.repeat} runs.", "",
                      "| nodes | edges | loaded | settled (physics off) |", "| ---: | ---: | ---: | ---: |"]
            r2000 = generation(2000, Path(tmp), 1)
            for r in (results[1000], r2000, results[5000]):
                runs = [settle_time(r["path"]) for _ in range(opts.repeat)]
                loaded, settled = (statistics.median(x) for x in zip(*runs))
                lines.append(f"| {r['nodes']:,} | {r['edges']:,} | {loaded:.1f} | {settled:.1f} |")
                print(lines[-1], flush=True)
    text = "\n".join(lines) + "\n"
    Path(opts.out).write_text(text, encoding="utf-8")
    print()
    print(text)


if __name__ == "__main__":
    main()
