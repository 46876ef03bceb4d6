"""Extraction of many pages in worker processes, for `kg add FOLDER` of years of archives.

The main process reads each page (cheap), decides what to skip, and writes finished graphs
to the store in batches, each batch one transaction: an interrupted run leaves whole issues
only, and running it again skips what was stored (same content hash).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.errors import KgError

PARALLEL_FROM = 8        # fewer pages than this are extracted in-process: a pool costs ~0.3 s to start
BATCH_ISSUES = 200       # issues per store transaction
BATCH_BYTES = 64 << 20   # or this much N-Triples, whichever comes first


@dataclass
class Job:
    path: Path
    day: date
    sha256: str
    text: str


@dataclass
class Done:
    job: Job
    graph: str = ""
    ntriples: str = ""
    error: str = ""


def extract_to_ntriples(job: Job) -> Done:
    """Page text to the N-Triples of its issue graph; runs in a worker process."""
    from kg.extract.pipeline import extract_issue, require_articles
    from kg.model.rdf import issue_graph

    try:
        issue = require_articles(extract_issue(job.text, job.day, job.path.name, content_hash=job.sha256),
                                 str(job.path))
        name, g = issue_graph(issue)
        return Done(Job(job.path, job.day, job.sha256, ""), str(name), g.serialize(format="nt"))
    except KgError as e:
        return Done(Job(job.path, job.day, job.sha256, ""), error=str(e))
    except Exception as e:  # an extractor bug must not lose the other pages of a bulk run
        return Done(Job(job.path, job.day, job.sha256, ""),
                    error=f"{job.path}: the extractor failed ({type(e).__name__}: {e}); please report this page")


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run(jobs: list[Job], workers: int | None = None) -> Iterator[Done]:
    """Results in completion order; in-process for a few pages, else in a pool of `workers`."""
    workers = workers or default_jobs()
    if len(jobs) < PARALLEL_FROM or workers == 1:
        for job in jobs:
            yield extract_to_ntriples(job)
        return
    # forkserver: workers fork from a clean server that has the extractor loaded once, never from
    # this process with its open database and threads
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kg.extract.pipeline", "kg.model.rdf"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        pending = set()
        queue = iter(jobs)
        for job in queue:   # keep a bounded number in flight: pages are small, results are not
            pending.add(pool.submit(extract_to_ntriples, job))
            if len(pending) >= workers * 4:
                break
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in finished:
                yield f.result()
            for job in queue:
                pending.add(pool.submit(extract_to_ntriples, job))
                if len(pending) >= workers * 4:
                    break


class BatchWriter:
    """Collects graphs and writes them in large transactions."""

    def __init__(self, write: Callable[[dict[str, str]], None]):
        self.write = write
        self.graphs: dict[str, str] = {}
        self.size = 0

    def add(self, graph: str, ntriples: str) -> None:
        self.graphs[graph] = ntriples
        self.size += len(ntriples)
        if len(self.graphs) >= BATCH_ISSUES or self.size >= BATCH_BYTES:
            self.flush()

    def flush(self) -> None:
        if self.graphs:
            self.write(self.graphs)
            self.graphs, self.size = {}, 0
