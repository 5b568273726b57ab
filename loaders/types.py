"""Typed records passed between pipeline stages.

article file -> :class:`Article` -> :class:`Extraction` (entities with their :class:`Mention` s,
:class:`Relation` s and :class:`Fact` s, each with evidence) -> workspace -> graph.

All offsets are character offsets into ``Article.text`` (the text as the reader produced it,
before cleaning), so ``article.text[r.start:r.end] == r.evidence`` for every relation and fact.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any


def normalise_text(text: str) -> str:
    """Text normalised for hashing: NFC, whitespace runs collapsed, stripped."""
    # str.split() splits at exactly the characters that re's \s matches (str.isspace())
    text = unicodedata.normalize("NFC", text)
    # Usually the only blanks are spaces and line breaks: then, line breaks made spaces, collapsing the runs of
    # spaces gives the same. (Every other str.isspace() character is non-printable, the space alone printable.)
    t = text.replace("\n", " ")
    if not t.isprintable():
        return " ".join(text.split())
    while "  " in t:
        t = t.replace("  ", " ")
    return t.strip(" ")


def content_hash(text: str) -> str:
    """Stable hash of an article's normalised text (hex SHA-256)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def article_id(source: str) -> str:
    """Stable article id from its source (path or URL plus ``#n`` within a multi-article file)."""
    return "article:" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file or feed.

    ``source`` identifies it (a path, or ``path#3`` for the third article of a JSONL or feed file);
    ``id`` derives from ``source`` and ``content_hash`` from the normalised text, so an edited
    article keeps its id and is re-extracted, while an unchanged one is recognised and skipped.
    """

    source: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO: YYYY-MM-DD
    url: str | None = None
    publisher: str | None = None
    format: str = "txt"
    id: str = ""
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.source))
        if not self.content_hash:
            object.__setattr__(self, "content_hash", content_hash(self.text))

    def meta(self) -> dict[str, Any]:
        """Article metadata without the text (the ``article`` object of the JSON line contract)."""
        return {"id": self.id, "path": self.source, "title": self.title, "date": self.date, "url": self.url,
                "publisher": self.publisher}

    def __reduce__(self) -> tuple[Any, ...]:
        # (pickling between worker processes: the fields in order, rebuilt by the constructor)
        return (type(self), (self.source, self.text, self.title, self.date, self.url, self.publisher, self.format,
                             self.id, self.content_hash))


# Mention, Entity, Relation and Fact are built by the thousand per second: their __init__ sets each field
# through its slot descriptor (the _set_* functions below), about twice as fast as the generated __init__
# of a frozen dataclass, which goes through object.__setattr__. Each __init__ takes exactly the fields, in
# order, with their defaults.


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """One occurrence of an entity in the article text."""

    entity_id: str
    text: str
    start: int
    end: int

    def __init__(self, entity_id: str, text: str, start: int, end: int) -> None:
        _set_m_entity_id(self, entity_id)
        _set_m_text(self, text)
        _set_m_start(self, start)
        _set_m_end(self, end)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.entity_id, self.text, self.start, self.end))


@dataclass(frozen=True, slots=True, init=False)
class Entity:
    """An entity as one article knows it: id, classes, names and tickers.

    ``kind`` is the primary class (an ontology class name); ``kinds`` lists all of them, primary first.
    ``known`` is True when the entity comes from the reference data, False when discovered in text.
    """

    id: str
    name: str
    kind: str
    kinds: tuple[str, ...] = ()
    name_zh: str | None = None
    aliases: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()
    known: bool = False

    def __init__(self, id: str, name: str, kind: str, kinds: tuple[str, ...] = (), name_zh: str | None = None,
                 aliases: tuple[str, ...] = (), tickers: tuple[str, ...] = (), known: bool = False) -> None:
        _set_e_id(self, id)
        _set_e_name(self, name)
        _set_e_kind(self, kind)
        _set_e_kinds(self, kinds or (kind,))  # no kinds: the primary class alone
        _set_e_name_zh(self, name_zh)
        _set_e_aliases(self, aliases)
        _set_e_tickers(self, tickers)
        _set_e_known(self, known)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.id, self.name, self.kind, self.kinds, self.name_zh, self.aliases, self.tickers,
                             self.known))


@dataclass(frozen=True, slots=True, init=False)
class Relation:
    """A typed relation stated in one sentence: ``subject -predicate-> object`` (entity ids).

    ``status`` is ``stated`` or ``planned`` ("will supply"); ``rule`` names the pattern that matched.
    Symmetric predicates are stored with ``subject < object``.
    """

    subject: str
    predicate: str
    object: str
    evidence: str
    start: int
    end: int
    confidence: float = 0.8
    status: str = "stated"
    rule: str = ""

    def __init__(self, subject: str, predicate: str, object: str, evidence: str, start: int, end: int,
                 confidence: float = 0.8, status: str = "stated", rule: str = "") -> None:
        _set_r_subject(self, subject)
        _set_r_predicate(self, predicate)
        _set_r_object(self, object)
        _set_r_evidence(self, evidence)
        _set_r_start(self, start)
        _set_r_end(self, end)
        _set_r_confidence(self, confidence)
        _set_r_status(self, status)
        _set_r_rule(self, rule)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.subject, self.predicate, self.object, self.evidence, self.start, self.end,
                             self.confidence, self.status, self.rule))


@dataclass(frozen=True, slots=True, init=False)
class Fact:
    """A numeric fact: ``subject``'s ``measure`` is ``value`` ``unit`` for ``period``."""

    subject: str
    measure: str
    value: float
    unit: str
    period: str | None
    evidence: str
    start: int
    end: int
    confidence: float = 0.8
    rule: str = ""

    def __init__(self, subject: str, measure: str, value: float, unit: str, period: str | None, evidence: str,
                 start: int, end: int, confidence: float = 0.8, rule: str = "") -> None:
        _set_f_subject(self, subject)
        _set_f_measure(self, measure)
        _set_f_value(self, value)
        _set_f_unit(self, unit)
        _set_f_period(self, period)
        _set_f_evidence(self, evidence)
        _set_f_start(self, start)
        _set_f_end(self, end)
        _set_f_confidence(self, confidence)
        _set_f_rule(self, rule)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.subject, self.measure, self.value, self.unit, self.period, self.evidence, self.start,
                             self.end, self.confidence, self.rule))


def _slot_setters(cls: type) -> tuple[Any, ...]:
    """The ``__set__`` of each field's slot descriptor of ``cls``, in field order."""
    return tuple(getattr(cls, f.name).__set__ for f in fields(cls))


# (unpacking fails at import if a field is added to a record but not here and to its __init__)
_set_m_entity_id, _set_m_text, _set_m_start, _set_m_end = _slot_setters(Mention)
(_set_e_id, _set_e_name, _set_e_kind, _set_e_kinds, _set_e_name_zh, _set_e_aliases, _set_e_tickers,
 _set_e_known) = _slot_setters(Entity)
(_set_r_subject, _set_r_predicate, _set_r_object, _set_r_evidence, _set_r_start, _set_r_end, _set_r_confidence,
 _set_r_status, _set_r_rule) = _slot_setters(Relation)
(_set_f_subject, _set_f_measure, _set_f_value, _set_f_unit, _set_f_period, _set_f_evidence, _set_f_start, _set_f_end,
 _set_f_confidence, _set_f_rule) = _slot_setters(Fact)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    facts: tuple[Fact, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def __reduce__(self) -> tuple[Any, ...]:
        # Worker processes send extractions back pickled: plain tuples of field values pickle several
        # times faster than a reduce call per record.
        a = self.article
        return (_extraction_from_rows, (
            (a.source, a.text, a.title, a.date, a.url, a.publisher, a.format, a.id, a.content_hash),
            [(e.id, e.name, e.kind, e.kinds, e.name_zh, e.aliases, e.tickers, e.known) for e in self.entities],
            [(m.entity_id, m.text, m.start, m.end) for m in self.mentions],
            [(r.subject, r.predicate, r.object, r.evidence, r.start, r.end, r.confidence, r.status, r.rule)
             for r in self.relations],
            [(f.subject, f.measure, f.value, f.unit, f.period, f.evidence, f.start, f.end, f.confidence, f.rule)
             for f in self.facts],
            self.warnings))

    def to_json(self) -> dict[str, Any]:
        """The JSON line contract of ``evkg extract --format jsonl``."""
        by_entity: dict[str, list[dict[str, Any]]] = {}
        for m in self.mentions:
            by_entity.setdefault(m.entity_id, []).append({"text": m.text, "start": m.start, "end": m.end})
        return {
            "article": self.article.meta(),
            "entities": [
                {"id": e.id, "name": e.name, "type": e.kind, "types": list(e.kinds), "name_zh": e.name_zh,
                 "aliases": list(e.aliases), "tickers": list(e.tickers), "known": e.known,
                 "mentions": by_entity.get(e.id, [])}
                for e in self.entities
            ],
            "relations": [
                {"subject": r.subject, "predicate": r.predicate, "object": r.object, "evidence": r.evidence,
                 "start": r.start, "end": r.end, "confidence": r.confidence, "status": r.status, "rule": r.rule}
                for r in self.relations
            ],
            "facts": [  # asdict(f), built directly
                {"subject": f.subject, "measure": f.measure, "value": f.value, "unit": f.unit, "period": f.period,
                 "evidence": f.evidence, "start": f.start, "end": f.end, "confidence": f.confidence, "rule": f.rule}
                for f in self.facts
            ],
        }


def _extraction_from_rows(article: tuple[Any, ...], entities: list[tuple[Any, ...]], mentions: list[tuple[Any, ...]],
                          relations: list[tuple[Any, ...]], facts: list[tuple[Any, ...]],
                          warnings: tuple[str, ...]) -> Extraction:
    """The :class:`Extraction` whose field values :meth:`Extraction.__reduce__` gave."""
    return Extraction(Article(*article), tuple([Entity(*e) for e in entities]), tuple([Mention(*m) for m in mentions]),
                      tuple([Relation(*r) for r in relations]), tuple([Fact(*f) for f in facts]), warnings)
