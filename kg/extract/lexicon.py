"""Lexicons the extractor reads: data/lexicon/*.json and the trigger words of ontology/event-types.ttl.

The ontology is read with a small pattern reader rather than rdflib, to keep the extractor free of
rdflib and quick to start; tests/extract/test_lexicon.py checks it against rdflib's parse.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg import LEXICON_DIR, ONTOLOGY_DIR

_CONCEPT = re.compile(r"^ce:(\w+)\s+a\s+skos:Concept\b(.*?)\s\.\s*$", re.M | re.S)
_TRIGGER = re.compile(r'ce:triggerWord\s+(.*)', re.S)
_LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"@zh')


def read_triggers(path: Path) -> dict[str, list[str]]:
    """Event class local name -> its trigger words, in file order."""
    text = path.read_text(encoding="utf-8")
    triggers: dict[str, list[str]] = {}
    for name, body in _CONCEPT.findall(text):
        words = []
        m = _TRIGGER.search(body)
        if m:
            words = [w.replace('\\"', '"').replace("\\\\", "\\") for w in _LITERAL.findall(m.group(1))]
        triggers[name] = words
    return triggers


@dataclass(frozen=True)
class PlaceSuffix:
    suffix: str
    kind: str
    min: int
    max: int
    also_org: bool
    not_before: str
    school: bool
    canonical_suffix: str
    weak: bool = False
    not_after: str = ""
    reject_part: str = ""     # a regex: a proper part it matches is no name (市 after 大都: 国际化大都市)
    before_anyway: tuple[str, ...] = ()   # 党群服务 after 社区: a suffix still, though 党 is in not_before


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, list[str]]
    place_suffixes: tuple[PlaceSuffix, ...]
    standalone_venues: tuple[str, ...]
    countries: tuple[str, ...]
    provinces: tuple[str, ...]
    generic_morphemes: frozenset[str]
    generic_qualities: frozenset[str]      # 和谐 of 和谐社区: a phrase, not a name, after a building verb
    weak_continued_by: tuple[str, ...]     # 苑 + 路: a weak suffix (苑, 家园) inside a longer name
    joined_parts: frozenset[str]           # 中心 of 白石乡中心敬老院: a venue's part named only with the place before it
    anaphora_prefixes: tuple[str, ...]
    org_bodies: tuple[str, ...]
    org_prefixes: tuple[str, ...]
    org_prefix_abbreviations: dict[str, str]   # 团 of 团区委 stands for 共青团
    org_suffixes: tuple[dict, ...]
    org_kinds: dict[str, str]
    abbreviated_places: dict[str, str]
    abbreviation_excludes: str
    text: dict
    trigger_not_after: dict[str, str]
    trigger_not_before: dict[str, str]
    trigger_heads: str
    held_meetings: dict          # 召开政银企对接会: a 会 noun after a verb of holding (see triggers.json)


@cache
def load() -> Lexicon:
    places = json.loads((LEXICON_DIR / "places.json").read_text(encoding="utf-8"))
    orgs = json.loads((LEXICON_DIR / "orgs.json").read_text(encoding="utf-8"))
    text = json.loads((LEXICON_DIR / "text.json").read_text(encoding="utf-8"))
    triggers = json.loads((LEXICON_DIR / "triggers.json").read_text(encoding="utf-8"))
    suffixes = tuple(sorted(
        (PlaceSuffix(s["suffix"], s["kind"], s.get("min", 2), s.get("max", 6), s.get("also_org", False),
                     s.get("not_before", ""), s.get("school", False), s.get("canonical_suffix", s["suffix"]),
                     s.get("weak", False), s.get("not_after", ""), s.get("reject_part", ""),
                     tuple(s.get("before_anyway", ())))
         for s in places["suffixes"]),
        key=lambda s: -len(s.suffix)))
    words = read_triggers(ONTOLOGY_DIR / "event-types.ttl")
    for cls, extra in triggers.get("extra", {}).items():   # words of data/lexicon/triggers.json added to a class
        words.setdefault(cls, [])
        words[cls].extend(w for w in extra if w not in words[cls])
    return Lexicon(
        triggers=words,
        place_suffixes=suffixes,
        standalone_venues=tuple(places.get("standalone_venues", ())),
        countries=tuple(places.get("countries", ())),
        provinces=tuple(places.get("provinces", ())),
        generic_morphemes=frozenset(places["generic_morphemes"]),
        generic_qualities=frozenset(places.get("generic_qualities", ())),
        weak_continued_by=tuple(places.get("weak_continued_by", ("社区", "小区"))),
        joined_parts=frozenset(places.get("joined_parts", ())),
        anaphora_prefixes=tuple(places["anaphora_prefixes"]),
        org_bodies=tuple(sorted(orgs["bodies"], key=len, reverse=True)),
        org_prefixes=tuple(orgs["prefixes"]),
        org_prefix_abbreviations=orgs.get("prefix_abbreviations", {}),
        org_suffixes=tuple(sorted(orgs["suffixes"], key=lambda s: -len(s["suffix"]))),
        org_kinds=orgs["kinds"],
        abbreviated_places=orgs["abbreviated_places"],
        abbreviation_excludes=orgs["abbreviation_excludes"],
        text=text,
        trigger_not_after=triggers["not_after"],
        trigger_not_before=triggers.get("not_before", {}),
        trigger_heads=triggers.get("heads", ""),
        held_meetings=triggers.get("held_meetings", {}),
    )
