"""Typed relations between the entities of one sentence.

:class:`RelationFinder` reads each sentence that names at least two entities (a resolved pronoun
such as "the company" or "its" counts) and applies rules of three shapes:

- **trigger rules**: a verb or noun phrase from a lexicon ("supplies ... to", "unveiled",
  "issued", "listed on", "summoned") with the subject chosen before it and the objects after it
  (or the other way round for passives and "buys from"); coordination ("BYD, CATL and EVE
  Energy") distributes over every conjunct;
- **adjacency rules** between two neighbouring mentions: appositions ("Luxeed, a brand under
  HIMA", "X, a subsidiary of Y"), possessives ("CATL's semi-solid-state battery", "its AITO
  series", "Y's supplier X"), relational nouns in every order ("A, B's battery subsidiary",
  "A is the largest shareholder of B", "B's brands are A1 and A2", "A is B's customer"),
  "Geely-owned Zeekr", object relatives ("the Model 3 that Tesla builds"), a product and the
  technology that describes it ("its Gemstone all-solid-state battery", "Naxtra, a sodium-ion
  battery");
- **frame rules**: "On the Shenzhen Stock Exchange, ..." (LISTED_ON), "the constituents of the
  Battery ETF ... include X" (CONSTITUENT_OF), "the meeting, attended by ... from X" (MET_WITH).

Hedged statements ("may", "reportedly", "is expected to"), statements sourced to unnamed people or
media reports, and negated ones ("is not a supplier to", "denied") give nothing; decided future
actions ("will supply", "said it would supply") give ``status="planned"``. Two names joined by a
bare comma are not a list ("Besides Tesla, CATL supplies ..."); a regulator never develops, makes
or supplies anything. Every relation is checked against the ontology's
domain and range (:func:`evkg.ontology.vocab.accepts`); symmetric ones are stored with
``subject < object``.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter
from dataclasses import dataclass

from evkg.ontology.vocab import RELATIONS, SYMMETRIC, Rel

from .cleaning import CleanText
from .entities import BASED_LEAD, FRONTED, FRONTED_ASIDE, MAKER_KINDS, ORG_TAIL_WORDS, SENSOR_CLASSES, TECH_PRODUCT_WORDS, Found
from .entities import PASSIVE_AGENT as _PASSIVE_BY, THROUGH_BEFORE as _THROUGH_BEFORE
from .guards import fold_unsafe as _fold_unsafe, holds_any as _may_hold
from .sentences import CLAUSE_CHAR, CLAUSE_CHAR_NO_COLON
from .types import Relation

_ORG = "Organization"
_TECH_KINDS = frozenset({"Technology", "TechProduct"})
# a market or a volume named between a share and a company ("40 percent of the Jordanian car market ..., outselling")
_SHARE_MARKET_GAP = re.compile(r"\s*(?:the\s+)?(?:[\w\-'’]+\s+){0,4}?(?:market|segment|sales|shipments|installations|"
                               r"deliveries|registrations|output|exports)\b", re.I)
# an apposition between a name and the relative pronoun about it (", its in-house chip unit, ")
_APPOS_BETWEEN = re.compile(r",\s+(?:its|their|the|a|an)\s+[^,.;]{0,50},\s*")
# a name in apposition to a described noun ("its first kei car, the Racco")
_APPOSED_NAME = re.compile(r",\s+(?:the|a|an)\s+$")
# a co-owner named after what is owned ("owns X together with Suzuki Motor", "controls X jointly with Y")
_TOGETHER_WITH = re.compile(r"\s+(?:together|jointly)\s+with\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*['’]s\s+)?")
# a joint venture named before the clause of its founding ("a joint venture it set up with", "the JV that BYD formed with")
_JV_THAT = re.compile(r"\b(?:joint\s+venture|venture|JV)\s+(?:that\s+|which\s+)?(?:it|they|(?-i:[A-Z])[\w\-]*"
                      r"(?:\s+(?-i:[A-Z])[\w\-]*){0,2})\s+(?:(?:has|had|also|jointly)\s+)?$", re.I)
# what stands between a distributor and its verb ("EVDirect, which distributes", "GB Corp has distributed")
_DISTRIBUTOR_GAP = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?(?:,\s*(?:which|that)\s+)?"
                              r"(?:(?:has|have|had|also|now|still|long|already)\s+)*")
# an owner's unit named after the owner ("BYD subsidiary FinDreams Battery", "Geely's battery unit Aegis")
_OWNERS_UNIT = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+)?(?:subsidiary|unit|arm|affiliate)\s+")
# a supply verb and what may stand between it and its customer ("supplies BMW", "supplied the Volkswagen group")
_VERB_THEN_NAME = re.compile(r"[A-Za-z]+\s+(?:the\s+)?")
_WITH_GOODS = re.compile(r"\s+with\b")

# (rule name, predicate, mode, pattern). Modes: fwd (subject before, objects after), rev (objects
# before, subject after), meet (regulator before or in context, organisations after), policy (every
# policy before, objects after), group (pairs inside the coordinated group before the trigger),
# between (pairs inside the group after the trigger).
# goods a supplier delivers for a customer or a product: "delivered LFP cells for", "delivered chips to"
_GOODS_FOR = (r"(?:cells?|batter(?:y|ies)|packs|chips|chipsets|lidars?|sensors|modules|components|parts|systems|"
              r"cathodes?|anodes?|materials|electrolytes?|separators?|"
              # (and plant equipment: "has delivered complete production lines to Northvolt")
              r"lines?|machines?|machinery|equipment|presses|robots)\s+(?:to|for)\b")

# the parts something is built of ("built from CATL cells")
_BUILT_OF = (r"cells|battery\s+cells|batter(?:y|ies)|chips|chipsets|modules|power\s+modules|motors|magnets|cathodes?|"
             r"anodes?|wafers|substrates|steel|aluminium|glass")

# from the owner to "built from": "NIO's standard-range packs are", "the Xpeng packs were"
_BUILT_OWNER_GAP = re.compile(r"(?:['’]s?\s+(?:[\w\-]+\s+){0,3}?|\s+)(?:packs?|batter(?:y|ies)|modules|motors|cars|models|"
                              r"vehicles|units|systems)\s+(?:(?:will|would|is\s+to|are\s+to)\s+)?(?:is|are|was|were|be|been|"
                              r"have\s+been|has\s+been)\s+")

# the goods a supply deal is named by ("electrolyte agreements with")
# the machines whose battery's chemistry their maker uses ("exported 68,000 lithium-ion forklifts")
_MACHINE_NOUNS = r"forklifts?|trucks|tractors|loaders|excavators|tugs"
_DEAL_GOODS = (r"(?:cathode|anode|electrolyte|separator|copper\s+foil|foil|lithium|graphite|precursor|cell|battery|chip|wafer|"
               r"substrate)(?:\s+(?:material|materials|supply))?")
# a deal to buy power: "a ten-year green electricity purchase agreement with", "a power purchase agreement with"
_POWER_DEAL = (r"(?:green[\s\-]+(?:electricity|power|energy)|renewable\s+(?:electricity|power|energy)|clean\s+power|"
               r"wind\s+and\s+solar\s+power|power\s+purchase|electricity\s+(?:purchase|supply|trading))\s+"
               r"(?:(?:purchase|supply|trading|offtake)\s+)?(?:agreements?|contracts?|deals?)")

# a place or a date between a group of companies and its verb: "CATL and NIO in Fujian Ningde signed", "Renault and
# Geely on May 31 officially launched"
_GROUP_LEAD = (r"(?:(?:in|at)\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}\s+|"
               r"on\s+(?-i:[A-Z])[a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+|(?:last|this)\s+(?:week|month|year)\s+)?")
# a dealer's verbs, counts and outlets ("operates around 20 BYD stores", "runs dozens of user centres for Aito")
_STORE_VERBS = r"operat(?:es|ed|ing|e)|runs?|ran|running|manag(?:es|ed|ing|e)|open(?:s|ed|ing)?"
_STORE_COUNT = (r"about|around|roughly|nearly|more\s+than|over|some|dozens\s+of|hundreds\s+of|[\d,]+|another|\w+\s+more|"
                r"new|its|their")
_STORE_NOUN = r"(?:(?:sales\s+and\s+service\s+|4S\s+|brand\s+|user\s+)?(?:store|showroom|outlet|dealership|cent(?:re|er)))"
# a share named as a fraction: "bought roughly a quarter of Gotion", "paid $137.5 million for a quarter of KFM Holding"
_FRACTION = r"(?:half|a\s+(?:majority|third|quarter|fifth|tenth)|one-(?:third|quarter|fifth)|two-thirds|three-quarters)"
# "its controlling shareholder is JAC", "the controlling shareholder of Changan Automobile": the holder controls it
_MAJORITY_STAKE = re.compile(r"\b(?:majority|controlling)\s+(?:stake|shareholding|interest|holding)\b", re.I)
_CONTROLLING_HOLDER = re.compile(r"\bcontrolling\s+(?:share|stake)holder\b", re.I)
_OWNER_AFTER = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:parent|owner|holding\s+company|controlling\s+shareholder)\b")
_POSS_VOLUME = re.compile(r"(?:['’]s?)?\s+(?:[\w\-]+\s+)?(?:sales|revenues?|output|market|shipments|production|deliveries|"
                          r"volumes?|capacity|orders|exports|installations|profits?)\b")
# a facility verb with no object before "with" ("a centre that Xpeng opened with"): one alternative of "facility-with"
_FACILITY_VERB_WITH = r"(?:opened|launched|built|runs|run|operates|operated|set\s+up|established)\s+(?:together\s+|jointly\s+)?with\b"
# parts beyond cells and chips that a supplier's customer uses or gets ("will get Valeo's 800-volt inverters")
_MORE_PARTS = (r"inverters?|headlamps?|headlights?|lamps?|radars?|cameras?|airbags?|seatbelts?|gearboxes?|transmissions?|"
               r"e-axles?|fuses|contactors?|relays|connectors|terminals|casings|capacitors|MLCCs|resistors|inductors|"
               r"(?:circuit\s+)?boards|PCBs|laminates?|wafers|substrates|foils?|(?:wire\s+)?harnesses|wiring\s+systems")
# vehicles made or built for a company or by one ("produces vehicles for Denago EV", "its carts are built by Xiamen
# Dalle")
_VEHICLE_GOODS = r"carts|vehicles|chassis|trailers|vans|trucks|buses|ATVs|UTVs"
# a company's legal suffixes after its name ("chosen by Chery Automobile Co. Ltd."), with their dots
_LEGAL_SUFFIXES = r"(?:,?\s+(?-i:Co\.|Ltd\.|Inc\.|Corp\.|Limited|Corporation|AG|SE|plc|N\.V\.))*"
# the work a contract with a company may be for ("a contract with Chery to develop the body-in-white")
_SERVICE_VERBS = (r"develop|design|engineer|test|validate|adapt|style|build|assemble|produce|manufacture|supply|provide|"
                  r"deliver|locali[sz]e|homologate")
_RULES: list[tuple[str, str, str, str]] = [
    ("supplies", "SUPPLIES", "fwd",
     r"\b(?:supplies|supplied|supply|supplying|provides|provided|providing|(?<=will\s)provide|delivers|delivering|"
     r"(?<=will\s)deliver|ships|shipped|shipping|(?<=will\s)ship|"
     # "has delivered LFP cells for the Hongguang Mini EV" (not "delivered 30,000 cars")
     r"(?:delivered|handed\s+over)(?=\s+(?:[\w\-,]+\s+){0,5}?" + _GOODS_FOR + r"))"
     # "supplies <what> to|for X" (up to twelve words, "(LFP)" included) or "supplies X" with X capitalised
     # ("supplied Panasonic and Samsung SDI for years": "for" a time span names no customer, nor "from mid-2024 to the end")
     # ("supply most of the batteries used by Yadea and Aima")
     # ("supplies airbags, seatbelts and steering wheels to Honda": a list of goods, its words lower-case)
     # (not across a second verb phrase: "supplies Nissan from Smyrna and will make cells for BMW")
     # ("will supply 12.5GWh of grid-scale storage to": a figure with its unit)
     r"(?:\s+(?:(?!and\s+(?:will|would|plans?|aims?|is|was|has|had)\b)(?:[\w\-()]+|"
     r"\d[\d.,]*\d(?:-[\w\-]+|[A-Za-z]{1,4})?|"
     r"(?-i:[a-z][a-z\-]*),)\s+){0,12}?"
     r"(?:to|for|(?<=\s)used\s+by|"
     # "supplies the cells in NIO's 150 kWh pack": the possessor of what the goods go in
     r"(?<=\s)(?:in|on)(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}['’]s\s)|"
     # "supplies the bulk of NIO's battery packs", "about 60 per cent of Tesla's cells": a share of the possessor's goods
     r"(?:(?<=most\s)|(?<=bulk\s)|(?<=half\s)|(?<=all\s)|(?<=much\s)|(?<=third\s)|(?<=quarter\s)|(?<=cent\s)|"
     r"(?<=majority\s))of(?!\s+(?:China|Europe|Japan|Korea|South\s+Korea|Germany|America|India|Brazil|Asia)['’]s)"
     r"(?=\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}['’]s\s))\b(?!\s+(?:years|decades|months|weeks|a\s+(?:long\s+)?time|some\s+time|a\s+decade|"
     r"(?:many|several|a\s+few|some|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years|decades|months)\b|"
     r"(?:the\s+)?(?:past|last|next|(?-i:first)(?!\s+generation)|end|start|beginning|middle)\b|"
     # (but a count of customers is no time: "to more than 20 Chinese carmakers, among them BYD")
     r"(?:more\s+than|over\s+(?:a|\d)|nearly|almost|\d)(?![^,.;]{0,30}?\b(?:carmakers|automakers|customers|clients|companies|"
     r"brands|OEMs|manufacturers)\b)))|"
     # ("supplying only BYD and its Denza brand")
     r"(?=\s+(?:(?:only|mainly|chiefly|primarily|exclusively|largely|mostly)\s+)?(?:the\s+)?(?-i:[A-Z]))|"
     # ("supplies both with cells", "supplies all three.": a group named before, see _GROUP_OBJECT)
     r"(?=\s+(?:both|all\s+(?:three|four|five|six)|the\s+(?:two|three|four|five|six)\s+[\w\-]+)(?:\s+of\s+them)?\s*(?:[.,;]|with\b)))"),
    # "sells driver-assistance software to carmakers including SAIC-GM" (not a stake, a unit or a plant sold)
    ("sells-to", "SUPPLIES", "fwd",
     r"\b(?:sells|sold|selling|(?<=will\s)sell|(?<=would\s)sell|(?<=to\s)sell)\s+(?!(?:[\w\-()%$.,]+\s+){0,8}?(?:stakes?|shares?|equity|units?|arms?|business(?:es)?|divisions?|"
     r"subsidiar\w+|holdings?|interests?|assets|operations|plants?|factor(?:y|ies)|(?<!own\s)brands?|cars|vehicles|EVs|models)\b)"
     # ("sells dimethyl carbonate, ethylene carbonate and FEC to Tinci and Capchem": a list of goods, lower-case)
     r"(?:(?:[\w\-()]+|\d[\d.,]*\d|(?-i:[a-z][a-z\-]*),)\s+){1,10}?to\b(?!\s+(?:\d|the\s+(?:public|market)|investors))"
     # ("sells its entire output to its two ultimate shareholders, Tianqi and Albemarle": the buyers named after their role)
     r"(?:\s+(?:its|their)\s+(?:[\w\-]+\s+){0,3}?(?:shareholders|owners|parents|partners|customers|clients)\s*,(?=\s+(?-i:[A-Z])))?"
     # "Tinci sells to CATL and LGES" (not "was sold to Geely": an owner changing)
     r"|\b(?:sells|selling)\s+(?:(?:mainly|mostly|chiefly|directly|largely)\s+)?to\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"),
    ("supplier-of", "SUPPLIES", "fwd",
     # ("is still a main battery supplier of Great Wall")
     r"\b(?:is|was|as|became|becomes|remains|becoming|been)\s+(?:(?:still|also|now|already|currently)\s+)?"
     r"(?:a|an|the|its|their)?\s*(?:[\w\-]+\s+){0,3}?(?:supplier|provider|vendor)s?\s+(?:of|to|for)\b|"
     # "Sunwoda is the second source of cells for Li Auto", "is another source of cells, mainly for Geely's hybrids"
     r"\b(?:is|was|became|becomes|(?<=has\s)become|(?<=have\s)become|remains)\s+(?:a|an|the|its|their|another)\s+(?:[\w\-]+\s+){0,2}?source\s+of\s+(?:[\w\-]+\s+){0,2}?"
     r"(?:batter(?:y|ies)|cells?|packs?|chips?|lidars?|sensors?|motors?|parts|components|materials?)\s*,?\s+"
     r"(?:(?:mainly|mostly|chiefly|largely|also|too)\s+)?for\b|"
     # "Shougang Group remains a second source for Great Wall Motor outer panels"
     r"\b(?:is|was|became|becomes|(?<=has\s)become|(?<=have\s)become|remains)\s+(?:a|an|the|its|their|another)\s+(?:[\w\-]+\s+){0,2}?source\s+for\b"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z]))"),
    ("order-from", "SUPPLIES", "fwd",
     # ("won a 150 million yuan body engineering contract from Chery": a value and the work before the noun)
     r"\b(?:won|wins|secured|secures|received|receives|landed|bagged)\s+(?:an?\s+|the\s+)?(?:[\w\-$€¥.,]+\s+){0,5}?"
     r"(?:orders?|contracts?|deals?|design\s+wins?|nominations?|designations?|fixed-point\s+(?:notices?|orders?)|"
     # ("had won seat awards from Li Auto, Geely and Seres")
     r"awards|business)\s+"
     # ("won an order last year from Chery Automobile": when it was won, before the buyer)
     r"(?:(?:last|this|earlier\s+this|late\s+last)\s+(?:year|month|week|quarter)\s+|in\s+(?-i:[A-Z][a-z]+)(?:\s+\d{4})?\s+)?"
     # ("won orders worth about 1.5 billion yuan for 5G modules from Chery": the orders' value before the goods)
     r"(?:(?:worth|valued\s+at|totalling|totaling)\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|up\s+to)\s+)?"
     r"[$¥€£]?\d[\d.,]*\s*(?:(?:billion|million|bn|mn|m|yuan|RMB|euros?|dollars?|won|yen)\s+){0,2})?"
     # ("won contracts to build complete paint shops for BYD", "won orders for welding robots from Chery")
     # ("won an order for four LNG dual-fuel pure car and truck carriers from China Merchants Energy Shipping")
     r"(?:(?:for|to\s+(?:build|supply|deliver|provide|make|install|equip))\s+(?:[\w\-]+,?\s+|\d[\d,.]*\s+){0,10}?(?:from|for)|from|with|by)\b|"
     # ("AAC has orders from Chery and Leapmotor")
     r"\b(?:has|have|had|holds)\s+(?:(?:new|fresh|repeat|firm)\s+)?orders?\s+from\b|"
     # ("revenue tripled, helped by orders from BYD and Chery", "benefited from new orders from BYD", "climbed thanks
     # to orders from Li Auto": the buyers behind a seller's growth)
     r"\b(?:(?:helped|driven|lifted|boosted|buoyed|supported)\s+by|benefit(?:ed|s|ing|ting|ted)?\s+from|thanks\s+to)\s+"
     r"(?:(?:new|fresh|repeat|strong|stronger|higher|rising|growing|large|larger|bigger)\s+)?orders\s+from\b"),
    ("sources-from", "SUPPLIES", "rev",
     r"\b(?<!land\s)(?<!site\s)(?<!plant\s)(?<!factory\s)(?<!facility\s)"
     r"(?:sources?|sourced|sourcing|procures?|procured|procuring|buys?|bought|buying|purchases?|purchased|purchasing|"
     # ("has taken delivery of the COSCO Shipping Ruyi, a car carrier ..., from Guangzhou Shipyard International")
     r"(?:took|taken|takes|take|taking)\s+delivery\s+of(?=" + CLAUSE_CHAR + r"{0,160}?\bfrom\s)|"
     # ("leases double-deck wagons from China Railway Special Cargo Logistics")
     # (not the noun's modifier: "for its leasing fleet and packs from CATL")
     r"leases?|leased|(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\ba\s)leasing|"
     # ("has ordered 2,000 delivery vans from Zelos"; not "ordered BYD to withdraw the cars from sale", nor the noun:
     # "orders from CATL" name the buyer)
     r"(?:ordered|ordering)(?![^,;.]{0,60}?\bto\s+[a-z]))"
     # (not a site, a plant or a stake bought: "on land bought from WHA", "buying the facility from Mercedes-Benz")
     r"(?!\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?(?:land|site|sites|plant|plants|factory|factories|"
     r"facility|facilities|premises|building|buildings|offices?|space|stake|shares|assets|business|operations|holding|"
     r"holdings|interest|"
     r"control|unit|division)\b)"
     # ("would purchase about 1.32 million tonnes of LFP cathode from it")
     # ("buys the cells for the MG4, its best-selling EV in Britain, from CATL": an apposition among the goods)
     r"\s+(?:[\w\-]+,?\s+|\d[\d.,]*\s+){0,14}?from\b|"
     # "Zeekr uses SiC MOSFETs from Japan's ROHM": the goods a user takes from their maker
     # ("depended on magnets from Zhong Ke San Huan", "relies on cells from CATL")
     r"\b(?:uses|used|using|adopts|adopted|adopting|fits|fitted|installs|installed|"
     r"(?:relies|relied|rely|relying|depends|depended|depend|depending)\s+(?:heavily\s+|largely\s+|mainly\s+)?on)\s+"
     r"(?:[\w\-]+\s+){0,3}?"
     r"(?:cells|batter(?:y|ies)|packs|chips|chipsets|MOSFETs|modules|devices|wafers|substrates|components|parts|sensors|"
     r"lidars?|motors|inverters|magnets|materials|cathodes?|anodes?|separators?|electrolytes?|foils?|engines|maps|"
     r"map\s+data|radars?|cameras|units)\s+from\b|"
     # "CATL takes cobalt hydroxide from TFM and KFM": a buyer's raw material from its source
     r"\b(?:takes|took|taking)\s+(?:[\w\-]+\s+){0,3}?(?:hydroxide|carbonate|concentrates?|ore|cobalt|nickel|lithium|"
     r"graphite|spodumene|MHP|intermediates?|precursors?|cathodes?|anodes?|cells|batter(?:y|ies)|chips|materials)\s+from\b"),
    # "DR Automobiles, which rebadges Chery, JAC and BAIC vehicles", "Hertz bought 100,000 Tesla cars": the maker of the
    # cars a company buys or rebadges supplies it
    ("buys-makers-cars", "SUPPLIES", "rev",
     r"\b(?:buys|bought|buying|rebadges|rebadged|rebadging|re-badges|re-badged|re-badging)"
     r"(?=\s+(?:(?:more\s+than|over|about|around|nearly|some|another|up\s+to)\s+)?(?:\d[\d.,]*\s+)?"
     r"(?-i:[A-Z])[\w\-&]*(?:(?:\s*,\s*|\s+and\s+|\s+)(?-i:[A-Z])[\w\-&]*){0,6}\s+"
     # (the goods in lower case: "bought Volvo Cars from Ford" bought a company)
     r"(?-i:cars|vehicles|models|kits|buses|trucks|vans|EVs|SUVs|pickups|motorcycles)\b)"),
    # "the Monterrey plant serves Tesla and General Motors", "built to serve Northvolt", "serving carmakers such as
    # BYD": the names right after the verb (see _trigger)
    ("serves", "SUPPLIES", "fwd",
     r"\b(?:serves|served(?!\s+(?:as|on|in|with|under|by|at|for)\b)|serving|(?<=will\s)serve|(?<=to\s)serve)\b"
     r"(?:\s+(?:mainly|primarily|chiefly|largely|also|both|only|(?:its\s+|existing\s+|overseas\s+|domestic\s+|other\s+)?"
     r"(?:carmakers|customers|clients|automakers)\s+(?:such\s+as|including|like)))*"),
    ("supplied-by", "SUPPLIES", "rev", r"\b(?:supplied|provided|served)\s+by\b"),
    # "will start assembling the G6 and G9 in Austria through contract manufacturer Magna Steyr": the contract maker
    # supplies the carmaker
    ("contract-maker", "SUPPLIES", "rev",
     r"\b(?:through|via|by|with|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?contract\s+(?:manufacturer|assembler|maker)s?"
     r"(?=\s+(?-i:[A-Z]))"),
    # "NIO's standard-range packs are built from CATL cells", "the packs are made with cells from EVE Energy": the
    # maker of the parts supplies the owner of what is built of them
    ("built-from", "SUPPLIES", "rev",
     r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s)|(?<=\bbeen\s))"
     r"(?:built|made|assembled|produced)\s+(?:from|with|using)\s+"
     r"(?:(?:the\s+)?(?:" + _BUILT_OF + r")\s+(?:(?:made|supplied|produced)\s+by|from)\b|"
     r"(?=(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}(?:['’]s)?\s+(?:[\w\-]+\s+)?(?:" + _BUILT_OF + r")\b))"),
    # "SF Express will deploy 1,000 delivery vans made by White Rhino": a fleet's maker supplies the operator
    ("fleet-made-by", "SUPPLIES", "rev",
     r"\b(?:deploy|deploys|deployed|deploying|operates?|operated|operating|runs?|ran|running|uses?|used|using|"
     r"buys?|bought|buying|orders?|ordered|ordering|adds?|added|adding|leases?|leased|leasing)\s+"
     r"(?:(?:more\s+than|over|about|around|nearly|some|another|up\s+to)\s+)?(?:[\w\-]+\s+|\d[\d.,]*\s+){0,5}?"
     r"(?:vans?|trucks?|tractors?|vehicles|cars|buses|coaches|taxis|robotaxis|ships|vessels|boats|ferries|forklifts|"
     r"loaders|excavators|drones)\s+(?:(?:all|each|also)\s+)?(?:made|built|produced|manufactured|supplied|assembled)\s+by\b|"
     # "runs two 12,000-tonne cells supplied by LK Technology", "runs 7,200-tonne cells bought from LK Technology"
     r"\b(?:runs?|ran|running|operates?|operated|uses?|used|using|installed|installs|bought|buys|purchased|purchases|"
     r"ordered|orders|added|adds)\s+(?:(?:two|three|four|five|six|several|multiple|\d+)\s+)?(?:sets\s+of\s+)?"
     r"[\d,]+-?(?:tonne|ton|t|T)\s+(?:(?:die-casting|casting|die\s+casting)\s+)?(?:presses|press|machines?|cells?|units?)\s+"
     r"(?:(?:made|built|supplied)\s+by|(?:bought|purchased|sourced|ordered)\s+from|from)\b"),
    # "Sunwoda makes battery cells for Li Auto", "RoboSense produces lidars for BYD"
    ("makes-for", "SUPPLIES", "fwd",
     r"\b(?:make|makes|made|making|produce|produces|produced|producing|manufacture|manufactures|manufactured|build|builds|built|"
     r"building|assemble|assembles|assembled|assembling|"
     r"design|designs|designed|casts|cast|casting|(?:start|begin|began|begun|started|starting)\s+(?:mass\s+)?production\s+of|"
     # ("packages millimetre-wave radar chips for Calterah")
     r"packages|packaged|packaging|(?<=will\s)package)\s+"
     # ("builds the X350 and X500 for Harley-Davidson": the customer's models, by name)
     r"(?:(?:the\s+)?(?-i:[A-Z0-9])[\w\-]*(?:(?:\s+|,\s+|\s+and\s+)(?-i:[A-Z0-9])[\w\-]*){0,7}\s+for\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"(?:the\s+|its\s+|their\s+)?"
     # ("makes connectors, harnesses and cockpit domain controllers for Chery": a list of goods in lower case)
     r"(?:(?-i:[a-z][a-z\-]*)(?:\s+(?-i:[a-z][a-z\-]*)){0,2}(?:,|,?\s+and)\s+){0,4}?"
     r"(?:[\w\-]+\s+){0,3}?(?:batter(?:y|ies)|cells?|packs?|chips?|chipsets?|lidars?|sensors?|motors?|semiconductors?|processors?|controllers?|modules?|components|parts|systems?|"
     # ("has been building engines for BMW Motorrad", "assembling complete machines for the German brand")
     r"motorcycles|motorbikes|bikes|scooters|machines|"
     + _VEHICLE_GOODS + "|"
     r"microcontrollers|MCUs|SoCs|wafers|devices|floors?|underbod(?:y|ies)|cabins?|(?:body\s+)?sections|subframes?|"
     r"computers|magnets|lamps|headlights|headlamps|glass|windshields|seats|interiors|brakes|airbags|wheels|tyres|tires|"
     r"castings|harnesses|inverters|compressors|valves|pumps|displays|screens|e-axles|axles|powertrains|drivetrains|"
     r"transmissions|engines|bumpers|trim|heat\s+pumps|(?:HVAC|air[- ]conditioning|cooling|thermal|drive)\s+units|"
     # ("makes bumper beams and door frames for General Motors and Ford")
     r"beams|frames|doors|panels|mirrors|visors|pedals|stampings|bodies|cables|connectors|foils?|"
     # ("makes battery housings for GM", "builds steering gears and columns for Ford", "makes seat belts for Toyota")
     r"housings|enclosures|trays|casings|columns|gears|gearboxes|belts|bearings|dampers|shock\s+absorbers|knuckles|"
     # ("makes headrests, armrests and consoles for Volkswagen")
     r"headrests|armrests|consoles|steering\s+wheels|dashboards|instrument\s+panels|"
     r"control\s+arms|forgings|radiators|hoses|"
     # battery materials ("makes synthetic graphite for CATL", "produces cathode material for LG Energy Solution")
     r"graphite|anodes?|cathodes?|materials?|electrolytes?|separators?|precursors?|powders?|hydroxide|carbonate|"
     # any other goods named by a plural noun ("makes air springs for Mercedes-Benz", "gears and reducers for Sany")
     r"(?!(?-i:its|this|has|was|is|us|as|his|plus|less|plans|profits|losses|gains|sales|sense|efforts|steps|headlines|"
     r"moves|waves|news|progress|business|process|success|access|emissions|jobs|times|terms|ends|means|hopes|"
     r"reasons|investments|funds|shares|bids|offers|proposals|calls|claims|headquarters|towns|cities|markets|"
     r"countries|regions|years|months|weeks|days)\b)(?-i:[a-z][a-z\-]{2,}(?<!ss)s)\b)"
     r"(?:(?:\s+and|,)\s+(?:[\w\-]+\s+){0,2}?(?-i:[a-z][a-z\-]{2,}(?<!ss)s)\b)?"
     # ("makes harnesses in China for SAIC-GM", "makes wiring systems and cables for carmakers including BMW")
     r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?)?"
     r"\s+for\b(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:[\w\-]+\s+){0,2}?(?:carmakers|automakers|makers|manufacturers|"
     r"customers|clients|brands)\s+(?:including|such\s+as|like)\s+"
     r"(?-i:[A-Z])))|"
     # a logistics service: "moves vehicles and parts for Changan", "now carries finished vehicles for Li Auto"
     r"\b(?:move|moves|moved|moving|carry|carries|carried|carrying|transport|transports|transported|transporting|haul|"
     r"hauls|hauled|hauling|handle|handles|handled|handling|distribute|distributes|distributed|distributing|"
     # ("ships cars for Tesla's Shanghai factory", "handles exports for GAC Group", "books battery cargo for CATL")
     r"ship|ships|shipped|shipping|load|loads|loaded|loading|books|booked|booking)\s+"
     r"(?:[\w\-]+\s+){0,2}?(?:vehicles|cars|parts|components|goods|cargo|exports|imports|shipments|kits|logistics)"
     r"(?:\s+and\s+(?:[\w\-]+\s+){0,2}?"
     r"(?:vehicles|cars|parts|components))?\s+for\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"),
    # "Xiaomi relies on Qualcomm for cockpit chips": the one relied on supplies the subject
    ("relies-on", "SUPPLIES", "rev",
     r"\b(?:relies|rely|relied|relying|depends|depend|depended|depending)\s+on\b(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-&.]*\s+){1,4}"
     r"(?:for|to\s+supply|to\s+provide)\s+(?:(?:most|much|all|some|part|half|the\s+bulk)\s+of\s+)?(?:its\s+|the\s+|their\s+)?"
     r"(?:[\w\-]+\s+){0,3}?(?:batter(?:y|ies)|cells?|packs?|chips?|chipsets?|lidars?|sensors?|motors?|semiconductors?|processors?|controllers?|modules?|components|parts|systems?))"),
    # "Gotion-made cells have gone into Volkswagen vehicles", "its product goes into cells made by CATL"
    ("goes-into", "SUPPLIES", "fwd",
     r"\b(?:power\s+)?(?:batter(?:y|ies)|cells?|packs?|chips?|chipsets?|lidars?|sensors?|motors?|semiconductors?|products?|"
     r"materials?|cathodes?|anodes?|separators?|electrolytes?|foils?|modules?|components|parts)\s+(?:[\w\-]+\s+){0,3}?"
     r"(?:go|goes|went|gone|going)\s+into\b(?=\s+(?:the\s+|its\s+)?(?:[\w\-'’]+\s+){0,3}?(?:cars?|vehicles|models?|EVs?|"
     r"SUVs?|sedans?|trucks?|buses|vans?|cells?|packs?|batter(?:y|ies))\b)"),
    # "CATL powers Tesla's Model Y"
    ("powers-company", "SUPPLIES", "fwd", r"\b(?:powers|powered)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"),
    # "Hesai has entered the supply chain of BYD"
    ("supply-chain-of", "SUPPLIES", "fwd",
     r"\b(?:entered|enters|enter|entering|joined|joins|join|is\s+part\s+of|became\s+part\s+of|is\s+in)\s+(?:the\s+)?"
     r"(?:global\s+|battery\s+|core\s+)?supply\s+chains?\s+(?:of|for)\b"),
    # "Xiaomi gets its batteries from CATL", "CATL has started deliveries of cells to BMW"
    ("gets-from", "SUPPLIES", "rev",
     r"\b(?:gets?|got|getting|obtains?|obtained|takes?|took)\s+(?:its\s+|their\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
     r"(?:batter(?:y|ies)|cells?|packs?|chips?|chipsets?|lidars?|sensors?|motors?|semiconductors?|modules?|"
     + _MORE_PARTS + r")\s+from\b"),
    ("deliveries-to", "SUPPLIES", "fwd",
     r"\b(?:deliveries|shipments|supplies)\s+of\s+(?:[\w\-]+\s+){0,3}?(?:batter(?:y|ies)|cells?|packs?|chips?|chipsets?|"
     r"lidars?|sensors?|motors?|semiconductors?|units?)\s+to\b"),
    # "Leapmotor and Chery have awarded the company new design wins": the one awarded supplies them
    ("awarded", "SUPPLIES", "rev",
     r"\b(?:awarded|awards|granted|grants|gave|gives)(?=\s+(?:the\s+|its\s+)?(?:[\w\-&.]+\s+){1,3}?(?:new\s+|additional\s+|"
     r"further\s+|more\s+)?(?:design\s+wins?|nominations?|designations?|supply\s+contracts?|supply\s+deals?)\b)"),
    # "Horizon Robotics has been designated by Volkswagen as a chip supplier", "was picked by BYD to supply"
    ("designated-by", "SUPPLIES", "fwd",
     # ("picked by Seres Group and Xiaomi to supply")
     # ("chosen by Chery Automobile Co. Ltd. to supply": a company's legal suffix)
     r"\b(?:designated|nominated|selected|picked|chosen|tapped|named)\s+by(?=\s+(?:the\s+)?(?:(?:[A-Z][\w\-&]*\s+){0,2}[A-Z][\w\-&]*"
     + _LEGAL_SUFFIXES +
     r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:[A-Z][\w\-&]*\s+){0,2}[A-Z][\w\-&]*"
     + _LEGAL_SUFFIXES + r"){0,4}|"
     # ("named by the German carmaker as cell suppliers")
     r"(?:[\w\-]+\s+){0,2}(?:carmaker|automaker|company|group|manufacturer|brand|start-up))"
     # ("designated by BYD, China's largest carmaker, as a lidar partner")
     r"(?:\s*,[^,;.]{1,60},)?\s+(?:as\s+(?:its\s+|a\s+|the\s+)?"
     r"(?:[\w\-]+\s+){0,3}?(?:supplier|provider|vendor|(?:lidar|chip|battery|cell|sensor)\s+partner)|to\s+(?:supply|provide|deliver)|for\s+(?:its\s+|the\s+)?(?:[\w\-]+\s+){0,3}?"
     r"(?:batter(?:y|ies)|cells?|packs?|chips?|lidars?|motors?|components|parts|semiconductors?|sensors?)|"
     r"for\s+(?:its\s+|the\s+)?(?:new\s+|upcoming\s+)?(?-i:[A-Z0-9])[\w\-]*(?:\s+[\w\-]+){0,2}?\s+(?:SUVs?|sedans?|MPVs?|"
     r"hatchbacks?|cars?|models?|coupes?|pickups?|trucks?|EVs?)\b))"),
    # "Xiaomi taps CATL for YU7 batteries", "Ford picked CATL as its battery supplier"
    ("taps", "SUPPLIES", "rev",
     # ("Sinotruk added EVE Energy as a battery supplier")
     r"\b(?:taps?|tapped|picks?|picked|selects?|selected|chooses|chose|(?<=has\s)chosen|(?<=have\s)chosen|enlists?|enlisted|hires?|hired|designates?|designated|has|had|"
     r"adds|added|adding|"
     # a test house's or a cloud's clients: "used UTAC to homologate the T03", "engaged SGS to test its packs"
     r"(?:uses?|used|engag(?:es|ed)|commission(?:s|ed))(?=\s+(?:(?-i:[A-Z])[\w\-&+]*\s+){1,3}(?:to|for)\s+(?:its\s+|the\s+)?"
     r"(?:[\w\-]+\s+){0,2}?(?:test|audit|certif|homologat|inspect|assess|validat|type\s+approval)))\b(?!\s+(?:by|been)\b)"
     # (names: "tapped Ganfeng to supply", not "had won contracts to supply"; "picked Huawei Cloud, Huawei's cloud unit, to
     # host its data")
     r"(?=\s+(?:(?:(?-i:[A-Z])[\w\-&+.]*\s+){1,3}|(?:(?-i:[A-Z])[\w\-&+]*\s+){0,2}(?-i:[A-Z])[\w\-&+]*,\s+[^,;()]{3,60},\s+|"
     # ("Xiaomi picked the company last year as a chassis supplier": the company referred to)
     r"(?:the\s+(?:company|firm|group)|it)\s+(?:(?:last|this)\s+(?:year|month)\s+|in\s+\d{4}\s+)?(?=as\s))"
     # (a ticker or a Chinese name after the supplier's name: "selected Hyundai Mobis (012330.KS) to supply")
     r"(?:[（(][^()（）]{1,30}[)）]\s+)?"
     # ("Leapmotor picked BASF Coatings last year as the sole supplier")
     # ("BMW chose EVE and CATL in 2022 as suppliers of the new cells")
     r"(?:and\s+(?:(?-i:[A-Z])[\w\-&]*\s+){1,3}(?=(?:last|this|next|in)\s+\w+\s+as\s))?"
     r"(?:(?:last|this|next)\s+(?:year|month|week)\s+|in\s+\d{4}\s+)?(?:(?:and\s+(?:(?-i:[A-Z])[\w\-&]*\s+){1,3})?"
     r"to\s+(?:supply|provide|deliver|test|audit|certify|homologate|host|inspect|assess|validate|store|"
     # (a service: "BYD has picked Sinotrans to move parts and kits to its plant in Szeged")
     r"move|carry|ship|transport|haul|package|"
     # (design work: "Voyah picked Pininfarina to design the exterior of a flagship sedan")
     r"design|style|engineer)\b|"
     r"for\s+(?:its\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:homologation|testing|tests|certification|audits?|type\s+approval)\b|"
     # ("chose Hisun Motors as the contract manufacturer for its Outlaw 110 EFI")
     r"as\s+(?:its\s+|a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:supplier|provider|vendor|contract\s+manufacturer)|"
     r"for\s+(?:its\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:batter(?:y|ies)|cells?|packs?|chips?|lidars?|motors?|components|parts|"
     r"semiconductors?|sensors?)))"),
    # "Geely picked TC Motor as its Vietnamese partner", "chose Sime Darby as its distributor"
    ("picks-partner", "PARTNERS_WITH", "fwd",
     r"\b(?:picks?|picked|selects?|selected|chooses|chose|chosen|named|names|tapped|taps?|appoint(?:s|ed)?)"
     # ("has appointed Madrid-based Movilidad Electrica Iberica as its importer")
     r"(?=\s+(?:(?-i:[A-Z])[a-z]+-based\s+)?(?:(?:(?-i:[A-Z])[\w\-&+]*|de|del|da|do|la)\s+){1,5}"
     r"(?:[（(][^()（）]{1,30}[)）]\s+)?as\s+(?:its\s+|their\s+|a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
     # ("has named Erbil-based Kurdistan Green Motors as its dealer")
     r"(?:partner|distributor|importer|dealer|retailer)\b)"),
    # "Horizon Robotics' Journey 6 chips are used by Li Auto and BYD": the owner of the used thing supplies the users.
    ("used-by", "SUPPLIES", "fwd", r"\b(?:is|are|was|were|being|been)\s+(?:now\s+|also\s+|widely\s+)?(?:used|adopted|fitted|"
                                   r"installed|deployed)\s+by\b"),
    # "Yinghe's coating machines are bought mainly by CATL" (goods, not a company, bought)
    ("bought-by", "SUPPLIES", "fwd",
     r"\b(?:machines|equipment|cells|batteries|packs|chips|components|materials|products|modules|sensors|lidars|motors|"
     r"foils|separators|electrolytes|lines|cathodes?|anodes?|precursors?|wafers|substrates|tyres|tires|robots|"
     + _MORE_PARTS + r")\s+(?:are|were)\s+(?:(?:mainly|mostly|chiefly|largely|also|now|already)\s+)?"
     # ("automotive MLCCs from its Chaozhou plant are now sourced by Leapmotor and Geely")
     r"(?:bought|purchased|ordered|sourced)\s+(?:(?:mainly|mostly|chiefly|largely|primarily)\s+)?by\b"),
    # "CATL takes the largest share of its output": the owner of the output supplies the taker
    ("takes-output", "SUPPLIES", "rev",
     r"\b(?:takes?|took|taking|absorbs?|absorbed|absorbing|buys?|bought|buying|accounts?\s+for|accounted\s+for)\s+"
     r"(?:(?:the|a)\s+)?(?:(?:largest|biggest|large|major|lion's|greater|bulk|most|half|majority|good)\s+)?"
     r"(?:share|part|portion|bulk|most|majority|half|proportion|chunk)?\s*(?:of\s+)?(?=(?:its|their)\s+(?:[\w\-]+\s+){0,2}?"
     r"(?:output|production|shipments|sales|volumes?|cells|batteries|products|capacity)\b"
     r"(?![^.;,]{0,60}\bfrom\b))"),  # (not "NIO buys most of its cells from CATL": its own cells)
    # "Capchem has long-term supply agreements with LGES": a supply relation whose direction the companies' places in the
    # supply chain decide (see _tier)
    # "Sungrow has signed a contract with Algihaz Holding to supply 7.8 GWh of battery storage": the signer supplies
    ("contract-to-supply", "SUPPLIES", "fwd",
     r"\b(?:signed|signs|inked|won|wins|struck|agreed|reached)\s+(?:an?\s+|the\s+)?(?:[\w\-.]+\s+){0,3}?"
     # (past a ticker and an apposition: "with Mowasalat (Karwa), Qatar's state-owned transport company, to supply")
     r"(?:contracts?|agreements?|deals?|orders?)\s+with\b(?=\s+(?:[^,;.()（）]|[（(][^()（）]{1,30}[)）]){1,60}?"
     r"(?:,\s+[^,;.()]{3,70},)?\s+to\s+(?:supply|provide|deliver)\b)"),
    # "Chery has signed a three-year contract with COSCO Shipping Specialized Carriers to carry its vehicles": the one
    # hired for a service to the signer's own goods supplies the signer
    ("contract-to-serve", "SUPPLIES", "rev",
     r"\b(?:signed|signs|inked|struck|awarded|reached)\s+(?:an?\s+|the\s+)?(?:[\w\-.]+\s+){0,3}?"
     r"(?:contracts?|agreements?|deals?)\s+with\b(?=\s+(?:[^,;.()（）]|[（(][^()（）]{1,30}[)）]){1,80}?\s+to\s+(?:carry|ship|transport|move|haul|handle|"
     r"package|test)\s+(?:its|their)\b)"),
    # "Gotion has signed a ten-year green electricity purchase agreement with China Three Gorges Renewables": the
    # power company supplies the signer
    ("power-deal", "SUPPLIES", "rev", rf"\b{_POWER_DEAL}\s+with\b"),
    ("supply-deal", "SUPPLIES", "fwd",
     r"\b(?:(?:supply|supplies|procurement|purchase|purchasing|offtake|off-take|sourcing)\s+(?:framework\s+)?(?:agreements?|deals?|"
     r"contracts?|pacts?|MoUs?|memorand(?:um|a)|partnerships?|arrangements?)|"
     # ("signed three-year electrolyte agreements with Gotion and CALB": a deal for goods)
     rf"{_DEAL_GOODS}\s+(?:framework\s+|long-term\s+|purchase\s+)?(?:agreements?|deals?|"
     r"contracts?|pacts?|MoUs?|memorand(?:um|a)|arrangements?)|"
     # "signed a contract with Chery to develop the body-in-white": a contract for work done (its direction the two
     # companies' places in the chain)
     r"(?<!cooperation\s)(?<!partnership\s)contracts?(?=\s+with\s+(?:the\s+)?(?-i:[A-Z])" + CLAUSE_CHAR_NO_COLON + r"{0,90}?\bto\s+(?:help\s+)?"
     rf"(?:{_SERVICE_VERBS})\b(?!{CLAUSE_CHAR_NO_COLON}{{0,60}}\b(?:together|jointly)\b)))\s+with\b"),
    # "was set up by Changan with Huawei and CATL as technology partners"
    ("with-as-partners", "PARTNERS_WITH", "fwd",
     r"\bwith(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&\-.]*(?:\s*,\s*|\s+and\s+|\s+))+as\s+(?:its\s+|their\s+|the\s+)?"
     r"(?:[\w\-]+\s+)?partners?\b)"),
    # "BYD launched in the UK through dealer groups including Pendragon and Lookers", "Voyah has been represented since
    # January by importer Metro Motor": a maker's distributors are its partners
    ("distributed-through", "PARTNERS_WITH", "fwd",
     # ("will enter Israel through local car dealer Freesbe", "through its Israeli importer Shlomo Motors")
     # ("returned to Chile with a new importer, Grupo Kaufmann")
     r"\b(?:through|(?<=\s)with(?=\s+(?:a|an|its|the)\s+(?:new\s+|local\s+|sole\s+|exclusive\s+|official\s+)?"
     r"(?:importer|distributor)\s*,\s+(?-i:[A-Z])))\s+"
     r"(?:(?:its|the|a|an|local|independent|official|national|car|exclusive|sole|main|new|(?-i:[A-Z][a-z]+))\s+){0,4}"
     r"(?:distributors?|importers?|dealers?|"
     r"dealer\s+groups?|dealerships?|retail\s+partners?)\s*,?\s+(?:including\s+|such\s+as\s+|like\s+)?|"
     r"\b(?:represented|distributed|imported)\s+(?:in\s+(?-i:[A-Z])[\w\-]+\s+)?(?:since\s+\w+(?:\s+\d{4})?\s+)?by\s+"
     # ("are imported by Colombian distributor Grupo Vardí")
     r"(?:(?:its|the|a|local|independent|official|(?-i:[A-Z][a-z]+))\s+)*(?:importer|distributor|dealer\s+group)\s+|"
     # "has started selling cars in Saudi Arabia through Al-Futtaim Electric Mobility Company"
     r"\b(?:sells|selling|sold|(?<=will\s)sell|markets|marketing|marketed)\s+(?:its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?"
     r"(?:cars|vehicles|models|EVs|SUVs|pickups|trucks)\s+(?:in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){1,3})?(?:through|via)\s+"
     r"(?:(?:its|the|a|local)\s+)?(?:(?:distributor|importer|dealer|partner)\s+)?(?=(?-i:[A-Z]))|"
     # "Changan's cars reach Chilean showrooms through Derco": the seller they reach buyers through
     r"\breach(?:es|ed)?\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:market|showrooms|customers|buyers|dealers)\s+"
     r"(?:in\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?\s+)?through\s+(?:(?:its|the|a|local)\s+)?"
     r"(?:(?:distributor|importer|dealer|partner)\s+)?(?=(?-i:[A-Z]))|"
     # "XPeng entered Macau in July through Pacific Crest Motors, the distributor that ...": a market entered through a
     # company described as its seller
     r"\b(?:entered|enters|entering|(?<=will\s)enter|launched\s+in|arrived\s+in|returned\s+to)\s+(?:the\s+)?"
     r"(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?\s+(?:market\s+)?(?:in\s+\w+(?:\s+\d{4})?\s+|last\s+\w+\s+)?"
     r"(?:through|via)\s+(?=(?-i:[A-Z])[^,;.]{1,40},\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,3}?"
     r"(?:distributor|importer|dealer|dealer\s+group|retailer)\b)|"
     # "Leapmotor, which sells through Stellantis dealers": the company whose dealers sell its cars
     r"\b(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
     r"(?:sells|sold|selling|(?<=will\s)sell)\s+(?:(?:only|mainly|exclusively|largely)\s+)?(?:through|via)\s+"
     r"(?=(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?['’]?s?\s+(?:dealers|dealerships|showrooms|stores|dealer\s+network)\b)"),
    # "EVDirect, which distributes BYD cars in Australia", "GB Corp has distributed Chery cars in Egypt since 2006",
    # "CIG Motors, which has represented GAC in Nigeria since 2013": a distributor works with the maker it names
    # ("Black Sea Auto, which imports Geely and Changan cars")
    ("distributes", "PARTNERS_WITH", "fwd",
     r"\b(?:distribut(?:es|ed|ing)|(?<=will\s)distribute|imports|imported|importing|(?<=will\s)import)"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:(?:\s*,\s*|\s+and\s+|\s+)(?-i:[A-Z])[\w\-]*){0,5}(?:\s+"
     r"(?-i:cars|vehicles|models|brands?|products|SUVs|pickups|trucks|EVs|motorcycles)\b|"
     # ("John Keells CG Auto, which distributes BYD in Sri Lanka")
     r"\s+in\s+(?-i:[A-Z])))|"
     r"\b(?:has|have|had)\s+represented(?=\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}\s+(?:in|since)\b)|"
     # ("ACMobility took over BYD distribution in 2023")
     r"\b(?:took|takes|taken|taking)\s+over(?=\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?\s+(?:distribution|imports)\b)"),
    # "BYD cars are sold by dealer groups including Pendragon and Lookers", "In Sweden, Xpeng cars are sold by Bilia",
    # "Its UK partners include Pendragon, Lookers and RRG Group": a maker's dealers and distributors are its partners
    ("sold-by-dealers", "PARTNERS_WITH", "fwd",
     # (not a noun after a preposition: "the licences it grants for vehicles are sold through Avanci")
     r"(?<=\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bto\s)(?:cars|vehicles|models|EVs)\s+(?:are|were|is|will\s+be|have\s+been|has\s+been)\s+"
     r"(?:also\s+|now\s+|mainly\s+)?"
     r"(?:sold|distributed|retailed|marketed|imported)\s+(?:in\s+(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?\s+)?"
     r"(?:by|through|via)"
     r"(?:\s+(?:(?:dealer|retail)\s+groups?|dealers?|retailers?|distributors?|importers?)(?:\s+(?:including|such\s+as|like))?)?\b"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"\b(?:(?:UK|European|local|overseas|dealer|retail|distribution|sales)\s+)?(?:partners|dealer\s+groups|distributors|"
     r"importers)\s+(?:include|includes|included)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "XPeng, now sold by Bilia, registered 164": a seller in an apposition to the maker
     r"(?<=,\s)(?:(?:now|also|mainly|locally|still)\s+)?(?:sold|distributed|imported|retailed)\s+by(?=\s+(?-i:[A-Z])[^,;.]{0,40},)"),
    # a dealer's franchises: "Yongda operates stores for Xiaomi", "Harmony runs dozens of stores for Aito", "operated
    # around 20 BYD stores", "held franchises for Dongfeng Nissan", "has obtained authorisation of Xiaomi"
    ("runs-stores", "PARTNERS_WITH", "fwd",
     rf"\b(?:{_STORE_VERBS}|holds?|held|holding|added|adds|took\s+on|takes\s+on)\s+(?:(?:{_STORE_COUNT}|the|a|an|exclusive|"
     rf"first)\s+)*(?:{_STORE_NOUN}s?|franchises?|(?:sales\s+)?(?:rights|licen[cs]es?))\s+(?:for|of)\b|"
     rf"\b(?:{_STORE_VERBS})\s+(?:(?:{_STORE_COUNT})\s+)*"
     rf"(?=(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){{0,2}}\s+(?:{_STORE_NOUN}s|franchises?)\b)|"
     r"\b(?:obtained|received|won|secured|got)\s+(?:the\s+)?(?:dealer(?:ship)?\s+|sales\s+|retail\s+)?(?:authori[sz]ation|"
     r"franchise|licen[cs]e)\s+(?:of|from)\b"),
    ("partners", "PARTNERS_WITH", "fwd",
     r"\b(?:partner(?:ed|s|ing)?\s+with|teamed\s+up\s+with|teams?\s+up\s+with|cooperat(?:e|es|ed|ing|ion)\s+with|"
     r"collaborat(?:e|es|ed|ing|ion)\s+with|partnerships?\s+with|tie-up\s+with|tied\s+up\s+with|joined\s+hands\s+with|"
     r"(?:signed|signs|inked|inks|reached)\s+(?:an?\s+)?(?!(?:[\w\-]+\s+){0,3}?(?:merger|acquisition|takeover|share\s+purchase)\s)"
     r"(?:[\w\-]+\s+){0,3}?(?:agreement|deal|memorandum|MoU|partnership)s?"
     # ("signed the investment agreement for the Jingmen project with the Jingmen municipal government")
     # ("signed battery-swap agreements at the event with Changan")
     r"(?:\s+(?:in|on|for|at|during|last|this|earlier\s+this)\s+(?:[\w]+\s+){0,2}?[\w]+)?\s+with|"
     r"(?:strategic\s+)?alliance\s+with|(?<!merger\s)(?<!acquisition\s)(?:agreements?|deals?|pacts?|MoUs?|tie-ups?|"
     r"(?:manufacturing\s+)?arrangements?)\s+with|"
     r"(?:began|begun|started|starts|start)\s+working\s+with|work(?:s|ed|ing)?\s+(?:closely\s+)?with|"
     # ("Yinlun jointly develops battery cooling plates with CATL")
     r"(?:jointly|together)\s+(?:develops?|developed|developing|designs?|designed)\s+(?:[\w\-]+\s+){0,5}?with|"
     # "agreed with Uber to bring its robotaxis onto the Uber platform"
     r"agreed\s+with(?=\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{0,40}?\s+to\s+(?!pay\b|buy\b|acquire\b|purchase\b|sell\b)(?-i:[a-z])))\b"),
    # "together with local partner Ebro EV Motors", "with Spanish partner Ebro": the clause's owner is the partner
    ("with-partner", "PARTNERS_WITH", "fwd",
     # ("with partners including Tsingshan, Vale Indonesia and Ford", "relies on partners such as Sixt and Ayvens")
     r"(?:(?:\btogether\s+)?\bwith|\brel(?:y|ies|ied|ying)\s+on)\s+(?:its\s+|a\s+|the\s+)?(?:(?-i:[a-zA-Z])[\w\-]*\s+){0,2}?"
     r"partners?(?:\s+(?:including|such\s+as|like))?(?=\s+(?-i:[A-Z]))"),
    # "is building a plant in Spain with Stellantis", "will build a third European plant in Spain with Stellantis"
    ("builds-with", "PARTNERS_WITH", "fwd",
     r"\b(?:build|builds|building|built|set\s+up|sets\s+up|setting\s+up|open|opens|opening|construct|constructs|"
     r"constructing)\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,4}?(?:plant|factory|facility|gigafactory|base)\s+"
     r"(?:in\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?\s+)?(?:together\s+)?with\b|"
     # "builds the Stelato S9 sedan with Huawei", "builds Aito-branded electric cars with Huawei" (a named line of cars
     # made with a company; not one made with its goods: "builds the SU7 with CATL cells")
     r"\b(?:build|builds|building|make|makes|making|produce|produces|producing)\s+(?:the\s+|its\s+)?"
     r"(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z0-9])[\w\-]*){0,2}\s+"
     r"(?:(?:(?-i:[a-z])[\w\-]*\s+){0,2}?(?:sedans?|SUVs?|MPVs?|models|cars|vehicles|range|"
     r"line(?:\s+of\s+(?:electric\s+)?(?:cars|vehicles))?)\s+)?(?:together\s+|jointly\s+)?with\b"
     r"(?=\s+(?:(?:technology\s+)?partner\s+|the\s+)?(?-i:[A-Z]))"
     r"(?![^.;,]{0,50}?\b(?:cells?|batter(?:y|ies)|packs?|chips?|motors?|parts|components|engines?|systems?|"
     r"platforms?|technolog(?:y|ies))\b)"),
    ("developed-with", "PARTNERS_WITH", "fwd",
     r"\b(?:(?:co-)?develop(?:ed|ing|s)?|built|designed|engineered)\s+(?:jointly\s+|together\s+)?(?:with|alongside|"
     r"in\s+(?:partnership|cooperation|collaboration)\s+with)\b|"
     # "Volkswagen will co-develop two models with Xpeng", "CNGR is building nickel capacity in Indonesia with Rigqueza"
     r"\bco-develop(?:ed|ing|s)?\s+(?:[\w\-]+\s+){1,4}?with\b|"
     r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\balso\s)|(?<=\bnow\s))"
     r"(?:building|developing)\s+(?:(?!with\b)[\w\-]+\s+){1,5}?with(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "will develop two electric models with Xpeng", "agreed to jointly develop platforms with"
     r"(?:(?<=\bwill\s)|(?<=\bto\s)|(?<=\bjointly\s))develop\s+(?:(?!with\b)[\w\-]+\s+){1,5}?"
     r"with(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "Apollo Go will offer rides on Lyft's app", "Uber will deploy WeRide's robotaxis on its platform"
     r"\b(?:rides?|robotaxis?|robo-taxis?|services?|trips|available)\s+(?:[\w\-]+\s+){0,3}?(?:on|via|through)\s+"
     r"(?=(?-i:[A-Z])[\w\-.&]*(?:\s+(?-i:[A-Z])[\w\-.&]*){0,2}['’]s?\s+(?:ride-hailing\s+|"
     r"mobility\s+|delivery\s+)?(?:app|apps|platform|platforms|network)\b)"),
    # "built its computing centre in Datong with Volcano Engine", "opened a joint lab with CATL": a facility two companies
    # set up together
    ("facility-with", "PARTNERS_WITH", "fwd",
     r"\b(?:built|builds|building|opened|opens|opening|set\s+up|sets\s+up|setting\s+up|launched|launches|established|"
     # ("operates its Jiuzhou supercomputing centre in Baoding with Volcano Engine")
     r"establishes|operates|operated|operating|runs|running)\s+(?:its\s+|their\s+|a\s+|an\s+|the\s+)?"
     r"(?:(?!with\b|and\b)[\w\-]+\s+){0,5}?"
     r"(?:(?:data|computing|supercomputing|research|R&D|innovation|test(?:ing)?|training)\s+(?:centres?|centers?)|labs?|"
     r"laborator(?:y|ies)|institutes?|studios?|(?:AI\s+)?agents?)(?:\s+(?:called|named|dubbed)\s+[\w\-]+)?"
     r"(?:\s*,?\s+(?:in|at|on)(?:\s+(?!with\b)[\w\-]+){1,3}?,?)?\s+with\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "Fuyao, a computing centre that Xpeng opened with Alibaba Cloud", "which it runs with Alibaba Cloud": the verb's
     # object is the facility before it
     rf"(?<=\s){_FACILITY_VERB_WITH}"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-.&]*(?:\s+(?-i:[A-Z])[\w\-.&]*){0,2}(?:\s+(?:in|on|at)\s+\d{4}\b|\s*[,.;]))"),
    ("deploys-robotaxis", "PARTNERS_WITH", "fwd",
     r"\b(?:deploy|deploys|deployed|deploying|put|puts|putting|add|adds|added|adding)\s+(?=(?-i:[A-Z])[\w\-.&]*"
     r"(?:\s+(?-i:[A-Z])[\w\-.&]*){0,2}['’]s?\s+(?:[\w\-]+\s+)?(?:robotaxis|robo-taxis|autonomous\s+vehicles|"
     r"self-driving\s+cars|driverless\s+cars|vehicles|EVs|cars)\s+on\b)"),
    ("jv-agreed", "JOINT_VENTURE_WITH", "fwd",
     r"\b(?:agreed|agrees|teamed\s+up|partnered|working|signed\s+(?:an?\s+)?(?:agreement|deal))\s+with"
     r"(?=" + CLAUSE_CHAR + r"{0,160}\bjoint[\s-]+venture)"),
    ("partners-group", "PARTNERS_WITH", "group",
     r"^\s*(?:(?:have|has|will|would|plan\s+to|are\s+to|agreed\s+to)\s+)?(?:also\s+)?(?:jointly|together)\s+(?:developed|develop|designed|"
     r"built|build|launched|launch|created|create|deploy|deployed|operate|operated|test|tested|offer|offered|produce|produced|"
     r"invest|invested|roll\s+out|rolled\s+out)\b|"
     # ("Sanhua and Valeo have partnered on valve blocks")
     r"^\s*(?:(?:have|has|will|would|to|agreed\s+to)\s+)?(?:also\s+)?(?:team(?:ed)?\s+up|join(?:ed)?\s+hands|partner(?:ed)?\s+up|"
     r"partnered(?=\s+(?:on|to|in|for)\b)|"
     r"cooperate|collaborate)\b|"
     # "The two companies are also partners", "GAC and Huawei said they would create a new brand together"
     r"^\s*(?:are|were|have\s+been|became|remain)\s+(?:(?:also|already|now|long-?time|long-?standing|close|strategic)\s+)*"
     r"partners\b|"
     r"^\s*(?:[\w\-,]+\s+){0,8}?(?:create|created|develop|developed|build|built|launch|launched|design|designed)\s+"
     r"(?:[\w\-]+\s+){1,5}?together\b|"
     # ("NIO and CATL in Fujian Ningde signed the battery swap strategic cooperation agreement")
     # ("Uber and Baidu said on Tuesday they have signed a multi-year partnership": their own report of it)
     r"^\s*" + _GROUP_LEAD + r"(?:(?:said|say|announced|confirmed)\s+(?:on\s+\w+\s+|today\s+)?(?:that\s+)?"
     r"(?:they|the\s+two(?:\s+companies)?)\s+(?:had\s+|would\s+|will\s+)?)?"
     r"(?:have\s+|has\s+|jointly\s+|officially\s+|today\s+|on\s+\w+\s+)?(?:signed|sign|inked|reached|formed|established|"
     r"announced|entered\s+into|struck|agreed|expanded|extended|renewed|deepened|upgraded|set\s+up|began|started|"
     r"launched|kicked\s+off)\s+(?:an?\s+|the\s+|to\s+)?"
     # "today announced an expansion of their strategic partnership"
     r"(?:(?:the\s+)?(?:expansion|extension|renewal|deepening|upgrade)\s+(?:of|to)\s+(?:their|the)\s+)?"
     r"(?:[\w\-]+\s+){0,3}?(?:partnership|cooperation|"
     r"collaboration|agreement|alliance|memorandum|MoU|pact|deal|tie-up|partner)\b"),
    # "Changan and Chongqing University launched a joint research institute", "NIO and USTC set up a joint laboratory"
    ("partners-lab-group", "PARTNERS_WITH", "group",
     r"^\s*" + _GROUP_LEAD + r"(?:have\s+|has\s+|jointly\s+|officially\s+|today\s+|also\s+|on\s+\w+\s+)?(?:opened|open|set\s+up|"
     r"established|establish|launched|launch|founded|built|build|created|unveiled|inaugurated|run|runs|operate|operates)\s+"
     r"(?:an?\s+|the\s+)?(?:[\w\-\"“]+\s+){0,3}?joint\s+(?:[\w\-]+\s+){0,2}?(?:laborator(?:y|ies)|labs?|institutes?|"
     r"cent(?:re|er)s?|academ(?:y|ies)|schools?|colleges?)\b"),
    # "Great Wall Motor through Brazil subsidiary GWM Brazil sold ...": the unit named after "through ... subsidiary"
    ("through-unit", "SUBSIDIARY_OF", "rev",
     r"\bthrough\s+(?:its\s+)?(?:(?-i:[A-Z])[\w\-]*\s+|local\s+|overseas\s+|wholly[- ]owned\s+)?(?:subsidiary|unit|arm)\b"
     r"(?=\s+(?-i:[A-Z]))|"
     # "CATL entered the market through CATL Qiji Energy, a wholly owned subsidiary that ..."
     r"\bthrough(?=\s+(?-i:[A-Z])[\w\-&.]*(?:\s+(?-i:[A-Z])[\w\-&.]*){0,4}\s*,\s+(?:a|an|its)\s+(?:wholly[- ]owned\s+|"
     r"majority[- ]owned\s+|[\w\-]+\s+){0,2}(?:subsidiary|unit|arm)\b(?!\s+of\b))"),
    # "CATL and EVE Energy also compete for Pearl River contracts": a group that competes
    ("competes-group", "COMPETES_WITH", "group",
     r"^\s*(?:(?:also|now|still|already|directly|fiercely|increasingly|all|both)\s+)*(?:compete|competed|competing|are\s+competing|"
     r"have\s+competed|are\s+(?:(?:direct|fierce|close|main|chief|key)\s+)?(?:rivals|competitors))\b"
     r"(?!\s+with\b)"),
    ("partners-between", "PARTNERS_WITH", "between",
     r"\b(?:partnership|cooperation|collaboration|alliance|tie-up)\s+(?:agreement\s+)?between\s*$"),
    ("jv", "JOINT_VENTURE_WITH", "fwd",
     r"\bjoint[\s-]+ventures?\s+(?:(?:in|across|outside)\s+(?-i:[A-Z])[\w\-]*\s+)?with\b|\bJVs?\s+with\b|"
     # "Huafeng Fuel Cell, a joint venture it formed with Toyota Motor"
     r"\bjoint[\s-]+ventures?\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:(?:has|have|had)\s+)?(?:formed|set\s+up|established|"
     r"created|founded|launched|runs?|ran|operates?|operated)\s+with\b"),
    # "Changan Mazda, its venture with Changan Automobile", "Times FAW, its 51%-owned venture with FAW" (only after "its")
    ("jv-its", "JOINT_VENTURE_WITH", "fwd", r"(?<=\s)venture\s+with\b"),
    # "SAIC set up SAIC CATL Power Battery Co., Ltd. together with CATL": a company founded with another
    ("set-up-with", "JOINT_VENTURE_WITH", "fwd",
     r"\b(?:set\s+up|sets\s+up|established|establishes|formed|forms|founded|created)\s+(?:(?-i:[A-Z])[\w&\-.,]*\s+){1,6}?"
     r"(?:[（(][^()（）]{0,30}[)）]\s+)?(?:together|jointly)\s+with\b"),
    # "SinoHytec together with Toyota Motor (丰田汽车) set up Huafeng Fuel Cell Co., Ltd."
    ("together-set-up", "JOINT_VENTURE_WITH", "fwd",
     r"\b(?:together|jointly)\s+with\b(?=\s+(?:(?-i:[A-Z])[\w&\-.]*\s+){1,4}(?:[（(][^()（）]{0,30}[)）]\s+)?"
     r"(?:(?:have|has|had|jointly)\s+)?(?:set\s+up|established|founded|formed|created)\s+(?-i:[A-Z]))"),
    ("jv-group", "JOINT_VENTURE_WITH", "group",
     # "Weichai Power and Ballard Power jointly established Weichai Ballard Hydrogen Energy Technology Co., Ltd."
     r"^\s*(?:have\s+|has\s+|had\s+)?jointly\s+(?:established|set\s+up|founded|formed|created)\s+(?-i:[A-Z])|"
     # machine translation of "X 是 A 和 B 合资成立的": "Beijing Benz is Beijing Automobile and Mercedes-Benz jointly
     # established," (the venture named before, the clause ending after the verb)
     r"^\s*(?:[（(][^()（）]{0,30}[)）]\s*)?jointly\s+(?:established|set\s+up|founded|formed)\s*(?:[,.;，。]|$)|"
     r"^\s*" + _GROUP_LEAD + r"(?:have\s+|has\s+|will\s+|jointly\s+|are\s+|were\s+|is\s+|plan\s+to\s+|agreed\s+to\s+|(?:are|is)\s+set\s+to\s+)?"
     r"(?:jointly\s+|officially\s+|formally\s+)?(?:formed|form|set\s+up|sets\s+up|setting\s+up|established|establish|establishing|launched|launch|"
     r"launching|created|create|creating|founded|found|build|building|built|forming|open|opened|opening|run|running|"
     r"operate|operating)\s+(?:(?:a|an|their|the)\s+)?(?:[\w\-:]+\s+){0,3}?(?:joint[\s-]+venture|JV)\b|"
     # "Renault and Geely on May 31 officially launched Horse Powertrain Limited, a 50:50 joint venture that ..."
     r"^\s*" + _GROUP_LEAD + r"(?:have\s+|has\s+|had\s+)?(?:jointly\s+|officially\s+|formally\s+)?(?:formed|set\s+up|established|"
     r"launched|created|founded)\s+(?-i:[A-Z])[\w&\-.]*(?:\s+(?-i:[A-Z])[\w&\-.]*){0,5}\s*(?:[（(][^()（）]{0,30}[)）]\s*)?,\s+"
     r"(?:a|an|their)\s+(?:[\w\-:]+\s+){0,3}?(?:joint[\s-]+venture|JV)\b|"
     # "CATL and Stellantis will build the plant as a 50:50 joint venture"
     # ("agreed to build a lithium iron phosphate battery plant in Zaragoza, Spain, as a 50-50 joint venture")
     r"^\s*(?:will\s+|plan\s+to\s+|are\s+to\s+|(?:have\s+|had\s+)?agreed\s+to\s+|(?:are|is)\s+set\s+to\s+)?"
     r"(?:build|run|operate|own)\s+(?:the|a|an|their)\s+(?:[\w\-]+\s+){0,5}?"
     r"(?:plant|factory|facility|company|business)\s+(?:[\w\-]+,?\s+){0,5}?as\s+an?\s+(?:[\w\-:]+\s+){0,2}?"
     r"(?:joint[\s-]+venture|JV)\b"),
    # "a joint venture formed by Gotion and InoBat", "the three-way venture between SAIC, GM and Guangxi Automobile"
    ("jv-between", "JOINT_VENTURE_WITH", "between",
     r"\b(?:(?:joint[\s-]+venture|JV)\s+(?:between|of|(?:formed|set\s+up|created|established)\s+(?:jointly\s+)?by)|"
     r"venture\s+between|jointly\s+owned\s+by|(?:owned|held)\s+(?:equally|50-50|50:50|half-and-half)\s+by|"
     # "Chery Huiyin was jointly set up by Chery and Huishang Bank", "was set up in 2015 by Geely and BNP Paribas"
     # (a brand or model created by two companies is their partnership, not a venture)
     r"(?<!brand\s)(?<!brands\s)(?<!model\s)(?<!models\s)(?:is|was|were|been)\s+(?:jointly\s+)?"
     r"(?:set\s+up|established|formed|founded|created)\s+(?:jointly\s+)?"
     r"(?:in\s+\d{4}\s+)?by)\s*$"),
    ("invests", "INVESTS_IN", "fwd",
     # ("has invested $100 million, or about 710 million yuan, in DeepRoute.ai")
     r"\b(?:invest(?:s|ed|ing)?\s+(?:(?!in\s|into\s)[\w$¥€\.,\-]+\s+|\([^()]{1,30}\)\s+){0,9}?in(?:to)?(?=\s+(?:the\s+|both\s+)?(?-i:[A-Z]))|"
     # "Seres put RMB 11.5 billion into Yinwang" (an amount put into a company)
     # "completed the acquisition of a 51% interest in Lynk & Co"
     r"acquisition\s+of\s+(?:a|an)\s+(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?(?:stake|interest|holding|shareholding)\s+in"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "completed its acquisition of FREENOW", "Geely's takeover of Zeekr"
     r"(?:(?<=its\s)|(?<=['’]s\s))(?:acquisition|takeover|buyout)\s+of(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "completed its purchase of 50.1% of Leoni AG", "will keep the remaining 49.9% of Leoni AG"
     r"(?:(?:(?<=its\s)|(?<=the\s)|(?<=['’]s\s))(?:acquisition|purchase)|(?:keeps?|kept|keeping|retains?|retained|retaining)"
     r"\s+(?:the\s+)?(?:remaining|other))\s+(?:of\s+)?(?:(?:about|around|roughly|nearly|some)\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+"
     r"(?:of|in)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "completed its $35 billion purchase of engineering software maker Ansys"
     r"its\s+(?:[$¥€]|US\$|RMB\s?)[\d.,]+\s*(?:million|billion|bn)?\s+"
     r"(?:acquisition|takeover|buyout|purchase)\s+of"
     r"(?:\s+(?:(?-i:[a-z])[\w\-]*\s+){0,3}?(?:maker|company|developer|firm|group|specialist|supplier|start-?up|rival|"
     # (a company's name, not goods: "its $2 billion purchase of CATL batteries")
     r"provider))?(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-.&]*(?:\s+(?-i:[A-Z])[\w\-.&]*){0,3}(?:\s*[,.;(]|\s*$|"
     r"\s+(?:in|on|for|from|at|last|this|earlier|which|that|and|to|was|is|has|had|after|before|gives|makes)\b))|"
     # ("will inject 3 billion yuan of new capital into GAC Aion": planned)
     r"(?:put|puts|putting|pumped|pumps|injected|injects|injecting|(?<=will\s)inject|(?<=to\s)inject|poured|pours|pouring|"
     r"ploughed|plowed|sank)\s+(?:(?:about|around|roughly|nearly|another|an\s+additional|a\s+further|a\s+combined|a\s+total\s+of|"
     r"up\s+to|as\s+much\s+as|more\s+than|over)\s+)?"
     r"(?:[A-Z]{0,3}[$¥€]|RMB|CNY|HKD|USD|EUR)?\s*[\d.,]+\s*(?:[\w$¥€\.,\-]+\s+){0,5}?into(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+(?:company|firm|start-?up)\b)|"
     # "Uber has committed a further $100 million to WeRide" (money committed to a company)
     r"(?:committed|commits|committing|(?<=will\s)commit|(?<=to\s)commit)\s+(?:(?:about|around|roughly|nearly|another|"
     r"an\s+additional|a\s+further|up\s+to|as\s+much\s+as|more\s+than|over)\s+)?"
     r"(?:[A-Z]{0,3}[$¥€]|RMB|CNY|HKD|USD|EUR)\s*[\d.,]+\s*(?:million|billion|bn|m)?\s+to(?=\s+(?-i:[A-Z]))|"
     # "paid 1.5 billion euros for roughly 21% of Leapmotor", "paid $500 million for a stake in NIO"
     r"(?:paid|pays|paying|(?<=to\s)pay)\s+(?:[\w$¥€\.,\-]+\s+){0,8}?for\s+(?:(?:about|around|roughly|nearly|almost|some|over|a|an)\s+)?"
     rf"(?:(?:[\d.]+\s*(?:%|percent|per\s+cent)|{_FRACTION})\s+(?:stake\s+)?(?:of|in)|"
     r"(?:[\w\-]+\s+){0,2}?(?:stake|interest)"
     # ("for a stake of roughly 21% in the Chinese company")
     r"(?:\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?[\d.]+\s*(?:%|percent|per\s+cent))?\s+in)"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+(?:Chinese\s+|[A-Z][a-z]+-based\s+)?(?:company|firm|carmaker|automaker|start-?up)\b)|"
     r"(?:took|takes|acquired|acquires|"
     r"bought|buys|holds?|held)\s+(?:an?\s+|the\s+)?(?:[\d.]+\s*%\s+|\w+\s+){0,2}(?:stake|interest|shares?)\s+in|"
     # "took over Continental's 50% stake in Horizon Continental", "is buying Forvia's half of the venture"
     r"(?:(?:took|takes|taking|take)\s+over|bought|buys|buying|(?<=to\s)buy|(?<=will\s)buy|acquired|acquires|acquiring)\s+"
     r"(?-i:[A-Z])[\w\-&]*(?:\s+(?-i:[A-Z])[\w\-&]*){0,2}['’]s?\s+(?:(?:remaining|entire|whole|own)\s+)?"
     r"(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?(?:(?:stake|interest|shares?|holding|shareholding)\s+in|half\s+of)"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "Tianqi Lithium holds about 22% shares of SQM" (a translation's "shares of" for a stake in)
     r"(?:holds?|held|owns?|owned)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+"
     r"(?:of\s+the\s+)?(?:shares|equity|stake)\s+(?:of|in)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"acquir(?:ed|es|ing)|led\s+(?:an?|the)\s+(?:[\w\-$¥\.]+\s+){0,4}?(?:funding|financing|investment)\s+round\s+(?:in|for|of)|"
     # "has led a 450 million yuan Series A round in Nabo", "joined a 1 billion yuan round in SiEngine"
     r"(?:co-led|led|joined|(?:participated|took\s+part)\s+in)\s+(?:an?|the|its)\s+(?:[\w\-$¥€\.,]+\s+){0,5}?"
     r"(?:Series\s+[A-F]\+?|Pre-[A-F]\+?|pre-IPO|angel|seed|strategic|equity|B\+)\s+(?:funding\s+|financing\s+)?round\s+"
     r"(?:in|for|of|into)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"(?:co-led|joined|(?:participated|took\s+part)\s+in)\s+(?:an?|the|its)\s+(?:[\w\-$¥€\.,]+\s+){0,5}?"
     r"(?:funding|financing|investment)\s+round\s+(?:in|for|of|into)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"(?:co-led|led|joined|(?:participated|took\s+part)\s+in)\s+(?:an?|the|its)\s+(?:(?:US|HK)?\$|RMB\s?|¥|€)?[\d.,]+\s*"
     r"(?:million|billion|bn|mn|m)?\s+(?:(?:U\.S\.\s+|US\s+)?(?:dollars?|yuan|euros?)\s+)?round\s+(?:in|for|of|into)"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"(?:strategic\s+)?investment\s+in|"
     # "will make an additional investment of $100 million in WeRide", "bought into Yinwang"
     r"investment\s+of\s+(?:[\w$¥€\.,\-]+\s+){1,5}?in(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?:bought|buys?|buying)\s+into|"
     # "Stellantis' investment of about 1.5 billion euros for roughly 21% of Leapmotor"
     r"investment\s+of\s+(?:[\w$¥€\.,\-]+\s+){1,5}?for\s+(?:(?:about|around|roughly|nearly|almost|some|a|an)\s+)?"
     r"[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:stake\s+)?(?:of|in)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"(?:stake|holding|shareholding|interest)\s+(?:of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?"
     r"[\w.%\-]+(?:\s+[\w%\-]+)?\s+)?in(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"(?:buy|bought|buys|acquire[sd]?|purchase[sd]?|take|took|takes)\s+(?:another|an\s+additional|a\s+further)?\s*"
     # ("bought about 21% of Leapmotor", "acquired a further nearly 5 per cent of")
     r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|just\s+(?:over|under))\s+)?"
     rf"(?:[\d.]+\s*(?:%|percent|per\s+cent)|{_FRACTION})\s+(?:stake\s+)?(?:of|in)"
     # (not a share of a market: "took about 28% of China's RSU shipments")
     r"(?!\s+(?:the\s+)?[\w\-.]+['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:shipments|market|sales|installations|deliveries|output|"
     r"volumes?|capacity|exports|production|revenue|supply|demand|orders)\b)|"
     # "holds about 20% of Leapmotor" (a name right after: "held 37.9% of global installations" is a market share)
     r"(?:holds?|held|owns?|owned)\s+(?:the\s+(?:remaining|other|rest\s+of\s+the)\s+)?(?:(?:about|around|roughly|nearly|some|over|almost|more\s+than|close\s+to)\s+)?"
     # ("owns a majority of Volvo Cars", "each hold half of Livan", "has held 25% plus one share of Sinotruk")
     rf"(?:[\d.]+\s*(?:%|percent|per\s+cent)(?:\s+plus\s+one\s+share)?|{_FRACTION})\s+(?:stake\s+)?(?:of|in)"
     # ("owns the remaining 49 percent of the operator, Talison Lithium")
     r"(?:\s+the\s+(?:operator|company|miner|producer|venture|joint\s+venture|firm|group|unit|carmaker|maker)"
     r"(?=,\s+(?-i:[A-Z])(?![^,.;]{0,40}\d))|"  # (not "holds 50.1% of the venture, GM 44% and ...")
     r"(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+(?:company|firm|group)['’]?s?\s+(?:shares|equity|stock)\b|"
     # ("Stellantis, which owns about 21% of the company, sells": the company named before)
     r"\s+the\s+(?:Chinese\s+)?(?:company|firm|carmaker|automaker|start-?up)(?=\s*[,.;]|\s+(?:and|since|through|after|"
     r"in|at|as|which|while|but|from)\b|\s*$)))"
     # "held 43 percent of China's installed volume" is a market share
     # (but "owns about 21% of Chinese electric-car maker Leapmotor" names the company)
     r"(?!\s+(?:the\s+)?(?:China|Chinese|Europe|European|U\.?S\.?|American|Japan|Korea|global|world)\b"
     r"(?!\s+(?:[\w\-]+\s+){0,2}?(?:maker|carmaker|automaker|company|firm|start-?up|supplier|producer)\s+(?-i:[A-Z]))))\b"),
    # "Lyft agreed to buy FreeNow for 175 million euros": buying a named company, not its goods ("buy CATL batteries")
    ("buys-company", "INVESTS_IN", "fwd",
     # ("bought robot maker Kuka in 2016", "bought German antenna specialist ATBB in 2018")
     r"\b(?:buy|buys|bought|acquire)\s+(?:the\s+)?(?:(?:(?:US|U\.S\.|American|Chinese|German|Japanese|Korean|French|British|"
     r"Swedish|Italian|Dutch|Spanish|Swiss|Austrian|(?-i:[A-Z])[a-z]+-based)\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,2}?"
     r"(?:makers?|producer|manufacturer|carmaker|automaker|supplier|specialist|developer|start-?up|rival|company|firm|group|"
     r"operator|insurer|portal)\s+)?(?=(?-i:[A-Z])[\w\-.&]*(?:\s+(?-i:[A-Z])[\w\-.&]*){0,3}\s*(?:[,.;)]|\s*\(|"
     # ("bought Volvo Cars in 2010", "bought Dynaudio more than a decade ago", "bought Kuka to gain")
     r"\s+(?:for|from|outright|in\s+a\s+deal|in\s+(?:19|20)\d\d|last\s+year|earlier\s+this\s+year|"
     r"(?:(?:more\s+than|about|nearly|almost|over|some)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
     r"\d{1,2})\s+(?:years?|decades?)\s+ago|to\s+(?:gain|get|add|expand|enter|secure|strengthen|broaden|build))\b|$))|"
     # "offered to buy the Zeekr shares it does not own", "take Zeekr private", "buy out Zeekr's minority holders"
     r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?"
     r"(?=(?-i:[A-Z])[\w\-.&]*(?:\s+(?-i:[A-Z])[\w\-.&]*){0,2}\s+(?:shares|stock|ADSs)\b)|"
     r"\b(?:take|takes|took|taking)(?=\s+(?:(?-i:[A-Z])[\w\-.&]*\s+){1,3}private\b)|"
     r"\bprivati[sz]ation\s+of\b"),
    # "the Company will issue and sell to CYVN Holdings 294 million shares", "issued new shares to Tencent"
    ("shares-to", "INVESTS_IN", "rev",
     # (new shares: an owner selling its shares to someone is no investment in it)
     r"\b(?:issue|issues|issued|issuing|allot|allots|allotted)\s+(?:and\s+(?:sell|issue)\s+)?"
     r"(?:to(?=\s+(?:the\s+)?(?-i:[A-Z])" + CLAUSE_CHAR + r"{0,60}?\bshares\b)|(?:about\s+|some\s+|approximately\s+)?(?:[\d.,]+\s*(?:million|billion)?\s+)?"
     r"(?:new\s+)?(?:Class\s+[A-Z]\s+)?(?:ordinary\s+)?shares\s+to)"),
    # "Pony.ai raised funds from Toyota and NEOM": the funders invest in the raiser
    ("raised-from", "INVESTS_IN", "rev",
     r"\b(?:raised|raises|raising|secured|secures|received|receives)\s+(?:[\w$¥€.,\-]+\s+){0,5}?(?:funds?|funding|capital|money|"
     r"investments?|financing)\s+from\b|"
     # "DeepRoute.ai raised $100 million from Great Wall Motor" (an amount raised from a company)
     r"\b(?:raised|raises|raising)\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than)\s+)?(?:(?:US|HK)?\$|RMB\s?|¥|€|"
     r"USD\s?|CNY\s?)?[\d.,]+\s*(?:million|billion|bn|mn|m)?(?:\s+(?:U\.S\.\s+|US\s+|Hong\s+Kong\s+)?(?:dollars|yuan|euros))?"
     r"\s+from(?:\s+(?:investors|backers|shareholders|investors\s+and\s+partners)\s+(?:including|such\s+as|like))?"
     r"\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"),
    ("backed-by", "INVESTS_IN", "rev", r"\b(?:backed|funded|acquired|invested\s+in)\s+by\b|"
     # "raised $500 million in a Series A round in 2021 led by IDG Capital": the round's leaders invest in the raiser
     r"\b(?:raised|raises|raising|closed|completed|secured)\s+[^;:]{0,90}?\b(?:round|financing|funding|placement)\s+"
     # ("closed a Series C round of 1.2 billion yuan, co-led by")
     r"(?:(?:in|of|on)\s+[\w\-]+(?:\s+\d{4})?\s+|of\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[$¥€]?\d[\d.,]*\s*"
     r"(?:(?:million|billion|bn|mn|yuan|dollars|euros|U\.S\.|US)\s*){0,3}|this\s+year\s+|last\s+year\s+)?,?\s*"
     r"(?:that\s+was\s+|which\s+was\s+)?"
     r"(?:led|co-led|joined)\s+by\b|"
     # "Zeekr's Series A round was joined by Intel Capital"
     r"\b(?:round|financing|placement)\s+(?:was|were|has\s+been)\s+(?:led|co-led|joined)\s+by\b|"
     # "Leapmotor, part-owned by Stellantis", "Horse Powertrain, jointly owned by Renault and Geely": each owner holds a
     # stake (the owners of a joint one are also partners in a venture: see "jv-between")
     r"\b(?:part|partly|partially|minority|jointly|co)[- ]owned\s+by\b"),
    ("subsidiary-verb", "SUBSIDIARY_OF", "fwd",
     r"\b(?:is|was|became|as)\s+(?:(?:a|an|the)\s+)?(?:wholly[- ]owned\s+|majority[- ]owned\s+)?(?:subsidiary|unit|division|"
     r"arm|affiliate)\s+(?:of|under)\b|\b(?:wholly\s+|majority[- ])?(?<!jointly\s)(?<!\bpart-)(?<!\bpartly\s)(?<!partially\s)(?<!minority-)(?<!\bco-)owned\s+(?:(?:since|from|in)\s+(?:19|20)\d\d\s+|outright\s+|fully\s+)?by\b|"
     # ("has been controlled since 2016 by Zhejiang Geely Holding Group")
     r"\bcontrolled\s+(?:(?:since|from|in)\s+(?:19|20)\d\d\s+)?by\b|"
     # "Aian belongs to Guangqi Group" (a company that belongs to another)
     r"\b(?:belongs|belonged|belonging)\s+to\b"),
    # "Luxeed, the brand jointly run by Chery Automobile and Huawei", "AITO, the brand developed by Huawei and Seres": a
    # brand's owners (a brand that is also a company becomes a subsidiary)
    ("brand-run-by", "SUBSIDIARY_OF", "fwd",
     r"(?:(?<=\bbrand\s)|(?<=\bmarque\s))(?:jointly\s+|co-?)?"
     r"(?:run|developed|created|operated|managed|founded)\s+by\b"),
    # "Geely, which owns Volvo Cars and Polestar", "SAIC also controls MG": the company named right after the verb
    # (not "owns shares of", "owns a 20% stake", "owned by")
    ("owns", "SUBSIDIARY_OF", "rev",
     r"\b(?:owns|controls|(?:(?<=\bwhich\s)|(?<=\bthat\s)|(?<=\balso\s)|(?<=\bhas\s)|(?<=\bhad\s))(?:owned|controlled)|"
     # "Zongshen Industrial Group took control of cross-town rival Loncin Motor", "has taken control of"
     r"(?:took|taken|takes|taking|(?<=will\s)take|gained|gains|won|acquired)\s+control\s+of)"
     # ("controls both Zongshen Power and Loncin Motor")
     r"(?:\s+both(?=\s+(?-i:[A-Z])))?"
     # ("also controls heavy-truck maker Sinotruk")
     # ("owns the premium electric brand Voyah")
     r"(?:\s+(?:the\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,2}?(?:maker|carmaker|automaker|manufacturer|producer|supplier|developer|"
     r"company|firm|group|brand|marque|start-?up|operator|insurer|specialist|rival|competitor|peer))?"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z])(?!\w*\s+(?:shares|stock|stakes?|ADSs)\b))"),
    ("issued", "ISSUED", "fwd",
     r"\b(?:issu(?:es|ed|ing)|releas(?:es|ed|ing)|publish(?:es|ed|ing)|promulgat(?:es|ed|ing)|unveil(?:s|ed)|announc(?:es|ed)|"
     r"introduc(?:es|ed)|roll(?:s|ed)\s+out|extend(?:s|ed)|formulat(?:es|ed)|draft(?:s|ed)|launch(?:es|ed)|"
     r"approv(?:es|ed)|implement(?:s|ed)|put\s+forward|(?:jointly|officially|recently)\s+issued|"
     # ("the Ministry of Heavy Industries notified the guidelines of the SPMEPCI", "the EU adopted the Battery Regulation")
     r"notif(?:ies|ied)|adopt(?:s|ed)(?=\s+(?:the|a|its)\s)|"
     # "the European Commission imposed definitive countervailing duties" (a duty or tariff the regulator levies)
     r"impos(?:es|ed|ing)|levi(?:es|ed)|(?<=will\s)(?:impose|levy)|"
     # "the Ministry of Industry and Trade raised the recycling fee again" (a levy a regulator sets, raised)
     r"(?:rais|increas|hik)(?:es|ed)(?=\s+(?:the|its)\s)|"
     # "the Ministry of Commerce and the Ministry of Science and Technology revised the "Catalogue of ..."", "passed a
     # revised Anti-Unfair Competition Law"
     r"(?:revis|amend|enact)(?:es|ed)|pass(?:es|ed)(?=\s+(?:a|an|the)\s+(?:new\s+|revised\s+|amended\s+)?(?-i:[A-Z\"“«《])))\b"),
    ("issued-by", "ISSUED", "rev",
     r"\b(?:issued|released|published|promulgated|unveiled|announced|introduced|formulated|drafted|launched|approved|"
     r"adopted|notified|passed|enacted|"
     # ("the fuel cell vehicle demonstration programme run by the Ministry of Finance")
     r"(?<=programme\s)run|(?<=program\s)run|(?<=scheme\s)run|administered|(?<=as\s)set|(?<=were\s)set|(?<=was\s)set)"
     # ("a document issued in January 2024 by the NDRC")
     r"\s+(?:\w+\s+){0,2}?(?:(?:in|on)\s+(?-i:[A-Z])[a-z]+\s+\d{4}\s+)?by\b"),
    # "MOFCOM and the General Administration of Customs said in Announcement No. 18 of 2025 that ..."
    # ("... and SAMR said on Friday in a joint Announcement on Implementing Export Licence Management")
    ("said-in", "ISSUED", "fwd", r"\b(?:said|stated|announced|specified|ruled)\s+(?:on\s+(?-i:[A-Z])[a-z]+\s+)?"
                                 r"in(?=\s+(?:the\s+|a\s+(?:joint\s+)?)?(?-i:[A-Z]))"),
    ("supports", "SUPPORTS", "policy",
     r"\b(?:support(?:s|ed|ing)?|encourag(?:es|ed|ing|e)|promot(?:es|ed|ing|e)|prioritiz(?:es|ed|e|ing)|prioritis(?:es|ed|e)|"
     r"favou?r(?:s|ed|ing)|back(?:s|ed)|subsidiz(?:es|ed)|includ(?:es|ed)(?=\s+(?:[\w\-]+\s+){0,5}?as\s+(?:a\s+)?key)|"
     r"focus(?:es|ed)?\s+on|accelerat(?:e|es|ed|ing)|boost(?:s|ed|ing)?|foster(?:s|ed|ing)?|"
     r"nam(?:e|es|ed|ing)(?=\s+(?:[\w\-]+\s+){0,4}?as\s+(?:a\s+|the\s+)?(?:key\s+|national\s+|top\s+)?"
     r"priorit))\b"),
    ("regulates", "REGULATES", "fwd",
     r"\b(?:regulat(?:es|ed|ing)|oversees|oversaw|overseeing|supervis(?:es|ed|ing)|investigat(?:es|ed|ing)|fined|penaliz(?:es|ed)|"
     # a court's: "the Shanghai Third Intermediate People's Court accepted a restructuring petition against Human Horizons"
     r"accept(?:ed|s)\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+){0,3}?(?:petition|application|case|filing)s?\s+"
     r"(?:against|from|by|of|filed\s+by|concerning)|"
     # ("is responsible for supervision of 25 car finance companies, including SAIC-GMAC")
     r"responsible\s+for\s+(?:the\s+)?(?:supervision|regulation|oversight)\s+of|"
     r"probe[sd]?(?:\s+into)?|crack(?:ed|s)?\s+down\s+on|launched\s+an?\s+(?:\w+\s+)?(?:investigation|probe)\s+into|"
     r"order(?:ed|s)|requir(?:ed|es)|bann(?:ed|s|ing)|warn(?:ed|s)|punish(?:ed|es)|sanction(?:ed|s)|restrict(?:ed|s)|"
     # ("barred Nexperia China from exporting", "took control of key decisions at Nexperia", "block or reverse decisions
     # by Nexperia's board", "would grant exemptions for exports by Nexperia China")
     r"barred|bars|prohibit(?:s|ed)|(?:took|takes|take|seized|seizes)\s+control\s+of(?:\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
     r"(?:decisions|board|management|operations)\s+(?:at|of|over|in))?|"
     r"block(?:s|ed)?\s+(?:or\s+reverse\s+)?(?:[\w\-]+\s+){0,2}?decisions\s+(?:by|of|at)|"
     r"exemptions?\s+(?:[\w,\-]+\s+){0,4}?for\s+(?:[\w\-]+\s+){0,2}?exports\s+(?:by|from)|"
     # ("CFIUS cleared Joyson's purchase", "approved Jifeng's takeover of Grammer")
     r"(?:approv(?:ed|es)|cleared|clears)(?=\s+(?:the\s+)?(?-i:[A-Z]))|summon(?:ed|s)\s+and\s+(?:criticiz|reprimand|penaliz|fin)\w*)\b"),
    # "Junsheng's transaction obtained the approval of the US Foreign Investment Committee": the approver regulates the buyer
    ("approval-of", "REGULATES", "rev",
     r"\b(?:(?:won|received|obtained|got|gained|secured|needed|needs|requires|required|awaits|awaited|awaiting)\s+(?:the\s+)?"
     r"(?:formal\s+|final\s+|regulatory\s+|antitrust\s+|unconditional\s+)?(?:approval|clearance|go-ahead|green\s+light)\s+"
     r"(?:of|from|by)|(?:approved|cleared)\s+by|"
     # ("Meituan has received a permit from the Shenzhen Municipal Transport Bureau to run ...")
     r"(?:won|received|obtained|got|gained|secured)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:permit|licen[cs]e)\s+from|"
     # "Nexperia China, which has been barred from exporting since Oct. 4 by China's Ministry of Commerce"
     r"(?:barred|banned|prohibited)\s+from\s+" + CLAUSE_CHAR_NO_COLON + r"{0,60}?\bby|"
     # a court's: "Human Horizons has been placed in pre-restructuring by the Shanghai No. 3 Intermediate People's Court",
     # "entered bankruptcy restructuring after a creditor petition to the Jiaxing Intermediate People's Court", "X
     # bankruptcy restructuring case on June 19 was accepted by ... Court"
     r"(?:placed|put)\s+(?:in|into|under)\s+(?:[\w\-]+\s+){0,2}?(?:pre-)?(?:restructuring|bankruptcy|administration|liquidation|"
     r"receivership)\s+by|"
     r"(?:restructuring|bankruptcy|liquidation)\b" + CLAUSE_CHAR + r"{0,60}?\b(?:petition|application)\s+(?:to|with)|"
     r"(?:restructuring|bankruptcy|liquidation)\s+(?:[\w\-]+\s+)?(?:case|petition|application)\s+" + CLAUSE_CHAR + r"{0,40}?\b"
     r"(?:was|were|has\s+been|had\s+been)\s+accepted\s+by|"
     # "The exchange is supervised by the CSRC" (a regulator's object in the passive)
     r"(?:is|are|was|were|been|be)\s+(?:directly\s+|closely\s+|also\s+)?(?:supervised|regulated|overseen|governed)\s+by|"
     # ("licensed auto finance companies supervised by the NFRA")
     r"(?<=\s)(?:supervised|regulated|overseen)\s+by)"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z]))"),
    ("met", "MET_WITH", "meet",
     # (not "a group convened by the World Economic Forum": an alliance set up, no meeting)
     r"\b(?:conven(?:ed(?!\s+by\b)|es|ing)|summon(?:s|ed|ing)|met\s+with|meets\s+with|meeting\s+with|held\s+(?:a\s+)?(?:talks|"
     r"meeting|symposium|discussions?|forum)\s+with|"
     # ("assembled BYD, CATL and ...", not "cars assembled at the Berlin plant")
     r"assembled(?=\s+(?:(?:the\s+)?(?:heads|executives|representatives|leaders|bosses|officials)\s+(?:of|from)\s+)?"
     r"(?:the\s+)?(?-i:[A-Z]))|interviewed|called\s+in|symposium\s+with|talks\s+with|"
     r"(?:meeting|symposium|forum|session|talks)\b" + CLAUSE_CHAR + r"{0,40}?\battended\s+by)\b"),
    ("listed", "LISTED_ON", "fwd",
     r"\b(?:listed|listings?|lists|debut(?:s|ed)?|IPO|went\s+public|go(?:es)?\s+public|floated|trading\s+debut|landed|"
     r"dual\s+listing|secondary\s+listing)\b(?:\s+[\w\-]+){0,8}?\s+(?:on|in)\b|"
     # "Seres Group and Chery followed onto the Hong Kong Stock Exchange"
     r"\b(?:follows|followed|moved|switched|came|went)\s+(?:[\w\-]+\s+){0,2}?onto\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # ("Chery follows CATL and Sanhua Intelligent Controls onto the Hong Kong bourse": each of them listed there)
     r"\b(?:follows|followed)\s+(?=(?-i:[A-Z])" + CLAUSE_CHAR + r"{0,80}?\bonto\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "Voyah will list on the Hong Kong Stock Exchange", "plans to list its shares in Hong Kong"
     r"(?<!its\s)(?<!the\s)(?<!their\s)(?<!a\s)(?<!watch\s)\blist\s+(?:(?:its|their)\s+(?:[\w\-]+\s+)?shares\s+)?(?:on|in)\b|"
     r"\b(?:trad(?:es|ed|ing|e)|quoted)\s+(?:under\s+(?:the\s+)?(?:code|ticker|symbol)\s+[\w.\-\"“”]+\s+)?on\b|"
     # "the company said in a filing to the Hong Kong Stock Exchange": a company files with the bourse it is listed on
     r"\b(?:(?:stock\s+)?exchange\s+)?filings?\s+(?:to|with)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "BYD's shares on the Hong Kong Stock Exchange rose 3.2%"
     r"(?<=['’]s\s)(?:[AH][- ])?shares\s+on\b(?=\s+the\s+(?:(?-i:[A-Z])[\w\-]*\s+){0,3}?(?-i:(?:Stock\s+)?Exchange)\b)|"
     # "Nidec shares fell 4.1% on the Tokyo Stock Exchange on Thursday": the bourse its shares move on
     r"\b(?:shares|stock)\s+(?:(?:also|have|had)\s+)?(?:rose|fell|climbed|jumped|dropped|slid|slipped|gained|lost|closed|ended|"
     r"surged|soared|tumbled|plunged|sank|rallied|advanced|declined|edged)\s+(?:[\w.%$,\-]+\s+){0,6}?on\b"
     r"(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){0,3}?(?:(?-i:Stock\s+Exchange)|(?-i:Exchange)|Nasdaq|NYSE)\b)"),
    ("added-to", "CONSTITUENT_OF", "fwd",
     r"\b(?:(?:was|were|is|are|been|be|being|got)\s+)?(?:added\s+to|included\s+in|inclusion\s+in(?:to)?|entered|enters|"
     r"joined|joins)\b|"
     # "Gotion will join the CSI 300 Index", "the first start-up to join the Hang Seng Index"
     r"(?:(?<=\bwill\s)|(?<=\bto\s)|(?<=\bshall\s))(?:join|enter)\b(?=\s+(?:the\s+)?(?:Hang\s+Seng|CSI|HSI|MSCI|"
     r"FTSE|S&P|STOXX|Nasdaq[- ]100|SSE|SZSE|ChiNext|STAR\s+50|[A-Z][\w&\-]*\s+(?:[\w&\-]+\s+){0,4}?(?:Index|index|ETF)\b))|"
     # "BYD has been part of the HSI for several years", "The company already sits in the Hang Seng TECH Index"
     r"\b(?:(?:is|are|was|were|has\s+been|have\s+been|remains?|became)\s+(?:already\s+|also\s+|long\s+)?part\s+of|"
     r"(?:sits?|sat|sitting)\s+in)(?=\s+(?:the\s+)?(?:Hang\s+Seng|CSI|HSI|MSCI|FTSE|S&P|STOXX|Nasdaq[- ]100|"
     r"SSE|SZSE|ChiNext|STAR\s+50|[A-Z][\w&\-]*\s+(?:[\w&\-]+\s+){0,4}?(?:Index|index|ETF)\b))"),
    # "The NEV ETF (515030.SH) holds BYD, CATL and EVE Energy": what a fund holds (only a fund or index fits the object)
    ("fund-holds", "CONSTITUENT_OF", "rev", r"\b(?:holds|held|hold)\b(?=\s+(?:shares\s+(?:of|in)\s+)?(?:the\s+)?(?-i:[A-Z]))"),
    ("competes", "COMPETES_WITH", "fwd",
     # ("competes most directly with", "competes in the region with", "competes for city bus tenders with")
     # ("competes in the 200,000 to 300,000 yuan segment with NIO")
     r"\b(?:compet(?:es|ed|ing|e)\s+(?:(?!with\b|against\b|and\b|but\b)(?:\d[\d,.]*\d|[\w\-]+)\s+){0,8}?"
     r"(?:with|against)|"
     # ("competes for scrap and retired packs with GEM")
     r"compet(?:es|ed|ing|e)\s+for\s+(?:(?!with\b|against\b|but\b|and\s+(?:also\s+)?(?:works?|worked|partners?|partnered|"
     r"signed|teams?|teamed|cooperates?|cooperated|is|are|was|were|has|have|had|will|plans?|agreed)\b)[\w\-]+\s+){1,6}?"
     r"(?:with|against)|challeng(?:es|ed|ing)|"
     r"rival(?:s|ed|ing)(?=\s+(?:the\s+)?(?-i:[A-Z]))|in\s+(?:direct\s+|fierce\s+|head-on\s+)?competition\s+with|takes?\s+on|"
     r"took\s+on|versus|vs\.?|outsold|outsells|outselling|overtook|overtaken|(?:competitors?|rivals)\s+(?:such\s+as|like|including)|"
     r"puts?\s+(?:\w+\s+)?pressure\s+on|putting\s+(?:\w+\s+)?pressure\s+on|"
     # "its price and technology battle with Tesla", "a price war with BYD", "rivalry with", "taking on"
     r"(?:price|technology|tech|pricing|sales|market[- ]share|EV|subsidy)\s+(?:(?:and|&)\s+(?:price|technology|tech|pricing)\s+)?"
     r"(?:war|battle|fight|contest|showdown|duel)s?\s+(?:with|against)|rivalry\s+(?:with|against)|taking\s+on(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "kept its lead over Tesla", "faced growing competition from the AITO brand", "aims directly at the Maybach S-Class"
     # "lost ground to BYD and Geely", "has lost some buyers to Chery's Jetour Traveller"
     r"(?:lost|lose|loses|losing)\s+(?:some\s+|more\s+)?(?:ground|buyers|customers|share|market\s+share|sales)\s+to|"
     # "BYD's main competitors in Brazil are Volkswagen, Fiat and GM"
     r"(?:main|biggest|chief|key|closest)\s+(?:competitors|rivals)\s+(?:(?:in|at)\s+(?:the\s+)?[\w\-]+\s+)?(?:are|include)|"
     r"(?:its|their)\s+(?:\w+\s+)?lead\s+over|(?:growing\s+|fierce\s+|stiff\s+|intense\s+|more\s+|tough\s+)?competition\s+"
     # ("faces competition at home from Zeekr", "competition in the MPV segment from")
     r"(?:(?:at\s+home|abroad|overseas|(?:in|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+)?from|aim(?:s|ed|ing)?\s+(?:directly\s+|squarely\s+)?at(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "held 35% of the market, ahead of Japan's AGC and France's Saint-Gobain", "an alternative to Bosch's iBooster"
     # (not "ahead of BYD's results": a name whose possession follows is no rival)
     # "pitched squarely against Tesla", "designed against the Model Y", "undercutting BYD's Yuan Plus"
     r"(?:pitched|positioned|designed|benchmarked|priced)\s+(?:\w+ly\s+)?against(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"undercut(?:s|ting)?(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     # "Great Wall is up against BYD", "BYD will go up against Togg", "the main challenger to AvtoVAZ's Lada"
     r"(?<![\w\-])up\s+against(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"(?:main|biggest|chief|closest)\s+challengers?\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
     r"(?:ahead\s+of|alternatives?\s+to)(?=\s+(?:(?-i:[A-Z])[\w\-]*['’]s\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}"
     r"(?![\w\-])(?!\s*['’]s\b)|\s+(?-i:[A-Z])[\w\-]*['’]s\s+(?-i:[A-Z])))\b"),
    ("develops", "DEVELOPS", "fwd",
     r"\b(?:unveil(?:s|ed|ing)?|releas(?:es|ed|ing)|develop(?:s|ed|ing)?|development\s+of|R&D\s+(?:of|on|into|in|for)|"
     # "Gotion showed its Gemstone cell", "Chery presented a solid-state module called Rhino S"
     r"(?:show(?:s|ed)(?:\s+off)?|present(?:s|ed)|demonstrat(?:es|ed))(?=\s+(?:its|their|the|a|an|new|(?-i:[A-Z])|[\"“]))|"
     # ("Farasis and Sunwoda have also shown semi-solid-state prototypes")
     r"(?:show(?:s|ed|n)|present(?:s|ed)|demonstrat(?:es|ed))(?=\s+(?:[\w\-]+\s+){1,2}(?:prototypes?|samples?)\b)|"
     r"took\s+the\s+wraps\s+off|"
     # "BYD held the world premiere of its first kei car, the Racco"
     r"(?:held|holds|hosted|staged)\s+(?:the\s+|a\s+)?(?:world\s+|global\s+|China\s+|European\s+)?premiere\s+of|"
     # "Tesla designs the Octovalve itself"
     r"design(?:s|ed)(?=\s+(?:its\s+own|their\s+own|the|(?-i:[A-Z]))(?:\s+[\w\-.]+){1,3}\s+(?:itself|themselves|in-house)\b)|"
     # "SiEngine designs the Dragon Eagle-1 cockpit chip" (a named chip or platform, not "designed the car for Hongqi")
     r"design(?:s|ed)(?=\s+(?:its\s+|their\s+|the\s+)?(?-i:[A-Z])[\w\-.]*(?:\s+(?-i:[A-Z0-9])[\w\-.]*){0,2}\s+"
     r"(?:[a-z\-]+\s+){0,2}(?:chips?|processors?|SoCs?|chipsets?|platforms?|architectures?|operating\s+systems?)\b)|"
     r"research(?:es|ed|ing)?(?!\s+(?:reports?|notes?|institutes?|firms?|house|team|department|arm|unit|centres?|centers?)\b)"
     r"(?:\s+(?:on|into))?|showcas(?:es|ed|ing)|introduc(?:es|ed|ing)|debut(?:s|ed)|"
     r"announced\s+(?:[\w\-]+\s+){0,3}?(?:progress|advancements?|advances|breakthroughs?|developments?)\s+in|"
     r"(?:made|makes|achieved|achieves|reported|announced|took)\s+(?:[\w\-]+\s+){0,3}?(?:progress|breakthroughs?|advances|steps?|"
     r"milestones?|leaps?)\s+(?:in|on|for)|"
     r"breakthroughs?\s+in|working\s+on|patent(?:s|ed)?\s+(?:for|on)|(?<=jointly\s)created|co-creat(?:ed|es|ing)|"
     # "will achieve small-batch production of all-solid-state batteries in 2027" (a technology not yet made)
     r"(?:begin|start|achieve|reach|launch)\s+(?:(?:mass|small-batch|small-scale|series|volume|pilot|trial)\s+)?production\s+of"
     r"(?=\s+(?:its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?(?:all-solid-state|solid-state|semi-solid-state|sodium-ion|"
     r"lithium-sulfur|lithium-metal|condensed)\b))\b"),
    ("makes", "MANUFACTURES", "fwd",
     r"\b(?:makes|made|produces|produced|producing|manufactures|manufactured|manufacturing|builds|built|assembles|"
     r"launch(?:ed|es|ing)|roll(?:ed|s)\s+out|sells|sold|selling|mass-produc(?:es|ed|ing)|started\s+(?:mass\s+)?"
     r"production\s+of|began\s+(?:deliveries|production)\s+of|delivered(?!\s+(?:[\w\-]+\s+){0,5}?" + _GOODS_FOR + r")|"
     r"offers|offered|offering|"
     # "Mansour Automotive will assemble the Changan CS35 Plus", "began assembling the Chery Tiggo 4 Pro"
     r"(?:(?<=will\s)(?:assemble|build|produce|make|manufacture)|"
     r"(?:(?<=began\s)|(?<=begin\s)|(?<=begun\s)|(?<=begins\s)|(?<=start\s)|(?<=starts\s)|(?<=started\s))"
     r"(?:assembling|building|producing|making|manufacturing))(?=\s+(?:the\s+)?(?-i:[A-Z])))"
     # (not "packs are built from CATL cells": what they are made of)
     r"\b(?!\s+(?:by|around|upon)\b)(?!(?:(?<=built)|(?<=made)|(?<=produced)|(?<=manufactured))\s+from\b)"),
    # ("built under contract by state-owned JAC Motors")
    ("made-by", "MANUFACTURES", "rev", r"\b(?:made|produced|manufactured|built|launched|assembled)\s+"
                                       r"(?:(?:under|on)\s+contract\s+)?by\b"),
    # "The Luxeed R7 and S7 are produced at Chery's factory in Wuhu": the factory's owner makes them
    ("made-at", "MANUFACTURES", "rev",
     r"\b(?:made|produced|manufactured|built|assembled)\s+(?:\w+ly\s+)?(?:at|in)\s+(?:the\s+)?(?=(?-i:[A-Z])[\w\-&.]*"
     r"(?:\s+(?-i:[A-Z])[\w\-&.]*){0,3}['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:factory|factories|plant|plants|base|facility|"
     r"facilities|site|works|line)\b)"),
    ("developed-by", "DEVELOPS", "rev",
     r"\b(?:developed|designed|engineered|unveiled|created|invented|pioneered)\s+(?:(?:jointly|together|in-house)\s+)?by\b"),
    ("uses", "USES_TECHNOLOGY", "fwd",
     # ("BMW and Renault already use electrically excited motors"; not "the use of", "use cases")
     r"\b(?:uses|used|using|(?<!\bthe\s)(?<!\btheir\s)(?<!\bits\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bwhose\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bin\s)use(?!\s+(?:of|cases?)\b)|adopts?|adopted|adopting|equipped\s+with|powered\s+by|features?|featuring|based\s+on|"
     r"employs?|employed|operates|operated|operating|deploys?|deployed|integrat(?:es|ed|ing)|applies|applied|utili[sz](?:es|ed|ing)|"
     r"install(?:s|ed)|(?<=will\s)install|carries|carrying|(?:(?<=\bto\s)|(?<=\bwill\s))carry(?!\s+out\b)|runs|ran|running|"
     # ("built in China on SAIC's Modular Scalable Platform")
     r"supports?|supported|built\s+(?:in\s+(?-i:[A-Z])[\w\-]+\s+)?on|"
     r"(?:sits|sat|rides|rode)\s+on|"
     # ("the first car to ship with Huawei's Qiankun ADS 4")
     r"(?:ships?|shipped|shipping)\s+with|"
     # ("BYD, Geely and SAIC Motor fit eCall to the cars they export")
     r"(?:fits|(?<=\s)fit)(?=\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s+(?:to|in|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+)?"
     r"(?:cars|models|vehicles|SUVs|sedans)\b)|"
     # "the Tank 500 and Tank 700 are all offered with Hi4-T", "comes with an 800V platform on top versions"
     r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\ball\s)|(?<=\balso\s)|(?<=\bnow\s)|(?<=\bbe\s))"
     r"(?:offered|available)\s+with|(?:comes|come|came|coming)\s+(?:standard\s+)?with|"
     # "already sell models fitted with C-V2X modules", "would equip some of its future Arcfox models with C-V2X modules"
     r"(?:sells?|sold|selling|offers?|offered|offering)\s+(?:[\w\-]+\s+){0,2}?(?:models|cars|vehicles)\s+(?:fitted|equipped)\s+with|"
     r"(?:(?<=will\s)equip|(?<=would\s)equip|equip(?:s|ped|ping))\s+(?:[\w\-]+\s+){0,6}?(?:models|cars|vehicles)\s+with)\b"),
    # "EVE also produces LFP cells", "Gotion focuses on LFP and ternary batteries": a maker of a chemistry's cells uses it
    ("makes-tech", "USES_TECHNOLOGY", "fwd",
     r"\b(?:makes|produces|produced|producing|manufactures|manufactured|manufacturing|mass-produc(?:es|ed|ing)|"
     r"focus(?:es|ed|ing)?\s+on|speciali[sz](?:es|ed|ing)\s+in|"
     # "BAK started mass production of 46-series cells"
     # ("Sunwoda plans to make LFP cells in Hungary", "EVE will produce 46-series cells"; not a plant's or a
     # venture's "that will make", the "equipment needed to make", nor a solid-state cell still being developed)
     r"(?:(?<=\bto\s)(?<!\bneeded\sto\s)|(?<=\bwill\s)(?<!\bthat\swill\s)(?<!\bwhich\swill\s)|(?<=\bwould\s))"
     r"(?:make|produce|manufacture|mass-produce)(?!\s+(?:[\w\-]+\s+){0,2}?(?:all-|semi-)?solid\b)|"
     r"(?:started|starts|began|begins|entered|enters|(?<=will\s)(?:start|begin|enter))\s+(?:mass\s+|volume\s+|series\s+|"
     r"trial\s+)?production\s+of|"
     # "The plant can make 30,000 lithium-ion forklifts a year", "a production line for lithium-ion counterbalance
     # forklifts": the maker of a machine with a chemistry's battery uses it
     r"(?:(?<=can\s)make|builds|built|sells|sold|selling|exports|exported|production\s+line\s+for)"
     r"(?=\s+(?:[\w,\-]+\s+){0,2}?(?:lithium|sodium|lead)[\w\-]*\s+(?:[\w\-]+\s+){0,2}?"
     rf"(?:{_MACHINE_NOUNS})\b))\b(?!\s+by)"
     r"(?!\s+(?:[\w\-]+\s+){0,2}?(?:next-generation|new|future|novel|emerging)\b)"
     r"(?=\s+(?:[\w,\-]+\s+){0,4}?(?:batter(?:y|ies)|cells?|packs?|chemistr(?:y|ies)|cathodes?|anodes?|"
     rf"{_MACHINE_NOUNS}|(?:pallet|reach|terminal)\s+trucks)\b)"),
    # "GWM's Hi4 hybrid technology is now available across the HAVAL, TANK and WEY brands"
    ("available-across", "USES_TECHNOLOGY", "rev",
     r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?(?:available|offered|standard|fitted)\s+"
     r"(?:across|on|in)\s+(?:all\s+|most\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+)?|"
     # "the SEA ... is the base for the Zeekr 001 and the smart #1", "It underpins the Haval H6 Hi4"
     r"\b(?:(?:is|are|was|were|serves\s+as|served\s+as|became)\s+(?:also\s+|now\s+)?the\s+(?:technical\s+|common\s+)?"
     r"(?:base|basis|foundation|underpinnings?)\s+(?:for|of)|underpin(?:s|ned|ning))\s+(?:the\s+|its\s+|their\s+)?|"
     # "Semi-solid-state cells are already in production cars from NIO, SAIC and Dongfeng": the carmakers use them
     r"\b(?:is|are|was|were)\s+(?:already\s+|now\s+|also\s+)?(?:in|used\s+in|found\s+in|fitted\s+(?:to|in))\s+"
     r"(?:[\w\-]+\s+){0,2}?(?:cars|vehicles|models|EVs)\s+(?:from|by|of|made\s+by|built\s+by)\s+(?:the\s+)?"),
    # "Geely's SEA architecture is also used by Zeekr and Smart", "the SEA, a platform also used by Zeekr": the users
    # of a named technology (its owner supplies them: the "used-by" rule)
    # ("ADS 4 would be installed first in the AITO M8", "the Super e-Platform will first be used in the Han L")
    ("tech-used-by", "USES_TECHNOLOGY", "rev",
     r"\b(?:(?:now|also|already|widely|first)\s+)?(?:used\s+(?:first\s+)?(?:by|in)|"
     r"(?:installed|deployed)\s+(?:first\s+)?(?:in|on)|fitted\s+(?:first\s+)?(?:to|in|on))\b"),
    # "Togg was founded in 2018 by five Turkish groups, Anadolu Group, BMC, ...", "T3 Chuxing was set up by FAW, Dongfeng
    # and Changan": the founding companies hold stakes in what they founded
    ("founded-by", "INVESTS_IN", "rev",
     r"\b(?:was|were|been)\s+(?:jointly\s+|originally\s+|first\s+)?(?:founded|set\s+up|established|formed|created|launched)\s+"
     r"(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?(?:jointly\s+)?by\b"),
    # "agreed to buy about 2.6 billion US dollars of CATL stock", "took HK$2.18 billion of Seres stock": a holder of
    # the shares bought
    ("bought-stock", "INVESTS_IN", "fwd",
     r"\b(?:bought|buy|buys|buying|took|take|takes|subscribed\s+for|subscribe\s+for|acquired|purchased)\s+"
     r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+|some\s+|roughly\s+|more\s+than\s+)?(?:US\$|HK\$|\$|¥|€|RMB\s?)?"
     r"[\d.,]+\s*(?:billion|million|bn|mn|m)?\s*(?:US\s+dollars|dollars|yuan|euros|Hong\s+Kong\s+dollars|HKD|USD)?\s+"
     r"(?:worth\s+)?of\b(?=\s+(?:the\s+)?(?-i:[A-Z])[\w\-.&]*(?:\s+(?-i:[A-Z])[\w\-.&]*){0,2}(?:['’]s)?\s+(?:new\s+|newly\s+"
     r"issued\s+)?(?:stock|shares|ADS|ADSs|H\s+shares|A\s+shares|equity)\b)"),
    # "its MindGPT model, which powers the Lixiang Tongxue assistant", "Pangu now powers Xiaoyi": what a named
    # technology powers uses it (a supplier that powers a carmaker: the "powers-company" rule)
    ("tech-powers", "USES_TECHNOLOGY", "rev", r"\b(?:(?:now|also|already)\s+)?(?:powers|powered|powering)\b(?!\s+by\b)"),
]
# reversed rules whose subject stands before an active verb (the "by" rules name theirs after a passive)
# a name after "outside" ("customers outside the SAIC group"), which is no actor of the clause
_OUTSIDE_BEFORE = re.compile(r"\boutside\s+(?:the\s+|of\s+)?$", re.I)
_ACTIVE_REV = frozenset({"relies-on", "gets-from", "awarded", "taps", "takes-output", "raised-from", "power-deal"})
# the sources-from verb in the present tense, which an active clause's subject governs ("sources", not "sourced from")
_ACTIVE_SOURCES = re.compile(r"(?:sources|procures|buys|purchases|leases)\b")
_COMPILED = [re.compile(p, re.I) for _, _, _, p in _RULES]
_RULE_RX = {n: _COMPILED[i] for i, (n, _, _, _) in enumerate(_RULES)}
# First-word stems of each trigger rule: a rule is only tried where a word starts with one of them, which
# keeps the per-sentence cost at one word scan plus a few anchored matches.
_STEMS: dict[str, tuple[str, ...]] = {
    "supplies": ("suppl", "provid", "deliver", "ship", "hand"),
    "serves": ("serv",),
    "supplier-of": ("is", "was", "as", "became", "becom", "remains", "been"),
    "order-from": ("won", "wins", "secure", "receive", "landed", "bagged", "has", "have", "had", "holds", "helped",
                   "driven", "lifted", "boosted", "buoyed", "supported", "benefit", "thanks"),
    "sources-from": ("sourc", "procur", "buy", "bought", "purchas", "use", "using", "adopt", "fit", "install", "order",
                     "leas", "took", "take", "taking", "relie", "rely", "relying", "depend"),
    "buys-makers-cars": ("buy", "bought", "rebadg", "re-badg"),
    "supplied-by": ("supplied", "provided", "served"),
    "contract-maker": ("through", "via", "by", "with", "at"),
    "built-from": ("built", "made", "assembl", "produced"),
    "fleet-made-by": ("deploy", "operat", "run", "ran", "use", "using", "buy", "bought", "order", "add", "leas"),
    "gets-from": ("get", "got", "obtain", "take", "took"),
    "deploys-robotaxis": ("deploy", "put", "add"),
    "facility-with": ("built", "build", "open", "set", "launch", "establish", "operat", "run"),
    "raised-from": ("raise", "raising", "secure", "receive"),
    "shares-to": ("issu", "allot"),
    "through-unit": ("through",),
    "makes-for": ("make", "made", "produc", "manufactur", "build", "built", "design", "start", "begin", "began", "begun", "cast",
                  "mov", "carr", "assembl", "transport", "haul", "handl", "distribut", "packag", "ship", "load", "book"),
    "relies-on": ("reli", "rely", "depend"),
    "powers-company": ("power",),
    "goes-into": ("power", "batter", "cell", "pack", "chip", "lidar", "sensor", "motor", "semiconductor", "product",
                  "material", "cathode", "anode", "separator", "electrolyte", "foil", "module", "component", "part"),
    "supply-chain-of": ("enter", "join", "is", "became"),
    "deliveries-to": ("deliveries", "shipments", "supplies"),
    "awarded": ("award", "grant", "gave", "gives"),
    "picks-partner": ("pick", "select", "chose", "choos", "name", "tap", "appoint"),
    "designated-by": ("designated", "nominated", "selected", "picked", "chosen", "tapped", "named"),
    "taps": ("tap", "pick", "add", "select", "choose", "chose", "enlist", "hire", "designat", "has", "had", "use", "engag",
             "commission"),
    "used-by": ("is", "are", "was", "were", "being", "been"),
    "takes-output": ("take", "took", "absorb", "buy", "bought", "account"),
    "bought-by": ("machines", "equipment", "cells", "batteries", "packs", "chips", "components", "materials", "products",
                  "modules", "sensors", "lidars", "motors", "foils", "separators", "electrolytes", "lines", "cathode",
                  "anode", "precursor", "wafers", "substrates", "tyres", "tires", "robots", "inverter", "headl", "lamp",
                  "radar", "camera", "airbag", "seatbelt", "gearbox", "transmission", "e-axle", "fuse", "contactor", "relay",
                  "connector", "terminal", "casing", "capacitor", "mlcc", "resistor", "inductor", "circuit", "board",
                  "pcb", "laminate", "foil", "harness", "wire", "wiring"),
    "contract-to-serve": ("sign", "inked", "struck", "award", "reach"),
    "power-deal": ("green", "renewable", "clean", "solar", "power", "electricity"),
    "supply-deal": ("suppl", "procure", "purchas", "offtake", "off-take", "sourcing", "cathode", "anode", "electrolyte",
                    "separator", "copper", "foil", "lithium", "graphite", "precursor", "cell", "battery", "chip", "wafer",
                    "substrate", "contract"),
    "with-as-partners": ("with",),
    "distributed-through": ("through", "represented", "distributed", "imported", "sell", "sold", "market", "enter",
                            "launched", "arrived", "returned", "with", "reach"),
    "distributes": ("distribut", "import", "has", "have", "had", "took", "take"),
    "sold-by-dealers": ("cars", "vehicles", "models", "evs", "uk", "european", "local", "overseas", "dealer", "retail",
                        "now", "also", "mainly", "locally", "still", "sold", "distributed", "imported", "retailed",
                        "distribution", "sales", "partners", "distributors", "importers"),
    "runs-stores": ("operat", "run", "ran", "manag", "open", "hold", "held", "added", "adds", "took", "takes", "obtained",
                    "received", "won", "secured", "got"),
    "partners": ("partner", "team", "cooperat", "collaborat", "tie-up", "tied", "joined", "sign", "ink", "reached",
                 "alliance", "strategic", "agreement", "deal", "pact", "mou", "tie-up", "began", "begun", "start", "work",
                 "agreed", "jointly", "together"),
    "with-partner": ("with", "together", "rel"),
    "builds-with": ("build", "built", "set", "open", "construct", "make", "making", "produc"),
    "jv-agreed": ("agree", "team", "partnered", "sign", "working"),
    "developed-with": ("develop", "building", "co-develop", "built", "designed", "engineered", "ride", "robo", "service", "trips",
                       "available"),
    "jv": ("joint", "jv"),
    "jv-its": ("venture",),
    "contract-to-supply": ("signed", "signs", "inked", "won", "wins", "struck", "agreed", "reached"),
    "set-up-with": ("set", "establish", "form", "found", "creat"),
    "together-set-up": ("together", "jointly"),
    "invests": ("invest", "commit", "took", "takes", "acquir", "acquisition", "bought", "buys", "hold", "held", "led", "strategic", "stake",
                "holding", "shareholding", "interest", "buy", "purchas", "take", "own", "paid", "pay", "put", "pump", "inject", "pour", "plough", "plow", "sank",
                "takeover", "buyout", "co-led", "joined", "participated", "its", "keep", "kept", "retain"),
    "buys-company": ("buy", "bought", "acquir", "take", "took", "privati"),
    "backed-by": ("backed", "funded", "acquired", "invested", "part", "minority", "jointly", "co-", "raise", "raising",
                  "closed", "complet", "secure", "round", "financing", "placement"),
    "subsidiary-verb": ("is", "was", "became", "as", "wholly", "majority", "owned", "controlled", "belong"),
    "brand-run-by": ("joint", "co", "run", "develop", "creat", "operat", "manag", "found"),
    "owns": ("owns", "controls", "owned", "controlled", "took", "taken", "take", "gain", "won", "acquired"),
    "issued": ("issu", "releas", "publish", "promulgat", "unveil", "announc", "introduc", "roll", "extend", "formulat",
               "notif", "adopt",
               "draft", "launch", "approv", "implement", "put", "jointly", "officially", "recently", "impos", "levi",
               "levy", "rais", "increas", "hik", "revis", "amend", "enact", "pass"),
    "issued-by": ("issued", "released", "published", "promulgated", "unveiled", "announced", "introduced", "adopted",
                  "notified", "passed", "enacted",
                  "formulated", "drafted", "launched", "approved", "run", "administered", "set"),
    "supports": ("support", "encourag", "promot", "prioriti", "favo", "back", "subsidiz", "includ", "focus", "nam",
                 "accelerat", "boost", "foster"),
    "regulates": ("regulat", "oversee", "oversaw", "supervis", "investigat", "fined", "penaliz", "probe", "crack",
                  "launched", "order", "requir", "bann", "warn", "punish", "sanction", "restrict", "approv", "summon",
                  "clear", "responsible", "barred", "bars", "prohibit", "took", "take", "seize", "block", "exemption",
                  "accept"),
    "approval-of": ("won", "received", "obtained", "got", "gained", "secured", "need", "requir", "await", "approved",
                    "cleared", "is", "are", "was", "were", "been", "be", "supervised", "regulated", "overseen", "barred",
                    "banned", "prohibited", "placed", "put", "restructuring", "bankruptcy", "liquidation"),
    "met": ("conven", "summon", "met", "meet", "held", "assembled", "interviewed", "called", "symposium", "talks",
            "forum", "session"),
    "listed": ("list", "debut", "ipo", "went", "go", "floated", "trad", "dual", "secondary", "quoted", "landed", "filing",
               "exchange", "stock", "shares", "follows", "followed", "moved", "switched", "came"),
    "added-to": ("was", "were", "is", "are", "been", "be", "being", "got", "added", "included", "inclusion", "enter", "join",
                 "has", "have", "remain", "became", "sit", "sat"),
    "fund-holds": ("hold", "held"),
    "competes": ("compet", "challeng", "rival", "in", "take", "took", "versus", "vs", "outs", "overt", "put", "price",
                 "lost", "lose", "losing", "main", "biggest", "chief", "key", "closest",
                 "ahead", "alternativ",
                 "technology", "tech", "pricing", "sales", "market", "ev", "subsidy", "taking", "its", "their", "growing",
                 "fierce", "stiff", "intense", "more", "tough", "competition", "aim", "pitched", "positioned", "designed",
                 "benchmarked", "priced", "undercut", "up"),
    "said-in": ("said", "stated", "announced", "specified", "ruled"),
    "develops": ("unveil", "releas", "develop", "r&d", "research", "showcas", "introduc", "debut", "announced", "made", "design",
                 "show", "present", "demonstrat",
                 "makes", "achiev", "report", "took", "breakthrough", "working", "patent", "created", "co-creat",
                 "begin", "start", "reach", "launch", "held", "holds", "hosted", "staged"),
    "makes": ("make", "made", "produc", "manufactur", "build", "built", "assembl", "launch", "roll", "sell", "sold",
              "mass-produc", "started", "began", "delivered", "offer"),
    "sells-to": ("sell", "sold"),
    "makes-tech": ("make", "produc", "manufactur", "mass-produc", "focus", "speciali", "start", "began",
                   "begin", "enter", "build", "built", "sell", "sold", "export"),
    "made-by": ("made", "produced", "manufactured", "built", "launched", "assembled"),
    "made-at": ("made", "produced", "manufactured", "built", "assembled"),
    "developed-by": ("developed", "designed", "engineered", "unveiled", "created", "invented", "pioneered"),
    "uses": ("use", "using", "adopt", "equipped", "powered", "featur", "based", "employ", "operat", "deploy",
             "integrat", "appli", "utili", "install", "carr", "runs", "ran", "support", "built", "sits", "sat",
             "rides", "rode", "sell", "sold", "offer", "equip", "available", "come", "came", "fit", "ship"),
    "available-across": ("is", "are", "was", "were", "has", "have", "serve", "became", "underpin"),
    "tech-used-by": ("used", "now", "also", "already", "widely", "first", "install", "deploy", "fitted"),
    "tech-powers": ("power", "now", "also", "already"),
    "bought-stock": ("bought", "buy", "took", "take", "subscrib", "acquired", "purchased"),
    "founded-by": ("was", "were", "been"),
}
_ALL_STEMS = tuple(sorted({st for v in _STEMS.values() for st in v}))
_WORDS = re.compile(r"[A-Za-z&][A-Za-z&\-]*")
_GROUP_RULES = [(n, p, re.compile(rx, re.I)) for n, p, mode, rx in _RULES if mode == "group"]
_BETWEEN_RULES = [(n, p, re.compile(rx, re.I)) for n, p, mode, rx in _RULES if mode == "between"]
_TRIGGER_RULES = [(i, n, p, mode) for i, (n, p, mode, _) in enumerate(_RULES) if mode not in ("group", "between")]
assert all(n in _STEMS for _, n, _, _ in _TRIGGER_RULES), "every trigger rule needs its first-word stems"
_RULE_STEMS = [(i, n, p, mode, _STEMS[n]) for i, n, p, mode in _TRIGGER_RULES]
_WORD_RULES: dict[str, tuple] = {}  # word as written -> the trigger rules whose stems start it


def _rules_for(word: str) -> tuple:
    """The entries of ``_RULE_STEMS`` (in order) whose first-word stems start ``word``; cached per word."""
    lw = word.lower()
    rules = tuple(r for r in _RULE_STEMS if lw.startswith(r[4])) if lw.startswith(_ALL_STEMS) else ()
    if len(_WORD_RULES) > 200_000:
        _WORD_RULES.clear()
    _WORD_RULES[word] = rules
    return rules

# Adjacent pairs A <between> B.
_APPOS_FWD = [
    ("subsidiary-appos", "SUBSIDIARY_OF",
     re.compile(r"^\s*,?\s*(?:(?:which\s+)?is\s+)?(?:a|an|the)\s+(?:wholly[- ]owned\s+|majority[- ]owned\s+|[\w\-]+\.?\s+|U\.S\.\s+){0,2}"
                r"(?:subsidiary|unit|division|arm|affiliate)\s+(?:of|under|(?:(?:wholly|fully|majority|partly)[- ])?owned\s+by|"
                r"controlled\s+by)\s*(?:the\s+)?"
                # ("the U.S. subsidiary of Chinese battery maker Gotion High-Tech": the owner's kind before its name)
                r"(?:(?:Chinese|Japanese|Korean|South\s+Korean|German|French|American|U\.S\.|European|Indian|Swedish|Dutch|"
                r"Italian|British|Taiwanese|Hong\s+Kong|state-owned|[a-z]+-based)\s+(?:[a-z\-]+\s+){0,2}?"
                r"(?:battery\s+maker|carmaker|automaker|maker|group|company|firm|conglomerate|giant|supplier)\s+)?$|"
                # ("DICP, an institute under the Chinese Academy of Sciences")
                r"^\s*(?:[（(][^()（）]{0,40}[)）]\s*|[)）]\s*)?,\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:institute|laboratory|lab|college|school|academy|"
                r"research\s+(?:centre|center|arm))\s+under\s*(?:the\s+)?$", re.I)),
    ("brand-appos", "BRAND_OF",
     re.compile(r"^\s*,?\s*(?:is\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:brand|marque|sub-brand|label)\s+"
                r"(?:under|of|from|owned\s+by|launched\s+by|belonging\s+to)\s*(?:the\s+)?$", re.I)),
    ("member-appos", "MEMBER_OF",
     re.compile(r"^\s*,?\s*(?:is\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?member\s+(?:of|in)\s*(?:the\s+)?$", re.I)),
    ("member-joined", "MEMBER_OF",
     re.compile(r"^\s*[)）]?\s*(?:,\s+(?:the|a|an)\s+[^,;()]{3,70},\s*)?(?:has\s+|have\s+)?(?:(?:also|now|since|recently|officially|formally)\s+)?"
                r"(?:joined|joins|became\s+a\s+member\s+of|"
                # "JAC is the fifth carmaker to join HIMA", "became the latest brand to join"
                r"(?:is|was|became|becomes|will\s+become|will\s+be)\s+the\s+(?:first|second|third|fourth|fifth|sixth|"
                r"seventh|latest|newest|\d+(?:st|nd|rd|th))\s+(?:[\w\-]+\s+){0,2}?to\s+(?:have\s+)?join(?:ed)?)"
                r"\s*(?:the\s+)?$", re.I)),  # ("SAIC Motor, the country's largest carmaker, has joined the HIMA alliance")
    # "Market leader CATL (300750.SZ) and rival BYD", "Tesla and its closest competitor BYD"
    ("rival-and", "COMPETES_WITH",
     re.compile(r"^\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,?\s*(?:and|while|as\s+well\s+as)\s+(?:its\s+|their\s+)?"
                r"(?:[\w\-]+\s+)?(?:rival|competitor)s?\s+$", re.I)),
    # "WeRide, a global leader in autonomous driving technology", "WeLion, a developer of solid-state batteries"
    ("develops-appos", "DEVELOPS",
     re.compile(r"^\s*,?\s*(?:is\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:leader|pioneer|specialist|developer|innovator|"
                r"expert)\s+(?:in|of)\s*(?:the\s+)?$", re.I)),
    ("supplier-appos", "SUPPLIES",
     re.compile(r"^\s*,?\s*(?:a|an|the|its)\s+(?:[\w\-]+\s+){0,3}?(?:supplier|provider)\s+(?:of|to|for)\s*(?:the\s+)?$",
                re.I)),
    # "the Denza brand of BYD", "Zeekr parent Geely" (a headline's noun with no possessive)
    ("brand-of-noun", "BRAND_OF", re.compile(r"^\s+(?:brand|marque|sub-brand)\s+(?:of|under|from|owned\s+by)\s+(?:the\s+)?$",
                                             re.I)),
    ("parent-noun", "SUBSIDIARY_OF", re.compile(r"^\s+(?:parent|parent\s+company|parent\s+group)\s+$", re.I)),
]
# the goods of a company another one makes for it
_GOODS_PLURAL = (r"batteries|cells|packs|chips|chipsets|lidars|sensors|motors|semiconductors|modules|components|parts|"
                 r"systems|tractors|coaches|ships|vessels|boats|ferries|drones|robots|forklifts|motorcycles|scooters|"
                 + _VEHICLE_GOODS)
_APPOS_REV = [  # B <pred> A, with A before B: "Y's supplier X", "Y's brand X", "Y's subsidiary X"
    ("supplier-poss", "SUPPLIES", re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:battery\s+|cell\s+)?(?:supplier|provider)s?"
                                              r",?\s*$", re.I)),
    # machine translation of 下属: "Biyadi (比亚迪, 002594.SZ) subordinate Fudi Battery", "the company subordinate X"
    ("subordinate", "SUBSIDIARY_OF", re.compile(r"^(?:\s*[（(][^()（）]{0,40}[)）]|\s*[,，][^()（）]{0,30}[)）])?\s+subordinate\s+"
                                                r"(?:(?:company|enterprise|unit)\s+)?$")),
    ("brand-poss", "BRAND_OF", re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:brand|marque|sub-brand)s?,?\s*$", re.I)),
    # "Xiaomi's batteries are made by CATL", "Its trucks are built by FAW Jiefang": the maker of a company's goods
    # supplies it (the possessor checked below)
    ("goods-made-by", "SUPPLIES",
     # ("XPeng's charging hardware is built by Star Charge": a mass noun or one unit of the goods)
     re.compile(rf"^(?:['’]s?)?\s+(?:[\w\-]+\s+){{0,3}}?(?:(?:{_GOODS_PLURAL})\s+(?:are|were|have\s+been|will\s+be)|"
                r"(?:hardware|software|battery|pack|chip|chipset|lidar|sensor|motor|module|system|platform)\s+"
                r"(?:is|was|has\s+been|will\s+be))\s+"
                r"(?:(?:all|also|mainly|mostly|largely|now|still)\s+)?(?:made|built|produced|manufactured|supplied|assembled)"
                r"\s+by\s+(?:the\s+)?$", re.I)),
    ("subsidiary-poss", "SUBSIDIARY_OF",
     re.compile(r"^['’]s?\s+(?:wholly[- ]owned\s+|[\w\-]+\s+){0,2}?(?:subsidiary|unit|division|arm),?\s*$", re.I)),
    # "BYD's in-house supplier FinDreams Powertrain": a maker in the house is the house's (and supplies it: above)
    ("in-house-poss", "SUBSIDIARY_OF",
     re.compile(r"^['’]s?\s+(?:own\s+)?in-house\s+(?:[\w\-]+\s+){0,2}?(?:supplier|maker|manufacturer|provider|unit|arm)s?"
                r",?\s*$", re.I)),
    ("brand-under", "BRAND_OF", re.compile(r"^\s*,\s*$")),  # needs "brand under A" before A (checked below)
    # "a Snapdragon 8295P chip from Qualcomm": a named part and its maker (not a car: checked below)
    ("part-from", "MANUFACTURES", re.compile(r"^\s+(?:[a-z][\w\-]*\s+)?(?:chips?|processors?|lidars?|sensors?|SoCs?)\s+from\s+"
                                             r"(?:the\s+)?$")),
    # "Human Horizons, the maker of HiPhi cars": the brand of the cars a company makes (checked below)
    ("maker-of-brand", "BRAND_OF", re.compile(r"^\s*,\s*(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,2}?(?:maker|manufacturer|"
                                              r"producer|seller)\s+of\s+(?:the\s+)?$", re.I)),
    # "Ningde Times (宁德时代, SZ: 300750) subsidiary Qiji Energy", "CATL unit Brunp"
    ("subsidiary-noun", "SUBSIDIARY_OF",
     re.compile(r"^\s*(?:[（(]?[^()（）]{0,40}[)）])?\s+(?:(?!(?:and|or|with|to|said|says|the|a|an|its|of|for|from|by|is|was)\b)"
                r"[a-z][\w\-]*\s+){0,2}(?:subsidiary|unit)\s+$")),
]
_BRAND_GOODS = re.compile(r"\s+(?:(?:[\w\-]+\s+){0,2}?(?:cars?|vehicles?|models?|EVs?|SUVs?|sedans?)|(?:brand|line)\b)", re.I)
_BRAND_UNDER_LEFT = re.compile(r"\b(?:brand|marque|sub-brand)s?\s+(?:under|of|from|owned\s+by)\s*(?:the\s+)?$", re.I)
# Relational nouns: "A is B's N", "A, the B N", "A, one of the B Ns", "A is the N of B", "B's Ns are A1 and A2".
# ``rev`` nouns name the other side ("A is B's customer": B supplies A).
_REL_NOUN = {
    "brand": "BRAND_OF", "marque": "BRAND_OF", "sub-brand": "BRAND_OF", "nameplate": "BRAND_OF", "label": "BRAND_OF",
    "subsidiary": "SUBSIDIARY_OF", "unit": "SUBSIDIARY_OF", "arm": "SUBSIDIARY_OF", "division": "SUBSIDIARY_OF",
    "business": "SUBSIDIARY_OF", "spin-off": "SUBSIDIARY_OF", "supply chain": "SUPPLIES",
    "affiliate": "SUBSIDIARY_OF", "subsidiarie": "SUBSIDIARY_OF",
    "wholly-owned company": "SUBSIDIARY_OF", "wholly owned company": "SUBSIDIARY_OF", "wholly-owned firm": "SUBSIDIARY_OF",
    "wholly owned firm": "SUBSIDIARY_OF",
    # "Aerofugia, Geely's low-altitude aviation company based in Chengdu"
    "company": "SUBSIDIARY_OF",
    # machine translation of 下属: "a subordinate enterprise of China Shipbuilding Group"
    "subordinate enterprise": "SUBSIDIARY_OF", "subordinate company": "SUBSIDIARY_OF", "subordinate unit": "SUBSIDIARY_OF",
    # "GAC Capital, the venture capital platform of GAC Group", "Hubble, Huawei's investment vehicle"
    "investment platform": "SUBSIDIARY_OF", "capital platform": "SUBSIDIARY_OF", "investment vehicle": "SUBSIDIARY_OF",
    "captive lender": "SUBSIDIARY_OF", "captive financier": "SUBSIDIARY_OF",
    "captive finance company": "SUBSIDIARY_OF", "captive finance arm": "SUBSIDIARY_OF", "captive finance unit": "SUBSIDIARY_OF",
    # "SAIC Design Advanced London, the British studio of SAIC Motor", "CEVT, the Gothenburg R&D centre of Geely"
    "studio": "SUBSIDIARY_OF", "design centre": "SUBSIDIARY_OF", "design center": "SUBSIDIARY_OF",
    "r&d centre": "SUBSIDIARY_OF", "r&d center": "SUBSIDIARY_OF", "research centre": "SUBSIDIARY_OF",
    "research center": "SUBSIDIARY_OF", "technical centre": "SUBSIDIARY_OF", "technical center": "SUBSIDIARY_OF",
    "supplier": "SUPPLIES", "provider": "SUPPLIES", "vendor": "SUPPLIES",
    "member": "MEMBER_OF",
    "shareholder": "INVESTS_IN", "investor": "INVESTS_IN", "backer": "INVESTS_IN", "stakeholder": "INVESTS_IN",
    "partner": "PARTNERS_WITH", "rival": "COMPETES_WITH", "competitor": "COMPETES_WITH",
    # "BYD's Malaysian distributor, Sime Darby Motors": a maker's distributor or importer works with it
    "distributor": "PARTNERS_WITH", "importer": "PARTNERS_WITH",
    # "Zhongsheng, a Mercedes-Benz dealer", "one of the top-selling BYD dealers", "the important dealer of BMW"
    "dealer": "PARTNERS_WITH", "dealer group": "PARTNERS_WITH", "dealership": "PARTNERS_WITH", "retailer": "PARTNERS_WITH",
    "flagship": "SUBSIDIARY_OF",  # "Baosteel, the listed flagship of China Baowu Steel Group"
    "customer": "rev:SUPPLIES", "client": "rev:SUPPLIES", "buyer": "rev:SUPPLIES", "purchaser": "rev:SUPPLIES",
    "account": "rev:SUPPLIES",  # "counts Xpeng among its biggest accounts", "Tesla remains its largest account"
    # "Sanhua, Tesla's main source of thermal management valves" (only a main or sole source: not "a Reuters source")
    "source": "SUPPLIES",
    "parent": "rev:SUBSIDIARY_OF", "owner": "rev:SUBSIDIARY_OF", "parent company": "rev:SUBSIDIARY_OF", "parent group": "rev:SUBSIDIARY_OF",
    "constituent": "CONSTITUENT_OF", "component": "CONSTITUENT_OF", "holding": "CONSTITUENT_OF", "heavyweight": "CONSTITUENT_OF",
    # "Qilin is another star product of CATL", "Voyah's line-up includes the Free and the Dreamer"
    "product": "rev:MANUFACTURES", "line-up": "rev:MANUFACTURES", "lineup": "rev:MANUFACTURES",
}
_NOUNS = (r"(?P<noun>supply\s+chain|subordinate\s+(?:enterprise|company|unit)|sub-brand|brand|marque|nameplate|label|subsidiar(?:y|ie)|unit|arm|division|affiliate|business|spin-off|supplier|provider|vendor|"
          r"member|shareholder|investor|backer|stakeholder|partner|rival|competitor|customer|client|buyer|purchaser|"
          r"distributor|importer|dealer\s+group|dealer|dealership|retailer|(?<=listed\s)flagship|"
          r"account(?!s?\s+for\b)|parent\s(?:company|group)|parent|owner|"
          r"(?:(?<=main\s)|(?<=sole\s)|(?<=only\s)|(?<=largest\s)|(?<=biggest\s)|(?<=primary\s))source(?=s?\s+of\s)|"
          r"constituent|component|"
          r"holding|heavyweight|product|line-up|lineup|wholly[- ]owned\s+(?:company|firm)|company|"
          # "Great Wall Binyin, the captive lender of Great Wall Motor"
          r"captive\s+(?:lender|financier|finance\s+(?:company|arm|unit))|"
          r"investment\s+(?:platform|vehicle)|capital\s+platform|studio|(?:design|R&D|research|technical)\s+cent(?:re|er))s?")
# rules that read a maker from a verb and the products after it
_VERB_MAKER_RULES = frozenset({"makes", "develops"})
# A company raising a round (its subject): "Avatr completed a Series C financing", "Zeekr raised US$500 million in a
# Series A round"; or naming one: "Voyah's Series A round"
_RAISES_ROUND = re.compile(r"\b(?:raised|raises|raising|closed|closes|completed|completes|secured|secures|received|"
                           r"receives|announced|announces|launched|launches|kicked\s+off|finished|wrapped\s+up)\b"
                           + CLAUSE_CHAR + r"{0,90}?\b(?:round|financing|funding|fundraising|placement|capital\s+increase|"
                           r"Series\s+[A-F]\d?\+?|Pre-[A-F]\d?)(?![\w+])", re.I)
_ROUND_POSS = re.compile(r"(?P<poss>(?-i:[A-Z])[\w\-&.]*(?:\s+(?-i:[A-Z])[\w\-&.]*){0,3})['’]s?\s+(?:latest\s+|new\s+|first\s+)?"
                         r"(?:Series\s+[A-F]\d?\+?|Pre-[A-F]|angel|strategic|(?:[\w\-]+\s+){0,2}?funding|financing)\s*"
                         r"(?:round|financing)?\b", re.I)
# The investors of a round named before their list: "Follow-on investors included", "The round was co-led by",
# "brought in", "Among Hozon's existing shareholders are"
_ROUND_INVESTORS = re.compile(
    r"\b(?:(?:follow-on|new|other|lead|existing|strategic|early|outside|returning|participating|financial|institutional|"
    r"co-)\s+)+(?:investors?|backers|shareholders|participants)\s+(?:in\s+(?:the|this)\s+(?:round|financing)\s+)?"
    r"(?:included|include|includes|were|are|comprised|such\s+as)\s+(?:the\s+)?|"
    r"\b(?:the\s+)?(?:round|financing|funding|investment|placement)\s+(?:was|is|were|has\s+been|had\s+been)\s+"
    r"(?:co-)?led\s+by\s+(?:the\s+)?|"
    r"\b(?:brought|brings|bring|bringing)\s+in\s+(?:the\s+)?(?=" + CLAUSE_CHAR + r"{0,200}?\bas\s+(?:new\s+|strategic\s+)?"
    r"(?:shareholders|investors)\b)|"
    r"\b[Aa]mong\s+(?:the\s+)?(?:(?P<poss>(?-i:[A-Z])[\w\-&.]*(?:\s+(?-i:[A-Z])[\w\-&.]*){0,3})['’]s?\s+)?"
    r"(?:(?:existing|other|early|largest|biggest|major)\s+)*(?:shareholders|investors|backers)\s+(?:are|were|is|include|"
    r"included)\s+(?:the\s+)?", re.I)
# ... or after it: "A and B also invested again", "A and B were among the investors"
_ROUND_INVESTORS_AFTER = re.compile(
    r"\s*(?:[（(][^()（）]{0,40}[)）])?\s*(?:,\s+[^,;]{1,60},\s*)?(?:also\s+|both\s+|each\s+)?(?:(?:invested|participated|took\s+part|"
    # (", with Sany Heavy Industry also investing")
    r"joined|re-invested|investing|participating)(?:\s+(?:again|in\s+the\s+round))?\b|(?:were|was)\s+(?:also\s+)?among\s+the\s+(?:\w+\s+)?"
    r"(?:investors|backers|participants))", re.I)
_ROUND_WORDS = ("round", "financ", "Series")  # (words a sentence naming a round holds)
# "Zeekr is handled by Eurokars Group and XPeng by Vantage Automobile": a carmaker's seller, and a second pair with the
# verb left out
_HANDLED_BY = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+|locally\s+)?handled\s+by\s+"
                         r"(?:the\s+)?")
# a relative clause whose subject is the maker of the product before it: "the Dacia Spring, which Dongfeng Motor builds"
_MAKER_RELATIVE = re.compile(r"(?:\s*,\s*(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,5}?)?|\s+)(?:which|that)\s+")
_MAKE_VERB_AFTER = re.compile(r"\s+(?:also\s+|now\s+|still\s+|has\s+|had\s+)?(?:builds|makes|produces|assembles|"
                              r"manufactures|built|made|produced|assembled|manufactured)\b")
_COMMA_AND_GAP = re.compile(r"\s*,\s+(?:and|&)\s+(?:the\s+)?")
_BARE_AND_GAP = re.compile(r"(?:['’]s)?\s+(?:and|&)\s+(?:(?-i:[A-Z])[\w\-]*['’]s\s+|the\s+)?")
# a singular noun right after a possessed name ("its Dacia brand, Nissan and ...")
_SINGULAR_HEAD_AFTER = re.compile(r"\s+(?:brand|marque|label|unit|subsidiary|division|arm)\b(?!-)")
_SINGULAR_HEAD_END = re.compile(r"\s(?:brand|marque|label)$")
_AND_ADVERB_VERB = re.compile(r"\band\s+(?:now|also|still|since|today|later)\s+$")
_SENTENCE_HEAD = re.compile(r"[\s\-*#>\d.]*")
_VERB_AFTER_HEAD = re.compile(r"\**\s+(?:has\s+|had\s+|have\s+|also\s+|now\s+)?[a-z]+(?:ed|s)\b")
# ("Derco, which also distributes Suzuki, Mazda and Renault": a distributor's makes; "which sells" or "which handles"
# only after a seller's role word)
_WHICH_SELLS = re.compile(r"\s*,\s+which\s+(?:also\s+|now\s+|already\s+)?(?P<v>sells|sold|retails|distributes|imports|"
                          r"represents|handles)\s+")
_DEALER_ROLE_BEFORE = re.compile(r"\b(?:dealer|dealership|distributor|importer|retailer)(?:\s+group)?s?\s+(?:the\s+)?$", re.I)
# ("Drive Thor has been chosen by BYD, Li Auto and Zeekr": the carmakers that picked it buy it)
_PRODUCT_GOES_TO = re.compile(r"\s+(?:(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+|already\s+|mainly\s+)?"
                              r"(?:supplied|shipped|delivered)|(?:also\s+|now\s+|mainly\s+)?(?:goes|go|went))\s+to|"
                              r"(?:has|have)\s+been\s+(?:chosen|picked|selected|adopted)\s+by)\s+(?:the\s+)?")
_HOLDS_BEFORE = re.compile(r"(?:\s*[（(][^()（）]{1,30}[)）]|[)）])?\s+(?:also\s+|still\s+|now\s+)?(?:holds|held|owns)\s+")
_PCT_SHARES_AFTER = re.compile(r"(?:\s*[（(][^()（）]{1,30}[)）])?\s+(?:(?:about|around|approximately|nearly|over)\s+)?"
                               r"[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:shares|equity|stake|of\s+(?:the\s+)?shares)\b")
_JV_OF_APPOS = re.compile(r"(?:\s*[（(][^()（）]{0,30}[)）])?\s*,\s+(?:a|an|the|their)\s+(?:[\w\-:]+\s+){0,3}?"
                          r"(?:joint[\s-]+venture|venture|JV)\s+(?:of|between)\s+[^,;()]{0,60}?\s+(?:and|&)\s+(?:the\s+)?$")
_VERB_WORD = re.compile(r"[A-Za-z]+")


def _singular_verb_at(text: str, pos: int) -> bool:
    """Whether the verb at ``pos`` is in the third person singular ("builds", "supplies"; not "build", "was" aside)."""
    m = _VERB_WORD.match(text, pos)
    w = m.group(0).lower() if m else ""
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


_GAPPED_AND = re.compile(r"\s*,?\s+and\s+")
_GAPPED_PAIR_LEAD = re.compile(r"\s*,\s*(?:and\s+)?")
_GAPPED_WITH = re.compile(r"\s+with\s+(?:the\s+)?")
_GAPPED_BY = re.compile(r"\s+by\s+(?:the\s+)?")
# "assembles the Emkoo from semi-knocked-down kits shipped by GAC Motor", "from kits supplied by Changan": the kits' maker
_KITS_BY = re.compile(r"\bkits\s+(?:(?:supplied|shipped|sent|provided|delivered)\s+(?:by|from)|from)\s+(?:the\s+)?",
                      re.I)
# a trigger opening the relative clause of the name before it ("Geely, whose cars are sold by", "Seres, whose AITO
# models are sold through")
_WHOSE_TRIGGER = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s+"
                            # ("Weichai Power (2338.HK), the engine maker whose joint venture with Ballard")
                            r"(?:(?:the|a|an)\s+(?:(?-i:[a-z])[\w\-]*\s+){1,3}?)?whose\s+(?:(?-i:[A-Z])[\w\-]*\s+){0,2}"
                            # ("JAC Motors, whose E10X and E-JS4 are imported by Grupo Vardí": its models, then the copula)
                            r"(?:(?:and|&)\s+(?-i:[A-Z])[\w\-]*\s+(?:(?:is|are|was|were)\s+(?:also\s+|now\s+)?)|"
                            r"(?:is|are|was|were)\s+(?:also\s+|now\s+)?)?")
# "BYD, which ACMobility distributes, ...": an object relative clause whose subject sells or imports the maker named
# before it (what stands between "which" and the seller, then the seller's verb, closed by punctuation or a place)
_WHICH_BEFORE_SELLER = re.compile(r",\s+which\s+(?:the\s+)?(?:(?:local|Philippine|Australian|[A-Z][a-z]+-based)\s+)?"
                                  r"(?:(?:distributor|importer|dealer\s+group|retailer|assembler)\s+)?$")
_SELLER_VERB = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|still\s+|already\s+|exclusively\s+|locally\s+)?"
                          r"(?:distributes|distributed|imports|imported|represents|represented|retails|retailed)"
                          r"(?=\s*[,.;)]|\s+(?:in|locally|from|since|under|through|across|there|here|exclusively)\b)")
_APPOSED_KIND_START = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）])?\s*,\s+(?:the|a|an)\s", re.I)
# rules that read a maker from a product's name or a possessive alone, with no verb of making
_WEAK_MAKES = frozenset({"named-model", "named-product", "possessive"})
# what a thing used replaces, and what a policy does away with
_REPLACE_WORDS = r"replac(?:e|es|ed|ing)|instead\s+of|rather\s+than"
_REPLACED_BEFORE = re.compile(rf"\b(?:{_REPLACE_WORDS}|unlike)\b")
_AGAINST_BEFORE = re.compile(rf"\b(?:{_REPLACE_WORDS}|eliminat\w*|phas\w*\s+out|ban|bans|banned|banning|curb\w*)\b")
# a product shown for the first time (developed, not yet made: see the README of the gold format)
_UNVEILED = re.compile(r"\b(?:unveil\w*|present(?:s|ed|ing)|show(?:s|ed|n|ing|cased?)|debut\w*|preview\w*|"
                       r"reveal\w*|concept)\b", re.I)
_OBJECT_CLAUSE_END = re.compile(r",\s+(?:[a-z]+ing\b(?<!\bincluding)(?<!\bfeaturing)|which\b|where\b|while\b|whereas\b)")
# what can be owned as a unit: a company, or a brand (whose owner it is a brand of)
_SUBSIDIARY_OR_BRAND = frozenset({"Company", "Brand"})
# whatever a company may own: a company, a brand, a team or a club ("NIO 333 Racing is controlled by Lisheng Racing")
_SUBSIDIARY_SUBJECT = _SUBSIDIARY_OR_BRAND | {_ORG}
# the goods a "partner" supplies: "battery partner", "battery cell partners", "supply partner"
_SUPPLY_PARTNER = re.compile(r"\b(?:battery|batteries|cells?|pack|chips?|lidar|tyres?|tires?|supply|parts|components?)\s+$",
                             re.I)
# (or the full stop of a name's abbreviation the name left out: "Morespark Ltd., a Tencent affiliate")
# (or a company-form suffix the name left out: "Volkswagen (China) Investment Co Ltd, Gotion's largest shareholder")
# (the rest of a parenthesis the name opens: "Putailai (璞泰来, 603659.SH), a supplier to", after the Chinese name)
_PAREN = r"(?:,?\s+(?:Co|Ltd|Inc|Corp|Limited|LLC|plc)\b\.?){0,2}\.?(?:(?:\s*[,，、;]\s*[^()（）,;]{1,24})?\s*[)）]|\s*[（(][^()（）]{0,40}[)）])?"
_COPULA = r"(?:\s*,\s*(?:meanwhile|however|in\s+turn|for\s+its\s+part|by\s+contrast|in\s+contrast|notably|though)\s*,|\s*,\s*(?:the|a|an)\s+(?:(?!and\b|or\b|is\b|was\b|which\b|who\b)[\w\-]+\s+){0,5}?[\w\-]+,|\s*,\s*(?:which|who|that)|\s*,?\s*(?:and\s+so\s+on|etc\.?))?\s+(?:(?:all|both)\s+)?(?P<cop>(?:is|was|are|were)\s+(?:(?:best|widely|also|now|mainly|perhaps)\s+)?known\s+as|serves?\s+as|served\s+as|is|was|are|were|remains?|became|becomes?|(?:has|have|had)\s+(?:(?:now|also|since)\s+)?become|(?:has|have)\s+(?:(?:long|also|since|always|consistently|for\s+(?:years|decades|a\s+decade|(?:many|several|some)\s+years|some\s+time))\s+)*been|(?:will|(?:is|are)\s+set\s+to|(?:is|are)\s+to)\s+(?:also\s+)?(?:become|be)|(?:(?:has|have|had)\s+(?:also\s+|now\s+)?)?(?:signed\s+(?:on|up)|come\s+on\s+board|came\s+on\s+board)\s+as)\s+(?:(?:now|also|still|all|both|long|already|currently)\s+)*"
_NOUN_LEAD = r"(?:(?:the|a|an|another|its|their|one\s+of(?:\s+(?:the|its|their))?|among(?:\s+(?:the|its|their))?)\s+)?"
# A <, | is> [the] B ['s] [adj] N  (checked in two parts: before B, and after B)
# ("CATL, the world's largest battery maker and | BYD's main rival": a second description after a first)
_NOUN_PRE = re.compile(rf"^{_PAREN}\s*(?:,\s*(?:(?:now|also|still|currently)\s+)?(?:(?:the|a|an)\s+[^,;:()]{{1,60}}?\s+and\s+)?|"
                       rf"{_COPULA})(?:{_NOUN_LEAD}|"
                       # ("is the largest Mercedes-Benz dealer group", "is one of the top-selling BYD dealers")
                       r"(?:the|a|an|one\s+of\s+the)\s+(?:(?!(?:and|or|of|with|to|for|by|from|in|on|at|as|that|which|whose|who|"
                       r"where|when|while|will|would|has|have|had|is|are|was|were|be|been)\s)(?-i:[a-z])[\w\-]*\s+){1,2})$", re.I)
_IS_BETWEEN = re.compile(r"\s(?:is|are|was|were|became|becomes|become)\s")
# (after a Chinese name or a code in brackets, which machine translation puts before a dropped possessive: "Hamann is
# Sanxing Electronics (三星电子) subsidiary")
_NOUN_POST = re.compile(rf"(?P<par>(?:[)）]|\s*[（(][^()（）\n]{{1,30}}[)）])(?=\s+(?!etc\b|and\b|or\b)(?-i:[a-z])))?(?:['’]s?\s+(?:(?!is\b|are\b|was\b|were\b|of\b|sister\b|former\b|ex-)[a-z][\w\-]*\s+){{0,4}}?|"
                        rf"\s+(?:(?!and\b|or\b|is\b|are\b|was\b|were\b)[a-z][\w\-]*\s+){{0,3}}?){_NOUNS}\b", re.I)
# A <, | is> [the] [adj] N of B
_NOUN_OF = re.compile(rf"^{_PAREN}\s*(?:,\s*|{_COPULA})"
                      # ("Samsung SDI and CATL are all in the customer list of GEM")
                      r"(?:(?:in|on)\s+(?:the|its|their)\s+(?=(?:[\w\-]+\s+){1,3}?(?:list|roster)\s+of\b)|"
                      # ("the chassis and thermal management parts supplier of Tesla")
                      # ("the smart-cockpit and BMS subsidiary of Joyson Electronics": an acronym after "and")
                      rf"{_NOUN_LEAD})(?:(?!and\b|or\b)[a-z][\w\-]*\s+(?:(?:and|or)\s+(?=(?-i:[a-z]|[A-Z]{{2,5}}\s)))?){{0,4}}?{_NOUNS}"
                      # ("a subsidiary company of Weilai")
                      # ("the autonomous freight unit spun out of ride-hailing giant Didi")
                      r"(?:\s+compan(?:y|ies)|\s+(?:list|roster))?"
                      # ("the largest supplier of batteries to Tesla's Shanghai factory": the goods before "to")
                      r"(?:\s+of(?:\s+(?!and\b|or\b)[a-z][\w\-]*){1,3}?(?=\s+(?:to|for)\s))?"
                      r"\s+(?:spun\s+(?:out|off)\s+(?:of|from)|of|to|for|in|under|at|"
                      r"with|behind|from)\s+(?:the\s+)?"
                      # ("a subsidiary of Qingdao-based Tgood", "a unit of state-owned China COSCO Shipping")
                      # ("subsidiaries of the listed Great Wall Motor")
                      r"(?:(?-i:[A-Z])[a-z]+-based\s+|state-owned\s+|(?:Shanghai|Shenzhen|Hong\s+Kong|Nasdaq|New\s+York|(?-i:[A-Z])[a-z]+)-listed\s+|"
                      r"(?<=the\s)(?:publicly\s+)?listed\s+)?"
                      # ("the controlling shareholder of US luxury EV maker Lucid Group", "customers of the Wuhan-based
                      # software house ECARX")
                      # ("a subsidiary of the Indian lead-acid battery market leader Exide Industries", "the storage
                      # division of Chinese electric vehicle and battery giant BYD")
                      r"(?:(?:(?:US|U\.S\.|(?-i:[A-Z][a-z]+))\s+)?"
                      # ("the Chinese unit of Dutch chipmaker Nexperia")
                      r"(?:[\w\-]+\s+){0,4}?(?:[a-z]*makers?|start-?up|company|firm|group|supplier|producer|"
                      r"house|manufacturer|developer|specialist|giant|leader|conglomerate|operator|investor|champion)\s+)?$",
                      re.I)
# A <is> a [adj] buyer of [goods] from B: "BYD has also been a large buyer of Journey processors from Horizon Robotics"
_BUYER_OF_FROM = re.compile(rf"^{_PAREN}\s*(?:,\s*|{_COPULA}){_NOUN_LEAD}(?:(?!and\b|or\b)[a-z][\w\-]*\s+){{0,3}}?"
                            r"(?P<noun>buyer|purchaser|customer|client)s?\s+of\s+(?:(?!and\b|or\b)[\w\-]+\s+){1,3}?"
                            r"from\s+(?:the\s+)?$", re.I)
# a class of companies before a list member: "battery makers CATL, BYD and CALB, solid-state specialists WeLion"
_CLASS_WORDS = (r"(?:(?:[\w\-]+\s+){0,3}?(?:[a-z]*makers?|miners?|refiners?|producers?|manufacturers?|carmakers?|automakers?|specialists?|"
                r"designers?|packagers?|integrators?|"
                r"suppliers?|developers?|start-?ups?|groups?|firms?|companies|company|giants?|operators?|banks?|funds?|insurers?|"
                # ("the three big franchise couriers ZTO Express, YTO Express and Yunda")
                r"couriers?|carriers?|retailers?|dealers?|distributors?|lenders?|shipyards?|platforms?))")
# B's [adj] Ns <are|include|:> A1, A2 and A3
# a translation that drops the possessive before a list: "Defu Technology main customers is Ningde Times, ..."
# ("Bethel brake system main customers include Chery": the goods named first)
# ("Aian main battery supplier includes CALB": the goods between the adjective and the noun)
# ("Company vehicle-grade 5G module main customers include Qirui": a word such as "5G" among the goods)
_DROPPED_POSS_TAIL = (r"\s+(?:(?:(?:(?-i:[a-z])|\d(?-i:[A-Z]))[\w\-]*\s+){0,4}(?:largest|biggest|main|major|key|top)\s+"
                      r"(?:(?-i:[a-z])[\w\-]*\s+){0,2}(?:customers?|clients?|shareholders?|suppliers?)\s+"
                      r"(?:is|are|includes?)|"
                      # ("Avatr shareholders include Changan Qiche, Ningde Times": a plural noun and "include")
                      # ("The company customers cover FAW-VW, Biyadi, Jili")
                      r"(?:customers|clients|shareholders|suppliers|investors|backers)\s+(?:include|cover(?:s|ed)?))\b")
# the verb of a list of names given as a range ("customers range from Tesla and BMW to Li Auto")
_RANGE_VERBS = r"range|ranged|ranging|run|stretch"
_NOUN_LIST = re.compile(rf"^(?:['’]s?|\s+(?:says|said)(?:\s+that)?|"
                        # ("ETRMA, whose members include Michelin")
                        r"\s*,\s+whose(?=\s)|"
                        # (machine translation drops the possessive after a code: "Guoxuan High-tech (002074) largest
                        # shareholder is Volkswagen")
                        r"\s*(?:[（(]|,)[^()（）\n]{1,30}[)）](?=\s+(?:(?-i:[a-z])[\w\-]*\s+){0,2}(?:largest|biggest|main|major|key|top|"
                        r"controlling)\b)|"
                        # (or after the name: "Defu Technology main customers is Ningde Times, LG New Energy")
                        # (also after the Chinese name in brackets: "Nanjing Aoteja New Energy (南京奥特佳新能源) electric
                        # compressor main customers include")
                        rf"[)）]?(?={_DROPPED_POSS_TAIL}))"
                        # ("its family-oriented smart electric vehicle brand ONVO")
                        # ("Huayou ternary precursor and cathode main customers include": goods joined before "main")
                        r"\s+(?:(?!and\b(?!\s+(?-i:[a-z])[\w\-]*\s+(?:main|major|key|largest|biggest|top)\s)|or\b|of\b|"
                        r"sister\b|former\b|ex-|against\b|than\b|with\b|for\b|in\b|to\b|from\b|"
                        r"at\b|on\b|by\b|such\b|as\b|like\b)[\w\-]+\s+){0,5}?"
                        # "its battery charging and swapping arm, NIO Power": two modifiers of one noun
                        r"(?:and\s+(?!and\b|or\b|of\b|its\b|their\b|the\b)[a-z][\w\-]*\s+(?=(?:arm|unit|division|subsidiary|business)\s*,))?"
                        # ("its client list features A, B and C")
                        rf"{_NOUNS}(?:\s+(?:list|roster|base))?(?:\s+in\s+(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?|"
                        r"\s+at\s+home|\s+abroad|\s+overseas)?"
                        # ("Its Chinese customers in recent years have included BYD, Chery ...")
                        # ("Wanhua's main competitors in this field are ...")
                        r"(?:\s+(?:in\s+recent\s+years|so\s+far|to\s+date|over\s+the\s+years|at\s+launch|"
                        # ("Its customers in the car sector include JAC Motors")
                        r"in\s+(?:this|that|the|these)\s+(?:(?!(?:of|for|in|to|with|from|by|at|on|and|or)\b)[\w\-]+\s+){0,2}?"
                        r"(?:field|market|segment|area|sector|business|category|industry)s?|"
                        # ("its customers for bidirectional chargers include State Grid and Li Auto")
                        r"for\s+(?:its\s+|their\s+|the\s+)?(?:(?!(?:of|for|in|to|with|from|by|at|on|and|or)\b)(?-i:[a-z])[\w\-]*\s+){0,2}"
                        # ("NSK's customers for the bearings in China include BYD")
                        r"(?!(?:of|for|in|to|with|from|by|at|on|and|or)\b)(?-i:[a-z])[\w\-]*"
                        r"(?:\s+in\s+(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?)?(?=\s*(?:,|:|\s(?:also\s+)?include))))?"
                        r"\s*(?:,|:|(?:,\s*|\s+)(?:(?:also|now|still|already|mainly)\s+)?(?:are|is|remains?|remained|include|includes|"
                        r"(?:have|has)\s+(?:also\s+)?(?:included|been)|included|"
                        r"including|such\s+as|like|were|was|cover|covers|covered|span|spans|comprise|comprises|features?|"
                        # ("CATL's customers range from Tesla and BMW to Li Auto and Xiaomi")
                        rf"(?:{_RANGE_VERBS})\s+from|"
                        # ("its customer list covers most of the world's carmakers: Tesla, BMW ...")
                        r"contains?)(?:\s+[^:;.\n]{1,60}?:)?)?\s*(?:the\s+)?"
                        # ("Its founding members include battery makers CATL, ...")
                        rf"(?:{_CLASS_WORDS}\s+)?$", re.I)
# "across its NIO, ONVO and firefly brands": the possessor owns every brand of the list before "brands".
_BRAND_LIST = re.compile(r"\b(?:its|their|[A-Z][\w&\-]*+['’]s?|(?P<verb>markets|marketed|owns|owned|operates|operated|runs|"
                         # ("Great Wall Motor itself has the Wey, Tank, Ora and Haval brands", machine translation's
                         # "also owns Denza, Fangchengbao and Yangwang three brands")
                         r"controls|launched|created|has|had|holds)(?:\s++the)?)\s++(?P<list>(?:[^\s,;.][^,;.]{0,30}?(?:\s*+,\s*+(?:and\s++)?|\s++and\s++|"
                         r"\s*+&\s*+)){1,6}[^\s,;.][^,;.]{0,30}?)\s++(?:(?:two|three|four|five|six|seven)\s++)?"
                         r"(?:brands|marques|sub-brands|nameplates|badges|(?:product\s+)?lines)\b")
_OTHER_OWNER = re.compile(r"\w['’]s?\s")
# A product that is a battery, chip, system or software rather than a vehicle: launching it is developing it.
_TECH_PRODUCT = re.compile(rf"\b(?:{TECH_PRODUCT_WORDS})\b", re.I)
_SOFTWARE_WORD = re.compile(r"\b(?:software|OS|operating\s+system|assistant|agent|architecture)\b", re.I)
_TECH_HEAD = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:batter(?:y|ies)|cells?|packs?|blocks?|chips?|system|platform|software|"
                        # (an AI model, not "its Model 3 and Model Y")
                        r"assistant|architecture|operating\s+system|OS|(?:AI|language|reasoning|foundation|large|driver|driving|world)\s+model)\b",
                        re.I)
# (not "a 50-horsepower battery-electric tractor": a battery's compound describes a vehicle)
_TECH_APPOS = re.compile(r",\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+){0,3}?(?:batter(?:y|ies)|cells?|packs?|chips?|system|platform|"
                         r"software|assistant|architecture|operating\s+system)\b(?!-(?:electric|powered))", re.I)
_VEHICLE_HEAD = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:SUVs?|sedans?|MPVs?|cars?|vehicles?|hatchbacks?|pickups?|coupes?|robots?|"
                           r"tractors?|harvesters?|forklifts?|excavators?|loaders?|trucks?|buses|drones?)\b", re.I)
_TECH_PRODUCT_GAP = re.compile(r"\s+(?:(?:batter(?:y|ies)|cells?|packs?|modules?)\s+)?(?:(?:brand|product|series|family)\s+)?"
                               r"(?:(?:called|named|dubbed)\s+)?[\"“]?", re.I)
_PRODUCT_FITTED = re.compile(r"\s+(?:(?-i:[a-z])[\w\-]*\s+){0,2}?(?:fitted|equipped|powered|built)\s+(?:with|by|on)\s+"
                             r"(?:an?\s+|the\s+|its\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,2}?", re.I)
# the part a technology comes as, and the describing word before the product it goes into
_TECH_PART = r"batter(?:y|ies)|cells?|packs?|motors?|systems?|chips?"
_PRODUCT_LEAD = r"(?:(?:new|latest|upcoming|first|flagship|electric)\s+)?"
_TECH_IN_PRODUCT = re.compile(rf"(?:\s+(?:{_TECH_PART}))?\s+(?:(?-i:[a-z])[\w\-]*\s+){{0,3}}?"
                              r"(?:in|on|into)\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w\-]*['’]s\s+)?" + _PRODUCT_LEAD, re.I)
_USE_VERB_BEFORE = re.compile(r"\b(?:uses?|used|using|install(?:s|ed|ing)?|offer(?:s|ed|ing)?|fit(?:s|ted|ting)?|"
                              r"puts?|putting|adopt(?:s|ed|ing)?|deploy(?:s|ed|ing)?)\s+(?:an?\s+|the\s+|its\s+)?"
                              r"(?:[\w\-]+\s+){0,2}?$", re.I)
# what a supplier provides for a product: "supplies air suspension assemblies for the Xiaomi YU7", "provides the
# windshield HUD on Li Auto's L6"
_TECH_FOR_PRODUCT = re.compile(rf"(?:\s+(?:{_TECH_PART}|modules?|units?|assembl(?:y|ies)|hardware|software))?\s+"
                               r"(?:for|on|in|into)\s+(?:the\s+|its\s+|their\s+|"
                               r"(?:(?-i:[A-Z])[\w\-]*\s+){0,2}(?-i:[A-Z])[\w\-]*['’]s\s+)?" + _PRODUCT_LEAD, re.I)
# "its existing supply from", "Umicore's cobalt supply from": a company's supply and its source
_OWN_SUPPLY_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:existing|current|main|own|long-term|steady|cobalt|lithium|nickel|graphite|"
                             r"battery|cell|chip|raw[- ]material|material)\s+){0,3}(?:supply|supplies)\s+from\s+(?:the\s+)?",
                             re.I)
# The goods a technology comes as ("LFP cells", "sodium-ion battery packs"), and a version named after it (not goods)
_TECH_GOODS_AFTER = re.compile(r"\s+(?:battery\s+|power\s+)?(?:cells?|batter(?:y|ies)|packs?|modules?)\b", re.I)
_TECH_VERSION = re.compile(r"\s+(?:versions?|variants?|models?|editions?|cars?|vehicles?|EVs?|trucks?|buses)\b", re.I)
# a technology too general to say anything of its maker ("lithium-ion battery")
_GENERIC_TECH = frozenset({"technology:lithium-ion-battery"})
# A company described as the maker of a technology's goods: "Hesai, the Shanghai-based maker of lidar sensors",
# "StarPower, China's biggest maker of IGBT power modules", "SICC, which makes SiC substrates", "FTXT makes fuel-cell
# systems, stacks and Type IV tanks" (what lies between the company and the technology)
_MAKER_OF_TECH = re.compile(
    r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?(?:,\s+(?:(?:the|a|an|one\s+of\s+the|(?-i:[A-Z])[\w\-]*['’]s)\s+)"
    r"(?:[\w\-]+\s+){0,4}?(?:maker|makers|producer|producers|manufacturer|manufacturers|developer)\s+of|"
    r",?\s+(?:which\s+|that\s+)?(?:also\s+|mainly\s+|chiefly\s+)?(?:makes|produces|manufactures|designs\s+and\s+makes))"
    r"\s+(?:(?:[\w\-]+|[\w\-]+,)\s+){0,3}?(?:and\s+)?")
# "Seyond, the lidar maker whose ...", "SinoSynergy, a fuel-cell stack maker based in Yunfu": the technology before the
# maker noun of an apposition
_TECH_MAKER_APPOS = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s+(?:the|a|an|(?-i:[A-Z])[\w\-]*['’]s)\s+"
                               r"(?:[\w\-]+\s+){0,3}?$")
_MAKER_NOUN_AFTER = re.compile(r"(?:\s+[\w\-]+)?\s+(?:maker|makers|producer|manufacturer|developer)\b")
# The source of a technology's goods, before them: "REPT Battero has signed an agreement to supply lithium iron
# phosphate cells", "uses EVE's LFP cells", "uses Ruipu Lanjun (瑞浦兰钧, 0666.HK) lithium iron phosphate battery cells"
_SOURCE_SUPPLIES_TECH = re.compile(
    r"\s*(?:[（(][^()（）]{0,40}[)）])?(?:\s+(?-i:[a-z])[\w\-]*){0,6}?\s+(?:suppl(?:y|ies|ied|ying)|ships?|shipped|shipping|"
    r"provid(?:e|es|ed|ing)|sells?|sold|selling|deliver(?:s|ed|ing)?|makes|making|produc(?:e|es|ed|ing)|"
    r"manufactur(?:e|es|ed|ing))\s+"
    r"(?:(?!(?:at|in|on|with|to|for|by|from|into|of|and|or|its|their|home|abroad)\s)(?-i:[a-z\d$])[\w\-$.,]*\s+){0,4}?"
    # ("shipped about 5,600 tonnes of silicon-carbon anodes")
    r"(?:[\d,.]+\s+(?:tons|tonnes|metric\s+tons|GWh)\s+of\s+)?", re.I)
_SOURCE_POSS_TECH = re.compile(r"(?:['’]s?|\s*[（(][^()（）]{0,40}[)）]|[,，][^()（）]{0,30}[)）])\s+")
_SOURCES_BEFORE = re.compile(r"\b(?:sources?|sourced|sourcing|buys?|bought|buying|purchas(?:es|ed|ing|e)|carr(?:y|ies|ied)|"
                             r"runs?\s+on|ran\s+on|powered\s+by|relies\s+on|relied\s+on)\s+(?:an?\s+|the\s+)?$", re.I)
_SUPPLY_VERB_BEFORE = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|"
                                 r"(?:will|to)\s+make|makes|made)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w\-]+\s+){0,2}?$", re.I)
# ("the 7HDT300 hybrid DCT", "its DT2 seven-speed dual-clutch transmission": a describing word or two between)
_PRODUCT_TECH_GAP = re.compile(r"[\"”’]?\s*(?:-\s*)?(?:(?:hybrid|electric|all-electric|plug-in|new|\w+-speed|\d+-in-\d+|"
                               r"(?:next|second|third|fourth|fifth)-generation|fast-charging|high-voltage|high-power)\s+){0,2}")
_PRODUCT_APPOS = re.compile(r"\s*,\s*(?:a|an|the|its)\s+(?:(?!and\b|or\b|with\b)[\w\-]+\s+){0,3}?$", re.I)
_POSSESSIVE = re.compile(
    r"^(?:['’]s?)?\s*(?:(?:new|newest|latest|upcoming|flagship|popular|own|first|next-generation|all-electric|electric|"
    r"hybrid|best-selling|self-developed|in-house|proprietary|current|mass-produced|forthcoming|[a-z]+-[a-z\-]+|"
    r"(?:first|second|third|fourth|fifth|next|new|latest|\d(?:st|nd|rd|th))\s+generation|"
    r"\d[\d.,]*\s*(?:Wh/kg|kWh|GWh|MWh|Ah|C|V|km|kW)|two|three|four|five|six|several|\d|"
    r"second|third|fourth|fifth|large|small|compact|mid-size|full-size|premium|luxury|affordable|cheaper|entry-level|"
    r"(?:first|second|third)-ever)\s+){0,4}"
    r"(?:(?:SUVs?|sedans?|models?|cars?|vehicles?|MPVs?|batteries|battery|products?|hatchbacks?),\s+(?:the\s+)?)?[\"“]?$")
_IN_DEVELOPMENT = re.compile(r"\b(?:forthcoming|upcoming|next-generation|unreleased|planned|future)\b")
# a product the possessor designed itself: "NIO's self-developed Shenji NX9031" (not "BYD's own Blade battery": the
# possessor may only make it)
_IN_HOUSE_WORD = re.compile(r"\b(?:self-(?:developed|designed|researched)|in-house|home-grown|homegrown|proprietary)\b", re.I)
# "three self-developed Turing chips" with no possessor: the clause's one company designed them
_SELF_DEVELOPED = re.compile(r"\b(?:self-(?:developed|designed|researched)|in-house[- ](?:developed|designed))\s+"
                             r"(?:[\w\-]+\s+){0,3}?$", re.I)
# "the SEPA 2.0 architecture that Xpeng developed in-house", "an LFP pack Zeekr designed in-house"
_IN_HOUSE_OBJ_GAP = re.compile(r"(?:\s+[\w\-]+){0,3}?\s*,?\s*(?:(?:an?|the)\s+(?:[\w\-]+\s+){0,5}?)?(?:that\s+|which\s+)?")
_IN_HOUSE_VERB = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:developed|designed|engineered|built|created)\s+"
                            r"(?:it\s+|them\s+)?(?:entirely\s+|fully\s+|wholly\s+)?(?:in-house|itself|on\s+its\s+own)\b", re.I)
# "The HyperEngine V6s Plus motor on the Max is Xiaomi's in-house design"
_IS_DESIGN_GAP = re.compile(r"(?:\s+[\w\-+]+){0,5}?\s+(?:is|was|are|were)\s+")
_OWN_DESIGN = re.compile(r"['’]s?\s+(?:own\s+)?(?:in-house|self-developed|own)\s+(?:design|development|creation)\b", re.I)
_PASSIVE_AGENT = re.compile(CLAUSE_CHAR + r"{0,30}?\b(?:was|were|is|are|being|been)?\s*(?P<v>developed|supplied|made|produced|provided|"
                            r"built|designed|manufactured)\s+(?:jointly\s+)?by\b", re.I)
_LOCATIVE = re.compile(r"[,;]\s*(?:[Oo]n|[Ii]n)\s+(?:the\s+)?$")
_LOCATIVE_START = re.compile(r"(?:[A-Z]\w+,?\s+)?(?:[Oo]n|[Ii]n)\s+(?:the\s+)?")
_CONSTITUENT = re.compile(
    r"\b(?:constituents?|constituent\s+stocks?|component\s+stocks?|heavyweights?|weighted\s+stocks?|(?:top\s+)?holdings|"
    r"heavily[- ]weighted)\b", re.I)
_HEDGE = re.compile(
    r"\b(?:(?-i:may)|might|could|potentially|possibly|reportedly|rumou?r(?:s|ed)?|is\s+expected\s+to|are\s+expected\s+to|"
    r"expected\s+to|(?:is|are)\s+(?:also\s+|widely\s+)?said\s+to|(?:is|are|was|were)\s+(?:also\s+|widely\s+)?(?:thought|believed|understood)\s+to|"
    r"plans?\s+to\s+consider|considering|mulling|in\s+talks|likely|"
    r"would|unconfirmed|speculat\w*|if\b|whether|"
    # "brokers expect Chery to be included", "analysts predict that X will join": a forecast, not a fact
    r"(?:expect|anticipate|predict|forecast)s?(?=\s+(?:that\s+)?" + CLAUSE_CHAR + r"{0,50}?\b(?:to|will)\b))\b", re.I)
# Machine translation's customer lists after the company a sentence opens with (see
# RelationFinder._translated_customers): "entered A, B and C supply chain", "already to A, B and C batch supply",
# ",customers include A, B and C" (no possessor: the customers of the sentence's company)
_MT_LIST = CLAUSE_CHAR_NO_COLON + r"{2,160}?"
_TRANSLATED_CUSTOMERS = re.compile(
    rf"\b(?:already\s+)?(?:entered|enters?|entering|joined|joins?)\s+(?P<l1>{_MT_LIST})\s*(?:etc\.?\s+)?(?:['’]s\s+)?"
    r"(?:supply\s+chains?|supply\s+systems?|supplier\s+systems?)\b|"
    rf"\balready\s+(?:to|for)\s+(?P<l2>{_MT_LIST})\s*(?:etc\.?\s+)?(?:(?:car\s+companies|customers|carmakers)\s+)?"
    r"(?:small\s+|large\s+)?(?:batch|mass|bulk|volume)\s+(?:supply|supplied|supplies|supplying)\b|"
    rf"(?:^|[,;]\s*)(?:(?:main|major|key|core|domestic|overseas)\s+)?customers\s+(?:include|includes|including|cover|covers|"
    rf"covering)\s+(?P<l3>{CLAUSE_CHAR_NO_COLON}{{2,160}})", re.M)
# "Zhongcai Technology holding subsidiary Zhongcai Lithium Film": the unit the sentence goes on about
_HOLDING_UNIT = re.compile(r"[)）]?\s*(?:[（(][^()（）]{0,30}[)）])?\s*(?:['’]s\s+)?(?:(?:holding|controlled|wholly[- ]owned)\s+)?"
                           r"(?:subsidiary|unit|arm)\s+")
# a name of its own before the customer words: the clause is that company's
_CLAUSE_SUBJECT_BEFORE = re.compile(r"[,;]\s*(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*\s*(?:[（(][^()（）]*[)）])?\s*$")
# A sentence that reports a rumour ("Some market rumours say Wolong has become the motor supplier of X")
_RUMOUR_LEAD = re.compile(r"\b(?:rumou?rs?|speculation)\s+(?:[\w\-]+\s+){0,3}?(?:say|said|suggest\w*|claim\w*|ha(?:ve|s)\s+it)\b|"
                          r"\baccording\s+to\s+(?:market\s+)?rumou?rs?\b", re.I)
# Every match of _HEDGE, _NEGATION and _CONSTITUENT holds one of these (lower-cased; "(?-i:may)" as well).
_HEDGE_WORDS = ("may", "might", "could", "potentially", "possibly", "reportedly", "rumo", "expect", "said", "consider",
                "mulling", "talks", "likely", "would", "unconfirmed", "speculat", "if", "whether", "anticipate", "predict",
                "forecast", "thought", "believed", "understood")
_NEGATION_WORDS = ("not", "never", "longer", "deni", "ended", "terminated", "halted", "stopped", "cancel")
_CONSTITUENT_WORDS = ("constituent", "component", "heavy", "weighted", "holdings")


_POSS_REF = re.compile(r"(?i:its|their)|(?:[Tt]he\s+[\w\s\-]+['’]s)")
_NAME_GOES_ON = re.compile(r" (?-i:[A-Z])[a-z]+\b(?!['’])")
_UNIT_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|arm|division)\b")
# the same after the last of a list of units, past its parenthesis: "its Kamoto Copper Company and Mutanda Mining units",
# "its Tenke Fungurume Mining (TFM) and Kisanfu Mining (KFM) operations", "its Tenke Fungurume and Kisanfu mines"
_UNITS_AFTER = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）]|[)）])?\s+(?:[\w\-]+\s+){0,2}?(?:units|subsidiaries|arms|divisions|"
                          r"mines|(?:mining\s+)?operations)\b")
# A comma that opens an apposition after a name, past the name's parenthesis if any: "Onvo (..), the brand that"
# (or past its closing bracket, when the Chinese name inside is a mention of its own: "Onvo (乐道), the brand that")
_APPOS_COMMA = r"\s*(?:[（(][^()（）]{0,40}[)）]\s*|[)）]\s*)?,\s*"
_BRAND_THAT = re.compile(rf"{_APPOS_COMMA}(?:the|a|an|its)\s+(?:[\w\-]+\s+){{0,3}}?(?:brand|marque|sub-brand)\s+"
                         # ("Denza, the premium brand BYD controls": a reduced relative clause)
                         r"(?:(?:that|which)\s+)?(?:the\s+)?", re.I)
# ("HTWO is the brand under which Hyundai sells its fuel-cell systems")
_BRAND_THAT_END = re.compile(r"(?:,\s*|\s+(?:is|was)\s+)(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,3}?"
                             r"(?:brand|marque|sub-brand)\s+(?:(?:that|which|under\s+which)\s+)?$", re.I)
_BRAND_MADE = re.compile(r"\s+(?:(?:has|had|first|originally|officially|only|now|still)\s+)?(?:launched|created|introduced|set\s+up|"
                         # ("Stelato, the brand BAIC BluePark builds with Huawei", "the brand HIMA shares with Seres")
                         r"started|unveiled|rolled\s+out|founded|established|owns|spun\s+off|debuted|controls|runs|builds|makes|"
                         r"operates|shares|sells|(?:co-)?developed|spun\s+out|(?:will\s+)?use|uses)\b")
_BRAND_WITH = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:(?:together|jointly)\s+with|in\s+(?:partnership|cooperation|"
                         r"collaboration)\s+with|with|alongside)\s+(?:the\s+)?")
# "Volvo Cars, which Geely acquired in 2010", "Le Bélier, a French foundry group it bought in 2020": the company
# named before the clause was bought by its subject
_ACQUIRED_LEAD = re.compile(rf"{_APPOS_COMMA}(?:(?:the|a|an)\s+[^,;()\n]{{0,60}}?\s+)?(?:(?:that|which)\s+)?", re.I)
_ACQUIRED_VERB = re.compile(r"\s+(?:(?:has|had|first|later|eventually|then|finally)\s+)?(?:bought|acquired|took\s+over|"
                            # ("Iveco, which Tata Motors agreed in July to acquire": a purchase agreed, not yet a unit)
                            r"purchased|(?P<agreed>agreed\s+(?:(?:in|last|earlier\s+this)\s+[A-Za-z]+\s+)?to\s+"
                            r"(?:acquire|buy|take\s+over)))(?=\s+(?:in|for|from|last|earlier|back|outright|two|three|four|five|\d)\b|\s*[,.;)]|$)")
# ", whose", ", a Beijing-based start-up whose": the relative clause after a name (past its parenthesis)
# (or straight after a description that is itself a mention: "EVE Energy, the Huizhou-based company | whose customers")
_WHOSE_LEAD = rf"(?:[)）]?{_APPOS_COMMA}(?:(?:a|an|the)\s+[^,;()\n]{{0,60}}?\s+)?|\s+)whose\s+"
# (between a company and the unit a relative clause names after "whose": "BYD (002594.SZ), whose FinDreams Battery unit",
# "BYD, the Shenzhen carmaker whose FinDreams unit")
_WHOSE_UNIT = re.compile(_WHOSE_LEAD)
_WHOSE = re.compile(rf"{_WHOSE_LEAD}(?:[\w\-]+\s+){{0,3}}?(?P<noun>shareholder|investor|"
                    r"backer|parent(?:\s+company)?|customer|client|buyer|account|brand|member)s?\s+"
                    r"(?:(?:also|now|still|already)\s+)?(?:is|was|are|were|remains?|"
                    r"(?:has|have)\s+been|include|includes|"
                    rf"(?P<range>{_RANGE_VERBS})\s+from)\s+(?:now\s+|still\s+)?(?:the\s+)?"
                    # ("whose shareholders include internet security company Qihoo 360")
                    r"(?:(?:(?-i:[a-z])[\w\-]*\s+){0,3}?(?:company|firm|group|giant|maker|carmaker|automaker|fund|"
                    r"start-?up|platform|operator|investor)\s+)?", re.I)
# "Xiaomi, whose founder Lei Jun ...", "BYD, whose chairman and president, Wang Chuanfu, ..."
_WHOSE_TITLE = re.compile(rf"{_WHOSE_LEAD}(?:(?:outspoken|billionaire|"
                          r"long-time|longtime|charismatic|current|new)\s+)?(?:co-?founder|founder|chairman|chairwoman|"
                          r"chief\s+executive(?:\s+officer)?|CEO|president|boss)(?:\s+and\s+(?:co-?founder|founder|chairman|"
                          r"chief\s+executive|CEO|president))?(?:\s+(?:is|was))?\s*,?\s*$", re.I)
_AS_ITS = re.compile(r"\s+as\s+")
_RANGE_FROM_END = re.compile(rf"\b(?:{_RANGE_VERBS})\s+from\s*(?:the\s+)?$", re.I)
_RANGE_TO = re.compile(r"\s+to\s+(?:the\s+)?")
_SUPPLIER_NOUN = re.compile(r"\s+(?:(?:only|sole|main|primary|second|first|biggest|largest|key|exclusive|preferred|other|"
                            r"long-range|battery|cell|lidar|chip|sensor|software|\w+-\w+)\s+){0,4}(?:supplier|source|vendor|"
                            r"provider|contract\s+manufacturer)s?\b", re.I)
_BY_GAP = re.compile(r"\s+by\s+(?:the\s+)?")
_MADE_FOR = re.compile(r"\b(?:assembled|built|made|produced|manufactured|developed)\s+(?:exclusively\s+|specifically\s+)?"
                       r"for\s+(?:the\s+)?$")
# a plant's verb of serving customers: "will supply", "is set to serve", "feeds"
_PLANT_VERB = (r"(?:will\s+|would\s+|is\s+set\s+to\s+|is\s+to\s+|also\s+|now\s+|mainly\s+)*(?:"
               # "will supply cells to BMW", "will make 46-series cells for BMW's Neue Klasse" (before the bare verbs)
               r"(?:supply|supplies|ship|ships|deliver|delivers)\s+(?:[a-z][\w\-]*\s+){1,4}?to|"
               r"(?:make|makes|produce|produces)\s+(?:[\w\-]+\s+){0,3}?(?:cells|batteries|packs|modules|motors|parts|"
               r"components|chips)\s+for|"
               r"supply|supplies|serve|serves|feed|feeds|deliver\s+to|delivers\s+to)\s+(?:the\s+)?")
_PLANT_SERVES = re.compile(r"\b(?:plant|factory|facility|gigafactory|base)s?\b" + CLAUSE_CHAR + r"{0,60}?,?\s+(?:which|that)\s+" + _PLANT_VERB,
                           re.I)
# "<speaker> said <buyer> has selected it to supply ...": "it" is the company that said so
_CHOSE_IT = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:(?:also|now)\s+)?(?:selected|picked|chosen|chose|tapped|named|hired)\s+it\s+"
                       r"(?:to\s+(?:supply|provide|deliver|make|build)\b|as\s+(?:its\s+|a\s+|the\s+)?(?:[\w\-]+\s+){0,3}?"
                       r"(?:supplier|provider|vendor)\b)|"
                       # "<speaker> said <buyer> has picked its EZ6 sensor": the goods are the speaker's
                       r"\s+(?:has\s+|have\s+|had\s+)?(?:(?:also|now)\s+)?(?:selected|picked|chosen|chose|adopted)\s+"
                       r"its\s+(?!own\b|(?:[\w\-]+\s+){0,2}(?:suppliers?|partners?|vendors?|providers?)\b)")
_SAID_THAT = re.compile(r"\b(?:said|says|announced|announces)\b")
# people named by a company ("former BMW executives"), not the company
_STAFF_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+)?(?:executives?|employees?|veterans?|managers?|engineers?|staff|"
                          r"alumni|founders?|chairman|founder)\b", re.I)
# "owned in equal parts by", "held equally by", "owned 50-50 by", "a 50:50 venture of"
_EQUAL_OWNERS = re.compile(r"\b(?:(?:owned|held|controlled)\s+(?:in\s+equal\s+parts|equally|50-50|50:50|fifty-fifty)\s+by|"
                           r"(?:equally|jointly\s+and\s+equally)\s+(?:owned|held)\s+by|"
                           r"(?:a|an|the)\s+(?:50-50|50:50|fifty-fifty)\s+(?:joint\s+)?venture\s+(?:of|between|by))\s+(?:the\s+)?")
# "X, the venture that sells ..., is": an apposition between a name and its copula
_APPOS_TO_COPULA = re.compile(r",\s+(?:the|a|an)\s+[^;:()]{0,90},")
# "<X>, 51% owned by Stellantis and 49% by Leapmotor" (the names right after "by")
# ("Volkswagen Anhui, a venture 75% owned by Volkswagen and 25% by JAC Motors", "a unit that is 90% owned by BYD and 10%
# owned by Rever Automotive")
_SPLIT_OWNERS = re.compile(r"(?:,(?:\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
                           r"(?P<kind>venture|company|unit|subsidiary|business|firm)"
                           r"(?:\s+(?:that|which)\s+(?:is|was))?)?|\s+(?:is|was|are|were))\s+"
                           r"(?P<pa>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s+cent|percent)\s+(?:owned|held)\s+by\s+(?P<a>)"
                           r"[^,;()]{1,60}?,?\s+and\s+(?:the\s+(?:remaining|other)\s+)?(?P<pb>\d{1,2}(?:\.\d+)?)\s*"
                           r"(?:%|per\s+cent|percent)\s+(?:(?:owned|held)\s+)?by\s+(?P<b>)")
# a sentence that opens with a plant as the subject of supplying: "The Hefei plant will supply", "The new factory in
# Debrecen, Hungary, will serve"
_PLANT_OPENS = re.compile(r"[\s*\"“]*The\s+(?:new\s+|first\s+|second\s+|planned\s+)?(?:[A-Z][\w\-]*\s+){0,2}"
                          r"(?:plant|factory|facility|gigafactory|base|complex|site)\s+(?:in\s+[A-Z][\w\-]*(?:,\s+[A-Z][\w\-]*)?,?\s+)?"
                          + _PLANT_VERB)
_PLANT_WORD = re.compile(r"\b(?:plant|factory|facility|gigafactory|base|complex|site|works|campus|project)s?\b", re.I)
_POSS_PLANT = re.compile(r"(?:['’]s?)?\s+(?:(?:new|first|second|own|planned|European|overseas|battery|cell|\w+-\w+)\s+){0,3}")
_BUILDS_PLANT = re.compile(r"\s+(?:(?:is|are|was|were|has|have)\s+)?(?:building|constructing|opening|opened|built|runs|operates|has|set\s+up|"
                           r"is\s+setting\s+up|broke\s+ground\s+on)\s+(?:an?|its|the)\s+(?:[\w\-]+\s+){0,4}$")
# (not the verb: "BYD works with Huawei", "Geely works closely with")
_PLACE_AFTER = re.compile(r"\s+(?:plant|factory|site|facility|works(?!\s+(?:with|closely|together|alongside|on|for)\b)|"
                          r"campus)s?\b")
_GOODS_THAT = re.compile(r"\b(?:[\w\-]+\s+){0,3}?(?:precursors?|cathodes?|anodes?|materials|controllers?|modules?|components|"
                         r"parts|products|cells|batter(?:y|ies)|packs|chips|magnets|systems)\s+(?:that|which)\s+"
                         r"(?:is|are|was|were|will\s+be|get|gets)\s+(?:(?:now|also|then|mainly)\s+)?$", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:now|also|still|mainly|mostly|largely|then)\s+)?$")
# "Aito is made by" + Seres, then ", Luxeed" + " by " + Chery ...
_MADE_BY_GAP = re.compile(r"(?:\s+(?:brand\s+|marque\s+|cars\s+|models\s+|vehicles\s+)?(?:is|are|was|were)|"
                          # "AITO, which is built by Seres", "Stelato, whose cars come from BAIC BluePark"
                          r",\s+which\s+(?:is|are))\s+(?:(?:now|also|still|mainly|largely)\s+)?"
                          r"(?:made|built|produced|manufactured|assembled)\s+by\s+(?:the\s+)?|"
                          r",\s+whose\s+(?:cars|models|vehicles)\s+(?:(?:are|were)\s+(?:made|built|produced)\s+by|come\s+from)\s+(?:the\s+)?")
# "The Mazda EZ-6, built by Changan Mazda on Changan's EPA platform": the maker's apposition names what the car sits on
_BUILT_BY_APPOS = re.compile(r"\s*,\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:built|made|produced|assembled|manufactured)\s+"
                             r"(?:\w+ly\s+)?by\s+(?:the\s+)?")
_ON_AFTER_MAKER = re.compile(r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?)?\s+on\s+(?:the\s+|its\s+|their\s+)?")
# the platform's owner before it: "on Changan's EPA platform", "on Volkswagen's new China Main Platform"
_PLATFORM_OWNER_GAP = re.compile(r"['’]s?\s+(?:(?:new|own|latest|dedicated|electric)\s+)*")
_GAPPED_NEXT = re.compile(r"(?:\s+(?:Group|Holdings|Co\.?|Corp\.?|Ltd\.?|Inc\.?|Limited|Corporation)|,(?=\s+(?:Co|Ltd|Inc|Limited)\b))*"
                          r"\.?\s*(?:[（(][^()（）]{0,40}[)）]\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# "the main battery suppliers of" + B + "include" + A1, A2
_NOUNS_OF_BEFORE = re.compile(rf"\b(?:(?:main|major|key|largest|biggest|other|battery|cell|chip|lidar|core)\s+){{0,3}}{_NOUNS}"
                              r"\s+of\s+(?:the\s+)?$", re.I)
_LIST_AFTER_OWNER = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?(?:,\s*)?(?:include|includes|included|are|were|comprise|"
                               r"comprises|cover|covers|covered|span|spans|(?P<one>is|was|remains|has\s+(?:long\s+)?been)(?:\s+(?:now|still|currently))?)\s+(?:the\s+)?")
# "..., the customers include" + A1, A2: the customers of the company the clause opened with
_CLAUSE_CUSTOMERS = re.compile(r"[,;]\s+(?:(?:the|its|their)\s+)?(?:main\s+|major\s+|key\s+)?(?:customers|clients)\s+"
                               r"(?:include|includes|included|are|were|cover|covers)\s+(?:the\s+)?")
# "the company says customers include": a reported list of customers or suppliers (no unit: "said unit Brunp")
_SAYS_LIST = re.compile(r"\s+(?:says|said)(?:\s+that)?\s+(?:[\w\-]+\s+){0,2}?(?:customers|clients|buyers|suppliers)\s+"
                        r"(?:include|includes|cover|covers|span|spans|comprise|comprises|are)\s")
_SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock|ADSs|ADRs)\s+of\s+(?:the\s+)?$")
# (nor the car in "The entry version of the Zeekr 7X carries ...": a version of a model stands for it)
_VERSION_OF = re.compile(r"\b(?:versions?|trims?|variants?|editions?|configurations?)\s+of\s+(?:the\s+|its\s+)?$", re.I)


# the source a statement is attributed to, before its name: "according to Korean researcher SNE Research"
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:(?:the\s+)?(?:[\w\-]+\s+){0,3})?$", re.I)


_WOULD = re.compile(r"\bwould\b", re.I)


def _found_here(out, spans, si, preds) -> list[tuple[str, str, str, Relation]]:
    """``(subject, predicate, object, relation)`` of each relation with a predicate in ``preds`` already found in
    sentence ``si`` (a list: the caller may emit more)."""
    span = spans.get(si)
    if span is None:
        return []
    return [(s, p, o, rel) for (s, p, o, s0), rel in out.items() if s0 == span[0] and p in preds]


def _hedged(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds a hedge; a "would" that reports a decision ("BMW said it would use ...") is none."""
    h = _HEDGE.search(text, a, b)
    return h is not None and not (h.group(0).lower() == "would" and _REPORTED.search(text, a, h.start()) is not None and
                                  _HEDGE.search(text, h.end(), b) is None)


def _investor(it: _Item) -> bool:
    """Whether a named mention can invest: an organisation or a fund, not a regulator, an exchange or a country."""
    return not it.ref and (_ORG in it.isa or "Fund" in it.isa) and it.isa.isdisjoint(("Regulator", "Exchange", "Country"))


def _prep_object(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the object of a preposition before it ("backed by A"); the company in
    "Shares of Leapmotor, which trade on ..." is not (its shares stand for it)."""
    if _POSSESSED_AFTER_PREP.search(text, max(0, start - 70), start) is not None:
        return True  # "spun out of the Chinese Academy of Sciences' Institute of Automation": a possessor's, after "of"
    return _BLOCKING_PREP.search(text, max(0, start - 12), start) is not None and \
        not _SHARES_OF.search(text, max(0, start - 20), start) and \
        not _VERSION_OF.search(text, max(0, start - 24), start)


_SAME_NAME_GAP = re.compile(r"\s*[（(,]?\s*")
# a customer after "for" ("casts floors for NIO"), and a new prepositional phrase after it (", on presses ...")
_FOR_CUSTOMER_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$")
_PREP_PHRASE_GAP = re.compile(r"(?:,\s*(?:and\s+)?|\s+)(?:on|in|with|using|from|at)\s+(?-i:[a-z])")
_PLANNED = re.compile(r"\b(?:will|shall|is\s+set\s+to|are\s+set\s+to|plans?\s+to|planning\s+to|aims?\s+to|aiming\s+to|is\s+to|are\s+to|"
                      r"scheduled\s+to|to\s+be|upcoming|going\s+to)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|denied|denies|ended|terminated|halted|stopped|cancel(?:l)?ed)\b", re.I)
# (the rest of a name's parentheses whose first part joined the name: "Foton Motor (福田汽车, 600166.SH) and")
_LIST_SEP = re.compile(r"^\s*+(?:(?:[,，、]\s*+[^()（）,，]{1,24})?[)）]\s*+)?(?:[（(][^()（）]{0,40}[)）]\s*+)?"
                       # an apposition before the last name: "WeRide (Nasdaq: WRD), a global leader in ..., and Uber"
                       # (and one that describes the list so far: "TELD and Star Charge, the two largest operators, and ABB")
                       r"(?:,\s*+(?:a|an|(?:the\s++|its\s++|their\s++)?(?:two|three|four|five|both))\s++[^,;()（）]{3,90}?"
                       r"(?=,\s*+(?:and|&)\s))?(?:(?:,|，|、)\s*+)?"
                       r"(?:(?:and|or|&|as\s+well\s+as|plus)\s*+)?(?:(?<=and\s)(?:by|from|to|with|for|of)\s++)?(?:the\s++)?"
                       rf"(?:(?<=,\s){_CLASS_WORDS}\s+|(?<=\band\s){_CLASS_WORDS}\s+|"
                       # ("Volkswagen, Toyota, Honda and domestic Biyadi, Jili")
                       r"(?<=\band\s)(?:domestic|foreign|local|overseas|international|Chinese|European|Japanese|Korean|German|"
                       r"American|US)\s+|"
                       # ("..., as well as the state-owned China Post")
                       # ("a joint venture of BYD and state-owned UzAuto Motors")
                       r"(?:(?<=\bthe\s)|(?<=\band\s))(?:state-owned|state-run|state-backed|listed|privately[- ]held)\s+)?$")
# a comparison before a car named with its maker's name: the car is a yardstick, not the article's statement
_COMPARED_BEFORE = re.compile(r"\b(?:compar\w*|rivals?|rivall?ing|against|versus|vs\.?|than|benchmark\w*|takes?\s+on|"
                              r"challeng\w*|compet\w*|alternative\s+to|similar\s+to|like)\b[^.;!?]*$", re.I)
# a relational noun and "in" before a country: "Its competitors in Vietnam include"
# ("NSK's customers for the bearings in China include")
_NOUN_IN_BEFORE = re.compile(r"\b(?:customers?|clients?|competitors?|rivals?|partners?|suppliers?|buyers?)"
                             r"(?:\s+for\s+(?:the\s+|its\s+|their\s+)?(?-i:[a-z])[\w\-]*(?:\s+(?-i:[a-z])[\w\-]*)?)?\s+in\s+(?:the\s+)?$")
# an apposition's article before a country used as an adjective, and the relation noun after it: ", the US subsidiary
# of", ", a UK unit of"
_APPOS_ARTICLE_BEFORE = re.compile(r",\s+(?:the|a|an)\s+$")
_COUNTRY_UNIT_NOUN = re.compile(r"[ \t]+(?:[a-z][a-z\-]*[ \t]+)?(?:subsidiary|unit|arm|affiliate|division|branch|business|"
                                r"operations?|distributor|importer|partner|customer|supplier)\s+(?:of|for|to)\b")
# a lower-case noun right after a name ("China customers", "US plants")
_LOWER_NOUN_AFTER = re.compile(r"[ \t]+(?-i:[a-z])[a-z\-]+\b")
# a country's apposition describing the list so far, before its last name: "..., China's two largest operators, and"
_COUNTRY_APPOS_AND = re.compile(r"['’]s\s+(?:two|three|four|five)\s+[^,;()（）]{3,80},\s+and\s+")
# between two models of a list, the first with its body style: "the Alsvin sedan and the Karvaan van", "the Han sedan, the"
_MODEL_CLASS_SEP = re.compile(r"\s+(?:sedan|SUV|van|MPV|hatchback|pickup|crossover|coupe|minivan|estate|off-roader)s?"
                              r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# "uses Leapmotor's LEAP 3.5 architecture and an LFP battery pack": two technologies, each with its class noun (not
# an apposition: "its Blade battery, an LFP pack"; the article shows the owner named before holds only the first)
_TECH_CLASS_SEP = re.compile(r"(?:\s+(?:architecture|platform|system|chassis|powertrain|chips?|cells?|battery|batteries|"
                             r"packs?|motors?|technology))?(?:\s*,)?\s+and\s+(?:an?|the)\s+")
_POSS_ITEM = re.compile(r"['’]s(?:[ \t]+[a-zA-Z][\w-]*){1,3}\s*+,\s*+")  # "Tesla's Shanghai factory, " (a list's first joint)
# a list member named through its owner ("to Avatr, Changan's Deepal brand, Dongfeng's Voyah and BYD's Fangchengbao"):
# the joint after the owned name, a class noun allowed before it
_POSSESSED_CLASS_SEP = re.compile(r"(?:\s+(?:brand|marque|unit|arm|subsidiary|division|label))?"
                                  r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
# ("founded by former BMW executives": a name in the phrase of a preposition)
_BLOCKING_PREP = re.compile(r"\b(?:with|of|from|by|for|to|in|on|at|under|between|against|than|into|about|over)\s+"
                            r"(?:the\s+|its\s+|their\s+|a\s+)?(?:former\s+)?$", re.I)
# a preposition, then a capitalised possessor right before a name ("out of the Chinese Academy of Sciences' | Institute")
_POSSESSED_AFTER_PREP = re.compile(r"\b(?:with|of|from|by|under|between|against|than|into)\s+(?:the\s+)?"
                                   r"(?-i:[A-Z][\w&\-]*)(?:\s+(?:of\s+)?(?-i:[A-Z][\w&\-]*)){0,5}['’]s?\s+$")
# A company word after a known name that left it out, or the rest of "Co., Ltd." after a name that ends at "Co"
_NAME_TAIL = re.compile(rf"(?:{ORG_TAIL_WORDS}|\.,?\s+Ltd\.?)(?![\w-])").match
# A relative clause that reaches the trigger: ", which is listed in Beijing and counts" (no comma before the trigger)
_WHICH_BEFORE = re.compile(r",\s+(?:which|who)\s+[^,;:()\"“”]*$")

# between an owner and its unit's name: "BYD's battery arm FinDreams", "the group's chip unit"
_BY_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$")
_UNIT_OF_OWNER = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?(?:arm|unit|subsidiary|division|affiliate)\s+(?:,\s*)?")
# "Foton, whose buses ..., has long been a " + SinoHytec + " customer"
_COPULA_A = re.compile(r"(?:\s*,[^,;]{0,100},)?\s+(?:is|was|has\s+(?:long\s+|also\s+)?been|have\s+(?:long\s+|also\s+)?been|"
                       r"became|remains|remained)\s+(?:also\s+|now\s+|still\s+)?(?:a|an)\s+(?:(?:big|major|key|large|"
                       r"long-?time|loyal|important|main|early|anchor|first)\s+)?")
_CUSTOMER_AFTER = re.compile(r"\s+(?:customer|client|buyer)\b")
_LAUNCH_BEFORE = re.compile(r"\b(?:launched|launches|introduced|introduces|unveiled|unveils|created|creates|set\s+up|sets\s+up|"
                            r"released|releases|debuted|founded|established|rolled\s+out|spun\s+off)\s+(?:(?:the|a|an|its|their)\s+)?"
                            r"(?:(?:new|own|premium|separate|high-end|budget|electric|EV|off-road|luxury|youth-oriented|"
                            r"mass-market|sub-)\s*)*(?P<noun>(?:brand|marque|label|sub-brand)\s+(?:called\s+|named\s+)?)?[\"“]?$", re.I)
_BRAND_NOUN_AFTER = re.compile(r"[\"”]?\s*(?:brand|marque|label|sub-brand)\b", re.I)
_CHOSEN_BY = re.compile(r"\b(?:has\s+been|have\s+been|was|were|is|are|had\s+been)\s+(?:(?:also|now|already)\s+)?"
                        r"(?:designated|selected|chosen|picked|adopted|nominated)\s+by\s+(?:the\s+)?$")
# "... by Xpeng for the G9 SUV and by GAC Aion": a further agent of the same passive
_AND_BY = re.compile(r"(?:^|[^;:]{0,50}?)(?:,\s*|\s+)(?:and\s+)?(?:also\s+)?by\s+(?:the\s+)?$")
# a verb with no object before "with" ("that Xpeng opened with"), its subject right before it, a pronoun for one, or a
# participle after a comma
_VERB_WITH = re.compile(_FACILITY_VERB_WITH)
_VERB_SUBJECT_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:also|jointly|now|still|currently|itself)\s+)?")
_PRONOUN_BEFORE = re.compile(r"\b(?:it|they)\s+(?:(?:also|jointly|now|still|currently)\s+)?$")
# a pronoun as the subject of "had taken control of"
_CONTROL_PRONOUN = re.compile(r"\b(?:it|they)\s+(?:(?:has|have|had|would|will|also|now)\s+){0,2}$")
_PARTICIPLE_COMMA = re.compile(r",\s+(?:(?:also|jointly|now|still|currently)\s+)?$")
# "from Desay SV | and chassis parts from | Tuopu Group": a second seller with its own goods
# ("buys chassis parts from Tuopu, aluminium castings from Xusheng and windscreens from Fuyao": a list of them)
# ("its battery from Britain's WAE and its tyres from Hankook": a country's possessive before the seller)
_GAPPED_FROM = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?!according\b)(?:(?-i:[a-z])[\w\-]*\s+){1,4}?from\s+(?:the\s+)?"
                          r"(?:(?-i:[A-Z])[a-z]+['’]s\s+)?")
# after a possessor: "BYD's rivals", "Tesla's Chinese competitors"
_RIVALS_POSS = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w\-]+\s+){0,2}?(?:rivals?|competitors?|peers|challengers)\b")
# a name's ticker or Chinese form in parentheses and the comma before a relative pronoun
_PAREN_COMMA = re.compile(r"\s*[（(][^()（）]{0,40}[)）]\s*,\s*")
_QUANT_OF = re.compile(r"\s*,\s*(?:both|all|each|either|neither|some|most|many|two|three|four)\s+of\s+")
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:[a-z]+ly\s+)?$", re.I)
# "Siemens, which completed | its $10.6 billion takeover of Altair": a trigger opened by the relative clause's "its"
_RELATIVE_DID = re.compile(r"\b(?:that|which)\s+(?:[a-z]+ly\s+)?(?:(?:has|had)\s+)?(?:completed|closed|finished|announced|"
                           r"made|agreed|approved)\s+$", re.I)
# "runs the Deepal brand | and holds ...": a name that is the object of a verb coordinated with the trigger's
_AND_VERB_AFTER = re.compile(r"(?:\s+[\w\-]+){0,3}?\s*,?\s+and\s+(?:(?-i:[a-z])[\w\-]*\s+){0,3}")
_VERB_BEFORE_OBJ = re.compile(r"\b(?:runs|ran|makes|made|owns|owned|operates|operated|supplies|supplied|sells|sold|builds|built|"
                              r"produces|produced|acquired|bought|launched|develops|developed|controls|controlled|uses|used|"
                              r"manages|managed|leads|led|joined|backs|backed|markets|marketed)\s+(?:the\s+|its\s+|their\s+|"
                              r"an?\s+)?(?:[\w\-]+\s+){0,2}?$")
_BRAND_WORD_END = re.compile(r"\b(?:brand|marque|label|sub-brand)$", re.I)
_TABLE_SEPARATOR = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?")
_BRAND_COLUMN = re.compile(r"\b(?:brands?|marques?|sub-brands?)\b")
# a table's column of cars ("| Model |", "| Example models |"; not "| Carmaker | Outside models in the cockpit |")
_MODEL_COLUMN = re.compile(r"^(?!.*\b(?:language|ai|llm|large|outside|foundation|assistants?)\b).*\bmodels?\b")
# a table column of the row company's counterparts: (header pattern, predicate, whether the counterpart is the subject)
_COLUMN_RELATIONS = (
    (re.compile(r"\b(?:index(?:es)?|indices|benchmarks?)\b"), "CONSTITUENT_OF", False),
    # ("| Brand | Registrations | Share | Distributor |": a brand's or maker's seller is its partner)
    (re.compile(r"\bpartners?\b|\bfranchises?\b|\b(?:distributors?|importers?|dealers?|dealer\s+groups?)\b"),
     "PARTNERS_WITH", False),
    (re.compile(r"\b(?:customers?|clients?)\b"), "SUPPLIES", False),
    # ("| BMS maker | ... | AFE sources |", "| Automaker | Main-drive SiC source |": where the row's company buys)
    (re.compile(r"\b(?:suppliers?|sources?|vendors?)\b"), "SUPPLIES", True),
    (re.compile(r"\b(?:shareholders?|investors?|backers?)\b"), "INVESTS_IN", True),
    # ("| Builder | Yard | Models |": the cars the row's company makes)
    (_MODEL_COLUMN, "MANUFACTURES", False),
    # ("| Insurer | Parent | NEV premiums |": the row's company is its parent's unit)
    (re.compile(r"^\W*(?:parent(?:\s+(?:company|group))?|owner|controlling\s+shareholder)\W*$"), "SUBSIDIARY_OF", False),
    # ("| Company | Home country | Listing |": the exchange each row's company is listed on)
    (re.compile(r"^\W*(?:listing|listed(?:\s+(?:on|in))?|(?:stock\s+)?exchange|bourse|primary\s+listing|listing\s+venue)\W*$"),
     "LISTED_ON",
     False),
)
# a table of investors ("| Investor | Battery maker | Stake |"): its first column's header, and the columns of the
# companies they hold
_INVESTOR_HEAD = re.compile(r"\W*(?:(?:lead|state|main|strategic|new)\s+)?(?:investors?|shareholders?|backers?|acquirers?|"
                            r"funds?)\W*")
_INVESTEE_COLUMN = re.compile(r"\b(?:company|companies|maker|makers|carmaker|automaker|start-?ups?|targets?|investee|"
                              r"portfolio|recipient|business)\b(?!\s+(?:of|listed))")
# a table's columns of the technologies a car uses ("| Model | Chemistry |", "| Battery |")
_TECH_COLUMN = re.compile(r"\b(?:chemistry|chemistries|batter(?:y|ies)|cells?|platforms?|architectures?|chips?|socs?|"
                          r"processors?|technolog(?:y|ies)|powertrains?|drivetrains?|hybrid\s+systems?|os|"
                          r"operating\s+systems?|lidars?|compute|adas|cockpit)\b")
# a first column of makers, whose models column names what each row's company makes; a column naming another company
# that may build them ("| Brand | Local partner | Models |")
_MAKER_ROW_HEAD = re.compile(r"\b(?:maker|carmaker|automaker|manufacturer|builder|group|company|brand|marque|oem)s?\b")
_OTHER_MAKER_COLUMN = re.compile(r"\b(?:partners?|assembler|assembled|licensee|licensed|distributor|importer|contract|"
                                 r"operator|supplier|venture|jv)s?\b")
# the column of a table of cars that names who builds each ("| Model | Built by | ... |")
_MAKER_COLUMN = re.compile(r"\b(?:maker|carmaker|automaker|manufacturer|built\s+by|made\s+by|produced\s+by|assembler|"
                           r"assembled\s+by)\b")
_OWNER_COLUMN = re.compile(r"\b(?:group|company|maker|carmaker|automaker|manufacturer|owner|parent|built\s+by|made\s+by|"
                           r"produced\s+by)\b")
# a second clause's opening: ", and the", "; while"
_CLAUSE_CONJ = r"and|but|while|whereas"
_CLAUSE_LINK = rf"[,;]\s+(?:{_CLAUSE_CONJ})\s+(?:the\s+)?"
_NEW_CLAUSE_BEFORE = re.compile(_CLAUSE_LINK + r"$")
_NEW_PHRASE = re.compile(r",\s+and\s+(?:from|to|with|by|in|at|for|on|against)\s")
_OBJ_CONTINUE = re.compile(r"^(?:\s+(?:sedan|SUV|MPV|hatchback|coupe|pickup|model|EV|car|crossover|chip|battery|platform)s?"
                           r"(?=\s*(?:,|and\b))|"
                           # "a sodium-ion cell brand called Naxtra": the named product of that kind
                           r"(?:\s+[\w\-]+){0,2}?\s+(?:cell|battery|pack|chip|brand|platform|system|module)s?"
                           r"(?=\s+(?:called|named|dubbed)\b))?(?:\s*(?:,|and|&|\(|named|called|dubbed|known\s+as|including|such\s+as|"
                           r"[\"“'‘]))*\s*(?:(?<=and\s)the\s+)?$", re.I)
# "partnerships with Lyft in Europe and with Uber": the trigger's preposition again before a further object
# ("supplies DriveONE units to Seres for the AITO M5 and AITO M7, and to Chery")
# ("competes with Yanfeng, the largest Chinese seating supplier, and with foreign groups Adient and Lear")
_AND_PREP_AGAIN = re.compile(# ("to Volkswagen's Chinese joint ventures and to BMW Brilliance": what the first one owns)
                             r"(?:['’]s(?:\s+[\w\-]+){1,4}?(?=\s+(?:in|across|for|on|and|as)\b|\s*,))?"
                             # ("with market leader Anhui Heli (600761.SS) as well as with": the name's ticker)
                             r"(?:\s*\([^()]{1,40}\))?"
                             r"(?:\s+(?:in|across|for|on|since)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,5}?)?"
                             # ("with CFMoto, its larger Chinese rival, and with Polaris", "with BYD, which ACMobility
                             # distributes, and with GAC Aion")
                             r"(?:\s*,\s*(?:the|a|an|its|their|which|who)\s+[^,;:()]{1,80}?)?\s*,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?"
                             # ("and with GAC Group's Ruqi Mobility": the owner named before the party)
                             # ("supply lamps to Xpeng and radars to Li Auto": other goods, gapped verb)
                             r"(?:(?:(?!(?:belongs?|belonged|moved?|switch\w*|turn\w*|return\w*|according|close|next|due|"
                             r"compared|similar|linked|thanks|plans?|wants?|aims?|agreed|expects?|is|was|are|were|has|had|"
                             r"ways?|ready|able|set|going)\b)(?-i:[a-z])[\w\-]*\s+){1,3}?(?=to\b))?"
                             # ("and with foreign brands such as John Deere": the kind, then examples of it)
                             r"(?P<p>with|to|from|on)\s+(?:the\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,3}?(?:(?:such\s+as|like|including)\s+)?"
                             r"(?:(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}['’]s\s+)?", re.I)
# a name inside a described apposition to the name before ("Weichai Lovol, the farm arm of engine maker Weichai Power")
_IN_APPOS = re.compile(r"\s*,\s*(?:the|a|an)\s+[^,;:()]{1,60}?\s+(?:of|by|at|from)\s+(?:[\w\-]+\s+){0,3}")
# "supplies Xiaomi, whose SU7 sedan uses the AT128, and Leapmotor": a relative clause inside a list of objects
_OBJ_RELATIVE = re.compile(r"\s*,\s*(?:whose|which|who)\b[^;:()]{0,100}?,\s*(?:and|&)\s+(?:the\s+)?")
# a name that goes on to report the sentence (a speaker after a comma, not the verb's object)
_SPEAKER_AFTER = re.compile(r"(?:\s+(?:and|&|of)\s+(?-i:[A-Z])[\w\-]*)*\s+(?:said|says|announced|told|reported|confirmed)\b")
_OBJ_STOP = re.compile(r"\b(?:that|which|who|while|whereas|but)\b", re.I)
_PAREN_HEAD = re.compile(r"^\s*(?:[（(][^()（）]{0,40}|[^()（）\n]{0,30})[)）]")
# a stake bought from its owner: "the purchase of Volvo Cars' stake in Lynk & Co" (not "a boost for NIO's deal with")
_BOUGHT_FROM_OWNER = re.compile(r"\b(?:for|bought|buys?|buying|acquired?|acquires|acquiring|purchased?|purchases|sold|sells|"
                                r"(?:took|takes|taking|take)\s+over|"
                                r"(?:purchase|acquisition|sale|takeover|buyout)\s+of)\s+(?:the\s+)?$")
_POSS_TRIGGER = re.compile(r"['’]s?\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+)?"
                           r"(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will)\b)[a-z][\w\-]*\s+){0,3}")
_POLICY_ANAPHOR = re.compile(r"\s*(?:Each|Both|All|These|The|This|Those)\s+(?:\w+\s+)?(?:documents?|polic(?:y|ies)|plans?|"
                             r"measures|rules|guidelines)\b")
_BUSINESS = frozenset({"SUPPLIES", "DEVELOPS", "MANUFACTURES", "USES_TECHNOLOGY", "LISTED_ON", "CONSTITUENT_OF",
                       "COMPETES_WITH", "JOINT_VENTURE_WITH", "INVESTS_IN", "BRAND_OF", "MEMBER_OF"})
_SOURCED = re.compile(r"\bpeople\s+(?:familiar|close|briefed|with\s+knowledge)\b|\b(?:sources|insiders)\s+(?:said|say|says|"
                      r"told|familiar)\b|\baccording\s+to\s+(?:media\s+|news\s+|press\s+|local\s+)?reports\b|"
                      r"\b(?:media|press)\s+reports?\s+(?:said|say|suggest)", re.I)
_DIVESTED = re.compile(r"\b(?:sold|sells|selling|divest\w*|exit\w*|offload\w*|dump\w*|dispos\w*\s+of)\s+(?:all\s+(?:of\s+)?|part\s+of\s+)?"
                       r"(?:its|their|the|a|an|his|her)?\s*(?:[\w%.\-]+\s+){0,3}$", re.I)
# ("FAW Toyota, Toyota's venture with China FAW Group, launched")
# ("CATL, BYD's larger rival, signed a green electricity contract with": the verb and its object's first words)
_APPOS_POSS = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,6}?[\w\-]+\s*,\s*(?:and\s+)?(?:(?:is|are|was|were|has|have|had|also|now|still|"
                         r"been|being|currently|already)\s+){0,3}(?:(?-i:[a-z])[\w\-]*(?:ed|s)\s+(?:(?-i:[a-z])[\w\-]*\s+){0,4})?$")
_APPOS_NP = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s*(?:the|a|an)\s+(?:[\w\-'’]+\s+){0,4}?[\w\-'’]+\s*,?\s+")
_BEHIND = re.compile(r"(?:\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s*(?:the|a)\s+(?:[\w\-]+\s+){0,2}?(?:carmaker|automaker|company|"
                     r"group|maker|firm|manufacturer|developer))?\s+behind\s+(?:the\s+)?", re.I)
# "BAIC Off-Road Vehicle, the maker of the Beijing BJ40 and BJ60 off-roaders": the company makes the products named
_MAKER_OF = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s*(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,2}?(?:maker|manufacturer|"
                       r"producer|builder)\s+of\s+(?:the\s+)?", re.I)
_SOLD_THROUGH = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+|mainly\s+|only\s+|exclusively\s+)?"
                           r"(?:sold|marketed|retailed|distributed|offered)\s+(?:exclusively\s+|only\s+|mainly\s+)?(?:through|via)\s+"
                           r"(?:the\s+)?")
# "Chery, which is both its largest shareholder and ...", "Hefei Construction Investment Holding is among its top ten
# shareholders": a holder named as the subject of a copula before "its ... shareholder(s)"; "with Tencent and Alibaba
# among its other investors": the holders named after "with"
_ITS_HOLDER = re.compile(
    r"(?P<gap>\s*(?:[（(][^()（）]{0,40}[)）]\s*)?(?:,\s*(?:which|who)\s+)?|\s+)"
    r"(?:(?:is|was|remains|remained|has\s+been|had\s+been|became|has\s+become|have\s+become|will\s+become|are|were)\s+"
    r"(?:(?:also|now|still|both|already|then|together)\s+)*(?:one\s+of\s+|among\s+)?|(?P<among>among\s+))"
    r"its\s+(?:(?!and\b|or\b)[\w\-]+\s+){0,3}?(?:shareholders?|investors?|backers?|stakeholders?)\b", re.I)
_WITH_BEFORE_HOLDERS = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_COUNTS = re.compile(r"[\"”’)）]?\s*,?\s+(?:(?:also|still|now|likewise|too)\s+)?(?:counts|counted|lists|listed|regards|regarded)\s+(?:the\s+)?")
# a lower-case descriptor before the name counted: "counts mining group Rio Tinto among its investors"
_COUNTED_DESCRIPTOR = (r"(?:(?-i:[A-Z])[\w\-]*-based\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,2}(?:builder|maker|operator|"
                       r"supplier|producer|developer|carmaker|automaker|startup|start-up|company|firm|group)\s+(?=(?-i:[A-Z]))")
_COUNTS_KIND = re.compile(r"(?:[\w\-]+\s+){0,3}?(?:automakers|carmakers|car\s+makers|companies|firms|brands|makers|"
                          r"manufacturers|groups|names|players|customers|clients)\s*,?\s+(?:such\s+as|including|like)\s+|"
                          # ("counts Zhongshan-based yacht builder Heysea Yachts ... among": a descriptor in lower case)
                          + _COUNTED_DESCRIPTOR, re.I)
# a relative clause after a listed name, before "among": "Shenzhen Pengxing Shipping, which runs ferries, among"
_COUNTS_RELATIVE = re.compile(r"\s*,\s*(?:which|who|that)\s+[^,;:()]{1,120}?,")
# ("counted Xpeng and GAC Aion as main customers": after "as", a plural noun needs no determiner)
_COUNTS_AS = re.compile(rf"\s+(?:as|among)\s+(?:one\s+of\s+)?(?:(?:its|their|(?<=as\s)(?:an?|the))\s+|(?<=among\s)|(?<=as\s)(?=[\w\-]+s\b|(?:[\w\-]+\s+){{1,3}}[\w\-]+s\b))"
                        rf"(?:(?!and\b|or\b)[\w\-]+\s+){{0,3}}?{_NOUNS}\b", re.I)
_COUNTS_USERS = re.compile(r"\s+among\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:(?:carmakers|automakers|companies|firms|brands|"
                           r"manufacturers|makers)\s+(?:using|buying|that\s+use|that\s+buy|which\s+use)|"
                           # ("counts Li Auto and Geely among the buyers of its power cells")
                           r"(?:buyers|users|purchasers)\s+of)\s+(?:its|their)\b", re.I)
# ("Fourteen cornerstone investors, among them Singapore's GIC, Boyu Capital and E Fund Management, agreed")
_AMONG_THEM = re.compile(r"\s+(?:were\s+|are\s+)?among\s+them\b")
_CORNERSTONE = re.compile(r"\b[Cc]ornerstone(?:s|\s+investors?)\b" + CLAUSE_CHAR_NO_COLON + r"{0,80}?(?:\b(?:includ(?:e|es|ed|ing)|such\s+as|like|were|are|"
                          r"was|among\s+them)\b|[:(])")
_LIST_INTRO = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:products|models|batteries|cars|vehicles|technologies|systems|"
                         r"chips|SUVs|sedans|versions)\b[^:;,]{0,30}", re.I)
_UNVEILED_BEFORE = re.compile(r"\b(?:unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|releas(?:es|ed|ing)|present(?:s|ed|ing)|"
                              r"debut(?:s|ed)|introduc(?:es|ed|ing)|showcas(?:es|ed|ing)|develop(?:s|ed|ing)?|"
                              r"premiere\s+of)\s+"
                              r"(?:(?:a|an|the|its|their)\s+)?(?:own\s+)?$", re.I)
_TO_LAUNCH = re.compile(CLAUSE_CHAR + r"{0,30}?\b(?:will|is\s+(?:set|due|scheduled|slated|going)\s+to|are\s+(?:set|due|scheduled)\s+to|"
                        r"is\s+to|are\s+to)\s+(?:be\s+)?(?:launched|released|unveiled|introduced|debuted|launch|debut|arrive|"
                        r"go\s+on\s+sale|hit\s+the\s+market|enter\s+the\s+market)\b", re.I)
_BATTERY_WORD = re.compile(r"batter|\bcells?\b|\bpacks?\b", re.I)
_BATTERY_HEAD = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:batter(?:y|ies)|cells?|packs?)\b", re.I)
# a car's part after the technology it is made with ("LFP pack", "800-volt platform"; the technology may be the part)
_CAR_PART_AFTER = re.compile(r"(?:\s+(?:[\w\-]+\s+){0,2}?(?:batter(?:y|ies)|cells?|packs?|platforms?|architectures?|"
                             r"motors?|systems?|chips?|sensors?|suspension|chassis|cockpit|powertrains?|drivetrains?))?"
                             r"(?=\s+(?:is|are|was|were|has|have|had|comes?|came|holds?|gives?|delivers?|supplied|provided|"
                             r"made|built|sourced|from|by)\b|\s*[,.;)]|$)", re.I)
_VEHICLE_NOUN = re.compile(r"\s+(?:SUVs?|sedans?|MPVs?|cars?|vehicles?|hatchbacks?|pickups?|models?|trucks?|coupes?)\b", re.I)
_LIST_ATTEMPT = re.compile(r"\b(?:appli(?:cation|ed|es)|applying|bid|seek(?:s|ing)?|sought|withdr\w+|shelved|scrapped|abandon\w*|"
                           r"suspend\w*|postpone\w*|delay\w*|cancel\w*)\b[^.;,]{0,30}$", re.I)
_DOC_NOUNS = r"(?:standard|regulations?|rules|guidelines?|notice|document|policy|plan|measures|circular|opinions)"
# "... jointly announced that the" + a policy + "would be extended"
_ANNOUNCED_THAT = re.compile(r"\b(?:jointly\s+)?(?:announced|confirmed|decided|declared|stated|said|made\s+clear)\s+"
                             r"(?:on\s+\w+\s+)?that\s+(?:the\s+|its\s+|China['’]s\s+)?(?:[\w\-]+\s+){0,2}?$")
_POLICY_COURSE = re.compile(r"(?:\s*[（(][^()（）]{1,40}[)）])?\s+(?:will|would|is\s+to|was\s+to|shall)\s+(?:also\s+)?"
                            r"(?:remain|stay|continue|apply|run|take\s+effect|be\s+(?:extended|continued|kept|renewed|"
                            r"expanded|raised|phased|applied|implemented|introduced))\b")
_ISSUED_NEW_DOC = re.compile(rf"\b(?:issued|published|released|promulgated|unveiled|announced|introduced|adopted)\s+(?:a|an)\s+"
                             rf"(?:[\w\-]+\s+){{0,4}}?{_DOC_NOUNS}\b", re.I)
_DOC_ANAPHOR = re.compile(rf"\s*(?:The|This|That)\s+(?:new\s+|mandatory\s+|national\s+|revised\s+)*{_DOC_NOUNS}\s*(?:,|:|is|was)?\s*"
                          r"(?:called\s+|named\s+|titled\s+)?[\"“]?")
_GROUP_APPOS = re.compile(r",\s*(?:the|a|an|(?:now|also)\s+part\s+of|part\s+of)\s+[^,;.()]{1,60},")
_INCLUDES_BRANDS = re.compile(r"\b(?:includ(?:e|es|ed|ing)|across|spanning|covering|compris(?:e|es|ed|ing))\s+(?:its\s+|their\s+)?"
                              r"(?:the\s+)?(?=[A-Z\u4e00-\u9fff])")
_BRAND_WORD = re.compile(r"\s+(?:brand|marque|sub-brand)\b", re.I)
_BRAND_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+)?(?:(?:and|&)\s+)?(?:the\s+)?")
# "Chery operates brands including Chery, EXEED and iCAR", "its three brands: NIO, ONVO and firefly"
# (a partner after each brand: "five brands: Aito with Seres Group, Luxeed with Chery")
_BRAND_PARTNER = re.compile(r"\s+(?:with|from|by|made\s+by|built\s+by)\s+(?:the\s+)?")
_BRANDS_NAMED = re.compile(r"(?:\b(?P<poss>its|their|(?-i:[A-Z])[\w&\-]*['’]s?)\s+(?:[\w\-]+\s+){0,3}?)?\b(?:brands|marques|sub-brands|badges|labels)"
                           r"\s*(?:,\s*)?(?::|—|–|-|(?:(?:now|also|still)\s+)?(?:include|includes|included|including|such\s+as|like|are|"
                           r"were))\s*(?:the\s+)?",
                           re.I)
# Before "brands such as": brands the subject is compared with, not its own
_OTHERS_BRANDS = re.compile(r"\b(?:against|than|versus|vs\.?|rival\w*|compet\w*|challeng\w*|established|foreign|other|legacy|"
                            r"traditional|incumbent)\b[^,;.]*$", re.I)
_BRAND_CALLED = re.compile(r"\b(?:a|an|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:brand|marque|sub-brand|label)\s+"
                           r"(?:called|named|dubbed|christened|known\s+as)\s+(?:the\s+)?", re.I)
# "Changan Automobile has Deepal, Avatr and Qiyuan and other brands": the list comes first
_BRANDS_AFTER = re.compile(r"\s*[)）]?(?:\s*[（(][^()（）]{0,30}[)）])?\s*(?:,\s*)?(?:(?:and|among|as\s+well\s+as)\s+)?"
                           r"(?:other|more|several\s+other)\s+brands\b")
_OWNS_BEFORE = re.compile(r"\b(?:has|have|owns|own|operates|operate|runs|run|sells|sell)\s+(?:brands\s+)?(?:the\s+)?$")
# between two names of such a list, past a name's Chinese form or ticker in parentheses
_OWNER_BRANDS = re.compile(r"\bthe\s+(?P<org>(?-i:[A-Z])[\w&\-]*(?:\s+(?-i:[A-Z])[\w&\-]*){0,2})\s+(?:brands|marques)\s+"
                           r"(?=(?-i:[A-Z]))", re.I)
_NAMED_LIST_GAP = re.compile(r"\s*[)）]?(?:\s*[（(][^()（）]{0,30}[)）])?(?:\s*,\s*|\s+)?(?:(?:and|&)\s+)?(?:the\s+)?")
_RIVAL_HEAD = re.compile(r"\s+(?:rivals?|competitors?|challengers?|alternatives?|killers?|equivalents?|lookalikes?)\b", re.I)
_FOR_PRODUCT = re.compile(r"\s+for\s+(?:the|its|their)\s+(?:(?:new|latest|upcoming|next-generation)\s+)?[\"“]?")
_JV_BEFORE = re.compile(r"\bjoint[\s-]+venture\b|\bJV\b|\bventure\s+(?:(?:that|which)\s+(?:is|was)\s+)?$", re.I)
_SELLS_GAP = re.compile(r"\s+(?:(?:its|their|the)\s+)?(?:own\s+)?")
_BRAND_HEAD = re.compile(r"\s+(?:(?:and\s+)?(?:other\s+|premium\s+|electric\s+)?)?(?:cars|vehicles|models|SUVs|EVs|brands|marques)\b")
_THAT_GAP = re.compile(r"\s+(?:that|which)\s+")
# a product's description between it and an object relative: ", which", ", a compact SUV that", " electric hypercar that"
_DESCRIBED_THAT_GAP = re.compile(r"(?:\s*,\s*(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?)?|\s+(?:[\w\-]+\s+){1,3}?)"
                                 r"(?:that|which)\s+")
_BUILD_VERB_AFTER = re.compile(r"\s+(?:(?:also|now|still|currently|already)\s+)?(?:(?:has|have|had)\s+)?(?:builds|makes|produces|"
                               r"manufactures|assembles|built|made|produced|manufactured|assembled|"
                               r"(?P<plan>(?:will|is\s+to|plans\s+to|is\s+due\s+to)\s+(?:also\s+)?(?:build|make|produce|"
                               r"manufacture|assemble)))\b(?!\s+(?:by|with|from|for)\b)")
_WHICH_GAP = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s+which\s+")
_CONTROLS_AFTER = re.compile(r"\s+(?:(?:still|now|also|fully|wholly)\s+)?(?:controls|owns|controlled|owned)\s*[,.]")
_MAKE_VERB = re.compile(r"\s+(?:(?:also|now|still)\s+)?(?:builds|makes|produces|manufactures|assembles|sells|built|made|produced|"
                        r"manufactured|assembled|sold)\b")
_LAUNCHED_APPOS = re.compile(r",\s+(?:a|an|the|its)\s+[^,;()]{0,60}?\b(?:launched|unveiled|introduced|released|debuted|"
                             r"rolled\s+out)\b(?!\s+by)")
# A customer that relies on a supplier of a lower tier: "Nissan, too, is relying on Momenta"
_RELIES_ON = re.compile(r"(?:\s*,\s*(?:too|also)\s*,)?\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
                        r"(?:(?:also|now|still|heavily|largely|mainly|increasingly)\s+)?(?:relying|relies|rely|relied)\s+on\s+"
                        r"(?:the\s+)?")
# ... the supplier's name ending the phrase (not "relies on CATL battery prices")
_RELIED_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:for|to|as|and|in|on|since|from|with|which|whose|while|but)\b")
# An opening adverbial phrase before the sentence's subject ("Two days before the AI Day, ", "In Europe, ")
_OPENING_PHRASE = re.compile(r"\s*(?:[A-Z][\w\-]*\s+(?:[\w\-]+\s+){0,2}?)?(?i:before|after|at|during|in|on|since|until|by|"
                             r"for|with|unlike|like|besides|beyond|from)\s+(?:the\s+)?$")
# "The Xpeng-backed company said": a description of a company named before
_BACKED_REF = re.compile(r"-backed\s+(?:(?:EV|electric|car|battery|flying-car|robotaxi|chip|Chinese|Guangzhou|Shanghai|"
                         r"Beijing|Shenzhen|Hangzhou|Hefei)\s+)?(?:company|carmaker|automaker|maker|start-?up|firm|unit|"
                         r"group|developer|supplier)\b")
# "Seres' AITO", "Chery's Luxeed": an owner's possessive straight before what it owns
_POSS_GAP = re.compile(r"['’]s?\s+")
# "the Huawei-led grouping", "a Tencent-backed start-up": a name inside a description
_LED_ADJ = re.compile(r"['’]?-(?:led|backed|owned|controlled|run|founded|funded)\b", re.I)
_OWNED_ADJ = re.compile(r"['’]?-(owned|controlled|backed)\s+(?:(?:EV|electric|car|battery|premium|luxury|chip|AI|investment|"
                        r"venture(?:\s+capital)?|private[- ]equity)\s+)?(?:(?:maker|brand|unit|startup|start-up|carmaker|"
                        r"automaker|chipmaker|fund|arm|firm|company|supplier|developer)\s+)?", re.I)
# the speaker a description names, not an apposition: "with Swedish team Cyan Racing, the Geely-owned carmaker said"
_OWNED_SPEAKER = re.compile(r"(?:[\w\-]+\s+){0,2}?(?:said|says|told|added|announced)\b")
# "Zeekr, the Geely-owned brand": owned as a brand
_OWNED_BRAND = re.compile(r"['’]?-owned\s+(?:[\w\-]+\s+){0,2}?(?:brand|marque|label)\b")
# ", Inc.", " Co., Ltd." (and "., Ltd." after a name that ends in "Co")
_LEGAL_FORM_AFTER = re.compile(r"(?:\.(?=,))?(?:,?\s*(?:Inc|Ltd|Co|Corp|LLC|plc|AG|SE|N\.V|Limited)\b\.?){1,2}")
_IN_RELATIVE = re.compile(r",\s*(?:[^,;()]{0,80}?\band\s+)?(?:(?:in|of|for|with|to|by)\s+which|whose|which|who)\b[^,;()]*$")
# ("Avatr, the brand Changan developed with Huawei and in which CATL holds a stake, has agreed": a second relative)
_APPOS_OPEN = re.compile(r"\s*,\s+(?:the|a|an)\s+[^,;()\"“”]{0,80}")  # "Avatr, the premium brand " + name
_REDUCED_PASSIVE = re.compile(r"\s+[a-z]+(?:ed|en)\s+by\s+[^,;()\"“”]{0,40}")
_CLAUSE_END = re.compile(r",(?!\s*(?:and|or)\b)")
# A sentence that opens with the two companies named before ("The two companies ...", "In 2023, the two ...")
_BOTH_LISTED = re.compile(r"\s+(?:(?:are|were|have\s+been|had\s+been|remain|remained|stay|stayed)\s+"
                          r"(?:(?:already|also|both|each|now|still|currently)\s+)*(?:listed|traded|quoted)\s+(?:on|in)|"
                          # "Both companies keep their Nasdaq listings"
                          r"(?:keep|kept|retain|retained|maintain)\s+their(?=\s+\S+(?:\s+\S+)?\s+listings?\b))"
                          r"\s+(?:the\s+)?")
# a sentence's opening before a reference to companies named before ("In 2023, the two ...")
_REF_LEAD = r"[\s*\"“]*(?:(?:In|On|By|Last|This|Earlier|Later|Now|Together)\b[^,.;]{0,30},\s*)?"
_TWO_REF = re.compile(_REF_LEAD + r"(?:[Tt]he|[Bb]oth)\s+"
                      r"(?:(?:two|companies['’])\s+)?(?:companies|firms|groups|sides|carmakers|automakers|partners|makers)\b|"
                      r"[\s*\"“]*[Tt]he\s+pair\b|"
                      r"[\s*\"“]*[Tt]he\s+two\b(?!\s+(?:\w+\s+)?(?:of|models?|cars|plants|brands|products|batteries|years?|"
                      r"months?|days?|weeks?)\b)")
# the two companies of the sentence before, named inside a sentence ("when the two companies signed ...")
_TWO_MID = re.compile(r"\b(?:the\s+two\s+(?:companies|firms|groups|sides|carmakers|automakers|partners)|the\s+pair|"
                      r"both\s+companies)\b")
# a clause of the two companies a sentence has named: "..., and the two companies will jointly develop ..."
_TWO_CLAUSE = re.compile(r"(?:,\s+|\s+)(?:and|while|as)\s+(?:the\s+two\s+(?:companies|firms|groups|sides|carmakers|automakers|"
                         r"partners)|the\s+pair|both\s+companies)\b")
# A sentence that opens with a group named in the sentence before: "All three buy cells from CATL", "Both carmakers
# use Hesai lidar", "The four companies ...", "All of them ..." (``n``: how many it names, if it says)
_GROUP_REF = re.compile(_REF_LEAD + r"(?P<ref>"
                        r"(?:[Aa]ll|[Tt]he)\s+(?P<n>two|three|four|five|six)\s+(?:Chinese\s+|[\w\-]+\s+)?"
                        r"(?:companies|firms|groups|carmakers|automakers|makers|suppliers|manufacturers|producers)|"
                        r"[Aa]ll\s+(?P<n2>three|four|five|six)|"
                        r"[Bb]oth\s+(?:Chinese\s+|[\w\-]+\s+)?(?:companies|firms|groups|carmakers|automakers|makers|suppliers|"
                        r"manufacturers|producers)|(?:[Aa]ll|[Ee]ach)\s+of\s+them|[Tt]hey\s+(?:all|both|each))\b(?!\s+of\b)")
# ("Wanxiang Qianchao (000559.SZ), the CV joint and bearing maker controlled by": past a ticker)
_APPOS_BEFORE_PARTICIPLE = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）])?\s*[)）]?\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){1,5}?"
                                      r"(?:(?:now|also|still|partly|majority|wholly|indirectly)\s+)?")
# a bare participle after a name or a list: "Harman, owned by Samsung Electronics", "Volvo Cars and Polestar, both
# controlled by Geely Holding"
_BARE_PARTICIPLE_APPOS = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）])?\s*,\s+(?P<all>(?:both|all|each)\s+)?"
                                    r"(?:(?:now|also|still|partly|majority|wholly|indirectly|ultimately)\s+)?")
# a clause opened by a conjunction and a capitalised name right before the trigger: its subject, a name not known
_UNKNOWN_SUBJECT = re.compile(rf"[,;]\s+(?:{_CLAUSE_CONJ}|although|though)\s+"
                              # ("while SerDes start-up RLS supplies Chery": a descriptor before the name)
                              r"(?:(?:[\w\-]+\s+){0,2}?(?:start-?up|maker|supplier|firm|company|rival|peer|unit)\s+)?"
                              r"(?-i:[A-Z])[\w\-.&]*"
                              r"(?:\s+(?-i:[A-Z])[\w\-.&]*){0,3}\s+(?:(?:also|now|still|already|has|have|had|will|would)\s+)*$")
# an unknown capitalised name right after the verb, and an apposition after it
_UNKNOWN_OBJECT_APPOS = re.compile(r"\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w\-.&]*(?:\s+(?-i:[A-Z])[\w\-.&]*){0,3})\s*,\s+"
                                   r"(?:the|a|an)\s")
# the last words before a name a thing is built on ("built their stacks on | Nvidia's Drive Orin"; not "on its":
# a chip of the maker's own)
_BUILT_ON_GAP = re.compile(r"\s(?:on|upon|atop)\s+(?:(?:top\s+of|the|a|an)\s+)*"
                           r"(?:(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?(?:['’]s|(?<=s)['’])\s+)?$")
# a conjoined verb that starts the next predicate: ", and buys", " and then ships"
_AND_NEXT_VERB = re.compile(r",?\s+and\s+(?:also\s+|then\s+|now\s+)?(?-i:[a-z])[a-z]+(?:s|ed)\s")
# "..., as are Sailun, ZC Rubber and Triangle", "as does EVE": names that share what the clause before states
# a country before a unit's noun, after its owner's possessive: "its U.S. subsidiary", "Kandi's US unit"
_COUNTRY_ADJ_NOUN = re.compile(r"\.?\s+(?:subsidiary|subsidiaries|unit|units|arm|affiliate|division|branch|distributor|"
                               r"importer|venture|joint\s+venture|operations?|business)\b")
_DOTTED_COUNTRY = re.compile(r"((?:['’]s)?)\s+(?:U\.S\.|U\.K\.|U\.A\.E\.|E\.U\.)(?=\s+[a-z])")
_OWN_BRANDS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.I)
# a stake sold to a named buyer: "agreed to sell its 45% stake in Dongfeng Commercial Vehicle to Dongfeng Motor"
_STAKE_SOLD = re.compile(r"\b(?:sell|sells|sold|selling|transfer|transfers|transferred|transferring|divest|divests|divested|"
                         r"divesting)\s+(?:all\s+of\s+)?(?:its|their|his|her|the|a|an)\s+(?:(?:remaining|entire|whole|"
                         r"controlling|majority|minority)\s+)?(?:(?:about\s+|around\s+|roughly\s+|nearly\s+)?[\d.]+\s*"
                         r"(?:%|percent|per\s+cent)\s+)?(?:stake|interest|holding|shareholding)\s+in\s+(?:the\s+)?", re.I)
# between the company whose stake is sold (its short name or code in brackets) and "to" the buyer
_STAKE_SOLD_TO = re.compile(r"(?:,?\s*(?:Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|AG|SE|plc))*\s*"
                            r"(?:[(（][^()（）]{1,40}[)）]\s*)?to\s+(?:the\s+)?")
_AS_ARE = re.compile(r",\s+as\s+(?:are|is|were|was|do|does|did|has|have)\s+(?:(?:also|both|many|several|rivals?|peers?)\s+)?")
_REL_CLAUSE_IN = re.compile(r",\s+(?:which|who|whose|that)\s")
_AS_ARE_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_AS_ARE_END = re.compile(r"\s*(?:[.;]|$|\s*\(|,)")
_AND_THE = re.compile(r",?\s+(?:and|or)\s+(?:the|a|an)\s+", re.I)
_NEW_CLAUSE_VERB = re.compile(r",\s+(?:produces|makes|builds|sells|employs|operates|runs|said|says|is|was|has|had)\b|"
                              # ("The MG4 that SAIC ships to Europe runs on CATL-made cells": the main clause's verb)
                              r"\b(?:runs|ran)\s+on\b|\bis\s+powered\s+by\b")
_PROJECT_AFTER = re.compile(r"\s+(?:project|projects|plant|mine|refinery|smelter|site|complex|facility)\b")
_OWNER_BEFORE_PROJECT = re.compile(r"(?:['’]s?)?\s+")
_POSS_VENTURE = re.compile(r"(?P<poss>\b(?:its|their)|(?-i:[A-Z])[\w&\-.]*['’]s?)\s+(?:[\w\-:]+\s+){0,3}?"
                           r"(?:joint\s+)?ventures?\s+with\s+(?:the\s+)?")
# after "agreements with": the customers a list names ("with customers including Tesla, BMW and LG Energy Solution")
_WITH_CUSTOMERS = re.compile(r"\s*(?:(?:its|their|the)\s+)?(?:[\w\-]+\s+){0,2}?(?:customers|clients|buyers)\s*,?\s+"
                             r"(?:including|such\s+as|like)\s+", re.I)
_VENTURE_THAT = re.compile(r"\b(?:(?:joint[\s-]+)?venture|(?:50:50|50-50|joint|jointly\s+owned)\s+(?:company|firm|business))\s+"
                           r"(?:that|which)\s+$", re.I)
# the apposition between a venture's name and "joint venture that": ", a 50:50 ", ", the "
_VENTURE_NAME_APPOS = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?\s*,\s+(?:a|an|the)\s+(?:[\w\-:]+\s+){0,3}?")
_SET_UP_AFTER = re.compile(r"\s+(?:(?:had|have|jointly)\s+)?(?:set\s+up|formed|established|created|founded|launched)\b")
_WITH_WHICH = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?\s*,\s*(?:(?:a|an|the)\s+[^,;()]{0,60},\s*)?with\s+which\s+(?:the\s+)?")
# "formed a freight joint venture", "run a fuel cell joint venture" (what a company does with another)
_RUNS_VENTURE = re.compile(r"\s+(?:(?:has|have|had|also|jointly|later)\s+)*(?:formed|set\s+up|established|created|founded|"
                           r"launched|runs?|ran|operates?|operated|owns?|owned|shares?|built|builds)\s+(?:(?:a|an|their|the)\s+)?"
                           r"(?:[\w\-:]+\s+){0,3}?(?:joint[\s-]+venture|JV)\b")
_AND_THE_TWO = re.compile(r",?\s+and\s+the\s+two(?:\s+(?:companies|firms|groups|sides|partners|carmakers|makers))?(?=\s)")
_FORMED_WITH = re.compile(r"\s+(?:(?:has|had|have|also|jointly)\s+)?(?:formed|set\s+up|sets\s+up|established|created|launched|"
                          r"founded|built|runs|ran|operates|operated|owns|owned)\s+(?:in\s+\d{4}\s+)?(?:together\s+)?with\s+"
                          r"(?:the\s+)?")
_AMONG_BUYERS = re.compile(r"\b[Aa]mong\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:buyers|customers|clients|users)\s+of\s+(?:the\s+)?")
# the owner's goods and the verb before the customers: "'s die-cast instrument-panel beams is "
_IS_AFTER_GOODS = re.compile(r"(?:['’]s?)?(?:\s+[\w\-]+){0,4}?\s+(?:is|are|was|were)\s+(?:the\s+)?")
_SUPPLIER_KINDS = frozenset({"Supplier", "BatteryMaker", "SemiconductorMaker", "MaterialsSupplier", "TechCompany"})
# "Toyota, Volkswagen and General Motors are long-standing buyers." (no owner named after the noun)
_LIST_ARE_CUSTOMERS = re.compile(r"\s+(?:are|were|remain|have\s+been)\s+(?:(?:all|also|now|still)\s+)*"
                                 r"(?:(?:long-standing|longstanding|long-time|key|major|main|big|large|important|regular|"
                                 r"repeat|early|newer|new)\s+)?(?:buyers|customers|clients)\s*(?:[.;]|,\s+(?:and|while|but)\s)")
# "Customers named in the annual report include ...", "Main customers include ..."
_CUSTOMERS_INCLUDE = re.compile(r"[\s*\"“]*(?:(?:Main|Major|Key|Other|Its\s+main|Named|Chinese|Domestic|Foreign|Overseas|"
                                r"European|Local|New)\s+)?(?:[Cc]ustomers|[Cc]lients|[Bb]uyers)"
                                r"(?:\s+(?:named|listed|disclosed|cited|mentioned)\s+(?:in|by)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
                                r"(?:report|prospectus|filing|document|statement))?\s+(?:include|included|includes|"
                                r"cover|covers|covered|span|spans|are|were|"
                                # "Chinese customers such as BYD, Geely and Chery now account for ..."
                                r"such\s+as)\s+(?:the\s+)?|"
                                # "Among the buyers are BYD, Geely and Tesla's Shanghai factory"
                                r"[\s*\"“]*Among\s+(?:the|its|their)\s+(?:[\w\-]+\s+)?(?:customers|clients|buyers)\s+"
                                r"(?:are|were|is|was)\s+(?:the\s+)?")
# the end of a sentence after its speaker: "..., the company said."
_SAID_END = re.compile(r"\s+(?:said|says|added|noted)\s*[.;]")
# ", with BYD and NIO among the newer clients"
_WITH_AMONG_CUSTOMERS = re.compile(r",\s+with\s+[^,;]{2,80}?\s+(?P<among>among)\s+(?:the|its)\s+(?:[\w\-]+\s+)?"
                                   r"(?:clients|customers|buyers)\b")
_OWNED_WITH = re.compile(r"\b(?:with|jointly|together|through|via)\b[^,;]*$", re.I)
_GROUP_SIZE = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A group of car models or regulators opening a sentence: "Both models", "The three SUVs", "All four", "The two
# agencies"
_KIND_GROUP_REF = re.compile(
    _REF_LEAD + r"(?P<ref>(?:[Bb]oth|[Aa]ll(?=\s+(?:two|three|four|five|six)\b)|"
    r"[Tt]he(?=\s+(?:two|three|four|five|six)\b))(?:\s+(?P<n>two|three|four|five|six))?"
    r"(?:(?P<car>(?:\s+[\w\-]+)?\s+(?:models|cars|SUVs|sedans|saloons|vehicles|versions|variants|trucks|buses|vans|"
    r"pickups|EVs|hatchbacks|MPVs))|(?P<reg>\s+(?:agencies|ministries|regulators|departments|authorities))|"
    r"(?=\s+(?:are|were|run|use|sit|share|have|had|now|also|will|can|carry|get|come|went|go)\b)))\b(?!\s+of\b)")
# A group as an object: "CATL supplies batteries to both.", "supplies both with cells", "sells to all three",
# "supplies the two carmakers with cells" (its members: the group named before it in the sentence, else the one group of
# that size in the sentence before)
_GROUP_NOUNS = r"companies|firms|groups|carmakers|automakers|makers|brands|suppliers|manufacturers|producers|partners"
_GROUP_OBJECT = re.compile(
    r"\b(?:to|with|for|from|supplies|supply|supplied|supplying|serves|serve|served|serving|equips|equip|equipped|"
    r"equipping|joined|joins)\s+(?P<ref>(?:[Bb]oth|all\s+(?P<n>two|three|four|five|six))(?:\s+of\s+them|\s+(?:[\w\-]+\s+)?"
    rf"(?:{_GROUP_NOUNS}))?|the\s+(?P<n2>two|three|four|five|six)\s+(?:[\w\-]+\s+)?(?:{_GROUP_NOUNS}))"
    r"(?=\s*[.,;:)]|\s*$|\s+(?:with|from|since|in|under|at|for|through|as|over|until|by)\b)")
_JV_ANYWHERE = re.compile(r"\bjoint[\s-]+ventures?\b|\bJVs?\b|\bowned\s+(?:50-50|50:50|equally|jointly)\b|"
                          r"\beach\s+(?:hold|holds|own|owns)\b", re.I)
_PARTNERS_ANYWHERE = re.compile(r"\b(?:signed\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:agreement|deal|pact|memorandum|MoU)|"
                                r"strategic\s+(?:cooperation|partnership)|teamed\s+up|work(?:ed|ing)?\s+together|"
                                r"collaborat\w+|partnership)\b", re.I)
_EACH_HOLD = re.compile(r"\s+(?:each|both)\s+(?:hold|holds|own|owns)\s+(?:a\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)|half|"
                        r"an?\s+equal)", re.I)
# A project built with partners ("a battery project in Indonesia with state-owned IBC and"), and the next sentence's
# "The venture ...", "The new joint venture ..."
_PROJECT_WITH = re.compile(r"\b(?:project|plant|factory|facility|base|complex|mine|refinery|smelter|hub)s?\b" + CLAUSE_CHAR + r"{0,50}?\bwith\s+"
                           r"(?:(?:state-owned|state-run|local|Indonesian|its|partners?)\s+){0,2}")
_PARTNER_NEXT = re.compile(r"[)）]?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:state-owned|state-run|local)\s+)?")
_VENTURE_REF = re.compile(r"[\s*\"“]*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:new|planned|joint|three-way|two-way|"
                          r"[\w\-]+-(?:way|party))\s+){0,2}(?:venture|JV)\b")
_JV_FORMED = re.compile(CLAUSE_CHAR + r"{0,80}?\b(?:form|set\s+up|setting\s+up|sets\s+up|establish|creat|launch|build|run|operat|"
                        r"own|share|co-own)\w*\s+(?:a|an|their|the)\s+(?:[\w\-:]+\s+){0,3}?(?:joint[\s-]+ventures?|JVs?)\b", re.I)
# the rule names of relations the entity finder established (titles, links, listings)
#: Technologies whose products are not news of developing the technology itself.
#: After a possessor's technology: a network or service it runs, not a technology it develops.
_IN_SERVICE_NOUN = re.compile(r"\s+(?:networks?|stations?|services?|infrastructure|operations?|fleets?)\b")
_ESTABLISHED_TECH = frozenset({"technology:battery", "technology:lithium-ion-battery", "technology:lfp-battery",
                               "technology:nmc-battery", "technology:nca-battery"})
# rules that read ownership off a description or a name, not a verb's statement
_DESCRIPTION_RULES = ("noun-", "unit-name", "owned-apposition", "possessive")
_LINK_RULES = {"EXECUTIVE_OF": "title", "USES_TECHNOLOGY": "link", "LISTED_ON": "listed-link", "SUBSIDIARY_OF": "unit-name"}
_COMMA_AND = re.compile(r"\s*,\s*and\s+")
# a ranking or a sequence continued past a comma: "Li Auto is its largest customer, followed by GAC Aion"
_FOLLOWED_BY = re.compile(r",\s+(?:closely\s+)?followed\s+(?:closely\s+)?by\s+(?:the\s+)?")
# "Huawei supplies the driving system used in Avatr's cars, while CATL provides their battery packs": a second supplier
# whose clause names no customer of its own (_WHILE_SUPPLIER_VERB after its name)
_WHILE_OPEN = re.compile(r",\s+while\s+")
_WHILE_SUPPLIER_VERB = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?\s+(?:(?P<modal>will|would)\s+|also\s+)?"
                                  r"(?:supplies|supply|supplied|provides|provide|provided|delivers|deliver)\s+(?!to\b)")
# "signed agreements with Changan and Chery, under which it will supply Choco-SEB blocks": the deal's goods go to its
# partners (when the clause names no customer of its own)
_UNDER_WHICH_SUPPLY = re.compile(r",?\s+under\s+which\s+(?:it|the\s+(?:[\w\-]+\s+){0,2}?(?:maker|company|group|supplier|"
                                 r"firm|giant))\s+(?P<v>will|would|is\s+to|shall|)\s*(?:also\s+)?"
                                 r"(?:supply|supplies|provide|provides|deliver|delivers)\b")
_FOLLOW_KINDS = frozenset({"Company", "Product"})
_FOLLOW_PREDICATES = frozenset({"SUPPLIES", "INVESTS_IN", "PARTNERS_WITH", "MANUFACTURES", "USES_TECHNOLOGY",
                                "CONSTITUENT_OF", "LISTED_ON"})
# an apposition that opens after a list's name (past its parenthesis) and runs, comma-free, to a later name
_LIST_APPOS = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*|[)）]\s*)?,\s+(?:the|a|an)\s+[^,;()（）]{3,80}?")


def _owns_next(text: str, items: list, k: int) -> bool:
    """Whether the company ``items[k]`` names the company or brand right after it as its own ("Changan's Deepal")."""
    return k + 1 < len(items) and _ORG in items[k].isa and not items[k].ref and not items[k + 1].ref and \
        ("Company" in items[k + 1].isa or "Brand" in items[k + 1].isa) and \
        text[items[k].end:items[k + 1].start] in ("'s ", "’s ")


def _possessed_member(text: str, items: list, k: int) -> bool:
    """Whether ``items[k]`` owns the next name and the list goes on after it ("Avatr, Changan's Deepal brand, Dongfeng's
    Voyah": a list member named through its owner, not an apposition of the name before)."""
    return k + 2 < len(items) and _owns_next(text, items, k) and \
        _POSSESSED_CLASS_SEP.fullmatch(text, items[k + 1].end, items[k + 2].start) is not None


def _appos_list_end(text: str, items: list, k: int) -> int | None:
    """The index of the list name an apposition ending at ``items[k]`` describes: "CATL, ATL, the battery maker
    controlled by TDK" -> ATL's (a list of at least two names before the apposition, and only the apposition's own
    names between it and ``items[k]``); None when ``items[k]`` does not end such an apposition."""
    for j in range(k - 1, 0, -1):
        if _LIST_APPOS.fullmatch(text, items[j].end, items[j + 1].start):
            return j if items[j - 1].group == items[j].group and not items[j].ref else None
        if items[j].group != items[k].group and not (items[j].end <= items[j + 1].start and
                                                     text[items[j].end:items[j + 1].start] in ("'s ", "’s ")):
            return None
    return None
_AND_SEP = re.compile(r"\b(?:and|or)\b|&|、|，|as\s+well\s+as|plus")
# what closes a list whose last name has no "and" before it: "BMW, Mercedes-Benz and other European carmakers",
# "Tesla, BMW and so on", "Renault, Dacia, among others"
# "CATL and several local government funds"
_OPEN_LIST_TAIL = re.compile(r"\s*+,?\s*+(?:(?:and|&)\s++(?:(?:many|several|some|a\s+few)\s++)?others?\b|and\s+so\s+on\b|"
                             r"(?:and|&)\s+(?:several|various|numerous|a\s+few|a\s+number\s+of|dozens\s+of|two|three|four|"
                             r"five)\s+(?-i:[a-z])|"
                             r"etc\b|among\s+others\b)")
_REPORTED = re.compile(r"\b(?:said|says|announced|stated|told\s+\w+|confirmed)\s+"
                       # ("said late on Monday that", "said in a filing that")
                       r"(?:(?:late\s+|early\s+)?(?:on|in|last|this)\s+(?:an?\s+)?\w+\s+)?(?:that\s+)?"
                       r"(?:it|they|the\s+\w+|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+$")
_COMPARED = re.compile(r"(?:\bcompar\w*\b" + CLAUSE_CHAR + r"{0,60}?\b(?:with|to)|\bthan|\bagainst|\bversus|\bvs\.?|\bunlike|\brivals?)\s+"
                       r"(?:the\s+|a\s+|an\s+)?$", re.I)
# "Gotion (SZ002074), in which", "QingTao, a Kunshan start-up in which", "QingTao is a start-up in which"
# the kind of company a description before a relative clause names ("the Nanchang-based carmaker in which")
_KIND_NOUNS = (r"(?:company|firm|start-?up|maker|carmaker|automaker|manufacturer|producer|supplier|developer|venture|group|business|"
               r"insurer|bank|lender|utility|operator|unit|subsidiary|affiliate|specialist|designer|miner|refiner|recycler|"
               r"integrator|enterprise|corporation|conglomerate|platform|brand|marque)")
# ("BYD Auto Finance, a Xi'an-based lender in which BYD holds 80%")
# (past the rest of a bracket the name opens: "Jiangling Motors (JMC, 000550.SZ), the carmaker in which")
_IN_WHICH = re.compile(rf"(?:\s*[（(][^()（）]{{0,40}}[)）]|(?:[,;]\s*[^()（）]{{1,30}})?[)）])?(?:\s*[,(]\s*(?:(?:a|an|the)\s+(?:[\w\-'’]+\s+){{0,3}}?{_KIND_NOUNS}\s+)?|"
                       rf"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-'’]+\s+){{0,3}}?{_KIND_NOUNS}\s+)(?:in|of)\s+which\s+(?:the\s+)?")
_FOR_WORD = re.compile(r"\bfor\s+(?:its|their|the|(?-i:[A-Z])[\w\-]*['’]s?)\s")
# ", the traction battery safety standard that " + a regulator: an apposition naming a policy's kind
_POLICY_KIND_THAT = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}?(?:standard|rules?|plan|measures?|regulations?|"
                               r"policy|law|notice|guidelines?|duties|tariffs?|programme|program|scheme|document)\s+"
                               # ("the new national safety standard for EV batteries that the MIIT issued")
                               r"(?:(?:for|on|of)\s+(?:[\w\-]+\s+){1,4}?)?(?:that|which)\s+(?:the\s+)?")
_WHICH_AFTER = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）]|[)）])?\s*,\s*which\s+(?:the\s+)?")
_ISSUED_VERB = re.compile(r"(?:\s*[（(][^()（）]{0,20}[)）]|[)）])?"
                          # ("which the Ministry of Commerce and other departments doubled in July")
                          r"(?:\s*,?\s+(?:and|with)\s+(?:several\s+|other\s+|\w+\s+other\s+)?(?:government\s+)?"
                          r"(?:departments|ministries|agencies|regulators))?"
                          r"\s+(?:(?:jointly|also|first|had|have|has|later|then)\s+)*(?:issued|released|launched|"
                          r"published|promulgated|introduced|adopted|unveiled|drafted|rolled\s+out|extended|doubled|"
                          r"expanded|renewed|imposed|raised)\b"
                          r"(?P<with>(?:\s+(?:jointly|together))?\s+with\s+(?:the\s+)?)?")
_REF_IN_WHICH = re.compile(r"\s+(?:in|of)\s+which\s+(?:the\s+)?")
# an owner inside the descriptor before "in which": "Yinwang, the Huawei subsidiary in which Seres holds 10%" (its kind
# after it; the words before it are _IN_APPOS_HEAD_GAP's)
_OWNER_KIND_IN_WHICH = re.compile(rf"(?:['’]s?)?\s+(?:[\w\-]+\s+){{0,2}}?{_KIND_NOUNS}\s+(?:in|of)\s+which\s+(?:the\s+)?")
_APPOSED_KIND = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_KIND_NOUNS}|brand)$")
# a venture's partners before "in which": "... a joint venture between Stellantis and Zhejiang Leapmotor Technology"
_POSS_UNIT_BEFORE_NAME = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,4}(?:unit|arm|subsidiary|affiliate|division|business)\s+")
_JV_BETWEEN_TAIL = re.compile(r"(?:joint[\s-]+venture|venture|JV)\s+(?:between|of|formed\s+by)\s+[^,;:()]{0,100}$", re.I)
_VENTURE_IS = re.compile(r"(?:\s*[（(][^()（）]{0,30}[)）])?(?:\s+(?:is|was|has\s+been)|\s*,)\s+(?:a|an|the|their)\s+"
                         r"(?:[\w\-:]+\s+){0,3}?", re.I)
_EACH_HOLD_SHARE = re.compile(r"\s+(?:each|both|jointly)\s+(?:hold|held|own|owned|have|had)\s+(?:an?\s+)?(?:(?:about|around|roughly)\s+)?"
                              r"(?:[\d.]+\s*(?:%|percent|per\s+cent)|(?:[\w\-]+\s+){0,2}?(?:stakes?|shareholdings?|interests?)\b)")
_HOLDS_STAKE = re.compile(r"(?:\s*[（(][^()（）]{0,30}[)）])?\s+(?:now\s+|also\s+|still\s+)?(?:holds|held|owns|owned|has|had|took|takes|acquired|bought|controls)\s+"
                          r"(?:an?\s+|the\s+)?(?:(?:about|around|roughly|nearly|some|over|almost|more\s+than|a\s+further)\s+)?"
                          r"(?:[\d.]+\s*(?:%|percent|per\s+cent)|(?:[\w\-]+\s+){0,2}?(?:stake|shareholding|interest)\b|"
                          # "in which Volkswagen holds around a quarter of the shares"
                          r"(?:a\s+)?(?:quarter|third|fifth|tenth|half|two-thirds|three-quarters)\s+of\s+(?:the\s+|its\s+)?"
                          r"(?:shares|equity|stock|company)\b)"
                          # "in which Volkswagen has been the largest shareholder since 2020"
                          r"|\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+(?:now\s+|also\s+|still\s+)?(?:the|a|an)\s+"
                          r"(?:[\w\-]+\s+){0,2}?(?:shareholder|investor|stakeholder)\b"
                          # "Seyond, a start-up in which NIO has also invested"
                          r"|\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|since\s+|already\s+)?invested\b", re.I)
_CARRY_BEFORE = re.compile(r"\b(?:carry|carries|carried|carrying|(?<=will\s)get|gets|got|receives|received|"
                           r"(?:fitted|equipped|powered)\s+(?:with|by)|come\s+with|comes\s+with|"
                           r"uses?|used|using|adopts?|adopted|runs?\s+on|installed\s+with|"
                           # "Li Auto has fitted Hesai's AT128", "Mercedes-Benz has chosen Momenta's system"
                           r"(?:has|have|had)\s+(?:also\s+|now\s+|already\s+)?(?:fitted|installed|chosen|selected|picked|opted\s+for)|"
                           # "has equipped its L-series models with Hesai's AT128"
                           r"(?:fitted|fits|equipped|equips)\s+(?:its|their|the|all|most)\s+(?:[\w\-]+\s+){0,4}?(?:with|by)|"
                           r"(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:relying|counting)\s+on|"
                           r"(?:relies|rely|relied)\s+on|"
                           # "Ecopro BM has bought GEM's precursors", "BYD buys Sanhua's valves"
                           r"(?:(?:has|have|had)\s+(?:also\s+|long\s+)?)?(?:buys|bought|buying|buy|purchases|purchased|purchasing|"
                           r"procures|procured))"
                           r"\s+(?:the\s+)?$", re.I)
_ITS_GOODS = re.compile(r"\s+(?!own\b)(?:[\w\-]+\s+){0,3}?(?:batter(?:y|ies)|cells|packs|chips|lidars?|sensors|motors|"
                        r"magnets|engines|electrolytes?|separators|cathodes?|anodes?|precursors?|stacks|"
                        r"controllers|modules|valves|pumps|compressors|inverters|glass|windshields|seats|lamps|headlights|"
                        r"components|parts|products|systems)\b", re.I)
_CARRIED_THING = re.compile(r"['’]s?\s+(?:(?!(?:in|at|of|on|for|from|with|to)\s)[\w\-]+\s+){0,4}?(?:batter(?:y|ies)|cells?|"
                            r"packs?|chips?|lidars?|motors?|sensors?|systems?|software|solutions?|stacks?|suites?|precursors?|"
                            r"cathodes?|anodes?|modules|components|parts|magnets?|engines?|electrolytes?|separators?|"
                            + _MORE_PARTS + "|"
                            r"(?:driver[- ]assistance|ADAS|(?:autonomous|assisted|intelligent)[- ]driving|cockpit)\s+"
                            r"(?:systems?|software|solutions?|stacks?|suites?)|(?:navigation|navigate)[- ]\w+(?:[- ]\w+)?[- ]driving|"
                            # (a named product; not "General Motors' idle Talegaon factory")
                            r"(?:autonomous|assisted|intelligent|automated)[- ]driving|(?-i:[A-Z])[\w\-]*\b"
                            r"(?!\s+(?:factory|factories|plants?|sites?|facility|facilities|works|campus|base|headquarters|"
                            r"offices?|stakes?|shares|units?|business|operations|assets|land|port)\b))\b", re.I)
# between two customers of a part: "to Xiaomi's SU7 sedan | and to | Li Auto's L-series SUVs"
_AND_KIND_SUCH_AS = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:a\s+|an\s+|other\s+)?(?:[\w\-]+\s+){0,6}?"
                               r"(?:brands|carmakers|automakers|rivals|makers|companies|suppliers|players)\s*,?\s+"
                               r"(?:such\s+as|including|like)\s+")
_OPEN_RELATIVE = re.compile(r"\s*,\s*(?:which|who|whose)\s+[^,;:()]{0,60}")
_AND_TO_AGAIN = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Za-z0-9][\w\-]*)){0,3}?\s*,?\s+and\s+(?:also\s+)?(?:to|into|in|on)\s+(?:the\s+)?")
_POWERS_AFTER = re.compile(r"(?:['’]s?|(?<=\b[Ii]ts)|(?<=\b[Tt]heir)|(?<=['’]s)|-(?:made|built|produced|supplied))\s+(?:[\w\-]+,?\s+){0,8}?(?:batter(?:y|ies)|cells?|packs?|chips?|lidars?|sensors?|"
                           r"modules?|components|parts|products|precursors|cathodes?|anodes?|materials|systems?|assembl(?:y|ies)|boxes|"
                           r"housings|controllers?|motors?|e-axles?|inverters?|seats|glass|output|production|shipments|graphite|"
                           r"panels|sheets?|castings|trays|enclosures|frames|beams|wheels|"
                           # (parts of the car beyond the battery: "its panoramic roofs are fitted to", "the company's
                           # electronic parking brakes are also supplied to")
                           r"brakes|roofs|sunroofs|windshields|windscreens|valves|pumps|airbags|belts|lamps|headlamps|"
                           r"tyres|tires|harnesses|suspensions|dampers|absorbers|compressors|radiators|mirrors|displays|"
                           r"screens|gearboxes|transmissions|engines|axles|"
                           r"electrolytes?|separators?|foils?|hydroxide|carbonate|concentrate|magnets?|magnet\s+steel)"
                           # (an apposition between: "The company's IPU04 controller, based on the Orin chip, is used in")
                           r"(?:\s*,\s+(?:based|built|made|developed|designed)\s+[^,;.]{1,60},)?\s+"
                           r"(?:will\s+|now\s+|also\s+)?(?:power|powers|powered|(?:will\s+)?go\s+into|went\s+into|"
                           r"end(?:s|ed)?\s+up\s+in|"
                           # (not "QCraft's system is built on Horizon Robotics' chip": what it is based on)
                           r"(?:are|is|were|was|will\s+be)\s+(?:now\s+|also\s+)?(?:(?:used|fitted|installed|mounted)\s+(?:in|on|to|into)|"
                           r"built\s+(?:in|to|into))|"
                           # "the company's magnet steel is used for the drive motors of Tesla, BYD"
                           r"(?:are|is|were|was|will\s+be)\s+(?:now\s+|also\s+|mainly\s+)?used\s+for\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
                           r"(?:motors?|cars|vehicles|models|batter(?:y|ies)|packs?|cockpits?)\s+of|"
                           # "Its thermal modules are sold to Tesla"
                           # ("mainly is sold to": the adverb before the verb, as machine translation puts it)
                           r"(?:mainly\s+|mostly\s+|largely\s+)?(?:are|is|were|was|will\s+be)\s+(?:now\s+|also\s+|mainly\s+|mostly\s+)?(?:sold|delivered|shipped|"
                           r"supplied|provided)\s+to|"
                           # "its products went to Tesla, Li Auto and Seres in 2024"
                           r"(?:mainly\s+|mostly\s+|largely\s+)?(?:went|go|goes)\s+(?:mainly\s+|mostly\s+|largely\s+)?to)"
                           r"\s+(?:the\s+)?", re.I)
_USE_BEFORE = re.compile(r"\b(?:use|uses|used|using|adopts?|adopted|adopting|runs?\s+on|ran\s+on|running\s+on|"
                         # "Voyah relies on CATL batteries", "Toyota buys FinDreams-made cells"
                         r"(?:relies|rely|relied|relying)\s+on|buys|bought|buying|purchases|purchased|sources|sourced|"
                         r"carry|carries|carried|carrying|fits|(?:fitted|equipped)\s+with|powered\s+by|comes?\s+(?:standard\s+)?with)\s+"
                         r"(?:the\s+|an?\s+)?$", re.I)
_CARRIED_PLAIN = re.compile(r"(?:-(?:made|built|produced|supplied|manufactured)\b)?\s+(?:[\w\-]+\s+){0,2}?(?-i:batter(?:y|ies)|cells?|packs?|lidars?|"
                            # (lower case: "bought Volvo Cars from Ford Motor" names no motors)
                            r"chips?|chipsets?|sensors?|motors?|semiconductors?|MCUs?|microcontrollers?|DRAM|SoCs?|"
                            # parts ("BYD buys Schaeffler e-motor bearings", "Zeekr fits Yamaha sound systems")
                            r"bearings|speakers|amplifiers|microphones|(?:sound|audio|braking|steering|suspension)\s+systems|"
                            r"tyres|tires|seats|brakes|inverters|e-axles|axles|gears|reducers|airbags|displays|screens|"
                            r"cameras|radars?|compressors|harnesses|connectors|magnets|glass)\b(?!\s+(?:data|prices?|technolog\w*|"
                            r"markets?|industry|makers?|business|plants?|factor(?:y|ies)|suppl\w*|production|recycling|swap\w*|"
                            r"safety|standards?|sales|costs?|research|shares?|stocks?)\b)", re.I)
# "..., a BYD unit that": the owner inside an apposition, its noun, and the relative pronoun's gap
_OWNER_IN_APPOS_TAIL = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|arm|division|affiliate|brand|"
                                  r"business|company|firm|venture)\s+")
_PAREN_COMMA_AFTER = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,")
_UNIT_OF_APPOS = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|"
                            r"arm|division|affiliate|part|member)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?$")
_APPOS_LEAD = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?")
# a copula and the class the names before it belong to, before a relative pronoun: " are among Chinese carmakers "
# (and a possessor's shares before one: "BYD's A shares, which")
_POSS_SHARES_COMMA = re.compile(r"['’]s\s+(?:[AH][- ])?shares\s*,\s*")
_COPULA_CLASS = re.compile(r"\s+(?:are|were|is|was|remain|remains)\s+(?:(?:among|one\s+of)\s+)?(?:the\s+)?"
                           r"(?:[\w\-]+\s+){0,3}?(?:carmakers|automakers|companies|firms|makers|brands|suppliers|"
                           r"manufacturers|groups|players|producers|customers|buyers|clients)\s+")
# "the DeepWay Xingchen, is a 49-tonne tractor that runs on LFP packs": the clause describes the copula's subject
_COPULA_ONE = re.compile(r"\s*,?\s+(?:is|was|remains)\s+(?:a|an)\s+"
                         r"(?:(?!(?:of|for|with|in|to|by|from|at|on|and|or|but)\b)(?-i:[a-z0-9])[\w\-.]*,?\s+){1,5}")
_CONTRAST = re.compile(r"\b(?:while|whereas|but)\b", re.I)
# the supplier's role, then a fellow supplier ("picked FinDreams | as a second supplier for the SU7 alongside | CATL")
_ALONGSIDE_FELLOW = re.compile(r"\s+as\s+(?:a|an|the|its|another)\s+(?:[\w\-]+\s+){0,3}?(?:supplier|provider|vendor|source)\b"
                               r"[^.;:,]{0,50}?\s+alongside\s+(?:the\s+)?", re.I)
# "picked Jiangsu Xinquan to supply the instrument panel and | Ningbo Jifeng | to supply the seats": a second supplier
# with the verb gapped (what the first supplies in between, no clause break)
_GAPPED_TAP = re.compile(r"\s+to\s+(?:supply|provide|deliver|make|build)\s+[^.;:,()]{1,70}?\s+and\s+(?:the\s+)?")
_GAPPED_TAP_AFTER = re.compile(r"\s*(?:[(（][^()（）]{1,30}[)）]\s*)?to\s+(?:supply|provide|deliver|make|build)\b")
# a name that opens a coordinated clause or a described list member: "... and | BMW | will start", ", and | Toyota | , whose"
_AND_BEFORE_NAME = re.compile(r"(?:,|\band)\s+(?:the\s+)?$")
_WHOSE_AFTER = re.compile(r"\s*,\s+(?:whose|which|who)\b")
# "joint ventures of | Changan Automobile | with | Ford and Mazda"
_VENTURES_OF = re.compile(r"\bjoint[\s-]+ventures?\s+of\s+(?:the\s+)?$", re.I)
_WITH_AFTER_OWNER = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）])?\s+with\s+(?:the\s+)?")
# a fellow supplier named after the goods ("as a second supplier for the SU7 alongside CATL", "replacing CATL")
_COMPANION_BEFORE = re.compile(r"\b(?:alongside|along\s+with|joining|replacing|rather\s+than|instead\s+of)\s+(?:the\s+)?$",
                               re.I)
# parts a car is said to use, carry or get from a supplier
_PARTS = (r"batter(?:y|ies)|cells?|packs?|chips?|chipsets?|lidars?|sensors?|motors?|semiconductors?|platforms?|chassis|"
          r"microcontrollers?|MCUs?|SoCs?|processors?|DRAM|"
          + _MORE_PARTS + "|"
          # (paint-shop, factory and thermal goods: "will use e-coat from Kinlita", "welding robots supplied by Estun")
          r"paints?|coatings?|topcoats?|clearcoats?|basecoats?|primers?|e-coat|robots?|compressors?|"
          r"expansion\s+valves?|heat\s+exchangers?|cooling\s+plates?|chillers?|heat\s+pumps?|thermal\s+modules?|"
          r"(?:front-end\s+)?cooling\s+modules?|HVAC(?:\s+(?:units?|modules?|systems?))?|"
          r"air[- ]conditioning\s+(?:units?|systems?|compressors?)|"
          r"(?:electric\s+)?drive\s+units?|e-drives?|"
          r"(?:driver[- ]assistance|ADAS|(?:autonomous|assisted|intelligent)[- ]driving|cockpit|infotainment|operating)"
          r"(?:\s+(?:systems?|software|solutions?|suites?|stacks?|functions?|features?))?")
# the goods a company supplies, named as the subject of a passive ("the power battery of Sunwoda is supplied to")
_GOODS = rf"(?:power\s+)?(?:{_PARTS}|products?|materials?|cathodes?|anodes?|separators?|electrolytes?|engines?|systems?|"\
         r"stacks?|magnets?|equipment|modules?|"\
         r"lenses|boosters?|displays?|screens?|seats?|tyres|tires|castings?|harness(?:es)?|brakes|suspensions?)"
_GOODS_WORD = re.compile(rf"(?:,\s+whose|['’]s?)?\s+(?:[\w\-]+\s+){{0,2}}?{_GOODS}\b", re.I)
# "is supplied to" + customers + "by" + supplier
_SUPPLIED_TO_BEFORE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be|being)\s+(?:(?:mainly|mostly|also|largely|"
                                 r"chiefly|now|currently|primarily)\s+)?(?:(?:supplied|delivered|provided|shipped)\s+"
                                 r"(?:(?:mainly|mostly|chiefly)\s+)?to|"
                                 # ("The ship was built for Anji by China Merchants Jinling Shipyard")
                                 r"(?:built|made|produced|manufactured)\s+(?:(?:specifically|exclusively|mainly)\s+)?for)"
                                 r"\s+(?:the\s+)?$", re.I)  # (not "sold": "the plant was sold to")
# (a descriptor before the agent: "made for NIO by Beijing-based WeLion New Energy", "by chip maker Horizon Robotics")
_BY_AGENT = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?\s+by\s+(?:the\s+)?"
                       r"(?:(?:[A-Z][a-z]+-based|[a-z][\w\-]*)\s+){0,3}?")
_GOODS_OF_BEFORE = re.compile(rf"\b{_GOODS}\s+(?:of|from|made\s+by)\s+(?:the\s+)?$", re.I)
# "to its HIMA partners Seres Group, Chery and BAIC": the words between an alliance and the members named after it
_ALLIANCE_MEMBERS_AFTER = re.compile(r"\s+(?:partners|members|member\s+(?:companies|carmakers|brands))\s+"
                                    r"(?:(?:such\s+as|including)\s+)?")
# (the owner's goods named after "'s", ", whose" or "its": "Nvidia, whose Orin-X chips sit in", "its Journey 6 family")
_POSS_GOODS_GAP = re.compile(r"(?:['’]s?|,\s+whose|(?<=\b[Ii]ts))\s+(?:(?:new|latest|own)\s+)?")
_PASSIVE_SUPPLIED_TO = re.compile(rf"(?:(?:,\s+whose|['’]s?)?\s+(?:[\w\-]+\s+){{0,2}}?(?:{_GOODS}|family|range))?\s+"
                                  r"(?:(?:is|are|was|were|has\s+been|have\s+been|"
                                  r"will\s+be)\s+(?:(?:mainly|mostly|also|largely|chiefly|now|currently|primarily)\s+)?"
                                  r"(?:supplied|sold|delivered|provided|shipped)\s+(?:(?:mainly|mostly|chiefly)\s+)?to|"
                                  # "Its radars and cameras go to Li Auto", "the booster is fitted to models from Changan"
                                  r"(?:(?:mainly|mostly|also|now)\s+)?(?:go|goes|went)\s+(?:(?:mainly|mostly|chiefly)\s+)?to|"
                                  # "whose chips sit in the top versions of models from", "are used in more than 30 models
                                  # from carmakers including"
                                  r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|now|already)\s+)?(?:fitted|installed|used)|"
                                  r"sits?)\s+(?:to|in|on)\s+(?:(?:the\s+)?(?:top|high-end|premium|upper|flagship)\s+versions?\s+of\s+|"
                                  r"(?:[\w\-]+\s+){0,3}?)(?:models|cars|vehicles)\s+(?:from|by|of|sold\s+by|"
                                  r"made\s+by|built\s+by)(?:\s+(?:carmakers|automakers|brands)\s+(?:including|such\s+as))?|"
                                  # "its Journey 6 family is now in production at BYD, Li Auto"
                                  r"(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|already|also)\s+)?in\s+(?:series\s+|mass\s+|volume\s+)?"
                                  r"production\s+(?:at|with))\s+(?:the\s+)?", re.I)
# materials and bought-in goods said to come from a supplier ("its carbon black comes largely from Black Cat"; not
# mined metals, which come from mines and a miner's own operations)
_RAW_GOODS = (r"carbon\s+black|(?:natural\s+|synthetic\s+)?rubber|steel|aluminium|aluminum|copper\s+foil|precursors?|(?:cathode|anode)(?:\s+materials?)?|separators?|"
              r"electrolytes?|tyres?|tires?|glass|seats?|wheels?|brakes?|magnets?")
_CARRY_OF = re.compile(r"\b(?:carry|carries|carried|carrying|uses?|using|fits|adopts?|adopted|"
                       # ("will build its share on chassis from BYD", "mounts its sweepers on chassis from Dongfeng")
                       r"(?:build|builds|built|building|mount|mounts|mounted|mounting|ride|rides|riding)\s+"
                       # (not "have mounted their equipment on": whose, an unnamed group's, is open)
                       r"(?:(?:its|the|it)\s+(?:[\w\-]+\s+){0,2}?)?on|"
                       r"(?:fitted|equipped|powered)\s+"
                       r"(?:(?:mostly|mainly|largely|partly|chiefly|primarily)\s+)?(?:with|by)|(?:relies|rely|relied|relying)\s+on|runs?\s+on|ran\s+on|running\s+on|"
                       # "picked a solution built around the Journey 5 chip of Horizon Robotics"
                       r"picks|picked|chose|chooses|chosen|selects|selected|opted\s+for|opts\s+for|"
                       # ("the company's magnet steel is used for the drive motors of Tesla": a passive use names the user)
                       r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)used)"
                       rf"\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:(?:[\w\-]+|\d[\d.,]*\d)\s+){{0,6}}?(?:{_PARTS})\s+"
                       r"(?:of|from|made\s+by|supplied\s+by|provided\s+by|developed\s+by)\s+(?:the\s+|its\s+own\s+)?(?:both\s+)?$"
                       # "its driver-assistance system comes from Momenta", "the cells are sourced from CALB"
                       rf"|\b(?:{_PARTS}|{_RAW_GOODS})(?:\s+(?:units?|modules?|assemblies|kits?|packs?|cells?))?"
                       r"(?:\s+(?:for|of|in|on)\s+(?:the\s+|its\s+)?(?:[\w\-'’]+\s+){0,6}?[\w\-]+)?\s+"
                       r"(?:also\s+|now\s+|all\s+|will\s+(?:still\s+|also\s+)?|still\s+|(?:continues?|continued|will\s+continue)\s+to\s+|"
                       r"(?:has|have|had)\s+(?:also\s+)?)?"
                       # "come mostly from CATL", "have come largely from CALB", "are bought from CATL"
                       r"(?:comes?|came|(?:is|are|was|were|will\s+be|be|been)\s+(?:sourced|bought|purchased|procured))\s+"
                       r"(?:(?:mostly|mainly|largely|partly|chiefly|primarily|entirely|exclusively|solely|in\s+part)\s+)?from\s+"
                       # "come from its wholly-owned subsidiary FinDreams": the unit named after the word
                       r"(?:the\s+|(?:its|their)\s+(?:own\s+)?(?:wholly[- ]owned\s+|in-house\s+|battery\s+)?"
                       r"(?:subsidiary|unit|arm|affiliate|sister\s+company)\s+)?(?:both\s+)?$"
                       # translated: "EZ-6 battery by Ningde Times supply" (with the verb after the name)
                       rf"|(?P<mt>\b(?:{_PARTS}|(?:intelligent|smart)\s+driving)\s+by\s+$)"
                       # "uses cells from CATL", "gets a 100 kWh ternary pack from CATL" (a verb of use before: _GOODS_VERB)
                       rf"|(?P<mtf>\b(?:{_PARTS})\s+from\s+(?:the\s+)?$)", re.I)
# a verb of use, purchase or fitting before goods "from" a supplier ("the Mini EV uses cells from CATL")
_GOODS_VERB = re.compile(r"\b(?:uses?|used|using|buys?|bought|buying|sources?|sourced|sourcing|gets?|got|carr(?:y|ies|ied|ying)|"
                         r"fits|fitting|fitted|filled\s+with|equipped\s+with|with|around|offers?|contracts?\s+for|"
                         r"(?:is|are)\s+an?)\b", re.I)
# after the names a company serves: the people it serves are a carmaker's buyers, not the carmaker
_SERVED_PEOPLE = re.compile(r"(?:['’]s?)?\s+(?:buyers|customers|drivers|owners|users|consumers|passengers|riders|"
                            r"fleets?|dealers|markets?)\b", re.I)
# between a supplier and its customer in a translated "A for B supply ..." (a code in parentheses, an adverb or "will"
# before "for"), and after the customer: its goods and the verb
_MT_FOR = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,?\s*(?:(?:will|also|already|mainly|main|currently|has|have|can|"
                     r"then|domestic|overseas|first\s+half|first\s+time|at\s+same\s+time|in\s+\d{4})\s+)*(?:for|to)\s+")
_MT_FOR_SUPPLY = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?\s+(?:[\w\-]+\s+){0,5}?(?:(?:mass|batch|stably|exclusively)\s+)?"
                            r"(?:supply|supplies|provide|provides)\b(?![\s\-]+(?:chains?|deals?|agreements?|contracts?|"
                            r"shortages?|side|base|bottlenecks?|risks?|security|networks?|of|for|to)\b)", re.I)
# after the supplier of a translated "<part> by X" (and the rest of its parenthesis): its verb ("battery by Ningde Times
# supply")
_MT_SUPPLY_AFTER = re.compile(r"(?:\s*[（(]?[^()（）]{0,40}[)）])?\s*(?:supply|supplies|provide|provides|offer|offers)\b", re.I)
# the first cell of a specification table's row that names a part and its supplier
_PART_LABEL = re.compile(r"(?:(?:power\s+|traction\s+)?batter(?:y|ies)|cells?|lidars?|adas|(?:autonomous|assisted|intelligent|smart)[- ]"
                         r"driving|driver[- ]assistance|cockpit|smart\s+cockpit|infotainment|chips?|socs?|processors?|"
                         r"(?:e-|electric\s+|drive\s+)?motors?|electric\s+drive|powertrain|thermal\s+management|brakes?|braking|"
                         r"steering|suspension|cameras?|radars?|sensors?|displays?|screens?|tyres?|tires?|seats?|glass)"
                         r"(?:\s+(?:chips?|socs?|packs?|cells?|systems?|units?|modules?|platforms?|sensors?|makers?|suppliers?|"
                         r"providers?|vendors?|brand|source))*\s*:?", re.I)
# "Luxeed is part of [Huawei's] HIMA", "Lynk & Co, now part of Zeekr Group", "Lynk & Co was merged into Zeekr"
# ("Magna Steyr, which is part of Canada's Magna International": a relative clause's copula)
_PART_OF = re.compile(r"(?:\s+(?:brand|unit|company|marque))?(?:\s*[（(][^()（）]{0,40}[)）]|[)）])?\s*(?:(?P<appos>,)\s*(?:(?:which|that)\s+(?:is|was|has\s+been)\s+)?(?:now\s+|also\s+)?|\s+(?:is|are|was|were|has\s+been|have\s+been|became|becomes)\s+"
                      r"(?:now\s+|also\s+|already\s+)?)(?:part\s+of|merged\s+into)\s+(?:the\s+)?"
                      # ("part of state-owned COSCO Shipping")
                      r"(?:(?:state-owned|state-run|(?-i:[A-Z])[a-z]+-based)\s+)?", re.I)
_PART_OF_POSS = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,2}?")
_ALLIANCE_INCLUDES = re.compile(r"\s*(?:alliance|network|family)?\s*(?:,\s*)?(?:now\s+|also\s+)?(?:includes|included|"
                                r"comprises|comprised|brings\s+together|consists\s+of|covers|spans)\s+(?:the\s+)?", re.I)
_ARE_THE = re.compile(r"\s+(?:are|were)\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?", re.I)
_BRANDS_AFTER_ALLIANCE = re.compile(r"\s+(?:brands|marques|members|partners)\b", re.I)
# "supplies the braking system for the" + a product
_FOR_PRODUCT_GAP = re.compile(r"(\s+(?:[\w\-()]+\s+){0,6}?(?:to|for|in))?\s+(?:the\s+|its\s+|their\s+)?(?:new\s+|latest\s+)?")
# "the lidar on the" + a product (+ "is made by X")
# parts that only a car has: a supplier providing one, in an article about one maker's car, supplies that maker
_CAR_PARTS = (r"windshields?|windscreens?|(?:panoramic|glass|fixed)\s+(?:glass\s+)?(?:roofs?|sunroofs?)|sunroofs?|"
              r"seats?|seating|chassis|suspensions?|lidars?|headlights?|headlamps?|tail\s?lights?|heat[- ]pumps?|"
              r"thermal[- ]management\s+(?:systems?|modules?)|e-axles?|electric\s+drive\s+(?:units?|systems?)|inverters?|"
              r"braking\s+systems?|brakes|steering\s+(?:systems?|gears?|columns?)|airbags?|tyres|tires|"
              r"(?:die-)?castings?|wiring\s+harness(?:es)?|control\s+arms|domain\s+controllers?|"
              r"(?:driver[- ]assistance|ADAS|(?:autonomous|assisted|intelligent)[- ]driving|cockpit|infotainment)\s+"
              r"(?:systems?|software|chips?|solutions?|suites?|stacks?|controllers?)")
_PART_OF_BEFORE = re.compile(rf"\b(?:{_PARTS}|{_CAR_PARTS})\s+(?:on|of|in|for|inside|used\s+in|fitted\s+to)\s+(?:the\s+|its\s+)?$", re.I)
# "the Pro version", "the sedan", "all trims": the car an article is about
_VEHICLE_REF = re.compile(r"\b(?:the|its|this|each|every|both|all|higher|lower|entry|base|top)\s+(?:[\w\-]+\s+){0,3}?(?:cars?|sedans?|SUVs?|"
                          r"MPVs?|hatchbacks?|coupes?|models?|versions?|trims?|variants?|vehicles?|editions?)\b", re.I)
_PART_WORD = re.compile(rf"\b(?:{_PARTS})\b", re.I)
_CAR_PART = re.compile(rf"\b(?:{_CAR_PARTS})\b", re.I)
# the noun a passive after it describes: a part ("an LFP battery made by"), or cars in a phrase of their own ("in cars
# made by")
_PART_BEFORE_PASSIVE = re.compile(rf"\b(?:{_PARTS})\s+$|\s(?:in|on|into|for|with|to|at)\s+(?:[\w\-]+\s+){{0,2}}?"
                                  r"(?:cars|vehicles|models|SUVs|sedans|vans|trucks|buses)\s+$", re.I)
_NAME_POSS = re.compile(r"\b(?-i:[A-Z])[\w\-'’]*['’]s?\s")
# "Fuyao Glass provides the windshield": a supplier providing a definite part (the car's), no customer named
_PROVIDED_BY_BEFORE = re.compile(r"\b(?:is|are|was|were|will\s+be)\s+(?:also\s+|all\s+|both\s+|mainly\s+)?"
                                 r"(?:provided|supplied|delivered|sourced)\s+(?:by|from)\s+(?:the\s+)?$", re.I)
_PROVIDES_THE = re.compile(r"\s+(?:also\s+|now\s+|still\s+)?(?:supplies|supplied|provides|provided|delivers|delivered)\s+the\s+", re.I)
# "The lidar is Hesai's AT128", "the cells are CATL's": the part's maker, named as its possessor after a copula
_PART_IS_POSS = re.compile(rf"\b(?:the|its|their)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_PARTS}|windshields?|seats?|chassis|"
                           r"heat[- ]pumps?|e-axles?|inverters?)\s+(?:on\s+(?:the\s+|each\s+|every\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+)?"
                           r"(?:is|are|was|were)\s+(?:also\s+|both\s+|all\s+)?$", re.I)
_MADE_BY_BEFORE = re.compile(r"\b(?:made|produced|manufactured|supplied|built)\s+by\s+$"
                             # "head-up displays from Foryou are fitted to models of Changan"
                             rf"|\b(?:{_PARTS}|displays|screens|components|parts|modules|systems|airbags|seats|brakes|tyres|tires|lamps|"
                             r"headlamps|glass|e-axles|inverters|controllers|harnesses)\s+from\s+$", re.I)
_GO_INTO = re.compile(r"\s+(?:will\s+|now\s+|also\s+)?(?:go|goes|went|are\s+fitted|is\s+fitted|are\s+installed|is\s+installed)"
                      r"\s+(?:in|into|to|on)\s+(?:the\s+)?(?:(?:[\w\-]+\s+){1,3}of\s+(?:the\s+)?)?", re.I)
# a maker's base-form verb right after its name ("Hua Hong will also make AURIX chips for Infineon")
_BASE_VERBS = frozenset(("make", "produce", "manufacture", "build", "design", "start", "begin"))
_BASE_VERB_GAP = re.compile(r"(?:['’]s?(?:\s+(?:new\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){0,2}(?:plant|factory|gigafactory|site|facility|base)"
                            r"(?:\s+in\s+(?-i:[A-Z])[\w\-]*)?)?)?\s+(?:will|would|could|can|is\s+to|are\s+to|is\s+set\s+to|(?:plans?|agreed|aims?)\s+to)"
                            r"(?:\s+(?:also|now|soon|initially|then))?\s+", re.I)
_FOR_THE = re.compile(r"\s+(?:the\s+)?|\s+(?:[\w\-]+\s+){0,2}?(?:carmakers|automakers|makers|manufacturers|customers|"
                      r"clients|brands)\s+(?:including|such\s+as|like)\s+")
_NEW_CLAUSE = re.compile(_CLAUSE_LINK + r"(?-i:[A-Z])", re.I)
# a verb phrase coordinated with the clause's first one ("... and will make cells for BMW") and that clause's subject
# right before its verb ("AESC | supplies Nissan ...")
_AND_MODAL_BEFORE = re.compile(r"\band\s+(?:will|would|is\s+(?:set\s+)?to|(?:plans?|agreed|aims?)\s+to)"
                               r"(?:\s+(?:also|now|soon|initially|then))?\s+$", re.I)
_CLAUSE_SUBJECT_VERB = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?\s+(?:(?:already|also|now|currently)\s+)?"
                                  r"(?-i:[a-z])[a-z]+(?:s|ed)\b(?<!\bis)(?<!\bwas)(?<!\bhas)")
# a name inside an apposition that closes before the verb: ", a long-standing | Tesla | supplier, runs"
# after a holding's object, the others who took part: " in 2021 with Hillhouse and Meituan", ", alongside NIO Capital"
_CO_INVESTORS = re.compile(r"(?:\s*,\s+(?:a|an|the)\s+[^,;()]{1,70}?(?=,))?(?:\s+in\s+(?:early\s+|late\s+|mid-)?\d{4})?"
                           r"\s*,?\s+(?:together\s+with|along\s+with|alongside|with)\s+"
                           # ("with existing backer Legend Capital also taking part")
                           r"(?:the\s+)?(?:(?:(?:fellow|other|existing|earlier|returning|co-)\s*)?(?:investors?|backers?|"
                           r"shareholders?)\s+(?:including\s+|such\s+as\s+)?)?", re.I)
_LED_BY = re.compile(r"\b(?:led|co-led|joined)\s+by$")
# an owner's adjective and the noun after it, before the name it describes ("CATL|-backed fund |Puquan Capital")
_OWNER_ADJ_NOUN = re.compile(r"-(?:backed|owned|controlled)\s+(?:[a-z][\w\-]*\s+){0,3}")
_POSS_BEFORE_TECH = re.compile(r"(?:(?:its|their|Its|Their)|[^\s]+(?:\s+[^\s]+){0,4}['’]s)\s+")
_TECH_UNIT_NAME = re.compile(r"\s+(?:unit|arm|subsidiary|division|affiliate|business|venture|company|firm|platform)\s+|"
                             # "Its HUD customers include Huawei": the technology says which customers
                             r"\s+(?:customers|clients|buyers)\s+(?:include|includes|included|are|were)\s+(?:the\s+)?")
# ("buys cells mainly from CATL (300750.SZ), the world's largest battery maker, and from EVE Energy": the preposition
# again)
_APPOS_AND_NEXT = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s+(?:the|a|an)\s+[^,;:()]{1,70},\s+"
                             r"(?:and|as\s+well\s+as)\s+(?:(?:from|by)\s+)?(?:the\s+)?")
# ("the battery-swapping arm of Chinese electric carmaker NIO": the owner's kind before its name)
_TECH_UNIT_OF = re.compile(r"\s+(?:unit|arm|subsidiary|division|affiliate|business)\s+of\s+(?:the\s+)?"
                           r"(?:(?:[\w\-]+\s+){0,3}?(?:carmaker|automaker|maker|group|company|firm|giant|start-?up)\s+)?")
_IN_APPOS_OPEN = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}$")
_IN_APPOS_CLOSE = re.compile(r"(?:['’]s)?(?:\s+[\w\-]+){0,3},\s+(?:[\w\-]+\s+){0,4}?(?:runs?|operates?|uses?|bought|buys|purchased|"
                          r"sources?|sourced|is|was|has|had|gets?|got|takes?|took)\s+(?:[^;]{0,80})$")
_IN_APPOS_HEAD_GAP = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}")
# the goods a part goes into, right before "supplied by" ("chips go into control units supplied by Bosch")
_INTO_GOODS_BEFORE = re.compile(r"\b(?:go|goes|went|gone|going|built|fitted|installed|used)\s+(?:in|into)\s+(?:the\s+)?"
                                r"(?:[\w\-]+\s+){0,3}?(?:modules|units|systems|components|parts|controllers|ECUs|electronics)\s+$",
                                re.I)
_BRANDED = re.compile(r"-(?:branded|badged)\b", re.I)
# A maker's verb before a brand's cars ("Great Wall Motor builds Haval SUVs"); not "assembles": a company that
# assembles a brand's cars need not own it ("Chery assembles Luxeed cars")
_MAKES_THE = re.compile(r"\b(?:builds|built|makes|made|produces|produced|manufactures|manufactured)"
                        r"\s+(?:the\s+)?$")
_BRAND_CARS = re.compile(r"\s+(?:[\w\-]+\s+)?(?:models|cars|vehicles|SUVs|sedans|EVs|line-?up|range)\b")
# "CATL, whose batteries go into cars made by Tesla", "Ganfeng, whose long-term buyers of lithium hydroxide include Tesla",
# "Huayou, whose precursor plants feed cathode makers including LG Chem": the company supplies the ones named
_WHOSE_SUPPLY = re.compile(
    rf"(?:,?\s*(?:Inc|Ltd|Co|Corp|LLC|plc|AG|SE|N\.V|Limited)\b\.?){{0,2}}{_WHOSE_LEAD}(?:(?:[\w\-]+\s+){{0,3}}?(?:buyers|offtakers|off-takers|"
    r"purchasers|users)(?:\s+of\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?\s+(?:include|includes|included|are|were)"
    # ("whose electronic parking brakes and brake-by-wire systems go into Chery and Geely vehicles")
    rf"|(?:[\w\-]+\s+){{0,6}}?(?:{_PARTS}|products?|materials?|plants?|factories|processors?|components|parts|cathodes?|anodes?|"
    r"precursors?|separators?|electrolytes?|systems|modules|brakes|windshields|glass|seats|tyres|tires|airbags|"
    r"controllers)\s+(?:also\s+|now\s+)?(?:go|goes|went|end\s+up|ends\s+up|feed|feeds|fed|supply|"
    r"power|powers|(?:are|is)\s+(?:used|fitted|installed|found))(?:\s+(?:in|into|by|inside))?"
    r"(?:\s+(?:[\w\-]+\s+){0,3}?(?:made\s+by|built\s+by|from|of|including|such\s+as|like))?"
    # "whose battery-grade lithium hydroxide has been sold to Tesla"
    r"|(?!(?:[\w\-]+\s+){0,4}?(?:shares|stakes?|equity|units?|business(?:es)?|assets|subsidiar\w+|plants?|brands?)\b)"
    r"(?:[\w\-]+\s+){0,4}?(?:has\s+been|have\s+been|is|are|was|were)\s+(?:(?:also|mainly|already|now|largely|mostly|chiefly)\s+)?(?:sold|shipped|delivered)\s+to"
    # "whose anode and coated-separator businesses depend heavily on orders from CATL"
    r"|(?:[\w\-]+\s+){0,5}?(?:depend|depends|depended|rely|relies|relied)\s+(?:heavily\s+|largely\s+|mainly\s+|mostly\s+)?"
    r"on\s+(?:orders|demand|purchases|sales)\s+(?:from|to))\s+(?:the\s+)?", re.I)
# What a part, chip or product does in the cars it goes into, and the cars' makers after it: "its Snapdragon 8295 powers the
# infotainment in the Xiaomi SU7", "processors that are fitted in cars from Li Auto", "the Dragon Eagle One, which sits
# inside several Geely models"
_GOES_INTO = re.compile(
    r"\b(?:also\s+|now\s+|already\s+|will\s+)?"
    r"(?:(?:powers|powered|power|handles|handled|handle|runs|ran|run|controls|controlled)\s+(?:the\s+|its\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:in|on|inside|for)"
    r"|(?:sits|sit|sat|goes|go|went|ends\s+up|end\s+up|ended\s+up)\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?"
    r"(?:inside|in|into)"
    # "the system will initially go to models from Chery"
    r"|(?:goes|go|went)\s+(?:(?:initially|first|mainly|mostly|largely)\s+)?to\s+(?:(?:the|several|many|some|most|all)\s+)?"
    r"(?:[\w\-]+\s+)?(?:cars?|vehicles?|models?|EVs?)\s+(?:from|made\s+by|built\s+by)"
    r"|(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:now\s+|also\s+|already\s+|widely\s+)?"
    r"(?:fitted|installed|used|found|mounted|deployed|loaded)\s+(?:in|on|inside|into|across))"
    r"\s+(?:(?:the|a|an|several|many|some|most|all|both|various|dozens\s+of|more\s+than\s+\d+)\s+)?"
    r"(?:(?:[\w\-]+\s+)?(?:cars?|vehicles?|models?|EVs?)\s+(?:from|made\s+by|built\s+by|of|by)\s+(?:the\s+)?)?", re.I)
# one of these is in every _GOES_INTO match
_GOES_WORDS = ("power", "handle", "run", "ran", "control", "sit", "sat", "go", "went", "end", "fitted", "installed", "used",
               "found", "mounted", "deployed", "loaded")
_REL_BEFORE = re.compile(r"\s*,?\s*(?:that|which)\s+$", re.I)
# the active verbs of _GOES_INTO ("Momenta's system runs on Nvidia's chip": the goods are the other's)
_RUNS_ON = re.compile(r"(?:also\s+|now\s+|already\s+|will\s+)?(?:power|handle|run|ran|control)", re.I)
# a company's goods before such a verb: "Momenta's city navigation software", "its M-platform sensors"
_POSS_PARTS = re.compile(rf"(?:['’]s?)?\s+(?:[\w\-]+\s+){{0,4}}?(?:{_PARTS}|{_CAR_PARTS}|software|systems?|solutions?|"
                         r"processors?|modules?|components|parts|stacks?|powertrains?|drivetrains?|e-drives?|drive\s+units?)",
                         re.I)
_SPACE_BEFORE = re.compile(r"\s+$")
# the parts named before "that are fitted in": "makes the Journey family of processors"
_PARTS_BEFORE = re.compile(rf"\b(?:makes|made|produces|produced|builds|built|designs|designed|supplies|supplied|develops|"
                           rf"developed|sells|sold)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){{0,4}}?(?:{_PARTS}|processors?|"
                           r"chipsets?)$", re.I)
_HEAD_GAP = re.compile(r"\s*(?:[（(][^()（）]{0,40}[)）]\s*)?(?:(?:chips?|chipsets?|processors?|batter(?:y|ies)|cells?|packs?|"
                       r"systems?|platforms?|series|family|software|lidars?|sensors?|SoCs?)\b)?", re.I)
_TECH_AFTER = re.compile(r"[)）]?\s*(?:[（(][^()（）]{0,40}[)）]\s*)?(?:technolog(?:y|ies)|tech|design|architecture|concept)\b", re.I)
_CUSTOMER_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:(?:several|many|some|other|most|all|the|its|their)\s+)*")
# a component a customer is said to fit or use: "Xiaomi fitted Thor in the YU7", "the SU7 is powered by the Qilin battery"
_FITS_BEFORE = re.compile(r"\b(?:use|uses|used|using|carries|carried|(?:fitted|equipped)\s+with|powered\s+by|"
                          r"comes?\s+(?:standard\s+)?with|fitted|installed|integrated|integrates|deployed|deploys|"
                          # ("Xiaomi also sources two Nvidia Drive Orin chips")
                          r"buys|bought|sources|sourced|purchases|purchased|procures|procured)\s+"
                          # ("comes standard with a roof-mounted lidar and an Nvidia Thor chip")
                          r"(?:(?:the|an?)\s+(?:[\w\-]+\s+){1,3}?and\s+)?(?:the\s+|an?\s+)?"
                          r"(?:(?:two|three|four|dual|twin|\d+)\s+)?$", re.I)
_BRANDED_VERB = re.compile(r"^[^;:]{0,40}?\b(?:builds|built|makes|made|produces|produced|manufactures|manufactured|sells|sold|"
                           r"assembles|assembled|launched|launches|delivered|delivers|rolled\s+out|rolls\s+out)\s+(?:its\s+|the\s+)?(?:(?:about|over|more\s+than|nearly)\s+)?(?:[\d][\d,.]*\s+(?:million\s+)?)?$",
                           re.I)
# between a named technology and "(also) used by/in": a copula, or an apposition naming its kind
_TECH_USED_GAP = re.compile(r"(?:\s+(?:system|platform|architecture|technology|software|suite|solution))?"
                            r"\s+(?:is|are|was|were|has\s+been|have\s+been|being|"
                            r"(?:will|would)\s+(?:(?:first|also|now)\s+)?be)\s+|"
                            r",\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?(?:platform|architecture|system|technology|battery|"
                            r"cell|chip|motor|drive|engine|software|stack)\s+")
# "its MindGPT model, which": a model's noun between its name and a relative pronoun
_KIND_NOUN_COMMA = re.compile(r"\s+(?:large\s+|language\s+|AI\s+|foundation\s+)?(?:models?|software)\s*,\s*")
# a car's kind after its name: "Its AITO M9 large SUV, which runs", "the Zeekr 9X plug-in hybrid SUV, which"
_CAR_KIND_COMMA = re.compile(r"\s+(?:(?-i:[a-z])[\w\-]*\s+){0,3}?(?:SUVs?|sedans?|MPVs?|hatchbacks?|coupes?|pickups?|minivans?|"
                             r"crossovers?|estates?|wagons?|roadsters?|supercars?)\s*,\s*")
# between a named technology and "powers": its kind's noun, a relative pronoun
_TECH_POWERS_GAP = re.compile(r"(?:\s+(?:models?|system|software|platform|architecture|technology|stack|chips?))?"
                              r"(?:\s*,\s*(?:which|that)\s+|\s+(?:which|that)\s+|\s+)")
# between "used by" and the user's name
_USER_GAP = re.compile(r"\s+(?:the\s+|its\s+|their\s+|both\s+|carmakers?\s+|automakers?\s+|models?\s+)?")
# (not the colon of a ticker: "BYD (HKG: 1211) supplies ...")
# (not the ";" between two codes in parentheses: "Great Wall Motor (601633.SH; 2333.HK) buys")
# (not the colon of a ticker in a list of them: "(HKG: 1211; SHE: 002594)")
_CLAUSE_BREAK = re.compile(r";(?![^;()（）]{0,40}[)）])|\s[—–]\s|"
                           r":\s(?![A-Z0-9.]{1,12}\s*[)）])(?!\d[\dA-Z.]{0,9}\s*[;,])")


@dataclass(frozen=True, slots=True)
class _Gap:
    """What the adjacency rules read from the text between two neighbouring mentions (a function of that text alone).

    ``nouns``: the relational-noun patterns may apply (no hedge, no negation); ``noun_pre``: "A, | A is [the] ..." before
    B, with whether the copula is plural (None: no match); ``noun_of``: (relation of the noun, plural copula) of
    "A is the N of"; ``noun_list``: relation of the noun of "B's Ns are" (None: no match or no relational noun);
    ``owned``: "owned", "controlled" or "backed" of "-owned"; the matching apposition rules; ``possessive``: the gap
    fits a possessive; ``in_development``: it names an unreleased product.
    """

    nouns: bool
    noun_pre: bool | None
    noun_of: tuple[str | None, bool] | None
    noun_list: str | None
    owned: str | None
    appos_fwd: tuple[tuple[str, str], ...]
    appos_rev: tuple[tuple[str, str], ...]
    possessive: bool
    in_development: bool


_GAPS: dict[str, _Gap] = {}


def _plural_copula(m: re.Match) -> bool:
    cop = (m.group("cop") or "").lower()
    return cop.startswith(("are", "were", "have", "remain ", "become ")) or cop in ("remain", "become")


def _plural_appos(m: re.Match) -> bool:
    """"Bosch, ZF and Continental, the main buyers of Nexperia parts": a plural noun in apposition describes the
    whole list before it."""
    if m.group("cop") or not m.group(0).lstrip().startswith(","):
        return False
    return m.string[m.end("noun"):m.end("noun") + 1] == "s" or m.group("noun").lower().endswith("ie")


_DROPPED_POSS = re.compile(r"[)）]?" + _DROPPED_POSS_TAIL)


# before "company" in a relation noun: the owner's possessive (and the words after it), or the owner's name right before
# ("a Toyota group company": the owner's group)
_OWNER_COMPANY_LEAD = re.compile(r"['’]s?\s.*|\s+(?:group\s+)?", re.S)
_HOLDING_COMPANY_WORD = re.compile(r"participat|invested|associate|portfolio|stake", re.I)


def _noun_pred(m: re.Match) -> str | None:
    """The predicate of the relation noun matched by ``m``: a partner for goods ("its battery partner SVOLT", "one of
    its cell partners") is a supplier."""
    noun = " ".join(m.group("noun").lower().split())
    if noun.startswith("studio") or noun.endswith(("centre", "center", "centres", "centers")):
        # a studio "of" an owner, not "a design studio for Chery" (one it works for)
        return "SUBSIDIARY_OF" if re.match(r"s?\s+of\b", m.string[m.end("noun"):m.end()]) or \
            "'" in m.string[m.start():m.start("noun")] or "’" in m.string[m.start():m.start("noun")] else None
    if noun == "partner" and _SUPPLY_PARTNER.search(m.string, max(0, m.start("noun") - 24), m.start("noun")):
        return "SUPPLIES"
    if noun == "company":
        lead = m.string[m.start():m.start("noun")]
        if not _OWNER_COMPANY_LEAD.fullmatch(lead):
            # only an owner's ("Geely's aviation company", "a JSW Group company"), not "a Shanghai Stock Exchange listed
            # company", "a Beijing-based company spun out of"
            return None
        if _HOLDING_COMPANY_WORD.search(lead):
            return "rev:INVESTS_IN"  # "its equity participation company BYD Auto Finance": a holding, not a subsidiary
    return _REL_NOUN.get(noun)


def _gap(between: str) -> _Gap:
    """The :class:`_Gap` of ``between``; cached per text."""
    nouns = not (_HEDGE.search(between) or _NEGATION.search(between))
    noun_pre = noun_of = noun_list = None
    if nouns:  # "X is not a supplier to Y", "X is reportedly a shareholder of Y"
        m = _NOUN_PRE.match(between)
        if m:
            noun_pre = _plural_copula(m)
        m = _NOUN_OF.match(between) or _BUYER_OF_FROM.match(between)
        if m:
            noun_of = (_noun_pred(m), _plural_copula(m) or _plural_appos(m))
        m = _NOUN_LIST.match(between)
        if m and (between[0] in "'’" or _SAYS_LIST.match(between) or between.lstrip()[:1] in ("(", "（", ",") or
                  _DROPPED_POSS.match(between)):
            noun_list = _noun_pred(m)
    om = _OWNED_ADJ.fullmatch(between)
    gap = _Gap(nouns, noun_pre, noun_of, noun_list, om.group(1).lower() if om else None,
               tuple((name, pred) for name, pred, rx in _APPOS_FWD if rx.match(between)),
               tuple((name, pred) for name, pred, rx in _APPOS_REV if rx.match(between)),
               _POSSESSIVE.match(between) is not None, _IN_DEVELOPMENT.search(between) is not None)
    if len(_GAPS) > 100_000:
        _GAPS.clear()
    _GAPS[between] = gap
    return gap


def _range_rest(text: str, items: list, last) -> list:
    """The names after "to" of a range whose first names end with ``last`` ("range from Tesla and BMW | to Li Auto and
    Xiaomi"): the named list that follows right after "to", else none."""
    to = next((y for y in items if y.start > last.end), None)
    if to is None or to.ref or not _RANGE_TO.fullmatch(text, last.end, to.start):
        return []
    return [y for y in items if y.group == to.group and not y.ref and y.start >= to.start]


_NAME_WORD_SEP = re.compile(r"[\s\-]+")


def _name_words(name: str) -> list[str]:
    """The words of a name, lower-cased and split at spaces and hyphens ("weichai", "ballard", "hy", "energy")."""
    return _NAME_WORD_SEP.split(name.lower())


def _first_word(name: str) -> str:
    """The first word of a name, lower-cased ("weichai" of "Weichai-Ballard Hy-Energy")."""
    return _NAME_WORD_SEP.split(name.lower(), maxsplit=1)[0]


def _possessor(text: str, a: _Item) -> bool:
    """Whether mention ``a`` is a possessor: "its", "their", "the company's", "Xiaomi's", "Siemens'"."""
    return a.ref and (text[a.start:a.end].lower() in ("its", "their") or text[a.end - 2:a.end] in ("'s", "’s")) \
        or text[a.end:a.end + 2] in ("'s", "’s") \
        or (text[a.end:a.end + 1] in ("'", "’") and text[a.end - 1:a.end] == "s")


def _possessor_before(text: str, items: list[_Item], i: int) -> bool:
    """Whether a possessor ("NIO's", "its") stands within a few words before ``items[i]`` (its own rule reads it)."""
    return any(0 <= items[i].start - y.end <= 50 and _possessor(text, y) for y in items[max(0, i - 2):i])


def _possessed_company(text: str, owner: _Item, nxt: _Item) -> bool:
    """Whether ``nxt`` is a company named right after ``owner``'s possessive ("Volkswagen's Traton"): where a phrase
    says "owned by Volkswagen's Traton", the possessed company is the owner meant."""
    return text[owner.end:owner.end + 1] in ("'", "’") and not nxt.ref and nxt.start - owner.end <= 3 and \
        "Company" in nxt.isa


def _brand_rival(a, b, owners: dict[str, frozenset[str]]) -> bool:
    """Whether brand or company ``a`` can be a rival of ``b`` where one of them is a brand: not a brand against a
    product (a car's rival is another car), not a brand against its own owner or unit ("NIO" and "Onvo"; sister
    brands do compete), and not a brand against a name that begins with it ("MG" and "MG Cyberster")."""
    if "Product" in a.isa or "Product" in b.isa:
        return False
    if b.name.startswith(a.name + " ") or a.name.startswith(b.name + " "):
        return False
    return a.id not in owners.get(b.id, ()) and b.id not in owners.get(a.id, ())


def _ref_only_products(found, records, sentences) -> frozenset[tuple[int, str]]:
    """(sentence index, product id) of each product a sentence only refers to ("The car ..."), never names."""
    refs = [r for r in found.refs if "Product" in records[r.entity_id].isa]
    if not refs:
        return frozenset()
    sstarts = [s for s, _ in sentences]
    named = {(bisect.bisect_right(sstarts, m.start) - 1, m.entity_id) for m in found.mentions
             if "Product" in records[m.entity_id].isa}
    return frozenset(k for r in refs if (k := (bisect.bisect_right(sstarts, r.start) - 1, r.entity_id)) not in named)


# between a car referred to and "made by": "The vehicle is built by", "The car will also be made by"
_REF_MADE_BY_GAP = re.compile(r"\s+(?:(?:is|are|was|were|will|be|been|has|have|had|being|also|now|still|currently|already|"
                          r"mainly|mostly|largely|entirely|to)\s+){1,4}")
# between an operator and its verb: "SF Express (SZSE: 002352) will deploy", "Kargobot has also ordered"
_FLEET_GAP = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?(?:,\s+(?:a|an|the)\s+[^,;()]{1,60},)?\s+(?:(?:will|would|has|have|had|is|are|was|were|also|now|already|still|"
                        r"currently|plans?\s+to|planned\s+to|aims?\s+to|to|then|recently|itself)\s+){0,4}")
_START_REF = attrgetter("start", "ref")  # mentions in text order, a name before a reference at the same offset
_CONF = {"fwd": 0.75, "rev": 0.75, "meet": 0.8, "policy": 0.75, "group": 0.75, "between": 0.8}


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    eid: str
    isa: frozenset[str]
    ref: bool
    group: int = -1


def _fits(isa: frozenset[str], allowed: frozenset[str]) -> bool:
    """Whether an entity of classes ``isa`` has one of the ``allowed`` classes (values of a spec's domain or range)."""
    return not allowed.isdisjoint(isa)


@dataclass(frozen=True, slots=True)
class _Spec:
    """What the rules need of a relation type: domain and range values, business relation, symmetry."""

    domain: frozenset[str]
    range: frozenset[str]
    business: bool
    symmetric: bool


_SPECS: dict[str, _Spec] = {}


def _spec(pred: str) -> _Spec:
    sp = _SPECS.get(pred)
    if sp is None:
        spec = RELATIONS[Rel(pred)]
        sp = _SPECS[pred] = _Spec(frozenset(k.value for k in spec.domain), frozenset(k.value for k in spec.range),
                                  pred in _BUSINESS, pred in SYMMETRIC)
    return sp


# a contract "with" a company "to" do work for it: "a contract with Chery Automobile to develop the body-in-white",
# "a five-year agreement with Siemens Digital Industries Software, the software business of Siemens, to move ..."
_DEAL_WITH = re.compile(r"\b(?:agreements?|contracts?|deals?)\s+with\b", re.I)
# (work done together is a partnership: "a cooperation agreement with NIO to develop", "to develop cockpits together")
_COOPERATION_WORD = re.compile(r"\b(?:cooperat|collaborat|strategic|partnership|together|jointly|joint)", re.I)
_SERVICE_TO = re.compile(rf"{CLAUSE_CHAR_NO_COLON}{{0,90}}?\bto\s+(?:help\s+)?(?:{_SERVICE_VERBS}|move|migrate)\b", re.I)
# a deal whose words make it a partnership whatever follows
_COOPERATION_DEAL = re.compile(r"cooperat|collaborat|partnership|strategic|alliance|memorand|\bMoU", re.I)
# (a "battery partnership" may be a joint development: only a deal for goods is a supply)
_SUPPLY_DEAL = re.compile(r"\b(?:(?:supply|supplies|procurement|purchase|purchasing|offtake|off-take|sourcing)\s+(?:framework\s+)?"
                          r"(?:agreement|deal|contract|pact|mou|memorand|partnership|arrangement)|"
                          rf"{_DEAL_GOODS}\s+(?:framework\s+|long-term\s+|purchase\s+)?(?:agreement|deal|contract|pact|mou|memorand)|"
                          rf"{_POWER_DEAL})", re.I)


_OWN_PASSIVE_SUBJECT = re.compile(r"[,;]\s*(?:(?:and|while|but|whereas)\s+)?(?:the|a|an|this|these|those)\s+(?:[\w\-]+\s+){0,4}?"
                                  r"(?:is|are|was|were|has\s+been|have\s+been|will\s+be|being)\s+(?:\w+ly\s+)?$", re.I)
_SHARE = re.compile(r"([\d]+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)", re.I)
# after "in which A and B": "have each agreed to buy a 10 percent stake", "have both taken stakes", "will take a stake"
_BUYS_STAKE = re.compile(r"\s+(?:(?P<done>(?:have|has)\s+(?:each\s+|both\s+|jointly\s+)?(?:taken|bought|acquired))|"
                         r"(?:(?:have|has)\s+)?(?:each\s+|both\s+|jointly\s+)?(?:agreed\s+to|will|plan\s+to|are\s+set\s+to)\s+"
                         r"(?:each\s+)?(?:buy|take|acquire|subscribe\s+for))\s+(?:an?\s+|the\s+)?"
                         r"(?:(?:[\d.]+\s*(?:%|percent|per\s+cent)|minority|small|combined)\s+)?(?:stakes?|shareholdings?|interests?)\b")
# after "in which A and B": "are shareholders", "are both investors", "have been its largest owners"
_ARE_HOLDERS = re.compile(r"\s+(?:are|were|have\s+been|remain)\s+(?:(?:now|also|both|all|still|the|its)\s+)*"
                          r"(?:[\w\-]+\s+){0,2}?(?:shareholders|investors|stakeholders|owners|backers)\b")
# buying a whole company: the verb alone ("acquired Segway"), its noun after a possessive ("its takeover of")
_WHOLE_BUY = re.compile(r"(?:its\s+(?:[A-Z]{0,3}[$¥€]|RMB\s?)[\d.,]+\s*(?:million|billion|bn)?\s+)?"
                        r"(?:buy|buys|bought|acquire[sd]?|acquiring|(?:acquisition|takeover|buyout|purchase)\s+of)", re.I)
_WHOLE_GAP = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[\w\-’'.]+\s+){0,4}?", re.I)
_NOT_WHOLE = re.compile(r"\d|%|\b(?:stakes?|shares?|interests?|equity|holdings?|of|in|into|from|control|assets|"
                        r"business(?:es)?|units?|operations|plants?|factor(?:y|ies)|divisions?)\b", re.I)


def _whole_head_end(text: str, ts: int, te: int) -> int:
    """Where a whole company's purchase ``text[ts:te]`` stops saying how it was bought: past the amount and the noun's
    "of" of "its $35 billion purchase of" (the words after it may still name a stake), else at its start."""
    m = _WHOLE_BUY.match(text, ts, te)
    return m.end() if m is not None and m.group(0).lower().endswith("of") else ts


# "agreed in May to buy FreeNow": a purchase not yet made
_AGREED_TO = re.compile(r"\b(?:agreed|agrees|agree|plans?|planned|proposed|proposes|offered|offers|bid|intends?|seeks?|"
                        r"wants?|moved|moves|sought|set)\b" + CLAUSE_CHAR_NO_COLON + r"{0,30}?\bto\s+$", re.I)
# "acquired the German Pulai (Preh, 普瑞) 74.9% equity": a share of the company named after it
_SHARE_OF_NAMED = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）]|(?:[,，][^()（）]{0,30})?[)）])?(?:['’]s?)?\s+(?:about\s+|around\s+|a\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)|"
                          r"stake|shares|equity|interest)", re.I)
_STAKE_NOUN = re.compile(r"\b(?:stake|interest|shareholding|holding)\b", re.I)
# the kind of unit between an owner's "'s" and its unit's name ("Huawei's investment arm Hubble")
_POSS_UNIT_NOUN = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:arm|unit|subsidiary|division|fund|brand)\s+")
# "... in which Stellantis holds 51% | and Leapmotor | holds 49%" (the second holder's share, its verb optional; a
# describing word or two may come before the second holder: ", and state-owned JAC Group")
_AND_HOLDS_SHARE = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,2}")
# "in which Volkswagen holds 75% and JAC Group the rest": the second holder's share left unnumbered
_REST_AFTER = re.compile(r"\s+(?:(?:holds|owns|has|keeps|retains)\s+)?the\s+(?:rest|remainder|balance)\b")
_SHARE_AFTER = re.compile(r"\s+(?:(?:holds|owns|has|keeps|retains|the\s+remaining|the\s+rest(?:\s+of)?)\s+)*(?:the\s+)?(?:remaining\s+)?"
                          r"[\d.]+\s*(?:%|percent|per\s+cent)")
# a holder's share in a list that leaves out the verb: "..., GM 44% and Guangxi Automobile the rest"
_GAPPED_SHARE = re.compile(r"\s+(?:(?:about|around|roughly|nearly|some|just\s+under|just\s+over)\s+)?(?:[\d.]+\s*(?:%|percent|"
                           r"per\s+cent)|the\s+(?:rest|remainder|remaining\s+(?:[\d.]+\s*(?:%|percent|per\s+cent)|shares?|"
                           r"stake)))(?=\s*(?:,|;|\.|and\b|$))")
_AND_PASSIVE_GAP = re.compile(r"\s*,?\s+(?:and|but)\s+(?:is\s+|was\s+|has\s+been\s+|also\s+|now\s+|partly\s+)*")
# "Avatr Technology, the premium carmaker controlled by | Changan": an apposition's passive describes the name before it
_APPOS_PASSIVE = re.compile(r"(?:\s*[（(][^()（）]{0,60}[)）])?(?:\s*,\s*(?:(?:the|a|an)\s+[^,;.()]{0,60}?\s+)?|"
                            r"\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?)[a-z]+(?:ed|en)\s+by\s+"
                            r"(?:the\s+)?")
# the rest of a list of names, some of them not recognised: ", smart, Polestar, Volvo Cars and Proton"
_LOOSE_LIST = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)[\w&.\-]+(?:[ \t]+[\w&.\-]+){0,3}"
                         r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[\w&.\-]+(?:[ \t]+[\w&.\-]+){0,3})*")
_IN_VEHICLES_OF = re.compile(
    r"\b(?P<poss>[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?(?:products|chips|processors|systems|batteries|cells|packs|displays|"
    r"controllers|sensors|components|parts|units|hardware|software|modules|lidars|speakers|screens)\s+"
    r"(?:are|were|have\s+been|will\s+be)\s+(?:(?:already|now|also|currently|mainly)\s+)*(?:(?:used|fitted|installed|found)\s+)?"
    r"(?:in|on)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:vehicles|cars|models|EVs)\s+(?:(?:made|built|produced|sold)\s+by|from|of)\s+(?:the\s+)?")
_MAKER_ADJ = re.compile(r"-(?:built|made|produced|assembled)\b")  # ("Geely-built models")
_VENTURE_WORD = re.compile(r"\bventure\b", re.I)
# "the 30% stake previously owned by Volvo Cars": what is owned is the stake, and a former owner owns nothing now
_NOT_OWNER = re.compile(r"(?:\b(?:stakes?|shares|interests?|holdings?|shareholdings?|assets?|plants?|factories|factory|"
                        r"sites?|facilit(?:y|ies)|mines?|buildings?|land)\s+(?:\w+ly\s+)?|"
                        r"\b(?:previously|formerly|once|originally|until\s+\w+)\s+)$", re.I)
# "and Geely Auto holds the remaining 49%": a later conjunct followed by its own verb starts a new clause
# (past a code in parentheses: "and Sanhua Intelligent Controls (002050.SZ) supplies Tesla")
# (past an apposition: "and JAC Motors, the state-owned carmaker also based in Hefei, holds the remaining 25%")
# (not before "said": "Zhenghai, which sells magnets to Nidec and to UAES, the Bosch joint venture, said")
_APPOS_BEFORE_VERB = r"(?:\s*,\s+(?:the|a|an)\s+[^,;()]{3,80},(?!\s+(?:said|says|told|added|noted)\b))?"
_OWN_VERB = re.compile(r"(?:\s*[（(][^()（）]{1,40}[)）])?" + _APPOS_BEFORE_VERB + r"\s+(?:(?:now|also|still|then|later)\s+)?(?:holds|owns|has|had|is|was|are|were|will|would|said|says|"
                       r"plans|makes|sells|supplies|builds|produces|took|takes|controls|keeps|retains|agreed|agrees|signed|"
                       r"signs|announced|announces|reported|reports|launched|launches|unveiled|unveils|bought|buys|acquired|"
                       r"acquires|invested|invests|raised|raises|cut|cuts|opened|opens|started|starts|began|begins|"
                       r"counts|counted|lists|listed|names|named|regards|regarded|provides|provided|supplied|delivers|"
                       r"delivered|ships|shipped|sources|sourced|uses|used|develops|developed)\b")
# ("... and Geely Auto holds the remaining 49%", "Piaggio holds 45% of the venture, Zongshen holds 50%")
_REMAINING = re.compile(_APPOS_BEFORE_VERB + r"\s+(?:(?:now|also|still)\s+)?(?:holds|held|owns|owned|keeps|kept|retains|retained|holding|owning)"
                        r"\s+(?:the\s+"
                        r"(?:remaining|other|rest\s+of\s+the)\s+)?(?:about\s+|roughly\s+)?([\d.]+)\s*(?:%|percent|per\s+cent)"
                        r"(?!\s*(?:stake\s+)?(?:of|in)\b)", re.I)
_SHARE_OF = re.compile(r"[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?$", re.I)
_ENDS_PREP = re.compile(r"\b(?:of|in|into|with|to|from)$", re.I)
_PREP_OBJECT_GAP = re.compile(r"\s*(?:the\s+)?")
_SUPPLY_NOUN = re.compile(r"suppl(?:y|ies)\s+(?:chains?|shortages?|deficits?|gaps?|volumes?|shares?|base|system|prices?)\b", re.I)


def _share_value(share: str) -> float | None:
    """The percentage of ownership a rule matched ("holds 51% of" -> 51.0), if it names one."""
    m = _SHARE.search(share)
    return float(m.group(1)) if m is not None else None


# between a venture's name and the "venture between" describing it: "Huafeng Fuel Cell Co., a 50:50 "
_VENTURE_APPOS = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）])?(?:\s*,\s*(?:a|an|the|its|their)|"
                            # ("SAIC-GM-Wuling itself is a joint venture of SAIC Motor, General Motors and ...")
                            r"\s+(?:itself\s+)?(?:is|was|remains|became|has\s+been)\s+(?:still\s+)?(?:a|an|the))"
                            r"\s+(?:[\w\-:]+\s+){0,4}")
_PCT_OWNED = re.compile(r"\b\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s+cent)[- ]$")


def _majority(share: str, words: bool = True) -> bool:
    """Whether the share of ownership a rule matched is more than half ("holds 51% of", "owns about 65.7% of"; with
    ``words``, "holds a majority stake")."""
    v = _share_value(share)
    return v is not None and 50 < v <= 100 or words and _MAJORITY_STAKE.search(share) is not None


def _whole(share: str) -> bool:
    """Whether the share a rule matched is the whole company ("owns 100% of"): its owner holds no stake beside it."""
    v = _share_value(share)
    return v is not None and v >= 100


_OWN_HOLDERS = re.compile(r"\s+(?:(?:two|three|four|both|main|major|largest|biggest|key|joint|Chinese|foreign)\s+){0,2}"
                          r"(?:shareholders|owners|parents|customers|clients|buyers|partners)\s+(?:the\s+)?")
_BRAND_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:sub-?)?brands?\b", re.I)
_UNIT_POSS = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|arm|division|affiliate|venture|JV)\b\s*,?\s*", re.I)
# "Horizon set up Carizon, a joint venture with Cariad": the name before the apposition is the venture itself
# "Tianqi owns 51% of Talison through a joint venture with IGO": the holder, not the holding, is the partner
_HOLDS_THROUGH = re.compile(r"\b(?:owns|owned|holds|held|controls|controlled)\s+(?:an?\s+|a\s+combined\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent)"
                            r"\s+(?:stake\s+in|of)\s+[^;]{1,80}?\s+(?:through|via)\s+(?:a|an|its|the)\s+(?:[\w\-]+\s+){0,2}?$", re.I)
# the venture's name, then the "its" of its apposition: "through Times FAW, its 51%-owned venture with FAW"
_VENTURE_ITS = re.compile(r"[)）]?\s*(?:[（(][^()（）]{0,40}[)）]\s*)?,\s*")
_JV_APPOS = re.compile(_VENTURE_ITS.pattern + r"(?:a|an|the|its|their)\s+(?:[\w\-:]+\s+){0,3}?$")
# what comes before a bare "venture with": "its (51%-owned) venture with", ", a (50-50) venture with"
_ITS_VENTURE = re.compile(r"(?:\bits|,\s*(?:a|an))\s+(?:(?:[\w\-:]+|\d[\d.]*\s*%-[a-z]+)\s+){0,2}$")
_OWNED_PCT = re.compile(r"\bits\s+(\d{1,3}(?:\.\d+)?)\s*%-(?:owned|held|controlled)\s+$")
_NAME_AS_MODIFIER = re.compile(r"['’]s?\b|-|\s+(?:cars?|models?|vehicles?|brands?|SUVs?|sedans?|trucks?|EVs?|vans?|buses|"
                               r"products?|badges?|plants?|factor(?:y|ies)|shares?|stakes?|units?|dealers?)\b")
_PREP_BEFORE_NAME = re.compile(r"\b(?:with|of|by|from|to|for|at|on|in|which|whom|whose)\s+(?:the\s+)?$", re.I)
_POSS_LIST_SEP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_FOUNDED = re.compile(r"\b(?:set\s+up|sets\s+up|setting\s+up|formed|forms|established|establishes|created|creates|launched|"
                      r"founded|runs|operates|owns|co-founded)\b", re.I)
_IN_USE_BEFORE = re.compile(r"\b(?:uses?|used|using|adopts?|adopted|adopting|carr(?:y|ies|ied|ying)|(?:fitted|equipped|powered)\s+"
                            r"(?:with|by)|runs?\s+on|running\s+on|compet(?:es|ed|ing|e)\s+(?:directly\s+)?(?:with|against)|"
                            r"rivals?|against|versus|vs\.?|buys?|bought|orders?|ordered|sourc(?:es|ed|ing)|install(?:s|ed))\s+(?:the\s+)?$",
                            re.I)
_RIVAL_NEXT = re.compile(r"(?:\s+[a-z][\w\-]*){0,2}\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:also\s+)?(?:with\s+|against\s+)?(?:the\s+)?")
_JV_THROUGH = re.compile(CLAUSE_CHAR_NO_COLON + r"{0,120}?\b(?:through|via|in|under|by\s+forming|by\s+setting\s+up)\s+(?:an?|their)\s+"
                         r"(?:(?:50:50|50/50|50-50|equal|equally[- ]owned|new|planned)\s+)?(?:joint[\s-]+venture|JV)\b", re.I)
_LONG_OPENER = re.compile(r"[^,;:\s][^;:]{25,}")  # more than a short opener before the group ("On Tuesday, ")
# ("sold 18,400 truck bodies under its Lingyu brand": a count and the goods before "under", "its" before the brand)
_SOLD_UNDER = re.compile(r"\b(?:sells?|sold|selling|markets?|marketed|offers?|offered|builds?|built|makes?|made)\s+(?:its\s+|their\s+)?"
                         r"(?:(?:[\d,.]+\s+)?(?:[a-z][\w\-]*\s+)?(?:cars|vehicles|models|SUVs|EVs|products|trucks|bodies|buses)\s+)?"
                         r"under\s+(?:the\s+|its\s+|their\s+)?(?=[A-Z\u4e00-\u9fff])")
# between two brands of a list: a comma or "and", possibly around a short place phrase (", in Europe,")
_BRAND_UNDER_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|&)\s*)?(?:,?\s*(?:in|outside|across)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s*,?\s*)?"
                              r"(?:(?:and|&)\s+)?(?:the\s+)?")
# "counts Nissan and Bosch among its partners"
_COUNTS_VERB = re.compile(r"\b(?:counts?|counted|lists|listed|regards?|regarded|names|named|"
                          # "BYD, which had Warren Buffett's Berkshire Hathaway as an early backer"
                          r"(?:has|have|had)(?:\s+(?:long|also|since))?)\s+(?:the\s+)?"
                          # ("counts domestic automakers such as Chery among ...")
                          r"(?=[A-Z\u4e00-\u9fff]|[a-z][\w\-]*\s+(?:[\w\-]+\s+){0,2}?(?:such\s+as|including|like)\s|"
                          + _COUNTED_DESCRIPTOR + ")")
def _clause_window(text: str, pos: int) -> int:
    """Where a look-back of 80 characters before ``pos`` starts, not before the end of the previous sentence
    ("Li Auto, which fits a Hesai sensor to every car. CALB ... counts": CALB is in no relative clause)."""
    lo = max(0, pos - 80)
    k = text.rfind(". ", lo, pos)
    return lo if k < 0 else k + 2


_ING_WORD = re.compile(r"[A-Za-z]+ing\b")
_WITH_ABSOLUTE = re.compile(r"(?:^|[,;]\s*|\s)with\s+(?:the\s+)?$")
_REL_PRONOUN_BEFORE = re.compile(r"\b(?:that|(?:(?:both|all|each)\s+of\s+)?which|who)\s+(?:(?:have|has)\s+)?"
                                 r"(?:(?:also|now|still|already|currently|mainly|jointly|itself)\s+)?$")
# Between "owned by"/"controlled by" and the owner's name: a few describing words ("stainless steel group",
# "Shanghai-listed"), no comma or figure
_BY_AGENT_GAP = re.compile(r"\s+(?:[\w\-'’]+\s+){0,4}")
_POSS_WORDS = re.compile(r"['’]s(?:\s+[\w\-]+){1,3}?(?=\s+(?:as|among)\s)")
_OWNER_ADJ_TAILS = ("-backed", "-owned", "-controlled", "-based", "-made", "-built", "-listed", "-designed", "-supplied",
                    "-founded", "-led")
# "ECARX (Nasdaq: ECX), the ": a parenthesis (or the end of one, after its ticker) before an apposition
_PAREN_APPOS = re.compile(r"\s*(?:[（(][^()（）]{1,40})?[)）]\s*,\s+(?:the|a|an)\s+")
# a recall as a verb: "will recall 115,783 cars", "recalls its Model 3" (not "the recall was filed")
_RECALL_VERB = re.compile(r"\b(?:recalls|recalled|recalling|(?<=will\s)recall|(?<=to\s)recall|(?<=would\s)recall)\s+"
                          r"(?=(?:more\s+than\s+|about\s+|some\s+|nearly\s+|over\s+|almost\s+)?\d|(?:its|their|the|all)\s)")
# "Doubao, the large model family of ByteDance", ", the reasoning model from Hangzhou start-up DeepSeek"
_MAKER_APPOS = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?(?:models?|family|system|platform|software|chips?|"
                          r"assistant|operating\s+system|OS|architecture|technology|processor|SoC)\s+"
                          r"(?:of|from|by|developed\s+by|built\s+by|made\s+by|designed\s+by)\s+"
                          r"(?:(?-i:[a-z])[\w\-]*\s+|(?-i:[A-Z])[\w]*\s+(?=(?-i:[a-z]))){0,3}")  # ("Hangzhou start-up")
# a company's town after its name: " in Moraine, Ohio"
_PLACE_TAIL = re.compile(r"\s+(?:in|at)\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}"
                         r"(?:,\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2})?")
_PAREN_TAIL = re.compile(r"(?:\s*[（(][^()（）]{0,40}[)）]|\s*[)）])?")
# ("were also among the cornerstones", "is largest cornerstone"; not "the cornerstone of its strategy")
# ("Hillhouse, Oaktree and UBS Asset Management are also in the book": an offering's book of orders)
_CORNERSTONE_PLAIN = re.compile(r"\b[Cc]ornerstone(?:\s+(?:investors?|tranches?|stakes?|portions?|allocations?)\b|s\b|\b(?!\s+(?:of|for|in)\b))|"
                                r"(?<=\bin\s)the\s+(?:order\s+)?book\b")
# Between the investors and the phrase: "were among the cornerstone investors", "committed US$500 million as a
# cornerstone investor", "also took cornerstone tranches", "was the largest cornerstone investor"
_CORNERSTONE_BEFORE = re.compile(
    r"\s+(?:(?:(?:were|are|was|is|became|have\s+been)\s+)?(?:also\s+)?(?:among|one\s+of)\s+(?:the\s+)?(?:\w+\s+)?|"
    r"(?:(?:were|are|was|is|became|have\s+been)\s+)?(?:also\s+)?(?:the|a|an)\s+(?:\w+\s+)?|"
    r"(?:also\s+)?(?:committed|invested|put\s+in|subscribed(?:\s+for)?|bought|took|agreed\s+to\s+(?:buy|invest))\s+"
    r"(?:[^,;.()]{0,40}?\s+)?(?:as\s+(?:a|an|the|its)\s+(?:\w+\s+)?)?|"
    # ("lead a group of 22 cornerstone investors"; "is largest cornerstone", as translation drops the article)
    r"(?:also\s+)?(?:leads?|led)\s+(?:a\s+group|a\s+list|the\s+list)\s+of\s+(?:\d+\s+)?|"
    r"(?:were|are|was|is|became)\s+(?:the\s+)?(?:largest|biggest|main|single\s+largest)\s+)"
    r"cornerstone(?:\s+(?:investors?|tranches?|stakes?|portions?|allocations?)\b|s\b|\b)|"
    # ("Hillhouse, Oaktree and Taikang Life are also in the book")
    r"\s+(?:were|are|was|is)\s+(?:also\s+)?in\s+the\s+(?:order\s+)?book\b", re.I)
# a subscription for offered shares: "subscribed for HK$3.9 billion of shares", "each agreed to buy stock",
# "also participated subscription" (as translation has it)
_SUBSCRIBED = re.compile(r"\b(?:subscribed(?:\s+for)?\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?(?:HK|US|RMB)?[$¥]?\s*\d|"
                         r"agreed\s+to\s+(?:buy|subscribe\s+for|take)\s+(?:stock|shares)\b|"
                         r"participated\s+(?:in\s+)?(?:the\s+)?subscription\b)")
# between the subscriber and the verb: nothing but an adverb ("each", "also", "jointly")
_SUBSCRIBER_GAP = re.compile(_PAREN_TAIL.pattern + r"\s+(?:(?:each|also|both|jointly|together|have|has)\s+)*")
# a sentence's start before its first name, and an apposition from that name to the verb
_SENTENCE_LEAD = re.compile(r"[\s\d.*\-]*(?:The\s+|the\s+)?")
_APPOS_TO_VERB = re.compile(_PAREN_TAIL.pattern + r"\s*,\s+(?:the|a|an)\s+[^;:]{1,120}?,\s+(?:(?:each|also)\s+)?")
# co-subscribers named after the verb's phrase: "..., alongside Sinopec, Oaktree Capital and Hillhouse Investment"
_ALONGSIDE = re.compile(r"[^,;.]{0,20},?\s+(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?")
_JOINTLY_MADE = re.compile(r"\b(?:jointly|together)\s+(?:developed|develop|designed|built|launched|created)\b", re.I)


def _clause_owner(items: list[_Item], pos: int, alliance: bool = False) -> _Item | None:
    """The company (or, with ``alliance``, the alliance) that opens the sentence, named before ``pos`` with no other
    organisation between ("NIO delivered ..., including the ONVO brand"): the owner of a list of brands; None when
    another one could be meant."""
    if not items or items[0].ref or items[0].start >= pos or \
            not ("Company" in items[0].isa or alliance and "Alliance" in items[0].isa):
        return None
    owner = items[0]
    if any(_ORG in x.isa and x.eid != owner.eid for x in items if x.start < pos):
        return None
    return owner


def _customer(y: _Item, makers: dict[str, str]) -> str | None:
    """The customer a mention names: the company itself, or a named product's maker."""
    if "Company" in y.isa:
        return y.eid
    return makers.get(y.eid) if "Product" in y.isa else None


# "CATL is Avatr's main battery supplier, and ...": a company said to be a supplier is not the customer
_IS_SUPPLIER = re.compile(r"\s+(?:is|was|has\s+been|remains)\s+(?:also\s+|now\s+|still\s+)?(?:(?:a|an|the)\s+)?"
                          r"(?:[\w\-]+['’]s?\s+)?(?:[\w\-]+\s+){0,3}?(?:supplier|provider|vendor)\b")
_CARS_MADE_BY = re.compile(r"(?:['’]s?)?\s+(?:[\w\-]+\s+){0,2}?(?:cars|vehicles|models)\s+(?:are|were)\s+"
                           r"(?:(?:all|mostly|mainly|largely)\s+)?(?:made|built|produced|assembled|manufactured)\s+by\s")
# a regulator putting companies on a list: "has added CATL and Tencent to its list of", "added to its Entity List"
_ON_LIST = re.compile(r"\b(?P<verb>(?:has\s+|have\s+|had\s+)?(?:added|adds|placed|places|put|puts|included|includes|named|names|"
                      r"designated|designates|blacklisted))\b.{0,160}?\b(?:to|on|in|into)\s+(?P<list>(?:its|the|a|their)\s+"
                      r"(?:[\w\-\"“”]+\s+){0,4}?(?:list|List|blacklist|Entity\s+List))\b", re.S)
# "Wingtech, which the Commerce Department added ...": the relative pronoun before the regulator
_WHICH_BEFORE_REG = re.compile(r",\s+(?:which|whom)\s+(?:the\s+)?$")
# a seller's channel named as its own unit or venture ("through Leapmotor International, its joint venture with")
_OWN_UNIT_APPOS = re.compile(r"(?:\s*,\s*(?:its|their)\s+(?:[\w\-]+\s+){0,2}?|\s+)(?:unit|subsidiary|arm|division|affiliate|"
                            r"(?:joint\s+)?venture|JV)\b", re.I)
# the word of a list of brands ("The group's brands include Chery, Exeed and Jetour")
_BRANDS_WORD = re.compile(r"\b(?:brands|marques|labels)\b", re.I)
# a list member that opens a clause of its own through its possessive ("..., and ZC Rubber's Chaoyang brand is fitted")
_POSS_CLAUSE = re.compile(r"['’]s(?:\s+[\w\-]+){1,3}\s+(?:is|are|was|were|has|have|had|will|would|can|could)\b")
# ", and" or ", and to" after the object of an apposition: what follows is coordinated with the described name
# ("EHang General Aviation, a subsidiary of EHang, and to Heyi Aviation")
_COMMA_AND_PREP = re.compile(r"\s*,\s*and\s+(?:(?:to|by|from|with|for)\s+)?(?:the\s+)?")
_POSS_CAR_APPOS = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,4}?(?:sedans?|SUVs?|cars?|models?|hatchbacks?|EVs?|vehicles?|MPVs?|"
                             r"pickups?|coupes?|wagons?)\s*,\s+(?:the\s+)?")


def _possessed_list(text: str, items: list[_Item], named: list[_Item]) -> list[_Item]:
    """"Seres' AITO, Chery's Luxeed and JAC's Maextro": the brands of a list whose items are each named with their
    owner's possessive (``named`` as it is where no item is)."""
    out, x = [], named[0]
    while True:
        nx = next((y for y in items if y.start >= x.end), None)
        if nx is None or "Brand" not in nx.isa or not _POSS_GAP.fullmatch(text, x.end, nx.start):
            return out or named
        out.append(nx)
        x = next((y for y in items if y.start >= nx.end), None)
        if x is None or not _AS_ARE_SEP.fullmatch(text, nx.end, x.start):
            return out


def _acting_before(text: str, ss: int, before: list[_Item], named: _Item, domain) -> _Item | None:
    """The nearest name before ``named`` in its clause that acts (a pronoun too), skipping names that only qualify a noun
    ("builds Audi and Volkswagen cars through", "Dongfeng's half of") or sit after a preposition or in a relative clause
    ("in which BAIC Group holds 42.6%")."""
    for it in reversed(before):
        if it.end > named.start or it.eid == named.eid or _ORG not in it.isa or not _fits(it.isa, domain):
            continue
        last = next((x for x in reversed(before) if x.group == it.group), it)  # (its list's last name)
        if not _NAME_AS_MODIFIER.match(text, last.end) and \
                not _PREP_BEFORE_NAME.search(text, max(ss, it.start - 9), it.start):
            return None if _CLAUSE_BREAK.search(text, it.end, named.start) else it
    return None


def _owner_adjective(text: str, owner: _Item, named: _Item) -> bool:
    """Whether ``owner`` only describes ``named`` through "-owned", "-controlled" or "-backed" ("Geely-owned Zeekr")."""
    return (oa := _OWNED_ADJ.match(text, owner.end)) is not None and oa.end() == named.start


def _customer_before(text: str, ss: int, items: list[_Item], k: int, vstart: int, makers: dict[str, str]) -> str | None:
    """The customer that carries or uses what ``items[k]`` names: the first company, or car's maker, of the clause
    before the verb at ``vstart`` (not one that is itself carried)."""
    left = ss
    for cb in _CLAUSE_BREAK.finditer(text, ss, vstart):
        left = cb.end()
    for cb in _CONTRAST.finditer(text, left, vstart):
        left = cb.end()  # "the entry version carries X's pack, while the others use Y's cells"
    if (rc := text.rfind(", which ", left, vstart)) != -1:
        # "assemble cars with KG Mobility, which already uses BYD batteries": the name the relative clause is about
        y = next((y for y in items[:k] if y.end == rc), None)
        if y is not None and not y.ref and (c := _customer(y, makers)) is not None and \
                not any(rc < z.start < vstart for z in items[:k]):
            return c
    for i, y in enumerate(items[:k]):
        if left < y.start < vstart and (i == 0 or items[i - 1].group != y.group) and \
                _NEW_CLAUSE_BEFORE.search(text, max(left, y.start - 16), y.start):
            # "BYD fits its own MCUs, and Great Wall Motor will use GigaDevice's": the second clause has its own customer
            left = y.start
    for i, y in enumerate(items[:k]):
        if y.start >= left:
            if text.startswith(("'s ", "’s "), y.end) and i + 1 < k and items[i + 1].start == y.end + 3 and \
                    _ORG in items[i + 1].isa:
                continue  # "SAIC's IM Motors brand fitted ...": the brand is the customer, not its owner
            if i + 1 < k and _owner_adjective(text, y, items[i + 1]):
                continue  # "Geely-owned Volvo Cars buys cells from CATL": nor the owner that describes it
            if i + 1 < k and (am := _POSS_CAR_APPOS.match(text, y.end)) is not None and items[i + 1].start == am.end() and \
                    _customer(items[i + 1], makers) is not None:
                continue  # "Toyota's other electric sedan, the FAW Toyota bZ3, runs on ...": the named car's maker
            if (c := _customer(y, makers)) is not None:
                if _IS_SUPPLIER.match(text, y.end) or _CARS_MADE_BY.match(text, y.end):
                    continue  # (the maker of "its cars are made by GAC Aion" is the customer)
                if _USE_BEFORE.search(text, max(ss, y.start - 30), y.start):
                    return None  # itself a carried supplier ("carries the FinDreams pack")
                if y.ref and "Automaker" not in y.isa and _CAR_PART.search(text, y.end, min(len(text), vstart + 40)):
                    return None  # "Its roof-mounted lidar units come from Seyond": "its" is a carmaker, not this one
                return c
    return None


def _before_poss_clause(text: str, objs: list[_Item], after_and: bool = True) -> list[_Item]:
    """The objects before one that opens a clause of its own through its possessive ("a supplier to BYD, and ZC
    Rubber's Chaoyang brand is fitted on ...": BYD only); with ``after_and``, only one that follows "and"."""
    cut = next((k for k in range(1, len(objs)) if _POSS_CLAUSE.match(text, objs[k].end) and
                (not after_and or " and " in text[objs[k - 1].end:objs[k].start])), None)
    return objs if cut is None else objs[:cut]


def _and_poss_noun(text: str, objs: list[_Item]) -> int | None:
    """The index of the object after "and" that opens a description of its own through its possessive and a
    relational noun ("the battery arm of Panasonic and | Tesla's main cell supplier"), or None."""
    return next((k for k in range(1, len(objs)) if " and " in text[objs[k - 1].end:objs[k].start] and
                 text.startswith(("'s ", "’s "), objs[k].end) and
                 _NOUN_POST.match(text, objs[k].end, min(len(text), objs[k].end + 80))), None)


def _co_investors(text: str, end: int, items: list[_Item], right: int | None = None) -> list[_Item]:
    """The others named as taking part right after a holding's object ending at ``end`` (" in 2021 with Hillhouse and
    Meituan", ", alongside Huawei's Hubble and NIO Capital"): the names of that list, past an owner's possessive."""
    cm = _CO_INVESTORS.match(text, end, len(text) if right is None else right)
    if cm is None:
        return []
    co = next((it for it in items if it.start == cm.end() and _ORG in it.isa and not it.ref), None)
    if co is not None and text.startswith(("'s ", "’s "), co.end):
        co = next((it for it in items if it.start == co.end + 3 and _ORG in it.isa), None)  # ("Huawei's Hubble")
    elif co is not None and (am := _OWNER_ADJ_NOUN.match(text, co.end)) is not None:
        # ("with CATL-backed fund Puquan Capital also taking part": the fund, not its backer)
        co = next((it for it in items if it.start == am.end() and _ORG in it.isa), None)
    return [it for it in items if co is not None and it.group == co.group and _ORG in it.isa and not it.ref]


def _co_customers(items: list[_Item], k: int, cust: str, makers: dict[str, str]) -> list[str]:
    """The customers coordinated with the one ``_customer_before`` found for ``items[k]``: "Li Auto and Xpeng use Hesai
    lidar", "The L6 and the G6 run on CATL cells"."""
    i = next((i for i in range(k) if _customer(items[i], makers) == cust), None)
    if i is None:
        return []
    out: list[str] = []
    for y in items[i + 1:k]:
        if y.group != items[i].group:
            break
        if (c := _customer(y, makers)) is not None and c != cust and c not in out:
            out.append(c)
    return out


def _tier(isa: frozenset[str]) -> int | None:
    """A company's place in the supply chain: materials 0, parts, cells, chips and technology 1, vehicles 2."""
    if "MaterialsSupplier" in isa:
        return 0
    if "Automaker" in isa:
        return 2
    if not isa.isdisjoint(("BatteryMaker", "Supplier", "SemiconductorMaker", "TechCompany")):
        return 1
    return None


# companies that make goods: no dealer runs their stores
# the name of a fund that tracks an index (an exchange-traded or index fund)
_INDEX_FUND = re.compile(r"\b(?:ETFs?|Tracker|Index\s+Fund|LOF)\b", re.I)
# a brand called one: "the Onvo brand", "Firefly badge", "the car brand firefly", "the sub-brand Mona"
_BRAND_WORD_AFTER = re.compile(r"['’]?\s+(?:(?:car|EV|electric|premium|luxury|budget|new|sub-?)\s+)?(?:brand|badge|marque|label|"
                               r"sub-?brand|nameplate)s?\b", re.I)
_BRAND_WORD_BEFORE = re.compile(r"\b(?:brand|brands|badge|badges|marque|marques|label|labels|sub-?brands?)\s+(?:[\"“‘']\s*)?$",
                                re.I)


def _supply_direction(a: frozenset[str], b: frozenset[str]) -> int:
    """For a supply deal between companies of classes ``a`` and ``b``: 1 when ``a`` supplies ``b``, -1 when ``b``
    supplies ``a``, 0 when their places in the supply chain do not tell."""
    ta, tb = _tier(a), _tier(b)
    if ta is None or tb is None or ta == tb:
        return 0
    return 1 if ta < tb else -1



def _in_cell(items: list[_Item], span: tuple[int, int]) -> list[_Item]:
    """The named items (no references) inside a table cell's span."""
    return [it for it in items if span[0] <= it.start and it.end <= span[1] and not it.ref]

class RelationFinder:
    """Applies the relation rules to every sentence of an article.

    ``makers`` maps a known product's id to the id of the company the reference data says makes it (products with
    one maker only); a product an article names then stands for that maker where a part is said to go into it.
    ``all_makers`` maps a known product's id to all the companies the reference data says make or sell it.
    ``owners`` maps a known company or brand to all its owners (parents and shareholders, transitively), so that a
    maker's owner, unit or sister brand counts as a maker of its products. ``brand_owners`` maps a known brand to
    the companies the reference data says own it. ``parents`` maps a known company to the companies it belongs to
    directly, so that "BYD's FinDreams Battery" reads as a unit of its owner rather than, say, a supplier.
    """

    def __init__(self, makers: dict[str, str] | None = None, all_makers: dict[str, tuple[str, ...]] | None = None,
                 owners: dict[str, frozenset[str]] | None = None,
                 developers: dict[str, frozenset[str]] | None = None,
                 brand_owners: dict[str, frozenset[str]] | None = None,
                 parents: dict[str, frozenset[str]] | None = None) -> None:
        self._parents = dict(parents or {})
        self._developers = dict(developers or {})
        self._brand_owners = dict(brand_owners or {})
        self._ref_makers = dict(makers or {})
        self._all_makers = dict(all_makers or {}) or {p: (m,) for p, m in self._ref_makers.items()}
        self._owners = dict(owners or {})

    @staticmethod
    def _as_are(ct, sentences, allm, records, out, emit) -> None:
        """"Linglong is listed on the Shanghai Stock Exchange, as are Sailun and Triangle", "CATL supplies BMW, as does
        EVE": the names after "as are" stand in the relations the sentence states of the names before it."""
        text = ct.text
        starts = [m.start for m in allm]
        for si, (ss, se) in enumerate(sentences):
            am = _AS_ARE.search(text, ss, se)
            if am is None:
                continue
            lo, hi = bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
            before = {m.entity_id for m in allm[lo:hi] if m.end <= am.start()}
            new: list[str] = []
            end = am.end()
            for m in allm[lo:hi]:
                if m.start < am.end() or m.ref:
                    continue
                if m.start != end and not _AS_ARE_SEP.fullmatch(text, end, m.start) or _ORG not in records[m.entity_id].isa:
                    break
                new.append(m.entity_id)
                end = m.end
            if not new or _AS_ARE_END.match(text, end) is None or _REL_CLAUSE_IN.search(text, ss, am.start()):
                continue  # ("EVE, which supplies cells to BMW, kept its place in the index, as did CATL": not the supply)
            s0 = ct.span(ss, se)[0]
            for (subj, pred, obj, k), r in list(out.items()):
                if k == s0 and subj in before and obj in before and subj not in new:
                    for x in new:
                        if x != obj:
                            emit(x, pred, obj, si, "as-are", min(r.confidence, 0.65), r.status)

    @staticmethod
    def _stake_sold_to(text, sentences, allm, records, emit) -> None:
        """"Volvo agreed to sell its 45% stake in DFCV to Dongfeng Motor": the buyer holds a stake in the company (the
        seller's own stake is read by the investment rules, which know that a stake sold is no longer held)."""
        starts = [m.start for m in allm]
        for si, (ss, se) in enumerate(sentences):
            for sm in _STAKE_SOLD.finditer(text, ss, se):
                k = bisect.bisect_left(starts, sm.end())
                if k + 1 >= len(allm) or allm[k].start != sm.end() or allm[k].ref:
                    continue
                target = allm[k]
                # (past the company's own short name in brackets: "Dongfeng Commercial Vehicle Co. Ltd. (DFCV) to")
                buyer = next((m for m in allm[k + 1:k + 4] if m.entity_id != target.entity_id), allm[k + 1])
                if buyer.ref or buyer.end > se or _ORG not in records[target.entity_id].isa or \
                        text[buyer.end:buyer.end + 1] in ("'", "’") or \
                        _STAKE_SOLD_TO.fullmatch(text, target.end, buyer.start) is None:
                    continue
                if _hedged(text, max(ss, sm.start() - 40), sm.start()) or _NEGATION.search(text, max(ss, sm.start() - 40),
                                                                                          sm.start()):
                    continue
                emit(buyer.entity_id, "INVESTS_IN", target.entity_id, si, "stake-sold-to", 0.7)

    def _other_makers(self, product: str, company: str) -> bool:
        """Whether the reference data names the product's makers, the article names one of them, and ``company`` is
        none of them, nor the owner or a unit of one ("Hesai ... BYD may buy its ATX sensors": the ATX is Hesai's,
        whatever "its" seems to point at)."""
        ms = self._all_makers.get(product)
        if ms is None or company in ms or not any(m in self._records for m in ms):
            return False
        return self._unrelated(company, ms)

    def _other_brand_owner(self, brand: str, company: str) -> bool:
        """Whether the reference data names the brand's owners and ``company`` is none of them, nor the owner or a unit
        of one."""
        ms = self._brand_owners.get(brand)
        if not ms or company in ms:
            return False
        return self._unrelated(company, ms)

    def _unrelated(self, company: str, others) -> bool:
        """Whether ``company`` is no owner or unit of any of ``others`` and shares no owner with one."""
        none: frozenset[str] = frozenset()
        mine = self._owners.get(company, none)
        return not any(company in (theirs := self._owners.get(m, none)) or m in mine or not theirs.isdisjoint(mine)
                       for m in others)

    def find(self, ct: CleanText, sentences: list[tuple[int, int]], found: Found) -> list[Relation]:
        text = ct.text
        records = found.entities
        self._records = records
        # (units the entity step read off their names: "GWM New Zealand" of GWM)
        self._units = {(s, o) for s, p, o, _ in found.links if p == "SUBSIDIARY_OF"}
        self._table_heads: dict[int, int] = {}  # a table row's line start -> its table's header line start
        allm = sorted([*found.mentions, *found.refs], key=_START_REF)
        starts = [m.start for m in allm]
        out: dict[tuple[str, str, str, int], Relation] = {}
        spans: dict[int, tuple[int, int]] = {}  # sentence index -> its original span
        last_regulator: str | None = None
        prev_policies: list[str] = []
        policies_before: list[str] = []

        # named product -> its maker: the article's own statement, else the reference's maker when the article names it
        # (of the reference's makers or sellers of a product, the one the article names)
        all_makers = self._all_makers.get
        makers = {eid: named[0] for eid in records if (ms := all_makers(eid)) is not None
                  and len(named := [m for m in ms if m in records]) == 1}
        makers.update((o, s) for s, p, o, _ in found.links if p == "MANUFACTURES")
        self._makers = makers
        announced: tuple[int, str] | None = None  # (sentence, regulator) that issued an unnamed document
        # (sentence, builder, partners, status) of a project built "with" companies, for "The venture ..." next
        project: tuple[int, str, list[str], str] | None = None
        subject: tuple[int, str] | None = None  # (sentence, company) of the last sentence that opened with a company
        pair: list[str] | None = None  # the two companies of the last sentence that named any
        # (sentence, its coordinated groups of named companies, every company it names or refers to)
        groups_before: tuple[int, list[list[str]], list[str]] = (-1, [], [])
        # (sentence, its coordinated groups of named car models, of regulators): "Both models ...", "The two agencies"
        kind_groups: tuple[int, list[list[str]], list[list[str]]] = (-1, [], [])
        table_maker: list[str | None] = []  # the maker a specification table's parts go to (found on first need)
        self._focus = (found, records, [])  # the article's carmaker, for parts said to go into "the car" (on first need)
        listed: list[str | None] = [None]  # the company last said to list on an exchange (an offering's issuer)
        raiser: list[tuple[int, str] | None] = [None]  # (sentence, company) last said to raise a funding round
        shared: list[tuple[int, str] | None] = [None]  # (sentence, company) whose share a sentence last named ("51% of X")
        # (sentence, car model) where the model is only referred to ("The car is built on ..."): what it uses, not who
        # makes or develops it (its name says that)
        ref_only = _ref_only_products(found, records, sentences)

        def emit(subj: str, pred: str, obj: str, si: int, rule: str, conf: float, status: str = "stated") -> None:
            if subj == obj:
                return
            sisa = records[subj].isa
            if pred == "SUBSIDIARY_OF" and "Brand" in sisa and "Company" not in sisa:
                pred = "BRAND_OF"  # "MG, owned by SAIC Motor": a brand owned by a company is its brand
            elif pred == "MEMBER_OF" and "Index" in records[obj].isa:
                pred = "CONSTITUENT_OF"  # "Sanhua, a member of the CSI 300 Index": an index's member is a constituent
            elif pred == "INVESTS_IN" and "Fund" in sisa and _INDEX_FUND.search(records[subj].name):
                # "The NEV ETF holds BYD and CATL", "the Tracker Fund will buy Xpeng shares": what an index fund holds is
                # one of its constituents
                subj, pred, obj = obj, "CONSTITUENT_OF", subj
                sisa = records[subj].isa
            spec = _SPECS.get(pred) or _spec(pred)
            if spec.domain.isdisjoint(sisa) or spec.range.isdisjoint(records[obj].isa):
                return
            if ref_only and (si, obj) in ref_only and pred in ("MANUFACTURES", "DEVELOPS"):
                return
            if obj in SENSOR_CLASSES and pred in ("USES_TECHNOLOGY", "DEVELOPS"):
                return  # a class of sensor ("uses lidar", "develops lidar") is no technology of one company
            if pred == "MANUFACTURES" and records[subj].known and records[subj].kind in ("Company", "Organization") and \
                    self._other_makers(obj, subj):
                return  # "Derco launched Changan's Deepal S07": a distributor or holding sells the car another makes
            if pred == "COMPETES_WITH" and ("Brand" in sisa or "Brand" in records[obj].isa) and \
                    not _brand_rival(records[subj], records[obj], self._owners):
                return
            if spec.business and ("Regulator" in sisa or "Exchange" in sisa and pred != "INVESTS_IN"):
                return  # a ministry issues, regulates and meets; it does not develop, make or supply (nor does a bourse)
            if pred in ("INVESTS_IN", "SUBSIDIARY_OF", "JOINT_VENTURE_WITH") and "Regulator" in records[obj].isa:
                return  # no one holds a stake in, belongs to or runs a venture with a regulator
            if spec.symmetric and obj < subj:
                subj, obj = obj, subj
            span = spans.get(si)
            if span is None:
                span = spans[si] = ct.span(*sentences[si])
            s, e = span
            key = (subj, pred, obj, s)
            if key not in out:
                out[key] = Relation(subj, pred, obj, ct.original[s:e], s, e, conf, status, rule)
                if pred == "LISTED_ON":
                    listed[0] = subj
                elif pred == "MANUFACTURES" and obj not in makers:
                    makers[obj] = subj  # (what the article says its maker is, for what later sentences say of it)

        # Characters that make the lower-cased text an unsafe guard for case-insensitive patterns.
        fold = _fold_unsafe(text)
        word_rules = _WORD_RULES.get
        # listings the entity step read off tickers ("HKEX: 3750"), by position: an offering's issuer for later sentences
        listed_links = sorted((pos, subj) for subj, pred, _, pos in found.links if pred == "LISTED_ON") \
            if found.links else []
        li = 0
        cornerstones = "ornerstone" in text  # (an offering with cornerstone investors: who subscribed invests)
        first_company: tuple[int, str] | None = None  # (sentence, company) of the first company the article names
        named_count: dict[str, int] = {}  # company -> times named so far (in an article about an offering)
        for si, (ss, se) in enumerate(sentences):
            lo = bisect.bisect_left(starts, ss)
            hi = bisect.bisect_left(starts, se)
            while li < len(listed_links) and listed_links[li][0] < se:
                listed[0] = listed_links[li][1]
                li += 1
            if pair and (tm := _TWO_REF.match(text, ss, se)) is not None:
                self._two_companies(text, ss, se, tm.end(), pair, si, emit)
            elif pair and (tm := _TWO_MID.search(text, ss, se)) is not None and \
                    all(m.entity_id in pair for m in allm[lo:hi] if _ORG in records[m.entity_id].isa):
                # "Production began in 2024, when the two companies signed a joint venture agreement", "The plant will
                # be owned 50-50 by the two companies": the two of the sentence before, named nowhere else here
                self._two_companies(text, ss, se, ss, pair, si, emit, anywhere=True)
            if project is not None and project[0] == si - 1 and _VENTURE_REF.match(text, ss, se):
                # "CATL broke ground on a battery project in Indonesia with IBC and Aneka Tambang. The venture covers ..."
                for p in project[2]:
                    emit(project[1], "JOINT_VENTURE_WITH", p, si - 1, "venture-next", 0.6, project[3])
            if lo == hi:  # no mention: nothing to relate, no policy or regulator to remember
                prev_policies, policies_before = policies_before, []
                continue
            items: list[_Item] = []
            for m in allm[lo:hi]:
                if m.end > se:
                    continue
                if items and m.start < items[-1].end:
                    continue  # a pronoun inside a name
                if items and items[-1].eid == m.entity_id and _SAME_NAME_GAP.fullmatch(text, items[-1].end, m.start):
                    items[-1].end = m.end  # "Contemporary Amperex Technology (CATL"
                    continue
                isa = records[m.entity_id].isa
                if "Product" in isa and not m.ref:
                    head = text[m.end:min(se, m.end + 60)]
                    if not _VEHICLE_HEAD.match(head) and (_TECH_HEAD.match(head) or _TECH_APPOS.match(head) or _TECH_PRODUCT.search(
                            records[m.entity_id].name) or _SOFTWARE_WORD.search(text, m.start, m.end)):
                        isa = isa | {"TechProduct"}
                end = m.end
                if not m.ref and "Company" in isa and text[end:end + 1] in " ." and (tm := _NAME_TAIL(text, end, se)):
                    end = tm.end()  # "Tianqi Lithium Industry and Ganfeng ...": the company word the name left out
                if not m.ref and items and "Company" in isa and _PROJECT_AFTER.match(text, m.end) and \
                        items[-1].end <= m.start and _OWNER_BEFORE_PROJECT.fullmatch(text, items[-1].end, m.start) and \
                        _ORG in items[-1].isa:
                    continue  # "Its Huafei project ... was built together with Tsingshan": the owner acts, not the plant
                items.append(_Item(m.start, end, m.entity_id, isa, m.ref))
            sent = text[ss:se]
            anaphor = self._group_anaphor(text, ss, se, items, records, si, groups_before, pair) if \
                groups_before[0] == si - 1 or pair else None
            if anaphor is None and kind_groups[0] == si - 1:
                anaphor = self._kind_group_anaphor(text, ss, se, items, records, kind_groups)
            if anaphor is None and any(w in sent for w in ("both", "Both", "all ", "the t", "the f", "the s")):
                anaphor = self._group_object(text, ss, se, items, records, si, groups_before)
            if pair and ("listed" in sent or "listing" in sent) and \
                    (tm := _TWO_REF.match(text, ss, se)) is not None and \
                    (lm := _BOTH_LISTED.match(text, tm.end())) is not None:
                # "Pony.ai and WeRide ... Both companies are already listed on the Nasdaq."
                ex = next((it for it in items if it.start == lm.end() and "Exchange" in it.isa), None)
                if ex is not None and self._status(text, ss, tm.end(), lm.end(), []):
                    for eid in pair:
                        emit(eid, "LISTED_ON", ex.eid, si, "two-companies", 0.7)
            if subject is not None and si - subject[0] <= 2 and "-backed" in sent:
                # "Aridge rolled out its first unit ... The Xpeng-backed company said ...": the company of the sentence
                # before (or the one before that) is backed by the one named in the description
                for it in items:
                    if not it.ref and _ORG in it.isa and it.eid != subject[1] and \
                            text.endswith(("The ", "the "), max(ss, it.start - 4), it.start) and \
                            (bm := _BACKED_REF.match(text, it.end)) is not None and \
                            self._status(text, ss, it.start, bm.end(), []) is not None:
                        emit(it.eid, "INVESTS_IN", subject[1], si, "backed-reference", 0.65)
            subject_before = subject  # (the company that opened an earlier sentence, for this one's lists)
            if items and _may_hold(sent, _ROUND_WORDS):
                self._round_raiser(text, ss, se, items, si, raiser)
            if items:
                first = items[0]
                if len(items) > 1 and text[first.end:items[1].start] == ", " and \
                        _OPENING_PHRASE.match(text, ss, first.start):
                    first = items[1]  # "Two days before the AI Day, Aridge, the flying-car company, rolled ..."
                if not first.ref and "Company" in first.isa and first.start - ss < 60:
                    subject = (si, first.eid)
            # (a description that opens the sentence counts: "The Fujian-based firm is building a plant with Stellantis")
            named = list(dict.fromkeys(it.eid for it in items if "Company" in it.isa and (
                not it.ref or it is items[0] and it.start - ss < 4 and text[it.start:it.start + 4] in ("The ", "the "))))
            if len(named) == 2 and (tm := _TWO_CLAUSE.search(text, ss, se)) is not None and \
                    {it.eid for it in items if it.end <= tm.start()}.issuperset(named):
                # "Volkswagen will pay $700 million for a stake in Xpeng and the two companies will jointly develop
                # two models": the two named before the clause
                self._two_companies(text, ss, se, tm.end(), named, si, emit)
            if named:  # the two companies "the two companies" of the next sentence means
                pair = named if len(named) == 2 else None
            project = self._project_with(text, ss, se, items, si) if len(named) > 1 and "with" in sent else None
            pols = [it.eid for it in items if "Policy" in it.isa and not it.ref]
            if pols and announced is not None and announced[0] == si - 1:
                # "MIIT has published a mandatory national standard ... The standard, "Safety Requirements ...", takes
                # effect ...": the document announced just before is the one named here
                am = _DOC_ANAPHOR.match(text, ss)
                first = next(it for it in items if "Policy" in it.isa and not it.ref)
                if am and first.start - am.end() <= 2:
                    emit(announced[1], "ISSUED", first.eid, si, "issued-anaphor", 0.7)
            announced = None
            regs = [it.eid for it in items if "Regulator" in it.isa and not it.ref]
            if regs and not pols:
                if (dm := _ISSUED_NEW_DOC.search(sent)) and not _HEDGE.search(sent, 0, dm.end()) and \
                        not _NEGATION.search(sent, 0, dm.end()):
                    regs0 = [it for it in items if "Regulator" in it.isa and not it.ref and it.end <= ss + dm.start()]
                    if regs0:
                        announced = (si, regs0[-1].eid)
            older_policies = prev_policies
            prev_policies, policies_before = policies_before, pols
            context_regulator = last_regulator
            if regs:
                last_regulator = regs[-1]
            if first_company is None:
                first_company = next(((si, it.eid) for it in items if "Company" in it.isa and not it.ref), None)
            if cornerstones:
                for it in items:  # (how often each company is named so far: the offering's issuer is the most named)
                    if "Company" in it.isa and "FinancialInstitution" not in it.isa and not it.ref:
                        named_count[it.eid] = named_count.get(it.eid, 0) + 1
            if len(items) < 2 and not (items and (context_regulator or older_policies or prev_policies or (
                    cornerstones and ("ornerstone" in sent or "ubscri" in sent or "to buy" in sent)) or (
                    "Company" in items[0].isa and not items[0].ref and (_PART_WORD.search(text, ss, se) or
                                                                       _CAR_PART.search(text, ss, se))) or (
                    shared[0] and shared[0][0] == si - 1 and ("the other " in sent or "remaining" in sent)) or (
                    subject_before is not None and "Company" in items[0].isa and _PLANT_OPENS.match(text, ss, se)))):
                continue  # (one supplier and a part: "the base version's cells come from FinDreams" may name the car's)
            recent_policies = None  # the policies of the two sentences before, when a rule needs them
            low_sent = sent.lower()
            if (fold or "people" in low_sent or "sources" in low_sent or "insiders" in low_sent or "report" in low_sent) \
                    and _SOURCED.search(sent):
                continue  # "people familiar with the matter said", "according to media reports": not established
            hedged = negated = breaks = None  # whether a hedge / a negation can occur in the sentence (found on first need)
            # "produced by the group's battery arm FinDreams": the unit stands in the sentence for its owner
            if "'s " in sent or "’s " in sent or "its " in sent or "their " in sent:
                k = 0
                while k < len(items) - 1:
                    x, y = items[k], items[k + 1]
                    if _ORG in x.isa and "Company" in y.isa and not y.ref and _BY_BEFORE.search(text, max(ss, x.start - 12), x.start) \
                            and (text[x.end - 2:x.end] in ("'s", "’s") or text[x.end:x.end + 1] in "'’" or
                                 # ("a pack made by its battery subsidiary FinDreams Battery")
                                 x.ref and text[x.start:x.end].lower() in ("its", "their")) and \
                            _UNIT_OF_OWNER.fullmatch(text, x.end, y.start):
                        emit(y.eid, "SUBSIDIARY_OF", x.eid, si, "unit-possessive", 0.75)
                        del items[k]
                        continue
                    k += 1
            # "Fanuc's China customers include": a country between an owner and its noun is a modifier
            k = 1
            while k < len(items):
                x = items[k]
                if "Country" in x.isa and (_ORG in items[k - 1].isa and text[items[k - 1].end:x.start] in ("'s ", "’s ")
                                           and _LOWER_NOUN_AFTER.match(text, x.end) or
                                           # ("Its competitors in Vietnam include BYD"): where the relation holds
                                           _NOUN_IN_BEFORE.search(text, max(ss, x.start - 30), x.start) or
                                           # ("Syrah Technologies, the US subsidiary of Syrah Resources"): a country as
                                           # the adjective of an apposition's relation noun
                                           _APPOS_ARTICLE_BEFORE.search(text, max(ss, x.start - 8), x.start) and
                                           _COUNTRY_UNIT_NOUN.match(text, x.end)):
                    del items[k]
                    continue
                k += 1
            # Coordinated groups.
            g = 0
            for i, it in enumerate(items):
                if i and "Country" in items[i - 1].isa and text[items[i - 1].end:it.start] in ("'s ", "’s ") and \
                        "Country" not in it.isa:
                    # "Chery and Spain's Ebro EV Motors": the country describes the company that takes its place
                    items[i - 1].isa = items[i - 1].isa | {"Modifier"}
                    it.group = items[i - 1].group
                elif i > 1 and _owns_next(text, items, i - 1) and \
                        (items[i - 1].group == items[i - 2].group and not (
                            # ("MG, the brand owned by SAIC Motor, and Chery's Jetour": ", and" closes an apposition)
                            _COMMA_AND.fullmatch(text, items[i - 2].end, items[i - 1].start) and
                            (i < 3 or items[i - 3].group != items[i - 2].group)) or
                         _possessed_member(text, items, i + 1)):
                    # "to Avatr, Changan's Deepal brand, Dongfeng's Voyah and BYD's Fangchengbao": the owned name is
                    # the list's member, its owner describes it (not in "for Great Wall's Haval, Wey and Ora brands")
                    items[i - 1].isa = items[i - 1].isa | {"Modifier"}
                    it.group = items[i - 1].group
                elif i > 1 and "Country" in items[i - 1].isa and "Country" not in it.isa and \
                        _ORG in items[i - 2].isa and text[items[i - 2].end:items[i - 1].start] == " of " and \
                        _LIST_SEP.match(text[items[i - 1].end:it.start]):
                    # "AGC of Japan, Nippon Sheet Glass and France's Saint-Gobain": the country describes the member
                    # before it, and the list goes on past it
                    items[i - 1].isa = items[i - 1].isa | {"Modifier"}
                    items[i - 1].group = items[i - 2].group
                    it.group = items[i - 2].group
                elif i > 1 and "Modifier" in items[i - 2].isa and items[i - 2].group == items[i - 1].group and \
                        _owns_next(text, items, i - 2) and _POSSESSED_CLASS_SEP.fullmatch(text, items[i - 1].end, it.start):
                    it.group = items[i - 1].group  # (", Changan's Deepal brand, Dongfeng's Voyah"): the list goes on
                elif i > 2 and _COMMA_AND.fullmatch(text, items[i - 1].end, it.start) and \
                        (j := _appos_list_end(text, items, i - 1)) is not None:
                    # "include CATL, ATL, the consumer battery maker controlled by Japan's TDK, and Samsung SDI": the
                    # last name closes the list the apposition interrupted, not a list of the apposition's names
                    it.group = items[j].group
                elif i and _LIST_SEP.match(text[items[i - 1].end:it.start]) and not (
                        it.ref and (it.eid == items[i - 1].eid or text[it.start:it.end].lower() in ("it", "they"))) and not (
                        # ("software from Momenta, and the start-up provides": the start-up is Momenta, in a new clause)
                        "and" not in text[items[i - 1].end:it.start]
                        and _NOUN_POST.match(text, it.end, min(se, it.end + 80)) and
                        not _possessed_member(text, items, i)) and not (
                        _COMMA_AND.fullmatch(text, items[i - 1].end, it.start) and _OWN_VERB.match(text, it.end) and
                        (i < 2 or items[i - 2].group != items[i - 1].group or
                         # ("customers include A, B and C, and Uber has picked it": the list had its "and" already)
                         _AND_SEP.search(text, items[i - 2].end, items[i - 1].start))):
                    # ("X, Y's battery subsidiary" is an apposition, not a list; "... stake in InoBat, and Lyft agreed
                    # to ..." starts a new clause)
                    it.group = items[i - 1].group
                elif i > 1 and "Country" in items[i - 1].isa and items[i - 2].group == items[i - 1].group and \
                        _COUNTRY_APPOS_AND.fullmatch(text, items[i - 1].end, it.start):
                    it.group = items[i - 1].group  # "TELD and Star Charge, China's two largest operators, and ABB"
                elif i and "Product" in it.isa and "Product" in items[i - 1].isa and not it.ref and \
                        _MODEL_CLASS_SEP.fullmatch(text, items[i - 1].end, it.start):
                    it.group = items[i - 1].group  # "assembles the Oshan X7, the Alsvin sedan and the Karvaan van"
                elif i and it.isa & _TECH_KINDS and items[i - 1].isa & _TECH_KINDS and not it.ref and \
                        _TECH_CLASS_SEP.fullmatch(text, items[i - 1].end, it.start):
                    it.group = items[i - 1].group
                elif i + 1 < len(items) and text[items[i - 1].end:items[i - 1].end + 1] in "'’" and \
                        "Company" in it.isa and "Company" in items[i - 1].isa and \
                        _POSS_ITEM.fullmatch(text, items[i - 1].end, it.start) and \
                        _LIST_SEP.match(text[it.end:items[i + 1].start]):
                    # "Tesla's Shanghai factory, Li Auto, Xiaomi and Zeekr take cells from it": a list whose first
                    # member is named through its owner
                    it.group = items[i - 1].group
                else:
                    g += 1
                    it.group = g
            # Two names joined by a bare comma are not a list ("Besides Tesla, CATL also supplies ..."): lists of two
            # need "and"/"or" (or a CJK enumeration comma).
            for i in range(1, len(items)):
                a, b = items[i - 1], items[i]
                if a.group == b.group and not _AND_SEP.search(text, a.end, b.start) and \
                        (i < 2 or items[i - 2].group != a.group) and \
                        not any(x.group == b.group for x in items[i + 1:]) and \
                        not _OPEN_LIST_TAIL.match(text, b.end) and \
                        not any(rx.search(_PAREN_HEAD.sub("", text[b.end:min(se, b.end + 160)], count=1))
                                for _, _, rx in _GROUP_RULES):  # (headlines: "NIO, CATL team up")
                    g += 1
                    b.group = g
            if (lp := FRONTED_ASIDE.match(text, ss)) is not None and items and items[0].start < lp.end():
                self._end_aside_list(text, items, lp.end(), g)
                g += 1
            if anaphor:
                g += 1
                for it in anaphor:
                    it.group = g
            named_groups: dict[int, list[str]] = {}
            for it in items:
                if not it.ref and "Company" in it.isa:
                    named_groups.setdefault(it.group, []).append(it.eid)
            groups_before = (si, [u for g in named_groups.values() if len(u := list(dict.fromkeys(g))) > 1],
                             list(dict.fromkeys(it.eid for it in items if "Company" in it.isa)))
            model_groups: dict[int, list[str]] = {}
            reg_groups: dict[int, list[str]] = {}
            for it in items:
                if not it.ref and "Product" in it.isa and "TechProduct" not in it.isa:
                    model_groups.setdefault(it.group, []).append(it.eid)
                elif not it.ref and "Regulator" in it.isa:
                    reg_groups.setdefault(it.group, []).append(it.eid)
            kind_groups = (si, [u for g in model_groups.values() if len(u := list(dict.fromkeys(g))) > 1],
                           [u for g in reg_groups.values() if len(u := list(dict.fromkeys(g))) > 1])
            self._product_tech(text, items, si, emit)
            if len(items) > 1 and ", which " in sent:
                self._which_seller(text, ss, items, si, emit)
            if len(items) > 1 and " handled by " in sent:
                self._handled_by(text, ss, items, si, emit)
            if len(items) > 1 and "kits " in sent:
                self._kits_by(text, ss, se, items, si, emit)
            if any("BatteryTechnology" in x.isa for x in items):
                self._tech_source(text, ss, items, si, emit)
            if "make" in low_sent or "produc" in low_sent or "manufactur" in low_sent or "developer" in low_sent:
                self._maker_of_tech(text, ss, items, si, emit)
            if " supply from " in low_sent or " supplies from " in low_sent:
                self._own_supply_from(text, ss, items, si, emit)
            if "in-house" in low_sent or "self-" in low_sent or "itself" in low_sent or "own " in low_sent:
                self._in_house(text, ss, items, si, emit)
            if ", the " in sent or ", a " in sent or ", an " in sent:
                self._maker_in_apposition(text, items, si, emit)
            self._object_relative(text, items, si, emit)
            if " brand" in sent or " marque" in sent or " label" in sent:
                self._brand_launched(text, ss, se, items, si, emit)
            if " by " in sent and ("designated" in sent or "selected" in sent or "chosen" in sent or "picked" in sent or
                                   "adopted" in sent or "nominated" in sent):
                self._chosen_by(text, ss, se, items, si, emit)
            if " customer" in sent or " client" in sent:
                self._named_customer(text, ss, se, items, si, emit)
            supplied_to = " to " in sent and (" supplied " in sent or " sold " in sent or " delivered " in sent or
                                              " provided " in sent or " shipped " in sent or " go to " in sent or
                                              " goes to " in sent or " went to " in sent)
            if supplied_to or " fitted " in sent or " installed " in sent or " used in " in sent or " sit in " in sent \
                    or " sits in " in sent or " production at " in sent or " production with " in sent:
                self._goods_supplied_to(text, ss, se, items, si, emit)
            if (supplied_to or " to " in sent and (" fitted " in sent or " installed " in sent)) and " by " in sent:
                self._supplied_to_by(text, ss, se, items, si, emit)
            elif " for " in sent and " by " in sent and (" built " in sent or " made " in sent or " produced " in sent or
                                                         " manufactured " in sent):
                self._supplied_to_by(text, ss, se, items, si, emit)  # ("was built for Anji by Jinling Shipyard")
            if " by " in sent:
                self._made_by_gapped(text, items, si, emit)
                if " on " in sent:
                    self._built_by_on(text, items, si, emit)
            if " as " in sent or " for " in sent:
                self._supplier_for(text, ss, items, si, emit)
            if "which" in sent or "that" in sent:
                self._plant_serves(text, ss, se, items, si, emit)
            if " it " in sent or " its " in sent:
                self._chose_it(text, ss, se, items, si, emit)
            if subject_before is not None and si - subject_before[0] <= 2 and (pm := _PLANT_OPENS.match(text, ss, se)):
                self._plant_opens(text, ss, pm, items, si, emit, subject_before[1], sentences[subject_before[0]])
            self._branded(text, items, si, emit)
            if "list" in low_sent and any("Regulator" in it.isa for it in items):
                self._put_on_list(text, ss, se, items, si, emit)
            uses = "use" in low_sent or "run" in low_sent or "carr" in low_sent or "adopt" in low_sent or "with" in low_sent \
                or " from " in low_sent or " by " in low_sent or " of " in low_sent or "reli" in low_sent or \
                "rely" in low_sent or "buy" in low_sent or "bought" in low_sent or "purchas" in low_sent or "sourc" in low_sent or \
                " fits " in low_sent
            if uses or "power" in low_sent or "into" in low_sent or " by " in low_sent or "fitted" in low_sent or \
                    "installed" in low_sent or "mounted" in low_sent or "chose" in low_sent or "select" in low_sent or \
                    "picked" in low_sent or "opted" in low_sent or " on " in low_sent or " to " in low_sent or \
                    "bought" in low_sent or "buys" in low_sent or "purchase" in low_sent or "procure" in low_sent or \
                    " get" in low_sent or " got " in low_sent or "receive" in low_sent:
                self._carried(text, ss, items, si, emit, makers, uses, " by " in low_sent or " from " in low_sent, self._focus_car,
                             self._focus_part)
                if any("Product" in x.isa for x in items) or _may_hold(low_sent, _GOES_WORDS):
                    self._goes_into(text, ss, se, items, si, emit, makers, _may_hold(low_sent, _GOES_WORDS))
            if ("provid" in low_sent or "suppl" in low_sent or "deliver" in low_sent or " is " in sent or " are " in sent) \
                    and any("Company" in x.isa for x in items):
                self._part_for_focus(text, ss, se, items, si, emit)
            if "venture" in low_sent or "company that" in low_sent or "company which" in low_sent:
                if "that" in sent or "which" in sent:
                    self._venture_relative(text, ss, items, si, emit)
                if "venture" in low_sent:
                    self._possessive_venture(text, ss, se, items, si, emit)
                    if "which" in sent or "the two" in sent:
                        self._venture_with_which(text, ss, items, si, emit)
            if "whose" in sent:
                self._whose(text, items, si, emit, makers)
            if (" for " in sent or " to " in sent) and ("suppl" in sent or "provide" in sent):
                self._mt_for_supply(text, ss, se, items, si, emit, makers)
            if "include" in sent or " are " in sent or " of " in sent and (
                    " is " in sent or " was " in sent or " remains " in sent or " been " in sent or " cover" in sent or
                    " span" in sent or " comprise" in sent or " were " in sent):
                self._nouns_of_list(text, ss, items, si, emit)
            if "mong the" in sent and ("buyers" in low_sent or "customers" in low_sent or "clients" in low_sent):
                self._among_buyers_of(text, ss, se, items, si, emit)
            if ("buyers" in low_sent or "customers" in low_sent or "clients" in low_sent) and (
                    subject_before is not None and si - subject_before[0] <= 2 or " among " in sent or "the company said" in sent):
                self._ownerless_customers(text, ss, se, items, si, emit, subject_before)
            if "which" in sent:
                self._stake_relative(text, items, si, emit)
            if "% by " in sent or " per cent by " in sent or " percent by " in sent or "% owned by" in sent:
                self._split_owners(text, ss, se, items, si, emit)
            if "qual parts" in sent or "qually" in sent or "50-50" in sent or "50:50" in sent or "fifty-fifty" in sent:
                self._equal_owners(text, ss, se, items, si, emit)
            if "remaining" in sent or "rest of" in sent or "the other " in sent or sent.count("%") > 1 or \
                    sent.count("percent") > 1 or sent.count("per cent") > 1:
                self._remaining_share(text, ss, items, si, emit, shared[0] if shared[0] and shared[0][0] == si - 1 else None)
            if "%" in sent or "percent" in sent or "per cent" in sent:
                shared[0] = next(((si, a.eid) for a in reversed(items) if _ORG in a.isa and
                                  _SHARE_OF.search(text, max(ss, a.start - 30), a.start)), shared[0])
            if "|" in sent and not table_maker:
                table_maker = [self._article_maker(found, records)]
            if "|" in sent and table_maker[0] is not None:
                self._table_row_supply(text, ss, se, items, si, emit, table_maker[0])
            if "|" in sent and len(items) > 1:
                self._table_row_columns(text, ss, se, items, si, emit)
            if "part of" in sent or "merged into" in sent or ("lliance" in sent or "HIMA" in sent or " brands" in sent):
                self._part_of(text, ss, se, items, si, emit)
            if "that" in sent and pols and regs:
                self._policy_announced(text, ss, items, si, emit)
            if ("which" in sent or " that " in sent) and pols and regs:
                self._policy_which_issued(text, ss, se, items, si, emit)
            # (the issuer: the company last said to list, else the one an earlier sentence opened the article with)
            issuer = (listed[0] or (max(named_count, key=named_count.get) if named_count and first_company and
                                    first_company[0] < si else None)) if cornerstones else None
            if issuer and ("ornerstone" in sent or " in the book" in sent or " in the order book" in sent):
                self._cornerstone(text, ss, se, items, si, emit, issuer)
            elif issuer and ("ubscri" in sent or "to buy" in sent):
                self._subscribers(text, ss, se, items, si, emit, issuer)
            if (" round" in low_sent or "financ" in low_sent or "funding" in low_sent or "investors" in low_sent or
                    "shareholders" in low_sent or "invested" in low_sent) and items:
                self._round_investors(text, ss, se, items, si, emit, raiser)
            if " under " in sent:
                self._sold_under(text, ss, se, items, si, emit)
            if "ventures of " in sent or "venture of " in sent:
                self._ventures_of_with(text, items, si, emit)
            if "recall" in low_sent:
                self._recall_filed(text, ss, se, items, si, emit)
            if ("ustomers" in sent or "supply" in sent) and len(items) > 1:
                self._translated_customers(text, ss, se, items, si, emit)
            if "count" in sent or "list" in sent or "regard" in sent or "name" in sent or " as " in sent and (
                    "has " in sent or "had " in sent or "have " in sent):
                self._counts_among(text, ss, se, items, si, emit)
            if ("its " in sent or "Its " in sent) and len(items) > 1 and (
                    "holder" in sent or "investor" in sent or "backer" in sent):
                self._its_holder(text, ss, items, si, emit)
            if ("its " in sent or "Its " in sent or "their " in sent or "Their " in sent) and (
                    " by " in sent or " from " in sent or " of " in sent):
                self._in_vehicles_of(text, ss, se, items, si, emit)
            if "brands" in sent or "marques" in sent or "nameplates" in sent or "badges" in sent or " lines" in sent:
                self._brand_list(text, ss, se, items, si, emit)
                self._brands_named(text, ss, se, items, si, emit)
            if (" called " in sent or " named " in sent or " dubbed " in sent or " known as " in sent) and (
                    " brand " in sent or " marque " in sent or " label " in sent):
                self._brand_called(text, ss, se, items, si, emit)
            if " brand" in sent and ("includ" in sent or "across" in sent or "compris" in sent):
                self._brands_included(text, ss, se, items, si, emit)
            self._adjacent(text, items, si, emit, ss)
            self._frames(text, sent, items, si, emit, ss, fold or _may_hold(low_sent, _CONSTITUENT_WORDS))
            for w in _WORDS.finditer(sent):
                rules = word_rules(w[0])
                if rules is None:
                    rules = _rules_for(w[0])
                elif not rules:
                    continue
                ws = w.start()
                # Several rules may share a trigger word ("released" issues a policy or unveils a battery).
                for idx, name, pred, mode, stems in rules:
                    rm = _COMPILED[idx].match(sent, ws)
                    if rm is None:
                        continue
                    ts, te = ss + rm.start(), ss + rm.end()
                    if hedged is None:
                        hedged = fold or _may_hold(low_sent, _HEDGE_WORDS)
                        negated = fold or _may_hold(low_sent, _NEGATION_WORDS)
                    status = self._status(text, ss, ts, te, items, hedged, negated)
                    if status is None:
                        break
                    subj_end = None
                    if _RELATIVE.search(text, max(ss, ts - 20), ts) or \
                            text.startswith("its ", ts) and _RELATIVE_DID.search(text, max(ss, ts - 40), ts):
                        subj_end = self._relative_antecedent(text, items, ts)
                        if subj_end < 0:
                            continue
                    if recent_policies is None and (mode == "policy" or pred == "ISSUED"):
                        recent_policies = list(dict.fromkeys(older_policies + prev_policies))
                    if breaks is None:  # whether the sentence can hold a clause break
                        breaks = ";" in sent or ":" in sent or "—" in sent or "–" in sent
                    self._trigger(text, ss, se, items, ts, te, pred, mode, name, si, emit, status,
                                  context_regulator if mode == "meet" else (
                                      recent_policies if mode == "policy" or pred == "ISSUED" else None), breaks, subj_end)
            # Group and between rules work on coordinated groups.
            groups: dict[int, list[_Item]] = {}
            for it in items:
                groups.setdefault(it.group, []).append(it)
            for gid, members in groups.items():
                if len(members) < 2:
                    continue
                if any(_ORG not in x.isa for x in members):
                    # (the partners are organisations: "A and B (..), the battery swap company of C" is no list of three)
                    members = [x for x in members if _ORG in x.isa]
                    if len(members) < 2:
                        continue
                after = text[members[-1].end:min(se, members[-1].end + 160)]
                if (lf := _LEGAL_FORM_AFTER.match(after)) is not None:
                    after = after[lf.end():]  # "Uber Technologies, Inc. (NYSE: UBER) today announced ..."
                after = _PAREN_HEAD.sub("", after, count=1)
                if after[:1] == "," and (am := _GROUP_APPOS.match(after)):
                    after = after[am.end():]  # "A and B, the battery swap company of C, signed ..."
                b0 = members[0].start
                if (cy := next((y for y in items if "Country" in y.isa and 0 < b0 - y.end <= 3 and
                                text[y.end:y.end + 1] in ("'", "’")), None)) is not None:
                    b0 = cy.start  # "a joint venture between Germany's Bosch and Huayu": past the country's possessive
                before = text[max(ss, b0 - 60):b0]
                for name, pred, rx in _GROUP_RULES:
                    if (gm := rx.search(after)) and self._status(text, ss, members[-1].end, members[-1].end + 40, items):
                        if name == "partners-group" and _SUPPLY_DEAL.search(gm[0]):
                            # "CATL and Ford signed a supply agreement": the supplier and the customer, when their
                            # classes tell them apart
                            if len(members) == 2 and (d := _supply_direction(members[0].isa, members[1].isa)):
                                sup, cus = (members[0], members[1]) if d > 0 else (members[1], members[0])
                                emit(sup.eid, "SUPPLIES", cus.eid, si, "supply-deal", 0.7)
                            continue
                        if name == "partners-group" and (jm := _JOINTLY_MADE.search(text, members[-1].end, se)) and \
                                jm.start() - members[-1].end < 60 and \
                                self._names_product(text, items, jm.end(), se, ("Product",)):
                            continue  # "A and B jointly developed the X sedan": each develops X (a shared
                            # technology makes them partners as well: "jointly developed the CEA architecture")
                        self._pairs(members, pred, si, name, emit)
                if "venture" in after and _JV_THROUGH.match(after) and not _LONG_OPENER.search(text, ss, members[0].start) \
                        and not _BLOCKING_PREP.search(text, max(ss, members[0].start - 12), members[0].start) \
                        and self._status(text, ss, members[-1].end, members[-1].end + 40, items):
                    # "Stellantis and CATL said they will build a plant in Spain through a 50:50 joint venture"
                    self._pairs(members, "JOINT_VENTURE_WITH", si, "jv-through", emit)
                for name, pred, rx in _BETWEEN_RULES:
                    if bm := rx.search(before):
                        if len(members) > 2:
                            # "the joint venture of Ford Motor and Koc Holding, and Tofas, ...": after a pair joined by
                            # "and", ", and" opens the next coordinate of the sentence, not a third member
                            gaps = [text[members[k - 1].end:members[k].start] for k in range(1, len(members))]
                            cut = next((k for k in range(1, len(gaps)) if _COMMA_AND_GAP.fullmatch(gaps[k]) and
                                        any(_BARE_AND_GAP.fullmatch(g) for g in gaps[:k])), None)
                            if cut is not None:
                                members = members[:cut + 1]
                        self._pairs(members, pred, si, name, emit)
                        # "Huafeng Fuel Cell, a 50:50 venture between Toyota and SinoHytec": each partner holds a stake
                        # in the venture the apposition describes
                        v0 = members[0].start - len(before) + bm.start()
                        venture = next((it for it in reversed(items) if it.end <= v0), None)
                        if venture is not None and "Company" in venture.isa and not venture.ref and \
                                _VENTURE_APPOS.fullmatch(text, venture.end, v0) and \
                                all(x.eid != venture.eid for x in members):
                            for x in members:
                                emit(x.eid, "INVESTS_IN", venture.eid, si, "venture-owners", 0.7)
            if ", followed" in sent:
                self._followed_by(text, ss, se, items, si, out, spans, emit)
            if "under which" in sent:
                self._under_which_supply(text, ss, se, items, si, out, spans, emit)
            if ", while " in sent and ("suppl" in sent or "provid" in sent or "deliver" in sent):
                self._while_also_supplies(text, ss, se, items, si, out, spans, emit)

        sstarts = [s for s, _ in sentences] if found.links else []
        for subj, pred, obj, pos in found.links:
            k = bisect.bisect_right(sstarts, pos) - 1
            if k >= 0:
                emit(subj, pred, obj, k, _LINK_RULES.get(pred, "named-product"), 0.85)
        if ", as " in text:
            self._as_are(ct, sentences, allm, records, out, emit)
        low = found.lower if found.lower is not None and len(found.lower) == len(text) else text.lower()
        if "stake" in low or "interest" in low or "holding" in low:  # (the words every sale of a stake names)
            self._stake_sold_to(text, sentences, allm, records, emit)
        # the units named after their owners ("NIO China"), with those owners
        named_parent = {s: o for s, p, o, _ in found.links if p == "SUBSIDIARY_OF"}
        self._named_models(text, sentences, found, records, out, emit, named_parent)
        if self._brand_owners:
            self._named_brands(text, sentences, found, records, out, emit)
        self._develops_through_product(spans, out, emit)
        # A unit named after its owner has that owner: no other parent read from a reference (but another unit of the
        # owner may hold it: "BYD Auto Japan, set up as a subsidiary of BYD Japan"), and no supply between the two
        if named_parent:
            for k in [k for k in out if (k[1] == "SUBSIDIARY_OF" and k[0] in named_parent and
                                         k[2] != named_parent[k[0]] and named_parent.get(k[2]) != named_parent[k[0]]) or
                      (k[1] == "SUPPLIES" and (named_parent.get(k[2]) == k[0] or named_parent.get(k[0]) == k[2]))]:
                del out[k]
        # No company is its own owner's subsidiary: of "A SUBSIDIARY_OF B" and "B SUBSIDIARY_OF A", a verb's statement
        # outweighs a description's ("BYD Japan, the Chinese group's Japanese arm" read with the wrong group)
        owned: dict[tuple[str, str], list] = {}
        for k in out:
            if k[1] == "SUBSIDIARY_OF":
                owned.setdefault((k[0], k[2]), []).append(k)
        for (a, b), keys in list(owned.items()):
            back = owned.get((b, a))
            if a > b or not back:
                continue
            # (a pair is strong when any of its statements is a verb's; of two equals, the one whose name starts with
            # the other's: "Xiaomi Jingxi Technology" is Xiaomi's)
            strong = [any(not out[x].rule.startswith(_DESCRIPTION_RULES) for x in ks) for ks in (keys, back)]
            if strong[0] == strong[1]:
                na, nb = records[a].name, records[b].name
                strong = [na.startswith(nb + " "), nb.startswith(na + " ")]
            for ks, mine, other in ((keys, strong[0], strong[1]), (back, strong[1], strong[0])):
                if not mine or other == mine:
                    for x in ks:
                        del out[x]
        dev = {(k[0], k[2]) for k, r in out.items() if k[1] == "DEVELOPS" and _UNVEILED.search(r.evidence)}
        if dev:
            # A product the text has its maker unveil or develop, and names no other way of making: it is being
            # developed ("Zeekr unveiled the Mix" with "the Zeekr Mix" elsewhere), not yet made
            made = {(k[0], k[2]) for k, r in out.items() if k[1] == "MANUFACTURES" and r.rule not in _WEAK_MAKES}
            out = {k: r for k, r in out.items() if k[1] != "MANUFACTURES" or (k[0], k[2]) not in dev or (k[0], k[2]) in made}
        jvs = {(k[0], k[2]) for k in out if k[1] == "JOINT_VENTURE_WITH"}
        if jvs:  # a joint venture is the more specific statement of the two companies' partnership
            return [r for k, r in out.items() if k[1] != "PARTNERS_WITH" or (k[0], k[2]) not in jvs]
        return list(out.values())

    @staticmethod
    def _status(text: str, ss: int, ts: int, te: int, items: list[_Item], hedged: bool = True,
                negated: bool = True) -> str | None:
        """"stated", "planned" or None (hedged or negated); ``hedged``/``negated`` False: no hedge/negation up to ``te``."""
        window = text[max(ss, ts - 60):te]
        if hedged and _hedged(window, 0, len(window)):
            return None  # (but "X said it would supply Y" reports a decided plan)
        ns = max(ss, ts - 25)
        cut = text.rfind(",", ns, ts)
        if negated and _NEGATION.search(text[cut + 1 if cut >= 0 else ns:te]):
            return None  # (only this clause: "X does not make cars, but it supplies Y" still supplies)
        return "planned" if _PLANNED.search(text[max(ss, ts - 30):te]) else "stated"

    @staticmethod
    def _names_product(text: str, items: list[_Item], pos: int, se: int, kinds=("Technology", "Product")) -> bool:
        """Whether the verb ending near ``pos`` takes a named technology or product (of ``kinds``) as its object."""
        nxt = next((it for it in items if it.start >= pos - 2), None)
        return nxt is not None and nxt.start - pos < 50 and not nxt.isa.isdisjoint(kinds) and \
            _CLAUSE_BREAK.search(text, pos, nxt.start) is None and "," not in text[pos:nxt.start]

    @staticmethod
    def _pairs(members: list[_Item], pred: str, si: int, rule: str, emit) -> None:
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                emit(members[i].eid, pred, members[j].eid, si, rule, 0.75)

    def _trigger(self, text, ss, se, items, ts, te, pred, mode, rule, si, emit, status, context_regulator,
                 breaks: bool = True, subj_end: int | None = None) -> None:
        spec = _SPECS.get(pred) or _spec(pred)
        # Clause limits around the trigger (``breaks`` False: the sentence has no ";", ":", "—" or "–").
        left = ss
        right = se
        if breaks:
            for cb in _CLAUSE_BREAK.finditer(text, ss, ts):
                left = cb.end()
            cbr = _CLAUSE_BREAK.search(text, te, se)
            if cbr:
                right = cbr.start()
        before = [it for it in items if left <= it.start and it.end <= ts]
        after = [it for it in items if it.start >= te - 0 and it.end <= right]
        after = _before_poss_clause(text, after)
        if len(after) > 1 and _ORG in after[0].isa and not after[0].ref and _ORG in after[1].isa and \
                _owner_adjective(text, after[0], after[1]):
            after = after[1:]  # "has partnered with Geely-owned Zeekr": the owner describes the one named after it
        if len(before) > 1 and text.find("-", before[0].end, before[-1].start) >= 0:
            before = [x for x, y in zip(before, before[1:]) if not (
                _ORG in x.isa and not x.ref and _owner_adjective(text, x, y))] + before[-1:]
            # (and before the verb: "Geely-owned Volvo Cars buys cells")
        al = 1 if len(after) > 2 and after[0].ref and text[after[0].end:after[1].start] == " " else 0
        if len(after) > al + 1 and "Alliance" in after[al].isa and not after[al + 1].ref and \
                _ALLIANCE_MEMBERS_AFTER.fullmatch(text, after[al].end, after[al + 1].start):
            after = after[al + 1:]  # "to its HIMA partners Seres Group, Chery and BAIC": the members named after it
        if rule == "listed" and text[ts:ts + 6].lower() == "follow" and \
                (exch := next((it for it in after if "Exchange" in it.isa), None)) is not None and \
                self._status(text, ss, ts, exch.start, items) == "stated":
            # "Chery follows CATL and Sanhua Intelligent Controls onto the Hong Kong bourse": those it follows are
            # listed there too
            for it in after:
                if it.end <= exch.start and "Company" in it.isa and not it.ref:
                    emit(it.eid, "LISTED_ON", exch.eid, si, "followed-onto", 0.65, "stated")
        if rule == "partners" and len(after) > 2 and text[te - 4:te] == "with":
            # "Chery works with MVM, JAC Motors with Kerman Motor, and Changan with SAIPA": the verb left out of the
            # pairs after the first
            k = 1
            while k + 1 < len(after) and _GAPPED_PAIR_LEAD.fullmatch(text, after[k - 1].end, after[k].start) and \
                    _GAPPED_WITH.fullmatch(text, after[k].end, after[k + 1].start) and \
                    _ORG in after[k].isa and _ORG in after[k + 1].isa and not (after[k].ref or after[k + 1].ref):
                j = k + 1
                if j + 1 < len(after) and _possessed_company(text, after[j], after[j + 1]):
                    j += 1  # "and Amara Raja with Gotion High-Tech's GIB EnergyX venture": the possessed company
                emit(after[k].eid, "PARTNERS_WITH", after[j].eid, si, "partners-gapped", 0.65, status)
                if k == 1:
                    right = after[1].start
                k = j + 1
            if k > 1:
                after = after[:1]
        if rule == "partners" and before and after and _DEAL_WITH.search(text, ts, te) and \
                not _COOPERATION_WORD.search(text, max(left, ts - 30), te) and \
                (sm := _SERVICE_TO.match(text, after[0].end, right)) is not None and \
                not _COOPERATION_WORD.search(text, sm.end(), min(right, sm.end() + 60)) and \
                _supply_direction(before[-1].isa, after[0].isa):
            # "Horiba MIRA signed an agreement with Changan to test and validate ...": a contract for work done is a
            # supply deal, its direction the two companies' places in the chain
            self._trigger(text, ss, se, items, ts, te, "SUPPLIES", mode, "supply-deal", si, emit, status,
                          context_regulator, breaks, subj_end)
            return
        if rule == "partners" and before and _WITH_CUSTOMERS.match(text, te):
            # "supplies lithium under long-term agreements with customers including Tesla and BMW": the customers named
            self._trigger(text, ss, se, items, ts, te, "SUPPLIES", mode, "customers-including", si, emit, status,
                          context_regulator, breaks, subj_end)
            return
        if rule == "supplies" and (_SUPPLY_DEAL.match(text, ts) or _SUPPLY_NOUN.match(text, ts)):
            return  # "supply" modifying a noun ("a supply agreement with", "its supply chain")
        if len(after) > 1 and rule in ("made-by", "supplied-by", "developed-by") and _ORG in after[0].isa and not after[0].ref and \
                (um := _OWNERS_UNIT.match(text, after[0].end)) is not None and um.end() == after[1].start and \
                _ORG in after[1].isa:
            after = after[1:]  # "made by BYD subsidiary FinDreams Battery": the unit makes it, not its owner
        if rule == "supplies" and (first := next((it for it in items if ts < it.start < te), None)) is not None and \
                _ORG in first.isa and not first.ref and _VERB_THEN_NAME.fullmatch(text, ts, first.start):
            # "supplies BMW Motorrad with the 895cc twin engine for the F 900 range": the customers are the names
            # right after the verb when "with" follows them, not what comes after "for"
            last = [it for it in items if it.group == first.group and it.start >= first.start][-1] \
                if first.group != -1 else first
            if last.end < te and _WITH_GOODS.match(text, last.end):
                te = first.start
                after = [it for it in items if it.start >= te and it.end <= right]
        if rule == "partners" and _SUPPLY_DEAL.search(text, max(left, ts - 30), te):
            return  # "supply agreements with": the supply-deal rule reads it
        if rule == "partners" and "to " in text[te:te + 160] and \
                (cm := _RULE_RX["contract-to-supply"].search(text, max(left, ts - 50))) is not None and \
                cm.end() == te and not _COOPERATION_DEAL.search(text, cm.start(), te):
            return  # "signed a framework agreement with Gotion to supply production lines": a sale, not a partnership
        if rule == "tech-powers" and not (before and "Technology" in before[-1].isa and not before[-1].ref and
                                         _TECH_POWERS_GAP.fullmatch(text, before[-1].end, ts)):
            return  # only a named technology right before ("Pangu now powers", "MindGPT, which powers") powers it
        if rule == "founded-by":
            # a person who founded it holds no stake for the rule, nor does a company named with them ("founded by
            # Shen Hui, a former vice-president of Geely Holding"), nor people named by a company ("founded by
            # former BMW executives")
            after = [] if after and "Person" in after[0].isa else [
                it for it in after if "Person" not in it.isa and not _STAFF_AFTER.match(text, it.end) and
                not text[max(0, it.start - 7):it.start].lower().endswith("former ")]
        if rule == "tech-powers":
            after = [it for it in after if not it.ref]  # ("which powers its Lixiang Tongxue assistant": the assistant)
        if rule == "tech-used-by" and not (before and "Technology" in before[-1].isa and not before[-1].ref and
                                          _TECH_USED_GAP.fullmatch(text, before[-1].end, ts) and after and
                                          _USER_GAP.fullmatch(text, te, after[0].start)):
            # only a named technology right before ("is used by", ", a platform also used by") is the thing used, and
            # only a name right after uses it (not "used in energy storage, BYD said")
            return
        if rule == "uses":
            # ("parts, already used on the SU7, carry over to the SUV, and Sanhua is believed to provide the heat-pump
            # valves": a technology past a new clause is that clause's)
            after = [it for it in after if not _NEW_CLAUSE.search(text, te, it.start)]
            # (nor one the thing used replaces: "the integrated battery can replace traditional lead-acid units")
            after = [it for it in after if not _REPLACED_BEFORE.search(text, te, it.start)]
        if rule == "makes-for":
            if not after or not _FOR_THE.fullmatch(text, te, after[0].start):
                return  # "produce SiC devices for the Chinese car market, with Sanan ...": no customer right after "for"
            # the customers are named before the next verb after "for" (not "designs the system for the AITO range and
            # buys the units from Goertek")
            if (vb := _AND_NEXT_VERB.search(text, after[0].end, right)) is not None:
                after = [it for it in after if it.end <= vb.start()]
            if text[ts:te].split(None, 1)[0].lower() in _BASE_VERBS and \
                    not (before and _BASE_VERB_GAP.fullmatch(text, before[-1].end, ts)):
                head = [it for it in before if it.group == before[0].group] if before else []
                if not (head and _AND_MODAL_BEFORE.search(text, head[-1].end, ts) and
                        _CLAUSE_SUBJECT_VERB.match(text, head[-1].end)):
                    return  # "supplies Nissan from Smyrna and will make cells for BMW": the maker is not the name before
                # "AESC supplies Nissan from Smyrna and will make cells for BMW": the clause's subject makes them
                subj_end = head[-1].end
        if rule == "distributed-through" and text[ts:te].lower().startswith(("sell", "sold", "market")) and after and \
                _OWN_UNIT_APPOS.match(text, after[0].end):
            return  # "sells its cars in Europe through Leapmotor International, its joint venture with Stellantis"
        if rule == "sold-by-dealers" and text[ts - 2:ts] == ", " and not (
                before and before[-1].end == ts - 2 and "Company" in before[-1].isa):
            return  # "XPeng, now sold by Bilia": a company's apposition ("Toyota's bZ3X, sold by GAC Toyota": a car's)
        if rule == "distributes":
            # the distributor is named close before the verb ("EVDirect, which distributes BYD cars"), not a name
            # a clause or two back
            before = [it for it in before if _DISTRIBUTOR_GAP.fullmatch(text, it.end, ts)][-1:]
        if rule == "listed" and _LIST_ATTEMPT.search(text, max(left, ts - 45), ts):
            return  # "withdrew its application to list on", "is seeking to list in": not listed
        if rule == "subsidiary-verb" and _NOT_OWNER.search(text, max(left, ts - 40), ts):
            return
        if rule == "sources-from" and any("Company" in it.isa and not it.ref and ts < it.start and it.end < te and
                                          text[it.end:it.end + 1] not in "-'’" for it in items):
            return  # "Geely bought Volvo Cars from Ford Motor": a company bought is an acquisition, not goods
        if rule == "subsidiary-verb" and text[te - 2:te] == "by" and after and \
                not _BY_AGENT_GAP.fullmatch(text, te, after[0].start):
            return  # "controlled by the Abu Dhabi government, poured $2.2 billion into NIO": the owner is no name found
        if rule == "subsidiary-verb" and before and after and text[te - 2:te] in ("by", "to") and \
                (_ORG in before[-1].isa or "Brand" in before[-1].isa) and \
                (_APPOS_BEFORE_PARTICIPLE.fullmatch(text, before[-1].end, ts) or
                 _BARE_PARTICIPLE_APPOS.fullmatch(text, before[-1].end, ts) is not None and
                 text[ts:te].split(None, 1)[0].lower() in ("owned", "controlled") or
                 ", the " in text[before[-1].start:before[-1].end] and not text[before[-1].end:ts].strip()):
            # ("competes most directly with MG, the brand owned by SAIC Motor": the brand's owner)
            # "competes with Sanden, the Japanese compressor maker now controlled by Hisense": the apposition's name
            k = next((k for k, it in enumerate(after) if "Country" not in it.isa), None)  # ("China's")
            if k is not None and _ORG not in after[k].isa:
                return  # "BYD, the carmaker controlled by Wang Chuanfu, and Geely": a person's, not the next name's
            if k + 1 < len(after) and _possessed_company(text, after[k], after[k + 1]):
                k += 1  # "Scania, the truck maker owned by Volkswagen's Traton": the possessed company is the owner
            owned = [before[-1]]
            if (bm := _BARE_PARTICIPLE_APPOS.fullmatch(text, before[-1].end, ts)) is not None and bm.group("all"):
                owned = [it for it in before if it.group == before[-1].group and not it.ref]  # ("A and B, both owned by")
            holders = []
            while k is not None:  # ("a taxi app owned by BMW and Mercedes-Benz"; not "..., and with Huayu's venture")
                holders.append(after[k])
                k = k + 1 if k + 1 < len(after) and after[k + 1].group == after[k].group and \
                    " with " not in text[after[k].end:after[k + 1].start] and \
                    " by " not in text[after[k].end:after[k + 1].start] else None  # (", and by Bose": another phrase)
            many = len({h.eid for h in holders}) if text[ts:te].lower().startswith("owned") else 1
            for h in holders:
                for o in owned:
                    if many > 1:  # (owners named together hold stakes: see "owners-by")
                        emit(h.eid, "INVESTS_IN", o.eid, si, "owners-by", 0.7, status)
                    if many <= 2:
                        emit(o.eid, "SUBSIDIARY_OF", h.eid, si, rule, 0.7, status)
            return
        if rule == "subsidiary-verb" and _JV_BEFORE.search(text, max(left, ts - 60), ts):
            # "a joint venture that is 51% owned by Stellantis and 49% by Leapmotor": the owners are the JV partners
            owners = [it for it in after if _ORG in it.isa and not it.ref]
            self._pairs(owners, "JOINT_VENTURE_WITH", si, "jv-owned", emit)
            return
        if rule == "supplies" and _PASSIVE_AUX.search(text, max(left, ts - 24), ts) and \
                not text[ts:te].split(None, 1)[0].lower().endswith("ing"):  # (not "is also supplying heat pumps to")
            # "GEM turns nickel into precursor that is shipped to EcoPro BM": goods in a relative clause are those
            # of the clause subject before them (one company)
            gm = _GOODS_THAT.search(text, max(ss, ts - 70), ts)
            if gm is not None and len(after) > 1 and "Country" in after[0].isa and \
                    text[after[0].end:after[1].start] in ("'s ", "’s "):
                after = after[1:]  # "shipped to South Korea's EcoPro BM"
                te = after[0].start
            if gm is not None and after and _ORG in after[0].isa and text[te:after[0].start].strip(" ") in ("", "the") \
                    and not _HEDGE.search(text, ss, ts) and not _NEGATION.search(text, ss, ts):
                makers_ = self._subject(text, [it for it in items if it.end <= gm.start()], frozenset((_ORG,)), gm.start())
                if len(makers_) == 1 and "Company" in makers_[0].isa:
                    for o in [y for y in after if y.group == after[0].group and _ORG in y.isa and not y.ref]:
                        if o.eid != makers_[0].eid:
                            emit(makers_[0].eid, "SUPPLIES", o.eid, si, "goods-shipped", 0.65, status)
            return  # "a share of its output is shipped to BYD": the goods are the subject (their owner: _carried)
        if rule == "made-by" and before and before[-1].ref and "Product" in before[-1].isa and \
                not _REF_MADE_BY_GAP.fullmatch(text, before[-1].end, ts):
            return  # "The five-seat SUV runs on packs built by CATL": the maker of a part, not of the car referred to
        if rule == "fleet-made-by":
            # the operator is the clause's subject right before the verb ("SF Express will deploy ... vans made by White
            # Rhino"; not "Sinopec supplies hydrogen to fleets running trucks built by Foton")
            op = next((it for it in reversed(before) if "Company" in it.isa and _FLEET_GAP.fullmatch(text, it.end, ts)), None)
            obj = after[0] if after and text[te:after[0].start].strip(" ") in ("", "the") and "Company" in after[0].isa \
                else None
            if op is not None and obj is not None and op.eid != obj.eid and not _HEDGE.search(text, left, right) and \
                    not _NEGATION.search(text, left, te):
                for o in [y for y in after if y.group == obj.group and "Company" in y.isa and not y.ref]:
                    emit(o.eid, pred, op.eid, si, rule, 0.7, status)
            return
        if rule == "runs-stores":
            # a dealer's franchises: the first names right after the trigger, for a subject that is no maker ("Seres
            # Group sells Aito ... and runs showrooms for Denza" is the dealer's clause, not Seres's)
            subjects = self._subject(text, before, spec.domain, ts)
            if not subjects or any(x.isa & MAKER_KINDS for x in subjects):
                return
            objects = [it for it in after if it.group == after[0].group] if after and after[0].start - te <= 5 else []
            for s_ in subjects:
                for o in objects:
                    emit(s_.eid, pred, o.eid, si, rule, 0.7, status)
            return
        if rule == "facility-with" and _VERB_WITH.match(text, ts) and _JV_THAT.search(text, max(left, ts - 60), ts):
            # "CFMoto KTMR2R, a joint venture it set up with KTM", "Jiyue, the electric-car joint venture it set up
            # with Geely": the venture's founders
            pred, spec = "JOINT_VENTURE_WITH", _SPECS.get("JOINT_VENTURE_WITH") or _spec("JOINT_VENTURE_WITH")
        if rule == "facility-with" and _VERB_WITH.match(text, ts):
            # "a computing centre that Xpeng opened with Alibaba Cloud", "HIMA, which JAC runs with Huawei": the
            # clause's own subject right before the verb; "which it runs with": the company the sentence opens with;
            # "Xpeng's Fuyao centre, also run with": a participle about the facility (its owner, see ``_subject``)
            own = next((it for it in reversed(before) if _VERB_SUBJECT_GAP.fullmatch(text, it.end, ts)), None)
            if own is not None:
                before = [own]
            elif _PRONOUN_BEFORE.search(text, max(left, ts - 12), ts):
                first = next((it for it in items if left <= it.start and _ORG in it.isa), None)
                if first is None or first.end > ts:
                    return
                before = [first]
            elif not _PARTICIPLE_COMMA.search(text, max(left, ts - 12), ts):
                return
        if rule == "with-partner":
            # the company that opens the sentence, not a name inside an earlier phrase ("at the former Nissan plant")
            first = next((it for it in items if _ORG in it.isa), None)
            subjects = [first] if first is not None and "Company" in first.isa and not first.ref and \
                first.end <= ts and not _CLAUSE_BREAK.search(text, first.end, ts) else []
            objects = [it for it in after if _fits(it.isa, spec.range) and it.start - te < 20][:1]
            if objects and text[ts:te].rstrip().endswith(("including", "such as", "like")):
                # ("with partners including Tsingshan, Vale Indonesia and Ford": every name of the list)
                objects += [it for it in after if it.group == objects[0].group and it.start > objects[0].start and
                            not it.ref and _fits(it.isa, spec.range)]
            for s_ in subjects:
                for o in objects:
                    emit(s_.eid, pred, o.eid, si, rule, 0.7, status)
            return
        if mode == "rev":
            subj_side, obj_side = after, before
            subj_dom, obj_rng = spec.domain, spec.range
            if rule == "owns":
                if _OWNED_WITH.search(text, max(ss, ts - 60), ts):
                    return  # "together with Albemarle owns the Talison": a joint holding, not one owner's unit
                if _REL_PRONOUN_BEFORE.search(text, max(ss, ts - 16), ts):
                    obj_side = [it for it in obj_side if it.end <= ts][-1:]  # "AGC, ... and NSG, which owns Pilkington"
                subj_dom = subj_dom | {"Brand"}  # ("BYD owns Denza": a brand owned is its brand, see ``emit``)
            subjects = self._first_group(subj_side, subj_dom, text)
            if rule == "issued-by" and subjects and subjects[0].ref and subjects[0].start - te > 40:
                subjects = []  # ("introduced by France's ecological transition ministry, a car ... its production")
            if subjects and (_NEW_PHRASE.search(text, te, subjects[0].start) or subjects[0].start - te > 3 and
                             _NEW_CLAUSE_BEFORE.search(text, te, subjects[0].start) and _OWN_VERB.match(text, subjects[0].end)):
                # "backed by three state-owned carmakers, and with GAC's Ruqi": the name is in another phrase;
                # "sources modules from outside suppliers, and Zeekr uses ...": it opens a new clause
                subjects = []
            if subjects and (nx := next((it for it in subj_side if it.start > subjects[-1].end and not it.ref and
                                          _fits(it.isa, subj_dom) and
                                          _APPOS_AND_NEXT.fullmatch(text, subjects[-1].end, it.start)), None)):
                # "co-led by SAIC Capital, the investment arm of SAIC Motor, and GAC Capital": past the apposition
                subjects = subjects + [it for it in subj_side if it.group == nx.group and it.start >= nx.start]
            if subjects and rule == "sources-from":
                if any(s_.ref for s_ in subjects) and (named := [s_ for s_ in subjects if not s_.ref]):
                    subjects = named  # "its chassis from Spark, its battery from WAE": "its" is the buyer
                # "buys domain controllers from Desay SV and chassis parts from Tuopu Group": the gapped verb's sellers
                for it in subj_side:
                    if it.start >= subjects[-1].end and not it.ref and _fits(it.isa, subj_dom) and \
                            _GAPPED_FROM.fullmatch(text, subjects[-1].end, it.start):
                        subjects.append(it)
            if subjects and rule == "taps" and pred == "SUPPLIES" and (fellow := next(
                    (it for it in subj_side if it.start > subjects[-1].end and not it.ref and _fits(it.isa, subj_dom) and
                     _ALONGSIDE_FELLOW.fullmatch(text, subjects[-1].end, it.start)), None)) is not None:
                subjects = subjects + [fellow]  # "picked FinDreams as a second supplier alongside CATL": CATL supplies too
            if subjects and rule == "taps" and pred == "SUPPLIES" and (second := next(
                    (it for it in subj_side if it.start > subjects[-1].end and not it.ref and
                     _fits(it.isa, subj_dom) and _GAPPED_TAP.fullmatch(text, subjects[-1].end, it.start) and
                     _GAPPED_TAP_AFTER.match(text, it.end)), None)) is not None:
                # "picked Nuode to supply copper foil and Dingsheng to supply aluminium foil": the second one too
                subjects = subjects + [second]
            objects = self._nearest_group(obj_side, obj_rng)
            if objects and (rule in _ACTIVE_REV or rule == "sources-from" and _ACTIVE_SOURCES.match(text, ts)) and \
                    (_prep_object(text, objects[0].start) or not objects[-1].ref and _possessor(text, objects[-1])):
                # "buys substrates from SICC and has agreed to take wafers from SMIC", "Aumovio, the group spun off
                # from Continental, has selected Kinwong", "Zeekr, Geely's premium unit, picked Axalta": the active
                # verb's subject, not a name in a phrase before
                clause_subject = self._subject(text, obj_side, obj_rng, ts)
                # (a list after a preposition is the preposition's: "competes with SANY and XCMG ..., and sources")
                prep_groups = {it.group for it in obj_side if _prep_object(text, it.start)}
                if clause_subject and not any(it.start >= clause_subject[-1].end and it.group != clause_subject[-1].group and
                                              text[it.start - 1:it.start] not in "(（" and
                                              not _SUBSIDIARY_OR_BRAND.isdisjoint(it.isa) and
                                              not _prep_object(text, it.start) and it.group not in prep_groups and
                                              not _possessor(text, it)
                                              for it in obj_side):
                    objects = clause_subject  # (unless a name nearer the verb is its subject: "Voyah, the brand of
                    # Dongfeng, sources")
            if len(objects) == 1 and _PAREN_COMMA_AFTER.match(text, objects[0].end) and (unit := next(
                    (p for p in reversed(obj_side) if p.end <= objects[0].start and _fits(p.isa, obj_rng)), None)) is not None and \
                    _UNIT_OF_APPOS.fullmatch(text, unit.end, objects[0].start):
                objects = [unit]  # "Sunwoda EVB, the battery unit of Sunwoda Electronic, has picked SGS": the unit
            if rule == "developed-by" and len(objects) == 1 and "Technology" in objects[0].isa and \
                    not text[objects[0].end:ts].strip():
                # "CathoGuard 800, an e-coat developed by BASF": the product the apposition describes, not its kind
                named = next((it for it in reversed(obj_side) if it.end <= objects[0].start), None)
                if named is not None and "Product" in named.isa and not named.ref and \
                        _JV_APPOS.fullmatch(text, named.end, objects[0].start):
                    objects = [named]
            if rule == "built-from" and objects and not _BUILT_OWNER_GAP.fullmatch(text, objects[-1].end, ts):
                objects = []  # (the owner heads the passive: not "Filings with MIIT show the packs are made with")
            if rule == "made-by" and objects and _PART_BEFORE_PASSIVE.search(text, objects[-1].end, ts) and \
                    not _APPOSED_KIND_START.match(text, objects[-1].end):
                # "fits the Fushun EV with an LFP battery made by Gotion": the battery's maker, not the car's (but "the
                # Blade battery, a lithium iron phosphate pack made by FinDreams" describes the named product)
                objects = []
            if rule == "supplied-by" and objects and _FOR_CUSTOMER_BEFORE.search(text, max(ss, objects[0].start - 12),
                                                                                   objects[0].start) and \
                    _PREP_PHRASE_GAP.match(text, objects[-1].end):
                # "casts rear floors for NIO and Xpeng, on presses supplied by LK Technology": the presses serve the
                # maker of the floors, not its customers
                objects = []
            if rule == "made-at" and objects and _CONTRAST.search(text, objects[-1].end, ts):
                objects = []  # "uses the HarmonyOS cockpit, while its body is produced at Seres' factory"
            if rule == "through-unit":
                objects = [o for o in objects if "Company" in o.isa]  # (not "listed on the Shenzhen Stock Exchange")
                own = next((it for it in items if it.ref and ts <= it.start < te and "Company" in it.isa), None)
                if own is not None and not _PASSIVE_BY.search(text, ss, ts):
                    # "sells separators to CATL through its subsidiary Jiangxi Andi": whom "its" names (but "is
                    # controlled by Ping An through its unit": the agent's)
                    objects = [own]
            if rule == "approval-of":
                # (a plan "approved by the State Council" is issued; "the exchange is supervised by the CSRC" is overseen)
                objects = [o for o in objects if "Company" in o.isa or "Exchange" in o.isa]
            if objects and rule.endswith("-by") and _AND_PASSIVE_GAP.fullmatch(text, objects[-1].end, ts) and \
                    _prep_object(text, objects[0].start):
                # "Avatr, the carmaker controlled by Changan and backed by CATL": both passives describe Avatr
                ante = next((it for it in reversed(obj_side) if it.end <= objects[0].start), None)
                objects = [ante] if ante is not None and _fits(ante.isa, obj_rng) and \
                    _APPOS_PASSIVE.fullmatch(text, ante.end, objects[0].start) else []
            if objects and mode == "rev" and rule.endswith("-by") and _OWN_PASSIVE_SUBJECT.search(text[objects[-1].end:ts]):
                objects = []  # "..., the battery is supplied by CATL": the passive's subject is the battery, not a name
            if objects and pred == "SUPPLIES" and _IN_APPOS_OPEN.search(text, max(ss, objects[0].start - 40), objects[0].start) and \
                    _IN_APPOS_CLOSE.fullmatch(text, objects[-1].end, ts):
                # "Tuopu Group, a long-standing Tesla supplier, runs cells bought from LK": the apposition's head buys
                head = next((it for it in reversed(obj_side) if it.end <= objects[0].start - 2), None)
                objects = [head] if head is not None and _fits(head.isa, obj_rng) and \
                    _IN_APPOS_HEAD_GAP.fullmatch(text, head.end, objects[0].start) else []
            if objects and pred == "SUPPLIES" and rule.endswith("-by") and _INTO_GOODS_BEFORE.search(text, objects[-1].end, ts):
                objects = []  # "Nexperia's chips go into modules supplied by Bosch": the modules' maker, not the chips'
            if objects and pred == "SUPPLIES" and _CONTRAST.search(text, objects[-1].end, ts):
                objects = []  # "fitted with CATL's Qilin battery, while the base version's is supplied by FinDreams"
            if not objects and pred == "SUPPLIES":
                # "The SU7's battery cells are supplied by CATL", "On the Xiaomi SU7 the cells are bought from FinDreams":
                # the goods go to the maker of the product they are for
                prod = next((it for it in reversed(before) if "Product" in it.isa and not it.ref), None)
                maker = self._makers.get(prod.eid) if prod is not None and self._car(prod) else None
                if maker is not None and (not _OWN_PASSIVE_SUBJECT.search(text[prod.end:ts]) or
                                          _PART_WORD.search(text, prod.end, ts)):
                    objects = [_Item(prod.start, prod.end, maker, self._records[maker].isa, True)]
                elif prod is None and not any("Company" in it.isa for it in before) and (
                        _PART_WORD.search(text, left, ts) and (maker := self._focus_car(text, ss, ts, items)) is not None or
                        (maker := self._focus_part(text, ss, left, ts)) is not None):
                    # "the battery of the base version is supplied by FinDreams" in an article about one maker's car
                    objects = [_Item(ts, ts, maker, self._records[maker].isa, True)]
            if not objects and pred == "ISSUED" and context_regulator and _POLICY_ANAPHOR.match(text, ss, ts):
                # "The policy, jointly issued by MIIT and MOF, ...": the policy named just before
                objects = [_Item(0, 0, eid, frozenset({"Policy"}), True) for eid in context_regulator]
        elif mode == "policy":
            subjects = [it for it in items if it.end <= ts and "Policy" in it.isa]
            if not subjects and context_regulator and _POLICY_ANAPHOR.match(text, ss, ts):
                # "Each document reaffirmed support for ...": the policies of the previous sentences.
                subjects = [_Item(0, 0, eid, frozenset({"Policy"}), True) for eid in context_regulator]
            # (not what it is to do away with: "eliminate hidden danger of lead-acid battery modification")
            objects = [it for it in after if _fits(it.isa, spec.range) and it.start - te < 160 and
                       not _AGAINST_BEFORE.search(text, te, it.start)]
        elif mode == "meet":
            regs = [it for it in before if "Regulator" in it.isa]
            subjects = regs[-1:] if regs else []
            if not subjects and context_regulator:
                subjects = [_Item(0, 0, context_regulator, frozenset({"Regulator", _ORG}), True)]
            objects = [it for it in after if _ORG in it.isa and "Regulator" not in it.isa and "Exchange" not in it.isa]
        else:
            fixed_objects = False
            # (a relative clause: the subject is its antecedent, not a name inside an apposition to it)
            subjects = self._subject(text, before if subj_end is None else [it for it in before if it.end <= subj_end],
                                     spec.domain if pred != "SUBSIDIARY_OF" else _SUBSIDIARY_SUBJECT, ts)
            if rule == "partners" and subjects and subj_end is None and _AND_ADVERB_VERB.search(text, max(ss, ts - 24), ts) and \
                    (head := next((x for x in before if not x.ref), None)) is not None and head is not subjects[0] and \
                    _fits(head.isa, spec.domain) and _SENTENCE_HEAD.fullmatch(text, ss, head.start) and \
                    _VERB_AFTER_HEAD.match(text, head.end):
                # "BYD replaced its importer Hedin Mobility Group ... and now works with dealer groups": the second verb
                # shares the sentence's subject
                subjects = [x for x in before if x.group == head.group and _fits(x.isa, spec.domain)]
            if pred == "SUBSIDIARY_OF":
                subjects = [x for x in subjects if "Regulator" not in x.isa]  # (a team or a club, not a ministry)
            elif pred == "COMPETES_WITH" and subjects and all("Brand" in x.isa and "Company" not in x.isa for x in subjects) \
                    and _OWN_BRANDS_BEFORE.search(text, max(ss, subjects[0].start - 12), subjects[0].start):
                # "Chery sold 28,000 vehicles including its Omoda and Jaecoo brands, narrowly ahead of Great Wall": the
                # owner the possessive points to is the rival, not its brands
                subjects = [it for it in before if it.end <= subjects[0].start and "Company" in it.isa and not it.ref][:1]
            if (ante := next((x for x in reversed(before[-4:]) if _WHOSE_TRIGGER.fullmatch(text, x.end, ts)), None)) \
                    is not None and _fits(ante.isa, spec.domain):
                # "BYD competes with Geely, whose cars are distributed by Sojitz G Auto", "Seres, whose AITO models are
                # sold through Huawei's stores": the name "whose" follows
                subjects = [ante]
            if subj_end is not None and (ante := next(
                    (it for it in before if it.end == subj_end and not it.ref and _fits(it.isa, spec.domain)), None)):
                # "The plant belongs to Fuyao Glass America in Moraine, Ohio, which supplies GM": the relative
                # clause's antecedent acts, though it is the object of a preposition
                subjects = [x for x in before if x.group == ante.group and _fits(x.isa, spec.domain)]
                if text.startswith("its ", ts):
                    subjects = [ante]  # ("with Dassault and with Siemens, which completed its takeover of": one owner)
                elif len(subjects) > 1 and subjects[-1] is ante and _singular_verb_at(text, ts):
                    subjects = [ante]  # "supply Geely, Changan and Seres Group, which builds the AITO M9": the last one
            if before and _ING_WORD.match(text, ts) and _WITH_ABSOLUTE.search(text, max(ss, before[-1].start - 7),
                                                                                  before[-1].start) and \
                    not text[before[-1].end:ts].strip() and _fits(before[-1].isa, spec.domain):
                # "..., with Sunwoda supplying packs for ...": the name after "with" is the participle's subject
                subjects = [before[-1]]
            elif rule == "goes-into" and (owner := next((x for x in reversed(before) if "Technology" not in x.isa), None)) \
                    is not None and _fits(owner.isa, spec.domain) and ts - owner.end <= 50 and \
                    (text.startswith(_OWNER_ADJ_TAILS, owner.end) or text.startswith(("'s ", "’s "), owner.end) or
                     owner.ref and text[owner.start:owner.end].lower() in ("its", "their")):
                # "Gotion-made lithium iron phosphate cells have gone into ...", "CATL's cells go into ..."
                subjects = [owner]
            objects = [it for it in after if _fits(it.isa, spec.range) and it.start - te < 130]
            if rule == "serves" and objects:
                # only the names right after the verb, and not a carmaker's buyers ("serves Geely and Lynk & Co buyers")
                group = [it for it in objects if it.group == objects[0].group]
                objects = group if objects[0].start - te <= 2 and not _SERVED_PEOPLE.match(text, group[-1].end) else []
            if objects and pred == "SUPPLIES" and _COMPANION_BEFORE.search(text, max(te, objects[0].start - 24),
                                                                        objects[0].start):
                objects = []  # "picked FinDreams as a second supplier for the SU7 alongside CATL": a fellow supplier
            if objects and (_NEW_CLAUSE_VERB.search(text, te, objects[0].start) or
                            (um := _UNKNOWN_OBJECT_APPOS.match(text, te, objects[0].start)) is not None and
                            not any(um.start("name") <= it.start < um.end("name") for it in after)):
                # (or an apposition describes it: "puts Geespace in competition with Qianxun SI, the joint venture of
                # Alibaba and Norinco": not the owners named in it)
                # "after acquiring the main assets of Japan's Takata, produces airbags ..., and German subsidiary
                # Preh": the verb's object was a name not recognised, and a new clause begins before the next name
                objects = []
            if rule == "makes" and objects and text[ts:ts + 5].lower() == "built" and \
                    _BUILT_ON_GAP.search(text, te, objects[0].start):
                objects = []  # "have built their driver-assistance stacks on Nvidia's Drive Orin": what they build on
            if objects and any(_ORG in it.isa and not it.ref and it.start < objects[0].start and
                               text[te:it.start].rstrip().endswith(",") and _OWN_VERB.match(text, it.end) for it in after):
                # "Carizon will develop the system, Horizon provides the Journey 6 chip": a name with its own verb
                # after a comma opens the next clause; what follows it is that clause's
                objects = []
            if rule in _VERB_MAKER_RULES and objects and (cb := _OBJECT_CLAUSE_END.search(text, te, objects[-1].start)):
                # "Zeekr launched the 007 sedan, opening a new front in a segment where the Tesla Model 3 ...": the
                # products the verb makes end where a participle or relative clause begins (a technology it drives
                # may follow: "designs and sells EVs, driving innovations in autonomous driving")
                objects = [it for it in objects if it.start < cb.start() or "Product" not in it.isa]
            if objects and after and after[0] is not objects[0] and _ENDS_PREP.search(text, max(ts, te - 6), te) and \
                    _PREP_OBJECT_GAP.fullmatch(text, te, after[0].start) and text[after[0].end:after[0].end + 1] not in "'’" \
                    and not (text[after[0].start:after[0].end].lower() in ("its", "their") and
                             _APPOSED_NAME.search(text, after[0].end, objects[0].start)):
                # "holds 51% of Lynk & Co": the preposition's object is the first name after it (not a determiner:
                # "held the world premiere of its first kei car, the Racco")
                objects = []
            if pred == "SUBSIDIARY_OF" and objects and \
                    (nxt := next((it for it in after if it.start > objects[0].end), None)) is not None and \
                    _possessed_company(text, objects[0], nxt):
                objects = [nxt]  # "owned by Volkswagen's Traton": the possessed company owns it (the possessor owns that)
            if pred == "COMPETES_WITH" and objects and text[objects[0].end:objects[0].end + 1] in ("'", "’"):
                # "challenged SQM's partnership deal with Codelco": the verb's object is what the possessor owns, so
                # only a product named right there ("outsold Tesla's Model Y") competes
                nxt = next((it for it in items if it.start > objects[0].end), None)
                if nxt is None or nxt.start - objects[0].end > 3 or "Product" not in nxt.isa:
                    objects = []
                elif all("Product" in x.isa or text[x.end:x.end + 1] in ("'", "’") for x in subjects):
                    # (a product, or what a company owns, "Xiaomi's new SUV outsold Tesla's Model Y": the products compete)
                    objects = [nxt]
                    while (ow := next((it for it in items if it.start > objects[-1].end), None)) is not None and \
                            _ORG in ow.isa and not ow.ref and text[ow.end:ow.end + 3] in ("'s ", "’s ") and \
                            _POSS_LIST_SEP.fullmatch(text, objects[-1].end, ow.start) and \
                            (nx := next((it for it in items if it.start == ow.end + 3), None)) is not None and \
                            "Product" in nx.isa:
                        objects.append(nx)  # ("competes with Tesla's Model Y, Xiaomi's YU7 and NIO's Onvo L90")
                        fixed_objects = True
                else:
                    # a company competing with "Nvidia's Orin platform and with Huawei" competes with their makers
                    rivals = [objects[0]]
                    pos = nxt.end
                    for it in objects:
                        if it.start >= pos:
                            if not _RIVAL_NEXT.fullmatch(text, pos, it.start) or "Company" not in it.isa:
                                break
                            rivals.append(it)
                            pos = it.end
                    objects = rivals
                    fixed_objects = True
            if objects and pred != "COMPETES_WITH" and _RIVALS_POSS.match(text, objects[0].end):
                # "supplies BYD's rivals including Tesla and Li Auto": the rivals named, not the one they rival
                objects = [it for it in objects if it.group != objects[0].group]
            if (len(objects) > 1 or (objects and objects[0].start - te > 12)) and not fixed_objects:
                # "Chery builds Luxeed cars, BAIC makes Stelato models and JAC produces the Maextro S800": a later
                # trigger of the same rule takes the objects after it (with its own subject)
                again = rx.search(text, te, objects[-1].start) if (rx := _RULE_RX.get(rule)) is not None else None
                if again is not None:
                    objects = [it for it in objects if it.start < again.start()]
            if objects and _NEW_PHRASE.search(text, te, objects[0].start):
                objects = []  # "develops with Seres, and from Xiaomi's YU7": the name is in another phrase
            if objects and objects[0].start - te > 3 and _NEW_CLAUSE_BEFORE.search(text, te, objects[0].start) and \
                    _OWN_VERB.match(text, objects[0].end):
                objects = []  # "sources modules from outside suppliers, and Zeekr uses ...": a new clause's subject
            if objects and objects[0].ref and objects[0].start - te > 4 and \
                    text[objects[0].start:objects[0].end].lower() in ("its", "their"):
                objects = []  # "started shipping the C10 to Europe ... and has since widened its reach": no object
            if objects and "," in text[te:objects[0].start] and _SPEAKER_AFTER.match(text, objects[0].end):
                objects = []  # "will deliver 1,030 buses to Santiago this year, Chile's Ministry of Transport said"
            if objects and (um := _UNIT_POSS.match(text, objects[0].end)):
                # "a joint venture with Volkswagen's software unit Cariad": the unit is the party, not its owner
                unit = next((it for it in after if it.start > objects[0].end), None)
                if unit is not None and unit.end > um.end():
                    unit = unit if unit.start - um.end() <= 4 else None
                # (or the name before the word: "cells to Geely's Zeekr unit and to NIO")
                objects = [unit] if unit is not None and _fits(unit.isa, spec.range) else []
            if objects and pred == "SUPPLIES" and text[objects[0].end:objects[0].end + 3] in ("'s ", "’s "):
                # "supplies basecoat to Geely's Zeekr brand": the brand named is the customer, not its owner
                brand = next((it for it in after if it.start == objects[0].end + 3), None)
                brands = [it for it in after if brand is not None and it.group == brand.group and _fits(it.isa, spec.range)]
                if brands and brands[0] is brand and _BRAND_AFTER.match(text, brands[-1].end):
                    objects = brands  # (and "to Geely's Zeekr and Lynk & Co brands")
            if objects and _OBJ_STOP.search(text, te, objects[0].start) and not (
                    _THAT_GAP.search(text, max(te, objects[0].start - 8), objects[0].start)
                    and _MAKE_VERB.match(text, objects[0].end)):
                # (but "cells for the Model 3 that Tesla builds" supplies the maker)
                objects = []
            if objects and not fixed_objects:
                # Objects: the first fitting group, and further fitting mentions close behind it.
                first = objects[0]
                kept = [first]
                in_appos = False  # past a name inside an apposition to the last object: only a repeated preposition goes on
                for it in objects[1:]:
                    if it.ref and text[it.start:it.end].lower() in ("its", "their"):
                        continue  # a possessive inside an object's relative clause ("whose SU7 uses ... in its trims")
                    if it.group != first.group and _IN_APPOS.fullmatch(text, kept[-1].end, it.start):
                        in_appos = True  # ("with Weichai Lovol, the farm arm of engine maker Weichai Power, and with")
                        continue
                    if text[it.end:it.end + 2] in ("'s", "’s") and _AND_PREP_AGAIN.fullmatch(text, kept[-1].end, it.end + 3):
                        continue  # ("and with GAC Group's Ruqi Mobility": the owner of the next name)
                    if _OPEN_RELATIVE.fullmatch(text, kept[-1].end, it.start):
                        continue  # ("with BYD, which ACMobility distributes, and with GAC Aion": a name inside the clause)
                    again = (am := _AND_PREP_AGAIN.fullmatch(text, kept[-1].end, it.start)) is not None and (
                        pred == "LISTED_ON" or am.group("p").lower() != "on") and (  # ("and on the Shanghai exchange")
                        text[max(ts, te - 5):te].lower().endswith(am.group("p").lower()) or
                        # ("supplies DriveONE units to Seres ..., and to Chery": the first object's preposition again)
                        text[max(te, first.start - 6):first.start].lower().rstrip().endswith(" " + am.group("p").lower()))
                    if not again and _AND_KIND_SUCH_AS.fullmatch(text, kept[-1].end, it.start):
                        again = True  # ("with Tesla, Volkswagen and a whole series of other Chinese brands such as MG")
                    if in_appos and not again:
                        break
                    in_appos = False
                    if (it.group == first.group or _OBJ_CONTINUE.match(text[kept[-1].end:it.start]) or again or (
                            "," in text[kept[-1].end:it.start] and _OBJ_RELATIVE.fullmatch(text, kept[-1].end, it.start))) and \
                            not _OWN_VERB.match(text, it.end) and (again or not _NEW_PHRASE.search(text, kept[-1].end, it.start)) and not (
                                text[kept[-1].end:it.start].strip() == "," and (
                                    text[it.end:it.end + 2] in ("'s", "’s") and "Modifier" not in it.isa and
                                    _NOUN_POST.match(text, it.end, min(se, it.end + 80))
                                    or it.ref and text[it.end - 2:it.end] in ("'s", "’s")
                                    and _NOUN_POST.match(text, it.end - 2, min(se, it.end + 80)))):
                        # (", NIO's battery swapping business", ", the carmaker's swapping unit": an apposition naming the
                        # object's owner)
                        kept.append(it)
                    else:
                        break
                objects = kept
            elif right < se and text[right] == ":" and pred in ("DEVELOPS", "MANUFACTURES") and \
                    _LIST_INTRO.fullmatch(text, te, right):
                # "released three new products at one time: A, B and C": every fitting name of the list
                nxt = _CLAUSE_BREAK.search(text, right + 1, se)
                end = nxt.start() if nxt else se
                objects = [it for it in items if right < it.start and it.end <= end and _fits(it.isa, spec.range)
                           and "Modifier" not in it.isa]
        if rule == "issued" and text[ts:ts + 4].lower() in ("rais", "incr", "hike"):
            subjects = [x for x in subjects if "Regulator" in x.isa]  # (a levy raised by a regulator, not a price)
        if rule == "makes" and subjects and text[ts:ts + 2].lower() in ("se", "so") and \
                all("Alliance" in x.isa for x in subjects):
            self._alliance_brands(text, after, te, subjects, si, emit, status)
        if rule == "jv-its" and not _ITS_VENTURE.search(text, max(ss, ts - 40), ts):
            return  # (a bare "venture with" only after "its" or in an apposition: "Guangxi Cummins, a venture with")
        if rule in ("jv", "jv-its") and subjects and (hm := _HOLDS_THROUGH.search(text, max(ss, ts - 160), ts)) is not None:
            holder = [it for it in before if it.end <= hm.start() and "Company" in it.isa]
            subjects = holder[-1:] if holder and not _CLAUSE_BREAK.search(text, holder[-1].end, hm.start()) else []
        elif rule in ("jv", "jv-its") and len(subjects) == 1 and subjects[0].ref and \
                text[subjects[0].start:subjects[0].end].lower() == "its" and (
                    jv := next((it for it in reversed(before) if it.end <= subjects[0].start), None)) is not None and \
                _ORG in jv.isa and not jv.ref and _VENTURE_ITS.fullmatch(text, jv.end, subjects[0].start):
            # "builds tractors through Beijing Foton Daimler Automotive, its 50:50 joint venture with Foton Motor", "leans
            # on FAW-Volkswagen, its oldest venture with Volkswagen": the apposition's "its" is the clause's subject, not
            # the venture it describes
            if (owner := _acting_before(text, ss, before, jv, spec.domain)) is not None:
                subjects = [owner]
            elif subjects[0].eid == jv.eid:
                subjects = []  # (no venture of its own)
            if subjects and (pm := _OWNED_PCT.search(text, jv.end, ts)) is not None and subjects[0].eid != jv.eid:
                # ("its 51%-owned venture with FAW": the owner's stake, a majority making the venture its subsidiary)
                emit(subjects[0].eid, "INVESTS_IN", jv.eid, si, "its-venture-stake", 0.7, status)
                if float(pm.group(1)) > 50:
                    emit(jv.eid, "SUBSIDIARY_OF", subjects[0].eid, si, "its-venture-stake", 0.7, status)
        elif rule in ("jv", "jv-its") and subjects and _JV_APPOS.fullmatch(text, subjects[-1].end, ts) and \
                not text.endswith("whose ", 0, ts):  # ("Weichai Power, the engine maker whose joint venture with")
            # the subject names the venture: its founder, named before it with a verb of founding, is the partner
            jv = subjects[0]
            founders = self._subject(text, [it for it in before if it.end <= jv.start], spec.domain, jv.start)
            fm = _FOUNDED.search(text, founders[-1].end, jv.start) if founders else None
            subjects = founders if fm is not None and not _CLAUSE_BREAK.search(text, founders[-1].end, jv.start) else []
            if not subjects and (actor := _acting_before(text, ss, before, jv, spec.domain)) is not None and \
                    not actor.ref and _THROUGH_BEFORE.search(text, actor.end, jv.start):
                subjects = [actor]  # "GKN Automotive works mainly through SDS, a 50-50 joint venture with Huayu"
            elif not subjects and not jv.ref:
                # "Changan Ford, a 50-50 venture with Ford": the owner the venture is named after, as the reference
                # records it
                words = set(re.findall(r"[\w\-]+", text[jv.start:jv.end].lower()))
                partners = {o.eid for o in objects} | {x for o in objects for x in self._owners.get(o.eid, ())}
                subjects = [_Item(jv.start, jv.start, eid, self._records[eid].isa, True)
                            for eid in sorted(self._owners.get(jv.eid, ())) if eid not in partners and eid in self._records
                            and self._records[eid].name.split()[0].lower() in words][:1]
        if rule in ("jv", "jv-its") and subjects and len(objects) > 1:
            # ("whose joint venture with Ballard Power Systems, Weichai-Ballard Hy-Energy Technologies, builds": a name
            # after the partner that joins the owner's and the partner's is the venture itself)
            heads = {_first_word(self._records[x.eid].name) for x in subjects if not x.ref}
            partner = _first_word(self._records[objects[0].eid].name)
            objects = [o for o in objects if o is objects[0] or not (
                heads & (words := set(_name_words(self._records[o.eid].name))) and partner in words)]
        if pred == "SUPPLIES" and mode == "fwd" and objects and objects[0].ref and \
                text[objects[0].start:objects[0].end].lower() in ("its", "their") and \
                (hm := _OWN_HOLDERS.match(text, objects[0].end)) is not None:
            # "supplies concentrate to its two shareholders Tianqi and Albemarle": the holders named
            first = next((it for it in after if it.start == hm.end()), None)
            objects = [it for it in after if first is not None and it.group == first.group and not it.ref]
        if pred == "SUPPLIES" and mode == "fwd" and subjects and objects and \
                all(o.ref and any(o.eid == x.eid for x in subjects) for o in objects):
            objects = []  # ("cells for the Mini EV since its launch": the subject's own "its" is no customer)
        if mode == "fwd" and len(subjects) == 1 and subjects[0].ref and \
                any(o.eid == subjects[0].eid and not o.ref for o in objects) and \
                text[subjects[0].start:subjects[0].end].lower() in ("its", "their", "it", "they") and \
                not any(it.eid == subjects[0].eid and not it.ref and it.end <= subjects[0].start for it in items):
            # ("The van maker said its deliveries rose, helped by orders from ZTO Express": an "its" read ahead to a
            # name among the objects is not the subject)
            subjects = []
        if mode == "fwd" and subjects and rule == "order-from":
            # ("Customers outside the SAIC group brought 60% of revenue, helped by orders from Tesla": not the seller)
            subjects = [x for x in subjects if not _OUTSIDE_BEFORE.search(text, max(ss, x.start - 12), x.start)]
        if pred == "SUPPLIES" and mode == "fwd" and subjects and not objects:
            # "Bosch supplies the braking system for the SU7": the maker of the product the goods are for
            prod = next((it for it in after if "Product" in it.isa and it.start - te < 80), None)
            maker = self._makers.get(prod.eid) if prod is not None and not prod.ref else None
            gm = _FOR_PRODUCT_GAP.fullmatch(text, te, prod.start) if maker is not None else None
            if gm is not None and (gm.group(1) or text[max(ts, te - 4):te].lower().endswith(("for", "to")) or
                                   # (not a car shipped or delivered itself: "the venture started shipping the C10")
                                   (rule == "supplies" and self._car(prod) and
                                    not text[ts:te].lower().startswith(("ship", "deliver")))) and \
                    all(x.eid != maker for x in subjects):
                objects = [_Item(prod.start, prod.end, maker, self._records[maker].isa, True)]
            elif rule == "supplies" and not any(_ORG in it.isa for it in after) and \
                    (maker := self._focus_part(text, ss, te, min(se, te + 60))) is not None and \
                    len(subjects) == 1 and subjects[0].eid != maker and "Company" in subjects[0].isa and \
                    not any(_ORG in it.isa and it.eid != subjects[0].eid for it in before):
                # "Fuyao Glass provides the windshield" in an article about one maker's car: that maker is the customer
                objects = [_Item(te, te, maker, self._records[maker].isa, True)]
        if rule == "made-by" and objects and _PART_OF_BEFORE.search(text, max(ss, objects[0].start - 50), objects[0].start):
            # "The lidar on the SU7 is made by Hesai": the maker of a part supplies the car's maker
            maker = self._makers.get(objects[0].eid)
            for s_ in subjects if maker is not None else ():
                if "Company" in s_.isa and s_.eid != maker:
                    emit(s_.eid, "SUPPLIES", maker, si, "part-made-by", 0.7, status)
            return
        if rule == "made-by" and objects and subjects:
            # ("the Li Auto L series and Aito models made by Seres": a product named after another maker is not its;
            # but "The Mazda EZ-6 is built by Changan Mazda", "the Toyota bZ3, built by a joint venture between FAW
            # and Toyota": a maker in or owning the agent is)
            # ("the Leapmotor T03 is assembled by Stellantis": an assembler builds another's model; "The Polestar 2 is
            # built by Geely": so does the owner of the company it is named after)
            if not text.startswith("assembled", ts):
                objects = [o for o in objects if o.ref or "Product" not in o.isa or
                           not self._named_after_others(text, o, subjects, owners_too=True)]
        if rule == "owns" and subjects:
            # "has taken control of KTM's parent, Pierer Mobility": the owner named in apposition, not the company
            owned = []
            for s_ in subjects:
                if (om := _OWNER_AFTER.match(text, s_.end)) is None:
                    owned.append(s_)
                elif (nx := next((it for it in items if it.start >= om.end()), None)) is not None and \
                        text[om.end():nx.start] in (", ", ", the ") and _ORG in nx.isa and not nx.ref:
                    owned.append(nx)
            subjects = owned
            if owned and objects and (tw := _TOGETHER_WITH.match(text, owned[-1].end)) is not None and \
                    (co := next((it for it in items if it.start == tw.end()), None)) is not None and \
                    _ORG in co.isa and not co.ref and self._status(text, ss, ts, tw.end(), items) is not None:
                # "owns Changzhou Haojue Suzuki Motorcycle together with Suzuki Motor": co-owners, each with a stake
                for o in objects:
                    if o.eid != co.eid:
                        emit(o.eid, "JOINT_VENTURE_WITH", co.eid, si, "owns-together", 0.7)
                    for x in owned:
                        for h in (o, co):
                            if h.eid != x.eid:
                                emit(h.eid, "INVESTS_IN", x.eid, si, "owns-together", 0.7)
                return
            if text.endswith("control of", ts, te) and (_CONTROL_PRONOUN.search(text, max(ss, ts - 20), ts) or
                                                        any(o.ref for o in objects)):
                # (not "the Dutch government said it had taken control of Nexperia": a pronoun may stand for a state)
                objects = []
        if pred == "INVESTS_IN" and objects and _SHARE_MARKET_GAP.match(text, te, objects[0].start):
            # "held about 40 percent of the Jordanian car market in 2025, outselling Toyota and Kia": a share of a
            # market, not of the companies named after it
            objects = []
        if pred == "INVESTS_IN" and objects:
            # "paid 1 billion euros for half of JAC's state-owned parent": the stake is in the owner, not in the name
            # (nor is "take more than half of its sales" a stake in the company whose sales they are)
            objects = [o for o in objects if not _OWNER_AFTER.match(text, o.end) and not (
                (text[o.end - 2:o.end] in ("'s", "’s") or text[o.end:o.end + 1] in ("'", "’") or
                 text[o.start:o.end].lower() in ("its", "their")) and _POSS_VOLUME.match(text, o.end))]
        if rule == "uses" and text[ts:ts + 4].lower() == "ship":
            subjects = [x for x in subjects if "Product" in x.isa]  # (a car ships with a system, not its maker)
        if not subjects or not objects:
            return
        if rule == "makes" and objects:
            # "produces motors for its parent's Dynasty and Ocean models": the models the goods are for are not its own
            objects = [o for o in objects if not ("Product" in o.isa and _FOR_WORD.search(text, te, o.start))]
            # "Mercedes-Benz makes cars in Kecskemét and BMW will start production of its iX3", "BMW, which has the Z4
            # made there, and Toyota, whose GR Supra ...": what comes after another company's own clause is its
            cut = next((x.start for x in after if te <= x.start and _ORG in x.isa and not x.ref and
                        all(x.eid != s_.eid for s_ in subjects) and _AND_BEFORE_NAME.search(text, max(te, x.start - 6),
                                                                                            x.start) and
                        (_OWN_VERB.match(text, x.end) or _WHOSE_AFTER.match(text, x.end))), None)
            if cut is not None:
                objects = [o for o in objects if o.start < cut]
            if not objects:
                return
        if rule == "together-set-up" and (len(subjects) != 1 or subjects[0].ref or subjects[0].end < ts - 2):
            return  # (the founder named right before "together with": "SinoHytec together with Toyota set up")
        if rule == "builds-with" and {o.eid for o in objects} & {x.eid for x in subjects}:
            return  # "supplies Tesla and Stellantis, and it will build a plant with Stellantis": no subject of its own
        if pred == "INVESTS_IN" and _DIVESTED.search(text, max(ss, ts - 40), ts):
            return  # "sold its stake in", "exited its holding in"
        if rule == "invests" and len(objects) > 1 and _GAPPED_SHARE.match(text, objects[1].end):
            # "SAIC Motor holds 50.1% of the venture, GM 44% and Guangxi Automobile the rest": the names after the
            # first object are holders of it too, each with its share
            held, objects = objects[0], objects[:1]
            others = [(o, gsm.group(0)) for o in after if o.start >= held.end and o.end <= se and _ORG in o.isa and
                      (gsm := _GAPPED_SHARE.match(text, o.end)) is not None]
            first = _share_value(text[ts:te])
            for o, share in others:
                emit(o.eid, "INVESTS_IN", held.eid, si, "gapped-share", 0.7, status)
                v = _share_value(share)
                if (v is not None and 50 < v < 100) or (v is None and len(others) == 1 and first is not None and
                                                        first < 50 and ("rest" in share or "remainder" in share)):
                    # "Geely owns 49.9% of Proton and DRB-Hicom the rest" (or "50.1%"): a majority holder
                    emit(held.eid, "SUBSIDIARY_OF", o.eid, si, "gapped-share", 0.7, status)
        conf = _CONF.get(mode, 0.7)
        launch = rule == "makes" and text[ts:ts + 6].lower() in ("launch", "rolled", "rolls ", "roll o")
        # "is 20% owned by Volkswagen": a share short of a majority is a stake; a majority short of the whole is both
        owned_pct = _share_value(pm[0]) if rule == "subsidiary-verb" and text[ts:te].lower().startswith("owned") and \
            (pm := _PCT_OWNED.search(text, max(ss, ts - 24), ts)) is not None else None
        # "SGMW, which is owned by SAIC Motor, General Motors and Guangxi Automobile Group": owners named together hold
        # stakes; two of them may control it jointly, three or more are not said to
        owners = len({o.eid for o in objects if _ORG in o.isa}) if rule == "subsidiary-verb" and owned_pct is None and \
            text[ts:te].lower().startswith("owned") else 0
        for s in subjects:
            for o in objects:
                if "Modifier" in o.isa and pred != "USES_TECHNOLOGY":
                    continue  # (but a car that uses "CATL's Shenxing LFP battery" uses LFP)
                if owners > 1 and _ORG in o.isa:
                    emit(o.eid, "INVESTS_IN", s.eid, si, "owners-by", conf, status)
                    if owners > 2:
                        continue
                if owned_pct is not None and owned_pct < 100:
                    emit(o.eid, "INVESTS_IN", s.eid, si, "share-owned-by", conf, status)
                    if owned_pct <= 50:
                        continue
                if rule == "invests" and _majority(text[ts:te], words=False):
                    # a majority owner controls the company: "Geely Auto owns about 65.7% of Zeekr"
                    emit(o.eid, "SUBSIDIARY_OF", s.eid, si, "majority-owner", conf, status)
                    if _whole(text[ts:te]) and not _STAKE_NOUN.search(text, ts, te):
                        continue  # (a majority short of the whole is a holding as well: "holds 51% of")
                if rule == "supply-deal":
                    d = _supply_direction(s.isa, o.isa)
                    if d:
                        emit(s.eid if d > 0 else o.eid, pred, o.eid if d > 0 else s.eid, si, rule, conf, status)
                    continue
                # Launching a battery, chip or system is developing it; launching a car is making it.
                p = "DEVELOPS" if launch and "TechProduct" in o.isa else pred
                if rule == "owns" and "Brand" in s.isa and _BRAND_WORD_END.search(text, ts, te):
                    p = "BRAND_OF"  # "owns the premium electric brand Voyah"
                emit(s.eid, p, o.eid, si, rule, conf, status)
                if pred == "INVESTS_IN" and rule in ("invests", "buys-company") and status == "stated" and \
                        "Company" in o.isa and \
                        _ORG in s.isa and _WHOLE_BUY.match(text, ts, te) and \
                        _WHOLE_GAP.fullmatch(text, te, o.start) and \
                        not _NOT_WHOLE.search(text, _whole_head_end(text, ts, te), o.start) and \
                        not _SHARE_OF_NAMED.match(text, o.end) and not _AGREED_TO.search(text, max(ss, ts - 40), ts):
                    # "Midea bought robot maker Kuka", "Joyson's acquisition of Key Safety Systems": the whole company
                    emit(o.eid, "SUBSIDIARY_OF", s.eid, si, "bought-whole", conf, status)
        if rule == "brand-run-by" and subjects:
            # "the brand jointly run by Chery Automobile and Huawei": the companies that run it together are partners
            self._pairs(list({o.eid: o for o in objects if _ORG in o.isa}.values()), "PARTNERS_WITH", si, rule, emit)
        if rule == "backed-by" and status == "stated" and _LED_BY.search(text, ts, te):
            # "a Series B round led by Hefei Industrial Investment Group, with existing backer Legend Capital also taking
            # part": the others named with the round's leaders invest too
            for c in _co_investors(text, subjects[-1].end, after, right):
                for o in objects:
                    if c.eid != o.eid and all(c.eid != x.eid for x in subjects):
                        emit(c.eid, "INVESTS_IN", o.eid, si, "co-investor", 0.7, status)
        if rule == "invests" and status == "stated":
            # "co-led a US$370 million round in Hesai in 2021 with Hillhouse and Meituan": the co-investors hold it too
            for c in _co_investors(text, objects[-1].end, after, right):
                for o in objects:
                    if c.eid != o.eid and all(c.eid != s.eid for s in subjects):
                        emit(c.eid, "INVESTS_IN", o.eid, si, "co-investor", 0.7, status)
        if pred == "SUPPLIES" and mode == "fwd":
            # "supplies cells to BMW for the Neue Klasse models": the customer makes the product the goods are for
            for o in objects:
                fm = _FOR_PRODUCT.match(text, o.end, right)
                if fm is not None and "Company" in o.isa:
                    prod = next((it for it in after if it.start == fm.end()), None)
                    if prod is not None and "Product" in prod.isa and not prod.ref and \
                            not _RIVAL_HEAD.match(text, prod.end) and self._makers.get(prod.eid, o.eid) == o.eid and \
                            not self._named_after_other(text, prod, o.eid):
                        emit(o.eid, "MANUFACTURES", prod.eid, si, "supplied-for", 0.7, status)

    @staticmethod
    def _part_of(text, ss, se, items, si, emit) -> None:
        """"Luxeed is part of Huawei's HIMA alliance", "Lynk & Co, now part of Zeekr Group", "merged into Zeekr",
        "HIMA includes AITO, Luxeed and Stelato", "AITO, Luxeed and Stelato are the HIMA brands": a brand belongs to
        the alliance or company, a company is a member of the alliance or a subsidiary of the company."""

        def link(x: _Item, whole: _Item, rule: str) -> None:
            if x.ref or x.eid == whole.eid:
                return
            alliance = "Alliance" in whole.isa
            if "Brand" in x.isa and not ("Company" in x.isa and alliance):
                emit(x.eid, "BRAND_OF", whole.eid, si, rule, 0.7)
            elif "Company" in x.isa or _ORG in x.isa and not alliance:  # ("NIMTE, also part of CAS": an institute)
                emit(x.eid, "MEMBER_OF" if alliance else "SUBSIDIARY_OF", whole.eid, si, rule, 0.7)

        if _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, se):
            return
        for i, it in enumerate(items):
            if _ORG not in it.isa and "Brand" not in it.isa:
                continue
            # X <is|, now> part of [the] [owner's] WHOLE
            if i + 1 < len(items) and (pm := _PART_OF.fullmatch(text, it.end, items[i + 1].start)) is not None:
                whole = items[i + 1]
                if "Country" in whole.isa and i + 2 < len(items) and \
                        text[whole.end:items[i + 2].start] in ("'s ", "’s "):
                    whole = items[i + 2]  # "DHL Parcel UK, part of Germany's DHL Group": the country describes it
                if whole.ref or _ORG not in whole.isa:
                    continue
                if i + 2 < len(items) and text[whole.end:whole.end + 1] in ("'", "’") and \
                        _PART_OF_POSS.fullmatch(text, whole.end, items[i + 2].start):
                    whole = items[i + 2]  # "part of Huawei's HIMA alliance": the alliance, not its owner
                # (after a comma only the name before it: "Chery and NIMTE, part of CAS, opened")
                # (the comma of an apposition, after any parentheses: "NIMTE (宁波材料所), also part of CAS")
                for x in [y for y in items[:i + 1] if y.group == it.group and (y is it or pm.group("appos") is None)]:
                    link(x, whole, "part-of")
            # ALLIANCE includes A, B and C
            if "Alliance" in it.isa and not it.ref and i + 1 < len(items) and \
                    _ALLIANCE_INCLUDES.fullmatch(text, it.end, items[i + 1].start):
                first = items[i + 1]
                for x in [y for y in items[i + 1:] if y.group == first.group]:
                    link(x, it, "alliance-includes")
            # A, B and C are the (four) ALLIANCE brands
            if "Alliance" in it.isa and not it.ref and i > 0 and _ARE_THE.fullmatch(text, items[i - 1].end, it.start) and \
                    _BRANDS_AFTER_ALLIANCE.match(text, it.end):
                last = items[i - 1]
                for x in [y for y in items[:i] if y.group == last.group]:
                    link(x, it, "alliance-brands")

    def _article_maker(self, found: Found, records, cars: bool = False) -> str | None:
        """The maker of the products (``cars``: the cars) the article names most (a specification table's subject),
        if one stands out."""
        counts: dict[str, int] = {}
        for m in found.mentions:
            mk = self._makers.get(m.entity_id)
            if mk is not None and mk in records and (not cars or self._car_by(m.entity_id, mk)):
                counts[mk] = counts.get(mk, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            return None  # no clear subject
        return ranked[0][0]

    def _article_car_maker(self) -> str | None:
        """The maker of the cars the article names most, if one stands out (worked out on first need)."""
        found, records, memo = self._focus
        if not memo:
            memo.append(self._article_maker(found, records, cars=True))
        return memo[0]

    def _focus_car(self, text: str, ss: int, pos: int, items: list[_Item]) -> str | None:
        """The carmaker of the article's car, when the clause before ``pos`` speaks of a car ("the base version",
        "the sedan", or a model of that maker) and the article is about one maker's cars."""
        maker = self._article_car_maker()
        if maker is None:
            return None
        left = ss
        for cb in _CLAUSE_BREAK.finditer(text, ss, pos):
            left = cb.end()
        if any(y.start >= left and y.end <= pos and "Product" in y.isa and self._makers.get(y.eid) == maker
               for y in items) or _VEHICLE_REF.search(text, left, pos):
            return maker
        return None

    def _part_for_focus(self, text, ss, se, items, si, emit) -> None:
        """"Fuyao Glass provides the windshield and the panoramic roof", "The lidar is Hesai's AT128": in an article
        about one maker's car, the company that provides the car's part, or owns the part named, supplies that maker."""
        for k, x in enumerate(items):
            if "Company" not in x.isa or x.ref:
                continue
            if text.startswith(("'s ", "’s "), x.end) and (pm := _PART_IS_POSS.search(text, max(ss, x.start - 60), x.start)):
                cust = self._focus_part(text, ss, pm.start(), x.start)  # "The lidar is Hesai's AT128"
                if cust is None or cust == x.eid or any(_ORG in y.isa for y in items[:k]):
                    continue
            elif k == 0:
                # the sentence's subject before a verb of providing (no organisation after it)
                gm = _PROVIDES_THE.match(text, x.end)
                if gm is None or any(_ORG in y.isa for y in items[1:]):
                    continue
                cust = self._focus_part(text, ss, gm.end(), min(se, gm.end() + 50))
                if cust is None or cust == x.eid:
                    continue
            elif (pb := _PROVIDED_BY_BEFORE.search(text, max(ss, x.start - 40), x.start)) is not None and \
                    not any(_ORG in y.isa for y in items[:k]):
                # "Smart-driving hardware for the sedan, including ..., is provided by Huawei": the part named in the
                # sentence's subject, the provider after the passive verb
                cust = self._focus_part(text, ss, ss, pb.start())
                if cust is None or cust == x.eid:
                    continue
            else:
                continue
            if not _HEDGE.search(text, ss, se) and not _NEGATION.search(text, ss, se):
                status = "planned" if _PLANNED.search(text, ss, se) else "stated"
                emit(x.eid, "SUPPLIES", cust, si, "part-for-car", 0.6, status)

    def _focus_part(self, text: str, ss: int, lo: int, hi: int) -> str | None:
        """The carmaker whose car has the part ``text[lo:hi]`` names: the one carmaker this paragraph speaks of (by name or
        by its cars; else the paragraph before), or the article's when the paragraph names none. A part only a car has
        ("the windshield") needs nothing more; another part ("the cells") needs that maker's car or "the car" nearby."""
        if _NAME_POSS.search(text, lo, hi):
            return None  # "the packs in Lanyue's latest models": another owner's car, even when its name is unknown
        car_part = _CAR_PART.search(text, lo, hi) is not None
        if not car_part and not _PART_WORD.search(text, lo, hi):
            return None
        maker = self._article_car_maker()
        found, records, _ = self._focus
        p1 = text.rfind("\n", 0, ss) + 1
        p2 = text.find("\n", hi)
        named: set[str] = set()
        cars: set[str] = set()
        for lo_, hi_ in ((p1, len(text) if p2 < 0 else p2), (text.rfind("\n", 0, max(0, p1 - 1)) + 1, p1)):
            for m in found.mentions:
                if lo_ <= m.start < hi_:
                    mk = self._makers.get(m.entity_id)
                    if mk is not None and self._car_by(m.entity_id, mk):
                        cars.add(mk)
                    elif "Automaker" in records[m.entity_id].isa:
                        named.add(m.entity_id)
            if named or cars or lo_ == 0:
                break
        here = named | cars
        if maker is None or (here and maker not in here):
            if len(here) != 1:
                return None  # several carmakers, none of them the article's; or none at all
            maker = next(iter(here))  # ("Dongfeng Nissan launched the N7 ...": a paragraph in a list of launches)
        if car_part or maker in here or _VEHICLE_REF.search(text, p1, lo):
            return maker
        return None

    def _table_row(self, text, ss) -> tuple[list[str], list[tuple[int, int]]] | None:
        """For a Markdown table row that holds offset ``ss``: the header's cells (lower-cased) and the row's cell spans;
        None when ``ss`` is in no row under a header and a "|---|" line."""
        ls = text.rfind("\n", 0, ss) + 1
        le = text.find("\n", ss)
        le = len(text) if le < 0 else le
        if not text.startswith("|", ls) and not text[ls:le].lstrip().startswith("|"):
            return None
        # the header: the first line of the block of table lines this row belongs to, above a "|---|" line (the row
        # before this one knows it)
        head = self._table_heads.get(text.rfind("\n", 0, ls - 1) + 1) if ls else None
        if head is None:
            lines = []
            pos = ls
            while pos > 0:
                prev = text.rfind("\n", 0, pos - 1) + 1
                if not text[prev:pos].lstrip().startswith("|"):
                    break
                lines.append(prev)
                pos = prev
            if len(lines) < 2:
                return None
            head = lines[-1]
        self._table_heads[ls] = head
        head_end = text.find("\n", head)
        sep_end = text.find("\n", head_end + 1)
        if not _TABLE_SEPARATOR.fullmatch(text[head_end + 1:sep_end].strip()):
            return None
        cells = [c.strip().strip("*").strip().lower() for c in text[head:head_end].strip().strip("|").split("|")]
        bars = [k for k in range(ls, le) if text[k] == "|"]
        row_start = ls
        if text[ls:le].lstrip().startswith("|"):
            row_start = bars.pop(0) + 1  # (the row opens with a bar: the first cell starts after it)
        spans, p0 = [], row_start
        for b in bars:
            spans.append((p0, b))
            p0 = b + 1
        spans.append((p0, le))
        return cells, spans

    def _table_row_columns(self, text, ss, se, items, si, emit) -> None:
        """A table row under a header with a brand column and an owner column ("| Group | ... | Main NEV brands |",
        "| Brand | Built by | ..."): each brand named in the row's brand cell belongs to the company in its owner cell.
        A column that names the row company's partners, customers, suppliers, shareholders or indexes ("| Group | ... |
        Main Chinese NEV partners |", "| Company | ... | Main indexes |") relates the company of the row's first cell to
        each name in that column's cell (the relation's domain and range keep only names that fit)."""
        row = self._table_row(text, ss)
        if row is None:
            return
        cells, spans = row
        self._table_row_tech(cells, spans, items, si, emit)
        cs, ce = spans[0]
        company = next((it for it in items if cs <= it.start and it.end <= ce and "Company" in it.isa and not it.ref), None)
        maker_col = 0
        if company is None and any(cs <= it.start and it.end <= ce and "Product" in it.isa for it in items):
            # "| Model | Built by | ... | Battery cells |": the row's car is the maker column's company's
            maker_col = next((k for k, c in enumerate(cells[1:len(spans)], 1) if _MAKER_COLUMN.search(c)), 0)
            if maker_col:
                ms, me = spans[maker_col]
                company = next((it for it in items if ms <= it.start and it.end <= me and "Company" in it.isa and
                                not it.ref), None)
                cs = ms
        if company is not None and not text[cs:company.start].strip(" \t*"):  # (the row's company opens its first cell)
            investor_row = bool(_INVESTOR_HEAD.fullmatch(cells[0]))
            for k, c in enumerate(cells[1:len(spans)], 1):
                if k == maker_col:
                    continue
                if investor_row and _INVESTEE_COLUMN.search(c):
                    # "| Investor | Battery maker | Stake or amount |": the row's investor holds each company named
                    for it in _in_cell(items, spans[k]):
                        if "Company" in it.isa:
                            emit(company.eid, "INVESTS_IN", it.eid, si, "table-column", 0.6)
                    continue
                # (a part column names suppliers in a table of cars; in a table of companies, their products)
                for rx, pred, rev in _COLUMN_RELATIONS + (((_PART_LABEL, "SUPPLIES", True),) if maker_col else ()):
                    if pred == "SUBSIDIARY_OF" and any(_BRAND_COLUMN.search(c0) for c0 in cells):
                        continue  # (a table of brands names each brand's owner: see "table-brands" below)
                    if pred == "MANUFACTURES" and (not _MAKER_ROW_HEAD.search(cells[0]) or
                                                   any(_OTHER_MAKER_COLUMN.search(c0) for c0 in cells[1:])):
                        continue  # (a supplier's "Example models" are its customers'; a partner may assemble them)
                    if rx.search(c) if rx is not _PART_LABEL else rx.fullmatch(c):
                        xs, xe = spans[k]
                        if pred == "LISTED_ON" and any(company.end < it.start < xs and "Company" in it.isa and
                                                       it.eid != company.eid for it in items):
                            break  # ("| Investor | Portfolio company | Listed on |": another company's listing)
                        for it in items:
                            if xs <= it.start and it.end <= xe and not it.ref and it.eid != company.eid and \
                                    ("Exchange" in it.isa) == (pred == "LISTED_ON") and "Person" not in it.isa and \
                                    not (pred == "PARTNERS_WITH" and self._own_unit(it.eid, company.eid)):
                                # (a ticker's bourse; a founder; a distributor column's own national unit of the row's
                                # company)
                                s_, o_ = (it.eid, company.eid) if rev else (company.eid, it.eid)
                                emit(s_, pred, o_, si, "table-column", 0.6)
                        break
        brand_col = next((k for k, c in enumerate(cells) if _BRAND_COLUMN.search(c)), None)
        if brand_col is None:
            return
        owner_col = next((k for k, c in enumerate(cells) if k != brand_col and _OWNER_COLUMN.search(c)), None)
        if owner_col is None:
            owner_col = 0 if brand_col != 0 else None
        if owner_col is None:
            return
        if max(brand_col, owner_col) >= len(spans):
            return
        (bs, be), (os_, oe) = spans[brand_col], spans[owner_col]
        owner = next((it for it in items if os_ <= it.start and it.end <= oe and "Company" in it.isa and not it.ref), None)
        if owner is None:
            return
        for it in items:
            if bs <= it.start and it.end <= be and "Brand" in it.isa and not it.ref and it.eid != owner.eid:
                emit(it.eid, "BRAND_OF", owner.eid, si, "table-brands", 0.6)

    @staticmethod
    def _table_row_tech(cells, spans, items, si, emit) -> None:
        """A table row of a car ("| Model | Maker | Chemistry |", "| Maker | Model | Battery |"): the car uses each
        technology named under a technology column; a row of a chip or system ("| Chip | Maker | Example models |"):
        each car named under a models column uses it."""
        n = min(len(cells), len(spans))
        within = lambda k: _in_cell(items, spans[k])
        model_col = next((k for k in range(n) if _MODEL_COLUMN.search(cells[k])), None)
        first = within(0)
        tech_row = bool(first) and (bool(first[0].isa & _TECH_KINDS) or
                                    "Product" in first[0].isa and bool(_TECH_COLUMN.search(cells[0])))
        if model_col is None and first and "Product" in first[0].isa and not tech_row:
            model_col = 0  # ("| Xiaomi SU7 | ... |": a table of cars)
        if model_col is not None and not tech_row and \
                (cars := [it for it in within(model_col) if "Product" in it.isa and not it.isa & _TECH_KINDS]):
            if model_col == 0 or len(cars) == 1:  # (one car per row, or each of the first cell's)
                for k in range(n):
                    if k != model_col and _TECH_COLUMN.search(cells[k]):
                        for t in within(k):
                            if "Technology" in t.isa:
                                for car in cars:
                                    emit(car.eid, "USES_TECHNOLOGY", t.eid, si, "table-tech", 0.6)
        elif tech_row and model_col is not None:
            for car in within(model_col):
                if "Product" in car.isa and not car.isa & _TECH_KINDS:
                    emit(car.eid, "USES_TECHNOLOGY", first[0].eid, si, "table-tech", 0.6)

    def _table_row_supply(self, text, ss, se, items, si, emit, maker) -> None:
        """A specification table's row "Battery supplier | FinDreams (BYD) | CATL": the companies named for a part
        supply the maker of the car the table describes."""
        bar = text.find("|", ss, se)
        lead = text[ss:bar].strip(" \t*|")
        if not lead:  # "| Battery | CATL |": the row opens with the separator
            bar2 = text.find("|", bar + 1, se)
            if bar2 < 0:
                return
            lead, bar = text[bar + 1:bar2].strip(" \t*"), bar2
        if not _PART_LABEL.fullmatch(lead):
            return
        seen: set[str] = set()
        for it in items:
            if it.start <= bar or it.ref:
                continue
            # a company, or the maker of a named part ("Hesai AT128")
            eid = it.eid if "Company" in it.isa else self._makers.get(it.eid) if "Product" in it.isa else None
            if eid is None or eid == maker or eid in seen:
                continue
            if text[max(ss, it.start - 2):it.start].strip() == "(":
                continue  # "FinDreams (BYD)": the owner in parentheses
            seen.add(eid)
            emit(eid, "SUPPLIES", maker, si, "table-part", 0.6)

    @staticmethod
    def _followed_by(text, ss, se, items, si, out, spans, emit) -> None:
        """"Li Auto is its largest customer, followed by GAC Aion, Chery and XPeng", "Its first model, the Jiyue 01, went
        on sale in 2023, followed by the Jiyue 07": the names a ranking or a sequence continues with stand where the
        sentence's first name, or the name right before the comma, stands in the sentence's relations. The other end of
        such a relation must not be named in the clause (it comes from a pronoun or from the sentences before), so
        "Dachangjiang, the venture of Haojue and Suzuki, was the biggest seller, followed by Dayang" adds nothing."""
        m = _FOLLOWED_BY.search(text, ss, se)
        if m is None:
            return
        first = next((it for it in items if it.start >= m.end()), None)
        if first is None or first.start != m.end() or first.ref:
            return
        fam = first.isa & _FOLLOW_KINDS
        if not fam:
            return
        named = [it for it in items if it.end <= m.start() and not it.ref]
        if not named:
            return
        cands = {it.eid for it in (named[0], named[-1]) if it.isa & fam}
        if not cands:
            return
        rest = [it for it in items if it.start >= first.start and it.group == first.group and not it.ref and it.isa & fam]
        # (the other end is neither named before the comma nor one of the names that continue the ranking)
        named_ids = {it.eid for it in named} | {it.eid for it in rest}
        for subj, pred, obj, rel in _found_here(out, spans, si, _FOLLOW_PREDICATES):
            for e, other, is_subj in ((subj, obj, True), (obj, subj, False)):
                if e in cands and other not in named_ids:
                    for it in rest:
                        emit(it.eid if is_subj else other, pred, other if is_subj else it.eid, si, "followed-by", 0.6,
                             rel.status)

    @staticmethod
    def _under_which_supply(text, ss, se, items, si, out, spans, emit) -> None:
        """"CATL signed agreements with Changan and Chery, under which it will supply Choco-SEB blocks": the deal's
        subject supplies each partner the sentence names, when the clause names no customer of its own."""
        m = _UNDER_WHICH_SUPPLY.search(text, ss, se)
        if m is None or _hedged(text, m.start(), m.end()) or _NEGATION.search(text, m.start(), se):
            return
        if any(_ORG in it.isa and not it.ref and it.start >= m.end() for it in items):
            return
        supplier = next((it for it in items if _ORG in it.isa and not it.ref), None)
        if supplier is None or supplier.end > m.start():
            return
        partners = [o if s == supplier.eid else s for s, _, o, _ in _found_here(out, spans, si, ("PARTNERS_WITH",))
                    if supplier.eid in (s, o)]
        status = "planned" if m.group("v") else "stated"
        for partner in partners:
            emit(supplier.eid, "SUPPLIES", partner, si, "under-which-supply", 0.6, status)

    @staticmethod
    def _while_also_supplies(text, ss, se, items, si, out, spans, emit) -> None:
        """"Huawei supplies the driving system used in Avatr's cars, while CATL provides their battery packs", "The thermal
        modules will be supplied to Volkswagen by Sanhua, while Valeo will provide the heat pump's circuit": the second
        supplier serves the one customer the first clause names, when its own clause names no other organisation."""
        m = _WHILE_OPEN.search(text, ss, se)
        if m is None:
            return
        second = next((it for it in items if it.start >= m.end()), None)
        if second is None or second.start != m.end() or second.ref or _ORG not in second.isa or \
                (vm := _WHILE_SUPPLIER_VERB.match(text, second.end)) is None:
            return
        if any(_ORG in it.isa and it.start >= vm.end() and it.eid != second.eid for it in items):
            return  # ("while Farasis supplies cells to Jiangling Motors": a customer of its own)
        before = {it.eid for it in items if it.end <= m.start()}
        firsts = {(subj, obj, rel.status) for subj, _, obj, rel in _found_here(out, spans, si, ("SUPPLIES",))
                  if subj in before and obj in before}
        customers = {obj for _, obj, _ in firsts}
        if len(customers) != 1 or second.eid in customers or any(subj == second.eid for subj, _, _ in firsts):
            return
        if _hedged(text, m.start(), vm.end()) or _NEGATION.search(text, m.start(), se):
            return
        # (planned after "will"; else stated when the first clause states any of its supplies, whatever the set's order)
        status = "planned" if vm.group("modal") or all(st != "stated" for _, _, st in firsts) else "stated"
        emit(second.eid, "SUPPLIES", customers.pop(), si, "while-supplies", 0.6, status)

    @staticmethod
    def _nouns_of_list(text, ss, items, si, emit) -> None:
        """"The main battery suppliers of GAC Aion include CALB and CATL", "the largest shareholder of Gotion is Volkswagen"
        (B's N or Ns, said the other way round); "Horizon
        cooperates with 27 carmaker groups, the customers include Li Auto, BYD ..." (the clause owner's customers)."""
        for i, it in enumerate(items):
            if it.ref or _ORG not in it.isa:
                continue
            lm = _LIST_AFTER_OWNER.match(text, it.end)
            if lm is not None and i + 1 < len(items) and items[i + 1].start == lm.end() and \
                    (nm := _NOUNS_OF_BEFORE.search(text, max(ss, it.start - 60), it.start)) is not None and \
                    (text[nm.end("noun"):nm.end("noun") + 1] in ("s", "S")) is (lm.group("one") is None) and \
                    not _HEDGE.search(text, ss, lm.end()) and not _NEGATION.search(text, ss, lm.end()):
                # ("the largest shareholder of Gotion is Volkswagen": a singular noun names the one after the verb)
                noun = nm.group("noun").lower()
                pred = _REL_NOUN.get("subsidiary" if noun == "subsidiarie" else noun)
                if pred is None:
                    continue
                rev = pred.startswith("rev:")
                pred = pred[4:] if rev else pred
                first = items[i + 1]
                for x in [y for y in items[i + 1:] if y.group == first.group and not y.ref] if lm.group("one") is None \
                        else [first]:
                    if rev:
                        emit(it.eid, pred, x.eid, si, "nouns-of-list", 0.7)
                    else:
                        emit(x.eid, pred, it.eid, si, "nouns-of-list", 0.7)
        for cm in _CLAUSE_CUSTOMERS.finditer(text, ss, items[-1].start if items else ss):
            first = next((y for y in items if y.start >= cm.end()), None)
            owner = _clause_owner(items, cm.start())
            if first is None or first.start != cm.end() or owner is None or _HEDGE.search(text, ss, cm.end()) or \
                    _NEGATION.search(text, ss, cm.end()):
                continue
            for x in [y for y in items if y.group == first.group and not y.ref and y.start >= first.start]:
                emit(owner.eid, "SUPPLIES", x.eid, si, "clause-customers", 0.65)

    def _possessive_venture(self, text, ss, se, items, si, emit) -> None:
        """"Nissan's passenger car venture with Dongfeng Motor", "GAC expanded its two ventures with Japan's Toyota and
        Honda": the possessor and the companies after "with" are partners."""
        for m in _POSS_VENTURE.finditer(text, ss, se):
            # (the possessor itself, not a name that ends just before it: "BMW Brilliance Automotive, BMW's venture")
            owner = next((it for it in items if it.start == m.start() and it.end <= m.end("poss") + 1 and _ORG in it.isa),
                         None) or next((it for it in items if it.start <= m.start() < it.end + 3 and
                                        it.end <= m.end("poss") + 1 and _ORG in it.isa), None)
            first = next((it for it in items if it.start >= m.end()), None)
            if owner is None or first is None or not _PREP_OBJECT_GAP.fullmatch(text, m.end(), first.start) and \
                    not ("Country" in first.isa and text.startswith(("'s ", "’s "), first.end)):
                continue
            appos = text[max(ss, m.start() - 2):m.start()] == ", "
            if self._status(text, ss, m.start(), m.end(), []) is None or appos and m.group("poss").lower() in ("its", "their"):
                # ("Changan Mazda, its venture with Changan": an apposition, whose name is the venture; but "FAW Toyota,
                # Toyota's venture with China FAW Group" names both partners)
                continue
            group = [it for it in items if it.start >= first.start and it.group == first.group and _ORG in it.isa and
                     "Country" not in it.isa and not it.ref]
            if "Country" in first.isa:  # ("with Japan's Toyota and Honda")
                group = [it for it in items if it.start > first.end and _ORG in it.isa and "Country" not in it.isa and
                         not it.ref][:1]
                group += [it for it in items if group and it.start > group[0].start and it.group == group[0].group and
                          _ORG in it.isa and not it.ref]
            none: frozenset[str] = frozenset()
            oname = self._records[owner.eid].name.split()[0].lower()
            if appos:
                # (in an apposition, the name it describes is the venture: "Beijing Benz, BAIC Motor's venture with
                # Mercedes-Benz")
                head = next((it for it in reversed(items) if it.end <= m.start() - 2), None)
                if head is None:
                    continue
                group = [x for x in group if x.eid != head.eid]
            for x in group:
                if x.eid in self._owners.get(owner.eid, none) or owner.eid in self._owners.get(x.eid, none) or \
                        oname in self._records[x.eid].name.lower().split():
                    continue  # (the venture itself or its owner: "Dongfeng's venture with Nissan, Dongfeng Nissan")
                emit(owner.eid, "JOINT_VENTURE_WITH", x.eid, si, "possessive-venture", 0.7)

    def _venture_relative(self, text, ss, items, si, emit) -> None:
        """"HAIMOSIC is a joint venture that ROHM formed with Zhenghai Group": the relative clause's subject and the
        company it formed the venture with are partners."""
        for k in range(len(items) - 1):
            a, b = items[k], items[k + 1]
            if a.ref or _ORG not in a.isa or _ORG not in b.isa or \
                    (vm := _VENTURE_THAT.search(text, max(ss, a.start - 40), a.start)) is None:
                continue
            if b.group == a.group and not b.ref:
                # "a 50:50 company that Toyota and BYD set up in 2020": the group that set it up
                members = [y for y in items[k:] if y.group == a.group and _ORG in y.isa and not y.ref]
                if _SET_UP_AFTER.match(text, members[-1].end) and self._status(text, ss, a.start, members[-1].end, []):
                    self._pairs(members, "JOINT_VENTURE_WITH", si, "venture-relative", emit)
                continue
            if not _FORMED_WITH.fullmatch(text, a.end, b.start):
                continue
            if self._status(text, ss, a.start, b.start, []) is None:
                continue
            partners = [y for y in items[k + 1:] if y.group == b.group and _ORG in y.isa and not y.ref]
            for x in partners:
                emit(a.eid, "JOINT_VENTURE_WITH", x.eid, si, "venture-relative", 0.7)
            # "Suzhou Sike Semiconductor, a joint venture that Li Auto set up with Hunan Sanan": the venture named right
            # before the apposition is the partners' holding
            v = next((it for it in reversed(items[:k]) if it.end <= vm.start()), None)
            if v is not None and not v.ref and "Company" in v.isa and _VENTURE_NAME_APPOS.fullmatch(text, v.end, vm.start()):
                for x in [a, *partners]:
                    if x.eid != v.eid:
                        emit(x.eid, "INVESTS_IN", v.eid, si, "venture-owners", 0.7)

    def _venture_with_which(self, text, ss, items, si, emit) -> None:
        """"Sinotrans, with which Pony.ai formed a freight joint venture", "Weichai holds a stake in Ballard, and the two
        run a fuel cell joint venture": the company before "with which" and the one after it; the two companies named
        before "and the two"."""
        for k in range(len(items) - 1):
            a, b = items[k], items[k + 1]
            if a.ref or b.ref or _ORG not in a.isa or _ORG not in b.isa or a.eid == b.eid or \
                    not _WITH_WHICH.fullmatch(text, a.end, b.start) or not _RUNS_VENTURE.match(text, b.end):
                continue
            if self._status(text, ss, a.start, b.end, []) is not None:
                emit(b.eid, "JOINT_VENTURE_WITH", a.eid, si, "venture-with-which", 0.7)
        for m in _AND_THE_TWO.finditer(text, ss, items[-1].end if items else ss):
            if not _RUNS_VENTURE.match(text, m.end()):
                continue
            two = list(dict.fromkeys(it.eid for it in items if it.end <= m.start() and not it.ref and _ORG in it.isa))
            if len(two) == 2 and self._status(text, ss, m.start(), m.end() + 40, []) is not None:
                emit(two[0], "JOINT_VENTURE_WITH", two[1], si, "venture-the-two", 0.65)

    @staticmethod
    def _among_buyers_of(text, ss, se, items, si, emit) -> None:
        """"Among the buyers of Baowu Magnesium's die-cast beams is Chery Automobile": the goods' owner supplies the
        companies named after the verb."""
        for m in _AMONG_BUYERS.finditer(text, ss, se):
            # (a reference takes its article: "Among the buyers of the Zhejiang firm's modules is Li Auto")
            owner = next((it for it in items if it.start >= m.end() or it.ref and it.start == m.end() - 4), None)
            if owner is None or owner.start != m.end() and not text.startswith("the ", owner.start) or \
                    _ORG not in owner.isa or \
                    (vm := _IS_AFTER_GOODS.match(text, owner.end, se)) is None:
                continue
            first = next((it for it in items if it.start >= vm.end()), None)
            if first is None or first.start != vm.end() or _HEDGE.search(text, ss, se) or \
                    _NEGATION.search(text, ss, vm.end()):
                continue
            for x in [y for y in items if y.group == first.group and y.start >= first.start and "Company" in y.isa]:
                emit(owner.eid, "SUPPLIES", x.eid, si, "among-buyers-of", 0.65)

    def _ownerless_customers(self, text, ss, se, items, si, emit, subject_before) -> None:
        """Customers named with no supplier in the sentence: "Toyota, Volkswagen and General Motors are long-standing
        buyers.", "Customers named in the annual report include Tesla and Li Auto." (the parts maker an earlier sentence
        opened with, within two sentences); "The Fujian firm has also become a key source of windshields, with BYD and
        NIO among the newer clients" (the company the sentence opens with)."""
        records = self._records
        cands = [it for it in items if "Company" in it.isa]
        if not cands:
            return
        if (wm := _WITH_AMONG_CUSTOMERS.search(text, ss, se)) is not None:
            supplier = items[0].eid if items[0].start - ss < 40 and "Company" in items[0].isa and \
                items[0].start < wm.start() else None
            customers = [it for it in items if wm.start() < it.start < wm.end("among") and not it.ref]
        else:
            if any(it.start < ss + 2 and it.ref for it in items):
                return
            said = items[-1] if items[-1].ref and text[items[-1].start:items[-1].end].lower() == "the company" and \
                _SAID_END.match(text, items[-1].end) else None
            if said is not None:
                supplier = said.eid  # "Customers such as BYD and Chery now account for most awards, the company said."
            elif subject_before is None or si - subject_before[0] > 2:
                return
            else:
                supplier = subject_before[1]
            if "Automaker" in records[supplier].isa or not records[supplier].isa & _SUPPLIER_KINDS:
                return
            head = [it for it in cands if it.group == cands[0].group] if cands[0].group != -1 else cands[:1]
            m = _LIST_ARE_CUSTOMERS.match(text, head[-1].end) if cands[0].start - ss < 4 else None
            if m is not None and m.end() <= se:
                customers = head  # "Toyota, Volkswagen and General Motors are long-standing buyers."
            elif (m := _CUSTOMERS_INCLUDE.match(text, ss)) is not None:
                first = next((it for it in cands if it.start >= m.end()), None)
                customers = [it for it in cands if first is not None and it.group == first.group and it.start >= m.end()] \
                    if first is not None and first.start - m.end() < 4 else []
            else:
                return
        if supplier is None or not customers or _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, se):
            return
        for c in customers:
            if c.eid != supplier and "Regulator" not in c.isa:
                emit(supplier, "SUPPLIES", c.eid, si, "customers-named", 0.6)

    @staticmethod
    def _whose(text, items, si, emit, makers: dict[str, str]) -> None:
        """"Gotion, whose largest shareholder is Volkswagen", "Zeekr, whose parent is Geely", "Momenta, a Beijing-based
        autonomous driving start-up whose other customers include SAIC-GM and Mercedes-Benz", "Geely, whose brands
        include ...": the organisation before the relative clause and the ones it names (what lies between, a
        technology for one, is passed over)."""
        for a, b in zip(items, items[1:]):
            if "Person" in b.isa and not b.ref and _ORG in a.isa and b.start - a.end < 120 and \
                    _WHOSE_TITLE.fullmatch(text, a.end, b.start):
                emit(b.eid, "EXECUTIVE_OF", a.eid, si, "whose-title", 0.75)
        # (not a name that only describes the one before the clause: "HIMA, the Huawei-led grouping whose brands")
        # (a brand may be named after the clause: "HIMA, whose brands include AITO and Luxeed")
        orgs = [it for it in items if (_ORG in it.isa or "Brand" in it.isa) and not _LED_ADJ.match(text, it.end)]
        for k in range(len(orgs) - 1):
            a, b = orgs[k], orgs[k + 1]
            if _ORG not in a.isa or b.start - a.end > 140 or "whose" not in text[a.end:b.start]:
                continue
            if (wm := _WHOSE.fullmatch(text, a.end, b.start)) is None:
                if "Company" in a.isa and "Company" in b.isa and not a.ref and not b.ref and \
                        _WHOSE_UNIT.fullmatch(text, a.end, b.start) and _UNIT_AFTER.match(text, b.end):
                    # "BYD (002594.SZ), whose FinDreams Battery unit makes the Blade Battery", "the Shenzhen carmaker
                    # whose FinDreams unit sells cells"
                    emit(b.eid, "SUBSIDIARY_OF", a.eid, si, "whose-unit", 0.75)
                    continue
                if "Company" in a.isa and _WHOSE_SUPPLY.fullmatch(text, a.end, b.start) and \
                        not _HEDGE.search(text, a.end, b.start) and not _NEGATION.search(text, a.end, b.start):
                    for x in [y for y in items if y.group == b.group and not y.ref and y.start >= b.start]:
                        if (c := _customer(x, makers)) is not None:
                            emit(a.eid, "SUPPLIES", c, si, "whose-supply", 0.7)
                continue
            noun = wm.group("noun").lower()
            named = [y for y in items if y.group == b.group and not y.ref and y.start >= b.start]
            if wm.group("range") and named:
                named += _range_rest(text, items, named[-1])  # "whose customers range from Li Auto and Xiaomi to Tesla"
            if noun in ("brand", "member") and named:
                named = _possessed_list(text, items, named)
            for x in named:
                if noun.startswith("parent"):
                    emit(a.eid, "SUBSIDIARY_OF", x.eid, si, "whose-noun", 0.75)
                    break
                if noun in ("customer", "client", "buyer", "account"):
                    emit(a.eid, "SUPPLIES", x.eid, si, "whose-noun", 0.75)
                elif noun == "brand":
                    emit(x.eid, "BRAND_OF", a.eid, si, "whose-noun", 0.75)
                elif noun == "member":
                    # "The Federal Chamber of Automotive Industries (FCAI), whose members include Toyota, Ford and Hyundai"
                    # (after a comma only: in "a group convened by the World Economic Forum whose members include", the
                    # members are the group's)
                    if "," in text[a.end:wm.start("noun")]:
                        emit(x.eid, "MEMBER_OF", a.eid, si, "whose-noun", 0.75)
                else:
                    emit(x.eid, "INVESTS_IN", a.eid, si, "whose-noun", 0.75)

    @staticmethod
    def _policy_which_issued(text, ss, se, items, si, emit) -> None:
        """"the Hydrogen Energy Industry plan, which the NDRC and the NEA issued in March 2022", "the programme, which
        the Ministry of Finance launched with MIIT, the NDRC and the NEA": every regulator of the relative clause (and
        those it acted with) issued the policy before it."""
        for k, p in enumerate(items):
            if p.ref or "Policy" not in p.isa or k + 1 == len(items) or not (
                    _WHICH_AFTER.fullmatch(text, p.end, items[k + 1].start) or
                    _POLICY_KIND_THAT.fullmatch(text, p.end, items[k + 1].start)):
                continue  # ("GB 38031-2025, the traction battery safety standard that MIIT issued in March")
            first = items[k + 1]
            regs = [y for y in items[k + 1:] if y.group == first.group and "Regulator" in y.isa and not y.ref]
            if not regs or "Regulator" not in first.isa or (vm := _ISSUED_VERB.match(text, regs[-1].end)) is None:
                continue
            if _HEDGE.search(text, ss, vm.end()) or _NEGATION.search(text, ss, vm.end()):
                continue
            if vm.group("with"):  # "... launched with" + further regulators
                nxt = next((y for y in items if y.start >= vm.end()), None)
                if nxt is not None and nxt.start - vm.end() < 6 and "Regulator" in nxt.isa:
                    regs += [y for y in items if y.group == nxt.group and "Regulator" in y.isa and not y.ref]
            for r in regs:
                emit(r.eid, "ISSUED", p.eid, si, "policy-which", 0.7)

    @staticmethod
    def _policy_announced(text, ss, items, si, emit) -> None:
        """"The MIIT, together with the Ministry of Finance and the STA, confirmed that the NEV purchase tax exemption
        will remain in place": the regulators announcing a policy's extension or start issue it."""
        for k, it in enumerate(items):
            if "Policy" not in it.isa or it.ref:
                continue
            vm = _ANNOUNCED_THAT.search(text, max(ss, it.start - 60), it.start)
            if vm is None or not _POLICY_COURSE.match(text, it.end):
                continue
            regs = [x for x in items[:k] if "Regulator" in x.isa and not x.ref and x.end <= vm.start()]
            # the regulators of the clause before the verb: no other kind of organisation among them
            if not regs or any(_ORG in x.isa and "Regulator" not in x.isa for x in items[:k] if x.start >= regs[0].start):
                continue
            if _HEDGE.search(text, ss, it.start) or _NEGATION.search(text, vm.start(), it.start):
                continue
            for r in regs:
                emit(r.eid, "ISSUED", it.eid, si, "policy-announced", 0.7)

    def _develops_through_product(self, spans, out, emit) -> None:
        """"Gotion released the "Jinshi" all-solid-state battery": the developer of a product that is built on a
        newer technology develops that technology too (not an established chemistry such as LFP or NMC, nor one the
        named technology the reference data says another company develops: "its Xuanji architecture integrates
        DeepSeek-R1")."""
        uses = {(k[0], k[3]): k[2] for k in out if k[1] == "USES_TECHNOLOGY" and k[2] not in _ESTABLISHED_TECH}
        if not uses:
            return
        at = {span[0]: si for si, span in spans.items()}
        for subj, pred, obj, s in list(out):
            if pred == "DEVELOPS" and (tech := uses.get((obj, s))) is not None:
                devs = self._developers.get(tech)
                if devs is None or subj in devs or self._records[tech].name.islower():
                    # (a named technology, "DeepSeek-R1", is its known developer's; a generic one anybody's)
                    emit(subj, "DEVELOPS", tech, at[s], "develops-via-product", 0.6)

    def _named_models(self, text, sentences, found, records, out, emit, unit_parent: dict[str, str]) -> None:
        """A known product named with its maker: "The Xiaomi YU7 received ..." (the maker's name opens the product's)
        or "Leapmotor said the T03 ..." (both in one sentence).
        The maker is one the reference data gives for the product (the only one that fits); the evidence is the first
        such sentence. Products another rule already gave a maker or developer are left alone. ``unit_parent`` maps a
        unit named after its owner ("Tesla China") to that owner, whom its mention names too."""
        all_makers = self._all_makers
        # (a product an assembler is said to build, "Mansour Automotive will assemble the Changan CS35 Plus", still has
        # its own maker: only a stated maker the reference data knows for it leaves it alone)
        stated = {k[2] for k in out if k[1] in ("MANUFACTURES", "DEVELOPS") and
                  (k[2] not in all_makers or k[0] in all_makers[k[2]] or k[1] == "DEVELOPS")}
        todo = {eid: ms for eid in records if eid not in stated and (ms := all_makers.get(eid)) is not None
                and "Product" in records[eid].isa}
        # a car model found by its code alone ("the new B10 SUV"): any automaker may be its maker
        found_models = [eid for eid, rec in records.items() if eid not in stated and not rec.known and
                        "VehicleModel" in rec.isa and eid not in todo]
        if found_models:
            automakers = tuple(eid for eid, rec in records.items() if "Automaker" in rec.isa)
            brands = [(rec.name.lower() + " ", eid) for eid, rec in records.items() if "Brand" in rec.isa]
            for eid in found_models:
                # ("Baidu's Apollo Go RT6": the owner of the brand the name opens with, a carmaker or not)
                name = records[eid].name.lower()
                owned = tuple(o for n, b in brands if name.startswith(n) for o in self._owners.get(b, ())
                              if o in records and o not in automakers)
                todo[eid] = automakers + owned if owned else automakers
        if not todo:
            return
        sstarts = [s for s, _ in sentences]
        by_sent: dict[int, set[str]] = {}
        for m in (*found.mentions, *found.refs):
            si = bisect.bisect_right(sstarts, m.start) - 1
            by_sent.setdefault(si, set()).add(m.entity_id)
            if m.entity_id in unit_parent:  # ("..., Tesla China said": the owner is named too)
                by_sent[si].add(unit_parent[m.entity_id])
            elif (ms := all_makers.get(m.entity_id)) is not None and not m.ref and records[m.entity_id].name.endswith("series"):
                # ("both from the BYD Dynasty series": a range's name that opens with its maker's names the maker)
                first = text[m.start:m.end].split(None, 1)[0].lower()
                by_sent[si].update(mk for mk in ms if mk in records and records[mk].name.split(None, 1)[0].lower() == first)
        done: set[str] = set()
        prefixed: set[tuple[int, str]] = set()
        named = {x for ids in by_sent.values() for x in ids}
        for m in found.mentions:
            eid = m.entity_id
            makers = todo.get(eid)
            if makers is None or eid in done:
                continue
            si = bisect.bisect_right(sstarts, m.start) - 1
            here = by_sent.get(si, ())
            surface = text[m.start:m.end].lower()
            fit = [mk for mk in makers if mk in records and "Company" in records[mk].isa and (
                mk in here or (si, mk) in prefixed or
                any(surface.startswith(n.lower() + " ") for n in (records[mk].name, *records[mk].aliases)))]
            if fit and not any(mk in named or (si, mk) in prefixed for mk in fit) and \
                    _COMPARED_BEFORE.search(text, sentences[si][0], m.start):
                # ("compared its car with the Porsche Taycan", "a rival to the BMW 7 Series": a yardstick, from a maker
                # the article names nowhere else)
                continue
            if not fit:
                # ("the Changan CS75 PLUS" of Changan Automobile: a known maker's first word opens the name)
                fit = [mk for mk in makers if mk in records and "Company" in records[mk].isa and
                       surface.startswith(records[mk].name.split(None, 1)[0].lower() + " ")]
            if not fit and si > 0 and not any(
                    "Company" in records[x].isa for x in here if x != eid):
                # "Xpeng delivered 30,207 cars. The new G7 SUV began deliveries ...": the one carmaker just named (for a
                # known model, one of its makers)
                prev = [x for x in by_sent.get(si - 1, ()) if x in makers]
                fit = prev if len(prev) == 1 else []
            if len(fit) == 1 and si >= 0:
                done.add(eid)
                prefixed.add((si, fit[0]))  # "The Leapmotor T03 and C10": the name opens the first of a list
                emit(fit[0], "MANUFACTURES", eid, si, "named-model", 0.6 if records[eid].known else 0.5)

    def _named_brands(self, text, sentences, found, records, out, emit) -> None:
        """A known brand called a brand in a sentence that names the company the reference data says owns it ("NIO
        handed over 31,305 cars, with the Onvo brand accounting for a third", "NIO's Onvo"): the brand is that
        company's. The evidence is the first such sentence with no hedge or negation; brands another rule already gave
        an owner are left alone."""
        owned = {k[0] for k in out if k[1] in ("BRAND_OF", "SUBSIDIARY_OF")}
        todo = {eid: os for eid in records if eid not in owned and (os := self._brand_owners.get(eid)) is not None
                and "Brand" in records[eid].isa and "Company" not in records[eid].isa and
                any(o in records for o in os)}
        if not todo:
            return
        sstarts = [s for s, _ in sentences]
        by_sent: dict[int, set[str]] = {}
        called: dict[int, set[str]] = {}  # sentence -> the known brands it calls a brand
        prev_end: dict[str, int] = {}
        for m in found.mentions:
            si = bisect.bisect_right(sstarts, m.start) - 1
            by_sent.setdefault(si, set()).add(m.entity_id)
            eid = m.entity_id
            if eid in todo and (_BRAND_WORD_AFTER.match(text, m.end) or _BRAND_WORD_BEFORE.search(
                    text, max(0, m.start - 40), m.start) or any(
                    text.startswith(("'s ", "’s "), e) and e + 3 == m.start
                    for o in todo[eid] if (e := prev_end.get(o)) is not None)):
                called.setdefault(si, set()).add(eid)
            prev_end[eid] = m.end
        for si in sorted(called):
            if si < 0:
                continue
            ss, se = sentences[si]
            if _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, se):
                continue
            here = by_sent[si]
            for eid in [b for b in called[si] if b in todo]:
                fit = [o for o in todo[eid] if o in here and records[o].name != records[eid].name]
                if len(fit) == 1:
                    del todo[eid]
                    emit(eid, "BRAND_OF", fit[0], si, "named-brand", 0.5)

    def _project_with(self, text, ss, se, items, si) -> tuple[int, str, list[str], str] | None:
        """``(sentence, builder, partners, status)`` when the sentence's first company builds a project, plant or mine
        "with" companies named next ("broke ground on a battery project in Indonesia with state-owned IBC and Aneka
        Tambang"), for a next sentence that calls it "the venture"; else None."""
        if not items or "Company" not in items[0].isa:
            return None
        subj = items[0]
        pm = _PROJECT_WITH.search(text, subj.end, se)
        if pm is None or any("Company" in it.isa for it in items[1:] if it.start < pm.start()):
            return None
        partners: list[str] = []
        pos = pm.end()
        for it in items[1:]:
            if it.start < pos:
                continue
            if it.start != pos or "Company" not in it.isa or it.ref:
                break
            partners.append(it.eid)
            if (gm := _PARTNER_NEXT.match(text, it.end, se)) is None:
                break
            pos = gm.end()
        status = self._status(text, ss, subj.end, pm.end(), [])
        if not partners or status is None:
            return None
        return si, subj.eid, [p for p in partners if p != subj.eid], status

    @staticmethod
    def _group_anaphor(text, ss, se, items, records, si, groups_before, pair) -> list[_Item] | None:
        """"BYD, Geely and Chery reported strong sales. All three buy cells from CATL": a sentence that opens with a
        group of the sentence before stands for its members, which join the sentence's items at the group's words
        (one coordinated group)."""
        gm = _GROUP_REF.match(text, ss, se)
        if gm is None or (items and items[0].start < gm.end("ref")):
            return None
        n = _GROUP_SIZE.get((gm.group("n") or gm.group("n2") or "").lower())
        if gm.group("ref")[:4].lower() == "both":
            n = 2
        last = groups_before[0] == si - 1
        fits = [g for g in (groups_before[1] if last else []) if n is None or len(g) == n]
        if not fits and n == 2:
            # ("the Ningde-based company took 7% of Lead. Both companies ...": the two it names or refers to)
            fits = [groups_before[2]] if last and len(groups_before[2]) == 2 else [pair] if pair else []
        if len(fits) != 1:
            return None
        a, b = gm.span("ref")
        members = [_Item(a, b, eid, records[eid].isa, True) for eid in fits[0]]
        items[:0] = members
        return members

    @staticmethod
    def _kind_group_anaphor(text, ss, se, items, records, kind_groups) -> list[_Item] | None:
        """"The Seal 06 and the Seal 07 went on sale. Both models run on BYD's DM-i system", "The NDRC and the Ministry
        of Finance ... The two agencies jointly issued": a sentence that opens with a group of car models or of
        regulators of the sentence before stands for its members (one coordinated group at the group's words)."""
        gm = _KIND_GROUP_REF.match(text, ss, se)
        if gm is None or (items and items[0].start < gm.end("ref")):
            return None
        n = _GROUP_SIZE.get((gm.group("n") or "").lower(), 2 if gm.group("ref")[:4].lower() == "both" else None)
        if gm.group("reg"):
            fits = [g for g in kind_groups[2] if n is None or len(g) == n]
        elif gm.group("car"):
            fits = [g for g in kind_groups[1] if n is None or len(g) == n]
        else:  # a bare "Both" or "All three": the one group of that size
            fits = [g for g in kind_groups[1] + kind_groups[2] if len(g) == n]
        if len(fits) != 1:
            return None
        a, b = gm.span("ref")
        members = [_Item(a, b, eid, records[eid].isa, True) for eid in fits[0]]
        items[:0] = members
        return members

    @staticmethod
    def _group_object(text, ss, se, items, records, si, groups_before) -> list[_Item] | None:
        """"Li Auto and Xiaomi launched SUVs. CATL supplies batteries to both": a group named as an object stands for
        its members, which join the sentence's items at the group's words (one coordinated group): the companies
        of the last list before it in the sentence when that list has the group's size, else the one group of that
        size in the sentence before."""
        gm = _GROUP_OBJECT.search(text, ss, se)
        if gm is None:
            return None
        a, b = gm.span("ref")
        if any(it.start < b and a < it.end for it in items):
            return None
        word = gm.group("n") or gm.group("n2")
        n = _GROUP_SIZE[word.lower()] if word else 2
        before = [it for it in items if it.end <= a and "Company" in it.isa and not it.ref]
        if before and text[before[-1].end:a].strip(" ,"):
            before.pop()  # the clause's subject ("..., and CATL supplies both"), not a member
        members: list[str] = []
        k = len(before) - 1
        if k >= 0:
            members = [before[k].eid]
        while k > 0 and len(members) < n + 1:
            if not _LIST_SEP.match(text[before[k - 1].end:before[k].start]):
                break
            members.insert(0, before[k - 1].eid)
            k -= 1
        members = list(dict.fromkeys(members))
        if len(members) != n:
            if len(members) > 1:
                return None  # (a list of another size in the sentence: not the one meant)
            last = groups_before[0] == si - 1
            fits = [g for g in (groups_before[1] if last else []) if len(g) == n]
            if len(fits) != 1:
                return None
            members = fits[0]
        group = [_Item(a, b, eid, records[eid].isa, True) for eid in members]
        at = bisect.bisect_left([it.start for it in items], a)
        items[at:at] = group
        return group

    def _two_companies(self, text, ss, se, pos, pair, si, emit, anywhere: bool = False) -> None:
        """"Stellantis and CATL picked Zaragoza. The two companies are setting up a 50:50 joint venture": the two
        companies of the sentence before are the partners of a partnership or joint venture stated here (``anywhere``:
        the two are named inside the sentence, not as its subject)."""
        after = text[pos:min(se, pos + 160)] if not anywhere else text[ss:se]
        if not self._status(text, ss, pos, min(se, pos + 60), []) or anywhere and _HEDGE.search(after):
            return
        members = [_Item(0, 0, eid, frozenset({_ORG}), True) for eid in pair]
        if anywhere:
            if _JV_ANYWHERE.search(after):
                self._pairs(members, "JOINT_VENTURE_WITH", si, "two-companies", emit)
            elif _PARTNERS_ANYWHERE.search(after):
                self._pairs(members, "PARTNERS_WITH", si, "two-companies", emit)
            return
        if _JV_FORMED.match(after) or _EACH_HOLD.match(after):
            self._pairs(members, "JOINT_VENTURE_WITH", si, "two-companies", emit)
            return
        for name, pred, rx in _GROUP_RULES:
            if (gm := rx.search(after)) and not (name == "partners-group" and _SUPPLY_DEAL.search(gm[0])):
                self._pairs(members, pred, si, "two-companies", emit)
                return

    @staticmethod
    def _brands_included(text, ss, se, items, si, emit) -> None:
        """"NIO delivered 15,039 vehicles, including the NIO brand and the ONVO brand": the brands of the clause subject."""
        m = _INCLUDES_BRANDS.search(text, ss, se)
        owner = _clause_owner(items, m.start()) if m is not None else None
        if owner is None:
            return
        if _HEDGE.search(text, ss, m.end()) or _NEGATION.search(text, ss, m.end()):
            return
        pos = m.end()
        for it in items:
            if it.start < pos:
                continue
            bm = _BRAND_WORD.match(text, it.end)
            named = text[max(it.start, it.end - 6):it.end].lower() in (" brand", " marque")  # "Firefly brand"
            if (bm is None and not named) or not _BRAND_LIST_GAP.fullmatch(text, pos, it.start):
                break
            if "Brand" in it.isa and not it.ref:
                emit(it.eid, "BRAND_OF", owner.eid, si, "brands-included", 0.7)
            pos = bm.end() if bm is not None else it.end

    @staticmethod
    def _cornerstone(text, ss, se, items, si, emit, issuer: str) -> None:
        """"Cornerstone investors in the offering included A and B": they invest in the issuer, the company named in
        the offering (else the one the article last said lists on an exchange)."""
        m = _CORNERSTONE.search(text, ss, se)
        listing = m is not None  # "cornerstone investors included A and B" (else the names must come before the phrase)
        m = m or _CORNERSTONE_PLAIN.search(text, ss, se)
        if m is None or _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, m.end()):
            return
        named = [it for it in items if m.start() < it.start and it.end <= m.end() and "Company" in it.isa]
        pre = next((it for it in reversed(items) if it.end <= m.start()), None)
        if named:
            issuer = named[-1].eid
        elif pre is not None and "Company" in pre.isa and text[pre.end:m.start()] in ("'s ", "’s "):
            issuer = pre.eid  # "WeRide's cornerstones included Uber Technologies"
        investors = [it for it in items if listing and it.start >= m.end() and _investor(it)]
        if len(investors) > 1 and text.startswith(("'s ", "’s "), investors[0].end) and \
                investors[1].start == investors[0].end + 3:
            investors = investors[1:]  # "including Hillhouse's HHLR Advisors, Taikang Life and Grab": the fund named
        if investors:
            investors = [it for it in investors if it.group == investors[0].group]
        else:
            # "Alibaba and Baidu were among the cornerstone investors", "Sinopec committed US$500 million as a
            # cornerstone investor, while A and B also took cornerstone tranches": the group right before each phrase
            for m in _CORNERSTONE_PLAIN.finditer(text, ss, se):
                last = next((it for it in reversed(items) if it.end <= m.start()), None)
                if last is None or _CORNERSTONE_BEFORE.match(text, last.end, m.end()) is None:
                    continue
                investors += [it for it in items if it.group == last.group and _investor(it)]
            if not investors:
                # "Twenty-two cornerstone investors agreed to buy 58 per cent, with Schroders and UBS among them"
                for am in _AMONG_THEM.finditer(text, ss, se):
                    last = next((it for it in reversed(items) if it.end == am.start()), None)
                    if last is not None:
                        investors += [it for it in items if it.group == last.group and _investor(it)]
        for it in investors:
            if it.eid != issuer:
                emit(it.eid, "INVESTS_IN", issuer, si, "cornerstone", 0.7)

    @staticmethod
    def _subscribers(text, ss, se, items, si, emit, issuer: str) -> None:
        """In an offering with cornerstone investors, those a sentence says subscribed for shares: "Sinopec, the state
        oil major ..., subscribed for HK$3.9 billion of shares", "The Kuwait Investment Authority and Mubadala each
        agreed to buy stock, alongside Sinopec and Oaktree Capital": they invest in the issuer."""
        m = _SUBSCRIBED.search(text, ss, se)
        if m is None or _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, m.end()):
            return
        before = [it for it in items if it.end <= m.start()]
        subj = None
        if before and _SUBSCRIBER_GAP.fullmatch(text, before[-1].end, m.start()):
            subj = before[-1]
        elif before and _SENTENCE_LEAD.fullmatch(text, ss, before[0].start) and \
                (ap := _APPOS_TO_VERB.fullmatch(text, [it for it in before if it.group == before[0].group][-1].end,
                                                m.start())) is not None and "," in ap.group(0):
            subj = before[0]  # "China Petrochemical Corp (Sinopec), the state oil major that ..., subscribed"
        investors = [it for it in before if subj is not None and it.group == subj.group and _investor(it)]
        if (am := _ALONGSIDE.match(text, m.end())) is not None:
            nxt = next((it for it in items if it.start >= am.end()), None)
            if nxt is not None and nxt.start == am.end():
                investors += [it for it in items if it.group == nxt.group and it.start >= nxt.start and _investor(it)]
        for it in investors:
            if it.eid != issuer:
                emit(it.eid, "INVESTS_IN", issuer, si, "subscribed", 0.65)

    def _own_unit(self, unit: str, company: str) -> bool:
        """Whether ``unit`` is ``company``'s own unit by its name: one the entity step read off it ("GWM New Zealand"
        of GWM), or one whose name opens with the company's first word ("Chery New Zealand")."""
        return (unit, company) in self._units or \
            self._records[unit].name.startswith(self._records[company].name.split(None, 1)[0] + " ")

    def _handled_by(self, text, ss, items, si, emit) -> None:
        """A carmaker "handled by" a company, its seller: "Zeekr is handled by Eurokars Group", and the pair after "and"
        with the verb left out ("... and XPeng by Vantage Automobile")."""
        for k in range(len(items) - 1):
            maker, seller = items[k], items[k + 1]
            if maker.ref or seller.ref or "Automaker" not in maker.isa or _ORG not in seller.isa or \
                    not _HANDLED_BY.fullmatch(text, maker.end, seller.start) or \
                    (status := self._status(text, ss, maker.end, seller.start, [])) is None:
                continue
            emit(seller.eid, "PARTNERS_WITH", maker.eid, si, "handled-by", 0.65, status)
            if k + 3 < len(items):
                m2, s2 = items[k + 2], items[k + 3]
                if not (m2.ref or s2.ref) and "Automaker" in m2.isa and _ORG in s2.isa and \
                        _GAPPED_AND.fullmatch(text, seller.end, m2.start) and _GAPPED_BY.fullmatch(text, m2.end, s2.start):
                    emit(s2.eid, "PARTNERS_WITH", m2.eid, si, "handled-by", 0.6, status)

    def _kits_by(self, text, ss, se, items, si, emit) -> None:
        """The maker of the kits an assembler builds from supplies it: "Gold Coast Auto Assemblers has started assembling
        Changan's CS35 Plus ... from kits supplied by Changan", "AVA began assembling the Tiggo 7 Pro from kits shipped
        from Chery's base in Wuhu". The assembler is the company that opens the sentence."""
        first = items[0]
        if first.ref or _ORG not in first.isa or first.start - ss > 4 or text.startswith(("'s", "’s"), first.end):
            return
        for m in _KITS_BY.finditer(text, ss, se):
            maker = next((it for it in items if it.start == m.end() and not it.ref and _ORG in it.isa), None)
            if maker is None or maker.eid == first.eid:
                continue
            status = self._status(text, ss, m.start(), m.end(), [])
            if status is not None:
                emit(maker.eid, "SUPPLIES", first.eid, si, "kits-by", 0.65, status)

    def _which_seller(self, text, ss, items, si, emit) -> None:
        """A maker named before "which" and the company that sells it as the clause's subject: "competes with BYD, which
        ACMobility distributes, and with GAC Aion", "Chery, which the importer UAAGI has represented since 2006" (the
        seller works with the maker: PARTNERS_WITH)."""
        for k in range(1, len(items)):
            seller, maker = items[k], items[k - 1]
            if seller.ref or maker.ref or _ORG not in seller.isa or seller.eid == maker.eid or \
                    "Company" not in maker.isa and "Brand" not in maker.isa or \
                    not _WHICH_BEFORE_SELLER.search(text, maker.end, seller.start) or \
                    (vm := _SELLER_VERB.match(text, seller.end)) is None:
                continue
            status = self._status(text, ss, seller.end, vm.end(), [])
            if status is not None:
                emit(seller.eid, "PARTNERS_WITH", maker.eid, si, "which-seller", 0.65, status)

    def _round_raiser(self, text, ss, se, items, si, raiser: list) -> None:
        """The company a sentence says raised a funding round, kept in ``raiser`` with the sentence's index: "Avatr
        completed ... financing", "Zeekr raised US$500 million ... in a Series A round", "Voyah's Series A round"."""
        subj: list[_Item] = []
        if (rm := _RAISES_ROUND.search(text, ss, se)) is not None:
            subj = self._subject(text, [it for it in items if it.end <= rm.start()], frozenset(("Company",)), rm.start())
            if len(subj) > 1 and _APPOSED_KIND_START.match(text, subj[0].end):
                subj = subj[:1]  # "Voyah, the premium brand of Dongfeng Motor Group, has closed ..."
        if not subj and (pm := _ROUND_POSS.search(text, ss, se)) is not None:
            subj = [it for it in items if it.start <= pm.start() < it.end or it.start == pm.start()][:1]
        if len(subj) == 1 and "Company" in subj[0].isa and not subj[0].ref:
            raiser[0] = (si, subj[0].eid)

    def _round_investors(self, text, ss, se, items, si, emit, raiser: list) -> None:
        """Investors in a funding round invest in the company that raised it: "Avatr closed its Series C ... Follow-on
        investors included A, B and C", "The round was co-led by A and B", "brought in A and B as new shareholders",
        "Among Hozon's shareholders are A and B", "Existing shareholders A and B also invested again". The company is
        the one the sentence or one of the three before it says raised the round (``raiser``, see ``_round_raiser``)."""
        if raiser[0] is not None and si - raiser[0][0] > 3:
            raiser[0] = None
        target = raiser[0][1] if raiser[0] is not None else None
        if _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, se):
            return
        investors: list[tuple[_Item, str]] = []  # (investor, the company it invests in)
        for m in _ROUND_INVESTORS.finditer(text, ss, se):
            owner = m.group("poss")
            t = target
            if owner:  # "Among Hozon's existing shareholders are ..."
                o = next((it for it in items if it.start < m.start("poss") + len(owner) <= it.end + 2 and
                          "Company" in it.isa), None)
                t = o.eid if o is not None else None
            if t is None:
                continue
            after = [it for it in items if it.start >= m.end() and _investor(it)]
            if after and after[0].start - m.end() <= 160 and not _CLAUSE_BREAK.search(text, m.end(), after[0].start):
                investors += [(it, t) for it in after if it.group == after[0].group]
        if target is not None:
            for m in _ROUND_INVESTORS_AFTER.finditer(text, ss, se):
                # "Existing shareholders Changan and South Industry Assets Management also invested again", "A and B
                # were among the investors"
                last = next((it for it in reversed(items) if it.end <= m.start()), None)
                if last is not None and m.start() - last.end <= 3:
                    investors += [(it, target) for it in items if it.group == last.group and _investor(it)]
        for it, t in investors:
            if it.eid != t:
                emit(it.eid, "INVESTS_IN", t, si, "round-investors", 0.65)

    @staticmethod
    def _mt_for_supply(text, ss, se, items, si, emit, makers) -> None:
        """Machine translation of "A 为 B 供应" and "A 向 B 供应": "Fuyao Glass (600660.SH) for Xiaomi Automobile supply the
        whole car glass", "Huichuan Technology and Lianhe Electronics for Xiaomi Automobile supply the electric drive
        system", "Shidai Qiji will to Sanyi Heavy Truck supply standard swap battery blocks", "company to Biyadi and
        Changan Automobile supply MCU": the names (or the company a reference names) before "for" or "to" supply the
        customers after it (a product's maker), whose verb follows them."""
        if _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, se):
            return
        for k, y in enumerate(items):
            if k == 0 or y.ref or _customer(y, makers) is None:
                continue
            x = items[k - 1]
            if _ORG not in x.isa or x.group == y.group or not _MT_FOR.fullmatch(text, x.end, y.start):
                continue
            group = [it for it in items[k:] if it.group == y.group and not it.ref]
            if _MT_FOR_SUPPLY.match(text, group[-1].end) is None:
                continue
            for sup in (it for it in items[:k] if it.group == x.group and (not it.ref or it is x) and _ORG in it.isa):
                for c in dict.fromkeys(c for it in group if (c := _customer(it, makers)) is not None):
                    if c != sup.eid:
                        emit(sup.eid, "SUPPLIES", c, si, "mt-for-supply", 0.6)

    def _sold_under(self, text, ss, se, items, si, emit) -> None:
        """"Chery sells cars under the Jetour, Exeed and iCar brands": the brands belong to the seller."""
        for m in _SOLD_UNDER.finditer(text, ss, se):
            before = [it for it in items if it.end <= m.start()]
            subj = self._subject(text, before, frozenset((_ORG,)), m.start())
            # "the Ningde-based company provides the packs for several Geely-built models sold under the Zeekr badge":
            # the maker named on the models owns the brand
            maker = next((it for it in reversed(before) if it.start > m.start() - 50 and not it.ref and
                          _MAKER_ADJ.match(text, it.end)), None)
            if maker is not None:
                subj = [maker]
            if len(subj) != 1 or "Brand" in subj[0].isa or _HEDGE.search(text, max(ss, m.start() - 60), m.end()) or \
                    _NEGATION.search(text, max(ss, m.start() - 25), m.end()):
                continue
            pos = m.end()
            brands = []
            for it in items:
                if it.start < pos or "Country" in it.isa:  # (", in Europe,": the place of the brands after it)
                    continue
                if it.eid == subj[0].eid and not brands and _BRAND_UNDER_GAP.fullmatch(text, pos, it.start):
                    pos = it.end  # ("sells under the Chery, Omoda and Jaecoo badges": its own name first)
                    continue
                if "Brand" not in it.isa or it.ref or not _BRAND_UNDER_GAP.fullmatch(text, pos, it.start):
                    break
                brands.append(it)
                pos = it.end
            if len(brands) > 1 or (brands and re.match(r"\s+(?:brand|marque|name|badge|label)s?\b", text[pos:pos + 10])):
                for b in brands:
                    emit(b.eid, "BRAND_OF", subj[0].eid, si, "sold-under", 0.7)

    def _its_holder(self, text, ss, items, si, emit) -> None:
        """"Efort depends on Chery, which is its largest shareholder", "Hefei Construction Investment Holding is among
        its top ten shareholders", "T3 was set up by FAW, with Tencent and Alibaba among its other investors": the
        holders named before "its ... shareholders" hold what "its" refers to."""
        for k, x in enumerate(items):
            if x.ref or _ORG not in x.isa:
                continue
            m = _ITS_HOLDER.match(text, x.end)
            if m is None or m.group("among") and not _WITH_BEFORE_HOLDERS.search(
                    text, max(ss, x.start - 10), x.start) and not (x.group != -1 and any(
                    y.group == x.group and _WITH_BEFORE_HOLDERS.search(text, max(ss, y.start - 10), y.start)
                    for y in items[:k])):
                continue  # (a bare "among its" needs "with" before the holders: "counts ... among" is another rule's)
            owner = next((y for y in items[k + 1:] if y.ref and m.end() - 80 < y.start < m.end() and
                          text.startswith(("its", "Its"), y.start)), None)
            if owner is None or _ORG not in owner.isa or any(not y.ref and x.end <= y.start < m.end() for y in items) or \
                    _HEDGE.search(text, max(ss, x.start - 40), m.end()) or _NEGATION.search(text, x.end, m.end()):
                continue
            group = [y for y in items[:k + 1] if y.group == x.group and not y.ref] if x.group != -1 else [x]
            if m.group("gap").strip() == "" and len(group) > 1 and not m.group("among") and \
                    not text.startswith(("are", "were", "have"), m.end("gap")):
                group = [x]  # (a singular verb: only the name before it)
            control = _CONTROLLING_HOLDER.search(text, m.start(), m.end()) is not None
            for h in group:
                if h.eid == owner.eid:
                    continue
                emit(h.eid, "INVESTS_IN", owner.eid, si, "its-holder", 0.7)
                if control and len(group) == 1:
                    emit(owner.eid, "SUBSIDIARY_OF", h.eid, si, "its-holder", 0.7)

    def _counts_among(self, text, ss, se, items, si, emit) -> None:
        """"WeRide, led by Tony Han, counts Nissan and Bosch among its partners": B is A's N for each B of the list (and
        of each subject: "Tesla and BMW count CATL among their battery vendors")."""
        for m in _COUNTS_VERB.finditer(text, ss, se):
            lead = m.end()
            if (km := _COUNTS_KIND.match(text, lead, se)) is not None:
                lead = km.end()  # "counts domestic automakers such as Chery among its clients"
            first = next((it for it in items if it.start >= lead), None)
            if first is None or first.start - lead > 4:
                continue
            if "Person" in first.isa and text.startswith(("'s ", "’s "), first.end):
                # ("Warren Buffett's Berkshire Hathaway": the possessor's company)
                first = next((it for it in items if it.start == first.end + 3), None)
                if first is None:
                    continue
            group = [it for it in items if it.group == first.group and it.start >= first.start and not it.ref and
                     "Modifier" not in it.isa]  # ("Dongfeng and Geely's Zeekr": the owner describes the name it owns)
            if first.ref and not group and text[first.start:first.start + 4].lower() == "the " and \
                    not text.startswith(("'s", "’s"), first.end - 2):
                group = [first]  # "LG Energy Solution counts the Chinese producer among its vendors"
            if group and text.startswith(("'s ", "’s "), group[-1].end) and \
                    (owned := next((it for it in items if it.start == group[-1].end + 3 and not it.ref), None)) is not None:
                group[-1] = owned  # "counts Dongfeng and Geely's Lynk & Co among ...": the owned one is listed
            after = _PAREN_TAIL.match(text, group[-1].end).end() if group else 0
            if group and (pw := _POSS_WORDS.match(text, after)) is not None:
                after = pw.end()  # "counts Li Auto, Zeekr and Tesla's Shanghai plant among its clients"
            cm = _COUNTS_AS.match(text, after) if group else None
            if cm is None and group and (rc := _COUNTS_RELATIVE.match(text, after)) is not None:
                cm = _COUNTS_AS.match(text, rc.end())
            if cm is None and group and (far := _COUNTS_AS.search(text, after, min(se, after + 120))) is not None and \
                    _LOOSE_LIST.fullmatch(text, group[-1].end, far.start()):
                # "counts Geely Auto, Lynk & Co, Zeekr, smart, Polestar and Proton among its customers": a name the
                # dictionary leaves out (a lower-case brand) does not end the list
                cm = far
                group = group + [it for it in items if group[-1].end <= it.start and it.end <= far.start() and
                                 not it.ref and _ORG in it.isa]
            if cm is None and group and (cm := _COUNTS_USERS.match(text, after)) is not None:
                pred = "rev:SUPPLIES"  # "counts Dongfeng among the carmakers using its chips"
            elif cm is None:
                continue
            else:
                pred = _noun_pred(cm)
            before = [it for it in items if it.end <= m.start()]
            if (lp := FRONTED.match(text, ss)) is not None:
                before = [it for it in before if it.start >= lp.end()]  # "Below CATL and BYD, CALB counts ..."
            subj = self._subject(text, before, frozenset((_ORG,)), m.start())
            # ("Tesla, BMW and Volkswagen all count CATL among their battery vendors": each of the subjects)
            # ("CATL and CALB both count Leapmotor as a customer": a plural verb after the coordinated subjects)
            plural = len(subj) > 1 and (" their " in cm.group(0).lower() or
                                        text[m.start():m.end()].split(None, 1)[0].lower() == "count")
            if pred is None or not (len(subj) == 1 or plural) or \
                    _HEDGE.search(text, max(ss, m.start() - 60), cm.end()) or \
                    _NEGATION.search(text, max(ss, m.start() - 25), cm.end()):
                continue
            for a in subj:
                for b in group:
                    if b.eid == a.eid:
                        continue
                    if pred.startswith("rev:"):
                        emit(a.eid, pred[4:], b.eid, si, "counts-as", 0.75)
                    else:
                        emit(b.eid, pred, a.eid, si, "counts-as", 0.75)

    def _ventures_of_with(self, text, items, si, emit) -> None:
        """"two joint ventures of Changan Automobile with Ford and Mazda": the first company and each of the others."""
        for k, a in enumerate(items[:-1]):
            if a.ref or _ORG not in a.isa or _VENTURES_OF.search(text, max(0, a.start - 40), a.start) is None:
                continue
            b = items[k + 1]
            if b.ref or _ORG not in b.isa or _WITH_AFTER_OWNER.fullmatch(text, a.end, b.start) is None:
                continue
            for x in items[k + 1:]:
                if x.group == b.group and not x.ref and _ORG in x.isa and x.eid != a.eid:
                    self._pairs([a, x], "JOINT_VENTURE_WITH", si, "ventures-of-with", emit)

    @staticmethod
    def _in_vehicles_of(text, ss, se, items, si, emit) -> None:
        """"Its cockpit products are already in vehicles made by Li Auto, Geely and Chery": the owner of the goods
        supplies the makers of the vehicles."""
        for m in _IN_VEHICLES_OF.finditer(text, ss, se):
            owner = next((it for it in items if it.start == m.start("poss") and it.ref), None)
            first = next((it for it in items if it.start >= m.end()), None)
            if owner is None or first is None or first.start - m.end() > 4 or \
                    _HEDGE.search(text, ss, m.end()) or _NEGATION.search(text, ss, m.end()):
                continue
            status = "planned" if _PLANNED.search(text, m.start(), m.end()) else "stated"
            for it in items:
                if it.group == first.group and it.start >= first.start and not it.ref and _ORG in it.isa and \
                        it.eid != owner.eid:
                    emit(owner.eid, "SUPPLIES", it.eid, si, "in-vehicles-of", 0.7, status)

    @staticmethod
    def _alliance_brands(text, after, te, subjects, si, emit, status) -> None:
        """"HIMA, the alliance that sells AITO, Luxeed and Stelato cars": the brands an alliance sells are its brands."""
        brands = [it for it in after if "Brand" in it.isa and not it.ref and it.start - te < 80]
        if not brands:
            return
        brands = [it for it in brands if it.group == brands[0].group]
        if not _BRAND_HEAD.match(text, brands[-1].end) or not _SELLS_GAP.fullmatch(text, te, brands[0].start):
            return
        for b in brands:
            for s in subjects:
                emit(b.eid, "BRAND_OF", s.eid, si, "alliance-sells", 0.7, status)

    @staticmethod
    def _relative_antecedent(text: str, items: list[_Item], ts: int) -> int:
        """Where the named antecedent of the relative pronoun before ``ts`` ends ("HIMA, which delivered"; "HIMA, the
        Huawei-led alliance that sells": the name an apposition describes), or -1 when it names no entity."""
        rel = _RELATIVE.search(text, max(0, ts - 20), ts)
        if rel is None and text.startswith("its ", ts):
            rel = _RELATIVE_DID.search(text, max(0, ts - 40), ts)  # ("Siemens, which completed | its takeover of")
        if rel is None:
            return len(text)
        rs = rel.start()
        names = [it for it in items if "Technology" not in it.isa]  # ("Waymo, the self-driving unit of Alphabet")
        for a, b in zip(names, names[1:]):
            if b.end <= rs and not text[b.end:rs].strip(" ,") and _UNIT_OF_APPOS.fullmatch(text, a.end, b.start):
                return a.end  # "Lingyun Industrial, a unit of state-owned Norinco, which makes": the unit
        for b in names:
            if b.end <= rs and not text[b.end:rs].strip(" ,") and \
                    (jm := _JV_OF_APPOS.search(text, max(0, b.start - 120), b.start)) is not None and \
                    (head := next((x for x in reversed(names) if x.end <= jm.start()), None)) is not None and \
                    not text[head.end:jm.start()].strip():
                return head.end  # "UAES, a joint venture of Bosch and HASCO that supplies XPeng": the venture
        for it in items:
            if it.end <= rs and (re.fullmatch(r"[\s,()\w.\"'”’]{0,4}", text[it.end:rs]) or
                                 _PAREN_COMMA.fullmatch(text, it.end, rs) or  # ("Fuyao Glass (600660.SH), which")
                                 _QUANT_OF.fullmatch(text, it.end, rs) or  # ("BMW and Mercedes-Benz, both of which buy")
                                 # ("its MindGPT model, which powers": the name before its kind's noun)
                                 _KIND_NOUN_COMMA.fullmatch(text, it.end, rs) or
                                 "Product" in it.isa and _CAR_KIND_COMMA.fullmatch(text, it.end, rs) or
                                 # ("Fuyao Glass America in Moraine, Ohio, which supplies GM": the company, not its town)
                                 (m := _PLACE_TAIL.match(text, it.end, rs)) is not None and
                                 text[m.end():rs].strip() == "," or
                                 (rs - it.end < 70 and _APPOS_NP.fullmatch(text, it.end, rs)) or
                                 # ("BYD, Li Auto and Xiaomi are among Chinese carmakers that source the part from Bosch")
                                 _COPULA_CLASS.fullmatch(text, it.end, rs) or _COPULA_ONE.fullmatch(text, it.end, rs) or
                                 # ("BYD's A shares, which trade on the Shenzhen Stock Exchange")
                                 _POSS_SHARES_COMMA.fullmatch(text, it.end, rs)):
                return it.end
        return -1

    @staticmethod
    def _subject(text: str, before: list[_Item], domain, ts: int = -1) -> list[_Item]:
        """The nearest fitting mention before the trigger that is not the object of a preposition, with its group; in a
        relative clause ("dominated by BTR, which is listed in Beijing and counts ..."), the name the clause describes."""
        if ts >= 0 and before and (rp := _REL_PRONOUN_BEFORE.search(text, max(before[-1].end, ts - 40), ts)) is not None:
            # "powered by Momenta, the autonomous driving company that also works with Toyota": the trigger opens a
            # relative clause about the nearest fitting name (past an apposition's words)
            # (not the "its" of an apposition: "BYD Semiconductor, its in-house chip unit, which supplies BYD")
            ante = next((x for x in reversed(before) if _fits(x.isa, domain) and
                         not (x.ref and text[x.start:x.end].lower() in ("its", "their"))), None)
            if ante is not None and (head := next((x for x in reversed(before) if x.end <= ante.start and
                                                   _fits(x.isa, domain)), None)) is not None and (
                    # "Lingyun Industrial, a unit of state-owned Norinco, which makes ...", "FinDreams Battery, a BYD unit
                    # that also supplies Toyota": the name the apposition describes, not the owner named inside it
                    not text[ante.end:rp.start()].strip(" ,") and _UNIT_OF_APPOS.fullmatch(text, head.end, ante.start) or
                    _OWNER_IN_APPOS_TAIL.fullmatch(text, ante.end, rp.start()) and
                    _APPOS_LEAD.fullmatch(text, head.end, ante.start)):
                ante = head
            elif ante is not None and not text[ante.end:rp.start()].strip(" ,") and \
                    (jm := _JV_OF_APPOS.search(text, max(0, ante.start - 120), ante.start)) is not None and \
                    (head := next((x for x in reversed(before) if x.end <= jm.start() and _fits(x.isa, domain)), None)) \
                    is not None and not text[head.end:jm.start()].strip():
                # "UAES, a joint venture of Bosch and HASCO that counts XPeng among its customers": the venture
                return [head]
            if ante is not None and rp.start() - ante.end <= 70 and (
                    text.count(",", ante.end, rp.start()) <= 1 or _APPOS_BETWEEN.fullmatch(text, ante.end, rp.start())) \
                    and "." not in text[ante.end:rp.start()] and ";" not in text[ante.end:rp.start()]:
                group = [x for x in before if x.group == ante.group and _fits(x.isa, domain)]
                if len(group) > 1 and group[-1] is ante and (_singular_verb_at(text, ts) or " has " in rp.group()):
                    return [ante]  # "supply Geely, Changan and Seres Group, which builds the AITO M9": the last one
                return group
        if ts >= 0 and before and (rm := _WHICH_BEFORE.search(text, max(before[0].end, ts - 150), ts)) is not None:
            ante = next((it for it in reversed(before) if it.end <= rm.start()), None)
            if ante is not None and not ante.ref and _PAREN_TAIL.fullmatch(text, ante.end, rm.start()) and \
                    not domain.isdisjoint(ante.isa):
                return [x for x in before if x.group == ante.group and _fits(x.isa, domain)]
        if ts >= 0 and before and _UNKNOWN_SUBJECT.search(
                text, next((x.end for x in reversed(before) if "Technology" not in x.isa), before[-1].end), ts):
            return []  # "CFMoto works with KTM, while Qianjiang builds ...": the clause's subject is a name not known
        for it in reversed(before):
            if domain.isdisjoint(it.isa):
                continue
            if text.startswith(_OWNER_ADJ_TAILS, it.end):
                continue  # "the Geely-backed technology company": a name inside a describing adjective
            if "Exchange" in it.isa and text[max(0, it.start - 2):it.start].strip() in ("(", "（", "(", ";", ","):
                continue  # the exchange of a ticker: "CALB (HKEX: 3931) counts ..."
            if _PLACE_AFTER.match(text, it.end) and not (it.ref and text[it.start:it.end] in ("Its", "Their")):
                continue  # "assembles SUVs at the former Nissan plant in a joint venture with Chery": a place
                # (not the owner of "Its plant in Monterrey supplies Tesla")
            end = it.end - 2 if it.ref and text[it.end - 2:it.end] in ("'s", "’s") else it.end  # ("the company's")
            if ts >= 0 and text[end:end + 1] in ("'", "’") and text[max(0, it.start - 2):it.start].strip() == "," \
                    and _APPOS_POSS.match(text, end, ts):
                continue  # "FinDreams Battery, BYD's battery unit, is developing": the apposition's owner is not the subject
            if ts >= 0 and _PAREN_COMMA_AFTER.match(text, it.end) and any(
                    p.end <= it.start and _UNIT_OF_APPOS.fullmatch(text, p.end, it.start) for p in before):
                continue  # "Sunwoda EVB, the battery unit of Sunwoda Electronic (300207.SZ), has picked": the unit acts
            lead = next((x for x in before if x.group == it.group), it)  # (the first name of its list)
            if ts >= 0 and "," in text[it.end:ts] and _CLAUSE_END.search(text, it.end, ts) and (
                    any(_APPOS_OPEN.fullmatch(text, p.end, lead.start) or
                        # ("Envision AESC, the battery maker controlled by Chinese firm Envision Group, supplies")
                        "," in text[p.start:p.end] and _REDUCED_PASSIVE.fullmatch(text, p.end, lead.start)
                        for p in before if p.end <= lead.start) or
                    # ("Avatr, the premium brand Changan developed with Huawei, has agreed": a name inside an apposition)
                    _IN_RELATIVE.search(text, _clause_window(text, it.start), it.start) or
                    lead is not it and _IN_RELATIVE.search(text, _clause_window(text, lead.start), lead.start)):
                # "Gotion, whose largest shareholder is Volkswagen, also formed ...", "Momenta, which sells software to
                # carmakers including SAIC-GM and Toyota, signed ...": inside a relative clause
                continue
            if ts >= 0 and _AND_VERB_AFTER.fullmatch(text, it.end, ts) and \
                    _VERB_BEFORE_OBJ.search(text, max(0, lead.start - 40), lead.start):
                continue  # "Changan runs the Deepal brand and holds a stake in Avatr": the first verb's object
            if ts >= 0 and text[end:end + 1] in ("'", "’") and _POSS_TRIGGER.fullmatch(text, end, ts):
                if _BOUGHT_FROM_OWNER.search(text, max(0, it.start - 30), it.start) and \
                        _STAKE_NOUN.search(text, end, ts + 20):
                    continue  # "paid $379 million for Adient's 30% stake in Yanfeng": the seller's stake, not a holder's
                # "NIO's swapping agreements with ...": the possessor is the subject of the nominal trigger
            else:
                group = it.group
                for first in before:
                    if first.group == group:
                        break
                if _prep_object(text, first.start):
                    continue  # the whole coordinated group is a prepositional object ("backed by A and B")
                if _ACCORDING_BEFORE.search(text, max(0, first.start - 50), first.start):
                    continue  # "..., according to Korean researcher SNE Research, well ahead of BYD": the source
                if _prep_object(text, it.start):
                    continue
            return [x for x in before if x.group == it.group and _fits(x.isa, domain)]
        return []

    @staticmethod
    def _first_group(items: list[_Item], kinds, text: str = "") -> list[_Item]:
        for k, it in enumerate(items):
            if _fits(it.isa, kinds):
                if text and k + 1 < len(items) and text[it.end:it.end + 1] in ("'", "’") and \
                        items[k + 1].start - it.end <= 3 and _fits(items[k + 1].isa, kinds):
                    continue  # "backed by Warren Buffett's Berkshire Hathaway": the possessed one acts
                return [x for x in items if x.group == it.group and _fits(x.isa, kinds)]
        return []

    @staticmethod
    def _nearest_group(items: list[_Item], kinds) -> list[_Item]:
        for it in reversed(items):
            if _fits(it.isa, kinds):
                return [x for x in items if x.group == it.group and _fits(x.isa, kinds)]
        return []

    def _car(self, it: _Item) -> bool:
        """Whether a named product is a vehicle: a model found by its code, or a product (no battery, chip or system)
        whose maker is a carmaker."""
        if "VehicleModel" in it.isa:
            return True
        maker = self._makers.get(it.eid)
        return maker is not None and self._car_by(it.eid, maker)

    def _car_by(self, product: str, maker: str) -> bool:
        """Whether a known product of ``maker`` is a car: its maker makes cars and its name is no battery's, chip's
        or system's."""
        return "Automaker" in self._records[maker].isa and not _TECH_PRODUCT.search(self._records[product].name)

    def _named_after_others(self, text: str, it: _Item, agents: list[_Item], owners_too: bool = False) -> bool:
        """Whether the product mention starts with the first word of a company of the article that is none of the
        ``agents``, nor in any of their names, nor an owner of one of them (``owners_too``: nor owned by one)."""
        first = text[it.start:it.end].split(None, 1)[0].lower()
        records = self._records
        none: frozenset[str] = frozenset()
        for x in agents:
            if x.eid not in records or first in records[x.eid].name.lower().split():
                return False
        for eid, rec in records.items():
            if "Company" in rec.isa and rec.name.split(None, 1)[0].lower() == first and \
                    not any(eid == x.eid or eid in self._owners.get(x.eid, none) or
                            owners_too and x.eid in self._owners.get(eid, none) for x in agents):
                return True
        return False

    def _named_after_other(self, text: str, it: _Item, owner: str) -> bool:
        """Whether the mention starts with the first word of a company of the article other than ``owner`` ("the Xiaomi
        SU7" is not Tesla's)."""
        first = text[it.start:it.end].split(None, 1)[0].lower()
        records = self._records
        if records[owner].name.split(None, 1)[0].lower() == first:
            return False
        return any(eid != owner and "Company" in rec.isa and rec.name.split(None, 1)[0].lower() == first
                   for eid, rec in records.items())

    @staticmethod
    def _end_aside_list(text: str, items: list[_Item], comma: int, g: int) -> None:
        """End the list of a fronted phrase where the phrase ends: "Unlike CATL and BYD, Gotion sells ..." (the first
        bare comma after its "and"), "Like Tesla, CATL and BYD buy ..." (else its own comma). The names after it take
        group ``g + 1``."""
        end = None
        seen_and = False
        for k in range(1, len(items)):
            if items[k].group != items[0].group:
                break
            sep = text[items[k - 1].end:items[k].start]
            if _AND_SEP.search(sep):
                seen_and = True
            elif sep.strip() == "," and (seen_and or items[k - 1].end < comma <= items[k].start and end is None):
                end = k
                if seen_and:
                    break
        if end is not None:
            old_g = items[end].group
            for it in items[end:]:
                if it.group == old_g:
                    it.group = g + 1

    def _pronoun_owner_ok(self, text: str, items: list[_Item], i: int) -> bool:
        """Whether the antecedent of the pronoun ``items[i]`` can own what follows it: not when the antecedent is only
        one of the names it is related to ("Its customers include Tesla, BMW ..." resolved to BMW), nor when the company
        named after it starts with the first word of another company ("Its battery unit Ganfeng LiEnergy" after
        Tianqi)."""
        a, b = items[i], items[i + 1]
        if any(x.eid == a.eid and x.group == b.group and not x.ref and not _NAME_GOES_ON.match(text, x.end)
               for x in items[i + 1:]) and not (b.eid == a.eid and _BRANDS_WORD.search(text, a.end, b.start)):
            # (but "GWM Pickup", an unknown name that starts with the owner's, is not the owner; and "The group's
            # brands include Chery, Exeed and Jetour" opens with the group's namesake brand)
            return False
        if "Company" not in b.isa:
            return True
        first = text[b.start:b.end].split(None, 1)[0].lower()
        records = self._records
        own = records[a.eid].name.split(None, 1)[0].lower()
        if first == own:
            return True
        for eid, rec in records.items():
            if eid != a.eid and eid != b.eid and "Company" in rec.isa and rec.name.split(None, 1)[0].lower() == first:
                return False
        return True

    def _adjacent(self, text, items, si, emit, ss) -> None:
        lead: dict[int, int] = {}  # a company's position -> where the country's possessive before it starts
        adj_country: dict[int, tuple[int, int]] = {}  # an owner's end -> the country describing its unit next
        if any("Country" in it.isa for it in items):
            # "a subsidiary of Brazil's Vale": a country's possessive before a company describes it (the pair is the
            # name before and the company, and what lies between them ends before the country)
            kept = []
            for k, it in enumerate(items):
                if "Country" in it.isa and k + 1 < len(items) and text[it.end:items[k + 1].start] in ("'s ", "’s ") and \
                        "Company" in items[k + 1].isa and k > 0:
                    lead[items[k + 1].start] = it.start
                elif "Country" in it.isa and 0 < k < len(items) - 1 and _possessor(text, items[k - 1]) and \
                        text[items[k - 1].end:it.start] in (" ", "'s ", "’s ") and \
                        _COUNTRY_ADJ_NOUN.match(text, it.end):
                    # "its U.S. subsidiary SC Autosports": the country only describes the unit (and is read out of the words
                    # between the owner and the unit)
                    adj_country[items[k - 1].end] = (it.start, it.end + (text[it.end:it.end + 1] == "."))
                else:
                    kept.append(it)
            items = kept
        if any("Technology" in it.isa for it in items):
            # "Waymo, the self-driving unit of Alphabet": a technology that only describes the unit is no neighbour
            # ("its battery-swapping arm NIO Power": nor one that describes the unit an owner names; "Zhongyi's lithium
            # battery foil customers include CATL", "its customers for bidirectional chargers include State Grid": nor
            # one inside the words of a relational noun)
            # (a run of them too: "RoboSense's ADAS lidar customers include BYD")
            def describing(k: int) -> bool:
                p, n = k - 1, k + 1
                while p >= 0 and "Technology" in items[p].isa:
                    p -= 1
                while n < len(items) and "Technology" in items[n].isa:
                    n += 1
                if p < 0 or n >= len(items) or _ORG not in items[p].isa or _ORG not in items[n].isa:
                    return False
                owner, first, last, named = items[p], items[p + 1], items[n - 1], items[n]
                return bool(_IN_APPOS_OPEN.search(text, owner.end, first.start) and
                            _TECH_UNIT_OF.fullmatch(text, last.end, named.start) or
                            _POSS_BEFORE_TECH.fullmatch(text, owner.start, first.start) and
                            _TECH_UNIT_NAME.fullmatch(text, last.end, named.start) or
                            (_possessor(text, owner) or _DROPPED_POSS.match(text, owner.end)) and _NOUN_LIST.match(
                                ("'s" if text[owner.start:owner.end].lower() in ("its", "their") else "") +
                                text[owner.end:named.start]) is not None)

            items = [it for k, it in enumerate(items) if not ("Technology" in it.isa and describing(k))]
        for i in range(len(items) - 1):
            a, b = items[i], items[i + 1]
            between = text[a.end:lead.get(b.start, b.start)]
            if adj_country and (cs := adj_country.get(a.end)) is not None and cs[1] <= b.start:
                between = text[a.end:cs[0]].rstrip() + text[cs[1]:b.start]
            elif "." in between and (dm := _DOTTED_COUNTRY.match(between)) is not None:
                between = dm.group(1) + between[dm.end():]  # "Kandi's U.S. subsidiary": as "Kandi's US subsidiary"
            if len(between) > 80:
                continue
            if "Product" in a.isa and _ORG in b.isa and not b.ref and _MAKER_RELATIVE.fullmatch(between) and \
                    _MAKE_VERB_AFTER.match(text, b.end) and \
                    (status := self._status(text, ss, b.end, b.end + 24, items)) is not None:
                # "the Dacia Spring, which Dongfeng Motor builds in Wuhan", "the C10, a midsize SUV that Leapmotor
                # builds in Jinhua": the maker of the product a relative clause describes
                # (a singular apposition describes the last name only: "the T03 and the C10, a midsize SUV that")
                single = re.match(r"\s*,\s*an?\s", between) is not None
                for x in ([a] if single else items[:i + 1]):
                    if x.group == a.group and "Product" in x.isa and not x.ref:
                        emit(b.eid, "MANUFACTURES", x.eid, si, "which-maker-builds", 0.7, status)
            if "Company" in a.isa and "Automaker" not in a.isa and not a.ref and not b.ref and \
                    not {"Automaker", "Brand"}.isdisjoint(b.isa) and (wm := _WHICH_SELLS.fullmatch(between)) and \
                    (wm.group("v").lower().startswith(("distribut", "import", "represent")) or
                     _DEALER_ROLE_BEFORE.search(text, max(ss, a.start - 40), a.start)) and \
                    (status := self._status(text, ss, a.end, b.start, items)) is not None:
                # "The dealer group Ostermann Mobility, which sells MG and BYD in northern Germany": a dealer works with
                # the makes it sells
                for y in items[i + 1:]:
                    if y.group != b.group and y is not b:
                        break
                    if not y.ref and not {"Automaker", "Brand"}.isdisjoint(y.isa):
                        emit(a.eid, "PARTNERS_WITH", y.eid, si, "dealer-sells", 0.65, status)
            if "Product" in a.isa and not a.ref and _ORG in b.isa and not b.ref and _PRODUCT_GOES_TO.fullmatch(between) and \
                    (maker := self._makers.get(a.eid)) is not None and maker != b.eid and \
                    (status := self._status(text, ss, a.end, b.start, items)) is not None:
                # "In China the MK C2 goes to Great Wall Motor, Chery and Changan", "the Qilin battery is supplied to Li
                # Auto": the product's maker supplies them
                for y in items[i + 1:]:
                    if y.group != b.group and y is not b:
                        break
                    if _ORG in y.isa and not y.ref and y.eid != maker:
                        emit(maker, "SUPPLIES", y.eid, si, "product-goes-to", 0.65, status)
            if _ORG in a.isa and _ORG in b.isa and not a.ref and not b.ref and _HOLDS_BEFORE.fullmatch(between) and \
                    _PCT_SHARES_AFTER.match(text, b.end) and \
                    (status := self._status(text, ss, a.end, b.start, items)) is not None:
                # machine translation keeps the Chinese order: "Mercedes-Benz also holds Beijing Automobile 9.55%
                # shares" (A holds N% of B)
                emit(a.eid, "INVESTS_IN", b.eid, si, "holds-pct-shares", 0.7, status)
            if a.ref and a.end - a.start <= 5 and text[a.start:a.end].lower() in ("its", "their"):
                # "its battery arm X", "its customers include X": read like "A's battery arm X"
                between = "'s" + between
                if not self._pronoun_owner_ok(text, items, i):
                    continue
            elif a.ref and text[a.end - 2:a.end] in ("'s", "’s") and text[a.start:a.start + 4] in ("the ", "The "):
                # "The Shandong company's OE clients include X": a possessive description reads like "A's"
                between = text[a.end - 2:b.start]
                if not self._pronoun_owner_ok(text, items, i):
                    continue
            gap = _GAPS.get(between)
            if gap is None:
                gap = _gap(between)
            if gap.nouns and not _RUMOUR_LEAD.search(text, ss, a.start):
                self._rel_nouns(text, items, i, gap, si, emit)
            if gap.owned is not None:
                if gap.owned == "backed":
                    emit(a.eid, "INVESTS_IN", b.eid, si, "backed-adjective", 0.75)  # "Tencent-backed NIO"
                else:
                    emit(b.eid, "SUBSIDIARY_OF", a.eid, si, "owned-adjective", 0.75)  # "Geely-owned Zeekr"
            if "rel" in between and _RELIES_ON.fullmatch(between) and not a.ref and _RELIED_END.match(text, b.end) and \
                    _supply_direction(b.isa, a.isa) == 1 and not _HEDGE.search(text, max(ss, a.start - 30), b.start):
                emit(b.eid, "SUPPLIES", a.eid, si, "relies-on", 0.65)  # "Nissan, too, is relying on Momenta"
            if (between in (", the ", ", a ", ", an ") or _PAREN_APPOS.fullmatch(between)) and \
                    (om2 := _OWNED_ADJ.match(text, b.end)) is not None and _ORG in a.isa and not a.ref and \
                    not _OWNED_SPEAKER.match(text, om2.end()):
                # "Waymo, the Alphabet-owned robotaxi leader", "SiEngine, the Geely-backed chip start-up"
                if om2.group(1).lower() == "backed":
                    emit(b.eid, "INVESTS_IN", a.eid, si, "backed-apposition", 0.75)
                elif _OWNED_BRAND.match(text, b.end) and _fits(a.isa, _spec("BRAND_OF").domain):
                    emit(a.eid, "BRAND_OF", b.eid, si, "owned-apposition", 0.75)  # "Zeekr, the Geely-owned brand"
                else:
                    emit(a.eid, "SUBSIDIARY_OF", b.eid, si, "owned-apposition", 0.75)
            for name, pred in gap.appos_fwd:
                objs = [y for y in items if y.group == b.group and y.start >= b.start]
                objs = objs[:k_] if (k_ := _and_poss_noun(text, objs)) is not None else objs
                if len(objs) > 1 and (_COMMA_AND_PREP.fullmatch(text, objs[0].end, objs[1].start) or
                                      text.startswith(", and ", objs[0].end)) and text[a.end:a.end + 1] == ",":
                    objs = objs[:1]  # ("EHang General Aviation, a subsidiary of EHang, and to Heyi Aviation", "XCMG
                    # Mining Machinery, a subsidiary of XCMG, and mining specialist Waytous have agreed")
                subjs = [a]
                if name == "member-joined" and text[b.end:b.end + 2] in ("'s", "’s"):
                    continue  # "joined Haomo's 2021 funding round": not the company joined
                if name == "member-joined" and a.group != -1:
                    # "Seres, Chery and BAIC BluePark also joined HIMA": every name of the list joined
                    subjs = [y for y in items[:i + 1] if y.group == a.group and not y.ref and _ORG in y.isa] or [a]
                for x in objs:
                    for sj in subjs:
                        emit(sj.eid, pred, x.eid, si, name, 0.8)
            for name, pred in gap.appos_rev:
                if name == "brand-under" and not _BRAND_UNDER_LEFT.search(text, max(ss, a.start - 40), a.start) or \
                        name == "part-from" and self._car(a) or \
                        name == "maker-of-brand" and not _BRAND_GOODS.match(text, b.end) or \
                        name == "goods-made-by" and not (
                            _ORG in a.isa and "Company" in b.isa and a.eid != b.eid and _possessor(text, a) and
                            not _HEDGE.search(text, ss, b.start) and not _NEGATION.search(text, ss, b.start)):
                    continue
                emit(b.eid, pred, a.eid, si, name, 0.8)
            if "Brand" in a.isa and (("brand" in between or "marque" in between) and _BRAND_THAT.fullmatch(between) or
                                     # (the name's mention may take in its apposition: "Onvo, the brand" + " NIO runs")
                                     between.strip() in ("", "that", "which", "under which") and
                                     _BRAND_THAT_END.search(text, max(0, a.start - 4) if a.ref else a.start,
                                                            b.start)) and \
                    _BRAND_MADE.match(text, b.end):
                emit(a.eid, "BRAND_OF", b.eid, si, "brand-relative", 0.75)  # "Onvo, the brand that NIO launched in 2024"
                # "Luxeed, the brand Chery runs with Huawei", "the brand Seres sells in partnership with Huawei": the owner
                # works with the company it runs the brand with
                wm_ = _BRAND_WITH.match(text, _BRAND_MADE.match(text, b.end).end())
                if wm_ is not None and i + 2 < len(items) and items[i + 2].start == wm_.end() and \
                        _ORG in items[i + 2].isa and not items[i + 2].ref:
                    emit(b.eid, "PARTNERS_WITH", items[i + 2].eid, si, "brand-relative", 0.7)
            if not a.ref and _ORG in a.isa and _ORG in b.isa and (m_ := _ACQUIRED_VERB.match(text, b.end)) is not None and \
                    _ACQUIRED_LEAD.fullmatch(between) and not _HEDGE.search(text, b.end, m_.end()):
                buyer = b
                if b.ref and b.eid == a.eid:
                    # "Wencan also owns Idra, an Italian maker it bought in 2008": "it" is not the company bought
                    buyer = next((x for x in reversed(items[:i]) if _ORG in x.isa and x.eid != a.eid), None)
                if buyer is not None:
                    emit(buyer.eid, "INVESTS_IN", a.eid, si, "acquired-relative", 0.7)  # "Volvo Cars, which Geely acquired"
                    if "Company" in a.isa and not _NOT_WHOLE.search(text, a.end, m_.end()) and not m_.group("agreed"):
                        emit(a.eid, "SUBSIDIARY_OF", buyer.eid, si, "acquired-relative", 0.7)  # (the whole company)
            if "of" in between and "Company" in a.isa and not a.ref and not b.ref and _MAKER_OF.fullmatch(between) and \
                    not _HEDGE.search(text, ss, b.end):
                if "Product" in b.isa and "Brand" not in b.isa:
                    for x in [y for y in items[i + 1:] if y.group == b.group and "Product" in y.isa] if b.group != -1 else [b]:
                        emit(a.eid, "MANUFACTURES", x.eid, si, "maker-of", 0.75)
                elif "Brand" in b.isa and "Company" not in b.isa:
                    # "Stellantis, the maker of Jeep and Peugeot": the brands it makes are its own
                    for x in [y for y in items[i + 1:] if y.group == b.group and "Brand" in y.isa and not y.ref]:
                        if not self._other_brand_owner(x.eid, a.eid):
                            emit(x.eid, "BRAND_OF", a.eid, si, "maker-of", 0.75)
            if "behind" in between and _BEHIND.fullmatch(between) and "Company" in a.isa and \
                    ("," in text[a.start:b.start] if not a.ref else text[a.start:a.start + 4].lower() == "the "):
                # "Seres, the carmaker behind the AITO brand", "the company behind the SU7"
                if "Brand" in b.isa:
                    emit(b.eid, "BRAND_OF", a.eid, si, "behind", 0.75)
                elif "Product" in b.isa:
                    emit(a.eid, "MANUFACTURES", b.eid, si, "behind", 0.75)
            elif "count" in between or "list" in between or "regard" in between:
                cm = _COUNTS.fullmatch(between) and gap.nouns and _COUNTS_AS.match(text, b.end)
                if cm:  # "Gotion counts Volkswagen as its largest shareholder": B is A's N
                    pred = _noun_pred(cm)
                    if pred is not None and pred.startswith("rev:"):
                        emit(a.eid, pred[4:], b.eid, si, "counts-as", 0.75)
                    elif pred is not None:
                        emit(b.eid, pred, a.eid, si, "counts-as", 0.75)
            elif "through" in between or "via" in between:
                if "Brand" in a.isa and "Alliance" in b.isa and _SOLD_THROUGH.fullmatch(between):
                    emit(a.eid, "BRAND_OF", b.eid, si, "sold-through", 0.75)  # "AITO is sold through HIMA"
            # Possessives: "CATL's semi-solid-state battery", "its AITO series", "Tesla's Model Y".
            if not gap.possessive:
                continue
            poss = _possessor(text, a)
            if poss and "Product" in a.isa and "Technology" in b.isa and _CAR_PART_AFTER.match(text, b.end) and \
                    self._car(a):
                # "The SU7's lithium iron phosphate pack", "the car's 800-volt platform": the car uses what its part is
                for x in [y for y in items[i + 1:] if y.group == b.group and "Technology" in y.isa] \
                        if b.group != -1 else [b]:
                    emit(a.eid, "USES_TECHNOLOGY", x.eid, si, "car-part", 0.65)
            if poss and (_ORG in a.isa) and not (
                    (agent := _PASSIVE_AGENT.match(text, b.end, min(len(text), b.end + 60)))  # only when needed
                    and (agent.group("v").lower() not in ("supplied", "provided") or "Technology" in b.isa)):
                # ("NIO's semi-solid-state pack was developed by WeLion": the possessor is the user, not the maker)
                group = [y for y in items[i + 1:] if y.group == b.group]
                # ("Geely's Zeekr, Dongfeng's Voyah and SAIC's IM Motors": the next owner ends the possessive's reach)
                group = group[:next((k for k, y in enumerate(group) if "Modifier" in y.isa), len(group))]
                # ("uses Huawei's Qiankun ADS and the HarmonyOS cockpit": an article after the conjunction ends what
                # the possessive reaches)
                k = next((k for k in range(1, len(group)) if _AND_THE.fullmatch(text, group[k - 1].end, group[k].start)), None)
                group = group[:k] if k is not None else group
                if group and group[0] is b and (_SINGULAR_HEAD_AFTER.match(text, b.end) or
                                                 _SINGULAR_HEAD_END.search(text, b.start, b.end)):
                    group = [b]  # "Renault and its Dacia brand, Nissan, ... Volvo Cars": a singular noun ends the phrase
                # An unreleased or just unveiled product is developed ("unveiled its Gemstone battery", "its next SUV,
                # the i8, will be launched in July"); one it sells is made.
                planned = gap.in_development or bool(
                    _UNVEILED_BEFORE.search(text, max(0, a.start - 30), a.start) or
                    (group and _TO_LAUNCH.match(text, group[-1].end, min(len(text), group[-1].end + 80))))
                for x in group:
                    if "Brand" in x.isa:
                        if x is not b and self._other_brand_owner(x.eid, a.eid):
                            continue  # "Geely's Lynk & Co and GAC Trumpchi": the possessive reaches only its own brands
                        emit(x.eid, "BRAND_OF", a.eid, si, "possessive", 0.7)
                    elif "Company" in x.isa and (_UNIT_AFTER.match(text, x.end) or
                                                 # (a list's "its" is the sentence's subject's: not "CMOC, which
                                                 # overtook Glencore after output from its Tenke and Kisanfu mines")
                                                 (not a.ref or a.eid == items[0].eid) and
                                                 _UNITS_AFTER.match(text, group[-1].end) or
                                                 not a.ref and not x.ref and a.eid in self._parents.get(x.eid, ())):
                        # "BYD's FinDreams battery unit", "ByteDance's Volcano Engine" (a unit the reference knows)
                        emit(x.eid, "SUBSIDIARY_OF", a.eid, si, "possessive", 0.7)
                    elif "Policy" in x.isa and "Regulator" in a.isa:
                        emit(a.eid, "ISSUED", x.eid, si, "possessive", 0.7)  # "MIIT's "Guidelines ...""
                    elif "Product" in x.isa:
                        if self._other_makers(x.eid, a.eid):
                            # (a reference's owner is a guess; a product's known maker is not; "Idra, which builds
                            # Tesla's Giga Press": the possessor of another maker's product is its customer)
                            continue
                        # (software, chips and systems are developed; a named battery in use is made)
                        dev = planned or ("VehicleModel" not in x.isa and _IN_HOUSE_WORD.search(between)) or (
                            "TechProduct" in x.isa and not (
                            _BATTERY_WORD.search(self._records[x.eid].name) or _BATTERY_HEAD.match(text, x.end)
                            or _IN_USE_BEFORE.search(text, max(0, a.start - 40), a.start)))
                        # ("uses Huawei's HarmonyOS cockpit", "competes with Nvidia's Orin": a product on the market)
                        emit(a.eid, "DEVELOPS" if dev else "MANUFACTURES", x.eid, si, "possessive", 0.7)
                    elif "Technology" in x.isa and _VEHICLE_NOUN.match(text, x.end):
                        if not a.ref and "Automaker" in a.isa:
                            # "Zeekr's 800V models", "BYD's plug-in hybrid cars": the maker's cars use it
                            emit(a.eid, "USES_TECHNOLOGY", x.eid, si, "possessive-vehicle", 0.6)
                    elif "Technology" in x.isa:
                        # ("the company's pure electric SUV": the technology describes the car; "NIO's battery swapping
                        # network" is one it runs)
                        if _IN_SERVICE_NOUN.match(text, x.end):
                            emit(a.eid, "USES_TECHNOLOGY", x.eid, si, "possessive-service", 0.65)
                        else:
                            emit(a.eid, "DEVELOPS", x.eid, si, "possessive", 0.65)

    @staticmethod
    def _translated_customers(text, ss, se, items, si, emit) -> None:
        """Machine translation's customer lists, whose supplier is the company the sentence opens with ("Company
        said,...,customers include Ningde Times, Yangguang Power (阳光电源) and Weilai", "Company vehicle high voltage
        connector already to Biyadi (比亚迪), Jili (吉利) and Changan (长安) batch supply", "Nuode Shares already enter
        Ningde Times (宁德时代), Biyadi (比亚迪) and LG New Energy (LG新能源) supply chain")."""
        first = items[0] if items else None
        if first is None or _ORG not in first.isa or first.isa & {"Regulator", "Exchange", "Country"} or \
                text[ss:first.start].strip(" *-#\"“") or _hedged(text, ss, se) or _NEGATION.search(text, ss, se):
            return
        if first.ref and text[first.start:first.end] != "Company":
            return
        if len(items) > 1 and _ORG in items[1].isa and _HOLDING_UNIT.fullmatch(text, first.end, items[1].start):
            first = items[1]  # "Zhongcai Technology holding subsidiary Zhongcai Lithium Film ... customers cover": the unit's
        for m in _TRANSLATED_CUSTOMERS.finditer(text, first.end, se):
            if _CLAUSE_SUBJECT_BEFORE.search(text, first.end, m.start()):
                continue  # (another company opens the clause: "..., Ningde Times customers include ...")
            g = "l1" if m.group("l1") is not None else "l2" if m.group("l2") is not None else "l3"
            head = next((it for it in items if it.start >= m.start(g)), None)
            if head is None or head.start >= m.end(g) or text[m.start(g):head.start].strip():
                continue
            for it in items:  # the list the first name opens
                if it.group == head.group and it.start < m.end(g) and "Company" in it.isa and it.eid != first.eid and \
                        not it.ref:
                    emit(first.eid, "SUPPLIES", it.eid, si, "translated-customers", 0.65)

    @staticmethod
    def _recall_filed(text, ss, se, items, si, emit) -> None:
        """"BYD will recall 115,783 cars ..., the State Administration for Market Regulation said", "has filed a plan
        with SAMR to recall 30,931 sedans": the regulator a recall is filed with regulates the recalling company."""
        regs = [it for it in items if "Regulator" in it.isa and not it.ref]
        if not regs:
            return
        for rm in _RECALL_VERB.finditer(text, ss, se):
            if _hedged(text, max(ss, rm.start() - 40), rm.start() + 6):
                continue  # (but "SAMR said Xiaomi would recall" reports a decided recall)
            maker = next((it for it in reversed(items) if it.end <= rm.start() and _ORG in it.isa and
                          "Regulator" not in it.isa and "Country" not in it.isa), None)
            if maker is None or _CLAUSE_BREAK.search(text, maker.end, rm.start()) or rm.start() - maker.end > 80:
                continue
            emit(regs[0].eid, "REGULATES", maker.eid, si, "recall-filed", 0.65)

    @staticmethod
    def _in_house(text, ss, items, si, emit) -> None:
        """"XPeng has fitted three self-developed Turing chips", "the SEPA 2.0 architecture that Xpeng developed
        in-house", "The HyperEngine V6s motor is Xiaomi's in-house design": the company designed the product itself."""
        for i, x in enumerate(items):
            if x.ref or not ("Product" in x.isa or "Technology" in x.isa) or "VehicleModel" in x.isa:
                continue
            sd = _SELF_DEVELOPED.search(text, max(ss, x.start - 60), x.start)
            if sd is not None and not _possessor_before(text, items, i):
                # the one company named in the clause before: "XPeng has fitted three self-developed Turing chips"
                start = sd.start()
                owners = []
                for y in reversed(items[:i]):
                    if _CLAUSE_BREAK.search(text, y.end, start) or "," in text[y.end:start] and not y.ref:
                        break
                    if _ORG in y.isa and "Country" not in y.isa and "Regulator" not in y.isa:
                        owners.append(y)
                if len({y.eid for y in owners}) == 1:
                    emit(owners[0].eid, "DEVELOPS", x.eid, si, "self-developed", 0.7)
            if i + 1 < len(items):
                y = items[i + 1]
                if _ORG in y.isa and "Country" not in y.isa and _IN_HOUSE_OBJ_GAP.fullmatch(text, x.end, y.start) and \
                        _IN_HOUSE_VERB.match(text, y.end):
                    # ("the Golden Brick battery, an LFP pack Zeekr designed in-house": the product, not its chemistry)
                    if "Technology" in x.isa and i and "Product" in (w := items[i - 1]).isa and not w.ref and \
                            _IN_HOUSE_OBJ_GAP.fullmatch(text, w.end, y.start):
                        x = w
                    emit(y.eid, "DEVELOPS", x.eid, si, "developed-in-house", 0.75)
                elif _ORG in y.isa and not y.ref and _IS_DESIGN_GAP.fullmatch(text, x.end, y.start) and \
                        _OWN_DESIGN.match(text, y.end):
                    emit(y.eid, "DEVELOPS", x.eid, si, "own-design", 0.75)

    @staticmethod
    def _maker_in_apposition(text, items, si, emit) -> None:
        """"Doubao, the large model family of ByteDance", "DeepSeek-R1, the reasoning model from Hangzhou start-up
        DeepSeek": an apposition naming a technology's or product's kind and its maker."""
        for i in range(len(items) - 1):
            a, b = items[i], items[i + 1]
            if a.ref or b.ref or "Company" not in b.isa or not ("Technology" in a.isa or "Product" in a.isa) or \
                    not _MAKER_APPOS.fullmatch(text, a.end, b.start) or text.startswith(("'s", "’s"), b.end) or \
                    _BRAND_WORD_AFTER.match(text, b.end):
                continue  # (not "the model from BYD's Denza brand", "the first model of the new AUDI brand")
            made = "Product" in a.isa and "TechProduct" not in a.isa
            emit(b.eid, "MANUFACTURES" if made else "DEVELOPS", a.eid, si, "maker-apposition", 0.7)

    @staticmethod
    def _product_tech(text, items, si, emit) -> None:
        """"its Gemstone all-solid-state battery", "Naxtra, a sodium-ion battery", "the sodium-ion battery brand Naxtra":
        the product uses the technology."""
        for i in range(len(items) - 1):
            a, b = items[i], items[i + 1]
            if "Technology" in a.isa and "Product" in b.isa and not a.ref and not b.ref and "VehicleModel" not in b.isa and \
                    _TECH_PRODUCT_GAP.fullmatch(text, a.end, b.start):
                # "the sodium-ion battery brand Naxtra", 'all-solid-state battery "Gemstone"' (the technology stays an
                # object: "released the sodium-ion battery brand Naxtra" develops both)
                emit(b.eid, "USES_TECHNOLOGY", a.eid, si, "tech-product", 0.7)
                continue
            k = i + 2 if i + 2 < len(items) and (
                b.ref and text[b.start:b.end].lower() in ("its", "their") or
                # "on Li Auto's L6 and L7 SUVs": the maker's possessive before the product
                _ORG in b.isa and not b.ref and text.startswith(("'s ", "’s "), b.end) and items[i + 2].start == b.end + 3) \
                else i + 1
            c = items[k]
            if "Technology" in a.isa and "Product" in c.isa and not a.ref and not c.ref and (
                    _TECH_IN_PRODUCT.fullmatch(text, a.end, c.start) and
                    _USE_VERB_BEFORE.search(text, max(0, a.start - 40), a.start) or
                    # "Tuopu supplies air suspension for the Xiaomi YU7 and the AITO M9"
                    _TECH_FOR_PRODUCT.fullmatch(text, a.end, c.start) and
                    _SUPPLY_VERB_BEFORE.search(text, max(0, a.start - 40), a.start)):
                # "offer a semi-solid-state battery in its new L6 sedan", "uses an electrically excited motor in the
                # Megane E-Tech": the product the technology is put in uses it (and the products coordinated with it)
                for x in items[k:]:
                    if x.group != c.group:
                        break
                    if x is c or "Product" in x.isa and not x.ref and "TechProduct" not in x.isa:
                        emit(x.eid, "USES_TECHNOLOGY", a.eid, si, "tech-in-product", 0.7)
                continue
            if "Product" in a.isa and not a.ref and c is not b and "Technology" in c.isa and not c.ref and \
                    _PRODUCT_FITTED.fullmatch(text, a.end, b.start):
                # "The Exeed Sterra ES is fitted with Huawei's HarmonyOS cockpit": past the technology's owner
                emit(a.eid, "USES_TECHNOLOGY", c.eid, si, "product-fitted", 0.7)
                continue
            if "Product" not in a.isa or "Technology" not in b.isa or b.ref:
                continue
            gap = text[a.end:b.start]
            if _PRODUCT_FITTED.fullmatch(gap):
                # "50 Dongfeng E70 sedans fitted with semi-solid-state batteries"
                emit(a.eid, "USES_TECHNOLOGY", b.eid, si, "product-fitted", 0.7)
            elif _PRODUCT_TECH_GAP.fullmatch(gap):
                b.isa = b.isa | {"Modifier"}  # the technology describes the product, it is not a second object
                emit(a.eid, "USES_TECHNOLOGY", b.eid, si, "product-tech", 0.75)
            elif _PRODUCT_APPOS.fullmatch(gap):
                emit(a.eid, "USES_TECHNOLOGY", b.eid, si, "product-appos", 0.75)

    @staticmethod
    def _own_supply_from(text, ss, items, si, emit) -> None:
        """"together with its existing supply from Glencore", "Umicore's cobalt supply from Glencore": the company named
        after "from" supplies the one whose supply it is."""
        for k in range(1, len(items)):
            owner, src = items[k - 1], items[k]
            if _ORG not in owner.isa or _ORG not in src.isa or src.ref or owner.eid == src.eid or \
                    not (owner.ref and text[owner.start:owner.end].lower() in ("its", "their") or
                         text.startswith(("'s ", "’s "), owner.end)) or \
                    not _OWN_SUPPLY_GAP.fullmatch(text, owner.end, src.start):
                continue
            if not _hedged(text, max(ss, owner.start - 60), src.end) and \
                    not _NEGATION.search(text, max(ss, owner.start - 60), src.end):
                for x in [y for y in items[k:] if y.group == src.group and _ORG in y.isa and not y.ref]:
                    emit(x.eid, "SUPPLIES", owner.eid, si, "own-supply-from", 0.7)

    @staticmethod
    def _maker_of_tech(text, ss, items, si, emit) -> None:
        """"Hesai, the Shanghai-based maker of lidar sensors", "SICC, which makes SiC substrates", "Seyond, the lidar
        maker": a company described as making a technology's goods develops the technology (not a battery chemistry,
        which its cell makers use, nor a technology too general to say anything of them)."""
        for i, c in enumerate(items):
            if c.ref or _ORG not in c.isa or "Regulator" in c.isa:
                continue
            for t in items[i + 1:i + 5]:
                if "Technology" not in t.isa or t.ref or "BatteryTechnology" in t.isa or t.eid in _GENERIC_TECH or \
                        t.eid in _ESTABLISHED_TECH:
                    continue
                if any(_ORG in x.isa and c.end <= x.start < t.start for x in items):
                    break  # (another company between: its description, not this one's)
                between = text[c.end:t.start]
                if _MAKER_OF_TECH.fullmatch(between) or (
                        _TECH_MAKER_APPOS.fullmatch(between) and _MAKER_NOUN_AFTER.match(text, t.end)):
                    lead = max(ss, c.start - 40)
                    if _hedged(text, lead, t.end) or _NEGATION.search(text, lead, t.end):
                        break
                    emit(c.eid, "DEVELOPS", t.eid, si, "maker-of-tech", 0.65)

    @staticmethod
    def _tech_source(text, ss, items, si, emit) -> None:
        """"CATL supplies LFP cells to Kia", "uses EVE's LFP cells": the company that supplies a battery technology's
        goods uses the technology. (Goods named before their source, "LFP cells from CATL", are left to the supply
        rules: such sentences are mostly about the customer's car.)"""
        for i in range(1, len(items)):
            src, a = items[i - 1], items[i]
            if "BatteryTechnology" not in a.isa or a.ref or src.ref or "Company" not in src.isa or \
                    a.eid in _GENERIC_TECH or _TECH_VERSION.match(text, a.end):
                continue  # (not "delivering a sodium-ion battery version of the Yiwei")
            if not (_SOURCE_SUPPLIES_TECH.fullmatch(text, src.end, a.start) or
                    _SOURCE_POSS_TECH.fullmatch(text, src.end, a.start) and
                    _TECH_GOODS_AFTER.match(text, a.end) and
                    (_USE_VERB_BEFORE.search(text, max(ss, src.start - 40), src.start) or
                     _SOURCES_BEFORE.search(text, max(ss, src.start - 40), src.start))):
                continue
            if _hedged(text, max(ss, src.start - 60), a.end) or _NEGATION.search(text, max(ss, src.start - 60), a.end):
                continue
            status = "planned" if _PLANNED.search(text, max(ss, src.start - 60), a.end) else "stated"
            emit(src.eid, "USES_TECHNOLOGY", a.eid, si, "tech-source", 0.7, status)

    @staticmethod
    def _brand_list(text, ss, se, items, si, emit) -> None:
        """"across its NIO, ONVO and firefly brands", "Chery, which also markets the Omoda and Jaecoo brands": the
        possessor of the list, or the clause subject that markets, owns or runs the brands."""
        for m in _BRAND_LIST.finditer(text, ss, se):
            if m.group("verb"):
                owner = _clause_owner(items, m.start())
            else:
                owner = next((it for it in items if it.start == m.start() and _ORG in it.isa), None)
            if owner is None or _HEDGE.search(text, max(ss, m.start() - 40), m.end()) or \
                    m.group("verb") and _NEGATION.search(text, max(ss, m.start() - 40), m.end()) or \
                    _OTHER_OWNER.search(m.group("list")):
                continue  # (not "supply its middleware to SAIC's MG and Roewe brands": they are SAIC's)
            for it in items:
                if m.start("list") <= it.start and it.end <= m.end("list") and "Brand" in it.isa:
                    emit(it.eid, "BRAND_OF", owner.eid, si, "brand-list", 0.75)

    @staticmethod
    def _brands_named(text, ss, se, items, si, emit) -> None:
        """"Chery operates brands including Chery, EXEED (星途) and iCAR", "across its three brands: NIO, ONVO and
        firefly": the possessor of "brands", else the clause subject when no other organisation comes before."""
        for m in _BRANDS_NAMED.finditer(text, ss, se):
            if m.group("poss"):
                owner = next((it for it in items if it.start == m.start() and "Company" in it.isa), None)
            elif _OTHERS_BRANDS.search(text, max(ss, m.start() - 50), m.start()):
                continue  # "price its models against established European premium marques such as BMW and Audi"
            else:
                owner = _clause_owner(items, m.start(), alliance=True)  # ("HIMA now spans five brands: ...")
            if owner is None or _HEDGE.search(text, max(ss, m.start() - 40), m.end()) or \
                    _NEGATION.search(text, max(ss, m.start() - 40), m.end()):
                continue
            pos = m.end()
            after_brand = False
            for it in items:
                if it.start < pos:
                    continue
                if after_brand and _BRAND_PARTNER.fullmatch(text, pos, it.start) and _ORG in it.isa:
                    pos, after_brand = it.end, False  # "Aito with Seres Group, Luxeed with Chery": each brand's partner
                    continue
                if not _NAMED_LIST_GAP.fullmatch(text, pos, it.start) or _ORG not in it.isa and "Brand" not in it.isa:
                    break
                if "Brand" in it.isa and not it.ref:
                    emit(it.eid, "BRAND_OF", owner.eid, si, "brands-named", 0.7)
                after_brand = "Brand" in it.isa
                pos = it.end
        for m in _OWNER_BRANDS.finditer(text, ss, se):
            # "the HIMA brands AITO, Luxeed, Stelato and Maextro": the organisation named before "brands" owns the list
            owner = next((it for it in items if it.start == m.start("org") and it.end == m.end("org") and _ORG in it.isa
                          and not it.ref), None)
            if owner is None or _HEDGE.search(text, max(ss, m.start() - 40), m.end()) or \
                    _NEGATION.search(text, max(ss, m.start() - 40), m.end()):
                continue
            pos = m.end()
            for it in items:
                if it.start < pos:
                    continue
                if not _NAMED_LIST_GAP.fullmatch(text, pos, it.start) or "Brand" not in it.isa or it.ref:
                    break
                emit(it.eid, "BRAND_OF", owner.eid, si, "owner-brands", 0.7)
                pos = it.end
        for m in _BRANDS_AFTER.finditer(text, ss, se):
            # the list ending where "and other brands" starts, walked back to the verb of owning before it
            last = next((i for i in range(len(items) - 1, -1, -1) if items[i].end <= m.start()), None)
            if last is None or not _BRANDS_AFTER.match(text, items[last].end) or items[last].end != m.start():
                continue
            first = last
            while first and _NAMED_LIST_GAP.fullmatch(text, items[first - 1].end, items[first].start) and \
                    "Brand" in items[first - 1].isa:
                first -= 1
            listed = items[first:last + 1]
            owner = _clause_owner(items, listed[0].start)
            if owner is None or owner in listed or not _OWNS_BEFORE.search(text, max(ss, listed[0].start - 30),
                                                                            listed[0].start) or \
                    _HEDGE.search(text, ss, m.end()) or _NEGATION.search(text, ss, m.end()):
                continue
            for it in listed:
                if "Brand" in it.isa and not it.ref:
                    emit(it.eid, "BRAND_OF", owner.eid, si, "brands-named", 0.7)

    @staticmethod
    def _brand_called(text, ss, se, items, si, emit) -> None:
        """"SAIC Motor has joined the HIMA alliance with a brand called Shangjie": the company opening the sentence
        (an alliance it joins may come between) owns the brand named right after "a brand called"."""
        for m in _BRAND_CALLED.finditer(text, ss, se):
            b = next((it for it in items if it.start == m.end()), None)
            if b is None or "Brand" not in b.isa or b.ref or not items or items[0].ref or "Company" not in items[0].isa or \
                    any(_ORG in x.isa and x.eid != items[0].eid and "Alliance" not in x.isa for x in items if x.start < m.start()) or \
                    _HEDGE.search(text, ss, m.end()) or _NEGATION.search(text, ss, m.end()):
                continue
            emit(b.eid, "BRAND_OF", items[0].eid, si, "brand-called", 0.65)

    @staticmethod
    def _stake_relative(text, items, si, emit) -> None:
        """"Leapmotor, in which Stellantis holds about 20%": the holder invests in the company before the relative."""
        for i in range(1, len(items)):
            a, b = items[i - 1], items[i]
            if a.ref and i > 1 and not items[i - 2].ref and _IN_WHICH.fullmatch(text, items[i - 2].end, b.start):
                a = items[i - 2]  # "Polestar is the brand in which Volvo holds a stake": the descriptor refers to the name
            elif i > 1 and not a.ref and not items[i - 2].ref and _ORG in items[i - 2].isa and \
                    _IN_APPOS_HEAD_GAP.fullmatch(text, items[i - 2].end, a.start) and \
                    _OWNER_KIND_IN_WHICH.fullmatch(text, a.end, b.start):
                a = items[i - 2]  # "Yinwang, the Huawei subsidiary in which Seres holds 10%": the name is the holding
            if i + 1 < len(items) and _IN_WHICH.fullmatch(text, a.end, b.start) and \
                    _POSS_UNIT_BEFORE_NAME.fullmatch(text, b.end, items[i + 1].start) and "Company" in items[i + 1].isa \
                    and not items[i + 1].ref:
                # "Viridi, in which Geely's premium electric-car unit Zeekr Intelligent Technology holds a 51% stake":
                # the possessed unit holds it
                i, b = i + 1, items[i + 1]
                poss_unit = True
            else:
                poss_unit = False
            if (jm := _JV_BETWEEN_TAIL.search(text, max(0, a.start - 160), a.start)) is not None and \
                    _IN_WHICH.fullmatch(text, a.end, b.start):
                # "Leapmotor International is a joint venture between Stellantis and Leapmotor, in which Stellantis
                # holds 51 per cent": the relative is the venture's, not its last partner's
                v = next((it for it in reversed(items[:i]) if it.end <= jm.start()), None)
                if v is None or v.ref or _ORG not in v.isa or not _VENTURE_IS.fullmatch(text, v.end, jm.start()):
                    continue
                a = v
            elif not poss_unit and not _IN_WHICH.fullmatch(text, a.end, b.start) and not (
                    # "Jiangling Motors, the Nanchang-based carmaker in which Ford holds a stake": the name and the
                    # descriptor in apposition to it are one mention
                    _REF_IN_WHICH.fullmatch(text, a.end, b.start) and _APPOSED_KIND.search(text, a.start, a.end)):
                continue
            if i + 1 < len(items) and not items[i + 1].ref and _ORG in items[i + 1].isa and \
                    _GAPPED_AND.fullmatch(text, b.end, items[i + 1].start) and \
                    (em := _EACH_HOLD_SHARE.match(text, items[i + 1].end)) is not None:
                # "Horse Powertrain, in which Renault and Geely each hold 45% and Saudi Aramco 10%": each holds shares
                # of it (and the holder after them, its verb left out)
                hs = [b, items[i + 1]]
                if i + 2 < len(items) and _ORG in items[i + 2].isa and not items[i + 2].ref and \
                        _GAPPED_AND.fullmatch(text, em.end(), items[i + 2].start) and \
                        _SHARE_AFTER.match(text, items[i + 2].end):
                    hs.append(items[i + 2])
                for h in hs:
                    if h.eid != a.eid:
                        emit(h.eid, "INVESTS_IN", a.eid, si, "stake-relative", 0.75)
                continue
            if hm := _HOLDS_STAKE.match(text, b.end):
                # "Leapmotor International, a joint venture in which Stellantis holds 51% and Leapmotor holds 49%":
                # both hold shares of the venture, and the two are its partners
                c = items[i + 1] if i + 1 < len(items) else None
                cm = _AND_HOLDS_SHARE.match(text, hm.end(), c.start) if c is not None else None
                cm = cm if cm is not None and (_SHARE_AFTER.match(text, c.end) or _REST_AFTER.match(text, c.end)) else None
                both = cm is not None and _ORG in c.isa and not c.ref and c.eid not in (a.eid, b.eid) and \
                    _SHARE.search(hm[0]) is not None
                if _majority(hm[0]):
                    emit(a.eid, "SUBSIDIARY_OF", b.eid, si, "majority-owner", 0.75)
                    if _whole(hm[0]) and not _STAKE_NOUN.search(hm[0]) and not both:
                        continue
                if not _whole(hm[0]):  # (a majority holder short of the whole holds shares of its unit too)
                    emit(b.eid, "INVESTS_IN", a.eid, si, "stake-relative", 0.75)
                if both:
                    emit(c.eid, "INVESTS_IN", a.eid, si, "stake-relative", 0.75)
                    if _VENTURE_WORD.search(text, a.end, b.start):
                        emit(b.eid, "JOINT_VENTURE_WITH", c.eid, si, "stake-relative", 0.75)
                continue
            # "a new company in which Seres and Avatr have each agreed to buy a 10 percent stake"
            holders = [b]
            while i + len(holders) < len(items) and items[i + len(holders)].group == b.group:
                holders.append(items[i + len(holders)])
            if (bm := _BUYS_STAKE.match(text, holders[-1].end)) is not None:
                status = "stated" if bm.group("done") else "planned"
            elif len(holders) > 1 and _ARE_HOLDERS.match(text, holders[-1].end):
                status = "stated"  # "a battery asset company in which NIO and CATL are shareholders"
            else:
                continue
            for h in holders:
                if _ORG in h.isa and not h.ref and h.eid != a.eid:
                    emit(h.eid, "INVESTS_IN", a.eid, si, "stake-relative", 0.7, status)

    @staticmethod
    def _remaining_share(text, ss, items, si, emit, shared_before: tuple[int, str] | None = None) -> None:
        """"Zeekr holds 51% of Lynk & Co and Geely Auto holds the remaining 49%", "Geely holds 51% of Lotus Group, with
        Etika Automotive owning the other 49%": the other holder owns the rest of the company whose share was named just
        before; "... owns 51% of CFMoto KTMR2R. KTM holds the other 49%.": in the sentence before."""
        for k, b in enumerate(items):
            if b.ref or _ORG not in b.isa or (rm := _REMAINING.match(text, b.end)) is None:
                continue
            owned = next((a for a in reversed(items[:k]) if _ORG in a.isa and
                          _SHARE_OF.search(text, max(ss, a.start - 30), a.start)), None)
            if owned is None and shared_before is not None and k == 0 and b.start - ss < 4 and " the " in rm[0]:
                owned = _Item(ss, ss, shared_before[1], frozenset((_ORG,)), True)
            if owned is None or owned.eid == b.eid or _HEDGE.search(text, ss, rm.end()) or \
                    _NEGATION.search(text, ss, rm.end()):
                continue
            if " the " not in rm[0] and any(owned.end <= x.start and x.end <= b.start and _ORG in x.isa for x in items):
                continue  # (a bare "holds 51%" names the share of the company just before: not of "a venture in which")
            if _majority(rm[0]):
                emit(owned.eid, "SUBSIDIARY_OF", b.eid, si, "majority-owner", 0.7)
            if not _whole(rm[0]):
                emit(b.eid, "INVESTS_IN", owned.eid, si, "remaining-share", 0.7)

    @staticmethod
    def _carried(text, ss, items, si, emit, makers: dict[str, str], uses: bool = True, by_or_from: bool = True,
                 focus_car=None, focus_part=None) -> None:
        """"Chery is the first carmaker to carry CATL's sodium-ion battery", "CATL's cells power Li Auto's SUV", "the SU7
        uses Ningde Times batteries", "carries the Qilin battery of CATL", "cells made by FinDreams go into the Xiaomi
        SU7": supply. A named product stands for its maker when the article names that maker."""
        for k, x in enumerate(items):
            if _ORG not in x.isa:
                continue
            cust = vm = None
            if x.ref:
                if text[x.start:x.end].lower() in ("its", "their"):
                    # "GAC Aion and Chery are also among the carmakers buying its controllers": the goods of "its" go to
                    # the customer before the verb (not to "its" own owner: "Li Auto uses its own chips")
                    vm = _CARRY_BEFORE.search(text, max(ss, x.start - 40), x.start)
                    if vm is not None and not _ITS_GOODS.match(text, x.end):
                        vm = None
                    if vm is not None:
                        cust = _customer_before(text, ss, items, k, vm.start(), makers)
                elif text[x.end - 2:x.end] not in ("'s", "’s"):
                    # the supplier is a named company, or an owner ("Its modules are sold to Tesla"), or described:
                    # "the i8 runs on a 5C pack from the battery maker"
                    if not uses or (vm := _CARRY_OF.search(text, max(ss, x.start - 80), x.start)) is None:
                        continue
                    cust = _customer_before(text, ss, items, k, vm.start(), makers)
            elif text[x.end:x.end + 1] in ("'", "’"):
                vm = _CARRY_BEFORE.search(text, max(ss, x.start - 60), x.start)
                if vm is not None and _CARRIED_THING.match(text, x.end):
                    cust = _customer_before(text, ss, items, k, vm.start(), makers)
            elif uses:  # (a verb of use or carriage in the sentence)
                vm = _USE_BEFORE.search(text, max(ss, x.start - 60), x.start)
                if vm is not None and _CARRIED_PLAIN.match(text, x.end):
                    cust = _customer_before(text, ss, items, k, vm.start(), makers)  # "the SU7 also uses Ningde Times batteries"
                elif (vm := _CARRY_OF.search(text, max(ss, x.start - 80), x.start)) is not None:
                    if vm.group("mt") and not _MT_SUPPLY_AFTER.match(text, x.end):
                        continue
                    cust = _customer_before(text, ss, items, k, vm.start(), makers)  # "carries the Qilin 5C battery of Ningde Times"
                    if vm.group("mtf") and (cust is None or not _GOODS_VERB.search(
                            text, next(y.end for y in items[:k] if _customer(y, makers) == cust), vm.start())):
                        # ("CATL's Shenxing battery and the Blade Battery from BYD passed": no use named; "Battery packs
                        # from CATL and BYD are among the first": no customer)
                        continue
            if cust is None and vm is not None and focus_car is not None:
                # "the Pro carries a CATL pack", "the top version's pack relies on cells from CATL, while Xiaomi builds
                # the packs itself": the article's car (no other customer named)
                cust = focus_car(text, ss, vm.start(), items) or focus_part(text, ss, ss, x.start)
                if cust is not None and any("Company" in y.isa and y.eid not in (x.eid, cust) and y.group != x.group
                                            for y in items):
                    cust = None
            if cust is not None and cust != x.eid:
                c0 = vm.start() - 60 if vm is not None else x.start - 60
                if vm is not None and (rc := text.rfind(", which ", max(ss, c0), vm.start())) != -1:
                    c0 = rc  # ("could assemble cars with KG Mobility, which already uses BYD batteries": not hedged)
                if not _hedged(text, max(ss, c0), x.end) and not _NEGATION.search(text, max(ss, c0), x.end):
                    status = "planned" if _PLANNED.search(text, max(ss, c0), x.start) or \
                        _WOULD.search(text, max(ss, c0), x.start) else "stated"
                    for cust in (cust, *_co_customers(items, k, cust, makers)):  # ("Li Auto and Xpeng use Hesai lidar")
                        emit(x.eid, "SUPPLIES", cust, si, "carries", 0.7, status)
                        if not text.startswith(("'", "’"), x.end):  # "batteries from CATL and FinDreams": the whole list
                            last = x
                            for y in items[k + 1:]:
                                if y.group != x.group and not (
                                        # ("packs from CATL, the biggest battery maker, and from EVE Energy")
                                        not y.ref and (am := _AND_PREP_AGAIN.fullmatch(text, last.end, y.start)) is not None
                                        and am.group("p").lower() == "from") or text.startswith(("'s ", "’s "), y.end):
                                    break  # (", and XCMG's heaviest tractors use ...": a clause of its own)
                                if not y.ref and _ORG in y.isa and y.eid != cust:
                                    emit(y.eid, "SUPPLIES", cust, si, "carries", 0.7, status)
                                last = y
            pm = _POWERS_AFTER.match(text, x.end)
            if pm is None and by_or_from and _MADE_BY_BEFORE.search(text, max(ss, x.start - 24), x.start):
                pm = _GO_INTO.match(text, x.end)  # "Blade cells made by FinDreams go into the Xiaomi SU7"
            if pm is not None and not _HEDGE.search(text, max(ss, x.start - 40), pm.end()) and \
                    not _NEGATION.search(text, max(ss, x.start - 40), pm.end()):
                y = next((y for y in items[k + 1:] if y.start >= pm.end() and y.start - pm.end() < 40), None)
                status = "planned" if _PLANNED.search(text, x.end, pm.end()) else "stated"
                # ("power cars from BYD and Li Auto": every customer of the list)
                zs = [z for z in items[k + 1:] if y is not None and z.group == y.group and z.start >= y.start]
                while zs and (nz := next((n for n in items if n.start >= zs[-1].end), None)) is not None:
                    # "fitted to Xiaomi's SU7 sedan and to Li Auto's L-series SUVs": the preposition repeated
                    if text[zs[-1].end:nz.start] in ("'s ", "’s "):
                        zs.append(nz)
                    elif text[zs[-1].end:nz.start] in (" and ", ", ") and _customer(zs[-1], makers) is not None and \
                            text.startswith(("'s ", "’s "), nz.end) and any(n.start == nz.end + 3 for n in items):
                        zs.append(nz)  # "power Xiaomi's SU7 and NIO's ET5"
                    elif _AND_TO_AGAIN.fullmatch(text, zs[-1].end, nz.start):
                        zs += [z for z in items if z.group == nz.group and z.start >= nz.start]
                    else:
                        break
                for z in zs:
                    c = _customer(z, makers)
                    if c is not None and c != x.eid:
                        emit(x.eid, "SUPPLIES", c, si, "powers", 0.7, status)

    def _goes_into(self, text, ss, se, items, si, emit, makers: dict[str, str], goes: bool = True) -> None:
        """A part said to go into cars, and a customer said to fit a part: "its Snapdragon 8295 powers the infotainment
        in the Xiaomi SU7", "makes the Journey family of processors that are fitted in cars from Li Auto and BYD",
        "Xiaomi fitted Thor in the YU7". The part's maker (its possessor, the reference's maker the article names, or the
        company that makes the parts) supplies the companies named, and the makers of the cars named."""

        def owner_of(k: int) -> str | None:
            x = items[k]
            if "Product" not in x.isa or x.ref or self._car(x):
                return None
            if k and (o := items[k - 1]).end <= x.start and _ORG in o.isa and (
                    text[o.end:x.start].rstrip("\"“") in ("'s ", "’s ", "' ", "’ ") or (o.ref and text[o.start:o.end].lower() == "its"
                                                                            and text[o.end:x.start] == " ")):
                return o.eid  # "its Snapdragon 8295", "Black Sesame's A1000"
            return makers.get(x.eid)

        for gm in _GOES_INTO.finditer(text, ss, se) if goes else ():
            y = next((y for y in items if y.start >= gm.end()), None)
            if y is None or y.start != gm.end():
                continue
            # where the clause starts: before "that"/"which" (a relative clause) or the blank before the verb
            rel = _REL_BEFORE.search(text, max(ss, gm.start() - 16), gm.start())
            if rel is None and (rel_sp := _SPACE_BEFORE.search(text, max(ss, gm.start() - 16), gm.start())) is None:
                continue
            p0 = rel.start() if rel is not None else rel_sp.start()
            k = next((i for i in range(len(items) - 1, -1, -1) if items[i].end <= p0), None)
            sup = None
            head = k is not None and _HEAD_GAP.fullmatch(text, items[k].end, p0) is not None
            if head:
                sup = owner_of(k)  # "its Snapdragon 8295 powers", "the Dragon Eagle One (龙鹰一号), which sits inside"
            if sup is None and k is not None and "Company" in items[k].isa and not _RUNS_ON.match(text, gm.start()) and \
                    _POSS_PARTS.fullmatch(text, items[k].end, p0) and \
                    (not items[k].ref or text[items[k].end - 2:items[k].end] in ("'s", "’s") or
                     text[items[k].start:items[k].end].lower() == "its"):
                sup = items[k].eid  # "Momenta's city navigation software has been installed in cars from", "Its cells go into"
            elif not head and rel is not None and (pb := _PARTS_BEFORE.search(text, ss, p0)) is not None:
                subj = [x for x in items if x.end <= pb.start() and "Company" in x.isa]
                if subj and not any(_ORG in x.isa for x in items if pb.start() <= x.start < p0) and \
                        not _CLAUSE_BREAK.search(text, subj[-1].end, p0):
                    sup = subj[0].eid if len({x.eid for x in subj}) == 1 else None  # "Horizon ... makes the processors that"
            if sup is None or _HEDGE.search(text, ss, gm.end()) or _NEGATION.search(text, ss, gm.end()):
                continue
            status = "planned" if _PLANNED.search(text, p0, gm.end()) else "stated"
            pos = p0
            for z in items:
                if z.start < y.start:
                    continue
                if z is not y and not (z.group == y.group or _CUSTOMER_NEXT.fullmatch(text, pos, z.start) or
                                       text[pos:z.start] in ("'s ", "’s ")):
                    break
                pos = z.end
                c = z.eid if "Company" in z.isa and not z.ref else (makers.get(z.eid) if self._car(z) else None)
                if text.startswith(("'s ", "’s "), z.end) and any(
                        n.start == z.end + 3 and "Company" in n.isa for n in items):
                    continue  # "SAIC's IM Motors": the brand is the customer, not its owner
                if c is not None and c != sup:
                    emit(sup, "SUPPLIES", c, si, "goes-into", 0.65, status)
        for k, x in enumerate(items):
            if (sup := owner_of(k)) is None:
                continue
            at = items[k - 1].start if k and items[k - 1].eid == sup and items[k - 1].end <= x.start else x.start
            # ("fitted QingTao's Lightyear battery to its L6": the verb before the part's possessor)
            if (vm := _FITS_BEFORE.search(text, max(ss, at - 70), at)) is None or _TECH_AFTER.match(text, x.end):
                continue  # (not "uses Blade Battery technology": the design, not the goods)
            cust = _customer_before(text, ss, items, k, vm.start(), makers)
            if cust is not None and cust != sup and not _HEDGE.search(text, ss, x.end) and \
                    not _NEGATION.search(text, ss, x.end):
                status = "planned" if _PLANNED.search(text, ss, x.start) else "stated"
                emit(sup, "SUPPLIES", cust, si, "fits-part", 0.65, status)

    @staticmethod
    def _put_on_list(text, ss, se, items, si, emit) -> None:
        """"The U.S. Department of Defense has added CATL and Tencent to its list of ...", "Wingtech, which the Commerce
        Department added to its Entity List": the regulator that puts companies on a list regulates them, and issued
        the list when the list is named."""
        for lm in _ON_LIST.finditer(text, ss, se):
            v0, v1 = lm.span("verb")
            l0, l1 = lm.span("list")
            reg = next((it for it in reversed(items) if it.end <= v0 and "Regulator" in it.isa and not it.ref and
                        it.end >= v0 - 45), None)
            if reg is None:
                continue
            rel = _WHICH_BEFORE_REG.search(text, max(ss, reg.start - 12), reg.start)
            if rel is not None:
                # "Wingtech Technology, which the U.S. Commerce Department added to": the name before "which"
                named = [it for it in items if it.end <= rel.start() and "Company" in it.isa and not it.ref and
                         _PAREN_TAIL.fullmatch(text, it.end, rel.start())][-1:]
            else:
                named = [it for it in items if v1 <= it.start and it.end <= l0 and "Company" in it.isa and not it.ref]
            if not named or _hedged(text, max(ss, reg.start - 40), l1) or _NEGATION.search(text, reg.end, l1):
                continue
            for it in named:
                emit(reg.eid, "REGULATES", it.eid, si, "put-on-list", 0.7)
            pol = next((it for it in items if l0 <= it.start and it.end <= l1 + 2 and "Policy" in it.isa), None)
            if pol is not None:
                emit(reg.eid, "ISSUED", pol.eid, si, "put-on-list", 0.7)

    @staticmethod
    def _branded(text, items, si, emit) -> None:
        """"Seres, which builds AITO-branded SUVs", "Seres Group, which makes the AITO models": the brand belongs to the
        clause subject that makes the cars."""
        for i, b in enumerate(items):
            if i == 0 or "Brand" not in b.isa or b.ref:
                continue
            if not _BRANDED.match(text, b.end):
                # ("makes the AITO models": a maker's verb, not a seller's: "Tesla, which sells the Zeekr models")
                if not (_BRAND_CARS.match(text, b.end) and _MAKES_THE.search(text, max(0, b.start - 20), b.start)):
                    continue
            subj = items[0]
            if "Company" not in subj.isa or any(_ORG in x.isa for x in items[1:i]):
                continue
            gap = text[subj.end:b.start]
            if _BRANDED_VERB.search(gap) and not _HEDGE.search(gap) and not _NEGATION.search(gap):
                emit(b.eid, "BRAND_OF", subj.eid, si, "branded", 0.7)

    @staticmethod
    def _supplier_for(text, ss, items, si, emit) -> None:
        """"Li Auto has stuck with Hesai as its only lidar source", "the RT6 is assembled for Baidu by Jiangling Motors":
        the named company supplies the owner of "its", or the company the goods are made for."""
        for i in range(len(items) - 1):
            y, z = items[i], items[i + 1]
            if "Company" not in y.isa or y.ref:
                continue
            if z.ref and text[z.start:z.end].lower() in ("its", "their") and "Company" in z.isa and z.eid != y.eid and \
                    _AS_ITS.fullmatch(text, y.end, z.start) and _SUPPLIER_NOUN.match(text, z.end):
                pos = z.end
            elif "Company" in z.isa and not z.ref and z.eid != y.eid and _BY_GAP.fullmatch(text, y.end, z.start) and \
                    _MADE_FOR.search(text, max(ss, y.start - 40), y.start):
                y, z = z, y  # "assembled for Baidu by Jiangling Motors"
                pos = max(y.end, z.end)
            else:
                continue
            if _HEDGE.search(text, ss, pos) or _NEGATION.search(text, ss, pos):
                continue
            status = "planned" if _PLANNED.search(text, ss, pos) else "stated"
            emit(y.eid, "SUPPLIES", z.eid, si, "supplier-for", 0.7, status)

    @staticmethod
    def _plant_serves(text, ss, se, items, si, emit) -> None:
        """"the company's plant in Debrecen, which will supply BMW and Mercedes-Benz", "EVE Energy is building a
        cylindrical-cell factory in Hungary that will serve BMW": the plant's owner supplies the customers named."""
        for pm in _PLANT_SERVES.finditer(text, ss, se):
            owner = None
            before = [it for it in items if it.end <= pm.start() and "Company" in it.isa]
            if before and (_POSS_PLANT.fullmatch(text, before[-1].end, pm.start()) or
                           _BUILDS_PLANT.fullmatch(text, before[-1].end, pm.start())):
                owner = before[-1]  # "the company's plant", "EVE Energy is building a ... factory"
            if owner is None or _HEDGE.search(text, ss, pm.end()) or _NEGATION.search(text, ss, pm.end()):
                continue
            first = next((it for it in items if it.start >= pm.end()), None)
            if first is None or first.start - pm.end() > 4:
                continue
            status = "planned" if _PLANNED.search(text, pm.start(), pm.end()) else "stated"
            for it in items:
                if it.start >= first.start and it.group == first.group and "Company" in it.isa and \
                        it.eid != owner.eid:
                    emit(owner.eid, "SUPPLIES", it.eid, si, "plant-serves", 0.65, status)

    @staticmethod
    def _chose_it(text, ss, se, items, si, emit) -> None:
        """"Aptiv said on Tuesday that Li Auto has selected it to supply harnesses": the company that said so supplies
        the one that chose it."""
        if len(items) < 2 or "Company" not in items[0].isa or items[0].ref or items[0].start - ss > 4 and \
                not BASED_LEAD.fullmatch(text, ss, items[0].start):
            return  # (the speaker opens the sentence: "Beijing-based Muniu Technology said ...")
        for b in items[1:]:
            if b.ref or "Company" not in b.isa or b.eid == items[0].eid or not _CHOSE_IT.match(text, b.end) or \
                    not _SAID_THAT.search(text, items[0].end, b.start) or _HEDGE.search(text, ss, se) or \
                    _NEGATION.search(text, ss, se):
                continue
            status = "planned" if _PLANNED.search(text, b.end, min(se, b.end + 60)) else "stated"
            emit(items[0].eid, "SUPPLIES", b.eid, si, "chose-it", 0.7, status)

    @staticmethod
    def _equal_owners(text, ss, se, items, si, emit) -> None:
        """"Leasys, the leasing company owned in equal parts by Stellantis and Credit Agricole", "a venture owned
        50-50 by Toyota and BYD": the two owners run it together and each holds a stake."""
        for m in _EQUAL_OWNERS.finditer(text, ss, se):
            first = next((it for it in items if it.start >= m.end()), None)
            if first is None or first.start - m.end() > 30 or _HEDGE.search(text, ss, m.end()) or \
                    _NEGATION.search(text, ss, m.end()):
                continue
            owners = [it for it in items if it.group == first.group and it.start >= first.start and _ORG in it.isa
                      and "Country" not in it.isa] if first.group != -1 else []
            if len(owners) != 2:
                continue
            owned = next((it for it in reversed(items) if it.end <= m.start() and _ORG in it.isa and
                          "Country" not in it.isa and it.eid not in (owners[0].eid, owners[1].eid)), None)
            if owned is not None and m.start() - owned.end > 60 and not (
                    items[0] is owned and _APPOS_TO_COPULA.match(text + ",", owned.end)):
                owned = None
            emit(owners[0].eid, "JOINT_VENTURE_WITH", owners[1].eid, si, "equal-owners", 0.7)
            if owned is not None:
                for o in owners:
                    emit(o.eid, "INVESTS_IN", owned.eid, si, "equal-owners", 0.7)

    @staticmethod
    def _split_owners(text, ss, se, items, si, emit) -> None:
        """"Leapmotor International, 51% owned by Stellantis and 49% by Leapmotor": the two holders run the company as a
        joint venture, each holds a stake in it, and the holder of more than half is its parent."""
        for m in _SPLIT_OWNERS.finditer(text, ss, se):
            a = next((it for it in items if it.start == m.end("a")), None)
            b = next((it for it in items if it.start == m.end("b")), None)
            owned = next((it for it in reversed(items) if it.end <= m.start() and "Country" not in it.isa), None)
            if owned is not None and m.start() - owned.end > 3 and items[0].start - ss < 4 and \
                    _APPOS_TO_COPULA.fullmatch(text, items[0].end, m.start()):
                owned = items[0]  # "Leapmotor International, the venture that sells ... outside China, is 51% owned by"
            if a is None or b is None or owned is None or m.start() - owned.end > 3 and owned is not items[0] or \
                    not (_ORG in a.isa and _ORG in b.isa and _ORG in owned.isa) or \
                    _HEDGE.search(text, ss, m.end()) or _NEGATION.search(text, ss, m.end()):
                continue
            if m["kind"] not in ("unit", "subsidiary"):  # (a unit 90% owned by BYD: BYD's, with a minority holder)
                emit(a.eid, "JOINT_VENTURE_WITH", b.eid, si, "split-owners", 0.7)
            for share, holder in ((float(m["pa"]), a), (float(m["pb"]), b)):
                if share != 50:  # (equal halves: the equal-owners rule's)
                    emit(holder.eid, "INVESTS_IN", owned.eid, si, "split-owners", 0.7)
                if share > 50:  # a majority short of the whole: the parent too
                    emit(owned.eid, "SUBSIDIARY_OF", holder.eid, si, "split-owners", 0.7)

    @staticmethod
    def _plant_opens(text, ss, pm, items, si, emit, owner: str, owner_span: tuple[int, int]) -> None:
        """"Fuyao is building a glass complex in Hefei ... The Hefei plant will supply NIO and Volkswagen Anhui": a
        sentence that opens with a plant its customers, the plant of the company that opened a recent sentence about
        building or running one."""
        if _PLANT_WORD.search(text, *owner_span) is None or _HEDGE.search(text, ss, pm.end()) or \
                _NEGATION.search(text, ss, pm.end()):
            return
        first = next((it for it in items if it.start >= pm.end()), None)
        if first is None or first.start - pm.end() > 4 or any(it.start < pm.end() and _ORG in it.isa for it in items):
            return  # (not "The Shanghai plant of Tesla will supply": a plant whose owner the sentence names)
        status = "planned" if _PLANNED.search(text, ss, pm.end()) else "stated"
        custs = [it for it in items if it.start >= first.start and it.group == first.group]
        last = custs[-1] if first.group != -1 else first
        while (nxt := next((it for it in items if it.start >= last.end), None)) is not None and \
                _AND_TO_AGAIN.fullmatch(text, last.end, nxt.start):
            # "supplies tires to Tesla's Shanghai Gigafactory and to BYD": the preposition again, another customer
            more = [it for it in items if it.start >= nxt.start and it.group == nxt.group] if nxt.group != -1 else [nxt]
            custs += more
            last = more[-1]
        for it in custs:
            if "Company" in it.isa and not it.ref and it.eid != owner:
                emit(owner, "SUPPLIES", it.eid, si, "plant-opens", 0.6, status)

    def _brand_launched(self, text, ss, se, items, si, emit) -> None:
        """"Chery launched the iCAR brand in 2023", "Dongfeng set up its premium brand Voyah": the subject of the verb
        of founding owns the brand."""
        for k, b in enumerate(items):
            if b.ref or "Brand" not in b.isa or (lm := _LAUNCH_BEFORE.search(text, max(ss, b.start - 70), b.start)) is None:
                continue
            if not lm.group("noun") and not _BRAND_NOUN_AFTER.match(text, b.end):
                continue  # ("launched the Seal": a model, whatever the name's type)
            before = [it for it in items[:k] if it.end <= lm.start()]
            owner = self._subject(text, before, frozenset(("Company",)), lm.start())
            if len(owner) != 1 or _HEDGE.search(text, ss, b.end) or _NEGATION.search(text, ss, b.end):
                continue
            emit(b.eid, "BRAND_OF", owner[0].eid, si, "brand-launched", 0.7)

    @staticmethod
    def _chosen_by(text, ss, se, items, si, emit) -> None:
        """"Its Wudang C1200 chip has been designated by Dongfeng Motor for future models", "CATL's cells were chosen
        by Leapmotor": the owner of the goods that open the sentence supplies the one that chose them."""
        if not items or "Company" not in items[0].isa:
            return
        owner = items[0]
        poss = text[owner.end - 2:owner.end] in ("'s", "’s") if owner.ref else \
            text.startswith(("'s ", "’s "), owner.end) or text[owner.end - 1] == "s" and text.startswith(("' ", "’ "), owner.end)
        if not poss and text[owner.start:owner.end].lower() != "its" or owner.start - ss > 4:
            return
        for k, b in enumerate(items[1:], 1):
            if _ORG not in b.isa or b.ref or not _CHOSEN_BY.search(text, max(ss, b.start - 40), b.start):
                continue
            if any(_ORG in y.isa for y in items[1:k]) or _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, se):
                return
            if text.startswith(("'s ", "’s "), b.end):  # "by Geely's Lynk & Co brand": the brand chose it
                if k + 1 == len(items) or _ORG not in items[k + 1].isa or items[k + 1].start - b.end > 3:
                    return
                b, k = items[k + 1], k + 1
            status = "planned" if _PLANNED.search(text, ss, se) else "stated"
            chosen = [b]
            if b.group != -1:  # "chosen by Dongfeng Motor and Lynk & Co"
                chosen += [y for y in items[k + 1:] if y.group == b.group]
            last = chosen[-1]
            for y in items[k + len(chosen):]:  # "picked by Xpeng for the G9 and by GAC Aion for the LX Plus"
                if _ORG in y.isa and not y.ref and _AND_BY.search(text, max(last.end, y.start - 60), y.start):
                    chosen.append(y)
                    last = y
            for y in chosen:
                if y.eid != owner.eid:
                    emit(owner.eid, "SUPPLIES", y.eid, si, "chosen-by", 0.7, status)
            return

    @staticmethod
    def _named_customer(text, ss, se, items, si, emit) -> None:
        """"Foton has long been a SinoHytec customer", "Li Auto is a key CATL client": the supplier named before the
        noun supplies the subject."""
        for k in range(len(items) - 1):
            a, b = items[k], items[k + 1]
            if b.ref or "Company" not in a.isa or "Company" not in b.isa or a.eid == b.eid or \
                    not _CUSTOMER_AFTER.match(text, b.end) or not _COPULA_A.fullmatch(text, a.end, b.start):
                continue
            if k and items[k - 1].group == a.group or _HEDGE.search(text, ss, b.end) or _NEGATION.search(text, ss, b.end):
                continue  # (a list as the subject is another rule's)
            emit(b.eid, "SUPPLIES", a.eid, si, "named-customer", 0.7)

    def _goods_supplied_to(self, text, ss, se, items, si, emit) -> None:
        """"The power battery of Sunwoda is mainly supplied to Li Auto and Geely", "Sunwoda cells are sold to Li Auto":
        the company whose goods the passive subject names supplies the ones after "to"."""
        for k in range(len(items) - 1):
            a, b = items[k], items[k + 1]
            if _ORG not in b.isa and k + 2 < len(items):
                b = items[k + 2]  # (a technology named in the goods: "Weichai Ballard's fuel cell engine is supplied to")
            if a.ref and text[a.start:a.end] not in ("Its", "its") or b.ref or "Company" not in a.isa or _ORG not in b.isa:
                continue  # (a reference only as the goods' possessor: "Its radars go to Li Auto")
            # ("Wanhua's aliphatic TPU has been supplied to Jizhi Technology": the owner's product is the goods)
            prod = items[k + 1] if b is not items[k + 1] and "Product" in items[k + 1].isa and \
                not self._car(items[k + 1]) and _POSS_GOODS_GAP.fullmatch(text, a.end, items[k + 1].start) else None
            if not _PASSIVE_SUPPLIED_TO.fullmatch(text, a.end if prod is None else prod.end, b.start):
                continue
            goods_after = _GOODS_WORD.match(text, a.end) or prod
            if goods_after is None and not _GOODS_OF_BEFORE.search(text, max(ss, a.start - 40), a.start):
                continue  # ("Sunwoda is supplied to ...": no goods named)
            if _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, se):
                continue
            for c in [y for y in items[k + 1:] if y.group == b.group and not y.ref]:
                if "Alliance" not in c.isa:  # ("used in cars from the HIMA alliance": its members buy)
                    emit(a.eid, "SUPPLIES", c.eid, si, "goods-supplied-to", 0.7)

    @staticmethod
    def _supplied_to_by(text, ss, se, items, si, emit) -> None:
        """"The concentrate is supplied to Northern Rare Earth by Baotou Steel Union", "The ship was built for Anji by
        Jinling Shipyard": the agent after "by" supplies the companies after "to" or "for"."""
        for k in range(len(items) - 1):
            b = items[k]
            if b.ref or _ORG not in b.isa or (k and items[k - 1].group == b.group) or \
                    not _SUPPLIED_TO_BEFORE.search(text, max(ss, b.start - 60), b.start):
                continue
            customers = [y for y in items[k:] if y.group == b.group and not y.ref and _ORG in y.isa]
            a = next((y for y in items[k + 1:] if y.group != b.group), None)
            if a is None or a.ref or _ORG not in a.isa or not _BY_AGENT.fullmatch(text, customers[-1].end, a.start):
                continue
            if _HEDGE.search(text, ss, se) or _NEGATION.search(text, ss, se):
                return
            status = "planned" if _PLANNED.search(text, ss, b.start) else "stated"
            for c in customers:
                if c.eid != a.eid:
                    emit(a.eid, "SUPPLIES", c.eid, si, "supplied-to-by", 0.7, status)

    @staticmethod
    def _made_by_gapped(text, items, si, emit) -> None:
        """"Aito is made by Seres, Luxeed by Chery and Stelato by BAIC": each brand or product with the maker after its
        own "by" (a brand made by a company is its brand)."""
        for i in range(len(items) - 1):
            a, b = items[i], items[i + 1]
            if a.ref or b.ref or not ("Brand" in a.isa or "Product" in a.isa) or _ORG not in b.isa or \
                    not _MADE_BY_GAP.fullmatch(text, a.end, b.start) or _HEDGE.search(text, a.start, b.start) or \
                    _NEGATION.search(text, a.start, b.start):
                continue
            if _PART_OF_BEFORE.search(text, max(0, a.start - 50), a.start):
                continue  # "The lidar on the SU7 is made by Hesai": the part's maker
            pairs = []
            j = i
            while True:
                x, maker = items[j], items[j + 1]
                if "Company" in x.isa and "Product" not in x.isa:
                    break  # a company name ("Chery Automobile") is no brand here
                pairs.append((x, maker))
                k = j + 2
                while k < len(items) and items[k].group == maker.group and items[k].eid == maker.eid:
                    k += 1  # ("Anhui Jianghuai Automobile Group Corp. Ltd. (JAC)": the same maker again)
                if k + 1 >= len(items):
                    break
                c, d = items[k], items[k + 1]
                if c.ref or d.ref or not ("Brand" in c.isa or "Product" in c.isa) or _ORG not in d.isa or \
                        ("Product" in c.isa) != ("Product" in a.isa) or \
                        not _GAPPED_NEXT.fullmatch(text, items[k - 1].end, c.start) or \
                        not _BY_GAP.fullmatch(text, c.end, d.start):
                    break
                j = k
            if "Product" in a.isa and len(pairs) < 2:
                continue  # one product made by one maker: the made-by rule's
            for x, maker in pairs:
                if "Product" in x.isa:
                    emit(maker.eid, "MANUFACTURES", x.eid, si, "made-by-gapped", 0.7)
                else:
                    emit(x.eid, "BRAND_OF", maker.eid, si, "made-by-gapped", 0.7)

    @staticmethod
    def _built_by_on(text, items, si, emit) -> None:
        """"The Mazda EZ-6, built by Changan Mazda on Changan's EPA platform, ...": the car uses the platform its
        maker builds it on (the maker itself is the made-by rule's)."""
        for i in range(len(items) - 2):
            a, b = items[i], items[i + 1]
            if a.ref or "Product" not in a.isa or "TechProduct" in a.isa or _ORG not in b.isa or \
                    not _BUILT_BY_APPOS.fullmatch(text, a.end, b.start) or \
                    (m := _ON_AFTER_MAKER.match(text, b.end)) is None:
                continue
            t = items[i + 2]
            if t.start != m.end():
                continue
            if _ORG in t.isa and i + 3 < len(items) and _PLATFORM_OWNER_GAP.fullmatch(text, t.end, items[i + 3].start):
                t = items[i + 3]  # ("on Changan's EPA platform": the platform's owner first)
            if t.ref or "Technology" not in t.isa or _HEDGE.search(text, a.start, t.start):
                continue
            emit(a.eid, "USES_TECHNOLOGY", t.eid, si, "built-by-on", 0.7)

    @staticmethod
    def _object_relative(text, items, si, emit) -> None:
        """"the Model 3 and Model Y that Tesla builds": the maker in the relative clause makes the products."""
        for i in range(1, len(items)):
            a, b = items[i - 1], items[i]
            if "Company" in a.isa and not a.ref and _ORG in b.isa and not b.ref and \
                    _WHICH_GAP.fullmatch(text, a.end, b.start) and _CONTROLS_AFTER.match(text, b.end):
                # "NIO Power, which NIO controls, runs ...": the owner named in the object relative
                emit(a.eid, "SUBSIDIARY_OF", b.eid, si, "object-relative", 0.75)
                continue
            if "Product" in a.isa and _ORG in b.isa and _THAT_GAP.fullmatch(text, a.end, b.start) and \
                    _MAKE_VERB.match(text, b.end):
                for x in items[:i]:
                    if x.group == a.group and "Product" in x.isa:
                        emit(b.eid, "MANUFACTURES", x.eid, si, "object-relative", 0.75)
            elif "Product" in a.isa and "TechProduct" not in a.isa and "Company" in b.isa and not b.ref and \
                    _DESCRIBED_THAT_GAP.fullmatch(text, a.end, b.start) and \
                    (bm := _BUILD_VERB_AFTER.match(text, b.end)) is not None and not _HEDGE.search(text, b.end, bm.end()):
                # "the 25-seat K6, which BYD builds in China", "the Polestar 7, a compact SUV that Volvo Cars will build",
                # "the Evija electric hypercar that Lotus Cars builds" (building, not selling: "which dealers sell")
                emit(b.eid, "MANUFACTURES", a.eid, si, "object-relative", 0.7,
                     "planned" if bm.group("plan") else "stated")
        # "CATL answered with Shenxing, a fast-charging LFP battery launched in August 2023": the clause subject launched it.
        for i, a in enumerate(items):
            if "Product" not in a.isa or a.ref or not _LAUNCHED_APPOS.match(text, a.end):
                continue
            subj = next((x for x in items[:i] if "Company" in x.isa), None)
            if subj is None or any("Product" in x.isa for x in items[:i] if x.start > subj.start) or \
                    _COMPARED.search(text, max(subj.end, a.start - 80), a.start):
                continue  # ("compared the SU7 with the Taycan, a sports car launched in 2019": not Xiaomi's)
            if not _HEDGE.search(text, subj.start, a.end):
                emit(subj.eid, "DEVELOPS" if "TechProduct" in a.isa or "Technology" in a.isa else "MANUFACTURES", a.eid, si,
                     "launched-appos", 0.7)

    @staticmethod
    def _rel_nouns(text, items, i, gap, si, emit) -> None:
        """Relational nouns between two neighbouring mentions ("A, B's battery subsidiary", "B's brands are A1 and A2")."""
        a, b = items[i], items[i + 1]
        # ("Tata Motors and JLR will be its anchor customers": what the copula says will be is planned)
        status = "planned" if _PLANNED.search(text, a.end, b.start) else "stated"

        def put(pred: str | None, subs: list[_Item], objs: list[_Item], rule: str, noun_end: int = 0) -> None:
            if pred is None:
                return
            rev = pred.startswith("rev:")
            pred = pred[4:] if rev else pred
            for x in subs:
                for y in objs:
                    s, o = (y, x) if rev else (x, y)
                    # "SAIC, the parent of the MG brand": a brand's parent owns it as a brand
                    p = "BRAND_OF" if pred == "SUBSIDIARY_OF" and "Brand" in s.isa and "Company" not in s.isa else pred
                    emit(s.eid, p, o.eid, si, rule, 0.75, status)
                    if p == "INVESTS_IN" and "Exchange" not in s.isa and \
                            _CONTROLLING_HOLDER.search(text, a.end, max(b.start, noun_end)):
                        # (a controlling holder owns it: "A, B's controlling shareholder", "A became B's controlling
                        # shareholder")
                        emit(o.eid, "SUBSIDIARY_OF", s.eid, si, rule, 0.7, status)

        def subjects(plural: bool) -> list[_Item]:
            if plural:
                return [y for y in items[:i + 1] if y.group == a.group]
            return [a]

        if gap.noun_pre is not None and (not b.ref or _POSS_REF.fullmatch(text, b.start, b.end)):
            # ("Zeekr, its premium brand", "NIO Power, the company's swapping unit": a possessive reference owns)
            pos = b.end - 2 if text[b.end - 2:b.end] in ("'s", "’s") else b.end
            mp = _NOUN_POST.match(text, pos, min(len(text), b.end + 80))
            if mp and mp.group("noun").lower() == "company" and b.ref:
                mp = None  # (a reference is no owner: "jointly established the auto finance company")
            if mp and mp.group("par") and not _IS_BETWEEN.search(text, a.end, b.start):
                mp = None  # (only after a copula: not a list, "Ideal (理想汽车) MEGA,Jili (吉利) subsidiary Polar Krypton")
            if mp and mp.group("noun")[:6].lower() == "supply" and not text[a.end:b.start].strip(" ,\t\n"):
                mp = None  # "has entered Biyadi, Ideal Auto supply chain": a list of customers, not "A, B's supply chain"
            # (a plural noun describes the whole list before it: "Foton and Yutong, its two anchor customers")
            subs = subjects(gap.noun_pre or mp.end() > mp.end("noun")) if mp else []
            if mp and not (b.ref and any(x.eid == b.eid and x.group == a.group and not x.ref for x in items)):
                # (not "CATL and BYD, the company's two largest customers": the company is none of those it describes)
                put(_noun_pred(mp), subs, [b], "noun-modifier", mp.end())
        if gap.noun_of is not None:
            pred, plural = gap.noun_of
            objs = [y for y in items[i + 1:] if y.group == b.group]
            if len(objs) > 1 and not plural and text[a.end:a.end + 1] == "," and \
                    _COMMA_AND_PREP.fullmatch(text, objs[0].end, objs[1].start):
                # "TELD New Energy, a subsidiary of Qingdao-based Tgood, and Star Charge": the ", and" closes the
                # apposition; what follows is coordinated with the name it describes
                objs = objs[:1]
            elif len(objs) > 1 and not plural and pred == "SUBSIDIARY_OF" and \
                    text[objs[0].end:objs[1].start].lstrip().startswith(","):
                # "PICC Capital, the investment platform of China Southern Power Grid, the China Structural Reform
                # Fund, ...": one unit has one owner; the comma goes back to the list the unit is in
                objs = objs[:1]
            objs = _before_poss_clause(text, objs, after_and=False)
            if (k := _and_poss_noun(text, objs)) is not None:
                # "Panasonic Energy, the battery arm of Panasonic and Tesla's main cell supplier": a second
                # description, of the name's relation to the possessor
                mp2 = _NOUN_POST.match(text, objs[k].end, min(len(text), objs[k].end + 80))
                put(_noun_pred(mp2), subjects(False), [objs[k]], "noun-modifier", mp2.end())
                objs = objs[:k]
            put(pred, subjects(plural), objs, "noun-of")
            if pred == "INVESTS_IN" and objs:
                # "is also a shareholder in WeLion, a solid-state battery developer, alongside Hubble and NIO Capital"
                put(pred, [y for y in _co_investors(text, objs[-1].end, items) if y.eid not in {x.eid for x in objs}],
                    objs, "co-investor")
        def possessed(y: _Item) -> _Item:
            """The brand or company ``y`` owns when the list names it by its owner ("customers include Geely's Lynk & Co
            brand"), else ``y``."""
            if text[y.end:y.end + 2] not in ("'s", "’s"):
                return y
            z = next((z for z in items if z.start > y.end), None)
            if z is not None and not z.ref and z.isa & {"Brand", "Company"} and (
                    not text[y.end + 2:z.start].strip() or _POSS_UNIT_NOUN.fullmatch(text, y.end + 2, z.start)):
                return z  # (also "Huawei's investment arm Hubble")
            return y

        if gap.noun_list is not None and (not a.ref or text[a.start:a.end] in ("its", "Its", "their", "Their", "Company", "company") or
                                          text[a.end - 2:a.end] in ("'s", "’s") or
                                          text[a.end:a.end + 4] in (" say", " sai") or  # ("the company says customers include A")
                                          # (machine translation's "The company customers cover A, B")
                                          text[a.start:a.end] in ("The company", "the company") and
                                          _DROPPED_POSS.match(text, a.end) is not None):
            btw = text[a.end:b.start]
            nm = _NOUN_LIST.match(btw)
            if nm is None or btw[nm.end("noun"):nm.end("noun") + 1] in ("s", "S") or \
                    btw[nm.end("noun"):].strip(" \t\n,:") != "":
                pred = gap.noun_list
                if nm is not None and nm.group("noun").lower() == "owner" and btw[nm.end("noun"):nm.end("noun") + 1] == "s":
                    pred = "INVESTS_IN"  # "KION's private equity owners KKR and Goldman Sachs": each holds a stake
                members = [possessed(y) for y in items[i + 1:] if y.group == b.group]
                if len(members) == 1 and members[0] is not b and members[0].group != -1:
                    # "shareholders include Huawei's investment arm Hubble, Tianqi Lithium and Geely": the list goes on
                    # from the unit
                    members += [y for y in items[i + 1:] if y.group == members[0].group and y.start > members[0].start]
                if members and _RANGE_FROM_END.search(btw):
                    members += _range_rest(text, items, members[-1])  # "range from Tesla and BMW to Li Auto and Xiaomi"
                put(pred, members, [a], "noun-list")
            else:  # "Baidu's robotaxi unit Apollo Go and Lyft": a singular noun names one
                put(gap.noun_list, [possessed(b)], [a], "noun-list")

    def _frames(self, text, sent, items, si, emit, ss, constituents: bool = True) -> None:
        # "On the Shenzhen Stock Exchange, X and Y rose": every company of the sentence is listed there.
        for it in items:
            if "Exchange" in it.isa and not it.ref:
                prefix = text[ss:it.start]
                if (_LOCATIVE_START.fullmatch(prefix) or _LOCATIVE.search(prefix[-14:])) and text[it.end:it.end + 1] == ",":
                    for x in items:
                        if "Company" in x.isa and not x.ref:
                            emit(x.eid, "LISTED_ON", it.eid, si, "locative-exchange", 0.7)
        # "the constituents of the Battery ETF include X and Y".
        cm = _CONSTITUENT.search(sent) if constituents else None
        if cm:
            funds = [it for it in items if it.isa & {"Fund", "Index"} and not it.ref]
            if funds:
                cpos = ss + cm.start()
                fund = min(funds, key=lambda f: abs(f.start - cpos))
                if not _HEDGE.search(sent):
                    for x in items:
                        if "Company" in x.isa and not x.ref and x.eid != fund.eid and (x.start > cpos or x.start > fund.end):
                            emit(x.eid, "CONSTITUENT_OF", fund.eid, si, "constituents", 0.75)
