"""Hostile content (tests/data/hostile.py) never executes and never corrupts: it comes out unchanged as data.

Two routes:

- injected: :func:`hostile_graph` puts >= 100 hostile names, ids, evidence texts and article metadata
  straight into a canonical graph; every registered exporter writes it, and each output is parsed
  back (json.load, pyoxigraph/rdflib, GraphML reader, csv.reader, the HTML page's JSON block, the
  Cypher script through a real Bolt server, a real SPARQL endpoint) and must give the same names;
- built: the same names inside "X (中文名) supplies battery cells to Tesla." sentences go through
  ``evkg build`` (reader, extraction, workspace, graph, exporters): whatever comes out is an
  unchanged slice of the article text, and every output carries the same strings.

Per-format policy (docs/reliability.md): JSON, N-Triples, Turtle, JSON-LD, Cypher parameters and
the HTML data block carry every Unicode scalar value; XML formats (RDF/XML, GraphML) cannot carry
C0 control characters other than tab/newline/CR, nor U+FFFE/U+FFFF, so those become U+FFFD;
CSV cells starting with ``= + - @`` (or tab/CR) are neutralised as the neo4j-csv writer documents.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator

import networkx as nx
import pytest

from evkg.ontology.vocab import DEFAULT_BASE, EVKG_NS
from tests.data.hostile import HOSTILE_IDS, HOSTILE_NAMES, LONG_NAMES, all_strings, hostile_articles, hostile_graph
from tests.fixtures.reliability import run_evkg

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(s: str) -> str:
    return XML_ILLEGAL.sub("\ufffd", s)


def _snapshot(G: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True, default=repr)


def _expected(G: nx.MultiDiGraph, fix=lambda s: s) -> dict[str, tuple[str, str | None, frozenset[str]]]:
    return {fix(n): (fix(d["name"]), fix(d["name_zh"]) if d.get("name_zh") else None,
                     frozenset(fix(a) for a in d.get("aliases", ()) if a))
            for n, d in G.nodes(data=True)}


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return hostile_graph()


def test_corpus_is_hostile_enough() -> None:
    assert len(HOSTILE_NAMES) >= 100
    joined = "".join(HOSTILE_NAMES)
    for needle in ("'", '"', "\u201c", "`", "{", "}", "//", "--", "/*", "#", "<script>alert(1)</script>",
                   "<img src=x onerror=alert(1)>", '"""', "'''", "\\", "\x00", "\x07", "\u202e", "\u200d",
                   "\U0001f697", "}) DETACH DELETE n //", '" } ; DROP ALL ; #', "=HYPERLINK(", "+cmd", "-1+1",
                   "@SUM", "> <", "\n", "\r"):
        assert needle in joined, needle
    assert max(map(len, LONG_NAMES)) >= 10_000


# -- injected into the canonical graph: every exporter -------------------------------------------------------


def test_json_roundtrip(G: nx.MultiDiGraph, tmp_path: Path) -> None:
    from evkg.graph.export import get_exporter
    from evkg.graph.export.json import read_json

    before = _snapshot(G)
    get_exporter("json")(G, tmp_path / "g.json")
    assert _snapshot(G) == before, "the exporter changed its input graph"
    with open(tmp_path / "g.json", encoding="utf-8") as fh:
        json.load(fh)
    H = read_json(tmp_path / "g.json")
    assert _expected(H) == _expected(G)
    assert H.graph["articles"] == G.graph["articles"]
    ev = sorted(e["text"] for _, _, d in G.edges(data=True) for e in d["evidence"])
    assert sorted(e["text"] for _, _, d in H.edges(data=True) for e in d["evidence"]) == ev


def _rdf_entities(triples: Iterator[tuple[str, str, Any]]) -> dict[str, tuple[str, str | None, frozenset[str]]]:
    by_s: dict[str, dict[str, Any]] = {}
    for s, p, o in triples:
        d = by_s.setdefault(s, {"alt": set()})
        if p == EVKG_NS + "id":
            d["id"] = o
        elif p == SKOS_PREF:
            assert "name" not in d, f"two prefLabels on {s}"
            d["name"] = o
        elif p == EVKG_NS + "nameZh":
            d["zh"] = o
        elif p == SKOS_ALT:
            d["alt"].add(o)
    return {d["id"]: (d["name"], d.get("zh"), frozenset(d["alt"])) for d in by_s.values() if "id" in d and "name" in d}


def _ox_triples(path: Path, fmt: Any) -> Iterator[tuple[str, str, Any]]:
    import pyoxigraph as ox

    with open(path, "rb") as fh:
        for t in ox.parse(fh, format=fmt):
            yield t.subject.value, t.predicate.value, t.object.value


def _check_iris(iris: Iterator[str]) -> None:
    """Every IRI is minted under the base or comes from a known vocabulary: no IRI came from text."""
    allowed = (DEFAULT_BASE, EVKG_NS, "http://www.w3.org/", "http://www.w3.org/ns/prov#", "http://schema.org/",
               "https://schema.org/", "http://xmlns.com/foaf/", "http://purl.org/")
    for iri in iris:
        assert iri.startswith(allowed), f"unexpected IRI {iri!r}"
        tail = iri[len(DEFAULT_BASE):] if iri.startswith(DEFAULT_BASE) else ""
        assert not re.search(r"[\s<>\"{}|\\^`]", tail), f"IRI with raw breaker characters: {iri!r}"


@pytest.mark.parametrize("suffix", ["ttl", "nt", "jsonld", "rdf"])
def test_rdf_roundtrip(G: nx.MultiDiGraph, tmp_path: Path, suffix: str) -> None:
    import pyoxigraph as ox

    from evkg.graph.export import get_exporter

    before = _snapshot(G)
    path = tmp_path / f"g.{suffix}"
    get_exporter("rdf")(G, path)
    assert _snapshot(G) == before, "the exporter changed its input graph"
    fmt = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
           "rdf": ox.RdfFormat.RDF_XML}[suffix]
    got = _rdf_entities(_ox_triples(path, fmt))
    fix = _xml_safe if suffix == "rdf" else (lambda s: s)
    assert got == _expected(G, fix)
    iris = {t.subject.value for t in ox.parse(path.read_bytes(), format=fmt) if isinstance(t.subject, ox.NamedNode)}
    _check_iris(iter(iris))
    if suffix in ("ttl", "nt"):  # a second, independent parser
        import rdflib

        g = rdflib.Graph()
        g.parse(path, format="turtle" if suffix == "ttl" else "nt")
        assert _rdf_entities((str(s), str(p), str(o)) for s, p, o in g) == got


def test_graphml_roundtrip(G: nx.MultiDiGraph, tmp_path: Path) -> None:
    from evkg.graph.export import get_exporter

    before = _snapshot(G)
    get_exporter("graphml")(G, tmp_path / "g.graphml")
    assert _snapshot(G) == before
    H = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    got = {n: (d["name"], d.get("name_zh"), d.get("aliases", "")) for n, d in H.nodes(data=True)}
    want = {_xml_safe(n): (_xml_safe(d["name"]), _xml_safe(d["name_zh"]) if d.get("name_zh") else None,
                           "|".join(_xml_safe(a) for a in d["aliases"])) for n, d in G.nodes(data=True)}
    assert got == want


class _Scripts(HTMLParser):
    """Collects the tags of a page and the text of its script elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in: dict[str, str | None] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))
        if tag == "script":
            self._in, self._buf = dict(attrs), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in is not None:
            self.scripts.append((self._in, "".join(self._buf)))
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self._buf.append(data)


def _strings(obj: Any) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from _strings(v)


def _html_page(G: nx.MultiDiGraph, path: Path) -> tuple[_Scripts, Any]:
    from evkg.graph.export import get_exporter

    get_exporter("html")(G, path)
    p = _Scripts()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    data = [json.loads(text) for attrs, text in p.scripts if attrs.get("type") == "application/json"]
    assert len(data) == 1, "one JSON data block"
    return p, data[0]


def test_html_keeps_hostile_text_as_data(G: nx.MultiDiGraph, tmp_path: Path) -> None:
    from evkg.graph.model import add_entity, new_graph

    before = _snapshot(G)
    page, data = _html_page(G, tmp_path / "g.html")
    assert _snapshot(G) == before
    # the same page structure as for a harmless graph: no element, attribute or script came from the data
    B = new_graph()
    add_entity(B, "company:a", name="A", kinds=["Company"])
    plain, _ = _html_page(B, tmp_path / "b.html")
    shape = lambda p: [(t, tuple(k for k, _ in a)) for t, a in p.tags]  # noqa: E731
    assert shape(page) == shape(plain)
    assert len(page.scripts) == len(plain.scripts)
    # and every name, alias and Chinese name is in the data, unchanged
    strings = set(_strings(data))
    missing = [s for s in all_strings(G) if s not in strings]
    assert not missing, f"{len(missing)} names missing or changed, e.g. {missing[:3]!r}"


def test_html_page_parses_in_a_browser_sense(G: nx.MultiDiGraph, tmp_path: Path) -> None:
    """No raw '</script', '<!--' or U+2028 inside the data block (they would end or break it)."""
    from evkg.graph.export import get_exporter

    get_exporter("html")(G, tmp_path / "g.html")
    text = (tmp_path / "g.html").read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="evkg-data">(.*?)</script>', text, re.S)
    assert m
    block = m.group(1)
    assert "<" not in block and "\u2028" not in block and "\u2029" not in block


def _get_optional_exporter(name: str) -> Any:
    from evkg.graph.export import get_exporter
    from evkg.ontology.errors import ExportError

    try:
        return get_exporter(name)
    except ExportError as err:
        pytest.skip(f"exporter {name!r} is not available yet: {err}")


def test_neo4j_csv_roundtrip(G: nx.MultiDiGraph, tmp_path: Path) -> None:
    """neo4j-admin CSV: quoted fields, formulas neutralised with a leading apostrophe (the writer's
    documented rule), and undoing that rule gives every name back unchanged."""
    import csv

    write = _get_optional_exporter("neo4j-csv")
    from evkg.graph.export.neo4j_csv import ARRAY_DELIMITER, read_neo4j_csv, unneutralise

    before = _snapshot(G)
    out = tmp_path / "csv"
    write(G, out)
    assert _snapshot(G) == before
    files = sorted(out.glob("*.csv"))
    assert files, "no CSV written"
    cells: list[str] = []
    for f in files:
        with open(f, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        width = len(rows[0])
        assert all(len(r) == width for r in rows), f"{f.name}: ragged rows (a field broke out of its quotes)"
        for r in rows[1:]:
            for c in r:
                cells.extend(c.split(ARRAY_DELIMITER))
    numeric = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?|-?inf|nan")
    for c in cells:  # nothing a spreadsheet would evaluate
        assert not c.startswith(("=", "+", "-", "@", "\t", "\r")) or numeric.fullmatch(c), \
            f"formula not neutralised: {c[:40]!r}"
    nodes, _ = read_neo4j_csv(out)
    got = {nid: (rec["props"]["name"], rec["props"].get("name_zh"), frozenset(a for a in rec["props"].get("aliases", [])
                                                                             if a))
           for nid, rec in nodes.items() if "name" in rec["props"]}
    assert got == _expected(G)
    # the rule itself: exactly one leading apostrophe is removed
    assert unneutralise("'=1+2") == "=1+2" and unneutralise("''quoted") == "'quoted" and unneutralise("x") == "x"


def _bolt_entities(driver: Any, database: str) -> dict[str, tuple[str, str | None, frozenset[str]]]:
    from evkg.graph.export.cypher import ENTITY_LABEL

    recs, _, _ = driver.execute_query(f"MATCH (n:{ENTITY_LABEL}) RETURN n.id AS id, n.name AS name, "
                                      "n.name_zh AS zh, n.aliases AS aliases", database_=database)
    return {r["id"]: (r["name"], r["zh"] or None, frozenset(a for a in (r["aliases"] or []) if a)) for r in recs}


def _replay(driver: Any, database: str, path: Path) -> None:
    from evkg.graph.export.cypher import read_statements

    for stmt in read_statements(path):
        driver.execute_query(stmt, database_=database)


def test_cypher_script_through_bolt(G: nx.MultiDiGraph, tmp_path: Path, bolt_driver: Any, bolt_db: Any) -> None:
    """graph.cypher replayed statement by statement on a real Bolt server: the same names come back."""
    write = _get_optional_exporter("cypher")
    before = _snapshot(G)
    write(G, tmp_path / "g.cypher")
    assert _snapshot(G) == before
    _replay(bolt_driver, bolt_db.database, tmp_path / "g.cypher")
    assert _bolt_entities(bolt_driver, bolt_db.database) == _expected(G)
    recs, _, _ = bolt_driver.execute_query("MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS n", database_=bolt_db.database)
    assert recs[0]["n"] == sum(1 for *_, k in G.edges(keys=True) if k == "SUPPLIES")


def test_bolt_export_keeps_hostile_names(G: nx.MultiDiGraph, bolt_driver: Any, bolt_db: Any) -> None:
    """The Bolt export (parameterised UNWIND batches) stores every hostile string unchanged."""
    from evkg.graph.export.neo4j import export_neo4j

    before = _snapshot(G)
    export_neo4j(G, uri=bolt_db.uri, user=bolt_db.user, password=bolt_db.password, database=bolt_db.database,
                 driver=bolt_driver)
    assert _snapshot(G) == before
    assert _bolt_entities(bolt_driver, bolt_db.database) == _expected(G)
    recs, _, _ = bolt_driver.execute_query("MATCH (a)-[r:SUPPLIES]->(b) RETURN a.id AS a, b.id AS b, "
                                           "r.evidence AS ev", database_=bolt_db.database)
    got = {(r["a"], r["b"]): sorted(r["ev"]) for r in recs}
    want = {(u, v): sorted(e["text"] for e in d["evidence"]) for u, v, k, d in G.edges(keys=True, data=True)
            if k == "SUPPLIES"}
    assert got == want


def test_named_queries_with_hostile_parameters_agree_on_three_engines(G: nx.MultiDiGraph, bolt_driver: Any,
                                                                     bolt_db: Any) -> None:
    """Hostile ids and names as query parameters: networkx, Cypher (Bolt) and SPARQL give the same rows,
    and the rows are the right ones (parameters stay data on every engine)."""
    from evkg.graph.export.neo4j import export_neo4j
    from evkg.graph.query.library import run_query

    export_neo4j(G, uri=bolt_db.uri, user=bolt_db.user, password=bolt_db.password, database=bolt_db.database,
                 driver=bolt_driver)

    def three(name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        nxr = run_query(name, engine="networkx", params=params, graph=G)
        cyr = run_query(name, engine="cypher", params=params, graph=G, driver=bolt_driver, database=bolt_db.database)
        spr = run_query(name, engine="sparql", params=params, graph=G)
        assert nxr == cyr == spr, (name, params)
        return nxr

    for hid in HOSTILE_IDS:
        rows = three("suppliers_of", {"entity": hid, "tiers": 1})
        assert sorted(r["supplier"] for r in rows) == sorted(G.nodes[u]["name"] for u, _ in G.in_edges(hid))
    for i in range(len(HOSTILE_IDS) + 1, len(HOSTILE_NAMES), 5):  # by name (names of the first ids repeat)
        nid = f"company:hostile-{i:03d}"
        if HOSTILE_NAMES[i] != HOSTILE_NAMES[i].strip():
            continue  # names are looked up stripped; a name with surrounding blanks is found by id only
        rows = three("customers_of", {"entity": HOSTILE_NAMES[i]})
        assert [r["customer_id"] for r in rows] == sorted(v for _, v in G.out_edges(nid))
    recs, _, _ = bolt_driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=bolt_db.database)
    assert recs[0]["n"] >= G.number_of_nodes(), "nothing was deleted"


def test_sparql_endpoint_serves_names_unchanged(G: nx.MultiDiGraph, tmp_path: Path) -> None:
    from evkg.graph.query.sparql import json_term_value, post_query, run_sparql
    from evkg.graph.serve import SparqlServer, load_store

    loc = load_store(G, tmp_path / "store")
    with SparqlServer(loc, host="127.0.0.1", port=0, allow_update=False) as srv:
        endpoint = srv.query_url
        q = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX evkg: <" + EVKG_NS + "> "
             "SELECT ?id ?name WHERE { ?s evkg:id ?id ; skos:prefLabel ?name }")
        res = json.loads(post_query(endpoint, q))
        got = {json_term_value(b["id"]): json_term_value(b["name"]) for b in res["results"]["bindings"]}
        assert got == {n: d["name"] for n, d in G.nodes(data=True)}
        count_q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        total = json.loads(post_query(endpoint, count_q))["results"]["bindings"][0]["n"]["value"]
        # hostile ids as query parameters: minted into IRIs, never spliced into the query text
        for hid in HOSTILE_IDS + ['" } ; DROP ALL ; #', "> } INSERT DATA { <x> <y> <z> } #"]:
            rows = run_sparql("customers_of", {"entity": hid}, endpoint=endpoint)
            if hid in G:
                want = sorted(G.nodes[v]["name"] for _, v in G.out_edges(hid))
                assert sorted(r["customer"] for r in rows) == want
            else:
                assert rows == []
        for i, hid in enumerate(HOSTILE_IDS):
            rows = run_sparql("suppliers_of", {"entity": hid, "tiers": 1}, endpoint=endpoint)
            want = sorted(G.nodes[u]["name"] for u, _ in G.in_edges(hid))
            assert sorted(r["supplier"] for r in rows) == want, hid
        assert json.loads(post_query(endpoint, count_q))["results"]["bindings"][0]["n"]["value"] == total


# -- through the whole build ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("hostile-build")
    src = base / "in"
    hostile_articles(src)
    out = base / "out"
    r = run_evkg(["build", str(src), "--out", str(out), "--quiet"], cwd=base)
    assert r.returncode == 0, r.stderr
    assert "warning" not in r.stderr, r.stderr
    return src, out


def _article_texts(src: Path) -> str:
    from evkg.loaders.readers import discover, iter_file
    from evkg.loaders.types import Article

    return "\n\x00\n".join(a.text for f in discover([src]) for a in iter_file(f) if isinstance(a, Article))


def test_build_outputs_are_unchanged_slices_of_the_articles(hostile_build: tuple[Path, Path]) -> None:
    import pyoxigraph as ox

    src, out = hostile_build
    texts = _article_texts(src)
    G = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    names = {n["id"]: n["name"] for n in G["nodes"]}
    for n in G["nodes"]:
        if not n["known"]:
            assert n["name"] in texts, f"discovered name {n['name']!r} is not a slice of the article text"
    evidence = {e["text"] for edge in G["edges"] for e in edge["evidence"] if e["article"]}
    assert evidence
    for t in evidence:
        assert t in texts, f"evidence {t[:60]!r} is not a slice of the article text"
    payload_evidence = [t for t in evidence if "the company said" in t]
    for needle in ("<script>alert(1)</script>", "}) DETACH DELETE n //", '" } ; DROP ALL ; #', "=HYPERLINK(",
                   "\u202e", "'''Triple Single'''"):
        assert any(needle in t for t in payload_evidence), f"no evidence carried {needle!r}"

    # graph.ttl carries the same names and evidence
    triples = list(_ox_triples(out / "graph.ttl", ox.RdfFormat.TURTLE))
    ttl = _rdf_entities(iter(triples))
    assert {k: v[0] for k, v in ttl.items()} == names
    ttl_evidence = {o for s, p, o in triples if p == EVKG_NS + "evidence"}
    assert evidence <= ttl_evidence
    _check_iris(iter({s for s, _, _ in triples}))

    # graph.html: same page shape as always, data block holds the same names and evidence
    p = _Scripts()
    p.feed((out / "graph.html").read_text(encoding="utf-8"))
    data = [json.loads(t) for a, t in p.scripts if a.get("type") == "application/json"]
    assert len(data) == 1
    strings = set(_strings(data[0]))
    assert set(names.values()) <= strings
    assert {t for t in evidence} <= strings
    assert not [t for t, _ in p.tags if t in ("img", "svg", "iframe")], "markup from article text reached the page"


def test_build_cypher_script_through_bolt(hostile_build: tuple[Path, Path], bolt_driver: Any, bolt_db: Any) -> None:
    """graph.cypher of the hostile build, run on a real Bolt server: the graph.json names and evidence, unchanged."""
    src, out = hostile_build
    path = out / "graph.cypher"
    if not path.exists():
        pytest.skip("graph.cypher was not written (cypher exporter not registered in build)")
    _replay(bolt_driver, bolt_db.database, path)
    G = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    got = _bolt_entities(bolt_driver, bolt_db.database)
    assert {k: v[0] for k, v in got.items()} == {n["id"]: n["name"] for n in G["nodes"]}
    recs, _, _ = bolt_driver.execute_query("MATCH ()-[r]->() WHERE r.evidence IS NOT NULL RETURN r.evidence AS ev",
                                           database_=bolt_db.database)
    bolt_ev = {t for r in recs for t in r["ev"]}
    assert {e["text"] for edge in G["edges"] for e in edge["evidence"] if e["article"]} <= bolt_ev
