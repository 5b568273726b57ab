"""GraphML export for Gephi, yEd and Cytoscape: scalar attributes kept, lists joined with ``|``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from evkg.graph.model import sort_graph

from .atomic import atomic_open


def _flat(d: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            if v and isinstance(v[0], dict):
                out[k] = json.dumps(v, ensure_ascii=False, sort_keys=True)
            else:
                out[k] = "|".join(str(x) for x in v)
        elif isinstance(v, dict):
            out[k] = json.dumps(v, ensure_ascii=False, sort_keys=True)
        else:
            out[k] = v
    return out


def to_graphml_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes GraphML can hold (strings, numbers, booleans)."""
    S = sort_graph(G)
    H = nx.MultiDiGraph()
    for n, d in S.nodes(data=True):
        H.add_node(n, **_flat(d))
    for u, v, k, d in S.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **_flat(d))
    return H


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``G`` as GraphML atomically."""
    with atomic_open(path, "wb", encoding=None, newline=None) as fh:
        nx.write_graphml(to_graphml_graph(G), fh)
    return Path(path)
