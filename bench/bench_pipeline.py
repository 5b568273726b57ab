"""End-to-end pipeline benchmark: raw files -> workspace -> graph -> derived files.

Every measured command runs in its own fresh subprocess, so its peak RSS is its own:
``peak_rss_mb`` is the largest single process (``ru_maxrss`` from ``os.wait4``: the parent, one
extraction worker or one forked file writer), ``tree_rss_mb`` the largest sampled sum of the RSS of
the process and its children, ``tree_pss_mb`` the largest sampled sum of their proportional set
sizes (PSS). The build's forked file writers (``--jobs`` > 1) share the graph's memory pages with
the parent until they write to them, and each one's RSS counts every shared page, so
``tree_rss_mb`` counts the shared graph once per process; ``tree_pss_mb`` counts each page once
(a page shared by k processes counts 1/k in each) and is the memory the tree really occupies.

Measured per corpus size:

- ``floor``: the regex-scan floor (:func:`bench.baselines.regex_floor`, the best of three scans);
- ``e2e``: ``evkg build CORPUS --out DIR --jobs J`` writing graph.json, graph.ttl and graph.cypher
  (the build's own stage timings are reported as ``e2e:discover``, ``e2e:extract``, ``e2e:write``,
  ``e2e:graph``, ``e2e:export:<name>``);
- ``unchanged``: the same build again with nothing changed;
- ``graph`` and ``export:<name>``: the graph rebuilt from the workspace, then every exporter
  (json, rdf, cypher, neo4j-csv, html) timed on it, each with the peak RSS sampled during it;
  ``baseline:rdflib`` times rdflib on the same triples (a sample, extrapolated).

Example:
    python -m bench.bench_pipeline --n 1000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
E2E_OUTPUTS = {"json": "graph.json", "rdf": "graph.ttl", "cypher": "graph.cypher"}
EXPORTS = {"json": "graph.json", "rdf": "graph.ttl", "cypher": "graph.cypher", "neo4j-csv": "neo4j-csv",
           "html": "graph.html"}


# -------------------------------------------------------------------------------------------------
# measuring a command in a fresh subprocess


def _tree_memory(pid: int) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) over the process and its children; PSS is 0 where it cannot be read."""
    try:
        import psutil

        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
        rss = pss = 0
        for q in procs:
            try:
                m = q.memory_full_info()
                rss += m.rss
                pss += getattr(m, "pss", 0)
            except psutil.AccessDenied:
                try:
                    rss += q.memory_info().rss
                except psutil.Error:
                    pass
            except psutil.Error:
                pass
        return rss, pss
    except Exception:  # noqa: BLE001 - sampling is best effort
        return 0, 0


def measure(cmd: list[str], *, timeout: float | None = None) -> dict[str, Any]:
    """Run ``cmd``; wall seconds, CPU seconds, peak RSS (largest process), peak tree RSS and PSS, plus stdout."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(ROOT))
    peak_tree = peak_pss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_pss
        while not stop.wait(0.1):
            rss, pss = _tree_memory(p.pid)
            peak_tree, peak_pss = max(peak_tree, rss), max(peak_pss, pss)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    readers = [threading.Thread(target=lambda: out_chunks.append(p.stdout.read()), daemon=True),  # type: ignore[union-attr]
               threading.Thread(target=lambda: err_chunks.append(p.stderr.read()), daemon=True)]  # type: ignore[union-attr]
    for r in readers:
        r.start()
    # wait4 gives this child's own resource usage (RUSAGE_CHILDREN would be the max over all children so far)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    for r in readers:
        r.join()
    return {"seconds": wall, "cpu_seconds": ru.ru_utime + ru.ru_stime, "peak_rss_mb": ru.ru_maxrss / 1024,
            "tree_rss_mb": peak_tree / 2**20, "tree_pss_mb": peak_pss / 2**20, "returncode": p.returncode,
            "stdout": b"".join(out_chunks).decode("utf-8", "replace"),
            "stderr": b"".join(err_chunks).decode("utf-8", "replace")}


def _last_json(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError(f"no JSON result in the child's output: {stdout[-500:]!r}")


# -------------------------------------------------------------------------------------------------
# children (run as `python -m bench.bench_pipeline child-... `)


class _RssSampler:
    """Peak RSS of this process during a stage, sampled every 20 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._page = os.sysconf("SC_PAGE_SIZE")
        self._th = threading.Thread(target=self._run, daemon=True)

    def _now(self) -> int:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * self._page

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self._now())

    def __enter__(self) -> "_RssSampler":
        self.peak = self._now()
        self._th.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._th.join()
        self.peak = max(self.peak, self._now())


def available_exporters(names: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """(exporters that load, name -> reason for those that do not)."""
    from evkg.graph.export import get_exporter

    ok, missing = {}, {}
    for name, fn in names.items():
        try:
            get_exporter(name)
            ok[name] = fn
        except Exception as err:  # noqa: BLE001 - reported as unavailable
            missing[name] = str(err).splitlines()[0][:200]
    return ok, missing


def child_build(corpus: str, out: str, jobs: int, outputs: list[str]) -> None:
    from evkg.graph.build import build

    ok, missing = available_exporters({k: E2E_OUTPUTS.get(k, EXPORTS.get(k, k)) for k in outputs})
    t = time.perf_counter()
    rep = build([corpus], out=out, jobs=jobs, outputs=ok)
    sec = time.perf_counter() - t
    print(json.dumps({"seconds": sec, "new": rep.new, "changed": rep.changed, "unchanged": rep.unchanged,
                      "skipped": sum(rep.skipped.values()), "articles": rep.articles_total, "nodes": rep.nodes,
                      "edges": rep.edges, "facts": rep.facts, "graph_unchanged": rep.graph_unchanged,
                      "timings": rep.timings, "outputs": sorted(ok), "unavailable": missing}))


def _count_triples(G: Any) -> int | None:
    try:
        from evkg.graph.export.rdf import count_triples  # type: ignore[attr-defined]

        return int(count_triples(G))
    except Exception:  # noqa: BLE001
        try:
            from evkg.graph.export.rdf import generate_ntriples

            return sum(1 for _ in generate_ntriples(G))
        except Exception:  # noqa: BLE001
            return None


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return path.stat().st_size if path.exists() else 0


class _Timeout(Exception):
    pass


class _time_limit:
    """Interrupt the block after ``seconds`` (SIGALRM; the exporter is stopped, its file left unwritten)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        import signal

        def _raise(*_: Any) -> None:
            raise _Timeout()

        self._old = signal.signal(signal.SIGALRM, _raise)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        import signal

        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self._old)


def child_exports(workspace: str, out: str, rdflib_sample: int, timeout: float = 900.0,
                  only: list[str] | None = None) -> None:
    from evkg.graph.build import load_graph

    res: dict[str, Any] = {"stages": {}}
    c = time.process_time()
    t = time.perf_counter()
    with _RssSampler() as s:
        G = load_graph(workspace)
    res["stages"]["graph"] = {"seconds": time.perf_counter() - t, "cpu_seconds": time.process_time() - c,
                              "peak_rss_mb": s.peak / 2**20}
    res["nodes"], res["edges"] = G.number_of_nodes(), G.number_of_edges()
    res["evidence"] = sum(len(d.get("evidence", ())) for _, _, d in G.edges(data=True))
    res["triples"] = _count_triples(G)
    ok, missing = available_exporters({k: v for k, v in EXPORTS.items() if not only or k in only})
    res["unavailable"] = missing
    from evkg.graph.export import get_exporter

    outp = Path(out)
    outp.mkdir(parents=True, exist_ok=True)
    for name, fn in ok.items():
        path = outp / fn
        c = time.process_time()
        t = time.perf_counter()
        try:
            with _RssSampler() as s, _time_limit(timeout):
                get_exporter(name)(G, path)
        except _Timeout:
            res["stages"][f"export:{name}"] = {"error": f"timed out after {timeout:.0f} s (stopped)"}
            continue
        except Exception as err:  # noqa: BLE001 - one failing exporter must not hide the others
            res["stages"][f"export:{name}"] = {"error": f"{type(err).__name__}: {str(err)[:200]}"}
            continue
        res["stages"][f"export:{name}"] = {"seconds": time.perf_counter() - t, "cpu_seconds": time.process_time() - c,
                                           "peak_rss_mb": s.peak / 2**20, "bytes": _size(path)}
    if res["triples"] and rdflib_sample > 0:
        try:
            from evkg.graph.export.rdf import generate_ntriples

            from .baselines import rdflib_turtle

            with _RssSampler() as s:
                b = rdflib_turtle(generate_ntriples(G), res["triples"], sample=rdflib_sample)
            b["peak_rss_mb"] = s.peak / 2**20
            res["stages"]["baseline:rdflib"] = b
        except Exception as err:  # noqa: BLE001
            res["stages"]["baseline:rdflib"] = {"error": f"{type(err).__name__}: {str(err)[:200]}"}
    print(json.dumps(res))


def child_replicate(src: str, dst: str, copies: int) -> None:
    """Write ``copies`` copies of ``src``'s extractions into a new workspace ``dst`` and time the writes.

    Copy ``j`` gets its own article ids and sources, and its own copies of the entities that are
    not in the reference data (ids and names suffixed), so the graph's long tail grows with the
    copies as a real archive's would; known entities are shared. Extraction is not re-run: this
    measures the stages after it (workspace writes here; graph build and exports on the result).
    """
    from collections import defaultdict

    from evkg.graph.workspace import Workspace

    rows: dict[str, dict[int, list[tuple[Any, ...]]]] = {}
    with Workspace(src, create=False) as ws:
        c = ws.conn
        arts = c.execute("SELECT seq, id, source, content_hash, title, date, url, publisher, format, chars "
                         "FROM articles ORDER BY seq").fetchall()
        known = {r[0] for r in c.execute("SELECT DISTINCT entity_id FROM entities WHERE known=1")}
        for table, cols in (("entities", "entity_id, name, kind, kinds, name_zh, aliases, tickers, known"),
                            ("mentions", 'entity_id, text, start, "end"'),
                            ("relations", 'subject, predicate, object, evidence, start, "end", confidence, status, rule'),
                            ("facts", 'subject, measure, value, unit, period, evidence, start, "end", confidence, rule')):
            d: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
            for r in c.execute(f"SELECT article_seq, {cols} FROM {table} ORDER BY article_seq, rowid"):  # noqa: S608
                d[r[0]].append(r[1:])
            rows[table] = d
    if os.path.exists(dst):
        os.remove(dst)
    t_write = 0.0
    n = 0
    with Workspace(dst, lock=True) as ws:
        for j in range(copies):
            def eid(e: str) -> str:
                return e if j == 0 or e in known else f"{e}-r{j}"

            def nm(e: str, name: str) -> str:
                return name if j == 0 or e in known else f"{name} R{j}"

            batch = []
            for a in arts:
                seq = a[0]
                art = (f"{a[1]}-r{j}", f"{a[2]}~r{j}", *a[3:])
                ents = [(eid(e[0]), nm(e[0], e[1]), *e[2:]) for e in rows["entities"].get(seq, ())]
                ments = [(eid(m[0]), nm(m[0], m[1]), *m[2:]) for m in rows["mentions"].get(seq, ())]
                rels = [(eid(r[0]), r[1], eid(r[2]), *r[3:]) for r in rows["relations"].get(seq, ())]
                facts = [(eid(f[0]), *f[1:]) for f in rows["facts"].get(seq, ())]
                batch.append((art, ents, ments, rels, facts))
                if len(batch) >= 500:
                    t = time.perf_counter()
                    ws.write_batch(batch)
                    t_write += time.perf_counter() - t
                    n += len(batch)
                    batch = []
            if batch:
                t = time.perf_counter()
                ws.write_batch(batch)
                t_write += time.perf_counter() - t
                n += len(batch)
        counts = ws.counts()
    print(json.dumps({"articles": n, "write_seconds": t_write, "counts": counts,
                      "db_mb": os.path.getsize(dst) / 1e6}))


# -------------------------------------------------------------------------------------------------
# the benchmark of one corpus size


#: How many times the regex-scan floor is measured (the fastest counts).
FLOOR_REPEATS = 3


def _row(stage: str, n: int, seconds: float | None, **kw: Any) -> dict[str, Any]:
    r: dict[str, Any] = {"stage": stage, "n": n, "seconds": seconds}
    r.update(kw)
    if seconds and "throughput" not in r and n:
        r["throughput"], r["unit"] = n / seconds, "articles/s"
    return r


def run_size(n: int, corpus: Path, work: Path, *, jobs: int = 2, corpus_mb: float,
             rdflib_sample: int = 200_000, stages: set[str] | None = None,
             log: Any = print) -> list[dict[str, Any]]:
    """All pipeline rows for one corpus size; ``corpus_mb`` is the corpus size on disk (for MB/s)."""
    want = (lambda s: stages is None or s in stages)
    py = sys.executable
    rows: list[dict[str, Any]] = []
    floor_s = None
    if want("floor"):
        # the best of three scans: one scan's wall time varies by half between runs on a shared machine, and the
        # lowest is the fairest floor (it makes every ratio to it the largest)
        runs = [measure([py, "-m", "bench.baselines", "floor", str(corpus)]) for _ in range(FLOOR_REPEATS)]
        m = min((r for r in runs if r["returncode"] == 0), key=lambda r: r["seconds"], default=runs[-1])
        if m["returncode"] == 0:
            f = _last_json(m["stdout"])
            floor_s = m["seconds"]
            rows.append(_row("floor", n, floor_s, cpu_seconds=m["cpu_seconds"], mb_per_s=corpus_mb / floor_s,
                             peak_rss_mb=m["peak_rss_mb"],
                             note=f"regex scan, {f['matches']:,} matches (subprocess, best of {len(runs)})"))
        else:
            rows.append(_row("floor", n, None, error=m["stderr"].strip().splitlines()[-1:]))
        log(f"  floor: {floor_s and round(floor_s, 2)} s")
    out = work / f"out-{n}"
    if want("e2e"):
        if out.exists():
            shutil.rmtree(out)
        cmd = [py, "-m", "bench.bench_pipeline", "child-build", "--corpus", str(corpus), "--out", str(out),
               "--jobs", str(jobs), "--outputs", ",".join(E2E_OUTPUTS)]
        m = measure(cmd)
        if m["returncode"] != 0:
            rows.append(_row("e2e", n, None, error=(m["stderr"].strip().splitlines() or ["?"])[-1]))
            log(f"  e2e failed: {m['stderr'][-800:]}")
            return rows
        b = _last_json(m["stdout"])
        e2e = m["seconds"]
        rows.append(_row("e2e", n, e2e, cpu_seconds=m["cpu_seconds"], mb_per_s=corpus_mb / e2e,
                         peak_rss_mb=m["peak_rss_mb"], tree_rss_mb=m["tree_rss_mb"], tree_pss_mb=m["tree_pss_mb"],
                         baseline="floor" if floor_s else None, ratio=e2e / floor_s if floor_s else None,
                         jobs=jobs, nodes=b["nodes"], edges=b["edges"], facts=b["facts"], outputs=b["outputs"],
                         unavailable=b["unavailable"],
                         note=f"build --jobs {jobs} -> {', '.join(E2E_OUTPUTS[k] for k in b['outputs'])}"))
        for k, v in b["timings"].items():
            extra: dict[str, Any] = {}
            if k.startswith("export:"):
                extra = {"throughput": b["edges"] / v if v else None, "unit": "relationships/s"}
            rows.append(_row("e2e:" + k, n, v, **extra))
        log(f"  e2e: {e2e:.1f} s, peak {m['peak_rss_mb']:.0f} MB (tree PSS {m['tree_pss_mb']:.0f} MB), timings "
            + ", ".join(f"{k} {v:.1f}" for k, v in b["timings"].items()))
        if want("unchanged"):
            m2 = measure(cmd)
            if m2["returncode"] == 0:
                b2 = _last_json(m2["stdout"])
                rows.append(_row("unchanged", n, m2["seconds"], cpu_seconds=m2["cpu_seconds"],
                                 peak_rss_mb=m2["peak_rss_mb"], baseline="e2e", ratio=m2["seconds"] / e2e,
                                 percent_of_e2e=100 * m2["seconds"] / e2e,
                                 note=f"re-run, nothing changed: {b2['unchanged']:,} unchanged, "
                                      f"graph {'skipped' if b2['graph_unchanged'] else 'rebuilt'}"))
                log(f"  unchanged re-run: {m2['seconds']:.2f} s ({100 * m2['seconds'] / e2e:.1f} % of e2e)")
    if want("exports") and (out / "evkg.sqlite").exists():
        rows += export_rows(out / "evkg.sqlite", n, work / f"exports-{n}", rdflib_sample=rdflib_sample, log=log)
    return rows


def export_rows(workspace: Path, n: int, xo: Path, *, rdflib_sample: int, log: Any = print,
                note: str | None = None) -> list[dict[str, Any]]:
    """Rows of the graph build and every exporter on ``workspace``, measured in one fresh subprocess."""
    rows: list[dict[str, Any]] = []
    py = sys.executable
    if xo.exists():
        shutil.rmtree(xo)
    m = measure([py, "-m", "bench.bench_pipeline", "child-exports", "--workspace", str(workspace),
                 "--out", str(xo), "--rdflib-sample", str(rdflib_sample)])
    if m["returncode"] != 0:
        log(f"  exports failed: {m['stderr'][-800:]}")
        return [_row("exports", n, None, error=(m["stderr"].strip().splitlines() or ["?"])[-1])]
    x = _last_json(m["stdout"])
    triples, edges = x.get("triples"), x["edges"]
    ev_rdf = None
    for stage, st in x["stages"].items():
        if "error" in st:
            rows.append(_row(stage, n, None, error=st["error"]))
            continue
        sec = st["seconds"]
        kw: dict[str, Any] = {"peak_rss_mb": st.get("peak_rss_mb"), "cpu_seconds": st.get("cpu_seconds")}
        if st.get("bytes"):
            kw["mb_per_s"] = st["bytes"] / 1e6 / sec if sec else None
            kw["output_mb"] = st["bytes"] / 1e6
        if stage == "export:rdf" and triples:
            kw.update(throughput=triples / sec, unit="triples/s", triples=triples)
            ev_rdf = sec
        elif stage == "baseline:rdflib":
            kw.update(throughput=triples / sec if triples else None, unit="triples/s",
                      note=(f"rdflib parse+serialize of {st['sample_triples']:,} triples"
                            + (f", extrapolated x{st['total_triples'] / st['sample_triples']:.1f}"
                               if st.get("extrapolated") else "")))
            kw["mb_per_s"] = None
        elif stage.startswith("export:"):
            kw.update(throughput=edges / sec if sec else None, unit="relationships/s")
        elif stage == "graph":
            kw.update(nodes=x["nodes"], edges=edges, evidence=x["evidence"],
                      note=f"{x['nodes']:,} nodes, {edges:,} edges, {x['evidence']:,} evidence")
        if note:
            kw["note"] = (kw.get("note", "") + "; " if kw.get("note") else "") + note
            kw["synthetic"] = True
        rows.append(_row(stage, n, sec, **kw))
    for r in rows:
        if r["stage"] == "baseline:rdflib" and ev_rdf and r["seconds"]:
            r["baseline"], r["ratio"] = "export:rdf", r["seconds"] / ev_rdf
            r["note"] += f"; evkg is {r['seconds'] / ev_rdf:.1f}x faster"
    for name, why in x.get("unavailable", {}).items():
        rows.append(_row(f"export:{name}", n, None, error="unavailable: " + why))
    log("  exports: " + ", ".join(f"{k} {v.get('seconds', 0):.1f}s" for k, v in x["stages"].items()))
    return rows


def scaled_rows(src_workspace: Path, n_src: int, copies: int, work: Path, *, rdflib_sample: int,
                log: Any = print) -> list[dict[str, Any]]:
    """Writes, graph build and exports at ``n_src * copies`` articles from replicated extractions."""
    n = n_src * copies
    dst = work / f"scaled-{n}.sqlite"
    note = f"synthetic: extractions of {n_src:,} articles replicated x{copies}"
    m = measure([sys.executable, "-m", "bench.bench_pipeline", "child-replicate", "--src", str(src_workspace),
                 "--dst", str(dst), "--copies", str(copies)])
    if m["returncode"] != 0:
        log(f"  replicate failed: {m['stderr'][-800:]}")
        return [_row("scaled:write", n, None, error=(m["stderr"].strip().splitlines() or ["?"])[-1])]
    r = _last_json(m["stdout"])
    c = r["counts"]
    total_rows = sum(c.values())
    rows = [_row("scaled:write", n, r["write_seconds"], peak_rss_mb=m["peak_rss_mb"], synthetic=True,
                 rows_written=total_rows, db_mb=r["db_mb"],
                 note=f"{note}; {total_rows:,} rows, {total_rows / r['write_seconds']:,.0f} rows/s, "
                      f"workspace {r['db_mb']:.0f} MB")]
    log(f"  scaled write of {n:,} articles: {r['write_seconds']:.1f} s")
    rows += [dict(x, stage="scaled:" + x["stage"]) for x in
             export_rows(dst, n, work / f"scaled-exports-{n}", rdflib_sample=rdflib_sample, log=log, note=note)]
    return rows


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Rows of one corpus size (200 articles when quick, else 1,000), in a temporary directory."""
    import tempfile

    from .corpus import ensure_corpus

    n = 200 if quick else 1000
    with tempfile.TemporaryDirectory(prefix="evkg-bench-") as tmp:
        corpus = Path(tmp) / f"corpus-{n}"
        man = ensure_corpus(n, corpus)
        return run_size(n, corpus, Path(tmp), corpus_mb=man["bytes"] / 1e6, rdflib_sample=20_000)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "child-build":
        ap = argparse.ArgumentParser()
        ap.add_argument("cmd")
        ap.add_argument("--corpus", required=True)
        ap.add_argument("--out", required=True)
        ap.add_argument("--jobs", type=int, default=2)
        ap.add_argument("--outputs", default=",".join(E2E_OUTPUTS))
        a = ap.parse_args(args)
        child_build(a.corpus, a.out, a.jobs, [o for o in a.outputs.split(",") if o])
        return 0
    if args and args[0] == "child-replicate":
        ap = argparse.ArgumentParser()
        ap.add_argument("cmd")
        ap.add_argument("--src", required=True)
        ap.add_argument("--dst", required=True)
        ap.add_argument("--copies", type=int, default=10)
        a = ap.parse_args(args)
        child_replicate(a.src, a.dst, a.copies)
        return 0
    if args and args[0] == "child-exports":
        ap = argparse.ArgumentParser()
        ap.add_argument("cmd")
        ap.add_argument("--workspace", required=True)
        ap.add_argument("--out", required=True)
        ap.add_argument("--rdflib-sample", type=int, default=200_000)
        ap.add_argument("--timeout", type=float, default=900.0, help="seconds per exporter before it is stopped")
        ap.add_argument("--only", default="", help="comma-separated exporter names (default: all)")
        a = ap.parse_args(args)
        child_exports(a.workspace, a.out, a.rdflib_sample, a.timeout, [x for x in a.only.split(",") if x] or None)
        return 0
    ap = argparse.ArgumentParser(prog="python -m bench.bench_pipeline", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args(args)
    from .run import print_table

    rows = run(quick=a.quick) if a.quick or a.n == 1000 else _run_n(a.n)
    print_table(rows)
    return 0


def _run_n(n: int) -> list[dict[str, Any]]:
    import tempfile

    from .corpus import ensure_corpus

    with tempfile.TemporaryDirectory(prefix="evkg-bench-") as tmp:
        corpus = Path(tmp) / f"corpus-{n}"
        man = ensure_corpus(n, corpus)
        return run_size(n, corpus, Path(tmp), corpus_mb=man["bytes"] / 1e6)


if __name__ == "__main__":
    raise SystemExit(main())
