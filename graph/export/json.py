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
    """graph.json text in chunks: one node or edge per line, sorted, keys sorted."""
    data = to_node_link(G)
    head = {k: v for k, v in data.items() if k not in ("nodes", "edges")}
    yield "{\n"
    for k in sorted(head):
        yield f"{json.dumps(k)}: {json.dumps(head[k], ensure_ascii=False, sort_keys=True)},\n"
    for name in ("nodes", "edges"):
        items = data[name]
        yield f'"{name}": [\n'
        for i, item in enumerate(items):
            sep = "," if i < len(items) - 1 else ""
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
