"""ontology/shapes.ttl: the RDF export conforms; wrong data does not."""

from __future__ import annotations

import networkx as nx
import pyshacl
import pytest
import rdflib

from bench.synth import synthetic_graph
from evkg.graph.export.rdf import assertion_iri, mint_iri, to_rdflib
from evkg.ontology import ONTOLOGY_TTL, SHAPES_TTL
from evkg.ontology.vocab import EVKG_NS, RELATIONS

EVKG = rdflib.Namespace(EVKG_NS)


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES_TTL)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_TTL)


def validate(g: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph, inference: str = "none") -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes, ont_graph=ontology, inference=inference,
                                         allow_warnings=False)
    return bool(conforms), str(text)


def test_shapes_cover_domain_and_range_of_every_relation(shapes: rdflib.Graph) -> None:
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    subj = set(shapes.objects(None, sh.targetSubjectsOf))
    obj = set(shapes.objects(None, sh.targetObjectsOf))
    props = {EVKG[s.prop] for s in RELATIONS.values()}
    assert props <= subj and props <= obj


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_seed_graph_export_conforms(seed_graph: nx.MultiDiGraph, shapes: rdflib.Graph, ontology: rdflib.Graph,
                                    inference: str) -> None:
    conforms, text = validate(to_rdflib(seed_graph), shapes, ontology, inference)
    assert conforms, text[:3000]


def test_hand_and_synthetic_graphs_conform(rdf_hand_graph: nx.MultiDiGraph, shapes: rdflib.Graph,
                                           ontology: rdflib.Graph) -> None:
    for G in (rdf_hand_graph, synthetic_graph(150, 400, seed=3)):
        conforms, text = validate(to_rdflib(G), shapes, ontology)
        assert conforms, text[:3000]


def test_a_policy_that_supplies_fails(rdf_hand_graph: nx.MultiDiGraph, shapes: rdflib.Graph,
                                      ontology: rdflib.Graph) -> None:
    g = to_rdflib(rdf_hand_graph)
    g.add((rdflib.URIRef(mint_iri("policy:nev-plan")), EVKG.supplies, rdflib.URIRef(mint_iri("company:tesla"))))
    conforms, text = validate(g, shapes, ontology)
    assert not conforms
    assert "SuppliesDomainShape" in text and "evkg:Organization" in text


def test_a_company_as_object_of_issued_fails(rdf_hand_graph: nx.MultiDiGraph, shapes: rdflib.Graph,
                                             ontology: rdflib.Graph) -> None:
    g = to_rdflib(rdf_hand_graph)
    g.add((rdflib.URIRef(mint_iri("regulator:miit")), EVKG.issued, rdflib.URIRef(mint_iri("company:catl"))))
    conforms, text = validate(g, shapes, ontology)
    assert not conforms and "IssuedRangeShape" in text


@pytest.mark.parametrize("what", ["label", "fact-value", "assertion-source", "article-hash"])
def test_missing_required_properties_fail(what: str, rdf_hand_graph: nx.MultiDiGraph, shapes: rdflib.Graph,
                                          ontology: rdflib.Graph) -> None:
    g = to_rdflib(rdf_hand_graph)
    if what == "label":
        g.remove((rdflib.URIRef(mint_iri("company:nio")), rdflib.RDFS.label, None))
    elif what == "fact-value":
        fact = next(g.subjects(rdflib.RDF.type, EVKG.Fact))
        g.remove((fact, EVKG.value, None))
    elif what == "assertion-source":
        a = rdflib.URIRef(assertion_iri("company:catl", "SUPPLIES", "company:nio"))
        g.remove((a, rdflib.PROV.wasDerivedFrom, None))
    else:
        art = rdflib.URIRef(mint_iri("article:0001"))
        g.remove((art, EVKG.contentHash, None))
    conforms, _ = validate(g, shapes, ontology)
    assert not conforms


def test_reference_relations_conform_without_articles(rdf_hand_graph: nx.MultiDiGraph, shapes: rdflib.Graph,
                                                      ontology: rdflib.Graph) -> None:
    g = to_rdflib(rdf_hand_graph)
    a = rdflib.URIRef(assertion_iri("company:byd", "COMPETES_WITH", "company:tesla"))
    assert (a, rdflib.PROV.wasDerivedFrom, None) not in g
    conforms, text = validate(g, shapes, ontology)
    assert conforms, text[:2000]
