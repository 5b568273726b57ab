"""Entity discovery beyond the reference data: pairs, company suffixes, tickers, people, policies, products."""

from __future__ import annotations

from evkg.loaders.extract import Extractor
from evkg.loaders.reference import KnowledgeBase, load_reference
from evkg.loaders.types import Article, Extraction
from tests.loaders.helpers import relation_triples


def _x(ex: Extractor, text: str, **kw) -> Extraction:
    return ex.extract(Article(source="t.txt", text=text, **kw))


def _by_name(x: Extraction) -> dict[str, object]:
    return {e.name: e for e in x.entities}


def test_english_chinese_pair_makes_a_new_entity_with_chinese_name(ex):
    x = _x(ex, "Qiantang Xuri Materials (钱塘旭日) expanded its cathode plant.")
    e = _by_name(x)["Qiantang Xuri Materials"]
    assert e.name_zh == "钱塘旭日" and not e.known and e.kind == "MaterialsSupplier"
    assert "钱塘旭日" in e.aliases


def test_company_suffixes_give_types(ex):
    x = _x(ex, "Shares of Tianqi Lithium, Zhongtai Securities and Kaili Motors rose as battery makers rallied. "
               "The battery sector gained as Xinwangda Power signed orders.")
    names = _by_name(x)
    assert names["Zhongtai Securities"].kind == "FinancialInstitution"
    assert names["Kaili Motors"].kind == "Automaker"
    assert names["Xinwangda Power"].kind == "BatteryMaker"
    assert names["Xinwangda Power"].id == "company:xinwangda-power"


def test_spacing_variants_of_a_new_name_merge(ex):
    x = _x(ex, "On Monday, Hai Chen Energy launched a cell. Later Haichen Energy said output doubled.")
    ids = {m.entity_id for m in x.mentions if m.text.replace(" ", "").lower() == "haichenenergy"}
    assert len(ids) == 1


def test_tickers_are_normalised_and_attached(ex):
    x = _x(ex, "Leapmotor (09863.HK) and Hengda Xinneng Power (SHE: 300999) rose; XPeng (NYSE: XPEV) fell. "
               "Ganfeng Lithium (002460.SZ) was flat; Qilu Battery Shares (SZ301888) gained.")
    ids = {e.id: e for e in x.entities}
    names = _by_name(x)
    assert "9863.HK" in ids["company:leapmotor"].tickers
    assert "300999.SZ" in names["Hengda Xinneng Power"].tickers
    assert "XPEV" in ids["company:xpeng"].tickers
    assert not any(e.tickers for e in x.entities if e.kind == "Exchange")
    assert "002460.SZ" in ids["company:ganfeng"].tickers
    assert "301888.SZ" in names["Qilu Battery Shares"].tickers


def test_etf_and_off_exchange_fund_codes(ex):
    x = _x(ex, "The Sodium Battery Theme ETF (562990) rose 2% and the Grid Storage ETF (159777) fell. Investors can "
               "also buy the Sodium Battery ETF Linked Fund (Class A: 012345, Class C: 012346).")
    names = _by_name(x)
    etf = names["Sodium Battery Theme ETF 562990"]
    assert etf.kind == "Fund" and etf.tickers == ("562990.SH",)
    assert names["Grid Storage ETF 159777"].tickers == ("159777.SZ",)
    assert names["Sodium Battery ETF Linked Fund"].tickers == ("012345", "012346")


def test_people_with_titles(ex):
    x = _x(ex, "Zeng Yuqun (Chairman of CATL) spoke. He Xiaopeng, CEO of XPeng, disagreed. "
               "BYD chairman Wang Chuanfu agreed. Gotion's founder and CEO, Li Zhen, left early.")
    execs = {(r.subject, r.object) for r in x.relations if r.predicate == "EXECUTIVE_OF"}
    surface = {m.entity_id: m.text for m in x.mentions}
    named = {(surface[s], o) for s, o in execs}
    assert ("Zeng Yuqun", "company:catl") in named
    assert ("He Xiaopeng", "company:xpeng") in named
    assert ("Wang Chuanfu", "company:byd") in named
    assert any(p == "Li Zhen" for p, _ in named)


def test_policies_quoted_dated_and_measures(ex):
    x = _x(ex, 'The NDRC issued the "Action Plan for Large-Scale Equipment Renewal" and the '
               "Energy Storage Safety Guidelines (2025 Edition). Purchase tax exemptions for new energy vehicles "
               "were extended, and the 16th Five-Year Plan will follow.")
    pol = {e.name for e in x.entities if e.kind == "Policy"}
    assert "Action Plan for Large-Scale Equipment Renewal" in pol
    assert "Energy Storage Safety Guidelines (2025 Edition)" in pol
    assert "NEV purchase tax exemption" in pol
    assert "16th Five-Year Plan" in pol


def test_named_product_found_in_an_article_that_also_names_a_policy_measure(ex):
    x = _x(ex, "The purchase tax exemption was extended to 2027. "
               'Sunwoda unveiled a fast-charging battery named "Flash Charge".')
    names = _by_name(x)
    assert "NEV purchase tax exemption" in names
    assert names["Flash Charge"].kind == "BatteryProduct"


def test_named_products_and_model_codes(ex):
    x = _x(ex, 'Sunwoda unveiled a fast-charging battery named "Flash Charge". Xiaomi sells its new YU7 and SU7 SUVs.')
    names = _by_name(x)
    assert names["Flash Charge"].kind == "BatteryProduct"
    assert any(e.kind in ("VehicleModel", "Product") and "YU7" in (e.name, *e.aliases) for e in x.entities)


def test_list_members_next_to_known_companies(ex):
    x = _x(ex, "CATL, Hua Yang Tong and Shen Kai Li rose, while Tian Ci, Jin Lang Xin and others followed suit.")
    names = set(_by_name(x))
    assert {"Hua Yang Tong", "Shen Kai Li", "Tian Ci", "Jin Lang Xin"} <= names


def test_do_not_tag_sector_labels_and_publisher(ex):
    x = _x(ex, "AI and NEV stocks rose, said Deep News. EV makers gained.", publisher="Deep News")
    assert not any(e.name in ("AI", "NEV", "EV", "Deep News") for e in x.entities)


def test_pronoun_resolution_feeds_facts(ex):
    x = _x(ex, "Gotion High-Tech unveiled a new cell on Monday. The company said its energy density is 300Wh/kg.")
    f = [f for f in x.facts if f.measure == "energy_density"]
    assert f and f[0].subject.startswith("company:gotion")


def test_empty_knowledge_base_still_discovers():
    x = Extractor(KnowledgeBase()).extract(Article(source="t", text="Peng Cheng Energy (鹏程能源) rose 5%."))
    assert any(e.name == "Peng Cheng Energy" for e in x.entities)
    assert load_reference() is not None


def test_currency_code_before_an_amount_is_no_company(ex):
    # "HUF" is the forint here, while "Huf" is the German maker of tyre-pressure sensors in the reference data
    x = _x(ex, "EVE Energy is building its Debrecen plant for about HUF 400 billion. Huf supplies sensors to BMW.")
    huf = [m for m in x.mentions if m.entity_id == "company:huf"]
    assert [m.text for m in huf] == ["Huf"]
    assert ("company:huf", "SUPPLIES", "company:bmw") in {(r.subject, r.predicate, r.object) for r in x.relations}


def test_hyphenated_short_name_after_the_full_name(ex):
    text = ("Zhejiang Asia-Pacific Mechanical & Electronic (002284.SZ) won a brake order from Geely. "
            "Asia-Pacific competes with Bosch for domestic contracts.")
    x = _x(ex, text)
    assert [m.text for m in x.mentions if m.entity_id == "company:apg"][-1] == "Asia-Pacific"
    # without the full name, the region word names no company
    x = _x(ex, "Asia-Pacific sales of BYD rose, Bosch said.")
    assert not any(m.entity_id == "company:apg" for m in x.mentions)


def test_an_unknown_motors_the_article_shows_selling_cars_is_a_company_not_a_carmaker(ex):
    def kind(text, name):
        return next(e.kind for e in _x(ex, text).entities if e.name == name)
    assert kind("BYD's Brunei distributor, Halcyon Motors, sold 900 cars.", "Halcyon Motors") == "Company"
    assert kind("Halcyon Motors, the Macau dealer of Xpeng, opened a showroom.", "Halcyon Motors") == "Company"
    assert kind("Xpeng cars are sold in Hong Kong by Halcyon Motors.", "Halcyon Motors") == "Company"
    assert kind("Halcyon Motors distributes BYD cars in Brunei.", "Halcyon Motors") == "Company"
    assert kind("BYD has named Brunei-based Halcyon Motors as its dealer.", "Halcyon Motors") == "Company"
    # (one that builds cars stays a carmaker)
    assert kind("Halcyon Motors builds pickups in Brunei for Isuzu.", "Halcyon Motors") == "Automaker"


def test_a_brands_president_is_its_executive(ex):
    x = _x(ex, '"Buyers want a car for the mountains," Jetour president Li Xueyong said in Wuhu.')
    assert ("person:li-xueyong", "EXECUTIVE_OF", "brand:jetour") in {(r.subject, r.predicate, r.object)
                                                                      for r in x.relations}
    x = _x(ex, "The Jetour Traveller, driven by Li Xueyong, won the rally.")
    assert not any(r.predicate == "EXECUTIVE_OF" for r in x.relations)


def test_shipbuilders_and_marine_suppliers_are_known(ex):
    x = _x(ex, "GSI is part of CSSC Offshore & Marine Engineering, and Wärtsilä supplies it; Wuchang Shipbuilding "
               "Industry Group is a CSSC subsidiary.")
    ids = {e.id for e in x.entities}
    assert {"org:gsi", "org:comec", "company:wartsila", "org:cssc"} <= ids
    assert ("org:gsi", "SUBSIDIARY_OF", "org:comec") in {(r.subject, r.predicate, r.object) for r in x.relations}


def test_a_policy_titles_years_in_brackets_belong_to_it(ex):
    x = _x(ex, "MIIT issued the Action Plan for the Green Development of the Shipbuilding Industry (2024-2030) in "
               "December.")
    assert "Action Plan for the Green Development of the Shipbuilding Industry (2024-2030)" in {
        e.name for e in x.entities if e.kind == "Policy"}


def test_a_foil_maker_is_a_materials_supplier_and_its_short_name_follows(ex):
    x = _x(ex, "Lingbao Wason Copper Foil sells foil to BYD. Lingbao Wason competes with Nuode and Jiayuan Technology.")
    kinds = {e.name: e.kind for e in x.entities}
    assert kinds.get("Lingbao Wason Copper Foil") == "MaterialsSupplier"
    assert ("company:lingbao-wason-copper-foil", "COMPETES_WITH", "company:nuode") in {
        (r.subject, r.predicate, r.object) for r in x.relations}


def test_a_name_ending_in_manufacturing_is_a_company_typed_by_its_goods(ex):
    x = _x(ex, "Zeekr will buy a 20% stake from Zhejiang Haoqing Automobile Manufacturing, a unit of Zhejiang Geely "
               "Holding Group.")
    kinds = {e.name: e.kind for e in x.entities}
    assert kinds.get("Zhejiang Haoqing Automobile Manufacturing") == "Automaker", kinds
    assert ("company:zhejiang-haoqing-automobile-manufacturing", "SUBSIDIARY_OF", "company:geely") in {
        (r.subject, r.predicate, r.object) for r in x.relations}
    # (the word alone, or after a lower-case word, names no company)
    assert not _x(ex, "Contract manufacturing is growing, and Advanced Manufacturing was the theme.").entities


def test_a_nationality_is_no_company_and_a_compound_descriptor_names_one(ex):
    x = _x(ex, "The plant is a joint venture of China's Zhejiang Geely Holding Group, Belarusian mining-truck maker "
               "BelAZ and the Soyuz industrial group. An Algerian partner holds the rest.")
    names = {e.name: e.kind for e in x.entities}
    assert "BelAZ" in names and not {"Belarusian", "Algerian"} & set(names), names
    assert ("company:belaz", "JOINT_VENTURE_WITH", "company:geely") in {
        (r.subject, r.predicate, r.object) for r in x.relations}


def test_a_local_unit_named_by_its_country_after_the_company_word(ex):
    x = _x(ex, "The plant, run by Great Wall's Russian unit Haval Motor Manufacturing Rus, turned out 156,400 vehicles.")
    assert {e.name: e.kind for e in x.entities}.get("Haval Motor Manufacturing Rus") == "Automaker"
    assert ("company:haval-motor-manufacturing-rus", "SUBSIDIARY_OF", "company:gwm") in {
        (r.subject, r.predicate, r.object) for r in x.relations}
    # (a country after a word that is no company word stays a country)
    assert "Wall Street Russia" not in {e.name for e in _x(ex, "Analysts on Wall Street Russia watchers agreed.").entities}


def test_a_venture_described_in_apposition_and_its_owners(ex):
    x = _x(ex, "BYD Auto Industry, the Uzbek joint venture of BYD Co. (HKG: 1211; SHE: 002594) and state-owned UzAuto "
               "Motors, built 21,500 cars in 2024.")
    assert {e.name: e.kind for e in x.entities}.get("BYD Auto Industry") == "Automaker"
    rels = {(r.subject, r.predicate, r.object) for r in x.relations}
    assert {("company:byd", "INVESTS_IN", "company:byd-auto-industry"),
            ("company:uzauto-motors", "INVESTS_IN", "company:byd-auto-industry")} <= rels, rels
    assert {("company:byd", "JOINT_VENTURE_WITH", "company:uzauto-motors"),
            ("company:uzauto-motors", "JOINT_VENTURE_WITH", "company:byd")} & rels, rels


def test_a_founder_who_is_still_its_chief_executive(ex):
    x = _x(ex, "WM Motor, founded by Freeman Shen, who is still its chief executive, has not built a car since May.")
    assert any(r.predicate == "EXECUTIVE_OF" and r.object == "company:wm-motor" for r in x.relations)


def test_a_table_of_companies_names_one_in_each_rows_first_cell(ex):
    x = _x(ex, "| Company | Home country | Listing | Chinese EV customers |\n|---|---|---|---|\n"
               "| Kestrel Bearing | Sweden | Nasdaq Stockholm | BYD, NIO |\n| **Ardent Gears** (601999.SH) | China | "
               "Shanghai | Li Auto |\n| Total | | | |\n\nKestrel Bearing said sales rose.")
    names = _by_name(x)
    assert "Kestrel Bearing" in names and "Ardent Gears" in names and "Total" not in names
    rels = {(r.subject, r.predicate, r.object) for r in x.relations}
    assert (names["Kestrel Bearing"].id, "SUPPLIES", "company:byd") in rels
    # (an insurer's table types its companies)
    x = _x(ex, "| Insurer | Parent |\n|---|---|\n| Harbin Mutual | PICC Group |")
    assert _by_name(x)["Harbin Mutual"].kind == "FinancialInstitution"


def test_a_title_at_a_countrys_company_or_ministry(ex):
    r = relation_triples(ex, "\"It builds cars again,\" said Jordi Hereu, head of Spain's Ministry of Industry and Tourism.")
    assert any(s == "person:jordi-hereu" and p == "EXECUTIVE_OF" and "ministry-of-industry-and-tourism" in o for s, p, o in r)
    r = relation_triples(ex, "The plan is sound, said Jordi Hereu, chief executive of Germany's Bosch.")
    assert ("person:jordi-hereu", "EXECUTIVE_OF", "company:bosch") in r


def test_lidar_is_tagged_but_is_no_companys_technology(ex):
    x = ex.extract(Article(source="t.txt", text="Hesai Group reported results. Total lidar shipments were 501,889 units. "
                                                "Xpeng uses lidar on the G6, and RoboSense develops lidar."))
    assert "technology:lidar" in {e.id for e in x.entities}
    assert not any(r.object == "technology:lidar" for r in x.relations)
    assert any(f.subject == "company:hesai" and f.value == 501889 for f in x.facts)
