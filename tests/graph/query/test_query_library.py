"""The named query library: parameters, entity resolution, networkx answers, SPARQL parity, `evkg query`.

The Cypher twins are checked against a real Bolt server in tests/graph/export/test_neo4j_bolt.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from evkg.graph.query.library import QUERIES, get_query, run_networkx, run_query
from evkg.ontology.errors import QueryError

NAMES = ["who_supplies_whom", "suppliers_of", "customers_of", "developers_of", "policies_supporting", "who_met",
         "shortest_path", "co_mentioned", "about"]


def test_the_library_has_the_fixed_names_with_cypher_using_every_parameter() -> None:
    assert list(QUERIES) == NAMES
    for q in QUERIES.values():
        used = set(re.findall(r"\$([A-Za-z_]+)", q.cypher))
        assert used == {p.name for p in q.params}, q.name
        assert len(set(q.columns)) == len(q.columns)
        assert all(f" AS {c}" in q.cypher for c in q.columns), q.name


def test_unknown_query_and_bad_parameters(neo4j_hand_graph: nx.MultiDiGraph) -> None:
    G = neo4j_hand_graph
    with pytest.raises(QueryError, match=r"unknown query 'nope'; known: about, co_mentioned"):
        get_query("nope")
    with pytest.raises(QueryError, match=r"needs parameter 'entity'"):
        run_query("suppliers_of", graph=G)
    with pytest.raises(QueryError, match=r"takes no parameter 'bogus'; it takes: entity, tiers"):
        run_query("suppliers_of", params={"entity": "CATL", "bogus": 1}, graph=G)
    with pytest.raises(QueryError, match=r"parameter 'tiers' of 'suppliers_of' must be an integer, got 'two'"):
        run_query("suppliers_of", params={"entity": "CATL", "tiers": "two"}, graph=G)
    with pytest.raises(QueryError, match=r"tiers must be between 1 and 10, got 11"):
        run_query("suppliers_of", params={"entity": "CATL", "tiers": 11}, graph=G)
    with pytest.raises(QueryError, match=r"no entity matches 'Nobody Inc' \(parameter 'entity' of 'about'\)"):
        run_query("about", params={"entity": "Nobody Inc"}, graph=G)
    with pytest.raises(QueryError, match=r"unknown engine 'gremlin'"):
        run_query("about", engine="gremlin", params={"entity": "CATL"}, graph=G)
    with pytest.raises(QueryError, match=r"cypher engine needs a Neo4j driver"):
        run_query("about", engine="cypher", params={"entity": "CATL"}, graph=G)


@pytest.mark.parametrize("text", ["company:catl", "CATL", "catl", "宁德时代", "Contemporary Amperex", "300750.SZ",
                                  " 300750.sz "])
def test_entities_resolve_from_id_name_alias_chinese_name_or_ticker(text: str,
                                                                    neo4j_hand_graph: nx.MultiDiGraph) -> None:
    rows = run_query("customers_of", params={"entity": text}, graph=neo4j_hand_graph)
    assert rows == [{"customer_id": "company:nio", "customer": "NIO"},
                    {"customer_id": "company:tesla", "customer": "Tesla"}]


def test_answers_on_the_hand_graph(neo4j_hand_graph: nx.MultiDiGraph) -> None:
    G = neo4j_hand_graph

    def q(name: str, **params: Any) -> list[dict[str, Any]]:
        return run_query(name, params=params, graph=G)

    tiers = {r["supplier_id"]: r["tier"] for r in q("suppliers_of", entity="Tesla")}
    assert tiers["company:catl"] == tiers["company:byd"] == 1
    assert tiers["company:ganfeng"] == tiers["company:tianqi"] == 2 and tiers["company:mine"] == 3
    assert {r["supplier_id"] for r in q("suppliers_of", entity="Tesla", tiers=1)} == {"company:catl", "company:byd"}
    assert q("policies_supporting", technology="solid-state battery") == [
        {"policy_id": "policy:orphan", "policy": "Orphan Policy", "issuer_id": None, "issuer": None},
        {"policy_id": "policy:ssb-plan", "policy": "Solid-State Battery Plan", "issuer_id": "regulator:miit",
         "issuer": "MIIT"}]
    assert [r["entity_id"] for r in q("who_met", regulator="工业和信息化部")] == [
        "company:byd", "company:catl", "person:zeng"]
    assert [r["company_id"] for r in q("developers_of", technology="LFP")] == ["company:catl", "company:nio"]
    assert q("shortest_path", source="Pilbara Minerals", target="MIIT")[0]["hops"] == 3
    assert q("shortest_path", source="CATL", target="catl") == [{"hops": 0, "path": ["CATL"]}]
    assert q("shortest_path", source="CATL", target="Island Co") == []
    top = q("co_mentioned", limit=3)
    assert len(top) == 3 and top[0]["articles"] >= top[1]["articles"] >= top[2]["articles"]
    assert all(r["a_id"] < r["b_id"] for r in top)
    assert q("co_mentioned", limit=0) == []
    supply = next(r for r in q("about", entity="CATL") if r["relation"] == "SUPPLIES" and r["direction"] == "out"
                  and r["other_id"] == "company:tesla")
    assert supply == {"direction": "out", "relation": "SUPPLIES", "other_id": "company:tesla", "other": "Tesla",
                      "evidence": "CATL supplies Tesla.", "articles": 2}
    whom = q("who_supplies_whom")
    assert whom[0]["articles"] == 2 and (whom[0]["supplier_id"], whom[0]["customer_id"]) == ("company:catl",
                                                                                            "company:tesla")
    assert whom[0]["confidence"] == 0.9


def test_run_networkx_takes_ids_and_unknown_ids_give_no_rows(neo4j_hand_graph: nx.MultiDiGraph) -> None:
    assert run_networkx("about", {"entity": "company:no-such-thing"}, neo4j_hand_graph) == []
    assert run_networkx("customers_of", {"entity": "company:catl"}, neo4j_hand_graph)


def test_sparql_engine_gives_the_same_rows(neo4j_hand_graph: nx.MultiDiGraph) -> None:
    pytest.importorskip("pyoxigraph")
    G = neo4j_hand_graph
    cases = [("who_supplies_whom", {}), ("co_mentioned", {"limit": 10}), ("suppliers_of", {"entity": "Tesla"}),
             ("customers_of", {"entity": "CATL"}), ("developers_of", {"technology": "ssb"}),
             ("developers_of", {"technology": "technology:ssb"}),
             ("policies_supporting", {"technology": "technology:ssb"}), ("who_met", {"regulator": "MIIT"}),
             ("about", {"entity": "CATL"}), ("about", {"entity": "company:hostile-07"})]
    for name, params in cases:
        try:
            want = run_query(name, params=params, graph=G)
        except QueryError:
            continue
        assert run_query(name, engine="sparql", params=params, graph=G) == want, name
    got = run_query("shortest_path", engine="sparql", params={"source": "Pilbara Minerals", "target": "MIIT"},
                    graph=G)
    assert [r["hops"] for r in got] == [3]


def _cli(args: list[str], env: dict[str, str] | None = None) -> Any:
    from evkg.graph.cli import app

    return CliRunner().invoke(app, args, env=env)


def test_cli_list_and_query(seed_build: Path) -> None:
    ws = str(seed_build / "evkg.sqlite")
    res = _cli(["query", "--list"])
    assert res.exit_code == 0
    for name in NAMES:
        assert name in res.stdout
    assert "tiers=3" in res.stdout
    res = _cli(["query", "who_supplies_whom", "--workspace", ws, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert rows and set(rows[0]) == set(QUERIES["who_supplies_whom"].columns)
    res = _cli(["query", "suppliers_of", "--param", "entity=Tesla", "--param", "tiers=2", "--workspace", ws])
    assert res.exit_code == 0, res.output
    assert "suppliers_of (networkx)" in res.stdout and "CATL" in res.stdout


def test_cli_errors_are_one_line(seed_build: Path) -> None:
    ws = str(seed_build / "evkg.sqlite")
    for args, msg in ((["query", "nope", "--workspace", ws], "error: unknown query 'nope'"),
                      (["query", "about", "--param", "entity=Nobody Inc", "--workspace", ws],
                       "error: no entity matches 'Nobody Inc'"),
                      (["query", "about", "--param", "entity", "--workspace", ws],
                       "error: --param 'entity': expected NAME=VALUE"),
                      (["query", "about", "--param", "entity=CATL", "--engine", "cypher", "--workspace", ws],
                       "error: Neo4j connection incomplete: missing --uri / NEO4J_URI")):
        res = _cli(args, env={"NEO4J_URI": "", "NEO4J_USER": "", "NEO4J_USERNAME": "", "NEO4J_PASSWORD": ""})
        assert res.exit_code == 1, (args, res.output)
        assert res.stderr.strip().startswith(msg) and "\n" not in res.stderr.strip(), res.stderr
