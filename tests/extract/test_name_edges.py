"""The left edge of place and organization names: no verb, caption, byline or phrase fragment read into a name.

Hand-written sentences with invented names; the words that stop a name are in data/lexicon (text.json
name_stops, credit_words, building_verbs; places.json generic_qualities, weak_continued_by).
"""

from __future__ import annotations

from datetime import date

from kg.extract.entities import Context, read_entities
from kg.extract.layout import classify
from kg.extract.pipeline import extract_issue
from kg.extract.sentences import masks


def ctx(**kw) -> Context:
    return Context(district="桐庐区", city="杭州市", **kw)


def read(text: str, context: Context | None = None):
    return read_entities(text, context or ctx(), masks(text)[0])


def places(text: str, context: Context | None = None) -> dict[str, str]:
    return {e.name: e.place_kind for e in read(text, context) if e.kind == "place"}


def orgs(text: str, context: Context | None = None) -> dict[str, str]:
    return {e.name: e.org_kind for e in read(text, context) if e.kind == "org"}


# ---------------------------------------------------------------- a verb before the name

def test_a_verb_of_location_is_not_read_into_the_subdistrict():
    assert places("金桂社区地处云栖街道中部，辖区常住居民2000余户。") == {
        "金桂社区": "Community", "云栖街道": "Subdistrict"}
    assert places("金桂社区坐落于云栖街道东部。") == {"金桂社区": "Community", "云栖街道": "Subdistrict"}
    assert places("青松社区隶属云栖街道。") == {"青松社区": "Community", "云栖街道": "Subdistrict"}


def test_where_someone_lives_is_the_residential_area_alone():
    assert places("“现在在家门口就办了。”家住翠湖名邸小区的居民李梅说。") == {"翠湖名邸小区": "ResidentialArea"}


def test_a_verb_before_a_venue():
    assert places("老人们登临碧峰广场，开展重阳登高活动。") == {"碧峰广场": "Venue"}


def test_a_date_before_a_name_is_not_part_of_it():
    assert places("5月3日枫林街道举办文艺汇演。") == {"枫林街道": "Subdistrict"}


# ---------------------------------------------------------------- captions and bylines

def test_a_caption_word_glued_to_the_next_line_is_no_part_of_the_name():
    assert places("资料图片云栖街道青松社区组织志愿者为老人理发。") == {
        "云栖街道": "Subdistrict", "青松社区": "Community"}
    assert places("图片云栖街道开展义诊活动。") == {"云栖街道": "Subdistrict"}


def test_the_subtitle_of_a_profile_is_no_part_of_the_name():
    for dash in ("——", "一"):   # the dash as printed, and as OCR reads it
        found = places(f"{dash}记云栖街道青松社区党支部书记王芳")
        assert found == {"云栖街道": "Subdistrict"}


def test_a_credit_word_inside_a_name_stays():
    assert orgs("桐庐区摄影家协会举办展览。") == {"桐庐区摄影家协会": "Association"}


def test_photo_credit_lines_are_captions_not_bylines():
    assert classify("资料图片").kind == "caption"
    assert classify("通讯员供图").kind == "caption"
    assert classify("本报记者 王小明").kind == "byline"


# ---------------------------------------------------------------- a district and its 街道

def test_district_and_subdistrict_are_two_names():
    assert places("桐庐区云栖街道举办文艺汇演。") == {"桐庐区": "District", "云栖街道": "Subdistrict"}


def test_a_line_cut_inside_the_district_name_leaves_the_subdistrict_alone():
    # 桐 / 庐区云栖街道: the end of the issue's district is no part of the 街道's name
    assert places("庐区云栖街道带领辖区9个社区开展活动。") == {"云栖街道": "Subdistrict"}
    three = Context(district="青山湖区")
    assert places("湖区枫林街道开展走访慰问。", three) == {"枫林街道": "Subdistrict"}


def test_an_anaphoric_place_stops_the_name_after_it():
    assert places("该镇石门村工作人员走进困难老人家中。", Context()) == {"石门村": "Community"}
    assert places("全区老旧小区改造工作推进会召开。") == {}
    assert places("对辖区夜市、餐饮店开展检查。") == {}


# ---------------------------------------------------------------- fragments of the phrase before the name

def test_a_fragment_before_a_name_the_issue_knows_is_dropped():
    known = ctx(clear_names={"枫林街道": 3, "平湖街道": 2}, name_counts={"枫林街道": 3, "平湖街道": 2})
    assert places("手工活动乐趣多邻里相聚情谊浓枫林街道青松社区举办剪纸活动", known) == {
        "枫林街道": "Subdistrict", "青松社区": "Community"}
    assert places("居民们自编自演的节目赢得阵阵枫林街道金桂社区工作人员走进困难老人家中", known)["枫林街道"] \
        == "Subdistrict"
    # a stop before the fragment: at most two characters go (为老 + 平湖街道)
    # (在社区活动室 after it is that 社区's room: test_entities.py, a bare 社区's venue)
    assert places("为老平湖街道昌盛社区在社区活动室开展了手工制作活动", known) == {
        "平湖街道": "Subdistrict", "昌盛社区": "Community", "昌盛社区活动室": "Venue"}


def test_a_name_the_issue_reads_more_often_than_its_tail_stays_whole():
    known = ctx(clear_names={"新枫林街道": 3, "枫林街道": 1}, name_counts={"新枫林街道": 3, "枫林街道": 1})
    assert places("近日，新枫林街道举办文艺汇演。", known) == {"新枫林街道": "Subdistrict"}


def test_a_glued_headline_on_a_page():
    page = "\n\n".join([
        "2024年5月6日 星期一",
        "枫林街道开展邻里节系列活动",
        "本报讯（记者 王小明）为增进邻里感情，5月3日，桐庐区枫林街道翠竹社区举办邻里节活动，80余名居民参加。",
        "活动中，枫林街道工作人员向居民宣传了垃圾分类知识。据了解，枫林街道每年都会举办邻里节。",
        "手工活动乐趣多 邻里相聚情谊浓",
        "枫林街道青松社区举办剪纸活动，20余名居民参加。",
        "此次系列活动凝聚了邻里温情，为构建和谐社区贡献了力量。",
        "资料图片",
        "枫林街道金桂社区组织志愿者为老人免费理发。",
    ])
    issue = extract_issue(page, date(2024, 5, 6), "test.txt")
    assert {p.name: p.kind for p in issue.places.values()} == {
        "桐庐区": "District", "枫林街道": "Subdistrict", "翠竹社区": "Community", "青松社区": "Community",
        "金桂社区": "Community"}
    assert set(issue.organizations) == {"枫林街道", "翠竹社区", "青松社区", "金桂社区"}


# ---------------------------------------------------------------- generic phrases

def test_a_generic_quality_after_a_building_verb_is_no_place():
    assert places("此次系列活动凝聚了邻里温情，为构建和谐社区贡献了力量。") == {}
    assert places("为营造和谐社区氛围，社区举办活动。") == {}
    assert places("大力建设美丽乡村。") == {}
    assert places("创建文明村镇。") == {}


def test_a_generic_quality_elsewhere_may_be_a_name():
    assert places("在和谐社区举办活动。") == {"和谐社区": "Community"}


def test_a_verb_before_the_common_noun_community_names_nothing():
    assert places("她表示，将继续扎根社区，用心用情服务居民。") == {}
    assert places("持续深化社区网格化管理。") == {}


# ---------------------------------------------------------------- names inside longer names

def test_a_weak_suffix_inside_a_road_or_community_name():
    assert places("近日，桐庐区锦苑路镇石门村组织居民开展活动。") == {
        "桐庐区": "District", "锦苑路镇": "Subdistrict", "石门村": "Community"}
    assert places("兰苑北院社区也同步开展活动。") == {"兰苑北院社区": "Community"}


def test_a_residential_area_inside_a_community_name():
    assert places("近日，梧桐小区社区举办健康讲座。") == {"梧桐小区社区": "Community"}


def test_a_common_noun_with_district_suffix_is_no_district():
    assert places("招聘会还设置了直播带岗专区。") == {}
    assert places("展厅一角还设置了互动体验区。") == {}


# ---------------------------------------------------------------- organizations

def test_a_body_does_not_take_the_noun_before_and():
    assert "律师和司法所" not in orgs("律师和司法所工作人员围绕婚姻家庭开展咨询。")


def test_the_youth_league_committee_abbreviated():
    assert orgs("下一步，团区委将持续开展活动。") == {"共青团桐庐区委": "YouthLeague"}
    assert orgs("近日，共青团区委在云栖街道开展活动。") == {"共青团桐庐区委": "YouthLeague"}
    assert "共青团区" not in places("近日，共青团区委在云栖街道开展活动。")
