"""Sentences of an article body and their masks: kg.extract.sentences."""

from __future__ import annotations

from kg.extract.sentences import SPEECH_QUOTE_MIN, masks, read_sentences, split_sentences


def masked(text: str, mask: list[bool]) -> str:
    return "".join(c for c, m in zip(text, mask) if m)


def test_split_keeps_offsets_into_the_body_across_paragraphs():
    body = "社区举办义诊。居民踊跃参加！\n活动持续一上午；效果良好"
    parts = split_sentences(body)
    assert [p[0] for p in parts] == ["社区举办义诊。", "居民踊跃参加！", "活动持续一上午；", "效果良好"]
    assert [p[3] for p in parts] == [0, 0, 1, 1]
    for text, start, end, _ in parts:
        assert body[start:end] == text


def test_a_closing_quote_stays_with_its_sentence():
    parts = split_sentences("他说：“谢谢大家。”随后离开。")
    assert parts[0][0] == "他说：“谢谢大家。”"


def test_a_short_quote_is_a_title_names_masked_but_triggers_read():
    text = "社区开展“健康进家门”活动。"
    entity, trigger = masks(text)
    assert masked(text, entity) == "“健康进家门”"
    assert not any(trigger)


def test_a_long_quote_is_speech_and_hides_its_triggers():
    quote = "“社区经常组织义诊和文艺演出，我们都很喜欢。”"
    assert len(quote) >= SPEECH_QUOTE_MIN
    text = "居民说：" + quote
    entity, trigger = masks(text)
    assert masked(text, trigger) == quote
    assert masked(text, entity) == quote


def test_book_title_marks_hide_names_and_triggers():
    text = "学校举办了题为《青春与家国》的讲座，并印发《锦江区志愿服务手册》。"
    entity, trigger = masks(text)
    assert masked(text, entity) == "《青春与家国》《锦江区志愿服务手册》"
    assert masked(text, trigger) == masked(text, entity)


def test_a_purpose_clause_hides_triggers_up_to_its_comma():
    text = "为丰富老年人文化生活，社区举办文艺汇演。"
    _, trigger = masks(text)
    assert masked(text, trigger) == "为丰富老年人文化生活"
    assert not any(trigger[text.index("社区"):])


def test_a_sentence_without_purpose_opener_is_not_masked():
    _, trigger = masks("社区为老人举办文艺汇演。")
    assert not any(trigger)


def test_an_unclosed_quote_masks_to_the_end():
    text = "他说：“活动很好"
    entity, _ = masks(text)
    assert masked(text, entity) == "“活动很好"


def test_read_sentences_carries_paragraph_numbers_and_masks():
    body = "第一段，没有句号\n为迎接春节，社区举办“迎新春”联欢会。"
    rs = read_sentences(body)
    assert [r.paragraph for r in rs] == [0, 1]
    second = rs[1]
    assert second.text == "为迎接春节，社区举办“迎新春”联欢会。"
    assert len(second.entity_mask) == len(second.text) == len(second.trigger_mask)
    assert body[second.sentence.start:second.sentence.end] == second.text


def test_speech_spans_are_the_long_quotations_only():
    from kg.extract.sentences import speech_spans
    text = "“书香三月”读书会举行。“今天专家送医上门，太方便了，真是好。”村民说。"
    spans = speech_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].startswith("“今天")


def test_a_quoted_team_name_is_read_for_names_and_a_quoted_title_is_not():
    text = "滨江社区“红枫志愿服务队”在社区小广场开展“清洁家园”志愿服务活动"
    entity, _ = masks(text)
    team, title = text.index("红枫"), text.index("清洁")
    assert not entity[team] and entity[title]
