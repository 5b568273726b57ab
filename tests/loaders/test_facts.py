"""Numeric facts: units, scales, bounds, signs, measures, subjects and periods."""

from __future__ import annotations

from evkg.loaders.extract import Extractor
from evkg.loaders.facts import parse_number
from evkg.loaders.types import Article


def _facts(ex: Extractor, text: str, date: str | None = None):
    x = ex.extract(Article(source="t.txt", text=text, date=date))
    for f in x.facts:
        assert x.article.text[f.start:f.end] == f.evidence
    return {(f.subject, f.measure, f.value, f.unit, f.period) for f in x.facts}


def test_parse_number():
    assert parse_number("80,000") == 80000
    assert parse_number("1.2", "trillion") == 1.2e12
    assert parse_number("one", "million") == 1e6
    assert parse_number("3", "万") == 30000
    assert parse_number("12", "亿") == 1.2e9


def test_units_and_bounds(ex):
    f = _facts(ex, "XPeng delivered over 30,000 vehicles in October 2025.")
    assert ("company:xpeng", "deliveries", 30000.0, "units", "2025-10") in f
    f = _facts(ex, "BYD sold nearly 400,000 cars in 2024 and reported revenue of 180 billion yuan.")
    assert ("company:byd", "sales", 400000.0, "units", "2024") in f
    assert ("company:byd", "revenue", 1.8e11, "yuan", "2024") in f


def test_battery_specs(ex):
    f = _facts(ex, "On May 2, 2025, Gotion High-Tech unveiled a cell with an energy density of 300 wh/kg, a capacity "
                   "of 100Ah and a cycle life of 4,000 times.")
    subj = {s for s, *_ in f}
    assert len(subj) == 1 and next(iter(subj)).startswith("company:gotion")
    got = {(m, v, u, p) for _, m, v, u, p in f}
    assert {("energy_density", 300.0, "Wh/kg", "2025-05-02"), ("capacity", 100.0, "Ah", "2025-05-02"),
            ("cycle_life", 4000.0, "cycles", "2025-05-02")} <= got


def test_share_price_moves_with_sign_and_coordination(ex):
    f = _facts(ex, "Li Auto fell more than 5% while NIO and XPeng each climbed about 3%. Leapmotor hit a 20CM limit-up.")
    assert ("company:li-auto", "share_price_change", -5.0, "%", None) in f
    assert ("company:nio", "share_price_change", 3.0, "%", None) in f
    assert ("company:xpeng", "share_price_change", 3.0, "%", None) in f
    assert ("company:leapmotor", "share_price_change", 20.0, "%", None) in f


def test_money_and_share_price(ex):
    f = _facts(ex, "CATL opened at HK$ 300 per share and its market value exceeded HKD 1.5 trillion.")
    assert ("company:catl", "share_price", 300.0, "HKD", None) in f
    assert ("company:catl", "market_cap", 1.5e12, "HKD", None) in f


def test_stations_orders_and_national_totals(ex):
    f = _facts(ex, "NIO now runs 3,000 battery swap stations. Xiaomi received 200,000 orders for the YU7. "
                   "China's NEV sales reached 12.9 million units in 2024.")
    assert ("company:nio", "stations", 3000.0, "stations", None) in f
    assert any(s == "company:xiaomi" and m == "orders" and v == 200000 for s, m, v, *_ in f)
    assert ("country:china", "sales", 1.29e7, "units", "2024") in f


def test_exclusions(ex):
    f = _facts(ex, "BYD's sales rose 35% year-on-year. The index P/E is 20.5 and CATL's weight is 10.2%. "
                   "Analysts expect BYD to sell 5 million units in 2030. BYD may invest 10 billion yuan.")
    assert not any(m in ("share_price_change", "sales", "investment") for _, m, *_ in f)


def test_period_from_article_date(ex):
    f = _facts(ex, "On March 3rd, NIO delivered 15,000 vehicles.", date="2025-03-10")
    assert ("company:nio", "deliveries", 15000.0, "units", "2025-03-03") in f


def test_period_year_from_a_wire_dateline(ex):
    """Without metadata, the dateline "SHANGHAI, Nov. 5, 2025 /PRNewswire/ --" dates the article."""
    text = "NIO Inc. published its monthly update. Last month, NIO delivered 40,397 vehicles. In 2024 it delivered " \
           "221,970 vehicles."
    assert ("company:nio", "deliveries", 40397.0, "units", None) in _facts(ex, text)
    f = _facts(ex, "SHANGHAI, Nov. 5 /PRNewswire/ -- " + text)
    assert ("company:nio", "deliveries", 40397.0, "units", "2024-10") in f  # the year from the text
    f = _facts(ex, "BEIJING, Dec 2, 2025 (Reuters) - " + text)
    assert ("company:nio", "deliveries", 40397.0, "units", "2025-11") in f
