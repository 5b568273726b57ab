"""The canonical graph: one ``networkx.MultiDiGraph`` and its attribute contract.

Every exporter (JSON, RDF, Cypher, Bolt, CSV, HTML) and every query reads only what is
written here, and never changes the graph it is given.

Graph attributes (``G.graph``)
    ``articles``: dict article id -> ``{"id", "source", "title", "date", "url", "publisher",
    "content_hash", "seq"}``; ``seq`` is the workspace's ingestion sequence number (for
    incremental exports). ``name``: "evkg". ``built_from``: workspace path or ``None``.

Node ``id`` (stable, ``<prefix>:<slug>``: ``company:catl``, ``regulator:miit``) with attributes
    ``kind``: primary ontology class (``"BatteryMaker"``);
    ``kinds``: list of classes, primary first (``["Automaker", "BatteryMaker"]``);
    ``labels``: full label chain from the ontology, root first (``["Organization", "Company",
    "Automaker", "BatteryMaker"]``);
    ``name``: canonical English name; ``name_zh``: Chinese name or ``None``;
    ``aliases``: sorted list of every other surface form (English, pinyin, Chinese, translations);
    ``tickers``: sorted list of normalised tickers (``300750.SZ``, ``9927.HK``);
    ``known``: True if from the reference data;
    ``articles``: sorted list of ids of the articles that mention it; ``mention_count``: int;
    ``facts``: list of ``{"measure", "value", "unit", "period", "evidence", "article", "start",
    "end", "confidence", "rule"}`` sorted by (measure, period, value).

Edge ``(subject, object, key)`` with ``key`` = relation type (an ontology ``Rel`` value) and
    ``type``: the same relation type; ``articles``: sorted article ids;
    ``evidence``: list of ``{"article", "text", "start", "end", "confidence", "rule", "status"}``
    sorted by (article, start);
    ``confidence``: max over evidence (0..1); ``status``: ``stated`` if any evidence states it,
    else ``planned``; ``first_seen`` / ``last_seen``: min / max article date (ISO) or ``None``;
    ``mention_count``: number of evidence items; ``sources``: ``["article"]`` and/or ``["reference"]``
    (a reference-data relation carries its note as evidence with ``article`` ``None``).
    Symmetric relation types are stored once, with ``subject < object``.

Example:
    >>> G = new_graph()
    >>> add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"])
    >>> add_entity(G, "company:tesla", name="Tesla", kinds=["Automaker"])
    >>> add_evidence(G, "company:catl", "SUPPLIES", "company:tesla",
    ...              {"article": "article:1", "text": "CATL supplies Tesla.", "start": 0, "end": 20,
    ...               "confidence": 0.9, "rule": "supply-verb", "status": "stated"}, date="2024-01-02")
    >>> G.edges["company:catl", "company:tesla", "SUPPLIES"]["mention_count"]
    1
"""

from __future__ import annotations

import contextlib
import gc
from typing import Any, Callable, Iterable, Iterator

import networkx as nx

from evkg.ontology.vocab import SYMMETRIC, Rel, kind, label_chain, rel

EVIDENCE_KEYS = ("article", "text", "start", "end", "confidence", "rule", "status")
FACT_KEYS = ("measure", "value", "unit", "period", "evidence", "article", "start", "end", "confidence", "rule")


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building or exporting a graph.

    Building and exporting allocate millions of small acyclic dicts, lists and strings; each full
    collection rescans everything already allocated, which on a large graph costs more than the work.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("c")
        fn = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except (OSError, AttributeError):  # pragma: no cover - no C library to load
        return None
    if fn is None:  # not glibc (musl, macOS): nothing to do
        return None
    fn.argtypes = [ctypes.c_size_t]
    fn.restype = ctypes.c_int
    return fn  # type: ignore[no-any-return]


_TRIM = _malloc_trim()


def release_free_memory() -> None:
    """Hand memory that the C allocator holds free back to the operating system (glibc only).

    Building a large graph frees big hash tables and lists (per-entity aggregates, row buffers)
    between phases; glibc keeps that memory for reuse by the same allocator, but Python's small
    objects come from separate arenas, so without trimming the freed space still counts in the
    process's resident size while the next phase grows it further. Costs milliseconds.
    """
    if _TRIM is not None:
        _TRIM(0)


def successors(G: nx.MultiDiGraph) -> Any:
    """``G.succ`` for reading: node -> neighbour -> key -> edge data, the same dicts without a view object
    made at each level for a plain MultiDiGraph (exporters look up every edge)."""
    return G._succ if type(G) is nx.MultiDiGraph else G.succ


def new_graph() -> nx.MultiDiGraph:
    """An empty canonical graph."""
    G = nx.MultiDiGraph(name="evkg")
    G.graph["articles"] = {}
    G.graph["built_from"] = None
    return G


def add_entity(G: nx.MultiDiGraph, node_id: str, *, name: str, kinds: Iterable[str], name_zh: str | None = None,
               aliases: Iterable[str] = (), tickers: Iterable[str] = (), known: bool = False,
               articles: Iterable[str] = (), mention_count: int = 0) -> None:
    """Add an entity node, or merge names, aliases, tickers and articles into an existing one."""
    kinds_l = [kind(k).value for k in kinds]
    if node_id in G:
        d = G.nodes[node_id]
        for k in kinds_l:
            if k not in d["kinds"]:
                d["kinds"].append(k)
        d["labels"] = list(label_chain(*d["kinds"]))
        d["name_zh"] = d["name_zh"] or name_zh
        alias_set = set(d["aliases"]) | set(aliases) | ({name} if name != d["name"] else set())
        d["aliases"] = sorted(alias_set - {d["name"]})
        d["tickers"] = sorted(set(d["tickers"]) | set(tickers))
        d["known"] = d["known"] or known
        d["articles"] = sorted(set(d["articles"]) | set(articles))
        d["mention_count"] += mention_count
        return
    G.add_node(node_id, kind=kinds_l[0], kinds=kinds_l, labels=list(label_chain(*kinds_l)), name=name,
               name_zh=name_zh, aliases=sorted(set(aliases) - {name}), tickers=sorted(set(tickers)), known=known,
               articles=sorted(set(articles)), mention_count=mention_count, facts=[])


def add_evidence(G: nx.MultiDiGraph, subject: str, rel_type: str | Rel, obj: str, evidence: dict[str, Any], *,
                 date: str | None = None, source: str = "article") -> None:
    """Add one evidence item to the ``rel_type`` edge between two existing nodes (created if absent)."""
    r = rel(str(rel_type))
    if r in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    if not G.has_edge(subject, obj, key=r.value):
        G.add_edge(subject, obj, key=r.value, type=r.value, articles=[], evidence=[], confidence=0.0,
                   status="planned", first_seen=None, last_seen=None, mention_count=0, sources=[])
    d = G.edges[subject, obj, r.value]
    ev = {k: evidence.get(k) for k in EVIDENCE_KEYS}
    d["evidence"].append(ev)
    art = ev["article"]
    if art and art not in d["articles"]:
        d["articles"].append(art)
        d["articles"].sort()
    d["confidence"] = max(d["confidence"], float(ev["confidence"] or 0.0))
    if (ev["status"] or "stated") == "stated":
        d["status"] = "stated"
    if date:
        d["first_seen"] = date if d["first_seen"] is None else min(d["first_seen"], date)
        d["last_seen"] = date if d["last_seen"] is None else max(d["last_seen"], date)
    d["mention_count"] = len(d["evidence"])
    if source not in d["sources"]:
        d["sources"].append(source)
        d["sources"].sort()


def sort_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with nodes, edges, evidence and facts in a deterministic order."""
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.graph["articles"] = {k: G.graph["articles"][k] for k in sorted(G.graph.get("articles", {}))}
    for n in sorted(G.nodes):
        d = dict(G.nodes[n])
        d["facts"] = sorted(d.get("facts", []), key=lambda f: (f["measure"], f["period"] or "", f["value"],
                                                                  f["article"] or "", f["start"]))
        H.add_node(n, **d)
    for u, v, k in sorted(G.edges(keys=True)):
        d = dict(G.edges[u, v, k])
        d["evidence"] = sorted(d["evidence"], key=lambda e: (e["article"] or "", e["start"] or 0, e["text"] or ""))
        H.add_edge(u, v, key=k, **d)
    return H


def entities_of(G: nx.MultiDiGraph, kind_name: str) -> Iterator[str]:
    """Ids of nodes whose label chain contains ``kind_name`` (so ``Company`` finds automakers)."""
    for n, d in G.nodes(data=True):
        if kind_name in d["labels"]:
            yield n


def find_entity(G: nx.MultiDiGraph, text: str) -> str | None:
    """Node id for an id, name, alias, Chinese name or ticker (case-insensitive); ``None`` if absent."""
    if text in G:
        return text
    needle = text.strip().casefold()
    best: str | None = None
    for n, d in G.nodes(data=True):
        forms = [d["name"], d.get("name_zh") or "", *d.get("aliases", ()), *d.get("tickers", ())]
        if any(f.casefold() == needle for f in forms if f):
            if d["name"].casefold() == needle:
                return n
            best = best or n
    return best
