"""Namespaces of the contract, derived from ontology/ce.ttl.

rdflib's DefinedNamespace refuses undefined terms, so a misspelt term fails at once;
tests/model/test_vocab.py checks that these lists equal the terms the ontology declares.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

BASE = "https://w3id.org/community-kg/"
ID = Namespace(BASE + "id/")


class CE(DefinedNamespace):
    _NS = Namespace(BASE + "ontology#")
    _fail = True

    CommunityEvent: URIRef
    ElderCareVisit: URIRef
    Exhibition: URIRef
    TrainingSession: URIRef
    VolunteerService: URIRef
    CulturalPerformance: URIRef
    EducationActivity: URIRef
    PublicServiceOutreach: URIRef
    Inspection: URIRef
    Meeting: URIRef
    SportsActivity: URIRef
    RecruitmentEvent: URIRef
    CommunityGathering: URIRef
    EventSeries: URIRef
    District: URIRef
    Subdistrict: URIRef
    Community: URIRef
    ResidentialArea: URIRef
    Venue: URIRef
    Mention: URIRef
    EventTypes: URIRef
    earliestDate: URIRef
    latestDate: URIRef
    attendeeCount: URIRef
    evidence: URIRef
    dateText: URIRef
    dateLabel: URIRef
    typeLabel: URIRef
    trigger: URIRef
    charStart: URIRef
    charEnd: URIRef
    mentions: URIRef
    inArticle: URIRef
    surface: URIRef
    sourceFile: URIRef
    contentHash: URIRef
    placeKind: URIRef
    orgKind: URIRef
    role: URIRef
    triggerWord: URIRef


class SCHEMA(DefinedNamespace):
    _NS = Namespace("https://schema.org/")
    _fail = True

    Event: URIRef
    Place: URIRef
    Organization: URIRef
    Person: URIRef
    NewsArticle: URIRef
    PublicationIssue: URIRef
    name: URIRef
    startDate: URIRef
    endDate: URIRef
    location: URIRef
    organizer: URIRef
    attendee: URIRef
    subjectOf: URIRef
    subEvent: URIRef
    containedInPlace: URIRef
    headline: URIRef
    alternativeHeadline: URIRef
    author: URIRef
    isPartOf: URIRef
    datePublished: URIRef
    articleBody: URIRef


EVENT_CLASSES = ("ElderCareVisit", "Exhibition", "TrainingSession", "VolunteerService",
                 "CulturalPerformance", "EducationActivity", "PublicServiceOutreach", "Inspection",
                 "Meeting", "SportsActivity", "RecruitmentEvent", "CommunityGathering", "EventSeries")

PREFIXES = {"schema": str(SCHEMA._NS), "ce": str(CE._NS), "id": str(ID)}
