"""Where the knowledge graph lives: one named graph per newspaper issue.

A store location is either a folder (the embedded pyoxigraph store, the default) or an
``http://`` / ``https://`` SPARQL endpoint (see kg.store.remote for how endpoints are found).
Without --store, $KG_STORE is used, then DEFAULT_STORE:
``$XDG_DATA_HOME/community-kg/store``, or ``~/.local/share/community-kg/store`` when
XDG_DATA_HOME is unset.

    with open_store(read_only=True) as store:
        result = store.query("SELECT ...")
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from kg.store.base import QueryResult, Store, Term
from kg.store.embedded import EmbeddedStore
from kg.store.remote import RemoteStore

__all__ = ["DEFAULT_STORE", "EmbeddedStore", "QueryResult", "RemoteStore", "Store", "Term",
           "default_store", "open_store", "resolve_location"]


def default_store() -> Path:
    """The default folder, from the environment as it is now."""
    xdg = os.environ.get("XDG_DATA_HOME", "")
    data_home = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return data_home / "community-kg" / "store"


DEFAULT_STORE: Path = default_store()  # as computed at import; resolve_location() looks again


def resolve_location(location: str | None) -> str:
    """The store to use: `location`, else $KG_STORE, else the default folder."""
    chosen = location or os.environ.get("KG_STORE") or str(default_store())
    return chosen if is_remote(chosen) else os.path.expanduser(chosen)


def is_remote(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def open_store(location: str | None = None, *, read_only: bool = False,
               on_wait: Callable[[], None] | None = None) -> Store:
    """Open the store at `location` (see resolve_location).

    read_only=True for commands that only read (query, export, issues, view): several may run
    at once. `on_wait` is called once if the embedded store is busy and kg starts waiting.
    """
    where = resolve_location(location)
    if is_remote(where):
        return RemoteStore(where, read_only=read_only)
    return EmbeddedStore(where, read_only=read_only, on_wait=on_wait)
