"""The RDF model: one extracted Issue record to the triples of its named graph."""

from __future__ import annotations

from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg.model import iris
from kg.model.vocab import CE, SCHEMA, PREFIXES
from kg.records import DateSpec, Event, Issue, Place

PLACE_CLASSES = {"District": CE.District, "Subdistrict": CE.Subdistrict, "Community": CE.Community,
                 "ResidentialArea": CE.ResidentialArea, "Venue": CE.Venue}
BROAD_KINDS = {"Country", "Province", "City", "District"}


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def day(value) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def date_label(d: DateSpec, issue_date) -> str:
    """ce:dateLabel: the same text kg.model.labels derives in SPARQL from the date facts written below."""
    if d.start:
        return d.start.isoformat() + (f"/{d.end.isoformat()}" if d.end and d.end != d.start else "")
    earliest = d.earliest.isoformat() if d.earliest else ""
    return f"{earliest}..{(d.latest or issue_date).isoformat()}"


def type_label(types: list[str]) -> str:
    """ce:typeLabel: the event's classes in a fixed order, so that every store writes the same text."""
    return ", ".join(sorted(set(types)))


class IssueGraph:
    """Builds the graph of one issue; entity IRIs are resolved once per name."""

    def __init__(self, issue: Issue):
        self.issue = issue
        self.graph = Graph()
        for prefix, ns in PREFIXES.items():
            self.graph.bind(prefix, ns)
        self.iri = iris.issue_iri(issue.date)
        self._place_iris: dict[str, URIRef] = {}

    def add(self, s, p, o) -> None:
        self.graph.add((s, p, o))

    # ---------------------------------------------------------------- entities
    def district_of(self, place: Place) -> str | None:
        seen = set()
        cur = place
        while cur is not None and cur.name not in seen:
            seen.add(cur.name)
            if cur.kind == "District":
                return cur.name
            cur = self.issue.places.get(cur.parent) if cur.parent else None
        return self.issue.district

    def place(self, name: str) -> URIRef:
        if name in self._place_iris:
            return self._place_iris[name]
        place = self.issue.places[name]
        scope = None if place.kind in BROAD_KINDS else self.district_of(place)
        iri = iris.place_iri(name, scope)
        self._place_iris[name] = iri
        return iri

    def entity(self, name: str) -> URIRef:
        """An organizer or attendee: a place acting as an organization keeps the place's IRI."""
        if name in self.issue.places:
            return self.place(name)
        if name in self.issue.organizations:
            return iris.org_iri(name)
        return iris.person_iri(name)

    def add_places(self) -> None:
        for name, place in self.issue.places.items():
            iri = self.place(name)
            self.add(iri, RDF.type, SCHEMA.Place)
            if place.kind in PLACE_CLASSES:
                self.add(iri, RDF.type, PLACE_CLASSES[place.kind])
            else:
                self.add(iri, CE.placeKind, Literal(place.kind))
            self.add(iri, SCHEMA.name, zh(name))
            if place.parent and place.parent in self.issue.places and place.parent != name:
                self.add(iri, SCHEMA.containedInPlace, self.place(place.parent))

    def add_organizations(self) -> None:
        for name, org in self.issue.organizations.items():
            iri = self.entity(name)
            self.add(iri, RDF.type, SCHEMA.Organization)
            self.add(iri, SCHEMA.name, zh(name))
            self.add(iri, CE.orgKind, Literal(org.kind))

    def add_people(self) -> None:
        for name, person in self.issue.people.items():
            iri = iris.person_iri(name)
            self.add(iri, RDF.type, SCHEMA.Person)
            self.add(iri, SCHEMA.name, zh(name))
            if person.role:
                self.add(iri, CE.role, zh(person.role))

    # ---------------------------------------------------------------- articles and events
    def add_issue(self) -> None:
        issue = self.issue
        self.add(self.iri, RDF.type, SCHEMA.PublicationIssue)
        self.add(self.iri, SCHEMA.datePublished, day(issue.date))
        self.add(self.iri, SCHEMA.name, zh(f"{issue.date.isoformat()} {issue.source}"))
        self.add(self.iri, CE.sourceFile, Literal(issue.source))
        if issue.content_hash:
            self.add(self.iri, CE.contentHash, Literal(issue.content_hash))

    def add_articles(self) -> None:
        issue = self.issue
        for article in issue.articles:
            a = iris.article_iri(issue.date, article.index)
            self.add(a, RDF.type, SCHEMA.NewsArticle)
            self.add(a, SCHEMA.headline, zh(article.headline))
            self.add(a, SCHEMA.name, zh(article.headline))
            if article.subtitle:
                self.add(a, SCHEMA.alternativeHeadline, zh(article.subtitle))
            self.add(a, SCHEMA.isPartOf, self.iri)
            self.add(a, SCHEMA.datePublished, day(issue.date))
            self.add(a, SCHEMA.articleBody, zh(article.body))
            for author in article.authors:
                self.add(a, SCHEMA.author, iris.person_iri(author))
            for n, mention in enumerate(article.mentions, 1):
                m = iris.mention_iri(issue.date, article.index, n)
                self.add(m, RDF.type, CE.Mention)
                self.add(m, CE.mentions, self.entity(mention.name))
                self.add(m, CE.inArticle, a)
                self.add(m, CE.surface, zh(mention.surface))
                self.add(m, CE.charStart, Literal(mention.start))
                self.add(m, CE.charEnd, Literal(mention.end))
            made = {id(ev): iris.event_iri(issue.date, article.index, n)
                    for n, ev in enumerate(article.events, 1)}
            for event in article.events:
                self.add_event(event, made[id(event)], a)
                for sub in event.sub_events:
                    if id(sub) in made:
                        self.add(made[id(event)], SCHEMA.subEvent, made[id(sub)])

    def add_event(self, event: Event, e: URIRef, article: URIRef) -> URIRef:
        for t in event.types:
            self.add(e, RDF.type, CE[t])
        self.add(e, SCHEMA.name, zh(event.name))
        self.add(e, SCHEMA.subjectOf, article)
        self.add(e, CE.evidence, zh(event.sentence.text))
        self.add(e, CE.charStart, Literal(event.sentence.start))
        self.add(e, CE.charEnd, Literal(event.sentence.end))
        if event.trigger:
            self.add(e, CE.trigger, zh(event.trigger))
        d = event.date
        if d.start:
            self.add(e, SCHEMA.startDate, day(d.start))
            if d.end and d.end != d.start:
                self.add(e, SCHEMA.endDate, day(d.end))
        else:
            if d.earliest:
                self.add(e, CE.earliestDate, day(d.earliest))
            self.add(e, CE.latestDate, day(d.latest or self.issue.date))
        if d.text:
            self.add(e, CE.dateText, zh(d.text))
        self.add(e, CE.dateLabel, Literal(date_label(d, self.issue.date)))
        self.add(e, CE.typeLabel, Literal(type_label(event.types)))
        for name in event.places:
            if name in self.issue.places:
                self.add(e, SCHEMA.location, self.place(name))
        for name in event.organizers:
            self.add(e, SCHEMA.organizer, self.entity(name))
        for name in event.attendees:
            self.add(e, SCHEMA.attendee, self.entity(name))
        if event.attendee_count is not None:
            self.add(e, CE.attendeeCount, Literal(event.attendee_count, datatype=XSD.integer))
        return e


def issue_graph(issue: Issue) -> tuple[str, Graph]:
    """The named graph's IRI and its triples."""
    builder = IssueGraph(issue)
    builder.add_issue()
    builder.add_places()
    builder.add_organizations()
    builder.add_people()
    builder.add_articles()
    return str(builder.iri), builder.graph
