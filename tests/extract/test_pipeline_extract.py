"""The whole extraction of an issue: kg.extract.pipeline.extract_issue (and reading a page file first)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from lunar_python import Lunar

from kg import PROJECT_ROOT
from kg.extract.dates import parse_issue_date
from kg.extract.pipeline import extract_issue
from kg.ingest.reader import read_page

SAMPLE = PROJECT_ROOT / "data" / "samples" / "2024-10-18.txt"
PAGES = PROJECT_ROOT / "tests" / "extract" / "pages"


def issue_of(text: str, day: date | None = None):
    day = day or parse_issue_date("\n".join(text.splitlines()[:3]))
    return extract_issue(text, day, "test.txt")


def article(headline: str, reporter: str, body: str) -> str:
    return f"{headline}\n\n本报讯 (记者 {reporter}) {body}\n\n"


def lunar(year: int, month: int, day: int) -> date:
    s = Lunar.fromYmd(year, month, day).getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


# --- dates across the year boundary ------------------------------------------------------------------------

def test_a_january_issue_dates_december_in_the_previous_year():
    text = ("2025年1月10日 星期五\n\n"
            + article("送戏下乡迎新年", "吴佳琪", "12月28日,县文化馆走进黄山头村,为村民送上文艺汇演。")
            + article("新春招聘会举行", "何静", "1月6日,县人社局在县人才市场举办新春招聘会,吸引求职者800余人。"))
    iss = issue_of(text)
    assert iss.date == date(2025, 1, 10)
    starts = [e.date.start for e in iss.events]
    assert starts == [date(2024, 12, 28), date(2025, 1, 6)]


# --- festivals by the lunar calendar -----------------------------------------------------------------------

@pytest.mark.parametrize("issue, phrase, want", [
    (date(2023, 10, 27), "重阳节当天", lunar(2023, 9, 9)),
    (date(2024, 9, 20), "中秋节", lunar(2024, 8, 15)),
    (date(2025, 6, 6), "端午节上午", lunar(2025, 5, 5)),
    (date(2024, 2, 16), "春节当天", lunar(2024, 1, 1)),
    (date(2025, 2, 7), "除夕夜", lunar(2025, 1, 1) - timedelta(days=1)),
])
def test_a_festival_dates_its_event(issue, phrase, want):
    text = f"{issue.year}年{issue.month}月{issue.day}日\n\n" + article(
        "节日里的社区", "沈雨桐", f"{phrase},东光社区举办文艺汇演,辖区老人和居民欢聚一堂。")
    (ev,) = issue_of(text).events
    assert ev.types == ["CulturalPerformance"]
    assert ev.places[0] == "东光社区"
    assert ev.date.start == want


def test_festivals_of_several_articles_each_date_their_own_event():
    text = ("2024年2月26日 星期一\n\n"
            + article("年夜饭里的温情", "沈雨桐", "除夕当天,东光社区为独居老人送上年夜饭,开展慰问活动。")
            + article("新春游园乐", "钱多多", "春节当天,芳草社区举办新春游园会,居民们猜灯谜、赢奖品。")
            + article("元宵喜乐会", "陈晨", "元宵节当晚,双桥社区举办元宵晚会。"))
    evs = issue_of(text).events
    assert [(e.types[0], e.date.start) for e in evs] == [
        ("ElderCareVisit", lunar(2024, 1, 1) - timedelta(days=1)),
        ("CommunityGathering", lunar(2024, 1, 1)),
        ("CulturalPerformance", lunar(2024, 1, 15)),
    ]


def test_a_festival_named_only_as_a_topic_does_not_date_an_exact_day():
    text = "2024年10月18日\n\n" + article(
        "情暖重阳", "陈晨", "近日,东光社区开展“金秋暖重阳”慰问活动,走访辖区高龄老人。")
    (ev,) = issue_of(text).events
    assert ev.date.start is None
    assert (ev.date.earliest, ev.date.latest) == (date(2024, 10, 4), date(2024, 10, 18))


# --- issue-level resolution --------------------------------------------------------------------------------

def test_district_city_containment_and_default_place():
    text = ("2025年3月14日\n\n"
            + article("义诊进社区", "赵雪", "3月8日,成都市锦江区书院街道水井坊社区开展义诊活动。")
            + article("座谈会召开", "赵雪", "3月10日,区委宣传部召开基层文化工作座谈会。")
            + article("健步走", "赵雪", "3月12日,书院街道东光社区组织居民开展健步走活动。"))
    iss = issue_of(text)
    assert (iss.district, iss.city) == ("锦江区", "成都市")
    assert iss.places["水井坊社区"].parent == "书院街道"
    assert iss.places["东光社区"].parent == "书院街道"
    assert iss.places["书院街道"].parent == "锦江区"
    assert iss.places["锦江区"].parent == "成都市"
    meeting = next(e for e in iss.events if "Meeting" in e.types)
    assert meeting.places == ["锦江区"]                    # no place in its sentences: the district
    assert meeting.organizers == ["锦江区委宣传部"]
    assert "锦江区委宣传部" in iss.organizations


def test_the_same_event_in_two_articles_is_kept_once():
    body = "3月8日,水井坊社区举办文艺汇演,200余名居民观看。"
    text = "2025年3月14日\n\n" + article("文艺汇演暖人心", "赵雪", body) + article(
        "社区里的歌声", "陈晨", "3月8日,水井坊社区举办文艺汇演,为老人送上节目。")
    iss = issue_of(text)
    assert len(iss.events) == 1
    assert iss.events[0].attendee_count == 200


def test_reporters_and_photographers_become_people():
    text = "2025年3月14日\n\n健步走\n\n本报讯 (记者 马晓 燕 通讯员 周 伟) 3月12日,东光社区开展健步走活动。\n\n图为活动现场。\n李 明 摄\n"
    iss = issue_of(text)
    assert iss.articles[0].authors == ["马晓燕", "周伟"]
    assert {n: p.role for n, p in iss.people.items()} == {"马晓燕": "记者", "周伟": "correspondent",
                                                          "李明": "photographer"}


# --- reading a page file -----------------------------------------------------------------------------------

def test_a_gbk_page_is_read_and_extracted_like_its_utf8_original(tmp_path):
    original = PAGES / "2024-06-14-xihu.txt"
    gbk = tmp_path / "page.txt"
    gbk.write_bytes(original.read_text(encoding="utf-8").encode("gbk"))
    page = read_page(gbk)
    assert page.encoding == "gb18030"
    day = parse_issue_date("\n".join(page.text.splitlines()[:3]))
    assert day == date(2024, 6, 14)
    from_gbk = extract_issue(page.text, day, gbk.name)
    from_utf8 = extract_issue(original.read_text(encoding="utf-8"), day, original.name)

    def summary(iss):
        return [(e.types, e.places, e.organizers, e.date.start, e.date.earliest) for e in iss.events]

    assert summary(from_gbk) == summary(from_utf8)
    assert len(from_gbk.events) >= 5
    assert from_gbk.district == "西湖区"


# --- evidence and mentions ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_issue():
    return extract_issue(SAMPLE.read_text(encoding="utf-8"), date(2024, 10, 18), SAMPLE.name)


def test_sample_evidence_sentences_stand_in_their_article_at_their_offsets(sample_issue):
    assert len(sample_issue.events) >= 15
    for art in sample_issue.articles:
        for ev in art.events:
            s = ev.sentence
            assert art.body[s.start:s.end] == s.text, (art.headline, s)


def test_sample_mentions_stand_in_their_article_at_their_offsets(sample_issue):
    mentions = [(art, m) for art in sample_issue.articles for m in art.mentions]
    assert len(mentions) > 50
    for art, m in mentions:
        assert art.body[m.start:m.end] == m.surface, (art.headline, m)


# --- other layouts and places ----------------------------------------------------------------------------

def test_a_hard_wrapped_paragraph_is_read_as_one():
    from kg.extract.pipeline import join_cut_paragraphs
    lines = ["连日来，区应急管理局联合区市场监管局、区消", "防救援大队组成联合检查组，对全区商场超市开", "展安全隐患大排查。",
             "另一段从这里开始。"]
    assert join_cut_paragraphs(lines) == ["连日来，区应急管理局联合区市场监管局、区消防救援大队组成联合检查组，"
                                          "对全区商场超市开展安全隐患大排查。", "另一段从这里开始。"]
    # a whole paragraph cut by an interleaved column (wider than a column's line) stays apart from the next one
    cut = "据了解，这项活动已连续举办了五年，深受辖区居民和周边群众的欢迎，今年的活动还将增加非遗展示和"
    whole = "2月16日上午，县林业局在湿地公园开展义务植树活动。"
    assert join_cut_paragraphs([cut, whole]) == [cut, whole]


def test_a_school_doing_something_with_no_place_named_does_it_at_the_school():
    text = ("2024年12月27日 星期五\n\n"
            + article("暖冬衣物传爱心", "秦悦", "近日,锦江区第三中学开展爱心衣物捐赠活动,师生共捐赠冬衣800余件。"))
    (ev,) = issue_of(text).articles[0].events
    assert ev.places[0] == "锦江区第三中学"


def test_a_venue_holding_an_event_in_the_subdistrict_it_lies_in_is_its_place():
    text = ("2025年3月14日 星期五\n\n"
            + article("青年联谊会举行", "何静", "3月8日下午,云岭街道党群服务中心举办青年联谊会,80余名青年参加。")
            + article("老街庙会开市", "吴佳琪", "3月9日,石桥镇举办传统庙会。本次庙会由石桥镇人民政府主办,镇文化站承办。"))
    first, second = issue_of(text).events
    assert first.places[:2] == ["云岭街道党群服务中心", "云岭街道"]
    assert "石桥镇文化站" not in second.places


# --- a fifth round of pages ------------------------------------------------------------------------------------

def test_quotes_of_a_title_cut_by_a_line_end_pair_across_it():
    text = ("2025年1月27日 星期一\n\n墨香迎新春 福字进万家\n\n"
            "本报讯 (记者 于 海 洋) 1月25日上午,由松\n滨区文联、滨江街道联合主办的\"墨香迎新春 福\n"
            "字进万家\"写春联送福活动在滨江街道春晖社\n区党群服务中心举行。\n")
    (ev,) = issue_of(text).events
    assert ev.places[0] == "春晖社区党群服务中心"
    assert "墨香迎新春福字进万家" in ev.name


def test_a_venue_acting_where_only_the_places_it_lies_in_are_named_is_the_place():
    text = ("2022年8月2日 星期二\n\n七彩假期\n\n"
            "本报讯 (记者 黄嘉欣) 近日,江海街道金桥社区新时代文明实践站\"七彩假期\"暑期托管班正式开班,"
            "辖区30余名儿童在这里度过了快乐的暑假。\n")
    (ev,) = issue_of(text).events
    assert ev.places[:3] == ["金桥社区新时代文明实践站", "金桥社区", "江海街道"]


def test_a_market_fair_on_the_little_new_year():
    text = ("2025年1月27日 星期一\n\n年货大集开市\n\n"
            "本报讯 (记者 孟凡琳) 腊月二十三小年当天,松滨区2025年迎新春年货大集在江北农贸广场开市。"
            "大集由松滨区商务局主办,吸引市民1万余人次前来选购。\n")
    (ev,) = issue_of(text).events
    assert ev.date.start == lunar(2024, 12, 23) == date(2025, 1, 22)
    assert "CommunityGathering" in ev.types and ev.places[0] == "江北农贸广场"
    assert "松滨区商务局" in ev.organizers


def test_estates_of_an_article_about_one_subdistrict_lie_in_it():
    text = ("2024年3月8日 星期五\n\n燃气安全进小区\n\n"
            "本报讯 (记者 郑一帆) 近日,樟南街道组织网格员,对辖区幸福里小区、锦绣家园小区开展燃气安全入户检查。\n")
    iss = issue_of(text)
    assert iss.places["幸福里小区"].parent == "樟南街道"
    assert iss.places["锦绣家园小区"].parent == "樟南街道"


# --- a seventh round of pages ----------------------------------------------------------------------------------

def test_a_district_of_a_municipality_lies_in_it_as_in_its_city():
    text = ("2026年3月20日 星期五\n\n"
            + article("植树添绿", "罗婷", "植树节当天,綦江区在柏垭镇青龙村开展义务植树活动。今年綦江区将创建重庆市森林城市。"))
    iss = issue_of(text)
    assert (iss.district, iss.city) == ("綦江区", "重庆市")


def test_a_review_with_a_subtitle_keeps_only_its_dated_activities():
    text = ("2023年4月28日 星期五\n\n党建引领聚合力 服务群众暖民心\n\n一锦江区新华街道党建工作综述\n\n本报记者 高志远\n\n"
            "4月20日,新华街道党工委在街道党群服务中心举办主题党课,80余人参加。\n\n"
            "文苑社区创新推出\"板凳议事会\",把议事桌搬到楼门口。翠屏社区\"银龄课堂\"每周开设书法课程。\n")
    iss = issue_of(text)
    assert [e.date.start for e in iss.events] == [date(2023, 4, 20)]
    assert iss.events[0].places[0] == "新华街道党群服务中心"


def test_a_line_cut_before_a_quoted_title_goes_on_into_it():
    from kg.extract.pipeline import join_cut_paragraphs
    lines = ["3月2日，由锦江区人社局主办、锦江区就业服务中心承办的2025年",
             "“春风行动”专场招聘会在锦江区人力资源市场举行。"]
    assert join_cut_paragraphs(lines) == ["".join(lines)]
    # a quotation opening a paragraph after a sentence's end stays apart
    assert len(join_cut_paragraphs(["现场共有126家企业提供岗位3600余个。", "“坐上专车，省心又省钱！”"])) == 2


def test_communities_named_before_the_one_subdistrict_of_an_article_are_not_put_in_it():
    text = ("2024年12月20日 星期五\n\n"
            + article("东门街道召开述职评议会", "吴佳琪",
                      "12月18日,东门街道召开年度社区书记述职评议会,60余人现场评议。")
            + "民生实事工作综述\n本报记者 何静\n\n"
            + "文体惠民亮点纷呈。此外,红枫社区的“银龄课堂”常态化开展。东门街道的“邻里节”也广受欢迎。\n")
    iss = issue_of(text)
    assert iss.places["红枫社区"].parent != "东门街道"


def test_an_article_opening_on_this_event_points_to_the_one_told_before_its_headline():
    text = ("2020年11月13日 星期五\n\n"
            + article("消防演练进商场", "韩雪梅", "11月9日，东岭区消防救援大队在金沙街道金沙百汇购物广场开展演练。")
            + "立冬当天，凤鸣街道梧桐社区的梧桐广场上热闹非凡，一场邻里趣味运动会在这里举行。\n\n"
            + article("立冬时节动起来", "韩雪梅", "这场运动会由梧桐社区主办，设置了8个趣味项目。"))
    issue = issue_of(text)
    sports = [e for a in issue.articles for e in a.events if "SportsActivity" in e.types]
    assert len(sports) == 1
    assert sports[0].date.start == date(2020, 11, 7) and "梧桐社区" in sports[0].organizers


def test_events_at_one_place_on_two_days_told_in_two_articles_stay_two():
    text = "2025年3月14日 星期五\n\n" + \
        article("光荣入伍", "张三", "昨日上午，锦江区人武部在区人武部举行新兵欢送会，42名新兵参加。") + \
        article("简讯", "李四", "据悉，第二批新兵欢送仪式将于3月20日在区人武部举行。")
    issue = issue_of(text)
    days = sorted(e.date.start for e in issue.events if "Meeting" in e.types)
    assert days == [date(2025, 3, 13), date(2025, 3, 20)]
