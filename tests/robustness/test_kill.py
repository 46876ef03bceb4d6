"""Atomic writes: `kg add` killed (SIGKILL) at random moments leaves a store that opens, validates,
and holds each issue whole or not at all.

A corpus of 20 generated pages (benchmarks/generate_corpus.py) is added again and again and each
run is killed after a seeded random delay spread over a whole run. Runs alternate between the
installed `kg` (one transaction for the 20 issues) and the same CLI with tiny batches (3 issues a
batch, about 2 issues a SPARQL update), so that kills also land between transactions, on a fresh
store, on a partly filled one, and during --force replacements. After each kill every stored issue
must equal, quad for quad, the issue added alone into a clean store; each distinct state is
checked with `kg validate` (in a background thread, so CI time stays low).

KG_KILL_ROUNDS (default 12) and KG_KILL_SEED change the size and the delays.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kg import PROJECT_ROOT
from kg.model.directory import CONTAINED_IN, DIRECTORY_GRAPH
from tests.conftest import invoke
from tests.robustness.conftest import kg_command, kg_env, nquads, run_kg

ROUNDS = int(os.environ.get("KG_KILL_ROUNDS", "12"))
SEED = int(os.environ.get("KG_KILL_SEED", "20241018"))
PAGES = 20
SMALL_BATCHES = ("import sys, kg.bulk, kg.store.base; kg.bulk.BATCH_ISSUES = 3; "
                 "kg.store.base.QUADS_PER_TRANSACTION = 2000; from kg.cli import main; main()")


def graph_of(line: str) -> str:
    """The graph IRI of an N-Quads line (the last term before ' .'); our data has no blank nodes."""
    return line[: -2].rstrip().rsplit(" ", 1)[1].strip("<>")


def by_graph(lines: list[str]) -> dict[str, frozenset[str]]:
    graphs: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        graphs[graph_of(line)].add(line)
    return {g: frozenset(quads) for g, quads in graphs.items()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("kill") / "corpus"
    subprocess.run([sys.executable, str(PROJECT_ROOT / "benchmarks" / "generate_corpus.py"), str(out),
                    "--issues", str(PAGES), "--seed", str(SEED % 1000)], check=True, capture_output=True)
    assert len(list(out.glob("*.txt"))) == PAGES
    return out


@pytest.fixture(scope="module")
def alone(corpus, tmp_path_factory) -> dict[str, frozenset[str]]:
    """Each page added alone into a clean store: graph IRI -> its N-Quads lines, and
    directory_of(graph IRI) -> the lines of the directory graph it made.

    One store serves all pages: it is emptied before each add."""
    from kg import pipeline
    from kg.store import open_store

    reference: dict[str, frozenset[str]] = {}
    with open_store(str(tmp_path_factory.mktemp("alone") / "store")) as store:
        for page in sorted(corpus.glob("*.txt")):
            for graph in store.graphs():
                store.drop_graph(graph)
            report = pipeline.add_pages(store, [page], jobs=1)
            assert len(report.added) == 1, report.failed
            out = io.BytesIO()
            store.export(out, "nquads")
            graphs = by_graph(sorted(line for line in out.getvalue().decode().splitlines() if line.strip()))
            assert len(graphs) == 2 and DIRECTORY_GRAPH in graphs
            issue = next(g for g in graphs if g != DIRECTORY_GRAPH)
            reference[issue] = graphs[issue]
            reference[directory_of(issue)] = graphs[DIRECTORY_GRAPH]
    return reference


def directory_of(graph: str) -> str:
    return f"{graph} directory"


def expected_directory(graphs: dict[str, frozenset[str]], alone: dict[str, frozenset[str]]) -> frozenset[str]:
    """What the issues alone put in the directory, except that each place lies only in the parent(s)
    most of the present issues give it (kg.model.directory)."""
    union = frozenset().union(*(alone[directory_of(g)] for g in graphs))
    claims: Counter[tuple[str, str]] = Counter()
    for quads in graphs.values():
        for line in quads:
            s, p, o = line.split(" ")[:3]
            if p == f"<{CONTAINED_IN}>":
                claims[s, o] += 1
    most: dict[str, int] = {}
    for (s, _), n in claims.items():
        most[s] = max(most.get(s, 0), n)
    kept = {f"{s} <{CONTAINED_IN}> {o} <{DIRECTORY_GRAPH}> ." for (s, o), n in claims.items() if n == most[s]}
    return frozenset(line for line in union if f" <{CONTAINED_IN}> " not in line) | kept


def check_whole_or_absent(store: Path, alone: dict[str, frozenset[str]]) -> frozenset[str]:
    """The store opens, each of its issues is exactly the issue added alone, and the directory
    graph is exactly what those issues give it; return the issues."""
    listed = invoke("--store", store, "issues")
    assert listed.exit_code == 0, listed.stderr
    graphs = by_graph(nquads(store))
    directory = graphs.pop(DIRECTORY_GRAPH, frozenset())
    assert directory == expected_directory(graphs, alone), "the directory graph is out of step with the issues"
    for graph, quads in graphs.items():
        assert graph in alone, f"unexpected graph {graph}"
        assert quads == alone[graph], (f"{graph}: {len(quads)} quads, {len(alone[graph])} when added alone; "
                                       "a torn issue")
    return frozenset(graphs)


def validate(snapshot: Path) -> tuple[Path, int, str]:
    done = run_kg("--store", snapshot, "validate")
    return snapshot, done.returncode, done.stdout + done.stderr


def test_kill_add_at_random_moments(corpus, alone, tmp_path):
    rng = random.Random(SEED)
    store = tmp_path / "store"

    run_time = 1e9
    for attempt in range(2):   # the first run also pays for cold caches: time the second
        started = time.monotonic()
        full = run_kg("--store", tmp_path / f"timing-{attempt}", "add", corpus)
        run_time = min(run_time, time.monotonic() - started)
        assert full.returncode == 0 and full.stdout.strip() == f"added {PAGES}, unchanged 0, failed 0", full.stderr

    seen: dict[frozenset[str], Path] = {}
    states = []
    kills = 0
    with ThreadPoolExecutor(max_workers=1) as checker:
        validations = []
        for round_ in range(ROUNDS):
            # a fresh store in small batches; then finishing it (still small batches); then all
            # 20 replaced in one transaction (--force, the installed kg)
            fresh, small, force = [(True, True, False), (False, True, False), (False, False, True)][round_ % 3]
            if fresh:
                shutil.rmtree(store, ignore_errors=True)
            command = [sys.executable, "-c", SMALL_BATCHES] if small else kg_command()
            args = [*command, "--store", str(store), "add", *(["--force"] if force else []),
                    *(["-j", "1"] if round_ % 3 == 2 else []), str(corpus)]
            delay = rng.uniform(0.05, run_time * 0.9)
            proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    cwd=PROJECT_ROOT, env=kg_env(), start_new_session=True)
            try:
                time.sleep(delay)
                kills += proc.poll() is None
                proc.kill()
                proc.wait(timeout=30)
            finally:  # its extraction workers (same session) go too
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            present = check_whole_or_absent(store, alone)
            states.append((round_, round(delay, 2), len(present)))
            if present not in seen and store.exists():
                snapshot = tmp_path / f"state-{round_}"
                shutil.copytree(store, snapshot)
                seen[present] = snapshot
                validations.append(checker.submit(validate, snapshot))

        # An interrupted run is finished by running it again.
        final = run_kg("--store", store, "add", corpus)
        assert final.returncode == 0, final.stderr
        assert check_whole_or_absent(store, alone) == frozenset(g for g in alone if not g.endswith(" directory"))
        assert run_kg("--store", store, "add", corpus).stdout.strip() == f"added 0, unchanged {PAGES}, failed 0"
        validations.append(checker.submit(validate, store))
        for future in validations:
            snapshot, code, out = future.result()
            assert code == 0 and out.startswith("ok: the store conforms"), (snapshot.name, out)

    assert kills >= ROUNDS // 2, f"most runs must be killed before they end: {states}"
    print(f"run {run_time:.1f} s; (round, delay, issues present): {states}; {len(seen)} distinct states")


CREATE = """
import sys
from kg.store import open_store
print("ready", flush=True)
with open_store(sys.argv[1]) as store:
    store.replace_graph("https://w3id.org/community-kg/id/issue/2024-10-18",
                        '<https://w3id.org/community-kg/id/a> <https://schema.org/name> "x" .\\n')
"""


def test_kill_while_the_store_is_created(tmp_path):
    """Killed while RocksDB creates the store's files (before or after CURRENT): every later kg
    command opens the folder (as empty when nothing was written), and the next write completes it."""
    rng = random.Random(SEED + 1)
    states = set()
    for i in range(12):
        folder = tmp_path / f"store-{i}"
        proc = subprocess.Popen([sys.executable, "-c", CREATE, str(folder)], stdout=subprocess.PIPE,
                                cwd=PROJECT_ROOT, text=True)
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 10
        while not folder.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.0005)
        time.sleep(rng.uniform(0, 0.015))
        proc.kill()
        proc.wait(timeout=10)
        states.add(tuple(sorted(p.name for p in folder.iterdir())) if folder.exists() else ())
        listed = invoke("--store", folder, "issues")
        assert listed.exit_code == 0, (sorted(os.listdir(folder)), listed.stderr)
        assert listed.stdout.count("2024-10-18") <= 1
        checked = invoke("--store", folder, "validate")
        assert checked.exit_code == 0, checked.stdout + checked.stderr
        done = invoke("--store", folder, "query", "--update",
                      'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "c" } }')
        assert done.exit_code == 0, (sorted(os.listdir(folder)), done.stderr)
        assert invoke("--store", folder, "query", "ASK { <urn:a> <urn:b> \"c\" }").stdout.strip() == "true"
    print(f"folders left by the kills: {sorted(states)}")


def test_a_creation_cut_before_current_is_not_other_files(tmp_path):
    """The files RocksDB writes before CURRENT (as a kill leaves them) are not "other files": the
    folder reads as an empty store and the next write creates it. Any other file still refuses."""
    folder = tmp_path / "store"
    folder.mkdir()
    for name in (".kg.lock", "LOCK", "LOG", "IDENTITY", "MANIFEST-000001", "000001.dbtmp"):
        (folder / name).write_bytes(b"")
    assert invoke("--store", folder, "issues").exit_code == 0
    assert invoke("--store", folder, "add", PROJECT_ROOT / "data" / "samples" / "2024-10-18.txt").exit_code == 0
    assert invoke("--store", folder, "validate").stdout.startswith("ok:")

    other = tmp_path / "other"
    other.mkdir()
    (other / "LOG").write_bytes(b"")
    (other / "notes.txt").write_text("mine")
    refused = invoke("--store", other, "issues")
    assert refused.exit_code == 1 and "holds other files, not a kg store" in refused.stderr
