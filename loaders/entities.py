"""Entity recognition: dictionary matches plus discovery of entities that are not in the reference data.

:class:`EntityFinder` works on cleaned text (see :mod:`evkg.loaders.cleaning`) and returns a
:class:`Found` record: entity mentions, the entities they name (known or new), pronoun references
resolved to entities ("the company", "its"), and relations that discovery itself establishes
(a person's title at an organisation, a named product's technology).

Discovery rules, all general patterns of English business news:

- "English Name (中文名)" pairs and "Long Name (ACRONYM)" pairs;
- capitalised names ending in a company word (Shares, Group, Energy, Power, Motors, Securities,
  ETF, Index...), typed from the suffix and the article's context;
- unknown capitalised names coordinated with known companies ("A, B, C and others");
- ETF and fund names with codes ("Battery ETF (561910)") and exchange tickers ("(09927.HK)",
  "SHE: 300750", "NYSE: NIO"), normalised and attached to the nearest entity;
- people with titles ("Wang Chuanfu (CEO of BYD)", "Li Xiang, founder and CEO of Li Auto",
  "BYD chairman Wang Chuanfu", "Li Auto's founder and CEO, Li Xiang");
- policy documents (quoted or 《》 titles with policy words, dated editions, tax exemptions,
  Five-Year plans) and products ("a battery named "Boundless"", model codes "i6 and i8 SUVs",
  owned products "its Gemstone all-solid-state battery", "OpenAI's forthcoming GPT-5");
- known models named without their maker once the article names the maker or brand ("the T03 and
  C10", "the Seagull hatchback"; see :mod:`evkg.loaders.models`);
- unknown companies after a descriptor ("battery maker Zenergy", "chipmaker X"), typed from it,
  and suffix names typed by their most telling word ("Hairun Battery Technology Co., Ltd.");
- people introduced by appointment ("was appointed CEO of Y", "Y named X as president"), by
  "who heads", "founded and is chaired by", or "X, the company's chairman".

Never tagged: publishers and publications ("Securities Times"), places that are not countries,
generic feature words ("intelligent driving", "fast charging"); a board (STAR Market) names its
exchange; an exchange code in front of a ticker ("HKEX: 1211", "NYSE: NIO") is no mention of its own, but the
company it belongs to is listed there (a ``LISTED_ON`` link).

New entities get the id ``<prefix>:<slug>`` and ``known=False``.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain
from typing import Iterable

import ahocorasick

from evkg.ontology.vocab import ancestors, id_prefix, kind as _kind

from .dates import MONTH_NAME
from .gazetteer import Gazetteer, beyond_latin1, has_cjk, norm_key, strip_legal_suffix
from .models import ShortModelNames
from .reference import KnowledgeBase

# ----------------------------------------------------------------------------------------------
# Lexicons

#: Words and labels never tagged as entities (sector labels, generic words, market nicknames).
DENY = frozenset(
    w.lower()
    for w in (
        "AI", "NEV", "NEVs", "EV", "EVs", "new energy vehicle", "new energy vehicles", "electric vehicle",
        "electric vehicles", "artificial intelligence", "photovoltaics", "photovoltaic", "CPO", "TTM", "Deep News",
        "Yi Zhong Tian", "Seven Sisters", "trillion-yuan club", "A-shares", "A-share", "H-shares", "H-share",
        "PE", "P/E", "YoY", "GDP", "CEO", "IPO", "ETF", "ETFs", "Q1", "Q2", "Q3", "Q4", "H1", "H2",
        # Too generic to be a named technology.
        "battery", "batteries", "power battery", "power batteries", "battery technology", "traction battery",
        "rechargeable battery", "energy storage", "energy storage system", "energy storage systems",
        # Generic feature and component words that annotators do not tag as named technologies.
        "intelligent driving", "smart driving", "assisted driving", "driver assistance", "digital cockpit",
        "smart cockpit", "intelligent cockpit", "smart cabin", "solid electrolyte", "solid electrolytes",
        "solid-state electrolyte", "solid-state electrolytes", "inorganic solid electrolyte",
        "battery energy storage system", "battery energy storage", "energy storage battery", "energy storage batteries",
        "charging infrastructure", "EV charging", "electric vehicle charging", "charging pile", "charging piles",
        "fast charging", "fast-charging", "rapid charging", "ultra-fast charging",
        # The Chinese forms of the generic battery words above.
        "电池", "动力电池", "储能电池", "储能系统", "储能",
        # Vehicle and service categories (sector labels like "EV"), not named technologies (lidar, a class of sensor
        # that annotators do tag, is in SENSOR_CLASSES instead).
        "battery electric vehicle", "battery electric vehicles", "BEV", "BEVs", "plug-in hybrid", "plug-in hybrids",
        "plug-in hybrid electric vehicle", "plug-in hybrid electric vehicles", "PHEV", "PHEVs", "robotaxi",
        "robotaxis", "robo-taxi", "robo-taxis", "driverless taxi", "driverless taxis",
        # vehicle classes by their initials ("its youth ATV, the company said"): no maker's name
        "ATV", "ATVs", "UTV", "UTVs", "LSV", "LSVs", "SUV", "SUVs", "MPV", "MPVs", "RV", "RVs", "AGV", "AGVs",
        # Component abbreviations that machine translation leaves in lists of names ("batch supply OBC,Lixiang Auto").
        "OBC", "OBCs", "BMS", "VCU", "ECU", "ECUs", "MCU", "MCUs", "PDU", "DC-DC", "DCDC",
        # Nationality adjectives ("French carmaker Renault", "the German supplier"): never a name.
        "French", "German", "Japanese", "Korean", "South Korean", "American", "British", "Swedish", "Italian", "Dutch",
        "Spanish", "Indonesian", "Brazilian", "Australian", "Swiss", "Indian", "Saudi", "Thai", "Malaysian",
        "Vietnamese", "Mexican", "Turkish", "Hungarian", "Congolese", "Chilean", "Argentine", "Canadian", "Russian",
        "Polish", "Belgian", "Austrian", "Emirati", "Moroccan", "Norwegian", "Finnish", "Danish", "Czech", "Slovak",
        "European", "Asian", "African", "Latin American", "Gulf",
        "Southeast Asian", "South Asian", "East Asian", "Central Asian", "Middle Eastern", "North American",
        "South American", "Nordic", "Scandinavian", "North African", "West African", "East African",
        "Belarusian", "Ukrainian", "Uzbek", "Kazakh", "Kyrgyz", "Azerbaijani", "Georgian", "Armenian", "Mongolian",
        "Romanian", "Serbian", "Bulgarian", "Croatian", "Slovenian", "Lithuanian", "Latvian", "Estonian", "Portuguese",
        "Greek", "Irish", "Israeli", "Egyptian", "Nigerian", "Kenyan", "Ethiopian", "Algerian", "Tunisian",
        "Pakistani", "Bangladeshi", "Sri Lankan", "Nepali", "Nepalese", "Filipino", "Singaporean", "Taiwanese",
        "Iranian", "Iraqi", "Qatari", "Kuwaiti", "Omani", "Jordanian", "Peruvian", "Colombian", "Uruguayan",
        "Ecuadorian", "Bolivian", "Cambodian", "Laotian", "Burmese",
    )
)

# after a name, a computing facility it names: "Fuyao intelligent computing centre", "Fuyao, a data centre in"
_FACILITY_AFTER = re.compile(r"(?:\s*,\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+){0,2}?|\s+)(?:intelligent\s+computing|"
                             r"supercomputing|computing|data)\s+(?:centre|center)s?\b")
_CENTRE_AFTER = re.compile(r"\s+(?:centre|center)\b")
#: Places that are not countries: never tagged (discovery would otherwise read "In Hong Kong, Alibaba ..." as a list).
PLACES = frozenset(p.lower() for p in (
    "Hong Kong", "Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Hefei", "Ningde", "Chongqing", "Wuhan",
    "Chengdu", "Xi'an", "Tianjin", "Nanjing", "Suzhou", "Changsha", "Xiamen", "Fujian", "Guangdong", "Zhejiang",
    "Jiangsu", "Anhui", "Sichuan", "Hubei", "Hunan", "Shandong", "Henan", "Hebei", "Jiangxi", "Yunnan", "Guangxi",
    "Hainan", "Xinjiang", "Tibet", "Inner Mongolia", "Qinghai", "Macau", "Macao", "Europe", "Asia", "Asia-Pacific",
    "Africa", "North America", "South America", "Latin America", "Middle East", "Southeast Asia", "Berlin", "Munich",
    "Debrecen", "Zaragoza", "Changzhou", "Yibin", "Liuzhou", "Zhengzhou", "Qingdao", "Dalian", "Shenyang", "Harbin",
    "Changchun", "Ningbo", "Wuxi", "Foshan", "Dongguan", "Zhuhai", "Huizhou", "Jinhua", "Taizhou", "Wenzhou",
    "Jiaxing", "Shaoxing", "Yancheng", "Nanchang", "Fuzhou", "Kunming", "Guiyang", "Lanzhou", "Urumqi", "Taiyuan",
    "Shijiazhuang", "Jinan", "Hohhot", "Nanning", "Haikou", "Sanya", "Mainland", "Silicon Valley", "Wall Street",
    "Brussels", "Washington", "Tokyo", "Seoul", "Bangkok", "Jakarta", "Istanbul", "Sao Paulo", "Mexico City",
    "Detroit", "Los Angeles", "New York", "London", "Paris", "Frankfurt", "Stuttgart", "Wolfsburg", "Budapest",
    "Szeged", "Rayong", "Jialing River", "Pearl River Delta", "Yangtze River Delta", "Greater Bay Area", "Lingang",
    "Pudong", "Indonesia Morowali Industrial Park", "Morowali Industrial Park", "IMIP", "Morowali", "Weda Bay",
    "Indonesia Weda Bay Industrial Park", "IWIP",
))

_DENY_ALL = DENY | PLACES

_STOP_LEAD = frozenset(
    """the a an on in at as for from by with meanwhile however according since while although after before
    during similarly additionally furthermore moreover today yesterday this that these those its their his her our
    both each several many some other all any most more such including include includes like unlike among
    and or but if when where why how what which who whom whose then thus also even still yet so because
    data shares share stocks stock investors investor analysts analyst market markets sector sectors industry
    chinese china global international domestic foreign leading major top new latest recent first second third
    last next former current key local state national regional private public listed january february march april
    may june july august september october november december monday tuesday wednesday thursday friday saturday
    sunday it he she they we you i there here not no yes mr ms dr said says according of to""".split()
)
# a capitalised adjective that may open a translated name before its generic words ("Top Group", "New Power")
_LEAD_ADJ_BEFORE = re.compile(r"(?<![\w\-])((?-i:Top|New|Leading|Major|Global|National|State|First|Key|International)) $")
_GENERIC_HEAD = frozenset(
    """new power battery batteries energy lithium auto motor motors group technology technologies tech smart
    intelligent electric vehicle vehicles solid state solid-state storage green clean global international national
    china chinese asia asian world holdings industry industries material materials securities fund funds etf index
    theme sector market capital bank investment share shares company companies the a an and of automotive
    mobility digital future advanced high quality component components supply chain leading major top
    consumer electronics semiconductor grid utility residential household home portable stationary commercial industrial""".split()
)

# Suffix word (lower case) -> class. ``None`` means "decide from context" (company of the sector).
_ADVISER_WORDS = frozenset(("research", "consulting", "consultancy", "advisory", "analytics"))
_SUFFIX_KIND: dict[str, str | None] = {
    "shares": None, "group": None, "holdings": None, "holding": None, "co": None, "company": None,
    "gruppe": None,  # (German: "Kessler Mobil Gruppe", "Rheinland Automobil Gruppe")
    "corporation": None, "corp": None, "industries": None, "limited": None, "ltd": None, "inc": None,
    "manufacturing": None,  # ("Zhejiang Haoqing Automobile Manufacturing", "Jiangsu Highstar Battery Manufacturing")
    "energy": "battery?", "power": "battery?", "lithium": "battery?", "battery": "BatteryMaker",
    "batteries": "BatteryMaker", "storage": "BatteryMaker", "motors": "Automaker", "motor": "Automaker", "auto": "Automaker",
    "automobile": "Automaker", "automotive": "Supplier", "cars": "Automaker", "vehicles": "Automaker",
    "vehicle": "Automaker",  # ("Jiangling Motors Electric Vehicle", "Chongqing Changan New Energy Vehicle")
    "technology": "TechCompany", "technologies": "TechCompany", "tech": "TechCompany", "robotics": "TechCompany",
    "software": "TechCompany", "intelligence": "TechCompany", "cloud": "TechCompany", "networks": "TechCompany",
    "electronics": "Supplier", "electric": "Supplier", "electrical": "Supplier", "parts": "Supplier",
    "components": "Supplier", "semiconductor": "SemiconductorMaker", "semiconductors": "SemiconductorMaker",
    "microelectronics": "SemiconductorMaker", "materials": "MaterialsSupplier", "chemical": "MaterialsSupplier",
    "chemicals": "MaterialsSupplier", "mining": "MaterialsSupplier", "electrochemical": "MaterialsSupplier",
    "electrochemistry": "MaterialsSupplier", "recycling": "MaterialsSupplier", "cobalt": "MaterialsSupplier",
    "nickel": "MaterialsSupplier", "resources": "MaterialsSupplier", "minerals": "MaterialsSupplier",
    "copper": "MaterialsSupplier", "steel": "MaterialsSupplier", "aluminium": "MaterialsSupplier",
    "aluminum": "MaterialsSupplier", "magnesium": "MaterialsSupplier",
    "foil": "MaterialsSupplier", "foils": "MaterialsSupplier",  # ("Lingbao Wason Copper Foil")
    # tyre, glass and lighting makers ("Triangle Tyre", "Xinyi Glass", "Xingyu Automotive Lighting")
    "tyre": "Supplier", "tyres": "Supplier", "tire": "Supplier", "tires": "Supplier",
    "glass": "Supplier", "lighting": "Supplier", "futures": "FinancialInstitution", "securities": "FinancialInstitution",
    "bank": "FinancialInstitution", "capital": "FinancialInstitution", "investment": "FinancialInstitution",
    "investments": "FinancialInstitution", "insurance": "FinancialInstitution", "ventures": "FinancialInstitution",
    "management": "FinancialInstitution", "finance": "FinancialInstitution", "financial": "FinancialInstitution",
    "leasing": "FinancialInstitution", "logistics": None, "fund": "fund?", "etf": "Fund", "lof": "Fund", "index": "Index",
    "alliance": "Alliance", "association": "IndustryAssociation", "federation": "IndustryAssociation",
    "chamber": "IndustryAssociation", "institute": "Organization", "academy": "Organization",
    "university": "Organization", "commission": "Regulator", "administration": "Regulator", "bureau": "Regulator",
    "ministry": "Regulator", "authority": "authority?", "exchange": "exchange?",
    # shipyards, shipping lines and port operators ("Wuchang Shipbuilding", "Wuhu Shipyard", "Anhui Port and Shipping")
    "shipbuilding": "Organization", "shipyard": "Organization", "shipping": "Organization",
    # service firms, contractors and racing teams ("Redbank Mining Services", "Gulf Horizon Contracting", "Cyan Racing")
    "services": "Organization", "contracting": "Organization", "racing": "Organization",
    # research houses and consultancies ("Yongan Research", "Halden Mobility Research", "Zhongyan Insurance Consulting")
    **dict.fromkeys(_ADVISER_WORDS, "Organization"),
}
_POLICY_WORDS = (
    r"Plan|Plans|Conditions|Opinions|Measures|Notice|Circular|Guidelines|Guideline|Guidance|Standard|Standards|"
    r"Regulations|Regulation|Rules|Provisions|Law|Strategy|Edition|Program|Programme|Catalogue|Catalog|Outline|"
    r"Roadmap|Policy|Policies|Decision|Action Plan|Index|Directory|List|Specification|Requirements"
)
# (no "Former": a former post gives no EXECUTIVE_OF)
_TITLE_MODS = (r"Senior|Chief|Vice|Deputy|Executive|Managing|General|Assistant|Co-|Honorary|Founding|Acting|Independent|"
               r"Global|Regional|Associate|Principal|Lead|Country|Overseas")
_TITLE_HEADS = (
    r"CEO|CFO|CTO|COO|CMO|Chairman|Chairwoman|Chairperson|Chair|President|Founder|Co-founder|Cofounder|"
    r"Secretary[- ]General|Party Secretary|Research Director|Head of Research|"
    # "head of metals research at", "head of automotive research at", "the Volkswagen board member for China"
    # (flat alternatives: the first word of each is read off this list)
    r"Head of [A-Za-z\-]+ Research|Head of [A-Za-z\-]+ [A-Za-z\-]+ Research|Head of Purchasing|Head of Procurement|"
    # "head of exterior design at Geely Design", "vice president for vehicle engineering at Magna Steyr"
    r"Head of Design|Head of Engineering|Head of [A-Za-z\-]+ Design|Head of [A-Za-z\-]+ Engineering|"
    # "head of vehicle dynamics at Xiaomi", "head of brand marketing at BYD Europe" (a field in lower case, then "at")
    # ("head of the electric passenger vehicle business at BYD India")
    r"Head of (?-i:[a-z][a-z\-]+)(?: (?-i:[a-z][a-z\-]+)){0,4}(?= at )|"
    # "director of electrical and power systems at Wärtsilä"
    r"Director of (?-i:[a-z][a-z\-]+)(?: (?-i:[a-z][a-z\-]+)){0,4}(?= at )|"
    r"President for [A-Za-z\-]+ (?:Engineering|Design|Development|Operations|Sales|Research)|"
    r"President for (?:Engineering|Design|Development|Operations|Sales|Research)|Design Director|"
    r"Board Member|Management Board Member|Member of the Board|Member of the Management Board|"
    r"Director|Head|General Manager|Fund Manager|Portfolio Manager|Manager|Analyst|Economist|Strategist|Partner|"
    r"Secretary|Minister|Trade Commissioner|Commissioner|Spokesperson|Spokesman|Spokeswoman|Officer|Executive|Engineer|"
    r"Scientist|Researcher|"
    r"Chief Executive(?: Officer)?|Board Secretary|Vice President|Vice Chairman|Legal Representative|Dean|Professor|"
    # "chief technology officer", "chief financial officer" (the modifier "Chief" comes first)
    r"Technology Officer|Technical Officer|Financial Officer|Operating Officer|Marketing Officer|Investment Officer|"
    r"Information Officer|Product Officer|Strategy Officer|Digital Officer|Commercial Officer|Scientific Officer|"
    r"Sustainability Officer|Risk Officer|Compliance Officer|Data Officer"
)
_TITLE = "(?i:" + rf"(?:(?:{_TITLE_MODS})[ -]?)*(?:{_TITLE_HEADS})" + ")"
# a field before an analyst-like title: "a semiconductor analyst at", "a senior EV analyst at" (never a former one)
_TITLE_FIELD = (r"(?:(?!former\b|ex-|retired\b|then\b|one\b)(?:[a-z][\w\-]*|[A-Z]{2,5})\s+){1,2}"
                r"(?=(?i:analyst|economist|strategist|researcher|scientist|director|manager|engineer)\b)")
# adjectives between an apposition's article and a title: "Wei Jianjun, the outspoken chairman of Great Wall"
_TITLE_ADJ = (r"(?:current|newly\s+appointed|outspoken|long-?time|long-serving|veteran|billionaire|charismatic|new|"
              r"incoming|interim|now)")

# possessive: what follows a word is never a word character, so giving characters back never helps
_WORD = r"[A-Z][A-Za-z0-9&'’\-]*+"
# (the capital comes first and the lookbehind checks the character before it: a pattern that opens with a class
# lets the scan skip to candidate characters)
_RUN = re.compile(
    rf"[A-Z](?<![\w&'’\-][A-Z])[A-Za-z0-9&'’\-]*+(?:[ \t]+(?:(?:of|and|&|for|de|del|la|van|von)[ \t]+)?(?:{_WORD}))*"
)
# a person's name: two or three capitalised words (Latin letters with accents too: "Brandstätter", "Šefčovič")
_UP = "A-ZÀ-ÖØ-ÞŠŽČĆŘĽŇŤĎŚŹŻŁ"
_LOW = "a-zà-öø-ÿšžčćřľňťďěůśźżłő"
# (a Korean given name's second syllable may follow a hyphen in lower case: "Choi Yoon-ho", "Kwon Young-soo")
# (a particle may stand before the family name: "Luca de Meo", "Ursula von der Leyen")
_NAME_PARTICLES = frozenset(("de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "le", "la"))
_NAME = rf"[{_UP}][{_LOW}]+(?:[ -](?:(?:{'|'.join(sorted(_NAME_PARTICLES))})[ ]){{0,2}}[{_UP}][{_LOW}]+(?:['’](?!s\b)[{_LOW}]+)?){{1,2}}(?:-(?!(?:led|made|based|owned|built|backed)\b)[{_LOW}]{{2,5}}(?![{_LOW}\-]))?"


def _char_class(spec: str) -> frozenset[str]:
    """The characters of a regex character-class body made of single characters and ``a-z`` ranges."""
    out, i = set(), 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.update(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            out.add(spec[i])
            i += 1
    return frozenset(out)


_PARTICIPLE_ADJ = re.compile(r"-(?:built|made|based|owned|backed|listed|designed|produced|assembled|sourced|bound|"
                             r"registered|focused|oriented|derived|specific|engineered|developed|badged|branded|powered|"
                             r"exclusive|only|spec|style|inspired|sized|friendly|compliant|ready)$", re.I)
_UP_SET, _LOW_SET = _char_class(_UP), _char_class(_LOW)  # (the letters _NAME accepts, for scans without a regex)
_APPOINTED = re.compile(
    rf"(?P<name>{_NAME})\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:appointed|named|promoted\s+to|(?:re-?)?elected|"
    rf"made)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?P<title>{_TITLE}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+){_TITLE})*)\s+"
    rf"(?:of|at)\s+(?:the\s+)?(?P<org>)")
# a legal form after a company's name ("Co.,", "Ltd.", "Corporation"), before a space, a comma or a bracket
_LEGAL_FORM_WORD = r"(?:Co\.?,?|Ltd\.?|Inc\.?|Corp\.?|Limited|Corporation)(?=[\s,(（])"
# ("Guangzhou Automobile Group (GAC Group) has appointed Feng Xingya as party secretary and chairman")
# ("Dongfeng Motor Group Co. Ltd. (0489.HK) has appointed", "The Dongfeng board also named", "has elected")
_NAMED_AS = re.compile(rf"(?P<org>)(?:\s*,?\s*{_LEGAL_FORM_WORD})*"
                       rf"(?:\s*[（(][^()（）]{{1,40}}[)）])?(?:['’]s)?(?:\s+board(?:\s+of\s+directors)?)?"
                       rf"\s+(?:has\s+|have\s+|also\s+)*(?:named|appointed|hired|promoted|elected)\s+"
                       rf"(?P<name>{_NAME})\s+(?:as\s+)?(?:its\s+)?(?:new\s+)?(?P<title>{_TITLE})\b")
_AS_TITLE = re.compile(rf"\s+as\s+(?:its\s+|the\s+)?(?:new\s+)?{_TITLE}\b")
# The descriptions whose possessive gives a titled person's organisation ("X, the company's chairman"), and a copula
# between a name and a title ("Tang Yuxiang is the chairman of")
_REF_OWNER_NOUNS = r"company|firm|group|carmaker|automaker|battery\s+maker"
_REF_ASSOC_NOUNS = r"association|alliance|federation"
_TITLE_COPULA = r"\s+(?:is|was|has\s+been|had\s+been|became)\s+(?:also\s+)?(?:the\s+)?"
_TITLE_OF_REF = re.compile(
    rf"(?P<name>{_NAME})(?:\s*[（(][^()（）]{{1,20}}[)）])?,\s+(?:the\s+(?:{_REF_OWNER_NOUNS}|"
    rf"(?P<assoc>{_REF_ASSOC_NOUNS}))['’]s|"
    rf"its)\s+(?:(?:co-)?founder(?:,\s+|\s+and\s+))?(?P<title>{_TITLE})\b")
_ZH_PAREN = r"(?:\s*[（(][^()（）]{1,20}[)）])?"
# a public office before a name: "chaired by Premier Li Qiang"
# an office holder's title before a full name of two to four capitalised words (case-sensitive)
_OFFICIAL = re.compile(r"\b(?:(?:Vice[- ])?President|(?:Vice\s+)?Premier|Prime\s+Minister|Minister|Chancellor)\s+"
                       r"(?P<name>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,3})\b(?!\s+(?-i:[A-Z]))")
_GOV_TITLE = r"(?:(?:Vice\s+)?Premier|Minister|Governor|Mayor|Party\s+Secretary|Commissioner)\s+"
# what kind of organisation, between a title and its name: "founder of consultancy Sino Auto Insights",
# "analyst at Shanghai-based research firm Rho Motion"
# (the kinds that also introduce a new organisation's name: see _ORG_KIND_NAME)
_ORG_KIND_NOUNS = (r"consultancy|consulting\s+firm|(?:market\s+)?research\s+(?:firm|house|company)|brokerage|think\s+tank|"
                   r"investment\s+bank|data\s+(?:provider|firm)|asset\s+manager|advisory\s+firm|law\s+firm")
_ORG_DESCRIPTOR = (rf"(?:(?:the\s+)?(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?-based\s+|(?:Chinese|Beijing|Shanghai|Hong\s+Kong|US|"
                   rf"British|German|Japanese|Korean)\s+)?(?:{_ORG_KIND_NOUNS}|research\s+group|industry\s+(?:group|body|"
                   rf"association)|advisory|startup|start-up|parent(?:\s+company|\s+group)?|sister\s+(?:company|brand)|"
                   # ("chief executive of electric-vehicle maker Li Auto", "founder of education company New Oriental")
                   rf"(?:[a-z][\w\-]*\s+){{1,2}}(?:maker|carmaker|automaker|company|firm|group|start-?up|supplier|platform))\s+)?")
# after a company's name (and its codes): "said on Tuesday that ", "said in a filing "
_SAID_OPENER = (r"(?:\s+" + _LEGAL_FORM_WORD + r")*(?:\s*[（(][^()（）]{1,40}[)）])*(?:\s*,\s*[（(][^()（）]{1,40}[)）])*\s+said\s+"
                r"(?:in\s+an?\s+(?:stock\s+exchange\s+)?(?:filing|statement|announcement|notice)(?:\s+(?:with|to)\s+the\s+"
                r"(?:[A-Z][\w\-]*\s+){1,4})?\s*)?(?:(?:on|late\s+on|early\s+on|last)\s+\w+\s+)?(?:that\s+)?")
_PERSON_PATTERNS = [
    # Wang Chuanfu (CEO of BYD) / (Vice Chairman of CATL)
    re.compile(rf"(?P<name>{_NAME})\s*[（(]\s*(?:the\s+)?(?P<title>{_TITLE}(?:\s+(?:and|&)\s+{_TITLE})*)\s+(?:of|at)\s+(?P<org>)"),
    # Zhang Zhengping, President of SERES Group / Peter Milliken, the Head of Asia-Pacific Research at Deutsche Bank
    re.compile(
        rf"(?P<name>{_NAME}){_ZH_PAREN}(?:,\s+(?:the\s+|a\s+|an\s+|then\s+|who\s+is\s+(?:the\s+)?)?|\s+(?:serves|served|acts|acted)\s+as\s+"
        rf"(?:the\s+|a\s+|an\s+)?|{_TITLE_COPULA})(?:{_TITLE_ADJ}\s+)?(?:{_TITLE_FIELD})?"
        rf"(?P<title>{_TITLE}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+){_TITLE})*)(?:\s+(?:of|for)\s+(?:[A-Z][\w&\-]*\s+(?:(?:and|&)\s+)?){{1,6}}|"
        # ("vice president of North American purchasing at Nexteer": a function in lower case, then "at")
        rf"\s+(?:of|for)\s+(?:[A-Z][\w&\-]*\s+){{0,2}}(?-i:[a-z][a-z\-]+)(?:\s+(?-i:[a-z][a-z\-]+)){{0,2}}(?=\s+at\s))?"
        # ("Ola Källenius, chairman of the board of management of Mercedes-Benz Group")
        rf"(?:\s+of\s+the\s+(?:management\s+|supervisory\s+)?board(?:\s+of\s+(?:management|directors))?)?"
        # ("said Frédéric Lissalde, President and Chief Executive Officer, BorgWarner": a release's sign-off)
        rf"(?:\s*(?i:of|at|with)\s+{_ORG_DESCRIPTOR}|,\s+(?=[A-Z]))(?P<org>)",
    ),
    # said Zeng Yuqun, chairman of CATL (covered above); BYD chairman Wang Chuanfu / Li Auto's founder and CEO, Li Xiang
    re.compile(
        # ("Weichai's then chairman Tan Xuguang": the post held at the time told of)
        # ("DeepRoute.ai, whose chief executive Zhou Guang unveiled ...")
        rf"(?P<org>)(?:['’]?s?|,\s+whose)\s+(?:then\s+)?(?:(?:founder|co-founder)(?:\s*,\s*|\s+and\s+))?(?P<title>{_TITLE}(?:(?:\s*,\s*|\s+(?:and|&)\s+)"
        rf"{_TITLE})*)"
        # ("Lonking, whose chairman is Li San Yim, ...")
        rf"(?:\s+(?:of|for)(?:\s+[\w&\-]+){{1,5}}?)?(?:\s+(?:is|was))?,?\s+(?P<name>{_NAME})\b",
    ),
    # Wang Guizhong, who heads big tech research at Harvest Fund
    re.compile(
        rf"(?P<name>{_NAME}){_ZH_PAREN},\s+who\s+(?:(?:(?:has|had)\s+(?:(?:long|also|previously)\s+)?(?:headed|led|run|chaired|"
        rf"managed|overseen|been\s+in\s+charge\s+of)|headed|led|ran|chaired|managed|oversaw|"
        rf"heads|leads|runs|chairs|founded|co-founded|manages|oversees|is\s+in\s+charge\s+of)\s+(?:(?:(?-i:[a-z])[\w&\-]*\s+){{0,5}}?(?:at|of|for)\s+|"
        # ("who chairs surveillance-camera maker Dahua Technology")
        rf"(?!(?:the|its|their|this|that|a|an)\s)(?:(?-i:[a-z])[\w&\-]*\s+){{0,3}}?(?:maker|carmaker|automaker|company|"
        rf"firm|group|supplier|producer|developer|start-?up)\s+(?=(?-i:[A-Z])))?|"
        # "Ivan Espinosa, who took over as Nissan's chief executive", "..., who became BYD's president"
        rf"(?:(?:has|had)\s+)?(?:took\s+over|taken\s+over|became|become|was\s+(?:appointed|named|made)|has\s+been\s+"
        rf"(?:appointed|named)|remains|served|serves)\s+(?:as\s+)?"
        rf"(?=[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){{0,3}}['’]s?\s+(?:new\s+|current\s+)?{_TITLE}\b))(?P<org>)",
    ),
    # He Xiaopeng was appointed CEO of Xpeng / Xiaomi named Lu Weibing as president
    _APPOINTED,
    _NAMED_AS,
    # CATL was founded and is chaired by Robin Zeng
    re.compile(
        # ("DeepRoute.ai, a Shenzhen-based startup led by Zhou Guang": through an apposition)
        rf"(?P<org>)(?:\s*,\s+(?:a|an)\s+(?:[\w\-]+\s+){{1,4}}?(?=(?:(?:co-)?founded|led|headed|run)\s+by\b)|"
        # ("Infore, which bought Zoomlion Environmental Industry in 2018, is chaired by Ma Gang": past a relative clause)
        rf"\s*,\s+which\s+[^,;()]{{3,90}},(?=\s+(?:is|was|has\s+been)\s+(?:chaired|led|headed|run)\s+by\b))?"
        rf"\s*(?:(?:was|is|has\s+been|had\s+been|were)\s+)?(?:(?:co-)?founded|chaired|led|headed|run|managed|helmed)"
        rf"(?:\s+and\s+(?:is\s+|was\s+|has\s+been\s+)?(?:(?:co-)?founded|chaired|led|headed|run|managed|helmed))?\s+by\s+"
        rf"(?:its\s+(?:founder|chairman|CEO|president)\s+|{_GOV_TITLE})?(?P<name>{_NAME})\b",
    ),
    # "Great Wall Motor said on Tuesday its president Mu Feng had resigned": the company's own officer
    re.compile(rf"(?P<org>){_SAID_OPENER}its\s+(?:new\s+|former\s+)?"
               rf"(?P<title>{_TITLE}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+){_TITLE})*),?\s+(?P<name>{_NAME})\b"),
    # "CATL said that Zhou Jia has resigned as vice chairman", "Gotion said Li Zhen has been re-elected chairman"
    re.compile(rf"(?P<org>){_SAID_OPENER}(?P<name>{_NAME})\s+(?:has|had|would|will)\s+(?:(?:resigned|stepped\s+down|"
               rf"retired|quit)\s+(?:as|from)|(?:be|been)\s+(?:re-?elected|appointed|named|promoted)(?:\s+as)?|"
               rf"(?:become|serve\s+as|take\s+over\s+as))\s+(?:its\s+|the\s+|the\s+company['’]s\s+)?(?:new\s+)?(?P<title>{_TITLE})\b"),
]
#: Patterns whose organisation follows the person (matched anywhere); the others start at an organisation's end.
_ORG_AFTER = (0, 1, 3, 4)
_NAME_AT = re.compile(_NAME)
_NAME_FULL = _NAME_AT.fullmatch
# a byline or an editor's line at the start of a line (or in parentheses): the people who wrote the article
_BYLINE = re.compile(
    rf"(?m)(?:^[ \t*_]*(?:By|BY|Written\s+by|Reported\s+by|Reporter|Editor|Edited\s+by|Contact\s+reporter)\b[:：]?|"
    rf"[(（](?:Editor|Reporter|Responsible\s+editor)[:：])[ \t]*(?P<n1>{_NAME})(?:[ \t]+in[ \t]+[A-Z][a-z]+)?"
    rf"(?:[ \t]*(?:\([^()\n]{{1,60}}\))?[ \t]*(?:,|and|&|[ \t]+(?:and\s+)?(?:editor|Editor)[:：]?)[ \t]+(?:editor[ \t]+)?"
    rf"(?P<n2>{_NAME}))?")
# a person whose firm goes unnamed, and a lower-case title before a name
_FIELD_TITLES = r"analyst|economist|strategist|researcher|research\s+director|professor|scientist"
_UNNAMED_FIRM_TITLE = re.compile(rf"(?P<name>{_NAME}),\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_FIELD_TITLES})\s+"
                                 rf"(?:at|with|of|for)\s+(?:a|an|one)\s+")
# ("professor Ouyang Minggao's group": a possessive only before the person's team)
_LOWER_TITLE_NAME = re.compile(rf"(?<![A-Za-z])(?-i:{_FIELD_TITLES})\s+(?P<name>{_NAME})\b"
                               r"(?:(?!['’]s)|(?=['’]s\s+(?:research\s+)?(?:group|team|lab|laboratory)\b))")
# where a wire story's credits name its people: "(Reporting by", "; Editing by", "Written by", "Author:" (at a line's
# start or after a bar), "Responsible editor:"
_CREDIT = re.compile(r"(?:\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ww]ritten|[Cc]ompiled|[Aa]dditional\s+reporting)\s+by|"
                     r"(?m:(?:^|\|)[ \t*_]*)(?:Author|Responsible\s+editor|Editor(?:\s+in\s+charge)?|Reporter)\s*[:：]|"
                     # ("Marine notes | 28 August 2025 | By Mei Lin")
                     r"\|[ \t*_]*[Bb]y(?=[ \t]+[A-Z]))[ \t]*")
# a byline beside the publication date on a line of its own: "Lin Qiao · April 8, 2024", "Daniel Kwok in Guangzhou |
# Published: 6:30pm, 20 Jun 2024", "20 March 2023 – Nora Engel", "June 5, 2025, by Ana Kovač", "Analysis | 18 August
# 2025 | by Tom Wardle"
_BYLINE_DATE = rf"(?:\d{{1,2}}[ \t]+{MONTH_NAME}\.?[ \t]+\d{{4}}|{MONTH_NAME}\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{4}}-\d\d-\d\d)"
_BYLINE_SEP = r"[ \t]*(?:[|·•–—,]|&middot;)[ \t]*"
_DATED_BYLINE = re.compile(
    rf"(?m)^[ \t*_]*(?:(?!(?:Published|Updated|Posted|Last|Released)\b)(?P<n1>{_NAME})(?:[ \t]+in[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?{_BYLINE_SEP}"
    rf"(?:(?:Published|Updated|Posted)[:：]?[ \t]*)?(?:\d{{1,2}}[:.]\d\d[ \t]*(?:[ap]\.?m\.?)?,?[ \t]*)?{_BYLINE_DATE}|"
    rf"(?:[A-Z][\w ]{{0,30}}{_BYLINE_SEP})?{_BYLINE_DATE}{_BYLINE_SEP}(?:[Bb]y[ \t]+)?(?P<n2>{_NAME})[ \t*_]*$)")
_CREDIT_PLACE = re.compile(r"[ \t]+in[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?")
_CREDIT_JOINT = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|&[ \t]*)")
# (a name that goes on as another kind of word: "Written by Hannah Qiu Motors" is none)
_NAME_AFTER_CREDIT = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+)*(?:Co\b|Ltd\b|Group\b|Motors?\b|Inc\b)")
_BYLINE_NOT_NAME = re.compile(r"\b(?:Staff|Reporters?|News|Review|Auto|Autos|Policy|Current|Desk|Team|Editorial|Editors?|"
                              r"Correspondents?|Wire|Agency|Daily|Times|Post|Journal|Media|Network|Online|Global|China|"
                              r"Insights?|Research|Motor|Motors|Magazine|Bureau|Service|Reuters|Bloomberg|Gasgoo|Xinhua)\b")
# A verb each of the patterns 5 and 6 needs (case as in the pattern).
_NAMED_AS_VERBS = ("named", "appointed", "hired", "promoted", "elected")
_LED_BY_VERBS = ("founded", "chaired", "led", "headed", "run", "managed", "helmed")
# William Li (李斌), NIO's founder, chairman and CEO: name before the organisation, title after it.
_NAME_BEFORE_ORG = re.compile(rf"(?P<name>{_NAME}){_ZH_PAREN},\s+(?:(?:the|a|an)\s+)?$")
# "Founder William Li said", "Chairman Wang Chuanfu told reporters", "CEO He Xiaopeng said on Weibo"
_TITLE_FIRST_HINT = re.compile(r"\b(?:Founder|Co-founder|Chairman|Chairwoman|CEO|Chief [Ee]xecutive|President|"
                               r"Managing [Dd]irector|General [Mm]anager)(?:\s+(?:and|&)\s+[\w\- ]{3,30}?)?\s+\**[A-Z]")
_TITLE_FIRST = re.compile(
    # ("President Ding Yong said" only where no country or government is in the passage, no capitalised word before the
    # title and the name is no head of state: see _head_of_state)
    # ("Founder and chairman Cao Dewang has repeatedly said", "Chairman and President **Wang Chuanfu** told")
    rf"(?<![\w'’\-])(?:(?:Founder|Co-founder|Chairman|Chairwoman|CEO|Chief\s+[Ee]xecutive)(?:\s*,\s*|\s+and\s+))?"
    rf"(?P<title>[Ff]ounder|[Cc]o-founder|[Cc]hairman|[Cc]hairwoman|CEO|Chief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|"
    rf"(?<=and\s)chief\s+executive(?:\s+officer)?|President|(?<=and\s)president|Managing\s+[Dd]irector|"
    rf"General\s+[Mm]anager)"
    rf"\s+\*{{0,2}}(?P<name>{_NAME})\*{{0,2}}"
    r"\s+(?:(?:also|then|later|separately|has|had|repeatedly)\s+){0,2}(?:said|says|told|added|noted|wrote|posted|"
    r"announced|stated|explained|revealed|commented|stressed|confirmed|described|called|repeated|reiterated)\b")
# Title words that can stand before a bare name with no organisation in the phrase: "Chairman Robin Zeng attended
# ...", "..., founder and chairman Lei Jun said" (not "President": "President Donald Trump" names a head of state).
_CTX_TITLE_WORDS = ("Founder", "founder", "Co-founder", "co-founder", "Chairman", "chairman", "Chairwoman", "chairwoman",
                    "CEO", "Chief Executive", "chief executive", "CTO", "CFO", "COO", "Chief", "chief",
                    *(f"{a} {b}" for a in ("executive", "Executive", "senior", "Senior")
                      for b in ("vice-president", "Vice-President", "vice president", "Vice President")))
_CTX_TITLE = (r"(?:[Cc]o-[Ff]ounder|[Ff]ounder|[Cc]hairman|[Cc]hairwoman|CEO|CTO|CFO|COO|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?"
              r"|[Cc]hief\s+(?:[Tt]echnology|[Tt]echnical|[Ff]inancial|[Oo]perating)\s+[Oo]fficer"
              # ("executive vice-president Stella Li said": a company's officer, unlike a bare "President")
              r"|(?:[Ee]xecutive|[Ss]enior)\s+[Vv]ice[- ][Pp]resident"
              # ("company president Lu Weibing": a president the word "company" makes a company's)
              r"|(?<=[Cc]ompany\s)[Pp]resident|(?<=[Ii]ts\s)[Pp]resident|(?<=[Cc]ompany\s)[Gg]eneral\s+[Mm]anager"
              # ("..., president Xu Jianmin said": a title in lower case is no head of state's)
              r"|(?<=,\s)president|(?<=\band\s)president)")
_VICE_TITLE = re.compile(r"(?:[Ee]xecutive|[Ss]enior)\s+[Vv]ice")
_CTX_TITLE_NAME = re.compile(
    rf"{_CTX_TITLE}(?:(?:\s*,\s*|\s+and\s+){_CTX_TITLE})*(?:\s+|(?P<comma>\s*,\s+))(?P<name>{_NAME})"
    r"(?:\s*[（(][^()（）\n]{1,20}[)）])?"
    # ("its chief executive, Tianshi Xin, said": a name between commas)
    r"(?(comma)(?=\s*,)|(?=\s+[a-z]|\s*[,.;]))")
# A speaker's verb after a titled name ("chairman Wu Changhong said")
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|added)\b")
# Words before such a title that make it someone else's or not a current post.
_CTX_TITLE_BLOCK = frozenset("former late then ex a an another whose".split())
# "The company led by Wang Chuanfu", "X, founded and chaired by Li Liangbin", "X, spun out of Y and still led by
# chairman Yang Hongxin": the participle, its agent and an optional title before the name.
_LED_BY = re.compile(
    r"(?:(?:co-)?founded|chaired|led|headed|run|helmed)(?:\s+and\s+(?:(?:co-)?founded|chaired|led|headed|run|helmed))?"
    # ("founded in 2015 by former security-camera executive Zhu Jiangming", "led again by Hakan Samuelsson")
    r"(?:\s+in\s+(?:19|20)\d\d|\s+again|\s+since\s+(?:19|20)\d\d)?\s+by\s+(?:(?:its|their)\s+)?(?:(?:co-founder|founder|chairman|chairwoman|CEO|president|"
    rf"chief\s+executive|managing\s+director|general\s+manager)\s+|{_GOV_TITLE}|(?:(?:a\s+)?(?:former|serial|veteran|[a-z][\w\-]*)\s+){{0,3}}(?:executive|entrepreneur|"
    r"engineer|businessman|businesswoman|billionaire|scientist)\s+|"
    # ("founded in 2016 by former BMW executives Carsten Breitfeld and Daniel Kirchert": two founders)
    r"(?:(?:former|serial|veteran|[a-z][\w\-]*|(?-i:[A-Z])[\w\-]*)\s+){0,3}(?P<pl>executives|engineers|entrepreneurs|"
    r"scientists)\s+)?"
    rf"(?P<name>{_NAME})\b(?!\s*[&'’])(?(pl)(?:\s+and\s+(?P<name2>{_NAME})\b(?!\s*[&'’]))?)")
# Between an organisation (or its reference) and the participle: auxiliaries and adverbs ("is still led by"), after a
# relative pronoun ("Tianqi, which is chaired by Jiang Weiping").
_LED_BY_GAP = re.compile(r"(?:\s*,\s*(?:which|that))?(?:\s+(?:is|was|are|were|has\s+been|had\s+been|also|still|now|long|"
                         r"currently|jointly))*\s*$")
# An apposition that a participle phrase describes: ", the cybersecurity group" (led by ...)
_APPOS_HEAD_BEFORE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-'’]+\s+){0,4}?(?:group|company|firm|maker|carmaker|"
                                r"automaker|supplier|start-?up|conglomerate|giant|developer|operator|manufacturer|"
                                r"arm|unit|subsidiary)$")  # ("the carmaker's European arm run by managing director X")
# A participial clause coordinated before the participle: ", spun out of Great Wall Motor and still".
_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?:[a-z]+(?:ed|en)|spun|built|set|made|held|known|based|run)\b[^,;()]*\s+and$")
# "the chairman of Ningde Times is Zeng Yuqun": the title before the organisation, the name after it.
_TITLE_OF_BEFORE = re.compile(rf"(?:^|\b[Tt]he\s+|\s)(?:{_TITLE})\s+(?:of|at)\s+$")
_IS_NAME = re.compile(rf"\s+(?:is|was|has\s+been)\s+(?P<name>{_NAME})\b(?!\s*[&'’])")
# Literal starts of a reference to an organisation (see _REF).
_REF_OPENERS = ("its ", "Its ", "their ", "Their ", "the ", "The ")
# Title words that a name pattern can take for a first name ("Chairman He Xiaopeng, CEO of Xpeng").
_NAME_TITLE_LEADS = frozenset({"Founder", "Chairman", "Chairwoman", "Chairperson", "President", "Director", "Chief"})
# an organisation's person who speaks or rates: "Morgan Stanley's Tim Hsiao kept ...", "Bernstein's Eunice Lee said"
_POSS_SPEAKER = re.compile(rf"['’]s\s+(?P<name>{_NAME})\s+(?:said|says|told|wrote|writes|kept|keeps|expects|expected|noted|"
                           rf"notes|added|adds|estimated|estimates|believes|believed|forecast|forecasts|predicted|predicts|"
                           rf"reiterated|argued|argues|warned|warns|rated|rates|cut|raised|trimmed)\b")
# a title after an organisation named as a modifier: "the Volkswagen | board member", "the Great Wall | chairman"
_ATTR_TITLE = re.compile(rf"(?:\s+Group)?\s+(?:(?:new|current|outgoing)\s+)?{_TITLE}\b(?!['’])")
_POSS_TITLE = re.compile(rf"['’]s?\s+(?:(?:co-)?founder(?:,\s+|\s+and\s+))?(?:{_TITLE}|(?i:(?:co-)?founder))\b")
# Necessary conditions at the character after a name (a parenthesis or a comma), each opening with a literal.
_PAREN_TITLE_HINT = re.compile(rf"[（(]\s*(?:the\s+)?{_TITLE}")
_COMMA_TITLE_HINT = re.compile(
    rf",\s+(?:the\s+|a\s+|an\s+|then\s+|who\s+is\s+(?:the\s+)?)?(?:{_TITLE_ADJ}\s+)?(?:{_TITLE_FIELD})?{_TITLE}")
_COMMA_WHO_HINT = re.compile(r",\s+who\s")
_OF_ORG_AND_TITLE = re.compile(rf"(?P<of>\s(?:of|at)\s+)[^,;()]{{2,60}}?(?P<and>\s+(?:and|&)\s+){_TITLE}\s+(?:of|at)\s")
# "Adrian Mardell has been its chief executive since 2022": a name, a copula and "its" (then _ITS_TITLE: a title
# that no "of"-phrase gives another organisation)
# ("Adrian Mardell has been its chief executive", "founded by Freeman Shen, who is still its chief executive")
_COPULA_ITS = re.compile(rf"(?P<name>{_NAME}){_ZH_PAREN}(?:,\s+who)?\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)"
                         r"\s+(?:also\s+|now\s+|still\s+)?$")
_ITS_TITLE = re.compile(rf"\s+(?:new\s+|current\s+|long-?serving\s+)?{_TITLE}\b(?!\s+(?:of|at|for)\b|['’-])")
_COPULA_TITLE_HINT = re.compile(rf"{_TITLE_COPULA}{_TITLE}\s+(?i:of|at|with)\s")
_COMMA_REF_HINT = re.compile(rf",\s+(?:the\s+(?:{_REF_OWNER_NOUNS}|{_REF_ASSOC_NOUNS})['’]s|its)\s")
_APPOINT_VERBS = ("appointed", "named", "promoted", "elected", "made")
# a sentence whose subject is a pronoun or a description: the company it means is named further back
_PRONOUN_OPENS = re.compile(r"[\s\"“*]*(?:Its?|Their|They|He|She|His|Her|"
                            r"The\s+(?:company|group|firm|carmaker|automaker|start-?up|supplier|maker))\b")
_TITLE_FIRST_WORDS = ("Founder", "Co-founder", "Chairman", "Chairwoman", "CEO", "Chief Executive", "Chief executive",
                      "President", "Managing", "General")
_POLICY_QUOTED = re.compile(r"[\"“《「]([A-Z0-9\u4e00-\u9fff][^\"“”《》「」\n]{6,160}?)[\"”》」]")
_POLICY_HEAD = re.compile(rf"\b(?:{_POLICY_WORDS})\b(?:\s*[（(][^)）]{{2,30}}[)）])?\s*$")
_POLICY_ANY = re.compile(rf"\b(?:{_POLICY_WORDS})\b")
# Words a policy title may open with that open no other name ("New Energy Vehicle Industry Development Plan").
_POLICY_STOP_LEAD = _STOP_LEAD - {"new", "first", "second", "third", "national", "china", "chinese", "global",
                                  "international", "domestic", "foreign", "industry", "market", "data"}
_POLICY_DATED = re.compile(
    # (lower-case joining words inside: "the Automobile Industry Stabilisation and Growth Work Plan (2025-2026)")
    rf"((?<![A-Za-z0-9&'’\-])(?:{_WORD}[ \t]+(?:(?:and|of|on|for|the|to|in)[ \t]+){{0,2}}){{1,12}}(?:{_POLICY_WORDS})[ \t]*[（(](?:\d{{4}}(?:[-–]\d{{4}})?(?:\s+(?:Edition|Version|Revision))?|"
    rf"(?:Trial|Draft|Revised)[^)）]{{0,20}})[)）])"
)
# An unquoted title that opens with its kind of document: "the Notice on Strengthening the Management of Vehicle Door
# Handles", "Several Provisions on Automotive Data Security Management (Trial)" (two capitalised words at least)
_POLICY_TITLE_LEAD = re.compile(
    r"(?<![\w\-])(?:(?:Several|Interim|Administrative|Guiding|Implementation|Detailed|Special|Work|Action|"
    # ("Technical Requirements for NEV Products ...", "Compliance Guidelines on Pricing Behaviour ...")
    r"Technical|Compliance|Management|Safety|Supervision|Provisional|Temporary)\s+){0,2}"
    r"(?:Notice|Circular|Opinions|Measures|Provisions|Regulations|Rules|Guidelines|Plan|Announcement|Decision|"
    r"Requirements)\s+(?:on|for|regarding|concerning)\s+(?:the\s+|Further\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
    r"[A-Z][\w\-]*(?:(?:\s+(?:(?:of|for|and|the|on|in|to|with|by)\s+){0,2}|"
    # (a list inside the title: "Product Access, Recall and Software Online Upgrades")
    r",\s+(?=(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*,?\s+and\s+[A-Z]))"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][\w\-]*){1,14}"
    # ("... of the Shipbuilding Industry (2024-2030)", "(Trial)": the years or the status in brackets belong to it)
    r"(?:\s*[（(](?:(?:Trial|Draft|Revised|for\s+Trial)[^)）]{0,24}|\d{4}(?:[-–]\d{4})?(?:\s+(?:Edition|Version|Revision))?)[)）])?")
# the word before a title-case headline's words ("China Tightens Rules on ..."): no title follows it
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![.!?:\n])\s(?!The\s)[A-Z][\w\-]*\s+$")
# the lower-case words such a title opens with ("notice on "), looked up through the gazetteer's pass
_POLICY_TITLE_KEYS = tuple(f"{kind} {prep} " for kind in (
    "notice", "circular", "opinions", "measures", "provisions", "regulations", "rules", "guidelines", "plan",
    "announcement", "decision", "requirements") for prep in ("on", "for", "regarding", "concerning"))
_POLICY_TITLE_MOD = re.compile(r"(?:(?:Several|Interim|Administrative|Guiding|Implementation|Detailed|Special|Work|"
                               r"Action|Technical|Compliance|Management|Safety|Supervision|Provisional|Temporary)"
                               r"\s+){1,2}$")
_POLICY_MEASURE = re.compile(
    r"\b(?:(?:NEV|new energy vehicle|vehicle)\s+)?purchase\s+tax\s+(?:exemptions?|reductions?|incentives?|breaks?|cuts?|relief|"
    r"waivers?|(?:exemption|reduction)\s+polic(?:y|ies))"
    r"(?:\s+for\s+(?:new\s+energy\s+vehicles|NEVs|electric\s+vehicles|EVs))?"
    r"|\b(?:vehicle\s+|car\s+|auto\s+)?trade-in\s+(?:subsid(?:y|ies)|programs?|scheme|policy)"
    r"|[\"“]?\b\d{1,2}(?:st|nd|rd|th)\s+Five-Year[\"”]?(?:\s+(?:special|development|national))?\s+[Pp]lan"
    r"|\b[Nn]ational\s+strategy\s+for\s+(?:[a-z\-]+\s+){0,3}(?:vehicles|batteries|industry|energy)"
    r"|\bdual\s+credit\s+polic(?:y|ies)",
)
_NAMED_PRODUCT = re.compile(
    r"(?<!-)\b(?:named|called|dubbed|branded(?:\s+as)?|known\s+as)\s+[\"“'‘]?([A-Z][\w\-\.]*(?:[ \t]+[A-Z0-9][\w\-\.]*){0,3})[\"”'’]?"
)
_MODEL_CODE = r"(?:[A-Z]{1,3}-?\d{1,3}[A-Za-z+]?|[a-z]\d{1,2}|\d{2,3}[A-Z]{1,2}|\d(?!G\b|D\b|K\b)[A-Z])"
# "NIO launched the ES9 in May": a model code right after a verb of launching
_LAUNCHED_CODE = re.compile(rf"\b(?:launched|launches|unveiled|unveils|introduced|debuted|released|rolled\s+out)\s+"
                            rf"(?:the|its|a|an)\s+(?:new\s+|all-new\s+|latest\s+)?({_MODEL_CODE})(?![\w\-])")
_MODEL_LIST = re.compile(
    rf"(?<![\w\-])({_MODEL_CODE})((?:\s*(?:,|and|&|/)\s*(?:and\s+)?(?:\*\*)?(?:{_MODEL_CODE})\b)*)\s+"
    r"(?:all-electric\s+|electric\s+|plug-in\s+hybrid\s+|hybrid\s+|extended-range\s+|flagship\s+|new\s+)?"
    r"(?:SUVs?|sedans?|MPVs?|models?|hatchbacks?|pickups?|coupes?|EVs|cars|vehicles|series)\b"
)
_MODEL_CODE_FULL = re.compile(_MODEL_CODE)
_CODE_LIKE_TEXT: dict[str, bool] = {}  # text -> whether _MODEL_CODE_FULL.fullmatch(text) (texts of at most 6 characters)
_NAME_CODE_END = re.compile(rf"\s({_MODEL_CODE})$")  # "AITO M9"
_NEXT_MODEL_CODE = re.compile(rf"\s*(?:,|and|&|/)\s*(?:and\s+)?(?:the\s+)?({_MODEL_CODE})(?![\w\-])")  # ", M7"
_MODEL_CODE_LEAD = re.compile(r"[A-Z][A-Za-z]{0,3}\d{1,3}")  # "MG4", "Seal06"
# (a body or trim word may end the name: "the AUDI E5 Sportback", "the Denza Z9 GT")
_BRAND_CODE = re.compile(r"[ \t]+(?P<code>[A-Za-z]{1,3}-?\d{1,3}[A-Za-z+]{0,2}|\d{3})(?![\w\-]|\.\w)"
                         r"(?P<var>[ \t]+(?:Sportback|Coupe|Coupé|Avant|Touring|Ultra|Max|Pro|Plus|GT|EV|Shooting[ \t]+Brake)(?![\w\-]))?")
# codes that follow a company's name without naming a car: quarters, halves, fiscal years, network generations
_NOT_MODEL_CODE = re.compile(r"[QH]\d|FY\d+|Q[1-4][A-Z]?|[1-9]H|\d{3}")
_MODEL_TOKEN = re.compile(rf"(?<![\w\-]){_MODEL_CODE}(?![\w\-])")
_PRODUCT_HEADS = (r"batter(?:y|ies)|cells?|packs?|blocks?|chips?|platforms?|(?:AI\s+|language\s+|reasoning\s+)?models?|SUVs?|"
                  r"sedans?|MPVs?|hatchbacks?|pickups?|coupes?|cars|vehicles|robots?|humanoids?|systems?|robotaxis?|lidars?|"
                  # ("its G32A1445 automotive MCU", "NXP's S32K3 automotive microcontrollers", "its NSUC1612 motor-control SoC")
                  r"MCUs?|microcontrollers?|SoCs?|processors?|chipsets?")
# A part's head word before its maker ("chip from Qualcomm", "processor made by Nvidia"), found back from " from " and
# " by " (see _head_from_matches), and the product name before that head
_HEAD_FROM = re.compile(r"(?<![\w\-])(?P<head>chips?|processors?|lidars?|sensors?|batter(?:y|ies)|cells?|packs?|modules?)\s+"
                        r"(?:from|(?:made|supplied|developed|designed)\s+by)$")
_NAME_BEFORE_HEAD = re.compile(r"\b(?:a|an|the)\s+(?P<name>[A-Z][\w\-.]*[A-Za-z0-9](?:\s+[A-Z0-9][\w\-.]*[A-Za-z0-9]){0,2})\s+"
                               r"(?:[a-z][\w\-]*\s+)?$")
# Scanned in two steps for speed: a cheap anchor ("'s ", "its ", "their "), then the anchored rest.
_OWNER_ANCHOR = re.compile(r"(?:['’]s|[Ii]ts|[Tt]heir)\s")
_OWNED_PRODUCT = re.compile(
    r"\s*(?:(?:new|newest|latest|own|first|next-generation|flagship|upcoming|forthcoming|"
    r"much-anticipated|long-awaited)\s+)*"
    r"(?P<q>[\"“])?(?P<name>[A-Z][\w\-.]*[A-Za-z0-9](?:\s+[A-Z0-9][\w\-.]*[A-Za-z0-9]){0,2})(?(q)[\"”])\s+"
    rf"(?:[a-z][\w\-]*\s+){{0,2}}?(?P<head>{_PRODUCT_HEADS})\b")  # (a quoted name: its "Gemstone" battery)
_APPOS_MODELS = re.compile(
    rf"\b(?:SUVs?|sedans?|MPVs?|models|cars|vehicles),\s+((?:the\s+)?{_MODEL_CODE}(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:the\s+)?"
    rf"{_MODEL_CODE})*)\b")
# A model of a vehicle or machine named in an apposition with its kind: "launched the DF504-E, a 50-horsepower
# battery-electric tractor", "a 260-horsepower hydrogen fuel-cell tractor, the Lovol H2604, at" (the name holds a
# code of letters and digits, after up to two capitalised words)
_MACHINE_HEADS = ("tractor", "harvester", "drone", "forklift", "excavator", "loader", "truck", "tug", "crane",
                  "motorcycle", "scooter", "sprayer", "bus", "coach", "van")
_MACHINE_NAME = (r"(?P<name>(?:(?-i:[A-Z])[A-Za-z]+[ \t]+){0,2}(?-i:[A-Z]{1,4})-?\d{2,5}(?:-?(?-i:[A-Z]{1,3}))?"
                 r"(?:[ \t]+(?:Pro|Max|Plus|Ultra))?)(?![\w\-])")
_MACHINE_HEAD = rf"(?:{'|'.join(_MACHINE_HEADS)})(?:s|es)?(?![\w\-])"
_MACHINE_HEAD_AT = re.compile(_MACHINE_HEAD)
_MACHINE_BEFORE_HEAD = re.compile(rf"(?<![\w\-]){_MACHINE_NAME}\s*,\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,5}}?$")
_HEAD_BEFORE_MACHINE = re.compile(rf"{_MACHINE_HEAD}\s*,\s+(?:the\s+)?{_MACHINE_NAME}(?=\s*[,.;)]|\s+(?:at|in|on|which|"
                                  r"that|is|was|will|has|had)\b)")
# Cheap necessary conditions of _OWNED_CODE and _APPOS_MODELS (their branches start with literals, so the scan is fast).
_OWNED_CODE_HINT = re.compile(r"(?:forthcoming|upcoming|new|latest|next|unreleased)\s+[A-Z][A-Za-z]*-?\d")
_APPOS_MODELS_HINT = re.compile(r"(?:SUV|sedan|MPV|model|car|vehicle)s?,\s")
_APPOS_NOUNS = ("SUV", "SUVs", "sedan", "sedans", "MPV", "MPVs", "model", "models", "car", "cars", "vehicle", "vehicles")
_OWNED_CODE_WORDS = ("forthcoming", "upcoming", "new", "latest", "next", "unreleased")  # the literal starts of the hint
# the capitalised name after a descriptor, on the descriptor's line ("battery maker Zenergy", "speaker supplier Sonavox")
_DESCRIBED_NAME = r"[A-Z][\w\-.&]*[\w&](?:[ \t]+(?:[A-Z][\w\-.&]*[\w&]|&))*"
_DESCRIBED = re.compile(
    r"\b(?P<desc>(?:[Bb]attery|[Cc]ell|EV|[Ee]lectric[- ](?:vehicle|car)|[Cc]ar|[Aa]uto|[Cc]hip|[Ll]idar|[Pp]arts|[Cc]athode|"
    r"[Aa]node|[Ll]ithium|[Ss]eparator|[Ee]lectrolyte|AI|[Rr]obotics|[Rr]obotaxi|[Ss]olid-state\s+battery|[Ss]emiconductor)\s*"
    r"(?:maker|manufacturer|producer|start-?up|supplier|firm|company|giant|developer|operator|miner|designer)|"
    # ("Korean recycler Sungeel HiTech", "miner Aneka Tambang")
    r"[Cc]armaker|[Aa]utomaker|[Cc]hipmaker|[Bb]roker(?:age)?|[Aa]sset\s+manager|(?:[Bb]attery\s+)?[Rr]ecycler|(?<!\w)[Mm]iner)\s+"
    rf"(?P<name>{_DESCRIBED_NAME})")
# "speaker supplier Sonavox": a lower-case product noun names what the company supplies (the nouns of _DESCRIBED and
# words that are no product are left out)
_GENERIC_DESCRIBED = re.compile(
    r"(?<![\w\-])(?P<w>(?!(?:its|their|the|and|for|with|our|his|her|policy|decision|deal|market|rule|law|money|key|top|"
    r"major|main|largest|biggest|leading|sole|new|local|global|domestic|foreign|chinese|former|rival|other|first|second)\b)"
    # ("mining-truck maker BelAZ": a compound noun)
    rf"(?:[a-z]{{2,}}-)?[a-z][a-z]{{2,}})[ \t]+(?:supplier|maker)[ \t]+(?P<name>{_DESCRIBED_NAME})")
# Every _DESCRIBED match has one of these nouns followed by a capitalised name; one cheap scan (its branches all
# start with a literal) rules most articles out.
_DESCRIBED_NOUN = re.compile(r"(?:maker|manufacturer|producer|start-?up|supplier|firm|company|giant|developer|operator|"
                             r"miner|designer|roker(?:age)?|sset\s+manager|ecycler)\s+[A-Z]")
_DESCRIBED_NOUNS = ("maker", "manufacturer", "producer", "start", "supplier", "firm", "company", "giant", "developer",
                    "operator", "miner", "designer", "roker", "sset", "ecycler")  # the literal starts of _DESCRIBED_NOUN
_DESCRIPTOR_KINDS = (("battery", "BatteryMaker"), ("cell", "BatteryMaker"), ("solid-state", "BatteryMaker"),
                     ("chip", "SemiconductorMaker"), ("semiconductor", "SemiconductorMaker"), ("cathode", "MaterialsSupplier"),
                     ("anode", "MaterialsSupplier"), ("lithium", "MaterialsSupplier"), ("separator", "MaterialsSupplier"),
                     ("electrolyte", "MaterialsSupplier"), ("lidar", "Supplier"), ("parts", "Supplier"),
                     ("robotaxi", "TechCompany"), ("ai", "TechCompany"), ("robotics", "TechCompany"),
                     ("broker", "FinancialInstitution"), ("asset", "FinancialInstitution"), ("ev", "Automaker"),
                     ("electric", "Automaker"), ("car", "Automaker"), ("auto", "Automaker"), ("recycler", "MaterialsSupplier"),
                     ("miner", "MaterialsSupplier"))
# the first words of _DESCRIBED's descriptors, which _GENERIC_DESCRIBED leaves to it ("vehicle": "electric vehicle maker")
_DESCRIBED_WORDS = frozenset(w for w, _ in _DESCRIPTOR_KINDS) | {"vehicle"}
# An unknown company named before an apposition that says what it is: "Zoolnasm, a Shanghai-based maker of
# sodium-ion cells", "Datang Hubei Energy Development, a subsidiary of China Datang", "RLS, a Shanghai start-up"
# (the words between the article and the noun: lower-case ones but no preposition, a place, a "<place>-based")
_APPOSED_KIND = re.compile(
    r",[ \t]+an?[ \t]+(?P<gap>(?:(?!(?:former|senior|junior|fellow|partner|analyst|spokes\w*|at|of|in|on|for|with|"
    r"from|to|by|between|and|or|that|which|who)\b)[a-z][\w\-]*[ \t]+|[A-Z][A-Za-z]+(?:-based)?[ \t]+){0,4}?)"
    r"(?P<noun>maker|manufacturer|producer|start-?up|supplier|firm|company|developer|operator|miner|group|carmaker|"
    r"automaker|chipmaker|recycler|subsidiary|affiliate)\b(?![ \t]+(?!(?:of|that|which|whose|based|in|with|owned|"
    r"backed|controlled|founded|set|spun|listed|headquartered|and|under|from|since|known|run|majority|wholly)\b)[a-z])")
# a capitalised word and "and" right before a name: the name ends a longer one ("Great Power Energy and | Technology")
_CAP_AND_BEFORE = re.compile(r"[A-Z][\w\-]*[ \t]+(?:and|&)[ \t]+\Z")
# the name before such an apposition, with a bracket (Chinese name or code) between them
_NAME_BEFORE_APPOS = re.compile(r"(?<![\w\-.&'’])(?P<name>[A-Z][\w\-.&]*[\w&](?:[ \t]+(?:[A-Z][\w\-.&]*[\w&]|&)){0,4})"
                                r"(?:[ \t]*[（(][^()（）\n]{1,40}[)）])?\Z")
# A carmaker's sales partner named by its role: "importer Harris Maxus", "distributor Autos del Pacifico", "has
# appointed Madrid-based Movilidad Electrica Iberica as its importer" (a name may hold Spanish or Portuguese particles)
_SELLER_NAME = r"[A-Z][\w\-&]*[\w&](?:[ \t]+(?:(?:de|del|da|do|dos|la|y)[ \t]+)?[A-Z][\w\-&]*[\w&]){0,4}"
_SELLER_ROLE = r"(?:importer|distributor|dealer\s+group|dealer|retailer|sales\s+agent)"
_SELLER = re.compile(
    rf"\b{_SELLER_ROLE}\s+(?P<name>{_SELLER_NAME})(?=\s+(?:in|for|has|have|had|will|is|was|said|says|which|and|to)\b|"
    r"\s*[,.;:(（]|\s*$)|"
    r"\b(?:appointed|appoints|named|names|picked|picks|chose|chosen|selected|selects|signed\s+up|tapped)\s+"
    rf"(?:(?-i:[A-Z])[a-z]+-based\s+)?(?P<name2>{_SELLER_NAME})\s+as\s+(?:its|their|the|a)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"{_SELLER_ROLE}\b")
# A company's unit named after its owner's possessive: "its subsidiary Jiangxi Andi", "its anode subsidiary, Hunan
# Zhongke Xingcheng Graphite", "the group's battery arm FinDreams"
_UNIT_NAMED = re.compile(
    r"(?:\b[Ii]ts|\b[Tt]heir|['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:subsidiary|unit|arm|affiliate|division)\s*,?\s+"
    rf"(?P<name>{_SELLER_NAME})(?=\s*[,.;:(（)]|\s+[a-z]|\s*$)")
# those patterns with the words (in lower case) an article needs to hold for them to match
_ROLE_NAMED = ((_SELLER, ("importer", "distributor", "dealer", "retailer", "agent")),
               (_UNIT_NAMED, ("subsidiary", "unit", "arm", "affiliate", "division")))
_OWNER_ADJ = re.compile(r"\b([A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2})-(?:owned|backed|controlled)\b")
_WIND = re.compile(r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers)\s+(?:compiled\s+|provided\s+)?(?:from|by)\s+(Wind)\b"
                   r"|\b(?:[Aa]ccording\s+to|[Ss]ource:)\s+(Wind)\b(?!\s+(?:power|energy|turbines?|farms?))")
_OWNED_CODE = re.compile(r"(?:['’]s\s+(?:forthcoming|upcoming|new|latest|next)|\b[Tt]he\s+(?:forthcoming|upcoming|unreleased|next))\s+"
                         r"(?P<name>[A-Z][A-Za-z]*-?\d(?:[\w\-]|\.(?=\w))*)")
# possessive \s*+ : each run of spaces is taken whole (never given back), so a long run cannot backtrack
_LIST_SEP = re.compile(r"^\s*+(?:(?:,|，|、|;)\s*+)?(?:(?:and|or|&|as well as|plus)\s*+)?(?:\*\*\s*+)?$")
# The source of figures, not the subject of its sentence: "data compiled by the CPCA", "according to the alliance"
_SOURCE_BEFORE = re.compile(r"\b(?:(?:compiled|published|released|collected|gathered)\s+by|according\s+to|quoting|citing|"
                            r"(?:data|figures|statistics|numbers)\s+from)\s+(?:the\s+)?$", re.I)
_AND_LIST_SEP = re.compile(r"\s*+(?:,\s*+)?(?:and|&)\s++")  # the last joint of a list: "A, B and C"
# A list member named through its owner: "Tesla's Shanghai factory, Li Auto and Xiaomi" (the joint after "Tesla")
_POSS_ITEM_SEP = re.compile(r"['’]s(?:[ \t]+[A-Za-z][\w-]*){1,3}\s*+,\s*+(?:(?:and|&)\s++)?")
_ETF_CODE = re.compile(
    r"((?:[A-Z][\w&\-]*[ \t]+){0,6}(?:ETF|LOF|Fund|QDII)(?:[ \t]+(?:Linked|Feeder|Connect|Link)[ \t]+Fund)?)"
    r"\s*[（(]\s*+((?:(?:Class\s+[A-Z]\s*[:：]\s*)?\d{6}(?>\s*[,，;、]\s*|\s+)?)++)[)）]"
)
_CODE6 = re.compile(r"\d{6}")
_TICKER = re.compile(
    r"\b0*(?P<hk>\d{1,5})\.HK\b|\b(?P<a>\d{6})\.(?P<ax>SZ|SH|SS|BJ)\b"
    r"|\b(?P<px>HKG|HKEX|SEHK|HK|SHE|SZSE|SZ|SHA|SSE|SH|SS|NYSE|NASDAQ|Nasdaq|BJSE|BSE|SGX|KRX|KOSDAQ|TSE|TYO|ASX|OTCMKTS|"
    r"OTC|ETR|FRA|IDX|EPA|NSE|HOSE|HSX)\s*[:：]\s*(?P<pv>[A-Z][A-Z&]{0,9}|\d{1,6})(?![\w&])"
    r"|\b(?P<gx>SZ|SH)(?P<gv>\d{6})\b"
    # A bare six-digit A-share code in parentheses right after a company ("Great Power Energy (300438)").
    r"|[（(](?P<bare>[036]\d{5})[)）]"
)
# (group 2: a further item after the Chinese name, "(阿维塔科技, Avatr)", "(广汽集团, 601238.SH)")
_CJK_PAREN = re.compile(r"[（(]\s*(?:[A-Za-z][\w ]*,\s*)?([\u4e00-\u9fff·]{2,20})\s*(?:([,，;、])[^()（）\n]{1,40})?[)）]")
# a listed company's code in parentheses: "(300415.SZ)", "(9868.HK)", "(SZ: 002126)", "(002126)"
_PAREN_TICKER = re.compile(r"[（(]\s*(?P<tick>(?:(?:SZ|SH|SZSE|SSE|SHE|SHA|HK|HKEX|HKG|SEHK)\s*[:：]\s*)?"
                           r"(?P<code>\d{6}\.S[ZHS]|\d{4,5}\.HK|[036]\d{5}))\s*[)）]")
_TICKER_PLACES = frozenset(("Hong Kong", "Shanghai", "Shenzhen", "Beijing", "China", "STAR Market", "ChiNext", "A-shares",
                            "A-share", "H-shares", "H-share", "Main Board"))
# a name going on after "&" ("Goodyear Tire & Rubber")
_AMP_NAME_AFTER = re.compile(r"\s*&\s*[A-Z]")
# company words that name goods, which a nationality before them makes a trade's name ("European Tyre ...")
_GOODS_SUFFIXES = frozenset({"tyre", "tyres", "tire", "tires", "glass", "lighting", "steel", "aluminium", "aluminum",
                             "magnesium"})
# a lead of "<place>-based" words before a name ("Chongqing-based Shunbo Alloy", "Beijing-based Muniu Technology")
BASED_LEAD = re.compile(r"(?:[\w\-]+-(?:based|listed|headquartered)\s+)+")
_AFTER_JOIN = re.compile(r"(?:&|\band|\bof|\bin|\bon)\s+$")
_PAREN_OPEN = ("(", "（")
_ACRONYM_PAREN = re.compile(r"\s*[（(]\s*([A-Z][A-Z0-9&]{1,7})\s*[)）]")
# cities that stand for a company's home in "the Hangzhou company", "the Hefei battery maker"
# Chinese cities and the province each lies in ("the Fujian firm" is the company of a Ningde note)
_CITY_PROVINCE = {
    "Ningde": "Fujian", "Xiamen": "Fujian", "Fuzhou": "Fujian", "Quanzhou": "Fujian", "Longyan": "Fujian",
    "Hefei": "Anhui", "Wuhu": "Anhui", "Chuzhou": "Anhui", "Hangzhou": "Zhejiang", "Ningbo": "Zhejiang",
    "Shaoxing": "Zhejiang", "Jinhua": "Zhejiang", "Huzhou": "Zhejiang", "Quzhou": "Zhejiang", "Jiaxing": "Zhejiang",
    "Wenzhou": "Zhejiang", "Taizhou": "Zhejiang", "Shenzhen": "Guangdong", "Guangzhou": "Guangdong",
    "Huizhou": "Guangdong", "Foshan": "Guangdong", "Dongguan": "Guangdong", "Zhuhai": "Guangdong",
    "Zhaoqing": "Guangdong", "Jiangmen": "Guangdong", "Changsha": "Hunan", "Zhuzhou": "Hunan", "Wuhan": "Hubei",
    "Xiangyang": "Hubei", "Shiyan": "Hubei", "Chengdu": "Sichuan", "Yibin": "Sichuan", "Suining": "Sichuan",
    "Changzhou": "Jiangsu", "Nanjing": "Jiangsu", "Suzhou": "Jiangsu", "Wuxi": "Jiangsu", "Yancheng": "Jiangsu",
    "Nantong": "Jiangsu", "Liyang": "Jiangsu", "Changchun": "Jilin", "Baoding": "Hebei", "Liuzhou": "Guangxi",
    "Zhengzhou": "Henan", "Xi'an": "Shaanxi", "Qingdao": "Shandong", "Jinan": "Shandong", "Yantai": "Shandong",
    "Weifang": "Shandong", "Zibo": "Shandong", "Shenyang": "Liaoning", "Dalian": "Liaoning", "Ganzhou": "Jiangxi",
    "Yichun": "Jiangxi", "Xinyu": "Jiangxi", "Nanchang": "Jiangxi", "Xining": "Qinghai", "Kunming": "Yunnan",
    "Guiyang": "Guizhou",
}
_HQ_CITIES = ("|".join(_CITY_PROVINCE) + "|Beijing|Shanghai|Chongqing|Tianjin|"
              "Wolfsburg|Stuttgart|Munich|Detroit|Seoul|Tokyo|Toyota City|Austin|Gothenburg|Paris|Turin|Amsterdam")
_HQ_CITY_SET = frozenset(_HQ_CITIES.split("|"))
_PROVINCES = ("Jiangxi|Zhejiang|Jiangsu|Guangdong|Fujian|Anhui|Hunan|Hubei|Sichuan|Shandong|Qinghai|Yunnan|Guangxi|"
              "Henan|Hebei|Shaanxi|Liaoning|Jilin|Heilongjiang|Guizhou|Shanxi|Hainan")
_PROVINCE_SET = frozenset(_PROVINCES.split("|"))
_HQ_CITY_IN_NOTE = re.compile(rf"\b({_HQ_CITIES}|{_PROVINCES})\b")
# the country a company described by its nationality is from ("the German carmaker")
_NATIONALITY = {"US": "country:usa", "U.S.": "country:usa", "American": "country:usa", "German": "country:germany",
                "Japanese": "country:japan", "Korean": "country:south-korea", "South Korean": "country:south-korea",
                "French": "country:france", "British": "country:uk", "Swedish": "country:sweden", "Italian": "country:italy",
                "Dutch": "country:netherlands", "Spanish": "country:spain", "Swiss": "country:switzerland"}
# a region's adjective in a reference ("the European carmaker"): the nearest company placed in one of its countries
_REGIONAL = {"European": frozenset(f"country:{c}" for c in (
    "germany", "france", "uk", "sweden", "italy", "netherlands", "spain", "switzerland", "belgium", "poland", "norway",
    "luxembourg", "austria", "slovakia", "ireland", "finland", "czech-republic", "hungary", "portugal", "denmark",
    "romania", "serbia"))}
_NATIONALITY_RX = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_NATIONALITY, key=len, reverse=True))
_REF = re.compile(
    r"(?:[TtIiC]|(?<=,)c|(?<=, )c)(?<![\w][TtIiC])(?:(?<=[Tt])he\s+(?:same\s+)?(?P<mod>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?-(?:based|headquartered)\s+|Chinese\s+|"
    rf"(?:{_NATIONALITY_RX}|European)\s+|"
    rf"(?:{_HQ_CITIES}|{_PROVINCES})\s+|(?:Hong\s+Kong|Shanghai|Shenzhen|Nasdaq|NYSE|New\s+York|US|U\.S\.)-listed\s+)?"
    # ("the Beijing-based autonomous-driving company": a hyphenated field word before the noun)
    r"(?P<field>(?-i:[a-z]+(?:-[a-z]+)+)\s+"
    r"(?=(?:[Cc]ompany|firm|[Gg]roup|automaker|carmaker|start-?up|supplier|chipmaker)\b))?"
    r"(?:[Cc]ompany|firm|[Gg]roup|automaker|carmaker|car\s+maker|manufacturer|battery\s+(?:maker|giant|manufacturer)|"
    r"(?:lithium\s+|cobalt\s+|nickel\s+|cathode\s+|materials\s+)?(?:producer|miner)|parts\s+(?:maker|supplier)|"
    r"(?:battery\s+|cell\s+)?supplier|"
    r"giant|EV\s+maker|electric\s+(?:vehicle|car)\s+maker|(?:EV\s+)?start-?up|stock|alliance|regulator|ministry|"
    r"listed\s+company|brand|enterprise|chipmaker|chip\s+designer|lidar\s+maker|exchange|bourse|"
    # ("the map maker", "the motorcycle maker": a maker of what it names; not a role: "the market maker")
    # (nor an apposition, which describes the name before it: "Sanden, the Japanese compressor maker now ...")
    r"(?P<gen>(?!(?:market|decision|policy|deal|king|rule|peace|film|money|news|trouble|noise|match|pace|play|listed)\s)"
    r"(?-i:[a-z]{3,})(?:\s+(?-i:[a-z]{3,}))?\s+maker(?!s|\s+of\b))|"
    # "the venture" (a company introduced as one: "Huafeng Fuel Cell, a 50:50 venture between ...")
    # (not a description: "the venture between", "T3, the venture backed by three carmakers")
    r"(?<!,\sthe\s)(?:joint\s+)?(?:venture|JV)(?!\s+(?:between|with|of|backed|formed|set|owned|created|established|"
    r"founded|called|named)\b))(?:['’]s)?|(?<=[Ii])ts|(?<=[Tt])heir|"
    # machine translation's bare "Company" for 公司 ("Company said,", "Company main customers include ...")
    # (not before a title: "Company chairman Xu Jinfu" may be any company the passage names)
    # (and its lower-case form after a comma, which machine translation glues to it and cleaning spaces again: "Half
    # year report shows,company main customers include")
    r"(?<=[Cc])ompany(?!\s+(?:chairman|president|vice|chief|general|director|secretary|founder|executive|board|"
    r"spokes\w*|head|manager|senior|deputy|CEO)\b)(?=\s+(?-i:[a-z])|,|['’]s\s)|"
    # "it" as the one a buyer picks ("last month BYD picked it as the main lidar supplier")
    r"(?:(?<=picked\si)|(?<=chose\si)|(?<=chosen\si)|(?<=selected\si)|(?<=tapped\si)|(?<=added\si))t(?=\s+"
    r"(?:(?:last|this)\s+(?:year|month|week)\s+|in\s+\w+\s+)?as\s+(?:its|their|a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:supplier|source|vendor|provider)\b)|"
    # "it" as the subject of a verb ("In April it unveiled Naxtra").
    r"(?<=[Ii])t(?=\s+(?:(?:also|then|has|had|have|will|later|first|recently|officially|now|still)\s+)*(?:[a-z]+(?:ed|es)|"
    # (business verbs in -s; never "is", "seems", "remains", "means", whose "it" is often no company)
    r"runs|makes|builds|owns|sells|holds|controls|ships|plans|expects|aims|counts|buys|sources|designs|invests|"
    r"employs|targets|reports|posts|claims|operates|wants|gets)\b))\b"
)
# A definite car noun that refers back to the car model named last ("The car", "the new SUV", "The model"), not a
# noun modifying another ("the car market", "the model year") nor a plural or a part ("the car's battery" is kept)
_PRODUCT_REF_HINT = re.compile(r"[Tt]he\s+(?:[\w\-]+\s+){0,2}(?:car|model|SUV|sedan|saloon|MPV|hatchback|coupe|pickup|crossover|"
                               r"wagon|minivan|vehicle)\b")
# a definite policy noun that refers back to the policy named last whose name holds it ("The ban was announced by"),
# not one a phrase describes ("the ban on exports of ...", "the programme for ...")
_POLICY_REF = re.compile(r"(?<!\bunder\s)\b[Tt]he\s+(?:new\s+|revised\s+|same\s+|demonstration\s+|pilot\s+)?(?P<noun>programme|program|"
                         r"scheme|ban|subsidy|levy|fee|catalogue|standard|measures|regulations|notice|law)\b"
                         r"(?!\s+(?:of|for|to|on|that|which|in|under)\b)")
_POLICY_NOUN_STEMS = {"programme": ("program",), "program": ("program",), "scheme": ("scheme", "program", "subsid"),
                      "subsidy": ("subsid",)}
_PRODUCT_REF = re.compile(
    r"\b[Tt]he\s+(?:(?:new|latest|updated|refreshed|facelifted|electric|all-electric|pure-electric|flagship|entry-level|"
    r"five-seat|six-seat|seven-seat|large|mid-size|midsize|compact|full-size|luxury|premium|two-door|four-door|"
    r"plug-in|hybrid|range-extended|extended-range|sporty|coupe|family)\s+){0,2}"
    r"(?:car|model|SUV|sedan|saloon|MPV|hatchback|coupe|pickup|crossover|wagon|minivan|vehicle)"
    r"(?![\w\-])(?!\s+(?:maker|makers|manufacturer|market|markets|industry|sector|brand|brands|company|companies|segment|"
    r"business|sales|buyers|owners|dealers?|parks?|plants?|factor(?:y|ies)|year|range|line-up|lineup|lines?|families|"
    r"family|name|names|of|class|category|types?|rental|sharing|loans?|finance|insurance|exports?|imports?|"
    r"registrations?|ownership|batter(?:y|ies)\s+(?:maker|makers|industry|market))\b)"
    # a clause's subject or an object before a break or a preposition (not "the vehicle margin", nor a description:
    # "the car Xiaomi has openly targeted")
    r"(?=\s*(?:[,.;:)'’]|$)|\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|should|must|also|now|then|"
    r"still|already|first|only|comes?|came|uses?|used|runs?|ran|sits?|sat|gets?|got|offers?|offered|carries|carried|"
    r"features?|goes|went|starts?|costs?|boasts?|adopts?|shares?|draws?|drew|rides|takes|took|keeps|kept|"
    r"with|in|at|on|for|from|to|by|as|and|but|while|when|since|after|before|under|through|via|against|"
    r"\w+ed)\b)")
# Words of a product name that make it a battery, chip, system or software rather than a vehicle (the relation rules
# read them too)
TECH_PRODUCT_WORDS = (r"batter(?:y|ies)|cells?|packs?|blocks?|chips?|systems?|platforms?|software|OS|ADS|cockpit|LLM|"
                      r"lidars?|processors?|modules?|motors?|controllers?|algorithms?|agent|assistant|architecture")
# product names that are no car's (nor a numbered model of something else: "Model 3" is Tesla's name, kept by its code)
_NOT_VEHICLE_NAME = re.compile(rf"\b(?:{TECH_PRODUCT_WORDS}|model\s+\d)\b", re.I)
# A name introduced as a joint venture: "Huafeng Fuel Cell, a 50:50 venture between", "the Huafeng joint venture",
# "a joint venture called Huafeng" (what "the venture" refers back to)
_VENTURE_AFTER = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?(?:\s*,\s*(?:a|an|the|its|their)\s+(?:[\w\-:]+\s+){0,4}?"
                            r"(?:joint[- ])?venture|\s+(?:joint[- ]venture|JV))\b")
_VENTURE_BEFORE = re.compile(r"\b(?:joint[- ])?venture\s*,?\s*(?:(?:called|named|dubbed|known\s+as)\s+)?$")
_LISTED_PLACES = {"hong kong": "Hong Kong Stock Exchange", "hkex": "Hong Kong Stock Exchange", "shanghai": "Shanghai Stock Exchange",
                  "shenzhen": "Shenzhen Stock Exchange", "beijing": "Beijing Stock Exchange", "nyse": "New York Stock Exchange",
                  "new york": "New York Stock Exchange", "nasdaq": "Nasdaq", "star market": "STAR Market",
                  "chinext": "ChiNext"}
# "completed its Hong Kong secondary listing", "Seres's Hong Kong IPO": the possessor lists there
_LISTING_NOUN = re.compile(
    r"\b(?P<poss>its|their|(?-i:[A-Z])[\w&\-.]*['’]s)\s+(?:(?:planned|proposed|upcoming|secondary|dual|primary|second|"
    r"main-board|long-awaited)\s+)*(?P<ex>Hong Kong|HKEX|Shanghai|Shenzhen|NYSE|New York|Nasdaq|NASDAQ|STAR Market|ChiNext)\s+"
    r"(?:(?:secondary|dual|primary|main-board|stock\s+market)\s+)*(?:listing|IPO|debut|flotation)\b")
_LISTING_HEDGE = re.compile(r"\b(?:may|might|could|consider\w*|mull\w*|weigh\w*|explor\w*|rumou?r\w*|reportedly|"
                            r"shelved|scrapped|withdr[ae]w\w*|cancel\w*|abandon\w*)\b[^.;]*$", re.I)
# (an exchange named, not a city: "Hong Kong-listed" names no exchange, the conventions' test for LISTED_ON)
_LISTED_ADJ = re.compile(r"\b(?P<ex>HKEX|NYSE|Nasdaq|NASDAQ|STAR Market|ChiNext)[- ](?:listed|traded)\b")
_LISTED_BEFORE = re.compile(r"(?:['’]s?|,\s+(?:a|an|the)|\s+(?:is|was)\s+(?:a|an|the))\s+(?:[a-z\-]+\s+)?$")
_LISTED_AFTER = re.compile(r"\s+(?:(?:shares|stock)\s+of\s+)?(?:the\s+)?")
_SWAP_NOUN = re.compile(r"swap(?:ping)?\s+stations\b", re.I)
_SWAP_STATIONS = re.compile(
    r"\b(?:operat(?:es|ed|ing|e)|runs|ran|running|built|builds?|building|deploy(?:s|ed|ing)?|open(?:s|ed|ing)?|had)\s+"
    # "operates more than 3,400 swap stations", "started building swap stations", "will build its own battery swap stations"
    r"(?:(?:(?:more\s+than|over|nearly|about|some|around|almost|roughly)\s+)?[\d,.]+(?:\s+(?:thousand|million))?\s+)?"
    r"(?:(?:new|its|their|own|more|additional|heavy-truck|truck)\s+){0,2}(?:(?:battery|power)[\s-])?$", re.I)
_CODE_GAP = re.compile(r"\s*(?:(?:Shares|Group|Co\.?,?(?:\s*Ltd\.?)?|Inc\.?|Corp\.?)\s*)?[（(]\s*")
# Publications and news outlets are never tagged ("Securities Times", "Sina Finance", "Gasgoo Auto News").
_MEDIA = re.compile(r"\b(?:Times|Daily|News|Journal|Post|Herald|Review|Weekly|Magazine|Press|Wire|Newswire|TV|Radio|"
                    r"Media|Finance|Tribune|Gazette|Observer|Insider|Reporter)$")
_CJK_THEN_PAREN = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff·]{2,20})\s*[（(]\s*")
_CLOSE_PAREN = re.compile(r"\s*[)）]")
_CODE_LIKE = re.compile(r"[A-Z]{1,4}\d{4,6}(?:\.[A-Z]{1,2})?")
# a supplier's rank in the chain, not a name: "NIO, Leapmotor and Tier-1 supplier Joyson Electronics"
_TIER_RANK = re.compile(r"Tier[- ]?(?:\d|One|Two|Three)\b", re.I)
# Ticker prefixes that are the exchange's own abbreviation (not "HK"/"SZ"/"SH", which are code suffixes written in
# front): "(HKEX: 1211)" and "(NYSE: NIO)" name the exchange the company is listed on.
_NAMED_EXCHANGES = {"HKEX": "Hong Kong Stock Exchange", "SEHK": "Hong Kong Stock Exchange", "HKG": "Hong Kong Stock Exchange",
                    "SZSE": "Shenzhen Stock Exchange", "SHE": "Shenzhen Stock Exchange", "SSE": "Shanghai Stock Exchange",
                    "SHA": "Shanghai Stock Exchange", "NYSE": "New York Stock Exchange", "NASDAQ": "Nasdaq",
                    "BJSE": "Beijing Stock Exchange", "SGX": "Singapore Exchange", "KRX": "Korea Exchange",
                    "KOSDAQ": "KOSDAQ", "TSE": "Tokyo Stock Exchange", "TYO": "Tokyo Stock Exchange",
                    "ASX": "Australian Securities Exchange", "OTCMKTS": "OTC Markets", "OTC": "OTC Markets",
                    "ETR": "Frankfurt Stock Exchange", "FRA": "Frankfurt Stock Exchange",
                    "IDX": "Indonesia Stock Exchange", "EPA": "Euronext Paris", "NSE": "National Stock Exchange of India",
                    "HOSE": "Ho Chi Minh Stock Exchange", "HSX": "Ho Chi Minh Stock Exchange"}
# the suffix of a code on those other exchanges ("KRX: 373220" is 373220.KS)
_EXCHANGE_SUFFIX = {"KRX": ".KS", "KOSDAQ": ".KQ", "TSE": ".T", "TYO": ".T", "ASX": ".AX", "ETR": ".DE", "FRA": ".F",
                    "IDX": ".JK", "EPA": ".PA", "NSE": ".NS", "HOSE": ".VN", "HSX": ".VN"}
# ISO codes of currencies an amount may be given in ("HUF 400 billion", "EUR 1.2 billion")
_CURRENCY_CODES = frozenset({"HUF", "EUR", "USD", "GBP", "CNY", "RMB", "JPY", "KRW", "HKD", "CHF", "PLN", "CZK", "SEK", "NOK",
                             "DKK", "INR", "IDR", "THB", "MYR", "VND", "BRL", "MXN", "TRY", "ZAR", "AUD", "CAD", "SGD",
                             "RUB", "SAR", "AED", "PKR", "MAD"})
_AMOUNT_AFTER = re.compile(r"\s?\d")
_TICKER_PREFIX = re.compile(r"\s*[:：]\s*[A-Z0-9]")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:its|their)\s+[^,.;]{0,60}?\band\s+)?$|\b(?:counts?|counted|names?|named|lists?|listed|"
                          r"regards?|regarded|sees|saw|considers?|considered|describes?|described)\s+[^,.;]{1,60}?\s+as\s+$|"
                          # "Mercedes-Benz has chosen Momenta for the China version of its CLA": the chooser's
                          r"\b(?:chose|chosen|chooses|picked|picks|selected|selects|tapped|taps|hired|hires|enlisted)\s+"
                          r"(?-i:[A-Z])[^,.;]{0,40}?\s+(?:for|to\s+(?:build|develop|supply|make|design))\s+[^,.;]{0,50}?$")
# "BYD is supplying UEFA with a fleet of ..., Denza D9 people carriers from its premium brand": goods "from its" unit
# are the supplier's, however long the list of goods (but "supplies Tesla with valves for its heat pumps": Tesla's)
_SUPPLIED_WITH = re.compile(r"\b(?:supplies|supply|supplying|supplied|provides|providing|provided|equips|equipping|"
                            r"equipped)\s+(?-i:[A-Z])[\w\-.&]*(?:\s+(?-i:[A-Z])[\w\-.&]*){0,3}\s+with\s[^;]*\bfrom\s+$")
THROUGH_BEFORE = re.compile(r"\b(?:through|via)\s+$", re.I)
# a passive with its agent: "is controlled by", "was acquired by"
PASSIVE_AGENT = re.compile(r"\b(?:is|was|are|were|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\b", re.I)
# a possessor inside an apposition, before a later "its": "CATL, [the largest battery maker and] | BYD | 's main rival,
# unveiled | its" (the apposition closes before the verb)
_APPOS_POSSESSOR_BEFORE = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s+(?:(?:the|a|an)\s+[^,;:()]{1,60}?\s+and\s+)?")
_APPOS_POSSESSOR_AFTER = re.compile(r"['’]s\s+[^,;:()]{1,60},\s+(?:[a-z][\w\-]*\s+){1,4}")
# after a group's bare name: an apposition that calls it a group ("Geely, the privately owned group"), and a
# founder's or chairman's title ("Geely founder Li Shufu", "Geely's chairman")
_CALLED_GROUP = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}(?:group|conglomerate|parent)\b")
_GROUP_TITLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:co-?)?(?:founder|chairman|owner)\b", re.I)

# what a group's listed car arm adds to the group's name ("Geely" -> "Geely Auto", "Geely Automobile Holdings")
# (or "Group" alone after a group's name that ends in a car word: "Dongfeng Motor" -> "Dongfeng Motor Group")
_CAR_ARM_NAME = re.compile(r" (?:Auto|Automobile|Motors?)(?: Holdings?| Group)?")
_CAR_WORD_END = re.compile(r" (?:Auto|Automobile|Motors?)$")
_GROUP_ARM_NAME = re.compile(r" (?:Holdings?|Group)")

# Before a name inside a list of examples: "customers include Tesla, BMW and Volkswagen", "investors, including X".
_LIST_INTRO = re.compile(r"(?:\binclud(?:e|es|ed|ing)|\bsuch\s+as|\bamong\s+them|\blike|\bnamely)[\s:*]*$")
# A sentence that opens with a prepositional phrase and a comma: "Unlike Tianqi, Ganfeng also makes batteries.",
# "Below CATL and BYD, CALB counts ..." (the names in it are not the sentence's subject)
# (FRONTED_ASIDE: the phrases that set other names beside the subject, "Unlike CATL and BYD, Gotion ...")
_ASIDE_WORDS = (r"Unlike|Like|Besides|Apart\s+from|Aside\s+from|Compared\s+(?:with|to)|As\s+with|Along\s+with|Behind|Beyond|"
                r"In\s+contrast\s+to|Together\s+with|Below|Above|Alongside|In\s+addition\s+to")
# (and a participle that describes the subject: "Founded in 2015 by former Baidu researcher Yu Kai, ... Horizon makes")
FRONTED = re.compile(rf"[\s*\"“]*(?:{_ASIDE_WORDS}|After|Before|Following|Despite|Against|Among|Founded|Established|"
                     r"Backed|Spun\s+off|Owned|Controlled)\b[^,;:.]{1,80},")
FRONTED_ASIDE = re.compile(rf"[\s*\"“]*(?:{_ASIDE_WORDS})\b[^,;:.]{{1,80}},")
# a speaker after the statement it makes: ", CATL said", "," BYD told" (_SPEAKER_COMMA before the name, _SPEAKER_VERB
# after it), and the kinds of organisation whose statement a reference in it can be ("Automaker": not a bank's analyst)
_SPEAKER_COMMA = re.compile(r"[,，][\"”’]?\s+$")
_SPEAKER_VERB = re.compile(r"\s+(?:said|says|told|added|announced|stated|confirmed|noted)\b")
#: Classes of sensor ("lidar"): tagged where an article names them, but no technology of one company (nothing
#: develops or uses a class), and no subject of a figure ("Total lidar shipments were 501,889 units" are the company's).
SENSOR_CLASSES = frozenset({"technology:lidar"})
MAKER_KINDS = frozenset({"Automaker", "BatteryMaker", "Supplier", "TechCompany"})
# A word of a unit's own after its owner's name, and the apposition that makes it the owner's unit (up to "of"; the
# owner's name follows, after lower-case words: "a unit of appliance maker Hisense Group")
# ("BYD Auto Industry, the Uzbek joint venture of BYD Co. and UzAuto Motors": a venture is its first owner's unit here)
_UNIT_NOUNS = ("subsidiary", "unit", "arm", "division", "affiliate", "venture")
_UNIT_OF = (r"(?:\s*[（(][^()（）]{1,40}[)）])?,\s+(?:the|a|an|its)\s+(?P<desc>(?:[\w\-]+\s+){0,4}?)"
            rf"(?:{'|'.join(_UNIT_NOUNS)})\s+of\s+(?:the\s+)?")
_UNIT_OF_HINT = re.compile(rf"(?:{'|'.join(_UNIT_NOUNS)})\s+of\s")
_UNIT_OF_APPOS = re.compile(rf"(?<![\w\-.&’'])(?P<name>[A-Z][\w\-.&]*(?: [A-Z][\w\-.&]*){{0,3}}){_UNIT_OF}")
_UNIT_OWNER_KINDS = frozenset(("Automaker", "BatteryMaker", "Supplier", "TechCompany", "MaterialsSupplier",
                               "SemiconductorMaker", "FinancialInstitution", "Company", "Organization"))
_LOWER_WORD = re.compile(r"(?-i:[a-z][\w\-]*)\s+")
# a sentence whose subject is a plural pronoun or group: "Both use ...", "They sell ...", "All three models ..."
_PLURAL_OPENER = re.compile(r"[\s*\"“]*(?:Both|They|All\s+(?:two|three|four|five|six)|The\s+(?:two|three|four)\s+[a-z]+)\s")
# a comma and "and" (or "but") between two names: a joint of two clauses where a list of two has no comma
_CLAUSE_AND = re.compile(r"\s*,\s*(?:and|but)\s+(?:the\s+)?$")
# a time phrase that opens a sentence without a comma: "In 2023 ", "Last year ", "On Monday "
_TIME_OPENER = re.compile(r"(?:(?:In|By|Since|Until|During)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d|"
                          r"(?:Last|This|Next)\s+(?:year|month|week)|(?:On|Last|This)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                          r"Friday|Saturday|Sunday))\s*,?\s+")
_RELATIVE_WORD = re.compile(r"\b(?:which|that|who|whose|where)\b")
_AGENT_BEFORE = re.compile(r"\b(?:from|by)\b")
_FITTED_POSS = re.compile(r"\b(?:fit|fits|fitted|install|installs|installed|use|uses|used|adopt|adopts|adopted|chose|picked|"
                          r"selected|buy|buys|bought|order|ordered|source|sourced|put|mounted|get|gets|got|receives?|"
                          r"received|takes?|took)\s+(?:the\s+|a\s+|an\s+)?$")
# a release's definition of "the Company" after the issuer's name (past a ticker parenthesis):
# 'Li Auto Inc. ("Li Auto" or the "Company")', 'NIO Inc. (NYSE: NIO) ("NIO" or the "Company")'
# (or with the article inside the quotes: '("Horse Powertrain" or "the Company")')
_DEFINED_COMPANY = re.compile(r"[（(](?:[\"“][^\"”()]{1,40}[\"”],?\s+(?:or|and)\s+)?(?:the\s+)?[\"“](?:the\s+)?"
                              r"(?P<term>Company|Group)[\"”][)）]")
# the legal form words a name may leave out before a release's parentheses (" Inc.", " Holding Limited,")
_LEGAL_TAIL = r"(?:\s*(?:Inc|Ltd|Limited|Co|Corp|Corporation|Holdings?|Group|N\.V|S\.A|AG|SE|plc)\.?,?)*"
_DEFINED_GAP = re.compile(rf"{_LEGAL_TAIL}(?:\s*[（(][^()（）]{{1,60}}[)）])?\s*")
# the quoted short name a release defines a legal name by, up to its opening quote: ' Limited ("ZEEKR" or the "Company")'
_DEFINED_SHORT = re.compile(rf"{_LEGAL_TAIL}(?:\s*[（(][^()（）\"“]{{1,60}}[)）])?\s*[（(][\"“](?=([^\"”()]{{1,40}})[\"”])")
# the rest of a fronted phrase up to a main clause whose subject is the defined "the Company"
_FRONTED_BEFORE_COMPANY = re.compile(r"[^,;.()]{1,60},\s+the\s+Company\b")
# a name used as a modifier of goods or cars ("Volkswagen vehicles", "CATL batteries"): no antecedent of "the company"
# a name followed by a lower-case word it describes ("BYD electric cars", "Tesla owners")
_NAME_MODIFIES = re.compile(r" (?!and\b|or\b|nor\b)[a-z]")
_ATTRIBUTIVE_NAME = re.compile(r"\s+(?:vehicles|cars|models|EVs|trucks|buses|SUVs|sedans|batteries|cells|packs|"
                               r"chips|dealers|dealerships|showrooms|owners|drivers)\b")
# Between a buyer and "its" output: "CATL takes the largest share of its output", "which absorbs most of its output"
# (not "buys": "Tesla buys its cells locally" are its own)
_TAKES_SHARE_POSS = re.compile(r"(?:\s*,\s*which)?\s+(?:(?:now|also|still|alone)\s+)?(?:takes?|took|absorbs?|absorbed|"
                               r"accounts?\s+for|accounted\s+for)\s+(?:(?:the|a)\s+)?(?:(?:largest|biggest|large|major|"
                               r"greater|most|half|majority|good)\s+)?(?:share|part|portion|bulk|most|majority|half|proportion|"
                               r"chunk)?\s*(?:of\s+)?")
_FROM_AFTER = re.compile(r"[^.;,]{0,60}\bfrom\b")  # ("NIO buys most of its cells from CATL": its own cells)
# Between a subject and a possessive reference that is its complement: "Li Auto has been its biggest client"
_CONTRAST_BEFORE = re.compile(r",\s*(?:while|whereas|but)\s+(?:the\s+)?$")
# (after the name or a relative pronoun: "Chery, which is both its largest shareholder and its largest customer")
_COPULA_POSS = re.compile(r"(?:\s*,\s*(?:which|who))?\s+(?:is|was|are|were|remains|remained|became|"
                          r"(?:has|have|had)\s+(?:(?:long|also|always|consistently|"
                          r"for\s+(?:years|decades|a\s+decade|(?:many|several|some)\s+years|some\s+time))\s+)*(?:been|become))\s+"
                          r"(?:(?:now|also|still|since|already|long|both)\s+)?(?:one\s+of\s+|among\s+(?:of\s+)?)?")
# Before a name another company is only compared with ("surpassing the annual revenue reported by Tesla")
_COMPARED_BEFORE = re.compile(r"\b(?:than|surpass\w*|overtak\w*|outsold|outpac\w*|ahead\s+of|compared\s+(?:with|to)|versus|"
                              r"vs\.?|unlike)\b[^,;.]{0,50}?$")
# After a bank's or broker's name: it appears as the analysts' firm ("Goldman Sachs analysts cut their target")
_ANALYST_AFTER = re.compile(r"(?:['’]s?)?\s+(?:analysts?|research|strategists?|economists?|note)\b")
# A company's name used as a modifier of a part or product ("the Qualcomm chip", "the CATL pack")
_MODIFIED_PART = re.compile(r"\s+(?:chips?|chipsets?|processors?|platforms?|modules?|controllers?|packs?|cells?|batter(?:y|ies)|"
                            r"lidars?|sensors?|software|system|systems)\b")


def _part_modifier(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` only modifies a part after "the" ("based on the Qualcomm chip")."""
    return text[max(0, start - 4):start].lower() == "the " and _MODIFIED_PART.match(text, end) is not None


# Between a name and a possessive reference after a preposition inside the relative clause the name is the subject of
# ("Xiamen Dalle, which also sells under its own HDK brand"; not "CATL, which supplies its plant": whose plant is open)
_RELATIVE_SUBJECT_POSS = re.compile(r"\s*,\s*(?:which|who)\s+(?:also\s+|now\s+|still\s+|already\s+)?"
                                    r"(?-i:[a-z]+s|is|was|has|had)\b[^,;()]{0,60}?\s(?:under|through|via|at|in|from|"
                                    r"with|on)\s")
# "CALB counts Xpeng among its biggest accounts": the one counted, before "among its", does not own the "its"
_COUNTED_BEFORE = re.compile(r"\b(?:counts|counted|count|lists|listed|regards|regarded|with)\s+(?:the\s+)?$")
_AMONG_ITS = re.compile(r"\s+(?:among|as)\s+(?:one\s+of\s+)?")
# "Chery named Hesai as the lidar supplier for its Exeed models": the one named to a role for "its" goods is not "its"
_AS_ROLE_FOR = re.compile(r",?\s+as\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:supplier|provider|partner|source|vendor|maker)s?"
                          r"\s+(?:for|of|on|in|across)\s+")
# Between a name and a reference that is the object in the relative clause or apposition after the name: the name
# is not what it refers to ("Uber, which put money into the company", "NIO Power, a subsidiary of the Company")
_COUNTS_OBJECT = re.compile(r"\s+(?:(?:also|now|still)\s+)?(?:counts|counted|count|lists|listed|names|named|regards|regarded)\s+")
_CLAUSE_OBJECT_REF = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s*(?:(?:which|who|that)\b[^,;()]{0,60}?\b(?:into|in|to|from|"
                                r"with|of|for|by)|(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:subsidiary|unit|arm|division|"
                                r"affiliate|brand|member|part|spin-off)\s+of)\s+")
_SAID_WORD = re.compile(r"\b(?:said|says|announced|disclosed)\b")
_PICKED_OBJECT = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|recently|then)\s+)?(?:picked|selected|chose|chosen|"
                            r"tapped|hired|named|designated|nominated)\s+")
_STAKE_IN_BEFORE = re.compile(r"\b(?:stake|interest|holding|shares)\b[^,;]{0,40}?\s(?:in|of)\s+$|\b(?:invested|put|pumped|injected)\b"
                              r"[^,;]{0,40}?\binto\s+$", re.I)
# "holds about 9.6% of the company shares": a share held by the one company named before it in the sentence
_HOLDS_PCT_BEFORE = re.compile(r"\b(?:holds?|held|owns?|owned)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[\d.]+\s*"
                               r"(?:%|percent)\s+of\s+$")
# After "<company> China": the unit's name ends ("Tesla China said", "NIO China, the company's main unit"), not a longer
# name ("BYD China Auto Sales") or a compound ("Tesla China-made cars")
_UNIT_END = re.compile(r"(?![\w\-])(?!\s+(?-i:[A-Z])[a-z])")
# Countries whose name after a company's names its unit there ("BYD Korea, a subsidiary set up in 2016"), not a
# place the company does something in ("BYD Japan sales", "the BYD Hungary plant")
_UNIT_COUNTRIES = ("Japan", "Korea", "Europe", "India", "Thailand", "Brazil", "Australia", "Mexico", "Indonesia",
                   "Malaysia", "Germany", "UK", "France", "Italy", "Spain", "Turkey", "Russia", "America", "Canada",
                   "Singapore", "Philippines", "Vietnam", "Hungary", "Israel", "New Zealand", "South Africa", "Chile",
                   "Pakistan", "Egypt", "Poland", "Netherlands", "Sweden", "Norway", "Colombia", "Peru", "Argentina",
                   "Uzbekistan", "Kazakhstan", "Morocco", "Saudi Arabia")
_UNIT_COUNTRY_WORD = re.compile(rf" (China|{'|'.join(_UNIT_COUNTRIES)})(?![\w\-])")
# (after a country word other than China: no place word, as after "China" no capitalised word goes on: _UNIT_END)
_NOT_A_PLACE_AFTER = re.compile(r"(?!\s+(?:plants?|factor(?:y|ies)|base|sites?|facilit(?:y|ies)|market|sales|buyers|"
                                r"customers|drivers|operations|launch|debut|prices?|versions?|models?|cars?|line-?up|range|"
                                r"deliveries|registrations|project|expansion|entry|business|exports?|imports?)\b)")
_NOT_UNIT_PARENT = ("country:", "exchange:", "index:", "fund:", "regulator:", "policy:", "technology:", "product:",
                    "person:", "event:")
# Between a name and a possessive reference in apposition to it: "X (..), its", "X, the company's".
_APPOSED_TO = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s*(?:(?:one|some|two|three|several|many)\s+of\s+|among\s+)?"
                         # ("supplies Volkswagen, which is also its largest shareholder": the relative's antecedent)
                         r"(?:(?:which|who)\s+(?:is|was|has\s+been|remains|became|becomes)\s+(?:also\s+|now\s+|still\s+)?"
                         r"(?:(?:one|some|two|three|several|many)\s+of\s+|among\s+)?)?")
# "Zhongchuang Innovation, its main customers are GAC Aion and Xiaopeng": a topic named before a clause about it (as
# machine translation renders Chinese topic sentences), not an apposition
_TOPIC_CLAUSE = re.compile(r"\s+(?:(?:main|largest|biggest|major|key|top)\s+)?(?:customers|clients|buyers|products|"
                           r"shareholders|suppliers)\s+(?:are|include|were)\b")
_AND_OTHERS = re.compile(r"^\s*(?:,\s*)?(?:and|&)\s+(?:others|other\s+(?:companies|firms|stocks))|^\s*(?:,\s*)?etc\b")
_LIST_CUE = re.compile(r"\b(?:and\s+others|such\s+as|including|like)\b")
_LIST_NOUN_CUE = re.compile(r"(?:compan(?:y|ies)|firms?|stocks?|players?|makers?|automakers?|giants?|rivals?|peers?|"
                            r"brands?|names?)\s*(?:such\s+as|including|like)\s*$")
_CODE_SUFFIX = re.compile(r"\s\d{6}$")
_SUCH_AS = re.compile(r"(?:such\s+as|including|like|e\.g\.,?|namely)\s*$")

_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
_BATTERY_CONTEXT = re.compile(r"\bbatter(?:y|ies)\b|\bcells?\b|\blithium\b|\bsolid-state\b|\benergy storage\b", re.I)
_AUTO_CONTEXT = re.compile(r"\bautomakers?\b|\bcarmakers?\b|\bvehicles?\b|\bEVs?\b|\bdeliveries\b", re.I)

_ORG_KINDS = frozenset({"Organization"})
_ORG_FUND = frozenset({"Organization", "Fund"})
# what a title phrase names a person an executive of: a brand has its own president too ("Jetour president Li Xueyong")
_TITLE_ORG = _ORG_FUND | {"Brand"}
# the kinds whose mention near a bare "President" makes him or her a head of state or a public official
_PUBLIC_KINDS = frozenset({"Country", "Regulator"})
_COMPANY_FUND = frozenset({"Company", "Fund"})


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    """Stable ascii slug of a name; a name without Latin letters gets a short hash."""
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not s or has_cjk(name) and len(s) < 2:
        return (s + "-" if s else "") + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return s[:80]


_id_prefix = lru_cache(maxsize=256)(id_prefix)


def ancestors_of(kinds: Iterable[str]) -> frozenset[str]:
    return _ancestors_of(tuple(kinds))


@lru_cache(maxsize=4096)
def _ancestors_of(kinds: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for k in kinds:
        try:
            out.update(a.value for a in ancestors(_kind(k)))
        except KeyError:
            continue
    return frozenset(out)


# ----------------------------------------------------------------------------------------------
# Records


@dataclass(slots=True)
class EntityRecord:
    """An entity as this article knows it (mutable while the article is processed)."""

    id: str
    name: str
    kind: str
    kinds: tuple[str, ...]
    name_zh: str | None = None
    aliases: list[str] = field(default_factory=list)
    tickers: list[str] = field(default_factory=list)
    known: bool = False
    isa: frozenset[str] = frozenset()

    def add_alias(self, alias: str) -> None:
        if alias and alias not in self.aliases:
            self.aliases.append(alias)

    def add_ticker(self, t: str) -> None:
        if t and t not in self.tickers:
            self.tickers.append(t)


@dataclass(frozen=True, slots=True)
class EMention:
    """A mention in cleaned-text coordinates; ``ref`` marks a resolved pronoun ("the company", "its")."""

    start: int
    end: int
    entity_id: str
    text: str
    ref: bool = False


_new_object = object.__new__
_set_start, _set_end = EMention.start.__set__, EMention.end.__set__
_set_entity_id, _set_text, _set_ref = EMention.entity_id.__set__, EMention.text.__set__, EMention.ref.__set__


# a name that is the object of a preposition ("purchase from Youyou Green Energy"), so no clause's subject
_PREP_OBJECT_BEFORE = re.compile(r"\b(?:from|by|to|with|of|for|into|in|on|at)\s+(?:the\s+)?$", re.I)
_PREP_BEFORE_THE = re.compile(r"\b(?:from|by|to|with|of|at|for|into|in)\s+the\s+$", re.I)
_UNIT_AFTER_OWNER = re.compile(r"\s+(?:(?:battery|chip|parts|car-parts|auto-parts|cell|power-battery)\s+)?"
                               r"(?:subsidiary|unit|arm|affiliate)\b")
_SIGN_OFF_END = re.compile(r"\s*(?:[.;:\"”)\n]|$|,\s+(?:said|says|told|added|noted|wrote)\b)")
_PLACE_BEFORE = re.compile(rf"(?<![\w\-'’])(?:{_HQ_CITIES}|{_PROVINCES})\s$")


def _absorb_places(text: str, mentions: list[EMention], records) -> None:
    """A company's name after the place its legal name opens with takes the place in ("Zhejiang Geely Holding",
    "Chongqing Changan"), so that what stands around the name is read from the right place."""
    prev_end = 0
    for i, m in enumerate(mentions):
        if not m.ref and m.start > 2 and text[m.start - 1] == " " and "Company" in records[m.entity_id].isa and \
                (pm := _PLACE_BEFORE.search(text, max(prev_end, m.start - 20), m.start)) is not None:
            mentions[i] = _mention(pm.start(), m.end, m.entity_id, text[pm.start():m.end])
        prev_end = max(prev_end, m.end)


def _mention(start: int, end: int, entity_id: str, text: str, ref: bool = False) -> EMention:
    """``EMention(start, end, entity_id, text, ref)``, set slot by slot (a frozen dataclass's ``__init__``
    sets each field through ``object.__setattr__``, about twice as slow)."""
    m = _new_object(EMention)
    _set_start(m, start)
    _set_end(m, end)
    _set_entity_id(m, entity_id)
    _set_text(m, text)
    _set_ref(m, ref)
    return m


@dataclass(slots=True)
class Found:
    """What :meth:`EntityFinder.find` returns for one article."""

    mentions: list[EMention]
    entities: dict[str, EntityRecord]
    refs: list[EMention]
    links: list[tuple[str, str, str, int]]  # (subject id, predicate, object id, cleaned offset of evidence)
    text: str | None = None  # the text searched, its lower() and the spans of its runs of digits (\d), for the
    lower: str | None = None  # later stages to reuse
    digit_runs: list[tuple[int, int]] | None = None
    implied: frozenset[str] = frozenset()  # makers named only inside their product's name ("the Tesla Model 3")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    name: str
    kind: str
    strong: bool = False  # overrides an overlapping dictionary match
    zh: str | None = None
    tickers: tuple[str, ...] = ()
    eid: str | None = None  # already resolved to an entity
    alias_only: str | None = None  # surface to keep as alias when the name differs
    spread: bool = False  # later occurrences of the surface (and of its name without a company word) name it too


def hk_ticker(code: str) -> str:
    return f"{int(code)}.HK"


def a_share_ticker(code: str) -> str:
    """Exchange suffix of a six-digit A-share or fund code (6/9/5 Shanghai, 0/2/3/1 Shenzhen, 4/8 Beijing)."""
    if code[0] in "695":
        return f"{code}.SH"
    if code[0] in "48":
        return f"{code}.BJ"
    return f"{code}.SZ"


def fund_ticker(code: str, *, exchange_traded: bool) -> str:
    """ETF codes get their exchange (51/56/58 Shanghai, 15/16 Shenzhen); off-exchange codes stay bare."""
    if exchange_traded:
        if code[:2] in ("51", "56", "58", "50", "52", "53", "55"):
            return f"{code}.SH"
        if code[:2] in ("15", "16", "18"):
            return f"{code}.SZ"
    return code


class EntityFinder:
    """Finds entity mentions in cleaned article text; build once per process and reuse."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._employers = kb.employers()  # known person -> the organisations the reference places them at
        # a brand with one owning company -> that company ("MG Motor Australia" is a unit of MG's owner)
        self._brand_owner = {b: next(iter(o)) for b, o in kb.brand_owners().items() if len(o) == 1}
        self.gazetteer = Gazetteer(kb.entities.values(), ignore=DENY, anchors=_anchor_words())
        self.known_words = frozenset(k for k in self.gazetteer.keys if not has_cjk(k))
        ents = kb.entities
        self._deny_by_publisher: dict[str, frozenset[str]] = {}
        self._code_prefixes: dict[str, str | None] = {}  # see _code_prefix
        self._short_forms: dict[tuple[str, str], str | None] = {}  # see _short_form
        # id -> (id, name, kind, kinds, Chinese name, ancestor classes) of a known entity, filled on first use
        self._known_fields: dict[str, tuple] = {}
        self._cities: dict[str, tuple[str, ...]] = {}  # see _home_city
        # group -> its listed car arm, named as the group's name and a car word ("Geely" -> "Geely Auto"): see
        # _car_arm_first
        self._car_arms = {par: eid for eid, par in kb.parents.items()
                          if eid in ents and par in ents and ents[eid].tickers and not ents[par].tickers
                          and ents[eid].name.startswith(ents[par].name)
                          and (_CAR_ARM_NAME.fullmatch(ents[eid].name[len(ents[par].name):]) or
                               _CAR_WORD_END.search(ents[par].name) and
                               _GROUP_ARM_NAME.fullmatch(ents[eid].name[len(ents[par].name):]))}
        self._boards = {eid: par for eid, par in kb.parents.items()
                        if eid in ents and par in ents and ents[eid].kind == "Exchange" and ents[par].kind == "Exchange"}
        # known product -> (its maker, the maker's lower-case names) for each maker the reference data gives
        # (and the maker's first word when the product's own name opens with it and the word names no one else, or
        # names the maker's parent that does not make it too: "Geely Galaxy E5" of Geely Auto)
        makers = kb.makers()
        lookup = self.gazetteer.lookup

        def first_word(m: str, p: str) -> tuple[str, ...]:
            first = ents[m].name.split(None, 1)[0]
            if first == ents[m].name or not ents[p].name.lower().startswith(first.lower() + " "):
                return ()
            named = lookup(first)
            return (first,) if named is None else ()

        self._made_by = {p: tuple((m, tuple(dict.fromkeys(n.lower() for n in (ents[m].name, *ents[m].aliases,
                                                                              *first_word(m, p))
                                                         if n and not has_cjk(n)))) for m in ms if m in ents)
                         for p, ms in makers.items() if p in ents}
        self._short_models = ShortModelNames(self.gazetteer, ancestors_of)

    # -- helpers ------------------------------------------------------------------------------

    def _code_prefix(self, eid: str) -> str | None:
        """The name before the model code ("AITO" of "AITO M9") of a known model or product, else None."""
        prefix = self._code_prefixes.get(eid, 0)
        if prefix == 0:
            ent = self.gazetteer.entities[eid]
            prefix = None
            if "VehicleModel" in ent.kinds or "Product" in ent.kinds:
                code_m = _NAME_CODE_END.search(ent.name)
                if code_m:
                    prefix = ent.name[: code_m.start()].strip()
            self._code_prefixes[eid] = prefix
        return prefix

    def _deny(self, publisher: str | None) -> frozenset[str]:
        """Lower-case surfaces never tagged in an article of ``publisher`` (built once per publisher)."""
        if not publisher:
            return _DENY_ALL
        deny = self._deny_by_publisher.get(publisher)
        if deny is None:
            # the publisher's name is not tagged, unless it is a company the reference knows (its own newsroom or
            # press release: "BYD" publishing about BYD)
            eid = self.gazetteer.lookup(publisher)
            own = eid is not None and "Company" in ancestors_of(self.gazetteer.entities[eid].kinds)
            deny = _DENY_ALL if own else _DENY_ALL | {publisher.lower()}
            if len(self._deny_by_publisher) < 4096:
                self._deny_by_publisher[publisher] = deny
        return deny

    def _record_for(self, eid: str) -> EntityRecord:
        f = self._known_fields.get(eid)
        if f is None:
            e = self.gazetteer.entities[eid]
            f = self._known_fields[eid] = (e.id, e.name, e.kind, tuple(e.kinds), e.name_zh, ancestors_of(e.kinds))
        return EntityRecord(f[0], f[1], f[2], f[3], f[4], [], [], True, f[5])

    @staticmethod
    def _context_kind(suffix_kind: str | None, name: str, battery: bool, auto: bool) -> str:
        if suffix_kind == "battery?":
            return "BatteryMaker" if battery else "Supplier"
        if suffix_kind == "fund?":
            return "Fund" if re.search(r"\b(?:ETF|LOF|Index|Linked|Feeder|Theme|Class|Mixed|Bond|Equity)\b", name) \
                else "FinancialInstitution"
        if suffix_kind == "authority?":
            # an airport or port authority runs the airport or port ("Guangdong Airport Authority"); others rule
            return "Organization" if re.search(r"\b(?:Airport|Airports|Port|Ports|Harbour|Harbor)\s+Authority$", name) \
                else "Regulator"
        if suffix_kind == "exchange?":
            return "Exchange" if re.search(r"Stock|Securities|Futures|Exchange", name) else "Organization"
        if suffix_kind is None:
            return "Supplier" if (battery or auto) else "Company"
        return suffix_kind

    # -- main ----------------------------------------------------------------------------------

    def find(self, text: str, sentences: list[tuple[int, int]], *, publisher: str | None = None) -> Found:
        gaz = self.gazetteer
        low = text_lower = text.lower()
        head = low if len(text) <= 20000 else text[:20000].lower()
        deny = self._deny(publisher)
        # (the anchor words' offsets come from the gazetteer's pass when it reads text.lower() itself)
        hits: dict[str, list[int]] | None = {} if len(low) == len(text) else None
        spans = gaz.find_spans(text, low, hits)
        anchors = _Anchors(text, low, hits, gaz.anchor_keys)
        count = anchors.head_count
        battery = count("batter", head) + count("lithium", head) + count("solid-state", head) >= 2
        auto = count("vehicle", head) + count("automaker", head) + count("carmaker", head) + count("deliveries", head) >= 2

        # An exchange code in front of a ticker ("HKG: 1211", "NYSE: NIO") is part of the ticker, not a mention
        # (the listing it states is linked with the ticker, see _tickers).
        matches = []
        for s, e, eid in spans:
            surface = text[s:e]
            if surface.lower() in deny or surface.isupper() and _TICKER_PREFIX.match(text, e):
                continue
            if surface in _CURRENCY_CODES and _AMOUNT_AFTER.match(text, e):
                continue  # "HUF 400 billion" is an amount in forints, not the German supplier Huf
            if text.startswith((" dollar", " Dollar", "$"), e) and eid.startswith("country:"):
                continue  # "US dollars", "Singapore dollars", "US$4.1 billion": a currency, not the country
            if eid.startswith("company:") and (_FACILITY_AFTER.match(text, e) or text[max(0, s - 3):s] in ("'s ", "’s ")
                                               and _CENTRE_AFTER.match(text, e)):
                continue  # "Fuyao, a data centre in Ulanqab", "Xpeng's Fuyao centre": a facility's name, not the company
            if eid.startswith("country:") and text[max(0, s - 6):s] in ("Inner ", "inner "):
                continue  # "Inner Mongolia": a Chinese region, not the country
            matches.append(_mention(s, e, eid, surface))  # (the mention _merge keeps when no candidate covers it)
        cands: list[_Cand] = []
        links: list[tuple[str, str, str, int]] = []

        # Sentence index lookup by offset.
        sent_starts = [s for s, _ in sentences]

        headline = _headline_mask(text, sentences)

        # 1. ETF / fund names with codes.
        parens = _paren_offsets(text)
        for m in _etf_matches(text, parens):
            raw = _strip_lead(m.group(1), _DETERMINERS)
            if not raw:
                continue
            codes = _CODE6.findall(m.group(2))
            name_start = m.start(1) + m.group(1).find(raw)
            classed = "Class" in m.group(2) or len(codes) > 1
            is_etf = bool(re.search(r"\b(?:ETF|LOF)\b", raw)) and not re.search(r"Linked|Feeder|Connect", raw)
            tickers = tuple(fund_ticker(c, exchange_traded=is_etf) for c in codes)
            if classed or not is_etf:
                cands.append(_Cand(name_start, name_start + len(raw), raw, "Fund", True, tickers=tickers))
            else:
                cands.append(_Cand(name_start, m.end(), f"{raw} {codes[0]}", "Fund", True, tickers=tickers,
                                   alias_only=text[name_start:m.end()]))

        # 2. Policies.
        for m in _policy_quoted_matches(text):
            title = m.group(1).strip().rstrip(",.;")
            if (_POLICY_HEAD.search(title) or _POLICY_ANY.search(title) and _title_case(title)) and len(title.split()) >= 2 \
                    or (has_cjk(title) and re.search(
                    r"(?:规划|意见|办法|通知|条件|标准|条例|指南|方案|措施|法)$", title)):
                s = m.start(1)
                cands.append(_Cand(s, s + len(title), title, "Policy", True))
        for m in _policy_dated_matches(text, parens):
            title = _strip_lead(m.group(1), _POLICY_STOP_LEAD)
            if title and len(title.split()) >= 3:
                s = m.end(1) - len(title)
                cands.append(_Cand(s, m.end(1), title, "Policy", True))
        if any(anchors.lower_has(k) for k in _POLICY_TITLE_KEYS):
            for m in _policy_title_matches(text, anchors):
                if _CAPITAL_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    continue
                cands.append(_Cand(m.start(), m.end(), m.group(0), "Policy", True))
        if "Law" in text:
            # a named law after "the" ("under the Anti-Monopoly Law"), with its draft amendment when one is named
            # ("published a draft amendment to the Price Law")
            for m in _NAMED_LAW.finditer(text):
                cands.append(_Cand(m.start(1), m.end(1), m.group(1), "Policy", True))
        if "GB" in text:
            # national standards by their code: "GB 17675-2021", "GB/T 40429-2021", "a draft revision of GB 21670"
            for m in _GB_STANDARD.finditer(text):
                cands.append(_Cand(m.start(), m.end(), m.group(0), "Policy", True))
        has_measure = any(anchors.lower_has(k) for k in _MEASURE_WORDS)
        for m in (_measure_matches(text, anchors) if has_measure else ()):
            surface = m.group(0)
            low = surface.lower()
            if "purchase tax" in low:
                name = "NEV purchase tax exemption"
            elif "trade-in" in low:
                name = "Vehicle trade-in subsidy"
            elif "five-year" in low:
                num = re.search(r"\d{1,2}(?:st|nd|rd|th)", surface).group(0)
                name = f"{num} Five-Year special plan" if "special" in low else f"{num} Five-Year Plan"
            elif "dual credit" in low:
                name = "Dual credit policy"
            else:
                name = surface[0].upper() + surface[1:]
            cands.append(_Cand(m.start(), m.end(), name, "Policy", True, alias_only=surface))

        # 3. Named products ("an all-solid-state battery named "Boundless"").
        named_products = _named_product_matches(text, anchors) if any(anchors.lower_has(k) for k in _NAMED_WORDS) else []
        for m in named_products:
            pname = m.group(1).rstrip(".,")
            if pname.lower() in deny or len(pname) < 2:
                continue
            if _AS_TITLE.match(text, m.end()):
                continue  # "Xiaomi named Lu Weibing as president": an appointment, not a product name
            if pname.endswith(_NOT_A_COMPANY_TAILS) or pname.rsplit(None, 1)[-1].lower() in _SUFFIX_KIND:
                continue  # "named Zhejiang Zicheng Law Firm as administrator", "named Sunwoda Group": an organisation
            before = text[max(0, m.start() - 60):m.start()].lower()
            kind = "BatteryProduct" if "batter" in before or "cell" in before else (
                "VehicleModel" if re.search(r"suv|sedan|model|car|vehicle|mpv", before) else "Product")
            s = m.start(1)
            cands.append(_Cand(s, s + len(pname), pname, kind, True))

        # 3c. A quoted name before or after what it is: 'the "Gemstone" all-solid-state battery', 'the "Lightyear" cell',
        # 'released all-solid-state battery "Gemstone"'.
        if '"' in text or "“" in text:
            for m in _quoted_product_matches(text):
                pname = m.group("name")
                if pname.lower() in deny or len(pname) < 2 or pname.split(None, 1)[0] in _QUOTE_LEADS:
                    continue
                head = m.group("head").lower()
                kind = "VehicleModel" if head in _VEHICLE_HEADS else (
                    "BatteryProduct" if head.startswith(("batter", "cell", "pack", "module")) else "Product")
                cands.append(_Cand(m.start("name"), m.end("name"), pname, kind, True))

        # 3a. "Minister of Industry and Information Technology": the department named in a minister's title is the
        # ministry ("Ministry of ..." in the reference data), not a company called "Information Technology".
        # "Commerce Minister Wang Wentao", "Canadian Finance Minister Chrystia Freeland": the ministry (or department)
        # of that country's government, by the adjective before the title (China's when none)
        if anchors.has("Minister"):
            for m in _MINISTER_OF.finditer(text):
                dg = "dept" if m.group("dept") else "dept2"
                words = m.group(dg).split()
                nat = _NATIONALITY.get(m.group("nat") or "")
                if nat is None and (pm := _NAME_AFTER_TITLE.match(text, m.end())) is not None and \
                        (pe := gaz.lookup(pm.group(1))) is not None:
                    nat = self.kb.countries.get(pe)  # "Finance Minister Chrystia Freeland": the minister's country
                nat = nat or "country:china"
                for k in range(len(words), 0, -1):
                    if words[k - 1] in ("and", "of"):
                        continue
                    dept = " ".join(words[:k])
                    found_ = [e for e in (gaz.lookup("Ministry of " + dept), gaz.lookup("Department of " + dept))
                              if e is not None]
                    eid = next((e for e in found_ if self.kb.countries.get(e, "country:china") == nat), None)
                    if eid is None and not m.group("nat"):
                        # "Russia's Ministry of Industry and Trade ... Industry and Trade Minister Anton Alikhanov": no
                        # adjective, but the article names the ministry's country
                        eid = next((e for e in found_ if (c := self.kb.countries.get(e)) is not None and
                                    c in self.gazetteer.entities and self.gazetteer.entities[c].name in text), None)
                    if eid is not None:
                        ds = m.start(dg)
                        de = ds + len(" ".join(words[:k]))
                        cands.append(_Cand(ds, de, self.gazetteer.entities[eid].name, "", True, eid=eid,
                                           alias_only=None))
                        break

        # 3b. Organisations named after what they are: "consultancy Sino Auto Insights", "research firm Rho Motion".
        if any(anchors.lower_has(k) for k in _ORG_KIND_WORDS):
            for m in _org_kind_matches(text, anchors):
                oname = m.group("name")
                if oname.lower() in deny or oname.split()[-1] in _NOT_NAME_TAIL:
                    continue
                kw = m.group("kind").lower()
                kind = "FinancialInstitution" if kw.startswith(("brokerage", "investment", "asset")) else "Organization"
                cands.append(_Cand(m.start("name"), m.end("name"), oname, kind, False))

        # 3c. A company's unit described by an apposition: named by its owner's name and a word of its own ("Neusoft
        # Reach, the automotive electronics subsidiary of Neusoft", "Hisense TransTech, a unit of appliance maker Hisense
        # Group") or by a name of its own ("Heading Data, the mapping arm of SAIC Motor")
        match_mask: bytearray | None = None  # the dictionary matches' characters, built on the first need (3c, 3d)
        if _UNIT_OF_HINT.search(text) is not None:
            match_at = {mm.start: mm for mm in matches}
            match_mask = _match_mask(len(text), matches)
            for um in _UNIT_OF_APPOS.finditer(text):
                ns, ne = um.span("name")
                words = um.group("name").split()
                while words and words[0].lower() in _STOP_LEAD:
                    ns += len(words.pop(0)) + 1
                if not words or headline[ns]:
                    continue
                owner = _owner_after(text, um.end(), match_at)
                if owner is None or owner.entity_id not in self.gazetteer.entities or \
                        (okind := self.gazetteer.entities[owner.entity_id].kind) not in _UNIT_OWNER_KINDS:
                    continue  # ("China Tower Energy, a subsidiary of China Tower": not the country's)
                mm = match_at.get(ns)
                if mm is not None and mm.entity_id == owner.entity_id and mm.end < ne and text[mm.end] == " " and \
                        len(tail := text[mm.end + 1:ne].split()) <= 2 and tail[0].lower() not in _SUFFIX_KIND and \
                        match_mask.find(1, mm.end, ne) < 0 and self.gazetteer.lookup(text[ns:ne]) is None:
                    # (the owner's name and a word of its own)
                    cands.append(_Cand(ns, ne, text[ns:ne], "Company" if okind in ("Organization", "Regulator") else okind,
                                       True, spread=True))
                    continue
                if match_mask.find(1, ns, ne) >= 0 or text[ns:ne].lower() in deny or words[-1] in _NOT_NAME_TAIL or \
                        any(w.lower().rstrip(".,") in _SUFFIX_KIND for w in words) or any(w.endswith(".") for w in words):
                    continue  # (a name with a company word is a suffix name, typed by that word)
                d = um.group("desc").lower()
                kind = next((k for w, k in _DESCRIPTOR_KINDS if w in d.split()), "Company")
                cands.append(_Cand(ns, ne, text[ns:ne], kind, False))

        # 3d. The organisation of a titled person, named nowhere else: "Tang Jiexiong, chairman of Wencan, said",
        # "said Sam Abuelsamid, principal research analyst at Guidehouse Insights." (a name with a company word is
        # left to the suffix names below, which type it by that word)
        # (the title matches are kept for the people of step 8, which reads the same text)
        titled = _TitleMatches(text, parens, anchors)
        if "," in text or "(" in text:
            known = match_mask if match_mask is not None else _match_mask(len(text), matches)
            for pi in (0, 1, 3):
                for m in titled.matches(pi):
                    if text[m.end() - 1] != " ":
                        continue  # (", President, BorgWarner": a sign-off names a known company only)
                    om = _TITLED_ORG.match(text, m.end())
                    if om is None or known[om.start("org"):om.end("org")].find(1) >= 0 or headline[om.start("org")]:
                        continue
                    oname = om.group("org")
                    words = oname.split()
                    if oname.lower() in deny or words[0].lower() in _STOP_LEAD or words[-1] in _NOT_NAME_TAIL or \
                            words[-1].lower().rstrip(".") in _SUFFIX_KIND or words[0] in _NAME_TITLE_LEADS:
                        continue
                    owner = _known_around(text, oname, matches)
                    if owner is not None:  # "chairman of Wencan" after "Guangdong Wencan Die Casting Co., Ltd."
                        cands.append(_Cand(om.start("org"), om.end("org"), oname, "", True, eid=owner))
                        continue
                    if _defined_short(text, oname):
                        continue
                    title = (m.group("title") if "title" in m.re.groupindex and m.group("title") else "").lower()
                    kind = "Organization" if any(w in title or w in m.group(0).lower() for w in _SCHOLAR_TITLES) \
                        else "Company"
                    longer = _longer_name(text, oname)
                    if longer is not None:  # "chairman of Wencan" in an article on "Wencan Group": that one
                        oname, kind = longer, self._context_kind(_SUFFIX_KIND[longer.rsplit(None, 1)[1].lower()],
                                                                 longer, battery, auto)
                    cands.append(_Cand(om.start("org"), om.end("org"), oname, kind, False))

        # 4. Capitalised names with company suffixes; "Name (中文)" and "Name (ACR)" pairs.
        occupied = bytearray(len(text) + 1)
        for c in cands:
            occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        match_at_end = {mm.end: mm for mm in matches}
        for m in _suffix_runs(text):
            ms = m.start()
            if occupied[ms] or headline[ms]:
                continue
            prev = text[ms - 1] if ms else ""
            d = ms - len(prev)
            # (_sub_runs and _suffix_name of each part, cached by the run, the character before it and the flags)
            for s, e, name, kind in _suffix_names_of(prev, text[ms:m.end()], battery, auto):
                if _AMP_NAME_AFTER.match(text, e + d) or name.rsplit(None, 1)[-1].lower() in _GOODS_SUFFIXES and \
                        (name.split(None, 1)[0] in _NATIONALITY or name.split(None, 1)[0] in _REGIONAL):
                    continue  # ("Goodyear Tire & Rubber", "European Tyre and Rubber ...": part of a longer name)
                # A known name plus a non-legal suffix ("Dongfeng Group") is a different, new entity (and a local unit
                # named by its country overrides the country: "Tianqi Lithium Energy Australia")
                # (not a country before the noun it describes: "Hangcha Group Thailand factory", "Qirui Automobile
                # Vietnam market share")
                cands.append(_Cand(s + d, e + d, name, kind, name.rsplit(None, 1)[-1] in _PLACE_TAILS and
                                   _UNIT_NAME_END.match(text, e + d) is not None))
        # Local public bodies. Government departments: "the Guangdong Provincial Department of Transport", "the Shenzhen
        # Municipal Bureau of Industry and Information Technology". City and provincial governments and development-zone
        # committees (the other party of a plant agreement), courts and law firms: "the Jinan Municipal People's
        # Government", "the Hefei government", "the Jingmen High-tech Zone management committee", "the Shanghai No. 3
        # Intermediate People's Court", "Zhejiang Zicheng Law Firm". (The body, not a company word inside it: "... of
        # Industry and Information Technology".)
        if "Provincial" in text or "Municipal" in text or "overnment" in text or "ommittee" in text or "Court" in text \
                or "Law Firm" in text:
            for gm in _LOCAL_BODY.finditer(text):
                gs = gm.start()
                if occupied[gs]:
                    continue
                strong = True
                if gm.group("dept") is not None:
                    name, kind, strong = gm.group(0), "Regulator", False
                elif headline[gs]:
                    continue
                elif (place := gm.group("place")) is not None:
                    bare = gm.group("gov").lower() == "government"
                    first = place.split()[0]
                    if bare and not (first in _HQ_CITY_SET or first in _PROVINCE_SET) or first.lower() in _STOP_LEAD:
                        continue
                    level = "provincial" if "rovincial" in gm.group("gov") or first in _PROVINCE_SET else "municipal"
                    name, kind = f"{place} {level} government", "Regulator"
                elif gm.group("zone") is not None:
                    name, kind = gm.group(0), "Regulator"
                else:  # (a court oversees a bankruptcy or a restructuring as a regulator does: REGULATES)
                    name, kind = gm.group(0), "Organization" if gm.group(0).endswith("Firm") else "Regulator"
                cands[:] = [c for c in cands if not (gs <= c.start and c.end <= gm.end())]
                cands.append(_Cand(gs, gm.end(), name, kind, strong))
        # National governments: "the Zimbabwean government", "Mali's transitional government", "the government of
        # Uganda" (named "Government of <country>"; not China's or the United States', which articles name loosely)
        if "overnment" in text:
            for gm in _NATIONAL_GOV.finditer(text):
                gs = gm.start()
                if occupied[gs] or headline[gs]:
                    continue
                cty = gm.group("cty") or gm.group("cty2")
                country = _GOV_CANON[cty] if cty else _GOV_NATIONS[gm.group("adj")]
                cands[:] = [c for c in cands if not (gs <= c.start and c.end <= gm.end())]
                cands.append(_Cand(gs, gm.end(), f"Government of {country}", "Regulator", True))
        # National ministries the reference data does not hold: "the Dutch Ministry of Economic Affairs", "Russia's
        # Ministry of Industry and Trade" (named by the nationality, as is a later bare "Ministry of Industry and Trade").
        if "Ministry" in text:
            known = [(mm.start, mm.end) for mm in matches]
            qualified: dict[str, str] = {}
            for gm in _MINISTRY.finditer(text):
                bs, be = gm.span("body")
                if (ov := next((ks for ks, ke in known if ks < be and bs < ke), None)) is not None and ov > bs and \
                        (cut := text.rfind(" and ", bs, ov)) > bs and text[cut + 5:ov] in ("", "the "):
                    be = cut  # "the Ministry of Industry and Trade and Gotion High-Tech": the ministry ends before a name
                if (a1 := text.find(" and ", bs, be)) != -1 and (a2 := text.find(" and ", a1 + 5, be)) != -1:
                    # "the Ministry of Energy and Infrastructure and Etihad Water and Electricity": a ministry's name
                    # joins two fields at most; a second "and" joins the next name
                    be = a2
                if occupied[bs] or headline[bs] or any(ks < be and bs < ke for ks, ke in known):
                    continue
                body = text[bs:be]
                nat = gm.group("nat")
                if nat is not None:
                    adj = _MINISTRY_NATIONS.get(re.sub(r"['’]s$", "", nat), nat)
                    name = qualified[body] = f"{adj} {body}"
                    # (the nationality adjective is part of the name; a country named before it stays the country)
                    gs = gm.start() if nat in _MINISTRY_NATIONS.values() else bs
                else:
                    name, gs = qualified.get(body, body), bs
                cands[:] = [c for c in cands if not (gs <= c.start and c.end <= be)]
                cands.append(_Cand(gs, be, name, "Regulator", False))
        # Universities and research institutes named "... of ...": "South China University of Technology", "University
        # of Science and Technology of China", "Dalian Institute of Chemical Physics", "Harbin Institute of Technology
        # (Shenzhen)": the whole name, over the place or company word inside it
        if " of " in text and ("Universit" in text or "Institute" in text or "Academy" in text or "College" in text):
            for am in _ACADEMIC.finditer(text):
                s_, e_ = am.span()
                words = text[s_:e_].split(" ")
                while words and words[0] in _ACADEMIC_LEAD_STOP:
                    s_ += len(words.pop(0)) + 1
                if headline[s_] or e_ - s_ < 12:
                    continue
                cands[:] = [c for c in cands if not (s_ <= c.start and c.end <= e_)]
                cands.append(_Cand(s_, e_, text[s_:e_], "Organization", True))
        # "Name (中文)": the Chinese name becomes an alias of the entity named just before it.
        has_zh = not text.isascii() and beyond_latin1(text) and _HAS_CJK.search(text) is not None
        for m in (_finditer_at(_CJK_PAREN, text, parens) if has_zh else ()):
            pstart = m.start()
            while pstart > 0 and text[pstart - 1] in " \t":
                pstart -= 1
            prev = match_at_end.get(pstart)
            zh = m.group(1)
            more = m.group(2) is not None
            if prev is not None:
                if not more:
                    cands.append(_Cand(m.start(1), m.end(1), zh, "", eid=prev.entity_id))
                continue
            run = _run_ending_at(text, pstart)
            # A pinyin or translated rendering paired with the Chinese name of a known entity ("Guangqi Group
            # (广汽集团)", "Afeita Technology (阿维塔科技, Avatr)") is that entity, here and later in the article.
            zh_known = gaz.lookup(zh) if run is not None else None
            if zh_known is not None:
                s, e = run
                if all(t.lower() in _GENERIC_HEAD for t in text[s:e].split()):
                    # "Top Group (拓普集团)": a translated name whose first word reads like a lead adjective; the
                    # generic words alone ("Group") are no name
                    lm = _LEAD_ADJ_BEFORE.search(text, max(0, s - 16), s)
                    if lm is None:
                        continue
                    s = lm.start(1)
                    lead_ok = True
                else:
                    lead_ok = False
                name = text[s:e]
                other = gaz.lookup(name)
                if name.lower() not in deny and (lead_ok or name.split()[0].lower() not in _STOP_LEAD) and \
                        other in (None, zh_known) and not headline[s]:
                    cands.append(_Cand(s, e, name, "", True, eid=zh_known, spread=True))
                continue
            if more:
                continue
            if run is not None:
                s, e = run
                if (bm := BASED_LEAD.match(text, s, e)) is not None:
                    s = bm.end()  # ("Beijing-based Muniu Technology (木牛科技)")
                if 2 <= len(zh) <= 4 and " " not in text[s:e] and (sm := _SURNAME_BEFORE.search(text, max(0, s - 4), s)) and \
                        sm.group(1).lower() in _CN_SURNAMES:
                    s = sm.start(1)  # "spokesperson He Yadong (何亚东)": a surname the run left out as a pronoun
                name = text[s:e]
                toks = name.split()
                last = toks[-1].lower()
                kind = self._context_kind(_SUFFIX_KIND.get(last), name, battery, auto) if last in _SUFFIX_KIND \
                    else ("Supplier" if battery or auto else "Company")
                if 2 <= len(toks) <= 3 and 2 <= len(zh) <= 4 and toks[0].lower() in _CN_SURNAMES and \
                        last not in _SUFFIX_KIND and all(_PINYIN_WORD.fullmatch(t.lower()) for t in toks[1:]):
                    kind = "Person"  # "Wang Jianfeng (王剑峰)": a pinyin name and a Chinese name of two to four characters
                if name.lower() not in deny and toks[0].lower() not in _STOP_LEAD:
                    cands.append(_Cand(s, e, name, kind, False, zh=zh))
                    cands.append(_Cand(m.start(1), m.end(1), zh, "", alias_only=name))

        # 4b. "Name (ticker)": a listed company named as the article names it. A code the reference holds makes the
        # name that company's ("Silver Wheel Shares (002126.SZ)" is Yinlun), here and later in the article; an unknown
        # code makes the name a new listed company ("Yizumi (300415.SZ)").
        for m in _finditer_at(_PAREN_TICKER, text, parens):
            pstart = m.start()
            while pstart > 0 and text[pstart - 1] in " \t":
                pstart -= 1
            if pstart in match_at_end or (run := _run_ending_at(text, pstart)) is None:
                continue
            s, e = run
            if (bm := BASED_LEAD.match(text, s, e)) is not None:
                s = bm.end()  # ("Chongqing-based Shunbo Alloy")
            name = text[s:e]
            toks = name.split()
            if not toks or headline[s] or occupied[s] or name.lower() in deny or toks[0].lower() in _STOP_LEAD or \
                    name in _HQ_CITY_SET or name in _PROVINCE_SET or name in _TICKER_PLACES or \
                    _AFTER_JOIN.search(text, max(0, s - 6), s) or \
                    any(s <= mm.start < e for mm in matches) or any(c.start < e and s < c.end for c in cands):
                continue  # ("listed in Shenzhen (300750.SZ)", "Zhaowei Machinery & Electronics": part of a name)
            # (the code as the ticker step reads it: a prefixed or suffixed code from where it starts, a bare one as
            # the parenthesis it fills)
            tm = _TICKER.match(text, m.start("tick")) if m.group("tick") != m.group("code") or "." in m.group("code") \
                else None
            t = _ticker_code(tm)[0] if tm is not None else a_share_ticker(m.group("code"))
            owner = gaz.by_ticker.get(t)
            other = gaz.lookup(name)
            if owner is not None and other in (None, owner):
                cands.append(_Cand(s, e, name, "", True, eid=owner, spread=True))
            elif owner is None and other is None and (len(toks) > 1 or text.count(name) > 1 or name[1:].islower()):
                last = toks[-1].lower()
                kind = self._context_kind(_SUFFIX_KIND.get(last), name, battery, auto) if last in _SUFFIX_KIND \
                    else ("Supplier" if battery or auto else "Company")
                cands.append(_Cand(s, e, name, kind, False, tickers=(t,)))

        # 5. Model codes ("its new i6 and i8 SUVs", "the AITO M9, M7, M8, and M5").
        digit_runs = _digit_runs(text)
        for m in _model_list_matches(text, digit_runs):
            for t in _MODEL_TOKEN.finditer(text, m.start(), m.end()):
                code = t.group(0)
                if code.isdigit() or re.fullmatch(r"[A-Z]\d", code) is None and not re.fullmatch(
                        r"[a-z]\d{1,2}|[A-Z]{1,3}-?\d{1,3}[A-Za-z+]?|\d{2,3}[A-Z]{1,2}|\d[A-Z]", code):
                    continue
                cands.append(_Cand(t.start(), t.end(), code, "VehicleModel", False))
        if "launch" in text or "unveil" in text or "introduc" in text or "debuted" in text or "released" in text or \
                "rolled out" in text:
            for m in _launched_code_matches(text, anchors):
                code = m.group(1)
                if code[0].isalpha() and not _NOT_MODEL_CODE.fullmatch(code):  # (not "a 24V starter battery")
                    cands.append(_Cand(m.start(1), m.end(1), code, "VehicleModel", False))
        code_prefix = self._code_prefix
        for mm in matches:
            prefix = code_prefix(mm.entity_id)
            if prefix is None:
                continue
            pos = mm.end
            while True:
                nxt = _NEXT_MODEL_CODE.match(text[pos:pos + 40])
                if not nxt:
                    break
                code = nxt.group(1)
                s = pos + nxt.start(1)
                e = pos + nxt.end(1)
                full = f"{prefix} {code}"
                known = gaz.lookup(full)
                if known is None and (other := gaz.lookup(code)) is not None and \
                        {mk for mk, _ in self._made_by.get(other, ())}.isdisjoint(
                            mk for mk, _ in self._made_by.get(mm.entity_id, ())):
                    break  # "the SU7 and the ET5": a model the reference knows by its code is another maker's
                cands.append(_Cand(s, e, full, "VehicleModel", True, eid=known, alias_only=code))
                pos = e
        # "the Mazda EZ-6", "the Toyota bZ3X": a carmaker or brand right before a model code names a model
        ents = gaz.entities
        for mm in matches:
            kinds = ents[mm.entity_id].kinds
            if "Automaker" not in kinds and "Brand" not in kinds:
                continue
            nxt = _BRAND_CODE.match(text, mm.end)
            if nxt is None or _NOT_MODEL_CODE.fullmatch(nxt.group("code")):
                continue
            code = nxt.group("code")
            var = " ".join(nxt.group("var").split()) if nxt.group("var") else ""
            full = f"{mm.text} {code} {var}" if var else f"{mm.text} {code}"
            known = gaz.lookup(full) or gaz.lookup(f"{ents[mm.entity_id].name} {code}{' ' + var if var else ''}")
            if known is None and var:
                # ("the Xiaomi SU7 Pro": a trim of a model the reference knows is that model; a body word that names
                # another car, "the AUDI E5 Sportback", a new one)
                base = gaz.lookup(f"{mm.text} {code}") or gaz.lookup(f"{ents[mm.entity_id].name} {code}")
                if base is not None and var in ("Pro", "Plus", "Max", "EV"):
                    known = base
            if known is None:
                alone = gaz.lookup(code)  # "Xiaomi Automobile SU7": the SU7 the reference knows
                known = alone if alone is not None and "Product" in ancestors_of(ents[alone].kinds) else None
            # the code alone is the model's mention: the maker's name stays a mention of the maker
            cands.append(_Cand(nxt.start("code"), nxt.end(), full, "VehicleModel", True, eid=known, alias_only=code))

        # 5b. Products named by their owner: "its Gemstone all-solid-state battery", "OpenAI's forthcoming GPT-5",
        # "two new SUVs, the i6 and the i8".
        for a in _owner_anchor_matches(text, anchors):
            c0 = a.group(0)[0]
            prev = text[a.start() - 1] if a.start() else " "
            if (not prev.isalpha()) if c0 in "'’" else prev.isalnum():
                continue  # "X's" needs a word before it; "its"/"their" must start a word
            m = _OWNED_PRODUCT.match(text, a.end())
            if m is None:
                continue
            pname = m.group("name")
            toks = pname.split()
            if pname.lower() in deny or toks[0].lower() in _STOP_LEAD or all(t.lower() in _GENERIC_HEAD for t in toks):
                continue
            if headline[m.start("name")] or _PARTICIPLE_ADJ.search(pname):
                continue  # ("VW's China-built cars", "its European-made models": a place adjective, no name)
            head = (m.group("head") or "").lower()
            kind = "BatteryProduct" if re.match(r"batter|cell|pack|block", head) else (
                "VehicleModel" if re.match(r"suv|sedan|mpv|car|vehicle|hatchback|pickup|coupe", head) else "Product")
            cands.append(_Cand(m.start("name"), m.end("name"), pname, kind, False))
        # 5c. Products named before their maker: "a Snapdragon 8295P chip from Qualcomm", "the Orin X processor made by
        # Nvidia" (found from the head and "from"/"by", then the name before the head).
        for hm in _head_from_matches(text):
            m = _NAME_BEFORE_HEAD.search(text, max(0, hm.start() - 60), hm.start())
            if m is None or headline[m.start("name")]:
                continue
            pname = m.group("name")
            toks = pname.split()
            if pname.lower() in deny or toks[0].lower() in _STOP_LEAD or all(t.lower() in _GENERIC_HEAD for t in toks):
                continue
            head = hm.group("head").lower()
            cands.append(_Cand(m.start("name"), m.end("name"), pname,
                               "BatteryProduct" if re.match(r"batter|cell|pack", head) else "Product", False))
        def no_name(name: str, at: int) -> bool:
            """Whether a capitalised run after a descriptor is no company's name: a denied word, a stop word first, or a
            headline's words."""
            return name.lower() in deny or name.split()[0].lower() in _STOP_LEAD or headline[at]

        # 5d. Unknown companies named after a descriptor: "battery maker Zenergy", "chipmaker Black Sesame".
        for m in (_described_matches(text, anchors) if _has_match_at(_DESCRIBED_NOUN, text, _DESCRIBED_NOUNS, anchors) else ()):
            name = m.group("name")
            if no_name(name, m.start("name")):
                continue
            ds = m.start("desc")
            if text[ds].isupper() and ds > 0 and text[ds - 1] == " " and text[ds - 2:ds - 1].isalpha():
                continue  # "... as Chinese Carmaker Steps Back": a capitalised noun inside a line is a headline's word
            d = m.group("desc").lower()
            kind = next((k for w, k in _DESCRIPTOR_KINDS if w in d), "Company")
            cands.append(_Cand(m.start("name"), m.end("name"), name, kind, False))
        # "Zoolnasm, a Shanghai-based battery maker": the name before an apposition that says what it is
        for m in _APPOSED_KIND.finditer(text):
            bm = _NAME_BEFORE_APPOS.search(text, max(0, m.start() - 90), m.start())
            if bm is None:
                continue
            name = bm.group("name")
            lead = BASED_LEAD.match(name)  # ("Tianjin-based Zoolnasm, a ...": the name after the place)
            ns = bm.start("name") + (lead.end() if lead else 0)
            name = name[ns - bm.start("name"):]
            ne = ns + len(name)
            if not name or no_name(name, ns) or (ns and text[ns - 1] not in " \t\n\"“(") or \
                    name.endswith("-based") or name.lower().rstrip(".") in _SUFFIX_KIND or \
                    _CAP_AND_BEFORE.search(text, max(0, ns - 40), ns) or \
                    any(c.start < ne and ns < c.end for c in cands) or any(mm.start < ne and ns < mm.end for mm in matches) \
                    or _goes_on_capitalised(text, name):
                continue  # (a word of a longer name: "... Energy and Technology, a cell maker", "(Shanghai) Co, a
                # subsidiary"; a name found already, or holding a known one; a short form of a longer name the text
                # gives: "Vector" for "Vector Informatik")
            words = m.group("gap").lower().split()
            if text.startswith(" of ", m.end()):  # ("a maker of sodium-ion cells": what it makes)
                words += text[m.end() + 4:m.end() + 40].lower().replace("-", " ").split()[:3]
            kind = next((k for w, k in _DESCRIPTOR_KINDS for t in words
                         if t == w or t.startswith(w + "-") or (len(w) > 3 and t.startswith(w))), "Company")
            cands.append(_Cand(ns, ns + len(name), name, kind, False))
        # "speaker supplier Sonavox", "display maker BOE": any product noun before "supplier" or "maker"
        if anchors.has("supplier") or anchors.has("maker"):
            for m in _GENERIC_DESCRIBED.finditer(text):
                name = m.group("name")
                if m.group("w") in _DESCRIBED_WORDS or no_name(name, m.start("name")):
                    continue
                cands.append(_Cand(m.start("name"), m.end("name"), name, "Supplier", False))
        # companies named by their role and nowhere else: a carmaker's importer or distributor ("importer Harris
        # Maxus"), a unit after its owner's possessive ("its anode subsidiary Hunan Zhongke Xingcheng Graphite")
        for rx, words in _ROLE_NAMED:
            if not any(anchors.lower_has(w) for w in words):
                continue
            for m in rx.finditer(text):
                g = m.lastgroup  # (the one name group of the branch that matched)
                name = m.group(g)
                if no_name(name, m.start(g)):
                    continue
                cands.append(_Cand(m.start(g), m.end(g), name, "Company", False))
        # "Geely-owned Zeekr", "Tencent-backed NIO": the name before the hyphen (the dictionary skips hyphenated words).
        if anchors.has("-owned") or anchors.has("-backed") or anchors.has("-controlled"):
            for m in _OWNER_ADJ.finditer(text):
                eid = gaz.lookup(m.group(1))
                if eid is not None and m.group(1).lower() not in deny:
                    cands.append(_Cand(m.start(1), m.end(1), m.group(1), "", True, eid=eid))
        # The data vendor Wind, named only in attributions ("data from Wind", "according to Wind").
        if anchors.has("Wind"):
            wind = gaz.lookup("Wind Information")
            for m in (_WIND.finditer(text) if wind else ()):
                g = 1 if m.group(1) else 2
                cands.append(_Cand(m.start(g), m.end(g), "Wind Information", "Organization", True, eid=wind))
        for m in _owned_code_matches(text, anchors):
            cands.append(_Cand(m.start("name"), m.end("name"), m.group("name"), "Product", False))
        for m in _appos_models_matches(text):
            for t in _MODEL_TOKEN.finditer(text, m.start(1), m.end()):
                cands.append(_Cand(t.start(), t.end(), t.group(0), "VehicleModel", False))
        for q in sorted({q for w in _MACHINE_HEADS for q in anchors.offsets(w)}):
            if q and (text[q - 1].isalnum() or text[q - 1] == "-") or not _MACHINE_HEAD_AT.match(text, q):
                continue  # (a whole head word only: not "business" or "advantage")
            m = _MACHINE_BEFORE_HEAD.search(text, max(0, q - 160), q) or _HEAD_BEFORE_MACHINE.match(text, q)
            if m is not None:
                cands.append(_Cand(m.start("name"), m.end("name"), m.group("name"), "VehicleModel", False))
        # A table of companies ("| Company | Ticker | ... |"): each row's first cell names one
        if "|" in text:
            for s, e, name, kind in _table_companies(text):
                cands.append(_Cand(s, e, name, kind or self._context_kind(None, name, battery, auto), False))
        # Known models named without their maker ("the Seagull hatchback" in an article about BYD).
        for s, e, eid, short in self._short_models.candidates(text, spans):
            cands.append(_Cand(s, e, gaz.entities[eid].name, "", True, eid=eid, alias_only=short))

        # "Tesla China", "NIO China", "BYD Korea", "BYD Auto Japan": a known company's unit in a country, named by the
        # company's name and the country's
        china_units: dict[str, str] = {}  # unit name -> the company
        country_words = list(_UNIT_COUNTRY_WORD.finditer(text))
        ends_at = {mm.end: mm for mm in matches} if country_words else {}
        for cm in country_words:
            mm = ends_at.get(cm.start())
            if mm is None or mm.entity_id.startswith(_NOT_UNIT_PARENT) or \
                    (mm.start > 0 and text[mm.start - 1] in "-'’") or mm.entity_id not in gaz.entities:
                continue
            end, country = cm.end(), cm.group(1)
            if not _UNIT_END.match(text, end) or country != "China" and not _NOT_A_PLACE_AFTER.match(text, end):
                continue
            rec = self._record_for(mm.entity_id)
            owner = mm.entity_id
            if "Company" not in rec.isa and (
                    # ("MG Motor Australia": a brand's unit abroad is its owner's)
                    country == "China" or "Brand" not in rec.isa or (owner := self._brand_owner.get(owner)) is None):
                continue
            if rec.name.endswith(country):
                continue
            # (China units by the company's name: "Tesla Motors China" is Tesla China; others as written)
            name = f"{rec.name} China" if country == "China" else text[mm.start:end]
            china_units[name] = owner
            kind = rec.kind if "Company" in rec.isa else self._record_for(owner).kind
            cands.append(_Cand(mm.start, end, name, kind or "Company", True, alias_only=text[mm.start:end]))

        # The organisation named just before a titled person, named nowhere else: "Neolix founder and CEO Yu Enyuan
        # said", "ZTO chairman and CEO Lai Meisong said", "Plus chief executive David Liu said".
        hits = sorted({q for w in _EXEC_TITLE_WORDS for q in anchors.offsets(w)})
        if hits:
            known: list[tuple[int, int]] | None = None  # (the dictionary's spans, on the first need)
            seen_at: set[int] = set()
            for q in hits:  # (tried only around a title word: the pattern would try every capital letter)
                m = _ORG_BEFORE_TITLE.search(text, max(0, q - 60), min(len(text), q + 200))
                if m is None or m.start() in seen_at:
                    continue
                seen_at.add(m.start())
                os_, oe = m.span("org")
                if known is None:
                    known = [(mm.start, mm.end) for mm in matches]
                if headline[os_] or any(a < oe and os_ < b for a, b in known):
                    continue
                oname = m.group("org")
                words = oname.split()
                if oname.lower() in deny or words[0].lower() in _STOP_LEAD or words[-1] in _NOT_NAME_TAIL or \
                        words[0] in _NAME_TITLE_LEADS or (os_ > 0 and text[os_ - 1] in "'’-"):
                    continue
                if _defined_short(text, oname) or gaz.lookup(oname) is not None:
                    continue
                longer = _longer_name(text, oname)
                kind = self._context_kind(None, oname, battery, auto) if longer is None else \
                    self._context_kind(_SUFFIX_KIND[longer.rsplit(None, 1)[1].lower()], longer, battery, auto)
                if any(norm_key(c.name) == norm_key(longer or oname) for c in cands if c.eid is None):
                    continue  # (found as a name elsewhere: that finding types it)
                cands.append(_Cand(os_, oe, longer or oname, "Company" if kind == "Supplier" else kind, False))

        # Merge candidates with dictionary matches.
        mentions, records = self._merge(text, matches, cands, deny)
        if china_units:
            for mm in mentions:
                parent = china_units.get(records[mm.entity_id].name)
                if parent is not None and not records[mm.entity_id].known:
                    records.setdefault(parent, self._record_for(parent))
                    links.append((mm.entity_id, "SUBSIDIARY_OF", parent, mm.start))
                    china_units.pop(records[mm.entity_id].name)
        # A board (STAR Market, ChiNext) is a segment of its exchange: mentions name the exchange.
        for k, mm in (enumerate(mentions) if not self._boards.keys().isdisjoint(records) else ()):
            parent = self._boards.get(mm.entity_id)
            if parent is not None:
                records.setdefault(parent, self._record_for(parent))
                mentions[k] = _mention(mm.start, mm.end, parent, mm.text, mm.ref)
                if not any(x.entity_id == mm.entity_id for x in mentions):
                    records.pop(mm.entity_id, None)

        # "珠海冠宇 (Zhuhai CosMX Battery)": a Chinese name followed by its English name in parentheses.
        if has_zh:
            by_start = {mm.start: mm for mm in mentions}
            added_zh = []
            for m in _zh_then_paren_matches(text, parens):
                em = by_start.get(m.end())
                if em is None or has_cjk(em.text) or not _CLOSE_PAREN.match(text, em.end) or \
                        self._taken.find(1, m.start(1), m.end(1)) >= 0:
                    continue
                rec = records[em.entity_id]
                rec.name_zh = rec.name_zh or m.group(1)
                self._taken[m.start(1):m.end(1)] = b"\x01" * (m.end(1) - m.start(1))
                added_zh.append(_mention(m.start(1), m.end(1), em.entity_id, m.group(1)))
            if added_zh:
                mentions.extend(added_zh)
                mentions.sort(key=lambda x: x.start)

        # Acronyms defined in parentheses become aliases for the rest of the article.
        self._acronyms(text, mentions, records)
        if '("' in text or "(“" in text:
            self._defined_short_names(text, mentions, records)

        # 7. Tickers.
        self._tickers(text, sentence_starts=sent_starts, sentences=sentences, mentions=mentions, records=records,
                      digit_runs=digit_runs, parens=parens, links=links)

        if self._car_arms:
            self._car_arm_first(text, mentions, records, links)

        # 8. People with titles (needs the organisation mentions).
        pending_people = self._people(text, mentions, records, links, deny, sentences, parens, anchors, titled)

        # 6. Coordinated unknown names ("A, B and others", "companies such as A and B").
        self._coordinated(text, sentences, mentions, records, battery, auto, deny, headline)

        # "Hong Kong-listed Xpeng", "NIO, a NYSE-listed carmaker", "Xpeng's Hong Kong-listed shares".
        if anchors.has("-listed") or anchors.has("-traded"):
            self._listed_adjectives(text, mentions, records, links)
        if "listing" in text or "IPO" in text or "debut" in text or "flotation" in text:
            self._listing_nouns(text, sentences, mentions, records, links, anchors)

        # A company that operates swap stations uses battery swapping.
        if anchors.has("swap") or anchors.has("Swap"):
            self._swap_stations(text, sentences, mentions, records, links, anchors)

        # 9. Named product uses the technology named just before it.
        by_start = {mm.start: mm for mm in mentions} if named_products else {}
        for m in named_products:
            pm = by_start.get(m.start(1))
            if pm is None:
                continue
            prev = [mm for mm in mentions if mm.end <= m.start() and mm.end >= m.start() - 60]
            if prev and "Technology" in records[prev[-1].entity_id].isa and "Product" in records[pm.entity_id].isa:
                links.append((pm.entity_id, "USES_TECHNOLOGY", prev[-1].entity_id, m.start()))

        mentions.sort(key=lambda x: x.start)
        if "distribut" in text_lower or "import" in text_lower or "dealer" in text_lower or "sold" in text_lower:
            _sellers_by_role(text, mentions, records)
        _absorb_places(text, mentions, records)
        implied = self._prefixed_makers(mentions, records)
        unit_refs = self._owner_unit_refs(text, mentions, records) if "the " in text_lower else []
        refs = self._refs(text, sentences, mentions, records)
        if unit_refs:
            refs = sorted(refs + unit_refs, key=lambda r: r.start)
        if _PRODUCT_REF_HINT.search(text) is not None:
            prefs = self._product_refs(text, sentences, mentions, records)
            if prefs:
                refs = sorted(refs + prefs, key=lambda r: r.start)
        if "he " in text:  # ("the ban", "The programme": a definite noun can refer to a policy)
            polrefs = self._policy_refs(text, sentences, mentions, records)
            if polrefs:
                refs = sorted(refs + polrefs, key=lambda r: r.start)
        # People whose organisation is a reference or the company the passage is about.
        self._people_in_context(text, sentences, mentions, refs, records, links, anchors, pending_people)
        return Found(mentions, records, refs, links, text, text_lower, digit_runs, implied)

    def _vehicle(self, eid: str, records) -> bool:
        """Whether a product is a car model: one found as a model, or a known product of a carmaker whose name is no
        battery's, chip's or system's."""
        isa = records[eid].isa
        if "VehicleModel" in isa:
            return True
        if "Product" not in isa or _NOT_VEHICLE_NAME.search(records[eid].name):
            return False
        ents = self.kb.entities
        return any("Automaker" in ents[m].kinds for m, _ in self._made_by.get(eid, ()))

    def _product_refs(self, text, sentences, mentions, records) -> list[EMention]:
        """"Xpeng launched the P7+ on Thursday. The car uses LFP packs": a definite car noun ("the car", "the new SUV",
        "the model") refers to the car model named last, in its sentence or the two before it (never across another
        model's name: the nearest one wins)."""
        out: list[EMention] = []
        sstarts = [s for s, _ in sentences]
        prods = [m for m in mentions if "Product" in records[m.entity_id].isa]
        if not prods or not any(self._vehicle(m.entity_id, records) for m in prods):
            return out
        pstarts = [m.start for m in prods]
        for rm in _PRODUCT_REF.finditer(text):
            k = bisect.bisect_right(sstarts, rm.start()) - 1
            i = bisect.bisect_right(pstarts, rm.start()) - 1
            if k < 0 or i < 0 or prods[i].end > rm.start() or prods[i].start < sentences[max(0, k - 2)][0]:
                continue
            if prods[i].start < sentences[k][0]:
                # a model earlier sentences name: of those the two before name, the one the article has named most so
                # far ("The B10 comes in six versions ... well below the Tesla Model Y. The car is the first to use ...")
                lo = bisect.bisect_left(pstarts, sentences[max(0, k - 2)][0])
                window = {m.entity_id for m in prods[lo:i + 1] if self._vehicle(m.entity_id, records)}
                if not window:
                    continue
                counts = Counter(m.entity_id for m in prods[:i + 1] if m.entity_id in window)
                best = max(counts.values())
                eid = next(m.entity_id for m in reversed(prods[:i + 1]) if counts.get(m.entity_id) == best)
                out.append(_mention(rm.start(), rm.end(), eid, rm.group(0), True))
            elif self._vehicle(prods[i].entity_id, records):
                out.append(_mention(rm.start(), rm.end(), prods[i].entity_id, rm.group(0), True))
        return out

    @staticmethod
    def _policy_refs(text, sentences, mentions, records) -> list[EMention]:
        """"... under the Zimbabwe lithium concentrate export ban. The ban was announced by ...": a definite policy noun
        ("the ban", "the programme", "the scheme") refers to the policy named last, in its sentence or the two before
        it, whose name holds the same noun."""
        out: list[EMention] = []
        pols = [m for m in mentions if "Policy" in records[m.entity_id].isa and not m.ref]
        if not pols:
            return out
        sstarts = [s for s, _ in sentences]
        pstarts = [m.start for m in pols]
        for rm in _POLICY_REF.finditer(text):
            k = bisect.bisect_right(sstarts, rm.start()) - 1
            i = bisect.bisect_right(pstarts, rm.start()) - 1
            if k < 0 or i < 0 or pols[i].end > rm.start():
                continue
            noun = rm.group("noun").lower()
            stems = _POLICY_NOUN_STEMS.get(noun, (noun,))
            while i >= 0 and pols[i].start >= sentences[max(0, k - 2)][0]:
                if any(st in records[pols[i].entity_id].name.lower() for st in stems):
                    out.append(_mention(rm.start(), rm.end(), pols[i].entity_id, rm.group(0), True))
                    break
                i -= 1
        return out

    def _owner_unit_refs(self, text, mentions, records) -> list[EMention]:
        """"Kia ... uses cells from the BYD subsidiary": a unit named by its owner refers to the owner's unit named
        last before it (FinDreams Battery); the owner's name there is no mention of the owner."""
        out: list[EMention] = []
        keep: list[EMention] = []
        parents = self.kb.parents
        for i, m in enumerate(mentions):
            um = None
            if not m.ref and m.start >= 4 and text[m.start - 4:m.start].lower() == "the " and \
                    "Company" in records[m.entity_id].isa and _PREP_BEFORE_THE.search(text, max(0, m.start - 12), m.start):
                # (after a preposition: "FinDreams, the BYD subsidiary, said" is an apposition that names the owner)
                um = _UNIT_AFTER_OWNER.match(text, m.end)
            unit = None
            if um is not None:
                unit = next((p.entity_id for p in reversed(mentions[:i]) if p.entity_id != m.entity_id and
                             parents.get(p.entity_id) == m.entity_id), None)
            if unit is None:
                keep.append(m)
                continue
            out.append(_mention(m.start - 4, um.end(), unit, text[m.start - 4:um.end()], True))
        if out:
            mentions[:] = keep
        return out

    def _prefixed_makers(self, mentions, records) -> frozenset[str]:
        """A known product named with its maker's name ("the Tesla Model 3", "Xiaomi SU7") names the maker too: the
        maker joins the article's entities, without a mention of its own (the product's mention covers the name), so
        that what is said of the product can reach its maker."""
        made_by = self._made_by
        implied = []
        for mm in mentions:
            if mm.ref:
                continue
            makers = made_by.get(mm.entity_id)
            if makers is None:
                continue
            surface = mm.text.lower()
            for mk, names in makers:
                if mk not in records and any(surface.startswith(n) and surface[len(n):len(n) + 1] == " " for n in names):
                    records[mk] = self._record_for(mk)
                    implied.append(mk)
        return frozenset(implied)

    def _listed_adjectives(self, text, mentions, records, links) -> None:
        by_end = {m.end: m for m in mentions}
        by_start = {m.start: m for m in mentions}
        for m in _LISTED_ADJ.finditer(text):
            ex = self.gazetteer.lookup(_LISTED_PLACES[m.group("ex").lower()])
            if ex is None:
                continue
            target = None
            pb = _LISTED_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if pb is not None:
                target = by_end.get(pb.start())
            if target is None:
                pa = _LISTED_AFTER.match(text, m.end())
                if pa is not None:
                    target = by_start.get(pa.end())
            if target is None or records[target.entity_id].isa.isdisjoint(_COMPANY_FUND):
                continue
            records.setdefault(ex, self._record_for(ex))
            links.append((target.entity_id, "LISTED_ON", ex, m.start()))

    def _listing_nouns(self, text, sentences, mentions, records, links, anchors=None) -> None:
        """"CATL completed its Hong Kong secondary listing", "Seres Group is preparing its Hong Kong listing": the
        company whose listing it is (named by "X's", or the last company before "its" in the sentence)."""
        by_end = {m.end: m for m in mentions}
        sstarts = [a for a, _ in sentences]
        for m in _listing_noun_matches(text, anchors):
            ex = self.gazetteer.lookup(_LISTED_PLACES[m.group("ex").lower()])
            if ex is None:
                continue
            k = bisect.bisect_right(sstarts, m.start()) - 1
            ss = sentences[k][0] if k >= 0 else 0
            if _LISTING_HEDGE.search(text, ss, m.start()):
                continue
            if m.group("poss")[0].isupper():
                target = by_end.get(m.end("poss") - 2)
            else:
                target = next((x for x in reversed(mentions) if ss <= x.start and x.end <= m.start()
                               and "Company" in records[x.entity_id].isa), None)
            if target is None or records[target.entity_id].isa.isdisjoint(_COMPANY_FUND):
                continue
            records.setdefault(ex, self._record_for(ex))
            links.append((target.entity_id, "LISTED_ON", ex, m.start()))

    def _swap_stations(self, text, sentences, mentions, records, links, anchors=None) -> None:
        tech = self.gazetteer.lookup("battery swapping")
        if tech is None:
            return
        mstarts = [m.start for m in mentions]
        sstarts = [s for s, _ in sentences]
        for n in _swap_noun_matches(text, anchors):
            m = _SWAP_STATIONS.search(text, max(0, n.start() - 90), n.start())
            if m is None:
                continue
            k = bisect.bisect_right(sstarts, m.start()) - 1
            ss = sentences[k][0] if k >= 0 else 0
            j = bisect.bisect_left(mstarts, m.start()) - 1
            while j >= 0 and mentions[j].start >= ss:
                if "Company" in records[mentions[j].entity_id].isa:
                    records.setdefault(tech, self._record_for(tech))
                    links.append((mentions[j].entity_id, "USES_TECHNOLOGY", tech, m.start()))
                    break
                j -= 1

    # -- merging -------------------------------------------------------------------------------

    def _new_id(self, name: str, kind: str, records: dict[str, EntityRecord], by_key: dict[str, str]) -> str:
        key = norm_key(strip_legal_suffix(name)) or norm_key(name)
        if key in by_key:
            return by_key[key]
        known = self.gazetteer.lookup(name)
        if known is not None:
            if known not in records:
                records[known] = self._record_for(known)
            by_key[key] = known
            return known
        eid = f"{_id_prefix(kind)}:{slug(name)}"
        base = eid
        i = 2
        while eid in records and norm_key(records[eid].name) != key:
            eid = f"{base}-{i}"
            i += 1
        if eid not in records:
            records[eid] = EntityRecord(eid, name, kind, (kind,), None, [], [], False, ancestors_of((kind,)))
        by_key[key] = eid
        return eid

    def _merge(self, text: str, matches, cands: list[_Cand], deny: set[str]):
        records: dict[str, EntityRecord] = {}
        by_key: dict[str, str] = {}
        # Strong candidates first, then longer ones; dictionary matches fill the gaps.
        taken = bytearray(len(text) + 1)
        mentions: list[EMention] = []
        spread: dict[str, str] = {}  # surface -> entity id, for the surfaces of ``spread`` candidates
        ordered = sorted(cands, key=lambda c: (not c.strong, -(c.end - c.start), c.start))
        chosen: list[_Cand] = []
        match_spans = [(mm.start, mm.end) for mm in matches]
        mstarts = [s for s, _ in match_spans]
        for c in ordered:
            if c.eid is None and not c.kind:
                continue  # an alias of a discovered name, placed below
            if taken.find(1, c.start, c.end) >= 0:
                continue
            if c.strong and c.eid is None and c.kind:
                # a discovered name inside a longer known one is that one ("the 14th Five-Year Plan (2021-2025)")
                i = bisect.bisect_right(mstarts, c.start) - 1
                if i >= 0 and match_spans[i][1] >= c.end and match_spans[i][1] - match_spans[i][0] > c.end - c.start:
                    continue
            if not c.strong and c.eid is None and c.kind:
                # A weak candidate yields to a dictionary match it does not strictly extend.
                i = bisect.bisect_left(mstarts, c.start - 200)
                clash = False
                while i < len(match_spans) and match_spans[i][0] < c.end:
                    ms, me = match_spans[i]
                    if me > c.start and c.start < ms and me < c.end and matches[i].entity_id.startswith("country:") and \
                            _LEGAL_FORM_END.fullmatch(text, me, c.end):
                        pass  # "Sojitz G Auto Philippines Corp.": a country inside a company's legal name is part of it
                    elif me > c.start:
                        # Only "known name + company word" ("Dongfeng Group") may swallow a dictionary match, also
                        # after a province ("Shanxi Huayang Group New Energy": another company than "Huayang Group")
                        inside = (c.start == ms or c.start < ms and text[c.start:ms - 1] in _PROVINCE_SET and
                                  # (not the known company itself in its province: "Sichuan Contemporary Amperex
                                  # Technology")
                                  self.gazetteer.lookup(text[ms:c.end]) != matches[i].entity_id) and me < c.end
                        if not inside:
                            clash = True
                            break
                        # "Contemporary Amperex Technology Co. Limited": known name + legal suffix only.
                        bare = strip_legal_suffix(c.name)
                        if bare.endswith((" Group", " Holdings")) and \
                                strip_legal_suffix(surf := text[c.start:c.end]) != surf:
                            bare = bare.rsplit(" ", 1)[0]  # "Anhui Jianghuai Automobile Group Corp.": the legal name
                        if norm_key(bare) == norm_key(text[ms:me]) or \
                                self.gazetteer.lookup(c.name) == matches[i].entity_id or \
                                (c.name.endswith(" Shares") and norm_key(c.name[:-7]) == norm_key(text[ms:me])):
                            # ("Ningde Times Shares": 股份 rendered word for word is the company's legal form)
                            clash = True
                            break
                    i += 1
                if clash:
                    continue
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
        for c in chosen:
            if c.eid is None and not c.kind:
                continue
            eid = c.eid or self._new_id(c.name, c.kind, records, by_key)
            if eid not in records:
                records[eid] = self._record_for(eid)
            rec = records[eid]
            surface = text[c.start:c.end]
            if has_cjk(surface) and not has_cjk(rec.name):
                rec.name_zh = rec.name_zh or surface
            for t in c.tickers:
                rec.add_ticker(t)
            if c.zh and not rec.name_zh:
                rec.name_zh = c.zh
            mentions.append(_mention(c.start, c.end, eid, surface))
            if c.spread:
                spread[surface] = eid
                by_key.setdefault(norm_key(strip_legal_suffix(surface)) or norm_key(surface), eid)
                short = self._short_form(surface, eid)
                if short:
                    spread[short] = eid
        for c in cands:
            # Chinese names that follow a discovered entity.
            if c.alias_only and c.kind == "" and c.eid is None and taken.find(1, c.start, c.end) < 0:
                key = norm_key(strip_legal_suffix(c.alias_only))
                eid = by_key.get(key)
                if eid:
                    taken[c.start:c.end] = b"\x01" * (c.end - c.start)
                    surface = text[c.start:c.end]
                    if has_cjk(surface) and not records[eid].name_zh:
                        records[eid].name_zh = surface
                    mentions.append(_mention(c.start, c.end, eid, surface))
        for mm in matches:
            if taken.find(1, mm.start, mm.end) >= 0:
                continue
            if mm.entity_id not in records:
                records[mm.entity_id] = self._record_for(mm.entity_id)
            taken[mm.start:mm.end] = b"\x01" * (mm.end - mm.start)
            mentions.append(mm)
        # Every later surface of a discovered name is a mention too ("Penghui Energy" after "Peng Hui Energy").
        new_names = {}
        by_entity: dict[str, list[EMention]] = {}  # (one pass: a scan of all mentions per record is quadratic)
        unknown = {eid for eid, rec in records.items() if not rec.known}
        if unknown:
            for m in mentions:
                if m.entity_id in unknown:
                    by_entity.setdefault(m.entity_id, []).append(m)
        for eid, rec in records.items():
            if not rec.known:
                for m in by_entity.get(eid, ()):
                    if not has_cjk(m.text) and len(m.text) >= 3:
                        new_names[m.text] = eid
                if _CODE_SUFFIX.search(rec.name):
                    base = rec.name.rsplit(" ", 1)[0]
                    new_names.setdefault(base, eid)
        # "Horizon Robotics ... Horizon": a two-word name ending in a company word names its entity by its first
        # word later in the article, when that word names nothing else.
        for m in mentions:
            t = m.text
            if " " in t and t not in spread:
                short = self._short_form(t, m.entity_id)
                if short is not None:
                    spread.setdefault(short, m.entity_id)
        for name, eid in spread.items():
            new_names.setdefault(name, eid)
        code_like = _CODE_LIKE_TEXT
        for m in mentions:
            # A model code used once for a known model ("the AITO M9, M8, M7") names it again later ("The new M7").
            t = m.text
            if len(t) > 6:
                continue
            is_code = code_like.get(t)
            if is_code is None:
                if len(code_like) >= 65536:
                    code_like.clear()
                is_code = code_like[t] = _MODEL_CODE_FULL.fullmatch(t) is not None
            if is_code:
                rec = records[m.entity_id]
                if rec.known and "Product" in rec.isa and m.text != rec.name:
                    new_names.setdefault(m.text, m.entity_id)
        if new_names:
            for ms, me, name in _name_matches(text, sorted(new_names, key=len, reverse=True)):
                if taken.find(1, ms, me) >= 0:
                    continue
                taken[ms:me] = b"\x01" * (me - ms)
                mentions.append(_mention(ms, me, new_names[name], name))
        mentions.sort(key=lambda x: x.start)
        self._taken = taken
        self._by_key = by_key
        return mentions, records

    def _short_form(self, name: str, eid: str) -> str | None:
        """A one-word name without its company word ("Afeita" of "Afeita Technology"), if it can name nothing else."""
        key = (name, eid)
        short = self._short_forms.get(key, 0)
        if short == 0:
            short = self._short_form_uncached(name, eid)
            if len(self._short_forms) >= 65536:
                self._short_forms.clear()
            self._short_forms[key] = short
        return short

    def _short_form_uncached(self, name: str, eid: str) -> str | None:
        toks = name.split()
        if len(toks) > 2 and (toks[0] in _HQ_CITY_SET or toks[0] in _PROVINCE_SET):
            toks = toks[1:]  # "Changzhou Xingyu Automotive Lighting Systems": "Xingyu", after the place
        head = 1
        if len(toks) > 2 and _short_head_word(toks[1]) and _short_head_word(toks[0]) and \
                not (toks[1].lower().rstrip(".,") in _SUFFIX_KIND or toks[1].lower() in _SHORT_TAIL_WORDS):
            head = 2  # "Tung Thih" of "Tung Thih Electronic": two name words before the company words
        if len(toks) <= head or not all((t := w.lower().rstrip(".,")) in _SUFFIX_KIND and t not in _ADVISER_WORDS or
                                        t in _SHORT_TAIL_WORDS for w in toks[head:]):
            return None
        if head == 2:
            short = f"{toks[0]} {toks[1]}"
            if short in _HQ_CITY_SET or short in _PROVINCE_SET or any(
                    (lw := w.lower()) in _DENY_ALL or lw in _STOP_LEAD or lw in _GENERIC_HEAD for w in toks[:2]) or \
                    self.gazetteer.lookup(short) not in (None, eid) or self.gazetteer.lookup(toks[0]) is not None:
                return None
            return short
        short = toks[0]
        lw = short.lower()
        # (a hyphenated name counts too: "Zhejiang Asia-Pacific Mechanical & Electronic ... Asia-Pacific")
        # (a region word in the deny list is still the company's short name where the article names the company in
        # full: "Asia-Pacific won the order" after "Zhejiang Asia-Pacific Mechanical & Electronic")
        if len(short) < 4 or not all(_short_head_word(p) for p in short.split("-")) or \
                lw in _DENY_ALL and "-" not in short or \
                lw in _STOP_LEAD or lw in _GENERIC_HEAD or self.gazetteer.lookup(short) not in (None, eid):
            return None
        return short

    # -- coordination --------------------------------------------------------------------------

    def _coordinated(self, text, sentences, mentions, records, battery, auto, deny, headline) -> None:
        taken = self._taken
        added: list[EMention] = []
        mstarts = [m.start for m in mentions]
        find = text.find
        is_taken = taken.find
        for s, e in sentences:
            if headline[s]:
                continue
            if find(",", s, e) < 0 and find(" and ", s, e) < 0 and find("、", s, e) < 0:
                continue
            sent_mentions = mentions[bisect.bisect_left(mstarts, s):bisect.bisect_left(mstarts, e)]
            if not any("Organization" in records[m.entity_id].isa for m in sent_mentions) and \
                    not _LIST_CUE.search(text[s:e]):
                continue
            # Capitalised runs, each marked whether a mention covers part of it; only a list with a run no
            # mention covers can add a name.
            runs: list[tuple[int, int, bool]] = []
            unknown_run = False
            for m in _RUN.finditer(text, s, e):
                ms = m.start()
                prev = text[ms - 1] if ms else ""
                d = ms - len(prev)
                for rs, re_ in _sub_runs_of(prev, text[ms:m.end()]):  # (_sub_runs, inlined)
                    rs += d
                    re_ += d
                    covered = is_taken(1, rs, re_) >= 0
                    runs.append((rs, re_, covered))
                    unknown_run = unknown_run or not covered
            if not unknown_run:
                continue
            # Items: capitalised runs separated by list separators.
            items: list[tuple[int, int, str | None]] = []  # (start, end, entity id or None)
            for rs, re_, covered in runs:
                if covered:
                    mm = next((x for x in sent_mentions if x.start <= rs < x.end or rs <= x.start < re_), None)
                    if mm is not None and (not items or items[-1][0] != mm.start):
                        items.append((mm.start, mm.end, mm.entity_id))
                    continue
                items.append((rs, re_, None))
            item_starts = {it[0] for it in items}
            for mm in sent_mentions:
                if mm.start not in item_starts:
                    items.append((mm.start, mm.end, mm.entity_id))
                    item_starts.add(mm.start)
            items.sort()
            # Group into lists.
            groups: list[list[tuple[int, int, str | None]]] = []
            for it in items:
                if groups and _LIST_SEP.match(text[groups[-1][-1][1]:it[0]]):
                    groups[-1].append(it)
                else:
                    groups.append([it])
            for g in groups:
                unknown = [it for it in g if it[2] is None]
                if not unknown:
                    continue
                known_orgs = [it for it in g if it[2] and "Organization" in records[it[2]].isa]
                is_list = len(g) >= 2 and (known_orgs or _AND_OTHERS.match(text[g[-1][1]:min(e, g[-1][1] + 30)]))
                if is_list and len(g) == 2 and _CLAUSE_AND.match(text, g[0][1], g[1][0]) and \
                        not text.startswith((",", " (", "(", " （", "（"), g[1][1]):
                    # "Xiaomi launched new SUVs, and CATL supplies ...": a comma and "and" join two clauses (a list of
                    # two has none, unless an apposition follows: "Ford Otosan, a joint venture of ..., and Tofas, a")
                    continue
                if not is_list:
                    lead = text[max(s, g[0][0] - 40):g[0][0]]
                    is_list = _SUCH_AS.search(lead) and _LIST_NOUN_CUE.search(lead)
                if not is_list:
                    continue
                if _PLACE_LIST_HEAD.match(text, g[-1][1]):
                    continue  # "the city's Futian, Luohu and Nanshan districts": places
                if len(g) >= 3 and g[0][2] is None and (
                        g[1][2] is None and " " not in text[g[1][0]:g[1][1]] or
                        g[1][2] is not None and "Country" in records[g[1][2]].isa) and \
                        text[g[0][1]:g[1][0]] == ", " and _PLACE_PREP_BEFORE.search(text, max(s, g[0][0] - 12), g[0][0]):
                    # "builds trailers in Monon, Indiana, and CIE Manufacturing, a maker of", "LG Energy Solution's
                    # factory in Wroclaw, Poland, and Samsung SDI's": a town and its state or country
                    unknown = [it for it in unknown if it is not g[0] and it is not g[1]]
                    if not unknown:
                        continue
                kinds = [records[it[2]].kind for it in known_orgs]
                # (sorted: ties must not depend on the process's string hashing)
                kind = max(sorted(set(kinds)), key=kinds.count) if kinds else ("Supplier" if battery or auto else "Company")
                if kind in ("Regulator", "Exchange", "Alliance", "IndustryAssociation"):
                    continue
                for us, ue, _ in unknown:
                    name = text[us:ue]
                    toks = name.split()
                    if name.lower() in deny or toks[0].lower() in _STOP_LEAD or len(toks) > 4:
                        continue
                    if _TICKER_PREFIX.match(text, ue) or _CODE_LIKE.fullmatch(name) or _MEDIA.search(name) or \
                            _TIER_RANK.match(name):
                        continue  # "HKG: 9866", "SZ300068" are tickers, not names
                    if len(toks) == 1 and (len(name) < 3 or us == s or name.rstrip(".").lower() in _LEGAL_FORMS):
                        continue  # (", Inc." after a company's name is its legal form, not another company)
                    if any(t.lower() in _GENERIC_HEAD for t in toks) and len(toks) == 1:
                        continue
                    if toks[-1].lower() in _EVENT_HEADS:
                        continue  # "Two days before the AI Day, Aridge ...": an event, not a company of the list
                    if toks[-1].lower().endswith(("-based", "-listed", "-headquartered", "-owned", "-backed", "-made")):
                        continue  # "SAIC and Kunshan-based start-up QingTao": a modifier of the next name
                    eid = self._new_id(name, kind, records, self._by_key)
                    taken[us:ue] = b"\x01" * (ue - us)
                    added.append(_mention(us, ue, eid, name))
        if added:
            # later surfaces of a name the list adds, and its short form ("Tung Thih" of "Tung Thih Electronic")
            names: dict[str, str] = {}
            for m in added:
                if " " not in m.text and (_PLACE_PREP_BEFORE.search(text, max(0, m.start - 12), m.start) or
                                          text.endswith("& ", 0, m.start)):
                    continue  # (a one-word item may be a place or part of a name: "in Coahuila", "Bowers & Wilkins")
                names.setdefault(m.text, m.entity_id)
                if " " in m.text and (short := self._short_form(m.text, m.entity_id)) is not None:
                    names.setdefault(short, m.entity_id)
            for ms, me, name in _name_matches(text, sorted(names, key=len, reverse=True)) if names else ():
                if " " not in name and (_PLACE_PREP_BEFORE.search(text, max(0, ms - 12), ms) or
                                        _SAID_AFTER.match(text, me)):
                    continue  # ("buses for Santiago", "Wilkins said")
                if is_taken(1, ms, me) < 0:
                    taken[ms:me] = b"\x01" * (me - ms)
                    added.append(_mention(ms, me, names[name], name))
            mentions.extend(added)
            mentions.sort(key=lambda x: x.start)

    @staticmethod
    def _defined_short_names(text, mentions, records) -> None:
        """'ZEEKR Intelligent Technology Holding Limited ("ZEEKR" or the "Company")': a legal name not in the reference
        data that a release defines by a known company's short name is that company (its mentions are remapped and the
        legal name becomes an alias)."""
        by_start = {m.start: m for m in mentions}
        remap: dict[str, str] = {}
        for m in mentions:
            rec = records.get(m.entity_id)
            if rec is None or rec.known or m.entity_id in remap or "Company" not in rec.isa:
                continue
            dm = _DEFINED_SHORT.match(text, m.end)
            if dm is None:
                continue
            short = by_start.get(dm.end())
            if short is None or short.end != dm.end() + len(dm.group(1)) or not records[short.entity_id].known or \
                    "Company" not in records[short.entity_id].isa:
                continue
            remap[m.entity_id] = short.entity_id
            records[short.entity_id].add_alias(rec.name)
        if remap:
            for k, m in enumerate(mentions):
                if m.entity_id in remap:
                    mentions[k] = _mention(m.start, m.end, remap[m.entity_id], m.text, m.ref)
            for eid in remap:
                records.pop(eid, None)

    def _acronyms(self, text, mentions, records) -> None:
        taken = self._taken
        acr: dict[str, str] = {}
        redefined: dict[tuple[str, str], str] = {}
        for m in mentions:
            # (a match opens with the parenthesis, or with blanks and then the parenthesis)
            c = text[m.end:m.end + 2]
            a = _ACRONYM_PAREN.match(text, m.end) if c[:1] in _PAREN_OPEN or c[:1].isspace() and (
                c[1:] in _PAREN_OPEN or c[1:].isspace()) else None
            if a and a.group(1) not in acr and a.group(1).lower() not in DENY:
                if taken.find(1, a.start(1), a.end(1)) >= 0:
                    # "Saudi Electricity Company (SEC)": a known short form the text defines as another name's is
                    # that name's in this text (not the US regulator's)
                    # (its letters the name's initials: not "TGOOD Electric (TELD)", a unit in brackets; checked
                    # before the mentions are searched for the short form's)
                    if m.ref or a.group(1) != "".join(w[0] for w in text[m.start:m.end].split() if w[0].isupper()):
                        continue
                    other = next((x for x in mentions if x.start == a.start(1) and x.end == a.end(1)), None)
                    if other is not None and other.entity_id != m.entity_id and not other.ref:
                        redefined[(a.group(1), other.entity_id)] = m.entity_id
                    continue
                acr[a.group(1)] = m.entity_id
        if redefined:
            for k, x in enumerate(mentions):
                if not x.ref and (new := redefined.get((x.text, x.entity_id))) is not None:
                    mentions[k] = _mention(x.start, x.end, new, x.text, x.ref)
        if not acr:
            return
        for ms, me, name in _name_matches(text, list(acr)):
            if taken.find(1, ms, me) >= 0:
                continue
            taken[ms:me] = b"\x01" * (me - ms)
            mentions.append(_mention(ms, me, acr[name], name))
        mentions.sort(key=lambda x: x.start)

    # -- tickers -------------------------------------------------------------------------------

    def _tickers(self, text, *, sentence_starts, sentences, mentions, records, digit_runs=None, parens=None,
                 links=None) -> None:
        """Attach each ticker to its company; a ticker whose prefix names the exchange ("HKEX: 1211", "NYSE: NIO")
        also states the listing (a ``LISTED_ON`` link)."""
        mstarts = [m.start for m in mentions]
        for m in _ticker_matches(text, digit_runs, parens):
            code = _ticker_code(m)
            if code is None:
                continue
            t, named_ex = code
            if m.group("bare"):
                owner = next((x for x in reversed(mentions[:bisect.bisect_right(mstarts, m.start())])
                              if x.end <= m.start()), None)
                if owner is None or m.start("bare") - owner.end > 30 or \
                        not _CODE_GAP.fullmatch(text, owner.end, m.start("bare")) or \
                        "Company" not in records[owner.entity_id].isa:
                    continue  # only right after a company; fund codes are handled with the fund names
                records[owner.entity_id].add_ticker(t)
                continue
            # Attach to the nearest organisation before it in the sentence, else the next one.
            k = bisect.bisect_right(sentence_starts, m.start()) - 1
            ss, se = sentences[k] if k >= 0 else (0, len(text))
            i = bisect.bisect_right(mstarts, m.start()) - 1
            target = None
            j = i
            while j >= 0 and mentions[j].start >= ss and m.start() - mentions[j].end < 80:
                rec = records[mentions[j].entity_id]
                if not rec.isa.isdisjoint(_COMPANY_FUND):
                    target = rec
                    break
                j -= 1
            if target is not None and not mentions[j].ref and _TICKER_PAREN.fullmatch(text, mentions[j].end, m.start()) and \
                    (owner := self.gazetteer.by_ticker.get(t)) is not None and owner != target.id and \
                    t not in target.tickers and not self._group_of(mentions[j].text, owner):
                # "Tianqi Shares (002009.SZ)": the code names Miracle Automation, whose translated name only looks
                # like Tianqi Lithium's; "Geely (0175.HK)" names the listed Geely Auto
                target = self._repoint(mentions, records, mentions[j], owner, links)
            if target is None and (eid := self.gazetteer.by_ticker.get(t)) is not None and eid in records:
                target = records[eid]  # "The Shenzhen-based company, listed in Hong Kong (HKEX: 1211), ... Tesla": BYD's
            if target is None:
                j = i + 1
                while j < len(mentions) and mentions[j].start < se:
                    rec = records[mentions[j].entity_id]
                    if not rec.isa.isdisjoint(_ORG_FUND):
                        target = rec
                        break
                    j += 1
            if target is not None:
                target.add_ticker(t)
                if named_ex is not None and links is not None and not target.isa.isdisjoint(_COMPANY_FUND) and \
                        (ex := self.gazetteer.lookup(named_ex)) is not None:
                    records.setdefault(ex, self._record_for(ex))
                    links.append((target.id, "LISTED_ON", ex, m.start()))

    def _car_arm_first(self, text, mentions, records, links) -> None:
        """"Geely Automobile Holdings is borrowing more cheaply ... controlled by Zhejiang Geely Holding Group ...
        Geely sold 2.18 million vehicles": where an article names a group's listed car arm before it names the group
        by any longer name (or never does), the group's bare name means the car arm. Not where the article calls the
        bare name a group ("Geely, the privately owned group"), nor before a founder's or chairman's title ("Geely
        founder Li Shufu": the group's)."""
        for group, arm in self._car_arms.items():
            if group not in records or arm not in records:
                continue
            bare = self.kb.entities[group].name.lower()
            # (and the group's name short of its car word: "Dongfeng" for "Dongfeng Motor")
            bare_names = {bare, _CAR_WORD_END.sub("", self.kb.entities[group].name).lower()}
            arm_at = min((m.start for m in mentions if m.entity_id == arm and not m.ref), default=None)
            if arm_at is None:
                continue
            group_at = min((m.start for m in mentions if m.entity_id == group and not m.ref and
                            m.text.lower() not in bare_names), default=len(text))
            if arm_at > group_at:
                continue
            bares = [m for m in mentions if m.entity_id == group and not m.ref and m.text.lower() in bare_names]
            if not bares or any(_CALLED_GROUP.match(text, m.end) for m in bares):
                continue
            moved = False
            for m in bares:
                if not _GROUP_TITLE_AFTER.match(text, m.end):
                    _set_entity_id(m, arm)
                    moved = True
            if moved:
                records[arm].add_alias(bares[0].text)
                _forget_unnamed(mentions, records, links, group, arm)

    def _group_of(self, name: str, eid: str) -> bool:
        """Whether ``name`` names the group around the entity ``eid`` ("Xiamen King Long Motor Group" around King Long,
        whose code the reference gives to the listed arm)."""
        own = self.kb.entities[eid].name
        return name.endswith(("Group", "Holdings", "Holding")) and own.lower() in name.lower() and \
            not own.endswith(("Group", "Holdings", "Holding"))

    def _repoint(self, mentions, records, mention, eid: str, links=None) -> "EntityRecord":
        """Make ``mention``, and every mention of the same entity written the same way, a mention of ``eid``; forget
        the entity they named if nothing else names it (its links then name ``eid``). Returns ``eid``'s record."""
        old, surface = mention.entity_id, mention.text.lower()
        rec = records.setdefault(eid, self._record_for(eid))
        for x in mentions:
            if x.entity_id == old and not x.ref and x.text.lower() == surface:
                _set_entity_id(x, eid)
        _forget_unnamed(mentions, records, links, old, eid)
        rec.add_alias(mention.text)
        return rec

    # -- people --------------------------------------------------------------------------------

    def _people(self, text, mentions, records, links, deny, sentences=(), parens=None, anchors=None,
                titled: "_TitleMatches | None" = None) -> list:
        """Add the people given a title at an organisation (mentions, records and ``links``); return the
        ``(name, name start, organisation offset, match start)`` of title phrases whose organisation is not a name
        there ("Richard Yu, chairman of its car unit"), for :meth:`_people_in_context` to read as a reference."""
        pending: list[tuple[str, int, int, int]] = []
        if anchors is None:
            anchors = _Anchors(text, text.lower(), None)
        taken = self._taken
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        found: dict[str, str] = {}  # person name -> id
        new_mentions: list[EMention] = []

        def person(name: str, s: int) -> str | None:
            toks = name.split()
            if toks[0].lower() in _STOP_LEAD - _SURNAMES or any(
                    t.lower() in _GENERIC_HEAD for t in (toks[1:] if toks[0].lower() in _SURNAMES else toks)):
                return None  # (a surname such as "An" is no article: "Zeekr chief executive An Conghui")
            if taken.find(1, s, s + len(name)) >= 0:
                # Already a mention: fine when it is a known person ("Wang Chuanfu (CEO of BYD)").
                pid = _person_mention_at(s, s + len(name), by_start, by_end, records)
                if pid is not None:
                    found[name] = pid
                elif any(m.start == s and m.end == s + len(name) for m in new_mentions):
                    return found.get(name)  # (a person this pass has named there)
                return pid
            if name in found:
                eid = found[name]
            else:
                eid = found[name] = self._person_record(name, records)  # type: ignore[assignment]
            taken[s:s + len(name)] = b"\x01" * len(name)
            new_mentions.append(_mention(s, s + len(name), eid, name))
            return eid

        org_mentions = [m for m in mentions if not records[m.entity_id].isa.isdisjoint(_TITLE_ORG)]
        org_ends = [m.end for m in org_mentions]
        if titled is None:
            titled = _TitleMatches(text, _paren_offsets(text) if parens is None else parens, anchors)
        commas = titled.commas
        # The patterns that start at an organisation's end need a blank there (or "'s" and a blank first), and
        # two of them a verb somewhere in the text.
        n = len(text)
        blank_ends = [e for e in org_ends if e < n and text[e].isspace()]
        # "Tianqi Lithium Industry chairman Jiang Weiping": a company word the name left out before the title
        tail_ends = {t.end(): m for m in org_mentions if (t := _ORG_TAIL(text, m.end)) is not None}
        org_first = {
            2: [e for e in chain(org_ends, tail_ends) if _ORG_TITLE_HINT(text, e) is not None],
            5: blank_ends if any(anchors.has(w) for w in _NAMED_AS_VERBS) else [],
            # (and an apposition's comma: "DeepRoute.ai, a Shenzhen-based startup led by Zhou Guang")
            6: [e for e in org_ends if e < n and (text[e].isspace() or text[e] == ",")]
            if any(anchors.has(w) for w in _LED_BY_VERBS) else [],
        }
        org_first[7] = org_first[8] = [e for e in chain(org_ends, tail_ends) if e < n and (text[e].isspace() or
                                                                                         text[e] in "(（,")] \
            if anchors.has("said") else []
        for pi, pat in enumerate(_PERSON_PATTERNS):
            after = pi in _ORG_AFTER
            it = titled.matches(pi) if after else filter(None, (pat.match(text, e) for e in org_first[pi]))
            for m in it:
                if after:
                    org_pos = m.end()
                    rest = text[org_pos:org_pos + 5]
                    if rest.lower().startswith("the "):
                        org_pos += 4
                    om = by_start.get(org_pos)
                    if om is not None and "Country" in records[om.entity_id].isa and \
                            text.startswith(("'s ", "’s "), om.end):
                        om = by_start.get(om.end + 3)  # "chief executive of Germany's Bosch": the country's company
                    if om is None and text.startswith(_REF_OPENERS, m.end()) and \
                            not text.startswith("the Company", m.end()):
                        # "chairman of its car unit", "general manager of the company's branding department" (not a
                        # filing's defined term "the Company", the issuer, which the nearest name need not be)
                        pending.append((m.group("name"), m.start("name"), m.end(), m.start()))
                        continue
                else:
                    om = by_end.get(m.start()) or tail_ends.get(m.start())
                if om is None or records[om.entity_id].isa.isdisjoint(_TITLE_ORG):
                    continue
                if after and text[m.end() - 2:m.end()] == ", " and not _SIGN_OFF_END.match(text, om.end):
                    continue  # ("said X, President, BorgWarner.": the company ends the sign-off)
                name = m.group("name")
                ns = m.start("name")
                lead, _, rest = name.partition(" ")
                if lead in _NAME_TITLE_LEADS and _NAME_FULL(rest):
                    name, ns = rest, ns + len(lead) + 1  # "Chairman He Xiaopeng, CEO of Xpeng"
                # The name regex is case-insensitive: insist on capitalised words.
                if not _NAME_FULL(name):
                    continue
                pid = person(name, ns)
                if pid is not None:
                    links.append((pid, "EXECUTIVE_OF", om.entity_id, m.start()))
                    if after and pi == 1 and " and " in m.group(0):
                        # "He Long, Vice President of BYD and General Manager of BYD Energy Storage": the first post's
                        # organisation too
                        for im in _OF_ORG_AND_TITLE.finditer(text, m.end("name"), m.end()):
                            o1 = by_start.get(im.end("of"))
                            if o1 is not None and o1.end == im.start("and") and o1.entity_id != om.entity_id and \
                                    not records[o1.entity_id].isa.isdisjoint(_TITLE_ORG):
                                links.append((pid, "EXECUTIVE_OF", o1.entity_id, m.start()))
        if anchors.followed_by("'s", " ") or anchors.followed_by("’s", " ") or anchors.followed_by("its", " ", " "):
            # "Yu Chengdong, the company's chairman": the company named last before him.
            orgs = [m for m in mentions if "Company" in records[m.entity_id].isa]
            assocs = [m for m in mentions if "IndustryAssociation" in records[m.entity_id].isa or
                      "Alliance" in records[m.entity_id].isa]
            for pm in _finditer_at(_TITLE_OF_REF, text, _starts_after_names(text, commas, _COMMA_REF_HINT)):
                # ("Cui Dongshu, its secretary-general": an association when it is the one named last)
                last = max((m for m in orgs + assocs if m.end <= pm.start()), key=lambda m: m.end, default=None)
                pool = assocs if pm.group("assoc") or (last is not None and last in assocs and
                                                        text.startswith("its", pm.end("name") + 2)) else orgs
                prior = [m for m in pool if m.end <= pm.start() and pm.start() - m.end < 400 and
                         not _part_modifier(text, m.start, m.end)]
                if prior:
                    pid = person(pm.group("name"), pm.start("name"))
                    if pid is not None:
                        links.append((pid, "EXECUTIVE_OF", prior[-1].entity_id, pm.start()))
        if "Minister of " in text:
            for om in org_mentions:
                # "Minister of Industry and Information Technology Jin Zhuanglong": the minister of that ministry
                if text.endswith("Minister of ", 0, om.start) and (pm := _NAME_AFTER_TITLE.match(text, om.end)) and \
                        _NAME_FULL(pm.group(1)) and not _has_company_word(pm.group(1)):
                    pid = person(pm.group(1), pm.start(1))
                    if pid is not None:
                        links.append((pid, "EXECUTIVE_OF", om.entity_id, pm.start(1)))
        if "Minister " in text:
            for m in _MINISTER_OF.finditer(text):
                if m.group("dept") and " " in m.group("dept"):
                    # "Minister of Industry and Trade Ryad Mezzour": the department's words run into the name; the
                    # split is where a ministry the article names ends, or else before the last two words when a
                    # department word ends what comes before them ("... Transport and Logistics Alemu Sime said")
                    words = list(_ALPHA_RUN.finditer(m.group("dept")))
                    for j in range(len(words) - 2, 0, -1):
                        dept = m.group("dept")[:words[j - 1].end()]
                        if words[j - 1].group() in ("and", "of"):
                            continue
                        tail = f"ministry of {dept}".lower()
                        mid = next((om.entity_id for om in org_mentions if "Regulator" in records[om.entity_id].isa and
                                    records[om.entity_id].name.lower().endswith(tail)), None)
                        name = m.group("dept")[words[j].start():]
                        if (mid is not None or j == len(words) - 2 and _MINISTRY_WORD.search(dept)) and \
                                _NAME_FULL(name) and not _has_company_word(name) and \
                                _SAID_OR_COMMA.match(text, m.start("dept") + len(m.group("dept"))):
                            pid = person(name, m.start("dept") + words[j].start())
                            if pid is not None and mid is not None:
                                links.append((pid, "EXECUTIVE_OF", mid, m.start("dept") + words[j].start()))
                            break
                    continue
                # "Industry and Trade Minister Anton Alikhanov": the minister of the ministry of that name the article
                # names ("Russia's Ministry of Industry and Trade")
                dept = m.group("dept2")
                if dept is None or not (pm := _NAME_AFTER_TITLE.match(text, m.end())) or not _NAME_FULL(pm.group(1)) or \
                        _has_company_word(pm.group(1)):
                    continue
                if m.group("nat") and m.group("nat") not in _NATIONALITY:
                    dept = f"{m.group('nat')} {dept}"  # ("Economic Affairs Minister")
                tail = f"ministry of {dept}".lower()
                mid = next((om.entity_id for om in org_mentions if "Regulator" in records[om.entity_id].isa and
                            records[om.entity_id].name.lower().endswith(tail)), None)
                if mid is not None and (pid := person(pm.group(1), pm.start(1))) is not None:
                    links.append((pid, "EXECUTIVE_OF", mid, pm.start(1)))
        if "Secretary " in text:
            for m in _SECRETARY.finditer(text):
                # "Commerce Secretary Gina Raimondo", "Secretary of Transportation Pete Buttigieg": the secretary of the
                # department of that name the article names ("the US Department of Commerce")
                dept = " ".join((m.group("dept") or m.group("dept1")).lower().split())  # ("Homeland\nSecurity")
                tails = (f"department of {dept}", f"department of the {dept}", f"{dept} department")
                mid = next((om.entity_id for om in org_mentions if "Regulator" in records[om.entity_id].isa and
                            records[om.entity_id].name.lower().endswith(tails)), None)
                if mid is not None and _NAME_FULL(m.group("name")) and not _has_company_word(m.group("name")) and \
                        (pid := person(m.group("name"), m.start("name"))) is not None:
                    links.append((pid, "EXECUTIVE_OF", mid, m.start("name")))
        for om in org_mentions:  # (the mentions and their records are as above: names found here are added last)
            if text[om.end:om.end + 1] in ("'", "’") and (pm := _POSS_SPEAKER.match(text, om.end)) is not None and \
                    not _has_company_word(pm.group("name")):
                # "Morgan Stanley's Tim Hsiao kept an overweight rating": the firm's own person, speaking
                pid = person(pm.group("name"), pm.start("name"))
                if pid is not None:
                    links.append((pid, "EXECUTIVE_OF", om.entity_id, pm.start("name")))
                continue
            if text[om.end:om.end + 1] in ("'", "’"):
                if not _POSS_TITLE.match(text, om.end):
                    continue
            elif not (text.endswith((", the ", ", a ", ", an "), 0, om.start) and _ATTR_TITLE.match(text, om.end)):
                # ("Ralf Brandstaetter, the Volkswagen board member responsible for China", "He Long, a BYD senior vice
                # president")
                continue
            nm = _NAME_BEFORE_ORG.search(text, max(0, om.start - 60), om.start)
            if nm is None:
                continue
            pid = person(nm.group("name"), nm.start("name"))
            if pid is not None:
                links.append((pid, "EXECUTIVE_OF", om.entity_id, nm.start()))
        title_first = [q for w in _TITLE_FIRST_WORDS for q in anchors.offsets(w)] if sentences else []
        if title_first and any(_TITLE_FIRST_HINT.match(text, q) for q in title_first):
            # "Founder William Li said ...": the one company of this sentence (before him) or of the sentence before.
            sstarts = [a for a, _ in sentences]
            comp = [m for m in mentions if "Company" in records[m.entity_id].isa]
            for tm in _finditer_at(_TITLE_FIRST, text, sorted(title_first)):
                k = bisect.bisect_right(sstarts, tm.start()) - 1
                if k < 0:
                    continue
                ss = sentences[k][0]
                # (not the agent of a passive: "GBT, which is backed by GAC Group. Chief executive Zhou Haoran said")
                ids = {m.entity_id for m in comp if ss <= m.start and m.end <= tm.start() and
                       not text.endswith("by ", ss, m.start)}
                if not ids and k > 0:
                    ps, pe = sentences[k - 1]
                    if _PRONOUN_OPENS.match(text, ps):
                        continue  # "Its sensors were fitted on the Xpeng G9, and Zeekr has since become a buyer."
                    ids = {m.entity_id for m in comp if ps <= m.start and m.end <= pe and
                           not text.endswith("by ", ps, m.start)}
                if len(ids) != 1:
                    continue
                if tm.group("title") == "President" and tm.start("title") == tm.start() and \
                        self._head_of_state(text, tm.start(), tm.group("name"), sentences[max(0, k - 1)][0],
                                            sentences[k][1], mentions, records):
                    continue
                se = sentences[k][1]
                if any(m.entity_id not in ids and tm.end() <= m.start < se and not said_on(text, m.start, m.end)
                       for m in comp):
                    continue  # another company named later in the sentence may be the one meant
                pid = person(tm.group("name"), tm.start("name"))
                if pid is not None:
                    links.append((pid, "EXECUTIVE_OF", self._known_employer(pid, next(iter(ids)), records), tm.start()))
        def credit(name: str, s: int) -> None:
            """Claim a byline's or a credit line's name: no entity, and nothing else may read it as one."""
            if taken.find(1, s, s + len(name)) < 0:
                taken[s:s + len(name)] = b"\x01" * len(name)

        if "By " in text or "Editor" in text or "eporter" in text or "BY " in text:
            # bylines and editor lines: "By Finbarr Bermingham in Brussels and Ji Siqi in Beijing", "(Editor: Wang Chen)"
            # (the people who wrote or edited the article belong to its source, not to the industry it reports on:
            # their names are claimed so that no other pattern reads them as people or companies)
            for bm in _byline_matches(text):
                for g in ("n1", "n2"):
                    name = bm.group(g)
                    if name and not _BYLINE_NOT_NAME.search(name) and _NAME_FULL(name):
                        credit(name, bm.start(g))
        if "ing by " in text or "ten by " in text or "uthor" in text or "ditor:" in text or "ditor：" in text or \
                "ditor in charge" in text or "| By " in text or "| by " in text:
            # a wire story's credits: "(Reporting by Zhang Min in Beijing and Daniel Ho in Shanghai; Editing by Mark
            # Potter)", "Written by Hannah Qiu.", "Author: Wendy Huang", "Responsible editor:Zhang Qian"
            for cm in _CREDIT.finditer(text):
                pos = cm.end()
                while (nm := _NAME_AT.match(text, pos)) is not None:
                    name = nm.group(0)
                    if _BYLINE_NOT_NAME.search(name) or _NAME_AFTER_CREDIT.match(text, nm.end()):
                        break
                    credit(name, nm.start())
                    pos = nm.end()
                    if (im := _CREDIT_PLACE.match(text, pos)) is not None:
                        pos = im.end()
                    if (jm := _CREDIT_JOINT.match(text, pos)) is None:
                        break
                    pos = jm.end()
        if "|" in text or "·" in text or "–" in text or "—" in text or ", by " in text or "middot" in text:
            for dm in _DATED_BYLINE.finditer(text):
                g = "n1" if dm.group("n1") else "n2"
                name = dm.group(g)
                if not _BYLINE_NOT_NAME.search(name) and not _NAME_AFTER_CREDIT.match(text, dm.end(g)):
                    credit(name, dm.start(g))
        if "analyst" in text or "research" in text or "economist" in text or "strategist" in text or "professor" in text:
            # people titled with no organisation named: "said Gao Shen, an analyst at a Shanghai-based brokerage",
            # "a team led by researcher Hu Yongsheng" (the person, not a post)
            for um in chain(_UNNAMED_FIRM_TITLE.finditer(text), _LOWER_TITLE_NAME.finditer(text)):
                name = um.group("name")
                if _NAME_FULL(name) and not _has_company_word(name):
                    person(name, um.start("name"))
        for om in org_mentions:
            # "suspended Zhang Xuezheng, Wingtech's founder, as chief executive of Nexperia", "removed Zhang Xuezheng as
            # Nexperia's CEO", "Lei Jun remains chairman and CEO of Xiaomi"
            if text.endswith((" of ", " at "), 0, om.start):
                am = _AS_TITLE_OF.search(text, max(0, om.start - 200), om.start)
            elif text.startswith(("'s ", "’s "), om.end) and text.endswith(" as ", 0, om.start) and \
                    _TITLE_AFTER_POSS.match(text, om.end + 3):
                am = _AS_BEFORE_POSS.search(text, max(0, om.start - 120), om.start)
            else:
                continue
            if am is not None and _NAME_FULL(am.group("name")) and not _has_company_word(am.group("name")) and \
                    (pid := person(am.group("name"), am.start("name"))) is not None:
                links.append((pid, "EXECUTIVE_OF", om.entity_id, am.start("name")))
        if "President" in text or "Minister" in text or "Premier" in text or "Chancellor" in text:
            # "in the presence of President Recep Tayyip Erdogan", "Spanish Industry Minister Jordi Hereu": office
            # holders (no organisation: heads of state and ministers hold no title at a company)
            for om in _OFFICIAL.finditer(text):
                name = om.group("name")
                if _NAME_FULL(name):
                    person(name, om.start("name"))
        if found:  # later references by full name or surname ("Milliken forecasts")
            new_mentions.extend(_later_references(text, found, taken))
        if new_mentions:
            mentions.extend(new_mentions)
            mentions.sort(key=lambda x: x.start)
        return pending

    # -- coreference ---------------------------------------------------------------------------

    def _refs(self, text, sentences, mentions, records) -> list[EMention]:
        refs: list[EMention] = []
        if not mentions:
            return refs
        mstarts = [m.start for m in mentions]
        mends = [m.end for m in mentions]  # (ascending too: mentions do not overlap)
        sstarts = [s for s, _ in sentences]
        focus = None

        def fits(eid: str, want: str) -> bool:
            isa = records[eid].isa
            if want == "Regulator":
                return "Regulator" in isa
            if want == "Alliance":
                return "Alliance" in isa
            if want == "Fund":
                return "Fund" in isa
            if want == "Brand":
                return "Brand" in isa
            if want == "Venture":  # "the venture": a company the text introduces as a (joint) venture
                return eid in ventures
            if want == "Exchange":  # "the exchange", "the bourse"
                return "Exchange" in isa
            if want == "Battery":  # "the Hefei-based battery maker"
                return "BatteryMaker" in isa
            if want == "Auto":  # "the Shenzhen-based automaker"
                return "Automaker" in isa
            if want == "Chip":  # "the chipmaker"
                return "SemiconductorMaker" in isa
            if want == "Lidar":  # "the lidar maker"
                return "Supplier" in isa or "TechCompany" in isa
            if want == "Supplier":
                return "Supplier" in isa or "BatteryMaker" in isa or "TechCompany" in isa
            return "Company" in isa or ("Organization" in isa and "Regulator" not in isa and "Exchange" not in isa and
                                        not records[eid].name.endswith(_NOT_A_COMPANY_TAILS)) \
                or ("Alliance" in isa and want in ("Org", "Pron")) or ("Fund" in isa and want == "Pron")

        # A release's defined term: 'ZEEKR Intelligent Technology Holding Limited ("ZEEKR" or the "Company")' makes every
        # later capitalised "the Company" that issuer, whatever company was named last.
        defined: tuple[int, str] | None = None
        term = "the company"
        if 'Company"' in text or "Company”" in text or 'Group"' in text or "Group”" in text:
            dm = _DEFINED_COMPANY.search(text)
            if dm is not None:
                term = "the " + dm.group("term").lower()
                k0 = bisect.bisect_right(mends, dm.start() + 1) - 1
                if k0 >= 0 and _DEFINED_GAP.fullmatch(text, mentions[k0].end, dm.start()) and \
                        fits(mentions[k0].entity_id, "Org"):
                    defined = (dm.end(), mentions[k0].entity_id)
                elif k0 >= 0 and mentions[k0].start > dm.start() and fits(mentions[k0].entity_id, "Org") and \
                        k0 > 0 and _DEFINED_GAP.fullmatch(text, mentions[k0 - 1].end, dm.start()):
                    defined = (dm.end(), mentions[k0].entity_id)  # (the short name inside the definition)
        ventures = {m.entity_id for m in mentions if _VENTURE_AFTER.match(text, m.end) or
                    _VENTURE_BEFORE.search(text, max(0, m.start - 60), m.start)} \
            if "venture" in text or "JV" in text else set()
        for m in _REF.finditer(text):
            if (m.group("gen") or m.group("field")) and text.endswith(", ", 0, m.start()):
                continue
            word = m.group(0).lower()
            if defined is not None and m.start() >= defined[0] and (word.startswith(term) and text.startswith(
                    term[4:].capitalize(), m.start() + 4) or word in ("its", "their") and
                    _FRONTED_BEFORE_COMPANY.match(text, m.end())):
                # ("Through its ZEEKR brand, the Company offers ...": a fronted phrase's "its" is the main clause's)
                refs.append(_mention(m.start(), m.end(), defined[1], m.group(0), True))
                continue
            kind_word = ("Battery" if "battery" in word else "Auto" if ("automaker" in word or "car" in word or "ev maker" in word)
                         else None) if m.group("mod") else ("Battery" if "battery" in word else None)
            if "chip" in word or "lidar" in word:
                kind_word = "Chip" if "chip" in word else "Lidar"
            elif kind_word is None and word.endswith(("supplier", "supplier's", "supplier’s")):
                kind_word = "Supplier"  # "the Chinese supplier": a maker of parts, cells or materials, not a carmaker
            want = kind_word or "Regulator" if ("regulator" in word or "ministry" in word) else kind_word or (
                "Alliance" if "alliance" in word else ("Pron" if word in ("it", "its", "their") else (
                    "Brand" if "brand" in word else "Exchange" if "exchange" in word or "bourse" in word else
                    "Venture" if "venture" in word or word.startswith("the jv") else "Org")))
            k = bisect.bisect_right(sstarts, m.start()) - 1
            if k < 0:
                continue
            ss, se = sentences[k]
            target = None
            # Same sentence, nearest before.
            i = bisect.bisect_right(mstarts, m.start()) - 1
            poss = word in ("its", "their")
            ca = text.rfind(", and ", ss, m.start()) if word in ("it", "its") else -1
            if ca >= 0 and (word == "it" or bisect.bisect_left(mstarts, ca) == i + 1):
                # "It runs plants with A and with B, and in 2023 it agreed ...": a subject "it" in a coordinated
                # clause is the subject of the sentence's first clause (its opening reference or name); so is an
                # "its" with no name between the "and" and it ("CMOC overtook Glencore ..., and its net profit").
                lead = ss
                while lead < m.start() and text[lead] in " \t\n*-#\"“":
                    lead += 1
                if (tm := _TIME_OPENER.match(text, lead, m.start())) is not None:
                    lead = tm.end()  # "In 2023 it was ..., and it also held": past a time phrase
                if refs and refs[-1].start == lead:
                    target = refs[-1].entity_id
                else:
                    i0 = bisect.bisect_left(mstarts, lead)
                    if i0 < len(mentions) and mentions[i0].start == lead and fits(mentions[i0].entity_id, want):
                        if i0 + 1 < len(mentions) and _list_joint(text, mentions[i0].end, mentions[i0 + 1].start):
                            # "Tesla's factory, Li Auto and Xiaomi take cells from the company, and its packs ...":
                            # a list opens the sentence, so "its" is the company referred to since
                            if refs and refs[-1].start > lead and fits(refs[-1].entity_id, want):
                                target = refs[-1].entity_id
                        else:
                            target = mentions[i0].entity_id
                if target is not None:
                    i = -1
            elif word.startswith("the ") and refs and refs[-1].start >= ss and \
                    _bare_ref(refs[-1].text.lower()) == _bare_ref(word):
                # "the company is the core supplier for Cyrus's models; at the same time the company supplies Ideal
                # Auto": a description repeated within its sentence refers to what it did the first time
                target = refs[-1].entity_id
                i = -1
            j = i
            through = poss and THROUGH_BEFORE.search(text, max(ss, m.start() - 12), m.start()) is not None
            if through and (pa := PASSIVE_AGENT.search(text, ss, m.start())) is not None:
                # "Autohome is controlled by Ping An through its unit Yun Chen": the passive's agent
                j = bisect.bisect_left(mstarts, pa.end())
                if j <= i and fits(mentions[j].entity_id, want):
                    target = mentions[j].entity_id
                    j = -1
                else:
                    j = i
            elif poss and (sw := _SUPPLIED_WITH.search(text, ss, m.start())) is not None and \
                    (sj := bisect.bisect_left(mstarts, sw.start()) - 1) >= 0 and mentions[sj].start >= ss and \
                    fits(mentions[sj].entity_id, want):
                target = mentions[sj].entity_id  # the supplier's
                j = -1
            elif poss and (through or _WITH_BEFORE.search(text, max(ss, m.start() - 90), m.start())):
                # "X supplies Y with its system", "Putailai sells separators to CATL through its subsidiary Jiangxi
                # Andi": the owner is the clause subject.
                j = bisect.bisect_left(mstarts, ss)
                while j <= i:
                    if fits(mentions[j].entity_id, want):
                        target = mentions[j].entity_id
                        break
                    j += 1
                j = -1
            elif m.group(0) == "company":
                # machine translation's lower-case "company" after a comma is the subject of its sentence's last
                # clause ("X buys modules from Y, company self-produced cabinets also supply to Z"), else the company
                # the report is about
                j = i
                while j >= 0 and mentions[j].start >= ss:
                    if fits(mentions[j].entity_id, want) and \
                            not (mentions[j].start and text[mentions[j].start - 1] in "(（") and \
                            not _PREP_OBJECT_BEFORE.search(text, max(ss, mentions[j].start - 12), mentions[j].start) and \
                            not _SOURCE_BEFORE.search(text, max(ss, mentions[j].start - 40), mentions[j].start):
                        # (a Chinese name in brackets goes with the name before it; the source of the figures is
                        # not their subject: "According to prospectus quoting Frost & Sullivan data,... company")
                        target = mentions[j].entity_id
                        break
                    j -= 1
                if target is None:
                    if focus is None:
                        focus = self._focus(mentions, records)
                    if focus[0] is None or not fits(focus[0], want):
                        continue  # (no company the report is about: not the name an earlier sentence ends on)
                    target = focus[0]  # (the company the report is about)
                j = -1
            owner_word = poss or word.endswith(("'s", "’s"))
            # "Besides Tesla, it counts GM among its customers": the names of a fronted phrase are not what it refers to
            aside = FRONTED_ASIDE.match(text, ss, m.start()) if j >= 0 else None
            while j >= 0 and mentions[j].start >= ss:
                if aside is not None and mentions[j].end < aside.end() and \
                        not _NAME_MODIFIES.match(text, mentions[j].end):
                    j -= 1  # (but in "Like all BYD electric cars, both use the company's battery" BYD is the one meant)
                    continue
                if poss and _part_modifier(text, mentions[j].start, mentions[j].end):
                    j -= 1  # "based on the Qualcomm chip, said Peter Cirino, its COO": a maker named as a modifier
                    continue
                if word == "its" and j == i and _AMONG_ITS.fullmatch(text, mentions[j].end, m.start()):
                    j0 = j
                    while j0 > 0 and mentions[j0 - 1].start >= ss and \
                            _list_joint(text, mentions[j0 - 1].end, mentions[j0].start):
                        j0 -= 1  # (the whole list counted: "with Tencent and Alibaba among its other investors")
                    if _COUNTED_BEFORE.search(text, max(ss, mentions[j0].start - 30), mentions[j0].start):
                        j = j0 - 1
                        continue
                if owner_word and j == i and _APPOSED_TO.fullmatch(text, mentions[j].end, m.start()) and \
                        not (poss and _TOPIC_CLAUSE.match(text, m.end())):
                    j -= 1  # "NIO Power, the company's swapping unit": the unit is not its own owner
                    while j >= 0 and mentions[j].start >= ss and _list_joint(text, mentions[j].end, mentions[j + 1].start):
                        j -= 1  # (nor any name of its list: "Foton and Yutong, its two anchor customers")
                    continue
                if not poss and j == i and word.startswith("the ") and (
                        (clause_obj := _CLAUSE_OBJECT_REF.fullmatch(text, mentions[j].end, m.start())) or
                        # ("LG Energy Solution counts the Chinese producer among its vendors": not itself)
                        _COUNTS_OBJECT.fullmatch(text, mentions[j].end, m.start()) or
                        # ("Xiaomi picked the company as a chassis supplier": the one picked is not the picker)
                        _PICKED_OBJECT.fullmatch(text, mentions[j].end, m.start()) or
                        _STAKE_IN_BEFORE.search(text, max(ss, m.start() - 70), m.start()) or
                        # (but "Volvo distributed its shares in Polestar and now holds 18% of the car maker": Polestar)
                        _HOLDS_PCT_BEFORE.search(text, max(ss, m.start() - 40), m.start()) and
                        len({x.entity_id for x in mentions[bisect.bisect_left(mstarts, ss):j + 1]}) == 1):
                    # ("Stellantis paid 1.5 billion euros for a stake in the Chinese company": not Stellantis)
                    skipped = mentions[j].entity_id
                    j -= 1  # "Uber, which put US$100 million into the company", "NIO Power, a subsidiary of the Company"
                    while j >= 0 and mentions[j].start >= ss and mentions[j].entity_id == skipped:
                        j -= 1  # (nor its other name just before: "Tengxun (腾讯) ... holds 9.6% of the company")
                    while clause_obj and j >= 0 and mentions[j].start >= ss and \
                            _AND_LIST_SEP.fullmatch(text, mentions[j].end, mentions[j + 1].start):
                        j -= 1  # (and the rest of its list: "Xpeng and Leapmotor, which both source cells from the company")
                    continue
                if word == "it" and j == i and _PICKED_OBJECT.fullmatch(text, mentions[j].end, m.start()):
                    # ("Last month BYD picked it as the main lidar supplier": the one picked is not the picker)
                    j0 = bisect.bisect_left(mstarts, ss)
                    if j0 < j and _SAID_WORD.search(text, mentions[j0].end, mentions[j].start) and \
                            fits(mentions[j0].entity_id, want):
                        target = mentions[j0].entity_id  # ("Fenghua said BYD had picked it": the speaker)
                        break
                    j -= 1
                    continue
                if word == "it" and j == i and _IN_WHICH_IT.search(text, mentions[j].end, m.start()):
                    j -= 1  # "BYD finances cars through BYD Auto Finance, a lender in which it holds 80%": not the lender
                    continue
                if poss and j > 0 and mentions[j - 1].start >= ss and \
                        _APPOS_POSSESSOR_AFTER.fullmatch(text, mentions[j].end, m.start()) and \
                        _APPOS_POSSESSOR_BEFORE.fullmatch(text, mentions[j - 1].end, mentions[j].start):
                    j -= 1  # "CATL, the largest battery maker and BYD's main rival, unveiled its": the apposition's head
                    continue
                if poss and j > 0 and _in_closed_clause(text, ss, mentions, j, m.start(), refs) and \
                        not _PARENT_AFTER.match(text, m.end()):
                    # "Avatr, whose shareholders include CATL, fits the system to its Avatr 11": not CATL's (but in
                    # "BYD Semiconductor, the chip arm of BYD, supplies its parent" the parent is the one described)
                    j -= 1
                    continue
                if not poss and _ATTRIBUTIVE_NAME.match(text, mentions[j].end):
                    j -= 1  # "cells have gone into Volkswagen vehicles, and the company also ...": a name used as a modifier
                    continue
                if text[mentions[j].start - 1:mentions[j].start] == " " and said_on(text, mentions[j].start, mentions[j].end):
                    j -= 1  # "Li Xiang said on Weibo that the company would ...": where it was said is not who
                    continue
                if (word == "its" or word.startswith("the company")) and j > 0 and mentions[j - 1].start >= ss and \
                        _AND_LIST_SEP.fullmatch(text, mentions[j - 1].end, mentions[j].start) and not (
                        # ("cells from HiNa Battery, and CATL has said its cells ...": a comma before a lone "and"
                        # joins clauses; a list of two has no comma)
                        text[mentions[j - 1].end:mentions[j].start].lstrip().startswith(",") and
                        (j < 2 or mentions[j - 2].start < ss or
                         not _list_joint(text, mentions[j - 2].end, mentions[j - 1].start))):
                    # "Li Auto, BYD and Chery are among its customers": no member of a list owns a singular "its"
                    while j > 0 and mentions[j - 1].start >= ss and _list_joint(text, mentions[j - 1].end, mentions[j].start):
                        j -= 1
                    j -= 1
                    continue
                if poss and _COPULA_POSS.fullmatch(text, mentions[j].end, m.start()) and \
                        _CONTRAST_BEFORE.search(text, max(ss, mentions[j].start - 14), mentions[j].start):
                    # "Sanhua competes with Dunan ..., while Tuopu Group is its main rival": the main clause's subject
                    lead = ss
                    while lead < m.start() and text[lead] in " \t\n*-#\"“":
                        lead += 1
                    j0 = bisect.bisect_left(mstarts, lead)
                    if j0 < j and mentions[j0].start == lead and fits(mentions[j0].entity_id, want):
                        target = mentions[j0].entity_id
                    break
                if poss and fits(mentions[j].entity_id, want) and _RELATIVE_SUBJECT_POSS.fullmatch(
                        text, mentions[j].end, m.start()):
                    # "built by Xiamen Dalle, which also sells under its own HDK brand": the relative's antecedent,
                    # agent or not, owns the "its" of its clause
                    target = mentions[j].entity_id
                    break
                if fits(mentions[j].entity_id, want) and not (
                        poss and _AGENT_BEFORE.search(text, max(ss, mentions[j].start - 40,
                                                                 text.rfind(",", ss, mentions[j].start) + 1),
                                                      mentions[j].start)) and not (
                        # "IM Motors fitted QingTao's battery to its L6": the owner of the object owns no later "its"
                        poss and text.startswith(("'s ", "’s "), mentions[j].end) and
                        _FITTED_POSS.search(text, max(ss, mentions[j].start - 30), mentions[j].start)) and not (
                        # "Li Auto has stuck with Hesai as its only lidar source": the one kept as "its" N is not "its"
                        # (nor in "Chery named Hesai as the lidar supplier for its Exeed models")
                        poss and (text[mentions[j].end:m.start()] in (" as ", ", as ") or
                                  _AS_ROLE_FOR.fullmatch(text, mentions[j].end, m.start()))) and not (
                        # "Li Auto has been its single biggest client": the subject is not its own client
                        poss and _COPULA_POSS.fullmatch(text, mentions[j].end, m.start())) and not (
                        # "CATL takes the largest share of its output": nor the buyer of its own output
                        poss and _TAKES_SHARE_POSS.fullmatch(text, mentions[j].end, m.start()) and
                        not _FROM_AFTER.match(text, m.end())):
                    # ("buys cells from CATL for its cars": a source or agent does not own "its"; but in "cells from
                    # CATL, while Xiaomi builds the packs at its plant" the "from" is another clause's)
                    target = mentions[j].entity_id
                    break
                j -= 1
            if target is None and not text[ss:m.start()].strip(" \t\n*#\"“-") and \
                    bisect.bisect_left(mstarts, ss) == bisect.bisect_left(mstarts, m.start()):
                # "The company will buy lithium from Ganfeng, CATL said": a sentence the company it opens with reports
                j = bisect.bisect_left(mstarts, m.end())
                while j < len(mentions) and mentions[j].start < se:
                    mj = mentions[j]
                    if _SPEAKER_VERB.match(text, mj.end) and _SPEAKER_COMMA.search(text, max(ss, mj.start - 4), mj.start):
                        if fits(mj.entity_id, want) and not records[mj.entity_id].isa.isdisjoint(MAKER_KINDS):
                            target = mj.entity_id  # (a maker: not an analyst's bank, "..., Citi said")
                        break
                    j += 1
            if target is None:
                comma = text.find(",", m.start(), se)
                k2 = bisect.bisect_right(mends, comma) - 1
                if comma > 0 and k2 >= 0 and mends[k2] >= comma - 3 and text[mends[k2]:comma].strip("*)） ") == "":
                    comma = -1  # a comma inside a list of names ("Its customers include Tesla, BMW and ...")
                if comma > 0 and text[ss:m.start()].count(",") == 0 and text[ss:m.start()].strip(" \t\n*#\"“-") and \
                        bisect.bisect_left(mstarts, ss) == bisect.bisect_left(mstarts, m.start()):
                    # (and no name before it: "Tesla remains its largest account, and it ... Xiaomi" is no fronted
                    # phrase)
                    # (not a reference that opens the sentence: "The company supplies most automakers, including
                    # Tesla" refers back)
                    # "Driven by ... of its AITO series, SERES' share price": the main clause names it.
                    j = bisect.bisect_left(mstarts, comma)
                    while j < len(mentions) and mentions[j].start < min(se, comma + 40):
                        if _RELATIVE_WORD.search(text, comma, mentions[j].start):
                            break  # "the company's plant in Debrecen, Hungary, which will supply BMW": not the main clause
                        if fits(mentions[j].entity_id, want):
                            target = mentions[j].entity_id
                            break
                        j += 1
            if target is None:
                # Subject of the closest earlier sentence that names one: not a name in a list of examples
                # ("customers include A, B and C") nor in an opening prepositional phrase ("Unlike A, B ...").
                for kk in range(k - 1, max(-1, k - 4), -1):
                    ps, pe = sentences[kk]
                    if want in ("Org", "Pron") and _PLURAL_OPENER.match(text, ps, pe):
                        # "Both use Huawei's driving system. The company plans ...": a plural subject, whose sentence
                        # holds no company "the company" can be (but "The two set up X. The venture ..." is X)
                        continue
                    j = bisect.bisect_left(mstarts, ps)
                    pos = pe
                    fr = FRONTED.match(text, ps)
                    skip_to = fr.end() if fr is not None else ps
                    listed_end = -1
                    while j < len(mentions) and mentions[j].start < pe:
                        mj = mentions[j]
                        if fits(mj.entity_id, want):
                            if mj.start < skip_to:
                                j += 1
                                continue
                            if listed_end >= 0 and _LIST_SEP.match(text[listed_end:mj.start]) or \
                                    _LIST_INTRO.search(text, max(ps, mj.start - 30), mj.start):
                                listed_end = mj.end
                                j += 1
                                continue
                            if _in_apposition(text, ps, pe, mj.start, mj.end):
                                j += 1  # "Yu Kai, a former head of Baidu's institute, started Horizon"
                                continue
                            if _SOURCE_BEFORE.search(text, max(ps, mj.start - 40), mj.start):
                                j += 1  # "Data compiled by the battery alliance show that CATL ...": the source
                                while j < len(mentions) and mentions[j].entity_id == mj.entity_id and \
                                        not text[mj.end:mentions[j].start].strip(" (（"):
                                    j += 1  # (and its Chinese name in brackets: "quoting Frost & Sullivan (弗若斯特沙利文)")
                                continue
                            if _COMPARED_BEFORE.search(text, max(ps, mj.start - 60), mj.start) or (
                                    records[mj.entity_id].kind == "FinancialInstitution" and _ANALYST_AFTER.match(text, mj.end)):
                                j += 1  # "surpassing the revenue reported by Tesla", "Goldman Sachs analysts said"
                                continue
                            if records[mj.entity_id].kind == "FinancialInstitution" and word.startswith("the company"):
                                if focus is None:
                                    focus = self._focus(mentions, records)
                                if focus[0] is not None and focus[0] != mj.entity_id and \
                                        records[focus[0]].kind != "FinancialInstitution":
                                    # "Berkshire Hathaway has been paring its stake. The company sold 3.02 million
                                    # cars": an investor named in passing is not the company the article is about
                                    j += 1
                                    continue
                            if word not in ("their", "they", "them") and j + 1 < len(mentions) and \
                                    mentions[j + 1].start < pe and (
                                    _AND_LIST_SEP.fullmatch(text, mj.end, mentions[j + 1].start) or
                                    # ("cars built by Tesla, BYD and Volkswagen": a list whose "and" comes later)
                                    _and_list_from(text, mentions, j, pe)):
                                # "Mercedes-Benz and BMW are among the clients ...": a plural subject is no "the company"
                                j += 2
                                while j < len(mentions) and mentions[j].start < pe and \
                                        _list_joint(text, mentions[j - 1].end, mentions[j].start):
                                    j += 1
                                continue
                            target, pos = mj.entity_id, mj.start
                            break
                        j += 1
                    if target is None and skip_to > ps:
                        # (only the opening phrase names one: that is the subject after all)
                        j = bisect.bisect_left(mstarts, ps)
                        while j < len(mentions) and mentions[j].start < skip_to:
                            if fits(mentions[j].entity_id, want) and not _SOURCE_BEFORE.search(
                                    text, max(ps, mentions[j].start - 40), mentions[j].start):
                                target, pos = mentions[j].entity_id, mentions[j].start
                                break
                            j += 1
                    # A pronoun that opens that sentence carries its subject on ("Its fortunes turned ... its price").
                    for r in refs[::-1]:
                        if r.start < ps:
                            break
                        if r.start < pos and r.start < pe and fits(r.entity_id, want) and (
                                not text[ps:r.start].strip(" \t\n*#\"“-") or
                                records[r.entity_id].kind != "FinancialInstitution"):
                            # (not the analysts' "their" inside it: "Goldman Sachs analysts cut their target")
                            target, pos = r.entity_id, r.start
                    if target is not None:
                        break
            if target is None and want in ("Org", "Pron"):
                # The company the article is about, when one clearly dominates ("the company's gateway").
                if focus is None:
                    focus = self._focus(mentions, records)
                if focus[0] is not None and focus[1] < m.start():
                    target = focus[0]
            mod = m.group("mod")
            city = mod.strip().removesuffix("-based").removesuffix("-headquartered") if mod and mod[0].isupper() else None
            if city not in _HQ_CITY_SET and city not in _PROVINCE_SET:
                city = None
            nation = _NATIONALITY.get(" ".join(mod.split())) if mod and city is None else None
            nations = {nation} if nation is not None else _REGIONAL.get(mod.strip()) if mod and city is None else None
            if nations is not None and (target is None or self.kb.countries.get(target) not in nations or nation is None):
                # (a region names no one country: "the European carmaker" is the nearest company placed there)
                # "supplies cells to the German carmaker", "The US carmaker, whose deliveries ...": the nearest company
                # before it that the reference places in that country
                target = None
                j = bisect.bisect_right(mstarts, m.start()) - 1
                while j >= 0:
                    if fits(mentions[j].entity_id, want) and self.kb.countries.get(mentions[j].entity_id) in nations:
                        target = mentions[j].entity_id
                        break
                    j -= 1
            if city and (target is None or city not in self._home_city(target)):
                # "the Hangzhou company", "the Ningde-based battery maker", "the Shandong company": the nearest company
                # before it whose reference entry places it in that city or province
                j = bisect.bisect_right(mstarts, m.start()) - 1
                while j >= 0:
                    if fits(mentions[j].entity_id, want) and city in self._home_city(mentions[j].entity_id):
                        target = mentions[j].entity_id
                        break
                    j -= 1
            if poss and target is not None:
                # "Earlier adopters include JAC. Its Yiwei hatchback ...": a brand or unit right after "its" belongs to
                # its parent, when the article has named that parent before
                i2 = bisect.bisect_left(mstarts, m.end() + 1)
                if i2 < len(mentions) and mentions[i2].start == m.end() + 1:
                    parent = self.kb.parents.get(mentions[i2].entity_id)
                    if parent is not None and parent != target and parent in records and \
                            any(x.entity_id == parent for x in mentions[:bisect.bisect_left(mstarts, m.start())]):
                        target = parent
            if target is not None:
                refs.append(_mention(m.start(), m.end(), target, m.group(0), True))
        return refs

    @staticmethod
    def _head_of_state(text: str, at: int, name: str, start: int, end: int, mentions, records) -> bool:
        """Whether a bare "President" at ``at`` before ``name`` may be a head of state's title rather than a company's:
        unless the name is Chinese ("President Ding Yong said": not "President Donald Trump said"), a word before it
        ("US President", "Mexican President") or a country or public body named between ``start`` and ``end`` (the
        passage: "..., President Luis Arce said at a signing ceremony in La Paz")."""
        if name.split(None, 1)[0].lower() not in _CN_SURNAMES:
            return True
        before = text[max(start, at - 30):at].rstrip()
        if before and (before[-1].isalpha() or before[-1].isdigit()):
            return True
        return any(start <= m.start < end and not records[m.entity_id].isa.isdisjoint(_PUBLIC_KINDS)
                   for m in mentions)

    def _known_employer(self, pid: str, org: str, records: dict[str, EntityRecord]) -> str:
        """The organisation of a title whose phrase names none: ``org`` (the passage's), unless ``pid`` is a known person
        the reference data places at one other organisation the article names ("Co-founder, chairman and CEO Li Xiang
        said ..." after a sentence about Sunwoda is Li Auto's)."""
        known = self._employers.get(pid)
        if known is None or org in known:
            return org
        mine = [e for e in known if e in records]
        return mine[0] if len(mine) == 1 else org

    def _home_city(self, eid: str) -> tuple[str, ...]:
        """The city and province a reference entity's note places it in ("Hangzhou EV maker": Hangzhou and Zhejiang;
        "Shandong tyre maker": Shandong), else ()."""
        home = self._cities.get(eid)
        if home is None:
            note = self.kb.notes.get(eid)
            cm = _HQ_CITY_IN_NOTE.search(note[:60]) if note else None
            place = cm.group(1) if cm else None
            home = self._cities[eid] = (place, _CITY_PROVINCE[place]) if place in _CITY_PROVINCE else (place,) if place else ()
        return home

    @staticmethod
    def _focus(mentions, records) -> tuple[str | None, int]:
        """(company, offset of its first name) of the company named at least three times and more often than any
        other, when it is named more than twice as often as the next or is the first company the article names;
        else (None, 0)."""
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for mm in mentions:
            if not mm.ref and "Company" in records[mm.entity_id].isa:
                counts[mm.entity_id] = counts.get(mm.entity_id, 0) + 1
                first.setdefault(mm.entity_id, mm.start)
        if not counts:
            return None, 0
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        top, n = ranked[0]
        if n >= 3 and (len(ranked) == 1 or n > 2 * ranked[1][1] or n > ranked[1][1] and first[top] == min(first.values())):
            return top, first[top]
        return None, 0


    # -- people named with a title whose organisation is a reference or the passage's company -----------------

    def _person_record(self, name: str, records: dict[str, EntityRecord], *, other_known: bool = True) -> str | None:
        """The id of the person called ``name``, its record added to ``records`` if new: the reference
        entity when the gazetteer knows the name as a person, else a new ``person:`` id. A name the
        gazetteer knows as something else is a new person when ``other_known``, else None."""
        eid = f"person:{slug(name)}"
        if eid not in records:
            known = self.gazetteer.lookup(name)
            if known and "Person" in self.gazetteer.entities[known].kinds:
                eid = known
                records.setdefault(eid, self._record_for(eid))
            elif known and not other_known:
                return None
            else:
                records[eid] = EntityRecord(eid, name, "Person", ("Person",), None, [], [], False,
                                            frozenset({"Person"}))
        return eid

    def _people_in_context(self, text, sentences, mentions, refs, records, links, anchors, pending) -> None:
        """EXECUTIVE_OF links whose organisation is not named in the title phrase.

        - "Richard Yu, chairman of its car unit": the reference's organisation (``pending`` from :meth:`_people`);
        - "The company led by Wang Chuanfu", "X (tickers), founded and chaired by Y", "X, spun out of Z and still led
          by chairman Y": the organisation (or its reference) the participle phrase describes;
        - "the chairman of Ningde Times is Zeng Yuqun";
        - "Adrian Mardell has been its chief executive since 2022": the company "its" refers to;
        - "Chairman Robin Zeng attended ...", "..., founder and chairman Lei Jun said": the company of the passage,
          i.e. the one company (or the subject) of this sentence before the title, else of the closest earlier
          sentence (up to three back) that names a company; never when the sentence names another company after.
        A person already linked to an organisation by an explicit title phrase is not linked again from context.
        """
        led = any(anchors.has(w) for w in _LED_BY_VERBS)
        titled = [q for w in _CTX_TITLE_WORDS for q in anchors.offsets(w)] + [
            q for w in ("president", "President", "general", "General") for q in anchors.offsets(w)
            if text[q - 8:q] in ("company ", "Company ") or w[-1] == "t" and text[q - 4:q] in ("its ", "Its ") or
            w == "president" and text[q - 2:q] == ", " or w == "president" and text[q - 4:q] == "and "] \
            if sentences else []
        if not (pending or led or titled or " is " in text or " was " in text or " its " in text):
            return
        linked = {s for s, p, _, _ in links if p == "EXECUTIVE_OF"}
        taken = self._taken
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        ref_at = {r.start: r for r in refs}
        ref_end = {r.end: r for r in refs}
        # Organisations by end (names and references), and the company anchors in text order.
        ends: dict[int, EMention] = {}
        comp: list[EMention] = []
        for m in sorted([*mentions, *refs], key=lambda x: x.start):
            isa = records[m.entity_id].isa
            if isa.isdisjoint(_ORG_FUND):
                continue
            if not (m.ref and m.text[-2:] in ("'s", "’s") or m.text.lower() in ("its", "their")):
                ends[m.end] = m
            if "Company" in isa or records[m.entity_id].kind == "Organization":  # (a dealer group has a chairman too)
                comp.append(m)
        cstarts = [m.start for m in comp]
        sstarts = [a for a, _ in sentences]
        new_mentions: list[EMention] = []
        found: dict[str, str] = {}
        focus = None

        def person(name: str, s: int) -> str | None:
            toks = name.split()
            if toks[0].lower() in _STOP_LEAD - _SURNAMES or any(
                    t.lower() in _GENERIC_HEAD or t.lower() in _SUFFIX_KIND
                    for t in (toks[1:] if toks[0].lower() in _SURNAMES else toks)):
                return None
            if taken.find(1, s, s + len(name)) >= 0:
                return _person_mention_at(s, s + len(name), by_start, by_end, records)
            eid = found.get(name)
            if eid is None:
                eid = self._person_record(name, records, other_known=False)
                if eid is None:
                    return None
                found[name] = eid
            taken[s:s + len(name)] = b"\x01" * len(name)
            new_mentions.append(_mention(s, s + len(name), eid, name))
            return eid

        def link(name: str, s: int, org: str, pos: int, context: bool = False) -> None:
            if not _NAME_FULL(name):
                return
            pid = person(name, s)
            if pid is None or context and pid in linked:
                return
            links.append((pid, "EXECUTIVE_OF", self._known_employer(pid, org, records) if context else org, pos))
            linked.add(pid)

        def org_before(pos: int, lo: int) -> EMention | None:
            """The organisation (name or reference) ending at ``pos``, past closing marks and a parenthesis."""
            while pos > lo and text[pos - 1] in " \t*\"”’":
                pos -= 1
            if pos > lo and text[pos - 1] in ")）":
                q = max(text.rfind("(", lo, pos), text.rfind("（", lo, pos))
                if q < 0 or pos - q > 60:
                    return None
                pos = q
                while pos > lo and text[pos - 1] in " \t*\"”’":
                    pos -= 1
            return ends.get(pos)

        def sentence_of(pos: int) -> int:
            return bisect.bisect_right(sstarts, pos) - 1

        def pick(lo: int, hi: int) -> tuple[str | None, bool]:
            """(company, whether any) of the company anchors in [lo, hi): the only one, or the sentence's subject."""
            i, j = bisect.bisect_left(cstarts, lo), bisect.bisect_left(cstarts, hi)
            # (not the names in a list of examples: "investors, including Schroders and Mirae Asset")
            cand: list[EMention] = []
            listed_end = -1
            for x in range(i, j):
                c = comp[x]
                if listed_end >= 0 and _LIST_SEP.match(text[listed_end:c.start]) or \
                        _LIST_INTRO.search(text, max(lo, c.start - 30), c.start):
                    listed_end = c.end
                    continue
                cand.append(c)
            if not cand:
                return None, False
            ids = {c.entity_id for c in cand}
            if len(ids) == 1:
                return cand[0].entity_id, True
            lead = text[lo:cand[0].start].strip(" \t\n*#\"“'-•")
            if lead not in ("", "The", "the") or _LIST_SEP.match(text[cand[0].end:cand[1].start]):
                return None, True  # no subject, or several ("BYD and Tesla cut prices")
            return cand[0].entity_id, True

        # 1. Title phrases whose organisation is a reference ("chairman of its car unit").
        for name, ns, org_pos, pos in pending:
            r = ref_at.get(org_pos)
            if r is not None and not records[r.entity_id].isa.isdisjoint(_ORG_FUND):
                link(name, ns, r.entity_id, pos)
        # 2. "The company led by X", "X, founded and chaired by Y".
        if led:
            starts = sorted(q for w in _LED_BY_VERBS for q in anchors.offsets(w)
                            if q and not text[q - 1].isalnum() and text[q - 1] != "-")
            for m in _finditer_at(_LED_BY, text, starts):
                k = sentence_of(m.start())
                ss = sentences[k][0] if k >= 0 else 0
                gap = _LED_BY_GAP.search(text, ss, m.start())
                p = gap.start() if gap else m.start()
                om = ends.get(p)
                if om is None and p > ss and text[p - 1] == ",":
                    om = org_before(p - 1, ss)
                elif om is None and (am := _APPOS_HEAD_BEFORE.search(text, max(ss, p - 80), p)) is not None:
                    # "360 Security Technology, the cybersecurity group led by chairman Zhou Hongyi": the name the
                    # apposition describes
                    om = org_before(am.start(), ss)
                elif om is None:
                    pc = text.rfind(",", ss, p)
                    if pc >= 0 and _PARTICIPLE_CLAUSE.match(text[pc:p]):
                        om = org_before(pc, ss)
                if om is not None:
                    link(m.group("name"), m.start("name"), om.entity_id, m.start())
                    if m.group("name2"):
                        link(m.group("name2"), m.start("name2"), om.entity_id, m.start())
        # 3. "the chairman of CATL is Zeng Yuqun".
        if " is " in text or " was " in text:
            for m in mentions:
                if m.ref or "Company" not in records[m.entity_id].isa:
                    continue
                nm = _IS_NAME.match(text, m.end)
                if nm is None or _TITLE_OF_BEFORE.search(text, max(0, m.start - 50), m.start) is None:
                    continue
                link(nm.group("name"), nm.start("name"), m.entity_id, m.start)
        # 4. "Adrian Mardell has been its chief executive since 2022": the company "its" refers to.
        if " its " in text:
            for r in refs:
                if r.text != "its" or "Company" not in records[r.entity_id].isa:
                    continue
                cm = _COPULA_ITS.search(text, max(0, r.start - 80), r.start)
                if cm is not None and (tm := _ITS_TITLE.match(text, r.end)) is not None:
                    link(cm.group("name"), cm.start("name"), r.entity_id, cm.start())
        # 5. "Chairman Robin Zeng attended ...": the passage's company.
        for m in _finditer_at(_CTX_TITLE_NAME, text, sorted(titled)):
            q = m.start()
            if q and (text[q - 1].isalnum() or text[q - 1] in "-'’"):
                continue
            k = sentence_of(q)
            if k < 0:
                continue
            ss, se = sentences[k]
            if _VICE_TITLE.match(text, q) and any(ss <= mm.start < q and not records[mm.entity_id].isa.isdisjoint(_PUBLIC_KINDS)
                                                  for mm in mentions):
                continue  # ("The European Commission, headed on trade by Executive Vice-President ...": a public post)
            pre = text[ss:q].rstrip(" \t*\"“")
            org = None
            if pre:
                if pre[-1].isalnum():
                    last = pre.split()[-1]
                    r = ref_end.get(ss + len(pre))
                    if r is not None and (r.text.lower() in ("its", "their") or r.text[-2:] in ("'s", "’s")):
                        isa = records[r.entity_id].isa
                        # (an association's officer too: "Its chief executive, John Bozzella, said")
                        if "Company" in isa or r.text.lower() == "its" and "Organization" in isa and "Regulator" not in isa:
                            org = r.entity_id
                        else:
                            continue
                    elif (last[0].isupper() and last not in ("Company", "Vice", "Deputy", "Executive")) or \
                            last.lower() in _CTX_TITLE_BLOCK or \
                            last[-2:] in ("'s", "’s"):
                        continue  # (but "Company chairman X": the passage's company)
                elif pre[-1] in "'’":
                    continue
            if org is None:
                org, seen = pick(ss, q)
                if org is None and seen and _SPEAKER_AFTER.match(text, m.end()):
                    # "..., both existing customers of Shuanghuan in China, chairman Wu Changhong said": a speaker
                    # after a sentence naming several companies is the article's company when the sentence names it
                    if focus is None:
                        focus = self._focus(mentions, records)
                    i, j = bisect.bisect_left(cstarts, ss), bisect.bisect_left(cstarts, q)
                    if focus[0] is not None and any(comp[x].entity_id == focus[0] for x in range(i, j)):
                        org = focus[0]
                elif not seen:
                    for kk in range(k - 1, max(-1, k - 4), -1):
                        ps, pe = sentences[kk]
                        org, seen = pick(ps, pe)
                        if seen:
                            break
                    if not seen:
                        if focus is None:
                            focus = self._focus(mentions, records)
                        org = focus[0] if focus[1] < q else None
                    # Another company named later in the sentence may be the one meant: leave it (and "Company
                    # chairman X said the company and CATL signed ...": not the company it deals with either).
                    i = bisect.bisect_left(cstarts, m.end())
                    while org is not None and i < len(comp) and comp[i].start < se:
                        later = comp[i].entity_id
                        if said_on(text, comp[i].start, comp[i].end):
                            pass  # ("said on Weibo that ...": the platform is no company the sentence is about)
                        elif later != org and (self.kb.parents.get(org) == later or records[org].name.startswith(
                                records[later].name + " ")) and pre[-7:] not in ("Company", "company"):
                            org = later  # "(NIO China ...) Founder and CEO William Li said NIO aims ...": the parent
                        elif later != org or pre[-7:] in ("Company", "company"):
                            org = None
                        i += 1
            if org is not None:
                link(m.group("name"), m.start("name"), org, q, context=True)
            elif _NAME_FULL(m.group("name")):
                person(m.group("name"), m.start("name"))  # a titled person whose organisation is unclear
        if not found:
            return
        new_mentions.extend(_later_references(text, found, taken))
        mentions.extend(new_mentions)
        mentions.sort(key=lambda x: x.start)

_TITLE_WORDS = (r"CEO|CFO|CTO|COO|Chairman|Chairwoman|Chairperson|President|Founder|Co-founder|Director|Head|Manager|"
                r"Analyst|Economist|Strategist|Secretary|Minister|Spokesperson|Spokesman|Officer|Senior|Vice|Chief|"
                r"Deputy|Executive|General|Summary|Commentary|Context|Detail|Implications|Outlook|Conclusion|Overview")
_RUN_BREAK = re.compile(rf"(?P<poss>[A-Za-z0-9])['’]s?(?=\s)\s*|(?<![\w\-])(?:{_TITLE_WORDS})\b"
                        rf"(?:\s+(?:{_TITLE_WORDS}|Fund|Portfolio|Investment|Research|of|at|for|and)\b)*\s*")


_CODE_PAREN = re.compile(r"[（(]\s*+((?:(?:Class\s+[A-Z]\s*[:：]\s*)?\d{6}(?>\s*[,，;、]\s*|\s+)?)++)[)）]")
_ETF_NAME_END = re.compile(
    r"((?:[A-Z][\w&\-]*[ \t]+){0,6}(?:ETF|LOF|Fund|QDII)(?:[ \t]+(?:Linked|Feeder|Connect|Link)[ \t]+Fund)?)\s*$")
_DATED_PAREN = re.compile(r"[（(](?:\d{4}|Trial|Draft|Revised)")
_SUFFIX_FORMS = frozenset({k.capitalize() for k in _SUFFIX_KIND} | {k.upper() for k in _SUFFIX_KIND})
_CAPWORD = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*(?![A-Za-z])")


def _forget_unnamed(mentions, records, links, old: str, new: str) -> None:
    """After mentions of ``old`` became mentions of ``new``: if no mention names ``old`` any more, forget it, and give
    its links to ``new`` (dropping those between the two)."""
    if any(x.entity_id == old for x in mentions):
        return
    records.pop(old, None)
    if links:
        links[:] = [(new if s == old else s, p, new if o == old else o, pos) for s, p, o, pos in links
                    if not {s, o} <= {old, new}]


def _person_mention_at(s: int, e: int, by_start: dict[int, EMention], by_end: dict[int, EMention],
                       records: dict[str, EntityRecord]) -> str | None:
    """The person an existing mention names when a name at ``s:e`` lies on it: the mention spans the name exactly,
    or ends with it ("William Bin Li" ending with the known "Bin Li"); else None."""
    pm = by_start.get(s)
    if pm is None:
        pm = by_end.get(e)
        if pm is not None and pm.start <= s:
            pm = None
    if pm is not None and pm.end == e and "Person" in records[pm.entity_id].isa:
        return pm.entity_id
    return None


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes ("Bank|Battery" -> "Ba(?:nk|ttery)").

    Matches what the plain alternation matches when at most one word can match at a place (here: whole
    letter runs), and tries far fewer branches at each candidate character.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?:" + emit(trie) + ")"


# The capitalised words of _SUFFIX_FORMS only, each a whole letter run; a hit preceded by a letter is not a
# word start (checked by the caller). A literal alternation lets the scan skip to candidate letters.
_SUFFIX_WORD = re.compile(_trie_pattern(f for f in _SUFFIX_FORMS if re.fullmatch("[A-Z][A-Za-z]*", f)) + "(?![A-Za-z])")
# Last words of event names ("AI Day", "Auto Shanghai Expo", "Tech Day")
_EVENT_HEADS = frozenset("day days summit forum expo show conference congress week festival fair awards gala".split())
# A company word after a name that left it out ("Tianqi Lithium Industry", "Yichun Times ... Co., Ltd."); the entity finder
# takes it before a title ("Tianqi Lithium Industry chairman"), the relation rules before anything but a word character
ORG_TAIL_WORDS = (r"\s+(?:Industry|Industries|Group|Holdings?|Co\.,?\s+Ltd\.|Co\.|Corp\.|Corporation|Inc\.|Ltd\.|Limited)")
_ORG_TAIL = re.compile(ORG_TAIL_WORDS + r"(?=[\s'’])").match
# Where _PERSON_PATTERNS[2] can match: its start up to the blanks, then the first word of a title (or "founder")
# in any case. A literal alternation lets a failing try end after a character or two.
_ORG_TITLE_HINT = re.compile(r"(?:['’]?s?|,\s+whose)\s+(?:then\s+)?(?i:" + _trie_pattern(
    {re.match(r"[A-Za-z\-]+", alt).group(0).lower() for alt in f"{_TITLE_MODS}|{_TITLE_HEADS}".split("|")}) + ")").match


class _M:
    """A regex-match-like record (group 1 and 2 with their spans) for matches assembled in two steps."""

    __slots__ = ("_g", "_sp")

    def __init__(self, groups: list[tuple[int, int]], text: str) -> None:
        self._sp = groups
        self._g = [text[a:b] for a, b in groups]

    def group(self, i: int = 0) -> str:
        return self._g[i]

    def start(self, i: int = 0) -> int:
        return self._sp[i][0]

    def end(self, i: int = 0) -> int:
        return self._sp[i][1]


# a named law after "the" ("the Anti-Monopoly Law"), or its draft amendment ("a draft amendment to the Price Law")
_NAMED_LAW = re.compile(r"(?:\b[Tt]he\s+|\ba\s+(?=draft\s+amendment\s+to\s+the\s)|(?<=\s)(?=draft\s+amendment\s+to\s+the\s))"
                        r"((?:draft\s+amendment\s+to\s+the\s+)?(?:[A-Z][\w\-]+\s+){1,4}Law)\b"
                        r"(?!\s+(?:[Ff]irm|[Ss]chool|[Oo]ffice|Group|Society))")
# a national standard by its code: "GB 17675-2021", "GB/T 40429-2021", "GB 21670"
_GB_STANDARD = re.compile(r"\bGB(?:/[TZ])?[ \u00a0]?\d{4,5}(?:\.\d{1,2})?(?:-(?:19|20)\d\d)?(?![\w\-])")
# Between a name and the code in the parenthesis right after it: "Tianqi Shares (002009.SZ)", "Geely (HKEX: 0175)"
# (a legal suffix may come between: "Thundersoft Software Technology Co., Ltd. (SHE: 300496)")
_TICKER_PAREN = re.compile(r"(?:\.?,?\s*(?:(?:Co\.,?\s*)?Ltd\.?|Co\.|Inc\.|Corp\.|Limited))?\s*[（(]\s*(?:[A-Za-z]{2,6}\s*[:：]\s*)?")


# the header of a table whose rows each open with a company ("| Company | Ticker |", "| **Insurer** | Parent |"), its
# separator line after it
_TABLE_COMPANY_HEAD = re.compile(
    r"(?m)^\|[ \t]*(?:\*\*)?(?P<head>Company|Companies|Supplier|Suppliers|Maker|Makers|Carmaker|Automaker|Manufacturer|"
    r"Group|Firm|Insurer|Distributor|Importer|Dealer\s+group|Assembler|Battery\s+maker|Cell\s+maker|Parts\s+maker|"
    r"Chipmaker|Investor|Lender|Bank|Operator)(?:\*\*)?[ \t]*\|[^\n]*\n[ \t]*\|?[ \t]*:?-{2,}[^\n]*\n")
_TABLE_HEAD_KINDS = {"supplier": "Supplier", "suppliers": "Supplier", "parts maker": "Supplier", "carmaker": "Automaker",
                     "automaker": "Automaker", "battery maker": "BatteryMaker", "cell maker": "BatteryMaker",
                     "chipmaker": "SemiconductorMaker", "insurer": "FinancialInstitution", "investor": "FinancialInstitution",
                     "lender": "FinancialInstitution", "bank": "FinancialInstitution"}
# a row's first cell: a name (capitalised, a few words, no figure), before any bracket ("| SKF | Sweden |",
# "| **Fujian Longxi Bearing** (600592.SH) |")
_TABLE_FIRST_CELL = re.compile(r"[ \t]*\|[ \t]*(?:\*\*)?(?P<name>(?-i:[A-Z])[\w&.'’\-]*(?:[ \t]+(?:&[ \t]+)?[\w&.'’\-]+){0,5}?)"
                               r"(?:\*\*)?[ \t]*(?:[（(][^|\n]*)?\|")
# first cells that name no company
_TABLE_NOT_NAME = re.compile(r"(?i)(?:total|others?|sum|average|median|industry|market|all|overall|china|top\b|"
                             r"note|source)\b|.*\d")


def _table_companies(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, kind or None) of the company each row of a table of companies opens with."""
    out: list[tuple[int, int, str, str | None]] = []
    for hm in _TABLE_COMPANY_HEAD.finditer(text):
        kind = _TABLE_HEAD_KINDS.get(re.sub(r"\s+", " ", hm.group("head").lower()))
        pos = hm.end()
        while (rm := _TABLE_FIRST_CELL.match(text, pos)) is not None or text.startswith("|", pos):
            if rm is not None and not _TABLE_NOT_NAME.match(rm.group("name")):
                out.append((rm.start("name"), rm.end("name"), rm.group("name"), kind))
            nl = text.find("\n", pos)
            if nl < 0:
                break
            pos = nl + 1
    return out


def _wordish(c: str) -> bool:
    return c.isalnum() or c == "_" or c == "-"


def _has_company_word(name: str) -> bool:
    """Whether a person-like name holds a company word ("Counterpoint Research", "Hannah Qiu Motors")."""
    return any(t.lower() in _SUFFIX_KIND for t in name.split())


def _and_list_from(text: str, mentions, j: int, pe: int) -> bool:
    """Whether the mention at ``j`` opens a list of names that closes with "and" before ``pe`` ("Tesla, BYD and VW")."""
    while j + 1 < len(mentions) and mentions[j + 1].start < pe and \
            _list_joint(text, mentions[j].end, mentions[j + 1].start):
        if _AND_LIST_SEP.fullmatch(text, mentions[j].end, mentions[j + 1].start):
            return True
        j += 1
    return False


def _list_joint(text: str, a_end: int, b_start: int) -> bool:
    """Whether the names ending at ``a_end`` and starting at ``b_start`` are neighbours in a list ("A, B and C",
    "Tesla's Shanghai factory, Li Auto")."""
    between = text[a_end:b_start]
    return _LIST_SEP.match(between) is not None or (
        between[:1] in "'’" and _POSS_ITEM_SEP.fullmatch(between) is not None)


def _later_references(text: str, found: dict[str, str], taken: bytearray) -> list[EMention]:
    """Mentions of the people in ``found`` (name -> id) by full name or by surname (four letters or
    more) wherever ``text`` has no mention yet; their spans are marked in ``taken``."""
    forms: dict[str, str] = {}
    for name, eid in found.items():
        forms[name] = eid
        sur = name.split()[-1]
        if len(sur) >= 4 and sur.lower() not in _STOP_LEAD:
            forms.setdefault(sur, eid)
    out: list[EMention] = []
    for ms, me, name in _name_matches(text, sorted(forms, key=len, reverse=True)):
        if taken.find(1, ms, me) < 0:
            taken[ms:me] = b"\x01" * (me - ms)
            out.append(_mention(ms, me, forms[name], name))
    return out


def _name_matches(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    r"""``(start, end, name)`` of every match of ``(?<![\w\-])(?:name1|name2|...)(?![\w\-])`` in ``text``.

    Same result as compiling that pattern (alternatives tried in the given order, matches not
    overlapping), found with ``str.find`` instead of compiling a new pattern for every article.
    """
    if not all(names):
        pat = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])")
        return [(m.start(), m.end(), m.group(0)) for m in pat.finditer(text)]
    at: dict[int, list[tuple[int, str]]] = {}
    if len(names) > 16:  # many names (a long article): one Aho-Corasick pass instead of one text scan per name
        automaton = ahocorasick.Automaton()
        for rank, name in enumerate(names):
            automaton.add_word(name, (rank, name))
        automaton.make_automaton()
        for end_idx, (rank, name) in automaton.iter(text):
            at.setdefault(end_idx - len(name) + 1, []).append((rank, name))
    else:
        for rank, name in enumerate(names):
            i = text.find(name)
            while i >= 0:
                at.setdefault(i, []).append((rank, name))
                i = text.find(name, i + 1)
    out: list[tuple[int, int, str]] = []
    last = 0
    n = len(text)
    for p in sorted(at):
        if p < last or (p > 0 and _wordish(text[p - 1])):
            continue
        for _, name in sorted(at[p]):
            e = p + len(name)
            if e < n and _wordish(text[e]):
                continue
            out.append((p, e, name))
            last = e
            break
    return out


_MEASURE_WORDS = ("purchase tax", "trade-in", "five-year", "national strategy", "dual credit")  # in lower case
_LEGAL_FORMS = frozenset("inc incorporated ltd limited co corp corporation llc plc ag se gmbh sa nv bv spa kk".split())
_MINISTER_OF = re.compile(r"(?:\b(?P<nat>[A-Z][a-z]+)[ \t]+(?=[A-Z][a-z]+(?:[ \t]+and[ \t]+[A-Z][a-z]+)?[ \t]+Minister\b))?"
                          r"(?:\bMinister\s+of\s+(?P<dept>[A-Z][A-Za-z]+(?:[ \t]+(?:(?:and|of)[ \t]+)?[A-Z][A-Za-z]+){0,5})|"
                          r"\b(?!(?:Minister|Prime|Deputy|Vice|Foreign|Chief|State)\b)(?P<dept2>[A-Z][a-z]+(?:[ \t]+and[ \t]+[A-Z][a-z]+)?)"
                          r"(?=[ \t]+Minister\b))")
_US_DEPTS = r"Commerce|Treasury|Transportation|Energy|State|Defense|Labor|Homeland\s+Security|Justice"
_SECRETARY = re.compile(rf"\b(?:(?P<dept>{_US_DEPTS})[ \t]+Secretary|Secretary[ \t]+of[ \t]+(?:the[ \t]+)?(?P<dept1>{_US_DEPTS}))"
                        rf"[ \t]+(?P<name>[A-Z][a-zé\-]+(?:[ \t]+[A-Z][a-zé\-]+){{1,2}})\b")
_ALPHA_RUN = re.compile(r"[A-Za-z]+")
# the last word of a ministry's department ("Minister of Transport and Logistics Alemu Sime said")
_MINISTRY_WORD = re.compile(r"(?:Trade|Industry|Transport|Logistics|Finance|Commerce|Investment|Economy|Affairs|Technology|"
                            r"Energy|Mines|Planning|Development|Environment|Infrastructure)$")
_SAID_OR_COMMA = re.compile(r"\s*(?:,|said\b|says\b|told\b|attended\b|added\b|visited\b|signed\b|announced\b)")
_NAME_AFTER_TITLE = re.compile(r"[ \t]+(?:Minister[ \t]+)?([A-Z][a-zé\-]+(?:[ \t]+[A-Z][a-zé\-]+){1,3})")
_ORG_KIND_WORDS = ("consult", "research", "brokerage", "think tank", "investment bank", "data provider", "data firm",
                   "asset manager", "advisory", "law firm")
_ORG_KIND_NAME = re.compile(
    rf"(?<![A-Za-z])(?P<kind>{_ORG_KIND_NOUNS})\s+"
    r"(?P<name>[A-Z][\w&\-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&\-]*){0,3})")
# An organisation's name right before a person's title and name, the name followed by "said" or a comma: "Neolix
# founder and CEO Yu Enyuan said" (the title in lower case, or an acronym, marks where the name ends)
_EXEC_TITLE = (r"(?:co-?founder|founder|chairman|chairwoman|chief\s+executive(?:\s+officer)?|CEO|president|CTO|CFO|COO|"
               r"general\s+manager)")
_EXEC_TITLE_WORDS = ("founder", "chairman", "chairwoman", "chief executive", "CEO", "president", "CTO", "CFO", "COO",
                     "general manager")  # (a literal inside every _EXEC_TITLE alternative)
_ORG_BEFORE_TITLE = re.compile(
    r"(?<![\w&'’\-])(?P<org>(?!(?:The|A|An|Its|Their|Our|His|Her|Former|Then|Founder|Chairman|Chief|President|CEO|Company|Group|Board|Vice|"
    r"Deputy|Executive|Senior|Honorary|Acting|Party|Co|Corporate|Global|Regional|Founding)\b)"
    r"[A-Z][\w&\-]*[\w&](?:[ \t]+(?!(?:CEO|CTO|CFO|COO)\b)[A-Z][\w&\-]*[\w&]){0,2})[ \t]+"
    rf"(?-i:{_EXEC_TITLE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_EXEC_TITLE})*)[ \t]+"
    rf"{_NAME}(?=\s*(?:,|\(|（|said\b|says\b|told\b|added\b|noted\b|wrote\b))")
# An organisation's name right after a person's title ("chairman of Wencan, said"): capitalised words up to a
# punctuation mark or a word in lower case
_TITLED_ORG = re.compile(r"(?:the[ \t]+)?(?P<org>[A-Z][\w&\-]*[\w&](?:[ \t]+(?:&[ \t]+)?[A-Z][\w&\-]*[\w&]){0,3})"
                         r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:said|says|told|and|who|which|in|on|since|has|had|is|was|will|"
                         r"would|to|for|from|at|as|with|added|noted|wrote)\b)")


def _known_around(text: str, name: str, matches) -> str | None:
    """The known organisation whose name, as the text gives it, holds ``name`` as a word ("Wencan" in "Guangdong
    Wencan Die Casting Co., Ltd."), if any."""
    n = len(name)
    for mm in matches:
        if mm.end - mm.start > n and mm.entity_id.startswith(("company:", "org:")):
            q = text.find(name, mm.start, mm.end)
            if q >= 0 and (q == mm.start or not text[q - 1].isalnum()) and \
                    (q + n == mm.end or not text[q + n].isalnum()):
                return mm.entity_id
    return None


def _longer_name(text: str, name: str) -> str | None:
    """``name`` plus the company word it has elsewhere in the text ("Wencan" -> "Wencan Group"), if any."""
    for q in _offsets(text, name + " "):
        if q and (text[q - 1].isalnum() or text[q - 1] in "-&"):
            continue
        w = _CAP_WORD.match(text, q + len(name) + 1)
        if w is not None and w.group(0).lower() in _SUFFIX_KIND and text[w.end():w.end() + 1] in ("", " ", ",", ".", "'", "’"):
            return text[q:w.end()]
    return None


_CAP_WORD = re.compile(r"[A-Z][a-z]+")


def _defined_short(text: str, name: str) -> bool:
    """Whether ``name`` is defined as a short form in the text ('("LEAD", SZSE: 300450)', "(CNIPA)"): the entity
    found for the longer name is its own."""
    for q in _offsets(text, name):
        before = text[max(0, q - 2):q]
        if before[-1:] in ("(", "（") or before in ('("', "(“") or _CAP_WORD_BEFORE.search(text, max(0, q - 30), q):
            return True  # (or the distinctive word of a legal name: "Changzhou Qiaoxin Automotive Lighting ...")
    return False


_CAP_WORD_BEFORE = re.compile(r"(?<![.!?:\n] )(?<![.!?:\n])\b[A-Z][a-z]+[ \t]$")
# titles of people who work at research houses, banks or universities, not at a company of the industry
_SCHOLAR_TITLES = ("analyst", "economist", "strategist", "researcher", "scientist", "professor", "dean", "fellow",
                   "research")
# The first word of every _ORG_KIND_NOUNS alternative, in the pattern's case ("market" only before "research").
_ORG_KIND_FIRST = ("consult", "research", "brokerage", "think", "investment", "data", "asset", "advisory", "law")


def _org_kind_matches(text: str, anchors: "_Anchors | None" = None) -> list[re.Match]:
    """``list(_ORG_KIND_NAME.finditer(text))``: every match starts with the first word of its kind noun."""
    offsets = anchors.offsets if anchors is not None else partial(_offsets, text)
    starts: list[int] = []
    for w in _ORG_KIND_FIRST:
        starts += offsets(w)
    if starts and "research" in text:
        starts += offsets("market")  # "market research firm"
    starts.sort()
    return _finditer_at(_ORG_KIND_NAME, text, starts)


# a last word that ends no organisation's name ("consultancy Automobility Said" cannot happen; "... Research In" can)
_NOT_NAME_TAIL = frozenset({"In", "On", "At", "The", "And", "Of", "For", "Said", "Says"})
_QUOTED_PRODUCT = re.compile(
    r"[\"“](?P<name>[A-Z][\w\-.]*(?:[ \t]+[A-Z0-9][\w\-.]*){0,3})[\"”][ \t]+(?=(?:[\w\-]+[ \t]+){0,3}?"
    r"(?P<head>batter(?:y|ies)|cells?|packs?|modules?|chips?|platform|architecture|SUV|sedan|MPV|hatchback)\b)")
_HEAD_QUOTED = re.compile(
    r"\b(?P<head>batter(?:y|ies)|cells?|packs?|modules?|chips?|platform|architecture|brand|SUV|sedan|MPV|hatchback)[ \t]+"
    r"(?:(?:called|named|dubbed)[ \t]+)?[\"“](?P<name>[A-Z][\w\-.]*(?:[ \t]+[A-Z0-9][\w\-.]*){0,3})[\"”]")
_QUOTE_LEADS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Our", "Its", "Their", "We", "It", "I", "In",
                          "Made", "New", "China", "Chinese", "Made-in-China", "Most", "All", "Every", "No"})
_VEHICLE_HEADS = frozenset({"suv", "sedan", "mpv", "hatchback"})
_NAMED_WORDS = ("named", "called", "dubbed", "branded", "known as")  # in lower case
_CONTEXT_WORDS = ("batter", "lithium", "solid-state", "vehicle", "automaker", "carmaker", "deliveries")


# the platform a statement was posted on: "Lei Jun in Weibo said", "said in a post on its WeChat account"
_MEDIUM_BEFORE = re.compile(r"\b(?:on|in|via)\s+(?:(?:his|her|its|their|a|an|the)\s+)?(?:official\s+)?$")
_MEDIUM_AFTER = re.compile(r"(?:\s+(?:post|posts|account|page|channel|livestream))?\s*,?\s*(?:said|says|wrote|that|"
                           r"on\s+\w+day|this\s+morning)\b")
_SAID_MEDIUM = re.compile(r"\b(?:(?:said|says|wrote|writes|posted|posts|announced|confirmed|denied)\s+(?:in\s+a\s+post\s+)?|"
                          # ("according to a post by Xiaomi EV on Weibo")
                          r"post\s+by\s+(?:[\w\-]+\s+){1,4}?)(?:on|in|via)\s+(?:(?:his|her|its|their|a|an|the)\s+)?"
                          r"(?:official\s+)?$")
_IN_WHICH_IT = re.compile(r"\b(?:in|of)\s+which\s+$")


def _match_mask(n: int, matches) -> bytearray:
    """A byte per character of a text of length ``n``, 1 where one of ``matches`` covers it."""
    mask = bytearray(n + 1)
    for mm in matches:
        mask[mm.start:mm.end] = b"\x01" * (mm.end - mm.start)
    return mask


def _owner_after(text: str, pos: int, match_at: dict) -> EMention | None:
    """The dictionary match at ``pos``, or after lower-case words within 40 characters of it ("a unit of appliance
    maker Hisense Group": Hisense Group)."""
    q = pos
    while q < len(text) and q - pos < 40 and q not in match_at:
        nxt = _LOWER_WORD.match(text, q)
        if nxt is None:
            break
        q = nxt.end()
    return match_at.get(q)


def said_on(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` names where something was said ("CEO He Xiaopeng said on Weibo that"),
    not a company the sentence is about."""
    if _MEDIUM_BEFORE.search(text, max(0, start - 24), start) is None or \
            text[start:end].lower() in ("its", "their") or text.startswith(("'s", "’s"), end):
        return False  # ("said in its annual report": the owner of the report is who said it)
    return _MEDIUM_AFTER.match(text, end) is not None or _SAID_MEDIUM.search(text, max(0, start - 40), start) is not None


class _Anchors:
    """Offsets of the literal words the finder looks for, read from the gazetteer's pass over the lower-cased
    text (``hits``: lower-case word of ``keys`` -> ascending offsets, for the words that occur), or found
    directly (``hits`` None, or a word not in ``keys``)."""

    __slots__ = ("text", "low", "hits", "keys")

    def __init__(self, text: str, low: str, hits: dict[str, list[int]] | None, keys: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.low = low  # text.lower()
        self.hits = hits
        self.keys = keys

    def offsets(self, word: str) -> list[int]:
        """Every offset of ``word`` (case as given) in the text, ascending, overlapping ones too."""
        key = word.lower()
        if self.hits is None or key not in self.keys:
            return _offsets(self.text, word)
        at = self.hits.get(key)
        if not at:
            return []
        text = self.text
        return [q for q in at if text.startswith(word, q)]

    def has(self, word: str) -> bool:
        """``word in text``."""
        key = word.lower()
        if self.hits is None or key not in self.keys:
            return word in self.text
        text = self.text
        return any(text.startswith(word, q) for q in self.hits.get(key, ()))

    def followed_by(self, word: str, after: str, before: str = "") -> bool:
        """``before + word + after in text`` (``before``, ``after``: one character or none)."""
        text = self.text
        if self.hits is None or word.lower() not in self.keys:
            return before + word + after in text
        n, k = len(word), len(before)
        return any(text.startswith(after, q + n) and text.startswith(before, q - k) and q >= k
                   for q in self.offsets(word))

    def lower_has(self, word: str) -> bool:
        """``word in text.lower()`` (``word`` in lower case)."""
        if self.hits is None or word not in self.keys:
            return word in self.low
        return word in self.hits

    def head_count(self, word: str, head: str) -> int:
        """``head.count(word)`` for a ``word`` that cannot overlap itself; ``head``: the first 20,000
        characters of the text, lower-cased."""
        if self.hits is None or len(self.text) > 20000 or word not in self.keys:
            return head.count(word)
        return len(self.hits.get(word, ()))


def _anchor_words() -> frozenset[str]:
    """Every literal word looked up through :class:`_Anchors`, in lower case."""
    words = [*_CONTEXT_WORDS, *_MEASURE_WORDS, *_NAMED_WORDS, "purchase", "trade-in", "five-year", "ational", "dual",
             *_OWNER_WORDS, *_DESCRIBED_NOUNS, *_OWNED_CODE_WORDS, "-owned", "-backed", "-controlled", "wind",
             "-listed", "-traded", "swap", *_TITLE_FIRST_WORDS, "who", *_APPOINT_VERBS, "said",
             *_NAMED_AS_VERBS, *_LED_BY_VERBS, *_ORG_KIND_FIRST, "market", *_CTX_TITLE_WORDS, "president", "general",
             *_LAUNCH_VERBS, *_POLICY_TITLE_KEYS]
    return frozenset(w.lower() for w in words)


def _swap_noun_matches(text: str, anchors: _Anchors | None) -> list[re.Match]:
    """``list(_SWAP_NOUN.finditer(text))``: a match starts where the lower-cased text has "swap", or at a "ſ"
    (which the case-insensitive pattern reads as "s")."""
    if anchors is None or anchors.hits is None or "swap" not in anchors.keys:
        return list(_SWAP_NOUN.finditer(text))
    starts = anchors.hits.get("swap", [])
    if "ſ" in text:
        starts = sorted(starts + _offsets(text, "ſ"))
    return _finditer_at(_SWAP_NOUN, text, starts)


def _policy_quoted_matches(text: str) -> list[re.Match]:
    """``list(_POLICY_QUOTED.finditer(text))``: every match starts at a quotation mark or a title bracket."""
    starts: list[int] = []
    for q in ('"', "“", "《", "「"):
        if q in text:
            starts += _offsets(text, q)
    starts.sort()
    return _finditer_at(_POLICY_QUOTED, text, starts)


def _goes_on_capitalised(text: str, name: str) -> bool:
    """Whether ``name`` stands anywhere in ``text`` followed by a blank and a capital A-Z ("Vector" of "Vector
    Informatik"): a plain scan, with no pattern compiled for each name."""
    probe = name + " "
    i = text.find(probe)
    while i >= 0:
        j = i + len(probe)
        if j < len(text) and "A" <= text[j] <= "Z":
            return True
        i = text.find(probe, i + 1)
    return False


def _finditer_at(pat: re.Pattern, text: str, starts: Iterable[int]) -> list[re.Match]:
    """``list(pat.finditer(text))`` when every match of ``pat`` starts at one of ``starts`` (ascending; extra
    offsets are fine). ``pat`` must never match the empty string."""
    out: list[re.Match] = []
    pos = 0
    match = pat.match
    for p in starts:
        if p >= pos:
            m = match(text, p)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def _policy_title_matches(text: str, anchors: _Anchors) -> list[re.Match]:
    """``list(_POLICY_TITLE_LEAD.finditer(text))``, tried only where a kind of document and its preposition stand
    ("Notice on "), or at the word before them that the title may open with ("Several Provisions on ")."""
    starts: list[int] = []
    for key in _POLICY_TITLE_KEYS:
        for q in anchors.offsets(key.capitalize()):
            mm = _POLICY_TITLE_MOD.search(text, max(0, q - 32), q)
            starts.append(q if mm is None else mm.start())
    return _finditer_at(_POLICY_TITLE_LEAD, text, sorted(starts))


def _offsets(text: str, lit: str) -> list[int]:
    """Every offset of ``lit`` in ``text`` (overlapping ones too)."""
    out: list[int] = []
    i = text.find(lit)
    while i >= 0:
        out.append(i)
        i = text.find(lit, i + 1)
    return out


def _space_start(text: str, q: int) -> int:
    """Start of the run of whitespace that ends at ``q`` (``q`` when there is none)."""
    while q > 0 and text[q - 1].isspace():
        q -= 1
    return q


def _name_starts(text: str, end: int) -> list[int]:
    """Offsets ``s`` where ``text[s:end]`` can be a ``_NAME`` (two or three capitalised words), last first.

    Read backwards, each word is one upper-case letter and the whole run of lower-case letters after it,
    so there are at most two such offsets.
    """
    out: list[int] = []
    i = end
    j = end
    while j > 0 and text[j - 1] in _LOW_SET:
        j -= 1
    if 2 <= end - j <= 5 and j > 1 and text[j - 1] == "-" and text[j - 2] in _LOW_SET:
        i = j - 1  # "Choi Yoon-ho": a lower-case syllable after a hyphen ends the given name
    for words in (1, 2, 3):
        j = i
        while j > 0 and text[j - 1] in _LOW_SET:
            j -= 1
        if j < i and j > 1 and text[j - 1] in "'’" and text[j - 2] in _LOW_SET:
            j -= 1  # "Zeng Guang'an": an apostrophe between a pinyin name's syllables
            while j > 0 and text[j - 1] in _LOW_SET:
                j -= 1
        if j == i or j == 0 or text[j - 1] not in _UP_SET:
            break
        j -= 1
        if words > 1:
            out.append(j)
        if j == 0 or text[j - 1] not in " -":
            break
        i = j - 1
        if words < 3 and text[j - 1] == " ":
            # "Luca de Meo", "Ursula von der Leyen": particles before the family name
            for _ in range(2):
                k = i
                while k > 0 and text[k - 1] in _LOW_SET:
                    k -= 1
                if k > 0 and text[k - 1] == " " and text[k:i] in _NAME_PARTICLES:
                    i = k - 1
                else:
                    break
    return out


def _paren_offsets(text: str) -> list[int]:
    """Offsets of every "(" and "（", in order."""
    out = _offsets(text, "(")
    if "（" in text:
        out += _offsets(text, "（")
        out.sort()
    return out


def _paren_name_ends(text: str, parens: list[int]) -> list[tuple[int, int]]:
    """``(parenthesis, end of a name before it and spaces)`` for every parenthesis offset in ``parens``."""
    return [(q, _space_start(text, q)) for q in parens]


def _has_match_at(pat: re.Pattern, text: str, words: Iterable[str], anchors: _Anchors | None = None) -> bool:
    """``pat.search(text) is not None`` when every match of ``pat`` starts with one of ``words``."""
    if anchors is None:
        anchors = _Anchors(text, text.lower(), None)
    match = pat.match
    return any(match(text, i) is not None for w in words for i in anchors.offsets(w))


def _low_offsets(anchors: _Anchors, word: str) -> list[int]:
    """Every offset of ``word`` (lower case) in ``anchors.low`` (overlapping ones too)."""
    if anchors.hits is not None and word in anchors.keys:
        return anchors.hits.get(word, [])
    return _offsets(anchors.low, word)


# The literal starts of _DESCRIBED's branches: in lower case (searched in the lower-cased text), and as written.
_DESCRIBED_LEADS_LOW = ("battery", "cell", "electr", "car", "auto", "chip", "lidar", "parts", "cathode", "anode", "lithium",
                        "separator", "robot", "solid-state", "semiconductor", "broker", "asset", "recycler", "miner")
_DESCRIBED_LEADS = ("EV", "AI")


# An unknown "... Motors" the article shows selling another's cars: "BYD's Singapore distributor, Kah Motor", "Pacific
# Crest Motors, the Hong Kong distributor of XPeng", "sold in Hong Kong by Grand Harbour Motors", "Kah Motor, which
# distributes BYD", "named Kurdistan Green Motors as its dealer" (the name alone makes it a carmaker; a distributor or
# dealer is a company)
_SELLER_SUFFIXES = frozenset(("motor", "motors", "auto", "autos", "automotive", "cars"))
_SELLER_ROLE_BEFORE = re.compile(r"(?:\b(?:distributor|importer|dealer|dealership|retailer|dealer\s+group)s?\s*,?\s*"
                                 r"(?:the\s+)?|\b(?:sold|distributed|imported|retailed|represented)\s+"
                                 r"(?:(?:locally|exclusively|there|here|in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+)?by\s+)$")
_SELLER_ROLE_AFTER = re.compile(r"(?:\s*,|\s+as)\s+(?:the|a|an|its|their|[A-Z][\w\-]*['’]s)\s+(?:[\w\-]+\s+){0,4}?"
                                r"(?:distributor|importer|dealer|dealership|retailer)s?\b|"
                                r"(?:\s*,\s*which)?(?:\s+(?:has|have|also|now|already|still|exclusively))*\s+"
                                r"(?:distributes|distributed|imports|imported|retails|represents|represented)\b")


def _sellers_by_role(text: str, mentions: list[EMention], records: dict[str, EntityRecord]) -> None:
    """Retype an unknown carmaker by name ("Kah Motor") that the article shows as a distributor or dealer."""
    cands = {eid for eid, rec in records.items() if not rec.known and rec.kind == "Automaker" and
             rec.name.rsplit(None, 1)[-1].lower() in _SELLER_SUFFIXES}
    for m in mentions:
        if m.entity_id not in cands or m.ref:
            continue
        if _SELLER_ROLE_BEFORE.search(text, max(0, m.start - 60), m.start) or \
                _SELLER_ROLE_AFTER.match(text, m.end, m.end + 80):
            rec = records[m.entity_id]
            rec.kind, rec.kinds, rec.isa = "Company", ("Company",), ancestors_of(("Company",))
            cands.discard(m.entity_id)


def _described_matches(text: str, anchors: _Anchors) -> list[re.Match]:
    """``list(_DESCRIBED.finditer(text))``: every match starts with one of its descriptors' first words."""
    if len(anchors.low) != len(text):
        return list(_DESCRIBED.finditer(text))
    starts = [q for w in _DESCRIBED_LEADS_LOW for q in _low_offsets(anchors, w)]
    starts += [q for w in _DESCRIBED_LEADS for q in _offsets(text, w)]
    return _finditer_at(_DESCRIBED, text, sorted(set(starts)))


def _owned_code_matches(text: str, anchors: _Anchors) -> list[re.Match]:
    """``list(_OWNED_CODE.finditer(text))``: each match ends its start ("'s", "the") right before the blanks before
    one of ``_OWNED_CODE_WORDS`` where ``_OWNED_CODE_HINT`` matches."""
    match = _OWNED_CODE_HINT.match
    starts = []
    for w in _OWNED_CODE_WORDS:
        for i in anchors.offsets(w):
            if match(text, i) is None:
                continue
            p = _space_start(text, i)
            if p < i:
                if p >= 2:
                    starts.append(p - 2)
                if p >= 3:
                    starts.append(p - 3)
    if not starts:
        return []
    return _finditer_at(_OWNED_CODE, text, sorted(set(starts)))


def _appos_models_matches(text: str) -> list[re.Match]:
    """``list(_APPOS_MODELS.finditer(text))``: every match starts with a vehicle noun that ends at a comma followed
    by a blank."""
    n = len(text)
    starts = []
    for c in _offsets(text, ","):
        if c + 1 < n and text[c + 1].isspace() and text.endswith(_APPOS_NOUNS, 0, c):
            starts += [c - len(w) for w in _APPOS_NOUNS if text.endswith(w, 0, c)]
    if not starts:
        return []
    return _finditer_at(_APPOS_MODELS, text, sorted(set(starts)))


# The words _NAMED_PRODUCT opens with (case as in the pattern).
_NAMING_WORDS = ("named", "called", "dubbed", "branded", "known")


def _named_product_matches(text: str, anchors: _Anchors) -> list[re.Match]:
    """``list(_NAMED_PRODUCT.finditer(text))``: every match starts with one of its verbs."""
    starts = [q for w in _NAMING_WORDS for q in anchors.offsets(w)]
    if not starts:
        return []
    return _finditer_at(_NAMED_PRODUCT, text, sorted(starts))


# Characters of _LISTING_NOUN's possessor word before its "'s"
_POSS_WORD_CHARS = frozenset("&-.")


def _listing_noun_matches(text: str, anchors: _Anchors | None = None) -> list[re.Match]:
    """``list(_LISTING_NOUN.finditer(text))``: a match starts with "its" or "their", or at a capital letter in the
    run of word characters, "&", "-" and "." before an "'s"."""
    if anchors is None:
        anchors = _Anchors(text, text.lower(), None)
    starts = anchors.offsets("its") + anchors.offsets("their")
    for a in anchors.offsets("'s") + anchors.offsets("’s"):
        q = a - 1
        while q >= 0:
            c = text[q]
            if "A" <= c <= "Z":
                starts.append(q)
            elif not (c.isalnum() or c == "_" or c in _POSS_WORD_CHARS):
                break
            q -= 1
    if not starts:
        return []
    return _finditer_at(_LISTING_NOUN, text, sorted(set(starts)))


_QUOTED_HEADS = ("battery", "batteries", "cell", "cells", "pack", "packs", "module", "modules", "chip", "chips", "platform",
                  "architecture", "brand", "SUV", "sedan", "MPV", "hatchback")  # the words _HEAD_QUOTED opens with


def _head_from_matches(text: str) -> list[re.Match]:
    """The _HEAD_FROM matches that end at a " from " or " by " followed by a capital letter, in text order."""
    out = []
    for word in (" from ", " by "):
        p = text.find(word)
        while p >= 0:
            e = p + len(word)
            if e < len(text) and text[e].isupper() and (m := _HEAD_FROM.search(text, max(0, p - 40), e - 1)):
                out.append(m)
            p = text.find(word, e - 1)
    out.sort(key=lambda m: m.start())
    return out


def _quoted_product_matches(text: str) -> list[re.Match]:
    """``[*_QUOTED_PRODUCT.finditer(text), *_HEAD_QUOTED.finditer(text)]``: a _QUOTED_PRODUCT match starts at an
    opening quotation mark, a _HEAD_QUOTED match at a head word before blanks (and "called", "named" or "dubbed" and
    blanks) before one."""
    quotes = _offsets(text, '"')
    if "“" in text:
        quotes = sorted(quotes + _offsets(text, "“"))
    heads = []
    for q in quotes:
        e = q
        while e > 0 and text[e - 1] in " \t":
            e -= 1
        if e == q:
            continue
        ends = [e]
        for verb in ("called", "named", "dubbed"):
            if text.endswith(verb, 0, e):
                f = e - len(verb)
                e2 = f
                while e2 > 0 and text[e2 - 1] in " \t":
                    e2 -= 1
                if e2 < f:
                    ends.append(e2)
        for end in ends:
            if text.endswith(_QUOTED_HEADS, 0, end):
                heads += [end - len(h) for h in _QUOTED_HEADS if text.endswith(h, 0, end)]
    return [*_finditer_at(_QUOTED_PRODUCT, text, quotes), *_finditer_at(_HEAD_QUOTED, text, sorted(set(heads)))]


# The verbs _LAUNCHED_CODE opens with (their common starts).
_LAUNCH_VERBS = ("launche", "unveil", "introduced", "debuted", "released", "rolled")


def _launched_code_matches(text: str, anchors: "_Anchors | None" = None) -> list[re.Match]:
    """``list(_LAUNCHED_CODE.finditer(text))``: every match starts with one of its verbs."""
    offsets = anchors.offsets if anchors is not None else partial(_offsets, text)
    starts = [q for w in _LAUNCH_VERBS for q in offsets(w)]
    if not starts:
        return []
    return _finditer_at(_LAUNCHED_CODE, text, sorted(starts))


# The starts of the words a _BYLINE match opens with (after blanks, "*" and "_" at the start of a line, or after a
# parenthesis); no start holds the start of another, so the scan finds every occurrence.
_BYLINE_WORD = re.compile(r"B[yY]|Written|Report|Edit|Contact|Responsible")


def _byline_matches(text: str) -> list[re.Match]:
    """``list(_BYLINE.finditer(text))``: a match starts at the start of a line, before blanks, "*", "_" and then one
    of its words, or at a parenthesis right before such a word."""
    starts = set()
    for wm in _BYLINE_WORD.finditer(text):
        p = q = wm.start()
        while q > 0 and text[q - 1] in " \t*_":
            q -= 1
        if q == 0 or text[q - 1] == "\n":
            starts.add(q)
        if p > 0 and text[p - 1] in "(（":
            starts.add(p - 1)
    if not starts:
        return []
    return _finditer_at(_BYLINE, text, sorted(starts))


def _comma_name_ends(text: str) -> list[tuple[int, int]]:
    """``(comma, end of a name)`` for every comma that can follow ``_NAME`` plus ``_ZH_PAREN``: right after a
    lower-case letter, or after a parenthesised 1-20 characters (the name then ends before it and spaces)."""
    out: list[tuple[int, int]] = []
    for c in _offsets(text, ","):
        if c == 0:
            continue
        ch = text[c - 1]
        if "a" <= ch <= "z":
            out.append((c, c))
        elif ch == ")" or ch == "）":
            lo = max(0, c - 22)
            j = c - 2
            while j >= lo and text[j] not in "()（）":
                j -= 1
            if lo <= j <= c - 3 and text[j] in "(（":
                out.append((c, _space_start(text, j)))
    return out


def _starts_after_names(text: str, ends: list[tuple[int, int]], hint: re.Pattern | None) -> list[int]:
    """Name starts (ascending) before every ``(anchor, name end)`` whose anchor satisfies ``hint``."""
    starts: list[int] = []
    for q, e in ends:
        if e and text[e - 1] in _LOW_SET and (hint is None or hint.match(text, q)):
            starts += _name_starts(text, e)
    starts.sort()
    return starts


def _appointed_starts(text: str, anchors: _Anchors) -> list[int]:
    """Name starts where ``_APPOINTED`` can match: before "was", "is", "has/had been" or "will be" and a verb."""
    ends: list[tuple[int, int]] = []
    for verb in _APPOINT_VERBS:
        for v in anchors.offsets(verb):
            p = _space_start(text, v)
            if p == v:
                continue
            for aux, before in (("was", ""), ("is", ""), ("been", "has"), ("been", "had"), ("be", "will")):
                a = p - len(aux)
                if a < 0 or text[a:p] != aux:
                    continue
                if before:
                    b = _space_start(text, a)
                    if b == a or text[b - len(before):b] != before:
                        continue
                    a = b - len(before)
                e = _space_start(text, a)
                if e < a:
                    ends.append((v, e))
    return _starts_after_names(text, ends, None)


class _TitleMatches:
    """The matches of the person patterns that open with a name (0, 1, 3, 4) in one text, each found once: the
    organisations after titles (``EntityFinder.find``, step 3d) and the people (``_people``) read the same ones."""

    __slots__ = ("text", "anchors", "_parens", "_pends", "_commas", "_found")

    def __init__(self, text: str, parens: list[int], anchors: "_Anchors | None") -> None:
        self.text = text
        self.anchors = anchors
        self._parens = parens
        self._pends = self._commas = None
        self._found: dict[int, list[re.Match]] = {}

    @property
    def commas(self) -> list[tuple[int, int]]:
        if self._commas is None:
            self._commas = _comma_name_ends(self.text)
        return self._commas

    def matches(self, pi: int) -> list[re.Match]:
        got = self._found.get(pi)
        if got is None:
            if self._pends is None:
                self._pends = _paren_name_ends(self.text, self._parens)
            got = self._found[pi] = _person_matches(pi, self.text, self._pends, self.commas, self.anchors)
        return got


def _person_matches(pi: int, text: str, parens: list[tuple[int, int]], commas: list[tuple[int, int]],
                    anchors: _Anchors | None = None) -> list[re.Match]:
    """``list(_PERSON_PATTERNS[pi].finditer(text))`` for the patterns that open with a name (0, 1, 3, 4)."""
    if anchors is None:
        anchors = _Anchors(text, text.lower(), None)
    pat = _PERSON_PATTERNS[pi]
    if pi == 0:  # Name (Title of Org
        return _finditer_at(pat, text, _starts_after_names(text, parens, _PAREN_TITLE_HINT))
    if pi == 1:  # Name, Title of Org / Name serves as Title of Org
        starts = _starts_after_names(text, commas, _COMMA_TITLE_HINT)
        if " as " in text:
            serves = [(q, q) for w in (" serves as ", " served as ", " acts as ", " acted as ") if w in text
                      for q in _offsets(text, w)]
            if serves:
                starts = sorted(set(starts + _starts_after_names(text, serves, None)))
        # "Tang Yuxiang is the chairman of Yutong": a copula between the name and the title
        copulas = [(q, q) for w in (" is ", " was ", " been ", " became ") if w in text for q in _offsets(text, w)
                   if _COPULA_TITLE_HINT.match(text, q)]
        if copulas:
            starts = sorted(set(starts + _starts_after_names(text, copulas, None)))
        return _finditer_at(pat, text, starts)
    if pi == 3:  # Name, who heads ... at Org
        if not anchors.has("who"):
            return []
        return _finditer_at(pat, text, _starts_after_names(text, commas, _COMMA_WHO_HINT))
    if pi == 4:  # Name was appointed Title of Org
        if not any(anchors.has(v) for v in _APPOINT_VERBS):
            return []
        return _finditer_at(pat, text, _appointed_starts(text, anchors))
    return list(pat.finditer(text))


# (\d is str.isdecimal: 0-9 or a character from U+0660 on; the scan skips fast to the characters of the first class)
_DIGIT_RUN = re.compile(r"[^\x00-/:-\u065f](?<=\d)\d*")
_CODE_LEAD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")


def _digit_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of digits (``\\d``) in ``text``."""
    return [m.span() for m in _DIGIT_RUN.finditer(text)]


def _model_list_matches(text: str, digit_runs: list[tuple[int, int]] | None = None) -> list[re.Match]:
    """``list(_MODEL_LIST.finditer(text))``, trying the pattern only where a model code can start.

    A code has a digit after at most three letters and a hyphen, and nothing word-like before it: so it
    starts where the letters and hyphens before a run of digits start (at most four back).
    """
    starts: list[int] = []
    n = len(text)
    for d, b in (_digit_runs(text) if digit_runs is None else digit_runs):
        j = d
        while j > 0 and d - j < 4 and text[j - 1] in _CODE_LEAD:
            j -= 1
        if j == d and not (0 < b - d < 4 and b < n and "A" <= text[b] <= "Z"):
            continue  # a code that opens with digits is one to three of them and a capital ("7X", "100X")
        if j == 0 or not (text[j - 1].isalnum() or text[j - 1] in "_-"):
            starts.append(j)
    return _finditer_at(_MODEL_LIST, text, starts)


_OWNER_WORDS = ("'s", "’s", "its", "Its", "their", "Their")


def _owner_anchor_matches(text: str, anchors: _Anchors | None = None) -> list[re.Match]:
    """``list(_OWNER_ANCHOR.finditer(text))``: every match starts with one of ``_OWNER_WORDS``."""
    if anchors is None:
        anchors = _Anchors(text, text.lower(), None)
    starts = [q for w in _OWNER_WORDS for q in anchors.offsets(w)]
    starts.sort()
    return _finditer_at(_OWNER_ANCHOR, text, starts)





def _zh_then_paren_matches(text: str, parens: list[int] | None = None) -> list[re.Match]:
    """``list(_CJK_THEN_PAREN.finditer(text))``.

    A match is a run of Chinese characters and "·" that starts after no Chinese character (a run's start,
    or right after a "·") and ends where the whole run ends, before spaces and an opening parenthesis; so
    the runs are read backwards from the parentheses (``parens``: :func:`_paren_offsets`, when known).
    """
    starts: list[int] = []
    for q in (_paren_offsets(text) if parens is None else parens):
        b = _space_start(text, q)
        a = b
        while a > 0 and ("\u4e00" <= text[a - 1] <= "\u9fff" or text[a - 1] == "·"):  # Chinese or "·"
            a -= 1
        if a == b:
            continue
        starts.append(a)
        i = text.find("·", a, b - 1)
        while i >= 0:
            starts.append(i + 1)
            i = text.find("·", i + 1, b - 1)
    return _finditer_at(_CJK_THEN_PAREN, text, starts)


_DATED_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&'’- \t")


def _policy_dated_matches(text: str, parens: list[int]) -> list[re.Match]:
    """``list(_POLICY_DATED.finditer(text))``, searched only in the words before each dated parenthesis.

    A match is words and blanks up to the first parenthesis after its start, which opens a date or
    "Trial"/"Draft"/"Revised" (a ``_DATED_PAREN``), and it ends at the first closing parenthesis after that.
    """
    out: list[re.Match] = []
    pos = 0
    for a in _finditer_at(_DATED_PAREN, text, parens):
        q = a.start()
        if q < pos:
            continue
        lo = q
        while lo > pos and text[lo - 1] in _DATED_WORD_CHARS:
            lo -= 1
        if lo == q:
            continue
        c1, c2 = text.find(")", q), text.find("）", q)
        close = c1 if c2 < 0 or 0 <= c1 < c2 else c2
        if close < 0:
            break
        m = _POLICY_DATED.search(text, lo, close + 1)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _measure_matches(text: str, anchors: _Anchors | None = None) -> list[re.Match]:
    """``list(_POLICY_MEASURE.finditer(text))``, trying the pattern only where a match can start.

    Every branch holds a literal ("purchase", "trade-in", "Five-Year", "ational", "dual"); a match starts
    at it or at one of the few words the branch allows before it (and the spaces between them).
    """
    if anchors is None:
        anchors = _Anchors(text, text.lower(), None)
    offsets = anchors.offsets
    starts: list[int] = []
    for q in offsets("purchase"):
        starts.append(q)
        p = _space_start(text, q)
        if p < q:
            starts += (p - 3, p - 7, p - 18)  # NEV, vehicle, new energy vehicle
    for q in offsets("trade-in"):
        starts.append(q)
        p = _space_start(text, q)
        if p < q:
            starts += (p - 3, p - 4, p - 7)  # car, auto, vehicle
    for q in offsets("Five-Year"):
        p = _space_start(text, q)
        if p < q:
            starts += (p - 3, p - 4, p - 5)  # [quote] one or two digits, then st/nd/rd/th
    starts += [q - 1 for q in offsets("ational")]
    starts += offsets("dual")
    starts = sorted(p for p in starts if p >= 0)
    return _finditer_at(_POLICY_MEASURE, text, starts)


def _ticker_matches(text: str, digit_runs: list[tuple[int, int]] | None = None,
                    parens: list[int] | None = None) -> list[re.Match]:
    """``list(_TICKER.finditer(text))``, trying ``_TICKER`` only where a match can start.

    Every branch of ``_TICKER`` starts at one of these places: the start of a run of digits followed by
    ".HK"/".SZ"/".SH"/".SS"/".BJ", "SZ" or "SH" right before a run of digits, the start of the word before
    a colon (after spaces), or an opening parenthesis. A scan of the whole text with ``_TICKER`` costs far
    more. ``digit_runs`` (:func:`_digit_runs`) and ``parens`` (:func:`_paren_offsets`): when already known.
    Keep this in step with ``_TICKER`` (tests/loaders/test_extract_speed.py compares the two).
    """
    find = text.find
    starts: set[int] = set()
    for a, b in (_digit_runs(text) if digit_runs is None else digit_runs):
        if text.startswith(_TICKER_SUFFIXES, b):
            starts.add(a)
        if a >= 2 and text[a - 2:a] in ("SZ", "SH"):
            starts.add(a - 2)
    for colon in (":", "："):
        i = find(colon)
        while i >= 0:
            p = i
            while p > 0 and text[p - 1].isspace():
                p -= 1
            while p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_"):
                p -= 1
            starts.add(p)
            i = find(colon, i + 1)
    starts.update(_paren_offsets(text) if parens is None else parens)
    out: list[re.Match] = []
    pos = 0
    for p in sorted(starts):
        if p < pos:
            continue
        m = _TICKER.match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _ticker_code(m: re.Match) -> tuple[str, str | None] | None:
    """The normalised ticker a ``_TICKER`` match gives ("09927.HK" -> "9927.HK", "SZSE: 2594" -> "002594.SZ") and the
    exchange its prefix names, if any; None for a code of no Chinese board ("BSE: 500570" is Bombay's)."""
    if m.group("hk"):
        return hk_ticker(m.group("hk")), None
    if m.group("a"):
        x = m.group("ax")
        return f"{m.group('a')}.{'SH' if x == 'SS' else x}", None
    if m.group("px"):
        px, pv = m.group("px").upper(), m.group("pv")
        named_ex = _NAMED_EXCHANGES.get(px)
        if px in ("HKG", "HKEX", "SEHK", "HK"):
            return (hk_ticker(pv) if pv.isdigit() else pv), named_ex
        if px in ("SHE", "SZSE", "SZ"):
            return (f"{pv.zfill(6)}.SZ" if pv.isdigit() else pv), named_ex
        if px in ("SHA", "SSE", "SH", "SS"):
            return (f"{pv.zfill(6)}.SH" if pv.isdigit() else pv), named_ex
        if px == "BJSE":
            return f"{pv}.BJ", named_ex
        if px == "BSE":  # Beijing's codes (4/8/92...); Bombay's (5...) are not China's
            if len(pv) != 6 or pv[0] not in "489":
                return None
            return f"{pv}.BJ", "Beijing Stock Exchange"
        return pv + _EXCHANGE_SUFFIX.get(px, ""), named_ex
    if m.group("bare"):
        return a_share_ticker(m.group("bare")), None
    return f"{m.group('gv')}.{m.group('gx')}", None


def _etf_matches(text: str, parens: list[int] | None = None) -> list[_M]:
    """"Battery ETF (561910)", "Linked Fund (Class A: 016019, Class C: 016020)": name and code group.

    ``parens``: the offsets of "(" and "（" in ``text`` (:func:`_paren_offsets`), when already known.
    """
    out = []
    if parens is None:
        parens = _paren_offsets(text)
    for cm in _finditer_at(_CODE_PAREN, text, parens):
        w0 = max(0, cm.start() - 120)
        nm = _ETF_NAME_END.search(text, w0, cm.start())
        if nm is None:
            continue
        out.append(_M([(nm.start(1), cm.end()), (nm.start(1), nm.end(1)), (cm.start(1), cm.end(1))], text))
    return out


_TICKER_SUFFIXES = (".HK", ".SZ", ".SH", ".SS", ".BJ")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


_DESK_WORDS = frozenset(("equity", "equities", "global", "asia-pacific", "asia", "china", "auto", "automotive", "industry",
                         "industrial", "market", "markets", "big", "tech", "credit", "macro", "sector", "battery", "ev",
                         "energy", "economic", "investment", "fixed", "income", "head", "senior", "chief", "new"))


@lru_cache(maxsize=65536)
def _suffix_name(name: str, battery: bool, auto: bool) -> tuple[str, str] | None:
    """``(name, class)`` of a capitalised name that ends in a company word ("Hairun Battery Technology Co." is
    the BatteryMaker "Hairun Battery Technology"), or None: a single word, only generic words, a publication."""
    toks = name.split()
    if len(toks) < 2:
        return None
    last = toks[-1].rstrip(".").lower().replace("’s", "").replace("'s", "")
    if last not in _SUFFIX_KIND:
        if len(toks) >= 3 and toks[-1] in _PLACE_TAILS and toks[-2].lower() in _SUFFIX_KIND and \
                toks[-2].lower() not in _LEGAL_WORDS and (found := _suffix_name(" ".join(toks[:-1]), battery, auto)):
            # a local unit named by its country after the company word ("Haval Motor Manufacturing Rus", "Astana
            # Motors Manufacturing Kazakhstan", "Great Wall Motor Thailand")
            return name, found[1]
        return None
    heads = [t.lower() for t in toks[:-1]]
    if all(h in _GENERIC_HEAD for h in heads) or _MEDIA.search(name):
        return None  # (and never a publication: "China Securities Journal")
    if toks[0].lower().endswith(("-based", "-listed", "-headquartered")):
        toks = toks[1:]  # ("Guangzhou-based Wanli Tire": the name after the place)
        name = " ".join(toks)
        heads = heads[1:]
        if len(toks) < 2 or all(h in _GENERIC_HEAD for h in heads):
            return None
    if last in _ADVISER_WORDS:
        # a research house is named by capitalised words only ("Zhou Hang of Donghai Auto Research" is a person and
        # a firm), and a desk is no firm ("head of Asia-Pacific Equity Research")
        if len(toks) < 2 or any(not t[0].isupper() for t in toks) or heads[0] in _DESK_WORDS or \
                all(h in _DESK_WORDS for h in heads):
            return None
    if len(toks) == 2 and last == "electric" and _MODEL_CODE_LEAD.fullmatch(toks[0]):
        return name, "VehicleModel"  # "MG4 Electric": a model code and its powertrain, not a company
    own = _SUFFIX_KIND[last]
    if own is None or own in ("TechCompany", "battery?"):
        # a telling word inside the name types it ("Hairun Battery Technology", "Shengrui Energy Storage Technology",
        # "Chengxin Auto Parts Co.")
        own = _name_kind(toks) if own is None else (_telling_kind(heads) or own)
    kind = EntityFinder._context_kind(own, name, battery, auto)
    if _SUFFIX_KIND[last] is None and last in _LEGAL_WORDS:
        name = strip_legal_suffix(name)  # "Hairun Battery Technology Co." is "Hairun Battery Technology"
        if name.split()[-1].lower() == "company":
            name = name.rsplit(None, 1)[0]  # "Weilai Company" is "Weilai"
    if kind == "Index" and not _INDEX_NAME.search(name):
        return None
    return name, kind


# what follows a local unit's whole name ("Tianqi Lithium Energy Australia (TLEA)", "... Australia said")
_UNIT_NAME_END = re.compile(r"\s*(?:[(（,.;:]|$)|\s+(?:said|says|is|was|has|had|have|will|would|and|which|that|to|in|on|for|"
                            r"from|at|with|of|as|reported|announced|plans?|expects?|began|started|signed|opened|holds?|"
                            r"owns?|produced|makes?|sold|sells)\b")
# the country (or region) that ends a local unit's name after its company word ("Haval Motor Manufacturing Rus"): the
# unit countries, and a few more one-word places
_PLACE_TAILS = frozenset(_UNIT_COUNTRIES) | {"Rus", "Belarus", "Bangladesh", "Algeria", "Nigeria", "Asia", "Americas",
                                             "Africa"}
# courts and law firms: organisations "the company" or "the Tianjin company" never refers to
_NOT_A_COMPANY_TAILS = ("Court", "Law Firm")
_LOCAL_BODY = re.compile(
    # a department of a local government ("the Hubei Provincial Department of Transport")
    r"(?P<dept>\b(?!The\b|A\b|An\b)(?:[A-Z][a-z]+\s+){1,2}(?:Provincial|Municipal)\s+(?:Department|Bureau|Commission|Office|"
    r"Administration)\s+of\s+(?:[A-Z][a-z]+|and)(?:\s+(?:[A-Z][a-z]+|and)){0,5}(?<!\sand))|"
    r"\b(?!The\b|A\b|An\b|Local\b|Central\b|Chinese\b|China\b|National\b|State\b|Federal\b|City\b|Provincial\b)"
    r"(?:(?P<place>[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?(?:[ \t]+(?!Municipal|Provincial|City|County|District|People)[A-Z][a-z]+)?)"
    r"(?:['’]s)?[ \t]+"
    r"(?P<gov>(?:Municipal|Provincial|City|County|District)\s+People['’]s\s+Government|People['’]s\s+Government|"
    r"(?:[Mm]unicipal|[Pp]rovincial|city)\s+[Gg]overnment|government)\b|"
    # "Xiamen Torch High-tech Industrial Development Zone management committee", "Beijing E-Town management committee"
    r"(?P<zone>(?:(?!The\b)[A-Z][\w\-]*[ \t]+){1,6}(?:Zone|Park|Area|E-Town)[ \t]+(?:[Mm]anagement|[Aa]dministrative)[ \t]+"
    r"[Cc]ommittee)|"
    r"(?!The\b)[A-Z][\w'’\-]*[ \t]+(?:(?!The\b)(?:[A-Z][\w'’\-]*|No\.|\d+)[ \t]+){0,5}"
    r"(?:(?:Intermediate|Higher|High|District|Supreme|Primary)[ \t]+)?People['’]s[ \t]+Court|"
    r"People['’]s\s+Court\s+of\s+(?:[A-Z][\w\-]*\s+|and\s+){1,8}?(?:Zone|District|County|City)|"
    r"High\s+Court\s+of\s+(?:Hong\s+Kong|the\s+Hong\s+Kong\s+Special\s+Administrative\s+Region)|"
    r"(?:(?!The\b)[A-Z][\w&\-]*[ \t]+){1,4}Law[ \t]+Firm)")
# a nation's ministry: its nationality (adjective, name or possessive) and the ministry's name
_MINISTRY_NATIONS = {"Netherlands": "Dutch", "Germany": "German", "Russia": "Russian", "Kazakhstan": "Kazakh",
                     "Uzbekistan": "Uzbek", "Japan": "Japanese", "South Korea": "South Korean", "Korea": "South Korean",
                     "India": "Indian", "Indonesia": "Indonesian", "Thailand": "Thai", "Brazil": "Brazilian",
                     "Mexico": "Mexican", "Turkey": "Turkish", "Vietnam": "Vietnamese", "France": "French", "Italy": "Italian",
                     "Spain": "Spanish", "Hungary": "Hungarian", "Poland": "Polish", "Britain": "British", "Canada": "Canadian",
                     "Australia": "Australian", "Malaysia": "Malaysian", "Chile": "Chilean", "Argentina": "Argentine"}
# nationality adjective -> country, for a national government named by either (the ministries' nations, and more)
_GOV_NATIONS = {**{adj: c for c, adj in _MINISTRY_NATIONS.items() if c not in ("Korea", "Britain", "Netherlands")},
                "Dutch": "the Netherlands", "British": "the United Kingdom", "Zimbabwean": "Zimbabwe", "Malian": "Mali",
                "Ugandan": "Uganda", "Portuguese": "Portugal", "Pakistani": "Pakistan", "Moroccan": "Morocco",
                "Egyptian": "Egypt", "Saudi": "Saudi Arabia", "Slovak": "Slovakia", "Czech": "the Czech Republic",
                "Serbian": "Serbia", "Romanian": "Romania", "Cambodian": "Cambodia", "Nigerian": "Nigeria",
                "Kenyan": "Kenya", "Ethiopian": "Ethiopia", "Algerian": "Algeria", "Peruvian": "Peru",
                "Colombian": "Colombia", "Bolivian": "Bolivia", "Swedish": "Sweden", "Norwegian": "Norway",
                "Belgian": "Belgium", "Austrian": "Austria", "Congolese": "the Democratic Republic of the Congo"}
# a country's name as the text gives it -> as the government's name gives it ("Netherlands" -> "the Netherlands")
_GOV_CANON = {c.removeprefix("the "): c for c in _GOV_NATIONS.values()}
_GOV_COUNTRIES = sorted(_GOV_CANON, key=len, reverse=True)
_GOV_QUALIFIER = r"(?:(?:federal|central|national|transitional|military|interim|new)\s+)?"
_NATIONAL_GOV = re.compile(
    r"\b(?:(?P<adj>" + "|".join(sorted(_GOV_NATIONS, key=len, reverse=True)) + r")\s+" + _GOV_QUALIFIER + r"government|"
    r"(?P<cty>" + "|".join(_GOV_COUNTRIES) + r")(?:['’]s)?\s+" + _GOV_QUALIFIER + r"government|"
    r"[Gg]overnment\s+of\s+(?:the\s+)?(?P<cty2>" + "|".join(_GOV_COUNTRIES) + r"))\b")
_MINISTRY = re.compile(
    r"(?:\b(?P<nat>(?:" + "|".join(sorted({*_MINISTRY_NATIONS, *_MINISTRY_NATIONS.values()}, key=len, reverse=True)) +
    r")(?:['’]s)?)\s+)?"
    r"(?P<body>\bMinistry\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
    r"(?:,?\s+(?:and\s+|of\s+|for\s+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*){0,5})")
_INDEX_NAME = re.compile(r"\b(?:CSI|SSE|SZSE|Hang Seng|MSCI|FTSE|S&P|Nasdaq|Dow|ChiNext|STAR|CNI|Wind|Stock|Theme|Composite)\b")
# Characters a capitalised run (_RUN) can hold, any number of them.
_RUN_CHARS_SPAN = re.compile(r"[A-Za-z0-9&'’\- \t]*")


def _suffix_runs(text: str) -> list[re.Match]:
    """Capitalised runs that contain a company word (Shares, Group, Energy...), each once.

    For a company word, the runs are read from up to 100 characters before it; the scan starts after the
    last character before it that no run can hold (no run crosses that character, so the runs found after
    it are the same).
    """
    out: list[re.Match] = []
    last_end = -1
    rev = None  # the text reversed: the run of run characters before an offset is a match at its mirror
    n = len(text)
    for sm in _SUFFIX_WORD.finditer(text):  # the _CAPWORD tokens that are in _SUFFIX_FORMS
        st = sm.start()
        if st < last_end or (st and text[st - 1] in _ASCII_LETTERS):
            continue
        w0 = max(0, st - 100)
        if rev is None:
            rev = text[::-1]
        q = st - _RUN_CHARS_SPAN.match(rev, n - st, n - w0).end() + (n - st)
        best = None
        for rm in _RUN.finditer(text, q, min(len(text), sm.end() + 60)):
            if rm.start() <= sm.start() and rm.end() >= sm.end():
                best = rm
                break
        if best is not None and best.start() > last_end:
            out.append(best)
            last_end = best.end()
    return out


# Common Chinese surnames that are also English stop words ("He Xiaopeng", "Yu Chengdong").
_SURNAMES = frozenset({"he", "yu", "an", "so", "do", "ma", "hu", "lu", "li", "wu"})
# The commonest Chinese surnames in pinyin: "Wang Jianfeng (王剑峰)" is a person, not a company.
_CN_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan lu du
    dai xia zhong wan qiu shen ren fan fang shi yao tan liao zou xiong jin qin hao kong bai cui kang mao gu hou shao
    meng long duan lei qian yin yi chang wen niu lai ge hong gong lian zhuang ou miao ni tao mo fu zuo you cheng su qi qu
    ji bao shu rao""".split())
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|"
                    r"ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v)")
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_DETERMINERS = frozenset("the a an on in at for from by with of this that these its their buy buys bought such as and "
                         "or to via".split())


# words of a parts maker's name: no carmaker is named after lamps or glass
_PART_MAKER_WORDS = frozenset({"lighting", "glass", "seating", "interiors", "safety", "steering", "brakes", "braking",
                               "chassis", "thermal", "castings", "tyres", "tires", "rubber", "lamps", "compressors",
                               "bearings", "harness", "harnesses"})
# words after a legal name's distinctive word that leave it the name's short form ("Xingyu" of "Xingyu Automotive
# Lighting Systems"), besides the company words of _SUFFIX_KIND
_SHORT_TAIL_WORDS = frozenset({"systems", "system", "machinery", "manufacturing", "industrial", "intelligent", "controls",
                               "equipment", "precision", "new", "science", "international", "advanced", "material",
                               "electronic", "mechanical", "and", "&"}) | _PART_MAKER_WORDS
_LEGAL_WORDS = frozenset({"co", "ltd", "limited", "inc", "corp", "corporation", "company", "plc", "llc"})

# a place word or a speaker's verb around a one-word name: "in Santiago", "Wilkins said"
# the legal form after a country that ends a company's name ("... Philippines Corp.", "... Philippines, Inc.")
_LEGAL_FORM_END = re.compile(r",?\s+(?:Corp\.?|Corporation|Inc\.?|Co\.?,?(?:\s+Ltd\.?)?|Company|Ltd\.?|Limited|LLC|S\.A\.?|"
                         r"GmbH|B\.V\.?|Sdn\.?\s+Bhd\.?)")
_PLACE_LIST_HEAD = re.compile(r"\s+(?:districts|counties|provinces|cities|regions|states|prefectures|towns|villages|"
                              r"municipalities|islands)\b")
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|around|neighbouring|neighboring)\s+(?:the\s+)?$", re.I)
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|wrote|explained)\b")


def _short_head_word(w: str) -> bool:
    """A capitalised name word ("Tung", "Thih") that a two-word short form may start from."""
    return len(w) >= 2 and w[0].isupper() and w[1:].islower() and w.isalpha()


# Most telling words first: a battery word types a company whatever else its name says.
_KIND_WORDS = ("battery", "batteries", "lithium", "motors", "motor", "auto", "automobile", "automotive", "cars", "vehicles",
               "semiconductor", "semiconductors", "materials", "chemical", "chemicals", "mining", "cobalt", "nickel",
               "securities", "bank", "capital", "investment", "robotics", "software", "technology", "technologies", "tech",
               "electronics", "electric", "energy", "power")


def _telling_kind(heads: list[str]) -> str | None:
    """The class that a battery, energy-storage or parts word before the last word gives, else None."""
    low = [h.rstrip(".,") for h in heads]
    if "battery" in low or "batteries" in low:
        return "BatteryMaker"
    if "storage" in low and "energy" in low:
        return "BatteryMaker"
    if "parts" in low or "components" in low or not _PART_MAKER_WORDS.isdisjoint(low) or "systems" in low and (
            "automotive" in low or "auto" in low):
        return "Supplier"  # ("Changzhou Xingyu Automotive Lighting Systems", "Fuyao Glass Industry Group")
    return None


def _name_kind(toks: list[str]) -> str | None:
    """The class a company word inside the name gives ("Jiangsu Zenergy Battery Technologies Group"), else None."""
    if (k := _telling_kind([t.lower() for t in toks[:-1]])) is not None:
        return k
    low = {t.lower().rstrip(".,") for t in toks[:-1]}
    for w in _KIND_WORDS:
        if w in low:
            return _SUFFIX_KIND[w]
    return None


def _strip_lead(name: str, stop: frozenset[str] = _STOP_LEAD) -> str:
    toks = name.split()
    while toks and toks[0].lower() in stop:
        toks.pop(0)
    return " ".join(toks)


def _sub_runs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A capitalised run split at 'and'/'&' unless the whole run ends in a company word; leading stop words dropped.

    The answer depends only on the run and the character before it, so it is cached by those two.
    """
    prev = text[s - 1] if s else ""
    d = s - len(prev)
    return [(a + d, b + d) for a, b in _sub_runs_of(prev, text[s:e])]


@lru_cache(maxsize=65536)
def _sub_runs_of(prev: str, run: str) -> tuple[tuple[int, int], ...]:
    """:func:`_sub_runs` of ``run`` after the character ``prev`` ("" at the start of the text), in ``prev + run``."""
    return tuple(_sub_runs_uncached(prev + run, len(prev), len(prev) + len(run)))


_SUFFIX_NAMES: dict[tuple[str, str, bool, bool], tuple[tuple[int, int, str, str], ...]] = {}


def _suffix_names_of(prev: str, run: str, battery: bool, auto: bool) -> tuple[tuple[int, int, str, str], ...]:
    """``(start, end, name, class)`` in ``prev + run`` of each part of :func:`_sub_runs_of` ``(prev, run)`` that
    :func:`_suffix_name` names (with ``battery``, ``auto``), in order; cached (up to 65,536 runs)."""
    key = (prev, run, battery, auto)
    out = _SUFFIX_NAMES.get(key)
    if out is None:
        text = prev + run
        res = []
        for a, b in _sub_runs_of(prev, run):
            found = _suffix_name(text[a:b], battery, auto)
            if found is not None and found[0] != text[a:b] and text[a:b].endswith(found[0]) and \
                    text[a:b - len(found[0])].rstrip().endswith(("-based", "-listed", "-headquartered")):
                a = b - len(found[0])  # ("Beijing-based Zhongyan Insurance Consulting": the name after the place)
            if found is not None:
                res.append((a, b, found[0], found[1]))
        out = tuple(res)
        if len(_SUFFIX_NAMES) >= 65536:
            _SUFFIX_NAMES.clear()
        _SUFFIX_NAMES[key] = out
    return out


# Words that join a company name across "and" ("Industrial and Commercial Bank", "Weichai Power and Equipment").
_AND_NAME_WORDS = frozenset({"industrial", "commercial", "science", "technology", "trade", "trading", "investment",
                             "engineering", "research", "development", "electric", "electrical", "mechanical", "power",
                             "energy", "materials", "chemical", "chemicals", "mining", "equipment", "machinery", "import",
                             "export", "industry", "construction", "communications", "information", "oil", "gas",
                             "metals", "manufacturing", "transport", "transportation", "logistics", "finance",
                             "property"})  # ("PICC Property and Casualty Company")


_AND_SEP = re.compile(r"\s(?:and|&)\s")
_AND_SEP_LAST = re.compile(r"\s(?:and|&)\s[^\s]+$")
_AND_SPLIT = re.compile(r"(\s(?:and|&)\s)")


def _and_inside_name(run: str) -> bool:
    """Whether the "and" of a run ending in a company word is part of one name: only after a word that such names
    join ("Industrial and Commercial Bank"); "BYD and Xiamen Liquan Semiconductor Co" names two companies."""
    pre = _AND_SEP.split(run, maxsplit=1)[0].split()
    return bool(pre) and pre[-1].lower() in _AND_NAME_WORDS


def _sub_runs_uncached(text: str, s: int, e: int) -> list[tuple[int, int]]:
    run = text[s:e]
    if " " not in run and "\t" not in run:
        if run.lower().strip("'’") in _STOP_LEAD or _RUN_BREAK.search(run):
            return []
        end = e - 2 if run.endswith(("'s", "’s")) else e
        return [(s, end)] if end > s else []
    parts: list[tuple[int, int]] = []
    words = run.split()
    last = words[-1].lower() if words else ""
    # (every match of _AND_SEP holds "and" or "&")
    if ("and" in run or "&" in run) and _AND_SEP.search(run) and not (
            last in _SUFFIX_KIND and not _AND_SEP_LAST.search(run) and
            _SUFFIX_KIND.get(run.split(" and ")[0].split()[-1].lower(), 1) == 1 and _and_inside_name(run)):
        pos = s
        for piece in _AND_SPLIT.split(run):
            if _AND_SEP.fullmatch(piece):
                pos += len(piece)
                continue
            parts.append((pos, pos + len(piece)))
            pos += len(piece)
    else:
        parts.append((s, e))
    # Titles and possessives end a name: "CEO of BYD", "Morgan Asset Management's Senior Fund Manager".
    split_parts: list[tuple[int, int]] = []
    for ps, pe in parts:
        cur = ps
        for tm in _RUN_BREAK.finditer(text, ps, pe):
            if tm.group("poss"):
                split_parts.append((cur, tm.end("poss")))
                cur = tm.end()
            else:
                split_parts.append((cur, tm.start()))
                cur = tm.end()
        split_parts.append((cur, pe))
    parts = [(a, b) for a, b in split_parts if b > a and text[a:b].strip()]
    out = []
    for ps, pe in parts:
        while ps < pe and text[ps].isspace():
            ps += 1
        while pe > ps and text[pe - 1].isspace():
            pe -= 1
        seg = text[ps:pe]
        toks = seg.split()
        off = ps
        while toks and toks[0].lower().strip("'’") in _STOP_LEAD:
            if toks[0] == "China" and len(toks) >= 3 and toks[-1].lower().rstrip(".,") in _SUFFIX_KIND:
                break  # "China North Industries Group Corporation", "China National Building Material Group"
            off = text.index(toks[0], off) + len(toks[0])
            toks.pop(0)
            while off < pe and text[off].isspace():
                off += 1
        # Drop trailing possessive.
        end = pe
        if text[end - 2:end] in ("'s", "’s"):
            end -= 2
        elif text[end - 1:end] in ("'", "’"):
            end -= 1
        if toks and end > off:
            out.append((off, end))
    return out


_APPOSITION_OPEN = re.compile(r",\s+(?:a|an|the|who|which|whose|(?:in|of|to|with|from|for|by)\s+which|where)\s")


def _bare_ref(word: str) -> str:
    """A reference without its possessive ending: "the company's" -> "the company"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _in_apposition(text: str, ss: int, se: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a comma-enclosed apposition or relative clause of the sentence
    ``[ss, se)`` (", a former head of Baidu's unit,"), which is not the sentence's subject."""
    c = text.rfind(",", ss, start)
    if c < 0 or not _APPOSITION_OPEN.match(text, c):
        return False
    return text.find(",", end, se) >= 0


_PARENT_AFTER = re.compile(r"\s+(?:parent|owner)\b")


def _in_closed_clause(text: str, ss: int, mentions: list, j: int, before: int, refs: list = ()) -> bool:
    """Whether ``mentions[j]`` lies in an apposition or relative clause that describes an earlier name (or resolved
    reference, in ``refs``) of the sentence and closes before ``before`` ("Avatr, whose shareholders include CATL
    (300750.SZ), fits ...", "The Hebei firm, which is controlled by Norinco, said its"): a name the main clause's
    pronoun does not refer to."""
    if not _in_apposition(text, ss, before, mentions[j].start, mentions[j].end):
        return False
    c = text.rfind(",", ss, mentions[j].start)
    close = text.find(",", mentions[j].end, before)
    if close - c > 150 or ";" in text[c:close]:
        return False
    k = j - 1
    while k >= 0 and mentions[k].start >= ss and mentions[k].end > c:
        k -= 1
    if k >= 0 and mentions[k].start >= ss and _APPOSED_TO.fullmatch(text, mentions[k].end, c + 1) is not None:
        return True
    for r in reversed(refs):  # (refs are in text order: back from the last to the sentence's start)
        if r.start < ss:
            break
        if r.end <= c and _APPOSED_TO.fullmatch(text, r.end, c + 1):
            return True
    return False


# a person named with a title "of" the organisation that follows: "Zhang Xuezheng, Wingtech's founder, as chief
# executive of", "Lei Jun remains chairman and CEO of"; and with the organisation's possessive: "Zhang Xuezheng as"
_PERSON_AS = (r"(?P<name>(?-i:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,2}))(?:,[^,;.()]{1,60},)?[ \t]+")
_AS_TITLE_OF = re.compile(rf"{_PERSON_AS}(?:as|remains|remained|is|was|became)[ \t]+(?:the[ \t]+)?"
                          rf"(?:(?:former|acting|interim|new)[ \t]+)?{_TITLE}(?:[ \t]+and[ \t]+{_TITLE})?[ \t]+(?:of|at)[ \t]+$")
_AS_BEFORE_POSS = re.compile(rf"{_PERSON_AS}as[ \t]+$")
_TITLE_AFTER_POSS = re.compile(rf"(?:(?:former|acting|interim|new)[ \t]+)?{_TITLE}\b")
# the name of a university or research institute with "of" in it (and a campus city in parentheses)
_ACADEMIC_WORD = r"(?:[A-Z][a-z]+|[A-Z]{2,5})"
# (the fields a name joins with "and": "of Science and Technology", not "of Sciences and Shanxi Huayang Group")
_ACADEMIC_FIELDS = (r"(?:Technology|Engineering|Sciences?|Physics|Chemistry|Materials|Economics|Management|Design|"
                    r"Astronautics|Telecommunications|Information|Energy|Mining|Industry|Commerce|Finance|Law|Medicine|"
                    r"Arts|Applied|Transportation|Automation)")
_ACADEMIC = re.compile(rf"(?:{_ACADEMIC_WORD}[ \t]){{0,3}}(?:University|Institute|Academy|College)[ \t]of[ \t](?:the[ \t])?"
                       rf"{_ACADEMIC_WORD}(?:[ \t](?:and[ \t](?={_ACADEMIC_FIELDS}\b)|(?:of|for)[ \t](?:the[ \t])?)?{_ACADEMIC_WORD}){{0,6}}"
                       r"(?:[ \t]?\((?:Shenzhen|Guangzhou|Weihai|Harbin|Beijing|Shanghai|Hangzhou|Suzhou|Ningbo|Chongqing|"
                       r"Wuhan|Xi'an|Chengdu|Zhuhai|Qingdao|Hefei|Nanjing|Tianjin)\))?")
_ACADEMIC_LEAD_STOP = frozenset(("The", "A", "An", "And", "At", "In", "On", "With", "From", "By", "For", "Of", "Meanwhile",
                                 "While", "Both", "Its", "Their", "Rival", "Partner", "Professor", "Academician", "Dean"))
# a short capitalised word right before a run ("He" of "He Yadong")
_SURNAME_BEFORE = re.compile(r"\b([A-Z][a-z]{0,2})[ \t]$")


def _run_ending_at(text: str, pos: int) -> tuple[int, int] | None:
    """The capitalised run that ends right before ``pos`` (ignoring spaces)."""
    e = pos
    while e > 0 and text[e - 1] in " \t":
        e -= 1
    window_start = max(0, e - 120)
    best = None
    for m in _RUN.finditer(text, window_start, e):
        if m.end() == e:
            best = m
    if best is None:
        return None
    subs = _sub_runs(text, best.start(), best.end())
    return subs[-1] if subs else None


def _title_case(s: str) -> bool:
    words = re.findall(r"[A-Za-z][\w\-]*", s)
    minor = {"of", "and", "on", "for", "the", "in", "to", "a", "an", "with", "by", "at", "from"}
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w.lower() in minor for w in words)


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def _headline_mask(text: str, sentences: list[tuple[int, int]]) -> bytearray:
    """1 for every offset inside a title-case headline (no final punctuation, mostly capitalised words)."""
    mask = bytearray(len(text) + 1)
    n = len(text)
    for s, e in sentences:
        if 0 <= s and e <= n and (e <= s or text[e - 1] in ".!?。！？\"”" or e - s > 150):
            continue  # (read without slicing the sentence: it ends in punctuation, or is long)
        sent = text[s:e]
        if sent[-1:] in ".!?。！？\"”" or len(sent) > 150:
            continue
        words = _HEADLINE_WORD.findall(sent)
        if len(words) < 3:
            continue
        caps = sum(1 for w in words if w[0].isupper() or w.lower() in ("of", "and", "the", "in", "on", "for", "to", "a"))
        if caps / len(words) >= 0.85:
            mask[s:e] = b"\x01" * (e - s)
    return mask
