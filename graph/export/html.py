"""graph.html: an interactive, self-contained view of the canonical graph (vis-network via pyvis).

The page works from a file on a laptop with no network: the vis-network script and style
shipped inside the installed pyvis package are inlined, and so are the page's own script
and style (``graph/templates/``). A Content-Security-Policy forbids every request except
``data:``/``blob:`` images, and only the page's own inline scripts may run (by hash).

Article text never reaches the page as markup: the graph is embedded as JSON inside
``<script type="application/json">`` with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped,
and the page builds its panels with ``textContent``.

Views are pure selections (:func:`subgraph_view`): the whole graph, an ego network around
one entity, a relation filter (``SUPPLIES`` for the supply chain), a kind filter, a minimum
number of articles.

Example:
    >>> from evkg.graph.model import new_graph, add_entity
    >>> G = new_graph()
    >>> add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"], name_zh="宁德时代")
    >>> page = render_html(G, title="CATL")
    >>> page.startswith("<!DOCTYPE html>") and "<link" not in page
    True
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import deque
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import networkx as nx

from evkg.graph.model import find_entity, successors
from evkg.ontology.errors import ExportError, InputError
from evkg.ontology.vocab import PARENT, RELATIONS, SYMMETRIC, Kind, Rel, kind, rel, root

from .atomic import atomic_open, coalesce
from .json import fast_encode

__all__ = [
    "KIND_STYLE", "REL_COLOURS", "display_kind", "subgraph_view", "page_data", "build_network",
    "generate_html", "render_html", "write_html",
]

#: Colour and vis-network shape of each displayed kind (Organization subclasses keep their own class;
#: other kinds are shown by the root of their label chain). Shapes are ones that scale with ``value``.
KIND_STYLE: dict[str, tuple[str, str]] = {
    "Automaker": ("#2563eb", "dot"),
    "BatteryMaker": ("#16a34a", "dot"),
    "Supplier": ("#f59e0b", "dot"),
    "MaterialsSupplier": ("#b45309", "dot"),
    "SemiconductorMaker": ("#ca8a04", "dot"),
    "TechCompany": ("#7c3aed", "dot"),
    "FinancialInstitution": ("#0f766e", "dot"),
    "Company": ("#64748b", "dot"),
    "Organization": ("#94a3b8", "dot"),
    "Regulator": ("#dc2626", "diamond"),
    "IndustryAssociation": ("#be185d", "hexagon"),
    "Alliance": ("#db2777", "hexagon"),
    "Exchange": ("#0e7490", "square"),
    "Brand": ("#0284c7", "triangleDown"),
    "Policy": ("#e11d48", "square"),
    "Technology": ("#059669", "triangle"),
    "Product": ("#4f46e5", "triangleDown"),
    "Person": ("#ea580c", "star"),
    "Fund": ("#65a30d", "square"),
    "Index": ("#475569", "square"),
    "Event": ("#9333ea", "star"),
    "Country": ("#a16207", "hexagon"),
}

#: Colour of each relation type (edges and the relation legend).
REL_COLOURS: dict[str, str] = {
    "SUPPLIES": "#d97706",
    "PARTNERS_WITH": "#2563eb",
    "INVESTS_IN": "#16a34a",
    "SUBSIDIARY_OF": "#475569",
    "BRAND_OF": "#0284c7",
    "MEMBER_OF": "#db2777",
    "MANUFACTURES": "#4f46e5",
    "DEVELOPS": "#059669",
    "USES_TECHNOLOGY": "#0d9488",
    "ISSUED": "#e11d48",
    "SUPPORTS": "#f43f5e",
    "REGULATES": "#dc2626",
    "MET_WITH": "#b91c1c",
    "EXECUTIVE_OF": "#ea580c",
    "LISTED_ON": "#0e7490",
    "CONSTITUENT_OF": "#65a30d",
    "COMPETES_WITH": "#7c3aed",
    "JOINT_VENTURE_WITH": "#9333ea",
}

#: Above this many nodes the page uses the big-graph settings: no improved layout, straight edges,
#: no edge labels, edges hidden while dragging, physics off once the layout is stable.
BIG_GRAPH = 800
#: Edge labels are drawn only up to this many edges (colour and legend carry the type above it).
EDGE_LABELS_MAX = 120
#: Stabilisation iterations before the first draw (small / big graphs).
STABILIZATION_ITERATIONS = (300, 150)
#: Default cap of one page: above it, only the most connected entities are drawn (``evkg view ENTITY``
#: or a filter shows the rest); a browser stays responsive up to about this many nodes.
MAX_NODES = 5000
#: A page whose graph holds more evidence sentences than this in all (a large archive) carries at
#: most MAX_SHOWN evidence sentences per edge and MAX_SHOWN facts and articles per node (the panel
#: says how many more there are; graph.json holds them all), so it stays small enough to open.
EVIDENCE_BUDGET = 10_000
MAX_SHOWN = 25
#: Time budget of the first layout of a big graph in the browser (ms): it is drawn then, at rest or not.
STABILIZATION_BUDGET_MS = 6000

_VIS_DIR = ("templates", "lib", "vis-9.1.2")
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_ITEMS = tuple(_JSON_ESCAPES.items())
#: Stands for the graph data in the rendered template, which is then written around the data's pieces.
_DATA_MARK = "\x00evkg-data\x00"


_FONT_STACK = ('system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", '
               '"PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif')

for _k in Kind:  # every displayable kind must have a style (checked at import: a new class fails fast)
    if _k not in (Kind.Article, Kind.Fact):
        assert (_k.value if root(_k) is Kind.Organization else root(_k).value) in KIND_STYLE, _k
for _r in Rel:
    assert _r.value in REL_COLOURS, _r


def display_kind(attrs: dict[str, Any]) -> str:
    """The legend class of a node: its own class for organisations, else the root of its label chain."""
    k = kind(attrs.get("kind") or "Organization")
    return k.value if root(k) is Kind.Organization else root(k).value


def _kind_list(kinds: Iterable[str] | None) -> set[str] | None:
    if kinds is None:
        return None
    by_lower = {k.value.casefold(): k.value for k in Kind}
    out = {by_lower.get(str(k).casefold()) or kind(str(k)).value for k in kinds}
    return out or None


def _rel_list(relations: Iterable[str] | None) -> set[str] | None:
    if relations is None:
        return None
    out = {rel(str(r).upper()).value for r in relations}
    return out or None


def subgraph_view(G: nx.MultiDiGraph, *, entity: str | None = None, depth: int = 2,
                  relations: Iterable[str] | None = None, kinds: Iterable[str] | None = None,
                  min_articles: int = 0, max_nodes: int | None = None) -> nx.MultiDiGraph:
    """A read-only view of ``G`` restricted to what one page shows; ``G`` is not copied or changed.

    Args:
        entity: centre of an ego view: id, name, alias, Chinese name or ticker (``find_entity``).
        depth: hops around ``entity``, following edges in both directions.
        relations: keep only edges of these relation types (``SUPPLIES`` for the supply chain);
            nodes left without any such edge are dropped (the centre entity is always kept).
        kinds: keep only nodes whose label chain contains one of these classes (``Company`` keeps automakers).
        min_articles: keep only nodes mentioned in at least this many articles.
        max_nodes: keep at most this many nodes, the most connected ones in the selection (then the
            most mentioned, then by id); the centre entity is always kept.

    Raises:
        InputError: ``entity`` matches no node, or ``depth``/``min_articles`` is negative.
        UnknownTermError: an unknown relation type or class.

    >>> from evkg.graph.model import new_graph, add_entity, add_evidence
    >>> G = new_graph()
    >>> for i, k in (("a", "BatteryMaker"), ("b", "Automaker"), ("c", "Automaker")):
    ...     add_entity(G, f"company:{i}", name=i.upper(), kinds=[k])
    >>> add_evidence(G, "company:a", "SUPPLIES", "company:b", {"text": "A supplies B."})
    >>> sorted(subgraph_view(G, relations=["SUPPLIES"]))
    ['company:a', 'company:b']
    """
    if depth < 0:
        raise InputError(f"depth must be 0 or more, got {depth}")
    if max_nodes is not None and max_nodes < 1:
        raise InputError(f"max_nodes must be 1 or more, got {max_nodes}")
    if min_articles < 0:
        raise InputError(f"min-articles must be 0 or more, got {min_articles}")
    rels = _rel_list(relations)
    kind_set = _kind_list(kinds)
    centre: str | None = None
    if entity is not None:
        centre = find_entity(G, entity)
        if centre is None:
            raise InputError(f"no entity matches {entity!r} (id, name, alias, Chinese name or ticker expected)")

    def node_ok(n: str) -> bool:
        if n == centre:
            return True
        d = G.nodes[n]
        if kind_set is not None and not kind_set.intersection(d.get("labels", ())):
            return False
        return len(d.get("articles", ())) >= min_articles

    keep = {n for n in G if node_ok(n)}

    def edge_ok(u: str, v: str, k: str) -> bool:
        return u in keep and v in keep and (rels is None or k in rels)

    if rels is not None:
        touched = {n for u, v, k in G.edges(keys=True) if edge_ok(u, v, k) for n in (u, v)}
        keep = touched | ({centre} if centre else set())
    if centre is not None:
        seen = {centre: 0}
        queue = deque([centre])
        while queue:
            n = queue.popleft()
            if seen[n] >= depth:
                continue
            nbrs = [(v, n, v, k) for _, v, k in G.out_edges(n, keys=True)]
            nbrs += [(u, u, n, k) for u, _, k in G.in_edges(n, keys=True)]
            for other, u, v, k in nbrs:
                if other not in seen and edge_ok(u, v, k):
                    seen[other] = seen[n] + 1
                    queue.append(other)
        keep = set(seen)
    H = nx.subgraph_view(G, filter_node=lambda n: n in keep, filter_edge=lambda u, v, k: edge_ok(u, v, k))
    if max_nodes is not None and len(keep) > max_nodes:
        degree: dict[str, int] = {}  # one pass over G's edges: degree() on a filtered view is slow
        for u, v, k in G.edges(keys=True):
            if u in keep and v in keep and edge_ok(u, v, k):
                degree[u] = degree.get(u, 0) + 1
                degree[v] = degree.get(v, 0) + 1
        ranked = sorted(keep, key=lambda n: (n != centre, -degree.get(n, 0), -len(G.nodes[n].get("articles", ())), n))
        top = set(ranked[:max_nodes])
        H = nx.subgraph_view(G, filter_node=lambda n: n in top, filter_edge=lambda u, v, k: edge_ok(u, v, k))
    return H


def _materialize(H: nx.MultiDiGraph, graph_attrs: dict[str, Any]) -> nx.MultiDiGraph:
    """A concrete graph of a view (one pass; nested filtered views are slow to walk again and again).

    Attribute dicts are new, their values are shared with the source graph and never changed.
    """
    M = nx.MultiDiGraph()
    M.graph.update(graph_attrs)
    M.add_nodes_from(H.nodes(data=True))
    M.add_edges_from(H.edges(keys=True, data=True))
    return M


def _degrees(H: nx.MultiDiGraph) -> dict[str, int]:
    degree: dict[str, int] = {}
    for u, nbrs in successors(H).items():  # per pair of nodes: the same counts, keys in the same order
        for v, keydict in nbrs.items():
            n = len(keydict)
            degree[u] = degree.get(u, 0) + n
            degree[v] = degree.get(v, 0) + n
    return degree


def _edge_keys(H: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    """``list(H.edges(keys=True))``, without its view (which sorted() would also walk once for its length)."""
    return [(u, v, k) for u, nbrs in successors(H).items() for v, keydict in nbrs.items() for k in keydict]


def _edge_data(H: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """The data dicts of ``H``'s edges in the order of ``H.edges(data=True)``, without its view tuples."""
    return (d for nbrs in successors(H).values() for keydict in nbrs.values() for d in keydict.values())


class _IdList(list):
    """pyvis keeps node ids in a list and tests membership on every add: back it with a set."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._set.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def _tooltip(d: dict[str, Any], shown_kind: str) -> str:
    lines = [d.get("name") or ""]
    if d.get("name_zh"):
        lines.append(d["name_zh"])
    kinds = d.get("kinds") or [d.get("kind")]
    lines.append(" / ".join(k for k in kinds if k) or shown_kind)
    if d.get("tickers"):
        lines.append("Tickers: " + ", ".join(d["tickers"]))
    lines.append(f"{len(d.get('articles', ()))} article(s)")
    return "\n".join(lines)


def _start_positions(ids: list[str]) -> dict[str, dict[str, float]]:
    """Deterministic starting points on a sunflower spiral (even density over a disc) for big graphs."""
    golden = math.pi * (3 - math.sqrt(5))
    spacing = 70.0  # about the width of a label: zoomed in, neighbours do not cover each other
    out = {}
    for i, n in enumerate(ids):
        r = spacing * math.sqrt(i + 0.5)
        out[n] = {"x": round(r * math.cos(i * golden), 1), "y": round(r * math.sin(i * golden), 1)}
    return out


def _node_network(H: nx.MultiDiGraph, size_by: str, degree: dict[str, int]) -> Any:
    """A ``pyvis.network.Network`` holding the nodes of ``H`` with evkg's styling (no edges yet)."""
    from pyvis.network import Network

    if size_by not in ("degree", "articles"):
        raise InputError(f"size_by must be 'degree' or 'articles', got {size_by!r}")
    net = Network(directed=True, cdn_resources="remote")
    net.node_ids = _IdList()
    big = H.number_of_nodes() > BIG_GRAPH
    start = _start_positions(sorted(H.nodes)) if big else {}
    for n in sorted(H.nodes):
        d = H.nodes[n]
        shown = display_kind(d)
        colour, shape = KIND_STYLE[shown]
        value = degree.get(n, 0) if size_by == "degree" else len(d.get("articles", ()))
        net.add_node(n, label=d.get("name") or n, shape=shape, title=_tooltip(d, shown), kind=shown,
                     value=1 + value, **start.get(n, {}),
                     color={"background": colour, "border": colour if big else "#ffffff",
                            "highlight": {"background": colour, "border": "#111827"},
                            "hover": {"background": colour, "border": "#111827"}})
    return net


#: relation type -> (its RELATIONS spec, whether it is symmetric), filled on first use
_REL_INFO: dict[Any, tuple[Any, bool]] = {}


def _rel_info(k: Any) -> tuple[Any, bool]:
    """``(RELATIONS[Rel(k)], Rel(k) in SYMMETRIC)``, looked up once per type."""
    info = _REL_INFO.get(k)
    if info is None:
        r = Rel(k)
        info = _REL_INFO[k] = (RELATIONS[r], r in SYMMETRIC)
    return info


def _edge_options(H: nx.MultiDiGraph, edge_list: list[tuple[str, str, str]]
                  ) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(u, v, options of ``Network.add_edge``) of each edge of ``edge_list``, made one at a time."""
    big = H.number_of_nodes() > BIG_GRAPH
    pair_count: dict[tuple[str, str], int] = {}
    labels = len(edge_list) <= EDGE_LABELS_MAX
    succ = successors(H)
    for i, (u, v, k) in enumerate(edge_list):
        d = succ[u][v][k]
        pair = (u, v) if u <= v else (v, u)
        nth = pair_count.get(pair, 0)
        pair_count[pair] = nth + 1
        spec, symmetric = _rel_info(k)
        colour = REL_COLOURS[k]
        opts: dict[str, Any] = {
            "id": f"e{i}", "rel": k, "value": max(1, int(d.get("mention_count") or 1)),
            "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.35 if big else 0.85},
            "title": f"{spec.label} ({k})\nconfidence {float(d.get('confidence') or 0):.2f}",
            "arrows": "" if symmetric else "to",
        }
        if labels:
            opts["label"] = spec.label
        if d.get("status") == "planned":
            opts["dashes"] = True
        if nth:  # parallel edges between the same two nodes bend away from each other
            opts["smooth"] = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                              "roundness": 0.15 + 0.12 * ((nth - 1) // 2)}
        yield u, v, opts


def _vis_edges(H: nx.MultiDiGraph, edge_list: list[tuple[str, str, str]]) -> Iterator[dict[str, Any]]:
    """The edge dicts :func:`build_network` gives pyvis (options, then ``from`` and ``to``), one at a time."""
    for u, v, opts in _edge_options(H, edge_list):
        opts["from"] = u
        opts["to"] = v
        yield opts


def build_network(H: nx.MultiDiGraph, *, size_by: str = "degree") -> Any:
    """A ``pyvis.network.Network`` holding the nodes and edges of ``H`` with evkg's styling.

    Nodes are added with ``Network.add_node`` and edges with ``Network.add_edge`` (``H`` is only
    read, never passed to ``from_nx``, which changes its input). Each node carries ``kind`` (legend
    class) and each edge ``rel`` (relation type) for the page's filters; edge ids are ``e0, e1...``
    in sorted order.
    """
    net = _node_network(H, size_by, _degrees(H))
    for u, v, opts in _edge_options(H, sorted(H.edges(keys=True))):
        net.add_edge(u, v, **opts)
    return net


def _vis_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    big = n_nodes > BIG_GRAPH
    iterations = STABILIZATION_ITERATIONS[1] if big else STABILIZATION_ITERATIONS[0]
    return {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1.5, "borderWidthSelected": 3,
            "font": {"face": _FONT_STACK, "size": 14, "color": "#111827", "strokeWidth": 3,
                     "strokeColor": "#ffffff"},
            "scaling": {"min": 10, "max": 34,
                        "label": {"enabled": True, "min": 13, "max": 20, "drawThreshold": 5, "maxVisible": 26}},
        },
        "edges": {
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "font": {"face": _FONT_STACK, "size": 10, "color": "#4b5563", "strokeWidth": 3,
                     "strokeColor": "#ffffff", "align": "middle"},
            "scaling": {"min": 1, "max": 5, "label": {"enabled": False}},
            "arrows": {"to": {"enabled": False, "scaleFactor": 0.5}},
            "selectionWidth": 2, "hoverWidth": 0.6,
        },
        "physics": {
            # forceAtlas2 keeps loners near the rest and spreads hubs out; barnesHut is cheaper for big graphs
            "enabled": True, "solver": "barnesHut" if big else "forceAtlas2Based",
            # theta 1.0 instead of 0.5: a coarser Barnes-Hut tree, each step about twice as fast at 5,000 nodes
            "barnesHut": {"theta": 1.0, "gravitationalConstant": -4000, "centralGravity": 0.3, "springLength": 110,
                          "springConstant": 0.04, "damping": 0.15, "avoidOverlap": 0},
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.012, "springLength": 110,
                                 "springConstant": 0.08, "damping": 0.4, "avoidOverlap": 0.5},
            # the adaptive timestep computes the forces three times every third step: too dear for big graphs
            "maxVelocity": 50, "minVelocity": 0.75, "timestep": 0.5, "adaptiveTimestep": not big,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 5 if big else 25,
                              "fit": True},
        },
        "layout": {"improvedLayout": not big, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "multiselect": False, "navigationButtons": False, "keyboard": False},
    }


def _shown_limit(H: nx.MultiDiGraph) -> int | None:
    """MAX_SHOWN when the graph holds more evidence than the page budget, else None (show everything)."""
    total = sum(len(d.get("evidence", ())) for d in _edge_data(H))
    total += sum(len(d.get("facts", ())) for _, d in H.nodes(data=True))
    return MAX_SHOWN if total > EVIDENCE_BUDGET else None


def _articles_of(H: nx.MultiDiGraph, limit: int | None = None) -> set[str]:
    ids: set[str] = set()
    for _, d in H.nodes(data=True):
        ids.update(list(d.get("articles", ()))[:limit])
        ids.update(f["article"] for f in list(d.get("facts", ()))[:limit] if f.get("article"))
    for d in _edge_data(H):
        ids.update(e["article"] for e in list(d.get("evidence", ()))[:limit] if e.get("article"))
    return ids


def _article_record(a: dict[str, Any]) -> dict[str, Any]:
    url = a.get("url")
    return {"title": a.get("title"), "date": a.get("date"), "publisher": a.get("publisher"),
            "url": url if isinstance(url, str) and _SAFE_URL.match(url) else None, "source": a.get("source")}


class _LazyList:
    """A list in the page data whose items are made when they are written (``make()`` yields them anew)."""

    def __init__(self, length: int, make: Callable[[], Iterator[Any]]) -> None:
        self.length = length
        self.make = make


class _LazyDict(_LazyList):
    """A dict in the page data whose (key, value) items are made when they are written."""


def _materialise(value: Any) -> Any:
    if isinstance(value, _LazyDict):
        return dict(value.make())
    if isinstance(value, _LazyList):
        return list(value.make())
    if isinstance(value, dict):
        return {k: _materialise(v) for k, v in value.items()}
    return value


def _page_parts(G: nx.MultiDiGraph, *, title: str, physics: bool, size_by: str,
                view: dict[str, Any] | None) -> dict[str, Any]:
    """:func:`page_data` with its large lists and dicts (edges, details, articles) left lazy."""
    degree = _degrees(G)
    net = _node_network(G, size_by, degree)
    nodes: list[dict[str, Any]] = net.nodes
    edge_keys = sorted(_edge_keys(G))
    limit = _shown_limit(G)
    nattr = G.nodes
    succ = successors(G)

    def node_details() -> Iterator[tuple[str, dict[str, Any]]]:
        for n in sorted(G.nodes):
            d = nattr[n]
            yield n, {
                "name": d.get("name"), "name_zh": d.get("name_zh"), "aliases": list(d.get("aliases", ())),
                "tickers": list(d.get("tickers", ())), "kinds": list(d.get("kinds", ())),
                "labels": list(d.get("labels", ())), "known": bool(d.get("known")),
                "articles": list(d.get("articles", ()))[:limit], "articles_total": len(d.get("articles", ())),
                "mention_count": d.get("mention_count", 0),
                "facts": [{k: f.get(k) for k in ("measure", "value", "unit", "period", "evidence", "article",
                                                 "confidence")} for f in list(d.get("facts", ()))[:limit]],
                "facts_total": len(d.get("facts", ())),
            }

    def edge_details() -> Iterator[tuple[str, dict[str, Any]]]:
        for i, (u, v, k) in enumerate(edge_keys):
            d = succ[u][v][k]
            spec, symmetric = _rel_info(k)
            yield f"e{i}", {
                "from": u, "to": v, "type": k, "label": spec.label,
                "symmetric": symmetric, "confidence": d.get("confidence"), "status": d.get("status"),
                "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"),
                "mention_count": d.get("mention_count"), "sources": list(d.get("sources", ())),
                "evidence": [{k2: ev.get(k2) for k2 in ("article", "text", "confidence", "rule", "status")}
                             for ev in list(d.get("evidence", ()))[:limit]],
                "evidence_total": len(d.get("evidence", ())),
            }

    all_articles = G.graph.get("articles", {})
    article_ids = [a for a in sorted(_articles_of(G, limit)) if a in all_articles]
    kind_counts: dict[str, int] = {}
    for n in nodes:
        kind_counts[n["kind"]] = kind_counts.get(n["kind"], 0) + 1
    rel_counts: dict[str, int] = {}
    for _, _, k in edge_keys:
        rel_counts[k] = rel_counts.get(k, 0) + 1
    big = len(nodes) > BIG_GRAPH
    return {
        "title": title,
        "view": view or {},
        "counts": {"nodes": len(nodes), "edges": len(edge_keys), "articles": len(article_ids)},
        "kinds": [{"kind": k, "color": c, "shape": s, "count": kind_counts[k], "parent": _parent_name(k)}
                  for k, (c, s) in KIND_STYLE.items() if k in kind_counts],
        "relations": [{"type": r.value, "label": RELATIONS[r].label, "color": REL_COLOURS[r.value],
                       "count": rel_counts[r.value], "symmetric": r in SYMMETRIC}
                      for r in Rel if r.value in rel_counts],
        "sizeBy": size_by, "physics": physics, "keepPhysics": physics and not big, "big": big,
        "stabilizeBudgetMs": STABILIZATION_BUDGET_MS if big else None,
        "nodes": nodes, "edges": _LazyList(len(edge_keys), lambda: _vis_edges(G, edge_keys)),
        "details": {"nodes": _LazyDict(len(nodes), node_details), "edges": _LazyDict(len(edge_keys), edge_details)},
        "articles": _LazyDict(len(article_ids),
                              lambda: ((a, _article_record(all_articles[a])) for a in article_ids)),
        "options": _vis_options(len(nodes), len(edge_keys)),
    }


def page_data(G: nx.MultiDiGraph, *, title: str, physics: bool = True, size_by: str = "degree",
              view: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the page embeds as JSON: vis nodes/edges/options, details for the panel, legend, counts."""
    data: dict[str, Any] = _materialise(_page_parts(G, title=title, physics=physics, size_by=size_by, view=view))
    return data


def _parent_name(k: str) -> str | None:
    p = PARENT.get(Kind(k))
    return p.value if p else None


def _json_for_script(data: Any) -> str:
    """JSON safe to place inside a <script> element: no ``</script>``, no HTML comment, no line separators."""
    return "".join(_json_chunks(data))


#: ``json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)``, the encoder made once.
_ENCODE = fast_encode(json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                                      check_circular=False))


def _dumps(value: Any) -> str:
    try:
        text = _ENCODE(value)
    except ValueError:  # NaN or infinity in a fact: JSON.parse would reject the page, so show them as empty
        text = _ENCODE(_finite(value))
    # each of _JSON_ESCAPES' characters replaced where present (no escape holds one of them)
    for ch, esc in _JSON_ESCAPE_ITEMS:
        if ch in text:
            text = text.replace(ch, esc)
    return text


def _dumps_key(key: Any) -> str:
    # json writes a str key as a string and converts other keys (numbers, booleans, None) to one
    return _dumps(key) if isinstance(key, str) else _dumps({key: 0})[1:-3]


def _json_chunks(value: Any) -> Iterator[str]:
    """:func:`_json_for_script` text of ``value`` in pieces: lazy lists and dicts one item at a time.

    The pieces join to the escaped ``json.dumps`` of the whole value (compact separators), since the
    escapes replace single characters and a number that is not finite is written as null either way.
    """
    if isinstance(value, _LazyList):
        # Items are encoded _BATCH at a time, as one dict or list whose brackets are dropped: the same text as
        # item by item, since the escapes replace single characters and _finite maps each item on its own.
        items = value.make()
        sep = ""
        if isinstance(value, _LazyDict):
            yield "{"
            batch: dict[Any, Any] = {}
            for k, v in items:
                if k in batch or len(batch) >= _BATCH:  # an equal key would replace the earlier item
                    yield sep + _dumps(batch)[1:-1]
                    sep = ","
                    batch = {}
                batch[k] = v
            if batch:
                yield sep + _dumps(batch)[1:-1]
            yield "}"
        else:
            yield "["
            for part in _batches(items):
                yield sep + _dumps(part)[1:-1]
                sep = ","
            yield "]"
    elif isinstance(value, dict) and any(isinstance(v, (_LazyList, dict)) for v in value.values()):
        yield "{"
        for i, (k, v) in enumerate(value.items()):
            yield ("," if i else "") + _dumps_key(k) + ":"
            yield from _json_chunks(v)
        yield "}"
    else:
        yield _dumps(value)


#: Items of a lazy list or dict encoded at once by :func:`_json_chunks`.
_BATCH = 256


def _batches(items: Iterable[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for v in items:
        batch.append(v)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _finite(obj: Any) -> Any:
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def _script_text(text: str) -> str:
    # the HTML parser normalises newlines before the CSP hash is computed; "</script" would end the element
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """vis-network from the installed pyvis package, and the page's own template, script and style."""
    import pyvis

    vis_dir = Path(pyvis.__file__).resolve().parent.joinpath(*_VIS_DIR)
    tpl = resources.files("evkg.graph").joinpath("templates")
    try:
        return {
            "vis_js": _script_text(re.sub(r"//# sourceMappingURL=\S*", "",
                                          (vis_dir / "vis-network.min.js").read_text(encoding="utf-8"))),
            "vis_css": (vis_dir / "vis-network.css").read_text(encoding="utf-8").replace("</", "<\\/"),
            "page_js": _script_text(tpl.joinpath("view.js").read_text(encoding="utf-8")),
            "page_css": tpl.joinpath("view.css").read_text(encoding="utf-8"),
            "template": tpl.joinpath("view.html").read_text(encoding="utf-8"),
        }
    except OSError as err:
        raise ExportError(f"cannot read the HTML view assets ({err}); is pyvis 0.3.2 installed?") from err


def render_html(G: nx.MultiDiGraph, **options: Any) -> str:
    """The HTML page of a view of ``G`` as one string (see :func:`generate_html` for the options)."""
    return "".join(generate_html(G, **options))


def generate_html(G: nx.MultiDiGraph, *, entity: str | None = None, depth: int = 2,
                  relations: Iterable[str] | None = None, kinds: Iterable[str] | None = None,
                  min_articles: int = 0, physics: bool = True, size_by: str = "degree",
                  title: str | None = None, max_nodes: int | None = MAX_NODES) -> Iterator[str]:
    """The HTML page of a view of ``G`` in pieces (see :func:`subgraph_view` for the selection options).

    The page around the embedded graph data comes first, then the data's JSON one node, edge or
    article at a time, then the rest of the page: the pieces of a big page are never all in memory.

    Args:
        max_nodes: draw at most this many entities, the most connected ones (the page says how many
            were left out); ``None`` draws everything.
        physics: keep the physics simulation running after the first layout (small graphs);
            with ``False``, or above ``BIG_GRAPH`` nodes, the layout freezes once stable
            (the page has a switch to turn it back on).
        size_by: node size by ``"degree"`` or by number of ``"articles"``.
        title: page heading; defaults to a description of the view.
    """
    import jinja2

    rels = sorted(_rel_list(relations) or ())
    kind_names = sorted(_kind_list(kinds) or ())
    selection = {"entity": entity, "depth": depth, "relations": rels or None, "kinds": kind_names or None,
                 "min_articles": min_articles}
    whole = (entity is None and not rels and not kind_names and min_articles <= 0
             and (max_nodes is None or G.number_of_nodes() <= max_nodes))
    # the whole graph is read as it is; a selection is copied once (nested views are slow to walk)
    H = G if whole else _materialize(subgraph_view(G, **selection, max_nodes=max_nodes),  # type: ignore[arg-type]
                                     G.graph)
    total = H.number_of_nodes()
    if max_nodes is not None and total == max_nodes:
        total = subgraph_view(G, **selection).number_of_nodes()  # type: ignore[arg-type]
    centre = find_entity(G, entity) if entity is not None else None
    if title is None:
        parts = ["evkg"]
        if centre is not None:
            parts.append(f"{G.nodes[centre].get('name') or centre} ({depth} hop{'' if depth == 1 else 's'})")
        if rels:
            parts.append(", ".join(RELATIONS[Rel(r)].label for r in rels))
        if kind_names:
            parts.append(", ".join(kind_names))
        title = " · ".join(parts) if len(parts) > 1 else "evkg · whole graph"
    view = {"entity": centre, "depth": depth if centre else None, "relations": rels, "kinds": kind_names,
            "min_articles": min_articles, "total_nodes": total, "max_nodes": max_nodes}
    data = _page_parts(H, title=title, physics=physics, size_by=size_by, view=view)
    assets = _assets()
    boot = "window.evkgT0 = performance.now();"
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    csp = ("default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; font-src data:; "
           f"script-src {_csp_hash(boot)} {_csp_hash(assets['vis_js'])} {_csp_hash(assets['page_js'])}; "
           "connect-src 'none'; form-action 'none'; base-uri 'none'")
    page = env.from_string(assets["template"]).render(
        title=title, csp=csp, boot_js=_markup(boot), vis_js=_markup(assets["vis_js"]),
        vis_css=_markup(assets["vis_css"]), page_js=_markup(assets["page_js"]),
        page_css=_markup(assets["page_css"]), data_json=_markup(_DATA_MARK), counts=data["counts"])
    head, mark, tail = page.partition(_DATA_MARK)
    if not mark or _DATA_MARK in tail:
        raise ExportError("the HTML view template must hold {{ data_json }} exactly once")
    del page
    yield head
    yield from _json_chunks(data)
    yield tail


def _markup(text: str) -> Any:
    """Mark text already made safe for its place in the page (inline script/style, escaped JSON)."""
    from markupsafe import Markup

    return Markup(text)


def write_html(G: nx.MultiDiGraph, path: str | Path, **options: Any) -> Path:
    """Write the page of :func:`generate_html` atomically to ``path``, piece by piece; return the path.

    >>> from evkg.graph.model import new_graph
    >>> import tempfile, os
    >>> p = write_html(new_graph(), os.path.join(tempfile.mkdtemp(), "graph.html"))
    >>> p.read_text(encoding="utf-8").count("<script") >= 3
    True
    """
    chunks = generate_html(G, **options)
    first = next(chunks)  # the options are checked before any file is touched
    with atomic_open(path) as fh:
        fh.write(first)
        for chunk in coalesce(chunks, 1 << 16):
            fh.write(chunk)
    return Path(path)
