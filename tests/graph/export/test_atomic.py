"""atomic_open: all or nothing, and the usual file mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from evkg.graph.export.atomic import atomic_open


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "graph.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError, match="boom"):
        with atomic_open(target) as fh:
            fh.write("half a new fi")
            raise RuntimeError("boom")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]


def test_written_files_are_readable_by_others(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        import importlib

        import evkg.graph.export.atomic as atomic

        importlib.reload(atomic)
        with atomic.atomic_open(tmp_path / "graph.ttl") as fh:
            fh.write("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "graph.ttl").stat().st_mode) == 0o644


def test_temp_files_left_by_a_killed_writer_are_cleaned_up(tmp_path: Path) -> None:
    import time

    from evkg.graph.export.atomic import STALE_TEMP_SECONDS

    old = tmp_path / ".graph.json.abc123.tmp"
    fresh = tmp_path / ".graph.json.def456.tmp"
    other = tmp_path / ".graph.ttl.abc123.tmp"
    for p in (old, fresh, other):
        p.write_text("half", encoding="utf-8")
    past = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    with atomic_open(tmp_path / "graph.json") as fh:
        fh.write("{}")
    assert not old.exists()  # stale temp of this target: gone
    assert fresh.exists()  # may belong to a writer still running
    assert other.exists()  # another target's temp is not ours to touch
