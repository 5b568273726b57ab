"""Helpers for the relation tests: extract one text and read its relations."""

from __future__ import annotations

from evkg.loaders.extract import Extractor
from evkg.loaders.types import Article


def relation_triples(ex: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every relation in ``text``; checks each evidence against its offsets."""
    x = ex.extract(Article(source="t.txt", text=text))
    for r in x.relations:
        assert x.article.text[r.start:r.end] == r.evidence
    return {(r.subject, r.predicate, r.object) for r in x.relations}


def relation_statuses(ex: Extractor, text: str) -> dict[tuple[str, str, str], str]:
    """(subject, predicate, object) -> status ("stated" or "planned") of every relation in ``text``."""
    x = ex.extract(Article(source="t.txt", text=text))
    return {(r.subject, r.predicate, r.object): r.status for r in x.relations}
