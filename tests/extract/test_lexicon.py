"""Word lists the extractor reads: kg.extract.lexicon (data/lexicon/*.json and ontology/event-types.ttl)."""

from __future__ import annotations

from kg import ONTOLOGY_DIR
from kg.extract.lexicon import load, read_triggers


def test_extra_trigger_words_of_the_lexicon_join_their_classes():
    words = load().triggers
    ontology = read_triggers(ONTOLOGY_DIR / "event-types.ttl")
    assert "签约仪式" in words["Meeting"] and "签约仪式" not in ontology["Meeting"]
    assert {"联欢会", "大集"} <= set(words["CommunityGathering"])
    # the ontology's own words stay, in their order, before the added ones
    for cls, own in ontology.items():
        assert words[cls][:len(own)] == own


def test_a_suffix_kept_before_a_word_whose_first_character_would_cancel_it():
    (town,) = [s for s in load().place_suffixes if s.suffix == "镇"]
    assert "上" in town.not_before and town.before_anyway
