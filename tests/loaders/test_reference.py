"""Reference data loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from evkg.loaders.reference import load_reference, read_reference
from evkg.ontology.errors import InputError

HEADER = "id,type,types,name,name_zh,aliases,tickers,parent,country,note\n"


def test_default_reference_loads_and_is_cached():
    kb = load_reference()
    assert kb is load_reference()
    if not kb.entities:
        pytest.skip("seeds/reference/entities.csv is absent")
    catl = kb.entities["company:catl"]
    assert catl.known and catl.kind == "BatteryMaker" and "300750.SZ" in catl.tickers


def test_small_reference_directory(tmp_path: Path):
    (tmp_path / "entities.csv").write_text(
        HEADER + 'company:gotion,BatteryMaker,Supplier,Gotion High-Tech,国轩高科,"Guoxuan|Gotion",002074.SZ,,country:china,\n'
        "brand:x,Brand,,Xbrand,,,,company:gotion,,\n", encoding="utf-8")
    (tmp_path / "relations.csv").write_text("subject,predicate,object,status,note\n"
                                            "brand:x,BRAND_OF,company:gotion,stated,\n", encoding="utf-8")
    kb = read_reference(tmp_path)
    e = kb.entities["company:gotion"]
    assert e.kinds == ("BatteryMaker", "Supplier") and e.aliases == ("Guoxuan", "Gotion") and e.name_zh == "国轩高科"
    assert kb.parents == {"brand:x": "company:gotion"}
    assert kb.relations[0].predicate == "BRAND_OF"


def test_bad_rows_name_file_and_line(tmp_path: Path):
    (tmp_path / "entities.csv").write_text(HEADER + "company:a,NoSuchKind,,A,,,,,,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"entities.csv:2: unknown class 'NoSuchKind'"):
        read_reference(tmp_path)
    (tmp_path / "entities.csv").write_text(HEADER + "nocolon,Automaker,,A,,,,,,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"entities.csv:2: bad entity row"):
        read_reference(tmp_path)


def test_missing_directory():
    with pytest.raises(InputError, match="not found"):
        load_reference(Path("/nonexistent/evkg-ref"))


def test_owners_are_transitive_and_include_joint_venture_shareholders():
    kb = load_reference()
    owners = kb.owners()
    assert {"company:faw", "company:toyota"} <= owners["company:faw-toyota"]
    assert "company:geely" in owners["company:zeekr"]  # through Geely Auto
    assert "company:zeekr" not in owners["company:zeekr"]


def test_chip_versions_are_their_own_products():
    kb = load_reference()
    made_by = kb.makers()
    for v in ("6e", "6m", "6h", "6p"):
        assert made_by[f"product:horizon-journey-{v}"] == ("company:horizon-robotics",)
    assert "Journey 6P" not in kb.entities["product:horizon-journey-6"].aliases


def test_a_relation_row_naming_no_entity_names_file_and_line(tmp_path: Path):
    (tmp_path / "entities.csv").write_text(HEADER + "company:a,Supplier,,A,,,,,,\n", encoding="utf-8")
    (tmp_path / "relations.csv").write_text("subject,predicate,object,status,note\n"
                                            "company:a,SUPPLIES,company:nobody,stated,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"relations.csv:2: 'company:nobody' is no entity of entities.csv"):
        read_reference(tmp_path)


def test_a_row_with_an_unquoted_comma_is_rejected_not_cut_short(tmp_path: Path):
    (tmp_path / "entities.csv").write_text(HEADER + "company:a,Supplier,,A,,,,,,Makes seats, belts and airbags.\n",
                                           encoding="utf-8")
    with pytest.raises(InputError, match=r"entities.csv:2: 11 fields, the header has 10 \(quote a value"):
        read_reference(tmp_path)
    (tmp_path / "entities.csv").write_text(HEADER + 'company:a,Supplier,,A,,,,,,"Makes seats, belts and airbags."\n'
                                           "company:b,Supplier,,B,,,,,,\n", encoding="utf-8")
    (tmp_path / "relations.csv").write_text("subject,predicate,object,status,note\n"
                                            "company:a,SUPPLIES,company:b,stated,seats, belts\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"relations.csv:2: 6 fields, the header has 5"):
        read_reference(tmp_path)
    (tmp_path / "relations.csv").write_text("subject,predicate,object,status,note\n"
                                            'company:a,SUPPLIES,company:b,stated,"seats, belts"\n', encoding="utf-8")
    kb = read_reference(tmp_path)
    assert kb.notes["company:a"] == "Makes seats, belts and airbags." and kb.relations[0].note == "seats, belts"


def test_a_products_maker_is_a_manufactures_row_not_its_parent():
    # (the parent column is a company's corporate parent; a product's maker is what MANUFACTURES says, and only
    # that row lets an article that names the product and its maker relate them)
    kb = load_reference()
    makers = {r.object for r in kb.relations if r.predicate == "MANUFACTURES"}
    wrong = sorted(eid for eid, parent in kb.parents.items()
                   if eid.startswith("product:") and parent.startswith(("company:", "brand:")))
    assert not wrong, wrong[:5]
    assert {"product:haima-8s", "product:chery-tiggo-2-pro", "product:iveco-daily"} <= makers
