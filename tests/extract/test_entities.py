"""Places and organizations by suffix grammar: kg.extract.entities with data/lexicon/{places,orgs}.json."""

from __future__ import annotations

import pytest

from kg.extract.entities import Context, is_generic, read_entities
from kg.extract.sentences import masks

CITY = Context(district="锦江区", city="成都市", province="四川省")
COUNTY = Context(district="松阳县", city="丽水市", province="浙江省")


def read(text: str, ctx: Context | None = None):
    ctx = ctx or Context(district=CITY.district, city=CITY.city, province=CITY.province)
    return read_entities(text, ctx, masks(text)[0])


def places(text: str, ctx: Context | None = None) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.place_kind, e.parent) for e in read(text, ctx) if e.kind == "place"}


def orgs(text: str, ctx: Context | None = None) -> dict[str, str]:
    return {e.name: e.org_kind for e in read(text, ctx) if e.kind == "org"}


def test_adjacent_names_are_contained():
    assert places("书院街道水井坊社区组织志愿者开展活动。") == {
        "书院街道": ("Subdistrict", None), "水井坊社区": ("Community", "书院街道")}


def test_a_county_town_and_village():
    assert places("大东坝镇黄山头村组织村民参加。", COUNTY) == {
        "大东坝镇": ("Subdistrict", None), "黄山头村": ("Community", "大东坝镇")}


def test_anaphora_resolves_to_the_subdistrict_in_context_and_list_items_share_it():
    ctx = Context(district="锦江区", subdistrict="牛市口街道")
    found = read("该街道芳草社区、东光社区以及静居寺社区的工作人员前往敬老院。", ctx)
    anaphor = found[0]
    assert (anaphor.name, anaphor.anaphor, anaphor.surface) == ("牛市口街道", True, "该街道")
    communities = {e.name: e.parent for e in found if e.place_kind == "Community"}
    assert communities == {"芳草社区": "牛市口街道", "东光社区": "牛市口街道", "静居寺社区": "牛市口街道"}


def test_anaphora_without_context_names_nothing():
    assert places("该街道组织开展活动。", Context()) == {}


def test_list_with_a_shared_suffix():
    found = places("春熙路、书院街、牛市口等多个街道积极组织党员参观。")
    assert found == {"春熙路街道": ("Subdistrict", None), "书院街街道": ("Subdistrict", None),
                     "牛市口街道": ("Subdistrict", None)}


def test_list_of_villages():
    found = places("横樟、黄山头、石门等3个村积极参与。", COUNTY)
    assert set(found) == {"横樟村", "黄山头村", "石门村"}


@pytest.mark.parametrize("text, name, surface", [
    ("区民政局联合区卫健局走访老人。", "锦江区民政局", "区民政局"),   # at a sentence start too
    ("近日，区卫健局开展义诊。", "锦江区卫健局", "区卫健局"),
    ("市民政局开展慰问。", "成都市民政局", "市民政局"),                # 市 is the city, not the district
])
def test_abbreviated_place_before_a_body(text, name, surface):
    found = [e for e in read(text) if e.kind == "org"]
    assert (found[0].name, found[0].surface) == (name, surface)
    assert found[0].org_kind == "Government"


def test_abbreviations_in_a_county():
    assert orgs("县妇联和县残联走访困难家庭。", COUNTY) == {"松阳县妇联": "Organization", "松阳县残联": "Organization"}
    assert "松阳县总工会" in orgs("春节前夕，县总工会开展送温暖活动。", COUNTY)


def test_gai_qu_is_the_district_itself():
    found = [(e.kind, e.name, e.surface) for e in read("该区民政局联合社区开展慰问。")]
    assert found == [("place", "锦江区", "该区"), ("org", "锦江区民政局", "该区民政局")]


def test_generic_company_is_no_name():
    assert orgs("小区物业公司上门维修。") == {}
    assert orgs("锦城物业公司上门维修。") == {"锦城物业公司": "Company"}


def test_youth_league_committee():
    found = read("共青团锦江区委组织青年志愿者开展活动。")
    assert [(e.kind, e.name) for e in found] == [("org", "共青团锦江区委"), ("place", "锦江区")]
    assert found[0].org_kind == "YouthLeague"


def test_party_committee_department_is_one_body():
    assert orgs("锦江区委宣传部召开座谈会。") == {"锦江区委宣传部": "PartyCommittee"}
    assert orgs("区委组织部举办培训班。") == {"锦江区委组织部": "PartyCommittee"}
    assert orgs("县委宣传部召开座谈会。", COUNTY) == {"松阳县委宣传部": "PartyCommittee"}


def test_party_school_is_a_venue():
    found = places("区委组织部在锦江区委党校举办培训班。")
    assert found["锦江区委党校"] == ("Venue", None)


def test_hospital_keeps_the_district_before_it():
    assert "锦江区第二人民医院" in orgs("锦江区第二人民医院开展义诊。")
    assert "松阳县人民医院" in orgs("县人民医院专家来到镇卫生院。", COUNTY)


@pytest.mark.parametrize("text, name", [
    ("锦江区39校学生表演节目。", "锦江区39校"),
    ("第23校积极组织学生参观。", "锦江区23校"),            # 第23校 and 23校 are one school of the district
    ("成都市第三十九中学师生参加活动。", "成都市第三十九中学"),  # Chinese numerals keep their 第
    ("师生来到红星小学开展活动。", "红星小学"),
])
def test_schools(text, name):
    schools = {e.name: e for e in read(text) if e.school}
    assert name in schools
    assert schools[name].also_org


def test_venue_composed_with_the_place_before_it():
    found = places("在金花社区养老服务中心举办活动。")
    assert found["金花社区养老服务中心"] == ("Venue", "金花社区")


def test_community_health_centre_of_a_subdistrict():
    found = places("锦江区第二人民医院联合书院街道社区卫生服务中心开展义诊。")
    assert found["书院街道社区卫生服务中心"] == ("Venue", "书院街道")


def test_party_service_centre_of_a_subdistrict():
    found = places("区人社局联合沙河街道在沙河街道党群服务中心举办招聘会。")
    assert found["沙河街道党群服务中心"] == ("Venue", "沙河街道")


def test_service_centre_named_after_the_district():
    assert "锦江区就业服务中心" in places("由锦江区就业服务中心承办。")


@pytest.mark.parametrize("text", [
    "在养老服务中心举办活动。",
    "居民们来到社区活动中心。",
    "走进党群服务中心参观。",
])
def test_generic_names_alone_are_rejected(text):
    assert places(text) == {}


@pytest.mark.parametrize("text", [
    "居民们走进社区开展清扫。",
    "志愿者看望社区老人。",                          # an action verb is no part of a name
    "志愿者来到社区为老人服务。",
    "社区组织开展活动。",
    "围绕送文化下乡、文化礼堂建设交流经验。",      # 下乡 is a verb
    "帮助更多高校毕业生实现就业。",                # 高校 is no school name
    "全区13个街道的120余名社区书记参加培训。",     # counts, not names
    "努力建设国际化大都市。",                      # 都市 is no city
])
def test_verbs_and_counts_are_not_names(text):
    assert places(text) == {}
    assert orgs(text) == {}


def test_a_town_in_a_county_is_no_city():
    found = places("浙江省丽水市松阳县古市镇。", COUNTY)
    assert found == {"浙江省": ("Province", None), "丽水市": ("City", "浙江省"),
                     "松阳县": ("District", "丽水市"), "古市镇": ("Subdistrict", "松阳县")}


def test_a_city_whose_name_ends_in_du():
    assert places("四川省成都市锦江区")["成都市"] == ("City", "四川省")


def test_weak_suffix_inside_a_longer_community_name():
    found = places("翠苑街道翠苑一区社区举办活动。")
    assert found == {"翠苑街道": ("Subdistrict", None), "翠苑一区社区": ("Community", "翠苑街道")}
    assert places("居民走进金色家园开展活动。") == {"金色家园": ("ResidentialArea", None)}
    assert places("阳光花园二期小区") == {"阳光花园二期小区": ("ResidentialArea", None)}
    assert places("阳光花园看望社区老人") == {"阳光花园": ("ResidentialArea", None)}


def test_locative_places_and_inner_places_after_them():
    found = {e.name: e.locative for e in read("锦江区民政局在书院街道水井坊社区开展慰问。") if e.kind == "place"}
    assert found == {"锦江区": False, "书院街道": True, "水井坊社区": True}


def test_organization_suffix_after_a_place():
    assert orgs("锦江区企业家商会走访老人。") == {"锦江区企业家商会": "Association"}
    assert orgs("企业家商会走访老人。") == {}   # generic part alone


def test_is_generic():
    assert is_generic("养老服务")
    assert is_generic("社区卫生")
    assert not is_generic("水井坊")


@pytest.mark.parametrize("text, name", [
    ("县人社局在县人力资源市场举办招聘会。", "松阳县人力资源市场"),
    ("志愿者走进县图书馆开展活动。", "松阳县图书馆"),
    ("市体育馆内座无虚席。", "丽水市体育馆"),
])
def test_abbreviated_place_before_a_venue(text, name):
    assert places(text, COUNTY)[name] == ("Venue", name[:3])


def test_no_abbreviation_after_an_excluding_character():
    assert places("居民来到社区文化馆。", COUNTY) == {}


# --- names met on pages of other districts ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "吸引周边乡镇群众2万余人次前来赶会。",
    "工作人员叮嘱社区网格员常上门看看。",
    "改造老旧小区38个，新增城镇就业6200人。",
    "全区42所中小学开展专题教育。",
    "消防员结合敬老院实际讲解用火用电常识。",
])
def test_verbs_and_counts_are_no_part_of_a_name(text):
    assert places(text) == {}
    assert orgs(text) == {}


def test_a_towns_central_home_is_named_with_the_town():
    assert "白石乡中心敬老院" in places("消防员走进白石乡中心敬老院。", COUNTY)
    assert list(places("区卫健委联合江城市中心血站开展献血活动。")) == ["江城市中心血站"]   # no 江城市中心


def test_a_branch_is_named_with_its_bank():
    assert "湖光银行城东支行" in orgs("社区联合共建单位湖光银行城东支行开展活动。")


def test_more_abbreviated_bodies_and_venues():
    assert "松阳县禁毒办" in orgs("县禁毒办联合县公安局走进校园。", COUNTY)
    assert "锦江区慈善总会" in orgs("区慈善总会举行捐赠仪式。")
    assert "锦江区文化艺术中心" in places("演出在区文化艺术中心举行。")
    assert "锦江区青少年宫" in places("社区联合区青少年宫开设托管班。")


def test_zhen_of_a_town_body_is_the_town_just_named():
    ctx = Context(district="松阳县", subdistrict="古市镇")
    assert "古市镇文化站" in places("庙会由镇政府主办，镇文化站承办。", ctx)
    ctx = Context(district="松阳县", subdistrict="赤寿乡")
    assert not any(n.startswith("赤寿乡") for n in places("深入乡镇敬老院开展宣传。", ctx))


def test_a_venue_inside_a_venue():
    assert places("在天府广场爱心献血屋开展献血活动。")["天府广场爱心献血屋"] == ("Venue", "天府广场")


def test_a_forest_farm_is_a_venue():
    assert places("机关干部来到北山林场开展义务植树活动。")["北山林场"][0] == "Venue"


def test_words_ending_in_a_place_suffix_that_name_no_place():
    # 驻村工作队 (a team stationed in villages), 队旗 (a flag), 园区 (an industrial park, unnamed)
    assert "和驻村" not in places("杨庄村村委会和驻村工作队共同组织。", COUNTY)
    assert places("新生面向队旗庄严宣誓。", COUNTY) == {}
    assert places("来自园区企业的80余名青年参加。") == {}
    assert "师生齐聚学校" not in places("全校2300余名师生齐聚学校操场。", COUNTY)


def test_a_development_zone_its_committee_and_its_trade_union():
    assert places("由浔东经济开发区管委会主办。")["浔东经济开发区"][0] == "Venue"
    assert "浔东经济开发区管委会" in orgs("由浔东经济开发区管委会主办。")
    assert "开发区总工会" in orgs("比赛由开发区总工会主办。")
    assert "锦江区总工会" not in orgs("比赛由开发区总工会主办。")
    assert "锦江区管委会" not in orgs("高新区管委会举办招聘会。")


def test_a_town_central_school_and_a_practice_station():
    assert places("来到桃林镇中心小学。", COUNTY) == {"桃林镇": ("Subdistrict", None),
                                                "桃林镇中心小学": ("Venue", "桃林镇")}
    assert places("在滨湖社区新时代文明实践站开设微课堂。")["滨湖社区新时代文明实践站"] == ("Venue", "滨湖社区")
    assert places("县商务局在西华镇电商服务中心举办培训班。", COUNTY)["西华镇电商服务中心"] == ("Venue", "西华镇")


def test_a_rural_revitalization_bureau_and_a_company_after_a_locative():
    assert "松阳县乡村振兴局" in orgs("县乡村振兴局工作人员来到高坪村。", COUNTY)
    assert places("技能比武在九江恒通电子有限公司生产车间开赛。")["九江恒通电子有限公司"][0] == "Venue"
    assert "九江恒通电子有限公司" in orgs("九江恒通电子有限公司提供岗位。")


# --- a third round of blind pages: minority areas, civil affairs ------------------------------------------

AUTONOMOUS = Context(district="河口彝族自治县")


def test_an_autonomous_county_and_an_ethnic_township_are_places():
    found = places("近日，云溪彝族自治县新寨民族乡组织开展活动。", Context())
    assert found["云溪彝族自治县"][0] == "District"
    assert found["新寨民族乡"] == ("Subdistrict", "云溪彝族自治县")


def test_a_village_committee_named_alone_is_the_village_where_things_happen():
    found = {e.name: e for e in read("县农业农村局在坝子乡白岩村委会举办培训班。", AUTONOMOUS)}
    village = found["白岩村委会"]
    assert (village.kind, village.place_kind, village.also_org, village.locative) == ("place", "Community", True, True)


def test_a_village_committee_after_its_village_is_no_second_place():
    assert "杨庄村村委会" not in places("本次村晚由杨庄村村委会和驻村工作队共同组织。", COUNTY)


def test_counted_bodies_are_no_body_of_the_district():
    assert orgs("来自全乡8个村委会的千余名群众参加。", AUTONOMOUS) == {}


def test_armed_forces_and_legal_education_offices_are_bodies():
    assert set(orgs("县人武部联合县普法办开展宣传。", AUTONOMOUS)) == {"河口彝族自治县人武部", "河口彝族自治县普法办"}


def test_an_office_of_a_body_named_with_it_is_a_venue():
    found = {e.name: e for e in read("昨日，区民政局婚姻登记处举行集中颁证仪式。")}
    assert "锦江区民政局" in found and found["锦江区民政局"].kind == "org"
    office = found["锦江区民政局婚姻登记处"]
    assert (office.kind, office.place_kind, office.also_org) == ("place", "Venue", True)


@pytest.mark.parametrize("text", ["乡党委组织各村委会干部参加培训。", "镇里召开村委会换届工作会议。"])
def test_village_committees_in_general_are_no_body_of_the_district(text):
    assert orgs(text, AUTONOMOUS) == {}


@pytest.mark.parametrize("text", ["各民族乡镇都开展了活动。", "助力少数民族乡村振兴。", "走进少数民族乡开展调研。"])
def test_townships_and_the_countryside_in_general_are_no_place(text):
    assert places(text, AUTONOMOUS) == {}


def test_a_culture_sports_and_tourism_bureau_is_a_body():
    assert orgs("锦江区文体旅游局主办。") == {"锦江区文体旅游局": orgs("锦江区文旅局主办。")["锦江区文旅局"]}


def test_generic_words_with_a_place_suffix_are_no_place():
    # 农村 (the countryside) and 共检查小区 (checked … residential compounds in all) name no place
    assert "农村" not in places("锦江区农村公益电影放映活动在江口村举行。")
    assert places("书院街道对物业企业开展检查，共检查小区35个。") == {"书院街道": ("Subdistrict", None)}


# --- a fifth round of pages ------------------------------------------------------------------------------------

def test_a_community_before_its_party_service_centre():
    assert places("在榕荫社区党群服务中心举办讲座。") == {
        "榕荫社区": ("Community", None), "榕荫社区党群服务中心": ("Venue", "榕荫社区")}
    assert "社区党委" not in "".join(places("社区党委书记介绍。"))


def test_a_village_right_after_its_town_though_the_town_is_followed_by_shang():
    assert places("在龙门镇上洋村组织开展植树活动。", COUNTY) == {
        "龙门镇": ("Subdistrict", None), "上洋村": ("Community", "龙门镇")}
    assert places("他在镇上开会。", COUNTY) == {}


def test_a_bare_subdistrict_before_a_body_is_the_one_named_last():
    assert orgs("樟南街道党工委组织街道安监办、社区网格员开展检查。") == {
        "樟南街道党工委": "PartyCommittee", "樟南街道安监办": "Government"}


def test_the_body_of_every_town_is_no_body_of_the_district():
    assert orgs("区退役军人事务局联合各镇（街）退役军人服务站走访。") == {"锦江区退役军人事务局": "Government"}
    assert "棠下街道退役军人服务站" in orgs("棠下街道退役军人服务站工作人员来到龙湾社区。")


def test_an_association_of_the_district_with_a_generic_name():
    assert "锦江区志愿服务联合会" in orgs("由共青团锦江区委、区志愿服务联合会组织。")


def test_a_hospital_of_traditional_medicine_keeps_the_district_before_it():
    assert "锦江区中医医院" in places("锦江区中医医院组织医务人员走进社区。")


def test_a_mountain_is_a_place_only_where_people_go():
    assert places("组织居民登临龙王山，开展健步走活动。") == {"龙王山": ("Venue", None)}
    assert places("绿水青山就是金山银山。") == {}


def test_an_app_is_no_place():
    assert places("指导老人下载安装国家反诈中心APP。") == {}


def test_a_quoted_name_right_before_an_organization_suffix_is_its_own():
    assert orgs("桂园社区联合“巧手匠心”志愿服务队为老人理发。") == {"巧手匠心志愿服务队": "Organization"}
    assert orgs("开展“学雷锋”志愿服务活动。") == {}


def test_a_supermarket_is_a_venue_and_a_generic_one_is_none():
    assert places("对松江购物中心、惠民超市等场所开展检查。") == {
        "松江购物中心": ("Venue", None), "惠民超市": ("Venue", None)}
    assert places("检查商场超市18家。") == {}


def test_a_building_verb_with_a_count_after_names_no_place():
    assert places("新建社区老年食堂8个，让老人在家门口吃上热乎饭。") == {}
    assert places("新建社区举办迎新春活动。") == {"新建社区": ("Community", None)}   # a community so named


# --- round 6 ----------------------------------------------------------------------------------------------

def test_a_venue_named_with_the_issue_city_keeps_it():
    assert places("成都市中心血站联合锦江区卫生健康局开展献血活动。")["成都市中心血站"] == ("Venue", "成都市")


@pytest.mark.parametrize("text, name", [("在东湖村篮球场举行", "东湖村篮球场"), ("走进锦城商厦", "锦城商厦"),
                                        ("在白鹭湾河段举行", "白鹭湾河段"), ("来到春熙路环卫工人服务站", "春熙路环卫工人服务站"),
                                        ("在水井坊社区议事厅召开", "水井坊社区议事厅"),
                                        ("在锦江区图书馆报告厅举行", "锦江区图书馆报告厅")])
def test_venue_suffixes_of_round_six(text, name):
    assert name in places(text)


@pytest.mark.parametrize("text, name, wrong", [
    ("来自成都市的代表队参赛", "成都市", "自成都市"),
    ("供热质量位居成都市前列", "成都市", "位居成都市"),
    ("在锦江区全民健身中心举行", "全民健身中心", "民健身中心"),
    ("共商老旧小区停车难题", None, "共商老旧小区"),
    ("全区已建成环卫工人服务站42个", "环卫工人服务站", "已建成环卫工人服务站")])
def test_left_edges_of_round_six(text, name, wrong):
    found = places(text)
    assert wrong not in found
    if name:
        assert name in found


# --- a bare 社区 before a venue's generic name (SentenceReader.bare_owner_venue) ----------------------------

@pytest.mark.parametrize("text, venue, community", [
    ("桃源社区在社区议事厅召开居民议事会。", "桃源社区议事厅", "桃源社区"),
    ("芙蓉街道桃源社区还在社区党群服务中心举办茶话会。", "桃源社区党群服务中心", "桃源社区"),
    ("桃源社区联合共建单位，在社区文化广场开展宣传活动。", "桃源社区文化广场", "桃源社区"),
])
def test_a_bare_community_before_a_venue_names_the_venue_of_the_one_named_last(text, venue, community):
    found = places(text)
    assert found[venue] == ("Venue", community)   # within the 社区, so an event there has both places
    assert community in found
    assert not any(e.also_org for e in read(text) if e.name == venue)   # a room, not an actor


def test_a_bare_community_venue_takes_the_articles_community_when_the_sentence_names_none():
    ctx = Context(district="锦江区", city="成都市", community="桃源社区")
    assert places("联欢会在社区活动中心热闹上演。", ctx) == {"桃源社区活动中心": ("Venue", "桃源社区")}


def test_a_bare_community_venue_needs_a_locative_a_generic_part_and_a_community():
    assert "桃源社区活动中心" not in places("桃源社区组织居民参观社区活动中心。")   # no 在 before it
    assert places("联欢会在社区活动中心热闹上演。") == {}   # no 社区 named, in the sentence or the article
    assert "桃源社区望江活动中心" not in places("桃源社区在社区望江活动中心举办活动。")   # a proper part


# --- a seventh round of pages --------------------------------------------------------------------------------

def test_a_room_of_a_venue_named_by_its_suffix_alone_is_that_venues_room():
    got = places("锦江区图书馆还邀请作家走进图书馆多功能厅，带来专题讲座。")
    assert got["锦江区图书馆多功能厅"] == ("Venue", "锦江区图书馆")
    assert "图书馆多功能厅" not in got


def test_a_bare_subdistrict_before_a_venue_after_zai_is_the_subdistricts_venue():
    got = places("书院街道党工委在街道党群服务中心举办主题党课。")
    assert got["书院街道党群服务中心"] == ("Venue", "书院街道")


@pytest.mark.parametrize("text", ["消夏文化节暨滨海夜市将开幕。", "设置特色美食、文创市集等摊位。", "老街早市人气旺。"])
def test_markets_are_no_cities(text):
    assert not [n for n, (k, _) in places(text).items() if k == "City"]


def test_functional_zones_of_a_fair_are_no_districts():
    got = places("招聘会还设置了政策咨询区、技能培训报名区和直播带岗区。")
    assert not [n for n, (k, _) in got.items() if k == "District"]


@pytest.mark.parametrize("text, name", [
    ("在三江镇石岭水库开展防汛应急演练。", "石岭水库"),
    ("将于7月13日晚在滨海风情街开幕。", "滨海风情街"),
    ("在锦江区职业技能公共实训基地举行。", "职业技能公共实训基地"),
])
def test_reservoirs_streets_and_training_bases_are_venues(text, name):
    assert any(name in n and k == "Venue" for n, (k, _) in places(text).items())


@pytest.mark.parametrize("text, name", [
    ("区旅文局、海滨街道共同主办。", "锦江区旅文局"),
    ("区农业农村委联合区市场监管局组成检查组。", "锦江区农业农村委"),
    ("区防汛抗旱指挥部开展防汛应急演练。", "锦江区防汛抗旱指挥部"),
])
def test_more_government_bodies(text, name):
    assert name in orgs(text)


def test_an_abbreviated_town_is_the_town_the_sentence_named_before():
    assert "三江镇派出所" in orgs("三江镇联合镇派出所开展禁毒知识夏令营。")


@pytest.mark.parametrize("text", [
    "农家书屋暑期延时开放，成为农村孩子的好去处。",     # 成为 is a verb
    "街道安排社区网格员定期上门探视。",                 # 安排 is a verb
    "被确定为养老服务改革试点区。",                     # a pilot zone is no district
    "为加快建设经济强区贡献力量。",
])
def test_more_verbs_and_zones_are_no_names(text):
    assert not [n for n, (k, _) in places(text).items() if k in ("Community", "Village", "District")]


def test_the_team_of_a_hospital_just_read_is_one_name_with_it():
    assert "锦江区人民医院志愿服务队" in orgs("塔影社区联合区人民医院志愿服务队开展义诊活动。")


def test_a_city_before_ji_zhong_is_still_a_city():
    assert places("邢川市集中开展安全检查。")["邢川市"][0] == "City"


@pytest.mark.parametrize("text, stop", [("志愿者协助社区开展登记。", "协助社区"), ("书记王小红代表社区接收物资。", "王小红代表社区"),
                                        ("当前锦城市创建工作进入攻坚阶段。", "当前锦城市"), ("全区共设置小区卡点30个。", "共设置小区")])
def test_a_verb_or_adverb_before_a_place_suffix_is_no_part_of_a_name(text, stop):
    assert not any(stop in name for name in places(text))


def test_a_fire_station_is_a_venue_and_a_power_supply_office_an_organization():
    assert places("在城西消防站举办培训班。")["城西消防站"][0] == "Venue"
    assert "锦江区城东供电所" in orgs("锦江区城东供电所组织党员服务队入户检查。")


@pytest.mark.parametrize("name", ["锦江区文化旅游和广播电视局", "锦江区文化和旅游体育局", "锦江区工商联"])
def test_more_bodies_after_a_district(name):
    assert name in orgs(f"{name}组织开展活动。")


# --- round nine ---------------------------------------------------------------------------------------------

def test_a_city_and_its_urban_area_is_the_city_no_district():
    assert places("从云州市区赶来的游客")["云州市"][0] == "City"
    assert "云州市区" not in places("从云州市区赶来的游客")
    assert places("湖北省荆州市沙市区")["沙市区"][0] == "District"   # a district whose name ends in 市


def test_activity_zones_are_no_districts():
    assert places("现场设置了直播带货区、手工区和美食区") == {}


def test_a_verb_of_winning_stops_a_village_name():
    found = places("东坝村队以78比71战胜西坝村队")
    assert "西坝村" in found and not any(n.startswith("战胜") for n in found)


def test_cemeteries_malls_and_bus_stations_are_venues():
    assert places("在青龙公墓设立服务站")["青龙公墓"][0] == "Venue"
    assert places("对金星商场开展检查")["金星商场"][0] == "Venue"
    assert next(e for e in read("对金星商场开展检查") if e.name == "金星商场").also_org   # a mall acts, too
    assert places("从城南客运站出发")["城南客运站"][0] == "Venue"
    assert places("走进大型商场开展宣传") == {}


def test_a_citys_martyrs_cemetery_is_named_with_the_city():
    found = places("师生来到云州市烈士陵园开展祭扫", Context(district="锦江区", city="云州市"))
    assert "云州市烈士陵园" in found


def test_a_school_named_after_its_subdistrict_is_named_alone_inside_it():
    assert places("杏园街道杏园小学师生")["杏园小学"] == ("Venue", "杏园街道")
    assert "东城街道实验小学" in places("东城街道实验小学师生")   # no repeat: named with the 街道
    assert "城关镇第二小学" in places("城关镇第二小学师生")


# --- round ten: editions, cross-district work, a place's 人民广场, lists after 在, a body's unit, peers in a list --

def test_an_edition_count_names_no_place():
    found = places("11月5日，锦江区第三届社区邻里节在区文化馆开幕。")
    assert not any("届" in name for name in found)
    assert "锦江区文化馆" in found


def test_cross_district_work_names_no_district():
    assert not any(kind == "District" and name != "锦江区"
                   for name, (kind, _) in places("要求各镇农机站加强跨区作业机具调度。").items())


def test_a_peoples_square_is_named_with_the_place_before_it():
    assert "锦江区人民广场" in places("献血活动在锦江区人民广场举行。")


def test_every_item_of_a_list_after_zai_is_where_it_happens():
    ents = read("明天，团县委将在松阳县第三中学、松阳县育英中学两个考点开展志愿服务。", COUNTY)
    schools = [e for e in ents if e.kind == "place" and e.name.endswith("中学")]
    assert [e.name for e in schools] == ["松阳县第三中学", "松阳县育英中学"]
    assert all(e.locative for e in schools)


def test_a_body_right_after_a_body_is_its_unit():
    found = orgs("共青团松阳县委联合县公安局交警大队开展护考服务。", COUNTY)
    assert "松阳县公安局交警大队" in found
    assert "松阳县公安局" not in found


def test_culture_broadcasting_and_tourism_bureau_without_he():
    assert "松阳县文化广电旅游局" in orgs("由古市镇人民政府、松阳县文化广电旅游局联合举办。", COUNTY)


def test_a_subdistrict_listed_after_communities_is_their_peer():
    found = places("此外，红枫社区的“银龄课堂”、青柳社区的“四点半课堂”、东门街道的“邻里节”常态化开展。")
    assert found["红枫社区"][1] is None
    assert found["青柳社区"][1] is None


def test_a_subdistrict_named_before_its_communities_still_holds_them():
    found = places("东门街道组织红枫社区、青柳社区开展邻里节。")
    assert found["红枫社区"][1] == "东门街道"


# --- round eleven -----------------------------------------------------------------------------------------

def test_a_market_fair_is_no_city():
    assert "书交换集市" not in places("社区书屋门前摆起了“旧书换新书”图书交换集市")


def test_a_villages_farm_library_is_named_with_it():
    assert "下洋村农家书屋" in places("同在石门乡的下洋村农家书屋里也格外热闹", COUNTY)
    assert not any(n.endswith("农家书屋") for n in places("农家书屋实现行政村全覆盖", COUNTY))


def test_a_citys_defence_education_base_is_named_with_it():
    assert "成都市国防教育基地" in places("组织学生走进成都市国防教育基地")


def test_a_shopping_street_is_a_venue():
    assert "鼓楼商业街" in places("年货节将于1月10日在鼓楼商业街开幕")


def test_a_bureau_of_education_and_sports():
    assert "锦江区教育体育局" in orgs("区教育体育局主办冬季长跑活动")


# --- round twelve -----------------------------------------------------------------------------------------

def test_a_list_item_with_a_head_of_its_own_is_no_item_of_a_subdistrict_list():
    found = read("由锦江区文化馆、书院街道办事处主办的纳凉晚会")
    assert "锦江区文化馆" in {e.name for e in found}
    assert "文化馆街道" not in {e.name for e in found}


def test_a_generic_venue_after_a_named_place_is_its_venue():
    assert "石门乡岚山红色教育基地" in places("来到石门乡岚山红色教育基地") or \
        "岚山红色教育基地" in places("来到石门乡岚山红色教育基地")
    assert places("在锦江区文体活动中心举行")["锦江区文体活动中心"][0] == "Venue"


def test_venue_suffixes_of_round_twelve():
    assert "青龙河河堤" in places("团县委组织志愿者来到城关镇青龙河河堤植树。", COUNTY)
    assert "巾帼家政培训基地" in places("在柳坪镇巾帼家政培训基地举办培训班。", COUNTY)


def test_common_words_are_no_names():
    assert places("为农村妇女开展免费筛查", COUNTY) == {}
    assert "届时区" not in places("届时区中医院的医生还将在现场义诊")
    assert orgs("摊主很快学会了分类投放。") == {}
    assert "依法治区" not in places("区委依法治区办、区司法局开展宣传")


def test_bodies_of_round_twelve():
    assert "锦江区委依法治区办" in orgs("区委依法治区办、区司法局开展宣传")
    assert "北关消防救援站" in orgs("北关消防救援站联合北关街道办事处开展演练")
    assert "东光街道社工站" in orgs("东光社区联合东光街道社工站开展活动")


# --- round thirteen ------------------------------------------------------------------------------------------

def test_a_bare_village_owns_the_venue_after_a_locative():
    found = places("十月十九日，龙湾乡东坡村第二届丰收节在村文化广场开幕。", COUNTY)
    assert found["东坡村文化广场"] == ("Venue", "东坡村")
    assert "各贫困村" not in found and "贫困村" not in found
    assert "贫困村" not in places("来自全县各贫困村的农产品。", COUNTY)


def test_a_venue_of_a_short_part_keeps_the_district_or_community_before_it():
    assert "锦江区会展中心" in places("年货大集将在锦江区会展中心开市。")
    assert "银杏社区中心小广场" in places("桐华街道银杏社区中心小广场上摆开了长桌。")
    assert "水井坊社区养老服务中心" in places("在水井坊社区养老服务中心举办活动。")   # a part of 4: named with it anyway


def test_a_room_of_a_venue_named_by_its_short_name():
    ctx = Context(district="锦江区", city="成都市", name_counts={"锦江区残疾人康复中心": 2})
    found = places("当天下午，艺术团在康复中心多功能厅带来了演出。", ctx)
    assert found["锦江区残疾人康复中心多功能厅"] == ("Venue", "锦江区残疾人康复中心")


def test_a_bare_community_where_it_acts_is_the_one_named_last():
    ctx = Context(district="锦江区", city="成都市", community="银杏社区")
    found = {e.name: e for e in read("本月17日晚，社区在小广场举办了集市。", ctx)}
    assert found["银杏社区"].anaphor and found["银杏社区"].also_org


def test_round_thirteen_words():
    assert places("慰问组来到锦江区光荣院。")["锦江区光荣院"][0] == "Venue"
    assert places("志愿者在成都东火车站服务。")["成都东火车站"][0] == "Venue"
    assert {"锦江区供销社", "锦江区扶贫办", "锦江区文旅体局"} <= set(orgs("由区供销社、区扶贫办、区文旅体局主办。"))
    assert "移师石门镇" not in places("第七场将移师石门镇石门村文化大院。", COUNTY)
    assert "石门村文化大院" in places("第七场将移师石门镇石门村文化大院。", COUNTY)


def test_a_hospital_after_a_locative_is_a_venue_that_acts():
    # 该委在区人民医院召开座谈会 / 来到锦江区人民医院: where the event is held, still an organization
    got = {e.name: (e.kind, e.place_kind, e.also_org, e.locative) for e in read("当天下午，该委在区人民医院召开座谈会。")}
    assert got["锦江区人民医院"] == ("place", "Venue", True, True)
    got = {e.name: (e.kind, e.place_kind) for e in read("区卫健委一行来到锦江区人民医院看望护士。")}
    assert got["锦江区人民医院"] == ("place", "Venue")
    # without a locative it stays an organization: 区人民医院抽调医务人员
    assert orgs("区人民医院抽调内科医务人员组成体检组。") == {"锦江区人民医院": "Institution"}


def test_county_bodies_of_conscription_and_work_safety():
    assert set(orgs("此次体检由县征兵办公室组织。", COUNTY)) == {"松阳县征兵办公室"}
    assert set(orgs("活动由区安全生产委员会办公室、区应急管理局主办。")) == {"锦江区安全生产委员会办公室", "锦江区应急管理局"}


def test_a_science_museum_is_a_venue():
    assert places("市民走进县科技馆参观。", COUNTY)["松阳县科技馆"][0] == "Venue"


# --- a fifteenth round --------------------------------------------------------------------------------------

def test_a_team_right_after_a_committee_is_the_committees():
    assert orgs("锦江区委宣讲团成员周立平") == {"锦江区委宣讲团": "Organization"}
    assert "锦江区委宣讲团" in orgs("区委宣讲团还将走进学校。")


def test_a_bare_team_word_resolves_only_to_a_team_named_before():
    ctx = Context(district="锦江区")
    assert orgs("10月26日，宣讲团走进社区。", ctx) == {}
    ctx.crews["宣讲团"] = "锦江区委宣讲团"
    assert orgs("10月26日，宣讲团走进社区。", ctx) == {"锦江区委宣讲团": "Organization"}


def test_a_short_name_does_not_replace_the_full_one_a_pointer_resolves_to():
    ctx = Context(district="锦江区")
    for text in ("锦江热力有限公司", "热力公司"):
        for e in read(text, ctx):
            ctx.note_crew(e)
    assert ctx.crews["公司"] == "锦江热力有限公司"
    assert orgs("上周六，该公司联合社区开展宣传。", ctx) == {"锦江热力有限公司": "Company"}


def test_new_bodies_suffixes_and_venues():
    assert orgs("区水利局") == {"锦江区水利局": "Government"}
    assert "鑫源酒楼" in orgs("青溪区烹饪协会和辖区爱心企业鑫源酒楼协办。")
    assert places("在书院街道纺织社区纺织厂家属院")["纺织厂家属院"][0] == "ResidentialArea"
    clinic = next(e for e in read("在康乐社区卫生服务站义诊") if e.name == "康乐社区卫生服务站")
    assert clinic.also_org


def test_a_quantifier_before_a_suffix_is_no_name():
    assert places("不少社区在重阳节前后举办长寿宴。") == {}


def test_a_subdistrict_before_a_community_named_with_he():
    assert places("昨日，东关街道和平里社区网格员送去邀请卡。") == {
        "东关街道": ("Subdistrict", None), "和平里社区": ("Community", "东关街道")}
    assert places("各街道和社区干部") == {}


# --- a sixteenth round --------------------------------------------------------------------------------------

def test_parks_work_sites_rest_homes_and_shopping_districts_are_venues():
    assert places("县长带队深入梧溪县工业园区")["梧溪县工业园区"][0] == "Venue"
    assert places("先后来到滨河新城二期项目工地检查")["滨河新城二期项目工地"][0] == "Venue"
    assert places("来到军队离退休干部休养所")["军队离退休干部休养所"][0] == "Venue"
    assert places("河湾里商圈是最热闹的地方")["河湾里商圈"][0] == "Venue"


def test_a_township_before_a_village_starting_with_xia():
    assert places("活动来到石桥乡下湾村。", COUNTY) == {
        "石桥乡": ("Subdistrict", None), "下湾村": ("Community", "石桥乡")}
    assert "石桥乡" not in places("回到乡下各村走访")


def test_a_holiday_or_model_before_qu_is_no_district():
    assert not any(kind == "District" for kind, _ in places("今年暑期区青少年活动中心开设托管班").values())
    assert not any(n.endswith("模范区") for n in places("创建全国双拥模范区"))


def test_a_finance_office_is_a_body():
    assert orgs("县金融办联合银行召开对接会", COUNTY) == {"松阳县金融办": "Government"}


def test_the_county_branch_of_a_bank_is_one_name():
    assert orgs("县金融办联合人民银行松阳县支行召开对接会", COUNTY) == {
        "松阳县金融办": "Government", "人民银行松阳县支行": "Company"}


def test_a_bookshop_is_a_company():
    assert orgs("县图书馆联合松阳县新华书店走进东岗村", COUNTY)["松阳县新华书店"] == "Company"


def test_a_quoted_team_after_its_community_is_an_organization():
    assert orgs("江滨街道滨江社区“红枫志愿服务队”在社区小广场摆开了便民服务摊")["红枫志愿服务队"] == "Organization"


def test_a_reading_zone_is_no_district():
    assert not any(kind == "District" for kind, _ in places("区图书馆还将在一楼少儿阅览区举办分享会").values())


def test_a_gate_square_is_named_with_the_park_before_it():
    assert "滨江公园南门广场" in places("在滨江公园南门广场设立宣传点")


def test_a_bare_community_venue_after_its_committee_is_the_committees_community():
    assert places("桂香里社区居民委员会换届选举大会在社区党群服务中心召开")["桂香里社区党群服务中心"] == \
        ("Venue", "桂香里社区")


def test_a_meeting_room_is_a_venue_and_a_bodys_room_is_named_with_the_body():
    assert places("金桥街道槐荫社区党群服务中心会议室里，一场议事会正在进行")["槐荫社区党群服务中心会议室"][0] == "Venue"
    assert "松阳县水利局三楼会议室" in places("县水利局在局三楼会议室召开全县水库安全度汛工作会", COUNTY)


def test_a_room_on_a_floor_is_in_the_venue_named_before_it():
    assert places("区图书馆还将在一楼少儿阅览区举办分享会")["锦江区图书馆一楼少儿阅览区"] == ("Venue", "锦江区图书馆")


def test_a_subdistricts_youth_league_committee_and_an_environment_branch_are_bodies():
    assert orgs("志愿服务队联合东桥街道团工委，组织志愿者来到河边")["东桥街道团工委"] == "YouthLeague"
    assert orgs("此外，锦江区生态环境分局在区图书馆举办摄影展")["锦江区生态环境分局"] == "Government"


# --- round eighteen -----------------------------------------------------------------------------------------

def test_a_body_between_zai_and_a_verb_of_holding_is_where_the_event_is_held():
    # 在县人武部举行 / 在某村退役军人服务站开展: the body's premises
    assert places("欢送仪式将于1月10日在区人武部举行。").get("锦江区人武部", ("",))[0] == "Venue"
    assert "东坡村退役军人服务站" in places("石门镇退役军人服务站在东坡村退役军人服务站开展座谈会。")
    # a room of the body is the place, not the body (在乡政府会议室举办)
    assert "锦江区人武部" not in places("在区人武部会议室举办培训。")


def test_a_venue_of_a_named_subdistrict_is_not_the_one_of_another_place_read_before():
    ctx = Context(district="锦江区", city="成都市")
    read("槐荫社区在社区党群服务中心举办活动。", ctx)
    assert "丰乐街道党群服务中心" in places("丰乐街道在街道党群服务中心召开表彰会。", ctx)


@pytest.mark.parametrize("text, word", [
    ("要求商场立即整改。", "要求商场"),
    ("街道还为各社区志愿服务队授旗。", "服务队授旗"),
    ("检查组来到商场的食品超市、餐饮区、儿童游乐区。", "童游乐区"),
    ("将进一步完善社区健身设施。", "一步完善社区"),
])
def test_common_words_before_a_place_suffix_are_no_names(text, word):
    assert word not in places(text)


def test_a_vegetable_market_is_a_venue():
    assert places("走进南门菜市场开展宣传。").get("南门菜市场", ("",))[0] == "Venue"


def test_a_department_store_building_is_a_venue():
    assert places("联合检查组又来到泓泽百货大楼检查。").get("泓泽百货大楼", ("",))[0] == "Venue"


@pytest.mark.parametrize("text, word", [
    ("与物业负责人面对面，商量小区里的烦心事。", "商量小区"),
    ("柿子坪村地处锦江区西部山区，村里不少青壮年常年在外务工。", "西部山区"),
])
def test_a_verb_or_a_direction_before_a_place_suffix_is_no_name(text, word):
    assert word not in places(text)


def test_a_pocket_park_of_a_bare_community_is_the_venue_of_the_one_named():
    assert places("翠柳社区的乘凉议事会在社区小游园的大榕树下开讲。")["翠柳社区小游园"] == ("Venue", "翠柳社区")
