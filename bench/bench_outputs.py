"""The derived files of one workspace written one after another and in forked processes.

The graph is built once from the workspace; then :func:`evkg.graph.build.write_outputs` writes
graph.json, graph.ttl, graph.cypher and graph.html with ``jobs=1`` (in this process, one after
another) and with ``jobs=J`` (forked writers), alternating, ``--repeat`` times each. Every row
gives the wall time, the CPU time of this process and its writers, and memory sampled every
50 ms over the process tree:

- ``rss_mb``: the sum of the resident sizes. A forked writer's RSS counts every page it shares
  with its parent, so this sum counts the shared graph once per process: it overstates use;
- ``pss_mb``: the sum of the proportional set sizes (a page shared by k processes counts 1/k in
  each): what the tree really occupies;
- ``uss_mb``: the largest unique set size of one writer (pages it alone holds: the pages of the
  graph it wrote to, such as reference counts, and its own buffers).

Each forked run's files are compared byte for byte with the sequential run's.

Example:
    python -m bench.bench_outputs out/evkg.sqlite --jobs 2 --repeat 2
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

OUTPUTS = {"json": "graph.json", "rdf": "graph.ttl", "cypher": "graph.cypher", "html": "graph.html"}


class TreeMemory:
    """Peak memory of this process and its children, sampled every ``interval`` seconds."""

    def __init__(self, interval: float = 0.05) -> None:
        import psutil

        self._psutil = psutil
        self._me = psutil.Process()
        self.interval = interval
        self.rss = self.pss = self.uss_child = self.rss_parent = 0
        self._stop = threading.Event()
        self._th = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        rss = pss = 0
        for p in [self._me, *self._me.children(recursive=True)]:
            try:
                m = p.memory_full_info()
            except self._psutil.Error:  # ended between listing and reading
                continue
            rss += m.rss
            pss += m.pss
            if p.pid == self._me.pid:
                self.rss_parent = max(self.rss_parent, m.rss)
            else:
                self.uss_child = max(self.uss_child, m.uss)
        self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> "TreeMemory":
        self.sample()
        self._th.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._th.join()

    def row(self) -> dict[str, float]:
        mb = 2**20
        return {"rss_mb": round(self.rss / mb), "pss_mb": round(self.pss / mb),
                "parent_rss_mb": round(self.rss_parent / mb), "uss_mb": round(self.uss_child / mb)}


def run(workspace: Path, *, jobs: int = 2, repeat: int = 1, outputs: dict[str, str] | None = None,
        memory_budget: int | None = None, log: Any = print) -> list[dict[str, Any]]:
    """Rows of ``write_outputs`` with jobs=1 and jobs=``jobs`` on the graph of ``workspace``.

    ``memory_budget`` is passed on (the default here, ``None``, forks whatever the graph's size).
    """
    from evkg.graph.build import load_graph, write_outputs, writer_processes

    outs = outputs or OUTPUTS
    t = time.perf_counter()
    G = load_graph(workspace)
    log(f"graph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges in {time.perf_counter() - t:.1f} s")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="evkg-outputs-") as tmp:
        ref = Path(tmp) / "jobs1"
        for i in range(repeat):
            for j in (1, jobs):
                out = Path(tmp) / f"jobs{j}" if i == 0 else Path(tmp) / f"jobs{j}-again"
                shutil.rmtree(out, ignore_errors=True)
                timings: dict[str, float] = {}
                c0, t0 = os.times(), time.perf_counter()
                procs = writer_processes(j, len(outs), memory_budget) if j > 1 else 1
                with TreeMemory() as mem:
                    write_outputs(G, out, outs, timings, jobs=j, memory_budget=memory_budget)
                wall, c1 = time.perf_counter() - t0, os.times()
                cpu = sum(c1[:4]) - sum(c0[:4])
                same = None
                if out != ref:
                    same = all(filecmp.cmp(ref / f, out / f, shallow=False) for f in outs.values())
                row = {"stage": f"outputs:jobs{j}", "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
                       "processes": procs, **mem.row(), "identical": same,
                       **{k: round(v, 2) for k, v in timings.items() if k.startswith("export:")}}
                rows.append(row)
                log(json.dumps(row))
                if out != ref:
                    shutil.rmtree(out)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bench_outputs", description=__doc__.split("\n\n")[0])
    ap.add_argument("workspace", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--outputs", default=",".join(OUTPUTS), help="comma-separated exporter names")
    ap.add_argument("--budget-mb", type=int, default=None,
                    help="memory budget of the forked writers (default: none, always fork)")
    a = ap.parse_args(argv)
    outs = {k: OUTPUTS[k] for k in a.outputs.split(",") if k}
    budget = a.budget_mb * 2**20 if a.budget_mb else None
    rows = run(a.workspace, jobs=a.jobs, repeat=a.repeat, outputs=outs, memory_budget=budget)
    return 0 if all(r["identical"] is not False for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
