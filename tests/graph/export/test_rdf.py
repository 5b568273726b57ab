"""RDF export: IRIs, class chain, labels, facts, reified provenance, determinism, round trips, hostile text."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.synth import synthetic_graph
from evkg.graph.export import get_exporter
from evkg.graph.export.rdf import (
    FORMATS,
    assertion_iri,
    check_base,
    count_triples,
    generate_rdf,
    iter_ntriples_lines,
    mint_iri,
    to_oxigraph_store,
    to_rdflib,
    write_rdf,
)
from evkg.graph.model import add_entity, new_graph
from evkg.ontology.errors import InputError
from evkg.ontology.vocab import DEFAULT_BASE, RELATIONS, Rel
from tests.fixtures.sparql import HOSTILE_TEXT, hostile_graph

EVKG = "https://w3id.org/evkg/ontology#"
PREFIX = ("PREFIX evkg: <https://w3id.org/evkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#> "
          "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX dcterms: <http://purl.org/dc/terms/> "
          "PREFIX schema: <https://schema.org/> ")
RDFLIB_FORMAT = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
OX_FORMAT = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
             "xml": ox.RdfFormat.RDF_XML}
SUFFIX = {"ttl": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "xml": ".rdf"}


def select(store: ox.Store, q: str) -> list[dict[str, str]]:
    res = store.query(PREFIX + q)
    names = [v.value for v in res.variables]
    return [{n: (sol[n].value if sol[n] is not None else None) for n in names} for sol in res]


def ox_set(data: bytes | str | Path, fmt: str) -> set[str]:
    """The triples of an RDF document as canonical N-Triples strings (pyoxigraph)."""
    if isinstance(data, Path):
        data = data.read_bytes()
    if isinstance(data, str):
        data = data.encode("utf-8")
    return {str(t) for t in ox.parse(data, format=OX_FORMAT[fmt])}


def rdflib_graph(data: bytes | str | Path, fmt: str) -> rdflib.Graph:
    g = rdflib.Graph()
    if isinstance(data, Path):
        g.parse(str(data), format=RDFLIB_FORMAT[fmt])
    else:
        g.parse(data=data, format=RDFLIB_FORMAT[fmt])
    return g


# --- IRIs -------------------------------------------------------------------------------------------------

HOSTILE_IDS = ["company:catl", "company:a b", 'company:"quoted"', "company:x>y<z", "company:line\nbreak",
               "company:tab\there", "company:宁德时代", "company:100%", "company:a/b", "company:a%2Fb", "company:",
               "no-prefix", "no/prefix", "company:a:b", "company:\u202eevil", "company:{curly}|^`\\",
               "company:" + "x" * 10000, "a b:c d"]


def test_minted_iris_are_safe_and_distinct() -> None:
    iris = [mint_iri(i) for i in HOSTILE_IDS]
    assert len(set(iris)) == len(iris)
    for i in iris:
        assert i.startswith(DEFAULT_BASE)
        assert not any(c in i for c in ' <>"{}|^`\\\n\r\t'), i
        ox.NamedNode(i)  # pyoxigraph validates IRI syntax
    assert mint_iri("company:catl") == DEFAULT_BASE + "company/catl"
    assert mint_iri("article:00ff") == DEFAULT_BASE + "article/00ff"
    assert mint_iri("company:catl", "https://example.org/kg/") == "https://example.org/kg/company/catl"


@pytest.mark.parametrize("base", ["not an iri/", "https://example.org/no-slash", "https://ex ample.org/",
                                  "https://example.org/<x>/", "", "relative/"])
def test_bad_base_is_refused(base: str) -> None:
    with pytest.raises(InputError, match="bad base IRI"):
        check_base(base)
    with pytest.raises(InputError, match="bad base IRI"):
        list(generate_rdf(new_graph(), fmt="nt", base=base))


def test_custom_base_is_used_for_every_instance_iri(rdf_hand_graph: nx.MultiDiGraph) -> None:
    base = "https://example.org/kg#"
    subjects = {line.split(" ", 1)[0] for line in iter_ntriples_lines(rdf_hand_graph, base=base)}
    assert subjects and all(s.startswith("<https://example.org/kg#") for s in subjects)


# --- content ------------------------------------------------------------------------------------------------

def test_full_class_chain_lets_company_find_automakers(rdf_hand_graph: nx.MultiDiGraph) -> None:
    store = to_oxigraph_store(rdf_hand_graph)
    companies = {r["id"] for r in select(store, "SELECT ?id WHERE { ?c a evkg:Company ; evkg:id ?id }")}
    assert {"company:tesla", "company:byd", "company:catl", "company:ganfeng"} <= companies
    orgs = {r["id"] for r in select(store, "SELECT ?id WHERE { ?c a evkg:Organization ; evkg:id ?id }")}
    assert "regulator:miit" in orgs and companies <= orgs
    byd = {r["t"] for r in select(store, f"SELECT ?t WHERE {{ <{mint_iri('company:byd')}> a ?t }}")}
    assert byd == {EVKG + k for k in ("Organization", "Company", "Automaker", "BatteryMaker")}


def test_labels_aliases_tickers_and_counts(rdf_hand_graph: nx.MultiDiGraph) -> None:
    g = to_rdflib(rdf_hand_graph)
    catl = rdflib.URIRef(mint_iri("company:catl"))
    labels = set(g.objects(catl, rdflib.RDFS.label))
    assert rdflib.Literal("CATL", lang="en") in labels and rdflib.Literal("宁德时代", lang="zh") in labels
    alts = set(g.objects(catl, rdflib.SKOS.altLabel))
    assert rdflib.Literal("宁德", lang="zh") in alts and rdflib.Literal("CATL") not in alts
    assert set(g.objects(catl, rdflib.SKOS.prefLabel)) == {rdflib.Literal("CATL", lang="en")}
    assert set(g.objects(catl, rdflib.URIRef(EVKG + "ticker"))) == {rdflib.Literal("300750.SZ")}
    count = g.value(catl, rdflib.URIRef(EVKG + "articleCount"))
    assert count.datatype == rdflib.XSD.integer and count.toPython() == 2
    assert g.value(catl, rdflib.URIRef(EVKG + "id")) == rdflib.Literal("company:catl")


def test_articles_have_metadata_and_mentions(rdf_hand_graph: nx.MultiDiGraph) -> None:
    store = to_oxigraph_store(rdf_hand_graph)
    rows = select(store, """SELECT ?title ?date ?pub ?url ?hash ?src WHERE {
        ?a a evkg:Article, schema:NewsArticle ; evkg:id "article:0003" ; dcterms:title ?title ; dcterms:date ?date ;
           evkg:publisher ?pub ; schema:url ?url ; evkg:contentHash ?hash ; evkg:sourcePath ?src }""")
    assert rows == [{"title": "Article 3", "date": "2024-03-03", "pub": "Wire", "url": "https://example.com/3",
                     "hash": f"{3:064x}", "src": "seed/3.txt"}]
    assert list(store.query(PREFIX + 'SELECT ?d WHERE { ?a evkg:id "article:0003" ; dcterms:date ?d }'))[0]["d"] \
        .datatype.value.endswith("#date")
    mentioned = {r["id"] for r in select(store, """SELECT ?id WHERE {
        ?a evkg:id "article:0001" ; evkg:mentions ?e . ?e evkg:id ?id }""")}
    expected = {n for n, d in rdf_hand_graph.nodes(data=True) if "article:0001" in d["articles"]}
    assert mentioned == expected


def test_facts_are_typed_decimal_literals_with_unit_period_and_source(rdf_hand_graph: nx.MultiDiGraph) -> None:
    store = to_oxigraph_store(rdf_hand_graph)
    res = list(store.query(PREFIX + """SELECT ?v ?unit ?period ?art ?ev WHERE {
        ?f a evkg:Fact ; evkg:about ?e ; evkg:measure "sales" ; evkg:value ?v ; evkg:unit ?unit ;
           evkg:period ?period ; evkg:evidence ?ev ; prov:wasDerivedFrom ?art . ?e evkg:id "company:byd" }"""))
    assert len(res) == 1
    v = res[0]["v"]
    assert v.datatype.value.endswith("#decimal") and v.value == "3024417"
    assert res[0]["unit"].value == "units" and res[0]["period"].value == "2023"
    assert res[0]["art"].value == mint_iri("article:0002")


def test_every_relation_is_a_plain_triple_with_a_reified_provenance_record(rdf_hand_graph: nx.MultiDiGraph) -> None:
    store = to_oxigraph_store(rdf_hand_graph)
    for u, v, k, d in rdf_hand_graph.edges(keys=True, data=True):
        prop = EVKG + RELATIONS[Rel(k)].prop
        s, o = mint_iri(u), mint_iri(v)
        assert store.query(f"ASK {{ <{s}> <{prop}> <{o}> }}"), (u, k, v)
        a = assertion_iri(u, k, v)
        assert store.query(PREFIX + f"""ASK {{ <{a}> a evkg:RelationAssertion, rdf:Statement ;
            rdf:subject <{s}> ; rdf:predicate <{prop}> ; rdf:object <{o}> }}""")
        arts = {r["a"] for r in select(store, f"SELECT ?a WHERE {{ <{a}> prov:wasDerivedFrom ?a }}")}
        assert arts == {mint_iri(x) for x in d["articles"]}
        n_ev = select(store, f"SELECT (COUNT(?e) AS ?n) WHERE {{ <{a}> evkg:hasEvidence ?e }}")[0]["n"]
        assert int(n_ev) == len({(e["article"], e["start"], e["end"], e["text"]) for e in d["evidence"]})
    # the provenance of one edge in detail
    a = assertion_iri("company:catl", "SUPPLIES", "company:tesla")
    row = select(store, f"""SELECT ?conf ?status ?first ?last ?n WHERE {{ <{a}> evkg:confidence ?conf ;
        evkg:status ?status ; evkg:firstSeen ?first ; evkg:lastSeen ?last ; evkg:mentionCount ?n }}""")
    assert row == [{"conf": "0.95", "status": "stated", "first": "2024-01-01", "last": "2024-02-02", "n": "3"}]
    evs = select(store, f"""SELECT ?text ?start ?end ?rule ?status ?art WHERE {{ <{a}> evkg:hasEvidence ?e .
        ?e a evkg:Evidence ; evkg:evidence ?text ; evkg:startOffset ?start ; evkg:endOffset ?end ; evkg:rule ?rule ;
           evkg:status ?status ; prov:wasDerivedFrom ?art }} ORDER BY ?art ?start""")
    assert [(e["text"], e["start"], e["status"]) for e in evs] == [
        ("CATL supplies Tesla, first sentence.", "2", "stated"),
        ("CATL supplies Tesla, later sentence.", "5", "stated"),
        ("CATL will supply more.", "1", "planned")]
    # a reference-data relation says so instead of citing an article
    ref = assertion_iri("company:byd", "COMPETES_WITH", "company:tesla")
    assert select(store, f"SELECT ?s WHERE {{ <{ref}> evkg:source ?s }}") == [{"s": "reference"}]


def test_symmetric_relations_are_stored_once(rdf_hand_graph: nx.MultiDiGraph) -> None:
    store = to_oxigraph_store(rdf_hand_graph)
    rows = select(store, "SELECT ?a ?b WHERE { ?x evkg:partnersWith ?y . ?x evkg:id ?a . ?y evkg:id ?b }")
    assert rows == [{"a": "company:catl", "b": "company:nio"}]


# --- determinism, purity ---------------------------------------------------------------------------------

def _shuffled_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    H.graph.update(copy.deepcopy(G.graph))
    H.graph["articles"] = dict(reversed(list(G.graph["articles"].items())))
    for n in reversed(list(G.nodes)):
        d = copy.deepcopy(G.nodes[n])
        d["facts"] = list(reversed(d["facts"]))
        H.add_node(n, **d)
    for u, v, k in reversed(list(G.edges(keys=True))):
        d = copy.deepcopy(G.edges[u, v, k])
        d["evidence"] = list(reversed(d["evidence"]))
        H.add_edge(u, v, key=k, **d)
    return H


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_output_is_deterministic_byte_for_byte(fmt: str, rdf_hand_graph: nx.MultiDiGraph) -> None:
    a = "".join(generate_rdf(rdf_hand_graph, fmt=fmt))
    b = "".join(generate_rdf(_shuffled_copy(rdf_hand_graph), fmt=fmt))
    assert a == b


def test_export_never_changes_the_graph(rdf_hand_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    before = json.dumps(nx.node_link_data(rdf_hand_graph, edges="edges"), sort_keys=True, default=str)
    for fmt in FORMATS:
        write_rdf(rdf_hand_graph, tmp_path / f"g{SUFFIX[fmt]}")
    to_rdflib(rdf_hand_graph)
    to_oxigraph_store(rdf_hand_graph)
    assert json.dumps(nx.node_link_data(rdf_hand_graph, edges="edges"), sort_keys=True, default=str) == before


def test_write_rdf_takes_the_format_from_the_suffix(rdf_hand_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    assert get_exporter("rdf") is write_rdf
    p = write_rdf(rdf_hand_graph, tmp_path / "out" / "graph.ttl")
    assert p.read_text(encoding="utf-8").startswith("@prefix evkg:")
    write_rdf(rdf_hand_graph, tmp_path / "graph.nt")
    assert (tmp_path / "graph.nt").read_text(encoding="utf-8").count(" .\n") == count_triples(rdf_hand_graph)
    with pytest.raises(InputError, match="cannot tell the RDF format"):
        write_rdf(rdf_hand_graph, tmp_path / "graph.txt")
    with pytest.raises(InputError, match="unknown RDF format 'n3'"):
        write_rdf(rdf_hand_graph, tmp_path / "graph.ttl", fmt="n3")
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temporary files


def test_to_rdflib_and_oxigraph_hold_every_triple(rdf_hand_graph: nx.MultiDiGraph) -> None:
    n = count_triples(rdf_hand_graph)
    assert len(to_rdflib(rdf_hand_graph)) == n
    assert len(to_oxigraph_store(rdf_hand_graph)) == n
    assert dict(to_rdflib(rdf_hand_graph).namespaces())["evkg"] == rdflib.URIRef(EVKG)


# --- round trips ---------------------------------------------------------------------------------------------

def _reference_sets(G: nx.MultiDiGraph) -> tuple[set[str], set[tuple]]:  # type: ignore[type-arg]
    nt = "\n".join(iter_ntriples_lines(G)) + "\n"
    return ox_set(nt, "nt"), set(rdflib_graph(nt, "nt"))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("which", ["hand", "synthetic"])
def test_round_trip_with_rdflib_and_pyoxigraph(fmt: str, which: str, rdf_hand_graph: nx.MultiDiGraph,
                                               tmp_path: Path) -> None:
    G = rdf_hand_graph if which == "hand" else synthetic_graph(120, 300, seed=7)
    want_ox, want_rdflib = _reference_sets(G)
    path = write_rdf(G, tmp_path / f"graph{SUFFIX[fmt]}")
    assert ox_set(path, fmt) == want_ox
    assert set(rdflib_graph(path, fmt)) == want_rdflib
    assert len(want_ox) == count_triples(G)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_of_the_seed_graph(fmt: str, seed_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    want_ox, want_rdflib = _reference_sets(seed_graph)
    path = write_rdf(seed_graph, tmp_path / f"graph{SUFFIX[fmt]}")
    assert ox_set(path, fmt) == want_ox
    assert set(rdflib_graph(path, fmt)) == want_rdflib


def test_build_writes_graph_ttl_that_parses(seed_build: Path, seed_graph: nx.MultiDiGraph) -> None:
    ttl = seed_build / "graph.ttl"
    assert ox_set(ttl, "ttl") == _reference_sets(seed_graph)[0]


# --- hostile text --------------------------------------------------------------------------------------------

def _xml_expected(text: str) -> str:
    import re

    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", text)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_hostile_text_never_produces_invalid_rdf(fmt: str, tmp_path: Path) -> None:
    G = hostile_graph()
    path = write_rdf(G, tmp_path / f"hostile{SUFFIX[fmt]}")
    want_ox, want_rdflib = _reference_sets(G)
    got_ox = ox_set(path, fmt)
    got_rdflib = rdflib_graph(path, fmt)
    expect = _xml_expected if fmt == "xml" else (lambda s: s)
    if fmt != "xml":
        assert got_ox == want_ox
        assert set(got_rdflib) == want_rdflib
    assert len(got_ox) == len(want_ox) == count_triples(G)
    # every hostile string comes back unchanged (RDF/XML: minus the control characters XML 1.0 cannot carry)
    literals = {o.toPython() if not isinstance(o, rdflib.Literal) else str(o) for o in got_rdflib.objects()}
    for text in HOSTILE_TEXT:
        assert expect(text) in literals, repr(text[:40])
    ox_literals = {t.object.value for t in ox.parse(path.read_bytes(), format=OX_FORMAT[fmt])
                   if isinstance(t.object, ox.Literal)}
    for text in HOSTILE_TEXT:
        assert expect(text) in ox_literals, repr(text[:40])
    # ids map back through evkg:id
    ids = {str(o) for o in got_rdflib.objects(None, rdflib.URIRef(EVKG + "id"))}
    assert {expect(n) for n in G.nodes} <= ids
    # the NaN fact is left out, the tiny one is an exact decimal
    values = {str(o) for o in got_rdflib.objects(None, rdflib.URIRef(EVKG + "value"))}
    assert values == {"0.0000001"}


def test_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    G = new_graph()
    add_entity(G, "company:bad\ud800id", name="bad \udcff name", kinds=["Company"])
    path = write_rdf(G, tmp_path / "s.nt")
    labels = {t.object.value for t in ox.parse(path.read_bytes(), format=ox.RdfFormat.N_TRIPLES)
              if t.predicate.value.endswith("#label")}
    assert labels == {"bad \ufffd name"}


# --- property test: any text, any id ----------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(st.text(min_size=1, max_size=40), min_size=2, max_size=4, unique=True),
       fmt=st.sampled_from(["ttl", "nt", "jsonld"]))
def test_any_text_round_trips_through_every_parser(texts: list[str], fmt: str) -> None:
    G = new_graph()
    ids = [f"company:{t}" for t in texts]
    for nid, text in zip(ids, texts):
        add_entity(G, nid, name=text, kinds=["Company"], aliases=[text + "\n alias"])
    data = "".join(generate_rdf(G, fmt=fmt))
    got = {t.object.value for t in ox.parse(data.encode("utf-8"), format=OX_FORMAT[fmt])
           if isinstance(t.object, ox.Literal)}
    assert set(texts) <= got and set(ids) <= got
    g = rdflib_graph(data, fmt)
    assert {str(o) for o in g.objects(None, rdflib.URIRef(EVKG + "id"))} == set(ids)
    assert {str(o) for o in g.objects(None, rdflib.SKOS.prefLabel)} == set(texts)
