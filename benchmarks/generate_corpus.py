#!/usr/bin/env python3
"""Generate a synthetic archive of OCR'd district-newspaper pages, for benchmarking bulk ingestion.

    python benchmarks/generate_corpus.py OUT_DIR --issues N [--seed S] [--start 2016-01-04]

Writes N files OUT_DIR/YYYY-MM-DD.txt (UTF-8), one per issue, in the style of data/samples/: a date
head ("2024年10月18日 星期五"), then 6-12 articles (headline, optional subtitle, byline, paragraphs),
about 8-20 KB a page. Papers appear about 300 days a year: no issue on Sundays, 元旦, 五一 (1-3),
国庆 (1-7) and 除夕 to 初六.

Everything is drawn from template pools, never copied from the sample page:
- one district per corpus (one paper), chosen by the seed among districts of several provinces;
  its 街道/镇 (8-15) and their 社区/村 (5-20 each) are made from syllable pools. Communities (and
  venues) open slowly over the archive and are chosen Zipf-like, so a name first appears at some
  issue and recurs after, as in a real archive;
- event articles of every event type of the contract (敬老慰问, 画展, 培训, 义诊/理发, 文艺汇演,
  报告会/讲座, 防诈骗/家政进社区, 巡察, 推进会/座谈会, 登高/运动会, 招聘会, 手工/茶话会, and
  系列活动 where several communities each do something), with organizers, places written the ways
  papers write them (X街道Y社区, 该街道Z社区, A、B、C等多个街道, 区民政局), head counts (近800人次,
  120余人) and times relative to the issue date (10月10日, 昨日, 近日, 上周五, 重阳节当天,
  中秋节前夕, 春节期间, 8月底, 本月中旬 ...);
- feature articles without events (综述, policy, profiles: 常态化 text, quotes of residents);
- OCR artifacts, each with a probability: spaces inside words, ASCII punctuation, narrow columns
  (lines of 8-14 characters), captions (图为…), section markers (///, X X 头 条 ///), a headline
  printed after the start of its body, paragraphs cut mid-sentence, stray characters.

Output depends only on the seed and the start date, and the first k issues of a longer run are the
same files as a run of k issues. Two random.Random instances seeded from the seed (one for the pools,
one for the pages); no global random, no clock. Festival days come from lunar_python (a project dependency).
"""

from __future__ import annotations

import argparse
import bisect
import math
import random
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

WEEKDAYS = "一二三四五六日"

# ---------------------------------------------------------------------------------------------
# Names of the real sample page (data/samples/2024-10-18.txt): never generated.

SAMPLE_NAMES = (
    "平城", "大同", "永泰", "新旺", "卧虎湾", "武定", "迎宾", "古城", "文瀛湖", "凯德世家", "工农路",
    "柳港园", "山橡", "鸿浩嘉园", "西苑", "岳翠园", "白泊洼", "振兴街", "绿园", "永安里", "万城",
    "理想城", "育才", "魏都", "振华", "田村", "杨昱郁", "邱东芳", "邸东芳", "段雨萌", "尚丽", "刘剑",
    "丁亚琴", "王怀云", "许江涛", "张泽涛", "刘佳瑶", "田德宏", "王德生",
)

# (province, city, district, rural): the district of each paper; rural districts have more 镇/村.
DISTRICTS = [
    ("河南省", "洛阳市", "涧西区", False), ("湖北省", "宜昌市", "西陵区", False),
    ("江苏省", "徐州市", "泉山区", False), ("四川省", "绵阳市", "涪城区", True),
    ("陕西省", "宝鸡市", "金台区", True), ("安徽省", "芜湖市", "镜湖区", False),
    ("吉林省", "四平市", "铁东区", True), ("湖南省", "株洲市", "芦淞区", False),
    ("河北省", "邯郸市", "丛台区", True), ("山东省", "淄博市", "张店区", False),
    ("甘肃省", "天水市", "秦州区", True), ("辽宁省", "锦州市", "凌河区", False),
]

# Syllable pools for place names.
SYL_A = ("和平兴华安康福泰瑞新东西南北金银龙凤桃柳枫松梅兰明光长青红石铁汉秦云清嘉丰宝建胜利前进"
         "文德仁湖河江山林桥阳春秋鼓钟塔锦翠碧沙雁鹤槐杏榆枣荷莲泉滨旭晨曦昌盛隆祥顺达通")
SYL_B = ("新兴华安阳山桥湖园林庄门源泉峰城丰宁和泰明平盛隆昌河关坊湾店岗岭坪溪川洲亭苑台阁")
SURNAMES = ("王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余于杜叶"
            "程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦侯江尹薛闫段雷龙黎史陶贺毛郝"
            "顾龚邵万武钱戴严孔向常汤康易乔赖")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏飞宇浩然欣怡佳琪雪梅"
         "晓东海燕志强春林凤霞丹婷俊峰瑞博文昊天宏亮晶莹颖慧嘉琳思远子涵雨泽晨阳立新永红淑珍秀英")
VILLAGE_TAILS = "庄营堡屯洼湾沟寨坡岭窑坪"
COMMUNITY_FORMS = [("{a}{b}", 5), ("{a}{b}路", 4), ("{a}{b}街", 2), ("{a}{b}里", 2), ("{a}{b}苑", 2),
                   ("{a}{b}嘉园", 1), ("{a}{b}家园", 1), ("{a}{b}花园", 1), ("{a}{b}南院", 1),
                   ("{a}{b}北院", 1), ("{a}{b}新村", 1), ("{a}{b}小区", 1)]
SUB_FORMS = [("{a}{b}", 7), ("{a}{b}路", 2), ("{a}{b}门", 1)]


def _weighted(rng: random.Random, pairs):
    forms, weights = zip(*pairs)
    return rng.choices(forms, weights=weights)[0]


@dataclass(eq=False)
class Community:
    name: str          # 柳岸社区, 王家庄村
    sub: "Subdistrict"

    @property
    def stem(self) -> str:
        return self.name[:-2] if self.name.endswith("社区") else self.name[:-1]


@dataclass(eq=False)
class Subdistrict:
    name: str          # 南湖街道, 红石镇
    kind: str          # 街道 / 镇
    communities: list[Community] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return self.name[:-2] if self.kind == "街道" else self.name[:-1]


@dataclass
class Org:
    full: str          # 涧西区民政局
    short: str         # 区民政局


class GrowingPool:
    """Items in order of birth; about initial + rate*sqrt(i) of them exist at issue i, and a choice is
    Zipf-like (the older, the likelier). A newly opened item waits in a debut queue and is chosen soon,
    so new names keep appearing; an item used before its time (touch) is born then."""

    def __init__(self, items: list, initial: int, full_at: int, s: float = 0.5):
        self.items = list(items)
        self.initial = max(1, min(initial, len(items)))
        self.rate = (len(items) - self.initial) / math.sqrt(max(full_at, 1))
        self.cum = list(accumulate(1.0 / (i + 1) ** s for i in range(len(items))))
        self.open = self.initial
        self.debut: deque = deque()
        self.pos = {id(x): i for i, x in enumerate(self.items)}

    def advance(self, issue_index: int) -> None:
        target = min(len(self.items), self.initial + int(self.rate * math.sqrt(issue_index)))
        while self.open < target:
            self.debut.append(self.items[self.open])
            self.open += 1

    def pick(self, rng: random.Random):
        if self.debut and rng.random() < 0.4:
            return self.debut.popleft()
        x = rng.random() * self.cum[self.open - 1]
        return self.items[min(bisect.bisect_left(self.cum, x), self.open - 1)]

    def is_open(self, item) -> bool:
        return self.pos[id(item)] < self.open

    def touch(self, item):
        """Open `item` now if it is not yet born (it takes the next birth slot)."""
        i = self.pos[id(item)]
        if i >= self.open and self.open < len(self.items):
            j = self.open
            other = self.items[j]
            self.items[i], self.items[j] = other, item
            self.pos[id(other)], self.pos[id(item)] = i, j
            self.open += 1
        return item


class Corpus:
    """The pools of one paper: its district, places, venues, organizations and reporters."""

    def __init__(self, seed: int):
        rng = self.rng = random.Random(seed)
        self.used: set[str] = set()
        self.province, self.city, self.district, rural = DISTRICTS[rng.randrange(len(DISTRICTS))]
        self.ds = self.district[:-1]                                  # 涧西
        self.subs: list[Subdistrict] = []
        for _ in range(rng.randint(8, 15)):
            town = rng.random() < (0.45 if rural else 0.15)
            kind = "镇" if town else "街道"
            sub = Subdistrict(self._name(SUB_FORMS) + kind, kind)
            for _ in range(rng.randint(5, 20)):
                if town and rng.random() < 0.8:
                    stem = self._village()
                    sub.communities.append(Community(stem + "村", sub))
                else:
                    sub.communities.append(Community(self._name(COMMUNITY_FORMS) + "社区", sub))
            self.subs.append(sub)
        comms = [c for s in self.subs for c in s.communities]
        rng.shuffle(comms)
        self.communities = GrowingPool(comms, initial=len(comms) // 4, full_at=900)
        self.sub_weights = list(accumulate(1.0 / (i + 1) ** 0.6 for i in range(len(self.subs))))

        d = self.district
        self.venues = GrowingPool(self._venues(comms), initial=12, full_at=1200)
        self.schools = [f"{d}第{n}中学" for n in rng.sample(range(1, 40), 6)] + \
                       [f"{d}{n}校" for n in rng.sample(range(2, 60), 8)] + \
                       [self._name([("{a}{b}", 1)]) + "小学" for _ in range(5)]
        self.parks = [self._name([("{a}{b}", 1)]) + t for t in ("公园", "公园", "湖公园", "广场", "广场",
                                                               "文化广场", "体育公园")]
        self.xiaoqu = [self._name([("{a}{b}", 3), ("{a}{b}花园", 1), ("{a}{b}名苑", 1)]) + "小区"
                       for _ in range(30)]
        self.companies = [self._name([("{a}{b}", 1)]) + t for t in
                          ("家政服务有限公司", "物业服务有限公司", "职业培训学校", "美容美发店",
                           "商贸有限公司", "餐饮有限公司", "养老服务有限公司", "社会工作服务中心")]
        self.orgs = self._orgs()
        self.reporters = [self._person() for _ in range(20)]
        self.reporter_cum = list(accumulate(1.0 / (i + 1) ** 0.5 for i in range(20)))
        self.officials = [self._person() for _ in range(60)]

    # -- names --------------------------------------------------------------------------------
    def _fresh(self, make) -> str:
        for _ in range(200):
            n = make()
            if n and n not in self.used and not any(s in n for s in SAMPLE_NAMES):
                self.used.add(n)
                return n
        raise RuntimeError("name pool exhausted")

    def _name(self, forms) -> str:
        rng = self.rng

        def make():
            a, b = rng.choice(SYL_A), rng.choice(SYL_B)
            return _weighted(rng, forms).format(a=a, b=b) if a != b else ""
        return self._fresh(make)

    def _village(self) -> str:
        rng = self.rng

        def make():
            if rng.random() < 0.6:
                return rng.choice(SURNAMES) + "家" + rng.choice(VILLAGE_TAILS)
            return rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(VILLAGE_TAILS)
        return self._fresh(make)

    def _person(self) -> str:
        rng = self.rng
        return self._fresh(lambda: rng.choice(SURNAMES) + "".join(rng.choice(GIVEN)
                                                                   for _ in range(rng.choice((1, 2, 2, 2)))))

    def _venues(self, comms: list[Community]) -> list[str]:
        rng, d = self.rng, self.district
        out = []
        for c in rng.sample(comms, min(len(comms), 24)):
            if c.name.endswith("社区"):
                out.append(c.name + rng.choice(("养老服务中心", "日间照料中心", "党群服务中心", "新时代文明实践站")))
            else:
                out.append(c.name + rng.choice(("幸福院", "党群服务中心", "文化广场")))
        for _ in range(6):
            out.append(self._name([("{a}{b}", 1)]) + rng.choice(("老年公寓", "敬老院", "颐养中心")))
        out += [f"{d}文化馆", f"{d}图书馆", f"{d}新时代文明实践中心", f"{d}体育馆", f"{d}老年大学",
                f"{d}人力资源市场", f"{d}政务服务中心", f"{d}青少年活动中心", f"{d}融媒体中心"]
        rng.shuffle(out)
        return out

    def _orgs(self) -> dict[str, Org]:
        d, ds, city = self.district, self.ds, self.city
        o = {k: Org(d + v, "区" + v) for k, v in {
            "民政": "民政局", "人社": "人社局", "卫健": "卫健局", "教育": "教育局", "文旅": "文旅局",
            "司法": "司法局", "市监": "市场监督管理局", "退役": "退役军人事务局", "住建": "住建局",
            "应急": "应急管理局", "医保": "医保局", "宣传": "委宣传部", "组织": "委组织部",
            "纪委": "纪委监委", "巡察": "委巡察办", "工会": "总工会", "妇联": "妇联", "残联": "残联",
            "文联": "文联", "科协": "科协", "红会": "红十字会", "关工委": "关工委", "工商联": "工商联",
            "就业": "公共就业服务中心", "医院": "人民医院", "中医院": "中医医院", "消防": "消防救援大队",
            "老龄": "老龄办",
        }.items()}
        o["区委"] = Org(d + "委", "区委")
        o["团委"] = Org(f"共青团{d}委", "团区委")
        o["公安"] = Org(f"{city}公安局{ds}分局", f"{ds}分局")
        for k, v in {"商会": "企业家商会", "书协": "书法家协会", "美协": "美术家协会", "摄协": "摄影家协会",
                     "老体协": "老年人体育协会", "志协": "志愿者协会", "家政协": "家政服务协会",
                     "餐协": "餐饮行业协会"}.items():
            o[k] = Org(d + v, v)
        return o

    # -- picks ------------------------------------------------------------------------------
    def sub(self, rng: random.Random) -> Subdistrict:
        x = rng.random() * self.sub_weights[-1]
        return self.subs[bisect.bisect_left(self.sub_weights, x)]

    def reporter(self, rng: random.Random) -> str:
        x = rng.random() * self.reporter_cum[-1]
        return self.reporters[bisect.bisect_left(self.reporter_cum, x)]


# ---------------------------------------------------------------------------------------------
# Calendar

@lru_cache(maxsize=None)
def festivals(year: int) -> dict[str, date]:
    from lunar_python import Lunar

    def lunar(m, d):
        s = Lunar.fromYmd(year, m, d).getSolar()
        return date(s.getYear(), s.getMonth(), s.getDay())
    return {"春节": lunar(1, 1), "元宵节": lunar(1, 15), "端午节": lunar(5, 5), "中秋节": lunar(8, 15),
            "重阳节": lunar(9, 9), "学雷锋纪念日": date(year, 3, 5), "三八": date(year, 3, 8),
            "植树节": date(year, 3, 12), "五四": date(year, 5, 4), "六一": date(year, 6, 1),
            "七一": date(year, 7, 1), "八一": date(year, 8, 1), "教师节": date(year, 9, 10),
            "国庆节": date(year, 10, 1), "国际志愿者日": date(year, 12, 5)}


FEST_TEXT = {"三八": "“三八”国际妇女节", "五四": "“五四”青年节", "六一": "“六一”国际儿童节",
             "七一": "“七一”", "八一": "“八一”建军节"}
LUNAR_TEXT = {"春节": "正月初一", "元宵节": "正月十五", "端午节": "五月初五", "中秋节": "八月十五",
              "重阳节": "九月初九"}


def is_issue_day(d: date) -> bool:
    if d.weekday() == 6 or (d.month, d.day) == (1, 1):
        return False
    if d.month == 5 and d.day <= 3 or d.month == 10 and d.day <= 7:
        return False
    for y in (d.year, d.year + 1):
        cny = festivals(y)["春节"]
        if cny - timedelta(days=1) <= d <= cny + timedelta(days=5):
            return False
    return True


def issue_days(start: date):
    d = start
    while True:
        if is_issue_day(d):
            yield d
        d += timedelta(days=1)


def season_tags(D: date) -> dict[str, date | None]:
    """The festivals near D (name → day) and the season words of D's month (name → None)."""
    tags: dict[str, date | None] = {}
    for y in (D.year - 1, D.year, D.year + 1):
        for name, day in festivals(y).items():
            lo, hi = (-20, 8) if name == "春节" else (-9, 6)
            if lo <= (day - D).days <= hi:
                tags[name] = day
    m = D.month
    for tag, months in {"敬老月": (10,), "国防月": (9,), "春风": (2, 3), "援助月": (1,), "暑期": (7, 8),
                        "冬季": (11, 12, 1, 2), "消防月": (11,), "开学": (3, 9), "反诈": tuple(range(1, 13)),
                        "夏季": (6, 7, 8), "秋季": (9, 10, 11)}.items():
        if m in months:
            tags.setdefault(tag, None)
    if m == 10 and 8 <= D.day <= 25:
        tags["国庆期间"] = None
    return tags


# ---------------------------------------------------------------------------------------------
# Event templates. Each kind has scenes; a scene with a tag (a festival or season word, see
# season_tags) is used only in season, and preferred then. "{key}" fields are filled per article
# (see Writer.fields). Quotes are written “…” and may turn ASCII on the page.

def S(tag="", head=(), lead=(), detail=(), quote=(), sub=(), caption=()):
    return dict(tag=tag, head=list(head), lead=list(lead), detail=list(detail), quote=list(quote), sub=list(sub),
                caption=list(caption))


T = {}

T["elder"] = dict(
    org=("民政", "老龄", "退役", "工会", "妇联", "红会", "商会", "sub"),
    purpose=["为弘扬孝亲敬老的中华传统美德", "为让辖区老年人感受到党和政府的温暖",
             "为营造孝老爱亲的良好社会氛围", "为进一步做好辖区特殊困难老人关爱服务工作"],
    close=["此次活动进一步弘扬了尊老敬老的传统美德,让老人们真切体会到社会大家庭的温情。",
           "下一步,{org_s}将持续关注辖区老年人的生活状况,常态化开展走访慰问,切实解决老年人的急难愁盼问题。"],
    caption=["图为工作人员为老人送上慰问品", "图为志愿者与老人亲切交谈", "图为{venue}的老人们收到节日礼物"],
    detail=["走访中,工作人员还仔细查看了老人家中的水、电、燃气等设施,提醒老人注意居家安全,并为独居老人发放了紧急呼叫卡,留下网格员的联系电话。",
            "近年来,{org_s}不断完善特殊困难老年人探访关爱制度,联合街道、社区建立“邻里守望”结对帮扶机制,让独居、空巢老人有人问、有人管、有人帮。",
            "{venue}负责人介绍,目前在院老人{n_mid}余位,院里每月为老人们过一次集体生日,每周组织一次文体活动,老人们生活得舒心、安心。"],
    scenes=[
        S("重阳", head=["九九重阳节 浓浓敬老情", "情暖重阳 爱满{cstem}", "{org_s}开展重阳节慰问活动"],
          sub=["{org}联合{org2}走访慰问高龄老人"],
          lead=["{purpose},{when},{org}联合{org2}走进{place}及{venue},给老人们带去节日的问候。",
                "{fest_day}是农历九月初九重阳节。{purpose},{org}组织工作人员来到{venue},看望慰问在这里生活的老人们。"],
          detail=["{date2},{org_s}工作人员和{org2}的爱心人士一同来到{xiaoqu},走进{age}岁老人{elder}的家中。“老人家,身体还好吧?”大家拉着老人的手嘘寒问暖,仔细了解老人的身体状况和生活需求,并送上{gifts}。",
                  "在{venue},工作人员与老人们围坐在一起唠家常,还为大家准备了长寿面和寿桃。{org2}的志愿者为老人们表演了戏曲选段和快板,陪老人们过了一个热闹的重阳节。",
                  "此次活动共走访慰问{cnt_small}老人,发放慰问金和慰问品折合人民币{money}余元。"],
          quote=["“党和政府一直惦记着我们这些老人,每年重阳节都来看我们,心里真是热乎乎的。”{age}岁的{elder}老人拉着工作人员的手说。",
                 "“作为企业,在发展的同时也要回报社会。”{shanghui}会长{official2}说,今后将继续参与社会公益事业,把关爱传递给更多需要帮助的人。"]),
        S("春节", head=["新春走访送温暖 真情关怀暖人心", "{sub}开展春节走访慰问活动", "年货送到家 温暖进心田"],
          lead=["{when},{org}工作人员来到{place},走访慰问了辖区{cnt_small}困难老人和特困家庭,为他们送去了{gifts}和新春祝福。",
                "{purpose},{when},{org}开展“{theme}”春节走访慰问活动,把党和政府的关怀送到困难群众心坎上。"],
          detail=["每到一户,工作人员都与老人拉家常、问冷暖,详细了解他们的身体状况和生活困难,叮嘱他们注意用电、用气安全,并为他们贴上了春联和福字。",
                  "据了解,今年春节前后,{org_s}共筹措慰问资金{money}余元,走访慰问困难老人、低保户、残疾人家庭等{n_mid}余户。"],
          quote=["“年年都有人来看我,还送来这么多年货,这个年过得踏实。”{age}岁的{elder}说。"]),
        S("中秋", head=["月圆中秋 情暖老人", "中秋送月饼 浓情暖人心"],
          lead=["{when},{org}组织志愿者走进{place},为辖区独居、空巢老人送去月饼和节日祝福。"],
          detail=["志愿者们与老人们围坐在一起,一边品尝月饼,一边拉家常,详细了解老人们的生活情况和实际需求。",
                  "此次活动共为{cnt_small}老人送去了月饼、水果等慰问品。"],
          quote=["“孩子们在外地工作回不来,社区的志愿者就像自家孩子一样。”{elder}老人感动地说。"]),
        S("敬老月", head=["敬老月里话孝老 {cstem}暖人心", "敬老月里暖意浓"],
          lead=["每年10月为“敬老月”。{purpose},{when},{org}走进{place},开展“{theme}”主题敬老慰问活动。"],
          detail=["活动中,网格员和志愿者为老人们打扫卫生、整理房间,还为行动不便的老人送上了轮椅和助行器。"],
          quote=["“社区有事想着我们老人,这心里暖和。”老人{elder}说。"]),
        S("", head=["走访慰问送温暖 点滴关怀暖人心", "关爱高龄老人 传递社会温情", "{org_s}走访慰问困难老人",
                    "用心用情 守护“夕阳红”"],
          sub=["{sub}走访慰问辖区困难老人"],
          lead=["{when},{org}工作人员来到{place},走访慰问了辖区{cnt_small}高龄、独居老人,为他们送去了{gifts}。",
                "{purpose},{when},{place}组织网格员和志愿者走进辖区困难老人家中,开展“{theme}”主题走访慰问活动。"],
          detail=["在{venue},工作人员与老人们围坐在一起唠家常,详细询问大家的饮食起居、健康状况,叮嘱老人们注意天气变化,按时服药。志愿者还为老人们测量血压、修剪指甲,现场气氛温馨融洽。",
                  "此次活动共走访慰问{cnt_small}老人,发放慰问金和慰问品折合人民币{money}余元。每到一户,工作人员都详细记录老人的困难和诉求,能当场解决的当场解决,一时解决不了的建立台账、跟踪落实。",
                  "据了解,{sub}现有80岁以上高龄老人{n_old}余人,其中独居、空巢老人{n_mid}余人。{anaph}建立了“一老一档”,由网格员定期上门探望,做到底数清、情况明。"],
          quote=["“老人们为国家和社会作出了贡献,关心关爱他们是我们义不容辞的责任。”{org_s}负责人{official}表示,今后将持续做好养老服务工作,让老人们老有所养、老有所乐。",
                 "“隔三岔五就有人来看我,问我缺啥少啥,我这心里踏实。”{age}岁的{elder}老人说。"]),
    ],
)

T["exhibit"] = dict(
    org=("文联", "文旅", "宣传", "书协", "美协", "摄协"),
    purpose=["为丰富群众精神文化生活", "为展示新时代{D}发展成就", "为传承弘扬中华优秀传统文化"],
    close=["此次展览为广大书画爱好者搭建了交流展示的平台,营造了浓厚的文化氛围。",
           "据悉,此次展览将持续至本月底,面向市民免费开放。"],
    caption=["图为市民在{venue_c}参观书画展", "图为书画展现场"],
    detail=["{org2}主席{official}介绍,此次展览历时{n_few}个月筹备,共征集作品{n_mid}余幅,经过专家评审,最终遴选出部分优秀作品参展。",
            "展厅一角还设置了互动体验区,工作人员现场教授小朋友们握笔、运笔的基本方法,孩子们一笔一画写得有模有样。"],
    scenes=[
        S("国庆", head=["喜迎国庆 笔墨传情", "翰墨颂祖国 丹青绘华章"],
          lead=["{when},由{org}主办、{org2}承办的“{theme}”书画作品展在{venue_c}开展,共展出书法、绘画作品{n_work}余幅。",
                "国庆期间,{venue_c}推出的“{theme}”摄影展吸引{att_big}前来观展,市民反响热烈。"],
          detail=["展出作品分为“{theme}”“山河锦绣”“翰墨传承”三个板块,既有老艺术家的精品力作,也有青少年书画爱好者的习作,从不同侧面展现了祖国的发展变化。"],
          quote=["“这些照片记录的都是咱身边的变化,看着特别亲切。”前来观展的居民{resident}说。"]),
        S("春节", head=["迎新春书画作品展开幕", "墨香迎新春"],
          lead=["{when},“{theme}”迎新春书画作品展在{venue_c}开幕,展出辖区书画爱好者创作的作品{n_work}余幅。"],
          detail=["开幕式后,{n_few}名书法家现场挥毫泼墨,为居民免费书写春联和福字,送上新春祝福。"],
          quote=["“拿到书法家亲手写的春联,年味一下子就浓了。”居民{resident}说。"]),
        S("", head=["翰墨飘香 丹青溢彩", "“{theme}”书画展开展", "方寸之间见变迁 {ds}摄影展引关注", "{org_s}举办书画作品展"],
          sub=["{org}举办{theme}主题书画展", "{cnt_short}走进展厅感受艺术魅力"],
          lead=["{purpose},{when},{org}在{venue_c}举办“{theme}”主题画展,吸引了{att_big}参观。",
                "{when},“{theme}”书画展在{place}开展,展出的{n_work}余幅作品均出自辖区书画爱好者之手。"],
          detail=["走进展厅,一幅幅作品或气势磅礴、或清新隽永,书法作品真草隶篆各体兼备,绘画作品山水、花鸟、人物各具特色,吸引观众驻足欣赏、拍照留念。",
                  "展览期间,{sub}、{sub2}、{sub3}等多个街道积极组织党员干部、网格员和辖区居民参观画展,{school}也组织学生走进展厅,上了一堂生动的美育课。"],
          quote=["“希望通过展览,让更多群众感受到书画艺术的魅力。”{org2}主席{official}表示。",
                 "“以前看画展要跑很远,现在家门口就能看。”居民{resident}说。"]),
    ],
)

T["train"] = dict(
    org=("人社", "妇联", "工会", "残联", "就业", "company"),
    purpose=["为提升辖区劳动者就业技能", "为拓宽居民就业渠道、帮助群众实现家门口就业", "为促进辖区妇女居家灵活就业"],
    close=["此次培训进一步提升了劳动者的就业创业能力,为辖区稳就业、促增收打下了基础。",
           "下一步,{org_s}将围绕用工需求持续开展订单式培训,让更多劳动者凭技能稳岗增收。"],
    caption=["图为学员参加{skill}实操培训"],
    detail=["课堂上,老师一边讲解一边示范,学员们分组练习,遇到不懂的地方随时提问,现场学习氛围浓厚。",
            "据介绍,参训学员均为辖区登记失业人员、就业困难人员和有就业意愿的家庭妇女,培训费用全部由政府补贴,学员无需承担任何费用。"],
    scenes=[
        S("春风", head=["学技能 好就业", "春风送技能 就业添底气"],
          lead=["{when},{org}在{venue_g}开展“春风行动”{skill}职业技能培训,辖区{cnt_small}失业人员、返乡农民工参加。"],
          detail=["春节过后是外出务工和求职的高峰期,{org_s}提前摸排辖区劳动力的培训意愿,按需开设培训课程,帮助劳动者尽快实现就业。"],
          quote=["“过完年正想找个活干,学门手艺心里就有底了。”学员{resident}说。"]),
        S("", head=["技能培训进社区 家门口学本领", "{org_s}开展职业技能培训", "培训赋能促就业 技能提升助增收",
                    "“{skill}”培训班开班"],
          sub=["{org}举办{skill}职业技能培训班", "{cnt_small}居民参加免费技能培训"],
          lead=["{purpose},{when},{org}联合{company}在{place}举办{skill}职业技能培训班,{cnt_small}学员参加培训。",
                "{purpose},{when},{org}组织{skill}专项培训走进{place}。"],
          detail=["培训采取“理论+实操”的方式进行,授课老师结合实际案例,从基础知识、操作规范到服务礼仪逐一讲解,并现场示范操作要领,学员们认真听讲、仔细记录,不时向老师提问。",
                  "据了解,本期培训为期{n_days}天,培训结束后经考核合格的学员将获得职业技能等级证书,{org_s}还将为学员提供就业推荐服务。",
                  "今年以来,{org_s}围绕家政服务、养老护理、中式面点等市场紧缺工种,累计开展各类职业技能培训{n_class}期,培训{n_big}人次。",
                  "为让培训更接地气,{org_s}事先走访社区和用工企业,摸清培训意愿和岗位缺口,按需设置课程,并遴选有资质的培训机构和经验丰富的授课老师。"],
          quote=["“以前总觉得没有一技之长,这次培训学到了真本事,心里有底了。”学员{resident}说。",
                 "“我们将持续推进技能培训与岗位需求精准对接,让更多劳动者端稳技能饭碗。”{org_s}相关负责人{official}表示。"]),
    ],
)

T["volunteer"] = dict(
    org=("卫健", "医院", "中医院", "志协", "团委", "红会", "company", "sub"),
    purpose=["为将健康服务送到群众身边", "为深入弘扬“奉献、友爱、互助、进步”的志愿精神", "为切实解决老年人理发难问题"],
    close=["下一步,{anaph}将把志愿服务常态化、制度化,让志愿服务成为社区治理的有力支撑。",
           "活动得到了居民的一致好评,大家纷纷表示希望今后多组织这样的活动。"],
    caption=["图为志愿服务现场"],
    detail=["据介绍,该志愿服务队成立于{year_old}年,现有注册志愿者{n_mid}余名,常态化开展助老助残、环境整治、便民服务等志愿活动。",
            "志愿者们还走进行动不便的老人家中,为他们提供上门服务,并建立了服务台账,定期回访。"],
    scenes=[
        S("学雷锋", caption=["图为志愿者为居民提供便民服务"], head=["学雷锋 志愿服务暖人心", "雷锋精神代代传 志愿服务进社区"],
          lead=["{when},{org}组织志愿者在{venue_p}开展学雷锋志愿服务活动,为过往群众提供义诊、理发、家电维修等便民服务。"],
          detail=["志愿者们为居民提供了磨剪刀、修雨伞、家电维修、法律咨询等便民服务,现场排起了长队,志愿服务活动一直持续到中午。"],
          quote=["“雷锋精神不是只在三月,我们会一直做下去。”志愿者{resident2}说。"]),
        S("", caption=["图为医护人员为居民测量血压"], head=["义诊进社区 健康送到家", "{org_s}开展义诊志愿服务活动", "“{theme}”志愿服务走进{cstem}"],
          sub=["{org}组织医护人员走进{sub}", "{cnt_mid}居民在家门口享受健康服务"],
          lead=["{purpose},{when},{org}组织医护人员走进{place},开展“{theme}”义诊志愿服务活动,服务居民{att_mid}。",
                "{purpose},{when},{org}联合{place}开展免费体检、义诊志愿服务活动。"],
          detail=["活动现场,医护人员为居民免费测量血压、血糖,耐心解答居民的健康咨询,并针对高血压、糖尿病等慢性病的日常预防和用药给出专业建议。",
                  "活动共发放健康宣传资料{n_big}余份,为{cnt_mid}居民提供了健康咨询服务。"],
          quote=["“在家门口就能找专家看病,还不用排队,真是太方便了!”居民{resident}说。"]),
        S("", caption=["图为志愿者为老人免费理发"], head=["免费理发暖人心 志愿服务显真情", "义剪进社区 温情暖夕阳"],
          lead=["{when},{place}举办“银龄义剪”志愿活动,{company}的{n_few2}名理发师为{cnt_small}老人免费理发。",
                "{purpose},{when},{org}组织理发志愿者走进{venue},为老人们免费理发。"],
          detail=["理发师们手法娴熟,剪、推、修一气呵成,不一会儿,老人们就换上了清爽的新发型。对行动不便的老人,志愿者还提供上门服务。"],
          quote=["“头发剪短了,人也精神了,还不用花钱。”{age}岁的{elder}老人一边照镜子一边说。",
                 "“能为老人们做点实事,我们也觉得很有意义。”志愿者{resident2}说。"]),
    ],
)

T["perform"] = dict(
    org=("文旅", "宣传", "sub", "老龄", "工会", "妇联"),
    purpose=["为丰富辖区居民精神文化生活", "为营造欢乐祥和的节日氛围", "为展示基层群众文化建设成果"],
    close=["此次演出丰富了居民的精神文化生活,增强了社区的凝聚力。"],
    caption=["图为文艺汇演现场", "图为居民表演舞蹈节目"],
    scenes=[
        S("国庆", head=["唱响赞歌 礼赞祖国"], lead=["{when},{org}在{venue_p}举办“{theme}”庆国庆文艺汇演,吸引{att_mid}观看。"]),
        S("春节", head=["欢天喜地迎新春 文艺汇演闹新年"], lead=["{when},{place}举办新春文艺汇演,{n_team}支文艺队伍登台献艺。"]),
        S("元宵", head=["闹元宵 文艺演出乐翻天"], lead=["{when},{org}在{venue_p}举办元宵节文艺演出,社火、秧歌、舞龙舞狮轮番上演。"]),
        S("六一", head=["童心向党 欢度六一"], lead=["{when},{school}举行庆“六一”文艺汇演,孩子们用歌声和舞蹈表达对节日的喜爱。"],
          detail=["孩子们身着节日盛装,合唱、舞蹈、课本剧、器乐演奏等节目精彩纷呈,赢得台下家长和老师的阵阵掌声。"],
          quote=["“看着孩子在台上表演,我们当家长的特别骄傲。”学生家长{resident}说。"]),
        S("", head=["文艺汇演进社区 欢声笑语满庭院", "{sub}举办文艺汇演", "广场文艺汇演 点亮群众生活"],
          sub=["{cnt_mid}居民观看演出"],
          lead=["{purpose},{when},{org}在{venue_p}举办“{theme}”文艺汇演,吸引{att_mid}观看。",
                "{when},{place}的文艺汇演在{venue_p}精彩上演,辖区{n_team}支文艺队伍带来了歌舞、戏曲、快板等节目。"]),
    ],
    detail=["据介绍,此次参演的{n_team}支队伍均为辖区群众自发组建的文艺团队,队员年龄最大的{age}岁,最小的只有6岁。",
            "演出在欢快的开场舞中拉开序幕,合唱、舞蹈、小品、戏曲选段、太极扇等节目轮番上演,台下观众掌声不断、叫好连连。",
            "节目全部由社区居民自编自导自演,既有歌颂党和祖国的红色经典,也有反映邻里和睦、移风易俗的原创作品,接地气、有温度。",
            "演出间隙,主持人还穿插开展了文明实践知识有奖问答,现场观众踊跃参与,气氛热烈。",
            "据了解,{sub}常态化组织辖区文艺团队开展“周周有演出、月月有活动”,今年以来已举办各类文化活动{n_class}场次。"],
    quote=["“在家门口就能看到这么精彩的节目,大家都特别高兴。”居民{resident}说。",
           "“我们排练了一个多月,就盼着今天能给大家演好。”参加演出的{resident2}告诉记者。"],
)

T["educate"] = dict(
    org=("团委", "关工委", "教育", "科协", "组织"),
    purpose=["为进一步加强青少年思想道德教育", "为增强青少年的国防观念", "为提升居民健康素养"],
    close=["此次活动取得了良好效果,受到师生和居民的欢迎。"],
    caption=["图为活动现场"],
    detail=["活动结束后,同学们纷纷表示,要把今天学到的知识讲给家人听,从自己做起,从身边小事做起。",
            "据了解,{school}每学期都会邀请老党员、老模范、道德模范等走进校园,常态化开展思政教育活动。"],
    scenes=[
        S("国防月", caption=["图为{school_s}学生参加国防教育主题班会"], head=["国防教育进校园 爱国情怀润童心", "{org_s}开展国防教育系列活动"],
          lead=["为增强青少年的国防观念,{when},{org}组织辖区各学校开展国防教育主题班会、知识竞赛等系列活动。"],
          detail=["各校以主题班会为载体,引导学生讲国防故事、谈国防认识;有的学校组织学生观看爱国主义影片,还有的学校举办了国防知识竞赛和绘画比赛。",
                  "其中,{school}还邀请老兵{elder}走进校园,向全校师生讲述了自己的从军经历,现场掌声不断。"],
          quote=["“我长大了也要保家卫国。”{school_s}学生{resident}说。"]),
        S("开学", head=["开学第一课 上好思政课"], lead=["{when},{school}举行“开学第一课”主题活动,{cnt_mid}师生参加。"],
          detail=["校长{official}以“{theme}”为题,为全校师生上了一堂生动的思政课,勉励同学们树立远大理想,努力学习。"]),
        S("", caption=["图为报告会现场"], head=["老党员进校园 红色故事代代传", "{school_s}举办专题报告会"],
          sub=["{school}邀请老党员作报告会"],
          lead=["{when},{school}邀请老党员{elder}为全校师生作了题为《{talk}》的报告会。",
                "{purpose},{when},{org}在{school}举办“{talk}”主题报告会,{cnt_mid}师生聆听。"],
          detail=["报告会上,{elder}结合自己的亲身经历,讲述了许多感人至深的故事,台下师生听得聚精会神,不时响起热烈的掌声。",
                  "报告会后,各班级围绕“{talk}”开展主题班会,同学们通过讲故事、唱红歌、知识问答等形式,分享了自己的感悟和收获。"],
          quote=["“听了老党员的讲述,我更加懂得了今天的幸福生活来之不易,我要努力学习,长大后为祖国建设出力。”{school_s}学生{resident}说。"]),
        S("", caption=["图为讲座现场"], head=["健康知识讲座进社区", "“{theme}”讲座开讲"],
          lead=["为提升居民健康素养,{when},{org}联合{hospital}在{place}举办健康知识讲座,{cnt_small}居民参加。"],
          detail=["讲座中,主讲医生用通俗易懂的语言,结合生活中的常见案例,讲解了常见慢性病的预防知识和日常保健方法,并现场解答了居民的提问。"],
          quote=["“讲座内容很实用,回家就能用上。”居民{resident}说。"]),
    ],
)

T["outreach"] = dict(
    org=("公安", "司法", "市监", "消防", "医保", "人社", "家政协", "company"),
    purpose=["为进一步提升居民的防诈骗意识", "为丰富社区便民服务供给、拓宽居民就业门路", "为增强群众的法治观念和安全意识"],
    close=["下一步,{org_s}将常态化开展宣传活动,不断提升群众的安全防范意识。"],
    caption=["图为工作人员向居民发放宣传资料"],
    detail=["工作人员还走进辖区商户,向店主发放宣传资料,提醒他们在日常经营中加强防范,发现可疑情况及时报警。",
            "此次活动共发放宣传资料{n_big}余份,现场解答群众咨询{n_mid}余人次。"],
    scenes=[
        S("消防月", head=["消防宣传进社区 筑牢安全“防火墙”"], lead=["{when},{org}走进{place},开展冬季消防安全宣传活动,{cnt_mid}居民参加。"],
          detail=["消防员向居民讲解了家庭火灾的预防、初起火灾的扑救和逃生自救常识,并现场演示了灭火器的使用方法。"]),
        S("暑期", head=["防溺水宣传进社区", "暑期安全宣传护航成长"], lead=["{when},{org}联合{place}开展暑期防溺水安全宣传活动。"],
          detail=["工作人员向家长和孩子们讲解防溺水“六不”安全知识,提醒家长切实履行监护责任。"]),
        S("", caption=["图为民警向居民讲解防诈骗知识"], head=["反诈宣传进社区 守护群众“钱袋子”", "{org_s}开展防诈骗宣传活动"],
          sub=["{org}深入{sub}开展集中宣传"],
          lead=["为进一步提升居民的防诈骗意识,{when},{org}联合{place}开展防诈骗宣传活动,发放宣传资料{n_big}余份。",
                "{when},{org}在{venue_p}开展“{theme}”防诈骗集中宣传活动,吸引{att_mid}驻足咨询。"],
          detail=["活动现场,工作人员通过发放宣传折页、讲解典型案例等方式,向居民揭露冒充客服、刷单返利、虚假投资理财等常见诈骗手段,提醒大家“不轻信、不透露、不转账”。",
                  "针对老年人这一易受骗群体,{anaph}网格员还将逐户上门开展“一对一”宣传,确保反诈知识入脑入心。"],
          quote=["“听了民警的讲解,才知道骗子的套路这么多,以后接到陌生电话可得多留个心眼。”居民{resident}说。"]),
        S("", caption=["图为家政服务人员向居民介绍服务项目"], head=["家政服务进社区 便民服务暖人心", "家政服务送上门 居民生活更舒心"],
          lead=["为丰富社区便民服务供给、拓宽居民就业门路,{when},{place}举办“家政服务进社区”活动,不少居民闻讯赶来。"],
          detail=["活动现场,{company}的专业家政服务人员向居民详细介绍家庭保洁、家电清洗、育婴护理等服务项目,不少居民当场预约了上门服务。",
                  "此外,活动现场还发布了家政服务岗位招聘信息,有意向的居民经过专业培训即可上岗。"],
          quote=["“家里的油烟机正好该清洗了,在家门口就能预约,很方便。”居民{resident}说。"]),
        S("", head=["普法宣传进万家", "法治护航 平安同行"],
          lead=["{when},{org}在{place}开展普法宣传活动,为居民提供免费法律咨询。"],
          detail=["律师和司法所工作人员围绕婚姻家庭、邻里纠纷、赡养老人等居民关心的问题,现场解答法律咨询{n_few}件。"],
          quote=["“有律师在家门口答疑解惑,心里的疙瘩解开了。”居民{resident}说。"]),
    ],
)

T["inspect"] = dict(
    org=("区委", "巡察", "纪委", "市监", "应急", "住建"),
    purpose=["为推动全面从严治党向基层延伸", "为切实保障群众生命财产安全", "为扎实推进民生领域作风问题专项整治"],
    close=["下一步,{org_s}将持续加强监督检查,推动监督成果更好转化为为民服务的实际成效。"],
    caption=["图为督查组在企业检查"],
    detail=["针对检查中发现的问题,督查组现场下发整改通知书{n_few}份,明确整改责任人和整改时限,并将适时开展“回头看”。"],
    scenes=[
        S("", head=["机动巡察出实招 民生问题解在先", "巡察利剑直指群众身边问题"],
          sub=["{D}紧盯民生痛点开展机动巡察"],
          lead=["{purpose},{when},{D}委部署开展“机动式”巡察,聚焦困难群众救助、基层执法等领域开展监督。"],
          detail=["截至目前,巡察组共收集问题线索{n_few}条,督促即知即改{n_few2}项,推动相关部门完善制度{n_few2}项。",
                  "机动巡察组精干高效,不搞层层汇报,直接深入一线,通过座谈了解、调阅台账、入户走访等方式,快速摸清问题症结。",
                  "实行“每周一调度、每月一通报”工作机制,持续传导压力,确保问题整改到位。"],
          quote=["“巡察组来了以后,困扰我们多年的问题终于解决了,太感谢了。”{comm}居民{resident}说。"]),
        S("夏季", head=["食品安全大检查 守护“舌尖安全”"], lead=["{when},{org}组成检查组,对辖区夜市、餐饮店开展食品安全专项检查。"],
          detail=["检查组重点检查了从业人员健康证明、原料进货查验、餐具消毒等情况,对发现的问题当场反馈、限期整改。"]),
        S("", head=["{org_s}开展专项督查", "聚焦民生领域 强化监督检查", "安全生产大排查 筑牢安全防线"],
          lead=["{when},{org}组成督查组,深入{sub}、{sub2}等地,对{topic}工作开展专项督查。",
                "{purpose},{when},{org}联合{org2}对辖区{topic}情况进行了全面检查。"],
          detail=["督查组采取“四不两直”方式,通过查阅台账、实地查看、随机走访等形式,重点检查责任落实、隐患排查整治等情况,对发现的问题当场反馈、限期整改。",
                  "督查中,督查组深入{place}、{xiaoqu}等地,与社区干部、居民群众面对面交流,详细了解群众反映强烈的突出问题。"]),
    ],
)

T["meeting"] = dict(
    org=("人社", "民政", "组织", "住建", "工商联", "教育", "卫健"),
    purpose=["为推动{topic}工作提质增效", "为听取各方意见建议、凝聚发展共识"],
    close=["会议为下一步工作的开展理清了思路、明确了方向。"],
    caption=["图为推进会现场"],
    detail=["会议通报了前一阶段全区{topic}工作进展情况,对下一步重点任务进行了安排部署。"],
    scenes=[
        S("教师节", head=["尊师重教 座谈共话发展"], lead=["{when},{org}召开庆祝教师节座谈会,{cnt_small}优秀教师代表参加。"],
          detail=["座谈会上,教师代表们结合自身经历,畅谈教书育人的心得体会,并就学校发展提出了意见建议。"]),
        S("", head=["{org_s}召开{topic}推进会", "{topic}工作推进会召开"],
          lead=["{when},{org}在{venue_g}召开{topic}推进会,{n_few}家相关单位及{n_few2}个街道负责人参会。",
                "{when},{org}联合{org2}召开{topic}工作推进会,并邀请{n_few}家企业参会。"],
          detail=["会上,各单位负责人分别汇报了近期工作进展情况,分析了存在的问题和困难,并就下一步工作提出了意见建议。",
                  "会议要求,各单位要进一步提高思想认识,压实工作责任,细化工作措施,确保各项任务按时保质完成。"],
          quote=["“我们将认真梳理大家提出的意见建议,逐条研究落实。”{org_s}负责人{official}表示。"]),
        S("", head=["凝心聚力谋发展 座谈交流话未来", "{topic}座谈会召开"],
          lead=["{purpose},{when},{org}组织召开{topic}座谈会,邀请{cnt_small}企业代表、居民代表参加。"],
          detail=["座谈会上,与会代表畅所欲言,围绕{topic}等话题踊跃发言,提出了许多有针对性、可操作的建议。"],
          quote=["“这样的座谈会让我们说出了心里话。”居民代表{resident}说。"]),
    ],
)

T["sport"] = dict(
    org=("老体协", "文旅", "教育", "工会", "sub", "团委"),
    purpose=["为倡导科学健康的生活方式", "为丰富职工业余文化生活", "为推动全民健身活动深入开展"],
    close=["此次活动展现了{D}群众积极向上的精神风貌。"],
    caption=["图为比赛现场", "图为活动现场"],
    detail=["据了解,{sub}每年都会举办类似的群众体育活动,参与人数逐年增加,全民健身的氛围越来越浓。"],
    scenes=[
        S("重阳", caption=["图为老人们登高健身"], head=["重阳登高 健康同行", "登高望远话重阳"],
          lead=["{when},{org}组织{cnt_small}老人登临{venue_p},开展重阳登高健身活动。"],
          detail=["老人们漫步在{venue_p},驻足远眺,一边欣赏沿途景色,一边交流健身心得,社区工作人员还向大家讲解了秋冬季节的健康常识。"],
          quote=["“重阳节出来走一走、看一看,心情特别好。”{age}岁的{elder}说。"]),
        S("冬季", head=["健步走迎新年 健康生活每一天"], lead=["{when},{org}在{venue_p}举办健步走活动,{cnt_mid}职工群众参加。"]),
        S("", head=["{school_s}举办秋季运动会", "全民健身 活力{ds}", "趣味运动会 欢乐满社区"],
          sub=["{cnt_mid}运动员同场竞技"],
          lead=["{purpose},{when},{org}在{venue_p}举办趣味运动会,{n_team}支代表队的{cnt_mid}运动员参赛。",
                "{when},{school}第{n_few}届田径运动会开幕,全校{cnt_mid}师生参加。"],
          detail=["比赛设置了拔河、跳绳、托球跑、夹球接力等项目,参赛队员们你追我赶、奋勇争先,现场加油声、欢呼声此起彼伏。",
                  "经过激烈角逐,{sub}代表队获得团体总分第一名,{sub2}、{sub3}代表队分获二、三名。"],
          quote=["“这样的活动既锻炼了身体,又增进了感情,以后要多办。”参赛队员{resident}说。"]),
    ],
)

T["recruit"] = dict(
    org=("人社", "就业", "工会", "妇联", "残联", "团委"),
    purpose=["为进一步促进辖区劳动者就业", "为搭建企业与求职者沟通交流的平台", "为帮助高校毕业生等重点群体就业"],
    close=["下一步,{org_s}将持续开展多种形式的招聘活动,促进劳动者高质量充分就业。"],
    caption=["图为求职者在招聘会现场咨询"],
    scenes=[
        S("春风", head=["春风送岗位 就业暖人心"], lead=["{when},{D}{year}年“春风行动”招聘会在{venue_g}举行,现场{att_big}进场求职。"]),
        S("援助月", head=["就业援助月 招聘送到家门口"], lead=["{when},{org}在{place}举办“就业援助月”专场招聘会,重点帮助困难群体就业。"]),
        S("暑期", head=["高校毕业生专场招聘会举行"], lead=["{when},{org}在{venue_g}举办高校毕业生专场招聘会,{n_few}家企业提供岗位{n_big}余个。"]),
        S("", head=["招聘会进社区 求职者家门口找工作", "{org_s}举办专场招聘会", "“职”等你来 {ds}举办招聘会"],
          sub=["{n_few}余家企业提供岗位{n_big}余个"],
          lead=["{purpose},{when},{org}在{venue_g}举办“{theme}”专场招聘会,{n_few}余家企业提供就业岗位{n_big}余个,吸引{att_big}进场求职。",
                "{when},{org}联合{sub}在{place}举办招聘会,把岗位送到居民家门口。"]),
    ],
    detail=["招聘会还设置了直播带岗专区,企业负责人通过网络直播介绍岗位信息,线上线下同步招聘,扩大了招聘覆盖面。",
            "招聘会现场人头攒动,岗位涵盖餐饮服务、物业保洁、家政护理、普工、销售等多个领域,求职者穿梭在各个展位之间,仔细了解岗位要求、薪资待遇。",
            "现场还设置了政策咨询台,工作人员向求职者宣传就业创业扶持政策、职业技能培训补贴等内容,发放宣传资料{n_big}余份。",
            "据统计,当天共有{n_mid}人与用人单位达成初步就业意向。"],
    quote=["“在家门口就能找工作,岗位多、选择多,我已经和两家企业谈好了面试。”求职者{resident}说。"],
)

T["gather"] = dict(
    org=("sub", "妇联", "老龄", "company"),
    purpose=["为增进邻里感情、营造和谐社区氛围", "为丰富辖区居民业余生活", "为传承中华传统节日文化"],
    close=["此次活动拉近了邻里距离,增强了居民的归属感和幸福感。"],
    caption=["图为活动现场"],
    detail=["据了解,{comm}每月都会组织居民开展一次主题活动,让居民在参与中增进感情、融入社区。",
            "活动中,社区工作人员还向居民宣传了垃圾分类、文明养犬等知识,倡导大家共建美好家园。"],
    scenes=[
        S("中秋", head=["巧手做月饼 邻里话团圆"], lead=["{when},{place}组织居民开展“巧手做月饼 邻里话团圆”活动,{cnt_small}居民参加。"],
          detail=["在面点师傅的指导下,大家和面、包馅、压模,一个个造型精美的月饼很快出炉,活动室里飘满了香甜的味道。"]),
        S("端午", head=["粽叶飘香 邻里情浓"], lead=["{when},{place}开展包粽子活动,邀请辖区老人和孩子共度佳节。"],
          detail=["老人们手把手教孩子们包粽子,洗粽叶、放糯米、捆扎线,一个个棱角分明的粽子在大家手中诞生。"]),
        S("元宵", head=["猜灯谜 闹元宵"], lead=["{when},{place}举办猜灯谜、煮元宵活动,{cnt_small}居民参加。"]),
        S("三八", head=["巾帼心向党 欢聚话发展"], lead=["{when},{org}在{place}举办庆“三八”茶话会,辖区{cnt_small}女性代表欢聚一堂。"]),
        S("", head=["手工活动乐趣多 邻里相聚情谊浓", "{cstem}社区举办{craft}活动"],
          sub=["{place}举办{craft}活动"],
          lead=["{purpose},{when},{place}在社区活动室举办{craft}活动,{cnt_small}居民参加。"],
          detail=["活动现场,老师先为大家讲解了{craft}的基本步骤和技巧,随后居民们动手实践,一件件精美的作品在大家手中诞生。",
                  "活动结束后,居民们纷纷将自己的作品送给社区的独居老人,把温暖传递出去。"]),
        S("", head=["茶话会上话家常 邻里和睦一家亲"],
          lead=["{when},{place}组织辖区居民开展“{theme}”茶话会,大家围坐在一起,品茶聊天、畅谈变化。"],
          detail=["茶话会上,大家一边品尝水果点心,一边唠家常、话变化,不少居民还为社区建设建言献策,现场欢声笑语不断。"]),
    ],
    quote=["“平时大家各忙各的,这样的活动让邻居们都熟悉起来了。”居民{resident}笑着说。"],
)

# Paragraphs any event article may use to reach its length.
GENERIC_DETAIL = [
    "此次活动由{org}主办,{anaph}{comm}承办,{company}协办。",
    "{anaph}{comm2}也同步开展了类似活动,进一步扩大了活动的覆盖面和影响力。",
    "近年来,{sub}坚持党建引领,整合辖区资源,持续推进“一刻钟便民生活圈”建设,让群众在家门口享受到更加便捷的服务。",
    "活动受到辖区居民普遍欢迎,大家纷纷说,这样的活动办到了心坎上,盼着以后常办。",
    "据了解,今年以来,{org_s}已常态化开展此类活动{n_class}场次,惠及群众{n_big}余人次。",
    "“我们将以此次活动为契机,把更多实事办到群众家门口。”{comm}党支部书记{official2}说。",
    "{sub}党工委相关负责人{official3}表示,将进一步整合辖区资源,推动各类服务向社区延伸,不断提升居民群众的获得感和幸福感。",
    "记者在现场看到,前来参加活动的居民络绎不绝,不少人还带着孩子一同前来。",
]
# ... and what meetings and inspections may use instead.
GENERIC_OFFICIAL = [
    "{sub}党工委相关负责人{official3}表示,将对照问题清单逐项抓好落实,以实际成效取信于民。",
    "据了解,今年以来,{org_s}已围绕{topic}开展此类工作{n_class}次,推动解决群众反映的问题{n_mid}余件。",
    "{anaph}{comm2}的网格员也参与了此次工作,协助做好入户走访和问题收集。",
    "与会人员还实地察看了{place}、{xiaoqu}等点位,现场研究解决具体问题。",
    "为确保活动顺利开展,{anaph}提前谋划、精心组织,通过社区微信群、宣传栏等渠道广泛发布活动信息。",
    "{comm}地处{sub}中部,辖区常住居民{n_big}余户,其中60岁以上老年人占比近三成,社区服务需求多样。",
    "{sub}负责同志介绍,街道将把此类活动纳入年度民生实事清单,按季度统筹安排,做到月月有主题、季季有亮点。",
    "活动现场还设置了意见征集台,工作人员认真记录居民提出的意见建议{n_few}条,并承诺逐条梳理、及时反馈。",
    "不少年轻人也主动报名成为志愿者,在签到引导、秩序维护、物资发放等环节忙前忙后。",
    "“以前这些事得跑好几趟,现在在家门口就办了。”家住{xiaoqu}的{resident2}说。",
    "从策划到落地,{comm}“两委”班子成员分工负责,网格员逐户通知,确保有需要的居民应知尽知。",
    "{org_s}相关负责人介绍,今后将探索建立“需求清单+资源清单+项目清单”联动机制,推动服务更加精准。",
]

EVENT_WEIGHTS = {"elder": 10, "exhibit": 4, "train": 6, "volunteer": 8, "perform": 6, "educate": 7,
                 "outreach": 8, "inspect": 4, "meeting": 5, "sport": 5, "recruit": 5, "gather": 6,
                 "series": 7}
SEASON_BOOST = {"重阳节": ("elder", "sport", "volunteer", "perform", "series"),
                "春节": ("elder", "perform", "recruit", "gather"), "中秋节": ("gather", "elder", "series"),
                "端午节": ("gather", "elder"), "元宵节": ("perform", "gather"), "学雷锋纪念日": ("volunteer",),
                "六一": ("perform", "sport"), "国庆节": ("exhibit", "perform"), "敬老月": ("elder", "series"),
                "国防月": ("educate",), "春风": ("recruit", "train"), "消防月": ("outreach",),
                "三八": ("gather", "educate"), "七一": ("educate",), "教师节": ("meeting",)}

# Sub-activities of a 系列活动: what one community did.
SERIES_ACTS = [
    ("{c}工作人员走进辖区困难老人家中,送上食用油、大米等生活用品,与老人拉家常、问冷暖。", "ElderCareVisit"),
    ("{c}组织老人们登临{park},开展重阳登高健身活动。", "SportsActivity"),
    ("{c}邀请辖区医护人员开展义诊,为老人们测量血压、血糖。", "VolunteerService"),
    ("{c}组织志愿者为辖区80岁以上老人免费理发。", "VolunteerService"),
    ("{c}组织居民参观了“{theme}”书画展。", "Exhibition"),
    ("{c}在社区活动室开展了手工制作活动,老人们剪纸、编中国结,其乐融融。", "CommunityGathering"),
    ("{c}开展了文艺汇演,居民们自编自演的节目赢得阵阵掌声。", "CulturalPerformance"),
    ("{c}举办了健康知识讲座,为老人们讲解养生保健常识。", "EducationActivity"),
    ("{c}开展了防诈骗宣传,提醒老人们守好“养老钱”。", "PublicServiceOutreach"),
    ("{c}组织老人们召开茶话会,大家围坐一起话家常、叙真情。", "CommunityGathering"),
]

THEMES = {
    "elder": ["守护夕阳红", "乐享银龄", "孝老爱亲 温暖同行", "银龄关爱行", "我们的节日", "情暖夕阳"],
    "exhibit": ["翰墨颂中华", "笔墨绘家乡", "光影记录新时代", "丹青颂党恩", "书香墨韵", "美丽家园"],
    "volunteer": ["健康进万家", "爱心暖社区", "志愿服务在身边", "文明实践我先行", "邻里守望"],
    "perform": ["颂党恩 跟党走", "欢乐进社区", "幸福家门口", "奋进新征程", "邻里一家亲", "文化惠民"],
    "educate": ["红色记忆代代传", "传承红色基因", "健康生活 从我做起", "青春心向党", "争做新时代好少年"],
    "outreach": ["法治护航 平安同行", "反诈进社区 平安你我他", "守护钱袋子", "安全知识进万家"],
    "recruit": ["就业援助 温暖同行", "民营企业招聘周", "春风送岗 就业暖心", "百企千岗进社区"],
    "gather": ["邻里一家亲", "我们的节日", "幸福家门口", "浓情邻里节", "巧手绘生活"],
}
SKILLS = ["家政服务员", "养老护理员", "育婴员", "中式面点师", "电商直播", "电工", "美容美发", "中式烹调师",
          "保育员", "茶艺师"]
CRAFTS = ["剪纸", "手工编织", "中国结编织", "香囊制作", "衍纸画", "串珠手工", "布艺", "扎染"]
TOPICS = ["老旧小区改造", "养老服务体系建设", "就业创业", "基层治理", "文明城市创建", "家政服务业提质扩容",
          "社区网格化管理", "安全生产", "食品安全", "校园周边环境整治", "困难群众救助", "燃气安全"]
TALKS = ["铭记历史 砥砺前行", "传承红色基因 争做时代新人", "不忘初心 牢记使命", "我的军旅生涯", "红色记忆代代传"]
GIFTS = ["米、面、油等生活物资", "牛奶、水果等慰问品", "慰问金和慰问品", "棉被、大米等过冬物资", "鸡蛋、挂面等慰问品"]
FEST_GIFTS = {"中秋节": "月饼、水果等慰问品", "端午节": "粽子、鸡蛋等慰问品", "春节": "春联、米面油等年货"}
COUNT_FORMS = ["{n}余名", "{n}多名", "近{n}名", "{n}名"]            # before a noun: 120余名居民
ATTEND_FORMS = ["近{n}人次", "{n}余人次", "{n}余人", "{n}多人", "近{n}人"]  # alone: 吸引近800人次参观

# ---------------------------------------------------------------------------------------------
# Features: no event, but policy statements, habitual (常态化) text, quotes.

FEATURE_HEADS = ["文化铸魂润万家 文明新风扑面来", "党建引领聚合力 基层治理添活力", "民生实事暖民心 幸福成色更足",
                 "精细服务惠民生 网格管理提效能", "多措并举稳就业 用心用情解民忧", "织密养老服务网 托起幸福夕阳红",
                 "小网格撬动大治理", "老旧小区换新颜 居民生活更舒心", "让文明之花开满{ds}", "把实事办到群众心坎上"]
FEATURE_SUBHEADS = ["夯实基础,体系建设“实”", "聚焦需求,服务供给“优”", "创新机制,治理效能“新”", "注重长效,社会效应“好”",
                    "资源整合,阵地建设“强”", "精准发力,民生保障“暖”"]
POLICY_OPEN = [
    "{D}坚持以人民为中心的发展思想,把{topic}作为重要民生工程来抓,健全工作机制,压实工作责任,推动各项工作落地见效。",
    "近年来,{D}围绕{topic}持续发力,探索形成了一批可复制、可推广的经验做法,群众的获得感成色更足。",
]
POLICY_BODY = [
    "以区、街道、社区为基本单元,{D}构建了“区级中心—街道分中心—社区站点”的三级服务体系,形成了全域覆盖的工作格局。",
    "截至目前,全区累计开展各类活动{n_big}余场次,服务群众{n_huge}万余人次,群众满意度持续提升。",
    "{org}坚持问题导向,建立“群众点单、社区派单、部门接单、群众评单”工作机制,让服务更精准、更贴心。",
    "通过场地共用、资源互通、队伍共建,基层服务能力持续增强,形成了多方参与、共建共享的良好局面。",
    "各街道、社区常态化开展政策宣讲、文化服务、志愿服务等活动,推动{topic}工作走深走实。",
    "去年以来,{D}投入资金{n_mid}万元,完成{n_few}个项目建设,惠及居民{n_big}余户。",
    "“现在社区的服务越来越好了,有事找网格员,一个电话就能办。”{comm}居民{resident}说。",
    "{sub}把常态化走访作为联系群众的重要抓手,网格员每月至少入户走访一次,及时掌握群众诉求。",
    "今年以来,{org_s}围绕{topic}出台了一系列政策措施,明确了时间表、路线图和责任人。",
    "在{sub}{comm},每周三是固定的“居民议事日”,居民有什么想法和难题,都可以在议事会上提出来,大家一起商量着办。",
    "{D}还将{topic}纳入年度目标责任考核,定期调度、跟踪问效,确保各项措施落到实处。",
]
POLICY_CLOSE = [
    "下一步,{D}将继续聚焦群众急难愁盼问题,持续深化{topic}工作,不断提升群众的获得感、幸福感、安全感。",
    "{sub}党工委书记{official}表示,将以此为契机,进一步完善工作机制,推动各项工作再上新台阶。",
]
PROFILE_HEADS = ["社区里的“热心肠”", "网格员{official}:把居民的事当成自己的事", "{official}:二十年坚守为民情怀",
                 "扎根基层的“小巷总理”"]
PROFILE_SENT = [
    "每天早上7点,{official}都会准时出现在{comm},挨家挨户走一走、看一看,这个习惯她已经坚持了{n_few}年。",
    "“谁家有困难,谁家老人需要照顾,我心里都有一本账。”{official}说。",
    "在{official}的带动下,{comm}组建了一支{n_few2}人的志愿服务队,常态化为辖区老人提供代买代办、陪诊陪护等服务。",
    "多年来,她先后调解邻里纠纷{n_mid}余起,帮助{n_few}名困难群众申请了救助,居民们都亲切地称她为“知心大姐”。",
    "说起{official},居民{resident}竖起了大拇指:“她就像自家人一样,有啥事找她准能办成。”",
    "谈到今后的打算,{official}表示,将继续扎根社区,用心用情为居民办实事、解难题。",
]


# ---------------------------------------------------------------------------------------------
# Writing one issue

class Writer:
    def __init__(self, corpus: Corpus, rng: random.Random, D: date, index: int):
        self.c, self.r, self.D, self.index = corpus, rng, D, index
        self.tags = season_tags(D)
        self.duty = [corpus.reporter(rng) for _ in range(rng.randint(3, 5))]
        self.used_scenes: set[int] = set()           # one scene once an issue
        self.used_generic: set[str] = set()

    # -- small draws ----------------------------------------------------------------------
    def n(self, lo: int, hi: int) -> int:
        x = self.r.randint(lo, hi)
        step = 100 if x >= 1000 else 10 if x >= 100 else 1
        return max(lo, x // step * step)

    def count(self, lo: int, hi: int, forms=COUNT_FORMS) -> str:
        """A head count as papers give it: 近800人次, 120余人, 30多名 (round numbers when vague)."""
        form, n = self.r.choice(forms), self.n(lo, hi)
        if ("近" in form or "余" in form or "多" in form) and n >= 20:
            n = n // 10 * 10
        return form.format(n=n)

    def person(self) -> str:
        r = self.r
        return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))

    def community(self, sub: Subdistrict | None = None, avoid=()) -> Community:
        pool = self.c.communities
        if sub is None:
            return pool.pick(self.r)
        for _ in range(12):
            c = pool.pick(self.r)
            if c.sub is sub and c not in avoid:
                return c
        opened = [c for c in sub.communities if c not in avoid and pool.is_open(c)]
        if opened:
            return opened[min(int(self.r.expovariate(0.5)), len(opened) - 1)]
        rest = [c for c in sub.communities if c not in avoid]
        return pool.touch(rest[0] if rest else sub.communities[0])

    def other_subs(self, sub: Subdistrict, k: int) -> list[Subdistrict]:
        out: list[Subdistrict] = []
        for _ in range(40):
            s = self.c.sub(self.r)
            if s is not sub and s not in out:
                out.append(s)
                if len(out) == k:
                    break
        return out

    def place(self, comm: Community) -> str:
        """A community as papers write it: with its district and 街道, with its 街道, or bare."""
        sub, d = comm.sub, self.c.district
        return self.r.choices([f"{d}{sub.name}{comm.name}", f"{sub.name}{comm.name}", comm.name],
                              weights=(4, 5, 1))[0]

    def when(self, span: bool = False) -> str:
        r, D = self.r, self.D
        k = r.random()
        if span and k < 0.6:
            return r.choice(("连日来", "近段时间", "近期", "近日"))
        if k < 0.34:
            d = D - timedelta(days=r.randint(1, 9))
            return f"{d.month}月{d.day}日" + r.choice(("", "", "", "上午", "下午", "晚"))
        if k < 0.52:
            return r.choice(("近日", "近日", "日前", "近期"))
        if k < 0.62:
            return r.choice(("昨日", "昨天", "前天"))
        if k < 0.70:
            w = r.randint(0, 5)
            return "上周" + WEEKDAYS[w]
        if k < 0.76:
            d = D - timedelta(days=r.randint(1, 6))
            if d.month == D.month:
                return f"本月{d.day}日"
        if k < 0.82:
            if D.day >= 21:
                return r.choice(("本月中旬", "本月上旬"))
            if D.day >= 12:
                return "本月上旬"
            if D.day <= 10:
                pm = 12 if D.month == 1 else D.month - 1
                return r.choice((f"{pm}月底", f"{pm}月下旬")) if D.month == 1 else \
                    r.choice((f"今年{pm}月底", f"{pm}月下旬", f"{pm}月底"))
        if k < 0.88 and "国庆期间" in self.tags:
            return "国庆期间"
        return r.choice(("近日", "日前", "连日来"))

    def fest_when(self, fest: str, day: date) -> str:
        r, D = self.r, self.D
        name = FEST_TEXT.get(fest, fest)
        if day >= D:
            return r.choice((f"{name}前夕", f"{name}来临之际", f"在{name}到来之际"))
        if fest == "春节":
            return r.choice(("春节期间", "春节前夕", "新春佳节期间"))
        options = [f"{name}当天", f"{day.month}月{day.day}日{name}当天", f"{name}前后"]
        if fest in LUNAR_TEXT:
            options.append(f"农历{LUNAR_TEXT[fest]}{name}当天")
        return r.choice(options)

    # -- articles -------------------------------------------------------------------------
    def fields(self, kind: str) -> "_Filler":
        """The names and numbers of one article. Most are drawn lazily, on first use, so that only the
        names an article prints are drawn from the growing pools (a debut is never wasted)."""
        r, c = self.r, self.c
        comm = self.community()
        sub = comm.sub
        spec = T.get(kind, T["elder"])
        org = self.org(spec["org"], sub, comm)
        fest = [t for t in self.tags if self.tags[t] is not None]
        gifts = r.choice(GIFTS)
        for t in fest:
            gifts = FEST_GIFTS.get(t, gifts)
        f = _Filler({
            "D": c.district, "ds": c.ds, "city": c.city, "year": self.D.year, "sub": sub.name, "comm": comm.name,
            "cstem": comm.stem, "place": self.place(comm), "anaph": "该街道" if sub.kind == "街道" else "该镇",
            "org": org.full, "org_s": org.short, "when": self.when(), "gifts": gifts,
            "shanghui": c.orgs["商会"].full,
        })

        def org2() -> str:
            o = self.org(("商会", "志协", "company", "家政协", "工会", "妇联", "红会"), sub, comm)
            return (c.orgs["志协"] if o.full == org.full else o).full

        def other_sub(k: int):
            def draw() -> str:
                if "_subs" not in f.lazy_cache:
                    f.lazy_cache["_subs"] = self.other_subs(sub, 2) + [sub, sub]
                return f.lazy_cache["_subs"][k].name
            return draw

        def venue(pred, default=None):
            def draw() -> str:
                vs = [c.venues.pick(r) for _ in range(2)]
                return next((v for v in vs if pred(v)), default or vs[0])
            return draw

        def date2() -> str:
            d2 = self.D - timedelta(days=r.randint(1, 8))
            return f"{d2.month}月{d2.day}日"

        def school_s() -> str:
            return f["school"].removeprefix(c.district) if r.random() < 0.4 else f["school"]

        f.lazy.update({
            "comm2": lambda: self.community(sub, avoid=(comm,)).name,
            "sub2": other_sub(0), "sub3": other_sub(1), "org2": org2, "date2": date2,
            "xiaoqu": lambda: r.choice(c.xiaoqu), "company": lambda: r.choice(c.companies),
            "venue": venue(lambda v: any(w in v for w in ("老", "养", "幸福", "颐"))),
            "venue_c": venue(lambda v: v.startswith(c.district), f"{c.district}文化馆"),
            "venue_g": lambda: r.choice((f"{c.district}人力资源市场", f"{c.district}政务服务中心",
                                         f"{sub.name}党群服务中心", f"{c.district}融媒体中心")),
            "venue_p": lambda: r.choice(c.parks), "school": lambda: r.choice(c.schools), "school_s": school_s,
            "hospital": lambda: r.choice((c.orgs["医院"].full, c.orgs["中医院"].full, f"{sub.name}社区卫生服务中心")),
            "theme": lambda: r.choice(THEMES.get(kind, THEMES["gather"])), "skill": lambda: r.choice(SKILLS), "craft": lambda: r.choice(CRAFTS),
            "topic": lambda: r.choice(TOPICS), "talk": lambda: r.choice(TALKS),
            "cnt_small": lambda: self.count(12, 150), "cnt_mid": lambda: self.count(60, 600),
            "att_mid": lambda: self.count(60, 600, ATTEND_FORMS), "att_big": lambda: self.count(300, 8000, ATTEND_FORMS),
            "cnt_short": lambda: r.choice(("万余人次", "近千人", f"{self.n(2, 9)}千余人次")),
            "n_few": lambda: r.randint(3, 30), "n_few2": lambda: r.randint(2, 12), "n_old": lambda: self.n(100, 2000),
            "n_mid": lambda: self.n(50, 900), "n_big": lambda: self.n(500, 5000), "n_huge": lambda: r.randint(2, 40),
            "n_work": lambda: self.n(60, 400), "n_days": lambda: r.randint(3, 20), "n_class": lambda: r.randint(5, 60),
            "year_old": lambda: self.D.year - r.randint(2, 9), "n_team": lambda: r.randint(4, 16), "money": lambda: self.n(3000, 90000), "age": lambda: r.randint(78, 101),
            "elder": self.person, "resident": self.person, "resident2": self.person,
            "official": lambda: r.choice(c.officials), "official2": lambda: r.choice(c.officials),
            "official3": lambda: r.choice(c.officials),
        })
        return f

    def org(self, keys, sub: Subdistrict, comm: Community) -> Org:
        k = self.r.choice(keys)
        if k == "sub":
            return Org(f"{self.c.district}{sub.name}", sub.name) if self.r.random() < 0.5 else \
                Org(f"{sub.name}{comm.name}", comm.name)
        if k == "company":
            n = self.r.choice(self.c.companies)
            return Org(n, n)
        if k == "school":
            n = self.r.choice(self.c.schools)
            return Org(n, n)
        return self.c.orgs[k]

    def in_season(self, tag: str) -> list[tuple[str, date | None]]:
        return [(t, d) for t, d in self.tags.items() if tag and t.startswith(tag)]

    def scene(self, spec: dict) -> tuple[dict, tuple[str, date] | None]:
        """A scene of the kind: one in season when there is one (mostly), else an untagged one."""
        r = self.r
        seasonal = [(sc, self.in_season(sc["tag"])) for sc in spec["scenes"] if sc["tag"]]
        seasonal = [(sc, hits) for sc, hits in seasonal if hits and id(sc) not in self.used_scenes]
        if seasonal and r.random() < 0.75:
            sc, hits = r.choice(seasonal)
            dated = [(t, d) for t, d in hits if d is not None]
            self.used_scenes.add(id(sc))
            return sc, (dated[0] if dated else None)
        plain = [sc for sc in spec["scenes"] if not sc["tag"]]
        fresh = [sc for sc in plain if id(sc) not in self.used_scenes]
        sc = r.choice(fresh or plain)
        self.used_scenes.add(id(sc))
        return sc, None

    @staticmethod
    def anaphoric(f: "_Filler", template: str, before: list[str]) -> str:
        """该街道/该镇 only after the 街道 was named; else the 街道's name."""
        if "{anaph}" in template and not any(f["sub"] in p for p in before):
            template = template.replace("{anaph}", "{sub}", 1)
        return f(template)

    def event_article(self, kind: str, budget: int) -> "Piece":
        r = self.r
        spec = T[kind]
        f = self.fields(kind)
        sc, fest = self.scene(spec)
        if fest:
            f["fest_day"] = f"{fest[1].month}月{fest[1].day}日"
            if r.random() < 0.7:
                f["when"] = self.fest_when(*fest)
        f["purpose"] = f(r.choice(spec["purpose"]))
        head = f(r.choice(sc["head"]))
        subs = sc["sub"] or spec.get("sub", [])
        sub = f(r.choice(subs)) if subs and r.random() < 0.3 else ""
        lead = f(r.choice(sc["lead"]))
        details = sc["detail"] + spec.get("detail", [])
        r.shuffle(details)
        quotes = sc["quote"] + spec.get("quote", [])
        r.shuffle(quotes)
        if len(quotes) > 1 and "{resident}" in quotes[0] and "{resident}" in quotes[1]:
            quotes[1] = quotes[1].replace("{resident}", "{resident2}")
        pool = GENERIC_OFFICIAL if kind in ("inspect", "meeting") else GENERIC_DETAIL
        fresh = [g for g in pool if g not in self.used_generic]   # each generic line once an issue
        generic = r.sample(fresh, min(4, len(fresh)))
        self.used_generic.update(generic)
        extras = details + quotes[:2]
        if generic:
            extras.insert(r.randint(min(1, len(extras)), len(extras)), generic[0])
            extras += generic[1:]
        paras = [lead]
        closing = spec["close"][r.randrange(len(spec["close"]))]
        size = len(lead) + len(closing)
        for e in extras + [None]:
            if e is None or size >= budget and len(paras) >= 2:
                break
            paras.append(self.anaphoric(f, e, paras))
            size += len(paras[-1])
        closing = self.anaphoric(f, closing, paras)
        # long articles: short paragraphs joined two by two, as columns print them
        if r.random() < 0.5 and len(paras) > 3:
            paras = [paras[0]] + [paras[i] + (paras[i + 1] if i + 1 < len(paras) else "")
                                  for i in range(1, len(paras), 2)]
        if r.random() < 0.85:
            paras.append(closing)
        cap = f(r.choice(sc["caption"] or spec["caption"])) if r.random() < 0.3 else ""
        return Piece(head, sub, paras, cap, self.byline(), True)

    def series_acts(self) -> list[tuple[str, str]]:
        return [a for a in SERIES_ACTS if "重阳" not in a[0] or "重阳节" in self.tags]

    def series_article(self, budget: int) -> "Piece":
        r, c = self.r, self.c
        f = self.fields("elder")
        fest = [t for t in self.tags if t in ("重阳节", "中秋节", "春节", "端午节", "元宵节", "国庆节")]
        festname = fest[0] if fest and r.random() < 0.8 else ""
        fname = FEST_TEXT.get(festname, festname)
        multi = r.random() < 0.4
        comm = self.community()
        sub = comm.sub
        theme = r.choice(THEMES["elder"])
        named: list[Community] = []
        if multi:
            subs = [sub] + self.other_subs(sub, r.randint(2, 3))
            head = r.choice((f"“{theme}”系列活动温暖{c.ds}", f"{c.ds}多个街道开展{fname or '主题'}系列活动",
                             f"敬老月里暖意融融 {c.ds}社区关爱不断" if "敬老月" in self.tags else f"{fname or '邻里'}系列活动暖人心"))
            names = "、".join(s.stem for s in subs)
            kinds = "街道" if all(s.kind == "街道" for s in subs) else "镇街"
            lead = (f"{self.when(span=True)},{c.district}{names}等多个{kinds}开展以“{theme}”为主题的"
                    f"{fname}系列活动,把关爱送到居民身边。")
            if r.random() < 0.5:
                lead = f"{r.choice(T['elder']['purpose'])}," + lead
            paras = [lead]
            for s in subs:
                comms = [self.community(s)]
                comms.append(self.community(s, avoid=comms))
                acts = r.sample(self.series_acts(), 2)
                named.append(comms[0])
                p1 = acts[0][0].format(c=f"{s.name}{comms[0].name}", park=r.choice(c.parks), theme=theme)
                p2 = acts[1][0].format(c=("该街道" if s.kind == "街道" else "该镇") + comms[1].name,
                                       park=r.choice(c.parks), theme=theme)
                paras.append(p1 + p2[:-1] + ",让老人们的晚年生活更加多姿多彩。")
        else:
            org = sub.name
            head = r.choice((f"{sub.name}系列活动迎{fname.replace('节', '') or '佳节'}",
                             f"{sub.name}“{theme}”系列活动精彩纷呈", f"{sub.stem}:系列活动暖民心"))
            n_comm = r.randint(6, 20)
            lead = (f"{r.choice(T['elder']['purpose'])},{self.when(span=True)},{c.district}{org}带领辖区{n_comm}个"
                    f"{'村(社区)' if sub.kind == '镇' else '社区'}开展“{theme}”{fname}系列活动。")
            paras = [lead, "各社区结合实际各展所长,活动精彩纷呈。"]
            chosen: list[Community] = []
            for _ in range(r.randint(3, 5)):
                chosen.append(self.community(sub, avoid=chosen))
            acts = r.sample(self.series_acts(), len(chosen))
            named += chosen
            body = ""
            for cm, (act, _t) in zip(chosen, acts):
                body += act.format(c=cm.name, park=r.choice(c.parks), theme=theme)
            paras.append(body)
        fill = f
        if sum(map(len, paras)) < budget:
            paras.append(f(r.choice(T["elder"]["scenes"][-1]["quote"])))
        paras.append(r.choice(("系列活动让老人们乐在其中,孝老爱亲的氛围更加浓厚。",
                               "系列活动的开展,进一步营造了全社会关心关爱老年人的良好氛围。",
                               "此次系列活动凝聚了邻里温情,为构建和谐社区贡献了力量。")))
        f["comm"] = named[0].name
        cap = fill(r.choice(T["series_caption"])) if r.random() < 0.25 else ""
        return Piece(head, "", paras, cap, self.byline(), True)

    def feature_article(self, budget: int) -> "Piece":
        r, f = self.r, self.fields("feature")
        k = r.random()
        if k < 0.55:                                   # 综述: subheads and policy statements
            head = f(r.choice(FEATURE_HEADS))
            sub = r.choice(("——", "一", "—")) + f"{self.c.district}{f['topic']}工作综述"
            body = r.sample(POLICY_BODY, len(POLICY_BODY))
            paras = [f(r.choice(POLICY_OPEN)) + f(body.pop())]
            subheads = r.sample(FEATURE_SUBHEADS, 3)
            size = len(paras[0])
            while size < budget and len(body) >= 2:
                if subheads and r.random() < 0.6:
                    paras.append(subheads.pop())
                chunk = f(body.pop()) + f(body.pop())
                paras.append(chunk)
                size += len(chunk)
            paras.append(f(r.choice(POLICY_CLOSE)))
            return Piece(head, sub, paras, "", "本报记者 " + r.choice(self.duty), False, standalone_byline=True)
        if k < 0.8:                                    # profile: habitual text and quotes
            head = f(r.choice(PROFILE_HEADS))
            sub = r.choice(("——记", "一记", "——记")) + f"{f['sub']}{f['comm']}党支部书记{f['official']}"
            paras = [f(s) for s in PROFILE_SENT]
            return Piece(head, sub, paras, "", "本报记者 " + r.choice(self.duty), False, standalone_byline=True)
        head = f(r.choice(("{D}全面推进{topic}工作", "{org_s}出台{topic}新举措", "{topic}跑出“加速度”")))
        lead = f("记者从{org}获悉,今年以来,{org_s}聚焦{topic},出台一系列务实举措,取得阶段性成效。")
        paras = [lead] + [f(s) for s in r.sample(POLICY_BODY, r.randint(3, 6))] + [f(POLICY_CLOSE[0])]
        return Piece(head, "", paras, "", self.byline(), False)

    def byline(self) -> str:
        r = self.r
        a = r.choice(self.duty)
        k = r.random()
        if k < 0.6:
            return f"本报讯 (记者 {a}) "
        if k < 0.75:
            b = r.choice([x for x in self.duty if x != a] or [a])
            return f"本报讯 (记者 {a} {b}) "
        if k < 0.88:
            return f"本报讯 (通讯员 {self.person()} 记者 {a}) "
        if k < 0.95:
            return f"本报讯 (通讯员 {self.person()}) "
        return "本报讯 "

    def issue(self) -> str:
        """6-12 articles (1-2 features, the rest events), grown until the page reaches its target size."""
        r = self.r
        n_min = r.randint(6, 12)
        target = r.randint(9000, 19500)                 # bytes of the page
        per = int(target / n_min / 3.1)                 # chars per article, ~3 bytes a char
        kinds = list(EVENT_WEIGHTS)
        weights = [EVENT_WEIGHTS[k] * (3 if any(k in SEASON_BOOST.get(t, ()) for t in self.tags) else 1)
                   for k in kinds]
        n_feat = r.choice((0, 1, 1, 1, 2))
        pieces: list[Piece] = []
        done: list[str] = []
        size = 40
        while len(pieces) < n_min or size < target and len(pieces) < 12:
            budget = max(180, int(per * r.uniform(0.6, 1.4)))
            if len(pieces) < n_feat:
                p = self.feature_article(budget)
            else:
                kind = r.choices(kinds, weights=weights)[0]
                if kind in done and r.random() < 0.8:       # a kind seldom twice an issue
                    kind = r.choices(kinds, weights=weights)[0]
                done.append(kind)
                p = self.series_article(budget) if kind == "series" else self.event_article(kind, budget)
            grown = size + 3 * (len(p.head) + len(p.sub) + len(p.caption) + sum(map(len, p.paras))) + 30
            if len(pieces) >= 6 and grown > 20000:
                break
            pieces.append(p)
            size = grown
        r.shuffle(pieces)
        return render(self, pieces)


T["series_caption"] = ["图为{comm}的老人们参加活动", "图为志愿者陪老人聊天", "图为社区文艺汇演现场"]


class _Filler(dict):
    """The fields of one article; calling it fills a template. Fields in `lazy` are drawn on first use;
    unknown keys stay as written."""

    def __init__(self, fields: dict):
        super().__init__(fields)
        self.lazy: dict = {}
        self.lazy_cache: dict = {}

    def __missing__(self, key):
        make = self.lazy.get(key)
        if make is None:
            return "{" + key + "}"
        value = self[key] = make()
        return value

    def __call__(self, s: str) -> str:
        return s.format_map(self)


@dataclass
class Piece:
    head: str
    sub: str
    paras: list[str]
    caption: str
    byline: str
    event: bool
    standalone_byline: bool = False


# ---------------------------------------------------------------------------------------------
# Layout and OCR artifacts

ASCII_PUNCT = str.maketrans({"，": ",", "“": '"', "”": '"', "（": "(", "）": ")", "：": ":"})
TO_FULL = str.maketrans({",": "，", "(": "（", ")": "）", ":": "："})
NO_LINE_START = set("，。、；：？！”）,.;:?!)\"")
STRAY = ["囲", "<u>．</u>", "七", "成", "|", "■", "、", "玉"]


def ocr_spaces(r: random.Random, text: str, width: int, p: float) -> str:
    """Spaces where narrow column lines were joined: every `width` chars, with probability p."""
    out, i = [], 0
    while i < len(text):
        w = width + r.randint(-1, 1)
        out.append(text[i:i + w])
        i += w
        if i < len(text) and r.random() < p:
            out.append(" ")
    return "".join(out)


def narrow(text: str, width: int) -> list[str]:
    """A narrow column: lines of `width` chars; punctuation never starts a line."""
    lines: list[str] = []
    i = 0
    while i < len(text):
        j = i + width
        while j < len(text) and text[j] in NO_LINE_START:
            j += 1
        lines.append(text[i:j])
        i = j
    return lines


def render(w: Writer, pieces: list[Piece]) -> str:
    r, D, c = w.r, w.D, w.c
    ascii_punct = r.random() < 0.8
    page_spaces = r.random() < 0.6
    blocks: list[str] = [f"{D.year}年{D.month}月{D.day}日 星期{WEEKDAYS[D.weekday()]}"]
    marker_at = r.randrange(1, len(pieces)) if r.random() < 0.35 and len(pieces) > 1 else -1
    stray_at = r.randrange(len(pieces)) if r.random() < 0.08 else -1
    for i, p in enumerate(pieces):
        if i == marker_at:
            name = r.choice((c.ds, c.ds, "社区", "民生"))
            label = r.choice(("头条", "头条", "动态", "关注"))
            blocks.append(r.choice(("///, ", "///,", "/// ")) + " ".join(name + label) + " ///")
        paras = p.paras[:]
        first = p.byline + paras[0] if not p.standalone_byline else paras[0]
        paras[0] = first
        # a paragraph cut mid-sentence: tail moved after the next one, or kept as its own block
        if r.random() < 0.2 and len(paras) >= 2:
            j = r.randrange(len(paras))
            s = paras[j]
            if len(s) > 40:
                cut = r.randint(10, len(s) - 10)
                head, tail = s[:cut], s[cut:]
                paras[j] = head
                if r.random() < 0.5 and j + 2 <= len(paras):
                    paras.insert(j + 2, tail)
                else:
                    paras.insert(j + 1, tail)
        spaces = page_spaces and r.random() < 0.7
        width = r.randint(12, 17)
        column = r.random() < 0.12
        cwidth = r.randint(8, 14)
        body: list[str] = []
        for s in paras:
            if column and len(s) > cwidth * 2:
                body += narrow(s, cwidth)
            elif spaces:
                body.append(ocr_spaces(r, s, width, 0.35))
            else:
                body.append(s)
        lead_block: list[str] = []
        if p.standalone_byline:
            lead_block.append(p.byline)
        heads = [p.head] + ([p.sub] if p.sub else [])
        late_head = r.random() < 0.08 and len(body) > 2
        cap_block: list[str] = []
        if p.caption:
            cap_block = ["", p.caption] + ([r.choice((f"{r.choice(w.duty)}摄", "图片由学校提供",
                                                       "通讯员供图", "资料图片"))] if r.random() < 0.5 else []) + [""]
        if late_head:
            k = r.randint(1, 2)
            blocks += lead_block + body[:k] + heads + cap_block + body[k:]
        elif cap_block and r.random() < 0.5:
            blocks += heads + lead_block + cap_block + body
        else:
            blocks += heads + lead_block + body
            if cap_block:
                pos = len(blocks) - r.randint(0, max(0, len(body) - 1))
                blocks[pos:pos] = cap_block
        if i == stray_at:
            blocks += [r.choice(STRAY) for _ in range(r.randint(1, 6))]
    text = "\n\n".join(blocks) + "\n"
    if ascii_punct:
        text = text.translate(ASCII_PUNCT)
    else:
        text = text.translate(TO_FULL)
    return text


# ---------------------------------------------------------------------------------------------
# Driver

def generate(out_dir: Path | str, issues: int, seed: int = 0, start: date = date(2016, 1, 4)) -> list[Path]:
    """Write `issues` pages into out_dir; returns their paths in date order."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for text, D in iter_issues(issues, seed, start):
        path = out / f"{D.isoformat()}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def iter_issues(issues: int, seed: int = 0, start: date = date(2016, 1, 4)):
    """(page text, issue date) of the first `issues` issues of the corpus of `seed`."""
    corpus = Corpus(seed)
    rng = random.Random(f"issues:{seed}")
    for i, D in zip(range(issues), issue_days(start)):
        corpus.communities.advance(i)
        corpus.venues.advance(i)
        yield Writer(corpus, rng, D, i).issue(), D


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--issues", type=int, required=True, help="number of issue pages to write")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (district, names, pages)")
    ap.add_argument("--start", type=date.fromisoformat, default=date(2016, 1, 4),
                    help="first issue day (YYYY-MM-DD); later days skip Sundays and holidays")
    args = ap.parse_args(argv)
    if args.issues < 0:
        ap.error("--issues must be >= 0")
    t0 = time.perf_counter()
    paths = generate(args.out_dir, args.issues, args.seed, args.start)
    total = sum(p.stat().st_size for p in paths)
    dt = time.perf_counter() - t0
    span = f"{paths[0].stem} … {paths[-1].stem}" if paths else "none"
    print(f"{len(paths)} issues ({span}), {total / 1e6:.1f} MB, {dt:.1f} s → {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
