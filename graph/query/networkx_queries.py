"""The networkx twins of the named queries: plain functions over the canonical graph.

Entity parameters are node ids (resolved by :func:`evkg.graph.query.library.run_query`); an id that is
not in the graph gives no rows. Rows have the columns of the named query; order does not matter (the
library sorts). Symmetric relation types are stored once (subject < object), so ``about`` reports them
in their stored direction, as the Cypher and SPARQL twins do.
"""

from __future__ import annotations

from collections import Counter, deque
from typing import Any

import networkx as nx

from evkg.ontology.vocab import Rel

Row = dict[str, Any]


def _name(G: nx.MultiDiGraph, n: str | None) -> str | None:
    return None if n is None else G.nodes[n].get("name")


def _in(G: nx.MultiDiGraph, n: str, *types: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    if n not in G:
        return []
    return [(u, v, k, d) for u, v, k, d in G.in_edges(n, keys=True, data=True) if k in types]


def _out(G: nx.MultiDiGraph, n: str, *types: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    if n not in G:
        return []
    return [(u, v, k, d) for u, v, k, d in G.out_edges(n, keys=True, data=True) if k in types]


def who_supplies_whom(G: nx.MultiDiGraph) -> list[Row]:
    return [{"supplier_id": u, "supplier": _name(G, u), "customer_id": v, "customer": _name(G, v),
             "articles": len(d.get("articles", ())), "confidence": d.get("confidence")}
            for u, v, k, d in G.edges(keys=True, data=True) if k == Rel.SUPPLIES]


def suppliers_of(G: nx.MultiDiGraph, entity: str, tiers: int = 3) -> list[Row]:
    if entity not in G:
        return []
    dist = {entity: 0}
    queue = deque([entity])
    while queue:
        n = queue.popleft()
        if dist[n] >= tiers:
            continue
        for u, _, _, _ in _in(G, n, Rel.SUPPLIES):
            if u not in dist:
                dist[u] = dist[n] + 1
                queue.append(u)
    return [{"supplier_id": n, "supplier": _name(G, n), "tier": t} for n, t in dist.items() if n != entity]


def customers_of(G: nx.MultiDiGraph, entity: str) -> list[Row]:
    return [{"customer_id": v, "customer": _name(G, v)} for _, v, _, _ in _out(G, entity, Rel.SUPPLIES)]


def developers_of(G: nx.MultiDiGraph, technology: str) -> list[Row]:
    ids = {u for u, _, _, _ in _in(G, technology, Rel.DEVELOPS, Rel.USES_TECHNOLOGY)}
    return [{"company_id": u, "company": _name(G, u)} for u in ids]


def policies_supporting(G: nx.MultiDiGraph, technology: str) -> list[Row]:
    rows: list[Row] = []
    for p, _, _, _ in _in(G, technology, Rel.SUPPORTS):
        issuers = [i for i, _, _, _ in _in(G, p, Rel.ISSUED)]
        for i in issuers or [None]:
            rows.append({"policy_id": p, "policy": _name(G, p), "issuer_id": i, "issuer": _name(G, i)})
    return rows


def who_met(G: nx.MultiDiGraph, regulator: str) -> list[Row]:
    ids = {v for _, v, _, _ in _out(G, regulator, Rel.MET_WITH)}
    return [{"entity_id": v, "name": _name(G, v)} for v in ids]


def shortest_path(G: nx.MultiDiGraph, source: str, target: str, max_hops: int = 12) -> list[Row]:
    """Fewest relations between two entities, in either direction (ties broken by networkx)."""
    if source not in G or target not in G:
        return []
    U = nx.Graph(G.to_undirected(as_view=True))
    try:
        path = nx.shortest_path(U, source, target)
    except nx.NetworkXNoPath:
        return []
    if len(path) - 1 > max_hops:
        return []
    return [{"hops": len(path) - 1, "path": [_name(G, p) for p in path]}]


def co_mentioned(G: nx.MultiDiGraph, limit: int = 20) -> list[Row]:
    by_article: dict[str, set[str]] = {}
    for n, d in G.nodes(data=True):
        for a in d.get("articles", ()):
            if a:
                by_article.setdefault(a, set()).add(n)
    counts: Counter[tuple[str, str]] = Counter()
    for ents in by_article.values():
        s = sorted(ents)
        for i, a in enumerate(s):
            for b in s[i + 1:]:
                counts[(a, b)] += 1
    pairs = sorted(counts.items(), key=lambda t: (-t[1], t[0]))[:max(0, limit)]
    return [{"a_id": a, "a": _name(G, a), "b_id": b, "b": _name(G, b), "articles": n} for (a, b), n in pairs]


def _first_evidence(d: dict[str, Any]) -> str | None:
    ev = sorted(d.get("evidence", ()), key=lambda e: (e.get("article") or "", e.get("start") or 0,
                                                      e.get("text") or ""))
    return ev[0].get("text") if ev else None


def about(G: nx.MultiDiGraph, entity: str) -> list[Row]:
    if entity not in G:
        return []
    rows: list[Row] = []
    for direction, edges in (("out", G.out_edges(entity, keys=True, data=True)),
                             ("in", G.in_edges(entity, keys=True, data=True))):
        for u, v, k, d in edges:
            other = v if direction == "out" else u
            rows.append({"direction": direction, "relation": k, "other_id": other, "other": _name(G, other),
                         "evidence": _first_evidence(d), "articles": len(d.get("articles", ()))})
    return rows
