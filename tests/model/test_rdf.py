from datetime import date

from rdflib import RDF, XSD, Literal

from kg import ONTOLOGY_DIR
from kg.model import iris
from kg.model.rdf import issue_graph
from kg.model.vocab import CE, SCHEMA
from kg.records import Article, DateSpec, Event, Issue, Organization, Person, Place, Sentence


def small_issue() -> Issue:
    issue = Issue(date(2025, 1, 5), "x.txt", "text", district="武侯区", city="成都市")
    issue.places = {
        "成都市": Place("成都市", "City"),
        "武侯区": Place("武侯区", "District", "成都市"),
        "浆洗街街道": Place("浆洗街街道", "Subdistrict", "武侯区"),
        "锦里社区": Place("锦里社区", "Community", "浆洗街街道"),
    }
    issue.organizations = {"武侯区民政局": Organization("武侯区民政局", "Government"),
                           "锦里社区": Organization("锦里社区", "Community")}
    issue.people = {"李明": Person("李明", "记者")}
    s = Sentence("12月28日，武侯区民政局走访慰问了锦里社区老人。", 0, 24)
    visit = Event(["ElderCareVisit"], "走访慰问", s, DateSpec(start=date(2024, 12, 28)), ["锦里社区"],
                  ["武侯区民政局", "锦里社区"], attendee_count=30)
    series = Event(["EventSeries"], "系列活动", s, DateSpec(earliest=date(2024, 12, 22), latest=date(2025, 1, 5)))
    series.sub_events = [visit]
    issue.articles = [Article(1, "暖冬行动", s.text, authors=["李明"], events=[series, visit])]
    return issue


def test_issue_graph_follows_the_contract():
    iri, g = issue_graph(small_issue())
    assert iri == str(iris.issue_iri(date(2025, 1, 5)))
    events = set(g.subjects(RDF.type, CE.ElderCareVisit))
    assert len(events) == 1
    (e,) = events
    assert (e, SCHEMA.startDate, Literal("2024-12-28", datatype=XSD.date)) in g
    assert (e, CE.attendeeCount, Literal(30, datatype=XSD.integer)) in g
    place = next(g.objects(e, SCHEMA.location))
    assert (place, SCHEMA.name, Literal("锦里社区", lang="zh")) in g
    assert (place, RDF.type, CE.Community) in g
    # a community organizing keeps one IRI as place and organization
    assert place in set(g.objects(e, SCHEMA.organizer))
    assert (place, RDF.type, SCHEMA.Organization) in g
    series = next(g.subjects(RDF.type, CE.EventSeries))
    assert (series, SCHEMA.subEvent, e) in g
    assert (series, CE.earliestDate, Literal("2024-12-22", datatype=XSD.date)) in g
    article = next(g.objects(e, SCHEMA.subjectOf))
    assert (article, SCHEMA.headline, Literal("暖冬行动", lang="zh")) in g
    assert (article, SCHEMA.isPartOf, URIRef_of(iri)) in g


def URIRef_of(iri):
    from rdflib import URIRef
    return URIRef(iri)


def test_same_place_in_two_issues_is_one_iri():
    a, b = small_issue(), small_issue()
    b.date = date(2025, 2, 1)
    _, ga = issue_graph(a)
    _, gb = issue_graph(b)
    name = Literal("锦里社区", lang="zh")
    assert set(ga.subjects(SCHEMA.name, name)) == set(gb.subjects(SCHEMA.name, name))


def test_graph_conforms_to_the_shapes():
    from pyshacl import validate
    from rdflib import Graph
    _, g = issue_graph(small_issue())
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl")
    ont = Graph().parse(ONTOLOGY_DIR / "ce.ttl")
    conforms, _, text = validate(g, shacl_graph=shapes, ont_graph=ont, inference="none")
    assert conforms, text


def test_shapes_catch_an_event_without_evidence():
    from pyshacl import validate
    from rdflib import Graph
    _, g = issue_graph(small_issue())
    g.remove((None, CE.evidence, None))
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl")
    ont = Graph().parse(ONTOLOGY_DIR / "ce.ttl")
    conforms, _, text = validate(g, shacl_graph=shapes, ont_graph=ont, inference="none")
    assert not conforms and "evidence" in text


def test_each_event_has_a_date_label_and_a_type_label():
    _, g = issue_graph(small_issue())
    visit = next(g.subjects(RDF.type, CE.ElderCareVisit))
    series = next(g.subjects(RDF.type, CE.EventSeries))
    assert list(g.objects(visit, CE.dateLabel)) == [Literal("2024-12-28")]
    assert list(g.objects(series, CE.dateLabel)) == [Literal("2024-12-22..2025-01-05")]
    assert list(g.objects(visit, CE.typeLabel)) == [Literal("ElderCareVisit")]


def test_date_label_of_spans_and_open_bounds():
    from kg.model.rdf import date_label, type_label

    issue_day = date(2025, 1, 5)
    assert date_label(DateSpec(start=date(2025, 1, 1), end=date(2025, 1, 3)), issue_day) == "2025-01-01/2025-01-03"
    assert date_label(DateSpec(start=date(2025, 1, 1), end=date(2025, 1, 1)), issue_day) == "2025-01-01"
    # no time in the article: the issue date is the latest bound, as the model writes ce:latestDate
    assert date_label(DateSpec(), issue_day) == "..2025-01-05"
    assert date_label(DateSpec(latest=date(2024, 12, 31)), issue_day) == "..2024-12-31"
    assert type_label(["VolunteerService", "ElderCareVisit", "VolunteerService"]) == "ElderCareVisit, VolunteerService"
