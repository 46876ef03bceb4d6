"""The embedded pyoxigraph store: its folder, its lock, its transactions."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pyoxigraph
import pytest

from kg.errors import StoreError, StoreLockedError
from kg.store import base, open_store
from tests.store.conftest import ISSUE_A, ISSUE_B, NT_A, NT_A2, NT_B


def test_the_folder_is_created_on_first_write(tmp_path: Path):
    folder = tmp_path / "deep" / "store"
    with open_store(str(folder)) as store:
        assert store.graphs() == [] and store.quad_count() == 0
        assert not folder.exists()
        assert store.drop_graph(ISSUE_A) is False
        assert not folder.exists()
        store.replace_graph(ISSUE_A, NT_A2)
    assert (folder / "CURRENT").is_file() and (folder / ".kg.lock").is_file()


def test_reading_a_missing_folder_answers_empty(tmp_path: Path):
    with open_store(str(tmp_path / "none"), read_only=True) as store:
        assert store.graphs() == []
        assert store.query("ASK { ?s ?p ?o }").boolean is False
    assert not (tmp_path / "none").exists()


def test_data_persists_across_reopening(tmp_path: Path):
    with open_store(str(tmp_path)) as store:
        store.replace_graphs({ISSUE_A: NT_A, ISSUE_B: NT_B})
    with open_store(str(tmp_path), read_only=True) as store:
        assert store.graphs() == [ISSUE_A, ISSUE_B]
        assert store.quad_count() == 12


def test_a_folder_of_other_files_is_refused(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("not a store")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="holds other files, not a kg store"):
            open_store(str(tmp_path), read_only=read_only)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # nothing written into it


def test_a_file_is_refused(tmp_path: Path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file, not a store folder"):
        open_store(str(tmp_path / "file"))


def test_a_corrupt_store_is_a_store_error(tmp_path: Path):
    (tmp_path / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError, match="cannot open the store") as caught:
        open_store(str(tmp_path))
    assert type(caught.value) is StoreError


def test_graph_swap_is_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Make the swap's SPARQL update fail after its DROP and INSERT: the old graph must remain."""
    with open_store(str(tmp_path)) as store:
        store.replace_graph(ISSUE_A, NT_A)
        real = base.swap_updates
        monkeypatch.setattr(base, "swap_updates",
                            lambda graphs: (u + " ;\nDROP GRAPH <urn:kg:absent>" for u in real(graphs)))
        with pytest.raises(StoreError, match="nothing was changed"):
            store.replace_graph(ISSUE_A, NT_A2)
        assert store.quad_count(ISSUE_A) == 9
        assert store.query('ASK { ?e <https://schema.org/name> "书画展"@zh }').boolean is False


def test_large_batches_are_split_between_graphs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(base, "QUADS_PER_TRANSACTION", 5)
    graphs = {f"{ISSUE_A}-{i}": NT_A + NT_A2 for i in range(4)}
    assert len(list(base.swap_updates({g: base.parse_ntriples(g, nt) for g, nt in graphs.items()}))) == 4
    with open_store(str(tmp_path)) as store:
        store.replace_graphs(graphs)
        assert store.quad_count() == 44 and len(store.graphs()) == 4


HOLDER = textwrap.dedent("""
    import sys
    from kg.store import open_store
    store = open_store(sys.argv[1], read_only=sys.argv[2] == "ro")
    store.graphs()
    print("ready", flush=True)
    sys.stdin.read()
""")


@pytest.fixture
def existing_store(tmp_path: Path) -> Path:
    with open_store(str(tmp_path)) as store:
        store.replace_graph(ISSUE_A, NT_A2)
    return tmp_path


def _hold(folder: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), mode], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_a_second_writer_waits_then_gives_up(existing_store: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "0.4")
    holder = _hold(existing_store, "rw")
    try:
        waits = []
        started = time.monotonic()
        with pytest.raises(StoreLockedError) as caught:
            open_store(str(existing_store), on_wait=lambda: waits.append(1))
        assert time.monotonic() - started >= 0.4
        assert waits == [1]
        assert str(caught.value) == (f"{existing_store}: the store is in use by another kg process "
                                     f"(pid {holder.pid}); wait for it to finish or try again")
        with pytest.raises(StoreLockedError):  # readers wait for a writer too
            open_store(str(existing_store), read_only=True)
    finally:
        holder.communicate("")
    with open_store(str(existing_store)) as store:  # free again
        assert store.graphs() == [ISSUE_A]


def test_readers_share_the_store_and_keep_writers_out(existing_store: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "0.2")
    holder = _hold(existing_store, "ro")
    try:
        with open_store(str(existing_store), read_only=True) as reader:
            assert reader.graphs() == [ISSUE_A]
        with pytest.raises(StoreLockedError, match=f"pid {holder.pid}"):
            open_store(str(existing_store))
    finally:
        holder.communicate("")


def test_a_waiting_writer_gets_the_store_when_it_is_released(existing_store: Path, monkeypatch):
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "10")
    first = open_store(str(existing_store))
    threading.Timer(0.3, first.close).start()
    with open_store(str(existing_store)) as second:
        second.replace_graph(ISSUE_B, NT_B)
        assert second.graphs() == [ISSUE_A, ISSUE_B]


def test_a_store_held_by_another_program(existing_store: Path):
    other = pyoxigraph.Store(str(existing_store))  # e.g. an oxigraph server on the folder, without kg's lock
    try:
        with pytest.raises(StoreLockedError, match="another program"):
            open_store(str(existing_store))
    finally:
        del other


def test_a_bad_lock_timeout(existing_store: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "soon")
    with pytest.raises(StoreError, match="KG_LOCK_TIMEOUT"):
        open_store(str(existing_store))
