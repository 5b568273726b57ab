"""Synthetic canonical graphs of a given size, for exporter benchmarks and scale tests.

Deterministic by seed. Nodes get realistic kinds, names, aliases and tickers; edges get
relation types whose domain and range fit the node kinds, with evidence and article ids.

>>> G = synthetic_graph(200, 500, seed=1)
>>> G.number_of_nodes(), G.number_of_edges() >= 450
(200, True)
"""

from __future__ import annotations

import random

import networkx as nx

from evkg.graph.model import add_entity, add_evidence, new_graph
from evkg.ontology.vocab import RELATIONS, accepts, id_prefix

_KINDS = [("Automaker", 0.15), ("BatteryMaker", 0.12), ("Supplier", 0.2), ("MaterialsSupplier", 0.08),
          ("TechCompany", 0.08), ("Regulator", 0.03), ("Policy", 0.06), ("BatteryTechnology", 0.05),
          ("VehicleModel", 0.09), ("Person", 0.06), ("Fund", 0.02), ("Index", 0.01), ("Exchange", 0.01),
          ("Brand", 0.03), ("Alliance", 0.01)]
_SYL = ["an", "bo", "chen", "da", "fei", "guo", "hua", "jin", "kai", "long", "ming", "neng", "peng", "qi", "rui",
        "sheng", "tai", "wei", "xin", "yuan", "zhi"]
_SUFFIX = {"Automaker": "Motors", "BatteryMaker": "Energy", "Supplier": "Technology", "MaterialsSupplier": "Lithium",
           "TechCompany": "Intelligence", "Regulator": "Commission", "Policy": "Development Plan",
           "BatteryTechnology": "battery", "VehicleModel": "EV", "Person": "", "Fund": "ETF", "Index": "Index",
           "Exchange": "Stock Exchange", "Brand": "Auto", "Alliance": "Alliance"}


def _name(rng: random.Random, k: str, i: int) -> str:
    base = "".join(rng.choice(_SYL) for _ in range(2)).capitalize()
    return f"{base} {_SUFFIX[k]} {i}".replace("  ", " ").strip()


def synthetic_graph(n_nodes: int, n_edges: int, *, seed: int = 0, n_articles: int | None = None) -> nx.MultiDiGraph:
    """A canonical graph with ``n_nodes`` entities and about ``n_edges`` relations."""
    rng = random.Random(seed)
    G = new_graph()
    n_articles = n_articles or max(1, n_edges // 5)
    for a in range(n_articles):
        aid = f"article:{a:016x}"
        G.graph["articles"][aid] = {"id": aid, "source": f"synthetic/{a}.txt", "title": f"Synthetic article {a}",
                                    "date": f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}", "url": None,
                                    "publisher": "Synthetic Wire", "content_hash": f"{a:064x}", "seq": a + 1}
    kinds = [k for k, _ in _KINDS]
    weights = [w for _, w in _KINDS]
    by_kind: dict[str, list[str]] = {k: [] for k in kinds}
    for i in range(n_nodes):
        k = rng.choices(kinds, weights)[0]
        name = _name(rng, k, i)
        nid = f"{id_prefix(k)}:{name.lower().replace(' ', '-')}"
        tick = [f"{600000 + i:06d}.SH"] if k in ("Automaker", "BatteryMaker", "Supplier") and i % 3 == 0 else []
        arts = sorted({f"article:{rng.randrange(n_articles):016x}" for _ in range(rng.randint(1, 3))})
        add_entity(G, nid, name=name, kinds=[k], name_zh=None, aliases=[name.upper()], tickers=tick,
                   articles=arts, mention_count=len(arts))
        by_kind[k].append(nid)
    specs = list(RELATIONS.values())
    made = 0
    tries = 0
    nodes = list(G.nodes)
    while made < n_edges and tries < n_edges * 20:
        tries += 1
        spec = rng.choice(specs)
        u, v = rng.choice(nodes), rng.choice(nodes)
        if u == v or not accepts(spec, G.nodes[u]["kinds"], G.nodes[v]["kinds"]):
            continue
        aid = f"article:{rng.randrange(n_articles):016x}"
        text = f"{G.nodes[u]['name']} {spec.label} {G.nodes[v]['name']}."
        add_evidence(G, u, spec.rel, v, {"article": aid, "text": text, "start": 0, "end": len(text),
                                         "confidence": round(rng.uniform(0.5, 0.95), 2), "rule": "synthetic",
                                         "status": "stated"}, date=G.graph["articles"][aid]["date"])
        made += 1
    return G
