"""The benchmark suite (`make bench`): corpus sizes up to ``--n``, every stage, baselines, table, JSON, plot.

For each corpus size (1,000, 10,000 and 100,000 articles, up to ``--n``) it generates the corpus
(cached under ``--out``), then measures the regex-scan floor, ``evkg build --jobs 2`` end to end
with its stage timings, the unchanged re-run, the graph build and every exporter with the rdflib
baseline (:mod:`bench.bench_pipeline`), and extraction throughput single-process and with 2 jobs
with a per-stage breakdown (:mod:`bench.bench_extract`). The other benchmark modules
(``bench.bench_neo4j``, ``bench.bench_rdf``, ``bench.bench_html``) are run when present.

Output: a table on stdout, ``<out>/bench-<n>.json`` and a PNG plot of time and memory against
corpus size (``docs/bench.png`` for runs of 10,000 articles or more, unless ``--plot`` says otherwise).

Example:
    python -m bench.run --n 10000
    python -m bench.run --n 100000 --stages floor,e2e,unchanged,exports
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIZES = (1000, 10_000, 100_000)
STAGES = ("floor", "e2e", "unchanged", "exports", "extract", "others", "scale")
OTHER_MODULES = ("bench.bench_neo4j", "bench.bench_rdf", "bench.bench_html")


def sizes_for(n: int) -> list[int]:
    return sorted({s for s in SIZES if s <= n} | {n})


def _fmt(v: Any, digits: int = 2) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        if v >= 1000:
            return f"{v:,.0f}"
        if v >= 100:
            return f"{v:.0f}"
        return f"{v:.{digits}f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


COLUMNS = ("stage", "n", "seconds", "throughput", "unit", "mb_per_s", "peak_rss_mb", "ratio", "note")


def print_table(rows: list[dict[str, Any]], title: str = "evkg benchmark") -> None:
    """Rows as a table (rich when available)."""
    cells = [[_fmt(r.get(c)) if c != "note" else str(r.get("note") or r.get("error") or "")[:90] for c in COLUMNS]
             for r in rows]
    try:
        from rich.console import Console
        from rich.table import Table

        t = Table(title=title)
        for c in COLUMNS:
            t.add_column(c, justify="left" if c in ("stage", "unit", "note") else "right",
                         overflow="fold", max_width=60 if c == "note" else None)
        for row in cells:
            t.add_row(*row)
        Console(width=200).print(t)
    except ImportError:  # pragma: no cover
        widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(COLUMNS)]
        print("  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths)))
        for row in cells:
            print("  ".join(v.ljust(w) for v, w in zip(row, widths)))


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Headline figures: e2e per size, ratios to the floor, growth ratio, unchanged share, extraction rates."""
    by = {(r["stage"], r["n"]): r for r in rows if r.get("seconds")}
    sizes = sorted({n for (s, n) in by if s == "e2e"})
    out: dict[str, Any] = {"e2e": {}, "floor_ratio": {}, "unchanged_percent": {}}
    for n in sizes:
        e = by[("e2e", n)]
        out["e2e"][n] = {"seconds": e["seconds"], "articles_per_s": e.get("throughput"), "mb_per_s": e.get("mb_per_s"),
                         "peak_rss_mb": e.get("peak_rss_mb"), "tree_rss_mb": e.get("tree_rss_mb"),
                         "tree_pss_mb": e.get("tree_pss_mb")}
        if e.get("ratio"):
            out["floor_ratio"][n] = e["ratio"]
        u = by.get(("unchanged", n))
        if u:
            out["unchanged_percent"][n] = u.get("percent_of_e2e")
    for a, b in zip(sizes, sizes[1:]):
        out[f"time_ratio_{b}_over_{a}"] = by[("e2e", b)]["seconds"] / by[("e2e", a)]["seconds"]
        out[f"size_ratio_{b}_over_{a}"] = b / a
    for r in rows:
        if r["stage"].startswith(("extract:jobs=", "extract-jsonl:jobs=")) and r.get("throughput"):
            out[r["stage"].replace(":", "_")] = {"articles_per_s": r["throughput"], "mb_per_s": r.get("mb_per_s"),
                                                 "articles": r["n"]}
    return out


def estimate_e2e(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """End-to-end time at the scaled size, estimated from measured parts (labelled as an estimate).

    extraction and discovery scale from the largest real e2e run (they are per article), while the
    workspace writes, graph build and exports are the ones measured on the scaled workspace.
    """
    by = {(r["stage"], r["n"]): r for r in rows if r.get("seconds")}
    scaled = [r for r in rows if r["stage"] == "scaled:write" and r.get("seconds")]
    real = sorted(n for (st, n) in by if st == "e2e")
    if not scaled or not real:
        return None
    big, base = scaled[0]["n"], real[-1]
    k = big / base
    parts = {"discover+extract (x%.0f of the %s-article run)" % (k, f"{base:,}"):
             k * sum(by[(st, base)]["seconds"] for st in ("e2e:discover", "e2e:extract") if (st, base) in by)}
    for st in ("scaled:write", "scaled:graph", "scaled:export:json", "scaled:export:rdf", "scaled:export:cypher"):
        if (st, big) in by:
            parts[st] = by[(st, big)]["seconds"]
    return {"n": big, "seconds": sum(parts.values()), "parts": parts,
            "time_ratio_over_real": sum(parts.values()) / by[("e2e", base)]["seconds"], "base_n": base}


def plot(rows: list[dict[str, Any]], path: Path) -> Path | None:
    """Time and peak memory against corpus size (log-log), one line per stage; scaled points hollow."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = ["e2e", "floor", "e2e:extract", "e2e:write", "graph", "export:json", "export:rdf", "export:cypher",
              "export:neo4j-csv", "export:html", "unchanged", "baseline:rdflib"]
    alias = {"e2e:write": "scaled:write"}
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12.5, 5))
    ax1.set_prop_cycle(color=list(plt.cm.tab20.colors))
    drew = False
    for s in series:
        real = sorted((r["n"], r["seconds"]) for r in rows if r["stage"] == s and r.get("seconds"))
        if not real and s.startswith("export:"):  # the build's own export timings
            real = sorted((r["n"], r["seconds"]) for r in rows if r["stage"] == "e2e:" + s and r.get("seconds"))
        syn = sorted((r["n"], r["seconds"]) for r in rows
                     if r["stage"] == alias.get(s, "scaled:" + s) and r.get("seconds"))
        pts = sorted(real + syn)
        if not pts:
            continue
        xs, ys = zip(*pts)
        lw = 2.4 if s == "e2e" else 1.2
        (line,) = ax1.plot(xs, ys, "-o" if s in ("e2e", "floor") else "--.", label=s, linewidth=lw)
        if syn:
            sx, sy = zip(*syn)
            ax1.plot(sx, sy, "o", mfc="none", mec=line.get_color(), ms=8)
        drew = True
    est = estimate_e2e(rows)
    if est:
        ax1.plot([est["n"]], [est["seconds"]], "X", color="black", ms=9, label="e2e estimate (scaled)")
    if not drew:
        plt.close(fig)
        return None
    ax1.set_xscale("log")
    ax1.set_yscale("log")
    ax1.set_xlabel("articles")
    ax1.set_ylabel("seconds (wall)")
    ax1.set_title("time by stage; hollow = replicated (synthetic) workspace")
    ax1.grid(True, which="both", alpha=0.3)
    ax1.legend(fontsize=7, ncol=2, loc="upper left", framealpha=0.7)
    for s, key in (("e2e", "peak_rss_mb"), ("e2e", "tree_pss_mb"), ("graph", "peak_rss_mb"),
                   ("export:rdf", "peak_rss_mb"), ("export:html", "peak_rss_mb"), ("export:cypher", "peak_rss_mb")):
        pts = sorted((r["n"], r[key]) for r in rows
                     if r["stage"] in (s, "scaled:" + s) and r.get(key))
        if pts:
            xs, ys = zip(*pts)
            ax2.plot(xs, ys, "-o", label=f"{s} ({'largest process' if key == 'peak_rss_mb' else 'all processes, PSS'})")
    ax2.axhline(2048, color="red", linestyle=":", linewidth=1, label="2 GB target")
    ax2.set_xscale("log")
    ax2.set_xlabel("articles")
    ax2.set_ylabel("peak RSS (MB)")
    ax2.set_title("peak memory")
    ax2.grid(True, which="both", alpha=0.3)
    ax2.legend(fontsize=7)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _print_summary(summary: dict[str, Any]) -> None:
    for k, v in summary.items():
        if isinstance(v, dict) and v and all(isinstance(x, (int, float)) or x is None for x in v.values()):
            print(f"{k}: " + ", ".join(f"{kk}: {_fmt(vv)}" for kk, vv in v.items()))
        elif not isinstance(v, dict):
            print(f"{k}: {_fmt(v)}")
        elif v:
            print(f"{k}: {json.dumps(v, default=str)}")


def run_others(quick: bool, log: Any = print) -> list[dict[str, Any]]:
    """Rows of the other benchmark modules; an import or run failure becomes an error row."""
    rows: list[dict[str, Any]] = []
    for mod in OTHER_MODULES:
        try:
            m = importlib.import_module(mod)
        except Exception as err:  # noqa: BLE001 - reported, not fatal
            rows.append({"stage": mod.split(".")[-1], "n": None, "seconds": None,
                         "error": f"not run: import failed ({type(err).__name__}: {str(err)[:120]})"})
            continue
        log(f"{mod}.run(quick={quick}) ...")
        try:
            got = m.run(quick=quick)
            for r in got:
                r = dict(r)
                r.setdefault("module", mod)
                rows.append(r)
        except Exception as err:  # noqa: BLE001
            rows.append({"stage": mod.split(".")[-1], "n": None, "seconds": None,
                         "error": f"failed: {type(err).__name__}: {str(err)[:160]}"})
            log(traceback.format_exc(limit=3))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0],
                                 epilog="Example: python -m bench.run --n 100000")
    ap.add_argument("--n", type=int, default=int(os.environ.get("BENCH_N", 10_000)),
                    help="largest corpus (articles); 1k, 10k and 100k up to it are measured")
    ap.add_argument("--stages", default=None,
                    help=f"comma-separated subset of {','.join(STAGES)} (default: all; 'scale' only when --n < 100000)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="results and cached corpora")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--extract-n", type=int, default=10_000, help="articles for the extraction throughput runs")
    ap.add_argument("--rdflib-sample", type=int, default=50_000, help="triples given to rdflib (extrapolated)")
    ap.add_argument("--plot", type=Path, default=None, help="PNG path (default docs/bench.png when --n >= 10000)")
    ap.add_argument("--no-plot", action="store_true")
    ap.add_argument("--sizes", default=None, help="explicit comma-separated corpus sizes (overrides --n's ladder)")
    ap.add_argument("--scale-copies", type=int, default=10,
                    help="with the 'scale' stage: replicate the largest measured workspace this many times and "
                         "time writes, graph build and exports at that size (labelled synthetic)")
    ap.add_argument("--replot", type=Path, default=None,
                    help="re-make the table, summary and plot from an earlier bench-<n>.json, measuring nothing")
    a = ap.parse_args(argv)
    if a.replot:
        data = json.loads(a.replot.read_text(encoding="utf-8"))
        rows = data["rows"]
        data["summary"] = summarise(rows)
        est = estimate_e2e(rows)
        if est:
            data["summary"]["e2e_estimate_scaled"] = est
        a.replot.write_text(json.dumps(data, indent=1, default=str) + "\n", encoding="utf-8")
        print_table(rows, title=f"evkg benchmark (from {a.replot})")
        _print_summary(data["summary"])
        ppath = a.plot or ROOT / "docs" / "bench.png"
        if not a.no_plot and plot(rows, ppath):
            print(f"wrote {ppath}")
        return 0
    if a.n < 1:
        print("error: --n must be at least 1", file=sys.stderr)
        return 1
    if a.stages is None:
        a.stages = ",".join(s for s in STAGES if s != "scale" or a.n < 100_000)
    stages = {s.strip() for s in a.stages.split(",") if s.strip()}
    unknown = stages - set(STAGES)
    if unknown:
        print(f"error: unknown stage(s) {', '.join(sorted(unknown))}; expected {', '.join(STAGES)}", file=sys.stderr)
        return 1
    from .bench_extract import run_corpus
    from .bench_pipeline import run_size
    from .corpus import ensure_corpus

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    a.out.mkdir(parents=True, exist_ok=True)
    # One frozen copy of the reference data for the whole run (corpus, extraction, graph), so edits
    # to seeds/reference during a long run neither mix two versions nor force a rebuild mid-run.
    ref_snapshot = a.out / "reference"
    src_ref = Path(os.environ.get("EVKG_REFERENCE") or ROOT / "seeds" / "reference")
    if (src_ref / "entities.csv").is_file():
        import shutil

        if ref_snapshot.exists():
            shutil.rmtree(ref_snapshot)
        shutil.copytree(src_ref, ref_snapshot)
        os.environ["EVKG_REFERENCE"] = str(ref_snapshot)
    sizes = [int(s) for s in a.sizes.split(",")] if a.sizes else sizes_for(a.n)
    rows: list[dict[str, Any]] = []
    corpora: dict[int, Path] = {}
    t_all = time.perf_counter()
    for n in sizes:
        corpus = a.out / f"corpus-{n}-s{a.seed}"
        t = time.perf_counter()
        man = ensure_corpus(n, corpus, seed=a.seed)
        gen = time.perf_counter() - t
        corpora[n] = corpus
        log(f"corpus {n:,}: {man['files']:,} files, {man['bytes'] / 1e6:.1f} MB"
            f"{' (cached)' if gen < 0.5 * man['seconds'] else f', generated in {gen:.1f} s'}")
        rows.append({"stage": "corpus", "n": n, "seconds": man["seconds"], "throughput": n / man["seconds"],
                     "unit": "articles/s", "mb_per_s": man["bytes"] / 1e6 / man["seconds"],
                     "corpus_mb": man["bytes"] / 1e6, "files": man["files"],
                     "note": f"{man['files']:,} files, {man['bytes'] / 1e6:.0f} MB, "
                             f"{man['text_bytes'] / n / 1024:.1f} KB text/article (generator time)"})
        pipe_stages = stages & {"floor", "e2e", "unchanged", "exports"}
        if pipe_stages:
            log(f"pipeline at {n:,} articles ...")
            rows += run_size(n, corpus, a.out, jobs=a.jobs, corpus_mb=man["bytes"] / 1e6,
                             rdflib_sample=a.rdflib_sample, stages=pipe_stages, log=log)
    if "scale" in stages:
        from .bench_pipeline import scaled_rows

        top = max(sizes)
        ws_path = a.out / f"out-{top}" / "evkg.sqlite"
        if ws_path.exists():
            log(f"scaled stages at {top * a.scale_copies:,} articles (extractions of {top:,} replicated) ...")
            rows += scaled_rows(ws_path, top, a.scale_copies, a.out, rdflib_sample=a.rdflib_sample, log=log)
        else:
            rows.append({"stage": "scaled", "n": top * a.scale_copies, "seconds": None,
                         "error": f"no workspace at {ws_path}: run the e2e stage first"})
    if "extract" in stages:
        xn = min(a.extract_n, max(sizes))
        corpus = corpora.get(xn)
        if corpus is None:
            corpus = a.out / f"corpus-{xn}-s{a.seed}"
            ensure_corpus(xn, corpus, seed=a.seed)
        log(f"extraction throughput on {xn:,} articles ...")
        rows += run_corpus(corpus, xn, sample=min(xn, 1000), jobs=(1, a.jobs), log=log)
    if "others" in stages:
        rows += run_others(quick=a.n < 10_000, log=log)
    summary = summarise(rows)
    est = estimate_e2e(rows)
    if est:
        summary["e2e_estimate_scaled"] = est
    print_table(rows, title=f"evkg benchmark (n up to {max(sizes):,}, --jobs {a.jobs})")
    _print_summary(summary)
    result = {"n": a.n, "sizes": sizes, "jobs": a.jobs, "seed": a.seed, "seconds": time.perf_counter() - t_all,
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                          "load_avg_at_end": os.getloadavg()},
              "summary": summary, "rows": rows}
    jpath = a.out / f"bench-{a.n}.json"
    jpath.write_text(json.dumps(result, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"wrote {jpath}")
    if not a.no_plot:
        ppath = a.plot or (ROOT / "docs" / "bench.png" if a.n >= 10_000 else a.out / f"bench-{a.n}.png")
        if plot(rows, ppath):
            print(f"wrote {ppath}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
