"""Reference data: the known entities and relations of ``seeds/reference``.

``entities.csv`` has the header ``id,type,types,name,name_zh,aliases,tickers,parent,country,note``
(``types``, ``aliases`` and ``tickers`` are ``|``-separated); ``relations.csv`` has
``subject,predicate,object,status,note``. :func:`load_reference` reads both into a
:class:`KnowledgeBase`; the default directory is ``$EVKG_REFERENCE`` or ``<repo>/seeds/reference``
and its load is cached per process.

Example:
    >>> kb = load_reference()
    >>> kb.entities["company:catl"].name
    'CATL'
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from evkg.ontology.errors import InputError, UnknownTermError
from evkg.ontology.vocab import kind as _kind
from evkg.ontology.vocab import rel as _rel

from .types import Entity

ENTITY_COLUMNS = ("id", "type", "types", "name", "name_zh", "aliases", "tickers", "parent", "country", "note")
RELATION_COLUMNS = ("subject", "predicate", "object", "status", "note")


@dataclass(frozen=True, slots=True)
class KnownRelation:
    """One row of ``relations.csv``."""

    subject: str
    predicate: str
    object: str
    status: str = "stated"
    note: str = ""


@dataclass(slots=True)
class KnowledgeBase:
    """Known entities by id, their parents (``SUBSIDIARY_OF``/``BRAND_OF`` owner) and known relations."""

    entities: dict[str, Entity] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    relations: list[KnownRelation] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # id -> the row's note, where it has one
    directory: Path | None = None

    def __len__(self) -> int:
        return len(self.entities)

    def makers(self) -> dict[str, tuple[str, ...]]:
        """Known product id -> the ids of the companies the reference says make or sell it, sorted."""
        made_by: dict[str, set[str]] = {}
        for r in self.relations:
            if r.predicate == "MANUFACTURES":
                made_by.setdefault(r.object, set()).add(r.subject)
        return {p: tuple(sorted(m)) for p, m in made_by.items()}


    def developers(self) -> dict[str, frozenset[str]]:
        """Known technology or product id -> the ids of the companies the reference says develop it."""
        return self._by_predicate("DEVELOPS", reverse=True)

    def brand_owners(self) -> dict[str, frozenset[str]]:
        """Known brand id -> the ids of the companies the reference says own it (``BRAND_OF`` rows, else the parent)."""
        out = dict(self._by_predicate("BRAND_OF"))
        for eid, parent in self.parents.items():
            if eid not in out and eid.startswith("brand:"):
                out[eid] = frozenset((parent,))
        return out

    def parent_companies(self) -> dict[str, frozenset[str]]:
        """Known company id -> the companies the reference says it belongs to directly (its parent and the
        objects of its ``SUBSIDIARY_OF`` rows); not its shareholders."""
        out = {k: set(v) for k, v in self._by_predicate("SUBSIDIARY_OF").items()}
        for eid, parent in self.parents.items():
            if not eid.startswith("brand:"):
                out.setdefault(eid, set()).add(parent)
        return {k: frozenset(v) for k, v in out.items()}

    def employers(self) -> dict[str, frozenset[str]]:
        """Known person id -> the ids of the organisations the reference says they hold a title at."""
        return self._by_predicate("EXECUTIVE_OF")

    def _by_predicate(self, predicate: str, *, reverse: bool = False) -> dict[str, frozenset[str]]:
        """Subject id -> its objects in the rows of ``predicate`` (object -> subjects when ``reverse``)."""
        out: dict[str, set[str]] = {}
        for r in self.relations:
            if r.predicate == predicate:
                key, val = (r.object, r.subject) if reverse else (r.subject, r.object)
                out.setdefault(key, set()).add(val)
        return {k: frozenset(v) for k, v in out.items()}

    def owners(self) -> dict[str, frozenset[str]]:
        """Known company or brand id -> every owner above it: its parent and the parent's parents, and the
        shareholders the reference names (``INVESTS_IN``, ``SUBSIDIARY_OF``, ``BRAND_OF``), with theirs."""
        up: dict[str, set[str]] = {}
        for child, parent in self.parents.items():
            up.setdefault(child, set()).add(parent)
        for r in self.relations:
            if r.predicate == "INVESTS_IN":
                up.setdefault(r.object, set()).add(r.subject)
            elif r.predicate in ("SUBSIDIARY_OF", "BRAND_OF"):
                up.setdefault(r.subject, set()).add(r.object)
        out: dict[str, frozenset[str]] = {}
        for eid in up:
            seen: set[str] = set()
            todo = list(up[eid])
            while todo:
                o = todo.pop()
                if o not in seen and o != eid:
                    seen.add(o)
                    todo.extend(up.get(o, ()))
            out[eid] = frozenset(seen)
        return out


def default_directory() -> Path:
    """``$EVKG_REFERENCE`` if set, else ``<repo>/seeds/reference``."""
    env = os.environ.get("EVKG_REFERENCE")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1] / "seeds" / "reference"


def _split(cell: str | None) -> tuple[str, ...]:
    if not cell:
        return ()
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def _no_extra_fields(path: Path, line: int, row: dict, header) -> None:
    """Reject a row with more fields than the header (an unquoted comma in a note would shift no column but lose text)."""
    if row.get(None):
        raise InputError(f"{path}:{line}: {len(header or ()) + len(row[None])} fields, the header has {len(header or ())} "
                         f"(quote a value that contains a comma)")


def _read_entities(path: Path, kb: KnowledgeBase) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("id", "type", "name") if c not in (reader.fieldnames or ())]
        if missing:
            raise InputError(f"{path}:1: missing column(s) {', '.join(missing)}; expected {','.join(ENTITY_COLUMNS)}")
        for row in reader:
            line = reader.line_num
            _no_extra_fields(path, line, row, reader.fieldnames)
            eid = (row.get("id") or "").strip()
            name = (row.get("name") or "").strip()
            typ = (row.get("type") or "").strip()
            if not eid or not name or not typ or ":" not in eid:
                raise InputError(f"{path}:{line}: bad entity row (need id 'prefix:slug', type and name): {row!r}")
            try:
                kinds = tuple(dict.fromkeys(_kind(t).value for t in (typ, *_split(row.get("types")))))
            except UnknownTermError as err:
                raise InputError(f"{path}:{line}: {err}") from err
            if eid in kb.entities:
                raise InputError(f"{path}:{line}: duplicate entity id {eid!r}")
            zh = (row.get("name_zh") or "").strip() or None
            kb.entities[eid] = Entity(id=eid, name=name, kind=kinds[0], kinds=kinds, name_zh=zh,
                                      aliases=_split(row.get("aliases")), tickers=_split(row.get("tickers")),
                                      known=True)
            parent = (row.get("parent") or "").strip()
            if parent:
                kb.parents[eid] = parent
            country = (row.get("country") or "").strip()
            if country:
                kb.countries[eid] = country
            note = (row.get("note") or "").strip()
            if note:
                kb.notes[eid] = note


def _read_relations(path: Path, kb: KnowledgeBase) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            line = reader.line_num
            _no_extra_fields(path, line, row, reader.fieldnames)
            s, p, o = ((row.get(k) or "").strip() for k in ("subject", "predicate", "object"))
            if not s or not p or not o:
                raise InputError(f"{path}:{line}: bad relation row (need subject, predicate, object): {row!r}")
            try:
                p = _rel(p).value
            except UnknownTermError as err:
                raise InputError(f"{path}:{line}: {err}") from err
            for eid in (s, o):
                if eid not in kb.entities:
                    raise InputError(f"{path}:{line}: {eid!r} is no entity of entities.csv")
            kb.relations.append(KnownRelation(s, p, o, (row.get("status") or "stated").strip() or "stated",
                                              (row.get("note") or "").strip()))


def read_reference(directory: Path) -> KnowledgeBase:
    """Read ``entities.csv`` (required) and ``relations.csv`` (optional) from ``directory``."""
    directory = Path(directory)
    ents = directory / "entities.csv"
    if not ents.is_file():
        raise InputError(f"{ents}: reference entities file not found")
    kb = KnowledgeBase(directory=directory)
    _read_entities(ents, kb)
    rels = directory / "relations.csv"
    if rels.is_file():
        _read_relations(rels, kb)
    return kb


def _stamp(directory: str) -> tuple[int, ...]:
    """Modification times and sizes of the reference files (so an edited file is read again)."""
    out: list[int] = []
    for name in ("entities.csv", "relations.csv"):
        try:
            st = os.stat(os.path.join(directory, name))
            out += [st.st_mtime_ns, st.st_size]
        except OSError:
            out += [0, 0]
    return tuple(out)


@lru_cache(maxsize=2)
def _default_kb(directory: str, stamp: tuple[int, ...] = ()) -> KnowledgeBase:
    path = Path(directory)
    if not (path / "entities.csv").is_file():
        if os.environ.get("EVKG_REFERENCE"):
            # a directory the user named must hold the data: an empty KB would silently find nothing
            raise InputError(f"{path / 'entities.csv'}: reference entities file not found (EVKG_REFERENCE={path})")
        # An installed package without seeds/: the extractor still discovers entities from text.
        return KnowledgeBase(directory=path)
    return read_reference(path)


def load_reference(directory: Path | None = None) -> KnowledgeBase:
    """Load the knowledge base; the default directory's load is cached per process.

    An explicit ``directory`` must hold ``entities.csv``; a malformed row raises
    :class:`~evkg.ontology.errors.InputError` naming the file and line.
    """
    if directory is None:
        d = str(default_directory())
        return _default_kb(d, _stamp(d))
    return read_reference(Path(directory))
