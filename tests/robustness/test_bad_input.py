"""Bad input through the real command line: one line naming the file and what to do, the right
exit status, no traceback, and the store exactly as before (its N-Quads export compared).

What each input gives is listed in BAD below (and in README, "Bad input").
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, SAMPLE_KEY, invoke
from tests.robustness.conftest import assert_one_line_error, nquads, run_kg

MB = 1024 * 1024
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
JAPANESE = "東京都の区役所は、十月十八日に地域の高齢者を訪問しました。ボランティアも参加しました。\n" * 20
TRADITIONAL = "二零二四年十月十八日\n社區志願服務隊於十月舉辦敬老活動，關懷轄區長者，送上節日問候。\n" * 20


def _write(data: bytes):
    def make(folder: Path, name: str) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path
    return make


def _missing(folder: Path, name: str) -> Path:
    return folder / name


def _folder_without_pages(folder: Path, name: str) -> Path:
    pages = folder / name
    pages.mkdir()
    (pages / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (pages / ".hidden.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    return pages


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>社区活动</w:document>")
    return buf.getvalue()


def _huge(folder: Path, name: str) -> Path:
    """A 50 MB page: a year of issues pasted into one file (written in big blocks: ~0.1 s)."""
    path = folder / name
    block = SAMPLE_TEXT.encode("utf-8") * 64
    with open(path, "wb") as f:
        while f.tell() < 50 * MB:
            f.write(block)
        f.truncate(50 * MB)
    return path


def _sparse(folder: Path, name: str) -> Path:
    path = folder / name
    with open(path, "wb") as f:
        f.truncate(50 * MB)
    return path


NO_HEAD = "\n".join(SAMPLE_TEXT.splitlines()[1:])
NO_ARTICLE = "2024年10月11日 星期五\n\nPage 3 -- scanned by OCR v2.1\n12 34 56\n////\n社区\n活动\n"
BROKEN_UTF8 = SAMPLE_TEXT.encode("utf-8")[:3000] + b"\xff\xfe\x80" + SAMPLE_TEXT.encode("utf-8")[3000:6000]

# id: (how to make it, file name, what the message says, what it tells to do)
BAD = {
    "missing path": (_missing, "missing.txt", "no such file or folder", "check the path"),
    "folder with no pages": (_folder_without_pages, "pages", "no .txt pages in this folder",
                             "give the page files directly"),
    "empty file": (_write(b""), "empty.txt", "file is empty", "give a newspaper page as text"),
    "whitespace only": (_write("\n \u3000\r\n\t\n".encode("utf-8")), "blank.txt", "empty (whitespace only)",
                        "give a newspaper page as text"),
    "PNG image": (_write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(3000)),
                  "scan.txt", "looks like a PNG image, not text", "run OCR first and add the .txt it gives"),
    "JPEG image": (_write(b"\xff\xd8\xff\xe0\x00\x10JFIF" + random.Random(2).randbytes(3000)), "photo.jpg",
                   "looks like a JPEG image", "run OCR first"),
    "PDF": (_write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 8),
            "issue.pdf", "looks like a PDF, not text", "run OCR first"),
    "Word document": (_write(_docx()), "issue.docx", "looks like a Word document", "save it as plain text"),
    "random bytes": (_write(random.Random(3).randbytes(8192)), "noise.txt", "binary data, not text",
                     "give a newspaper page as text"),
    "Shift-JIS text": (_write(JAPANESE.encode("shift_jis")), "tokyo.txt", "cannot tell its text encoding",
                       "save it as UTF-8"),
    "Big5 text": (_write(TRADITIONAL.encode("big5")), "big5.txt", "cannot tell its text encoding",
                  "save it as UTF-8"),
    "broken UTF-8": (_write(BROKEN_UTF8), "cut.txt", "is UTF-8 except for", "re-export the page as UTF-8"),
    "no date in the head": (_write(NO_HEAD.encode("utf-8")), "nodate.txt", "no issue date in the page head",
                            "give it with --date YYYY-MM-DD"),
    "50 MB page": (_huge, "archive.txt", "50.0 MB is too large for one newspaper page (limit 20 MB)",
                   "split it into one file per issue"),
    "50 MB sparse file": (_sparse, "sparse.txt", "50.0 MB is too large", "split it into one file per issue"),
    "no article structure": (_write(NO_ARTICLE.encode("utf-8")), "cover.txt", "no article text after the page head",
                             "check that it is the OCR'd text of a newspaper page"),
    "a pipe": (_fifo, "pipe.txt", "is not a regular file", "give a .txt page saved on disk"),
}


@pytest.fixture(scope="module")
def filled(tmp_path_factory, template_store):
    """One store holding the sample for the whole module (each test checks it stays the same)."""
    import shutil

    store = tmp_path_factory.mktemp("bad-input") / "store"
    shutil.copytree(template_store, store)
    return store, nquads(store)


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_bad_input_is_one_line_and_leaves_the_store(case, filled, tmp_path):
    store, before = filled
    make, name, what, todo = BAD[case]
    path = make(tmp_path, name)
    result = invoke("--store", store, "add", path)
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.stdout.strip() == "added 0, unchanged 0, failed 1"
    line = assert_one_line_error(result.stderr)
    assert line.startswith(f"kg: error: {path}: "), line
    assert what in line and todo in line, line
    assert nquads(store) == before


@pytest.mark.parametrize("case", ["PDF", "Shift-JIS text", "no date in the head", "no article structure"])
def test_extract_refuses_the_same_way(case, tmp_path):
    make, name, what, todo = BAD[case]
    result = invoke("extract", make(tmp_path, name))
    assert result.exit_code == 1
    line = assert_one_line_error(result.stderr)
    assert what in line and todo in line and result.stdout == ""


@pytest.mark.parametrize("day", ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10"])
def test_an_impossible_date_is_a_usage_error(day, filled):
    store, before = filled
    result = invoke("--store", store, "add", SAMPLE, "--date", day)
    assert result.exit_code == 2
    line = assert_one_line_error(result.stderr)
    assert f"'--date': '{day}' is not a day of the calendar" in line
    assert "give a real date as YYYY-MM-DD" in line and "add --help`)" in line
    assert nquads(store) == before


def test_text_without_article_structure_is_one_article(kg_empty, tmp_path):
    """Prose with no headline or byline is stored as one article named by its first words."""
    page = tmp_path / "prose.txt"
    body = ("近日，平城区永泰街道凯德世家社区开展敬老慰问活动，志愿者为老人送去月饼和慰问品，"
            "陪老人聊天。社区工作人员表示，今后将继续关爱辖区老人。")
    page.write_text(f"2024年10月18日 星期五\n{body}\n", encoding="utf-8")
    kg_empty.ok("add", page)
    rows = kg_empty.select("SELECT ?h ?body WHERE { ?a a <https://schema.org/NewsArticle> ; "
                           "<https://schema.org/headline> ?h ; <https://schema.org/articleBody> ?body }")
    assert len(rows) == 1
    assert rows[0]["h"] == "近日，平城区永泰街道凯德世家社区开展…" and rows[0]["body"] == body
    assert kg_empty.ok("validate").stdout.startswith("ok:")


def test_good_and_bad_files_mixed(tmp_path, filled):
    """The real `kg`: the good pages are added, every bad one is reported after the summary, exit 1."""
    bad_cases = ["missing path", "empty file", "PNG image", "PDF", "random bytes", "Shift-JIS text",
                 "no date in the head", "50 MB sparse file", "no article structure", "folder with no pages"]
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = {BAD[c][0](bad_dir, BAD[c][1]): BAD[c][2] for c in bad_cases}
    good_dir = tmp_path / "good"
    good_dir.mkdir()
    good = [good_dir / "2024-10-18.txt", good_dir / "2024-10-25.txt"]
    good[0].write_text(SAMPLE_TEXT, encoding="utf-8")
    good[1].write_text(SAMPLE_TEXT.replace("2024年10月18日", "2024年10月25日", 1), encoding="utf-8")
    paths = list(bad)
    paths[3:3] = [good[0]]
    paths.append(good[1])

    store = tmp_path / "store"
    done = run_kg("--store", store, "add", *paths, merge=True)
    assert done.returncode == 1, done.stdout
    lines = done.stdout.strip().splitlines()
    assert lines[0] == f"added 2, unchanged 0, failed {len(bad)}"
    assert "Traceback" not in done.stdout
    errors = lines[1:]
    assert len(errors) == len(bad) and all(e.startswith("kg: error: ") for e in errors)
    for path, what in bad.items():
        assert [e for e in errors if e.startswith(f"kg: error: {path}: ") and what in e], (path, errors)

    clean = tmp_path / "clean"
    assert invoke("--store", clean, "add", *good).exit_code == 0
    assert nquads(store) == nquads(clean)
    assert [line.split()[0] for line in invoke("--store", store, "issues").stdout.splitlines()[2:]] == \
        [SAMPLE_KEY, "2024-10-25"]
