"""Dictionary matching: Chinese names, pinyin and machine-translation renderings, possessives, plurals, case."""

from __future__ import annotations

import pytest

from evkg.loaders.gazetteer import Gazetteer, norm_key, strip_legal_suffix
from evkg.loaders.reference import load_reference
from evkg.loaders.types import Entity

SMALL = [
    Entity("company:catl", "CATL", "BatteryMaker", name_zh="宁德时代", aliases=("Ningde Times", "Contemporary Amperex Technology")),
    Entity("company:wind", "Wind Information", "Organization", aliases=("Wind",)),
    Entity("brand:smart", "smart", "Brand"),
    Entity("technology:sib", "sodium-ion battery", "BatteryTechnology"),
    Entity("product:m7", "AITO M7", "VehicleModel", aliases=("M7",)),
]


def _hits(g: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in g.find(text)]


def test_cjk_names_need_no_word_boundaries():
    g = Gazetteer(SMALL)
    assert _hits(g, "据宁德时代公告") == [("宁德时代", "company:catl")]


def test_possessive_and_longest_match():
    g = Gazetteer(SMALL)
    assert _hits(g, "Contemporary Amperex Technology's plant; CATL’s cells") == [
        ("Contemporary Amperex Technology", "company:catl"), ("CATL", "company:catl")]


def test_word_boundaries_and_case_rules():
    g = Gazetteer(SMALL)
    # "Wind" the data vendor is not the word "wind"; "smart" the brand never matches lower-case "smart".
    assert _hits(g, "Data from Wind show wind power and smart driving grew") == [("Wind", "company:wind")]
    assert _hits(g, "CATLX and xCATL are not CATL") == [("CATL", "company:catl")]
    # Short aliases match exactly only.
    assert _hits(g, "the M7 and the m7") == [("M7", "product:m7")]


def test_technology_plurals_and_spacing_variants():
    g = Gazetteer(SMALL)
    assert _hits(g, "Sodium-ion batteries and sodium ion battery packs") == [
        ("Sodium-ion batteries", "technology:sib"), ("sodium ion battery", "technology:sib")]


def test_a_technologys_lower_case_alias_matches_the_lower_case_form():
    g = Gazetteer([Entity("technology:e3", "e-Platform 3.0", "Technology", aliases=("e-platform 3.0",)),
                   Entity("brand:tank", "Tank", "Brand")])
    assert _hits(g, "built on e-platform 3.0 and on e-Platform 3.0") == [
        ("e-platform 3.0", "technology:e3"), ("e-Platform 3.0", "technology:e3")]
    # (the capitalised form alone still needs its capital: "E-Platform 3.0" matches, a brand's lower case does not)
    assert _hits(g, "a tank of fuel") == []


def test_lookup_is_loose():
    g = Gazetteer(SMALL)
    assert g.lookup("ningde  times") == "company:catl"
    assert g.lookup("Contemporary Amperex Technology Co., Ltd.") == "company:catl"
    assert strip_legal_suffix("Gotion High-Tech Co., Ltd.") == "Gotion High-Tech"
    assert norm_key("Peng Hui Energy") == norm_key("Penghui Energy")


def test_reference_data_renderings():
    kb = load_reference()
    if not kb.entities:
        pytest.skip("seeds/reference/entities.csv is absent")
    g = Gazetteer(kb.entities.values())
    text = "Ningde Times, Weilai and Nand Power rose; 比亚迪 fell while SAIC Motor and Li Auto's shares were flat."
    ids = {m.entity_id for m in g.find(text)}
    assert {"company:catl", "company:nio", "company:byd"} <= ids
    assert any(i.startswith("company:narada") for i in ids)
    assert "company:li-auto" in ids


def test_a_company_that_writes_its_own_name_in_lower_case_matches_it_but_a_short_or_brand_word_does_not():
    kb = load_reference()
    if not kb.entities:
        pytest.skip("seeds/reference/entities.csv is absent")
    g = Gazetteer(kb.entities.values())
    ids = {m.entity_id for m in g.find("Chips come from onsemi and thyssenkrupp builds lifts.")}
    assert {"company:onsemi", "company:thyssenkrupp"} <= ids, ids
    assert "company:smart" not in {m.entity_id for m in g.find("Its smart cockpit runs on a Qualcomm chip.")}
