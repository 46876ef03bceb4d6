"""Helpers of the robustness tests: the real `kg` executable, exports to compare stores."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kg import PROJECT_ROOT
from tests.conftest import invoke


def kg_command() -> list[str]:
    """The installed `kg` script beside this Python, else `python -m kg.cli`."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]


def kg_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KG_STORE", None)
    env.update(extra)
    return env


def run_kg(*args, timeout: float = 120, env: dict[str, str] | None = None, merge: bool = False):
    """Run the real `kg ARGS...` in a subprocess; stderr apart unless `merge`."""
    return subprocess.run([*kg_command(), *map(str, args)], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT if merge else subprocess.PIPE,
                          text=True, timeout=timeout, cwd=PROJECT_ROOT, env=env or kg_env())


def nquads(store: Path | str) -> list[str]:
    """Every quad of the store as sorted N-Quads lines (kg export --format nquads)."""
    result = invoke("--store", store, "export", "--format", "nquads")
    assert result.exit_code == 0, (result.stderr, result.exception)
    return sorted(line for line in result.stdout.splitlines() if line.strip())


def assert_one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("kg: error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]
