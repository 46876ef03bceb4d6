"""Words the views show: class and type names in Chinese or English, colours, shapes, romanization."""

from __future__ import annotations

from functools import lru_cache

LANGS = ("zh", "en")

# Node classes of a view, in the order a node is classed when it carries several rdf:types.
CLASSES = ("event", "article", "place", "organization", "person")

CLASS_LABELS = {
    "event": ("活动", "Event"),
    "article": ("新闻报道", "News article"),
    "place": ("地点", "Place"),
    "organization": ("组织", "Organization"),
    "person": ("人物", "Person"),
}

# colour, vis-network shape (all draw their label below the shape)
CLASS_STYLE = {
    "event": ("#e4572e", "dot"),
    "article": ("#8e6c8a", "hexagon"),
    "place": ("#2e86ab", "triangle"),
    "organization": ("#3f9142", "square"),
    "person": ("#f2a541", "diamond"),
}

# Same words as the rdfs:labels of ontology/ce.ttl.
TYPE_LABELS = {
    "ElderCareVisit": ("敬老慰问", "Elder-care visit"),
    "Exhibition": ("展览", "Exhibition"),
    "TrainingSession": ("培训", "Training session"),
    "VolunteerService": ("志愿服务", "Volunteer service"),
    "CulturalPerformance": ("文艺演出", "Cultural performance"),
    "EducationActivity": ("教育活动", "Education activity"),
    "PublicServiceOutreach": ("便民服务与宣传", "Public service and outreach"),
    "Inspection": ("巡察督查", "Inspection"),
    "Meeting": ("会议", "Meeting"),
    "SportsActivity": ("文体健身", "Sports activity"),
    "RecruitmentEvent": ("招聘", "Recruitment event"),
    "CommunityGathering": ("社区联谊", "Community gathering"),
    "EventSeries": ("系列活动", "Event series"),
    "CommunityEvent": ("社区活动", "Community event"),
    # kinds of place
    "District": ("区县", "District"),
    "Subdistrict": ("街道乡镇", "Subdistrict"),
    "Community": ("社区村", "Community"),
    "ResidentialArea": ("小区", "Residential area"),
    "Venue": ("场所", "Venue"),
    "City": ("市", "City"),
    "Province": ("省", "Province"),
    "Country": ("国家", "Country"),
}

FIELD_LABELS = {
    "type": ("类型", "Type"),
    "date": ("日期", "Date"),
    "place": ("地点", "Place"),
    "organizers": ("主办方", "Organizers"),
    "attendees": ("参与者", "Attendees"),
    "count": ("参与人数", "Head count"),
    "headline": ("报道", "Article"),
    "evidence": ("依据", "Evidence"),
    "kind": ("级别", "Kind"),
    "parents": ("上级地点", "Part of"),
    "events": ("活动数", "Events"),
    "published": ("出版日期", "Published"),
    "authors": ("作者", "Authors"),
    "role": ("身份", "Role"),
    "name": ("名称", "Name"),
    "issue": ("期号", "Issue"),
}

UI_LABELS = {
    "legend": ("图例", "Legend"),
    "laying_out": ("正在布局…", "Laying out…"),
    "hint": ("悬停查看详情，点击固定", "Hover for details, click to pin"),
    "nodes": ("个节点", "nodes"),
    "edges": ("条连线", "edges"),
    "between": ("至", "to"),
    "before": ("不晚于", "by"),
    "report": ("社区活动报告", "Community events report"),
    "issues": ("期", "issues"),
    "articles": ("篇报道", "articles"),
    "events": ("项活动", "events"),
    "by_type": ("各类活动数", "Events per type"),
    "by_type_note": ("一项活动可属多个类型。", "An event may have several types."),
    "by_subdistrict": ("各街道活动数", "Events per subdistrict"),
    "no_subdistrict": ("（未定位到街道）", "(no subdistrict)"),
    "timeline": ("活动时间线", "Timeline of events"),
    "timeline_note": ("浅色为大致时间。", "Lighter marks are approximate dates."),
    "undated": ("无日期", "undated"),
    "article_list": ("报道与活动", "Articles and their events"),
    "evidence_link": ("依据", "evidence"),
    "no_events": ("未识别出活动。", "No events found."),
    "view": ("图谱", "Graph"),
}


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def class_label(cls: str, lang: str) -> str:
    return pick(CLASS_LABELS[cls], lang)


def type_label(local: str, lang: str) -> str:
    return pick(TYPE_LABELS[local], lang) if local in TYPE_LABELS else local


def field(key: str, lang: str) -> str:
    return pick(FIELD_LABELS[key], lang)


def ui(key: str, lang: str) -> str:
    return pick(UI_LABELS[key], lang)


def resolve_type(text: str) -> str | None:
    """An event class from its local name (any case), Chinese or English label."""
    from kg.model.vocab import EVENT_CLASSES

    wanted = text.strip().casefold()
    for local in EVENT_CLASSES:
        zh, en = TYPE_LABELS[local]
        if wanted in (local.casefold(), zh, en.casefold()):
            return local
    return None


@lru_cache(maxsize=1)
def _pinyin():
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # optional: names stay Chinese without it
        return None
    return lambda text: lazy_pinyin(text, style=Style.NORMAL)


@lru_cache(maxsize=50_000)
def romanize(name: str) -> str:
    """Pinyin without tones, one capitalised syllable a word: 平城区 -> Ping Cheng Qu.

    Text that is not Chinese stays as it is; without pypinyin the name is returned unchanged.
    """
    convert = _pinyin()
    if convert is None or not any("\u3400" <= c <= "\u9fff" for c in name):
        return name
    words = [w.strip() for w in convert(name)]
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


def display_name(name: str, lang: str) -> str:
    return romanize(name) if lang == "en" else name
