"""The named query library: one question, three engines (networkx, Cypher, SPARQL), the same rows.

Each :class:`NamedQuery` has parameters, result columns, a Cypher text (runnable in Neo4j Browser with
``:param``) and a networkx function; :mod:`evkg.graph.query.sparql` holds the SPARQL twins under the same
names. :func:`run_query` resolves entity parameters (an id, a name, an alias, a Chinese name or a ticker)
to a node id with :func:`evkg.graph.model.find_entity` before any engine runs, passes ids as parameters,
and returns rows normalised (ints, floats rounded to 6 places, lists) and sorted deterministically, so
the answers of two engines can be compared with ``==``. ``shortest_path`` may pick different paths of
the same length on different engines; compare its ``hops``.

Example:
    >>> from evkg.graph.model import new_graph, add_entity, add_evidence
    >>> G = new_graph()
    >>> add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"], aliases=["宁德时代"])
    >>> add_entity(G, "company:tesla", name="Tesla", kinds=["Automaker"])
    >>> add_evidence(G, "company:catl", "SUPPLIES", "company:tesla", {"article": "article:1",
    ...              "text": "CATL supplies Tesla.", "start": 0, "end": 20, "confidence": 0.9})
    >>> run_query("customers_of", params={"entity": "宁德时代"}, graph=G)
    [{'customer_id': 'company:tesla', 'customer': 'Tesla'}]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

import networkx as nx

from evkg.graph.model import find_entity
from evkg.ontology.errors import QueryError

from . import networkx_queries as nxq
from .cypher_queries import CYPHER_QUERIES, MAX_HOPS, MAX_TIERS, RESOLVE_ENTITY, cypher_text

ENGINES = ("networkx", "cypher", "sparql")


@dataclass(frozen=True)
class Param:
    """A parameter of a named query. ``type`` is ``entity`` (resolved to an id), ``int`` or ``str``."""

    name: str
    type: str
    default: Any
    help: str


@dataclass(frozen=True)
class NamedQuery:
    """A named question with its parameters, result columns, Cypher text and networkx function."""

    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    cypher: str
    networkx: Callable[..., list[dict[str, Any]]]
    #: Sort order of the rows: column names, ``-`` in front for descending.
    order: tuple[str, ...] = ()


def _q(name: str, description: str, params: tuple[Param, ...], columns: tuple[str, ...],
       fn: Callable[..., list[dict[str, Any]]], order: tuple[str, ...] = ()) -> NamedQuery:
    return NamedQuery(name, description, params, columns, CYPHER_QUERIES[name], fn, order or columns)


_ENTITY = "an id, name, alias, Chinese name or ticker"
QUERIES: dict[str, NamedQuery] = {q.name: q for q in (
    _q("who_supplies_whom", "Every supply relation: supplier, customer, number of articles, confidence.", (),
       ("supplier_id", "supplier", "customer_id", "customer", "articles", "confidence"), nxq.who_supplies_whom,
       ("-articles", "supplier_id", "customer_id", "supplier", "customer", "confidence")),
    _q("suppliers_of", "Suppliers of an entity up to N tiers (tier = fewest SUPPLIES hops to it).",
       (Param("entity", "entity", None, f"the customer: {_ENTITY}"),
        Param("tiers", "int", 3, f"how many tiers up the chain (1..{MAX_TIERS})")),
       ("supplier_id", "supplier", "tier"), nxq.suppliers_of, ("tier", "supplier_id", "supplier")),
    _q("customers_of", "Direct customers of an entity (it SUPPLIES them).",
       (Param("entity", "entity", None, f"the supplier: {_ENTITY}"),), ("customer_id", "customer"),
       nxq.customers_of),
    _q("developers_of", "Companies (and products) that develop or use a technology (direct DEVELOPS or "
       "USES_TECHNOLOGY).", (Param("technology", "entity", None, f"the technology: {_ENTITY}"),),
       ("company_id", "company"), nxq.developers_of),
    _q("policies_supporting", "Policies that support a technology, with their issuers (empty when unknown).",
       (Param("technology", "entity", None, f"the technology: {_ENTITY}"),),
       ("policy_id", "policy", "issuer_id", "issuer"), nxq.policies_supporting),
    _q("who_met", "Companies and people a regulator met with.",
       (Param("regulator", "entity", None, f"the regulator: {_ENTITY}"),), ("entity_id", "name"), nxq.who_met),
    _q("shortest_path", f"Fewest relations between two entities, any type and direction (up to {MAX_HOPS}).",
       (Param("source", "entity", None, f"one end: {_ENTITY}"), Param("target", "entity", None,
                                                                     f"other end: {_ENTITY}")),
       ("hops", "path"), nxq.shortest_path),
    _q("co_mentioned", "Pairs of entities mentioned together in the most articles.",
       (Param("limit", "int", 20, "how many pairs"),), ("a_id", "a", "b_id", "b", "articles"), nxq.co_mentioned,
       ("-articles", "a_id", "b_id", "a", "b")),
    _q("about", "Everything said about an entity: each relation, its direction, first evidence and articles.",
       (Param("entity", "entity", None, f"the entity: {_ENTITY}"),),
       ("direction", "relation", "other_id", "other", "evidence", "articles"), nxq.about,
       ("direction", "relation", "other_id", "other", "evidence", "articles")),
)}


def get_query(name: str) -> NamedQuery:
    """The named query ``name``; QueryError listing the known names otherwise."""
    try:
        return QUERIES[name]
    except KeyError:
        raise QueryError(f"unknown query {name!r}; known: {', '.join(sorted(QUERIES))}") from None


def coerce_params(q: NamedQuery, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Parameters with defaults filled in and ints checked; QueryError for unknown or missing ones."""
    params = dict(params or {})
    known = {p.name for p in q.params}
    extra = sorted(set(params) - known)
    if extra:
        raise QueryError(f"query {q.name!r} takes no parameter {extra[0]!r}; "
                         f"it takes: {', '.join(sorted(known)) or 'none'}")
    out: dict[str, Any] = {}
    for p in q.params:
        value = params.get(p.name, p.default)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise QueryError(f"query {q.name!r} needs parameter {p.name!r} ({p.help})")
        if p.type == "int":
            try:
                if isinstance(value, bool):
                    raise ValueError(value)
                value = int(str(value).strip()) if not isinstance(value, int) else value
            except ValueError as err:
                raise QueryError(f"parameter {p.name!r} of {q.name!r} must be an integer, got {value!r}") from err
        else:
            value = str(value)
        out[p.name] = value
    if q.name == "suppliers_of" and not 1 <= out["tiers"] <= MAX_TIERS:
        raise QueryError(f"tiers must be between 1 and {MAX_TIERS}, got {out['tiers']}")
    if q.name == "co_mentioned" and out["limit"] < 0:
        raise QueryError(f"limit must be >= 0, got {out['limit']}")
    return out


def resolve_params(q: NamedQuery, params: dict[str, Any], *, graph: nx.MultiDiGraph | None = None,
                   driver: Any = None, database: str | None = None) -> dict[str, Any]:
    """Entity parameters turned into node ids (on the graph, else through the Cypher ``driver``)."""
    out = dict(params)
    for p in q.params:
        if p.type != "entity":
            continue
        text = str(out[p.name])
        node: str | None
        if graph is not None:
            node = find_entity(graph, text)
        elif driver is not None:
            kw = {"database_": database} if database else {}
            recs, _, _ = driver.execute_query(RESOLVE_ENTITY, {"text": text}, **kw)
            node = recs[0]["id"] if recs else None
        else:
            raise QueryError("resolving an entity needs a graph or a Neo4j driver")
        if node is None:
            raise QueryError(f"no entity matches {text!r} (parameter {p.name!r} of {q.name!r}); "
                             "give an id, a name, an alias, a Chinese name or a ticker")
        out[p.name] = node
    return out


def _norm_value(v: Any) -> Any:
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return float(round(v, 6))
    if isinstance(v, (list, tuple)):
        return [_norm_value(x) for x in v]
    return v


def _sortable(v: Any, desc: bool) -> tuple[int, float, str]:
    """A uniform (type tag, number, text) key: None first, then numbers, then texts and lists."""
    if v is None:
        return (0, 0.0, "")
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return (1, -float(v) if desc else float(v), "")
    if isinstance(v, list):
        return (3, 0.0, "\x1f".join(str(x) for x in v))
    return (2, 0.0, str(v))


def normalise_rows(q: NamedQuery, rows: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows with exactly the query's columns, normalised values and a deterministic order."""
    out = [{c: _norm_value(r.get(c)) for c in q.columns} for r in rows]
    specs = [*q.order, *q.columns]
    return sorted(out, key=lambda r: tuple(_sortable(r[s.lstrip("-")], s.startswith("-")) for s in specs))


def run_networkx(name: str, params: Mapping[str, Any] | None, graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The networkx twin with parameters as given (entity parameters are ids; unknown ids give no rows)."""
    q = get_query(name)
    p = coerce_params(q, params)
    if name == "shortest_path" and p["source"] == p["target"]:
        return [{"hops": 0, "path": [graph.nodes[p["source"]]["name"]]}] if p["source"] in graph else []
    return normalise_rows(q, q.networkx(graph, **p))


def run_cypher(name: str, params: Mapping[str, Any] | None, driver: Any, *,
               database: str | None = None) -> list[dict[str, Any]]:
    """The Cypher twin on a Neo4j database loaded by evkg (entity parameters are ids)."""
    from neo4j import exceptions as nex

    q = get_query(name)
    p = coerce_params(q, params)
    kw: dict[str, Any] = {"database_": database} if database else {}
    try:
        if name == "shortest_path" and p["source"] == p["target"]:
            recs, _, _ = driver.execute_query("MATCH (n:Entity {id: $id}) RETURN 0 AS hops, [n.name] AS path",
                                              {"id": p["source"]}, **kw)
        else:
            recs, _, _ = driver.execute_query(cypher_text(name, p), p, **kw)
    except (nex.Neo4jError, nex.DriverError) as err:
        msg = " ".join(str(getattr(err, "message", None) or err).split())
        raise QueryError(f"Cypher query {name!r} failed: {msg[:300]}") from err
    return normalise_rows(q, [dict(r.items()) for r in recs])


def run_query(name: str, *, engine: str = "networkx", params: Mapping[str, Any] | None = None,
              graph: nx.MultiDiGraph | None = None, driver: Any = None, database: str | None = None,
              store: Any = None, endpoint: str | None = None) -> list[dict[str, Any]]:
    """Run the named query ``name`` on one engine and return normalised, sorted rows.

    Args:
        engine: ``networkx`` (needs ``graph``), ``cypher`` (needs ``driver``; ``graph`` is used to resolve
            entity names when given) or ``sparql`` (``graph``, ``store`` or ``endpoint``).
        params: query parameters; entity parameters accept an id, name, alias, Chinese name or ticker.
    """
    q = get_query(name)
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
    p = coerce_params(q, params)
    if engine == "networkx":
        if graph is None:
            raise QueryError("the networkx engine needs a graph")
        return run_networkx(name, resolve_params(q, p, graph=graph), graph)
    if engine == "cypher":
        if driver is None:
            raise QueryError("the cypher engine needs a Neo4j driver (--uri, --user, --password)")
        return run_cypher(name, resolve_params(q, p, graph=graph, driver=driver, database=database), driver,
                          database=database)
    from .sparql import run_sparql  # lazily: only the SPARQL engine needs pyoxigraph

    if graph is None and store is None and endpoint is None:
        raise QueryError("the sparql engine needs a graph, a store or an endpoint")
    if graph is None:
        raise QueryError("resolving entity names for the sparql engine needs the graph")
    resolved = resolve_params(q, p, graph=graph)
    kwargs: dict[str, Any] = {"graph": graph} if store is None and endpoint is None else {}
    if store is not None:
        kwargs["store"] = store
    if endpoint is not None:
        kwargs["endpoint"] = endpoint
    return normalise_rows(q, run_sparql(name, resolved, **kwargs))


def describe_queries() -> list[dict[str, str]]:
    """One row per named query: name, parameters (with defaults), columns, description."""
    rows = []
    for q in QUERIES.values():
        ps = ", ".join(f"{p.name}" + (f"={p.default}" if p.default is not None else "") for p in q.params)
        rows.append({"name": q.name, "params": ps, "columns": ", ".join(q.columns), "description": q.description})
    return rows
