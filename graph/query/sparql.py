"""SPARQL twins of the named query library, and ad-hoc SPARQL over a graph, a store or an endpoint.

Every named query of :mod:`evkg.graph.query.library` has a SPARQL text in :data:`SPARQL_QUERIES` that
returns the same columns; :func:`run_sparql` runs it on the RDF export of a graph (pyoxigraph in memory),
on a pyoxigraph ``Store`` or on a SPARQL 1.1 endpoint, and gives rows of the same columns and types as
the networkx twin (ids are evkg ids, read back from ``evkg:id``; counts are ``int``; confidences
``float``). Row order does not matter: the library sorts.

Parameters are never pasted into a query as text. Entity parameters are evkg ids, minted into IRIs by
the exporter's own :func:`~evkg.graph.export.rdf.mint_iri` (percent-encoded, so no character of an id can
end the IRI; checked again before use) and bound through a ``VALUES ?entity { <iri> }`` block put first in
the WHERE clause, the same way in process and over HTTP. (pyoxigraph's ``substitutions`` argument only
accepts variables that the query projects, which the parameters are not.) Integer parameters
(``tiers``, ``limit``) are validated ints.

Queries read the plain relation triples and the provenance records of
:mod:`evkg.graph.export.rdf` (``evkg:RelationAssertion`` with ``prov:wasDerivedFrom`` articles and
``evkg:hasEvidence`` records). Symmetric relations are stored once; queries that care match both
directions.

Example:
    >>> from evkg.graph.model import new_graph, add_entity, add_evidence
    >>> G = new_graph()
    >>> add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"])
    >>> add_entity(G, "company:tesla", name="Tesla", kinds=["Automaker"])
    >>> add_evidence(G, "company:catl", "SUPPLIES", "company:tesla", {"article": "article:1",
    ...              "text": "CATL supplies Tesla.", "start": 0, "end": 20, "confidence": 0.9}, date="2024-01-02")
    >>> run_sparql("customers_of", {"entity": "company:catl"}, graph=G)
    [{'customer_id': 'company:tesla', 'customer': 'Tesla'}]
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import TYPE_CHECKING, Any

from evkg.ontology.errors import QueryError
from evkg.ontology.vocab import DEFAULT_BASE, RELATIONS, SYMMETRIC

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pyoxigraph

XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIX_HEADER = """PREFIX evkg: <https://w3id.org/evkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# One UNION arm per relation property and direction: Oxigraph answers each arm from its predicate index and
# joins it with the bound ?entity / ?from, where `VALUES ?p { ... } ?s ?p ?o` would scan every triple.
_NEIGHBOUR_ARMS = "\n    UNION ".join(
    f"{{ ?from evkg:{s.prop} ?to }} UNION {{ ?to evkg:{s.prop} ?from }}" for s in RELATIONS.values())
_ABOUT_ARMS = "\n    UNION ".join(
    f'{{ ?entity evkg:{s.prop} ?o . BIND(evkg:{s.prop} AS ?p) BIND("{r.value}" AS ?relation) '
    f'BIND("out" AS ?direction) BIND(?entity AS ?s) BIND(?o AS ?obj) }}\n    UNION '
    f'{{ ?o evkg:{s.prop} ?entity . BIND(evkg:{s.prop} AS ?p) BIND("{r.value}" AS ?relation) '
    f'BIND("in" AS ?direction) BIND(?o AS ?s) BIND(?entity AS ?obj) }}'
    for r, s in RELATIONS.items())
_SEP = "\\u0001"  # separates sort-key parts; sorts before any character an id or text holds

MAX_TIERS = 10
MAX_HOPS = 12


def _suppliers_of(tiers: int) -> str:
    arms = []
    for k in range(1, tiers + 1):
        nodes = ["?x"] + [f"?m{i}" for i in range(1, k)] + ["?entity"]
        chain = " . ".join(f"{a} evkg:supplies {b}" for a, b in zip(nodes, nodes[1:]))
        arms.append(f"{{ {chain} . BIND({k} AS ?t) }}")
    union = "\n    UNION ".join(arms)
    return PREFIX_HEADER + f"""# Suppliers of ?entity up to {tiers} tiers; tier = fewest SUPPLIES hops from the supplier to ?entity.
SELECT ?supplier_id ?supplier (MIN(?t) AS ?tier) WHERE {{
    {union}
    FILTER(?x != ?entity)
    ?x evkg:id ?supplier_id ; skos:prefLabel ?label .
    BIND(STR(?label) AS ?supplier)
}}
GROUP BY ?supplier_id ?supplier
"""


def _co_mentioned(limit: int) -> str:
    return PREFIX_HEADER + f"""# Pairs of entities mentioned by the same articles, most shared articles first.
SELECT ?a_id ?a ?b_id ?b (COUNT(DISTINCT ?art) AS ?articles) WHERE {{
    ?art evkg:mentions ?x, ?y .
    ?x evkg:id ?a_id . ?y evkg:id ?b_id .
    FILTER(?a_id < ?b_id)
    ?x skos:prefLabel ?al . ?y skos:prefLabel ?bl .
    BIND(STR(?al) AS ?a) BIND(STR(?bl) AS ?b)
}}
GROUP BY ?a_id ?a ?b_id ?b
ORDER BY DESC(?articles) ?a_id ?b_id
LIMIT {limit}
"""


#: Named query -> SPARQL text (free variables such as ``?entity`` are the parameters).
SPARQL_QUERIES: dict[str, str] = {
    "who_supplies_whom": PREFIX_HEADER + """# Every SUPPLIES relation with its number of articles and confidence.
SELECT ?supplier_id ?supplier ?customer_id ?customer (COUNT(DISTINCT ?art) AS ?articles)
       (MAX(?conf) AS ?confidence) WHERE {
    ?s evkg:supplies ?c .
    ?s evkg:id ?supplier_id ; skos:prefLabel ?sl .
    ?c evkg:id ?customer_id ; skos:prefLabel ?cl .
    OPTIONAL {
        ?a a evkg:RelationAssertion ; rdf:subject ?s ; rdf:predicate evkg:supplies ; rdf:object ?c .
        OPTIONAL { ?a evkg:confidence ?conf }
        OPTIONAL { ?a prov:wasDerivedFrom ?art }
    }
    BIND(STR(?sl) AS ?supplier) BIND(STR(?cl) AS ?customer)
}
GROUP BY ?supplier_id ?supplier ?customer_id ?customer
""",
    "suppliers_of": _suppliers_of(3),
    "customers_of": PREFIX_HEADER + """# Direct customers of ?entity.
SELECT ?customer_id ?customer WHERE {
    ?entity evkg:supplies ?c .
    ?c evkg:id ?customer_id ; skos:prefLabel ?label .
    BIND(STR(?label) AS ?customer)
}
""",
    "developers_of": PREFIX_HEADER + """# Who develops or uses ?technology (direct DEVELOPS or USES_TECHNOLOGY).
SELECT DISTINCT ?company_id ?company WHERE {
    { ?c evkg:develops ?technology } UNION { ?c evkg:usesTechnology ?technology }
    ?c evkg:id ?company_id ; skos:prefLabel ?label .
    BIND(STR(?label) AS ?company)
}
""",
    "policies_supporting": PREFIX_HEADER + """# Policies that support ?technology, with their issuers (unbound when none is known).
SELECT ?policy_id ?policy ?issuer_id ?issuer WHERE {
    ?p evkg:supports ?technology .
    ?p evkg:id ?policy_id ; skos:prefLabel ?pl .
    BIND(STR(?pl) AS ?policy)
    OPTIONAL {
        ?i evkg:issued ?p .
        ?i evkg:id ?issuer_id ; skos:prefLabel ?il .
        BIND(STR(?il) AS ?issuer)
    }
}
""",
    "who_met": PREFIX_HEADER + """# Companies and people ?regulator met with.
SELECT ?entity_id ?name WHERE {
    ?regulator evkg:metWith ?e .
    ?e evkg:id ?entity_id ; skos:prefLabel ?label .
    BIND(STR(?label) AS ?name)
}
""",
    # shortest_path is a breadth-first search driven from Python, one query per hop: SPARQL 1.1 property
    # paths tell whether a path exists but not how long it is. This is the query of one hop.
    "shortest_path": PREFIX_HEADER + f"""# Neighbours of the ?frontier nodes over every relation type, in either direction.
SELECT DISTINCT ?from ?to WHERE {{
    {_NEIGHBOUR_ARMS}
}}
""",
    "co_mentioned": _co_mentioned(20),
    # The provenance record is joined, not OPTIONAL: evkg writes one for every relation triple, and Oxigraph
    # evaluates a multi-pattern OPTIONAL over the whole store (50x slower on 400k triples).
    "about": PREFIX_HEADER + f"""# Every relation of ?entity: direction, type, the other end, first evidence and number of articles.
SELECT ?direction ?relation ?other_id ?other
       (STRAFTER(STRAFTER(MIN(?key), "{_SEP}"), "{_SEP}") AS ?evidence)
       (COUNT(DISTINCT ?art) AS ?articles) WHERE {{
    {_ABOUT_ARMS}
    ?o evkg:id ?other_id ; skos:prefLabel ?label .
    ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?obj ; evkg:hasEvidence ?ev .
    OPTIONAL {{ ?a prov:wasDerivedFrom ?art }}
    OPTIONAL {{ ?ev evkg:evidence ?text }}
    OPTIONAL {{ ?ev prov:wasDerivedFrom/evkg:id ?ev_article }}
    OPTIONAL {{ ?ev evkg:startOffset ?start }}
    BIND(STR(?label) AS ?other)
    # sort key of the evidence: (article id, zero-padded offset, text), as the networkx twin sorts it
    BIND(STR(COALESCE(?start, 0)) AS ?k_start)
    BIND(CONCAT(COALESCE(?ev_article, ""), "{_SEP}", SUBSTR("000000000000", STRLEN(?k_start) + 1), ?k_start,
                "{_SEP}", COALESCE(?text, "")) AS ?key)
}}
GROUP BY ?direction ?relation ?other_id ?other
""",
}

#: Named query -> (parameter, kind, default); kind is "entity" (an evkg id) or "int".
PARAMS: dict[str, tuple[tuple[str, str, Any], ...]] = {
    "who_supplies_whom": (),
    "suppliers_of": (("entity", "entity", None), ("tiers", "int", 3)),
    "customers_of": (("entity", "entity", None),),
    "developers_of": (("technology", "entity", None),),
    "policies_supporting": (("technology", "entity", None),),
    "who_met": (("regulator", "entity", None),),
    "shortest_path": (("source", "entity", None), ("target", "entity", None)),
    "co_mentioned": (("limit", "int", 20),),
    "about": (("entity", "entity", None),),
}

#: Named query -> result columns (the same as the networkx and Cypher twins).
COLUMNS: dict[str, tuple[str, ...]] = {
    "who_supplies_whom": ("supplier_id", "supplier", "customer_id", "customer", "articles", "confidence"),
    "suppliers_of": ("supplier_id", "supplier", "tier"),
    "customers_of": ("customer_id", "customer"),
    "developers_of": ("company_id", "company"),
    "policies_supporting": ("policy_id", "policy", "issuer_id", "issuer"),
    "who_met": ("entity_id", "name"),
    "shortest_path": ("hops", "path"),
    "co_mentioned": ("a_id", "a", "b_id", "b", "articles"),
    "about": ("direction", "relation", "other_id", "other", "evidence", "articles"),
}

_INT_RE = re.compile(r"^[+-]?\d+$")


# --- engines ------------------------------------------------------------------------------------------

class _Engine:
    """Runs a SELECT with entity bindings on a pyoxigraph store or an HTTP endpoint; rows of Python values."""

    def __init__(self, *, store: "pyoxigraph.Store | None" = None, endpoint: str | None = None,
                 timeout: float = 60.0) -> None:
        self.store = store
        self.endpoint = endpoint
        self.timeout = timeout

    def select(self, query: str, bindings: dict[str, str] | None = None,
               values: tuple[str, list[str]] | None = None) -> list[dict[str, Any]]:
        """Run ``query``; ``bindings`` maps variables to IRIs, ``values`` = (variable, IRIs) for a VALUES block."""
        if values is not None:
            query = _with_values(query, values[0], values[1])
        for var, iri in sorted((bindings or {}).items()):
            query = _with_values(query, var, [iri])
        if self.store is not None:
            import pyoxigraph as ox

            try:
                res = self.store.query(query)
            except SyntaxError as err:
                raise QueryError(f"SPARQL syntax error: {err}") from err
            except OSError as err:  # pragma: no cover - store failure
                raise QueryError(f"SPARQL query failed: {err}") from err
            if not isinstance(res, ox.QuerySolutions):
                raise QueryError("expected a SELECT query")
            names = [v.value for v in res.variables]
            return [{n: term_value(sol[n]) for n in names} for sol in res]
        if self.endpoint is not None:
            data = post_query(self.endpoint, query, accept="application/sparql-results+json", timeout=self.timeout)
            doc = json.loads(data)
            names = doc["head"]["vars"]
            return [{n: json_term_value(b.get(n)) for n in names} for b in doc["results"]["bindings"]]
        raise QueryError("run_sparql needs one of graph=, store= or endpoint=")


def _check_iri(iri: str) -> str:
    # Minted IRIs are percent-encoded; refuse anything that could break out of <...> all the same.
    if re.search(r"[\x00-\x20<>\"{}|\\^`]", iri):
        raise QueryError(f"refusing IRI {iri!r}: it holds characters an IRI cannot")
    return iri


def _with_values(query: str, var: str, iris: list[str]) -> str:
    """``query`` with ``VALUES ?var { <iri> ... }`` as the first pattern of its outer WHERE clause."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", var):
        raise QueryError(f"bad variable name {var!r}")
    block = f"VALUES ?{var} {{ " + " ".join(f"<{_check_iri(i)}>" for i in iris) + " }\n    "
    m = re.search(r"\bWHERE\s*\{", query)
    if m is None:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    return query[:m.end()] + "\n    " + block + query[m.end():]


def term_value(term: Any) -> Any:
    """Python value of a pyoxigraph term: ints, floats and booleans for numeric literals, str otherwise."""
    if term is None:
        return None
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        return _literal_value(term.value, term.datatype.value if term.datatype else None)
    return term.value


def json_term_value(b: dict[str, Any] | None) -> Any:
    """Python value of a term in SPARQL 1.1 JSON results."""
    if b is None:
        return None
    if b.get("type") in ("literal", "typed-literal"):
        return _literal_value(b["value"], b.get("datatype"))
    return b["value"]


def _literal_value(value: str, datatype: str | None) -> Any:
    if datatype in (XSD + "integer", XSD + "int", XSD + "long", XSD + "nonNegativeInteger"):
        return int(value)
    if datatype in (XSD + "decimal", XSD + "double", XSD + "float"):
        return float(value)
    if datatype == XSD + "boolean":
        return value in ("true", "1")
    return value


def post_query(endpoint: str, query: str, *, accept: str = "application/sparql-results+json",
               timeout: float = 60.0) -> bytes:
    """POST ``query`` (application/sparql-query) to a SPARQL endpoint; the raw response body."""
    req = urllib.request.Request(endpoint, data=query.encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                          "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - endpoint given by the user
            return resp.read()  # type: ignore[no-any-return]
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8", "replace").strip().splitlines()
        raise QueryError(f"{endpoint} answered HTTP {err.code}: {body[0] if body else err.reason}") from err
    except (urllib.error.URLError, OSError) as err:
        raise QueryError(f"cannot reach SPARQL endpoint {endpoint}: {getattr(err, 'reason', err)}") from err


# --- named queries ------------------------------------------------------------------------------------

def _params(name: str, params: dict[str, Any] | None, base: str) -> tuple[dict[str, str], dict[str, int]]:
    from evkg.graph.export.rdf import mint_iri

    if name not in PARAMS:
        raise QueryError(f"unknown SPARQL query {name!r}; known: {', '.join(sorted(PARAMS))}")
    params = dict(params or {})
    known = {p for p, _, _ in PARAMS[name]}
    extra = sorted(set(params) - known)
    if extra:
        raise QueryError(f"query {name!r} takes no parameter {extra[0]!r}; it takes: {', '.join(sorted(known)) or 'none'}")
    iris: dict[str, str] = {}
    ints: dict[str, int] = {}
    for pname, kind, default in PARAMS[name]:
        value = params.get(pname, default)
        if value is None:
            raise QueryError(f"query {name!r} needs parameter {pname!r}")
        if kind == "entity":
            iris[pname] = mint_iri(str(value), base)
        else:
            if isinstance(value, bool) or not (isinstance(value, int) or _INT_RE.match(str(value).strip())):
                raise QueryError(f"parameter {pname!r} of {name!r} must be an integer, got {value!r}")
            ints[pname] = int(value)
    return iris, ints


def _shortest_path(eng: _Engine, src: str, dst: str) -> list[dict[str, Any]]:
    """Breadth-first search over relation triples (undirected), one SPARQL query per hop."""
    names = _names(eng, [src, dst])
    if src not in names or dst not in names:
        return []
    if src == dst:
        return [{"hops": 0, "path": [names[src]]}]
    parent: dict[str, str | None] = {src: None}
    frontier = [src]
    query = SPARQL_QUERIES["shortest_path"]
    for _hop in range(MAX_HOPS):
        nxt: list[str] = []
        for i in range(0, len(frontier), 500):
            for row in eng.select(query, values=("from", sorted(frontier[i:i + 500]))):
                f, t = row["from"], row["to"]
                if t not in parent:
                    parent[t] = f
                    nxt.append(t)
        if dst in parent:
            path = [dst]
            while parent[path[-1]] is not None:
                path.append(parent[path[-1]])  # type: ignore[arg-type]
            path.reverse()
            names.update(_names(eng, path))
            return [{"hops": len(path) - 1, "path": [names.get(p, p) for p in path]}]
        if not nxt:
            break
        frontier = nxt
    return []


def _names(eng: _Engine, iris: list[str]) -> dict[str, str]:
    q = PREFIX_HEADER + "SELECT ?n ?name WHERE { ?n skos:prefLabel ?l . BIND(STR(?l) AS ?name) }"
    return {r["n"]: r["name"] for r in eng.select(q, values=("n", sorted(set(iris))))}


def run_sparql(name: str, params: dict[str, Any] | None = None, *, graph: "nx.MultiDiGraph | None" = None,
               store: "pyoxigraph.Store | None" = None, endpoint: str | None = None,
               base: str = DEFAULT_BASE, timeout: float = 60.0) -> list[dict[str, Any]]:
    """Run the named query ``name`` with ``params`` on a graph, a pyoxigraph store or a SPARQL endpoint.

    Rows have the columns of :data:`COLUMNS` ``[name]`` with Python values (``None`` when unbound).
    Entity parameters are evkg ids (``"company:catl"``); an id that is not in the data gives no rows.
    """
    iris, ints = _params(name, params, base)
    if store is None and endpoint is None:
        if graph is None:
            raise QueryError("run_sparql needs one of graph=, store= or endpoint=")
        from evkg.graph.export.rdf import to_oxigraph_store

        store = to_oxigraph_store(graph, base=base)
    eng = _Engine(store=store, endpoint=endpoint, timeout=timeout)
    if name == "shortest_path":
        return _shortest_path(eng, iris["source"], iris["target"])
    if name == "suppliers_of":
        tiers = ints["tiers"]
        if not 1 <= tiers <= MAX_TIERS:
            raise QueryError(f"tiers must be between 1 and {MAX_TIERS}, got {tiers}")
        query = _suppliers_of(tiers)
    elif name == "co_mentioned":
        if ints["limit"] < 0:
            raise QueryError(f"limit must be >= 0, got {ints['limit']}")
        query = _co_mentioned(ints["limit"])
    else:
        query = SPARQL_QUERIES[name]
    rows = eng.select(query, bindings=iris)
    cols = COLUMNS[name]
    return [{c: r.get(c) for c in cols} for r in rows]


#: Prefixes an ad-hoc query may use without declaring them (evkg, rdf, rdfs, xsd, skos, schema, prov, dcterms).
DEFAULT_PREFIXES: dict[str, str] = {
    "evkg": "https://w3id.org/evkg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
}


def with_default_prefixes(query: str) -> str:
    """``query`` with PREFIX lines for the default prefixes it uses without declaring (for HTTP endpoints)."""
    head = []
    for name, ns in DEFAULT_PREFIXES.items():
        declared = re.search(rf"(?i)\bPREFIX\s+{name}\s*:", query)
        if not declared and re.search(rf"(?<![\w:<?$\-]){name}:", query):
            head.append(f"PREFIX {name}: <{ns}>\n")
    return "".join(head) + query


def query_store(store: "pyoxigraph.Store", query: str) -> Any:
    """``store.query`` with the default prefixes; QueryError (one line) for a syntax error."""
    try:
        return store.query(query, prefixes=DEFAULT_PREFIXES)
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {' '.join(str(err).split())}") from err


def run_select(query: str, *, store: "pyoxigraph.Store | None" = None,
               endpoint: str | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run any SELECT or ASK query (ad hoc, as typed by a user); (columns, rows of Python values).

    The prefixes of :data:`DEFAULT_PREFIXES` may be used without declaring them.
    """
    if store is not None:
        import pyoxigraph as ox

        try:
            res = store.query(query, prefixes=DEFAULT_PREFIXES)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {' '.join(str(err).split())}") from err
        if isinstance(res, ox.QuerySolutions):
            cols = [v.value for v in res.variables]
            return cols, [{c: term_value(sol[c]) for c in cols} for sol in res]
        if isinstance(res, ox.QueryBoolean):
            return ["ask"], [{"ask": bool(res)}]
        raise QueryError("only SELECT and ASK queries can be printed as a table; use CONSTRUCT with an endpoint")
    if endpoint is not None:
        doc = json.loads(post_query(endpoint, with_default_prefixes(query)))
        if "boolean" in doc:
            return ["ask"], [{"ask": bool(doc["boolean"])}]
        cols = doc["head"]["vars"]
        return cols, [{c: json_term_value(b.get(c)) for c in cols} for b in doc["results"]["bindings"]]
    raise QueryError("run_select needs store= or endpoint=")


#: Relation types whose triples are stored once (subject < object); queries match both directions.
SYMMETRIC_PROPS: tuple[str, ...] = tuple(sorted(RELATIONS[r].prop for r in SYMMETRIC))

__all__ = ["SPARQL_QUERIES", "COLUMNS", "PARAMS", "run_sparql", "run_select", "post_query"]
