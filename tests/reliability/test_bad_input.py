"""Bad input: one-line warnings naming the path (and line), the run goes on, the summary counts why.

One folder holds good articles next to every kind of bad input the issue lists. The build (Python
API and the real ``evkg`` command) must warn once per bad input, on one line, ingest every good
article, and count what it skipped by reason; ``--strict`` makes the first bad input fatal; a path
that does not exist is an error before anything is ingested.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from evkg.loaders.readers import MAX_BYTES

from tests.fixtures.reliability import run_evkg

OUTPUTS = {"json": "graph.json", "rdf": "graph.ttl"}

GOOD = "CATL supplies battery cells to Tesla. BYD signed a partnership agreement with NIO.\n"
EXPECTED_SKIPS = Counter({"empty": 1, "binary": 1, "encoding": 1, "too-large": 1, "json": 1, "xml": 1})


def make_bad_corpus(d: Path) -> dict[str, Path]:
    """Good files and one file per kind of bad input; returns name -> path."""
    d.mkdir(parents=True, exist_ok=True)
    f: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        f[name] = p

    put("good.txt", f"---\ntitle: Good one\ndate: 2025-01-02\n---\n{GOOD}".encode())
    put("good.md", b"# Good two\n\nGotion High-Tech supplies batteries to Volkswagen.\n")
    put("empty.txt", b"")
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    put("latin1.txt", "Le caf\u00e9 de CATL fournit Tesla.".encode("latin-1"))
    put("utf16.txt", ("\ufeff" + "EVE Energy supplies battery cells to BMW.\n").encode("utf-16-le"))
    big_unit = b"CATL supplies battery cells to Tesla. "
    put("huge.txt", big_unit * (50 * 1024 * 1024 // len(big_unit) + 1))
    filler = ("lorem ipsum dolor sit amet consectetur " * 30_000)[:1_000_000 - 60]
    put("long-line.txt", (filler + " Sunwoda supplies battery cells to Li Auto.").encode())
    put("page.html", b"<html><head><title>Page</title><style>.x{color:red}</style>"
                     b"<script>document.write('CATL supplies battery cells to Xiaomi.')</script></head>"
                     b"<body><article><p>SVOLT supplies battery cells to Great Wall Motor.</p>"
                     b"<script>alert('BYD supplies battery cells to Ford.')</script></article></body></html>")
    lines = [json.dumps({"title": "L1", "text": "CALB supplies battery cells to GAC Aion."}),
             '{"title": "L2", "text": "broken',
             json.dumps({"title": "L3", "text": "Farasis Energy supplies battery cells to Geely."})]
    put("wire.jsonl", ("\n".join(lines) + "\n").encode())
    put("feed.rss", b"HTTP/1.1 404 Not Found\n\nnot xml at all\n")
    sub = d / "sub"
    sub.mkdir(exist_ok=True)
    (sub / "loop").symlink_to(d, target_is_directory=True)   # sub/loop -> d: a directory cycle
    (sub / "self").symlink_to(sub / "self")                  # ELOOP
    return f


GOOD_FILES = ["good.txt", "good.md", "utf16.txt", "long-line.txt", "page.html"]


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    d = tmp_path_factory.mktemp("bad") / "in"
    return d, make_bad_corpus(d)


def _sources(ws_path: Path) -> list[str]:
    from evkg.graph.workspace import Workspace

    with Workspace(ws_path, create=False) as ws:
        return [a["source"] for a in ws.articles()]


def _check_ingested(sources: list[str], files: dict[str, Path]) -> None:
    for name in GOOD_FILES:
        assert str(files[name].resolve()) in sources, f"{name} was not ingested"
    wire = str(files["wire.jsonl"].resolve())
    assert f"{wire}#1" in sources and f"{wire}#3" in sources and f"{wire}#2" not in sources
    for name in ("empty.txt", "binary.txt", "latin1.txt", "huge.txt", "feed.rss"):
        assert str(files[name].resolve()) not in sources
    assert len(sources) == len(set(sources)) == len(GOOD_FILES) + 2, "each file once despite the symlink loop"


def test_build_api_warns_counts_and_goes_on(bad_dir: tuple[Path, dict[str, Path]], tmp_path: Path) -> None:
    from evkg.graph.build import build

    d, files = bad_dir
    rep = build([d], out=tmp_path, outputs=OUTPUTS)
    assert rep.skipped == EXPECTED_SKIPS
    assert rep.new == len(GOOD_FILES) + 2
    assert len(rep.warnings) == sum(EXPECTED_SKIPS.values())
    for w in rep.warnings:
        assert "\n" not in w
    by_file = {Path(w.split(":", 1)[0]).name: w for w in rep.warnings}
    assert set(by_file) == {"empty.txt", "binary.txt", "latin1.txt", "huge.txt", "wire.jsonl", "feed.rss"}
    assert any(w.startswith(f"{files['wire.jsonl']}:2: invalid JSON line") for w in rep.warnings)
    assert f"{MAX_BYTES:,}-byte limit" in by_file["huge.txt"]
    assert "not valid UTF-8" in by_file["latin1.txt"]
    assert "binary file" in by_file["binary.txt"]
    assert "empty file" in by_file["empty.txt"]
    assert "not an RSS or Atom feed" in by_file["feed.rss"]
    _check_ingested(_sources(tmp_path / "evkg.sqlite"), files)

    # scripts and styles were dropped, the article text kept: page.html's entities come from its
    # article text, none from its scripts; the 1 MB line was read and extracted
    page = _mentions(tmp_path / "evkg.sqlite", files["page.html"])
    assert page & {"SVOLT", "Great Wall Motor"}, page
    assert not page & {"Xiaomi", "Ford", "BYD", "CATL"}, page
    assert _mentions(tmp_path / "evkg.sqlite", files["long-line.txt"]) & {"Sunwoda", "Li Auto"}


def _mentions(ws_path: Path, source: Path) -> set[str]:
    """Surface forms of the entities the workspace holds for one article file."""
    from evkg.graph.workspace import Workspace

    with Workspace(ws_path, create=False) as ws:
        rows = ws.conn.execute("SELECT m.text FROM mentions m JOIN articles a ON a.seq = m.article_seq "
                               "WHERE a.source = ?", (str(source.resolve()),)).fetchall()
        rows += ws.conn.execute("SELECT e.name FROM entities e JOIN articles a ON a.seq = e.article_seq "
                                "WHERE a.source = ?", (str(source.resolve()),)).fetchall()
    return {r[0] for r in rows}


@pytest.mark.timeout(120)
def test_one_megabyte_line_extracts_in_linear_time() -> None:
    """A 1 MB single line goes through extraction (the timeout guards against quadratic blow-up)."""
    from evkg.loaders.extract import Extractor
    from evkg.loaders.types import Article

    filler = ("lorem ipsum dolor sit amet consectetur " * 30_000)[:1_000_000]
    text = filler + " CATL supplies battery cells to Tesla."
    ex = Extractor().extract(Article(source="mem://long", text=text))
    assert ex.article.text == text
    assert all(0 <= m.start <= m.end <= len(text) for m in ex.mentions)
    assert any(m.start > 999_000 for m in ex.mentions), "the end of the line was read"
    dense = ("CATL supplies battery cells to Tesla, " * 27_000)[:1_000_000]
    ex = Extractor().extract(Article(source="mem://dense", text=dense))
    assert all(0 <= r.start <= r.end <= len(dense) for r in ex.relations)
    # sentences glued together on one line ("cars.Tesla"): the cleaner splits each joint
    glued = ("BYD sold more cars.Tesla sold fewer cars.NIO sold some " * 20_000)[:1_000_000]
    ex = Extractor().extract(Article(source="mem://glued", text=glued))
    assert all(0 <= m.start <= m.end <= len(glued) for m in ex.mentions)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_evkg(args, cwd=cwd, timeout=300)


def test_cli_warns_one_line_each_and_prints_skip_summary(bad_dir: tuple[Path, dict[str, Path]],
                                                         tmp_path: Path) -> None:
    d, files = bad_dir
    out = tmp_path / "out"
    r = _run(["build", str(d), "--out", str(out), "--quiet"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    warnings = [ln for ln in r.stderr.splitlines() if ln.startswith("warning: ")]
    assert len(warnings) == sum(EXPECTED_SKIPS.values()), r.stderr
    assert f"warning: {files['wire.jsonl']}:2: invalid JSON line" in r.stderr
    assert f"warning: {files['huge.txt']}: file of" in r.stderr and f"{MAX_BYTES:,}-byte limit" in r.stderr
    for name in ("empty.txt", "binary.txt", "latin1.txt", "huge.txt", "wire.jsonl", "feed.rss"):
        said = [ln for ln in r.stderr.splitlines() if str(files[name]) in ln]
        assert len(said) == 1, f"{name} must be reported on exactly one line, got {said}"
    _check_ingested(_sources(out / "evkg.sqlite"), files)

    # without --quiet the summary counts what was skipped and why (a second run: all unchanged)
    r2 = _run(["build", str(d), "--out", str(out)], cwd=tmp_path)
    assert r2.returncode == 0, r2.stderr
    assert "6 unreadable (1 binary, 1 empty, 1 encoding, 1 json, 1 too-large, 1 xml)" in r2.stdout, r2.stdout
    assert f"0 new, 0 changed, {len(GOOD_FILES) + 2} unchanged" in r2.stdout


def test_cli_strict_makes_bad_input_fatal(bad_dir: tuple[Path, dict[str, Path]], tmp_path: Path) -> None:
    d, _ = bad_dir
    out = tmp_path / "out"
    r = _run(["build", str(d), "--out", str(out), "--strict", "--quiet"], cwd=tmp_path)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(d) in lines[0], r.stderr
    assert "Traceback" not in r.stderr
    assert not (out / "graph.json").exists()


def test_api_strict_raises_article_error(bad_dir: tuple[Path, dict[str, Path]], tmp_path: Path) -> None:
    from evkg.graph.build import build
    from evkg.ontology.errors import ArticleError

    d, _ = bad_dir
    with pytest.raises(ArticleError, match=r"(binary file|empty file|not valid UTF-8|exceeds|invalid JSON|RSS)"):
        build([d], out=tmp_path, outputs=OUTPUTS, strict=True)


def test_missing_path_is_an_error_and_ingests_nothing(bad_dir: tuple[Path, dict[str, Path]], tmp_path: Path) -> None:
    from evkg.graph.build import build
    from evkg.ontology.errors import InputError

    d, _ = bad_dir
    missing = tmp_path / "no-such-dir"
    out = tmp_path / "out"
    r = _run(["build", str(d), str(missing), "--out", str(out)], cwd=tmp_path)
    assert r.returncode != 0
    assert r.stderr.strip() == f"error: {missing}: no such file or directory", r.stderr
    assert not (out / "evkg.sqlite").exists(), "nothing may be ingested when a source is missing"
    with pytest.raises(InputError, match="no-such-dir: no such file or directory"):
        build([d, missing], out=out, outputs=OUTPUTS)
    assert not (out / "evkg.sqlite").exists()


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    r = _run(["build", str(tmp_path / "empty"), "--out", str(tmp_path / "out")], cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip().startswith("error: ") and "no article files found" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_hostile_file_names(tmp_path: Path) -> None:
    """File names with a newline, an RTL override or bytes that are not UTF-8: warnings stay one line,
    good articles in such files are ingested, nothing crashes."""
    d = tmp_path / "in"
    d.mkdir()
    raw = os.fsencode(d)
    with open(raw + b"/caf\xe9.txt", "wb") as fh:                         # not UTF-8
        fh.write(b"CATL supplies battery cells to Tesla.\n")
    (d / "evil\nname.txt").write_bytes(b"")                               # newline in the name, empty
    (d / "rtl\u202etxt.md").write_bytes(b"\x00\x01binary")                # RTL override, binary
    (d / "ok.txt").write_text("BYD supplies battery cells to NIO.\n")
    out = tmp_path / "out"
    r = _run(["build", str(d), "--out", str(out), "--quiet"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2 and all(ln.startswith("warning: ") for ln in lines), r.stderr
    assert any("evil\\x0aname.txt: empty file" in ln for ln in lines)
    assert any("rtl\\u202etxt.md: binary file" in ln for ln in lines)
    sources = sorted(Path(s).name for s in _sources(out / "evkg.sqlite"))
    assert sources == ["caf\ufffd.txt", "ok.txt"]
    r2 = _run(["build", str(d), "--out", str(out), "--quiet"], cwd=tmp_path)  # and again: still fine
    assert r2.returncode == 0, r2.stderr
    # `evkg remove` with the same (non-UTF-8) name finds the article
    r3 = _run(["remove", os.fsdecode(raw + b"/caf\xe9.txt"), "--workspace", str(out / "evkg.sqlite")], cwd=tmp_path)
    assert r3.returncode == 0 and "removed 1 article" in r3.stdout, r3.stderr
    assert sorted(Path(s).name for s in _sources(out / "evkg.sqlite")) == ["ok.txt"]


def test_an_extractor_fault_on_one_article_is_reported_and_the_run_goes_on(tmp_path: Path, monkeypatch) -> None:
    """A bug the extractor hits on one article costs that article only: one warning naming it, the rest ingested."""
    from evkg.graph.build import build
    from evkg.loaders.extract import Extractor

    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("CATL supplies batteries to Tesla. BYD sold 300,000 cars in May.\n", encoding="utf-8")
    (d / "trips.txt").write_text("Sunwoda supplies cells to Li Auto. FAULT-HERE\n", encoding="utf-8")
    real = Extractor.extract

    def faulty(self, article):
        if "FAULT-HERE" in article.text:
            raise ZeroDivisionError("division by zero\nsecond line")
        return real(self, article)

    monkeypatch.setattr(Extractor, "extract", faulty)
    rep = build([d], out=tmp_path / "out", outputs={"json": "graph.json"})
    assert rep.new == 1
    assert len(rep.warnings) == 1
    w = rep.warnings[0]
    assert w.startswith(str(d / "trips.txt")) and "ZeroDivisionError: division by zero" in w and "\n" not in w
    assert _mentions(tmp_path / "out" / "evkg.sqlite", d / "good.txt") >= {"CATL", "Tesla"}
