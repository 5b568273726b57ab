"""Numeric facts on sentence shapes beyond the sample articles: measures, subjects and periods."""

from __future__ import annotations

from evkg.loaders.extract import Extractor
from evkg.loaders.facts import _rounds_to
from evkg.loaders.types import Article


def _facts(ex: Extractor, text: str, date: str | None = "2025-06-10"):
    x = ex.extract(Article(source="t.txt", text=text, date=date))
    for f in x.facts:
        assert x.article.text[f.start:f.end] == f.evidence
    return {(f.subject, f.measure, round(f.value, 4), f.unit, f.period) for f in x.facts}


def _triples(facts):
    return {(s, m, v) for s, m, v, _, _ in facts}


def test_each_amount_takes_the_nearest_money_noun(ex):
    f = _triples(_facts(ex, "Great Wall Motor reported revenue of 202.2 billion yuan for 2024 and net profit of "
                            "12.7 billion yuan."))
    assert ("company:gwm", "revenue", 2.022e11) in f
    assert ("company:gwm", "profit", 1.27e10) in f
    assert ("company:gwm", "revenue", 1.27e10) not in f
    # A loss word nearer than an earlier profit word gives a negative profit, and the reverse.
    f = _triples(_facts(ex, "Geely Auto swung to a net loss of 3.1 billion yuan, against a profit of 2.2 billion "
                            "yuan a year earlier."))
    assert ("company:geely-auto", "profit", -3.1e9) in f
    assert ("company:geely-auto", "profit", 2.2e9) in f


def test_money_noun_after_the_amount(ex):
    f = _triples(_facts(ex, "Geely Auto earned 16.6 billion yuan in net profit in 2024, while Changan booked "
                            "160 billion yuan in revenue."))
    assert ("company:geely-auto", "profit", 1.66e10) in f
    assert ("company:changan", "revenue", 1.6e11) in f
    # A sum spent "in" a company or a year is no revenue or profit.
    f = _triples(_facts(ex, "Geely Auto invested 5 billion yuan in Zeekr last year."))
    assert ("company:geely-auto", "investment", 5e9) in f
    assert not any(m in ("revenue", "profit") for _, m, _ in f)


def test_apposition_with_relative_clause_is_not_the_subject(ex):
    f = _triples(_facts(ex, "Geely Holding, the group that controls Zeekr, Lynk & Co and Volvo Cars, sold 3.3 million "
                            "vehicles in 2024."))
    assert f == {("company:geely", "sales", 3.3e6)}


def test_apposition_naming_a_plain_noun_phrase_is_the_subject(ex):
    f = _triples(_facts(ex, "Xpeng had a strong spring. Its newest model, the MONA M03, collected 30,000 orders in "
                            "a week."))
    assert ("product:xpeng-mona-m03", "orders", 30000) in f
    assert ("company:xpeng", "orders", 30000) not in f
    # An apposition to a name still is not the subject.
    f = _triples(_facts(ex, "Luxeed, one of the HIMA brands, delivered 10,000 cars in May."))
    assert f == {("brand:luxeed", "deliveries", 10000)}


def test_named_battery_carries_its_specification(ex):
    f = _triples(_facts(ex, "The Shenxing battery, a CATL product, reaches 205 Wh/kg."))
    assert f == {("product:shenxing", "energy_density", 205)}
    # A product only compared with is not the subject.
    f = _triples(_facts(ex, "CATL's newest cell, denser than Qilin, reaches 280 Wh/kg."))
    assert f == {("company:catl", "energy_density", 280)}


def test_national_installed_capacity_goes_to_the_country(ex):
    f = _facts(ex, "Gotion opened a plant in Hefei. Installed capacity of power batteries in China reached 600 GWh "
                   "in 2024.")
    assert ("country:china", "capacity", 600, "GWh", "2024") in f
    assert not any(s.startswith("company:gotion") for s, *_ in f)
    # A company's plant keeps the company, and a plant capacity takes no announcement date.
    f = _facts(ex, "Gotion opened a plant in Hefei. Its plant in Slovakia will have an annual capacity of 20 GWh.")
    assert {(s, m, v, p) for s, m, v, _, p in f} == {("company:gotion", "capacity", 20, None)}


def test_bullet_opening_with_its_figure(ex):
    text = ("Key numbers\n\n- 41.2% — Tesla's share of the US EV market in 2024\n- 23.5% — BYD's share over the same "
            "period\n- 300 GWh — batteries installed in China in 2024\n- 28% — BYD sales growth in 2024\n")
    f = _triples(_facts(ex, text))
    assert ("company:tesla", "market_share", 41.2) in f
    assert ("company:byd", "market_share", 23.5) in f
    assert ("country:china", "capacity", 300) in f
    assert not any(v == 28 for *_, v in f)  # a growth rate is not recorded


def test_price_after_a_bounded_move(ex):
    f = _facts(ex, "Shares of Geely Auto jumped as much as 12% to HK$18.40 on Monday.")
    assert ("company:geely-auto", "share_price_change", 12, "%", "2025-06-09") in f
    assert ("company:geely-auto", "share_price", 18.4, "HKD", "2025-06-09") in f
    f = _triples(_facts(ex, "Zeekr fell by about 5% to US$25.10 on Monday."))
    assert f == {("company:zeekr", "share_price_change", -5)}  # (a US-dollar price is no recorded unit)
    # "by ... to" still marks a change of a count, whose level alone is recorded.
    f = _triples(_facts(ex, "BYD's output increased by 12,000 to 300,000 units."))
    assert ("company:byd", "production", 300000) in f and not any(v == 12000 for *_, v in f)


def test_move_against_the_offer_price(ex):
    f = _triples(_facts(ex, "Horizon Robotics debuted in Hong Kong on Thursday, closing 9.3% above its offer price."))
    assert ("company:horizon-robotics", "share_price_change", 9.3) in f
    f = _triples(_facts(ex, "Chery shares ended 2.1% below their offer price on the first day."))
    assert ("company:chery", "share_price_change", -2.1) in f
    f = _triples(_facts(ex, "Zeekr sales were 5% above the target."))
    assert f == set()


def test_headline_rounding_gives_way_to_the_precise_figure(ex):
    text = ("Horizon Robotics jumps 9% in Hong Kong debut\n\nHorizon Robotics surged on Thursday, closing 9.3% "
            "higher, the city's biggest listing so far this year.")
    f = _facts(ex, text)
    moves = {(v, p) for s, m, v, _, p in f if m == "share_price_change"}
    assert moves == {(9.3, "2025-06-05")}
    # Moves on two named days are two facts.
    f = _facts(ex, "BYD shares fell 5% on Monday. BYD shares fell 5.4% on Tuesday.")
    assert {(v, p) for _, m, v, _, p in f if m == "share_price_change"} == {(-5, "2025-06-09"), (-5.4, "2025-06-10")}
    assert _rounds_to(16.4, 16) and _rounds_to(4.27e6, 4.3e6)
    assert not _rounds_to(16, 16.4) and not _rounds_to(50.7, 50) and not _rounds_to(-8.6, -9)


def test_period_of_the_figures_own_clause(ex):
    f = _facts(ex, "Great Wall Motor sold 90,000 vehicles in May, and first-quarter sales reached 256,000 units.")
    assert ("company:gwm", "sales", 90000, "units", "2025-05") in f
    assert ("company:gwm", "sales", 256000, "units", "2025") in f


def test_month_of_a_monthly_report(ex):
    text = ("Carmakers published their May figures on Sunday.\n\nZeekr delivered 18,100 vehicles, up 9%. Geely Auto "
            "delivered 230,000 cars in April. NIO has delivered 700,000 vehicles since 2018.")
    f = _facts(ex, text, "2025-06-01")
    assert ("company:zeekr", "deliveries", 18100, "units", "2025-05") in f
    assert ("company:geely-auto", "deliveries", 230000, "units", "2025-04") in f
    assert not any(v == 700000 and p == "2025-05" for _, _, v, _, p in f)  # a cumulative total is not May's


def test_continued_results_keep_their_period(ex):
    f = _facts(ex, "Great Wall Motor reported a net profit of 6.3 billion yuan for the first half of 2025. Revenue "
                   "rose 1% to 92.7 billion yuan.", "2025-08-30")
    assert ("company:gwm", "revenue", 9.27e10, "yuan", "2025") in f
    # Figures of two periods in the sentence before leave the next one undated.
    f = _facts(ex, "Great Wall Motor reported a net profit of 6.3 billion yuan for 2024, against a profit of 7.0 "
                   "billion yuan in 2023. Revenue rose 1% to 92.7 billion yuan.", "2025-04-02")
    assert ("company:gwm", "revenue", 9.27e10, "yuan", None) in f


def test_date_of_a_comparison_clause_belongs_to_the_compared_figure(ex):
    f = _facts(ex, "Great Wall Motor swung to a net loss of 1.1 billion yuan, against a profit of 7.0 billion yuan "
                   "in 2023.", "2025-04-02")
    assert ("company:gwm", "profit", -1.1e9, "yuan", None) in f
    assert ("company:gwm", "profit", 7e9, "yuan", "2023") in f
    # A date in a clause that only adds a figure is shared.
    f = _facts(ex, "Great Wall Motor sold 1.2 million vehicles in 2024, and revenue reached 202 billion yuan.")
    assert ("company:gwm", "revenue", 2.02e11, "yuan", "2024") in f


def test_same_period_looks_back(ex):
    text = "- 41.2% — Tesla's share of the US EV market in 2024\n- 23.5% — BYD's share over the same period\n"
    assert ("company:byd", "market_share", 23.5, "%", "2024") in _facts(ex, text)
    # "the same period last year" is a comparison, not the period of the figure.
    f = _facts(ex, "In 2024, Tesla sold many cars. BYD's market share was 23.5%, up from the same period last year.")
    shares = [p for s, m, *_, p in f if m == "market_share"]
    assert shares and "2024" not in shares


def test_later_clause_continues_the_sentences_company(ex):
    f = _triples(_facts(ex, "Seres' net profit was 5.9 billion yuan in 2024, while revenue doubled to 145 billion "
                            "yuan."))
    assert {("company:seres", "profit", 5.9e9), ("company:seres", "revenue", 1.45e11)} <= f
    # A clause about the industry is not the company's.
    f = _triples(_facts(ex, "BYD delivered 380,000 cars in May, while industry deliveries rose to 1.1 million."))
    assert f == {("company:byd", "deliveries", 380000)}


def test_bullets_under_a_company_heading_take_its_name(ex):
    text = ("Monthly roundup\n\nLi Auto (2015.HK)\n- Delivered 41,200 vehicles in March, of which 9,800 were exported.\n"
            "- Opened 14 new stores.\n\nOutlook\n\n- Sales rose to 52,000 units in April.")
    f = _triples(_facts(ex, text))
    assert ("company:li-auto", "deliveries", 41200) in f
    assert ("company:li-auto", "deliveries", 9800) in f
    # A heading that names no company ends the section: the later bullet has no subject.
    assert not any(v == 52000 for _, _, v in f)


def test_group_figures_and_of_which_parts(ex):
    f = _triples(_facts(ex, "Geely Auto said exports held up well. Group sales reached 1,680,000 vehicles in 2023, "
                            "of which 274,000 went abroad."))
    assert ("company:geely-auto", "sales", 1.68e6) in f
    assert ("company:geely-auto", "sales", 2.74e5) in f
    # A share of the whole is no count.
    f = _triples(_facts(ex, "Geely Auto sold 1,680,000 vehicles in 2023, of which 16% were exported."))
    assert f == {("company:geely-auto", "sales", 1.68e6)}


def test_offering_price_of_shares_at(ex):
    f = _triples(_facts(ex, "Leapmotor placed new shares at HK$45.2 to raise about HK$2.3 billion."))
    assert f == {("company:leapmotor", "share_price", 45.2)}
    f = _triples(_facts(ex, "Leapmotor said the company sold its shares at HK$13.5 each."))
    assert ("company:leapmotor", "share_price", 13.5) in f


def test_plant_capacity_belongs_to_the_builder_not_a_country(ex):
    f = _triples(_facts(ex, "CATL opened a research centre last year. It already assembles packs in Thailand, and is "
                            "building a 40 GWh plant in Germany."))
    assert f == {("company:catl", "capacity", 40)}
    # A national total stays with the country.
    f = _triples(_facts(ex, "Installed power battery capacity in China reached 548 GWh in 2024."))
    assert not any(s == "company:catl" for s, _, _ in f)


def test_plant_capacity_in_vehicles(ex):
    f = _triples(_facts(ex, "BYD is building a car factory in Brazil. The plant will have annual capacity of 150,000 "
                            "vehicles."))
    assert f == {("company:byd", "capacity", 1.5e5)}
    f = _triples(_facts(ex, "BYD sold 150,000 vehicles in Brazil last year."))
    assert f == {("company:byd", "sales", 1.5e5)}


def test_unrecognised_name_before_the_verb_is_not_an_earlier_company(ex):
    f = _triples(_facts(ex, "Zhuoyue belongs to Great Wall Motor, in 2024 Zhuoyue sold 52,000 vehicles."))
    assert f == set()
    f = _triples(_facts(ex, "Xpeng shares rose on Monday. Xinghe reported revenue of 2 billion yuan for 2024."))
    assert not any(m == "revenue" for _, m, _ in f)
    # A word that continues a known name does not block it.
    f = _triples(_facts(ex, "NIO Inc delivered 20,000 vehicles in May."))
    assert ("company:nio", "deliveries", 2e4) in f


def test_joint_venture_investment_is_no_partner_sum(ex):
    f = _triples(_facts(ex, "BYD and CATL will build a battery plant through a 50:50 joint venture, with total "
                            "investment of 10 billion yuan."))
    assert not any(m == "investment" for _, m, _ in f)
    f = _triples(_facts(ex, "BYD and CATL will each invest 5 billion yuan in the venture."))
    assert {("company:byd", "investment", 5e9), ("company:catl", "investment", 5e9)} <= f


def test_offering_price_is_not_dated_by_a_comparison_year(ex):
    f = _facts(ex, "Leapmotor sold its shares at HK$48.0 each, in the sector's biggest placement since 2019.",
               date="2025-06-10")
    assert ("company:leapmotor", "share_price", 48.0, "HKD", "2025-06-10") in f
    # A move over a window stated in the price's own part has no single day.
    f = _facts(ex, "Leapmotor shares have traded at HK$50.0 since March.", date="2025-06-10")
    assert not any(p == "2025-06-10" for _, m, _, _, p in f if m == "share_price")


def test_deal_price_is_the_buyers_investment(ex):
    f = _triples(_facts(ex, "Seres agreed to acquire a 10% stake in Yinwang held by Huawei, and the transaction price "
                            "is 11.5 billion yuan."))
    assert f == {("company:seres", "investment", 1.15e10)}
    # Without a named buyer the seller nearest to the figure is no investor.
    f = _triples(_facts(ex, "A 10% stake held by Huawei changed hands; the transaction price is 11.5 billion yuan."))
    assert f == set()


def test_a_commitment_reported_with_would_is_an_investment(ex):
    f = _triples(_facts(ex, "Great Wall Motor said in April it would invest 300 million yuan in a vehicle test centre "
                            "in Baoding."))
    assert f == {("company:gwm", "investment", 3e8)}
    # "would" alone, or with another forecast word near the amount, is still a forecast
    assert _facts(ex, "Great Wall Motor would invest 300 million yuan in a new plant if demand recovers.") == set()
    assert _facts(ex, "Great Wall Motor said it would probably invest an estimated 300 million yuan in a plant.") == set()


def test_spending_on_lines_and_to_expand_is_an_investment(ex):
    f = _triples(_facts(ex, "Q Technology will spend 450 million yuan this year to expand its automotive module lines "
                            "in Kunshan."))
    assert f == {("company:q-technology", "investment", 4.5e8)}
    f = _triples(_facts(ex, "Fuyao Glass will spend 3.2 billion yuan on new acoustic glass and HUD glass lines."))
    assert f == {("company:fuyao", "investment", 3.2e9)}
    # money spent on anything else is no investment
    assert _facts(ex, "Fuyao Glass will spend 3.2 billion yuan on marketing and dealer bonuses.") == set()


def test_a_named_funding_rounds_amount_is_the_raisers_investment(ex):
    f = _triples(_facts(ex, "Neolix completed a 1.2 billion yuan C2 round in October."))
    assert f == {("company:neolix", "investment", 1.2e9)}
    # the lead investor of "a ... round in <company>" is not the one that raised it
    f = _triples(_facts(ex, "NIO Capital has led an 800 million yuan Series B round in Suzhou Xiantao Materials "
                            "(仙陶材料), a maker of anodes."))
    assert f == {("company:suzhou-xiantao-materials", "investment", 8e8)}
    # a listing is no round
    assert not _facts(ex, "Neolix completed a 1.2 billion yuan C2 round before its IPO in Hong Kong.")


def test_amounts_in_unrecorded_currencies_give_no_fact(ex):
    assert _facts(ex, "Leapmotor will invest 1.2 billion euros in a plant in Spain.") == set()
    assert _facts(ex, "Xpeng raised 500 million US dollars from new investors.") == set()
    f = _triples(_facts(ex, "Leapmotor will invest 8 billion yuan in a plant in Zhejiang."))
    assert f == {("company:leapmotor", "investment", 8e9)}


def test_car_prices_are_no_share_prices(ex):
    assert not _facts(ex, "GAC Toyota launched the bZ3X crossover in March at a starting price of 109,800 yuan.")
    assert not _facts(ex, "Xiaomi offers the YU7 in three variants, priced at RMB 253,500, RMB 279,900 and "
                              "RMB 329,900, respectively.")
    # a share price stays one
    f = _facts(ex, "Chery priced its Hong Kong shares at HK$30.75 each.")
    assert ("company:chery", "share_price", 30.75) in {(s, m, v) for s, m, v, *_ in f}


def test_model_named_between_number_and_unit_is_the_subject(ex):
    f = _facts(ex, "Xiaomi delivered more than 135,000 SU7 units in 2024.")
    assert {(s, m, v) for s, m, v, *_ in f} == {("product:xiaomi-su7", "deliveries", 135000.0)}


def test_proportion_is_no_count_of_cars(ex):
    assert not _facts(ex, "Chinese brands now sell more than six in 10 new passenger cars in China.")


def test_cell_from_its_maker_takes_the_maker_as_subject():
    from evkg.loaders.extract import default_extractor
    from evkg.loaders.types import Article
    x = default_extractor().extract(Article(source="t.txt", text="BYD sold more cars in May. The 590Ah storage cell "
                                                                  "from EVE Energy enters production this quarter."))
    assert {(f.subject, f.measure, f.value) for f in x.facts} == {("company:eve-energy", "capacity", 590.0)}


def test_an_associations_national_figures_are_the_countrys(ex):
    t = _triples(_facts(ex, "China's carmakers did well. CAAM said vehicle sales in China rose to 31.4 million units in 2024."))
    assert ("country:china", "sales", 31400000.0) in t
    assert not any(s == "org:caam" for s, _, _ in t)


def test_production_and_sales_each_take_their_own_figure(ex):
    t = _triples(_facts(ex, "China makes cars. In 2024 China's production and sales respectively reached 31.282 million "
                            "and 31.436 million vehicles, up 3.7% and 4.5%."))
    assert {("country:china", "production", 31282000.0), ("country:china", "sales", 31436000.0)} <= t
    assert ("country:china", "sales", 31282000.0) not in t


def test_a_foreign_associations_figures_are_not_chinas(ex):
    t = _triples(_facts(ex, "China's carmakers did well. ACEA said EV sales in Europe rose to 1.4 million units."))
    assert not any(s == "country:china" for s, _, _ in t)


def test_relative_clauses_hold_no_subject_and_sums_paid_for_stakes(ex):
    t = _triples(_facts(ex, "Leapmotor, in which Stellantis bought a 21% stake in 2023, delivered 42,517 vehicles in May."))
    assert ("company:leapmotor", "deliveries", 42517.0) in t and not any(s == "company:stellantis" for s, _, _ in t)
    t = _triples(_facts(ex, "Zeekr, spun out by Geely in 2021, delivered 22,123 cars in May."))
    assert ("company:zeekr", "deliveries", 22123.0) in t and not any(s == "company:geely" for s, _, _ in t)
    assert ("company:nio", "deliveries", 31138.0) in _triples(_facts(ex, "Deliveries at NIO came to 31,138 in May."))
    t = _triples(_facts(ex, "Avatr agreed with Huawei to pay 11.5 billion yuan for 10% of Yinwang."))
    assert ("company:avatr", "investment", 1.15e10) in t and not any(s == "company:huawei" for s, _, _ in t)
    assert ("company:seres", "investment", 1.15e10) in _triples(_facts(
        ex, "Seres will use 11.5 billion yuan in cash to acquire the 10% stake in Yinwang held by Huawei."))
    # buying trademarks is no investment; a supplier does not report a car's orders
    assert not _facts(ex, "Seres spent 2.5 billion yuan to purchase the trademarks from Huawei.")
    assert not _facts(ex, "The model drew more than 10,000 orders within a day, Momenta said.")


def test_a_date_inside_a_relative_clause_does_not_date_the_figure(ex):
    f = _facts(ex, "Xiaomi, whose SU7 sedan went on sale in March, delivered 20,000 cars.", date="2025-05-07")
    assert ("company:xiaomi", "deliveries", 20000.0, "units", None) in f
    f = _facts(ex, "Xiaomi, whose SU7 sedan went on sale in March, delivered 20,000 cars in April.", date="2025-05-07")
    assert ("company:xiaomi", "deliveries", 20000.0, "units", "2025-04") in f
    f = _facts(ex, "In April, Xiaomi, which launched the SU7, delivered 20,000 cars.", date="2025-05-07")
    assert ("company:xiaomi", "deliveries", 20000.0, "units", "2025-04") in f


def test_share_moves_in_two_markets_and_slipping_shares(ex):
    t = _triples(_facts(ex, "Tianqi Lithium rose 4.2% in Shenzhen and as much as 12% in Hong Kong on Monday."))
    assert {("company:tianqi", "share_price_change", 4.2), ("company:tianqi", "share_price_change", 12.0)} <= t
    t = _triples(_facts(ex, "Gotion cut prices. The company's own shares slipped 1.5% in Shenzhen."))
    assert ("company:gotion", "share_price_change", -1.5) in t


def test_earned_is_profit_and_the_battery_maker_is_a_battery_maker(ex):
    t = _triples(_facts(ex, "Geely reported results. In the first half the Hangzhou-based automaker earned "
                            "9.29 billion yuan on revenue of 150.3 billion yuan."))
    assert {("company:geely", "profit", 9.29e9), ("company:geely", "revenue", 150.3e9)} <= t
    t = _triples(_facts(ex, "CATL and NIO signed a deal under which the battery maker will invest 2.5 billion yuan "
                            "(about 315 million euros) in NIO Power."))
    assert ("company:catl", "investment", 2.5e9) in t
    assert ("company:nio", "investment", 2.5e9) not in t


def test_a_change_before_the_value_keeps_the_measure_named_before_it(ex):
    t = _triples(_facts(ex, "Gotion said net profit attributable to owners of the parent jumped 35.1 percent year on "
                            "year to 1.2 billion yuan in the first half."))
    assert ("company:gotion", "profit", 1.2e9) in t
    t = _triples(_facts(ex, "Gotion said revenue attributable to its storage business grew 20 percent to 5 billion yuan."))
    assert ("company:gotion", "revenue", 5e9) in t
    assert ("company:gotion", "profit", 5e9) not in t


def test_share_of_a_country_s_installed_volume(ex):
    fs = _triples(_facts(ex, "CATL held roughly 43 percent of China's installed power-battery volume in the "
                             "January-September period, well ahead of BYD in second place."))
    assert ("company:catl", "market_share", 43.0) in fs


def test_shipments_of_parts_are_deliveries_and_of_vehicles_sales(ex):
    fs = _triples(_facts(ex, "Hesai shipped 501,889 lidar units in 2024."))
    assert ("company:hesai", "deliveries", 501889.0) in fs
    fs = _triples(_facts(ex, "Hesai reported results. Total lidar shipments were 222,054 units in the fourth quarter."))
    assert ("company:hesai", "deliveries", 222054.0) in fs
    fs = _triples(_facts(ex, "BYD shipped more than 70,000 vehicles overseas in September."))
    assert ("company:byd", "sales", 70000.0) in fs
    # a plant's shipping capacity is no count
    fs = _triples(_facts(ex, "Hesai's plant can ship 1,000,000 units a year once finished."))
    assert not any(m in ("deliveries", "sales") for _, m, _ in fs)


def test_a_loss_stated_by_lost_and_the_subject_of_a_coordinated_its(ex):
    fs = _triples(_facts(ex, "Tianqi Lithium lost 7.9 billion yuan in 2024."))
    assert ("company:tianqi", "profit", -7.9e9) in fs
    fs = _triples(_facts(ex, "CMOC Group overtook Glencore as the largest cobalt producer, and its net profit jumped to "
                             "13.5 billion yuan."))
    assert ("company:cmoc", "profit", 1.35e10) in fs
    assert not any(s == "company:glencore" for s, _, _ in fs)


def test_figures_in_a_results_table(ex):
    f = _facts(ex, "Lithium producers had a hard year.\n\n| Company | 2024 revenue | 2024 net profit | YoY |\n|---|---|---|---|\n"
                   "| Tianqi Lithium | 13.06 bn yuan | -7.9 bn yuan | -42% |\n| Huayou Cobalt | RMB 60.95bn | 4.16 bn yuan | +24% |\n")
    assert {("company:tianqi", "revenue", 1.306e10, "yuan", "2024"), ("company:tianqi", "profit", -7.9e9, "yuan", "2024"),
            ("company:huayou", "revenue", 6.095e10, "yuan", "2024"), ("company:huayou", "profit", 4.16e9, "yuan", "2024")} <= f
    # a growth rate has no measure
    assert not any(m == "market_share" or u == "%" for _, m, _, u, _ in f)


def test_a_monthly_volume_table_takes_its_measure_from_the_text_before_it(ex):
    f = _facts(ex, "Start-ups reported July deliveries on Friday.\n\nBrand | July 2025 | YoY\nLeapmotor | 50,129 | +126.9%\n"
                   "Xpeng | 36,717 | +229.4%\n", date="2025-08-01")
    assert {("company:leapmotor", "deliveries", 50129, "units", "2025-07"),
            ("company:xpeng", "deliveries", 36717, "units", "2025-07")} <= f
    # a table of codes and years names no figure
    f = _facts(ex, "Listings.\n\n| Company | Code | Listed |\n|---|---|---|\n| Leapmotor | 9863 | 2022 |\n")
    assert not any(s == "company:leapmotor" for s, *_ in f)


def test_a_specification_table_with_models_across(ex):
    f = _facts(ex, "BYD unveiled two sedans.\n\n| Item | Han L EV | Tang L EV |\n|---|---|---|\n"
                   "| Energy density | 190 Wh/kg | 185 Wh/kg |\n| Price | 270,000 yuan | 280,000 yuan |\n")
    assert ("product:byd-han-l", "energy_density", 190, "Wh/kg") in {(s, m, v, u) for s, m, v, u, _ in f}
    assert ("product:byd-tang-l", "energy_density", 185, "Wh/kg") in {(s, m, v, u) for s, m, v, u, _ in f}
    assert not any(m in ("revenue", "profit") for _, m, *_ in f)


def test_exports_shares_that_doubled_power_ratings_and_gwh_contracts(ex):
    f = _triples(_facts(ex, "Chery exported 937,148 vehicles in 2023."))
    assert ("company:chery", "sales", 937148) in f
    f = _triples(_facts(ex, "Xiaomi shares have more than doubled this year."))
    assert ("company:xiaomi", "share_price_change", 100) in f
    assert not _facts(ex, "The Xiaomi SU7 Ultra has a peak output of 1,548 PS.")
    f = _facts(ex, "Sungrow signed a 7.8 GWh contract with Algihaz Holding.")
    assert ("company:sungrow", "orders", 7.8, "GWh") in {(s, m, v, u) for s, m, v, u, _ in f}
    # a plant's GWh is capacity, not an order
    f = _facts(ex, "Sungrow opened a 20 GWh plant in Hefei.")
    assert not any(m == "orders" for _, m, *_ in f)


def test_shares_in_a_ranking(ex):
    f = _facts(ex, "CATL installed 246.01 GWh last year, for a share of 45.08 percent. BYD was second with a share of "
                   "24.74 percent. CALB came third with 6.12 percent, followed by Gotion High-tech at 4.54 percent.")
    shares = {(s, v) for s, m, v in _triples(f) if m == "market_share"}
    assert shares >= {("company:catl", 45.08), ("company:byd", 24.74), ("company:calb", 6.12), ("company:gotion", 4.54)}
    # the later items of a "followed by" list
    f = _facts(ex, "In installations, CALB came third with 6.12 percent, followed by Gotion at 4.54 percent, Sunwoda at 3 "
                   "percent and EVE Energy at 2.77 percent.")
    shares = {(s, v) for s, m, v in _triples(f) if m == "market_share"}
    assert shares >= {("company:gotion", 4.54), ("company:sunwoda", 3.0), ("company:eve-energy", 2.77)}
    # ... but not without the list
    f = _facts(ex, "In installations, sales rose 6.12 percent and EVE Energy at 2.77 percent more grew too.")
    assert not any(m == "market_share" for _, m, _ in _triples(f))
    # a ranking by growth is no share
    f = _facts(ex, "Xpeng ranked second with 36% growth, and Leapmotor came first with 52 percent more deliveries.")
    assert not any(m == "market_share" for _, m, _ in _triples(f))


def test_a_count_of_car_companies_is_no_output(ex):
    f = _facts(ex, "Including BYD, Geely and Chery, a total of 17 car companies have made the commitment.")
    assert not any(u == "units" for _, _, _, u, _ in ((x.subject, x.measure, x.value, x.unit, x.period) for x in f))
    f = _facts(ex, "BYD built 17,000 cars in May.")
    assert ("company:byd", "production", 17000.0) in _triples(f)


def test_deliveries_of_a_named_model_counted_in_sedans(ex):
    f = _facts(ex, "Xiaomi delivered more than 258,000 SU7 sedans between March 2024 and May.")
    assert ("product:xiaomi-su7", "deliveries", 258000.0) in _triples(f)


def test_a_former_owner_of_a_site_is_not_the_subject(ex):
    f = _facts(ex, "BYD opened its plant in Brazil in July. The complex, built on the site of a former Ford factory, "
                   "will have an initial annual capacity of 150,000 vehicles.")
    assert ("company:byd", "capacity", 150000.0) in _triples(f)
    assert not any(s == "company:ford" for s, _, _ in _triples(f))


def test_units_of_a_named_model_are_the_models(ex):
    f = _triples(_facts(ex, "Tesla delivered 10,000 units of the Model Y in May."))
    assert ("product:tesla-model-y", "deliveries", 10000) in f
    assert ("company:tesla", "deliveries", 10000) not in f
    # a plain noun after "units of" leaves the figure with the company
    f = _triples(_facts(ex, "BYD sold 300,000 units of its cars in May."))
    assert ("company:byd", "sales", 300000) in f


def test_a_plants_capacity_is_no_products(ex):
    # the product named in the sentence before is not the owner of the plant's volume
    f = _triples(_facts(ex, "BYD builds the Seagull in Brazil. The Seagull is its cheapest car. "
                            "The first phase has an annual capacity of 150,000 vehicles."))
    assert not any(s == "product:byd-seagull" for s, _, _ in f)


def test_shares_sold_are_no_fund_size_and_a_limit_takes_the_verbs_direction(ex):
    f = _triples(_facts(ex, "NIO sold 181.8 million Class A ordinary shares at 5.57 dollars each."))
    assert not any(m == "fund_size" for _, m, _ in f)
    f = _triples(_facts(ex, "The Battery ETF (561910) had 938 million units outstanding at the end of May."))
    assert ("fund:battery-etf-561910", "fund_size", 938000000) in f
    f = _triples(_facts(ex, "Wingtech makes chips. Its shares fell by the daily limit of 10 per cent on Monday."))
    assert ("company:wingtech", "share_price_change", -10) in f
    f = _triples(_facts(ex, "Wingtech shares rose by the daily limit of 10 per cent on Monday."))
    assert ("company:wingtech", "share_price_change", 10) in f


def test_guidance_is_a_forecast(ex):
    assert not _facts(ex, "Xpeng guided for fourth-quarter deliveries of 125,000 to 132,000 units.")
    assert _facts(ex, "Xpeng delivered 116,007 vehicles in the third quarter.")


def test_a_percent_held_of_installed_capacity_is_a_market_share(ex):
    f = _triples(_facts(ex, "CATL held 45.08 percent of China's installed power battery capacity last year, while BYD "
                            "took 24.74 percent."))
    assert {("company:catl", "market_share", 45.08), ("company:byd", "market_share", 24.74)} <= f
    f = _triples(_facts(ex, "CATL's share of the domestic battery market rose to 43 percent."))
    assert ("company:catl", "market_share", 43) in f
    assert not _facts(ex, "Geely holds 51% of Zeekr.")


def test_deliveries_past_a_ticker_reaching_customers_and_an_agent_in_an_apposition(ex):
    f = _triples(_facts(ex, "Deliveries at NIO (NIO.N) came to 31,138 in December, a figure that includes the Onvo L60."))
    assert ("company:nio", "deliveries", 31138) in f
    f = _triples(_facts(ex, "Xpeng (9868.HK) said 36,695 cars reached customers in December."))
    assert ("company:xpeng", "deliveries", 36695) in f
    f = _triples(_facts(ex, "Zeekr (ZK.N), the premium electric brand spun out by Geely and listed in New York in May, "
                            "said full-year deliveries reached 222,123 units."))
    assert ("company:zeekr", "deliveries", 222123) in f
    assert ("company:geely", "deliveries", 222123) not in f
    assert not _facts(ex, "Tesla shares reached 300 dollars.")


def test_an_installation_share_and_a_stake_bought_with_an_amount(ex):
    f = _triples(_facts(ex, "CATL, the world's largest power battery maker, had a global EV battery installation share "
                            "of 37.9 percent in 2024."))
    assert ("company:catl", "market_share", 37.9) in f
    f = _triples(_facts(ex, "Before that, Avatr, the brand under Changan Automobile, also signed an agreement to "
                            "purchase 10% stake of Yinwang with 11.5 billion yuan."))
    assert ("company:avatr", "investment", 1.15e10) in f
    assert not any(s in ("company:yinwang", "company:changan") for s, _, _ in f)


def test_a_nameless_figure_skips_a_plural_subject_a_comparison_and_analysts(ex):
    f = _triples(_facts(ex, "CATL built a plant in Hungary. Mercedes-Benz and BMW are among the clients that the plant "
                            "is intended to serve. The company held 37.9 percent of global installations in 2024."))
    assert ("company:catl", "market_share", 37.9) in f
    f = _triples(_facts(ex, "BYD said revenue rose, surpassing the annual revenue reported by Tesla. The company sold "
                            "4.27 million vehicles."))
    assert ("company:byd", "sales", 4270000) in f
    f = _triples(_facts(ex, "Li Auto reported results. Goldman Sachs analysts cut their target price. Its Hong Kong "
                            "shares have fallen roughly 8% this year."))
    assert ("company:li-auto", "share_price_change", -8) in f


def test_a_plant_that_can_make_cars_a_year_has_that_capacity(ex):
    f = _triples(_facts(ex, "BYD opened its plant in Rayong, which can turn out as many as 150,000 vehicles a year."))
    assert ("company:byd", "capacity", 150000) in f
    f = _triples(_facts(ex, "GWM said the plant can produce 50,000 vehicles a year."))
    assert ("company:gwm", "capacity", 50000) in f
    # a plan for this year's output is no capacity
    assert not any(m == "capacity" for _, m, _ in _triples(_facts(ex, "BYD will make 300,000 cars this year.")))


def test_an_index_move_and_a_model_code_are_no_figures(ex):
    assert not _facts(ex, "As of the close, the Shanghai Composite Index rose 1.36% and the ChiNext Index rose 3.02%.")
    f = _triples(_facts(ex, "Geely's models, including the Zeekr 001 shooting brake, are built at Geely's plants in "
                            "Ningbo, and the 001 was the first car to carry CATL's Qilin battery pack."))
    assert not any(m == "production" for _, m, _ in f)


def test_a_dividend_or_earnings_per_share_is_no_share_price(ex):
    for text in ("Weichai declared a final dividend of 0.36 yuan per share.",
                 "BYD's earnings per share were 13.84 yuan."):
        assert not [f for f in _facts(ex, text) if f[1] == "share_price"], text
    assert ("company:weichai", "share_price", 15.2) in {f[:3] for f in _facts(ex, "Weichai shares closed at 15.2 yuan.")}


def test_energy_units_spelled_out_or_in_megawatt_hours(ex):
    assert ("company:ford", "capacity", 35.0, "GWh") in {f[:4] for f in _facts(
        ex, "Ford's plant will have a capacity of 35 gigawatt-hours a year.")}
    # (a megawatt-hour is no kilowatt-hour: 500 MWh is never 500 kWh)
    assert not [f for f in _facts(ex, "CATL will build a 500 MWh storage plant with annual capacity.")
                if f[2] == 500.0 and f[3] == "kWh"]


def test_mln_scales_and_made_up_of_a_total_is_no_output(ex):
    assert ("country:china", "sales", 4900000.0) in {f[:3] for f in _facts(
        ex, "China's car exports topped 4.9 mln units last year.")}
    got = {f[:3] for f in _facts(ex, "Chery sold 2.6 million cars, and exports made up 1,144,588 units of that total.")}
    assert ("company:chery", "production", 1144588.0) not in got


def test_a_volume_named_by_its_noun_carries_the_companys_name_over(ex):
    got = {f[:3] for f in _facts(ex, "BYD sold 3.02 million vehicles in 2023. Overseas sales reached 242,765 units.")}
    assert ("company:byd", "sales", 242765.0) in got
    # (not a capacity, a threshold or another's output)
    for text in ("BYD sold 3 million cars. The Hefei site's designed output is about 400,000 units a year.",
                 'BYD sold 3 million cars. "For a company selling fewer than 500,000 cars a year, it makes no sense."',
                 "BYD sold 3 million cars. Monthly output at Millet exceeded 135,224 units in 2024."):
        assert not [f for f in _facts(ex, text) if f[2] in (400000.0, 500000.0, 135224.0)], text


def test_a_cylindrical_cell_format_is_no_count(ex):
    for text in ("Panasonic Energy has begun mass production of 2170 cylindrical cells at its factory.",
                 "Tesla produced 4680 cells in Austin."):
        assert not _facts(ex, text), text
    assert ("company:byd", "sales", 2170.0) in {f[:3] for f in _facts(ex, "BYD sold 2170 cars in May.")}


def test_rides_and_trips_are_no_vehicles(ex):
    assert not _facts(ex, "Apollo Go delivered more than 2.2 million fully driverless rides in 2025.")
    assert ("company:byd", "deliveries", 2200000.0) in {f[:3] for f in _facts(ex, "BYD delivered 2.2 million cars in 2025.")}


def test_counts_with_the_verb_left_out_after_the_first_company(ex):
    got = {f[:3] for f in _facts(ex, "In May, BYD sold 382,476 vehicles, Geely 235,819 and Chery 205,732.")}
    assert {("company:byd", "sales", 382476.0), ("company:geely", "sales", 235819.0),
            ("company:chery", "sales", 205732.0)} <= got
    assert ("company:li-auto", "deliveries", 92864.0) in {f[:3] for f in _facts(
        ex, "Xpeng handed over 94,008 cars in the quarter and Li Auto 92,864.")}
    # (a year, a share or money after the next name is no count of it)
    for text in ("BYD sold 382,476 vehicles in May, and Tesla 2024 was strong.",
                 "BYD sold 382,476 vehicles, Geely 23% more.",
                 "BYD sold 382,476 vehicles, Geely 2.5 billion yuan of bonds."):
        assert not [f for f in _facts(ex, text) if f[0] != "company:byd"], text


def test_guidance_and_figures_outside_a_country_are_not_its_facts(ex):
    assert not _facts(ex, "Xpeng guides for Q1 deliveries of 91,000 to 93,000 units.")
    assert not [f for f in _facts(ex, "BYD sold 4.27 million cars in 2024. Shipments outside mainland China reached "
                                      "417,204 units.") if f[0] == "country:china"]


def test_a_ventures_figure_is_not_its_owners_and_a_planned_drop_no_share_move(ex):
    assert not _facts(ex, "The venture, owned equally by BAIC Motor and Hyundai Motor Company, sold 1.14 million cars "
                          "in 2016.")
    assert not _facts(ex, "Volkswagen said the number of control units in its cars will drop by around 30 per cent.")
    assert ("company:volkswagen", "share_price_change", -3.0) in {f[:3] for f in _facts(
        ex, "Volkswagen shares dropped by 3% on Tuesday.")}


def test_an_insurers_premium_income_is_its_revenue(ex):
    f = _triples(_facts(ex, "PICC Property and Casualty Company said its NEV premium income reached 52.8 billion yuan "
                            "in 2024."))
    assert ("company:picc-pc", "revenue", 5.28e10) in f
    f = _triples(_facts(ex, "Ping An P&C said auto premiums rose to 105.4 billion yuan in 2024."))
    assert ("company:ping-an-pc", "revenue", 1.054e11) in f
    assert not [t for t in _triples(_facts(ex, "Zeekr sells premium cars for 300,000 yuan.")) if t[1] == "revenue"]


def test_a_charging_network_is_counted_by_its_piles_chargers_and_stalls(ex):
    facts = _facts(ex, "Li Auto now operates 2,000 supercharging stations with a total of 10,900 charging piles, and "
                       "Tesla has over 11,500 stalls. The stock fell 5 points.\n\n"
                       "| Operator | Public charging piles | Share |\n|---|---|---|\n| TELD | 689,000 | 19.3% |\n")
    got = {(f[0], f[1], f[2]) for f in facts}
    assert {("company:li-auto", "stations", 2000.0), ("company:li-auto", "stations", 10900.0),
            ("company:tesla", "stations", 11500.0), ("company:teld", "stations", 689000.0)} <= got, got
    assert all(f[3] == "stations" for f in facts if f[1] == "stations")


def test_an_order_is_counted_in_vehicles_or_valued_in_money(ex):
    f = _triples(_facts(ex, "Zhongtong Bus has won an order for 300 pure electric buses from Buses Vule. The contract is "
                            "worth about 510 million yuan."))
    assert ("company:zhongtong-bus", "orders", 300.0) in f and ("company:zhongtong-bus", "orders", 5.1e8) in f, f
    f = _triples(_facts(ex, "UBTech Robotics said it had won a 250 million yuan order for the Walker S2."))
    assert ("company:ubtech", "orders", 2.5e8) in f, f
    # (a contract manufacturer's earnings are no order)
    f = _triples(_facts(ex, "CATL's contract manufacturing unit earned 2 billion yuan."))
    assert not [t for t in f if t[1] == "orders"]


def test_a_specification_belongs_to_the_maker_not_the_customer_it_is_for(ex):
    f = _triples(_facts(ex, "WeLion, a Beijing-based company spun out of the Chinese Academy of Sciences, has developed "
                            "a 150 kWh semi-solid-state pack for NIO with a cell energy density of 360 Wh/kg."))
    assert f == {("company:welion", "energy_density", 360.0)}, f
    f = _triples(_facts(ex, "Changan is building a new plant for Avatr and Deepal models with an annual capacity of "
                            "200,000 vehicles."))
    assert f == {("company:changan", "capacity", 200000.0)}, f


def test_battery_gigawatt_hours_sold_shipped_deployed_or_agreed(ex):
    f = _triples(_facts(ex, "EVE Energy shipped 50.45 GWh of storage cells in 2024."))
    assert f == {("company:eve-energy", "sales", 50.45)}, f
    f = _triples(_facts(ex, "Tesla deployed 31.4 GWh of storage in 2024."))
    assert f == {("company:tesla", "deliveries", 31.4)}, f
    f = _triples(_facts(ex, "BYD signed a 12.5 GWh agreement with Saudi Electricity Company on July 9."))
    assert ("company:byd", "orders", 12.5) in f, f
    # a capacity stays a capacity
    f = _triples(_facts(ex, "CATL's Hungarian plant will have an annual capacity of 100 GWh."))
    assert {m for _, m, _ in f} == {"capacity"}, f


def test_a_share_of_a_suppliers_own_sales_is_no_market_share(ex):
    assert not [f for f in _facts(ex, "CATL and BYD, the company's two largest customers, together took more than 80% of "
                                      "its sales.") if f[1] == "market_share"]
    assert [f[1] for f in _facts(ex, "BYD took 30% of China's NEV market.")] == ["market_share"]


def test_a_plants_capacity_counted_in_wafers_or_modules(ex):
    assert _triples(_facts(ex, "Silan Microelectronics said the project will have an annual capacity of 720,000 eight-inch "
                               "SiC wafers.")) == {("company:silan", "capacity", 720000.0)}
    assert _triples(_facts(ex, "The Li Auto plant has an annual capacity of 2.4 million modules, Li Auto said.")) == {
        ("company:li-auto", "capacity", 2400000.0)}
    # goods sold are no capacity
    assert not [f for f in _facts(ex, "Weichai sold 110,000 engines in 2024.") if f[1] == "capacity"]


def test_bare_figures_under_a_heading_that_gives_their_unit(ex):
    table = ("| Company | Ticker | 2024 revenue (bn yuan) | H1 2025 net profit (million yuan) | Gross margin |\n"
             "|---|---|---|---|---|\n| Fuyao Glass | 600660.SH | 39.3 | 3,600 | 36.6% |\n"
             "| Minth Group | 0425.HK | 23.1 | 1,150 | 28.5% |")
    assert _facts(ex, table) == {("company:fuyao", "revenue", 3.93e10, "yuan", "2024"),
                                 ("company:fuyao", "profit", 3.6e9, "yuan", "2025"),
                                 ("company:minth", "revenue", 2.31e10, "yuan", "2024"),
                                 ("company:minth", "profit", 1.15e9, "yuan", "2025")}


def test_a_specification_in_a_table_is_the_product_of_its_row(ex):
    table = ("| Company | Product | Energy density (Wh/kg) |\n|---|---|---|\n| CATL | Qilin | 255 |\n"
             "| Gotion | an unnamed cell | 300 |")
    # (a row that names no product keeps its company)
    assert _triples(_facts(ex, table)) == {("product:qilin", "energy_density", 255.0),
                                           ("company:gotion", "energy_density", 300.0)}


def test_share_prices_after_a_move_and_a_value_the_price_gives(ex):
    f = _triples(_facts(ex, "Joyson saw its shares fall 2.3% to 16.20 yuan on Friday."))
    assert f == {("company:joyson", "share_price_change", -2.3), ("company:joyson", "share_price", 16.2)}
    f = _triples(_facts(ex, "Tuopu Group closing up 3.46%,report 52.80 yuan/share,total market value 91.9 billion yuan."))
    assert f == {("company:tuopu", "share_price_change", 3.46), ("company:tuopu", "share_price", 52.8),
                 ("company:tuopu", "market_cap", 9.19e10)}
    f = _triples(_facts(ex, "Fuyao's shares rose 1.8% to 60.12 yuan, valuing the company at about 157 billion yuan."))
    assert ("company:fuyao", "market_cap", 1.57e11) in f


def test_figures_paired_with_companies_respectively(ex):
    f = _triples(_facts(ex, "Sinomine (002738.SZ) and Yongxing (002756.SZ) rose 1.6% and 2.2% respectively."))
    assert f == {("company:sinomine", "share_price_change", 1.6), ("company:yongxing", "share_price_change", 2.2)}
    f = _triples(_facts(ex, "BYD and Geely sold 300,000 and 200,000 cars in May, respectively."))
    assert f == {("company:byd", "sales", 300000.0), ("company:geely", "sales", 200000.0)}


def test_capacities_counted_in_sets_and_goods(ex):
    f = _triples(_facts(ex, "Minth will lift its battery housing capacity in China to 2 million sets by the end of 2025."))
    assert f == {("company:minth", "capacity", 2e6)}
    f = _triples(_facts(ex, "Sanhua will open a valve plant with an annual capacity of 30 million electronic expansion valves."))
    assert f == {("company:sanhua", "capacity", 3e7)}
    f = _triples(_facts(ex, "Xusheng Group would add 200,000 sets of subframe capacity at its Ningbo plants this year."))
    assert f == {("company:xusheng", "capacity", 2e5)}
    # a weight is no count of goods
    assert not _facts(ex, "Zijin Mining's project has a capacity of 20,000 tonnes a year of lithium carbonate.")


def test_money_raised_in_a_funding_round_and_the_valuation_it_sets(ex):
    f = _triples(_facts(ex, "Deepal has closed a Series B funding round of nearly 6 billion yuan that values the "
                            "Chongqing-based carmaker at about 40 billion yuan."))
    assert f == {("company:deepal", "investment", 6e9), ("company:deepal", "market_cap", 4e10)}
    assert _triples(_facts(ex, "Avatr raised more than 11 billion yuan in its Series C in December 2024.")) == {
        ("company:avatr", "investment", 1.1e10)}
    assert _triples(_facts(ex, "Changan Automobile contributed 1.36 billion yuan to the round.")) == {
        ("company:changan", "investment", 1.36e9)}
    # (money raised in a listing is no funding round's)
    assert _triples(_facts(ex, "Pony.ai raised HK$6.71 billion in its Hong Kong listing.")) == set()


def test_a_ranked_table_takes_its_subject_from_the_cell_after_the_rank(ex):
    f = _facts(ex, "Robot shipments in China, first half.\n\n| Rank | Company | Ticker | Home | Share of China shipments |\n"
                   "|---|---|---|---|---|\n| 1 | Fanuc | — | Japan | 12.5% |\n| 2 | Estun Automation | 002747.SZ | China | 10.3% |\n")
    assert {("company:fanuc", "market_share", 12.5), ("company:estun", "market_share", 10.3)} <= _triples(f), f
    # the rank itself is no figure of the company
    assert not any(v in (1, 2) for _, _, v in _triples(f)), f


def test_a_number_before_a_hyphenated_compound_counts_nothing(ex):
    f = _facts(ex, "GAC Group will fit on-board units on all GAC Aion and Hyptec models sold in the 20 "
                   "vehicle-road-cloud pilot cities from July.")
    assert not [x for x in f if x[1] == "sales"], f
    assert [x for x in _facts(ex, "Xpeng sold 30,000 vehicles in May.") if x[1] == "sales"]


def test_a_table_of_plants_gives_each_owner_its_capacity(ex):
    text = ("Chinese plants in the region:\n\n"
            "| Plant | Owner | Country | Annual capacity | Status |\n|---|---|---|---|---|\n"
            "| Rayong | Great Wall Motor | Thailand | 80,000 units | producing since 2021 |\n"
            "| Subang | BYD | Indonesia | 150,000 units | under construction |\n"
            "| Kenitra | Gotion High-Tech | Morocco | 20,000 | producing |\n")
    t = _triples(_facts(ex, text))
    assert ("company:gwm", "capacity", 80000) in t and ("company:byd", "capacity", 150000) in t, t
    assert not any(m == "production" for _, m, _ in t), t  # ("producing" in the status column names no output)
    # (a capacity column in tonnes is no count of vehicles)
    t = _triples(_facts(ex, "| Company | Ticker | Capacity (t/yr) |\n|---|---|---|\n| Ganfeng Lithium | 1772.HK | 40,000 |\n"))
    assert not any(m == "capacity" and v == 40000 for _, m, v in t), t


def test_a_share_of_a_segment_or_a_class_is_a_market_share(ex):
    t = _triples(_facts(ex, "The Leapmotor T03 alone took about 18% of the segment in 2024."))
    assert ("product:leapmotor-t03", "market_share", 18) in t, t
    t = _triples(_facts(ex, "EVE Energy in 2024 A00 level installed share about 12%, ranked third."))
    assert any(m == "market_share" and v == 12 and "eve" in s for s, m, v in t), t
    # (a share of a segment that rose is no share price)
    t = _triples(_facts(ex, "Chery's share of the segment rose to 9% in 2024."))
    assert not any(m == "share_price_change" for _, m, _ in t), t


def test_a_table_figure_with_a_place_after_it_and_a_volume_column(ex):
    text = ("| Model | Maker | H1 2025 volume (units) |\n|---|---|---|\n| BYD Seal | BYD | 8,300 (Australia) |\n"
            "| Zeekr 001 | Zeekr | 2,400 (est.) |\n")
    t = _triples(_facts(ex, text))
    assert ("product:byd-seal", "sales", 8300) in t and ("product:zeekr-001", "sales", 2400) in t, t
    # (a unit in parentheses is no place: "729 (kWh)" is no count)
    t = _triples(_facts(ex, "| Model | Battery capacity |\n|---|---|\n| BYD Seal | 82 (kWh) |\n"))
    assert not any(v == 82 and m == "capacity" for _, m, v in t), t


def test_units_registered_are_sales(ex):
    t = _triples(_facts(ex, "Voge had a strong year in Italy. The brand registered about 8,900 units in Italy in 2024."))
    assert any(m == "sales" and v == 8900 for _, m, v in t), t


def test_registrations_counted_after_the_figure(ex):
    t = _triples(_facts(ex, "BYD recorded 8,300 registrations in Australia in the first half of 2025."))
    assert ("company:byd", "sales", 8300) in t, t


def test_a_count_names_the_brand_it_counts(ex):
    t = _triples(_facts(ex, "Germany's Federal Motor Transport Authority (KBA) counted 1,566 new BYD registrations in April."))
    assert ("company:byd", "sales", 1566) in t and not any("germany" in s for s, _, _ in t), t


def test_chinese_brands_as_a_group_give_chinas_share(ex):
    t = _triples(_facts(ex, "China leads. Chinese brands as a group took 5.9% of the European market in April."))
    assert ("country:china", "market_share", 5.9) in t, t
    # (a category's share of the home market is still no market share of China's)
    t = _triples(_facts(ex, "In China, NEVs took 45% of new car sales in 2024."))
    assert not any(m == "market_share" and "china" in s for s, m, _ in t), t


def test_a_part_of_a_count_named_before_takes_its_measure(ex):
    t = _triples(_facts(ex, "Fangchengbao sold 5,060 cars in April. The Fangchengbao Bao 8 contributed 2,160 units, while "
                            "the smaller Fangchengbao Bao 5 added 2,900 units."))
    assert {v for s, m, v in t if m == "sales" and "bao" in s} >= {2160, 2900}, t
    # (with no count before, a part names no measure)
    assert not _facts(ex, "The Fangchengbao Bao 8 contributed 2,160 units.")


def test_a_plants_yearly_output_of_named_goods_is_its_capacity(ex):
    f = _triples(_facts(ex, "Valeo's Wuhan site can now produce about 1.2 million headlamps a year."))
    assert ("company:valeo", "capacity", 1.2e6) in f
    # (goods sold are no capacity)
    f = _triples(_facts(ex, "Valeo sold about 1.2 million headlamps in China last year."))
    assert not any(m == "capacity" for _, m, _ in f)


def test_the_price_shares_moved_to_and_money_spent_on_a_plant(ex):
    f = _triples(_facts(ex, "Minth's shares climbed 6.8 percent to HKD15.40 in Hong Kong today."))
    assert {("company:minth", "share_price_change", 6.8), ("company:minth", "share_price", 15.4)} <= f
    f = _triples(_facts(ex, "Fuyao Glass will spend 620 million yuan on a new plant in Huizhou."))
    assert ("company:fuyao", "investment", 6.2e8) in f
    f = _triples(_facts(ex, "The Wuhan site, which Valeo expanded at a cost of 350 million yuan last year, is its largest."))
    assert ("company:valeo", "investment", 3.5e8) in f
    # (money spent on research is no investment in a facility)
    f = _triples(_facts(ex, "BYD spent 54 billion yuan on research and development last year."))
    assert not any(m == "investment" for _, m, _ in f)


def test_a_fleet_order_counts_for_the_seller(ex):
    f = _triples(_facts(ex, "eHi Car Services has agreed to buy 20,000 new energy vehicles from BYD over the next "
                            "18 months."))
    assert ("company:byd", "orders", 20000) in f
    f = _triples(_facts(ex, "Under the agreement, BYD will supply Sixt with up to 100,000 electric cars by 2028."))
    assert ("company:byd", "orders", 100000) in f
    # (cars sold are sales, not orders)
    f = _triples(_facts(ex, "BYD sold 300,000 cars in May."))
    assert ("company:byd", "orders", 300000) not in f


def test_a_machine_translated_market_report_gives_price_change_and_value(ex):
    f = _triples(_facts(ex, "Secondary market,as of August 27 close,Fuyao Glass reported 15.62 yuan,up 3.24%,total market "
                            "value 9.9 billion yuan."))
    assert {("company:fuyao", "share_price", 15.62), ("company:fuyao", "share_price_change", 3.24),
            ("company:fuyao", "market_cap", 9.9e9)} <= f
    # ("reported" before an amount elsewhere is no share price)
    f = _triples(_facts(ex, "BYD reported 20 billion yuan in revenue, up 10%."))
    assert not any(m in ("share_price", "share_price_change") for _, m, _ in f)


def test_a_second_count_with_its_own_period_and_a_part_of_which(ex):
    f = _triples(_facts(ex, "NIO delivered 11,866 vehicles in March and 30,053 in the first quarter."))
    assert {("company:nio", "deliveries", 11866), ("company:nio", "deliveries", 30053)} <= f
    f = _triples(_facts(ex, "Geely Auto sold 955,740 vehicles in the half, of which roughly 320,000 were electric."))
    assert ("company:geely-auto", "sales", 320000) in f
    # (a count of something else after "and" is no second count)
    f = _triples(_facts(ex, "BYD sold 300,000 cars in May and 20 of its dealers closed in June."))
    assert ("company:byd", "sales", 20) not in f


def test_a_plants_yearly_count_with_no_unit_word_after_it(ex):
    f = _triples(_facts(ex, "Tesla's Shanghai plant built about 710,000 cars last year and can make more than 950,000 "
                            "a year."))
    assert {("company:tesla", "production", 710000), ("company:tesla", "capacity", 950000)} <= f


def test_what_a_plant_cost_and_the_amount_a_projects_name_carries(ex):
    f = _triples(_facts(ex, "Joyson's new plant cost about 480 million yuan and will supply Stellantis."))
    assert any(m == "investment" and v == 4.8e8 for _, m, v in f)
    f = _triples(_facts(ex, "Seres spent 1.2 billion yuan in 2024 on its Liangjiang seat plant."))
    assert ("company:seres", "investment", 1.2e9) in f


def test_a_share_of_a_named_market_and_the_level_it_fell_from(ex):
    f = _triples(_facts(ex, "BYD sold 380,089 vehicles in April, and its share of China's new energy passenger car "
                            "market was 27.6% in the first four months, down from 33.1% a year earlier."))
    assert ("company:byd", "market_share", 27.6) in f
    assert not any(v in (33.1, -33.1) for _, _, v in f), f  # the level it fell from is no move of the shares
    f = _triples(_facts(ex, "Bosch remains the leader in brake-by-wire with a 44% share of fitments in H1 2025, down "
                            "from 47% for full-year 2024."))
    assert ("company:bosch", "market_share", 44) in f and not any(abs(v) == 47 for _, _, v in f), f


def test_an_inventory_index_is_no_share_price(ex):
    f = _triples(_facts(ex, "The China Automobile Dealers Association said its inventory warning index rose to 58.2 per "
                            "cent in April."))
    assert not any(m == "share_price_change" for _, m, _ in f), f


def test_translated_quote_lines_give_moves_and_closing_prices(ex):
    f = _triples(_facts(ex, "Connector stocks rose:\n1.Hu Guang shares (605333) up 10.00%,close 31.57 yuan;\n"
                            "2.Ruikeda (688800) up 8.42%;\n"))
    assert {("company:kunshan-huguang", "share_price_change", 10.0), ("company:kunshan-huguang", "share_price", 31.57),
            ("company:recodeal", "share_price_change", 8.42)} <= f
    assert not any(m == "market_cap" for _, m, _ in f)


def test_an_award_belongs_to_the_supplier_chosen_not_to_the_customer(ex):
    f = _triples(_facts(ex, "Xusheng Group said it has been nominated by Li Auto to supply battery housings, in a "
                            "contract worth about 1.6 billion yuan over the life of the programs."))
    assert ("company:xusheng", "orders", 1.6e9) in f and ("company:li-auto", "orders", 1.6e9) not in f
    f = _triples(_facts(ex, "Cooper Standard's China operations booked new business awards worth 1.6 billion yuan in 2024."))
    assert ("company:cooper-standard", "orders", 1.6e9) in f


def test_a_thousands_separator_does_not_close_a_relative_clause(ex):
    f = _triples(_facts(ex, "The Geely Xingyuan, which starts at 68,800 yuan and uses Geely's own Aegis short blade "
                            "battery, sold 41,800 units in April."))
    assert ("product:geely-xingyuan", "sales", 41800.0) in f
    assert not any(s == "product:geely-aegis-battery" for s, _, _ in f)


def test_a_second_verb_after_the_objects_of_the_first_shares_its_subject(ex):
    f = _triples(_facts(ex, "BYD opened a store. The Shenzhen-based company sells the Atto 3, Dolphin and Seal in "
                            "Europe and sold 3.02 million new energy vehicles last year."))
    assert ("company:byd", "sales", 3020000.0) in f
    assert not any(s.startswith("product:") for s, _, _ in f)
    # a model that is the sentence's subject keeps its figure
    f = _triples(_facts(ex, "Chery's Jetour Traveller brought boxy styling to the mass market and sold roughly "
                            "165,000 units in its first full year."))
    assert not any(s == "company:chery" for s, _, _ in f)


def test_a_seller_in_an_apposition_is_not_the_subject_of_the_figure(ex):
    f = _triples(_facts(ex, "XPeng, now sold by Bilia, registered 164 cars in Sweden in May."))
    assert ("company:xpeng", "sales", 164.0) in f
    assert not any(s == "company:bilia" for s, _, _ in f)


def test_a_ventures_owners_are_not_the_subject_of_its_figure_and_a_best_seller_sells(ex):
    f = _triples(_facts(ex, "JSW MG Motor India, the joint venture between the JSW Group and China's SAIC Motor, sold "
                            "4,920 electric cars in March."))
    assert ("company:jsw-mg", "sales", 4920.0) in f
    assert not any(s == "company:saic" for s, _, _ in f)
    f = _triples(_facts(ex, "The Sealion 7 was the best-seller with 1,420 units."))
    assert ("product:byd-sealion-7", "sales", 1420.0) in f


def test_shares_after_the_first_with_their_noun_left_out(ex):
    f = _triples(_facts(ex, "Analog Devices held 24% of the market in the first half, NXP 15% and Infineon 12%."))
    assert {("company:nxp", "market_share", 15.0), ("company:infineon", "market_share", 12.0)} <= f
    f = _triples(_facts(ex, "Ola registered 17,852 units in July, a market share of 17.5%, behind TVS Motor with 22.1% "
                            "and Bajaj Auto with 19.7%."))
    assert ("company:bajaj-auto", "market_share", 19.7) in f
    assert not any(m == "market_share" for _, m, _ in _triples(_facts(ex, "NIO's sales grew 20% and Xpeng's 15%.")))


def test_a_tables_closing_prices_and_share_moves(ex):
    f = _triples(_facts(ex, "| Company | Code | Close, 9 Sep 2025 | YTD change |\n|---|---|---|---|\n"
                            "| Geely Automobile | 0175.HK | HK$18.94 | +27.6% |\n| BAIC Motor | 1958.HK | HK$2.21 | -9.4% |\n"))
    assert {("company:geely-auto", "share_price", 18.94), ("company:geely-auto", "share_price_change", 27.6),
            ("company:baic-motor", "share_price_change", -9.4)} <= f
    # (a change of sales is no share move)
    f = _triples(_facts(ex, "| Carmaker | 2023 sales | 2024 sales | Change |\n|---|---|---|---|\n"
                            "| Toyota | 1,907,600 | 1,776,000 | -6.9% |\n"))
    assert not any(m == "share_price_change" for _, m, _ in f)


def test_an_unnamed_ventures_figure_is_its_owners(ex):
    f = _triples(_facts(ex, "The cell plant, a joint venture between CATL and IBC, will have a capacity of 6.9 GWh in "
                            "its first phase."))
    assert ("company:catl", "capacity", 6.9) in f
    f = _triples(_facts(ex, "Beijing Benz Automotive (BBAC), the joint venture of Mercedes-Benz and BAIC Motor "
                            "(HKEX: 1958), will invest more than 14 billion yuan in its plant."))
    assert ("company:beijing-benz", "investment", 14e9) in f
    assert not any(s == "company:mercedes-benz" for s, _, _ in f)


def test_a_tables_offer_prices_and_day_one_moves(ex):
    f = _triples(_facts(ex, "| Company | H code | Offer price (HK$) | Day-one close vs offer |\n|---|---|---|---|\n"
                            "| CATL | 3750 | 263.00 | +16.4% |\n"))
    assert {("company:catl", "share_price", 263.0), ("company:catl", "share_price_change", 16.4)} <= f


def test_counts_after_the_first_with_their_noun_left_out(ex):
    f = _triples(_facts(ex, "Among brands from China, MG led with 3,402 registrations, ahead of BYD with 3,137 and XPeng "
                            "with 2,205."))
    assert {("company:byd", "sales", 3137.0), ("company:xpeng", "sales", 2205.0)} <= f
    assert not any(v == 517.0 for _, _, v in _triples(_facts(ex, "BYD sold 842 cars, and Tesla with 517 staff grew.")))


def test_an_earlier_years_count_after_up_from(ex):
    f = _facts(ex, "BYD registered 6,191 new cars in Singapore last year, up from 1,416 in 2023.")
    assert ("company:byd", "sales", 1416.0) in _triples(f)
    # (without its year the earlier count would take the sentence's period)
    assert 1416.0 not in {v for _, _, v in _triples(_facts(ex, "BYD sold 6,191 cars in May, up from 1,416 a year earlier."))}


def test_a_figure_after_and_its_is_not_the_list_before_it(ex):
    f = _facts(ex, "Zhongding supplies rubber mounts and air springs to Li Auto, NIO and Volkswagen, and its air "
                   "suspension unit won orders worth 3.2 billion yuan from Chery and Changan Automobile in the first half.")
    subjects = {x[0] for x in f if x[1] == "orders"}
    assert subjects == {"company:zhongding"}


def test_a_decimal_price_inside_the_clause_does_not_end_it(ex):
    # "HK$27.10" sits between the subject and "fell ... to": the closing price is still read
    f = _triples(_facts(ex, "WeRide (0800.HK), which priced its shares at HK$27.10, fell 10 percent to HK$24.39."))
    assert ("company:weride", "share_price", 24.39) in f


def test_a_figure_belongs_to_the_unit_not_to_the_owner_in_its_long_apposition(ex):
    x = _facts(ex, "Didi Autonomous Driving, the self-driving unit of ride-hailing giant Didi Global, has raised "
                   "2 billion yuan in a Series D round.")
    assert {(f[0], f[1]) for f in x} == {("company:didi-autonomous-driving", "investment")}, x
