"""Plain records the extractor fills and the RDF model reads. No rdflib here.

Offsets are character offsets into `Article.body`, the cleaned text of one article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Kinds of place, most general first; the contract's RDF classes exist for District and below.
PLACE_KINDS = ("Country", "Province", "City", "District", "Subdistrict", "Community",
               "ResidentialArea", "Venue")


@dataclass
class DateSpec:
    """When an event happened: an exact day (start/end) or bounds of a vague time."""

    start: date | None = None
    end: date | None = None
    earliest: date | None = None
    latest: date | None = None
    text: str = ""

    @property
    def known(self) -> bool:
        return self.start is not None or (self.earliest is not None and self.latest is not None)


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Sentence:
    text: str
    start: int  # offset in the article body
    end: int


@dataclass
class Mention:
    """A name read at a place in an article body."""

    name: str          # canonical name the mention resolves to
    surface: str       # the text as it stands
    start: int
    end: int


@dataclass
class Place:
    name: str
    kind: str                  # one of PLACE_KINDS
    parent: str | None = None  # canonical name of the containing place
    aliases: set[str] = field(default_factory=set)


@dataclass
class Organization:
    name: str
    kind: str = "Organization"  # e.g. Government, PartyCommittee, School, Community, Association, Company
    aliases: set[str] = field(default_factory=set)


@dataclass
class Person:
    name: str
    role: str = ""


@dataclass
class Event:
    types: list[str]                       # local names of ce: event classes
    name: str
    sentence: Sentence
    date: DateSpec = field(default_factory=DateSpec)
    places: list[str] = field(default_factory=list)       # most specific first
    organizers: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    attendee_count: int | None = None
    trigger: str = ""
    sub_events: list["Event"] = field(default_factory=list)


@dataclass
class Article:
    index: int
    headline: str
    body: str
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Issue:
    """Everything read from one newspaper issue."""

    date: date
    source: str                         # file name the page came from
    text: str                           # the page text as read (before cleanup)
    district: str | None = None         # the district the issue is about, default parent of its 街道
    city: str | None = None
    province: str | None = None
    articles: list[Article] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    content_hash: str = ""

    @property
    def events(self) -> list[Event]:
        return [e for a in self.articles for e in a.events]
