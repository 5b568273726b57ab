"""Build: sources -> workspace -> canonical graph -> derived files.

:func:`ingest` writes extractions into the workspace in batched transactions, skipping unchanged
articles and reporting unreadable input without stopping. :func:`build_graph` turns the workspace
into the canonical graph (:mod:`evkg.graph.model`). :func:`build` does both and writes the derived
files (graph.json, graph.ttl, graph.cypher, graph.html) through the exporter registry.

Example:
    >>> report = build(["seeds/articles"], out="out")          # doctest: +SKIP
    >>> report.new, report.outputs["json"]                      # doctest: +SKIP
    (10, PosixPath('out/graph.json'))
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import networkx as nx

from evkg.loaders.pipeline import extract_files
from evkg.loaders.readers import MAX_BYTES, discover
from evkg.ontology.errors import InputError
from evkg.ontology.vocab import RELATIONS, SYMMETRIC, Rel, accepts, label_chain

from .model import EVIDENCE_KEYS, new_graph, sort_graph
from .resolve import resolve_entities
from .workspace import Workspace

log = logging.getLogger("evkg.build")

DEFAULT_SOURCES = (Path(__file__).resolve().parents[1] / "seeds" / "articles",)
DEFAULT_OUT = Path("out")
WORKSPACE_NAME = "evkg.sqlite"
#: Derived files written by ``build``: exporter name -> file name.
DEFAULT_OUTPUTS = {"json": "graph.json", "rdf": "graph.ttl", "cypher": "graph.cypher", "html": "graph.html"}


@dataclass
class IngestReport:
    """What an ingest run did."""

    files: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> count of unreadable inputs
    warnings: list[str] = field(default_factory=list)
    committed_seq: int = 0
    seconds: float = 0.0

    @property
    def ingested(self) -> int:
        return self.new + self.changed


@dataclass
class BuildReport(IngestReport):
    """What a build run did: the ingest report plus the graph summary and the files written."""

    workspace: Path | None = None
    articles_total: int = 0
    entities_by_kind: dict[str, int] = field(default_factory=dict)
    relations_by_type: dict[str, int] = field(default_factory=dict)
    facts: int = 0
    dropped_relations: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)


def ingest(sources: Iterable[str | Path], ws: Workspace, *, jobs: int = 1, strict: bool = False,
           batch_size: int = 200, max_bytes: int = MAX_BYTES, reference: str | Path | None = None,
           progress: Callable[[int, int], None] | None = None,
           on_commit: Callable[[list[str]], None] | None = None) -> IngestReport:
    """Ingest article files into ``ws``.

    Args:
        sources: files or directories (a missing path raises InputError; so does finding no article file).
        ws: an open workspace holding the writer lock.
        jobs: extraction processes.
        strict: make any unreadable input fatal (ArticleError) instead of a warning.
        batch_size: articles per transaction.
        progress: called with (files done, files total) now and then.
        on_commit: called with the sources of each committed batch, after the commit.
    """
    t0 = time.perf_counter()
    files = list(discover(sources))
    if not files:
        names = ", ".join(str(s) for s in sources)
        raise InputError(f"{names}: no article files found (expected .txt, .md, .html, .json, .jsonl, .xml, .rss)")
    rep = IngestReport(files=len(files))
    known = ws.known_hashes()
    batch: list = []

    def flush() -> None:
        if not batch:
            return
        results = ws.write_batch(batch)
        for r in results:
            if r.status == "new":
                rep.new += 1
            elif r.status == "changed":
                rep.changed += 1
            else:
                rep.unchanged += 1
        rep.committed_seq = ws.max_seq()
        if on_commit:
            on_commit([r.source for r in results])
        batch.clear()

    last_file = ""
    n_files = 0
    for out in extract_files(files, skip=known, jobs=jobs, max_bytes=max_bytes, reference=reference):
        if out.error is not None:
            err = out.error
            if strict:
                flush()
                raise err
            rep.skipped[err.reason] += 1
            rep.warnings.append(str(err))
            log.warning("skipped %s", err)
            src_file = err.path
        elif out.skipped is not None:
            rep.unchanged += 1
            src_file = out.skipped.source.split("#", 1)[0]
        else:
            assert out.extraction is not None
            batch.append(out.extraction)
            src_file = out.extraction.article.source.split("#", 1)[0]
            if len(batch) >= batch_size:
                flush()
        if src_file != last_file:
            last_file = src_file
            n_files += 1
            if progress and n_files % 50 == 0:
                progress(n_files, len(files))
    flush()
    if progress:
        progress(len(files), len(files))
    rep.seconds = time.perf_counter() - t0
    return rep


def _loads(s: str | None) -> list[Any]:
    return json.loads(s) if s else []


def build_graph(ws: Workspace, *, since_seq: int | None = None, reference: bool = True,
                reference_dir: str | Path | None = None) -> nx.MultiDiGraph:
    """The canonical graph of everything in ``ws`` (or of the articles after ``since_seq``).

    Entities are merged across articles (:func:`evkg.graph.resolve.resolve_entities`); relations
    whose endpoints no longer fit the ontology's domain and range after merging are dropped
    (counted in ``G.graph["dropped_relations"]``). With ``reference`` True, relations from the
    reference data between entities present in the graph are added with ``sources=["reference"]``.
    """
    G = new_graph()
    G.graph["built_from"] = str(ws.path)
    seq_to_id: dict[int, str] = {}
    seq_to_date: dict[int, str | None] = {}
    for a in ws.articles():
        if since_seq is not None and a["seq"] <= since_seq:
            continue
        seq_to_id[a["seq"]] = a["id"]
        seq_to_date[a["seq"]] = a["date"]
        G.graph["articles"][a["id"]] = {k: a[k] for k in ("id", "source", "title", "date", "url", "publisher",
                                                          "content_hash", "seq")}

    # -- entities: aggregate per id over articles ------------------------------------------------
    agg: dict[str, dict[str, Any]] = {}
    for r in ws.rows("entities", since_seq=since_seq):
        e = agg.get(r["entity_id"])
        if e is None:
            e = agg[r["entity_id"]] = {"names": Counter(), "kinds": Counter(), "name_zh": Counter(), "aliases": set(),
                                       "tickers": set(), "known": False, "articles": set(), "mentions": 0,
                                       "primary": Counter()}
        e["names"][r["name"]] += 1
        kinds = _loads(r["kinds"]) or [r["kind"]]
        e["primary"][r["kind"]] += 1
        for k in kinds:
            e["kinds"][k] += 1
        if r["name_zh"]:
            e["name_zh"][r["name_zh"]] += 1
        e["aliases"].update(_loads(r["aliases"]))
        e["tickers"].update(_loads(r["tickers"]))
        e["known"] = e["known"] or bool(r["known"])
        e["articles"].add(seq_to_id[r["article_seq"]])
    for r in ws.rows("mentions", since_seq=since_seq):
        if r["entity_id"] in agg:
            agg[r["entity_id"]]["mentions"] += 1
            agg[r["entity_id"]]["aliases"].add(r["text"])

    mapping = resolve_entities(agg)
    merged: dict[str, dict[str, Any]] = {}
    for eid, e in agg.items():
        target = mapping.get(eid, eid)
        m = merged.get(target)
        if m is None:
            merged[target] = m = {"names": Counter(), "kinds": Counter(), "name_zh": Counter(), "aliases": set(),
                                  "tickers": set(), "known": False, "articles": set(), "mentions": 0,
                                  "primary": Counter()}
        for key in ("names", "kinds", "name_zh", "primary"):
            m[key].update(e[key])
        for key in ("aliases", "tickers", "articles"):
            m[key] |= e[key]
        m["known"] = m["known"] or e["known"]
        m["mentions"] += e["mentions"]
        if target == eid:
            m["own_primary"] = e["primary"]
            m["own_names"] = e["names"]

    for nid in sorted(merged):
        m = merged[nid]
        own_names = m.get("own_names") or m["names"]
        name = _most_common(own_names)
        primary = _most_common(m.get("own_primary") or m["primary"])
        kinds = [primary] + sorted(k for k in m["kinds"] if k != primary and (m["known"] or k == primary))
        name_zh = _most_common(m["name_zh"]) if m["name_zh"] else None
        aliases = sorted((m["aliases"] | set(m["names"]) | set(m["name_zh"])) - {name})
        G.add_node(nid, kind=primary, kinds=kinds, labels=list(label_chain(*kinds)), name=name, name_zh=name_zh,
                   aliases=aliases, tickers=sorted(m["tickers"]), known=m["known"], articles=sorted(m["articles"]),
                   mention_count=m["mentions"], facts=[])

    # -- relations -------------------------------------------------------------------------------
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    dates: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    dropped = 0
    for r in ws.rows("relations", since_seq=since_seq):
        s = mapping.get(r["subject"], r["subject"])
        o = mapping.get(r["object"], r["object"])
        p = r["predicate"]
        if s == o or s not in G or o not in G or p not in Rel.__members__:
            dropped += 1
            continue
        spec = RELATIONS[Rel(p)]
        if not accepts(spec, G.nodes[s]["kinds"], G.nodes[o]["kinds"]):
            dropped += 1
            continue
        if spec.rel in SYMMETRIC and o < s:
            s, o = o, s
        key = (s, o, p)
        edges[key].append({"article": seq_to_id[r["article_seq"]], "text": r["evidence"], "start": r["start"],
                           "end": r["end"], "confidence": round(float(r["confidence"]), 4), "rule": r["rule"],
                           "status": r["status"]})
        d = seq_to_date.get(r["article_seq"])
        if d:
            dates[key].append(d)
    for (s, o, p) in sorted(edges):
        ev = edges[(s, o, p)]
        ds = dates.get((s, o, p), [])
        G.add_edge(s, o, key=p, type=p, articles=sorted({e["article"] for e in ev}), evidence=ev,
                   confidence=max(e["confidence"] for e in ev),
                   status="stated" if any(e["status"] == "stated" for e in ev) else "planned",
                   first_seen=min(ds) if ds else None, last_seen=max(ds) if ds else None,
                   mention_count=len(ev), sources=["article"])

    # -- facts ---------------------------------------------------------------------------------------
    for r in ws.rows("facts", since_seq=since_seq):
        s = mapping.get(r["subject"], r["subject"])
        if s not in G:
            continue
        G.nodes[s]["facts"].append({"measure": r["measure"], "value": r["value"], "unit": r["unit"],
                                    "period": r["period"], "evidence": r["evidence"],
                                    "article": seq_to_id[r["article_seq"]], "start": r["start"], "end": r["end"],
                                    "confidence": round(float(r["confidence"]), 4), "rule": r["rule"]})

    if reference:
        _add_reference_relations(G, reference_dir)
    G.graph["dropped_relations"] = dropped
    return sort_graph(G)


def _most_common(c: Counter) -> Any:
    # ties broken by the value itself, so the choice is deterministic
    return sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def _add_reference_relations(G: nx.MultiDiGraph, reference_dir: str | Path | None) -> None:
    from evkg.loaders.reference import load_reference

    kb = load_reference(Path(reference_dir) if reference_dir else None)
    for rr in kb.relations:
        s, p, o = rr.subject, rr.predicate, rr.object
        if s not in G or o not in G or s == o:
            continue
        spec = RELATIONS[Rel(p)]
        if not accepts(spec, G.nodes[s]["kinds"], G.nodes[o]["kinds"]):
            continue
        if spec.rel in SYMMETRIC and o < s:
            s, o = o, s
        ev = {k: None for k in EVIDENCE_KEYS}
        ev.update({"text": rr.note or "reference data", "confidence": 1.0, "rule": "reference",
                   "status": rr.status or "stated"})
        if G.has_edge(s, o, key=p):
            d = G.edges[s, o, p]
            d["evidence"].append(ev)
            d["mention_count"] = len(d["evidence"])
            d["sources"] = sorted(set(d["sources"]) | {"reference"})
            d["confidence"] = max(d["confidence"], 1.0)
        else:
            G.add_edge(s, o, key=p, type=p, articles=[], evidence=[ev], confidence=1.0, status=ev["status"],
                       first_seen=None, last_seen=None, mention_count=1, sources=["reference"])


def load_graph(workspace: str | Path, **options: Any) -> nx.MultiDiGraph:
    """The canonical graph of an existing workspace file."""
    with Workspace(workspace, create=False) as ws:
        return build_graph(ws, **options)


def summarise(G: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, int], int]:
    """(entities by kind, relations by type, number of facts) of a graph."""
    kinds = Counter(d["kind"] for _, d in G.nodes(data=True))
    rels = Counter(k for _, _, k in G.edges(keys=True))
    facts = sum(len(d.get("facts", ())) for _, d in G.nodes(data=True))
    return dict(sorted(kinds.items())), dict(sorted(rels.items())), facts


def write_outputs(G: nx.MultiDiGraph, out: Path, outputs: dict[str, str] | None = None) -> dict[str, Path]:
    """Write derived files through the exporter registry; returns exporter name -> path."""
    from .export import get_exporter

    written: dict[str, Path] = {}
    for name, filename in (outputs or DEFAULT_OUTPUTS).items():
        path = out / filename
        get_exporter(name)(G, path)
        written[name] = path
    return written


def build(sources: Sequence[str | Path] | None = None, *, out: str | Path = DEFAULT_OUT,
          workspace: str | Path | None = None, jobs: int = 1, strict: bool = False,
          outputs: dict[str, str] | None = None, lock_timeout: float = 5.0, reference: bool = True,
          progress: Callable[[int, int], None] | None = None,
          on_commit: Callable[[list[str]], None] | None = None) -> BuildReport:
    """Ingest ``sources`` (default seeds/articles) into the workspace and write the derived files.

    Args:
        sources: article files or directories.
        out: output directory for graph.json, graph.ttl, graph.cypher and graph.html.
        workspace: SQLite workspace (default ``<out>/evkg.sqlite``).
        jobs: extraction processes.
        strict: make unreadable input fatal.
        outputs: exporter name -> file name (default :data:`DEFAULT_OUTPUTS`; ``{}`` writes none).
        lock_timeout: seconds to wait for another run holding the workspace lock.
    """
    out = Path(out)
    ws_path = Path(workspace) if workspace else out / WORKSPACE_NAME
    srcs = list(sources) if sources else list(DEFAULT_SOURCES)
    # check sources before touching the workspace, so a typo creates nothing
    for s in srcs:
        if not Path(s).exists():
            raise InputError(f"{s}: no such file or directory")
    with Workspace(ws_path, lock=True, lock_timeout=lock_timeout) as ws:
        ing = ingest(srcs, ws, jobs=jobs, strict=strict, progress=progress, on_commit=on_commit)
        G = build_graph(ws, reference=reference)
        rep = BuildReport(**{f: getattr(ing, f) for f in IngestReport.__dataclass_fields__})
        rep.workspace = ws_path
        rep.articles_total = len(G.graph["articles"])
        rep.entities_by_kind, rep.relations_by_type, rep.facts = summarise(G)
        rep.dropped_relations = int(G.graph.get("dropped_relations", 0))
        rep.outputs = write_outputs(G, out, DEFAULT_OUTPUTS if outputs is None else outputs)
    return rep

