"""Extraction scores on the held-out sets (tests/data/heldout, heldout2 ... heldout286).

Each set was written apart from the rules, in other styles than the dev seeds (wire copy, Markdown
newsletters, HTML portals with page junk, machine-translated portals with pinyin names, JSON, JSONL,
RSS and Atom feeds), and annotated by the conventions of ../shared/gold/README.md. The floors sit a
little below what the extractor reaches, so a regression fails; the scores each set had when it was
first run, before any rule was written with it in view, are in the README ("Extraction quality").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from evkg.graph.eval import evaluate

DATA = Path(__file__).resolve().parent / "data"
CHECKER = Path(__file__).resolve().parents[1] / "seeds" / "gold" / "check_gold.py"

# set: (gold files scored, entity F1, relation F1, relation precision, fact F1)
FLOORS = {
    # (held-out 1's gold leaves out maker-model pairs its text states, e.g. Chery's iCar 03, BYD's Han L and Tang L,
    # which later sets annotate as MANUFACTURES, "The YU7 uses CATL's Shenxing batteries" as a supply, and Chery's use
    # of sodium-ion cells in "the first car company to carry the Ningde Times sodium ion battery": its precision floor
    # is lower)
    "heldout": (5, 0.93, 0.84, 0.79, 0.90),
    # (held-out 2's and 53's gold annotate no rivals; "held 37.9% of the market ..., well ahead of BYD" is one; nor
    # does held-out 2's annotate a regulator putting a company on its list, "the U.S. Department of Defense added CATL
    # to its list of companies it says have ties to China's military", which later sets annotate as REGULATES; and its
    # gold folds Xiaomi's car unit into Xiaomi, so "Xiaomi Automobile SU7" names no maker the reference data gives)
    "heldout2": (10, 0.95, 0.85, 0.90, 0.95),
    # (held-out 3's gold, like 15's below, has Huawei make its HarmonyOS cockpit rather than develop it, and leaves out
    # the cars fitted with it and with Qiankun ADS as users: its precision floor is lower)
    "heldout3": (6, 0.94, 0.74, 0.88, 0.95),
    "heldout4": (8, 0.91, 0.70, 0.80, 0.88),
    "heldout5": (8, 0.89, 0.64, 0.86, 0.73),
    # (held-out 6's gold leaves Great Wall's Hi4 system untagged, though its text names it: "GWM's Hi4 hybrid
    # technology", "The TANK 500 Hi4-Z", nor the venture's CEO, Tianshu Xin, and EVE's large cylindrical cells; nor
    # Maextro as a brand of the two companies that "the ultra-luxury brand developed by Huawei and JAC Group" names,
    # which later sets annotate: its precision floor is lower)
    "heldout6": (8, 0.90, 0.63, 0.69, 0.75),
    "heldout7": (8, 0.90, 0.66, 0.80, 0.77),
    "heldout8": (8, 0.90, 0.75, 0.82, 0.88),
    "heldout9": (8, 0.90, 0.75, 0.90, 0.66),
    "heldout10": (8, 0.87, 0.55, 0.75, 0.64),
    "heldout11": (8, 0.92, 0.69, 0.79, 0.86),
    "heldout12": (8, 0.89, 0.56, 0.75, 0.76),
    "heldout13": (8, 0.93, 0.65, 0.74, 0.84),
    "heldout14": (8, 0.88, 0.65, 0.83, 0.83),
    # (held-out 15's gold has Huawei make its Qiankun driver assistance and HarmonyOS cockpit, which later sets type
    # as technologies that Huawei develops and the carmakers fitting them use: its precision floor is lower)
    "heldout15": (8, 0.90, 0.69, 0.77, 0.73),
    "heldout16": (8, 0.93, 0.70, 0.86, 0.78),
    "heldout17": (8, 0.91, 0.66, 0.85, 0.78),
    "heldout18": (8, 0.93, 0.72, 0.85, 0.79),
    # (held-out 19's gold leaves out Audi's use of its Advanced Digitized Platform)
    "heldout19": (8, 0.91, 0.59, 0.82, 0.85),
    "heldout20": (8, 0.94, 0.75, 0.92, 0.85),
    "heldout21": (8, 0.85, 0.51, 0.75, 0.65),
    "heldout22": (8, 0.92, 0.67, 0.89, 0.85),
    # (23's gold names no e-axles, which its trucks articles say Fast Gear and Weichai develop)
    "heldout23": (8, 0.88, 0.55, 0.82, 0.84),
    # (24's gold tags ACC but not the stakes of the three owners its "a joint venture of Stellantis NV, Mercedes-Benz
    # and TotalEnergies SE" names)
    "heldout24": (8, 0.89, 0.62, 0.86, 0.69),
    "heldout25": (8, 0.85, 0.47, 0.76, 0.82),
    "heldout26": (8, 0.87, 0.58, 0.82, 0.70),
    "heldout27": (8, 0.90, 0.62, 0.86, 0.80),
    "heldout28": (8, 0.88, 0.60, 0.83, 0.76),
    "heldout29": (8, 0.87, 0.53, 0.73, 0.44),
    "heldout30": (8, 0.93, 0.66, 0.86, 0.70),
    # (held-out 31's gold leaves out the owners' stakes in "Bosch Huayu Steering Systems Co., Ltd. is the joint venture
    # of ...", which its text states)
    "heldout31": (8, 0.91, 0.69, 0.84, 0.77),
    # (its gold tags AR-HUD and W-HUD but not the OLED, LCD and HUD the reference data now knows: the cars and panel
    # makers said to use them count against precision)
    # (held-out 32's gold leaves out the stakes of HAIMOSIC's partners, "a joint venture that ROHM formed with Zhenghai
    # Group", which later sets annotate; nor that "StarPower Semiconductor, the Jiaxing-based maker of IGBT modules"
    # develops IGBT)
    "heldout32": (8, 0.90, 0.66, 0.83, 0.88),
    "heldout33": (8, 0.88, 0.64, 0.84, 0.84),
    "heldout34": (8, 0.85, 0.51, 0.75, 0.88),
    # (held-out 35's gold leaves out the stakes of majority owners: "GEMCO, 60% owned by South32")
    "heldout35": (8, 0.87, 0.41, 0.69, 0.74),
    "heldout36": (8, 0.85, 0.44, 0.67, 0.80),
    "heldout37": (8, 0.91, 0.58, 0.80, 0.84),
    # (held-out 38's gold leaves out the stakes the owners of a named joint venture hold in it)
    "heldout38": (8, 0.86, 0.56, 0.75, 0.66),
    "heldout39": (8, 0.84, 0.56, 0.83, 0.71),
    "heldout40": (8, 0.85, 0.38, 0.71, 0.92),
    "heldout41": (8, 0.88, 0.52, 0.78, 0.57),
    "heldout42": (8, 0.87, 0.57, 0.73, 0.61),
    "heldout43": (8, 0.87, 0.50, 0.70, 0.68),
    "heldout44": (8, 0.81, 0.67, 0.87, 0.83),
    "heldout45": (8, 0.88, 0.53, 0.77, 0.92),
    "heldout46": (8, 0.82, 0.43, 0.70, 0.71),
    # (held-out 47's gold leaves out the Public Investment Fund's "its Ceer brand")
    "heldout47": (8, 0.86, 0.53, 0.79, 0.76),
    "heldout48": (8, 0.89, 0.56, 0.85, 0.73),
    "heldout49": (8, 0.92, 0.63, 0.79, 0.87),
    "heldout50": (8, 0.82, 0.45, 0.73, 0.67),
    "heldout51": (8, 0.81, 0.55, 0.65, 0.76),
    "heldout52": (8, 0.92, 0.57, 0.71, 0.67),
    "heldout53": (8, 0.81, 0.55, 0.80, 0.80),
    "heldout54": (8, 0.80, 0.46, 0.82, 0.59),
    "heldout55": (8, 0.88, 0.67, 0.82, 0.70),
    "heldout56": (8, 0.92, 0.61, 0.83, 0.70),
    "heldout57": (8, 0.94, 0.75, 0.90, 0.65),
    "heldout58": (8, 0.92, 0.50, 0.74, 0.73),
    # (held-out 59's gold leaves out the people a wire story credits, "Reporting by ...; Editing by ...")
    "heldout59": (8, 0.83, 0.57, 0.84, 0.78),
    "heldout60": (8, 0.89, 0.67, 0.79, 0.70),
    "heldout61": (8, 0.94, 0.53, 0.65, 0.36),
    # (held-out 62's table of acquisitions, "| Acquirer | Target | ... | 100% |", states stakes its gold leaves out)
    "heldout62": (8, 0.86, 0.61, 0.82, 0.76),
    "heldout63": (8, 0.87, 0.59, 0.68, 0.71),
    "heldout64": (8, 0.86, 0.53, 0.81, 0.55),
    "heldout65": (8, 0.91, 0.56, 0.75, 0.70),
    # (held-out 66's and 115's gold leave out the stakes of founding companies: "IM Motors was founded by SAIC Motor
    # together with Zhangjiang Hi-Tech and Alibaba Group", "Lynk & Co was created by Zhejiang Geely Holding Group and
    # Volvo Cars")
    "heldout66": (8, 0.87, 0.56, 0.73, 0.84),
    "heldout67": (8, 0.86, 0.51, 0.75, 0.73),
    "heldout68": (8, 0.91, 0.61, 0.82, 0.77),
    "heldout69": (8, 0.95, 0.69, 0.88, 0.88),
    "heldout70": (8, 0.92, 0.80, 0.90, 0.93),
    "heldout71": (8, 0.91, 0.56, 0.65, 0.70),
    # (72's gold leaves out "PICC Capital, the investment platform of China Southern Power Grid")
    "heldout72": (8, 0.88, 0.60, 0.79, 0.62),
    # (the gold of 73, 77, 90, 95 and 104 tags the reporters of bylines and credit lines as people; the extractor
    # leaves them out, as most sets' gold does)
    "heldout73": (8, 0.90, 0.74, 0.80, 0.77),
    "heldout74": (8, 0.90, 0.58, 0.79, 0.79),
    # (held-out 75's gold names a model's builder but not the carmaker whose model it is: "Zeekr 001", "NIO ES6")
    "heldout75": (8, 0.88, 0.61, 0.76, 0.67),
    "heldout76": (8, 0.91, 0.62, 0.84, 0.87),
    "heldout77": (8, 0.92, 0.78, 0.93, 0.83),
    "heldout78": (8, 0.96, 0.54, 0.81, 0.79),
    "heldout79": (8, 0.90, 0.54, 0.78, 0.74),
    "heldout80": (8, 0.94, 0.75, 0.90, 0.82),
    "heldout81": (8, 0.94, 0.70, 0.80, 0.80),
    "heldout82": (8, 0.87, 0.57, 0.84, 0.68),
    "heldout83": (8, 0.91, 0.56, 0.85, 0.51),
    "heldout84": (8, 0.89, 0.64, 0.87, 0.63),
    "heldout85": (8, 0.90, 0.59, 0.77, 0.81),
    "heldout86": (8, 0.94, 0.68, 0.73, 0.75),
    "heldout87": (8, 0.87, 0.59, 0.81, 0.61),
    # (held-out 88's gold leaves out the makers of the accelerators it names, "Huawei's Ascend 910C")
    "heldout88": (8, 0.88, 0.65, 0.81, 0.88),
    "heldout89": (8, 0.91, 0.66, 0.85, 0.56),
    "heldout90": (8, 0.94, 0.76, 0.84, 0.77),
    "heldout91": (8, 0.92, 0.64, 0.85, 0.72),
    "heldout92": (8, 0.91, 0.65, 0.77, 0.72),
    # (held-out 93's gold records chipmakers' unit shipments as deliveries, which the extractor reads as sales)
    "heldout93": (8, 0.89, 0.62, 0.81, 0.38),
    # (held-out 94's gold leaves out a contract assembler's supply to the makes it assembles, "Avtotor ... assembles
    # cars for BAIC, Kaiyi and SWM", which held-out 112's annotates: its precision floor is lower)
    "heldout94": (8, 0.94, 0.67, 0.77, 0.68),
    "heldout95": (8, 0.94, 0.72, 0.81, 0.71),
    "heldout96": (8, 0.83, 0.48, 0.68, 0.64),
    "heldout97": (8, 0.87, 0.63, 0.79, 0.70),
    "heldout98": (8, 0.92, 0.69, 0.87, 0.68),
    "heldout99": (8, 0.95, 0.81, 0.93, 0.69),
    # (held-out 100: the reference data now gives GM as the Cadillac Lyriq's maker, which its gold does not relate)
    "heldout100": (8, 0.96, 0.66, 0.80, 0.70),
    "heldout101": (8, 0.94, 0.73, 0.77, 0.75),
    "heldout102": (8, 0.96, 0.82, 0.83, 0.77),
    "heldout103": (8, 0.95, 0.61, 0.73, 0.94),
    "heldout104": (8, 0.93, 0.65, 0.79, 0.70),
    "heldout105": (8, 0.96, 0.74, 0.94, 0.81),
    "heldout106": (8, 0.96, 0.58, 0.76, 0.70),
    "heldout107": (8, 0.96, 0.62, 0.73, 0.82),
    # (held-out 108's gold leaves out the yearly capacity of Geespace's satellite factory, "can turn out up to 500
    # satellites a year")
    "heldout108": (8, 0.94, 0.68, 0.77, 0.87),
    "heldout109": (8, 0.93, 0.60, 0.70, 0.66),
    "heldout110": (8, 0.95, 0.58, 0.83, 0.92),
    "heldout111": (8, 0.96, 0.68, 0.75, 0.62),
    "heldout112": (8, 0.95, 0.66, 0.83, 0.76),
    "heldout113": (8, 0.93, 0.71, 0.82, 0.81),
    # (held-out 114: brands may now be rivals, and "Chery sold 28,000 vehicles including its Omoda and Jaecoo brands,
    # narrowly ahead of Great Wall Motor" also gives the two brands as Great Wall's rivals, which the gold does not)
    "heldout114": (8, 0.96, 0.68, 0.81, 0.48),
    "heldout115": (8, 0.94, 0.67, 0.75, 0.58),
    "heldout116": (8, 0.93, 0.58, 0.66, 0.84),
    "heldout117": (8, 0.95, 0.72, 0.81, 0.79),
    "heldout118": (8, 0.95, 0.55, 0.66, 0.81),
    "heldout119": (8, 0.92, 0.71, 0.80, 0.65),
    "heldout120": (8, 0.94, 0.64, 0.77, 0.89),
    "heldout121": (8, 0.94, 0.76, 0.86, 0.93),
    "heldout122": (8, 0.92, 0.55, 0.76, 0.87),
    "heldout123": (8, 0.95, 0.69, 0.75, 0.78),
    "heldout124": (8, 0.93, 0.66, 0.79, 0.75),
    "heldout125": (8, 0.92, 0.60, 0.71, 0.70),
    "heldout126": (8, 0.96, 0.74, 0.93, 0.86),
    "heldout127": (8, 0.95, 0.75, 0.84, 0.85),
    "heldout128": (8, 0.94, 0.48, 0.62, 0.85),
    "heldout129": (8, 0.90, 0.74, 0.93, 0.81),
    "heldout130": (8, 0.94, 0.72, 0.88, 0.81),
    "heldout131": (8, 0.91, 0.62, 0.78, 0.69),
    "heldout132": (8, 0.95, 0.68, 0.78, 0.65),
    "heldout133": (8, 0.92, 0.60, 0.84, 0.69),
    "heldout134": (8, 0.93, 0.79, 0.84, 0.77),
    "heldout135": (8, 0.82, 0.39, 0.69, 0.40),
    "heldout136": (8, 0.87, 0.57, 0.77, 0.66),
    "heldout137": (8, 0.90, 0.66, 0.78, 0.73),
    "heldout138": (8, 0.91, 0.63, 0.79, 0.79),
    "heldout139": (8, 0.87, 0.67, 0.77, 0.69),
    "heldout140": (8, 0.85, 0.49, 0.69, 0.77),
    "heldout141": (8, 0.88, 0.62, 0.78, 0.71),
    "heldout142": (8, 0.84, 0.49, 0.76, 0.74),
    "heldout143": (8, 0.89, 0.55, 0.82, 0.74),
    "heldout144": (8, 0.90, 0.54, 0.77, 0.83),
    "heldout145": (8, 0.92, 0.59, 0.77, 0.82),
    "heldout146": (8, 0.88, 0.60, 0.83, 0.80),
    "heldout147": (8, 0.93, 0.71, 0.83, 0.76),
    "heldout148": (8, 0.93, 0.56, 0.73, 0.74),
    "heldout149": (8, 0.88, 0.57, 0.78, 0.77),
    "heldout150": (8, 0.91, 0.66, 0.86, 0.68),
    "heldout151": (8, 0.95, 0.69, 0.83, 0.86),
    "heldout152": (8, 0.94, 0.61, 0.77, 0.75),
    "heldout153": (8, 0.90, 0.47, 0.54, 0.69),
    "heldout154": (8, 0.91, 0.54, 0.81, 0.60),
    "heldout155": (8, 0.94, 0.76, 0.86, 0.84),
    "heldout156": (8, 0.94, 0.75, 0.84, 0.92),
    "heldout157": (8, 0.91, 0.66, 0.82, 0.83),
    "heldout158": (8, 0.93, 0.74, 0.81, 0.76),
    "heldout159": (8, 0.93, 0.68, 0.80, 0.80),
    "heldout160": (8, 0.93, 0.60, 0.80, 0.75),
    "heldout161": (8, 0.93, 0.71, 0.86, 0.78),
    "heldout162": (8, 0.90, 0.58, 0.69, 0.58),
    "heldout163": (8, 0.92, 0.75, 0.92, 0.75),
    "heldout164": (8, 0.91, 0.64, 0.85, 0.67),
    # (held-out 165's gold gives a Moroccan plant's capacity and cost to Gotion High-Tech; the extractor now knows
    # "Gotion Morocco", the unit the sentence names, and gives them to it)
    "heldout165": (8, 0.90, 0.65, 0.83, 0.67),
    "heldout166": (8, 0.91, 0.64, 0.75, 0.68),
    "heldout167": (8, 0.90, 0.55, 0.70, 0.67),
    "heldout168": (8, 0.93, 0.64, 0.82, 0.63),
    "heldout169": (8, 0.92, 0.62, 0.87, 0.73),
    "heldout170": (8, 0.93, 0.70, 0.90, 0.84),
    "heldout171": (8, 0.92, 0.62, 0.81, 0.74),
    "heldout172": (8, 0.93, 0.74, 0.90, 0.82),
    "heldout173": (8, 0.90, 0.57, 0.79, 0.69),
    "heldout174": (8, 0.92, 0.67, 0.84, 0.83),
    "heldout175": (8, 0.85, 0.56, 0.84, 0.85),
    "heldout176": (8, 0.90, 0.65, 0.84, 0.82),
    "heldout177": (8, 0.82, 0.56, 0.82, 0.71),
    "heldout178": (8, 0.90, 0.64, 0.81, 0.70),
    "heldout179": (8, 0.76, 0.58, 0.77, 0.77),
    "heldout180": (8, 0.88, 0.57, 0.90, 0.74),
    "heldout181": (8, 0.87, 0.56, 0.79, 0.62),
    "heldout182": (8, 0.86, 0.55, 0.72, 0.83),
    "heldout183": (8, 0.90, 0.73, 0.82, 0.88),
    "heldout184": (8, 0.90, 0.58, 0.79, 0.84),
    # (held-out 185: the reference data now gives the makers of the MG3 and the Geely Starray, which some of its
    # articles name without saying who makes them, and the gold does not relate; its precision floor is lower)
    "heldout185": (8, 0.85, 0.63, 0.75, 0.58),
    "heldout186": (8, 0.87, 0.50, 0.80, 0.62),
    "heldout187": (8, 0.88, 0.49, 0.61, 0.77),
    "heldout188": (8, 0.86, 0.55, 0.74, 0.71),
    "heldout189": (8, 0.90, 0.63, 0.84, 0.67),
    # (held-out 190: the reference data now gives the makers of the Polaris RZR and the Linhai T-Boss, which the
    # articles name with their makers and the gold does not relate)
    "heldout190": (8, 0.85, 0.61, 0.86, 0.91),
    "heldout191": (8, 0.84, 0.57, 0.71, 0.49),
    "heldout192": (8, 0.91, 0.63, 0.76, 0.70),
    "heldout193": (8, 0.86, 0.53, 0.68, 0.45),
    "heldout194": (8, 0.92, 0.64, 0.80, 0.69),
    "heldout195": (8, 0.90, 0.62, 0.77, 0.61),
    "heldout196": (8, 0.86, 0.48, 0.69, 0.71),
    "heldout197": (8, 0.87, 0.62, 0.74, 0.65),
    "heldout198": (8, 0.90, 0.53, 0.74, 0.81),
    "heldout199": (8, 0.90, 0.68, 0.82, 0.76),
    "heldout200": (8, 0.92, 0.53, 0.65, 0.55),
    "heldout201": (8, 0.87, 0.63, 0.85, 0.61),
    "heldout202": (8, 0.92, 0.69, 0.89, 0.68),
    "heldout203": (8, 0.89, 0.69, 0.80, 0.91),
    "heldout204": (8, 0.89, 0.68, 0.91, 0.52),
    "heldout205": (8, 0.91, 0.61, 0.68, 0.71),
    "heldout206": (8, 0.90, 0.66, 0.87, 0.75),
    "heldout207": (8, 0.90, 0.68, 0.85, 0.81),
    "heldout208": (8, 0.93, 0.73, 0.81, 0.86),
    "heldout209": (8, 0.91, 0.77, 0.86, 0.83),
    "heldout210": (8, 0.92, 0.73, 0.78, 0.73),
    "heldout211": (8, 0.88, 0.62, 0.70, 0.61),
    "heldout212": (8, 0.92, 0.78, 0.81, 0.80),
    "heldout213": (8, 0.91, 0.70, 0.81, 0.83),
    "heldout214": (8, 0.95, 0.63, 0.84, 0.74),
    "heldout215": (8, 0.92, 0.68, 0.83, 0.71),
    "heldout216": (8, 0.86, 0.66, 0.73, 0.75),
    "heldout217": (8, 0.85, 0.56, 0.70, 0.72),
    "heldout218": (8, 0.90, 0.59, 0.73, 0.71),
    "heldout219": (8, 0.85, 0.49, 0.80, 0.87),
    "heldout220": (8, 0.91, 0.64, 0.86, 0.64),
    "heldout221": (8, 0.90, 0.69, 0.88, 0.81),
    "heldout222": (8, 0.91, 0.65, 0.73, 0.74),
    "heldout223": (8, 0.92, 0.73, 0.84, 0.78),
    "heldout224": (8, 0.92, 0.74, 0.84, 0.69),
    "heldout225": (8, 0.87, 0.54, 0.76, 0.86),
    "heldout226": (8, 0.90, 0.68, 0.77, 0.88),
    "heldout227": (8, 0.88, 0.58, 0.76, 0.75),
    "heldout228": (8, 0.87, 0.67, 0.81, 0.75),
    "heldout229": (8, 0.93, 0.75, 0.88, 0.75),
    "heldout230": (8, 0.88, 0.58, 0.79, 0.84),
    "heldout231": (8, 0.91, 0.55, 0.80, 0.88),
    "heldout232": (8, 0.88, 0.70, 0.88, 0.82),
    "heldout233": (8, 0.91, 0.57, 0.75, 0.76),
    "heldout234": (8, 0.90, 0.56, 0.80, 0.87),
    "heldout235": (8, 0.81, 0.50, 0.67, 0.65),
    "heldout236": (8, 0.92, 0.65, 0.79, 0.84),
    "heldout237": (8, 0.91, 0.72, 0.83, 0.81),
    "heldout238": (8, 0.87, 0.57, 0.77, 0.84),
    "heldout239": (8, 0.86, 0.63, 0.80, 0.78),
    "heldout240": (8, 0.91, 0.79, 0.85, 0.78),
    "heldout241": (8, 0.81, 0.47, 0.78, 0.49),
    "heldout242": (8, 0.91, 0.65, 0.78, 0.66),
    "heldout243": (8, 0.91, 0.68, 0.80, 0.76),
    "heldout244": (8, 0.93, 0.62, 0.76, 0.84),
    "heldout245": (8, 0.91, 0.62, 0.74, 0.56),
    "heldout246": (8, 0.93, 0.67, 0.78, 0.74),
    "heldout247": (8, 0.91, 0.73, 0.85, 0.64),
    "heldout248": (8, 0.90, 0.62, 0.78, 0.62),
    "heldout249": (8, 0.90, 0.64, 0.74, 0.74),
    "heldout250": (8, 0.91, 0.70, 0.79, 0.84),
    "heldout251": (8, 0.91, 0.69, 0.76, 0.75),
    "heldout252": (8, 0.87, 0.56, 0.72, 0.66),
    "heldout253": (8, 0.91, 0.63, 0.74, 0.76),
    "heldout254": (8, 0.92, 0.55, 0.64, 0.75),
    "heldout255": (8, 0.92, 0.59, 0.69, 0.69),
    "heldout256": (8, 0.87, 0.59, 0.74, 0.81),
    "heldout257": (8, 0.90, 0.58, 0.74, 0.78),
    "heldout258": (8, 0.89, 0.49, 0.70, 0.69),
    "heldout259": (8, 0.87, 0.66, 0.68, 0.80),
    "heldout260": (8, 0.87, 0.65, 0.80, 0.85),
    "heldout261": (8, 0.92, 0.61, 0.68, 0.89),
    "heldout262": (8, 0.93, 0.72, 0.85, 0.67),
    "heldout263": (8, 0.92, 0.65, 0.68, 0.77),
    "heldout264": (8, 0.90, 0.60, 0.75, 0.68),
    "heldout265": (8, 0.94, 0.68, 0.80, 0.73),
    "heldout266": (8, 0.90, 0.64, 0.76, 0.74),
    "heldout267": (8, 0.89, 0.62, 0.74, 0.85),
    "heldout268": (8, 0.91, 0.78, 0.84, 0.71),
    "heldout269": (8, 0.94, 0.75, 0.90, 0.88),
    "heldout270": (8, 0.90, 0.72, 0.72, 0.82),
    "heldout271": (8, 0.90, 0.54, 0.72, 0.74),
    "heldout272": (8, 0.90, 0.58, 0.67, 0.90),
    "heldout273": (8, 0.90, 0.69, 0.80, 0.88),
    "heldout274": (8, 0.89, 0.70, 0.89, 0.64),
    "heldout275": (8, 0.88, 0.59, 0.73, 0.73),
    "heldout276": (8, 0.92, 0.69, 0.82, 0.85),
    "heldout277": (8, 0.91, 0.55, 0.76, 0.84),
    "heldout278": (8, 0.91, 0.72, 0.74, 0.84),
    "heldout279": (8, 0.93, 0.70, 0.78, 0.70),
    "heldout280": (8, 0.89, 0.52, 0.69, 0.76),
    "heldout281": (8, 0.88, 0.62, 0.73, 0.74),
    "heldout282": (8, 0.89, 0.58, 0.72, 0.79),
    "heldout283": (8, 0.86, 0.62, 0.85, 0.85),
    "heldout284": (8, 0.89, 0.58, 0.70, 0.54),
    "heldout285": (8, 0.92, 0.73, 0.82, 0.82),
    "heldout286": (8, 0.91, 0.60, 0.73, 0.88),
}
# entity type accuracy where a set's gold types differ from the reference data's by convention (held-out 25 types
# driving-software firms as suppliers and several carmakers' brands, e.g. Voyah and Deepal, as brands only)
# (held-out 41's gold types car importers and dealer groups, "Blue Lake Motors", "Wallan Group", as organisations; the
# extractor reads their company words as a carmaker or a supplier)
# (held-out 50's gold types chip vendors such as Qualcomm, MediaTek and SiEngine as tech companies and cockpit
# Tier-1s' audio brands as brands; the reference data and the extractor type them as chip makers and suppliers)
# (held-out 66's gold, like 25's, types carmakers' brands such as Voyah, Deepal, Avatr and IM Motors as brands only)
# (held-out 72's gold types government and industry funds that invest in carmakers as funds; the extractor types the
# ones it finds in a list of investors as organisations)
# (held-out 137's gold types charging operators, TELD, Star Charge, NIO Power, as suppliers; the reference data and the
# extractor type them as organisations; held-out 138's gold types driving-software start-ups such as Momenta as
# suppliers, which the reference data types as tech companies; held-out 150's gold, like 137's, types charging
# operators and their parents as suppliers)
# (held-out 87's gold types the courts that oversee restructurings as organisations; the extractor types courts as
# regulators, as later sets' gold does)
TYPE_FLOORS = {"heldout25": 0.88, "heldout79": 0.85, "heldout41": 0.84, "heldout50": 0.80, "heldout66": 0.85, "heldout72": 0.88,
               "heldout137": 0.77, "heldout138": 0.87, "heldout150": 0.83, "heldout87": 0.84,
               # (held-out 239 types cockpit-chip vendors, Qualcomm, NVIDIA and SiEngine, as suppliers and Xiaomi as a
               # carmaker where the reference data has tech companies; held-out 242 types state guidance funds as funds,
               # which the extractor reads as organisations or financial institutions; held-out 244 types named
               # vehicle operating systems, HarmonyOS among them, as products where the reference data has technologies)
               "heldout239": 0.75, "heldout242": 0.86, "heldout244": 0.88,
               # (held-out 254 types NIO Power as a supplier and Nvidia as a supplier, and NIO's SkyOS and Battery as a
               # Service as products, where the reference data has an organisation, a tech company and technologies)
               "heldout254": 0.89,
               # (held-out 270 types charging and swap operators, NIO Power, TELD, Star Charge and Aulton among them, as
               # suppliers where the extractor reads organisations)
               "heldout270": 0.80,
               # (held-out 284 types storage integrators such as Sungrow as suppliers where the extractor reads
               # organisations; held-out 286 types cockpit operating systems as technologies and chip vendors such as
               # Qualcomm and MediaTek as suppliers, where the reference data has products and tech companies)
               "heldout284": 0.87, "heldout286": 0.79}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_scores_hold_their_floors(name: str) -> None:
    n, ent, rel, rel_p, fact = FLOORS[name]
    report = evaluate(DATA / name / "gold", DATA / name / "articles")
    assert len(report.articles) == n
    assert report.entities.f1 >= ent, report.entities.to_json()
    assert report.type_accuracy >= TYPE_FLOORS.get(name, 0.90)
    assert report.relations.f1 >= rel, report.relations.to_json()
    assert report.relations.precision >= rel_p, report.relations.to_json()
    assert report.facts.f1 >= fact, report.facts.to_json()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_gold_is_consistent_with_its_articles(name: str) -> None:
    # every evidence verbatim in the article, every subject/object an entity, allowed types/units/periods
    res = subprocess.run([sys.executable, str(CHECKER), str(DATA / name / "gold"), str(DATA / name / "articles")],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.rstrip().endswith("OK")
