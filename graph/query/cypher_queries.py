"""The Cypher twins of the named queries, for a database loaded by evkg's Neo4j export.

Each text runs as is in Neo4j Browser after ``:param entity => 'company:catl'`` (and the other
parameters of the query); parameters are always ``$name``, never pasted into the text. Relationship
type lists come from the ontology. Entity nodes carry the ``Entity`` label (see
:mod:`evkg.graph.export.cypher`), so Article and Fact nodes never appear in answers.
"""

from __future__ import annotations

from evkg.ontology.vocab import Rel

#: Upper bound of variable-length patterns (Cypher cannot take it as a parameter).
MAX_TIERS = 10
MAX_HOPS = 12
_ALL_RELS = "|".join(r.value for r in Rel)

CYPHER_QUERIES: dict[str, str] = {
    "who_supplies_whom": """\
MATCH (s:Entity)-[r:SUPPLIES]->(c:Entity)
RETURN s.id AS supplier_id, s.name AS supplier, c.id AS customer_id, c.name AS customer,
       size(r.articles) AS articles, r.confidence AS confidence
ORDER BY articles DESC, supplier_id, customer_id""",
    "suppliers_of": f"""\
MATCH p = (s:Entity)-[:SUPPLIES*1..{MAX_TIERS}]->(t:Entity {{id: $entity}})
WHERE length(p) <= $tiers AND s.id <> $entity
RETURN s.id AS supplier_id, s.name AS supplier, min(length(p)) AS tier
ORDER BY tier, supplier_id""",
    "customers_of": """\
MATCH (:Entity {id: $entity})-[:SUPPLIES]->(c:Entity)
RETURN DISTINCT c.id AS customer_id, c.name AS customer
ORDER BY customer_id""",
    "developers_of": """\
MATCH (c:Entity)-[:DEVELOPS|USES_TECHNOLOGY]->(:Entity {id: $technology})
RETURN DISTINCT c.id AS company_id, c.name AS company
ORDER BY company_id""",
    "policies_supporting": """\
MATCH (p:Entity)-[:SUPPORTS]->(:Entity {id: $technology})
OPTIONAL MATCH (i:Entity)-[:ISSUED]->(p)
RETURN p.id AS policy_id, p.name AS policy, i.id AS issuer_id, i.name AS issuer
ORDER BY policy_id, issuer_id""",
    "who_met": """\
MATCH (:Entity {id: $regulator})-[:MET_WITH]->(e:Entity)
RETURN DISTINCT e.id AS entity_id, e.name AS name
ORDER BY entity_id""",
    "shortest_path": f"""\
MATCH (a:Entity {{id: $source}}), (b:Entity {{id: $target}})
MATCH p = shortestPath((a)-[:{_ALL_RELS}*..{MAX_HOPS}]-(b))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS path""",
    "co_mentioned": """\
MATCH (x:Article)-[:MENTIONS]->(ea:Entity), (x)-[:MENTIONS]->(eb:Entity)
WHERE ea.id < eb.id
WITH ea, eb, count(DISTINCT x) AS articles
RETURN ea.id AS a_id, ea.name AS a, eb.id AS b_id, eb.name AS b, articles
ORDER BY articles DESC, a_id, b_id
LIMIT $limit""",
    "about": """\
MATCH (e:Entity {id: $entity})-[r]->(o:Entity)
RETURN 'out' AS direction, type(r) AS relation, o.id AS other_id, o.name AS other,
       r.evidence[0] AS evidence, size(r.articles) AS articles
UNION ALL
MATCH (e:Entity {id: $entity})<-[r]-(o:Entity)
RETURN 'in' AS direction, type(r) AS relation, o.id AS other_id, o.name AS other,
       r.evidence[0] AS evidence, size(r.articles) AS articles""",
}

#: Resolves an id, name, alias, Chinese name or ticker to an entity id when no networkx graph is at hand.
RESOLVE_ENTITY = """\
MATCH (n:Entity)
WHERE n.id = $text OR toLower(n.name) = toLower($text) OR toLower(n.name_zh) = toLower($text)
   OR any(a IN n.aliases WHERE toLower(a) = toLower($text))
   OR any(t IN n.tickers WHERE toLower(t) = toLower($text))
RETURN n.id AS id, n.id = $text AS exact, toLower(n.name) = toLower($text) AS by_name
ORDER BY exact DESC, by_name DESC, id
LIMIT 1"""


def cypher_text(name: str, params: dict[str, object]) -> str:
    """The Cypher text to run for ``name``: the Browser text, with a tighter variable-length bound for
    ``suppliers_of`` (the validated integer ``tiers``; the ``WHERE`` filter stays)."""
    text = CYPHER_QUERIES[name]
    if name == "suppliers_of":
        tiers = int(params["tiers"])  # type: ignore[call-overload]
        text = text.replace(f"*1..{MAX_TIERS}]", f"*1..{tiers}]")
    return text
