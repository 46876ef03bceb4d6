"""Shared fixtures of the CLI and pipeline tests (the store tests have tests/store/conftest.py).

The sample issue is added once per session into a template store folder; each test that
needs a filled store gets its own copy of that folder, so tests never share state.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import PROJECT_ROOT

SAMPLE = PROJECT_ROOT / "data" / "samples" / "2024-10-18.txt"
SAMPLE_KEY = "2024-10-18"
ISSUE_GRAPH = f"https://w3id.org/community-kg/id/issue/{SAMPLE_KEY}"
QUERIES = sorted((PROJECT_ROOT / "data" / "queries").glob("*.rq"))


def invoke(*args, input=None, env=None):
    """Run `kg ARGS...` in-process; stdout and stderr stay apart (result.stdout/.stderr)."""
    from kg.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], input=input, env=env,
                              catch_exceptions=True)


class Kg:
    """`kg --store STORE ...` for one test's store folder."""

    def __init__(self, store: Path):
        self.store = store

    def __call__(self, *args, input=None):
        return invoke("--store", self.store, *args, input=input)

    def ok(self, *args, input=None):
        result = self(*args, input=input)
        assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
        return result

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT as {var: value}, through `kg query --format json`."""
        data = json.loads(self.ok("query", "--format", "json", sparql).stdout)
        return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]

    def quads(self, graph: str | None = None) -> int:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        return int(self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]["n"])


@pytest.fixture(scope="session")
def template_store(tmp_path_factory) -> Path:
    """A store folder holding the sample issue, built once per session."""
    store = tmp_path_factory.mktemp("template") / "store"
    result = invoke("--store", store, "add", SAMPLE)
    assert result.exit_code == 0, (result.stdout, result.stderr, result.exception)
    return store


@pytest.fixture
def kg(template_store, tmp_path) -> Kg:
    """kg against a private copy of the template store (the sample issue added)."""
    store = tmp_path / "store"
    shutil.copytree(template_store, store)
    return Kg(store)


@pytest.fixture
def kg_empty(tmp_path) -> Kg:
    """kg against a store folder that does not exist yet."""
    return Kg(tmp_path / "empty-store")


@pytest.fixture
def sample() -> Path:
    return SAMPLE


def one_line_error(result) -> str:
    """The error output of a failed command, checked to be a single 'kg: error:' line."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: "), result.stderr
    return lines[0]
