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

With ``--gold`` it also writes the corpus's own gold annotations (``OUT/gold/<file stem>.json``,
format of the gold README), one per article file, from what each template sentence states; the
articles are the same bytes either way, because annotating makes no random calls.

Example:
    python -m bench.corpus --n 1000 --out /tmp/corpus-1k --seed 0
    python -m bench.corpus --n 200 --out /tmp/corpus-gold --seed 3 --gold
    evkg eval --gold /tmp/corpus-gold/gold --articles /tmp/corpus-gold
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import os
import random
import sys
import re
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
    short = f"{brand} {sector}"
    e = Ent(f"invented:{i}", full, (kind,), zh, (short,))  # forms are set here: the alias is for gold only
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
        self._ents = ents
        self._named: dict[str, Ent] | None = None

    def named(self, key: str, kind: str) -> Ent:
        """The reference entity called ``key`` (name first, then alias; any case), else a new one of ``kind``."""
        if self._named is None:
            self._named = {}
            for e in self._ents:
                self._named.setdefault(e.name.lower(), e)
            for e in self._ents:
                for a in e.aliases:
                    self._named.setdefault(a.lower(), e)
        e = self._named.get(key.lower())
        if e is None:
            e = self._named[key.lower()] = Ent(f"{kind.lower()}:{key.lower().replace(' ', '-')}", key, (kind,))
        return e

    def company(self, rng: random.Random) -> Ent:
        # a quarter of company mentions are long-tail companies unknown to the reference data
        if self.invented and rng.random() < 0.25:
            return rng.choice(self.invented)
        return rng.choice(self.companies)

    def supplier(self, rng: random.Random) -> Ent:
        if self.invented and rng.random() < 0.3:
            return rng.choice(self.invented)
        return rng.choice(self.battery if rng.random() < 0.6 else self.materials)


# Every template takes the random stream, the pools and a ``Note`` that records what the sentence states
# (see "gold annotations" below); it makes its random calls in the order the sentence reads, so the text of
# an article does not depend on whether its annotations are kept.


class Note:
    """What one generated sentence states: the entities it names (with the surface form used), its
    relations and its facts (value as a number, unit, and a period to resolve against the article date)."""

    __slots__ = ("mentions", "relations", "facts", "text")

    def __init__(self) -> None:
        self.mentions: list[tuple[Ent, str]] = []
        self.relations: list[tuple[Ent, str, Ent]] = []
        self.facts: list[tuple[Ent, str, float, str, tuple]] = []
        self.text = ""

    def name(self, rng: random.Random, e: Ent) -> str:
        """A surface form of ``e`` (one random call, as before annotations existed), recorded."""
        form = rng.choice(e.forms)
        self.mentions.append((e, form))
        return form

    def fixed(self, e: Ent | None, form: str) -> None:
        """An entity named by fixed template words ("LFP packs", "eastern China")."""
        if e is not None:
            self.mentions.append((e, form))

    def rel(self, s: Ent, pred: str, o: Ent) -> None:
        self.relations.append((s, pred, o))

    def fact(self, s: Ent, measure: str, value: float, unit: str, period: tuple = ()) -> None:
        if unit == "USD":
            return  # the gold unit list has no dollar unit: amounts in US dollars are not annotated
        self.facts.append((s, measure, value, unit, period))


def _form(rng: random.Random, e: Ent) -> str:
    return rng.choice(e.forms)


def _num(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):,}"


def _num_v(rng: random.Random, lo: int, hi: int) -> tuple[str, int]:
    n = rng.randint(lo, hi)
    return f"{n:,}", n


def _period(rng: random.Random) -> str:
    return _period_p(rng)[0]


def _period_p(rng: random.Random) -> tuple[str, tuple]:
    """A period phrase and how to date it from the article date (see :func:`resolve_period`)."""
    m1 = rng.choice(_MONTHS)
    h = rng.randint(2023, 2025)
    q, qy = rng.randint(1, 4), rng.randint(2023, 2025)
    y = rng.randint(2022, 2025)
    m2 = rng.choice(_MONTHS)
    return rng.choice([(f"in {m1}", ("month", _MONTHS.index(m1) + 1)), (f"in the first half of {h}", ("year", h)),
                       (f"in Q{q} {qy}", ("year", qy)), (f"in {y}", ("year", y)), ("last month", ("last-month",)),
                       ("year to date", ("this-year",)),
                       (f"between January and {m2}", ("through", _MONTHS.index(m2) + 1))])


def resolve_period(spec: tuple, date: str | None) -> str | None:
    """The gold period of a period phrase: a stated year stands alone; a bare month is the latest such month
    up to the article date ("in March" in an article of February 2024 is 2023-03); "last month" is the month
    before it; year-to-date and January-to-month figures take the year (gold README: "A
    year-to-date or first-three-quarters figure takes the year"); ``("date",)`` is the article date (a product
    specification takes the date it was announced); anything relative is ``None`` without an article date."""
    if not spec:
        return None
    if spec[0] == "year":
        return str(spec[1])
    if not date:
        return None
    y, m = int(date[:4]), int(date[5:7])
    kind = spec[0]
    if kind == "date":
        return date
    if kind == "this-year":
        return str(y)
    if kind == "last-month":
        return f"{y - (m == 1):04d}-{(m - 2) % 12 + 1:02d}"
    year = y if spec[1] <= m else y - 1
    return f"{year:04d}-{spec[1]:02d}" if kind == "month" else str(year)


def _money(rng: random.Random) -> str:
    return _money_v(rng)[0]


def _money_v(rng: random.Random) -> tuple[str, float, str]:
    """An amount of money as written, its value as a plain number and its gold unit ("USD" for US dollars, which
    :meth:`Note.fact` leaves out: the gold unit list has no dollar unit, and an analyst does not convert currencies)."""
    a = f"{rng.uniform(1, 300):.1f}"
    b = rng.randint(100, 900)
    c = f"{rng.uniform(1, 80):.2f}"
    d = f"{rng.uniform(1, 40):.1f}"
    e = f"{rng.uniform(0.2, 9):.1f}"
    g = f"{rng.uniform(1, 500):.0f}"
    return rng.choice([(f"{a} billion yuan", round(float(a) * 1e9), "yuan"), (f"{b} million yuan", b * 1_000_000, "yuan"),
                       (f"RMB {c} billion", round(float(c) * 1e9), "yuan"), (f"HK${d} billion", round(float(d) * 1e9), "HKD"),
                       (f"US${e} billion", round(float(e) * 1e9), "USD"), (f"{g}亿元", int(g) * 100_000_000, "yuan")])


Template = Callable[[random.Random, "Pools", Note], str]

#: Fixed template words that name a technology: (words in the text, name or alias to look the technology up
#: by, the surface form an annotator lists). "high-nickel cells", "cathode material" and the like are generic
#: and not tagged; a topic or product word gives the entity only, never a relation (no predicate fits
#: "an agreement covering battery swapping" or "supplies LFP packs").
_FIXED_TECH = {"LFP packs": ("LFP", "LFP"), "sodium-ion cells": ("sodium-ion battery", "sodium-ion"),
               "battery swapping": ("battery swapping", "battery swapping"),
               "smart cockpits": ("smart cockpit", "smart cockpits"),
               "autonomous driving": ("autonomous driving", "autonomous driving"),
               "battery recycling": ("battery recycling", "battery recycling"),
               "battery swap stations": ("battery swapping", "battery swap stations"),
               "solid-state cells": ("solid-state battery", "solid-state"),
               "fast charging": ("fast charging", "fast charging")}


def _topic(rng: random.Random, p: "Pools", n: Note, words: list[str]) -> str:
    w = rng.choice(words)
    if w in _FIXED_TECH:
        key, form = _FIXED_TECH[w]
        n.fixed(p.named(key, "Technology"), form)
    return w


# Annotation rules, one per template (written next to it): what a careful analyst annotates under the gold
# README. Entities: every named entity of the sentence with the surface form used. Relations: only what the
# sentence states as fact: hedged ("may", "is rumoured to") or anonymously sourced ("according to people
# familiar with the matter") claims give none; planned-and-decided ones ("will supply") count. No relation
# links an entity to itself, and regulators never supply or make (see ``_gold_relation``).

def _t_supplies(r, p, n):  # SUPPLIES supplier -> automaker
    s = p.supplier(r)
    a, b = n.name(r, s), _topic(r, p, n, ['battery cells', 'power batteries', 'cathode material', 'LFP packs', 'electrolyte'])
    c = r.choice(p.automakers)
    out = f"{a} supplies {b} to {n.name(r, c)} for its {r.choice(['new SUV', 'entry-level sedans', 'export models', 'flagship line'])}."
    n.rel(s, "SUPPLIES", c)
    return out


def _t_supplies_passive(r, p, n):  # SUPPLIES supplier -> automaker ("are supplied by")
    c = r.choice(p.automakers)
    a = n.name(r, c)
    s = p.supplier(r)
    n.rel(s, "SUPPLIES", c)
    return f"The packs in {a}'s latest models are supplied by {n.name(r, s)}."


def _t_sources_from(r, p, n):  # none: sourced only to people familiar with the matter, not established
    c = r.choice(p.automakers)
    a = n.name(r, c)
    b = r.choice(['its cells', 'lithium carbonate', 'separators', 'battery modules'])
    return f"{a} sources {b} from {n.name(r, p.supplier(r))}, according to people familiar with the matter."


def _t_supplier_to(r, p, n):  # SUPPLIES supplier -> automaker ("a key supplier to")
    s = p.supplier(r)
    a = n.name(r, s)
    c = r.choice(p.automakers)
    n.rel(s, "SUPPLIES", c)
    return f"{a}, a key supplier to {n.name(r, c)}, expanded its plant in {r.choice(_CITIES)}."


def _t_will_supply(r, p, n):  # SUPPLIES: a decided plan counts
    s = p.supplier(r)
    a = n.name(r, s)
    b = _topic(r, p, n, ['sodium-ion cells', 'battery systems', 'high-nickel cells'])
    c = r.choice(p.automakers)
    n.rel(s, "SUPPLIES", c)
    return f"{a} will supply {b} to {n.name(r, c)} starting next year."


def _t_hedged_supply(r, p, n):  # none: hedged
    a = n.name(r, p.supplier(r))
    b = r.choice(['may', 'could potentially', 'is rumoured to'])
    c = n.name(r, r.choice(p.automakers))
    return f"{a} {b} supply cells to {c}, {r.choice(['analysts speculated', 'though neither side confirmed it', 'a report claimed'])}."


def _t_partnership(r, p, n):  # PARTNERS_WITH (symmetric); a technology topic is an entity only
    x = p.company(r)
    a = n.name(r, x)
    y = p.company(r)
    b = n.name(r, y)
    n.rel(x, "PARTNERS_WITH", y)
    return f"{a} and {b} signed a strategic cooperation agreement covering {_topic(r, p, n, ['battery swapping', 'smart cockpits', 'overseas markets', 'charging networks'])}."


def _t_partner_with(r, p, n):  # PARTNERS_WITH
    x = p.company(r)
    a = n.name(r, x)
    y = p.company(r)
    b = n.name(r, y)
    n.rel(x, "PARTNERS_WITH", y)
    return f"{a} announced a partnership with {b} on {_topic(r, p, n, ['autonomous driving', 'battery recycling', 'chip design'])}."


def _t_invests(r, p, n):  # INVESTS_IN investor -> investee, and the amount as the investor's investment fact
    x = p.company(r)
    a = n.name(r, x)
    m, v, u = _money_v(r)
    y = p.company(r)
    b = n.name(r, y)
    n.rel(x, "INVESTS_IN", y)
    n.fact(x, "investment", v, u)
    return f"{a} invested {m} in {b}, taking a {r.randint(2, 49)}% stake."


def _t_stake(r, p, n):  # INVESTS_IN
    x = p.company(r)
    a = n.name(r, x)
    y = p.company(r)
    n.rel(x, "INVESTS_IN", y)
    return f"{a} took a minority stake in {n.name(r, y)} last {r.choice(_MONTHS)}."


def _t_joint_venture(r, p, n):  # JOINT_VENTURE_WITH (symmetric)
    x = p.company(r)
    a = n.name(r, x)
    y = p.company(r)
    n.rel(x, "JOINT_VENTURE_WITH", y)
    return f"A joint venture between {a} and {n.name(r, y)} will build a plant in {r.choice(_CITIES)}."


def _t_brand_of(r, p, n):  # BRAND_OF brand -> the owner the sentence names (its parent, else an automaker)
    b = r.choice(p.brands)
    a = n.name(r, b)
    owner = p.by_id[b.parent] if b.parent in p.by_id else r.choice(p.automakers)
    n.rel(b, "BRAND_OF", owner)
    return f"{a}, a brand under {n.name(r, owner)}, launched a new model."


def _t_member_of(r, p, n):  # MEMBER_OF (an industry association counts as the group joined)
    x = r.choice(p.brands + p.automakers)
    a = n.name(r, x)
    y = r.choice(p.alliances + p.associations)
    n.rel(x, "MEMBER_OF", y)
    return f"{a} is a member of {n.name(r, y)}."


def _t_develops(r, p, n):  # DEVELOPS company -> technology (unveiled, developing, showcased, mass-produced)
    x = p.company(r)
    a = n.name(r, x)
    v, d = r.choice(['unveiled', 'is developing', 'showcased', 'has started mass production of']), r.choice(['its new', 'a next-generation', 'a'])
    t = r.choice(p.techs)
    n.rel(x, "DEVELOPS", t)
    return f"{a} {v} {d} {n.name(r, t)}."


def _t_uses_tech(r, p, n):  # USES_TECHNOLOGY product -> technology
    m = r.choice(p.models)
    a = n.name(r, m)
    t = r.choice(p.techs)
    n.rel(m, "USES_TECHNOLOGY", t)
    return f"The {a} uses {n.name(r, t)} technology."


def _t_adopts_tech(r, p, n):  # USES_TECHNOLOGY automaker -> technology
    x = r.choice(p.automakers)
    a = n.name(r, x)
    t = r.choice(p.techs)
    n.rel(x, "USES_TECHNOLOGY", t)
    return f"{a} adopted {n.name(r, t)} across its lineup."


def _t_issued(r, p, n):  # ISSUED regulator -> policy (as stated, even where the pairing is unlikely)
    g = r.choice(p.regulators)
    a = n.name(r, g)
    d = r.choice(p.policies)
    n.rel(g, "ISSUED", d)
    return f"The {a} issued the {n.name(r, d)} on {r.choice(_MONTHS)} {r.randint(1, 28)}."


def _t_supports(r, p, n):  # SUPPORTS policy -> technology
    d = r.choice(p.policies)
    a = n.name(r, d)
    t = r.choice(p.techs)
    n.rel(d, "SUPPORTS", t)
    return f"The {a} supports {n.name(r, t)} as a priority."


def _t_convened(r, p, n):  # MET_WITH regulator -> each company convened
    g = r.choice(p.regulators)
    a = n.name(r, g)
    forms = []
    for _ in range(3):
        x = p.company(r)
        forms.append(n.name(r, x))
        n.rel(g, "MET_WITH", x)
    return f"The {a} convened {forms[0]}, {forms[1]} and {forms[2]} for a symposium on {r.choice(['price wars', 'battery safety', 'payment terms'])}."


def _t_executive(r, p, n):  # EXECUTIVE_OF person -> organisation
    if not p.people:
        return ""
    x = r.choice(p.people)
    if x.parent not in p.by_id:
        return ""
    a = n.name(r, x)
    o = p.by_id[x.parent]
    n.rel(x, "EXECUTIVE_OF", o)
    return f"{a}, chairman of {n.name(r, o)}, said demand remained strong."


def _t_executive_paren(r, p, n):  # a named person (CEO of C): Person entity and EXECUTIVE_OF
    who = f"{r.choice(['Zhang', 'Liu', 'Chen', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Sun'])} {r.choice(['Wei', 'Jun', 'Lei', 'Hua', 'Ming', 'Tao', 'Yong', 'Bin'])}"
    person = Ent(f"person:{who.lower().replace(' ', '-')}", who, ("Person",))
    n.fixed(person, who)
    x = p.company(r)
    n.rel(person, "EXECUTIVE_OF", x)
    return f"{who} (CEO of {n.name(r, x)}) told reporters the order book was full."


def _t_listed_on(r, p, n):  # LISTED_ON company -> exchange (the exchange is named)
    x = p.company(r)
    a = n.name(r, x)
    e = r.choice(p.exchanges)
    n.rel(x, "LISTED_ON", e)
    return f"{a} is listed on the {n.name(r, e)}."


def _t_debut(r, p, n):  # LISTED_ON: a debut on an exchange is a listing on it
    x = p.company(r)
    a = n.name(r, x)
    e = r.choice(p.exchanges)
    n.rel(x, "LISTED_ON", e)
    return f"{a} made its debut on the {n.name(r, e)} on {r.choice(_MONTHS)} {r.randint(1, 28)}."


def _t_constituent(r, p, n):  # CONSTITUENT_OF company -> index or fund
    x = p.company(r)
    a = n.name(r, x)
    i = r.choice(p.indexes)
    n.rel(x, "CONSTITUENT_OF", i)
    return f"{a} is a constituent of the {n.name(r, i)}."


def _t_etf_holdings(r, p, n):  # CONSTITUENT_OF each holding -> fund
    fnd = r.choice(p.funds)
    a = n.name(r, fnd)
    forms = []
    for _ in range(3):
        x = p.company(r)
        forms.append(n.name(r, x))
        n.rel(x, "CONSTITUENT_OF", fnd)
    return f"The top holdings of the {a} include {forms[0]}, {forms[1]} and {forms[2]}."


def _t_competes(r, p, n):  # COMPETES_WITH (symmetric)
    x = r.choice(p.automakers)
    a = n.name(r, x)
    y = r.choice(p.automakers)
    n.rel(x, "COMPETES_WITH", y)
    return f"{a} competes with {n.name(r, y)} in the {r.choice(['premium SUV', 'compact EV', 'overseas', 'plug-in hybrid'])} segment."


def _t_subsidiary(r, p, n):  # SUBSIDIARY_OF child -> parent
    x = p.company(r)
    a = n.name(r, x)
    y = p.company(r)
    n.rel(x, "SUBSIDIARY_OF", y)
    return f"{a}, a subsidiary of {n.name(r, y)}, reported strong orders."


def _t_manufactures(r, p, n):  # MANUFACTURES automaker -> product
    x = r.choice(p.automakers)
    a = n.name(r, x)
    m = r.choice(p.models)
    n.rel(x, "MANUFACTURES", m)
    return f"{a} makes the {n.name(r, m)} at its {r.choice(_CITIES)} factory."


def _t_regulates(r, p, n):  # REGULATES regulator -> automaker
    g = r.choice(p.regulators)
    a = n.name(r, g)
    x = r.choice(p.automakers)
    n.rel(g, "REGULATES", x)
    return f"The {a} oversees recalls by {n.name(r, x)}."


def _rel_templates() -> list[tuple[str, Template, float]]:
    """(name, template, weight): relation sentences."""
    return [("supplies", _t_supplies, 3), ("supplies-passive", _t_supplies_passive, 1.5),
            ("sources-from", _t_sources_from, 1.5), ("supplier-to", _t_supplier_to, 1.5),
            ("will-supply", _t_will_supply, 1), ("hedged-supply", _t_hedged_supply, 1),
            ("partnership", _t_partnership, 2), ("partner-with", _t_partner_with, 1), ("invests", _t_invests, 1.5),
            ("stake", _t_stake, 1), ("joint-venture", _t_joint_venture, 1.5), ("brand-of", _t_brand_of, 1),
            ("member-of", _t_member_of, 1), ("develops", _t_develops, 2), ("uses-tech", _t_uses_tech, 1),
            ("adopts-tech", _t_adopts_tech, 1), ("issued", _t_issued, 1), ("supports", _t_supports, 1),
            ("convened", _t_convened, 1), ("executive", _t_executive, 1),
            ("executive-paren", _t_executive_paren, 1), ("listed-on", _t_listed_on, 1), ("debut", _t_debut, 0.5),
            ("constituent", _t_constituent, 0.7), ("etf-holdings", _t_etf_holdings, 0.5),
            ("competes", _t_competes, 1), ("subsidiary", _t_subsidiary, 0.7),
            ("manufactures", _t_manufactures, 0.7), ("regulates", _t_regulates, 0.4)]


# Fact rules: value as a plain number ("over 80,000" is 80000; "4.2 billion yuan" 4.2e9; 亿 is 1e8), unit from
# the gold list, period from the sentence's period phrase; year-on-year growth and stake percentages are not
# recorded (no measure). A figure of an unnamed product ("the pack", "its new cell") belongs to its maker.

def _f_deliveries(r, p, n):  # deliveries, units; the YoY rate is not a fact
    x = r.choice(p.automakers)
    a = n.name(r, x)
    s, v = _num_v(r, 5000, 400000)
    per, spec = _period_p(r)
    n.fact(x, "deliveries", v, "units", spec)
    return f"{a} delivered {s} vehicles {per}, up {r.randint(2, 180)}% year on year."


def _f_sales(r, p, n):  # sales, units; a bound ("over", "nearly") is its number
    x = r.choice(p.automakers)
    a = n.name(r, x)
    q = r.choice(['over ', 'nearly ', 'more than ', ''])
    s, v = _num_v(r, 3000, 500000)
    per, spec = _period_p(r)
    n.fact(x, "sales", v, "units", spec)
    return f"{a} sold {q}{s} new energy vehicles {per}."


def _f_production(r, p, n):  # production, units
    x = r.choice(p.automakers)
    a = n.name(r, x)
    s, v = _num_v(r, 10000, 300000)
    per, spec = _period_p(r)
    n.fact(x, "production", v, "units", spec)
    return f"Monthly output at {a} exceeded {s} units {per}."


def _f_market_cap(r, p, n):  # market_cap; undated
    x = p.company(r)
    a = n.name(r, x)
    m, v, u = _money_v(r)
    n.fact(x, "market_cap", v, u)
    return f"{a}'s market capitalisation reached {m}."


def _f_energy_density(r, p, n):  # energy_density of the maker's unnamed cell, dated by the article
    x = r.choice(p.battery)
    a = n.name(r, x)
    v = r.randint(140, 500)
    n.fact(x, "energy_density", v, "Wh/kg", ("date",))
    return f"{a}'s new cell reaches an energy density of {v} Wh/kg."


def _f_capacity_ah(r, p, n):  # capacity in Ah of the maker's unnamed cell
    v = r.randint(100, 600)
    x = r.choice(p.battery)
    n.fact(x, "capacity", v, "Ah", ("date",))
    return f"The {v}Ah storage cell from {n.name(r, x)} enters production this quarter."


def _f_capacity_gwh(r, p, n):  # capacity in GWh: a plant the company plans (a decided plan, not a forecast)
    x = r.choice(p.battery)
    a = n.name(r, x)
    v = r.randint(10, 120)
    n.fact(x, "capacity", v, "GWh")
    return f"{a} plans a {v} GWh plant in {r.choice(_CITIES)}."


def _f_cycle_life(r, p, n):  # cycle_life of the maker's unnamed pack
    x = r.choice(p.battery)
    a = n.name(r, x)
    s, v = _num_v(r, 3000, 15000)
    n.fact(x, "cycle_life", v, "cycles", ("date",))
    return f"{a} says the pack lasts {s} cycles."


def _f_orders(r, p, n):  # orders received by the automaker (the model is an entity; no relation is stated)
    x = r.choice(p.automakers)
    a = n.name(r, x)
    s, v = _num_v(r, 10000, 300000)
    n.fact(x, "orders", v, "units")
    return f"{a} has received over {s} orders for the {n.name(r, r.choice(p.models))}."


def _f_revenue(r, p, n):  # revenue
    x = p.company(r)
    a = n.name(r, x)
    m, v, u = _money_v(r)
    per, spec = _period_p(r)
    n.fact(x, "revenue", v, u, spec)
    return f"{a} reported revenue of {m} {per}."


def _f_profit(r, p, n):  # profit
    x = p.company(r)
    a = n.name(r, x)
    m, v, u = _money_v(r)
    per, spec = _period_p(r)
    n.fact(x, "profit", v, u, spec)
    return f"Net profit at {a} came to {m} {per}."


def _f_share_price(r, p, n):  # share_price_change in %, negative for a fall; "on Monday" is an undated day
    x = p.company(r)
    a = n.name(r, x)
    verb = r.choice(['rose', 'jumped', 'fell', 'slid'])
    s = f"{r.uniform(0.5, 20):.1f}"
    n.fact(x, "share_price_change", float(s) * (-1 if verb in ('fell', 'slid') else 1), "%")
    return f"Shares of {a} {verb} {s}% {r.choice(['on Monday', 'in Hong Kong trading', 'at the open', 'to close the week'])}."


def _f_stations(r, p, n):  # stations; operating battery swap stations is using battery swapping (USES_TECHNOLOGY)
    x = r.choice(p.automakers)
    a = n.name(r, x)
    s, v = _num_v(r, 200, 3000)
    n.fact(x, "stations", v, "stations")
    key, form = _FIXED_TECH["battery swap stations"]
    t = p.named(key, "Technology")
    n.fixed(t, form)
    n.rel(x, "USES_TECHNOLOGY", t)
    return f"{a} now operates {s} battery swap stations."


def _f_investment(r, p, n):  # investment: a decided plan ("will invest") counts
    x = p.company(r)
    a = n.name(r, x)
    m, v, u = _money_v(r)
    n.fact(x, "investment", v, u)
    return f"{a} will invest {m} in a new base in {r.choice(_CITIES)}."


def _f_market_share(r, p, n):  # market_share in %
    x = r.choice(p.battery)
    a = n.name(r, x)
    s = f"{r.uniform(2, 40):.1f}"
    per, spec = _period_p(r)
    n.fact(x, "market_share", float(s), "%", spec)
    return f"{a} held a {s}% share of the global EV battery market {per}."


def _f_fund_size(r, p, n):  # a fund's size in money: the entity only (the gold records fund_size as units outstanding,
    x = r.choice(p.funds)    # unit "shares"; a yuan "scale" is not annotated)
    a = n.name(r, x)
    m, v, u = _money_v(r)
    return f"The {a} has a fund size of {m}."


def _fact_templates() -> list[tuple[str, Template, float]]:
    return [("deliveries", _f_deliveries, 2), ("sales", _f_sales, 2), ("production", _f_production, 1),
            ("market-cap", _f_market_cap, 1), ("energy-density", _f_energy_density, 1),
            ("capacity-ah", _f_capacity_ah, 0.6), ("capacity-gwh", _f_capacity_gwh, 1),
            ("cycle-life", _f_cycle_life, 0.6), ("orders", _f_orders, 1), ("revenue", _f_revenue, 1.5),
            ("profit", _f_profit, 1), ("share-price", _f_share_price, 1.5), ("stations", _f_stations, 0.6),
            ("investment", _f_investment, 1), ("market-share", _f_market_share, 1), ("fund-size", _f_fund_size, 0.4)]


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

    def __init__(self, rng: random.Random, pools: Pools, *, annotate: bool = False) -> None:
        self.r = rng
        self.p = pools
        #: with ``annotate``, the notes of the current article's sentences and of its title
        self.notes: list[Note] | None = [] if annotate else None
        self.title_note: Note | None = None
        rel, fact = _rel_templates(), _fact_templates()
        self.rel = [t for _, t, _ in rel]
        self.rel_w = _cum([w for _, _, w in rel])
        self.fact = [t for _, t, _ in fact]
        self.fact_w = _cum([w for _, _, w in fact])
        self.filler = [f"{a} {b}{' ' + c if c else ''}." for a in _FILL_A for b in _FILL_B for c in _FILL_C]

    def sentence(self) -> str:
        r = self.r
        n = Note()
        x = r.random()
        if x < 0.22:
            s = r.choices(self.rel, cum_weights=self.rel_w)[0](r, self.p, n) or r.choice(_FILL_D)
        elif x < 0.38:
            s = r.choices(self.fact, cum_weights=self.fact_w)[0](r, self.p, n)
        elif x < 0.48:
            s = r.choice(_FILL_D)
            if self.notes is not None and "trade-in programme" in s:  # China's vehicle trade-in scheme
                n.fixed(self.p.named("Vehicle trade-in subsidy program", "Policy"), "trade-in programme")
        else:
            s = r.choice(self.filler)
            if self.notes is not None:  # filler names no company, but "eastern China" names a country
                if "eastern China" in s:
                    n.fixed(self.p.named("China", "Country"), "China")
                if "fast charging" in s:
                    n.fixed(self.p.named(*_FIXED_TECH["fast charging"][:1], "Technology"), "fast charging")
        self._keep(n, s)
        return s

    def _keep(self, n: Note, text: str) -> None:
        if self.notes is not None and (n.mentions or n.relations or n.facts):
            n.text = text
            self.notes.append(n)

    def body(self, target: int) -> tuple[list[str], str, str]:
        """Paragraphs of about ``target`` characters, plus a title and a lead entity name."""
        r = self.r
        if self.notes is not None:
            self.notes = []
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
                if "WeChat" in junk and self.notes is not None:  # page junk, but it names a product
                    n = Note()
                    n.fixed(self.p.named("WeChat", "Product"), "WeChat")
                    self._keep(n, junk)
                size += len(junk) + 1
        tpl = r.choice(_TITLES)
        title = tpl.format(a=a.name, b=b.name)
        if self.notes is not None:
            # A title names its companies by their canonical names; it states no relation ("deepen ties",
            # "the race between" are not a partnership or a rivalry an analyst would record).
            tn = Note()
            tn.fixed(a, a.name)
            if "{b}" in tpl:
                tn.fixed(b, b.name)
            if "solid-state cells" in tpl:
                tn.fixed(self.p.named(*_FIXED_TECH["solid-state cells"][:1], "Technology"),
                         _FIXED_TECH["solid-state cells"][1])
            tn.text = title
            self.title_note = tn
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
# gold annotations (the format of the gold README: entities, relations, facts with evidence)

GOLD_DIR = "gold"

# Predicates whose subject must be a regulator, and those a regulator never has (a regulator neither supplies
# nor makes anything); object types a predicate needs. Pools fall back to other kinds when the reference data
# lacks one, so a sentence can pair the wrong kinds: it is then not annotated.
_REGULATOR_ONLY = {"ISSUED", "REGULATES", "MET_WITH"}
_NOT_REGULATOR = {"SUPPLIES", "MANUFACTURES"}
_OBJECT_TYPE = {"ISSUED": {"Policy"}, "LISTED_ON": {"Exchange"}, "CONSTITUENT_OF": {"Fund", "Index"}}
_SUBJECT_TYPE = {"SUPPORTS": {"Policy"}, "EXECUTIVE_OF": {"Person"}}
_SYMMETRIC = {"PARTNERS_WITH", "COMPETES_WITH", "JOINT_VENTURE_WITH"}


def gold_name(e: Ent) -> str:
    """The canonical name: the reference name, or an invented company's full name without "Co., Ltd."
    (as CATL is not "Contemporary Amperex Technology Co., Ltd."; the full form stays an alias)."""
    if e.id.startswith("invented:") and e.name.endswith(" Co., Ltd."):
        return e.name[: -len(" Co., Ltd.")]
    return e.name


def gold_type(e: Ent) -> str:
    """The gold type of an entity's first kind (``evkg.ontology.vocab.GOLD_TYPE``; Organization if unknown)."""
    from evkg.ontology.vocab import GOLD_TYPE, Kind

    try:
        return GOLD_TYPE[Kind(e.kinds[0])]
    except (ValueError, KeyError, IndexError):
        return "Organization"


_PREFIX_EXCHANGES = {"SHE": "Shenzhen Stock Exchange", "SZSE": "Shenzhen Stock Exchange", "SHA": "Shanghai Stock Exchange",
                     "SSE": "Shanghai Stock Exchange", "HKG": "Hong Kong Stock Exchange", "HKEX": "Hong Kong Stock Exchange",
                     "NYSE": "New York Stock Exchange", "NASDAQ": "Nasdaq"}
_PREFIX_EXCHANGE = re.compile(r"\((SHE|SZSE|SHA|SSE|HKG|HKEX|NYSE|NASDAQ): [^)]+\)$")


def _gold_ticker(t: str) -> str:
    code, _, ex = t.partition(".")
    return f"{code.lstrip('0') or '0'}.HK" if ex == "HK" else t


def split_form(e: Ent, form: str) -> tuple[list[str], list[str]]:
    """Aliases and tickers a surface form shows: "BYD (比亚迪)" gives BYD and 比亚迪, "BYD (SZSE: 002594)" gives
    BYD and the ticker 002594.SZ (a Hong Kong code loses its leading zeros)."""
    plain = [x for x in (e.name, *e.aliases, e.name_zh) if x]
    if form in plain:
        return [form], []
    for base in sorted(plain, key=len, reverse=True):
        if form.startswith(base + " (") and form.endswith(")"):
            inner = form[len(base) + 2:-1]
            if inner == e.name_zh:
                return [base, inner], []
            for t in e.tickers[:2]:
                if inner in _ticker_forms(t):
                    return [base], [_gold_ticker(t)]
    return [form], []


def _gold_relation(s: Ent, pred: str, o: Ent) -> bool:
    if gold_name(s) == gold_name(o):
        return False
    st, ot = gold_type(s), gold_type(o)
    if pred in _REGULATOR_ONLY and st != "Regulator" or pred in _NOT_REGULATOR and st == "Regulator":
        return False
    return (pred not in _OBJECT_TYPE or ot in _OBJECT_TYPE[pred]) and (
        pred not in _SUBJECT_TYPE or st in _SUBJECT_TYPE[pred])


def gold_record(article: str, parts: list[tuple[list[Note], str | None]]) -> dict:
    """The gold file of one article file: ``parts`` holds, per article in it, its notes (the title's first
    when the reader shows the title as text) and its date as the reader sees it (``None`` if none)."""
    ents: dict[str, dict] = {}
    rels: dict[tuple[str, str, str], dict] = {}
    facts: list[dict] = []
    for notes, date in parts:
        for n in notes:
            for e, form in n.mentions:
                name = gold_name(e)
                g = ents.get(name)
                if g is None:
                    g = ents[name] = {"name": name, "type": gold_type(e), "aliases": [], "ticker": []}
                aliases, tickers = split_form(e, form)
                g["aliases"] += [a for a in aliases if a not in g["aliases"]]
                g["ticker"] += [t for t in tickers if t not in g["ticker"]]
                if tickers and (px := _PREFIX_EXCHANGE.search(form)) is not None:
                    # "BYD (HKEX: 1211)": the prefix names the exchange the company is listed on
                    ex = _PREFIX_EXCHANGES[px.group(1)]
                    x = ents.setdefault(ex, {"name": ex, "type": "Exchange", "aliases": [], "ticker": []})
                    if px.group(1) not in x["aliases"]:
                        x["aliases"].append(px.group(1))
                    rels.setdefault((name, "LISTED_ON", ex), {"subject": name, "predicate": "LISTED_ON", "object": ex,
                                                              "evidence": n.text})
            for s, pred, o in n.relations:
                if not _gold_relation(s, pred, o):
                    continue
                key = (gold_name(s), pred, gold_name(o))
                if pred in _SYMMETRIC and key[2] < key[0]:
                    key = (key[2], pred, key[0])
                rels.setdefault(key, {"subject": key[0], "predicate": pred, "object": key[2], "evidence": n.text})
            for s, measure, value, unit, spec in n.facts:
                facts.append({"subject": gold_name(s), "measure": measure,
                              "value": int(value) if float(value).is_integer() else value, "unit": unit,
                              "period": resolve_period(spec, date), "evidence": n.text})
    return {"article": article, "entities": list(ents.values()), "relations": list(rels.values()), "facts": facts}


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
             mean_kb: float = 4.5, gold: bool = False) -> CorpusStats:
    """Write ``n`` articles under ``out`` (``<format>/<shard>/<file>``) and a ``corpus.json`` manifest.

    With ``gold``, also write ``out/gold/<file stem>.json`` per article file: the annotations of every
    article in it (gold README format; ``article`` is the path relative to ``out``), so that
    ``evkg eval --gold out/gold --articles out`` scores the extractor on the corpus. The articles are the
    same bytes either way."""
    t0 = time.perf_counter()
    rng = random.Random(seed)
    ents, _ = load_entities(reference)
    pools = Pools(ents, rng, n_invented=max(20, n // 25))
    w = Writer(rng, pools, annotate=gold)
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    if gold:
        (root / GOLD_DIR).mkdir(exist_ok=True)
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
        if file_no < len(fmts):
            fmt = fmts[file_no]  # every format at least once, even in a small corpus
        k = min(n - st.articles, rng.randint(*per_file[fmt]))
        d = root / fmt / f"{file_no // 500:04d}"
        if d not in made_dirs:
            d.mkdir(parents=True, exist_ok=True)
            made_dirs.add(d)
        items = []
        notes: list[tuple[Note | None, list[Note]]] = []  # per article: title note, sentence notes
        for _ in range(k):
            paras, title, _lead = w.body(size())
            items.append((title, paras, w.meta()))
            st.text_bytes += sum(len(p) + 1 for p in paras)
            if gold:
                notes.append((w.title_note, list(w.notes or ())))
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
        if gold:
            # Readers show the title as text only where the page prints it (HTML <h1>, Markdown "# title");
            # a Markdown file without front matter has no date.
            shown = fmt in ("html", "md")
            dated = fmt != "md" or text.startswith("---\n")
            parts = [(([tn] if shown and tn else []) + ns, m["date"] if dated else None)
                     for (tn, ns), (_, _, m) in zip(notes, items)]
            rec = gold_record(path.relative_to(root).as_posix(), parts)
            (root / GOLD_DIR / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
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
    if gold:
        manifest["gold"] = GOLD_DIR
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
        if Path(dirpath) == Path(root) and GOLD_DIR in dirnames:
            dirnames.remove(GOLD_DIR)  # annotations, not articles
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
    ap.add_argument("--gold", action="store_true",
                    help="also write OUT/gold/<file stem>.json annotations (evkg eval --gold OUT/gold --articles OUT)")
    a = ap.parse_args(argv)
    if a.n < 1:
        print("error: --n must be at least 1", file=sys.stderr)
        return 1
    st = generate(a.n, a.out, seed=a.seed, reference=a.reference, gold=a.gold)
    print(f"{st.articles:,} articles in {st.files:,} files, {st.bytes / 1e6:.1f} MB "
          f"({st.text_bytes / max(1, st.articles) / 1024:.1f} KB of text per article) in {st.seconds:.1f} s -> {a.out}")
    print("  " + ", ".join(f"{k}: {v:,}" for k, v in st.by_format.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
