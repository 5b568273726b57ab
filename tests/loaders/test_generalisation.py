"""Generalisation of extraction: varied phrasings the rules were not tuned on.

Each case is one short text in the style of a real source (wire copy, EV news sites, broker notes,
machine-translated portals) with the exact relations or facts expected from it. Relations are
compared as sets of (subject name, predicate, object name); symmetric predicates in either order.
Hedged, negated and speculative statements must give nothing.
"""

from __future__ import annotations

import pytest

from evkg.loaders.extract import default_extractor
from evkg.loaders.types import Article
from evkg.ontology.vocab import SYMMETRIC

DATE = "2025-11-03"  # a Monday


def _extract(text: str, date: str | None = DATE, publisher: str | None = None):
    x = default_extractor().extract(Article(source="t.txt", text=text, date=date, publisher=publisher))
    names = {e.id: e.name for e in x.entities}
    return x, names


def relations(text: str, predicate: str | None = None) -> set[tuple[str, str, str]]:
    x, names = _extract(text)
    out = set()
    for r in x.relations:
        if predicate and r.predicate != predicate:
            continue
        s, o = names[r.subject], names[r.object]
        if r.predicate in SYMMETRIC and o < s:
            s, o = o, s
        out.add((s, r.predicate, o))
    return out


def facts(text: str, date: str | None = DATE) -> set[tuple]:
    x, names = _extract(text, date)
    return {(names[f.subject], f.measure, f.value, f.unit) for f in x.facts}


def facts_with_period(text: str, date: str | None = DATE) -> set[tuple]:
    x, names = _extract(text, date)
    return {(names[f.subject], f.measure, f.value, f.unit, f.period) for f in x.facts}


def _sym(s: str, p: str, o: str) -> tuple[str, str, str]:
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)


REL_CASES = [
    # SUPPLIES
    ("CATL, a key supplier to Tesla, reported higher quarterly profits.", "SUPPLIES", {("CATL", "SUPPLIES", "Tesla")}),
    ("Tesla's battery supplier CATL reported higher quarterly profits.", "SUPPLIES", {("CATL", "SUPPLIES", "Tesla")}),
    ("EVE Energy won a contract to supply BMW with cylindrical cells.", "SUPPLIES", {("EVE Energy", "SUPPLIES", "BMW")}),
    ("Li Auto will source cells from CATL starting 2026.", "SUPPLIES", {("CATL", "SUPPLIES", "Li Auto")}),
    ("Sunwoda began shipping packs to Xpeng in March.", "SUPPLIES", {("Sunwoda", "SUPPLIES", "Xpeng")}),
    ("Tesla is a major customer of CATL.", "SUPPLIES", {("CATL", "SUPPLIES", "Tesla")}),
    ("For Xiaomi's SU7 sedan, cells are supplied by CATL and by FinDreams Battery, BYD's battery unit.", "SUPPLIES",
     {("CATL", "SUPPLIES", "Xiaomi"), ("FinDreams Battery", "SUPPLIES", "Xiaomi")}),
    ("Gotion High-Tech and EVE Energy supply battery cells to Volkswagen and BMW.", "SUPPLIES",
     {("Gotion High-Tech", "SUPPLIES", "Volkswagen"), ("Gotion High-Tech", "SUPPLIES", "BMW"),
      ("EVE Energy", "SUPPLIES", "Volkswagen"), ("EVE Energy", "SUPPLIES", "BMW")}),
    ("Huawei does not make cars, but it supplies software to Seres, Chery and BAIC.", "SUPPLIES",
     {("Huawei", "SUPPLIES", "Seres Group"), ("Huawei", "SUPPLIES", "Chery"), ("Huawei", "SUPPLIES", "BAIC Group")}),
    ("CATL is set to supply Ford with LFP cells from its Michigan plant.", "SUPPLIES", {("CATL", "SUPPLIES", "Ford")}),
    ("Xiaomi taps CATL for YU7 batteries", "SUPPLIES", {("CATL", "SUPPLIES", "Xiaomi")}),
    ("Ford picked CATL as its battery supplier.", "SUPPLIES", {("CATL", "SUPPLIES", "Ford")}),
    ("BYD to supply batteries to Toyota", "SUPPLIES", {("BYD", "SUPPLIES", "Toyota")}),
    ("Besides Tesla, CATL also supplies Ford and Toyota.", "SUPPLIES",
     {("CATL", "SUPPLIES", "Ford"), ("CATL", "SUPPLIES", "Toyota")}),
    ("CATL supplies BMW and Mercedes-Benz, while Gotion supplies Volkswagen.", "SUPPLIES",
     {("CATL", "SUPPLIES", "BMW"), ("CATL", "SUPPLIES", "Mercedes-Benz"), ("Gotion High-Tech", "SUPPLIES", "Volkswagen")}),
    ("CATL said on Monday it would supply batteries to Ford.", "SUPPLIES", {("CATL", "SUPPLIES", "Ford")}),
    ("The packs in Toyota's latest models are supplied by Northvolt AB.", "SUPPLIES", {("Northvolt", "SUPPLIES", "Toyota")}),
    ("Horizon Robotics' Journey 6 chips are used by Li Auto and BYD.", "SUPPLIES",
     {("Horizon Robotics", "SUPPLIES", "Li Auto"), ("Horizon Robotics", "SUPPLIES", "BYD")}),
    ("Hesai Group, the lidar maker listed on Nasdaq, supplies Li Auto and Xiaomi.", "SUPPLIES",
     {("Hesai", "SUPPLIES", "Li Auto"), ("Hesai", "SUPPLIES", "Xiaomi")}),
    # PARTNERS_WITH
    ("Xpeng and Volkswagen inked a strategic pact on Tuesday.", "PARTNERS_WITH", {_sym("Xpeng", "PARTNERS_WITH", "Volkswagen")}),
    ("Huawei and Chery signed a cooperation agreement in Wuhu.", "PARTNERS_WITH", {_sym("Huawei", "PARTNERS_WITH", "Chery")}),
    ("NIO, CATL team up on battery swapping", "PARTNERS_WITH", {_sym("NIO", "PARTNERS_WITH", "CATL")}),
    ("CATL inks deal with Ford for Michigan plant", "PARTNERS_WITH", {_sym("CATL", "PARTNERS_WITH", "Ford")}),
    ("NIO has partnered with Changan Automobile on battery swapping.", "PARTNERS_WITH",
     {_sym("NIO", "PARTNERS_WITH", "Changan Automobile")}),
    ("The deal builds on NIO's swapping agreements with Changan and Geely, signed in November 2023.", "PARTNERS_WITH",
     {_sym("NIO", "PARTNERS_WITH", "Changan Automobile"), _sym("NIO", "PARTNERS_WITH", "Geely")}),
    ("Zeekr unveiled a sodium-ion pack developed with CATL.", "PARTNERS_WITH", {_sym("Zeekr", "PARTNERS_WITH", "CATL")}),
    ("CATL (SHE: 300750) and NIO (HKG: 9866) signed a strategic partnership on March 17.", "PARTNERS_WITH",
     {_sym("CATL", "PARTNERS_WITH", "NIO")}),
    # JOINT_VENTURE_WITH
    ("SAIC Motor set up a joint venture with Audi to build electric cars in China.", "JOINT_VENTURE_WITH",
     {_sym("SAIC Motor", "JOINT_VENTURE_WITH", "Audi")}),
    ("Xiaopeng Motors and Volkswagen Group jointly developed the CEA electronic architecture.", "PARTNERS_WITH",
     {_sym("Xpeng", "PARTNERS_WITH", "Volkswagen")}),
    ("Stellantis and Leapmotor formed a joint venture to sell Leapmotor cars abroad.", "JOINT_VENTURE_WITH",
     {_sym("Stellantis", "JOINT_VENTURE_WITH", "Leapmotor")}),
    ("In December CATL agreed with Stellantis to build an LFP plant in Spain through a 50:50 joint venture.",
     "JOINT_VENTURE_WITH", {_sym("CATL", "JOINT_VENTURE_WITH", "Stellantis")}),
    # INVESTS_IN
    ("Volkswagen bought a 5% stake in Xpeng for $700 million.", "INVESTS_IN", {("Volkswagen", "INVESTS_IN", "Xpeng")}),
    ("Stellantis acquired about 21% of Leapmotor last year.", "INVESTS_IN", {("Stellantis", "INVESTS_IN", "Leapmotor")}),
    ("Tencent is an investor in NIO.", "INVESTS_IN", {("Tencent", "INVESTS_IN", "NIO")}),
    ("Volkswagen is the largest shareholder of Gotion High-Tech, with a stake of about a quarter.", "INVESTS_IN",
     {("Volkswagen", "INVESTS_IN", "Gotion High-Tech")}),
    ("Stellantis holds a stake of about a fifth in Leapmotor.", "INVESTS_IN", {("Stellantis", "INVESTS_IN", "Leapmotor")}),
    ("Avatr, the electric brand backed by Changan Automobile, agreed to buy another 10% of Yinwang.", "INVESTS_IN",
     {("Changan Automobile", "INVESTS_IN", "Avatr"), ("Avatr", "INVESTS_IN", "Yinwang")}),
    ("BYD, which is backed by Warren Buffett's Berkshire Hathaway, sells cars in Europe.", "INVESTS_IN",
     {("Berkshire Hathaway", "INVESTS_IN", "BYD")}),
    # SUBSIDIARY_OF / BRAND_OF / MEMBER_OF
    ("Zeekr is Geely's premium electric unit.", "SUBSIDIARY_OF", {("Zeekr", "SUBSIDIARY_OF", "Geely")}),
    ("CATL will invest in NIO Power, NIO's charging and swapping subsidiary.", "SUBSIDIARY_OF",
     {("NIO Power", "SUBSIDIARY_OF", "NIO")}),
    ("Geely-owned Zeekr delivered 50,000 cars.", "SUBSIDIARY_OF", {("Zeekr", "SUBSIDIARY_OF", "Geely")}),
    ("Voyah, a unit of Dongfeng Motor, launched a new SUV.", "SUBSIDIARY_OF", {("Voyah", "SUBSIDIARY_OF", "Dongfeng Motor")}),
    ("Zeekr is a subsidiary of Geely Automobile.", "SUBSIDIARY_OF", {("Zeekr", "SUBSIDIARY_OF", "Geely Auto")}),
    ("Denza, BYD's premium brand, launched a new MPV.", "BRAND_OF", {("Denza", "BRAND_OF", "BYD")}),
    ("Yangwang is a luxury brand of BYD.", "BRAND_OF", {("Yangwang", "BRAND_OF", "BYD")}),
    ("AITO is the Seres Group brand.", "BRAND_OF", {("AITO", "BRAND_OF", "Seres Group")}),
    ("HIMA's five brands are AITO, Luxeed, Stelato, Maextro and SHANGJIE.", "BRAND_OF",
     {(b, "BRAND_OF", "HIMA") for b in ("AITO", "Luxeed", "Stelato", "Maextro", "Shangjie")}),
    ("Luxeed, one of the HIMA brands, handed over more than 10,000 cars.", "BRAND_OF", {("Luxeed", "BRAND_OF", "HIMA")}),
    ("Fang Cheng Bao, BYD's off-road brand, sold 10,000 units.", "BRAND_OF", {("Fangchengbao", "BRAND_OF", "BYD")}),
    ("Changan launched its Deepal brand in 2022.", "BRAND_OF", {("Deepal", "BRAND_OF", "Changan Automobile")}),
    ("Seres, Chery and BAIC are all members of HIMA.", "MEMBER_OF",
     {("Seres Group", "MEMBER_OF", "HIMA"), ("Chery", "MEMBER_OF", "HIMA"), ("BAIC Group", "MEMBER_OF", "HIMA")}),
    # DEVELOPS / MANUFACTURES / USES_TECHNOLOGY
    ("BYD launched the Blade Battery, an LFP design, in March 2020.", None,
     {("BYD", "DEVELOPS", "Blade Battery"), ("Blade Battery", "USES_TECHNOLOGY", "LFP battery")}),
    ("In May 2024 Gotion unveiled its Jadestone all-solid-state battery.", None,
     {("Gotion High-Tech", "DEVELOPS", "Jadestone"), ("Jadestone", "USES_TECHNOLOGY", "all-solid-state battery")}),
    ("Qiankun ADS, the intelligent driving system developed by Huawei, is standard on every model.", "DEVELOPS",
     {("Huawei", "DEVELOPS", "Huawei Qiankun ADS")}),
    ("XPeng is developing solid-state batteries.", "DEVELOPS", {("Xpeng", "DEVELOPS", "solid-state battery")}),
    ("DeepSeek released its DeepSeek-R1 model, which commentators compared with OpenAI's forthcoming GPT-5.", "DEVELOPS",
     {("DeepSeek", "DEVELOPS", "DeepSeek-R1"), ("OpenAI", "DEVELOPS", "GPT-5")}),
    ("CATL supplies LFP cells for the Model 3 and Model Y that Tesla builds in Shanghai.", None,
     {("CATL", "SUPPLIES", "Tesla"), ("Tesla", "MANUFACTURES", "Tesla Model 3"), ("Tesla", "MANUFACTURES", "Tesla Model Y")}),
    ("CATL answered with Shenxing, a fast-charging LFP battery launched in August 2023.", None,
     {("CATL", "DEVELOPS", "Shenxing"), ("Shenxing", "USES_TECHNOLOGY", "LFP battery")}),
    ("EVE Energy will supply cells to BMW for its Neue Klasse electric cars.", "MANUFACTURES",
     {("BMW", "MANUFACTURES", "Neue Klasse")}),
    ("Demand for the company's two new SUVs, the i6 and the i8, looks healthy, Li Auto said.", "MANUFACTURES",
     {("Li Auto", "MANUFACTURES", "Li Auto i6"), ("Li Auto", "MANUFACTURES", "Li Auto i8")}),
    ("NIO operates more than 3,000 battery swap stations across China.", "USES_TECHNOLOGY",
     {("NIO", "USES_TECHNOLOGY", "battery swapping")}),
    ("In April it unveiled Naxtra, a sodium-ion battery, CATL said.", "USES_TECHNOLOGY",
     {("Naxtra", "USES_TECHNOLOGY", "sodium-ion battery")}),
    # LISTED_ON
    ("Xpeng's HKEX-listed shares rose 5%.", "LISTED_ON", {("Xpeng", "LISTED_ON", "Hong Kong Stock Exchange")}),
    ("NYSE-listed NIO said deliveries rose.", "LISTED_ON", {("NIO", "LISTED_ON", "New York Stock Exchange")}),
    ("NIO, which trades on the New York Stock Exchange, fell 3%.", "LISTED_ON",
     {("NIO", "LISTED_ON", "New York Stock Exchange")}),
    ("Seres made its debut on the Hong Kong Stock Exchange on Wednesday.", "LISTED_ON",
     {("Seres Group", "LISTED_ON", "Hong Kong Stock Exchange")}),
    ("Seres Group (赛力斯) began trading on the Hong Kong Stock Exchange's main board on November 5.", "LISTED_ON",
     {("Seres Group", "LISTED_ON", "Hong Kong Stock Exchange")}),
    ("QingCloud and UCloud, both traded on the Shanghai Stock Exchange's STAR Market, doubled in price.", "LISTED_ON",
     {("QingCloud", "LISTED_ON", "Shanghai Stock Exchange"), ("UCloud", "LISTED_ON", "Shanghai Stock Exchange")}),
    ("Zeekr went public on the New York Stock Exchange in May.", "LISTED_ON",
     {("Zeekr", "LISTED_ON", "New York Stock Exchange")}),
    # MET_WITH / ISSUED / SUPPORTS
    ("The MIIT held a meeting with representatives of BYD, Geely and Chery on price wars.", "MET_WITH",
     {("MIIT", "MET_WITH", "BYD"), ("MIIT", "MET_WITH", "Geely"), ("MIIT", "MET_WITH", "Chery")}),
    ("The State Administration for Market Regulation summoned executives of Tesla.", "MET_WITH",
     {("SAMR", "MET_WITH", "Tesla")}),
    ("The NEV purchase tax exemption, jointly issued by the MIIT and the Ministry of Finance, runs to 2027.", "ISSUED",
     {("MIIT", "ISSUED", "NEV purchase tax exemption"), ("Ministry of Finance", "ISSUED", "NEV purchase tax exemption")}),
    ('The "Notice on Further Promoting Automobile Consumption" came out on Friday. The policy, jointly issued by the '
     "MIIT and the Ministry of Finance, takes effect next month.", "ISSUED",
     {("MIIT", "ISSUED", "Notice on Further Promoting Automobile Consumption"),
      ("Ministry of Finance", "ISSUED", "Notice on Further Promoting Automobile Consumption")}),
    ("The MIIT and the Ministry of Finance have extended purchase tax relief for new energy vehicles through 2027.",
     "ISSUED", {("MIIT", "ISSUED", "NEV purchase tax exemption"),
                ("Ministry of Finance", "ISSUED", "NEV purchase tax exemption")}),
    ('In February MIIT released its "Lithium Battery Industry Standard Conditions (2024 Edition)". Each document '
     "reaffirmed support for solid-state batteries.", "SUPPORTS",
     {("Lithium Battery Industry Standard Conditions (2024 Edition)", "SUPPORTS", "solid-state battery")}),
    ('The Ministry of Industry and Information Technology recently issued the "Guidelines for the Construction of the '
     'Standard System for Solid-State Batteries", which proposes to accelerate the research and development of '
     "all-solid-state batteries.", None,
     {("MIIT", "ISSUED", "Guidelines for the Construction of the Standard System for Solid-State Batteries"),
      ("Guidelines for the Construction of the Standard System for Solid-State Batteries", "SUPPORTS",
       "all-solid-state battery")}),
    # REGULATES / CONSTITUENT_OF
    ("The SAMR fined Tesla 1 million yuan for false advertising.", "REGULATES", {("SAMR", "REGULATES", "Tesla")}),
    ("The MIIT ordered Xiaomi to recall 110,000 SU7 sedans.", "REGULATES", {("MIIT", "REGULATES", "Xiaomi")}),
    ("BYD was added to the Hang Seng Index in 2024.", "CONSTITUENT_OF", {("BYD", "CONSTITUENT_OF", "Hang Seng Index")}),
    ("CATL is a constituent of the CSI 300 Index.", "CONSTITUENT_OF", {("CATL", "CONSTITUENT_OF", "CSI 300")}),
    # EXECUTIVE_OF
    ("He Xiaopeng was appointed CEO of Xpeng in 2014.", "EXECUTIVE_OF", {("He Xiaopeng", "EXECUTIVE_OF", "Xpeng")}),
    ("Xiaomi named Lu Weibing as president.", "EXECUTIVE_OF", {("Lu Weibing", "EXECUTIVE_OF", "Xiaomi")}),
    ("Huawei unveiled a new phone. Yu Chengdong, the company's chairman, said Huawei would not build cars.",
     "EXECUTIVE_OF", {("Richard Yu", "EXECUTIVE_OF", "Huawei")}),
    ("Xpeng said sales rose. He Xiaopeng, its founder and CEO, said demand was strong.", "EXECUTIVE_OF",
     {("He Xiaopeng", "EXECUTIVE_OF", "Xpeng")}),
    ("Tesla Chief Executive Elon Musk praised BYD.", "EXECUTIVE_OF", {("Elon Musk", "EXECUTIVE_OF", "Tesla")}),
    ("Wang Chuanfu, BYD's founder and chairman, spoke at the event.", "EXECUTIVE_OF",
     {("Wang Chuanfu", "EXECUTIVE_OF", "BYD")}),
    ("NIO's CEO William Li said demand was strong.", "EXECUTIVE_OF", {("William Li", "EXECUTIVE_OF", "NIO")}),
    ("He Xiaopeng, who heads Xpeng, said the firm would break even.", "EXECUTIVE_OF",
     {("He Xiaopeng", "EXECUTIVE_OF", "Xpeng")}),
    ('"We are confident," said Zeng Yuqun, CATL\'s chairman.', "EXECUTIVE_OF", {("Robin Zeng", "EXECUTIVE_OF", "CATL")}),
    ("CATL was founded and is chaired by Robin Zeng.", "EXECUTIVE_OF", {("Robin Zeng", "EXECUTIVE_OF", "CATL")}),
    ("Ideal Auto's founder, chairman and CEO Li Xiang said at the press conference that sales would rise.",
     "EXECUTIVE_OF", {("Li Xiang", "EXECUTIVE_OF", "Li Auto")}),
    ('"We will keep investing in solid-state batteries," said Wu Kai, chief scientist at CATL.', "EXECUTIVE_OF",
     {("Wu Kai", "EXECUTIVE_OF", "CATL")}),
    ("Deutsche Bank's head of Asia-Pacific equity research, Peter Milliken, says valuations will rise.", "EXECUTIVE_OF",
     {("Peter Milliken", "EXECUTIVE_OF", "Deutsche Bank")}),
    ("Richard Yu (余承东), chairman of Huawei's car unit, presented the launch.", "EXECUTIVE_OF",
     {("Richard Yu", "EXECUTIVE_OF", "Huawei")}),
    # COMPETES_WITH
    ("BYD competes with Tesla in Europe.", "COMPETES_WITH", {_sym("BYD", "COMPETES_WITH", "Tesla")}),
    ("HIMA's rise puts pressure on established players such as Li Auto and Zeekr.", "COMPETES_WITH",
     {_sym("HIMA", "COMPETES_WITH", "Li Auto"), _sym("HIMA", "COMPETES_WITH", "Zeekr")}),
]


@pytest.mark.parametrize("text,predicate,expected", REL_CASES, ids=[c[0][:50] for c in REL_CASES])
def test_relation_phrasings(text, predicate, expected):
    got = relations(text, predicate)
    assert expected <= got, f"missing {expected - got}; got {got}"
    if predicate:
        assert got == expected, f"extra {got - expected}"


NOTHING = [
    ("Gotion High-Tech is in talks to supply Volkswagen.", "SUPPLIES"),
    ("CATL could supply Ford with LFP cells.", "SUPPLIES"),
    ("Panasonic denied it supplies Tesla with new cells.", "SUPPLIES"),
    ("CALB is not a supplier to NIO.", "SUPPLIES"),
    ("CATL is reportedly a supplier to Xiaomi.", "SUPPLIES"),
    ("SVOLT is rumoured to supply Great Wall Motor.", "SUPPLIES"),
    ("Geely plans to consider sourcing cells from Farasis.", "SUPPLIES"),
    ("Tesla may also be using Blade cells in some Model Y cars, according to media reports.", "USES_TECHNOLOGY"),
    ("The stock may be added to the Hang Seng Index within weeks.", "CONSTITUENT_OF"),
    ("Xiaomi is said to be considering a stake in Zeekr.", "INVESTS_IN"),
    ("Sources said CATL will supply batteries to Xiaomi.", "SUPPLIES"),
    ("Apple had once explored a partnership with BYD, according to reports.", "PARTNERS_WITH"),
    ("BYD is in discussions with Ford, people familiar with the matter said.", "PARTNERS_WITH"),
    ("Volkswagen sold its 5% stake in Xpeng.", "INVESTS_IN"),
    ("Geely no longer supplies engines to Renault.", "SUPPLIES"),
    ("CATL would supply Ford if the deal closes.", "SUPPLIES"),
    ("BYD said it would build a plant in Hungary and would consider supplying Stellantis.", "SUPPLIES"),
    ("BYD entered the European market in 2021.", None),
    ("Xiaomi compared its car with the Porsche Taycan, a sports car launched in 2019.", "MANUFACTURES"),
    ("Tesla ordered more cells from Panasonic.", "REGULATES"),
    ("NIO's partner in Europe is still unknown.", None),
    ("The unit price of CATL cells fell to 0.4 yuan per Wh.", None),
    ("BYD runs a factory in Hungary.", None),
    ("He said NIO will work with partners across the industry.", None),
    ("Xiaomi's SU7 and Tesla's Model 3 are both sedans.", "DEVELOPS"),
]


@pytest.mark.parametrize("text,predicate", NOTHING, ids=[c[0][:50] for c in NOTHING])
def test_hedges_and_negations_give_nothing(text, predicate):
    assert relations(text, predicate) == set()


FACT_CASES = [
    ("NIO delivered 30,012 vehicles in October, up 14% year-on-year.", {("NIO", "deliveries", 30012, "units")}),
    ("Xpeng's October deliveries reached 30,012 units.", {("Xpeng", "deliveries", 30012, "units")}),
    ("BYD sold 1.2 million NEVs in H1 2025.", {("BYD", "sales", 1_200_000, "units")}),
    ("Luxeed, one of the HIMA brands, handed over more than 10,000 cars in November.",
     {("Luxeed", "deliveries", 10000, "units")}),
    ("Xiaomi has a market value of HK$1.5 trillion.", {("Xiaomi", "market_cap", 1.5e12, "HKD")}),
    ("BYD reported revenue of 362 billion yuan ($50 billion) for 2024.", {("BYD", "revenue", 362e9, "yuan")}),
    ("Great Wall Motor posted a net loss of 1.2 billion yuan in the first quarter.",
     {("Great Wall Motor", "profit", -1.2e9, "yuan")}),
    ("In 2024, CATL earned a net profit of 50.7 billion yuan. In the first quarter of 2025, net profit rose 32.85% to "
     "13.96 billion yuan.", {("CATL", "profit", 50.7e9, "yuan"), ("CATL", "profit", 13.96e9, "yuan")}),
    ("CATL's new cell reaches 400 Wh/kg.", {("CATL", "energy_density", 400, "Wh/kg")}),
    ('CATL unveiled an all-solid-state battery called "Boundless". It is rated at up to 430 Wh/kg with a capacity '
     "above 50 Ah.", {("Boundless", "energy_density", 430, "Wh/kg"), ("Boundless", "capacity", 50, "Ah")}),
    ("CATL has 100 GWh of annual capacity at its Debrecen plant.", {("CATL", "capacity", 100, "GWh")}),
    ("NIO operates 3,000 battery swap stations across China.", {("NIO", "stations", 3000, "stations")}),
    ("Shares of NIO rose 16% on Monday.", {("NIO", "share_price_change", 16, "%")}),
    ("Li Auto shares fell 5.3% in Hong Kong.", {("Li Auto", "share_price_change", -5.3, "%")}),
    ("In Hong Kong, Alibaba has gained more than 50% this year, while Xiaomi and Kuaishou are each up by over 20%.",
     {("Alibaba", "share_price_change", 50, "%"), ("Xiaomi", "share_price_change", 20, "%"),
      ("Kuaishou", "share_price_change", 20, "%")}),
    ("Contemporary Amperex Technology Co. Limited (CATL; SHE: 300750) rose about 7%.",
     {("CATL", "share_price_change", 7, "%")}),
    ("SERES finished the day 2.97% lower.", {("Seres Group", "share_price_change", -2.97, "%")}),
    ("QingCloud and UCloud have doubled in price.",
     {("QingCloud", "share_price_change", 100, "%"), ("UCloud", "share_price_change", 100, "%")}),
    ("Seres shares opened at HK$128.9, down 1.98%.",
     {("Seres Group", "share_price", 128.9, "HKD"), ("Seres Group", "share_price_change", -1.98, "%")}),
    ("Seres priced its H shares at HK$131.5 each and the stock slid as low as HK$118.",
     {("Seres Group", "share_price", 131.5, "HKD"), ("Seres Group", "share_price", 118, "HKD")}),
    ("Ningde era (300750) closed up 3.2% at 265 yuan, with a turnover of 6.5 billion yuan.",
     {("CATL", "share_price_change", 3.2, "%"), ("CATL", "share_price", 265, "yuan")}),
    ("BYD shares (1211.HK) fell 2.4% to HK$98.30 in Hong Kong trading.",
     {("BYD", "share_price_change", -2.4, "%"), ("BYD", "share_price", 98.3, "HKD")}),
    ("BEIJING, Nov 3 (Reuters) - China's BYD said on Monday it sold 441,706 new energy vehicles in October, down 12% "
     "from a year earlier.", {("BYD", "sales", 441706, "units")}),
    ("NIO Inc (NYSE: NIO; HKEX: 9866) today announced that it delivered 40,397 vehicles in October 2025, "
     "representing an increase of 92.6% year-over-year.", {("NIO", "deliveries", 40397, "units")}),
    ("Leapmotor's market cap rose by HK$20 billion on Friday.", {("Leapmotor", "market_cap_change", 20e9, "HKD")}),
    ("According to SNE Research, CATL held 37.9% of global EV battery installations in 2024 and BYD held 17.2%.",
     {("CATL", "market_share", 37.9, "%"), ("BYD", "market_share", 17.2, "%")}),
    ("Seres agreed to pay 11.5 billion yuan for a 10% stake in Yinwang.", {("Seres Group", "investment", 11.5e9, "yuan")}),
    ("CATL will invest 7.3 billion euros in a Hungarian plant.", set()),  # (euros are no recorded unit)
    ("Xiaomi received 240,000 orders for the YU7 within 18 hours.", {("Xiaomi", "orders", 240000, "units")}),
    ("Figures compiled by the China Association of Automobile Manufacturers show that China sold 9.495 million new "
     "energy vehicles in 2023.", {("China", "sales", 9.495e6, "units")}),
    ("CATL, which supplies Tesla, BMW and Mercedes-Benz, said net profit rose 41% to 18.5 billion yuan.",
     {("CATL", "profit", 18.5e9, "yuan")}),
    ("Among the Battery ETF's holdings, which make up 36% of its weight, are Narada Power, up more than 80% in five "
     "days, and Penghui Energy, up more than 22%.",
     {("Narada Power", "share_price_change", 80, "%"), ("Penghui Energy", "share_price_change", 22, "%")}),
    ("Biyadi's sales volume in October was 441,700 vehicles.", {("BYD", "sales", 441700, "units")}),
    ("NIO Inc (NYSE: NIO, HKEX: 9866, SGX: NIO) delivered 40,397 vehicles in October, up 92.6 percent year-on-year. "
     "The NIO brand delivered 17,143 vehicles, while Onvo delivered 17,342 and Firefly delivered 5,912.",
     {("NIO", "deliveries", 40397, "units"), ("NIO", "deliveries", 17143, "units"), ("Onvo", "deliveries", 17342, "units"),
      ("Firefly", "deliveries", 5912, "units")}),
    ("Onvo delivered 17,342 vehicles in October. The brand's cumulative deliveries reached 150,000 units.",
     {("Onvo", "deliveries", 17342, "units"), ("Onvo", "deliveries", 150000, "units")}),
    ("Shares of Xpeng closed up 4.21 percent at $23.5 in US trading on Friday.",
     {("Xpeng", "share_price_change", 4.21, "%")}),  # (US dollars are no recorded unit)
    ("As of press time, Xiangtan Electrochemical rose by 20%, Ganfeng Lithium rose by more than 8%.",
     {("Xiangtan Electrochemical", "share_price_change", 20, "%"), ("Ganfeng Lithium", "share_price_change", 8, "%")}),
    ("Fang Cheng Bao, BYD's off-road brand, sold 10,000 units in October.", {("Fangchengbao", "sales", 10000, "units")}),
    ("The Battery ETF (561910) has 938 million units outstanding.", {("Battery ETF 561910", "fund_size", 938e6, "shares")}),
    ("Shares of Ningbo Honghua Semiconductor Technology Co., Ltd. fell 16.9% in Hong Kong trading.",
     {("Ningbo Honghua Semiconductor Technology", "share_price_change", -16.9, "%")}),
    ("BYD accounted for 32% of China's NEV retail sales in September.", {("BYD", "market_share", 32, "%")}),
    ("CATL commands 38% of the global EV battery market.", {("CATL", "market_share", 38, "%")}),
    ("Tesla had a 7% market share in China.", {("Tesla", "market_share", 7, "%")}),
    ("BYD's overseas sales were 83,524 units in October, accounting for 18.9 percent of its total.",
     {("BYD", "sales", 83524, "units")}),
    ("BYD's NEV sales hit 4.27 million in 2024.", {("BYD", "sales", 4.27e6, "units")}),
    ("Tesla's deliveries totalled 1.79 million last year.", {("Tesla", "deliveries", 1.79e6, "units")}),
    ("Li Auto delivered 500,508 in 2024.", {("Li Auto", "deliveries", 500508, "units")}),
    ("Xpeng's orders exceeded 30,000 within an hour.", {("Xpeng", "orders", 30000, "units")}),
    ("CATL employs 130,000 people and BYD hired 10,000 engineers.", set()),
    # Growth rates, forecasts and hedges are not facts.
    ("BYD's sales rose 20% in October.", set()),
    ("NIO plans to sell 440,000 cars in 2025.", set()),
    ("Analysts expect BYD to deliver 5 million vehicles in 2026.", set()),
    ("BYD's 3Q25 net profit fell 33% YoY to RMB7.8bn, below our forecast of RMB9bn.", {("BYD", "profit", 7.8e9, "yuan")}),
    ("We estimate CATL's 2025 net profit at 65 billion yuan.", set()),
    ("Our target price of HK$520 implies 20% upside for CATL.", set()),
    ("CATL could reach 500 Wh/kg with its next cell.", set()),
    ("Xiaomi has received 200,000 orders for the YU7, according to media reports.", set()),
    ("BYD sold 400,000 cars in Brazil, people familiar with the matter said.", set()),
    ("Brokerages forecast that demand for solid-state batteries will climb to 220 GWh by 2030.", set()),
]


@pytest.mark.parametrize("text,expected", FACT_CASES, ids=[c[0][:50] for c in FACT_CASES])
def test_fact_phrasings(text, expected):
    got = {(s, m, round(v, 4), u) for s, m, v, u in facts(text)}
    want = {(s, m, round(float(v), 4), u) for s, m, v, u in expected}
    assert got == want


def test_periods_of_quarters_ranges_and_market_moves():
    got = facts_with_period("Li Auto reported a net loss of RMB 624.4 million in the third quarter. Net profit for "
                            "January to September reached 5.3 billion yuan, Seres said. Xiaomi shares closed 3.5% lower "
                            "at HK$42.1. Alibaba has gained more than 50% this year.")
    assert ("Li Auto", "profit", -624.4e6, "yuan", "2025") in got
    assert ("Seres Group", "profit", 5.3e9, "yuan", "2025") in got
    assert ("Xiaomi", "share_price", 42.1, "HKD", DATE) in got
    assert ("Alibaba", "share_price_change", 50.0, "%", "2025") in got
    # A fourth-quarter figure in a February article is last year's.
    got = facts_with_period("BYD's revenue was 274 billion yuan in the fourth quarter.", date="2025-02-10")
    assert ("BYD", "revenue", 274e9, "yuan", "2024") in got


def test_periods_from_month_modifiers_and_weekdays():
    got = facts_with_period("Xpeng's October deliveries reached 30,012 units. Shares of NIO rose 16% on Friday.")
    assert ("Xpeng", "deliveries", 30012.0, "units", "2025-10") in got
    assert ("NIO", "share_price_change", 16.0, "%", "2025-10-31") in got


def _entities(text: str, publisher: str | None = None) -> dict[str, tuple[str, tuple[str, ...], bool]]:
    x, _ = _extract(text, publisher=publisher)
    return {e.name: (e.kind, e.tickers, e.known) for e in x.entities}


def test_unknown_companies_are_typed_from_their_names():
    got = _entities("Shenzhen Hairun Battery Technology Co., Ltd. and Jiangsu Zenergy Battery Technologies Group "
                    "supply cells to Leapmotor.")
    assert got["Shenzhen Hairun Battery Technology"][0] == "BatteryMaker"
    assert got["Jiangsu Zenergy Battery Technologies Group"][0] == "BatteryMaker"


@pytest.mark.parametrize("text,name,ticker", [
    ("BYD Company Limited (HKEX: 1211) reported results.", "BYD", "1211.HK"),
    ("BYD (SZ: 002594) rose 3%.", "BYD", "002594.SZ"),
    ("Great Power Energy (300438) supplies cells to Xpeng.", "Penghui Energy", "300438.SZ"),
    ("Seres Group began trading under the code 09927.HK.", "Seres Group", "9927.HK"),
    ("Ningde Times Shares (300750) announced a new plant.", "CATL", "300750.SZ"),
])
def test_tickers_in_several_notations(text, name, ticker):
    assert ticker in _entities(text)[name][1]


def test_chinese_names_people_and_what_is_never_tagged():
    got = _entities("宁德时代 (CATL) opened a plant in Hungary. Zeng Yuqun, CATL's chairman, said so, according to "
                    "CnEVPost. Automakers and battery makers in Shanghai and Guangdong cut prices. In Hong Kong, "
                    "Alibaba rose.", publisher="CnEVPost")
    assert set(got) == {"CATL", "Hungary", "Robin Zeng", "Alibaba"}
    assert got["Robin Zeng"][0] == "Person"


def test_a_ticker_prefix_that_is_the_exchange_names_the_listing():
    # "HKEX: 1211" and "NYSE: NIO" name the exchange; "1211.HK" (a code suffix) does not
    x = default_extractor().extract(Article(source="t.txt", text="BYD (HKEX: 1211) and NIO (NYSE: NIO; HKG: 9866) rose."))
    names = {e.id: e.name for e in x.entities}
    got = {(names[r.subject], r.predicate, names[r.object]) for r in x.relations}
    assert {("BYD", "LISTED_ON", "Hong Kong Stock Exchange"), ("NIO", "LISTED_ON", "New York Stock Exchange"),
            ("NIO", "LISTED_ON", "Hong Kong Stock Exchange")} <= got
    got = _entities("BYD (1211.HK) and CATL (300750.SZ) rose.")
    assert not any(kind == "Exchange" for kind, _, _ in got.values())


def test_unknown_companies_are_typed_from_their_descriptors():
    got = _entities("Battery maker Lanxin signed a deal with Leapmotor. Chinese carmaker Seal Motors and AI startup "
                    "Zhipu AI met cathode producer Hunan Fenghua.")
    assert got["Lanxin"][0] == "BatteryMaker" and not got["Lanxin"][2]
    assert got["Seal Motors"][0] == "Automaker"
    assert got["Zhipu AI"][0] == "TechCompany"
    assert got["Hunan Fenghua"][0] == "MaterialsSupplier"


def test_data_vendor_named_in_attributions_and_forthcoming_products():
    got = _entities("Figures from Wind show that CATL rose. DeepSeek unveiled a model that rivals the forthcoming GPT-5. "
                    "Wind power capacity grew.")
    assert got["Wind Information"][0] == "Organization"
    assert got["GPT-5"][0] == "Product"


def test_publications_are_never_tagged():
    got = _entities("According to a report by Securities Times, CATL shares rose 3%. Data from the China Securities "
                    "Journal show sales rose. Gasgoo Auto News and CnEVPost noted that BYD, Geely and Chery signed deals.")
    assert {"CATL", "BYD", "Geely", "Chery"} <= set(got)
    assert not any(w in name for name in got for w in ("Times", "Journal", "News", "Gasgoo", "CnEVPost"))


def test_chinese_name_before_its_english_name_in_parentheses():
    x, _ = _extract("珠海冠宇 (Zhuhai CosMX Battery) signed a supply deal with BYD.")
    e = next(e for e in x.entities if e.name == "Zhuhai CosMX Battery")
    assert e.kind == "BatteryMaker" and "珠海冠宇" in e.aliases and e.name_zh == "珠海冠宇"


# Recall round: rivalry nouns, joint ventures with other verbs, generation modifiers on technologies.
RECALL_CASES = [
    ("Xiaomi is stepping up its price and technology battle with Tesla.", "COMPETES_WITH",
     {_sym("Xiaomi", "COMPETES_WITH", "Tesla")}),
    ("Leapmotor is locked in a price war with BYD.", "COMPETES_WITH", {_sym("Leapmotor", "COMPETES_WITH", "BYD")}),
    ("Xpeng's rivalry with Li Auto intensified in October.", "COMPETES_WITH", {_sym("Xpeng", "COMPETES_WITH", "Li Auto")}),
    ("NIO is taking on Tesla in the premium segment.", "COMPETES_WITH", {_sym("NIO", "COMPETES_WITH", "Tesla")}),
    ("CATL and Stellantis are building a joint venture plant in Spain.", "JOINT_VENTURE_WITH",
     {_sym("CATL", "JOINT_VENTURE_WITH", "Stellantis")}),
    ("BYD and Toyota are setting up a 50:50 joint venture for battery EVs.", "JOINT_VENTURE_WITH",
     {_sym("BYD", "JOINT_VENTURE_WITH", "Toyota")}),
    ("Leapmotor and Stellantis operate a joint venture, Leapmotor International.", "JOINT_VENTURE_WITH",
     {_sym("Leapmotor", "JOINT_VENTURE_WITH", "Stellantis")}),
    ("BYD announced that its second generation sodium ion battery will achieve mass production in 2025.", "DEVELOPS",
     {("BYD", "DEVELOPS", "sodium-ion battery")}),
    ("Gotion said its next generation all solid state battery enters pilot production in 2027.", "DEVELOPS",
     {("Gotion High-Tech", "DEVELOPS", "all-solid-state battery")}),
    ("CATL's 2nd generation sodium ion batteries will go into cars next year.", "DEVELOPS",
     {("CATL", "DEVELOPS", "sodium-ion battery")}),
]
RECALL_NOTHING = [
    ("NIO and CATL may set up a joint venture.", "JOINT_VENTURE_WITH"),
    ("William Li is taking on a new role at NIO.", "COMPETES_WITH"),
    ("Xiaomi is taking on more debt to fund its expansion at Tesla's expense.", "COMPETES_WITH"),
    ("A price war could hurt BYD and Tesla.", "COMPETES_WITH"),
]


@pytest.mark.parametrize("text,predicate,expected", RECALL_CASES, ids=[c[0][:50] for c in RECALL_CASES])
def test_recall_phrasings(text, predicate, expected):
    got = relations(text, predicate)
    assert got == expected, f"missing {expected - got}; extra {got - expected}"


@pytest.mark.parametrize("text,predicate", RECALL_NOTHING, ids=[c[0][:50] for c in RECALL_NOTHING])
def test_recall_hedges_give_nothing(text, predicate):
    assert relations(text, predicate) == set()


# A known name before a participle at a hyphen ("AITO-branded", "Huawei-backed") is still tagged; "X-branded" cars
# made by the clause subject make X its brand.
BRANDED_CASES = [
    ("Seres, which builds AITO-branded SUVs, reported record sales.", "BRAND_OF", {("AITO", "BRAND_OF", "Seres Group")}),
    ("Chery sold 20,000 Luxeed-branded sedans in October.", "BRAND_OF", {("Luxeed", "BRAND_OF", "Chery")}),
    ("Dongfeng makes Voyah-badged MPVs in Wuhan.", "BRAND_OF", {("Voyah", "BRAND_OF", "Dongfeng Motor")}),
    ("Huawei, which designs AITO-branded SUVs, reported record sales.", "BRAND_OF", set()),
    ("Huawei-backed Seres reported record sales.", "INVESTS_IN", {("Huawei", "INVESTS_IN", "Seres Group")}),
]


@pytest.mark.parametrize("text,predicate,expected", BRANDED_CASES, ids=[c[0][:50] for c in BRANDED_CASES])
def test_hyphen_compounds_and_branded(text, predicate, expected):
    assert relations(text, predicate) == expected


def test_branded_names_no_product():
    ents = _entities("Seres, which builds AITO-branded SUVs, reported record sales.")
    assert "AITO" in ents and "SUVs" not in ents


# Brand lists owned by a possessor ("its NIO, ONVO and firefly brands"; lower-case brand aliases match).
BRAND_LIST_CASES = [
    ("NIO delivered 40,000 vehicles in October across its NIO, ONVO and firefly brands.",
     {("Onvo", "BRAND_OF", "NIO"), ("Firefly", "BRAND_OF", "NIO")}),
    ("Geely's brands, including Zeekr and Lynk & Co, sold well.",
     {("Zeekr", "BRAND_OF", "Geely"), ("Lynk & Co", "BRAND_OF", "Geely")}),
    ("Sales of Geely's Zeekr and Lynk & Co brands rose in the quarter.",
     {("Zeekr", "BRAND_OF", "Geely"), ("Lynk & Co", "BRAND_OF", "Geely")}),
    ("Chery's Exeed, Jetour and iCar brands all grew.",
     {("Exeed", "BRAND_OF", "Chery"), ("Jetour", "BRAND_OF", "Chery"), ("iCar", "BRAND_OF", "Chery")}),
    ("Smart driving features could lift Zeekr and Lynk & Co brands.", set()),
]


@pytest.mark.parametrize("text,expected", BRAND_LIST_CASES, ids=[c[0][:50] for c in BRAND_LIST_CASES])
def test_brand_lists(text, expected):
    assert relations(text, "BRAND_OF") == expected


# Stakes in relative clauses, and descriptor phrases ("the Hefei-based battery maker") that refer back to a company of
# the fitting class named earlier.
STAKE_CASES = [
    ("Leapmotor, in which Stellantis holds about 20%, reported record deliveries.",
     {("Stellantis", "INVESTS_IN", "Leapmotor")}),
    ("Xpeng, in which Volkswagen took a 4.99% stake last year, rose 5%.", {("Volkswagen", "INVESTS_IN", "Xpeng")}),
    ("Zeekr, of which Geely owns a majority stake, was taken private.", {("Geely", "INVESTS_IN", "Zeekr")}),
    ("Gotion High-Tech reported profits. Volkswagen took a roughly 26% stake in the Hefei-based battery maker.",
     {("Volkswagen", "INVESTS_IN", "Gotion High-Tech")}),
    ("Leapmotor, in which Stellantis may take a stake, rose.", set()),
    ("Stellantis, which holds about 20% of Leapmotor, said sales rose.", {("Stellantis", "INVESTS_IN", "Leapmotor")}),
    ("Tencent held roughly 7% in NIO.", {("Tencent", "INVESTS_IN", "NIO")}),
    ("CATL held 37.9% of global EV battery installations in 2024 and BYD held 17.2%.", set()),  # market shares
]


@pytest.mark.parametrize("text,expected", STAKE_CASES, ids=[c[0][:50] for c in STAKE_CASES])
def test_stakes_in_relatives_and_descriptors(text, expected):
    assert relations(text, "INVESTS_IN") == expected


DESCRIPTOR_FACT_CASES = [
    ("BYD said profits rose. The Shenzhen-based automaker sold 4.27 million vehicles in 2024.",
     {("BYD", "sales", 4270000, "units")}),
    ("Great Wall Motor said exports rose. The Baoding-based carmaker sold 1.23 million vehicles in 2024.",
     {("Great Wall Motor", "sales", 1230000, "units")}),
    ("Xiaomi launched the YU7 on Thursday. The company said it received more than 240,000 firm orders within 18 hours.",
     {("Xiaomi", "orders", 240000, "units")}),
]


@pytest.mark.parametrize("text,expected", DESCRIPTOR_FACT_CASES, ids=[c[0][:50] for c in DESCRIPTOR_FACT_CASES])
def test_descriptor_subject_facts(text, expected):
    got = {(s, m, round(v, 4), u) for s, m, v, u in facts(text)}
    assert got == {(s, m, round(float(v), 4), u) for s, m, v, u in expected}


# Supply stated through a product that a named company's car carries, is fitted with, or is powered by.
CARRY_CASES = [
    ("Chery is the first carmaker to carry CATL's sodium-ion battery.", {("CATL", "SUPPLIES", "Chery")}),
    ("Xiaomi's SU7 is fitted with CATL's Shenxing cells.", {("CATL", "SUPPLIES", "Xiaomi")}),
    ("CATL's cells power Li Auto's new SUV.", {("CATL", "SUPPLIES", "Li Auto")}),
    ("Gotion's LFP packs will power Volkswagen's ID. models in China.", {("Gotion High-Tech", "SUPPLIES", "Volkswagen")}),
    ("The SU7 is fitted with CATL's Shenxing cells.", set()),  # the maker is not named in the sentence
    ("Chery may carry CATL's sodium-ion battery.", set()),
]


@pytest.mark.parametrize("text,expected", CARRY_CASES, ids=[c[0][:50] for c in CARRY_CASES])
def test_supply_through_carried_products(text, expected):
    assert relations(text, "SUPPLIES") == expected


# Title-first people ("Founder William Li said"): the one company of the sentence, or of the sentence before.
TITLE_FIRST_CASES = [
    ("NIO reported results on Tuesday. Founder William Li said the company expects higher margins.",
     {("William Li", "EXECUTIVE_OF", "NIO")}),
    ("BYD shares rose. Chairman Wang Chuanfu told reporters the company would expand.",
     {("Wang Chuanfu", "EXECUTIVE_OF", "BYD")}),
    ("Xpeng launched a new SUV. CEO He Xiaopeng said on Weibo that orders were strong.",
     {("He Xiaopeng", "EXECUTIVE_OF", "Xpeng")}),
    ("BYD and Tesla cut prices. CEO Elon Musk said demand was strong.", set()),  # two candidate companies
    ("BYD opened a plant in Hungary. President Donald Trump said tariffs would rise.", set()),
    # two titles, a lower-case title word, bold type and "has (repeatedly) said"
    ("Fuyao sells glass. Founder and chairman Cao Dewang has repeatedly said the company will not retreat.",
     {("Cao Dewang", "EXECUTIVE_OF", "Fuyao Glass")}),
    ("BYD cut prices. Chairman and President **Wang Chuanfu** told the meeting it would compete on technology.",
     {("Wang Chuanfu", "EXECUTIVE_OF", "BYD")}),
    ("Novelis sells aluminium. Chief executive Steve Fisher said China was competitive.",
     {("Steve Fisher", "EXECUTIVE_OF", "Novelis")}),
    # not the agent of a passive, nor a company after a sentence whose subject is a pronoun
    ("GBT also supplies Chery. GBT, which is backed by GAC Group, raised 2.1 billion yuan in a Series C round in March. "
     "Chief executive Zhou Haoran said the company expects to break even in 2027.", set()),
    ("RoboSense Technology is the other large vendor. Its sensors were first fitted on the Xpeng G9, and Zeekr has "
     "since become a buyer. Chief executive Qiu Chunchao said volumes would double.",
     {("Qiu Chunchao", "EXECUTIVE_OF", "RoboSense")}),
]


@pytest.mark.parametrize("text,expected", TITLE_FIRST_CASES, ids=[c[0][:50] for c in TITLE_FIRST_CASES])
def test_title_first_people(text, expected):
    assert relations(text, "EXECUTIVE_OF") == expected


def test_sgx_prefix_and_quasi_solid_state(ex):
    x = ex.extract(Article(source="t.txt", text="NIO (NYSE: NIO; HKEX: 9866; SGX: NIO) said Volvo will test "
                                                "quasi-solid-state batteries."))
    r = {(r.subject, r.predicate, r.object) for r in x.relations}
    assert ("company:nio", "LISTED_ON", "exchange:sgx") in r
    assert {"company:volvo-cars", "technology:quasi-solid-state-battery"} <= {e.id for e in x.entities}
