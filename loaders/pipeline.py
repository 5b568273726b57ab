"""Pipeline: article files -> extractions, in one process or several.

:func:`extract_files` reads every file, skips articles whose source and content hash are already
known (``skip``), extracts the rest and yields, in file order, one :class:`Outcome` per article or
per unreadable input. Worker processes (``jobs > 1``) build their extractor once; the caller (the
workspace writer) stays single and transactional.

Example:
    >>> from pathlib import Path
    >>> outs = list(extract_files([Path("seeds/articles")]))   # doctest: +SKIP
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from evkg.ontology.errors import ArticleError

from .readers import MAX_BYTES, iter_file
from .types import Article, Extraction


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one article or input: exactly one of the three fields is set.

    ``extraction`` for an extracted article, ``skipped`` for an unchanged article (not re-extracted),
    ``error`` for an unreadable file, JSON line or feed item.
    """

    extraction: Extraction | None = None
    skipped: Article | None = None
    error: ArticleError | None = None


_worker: dict[str, object] = {}


def _init_worker(skip: Mapping[str, str], max_bytes: int, reference: str | None) -> None:
    from .extract import Extractor
    from .reference import load_reference

    _worker["skip"] = skip
    _worker["max_bytes"] = max_bytes
    _worker["extractor"] = Extractor(load_reference(Path(reference)) if reference else None)


def _process_file(path: str) -> list[Outcome]:
    skip: Mapping[str, str] = _worker["skip"]  # type: ignore[assignment]
    extractor = _worker["extractor"]
    out: list[Outcome] = []
    for item in iter_file(path, max_bytes=int(_worker["max_bytes"])):  # type: ignore[arg-type]
        if isinstance(item, ArticleError):
            out.append(Outcome(error=item))
        elif skip.get(item.source) == item.content_hash:
            out.append(Outcome(skipped=item))
        else:
            try:
                out.append(Outcome(extraction=extractor.extract(item)))  # type: ignore[attr-defined]
            except ArticleError as err:
                out.append(Outcome(error=err))
    return out


def extract_files(paths: Iterable[str | os.PathLike[str]], *, skip: Mapping[str, str] | None = None,
                  jobs: int = 1, max_bytes: int = MAX_BYTES, reference: str | os.PathLike[str] | None = None,
                  ) -> Iterator[Outcome]:
    """Read and extract every file of ``paths`` (files, not directories; see ``readers.discover``).

    Args:
        paths: article files, processed and yielded in this order.
        skip: ``{source: content_hash}`` of articles already ingested; those are not re-extracted.
        jobs: worker processes; 1 runs in this process.
        max_bytes: files larger than this are reported as errors.
        reference: reference-data directory (default: the packaged seeds/reference).
    """
    skip = dict(skip or {})
    ref = str(reference) if reference else None
    files = [str(p) for p in paths]
    if jobs <= 1 or len(files) < 2:
        _init_worker(skip, max_bytes, ref)
        try:
            for f in files:
                yield from _process_file(f)
        finally:
            _worker.clear()
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    chunk = max(1, min(64, len(files) // (jobs * 8) or 1))
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(skip, max_bytes, ref)) as pool:
        for outcomes in pool.imap(_process_file, files, chunksize=chunk):
            yield from outcomes
