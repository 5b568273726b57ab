"""CSV files for ``neo4j-admin database import full`` (bulk load into an empty Neo4j database).

``write_neo4j_csv(G, directory)`` writes, from the same plan as the Bolt export and graph.cypher:

- ``nodes_entities.csv``: ``id:ID``, ``:LABEL`` (``Entity`` and the ontology chain), ``name``,
  ``name_zh``, ``kind``, ``kinds:string[]``, ``aliases:string[]``, ``tickers:string[]``,
  ``known:boolean``, ``articles:string[]``, ``mention_count:int``;
- ``nodes_articles.csv``: ``id:ID``, ``:LABEL``, ``title``, ``date``, ``url``, ``publisher``, ``source``,
  ``content_hash``, ``seq:long``;
- ``nodes_facts.csv``: ``id:ID``, ``:LABEL``, ``entity``, ``measure``, ``value:double``, ``unit``,
  ``period``, ``evidence``, ``article``, ``start:int``, ``end:int``, ``confidence:float``, ``rule``;
- ``relationships.csv``: ``:START_ID``, ``:END_ID``, ``:TYPE``, ``articles:string[]``,
  ``evidence:string[]``, ``evidence_json``, ``confidence:float``, ``status``, ``first_seen``,
  ``last_seen``, ``mention_count:int``, ``sources:string[]`` (MENTIONS, HAS_FACT and STATES rows leave the
  properties empty);
- ``constraints.cypher``: the uniqueness constraints to create after the import;
- ``import.sh``: the ``neo4j-admin`` command line (see :func:`import_command`).

Format choices:

- Every field is double-quoted (``"`` doubled inside), and fields may hold newlines, hence
  ``--multiline-fields=true``.
- The array delimiter (also between labels in ``:LABEL``) is U+001F (unit separator), passed as
  ``--array-delimiter=U+001F``, because names and aliases can contain ``;`` (neo4j-admin's default).
  A value that itself contains U+001F is refused.
- Spreadsheet formula injection: a free-text field (names, aliases, titles, evidence...) that starts with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe ``'``, and so does one
  that already starts with ``'``. The real value is therefore the field with ONE leading apostrophe
  removed whenever it starts with ``'`` (:func:`unneutralise`; :func:`read_neo4j_csv` does it). Ids and
  numeric columns are never changed. Pass ``neutralise=False`` (CLI ``--raw``) to write values as they
  are, e.g. when the files only ever go to ``neo4j-admin``.
- Empty fields are absent properties (``--ignore-empty-strings=true``, since every field is quoted); an empty
  list is written as an empty field.
"""

from __future__ import annotations

import csv
import io
import shlex
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import networkx as nx

from evkg.ontology.errors import ExportError, InputError

from .atomic import atomic_open
from .cypher import ARTICLE_LABEL, ENTITY_LABEL, FACT_LABEL, build_plan, constraint_statements, no_gc

ARRAY_DELIMITER = "\x1f"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")

ENTITY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", ""), ("name_zh", ""), ("kind", ""), ("kinds", "string[]"), ("aliases", "string[]"),
    ("tickers", "string[]"), ("known", "boolean"), ("articles", "string[]"), ("mention_count", "int"))
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", ""), ("date", ""), ("url", ""), ("publisher", ""), ("source", ""), ("content_hash", ""),
    ("seq", "long"))
FACT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("entity", ""), ("measure", ""), ("value", "double"), ("unit", ""), ("period", ""), ("evidence", ""),
    ("article", ""), ("start", "int"), ("end", "int"), ("confidence", "float"), ("rule", ""))
REL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("articles", "string[]"), ("evidence", "string[]"), ("evidence_json", ""), ("confidence", "float"),
    ("status", ""), ("first_seen", ""), ("last_seen", ""), ("mention_count", "int"), ("sources", "string[]"))

NODE_FILES = {ENTITY_LABEL: ("nodes_entities.csv", ENTITY_COLUMNS),
              ARTICLE_LABEL: ("nodes_articles.csv", ARTICLE_COLUMNS),
              FACT_LABEL: ("nodes_facts.csv", FACT_COLUMNS)}
REL_FILE = "relationships.csv"


def neutralise(value: str) -> str:
    """``value`` with a leading apostrophe if a spreadsheet could read it as a formula (or it starts with one)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def unneutralise(value: str) -> str:
    """The real value of a field written by :func:`neutralise`."""
    return value[1:] if value.startswith("'") else value


def _check(value: str) -> str:
    if ARRAY_DELIMITER in value:
        raise ExportError(f"value {value[:60]!r} contains U+001F, the CSV array delimiter")
    return value


def _field(value: Any, typ: str, neutral: bool) -> str:
    if value is None:
        return ""
    if typ.endswith("[]"):
        items = [_check(str(v)) for v in value]
        return ARRAY_DELIMITER.join(neutralise(v) if neutral else v for v in items)
    if typ == "boolean":
        return "true" if value else "false"
    if typ in ("int", "long"):
        return str(int(value))
    if typ in ("double", "float"):
        try:
            return repr(float(value))
        except (TypeError, ValueError):
            return ""
    s = str(value)
    return neutralise(s) if neutral else s


def _header(first: Sequence[str], cols: Sequence[tuple[str, str]]) -> list[str]:
    return [*first, *(f"{c}:{t}" if t else c for c, t in cols)]


class _LineWriter:
    """Formats one CSV record at a time (every field quoted) with one reused buffer and writer."""

    def __init__(self) -> None:
        self.buf = io.StringIO()
        self.writer = csv.writer(self.buf, quoting=csv.QUOTE_ALL, lineterminator="\n")

    def __call__(self, fields: Sequence[str]) -> str:
        self.buf.seek(0)
        self.buf.truncate()
        self.writer.writerow(fields)
        return self.buf.getvalue()


def generate_neo4j_csv(G: nx.MultiDiGraph, *, neutralise_formulas: bool = True) -> dict[str, Iterator[str]]:
    """File name -> lines of each CSV file (pure; the graph is only read).

    The lines are made as they are read, from the plan's rows, so a file of any size costs one row
    at a time besides the plan's keys.
    """
    plan = build_plan(G)
    labels: dict[str, list[str]] = {}
    for st in plan:
        if st.phase == "labels":
            chain = [ENTITY_LABEL, *st.what.split(":")]
            for r in st.rows:
                labels[r["id"]] = chain

    def node_lines(base: str) -> Iterator[str]:
        _csv_line = _LineWriter()
        _, cols = NODE_FILES[base]
        yield _csv_line(_header(["id:ID", ":LABEL"], cols))
        for st in plan:
            if st.phase not in ("articles", "entities", "facts") or st.what != base:
                continue
            for r in st.rows:
                labs = labels.get(r["id"], [base]) if base == ENTITY_LABEL else [base]
                yield _csv_line([r["id"], ARRAY_DELIMITER.join(labs),
                                 *(_field(r["props"].get(c), t, neutralise_formulas) for c, t in cols)])

    def rel_lines() -> Iterator[str]:
        _csv_line = _LineWriter()
        yield _csv_line(_header([":START_ID", ":END_ID", ":TYPE"], REL_COLUMNS))
        for st in plan:
            if st.phase not in ("relationships", "links"):
                continue
            t = st.what
            for r in st.rows:
                props = r.get("props") or {}
                yield _csv_line([r["s"], r["o"], t,
                                 *(_field(props.get(c), ty, neutralise_formulas) for c, ty in REL_COLUMNS)])

    out: dict[str, Iterator[str]] = {fname: node_lines(base) for base, (fname, _) in NODE_FILES.items()}
    out[REL_FILE] = rel_lines()
    return out


def import_command(directory: str | Path = ".", database: str = "neo4j") -> str:
    """The ``neo4j-admin database import full`` command line for the files in ``directory``."""
    d = Path(directory)
    parts = ["neo4j-admin", "database", "import", "full", database, "--overwrite-destination",
             "--id-type=string", "--array-delimiter=U+001F", "--multiline-fields=true", "--ignore-empty-strings=true",
             *(f"--nodes={d / fname}" for fname, _ in NODE_FILES.values()), f"--relationships={d / REL_FILE}"]
    return " ".join(shlex.quote(p) for p in parts)


def _import_sh() -> Iterator[str]:
    yield "#!/bin/sh\n"
    yield "# Bulk-load evkg into an EMPTY, STOPPED Neo4j 5 database (this replaces the database named below).\n"
    yield "# Run from this directory with neo4j-admin on PATH; then start Neo4j and create the constraints:\n"
    yield "#   cypher-shell -u neo4j -p PASSWORD -d neo4j -f constraints.cypher\n"
    yield "# Text fields starting with = + - @ TAB CR or ' carry one extra leading apostrophe (spreadsheet\n"
    yield "# formula guard) unless written with --raw; strip one leading ' to get the real value.\n"
    yield "set -e\n"
    yield 'DATABASE="${1:-neo4j}"\n'
    yield import_command(".", "neo4j").replace(" neo4j --overwrite", ' "$DATABASE" --overwrite') + "\n"


def write_neo4j_csv(G: nx.MultiDiGraph, directory: str | Path, *, neutralise_formulas: bool = True) -> Path:
    """Write the neo4j-admin CSV files, constraints.cypher and import.sh into ``directory``; return it."""
    d = Path(directory)
    if d.exists() and not d.is_dir():
        raise ExportError(f"{d}: exists and is not a directory (neo4j-csv writes a directory of files)")
    d.mkdir(parents=True, exist_ok=True)
    with no_gc():
        for fname, lines in generate_neo4j_csv(G, neutralise_formulas=neutralise_formulas).items():
            with atomic_open(d / fname, newline="") as fh:
                for line in lines:
                    fh.write(line)
    with atomic_open(d / "constraints.cypher") as fh:
        for q in constraint_statements():
            fh.write(q + ";\n")
    with atomic_open(d / "import.sh") as fh:
        for line in _import_sh():
            fh.write(line)
    (d / "import.sh").chmod(0o755)
    return d


# --- reading back (tests, checks) ---------------------------------------------------------------------

def _parse(value: str, typ: str, neutral: bool) -> Any:
    if typ.endswith("[]"):
        if value == "":
            return []
        items = value.split(ARRAY_DELIMITER)
        return [unneutralise(v) if neutral else v for v in items]
    if value == "":
        return None
    if typ == "boolean":
        return value == "true"
    if typ in ("int", "long"):
        return int(value)
    if typ in ("double", "float"):
        return float(value)
    return unneutralise(value) if neutral else value


def _rows(path: Path) -> Iterable[tuple[list[str], list[str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        for row in reader:
            yield header, row


def read_neo4j_csv(directory: str | Path, *, neutralised: bool = True
                   ) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Read a directory written by :func:`write_neo4j_csv`: (id -> {labels, props}, relationships).

    Relationships are ``{"start", "end", "type", "props"}``; absent (empty) properties are left out, except
    arrays, which read as ``[]``.
    """
    d = Path(directory)
    nodes: dict[str, dict[str, Any]] = {}
    for fname, _ in NODE_FILES.values():
        p = d / fname
        if not p.exists():
            raise InputError(f"{p}: missing neo4j-admin node file")
        for header, row in _rows(p):
            rec: dict[str, Any] = {"labels": [], "props": {}}
            nid = ""
            for h, v in zip(header, row):
                name, _, typ = h.partition(":")
                if typ == "ID":
                    nid = v
                elif typ == "LABEL":
                    rec["labels"] = v.split(ARRAY_DELIMITER)
                else:
                    val = _parse(v, typ, neutralised)
                    if val is not None:
                        rec["props"][name] = val
            nodes[nid] = rec
    rels: list[dict[str, Any]] = []
    for header, row in _rows(d / REL_FILE):
        r: dict[str, Any] = {"props": {}}
        for h, v in zip(header, row):
            name, _, typ = h.partition(":")
            if typ == "START_ID":
                r["start"] = v
            elif typ == "END_ID":
                r["end"] = v
            elif typ == "TYPE":
                r["type"] = v
            else:
                val = _parse(v, typ, neutralised)
                if val is not None:
                    r["props"][name] = val
        rels.append(r)
    return nodes, rels
