"""Concurrency: a second `evkg build` on the same workspace waits (--wait) or fails with one clear line.

It never interleaves its writes with the first run's: the articles of the second run all get
ingestion sequence numbers after every article of the first.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.fixtures.reliability import article_rows, integrity, popen_evkg, run_evkg

pytestmark = pytest.mark.timeout(900)


def _wait_for_commit(p, lines: list[str], timeout: float = 300) -> None:
    end = time.monotonic() + timeout
    assert p.stderr is not None
    while time.monotonic() < end:
        line = p.stderr.readline()
        if not line:
            pytest.fail(f"first build ended before committing anything: {lines}")
        lines.append(line.rstrip("\n"))
        if line.startswith("committed "):
            return
    pytest.fail("no commit line from the first build")


def test_second_build_fails_fast_or_waits_never_interleaves(corpus_2000: Path, tmp_path: Path) -> None:
    from tests.data.corpus import write_corpus

    other = tmp_path / "other"
    write_corpus(other, 30, seed=99)
    out = tmp_path / "out"
    ws = out / "evkg.sqlite"

    first = popen_evkg(["build", str(corpus_2000), "--out", str(out), "--quiet", "--log-commits", "--jobs", "1"],
                       cwd=tmp_path)
    lines: list[str] = []
    try:
        _wait_for_commit(first, lines)
        # --wait 0: fails at once, one line, exit code 1
        r = run_evkg(["build", str(other), "--out", str(out), "--wait", "0"], cwd=tmp_path, timeout=120)
        assert first.poll() is None, "the first build finished too early for this test"
        assert r.returncode == 1
        err = r.stderr.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("error: ") and "locked by another evkg run" in err[0], r.stderr
        assert str(ws) in err[0]
        # --wait 600: waits for the first build, then runs
        second = popen_evkg(["build", str(other), "--out", str(out), "--quiet", "--wait", "600"], cwd=tmp_path)
        time.sleep(1.0)
        assert second.poll() is None or first.poll() is not None, "the second build did not wait for the lock"
        assert first.wait(timeout=600) == 0, first.stderr.read() if first.stderr else ""
        first_done = time.monotonic()
        assert second.wait(timeout=600) == 0, second.stderr.read() if second.stderr else ""
        assert time.monotonic() >= first_done
    finally:
        for p in (first,):
            if p.poll() is None:
                p.kill()
                p.wait()
    rows = article_rows(ws, with_seq=True)
    seq_first = [v["article"][0] for s, v in rows.items() if s.startswith(str(corpus_2000.resolve()))]
    seq_second = [v["article"][0] for s, v in rows.items() if s.startswith(str(other.resolve()))]
    assert len(seq_first) == 2000 and len(seq_second) == 30
    assert max(seq_first) < min(seq_second), "the two builds' writes interleaved"
    assert integrity(ws) == "ok"


def test_lock_api_timeout_message(tmp_path: Path) -> None:
    from evkg.graph.workspace import Workspace
    from evkg.ontology.errors import WorkspaceError

    ws = tmp_path / "w.sqlite"
    with Workspace(ws, lock=True):
        with pytest.raises(WorkspaceError, match=r"w\.sqlite: locked by another evkg run \(waited 0\.2 s\)"):
            Workspace(ws, lock=True, lock_timeout=0.2)
        # readers do not need the lock
        with Workspace(ws, create=False) as reader:
            assert reader.max_seq() == 0
    with Workspace(ws, lock=True, lock_timeout=0):  # released on close
        pass


def test_lock_is_released_when_the_holder_is_killed(tmp_path: Path, corpus_2000: Path) -> None:
    """A SIGKILLed build leaves the lock file behind, but not the lock: the next build proceeds at once."""
    out = tmp_path / "out"
    first = popen_evkg(["build", str(corpus_2000), "--out", str(out), "--quiet", "--log-commits"], cwd=tmp_path)
    lines: list[str] = []
    _wait_for_commit(first, lines)
    first.kill()
    first.wait()
    from evkg.graph.workspace import Workspace

    with Workspace(out / "evkg.sqlite", lock=True, lock_timeout=0) as ws:
        assert ws.integrity_check() == "ok"
