"""`evkg build` end to end on the sample articles: files, summary, incremental re-runs, bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evkg.graph.build import build, load_graph
from evkg.graph.cli import app
from evkg.graph.export.json import read_json
from evkg.graph.workspace import Workspace
from evkg.ontology.errors import InputError
from evkg.ontology.vocab import Rel, label_chain

from tests.conftest import SEED_ARTICLES

FILES = ("graph.json", "graph.ttl", "graph.cypher", "graph.html")


def test_build_writes_the_four_files(seed_build: Path) -> None:
    for name in FILES:
        assert (seed_build / name).stat().st_size > 0, name
    G = read_json(seed_build / "graph.json")
    assert G.number_of_nodes() > 20 and G.number_of_edges() > 10
    assert len(G.graph["articles"]) >= 10


def test_seed_graph_honours_the_contract(seed_graph) -> None:  # type: ignore[no-untyped-def]
    assert "company:catl" in seed_graph
    catl = seed_graph.nodes["company:catl"]
    assert catl["name"] == "CATL" and catl["labels"] == list(label_chain(*catl["kinds"]))
    assert "宁德时代" in [catl["name_zh"], *catl["aliases"]]
    assert catl["articles"] and catl["mention_count"] >= len(catl["articles"])
    for u, v, k, d in seed_graph.edges(keys=True, data=True):
        assert k == d["type"] and k in Rel.__members__
        assert d["mention_count"] == len(d["evidence"]) >= 1
        for ev in d["evidence"]:
            if ev["article"] is not None:  # article evidence (reference relations carry a note instead)
                assert ev["article"] in seed_graph.graph["articles"]
                assert ev["start"] < ev["end"] and ev["text"]
                assert ev["article"] in d["articles"]


def test_compact_records_behave_as_plain_dicts(seed_build: Path) -> None:
    # (the build stores its records in CPython's shared-key form to save memory; nothing else may tell them apart)
    from evkg.graph.build import build_graph

    with Workspace(seed_build / "evkg.sqlite") as ws:
        G = build_graph(ws)
    u, v, k, d = next(iter(G.edges(keys=True, data=True)))
    ev = d["evidence"][0]
    fact = next(f for _, n in G.nodes(data=True) for f in n["facts"])
    art = next(iter(G.graph["articles"].values()))
    for rec in (d, ev, fact, art, G._succ[u][v]):
        assert type(rec) is dict
        assert json.loads(json.dumps(rec, default=str)) == json.loads(json.dumps(dict(rec), default=str))
    assert list(ev) == ["article", "text", "start", "end", "confidence", "rule", "status"]
    ev["note"] = "x"  # (a new key, as an exporter's caller might add)
    assert ev["note"] == "x" and "note" in ev and dict(ev) == {**ev}
    # a second relation type between the same two nodes, then removing both, through networkx
    other = next(r for r in Rel.__members__ if r != k)
    G.add_edge(u, v, key=other, type=other)
    assert set(G[u][v]) == {k, other} and G.has_edge(u, v, key=other)
    G.remove_edge(u, v, key=other)
    for key in list(G[u][v]):
        G.remove_edge(u, v, key=key)
    assert not G.has_edge(u, v) and v not in G._succ[u] and u not in G._pred[v]


def test_evidence_offsets_point_into_the_article_text(seed_graph) -> None:  # type: ignore[no-untyped-def]
    from evkg.loaders.readers import iter_file

    texts = {}
    for meta in seed_graph.graph["articles"].values():
        for a in iter_file(meta["source"].split("#")[0]):
            texts[a.id] = a.text
    checked = 0
    for _, _, d in seed_graph.edges(data=True):
        for ev in d["evidence"]:
            if ev["article"]:
                assert texts[ev["article"]][ev["start"]:ev["end"]] == ev["text"]
                checked += 1
    assert checked > 10


def test_second_build_changes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, src)
    first = build([src], out=tmp_path / "out")
    before = {n: (tmp_path / "out" / n).read_bytes() for n in ("graph.json", "graph.ttl", "graph.cypher")}
    second = build([src], out=tmp_path / "out")
    assert first.new >= 10 and first.unchanged == 0
    assert second.new == 0 and second.changed == 0 and second.unchanged == first.new
    for n, data in before.items():
        assert (tmp_path / "out" / n).read_bytes() == data, n


def test_changed_article_replaces_its_own_extraction(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    a = src / "a.txt"
    b = src / "b.txt"
    a.write_text("CATL supplies battery cells to Tesla for the Model 3.\n", encoding="utf-8")
    b.write_text("CALB supplies batteries to GAC Aion.\n", encoding="utf-8")
    build([src], out=tmp_path / "out", outputs={})
    a.write_text("CATL supplies battery cells to BMW.\n", encoding="utf-8")
    rep = build([src], out=tmp_path / "out", outputs={})
    assert (rep.changed, rep.unchanged) == (1, 1)
    G = load_graph(tmp_path / "out" / "evkg.sqlite", reference=False)
    sup = {(u, v) for u, v, k in G.edges(keys=True) if k == "SUPPLIES"}
    assert ("company:catl", "company:bmw") in sup
    assert ("company:catl", "company:tesla") not in sup
    assert any(u == "company:calb" for u, _ in sup)


def test_remove_takes_the_article_out(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, src)
    build([src], out=tmp_path / "out", outputs={})
    ws_path = tmp_path / "out" / "evkg.sqlite"
    victim = sorted(src.glob("*.txt"))[0]
    res = CliRunner().invoke(app, ["remove", str(victim), "--workspace", str(ws_path)])
    assert res.exit_code == 0, res.output
    with Workspace(ws_path, create=False) as ws:
        sources = {a["source"] for a in ws.articles()}
    assert str(victim.resolve()) not in sources and len(sources) >= 9


def test_missing_path_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no-such-dir: no such file or directory"):
        build([tmp_path / "no-such-dir"], out=tmp_path / "out")
    assert not (tmp_path / "out" / "evkg.sqlite").exists()
    res = subprocess.run([sys.executable, "-m", "evkg.graph", "build", str(tmp_path / "nope"), "--out",
                          str(tmp_path / "out")], capture_output=True, text=True)
    assert res.returncode == 1
    assert res.stderr.strip().splitlines() == [f"error: {tmp_path / 'nope'}: no such file or directory"]


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no article files found"):
        build([tmp_path / "empty"], out=tmp_path / "out")


def test_bad_files_are_warned_and_good_ones_ingested(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    (src / "good.txt").write_text("BYD supplies Blade batteries to Tesla.\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "latin1.txt").write_bytes("Citro\xebn and CATL".encode("latin-1"))
    res = CliRunner().invoke(app, ["build", str(src), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    warnings = [ln for ln in res.output.splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 3
    assert any("empty.txt: empty file" in w for w in warnings)
    assert any("binary.txt: binary file" in w for w in warnings)
    assert any("latin1.txt: not valid UTF-8 (byte 0xeb at offset 5)" in w for w in warnings)
    assert "1 new" in res.output and "3 unreadable" in res.output
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert any(n["id"] == "company:byd" for n in data["nodes"])


def test_strict_makes_bad_input_fatal(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    (src / "a.txt").write_text("NIO delivered 20,000 vehicles in May.\n", encoding="utf-8")
    (src / "b.txt").write_bytes(b"")
    res = CliRunner().invoke(app, ["build", str(src), "--out", str(tmp_path / "out"), "--strict"])
    assert res.exit_code == 1
    assert "error:" in res.output and "b.txt: empty file" in res.output


def test_stats_and_extract_commands(seed_build: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["stats", "--workspace", str(seed_build / "evkg.sqlite"), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["articles"] >= 10 and data["relations"] > 10
    one = sorted(SEED_ARTICLES.glob("*.txt"))[0]
    res = runner.invoke(app, ["extract", str(one), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    line = json.loads(res.output.splitlines()[0])
    assert set(line) >= {"article", "entities", "relations", "facts"}
    ids = {e["id"] for e in line["entities"]}
    assert all(r["subject"] in ids and r["object"] in ids for r in line["relations"])
    assert all(f["subject"] in ids for f in line["facts"])


def test_extract_with_two_jobs_prints_the_same_lines_in_file_order(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, src)
    (src / "zz-empty.txt").write_text("", encoding="utf-8")
    one = subprocess.run([sys.executable, "-m", "evkg.graph", "extract", str(src)], capture_output=True, text=True)
    two = subprocess.run([sys.executable, "-m", "evkg.graph", "extract", str(src), "--jobs", "2"],
                         capture_output=True, text=True)
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    paths = [json.loads(line)["article"]["path"] for line in two.stdout.splitlines()]
    assert len(paths) >= 10 and paths == sorted(paths, key=lambda p: Path(p).name.split("#")[0])
    assert "zz-empty.txt: empty file" in two.stderr


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0
    import typer.main

    group = typer.main.get_command(app)
    paths: list[list[str]] = []
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(cmd, "commands", None)
        if sub:
            paths += [[name, s] for s in sub]
        else:
            paths.append([name])
    assert len(paths) >= 6
    for p in paths:
        res = runner.invoke(app, [*p, "--help"])
        assert res.exit_code == 0, p
        assert "Example" in res.output, f"`evkg {' '.join(p)} --help` has no example"


def test_new_reference_entity_reaches_articles_already_ingested(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ref = tmp_path / "reference"
    shutil.copytree(SEED_ARTICLES.parent / "reference", ref)
    monkeypatch.setenv("EVKG_REFERENCE", str(ref))
    src = tmp_path / "articles"
    src.mkdir()
    (src / "a.txt").write_text("Polar Volt will supply battery cells to Chery from 2026.\n"
                               "CATL supplies Tesla.\n", encoding="utf-8")
    first = build([src], out=tmp_path / "out", outputs={})
    assert first.new == 1
    with (ref / "entities.csv").open("a", encoding="utf-8") as fh:
        fh.write("company:polar-volt,BatteryMaker,,Polar Volt,极地电池,Polar Volt Energy,,,country:china,test\n")
    second = build([src], out=tmp_path / "out", outputs={})
    assert (second.new, second.changed, second.reextracted, second.stale) == (0, 0, 1, 0)
    G = load_graph(tmp_path / "out" / "evkg.sqlite")
    assert G.nodes["company:polar-volt"]["known"] is True
    assert G.nodes["company:polar-volt"]["name_zh"] == "极地电池"
    third = build([src], out=tmp_path / "out", outputs={})
    assert (third.reextracted, third.unchanged) == (0, 1)


def test_named_reference_directory_must_exist(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EVKG_REFERENCE", str(tmp_path / "nowhere"))
    src = tmp_path / "articles"
    src.mkdir()
    (src / "a.txt").write_text("CATL supplies Tesla.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"nowhere/entities.csv: reference entities file not found"):
        build([src], out=tmp_path / "out", outputs={})
