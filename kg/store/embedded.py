"""The default backend: a pyoxigraph (RocksDB) store in a local folder.

- The folder is created on the first write; reading a folder that does not exist yet
  answers as an empty store.
- RocksDB allows one read-write opener per folder, so `.kg.lock` inside the folder is
  flock()ed: writers exclusively, readers (read_only=True, opened with
  pyoxigraph's Store.read_only) shared. A busy lock is waited for up to
  $KG_LOCK_TIMEOUT seconds (default 30), calling `on_wait` once, then StoreLockedError.
- Queries use pyoxigraph's engine with the union of all named graphs as default graph.
- `timeout` is best effort: the query runs in a daemon thread (pyoxigraph releases the
  GIL) that is abandoned when it overruns; it still holds the store until it ends.
"""

from __future__ import annotations

import fcntl
import os
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import KgError, QueryError, StoreError, StoreLockedError
from kg.store import base
from kg.store.base import QueryResult, Store

LOCK_NAME = ".kg.lock"
DEFAULT_LOCK_TIMEOUT = 30.0
FLUSH_FROM = 10_000  # quads written by one replace_graphs call from which memtables are flushed
# What a read-only open of a store whose creation was cut short says: its column families, or the
# storage version pyoxigraph writes last on creation, are missing.
_UNFINISHED = re.compile(r"Column family not found|Inserts are only possible on read-write instances")


class EmbeddedStore(Store):
    def __init__(self, folder: str | os.PathLike[str], *, read_only: bool = False,
                 on_wait: Callable[[], None] | None = None) -> None:
        self.folder = Path(folder)
        self.location = str(self.folder)
        self.read_only = read_only
        self._on_wait = on_wait
        self._lock: _FolderLock | None = None
        self._db: ox.Store | None = None  # the on-disk store, once opened
        self._running: list[threading.Thread] = []  # queries abandoned after their timeout
        if _holds_store(self.folder):
            self._open()

    # --- opening -------------------------------------------------------------------------

    def _open(self) -> None:
        self._lock = _FolderLock(self.folder, exclusive=not self.read_only)
        self._lock.acquire(lock_timeout(), self._on_wait)
        try:
            self._db = ox.Store.read_only(str(self.folder)) if self.read_only else ox.Store(str(self.folder))
        except (OSError, RuntimeError, ValueError) as e:  # RocksDB reports corruption as RuntimeError
            if self.read_only and _UNFINISHED.search(str(e)):
                # kg was killed while it created this store, before its tables or its version
                # existed: there is no data yet, so read it as empty (keeping the lock); the next
                # write completes it
                return
            self._lock.release()
            self._lock = None
            if re.search(r"\block\b", str(e), re.IGNORECASE):  # RocksDB's LOCK file, not "block"
                raise StoreLockedError(f"{self.folder}: the store is held by another program (not kg); "
                                       "stop it (e.g. an oxigraph server on this folder) and try again") from None
            raise StoreError(f"{self.folder}: cannot open the store ({_one_line(e)}); "
                             "check the folder and its permissions, or use another --store") from None

    def _reader(self) -> ox.Store:
        return self._db if self._db is not None else ox.Store()  # no store yet: empty

    def _writer(self) -> ox.Store:
        self._refuse_if_read_only()
        if self._db is None:
            _check_folder(self.folder)
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"{self.folder}: cannot create the store folder ({e.strerror}); "
                                 "choose a writable --store folder") from None
            self._open()
        return self._db

    # --- writing -------------------------------------------------------------------------

    def replace_graph(self, graph: str, ntriples: str) -> None:
        self.replace_graphs({graph: ntriples})

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        self._refuse_if_read_only()
        parsed = {g: base.parse_ntriples(g, nt) for g, nt in graphs.items()}  # all valid before writing
        if self._db is None and not any(parsed.values()):
            return  # only drops, and there is no store yet: nothing to do
        db = self._writer()
        for update in base.swap_updates(parsed):
            self._write(db.update, update)
        if sum(map(len, parsed.values())) >= FLUSH_FROM:
            # RocksDB keeps up to 128 MB of memtable per index (and its write-ahead log) until flushed:
            # without this a bulk add of 3,000 issues grew by 2.6 GB of memory and 3 GB of log on disk
            self._write(lambda _: db.flush(), None)

    def compact(self) -> None:
        # RocksDB compaction: after a bulk add, queries run 10-20% faster (benchmarks/results.md)
        if self._db is not None and not self.read_only:
            self._write(lambda _: self._db.optimize(), None)

    def drop_graph(self, graph: str) -> bool:
        node = base.graph_node(graph)
        if self._db is None or not self._db.contains_named_graph(node):
            return False
        self._write(self._writer().update, base.drop_update(graph))
        self._drop_empty_directory()
        return True

    def update(self, sparql: str) -> None:
        base.check_is_update(sparql)
        db = self._writer()
        try:
            db.update(sparql)
        except SyntaxError as e:
            raise base.syntax_error(str(e)) from None
        except OSError as e:
            raise StoreError(f"{self.folder}: the update could not be written ({_one_line(e)}); "
                             "check free disk space and permissions") from None
        except (RuntimeError, ValueError) as e:
            raise QueryError(f"the update failed: {_one_line(e)}; nothing was changed") from None

    def _write(self, action: Callable, arg: object) -> None:
        try:
            action(arg)
        except (OSError, RuntimeError, SyntaxError, ValueError) as e:
            raise StoreError(f"{self.folder}: the write failed ({_one_line(e)}); nothing was changed, "
                             "check free disk space and permissions") from None

    # --- reading -------------------------------------------------------------------------

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._reader().named_graphs() if isinstance(g, ox.NamedNode))

    def quad_count(self, graph: str | None = None) -> int:
        db = self._reader()
        if graph is None:
            return len(db)
        return sum(1 for _ in db.quads_for_pattern(None, None, None, base.graph_node(graph)))

    def query(self, sparql: str, *, timeout: float | None = None) -> QueryResult:
        base.check_is_query(sparql)
        db = self._reader()

        def run() -> QueryResult:
            try:
                return base.to_result(db.query(sparql, use_default_graph_as_union=True))
            except SyntaxError as e:
                raise base.syntax_error(str(e)) from None
            except OSError as e:
                raise StoreError(f"{self.folder}: the store could not be read ({_one_line(e)}); "
                                 "check the folder and try again") from None
            except (RuntimeError, ValueError) as e:
                raise QueryError(f"the query failed: {_one_line(e)}; check the query") from None

        return run() if timeout is None else self._with_timeout(run, timeout)

    def _with_timeout(self, run: Callable[[], QueryResult], timeout: float) -> QueryResult:
        outcome: list[QueryResult | KgError] = []

        def target() -> None:
            try:
                outcome.append(run())
            except KgError as e:
                outcome.append(e)

        thread = threading.Thread(target=target, name="kg-query", daemon=True)
        thread.start()
        thread.join(timeout)
        if thread.is_alive():
            self._running.append(thread)
            raise QueryError(f"query took longer than {timeout:g} s; narrow it or raise --timeout")
        if isinstance(outcome[0], KgError):
            raise outcome[0]
        return outcome[0]

    def export(self, out: BinaryIO, fmt: str) -> None:
        base.check_export_format(fmt)
        try:
            base.write_export(self._reader(), out, fmt)
        except OSError as e:
            raise StoreError(f"{self.folder}: export failed ({_one_line(e)}); "
                             "check the output file and the store folder") from None

    def close(self) -> None:
        db, self._db = self._db, None
        if db is not None and not self.read_only:
            try:
                db.flush()
            except OSError:
                pass  # RocksDB's own log makes committed writes durable anyway
        del db
        if self._lock is not None and not any(t.is_alive() for t in self._running):
            self._lock.release()  # an abandoned query still reads: keep the lock until exit
        self._lock = None


# --- the folder ------------------------------------------------------------------------------


def lock_timeout() -> float:
    raw = os.environ.get("KG_LOCK_TIMEOUT", "")
    if not raw.strip():
        return DEFAULT_LOCK_TIMEOUT
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise StoreError(f"KG_LOCK_TIMEOUT={raw!r} is not a number; set it to seconds, e.g. 30") from None


def _holds_store(folder: Path) -> bool:
    """True when `folder` holds a store; False when it is missing or empty; StoreError otherwise."""
    _check_folder(folder)
    return (folder / "CURRENT").is_file()


# What RocksDB writes before CURRENT while it creates a store: a folder holding only these (and
# .kg.lock) is a store whose creation was interrupted (kg killed) or is under way in another kg
# process. It holds no data yet, and opening it for writing completes the creation.
_ROCKSDB_FILE = re.compile(r"LOCK|IDENTITY|LOG(\.old\.\d+)?|MANIFEST-\d+|OPTIONS-\d+(\.dbtmp)?|\d+\.(dbtmp|log)")


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder}: is a file, not a store folder; pass a folder to --store (or KG_STORE)")
    if not folder.is_dir() or (folder / "CURRENT").is_file():
        return
    try:
        entries = {p.name for p in folder.iterdir()}
    except OSError as e:
        raise StoreError(f"{folder}: cannot read the folder ({e.strerror}); check its permissions") from None
    if any(not _ROCKSDB_FILE.fullmatch(name) for name in entries - {LOCK_NAME}):
        raise StoreError(f"{folder}: this folder holds other files, not a kg store; "
                         "pass an empty or new folder to --store (or KG_STORE)")


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__


class _FolderLock:
    """flock() on `.kg.lock`: one writer or many readers. The holder's pid is written into it."""

    def __init__(self, folder: Path, *, exclusive: bool) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self.exclusive = exclusive
        self.fd: int | None = None

    def acquire(self, timeout: float, on_wait: Callable[[], None] | None) -> None:
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            try:  # a reader on a folder it may not write to can still take a shared lock
                self.fd = os.open(self.path, os.O_RDONLY)
            except OSError as e:
                raise StoreError(f"{self.path}: cannot open the lock file ({e.strerror}); "
                                 "check the store folder's permissions") from None
        mode = (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + timeout
        waited = False
        while True:
            try:
                fcntl.flock(self.fd, mode)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self._holder()
                    self.release()
                    raise StoreLockedError(f"{self.folder}: the store is in use by another kg process "
                                           f"(pid {holder}); wait for it to finish or try again") from None
                if not waited and on_wait is not None:
                    on_wait()
                waited = True
                time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
        try:
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass  # read-only lock file: the pid is only informative

    def _holder(self) -> str:
        """Who holds the lock: from /proc/locks on Linux, else the pid the last holder wrote."""
        try:
            info = os.fstat(self.fd)
            file_id = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
            with open("/proc/locks") as locks:
                pids = [f[4] for f in (line.split() for line in locks)
                        if len(f) > 5 and f[1] == "FLOCK" and f[5] == file_id]
            if pids:
                return ", ".join(dict.fromkeys(pids))
        except (OSError, ValueError):
            pass
        try:
            return os.pread(self.fd, 32, 0).decode().strip() or "unknown"
        except OSError:
            return "unknown"

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the flock
            self.fd = None

    __del__ = release  # a store dropped without close() frees the folder too
