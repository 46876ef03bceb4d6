"""kg add: idempotent, --date, folders, failures reported per file with the store unchanged."""

from __future__ import annotations

from pathlib import Path

from kg.model.directory import DIRECTORY_GRAPH
from tests.conftest import ISSUE_GRAPH, SAMPLE, SAMPLE_KEY, one_line_error


def keys(kg) -> list[str]:
    return [line.split()[0] for line in kg.ok("issues").stdout.splitlines()[2:]]


def redated(tmp_path: Path, name: str, day: str) -> Path:
    """The sample with another date in its head (day as 2024年10月25日)."""
    text = SAMPLE.read_text(encoding="utf-8").replace("2024年10月18日", day, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_add_twice_keeps_the_same_quads(kg_empty, tmp_path):
    first = kg_empty.ok("add", SAMPLE)
    assert first.stdout.strip() == "added 1, unchanged 0, failed 0"
    quads = kg_empty.quads()
    assert quads > 100 and kg_empty.quads(ISSUE_GRAPH) + kg_empty.quads(DIRECTORY_GRAPH) == quads

    again = kg_empty.ok("add", SAMPLE)
    assert again.stdout.strip() == "added 0, unchanged 1, failed 0"
    assert kg_empty.quads() == quads

    forced = kg_empty.ok("add", "--force", SAMPLE)
    assert forced.stdout.strip() == "added 1, unchanged 0, failed 0"
    assert kg_empty.quads() == quads

    # A changed page of the same issue replaces it: re-extracted, never duplicated.
    changed = tmp_path / "changed.txt"
    changed.write_text(SAMPLE.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert kg_empty.ok("add", changed).stdout.strip() == "added 1, unchanged 0, failed 0"
    assert kg_empty.quads() == quads
    assert keys(kg_empty) == [SAMPLE_KEY]


def test_date_override(kg_empty, tmp_path):
    headless = tmp_path / "no-date.txt"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    headless.write_text("\n".join(lines[1:]), encoding="utf-8")

    failed = kg_empty("add", headless)
    assert failed.exit_code == 1
    assert "no issue date in the page head; give it with --date YYYY-MM-DD" in failed.stderr

    kg_empty.ok("add", headless, "--date", "2024-10-18")
    kg_empty.ok("add", SAMPLE, "--date", "2023-01-02")
    assert keys(kg_empty) == ["2023-01-02", SAMPLE_KEY]


def test_bad_date_is_a_usage_error(kg_empty):
    result = kg_empty("add", SAMPLE, "--date", "18.10.2024")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_date_with_several_files_is_refused(kg, tmp_path):
    other = redated(tmp_path, "other.txt", "2024年10月25日")
    before = kg.quads()
    result = kg("add", SAMPLE, other, "--date", "2024-11-01")
    assert result.exit_code == 1
    one_line_error(result)
    assert kg.quads() == before


def test_add_a_folder(kg_empty, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    redated(folder, "a.txt", "2024年10月18日")
    redated(folder, "b.txt", "2024年10月25日")
    result = kg_empty.ok("add", folder)
    assert result.stdout.strip() == "added 2, unchanged 0, failed 0"
    assert keys(kg_empty) == ["2024-10-18", "2024-10-25"]


def test_same_date_twice_in_one_run_fails_the_second(kg_empty, tmp_path):
    twin = redated(tmp_path, "twin.txt", "2024年10月18日")
    result = kg_empty("add", SAMPLE, twin)
    assert result.exit_code == 1
    assert result.stdout.strip() == "added 1, unchanged 0, failed 1"
    assert "same issue date 2024-10-18" in one_line_error(result)


def test_a_refused_page_does_not_take_the_date_of_a_good_one(kg_empty, tmp_path):
    cover = tmp_path / "a-cover.txt"
    cover.write_text("2024年10月18日 星期五\n\nPage 3 -- scanned\n12 34 56\n", encoding="utf-8")
    result = kg_empty("add", cover, SAMPLE)
    assert result.exit_code == 1
    assert result.stdout.strip() == "added 1, unchanged 0, failed 1"
    assert "no article text" in one_line_error(result)
    assert keys(kg_empty) == [SAMPLE_KEY]


def test_missing_file_fails_with_one_line_and_store_unchanged(kg, tmp_path):
    before = kg.quads()
    result = kg("add", tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert result.stdout.strip() == "added 0, unchanged 0, failed 1"
    assert "missing.txt: no such file" in one_line_error(result)
    assert kg.quads() == before


def test_mixed_good_and_bad_files(kg_empty, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = kg_empty("add", binary, SAMPLE, tmp_path / "missing.txt", empty)
    assert result.exit_code == 1
    assert result.stdout.strip() == "added 1, unchanged 0, failed 3"
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3 and all(e.startswith("kg: error: ") for e in errors)
    assert any("scan.txt" in e and "PDF" in e for e in errors)
    assert any("missing.txt" in e for e in errors)
    assert any("empty.txt" in e for e in errors)
    assert keys(kg_empty) == [SAMPLE_KEY]


def test_add_builds_the_directory_of_a_store_made_without_one(kg_empty):
    kg_empty.ok("add", SAMPLE)
    directory = kg_empty.quads(DIRECTORY_GRAPH)
    assert directory > 50
    kg_empty.ok("query", "--update", f"DROP GRAPH <{DIRECTORY_GRAPH}>")   # as stores written before it
    assert kg_empty.quads(DIRECTORY_GRAPH) == 0
    assert kg_empty.ok("add", SAMPLE).stdout.strip() == "added 0, unchanged 1, failed 0"
    assert kg_empty.quads(DIRECTORY_GRAPH) == directory
