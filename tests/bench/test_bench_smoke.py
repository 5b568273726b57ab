"""The benchmark harness runs end to end on a tiny corpus, so it cannot rot (no timing assertions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.corpus import MANIFEST, generate, iter_files

ROOT = Path(__file__).resolve().parents[2]


def test_corpus_is_deterministic_and_covers_every_format(tmp_path: Path) -> None:
    a = generate(300, tmp_path / "a", seed=3)
    b = generate(300, tmp_path / "b", seed=3)
    assert a.articles == b.articles == 300
    fa, fb = list(iter_files(tmp_path / "a")), list(iter_files(tmp_path / "b"))
    assert [p.relative_to(tmp_path / "a") for p in fa] == [p.relative_to(tmp_path / "b") for p in fb]
    assert all(x.read_bytes() == y.read_bytes() for x, y in zip(fa, fb))
    assert {p.suffix for p in fa} == {".txt", ".md", ".html", ".json", ".jsonl", ".xml"}
    assert (tmp_path / "a" / MANIFEST).is_file()


def test_bench_harness_runs_on_50_articles(tmp_path: Path) -> None:
    out = tmp_path / "results"
    res = subprocess.run([sys.executable, "-m", "bench.run", "--n", "50", "--out", str(out), "--extract-n", "50",
                          "--stages", "floor,e2e,unchanged,exports,extract", "--rdflib-sample", "2000",
                          "--plot", str(tmp_path / "bench.png")],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    data = json.loads((out / "bench-50.json").read_text(encoding="utf-8"))
    stages = {r["stage"]: r for r in data["rows"]}
    for s in ("corpus", "floor", "e2e", "unchanged", "graph", "export:json", "export:rdf", "extract:jobs=1",
              "extract:jobs=2", "extract-jsonl:jobs=2", "extract:entities"):
        assert s in stages, s
    e2e = stages["e2e"]
    assert e2e["seconds"] > 0 and e2e["peak_rss_mb"] > 0 and e2e["ratio"] > 0
    assert stages["unchanged"]["note"].endswith("graph skipped")
    assert stages["extract:jobs=2"]["n"] == 50
    assert stages["extract-jsonl:jobs=2"]["n"] == 50
    assert data["summary"]["e2e"]["50"]["articles_per_s"] > 0
    assert (tmp_path / "bench.png").stat().st_size > 1000
    assert "e2e" in res.stdout
