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
