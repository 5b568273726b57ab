"""Article -> Extraction: the extraction pipeline.

One pass per article: :func:`~evkg.loaders.cleaning.clean` -> sentences -> entity mentions
(gazetteer + discovery, :mod:`evkg.loaders.entities`) -> relations (:mod:`evkg.loaders.relations`)
and numeric facts (:mod:`evkg.loaders.facts`). Everything is rule-based and offline.
All offsets in the result are offsets into ``article.text``; ``evidence == article.text[start:end]``.

Example:
    >>> from evkg.loaders.types import Article
    >>> x = extract(Article(source="a.txt", text="CATL supplies batteries to Tesla."))
    >>> [(r.subject, r.predicate, r.object) for r in x.relations]  # doctest: +SKIP
    [('company:catl', 'SUPPLIES', 'company:tesla')]
"""

from __future__ import annotations

from functools import lru_cache

from .cleaning import CleanText, clean
from .dates import DateContext
from .entities import EntityFinder, Found
from .facts import FactFinder
from .reference import KnowledgeBase, load_reference
from .relations import RelationFinder
from .sentences import split_sentences
from .types import Article, Entity, Extraction, Fact, Mention, Relation

#: Articles longer than this are cut (a warning says so); keeps the worst case linear and bounded.
MAX_CHARS = 2_000_000


def _records(raw: str, ct: CleanText, found: Found, relations: list[Relation], facts: list[Fact],
             ) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """The article's entities and mentions: mentions mapped to ``raw``; the entities mentioned or used by a
    relation or fact, each with the surfaces it was mentioned by (then its own aliases) as aliases."""
    fm = found.mentions
    mentions: list[Mention] = []
    surfaces: dict[str, dict[str, None]] = {}  # entity id -> its surfaces, in order (as dict keys)
    for m, (s, e) in zip(fm, ct.spans(fm)):
        if e <= s:
            continue
        surface = raw[s:e]
        eid = m.entity_id
        mentions.append(Mention(eid, surface, s, e))
        seen = surfaces.get(eid)
        if seen is None:
            surfaces[eid] = {surface: None}
        else:
            seen[surface] = None
    used = set(surfaces)
    used.update([r.subject for r in relations])
    used.update([r.object for r in relations])
    used.update([f.subject for f in facts])
    used.update(found.implied)
    entities: list[Entity] = []
    for eid, rec in found.entities.items():
        if eid not in used:
            continue
        name = rec.name
        names = surfaces.get(eid)
        if rec.aliases:
            if names is None:
                names = dict.fromkeys(rec.aliases)
            else:
                names.update(dict.fromkeys(rec.aliases))
        if names:
            names.pop(name, None)
            aliases = tuple(names)
        else:
            aliases = ()
        tickers = rec.tickers
        entities.append(Entity(rec.id, name, rec.kind, tuple(rec.kinds), rec.name_zh, aliases,
                               tuple(tickers) if tickers else (), rec.known))
    return tuple(entities), tuple(mentions)


class Extractor:
    """Extracts entities, relations and facts from articles; build once per process, then call :meth:`extract`."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else load_reference()
        self.entities = EntityFinder(self.kb)
        made_by = self.kb.makers()
        self.relations = RelationFinder({p: m[0] for p, m in made_by.items() if len(m) == 1}, made_by, self.kb.owners(),
                                        self.kb.developers(), self.kb.brand_owners(), self.kb.parent_companies())
        self.facts = FactFinder(frozenset(eid for eid, c in self.kb.countries.items()
                                          if c == "country:china" and eid.startswith("org:")))

    def extract(self, article: Article) -> Extraction:
        """Extract everything from one article. Never raises on odd text."""
        raw = article.text or ""
        warnings: list[str] = []
        text = raw
        if len(text) > MAX_CHARS:
            warnings.append(f"article truncated to {MAX_CHARS} characters for extraction")
            text = text[:MAX_CHARS]
        if "\x00" in text:
            text = text.replace("\x00", " ")
        ct = clean(text, known_words=self.entities.known_words)
        ctext = ct.text
        sentences = split_sentences(ctext)
        if not sentences:
            return Extraction(article=article, warnings=tuple(warnings))
        found = self.entities.find(ctext, sentences, publisher=article.publisher)
        dates = DateContext.build(ctext, sentences, article.date)
        relations = self.relations.find(ct, sentences, found)
        facts = self.facts.find(ct, sentences, found, dates)

        entities, mentions = _records(raw, ct, found, relations, facts)
        return Extraction(article=article, entities=entities, mentions=mentions, relations=tuple(relations),
                          facts=tuple(facts), warnings=tuple(warnings))


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process-wide extractor over the default reference data."""
    return Extractor()


def extract(article: Article, *, kb: KnowledgeBase | None = None) -> Extraction:
    """Extract from one article with the default extractor (or one built over ``kb``)."""
    if kb is None:
        return default_extractor().extract(article)
    return Extractor(kb).extract(article)
