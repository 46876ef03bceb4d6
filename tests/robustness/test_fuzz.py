"""Property-based tests: the reader and the extractor on arbitrary and mangled input.

- read_page / decode_bytes raise nothing but InputError, whatever the bytes;
- extract_issue never crashes on arbitrary Unicode text, nor on pages made of random lines and
  pieces of lines of the real pages (data/samples/, tests/extract/pages/);
- whatever it extracts, turned into an issue graph, passes the SHACL shapes of ontology/.
"""

from __future__ import annotations

import tempfile
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg import ONTOLOGY_DIR, PROJECT_ROOT
from kg.errors import InputError
from kg.extract.pipeline import extract_issue
from kg.ingest.reader import decode_bytes, read_page
from kg.model.rdf import issue_graph

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DAY = date(2024, 10, 18)
REAL_PAGES = [PROJECT_ROOT / "data" / "samples" / "2024-10-18.txt",
              *sorted((PROJECT_ROOT / "tests" / "extract" / "pages").glob("*.txt"))]
LINES = sorted({line for p in REAL_PAGES for line in p.read_text(encoding="utf-8").splitlines() if line.strip()})


@lru_cache(maxsize=1)
def shapes():
    from rdflib import Graph

    return (Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle"),
            Graph().parse(ONTOLOGY_DIR / "ce.ttl", format="turtle"))


def assert_conforms(issue) -> None:
    """Every article is named and every event points at its sentence; the graph passes the shapes."""
    import pyshacl

    for article in issue.articles:
        assert article.headline.strip(), "every article gets a headline"
        for event in article.events:
            assert event.types and event.name
            assert article.body[event.sentence.start:event.sentence.end] == event.sentence.text

    shacl, ontology = shapes()
    _, graph = issue_graph(issue)
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shacl, ont_graph=ontology, inference="none",
                                         abort_on_first=False, meta_shacl=False, advanced=False)
    assert conforms, text


# --------------------------------------------------------------------------- bytes


BOMS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]
MAGIC = [b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"PK\x03\x04", b"GIF89a", b"{\\rtf1"]
CODECS = ["utf-8", "utf-16-le", "utf-16-be", "utf-16", "gb18030", "gbk", "big5", "shift_jis", "latin-1"]

chinese = st.text(st.sampled_from("".join(LINES)), max_size=400)
encoded = st.tuples(st.one_of(chinese, st.text(max_size=200)), st.sampled_from(CODECS)).map(
    lambda tc: tc[0].encode(tc[1], errors="replace"))
damaged = st.tuples(encoded, st.integers(0, 1000), st.binary(min_size=1, max_size=4)).map(
    lambda t: t[0][: t[1] % (len(t[0]) + 1)] + t[2] + t[0][t[1] % (len(t[0]) + 1):])
page_bytes = st.one_of(
    st.binary(max_size=2000),
    st.tuples(st.sampled_from(BOMS + MAGIC), st.binary(max_size=500)).map(b"".join),
    st.tuples(st.sampled_from(BOMS), encoded).map(b"".join),
    encoded,
    damaged,
)


def _check_decoded(text: str, encoding: str) -> None:
    assert isinstance(text, str) and isinstance(encoding, str)
    assert text.strip() and "\x00" not in text and "\r" not in text and "\ufeff" not in text


@FUZZ
@given(page_bytes)
def test_decode_bytes_raises_only_input_error(data: bytes):
    try:
        text, encoding = decode_bytes(data, "page.txt")
    except InputError as e:
        message = str(e)
        assert message.startswith("page.txt: ") and "\n" not in message
        return
    _check_decoded(text, encoding)


@FUZZ
@given(page_bytes)
def test_read_page_raises_only_input_error(data: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_bytes(data)
        try:
            page = read_page(path)
        except InputError as e:
            assert str(e).startswith(str(path)) and "\n" not in str(e)
            return
    _check_decoded(page.text, page.encoding)


# --------------------------------------------------------------------------- text


@FUZZ
@given(st.text(max_size=600))
@example("本报记者 刘 洋")                       # once an article with an empty headline and body
@example("2024年10月18日\n。社区活动很好玩大家都来了参加")  # once an empty fallback headline
def test_extract_issue_never_crashes_on_any_text(text: str):
    issue = extract_issue(text, DAY, "fuzz.txt")
    assert issue.date == DAY
    assert_conforms(issue)


piece = st.tuples(st.sampled_from(LINES), st.integers(0, 200), st.integers(0, 200)).map(
    lambda t: t[0][min(t[1], t[2]):max(t[1], t[2]) + 1] if t[1] != t[2] else t[0])
head = st.sampled_from(["", "2024年10月18日 星期五\n", "第 3 版\n2024年10月18日\n"])
fragment_page = st.tuples(head, st.lists(st.one_of(st.sampled_from(LINES), piece), min_size=1, max_size=40),
                          st.sampled_from(["\n", "\n\n"])).map(lambda t: t[0] + t[2].join(t[1]))


@FUZZ
@given(fragment_page)
def test_pages_of_real_fragments_give_valid_graphs(text: str):
    assert_conforms(extract_issue(text, DAY, "fragments.txt"))


@FUZZ
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=30),
       st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30))
def test_real_lines_with_noise_give_valid_graphs(lines: list[str], noise: str):
    text = "2024年10月18日 星期五\n" + "\n".join(line + noise if i % 3 == 0 else line for i, line in enumerate(lines))
    assert_conforms(extract_issue(text, DAY, "noisy.txt"))


@pytest.mark.parametrize("path", REAL_PAGES, ids=[p.name for p in REAL_PAGES])
def test_real_pages_conform(path: Path):
    assert_conforms(extract_issue(read_page(path).text, DAY, path.name))
