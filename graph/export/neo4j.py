"""Export the canonical graph to a Neo4j database over Bolt (official ``neo4j`` driver).

Runs the plan of :func:`evkg.graph.export.cypher.build_plan`: uniqueness constraints first, then
nodes, labels and relationships as parameterised ``UNWIND $rows`` batches of ``batch_size`` rows, each
batch its own transaction. Every write is a ``MERGE`` on a stable id, so exporting twice leaves the same
nodes and relationships with their properties updated in place.

Incremental pushes (``since=True`` with a workspace) send only the articles ingested after the last push
to the same server and database, with the entities they mention and the relations they state; the last
pushed sequence number is kept in the workspace under ``neo4j-push:<uri>/<database>``.

Example (needs a server)::

    from evkg.graph.export.neo4j import export_neo4j
    report = export_neo4j(G, uri="bolt://localhost:7687", user="neo4j", password="secret")
    print(report.relationships, "relationships in", round(report.seconds, 1), "s")
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import networkx as nx

from evkg.ontology.errors import ExportError

from .cypher import DEFAULT_BATCH_SIZE, Selection, Step, batched, build_plan, prune_plan, select_since


#: Bolt URI schemes the driver accepts (plain, routing, TLS and TLS with self-signed certificates).
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass
class ExportReport:
    """What an export wrote: counts of rows sent per phase, batches, time."""

    uri: str
    database: str | None
    nodes: int = 0
    relationships: int = 0
    batches: int = 0
    seconds: float = 0.0
    since_seq: int | None = None
    pushed_seq: int | None = None
    pruned: dict[str, int] = field(default_factory=dict)
    by_phase: dict[str, int] = field(default_factory=dict)


def connection_from_env(uri: str | None = None, user: str | None = None, password: str | None = None,
                        database: str | None = None) -> tuple[str, str, str, str | None]:
    """(uri, user, password, database) from the arguments, else NEO4J_URI, NEO4J_USER or NEO4J_USERNAME,
    NEO4J_PASSWORD and NEO4J_DATABASE; ExportError naming what is missing."""
    uri = uri or os.environ.get("NEO4J_URI")
    user = user or os.environ.get("NEO4J_USER") or os.environ.get("NEO4J_USERNAME")
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    missing = [n for n, v in (("--uri / NEO4J_URI", uri), ("--user / NEO4J_USER", user),
                              ("--password / NEO4J_PASSWORD", password)) if not v]
    if missing:
        raise ExportError(f"Neo4j connection incomplete: missing {', '.join(missing)}")
    return str(uri), str(user), str(password), database


def describe_error(err: BaseException, uri: str, user: str | None = None) -> str:
    """One line for a driver error: what failed, where, and the server's own message (first line)."""
    from neo4j import exceptions as nex

    msg = getattr(err, "message", None) or str(err) or type(err).__name__
    first = " ".join(str(msg).split())
    if len(first) > 300:
        first = first[:297] + "..."
    if isinstance(err, nex.AuthError):
        return f"Neo4j at {uri} refused the credentials of user {user!r}: {first}"
    if isinstance(err, nex.ServiceUnavailable):
        return f"cannot reach Neo4j at {uri}: {first}"
    if isinstance(err, (nex.ConfigurationError, ValueError)):
        return f"bad Neo4j URI {uri!r}: {first}"
    if isinstance(err, nex.Neo4jError):
        return f"Neo4j at {uri} rejected a statement ({err.code}): {first}"
    return f"Neo4j export to {uri} failed: {type(err).__name__}: {first}"


def open_driver(uri: str, user: str, password: str, *, connection_timeout: float = 10.0) -> Any:
    """A connected ``neo4j.Driver`` (connectivity and credentials checked); ExportError on failure."""
    from neo4j import GraphDatabase
    from neo4j import exceptions as nex

    scheme = uri.partition("://")[0].lower() if "://" in uri else ""
    if scheme not in URI_SCHEMES:
        raise ExportError(f"bad Neo4j URI {uri!r}: expected one of {', '.join(s + '://' for s in URI_SCHEMES)}")
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=connection_timeout,
                                      max_transaction_retry_time=5.0)
    except (nex.Neo4jError, nex.DriverError, ValueError) as err:
        raise ExportError(describe_error(err, uri, user)) from err
    try:
        driver.verify_connectivity()
    except (nex.Neo4jError, nex.DriverError, OSError, ValueError) as err:
        driver.close()
        raise ExportError(describe_error(err, uri, user)) from err
    return driver


def marker_name(uri: str, database: str | None) -> str:
    """Workspace marker key of the last pushed article sequence for a server and database."""
    return f"neo4j-push:{uri}/{database or 'default'}"


def run_plan(driver: Any, steps: list[Step], *, database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
             uri: str = "", progress: Callable[[Step, int], None] | None = None) -> ExportReport:
    """Run ``steps`` (a plan) on ``driver``: each batch of rows in its own write transaction."""
    from neo4j import RoutingControl
    from neo4j import exceptions as nex

    rep = ExportReport(uri=uri, database=database)
    t0 = time.perf_counter()
    kw: dict[str, Any] = {"routing_": RoutingControl.WRITE}
    if database:
        kw["database_"] = database
    for st in steps:
        chunks = [[]] if not st.rows else batched(st.rows, batch_size)
        for chunk in chunks:
            try:
                if st.rows:
                    driver.execute_query(st.query, {"rows": chunk}, **kw)
                else:
                    driver.execute_query(st.query, **kw)
            except (nex.Neo4jError, nex.DriverError, OSError) as err:
                raise ExportError(describe_error(err, uri) + f" [while writing {st.phase} {st.what}]") from err
            rep.batches += 1
            if progress is not None:
                progress(st, len(chunk))
        n = len(st.rows)
        rep.by_phase[st.phase] = rep.by_phase.get(st.phase, 0) + n
        if st.phase in ("articles", "entities", "facts"):
            rep.nodes += n
        elif st.phase in ("relationships", "links"):
            rep.relationships += n
    rep.seconds = time.perf_counter() - t0
    return rep


def export_neo4j(G: nx.MultiDiGraph, *, uri: str, user: str, password: str, database: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, workspace: str | Path | None = None, since: bool = False,
                 driver: Any = None, progress: Callable[[Step, int], None] | None = None,
                 prune: bool = False) -> ExportReport:
    """Write ``G`` to the Neo4j database at ``uri`` (idempotent MERGE batches); return a report.

    Args:
        G: canonical graph (only read).
        uri, user, password, database: Bolt connection (``database`` None = the server's default).
        batch_size: rows per UNWIND batch and transaction.
        workspace: workspace file holding the incremental-push marker (needed with ``since``).
        since: push only articles with ``seq`` above the marker (everything when there is no marker), and
            record the new highest ``seq`` after a successful push.
        driver: an open ``neo4j.Driver`` to reuse (then ``user``/``password`` are not used to connect).
        prune: afterwards, delete the nodes, relationships and labels an earlier export wrote that ``G`` no
            longer has (after ``evkg remove``, or a rebuild), so the database mirrors ``G``.
    """
    if batch_size < 1:
        raise ExportError(f"batch size must be >= 1, got {batch_size}")
    if since and workspace is None:
        raise ExportError("--since needs the workspace that records what was pushed (--workspace)")
    since_seq: int | None = None
    selection: Selection | None = None
    key = marker_name(uri, database)
    if since:
        from evkg.graph.workspace import Workspace

        with Workspace(workspace, create=False) as ws:  # type: ignore[arg-type]
            mark = ws.get_marker(key)
        if mark is not None:
            since_seq = int(mark)
            selection = select_since(G, since_seq)
    steps = build_plan(G, selection)
    own = driver is None
    drv = open_driver(uri, user, password) if own else driver
    try:
        rep = run_plan(drv, steps, database=database, batch_size=batch_size, uri=uri, progress=progress)
        if prune:
            rep.pruned = run_prune(drv, G, database=database, uri=uri)
    finally:
        if own:
            drv.close()
    rep.since_seq = since_seq
    seqs = [int(m.get("seq") or 0) for m in G.graph.get("articles", {}).values()]
    rep.pushed_seq = max(seqs, default=0)
    if workspace is not None and (since or Path(workspace).exists()):
        from evkg.graph.workspace import Workspace

        with Workspace(workspace, create=False) as ws:
            ws.set_marker(key, str(max(rep.pushed_seq, since_seq or 0)))
    return rep


def run_prune(driver: Any, G: nx.MultiDiGraph, *, database: str | None = None, uri: str = "") -> dict[str, int]:
    """Run :func:`~evkg.graph.export.cypher.prune_plan`; returns deleted nodes, relationships and removed labels."""
    from neo4j import RoutingControl
    from neo4j import exceptions as nex

    kw: dict[str, Any] = {"routing_": RoutingControl.WRITE}
    if database:
        kw["database_"] = database
    out = {"nodes": 0, "relationships": 0, "labels": 0}
    for query, params in prune_plan(G):
        try:
            _, summary, _ = driver.execute_query(query, params, **kw)
        except (nex.Neo4jError, nex.DriverError, OSError) as err:
            raise ExportError(describe_error(err, uri) + " [while pruning]") from err
        c = summary.counters
        out["nodes"] += c.nodes_deleted
        out["relationships"] += c.relationships_deleted
        out["labels"] += c.labels_removed
    return out


def count_graph(driver: Any, database: str | None = None) -> tuple[dict[str, int], dict[str, int]]:
    """(nodes per label, relationships per type) in a database, for checks and tests."""
    kw: dict[str, Any] = {"database_": database} if database else {}
    recs, _, _ = driver.execute_query("MATCH (n) UNWIND labels(n) AS l RETURN l AS label, count(*) AS c", **kw)
    labels = {r["label"]: r["c"] for r in recs}
    recs, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c", **kw)
    types = {r["t"]: r["c"] for r in recs}
    return dict(sorted(labels.items())), dict(sorted(types.items()))

