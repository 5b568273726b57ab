"""Known models named without their maker ("the Seagull hatchback", "the T03 and C10") and the cases where a
short name is something else."""

from __future__ import annotations

from evkg.loaders.types import Article
from tests.loaders.helpers import relation_triples as _rels


def _ents(ex, text: str) -> dict[str, list[str]]:
    """entity id -> the surfaces of its mentions."""
    x = ex.extract(Article(source="t.txt", text=text))
    out: dict[str, list[str]] = {}
    for m in x.mentions:
        out.setdefault(m.entity_id, []).append(m.text)
    return out


def test_codes_name_the_model_of_the_maker_the_article_names(ex):
    e = _ents(ex, "Leapmotor delivered 70,000 cars in October. The T03 and C10 sold best, and the B10 is next.")
    assert {"product:leapmotor-t03", "product:leapmotor-c10", "product:leapmotor-b10"} <= e.keys()
    assert e["product:leapmotor-t03"] == ["T03"]
    e = _ents(ex, "Tesla cut prices again. Buyers of the Model Y now pay less.")
    assert "product:tesla-model-y" in e


def test_one_word_names_need_a_vehicle_word_or_a_determiner(ex):
    e = _ents(ex, "BYD cut prices on 22 models, bringing the Seagull hatchback down to 55,800 yuan.")
    assert e.get("product:byd-seagull") == ["Seagull"]
    e = _ents(ex, "BYD's Dolphin led the segment, while Dolphin sales abroad doubled.")
    assert e.get("product:byd-dolphin") == ["Dolphin", "Dolphin"]
    # a bare word or a word that opens another name is not the model
    e = _ents(ex, "BYD is expanding abroad. Seagull numbers on the coast fell, analyst Han Lu said.")
    assert "product:byd-seagull" not in e and "product:byd-han" not in e
    e = _ents(ex, "Xpeng bets on in-house chips for its Turing AI platform.")
    assert "product:turing-chip" not in e


def test_number_codes_with_a_leading_zero_need_a_vehicle_word_or_a_determiner(ex):
    e = _ents(ex, "Zeekr's 007 is its fourth model after the 001 shooting brake and the 009 MPV.")
    assert {"product:zeekr-007", "product:zeekr-001", "product:zeekr-009"} <= e.keys()
    # (a number in a time, a date or a code of its own is none)
    e = _ents(ex, "Zeekr opened its order books at 08:00 on 2024-01-09 for batch 007-A and lot 001.")
    assert not {k for k in e if k.startswith("product:")}, e


def test_short_names_need_their_maker_in_the_article(ex):
    e = _ents(ex, "Sales of the T03 and the Seagull hatchback rose in Europe.")
    assert "product:leapmotor-t03" not in e and "product:byd-seagull" not in e


def test_another_makers_name_before_a_code_wins(ex):
    e = _ents(ex, "Li Auto launched the i8 in July; the BMW i8 was a hybrid sports car.")
    assert [m for m in e.get("product:li-auto-i8", [])] == ["i8"]


def test_a_short_name_two_named_makers_share_names_neither(ex):
    e = _ents(ex, "Nissan and Denza both sell cars in China. The N7 starts at 119,900 yuan.")
    assert "product:nissan-n7" not in e and "product:denza-n7" not in e


def test_a_model_named_by_its_code_gets_its_maker_from_the_sentence_before(ex):
    r = _rels(ex, "Leapmotor delivered 70,204 vehicles in October. The B10 SUV led its overseas sales.")
    assert ("company:leapmotor", "MANUFACTURES", "product:leapmotor-b10") in r


def test_ranges_are_named_by_their_short_names_only_with_their_maker():
    from evkg.loaders.extract import default_extractor
    from evkg.loaders.types import Article

    def names(text):
        return {e.name for e in default_extractor().extract(Article(source="t.txt", text=text)).entities}

    assert {"Li Auto L series", "Li Auto i series"} <= names(
        "Li Auto sold fewer L series SUVs, and every L-series and i-series car has lidar.")
    assert "Leapmotor C-series" in names("Leapmotor said the refreshed C-series sold well.")
    assert not any("series" in n for n in names("The C-series is popular, and the L-series too."))


def test_short_names_in_a_list_after_a_model(ex):
    e = _ents(ex, "BYD's Han, Seal and Tang models sold well.")
    assert {"product:byd-han", "product:byd-seal", "product:byd-tang"} <= set(e)
    r = _rels(ex, "BYD's Han and Seal sold well.")
    assert ("company:byd", "MANUFACTURES", "product:byd-seal") in r
    # a longer name the list holds ("Seal 05") is not its short prefix, and a range is not a model of a list
    assert "product:byd-seal" not in _ents(ex, "BYD brought the Seagull, Seal 05 and Qin L to the fair.")
    assert "product:byd-ocean-series" not in _ents(ex, "BYD sells through its Dynasty and Ocean networks.")
    # a capitalised word after a name that is no model stays a word
    assert "product:byd-seal" not in _ents(ex, "BYD's Han, Seal Bay and Tang stores opened.")


def test_short_names_in_a_list_after_a_full_model_name(ex):
    e = _ents(ex, "BYD opened showrooms in Hanoi. It entered the market with the Atto 3, Dolphin and Seal.")
    assert {"product:byd-atto-3", "product:byd-dolphin", "product:byd-seal"} <= set(e)
