"""Concurrency on one embedded store, with the real `kg` in subprocesses: the second command waits
for the lock, saying so once, then succeeds; or, after $KG_LOCK_TIMEOUT, fails with one line.
Never a corrupted store or a raw database error."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import PROJECT_ROOT
from kg.cli import WAIT_MESSAGE
from tests.conftest import SAMPLE, invoke
from tests.robustness.conftest import kg_command, kg_env, nquads

HOLDER_PAGES = 30
COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?i a <https://schema.org/PublicationIssue> } }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def generate(out: Path, issues: int, seed: int, start: str) -> Path:
    subprocess.run([sys.executable, str(PROJECT_ROOT / "benchmarks" / "generate_corpus.py"), str(out),
                    "--issues", str(issues), "--seed", str(seed), "--start", start], check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    base = tmp_path_factory.mktemp("concurrency")
    return (generate(base / "many", HOLDER_PAGES, 5, "2016-01-04"),   # keeps a writer busy a few seconds
            generate(base / "few", 3, 6, "2019-03-04"))


@pytest.fixture
def store(template_store, tmp_path) -> Path:
    """An existing store (the sample added): kg takes its lock when it opens it."""
    folder = tmp_path / "store"
    shutil.copytree(template_store, folder)
    return folder


def start(*args, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([*kg_command(), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=PROJECT_ROOT, env=env or kg_env())


def wait_until_it_holds_the_lock(proc: subprocess.Popen, store: Path) -> None:
    """kg writes its pid into .kg.lock once it holds the lock."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if (store / ".kg.lock").read_text().strip() == str(proc.pid):
                return
        except OSError:
            pass
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.01)
    raise AssertionError("the first kg never took the lock")


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=180)
    return proc.returncode, out, err


def assert_sound(store: Path, issues: int) -> None:
    assert int(invoke("--store", store, "query", "--format", "csv", COUNT_GRAPHS).stdout.split()[1]) == issues
    checked = invoke("--store", store, "validate")
    assert checked.exit_code == 0 and checked.stdout.startswith("ok:"), checked.stdout + checked.stderr


def test_two_adds_at_once_the_second_waits_then_adds(pages, store):
    many, few = pages
    first = start("--store", store, "add", "-j", "1", many)
    wait_until_it_holds_the_lock(first, store)
    second = start("--store", store, "add", few)
    code2, out2, err2 = finish(second)
    code1, out1, err1 = finish(first)
    assert (code1, out1.strip(), err1) == (0, f"added {HOLDER_PAGES}, unchanged 0, failed 0", "")
    assert code2 == 0, err2
    assert out2.strip() == "added 3, unchanged 0, failed 0"
    assert err2.strip().splitlines() == [WAIT_MESSAGE]
    assert_sound(store, 1 + HOLDER_PAGES + 3)


def test_a_query_waits_for_an_add_and_sees_all_of_it(pages, store):
    many, _ = pages
    first = start("--store", store, "add", "-j", "1", many)
    wait_until_it_holds_the_lock(first, store)
    query = start("--store", store, "query", "--format", "csv", COUNT_GRAPHS)
    code, out, err = finish(query)
    assert finish(first)[0] == 0
    assert code == 0 and err.strip().splitlines() == [WAIT_MESSAGE]
    assert out.split() == ["n", str(1 + HOLDER_PAGES)]   # the whole add, never half of it


def test_an_add_waits_for_a_long_query(pages, store):
    _, few = pages
    reader = start("--store", store, "query", "--timeout", "2", SLOW)
    wait_until_it_holds_the_lock(reader, store)
    writer = start("--store", store, "add", few)
    code, out, err = finish(writer)
    rcode, _, rerr = finish(reader)
    assert rcode == 1 and rerr.strip() == "kg: error: query took longer than 2 s; narrow it or raise --timeout"
    assert code == 0 and out.strip() == "added 3, unchanged 0, failed 0"
    assert err.strip().splitlines() == [WAIT_MESSAGE]


def test_waiting_gives_up_after_the_lock_timeout(pages, store):
    many, few = pages
    before = nquads(store)
    first = start("--store", store, "add", "-j", "1", many)
    wait_until_it_holds_the_lock(first, store)
    env = kg_env(KG_LOCK_TIMEOUT="0.5")
    late = [start("--store", store, "add", few, env=env),
            start("--store", store, "query", COUNT_GRAPHS, env=env),
            start("--store", store, "remove", "2024-10-18", env=env)]
    for proc in late:
        code, out, err = finish(proc)
        assert code == 1 and out == ""
        lines = err.strip().splitlines()
        assert lines[0] == WAIT_MESSAGE and len(lines) == 2, err
        assert lines[1] == (f"kg: error: {store}: the store is in use by another kg process (pid {first.pid}); "
                            "wait for it to finish or try again")
    assert finish(first)[0] == 0
    after = nquads(store)
    assert set(before) <= set(after)          # the sample is still there: `remove` never ran
    assert_sound(store, 1 + HOLDER_PAGES)     # and the 3 pages of the late add were not added


def test_two_adds_creating_the_same_new_store(pages, tmp_path):
    """Both extract at once and meet at the store's creation: one creates it, the other waits."""
    _, few = pages
    for attempt in range(2):
        store = tmp_path / f"new-{attempt}"
        a = start("--store", store, "add", SAMPLE)
        b = start("--store", store, "add", few)
        (ca, oa, ea), (cb, ob, eb) = finish(a), finish(b)
        assert (ca, cb) == (0, 0), (ea, eb)
        assert oa.strip() == "added 1, unchanged 0, failed 0" and ob.strip() == "added 3, unchanged 0, failed 0"
        assert set((ea + eb).strip().splitlines()) <= {WAIT_MESSAGE}
        assert int(invoke("--store", store, "query", "--format", "csv", COUNT_GRAPHS).stdout.split()[1]) == 4
    assert invoke("--store", store, "validate").exit_code == 0
