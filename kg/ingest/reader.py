"""Read one newspaper page from disk: check it is text, find its encoding, normalise it.

The decision order in `decode_bytes` is:

1. empty, too large, or a known non-text format by its magic bytes (PDF, images, archives, Office);
2. a byte-order mark (UTF-8, UTF-16, UTF-32);
3. BOM-less UTF-16, recognised by NUL bytes that sit on one byte parity only;
4. binary data: many control bytes;
5. strict UTF-8;
6. strict GB18030 (a superset of GBK and GB2312), accepted only when the text looks like
   Chinese: nearly all non-ASCII characters come from GB2312's common hanzi and punctuation,
   and, given enough hanzi, a fair share of them are among the most frequent Chinese characters.
   GBK bytes are random-looking to other decoders, and other legacy encodings (Latin-1, EUC-KR,
   Big5, EUC-JP) often decode "successfully" as GB18030 into nonsense; this check refuses them.

Anything else raises `InputError`; the reader never guesses an encoding it cannot defend.
charset-normalizer is deliberately not used: it is slow, weak on short pages and its verdicts
are harder to reason about than the explicit checks here.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError

MAX_PAGE_BYTES = 20 * 1024 * 1024   # a newspaper page is tens of KB; refuse bigger

_MB = 1024 * 1024
_BINARY_CONTROL_SHARE = 0.01    # more control bytes than this (outside UTF-16) means binary
_BAD_CHAR_SHARE = 0.01          # same for control/private-use/unassigned characters after decoding
_CHINESE_COMMON_SHARE = 0.9     # share of non-ASCII chars that must be common GB2312 chars
_FREQUENT_SHARE = 0.4           # share of hanzi that must be among the frequent ones ...
_FREQUENT_SHARE_SHORT = 0.55    # ... or this share when there are fewer than _SHORT_HANZI hanzi
_SHORT_HANZI = 40

_READ_HINT = "run OCR first and add the .txt it gives"
_SAVE_TEXT_HINT = "save it as plain text (.txt, UTF-8) and add that"


@dataclass
class Page:
    path: Path
    text: str        # decoded text, BOM removed, newlines normalised to \n, NULs never present
    encoding: str    # e.g. "utf-8", "utf-8-sig", "gb18030", "utf-16"
    sha256: str      # of the raw bytes


# --------------------------------------------------------------------------- public API


def read_page(path: Path) -> Page:
    """Read and decode one page file; raise InputError with a one-line message if it cannot be."""
    path = Path(path)
    name = _show(path)
    st = _stat(path, name)
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a folder, not a page file; give one of the .txt pages in it")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name}: is not a regular file (a pipe, socket or device); "
                         "give a .txt page saved on disk")
    if st.st_size > MAX_PAGE_BYTES:
        raise InputError(_too_large(name, st.st_size))
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_PAGE_BYTES + 1)   # the file may have grown since stat
    except OSError as e:
        raise _os_error(name, path, e) from None
    text, encoding = decode_bytes(data, name)
    return Page(path=path, text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode the raw bytes of a page; return (normalised text, encoding name).

    `name` only prefixes error messages.
    """
    if not isinstance(data, bytes):
        data = bytes(data)
    if not data:
        raise InputError(f"{name}: file is empty; give a newspaper page as text")
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(_too_large(name, len(data)))
    kind = _known_format(data)
    if kind is not None:
        what, todo = kind
        raise InputError(f"{name}: looks like {what}, not text; {todo}")

    decoded = _decode_bom(data, name)
    if decoded is None and b"\x00" in data:
        decoded = _decode_utf16_without_bom(data)
    if decoded is None:
        if _control_share(data) > _BINARY_CONTROL_SHARE:
            raise InputError(_binary(name))
        decoded = _decode_utf8_or_gb(data, name)

    text, encoding = decoded
    return _normalise(text, name), encoding


def list_pages(paths: Iterable[Path]) -> list[Path]:
    """Expand folders to their .txt pages (recursively, sorted); keep files given directly.

    Hidden files and folders (names starting with ".") inside a folder are skipped; a file
    given twice is listed once, at its first place.
    """
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = Path(os.path.abspath(p))
        if key not in seen:
            seen.add(key)
            out.append(p)

    for p in paths:
        p = Path(p)
        name = _show(p)
        st = _stat(p, name)
        if not stat.S_ISDIR(st.st_mode):
            add(p)
            continue
        found = _pages_in_folder(p)
        if not found:
            raise InputError(f"{name}: no .txt pages in this folder; put the OCR'd pages (.txt) "
                             "in it or give the page files directly")
        for f in found:
            add(f)
    return out


# --------------------------------------------------------------------------- file system


def _show(path: Path | str) -> str:
    """The path as the user gave it, kept on one line."""
    s = str(path)
    return s if s.isprintable() else repr(s)


def _stat(path: Path, name: str) -> os.stat_result:
    try:
        return path.stat()
    except OSError as e:
        raise _os_error(name, path, e) from None


def _os_error(name: str, path: Path, e: OSError) -> InputError:
    if isinstance(e, (FileNotFoundError, NotADirectoryError)):
        if path.is_symlink():
            return InputError(f"{name}: is a link to a file that does not exist; "
                              "fix the link or give the page file itself")
        return InputError(f"{name}: no such file or folder; check the path")
    if isinstance(e, PermissionError):
        return InputError(f"{name}: cannot be read (permission denied); "
                          "make it readable (e.g. chmod +r) or copy it somewhere you can read")
    if isinstance(e, IsADirectoryError):
        return InputError(f"{name}: is a folder, not a page file; give one of the .txt pages in it")
    reason = (e.strerror or type(e).__name__).replace("\n", " ")
    return InputError(f"{name}: cannot be read ({reason}); check the path and the disk")


def _pages_in_folder(folder: Path) -> list[Path]:
    def fail(e: OSError) -> None:
        where = Path(e.filename) if e.filename else folder
        raise _os_error(_show(where), where, e)

    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=fail):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if not f.startswith(".") and f.lower().endswith(".txt"):
                p = Path(root) / f
                if p.is_file():
                    found.append(p)
    return sorted(found)


def _too_large(name: str, size: int) -> str:
    mb = math.ceil(size / _MB * 10) / 10   # round up, so a file just over the limit shows > 20
    return (f"{name}: {mb:.1f} MB is too large for one newspaper page "
            f"(limit {MAX_PAGE_BYTES // _MB} MB); split it into one file per issue")


# --------------------------------------------------------------------------- formats


def _known_format(data: bytes) -> tuple[str, str] | None:
    """(what it is, what to do) for well-known non-text formats, by magic bytes."""
    head = data[:16]
    if b"%PDF-" in data[:1024]:
        return "a PDF", _READ_HINT
    image = _image_kind(head)
    if image:
        return f"a {image} image", _READ_HINT
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        if b"word/" in data:
            return "a Word document (.docx)", _SAVE_TEXT_HINT
        if b"xl/" in data or b"ppt/" in data or b"mimetypeapplication/vnd.oasis" in data[:100]:
            return "an office document", _SAVE_TEXT_HINT
        return "a ZIP archive", "unpack it and give the .txt pages inside"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "an old Office document (.doc/.xls)", _SAVE_TEXT_HINT
    if head.startswith(b"{\\rtf"):
        return "an RTF document", _SAVE_TEXT_HINT
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07",
                        b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd")) or (
            head.startswith(b"BZh") and head[4:10] == b"1AY&SY"):
        return "a compressed archive", "unpack it and give the .txt pages inside"
    return None


def _image_kind(head: bytes) -> str | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WebP"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"avif"):
        return "HEIC/AVIF"
    if head.startswith(b"BM") and len(head) >= 10 and head[6:10] == b"\x00\x00\x00\x00":
        return "BMP"
    if head.startswith(b"\x00\x00\x00\x0cjP  \r\n\x87\n") or head.startswith(b"\xff\x4f\xff\x51"):
        return "JPEG 2000"
    return None


def _binary(name: str) -> str:
    return f"{name}: binary data, not text; give a newspaper page as text (.txt)"


# Bytes that are neither printable ASCII nor ordinary text whitespace (\t \n \v \f \r).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_NON_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def _control_share(data: bytes) -> float:
    return len(data.translate(None, _NON_CONTROL_BYTES)) / len(data)


# --------------------------------------------------------------------------- decoders


def _decode_bom(data: bytes, name: str) -> tuple[str, str] | None:
    for bom, codec, label in (
        (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
        (b"\xff\xfe", "utf-16-le", "utf-16"),
        (b"\xfe\xff", "utf-16-be", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                if codec == "utf-32-le":    # FF FE 00 00: more likely UTF-16 LE with a NUL
                    continue
                shown = label.removesuffix("-sig").upper()
                raise InputError(
                    f"{name}: starts with a {shown} byte-order mark but is not valid {shown} "
                    f"(bad bytes at offset {e.start + len(bom)}); re-save it as UTF-8") from None
            if _bad_char_share(text) > _BAD_CHAR_SHARE:
                raise InputError(_binary(name))
            return text, label
    return None


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without BOM: ASCII-range characters put NULs on one parity of bytes only."""
    if len(data) % 2:
        return None
    units = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    # Some hanzi (U+4E00 一, U+5E00 帀 ...) have a zero low byte, so allow a few on the other side.
    if odd >= 2 and even * 8 <= odd:
        codec = "utf-16-le"
        nuls = odd
    elif even >= 2 and odd * 8 <= even:
        codec = "utf-16-be"
        nuls = even
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _bad_char_share(text) > _BAD_CHAR_SHARE:
        return None
    if nuls >= 0.3 * units or _looks_chinese(text):
        return text, codec
    return None


def _decode_utf8_or_gb(data: bytes, name: str) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_chinese(text):
        return text, "gb18030"
    # Mostly good UTF-8 with a few broken bytes (a cut-off or damaged file): say where.
    loose = data.decode("utf-8", errors="replace")
    broken = loose.count("\ufffd")
    good_non_ascii = sum(1 for c in loose if c > "\x7f") - broken
    if good_non_ascii >= 20 * broken:
        raise InputError(
            f"{name}: is UTF-8 except for {broken} broken byte sequence(s), the first at byte "
            f"{utf8_error.start}; repair or re-export the page as UTF-8")
    raise InputError(f"{name}: cannot tell its text encoding (not UTF-8, UTF-16 or GBK); "
                     "save it as UTF-8")


# --------------------------------------------------------------------------- plausibility


def _bad_char_share(text: str) -> float:
    """Share of characters no text page has: controls, private use, noncharacters, U+FFFD."""
    if not text:
        return 0.0
    return len(_BAD_CHARS.findall(text)) / len(text)


_BAD_CHARS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"      # C0/C1 controls but text whitespace
    "\ue000-\uf8ff\U000f0000-\U0010ffff"             # private use
    "\ufdd0-\ufdef\ufffe\uffff\ufffd]"              # noncharacters, replacement char
)


def _looks_chinese(text: str) -> bool:
    """True when the non-ASCII part of `text` reads as ordinary Simplified Chinese."""
    non_ascii = text.translate(_ASCII_DELETE)
    if not non_ascii:
        return False
    uncommon = non_ascii.translate(_common_table())
    if len(uncommon) > (1 - _CHINESE_COMMON_SHARE) * len(non_ascii):
        return False
    hanzi = [c for c in non_ascii if "\u3400" <= c <= "\u9fff" or "\U00020000" <= c <= "\U0003ffff"]
    if not hanzi:
        return False
    frequent = sum(1 for c in hanzi if c in _FREQUENT_HANZI)
    # Few hanzi say little, so a short text must be more clearly Chinese than a long one.
    share = _FREQUENT_SHARE_SHORT if len(hanzi) < _SHORT_HANZI else _FREQUENT_SHARE
    return frequent >= share * len(hanzi)


_ASCII_DELETE = dict.fromkeys(range(0x80))


@lru_cache(maxsize=1)
def _common_table() -> dict[int, None]:
    """Deletes the characters common in Chinese text: GB2312 punctuation rows and hanzi."""
    chars: set[str] = set()
    rows = [*range(0xA1, 0xA4), *range(0xB0, 0xF8)]   # symbols, numbers, full-width; hanzi
    for lead in rows:
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb18030"))
            except UnicodeDecodeError:
                pass
    chars = {c for c in chars if not ("\ue000" <= c <= "\uf8ff")}
    chars.update("\u3007\u3000\u00b7\u2014\u2026\u201c\u201d\u2018\u2019\u3001\u3002\u00d7\u00b0")
    chars.update("\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469")
    chars.update("\u25cf\u25cb\u25a0\u25a1\u2605\u2606\u25b2\u25c6")
    return dict.fromkeys(map(ord, chars))


# The few hundred most frequent characters of modern Chinese, plus newspaper and
# community-news vocabulary. Real text has well over half its hanzi here; text in another
# legacy encoding decoded as GB18030 lands on these far less often.
_FREQUENT_HANZI = frozenset(
    c for c in
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下"
    "自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部"
    "其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又"
    "关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯"
    "月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入"
    "几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管"
    "期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像"
    "难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今"
    "切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令"
    "准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚"
    "请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早"
    "曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽"
    "推势参希古众构房半节土投某案黑维革划敢供举办街居志愿宣培训讲座群众养护卫健康防疫项围"
    "绕题承爱心捐赠慰问访困难就岗技能辖物环境整治垃圾圾分类楼院读乡村振兴镇县省州旅游游客"
    "企创新创业帮扶助残疾孤独幼儿童校园课堂少年青少年妇女退役军人安全消防应急演练普法律援"
    "宁静温馨暖福利幸福美好和谐文明典范示范先进优秀表彰奖荣誉活跃丰富多彩趣味体验亲子家庭"
    "邻里友关怀照料陪伴餐饮食品药诊疗检查体检义诊咨询答疑座谈交流研讨会议召开部署落实推动"
    "提升完善加强做好坚持深入广泛积极主动认真负责参与响应支持配合营造氛围浓厚热烈喜庆欢乐"
    "节日春节元宵清明端午中秋重阳国庆元旦晚会联欢演出表演歌舞曲艺书法绘画摄影展览比赛赛事"
    "冠亚季获得颁发证书纪念传统习俗非遗手工制作剪纸灯笼月饼粽子饺子汤圆茶叶读书阅读图书馆"
    "网络平台线上线下微信公众号视频直播宣传册横幅标语展板讲解员志愿者服务队党员干部群众代表"
    "居委会社区街道办事处政府委员会书记主任副局长科长同志老师医生护士警察民警消防员学生家长"
    "居民业主租户商户企业单位部门机构组织协会团体基金站所室馆中心广场公园小区楼栋单元户门口"
    "星期日一二三四五六七八九十零〇百千万亿第次余名位个项场期届年月日时分秒周早晚上午下午"
    "东南西北左右里外前后内大小高低长短新旧多少好坏快慢远近冷热黄绿蓝紫灰银铜铁钢木竹纸布"
    "衣食住行吃喝穿戴睡梦想念愿望目标计划方案措施办法制度规定条例标准要求任务责任义务权利"
    "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"
    "萍红梅鹏飞辉晶琳燕婷雪慧俊峰建国文斌浩宇宁欣颖晓丹佳香春秋冬夏"
    if "\u3400" <= c <= "\u9fff"
)


# --------------------------------------------------------------------------- text cleanup


_NEWLINES = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})
_DROP = dict.fromkeys((0x00, 0xFEFF))


def _normalise(text: str, name: str) -> str:
    if "\x00" in text or "\ufeff" in text:
        text = text.translate(_DROP)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = text.translate(_NEWLINES)
    if not text:
        raise InputError(f"{name}: file is empty; give a newspaper page as text")
    if text.isspace():
        raise InputError(f"{name}: file is empty (whitespace only); give a newspaper page as text")
    return text
