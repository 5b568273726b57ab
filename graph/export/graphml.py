"""GraphML export for Gephi, yEd and Cytoscape: scalar attributes kept, lists joined with ``|``.

XML 1.0 cannot hold C0 control characters other than tab, newline and carriage return, nor
U+FFFE/U+FFFF: those become U+FFFD in the GraphML file (the other exports keep them). Carriage
returns are written as character references so that they survive XML's line-end normalisation.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from evkg.graph.model import sort_graph

from .atomic import atomic_open


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(s: str) -> str:
    """``s`` with the characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _XML_ILLEGAL.sub("\ufffd", s)


def _flat(d: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            if v and isinstance(v[0], dict):
                v = json.dumps(v, ensure_ascii=False, sort_keys=True)
            else:
                v = "|".join(str(x) for x in v)
        elif isinstance(v, dict):
            v = json.dumps(v, ensure_ascii=False, sort_keys=True)
        out[k] = xml_safe(v) if isinstance(v, str) else v
    return out


def to_graphml_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes GraphML can hold (strings, numbers, booleans)."""
    S = sort_graph(G)
    H = nx.MultiDiGraph()
    for n, d in S.nodes(data=True):
        H.add_node(xml_safe(n), **_flat(d))
    for u, v, k, d in S.edges(keys=True, data=True):
        H.add_edge(xml_safe(u), xml_safe(v), key=k, **_flat(d))
    return H


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``G`` as GraphML atomically."""
    buf = io.BytesIO()
    nx.write_graphml(to_graphml_graph(G), buf)
    with atomic_open(path, "wb", encoding=None, newline=None) as fh:
        # a raw carriage return in element text would be read back as a newline; a reference keeps it
        fh.write(buf.getvalue().replace(b"\r", b"&#13;"))
    return Path(path)
