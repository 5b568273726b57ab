"""Python view of the evkg ontology (``ontology/evkg.ttl``).

The Turtle file is the source of truth; this module mirrors it as plain Python so that
the pipeline, the exporters and the CLI can use ontology names without parsing RDF at
import time. ``tests/ontology/test_vocab.py`` proves that both agree: every class with its
parent, every relation type with its RDF property, domain, range and symmetry.

Labels in Cypher, relationship types and RDF IRIs are only ever taken from here, never
from article text.

Example:
    >>> from evkg.ontology.vocab import Kind, Rel, label_chain, RELATIONS
    >>> label_chain(Kind.BatteryMaker)
    ('Organization', 'Company', 'BatteryMaker')
    >>> RELATIONS[Rel.SUPPLIES].prop
    'supplies'
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable

from .errors import UnknownTermError

#: Namespace of classes and properties.
EVKG_NS = "https://w3id.org/evkg/ontology#"
#: Default base for entity, article and fact IRIs (configurable in exporters).
DEFAULT_BASE = "https://w3id.org/evkg/id/"


class Kind(StrEnum):
    """Entity classes. Values equal the local names in ``evkg.ttl``."""

    Organization = "Organization"
    Company = "Company"
    Automaker = "Automaker"
    BatteryMaker = "BatteryMaker"
    Supplier = "Supplier"
    TechCompany = "TechCompany"
    MaterialsSupplier = "MaterialsSupplier"
    SemiconductorMaker = "SemiconductorMaker"
    FinancialInstitution = "FinancialInstitution"
    Regulator = "Regulator"
    IndustryAssociation = "IndustryAssociation"
    Alliance = "Alliance"
    Exchange = "Exchange"
    Brand = "Brand"
    Policy = "Policy"
    Technology = "Technology"
    BatteryTechnology = "BatteryTechnology"
    Product = "Product"
    VehicleModel = "VehicleModel"
    BatteryProduct = "BatteryProduct"
    Person = "Person"
    Fund = "Fund"
    Index = "Index"
    Event = "Event"
    Country = "Country"
    Article = "Article"
    Fact = "Fact"


#: Direct superclass of each class (None for roots).
PARENT: dict[Kind, Kind | None] = {
    Kind.Organization: None,
    Kind.Company: Kind.Organization,
    Kind.Automaker: Kind.Company,
    Kind.BatteryMaker: Kind.Company,
    Kind.Supplier: Kind.Company,
    Kind.TechCompany: Kind.Company,
    Kind.MaterialsSupplier: Kind.Supplier,
    Kind.SemiconductorMaker: Kind.Supplier,
    Kind.FinancialInstitution: Kind.Company,
    Kind.Regulator: Kind.Organization,
    Kind.IndustryAssociation: Kind.Organization,
    Kind.Alliance: Kind.Organization,
    Kind.Exchange: Kind.Organization,
    Kind.Brand: None,
    Kind.Policy: None,
    Kind.Technology: None,
    Kind.BatteryTechnology: Kind.Technology,
    Kind.Product: None,
    Kind.VehicleModel: Kind.Product,
    Kind.BatteryProduct: Kind.Product,
    Kind.Person: None,
    Kind.Fund: None,
    Kind.Index: None,
    Kind.Event: None,
    Kind.Country: None,
    Kind.Article: None,
    Kind.Fact: None,
}

#: Kinds an extracted entity may have (Article and Fact are provenance/measurement records).
ENTITY_KINDS: tuple[Kind, ...] = tuple(k for k in Kind if k not in (Kind.Article, Kind.Fact))

#: Prefix of stable entity ids, by root class: ``company:catl``, ``regulator:miit``.
_ID_PREFIX: dict[Kind, str] = {
    Kind.Company: "company",
    Kind.Regulator: "regulator",
    Kind.IndustryAssociation: "org",
    Kind.Organization: "org",
    Kind.Alliance: "alliance",
    Kind.Exchange: "exchange",
    Kind.Brand: "brand",
    Kind.Policy: "policy",
    Kind.Technology: "technology",
    Kind.Product: "product",
    Kind.Person: "person",
    Kind.Fund: "fund",
    Kind.Index: "index",
    Kind.Event: "event",
    Kind.Country: "country",
    Kind.Article: "article",
    Kind.Fact: "fact",
}

#: The gold-annotation type of each class (the coarser scheme of ../shared/gold).
GOLD_TYPE: dict[Kind, str] = {
    Kind.Organization: "Organization",
    Kind.Company: "Organization",
    Kind.Automaker: "Automaker",
    Kind.BatteryMaker: "BatteryMaker",
    Kind.Supplier: "Supplier",
    Kind.TechCompany: "TechCompany",
    Kind.MaterialsSupplier: "Supplier",
    Kind.SemiconductorMaker: "Supplier",
    Kind.FinancialInstitution: "Organization",
    Kind.Regulator: "Regulator",
    Kind.IndustryAssociation: "Organization",
    Kind.Alliance: "Alliance",
    Kind.Exchange: "Exchange",
    Kind.Brand: "Brand",
    Kind.Policy: "Policy",
    Kind.Technology: "Technology",
    Kind.BatteryTechnology: "Technology",
    Kind.Product: "Product",
    Kind.VehicleModel: "Product",
    Kind.BatteryProduct: "Product",
    Kind.Person: "Person",
    Kind.Fund: "Fund",
    Kind.Index: "Index",
    Kind.Event: "Event",
    Kind.Country: "Country",
}


class Rel(StrEnum):
    """Relation types (Neo4j relationship types). Values equal the names in ``evkg.ttl``."""

    SUPPLIES = "SUPPLIES"
    PARTNERS_WITH = "PARTNERS_WITH"
    INVESTS_IN = "INVESTS_IN"
    SUBSIDIARY_OF = "SUBSIDIARY_OF"
    BRAND_OF = "BRAND_OF"
    MEMBER_OF = "MEMBER_OF"
    MANUFACTURES = "MANUFACTURES"
    DEVELOPS = "DEVELOPS"
    USES_TECHNOLOGY = "USES_TECHNOLOGY"
    ISSUED = "ISSUED"
    SUPPORTS = "SUPPORTS"
    REGULATES = "REGULATES"
    MET_WITH = "MET_WITH"
    EXECUTIVE_OF = "EXECUTIVE_OF"
    LISTED_ON = "LISTED_ON"
    CONSTITUENT_OF = "CONSTITUENT_OF"
    COMPETES_WITH = "COMPETES_WITH"
    JOINT_VENTURE_WITH = "JOINT_VENTURE_WITH"


#: Relationship type from an Article node to each entity it mentions (Neo4j export only).
MENTIONS = "MENTIONS"
#: Relationship type from an entity to each of its numeric facts (Neo4j export only).
HAS_FACT = "HAS_FACT"
#: Relationship type from an Article node to each fact it states (Neo4j export only).
STATES = "STATES"
#: The provenance relationship types, besides the relation types of :class:`Rel`.
PROVENANCE_TYPES: tuple[str, ...] = (MENTIONS, HAS_FACT, STATES)
#: Neo4j label shared by every entity node (its ``id`` is the MERGE key); ``evkg:Entity`` in the Turtle file.
ENTITY_LABEL = "Entity"


@dataclass(frozen=True, slots=True)
class RelationSpec:
    """One relation type: its RDF property name, domain, range and symmetry."""

    rel: Rel
    prop: str
    domain: tuple[Kind, ...]
    range: tuple[Kind, ...]
    symmetric: bool
    label: str
    comment: str


_ORG = (Kind.Organization,)
_R = RelationSpec
RELATIONS: dict[Rel, RelationSpec] = {
    s.rel: s
    for s in (
        _R(Rel.SUPPLIES, "supplies", _ORG, _ORG, False, "supplies",
           "The subject supplies goods (cells, materials, parts, software) to the object; supplier -> customer."),
        _R(Rel.PARTNERS_WITH, "partnersWith", _ORG, _ORG, True, "partners with",
           "A stated partnership or strategic cooperation."),
        _R(Rel.INVESTS_IN, "investsIn", (Kind.Organization, Kind.Person, Kind.Fund), _ORG, False,
           "invests in", "The subject invested in or holds a stake in the object."),
        _R(Rel.SUBSIDIARY_OF, "subsidiaryOf", _ORG, _ORG, False, "subsidiary of",
           "The subject is controlled by the object."),
        _R(Rel.BRAND_OF, "brandOf", (Kind.Brand,), _ORG, False, "brand of",
           "The brand belongs to a company or an alliance."),
        _R(Rel.MEMBER_OF, "memberOf", (Kind.Organization, Kind.Brand), _ORG, False, "member of",
           "The subject is a member of an alliance or association."),
        _R(Rel.MANUFACTURES, "manufactures", _ORG, (Kind.Product,), False, "manufactures",
           "The company makes or sells the product."),
        _R(Rel.DEVELOPS, "develops", _ORG, (Kind.Technology, Kind.Product), False, "develops",
           "The company develops or has unveiled a technology or product."),
        _R(Rel.USES_TECHNOLOGY, "usesTechnology", (Kind.Organization, Kind.Product), (Kind.Technology,),
           False, "uses technology", "The company or product uses the technology."),
        _R(Rel.ISSUED, "issued", _ORG, (Kind.Policy,), False, "issued",
           "A regulator or body issued the policy document."),
        _R(Rel.SUPPORTS, "supports", (Kind.Policy,), (Kind.Technology, Kind.Organization, Kind.Product),
           False, "supports", "The policy supports a technology, industry or company."),
        _R(Rel.REGULATES, "regulates", (Kind.Regulator,), (Kind.Organization, Kind.Technology, Kind.Product),
           False, "regulates", "The regulator oversees the company or technology."),
        _R(Rel.MET_WITH, "metWith", (Kind.Regulator,), (Kind.Organization, Kind.Person), False, "met with",
           "The regulator convened or summoned the company or its executive."),
        _R(Rel.EXECUTIVE_OF, "executiveOf", (Kind.Person,), (Kind.Organization, Kind.Fund, Kind.Brand), False,
           "executive of", "The person holds a title (CEO, chairman, fund manager...) at the organisation or brand."),
        _R(Rel.LISTED_ON, "listedOn", (Kind.Organization, Kind.Fund), (Kind.Exchange,), False, "listed on",
           "The company or fund is listed on the exchange."),
        _R(Rel.CONSTITUENT_OF, "constituentOf", _ORG, (Kind.Fund, Kind.Index), False, "constituent of",
           "The company is a constituent or holding of the fund or index."),
        _R(Rel.COMPETES_WITH, "competesWith", (Kind.Organization, Kind.Brand, Kind.Product),
           (Kind.Organization, Kind.Brand, Kind.Product), True, "competes with",
           "The two compete in the same market (companies, brands or products)."),
        _R(Rel.JOINT_VENTURE_WITH, "jointVentureWith", _ORG, _ORG, True, "joint venture with",
           "The two formed a joint venture."),
    )
}

SYMMETRIC: frozenset[Rel] = frozenset(r for r, s in RELATIONS.items() if s.symmetric)


class Measure(StrEnum):
    """Measures of numeric facts."""

    deliveries = "deliveries"
    sales = "sales"
    production = "production"
    market_cap = "market_cap"
    market_cap_change = "market_cap_change"
    energy_density = "energy_density"
    capacity = "capacity"
    cycle_life = "cycle_life"
    orders = "orders"
    revenue = "revenue"
    profit = "profit"
    share_price = "share_price"
    share_price_change = "share_price_change"
    stations = "stations"
    investment = "investment"
    market_share = "market_share"
    fund_size = "fund_size"


class Unit(StrEnum):
    """Units of numeric facts (the values written in facts and RDF literals)."""

    units = "units"
    yuan = "yuan"
    HKD = "HKD"
    USD = "USD"
    EUR = "EUR"
    Wh_per_kg = "Wh/kg"
    Ah = "Ah"
    GWh = "GWh"
    kWh = "kWh"
    percent = "%"
    cycles = "cycles"
    stations = "stations"
    shares = "shares"


#: The units extraction records facts in (those of the annotation conventions). Amounts in other
#: currencies (USD, EUR) and kWh are parsed but not recorded as facts.
FACT_UNITS: frozenset[str] = frozenset(u.value for u in Unit) - {Unit.USD.value, Unit.EUR.value, Unit.kWh.value}


#: Relation statuses: stated as fact, or a decided future action ("will supply").
STATUSES: tuple[str, ...] = ("stated", "planned")


def kind(name: str) -> Kind:
    """Return the class called ``name``; raise UnknownTermError listing the known ones."""
    try:
        return Kind(name)
    except ValueError as err:
        raise UnknownTermError(name, "class", [k.value for k in Kind]) from err


def rel(name: str) -> Rel:
    """Return the relation type called ``name``; raise UnknownTermError listing the known ones."""
    try:
        return Rel(name)
    except ValueError as err:
        raise UnknownTermError(name, "relation type", [r.value for r in Rel]) from err


def ancestors(k: Kind) -> tuple[Kind, ...]:
    """``k`` and its superclasses, root first."""
    chain: list[Kind] = []
    cur: Kind | None = k
    while cur is not None:
        chain.append(cur)
        cur = PARENT[cur]
    return tuple(reversed(chain))


def label_chain(*kinds: Kind | str) -> tuple[str, ...]:
    """Neo4j labels for an entity of the given classes: every class and superclass, root first.

    >>> label_chain("Automaker", "BatteryMaker")
    ('Organization', 'Company', 'Automaker', 'BatteryMaker')
    """
    out: list[str] = []
    for k in kinds:
        for a in ancestors(kind(k) if isinstance(k, str) else k):
            if a.value not in out:
                out.append(a.value)
    return tuple(out)


def is_a(k: Kind | str, ancestor: Kind | str) -> bool:
    """Whether class ``k`` is ``ancestor`` or one of its subclasses."""
    kk = kind(k) if isinstance(k, str) else k
    aa = kind(ancestor) if isinstance(ancestor, str) else ancestor
    return aa in ancestors(kk)


def root(k: Kind | str) -> Kind:
    """Topmost superclass of ``k`` (Organization for every company)."""
    return ancestors(kind(k) if isinstance(k, str) else k)[0]


def id_prefix(k: Kind | str) -> str:
    """Prefix of stable ids for class ``k``: ``company`` for any company, ``org`` for associations."""
    for a in reversed(ancestors(kind(k) if isinstance(k, str) else k)):
        if a in _ID_PREFIX:
            return _ID_PREFIX[a]
    raise UnknownTermError(str(k), "class with an id prefix", list(_ID_PREFIX))  # pragma: no cover


def accepts(spec: RelationSpec, subject_kinds: Iterable[Kind | str], object_kinds: Iterable[Kind | str]) -> bool:
    """Whether a relation of ``spec`` fits entities of these classes (domain and range)."""
    sk = list(subject_kinds)
    ok = list(object_kinds)
    dom = any(is_a(k, d) for k in sk for d in spec.domain)
    rng = any(is_a(k, r) for k in ok for r in spec.range)
    return dom and rng


def iri(local: str) -> str:
    """IRI of an ontology term (class, relation property or data property)."""
    return EVKG_NS + local


@dataclass(frozen=True, slots=True)
class PropertySpec:
    """A data or provenance property of the ontology (RDF only)."""

    name: str
    domain: Kind | None
    datatype: str  # xsd local name, or "iri" for object properties
    comment: str


_P = PropertySpec
#: Data and provenance properties, by local name.
PROPERTIES: dict[str, PropertySpec] = {
    p.name: p
    for p in (
        _P("ticker", None, "string", "Exchange ticker, normalised (300750.SZ, 9927.HK, TSLA)."),
        _P("nameZh", None, "string", "Chinese name (also written as rdfs:label with language tag zh)."),
        _P("articleCount", None, "integer", "Number of articles mentioning the entity."),
        _P("evidence", None, "string", "Sentence of the article that states the relation or fact."),
        _P("startOffset", None, "integer", "Character offset of the evidence in the article text."),
        _P("endOffset", None, "integer", "End character offset (exclusive) of the evidence."),
        _P("confidence", None, "decimal", "Confidence of the extraction, 0..1."),
        _P("rule", None, "string", "Name of the extraction rule that produced the assertion."),
        _P("status", None, "string", "stated, or planned for decided future actions."),
        _P("firstSeen", None, "date", "Earliest article date that states the relation."),
        _P("lastSeen", None, "date", "Latest article date that states the relation."),
        _P("mentionCount", None, "integer", "Number of evidence sentences behind the relation."),
        _P("measure", Kind.Fact, "string", "What a numeric fact measures (deliveries, energy_density...)."),
        _P("value", Kind.Fact, "decimal", "Numeric value of a fact, in its unit."),
        _P("unit", Kind.Fact, "string", "Unit of a fact (units, yuan, Wh/kg, %...)."),
        _P("period", Kind.Fact, "string", "Period of a fact: YYYY, YYYY-MM or YYYY-MM-DD."),
        _P("about", Kind.Fact, "iri", "The entity a fact measures."),
        _P("contentHash", Kind.Article, "string", "Hash of the normalised article text."),
        _P("sourcePath", Kind.Article, "string", "Path or URL the article was read from."),
        _P("publisher", Kind.Article, "string", "Publisher of the article."),
        _P("assertedBy", None, "iri", "Links a relation type statement to its provenance record."),
        _P("id", None, "string", "The evkg id of an entity or article (company:catl), to map IRIs back to ids."),
        _P("hasEvidence", None, "iri", "Links a relation assertion to one of its evidence records."),
        _P("source", None, "string", "Where a relation comes from: article, or reference for curated data."),
    )
}

#: Class of the provenance record attached to every relation triple (an rdf:Statement).
ASSERTION_CLASS = "RelationAssertion"
#: Class of one evidence item of a relation assertion (text, article, offsets, confidence, rule, status).
EVIDENCE_CLASS = "Evidence"
