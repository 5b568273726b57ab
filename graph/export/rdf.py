"""graph.ttl / graph.nt / graph.jsonld / graph.rdf: the canonical graph as RDF.

IRI scheme (one configurable ``base``, default :data:`evkg.ontology.vocab.DEFAULT_BASE`):

- entity ``company:catl`` -> ``<base>company/catl``; prefix and slug are percent-encoded
  (only ``A-Z a-z 0-9 - . _ ~`` stay as they are), so ids discovered in article text can never
  put ``>``, spaces, quotes or newlines into an IRI; an id without ``:`` becomes ``<base><slug>``;
- article ``article:<hex>`` -> ``<base>article/<hex>`` (same rule);
- fact -> ``<base>fact/<sha1 of its content>``; relation assertion -> ``<base>assertion/<sha1 of
  subject id, relation type, object id>`` (stable while evidence accumulates); evidence item ->
  ``<base>evidence/<sha1 of assertion, article, offsets, text>``.

Every relation is a plain triple (``<catl> evkg:supplies <tesla>``) plus one ``evkg:RelationAssertion``
(an ``rdf:Statement``) that reifies it and carries the provenance: ``prov:wasDerivedFrom`` each
article, ``evkg:evidence`` texts, confidence, rules, status, first/last seen, mention count, and one
``evkg:Evidence`` record per evidence item (text, article, offsets, confidence, rule, status).

The writers stream: N-Triples and Turtle are produced line by line from the graph without building an
RDF graph in memory, in a deterministic order (entities by id, each with its facts and outgoing
relations, then articles), so the same graph gives the same bytes. JSON-LD and RDF/XML go through
pyoxigraph's serializers. :func:`to_rdflib` and :func:`to_oxigraph_store` give in-memory graphs.

Example:
    >>> from evkg.graph.model import new_graph, add_entity
    >>> G = new_graph()
    >>> add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"], name_zh="宁德时代")
    >>> print("".join(generate_rdf(G, fmt="nt")).splitlines()[0])
    <https://w3id.org/evkg/id/company/catl> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/evkg/ontology#BatteryMaker> .
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator
from urllib.parse import quote

import networkx as nx

from evkg.graph.model import successors
from evkg.ontology.errors import ExportError, InputError
from evkg.ontology.vocab import ASSERTION_CLASS, DEFAULT_BASE, EVIDENCE_CLASS, EVKG_NS, RELATIONS, rel

from .atomic import atomic_open, write_lines_atomic

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph
    import rdflib

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"

#: Prefixes written in Turtle, JSON-LD and RDF/XML (and usable in SPARQL queries).
PREFIXES: dict[str, str] = {
    "evkg": EVKG_NS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "schema": SCHEMA,
    "prov": PROV,
    "dcterms": DCTERMS,
}

#: Output formats: name -> (file suffixes, media type).
FORMATS: dict[str, tuple[tuple[str, ...], str]] = {
    "ttl": ((".ttl",), "text/turtle"),
    "nt": ((".nt",), "application/n-triples"),
    "jsonld": ((".jsonld", ".json"), "application/ld+json"),
    "xml": ((".rdf", ".xml", ".owl"), "application/rdf+xml"),
}

_BASE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|\\^`]*[/#]$")
_SAFE_URL_RE = re.compile(r"^https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff\u3000-\u303f]")
# Characters a literal cannot hold raw in N-Triples/Turtle, or should not (line separators), and lone
# surrogates that no UTF-8 writer can encode.
_NEEDS_ESCAPE_RE = re.compile("[\\\\\"\x00-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Characters XML 1.0 cannot carry at all, not even as character references.
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _esc_char(m: re.Match[str]) -> str:
    c = m.group(0)
    if c in _ESCAPES:
        return _ESCAPES[c]
    if "\ud800" <= c <= "\udfff":
        return "\ufffd"
    return f"\\u{ord(c):04X}"


def _lex(text: str) -> str:
    """``text`` as the inside of an N-Triples/Turtle string literal."""
    # every character of _NEEDS_ESCAPE_RE but the quote and the backslash is one str.isprintable() rejects
    if '"' not in text and "\\" not in text and text.isprintable():
        return text
    if _NEEDS_ESCAPE_RE.search(text):
        return _NEEDS_ESCAPE_RE.sub(_esc_char, text)
    return text


def clean_text(text: str) -> str:
    """The string a literal will hold: ``text`` with lone surrogates (not Unicode scalars) as U+FFFD."""
    return _SURROGATE_RE.sub("\ufffd", text)


# --- terms (N-Triples syntax) -------------------------------------------------------------------

def _iri(full: str) -> str:
    return f"<{full}>"


A = _iri(RDF + "type")
T_LABEL = _iri(RDFS + "label")
T_ALT = _iri(SKOS + "altLabel")
T_PREF = _iri(SKOS + "prefLabel")
T_DERIVED = _iri(PROV + "wasDerivedFrom")


def _v(local: str) -> str:
    return _iri(EVKG_NS + local)


def lit(text: str) -> str:
    """A plain (xsd:string) literal."""
    return f'"{_lex(str(text))}"'


def lang_lit(text: str, lang: str) -> str:
    return f'"{_lex(str(text))}"@{lang}'


def typed_lit(lexical: str, dt: str) -> str:
    return f'"{_lex(lexical)}"^^<{XSD}{dt}>'


def int_lit(n: Any) -> str:
    return f'"{int(n)}"^^<{XSD}integer>'


def decimal_lexical(x: Any) -> str | None:
    """xsd:decimal lexical form of a number (no exponent); ``None`` for NaN, infinities and non-numbers."""
    if isinstance(x, bool) or x is None:
        return None
    try:
        d = Decimal(repr(x)) if isinstance(x, float) else Decimal(str(x))
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return None
    # XSD 1.1 canonical form, as Oxigraph stores it: no exponent, no trailing zeros, no ".0" on integers.
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


@lru_cache(maxsize=65536)
def _dec_lit_cached(x: float | int) -> str | None:
    s = decimal_lexical(x)
    return None if s is None else f'"{s}"^^<{XSD}decimal>'


def dec_lit(x: Any) -> str | None:
    """An xsd:decimal literal, or ``None`` when ``x`` is not a finite number."""
    if type(x) in (float, int):  # confidences repeat: cache them (bool is excluded by the exact type test)
        return _dec_lit_cached(x)
    s = decimal_lexical(x)
    return None if s is None else f'"{s}"^^<{XSD}decimal>'


def _label(text: str) -> str:
    return lang_lit(text, "zh" if _CJK_RE.search(text) else "en")


def check_base(base: str) -> str:
    """Return ``base`` if it is an absolute IRI ending in ``/`` or ``#``; raise InputError otherwise."""
    if not isinstance(base, str) or not _BASE_RE.match(base):
        raise InputError(f"bad base IRI {base!r}; expected an absolute IRI without spaces, quotes or <> "
                         "that ends in '/' or '#', e.g. https://example.org/evkg/")
    return base


def _enc(part: str) -> str:
    return quote(part, safe="-._~", encoding="utf-8", errors="surrogatepass")


def mint_iri(node_id: str, base: str = DEFAULT_BASE) -> str:
    """IRI (without angle brackets) of an entity or article id: ``company:catl`` -> ``<base>company/catl``.

    Injective: different ids give different IRIs. Never contains spaces, quotes, ``<>`` or newlines.

    >>> mint_iri("company:catl")
    'https://w3id.org/evkg/id/company/catl'
    >>> mint_iri('company:a "b" <c>')
    'https://w3id.org/evkg/id/company/a%20%22b%22%20%3Cc%3E'
    """
    prefix, sep, slug = str(node_id).partition(":")
    if not sep:
        return base + _enc(prefix)
    return f"{base}{_enc(prefix)}/{_enc(slug)}"


def _hash(*parts: Any) -> str:
    data = "\x1f".join(map(repr, parts)) + "\x1f"
    return hashlib.sha1(data.encode("utf-8", "surrogatepass")).hexdigest()


def assertion_iri(subject: str, rel_type: str, obj: str, base: str = DEFAULT_BASE) -> str:
    """IRI of the provenance record of the ``rel_type`` edge ``subject -> obj``."""
    return f"{base}assertion/{_hash(subject, str(rel_type), obj)}"


# --- blocks ---------------------------------------------------------------------------------------

Block = tuple[str, list[tuple[str, str]]]  # subject term, [(predicate term, object term)]

_C = {name: _v(name) for name in ("Article", "Fact", ASSERTION_CLASS, EVIDENCE_CLASS)}
P = {name: _v(name) for name in (
    "id", "nameZh", "ticker", "articleCount", "evidence", "startOffset", "endOffset", "confidence", "rule",
    "status", "firstSeen", "lastSeen", "mentionCount", "measure", "value", "unit", "period", "about",
    "contentHash", "sourcePath", "publisher", "mentions", "hasEvidence", "source")}
_REL_PROP = {r.value: _v(spec.prop) for r, spec in RELATIONS.items()}
_STATEMENT = _iri(RDF + "Statement")
_R_SUBJ, _R_PRED, _R_OBJ = _iri(RDF + "subject"), _iri(RDF + "predicate"), _iri(RDF + "object")
_NEWS = _iri(SCHEMA + "NewsArticle")
_T_TITLE, _T_DATE, _T_URL = _iri(DCTERMS + "title"), _iri(DCTERMS + "date"), _iri(SCHEMA + "url")


def _rel_prop(k: str) -> str:
    """RDF property term of a relation type; UnknownTermError for a type the ontology does not have."""
    term = _REL_PROP.get(k)
    return term if term is not None else _REL_PROP[rel(k).value]


def _date_lit(value: Any) -> str | None:
    if value is None or value == "":
        return None
    s = str(value)
    return typed_lit(s, "date") if _DATE_RE.match(s) else lit(s)


def _put(po: list[tuple[str, str]], p: str, o: str | None) -> None:
    if o is not None:
        po.append((p, o))


def _finish(subject: str, po: list[tuple[str, str]]) -> Block:
    # rdf:type first, then predicates and objects sorted; duplicates dropped (RDF is a set).
    ordered = sorted(set(po))
    return subject, [t for t in ordered if t[0] == A] + [t for t in ordered if t[0] != A]


# Fact and Evidence blocks have one object per predicate: in the order _finish gives (rdf:type first,
# then by predicate), taken from a predicate -> object dict without sorting each block.
_FACT_ORDER = (A, *sorted({P["about"], P["measure"], P["value"], P["unit"], P["period"], P["evidence"],
                           P["startOffset"], P["endOffset"], P["confidence"], P["rule"], T_DERIVED}))
_EVIDENCE_ORDER = (A, *sorted({P["evidence"], T_DERIVED, P["startOffset"], P["endOffset"], P["confidence"],
                               P["rule"], P["status"]}))


def _ordered(po: dict[str, str], order: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(p, po[p]) for p in order if p in po]


def _str_terms(make: Any) -> Any:
    """``make`` memoised for string arguments (rules, statuses, units, dates: few distinct values)."""
    cache: dict[str, str | None] = {}

    def term(x: Any) -> str | None:
        if type(x) is not str:
            return make(x)  # type: ignore[no-any-return]
        t = cache.get(x)
        if t is None:
            t = cache[x] = make(x)
        return t

    return term


def _same(term: str) -> str:
    return term


def _first(x: tuple[str, Any, Any]) -> str:
    return x[0]


def _evidence_key(e: Any) -> tuple[Any, ...]:
    return (e.get("article") or "", e.get("start") or 0, e.get("text") or "")


def _hash_after(prefix: str, *parts: Any) -> str:
    """``_hash(a, *parts)`` given ``prefix = repr(a) + "\\x1f"``."""
    data = prefix + "\x1f".join(map(repr, parts)) + "\x1f"
    return hashlib.sha1(data.encode("utf-8", "surrogatepass")).hexdigest()


def _int_ttl(n: Any) -> str:
    """Turtle form of :func:`int_lit`."""
    if type(n) is int:  # offsets and counts recur
        t = _INT_TTL.get(n)
        if t is None:
            if len(_INT_TTL) >= _TERMS_MAX:
                _INT_TTL.clear()
            t = _INT_TTL[n] = f'"{n}"^^xsd:integer'
        return t
    return f'"{int(n)}"^^xsd:integer'


#: Entries (at most) of the tables of number terms below, emptied when full.
_TERMS_MAX = 65536
_INT_TTL: dict[int, str] = {}
#: Turtle decimal literals of floats and of ints (one table per type: a float and an int may be equal
#: numbers written differently), as _dec_ttl_cached makes them.
_DEC_TTL: dict[type, dict[Any, str]] = {float: {}, int: {}}


@lru_cache(maxsize=65536)
def _dec_ttl_cached(x: float | int) -> str | None:
    s = decimal_lexical(x)
    return None if s is None else f'"{s}"^^xsd:decimal'


def _dec_ttl(x: Any) -> str | None:
    """Turtle form of :func:`dec_lit`."""
    table = _DEC_TTL.get(type(x))  # confidences and values recur (bool is excluded by the exact type)
    if table is not None:
        t = table.get(x)
        if t is None:
            t = _dec_ttl_cached(x)
            if t is not None:
                if len(table) >= _TERMS_MAX:
                    table.clear()
                table[x] = t
        return t
    s = decimal_lexical(x)
    return None if s is None else f'"{s}"^^xsd:decimal'


class _TurtleTerms:
    """Turtle forms of IRI terms (prefixed names for the vocabulary) and the text of one-object-per-predicate
    blocks, as :func:`generate_turtle` writes them."""

    def __init__(self) -> None:
        then = _PredicateLead(" ;\n    ")
        # order -> (predicate, the text before its object) for the predicates after rdf:type
        self._leads = {order: tuple((p, then[p]) for p in order[1:]) for order in (_FACT_ORDER, _EVIDENCE_ORDER)}
        #: ``literal(_date_lit(x))``, memoised (first and last seen dates recur)
        self.date = _str_terms(lambda x: self.literal(_date_lit(x)))

    @staticmethod
    def iri(term: str) -> str:
        return _CURIE.get(term, term)

    def block(self, subject: str, po: dict[str, str], order: tuple[str, ...]) -> str:
        """``subject``'s block: ``po[A]`` first, then the other predicates of ``order`` that ``po`` has."""
        return (subject + " a " + po[A] + "".join([lead + po[p] for p, lead in self._leads[order] if p in po])
                + " .\n\n")

    @staticmethod
    def literal(o: str | None) -> str | None:
        """The Turtle form of an N-Triples literal (a typed literal's datatype as a prefixed name)."""
        if o is None or o[-1] != ">":
            return o
        i = o.rfind('"^^<')
        short = _DT_CURIE.get(o[i + 1:])
        return o if short is None else o[:i + 1] + short

    def assertion(self, subject: str, po: dict[str, Any]) -> str:
        """The Turtle text of a relation assertion's block, as generate_turtle writes ``_finish(subject, pairs)``.

        ``po`` maps the predicates of :data:`_ASSERTION_ORDER` after rdf:type to their objects, already in
        Turtle form: one string for a predicate with one object, or a list of the N-Triples terms (literals
        or IRIs as the predicate's entry in :data:`_ASSERTION_IRIS` says) of a predicate that may have
        several, sorted and without duplicates here, as RDF sorts them.
        """
        parts = [subject, _ASSERTION_TYPES]
        append = parts.append
        curie = _CURIE.get
        for p, lead, iris in _ASSERTION_LEADS:
            o = po.get(p)
            if o is None:
                continue
            append(lead)
            if type(o) is str:
                append(o)
            elif len(o) == 1:
                append(curie(o[0], o[0]) if iris else o[0])
            else:
                objs = sorted(set(o))
                append(_OBJECT_SEP.join([curie(x, x) for x in objs] if iris else objs))
        append(" .\n\n")
        return "".join(parts)


def _entity_blocks(G: nx.MultiDiGraph, n: str, base: str, art_iri: dict[str, str], terms: tuple[Any, Any],
                   ttl: _TurtleTerms | None = None) -> Iterator[Block | str]:
    """The blocks of entity ``n``: itself, its facts, its relation assertions with their evidence.

    With ``ttl`` (Turtle output), fact and evidence blocks, which have one object per predicate in a
    fixed order, come as finished Turtle text instead of blocks: no N-Triples terms to convert.
    """
    d = G.nodes[n]
    s = art_iri[n]
    po: list[tuple[str, str]] = [(A, _v(lbl)) for lbl in d.get("labels") or ()]
    po.append((P["id"], lit(n)))
    name = d.get("name")
    if name:
        po.append((T_LABEL, _label(name)))
        po.append((T_PREF, _label(name)))  # the canonical name, one per entity (queries read this)
    name_zh = d.get("name_zh")
    if name_zh:
        po.append((T_LABEL, lang_lit(name_zh, "zh")))
        po.append((P["nameZh"], lit(name_zh)))
    for alias in d.get("aliases") or ():
        if alias:
            po.append((T_ALT, _label(alias) if _CJK_RE.search(alias) else lit(alias)))
    for t in d.get("tickers") or ():
        po.append((P["ticker"], lit(t)))
    po.append((P["articleCount"], int_lit(len(d.get("articles") or ()))))
    nbrs = successors(G)[n]
    out_edges = [(n, v, k, kd[k]) for v in sorted(nbrs) for kd in (nbrs[v],) for k in sorted(kd)]
    for _, v, k, _ed in out_edges:
        po.append((_rel_prop(k), art_iri[v]))
    yield _finish(s, po)

    facts = d.get("facts") or ()
    small, date_lit = terms
    fact_class, p_about, p_measure, p_value = _C["Fact"], P["about"], P["measure"], P["value"]
    p_unit, p_period, p_evidence, p_start, p_end = P["unit"], P["period"], P["evidence"], P["startOffset"], P["endOffset"]
    p_conf, p_rule, p_status = P["confidence"], P["rule"], P["status"]
    # N-Triples terms, or with ``ttl`` their Turtle forms (the objects generate_turtle would write)
    if ttl is None:
        iri_t, int_t, dec_t = _same, int_lit, dec_lit
    else:
        iri_t, int_t, dec_t = ttl.iri, _int_ttl, _dec_ttl
    s_t = iri_t(s)
    fact_class_t, evidence_class_t = iri_t(fact_class), iri_t(_C[EVIDENCE_CLASS])
    if ttl is not None:
        yield from _facts_ttl(n, s_t, facts, base, art_iri, small)
        yield from _assertions_ttl(n, s, out_edges, base, art_iri, terms, ttl)
        return
    for f in sorted(facts, key=lambda f: (str(f.get("measure")), str(f.get("period") or ""), repr(f.get("value")),
                                           str(f.get("article") or ""), f.get("start") or 0)):
        value = dec_t(f.get("value"))
        if value is None:
            continue  # a fact without a finite number is not a numeric fact
        fid = _iri(f"{base}fact/" + _hash(n, f.get("measure"), f.get("value"), f.get("unit"), f.get("period"),
                                          f.get("article"), f.get("start"), f.get("end"), f.get("evidence")))
        fpo = {A: fact_class_t, p_about: s_t, p_measure: small(f.get("measure")), p_value: value}
        if f.get("unit") is not None:
            fpo[p_unit] = small(f["unit"])
        if f.get("period"):
            fpo[p_period] = small(f["period"])
        if f.get("evidence"):
            fpo[p_evidence] = lit(f["evidence"])
        if f.get("start") is not None:
            fpo[p_start] = int_t(f["start"])
        if f.get("end") is not None:
            fpo[p_end] = int_t(f["end"])
        conf = dec_t(f.get("confidence"))
        if conf is not None:
            fpo[p_conf] = conf
        if f.get("rule"):
            fpo[p_rule] = small(f["rule"])
        if f.get("article"):
            fpo[T_DERIVED] = iri_t(art_iri[f["article"]])
        yield (fid, _ordered(fpo, _FACT_ORDER)) if ttl is None else ttl.block(fid, fpo, _FACT_ORDER)

    evidence_class, has_evidence = _C[EVIDENCE_CLASS], P["hasEvidence"]
    for _, v, k, ed in out_edges:
        r = str(k)
        a_full = assertion_iri(n, r, v, base)
        a = _iri(a_full)
        apo = [(A, _C[ASSERTION_CLASS]), (A, _STATEMENT), (_R_SUBJ, s), (_R_PRED, _rel_prop(k)),
               (_R_OBJ, art_iri[v])]
        _put(apo, p_conf, dec_lit(ed.get("confidence")))
        _put(apo, p_status, small(ed["status"]) if ed.get("status") else None)
        _put(apo, P["firstSeen"], date_lit(ed.get("first_seen")))
        _put(apo, P["lastSeen"], date_lit(ed.get("last_seen")))
        _put(apo, P["mentionCount"], int_lit(ed.get("mention_count") or len(ed.get("evidence") or ())))
        for src in ed.get("sources") or ():
            apo.append((P["source"], small(src)))
        for art in ed.get("articles") or ():
            apo.append((T_DERIVED, art_iri[art]))
        ev_blocks: list[Block] = []
        ev_ttl: list[tuple[str, dict[str, str], str]] = []  # (subject, objects, Turtle text) with ttl
        a_repr = repr(a_full) + "\x1f"  # _hash(a_full, ...) without repr(a_full) per evidence item
        for ev in sorted(ed.get("evidence") or (), key=lambda e: (e.get("article") or "", e.get("start") or 0,
                                                                 e.get("text") or "")):
            text = ev.get("text")
            epo = {A: evidence_class if ttl is None else evidence_class_t}
            if text:
                epo[p_evidence] = text_lit = lit(text)
                apo.append((p_evidence, text_lit))
            rule = ev.get("rule")
            if rule:
                epo[p_rule] = rule_lit = small(rule)
                apo.append((p_rule, rule_lit))
            art = ev.get("article")
            if art:
                art_term = art_iri[art]
                epo[T_DERIVED] = art_term if ttl is None else ttl.iri(art_term)
                apo.append((T_DERIVED, art_term))
            e = _iri(f"{base}evidence/" + _hash_after(a_repr, art, ev.get("start"), ev.get("end"), text))
            apo.append((has_evidence, e))
            if ev.get("start") is not None:
                epo[p_start] = int_t(ev["start"])
            if ev.get("end") is not None:
                epo[p_end] = int_t(ev["end"])
            conf = dec_t(ev.get("confidence"))
            if conf is not None:
                epo[p_conf] = conf
            if ev.get("status"):
                epo[p_status] = small(ev["status"])
            if ttl is None:
                ev_blocks.append((e, _ordered(epo, _EVIDENCE_ORDER)))
            else:
                ev_ttl.append((e, epo, ttl.block(e, epo, _EVIDENCE_ORDER)))
        yield _finish(a, apo)
        if ttl is None:
            yield from sorted(ev_blocks)
        else:
            ev_ttl.sort(key=_first)
            if any(ev_ttl[i][0] == ev_ttl[i + 1][0] for i in range(len(ev_ttl) - 1)):
                # Items with one IRI (same article, offsets and text) differ only in rule, status or
                # confidence, and Turtle objects of those sort as their N-Triples terms do: sort as
                # sorted(ev_blocks) does, on the (predicate, object) lists.
                ev_ttl.sort(key=lambda x: (x[0], _ordered(x[1], _EVIDENCE_ORDER)))
            for _, _, text in ev_ttl:
                yield text


def _assertions_ttl(n: str, s: str, out_edges: list[tuple[str, str, str, Any]], base: str,
                    art_iri: dict[str, str], terms: tuple[Any, Any], ttl: _TurtleTerms) -> Iterator[str]:
    """The relation assertions of entity ``n`` (IRI term ``s``) with their evidence, as Turtle text: what
    generate_turtle writes for the assertion and evidence blocks of :func:`_entity_blocks` without ``ttl``."""
    small, date_lit = terms
    curie = _CURIE.get
    literal = ttl.literal
    date_ttl = ttl.date
    evidence_class_t = ttl.iri(_C[EVIDENCE_CLASS])
    head = " a " + evidence_class_t
    s_t = curie(s, s)
    p_evidence, p_rule, p_start, p_end = P["evidence"], P["rule"], P["startOffset"], P["endOffset"]
    p_conf, p_status = P["confidence"], P["status"]
    for _, v, k, ed in out_edges:
        r = str(k)
        a_full = assertion_iri(n, r, v, base)
        a = _iri(a_full)
        o = art_iri[v]
        p_rel = _rel_prop(k)
        derived = [art_iri[art] for art in ed.get("articles") or ()]
        texts: list[str] = []
        rules: list[str] = []
        evs: list[str] = []
        ev_ttl: list[tuple[str, dict[str, str], str]] = []  # (subject, objects, Turtle text)
        a_repr = repr(a_full) + "\x1f"  # _hash(a_full, ...) without repr(a_full) per evidence item
        evidence = ed.get("evidence") or ()
        if type(evidence) is not list or len(evidence) > 1:  # one item (most edges): nothing to sort
            evidence = sorted(evidence, key=_evidence_key)
        for ev in evidence:
            text = ev.get("text")
            text_lit = rule_lit = art_t = None
            if text:
                text_lit = lit(text)
                texts.append(text_lit)
            rule = ev.get("rule")
            if rule:
                rule_lit = small(rule)
                rules.append(rule_lit)
            art = ev.get("article")
            if art:
                art_term = art_iri[art]
                art_t = curie(art_term, art_term)
                derived.append(art_term)
            e = _iri(f"{base}evidence/" + _hash_after(a_repr, art, ev.get("start"), ev.get("end"), text))
            evs.append(e)
            start, end = ev.get("start"), ev.get("end")
            objs = (art_t, _dec_ttl(ev.get("confidence")), None if end is None else _int_ttl(end), text_lit, rule_lit,
                    None if start is None else _int_ttl(start), small(ev["status"]) if ev.get("status") else None)
            ev_ttl.append((e, objs, e + head + "".join([lead + o for lead, o in zip(_EVIDENCE_LEADS, objs)
                                                        if o is not None]) + " .\n\n"))
        po: dict[str, Any] = {_R_SUBJ: s_t, _R_PRED: curie(p_rel, p_rel), _R_OBJ: curie(o, o),
                              p_conf: _dec_ttl(ed.get("confidence")),  # literal(dec_lit(...))
                              p_status: small(ed["status"]) if ed.get("status") else None,
                              _P_FIRST: date_ttl(ed.get("first_seen")),
                              _P_LAST: date_ttl(ed.get("last_seen")),
                              _P_MENTIONS: _int_ttl(ed.get("mention_count") or len(ed.get("evidence") or ())),
                              _P_SOURCE: [small(src) for src in ed.get("sources") or ()] or None,
                              T_DERIVED: derived or None, p_evidence: texts or None, p_rule: rules or None,
                              _P_HAS_EVIDENCE: evs or None}
        yield ttl.assertion(a, po)
        if len(ev_ttl) == 1:
            yield ev_ttl[0][2]
            continue
        ev_ttl.sort(key=_first)
        if any(ev_ttl[i][0] == ev_ttl[i + 1][0] for i in range(len(ev_ttl) - 1)):
            # Items with one IRI (same article, offsets and text) differ only in rule, status or
            # confidence, and Turtle objects of those sort as their N-Triples terms do: sort as
            # sorted(ev_blocks) does, on the (predicate, object) lists.
            ev_ttl.sort(key=lambda x: (x[0], [(A, evidence_class_t)]
                                       + [(p, o) for p, o in zip(_EVIDENCE_FIELDS, x[1]) if o is not None]))
        for _, _, text in ev_ttl:
            yield text


def _facts_ttl(n: str, s_t: str, facts: Iterable[dict[str, Any]], base: str, art_iri: dict[str, str],
               small: Any) -> Iterator[str]:
    """The fact blocks of entity ``n`` (``s_t``: its IRI in Turtle) as Turtle text: what generate_turtle
    writes for the fact blocks of :func:`_entity_blocks` without ``ttl``."""
    head = " a " + _CURIE.get(_C["Fact"], _C["Fact"])
    curie = _CURIE.get
    for f in sorted(facts, key=lambda f: (str(f.get("measure")), str(f.get("period") or ""), repr(f.get("value")),
                                           str(f.get("article") or ""), f.get("start") or 0)):
        g = f.get
        value = _dec_ttl(g("value"))
        if value is None:
            continue  # a fact without a finite number is not a numeric fact
        fid = _iri(f"{base}fact/" + _hash(n, g("measure"), g("value"), g("unit"), g("period"), g("article"),
                                          g("start"), g("end"), g("evidence")))
        measure = small(g("measure"))
        unit = None if g("unit") is None else small(f["unit"])
        period = small(f["period"]) if g("period") else None
        evidence = lit(f["evidence"]) if g("evidence") else None
        start = None if g("start") is None else _int_ttl(f["start"])
        end = None if g("end") is None else _int_ttl(f["end"])
        conf = _dec_ttl(g("confidence"))
        rule = small(f["rule"]) if g("rule") else None
        art = None
        if g("article"):
            art = art_iri[f["article"]]
            art = curie(art, art)
        objs = (art, s_t, conf, end, evidence, measure, period, rule, start, unit, value)
        yield fid + head + "".join([lead + o for lead, o in zip(_FACT_LEADS, objs) if o is not None]) + " .\n\n"


class _IriTerms(dict):  # type: ignore[type-arg]
    """entity or article id -> IRI term, minted once on first use (evidence may cite unindexed articles)."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base

    def __missing__(self, key: str) -> str:
        val = _iri(mint_iri(key, self.base))
        self[key] = val
        return val


def generate_blocks(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Iterator[Block]:
    """Subjects with their sorted (predicate, object) pairs, in N-Triples term syntax, deterministic order."""
    return _blocks(G, base, None)  # type: ignore[return-value]


def _blocks(G: nx.MultiDiGraph, base: str, ttl: _TurtleTerms | None) -> Iterator[Block | str]:
    """:func:`generate_blocks`; with ``ttl``, fact and evidence blocks as Turtle text (see _entity_blocks)."""
    check_base(base)
    art_iri = _IriTerms(base)
    terms = (_str_terms(lit), _str_terms(_date_lit))
    mentioned: dict[str, list[str]] = {}
    nattr = G.nodes
    for n in sorted(G.nodes):
        term = art_iri[n]
        for art in nattr[n].get("articles") or ():
            if art:
                lst = mentioned.get(art)
                if lst is None:
                    mentioned[art] = [term]
                else:
                    lst.append(term)
        yield from _entity_blocks(G, n, base, art_iri, terms, ttl)
    articles: dict[str, dict[str, Any]] = G.graph.get("articles") or {}
    for aid in sorted(set(articles) | set(mentioned)):
        meta = articles.get(aid)
        po: list[tuple[str, str]] = []
        if meta is not None:
            po += [(A, _C["Article"]), (A, _NEWS), (P["id"], lit(aid))]
            _put(po, _T_TITLE, lit(meta["title"]) if meta.get("title") else None)
            _put(po, _T_DATE, _date_lit(meta.get("date")))
            _put(po, P["publisher"], lit(meta["publisher"]) if meta.get("publisher") else None)
            url = meta.get("url")
            if url:
                po.append((_T_URL, _iri(url) if _SAFE_URL_RE.match(url) else lit(url)))
            _put(po, P["contentHash"], lit(meta["content_hash"]) if meta.get("content_hash") else None)
            _put(po, P["sourcePath"], lit(meta["source"]) if meta.get("source") else None)
        for e in mentioned.get(aid, ()):
            po.append((P["mentions"], e))
        if po:
            yield _finish(art_iri[aid], po)


def generate_ntriples(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Iterator[str]:
    """N-Triples text in chunks (one subject's lines per chunk)."""
    for s, po in generate_blocks(G, base=base):
        yield "".join(f"{s} {p} {o} .\n" for p, o in po)


def _curie_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for term in [A, T_LABEL, T_ALT, T_PREF, T_DERIVED, _STATEMENT, _R_SUBJ, _R_PRED, _R_OBJ, _NEWS, _T_TITLE, _T_DATE,
                 _T_URL, *P.values(), *_C.values(), *_REL_PROP.values()]:
        full = term[1:-1]
        for pfx, ns in PREFIXES.items():
            if full.startswith(ns) and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", full[len(ns):]):
                table[term] = f"{pfx}:{full[len(ns):]}"
                break
    from evkg.ontology.vocab import Kind

    for k in Kind:
        table[_v(k.value)] = f"evkg:{k.value}"
    table[A] = "a"
    return table


_CURIE = _curie_table()
_DT_CURIE = {f"^^<{XSD}{dt}>": f"^^xsd:{dt}" for dt in ("integer", "decimal", "date", "string")}
_OBJECT_SEP = " ,\n        "
_P_FIRST, _P_LAST, _P_MENTIONS, _P_SOURCE, _P_HAS_EVIDENCE = (
    P["firstSeen"], P["lastSeen"], P["mentionCount"], P["source"], P["hasEvidence"])
#: The predicates of a relation assertion after rdf:type, sorted (the order of _finish); True for those whose
#: objects are IRIs (written as prefixed names when the vocabulary has one).
_ASSERTION_IRIS = {_R_SUBJ: True, _R_PRED: True, _R_OBJ: True, P["confidence"]: False, P["status"]: False,
                   _P_FIRST: False, _P_LAST: False, _P_MENTIONS: False, _P_SOURCE: False, T_DERIVED: True,
                   P["evidence"]: False, P["rule"]: False, _P_HAS_EVIDENCE: True}
_ASSERTION_LEADS = tuple((p, f" ;\n    {_CURIE.get(p, p)} ", _ASSERTION_IRIS[p]) for p in sorted(_ASSERTION_IRIS))
#: The predicates of fact and evidence blocks after rdf:type, in the order of _FACT_ORDER and _EVIDENCE_ORDER (the
#: order in which _facts_ttl and _assertions_ttl give their objects), and the Turtle text before each object.
_FACT_FIELDS = (T_DERIVED, P["about"], P["confidence"], P["endOffset"], P["evidence"], P["measure"], P["period"],
                P["rule"], P["startOffset"], P["unit"], P["value"])
_EVIDENCE_FIELDS = (T_DERIVED, P["confidence"], P["endOffset"], P["evidence"], P["rule"], P["startOffset"], P["status"])
if _FACT_FIELDS != _FACT_ORDER[1:] or _EVIDENCE_FIELDS != _EVIDENCE_ORDER[1:]:  # pragma: no cover - fixed names
    raise AssertionError("fact or evidence predicates out of order")
_FACT_LEADS = tuple(f" ;\n    {_CURIE.get(p, p)} " for p in _FACT_FIELDS)
_EVIDENCE_LEADS = tuple(f" ;\n    {_CURIE.get(p, p)} " for p in _EVIDENCE_FIELDS)
#: " a " and the assertion's two classes, sorted as their IRIs, as Turtle
_ASSERTION_TYPES = " a " + _OBJECT_SEP.join(_CURIE.get(c, c) for c in sorted((_C[ASSERTION_CLASS], _STATEMENT)))


class _PredicateLead(dict):  # type: ignore[type-arg]
    """predicate term -> the Turtle text before its first object (``lead`` + prefixed name + space)."""

    def __init__(self, lead: str) -> None:
        super().__init__()
        self.lead = lead

    def __missing__(self, p: str) -> str:
        val = self[p] = f"{self.lead}{_CURIE.get(p, p)} "
        return val


def generate_turtle(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Iterator[str]:
    """Turtle text in chunks: prefixes, then the blocks of subjects (vocabulary as prefixed names)."""
    yield "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()) + "\n"
    first, then = _PredicateLead(" "), _PredicateLead(" ;\n    ")
    curie = _CURIE.get
    dt_curie = _DT_CURIE.get
    typed: dict[str, str] = {}  # typed literal -> its Turtle form (numbers and dates recur)
    typed_get = typed.get
    parts: list[str] = []
    append = parts.append
    for blk in _blocks(G, base, _TurtleTerms()):
        if type(blk) is str:  # already Turtle
            append(blk)
            continue
        s, po = blk
        append(s)
        last_p = None
        for p, o in po:
            if p == last_p:
                append(" ,\n        ")
            else:
                append(then[p] if last_p is not None else first[p])
                last_p = p
            if o[0] == '"':  # a literal: only its datatype IRI can be shortened
                if o[-1] == ">":
                    t = typed_get(o)
                    if t is None:
                        i = o.rfind('"^^<')
                        short = dt_curie(o[i + 1:])
                        t = o if short is None else o[:i + 1] + short
                        if len(typed) < 16384:
                            typed[o] = t
                    o = t
                append(o)
            else:
                append(curie(o, o))
        append(" .\n\n")
        if len(parts) > 4096:  # a few hundred blocks per chunk: fewer, larger writes
            yield "".join(parts)
            parts.clear()
    if parts:
        yield "".join(parts)


def _xml_safe(triples: Iterable["pyoxigraph.Triple"]) -> Iterator["pyoxigraph.Triple"]:
    import pyoxigraph as ox

    for t in triples:
        o = t.object
        if isinstance(o, ox.Literal) and _XML_ILLEGAL_RE.search(o.value):
            value = _XML_ILLEGAL_RE.sub("\ufffd", o.value)
            o = ox.Literal(value, language=o.language) if o.language else ox.Literal(value, datatype=o.datatype)
            t = ox.Triple(t.subject, t.predicate, o)
        yield t


def _via_oxigraph(G: nx.MultiDiGraph, fmt: str, base: str) -> bytes:
    import pyoxigraph as ox

    nt = "".join(generate_ntriples(G, base=base)).encode("utf-8")
    out_fmt = ox.RdfFormat.JSON_LD if fmt == "jsonld" else ox.RdfFormat.RDF_XML
    try:
        triples = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
        if fmt == "xml":
            # XML 1.0 cannot carry control characters even as references: RDF/XML is the only lossy format.
            triples = _xml_safe(triples)
        data: bytes = ox.serialize(triples, format=out_fmt, prefixes=PREFIXES)
    except (SyntaxError, ValueError, OSError) as err:  # pragma: no cover - our N-Triples are valid
        raise ExportError(f"pyoxigraph refused the graph as {fmt}: {err}") from err
    if fmt == "xml":
        # XML parsers turn a raw CR into LF; only a character reference keeps it. The serializer writes
        # no CR of its own, so every CR here belongs to a literal (text or attribute value).
        data = data.replace(b"\r", b"&#13;")
    return data


def generate_rdf(G: nx.MultiDiGraph, *, fmt: str = "ttl", base: str = DEFAULT_BASE) -> Iterator[str]:
    """The graph as RDF text in chunks; ``fmt`` is ``ttl``, ``nt``, ``jsonld`` or ``xml``.

    Deterministic: the same graph gives the same text. The graph is never changed.
    """
    fmt = _check_fmt(fmt)
    check_base(base)
    if fmt == "ttl":
        yield from generate_turtle(G, base=base)
    elif fmt == "nt":
        yield from generate_ntriples(G, base=base)
    else:
        yield _via_oxigraph(G, fmt, base).decode("utf-8")


def _check_fmt(fmt: str) -> str:
    if fmt not in FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
    return fmt


def format_for(path: str | Path) -> str:
    """RDF format name for a file name (``graph.ttl`` -> ``ttl``); raise InputError for unknown suffixes."""
    suffix = Path(path).suffix.lower()
    for name, (suffixes, _) in FORMATS.items():
        if suffix in suffixes:
            return name
    known = ", ".join(s for sfx, _ in FORMATS.values() for s in sfx)
    raise InputError(f"cannot tell the RDF format of {str(path)!r} from its suffix {suffix!r}; known: {known}")


def write_rdf(G: nx.MultiDiGraph, path: str | Path, *, fmt: str | None = None, base: str = DEFAULT_BASE) -> Path:
    """Write the graph as RDF atomically (format from ``fmt`` or the file suffix); return the path."""
    fmt = _check_fmt(fmt) if fmt else format_for(path)
    check_base(base)
    if fmt in ("jsonld", "xml"):
        data = _via_oxigraph(G, fmt, base)
        with atomic_open(path, "wb") as fh:
            fh.write(data)
    else:
        write_lines_atomic(path, generate_rdf(G, fmt=fmt, base=base))
    return Path(path)


def count_triples(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> int:
    """Number of triples the export of ``G`` holds."""
    return sum(len(po) for _, po in generate_blocks(G, base=base))


def to_oxigraph_store(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE,
                      store: "pyoxigraph.Store | None" = None) -> "pyoxigraph.Store":
    """Load the graph's triples into the default graph of a pyoxigraph Store (a new in-memory one by default)."""
    import pyoxigraph as ox

    store = ox.Store() if store is None else store
    data = "".join(generate_ntriples(G, base=base)).encode("utf-8")
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def to_rdflib(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> "rdflib.Graph":
    """The graph as an rdflib Graph with evkg's prefixes bound (fine for small graphs; slow beyond 100k triples)."""
    import rdflib

    g = rdflib.Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, rdflib.Namespace(ns), override=True)
    g.parse(data="".join(generate_ntriples(G, base=base)), format="nt")
    return g


def iter_ntriples_lines(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Iterable[str]:
    """Every N-Triples line of the export (without newline), for set comparisons in tests and tools."""
    for s, po in generate_blocks(G, base=base):
        for p, o in po:
            yield f"{s} {p} {o} ."
