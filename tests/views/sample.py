"""A hand-written sample of two issues for the view, analysis and report tests.

Events (letters used in the hand counts of test_analyze.py):

  issue 2024-10-18
    article 1 家政进社区 服务零距离 (杨昱郁)
      A 家政服务进社区   PublicServiceOutreach+RecruitmentEvent 2024-10-15 凯德世家社区  O1 K       60
      I 看望独居老人     ElderCareVisit                        2024-10-16 凯德世家社区  -
    article 2 重阳敬老暖人心 (李四)
      B 走访慰问高龄老人 ElderCareVisit                        2024-10-11 西苑社区     O1 O3 K    30  attendee 张三
      C 敬老慰问演出     ElderCareVisit+CulturalPerformance    10-01..10-18 西苑社区   O4 O5 O6
      D 免费理发         VolunteerService+ElderCareVisit       2024-09-20 凯德世家社区  O3 O5      attendee O6
    article 3 书画展&文艺汇演 丰富群众生活 (杨昱郁)
      E 书画展           Exhibition                            10-01–10-07 图书馆展厅   O7
      F 文艺汇演         CulturalPerformance                   2024-10-12 永泰街道     O4 O6
  issue 2024-11-08
    article 1 冬季敬老 (李四)
      G 冬季走访         ElderCareVisit                        2024-11-05 凯德世家社区  O1 K
      H 养老工作推进会   Meeting                               2024-11-06 平城区       O1 O3

Places: 大同市 > 平城区 > {永泰街道 > 凯德世家社区, 北街街道 > 西苑社区 > 幸福&家园小区, 图书馆展厅}.
O1 平城区民政局, O3 北街街道党工委, O4 老年协会&志愿者服务队, O5 <script>…</script>青年志愿队,
O6 <img … onerror …>href剧团, O7 大同市图书馆, K 凯德世家社区 (a place acting as organization).
"""

from __future__ import annotations

from datetime import date

from kg.records import Article, DateSpec, Event, Issue, Organization, Person, Place, Sentence

O1, O3, O4 = "平城区民政局", "北街街道党工委", "老年协会&志愿者服务队"
O5 = "<script>window.kgPwned=1</script>青年志愿队"
O6 = '<img src=x onerror="window.kgPwned=2">href剧团'
O7, K = "大同市图书馆", "凯德世家社区"

EVIDENCE_B = "10月11日，平城区民政局联合北街街道党工委走访慰问西苑社区30位高龄老人。"
EVIDENCE_C = "近日，老年协会&志愿者服务队在西苑社区为老人送上敬老慰问演出。"


def places(extra: bool = True) -> dict[str, Place]:
    all_places = [
        Place("大同市", "City"),
        Place("平城区", "District", "大同市"),
        Place("永泰街道", "Subdistrict", "平城区"),
        Place("北街街道", "Subdistrict", "平城区"),
        Place("凯德世家社区", "Community", "永泰街道"),
        Place("西苑社区", "Community", "北街街道"),
        Place("幸福&家园小区", "ResidentialArea", "西苑社区"),
        Place("图书馆展厅", "Venue", "平城区"),
    ]
    keep = all_places if extra else all_places[:5]
    return {p.name: p for p in keep}


def article(index: int, headline: str, authors: list[str], events: list[tuple[str, dict]]) -> Article:
    """An article whose body is the events' sentences, with the offsets filled in."""
    body, built = "", []
    for sentence, fields in events:
        start = len(body)
        body += sentence
        built.append(Event(sentence=Sentence(sentence, start, len(body)), **fields))
    return Article(index, headline, body, authors=authors, events=built)


def ev(types, name, *, day=None, end=None, earliest=None, latest=None, places=(), organizers=(),
       attendees=(), count=None) -> dict:
    spec = DateSpec(start=day, end=end, earliest=earliest, latest=latest)
    return dict(types=list(types), name=name, date=spec, places=list(places), organizers=list(organizers),
                attendees=list(attendees), attendee_count=count)


def issue_1018() -> Issue:
    orgs = {n: Organization(n, k) for n, k in [(O1, "Government"), (O3, "PartyCommittee"),
                                               (O4, "Association"), (O5, "Association"),
                                               (O6, "Association"), (O7, "Library"), (K, "Community")]}
    a1 = article(1, "家政进社区 服务零距离", ["杨昱郁"], [
        ("10月15日，平城区永泰街道凯德世家社区举办“家政服务进社区”活动，吸引60余名居民参与。",
         ev(["PublicServiceOutreach", "RecruitmentEvent"], "家政服务进社区", day=date(2024, 10, 15),
            places=["凯德世家社区"], organizers=[O1, K], count=60)),
        ("10月16日，社区工作人员看望辖区独居老人。",
         ev(["ElderCareVisit"], "看望独居老人", day=date(2024, 10, 16), places=["凯德世家社区"])),
    ])
    a2 = article(2, "重阳敬老暖人心", ["李四"], [
        (EVIDENCE_B, ev(["ElderCareVisit"], "走访慰问高龄老人", day=date(2024, 10, 11), places=["西苑社区"],
                        organizers=[O1, O3, K], attendees=["张三"], count=30)),
        (EVIDENCE_C, ev(["ElderCareVisit", "CulturalPerformance"], "敬老慰问演出", earliest=date(2024, 10, 1),
                        latest=date(2024, 10, 18), places=["西苑社区"], organizers=[O4, O5, O6])),
        ("9月20日，志愿者在凯德世家社区为老人免费理发。",
         ev(["VolunteerService", "ElderCareVisit"], "免费理发", day=date(2024, 9, 20), places=["凯德世家社区"],
            organizers=[O3, O5], attendees=[O6])),
    ])
    a3 = article(3, "书画展&文艺汇演 丰富群众生活", ["杨昱郁"], [
        ("10月1日至7日，大同市图书馆在图书馆展厅举办书画展。",
         ev(["Exhibition"], "书画展", day=date(2024, 10, 1), end=date(2024, 10, 7), places=["图书馆展厅"],
            organizers=[O7])),
        ("10月12日，永泰街道举办文艺汇演。",
         ev(["CulturalPerformance"], "文艺汇演", day=date(2024, 10, 12), places=["永泰街道"],
            organizers=[O4, O6])),
    ])
    people = {"杨昱郁": Person("杨昱郁", "记者"), "李四": Person("李四", "记者"), "张三": Person("张三", "社区书记")}
    return Issue(date(2024, 10, 18), "2024-10-18.txt", "", district="平城区", city="大同市",
                 articles=[a1, a2, a3], places=places(), organizations=orgs, people=people)


def issue_1108() -> Issue:
    orgs = {n: Organization(n, k) for n, k in [(O1, "Government"), (O3, "PartyCommittee"), (K, "Community")]}
    a1 = article(1, "冬季敬老", ["李四"], [
        ("11月5日，平城区民政局与凯德世家社区开展冬季走访。",
         ev(["ElderCareVisit"], "冬季走访", day=date(2024, 11, 5), places=["凯德世家社区"], organizers=[O1, K])),
        ("11月6日，平城区召开养老工作推进会。",
         ev(["Meeting"], "养老工作推进会", day=date(2024, 11, 6), places=["平城区"], organizers=[O1, O3])),
    ])
    return Issue(date(2024, 11, 8), "2024-11-08.txt", "", district="平城区", city="大同市",
                 articles=[a1], places=places(extra=False), organizations=orgs,
                 people={"李四": Person("李四", "记者")})


def issues() -> list[Issue]:
    return [issue_1018(), issue_1108()]
