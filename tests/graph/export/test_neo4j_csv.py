"""neo4j-admin import CSVs: headers, quoting, formula guard, hostile names round trip, import command."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from evkg.graph.export import get_exporter
from evkg.graph.export.cypher import build_plan, expected_counts
from evkg.graph.export.neo4j_csv import (ARRAY_DELIMITER, import_command, neutralise, read_neo4j_csv, unneutralise,
                                         write_neo4j_csv)


def _header(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def test_headers_and_files(neo4j_hand_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    d = write_neo4j_csv(neo4j_hand_graph, tmp_path / "csv")
    assert sorted(p.name for p in d.iterdir()) == ["constraints.cypher", "import.sh", "nodes_articles.csv",
                                                   "nodes_entities.csv", "nodes_facts.csv", "relationships.csv"]
    ent = _header(d / "nodes_entities.csv")
    assert ent[:3] == ["id:ID", ":LABEL", "name"]
    assert {"aliases:string[]", "mention_count:int", "known:boolean", "tickers:string[]"} <= set(ent)
    assert _header(d / "relationships.csv")[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"confidence:float", "mention_count:int", "evidence:string[]"} <= set(_header(d / "relationships.csv"))
    assert "value:double" in _header(d / "nodes_facts.csv")
    raw = (d / "nodes_entities.csv").read_text(encoding="utf-8")
    assert raw.startswith('"id:ID",":LABEL","name"')  # every field quoted
    assert f'"Entity{ARRAY_DELIMITER}Organization{ARRAY_DELIMITER}Company{ARRAY_DELIMITER}BatteryMaker"' in raw
    sh = (d / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in sh and "--array-delimiter=U+001F" in sh
    assert "--multiline-fields=true" in sh and "--nodes=nodes_entities.csv" in sh
    assert "--ignore-empty-strings=true" in sh
    assert "--relationships=relationships.csv" in sh
    assert "CREATE CONSTRAINT evkg_entity_id" in (d / "constraints.cypher").read_text(encoding="utf-8")
    cmd = import_command(d)
    assert cmd.startswith("neo4j-admin database import full neo4j ") and str(d / "nodes_facts.csv") in cmd


def test_formula_guard_is_reversible() -> None:
    for s in ("=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx", "'q", "plain", "", "''"):
        g = neutralise(s)
        assert not g.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert unneutralise(g) == s


def test_hostile_names_and_counts_round_trip(neo4j_hand_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    from tests.fixtures.bolt import HOSTILE_NAMES

    G = neo4j_hand_graph
    d = write_neo4j_csv(G, tmp_path / "csv")
    nodes, rels = read_neo4j_csv(d)
    labels, types = expected_counts(G)
    counted: dict[str, int] = {}
    for rec in nodes.values():
        for lab in rec["labels"]:
            counted[lab] = counted.get(lab, 0) + 1
    assert dict(sorted(counted.items())) == labels
    by_type: dict[str, int] = {}
    for r in rels:
        by_type[r["type"]] = by_type.get(r["type"], 0) + 1
    assert dict(sorted(by_type.items())) == types
    for i, name in enumerate(HOSTILE_NAMES):
        p = nodes[f"company:hostile-{i:02d}"]["props"]
        assert p["name"] == name
        assert sorted(p["aliases"]) == sorted([name + " alias", "'" + name])
    # every property of every entity and relationship equals the plan's (None = absent)
    plan = build_plan(G)
    for s in plan:
        if s.phase == "entities":
            for r in s.rows:
                want = {k: v for k, v in r["props"].items() if v is not None and v != []}
                got = {k: v for k, v in nodes[r["id"]]["props"].items() if v != []}
                assert got == want, r["id"]
        if s.phase == "relationships":
            got_rels = {(x["start"], x["type"], x["end"]): x["props"] for x in rels}
            for r in s.rows:
                want = {k: v for k, v in r["props"].items() if v is not None and v != []}
                got = {k: v for k, v in got_rels[(r["s"], s.what, r["o"])].items() if v != []}
                assert got == want
    # the guard is really applied in the file, and a field with a newline stays one quoted field
    raw = (d / "nodes_entities.csv").read_text(encoding="utf-8")
    assert "\"'= cmd|' /C calc'!A0\"" in raw and "\"'@SUM(1+1)\"" in raw and "\"''already quoted\"" in raw
    facts = {k: v for k, v in nodes.items() if "Fact" in v["labels"]}
    assert sorted(f["props"]["value"] for f in facts.values()) == [-1.5e9, 12.0, 500.0]


def test_raw_mode_keeps_values(neo4j_hand_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    d = write_neo4j_csv(neo4j_hand_graph, tmp_path / "raw", neutralise_formulas=False)
    nodes, _ = read_neo4j_csv(d, neutralised=False)
    assert nodes["company:hostile-11"]["props"]["name"] == "= cmd|' /C calc'!A0"


def test_registered_as_an_exporter(neo4j_hand_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = get_exporter("neo4j-csv")(neo4j_hand_graph, tmp_path / "neo4j-csv")
    assert (Path(out) / "nodes_entities.csv").exists()


def test_cli_export_neo4j_csv(seed_build: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from evkg.graph.build import load_graph
    from evkg.graph.cli import app

    out = tmp_path / "import"
    res = CliRunner().invoke(app, ["export", "neo4j-csv", str(out), "--workspace", str(seed_build / "evkg.sqlite")])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("neo4j-admin database import full neo4j")
    nodes, rels = read_neo4j_csv(out)
    labels, types = expected_counts(load_graph(seed_build / "evkg.sqlite"))
    assert sum(1 for n in nodes.values() if "Entity" in n["labels"]) == labels["Entity"]
    assert len(rels) == sum(types.values())
    res = CliRunner().invoke(app, ["export", "neo4j-csv", str(out / "import.sh"), "--workspace",
                                   str(seed_build / "evkg.sqlite")])
    assert res.exit_code == 1 and "exists and is not a directory" in res.stderr
