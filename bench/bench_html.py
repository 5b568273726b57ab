"""Benchmark: the HTML view of a 5,000-node graph, rendered in Python and drawn in headless Chromium.

Rows:
- ``render_html``: :func:`evkg.graph.export.html.write_html` on ``synthetic_graph(5000, 10000)``
  (1,000 / 2,000 with ``quick``), in a subprocess (peak RSS is its ``ru_maxrss``, graph included);
  ``baseline`` is stock pyvis on a copy of the same graph (``Network.from_nx`` + ``generate_html``
  with ``cdn_resources="in_line"``, a page that still links Bootstrap from a CDN); ``ratio`` =
  pyvis seconds / evkg seconds.
- ``chromium first stable draw``: measured in the page, ``performance.now()`` at the first script
  vs the first draw after ``stabilizationIterationsDone`` (``window.evkgStableMs``); the layout is
  bounded (iterations capped, time budget), so this is what a user waits for.
- ``chromium wall``: selenium ``get`` until the page reports stable (includes reading the file).
- ``kind filter``, ``search``: one click on a kind checkbox (hide ~1/6 of the nodes) and one search
  over every alias, timed in the page once the graph is drawn.

Run: ``python -m bench.bench_html`` (full) or ``python -m bench.bench_html --quick``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import print_rows

ROOT = Path(__file__).resolve().parents[1]
FULL = (5000, 10000)
QUICK = (1000, 2000)

_CHILD = r"""
import copy, json, os, resource, sys, time
sys.path.insert(0, {root!r})
from bench.synth import synthetic_graph
stage, nodes, edges, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
G = synthetic_graph(nodes, edges, seed=7)
t = time.perf_counter()
if stage == "evkg":
    from evkg.graph.export.html import write_html
    write_html(G, out)
    size = os.path.getsize(out)
else:
    from pyvis.network import Network
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(copy.deepcopy(G))  # from_nx changes its input
    html = net.generate_html()
    size = len(html.encode())
sec = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"n": G.number_of_nodes(), "m": G.number_of_edges(), "seconds": sec, "peak_rss_mb": peak,
                  "bytes": size}}))
"""


def _render(stage: str, nodes: int, edges: int, out: Path) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT)), stage, str(nodes), str(edges),
                           str(out)], capture_output=True, text=True, cwd=out.parent)
    if proc.returncode != 0:
        raise RuntimeError(f"{stage} render failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _browser(page: Path, n: int) -> list[dict[str, Any]]:
    from selenium.webdriver.support.ui import WebDriverWait

    sys.path.insert(0, str(ROOT))
    from tests.fixtures.browser import CHROMEDRIVER, CHROMIUM, make_driver

    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        return [{"stage": "chromium first stable draw", "n": n, "seconds": None,
                 "note": f"{CHROMIUM} / {CHROMEDRIVER} missing: apt-get install chromium chromium-driver"}]
    profile = tempfile.mkdtemp(prefix="bench-html-chromium-")
    driver = make_driver(profile)
    try:
        driver.set_page_load_timeout(300)
        t = time.perf_counter()
        driver.get(page.as_uri())
        WebDriverWait(driver, 300).until(lambda d: d.execute_script("return window.evkgStable === true"))
        wall = time.perf_counter() - t
        m = driver.execute_script("""
            var m = window.evkgMarks;
            return {stable: window.evkgStableMs, start: m.start, parsed: m.parsed, network: m.network,
                    stabilized: m.stabilized, drawn: m.drawn, t0: window.evkgT0,
                    iterations: m.iterations || 0,
                    heap: performance.memory ? performance.memory.usedJSHeapSize : null,
                    nodes: evkgNodes.length, edges: evkgEdges.length};""")
        filt = driver.execute_script("""
            var kind = evkg.data.kinds[0].kind, box = document.querySelector('#evkg-kinds input');
            var t = performance.now(); box.click(); var hide = performance.now() - t;
            var visible = evkg.visibleNodeCount();
            t = performance.now(); box.click(); var show = performance.now() - t;
            return {hide: hide, show: show, visible: visible, kind: kind};""")
        search = driver.execute_script("""
            var t = performance.now(), hits = 0;
            var qs = ['ener', 'Motors 4', '6000', 'xin', 'zz'];
            for (var i = 0; i < 10; i++) { hits += evkg.search(qs[i % 5]).length; }
            return {ms: (performance.now() - t) / 10, hits: hits};""")
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    heap = round(m["heap"] / 2**20) if m.get("heap") else None
    note = (f"script start {m['start']:.0f} ms, data parsed {m['parsed']:.0f} ms, network built {m['network']:.0f} ms,"
            f" layout stopped {m['stabilized']:.0f} ms after {m['iterations']} iterations, drawn {m['drawn']:.0f} ms")
    return [
        {"stage": "chromium first stable draw", "n": m["nodes"], "seconds": round(m["stable"] / 1000, 2),
         "throughput": round(m["nodes"] / (m["stable"] / 1000)), "unit": "nodes/s", "js_heap_mb": heap,
         "note": note},
        {"stage": "chromium wall (get -> stable)", "n": m["nodes"], "seconds": round(wall, 2),
         "throughput": round(m["nodes"] / wall), "unit": "nodes/s"},
        {"stage": "kind filter (hide / show)", "n": m["nodes"], "seconds": round(filt["hide"] / 1000, 3),
         "unit": "s per click", "note": f"hide {filt['kind']}: {filt['hide']:.0f} ms, {filt['visible']} visible;"
                                        f" show again: {filt['show']:.0f} ms"},
        {"stage": "search (all aliases)", "n": m["nodes"], "seconds": round(search["ms"] / 1000, 4),
         "unit": "s per query"},
    ]


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Render and draw the big view; rows with stage, n (nodes), seconds, throughput, unit, peak_rss_mb..."""
    nodes, edges = QUICK if quick else FULL
    with tempfile.TemporaryDirectory(prefix="bench-html-") as tmp:
        page = Path(tmp) / "big.html"
        ours = _render("evkg", nodes, edges, page)
        stock = _render("pyvis", nodes, edges, Path(tmp) / "pyvis.html")
        rows: list[dict[str, Any]] = [
            {"stage": "render_html", "n": ours["n"], "seconds": round(ours["seconds"], 2),
             "throughput": round(ours["n"] / ours["seconds"]), "unit": "nodes/s",
             "peak_rss_mb": round(ours["peak_rss_mb"]), "bytes": ours["bytes"], "baseline": "pyvis from_nx",
             "ratio": round(stock["seconds"] / ours["seconds"], 1), "note": f"{ours['m']} edges"},
            {"stage": "pyvis from_nx", "n": stock["n"], "seconds": round(stock["seconds"], 2),
             "throughput": round(stock["n"] / stock["seconds"]), "unit": "nodes/s",
             "peak_rss_mb": round(stock["peak_rss_mb"]), "bytes": stock["bytes"],
             "note": "stock pyvis page: links Bootstrap from a CDN, not offline"},
        ]
        rows += _browser(page, ours["n"])
    return rows


_COLUMNS = ["stage", "n", "seconds", "throughput", "unit", "peak_rss_mb", "js_heap_mb", "bytes", "baseline", "ratio",
           "note"]


def _print(rows: list[dict[str, Any]]) -> None:
    print_rows(rows, _COLUMNS)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1,000 nodes instead of 5,000")
    args = ap.parse_args()
    _print(run(quick=args.quick))
