"""The SPARQL endpoint (a real `oxigraph serve` process) queried with SPARQLWrapper and plain HTTP, the named
SPARQL queries against their networkx twins, read-only mode, port errors, and the CLI commands."""

from __future__ import annotations

import csv
import io
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import networkx as nx
import pytest
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper
from typer.testing import CliRunner

from evkg.graph.cli import app
from evkg.graph.query.library import QUERIES, run_networkx, run_query
from evkg.graph.query.sparql import COLUMNS, PARAMS, SPARQL_QUERIES, run_sparql
from evkg.graph.serve import ServeError, SparqlServer, load_store, port_in_use
from evkg.ontology.errors import QueryError

pytestmark = pytest.mark.sparql

COUNT_SUPPLIES = ("PREFIX evkg: <https://w3id.org/evkg/ontology#> "
                  "SELECT (COUNT(*) AS ?n) WHERE { ?s evkg:supplies ?o }")


def n_supplies(G: nx.MultiDiGraph) -> int:
    return sum(1 for _, _, k in G.edges(keys=True) if k == "SUPPLIES")


# --- networkx twins: the query library's own -------------------------------------------------------------

def twin(name: str) -> Callable[..., list[dict[str, Any]]]:
    """The networkx twin of a named query (graph/query/library.py), called with entity ids."""
    return lambda G, **params: run_networkx(name, params, G)


def norm(name: str, rows: list[dict[str, Any]]) -> list[tuple]:  # type: ignore[type-arg]
    out = []
    for r in rows:
        assert set(r) == set(COLUMNS[name]), (name, r)
        if name == "shortest_path":
            out.append((r["hops"],))
            continue
        vals = []
        for c in COLUMNS[name]:
            v = r[c]
            vals.append(round(v, 6) if isinstance(v, float) else v)
        out.append(tuple(vals))
    return sorted(out, key=repr)


def query_cases(G: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    """Every named query with parameters that reach every interesting node of G."""
    kinds = {n: set(d["labels"]) for n, d in G.nodes(data=True)}
    nodes = sorted(G.nodes)
    cases: list[tuple[str, dict[str, Any]]] = [("who_supplies_whom", {}), ("co_mentioned", {}),
                                                ("co_mentioned", {"limit": 5})]
    for n in nodes:
        cases.append(("about", {"entity": n}))
        if "Organization" in kinds[n]:
            cases += [("suppliers_of", {"entity": n}), ("suppliers_of", {"entity": n, "tiers": 1}),
                      ("customers_of", {"entity": n})]
        if "Technology" in kinds[n] or "Product" in kinds[n]:
            cases += [("developers_of", {"technology": n}), ("policies_supporting", {"technology": n})]
        if "Regulator" in kinds[n]:
            cases.append(("who_met", {"regulator": n}))
    step = max(1, len(nodes) // 12)
    picks = nodes[::step]
    cases += [("shortest_path", {"source": a, "target": b}) for a in picks for b in picks if a <= b]
    cases.append(("about", {"entity": "company:no-such-thing"}))
    return cases


# --- named queries ------------------------------------------------------------------------------------------

def test_every_named_query_has_a_sparql_twin_with_the_same_columns_and_parameters() -> None:
    assert set(SPARQL_QUERIES) == set(COLUMNS) == set(PARAMS) == set(QUERIES)
    for name, q in QUERIES.items():
        assert COLUMNS[name] == q.columns, name
        assert [(p, kind, default) for p, kind, default in PARAMS[name]] == \
            [(p.name, p.type, p.default) for p in q.params], name


def test_run_query_with_the_sparql_engine_resolves_names_like_networkx(seed_graph: nx.MultiDiGraph,
                                                                      sparql_endpoint: SparqlServer) -> None:
    for name, params in [("customers_of", {"entity": "CATL"}), ("about", {"entity": "宁德时代"}),
                         ("suppliers_of", {"entity": "company:tesla", "tiers": "2"}), ("co_mentioned", {"limit": 7}),
                         ("who_supplies_whom", {})]:
        want = run_query(name, engine="networkx", params=params, graph=seed_graph)
        assert run_query(name, engine="sparql", params=params, graph=seed_graph) == want, name
        got = run_query(name, engine="sparql", params=params, graph=seed_graph, endpoint=sparql_endpoint.query_url)
        assert got == want, name


def test_named_queries_on_the_hand_graph_match_their_networkx_twins(rdf_hand_graph: nx.MultiDiGraph,
                                                                     hand_sparql_endpoint: SparqlServer) -> None:
    from evkg.graph.export.rdf import to_oxigraph_store

    store = to_oxigraph_store(rdf_hand_graph)
    checked = Counter()
    for name, params in query_cases(rdf_hand_graph):
        want = norm(name, twin(name)(rdf_hand_graph, **params))
        assert norm(name, run_sparql(name, params, store=store)) == want, (name, params)
        assert norm(name, run_sparql(name, params, endpoint=hand_sparql_endpoint.query_url)) == want, (name, params)
        checked[name] += bool(want)
    assert all(checked[n] for n in SPARQL_QUERIES), checked  # every query had a non-empty answer somewhere


def test_named_queries_on_the_seed_graph_match_their_networkx_twins(seed_graph: nx.MultiDiGraph,
                                                                     sparql_endpoint: SparqlServer) -> None:
    from evkg.graph.export.rdf import to_oxigraph_store

    store = to_oxigraph_store(seed_graph)
    nonempty = Counter()
    for name, params in query_cases(seed_graph):
        want = norm(name, twin(name)(seed_graph, **params))
        assert norm(name, run_sparql(name, params, store=store)) == want, (name, params)
        assert norm(name, run_sparql(name, params, endpoint=sparql_endpoint.query_url)) == want, (name, params)
        nonempty[name] += bool(want)
    assert nonempty["who_supplies_whom"] and nonempty["about"] and nonempty["shortest_path"]


def test_known_answers_on_the_hand_graph(rdf_hand_graph: nx.MultiDiGraph) -> None:
    G = rdf_hand_graph
    tiers = {r["supplier_id"]: r["tier"] for r in run_sparql("suppliers_of", {"entity": "company:tesla"}, graph=G)}
    assert tiers == {"company:catl": 1, "company:byd": 1, "company:ganfeng": 2, "company:tianqi": 3}
    assert run_sparql("shortest_path", {"source": "company:tianqi", "target": "person:zeng-yuqun"}, graph=G) == [
        {"hops": 3, "path": ["Tianqi Lithium", "Ganfeng Lithium", "CATL", "Zeng Yuqun"]}]
    assert run_sparql("shortest_path", {"source": "company:tianqi", "target": "company:island"}, graph=G) == []
    rows = {r["policy_id"]: r for r in run_sparql("policies_supporting", {"technology": "technology:sodium-ion"}, graph=G)}
    assert rows["policy:orphan"]["issuer_id"] is None and rows["policy:nev-plan"]["issuer"] == "MIIT"
    about = [r for r in run_sparql("about", {"entity": "company:tesla"}, graph=G) if r["other_id"] == "company:catl"]
    assert about == [{"direction": "in", "relation": "SUPPLIES", "other_id": "company:catl", "other": "CATL",
                      "evidence": "CATL supplies Tesla, first sentence.", "articles": 2}]
    w = [r for r in run_sparql("who_supplies_whom", {}, graph=G) if r["supplier_id"] == "company:catl"
         and r["customer_id"] == "company:tesla"]
    assert w == [{"supplier_id": "company:catl", "supplier": "CATL", "customer_id": "company:tesla",
                  "customer": "Tesla", "articles": 2, "confidence": 0.95}]


def test_parameters_are_bound_not_pasted(rdf_hand_graph: nx.MultiDiGraph) -> None:
    evil = 'company:catl> } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o . FILTER("'
    assert run_sparql("customers_of", {"entity": evil}, graph=rdf_hand_graph) == []
    assert run_sparql("about", {"entity": "company:x\n} UNION { ?s ?p ?o"}, graph=rdf_hand_graph) == []


def test_bad_named_query_calls_raise_query_errors(rdf_hand_graph: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError, match="unknown SPARQL query 'nope'"):
        run_sparql("nope", {}, graph=rdf_hand_graph)
    with pytest.raises(QueryError, match="needs parameter 'entity'"):
        run_sparql("customers_of", {}, graph=rdf_hand_graph)
    with pytest.raises(QueryError, match="takes no parameter 'colour'"):
        run_sparql("customers_of", {"entity": "company:catl", "colour": "red"}, graph=rdf_hand_graph)
    with pytest.raises(QueryError, match="must be an integer"):
        run_sparql("co_mentioned", {"limit": "5; DROP ALL"}, graph=rdf_hand_graph)
    with pytest.raises(QueryError, match="tiers must be between 1 and"):
        run_sparql("suppliers_of", {"entity": "company:catl", "tiers": 99}, graph=rdf_hand_graph)
    with pytest.raises(QueryError, match="needs one of graph=, store= or endpoint="):
        run_sparql("who_supplies_whom", {})
    with pytest.raises(QueryError, match="cannot reach SPARQL endpoint"):
        run_sparql("who_supplies_whom", {}, endpoint="http://127.0.0.1:9/query", timeout=2)


# --- the protocol, with a real client and with plain HTTP --------------------------------------------------------

def test_sparqlwrapper_gets_json_xml_csv_tsv(sparql_endpoint: SparqlServer, seed_graph: nx.MultiDiGraph) -> None:
    n = n_supplies(seed_graph)
    for method in ("GET", "POST"):
        sw = SPARQLWrapper(sparql_endpoint.query_url)
        sw.setMethod(method)
        sw.setQuery(COUNT_SUPPLIES)
        sw.setReturnFormat(JSON)
        res = sw.query().convert()
        assert int(res["results"]["bindings"][0]["n"]["value"]) == n
        sw.setReturnFormat(XML)
        doc = sw.query().convert()
        assert doc.getElementsByTagName("literal")[0].firstChild.data == str(n)
        sw.setReturnFormat(CSV)
        assert sw.query().convert().decode().splitlines() == ["n", str(n)]
        sw.setReturnFormat(TSV)
        assert sw.query().convert().decode().splitlines()[1] in (str(n), f'"{n}"^^<http://www.w3.org/2001/XMLSchema#integer>')


def _get(url: str, accept: str) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), resp.read()


def _post(url: str, body: bytes, content_type: str, accept: str = "application/sparql-results+json"
          ) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type,
                                                                         "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


@pytest.mark.parametrize("accept,ctype", [("application/sparql-results+json", "application/sparql-results+json"),
                                          ("application/sparql-results+xml", "application/sparql-results+xml"),
                                          ("text/csv", "text/csv"), ("text/tab-separated-values",
                                                                     "text/tab-separated-values")])
def test_plain_http_get_and_post_with_content_negotiation(sparql_endpoint: SparqlServer, seed_graph: nx.MultiDiGraph,
                                                          accept: str, ctype: str) -> None:
    n = n_supplies(seed_graph)
    url = sparql_endpoint.query_url + "?" + urllib.parse.urlencode({"query": COUNT_SUPPLIES})
    results = [_get(url, accept),
               _post(sparql_endpoint.query_url, COUNT_SUPPLIES.encode(), "application/sparql-query", accept),
               _post(sparql_endpoint.query_url, urllib.parse.urlencode({"query": COUNT_SUPPLIES}).encode(),
                     "application/x-www-form-urlencoded", accept)]
    for status, got_type, body in results:
        assert status == 200 and got_type.startswith(ctype)
        text = body.decode("utf-8")
        if "json" in ctype:
            assert int(json.loads(text)["results"]["bindings"][0]["n"]["value"]) == n
        elif "xml" in ctype:
            ns = {"r": "http://www.w3.org/2005/sparql-results#"}
            assert ET.fromstring(text).find(".//r:literal", ns).text == str(n)  # type: ignore[union-attr]
        elif ctype == "text/csv":
            assert list(csv.reader(io.StringIO(text))) == [["n"], [str(n)]]
        else:
            # TSV writes RDF terms in Turtle syntax: an integer as a bare number
            assert text.splitlines() == ["?n", str(n)]


def test_endpoint_serves_the_default_graph_with_full_class_chain(sparql_endpoint: SparqlServer,
                                                                 seed_graph: nx.MultiDiGraph) -> None:
    q = ("PREFIX evkg: <https://w3id.org/evkg/ontology#> SELECT ?id WHERE { ?c a evkg:Company ; evkg:id ?id }")
    _, _, body = _post(sparql_endpoint.query_url, q.encode(), "application/sparql-query")
    got = {b["id"]["value"] for b in json.loads(body)["results"]["bindings"]}
    assert got == {n for n, d in seed_graph.nodes(data=True) if "Company" in d["labels"]}


def test_construct_returns_rdf_by_content_negotiation(sparql_endpoint: SparqlServer) -> None:
    q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"
    status, ctype, body = _post(sparql_endpoint.query_url, q.encode(), "application/sparql-query", "text/turtle")
    assert status == 200 and ctype.startswith("text/turtle") and body


def test_update_is_refused_when_read_only(sparql_endpoint: SparqlServer) -> None:
    upd = b"INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    status, _, _ = _post(sparql_endpoint.update_url, upd, "application/sparql-update")
    assert status == 403
    status, _, _ = _post(sparql_endpoint.base_url + "/store?default",
                         b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .",
                         "application/n-triples")
    assert status == 403
    ask = "ASK { <http://example.org/a> ?p ?o }"
    _, _, body = _post(sparql_endpoint.query_url, ask.encode(), "application/sparql-query")
    assert json.loads(body)["boolean"] is False


def test_update_is_accepted_with_allow_update(sparql_rw_endpoint: SparqlServer) -> None:
    upd = b"INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    status, _, _ = _post(sparql_rw_endpoint.update_url, upd, "application/sparql-update")
    assert status in (200, 204)
    _, _, body = _post(sparql_rw_endpoint.query_url, b"ASK { <http://example.org/a> ?p ?o }",
                       "application/sparql-query")
    assert json.loads(body)["boolean"] is True


def test_hostile_graph_loads_and_is_served_unchanged(tmp_path: Path) -> None:
    from tests.fixtures.sparql import HOSTILE_TEXT, hostile_graph

    G = hostile_graph()
    loc = load_store(G, tmp_path / "oxigraph")
    with SparqlServer(loc, port=0) as srv:
        q = "SELECT DISTINCT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
        _, _, body = _post(srv.query_url, q.encode(), "application/sparql-query")
        labels = {b["l"]["value"] for b in json.loads(body)["results"]["bindings"]}
    assert set(HOSTILE_TEXT) <= labels


# --- starting and stopping ------------------------------------------------------------------------------------------

def test_taken_port_gives_one_line_error(tmp_path: Path, rdf_hand_graph: nx.MultiDiGraph) -> None:
    loc = load_store(rdf_hand_graph, tmp_path / "oxigraph")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        assert port_in_use("127.0.0.1", port)
        with pytest.raises(ServeError, match=f"port {port} on 127.0.0.1 is already in use") as exc:
            SparqlServer(loc, port=port).start()
        assert "\n" not in str(exc.value)


def test_server_failing_to_bind_is_detected(tmp_path: Path, rdf_hand_graph: nx.MultiDiGraph,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # The port is free when checked and taken when the server binds (a race): the server's exit is reported.
    import evkg.graph.serve as serve

    loc = load_store(rdf_hand_graph, tmp_path / "oxigraph")
    monkeypatch.setattr(serve, "port_in_use", lambda host, port: False)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        with pytest.raises(ServeError, match="already in use"):
            SparqlServer(loc, port=port).start()


def test_load_store_skips_unchanged_data_and_reloads_changed(tmp_path: Path, rdf_hand_graph: nx.MultiDiGraph) -> None:
    loc = load_store(rdf_hand_graph, tmp_path / "oxigraph")
    marker = loc / "evkg-test-marker"
    marker.write_text("x")
    load_store(rdf_hand_graph, loc)
    assert marker.exists()  # same data: store kept
    rdf_hand_graph.nodes["company:nio"]["name"] = "NIO Inc."
    load_store(rdf_hand_graph, loc)
    assert not marker.exists()  # changed data: store rebuilt
    with SparqlServer(loc, port=0) as srv:
        rows = run_sparql("customers_of", {"entity": "company:catl"}, endpoint=srv.query_url)
    assert {"customer_id": "company:nio", "customer": "NIO Inc."} in rows
    assert not srv.process


def test_missing_store_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="no Oxigraph store here"):
        SparqlServer(tmp_path / "nothing", port=0).start()


# --- CLI --------------------------------------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_sparql_prints_table_json_csv(seed_build: Path, seed_graph: nx.MultiDiGraph) -> None:
    ws = str(seed_build / "evkg.sqlite")
    n = n_supplies(seed_graph)
    res = runner.invoke(app, ["sparql", COUNT_SUPPLIES, "--workspace", ws, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.stdout.split() == ["n", str(n)]
    res = runner.invoke(app, ["sparql", COUNT_SUPPLIES, "--workspace", ws, "--format", "json"])
    assert int(json.loads(res.stdout)["results"]["bindings"][0]["n"]["value"]) == n
    res = runner.invoke(app, ["sparql", COUNT_SUPPLIES, "--workspace", ws])
    assert res.exit_code == 0 and str(n) in res.stdout
    res = runner.invoke(app, ["sparql", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3", "--workspace", ws])
    import pyoxigraph as ox

    assert res.exit_code == 0 and len(list(ox.parse(res.stdout.encode(), format=ox.RdfFormat.TURTLE))) == 3
    res = runner.invoke(app, ["sparql", "SELECT nonsense", "--workspace", ws])
    assert res.exit_code == 1 and res.stderr.startswith("error: SPARQL syntax error")
    assert len(res.stderr.strip().splitlines()) == 1


def test_cli_sparql_against_an_endpoint(sparql_endpoint: SparqlServer, seed_graph: nx.MultiDiGraph,
                                        seed_build: Path) -> None:
    res = runner.invoke(app, ["sparql", COUNT_SUPPLIES, "--endpoint", sparql_endpoint.query_url, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.stdout.split() == ["n", str(n_supplies(seed_graph))]


@pytest.mark.parametrize("fmt,suffix", [("ttl", ".ttl"), ("nt", ".nt"), ("jsonld", ".jsonld"), ("xml", ".rdf")])
def test_cli_export_rdf(fmt: str, suffix: str, seed_build: Path, seed_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    import pyoxigraph as ox

    from evkg.graph.export.rdf import count_triples

    out = tmp_path / f"g{suffix}"
    res = runner.invoke(app, ["export", "rdf", str(out), "--format", fmt, "--workspace",
                              str(seed_build / "evkg.sqlite"), "--base", "https://example.org/kg/"])
    assert res.exit_code == 0, res.output
    fmts = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
            "xml": ox.RdfFormat.RDF_XML}
    triples = list(ox.parse(out.read_bytes(), format=fmts[fmt]))
    assert len(triples) == count_triples(seed_graph)
    assert all(t.subject.value.startswith("https://example.org/kg/") for t in triples)
    res = runner.invoke(app, ["export", "rdf", str(out), "--workspace", str(seed_build / "evkg.sqlite"),
                              "--base", "not a base"])
    assert res.exit_code == 1 and res.stderr.startswith("error: bad base IRI")


def test_cli_serve_sparql_port_taken(seed_build: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        res = runner.invoke(app, ["serve", "sparql", "--port", str(port), "--workspace",
                                  str(seed_build / "evkg.sqlite")])
    assert res.exit_code == 1
    assert res.stderr.strip() == (f"error: port {port} on 127.0.0.1 is already in use; stop what runs there or "
                                  f"pass --port with another port")


def test_cli_serve_sparql_serves_until_stopped(seed_build: Path, seed_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from evkg.graph.serve import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "evkg.graph", "serve", "sparql", "--port", str(port),
                             "--workspace", str(seed_build / "evkg.sqlite"), "--location", str(tmp_path / "ox")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/query"
        deadline = time.monotonic() + 120
        rows = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                rows = run_sparql("who_supplies_whom", {}, endpoint=url, timeout=5)
                break
            except QueryError:
                time.sleep(0.2)
        assert rows is not None, proc.stderr.read() if proc.poll() is not None else "no answer"
        assert len(rows) == n_supplies(seed_graph)
        status, _, _ = _post(f"http://127.0.0.1:{port}/update", b"CLEAR DEFAULT", "application/sparql-update")
        assert status == 403
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    # the oxigraph child process went with it
    assert not port_in_use("127.0.0.1", port) or pytest.fail("oxigraph still listening after evkg stopped")


def test_cli_serve_sparql_stops_on_ctrl_c_even_when_started_with_it_ignored(seed_build: Path, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    from evkg.graph.serve import free_port

    # (a background job of a non-interactive script starts with SIGINT ignored)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "evkg.graph", "serve", "sparql", "--port", str(port),
                             "--workspace", str(seed_build / "evkg.sqlite"), "--location", str(tmp_path / "ox")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        deadline = time.monotonic() + 120
        while not port_in_use("127.0.0.1", port):
            assert proc.poll() is None and time.monotonic() < deadline, "the endpoint did not start"
            time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert not port_in_use("127.0.0.1", port) or pytest.fail("oxigraph still listening after Ctrl-C")


def test_server_process_dies_with_evkg_even_on_sigkill(tmp_path: Path, rdf_hand_graph: nx.MultiDiGraph) -> None:
    import signal
    import subprocess
    import sys
    import time

    from evkg.graph.serve import free_port

    loc = load_store(rdf_hand_graph, tmp_path / "oxigraph")
    port = free_port()
    code = ("import sys, time\nfrom evkg.graph.serve import SparqlServer\n"
            f"SparqlServer({str(loc)!r}, port={port}).start()\nprint('up', flush=True)\ntime.sleep(600)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "up"
        assert port_in_use("127.0.0.1", port)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while port_in_use("127.0.0.1", port) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not port_in_use("127.0.0.1", port), "oxigraph outlived the process that started it"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_default_prefixes_need_no_declaration(seed_build: Path, sparql_endpoint: SparqlServer,
                                              seed_graph: nx.MultiDiGraph) -> None:
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s evkg:supplies ?o . ?s rdfs:label ?l . ?s skos:prefLabel ?p }"
    for extra in (["--workspace", str(seed_build / "evkg.sqlite")], ["--endpoint", sparql_endpoint.query_url]):
        res = runner.invoke(app, ["sparql", q, "--format", "csv", *extra])
        assert res.exit_code == 0, res.output
        assert int(res.stdout.split()[1]) >= n_supplies(seed_graph)
    # a query that declares its own prefix keeps it
    from evkg.graph.query.sparql import with_default_prefixes

    own = "PREFIX evkg: <http://example.org/other#> SELECT * WHERE { ?s evkg:x ?o ; rdfs:label ?l }"
    assert with_default_prefixes(own) == "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + own
