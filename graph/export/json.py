"""graph.json: the canonical graph as networkx node-link JSON, deterministic byte for byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import networkx as nx

from evkg.graph.model import sort_graph

from .atomic import write_lines_atomic


def to_node_link(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link data of ``G`` in a deterministic order (``edges`` key, as networkx >= 3.4 names it)."""
    return nx.node_link_data(sort_graph(G), edges="edges")


def generate_json(G: nx.MultiDiGraph) -> Iterator[str]:
    """graph.json text in chunks: one node or edge per line, sorted, keys sorted.

    The same document as ``json.dumps(to_node_link(G))`` laid out one item per line, produced item by
    item from the sorted graph, so no second copy of the whole graph is built for large archives.
    """
    S = sort_graph(G)
    head = {"directed": True, "multigraph": True, "graph": S.graph}
    yield "{\n"
    for k in sorted(head):
        yield f"{json.dumps(k)}: {json.dumps(head[k], ensure_ascii=False, sort_keys=True)},\n"
    sections = (("nodes", S.number_of_nodes(), ({**d, "id": n} for n, d in S.nodes(data=True))),
                ("edges", S.number_of_edges(), ({**d, "source": u, "target": v, "key": k}
                                                for u, v, k, d in S.edges(keys=True, data=True))))
    for name, count, items in sections:
        yield f'"{name}": [\n'
        for i, item in enumerate(items):
            sep = "," if i < count - 1 else ""
            yield json.dumps(item, ensure_ascii=False, sort_keys=True) + sep + "\n"
        yield "]" + ("," if name == "nodes" else "") + "\n"
    yield "}\n"


def write_json(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write graph.json atomically; return the path."""
    write_lines_atomic(path, generate_json(G))
    return Path(path)


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph.json written by :func:`write_json` back into a canonical graph."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
