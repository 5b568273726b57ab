"""Derived files written by forked processes (`build --jobs N`): same bytes, clear errors, nothing half written."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from evkg.graph import build as build_mod
from evkg.graph.build import DEFAULT_OUTPUTS, build, share_out, write_outputs, writer_processes
from evkg.graph.cli import app
from evkg.graph.export import EXPORTERS
from evkg.graph.export.atomic import atomic_open
from evkg.ontology.errors import ExportError

from tests.conftest import SEED_ARTICLES

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forked writers need os.fork")

FILES = tuple(DEFAULT_OUTPUTS.values())
_TEST_PID = os.getpid()
HERE = "tests.graph.test_parallel_outputs"


# -- exporters registered by the tests below ---------------------------------------------------------
def write_pid(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Writes the id of the process that wrote the file."""
    with atomic_open(path) as fh:
        fh.write(str(os.getpid()))
    return Path(path)


def write_half_then_fail(G: nx.MultiDiGraph, path: str | Path) -> Path:
    with atomic_open(path) as fh:
        fh.write("half a file")
        raise ExportError(f"{path}: cannot write node {next(iter(G))!r}")


def write_then_die(G: nx.MultiDiGraph, path: str | Path) -> Path:
    with atomic_open(path) as fh:
        fh.write("half a file")
        fh.flush()
        if os.getpid() == _TEST_PID:  # never kill the test runner itself
            raise AssertionError("expected to run in a forked writer")
        os.kill(os.getpid(), signal.SIGKILL)
    return Path(path)


class _TwoArgError(Exception):
    """An exception that does not survive pickling (its constructor needs two arguments)."""

    def __init__(self, what: str, why: str) -> None:
        super().__init__(f"{what}: {why}")


def write_odd_error(G: nx.MultiDiGraph, path: str | Path) -> Path:
    raise _TwoArgError(str(path), "odd failure")


@pytest.fixture()
def extra_exporters(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, func in (("pid", "write_pid"), ("half", "write_half_then_fail"), ("die", "write_then_die"),
                       ("odd", "write_odd_error")):
        monkeypatch.setitem(EXPORTERS, name, f"{HERE}:{func}")


def _read_all(d: Path, names: tuple[str, ...] = FILES) -> dict[str, bytes]:
    return {n: (d / n).read_bytes() for n in names}


def _temps(d: Path) -> list[str]:
    return sorted(p.name for p in d.glob(".*.tmp"))


# -- same bytes ------------------------------------------------------------------------------------
def test_forked_writers_write_the_same_bytes(seed_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    seq, par = tmp_path / "seq", tmp_path / "par"
    t1: dict[str, float] = {}
    t2: dict[str, float] = {}
    assert write_outputs(seed_graph, seq, timings=t1, jobs=1) == {n: seq / f for n, f in DEFAULT_OUTPUTS.items()}
    assert write_outputs(seed_graph, par, timings=t2, jobs=2, memory_budget=None) == {
        n: par / f for n, f in DEFAULT_OUTPUTS.items()}
    assert _read_all(seq) == _read_all(par)
    assert _temps(par) == []
    for t in (t1, t2):  # one time per file, as before, and the whole
        assert [k for k in t if k.startswith("export:")] == [f"export:{n}" for n in DEFAULT_OUTPUTS]
        assert all(v >= 0 for v in t.values()) and "exports" in t


def test_more_jobs_than_files(seed_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    outs = {"json": "graph.json", "rdf": "graph.ttl"}
    write_outputs(seed_graph, tmp_path / "seq", outs, jobs=1)
    write_outputs(seed_graph, tmp_path / "par", outs, jobs=8, memory_budget=None)
    assert _read_all(tmp_path / "seq", tuple(outs.values())) == _read_all(tmp_path / "par", tuple(outs.values()))


def test_build_with_two_jobs_gives_the_files_of_one_job(tmp_path: Path) -> None:
    out = tmp_path / "out"  # one output directory: graph.json names the workspace path
    one = build([SEED_ARTICLES], out=out, jobs=1)
    first = _read_all(out)
    for n in FILES:
        (out / n).unlink()
    two = build([SEED_ARTICLES], out=out, jobs=2, force=True)
    assert _read_all(out) == first
    assert (two.nodes, two.edges, two.facts) == (one.nodes, one.edges, one.facts)
    assert {f"export:{n}" for n in DEFAULT_OUTPUTS} <= set(two.timings)


def test_files_are_shared_between_this_process_and_forked_ones(seed_graph: nx.MultiDiGraph, tmp_path: Path,
                                                                extra_exporters: None) -> None:
    outs = {"pid": "a.pid", "json": "graph.json", "rdf": "graph.ttl"}
    write_outputs(seed_graph, tmp_path, outs, jobs=2, memory_budget=None)
    # "pid" is the cheapest: it is written by the forked process, not by the one holding the graph
    assert int((tmp_path / "a.pid").read_text()) != os.getpid()
    write_outputs(seed_graph, tmp_path, {"pid": "b.pid", "json": "graph.json"}, jobs=1)
    assert int((tmp_path / "b.pid").read_text()) == os.getpid()


def test_memory_budget_limits_the_processes(seed_graph: nx.MultiDiGraph, tmp_path: Path,
                                            extra_exporters: None) -> None:
    assert writer_processes(4, 3, None) == 3
    assert writer_processes(2, 4, 10 * 2**30, resident=2 * 2**30) == 2
    assert writer_processes(2, 4, 2 * 2**30, resident=2 * 2**30) == 1
    # a budget smaller than this process: every file written here, one after another
    write_outputs(seed_graph, tmp_path, {"pid": "a.pid", "json": "graph.json"}, jobs=2, memory_budget=1)
    assert int((tmp_path / "a.pid").read_text()) == os.getpid()


def test_share_out_balances_the_costs() -> None:
    assert share_out(["json", "rdf", "cypher"], 2) == [["rdf"], ["cypher", "json"]]
    assert share_out(["json"], 4) == [["json"]]
    assert sorted(sum(share_out(["a", "b", "c", "json"], 3), [])) == ["a", "b", "c", "json"]


# -- errors ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("cost", "here"), [(7.5, False), (100.0, True)], ids=["in-forked-writer", "in-this-process"])
def test_failing_exporter_gives_its_error_and_the_other_files_are_written(
        seed_graph: nx.MultiDiGraph, tmp_path: Path, extra_exporters: None, monkeypatch: pytest.MonkeyPatch,
        cost: float, here: bool) -> None:
    monkeypatch.setitem(build_mod.EXPORT_COST, "half", cost)
    outs = {"json": "graph.json", "half": "half.txt", "rdf": "graph.ttl", "cypher": "graph.cypher"}
    assert ("half" in share_out(list(outs), 2)[0]) is here  # the first group is written by this process
    with pytest.raises(ExportError, match=r"half\.txt: cannot write node '"):
        write_outputs(seed_graph, tmp_path / "par", outs, jobs=2, memory_budget=None)
    good = ("graph.json", "graph.ttl", "graph.cypher")
    write_outputs(seed_graph, tmp_path / "seq", {k: v for k, v in outs.items() if k != "half"}, jobs=1)
    assert _read_all(tmp_path / "par", good) == _read_all(tmp_path / "seq", good)
    assert not (tmp_path / "par" / "half.txt").exists()
    assert _temps(tmp_path / "par") == []


def test_sequential_path_raises_the_same_error(seed_graph: nx.MultiDiGraph, tmp_path: Path,
                                               extra_exporters: None) -> None:
    with pytest.raises(ExportError, match=r"half\.txt: cannot write node '"):
        write_outputs(seed_graph, tmp_path, {"half": "half.txt"}, jobs=1)


def test_killed_writer_is_reported_with_its_path(seed_graph: nx.MultiDiGraph, tmp_path: Path,
                                                 extra_exporters: None) -> None:
    outs = {"json": "graph.json", "die": "dies.txt"}
    assert share_out(list(outs), 2) == [["json"], ["die"]]
    with pytest.raises(ExportError, match=r"dies\.txt: the process writing it was killed by signal 9"):
        write_outputs(seed_graph, tmp_path, outs, jobs=2, memory_budget=None)
    assert (tmp_path / "graph.json").stat().st_size > 0
    assert not (tmp_path / "dies.txt").exists()
    # SIGKILL cannot be cleaned up after: its hidden temp file stays (removed by a later writer after an hour)
    assert all(name.startswith(".dies.txt.") for name in _temps(tmp_path))


def test_error_that_cannot_cross_processes_keeps_its_type_name_and_message(
        seed_graph: nx.MultiDiGraph, tmp_path: Path, extra_exporters: None) -> None:
    outs = {"json": "graph.json", "odd": "odd.txt"}
    assert share_out(list(outs), 2) == [["json"], ["odd"]]
    with pytest.raises(ExportError, match=r"odd\.txt: the odd exporter failed: .*_TwoArgError: .*odd failure"):
        write_outputs(seed_graph, tmp_path, outs, jobs=2, memory_budget=None)


def test_unknown_exporter_fails_before_any_file_is_written(seed_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    from evkg.ontology.errors import UnknownTermError

    with pytest.raises(UnknownTermError, match="unknown exporter 'nope'"):
        write_outputs(seed_graph, tmp_path, {"json": "graph.json", "nope": "x"}, jobs=2, memory_budget=None)
    assert not (tmp_path / "graph.json").exists()


# -- command line ----------------------------------------------------------------------------------
def test_cli_build_with_two_jobs(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, src)
    out = tmp_path / "out"
    runner = CliRunner()
    r1 = runner.invoke(app, ["build", str(src), "--out", str(out), "--jobs", "1", "--quiet"])
    assert r1.exit_code == 0, r1.output
    first = _read_all(out)
    for n in FILES:
        (out / n).unlink()
    r2 = runner.invoke(app, ["build", str(src), "--out", str(out), "--jobs", "2"])
    assert r2.exit_code == 0, r2.output
    assert _read_all(out) == first
    assert all(f"wrote {out / n}" in " ".join(r2.output.split()) for n in FILES)


def test_cli_build_reports_a_failing_exporter_on_one_line(tmp_path: Path, extra_exporters: None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DEFAULT_OUTPUTS, "half", "half.txt")
    monkeypatch.setitem(build_mod.EXPORT_COST, "half", 7.5)
    assert "half" not in share_out(list(DEFAULT_OUTPUTS), 2)[0]  # written by a forked writer
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["build", str(SEED_ARTICLES), "--out", str(out), "--jobs", "2", "--quiet"])
    assert r.exit_code == 1
    errors = [ln for ln in r.output.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "half.txt: cannot write node" in errors[0], r.output
    assert all((out / n).stat().st_size > 0 for n in FILES)
    assert not (out / "half.txt").exists() and _temps(out) == []
