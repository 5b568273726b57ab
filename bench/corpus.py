"""Synthetic news corpus for benchmarks: realistic industry articles in every input format.

Articles of 1-8 KB are assembled from the reference data (``seeds/reference``; a small built-in
table is used while it is missing) and sentence templates covering every relation type and fact
measure, mixed with filler commentary and page noise: junk lines ("Leave a comment", ads,
numbered debris), machine-translated names ("Ningde Times"), Chinese names in parentheses,
tickers ("SHE: 300750", "(09927.HK)"), sentences run together without a space, hedged claims.
A long tail of invented companies (a pool that grows with the corpus) makes the graph grow with
its size, as a real archive's would.

Formats (by share of articles): .txt with front matter, .md, .html pages (scripts, navigation,
ads, comment widgets), .json, .jsonl (several articles per file) and RSS feeds (several items).
Generation is deterministic by seed, streamed to disk file by file (bounded memory) and fast:
100,000 articles take a few tens of seconds.

Example:
    python -m bench.corpus --n 1000 --out /tmp/corpus-1k --seed 0
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import os
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

#: Bumped whenever the generated text changes, so cached corpora are regenerated.
GENERATOR_VERSION = "3"
MANIFEST = ".corpus.json"  # hidden: readers skip it

# -------------------------------------------------------------------------------------------------
# entities


@dataclass(slots=True)
class Ent:
    id: str
    name: str
    kinds: tuple[str, ...]
    name_zh: str | None = None
    aliases: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()
    parent: str | None = None
    forms: list[str] = field(default_factory=list)  # surface forms, weighted by repetition


# Used only while seeds/reference/entities.csv does not exist yet: enough for every template.
_BUILTIN = """\
company:byd|Automaker,BatteryMaker|BYD|比亚迪|BYD Company;Biyadi;Build Your Dreams|1211.HK;002594.SZ|
company:catl|BatteryMaker|CATL|宁德时代|Contemporary Amperex Technology;Ningde Times;Ningde Era|300750.SZ;3750.HK|
company:nio|Automaker|NIO|蔚来|NIO Inc.;Weilai|NIO;9866.HK|
company:xpeng|Automaker|Xpeng|小鹏汽车|XPeng Motors;Xiaopeng|XPEV;9868.HK|
company:li-auto|Automaker|Li Auto|理想汽车|Lixiang;Ideal Auto|LI;2015.HK|
company:geely|Automaker|Geely|吉利汽车|Geely Automobile;Jili|0175.HK|
company:saic|Automaker|SAIC Motor|上汽集团|SAIC;Shanghai Automotive|600104.SH|
company:changan|Automaker|Changan|长安汽车|Changan Automobile;Chang'an|000625.SZ|
company:gac|Automaker|GAC Group|广汽集团|GAC;Guangzhou Automobile|601238.SH;2238.HK|
company:great-wall|Automaker|Great Wall Motor|长城汽车|Great Wall;GWM|601633.SH;2333.HK|
company:chery|Automaker|Chery|奇瑞汽车|Chery Automobile;Qirui||
company:seres|Automaker|Seres|赛力斯|Seres Group;Sailisi|601127.SH;9927.HK|
company:leapmotor|Automaker|Leapmotor|零跑汽车|Zero Run;Lingpao|9863.HK|
company:xiaomi|Automaker,TechCompany|Xiaomi|小米|Xiaomi Corporation;Millet|1810.HK|
company:tesla|Automaker|Tesla|特斯拉|Tesla Inc.|TSLA|
company:volkswagen|Automaker|Volkswagen|大众汽车|VW;Volkswagen Group||
company:bmw|Automaker|BMW|宝马|BMW Group||
company:gotion|BatteryMaker|Gotion High-Tech|国轩高科|Gotion;Guoxuan|002074.SZ|
company:calb|BatteryMaker|CALB|中创新航|China Aviation Lithium Battery;Zhongchuang Xinhang|3931.HK|
company:eve|BatteryMaker|EVE Energy|亿纬锂能|EVE;Yiwei Lithium Energy|300014.SZ|
company:svolt|BatteryMaker|SVOLT|蜂巢能源|SVOLT Energy;Honeycomb Energy||
company:sunwoda|BatteryMaker|Sunwoda|欣旺达|Sunwoda Electronic;Xinwangda|300207.SZ|
company:lges|BatteryMaker|LG Energy Solution|LG新能源|LGES|373220.KS|
company:panasonic|BatteryMaker|Panasonic|松下|Panasonic Energy||
company:ganfeng|MaterialsSupplier|Ganfeng Lithium|赣锋锂业|Ganfeng|002460.SZ;1772.HK|
company:tianqi|MaterialsSupplier|Tianqi Lithium|天齐锂业|Tianqi|002466.SZ;9696.HK|
company:huayou|MaterialsSupplier|Huayou Cobalt|华友钴业|Huayou|603799.SH|
company:putailai|MaterialsSupplier|Putailai|璞泰来|Shanghai Putailai|603659.SH|
company:capchem|MaterialsSupplier|Shenzhen Capchem|新宙邦|Capchem|300037.SZ|
company:huawei|TechCompany|Huawei|华为|Huawei Technologies||
company:horizon|SemiconductorMaker|Horizon Robotics|地平线|Horizon|9660.HK|
regulator:miit|Regulator|MIIT|工业和信息化部|Ministry of Industry and Information Technology;Ministry of Industry||
regulator:ndrc|Regulator|NDRC|国家发展改革委|National Development and Reform Commission||
regulator:samr|Regulator|SAMR|国家市场监督管理总局|State Administration for Market Regulation||
regulator:mof|Regulator|Ministry of Finance|财政部|MOF||
association:caam|IndustryAssociation|CAAM|中国汽车工业协会|China Association of Automobile Manufacturers||
association:cpca|IndustryAssociation|CPCA|乘联会|China Passenger Car Association||
alliance:hima|Alliance|HIMA|鸿蒙智行|Harmony Intelligent Mobility Alliance;Harmony Intelligent Mobility||
brand:aito|Brand|AITO|问界|Wenjie||alliance:hima
brand:luxeed|Brand|Luxeed|智界|Zhijie||alliance:hima
brand:stelato|Brand|Stelato|享界|Xiangjie||alliance:hima
brand:zeekr|Brand|Zeekr|极氪|Jike||company:geely
brand:denza|Brand|Denza|腾势|Tengshi||company:byd
exchange:hkex|Exchange|Hong Kong Stock Exchange|香港交易所|HKEX;Hong Kong Exchanges||
exchange:szse|Exchange|Shenzhen Stock Exchange|深圳证券交易所|SZSE||
exchange:sse|Exchange|Shanghai Stock Exchange|上海证券交易所|SSE||
exchange:nyse|Exchange|New York Stock Exchange|纽约证券交易所|NYSE||
index:csi-nev|Index|CSI New Energy Vehicle Index|中证新能源汽车指数|CSI NEV Index||
fund:nev-etf|Fund|China New Energy Vehicle ETF|新能源车ETF|NEV ETF||
policy:nev-plan|Policy|New Energy Vehicle Industry Development Plan (2021-2035)|新能源汽车产业发展规划|NEV Industry Development Plan||
policy:purchase-tax|Policy|NEV purchase tax exemption|新能源汽车购置税减免|purchase tax exemption||
policy:battery-conditions|Policy|Lithium Battery Industry Standard Conditions|锂电池行业规范条件|Standard Conditions for the Lithium Battery Industry||
tech:solid-state|BatteryTechnology|solid-state battery|固态电池|solid-state batteries;all-solid-state battery||
tech:sodium-ion|BatteryTechnology|sodium-ion battery|钠离子电池|sodium-ion batteries;sodium battery||
tech:lfp|BatteryTechnology|lithium iron phosphate|磷酸铁锂|LFP;LFP battery||
tech:ctp|BatteryTechnology|cell-to-pack|无模组电池包|CTP||
tech:blade|BatteryTechnology|Blade Battery|刀片电池|blade battery||
person:zeng-yuqun|Person|Robin Zeng|曾毓群|Zeng Yuqun||company:catl
person:wang-chuanfu|Person|Wang Chuanfu|王传福|Wang Chuan-fu||company:byd
person:li-bin|Person|William Li|李斌|Li Bin||company:nio
person:he-xiaopeng|Person|He Xiaopeng|何小鹏|||company:xpeng
person:li-xiang|Person|Li Xiang|李想|||company:li-auto
model:aito-m9|VehicleModel|AITO M9|问界M9|M9||brand:aito
model:xiaomi-su7|VehicleModel|Xiaomi SU7|小米SU7|SU7||company:xiaomi
model:byd-seal|VehicleModel|BYD Seal|比亚迪海豹|Seal||company:byd
"""


def _builtin_entities() -> list[Ent]:
    out = []
    for line in _BUILTIN.strip().splitlines():
        eid, kinds, name, zh, aliases, tickers, parent = line.split("|")
        out.append(Ent(eid, name, tuple(kinds.split(",")), zh or None, tuple(a for a in aliases.split(";") if a),
                       tuple(t for t in tickers.split(";") if t), parent or None))
    return out


def _default_reference() -> Path:
    env = os.environ.get("EVKG_REFERENCE")
    return Path(env) if env else Path(__file__).resolve().parents[1] / "seeds" / "reference"


def reference_signature(reference: Path | None = None) -> str:
    """Short hash of the reference CSV files the corpus is built from ("builtin" when missing)."""
    import hashlib

    ref = reference or _default_reference()
    h = hashlib.sha1()
    found = False
    for name in ("entities.csv", "relations.csv"):
        p = ref / name
        if p.is_file():
            h.update(p.read_bytes())
            found = True
    return h.hexdigest()[:12] if found else "builtin"


def load_entities(reference: Path | None = None) -> tuple[list[Ent], list[tuple[str, str, str]]]:
    """Entities (and known relations) of the reference data; the built-in table if it is missing."""
    ref = reference or _default_reference()
    ents_csv = ref / "entities.csv"
    if not ents_csv.is_file():
        return _builtin_entities(), []
    try:
        from evkg.loaders.reference import load_reference

        kb = load_reference(ref if reference else None)
        ents = [Ent(e.id, e.name, tuple(e.kinds), e.name_zh, tuple(e.aliases), tuple(e.tickers),
                    kb.parents.get(e.id)) for e in kb.entities.values()]
        rels = [(r.subject, r.predicate, r.object) for r in kb.relations]
    except Exception:  # noqa: BLE001 - a half-written reference file must not stop the benchmark
        ents, rels = [], []
        with ents_csv.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if not row.get("id") or not row.get("name") or not row.get("type"):
                    continue
                kinds = tuple(dict.fromkeys([row["type"], *(t for t in (row.get("types") or "").split("|") if t)]))
                ents.append(Ent(row["id"], row["name"], kinds, row.get("name_zh") or None,
                                tuple(a for a in (row.get("aliases") or "").split("|") if a),
                                tuple(t for t in (row.get("tickers") or "").split("|") if t),
                                row.get("parent") or None))
    if len(ents) < 20:
        return _builtin_entities(), rels
    return ents, rels


def _ticker_forms(t: str) -> list[str]:
    code, _, ex = t.partition(".")
    if ex == "SZ":
        return [f"SHE: {code}", f"SZSE: {code}", f"{code}.SZ"]
    if ex == "SH":
        return [f"SHA: {code}", f"SSE: {code}", f"{code}.SH"]
    if ex == "HK":
        return [f"HKG: {code}", f"{code.zfill(5)}.HK", f"HKEX: {code}"]
    if not ex:
        return [f"NYSE: {code}", f"NASDAQ: {code}"]
    return [t]


def _surface_forms(e: Ent) -> list[str]:
    """Weighted surface forms: canonical name most often, then aliases, Chinese and ticker forms."""
    forms = [e.name] * 10
    for a in e.aliases[:6]:
        forms += [a] * 2
    if e.name_zh:
        forms += [f"{e.name} ({e.name_zh})"] * 3
        forms.append(e.name_zh)
    for t in e.tickers[:2]:
        for tf in _ticker_forms(t):
            forms.append(f"{e.name} ({tf})")
    return forms


# -------------------------------------------------------------------------------------------------
# the invented long tail: companies that are not in the reference data

_CITIES = ["Jiangxi", "Hunan", "Ningbo", "Shenzhen", "Hefei", "Wuxi", "Changzhou", "Yibin", "Zhuhai", "Suzhou",
           "Chengdu", "Xiamen", "Qinghai", "Fujian", "Tianjin", "Huizhou", "Liuzhou", "Zhejiang", "Anhui", "Sichuan"]
_SYLS = ["heng", "rui", "tai", "xin", "hua", "sheng", "feng", "da", "long", "yuan", "kai", "neng", "bo", "tong",
         "jia", "ming", "wei", "chuang", "li", "cheng", "jun", "an", "de", "fu", "guang", "hong", "jing", "quan"]
_SECTORS = [("Lithium Technology", "MaterialsSupplier"), ("New Energy", "BatteryMaker"), ("Power", "BatteryMaker"),
            ("Electronics", "Supplier"), ("Auto Parts", "Supplier"), ("Motors", "Automaker"),
            ("Materials", "MaterialsSupplier"), ("Intelligent Technology", "TechCompany"),
            ("Semiconductor", "SemiconductorMaker"), ("Energy Storage", "BatteryMaker")]
_LEGAL = ["Co., Ltd.", "Group", "Co., Ltd.", "Technology Co., Ltd.", "Shares", "Holdings"]
_ZH_SYL = "恒瑞泰新华盛丰达隆源凯能博通嘉明伟创力成骏安德富光宏晶泉"


def _invented(rng: random.Random, i: int) -> Ent:
    brand = (rng.choice(_SYLS) + rng.choice(_SYLS)).capitalize()
    sector, kind = rng.choice(_SECTORS)
    legal = rng.choice(_LEGAL)
    city = rng.choice(_CITIES)
    full = f"{city} {brand} {sector} {legal}"
    zh = "".join(rng.choice(_ZH_SYL) for _ in range(4))
    e = Ent(f"invented:{i}", full, (kind,), zh)
    short = f"{brand} {sector}"
    e.forms = [full] * 3 + [f"{full} ({zh})"] * 2 + [short] * 3 + [f"{brand} {sector} ({zh})"]
    return e


# -------------------------------------------------------------------------------------------------
# templates (written for this generator; every relation type and fact measure is covered)

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


class Pools:
    """Entities grouped by the role they can play in a template."""

    def __init__(self, ents: list[Ent], rng: random.Random, n_invented: int) -> None:
        for e in ents:
            if not e.forms:
                e.forms = _surface_forms(e)
        self.by_id = {e.id: e for e in ents}

        def has(*kinds: str) -> list[Ent]:
            return [e for e in ents if any(k in kinds for k in e.kinds)]

        self.automakers = has("Automaker") or has("Company")
        self.battery = has("BatteryMaker") or self.automakers
        self.materials = has("MaterialsSupplier", "Supplier") or self.battery
        self.tech_cos = has("TechCompany", "SemiconductorMaker") or self.materials
        self.regulators = has("Regulator") or self.automakers
        self.associations = has("IndustryAssociation") or self.regulators
        self.alliances = has("Alliance") or self.associations
        self.brands = has("Brand") or self.automakers
        self.exchanges = has("Exchange") or self.regulators
        self.indexes = has("Index", "Fund") or self.exchanges
        self.funds = has("Fund") or self.indexes
        self.policies = has("Policy") or self.regulators
        self.techs = has("BatteryTechnology", "Technology") or self.battery
        self.people = [e for e in has("Person") if e.parent]
        self.models = has("VehicleModel", "Product") or self.brands
        self.invented = [_invented(rng, i) for i in range(n_invented)]
        self.companies = self.automakers + self.battery + self.materials + self.tech_cos

    def company(self, rng: random.Random) -> Ent:
        # a quarter of company mentions are long-tail companies unknown to the reference data
        if self.invented and rng.random() < 0.25:
            return rng.choice(self.invented)
        return rng.choice(self.companies)

    def supplier(self, rng: random.Random) -> Ent:
        if self.invented and rng.random() < 0.3:
            return rng.choice(self.invented)
        return rng.choice(self.battery if rng.random() < 0.6 else self.materials)


def _form(rng: random.Random, e: Ent) -> str:
    return rng.choice(e.forms)


def _num(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):,}"


def _period(rng: random.Random) -> str:
    return rng.choice([f"in {rng.choice(_MONTHS)}", f"in the first half of {rng.randint(2023, 2025)}",
                       f"in Q{rng.randint(1, 4)} {rng.randint(2023, 2025)}", f"in {rng.randint(2022, 2025)}",
                       "last month", "year to date", f"between January and {rng.choice(_MONTHS)}"])


def _money(rng: random.Random) -> str:
    x = rng.choice([f"{rng.uniform(1, 300):.1f} billion yuan", f"{rng.randint(100, 900)} million yuan",
                    f"RMB {rng.uniform(1, 80):.2f} billion", f"HK${rng.uniform(1, 40):.1f} billion",
                    f"US${rng.uniform(0.2, 9):.1f} billion", f"{rng.uniform(1, 500):.0f}亿元"])
    return x


Template = Callable[[random.Random, Pools], str]


def _rel_templates() -> list[tuple[str, Template, float]]:
    """(name, template, weight): relation sentences."""
    C, S = Pools.company, Pools.supplier
    f = _form
    T: list[tuple[str, Template, float]] = [
        ("supplies", lambda r, p: f"{f(r, S(p, r))} supplies {r.choice(['battery cells', 'power batteries', 'cathode material', 'LFP packs', 'electrolyte'])} to {f(r, r.choice(p.automakers))} for its {r.choice(['new SUV', 'entry-level sedans', 'export models', 'flagship line'])}.", 3),
        ("supplies-passive", lambda r, p: f"The packs in {f(r, r.choice(p.automakers))}'s latest models are supplied by {f(r, S(p, r))}.", 1.5),
        ("sources-from", lambda r, p: f"{f(r, r.choice(p.automakers))} sources {r.choice(['its cells', 'lithium carbonate', 'separators', 'battery modules'])} from {f(r, S(p, r))}, according to people familiar with the matter.", 1.5),
        ("supplier-to", lambda r, p: f"{f(r, S(p, r))}, a key supplier to {f(r, r.choice(p.automakers))}, expanded its plant in {r.choice(_CITIES)}.", 1.5),
        ("will-supply", lambda r, p: f"{f(r, S(p, r))} will supply {r.choice(['sodium-ion cells', 'battery systems', 'high-nickel cells'])} to {f(r, r.choice(p.automakers))} starting next year.", 1),
        ("hedged-supply", lambda r, p: f"{f(r, S(p, r))} {r.choice(['may', 'could potentially', 'is rumoured to'])} supply cells to {f(r, r.choice(p.automakers))}, {r.choice(['analysts speculated', 'though neither side confirmed it', 'a report claimed'])}.", 1),
        ("partnership", lambda r, p: f"{f(r, C(p, r))} and {f(r, C(p, r))} signed a strategic cooperation agreement covering {r.choice(['battery swapping', 'smart cockpits', 'overseas markets', 'charging networks'])}.", 2),
        ("partner-with", lambda r, p: f"{f(r, C(p, r))} announced a partnership with {f(r, C(p, r))} on {r.choice(['autonomous driving', 'battery recycling', 'chip design'])}.", 1),
        ("invests", lambda r, p: f"{f(r, C(p, r))} invested {_money(r)} in {f(r, C(p, r))}, taking a {r.randint(2, 49)}% stake.", 1.5),
        ("stake", lambda r, p: f"{f(r, C(p, r))} took a minority stake in {f(r, C(p, r))} last {r.choice(_MONTHS)}.", 1),
        ("joint-venture", lambda r, p: f"A joint venture between {f(r, C(p, r))} and {f(r, C(p, r))} will build a plant in {r.choice(_CITIES)}.", 1.5),
        ("brand-of", lambda r, p: (lambda b: f"{f(r, b)}, a brand under {f(r, p.by_id[b.parent]) if b.parent in p.by_id else f(r, r.choice(p.automakers))}, launched a new model.")(r.choice(p.brands)), 1),
        ("member-of", lambda r, p: f"{f(r, r.choice(p.brands + p.automakers))} is a member of {f(r, r.choice(p.alliances + p.associations))}.", 1),
        ("develops", lambda r, p: f"{f(r, C(p, r))} {r.choice(['unveiled', 'is developing', 'showcased', 'has started mass production of'])} {r.choice(['its new', 'a next-generation', 'a'])} {f(r, r.choice(p.techs))}.", 2),
        ("uses-tech", lambda r, p: f"The {f(r, r.choice(p.models))} uses {f(r, r.choice(p.techs))} technology.", 1),
        ("adopts-tech", lambda r, p: f"{f(r, r.choice(p.automakers))} adopted {f(r, r.choice(p.techs))} across its lineup.", 1),
        ("issued", lambda r, p: f"The {f(r, r.choice(p.regulators))} issued the {f(r, r.choice(p.policies))} on {r.choice(_MONTHS)} {r.randint(1, 28)}.", 1),
        ("supports", lambda r, p: f"The {f(r, r.choice(p.policies))} supports {f(r, r.choice(p.techs))} as a priority.", 1),
        ("convened", lambda r, p: f"The {f(r, r.choice(p.regulators))} convened {f(r, C(p, r))}, {f(r, C(p, r))} and {f(r, C(p, r))} for a symposium on {r.choice(['price wars', 'battery safety', 'payment terms'])}.", 1),
        ("executive", lambda r, p: (lambda x: f"{f(r, x)}, chairman of {f(r, p.by_id[x.parent])}, said demand remained strong." if x.parent in p.by_id else "")(r.choice(p.people)) if p.people else "", 1),
        ("executive-paren", lambda r, p: f"{r.choice(['Zhang', 'Liu', 'Chen', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Sun'])} {r.choice(['Wei', 'Jun', 'Lei', 'Hua', 'Ming', 'Tao', 'Yong', 'Bin'])} (CEO of {f(r, C(p, r))}) told reporters the order book was full.", 1),
        ("listed-on", lambda r, p: f"{f(r, C(p, r))} is listed on the {f(r, r.choice(p.exchanges))}.", 1),
        ("debut", lambda r, p: f"{f(r, C(p, r))} made its debut on the {f(r, r.choice(p.exchanges))} on {r.choice(_MONTHS)} {r.randint(1, 28)}.", 0.5),
        ("constituent", lambda r, p: f"{f(r, C(p, r))} is a constituent of the {f(r, r.choice(p.indexes))}.", 0.7),
        ("etf-holdings", lambda r, p: f"The top holdings of the {f(r, r.choice(p.funds))} include {f(r, C(p, r))}, {f(r, C(p, r))} and {f(r, C(p, r))}.", 0.5),
        ("competes", lambda r, p: f"{f(r, r.choice(p.automakers))} competes with {f(r, r.choice(p.automakers))} in the {r.choice(['premium SUV', 'compact EV', 'overseas', 'plug-in hybrid'])} segment.", 1),
        ("subsidiary", lambda r, p: f"{f(r, C(p, r))}, a subsidiary of {f(r, C(p, r))}, reported strong orders.", 0.7),
        ("manufactures", lambda r, p: f"{f(r, r.choice(p.automakers))} makes the {f(r, r.choice(p.models))} at its {r.choice(_CITIES)} factory.", 0.7),
        ("regulates", lambda r, p: f"The {f(r, r.choice(p.regulators))} oversees recalls by {f(r, r.choice(p.automakers))}.", 0.4),
    ]
    return T


def _fact_templates() -> list[tuple[str, Template, float]]:
    C, f = Pools.company, _form
    return [
        ("deliveries", lambda r, p: f"{f(r, r.choice(p.automakers))} delivered {_num(r, 5000, 400000)} vehicles {_period(r)}, up {r.randint(2, 180)}% year on year.", 2),
        ("sales", lambda r, p: f"{f(r, r.choice(p.automakers))} sold {r.choice(['over ', 'nearly ', 'more than ', ''])}{_num(r, 3000, 500000)} new energy vehicles {_period(r)}.", 2),
        ("production", lambda r, p: f"Monthly output at {f(r, r.choice(p.automakers))} exceeded {_num(r, 10000, 300000)} units {_period(r)}.", 1),
        ("market-cap", lambda r, p: f"{f(r, C(p, r))}'s market capitalisation reached {_money(r)}.", 1),
        ("energy-density", lambda r, p: f"{f(r, r.choice(p.battery))}'s new cell reaches an energy density of {r.randint(140, 500)} Wh/kg.", 1),
        ("capacity-ah", lambda r, p: f"The {r.randint(100, 600)}Ah storage cell from {f(r, r.choice(p.battery))} enters production this quarter.", 0.6),
        ("capacity-gwh", lambda r, p: f"{f(r, r.choice(p.battery))} plans a {r.randint(10, 120)} GWh plant in {r.choice(_CITIES)}.", 1),
        ("cycle-life", lambda r, p: f"{f(r, r.choice(p.battery))} says the pack lasts {_num(r, 3000, 15000)} cycles.", 0.6),
        ("orders", lambda r, p: f"{f(r, r.choice(p.automakers))} has received over {_num(r, 10000, 300000)} orders for the {f(r, r.choice(p.models))}.", 1),
        ("revenue", lambda r, p: f"{f(r, C(p, r))} reported revenue of {_money(r)} {_period(r)}.", 1.5),
        ("profit", lambda r, p: f"Net profit at {f(r, C(p, r))} came to {_money(r)} {_period(r)}.", 1),
        ("share-price", lambda r, p: f"Shares of {f(r, C(p, r))} {r.choice(['rose', 'jumped', 'fell', 'slid'])} {r.uniform(0.5, 20):.1f}% {r.choice(['on Monday', 'in Hong Kong trading', 'at the open', 'to close the week'])}.", 1.5),
        ("stations", lambda r, p: f"{f(r, r.choice(p.automakers))} now operates {_num(r, 200, 3000)} battery swap stations.", 0.6),
        ("investment", lambda r, p: f"{f(r, C(p, r))} will invest {_money(r)} in a new base in {r.choice(_CITIES)}.", 1),
        ("market-share", lambda r, p: f"{f(r, r.choice(p.battery))} held a {r.uniform(2, 40):.1f}% share of the global EV battery market {_period(r)}.", 1),
        ("fund-size", lambda r, p: f"The {f(r, r.choice(p.funds))} has a fund size of {_money(r)}.", 0.4),
    ]


_FILL_A = ["Analysts", "Industry observers", "Dealers in eastern China", "Brokerage reports", "Market watchers",
           "Executives at several automakers", "Investors", "Supply chain sources", "Local officials", "Consumers"]
_FILL_B = ["expect the price competition to ease", "pointed to rising export volumes",
           "remain cautious about overcapacity", "noted that lithium prices stabilised",
           "said inventories were being cleared", "highlighted demand for plug-in hybrids",
           "warned about tariffs in Europe", "cited progress in fast charging",
           "see consolidation among smaller brands", "observed stronger sales in lower-tier cities",
           "flagged a shortage of charging piles", "praised the pace of software updates"]
_FILL_C = ["over the coming quarters", "as the year draws to a close", "despite weak consumer sentiment",
           "amid a broader market rally", "ahead of the auto show", "as subsidies are phased out", "",
           "according to a recent survey", "in a note to clients", "for the rest of the decade"]
_FILL_D = ["The sector has been volatile this year.", "Competition in the domestic market remains intense.",
           "Export growth has become a key driver for the industry.",
           "Battery costs have fallen sharply since the start of the year.",
           "Charging infrastructure continues to expand in major cities.",
           "The trade-in programme has lifted showroom traffic.",
           "Several smaller startups have struggled to raise new funding.",
           "Software-defined vehicles are changing how cars are sold.",
           "Price cuts spread from entry-level models to premium ones.",
           "The new models target younger urban buyers."]
_JUNK = ["Leave a comment", "Advertisement", "Share this article", "Read more", "01", "02", "03", "Sponsored",
         "Follow us on WeChat", "Image source: company handout", "Disclaimer: this article is not investment advice.",
         "Related news", "Click here to subscribe"]
_TITLES = ["{a} steps up battery push", "{a} and {b} deepen ties", "Deliveries climb at {a}",
           "What {a}'s new plant means for {b}", "{a} shares rally on strong outlook", "Regulators summon {a}",
           "{a} bets on solid-state cells", "Inside the race between {a} and {b}", "{a} results beat estimates"]
_PUBLISHERS = ["EV Wire", "Auto Daily Review", "Battery Insider", "China Mobility News", "Energy Ledger",
               "Dragon Auto Times"]


class Writer:
    """Sentence and article assembly with one seeded random stream."""

    def __init__(self, rng: random.Random, pools: Pools) -> None:
        self.r = rng
        self.p = pools
        rel, fact = _rel_templates(), _fact_templates()
        self.rel = [t for _, t, _ in rel]
        self.rel_w = _cum([w for _, _, w in rel])
        self.fact = [t for _, t, _ in fact]
        self.fact_w = _cum([w for _, _, w in fact])
        self.filler = [f"{a} {b}{' ' + c if c else ''}." for a in _FILL_A for b in _FILL_B for c in _FILL_C]

    def sentence(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.22:
            return r.choices(self.rel, cum_weights=self.rel_w)[0](r, self.p) or r.choice(_FILL_D)
        if x < 0.38:
            return r.choices(self.fact, cum_weights=self.fact_w)[0](r, self.p)
        if x < 0.48:
            return r.choice(_FILL_D)
        return r.choice(self.filler)

    def body(self, target: int) -> tuple[list[str], str, str]:
        """Paragraphs of about ``target`` characters, plus a title and a lead entity name."""
        r = self.r
        a, b = self.p.company(r), self.p.company(r)
        paras: list[str] = []
        size = 0
        while size < target:
            sents = [self.sentence() for _ in range(r.randint(2, 5))]
            if r.random() < 0.15:  # the source ran two sentences together
                i = r.randrange(len(sents) - 1)
                sents[i:i + 2] = [sents[i] + sents[i + 1]]
            para = " ".join(sents)
            paras.append(para)
            size += len(para) + 1
            if r.random() < 0.12:
                junk = r.choice(_JUNK)
                paras.append(junk)
                size += len(junk) + 1
        title = r.choice(_TITLES).format(a=a.name, b=b.name)
        return paras, title, a.name

    def meta(self) -> dict[str, str]:
        r = self.r
        y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
        return {"date": f"{y:04d}-{m:02d}-{d:02d}", "publisher": r.choice(_PUBLISHERS),
                "url": f"https://news.example.com/{y}/{m:02d}/{r.getrandbits(40):010x}"}


def _cum(ws: list[float]) -> list[float]:
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


# -------------------------------------------------------------------------------------------------
# formats

_HTML_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {pub}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{pub}">
<meta property="og:url" content="{url}"><meta property="article:published_time" content="{date}T08:00:00+08:00">
<link rel="stylesheet" href="/static/site.css"><script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
<style>.ad-slot{{min-height:250px}} .share-bar a{{margin:0 4px}}</style></head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/ev">EV</a> <a href="/battery">Battery</a> <a href="/markets">Markets</a></nav></header>
<div class="ad-slot" id="top-ad">Advertisement <a href="https://ads.example.com/c?id=42">Best EV loans in town</a></div>
<main><article><h1>{title}</h1><p class="byline">By staff reporter, <time datetime="{date}">{date}</time></p>
"""
_HTML_TAIL = """</article></main>
<aside class="related"><h3>Related</h3><ul><li><a href="/a/1">Battery prices slide again</a></li><li><a href="/a/2">Charging map updated</a></li></ul></aside>
<div class="share-bar">Share: <a href="#">WeChat</a> <a href="#">Weibo</a></div>
<div id="comments" class="comments">Leave a comment <form><textarea></textarea><button>Post</button></form></div>
<footer>&copy; {pub}. All rights reserved.</footer><script src="/static/app.js"></script></body></html>
"""


def _html_page(title: str, paras: list[str], meta: dict[str, str], rng: random.Random) -> str:
    out = [_HTML_HEAD.format(title=html.escape(title), pub=meta["publisher"], url=meta["url"], date=meta["date"])]
    for i, p in enumerate(paras):
        out.append(f"<p>{html.escape(p)}</p>\n")
        if i == 2 and rng.random() < 0.5:
            out.append('<div class="ad-inline">Sponsored: <a href="#">Compare insurance</a></div>\n')
    out.append(_HTML_TAIL.format(pub=meta["publisher"]))
    return "".join(out)


def _front(title: str, meta: dict[str, str]) -> str:
    return f"---\ntitle: {title}\ndate: {meta['date']}\nurl: {meta['url']}\npublisher: {meta['publisher']}\n---\n"


def _md(title: str, paras: list[str], meta: dict[str, str], rng: random.Random) -> str:
    out = [_front(title, meta) if rng.random() < 0.7 else "", f"# {title}\n\n"]
    for i, p in enumerate(paras):
        if i == 1 and rng.random() < 0.5:
            out.append("## Key points\n\n")
        out.append(f"{p}\n\n" if rng.random() < 0.85 else f"- {p}\n\n")
    return "".join(out)


def _rss(items: list[tuple[str, list[str], dict[str, str]]], pub: str) -> str:
    from email.utils import format_datetime
    from datetime import datetime, timezone

    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
           f"<title>{html.escape(pub)}</title><link>https://news.example.com/</link>"
           "<description>Industry wire</description>\n"]
    for title, paras, meta in items:
        y, m, d = (int(x) for x in meta["date"].split("-"))
        when = format_datetime(datetime(y, m, d, 8, 0, tzinfo=timezone.utc))
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
        out.append(f"<item><title>{html.escape(title)}</title><link>{meta['url']}</link><pubDate>{when}</pubDate>"
                   f"<content:encoded><![CDATA[{body}]]></content:encoded></item>\n")
    out.append("</channel>\n</rss>\n")
    return "".join(out)


#: (format, share of articles, articles per file range)
FORMATS = [("txt", 0.28, (1, 1)), ("md", 0.14, (1, 1)), ("html", 0.20, (1, 1)), ("json", 0.10, (1, 1)),
           ("jsonl", 0.18, (4, 12)), ("rss", 0.10, (4, 10))]


@dataclass
class CorpusStats:
    articles: int = 0
    files: int = 0
    bytes: int = 0
    text_bytes: int = 0
    by_format: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def generate(n: int, out: str | os.PathLike[str], *, seed: int = 0, reference: Path | None = None,
             mean_kb: float = 4.5) -> CorpusStats:
    """Write ``n`` articles under ``out`` (``<format>/<shard>/<file>``) and a ``corpus.json`` manifest."""
    t0 = time.perf_counter()
    rng = random.Random(seed)
    ents, _ = load_entities(reference)
    pools = Pools(ents, rng, n_invented=max(20, n // 25))
    w = Writer(rng, pools)
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    st = CorpusStats(by_format={f: 0 for f, _, _ in FORMATS})
    fmts = [f for f, _, _ in FORMATS]
    # shares are of articles: weight each file's format by share / articles per file
    cum = _cum([s / ((lo + hi) / 2) for _, s, (lo, hi) in FORMATS])
    per_file = {f: rng_ for f, _, rng_ in FORMATS}
    made_dirs: set[Path] = set()
    file_no = 0
    lo_b, span = 1024, 7 * 1024
    alpha = max(0.5, (mean_kb * 1024 - lo_b) / span)  # beta mean matches mean_kb

    def size() -> int:
        return lo_b + int(rng.betavariate(2.0 * alpha / (1 - alpha) if alpha < 1 else 8.0, 2.0) * span)

    while st.articles < n:
        fmt = rng.choices(fmts, cum_weights=cum)[0]
        k = min(n - st.articles, rng.randint(*per_file[fmt]))
        d = root / fmt / f"{file_no // 500:04d}"
        if d not in made_dirs:
            d.mkdir(parents=True, exist_ok=True)
            made_dirs.add(d)
        items = []
        for _ in range(k):
            paras, title, _lead = w.body(size())
            items.append((title, paras, w.meta()))
            st.text_bytes += sum(len(p) + 1 for p in paras)
        name = f"a{file_no:07d}"
        if fmt == "txt":
            title, paras, meta = items[0]
            text = _front(title, meta) + "\n".join(paras) + "\n"
            path = d / f"{name}.txt"
        elif fmt == "md":
            title, paras, meta = items[0]
            text = _md(title, paras, meta, rng)
            path = d / f"{name}.md"
        elif fmt == "html":
            title, paras, meta = items[0]
            text = _html_page(title, paras, meta, rng)
            path = d / f"{name}.html"
        elif fmt == "json":
            title, paras, meta = items[0]
            key = rng.choice(["text", "text", "content", "body"])
            text = json.dumps({"title": title, key: "\n".join(paras), **meta}, ensure_ascii=False, indent=1)
            path = d / f"{name}.json"
        elif fmt == "jsonl":
            text = "".join(json.dumps({"title": t, "text": "\n".join(ps), **m}, ensure_ascii=False) + "\n"
                           for t, ps, m in items)
            path = d / f"{name}.jsonl"
        else:
            text = _rss(items, items[0][2]["publisher"])
            path = d / f"{name}.xml"
        data = text.encode("utf-8")
        path.write_bytes(data)
        st.bytes += len(data)
        st.files += 1
        st.articles += k
        st.by_format[fmt] += k
        file_no += 1
    st.seconds = time.perf_counter() - t0
    manifest = {"generator": GENERATOR_VERSION, "reference": reference_signature(reference), "n": n, "seed": seed,
                "articles": st.articles, "files": st.files,
                "bytes": st.bytes, "text_bytes": st.text_bytes, "by_format": st.by_format,
                "entities": len(ents), "invented_entities": len(pools.invented), "seconds": round(st.seconds, 2)}
    (root / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return st


def ensure_corpus(n: int, out: str | os.PathLike[str], *, seed: int = 0) -> dict:
    """The manifest of a corpus of ``n`` articles at ``out``, generating it unless an identical one exists."""
    root = Path(out)
    man = root / MANIFEST
    if man.is_file():
        try:
            m = json.loads(man.read_text(encoding="utf-8"))
            if (m.get("generator") == GENERATOR_VERSION and m.get("n") == n and m.get("seed") == seed
                    and m.get("reference") == reference_signature()):
                return m
        except ValueError:
            pass
    if root.exists():
        import shutil

        shutil.rmtree(root)
    generate(n, root, seed=seed)
    return json.loads(man.read_text(encoding="utf-8"))


def iter_files(root: str | os.PathLike[str]) -> Iterator[Path]:
    """Every article file of a generated corpus, sorted."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn != MANIFEST:
                yield Path(dirpath) / fn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0],
                                 epilog="Example: python -m bench.corpus --n 10000 --out /tmp/corpus-10k --seed 0")
    ap.add_argument("--n", type=int, default=1000, help="number of articles")
    ap.add_argument("--out", required=True, help="output directory (created)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--reference", type=Path, default=None, help="reference-data directory")
    a = ap.parse_args(argv)
    if a.n < 1:
        print("error: --n must be at least 1", file=sys.stderr)
        return 1
    st = generate(a.n, a.out, seed=a.seed, reference=a.reference)
    print(f"{st.articles:,} articles in {st.files:,} files, {st.bytes / 1e6:.1f} MB "
          f"({st.text_bytes / max(1, st.articles) / 1024:.1f} KB of text per article) in {st.seconds:.1f} s -> {a.out}")
    print("  " + ", ".join(f"{k}: {v:,}" for k, v in st.by_format.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
