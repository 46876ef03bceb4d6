"""Trigger words grouped into event frames: kg.extract.events (types from ontology/event-types.ttl)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.entities import Context, read_entities
from kg.extract.events import ArticleReader, find_triggers, head_count
from kg.extract.sentences import read_sentences

D = date(2025, 3, 14)


def events(body: str, issue: date = D):
    """The events of one article body, read as the pipeline reads them."""
    reader = ArticleReader(issue)
    ctx = Context(district="锦江区", city="成都市")
    for rs in read_sentences(body):
        ents = read_entities(rs.text, ctx, rs.entity_mask)
        for e in ents:
            if e.place_kind == "Subdistrict":
                ctx.subdistrict = e.name
            if e.place_kind == "Community":
                ctx.community = e.name
            ctx.note_crew(e)
        reader.read(rs, ents)
    return [ev for _, ev in reader.events()]


def triggers(text: str) -> list[tuple[str, str]]:
    return [(w, t) for _, _, w, t in find_triggers(text, [False] * len(text))]


# --- trigger words ----------------------------------------------------------------------------------------

def test_triggers_with_their_types():
    assert triggers("社区开展义诊活动，并举办招聘会。") == [("义诊", "VolunteerService"), ("招聘会", "RecruitmentEvent")]


def test_the_longer_overlapping_trigger_wins():
    assert triggers("举办家政服务培训班") == [("培训班", "TrainingSession")]


def test_head_rule_the_event_noun_at_the_end_of_the_phrase_decides():
    assert triggers("召开家政行业职业培训推进会") == [("推进会", "Meeting")]
    assert triggers("召开基层宣传文化工作座谈会") == [("座谈会", "Meeting")]
    # a verb between them: two events
    assert [t for _, t in triggers("开展培训并召开推进会")] == ["TrainingSession", "Meeting"]


def test_masked_characters_hold_no_trigger():
    text = "学校举办《义诊与健康》读书会"
    mask = [i < text.index("读") for i in range(len(text))]
    assert [w for _, _, w, _ in find_triggers(text, mask)] == ["读书会"]


def test_characters_around_a_trigger_can_cancel_it():
    assert triggers("增进社区邻里感情") == []          # 进社区 not after 增
    assert triggers("擦拭健身器材") == []               # 健身 not before 器
    assert triggers("走进社区健身") == [("进社区", "PublicServiceOutreach"), ("健身", "SportsActivity")]


# --- head counts ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("画展吸引近8000人次参观", 8000),
    ("目前共计培训48家企业4600人", 4600),
    ("累计服务群众2万余人次", 20000),
    ("吸引了200余名居民观看", 200),
    ("参与群众达5.6万人次", 56000),
    ("发放宣传资料500余份", None),
])
def test_head_count(text, n):
    assert head_count(text) == n


# --- frames -----------------------------------------------------------------------------------------------

def test_one_event_with_place_organizer_date_and_count():
    (ev,) = events("3月8日，锦江区民政局走进水井坊社区看望高龄老人，为30余名老人送去慰问品。")
    assert ev.types == ["ElderCareVisit"]
    assert ev.places[0] == "水井坊社区"
    assert ev.organizers == ["锦江区民政局"]
    assert ev.date.start == date(2025, 3, 8)
    assert ev.attendee_count == 30


def test_habitual_statements_open_nothing():
    assert events("水井坊社区每月定期开展义诊活动。") == []
    assert events("下一步，锦江区民政局将继续开展走访慰问活动。") == []


def test_a_scene_that_never_stops_is_no_habit():
    (ev,) = events("3月8日，东光社区举办包粽子活动，现场欢声笑语不断。")
    assert ev.types == ["CommunityGathering"]


def test_reported_speech_opens_nothing():
    assert events("居民王大爷说，社区开展的义诊活动很贴心。") == []
    assert events("“社区经常组织义诊和文艺演出，我们都很喜欢。”") == []


def test_a_trigger_in_a_purpose_clause_opens_nothing():
    (ev,) = events("为做好春节期间义诊工作，3月2日，锦江区卫健局召开部署会。")
    assert ev.types == ["Meeting"]


def test_a_new_actor_opens_a_new_frame():
    evs = events("3月5日，水井坊社区开展义诊活动。东光社区组织居民开展健步走活动。")
    assert [(e.types, e.organizers) for e in evs] == [
        (["VolunteerService"], ["水井坊社区"]), (["SportsActivity"], ["东光社区"])]
    assert [e.date.start for e in evs] == [date(2025, 3, 5)] * 2


def test_sentences_of_a_paragraph_add_to_the_open_frame():
    (ev,) = events("3月5日，东光社区举办文艺汇演。现场还开展了义诊，300余名居民参加。")
    assert ev.types == ["CulturalPerformance", "VolunteerService"]
    assert ev.attendee_count == 300


def test_a_trigger_inside_an_organization_name_is_no_event():
    (ev,) = events("3月6日，锦江区委宣传部召开座谈会。")
    assert ev.types == ["Meeting"]
    assert ev.organizers == ["锦江区委宣传部"]


def test_a_trigger_inside_an_association_name_still_counts():
    (ev,) = events("3月8日，锦江区老年合唱团走进东光社区，为老人们送上节目。")
    assert ev.types == ["CulturalPerformance"]
    assert ev.places[0] == "东光社区"


def test_host_and_co_host_both_organize():
    (ev,) = events("3月6日，由锦江区人社局主办、锦江区就业服务中心承办的春风招聘会在锦江区人才市场举行。")
    assert ev.types == ["RecruitmentEvent"]
    assert ev.organizers == ["锦江区人社局", "锦江区就业服务中心"]
    assert ev.places[0] == "锦江区人才市场"


def test_same_day_words_take_the_date_read_before():
    evs = events("3月8日，水井坊社区举办文艺汇演。\n当天下午，东光社区开展义诊活动。")
    assert [e.date.start for e in evs] == [date(2025, 3, 8), date(2025, 3, 8)]


def test_a_summary_lead_with_two_dated_parts_becomes_their_series():
    evs = events("连日来，锦江区民政局深入各街道开展敬老慰问活动。"
                 "3月8日，锦江区民政局走进水井坊社区看望高龄老人。"
                 "3月10日，锦江区民政局来到东光社区慰问空巢老人。")
    lead, *parts = evs
    assert lead.types == ["EventSeries"]
    assert lead.date.earliest == date(2025, 2, 28) and lead.date.latest == D
    assert [p.date.start for p in parts] == [date(2025, 3, 8), date(2025, 3, 10)]
    assert lead.sub_events == parts


def test_a_summary_lead_with_one_dated_part_is_folded_into_it():
    (ev,) = events("近日，锦江区民政局深入各街道开展敬老慰问活动。"
                   "3月8日，锦江区民政局走进水井坊社区看望高龄老人。")
    assert ev.types == ["ElderCareVisit"]
    assert ev.date.start == date(2025, 3, 8)
    assert ev.places[0] == "水井坊社区"


def test_an_event_series_trigger_collects_the_events_after_it():
    evs = events("近日，东光社区开展“邻里节”系列活动。\n3月8日，东光社区举办包饺子活动。\n3月9日，东光社区举办文艺汇演。")
    assert evs[0].types == ["EventSeries"]
    assert [e.types for e in evs[0].sub_events] == [["CommunityGathering"], ["CulturalPerformance"]]


# --- words and frames met on pages of other districts and seasons -------------------------------------------

@pytest.mark.parametrize("text, word, typ", [
    # festivals and seasons
    ("元宵节晚上，村里举办猜灯谜活动。", "灯谜", "CommunityGathering"),
    ("一年一度的传统庙会在老街开场。", "庙会", "CommunityGathering"),
    ("开展消防应急疏散演练。", "演练", "TrainingSession"),
    ("开展无偿献血活动。", "献血", "VolunteerService"),
    ("举行爱心捐赠仪式。", "捐赠", "VolunteerService"),
    ("为居民书写春联。", "春联", "VolunteerService"),
    ("带来一堂开学第一课。", "第一课", "EducationActivity"),
    ("开展主题党日活动。", "主题党日", "EducationActivity"),
    ("暑期爱心托管班开班。", "托管", "PublicServiceOutreach"),
    ("走进校园开展防溺水宣传。", "防溺水", "PublicServiceOutreach"),
    ("舞龙舞狮等民俗表演轮番上演。", "民俗表演", "CulturalPerformance"),
    # schools, villages, industrial parks
    ("第三届职工技能比武在车间开赛。", "技能比武", "TrainingSession"),
    ("新学年开学典礼在操场举行。", "开学典礼", "EducationActivity"),
    ("举行少先队新队员入队仪式。", "入队仪式", "EducationActivity"),
    ("村民自编自演的村晚在文化广场上演。", "村晚", "CulturalPerformance"),
    ("迎新春年货节在人民广场开幕。", "年货节", "Exhibition"),
    # minority areas, health, law
    ("一年一度的彝族火把节在乡里举行。", "火把节", "CommunityGathering"),
    ("壮族三月三歌圩活动热闹开场。", "三月三", "CommunityGathering"),
    ("村民们围坐长街宴。", "长街宴", "CommunityGathering"),
    ("民兵应急分队开展边境巡逻。", "巡逻", "Inspection"),
    ("社区老年助餐点正式启用。", "助餐点", "ElderCareVisit"),
    ("为居民讲解电信网络诈骗的常见套路。", "电信网络诈骗", "PublicServiceOutreach"),
    ("开展防范非法集资宣传。", "宣传", "PublicServiceOutreach"),
    ("开展家庭医生签约服务。", "家庭医生签约", "PublicServiceOutreach"),
    ("举行集中颁证仪式。", "颁证", "PublicServiceOutreach"),
    ("开展消防安全疏散演练。", "演练", "EducationActivity"),
    ("“村BA”篮球联赛在村文化广场开赛。", "联赛", "SportsActivity"),
    ("举办读书分享会。", "分享会", "EducationActivity"),
    ("公益电影下乡放映活动走进村里。", "放映", "CulturalPerformance"),
    # family days, races, summer heat
    ("社区举办父亲节亲子活动", "亲子活动", "CommunityGathering"),
    ("龙舟邀请赛在江边举行", "龙舟邀请赛", "SportsActivity"),
    ("为环卫工人送去防暑降温物品", "防暑降温", "PublicServiceOutreach"),
])
def test_trigger_words_met_on_pages_of_other_districts(text, word, typ):
    assert (word, typ) in triggers(text)


def test_a_home_for_the_aged_or_handicrafts_as_goods_are_no_event_words():
    assert not any(w == "敬老" for w, _ in triggers("消防员走进镇敬老院开展演练。"))
    assert not any(w == "手工" for w, _ in triggers("摊位上摆满了竹编等手工艺品。"))


def test_organizers_named_in_a_later_sentence_belong_to_the_event():
    (ev,) = events("3月12日上午，东城街道在滨河公园开展义务植树活动，200余人参加。"
                   "活动由区林业局、团区委联合组织。")
    assert "锦江区林业局" in ev.organizers and "共青团锦江区委" in ev.organizers
    (ev,) = events("正月十五，西河镇的传统灯会在古街开幕。本次灯会由西河镇人民政府主办，镇文化站承办。")
    assert "西河镇人民政府" in ev.organizers


def test_a_sentence_with_another_day_is_another_event_not_attendance():
    evs = events("3月10日晚，区文化馆在区大剧院举办新春音乐会，500余名市民观看。\n"
                 "3月9日，东城街道党工委组织30余名党员来到区烈士陵园，开展主题党日活动。")
    assert [e.date.start for e in evs] == [date(2025, 3, 10), date(2025, 3, 9)]
    assert "EducationActivity" in evs[1].types


def test_a_series_read_alone_keeps_what_it_is():
    (ev,) = events("近日，区人社局开展“春风行动”系列培训，服务求职者。")
    assert ev.types == ["TrainingSession", "EventSeries"]


def test_the_scene_before_a_suo_ying_sentence_is_one_event_of_it():
    evs = events("近日，在青石村的蔬菜大棚里，县农技站专家一边示范一边讲解，30余名村民围坐听讲。\n"
                 "这是区农业农村局开展“农技进村”系列培训的一个缩影。春节过后，该局组织专家深入各村开展培训。",
                 issue=date(2025, 2, 20))
    scene, series = evs
    assert scene.types == ["TrainingSession"] and scene.places[0] == "青石村"
    assert scene.organizers == ["锦江区农业农村局"] and scene.attendee_count == 30
    assert "EventSeries" in series.types
    assert series.date.earliest == date(2025, 1, 29)   # 春节过后: from 春节 2025 (01-29) on


def test_a_bare_community_acting_at_a_clause_start_is_the_one_just_named():
    (ev,) = events("冬至当天，东湖街道桂花社区的活动室里热气腾腾，社区联合辖区商户开展包饺子活动。",
                   issue=date(2024, 12, 27))
    assert "桂花社区" in ev.organizers


def test_a_schedule_is_no_event():
    evs = events("6月28日，和平社区暑期托管班开班。据介绍，托管时间为7月3日至8月25日。", issue=date(2025, 6, 30))
    assert len(evs) == 1 and evs[0].date.start == date(2025, 6, 28)


def test_the_day_named_before_any_event_is_the_day_of_dang_tian():
    (ev,) = events("3月12日是植树节。当天上午，东光社区开展应急疏散演练。")
    assert ev.date.start == date(2025, 3, 12)


def test_a_competition_held_by_is_organized_by():
    (ev,) = events("3月7日，锦江区第二届职工技能比武在东光社区举行。比赛由锦江区总工会主办。")
    assert ev.organizers == ["锦江区总工会"]


# --- a third round of blind pages: minority festivals, border patrols, health and civil affairs, law -------


def test_a_drill_is_both_training_and_education():
    assert set(triggers("开展消防应急疏散演练。")) == {("演练", "TrainingSession"), ("演练", "EducationActivity")}


def test_a_talk_on_fraud_without_the_word_propaganda_is_an_event():
    found = events("上周五，县公安局城关派出所民警走进新兴路社区，为居民讲解电信网络诈骗和非法集资的常见套路。",
                   date(2026, 1, 5))
    assert len(found) == 1
    assert "PublicServiceOutreach" in found[0].types and found[0].date.start == date(2026, 1, 2)


def test_meal_points_counted_in_a_review_of_the_year_are_no_event():
    assert triggers("新建社区食堂12个、老年助餐点25个。") == []


def test_a_body_at_work_on_the_scene_takes_part_in_the_event_just_read():
    found = events("近日，芳草社区组织居民开展“邻里一家亲”主题联谊活动，居民们同唱歌曲。"
                   "区民政局工作人员现场宣讲养老服务政策。")
    assert len(found) == 1
    assert "锦江区民政局" in found[0].organizers and "EducationActivity" in found[0].types


def test_a_festival_read_as_the_date_still_names_the_event_held_on_it():
    found = events("7月18日，一年一度的彝族火把节在龙潭乡举行，千余名群众共度佳节。", date(2025, 7, 21))
    assert len(found) == 1
    assert "CommunityGathering" in found[0].types and found[0].date.start == date(2025, 7, 18)


def test_an_event_of_another_kind_the_same_actors_also_held_is_an_event_of_its_own():
    found = events("上周五，西园街道枫林社区老年助餐点正式启用。当天，社区还邀请医生为老人举办健康讲座。",
                   date(2025, 5, 20))
    assert [f.types for f in found] == [["ElderCareVisit"], ["EducationActivity"]]
    assert found[1].date.start == date(2025, 5, 16) and "枫林社区" in found[1].places


def test_what_is_also_done_on_the_scene_stays_the_same_event():
    found = events("近日，芳草社区举办家政服务进社区活动。活动现场还邀请居民参加招聘。")
    assert len(found) == 1 and "RecruitmentEvent" in found[0].types


@pytest.mark.parametrize("text, n", [
    ("来自全乡的千余名群众身着民族盛装。", 1000),
    ("近百名志愿者参与。", 100),
    ("吸引两千余人观看。", 2000),
    ("三百余名师生参加。", 300),
    ("他获得第十名。", None),
    ("数百名村民围观。", None),
])
def test_head_count_of_round_numbers_in_chinese(text, n):
    assert head_count(text) == n


def test_a_sentence_summing_up_the_year_so_far_opens_nothing():
    # a period up to now that ends its clause still sums up many events
    assert events("今年以来，锦江区融媒体中心已在全区各村放映公益电影86场。") == []
    assert events("入冬以来，书院街道已开展安全检查20余次。") == []


def test_coordination_and_deliberation_meetings():
    assert triggers("书院街道召开加装电梯协调会。") == [("协调会", "Meeting")]
    assert triggers("水井坊社区邻里议事会在社区召开。") == [("议事会", "Meeting")]


def test_an_article_announcing_an_event_on_its_day_reports_it():
    (ev,) = events("记者从锦江区文体旅游局获悉，2025锦江半程马拉松将于3月16日上午在锦江区体育中心鸣枪起跑。")
    assert ev.types == ["SportsActivity"]
    assert ev.date.start == date(2025, 3, 16)
    # after the event the article reports, a later round is no event of its own
    (ev,) = events("3月2日，锦江区篮球赛在水井坊社区开赛。据了解，决赛将于3月16日举行。")
    assert ev.date.start == date(2025, 3, 2)
    # with no day, an announcement is no event
    assert events("锦江区将于近期在水井坊社区举办招聘会。") == []


def test_a_month_in_a_quoted_title_is_not_the_time_of_the_event():
    (ev,) = events("锦江区图书馆“书香三月”读书分享会日前在水井坊社区举行。", date(2025, 3, 7))
    assert ev.date.text == "日前"
    # a festival quoted alone is still the time
    (ev,) = events("“敬老月”期间，水井坊社区举办敬老活动。", date(2025, 10, 31))
    assert ev.date.earliest == date(2025, 10, 1)


# --- a fifth round of pages: announced, summed up, a second event of a paragraph -----------------------------

def test_the_words_added_by_the_lexicon_are_triggers():
    assert triggers("在区退役军人服务中心举行双拥共建签约仪式") == [("签约仪式", "Meeting")]
    assert triggers("迎新春年货大集在农贸广场开市") == [("大集", "CommunityGathering")]


def test_another_event_the_same_actors_announce_on_its_own_day():
    evs = events("3月10日下午，东光社区在社区广场举办文艺汇演，200余名居民观看。"
                 "社区还将于3月16日在锦江公园举办灯谜游园会，欢迎居民参加。")
    assert [e.date.start for e in evs] == [date(2025, 3, 10), date(2025, 3, 16)]
    assert "CommunityGathering" in evs[1].types


def test_a_later_stage_of_the_same_event_announced_is_no_event():
    evs = events("3月10日，东光社区举办乒乓球赛初赛，40余名居民参赛。决赛将于3月16日举行。")
    assert len(evs) == 1 and evs[0].date.start == date(2025, 3, 10)


def test_a_total_before_the_verb_sums_up_and_reports_no_event():
    evs = events("据了解，今年春节前，区民政局共计走访慰问困难群众2300余户，发放慰问金210余万元。")
    assert evs == []


def test_a_campaign_with_one_of_its_days_reported_is_a_series():
    evs = events("连日来，区民政局联合东光街道开展春节前走访慰问活动，为困难群众送去米、面、油。\n"
                 "3月10日，区民政局工作人员来到东光社区独居老人家中，送上慰问金。")
    assert [("EventSeries" in e.types) for e in evs] == [True, False]
    assert evs[1].date.start == date(2025, 3, 10)


def test_a_paragraph_opening_with_its_own_time_on_an_event_of_another_kind_is_another_event():
    evs = events("3月2日，由区妇联主办的巾帼就业专场招聘会在区人力资源市场举行。\n"
                 "日前，区妇联在区妇女儿童活动中心召开妇女节座谈会，20余名巾帼代表参加。")
    assert [e.types[0] for e in evs] == ["RecruitmentEvent", "Meeting"]
    assert "Meeting" not in evs[0].types


def test_the_scene_just_set_is_where_the_event_takes_place():
    evs = events("前天上午，东光街道桂园社区日间照料中心里暖意融融。桂园社区联合志愿服务队，为30余名老人免费理发。")
    assert len(evs) == 1
    assert evs[0].places[0] == "桂园社区日间照料中心"


def test_the_places_an_action_is_done_to_are_no_actors():
    (ev,) = events("上周五，区应急管理局联合区消防救援大队，对东光商城、惠民超市等场所开展安全检查。")
    assert ev.organizers == ["锦江区应急管理局", "锦江区消防救援大队"]
    assert ev.places == ["惠民超市"]   # 东光商城 is no name the lexicon reads


def test_an_event_word_inside_the_name_of_an_actor_does_not_end_its_clause():
    (ev,) = events("3月10日，桂园社区联合“巧手匠心”志愿服务队的8名志愿者，为30余名老人免费理发。")
    assert ev.organizers == ["桂园社区", "巧手匠心志愿服务队"]


def test_a_body_mobilized_to_act_is_an_organizer_but_people_are_not():
    (ev,) = events("近日，东光街道党工委组织街道安监办、社区网格员，对辖区小区开展燃气安全入户检查。")
    assert {"东光街道党工委", "东光街道安监办"} <= set(ev.organizers)
    assert not any("网格员" in o for o in ev.organizers)


# --- round 6 ----------------------------------------------------------------------------------------------

def test_a_sentence_that_names_the_day_opens_no_event_and_anchors_the_day_after():
    (ev,) = events("3月12日是第47个植树节。当天，书院街道联合区林业局在东湖公园开展义务植树活动，200余名居民参加。")
    assert ev.date.start == date(2025, 3, 12)
    assert "东湖公园" in ev.places
    assert "书院街道" in ev.organizers


def test_tomorrow_named_as_a_day_dates_the_announced_event():
    (ev,) = events("明天是全国爱耳日。记者从区卫生健康局获悉，届时，区卫生健康局将在锦江广场开展义诊宣传活动。")
    assert ev.date.start == date(2025, 3, 15)
    assert "锦江广场" in ev.places


def test_a_scene_sets_the_time_of_the_event_it_opens_on():
    evs = events("前天晚上，书院街道在东湖广场举办文艺晚会。\n"
                 "昨天下午，水井坊社区篮球场又热闹起来。由书院街道文化站组织的篮球赛在这里开赛。")
    assert [e.date.start for e in evs] == [date(2025, 3, 12), date(2025, 3, 13)]
    assert evs[1].places[0] == "水井坊社区篮球场"


def test_the_same_quoted_title_again_adds_organizers_to_its_event():
    evs = events("上周六晚，水井坊社区在社区广场举办“邻里观影夜”放映活动。\n"
                 "据了解，“邻里观影夜”由水井坊社区联合区文化馆开展，每月放映两场。")
    assert len(evs) == 1
    assert "锦江区文化馆" in evs[0].organizers


def test_a_day_named_with_a_community_of_its_own_is_still_an_event():
    (ev,) = events("今天是水井坊社区第五届邻里节，300余名居民参加。")
    assert ev.date.start == D
    assert "水井坊社区" in ev.places


# --- a seventh round of pages: reviews (综述), tallies, parts of a series, a team's venues --------------------

def review_events(body: str, issue: date = D):
    reader = ArticleReader(issue, review=True)
    ctx = Context(district="锦江区", city="成都市")
    for rs in read_sentences(body):
        ents = read_entities(rs.text, ctx, rs.entity_mask)
        reader.read(rs, ents)
    return [ev for _, ev in reader.events()]


def test_a_review_keeps_only_the_activities_it_dates_in_their_own_sentence():
    body = ("3月10日，书院街道党工委在水井坊社区举办主题党课，80余人参加。"
            "东光社区创新推出“板凳议事会”，把议事桌搬到楼门口。\n"
            "今年以来，莲花社区开设“银龄课堂”，常态化开展书法课程。")
    evs = review_events(body)
    assert [e.date.start for e in evs] == [date(2025, 3, 10)]
    # the same body read as a news article (no review) keeps the passing mention
    assert len(events(body)) > 1


def test_a_number_of_occasions_after_the_event_word_reports_no_event():
    assert events("3月以来，各街道、社区开展走访慰问、文艺演出等敬老活动160余场，惠及老年人2万余人次。") == []
    assert events("去年，街道开展志愿服务活动420余次。") == []
    assert len(events("3月10日，水井坊社区开展义诊活动，服务居民160余人次。")) == 1


def test_a_part_of_a_series_told_in_a_paragraph_of_its_own_is_an_event_of_its_own():
    body = ("3月9日，锦江区图书馆举办全民阅读系列活动，200余名读者参加。\n"
            "当天下午，锦江区图书馆还邀请本土作家走进图书馆多功能厅，为读者带来专题讲座。")
    evs = events(body)
    talk = next(e for e in evs if "EducationActivity" in e.types and "EventSeries" not in e.types)
    assert talk.date.start == date(2025, 3, 9)
    assert talk.places[0] == "锦江区图书馆多功能厅"


def test_the_venues_a_team_of_the_event_went_to_are_its_places():
    body = ("近日，区文旅局联合区应急管理局组成联合检查组，深入辖区各景区开展安全大检查。\n"
            "检查组先后来到龙泉寺景区、古槐公园等景区，重点对消防设施进行检查。")
    (ev,) = events(body)
    assert ev.places[:2] == ["龙泉寺景区", "古槐公园"]


def test_a_plural_modifier_makes_the_lead_a_series_of_the_events_after_it():
    body = ("3月8日，锦江区多个社区开展形式多样的敬老活动。"
            "水井坊社区为老人举办长寿宴。东光社区组织志愿者为老人义诊。")
    evs = events(body)
    assert "EventSeries" in evs[0].types
    assert len(evs[0].sub_events) == 2
    assert {"ElderCareVisit", "CommunityGathering"} <= set(evs[1].types)   # 长寿宴


def test_the_first_of_bodies_listed_before_co_organizing_organizes_too():
    body = "3月8日，水井坊社区举办第五届邻里节。本届邻里节由水井坊社区党委主办，锦江区中医院、锦江银行协办。"
    (ev,) = events(body)
    assert {"水井坊社区党委", "锦江区中医院", "锦江银行"} <= set(ev.organizers)


def test_the_next_paragraph_opening_on_where_a_visit_went_gives_its_place():
    body = ("3月8日，书院街道党工委负责人一行走访慰问辖区百岁老人。\n"
            "在水井坊社区锦华小区，103岁的老人精神矍铄。")
    (ev,) = events(body)
    assert "锦华小区" in ev.places


def test_a_plural_modifier_at_one_place_stays_one_event():
    evs = events("3月8日，水井坊社区举办丰富多彩的文艺演出。社区舞蹈队带来精彩节目。")
    assert "EventSeries" not in evs[0].types


def test_a_paragraph_opening_on_a_bare_hour_goes_on_with_the_event_before():
    body = ("3月8日，书院街道在街道文明实践所举办敬老茶话会，为老人送上慰问品。\n"
            "清晨6时许，街道青年志愿服务队的志愿者们早早来到现场布置。")
    (ev,) = events(body)
    assert "街道青年志愿服务队" in ev.organizers and ev.date.start == date(2025, 3, 8)


def test_an_opening_scene_on_a_bare_hour_with_no_actor_is_no_event():
    body = ("清晨6点，在书院街道锦华小区门口，志愿者小王已在登记过往车辆。\n"
            "3月以来，团区委组织青年志愿者下沉到各小区开展志愿服务。")
    (ev,) = events(body)
    assert ev.date.earliest == date(2025, 3, 1) and not any("小区" in p for p in ev.places)


def test_the_host_field_of_a_notice_names_its_organizers():
    body = "“健康同行”义诊进社区时间：本周六上午9时地点：水井坊社区党群服务中心主办：书院街道办事处锦江区中医院内容：免费测量血压。"
    (ev,) = events(body)
    assert "锦江区中医院" in ev.organizers


def test_a_generic_word_for_the_school_just_named_co_organizes():
    body = "3月8日，锦江区消防救援大队走进锦江区第三中学，与学校联合开展消防应急疏散演练。"
    (ev,) = events(body)
    assert {"锦江区消防救援大队", "锦江区第三中学"} <= set(ev.organizers)


def test_a_repeated_event_of_past_years_is_no_new_event():
    evs = events("3月8日，水井坊社区举办第六届邻里节。社区党委书记介绍，邻里节已连续举办六年。")
    assert len(evs) == 1


@pytest.mark.parametrize("word, kind", [("迎春长跑", "SportsActivity"), ("年终总结表彰会", "Meeting"),
                                        ("书法公益课", "EducationActivity"), ("全域消杀", "PublicServiceOutreach")])
def test_new_trigger_words(word, kind):
    text = f"社区开展{word}。"
    assert kind in {t[3] for t in find_triggers(text, [False] * len(text))}


def test_this_office_refers_to_the_organizers_of_the_event_before():
    body = ("连日来，锦江区城东供电所组织抢修队开展夏季用电入户检查。\n"
            "3月8日，该所还在水井坊社区广场摆放展板，开展节约用电宣传活动。")
    evs = events(body)
    assert "锦江区城东供电所" in evs[-1].organizers


def test_a_duration_sets_the_end_of_the_event_just_read():
    body = "3月2日起，锦江区人社局推出网上招聘会。招聘会为期一周，求职者可在线投递简历。"
    (ev,) = events(body)
    assert (ev.date.start, ev.date.end) == (date(2025, 3, 2), date(2025, 3, 8))


# --- round nine ---------------------------------------------------------------------------------------------

def test_an_until_marker_ends_the_event_just_read_and_opens_none():
    body = ("3月10日，锦江区文化馆举办迎春书画作品展。\n"
            "据悉，此次展览展期至3月31日，市民可免费参观。")
    (ev,) = events(body)
    assert (ev.date.start, ev.date.end) == (date(2025, 3, 10), date(2025, 3, 31))


def test_a_simultaneous_event_at_a_venue_of_its_own_is_an_event_of_its_own():
    body = ("上周六，由锦江区农业农村局主办的丰收节庆祝活动在东城街道青田社区举行。\n"
            "与此同时，在青田社区文化广场举办的农产品展销会同样人气火爆。")
    evs = events(body)
    assert len(evs) == 2
    assert "Exhibition" in evs[1].types and "Exhibition" not in evs[0].types
    assert evs[1].date.start == evs[0].date.start
    assert "青田社区文化广场" in evs[1].places


def test_organizers_after_another_organizer_verb_and_not_the_performers_after_them():
    body = ("3月20日至3月25日，锦江区将在滨河广场举办系列文艺演出。\n"
            "据介绍，此次系列演出由区文化和旅游局主办、锦江区文化馆承办，锦江区越剧团等10余支队伍将轮番登台。")
    (ev,) = events(body)
    assert "锦江区文化馆" in ev.organizers
    assert "锦江区越剧团" not in ev.organizers


def test_a_visit_goes_on_in_the_next_paragraph_at_a_home_even_with_its_own_word_again():
    body = ("3月12日，锦江区民政局走访慰问了东城街道的高龄老人。\n"
            "在东城街道青田社区90岁老人家中，慰问组成员详细询问老人的身体状况。")
    (ev,) = events(body)
    assert "青田社区" in ev.places


def test_a_review_lead_dated_only_by_a_festival_named_as_its_topic_is_no_event():
    body = ("清明时节，锦江区各街道围绕主题开展了形式多样的系列活动，让清明节更有文化味。\n"
            "4月2日，东城街道青田社区组织居民开展文明祭扫宣传活动。")
    reader = ArticleReader(date(2025, 4, 7), review=True)
    ctx = Context(district="锦江区", city="成都市")
    for rs in read_sentences(body):
        reader.read(rs, read_entities(rs.text, ctx, rs.entity_mask))
    evs = [ev for _, ev in reader.events()]
    assert [ev.date.start for ev in evs] == [date(2025, 4, 2)]


def test_a_campaign_over_one_dated_part_is_its_series_and_what_it_does():
    body = ("连日来，锦江区应急管理局在辖区各社区开展防汛宣传活动，提醒居民做好防范。\n"
            "6月1日，区应急管理局组织志愿者在滨河公园设立防汛宣传咨询点，为群众发放资料。")
    evs = events(body, date(2025, 6, 3))
    lead = evs[0]
    assert "EventSeries" in lead.types and "PublicServiceOutreach" in lead.types


def test_watching_a_broadcast_together_and_a_harvest_festival_are_event_words():
    assert ("集中收看", "EducationActivity") in triggers("党员集中收看大会直播")
    assert ("丰收节", "CommunityGathering") in triggers("农民丰收节庆祝活动在村里举行")


# --- round ten ----------------------------------------------------------------------------------------------

def test_round_ten_event_words():
    assert ("表演赛", "SportsActivity") in triggers("第二届龙舟表演赛在河上举行")
    assert ("评议会", "Meeting") in triggers("召开年终述职评议会")
    assert ("生日会", "CommunityGathering") in triggers("一场集体生日会在这里举行")


def test_the_same_event_word_again_in_the_paragraph_tells_its_hosts():
    evs = events("11月9日，锦江区康宁养老院里欢声笑语，一场补办的集体生日会在这里举行。"
                 "由于重阳节前后院内开展改造，锦江区民政局与书院街道将生日会推迟到了这一天。")
    assert len(evs) == 1
    assert evs[0].date.start == date(2024, 11, 9)
    assert {"锦江区民政局", "书院街道"} <= set(evs[0].organizers)


def test_a_name_after_a_verb_and_de_begins_after_de():
    (ev,) = events("端午节上午，由古市镇人民政府联合举办的第二届龙舟表演赛在松阴溪举行，吸引群众5000余人观看。")
    assert ev.name.startswith("第二届龙舟表演赛")


# --- round eleven -----------------------------------------------------------------------------------------

def test_a_marker_fused_with_the_event_noun_is_no_back_reference():
    # 现场 of 现场推进会 names the meeting; it does not point back to the event just read
    evs = events("3月5日，东光社区举办文艺汇演。\n由区委宣传部主办的全区文化礼堂建设现场推进会日前在东光社区召开。")
    assert [e.types for e in evs] == [["CulturalPerformance"], ["Meeting"]]
    assert evs[1].organizers == ["锦江区委宣传部"]


def test_a_demonstrative_before_the_event_noun_still_points_back():
    (ev,) = events("3月5日，东光社区举办邻里节。本届邻里节由东光社区党委主办。")
    assert "东光社区党委" in ev.organizers


def test_a_new_actor_announcing_an_event_of_another_kind_is_an_event():
    evs = events("3月5日，区应急管理局在东光社区设立宣传咨询台。\n"
                 "据悉，区市场监管局将于3月下旬组织开展食品安全专项检查。")
    assert [e.types for e in evs] == [["PublicServiceOutreach"], ["Inspection"]]
    assert evs[1].organizers == ["锦江区市场监管局"]


def test_a_time_after_a_reporting_lead_in_opens_the_paragraph():
    evs = events("3月5日，区文化馆举办新年音乐会。\n据悉，本月中旬，区文化馆还将在一楼展厅举办书画作品展。")
    assert [e.types for e in evs][1] == ["Exhibition"]


def test_a_new_paragraph_on_its_own_time_is_not_attendance_of_the_event_before():
    evs = events("3月5日，区教育局在区第二中学开展国防教育活动。\n"
                 "本月上旬，东光小学还组织学生走进成都市国防教育基地，参观了展厅。")
    assert len(evs) == 2
    assert evs[1].organizers == ["东光小学"]


def test_new_trigger_words():
    assert triggers("为村民开展免费健康体检") == [("健康体检", "PublicServiceOutreach")]
    assert triggers("亲子共读阅读活动") == [("阅读活动", "EducationActivity")]
    assert ("集市", "CommunityGathering") in triggers("摆起了图书交换集市")
    assert triggers("为五保老人测血压") == [("五保老人", "ElderCareVisit")]


# --- round twelve -----------------------------------------------------------------------------------------

def test_an_announced_event_on_its_own_day_at_its_own_venue_is_an_event():
    evs = events("3月5日，区司法局在东光社区开展普法宣传。\n"
                 "据悉，宪法宣传周闭幕式暨法治文艺汇演将于明日在锦江区人民广场举行。")
    assert len(evs) == 2
    assert evs[1].date.start == date(2025, 3, 15)
    assert "锦江区人民广场" in evs[1].places


def test_a_later_stage_announced_at_no_venue_stays_the_event_read():
    evs = events("3月5日，东光社区举办篮球联赛。\n据悉，决赛将于3月16日举行。")
    assert len(evs) == 1


def test_a_time_in_a_speakers_words_dates_nothing():
    # (the speaker's 今天 is the day of the visit, not the issue's: the article's 当天 dates the visit)
    evs = events("3月5日是学雷锋纪念日。当天，锦江区各部门志愿服务队开展形式多样的志愿服务活动。\n"
                 "在东光社区文化广场，区人民医院志愿服务队为居民义诊。“今天专家送医上门，太方便了。”")
    assert [e.date.start for e in evs] == [date(2025, 3, 5), date(2025, 3, 5)]


def test_an_until_phrase_with_new_hosts_adds_them_and_opens_nothing():
    evs = events("3月3日上午，东光社区暑期托管班举行开班仪式。\n"
                 "据了解，此次托管班由共青团锦江区委、东光社区联合举办，为期五周，至4月5日结束。")
    assert len(evs) == 1
    assert "共青团锦江区委" in evs[0].organizers
    assert evs[0].date.start == date(2025, 3, 3)


def test_a_later_part_of_the_day_at_its_own_venue_is_an_event():
    evs = events("3月10日，东光社区党委走访慰问辖区老党员。"
                 "当天下午，东光社区党委书记在东光社区党群服务中心为党员讲授专题党课。")
    assert [e.types for e in evs] == [["ElderCareVisit"], ["EducationActivity"]]


def test_both_sides_of_a_joining_verb_organize():
    (ev,) = events("3月10日中午，东光社区联合东光街道社工站，在社区文体活动中心为空巢老人包饺子。")
    assert set(ev.organizers) >= {"东光社区", "东光街道社工站"}
    assert ev.places[0] == "东光社区文体活动中心"


def test_the_next_occasion_of_an_event_is_an_event_of_its_kind_and_actors():
    evs = events("3月8日晚，由区文化馆主办的纳凉晚会在东光广场上演。\n"
                 "据悉，区文化馆将在各镇街巡回举办纳凉晚会8场。下一场将于3月22日晚在锦江区滨河广场举行。")
    assert len(evs) == 2
    assert evs[1].types == ["CulturalPerformance"] and evs[1].date.start == date(2025, 3, 22)
    assert "锦江区文化馆" in evs[1].organizers


def test_a_demonstrative_announcing_the_event_again_keeps_its_actors():
    evs = events("日前，区城市管理局在东光农贸市场开展垃圾分类宣传活动。\n"
                 "据悉，该宣传活动将于3月15日在西城农贸市场继续开展。")
    assert len(evs) == 2
    assert evs[1].organizers == evs[0].organizers


def test_a_paragraph_opening_on_the_event_tells_of_it():
    evs = events("3月3日上午，东光社区托管班举行开班仪式。\n"
                 "开班仪式上，社区书记介绍了课程安排。东光派出所民警还为孩子们上了“安全第一课”。")
    assert len(evs) == 1


def test_a_plural_modifier_before_a_topic_makes_a_series():
    (ev,) = events("3月5日，锦江区各部门的志愿服务队开展形式多样的学雷锋志愿服务活动。")
    assert "EventSeries" in ev.types


def test_trigger_words_of_round_twelve():
    assert ("演讲比赛", "CulturalPerformance") in triggers("主题演讲比赛在区文化馆举行")
    assert ("开班仪式", "Meeting") in triggers("托管班举行开班仪式")
    assert ("送清凉", "PublicServiceOutreach") in triggers("为快递员开展送清凉活动")
    assert ("入户登记", "PublicServiceOutreach") in triggers("挨家挨户开展入户登记")


# --- round thirteen ------------------------------------------------------------------------------------------

def test_round_thirteen_trigger_words():
    assert ("发布仪式", "Meeting") in triggers("最美志愿者发布仪式在区新时代文明实践中心举行")
    assert ("讲堂", "EducationActivity") in triggers("下河村道德讲堂在村新时代文明实践站开讲")
    assert {("集体婚礼", "CommunityGathering"), ("集体婚礼", "CulturalPerformance")} <= set(triggers("集体婚礼在公园举行"))
    assert ("开映", "CulturalPerformance") in triggers("电影《长津湖》准时开映")


def test_at_the_scene_of_the_event_just_read_is_its_place():
    evs = events("3月12日，由区商务局主办的消费扶贫展销会在锦江区人民广场开幕。\n"
                 "13日上午，区电子商务公共服务中心还在展销会现场举办了直播带货培训。")
    training = next(e for e in evs if "TrainingSession" in e.types)
    assert training.places[0] == "锦江区人民广场"


def test_a_paragraph_on_its_own_time_at_a_scene_of_its_own_is_another_event():
    evs = events("3月1日，锦江区最美志愿者发布仪式在区新时代文明实践中心举行。\n"
                 "日前，区新时代文明实践中心在书院街道金沙广场启动志愿服务月活动。")
    assert len(evs) == 2
    assert "金沙广场" in evs[1].places and evs[1].organizers == ["锦江区新时代文明实践中心"]


def test_an_opening_scene_and_the_hosts_named_next_are_one_event():
    evs = events("自3月2日以来，在锦江火车站的候车大厅，总能看到一群身着红马甲的志愿者。\n"
                 "今年春运，共青团锦江区委联合锦江火车站组建“海燕”志愿服务队，招募志愿者160余名。")
    assert len(evs) == 1
    assert evs[0].date.earliest == date(2025, 3, 2) and "共青团锦江区委" in evs[0].organizers
    assert evs[0].attendee_count == 160


def test_a_meeting_held_by_no_body_named_is_no_opening_scene():
    evs = events("3月12日，锦江区召开安全生产工作推进会。\n"
                 "会前，区应急管理局联合区消防救援大队开展安全检查。")
    assert len(evs) == 2


def test_trigger_words_of_this_round():
    assert ("答疑会", "Meeting") in triggers("社区召开现场答疑会")
    assert ("亲子互动", "CommunityGathering") in triggers("开展亲子互动活动")
    assert ("征兵体检", "RecruitmentEvent") in triggers("秋季征兵体检工作展开")
    assert ("科普展", "Exhibition") in triggers("推出主题科普展")


def test_a_sentence_with_its_own_start_day_lasts_to_its_own_until_day():
    # the 展期至 of a sentence with a day of its own ends its own event, not the one read before it
    evs = events("12月1日，锦江区疾病预防控制中心将在人民公园开展主题宣传活动。\n"
                 "11月20日，书画作品展在区文化馆开展，展期至12月5日。")
    assert [(e.date.start, e.date.end) for e in evs] == [
        (date(2024, 12, 1), None), (date(2024, 11, 20), date(2024, 12, 5))]


def test_a_start_day_and_a_duration_in_one_sentence():
    (ev,) = events("9月13日起，锦江区秋季征兵体检工作在区人民医院展开，为期三天。"
                   "此次体检由区征兵办公室组织、区人民医院具体实施。")
    assert (ev.date.start, ev.date.end) == (date(2024, 9, 13), date(2024, 9, 15))
    assert ev.places[0] == "锦江区人民医院"
    assert ev.organizers == ["锦江区征兵办公室", "锦江区人民医院"]   # 具体实施 names an organizer


def test_a_same_day_opener_in_a_paragraph_of_its_own_opens_an_event_at_a_venue_seen_before():
    evs = events("5月10日上午，锦江区卫生健康委员会一行来到锦江区人民医院，看望慰问护理人员。\n"
                 "当天下午，该委在区人民医院召开护士代表座谈会，40余名护士代表参加。")
    assert [e.types for e in evs] == [["ElderCareVisit"], ["Meeting"]]
    assert evs[1].places[0] == "锦江区人民医院"
    assert evs[1].organizers == ["锦江区卫生健康委员会"]


def test_an_announced_event_with_a_vague_time_at_a_venue_of_its_own():
    evs = events("上周六，由锦江区人力资源和社会保障局主办的户外招聘会在滨河文化广场举行。\n"
                 "据悉，该局将于5月下旬在锦江区人力资源市场举办高校毕业生专场招聘会。")
    assert len(evs) == 2
    assert evs[1].places[0] == "锦江区人力资源市场"
    assert evs[1].organizers == ["锦江区人力资源和社会保障局"]
    assert (evs[1].date.earliest, evs[1].date.latest) == (date(2024, 5, 21), date(2024, 5, 31))


def test_a_time_naming_its_own_days_is_no_reference_back():
    # 期间 of “五一”假期期间 is part of the time; the 展演 is an event of its own, its host no host of the one before
    evs = events("5月12日是母亲节。当天上午，东光社区联合社区志愿服务队，在社区党群服务中心举办亲子活动。\n"
                 "“五一”假期期间，由区文化馆组织的“劳动者之歌”广场文艺展演在滨河文化广场连演五晚。")
    assert len(evs) == 2
    assert "锦江区文化馆" not in evs[0].organizers
    assert evs[1].organizers == ["锦江区文化馆"]


# --- a fifteenth round --------------------------------------------------------------------------------------

def test_a_bare_team_word_is_the_team_the_article_named():
    evs = events("10月25日上午，在书院街道桂香社区党群服务中心，锦江区委宣讲团成员周立平为居民宣讲。\n"
                 "10月26日，宣讲团走进牛市口街道锦华苑社区。")
    assert [e.organizers for e in evs] == [["锦江区委宣讲团"], ["锦江区委宣讲团"]]


def test_a_pointer_before_a_company_suffix_is_the_company_named_before():
    evs = events("早在供暖开始前，锦江热力有限公司客服人员就走进了社区，热力公司还建立了台账。\n"
                 "上周六，该公司联合书院街道明珠社区，在社区文化广场开展宣传咨询活动。")
    assert "锦江热力有限公司" in evs[-1].organizers


def test_every_body_listed_with_an_actor_before_its_verb_acts():
    ev, = events("日前，一场消防应急疏散演练在书院街道福寿康养老院举行。"
                 "此次演练由书院街道办事处联合锦江区消防救援大队、福寿康养老院共同开展。")
    assert {"锦江区消防救援大队", "福寿康养老院"} <= set(ev.organizers)


def test_a_body_mobilized_with_people_acts():
    ev, = events("昨日，书院街道金桥社区组织网格员和“银发守望”志愿服务队，走访辖区28户独居老人。")
    assert "银发守望志愿服务队" in ev.organizers


def test_a_partner_before_the_object_of_the_action_acts():
    ev, = events("七月十九日，区应急管理局联合区水利局对沿河8处防汛物资储备库开展了汛期安全检查。")
    assert ev.organizers == ["锦江区应急管理局", "锦江区水利局"]


def test_bodies_that_attend_are_no_organizers():
    ev, = events("7月23日上午，锦江区防汛应急综合演练在滨河公园举行。此次演练由锦江区防汛抗旱指挥部主办、锦江区应急管理局"
                 "承办，区水利局、书院街道办事处等12家单位300余人参加。")
    assert ev.organizers == ["锦江区防汛抗旱指挥部", "锦江区应急管理局"]


def test_a_pointer_to_an_event_of_another_kind_points_to_the_last_event_of_that_kind():
    evs = events("昨日，在锦江区人力资源服务中心的直播间里，企业招聘负责人化身“主播”介绍岗位。\n"
                 "8月2日晚，锦江区文化馆将在滨河文化广场送上一台戏曲专场演出。\n"
                 "此次夏季专场招聘活动由锦江区人力资源和社会保障局主办、锦江区人力资源服务中心承办。")
    assert "锦江区人力资源和社会保障局" in evs[0].organizers
    assert "锦江区人力资源和社会保障局" not in evs[1].organizers


def test_the_hosts_of_a_tallied_campaign_hold_the_occasion_the_paragraph_tells_next():
    ev, = events("据了解，由锦江区文化广电和旅游局主办的“清凉一夏”广场文化活动自7月初启动以来，已巡回演出9场。"
                 "8月2日晚，活动将走进书院街道文化广场，为当地群众送上一台戏曲专场演出。")
    assert ev.organizers == ["锦江区文化广电和旅游局"]
    assert ev.date.start == date(2024, 8, 2)   # (an issue of March: August is the year before)


def test_a_team_the_event_before_formed_acts_again():
    evs = events("连日来，锦江燃气有限公司联合书院街道办事处，组成联合检查组，对辖区12个老旧小区开展入户检查。\n"
                 "上周六，联合检查组还在书院街道光明社区广场设立燃气安全咨询台。")
    assert evs[-1].organizers == evs[0].organizers != []


def test_a_day_at_an_estate_a_series_lists_is_one_of_its_occasions():
    evs = events("12月11日上午，在书院街道纺织社区纺织厂家属院，锦江燃气有限公司安检员检测居民家中的燃气管道。\n"
                 "连日来，锦江燃气有限公司联合书院街道办事处组成联合检查组，对辖区纺织厂家属院、粮库小区等12个老旧小区"
                 "开展冬季燃气安全入户检查。\n上周六，联合检查组还在书院街道光明社区广场设立燃气安全咨询台，开展检查宣传。")
    assert "EventSeries" in evs[1].types
    assert "Inspection" in evs[0].types


def test_what_follows_the_end_of_an_event_is_an_event_of_its_own():
    evs = events("12月13日，第三届冰雪节开幕式在镜月湖公园举行。\n开幕式上，区文化馆带来的冰上舞蹈轮番上演。\n"
                 "开幕式结束后，冰上趣味运动会随即开赛。")
    assert [e.types for e in evs] == [["Meeting"], ["SportsActivity"]]
    assert evs[1].places == evs[0].places and evs[1].organizers == []


def test_what_is_done_on_the_scene_after_an_event_is_part_of_it():
    evs = events("6月17日，公益讲座在锦江区文化馆报告厅举行。讲座结束后，专家们还现场解答了家长提出的问题。")
    assert len(evs) == 1


def test_a_pointer_to_the_event_before_the_last_adds_nothing_to_the_last():
    evs = events("11月14日上午，锦江区中医医院在书院街道康乐社区开展义诊。\n"
                 "义诊结束后，区中医医院医师在康乐社区党群服务中心为居民作了健康讲座。\n"
                 "据悉，此次义诊是区中医医院今冬系列活动的第一站。")
    assert [e.types for e in evs][1] == ["EducationActivity"]


def test_a_description_of_people_opens_no_event():
    evs = events("重阳节当天，书院街道河西社区举办长寿宴。\n他们是河西社区银龄志愿服务队的队员，平均年龄65岁。")
    assert len(evs) == 1


def test_a_room_no_place_word_names_is_inside_the_venue_of_the_event_before():
    evs = events("上周六，500余名市民走进锦江区科技馆参观。\n在科普讲堂，区气象局工程师为大家带来科普讲座。")
    assert evs[-1].places == ["锦江区科技馆"]
    assert evs[-1].organizers == ["锦江区气象局"]


def test_opening_ceremonies_and_taster_classes_are_events():
    assert ("开幕式", "Meeting") in triggers("第三届冰雪节开幕式在镜月湖公园举行。")
    assert ("体验课", "EducationActivity") in triggers("为30余名孩子上了一堂剪纸体验课。")


def test_the_hosts_of_a_meeting_named_as_such():
    ev, = events("昨日下午，锦江区2025年度志愿服务工作总结表彰会在锦江区文化馆报告厅举行。会议由锦江区文明办主办，"
                 "锦江区志愿服务联合会协办，各街道负责同志及志愿者代表200余人参加。")
    assert ev.organizers == ["锦江区文明办", "锦江区志愿服务联合会"]


# --- a sixteenth round --------------------------------------------------------------------------------------

def test_a_noun_ending_in_hui_after_a_verb_of_holding_is_a_meeting():
    assert triggers("县金融办在县政务服务中心召开政银企对接会，12家银行参加。") == [("政银企对接会", "Meeting")]
    assert triggers("举办了文旅项目推介会") == [("文旅项目推介会", "Meeting")]
    assert triggers("举行恳谈会") == [("恳谈会", "Meeting")]


def test_a_held_hui_noun_keeps_a_listed_word_and_is_no_body():
    # a listed word inside (培训) or ending it (座谈会) says better what it is
    assert triggers("举办消防安全培训会") == [("培训", "TrainingSession")]
    assert triggers("召开退役军人座谈会") == [("座谈会", "Meeting")]
    # bodies and 会 words that are no event
    assert triggers("召开社区居民委员会") == []
    assert triggers("举办方邀请了区书法协会") == []
    assert triggers("在大礼堂举行会员") == []


def test_a_season_or_year_frames_and_a_shorter_vague_time_dates_the_event():
    body = ("8月2日晚，水井坊社区文化广场举办消夏文艺晚会。\n"
            "据了解，书院街道今年夏季将在辖区8个社区巡回举办消夏文艺晚会，康乐社区专场将于本月中旬在康乐社区中心广场举行。")
    evs = events(body, date(2025, 8, 4))
    assert (evs[-1].date.earliest, evs[-1].date.latest) == (date(2025, 8, 11), date(2025, 8, 20))


@pytest.mark.parametrize("text, word, kind", [
    ("县税务局举办减税降费政策辅导会", "辅导会", "TrainingSession"),
    ("县供销社开展农资下乡活动", "下乡", "PublicServiceOutreach"),
    ("县长带队深入企业实地察看生产情况", "实地察看", "Inspection"),
    ("商圈管委会举办国潮市集", "市集", "CommunityGathering"),
    ("一场快闪活动在广场上演", "快闪", "CulturalPerformance"),
    ("为留守儿童开展绘本共读", "绘本共读", "EducationActivity"),
    ("县图书馆开展送书进村活动", "送书", "PublicServiceOutreach")])
def test_round_sixteen_trigger_words(text, word, kind):
    assert (word, kind) in triggers(text)


def test_an_event_of_another_kind_held_next_is_an_event_of_its_own():
    evs = events("7月31日，锦江区退役军人事务局走进武警锦江中队，开展八一拥军慰问活动。\n"
                 "活动中，慰问组一行参观了中队营区。随后，双方召开了军地座谈会，围绕随军家属就业进行了交流。")
    assert [e.types for e in evs] == [["ElderCareVisit"], ["Meeting"]]
    assert evs[1].date.start == evs[0].date.start and evs[1].organizers == evs[0].organizers
    # done next, held by no verb of holding: part of the visit
    evs = events("7月31日，锦江区退役军人事务局走进水井坊社区，开展八一拥军慰问活动。随后，志愿者们为老人表演了文艺节目。")
    assert len(evs) == 1


def test_a_hui_noun_after_a_relative_clause_is_not_held_by_its_verb():
    assert triggers("记者从区政府举行的新闻发布会上获悉") == []


@pytest.mark.parametrize("text, word, kind", [
    ("桂香里社区居民委员会换届选举大会在社区党群服务中心召开", "选举大会", "Meeting"),
    ("社区召开纺织厂宿舍小区老旧小区改造意见征集会", "征集会", "Meeting"),
    ("该校当天举办了校园开放日活动", "开放日", "PublicServiceOutreach"),
    ("为期七天的非物质文化遗产展示周于6月20日开幕", "展示周", "Exhibition")])
def test_round_seventeen_trigger_words(text, word, kind):
    assert (word, kind) in triggers(text)


def test_a_meeting_room_holds_no_meeting():
    assert triggers("县水利局在局三楼会议室") == []


def test_a_meeting_of_the_same_day_is_its_own_though_a_later_clause_names_the_inspection():
    evs = events("6月5日，区水利局局长带队深入水库，实地督导检查水库安全度汛准备工作。\n"
                 "当天下午，区水利局在局会议室召开全区水库安全度汛工作会，对近期检查中发现的问题进行通报。")
    assert [e.types[0] for e in evs] == ["Inspection", "Meeting"]


def test_after_an_event_a_new_actor_holding_another_is_an_event_of_its_own():
    evs = events("12月4日，由锦江区应急管理局主办的企业安全生产专题培训在园区综合服务中心举行。"
                 "培训结束后，区消防救援大队在园区内开展了消防应急疏散演练，指导职工使用灭火器。")
    assert len(evs) == 2 and "锦江区消防救援大队" in evs[1].organizers
    # the actors of the event just read going on after it hold no new event
    assert len(events("12月4日，由锦江区应急管理局主办的企业安全生产专题培训在园区综合服务中心举行。"
                      "培训结束后，职工们合影留念。")) == 1


def test_a_scene_word_after_the_event_word_is_no_part_of_the_event_just_read():
    evs = events("12月4日，锦江区消防救援大队在园区内开展了消防应急疏散演练。"
                 "随后，区应急管理局执法人员深入园区3家企业，开展了安全生产专项检查，现场督促整改隐患5处。")
    assert [e.types for e in evs][1] == ["Inspection"] and evs[1].organizers == ["锦江区应急管理局"]


def test_where_the_people_served_come_from_is_no_place_of_the_event():
    evs = events("6月22日下午，传承人吴长顺在锦江区文化馆，为来自锦江区实验小学的30余名小学生上了一堂竹编体验课。")
    assert "锦江区实验小学" not in evs[0].places and "锦江区文化馆" in evs[0].places


def test_jieshi_is_the_run_of_days_the_sentence_before_named():
    evs = events("5月14日，锦江区科协在石桥镇中心小学举办科普讲座。\n"
                 "据了解，全国科技活动周将于5月22日至28日举行。届时，锦江区科技活动周启动仪式将在区文化广场举行，"
                 "并将陆续开展科普展览、科技咨询等系列活动。",
                 issue=date(2021, 5, 18))
    assert evs[-1].date.start == date(2021, 5, 22) and evs[-1].date.end == date(2021, 5, 28)


def test_a_scene_on_an_event_word_held_by_no_one_is_the_event_the_next_sentence_names():
    evs = events("日前，在龙潭乡电商服务中心，返乡青年对着手机镜头侃侃而谈，一旁的培训老师不时提醒她调整灯光。"
                 "这是由锦江区商务局联合龙潭乡人民政府举办的农产品电商直播带货培训班的一个场景。")
    assert len(evs) == 1 and evs[0].places[0] == "龙潭乡电商服务中心"
    assert evs[0].organizers[0] == "锦江区商务局" and evs[0].name == "农产品电商直播带货培训班"


def test_bodies_acting_at_a_meeting_no_one_was_named_to_hold_hold_it():
    evs = events("上周五下午，2023年度“书香锦江”全民阅读表彰会在锦江区图书馆报告厅举行。"
                 "会上，区委宣传部、区文化和旅游局对全年涌现出的10个“书香家庭”进行了表彰。")
    assert len(evs) == 1 and evs[0].organizers == ["锦江区委宣传部", "锦江区文化和旅游局"]


def test_a_stop_of_a_series_no_one_is_named_to_hold_is_held_by_the_series_hosts():
    evs = events("近日，锦江区公安分局金沙派出所民警走进金沙街道辖区商户，开展“反诈宣传进商户”系列活动。\n"
                 "6月23日，民警又来到莲塘农贸市场，在市场入口处设立咨询台，向摊主发放“反诈明白卡”，宣传防诈知识。")
    assert "金沙派出所" in evs[-1].organizers


# --- round eighteen -----------------------------------------------------------------------------------------

def test_a_team_an_earlier_event_formed_is_sent_by_its_actors_across_an_event_between():
    evs = events("8月26日至28日，锦江区教育局联合区消防救援大队组成联合检查组，对辖区中小学开展安全大检查。"
                 "上周五，区教育局召开全区秋季开学安全工作部署会，各学校校长共60余人参加。\n"
                 "8月27日，检查组走进锦江实验小学，重点对宿舍用电进行检查。")
    last = evs[-1]
    assert "锦江区消防救援大队" in last.organizers and "锦江区教育局" in last.organizers


def test_a_joint_team_named_first_is_the_one_of_the_bodies_working_together():
    evs = events("锦江区人社局联合区住建局、区总工会，在全区范围内开展冬季根治欠薪专项行动。\n"
                 "3月4日，联合检查组来到水井坊社区建设工地，现场核对工资发放记录，开展检查。")
    assert set(evs[-1].organizers) >= {"锦江区人社局", "锦江区住建局", "锦江区总工会"}


def test_a_team_that_goes_on_again_is_the_one_of_the_event_read_just_before():
    evs = events("3月4日，锦江区人民医院义诊活动走进水井坊社区，14名专家为群众免费看病。\n"
                 "3月5日，专家团队又来到合江亭社区，为居民开展健康讲座。")
    assert evs[-1].organizers == ["锦江区人民医院"]


def test_a_public_welfare_activity_is_volunteer_service_and_a_diy_activity_a_gathering():
    assert ("公益活动", "VolunteerService") in triggers("开展爱心书包公益活动")
    assert ("DIY活动", "CommunityGathering") in triggers("开展月饼DIY活动")


@pytest.mark.parametrize("word", ["启动仪式", "欢送仪式", "揭牌仪式", "揭牌"])
def test_ceremonies_are_meetings(word):
    assert (word, "Meeting") in triggers(f"举行{word}")


def test_a_special_campaign_is_an_inspection():
    assert ("专项行动", "Inspection") in triggers("开展冬季根治欠薪专项行动")
