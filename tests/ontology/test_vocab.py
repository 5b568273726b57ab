"""The Python vocabulary (evkg.ontology.vocab) and ontology/evkg.ttl say the same thing."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS
from rdflib.collection import Collection

from evkg.ontology import ONTOLOGY_TTL
from evkg.ontology.errors import UnknownTermError
from evkg.ontology.vocab import (ASSERTION_CLASS, ENTITY_LABEL, EVIDENCE_CLASS, EVKG_NS, PROVENANCE_TYPES, PARENT, PROPERTIES, RELATIONS, Kind, Rel, accepts, id_prefix, kind,
                                 label_chain, rel)

EVKG = rdflib.Namespace(EVKG_NS)


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_TTL)


def _local(term: rdflib.term.Node) -> str:
    s = str(term)
    assert s.startswith(EVKG_NS), s
    return s[len(EVKG_NS):]


def _classes(g: rdflib.Graph, node: rdflib.term.Node) -> set[str]:
    """Class names of a domain/range: one class, or an owl:unionOf list."""
    if isinstance(node, rdflib.BNode):
        members = Collection(g, g.value(node, OWL.unionOf))
        return {_local(m) for m in members}
    return {_local(node)}


def test_same_classes(onto: rdflib.Graph) -> None:
    ttl = {_local(c) for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(EVKG_NS)}
    assert ttl == {k.value for k in Kind} | {ASSERTION_CLASS, EVIDENCE_CLASS, ENTITY_LABEL}


def test_same_class_hierarchy(onto: rdflib.Graph) -> None:
    for k in Kind:
        supers = {_local(o) for o in onto.objects(EVKG[k.value], RDFS.subClassOf) if str(o).startswith(EVKG_NS)}
        expected = {PARENT[k].value} if PARENT[k] else set()
        assert supers == expected, k


def test_same_relation_types(onto: rdflib.Graph) -> None:
    by_type = {str(t): p for p, t in onto.subject_objects(EVKG.relationType)}
    assert set(by_type) == {r.value for r in Rel} | set(PROVENANCE_TYPES)
    for r, spec in RELATIONS.items():
        prop = by_type[r.value]
        assert _local(prop) == spec.prop
        assert spec.prop[0].islower() and "_" not in spec.prop  # lowerCamel
        assert _classes(onto, onto.value(prop, RDFS.domain)) == {k.value for k in spec.domain}, r
        assert _classes(onto, onto.value(prop, RDFS.range)) == {k.value for k in spec.range}, r
        assert ((prop, RDF.type, OWL.SymmetricProperty) in onto) == spec.symmetric, r


def test_symmetric_relations_are_the_expected_ones() -> None:
    assert {r.value for r, s in RELATIONS.items() if s.symmetric} == {
        "PARTNERS_WITH", "COMPETES_WITH", "JOINT_VENTURE_WITH"}


def test_same_data_properties(onto: rdflib.Graph) -> None:
    for name, spec in PROPERTIES.items():
        t = OWL.ObjectProperty if spec.datatype == "iri" else OWL.DatatypeProperty
        assert (EVKG[name], RDF.type, t) in onto, name
        if spec.datatype != "iri":
            assert str(onto.value(EVKG[name], RDFS.range)).endswith("#" + spec.datatype), name


def test_public_vocabulary_alignment(onto: rdflib.Graph) -> None:
    schema = rdflib.Namespace("https://schema.org/")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    assert (EVKG.Organization, RDFS.subClassOf, schema.Organization) in onto
    assert (EVKG.Organization, RDFS.subClassOf, rdflib.URIRef("http://www.w3.org/ns/org#Organization")) in onto
    assert (EVKG.Article, RDFS.subClassOf, prov.Entity) in onto
    assert (EVKG.RelationAssertion, RDFS.subClassOf, RDF.Statement) in onto


def test_label_chain_and_prefixes() -> None:
    assert label_chain(Kind.BatteryMaker) == ("Organization", "Company", "BatteryMaker")
    assert label_chain("MaterialsSupplier") == ("Organization", "Company", "Supplier", "MaterialsSupplier")
    assert label_chain("Automaker", "BatteryMaker") == ("Organization", "Company", "Automaker", "BatteryMaker")
    assert id_prefix("SemiconductorMaker") == "company"
    assert id_prefix("IndustryAssociation") == "org"
    assert id_prefix("BatteryTechnology") == "technology"
    assert id_prefix("VehicleModel") == "product"


def test_domain_and_range_checks() -> None:
    supplies = RELATIONS[Rel.SUPPLIES]
    assert accepts(supplies, ["BatteryMaker"], ["Automaker"])
    assert not accepts(supplies, ["Policy"], ["Automaker"])
    assert accepts(RELATIONS[Rel.ISSUED], ["Regulator"], ["Policy"])
    assert not accepts(RELATIONS[Rel.ISSUED], ["Regulator"], ["Technology"])
    assert accepts(RELATIONS[Rel.DEVELOPS], ["Automaker"], ["BatteryTechnology"])


def test_unknown_terms_fail_with_the_known_ones_listed() -> None:
    with pytest.raises(UnknownTermError, match=r"unknown class 'Carmaker'; known: .*Automaker"):
        kind("Carmaker")
    with pytest.raises(UnknownTermError, match=r"unknown relation type 'SELLS_TO'; known: .*SUPPLIES"):
        rel("SELLS_TO")
