"""Benchmark: evkg's streaming RDF writer vs rdflib's Turtle serializer on the same graph, in the same run.

Each measurement runs in its own subprocess, which first builds the same synthetic canonical graph (about
1,000,000 triples; ~50,000 with ``quick``), then times one writer; peak RSS is that subprocess's
``ru_maxrss`` (it includes the networkx graph both sides hold, and for rdflib its in-memory Graph).

Rows: ``evkg ttl``, ``evkg nt`` (our writers, file on disk), ``rdflib graph`` (building rdflib's Graph
from the triples, not part of the ratio), ``rdflib ttl`` (``Graph.serialize(format="turtle")`` only) and
``oxigraph load`` (in-memory pyoxigraph store from our N-Triples). ``ratio`` on ``evkg ttl`` = rdflib ttl
seconds / evkg ttl seconds (wall clock); ``cpu_ratio`` the same with the process's CPU seconds, which a busy
machine disturbs less. ``load_avg`` (1-minute load average before and after the run) says how busy the machine was.

Run: ``python -m bench.bench_rdf`` (full) or ``python -m bench.bench_rdf --quick``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import print_rows

#: synthetic_graph sizes: (nodes, edges) -> triples measured once: ~71 triples per node at 2.5 edges per node.
FULL = (14500, 36000)
QUICK = (730, 1800)

_CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, {root!r})
from bench.synth import synthetic_graph
from evkg.graph.export.rdf import count_triples, write_rdf, generate_ntriples, to_oxigraph_store
stage, nodes, edges, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
G = synthetic_graph(nodes, edges, seed=42)
n = count_triples(G)
rss_graph = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
t, c = time.perf_counter(), cpu()
extra = {{}}
if stage == "evkg ttl":
    write_rdf(G, out + ".ttl")
elif stage == "evkg nt":
    write_rdf(G, out + ".nt")
elif stage == "oxigraph load":
    store = to_oxigraph_store(G)
    assert len(store) == n
elif stage in ("rdflib ttl", "rdflib graph"):
    import rdflib
    nt = "".join(generate_ntriples(G))
    del G
    t, c = time.perf_counter(), cpu()
    g = rdflib.Graph()
    g.parse(data=nt, format="nt")
    del nt
    if stage == "rdflib ttl":
        extra["graph_seconds"] = time.perf_counter() - t
        extra["graph_cpu_seconds"] = cpu() - c
        t, c = time.perf_counter(), cpu()
        g.serialize(destination=out + ".rdflib.ttl", format="turtle")
    assert len(g) == n
sec, cpu_sec = time.perf_counter() - t, cpu() - c
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
size = 0
for suffix in (".ttl", ".nt", ".rdflib.ttl"):
    if os.path.exists(out + suffix):
        size = os.path.getsize(out + suffix)
        os.unlink(out + suffix)
print(json.dumps({{"n": n, "seconds": sec, "cpu_seconds": cpu_sec, "peak_rss_mb": peak, "graph_rss_mb": rss_graph, "bytes": size, **extra}}))
"""


def _measure(stage: str, nodes: int, edges: int) -> dict[str, Any]:
    root = str(Path(__file__).resolve().parents[1])
    with tempfile.TemporaryDirectory(prefix="bench-rdf-") as tmp:
        proc = subprocess.run([sys.executable, "-c", _CHILD.format(root=root), stage, str(nodes), str(edges),
                               str(Path(tmp) / "graph")], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{stage} failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Measure every stage; rows with stage, n (triples), seconds, throughput, unit, peak_rss_mb, baseline, ratio."""
    nodes, edges = QUICK if quick else FULL
    stages = ["evkg ttl", "evkg nt", "oxigraph load", "rdflib ttl"]
    import os

    load_before = os.getloadavg()[0]
    raw = {s: _measure(s, nodes, edges) for s in stages}
    load_after = os.getloadavg()[0]
    rdflib_ttl = raw["rdflib ttl"]["seconds"]
    rows = []
    for s in stages:
        r = raw[s]
        row: dict[str, Any] = {"stage": s, "n": r["n"], "seconds": round(r["seconds"], 3),
                               "cpu_seconds": round(r["cpu_seconds"], 3),
                               "throughput": round(r["n"] / r["seconds"]) if r["seconds"] else None,
                               "unit": "triples/s", "peak_rss_mb": round(r["peak_rss_mb"]),
                               "graph_rss_mb": round(r["graph_rss_mb"]), "bytes": r["bytes"],
                               "load_avg": f"{load_before:.1f}->{load_after:.1f}"}
        if s.startswith("evkg"):
            row["baseline"] = "rdflib ttl"
            row["ratio"] = round(rdflib_ttl / r["seconds"], 1)
            row["cpu_ratio"] = round(raw["rdflib ttl"]["cpu_seconds"] / r["cpu_seconds"], 1)
        rows.append(row)
        if s == "rdflib ttl":
            rows.insert(len(rows) - 1, {"stage": "rdflib graph", "n": r["n"],
                                        "seconds": round(r["graph_seconds"], 3),
                                        "cpu_seconds": round(r["graph_cpu_seconds"], 3),
                                        "throughput": round(r["n"] / r["graph_seconds"]), "unit": "triples/s",
                                        "peak_rss_mb": None, "graph_rss_mb": None, "bytes": None,
                                        "note": "rdflib Graph from N-Triples, not counted in the ratio"})
    return rows


_COLUMNS = ["stage", "n", "seconds", "cpu_seconds", "throughput", "unit", "peak_rss_mb", "graph_rss_mb", "bytes",
           "baseline", "ratio", "cpu_ratio", "load_avg"]


def _print(rows: list[dict[str, Any]]) -> None:
    print_rows(rows, _COLUMNS)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="~50,000 triples instead of ~1,000,000")
    args = ap.parse_args()
    _print(run(quick=args.quick))
