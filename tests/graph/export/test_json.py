"""graph.json: the streamed writer against the node-link document built the plain way."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from evkg.graph.export.json import generate_json, read_json, to_node_link, write_json
from evkg.graph.model import sort_graph
from tests.fixtures.bolt import hand_graph


def _reference(G: nx.MultiDiGraph) -> str:
    """``json.dumps(to_node_link(G))`` laid out one item per line, from a sorted copy of the whole graph."""
    data = to_node_link(G)
    lines = ["{"]
    head = {k: v for k, v in data.items() if k not in ("nodes", "edges")}
    lines += [f"{json.dumps(k)}: {json.dumps(head[k], ensure_ascii=False, sort_keys=True)}," for k in sorted(head)]
    for name in ("nodes", "edges"):
        items = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in data[name]]
        lines += [f'"{name}": [', ",\n".join(items)] if items else [f'"{name}": [']
        lines.append("]" + ("," if name == "nodes" else ""))
    return "\n".join(lines) + "\n}\n"


def _shuffled(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` built in reverse order, facts and evidence reversed: the writer must sort them all."""
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for n in sorted(G.nodes, reverse=True):
        d = dict(G.nodes[n])
        d["facts"] = list(reversed(d.get("facts", [])))
        H.add_node(n, **d)
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3], reverse=True):
        H.add_edge(u, v, key=k, **{**d, "evidence": list(reversed(d["evidence"]))})
    return H


def test_streamed_json_equals_the_node_link_document(tmp_path: Path) -> None:
    from bench.synth import synthetic_graph

    G = hand_graph()
    for g in (G, _shuffled(G), synthetic_graph(300, 900, seed=2), sort_graph(G)):
        text = "".join(generate_json(g))
        assert text == _reference(g)
        assert json.loads(text) == json.loads(json.dumps(to_node_link(g)))
    assert "".join(generate_json(_shuffled(G))) == "".join(generate_json(G))
    p = write_json(G, tmp_path / "graph.json")
    assert p.read_text(encoding="utf-8") == _reference(G)
    assert sorted(read_json(p).nodes) == sorted(G.nodes)
