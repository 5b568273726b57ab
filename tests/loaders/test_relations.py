"""Relation rules: direction, passive voice, coordination, hedges, planned actions, domain/range."""

from __future__ import annotations

from tests.loaders.helpers import relation_statuses as _status
from tests.loaders.helpers import relation_triples as _rels


def test_supplies_direction_and_passive(ex):
    assert ("company:catl", "SUPPLIES", "company:tesla") in _rels(ex, "CATL supplies battery cells to Tesla.")
    assert ("company:catl", "SUPPLIES", "company:tesla") in _rels(ex, "Tesla sources its LFP cells from CATL.")
    assert ("company:catl", "SUPPLIES", "company:tesla") in _rels(ex, "Tesla's new Model Y uses cells supplied by CATL.")
    assert ("company:catl", "SUPPLIES", "company:tesla") in _rels(ex, "CATL is a key battery supplier to Tesla.")


def test_planned_and_hedged(ex):
    st = _status(ex, "CATL will supply batteries to BMW from next year.")
    assert st.get(("company:catl", "SUPPLIES", "company:bmw")) == "planned"
    assert _rels(ex, "CATL may supply batteries to BMW.") & {("company:catl", "SUPPLIES", "company:bmw")} == set()
    assert not any(p == "SUPPLIES" for _, p, _ in _rels(ex, "CATL is reportedly set to supply cells to BMW."))


def test_partnership_symmetric_and_coordination(ex):
    r = _rels(ex, "NIO and CATL signed a strategic cooperation agreement on Tuesday.")
    assert ("company:catl", "PARTNERS_WITH", "company:nio") in r
    r = _rels(ex, "Huawei partnered with Chery and JAC to build premium cars.")
    assert {("company:chery", "PARTNERS_WITH", "company:huawei"), ("company:huawei", "PARTNERS_WITH", "company:jac")} <= r


def test_brand_membership_subsidiary(ex):
    assert ("brand:luxeed", "BRAND_OF", "alliance:hima") in _rels(ex, "Luxeed, a brand under HIMA, delivered more cars.")
    assert ("brand:luxeed", "BRAND_OF", "alliance:hima") in _rels(ex, "One brand under HIMA, Luxeed, did well.")
    assert ("brand:zeekr", "BRAND_OF", "company:geely") in _rels(ex, "Geely's brand Zeekr launched a wagon.") or \
        ("company:zeekr", "SUBSIDIARY_OF", "company:geely") in _rels(ex, "Zeekr, a subsidiary of Geely, launched a wagon.")


def test_develops_manufactures_uses(ex):
    r = _rels(ex, "BYD unveiled its solid-state battery technology in Shenzhen.")
    assert ("company:byd", "DEVELOPS", "technology:solid-state-battery") in r
    r = _rels(ex, "NIO operates a network of battery swap stations.")
    assert ("company:nio", "USES_TECHNOLOGY", "technology:battery-swapping") in r
    r = _rels(ex, "Seres produces the AITO M9 in Chongqing.")
    assert ("company:seres", "MANUFACTURES", "product:aito-m9") in r


def test_issued_supports_passive(ex):
    r = _rels(ex, 'The MIIT issued the "Guidelines for Power Battery Recycling (2025 Edition)", which supports '
                  "solid-state batteries.")
    pol = [o for s, p, o in r if p == "ISSUED" and s == "regulator:miit"]
    assert pol
    assert (pol[0], "SUPPORTS", "technology:solid-state-battery") in r
    r = _rels(ex, 'The "Battery Safety Standard (2026 Edition)" was released by the MIIT last week.')
    assert any(s == "regulator:miit" and p == "ISSUED" for s, p, _ in r)


def test_met_with_distributes_over_conjuncts(ex):
    r = _rels(ex, "The MIIT summoned BYD, CATL and Gotion High-Tech to discuss pricing.")
    assert {("regulator:miit", "MET_WITH", "company:byd"), ("regulator:miit", "MET_WITH", "company:catl")} <= r
    assert any(o.startswith("company:gotion") for s, p, o in r if p == "MET_WITH")


def test_listed_on_needs_the_exchange_named(ex):
    assert ("company:seres", "LISTED_ON", "exchange:hkex") in _rels(ex, "Seres debuted on the Hong Kong Stock Exchange.")
    assert not any(p == "LISTED_ON" for _, p, _ in _rels(ex, "Seres (9927.HK) rose 3%."))
    r = _rels(ex, "On the Shenzhen Stock Exchange, CATL and EVE Energy gained.")
    assert ("company:catl", "LISTED_ON", "exchange:szse") in r


def test_constituents_and_competition(ex):
    r = _rels(ex, "The top holdings of the Battery ETF (159755) include CATL and EVE Energy.")
    assert any(s == "company:catl" and p == "CONSTITUENT_OF" for s, p, _ in r)
    r = _rels(ex, "Xiaomi's SU7 competes directly with Tesla and BYD.")
    assert any(p == "COMPETES_WITH" for _, p, _ in r)


def test_domain_range_violations_are_dropped(ex):
    # A technology cannot supply anything and a country cannot be listed.
    r = _rels(ex, "Solid-state batteries supply China with energy. China listed on the Hong Kong Stock Exchange.")
    assert not any(p in ("SUPPLIES", "LISTED_ON") for _, p, _ in r)


def test_symmetric_relations_are_ordered(ex):
    r = _rels(ex, "Tesla competes with BYD in Europe.")
    assert ("company:byd", "COMPETES_WITH", "company:tesla") in r
