"""Tests for kg.ingest.reader: encodings, refusals, folders."""

from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import reader
from kg.ingest.reader import MAX_PAGE_BYTES, Page, decode_bytes, list_pages, read_page

SAMPLE = Path("/work/shared/data/2024-10-18.txt")

PARAGRAPH = (
    "2024年10月18日 星期五\n"
    "家政进社区 服务零距离\n"
    "本报讯 为提高社区居民生活质量，提供更多就业机会，近日，平城区永泰街道凯德世家社区"
    "举办的“家政服务进社区”活动吸引了不少居民参与。活动现场，专业家政服务人员向过往居民"
    "详细介绍家庭清洁、家电清洗、家居保养等多样化家政服务项目。\n"
)
SHORT = "2024年10月18日 星期五\n社区举办活动"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def refused(path: Path) -> str:
    with pytest.raises(InputError) as e:
        read_page(path)
    msg = str(e.value)
    assert "\n" not in msg
    assert msg.startswith(f"{path}: ")
    return msg


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),          # Python writes a BOM in native (little-endian) order
    ],
)
def test_encodings_decode_right(tmp_path, codec, expected):
    raw = PARAGRAPH.encode(codec)
    page = read_page(write(tmp_path, "p.txt", raw))
    assert isinstance(page, Page)
    assert page.text == PARAGRAPH
    assert page.encoding == expected
    assert page.sha256 == hashlib.sha256(raw).hexdigest()
    assert page.path == tmp_path / "p.txt"


@pytest.mark.parametrize(("bom", "codec"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_with_bom(tmp_path, bom, codec):
    page = read_page(write(tmp_path, "p.txt", bom + PARAGRAPH.encode(codec)))
    assert page.text == PARAGRAPH
    assert page.encoding == "utf-16"
    assert not page.text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_by_nul_pattern(tmp_path, codec):
    page = read_page(write(tmp_path, "p.txt", PARAGRAPH.encode(codec)))
    assert page.text == PARAGRAPH
    assert page.encoding == codec


def test_utf16_without_bom_english(tmp_path):
    text = "Community events, October 2024.\n"
    page = read_page(write(tmp_path, "p.txt", text.encode("utf-16-le")))
    assert page.text == text and page.encoding == "utf-16-le"


def test_utf32_with_bom():
    assert decode_bytes(PARAGRAPH.encode("utf-32"), "p.txt") == (PARAGRAPH, "utf-32")


def test_short_gbk_file(tmp_path):
    raw = SHORT.encode("gbk")
    assert len(raw) < 100
    page = read_page(write(tmp_path, "short.txt", raw))
    assert page.text == SHORT
    assert page.encoding == "gb18030"


def test_gbk_with_crlf_and_extension_characters():
    # 〇 and 镕 are GBK but not GB2312; a few such characters are fine in real text.
    text = "二〇二四年十月，朱镕同志来到社区，和居民们一起参加重阳节活动。"
    assert decode_bytes((text + "\r\n第二行\r\n").encode("gbk"), "p.txt") == (
        text + "\n第二行\n", "gb18030")


def test_ascii_is_utf8():
    assert decode_bytes(b"plain text\n", "p.txt") == ("plain text\n", "utf-8")


def test_real_sample_page():
    page = read_page(SAMPLE)
    assert page.encoding == "utf-8"
    assert page.text.startswith("2024年10月18日")
    assert page.sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()


def test_sample_page_in_gbk_and_utf16(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    for codec, expected in [("gbk", "gb18030"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le")]:
        try:
            raw = text.encode(codec)
        except UnicodeEncodeError:
            pytest.skip(f"sample has characters outside {codec}")
        assert decode_bytes(raw, "s.txt") == (text, expected)


# --------------------------------------------------------------------------- normalisation


def test_newlines_bom_and_nuls_normalised():
    raw = b"\xef\xbb\xbf" + "第一行\r\n第二行\r第三行\n".encode("utf-8")
    assert decode_bytes(raw, "p.txt") == ("第一行\n第二行\n第三行\n", "utf-8-sig")
    # a stray NUL in a long page is dropped, not kept in the text
    raw = ("社区活动" * 100 + "\x00" + "结束").encode("utf-8")
    text, enc = decode_bytes(raw, "p.txt")
    assert "\x00" not in text and text.endswith("活动结束") and enc == "utf-8"


# --------------------------------------------------------------------------- refusals


def test_random_bytes_refused(tmp_path):
    data = random.Random(1).randbytes(4096)
    msg = refused(write(tmp_path, "x.bin", data))
    assert "binary data, not text" in msg


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "looks like a PDF, not text; run OCR first"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50), "looks like a PNG image, not text"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(50), "looks like a JPEG image, not text"),
        ("anim.gif", b"GIF89a" + bytes(50), "looks like a GIF image"),
        ("scan.tif", b"II*\x00\x08\x00\x00\x00" + bytes(50), "looks like a TIFF image"),
        ("page.docx", b"PK\x03\x04\x14\x00" + bytes(20) + b"word/document.xml", "looks like a Word document"),
        ("pages.zip", b"PK\x03\x04\x14\x00" + bytes(20) + b"2024-10-18.txt", "looks like a ZIP archive"),
    ],
)
def test_known_formats_refused(tmp_path, name, data, what):
    msg = refused(write(tmp_path, name, data))
    assert what in msg


def test_pdf_message_exact(tmp_path):
    p = write(tmp_path, "scan.pdf", b"%PDF-1.4\n")
    assert refused(p) == f"{p}: looks like a PDF, not text; run OCR first and add the .txt it gives"


def test_empty_file(tmp_path):
    p = write(tmp_path, "x.txt", b"")
    assert refused(p) == f"{p}: file is empty; give a newspaper page as text"


@pytest.mark.parametrize("data", [b"  \n\t\r\n", "\u3000\n".encode("utf-8"), b"\xef\xbb\xbf"])
def test_whitespace_or_bom_only_is_empty(tmp_path, data):
    assert "file is empty" in refused(write(tmp_path, "x.txt", data))


def test_too_large_checked_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "x.txt"
    with open(p, "wb") as f:
        f.truncate(int(52.4 * 1024 * 1024))   # sparse: nothing is written
    monkeypatch.setattr(reader, "open", _must_not_open, raising=False)
    assert refused(p) == (f"{p}: 52.4 MB is too large for one newspaper page (limit 20 MB); "
                          "split it into one file per issue")


def test_just_over_limit_shows_more_than_limit(tmp_path):
    p = tmp_path / "x.txt"
    with open(p, "wb") as f:
        f.truncate(MAX_PAGE_BYTES + 1)
    assert "20.1 MB is too large" in refused(p)


def _must_not_open(*args, **kwargs):
    raise AssertionError("the file was opened")


def test_latin1_refused_not_decoded_as_chinese(tmp_path):
    p = write(tmp_path, "x.txt", b"caf\xe9 cr\xe8me")
    assert refused(p) == f"{p}: cannot tell its text encoding (not UTF-8, UTF-16 or GBK); save it as UTF-8"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Les cafés et la crème brûlée sont célèbres à Paris.", "latin-1"),   # decodes as GB18030
        ("오늘 지역 주민센터에서 어르신들을 위한 건강 검진 행사가 열렸습니다. 많은 주민들이 참여했습니다.",
         "euc-kr"),
        ("社區舉辦重陽節敬老活動，志願者為老人們提供義診、理髮等服務，現場氣氛熱烈。", "big5"),
        ("今日は地域の公民館で高齢者のための健康診断が行われました。", "euc-jp"),
        ("今日は地域の公民館で高齢者のための健康診断が行われました。", "shift_jis"),
    ],
)
def test_other_legacy_encodings_refused(text, codec):
    with pytest.raises(InputError, match="cannot tell its text encoding"):
        decode_bytes(text.encode(codec), "x.txt")


def test_mostly_utf8_with_a_broken_byte_says_where():
    raw = ("社区活动" * 50).encode("utf-8")
    raw = raw[:300] + b"\xff" + raw[300:]
    with pytest.raises(InputError, match=r"x.txt: is UTF-8 except for 1 broken byte sequence\(s\), "
                                         r"the first at byte 300"):
        decode_bytes(raw, "x.txt")


def test_many_nuls_are_binary():
    raw = b"abc\x00def\x00\x00ghi\x01\x02" * 20
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(raw, "x.txt")


def test_missing_path(tmp_path):
    p = tmp_path / "nope.txt"
    assert refused(p) == f"{p}: no such file or folder; check the path"


def test_folder_given_as_page(tmp_path):
    assert "is a folder" in refused(tmp_path)


def test_fifo_refused(tmp_path):
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)
    assert "not a regular file" in refused(p)


def test_permission_denied(tmp_path, monkeypatch):
    p = write(tmp_path, "x.txt", b"text")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(reader, "open", denied, raising=False)   # works even when run as root
    assert "permission denied" in refused(p)


# --------------------------------------------------------------------------- folders


def test_list_pages_folder_sorted_recursive(tmp_path):
    for rel in ["b/2024-10-19.txt", "2024-10-18.txt", "a/2024-10-20.TXT", "a/notes.md",
                ".hidden/2024-01-01.txt", "a/.2024-01-02.txt"]:
        p = tmp_path / "pages" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")
    root = tmp_path / "pages"
    assert list_pages([root]) == [root / "2024-10-18.txt", root / "a" / "2024-10-20.TXT",
                                  root / "b" / "2024-10-19.txt"]


def test_list_pages_keeps_files_given_directly_and_dedupes(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "1.txt").write_text("x")
    extra = write(tmp_path, "page.text", b"x")      # any name is fine when given directly
    assert list_pages([extra, folder, folder / "1.txt"]) == [extra, folder / "1.txt"]


def test_list_pages_empty_folder(tmp_path):
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(InputError) as e:
        list_pages([tmp_path])
    assert str(e.value).startswith(f"{tmp_path}: no .txt pages in this folder; ")


def test_list_pages_missing(tmp_path):
    with pytest.raises(InputError, match="no such file or folder; check the path"):
        list_pages([tmp_path / "nope"])


