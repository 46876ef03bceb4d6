"""benchmarks/generate_corpus.py: a seeded, deterministic generator of synthetic issue pages."""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from kg import PROJECT_ROOT

N = 20
HEAD = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日 星期([一二三四五六日])$")
SAMPLE = PROJECT_ROOT / "data" / "samples" / "2024-10-18.txt"
# Street (街道) and community names of the real sample page.
SAMPLE_PLACES = ["平城区", "永泰街道", "新旺街道", "卧虎湾街道", "武定街道", "迎宾街道", "古城街道", "文瀛湖",
                 "凯德世家社区", "工农路社区", "柳港园南院社区", "山橡社区", "鸿浩嘉园社区", "西苑社区",
                 "岳翠园社区", "白泊洼社区", "振兴街社区", "绿园社区", "永安里社区", "万城社区", "理想城社区",
                 "育才社区", "魏都新城"]


def _load():
    name = "generate_corpus"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, PROJECT_ROOT / "benchmarks" / "generate_corpus.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module          # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)
    return sys.modules[name]


gen = _load()


def _flat(text: str) -> str:
    """Page text without OCR spaces and line breaks, so names cut by them are whole again."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("corpus")
    assert gen.main([str(out), "--issues", str(N), "--seed", "5"]) == 0
    return sorted(out.glob("*.txt"))


def test_same_seed_same_files(corpus, tmp_path):
    again = gen.generate(tmp_path, N, seed=5)
    assert [p.name for p in again] == [p.name for p in corpus]
    for a, b in zip(again, corpus):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_a_shorter_run_is_a_prefix(corpus, tmp_path):
    short = gen.generate(tmp_path, 4, seed=5)
    assert [p.read_bytes() for p in short] == [p.read_bytes() for p in corpus[:4]]


def test_different_seeds_differ(corpus):
    other = [text for text, _ in gen.iter_issues(3, seed=6)]
    assert all(o != c.read_text(encoding="utf-8") for o, c in zip(other, corpus))
    assert gen.Corpus(5).district != gen.Corpus(6).district or \
        [s.name for s in gen.Corpus(5).subs] != [s.name for s in gen.Corpus(6).subs]


def test_n_files_with_date_heads_in_increasing_order(corpus):
    assert len(corpus) == N
    days = []
    for path in corpus:
        text = path.read_text(encoding="utf-8")
        m = HEAD.match(text.split("\n", 1)[0])
        assert m, path.name
        day = date(int(m[1]), int(m[2]), int(m[3]))
        assert path.stem == day.isoformat()
        assert "一二三四五六日"[day.weekday()] == m[4]
        assert day.weekday() != 6                      # no paper on Sundays
        days.append(day)
    assert days == sorted(days) and len(set(days)) == N
    assert days[0] == date(2016, 1, 4)


def test_pages_look_like_issue_pages(corpus):
    for path in corpus:
        raw = path.read_bytes()
        assert 8_000 <= len(raw) <= 20_500, (path.name, len(raw))
        text = raw.decode("utf-8")
        assert text.count("本报讯") + text.count("本报记者") >= 5
        assert "{" not in text and "}" not in text     # every template field filled
    flat = _flat("".join(p.read_text(encoding="utf-8") for p in corpus))
    for word in ("街道", "社区", "人次", "余", "该街道", "图为", "等多个"):
        assert word in flat, word


def test_about_300_issues_a_year():
    days = [d for _, d in zip(range(300), gen.issue_days(date(2016, 1, 4)))]
    assert date(2016, 10, 3) not in days and date(2017, 1, 1) not in days   # 国庆, 元旦
    assert 2016 <= days[-1].year <= 2017 and (days[-1] - days[0]).days in range(355, 375)


def test_communities_recur_and_new_ones_appear(corpus):
    names = [c.name for c in gen.Corpus(5).communities.items]
    pages = [_flat(p.read_text(encoding="utf-8")) for p in corpus]
    seen = [{n for n in names if n in page} for page in pages]
    in_issues = {n: sum(n in s for s in seen) for n in names}
    assert max(in_issues.values()) >= N // 2                  # a popular community recurs
    assert sum(1 for k in in_issues.values() if k >= 2) >= 10
    first_half = set().union(*seen[: N // 2])
    later = set().union(*seen[N // 2:]) - first_half
    assert later                                                # names new in the second half
    assert len(set().union(*seen)) < len(names)                 # the pool is not all used at once


def test_one_district_per_corpus(corpus):
    c = gen.Corpus(5)
    flat = _flat("".join(p.read_text(encoding="utf-8") for p in corpus))
    assert flat.count(c.district) > 50
    others = [d for _, _, d, _ in gen.DISTRICTS if d != c.district]
    assert not [d for d in others if d in flat]


def test_pages_are_not_copies_of_the_sample(corpus):
    pages = [_flat(p.read_text(encoding="utf-8")) for p in corpus]
    for name in SAMPLE_PLACES:
        assert not any(name in page for page in pages), name
    # no long run of the sample's text (spaces and punctuation width ignored)
    norm = str.maketrans({"，": ",", "“": '"', "”": '"', "（": "(", "）": ")", "：": ":"})
    sample = _flat(SAMPLE.read_text(encoding="utf-8")).translate(norm)
    big = "\n".join(pages).translate(norm)
    k = 16
    copied = {sample[i:i + k] for i in range(len(sample) - k) if sample[i:i + k] in big}
    assert not copied, sorted(copied)[:5]
