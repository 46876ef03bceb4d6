"""Page layout: lines of an OCR'd page to articles (kg.extract.layout)."""

from __future__ import annotations

from kg.extract.layout import classify, segment, split_head

HEAD = "2025年3月7日 星期五\n锦江新闻 第 2 版\n\n"


def page(body: str) -> list:
    return segment(HEAD + body.strip("\n") + "\n")


def test_page_head_is_split_off():
    head, rest = split_head(["2025年3月7日 星期五", "第 2 版", "社区举办义诊"])
    assert head == ["2025年3月7日 星期五", "第 2 版"]
    assert rest == ["社区举办义诊"]


def test_headline_then_byline():
    (art,) = page("""
春风送岗到社区 就业服务暖人心

本报讯 (记者 马晓 燕) 3月5日,书院街道在水井坊社区举办春季招聘会,30家企业提供岗位500余个。

现场还设置了政策咨询台,为求职者解答社保问题。
""")
    assert art.headline == "春风送岗到社区 就业服务暖人心"
    assert art.subtitle == ""
    assert art.byline == "本报讯 (记者 马晓 燕)"
    assert art.people == [("马晓燕", "reporter")]
    assert art.paragraphs == ["3月5日,书院街道在水井坊社区举办春季招聘会,30家企业提供岗位500余个。",
                              "现场还设置了政策咨询台,为求职者解答社保问题。"]


def test_headline_subtitle_byline():
    (art,) = page("""
邻里节里话和谐
——书院街道举办首届邻里文化节
本报讯 (记者 刘建国) 3月2日,书院街道在社区广场举办邻里文化节,居民们包饺子、写春联。
""")
    assert art.headline == "邻里节里话和谐"
    assert art.subtitle == "书院街道举办首届邻里文化节"     # the dash OCR'd before it is dropped
    assert art.people == [("刘建国", "reporter")]


def test_ben_bao_ji_zhe_line_between_headline_and_body():
    (art,) = page("""
织密养老服务网
本报记者 孙 丽丽
3月3日,双楠街道清水河社区长者食堂正式开业,为辖区老人提供助餐服务。
""")
    assert art.headline == "织密养老服务网"
    assert art.byline == "本报记者 孙 丽丽"
    assert art.people == [("孙丽丽", "reporter")]
    assert art.paragraphs[0].startswith("3月3日")


def test_body_printed_before_its_headline():
    arts = page("""
本报讯 (记者 陈思远) 3月4日上午,红星社区在党群服务中心开展学雷锋志愿服务活动。
志愿者们为居民免费理发、测量血压。
学雷锋 我们在行动
""")
    assert len(arts) == 1
    assert arts[0].headline == "学雷锋 我们在行动"
    assert len(arts[0].paragraphs) == 2


def test_section_marker_then_headline_and_subtitle():
    arts = page("""
本报讯 (记者 陈思远) 3月4日,红星社区开展志愿服务活动。

///, 锦 江 头 条 ///

聚焦民生实事 办好群众身边事
区政府召开民生工作推进会

3月6日,区政府召开民生实事工作推进会,部署全年重点工作任务。
""")
    assert len(arts) == 2
    assert arts[1].headline == "聚焦民生实事 办好群众身边事"
    assert arts[1].subtitle == "区政府召开民生工作推进会"
    assert arts[1].paragraphs == ["3月6日,区政府召开民生实事工作推进会,部署全年重点工作任务。"]
    assert all("头" not in p for a in arts for p in a.paragraphs)


def test_captions_are_kept_apart_and_credit_the_photographer():
    (art,) = page("""
健步走出好身体
本报讯 (记者 赵雪) 3月8日,区总工会举办职工健步走活动,600余名职工参加。
图为健步走现场。
王小明 摄
图片由校方提供
""")
    assert art.paragraphs == ["3月8日,区总工会举办职工健步走活动,600余名职工参加。"]
    assert art.captions == ["图为健步走现场。", "王小明 摄", "图片由校方提供"]
    assert ("王小明", "photographer") in art.people


def test_a_photo_credit_with_a_reporter_title_is_a_caption_not_a_byline():
    arts = page("""
春季招聘会举行
本报讯 (记者 孙丽) 3月4日,双楠街道举办春季招聘会,吸引求职者800余人。
本报记者 刘一鸣 摄
""")
    assert len(arts) == 1
    assert ("刘一鸣", "photographer") in arts[0].people
    assert ("刘一鸣", "reporter") not in arts[0].people


def test_single_character_fragments_of_a_vertical_headline_are_dropped():
    (art,) = page("""
文明实践进万家
本报讯 (记者 赵雪) 3月8日,社区举办文明实践活动。
和
谐
锦
江
居民们积极参与其中。
""")
    assert art.paragraphs == ["3月8日,社区举办文明实践活动。", "居民们积极参与其中。"]
    for fragment in ("和", "谐", "锦", "江"):
        assert classify(fragment).kind == "fragment"


def test_narrow_column_lines_are_joined_into_one_paragraph():
    (art,) = page("""
社区食堂开进小区
本报讯 (记者 孙 丽
丽)3月3日,双楠街道
清水河社区长者食堂
在锦绣小区正式开业,
为辖区60岁以上老人
提供助餐服务。
""")
    assert art.headline == "社区食堂开进小区"
    assert art.people == [("孙丽丽", "reporter")]
    assert art.paragraphs == ["3月3日,双楠街道清水河社区长者食堂在锦绣小区正式开业,为辖区60岁以上老人提供助餐服务。"]


def test_a_closing_credit_ends_its_article_and_the_next_headline_opens_a_new_one():
    arts = page("""
邻里守望 温暖同行
3月2日,清水河社区开展邻里互助活动,为独居老人上门打扫卫生。
(王 磊 报道)
春季招聘会举行
3月4日,双楠街道举办春季招聘会,吸引求职者800余人。
""")
    assert [a.headline for a in arts] == ["邻里守望 温暖同行", "春季招聘会举行"]
    assert arts[0].people == [("王磊", "reporter")]
    assert arts[0].paragraphs == ["3月2日,清水河社区开展邻里互助活动,为独居老人上门打扫卫生。"]
    assert arts[1].paragraphs == ["3月4日,双楠街道举办春季招聘会,吸引求职者800余人。"]


def test_a_headline_beginning_with_yi_keeps_it():
    (art,) = page("""
一碗腊八粥 浓浓邻里情
本报讯 (记者 何静) 1月7日,社区为居民送上腊八粥。
""")
    assert art.headline == "一碗腊八粥 浓浓邻里情"


def test_several_articles_in_order():
    arts = page("""
义诊进社区
本报讯 (记者 甲乙) 3月1日,红星社区开展义诊。
招聘进校园
本报讯 (记者 丙丁) 3月2日,区人社局举办招聘会。
""")
    assert [a.headline for a in arts] == ["义诊进社区", "招聘进校园"]
    assert [a.people for a in arts] == [[("甲乙", "reporter")], [("丙丁", "reporter")]]


# --- layouts met on pages of other districts --------------------------------------------------------------

def test_a_letter_spaced_banner_is_a_section_marker():
    (art,) = page("""
■ 乡 村 振 兴 进 行 时

果园里的课堂 技术送到枝头

本报记者 张晓丽

近日,县林业局专家走进青石村果园,为40余名果农讲解春季修剪技术。
""")
    assert art.headline == "果园里的课堂 技术送到枝头"
    assert art.people == [("张晓丽", "reporter")]


def test_a_boxed_column_title_over_its_items_is_a_headline():
    first, briefs = page("""
社区来了理发师

本报讯 (记者 马晓燕) 3月5日,水井坊社区开展义剪活动。

■ 便民简讯

△3月3日,书院街道开展垃圾分类宣传活动。

△近日,水井坊社区举办健康讲座,30余名居民参加。
""")
    assert first.headline == "社区来了理发师"
    assert briefs.headline == "便民简讯"
    assert len(briefs.paragraphs) == 2


def test_a_headline_ending_a_narrow_column_before_a_byline_is_no_column_text():
    arts = page("""
春风送岗位

本报讯 (记者 王丽
娟) 3月5日,书院街
道在水井坊社区举办
春季招聘会,30家企业
提供岗位500余个。
社区来了理发师 义剪暖人心

本报讯 (记者 马晓燕) 3月6日,水井坊社区开展义剪活动,为60余名老人免费理发。
""")
    assert [a.headline for a in arts] == ["春风送岗位", "社区来了理发师 义剪暖人心"]
    assert "理发师" not in "".join(arts[0].paragraphs)


def test_two_short_lines_of_one_headline_are_joined_a_subtitle_is_kept():
    (art,) = page("""
红梅迎新春
万家送祝福

本报讯 (记者 马晓燕) 1月20日,书院街道开展送春联活动。
""")
    assert art.headline == "红梅迎新春 万家送祝福" and art.subtitle == ""
    (art,) = page("""
直播带货学起来
晏河乡举办电商直播技能培训班

本报讯 (记者 熊伟) 近日,晏河乡组织开展电商直播技能培训班。
""")
    assert art.headline == "直播带货学起来" and art.subtitle == "晏河乡举办电商直播技能培训班"


def test_a_letter_spaced_line_over_its_byline_is_its_headline():
    (art,) = page("""
春 风 送 暖

本报讯 (记者 马晓燕) 3月5日,水井坊社区开展义剪活动。
""")
    assert art.headline == "春风送暖"


def test_a_lunar_date_line_and_full_width_page_number_are_page_head():
    head, rest = split_head(["华川新闻  ２０２４年２月２日  星期五", "   农历癸卯年腊月二十三", "",
                             "第 ２ 版  乡村振兴", "小年送福到农家"])
    assert rest == ["小年送福到农家"]


def test_a_byline_broken_across_lines_and_page_credits_between_articles():
    arts = page("""
小年送福到农家 翰墨飘香迎新春

本报讯(记者 马 晓
东 通讯员 冯亚楠) 当天上午,县文联组织书法家走进新庄村,开展写春联送福活动。

直播间里卖山货 电商培训助增收

本报讯(通讯员 冯亚楠) 1月29日至31日,县商务局举办农村电商直播带货培训班,并带领学员现场直播销售

责任编辑:李 娜    电话:０９３３-８６１２３４５

苹果、核桃等山货。
""")
    assert [a.headline for a in arts] == ["小年送福到农家 翰墨飘香迎新春", "直播间里卖山货 电商培训助增收"]
    assert arts[0].people == [("马晓东", "reporter"), ("冯亚楠", "correspondent")]
    assert not any("责任编辑" in p for p in arts[1].paragraphs)


def test_the_papers_name_above_the_date_is_page_head():
    head, rest = split_head(["锦江新闻 社区版", "2025年3月7日 星期五 农历乙巳年二月初八", "第 3 版", "社区举办义诊"])
    assert rest == ["社区举办义诊"]
    # a headline above body text is no masthead
    head, rest = split_head(["社区举办义诊", "本报讯 3月5日，社区举办义诊。"])
    assert head == []


def test_a_stack_of_headlines_between_two_articles_is_no_column():
    first, second = page("""
本报讯 (记者 马晓燕) 昨日，书院街道在水井坊社区召开协调会，40余名居民代表参加。
老旧小区改造听民意

邻里议事会
议出停车新办法

本报讯（通讯员 周宁）本月8日，东光社区邻里议事会在社区党群服务中心召开。
""")
    assert first.headline == "老旧小区改造听民意"
    assert second.headline.replace(" ", "") == "邻里议事会议出停车新办法"


def test_the_second_line_of_a_headline_printed_after_its_body_comes_before_its_caption():
    first, second = page("""
本报讯 (记者 马晓燕) 3月5日上午，书院街道广场舞大赛在文化广场举行，300余名居民参赛。
舞动春天 乐享健康
书院街道举办广场舞大赛

图为获得一等奖的舞蹈队 马晓燕 摄

非遗展演进社区 古韵新声暖人心

本报讯（记者 周宁）上周六，锦江区文化馆组织的非遗展演走进水井坊社区。
""")
    assert first.headline == "舞动春天 乐享健康"
    assert first.subtitle == "书院街道举办广场舞大赛"
    assert second.headline == "非遗展演进社区 古韵新声暖人心"


def test_a_headline_broken_before_its_event_noun_is_one_headline():
    (art,) = page("""
锦江区首届"村BA"
篮球赛在水井坊社区开赛

本报讯（记者 周宁）3月2日下午，锦江区首届"村BA"篮球赛在水井坊社区开赛。
""")
    assert art.headline == '锦江区首届"村BA"篮球赛在水井坊社区开赛'
    assert art.subtitle == ""


def test_a_headline_above_a_body_line_with_a_date_is_no_masthead():
    head, rest = split_head(["社区举办义诊", "本报讯 2025年3月5日，社区举办义诊。"])
    assert head == [] and rest[0] == "社区举办义诊"


# --- bodies before their headlines (a fifth round of pages) ------------------------------------------------

def test_a_line_that_goes_on_with_a_sentence_is_no_headline():
    arts = page("""
本报讯 (记者 陈思远) 3月1日当天,锦
江区双拥工作领导小组办公室在区退役军人服
务中心举行签约仪式,军地双方代表40余人参加。
根据协议,各共建单位将为部队官兵和军属提供服务。
军地携手签协议 双拥共建谱新篇
""")
    assert len(arts) == 1
    assert arts[0].headline == "军地携手签协议 双拥共建谱新篇"


def test_two_headlines_stacked_after_a_body_are_the_one_before_and_the_next():
    arts = page("""
本报讯 (记者 王思远) 近日,红星社区开展反诈讲座,80余名老年居民参加。
讲座中,民警结合真实案例,揭露了养老诈骗的常见套路。
守好"养老钱" 民警进社区讲反诈
健康义诊暖人心
本报讯 (记者 周敏) 日前,区中医医院组织医务人员走进柳林社区开展义诊。
""")
    assert [a.headline for a in arts] == ['守好"养老钱" 民警进社区讲反诈', "健康义诊暖人心"]


def test_two_stacked_headlines_after_a_narrow_column():
    arts = page("""
本报讯 (记者

王思远) 近日,沙

湖区公安分局南湖派出所

民警走进樱花苑社区,

开展反诈讲座。

守好"养老钱" 民警进社区讲反诈

健康义诊暖人心

本报讯 (记者 周敏) 日前,区中医医院组织医务人员走进柳林社区开展义诊。
""")
    assert [a.headline for a in arts] == ['守好"养老钱" 民警进社区讲反诈', "健康义诊暖人心"]


def test_a_page_that_ends_with_the_headline_of_its_last_article():
    arts = page("""
迎新春 送祝福

本报讯 (记者 于海洋) 1月25日,滨江街道在春晖社区举办写春联活动。

本报讯 (记者 王 蕾) 昨天下午,友谊街道江
畔社区"金蛇迎新春 邻里一家亲"迎新春联欢会
在社区活动中心热闹上演,辖区200余名居民欢
聚一堂。
联欢会在社区舞蹈队的秧歌表演中拉开帷幕,
二人转、合唱、快板等节目精彩纷呈。
金蛇迎新春 邻里共欢聚
""")
    assert [a.headline for a in arts] == ["迎新春 送祝福", "金蛇迎新春 邻里共欢聚"]
    assert arts[1].paragraphs[0].startswith("昨天下午")


# --- round 6: a headline set inside the column its byline opens ------------------------------------------

def test_a_headline_inside_a_byline_column_after_its_first_paragraph():
    arts = page("""
春风送岗到社区 就业服务暖人心

本报讯 (记者 马晓燕) 3月5日,书院街道在水井坊社区举办招聘会。

本报讯 (记者 周敏) 3月6日,
由区妇联主办、区图书馆承办的
亲子阅读讲座在区图书馆报告厅
举行,200余名家长到场聆听。
专家领读 亲子共成长
讲座中,专家结合绘本讲解了亲子
阅读的方法,并现场解答了家长
提出的问题。
""")
    assert [a.headline for a in arts] == ["春风送岗到社区 就业服务暖人心", "专家领读 亲子共成长"]
    assert arts[1].paragraphs[0].startswith("3月6日")
    assert any(p.startswith("讲座中") for p in arts[1].paragraphs)


def test_a_headline_wider_than_the_column_it_interrupts_mid_sentence():
    arts = page("""
春风送岗到社区 就业服务暖人心

本报讯 (记者 马晓燕) 3月5日,书院街道在水井坊社区举办招聘会。

本报讯 (记者 周 敏)
近日,区农业农村局
联合东湖镇人民政
府在东湖镇举办春

春耕时节送技术 田间地头添干劲

耕农技培训班,来自全镇的60余名种植大户参加培训。
""")
    assert [a.headline for a in arts] == ["春风送岗到社区 就业服务暖人心", "春耕时节送技术 田间地头添干劲"]
    assert "举办春耕农技培训班" in arts[1].paragraphs[0]


def test_headlines_printed_after_their_bodies_in_a_row():
    arts = page("""
本报讯 (记者 海文静) 10月12日,红柳湾街道负责人一行走访慰问辖区百岁老人,送去慰问金和节日祝福。

据了解,红柳湾街道现有百岁老人5名。

红柳湾街道走访慰问百岁老人

本报讯 (记者 丁志宏) 本周二,区老年大学主办的老年人智能手机运用培训班开班,65名老年学员参加。

据悉,区老年大学今年将陆续开设4期智能手机培训班。

指尖学新技 银龄跨数字鸿沟

老年人秋季运动会开幕

本报讯 (记者 李玉霞) 前日,区老年人体育协会主办的老年人秋季运动会在区全民健身中心开幕。
""")
    assert [a.headline for a in arts] == ["红柳湾街道走访慰问百岁老人", "指尖学新技 银龄跨数字鸿沟", "老年人秋季运动会开幕"]


def test_a_headline_before_the_next_byline_stays_the_next_articles_when_the_next_has_its_own_before():
    arts = page("""
本报讯 (记者 海文静) 10月12日,红柳湾街道负责人一行走访慰问辖区百岁老人,送去慰问金和节日祝福。

老年人秋季运动会开幕

本报讯 (记者 李玉霞) 前日,区老年人体育协会主办的老年人秋季运动会在区全民健身中心开幕。

义诊进社区

本报讯 (记者 陈丽) 7月10日,区人民医院在新港社区开展义诊活动。
""")
    assert [a.headline for a in arts][1:] == ["老年人秋季运动会开幕", "义诊进社区"]


def test_a_box_title_over_its_items_starts_an_article():
    arts = page("""
市民讲座 走进社区
本报讯 (记者 陈思远) 3月4日上午,红星社区在党群服务中心开展讲座。
近期活动
■“春日书香”读书会 时间:3月9日上午9时 地点:区图书馆 主办:区图书馆
""")
    assert [a.headline for a in arts] == ["市民讲座 走进社区", "近期活动"]


def test_a_line_printed_before_a_byline_ends_the_sentence_the_byline_breaks_off():
    arts = page("""
市民讲座 走进社区
本报讯 (记者 陈思远) 3月4日上午,红星社区在党群服务中心开展讲座。
线上求职 天天有
联合本地人才网推出网上招聘会,为企业和求职者搭建平台。
本报讯 (记者 李明) 为保障企业用工需求,3月2日起,锦江区人社局
招聘会为期一周,求职者通过手机即可投递简历。
""")
    assert [a.headline for a in arts] == ["市民讲座 走进社区", "线上求职 天天有"]
    assert arts[1].paragraphs[0].endswith("锦江区人社局联合本地人才网推出网上招聘会,为企业和求职者搭建平台。")


def test_a_body_closed_by_the_office_that_sent_it_is_an_article_of_its_own():
    arts = page("""
市民讲座 走进社区
本报讯 (记者 陈思远) 3月4日上午,红星社区在党群服务中心开展讲座。
锦江区防控工作情况通报
截至3月3日,全区共设置卡点260个。(区防控办公室供稿)
""")
    assert [a.headline for a in arts] == ["市民讲座 走进社区", "锦江区防控工作情况通报"]


# --- round nine ---------------------------------------------------------------------------------------------

def test_a_headline_set_inside_a_paragraph_cut_mid_word_is_the_articles_own():
    arts = page("""
本报讯 (记者 王五) 为确保节日期间安全,9月20日,锦江区消防救援大队联合区市场监督管理局,对金星

冬季防火 守护平安

商场、百货大楼等场所开展冬季消防安全检查。

检查组一行深入商场各楼层,重点检查了疏散通道是否畅通、消防设施是否完好有效。
""")
    assert len(arts) == 1
    assert arts[0].headline == "冬季防火 守护平安"
    assert any("对金星商场、百货大楼" in p.replace(" ", "") for p in arts[0].paragraphs)


def test_a_headline_and_its_bare_byline_set_inside_a_paragraph_open_the_article():
    arts = page("""
招聘进社区 岗位送上门

本报讯 (记者 赵六) 3月1日,锦江区人社局举办专场招聘会,吸引2000余人次入场求职。

今天,锦江区中小学迎来开学第一天。今天上午,锦江区教育局联合区市场监督管理局组成检查组,深入锦江

校园安全 开学第一课

本报讯 (记者 孙七)

区实验小学、锦江区第二中学等学校开展开学安全检查。
""")
    assert [a.headline for a in arts] == ["招聘进社区 岗位送上门", "校园安全 开学第一课"]
    assert any("深入锦江区实验小学" in p.replace(" ", "") for p in arts[1].paragraphs)


def test_a_quoted_title_with_a_space_broken_before_its_noun_is_one_headline():
    arts = page("""
"春满锦江 欢度佳节"

系列演出即将开演

本报讯 (记者 王五) 记者从锦江区文化馆获悉,3月20日起,该馆将在市民广场举办系列文艺演出。
""")
    assert arts[0].headline.replace(" ", "").endswith("系列演出即将开演")


def test_a_letter_spaced_label_between_byline_and_body_is_no_article():
    arts = page("""
暑托班里收获满满

本报讯 (记者 马晓燕 通讯员 冯亚楠)

活 动 现 场

昨天上午,书院街道水井坊社区暑托班结业展示活动在社区举行。

托管班的孩子登台表演了舞蹈。
""")
    assert [a.headline for a in arts] == ["暑托班里收获满满"]
    assert arts[0].paragraphs[0].startswith("昨天上午")


def test_a_page_name_under_the_date_line_is_no_article():
    arts = page("""
东岭·社区

走街串巷入户忙 人口普查"不漏一人"

——凤鸣街道扎实推进第七次全国人口普查登记工作

本报讯 (记者 蒋立群) 11月1日起,凤鸣街道普查员开展入户登记。
""")
    assert [a.headline for a in arts] == ['走街串巷入户忙 人口普查"不漏一人"']


# --- round eighteen -----------------------------------------------------------------------------------------

def test_a_headline_and_its_subtitle_set_inside_a_paragraph_cut_mid_word():
    arts = page("""
本报讯 (记者 王五) 4月12日上午,锦江区春季全民运动会开幕。比赛设置了拔河、跳长绳、三人篮球、乒乓球

全民健身动起来 邻里同乐展风采

锦江区春季运动会开幕

等竞技项目,还有"袋鼠跳""同心鼓"等趣味项目,男女老少都能找到适合自己的赛场。
""")
    assert len(arts) == 1
    assert arts[0].headline == "全民健身动起来 邻里同乐展风采"
    body = "".join(arts[0].paragraphs).replace(" ", "")
    assert "乒乓球等竞技项目" in body and "运动会开幕等" not in body


def test_a_headline_cut_after_an_opening_quote_is_one_headline():
    arts = page("""
家门口就业 "
稳"稳的幸福

本报讯 (记者 罗佳) 昨日上午,青崖街道松柏里社区就业服务站正式揭牌运行。
""")
    assert [a.headline.replace(" ", "") for a in arts] == ['家门口就业"稳"稳的幸福']
