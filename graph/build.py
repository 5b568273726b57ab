"""Build: sources -> workspace -> canonical graph -> derived files.

:func:`ingest` writes extractions into the workspace in batched transactions, skipping unchanged
articles and reporting unreadable input without stopping. :func:`build_graph` turns the workspace
into the canonical graph (:mod:`evkg.graph.model`). :func:`build` does both and writes the derived
files (graph.json, graph.ttl, graph.cypher, graph.html) through the exporter registry; with
``jobs`` > 1 they are written by several processes at once (:func:`write_outputs`).

Example:
    >>> report = build(["seeds/articles"], out="out")          # doctest: +SKIP
    >>> report.new, report.outputs["json"]                      # doctest: +SKIP
    (10, PosixPath('out/graph.json'))
"""

from __future__ import annotations

import gc
import json
import logging
import os
import pickle
import select
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import networkx as nx

from evkg.loaders.pipeline import extract_file_outcomes, extractor_fingerprint
from evkg.loaders.readers import MAX_BYTES, discover
from evkg.ontology.errors import ExportError, InputError
from evkg.ontology.vocab import RELATIONS, SYMMETRIC, Rel, accepts, label_chain

from .model import EVIDENCE_KEYS, new_graph, no_gc, release_free_memory
from .resolve import resolve_entities
from .workspace import FileState, Workspace, prepare_rows

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
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds
    reextracted: int = 0  # unchanged articles extracted again (new reference data or rules)
    stale: int = 0  # articles in the workspace still extracted with older reference data or rules

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
    nodes: int = 0
    edges: int = 0
    graph_unchanged: bool = False  # nothing changed since the last build: graph and files not rewritten


def ingest(sources: Iterable[str | Path], ws: Workspace, *, jobs: int = 1, strict: bool = False,
           batch_size: int = 500, max_bytes: int = MAX_BYTES, reference: str | Path | None = None,
           progress: Callable[[int, int], None] | None = None,
           on_commit: Callable[[list[str]], None] | None = None) -> IngestReport:
    """Ingest article files into ``ws``.

    A file whose size and modification time match what the workspace recorded when all its
    articles were committed is not read again (its articles count as unchanged); any other
    file is read, and its articles are skipped by source and content hash when unchanged.

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
    timings: dict[str, float] = {}
    files = list(discover(sources))
    if not files:
        names = ", ".join(str(s) for s in sources)
        raise InputError(f"{names}: no article files found (expected .txt, .md, .html, .json, .jsonl, .xml, .rss)")
    rep = IngestReport(files=len(files), timings=timings)
    # -- reference data or rules changed since the workspace was extracted: redo what we read --------
    fingerprint = extractor_fingerprint(reference)
    seq_before = ws.max_seq()
    refresh = seq_before > 0 and ws.get_marker("extractor") != fingerprint
    if seq_before == 0:
        # a new workspace is extracted with these rules from its first batch on: record that now, so a
        # first build killed half way is resumed, not redone from scratch as a "refresh"
        ws.set_marker("extractor", fingerprint)
    # -- which files must be read: skip those recorded unchanged (stat only, no read) -----------------
    states = {} if refresh else ws.file_states()
    to_read: list[str] = []
    stat_of: dict[str, tuple[int, int, int]] = {}
    now_ns = time.time_ns()
    for f in files:
        key = os.path.abspath(f)
        try:
            st = os.stat(f)
        except OSError:
            to_read.append(str(f))  # the reader reports it
            continue
        rec = states.get(key)
        if rec is not None and rec.unchanged(st):
            rep.unchanged += rec.articles
            continue
        to_read.append(str(f))
        stat_of[str(f)] = (st.st_size, st.st_mtime_ns, now_ns)
    del states
    timings["discover"] = time.perf_counter() - t0
    if not to_read:
        if progress:
            progress(len(files), len(files))
        rep.committed_seq = ws.max_seq()
        rep.seconds = time.perf_counter() - t0
        return rep
    known = ws.known_hashes() if ws.max_seq() and not refresh else {}
    batch: list = []
    done_files: list[FileState] = []  # fully seen files whose articles are in `batch` or committed
    t_write = 0.0

    def flush() -> None:
        nonlocal t_write
        tw = time.perf_counter()
        if batch:
            results = ws.write_rows(batch, force=refresh)
            for r in results:
                if r.status == "new":
                    rep.new += 1
                elif r.status == "changed":
                    rep.changed += 1
                elif r.status == "reextracted":
                    rep.reextracted += 1
                else:
                    rep.unchanged += 1
            rep.committed_seq = ws.max_seq()
            if on_commit:
                on_commit([r.source for r in results])
            batch.clear()
        if done_files:  # only after their articles are committed
            ws.record_files(done_files)
            done_files.clear()
        t_write += time.perf_counter() - tw

    n_files = len(files) - len(to_read)
    t_loop = time.perf_counter()
    for path, outcomes in extract_file_outcomes(to_read, skip=known, jobs=jobs, max_bytes=max_bytes,
                                                reference=reference, prepare=prepare_rows, pause_gc=True):
        ok = True
        for out in outcomes:
            if out.error is not None:
                err = out.error
                ok = False
                if strict:
                    flush()
                    raise err
                rep.skipped[err.reason] += 1
                rep.warnings.append(str(err))
                log.info("skipped %s", err)  # the caller reports rep.warnings (the CLI prints each once)
            elif out.skipped is not None:
                rep.unchanged += 1
            else:
                batch.append(out.prepared)
        st = stat_of.get(path)
        if ok and st is not None:
            done_files.append(FileState(os.path.abspath(path), st[0], st[1], len(outcomes), st[2]))
        if len(batch) >= batch_size:
            flush()
        n_files += 1
        if progress and n_files % 50 == 0:
            progress(n_files, len(files))
    flush()
    # the workspace is current once no article extracted before this run is left
    rep.stale = ws.count_articles(max_seq=seq_before) if refresh else 0
    if rep.stale == 0:
        ws.set_marker("extractor", fingerprint)
    timings["extract"] = time.perf_counter() - t_loop - t_write  # waiting for (or running) extraction
    timings["write"] = t_write
    if progress:
        progress(len(files), len(files))
    rep.seconds = time.perf_counter() - t0
    return rep


def _new_agg() -> dict[str, Any]:
    return {"names": Counter(), "kinds": Counter(), "name_zh": Counter(), "aliases": set(), "tickers": set(),
            "known": False, "articles": set(), "mentions": 0, "primary": Counter()}


def build_graph(ws: Workspace, *, since_seq: int | None = None, reference: bool = True,
                reference_dir: str | Path | None = None) -> nx.MultiDiGraph:
    """The canonical graph of everything in ``ws`` (or of the articles after ``since_seq``).

    Entities are merged across articles (:func:`evkg.graph.resolve.resolve_entities`); relations
    whose endpoints no longer fit the ontology's domain and range after merging are dropped
    (counted in ``G.graph["dropped_relations"]``). With ``reference`` True, relations from the
    reference data between entities present in the graph are added with ``sources=["reference"]``.

    The graph is built directly in the order :func:`evkg.graph.model.sort_graph` gives (nodes,
    edges, evidence, facts and articles sorted), so no sorted copy is needed; rows are read as
    plain tuples and repeated JSON cells are decoded once, keeping large workspaces fast.
    """
    with no_gc():
        return _build_graph(ws, since_seq, reference, reference_dir)


def _build_graph(ws: Workspace, since_seq: int | None, reference: bool,
                 reference_dir: str | Path | None) -> nx.MultiDiGraph:
    G = new_graph()
    G.graph["built_from"] = str(ws.path)
    conn = ws.conn
    where = " WHERE article_seq > ?" if since_seq is not None else ""
    args: tuple[Any, ...] = (since_seq,) if since_seq is not None else ()
    seq_to_id: dict[int, str] = {}
    arts: dict[str, dict[str, Any]] = {}
    cur = conn.execute("SELECT seq, id, source, title, date, url, publisher, content_hash FROM articles"
                       + (" WHERE seq > ?" if since_seq is not None else "") + " ORDER BY seq", args)
    for seq, aid, source, title, date, url, publisher, chash in cur:
        seq_to_id[seq] = aid
        arts[aid] = _ArticleRecord(aid, source, title, date, url, publisher, chash, seq).__dict__
    G.graph["articles"] = {k: arts[k] for k in sorted(arts)}
    del arts

    # -- entities: aggregate per id over articles ------------------------------------------------
    agg: dict[str, dict[str, Any]] = {}
    decoded: dict[str, tuple[Any, ...]] = {}  # the same JSON cells recur across articles: decode once

    def dec(cell: str | None) -> tuple[Any, ...]:
        if not cell:
            return ()
        v = decoded.get(cell)
        if v is None:
            v = decoded[cell] = tuple(json.loads(cell))
        return v

    # identical per-article rows are counted in C (hashing: no sort, unlike GROUP BY); only the distinct
    # variants are decoded here
    for (eid, name, kind_, kinds_s, name_zh, aliases_s, tickers_s, known), count in Counter(conn.execute(
            "SELECT entity_id, name, kind, kinds, name_zh, aliases, tickers, known FROM entities" + where,
            args)).items():
        e = agg.get(eid)
        if e is None:
            e = agg[eid] = _new_agg()
        e["names"][name] += count
        e["primary"][kind_] += count
        for k in dec(kinds_s) or (kind_,):
            e["kinds"][k] += count
        if name_zh:
            e["name_zh"][name_zh] += count
        e["aliases"].update(dec(aliases_s))
        e["tickers"].update(dec(tickers_s))
        if known:
            e["known"] = True
    # article ids, not the row's integers: the id strings are shared, the integers would be new objects
    id_of = seq_to_id.__getitem__
    for eid, seq in conn.execute("SELECT entity_id, article_seq FROM entities" + where, args):
        agg[eid]["articles"].add(id_of(seq))
    del decoded
    # mentions: counts and surface forms per entity (counted in C, not row by row)
    for (eid, text), count in Counter(conn.execute("SELECT entity_id, text FROM mentions" + where, args)).items():
        e = agg.get(eid)
        if e is not None:
            e["mentions"] += count
            e["aliases"].add(text)

    mapping = resolve_entities(agg)
    merged: dict[str, dict[str, Any]] = {}
    for eid, e in agg.items():
        target = mapping.get(eid, eid)
        m = merged.get(target)
        if m is None:
            merged[target] = m = _new_agg()
        for key in ("names", "kinds", "name_zh", "primary"):
            m[key].update(e[key])
        for key in ("aliases", "tickers", "articles"):
            m[key] |= e[key]
        m["known"] = m["known"] or e["known"]
        m["mentions"] += e["mentions"]
        if target == eid:
            m["own_primary"] = e["primary"]
            m["own_names"] = e["names"]
    del agg

    node_kinds: dict[str, tuple[str, ...]] = {}
    facts_of: dict[str, list[dict[str, Any]]] = {}
    nodes: list[tuple[str, dict[str, Any]]] = []
    for nid in sorted(merged):
        m = merged.pop(nid)
        own_names = m.get("own_names") or m["names"]
        name = _most_common(own_names)
        primary = _most_common(m.get("own_primary") or m["primary"])
        kinds = [primary] + sorted(k for k in m["kinds"] if k != primary and (m["known"] or k == primary))
        name_zh = _most_common(m["name_zh"]) if m["name_zh"] else None
        aliases = sorted((m["aliases"] | set(m["names"]) | set(m["name_zh"])) - {name})
        facts_of[nid] = []
        node_kinds[nid] = tuple(kinds)
        nodes.append((nid, dict(kind=primary, kinds=kinds, labels=list(label_chain(*kinds)), name=name,
                                name_zh=name_zh, aliases=aliases, tickers=sorted(m["tickers"]), known=m["known"],
                                articles=sorted(m["articles"]), mention_count=m["mentions"],
                                facts=facts_of[nid])))
    del merged
    release_free_memory()  # the per-entity aggregates

    # -- relations -------------------------------------------------------------------------------
    fits: dict[tuple[str, tuple[str, ...], tuple[str, ...]], bool] = {}
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    dropped = 0
    # Millions of evidence and fact records repeat a few values: share one object per distinct
    # sentence, rule, status, measure, unit, period and confidence (memory, not semantics).
    text_of = {}.setdefault
    shared = {}.setdefault
    # (offsets and figures too: an article's offsets run to a few thousand, so a few thousand int objects serve
    # millions of records; ints and floats apart, since 1 == 1.0 would swap one for the other)
    int_of = {}.setdefault
    float_of = {}.setdefault
    confidences: dict[float, float] = {}
    conf_of = confidences.get
    map_of = mapping.get
    kinds_of = node_kinds.get
    edges_of = edges.get
    rel_names = _REL_NAMES
    symmetric = _SYMMETRIC_NAMES

    for seq, subj, p, obj, evidence, start, end, conf, status, rule in conn.execute(
            'SELECT article_seq, subject, predicate, object, evidence, start, "end", confidence, status, rule '
            "FROM relations" + where, args):
        s = map_of(subj, subj)
        o = map_of(obj, obj)
        sk = kinds_of(s)
        ok_ = kinds_of(o)
        if s == o or sk is None or ok_ is None or p not in rel_names:
            dropped += 1
            continue
        fit = fits.get((p, sk, ok_))
        if fit is None:
            fit = fits[(p, sk, ok_)] = accepts(RELATIONS[Rel(p)], sk, ok_)
        if not fit:
            dropped += 1
            continue
        if p in symmetric and o < s:
            s, o = o, s
        r = conf_of(conf)
        if r is None:
            r = confidences[conf] = round(float(conf), 4)
        ev = _EvidenceRecord(seq_to_id[seq], text_of(evidence, evidence), int_of(start, start), int_of(end, end), r,
                             shared(rule, rule), shared(status, status)).__dict__
        key = (s, o, p)
        lst = edges_of(key)
        if lst is None:
            edges[key] = [ev]
        else:
            lst.append(ev)
    ref_edges = _reference_relations(node_kinds, reference_dir) if reference else {}
    release_free_memory()

    # -- facts ---------------------------------------------------------------------------------------
    facts_get = facts_of.get
    for seq, subj, measure, value, unit, period, evidence, start, end, conf, rule in conn.execute(
            'SELECT article_seq, subject, measure, value, unit, period, evidence, start, "end", confidence, rule '
            "FROM facts" + where, args):
        lst = facts_get(map_of(subj, subj))
        if lst is None:
            continue
        r = conf_of(conf)
        if r is None:
            r = confidences[conf] = round(float(conf), 4)
        if type(value) is float:
            value = float_of(value, value)
        lst.append(_FactRecord(shared(measure, measure), value, shared(unit, unit), shared(period, period),
                               text_of(evidence, evidence), seq_to_id[seq], int_of(start, start), int_of(end, end), r,
                               shared(rule, rule)).__dict__)
    del text_of
    for lst in facts_of.values():
        if len(lst) > 1:
            lst.sort(key=_fact_order)
    release_free_memory()
    for nid, attrs in nodes:
        G.add_node(nid, **attrs)
    del nodes

    # first_seen / last_seen: the dates of the articles of an edge's evidence
    date_of = {aid: meta["date"] for aid, meta in G.graph["articles"].items() if meta["date"]}.get
    keys = list(edges)
    if ref_edges:
        keys.extend(k for k in ref_edges if k not in edges)
    keys.sort()
    add_edge = _edge_adder(G)
    for key in keys:
        s, o, p = key
        ev = edges.pop(key, None)
        refs = ref_edges.get(key)
        if ev is None:
            assert refs is not None
            status = refs[0]["status"]
            refs.sort(key=_evidence_order)
            add_edge(s, o, p, _EdgeRecord(p, [], refs, 1.0, status, None, None, len(refs), ["reference"]).__dict__)
            continue
        if len(ev) == 1:  # most edges: skip the sorting and scanning
            e0 = ev[0]
            conf, status, articles = e0["confidence"], e0["status"], [e0["article"]]
            first = last = date_of(e0["article"])
        else:
            conf = max(e["confidence"] for e in ev)
            status = "stated" if any(e["status"] == "stated" for e in ev) else "planned"
            articles = sorted({e["article"] for e in ev})
            ev.sort(key=_ARTICLE_EVIDENCE_ORDER)  # article evidence: article and start are never None
            ds = [d for d in map(date_of, [e["article"] for e in ev]) if d]
            first, last = (min(ds), max(ds)) if ds else (None, None)
        sources = ["article"]
        if refs:
            ev.extend(refs)
            sources = ["article", "reference"]
            conf = max(conf, 1.0)
            ev.sort(key=_evidence_order)
        add_edge(s, o, p, _EdgeRecord(p, articles, ev, conf, "stated" if status == "stated" else "planned", first,
                                      last, len(ev), sources).__dict__)
    _clear_views(G)
    G.graph["dropped_relations"] = dropped
    del keys, edges, ref_edges
    release_free_memory()
    return G


def _edge_adder(G: nx.MultiDiGraph) -> Callable[[str, str, str, dict[str, Any]], None]:
    """``add(u, v, key, attrs)``: ``G.add_edge(u, v, key=key, **attrs)`` for a new edge between two nodes
    already in ``G`` (a plain MultiDiGraph), storing ``attrs`` itself as the edge's data dict.

    Tens of thousands of edges: no keyword dict, no copy into a new data dict, no view-cache reset per
    edge (:func:`_clear_views` once at the end). Falls back to ``add_edge`` for any other graph class.
    """
    if type(G) is not nx.MultiDiGraph:
        def add_via_networkx(u: str, v: str, key: str, attrs: dict[str, Any]) -> None:
            G.add_edge(u, v, key=key, **attrs)

        return add_via_networkx
    succ, pred = G._succ, G._pred
    # (most pairs of nodes are joined by one relation type: their key dict is made as the attribute dict of an
    # instance of a class for that type, which CPython stores with the shared one-key table, a third of a plain
    # one-entry dict; a second type added to the pair makes it an ordinary table)
    keydict_classes: dict[str, type] = {}

    def add(u: str, v: str, key: str, attrs: dict[str, Any]) -> None:
        nbrs = succ[u]  # KeyError for an unknown node: every edge joins two entities of the graph
        keydict = nbrs.get(v)
        if keydict is None:
            cls = keydict_classes.get(key)
            if cls is None:
                cls = keydict_classes[key] = type("_Keys", (), {"__slots__": ("__dict__",)})
            o = cls()
            keydict = nbrs[v] = o.__dict__
            pred[v][u] = keydict
        keydict[key] = attrs

    return add


def _clear_views(G: nx.MultiDiGraph) -> None:
    """Drop cached views of ``G`` after its adjacency was changed directly (what networkx does per edge)."""
    clear = getattr(nx, "_clear_cache", None)
    if clear is not None:
        clear(G)


_SYMMETRIC_NAMES = frozenset(r.value for r in SYMMETRIC)
_REL_NAMES = frozenset(Rel.__members__)


# Millions of small article, evidence, fact and edge records with the same keys in the same order: each is made
# as an instance's attribute dict, which CPython stores as a split table whose keys all the records share (about
# half the memory of a dict literal). They are ordinary dicts in every other way; a record given a new key or
# built on another interpreter is just a plain dict.
class _ArticleRecord:
    __slots__ = ("__dict__",)

    def __init__(self, id: str, source: str, title: str | None, date: str | None, url: str | None,
                 publisher: str | None, content_hash: str, seq: int) -> None:
        self.id = id
        self.source = source
        self.title = title
        self.date = date
        self.url = url
        self.publisher = publisher
        self.content_hash = content_hash
        self.seq = seq


class _EvidenceRecord:
    __slots__ = ("__dict__",)

    def __init__(self, article: str, text: str, start: int, end: int, confidence: float, rule: str,
                 status: str) -> None:
        self.article = article
        self.text = text
        self.start = start
        self.end = end
        self.confidence = confidence
        self.rule = rule
        self.status = status


class _FactRecord:
    __slots__ = ("__dict__",)

    def __init__(self, measure: str, value: Any, unit: str | None, period: str | None, evidence: str, article: str,
                 start: int, end: int, confidence: float, rule: str) -> None:
        self.measure = measure
        self.value = value
        self.unit = unit
        self.period = period
        self.evidence = evidence
        self.article = article
        self.start = start
        self.end = end
        self.confidence = confidence
        self.rule = rule


class _EdgeRecord:
    __slots__ = ("__dict__",)

    def __init__(self, type: str, articles: list[str], evidence: list[dict[str, Any]], confidence: float,
                 status: str, first_seen: str | None, last_seen: str | None, mention_count: int,
                 sources: list[str]) -> None:
        self.type = type
        self.articles = articles
        self.evidence = evidence
        self.confidence = confidence
        self.status = status
        self.first_seen = first_seen
        self.last_seen = last_seen
        self.mention_count = mention_count
        self.sources = sources


def _fact_order(f: dict[str, Any]) -> tuple[Any, ...]:
    # the order of evkg.graph.model.sort_graph
    return (f["measure"], f["period"] or "", f["value"], f["article"] or "", f["start"])


_ARTICLE_EVIDENCE_ORDER = itemgetter("article", "start", "text")


def _evidence_order(e: dict[str, Any]) -> tuple[Any, ...]:
    return (e["article"] or "", e["start"] or 0, e["text"] or "")


def _reference_relations(node_kinds: dict[str, tuple[str, ...]], reference_dir: str | Path | None,
                         ) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Evidence of the reference-data relations between entities of the graph, by (subject, object, type)."""
    from evkg.loaders.reference import load_reference

    kb = load_reference(Path(reference_dir) if reference_dir else None)
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for rr in kb.relations:
        s, p, o = rr.subject, rr.predicate, rr.object
        if s not in node_kinds or o not in node_kinds or s == o:
            continue
        spec = RELATIONS[Rel(p)]
        if not accepts(spec, node_kinds[s], node_kinds[o]):
            continue
        if spec.rel in SYMMETRIC and o < s:
            s, o = o, s
        ev = {k: None for k in EVIDENCE_KEYS}
        ev.update({"text": rr.note or "reference data", "confidence": 1.0, "rule": "reference",
                   "status": rr.status or "stated"})
        out.setdefault((s, o, p), []).append(ev)
    return out


def _most_common(c: Counter) -> Any:
    # ties broken by the value itself, so the choice is deterministic
    return sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


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


#: Relative cost of each exporter (seconds on 10,000 articles). Files written at once are shared out
#: among the processes so that each has about the same total, costliest first.
EXPORT_COST = {"rdf": 8.0, "cypher": 7.0, "html": 6.0, "neo4j-csv": 6.0, "json": 3.5, "graphml": 3.0}
#: Default limit on the memory of a build writing its files in several processes (bytes, summed over them).
#: A forked writer's own memory grows to most of the graph's size (at 100k articles: graph ~1.8 GB,
#: one forked writer ~1.5 GB of its own, about 3.5 GB in all), so under this budget a build writes its
#: files one after another from roughly 50k articles up (see :func:`writer_processes`).
MEMORY_BUDGET = 2 * 2**30
#: Memory an exporter adds on top of the graph while it writes (the largest measured, graph.html: ~120 MB).
EXPORTER_MEMORY = 128 * 2**20


def write_outputs(G: nx.MultiDiGraph, out: Path, outputs: dict[str, str] | None = None,
                  timings: dict[str, float] | None = None, *, jobs: int = 1,
                  memory_budget: int | None = MEMORY_BUDGET) -> dict[str, Path]:
    """Write derived files through the exporter registry; returns exporter name -> path.

    With ``jobs`` > 1 (and ``os.fork`` available) the files are shared out among up to ``jobs``
    processes, this one and forked ones reading ``G`` copy-on-write (:func:`write_forked`); the
    files are the same bytes as when written one after another. A forked writer ends up holding
    its own copy of most of the graph's memory pages (reading a Python object writes its reference
    count), so fewer processes are used when this process's resident size times their number
    would exceed ``memory_budget`` (``None``: no limit); see :func:`writer_processes`.

    ``timings``, if given, receives ``export:<name>`` -> seconds for each file (its writer's wall
    time) and ``exports`` -> seconds for all of them.
    """
    from .export import get_exporter

    t0 = time.perf_counter()
    outs = outputs or DEFAULT_OUTPUTS
    # every name is checked before any file is written
    tasks = {name: (get_exporter(name), out / filename) for name, filename in outs.items()}
    procs = writer_processes(jobs, len(tasks), memory_budget) if hasattr(os, "fork") else 1
    if procs > 1:
        seconds = write_forked(G, tasks, processes=procs)
    else:
        seconds = {}
        for name, (write, path) in tasks.items():
            t = time.perf_counter()
            write(G, path)
            release_free_memory()  # the exporter's buffers, before the next one runs
            seconds[name] = time.perf_counter() - t
    if timings is not None:
        for name in outs:
            timings[f"export:{name}"] = seconds[name]
        timings["exports"] = time.perf_counter() - t0
    return {name: path for name, (_, path) in tasks.items()}


def writer_processes(jobs: int, files: int, memory_budget: int | None, *, resident: int | None = None) -> int:
    """How many processes write ``files`` files: at most ``jobs`` and ``files``, and within ``memory_budget``.

    Each forked writer is counted at this process's ``resident`` size (default: now) plus
    :data:`EXPORTER_MEMORY`, this process at its size plus :data:`EXPORTER_MEMORY`.

    >>> writer_processes(2, 4, 2 * 2**30, resident=300 * 2**20)
    2
    >>> writer_processes(2, 4, 2 * 2**30, resident=1800 * 2**20)
    1
    """
    n = max(1, min(jobs, files))
    if memory_budget is None or n == 1:
        return n
    rss = _resident_bytes() if resident is None else resident
    while n > 1 and n * (rss + EXPORTER_MEMORY) > memory_budget:
        n -= 1
    return n


def _resident_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):  # no /proc: the peak so far (KiB on Linux, bytes on macOS)
        import resource
        import sys

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(peak if sys.platform == "darwin" else peak * 1024)


def share_out(names: Sequence[str], processes: int) -> list[list[str]]:
    """``names`` in at most ``processes`` groups of about equal :data:`EXPORT_COST`, costliest first.

    >>> share_out(["json", "rdf", "cypher", "html"], 2)
    [['rdf', 'json'], ['cypher', 'html']]
    """
    groups: list[list[str]] = [[] for _ in range(processes)]
    load = [0.0] * processes
    for name in sorted(names, key=lambda n: -EXPORT_COST.get(n, 1.0)):
        i = load.index(min(load))
        groups[i].append(name)
        load[i] += EXPORT_COST.get(name, 1.0)
    return [g for g in groups if g]


def write_forked(G: nx.MultiDiGraph, tasks: dict[str, tuple[Callable[..., Any], Path]], *,
                 processes: int) -> dict[str, float]:
    """Run ``write(G, path)`` for every ``name -> (write, path)`` of ``tasks`` in ``processes`` processes.

    The tasks are shared out by :func:`share_out`: this process runs the first group, a forked
    process each of the others, one task after another. The forked writers read the graph this
    process built, shared copy-on-write; the collector's objects are frozen (``gc.freeze``) while
    they run, so that no collection writes to every object's header and copies its page.

    Every task runs even if another fails; then the error of the first failed task (in ``tasks``
    order) is raised here, with the type and message it would have had if run here (the others are
    logged). A failed writer leaves its file as it was (the exporters write atomically). A forked
    writer is stopped, and removes its temporary file, when this process dies or is interrupted.

    Returns name -> seconds the writing took in its process.
    """
    own, *others = share_out(list(tasks), processes)
    children: dict[int, tuple[int, list[str], list[bytes]]] = {}  # pipe fd -> (pid, names, what was read)
    results: dict[str, dict[str, Any]] = {}
    parent = os.getpid()
    _parent_death_signal()  # loads libc here, not in each child
    gc.freeze()
    try:
        for names in others:
            rfd, wfd = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: never returns
                os.close(rfd)
                _write_in_child([(name, *tasks[name]) for name in names], G, wfd, parent)
            os.close(wfd)
            children[rfd] = (pid, names, [])
        for name in own:
            write, path = tasks[name]
            t = time.perf_counter()
            try:
                write(G, path)
                results[name] = {"seconds": time.perf_counter() - t}
            except Exception as err:  # noqa: BLE001 - raised below, after the other files are written
                results[name] = {"seconds": time.perf_counter() - t, "error": err}
            release_free_memory()
        while children:
            ready, _, _ = select.select(list(children), [], [])
            for fd in ready:
                chunk = os.read(fd, 1 << 16)
                if chunk:
                    children[fd][2].append(chunk)
                    continue
                pid, names, data = children.pop(fd)
                os.close(fd)
                _, status = os.waitpid(pid, 0)
                results.update(_child_results(names, tasks, status, b"".join(data)))
    finally:
        for fd, (pid, _, _) in children.items():  # interrupted: stop the writers still running
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            os.close(fd)
            os.waitpid(pid, 0)
        gc.unfreeze()
    failed = [name for name in tasks if "error" in results[name]]
    for name in failed[1:]:
        log.error("writing %s failed: %s", tasks[name][1], results[name]["error"])
    if failed:
        raise results[failed[0]]["error"]
    return {name: results[name]["seconds"] for name in tasks}


class _Terminated(BaseException):
    """SIGTERM in a forked writer: unwinds it so that its temporary file is removed."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Terminated("stopped by SIGTERM")


def _write_in_child(work: list[tuple[str, Callable[..., Any], Path]], G: nx.MultiDiGraph, wfd: int,
                    parent: int) -> None:
    """Body of a forked writer: write each file, send back its seconds or error, exit without cleanup."""
    code = 1
    try:
        signal.signal(signal.SIGTERM, _on_sigterm)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops the writers
        death = _parent_death_signal()
        if death is not None:
            death(signal.SIGTERM)
        if os.getppid() != parent:  # the parent died before the death signal was set
            os._exit(code)
        code = 0
        for name, write, path in work:
            t = time.perf_counter()
            try:
                write(G, path)
                msg: dict[str, Any] = {"name": name, "seconds": time.perf_counter() - t}
            except Exception as err:  # noqa: BLE001 - sent to the parent, which raises it
                import traceback

                code = 1
                msg = {"name": name, "seconds": time.perf_counter() - t, "error": _portable_error(err),
                       "traceback": "".join(traceback.format_exception(err))}
            data = pickle.dumps(msg)
            while data:
                data = data[os.write(wfd, data):]
            release_free_memory()
    finally:
        # no atexit handlers, no flushing of inherited buffers, no closing of the workspace's connection
        os._exit(code)


def _portable_error(err: BaseException) -> Any:
    """``err`` if it survives pickling (same type and message), else its type name and message."""
    try:
        back = pickle.loads(pickle.dumps(err))
        if type(back) is type(err) and str(back) == str(err):
            return err
    except Exception:  # noqa: BLE001 - not picklable: sent as text
        pass
    return (f"{type(err).__module__}.{type(err).__qualname__}", str(err))


def _child_results(names: list[str], tasks: dict[str, tuple[Callable[..., Any], Path]], status: int,
                   data: bytes) -> dict[str, dict[str, Any]]:
    """name -> seconds or error, for each task of a forked writer: what it sent, or how it ended."""
    import io

    got: dict[str, dict[str, Any]] = {}
    stream = io.BytesIO(data)
    while stream.tell() < len(data):
        try:
            msg = pickle.load(stream)
        except Exception:  # noqa: BLE001 - cut short: the process died while sending
            break
        got[msg["name"]] = msg
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        path = tasks[name][1]
        msg = got.get(name)
        if msg is None:
            code = os.waitstatus_to_exitcode(status)
            how = f"was killed by signal {-code}" if code < 0 else f"exited with status {code}"
            out[name] = {"error": ExportError(f"{path}: the process writing it {how} before finishing")}
            continue
        err = msg.get("error")
        if isinstance(err, tuple):
            err = ExportError(f"{path}: the {name} exporter failed: {err[0]}: {err[1]}")
        if err is not None:
            err.add_note(f"raised in the process writing {path}:\n{msg.get('traceback', '')}")
            msg["error"] = err
        out[name] = msg
    return out


def _parent_death_signal() -> Callable[[int], None] | None:
    """``set(sig)``: have ``sig`` delivered to this process when its parent dies (Linux), or None elsewhere."""
    global _PDEATHSIG
    if _PDEATHSIG is False:
        _PDEATHSIG = None
        try:
            import ctypes

            prctl = ctypes.CDLL(None, use_errno=True).prctl
            prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
            prctl.restype = ctypes.c_int

            def set_signal(sig: int) -> None:
                prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)

            _PDEATHSIG = set_signal
        except (OSError, AttributeError):  # no prctl: not Linux
            pass
    return _PDEATHSIG  # type: ignore[return-value]


_PR_SET_PDEATHSIG = 1
_PDEATHSIG: Any = False


def _evkg_version() -> str:
    try:
        from importlib.metadata import version

        return version("evkg")
    except Exception:  # noqa: BLE001 - not installed: the source tree counts as one version
        return "source"


def _build_state(ws: Workspace, out: Path, outputs: dict[str, str], reference: bool) -> dict[str, Any]:
    """What the derived files depend on: the workspace contents, the reference data, evkg itself."""
    n, top = ws.conn.execute("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM articles").fetchone()
    ref: list[Any] = []
    if reference:
        from evkg.loaders.reference import default_directory

        for name in ("entities.csv", "relations.csv"):
            p = default_directory() / name
            st = p.stat() if p.exists() else None
            ref.append([name, st.st_size, st.st_mtime_ns] if st else [name, None, None])
    return {"articles": int(n), "max_seq": int(top), "reference": ref, "evkg": _evkg_version(),
            "outputs": dict(sorted(outputs.items()))}


def _outputs_state(out: Path, outputs: dict[str, str]) -> dict[str, list[int]] | None:
    res: dict[str, list[int]] = {}
    for filename in outputs.values():
        p = out / filename
        try:
            st = p.stat()
        except OSError:
            return None
        res[filename] = [st.st_size, st.st_mtime_ns]
    return res


def build(sources: Sequence[str | Path] | None = None, *, out: str | Path = DEFAULT_OUT,
          workspace: str | Path | None = None, jobs: int = 1, strict: bool = False,
          outputs: dict[str, str] | None = None, lock_timeout: float = 5.0, reference: bool = True,
          progress: Callable[[int, int], None] | None = None,
          on_commit: Callable[[list[str]], None] | None = None, force: bool = False,
          memory_budget: int | None = MEMORY_BUDGET) -> BuildReport:
    """Ingest ``sources`` (default seeds/articles) into the workspace and write the derived files.

    When nothing changed since the last build into ``out`` (same workspace contents, reference
    data, evkg version and output names, and the output files untouched since), the graph is not
    rebuilt and the files are not rewritten: ``report.graph_unchanged`` is True and the summary
    is the one recorded by that build.

    Args:
        sources: article files or directories.
        out: output directory for graph.json, graph.ttl, graph.cypher and graph.html.
        workspace: SQLite workspace (default ``<out>/evkg.sqlite``).
        jobs: extraction processes, and derived files written at once (each by a forked process).
        strict: make unreadable input fatal.
        outputs: exporter name -> file name (default :data:`DEFAULT_OUTPUTS`; ``{}`` writes none).
        lock_timeout: seconds to wait for another run holding the workspace lock.
        force: rebuild the graph and rewrite the files even if nothing changed.
        memory_budget: bytes the processes writing the files may use together (see :func:`write_outputs`).
    """
    out = Path(out)
    ws_path = Path(workspace) if workspace else out / WORKSPACE_NAME
    srcs = list(sources) if sources else list(DEFAULT_SOURCES)
    outs = DEFAULT_OUTPUTS if outputs is None else outputs
    # check sources before touching the workspace, so a typo creates nothing
    for s in srcs:
        if not Path(s).exists():
            raise InputError(f"{s}: no such file or directory")
    with Workspace(ws_path, lock=True, lock_timeout=lock_timeout) as ws:
        ing = ingest(srcs, ws, jobs=jobs, strict=strict, progress=progress, on_commit=on_commit)
        rep = BuildReport(**{f: getattr(ing, f) for f in IngestReport.__dataclass_fields__})
        rep.workspace = ws_path
        timings = rep.timings
        marker = "built:" + str(out.resolve())
        state = _build_state(ws, out, outs, reference)
        if not force and outs:
            prev = ws.get_marker(marker)
            last = json.loads(prev) if prev else None
            if last and last.get("state") == state and last.get("files") == _outputs_state(out, outs):
                summary = last["summary"]
                rep.graph_unchanged = True
                rep.articles_total = summary["articles_total"]
                rep.entities_by_kind = summary["entities_by_kind"]
                rep.relations_by_type = summary["relations_by_type"]
                rep.facts = summary["facts"]
                rep.dropped_relations = summary["dropped_relations"]
                rep.nodes, rep.edges = summary.get("nodes", 0), summary.get("edges", 0)
                rep.outputs = {name: out / filename for name, filename in outs.items()}
                return rep
        t = time.perf_counter()
        release_free_memory()  # what ingestion freed
        G = build_graph(ws, reference=reference)
        timings["graph"] = time.perf_counter() - t
        rep.articles_total = len(G.graph["articles"])
        rep.entities_by_kind, rep.relations_by_type, rep.facts = summarise(G)
        rep.dropped_relations = int(G.graph.get("dropped_relations", 0))
        rep.nodes, rep.edges = G.number_of_nodes(), G.number_of_edges()
        rep.outputs = write_outputs(G, out, outs, timings, jobs=jobs, memory_budget=memory_budget) if outs else {}
        del G
        if outs:
            summary = {"articles_total": rep.articles_total, "entities_by_kind": rep.entities_by_kind,
                       "relations_by_type": rep.relations_by_type, "facts": rep.facts,
                       "dropped_relations": rep.dropped_relations, "nodes": rep.nodes, "edges": rep.edges}
            ws.set_marker(marker, json.dumps({"state": state, "files": _outputs_state(out, outs),
                                              "summary": summary}, sort_keys=True))
    return rep
