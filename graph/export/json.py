"""graph.json: the canonical graph as networkx node-link JSON, deterministic byte for byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterator

import networkx as nx

from evkg.graph.model import sort_graph, successors

from .atomic import coalesce, write_lines_atomic


def fast_encode(encoder: json.JSONEncoder) -> Callable[[Any], str]:
    """``encoder.encode``, with the C encoder made once instead of on every call (many small values).

    The same text, as :meth:`json.JSONEncoder.iterencode` makes the same C encoder for each call; an
    encoder that indents or checks for circular references (its marker table) keeps its own method.
    """
    from json import encoder as stdlib

    if stdlib.c_make_encoder is None or encoder.indent is not None or encoder.check_circular:
        return encoder.encode
    strings = stdlib.encode_basestring_ascii if encoder.ensure_ascii else stdlib.encode_basestring
    make = stdlib.c_make_encoder(None, encoder.default, strings, None, encoder.key_separator,
                                 encoder.item_separator, encoder.sort_keys, encoder.skipkeys, encoder.allow_nan)
    join = "".join

    def encode(value: Any) -> str:
        return join(make(value, 0))

    return encode


def to_node_link(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link data of ``G`` in a deterministic order (``edges`` key, as networkx >= 3.4 names it)."""
    return nx.node_link_data(sort_graph(G), edges="edges")


def _fact_key(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["measure"], f["period"] or "", f["value"], f["article"] or "", f["start"])


def _evidence_key(e: dict[str, Any]) -> tuple[Any, ...]:
    return (e["article"] or "", e["start"] or 0, e["text"] or "")


def _sorted_items(G: nx.MultiDiGraph) -> tuple[Iterator[dict[str, Any]], Iterator[dict[str, Any]]]:
    """Node and edge records of ``G`` as :func:`sort_graph` orders them, made one at a time.

    Nodes by id with their facts sorted; edges by (source, target, key) with their evidence sorted.
    """
    nattr = G.nodes
    succ = successors(G)

    def nodes() -> Iterator[dict[str, Any]]:
        for n in sorted(G.nodes):
            d = dict(nattr[n])
            facts = d.get("facts", [])
            d["facts"] = sorted(facts, key=_fact_key) if len(facts) > 1 else facts
            d["id"] = n
            yield d

    def edges() -> Iterator[dict[str, Any]]:
        for u in sorted(succ):
            nbrs = succ[u]
            for v in sorted(nbrs):
                keydict = nbrs[v]
                for k in sorted(keydict):
                    d = dict(keydict[k])
                    ev = d["evidence"]
                    if len(ev) > 1:
                        d["evidence"] = sorted(ev, key=_evidence_key)
                    d["source"] = u
                    d["target"] = v
                    d["key"] = k
                    yield d

    return nodes(), edges()


#: Characters (about) per chunk of :func:`generate_json`: fewer, larger writes; articles per chunk of
#: the graph attributes line.
_CHUNK_CHARS = 1 << 16
_CHUNK_LINES = 256


def generate_json(G: nx.MultiDiGraph) -> Iterator[str]:
    """graph.json text in chunks: one node or edge per line, sorted, keys sorted.

    The same document as ``json.dumps(to_node_link(G))`` laid out one item per line, produced item by
    item from ``G`` in the order of :func:`sort_graph`, so no copy of the graph is built.
    """
    # The records are trees of plain values (no container holds itself): without the circular-reference
    # check the C encoder skips an id() dict insert and delete per dict and list.
    encode = fast_encode(json.JSONEncoder(ensure_ascii=False, sort_keys=True, check_circular=False))
    graph = dict(G.graph)
    graph["articles"] = G.graph.get("articles", {})  # keys are sorted when written
    head = {"directed": True, "multigraph": True, "graph": graph}
    yield "{\n"
    for k in sorted(head):
        if k == "graph" and _str_keys(graph) and _str_keys(graph["articles"]):
            yield from _stream_graph_attrs(graph, encode)
        else:
            yield f"{json.dumps(k)}: {encode(head[k])},\n"
    node_items, edge_items = _sorted_items(G)
    sections = (("nodes", G.number_of_nodes(), node_items), ("edges", G.number_of_edges(), edge_items))
    for name, count, items in sections:
        yield f'"{name}": [\n'
        yield from coalesce((encode(item) + (",\n" if i < count else "\n") for i, item in enumerate(items, 1)),
                            _CHUNK_CHARS)
        yield "]" + ("," if name == "nodes" else "") + "\n"
    yield "}\n"


def _str_keys(d: Any) -> bool:
    return type(d) is dict and all(type(k) is str for k in d)


def _stream_graph_attrs(graph: dict[str, Any], encode: Any) -> Iterator[str]:
    """The ``"graph": {...},`` line as ``encode`` writes it (keys sorted), made a few hundred articles at a
    time instead of as one string."""
    yield '"graph": {'
    for i, key in enumerate(sorted(graph)):
        sep = ", " if i else ""
        if key != "articles":
            yield f"{sep}{encode(key)}: {encode(graph[key])}"
            continue
        yield f"{sep}{encode(key)}: {{"
        articles = graph[key]
        parts: list[str] = []
        for j, aid in enumerate(sorted(articles)):
            parts.append(f"{', ' if j else ''}{encode(aid)}: {encode(articles[aid])}")
            if len(parts) >= _CHUNK_LINES:
                yield "".join(parts)
                parts.clear()
        parts.append("}")
        yield "".join(parts)
    yield "},\n"


def write_json(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write graph.json atomically; return the path."""
    write_lines_atomic(path, generate_json(G))
    return Path(path)


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph.json written by :func:`write_json` back into a canonical graph."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
