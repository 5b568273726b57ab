"""graph.cypher: literal escaping, ontology-only labels and types, one statement per line, determinism.

Loading the script into a real server is tested in test_neo4j_bolt.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evkg.graph.export import get_exporter
from evkg.graph.export.cypher import (ALLOWED_LABELS, ALLOWED_TYPES, Selection, build_plan, cypher_literal,
                                      cypher_string, expected_counts, label, merge_relationships_query,
                                      read_statements, rel_type, render_cypher, select_since, set_labels_query,
                                      split_statements, write_cypher)
from evkg.graph.model import add_entity, new_graph
from evkg.ontology.errors import ExportError


def _unescape(lit: str) -> str:
    """Decode a Cypher single-quoted literal as the writer produces it (reference decoder for the tests)."""
    assert lit[0] == lit[-1] == "'"
    body, out, i = lit[1:-1], [], 0
    simple = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t"}
    while i < len(body):
        c = body[i]
        if c == "'":
            raise AssertionError(f"unescaped quote in {lit!r}")
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in simple:
            out.append(simple[nxt])
            i += 2
        elif nxt == "u":
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        elif nxt == "U":
            out.append(chr(int(body[i + 2:i + 10], 16)))
            i += 10
        else:
            raise AssertionError(f"unknown escape in {lit!r}")
    return "".join(out)


@given(st.text())
@settings(max_examples=300, deadline=None)  # the first non-ASCII string builds the escape table
def test_string_literals_round_trip_and_never_break_a_line(s: str) -> None:
    lit = cypher_string(s)
    assert "\n" not in lit and "\r" not in lit and "\u2028" not in lit and "\u0085" not in lit
    assert _unescape(lit) == s


def test_hostile_strings_are_escaped() -> None:
    assert cypher_string("O'Brien") == "'O\\'Brien'"
    assert cypher_string('say "hi"') == "'say \\\"hi\\\"'"
    assert cypher_string("a\\b") == "'a\\\\b'"
    assert cypher_string("line\nbreak") == "'line\\nbreak'"
    assert cypher_string("rtl\u202e") == "'rtl\\u202e'"
    assert cypher_string("x}) MATCH (n) DETACH DELETE n //") == "'x}) MATCH (n) DETACH DELETE n //'"
    assert cypher_literal({"a": [1, 2.5, None, True, "x"]}) == "{a: [1, 2.5, null, true, 'x']}"
    with pytest.raises(ExportError, match="cannot write nan"):
        cypher_literal(float("nan"))
    with pytest.raises(ExportError, match="not a plain identifier"):
        cypher_literal({"bad key": 1})


def test_labels_and_types_come_only_from_the_ontology() -> None:
    assert label("BatteryMaker") == "`BatteryMaker`"
    assert rel_type("SUPPLIES") == "`SUPPLIES`"
    with pytest.raises(ExportError, match=r"label 'Evil`\) DELETE n' is not in the ontology"):
        label("Evil`) DELETE n")
    with pytest.raises(ExportError, match="relationship type 'OWNS' is not in the ontology"):
        rel_type("OWNS")
    with pytest.raises(ExportError, match="is not in the ontology"):
        set_labels_query(["Organization", "Hacker"])
    with pytest.raises(ExportError, match="is not in the ontology"):
        merge_relationships_query("DROP")


def test_a_graph_with_an_unknown_kind_is_refused() -> None:
    G = new_graph()
    add_entity(G, "company:x", name="X", kinds=["Company"])
    G.nodes["company:x"]["kinds"] = ["Company`) DETACH DELETE n //"]
    with pytest.raises(ExportError, match="unknown class"):
        build_plan(G)


def test_script_is_one_statement_per_line_and_deterministic(neo4j_hand_graph: nx.MultiDiGraph,
                                                            tmp_path: Path) -> None:
    G = neo4j_hand_graph
    before = json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True, default=str)
    text = "".join(render_cypher(G, batch_size=7))
    assert json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True, default=str) == before
    statements = split_statements(text)
    assert len(statements) == sum(1 for line in text.splitlines() if line and not line.startswith("//"))
    for s in statements:
        assert s.startswith(("CREATE CONSTRAINT", "UNWIND ["))
        assert "$rows" not in s  # literal rows, no parameters
        # every label and type written after ':' is an ontology name
        for name in re.findall(r":`([^`]*)`", s):
            assert name in ALLOWED_LABELS | ALLOWED_TYPES, name
    p = write_cypher(G, tmp_path / "graph.cypher", batch_size=7)
    assert read_statements(p) == statements
    assert p.read_text(encoding="utf-8") == text
    # deterministic: the same graph built in another order gives the same file
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for n in sorted(G.nodes, reverse=True):
        H.add_node(n, **G.nodes[n])
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3], reverse=True):
        H.add_edge(u, v, key=k, **d)
    assert "".join(render_cypher(H, batch_size=7)) == text


def test_plan_counts_and_statement_shapes(neo4j_hand_graph: nx.MultiDiGraph) -> None:
    G = neo4j_hand_graph
    plan = build_plan(G)
    phases = [s.phase for s in plan]
    assert phases[:3] == ["constraints"] * 3
    order = ["constraints", "articles", "entities", "labels", "facts", "relationships", "links"]
    assert phases == sorted(phases, key=order.index)  # nodes before labels before relationships
    labels, types = expected_counts(G)
    assert labels["Entity"] == G.number_of_nodes()
    assert labels["Article"] == len(G.graph["articles"])
    assert labels["Fact"] == 3 and types["HAS_FACT"] == 3 and types["STATES"] == 2
    assert types["SUPPLIES"] == sum(1 for *_, k in G.edges(keys=True) if k == "SUPPLIES")
    assert types["MENTIONS"] == sum(len(d["articles"]) for _, d in G.nodes(data=True))
    for s in plan:
        if s.phase == "entities":
            assert s.query == "UNWIND $rows AS row MERGE (n:`Entity` {id: row.id}) SET n += row.props"
            props = {r["id"]: r["props"] for r in s.rows}
            assert props["company:catl"]["name_zh"] == "宁德时代"
            for p in props.values():  # Neo4j-storable: primitives or lists of strings, never maps
                for v in p.values():
                    assert v is None or isinstance(v, (str, int, float, bool)) or (
                        isinstance(v, list) and all(isinstance(x, str) for x in v))
        if s.phase == "relationships" and s.what == "SUPPLIES":
            row = next(r for r in s.rows if (r["s"], r["o"]) == ("company:catl", "company:tesla"))
            assert row["props"]["evidence"] == ["CATL supplies Tesla.", "Tesla buys cells from CATL."]
            assert json.loads(row["props"]["evidence_json"])[0]["rule"] == "hand"
            assert row["props"]["articles"] == ["article:0001", "article:0002"]


def test_cypher_is_registered_as_an_exporter(neo4j_hand_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = get_exporter("cypher")(neo4j_hand_graph, tmp_path / "g.cypher")
    assert Path(path).read_text(encoding="utf-8").startswith("// evkg graph.cypher")


def test_split_statements_rejects_foreign_text() -> None:
    with pytest.raises(ExportError, match="no final ';'"):
        split_statements("MATCH (n)\nRETURN n;\n")


def test_cli_export_cypher(seed_build: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from evkg.graph.build import load_graph
    from evkg.graph.cli import app

    out = tmp_path / "g.cypher"
    res = CliRunner().invoke(app, ["export", "cypher", str(out), "--workspace", str(seed_build / "evkg.sqlite"),
                                   "--batch-size", "25"])
    assert res.exit_code == 0, res.output
    G = load_graph(seed_build / "evkg.sqlite")
    assert out.read_text(encoding="utf-8") == "".join(render_cypher(G, batch_size=25))
    # the build wrote the same script (default batch size) through the exporter registry
    assert (seed_build / "graph.cypher").read_text(encoding="utf-8") == "".join(render_cypher(G))


# --- the plan's rows against a straightforward reference -------------------------------------------

def _reference_plan(G: nx.MultiDiGraph, sel: Selection | None = None) -> list[tuple[str, str, str, list[Any]]]:
    """Every row of the plan built eagerly, one list per step: the plain way of writing :func:`build_plan`."""
    from evkg.graph.export.cypher import (ARTICLE_LABEL, ENTITY_LABEL, FACT_LABEL, article_props,
                                          constraint_statements, entity_labels, entity_props, fact_id, fact_props,
                                          merge_nodes_query, relationship_props)
    from evkg.ontology.vocab import HAS_FACT, MENTIONS, STATES

    sel = sel or Selection()
    steps: list[tuple[str, str, str, list[Any]]] = [(q, "constraints", "constraint", [])
                                                    for q in constraint_statements()]
    node_ids = sorted(G.nodes if sel.nodes is None else (n for n in sel.nodes if n in G))
    edata = {(u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)}
    edge_keys = sorted(edata if sel.edges is None else (e for e in sel.edges if e in edata))
    metas = dict(G.graph.get("articles", {}))
    wanted = set(metas) if sel.articles is None else set(sel.articles)
    mentions, facts, has_fact, states, seen = [], [], [], [], set()
    for n in node_ids:
        for a in G.nodes[n].get("articles", ()):
            if a and (sel.articles is None or a in sel.articles):
                wanted.add(a)
                mentions.append({"s": a, "o": n})
    for e in edge_keys:
        wanted.update(a for a in edata[e].get("articles", ()) if a)
    for n in node_ids:
        for f in G.nodes[n].get("facts", ()) or ():
            fid = fact_id(n, f)
            if fid not in seen:
                seen.add(fid)
                facts.append({"id": fid, "props": fact_props(n, f)})
                has_fact.append({"s": n, "o": fid})
                if f.get("article"):
                    wanted.add(f["article"])
                    states.append({"s": f["article"], "o": fid})
    if wanted:
        steps.append((merge_nodes_query(ARTICLE_LABEL), "articles", ARTICLE_LABEL,
                      [{"id": a, "props": article_props(metas.get(a) or {"id": a})} for a in sorted(wanted)]))
    if node_ids:
        steps.append((merge_nodes_query(ENTITY_LABEL), "entities", ENTITY_LABEL,
                      [{"id": n, "props": entity_props(G.nodes[n])} for n in node_ids]))
    chains: dict[tuple[str, ...], list[Any]] = {}
    for n in node_ids:
        chains.setdefault(entity_labels(G.nodes[n]), []).append({"id": n})
    steps += [(set_labels_query(c), "labels", ":".join(c), chains[c]) for c in sorted(chains)]
    if facts:
        steps.append((merge_nodes_query(FACT_LABEL), "facts", FACT_LABEL, sorted(facts, key=lambda r: r["id"])))
    by_type: dict[str, list[Any]] = {}
    for u, v, k in edge_keys:
        by_type.setdefault(str(edata[u, v, k].get("type") or k), []).append(
            {"s": u, "o": v, "props": relationship_props(edata[u, v, k])})
    steps += [(merge_relationships_query(t), "relationships", t, by_type[t]) for t in sorted(by_type)]
    for rows, t, a, b in ((mentions, MENTIONS, ARTICLE_LABEL, ENTITY_LABEL),
                          (has_fact, HAS_FACT, ENTITY_LABEL, FACT_LABEL), (states, STATES, ARTICLE_LABEL, FACT_LABEL)):
        if rows:
            steps.append((merge_relationships_query(t, a, b, with_props=False), "links", t,
                          sorted(rows, key=lambda r: (r["s"], r["o"]))))
    return steps


def _graph_with_facts() -> nx.MultiDiGraph:
    """A synthetic graph with facts on many entities, repeated facts (same id) and facts without an article."""
    from bench.synth import synthetic_graph

    G = synthetic_graph(300, 1200, seed=3)
    arts = sorted(G.graph["articles"])
    for i, n in enumerate(sorted(G.nodes)):
        if i % 3:
            continue
        facts = [{"measure": "sales", "value": float(j * 7 % 5), "unit": "units", "period": f"2024-0{1 + j % 9}",
                  "evidence": f"{n} sold {j}.", "article": arts[(i + j) % len(arts)] if j % 4 else None,
                  "start": j % 3, "end": 9, "confidence": 0.5, "rule": "quantity"} for j in range(i % 7)]
        if facts:
            facts.append(dict(facts[0], evidence="the same fact again, another sentence"))  # same id: left out
        G.nodes[n]["facts"] = facts
    return G


def _plan_rows(G: nx.MultiDiGraph, sel: Selection | None = None) -> list[tuple[str, str, str, list[Any]]]:
    return [(s.query, s.phase, s.what, list(s.rows)) for s in build_plan(G, sel)]


def test_plan_rows_equal_the_reference(neo4j_hand_graph: nx.MultiDiGraph) -> None:
    for G in (neo4j_hand_graph, _graph_with_facts()):
        assert _plan_rows(G) == _reference_plan(G)
    G = _graph_with_facts()
    assert sum(len(s.rows) for s in build_plan(G) if s.phase == "facts") > 50
    arts = sorted(G.graph["articles"])
    sel = select_since(G, len(arts) // 2)
    assert sel.edges and sel.nodes
    assert _plan_rows(G, sel) == _reference_plan(G, sel)


def test_plan_rows_read_like_a_list() -> None:
    G = _graph_with_facts()
    for s in build_plan(G):
        rows = list(s.rows)
        assert len(s.rows) == len(rows) and bool(s.rows) == bool(rows)
        assert s.rows[3:11] == rows[3:11] and list(s.rows) == rows  # a second read makes the same rows
        if rows:
            assert s.rows[0] == rows[0] and s.rows[-1] == rows[-1]
