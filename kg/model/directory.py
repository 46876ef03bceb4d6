"""The directory graph: one description of each place, organization and person.

Every issue graph describes the places, organizations and people it names (their kinds,
names, the place each lies in), so a 街道 named in 1,000 issues is described 1,000 times.
A SPARQL store's default graph is the union of the named graphs, and Oxigraph 0.5 keeps
every copy in that union (oxigraph/oxigraph#1919), so a lookup by name matched once per
issue and joins from it grew with the archive.

The directory graph holds each of those triples once: every triple, of any issue graph,
whose subject that graph types as schema:Place, schema:Organization or schema:Person. It is
derived data, kept by the store in the same transaction as the issue graphs it comes from:
a triple is in it exactly while some issue graph holds it. One exception: where issues
disagree on the place a place lies in (schema:containedInPlace; an article about one 街道
that names a 社区 of another), the directory keeps the parent that the most issues give (all
of them on a tie), so that one misread page does not put a 社区 in every 街道.

Queries look entities up there (`GRAPH <…/id/graph/directory> { ?p schema:name "…"@zh }`)
and read events inside their issue's graph.

Blank nodes are left out: their labels mean nothing outside their own graph. The stores
(kg.store.base) pick the shared triples out of every graph they write; this module holds
the rule's constants and imports nothing heavy.
"""

from __future__ import annotations

DIRECTORY_GRAPH = "https://w3id.org/community-kg/id/graph/directory"
# Subjects typed with one of these in an issue graph are shared across issues.
SHARED_CLASSES = ("https://schema.org/Place", "https://schema.org/Organization", "https://schema.org/Person")

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
CONTAINED_IN = "https://schema.org/containedInPlace"

# Run after every change of the directory: each place keeps the parent(s) most issues give it.
# Measured at 3,000 issues: 0.16 s for all places (benchmarks, BENCHMARKS.md).
CONSENSUS_UPDATE = f"""DELETE {{ GRAPH <{DIRECTORY_GRAPH}> {{ ?place <{CONTAINED_IN}> ?parent }} }}
WHERE {{ GRAPH <{DIRECTORY_GRAPH}> {{ ?place <{CONTAINED_IN}> ?parent }} }} ;
INSERT {{ GRAPH <{DIRECTORY_GRAPH}> {{ ?place <{CONTAINED_IN}> ?parent }} }} WHERE {{
  {{ SELECT ?place (MAX(?issues) AS ?most) WHERE {{
      {{ SELECT ?place ?candidate (COUNT(DISTINCT ?g) AS ?issues) WHERE {{
          GRAPH ?g {{ ?place <{CONTAINED_IN}> ?candidate }} FILTER(?g != <{DIRECTORY_GRAPH}>) }}
        GROUP BY ?place ?candidate }} }} GROUP BY ?place }}
  {{ SELECT ?place ?parent (COUNT(DISTINCT ?g2) AS ?claims) WHERE {{
      GRAPH ?g2 {{ ?place <{CONTAINED_IN}> ?parent }} FILTER(?g2 != <{DIRECTORY_GRAPH}>) }}
    GROUP BY ?place ?parent }}
  FILTER(?claims = ?most && isIRI(?place))
}}"""


def rebuild_update() -> str:
    """A SPARQL update that rebuilds the directory from every other named graph."""
    classes = " ".join(f"<{c}>" for c in SHARED_CLASSES)
    return (f"DROP SILENT GRAPH <{DIRECTORY_GRAPH}> ;\n"
            f"INSERT {{ GRAPH <{DIRECTORY_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{\n"
            f"  GRAPH ?g {{ ?s <{RDF_TYPE}> ?class . ?s ?p ?o }}\n"
            f"  VALUES ?class {{ {classes} }}\n"
            f"  FILTER(isIRI(?s) && !isBlank(?o) && ?g != <{DIRECTORY_GRAPH}>)\n"
            f"}} ;\n" + CONSENSUS_UPDATE)
