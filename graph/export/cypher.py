"""Cypher for Neo4j: pure statement builders, the export plan, and the ``graph.cypher`` script.

The same plan feeds the Bolt exporter (:mod:`evkg.graph.export.neo4j`, rows sent as ``$rows``
parameters) and the script writer here (rows embedded as literal maps), so both produce the
same graph. The plan, in order:

1. uniqueness constraints on ``Entity.id``, ``Article.id`` and ``Fact.id``;
2. ``Article`` nodes (``MERGE`` on id; title, date, url, publisher, source, content_hash, seq);
3. entity nodes: ``MERGE (n:Entity {id: row.id}) SET n += row.props``;
4. the ontology label chain of each entity (``SET n:Organization:Company:BatteryMaker``), one statement
   per chain, in a later transaction than the one that created the node (ArcadeDB rejects a label
   change on a node created in the same transaction; Neo4j does not mind);
5. ``Fact`` nodes (measure, value, unit, period, evidence, article, ...);
6. relationships, one statement per relation type (types cannot be parameters), ``MERGE`` between the
   two entities and ``SET r += row.props`` with the provenance: ``articles``, ``evidence`` (texts,
   sorted by article and offset), ``evidence_json`` (the full evidence records as JSON), ``confidence``,
   ``status``, ``first_seen``, ``last_seen``, ``mention_count``, ``sources``;
7. ``(:Article)-[:MENTIONS]->(:Entity)``, ``(:Entity)-[:HAS_FACT]->(:Fact)`` and
   ``(:Article)-[:STATES]->(:Fact)``.

Every statement is a ``MERGE`` on a stable id, so running the plan twice gives the same graph with
properties updated in place; :func:`prune_plan` gives the statements that delete what an earlier export
wrote and the graph no longer has. Labels and relationship types come only from :mod:`evkg.ontology.vocab`
(plus the ``Entity``/``Article``/``Fact`` labels and ``MENTIONS``/``HAS_FACT``/``STATES`` types
defined here) and are checked again before they are written into a statement; values are never
written into a statement except as escaped string literals (script) or parameters (Bolt).

``graph.cypher`` has one statement per line, each ending with ``;``: string literals escape
newlines, so :func:`split_statements` can split the file without a Cypher parser. Run it with
``cypher-shell -f graph.cypher`` or paste it into Neo4j Browser.

Example:
    >>> from evkg.graph.model import new_graph, add_entity
    >>> G = new_graph()
    >>> add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"])
    >>> lines = list(render_cypher(G))
    >>> lines[-1].startswith("UNWIND [{id: 'company:catl'}] AS row MATCH (n:`Entity` {id: row.id}) SET n:")
    True
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, overload

import networkx as nx

from evkg.graph.model import no_gc, successors
from evkg.ontology.errors import ExportError
from evkg.ontology.vocab import ENTITY_LABEL, HAS_FACT, MENTIONS, STATES, Kind, Rel, label_chain

from .atomic import coalesce, write_lines_atomic
from .json import fast_encode

#: Label of article (source document) nodes.
ARTICLE_LABEL = "Article"
#: Label of numeric fact nodes.
FACT_LABEL = "Fact"

#: Labels a statement may carry: the ontology classes and the Entity label (all from the ontology).
ALLOWED_LABELS: frozenset[str] = frozenset({k.value for k in Kind} | {ENTITY_LABEL, ARTICLE_LABEL, FACT_LABEL})
#: Relationship types a statement may carry: the ontology relations plus provenance links.
ALLOWED_TYPES: frozenset[str] = frozenset({r.value for r in Rel} | {MENTIONS, HAS_FACT, STATES})

#: Rows per statement in graph.cypher (and the default Bolt batch size).
DEFAULT_BATCH_SIZE = 1000

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# --- names and literals ---------------------------------------------------------------------------

def label(name: str) -> str:
    """``name`` as a backquoted Cypher label, if it is an ontology label; ExportError otherwise."""
    if name not in ALLOWED_LABELS:
        raise ExportError(f"label {name!r} is not in the ontology; known: {', '.join(sorted(ALLOWED_LABELS))}")
    return f"`{name}`"


def rel_type(name: str) -> str:
    """``name`` as a backquoted relationship type, if it is an ontology type; ExportError otherwise."""
    if name not in ALLOWED_TYPES:
        raise ExportError(f"relationship type {name!r} is not in the ontology; "
                          f"known: {', '.join(sorted(ALLOWED_TYPES))}")
    return f"`{name}`"


_SIMPLE_ESCAPES = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Categories written as \uXXXX: control, format (RTL marks, zero-width), line/paragraph separators, surrogates,
#: so that the file shows them and no tool reading it line by line sees a line break inside a string.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def _escape_char(ch: str) -> str:
    simple = _SIMPLE_ESCAPES.get(ch)
    if simple is not None:
        return simple
    o = ord(ch)
    return f"\\U{o:08x}" if o > 0xFFFF else f"\\u{o:04x}"


@functools.lru_cache(maxsize=1)
def _hidden_re() -> re.Pattern[str]:
    """One character class of the characters :func:`cypher_string` writes as ``\\uXXXX`` (built once from
    unicodedata)."""
    bad = [cp for cp, cat in enumerate(map(unicodedata.category, map(chr, range(0x110000))))
           if cat in _HIDDEN_CATEGORIES and chr(cp) not in _SIMPLE_ESCAPES]
    parts: list[str] = []
    i = 0
    while i < len(bad):
        j = i
        while j + 1 < len(bad) and bad[j + 1] == bad[j] + 1:
            j += 1
        lo, hi = bad[i], bad[j]
        parts.append(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}")
        i = j + 1
    return re.compile("[" + "".join(parts) + "]")


def _escape_match(m: re.Match[str]) -> str:
    return _escape_char(m.group())


_ASCII_HIDDEN_RE = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")  # the ASCII escapes that are not simple
# backslash first: the backslashes the others add are not escaped again
_SIMPLE_ORDER = tuple((ch, _SIMPLE_ESCAPES[ch]) for ch in ("\\", "'", '"', "\n", "\r", "\t"))


def cypher_string(value: str) -> str:
    """A single-quoted Cypher string literal for ``value``; no character of it can end the literal.

    >>> print(cypher_string("it's a \\\\ \\n test"))
    'it\\'s a \\\\ \\n test'
    """
    # Every character written as \uXXXX is one str.isprintable() rejects (and so are \n, \r and \t), so a
    # printable string (one fast C scan) without quotes or backslashes is written as it is; otherwise the
    # regex search runs only on a string that is still not printable after the simple escapes. The quotes
    # are looked for first: a string with one (JSON text, quoted speech) is scanned for printability once.
    if "'" not in value and '"' not in value and "\\" not in value and value.isprintable():
        return "'" + value + "'"
    for ch, rep in _SIMPLE_ORDER:
        if ch in value:
            value = value.replace(ch, rep)
    if not value.isprintable():
        hidden = _ASCII_HIDDEN_RE if value.isascii() else _hidden_re()
        if hidden.search(value) is not None:
            value = hidden.sub(_escape_match, value)
    return "'" + value + "'"


def _lit_float(value: float) -> str:
    if math.isnan(value) or math.isinf(value):
        raise ExportError(f"cannot write {value!r} as a Cypher literal")
    return repr(value)


#: property key -> ``"key: "`` (checked once per key)
_KEY_PREFIX: dict[Any, str] = {}


def _key_prefix(k: Any) -> str:
    prefix = _KEY_PREFIX.get(k)
    if prefix is None:
        prefix = _KEY_PREFIX[k] = _key(str(k)) + ": "
    return prefix


#: Literals of short strings (ids, rules, statuses, units, dates) recur in many rows: made once while
#: they stay in this table (emptied when full, so it follows the rows being written).
_STRINGS: dict[str, str] = {}
_STRINGS_MAX = 8192


def _string(value: str) -> str:
    if len(value) > 64:
        return cypher_string(value)
    lit = _STRINGS.get(value)
    if lit is None:
        lit = cypher_string(value)
        if len(_STRINGS) >= _STRINGS_MAX:
            _STRINGS.clear()
        _STRINGS[value] = lit
    return lit


def _lit_map(value: Mapping[str, Any]) -> str:
    prefix = _KEY_PREFIX.get
    known = _STRINGS.get
    parts = []
    for k, v in value.items():
        t = type(v)
        if t is str:
            lit = known(v) or _string(v)
        elif v is None:
            lit = "null"
        elif t is list:
            lit = "[" + ", ".join([(known(x) or _string(x)) if type(x) is str else cypher_literal(x) for x in v]) + "]"
        elif t is int:
            lit = str(v)
        else:
            lit = cypher_literal(v)
        parts.append((prefix(k) or _key_prefix(k)) + lit)
    return "{" + ", ".join(parts) + "}"


def _lit(value: Any) -> str:
    if type(value) is str:
        return _STRINGS.get(value) or _string(value)
    return cypher_literal(value)


def _lit_list(value: Sequence[Any]) -> str:
    known = _STRINGS.get
    return "[" + ", ".join([(known(v) or _string(v)) if type(v) is str else cypher_literal(v) for v in value]) + "]"


_LITERALS: dict[type, Any] = {
    str: _string, type(None): lambda v: "null", bool: lambda v: "true" if v else "false", int: str,
    float: _lit_float, dict: _lit_map, list: _lit_list, tuple: _lit_list,
}


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a storable value: None, bool, int, float, str, list or map (for row maps)."""
    fn = _LITERALS.get(type(value))
    if fn is not None:
        return fn(value)  # type: ignore[no-any-return]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return _lit_float(float(value))
    if isinstance(value, str):
        return cypher_string(str(value))
    if isinstance(value, Mapping):
        return _lit_map(value)
    if isinstance(value, (list, tuple)):
        return _lit_list(value)
    raise ExportError(f"cannot write a {type(value).__name__} as a Cypher literal: {value!r}")


_KEYS_OK: set[str] = set()


def _key(name: str) -> str:
    if name not in _KEYS_OK:
        if not _IDENT.match(name):
            raise ExportError(f"property key {name!r} is not a plain identifier")
        _KEYS_OK.add(name)
    return name


# --- statement builders (parameterised: UNWIND $rows) ----------------------------------------------

def constraint_statements() -> list[str]:
    """Uniqueness constraints on the MERGE keys (Neo4j 5 syntax, idempotent)."""
    return [f"CREATE CONSTRAINT evkg_{lab.lower()}_id IF NOT EXISTS FOR (n:{label(lab)}) REQUIRE n.id IS UNIQUE"
            for lab in (ENTITY_LABEL, ARTICLE_LABEL, FACT_LABEL)]


def merge_nodes_query(base_label: str) -> str:
    """``UNWIND $rows AS row MERGE (n:Base {id: row.id}) SET n += row.props``; rows ``{id, props}``."""
    return f"UNWIND $rows AS row MERGE (n:{label(base_label)} {{id: row.id}}) SET n += row.props"


def set_labels_query(labels: Sequence[str]) -> str:
    """Add the label chain ``labels`` to the entities whose ids are in ``$rows`` (rows ``{id}``)."""
    if not labels:
        raise ExportError("an entity needs at least one ontology label")
    chain = ":".join(label(lab) for lab in labels)
    return f"UNWIND $rows AS row MATCH (n:{label(ENTITY_LABEL)} {{id: row.id}}) SET n:{chain}"


def merge_relationships_query(rtype: str, start_label: str = ENTITY_LABEL, end_label: str = ENTITY_LABEL, *,
                              with_props: bool = True) -> str:
    """``MERGE (a)-[r:TYPE]->(b)`` between existing nodes; rows ``{s, o, props}`` (``props`` optional)."""
    q = (f"UNWIND $rows AS row MATCH (a:{label(start_label)} {{id: row.s}}) "
         f"MATCH (b:{label(end_label)} {{id: row.o}}) MERGE (a)-[r:{rel_type(rtype)}]->(b)")
    return q + " SET r += row.props" if with_props else q


# --- rows from the canonical graph ----------------------------------------------------------------

def _str_list(values: Iterable[Any]) -> list[str]:
    return [v if isinstance(v, str) else "" if v is None else str(v) for v in values]


def _num(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


def entity_props(d: Mapping[str, Any]) -> dict[str, Any]:
    """Neo4j properties of an entity node (lists of strings, no maps, ``None`` removes a property)."""
    return {
        "name": str(d.get("name") or ""),
        "name_zh": d.get("name_zh"),
        "kind": d.get("kind"),
        "kinds": _str_list(d.get("kinds", ())),
        "aliases": _str_list(d.get("aliases", ())),
        "tickers": _str_list(d.get("tickers", ())),
        "known": bool(d.get("known", False)),
        "articles": _str_list(d.get("articles", ())),
        "mention_count": int(d.get("mention_count") or 0),
    }


def entity_labels(d: Mapping[str, Any]) -> tuple[str, ...]:
    """The ontology label chain of an entity, recomputed from its kinds (each checked against vocab.Kind)."""
    kinds = d.get("kinds") or [d.get("kind")]
    try:
        return label_chain(*[str(k) for k in kinds])
    except Exception as err:  # UnknownTermError names the bad kind
        raise ExportError(f"entity kinds {kinds!r}: {err}") from err


def evidence_sorted(evidence: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Evidence in the canonical order (article, start, text): ``evidence[0]`` is the "first" evidence."""
    return sorted(evidence, key=lambda e: (e.get("article") or "", e.get("start") or 0, e.get("text") or ""))


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, check_circular=False)  # evidence records are flat
_JSON_ENCODE = fast_encode(_JSON)


def relationship_props(d: Mapping[str, Any]) -> dict[str, Any]:
    """Provenance properties of a relationship: lists of strings, numbers and strings only."""
    ev = evidence_sorted(d.get("evidence", ()))
    return {
        "articles": _str_list(d.get("articles", ())),
        "evidence": [str(e.get("text") or "") for e in ev],
        "evidence_json": _JSON_ENCODE([e if type(e) is dict else dict(e) for e in ev]),  # keys sorted
        "confidence": float(d.get("confidence") or 0.0),
        "status": d.get("status"),
        "first_seen": d.get("first_seen"),
        "last_seen": d.get("last_seen"),
        "mention_count": int(d.get("mention_count") or 0),
        "sources": _str_list(d.get("sources", ())),
    }


def _str_list_literal(values: Iterable[Any]) -> str:
    known = _STRINGS.get
    return "[" + ", ".join([known(x) or _string(x) for x in _str_list(values)]) + "]"


def _relationship_literal(d: Mapping[str, Any]) -> str:
    """``cypher_literal(relationship_props(d))``, written without the props dict (relationship rows are
    most of graph.cypher): keep the two in step."""
    ev = d.get("evidence", ())
    if len(ev) > 1:  # most relationships have one evidence item: nothing to sort
        ev = evidence_sorted(ev)
    known = _STRINGS.get
    texts = [str(e.get("text") or "") for e in ev]
    return ("{articles: " + _str_list_literal(d.get("articles", ()))
            # long texts (most evidence) are never in the table: _string would make them directly
            + ", evidence: [" + ", ".join([cypher_string(t) if len(t) > 64 else known(t) or _string(t)
                                           for t in texts])
            + "], evidence_json: " + _lit(_JSON_ENCODE([e if type(e) is dict else dict(e) for e in ev]))
            + ", confidence: " + _lit_float(float(d.get("confidence") or 0.0))
            + ", status: " + _lit(d.get("status"))
            + ", first_seen: " + _lit(d.get("first_seen"))
            + ", last_seen: " + _lit(d.get("last_seen"))
            + ", mention_count: " + str(int(d.get("mention_count") or 0))
            + ", sources: " + _str_list_literal(d.get("sources", ())) + "}")


def _value_literal(v: Any) -> str:
    """The literal :func:`_lit_map` writes for one property value."""
    t = type(v)
    if t is str:
        return _STRINGS.get(v) or _string(v)
    if v is None:
        return "null"
    if t is int:
        return str(v)
    if t is list:
        return _lit_list(v)
    return cypher_literal(v)


def _fact_literal(entity: str, f: Mapping[str, Any]) -> str:
    """``_lit_map(fact_props(entity, f))``, written without the props dict (a fact row per fact): keep the two
    in step."""
    g = f.get
    measure, unit, period, conf = g("measure"), g("unit"), g("period"), g("confidence")
    return ("{entity: " + _value_literal(entity)
            + ", measure: " + ("null" if measure is None else _lit(str(measure)))
            + ", value: " + _value_literal(_num(g("value")))
            + ", unit: " + ("null" if unit is None else _lit(str(unit)))
            + ", period: " + ("null" if period is None else _lit(str(period)))
            + ", evidence: " + _value_literal(g("evidence"))
            + ", article: " + _value_literal(g("article"))
            + ", start: " + _value_literal(g("start"))
            + ", end: " + _value_literal(g("end"))
            + ", confidence: " + ("null" if conf is None else _lit_float(float(conf)))
            + ", rule: " + _value_literal(g("rule")) + "}")


def article_props(meta: Mapping[str, Any]) -> dict[str, Any]:
    """Properties of an Article node."""
    seq = meta.get("seq")
    return {
        "title": meta.get("title"),
        "date": None if meta.get("date") is None else str(meta.get("date")),
        "url": meta.get("url"),
        "publisher": meta.get("publisher"),
        "source": meta.get("source"),
        "content_hash": meta.get("content_hash"),
        "seq": None if seq is None else int(seq),
    }


def fact_id(entity: str, f: Mapping[str, Any]) -> str:
    """Stable id of a fact: a hash of the entity and the fact's measure, value, unit, period and source."""
    return "fact:" + _fact_hash(entity, f)


def fact_props(entity: str, f: Mapping[str, Any]) -> dict[str, Any]:
    """Properties of a Fact node."""
    return {
        "entity": entity,
        "measure": None if f.get("measure") is None else str(f.get("measure")),
        "value": _num(f.get("value")),
        "unit": None if f.get("unit") is None else str(f.get("unit")),
        "period": None if f.get("period") is None else str(f.get("period")),
        "evidence": f.get("evidence"),
        "article": f.get("article"),
        "start": f.get("start"),
        "end": f.get("end"),
        "confidence": None if f.get("confidence") is None else float(f.get("confidence")),
        "rule": f.get("rule"),
    }


class Rows(Sequence[dict[str, Any]]):
    """The rows of one plan step, made one at a time from compact keys when they are read.

    ``len()``, iteration, indexing and slices (a slice is a list) work as on a list of rows. No row
    is kept after it is read, so a plan of a large graph holds its keys (ids, indices), not its
    rows; reading the rows twice makes them twice, equal both times.
    """

    __slots__ = ("_keys", "_make", "_lit", "_lits")

    def __init__(self, keys: Sequence[Any], make: Callable[[Any], dict[str, Any]],
                 lit: Callable[[Any], str] | None = None,
                 lits: Callable[[int, int], Iterator[str]] | None = None) -> None:
        self._keys = keys
        self._make = make
        self._lit = lit  # key -> cypher_literal(make(key)), written without the row dict
        self._lits = lits  # (start, stop) -> the literals of keys[start:stop], 0 <= start <= stop <= len

    def literals(self, start: int, stop: int) -> list[str]:
        """``[cypher_literal(row) for row in self[start:stop]]``."""
        return list(self.iter_literals(start, stop))

    def iter_literals(self, start: int, stop: int) -> Iterator[str]:
        """The literals of :meth:`literals`, made one at a time."""
        if self._lits is not None:
            n = len(self._keys)
            return self._lits(min(max(start, 0), n), min(max(stop, 0), n))
        keys = self._keys[start:stop]
        if self._lit is not None:
            return map(self._lit, keys)
        return (cypher_literal(self._make(k)) for k in keys)

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, i: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, i: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, i: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(i, slice):
            return [self._make(k) for k in self._keys[i]]
        return self._make(self._keys[i])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self._make, self._keys)

    def __repr__(self) -> str:
        return f"<Rows: {len(self)} rows>"


class _Columns(Sequence[tuple[Any, ...]]):
    """Tuples read across equal-length lists (one list per field): less memory than a list of tuples."""

    __slots__ = ("_cols",)

    def __init__(self, *cols: list[Any]) -> None:
        self._cols = cols

    def __len__(self) -> int:
        return len(self._cols[0])

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return list(zip(*(c[i] for c in self._cols)))
        return tuple(c[i] for c in self._cols)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return zip(*self._cols)


@dataclass(frozen=True)
class Step:
    """One parameterised statement of the export plan and the rows it is run with (``$rows``)."""

    query: str
    rows: Sequence[dict[str, Any]]  # a list, or Rows made when read
    phase: str  # constraints | articles | entities | labels | facts | relationships | links
    what: str  # e.g. "SUPPLIES" or "Organization:Company"


@dataclass
class Selection:
    """Which parts of a graph a plan covers (everything by default; a subset for incremental pushes)."""

    nodes: set[str] | None = None
    edges: set[tuple[str, str, str]] | None = None
    articles: set[str] | None = None
    stats: dict[str, int] = field(default_factory=dict)


def select_since(G: nx.MultiDiGraph, since_seq: int) -> Selection:
    """The part of ``G`` that articles with ``seq > since_seq`` touch: those articles, the entities they
    mention, the relations they state (with both ends) and the facts of those entities."""
    arts = {a for a, m in G.graph.get("articles", {}).items() if int(m.get("seq") or 0) > since_seq}
    nodes = {n for n, d in G.nodes(data=True) if arts.intersection(d.get("articles", ()))}
    edges: set[tuple[str, str, str]] = set()
    for u, v, k, d in G.edges(keys=True, data=True):
        if arts.intersection(d.get("articles", ())):
            edges.add((u, v, k))
            nodes.update((u, v))
    return Selection(nodes=nodes, edges=edges, articles=arts)


def build_plan(G: nx.MultiDiGraph, selection: Selection | None = None) -> list[Step]:
    """The export plan of ``G`` (or of a selection of it): constraints, nodes, labels, relationships.

    Rows are sorted by id so plans (and graph.cypher) are deterministic. ``G`` is only read, and must
    not change while the plan is in use: each step's rows are :class:`Rows`, made from ``G`` when read.
    """
    with no_gc():
        return _build_plan(G, selection)


def _sorted_edges(G: nx.MultiDiGraph, selection: set[tuple[str, str, str]] | None
                  ) -> Iterator[tuple[str, str, str, Mapping[str, Any]]]:
    """(u, v, key, data) of ``G``'s edges (or of those in ``selection``) in sorted (u, v, key) order."""
    succ = successors(G)
    if selection is not None:
        for u, v, k in sorted(e for e in selection if G.has_edge(*e)):
            yield u, v, k, succ[u][v][k]
        return
    for u in sorted(succ):
        nbrs = succ[u]
        for v in sorted(nbrs):
            keydict = nbrs[v]
            for k in sorted(keydict):
                yield u, v, k, keydict[k]


_FACT_KEY = json.JSONEncoder(ensure_ascii=False, default=str)


def _fact_key_encoder() -> Callable[[list[Any]], str]:
    """``_FACT_KEY.encode`` for a list, with the C encoder and its circular-reference markers made once."""
    from json import encoder as stdlib

    if stdlib.c_make_encoder is None:
        return _FACT_KEY.encode
    markers: dict[int, Any] = {}
    make = stdlib.c_make_encoder(markers, _FACT_KEY.default, stdlib.encode_basestring, None,
                                 _FACT_KEY.key_separator, _FACT_KEY.item_separator, _FACT_KEY.sort_keys,
                                 _FACT_KEY.skipkeys, _FACT_KEY.allow_nan)
    join = "".join

    def encode(value: list[Any]) -> str:
        try:
            return join(make(value, 0))
        except BaseException:
            markers.clear()  # what a fresh encoder would start with
            raise

    return encode


_FACT_KEY_ENCODE = _fact_key_encoder()


def _fact_hash(entity: str, f: Mapping[str, Any]) -> str:
    key = _FACT_KEY_ENCODE([entity, f.get("measure"), f.get("value"), f.get("unit"), f.get("period"),
                            f.get("article"), f.get("start")])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _build_plan(G: nx.MultiDiGraph, selection: Selection | None) -> list[Step]:
    # Every step's rows are Rows over compact keys; rows are sorted as sorting the full row dicts would.
    sel = selection or Selection()
    steps: list[Step] = [Step(q, [], "constraints", "constraint") for q in constraint_statements()]
    nattr = G.nodes
    node_ids = sorted(G.nodes if sel.nodes is None else (n for n in sel.nodes if n in G))

    # Articles: those of the graph plus any id an entity, relation or fact refers to.
    metas: Mapping[str, Mapping[str, Any]] = G.graph.get("articles", {})
    wanted: set[str] = set(metas) if sel.articles is None else set(sel.articles)
    # MENTIONS rows sorted by (article, entity), as entity numbers grouped by article (a counting sort):
    # m_arts[g] mentions node_ids[m_ents[i]] for m_start[g] <= i < m_start[g + 1]
    slots: dict[str, int] = {}
    for n in node_ids:
        for a in nattr[n].get("articles", ()):
            if a and (sel.articles is None or a in sel.articles):
                slots[a] = slots.get(a, 0) + 1
    wanted.update(slots)
    m_arts = sorted(slots)
    m_start = array("Q", [0])
    for a in m_arts:
        m_start.append(m_start[-1] + slots[a])
        slots[a] = m_start[-2]  # next free slot of the article
    m_ents = array("I", bytes(4 * m_start[-1]))
    for ni, n in enumerate(node_ids):
        for a in nattr[n].get("articles", ()):
            if a and (sel.articles is None or a in sel.articles):
                m_ents[slots[a]] = ni
                slots[a] += 1
    del slots
    # relationship rows per type, in (u, v, key) order, as three columns
    by_type: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for u, v, k, d in _sorted_edges(G, sel.edges):
        wanted.update(a for a in d.get("articles", ()) if a)
        cols = by_type.get(rtype := str(d.get("type") or k))
        if cols is None:
            cols = by_type[rtype] = ([], [], [])
        cols[0].append(u)
        cols[1].append(v)
        cols[2].append(k)

    # Facts, numbered in (entity, position) order: fact i is node_ids[f_node[i]]'s fact f_pos[i], with the
    # 64-bit id hash f_hash[i]. A fact whose id an earlier one already has is left out (the first is kept).
    f_node, f_pos, f_hash = array("I"), array("I"), array("Q")
    for ni, n in enumerate(node_ids):
        for pos, f in enumerate(nattr[n].get("facts", ()) or ()):
            f_node.append(ni)
            f_pos.append(pos)
            f_hash.append(int(_fact_hash(n, f), 16))
    # sorted by id in 256 buckets of the hash's top byte (sorting a bucket needs little memory)
    buckets: list[array[int]] = [array("I") for _ in range(256)]
    for i, h in enumerate(f_hash):
        buckets[h >> 56].append(i)
    fact_order = array("I")
    kept = bytearray(len(f_hash))
    for b in buckets:
        last = -1
        for i in sorted(b, key=f_hash.__getitem__):  # stable: equal ids stay in numbering order
            if f_hash[i] != last:
                kept[i] = 1
                fact_order.append(i)
                last = f_hash[i]
        del b[:]
    del buckets
    # HAS_FACT rows sorted by (entity, id): each entity's facts are numbered together
    has_fact = array("I")
    by_article: dict[str, array[int]] = {}
    start = 0
    while start < len(f_node):
        end = start
        while end < len(f_node) and f_node[end] == f_node[start]:
            end += 1
        has_fact.extend(sorted((i for i in range(start, end) if kept[i]), key=f_hash.__getitem__))
        start = end
    facts_of = [nattr[n].get("facts", ()) or () for n in node_ids] if len(f_node) else []
    for i in range(len(f_node)):
        if kept[i]:
            a = facts_of[f_node[i]][f_pos[i]].get("article")
            if a:
                wanted.add(a)
                arr = by_article.get(a)
                if arr is None:
                    arr = by_article[a] = array("I")
                arr.append(i)
    # STATES rows sorted by (article, id)
    states = array("I")
    for a in sorted(by_article):
        states.extend(sorted(by_article.pop(a), key=f_hash.__getitem__))
    del kept

    # A fact id is "fact:" and 16 hex digits: its literal is the id in quotes (nothing to escape), made in place
    # rather than looked up in (and crowding out) the literal table.
    def fact_of(i: int) -> tuple[str, Mapping[str, Any], str]:
        n = node_ids[f_node[i]]
        return n, facts_of[f_node[i]][f_pos[i]], f"fact:{f_hash[i]:016x}"

    def fact_row(i: int) -> dict[str, Any]:
        n, f, fid = fact_of(i)
        return {"id": fid, "props": fact_props(n, f)}

    def fact_lit(i: int) -> str:
        n, f, fid = fact_of(i)
        return "{id: '" + fid + "', props: " + _fact_literal(n, f) + "}"

    def has_fact_row(i: int) -> dict[str, Any]:
        return {"s": node_ids[f_node[i]], "o": f"fact:{f_hash[i]:016x}"}

    def has_fact_lit(i: int) -> str:
        return "{s: " + _lit(node_ids[f_node[i]]) + f", o: 'fact:{f_hash[i]:016x}'}}"

    def states_row(i: int) -> dict[str, Any]:
        _, f, fid = fact_of(i)
        return {"s": f["article"], "o": fid}

    def states_lit(i: int) -> str:
        _, f, fid = fact_of(i)
        return "{s: " + _lit(f["article"]) + ", o: '" + fid + "'}"

    def article_props_of(a: str) -> dict[str, Any]:
        return article_props(metas.get(a) or {"id": a})

    if wanted:
        steps.append(Step(merge_nodes_query(ARTICLE_LABEL),
                          Rows(sorted(wanted), lambda a: {"id": a, "props": article_props_of(a)},
                               lambda a: "{id: " + _lit(a) + ", props: " + _lit_map(article_props_of(a)) + "}"),
                          "articles", ARTICLE_LABEL))
    del wanted
    if node_ids:
        steps.append(Step(merge_nodes_query(ENTITY_LABEL),
                          Rows(node_ids, lambda n: {"id": n, "props": entity_props(nattr[n])},
                               lambda n: "{id: " + _lit(n) + ", props: " + _lit_map(entity_props(nattr[n])) + "}"),
                          "entities", ENTITY_LABEL))
    chains: dict[tuple[str, ...], list[str]] = {}
    for n in node_ids:
        chains.setdefault(entity_labels(nattr[n]), []).append(n)
    for chain in sorted(chains):
        steps.append(Step(set_labels_query(chain),
                          Rows(chains[chain], lambda n: {"id": n}, lambda n: "{id: " + _lit(n) + "}"), "labels",
                          ":".join(chain)))
    if fact_order:
        steps.append(Step(merge_nodes_query(FACT_LABEL), Rows(fact_order, fact_row, fact_lit), "facts", FACT_LABEL))

    succ = successors(G)

    def rel_row(e: tuple[str, str, str]) -> dict[str, Any]:
        u, v, k = e
        return {"s": u, "o": v, "props": relationship_props(succ[u][v][k])}

    def rel_lit(e: tuple[str, str, str]) -> str:
        u, v, k = e
        return "{s: " + _lit(u) + ", o: " + _lit(v) + ", props: " + _relationship_literal(succ[u][v][k]) + "}"

    for rtype in sorted(by_type):
        steps.append(Step(merge_relationships_query(rtype), Rows(_Columns(*by_type[rtype]), rel_row, rel_lit),
                          "relationships", rtype))
    if m_ents:
        def mention_row(i: int) -> dict[str, Any]:
            return {"s": m_arts[bisect_right(m_start, i) - 1], "o": node_ids[m_ents[i]]}

        def mention_lit(i: int) -> str:
            return "{s: " + _lit(m_arts[bisect_right(m_start, i) - 1]) + ", o: " + _lit(node_ids[m_ents[i]]) + "}"

        ent_lits: list[str] = []  # literal of node_ids[i], made on first use

        def mention_lits(start: int, stop: int) -> Iterator[str]:
            # article by article: the "{s: 'article:...', o: " head is made once per article, not per row
            if not ent_lits:
                ent_lits.extend(map(_lit, node_ids))
            g = bisect_right(m_start, start) - 1
            i = start
            while i < stop:
                end = min(m_start[g + 1], stop)
                head = "{s: " + _lit(m_arts[g]) + ", o: "
                for ni in m_ents[i:end]:
                    yield head + ent_lits[ni] + "}"
                i = end
                g += 1

        steps.append(Step(merge_relationships_query(MENTIONS, ARTICLE_LABEL, ENTITY_LABEL, with_props=False),
                          Rows(range(len(m_ents)), mention_row, mention_lit, mention_lits), "links", MENTIONS))
    if has_fact:
        steps.append(Step(merge_relationships_query(HAS_FACT, ENTITY_LABEL, FACT_LABEL, with_props=False),
                          Rows(has_fact, has_fact_row, has_fact_lit), "links", HAS_FACT))
    if states:
        steps.append(Step(merge_relationships_query(STATES, ARTICLE_LABEL, FACT_LABEL, with_props=False),
                          Rows(states, states_row, states_lit), "links", STATES))
    return steps


#: Separator of the two ids in a relationship key for :func:`prune_plan` (never in an id).
KEY_SEP = "\x1f"


def prune_plan(G: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    """(query, parameters) pairs that delete what an earlier export wrote and ``G`` no longer has.

    Relationships of ontology and provenance types whose (start, end) key is not in ``G``; Entity, Article
    and Fact nodes whose id is not in ``G``; ontology labels an entity no longer has. Each query takes the
    full list of what to keep as ``$keep`` (so it is run once, not in batches).
    """
    plan = build_plan(G)
    keep_nodes: dict[str, list[str]] = {ENTITY_LABEL: [], ARTICLE_LABEL: [], FACT_LABEL: []}
    keep_rels: dict[str, list[str]] = {t: [] for t in sorted(ALLOWED_TYPES)}
    ends = {MENTIONS: (ARTICLE_LABEL, ENTITY_LABEL), HAS_FACT: (ENTITY_LABEL, FACT_LABEL),
            STATES: (ARTICLE_LABEL, FACT_LABEL)}
    has_label: dict[str, list[str]] = {k.value: [] for k in Kind if k.value not in (ARTICLE_LABEL, FACT_LABEL)}
    for st in plan:
        if st.phase in ("articles", "entities", "facts"):
            keep_nodes[st.what].extend(r["id"] for r in st.rows)
        elif st.phase in ("relationships", "links"):
            keep_rels[st.what].extend(r["s"] + KEY_SEP + r["o"] for r in st.rows)
        elif st.phase == "labels":
            for lab in st.what.split(":"):
                has_label[lab].extend(r["id"] for r in st.rows)
    out: list[tuple[str, dict[str, Any]]] = []
    for t, keys in keep_rels.items():
        a, b = ends.get(t, (ENTITY_LABEL, ENTITY_LABEL))
        out.append((f"MATCH (a:{label(a)})-[r:{rel_type(t)}]->(b:{label(b)}) "
                    f"WHERE NOT (a.id + $sep + b.id) IN $keep DELETE r", {"keep": keys, "sep": KEY_SEP}))
    for lab, ids in keep_nodes.items():
        out.append((f"MATCH (n:{label(lab)}) WHERE NOT n.id IN $keep DETACH DELETE n", {"keep": ids}))
    for lab, ids in sorted(has_label.items()):
        out.append((f"MATCH (n:{label(ENTITY_LABEL)}:{label(lab)}) WHERE NOT n.id IN $keep REMOVE n:{label(lab)}",
                    {"keep": ids}))
    return out


def batched(rows: Sequence[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """Consecutive slices of ``rows`` of at most ``size`` rows."""
    if size < 1:
        raise ExportError(f"batch size must be >= 1, got {size}")
    for i in range(0, len(rows), size):
        yield list(rows[i:i + size])


def expected_counts(G: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, int]]:
    """(nodes per label, relationships per type) that exporting ``G`` creates in an empty database."""
    plan = build_plan(G)
    labels: dict[str, int] = {}
    types: dict[str, int] = {}
    for st in plan:
        if st.phase in ("articles", "entities", "facts"):
            labels[st.what] = labels.get(st.what, 0) + len(st.rows)
        elif st.phase == "labels":
            for lab in st.what.split(":"):
                labels[lab] = labels.get(lab, 0) + len(st.rows)
        elif st.phase in ("relationships", "links"):
            types[st.what] = types.get(st.what, 0) + len(st.rows)
    return dict(sorted(labels.items())), dict(sorted(types.items()))


# --- the script -----------------------------------------------------------------------------------

def inline_rows(query: str, rows: Sequence[dict[str, Any]]) -> str:
    """``query`` with its ``$rows`` parameter replaced by a literal list of maps (one line, no newline)."""
    if query.count("$rows") != 1:
        raise ExportError(f"expected exactly one $rows in {query!r}")
    return query.replace("$rows", cypher_literal(list(rows)), 1)


def render_cypher(G: nx.MultiDiGraph, *, batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[str]:
    """graph.cypher, line by line: a comment header, then one statement per line ending with ``;``."""
    line: list[str] = []
    for chunk in _cypher_chunks(G, batch_size):
        line.append(chunk)
        if chunk.endswith("\n"):  # literals never hold a raw newline: only a statement's end does
            yield "".join(line)
            line.clear()


#: Characters (about) per piece of a statement in :func:`_cypher_chunks`.
_PIECE_CHARS = 1 << 18


def _cypher_chunks(G: nx.MultiDiGraph, batch_size: int) -> Iterator[str]:
    """The text of :func:`render_cypher` in pieces: a statement's rows a few hundred KB at a time.

    A batch of relationships whose evidence runs to thousands of sentences makes a long statement;
    writing it piece by piece keeps a piece's rows in memory instead of the whole statement twice.
    """
    yield "// evkg graph.cypher: idempotent MERGE statements, one per line.\n"
    yield "// Load with: cypher-shell -a bolt://localhost:7687 -u neo4j -p PASSWORD -f graph.cypher\n"
    yield (f"// {G.number_of_nodes()} entities, {G.number_of_edges()} relations, "
           f"{len(G.graph.get('articles', {}))} articles.\n")
    if batch_size < 1:
        raise ExportError(f"batch size must be >= 1, got {batch_size}")
    for st in build_plan(G):
        rows = st.rows
        if not rows:
            yield st.query + ";\n"
            continue
        if st.query.count("$rows") != 1:
            raise ExportError(f"expected exactly one $rows in {st.query!r}")
        head, _, tail = st.query.partition("$rows")
        tail = "]" + tail + ";\n"
        for i in range(0, len(rows), batch_size):  # as inline_rows(st.query, rows[i:i + batch_size])
            if isinstance(rows, Rows):
                lits: Iterable[str] = rows.iter_literals(i, i + batch_size)
            else:
                lits = map(cypher_literal, rows[i:i + batch_size])
            # rows joined into pieces of about _PIECE_CHARS (a statement of rows with long evidence lists is
            # never held whole); a piece ends with a row, never with a newline, until the statement's last
            parts = [head, "["]
            size = 0
            sep = ""
            for lit in lits:
                parts.append(sep + lit)
                sep = ", "
                size += len(lit)
                if size >= _PIECE_CHARS:
                    yield "".join(parts)
                    parts.clear()
                    size = 0
            parts.append(tail)
            yield "".join(parts)


def write_cypher(G: nx.MultiDiGraph, path: str | Path, *, batch_size: int = DEFAULT_BATCH_SIZE) -> Path:
    """Write graph.cypher atomically; return the path."""
    try:
        with no_gc():
            write_lines_atomic(path, coalesce(_cypher_chunks(G, batch_size), 1 << 20))
    finally:
        _STRINGS.clear()
    return Path(path)


def split_statements(text: str) -> list[str]:
    """Statements of a graph.cypher written by :func:`write_cypher` (comments skipped, no trailing ``;``).

    The writer puts each statement on its own line and escapes newlines inside strings, so splitting on
    lines is exact for these files (it is not a general Cypher parser).
    """
    out: list[str] = []
    for line in text.split("\n"):
        s = line.strip()
        if not s or s.startswith("//"):
            continue
        if not s.endswith(";"):
            raise ExportError(f"not a graph.cypher statement line (no final ';'): {s[:80]!r}")
        out.append(s[:-1])
    return out


def read_statements(path: str | Path) -> list[str]:
    """Statements of a graph.cypher file (see :func:`split_statements`)."""
    return split_statements(Path(path).read_text(encoding="utf-8"))
