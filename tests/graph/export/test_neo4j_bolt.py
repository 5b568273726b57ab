"""The Neo4j export against a real Bolt server (ArcadeDB, Neo4j 5.26 compatible; see tests/fixtures/bolt.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from evkg.graph.export.cypher import expected_counts, read_statements, write_cypher
from evkg.graph.export.neo4j import count_graph, export_neo4j, marker_name, open_driver
from evkg.graph.model import add_entity, add_evidence
from evkg.graph.query.library import QUERIES, run_query
from evkg.ontology.errors import ExportError

pytestmark = pytest.mark.bolt


def _export(G: nx.MultiDiGraph, t: Any, **kw: Any) -> Any:
    return export_neo4j(G, uri=t.uri, user=t.user, password=t.password, database=t.database, **kw)


def _entities(driver: Any, db: str) -> dict[str, dict[str, Any]]:
    recs, _, _ = driver.execute_query("MATCH (n:Entity) RETURN n.id AS id, properties(n) AS p, labels(n) AS l",
                                      database_=db)
    return {r["id"]: {"props": dict(r["p"]), "labels": sorted(r["l"])} for r in recs}


def _relationships(driver: Any, db: str) -> dict[tuple[str, str, str], dict[str, Any]]:
    recs, _, _ = driver.execute_query("MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, b.id AS o, "
                                      "properties(r) AS p", database_=db)
    return {(r["s"], r["t"], r["o"]): dict(r["p"]) for r in recs}


def _load_script(driver: Any, db: str, path: Path) -> int:
    statements = read_statements(path)
    for s in statements:
        driver.execute_query(s, database_=db)
    return len(statements)


def test_seed_graph_export_counts_match_and_rerun_is_idempotent(seed_graph: nx.MultiDiGraph, bolt_db: Any) -> None:
    G = seed_graph
    before = json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True, default=str)
    rep = _export(G, bolt_db, batch_size=50)
    labels, types = expected_counts(G)
    assert labels["Entity"] == G.number_of_nodes()
    assert sum(n for t, n in types.items() if t not in ("MENTIONS", "HAS_FACT", "STATES")) == G.number_of_edges()
    with open_driver(bolt_db.uri, bolt_db.user, bolt_db.password) as drv:
        assert count_graph(drv, bolt_db.database) == (labels, types)
        first = _entities(drv, bolt_db.database)
        rels1 = _relationships(drv, bolt_db.database)
        rep2 = _export(G, bolt_db, batch_size=1000)
        assert count_graph(drv, bolt_db.database) == (labels, types)
        assert _entities(drv, bolt_db.database) == first
        assert _relationships(drv, bolt_db.database) == rels1
    assert rep.relationships == rep2.relationships == sum(types.values())
    assert json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True, default=str) == before  # not mutated
    # every node has its ontology label chain; properties are those of the graph
    for n, d in G.nodes(data=True):
        got = first[n]
        assert got["labels"] == sorted(["Entity", *d["labels"]])
        assert got["props"]["name"] == d["name"]
        assert got["props"]["aliases"] == d["aliases"]
        assert got["props"]["articles"] == d["articles"]
    # provenance on relationships
    for u, v, k, d in G.edges(keys=True, data=True):
        p = rels1[(u, k, v)]
        assert p["articles"] == d["articles"]
        assert p["mention_count"] == d["mention_count"]
        assert sorted(p["evidence"]) == sorted(e["text"] or "" for e in d["evidence"])
        assert p["confidence"] == pytest.approx(d["confidence"])
        assert p.get("first_seen") == d["first_seen"] and p.get("last_seen") == d["last_seen"]


def test_properties_are_updated_in_place(neo4j_hand_graph: nx.MultiDiGraph, bolt_db: Any) -> None:
    G = neo4j_hand_graph
    _export(G, bolt_db)
    add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"], aliases=["CATL Ltd"],
               articles=["article:0008"], mention_count=1)
    add_evidence(G, "company:catl", "SUPPLIES", "company:tesla", {"article": "article:0008", "text": "Again.",
                 "start": 0, "end": 6, "confidence": 0.95, "status": "stated"}, date="2024-09-30")
    _export(G, bolt_db)
    with open_driver(bolt_db.uri, bolt_db.user, bolt_db.password) as drv:
        assert count_graph(drv, bolt_db.database) == expected_counts(G)
        props = _entities(drv, bolt_db.database)["company:catl"]["props"]
        rel = _relationships(drv, bolt_db.database)[("company:catl", "SUPPLIES", "company:tesla")]
    assert "CATL Ltd" in props["aliases"] and "article:0008" in props["articles"]
    assert rel["mention_count"] == 3 and rel["confidence"] == pytest.approx(0.95)
    assert rel["last_seen"] == "2024-09-30"


def _query_cases(G: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    cases: list[tuple[str, dict[str, Any]]] = [("who_supplies_whom", {}), ("co_mentioned", {}),
                                                ("co_mentioned", {"limit": 5})]
    nodes = sorted(G.nodes)
    for n in nodes:
        labels = set(G.nodes[n]["labels"])
        cases.append(("about", {"entity": n}))
        if "Organization" in labels:
            cases += [("suppliers_of", {"entity": n}), ("suppliers_of", {"entity": n, "tiers": 1}),
                      ("customers_of", {"entity": n})]
        if labels & {"Technology", "Product"}:
            cases += [("developers_of", {"technology": n}), ("policies_supporting", {"technology": n})]
        if "Regulator" in labels:
            cases.append(("who_met", {"regulator": n}))
    picks = nodes[::max(1, len(nodes) // 8)]
    cases += [("shortest_path", {"source": a, "target": b}) for a in picks for b in picks if a <= b]
    return cases


@pytest.mark.parametrize("which", ["hand", "seed"])
def test_every_named_cypher_query_matches_its_networkx_twin(which: str, request: pytest.FixtureRequest,
                                                            bolt_db: Any) -> None:
    G = request.getfixturevalue("neo4j_hand_graph" if which == "hand" else "seed_graph")
    _export(G, bolt_db)
    seen: dict[str, int] = {name: 0 for name in QUERIES}
    with open_driver(bolt_db.uri, bolt_db.user, bolt_db.password) as drv:
        for name, params in _query_cases(G):
            nx_rows = run_query(name, engine="networkx", params=params, graph=G)
            cy_rows = run_query(name, engine="cypher", params=params, graph=G, driver=drv, database=bolt_db.database)
            if name == "shortest_path":  # equally short paths may differ; the length may not
                assert [r["hops"] for r in cy_rows] == [r["hops"] for r in nx_rows], (name, params)
                if cy_rows:
                    assert cy_rows[0]["path"][0] == G.nodes[params["source"]]["name"]
                    assert cy_rows[0]["path"][-1] == G.nodes[params["target"]]["name"]
            else:
                assert cy_rows == nx_rows, (name, params)
            seen[name] += bool(nx_rows)
    if which == "hand":
        assert all(seen.values()), seen  # every query answered something on the hand graph


def test_cypher_resolves_names_without_a_graph(neo4j_hand_graph: nx.MultiDiGraph, bolt_db: Any) -> None:
    _export(neo4j_hand_graph, bolt_db)
    with open_driver(bolt_db.uri, bolt_db.user, bolt_db.password) as drv:
        for text in ("宁德时代", "300750.sz", "Contemporary Amperex", "catl"):
            rows = run_query("customers_of", engine="cypher", params={"entity": text}, driver=drv,
                             database=bolt_db.database)
            assert [r["customer_id"] for r in rows] == ["company:nio", "company:tesla"], text


def test_graph_cypher_script_gives_the_same_graph_as_bolt(seed_graph: nx.MultiDiGraph, arcadedb: Any,
                                                          tmp_path: Path) -> None:
    G = seed_graph
    a, b = arcadedb.create_database(), arcadedb.create_database()
    try:
        _export(G, a)
        write_cypher(G, tmp_path / "graph.cypher", batch_size=100)
        with open_driver(a.uri, a.user, a.password) as drv:
            n = _load_script(drv, b.database, tmp_path / "graph.cypher")
            assert n > 3
            assert count_graph(drv, b.database) == count_graph(drv, a.database) == expected_counts(G)
            assert _entities(drv, b.database) == _entities(drv, a.database)
            assert _relationships(drv, b.database) == _relationships(drv, a.database)
            _load_script(drv, b.database, tmp_path / "graph.cypher")  # the script is idempotent too
            assert count_graph(drv, b.database) == expected_counts(G)
    finally:
        arcadedb.drop_database(a.database)
        arcadedb.drop_database(b.database)


def test_hostile_names_round_trip_through_bolt_and_the_script(neo4j_hand_graph: nx.MultiDiGraph, arcadedb: Any,
                                                              tmp_path: Path) -> None:
    from tests.fixtures.bolt import HOSTILE_NAMES

    G = neo4j_hand_graph
    a, b = arcadedb.create_database(), arcadedb.create_database()
    try:
        _export(G, a)
        write_cypher(G, tmp_path / "graph.cypher")
        with open_driver(a.uri, a.user, a.password) as drv:
            _load_script(drv, b.database, tmp_path / "graph.cypher")
            for db in (a.database, b.database):
                ents = _entities(drv, db)
                assert count_graph(drv, db) == expected_counts(G)
                for i, name in enumerate(HOSTILE_NAMES):
                    p = ents[f"company:hostile-{i:02d}"]["props"]
                    assert p["name"] == name
                    assert sorted(p["aliases"]) == sorted([name + " alias", "'" + name])
                rels = _relationships(drv, db)
                assert rels[("company:hostile-00", "SUPPLIES", "company:catl")]["evidence"] == [
                    f"{HOSTILE_NAMES[0]} supplies CATL; 'q' \"dq\" `bt`"]
                recs, _, _ = drv.execute_query("MATCH (f:Fact {entity: 'company:hostile-00'}) RETURN f.evidence AS e",
                                               database_=db)
                assert [r["e"] for r in recs] == ["Line\nbreak \\ 'x'"]
                recs, _, _ = drv.execute_query("MATCH (x:Article) RETURN x.title AS t ORDER BY x.id LIMIT 1",
                                               database_=db)
                assert recs[0]["t"] == "Hand article 1 'q' \"dq\""
    finally:
        arcadedb.drop_database(a.database)
        arcadedb.drop_database(b.database)


def test_since_pushes_only_new_articles(neo4j_hand_graph: nx.MultiDiGraph, bolt_db: Any, tmp_path: Path) -> None:
    from evkg.graph.workspace import Workspace

    ws = tmp_path / "evkg.sqlite"
    Workspace(ws).close()
    G = neo4j_hand_graph
    full = _export(G, bolt_db, workspace=ws, since=True)
    assert full.since_seq is None and full.pushed_seq == 8
    with Workspace(ws) as w:
        assert w.get_marker(marker_name(bolt_db.uri, bolt_db.database)) == "8"
    # nothing new: nothing but constraints
    again = _export(G, bolt_db, workspace=ws, since=True)
    assert again.since_seq == 8 and again.nodes == 0 and again.relationships == 0
    # one new article with a new entity and a new relation
    G2 = copy.deepcopy(G)
    G2.graph["articles"]["article:0009"] = {"id": "article:0009", "source": "hand/9.txt", "title": "New",
                                            "date": "2024-10-01", "url": None, "publisher": "Hand Wire",
                                            "content_hash": "9", "seq": 9}
    add_entity(G2, "company:xiaomi", name="Xiaomi", kinds=["Automaker"], articles=["article:0009"], mention_count=1)
    add_entity(G2, "company:catl", name="CATL", kinds=["BatteryMaker"], articles=["article:0009"], mention_count=1)
    add_evidence(G2, "company:catl", "SUPPLIES", "company:xiaomi", {"article": "article:0009", "text": "CATL supplies "
                 "Xiaomi.", "start": 0, "end": 20, "confidence": 0.9, "status": "stated"}, date="2024-10-01")
    inc = _export(G2, bolt_db, workspace=ws, since=True)
    assert inc.since_seq == 8 and inc.pushed_seq == 9
    assert inc.by_phase["entities"] == 2 and inc.by_phase["relationships"] == 1
    assert inc.by_phase["articles"] < len(G2.graph["articles"])  # the new one (and any a pushed fact cites)
    with open_driver(bolt_db.uri, bolt_db.user, bolt_db.password) as drv:
        assert count_graph(drv, bolt_db.database) == expected_counts(G2)
        assert "article:0009" in _entities(drv, bolt_db.database)["company:catl"]["props"]["articles"]


def test_bad_password_and_unreachable_server_give_one_line_errors(bolt_db: Any) -> None:
    G = nx.MultiDiGraph()
    with pytest.raises(ExportError, match=r"refused the credentials of user 'root'"):
        export_neo4j(G, uri=bolt_db.uri, user="root", password="wrong", database=bolt_db.database)
    with pytest.raises(ExportError, match=r"cannot reach Neo4j at bolt://127\.0\.0\.1:1\b"):
        export_neo4j(G, uri="bolt://127.0.0.1:1", user="root", password="x")
    with pytest.raises(ExportError, match=r"bad Neo4j URI 'http://"):
        export_neo4j(G, uri="http://127.0.0.1:1", user="root", password="x")


def _cli(args: list[str], env: dict[str, str] | None = None) -> Any:
    from evkg.graph.cli import app

    return CliRunner().invoke(app, args, env=env)


def test_cli_errors_are_one_line(seed_build: Path, bolt_db: Any) -> None:
    ws = str(seed_build / "evkg.sqlite")
    res = _cli(["export", "neo4j", "--workspace", ws, "--uri", bolt_db.uri, "--user", "root", "--password", "nope",
                "--database", bolt_db.database])
    assert res.exit_code == 1
    err = res.stderr.strip()
    assert err.startswith("error: Neo4j at bolt://") and "credentials" in err and "\n" not in err
    assert "Traceback" not in res.output
    res = _cli(["export", "neo4j", "--workspace", ws, "--uri", "bolt://127.0.0.1:1", "--user", "root",
                "--password", "x"])
    assert res.exit_code == 1 and res.stderr.strip().startswith("error: cannot reach Neo4j at bolt://127.0.0.1:1")
    assert "\n" not in res.stderr.strip()


def test_cli_export_and_query_over_bolt(seed_build: Path, bolt_db: Any) -> None:
    ws = str(seed_build / "evkg.sqlite")
    env = {"NEO4J_URI": bolt_db.uri, "NEO4J_USERNAME": bolt_db.user, "NEO4J_PASSWORD": bolt_db.password,
           "NEO4J_DATABASE": bolt_db.database}
    res = _cli(["export", "neo4j", "--workspace", ws, "--batch-size", "200", "--prune"], env=env)
    assert res.exit_code == 0, res.output
    assert "relationships" in res.output and "pruned 0 nodes" in res.output
    res = _cli(["query", "customers_of", "--engine", "cypher", "--param", "entity=CATL", "--workspace", ws], env=env)
    assert res.exit_code == 0, res.output
    res_nx = _cli(["query", "customers_of", "--param", "entity=CATL", "--workspace", ws])
    assert res_nx.exit_code == 0, res_nx.output
    assert res.stdout.split("\n")[1:] == res_nx.stdout.split("\n")[1:]  # same table (title line names the engine)


def test_the_browser_queries_in_docs_run(neo4j_hand_graph: nx.MultiDiGraph, bolt_db: Any) -> None:
    import re

    doc = (Path(__file__).resolve().parents[3] / "docs" / "neo4j.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```cypher\n(.*?)```", doc, flags=re.S)
    assert len(blocks) >= 5
    _export(neo4j_hand_graph, bolt_db)
    answered = 0
    with open_driver(bolt_db.uri, bolt_db.user, bolt_db.password) as drv:
        for block in blocks:
            params: dict[str, Any] = {"entity": "company:catl"}
            lines = []
            for line in block.splitlines():
                m = re.match(r":param (\w+) => '(.*)'", line)
                if m:
                    params[m.group(1)] = m.group(2)
                elif line.strip():
                    lines.append(line)
            query = "\n".join(lines)
            used = {k: v for k, v in params.items() if "$" + k in query}
            recs, _, _ = drv.execute_query(query, used, database_=bolt_db.database)
            answered += bool(recs)
    assert answered >= len(blocks) - 1  # the CATL-Xiaomi path has no Xiaomi in the hand graph


def test_prune_makes_the_database_mirror_the_graph(neo4j_hand_graph: nx.MultiDiGraph, bolt_db: Any) -> None:
    G = neo4j_hand_graph
    _export(G, bolt_db)
    G2 = copy.deepcopy(G)
    G2.remove_node("company:hostile-19")  # an entity and its relations
    G2.remove_edge("company:catl", "company:nio", key="SUPPLIES")  # one relation
    G2.nodes["company:byd"].update(kinds=["Automaker"], kind="Automaker",
                                   labels=["Organization", "Company", "Automaker"])  # a label fewer
    G2.nodes["company:hostile-00"]["facts"] = []  # a fact
    without = _export(G2, bolt_db)
    with open_driver(bolt_db.uri, bolt_db.user, bolt_db.password) as drv:
        assert count_graph(drv, bolt_db.database) != expected_counts(G2)  # a plain export never deletes
        rep = _export(G2, bolt_db, prune=True)
        assert count_graph(drv, bolt_db.database) == expected_counts(G2)
        ents = _entities(drv, bolt_db.database)
        assert "company:hostile-19" not in ents
        assert ents["company:byd"]["labels"] == ["Automaker", "Company", "Entity", "Organization"]
        assert ("company:catl", "SUPPLIES", "company:nio") not in _relationships(drv, bolt_db.database)
        _export(G2, bolt_db, prune=True)  # pruning again changes nothing
        assert count_graph(drv, bolt_db.database) == expected_counts(G2)
    assert without.pruned == {} and set(rep.pruned) == {"nodes", "relationships", "labels"}
