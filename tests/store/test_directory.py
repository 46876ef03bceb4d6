"""The directory graph: each place, organization and person described once, kept in step with the
issue graphs by every write (see kg.model.directory). Runs on both backends."""

from __future__ import annotations

from kg.model.directory import DIRECTORY_GRAPH, rebuild_update
from kg.store import base

ID = "https://w3id.org/community-kg/id/"
S = "https://schema.org/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
G1, G2 = f"{ID}issue/2031-05-01", f"{ID}issue/2031-05-02"


def place(slug: str, name: str, parent: str | None = None) -> str:
    text = (f'<{ID}place/{slug}> <{TYPE}> <{S}Place> .\n'
            f'<{ID}place/{slug}> <{S}name> "{name}"@zh .\n')
    if parent:
        text += f"<{ID}place/{slug}> <{S}containedInPlace> <{ID}place/{parent}> .\n"
    return text


def event(n: int, where: str) -> str:
    return (f'<{ID}event/{n}> <{TYPE}> <https://w3id.org/community-kg/ontology#Meeting> .\n'
            f'<{ID}event/{n}> <{S}name> "会议{n}"@zh .\n'
            f"<{ID}event/{n}> <{S}location> <{ID}place/{where}> .\n")


STREET = place("s", "柳岸街道")
COMMUNITY = place("c", "桥东社区", parent="s")
ORG = f'<{ID}org/o> <{TYPE}> <{S}Organization> .\n<{ID}org/o> <{S}name> "区文联"@zh .\n'


def directory(store) -> set[tuple[str, str, str]]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{DIRECTORY_GRAPH}> {{ ?s ?p ?o }} }}").rows
    return {(s.value, p.value, o.value) for s, p, o in rows}


def rebuilt(store) -> set[tuple[str, str, str]]:
    store.update(rebuild_update())
    return directory(store)


def test_only_places_organizations_and_people_are_shared():
    triples = base.parse_ntriples(G1, STREET + ORG + event(1, "s"))
    shared = {(t.subject.value, t.predicate.value) for t in base.shared_triples(triples)}
    assert shared == {(f"{ID}place/s", TYPE), (f"{ID}place/s", f"{S}name"),
                      (f"{ID}org/o", TYPE), (f"{ID}org/o", f"{S}name")}


def test_a_name_in_many_issues_is_in_the_directory_once(store):
    store.replace_graphs({G1: STREET + event(1, "s"), G2: STREET + event(2, "s")})
    union = store.query(f'SELECT ?p WHERE {{ ?p <{S}name> "柳岸街道"@zh }}').rows
    listed = store.query(f'SELECT ?p WHERE {{ GRAPH <{DIRECTORY_GRAPH}> {{ ?p <{S}name> "柳岸街道"@zh }} }}').rows
    assert len(listed) == 1 and len(union) >= 2   # the union default graph repeats it per issue
    assert directory(store) == rebuilt(store)


def test_what_only_a_replaced_issue_said_leaves_the_directory(store):
    store.replace_graphs({G1: STREET + COMMUNITY + ORG, G2: STREET})
    store.replace_graph(G1, STREET + place("c", "桥东社区"))     # no parent now, no organization
    found = directory(store)
    assert (f"{ID}place/c", f"{S}containedInPlace", f"{ID}place/s") not in found
    assert not any(s == f"{ID}org/o" for s, _, _ in found)
    assert (f"{ID}place/s", f"{S}name", "柳岸街道") in found          # still held by both issues
    assert found == rebuilt(store)


def test_dropping_issues_shrinks_the_directory_and_then_removes_it(store):
    store.replace_graphs({G1: STREET + COMMUNITY, G2: STREET + ORG})
    assert store.drop_graph(G2)
    assert directory(store) == rebuilt(store) == {
        (f"{ID}place/s", TYPE, f"{S}Place"), (f"{ID}place/s", f"{S}name", "柳岸街道"),
        (f"{ID}place/c", TYPE, f"{S}Place"), (f"{ID}place/c", f"{S}name", "桥东社区"),
        (f"{ID}place/c", f"{S}containedInPlace", f"{ID}place/s")}
    assert store.drop_graph(G1)
    assert store.graphs() == [] and store.quad_count() == 0


def test_one_transaction_swaps_issues_and_directory_together(store):
    """A batch replacing both holders of a triple: released by both, inserted again by the new one."""
    store.replace_graphs({G1: STREET + COMMUNITY, G2: STREET})
    store.replace_graphs({G1: STREET, G2: COMMUNITY + STREET})
    assert directory(store) == rebuilt(store)
    assert len(list(base.swap_updates({G1: [], G2: []}))) == 1


def test_blank_nodes_stay_out_of_the_directory(store):
    store.replace_graph(G1, STREET + f"<{ID}place/s> <{S}geo> _:b1 .\n_:b1 <{S}latitude> \"31.2\" .\n")
    assert not any(o.startswith("_:") or s.startswith("_:") for s, _, o in directory(store))
    assert directory(store) == rebuilt(store)


def test_dropping_a_missing_graph_changes_nothing(store):
    store.replace_graph(G1, STREET)
    before = directory(store)
    assert before and store.drop_graph(G2) is False
    assert directory(store) == before


def test_a_place_lies_where_most_issues_put_it(store):
    """One page putting 桥东社区 in another 街道 does not make it lie in both; ties keep both."""
    G3 = f"{ID}issue/2031-05-03"
    elsewhere = place("t", "枫桥街道") + place("c", "桥东社区", parent="t")
    store.replace_graphs({G1: STREET + COMMUNITY, G2: STREET + COMMUNITY, G3: elsewhere})
    parents = {o for s, p, o in directory(store) if p == f"{S}containedInPlace"}
    assert parents == {f"{ID}place/s"}
    assert directory(store) == rebuilt(store)
    store.drop_graph(G2)   # one issue each way now: both are kept
    parents = {o for s, p, o in directory(store) if p == f"{S}containedInPlace"}
    assert parents == {f"{ID}place/s", f"{ID}place/t"}
    store.drop_graph(G1)
    assert {o for s, p, o in directory(store) if p == f"{S}containedInPlace"} == {f"{ID}place/t"}
    assert directory(store) == rebuilt(store)
