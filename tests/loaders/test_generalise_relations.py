"""Relation rules for patterns common in unseen news: possessive pronouns, customer lists, line-ups, appositions,
relative clauses, per-clause subjects and their negative cases."""

from __future__ import annotations

import pytest

from evkg.loaders.extract import Extractor
from evkg.loaders.types import Article


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _rels(ex: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = ex.extract(Article(source="t.txt", text=text))
    for r in x.relations:
        assert x.article.text[r.start:r.end] == r.evidence
    return {(r.subject, r.predicate, r.object) for r in x.relations}


def _status(ex: Extractor, text: str) -> dict[tuple[str, str, str], str]:
    x = ex.extract(Article(source="t.txt", text=text))
    return {(r.subject, r.predicate, r.object): r.status for r in x.relations}


def test_possessive_pronoun_customer_list(ex):
    r = _rels(ex, "Gotion High-Tech raised its output in May. Its main customers are Volkswagen and Chery.")
    assert {("company:gotion", "SUPPLIES", "company:volkswagen"), ("company:gotion", "SUPPLIES", "company:chery")} <= r


def test_possessive_pronoun_unit_and_brand(ex):
    r = _rels(ex, "BYD sold more cars in March. Its battery arm FinDreams Battery opened a new plant.")
    assert ("company:findreams-battery", "SUBSIDIARY_OF", "company:byd") in r
    r = _rels(ex, "Geely had a strong quarter. Its premium brand Zeekr set a record.")
    assert ("company:zeekr", "BRAND_OF", "company:geely") in r or ("brand:zeekr", "BRAND_OF", "company:geely") in r


def test_possessive_pronoun_owner_mismatch_gives_nothing(ex):
    # the pronoun's antecedent is among the listed names: no relation rather than a wrong one
    r = _rels(ex, "Its customers include Tesla, BMW and Volkswagen, the report said.")
    assert not any(p == "SUPPLIES" for _, p, _ in r)
    # a unit whose name starts with another company's name is not the pronoun owner's unit
    r = _rels(ex, "Ganfeng Lithium reported a loss. Unlike Tianqi Lithium, Ganfeng also makes cells. "
                  "Its battery unit Ganfeng LiEnergy is building a plant.")
    assert ("company:ganfeng-lienergy", "SUBSIDIARY_OF", "company:tianqi") not in r


def test_apposition_owner_is_not_the_subject(ex):
    r = _rels(ex, "Fudi Battery, BYD's battery subsidiary, is developing all-solid-state batteries for 2027.")
    assert ("company:findreams-battery", "DEVELOPS", "technology:all-solid-state-battery") in r
    assert ("company:byd", "DEVELOPS", "technology:all-solid-state-battery") not in r


def test_each_verb_keeps_its_own_objects(ex):
    r = _rels(ex, "In the alliance, Chery builds Luxeed cars, BAIC makes Stelato models and JAC produces the Maextro S800.")
    assert ("company:jac", "MANUFACTURES", "product:maextro-s800") in r
    assert ("company:chery", "MANUFACTURES", "product:maextro-s800") not in r
    assert ("company:baic", "MANUFACTURES", "product:maextro-s800") not in r
    # one verb with a list still distributes
    r = _rels(ex, "Seres builds the AITO M9 and the AITO M7 in Chongqing.")
    assert {("company:seres", "MANUFACTURES", "product:aito-m9"), ("company:seres", "MANUFACTURES", "product:aito-m7")} <= r
