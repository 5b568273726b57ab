"""Peak memory of each exporter above the graph it writes (Linux).

Each exporter runs in its own subprocess: the canonical graph is built (from a workspace, as
``evkg build`` does, or synthetic), the cyclic garbage is collected, the process's peak-RSS mark is
reset (``/proc/self/clear_refs``), the exporter writes its file, and the new peak (``VmHWM``) is read.
Rows: ``graph_mb`` (resident size of the built graph), ``build_peak_mb``, ``peak_mb`` (largest resident
size while the exporter ran) and ``added_mb`` (``peak_mb - graph_mb``), CPU seconds, output size and
the first 16 hex digits of the output's sha256 (files of a directory in name order), to compare runs.

A 100,000-article workspace can be made from a 10,000-article one with
``python -m bench.bench_pipeline child-replicate --src 10k.sqlite --dst 100k.sqlite --copies 10``.

Run: ``python -m bench.bench_export_memory --workspace out/evkg.sqlite`` or
``python -m bench.bench_export_memory --synthetic 20000:100000`` (nodes:edges).
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

ROOT = Path(__file__).resolve().parents[1]
EXPORTERS = ("json", "rdf", "cypher", "neo4j-csv", "html")
FILES = {"json": "graph.json", "rdf": "graph.ttl", "cypher": "graph.cypher", "neo4j-csv": "neo4j-csv",
         "html": "graph.html", "graphml": "graph.graphml"}
_COLUMNS = ["stage", "graph_mb", "build_peak_mb", "peak_mb", "added_mb", "cpu_seconds", "output_mb", "sha256"]

_CHILD = r"""
import gc, hashlib, json, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})

def status(key):
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024

source, name, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
if source.startswith("synthetic:"):
    from bench.synth import synthetic_graph
    n, m = source.split(":")[1:]
    G = synthetic_graph(int(n), int(m), seed=7)
else:
    from evkg.graph.build import load_graph
    G = load_graph(source)
gc.collect()
graph_mb, build_peak = status("VmRSS"), status("VmHWM")
from evkg.graph.export import get_exporter
write = get_exporter(name)
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # reset the peak-RSS mark: VmHWM now tells the exporter's peak
t = time.process_time()
path = Path(write(G, out))
cpu = time.process_time() - t
peak = status("VmHWM")
files = [path] if path.is_file() else sorted(p for p in path.iterdir() if p.is_file())
h = hashlib.sha256()
for f in files:
    h.update(f.name.encode())
    with open(f, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
print(json.dumps({{"graph_mb": graph_mb, "build_peak_mb": build_peak, "peak_mb": peak, "cpu_seconds": cpu,
                  "bytes": sum(f.stat().st_size for f in files), "sha256": h.hexdigest()[:16],
                  "nodes": G.number_of_nodes(), "edges": G.number_of_edges()}}))
"""


def measure(source: str, name: str, out_dir: Path) -> dict[str, Any]:
    """One row: ``name`` exporting the graph of ``source`` (a workspace path or ``synthetic:N:M``)."""
    proc = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT)), source, name,
                           str(out_dir / FILES[name])], capture_output=True, text=True)
    if proc.returncode != 0:
        return {"stage": name, "error": (proc.stderr.strip().splitlines() or ["?"])[-1]}
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"stage": name, "nodes": r["nodes"], "edges": r["edges"], "graph_mb": round(r["graph_mb"]),
            "build_peak_mb": round(r["build_peak_mb"]), "peak_mb": round(r["peak_mb"]),
            "added_mb": round(r["peak_mb"] - r["graph_mb"]), "cpu_seconds": round(r["cpu_seconds"], 1),
            "output_mb": round(r["bytes"] / 1e6, 1), "sha256": r["sha256"]}


def run(source: str, exporters: list[str], out: Path | None = None) -> list[dict[str, Any]]:
    """Rows of every exporter in ``exporters`` on the graph of ``source``."""
    with tempfile.TemporaryDirectory(prefix="evkg-bench-memory-") as tmp:
        out_dir = out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        rows = []
        for name in exporters:
            rows.append(measure(source, name, out_dir))
            print(f"  {name}: {rows[-1]}", file=sys.stderr)
        return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--workspace", help="workspace (evkg.sqlite) whose graph is exported")
    src.add_argument("--synthetic", metavar="NODES:EDGES", help="a synthetic graph of this size instead")
    ap.add_argument("--exporters", default=",".join(EXPORTERS), help="comma-separated exporter names")
    ap.add_argument("--out", type=Path, help="keep the written files in this directory")
    args = ap.parse_args()
    source = args.workspace or f"synthetic:{args.synthetic}"
    print_rows(run(source, args.exporters.split(","), args.out), _COLUMNS)


if __name__ == "__main__":
    main()
