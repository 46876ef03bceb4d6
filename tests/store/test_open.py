"""Choosing the store: --store, $KG_STORE, the default folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store import DEFAULT_STORE, EmbeddedStore, RemoteStore, default_store, open_store, resolve_location


def test_location_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env"))
    assert resolve_location(str(tmp_path / "arg")) == str(tmp_path / "arg")
    assert resolve_location(None) == str(tmp_path / "env")
    monkeypatch.delenv("KG_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_location(None) == str(tmp_path / "xdg" / "community-kg" / "store")
    monkeypatch.delenv("XDG_DATA_HOME")
    assert resolve_location(None) == str(Path.home() / ".local" / "share" / "community-kg" / "store")


def test_default_store_constant(monkeypatch: pytest.MonkeyPatch):
    assert DEFAULT_STORE.parts[-2:] == ("community-kg", "store")
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert default_store() == Path.home() / ".local" / "share" / "community-kg" / "store"


def test_tilde_is_expanded():
    assert resolve_location("~/kg") == str(Path.home() / "kg")


def test_backend_by_location(tmp_path: Path):
    assert isinstance(open_store(str(tmp_path)), EmbeddedStore)
    for url in ("http://127.0.0.1:7878", "HTTPS://example.org/ds/query"):
        assert isinstance(open_store(url), RemoteStore)  # opening a remote store sends nothing
