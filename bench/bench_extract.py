"""Extraction benchmark: articles/s and MB/s of Article -> Extraction, and where the time goes.

- ``extract:jobs=1`` / ``extract:jobs=2``: :func:`evkg.loaders.pipeline.extract_files` over the
  corpus (read, clean, entities, relations, facts; no workspace), each in a fresh subprocess; the
  parent receives every :class:`Extraction` object.
- ``extract-jsonl:jobs=1`` / ``extract-jsonl:jobs=2``: the same articles to JSON lines, as
  ``evkg extract --jobs N`` does it (the workers serialise; only the lines travel back).
- ``extract:read``, ``extract:clean``, ``extract:entities``, ``extract:relations``, ``extract:facts``,
  ``extract:other``: one process over a sample, each stage timed by wrapping the extractor's
  steps (``read`` = file -> Article: decode, HTML/feed/JSON parsing, content hash).

Example:
    python -m bench.bench_extract --n 10000
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable

from .bench_pipeline import _last_json, measure


def child_jsonl(corpus: str, jobs: int) -> None:
    from evkg.loaders.pipeline import extract_file_outcomes, extraction_jsonl
    from evkg.loaders.readers import discover

    files = list(discover([corpus]))
    t0 = time.perf_counter()
    n = errors = size = 0
    for _, outcomes in extract_file_outcomes(files, jobs=jobs, prepare=extraction_jsonl):
        for out in outcomes:
            if out.error is not None:
                errors += 1
            else:
                n += 1
                size += len(out.prepared) + 1
    sec = time.perf_counter() - t0
    print(json.dumps({"articles": n, "errors": errors, "jsonl_chars": size, "seconds": sec}))


def child_throughput(corpus: str, jobs: int, limit: int) -> None:
    from evkg.loaders.pipeline import extract_files
    from evkg.loaders.readers import discover

    files = list(discover([corpus]))
    t0 = time.perf_counter()
    n = chars = errors = rels = facts = 0
    for out in extract_files(files, jobs=jobs):
        if out.extraction is None:
            errors += 1
            continue
        n += 1
        chars += len(out.extraction.article.text)
        rels += len(out.extraction.relations)
        facts += len(out.extraction.facts)
    sec = time.perf_counter() - t0
    print(json.dumps({"articles": n, "chars": chars, "errors": errors, "relations": rels, "facts": facts,
                      "seconds": sec}))


def stage_breakdown(corpus: str | Path, sample: int) -> dict[str, Any]:
    """Per-stage seconds over the first ``sample`` articles of ``corpus``, in this process."""
    from evkg.loaders import extract as xmod
    from evkg.loaders.readers import discover, iter_file

    ex = xmod.Extractor()
    spent: dict[str, float] = {}

    def timed(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[stage] = spent.get(stage, 0.0) + time.perf_counter() - t
        return wrapper

    patched: list[tuple[Any, str, Any]] = []

    def patch(obj: Any, attr: str, stage: str) -> None:
        if hasattr(obj, attr):
            patched.append((obj, attr, getattr(obj, attr)))
            try:
                setattr(obj, attr, timed(stage, getattr(obj, attr)))
            except (AttributeError, TypeError):
                patched.pop()

    patch(xmod, "clean", "clean")
    patch(xmod, "split_sentences", "clean")
    patch(ex.entities, "find", "entities")
    patch(ex.relations, "find", "relations")
    patch(ex.facts, "find", "facts")
    dc = getattr(xmod, "DateContext", None)
    if dc is not None:
        orig_build = dc.build

        class _DC:  # the date context is part of fact extraction (periods)
            build = staticmethod(timed("facts", orig_build))
        patched.append((xmod, "DateContext", dc))
        xmod.DateContext = _DC  # type: ignore[attr-defined]
    n = chars = 0
    t_read = t_extract = 0.0
    try:
        for f in discover([corpus]):
            t = time.perf_counter()
            arts = [a for a in iter_file(f) if not isinstance(a, Exception)]
            t_read += time.perf_counter() - t
            for a in arts:
                t = time.perf_counter()
                ex.extract(a)
                t_extract += time.perf_counter() - t
                n += 1
                chars += len(a.text)
            if n >= sample:
                break
    finally:
        for obj, attr, orig in reversed(patched):
            setattr(obj, attr, orig)
    stages = {"read": t_read, **spent}
    stages["other"] = max(0.0, t_extract - sum(spent.values()))
    return {"articles": n, "chars": chars, "stages": stages, "total": t_read + t_extract}


def run_corpus(corpus: Path, n: int, *, sample: int = 1000, jobs: tuple[int, ...] = (1, 2),
               log: Any = print) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    py = sys.executable
    for j in jobs:
        m = measure([py, "-m", "bench.bench_extract", "child", "--corpus", str(corpus), "--jobs", str(j)])
        if m["returncode"] != 0:
            rows.append({"stage": f"extract:jobs={j}", "n": n, "seconds": None,
                         "error": (m["stderr"].strip().splitlines() or ["?"])[-1]})
            continue
        r = _last_json(m["stdout"])
        sec = r["seconds"]
        rows.append({"stage": f"extract:jobs={j}", "n": r["articles"], "seconds": sec,
                     "throughput": r["articles"] / sec, "unit": "articles/s", "mb_per_s": r["chars"] / 1e6 / sec,
                     "cpu_seconds": m["cpu_seconds"], "peak_rss_mb": m["peak_rss_mb"], "tree_rss_mb": m["tree_rss_mb"],
                     "kb_per_article": r["chars"] / 1024 / max(1, r["articles"]),
                     "note": f"{r['relations']:,} relations, {r['facts']:,} facts (no workspace)"})
        log(f"  extract jobs={j}: {r['articles'] / sec:.0f} articles/s")
    chars = next((r["mb_per_s"] * r["seconds"] * 1e6 for r in rows if r.get("seconds")), 0.0)
    for j in jobs:
        m = measure([py, "-m", "bench.bench_extract", "child-jsonl", "--corpus", str(corpus), "--jobs", str(j)])
        if m["returncode"] != 0:
            rows.append({"stage": f"extract-jsonl:jobs={j}", "n": n, "seconds": None,
                         "error": (m["stderr"].strip().splitlines() or ["?"])[-1]})
            continue
        r = _last_json(m["stdout"])
        sec = r["seconds"]
        rows.append({"stage": f"extract-jsonl:jobs={j}", "n": r["articles"], "seconds": sec,
                     "throughput": r["articles"] / sec, "unit": "articles/s",
                     "mb_per_s": chars / 1e6 / sec if chars else None,
                     "cpu_seconds": m["cpu_seconds"], "peak_rss_mb": m["peak_rss_mb"], "tree_rss_mb": m["tree_rss_mb"],
                     "note": f"{r['jsonl_chars'] / 1e6:,.1f} MB of JSON lines (evkg extract --jobs {j})"})
        log(f"  extract to JSON lines jobs={j}: {r['articles'] / sec:.0f} articles/s")
    b = stage_breakdown(corpus, sample)
    total = b["total"] or 1.0
    for stage, sec in b["stages"].items():
        rows.append({"stage": f"extract:{stage}", "n": b["articles"], "seconds": sec,
                     "throughput": b["articles"] / sec if sec else None, "unit": "articles/s",
                     "mb_per_s": b["chars"] / 1e6 / sec if sec else None, "share": sec / total,
                     "note": f"{100 * sec / total:.0f}% of single-process extraction (sample of {b['articles']:,})"})
    return rows


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Extraction rows on a generated corpus (1,000 articles when quick, else 10,000)."""
    import tempfile

    from .corpus import ensure_corpus

    n = 1000 if quick else 10_000
    with tempfile.TemporaryDirectory(prefix="evkg-bench-x-") as tmp:
        corpus = Path(tmp) / "corpus"
        ensure_corpus(n, corpus)
        return run_corpus(corpus, n, sample=200 if quick else 1000)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("child", "child-jsonl"):
        ap = argparse.ArgumentParser()
        ap.add_argument("cmd")
        ap.add_argument("--corpus", required=True)
        ap.add_argument("--jobs", type=int, default=1)
        ap.add_argument("--limit", type=int, default=0)
        a = ap.parse_args(args)
        if a.cmd == "child-jsonl":
            child_jsonl(a.corpus, a.jobs)
        else:
            child_throughput(a.corpus, a.jobs, a.limit)
        return 0
    ap = argparse.ArgumentParser(prog="python -m bench.bench_extract", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="1,000 articles instead of 10,000")
    a = ap.parse_args(args)
    from .run import print_table

    print_table(run(quick=a.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
