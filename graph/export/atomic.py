"""Atomic file writes: readers never see half a file.

Every derived file (graph.json, graph.ttl, graph.cypher, graph.html, CSVs) is written to a
temporary file in the same directory, flushed, fsynced and renamed over the target.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from glob import escape as glob_escape
from pathlib import Path
from typing import IO, Iterable, Iterator


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Mode of written files: what open() would give (0644 under the usual umask 022).
_FILE_MODE = 0o666 & ~_read_umask()


#: A temporary file older than this was left by a writer that was killed (a live one renames it sooner).
STALE_TEMP_SECONDS = 3600


def _remove_stale_temps(target: Path) -> None:
    """Delete temporary siblings of ``target`` left behind by a killed writer."""
    import time

    cutoff = time.time() - STALE_TEMP_SECONDS
    for p in target.parent.glob(f".{glob_escape(target.name)}.*.tmp"):
        try:
            if p.stat().st_mtime < cutoff:
                p.unlink()
        except OSError:
            pass


@contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = "utf-8",
                newline: str | None = "\n") -> Iterator[IO]:
    """Open a temporary sibling of ``path`` for writing; rename it over ``path`` on success.

    On an exception the temporary file is removed and ``path`` is left as it was.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    binary = "b" in mode
    try:
        with os.fdopen(fd, mode, **({} if binary else {"encoding": encoding, "newline": newline})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600 files; derived files get the usual mode (0644 under umask 022)
        os.chmod(tmp, _FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def coalesce(chunks: Iterable[str], limit: int) -> Iterator[str]:
    """``chunks`` joined into pieces of about ``limit`` characters, for fewer and larger writes.

    A chunk of ``limit`` characters or more is passed on by itself (after what was pending), not
    copied into a join.
    """
    buf: list[str] = []
    size = 0
    for c in chunks:
        if len(c) >= limit:
            if buf:
                yield "".join(buf)
                buf.clear()
                size = 0
            yield c
            continue
        buf.append(c)
        size += len(c)
        if size >= limit:
            yield "".join(buf)
            buf.clear()
            size = 0
    if buf:
        yield "".join(buf)


def write_lines_atomic(path: str | os.PathLike[str], lines: Iterator[str]) -> None:
    """Write an iterator of text chunks atomically to ``path``."""
    with atomic_open(path) as fh:
        for line in lines:
            fh.write(line)
