"""Minting instance IRIs. The same place, organization or person across issues gets one IRI."""

from __future__ import annotations

from datetime import date

from rdflib import URIRef

from kg.model.vocab import ID

# Characters an IRI may not hold (RFC 3987) plus the ones that would change its structure.
_UNSAFE = {c: f"%{ord(c):02X}" for c in ' <>"{}|\\^`%#?/\t\n\r'}


def slug(text: str) -> str:
    return "".join(_UNSAFE.get(c, c) for c in text.strip())


def issue_key(day: date) -> str:
    return day.isoformat()


def issue_iri(day: date) -> URIRef:
    return ID[f"issue/{issue_key(day)}"]


def article_iri(day: date, index: int) -> URIRef:
    return ID[f"article/{issue_key(day)}/{index}"]


def event_iri(day: date, article: int, index: int) -> URIRef:
    return ID[f"event/{issue_key(day)}/{article}-{index}"]


def mention_iri(day: date, article: int, index: int) -> URIRef:
    return ID[f"mention/{issue_key(day)}/{article}-{index}"]


def place_iri(name: str, scope: str | None) -> URIRef:
    """Places below a district are scoped by it: 西苑社区 of one district is not that of another."""
    return ID[f"place/{slug(scope)}/{slug(name)}" if scope else f"place/{slug(name)}"]


def org_iri(name: str) -> URIRef:
    return ID[f"org/{slug(name)}"]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{slug(name)}"]
