"""The README's quick start: two one-line commands, the second being what CI runs."""

from __future__ import annotations

import os
import re

from kg import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def code_blocks(text: str) -> list[str]:
    return re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M)


def quick_start_lines() -> list[str]:
    section = README.split("\n## Quick start", 1)[1]
    return code_blocks(section)[0].strip("\n").split("\n")


def test_quick_start_is_the_first_code_block_with_exactly_two_lines():
    assert "\n## Quick start\n" in README
    assert code_blocks(README)[0] == code_blocks(README.split("\n## Quick start", 1)[1])[0]
    lines = quick_start_lines()
    assert len(lines) == 2 and all(line.strip() for line in lines)


def test_first_command_sets_up_and_runs_the_main_job():
    first = quick_start_lines()[0]
    assert "venv" in first and "pip install" in first and "-e ." in first
    assert "kg add data/samples/2024-10-18.txt" in first
    assert "kg view -o out/sample.html" in first
    assert re.search(r"kg query -f data/queries/\w+\.rq", first)
    query = re.search(r"data/queries/\w+\.rq", first).group(0)
    assert (PROJECT_ROOT / query).is_file()


def test_ci_runs_the_second_command():
    second = quick_start_lines()[1]
    run = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert run[0] == "#!/usr/bin/env bash" and "set -euo pipefail" in run
    assert run[-1] == second
    assert os.access(PROJECT_ROOT / ".ci" / "run", os.X_OK)
    assert os.access(PROJECT_ROOT / "test.sh", os.X_OK)


def test_every_example_query_is_documented():
    for path in (PROJECT_ROOT / "data" / "queries").glob("*.rq"):
        assert path.name in README
