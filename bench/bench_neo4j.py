"""Bolt export throughput (relationships/s) against a real Bolt server (ArcadeDB, Neo4j 5.26 compatible).

In one run, on one server (started here in a child process on 127.0.0.1, as the tests do):

- batch size 1, the naive baseline: one row per MERGE statement and transaction; measured on a
  2,000-relation synthetic graph (at its rate a 100,000-relation graph would take many minutes);
- batch sizes 1,000 and 10,000 (parameterised ``UNWIND $rows`` batches) on a synthetic graph of
  100,000 relations;
- the same export again at batch size 10,000 (idempotent MERGE on existing nodes and relationships);
- for reference, writing graph.cypher and the neo4j-admin CSV files of the big graph (no server).

"Relationships" counts everything written: ontology relations plus MENTIONS edges from articles (and
HAS_FACT/STATES, none in synthetic graphs); rows also give the ontology relations alone. Each export goes
to a new empty database. ``ratio`` is throughput over the batch-1 baseline's.

Run: ``.venv/bin/python -m bench.bench_neo4j`` (``--quick`` for a 10,000-relation smoke run).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # tests.fixtures.bolt holds the ArcadeDB launcher
    sys.path.insert(0, str(ROOT))


def _rss_mb(pid: int) -> float | None:
    """Peak resident set (VmHWM) of a process, in MB (Linux)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Measure the Bolt export at batch sizes 1, 1,000 and 10,000; one row per measurement."""
    from bench.synth import synthetic_graph
    from evkg.graph.export.neo4j import count_graph, export_neo4j, open_driver
    from evkg.graph.export.cypher import expected_counts
    from tests.fixtures.bolt import start_arcadedb

    n_rel = 10_000 if quick else 100_000
    n_sample = 500 if quick else 2_000
    t = time.perf_counter()
    big = synthetic_graph(n_rel // 5, n_rel, seed=7)
    sample = synthetic_graph(max(50, n_sample // 5), n_sample, seed=7)
    gen_s = time.perf_counter() - t
    rows: list[dict[str, Any]] = []
    import tempfile

    from evkg.graph.export.cypher import write_cypher
    from evkg.graph.export.neo4j_csv import write_neo4j_csv

    n_written = sum(expected_counts(big)[1].values())
    with tempfile.TemporaryDirectory(prefix="evkg-bench-neo4j-") as tmp:
        for stage, fn, target in (("write graph.cypher", write_cypher, Path(tmp) / "graph.cypher"),
                                  ("write neo4j-admin CSV", write_neo4j_csv, Path(tmp) / "csv")):
            t = time.perf_counter()
            fn(big, target)
            secs = time.perf_counter() - t
            size = sum(p.stat().st_size for p in ([target] if target.is_file() else target.iterdir()))
            rows.append({"stage": stage, "n": n_written, "relations": big.number_of_edges(), "batch_size": None,
                         "seconds": round(secs, 3), "throughput": round(n_written / secs, 1),
                         "unit": "relationships/s", "mb": round(size / 1e6, 1), "file_export": True})
            print(f"  {stage}: {n_written:,} relationships in {secs:.1f} s ({size / 1e6:.0f} MB)", file=sys.stderr)
    with start_arcadedb() as srv:
        def measure(stage: str, G: Any, batch: int, database: str | None = None) -> dict[str, Any]:
            target = srv.create_database() if database is None else srv.target(database)
            rep = export_neo4j(G, uri=target.uri, user=target.user, password=target.password,
                               database=target.database, batch_size=batch)
            with open_driver(target.uri, target.user, target.password) as drv:
                ok = count_graph(drv, target.database) == expected_counts(G)
            row = {"stage": stage, "n": rep.relationships, "relations": G.number_of_edges(),
                   "nodes": rep.nodes, "batch_size": batch, "seconds": round(rep.seconds, 3),
                   "throughput": round(rep.relationships / rep.seconds, 1), "unit": "relationships/s",
                   "batches": rep.batches, "counts_ok": ok, "database": target.database}
            print(f"  {stage}: {row['n']:,} relationships in {row['seconds']:.1f} s "
                  f"({row['throughput']:,.0f}/s, counts {'ok' if ok else 'WRONG'})", file=sys.stderr)
            return row

        base = measure("bolt export batch=1 (naive baseline)", sample, 1)
        base["baseline"] = True
        rows.append(base)
        rows.append(measure("bolt export batch=1000", big, 1000))
        r10k = measure("bolt export batch=10000", big, 10_000)
        rows.append(r10k)
        rows.append(measure("bolt re-export batch=10000 (idempotent)", big, 10_000, database=r10k["database"]))
        server_rss = _rss_mb(srv.proc.pid)
    py_rss = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    for r in rows:
        if r.get("file_export"):
            r["note"] = f"{r.pop('mb')} MB written; no server involved"
            r.pop("file_export")
            r["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
            continue
        r["ratio"] = round(r["throughput"] / base["throughput"], 1)
        r["peak_rss_mb"] = py_rss
        r["server_peak_rss_mb"] = server_rss
        r["note"] = (f"synthetic graph {r['relations']:,} relations + MENTIONS; server ArcadeDB (JVM) peak "
                     f"{server_rss} MB; graphs generated in {gen_s:.1f} s")
        r.pop("database", None)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="10,000 relations instead of 100,000")
    args = ap.parse_args()
    rows = run(quick=args.quick)
    cols = ["stage", "n", "relations", "batch_size", "seconds", "throughput", "ratio", "counts_ok", "peak_rss_mb",
            "server_peak_rss_mb"]
    try:
        from rich.console import Console
        from rich.table import Table

        t = Table(title="evkg Neo4j Bolt export (ArcadeDB server)")
        for c in cols:
            t.add_column(c)
        for r in rows:
            t.add_row(*(f"{r[c]:,}" if isinstance(r.get(c), (int, float)) and not isinstance(r.get(c), bool)
                        else "" if r.get(c) is None else str(r.get(c)) for c in cols))
        Console(width=220).print(t)
    except ImportError:  # pragma: no cover
        for r in rows:
            print({c: r.get(c) for c in cols})


if __name__ == "__main__":
    main()
