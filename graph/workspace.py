"""The workspace: one SQLite file that is the system of record.

It holds the ingested articles (id, source, content hash, metadata, ingestion sequence), each
article's extraction (entities as the article knows them, mentions, relations, facts), and small
markers such as the last ingestion sequence pushed to a Neo4j server. The canonical graph is
always rebuilt from it (:func:`evkg.graph.build.build_graph`).

Guarantees:

- an article is identified by its source plus the hash of its normalised text: re-ingesting an
  unchanged article is a no-op; a changed one replaces its own extraction in one transaction;
- every write is a transaction (:meth:`Workspace.write_batch` commits a batch of articles at once,
  or none of them); the file is in WAL mode, so a killed process leaves a consistent database;
- a writer holds an exclusive file lock (``<workspace>.lock``): a second ``evkg build`` on the same
  workspace waits up to ``lock_timeout`` seconds, then fails with a clear message.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from evkg.loaders.types import Article, Extraction
from evkg.ontology.errors import WorkspaceError

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT, date TEXT, url TEXT, publisher TEXT, format TEXT,
    chars INTEGER NOT NULL,
    ingested_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    entity_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, kinds TEXT NOT NULL,
    name_zh TEXT, aliases TEXT NOT NULL, tickers TEXT NOT NULL, known INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    entity_id TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS relations (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL, evidence TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, confidence REAL NOT NULL, status TEXT NOT NULL, rule TEXT
);
CREATE TABLE IF NOT EXISTS facts (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    subject TEXT NOT NULL, measure TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL, period TEXT,
    evidence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, confidence REAL NOT NULL, rule TEXT
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_seq);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_seq);
CREATE INDEX IF NOT EXISTS relations_article ON relations(article_seq);
CREATE INDEX IF NOT EXISTS facts_article ON facts(article_seq);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, articles INTEGER NOT NULL,
    checked_ns INTEGER NOT NULL
);
"""

#: A file whose modification time is this close to (or after) the moment it was recorded is
#: "racily clean" (it may have changed within the same timestamp tick): it is always re-read.
RACY_NS = 2_000_000_000


#: An extraction as plain rows (see :func:`prepare_extraction`): (article row, entity rows,
#: mention rows, relation rows, fact rows); the extraction rows lack the leading article seq.
Prepared = tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]],
                 list[tuple[Any, ...]]]
#: The same rows as :func:`prepare_rows` makes them for :meth:`Workspace.write_rows`: each extraction
#: row is a list whose first cell, the article seq, is a placeholder filled in when it is written.
PreparedRows = tuple[tuple[Any, ...], list[list[Any]], list[list[Any]], list[list[Any]], list[list[Any]]]


#: JSON cells of entity rows by the tuple they encode, one cache per encoding: entities' kinds, aliases
#: and tickers recur across articles (a few thousand distinct tuples for 100,000s of rows). Each is
#: cleared when it reaches :data:`_JSON_CACHE_SIZE` entries, keeping a worker's memory bounded.
_ASCII_JSON: dict[Any, str] = {}
_UTF8_JSON: dict[Any, str] = {}
_JSON_CACHE_SIZE = 20_000


def _json_cell(values: Any, cache: dict[Any, str], ensure_ascii: bool) -> str:
    """``json.dumps(list(values), ensure_ascii=ensure_ascii)``, remembered for tuples of strings."""
    try:
        cell = cache.get(values)
    except TypeError:  # not hashable
        return json.dumps(list(values), ensure_ascii=ensure_ascii)
    if cell is None:
        cell = json.dumps(list(values), ensure_ascii=ensure_ascii)
        # only tuples of str: a tuple equal to a cached one then encodes to the same text
        if type(values) is tuple and all(type(v) is str for v in values):
            if len(cache) >= _JSON_CACHE_SIZE:
                cache.clear()
            cache[values] = cell
    return cell


def prepare_extraction(ex: Extraction) -> Prepared:
    """The rows :meth:`Workspace.write_batch` stores for ``ex``, without the article text."""
    art, *tables = prepare_rows(ex)
    return (art, *([tuple(r[1:]) for r in rows] for rows in tables))  # type: ignore[return-value]


def prepare_rows(ex: Extraction) -> PreparedRows:
    """The rows of ``ex`` as :meth:`Workspace.write_rows` takes them, without the article text.

    Ingestion workers call this, so only compact rows (no text, no dataclasses) travel to the
    single writer process, which stores them without building them again.
    """
    a = ex.article
    ascii_cache, utf8_cache, cell = _ASCII_JSON, _UTF8_JSON, _json_cell
    return (
        (a.id, a.source, a.content_hash, a.title, a.date, a.url, a.publisher, a.format, len(a.text)),
        [[0, e.id, e.name, e.kind, cell(e.kinds, ascii_cache, True), e.name_zh, cell(e.aliases, utf8_cache, False),
          cell(e.tickers, ascii_cache, True), int(e.known)] for e in ex.entities],
        [[0, m.entity_id, m.text, m.start, m.end] for m in ex.mentions],
        [[0, r.subject, r.predicate, r.object, r.evidence, r.start, r.end, r.confidence, r.status, r.rule]
         for r in ex.relations],
        [[0, f.subject, f.measure, f.value, f.unit, f.period, f.evidence, f.start, f.end, f.confidence, f.rule]
         for f in ex.facts],
    )


@dataclass(frozen=True, slots=True)
class FileState:
    """What the workspace recorded about an article file after ingesting all of it."""

    path: str
    size: int
    mtime_ns: int
    articles: int
    checked_ns: int

    def unchanged(self, st: os.stat_result) -> bool:
        """True if ``st`` (a fresh ``os.stat``) shows the file as it was, and the record is not racy."""
        return (st.st_size == self.size and st.st_mtime_ns == self.mtime_ns
                and self.mtime_ns < self.checked_ns - RACY_NS)


@dataclass(frozen=True, slots=True)
class WriteResult:
    """Outcome of writing one article: ``new``, ``changed`` (replaced) or ``unchanged`` (skipped)."""

    article_id: str
    source: str
    status: str
    seq: int


class Workspace:
    """An evkg workspace (SQLite file). Use as a context manager.

    Args:
        path: the SQLite file (created with its directory unless ``create`` is False).
        create: create the file if missing; otherwise a missing file raises WorkspaceError.
        lock: take the writer lock (needed to ingest or remove articles).
        lock_timeout: seconds to wait for another writer before failing.
    """

    def __init__(self, path: str | Path, *, create: bool = True, lock: bool = False,
                 lock_timeout: float = 5.0) -> None:
        self.path = Path(path)
        self._lock = None
        if not self.path.exists():
            if not create:
                raise WorkspaceError(f"{self.path}: no workspace here; run `evkg build` first")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if lock:
            self._acquire(lock_timeout)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            if lock:  # the writer: a larger page cache saves ~10% on bulk inserts into big workspaces
                self.conn.execute("PRAGMA cache_size=-65536")
            self.conn.executescript(_SCHEMA)
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                self.conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif row[0] != SCHEMA_VERSION:
                raise WorkspaceError(f"{self.path}: workspace schema {row[0]}, this evkg reads {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as err:
            self._release()
            raise WorkspaceError(f"{self.path}: not an evkg workspace ({err})") from err

    # -- locking ---------------------------------------------------------------------------------
    def _acquire(self, timeout: float) -> None:
        from filelock import FileLock, Timeout

        lock = FileLock(str(self.path) + ".lock")
        try:
            lock.acquire(timeout=timeout)
        except Timeout as err:
            raise WorkspaceError(f"{self.path}: locked by another evkg run (waited {timeout:g} s); "
                                 "try again when it has finished") from err
        self._lock = lock

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Close the database and release the writer lock."""
        try:
            self.conn.close()
        finally:
            self._release()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------------------
    def known_hashes(self) -> dict[str, str]:
        """``{source: content_hash}`` of every ingested article."""
        return dict(self.conn.execute("SELECT source, content_hash FROM articles"))

    def status(self, article: Article) -> str:
        """``new``, ``unchanged`` or ``changed`` for an article about to be ingested."""
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id=?", (article.id,)).fetchone()
        if row is None:
            return "new"
        return "unchanged" if row[0] == article.content_hash else "changed"

    def articles(self) -> list[dict[str, Any]]:
        """Every ingested article's metadata, by ingestion sequence."""
        cur = self.conn.execute("SELECT seq, id, source, content_hash, title, date, url, publisher, format, chars, "
                                "ingested_at FROM articles ORDER BY seq")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur]

    def count_articles(self, *, max_seq: int | None = None) -> int:
        """Number of articles (with ``seq <= max_seq`` when given)."""
        if max_seq is None:
            return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        return int(self.conn.execute("SELECT COUNT(*) FROM articles WHERE seq <= ?", (max_seq,)).fetchone()[0])

    def max_seq(self) -> int:
        """Highest ingestion sequence number (0 for an empty workspace)."""
        return int(self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])  # noqa: S608 - fixed names
                for t in ("articles", "entities", "mentions", "relations", "facts")}

    def rows(self, table: str, *, since_seq: int | None = None) -> Iterator[sqlite3.Row]:
        """Rows of an extraction table (``entities``, ``mentions``, ``relations``, ``facts``) in a stable order."""
        if table not in ("entities", "mentions", "relations", "facts"):
            raise WorkspaceError(f"unknown workspace table {table!r}; known: entities, facts, mentions, relations")
        cur = self.conn.cursor()
        cur.row_factory = sqlite3.Row
        where = "WHERE article_seq > ?" if since_seq is not None else ""
        args: tuple[Any, ...] = (since_seq,) if since_seq is not None else ()
        yield from cur.execute(f"SELECT * FROM {table} {where} ORDER BY article_seq, rowid", args)  # noqa: S608

    def get_marker(self, name: str) -> str | None:
        """A stored marker value (e.g. the last sequence number pushed to a server)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", ("marker:" + name,)).fetchone()
        return None if row is None else str(row[0])

    def set_marker(self, name: str, value: str) -> None:
        """Store a marker value."""
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", ("marker:" + name, str(value)))

    # -- writing -----------------------------------------------------------------------------------
    def write_batch(self, extractions: Iterable[Extraction | Prepared], *, force: bool = False) -> list[WriteResult]:
        """Write a batch of extractions in ONE transaction; unchanged articles are skipped.

        Items are :class:`~evkg.loaders.types.Extraction` s or their :func:`prepare_extraction`
        rows. A changed article's old rows are deleted and it is written again with a new
        sequence number, so incremental exports see it as new. With ``force``, an article whose
        text is unchanged is replaced too (status ``reextracted``): its extraction was redone with
        new reference data or rules.
        """
        return self.write_rows([(x[0], *([[0, *r] for r in rows] for rows in x[1:])) if isinstance(x, tuple)
                                else prepare_rows(x) for x in extractions], force=force)

    def write_rows(self, items: list[PreparedRows], *, force: bool = False) -> list[WriteResult]:
        """:meth:`write_batch` for :func:`prepare_rows` rows; fills in (changes) their first cells."""
        results: list[WriteResult] = []
        if not items:
            return results
        c = self.conn
        # Foreign-key checks cost ~20% of a bulk insert; the batch deletes replaced articles' rows
        # itself, so they are switched off for this transaction only (a no-op inside a transaction).
        c.execute("PRAGMA foreign_keys=OFF")
        c.execute("BEGIN IMMEDIATE")
        try:
            ids = [it[0][0] for it in items]
            existing: dict[str, tuple[int, str]] = {}
            for i in range(0, len(ids), 500):
                part = ids[i:i + 500]
                existing.update((r[0], (int(r[1]), r[2])) for r in c.execute(
                    f"SELECT id, seq, content_hash FROM articles WHERE id IN ({','.join('?' * len(part))})",  # noqa: S608
                    part))
            # sequence numbers are never reused: continue after the highest ever handed out
            row = c.execute("SELECT seq FROM sqlite_sequence WHERE name='articles'").fetchone()
            seq = base = max(int(row[0]) if row else 0, self.max_seq())
            dropped: set[int] = set()
            now = time.time()
            arts, ents, ments, rels, facts = [], [], [], [], []
            replaced: list[tuple[int]] = []
            for (art, e_rows, m_rows, r_rows, f_rows) in items:
                aid, source, chash = art[0], art[1], art[2]
                old = existing.get(aid)
                if old is not None and old[1] == chash and not force:
                    results.append(WriteResult(aid, source, "unchanged", old[0]))
                    continue
                status = "new"
                if old is not None:
                    status = "changed" if old[1] != chash else "reextracted"
                    if old[0] > base:  # the same id earlier in this batch: that version is dropped
                        dropped.add(old[0])
                        # its rows may be these very lists: keep them as they are (to be dropped)
                        e_rows, m_rows, r_rows, f_rows = ([list(r) for r in rows]
                                                          for rows in (e_rows, m_rows, r_rows, f_rows))
                    else:
                        replaced.append((old[0],))
                seq += 1
                existing[aid] = (seq, chash)  # the same id twice in a batch: the second is unchanged
                arts.append((seq, *art, now))
                for rows, into in ((e_rows, ents), (m_rows, ments), (r_rows, rels), (f_rows, facts)):
                    for r in rows:
                        r[0] = seq
                    into += rows
                results.append(WriteResult(aid, source, status, seq))
            if dropped:
                arts, ents, ments, rels, facts = ([r for r in rows if r[0] not in dropped]
                                                  for rows in (arts, ents, ments, rels, facts))
                results = [r for r in results if r.seq not in dropped]
            if replaced:
                for table in ("entities", "mentions", "relations", "facts"):
                    c.executemany(f"DELETE FROM {table} WHERE article_seq=?", replaced)  # noqa: S608 - fixed names
                c.executemany("DELETE FROM articles WHERE seq=?", replaced)
            c.executemany("INSERT INTO articles (seq, id, source, content_hash, title, date, url, publisher, format, "
                          "chars, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", arts)
            c.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?)", ents)
            c.executemany("INSERT INTO mentions VALUES (?,?,?,?,?)", ments)
            c.executemany("INSERT INTO relations VALUES (?,?,?,?,?,?,?,?,?,?)", rels)
            c.executemany("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?)", facts)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        finally:
            c.execute("PRAGMA foreign_keys=ON")
        return results

    # -- file states (skip unchanged files without reading them) --------------------------------------
    def file_states(self) -> dict[str, FileState]:
        """Recorded state of every fully ingested article file, by absolute path."""
        return {r[0]: FileState(*r) for r in self.conn.execute(
            "SELECT path, size, mtime_ns, articles, checked_ns FROM files")}

    def record_files(self, states: Iterable[FileState]) -> None:
        """Record files whose articles are all committed (call after their batch's commit)."""
        # A file name that is not valid UTF-8 (decoded with surrogateescape) cannot be stored as TEXT:
        # such a file is not recorded, so it is simply read again by the next build.
        rows = [(f.path, f.size, f.mtime_ns, f.articles, f.checked_ns) for f in states if _storable(f.path)]
        if rows:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                c.executemany("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?)", rows)
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def forget_files(self, paths: Iterable[str] | None = None) -> None:
        """Drop recorded file states (all of them when ``paths`` is None), so those files are read again."""
        if paths is None:
            self.conn.execute("DELETE FROM files")
        else:
            self.conn.executemany("DELETE FROM files WHERE path=?", [(p,) for p in paths])

    def remove(self, source: str) -> int:
        """Remove the articles read from ``source`` (a path or URL; a file removes all its articles)
        together with their extractions. Returns how many articles were removed."""
        from evkg.loaders.readers import scrub

        # sources are stored as the readers made them (a non-UTF-8 file name has U+FFFD in place of its bad bytes)
        candidates = {scrub(source), scrub(os.path.abspath(source))}
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            n = 0
            for s in candidates:
                n += c.execute("DELETE FROM articles WHERE source=? OR source LIKE ? ESCAPE '\\'",
                               (s, _like_prefix(s) + "#%")).rowcount
                # the file must be read again by the next build, not skipped by its recorded state
                c.execute("DELETE FROM files WHERE path=?", (s.split("#", 1)[0],))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return n

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` result (``ok`` when sound)."""
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _like_prefix(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
