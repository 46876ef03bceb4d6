"""Every command has help and is in the README; errors are one line; --help starts fast."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

import kg.store
from kg import PROJECT_ROOT, pipeline
from kg.cli import DEBUG_HINT, WAIT_MESSAGE, cli
from kg.errors import KgError
from tests.conftest import invoke, one_line_error

COMMANDS = sorted(cli.commands)
README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_the_contract_commands_exist():
    assert {"add", "export", "query", "issues", "remove", "validate", "stats", "extract"} <= set(COMMANDS)


def test_group_help_lists_every_command():
    result = invoke("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name} " in result.stdout
    assert "--store" in result.stdout and "--debug" in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name):
    result = invoke(name, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: cli {name}") or result.stdout.startswith(f"Usage: kg {name}")
    assert len((cli.commands[name].help or "").strip()) > 20


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme(name):
    assert f"kg {name}" in README


def test_unknown_command_is_a_usage_error():
    assert invoke("frobnicate").exit_code == 2


def test_help_does_not_import_heavy_modules():
    code = ("import sys; from kg.cli import main; sys.argv = ['kg', '--help']\n"
            "try: main()\nexcept SystemExit: pass\n"
            "heavy = [m for m in ('rdflib', 'pyoxigraph', 'pyshacl', 'networkx', 'pyvis') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("HEAVY []")


class FakeStore:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def fake_open(waits: int):
    def open_store(location=None, *, read_only=False, on_wait=None):
        for _ in range(waits):
            on_wait()
        return FakeStore()
    return open_store


def test_lock_wait_is_told_once(monkeypatch):
    monkeypatch.setattr(kg.store, "open_store", fake_open(3), raising=False)
    monkeypatch.setattr(pipeline, "list_issues", lambda store: [])
    result = invoke("issues")
    assert result.exit_code == 0
    assert result.stderr.count(WAIT_MESSAGE) == 1


def test_kg_error_is_one_line(monkeypatch):
    def fail(store):
        raise KgError("the thing is broken;\nfix it")
    monkeypatch.setattr(kg.store, "open_store", fake_open(0), raising=False)
    monkeypatch.setattr(pipeline, "stats", fail)
    result = invoke("stats")
    assert result.exit_code == 1
    assert one_line_error(result) == "kg: error: the thing is broken; fix it"


def test_unexpected_error_is_one_line_with_a_hint(monkeypatch):
    def crash(store):
        raise ZeroDivisionError("division by zero")
    monkeypatch.setattr(kg.store, "open_store", fake_open(0), raising=False)
    monkeypatch.setattr(pipeline, "stats", crash)
    result = invoke("stats")
    assert result.exit_code == 1
    line = one_line_error(result)
    assert "ZeroDivisionError" in line and line.endswith(DEBUG_HINT)

    debug = invoke("--debug", "stats")
    assert isinstance(debug.exception, ZeroDivisionError)


def test_usage_errors_exit_2():
    assert invoke("remove").exit_code == 2
    assert invoke("export", "--format", "xml").exit_code == 2
    assert isinstance(cli, click.Group)
