"""Pipeline: article files -> extractions, in one process or several.

:func:`extract_files` reads every file, skips articles whose source and content hash are already
known (``skip``), extracts the rest and yields, in file order, one :class:`Outcome` per article or
per unreadable input. :func:`extract_file_outcomes` yields the same outcomes grouped per file.

Worker processes (``jobs > 1``, forked) inherit the extractor built once in the parent; the
caller (the workspace writer) stays single and transactional. To keep the writer light and
memory bounded, a ``prepare`` function can turn each extraction into compact rows *inside the
workers* (:func:`evkg.graph.workspace.prepare_rows`): only those rows, not the article
text, travel back to the parent.

Example:
    >>> from pathlib import Path
    >>> outs = list(extract_files([Path("seeds/articles")]))   # doctest: +SKIP
"""

from __future__ import annotations

import gc
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from evkg.ontology.errors import ArticleError

from .readers import MAX_BYTES, iter_file
from .types import Article, Extraction


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one article or input: exactly one of the fields is set.

    ``extraction`` for an extracted article (``prepared`` instead when a ``prepare`` function was
    given: whatever it returned), ``skipped`` for an unchanged article (not re-extracted), ``error``
    for an unreadable file, JSON line or feed item.
    """

    extraction: Extraction | None = None
    skipped: Article | None = None
    error: ArticleError | None = None
    prepared: Any = None

    def __reduce__(self) -> tuple[Any, ...]:
        # ArticleError's keyword-only constructor does not survive pickling between processes
        err = self.error
        if err is None:
            return (Outcome, (self.extraction, self.skipped, None, self.prepared))
        return (_outcome_with_error, (err.path, err.reason, err.detail, err.line))


def _outcome_with_error(path: str, reason: str, detail: str, line: int | None) -> Outcome:
    return Outcome(error=ArticleError(path, reason, detail, line=line))


def extraction_jsonl(ex: Extraction) -> str:
    """One extraction as its JSON line (no newline): the ``evkg extract --format jsonl`` contract.

    Passed as ``prepare``, it makes the workers serialise, so only the line travels back.
    """
    return json.dumps(ex.to_json(), ensure_ascii=False)


def extractor_fingerprint(reference: str | os.PathLike[str] | None = None) -> str:
    """Hash of what an extraction depends on: the reference data and the loaders' code.

    The workspace stores it; when it changes (a reference entity added, a rule improved), the next
    build re-extracts the articles it reads even if their text is unchanged.
    """
    import hashlib

    from .reference import default_directory

    h = hashlib.sha256()
    ref = Path(reference) if reference else default_directory()
    for name in ("entities.csv", "relations.csv"):
        p = ref / name
        h.update(name.encode())
        h.update(p.read_bytes() if p.is_file() else b"-")
    for p in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:32]


_worker: dict[str, Any] = {}


def _make_extractor(reference: str | None) -> Any:
    from .extract import Extractor
    from .reference import load_reference

    return Extractor(load_reference(Path(reference)) if reference else None)


def _init_worker(skip: Mapping[str, str], max_bytes: int, reference: str | None,
                 prepare: Callable[[Extraction], Any] | None) -> None:
    _worker["skip"] = skip
    _worker["max_bytes"] = max_bytes
    _worker["prepare"] = prepare
    if "extractor" not in _worker:  # inherited from the parent when forked
        _worker["extractor"] = _make_extractor(reference)


def _process_file(path: str) -> tuple[str, list[Outcome]]:
    skip: Mapping[str, str] = _worker["skip"]
    extractor = _worker["extractor"]
    prepare = _worker["prepare"]
    out: list[Outcome] = []
    for item in iter_file(path, max_bytes=int(_worker["max_bytes"])):
        if isinstance(item, ArticleError):
            out.append(Outcome(error=item))
        elif skip.get(item.source) == item.content_hash:
            if prepare is not None:  # the caller only counts it: do not ship the text back
                item = Article(source=item.source, text="", title=item.title, date=item.date, url=item.url,
                               publisher=item.publisher, format=item.format, id=item.id,
                               content_hash=item.content_hash)
            out.append(Outcome(skipped=item))
        else:
            try:
                ex = extractor.extract(item)
            except ArticleError as err:
                out.append(Outcome(error=err))
                continue
            except Exception as err:  # noqa: BLE001 - a fault on one article is reported; the run goes on
                detail = f"extraction failed: {type(err).__name__}: {err}".splitlines()[0]
                out.append(Outcome(error=ArticleError(item.source, "extraction", detail)))
                continue
            out.append(Outcome(prepared=prepare(ex)) if prepare is not None else Outcome(extraction=ex))
    return path, out


def extract_file_outcomes(paths: Iterable[str | os.PathLike[str]], *, skip: Mapping[str, str] | None = None,
                          jobs: int = 1, max_bytes: int = MAX_BYTES, reference: str | os.PathLike[str] | None = None,
                          prepare: Callable[[Extraction], Any] | None = None, pause_gc: bool = False,
                          ) -> Iterator[tuple[str, list[Outcome]]]:
    """Like :func:`extract_files`, but yields ``(path, outcomes of that file)`` per file, in order.

    Args:
        prepare: a module-level function applied to every extraction in the worker; its result
            is returned as ``Outcome.prepared`` (and skipped articles come back without text).
        pause_gc: with worker processes, pause this process's cyclic garbage collector from the
            moment they are started until the last outcome is consumed (the caller's code between
            outcomes included; the workers keep theirs). For a caller that keeps the outcomes'
            many small acyclic containers (rows) alive for a while: each collection would scan
            them all again.
    """
    skip = dict(skip or {})
    ref = str(reference) if reference else None
    files = [str(p) for p in paths]
    if jobs <= 1 or len(files) < 2:
        _worker.clear()
        _init_worker(skip, max_bytes, ref, prepare)
        try:
            for f in files:
                yield _process_file(f)
        finally:
            _worker.clear()
        return
    import multiprocessing as mp

    if hasattr(os, "fork"):
        # Build the extractor (reference data, automaton) once; forked workers share it copy-on-write.
        ctx = mp.get_context("fork")
        _worker.clear()
        _worker["extractor"] = _make_extractor(ref)
    else:  # pragma: no cover - spawn platforms build it in every worker
        ctx = mp.get_context()
    chunk = max(1, min(32, len(files) // (jobs * 16) or 1))
    gc_was_enabled = gc.isenabled()
    try:
        with ctx.Pool(jobs, initializer=_init_worker, initargs=(skip, max_bytes, ref, prepare)) as pool:
            if pause_gc:
                gc.disable()
            yield from pool.imap(_process_file, files, chunksize=chunk)
    finally:
        if gc_was_enabled:
            gc.enable()
        _worker.clear()


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
    for _, outcomes in extract_file_outcomes(paths, skip=skip, jobs=jobs, max_bytes=max_bytes, reference=reference):
        yield from outcomes
