"""The workspace as system of record: article identity, changed articles, removal, atomic derived files."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.fixtures.reliability import article_rows, integrity, popen_evkg, run_evkg

OUTPUTS = {"json": "graph.json", "rdf": "graph.ttl"}

A1 = "CATL supplies battery cells to Tesla. CATL and Tesla signed a supply agreement in Shanghai.\n"
A2 = "Gotion High-Tech supplies battery cells to Volkswagen. Volkswagen invested in Gotion High-Tech.\n"
B = "BYD supplies Blade batteries to Toyota. NIO sources cells from CATL.\n"
C_LINES = ["EVE Energy supplies battery cells to BMW.", "Sunwoda supplies battery cells to Li Auto.",
           "CALB supplies battery cells to GAC Aion."]


def _corpus(d: Path) -> dict[str, Path]:
    d.mkdir(parents=True, exist_ok=True)
    files = {"a": d / "a.txt", "b": d / "b.md", "c": d / "c.jsonl"}
    files["a"].write_text(f"---\ntitle: A\ndate: 2025-01-01\n---\n{A1}")
    files["b"].write_text(f"# B\n\n{B}")
    files["c"].write_text("".join(json.dumps({"title": f"C{i}", "text": t}) + "\n" for i, t in enumerate(C_LINES, 1)))
    old = time.time() - 3600  # files written an hour ago: no "racily clean" re-reads hide a bug
    for p in files.values():
        os.utime(p, (old, old))
    return files


def _expected_rows(source: str, text: str) -> dict[str, list]:
    """The rows the workspace must hold for an article: its own fresh extraction."""
    from evkg.graph.workspace import prepare_extraction
    from evkg.loaders.extract import Extractor
    from evkg.loaders.types import Article

    _, ents, ments, rels, facts = prepare_extraction(Extractor().extract(Article(source=source, text=text)))
    return {t: sorted((tuple(r) for r in rows), key=repr)
            for t, rows in zip(("entities", "mentions", "relations", "facts"), (ents, ments, rels, facts))}


def test_unchanged_is_a_noop_changed_replaces_its_own_rows(tmp_path: Path) -> None:
    from evkg.graph.build import build

    files = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    ws = out / "evkg.sqlite"
    r1 = build([tmp_path / "in"], out=out, outputs=OUTPUTS)
    assert (r1.new, r1.changed, r1.unchanged) == (5, 0, 0)
    before = article_rows(ws, with_seq=True)
    src_a = str(files["a"].resolve())

    r2 = build([tmp_path / "in"], out=out, outputs=OUTPUTS)
    assert (r2.new, r2.changed, r2.unchanged) == (0, 0, 5)
    assert article_rows(ws, with_seq=True) == before, "an unchanged rebuild must not touch a row"

    # whitespace-only edits normalise to the same content hash: still unchanged
    files["a"].write_text(f"---\ntitle: A\ndate: 2025-01-01\n---\n\n{A1.replace(' ', '  ')}\n\n")
    r3 = build([tmp_path / "in"], out=out, outputs=OUTPUTS)
    assert (r3.new, r3.changed, r3.unchanged) == (0, 0, 5)

    # a real edit replaces that article's extraction, and only that
    files["a"].write_text(f"---\ntitle: A\ndate: 2025-01-01\n---\n{A2}")
    r4 = build([tmp_path / "in"], out=out, outputs=OUTPUTS)
    assert (r4.new, r4.changed, r4.unchanged) == (0, 1, 4)
    after = article_rows(ws, with_seq=True)
    assert set(after) == set(before)
    for src in before:
        if src != src_a:
            assert after[src] == before[src], f"{src} was touched by another article's change"
    assert after[src_a]["article"][0] > max(v["article"][0] for v in before.values()), "a changed article gets a new seq"
    got = {t: sorted((tuple(r[1:]) for r in after[src_a][t]), key=repr)
           for t in ("entities", "mentions", "relations", "facts")}
    assert got == _expected_rows(src_a, A2)
    old_rels = {(r[1], r[2], r[3]) for r in before[src_a]["relations"]}
    new_rels = {(r[1], r[2], r[3]) for r in after[src_a]["relations"]}
    assert old_rels, "the first version of a.txt should state relations"
    assert new_rels, "the second version of a.txt should state relations"
    # old relations from a.txt gone from the graph unless another article states them too
    G = json.loads((out / "graph.json").read_text())
    a_id = after[src_a]["article"][1]
    in_graph = {(e["source"], e["key"], e["target"]) for e in G["edges"] if a_id in e["articles"]}
    assert {(s, p, o) for s, p, o in new_rels} <= in_graph | {(o, p, s) for s, p, o in new_rels}
    stale = [e for e in G["edges"] for ev in e["evidence"] if ev["article"] == a_id and "CATL" in ev["text"]]
    assert not stale, "evidence of the old version must be gone"
    assert integrity(ws) == "ok"


def _removal_corpus(tmp_path: Path) -> tuple[dict[str, Path], Path, Path]:
    files = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    from evkg.graph.build import build

    build([tmp_path / "in"], out=out, outputs=OUTPUTS)
    return files, out, out / "evkg.sqlite"


def test_remove_takes_article_and_its_facts_out(tmp_path: Path) -> None:
    files, out, ws = _removal_corpus(tmp_path)
    src_a = str(files["a"].resolve())
    before = article_rows(ws)
    a_id = before[src_a]["article"][0]

    # by relative path, from the corpus folder
    r = run_evkg(["remove", "a.txt", "--workspace", str(ws)], cwd=tmp_path / "in")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "removed 1 article from a.txt"
    after = article_rows(ws)
    assert src_a not in after
    assert {k: v for k, v in before.items() if k != src_a} == after, "other articles untouched"
    import sqlite3

    con = sqlite3.connect(ws)
    for t in ("entities", "mentions", "relations", "facts"):
        orphans = con.execute(f"SELECT COUNT(*) FROM {t} WHERE article_seq NOT IN (SELECT seq FROM articles)").fetchone()
        assert orphans[0] == 0, f"{t} rows left behind"
    con.close()

    # the graph rebuilt from the workspace no longer cites it
    from evkg.graph.build import load_graph

    G = load_graph(ws)
    assert a_id not in G.graph["articles"]
    for _, _, d in G.edges(data=True):
        assert a_id not in d["articles"]
    for _, d in G.nodes(data=True):
        assert a_id not in d["articles"]
        assert all(f["article"] != a_id for f in d["facts"])

    # removing it again is a one-line error
    r = run_evkg(["remove", src_a, "--workspace", str(ws)], cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip() == f"error: {src_a}: no such article in the workspace"


def test_remove_whole_jsonl_file_and_single_line(tmp_path: Path) -> None:
    files, out, ws = _removal_corpus(tmp_path)
    src_c = str(files["c"].resolve())
    r = run_evkg(["remove", f"{src_c}#2", "--workspace", str(ws)], cwd=tmp_path)
    assert r.returncode == 0 and "removed 1 article" in r.stdout
    assert sorted(s for s in article_rows(ws) if s.startswith(src_c)) == [f"{src_c}#1", f"{src_c}#3"]
    r = run_evkg(["remove", src_c, "--workspace", str(ws)], cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.strip() == f"removed 2 articles from {src_c}"
    assert not [s for s in article_rows(ws) if s.startswith(src_c)]


def test_rebuild_after_removing_one_line_reingests_it(tmp_path: Path) -> None:
    """After `remove file#2`, building the same sources again brings that article back, and the
    summary counts match the workspace (the file's recorded state must not hide the missing line)."""
    from evkg.graph.build import build

    files, out, ws = _removal_corpus(tmp_path)
    src_c = str(files["c"].resolve())
    assert run_evkg(["remove", f"{src_c}#2", "--workspace", str(ws)], cwd=tmp_path).returncode == 0
    rep = build([tmp_path / "in"], out=out, outputs=OUTPUTS)
    assert f"{src_c}#2" in article_rows(ws), "the removed line was not read again"
    assert (rep.new, rep.unchanged) == (1, 4)


def test_remove_waits_for_the_lock(tmp_path: Path) -> None:
    from evkg.graph.workspace import Workspace

    files, out, ws = _removal_corpus(tmp_path)
    with Workspace(ws, lock=True):
        r = run_evkg(["remove", str(files["a"]), "--workspace", str(ws)], cwd=tmp_path, timeout=60)
    assert r.returncode == 1 and "locked by another evkg run" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


# -- atomic derived files ------------------------------------------------------------------------------------


def test_failed_export_leaves_old_file_and_no_temp_files(tmp_path: Path) -> None:
    from evkg.graph.export.atomic import atomic_open, write_lines_atomic

    target = tmp_path / "graph.json"
    target.write_text('{"old": true}\n')

    def lines():
        yield '{"new": '
        raise RuntimeError("exporter crashed half way")

    with pytest.raises(RuntimeError, match="half way"):
        write_lines_atomic(target, lines())
    assert target.read_text() == '{"old": true}\n'
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(target) as fh:
            fh.write("partial")
            raise KeyboardInterrupt
    assert target.read_text() == '{"old": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"], "no temp file may remain"


def test_every_exporter_writes_through_a_temp_file(tmp_path: Path, seed_graph) -> None:
    """Each registered exporter replaces its file(s) by rename, never writes in place, and leaves no temp file.

    Writing twice to the same target: a writer that renames a finished temp file over the target
    gives the target a new inode; one that truncates and rewrites it in place (so a reader could see
    half a file) keeps the old inode.
    """
    from evkg.graph.export import EXPORTERS, get_exporter
    from evkg.ontology.errors import ExportError

    names = {"json": "g.json", "rdf": "g.ttl", "cypher": "g.cypher", "neo4j-csv": "csv", "html": "g.html",
             "graphml": "g.graphml"}
    missing = []
    for name in EXPORTERS:
        try:
            write = get_exporter(name)
        except ExportError as err:
            missing.append(f"{name}: {err}")
            continue
        d = tmp_path / name
        d.mkdir()
        target = d / names.get(name, name)
        write(seed_graph, target)
        first = {p: p.stat().st_ino for p in d.rglob("*") if p.is_file()}
        assert first, f"{name} wrote nothing"
        write(seed_graph, target)
        second = {p: p.stat().st_ino for p in d.rglob("*") if p.is_file()}
        assert set(second) == set(first), f"{name}: files differ between two writes (temp files left?)"
        in_place = [p.name for p in first if first[p] == second[p]]
        assert not in_place, f"{name} rewrote {in_place} in place instead of renaming a temp file over it"
    if missing:
        pytest.fail("exporters not loadable yet: " + "; ".join(missing))


def test_readers_never_see_half_a_graph_json(tmp_path: Path) -> None:
    """While a build rewrites graph.json, a reader polling it only ever parses a whole file."""
    from tests.data.corpus import write_corpus

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 400)
    out = tmp_path / "out"
    r = run_evkg(["build", str(corpus), "--out", str(out), "--quiet", "--no-reference"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    target = out / "graph.json"
    reads = 0
    # rebuild with the reference data: a different graph, so graph.json is rewritten
    p = popen_evkg(["build", str(corpus), "--out", str(out), "--quiet"], cwd=tmp_path)
    try:
        while p.poll() is None:
            with open(target, encoding="utf-8") as fh:
                json.load(fh)  # raises on a partial file
            reads += 1
    finally:
        p.wait(timeout=600)
    assert p.returncode == 0, p.stderr.read() if p.stderr else ""
    json.loads(target.read_text())
    assert reads > 0
    assert not [x.name for x in out.iterdir() if x.name.endswith(".tmp")], "temp files left behind"


def test_remove_treats_like_wildcards_literally(tmp_path: Path) -> None:
    """`_` and `%` in a source are not SQL wildcards: removing a_b.jsonl leaves axb.jsonl alone."""
    from evkg.graph.build import build

    d = tmp_path / "in"
    d.mkdir()
    for name in ("a_b.jsonl", "axb.jsonl", "100%.jsonl", "100x.jsonl"):
        (d / name).write_text(json.dumps({"text": f"CATL supplies battery cells to Tesla ({name})."}) + "\n")
    out = tmp_path / "out"
    build([d], out=out, outputs=OUTPUTS)
    from evkg.graph.workspace import Workspace

    with Workspace(out / "evkg.sqlite", lock=True) as ws:
        assert ws.remove(str(d / "a_b.jsonl")) == 1
        assert ws.remove(str(d / "100%.jsonl")) == 1
    left = sorted(Path(s.split("#")[0]).name for s in article_rows(out / "evkg.sqlite"))
    assert left == ["100x.jsonl", "axb.jsonl"]
