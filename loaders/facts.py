"""Numeric facts: quantities with units, their measure, subject and period.

:class:`FactFinder` scans only sentences that hold a digit (or a number word with a scale, or
"doubling"). One precompiled regex finds quantities ("over 80,000 units", "180 billion yuan",
"HK$ 10 billion", "430wh/kg", "50Ah", "600 cycles", "20CM", "5.312 billion", "3万辆", "12亿元");
the measure comes from the words around the number (delivered, sales, output, orders, market
value, net profit, per share, rose/fell...), the subject from the nearest fitting entity before it
in the clause (a coordinated group shares the number: "Xiaomi and Kuaishou, each climbing over
20%"), else from a pronoun's antecedent, else — for national totals — the country. Mentions inside
appositions and relative clauses ("CATL, which supplies Tesla and BMW, said ...") and data sources
("according to SNE Research") are not subjects; a nameless sentence reporting company financials
continues the company of the previous one; a reporting company after the figure ("..., Seres said")
is the subject. A named battery carries its specifications; an opening bullet figure ("- 37.9% —
CATL's share of ...") takes measure and subject from its explanation. A share-price move is read
from a company and a change verb when no other measure is named; elliptical counts ("Onvo
delivered 17,342") take the sentence's unit. A rounded headline figure gives way to the precise
one of the body.

Not recorded, following the annotation conventions: growth rates (YoY, CAGR), P/E, index weights,
changes in fund scale, hedged statements and forecasts.

Example:
    >>> parse_number("1.37", "trillion")
    1370000000000.0
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from evkg.ontology.vocab import FACT_UNITS, Measure

from .cleaning import CleanText
from .dates import DateContext, month_number
from .entities import SENSOR_CLASSES, EntityRecord, Found, ancestors_of, said_on
from .sentences import CLAUSE_CHAR, CLAUSE_CHAR_NO_COLON
from .guards import fold_unsafe as _fold_unsafe, holds_any as _may_hold
from .types import Fact

_WORDNUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "a": 1, "half a": 0.5, "several": 0}
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
           "bln": 1e9, "b": 1e9,
           "trillion": 1e12, "tn": 1e12, "万": 1e4, "亿": 1e8, "萬": 1e4, "億": 1e8, "千": 1e3}

_QTY = re.compile(
    r"(?P<pre>(?:CNY|RMB|HKD|HK\$|US\$|USD|EUR|€|¥|￥|\$)\s?)?"
    r"(?P<sign>[-−–](?=\d))?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|half\s+a|a)"
    r"(?=\s+(?:thousand|million|billion|trillion)\b))"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|mln|bln|tn|万|亿|萬|億)(?![a-z]))?"
    r"(?:\s?(?P<unit>%|percent\b|per\s+cent\b|[Ww]h/kg|WH/KG|Ah\b|GWh\b|kWh\b|MWh\b|(?:giga|mega|kilo)watt[- ]hours?\b|CM\b|"
    r"cycles?\b|times\b|"
    r"yuan\b|RMB\b|CNY\b|HKD\b|Hong\s+Kong\s+dollars?\b|HK\s+dollars?\b|US\s+dollars?\b|USD\b|dollars?\b|euros?\b|"
    r"元|辆|台|座))?",
)
_UNIT_WORDS = re.compile(
    r"^\s*(?:[\w\-]+\s+){0,3}?(?P<w>units?|vehicles?|cars?|EVs|NEVs|SUVs|buses|coaches|trucks|deliveries|orders|pre-orders|bookings|stations|"
    # ("recorded about 8,300 registrations in the first half")
    r"registrations|"
    # (a charging network counted by its piles, chargers, stalls or charging points)
    r"shares|sets|piles|chargers|superchargers|stalls|(?<=charging\s)points|(?<=charge\s)points|"
    # (goods a plant makes, counted only as its capacity: "an annual capacity of 720,000 eight-inch SiC wafers")
    r"wafers|substrates|modules|pieces|chips|packs|motors|engines)\b"
    # (not the first word of a compound: "17 car companies", "five vehicle makers", "30 EV brands", "the 20
    # vehicle-road-cloud pilot cities")
    r"(?!-)(?!\s+(?:compan(?:y|ies)|(?:auto)?makers?|manufacturers?|brands?|firms?|groups?|enterprises?|producers?|"
    r"exporters?|dealers?|dealerships?|plants?|factories|carriers?)\b)", re.I)
_DIGITISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thousand|million|billion|trillion)"
                       r"\b|doubl", re.I)
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
# The first characters of _QTY's currency prefixes and signs.
_QTY_LEAD = re.compile(r"[CRHUE€¥￥$\-−–]")
_ASCII_DIGIT = re.compile(r"[0-9]")  # (the same as _DIGIT in ASCII text, and faster)


def _qty_matches(sent: str):
    """The matches of ``_QTY.finditer(sent)``.

    A match's number starts at a digit or at a number word before a scale word ("two million"), with at most five
    characters of currency and sign before it: each search for the next match starts at the next such place, or
    up to five characters before it when a currency's or a sign's first character is there.
    """
    words = _number_word_starts(sent) if "illion" in sent or "thousand" in sent else ()
    nw = len(words)
    wi = 0
    digit = (_ASCII_DIGIT if sent.isascii() else _DIGIT).search
    p = 0
    while True:
        d = digit(sent, p)
        while wi < nw and words[wi] < p:
            wi += 1
        if d is None:
            if wi == nw:
                return
            at = words[wi]
        else:
            at = d.start()
            if wi < nw and words[wi] < at:
                at = words[wi]
        lo = max(p, at - 5)
        if lo < at and _QTY_LEAD.search(sent, lo, at):
            m = _QTY.search(sent, lo)
            if m is None:
                return
        else:
            m = _QTY.match(sent, at)
            if m is None:  # (a word that is no number word)
                p = at + 1
                continue
        yield m
        p = m.end()


_SCALE_WORDS = ("thousand", "million", "billion", "trillion")


def _number_word_starts(sent: str) -> list[int]:
    """Where a number word of _QTY can start ("two" of "two million", "half" and "a" of "half a billion"): the
    lower-case word before blanks and a scale word, and "half" before blanks and such an "a" (and some more)."""
    out: list[int] = []
    for w in _SCALE_WORDS:
        i = sent.find(w)
        while i >= 0:
            j = i
            while j > 0 and sent[j - 1].isspace():
                j -= 1
            if j < i:
                k = j
                while k > 0 and "a" <= sent[k - 1] <= "z":
                    k -= 1
                if k < j:
                    out.append(k)
                    if j - k == 1 and sent[k] == "a":
                        h = k
                        while h > 0 and sent[h - 1].isspace():
                            h -= 1
                        if h < k and h >= 4 and sent[h - 4:h] == "half":
                            out.append(h - 4)
            i = sent.find(w, i + 1)
    out.sort()
    return out


_DOUBLING = re.compile(r"\bdoubl(?:ed|ing|es)\s+(?:(?:their|its|the)?\s*(?:stock|share)\s+prices?|in\s+(?:price|value))\b|"
                       # "Xiaomi shares have more than doubled"
                       r"\b(?:shares|stock|share\s+price|stock\s+price)\s+(?:have\s+|has\s+|had\s+)?(?:more\s+than\s+)?doubled\b", re.I)

_SKIP_PERCENT = re.compile(
    r"year-on-year|year\s+on\s+year|\byoy\b|y-o-y|month-on-month|quarter-on-quarter|growth\s+rate|compound\s+annual|"
    r"\bcagr\b|\bweight|percentile|penetration|installation\s+rate|margin|interest\s+rate|probability|discount|premium|"
    r"dividend|(?-i:\bP/E\b|\bPE\s+(?:ratio|\(TTM\)|value))|price-to-earnings|tax\s+rate|\brate\s+of\b|proportion|utili[sz]ation|efficiency|accuracy|stake|equity|holding", re.I)
# "Shipments outside mainland China": a figure of everywhere but the place named
_OUTSIDE = r"\b(?:outside|beyond|excluding|except)\s+(?:of\s+)?(?:the\s+)?(?:mainland\s+)?"
_OUTSIDE_BEFORE = re.compile(_OUTSIDE + "$", re.I)
_OUTSIDE_PLACE = re.compile(_OUTSIDE + r"(?-i:[A-Z])", re.I)
_FORECAST = re.compile(
    r"\b(?:forecasts?|forecasted|predict\w*|projected|projection|estimates?|estimated|expects?|expected|guidance|guided|"
    r"guides|guiding|"
    r"anticipated|anticipates|target(?:s|ed)?|outlook|(?-i:may)|might|could|would|potentially|likely|is\s+set\s+to|"
    r"plans?\s+to|aims?\s+to|by\s+20[3-9]\d|in\s+20[3-9]\d)\b", re.I)
_SOURCED = re.compile(r"\bpeople\s+(?:familiar|close|briefed|with\s+knowledge)\b|\b(?:sources|insiders)\s+(?:said|say|says|"
                      r"told|familiar)\b|\baccording\s+to\s+(?:media\s+|news\s+|press\s+|local\s+)?reports\b|"
                      r"\b(?:media|press)\s+reports?\s+(?:said|say|suggest)|\breportedly\b", re.I)
# a commitment reported in indirect speech: "said in June it would invest 450 million yuan in a second plant" (its
# "would" is the reported "will", no forecast)
_REPORTED_WOULD = re.compile(r"\b(?:said|says|announced|confirmed|disclosed)\b" + CLAUSE_CHAR_NO_COLON + r"{0,60}?\b(?P<w>would)\s+"
                             r"(?:(?:also|now|initially|first)\s+)?(?:invest|spend|inject|put|pay|commit)\b", re.I)


def _reported_commitment(text: str, ss: int, se: int, qs: int, qe: int) -> bool:
    """Whether the only forecast word near the amount at ``qs``-``qe`` is the "would" of a reported commitment."""
    rm = None
    for rm in _REPORTED_WOULD.finditer(text, ss, qs):
        pass
    if rm is None or qs - rm.end() > 40:
        return False
    a, b = max(ss, qs - 90), min(se, qe + 12)
    window = text[a:rm.start("w")] + "will " + text[rm.end("w"):b] if rm.start("w") >= a else text[rm.end("w"):b]
    return _FORECAST.search(window) is None


# Every match of _SOURCED and _FORECAST holds one of these (lower-cased; "(?-i:may)" as well).
_SOURCED_WORDS = ("people", "sources", "insiders", "report")
_FORECAST_WORDS = ("forecast", "predict", "project", "estimate", "expect", "guidance", "guided", "guides", "guiding",
                   "anticipat", "target", "outlook", "may", "might", "could", "would", "potentially", "likely", "set",
                   "plan", "aim",
                   "203", "204", "205", "206", "207", "208", "209")
# a figure the sentence says no one has confirmed
_UNCONFIRMED = re.compile(r"\b(?:(?:has|have|had|did)\s+not\s+(?:yet\s+|publicly\s+)?confirm(?:ed)?|unconfirmed|"
                          r"not\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)|could\s+not\s+(?:be\s+)?"
                          r"(?:confirm|verif)\w*|declined\s+to\s+confirm)\b", re.I)
_HEDGE_SPEC = re.compile(r"\b(?:(?-i:may)|might|could|potentially|reportedly|rumou?red)\b", re.I)
_RISE = re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|up|gain(?:s|ed|ing)?|surg(?:e|ed|es|ing)|jump(?:s|ed|ing)?|"
                   r"climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|rall(?:y|ied|ies|ying)|advanc(?:e|ed|ing)|increas(?:e|ed|ing)|"
                   r"higher|limit-up|limit\s+up|price\s+limit|daily\s+limit|upward\s+limit|doubl\w+|rebound\w*|added)\b",
                   re.I)
_FALL = re.compile(r"\b(?:drop(?:s|ped|ping)?|f[ae]ll(?:s|en|ing)?|down|declin(?:e|ed|es|ing)|plummet(?:s|ed|ing)?|"
                   r"plung(?:e|ed|es|ing)|crash(?:ed|es|ing)?|los(?:s|t|es|ing)|slump(?:s|ed|ing)?|tumbl(?:e|ed|es|ing)|"
                   r"slid(?:e|es|ing)?|dip(?:s|ped|ping)?|sank|sink(?:s|ing)?|shed|lower|limit-down|evaporat\w+|wiped|"
                   r"slip(?:s|ped|ping)?|eased|retreat(?:s|ed|ing)?|skid(?:s|ded|ding)?)\b",
                   re.I)
_PRICE_CTX = re.compile(r"\b(?:shares?|stocks?|share\s+price|stock\s+price|price\s+limit|daily\s+limit|upward\s+limit|"
                        r"limit-up|20CM|ETF|index|traded|trading|closed|opened|rall\w+|market\s+trend|surged|plummet\w*|"
                        r"jumped|climb\w*|soared|tumbled|crash|gain|rose|risen|fell|drop|closing|debut\w*|"
                        r"(?:offer|issue|IPO)\s+price|"
                        # machine-translated market reports: "Secondary market, as of August 27 close, X reported 15.62
                        # yuan, up 3.24%, total market value 9.9 billion yuan"
                        r"secondary\s+market|total\s+market\s+value|press\s+time|\d+\s+close|"
                        # a stock code before the move: "2.Ruikeda (688800) up 8.42%;"
                        r"\d{6}(?:\.S[HZ])?\)\s*(?:up|down))\b", re.I)
_MT_QUOTE = re.compile(r"\b(?:secondary\s+market|total\s+market\s+value|press\s+time|\d+\s+close)\b", re.I)
_REPORTED_BEFORE = re.compile(r"\breported\s+$", re.I)
# a figure's approximation words ("about", "more than", ...), shared by the patterns of what stands before a figure
_APPROX = r"(?:about|around|nearly|roughly|some|over|more\s+than|almost)"
_HELD_SHARE = re.compile(r"\b(?:held|holds|hold|had|has|captured|captures|took|takes|commanded|commands|controlled|controls|"
                         r"won|grabbed|accounted\s+for|accounts\s+for|accounting\s+for|made\s+up|makes\s+up|represented|"
                         rf"represents)\s+(?:a\s+|an\s+)?(?:{_APPROX}\s+)?$",
                         re.I)
# (not "took more than 80% of its sales": what customers take of a supplier's own sales)
_SHARE_OF_MARKET = re.compile(r"\s*(?:share\s+)?of\s+(?!(?:its|their|the\s+company['’]s|the\s+group['’]s)\s)(?:the\s+)?(?:global|world|worldwide|domestic|China['’]s|Chinese|national|"
                              r"overall|total)?\s*(?:[\w\-]+\s+){0,6}?(?:market|segment|installations|sales|shipments|deliveries|"
                              r"installed\s+(?:[\w\-]+\s+){0,3}?capacity|volumes?|registrations|output)\b|%\s+of\s+(?:the\s+)?(?:global|world|worldwide|domestic)\b", re.I)
# Growth of these is a growth rate, not a share-price move (not recorded).
_NOT_PRICE = re.compile(r"\b(?:sales|deliveries|delivered|revenues?|profits?|earnings|income|output|production|orders|exports?|"
                        r"imports?|volumes?|installations|shipments|registrations|demand|capacity|spending|investment|"
                        # ("its inventory warning index rose to 58.2 per cent")
                        r"inventory|inventories|"
                        r"penetration|margins?|prices\s+of|(?:battery|car|vehicle|lithium|cell|fuel)\s+prices|sold|"
                        r"year-on-year|month-on-month|yoy|costs?|number\s+of|headcount|jobs|workforce|emissions|consumption|"
                        # (a planned change is no share move: "the number of control units will drop by 30 per cent")
                        r"will\s+(?:drop|fall|rise|climb|decline|increase|decrease|shrink|grow))\b", re.I)
# A company that "rose 7%", "has gained more than 50%", "is up by over 20%": a share-price move.
_VERB_CHANGE = re.compile(r"\b(?:rose|ris(?:en|es|ing)|gained|gains|climbed|climbs|jumped|jumps|surged|surges|soared|soars|"
                          r"rallied|added|advanced|fell|falls|fallen|dropped|drops|slid|slipped|declined|plunged|plummeted|"
                          r"tumbled|sank|lost|finished|closed|ended|eased|retreated|skidded|"
                          r"(?:is|are|was|were)\s+(?:each\s+|both\s+|all\s+)?(?:up|down))\b",
                          re.I)
# a second percentage coordinated with a first one: "9.6% in Shenzhen and as much as " + 21%
_AND_AFTER_PERCENT = re.compile(r"\d\s*(?:%|percent|per\s+cent)(?:\s+(?:in|on)\s+[A-Z][\w\s]{0,20}?)?,?\s+and\s+"
                                r"(?:(?:as\s+much\s+as|about|around|nearly|over|more\s+than|almost|some|by|a\s+further)\s+)*$",
                                re.I)
_LOST_BEFORE = re.compile(rf"\b(?:lost|loses)\s+(?:(?:{_APPROX}|a\s+record)\s+)?$",
                          re.I)
_EARNED_BEFORE = re.compile(rf"\b(?:earned|earns|netted|nets)\s+(?:(?:{_APPROX}|a\s+record)\s+)?$", re.I)
_MARKET_SHARE = re.compile(r"\bmarket\s+share\b|\bshare\s+of\s+the\s+(?:global|domestic|world|chinese|china)\b|"
                           r"\bshare\s+of\s+the\s+(?:[\w\-]+\s+){0,3}?(?:market|segment)\b|"
                           # ("its share of China's new energy passenger car market was 27.6%")
                           r"\bshare\s+of\s+(?-i:[A-Z])[\w\-]*['’]s\s+(?:[\w\-]+\s+){0,4}?(?:market|segment)\b|"
                           # ("with a 44% share of fitments in H1 2025")
                           r"%\s+share\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:fitments|installations|sales|deliveries|shipments|"
                           r"volumes?|registrations|market|segment)\b|"
                           # "A00 level installed share about 38%", "its segment share rose to 27%"
                           r"\b(?:level|segment|class)\s+(?:installed\s+|installation\s+|sales\s+)?share\b|"
                           r"\baccount(?:ed|s|ing)?\s+for\b" + CLAUSE_CHAR + r"{0,30}?%\s+of\s+the\s+(?:global|world|total|domestic|market)",
                           re.I)
# the earlier level a change starts from: "down from", "up from", ", from"
_FROM_BEFORE = re.compile(r"\b(?:down|up|fell|rose|slipped|dropped|climbed|declined|edged\s+(?:up|down)|,)\s+from\s+"
                          r"(?:(?:about|around|nearly|roughly|almost|over|more\s+than)\s+)?$|(?<=,)\s*from\s+$", re.I)
# "for a share of 45.08 percent", "with a combined share of 74.6%"; "came third with 6.12 percent", "followed by Gotion
# High-tech at 4.54 percent" in a ranking whose passage speaks of shares or installations
_SHARE_OF_BEFORE = re.compile(r"\b(?:a|an|its|their)\s+(?:(?:combined|total|joint|overall|global|domestic|world|worldwide|EV|NEV|"
                              r"battery|power|installation|installed|sales|market)\s+){0,4}share\s+of\s+"
                              rf"(?:{_APPROX}\s+)?$", re.I)
_RANKED_WITH = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top)\b[^.;%\d]{0,25}?\b"
                          r"(?:with|at)\s+(?:(?:about|around|nearly|roughly)\s+)?$|"
                          r"\bfollowed\s+by\s+[^,;%\d]{2,60}?\s+(?:with|at)\s+(?:(?:about|around|nearly|roughly)\s+)?$", re.I)
# "..., followed by Gotion at 4.54 percent and EVE Energy at 2.77 percent": a later item of a "followed by" list
_RANKED_NEXT = re.compile(r"\d\s*(?:%|percent|per\s+cent),?\s+(?:and\s+|then\s+)?[^,;%\d]{2,40}?\s+(?:with|at)\s+"
                          r"(?:(?:about|around|nearly|roughly)\s+)?$", re.I)
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\b", re.I)
_RANKING_CTX = re.compile(r"\bshares?\b|\binstall", re.I)
_NOT_SHARE_AFTER = re.compile(r"\s*(?:growth|increase|rise|gain|drop|decline|fall|more|less|higher|lower|year|yoy|"
                              r"of\s+(?:its|their|the\s+company['’]s)\s+(?:revenue|sales|output))\b", re.I)
_MCAP = re.compile(r"\bmarket\s+(?:value|valuation|capitali[sz]ation|cap)\b|\bvaluation\b|\bmarket\s+cap\b|"
                   # "shares rose 1.8% to 60.12 yuan, valuing the company at about 157 billion yuan"
                   r"\bvaluing\s+(?:the\s+(?:company|group|firm|carmaker|automaker|battery\s+maker)|it)\s+at\b|"
                   # "a round that values the Wuhan-based carmaker at almost 30 billion yuan"
                   r"\bvalu(?:es|ed|ing)\s+(?:the\s+(?:(?:(?-i:[a-z][\w\-]*)|[\w]+-based)\s+){0,3}?(?:company|group|firm|carmaker|automaker|maker|"
                   r"start-?up|business|brand|unit)|it|them)\s+at\b", re.I)
_MCAP_CHANGE = re.compile(r"\b(?:increase|gain|added|adds|rose|rise|grew|jump\w*|surge\w*|evaporat\w*|lost|wiped|"
                          r"decrease|decline|shed|erased)\b", re.I)
_MCAP_CHANGE_NP = re.compile(r"\b(?:market\s+(?:value|valuation|capitali[sz]ation|cap))\s+(?:\w+\s+)?(?:increase|gain|growth|"
                             r"rise|loss|decline|decrease|change|surge|jump|drop)s?\b|\b(?:increase|gain|growth|rise|loss|"
                             r"decline|decrease|change|surge|jump|drop)s?\s+(?:in|of)\s+(?:\w+\s+)?market\s+"
                             r"(?:value|valuation|capitali[sz]ation|cap)\b", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:added|adds|gained|gains|increased\s+by|rose\s+by|grew\s+by|lost|loses|shed|wiped\s+out|"
                            r"evaporated|erased|fell\s+by|dropped\s+by)\s+(?:\w+\s+){0,3}$", re.I)
# (an insurer's revenue: "premium income of", "NEV premiums reached", "insurance business income")
_REVENUE = re.compile(r"\b(?:revenue|revenues|turnover|operating\s+income|sales\s+income|premium\s+income|premiums|"
                      r"insurance\s+(?:business\s+)?income)\b", re.I)
_CHANGE_TO_BEFORE = re.compile(r"\b(?:rose|climbed|jumped|surged|grew|increased|soared|fell|dropped|declined|slid|slumped|"
                               r"decreased)\s+(?:by\s+)?[\d.]+\s*(?:%|percent|per\s+cent)(?:\s+(?:year[- ]on[- ]year|"
                               r"from\s+a\s+year\s+(?:earlier|ago)|on\s+the\s+year))?\s+to\s+(?:about\s+|around\s+|roughly\s+)?$",
                               re.I)
_PROFIT = re.compile(r"\b(?:net\s+profit|profit|net\s+income|earnings|net\s+loss|loss)\b", re.I)
_SHARE_PRICE = re.compile(r"\bper\s+share\b|\b(?:share|stock|issue|ipo|offer|listing|closing|opening)\s+price\b|"
                          r"\bopened\s+at\b|\bclosed\s+at\b|\btraded\s+at\b|\bpeak\s+of\b|\bdipped\b|\bto\s+(?:a\s+)?(?:high|low|peak)",
                          re.I)
_CONVERTED = re.compile(r"(?:yuan|HKD|RMB|CNY|dollars?|euros?|billion|million|trillion|\d)\s*[（(]\s*(?:about\s+|around\s+|"
                        r"roughly\s+|approx\.?\s+|approximately\s+|~|or\s+)?$", re.I)
_STAKE_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?for\s+(?:a|an|the|its|another)?\s*(?:[\d.]+\s*%\s+|[\w\-]+\s+){0,2}?"
                          r"(?:stake|shareholding|holding|interest|equity)\b", re.I)
_INVEST = re.compile(r"\binvest(?:s|ed|ing|ment)?\b", re.I)
# the currency sign or code that may stand right before an amount, at the end of the text before it
_CURRENCY_END = r"(?:[A-Z]{0,3}[$¥€]|RMB|CNY|HKD|USD|EUR)?\s*$"
_SPEND_BEFORE = re.compile(r"\b(?:spend|spends|spent|spending|(?:is|are)\s+pouring|poured|pours)\s+"
                           r"(?:(?:about|around|roughly|nearly|another|an\s+additional|a\s+further|up\s+to|more\s+than)\s+)?"
                           + _CURRENCY_END, re.I)
_ON_FACILITY_AFTER = re.compile(r"(?:\s*[（(][^()（）]{0,30}[)）])?(?:\s+(?:in|during)\s+\d{4}|\s+(?:this|next)\s+year)?\s+"
                                r"(?:(?:on|in|into)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:[\w\-]+\s+){0,6}?|"
                                # ("will spend 450 million yuan this year to expand its module lines")
                                r"to\s+(?:expand|build|add|upgrade|double|enlarge)\s+(?:a\s+|an\s+|the\s+|its\s+)?"
                                r"(?:[\w\-]+\s+){0,3}?)"
                                r"(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|bases?|sites?|lines?|projects?|expansion|"
                                r"gigafactor(?:y|ies)|centres?|centers?|campus|phase|capacity)\b", re.I)
# "The 1.1 billion yuan project will make ...", "a 2 billion yuan plant": the amount a facility's name carries
_FACILITY_NOUN_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:project|plant|factory|facility|gigafactory|production\s+base|"
                                  r"expansion)\b", re.I)
_COST_BEFORE = re.compile(r"\b(?:(?:plant|factory|facility|base|site|line|project|expansion|phase)\s+(?:is\s+|was\s+)?"
                          r"(?:budgeted|costed|valued)\s+at|(?:plant|factory|facility|project|expansion|phase)\s+"
                          r"(?:cost|costs|will\s+cost|would\s+cost)|"
                          r"(?:expanded|built|upgraded|opened|set\s+up)\s+at\s+a\s+cost\s+of)"
                          r"\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?" + _CURRENCY_END, re.I)
_PUT_BEFORE = re.compile(r"\b(?:put|puts|putting|pumped|pumps|injected|injects)\s+(?:(?:about|around|roughly|nearly|another|"
                         r"an\s+additional|a\s+further)\s+)?" + _CURRENCY_END)
# An amount a company raised in a round or put into one: "raised more than 11 billion yuan in its Series C", "closed a
# Series A funding round of nearly 5 billion yuan", "Dongfeng itself put in 900 million yuan", "contributed 1.36 billion"
_RAISED_BEFORE = re.compile(r"\b(?:(?:raised|raises|raising|secured|secures|attracted)\s+|"
                            r"(?:funding|financing|fundraising|investment)\s+(?:round\s+)?of\s+|"
                            r"(?:put|puts)\s+in\s+|(?:contributed|contributes)\s+)"
                            r"(?:(?:more\s+than|nearly|about|around|roughly|almost|over|some|another|a\s+combined|"
                            r"a\s+total\s+of|an\s+additional|a\s+further)\s+)?" + _CURRENCY_END,
                            re.I)
# "closed a 200 million yuan Series B round": the amount of a named funding round
_NAMED_ROUND_AFTER = re.compile(r"\s+(?:(?:Series|Pre-)\s*[A-F]\d?\+?|angel|seed|strategic|pre-IPO|[A-F]\d?\+?)\s+"
                                r"(?:funding\s+|financing\s+|equity\s+)?round\b", re.I)
_ROUND_IN_AFTER = re.compile(_NAMED_ROUND_AFTER.pattern + r"\s+(?:in|for)\s+(?:the\s+)?", re.I)
_ROUND_CTX = re.compile(r"\b(?:round|Series\s+[A-F]|Pre-[A-F]|funding|financing|fundraising|investors|shareholders|"
                        r"alongside)\b", re.I)
_OFFERING_CTX = re.compile(r"\b(?:IPO|initial\s+public\s+offering|listing|listed|debut|share\s+sale|placing|placement|"
                           r"offering|bonds?|notes|loans?|debt|credit|convertible|cornerstones?|HKEX|NYSE|Nasdaq|"
                           r"trading\s+under)\b", re.I)
_STAKE_WITH_BEFORE = re.compile(r"\b(?:acquir\w*|buy|buys|bought|purchas\w*|take|took|takes)\s+(?:a|an|the)?\s*"
                                r"(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?(?:stake|equity|shareholding|interest)\s+(?:of|in)\s+"
                                + CLAUSE_CHAR + r"{1,50}?\s+(?:with|for)\s+(?:about\s+|around\s+|nearly\s+)?" + _CURRENCY_END,
                                re.I)
_INTO_AFTER = re.compile(r"\s+into\s+(?:the\s+)?(?-i:[A-Z])|\s+into\s+the\s+(?:company|firm|start-?up)\b")
_FUND_SCALE = re.compile(r"\bscale\b|\bfund\s+size\b|\bAUM\b|\bnet\s+inflow|\bnet\s+outflow|\btransaction\s+volume|"
                         r"\bturnover\b|\binflows?\b|\boutflows?\b|\bmarket\s+space|\bmarket\s+size|\bdemand\b", re.I)
_NATIONAL = re.compile(r"\b(?:China|Chinese|China['’]s|national|nationwide|domestic|the\s+country|whole\s+market|"
                       r"(?:automotive|auto|battery|NEV|EV)\s+(?:sector|industry|market))\b", re.I)
_PRONOUN = re.compile(r"\b(?:[Ii]t|[Ii]ts|[Tt]he\s+stock|[Tt]he\s+shares|[Ss]hares|[Tt]he\s+company|[Tt]he\s+firm|"
                      r"[Tt]he\s+group|Group(?=\s+(?:sales|revenue|deliveries|output|net\s+profit|profit)\b)|"
                      r"[Tt]his\s+battery|[Tt]he\s+battery|[Tt]his\s+product|[Tt]he\s+product)\b")
_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but|although)\b|\s[—–]\s")
_MEASURE_WORDS = [
    (Measure.deliveries, re.compile(r"\bdeliver(?:ies|y|ed|ing|s)?\b|\bhand(?:ed|s)?\s+over\b|\bhandovers?\b|"
                                    r"\breached\s+(?:customers|buyers|owners)\b", re.I)),
    # ("was its best seller with 1,420 units")
    (Measure.sales, re.compile(r"\b(?:sales|sold|sell(?:s|ing|ers?)?|export(?:s|ed|ing)?|registrations|registered)\b", re.I)),
    # ("exports made up 1,144,588 units of that total" is a share, not output)
    (Measure.production, re.compile(r"\b(?:output|produc(?:ed|tion|es|ing)|manufactured|built|made(?!\s+up\b))\b", re.I)),
    (Measure.orders, re.compile(r"\b(?:orders?|pre-orders?|bookings?|reservations?)\b", re.I)),
]

# The measure patterns with words that every match of theirs holds (lower-cased).
_MEASURE_WORDS_GUARDED = [(meas, rx, words) for (meas, rx), words in zip(_MEASURE_WORDS, (
    ("deliver", "hand", "reached"), ("sales", "sold", "sell", "export", "registrations", "registered"),
    ("output", "produc", "manufactured", "built", "made"),
    ("order", "booking", "reservation")))]

_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|data\s+from|figures\s+from|compiled\s+by|source:)\s+(?:the\s+)?$", re.I)
# A sentence that makes up a whole line and holds only a company's name (and a parenthesised ticker) heads a section:
# the bullets under it report that company's figures ("SAIC Motor (600104.SH)" then "- Sold 4 million vehicles").
_HEADING_REST = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*:?[ \t]*(?:\n|$)")
_BULLET = re.compile(r"[ \t]*(?:[-*•·▪]|\d{1,2}[.)])[ \t]")
# A capitalised word right before a reporting or count verb is that verb's own subject ("in 2023 Aian sold 480,003
# vehicles", "Horizon reported revenue of ..."); when no known name is there, an earlier name is not the subject.
_ACTOR_VERB = re.compile(r"\b(?P<w>[A-Z](?:[a-z][\w\-]*|[A-Z]+))(?:['’]s)?\s+(?:(?:also|alone|still|then|only|has|have|had|"
                         r"already)\s+)?(?:sold|delivered|reported|posted|earned|generated|recorded|booked|produced|"
                         r"shipped|handed\s+over)\b")
_ACTOR_POSS = re.compile(r"\b(?P<w>[A-Z](?:[a-z][\w\-]*|[A-Z]+))['’]s?\s+(?:[a-z][\w\-]*\s+){0,3}?(?:revenue|sales|"
                         r"profit|income|earnings|output|production|deliveries|shipments)\b")
_NOT_ACTOR = frozenset({"It", "Its", "They", "He", "She", "We", "The", "This", "That", "These", "Those", "Company",
                        "Group", "Firm", "Brand", "Automaker", "Carmaker", "Sales", "Shares", "Revenue", "And", "But",
                        "Which", "Who", "Also", "January", "February", "March", "April", "May", "June", "July",
                        "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
                        "Thursday", "Friday", "Saturday", "Sunday", "In", "On", "By", "Last", "Overall", "Together", "Inc",
                        "Ltd", "Co", "Corp", "Limited", "Holdings", "Motor", "Motors", "Auto", "Automobile",
                        "Technology", "Technologies", "International", "Europe", "China", "Global", "Worldwide",
                        "Combined", "Altogether", "Separately", "Meanwhile", "Subsequently"})
# "Sold 4 million vehicles, of which 1 million were sold overseas": the part takes the measure of the whole.
_OF_WHICH = re.compile(r",\s*of\s+which\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|around\s+|some\s+|almost\s+|"
                       r"roughly\s+|approximately\s+)?$", re.I)
# a second count of the same measure with its own period: "delivered 11,866 vehicles in March and 30,053 in the first
# quarter"
_IN_YEAR_AFTER = re.compile(r"\s+(?:(?:units|vehicles|cars)\s+)?(?:in|for|during)\s+(?:19|20)\d\d\b")
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)
# a name and "with" before a count that leaves its noun out: "ahead of BYD with 3,137 and XPeng with 2,205"
_NAME_WITH_BEFORE = re.compile(r"(?:\bahead\s+of|\bfollowed\s+by|\bbehind|\band|,)\s+(?:the\s+)?(?-i:[A-Z])[\w\-&.]*"
                               r"(?:\s+(?-i:[A-Z])[\w\-&.]*){0,3}\s+(?:with|at)\s+(?:about\s+|nearly\s+|around\s+)?$")
_AND_GAPPED_COUNT = re.compile(r"\s+and\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|around\s+|some\s+|almost\s+|"
                               r"roughly\s+)?$", re.I)
_OWN_PERIOD_AFTER = re.compile(r"\s+(?:(?:vehicles|cars|units)\s+)?(?:in|for|during|over|across)\s+(?:the\s+)?"
                               r"(?:first|second|third|fourth|whole|full|past|same|latest|[A-Z][a-z]+|\d{4}|quarter|half|"
                               r"year|month)\b")
# "Minth's shares climbed 6.8 percent to HKD15.40": the price the shares moved to
_SHARE_CHANGE_TO = re.compile(r"\b(?:shares|stock|share\s+price|stock\s+price)\b" + CLAUSE_CHAR + r"{0,40}?\b(?:rose|climbed|jumped|surged|"
                              r"gained|added|advanced|soared|fell|dropped|declined|slid|slumped|lost|tumbled|plunged|sank)\s+"
                              r"(?:by\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+to\s+(?:close\s+at\s+)?$", re.I)
# The per-share price of an offering: "sold its shares at HK$3.99 each", "placed 200 million new shares at HK$12".
_SHARES_AT = re.compile(r"\bshares\s+at\s+$", re.I)
# A plant's or factory's capacity ("a 100 GWh factory", "annual capacity of 150,000 vehicles") belongs to the company
# building it, never to a country named nearby.
_FACILITY_AFTER = re.compile(r"[\s*]*(?:[\w\-]+\s+){0,2}?(?:plant|factory|gigafactory|base|facility|site)\b", re.I)
# "which can turn out as many as", "will be able to make", "the plant can produce": a plant's yearly volume
_CAN_MAKE_BEFORE = re.compile(r"\b(?:can|could|will\s+be\s+able\s+to|is\s+able\s+to|are\s+able\s+to|is\s+designed\s+to|"
                              r"was\s+designed\s+to|will)\s+(?:(?:eventually|initially|ultimately|then|now|already|currently|"
                              r"together)\s+)?(?:make|produce|build|"
                              r"assemble|turn\s+out|roll\s+out|process)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|"
                              r"as\s+many\s+as\s+|more\s+than\s+|over\s+)?$", re.I)
_A_YEAR_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+year\b|\s+annually\b", re.I)
_CAPACITY_BEFORE = re.compile(r"\bcapacity\s+(?:of|to\s+(?:build|make|produce|assemble)|for|"
                              # "lifting its capacity to 2.5 million units", "annual capacity in China reached 1 million
                              # sets", "capacity will rise to"
                              r"(?:(?:in|at)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+)?(?:(?:will\s+)?(?:rise|increase|grow|reach|climb)\s+to|"
                              r"(?:rose|increased|grew|climbed)\s+to|to|reached|reaches|hit|hits|stood\s+at|stands\s+at))\s+"
                              r"(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)
# "add 200,000 sets of subframe capacity": a count of the capacity named after it
_OF_CAPACITY_AFTER = re.compile(r"\s*(?:units|sets|vehicles)\s+of\s+(?:[\w\-]+\s+){0,3}?(?:production\s+)?capacity\b", re.I)
# the goods a capacity counts, when no count word of _UNIT_WORDS names them: "30 million electronic expansion valves"
# (not a weight, a size or a time: "20,000 tonnes a year", "30,000 square metres", "five years")
_PLURAL_GOODS_AFTER = re.compile(r"\s*(?!(?:metric\s+)?(?:tonnes|tons|kilograms|kilos|metres|meters|kilometres|kilometers|"
                                 r"hectares|acres|years|months|days|hours|minutes|times|percent|square|cubic)\b)"
                                 r"(?:[a-z][a-z\-]*\s+){0,3}?[a-z][a-z\-]*[^s\W]s\b(?!\s+of\b)")
# The price of an acquisition ("the transaction price is 11.5 billion yuan") is the buyer's investment; the buyer is
# the name that the buying verb follows, not the seller ("held by X") named nearer to the figure.
_DEAL_PRICE = re.compile(r"\b(?:transaction|purchase|acquisition|deal)\s+(?:price|consideration|value)\b", re.I)
_BUYING = re.compile(r"\b(?:acquir\w*|buy\w*|purchas\w*|stake|equity|shareholding)\b", re.I)
_BUYER_AFTER = re.compile(r"\s+(?:(?:intends|plans|agreed|agrees|has\s+agreed|is\s+set|will|would|is\s+to)\s+"
                          r"(?:with\s+[^,;.]{1,40}?\s+)?(?:to\s+)?)?(?:acquire|buy|purchase|take\s+over|pay|use|spend)\b")
_PAY_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying|use|uses|used|using|spend|spends|spent|spending)\s+(?:about\s+|around\s+|"
                         r"nearly\s+|some\s+|up\s+to\s+|a\s+total\s+of\s+)?$", re.I)
_FOR_STAKE_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:in\s+cash\s+)?(?:for|to\s+(?:acquire|buy|purchase|take\s+over))\s+"
                              r"(?:an?\s+|the\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)|"
                              r"(?:[\w\-]+\s+){0,2}?(?:stake|shares|equity|shareholding|interest|control))", re.I)
_AGENT_BY_BEFORE = re.compile(r"\b(?:spun\s+(?:out|off)|owned|controlled|backed|founded|co-founded|created|set\s+up|"
                              r"acquired|bought|taken\s+private|led|run)\s+(?:(?:equally|jointly|partly|wholly|fully|majority|"
                              r"50-50|50:50)\s+)?by\s+(?:the\s+)?$|"
                              # ("WeLion, a company spun out of the Chinese Academy of Sciences, has developed ...")
                              r"\b(?:spun\s+(?:out|off)|grew\s+out|incubated|hatched)\s+(?:of|from|by)\s+(?:the\s+)?$|"
                              # ("Avatr, the brand under Changan Automobile, ...")
                              r"\b(?:brand|unit|subsidiary|arm|division|affiliate)\s+(?:under|of)\s+(?:the\s+)?$", re.I)
_AGENT_BY_AND_BEFORE = re.compile(r"\b(?:owned|controlled|backed|founded|co-founded|created|set\s+up|led|run)\s+"
                                  r"(?:jointly\s+|equally\s+)?by\s+(?:the\s+)?(?-i:[A-Z])[\w&.'’\-]*"
                                  r"(?:\s+(?:(?:of|and|for)\s+)?(?-i:[A-Z])[\w&.'’\-]*){0,7}\s+and\s+(?:the\s+)?$", re.I)
_EACH = re.compile(r"\beach\b|\brespectively\b", re.I)
_SPEC_PRONOUN = re.compile(r"\b(?:[Ii]t|[Ii]ts|[Tt]his\s+battery|[Tt]he\s+battery|[Tt]he\s+cell|[Tt]he\s+pack|[Tt]he\s+product)\b")
# Company measures that a sentence without any name reports for the company of the previous sentence.
_CARRIED = frozenset({Measure.revenue, Measure.profit, Measure.deliveries, Measure.orders, Measure.investment,
                      Measure.sales, Measure.production})
_VOLUME_LEAD = re.compile(r"\b(?:[Ss]ales|[Ee]xports|[Oo]utput|[Pp]roduction|[Dd]eliveries|(?<=[a-z] )sold)\b")
_NOT_A_VOLUME = re.compile(r"\b(?:capacity|designed|a\s+year|per\s+year|enough\s+to|selling|fewer\s+than|could|would|targets?|"
                           r"aims?|goal|plans?)\b|"
                           r"\b(?:at|of|from|by)\s+(?-i:[A-Z])[a-z]+", re.I)
_NAMED_VOLUMES = frozenset({Measure.sales, Measure.production})


def _named_volume(text: str, cl_s: int, qs: int, cl_e: int) -> bool:
    """Whether the clause ``text[cl_s:cl_e]`` names a sales or output figure by its noun before ``qs`` ("Overseas sales
    reached ...") and is not a capacity, a rate a year, a threshold or someone else's ("output at Millet")."""
    return _VOLUME_LEAD.search(text, cl_s, qs) is not None and _NOT_A_VOLUME.search(text, cl_s, cl_e) is None


_BARE_COUNT_VERB = re.compile(r"\b(?:delivered|sold|produced|handed\s+over|shipped|exported)\s+(?:about\s+|nearly\s+|more\s+than\s+|"
                              r"over\s+|around\s+|some\s+)?$", re.I)
# a fleet buyer's verb before a count of vehicles, and the seller after it
_BUY_BEFORE = re.compile(r"\b(?:order|orders|ordered|ordering|buy|buys|bought|buying|purchase|purchases|purchased|take|takes|"
                         r"took|lease|leases|leased|leasing)\s+(?:(?:up\s+to|about|around|some|nearly|more\s+than|another|"
                         r"an\s+additional|a\s+further)\s+)?$", re.I)
_ORDERED_FROM = re.compile(r"(?:\s+(?:[\w\-+]+|&)){0,5}?\s+from\s+(?:the\s+)?")
_SUPPLY_COUNT_BEFORE = re.compile(r"\b(?:will|to|would|agreed\s+to)\s+supply\s+(?:(?-i:[A-Z])[\w\-&]*(?:\s+(?-i:[A-Z])[\w\-&]*){0,3}"
                                  r"\s+with\s+)?(?:up\s+to|about|around|some|nearly|more\s+than)\s+$", re.I)
_SHIPPED = re.compile(r"\b(?:shipped|ships|shipments?|shipping)\b", re.I)
_BARE_COUNT_WORDS = ("delivered", "sold", "produced", "handed", "shipped", "exported")  # one is in every _BARE_COUNT_VERB match
_UNIT_WORDS_ANY = re.compile(r"\b(?:units|vehicles|cars|EVs|NEVs)\b")
# cylindrical cell formats named by their diameter and height
_CELL_FORMATS = frozenset({"18650", "21700", "2170", "4680", "4695", "4680s", "46800", "46950", "4660", "4690", "46120"})
_CELL_FORMAT_AFTER = re.compile(r"(?:-type|-format)?\s+(?:(?:large\s+)?(?:cylindrical|round|format|type)\s+)*"
                                r"(?:cells?|batter(?:y|ies)|packs?|format|cylindrical)\b", re.I)
_NOT_COUNT_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent|yuan|dollars?|euros?|GWh|MWh|kWh|Wh|km|kW|PS|hp|bhp|horsepower|Nm|"
                              r"mph|kg|seconds|people|employees|staff|"
                              r"workers|jobs|stores|shares|sq|square|tons?|tonnes?|times|-|–|to\s+\d|"
                              # ("delivered more than 2.2 million fully driverless rides")
                              r"(?:[a-z\-]+\s+){0,2}(?:rides|trips|journeys|passengers|miles|kilometres|kilometers)\b)", re.I)
_NOUN_VERB_COUNT = re.compile(
    r"\b(?P<noun>sales|deliveries|orders|pre-orders|bookings|output|production|shipments|exports)\s+"
    # ("Deliveries at NIO (NIO.N) came to 31,138": a ticker among the words between)
    r"(?:[\w\-]+\s+|[（(][^()（）\d]{0,12}[A-Z][^()（）]{0,12}[)）]\s+){0,4}?"
    r"(?:hit|reached|reach|totall?ed|exceeded|passed|topped|surpassed|crossed|rose\s+to|fell\s+to|climbed\s+to|jumped\s+to|"
    r"grew\s+to|increased\s+to|dropped\s+to|were|was|stood\s+at|came\s+in\s+at|came\s+to|amounted\s+to|of)\s+(?:about\s+|nearly\s+|"
    r"more\s+than\s+|over\s+|around\s+|almost\s+|some\s+|roughly\s+|a\s+record\s+)?$", re.I)
_NOUN_COUNT_WORDS = ("sales", "deliveries", "orders", "bookings", "output", "production", "shipments", "exports")
_NOUN_MEASURE = {"sales": Measure.sales, "deliveries": Measure.deliveries, "orders": Measure.orders,
                 "pre-orders": Measure.orders, "bookings": Measure.orders, "output": Measure.production,
                 "production": Measure.production, "shipments": Measure.sales, "exports": Measure.sales}
_FUND_UNITS = re.compile(r"\b(?:units|shares)\s+(?:in\s+issue|outstanding)\b|\bfund\s+units\b", re.I)
# A relative clause, or an apposition holding one ("HIMA, the alliance that sells AITO and Luxeed cars, delivered").
# ("Leapmotor, in which Stellantis took a 21% stake, delivered", "Zeekr, spun off by Geely in 2021, delivered",
# "XPeng, now sold by Bilia, registered")
_RELATIVE_OPEN = re.compile(r",\s+(?:which\b|who\b|whose\b|(?:the|a|an|its|their)\s+[^,;()]{0,50}?\b(?:that|which|who)\s|"
                            r"(?:in|of|to|for|with|from|by|under|through)\s+(?:which|whom)\b|"
                            r"(?:(?:now|once|also|mainly|locally|still)\s+)?"
                            # ("XPeng, now sold by Bilia, registered 164": the seller is not the subject)
                            r"(?:spun\s+(?:off|out)|backed|owned|controlled|founded|acquired|bought|led|run|sold|distributed|"
                            r"imported|retailed|represented)\s+by\b)")
_ANCHOR_GAP = re.compile(r"[\s*]*(?:\([^()]{0,40}\)[\s*]*)?")  # between a name and its apposition's comma
_COMPARED_BEFORE = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|unlike|replac\w+|successor\s+to|"
                              r"predecessor\s+of)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# a second verb of the clause's subject, just before the figure ("... and sold 3.02 million", ", and delivered"), and
# the first verb whose object a name before it is ("sells the Atto 3 ... and sold"): that name is no subject
_AND_VERB_BEFORE_FIGURE = re.compile(
    r"(?:,\s*|\s+)and\s+(?:(?:has|have|had|also|then)\s+)*(?:sold|delivered|shipped|produced|built|reported|posted|"
    r"booked|recorded|handed\s+over)\s+(?:(?:a|an|about|around|nearly|almost|more\s+than|over|some|roughly)\s+)?$")
_VERB_BEFORE_OBJECT = re.compile(r"\b(?:sells|sold|makes|made|builds|built|offers|offered|exports|exported|launched|"
                                 r"launches|supplies|supplied|assembles|assembled|produces|produced)\s+"
                                 r"(?:the\s+|its\s+|their\s+)?$")
# between a company and its share in a list that leaves the noun out ("NXP 15%", "Bajaj Auto with 19.7%", "CATL's 36.8%")
_GAPPED_SHARE_GAP = re.compile(r"(?:['’]s?)?\s*(?:,\s*)?(?:with\s+|at\s+|on\s+)?"
                               r"(?:(?:about|around|roughly|nearly|some|almost|just\s+over|just\s+under|over)\s+)?")
_PAREN_OR_NOTHING = re.compile(r"[)）]?(?:\s*[（(][^()（）]{0,40}[)）])?")
_VENTURE_OWNERS_BEFORE = re.compile(r",\s+(?:the|a|an|its|their)\s+(?:[\w\-:]+\s+){0,3}?(?:joint\s+venture|venture|"
                                    r"partnership|JV)\s+(?:between|of|with|owned\s+by|set\s+up\s+by)\s+[^,;()]{0,90}$")
_APPOS_BEFORE = re.compile(r",\s+(?:one\s+of\s+)?(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,6}?$")
_MARKET_MEASURES = frozenset({Measure.share_price, Measure.share_price_change, Measure.market_cap, Measure.fund_size})
_MULTI_DAY = re.compile(r"\b(?:over|in|during|for)\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:sessions|days|weeks|months|"
                        r"trading\s+days)\b|\bsince\b|\bso\s+far\b|\bthis\s+(?:week|month|year)\b|\bpeak\b|\bonce\b|\bever\b",
                        re.I)
_COMPANY_SAID = re.compile(r"\s+(?:said|says|reported|announced|disclosed)\b")
_WINDOW = re.compile(r"\s*(?:\w+\s+){0,2}?(?:over|in|during)\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:sessions|"
                     r"trading\s+days|days|weeks)\b", re.I)
# Patterns of single tests in the quantity, measure and subject rules.
_SAME_NAME_GAP = re.compile(r"\s*[（(,]?\s*")
_GLOBAL = re.compile(r"\b(?:global|world|worldwide)\b", re.I)
_YEAR_NUM = re.compile(r"\d{4}$")
_LETTER_END_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-/")  # no number right after one
_SEGMENT_AFTER = re.compile(r"\s*\+|\s*(?:luxury\s+|price\s+)?(?:segment|category|range|class|level|bracket)")
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+)?$")
_TO_LEVEL_AFTER = re.compile(r"\s*(?:[\w\s]{0,12})?\bto\s+\S*\d")
_CAPACITY_CTX = re.compile(r"capacity|production\s+base|plant|factory|installed", re.I)
_CYCLE = re.compile(r"cycle", re.I)
# the value of an order or a contract: "a 250 million yuan order for the Walker S2", "the contract is worth about 510
# million yuan", "the contract amount is 250 million yuan", "orders total amount already exceeds 400 million yuan"
_ORDER_MONEY_AFTER = re.compile(r"^\s*(?:(?:[\w\-]+\s+){0,2}?(?:supply\s+|purchase\s+|procurement\s+)?(?:orders?|contracts?)"
                                r"|worth\s+of\s+(?:orders?|contracts?))\b(?!\s+(?:manufactur|research|development|logistics))",
                                re.I)
_ORDER_MONEY_BEFORE = re.compile(
    r"\b(?:orders?|contracts?|(?:business\s+)?awards?)\b(?:\s+(?!worth\b|valued\b|value\b|amount\b|total\b)[\w\-]+){0,4}?\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:worth|valued\s+at|(?:with\s+a\s+)?(?:total\s+)?value\s+of|amount(?:\s+is|\s+was|\s+of|\s+to)?|"
    r"total(?:\s+amount)?(?:\s+(?:already\s+)?(?:exceeds?|exceeded|reached|reaches|is|was))?|(?:already\s+)?exceed(?:s|ed))\s+"
    r"(?:(?:about|around|roughly|nearly|approximately|some|more\s+than|over|almost)\s+)?(?:RMB|CNY|US\$|HK\$|\$|€|¥|￥)?\s*$",
    re.I)
_ORDER_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:contracts?|orders?|deals?|(?:supply\s+)?agreements?|package|procurement)\b", re.I)
# Before GWh of batteries moved in a period: sold or shipped (sales), or delivered and deployed (deliveries)
_GWH_MOVED_BEFORE = re.compile(r"\b(?:(?:shipped|sold|shipments?(?:\s+volume)?|sales\s+volume)|(?P<d>delivered|deployed|deliveries))"
                               r"\s+(?:(?:of|was|were|reached|totall?ed|hit|about|around|nearly|some|more\s+than|over)\s+){0,2}$",
                               re.I)
_UNITS_OUTSTANDING = re.compile(r"\s*(?:fund\s+)?units\s+(?:outstanding|in\s+issue)")
_SHARES_OF_FUND = re.compile(r"\bshares\s+of\s+(?:the\s+)?" + CLAUSE_CHAR + r"{0,40}(?:ETF|Fund)", re.I)
_LEVEL_VERB_BEFORE = re.compile(r"\b(?:to|at|of|reached|totall?ed)\s+$")
_PER_SHARE_AFTER = re.compile(r"\s*(?:HKD|yuan|RMB|CNY)?\s*(?:(?:per|a)\s+|/\s*)share\b", re.I)
_ONE_IN = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)
_VOLUME_MEASURES = frozenset({Measure.deliveries, Measure.sales, Measure.production, Measure.orders})
_UNITS_OF = re.compile(r"\s*(?:units?|vehicles?|cars?)\s+of\s+(?:the|its|their)\s+(?:new\s+|latest\s+)?", re.I)
# Chinese makers as a group, whose share or sales the gold files give to China
_CHINESE_GROUP = re.compile(r"\b(?:Chinese|China['’]s)\s+(?:car\s+|EV\s+|auto\s+)?(?:brands|carmakers|automakers|makers|"
                            r"manufacturers)\b(?:\s+as\s+a\s+group)?")
# a part of a count named just before ("contributed 2,160 units", "accounted for 6,400 of them")
_PART_OF_TOTAL = re.compile(r"\b(?:contributed|added|accounted\s+for|made\s+up|represented)\s+(?:about\s+|around\s+|"
                            r"roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|almost\s+)?$")
# what may stand between a figure and the maker or brand it counts ("1,566 new BYD registrations")
_NEW_BEFORE_NAME = re.compile(r"\s+(?:new\s+)?")
_COUNTED_MAKERS = frozenset({"Company", "Brand"})
_UNITS_AFTER = re.compile(r"\s*(?:units?|vehicles?|cars?|orders?|sedans?|SUVs?|MPVs?|hatchbacks?|trucks?|buses|registrations)\b", re.I)
# a car's price, not a share's: the sentence speaks of cars or their trims and not of shares
_CAR_PRICE = re.compile(r"\b(?:cars?|vehicles?|SUVs?|sedans?|MPVs?|crossovers?|hatchbacks?|pickups?|models?|variants?|"
                        r"versions?|trims?|editions?|starting\s+price|starts\s+at|retail\s+price|sticker|orders)\b", re.I)
_SHARE_WORDS = re.compile(r"\b(?:shares?|stocks?|IPO|offering|listing|listed|per\s+share|H-shares?|A-shares?|"
                          r"trading|traded|debut)\b", re.I)
_PRICE_BEFORE = re.compile(r"\b(?:opened|closed|traded|priced)\s+at\s+$|\bprice\s+of\s+$|"
                           # (machine translation's quote: "up 10.00%,close 31.57 yuan")
                           r"%\s*[,，]\s*(?:close|closed|closing\s+price)\s+$|"
                           # ("rose 6.2% to close at 14.35 yuan")
                           r"\bto\s+(?:close|end|finish|settle|open)\s+(?:the\s+(?:day|session)\s+)?at\s+$|"
                           r"\bpric(?:ed|ing)\s+(?:its\s+|their\s+|the\s+)?(?:[A-Z]-?\s*)?(?:shares?\s+)?at\s+$|"
                           r"\bas\s+(?:low|high)\s+as\s+$|\bprice\s+(?:\w+\s+){0,2}?from\s+(?:about\s+|roughly\s+|"
                           r"around\s+|some\s+)?$|\b(?:closed|opened|ended|finished|traded|settled)\b[^;]{0,25}\bat\s+$|"
                           # ("saw its shares fall 2.3% to 16.20 yuan": the verb's base form too)
                           r"\b(?:rose|fell|gained|lost|dropped|climbed|slid|jumped|surged|soared|rallied|plunged|tumbled|declined|up|down|"
                           r"rise|fall|gain|drop|climb|slide|jump|surge|soar|rally|plunge|tumble|decline)\s+"
                           r"(?:(?:as\s+much\s+as|by|about|around|nearly|almost|some|more\s+than|over|up\s+to)\s+){0,2}"
                           r"[\d.]+\s*%\s+to\s+$|"
                           # "closed down 0.6% today, reported 263.1 yuan", "closing up 3.46%, report 52.80 yuan/share"
                           r"\b(?:closed|closing|ended|ending|finished)\s+(?:up|down|higher|lower)\s+(?:by\s+)?[\d.]+\s*%"
                           r"(?:\s+(?:today|on\s+\w+))?\s*,?\s*(?:report(?:ed|ing)?|at|to|quoted\s+at)\s+$",
                           re.I)
_MCAP_LOSS = re.compile(r"evaporat|lost|wiped|decrease|decline|shed|erased|loss|fell|dropped", re.I)
_LOSS = re.compile(r"\bloss\b", re.I)
_MONEY_NOUN_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:in|of)\s+(?:net\s+|operating\s+|total\s+|annual\s+|quarterly\s+)?"
                               r"(?P<w>revenues?|sales|turnover|profits?|net\s+income|earnings|loss(?:es)?)\b", re.I)
_PER_SHARE = re.compile(r"\bper\s+share\b", re.I)
# amounts per share that are not its price
_PER_SHARE_AMOUNT_BEFORE = re.compile(r"\b(?:dividends?|payouts?|distributions?|earnings\s+per\s+share|EPS|book\s+value|"
                                      r"net\s+assets\s+per\s+share)\b(?:\s+(?:of|was|were|is|at|came\s+to|rose\s+to|fell\s+to))?"
                                      r"(?:\s+[\w\-]+){0,3}?\s*$", re.I)
_CATEGORY_BEFORE = re.compile(r"(?:of|in)\s+(?:new\s+energy|electric|NEV|EV|plug-in|hybrid)[\w\s\-]{0,30}$", re.I)
_OF_GLOBAL = re.compile(r"\bof\s+the\s+(?:global|world)", re.I)
# "closed 16.4% above its offer price": a move against the issue price
_VS_OFFER = r"|(?:above|over)\s+(?:its|their|the)\s+(?:offer|issue|IPO|listing|placement)\s+price\b"
_FALL_AFTER = re.compile(r"\s*(?:drop|decline|fall|loss|plunge|lower\b|down\b|below\s+(?:its|their|the)\s+(?:offer|issue|IPO|"
                         r"listing|placement)\s+price\b)")
_RISE_AFTER = re.compile(r"\s*(?:rise|gain|increase|jump|higher\b|up\b" + _VS_OFFER + ")")
_CHOSEN_BY_BEFORE = re.compile(r"\b(?:nominated|selected|picked|chosen|designated|tapped|awarded|hired)\s+(?:\w+\s+){0,2}?by\s+"
                               r"(?:the\s+)?$|\b(?:orders?|contracts?|awards?)\s+from\s+(?:the\s+)?$")
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?(?:new\s+)?[\w\-\s]{0,20}$")
_DATA_FROM_BEFORE = re.compile(r"\b(?:data|figures|statistics|report|survey|numbers)\s+(?:\w+\s+)?(?:from|by)\s+(?:the\s+)?$|"
                               r"\baccording\s+to\s+(?:the\s+)?$", re.I)
_LIST_GAP = re.compile(r"\s*(?:,|、|and|&|\s)+\s*(?:both\s+)?")
# a comma and a conjunction that open a new clause, not a list's next member (", and its air suspension unit")
_CLAUSE_JOINT = re.compile(r"\s*,\s*(?:and|but|while)\s+")
_START_REF = attrgetter("start", "ref")  # mentions in text order, a name before a reference at the same offset
# "production and sales (respectively) reached" + two figures: the first is the first measure's, the second the other's
_PAIRED = re.compile(r"\b(production|output|sales|deliveries|exports)\s+and\s+(production|output|sales|deliveries|exports)\b"
                     r"[^.;\d]{0,60}?\b(?:reached|were|was|totall?ed|hit|stood\s+at|came\s+in\s+at|completed|rose\s+to|"
                     r"grew\s+to|amounted\s+to|climbed\s+to)\s+(?:respectively\s+)?", re.I)
_PAIR_NUMS = re.compile(r"(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|"
                        r"thousand)?(?:\s+(?:units|vehicles|cars))?\s+and\s+(?:about\s+|around\s+|nearly\s+|over\s+|"
                        r"more\s+than\s+)?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand)?(?=\s+(?:units|vehicles|cars)\b|"
                        r"\s*,?\s*(?:respectively|up|down|year|an?\s+increase|a\s+decrease)\b)", re.I)
_PAIR_MEASURE = {"production": Measure.production, "output": Measure.production, "sales": Measure.sales,
                 "exports": Measure.sales, "deliveries": Measure.deliveries}
#: Figures an industry association reports for the whole market, not for itself.
_NATIONAL_MEASURES = frozenset({Measure.sales, Measure.production, Measure.deliveries, Measure.market_share,
                                Measure.stations})
_SUBJECT_KINDS = frozenset({"Company", "Organization", "Product", "Brand", "Fund", "Alliance", "Index"})
_LEAD_PREFIX = re.compile(r"[\s\-*•·>]*")  # list markers before a bullet's opening figure
_LEAD_DASH = re.compile(r"[\s*]*(?:[—–:]|--?)\s+")
_LEAD_SHARE = re.compile(r"(?:[\w&.\-]+(?:\s+[A-Z][\w&.\-]*){0,2}['’]s\s+)?(?:global\s+|domestic\s+|world\s+|overall\s+)?"
                         r"(?:market\s+)?share\b", re.I)
_LEAD_NAME_GAP = re.compile(r"(?:the\s+)?$", re.I)
# Words of a clause about more than one company ("while industry deliveries rose to ...").
_WIDER = re.compile(r"\b(?:industry|industry-wide|market|sector|overall|nationwide|rivals?|peers?|competitors?|others)\b",
                    re.I)
_MONTHLY = frozenset({Measure.deliveries, Measure.sales, Measure.production})
# between one company's count and the next company's in a gapped list: the count's noun and period, a separator
_GAP_SEP = re.compile(r"(?:\s+(?:new\s+|electric\s+)?(?:vehicles|cars|units|EVs|NEVs))?"
                      r"(?:\s+(?:in|during|for|over)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:quarter|month|year|period|"
                      r"January|February|March|April|May|June|July|August|September|October|November|December))?"
                      r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while|whereas)\s+)(?:(?:rival|peer)\s+)?")
_GAP_COUNT = re.compile(r"\s+(?:(?:about|around|nearly|over|some|roughly|more\s+than)\s+)?"
                        r"(?!(?:19|20)\d\d\b)(\d{1,3}(?:,\d{3})+|\d{2,7})(?![\d]|[.,]\d)"
                        r"(?!\s*(?:%|percent|per\s+cent|yuan|dollars?|euros?|GWh|kWh|Wh|km|billion|million|bn|mn|m\b))")


def _gapped_counts(text: str, pos: int, se: int, items: list, records) -> list[tuple[str, float]]:
    """(company, count) of each company that follows a company's count with its verb and noun left out: "..., Geely
    235,819 and Chery 205,732" (a named company right after the separator, a bare whole number right after it)."""
    out: list[tuple[str, float]] = []
    while True:
        sm = _GAP_SEP.match(text, pos, se)
        if sm is None:
            return out
        it = next((it for it in items if it[0] == sm.end()), None)
        if it is None or it[3] or "Company" not in records[it[2]].isa:
            return out
        cm = _GAP_COUNT.match(text, it[1], se)
        if cm is None:
            return out
        out.append((it[2], float(cm.group(1).replace(",", ""))))
        pos = cm.end()

_CUMULATIVE = re.compile(r"\b(?:since|cumulative\w*|in\s+total|to\s+date|so\s+far|all-time|lifetime|in\s+history|"
                         r"(?:has|have)\s+(?:now\s+)?(?:delivered|sold|produced|handed|built|made)|"
                         r"(?:per|each|every)\s+(?:year|month|week|day)|annual\w*|\ba\s+year\b(?!\s+(?:earlier|ago|before|on)))", re.I)
_SPEC = frozenset({Measure.energy_density, Measure.capacity, Measure.cycle_life})


# Every match of _SKIP_PERCENT holds one of these, lower-cased, or "P/E" or "PE" as written; every match of
# _FUND_SCALE one of the second.
_SKIP_PERCENT_WORDS = ("year", "yoy", "y-o-y", "month", "quarter", "growth", "compound", "cagr", "weight", "percentile",
                       "penetration", "rate", "margin", "probability", "discount", "premium", "dividend",
                       "price-to-earnings", "proportion", "utili", "efficiency", "accuracy", "stake", "equity", "holding")
_FUND_SCALE_WORDS = ("scale", "fund", "aum", "inflow", "outflow", "transaction", "turnover", "market", "demand")


def _skip_percent(s: str) -> bool:
    """``_SKIP_PERCENT.search(s) is not None``, tried only when ``s`` holds one of its words."""
    if "P/E" in s or "PE" in s or _fold_unsafe(s) or _may_hold(s.lower(), _SKIP_PERCENT_WORDS):
        return _SKIP_PERCENT.search(s) is not None
    return False


def _fund_scale(s: str) -> bool:
    """``_FUND_SCALE.search(s) is not None``, tried only when ``s`` holds one of its words."""
    if _fold_unsafe(s) or _may_hold(s.lower(), _FUND_SCALE_WORDS):
        return _FUND_SCALE.search(s) is not None
    return False


def _same_sort(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two entities can be conjuncts of one list (companies with companies, products with products)."""
    for k in ("Company", "Product", "Brand", "Fund", "Alliance"):
        if k in a and k in b:
            return True
    return False


def _first_subject(text: str, records: dict[str, EntityRecord], ss: int, items: list) -> str | None:
    """The first mention of a sentence (starting at ``ss``) that can be the subject of its figures, if any."""
    for it in items:
        isa = records[it[2]].isa
        if not isa.isdisjoint(_SUBJECT_KINDS) and "Regulator" not in isa and "Exchange" not in isa \
                and not _SOURCE_BEFORE.search(text, max(ss, it[0] - 25), it[0]):
            return it[2]
    return None


def _last_fund(named_items: list[list], records: dict[str, EntityRecord]) -> str | None:
    """The fund named last in ``named_items`` (the items of sentences, in order), if any."""
    for items in reversed(named_items):
        for it in reversed(items):
            if "Fund" in records[it[2]].isa:
                return it[2]
    return None


def _significant(x: float) -> int:
    """Significant digits of a value as written (16 -> 2, 16.4 -> 3, 4300000 -> 2)."""
    t = f"{abs(x):.6f}".rstrip("0").rstrip(".")
    if "." in t:
        return len(t.replace(".", "").lstrip("0"))
    return len(t.strip("0"))


def _rounds_to(precise: float, rounded: float, least: int = 2) -> bool:
    """Whether ``rounded`` (``least`` or more significant digits) is ``precise`` rounded to fewer digits."""
    n = _significant(rounded)
    if n < least or _significant(precise) <= n or precise == 0 or (precise < 0) != (rounded < 0):
        return False
    return float(f"{precise:.{n}g}") == rounded


def _may_break(text: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` holds no _CLAUSE match (no ";", no dash, no "," with "while", "whereas",
    "but" or "although")."""
    return text.find(";", start, end) >= 0 or text.find("—", start, end) >= 0 or text.find("–", start, end) >= 0 or (
        text.find(",", start, end) >= 0 and (text.find("but", start, end) >= 0 or text.find("while", start, end) >= 0 or
                                             text.find("whereas", start, end) >= 0 or
                                             text.find("although", start, end) >= 0))


def _in_parens(text: str, ss: int, pos: int) -> bool:
    """Whether ``pos`` lies inside an unclosed parenthesis opened in this sentence ("(CATL; SHE: 300750)")."""
    seg = text[max(ss, pos - 80):pos]
    return seg.count("(") + seg.count("（") > seg.count(")") + seg.count("）")


def parse_number(num: str, scale: str | None = None) -> float:
    """Value of a number as written ("80,000", "1.37" + "trillion", "one" + "million")."""
    v = _NUMBERS.get((num, scale))
    if v is None:
        v = _parse_number(num, scale)
        if len(_NUMBERS) > 50_000:
            _NUMBERS.clear()
        _NUMBERS[(num, scale)] = v
    return v


_NUMBERS: dict[tuple[str, str | None], float] = {}  # (number, scale) as written -> value


def _parse_number(num: str, scale: str | None) -> float:
    n = num.strip().lower()
    v = float(_WORDNUMS[n]) if n in _WORDNUMS else float(n.replace(",", ""))
    if scale:
        v *= _SCALES[scale.lower()] if scale.lower() in _SCALES else _SCALES[scale]
    return v


_SPEC_FROM = re.compile(r"[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?:cells?|batter(?:y|ies)|packs?|modules?)[ \t]+(?:from|by|made[ \t]+by|"
                        r"developed[ \t]+by|of)[ \t]+(?:the[ \t]+)?")


def _currency(pre: str | None, unit: str | None) -> str | None:
    """The currency of a prefix and unit as written; cached per pair (there are few)."""
    key = (pre, unit)
    if key in _CURRENCIES:
        return _CURRENCIES[key]
    cur = _CURRENCIES[key] = _find_currency(pre, unit)
    return cur


_CURRENCIES: dict[tuple[str | None, str | None], str | None] = {}


def _find_currency(pre: str | None, unit: str | None) -> str | None:
    p = (pre or "").strip().upper()
    u = (unit or "").lower()
    if p in ("HKD", "HK$") or "hong kong" in u or "hk dollar" in u or u == "hkd":
        return "HKD"
    if p in ("CNY", "RMB", "¥", "￥") or u in ("yuan", "rmb", "cny", "元"):
        return "yuan"
    if p in ("USD", "US$", "$") or "us dollar" in u or u in ("usd", "dollar", "dollars"):
        return "USD"
    if p in ("EUR", "€") or u.startswith("euro"):
        return "EUR"
    return None


# A table: two or more lines of cells split by "|" (a Markdown table, or a web page's table rows)
_TABLE_LINE = re.compile(r"(?m)^[ \t]*\|?[^|\n]*\|[^\n]*$")
_TABLE_RULE = re.compile(r"[ \t|:\-]+")
_TABLE_SUBJECTS = frozenset({"Company", "Product", "Organization"})


def _table_blocks(text: str) -> list[list[tuple[int, int]]]:
    """The tables of ``text``: per table, the (start, end) of its rows, the heading row first (rule lines left out)."""
    blocks: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    last_end = -2
    for m in _TABLE_LINE.finditer(text):
        a, b = m.span()
        if a != last_end + 1:
            if len(cur) >= 2:
                blocks.append(cur)
            cur = []
        last_end = b
        if not _TABLE_RULE.fullmatch(text, a, b):
            cur.append((a, b))
    if len(cur) >= 2:
        blocks.append(cur)
    return blocks


def _cells(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """(text, start, end) of each cell of the row at ``a:b`` (outer bars dropped)."""
    while a < b and text[a] in " \t":
        a += 1
    if a < b and text[a] == "|":
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    if b > a and text[b - 1] == "|":
        b -= 1
    out = []
    pos = a
    while True:
        bar = text.find("|", pos, b)
        end = b if bar < 0 else bar
        out.append((text[pos:end].strip(" \t*"), pos, end))
        if bar < 0:
            return out
        pos = bar + 1


# a heading's period: "2024 revenue", "FY2024", "July 2025", "Jul", "H1 2025" (a quarter or a half takes its year)
_HEAD_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_HEAD_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![a-z])")
_TABLE_MONEY = frozenset({"yuan", "HKD", "USD", "EUR"})
_TABLE_COUNT = re.compile(r"\b(?:exports?|shipments?|shipped|registrations|volumes?)\b", re.I)
# a place or a note in parentheses after a cell's figure ("8,300 (Australia)", "4,100 (est.)")
_CELL_QUALIFIER = re.compile(r"\s*[(（](?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|est\.?|estimated?)[)）]$")
_TABLE_SHARE = re.compile(r"\bshare\b", re.I)
_TABLE_MOVE = re.compile(r"\b(?:share\s+(?:price\s+)?(?:move|change)|stock\s+(?:move|change)|price\s+change|YTD|"
                         r"year[- ]to[- ]date|change\s+since\s+(?:[\w\-]+\s+){0,3}?(?:debut|listing|IPO|float)|"
                         # ("| Day-one close vs offer |", "| vs offer price |")
                         r"vs\.?\s+(?:the\s+)?offer(?:\s+price)?|day-one|first-day)\b", re.I)
_TABLE_MARKET_SHARE = re.compile(r"\bmarket\s+share|\bshare\s+of\b|\bpenetration", re.I)
_TABLE_CLOSE = re.compile(r"\b(?:close|closing(?:\s+price)?|share\s+price|last\s+price|(?:offer|issue|placement|listing)\s+price)\b",
                          re.I)
_TABLE_PRICE = re.compile(r"\bprice\b", re.I)
_TABLE_CAPACITY = re.compile(r"\bcapacity\b", re.I)
# a heading that counts in tonnes ("Phase-one capacity (t LCE/yr)", "Capacity (t Ni/yr)")
_TABLE_MASS = re.compile(r"\(\s*(?:k?t|mt)\b|\btonnes?\b|\btons?\b", re.I)
# the headings of a table's first two columns when the rows are a company's plants or sites ("| Plant | Owner |")
_PLACE_HEAD = re.compile(r"^\s*(?:plant|site|factory|location|project|facility|base|city|place)s?\s*$", re.I)
_OWNER_HEAD = re.compile(r"^\s*(?:owner|company|maker|carmaker|automaker|operator|group|investor)s?\s*$", re.I)
# The count words of _UNIT_WORDS that count vehicles (sold or made), and those that count a charging network
_VEHICLE_WORDS = frozenset(("vehicles", "cars", "evs", "nevs", "suvs", "buses", "coaches", "trucks"))
_GOODS_COUNT = frozenset(("wafers", "substrates", "modules", "pieces", "chips", "packs", "motors", "engines"))
_STATION_WORDS = frozenset(("stations", "piles", "chargers", "superchargers", "stalls", "points"))
_TABLE_STATIONS = re.compile(r"\b(?:stations|piles|chargers|superchargers|stalls|charg(?:ing|e)\s+points)\b", re.I)


# A cell that holds one figure and nothing else: "13.06 bn yuan", "RMB 1.2bn", "36,674", "37.9%", "255 Wh/kg"
_CELL_QTY = re.compile(r"(?P<pre>HK\$|US\$|RMB|CNY|HKD|USD|EUR|[$€¥￥])?\s*(?P<sign>[-−–+])?\s*(?P<pre2>HK\$|US\$|RMB|[$€¥￥])?\s*"
                       r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|trillion|"
                       r"bn|mn|m|b|k)?\s*(?P<unit>yuan|RMB|CNY|HKD|USD|dollars?|euros?|%|percent|units|vehicles|cars|"
                       r"Wh/kg|GWh|kWh|cycles|stations)?", re.I)
_CELL_UNITS = {"%": "%", "percent": "%", "units": "units", "vehicles": "units", "cars": "units", "wh/kg": "Wh/kg",
               "gwh": "GWh", "kwh": "kWh", "cycles": "cycles", "stations": "stations"}


def _cell_quantity(cell: str) -> tuple[float, str] | None:
    """(value, unit) of a table cell that is one figure; a bare count is in units. None for any other cell."""
    m = _CELL_QTY.fullmatch(_CELL_QUALIFIER.sub("", cell.strip(" *")))  # ("8,300 (Australia)": the figure)
    if m is None:
        return None
    pre, unit = m.group("pre") or m.group("pre2"), m.group("unit")
    try:
        value = parse_number(m.group("num"), (m.group("scale") or "").lower() or None)
    except (ValueError, KeyError):
        return None
    if m.group("sign") and m.group("sign") != "+":
        value = -value
    cur = _currency(pre, unit)
    if cur is not None:
        return value, cur
    if unit is None:  # a bare count: whole, or scaled ("1.2 million")
        return (value, "units") if pre is None and (m.group("scale") or "." not in m.group("num")) else None
    u = _CELL_UNITS.get(unit.lower())
    return (value, u) if u is not None else None


# the unit a column heading gives its bare figures: "2024 revenue (bn yuan)", "Net profit (RMB m)", "Revenue, HK$ bn"
_HEAD_UNIT = re.compile(r"(?:[(（]|,\s*)(?P<pre>RMB|CNY|HK\$|US\$|USD|HKD|EUR|[$€¥￥])?\s*(?P<scale>thousand|million|billion|"
                        r"trillion|bn|mn|m|b|k|100\s*million)?\s*(?P<unit>yuan|RMB|CNY|HKD|USD|dollars|euros|units|vehicles|"
                        r"cars|GWh|Wh/kg|%)?\s*[)）]?\s*$", re.I)
_BARE_NUMBER = re.compile(r"[-−–]?\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
_HEAD_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
                "trillion": 1e12}


def _head_quantity(cell: str, heading: str) -> tuple[float, str] | None:
    """(value, unit) of a bare figure in a column whose heading gives the unit ("172.6" under "2024 revenue (bn yuan)",
    "2,260" under "net profit (million yuan)"), else None."""
    c = cell.strip(" *")
    if not c or _BARE_NUMBER.fullmatch(c) is None:
        return None
    hm = _HEAD_UNIT.search(heading)
    if hm is None or not (hm.group("pre") or hm.group("unit")):
        return None
    raw = hm.group("scale")
    scale = 1e8 if raw and raw.lower().startswith("100") else _HEAD_SCALES.get(raw.lower(), 1.0) if raw else 1.0
    unit = hm.group("unit")
    cur = _currency(hm.group("pre"), unit)
    if cur is None:
        u = _CELL_UNITS.get(unit.lower()) if unit else None
        if u is None or raw and u != "units":
            return None
        cur = u
    neg = c[0] in "-−–"
    value = float(c.lstrip("-−– ").replace(",", "")) * scale
    return (-value if neg else value), cur


# a list of figures that "respectively" pairs with a list of names: "rose 1.6% and 2.2% respectively"
_RESPECTIVE_LIST = re.compile(r"(?:[-−]?\d[\d,.]*\s*(?:%|percent|per\s+cent|yuan|units)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)){1,5}"
                              r"[-−]?\d[\d,.]*\s*(?:%|percent|per\s+cent|yuan|units)?(?:\s+[A-Za-z][\w\-]*){0,4}?\s*,?\s*"
                              r"respectively\b")
_RESPECTIVE_NUM = re.compile(r"\d[\d,.]*")


def _respective(text: str, ss: int, se: int, qs: int, items, records) -> str | None:
    """The company a figure of a "respectively" list belongs to: the k-th of the companies named before the list (as
    many as the figures), else None."""
    for m in _RESPECTIVE_LIST.finditer(text, ss, se):
        if not m.start() <= qs < m.end():
            continue
        nums = [n.start() for n in _RESPECTIVE_NUM.finditer(text, m.start(), m.end())]
        if qs not in nums:
            return None
        names = list(dict.fromkeys(it[2] for it in items if ss <= it[0] and it[1] <= m.start() and not it[3]
                                   and "Company" in records[it[2]].isa))
        return names[nums.index(qs)] if len(names) == len(nums) else None
    return None


def _caption_measure(text: str, start: int) -> Measure | None:
    """The volume measure (deliveries, sales, production, orders) named last in the 600 characters before ``start``."""
    window = text[max(0, start - 600):start]
    best, at = None, -1
    for meas, rx in _MEASURE_WORDS:
        for m in rx.finditer(window):
            if m.start() > at:
                best, at = meas, m.start()
    return best


def _head_period(heading: str, dates: DateContext) -> str | None:
    """The period a table heading names ("July 2025" -> 2025-07, "2024 revenue" -> 2024), else None."""
    ym = _HEAD_YEAR.search(heading)
    mm = _HEAD_MONTH.search(heading)
    if mm is not None and (ym is not None or (ref := dates.reference())):
        return f"{ym.group(1) if ym is not None else ref[:4]}-{month_number(mm.group(1)):02d}"
    return ym.group(1) if ym is not None else None


def _table_measure(heading: str, unit: str) -> Measure | None:
    """The measure a table heading names for a figure in ``unit``: "2024 revenue" for yuan, "Deliveries" for units,
    "Energy density" for Wh/kg; None when it names none."""
    if not heading:
        return None
    if unit in _TABLE_MONEY:
        if _MCAP.search(heading):
            return Measure.market_cap
        if _TABLE_CLOSE.search(heading):
            # "| Close, 9 Sep 2025 |" over "| HK$18.94 |" (a price in dollars or euros is not recorded)
            return Measure.share_price if unit in ("yuan", "HKD") else None
        if _PROFIT.search(heading):
            return Measure.profit
        if _REVENUE.search(heading):
            return Measure.revenue
        return None
    if unit == "units":
        if _TABLE_STATIONS.search(heading):
            return Measure.stations  # "| Operator | Public charging piles |"
        if _TABLE_CAPACITY.search(heading) and not _TABLE_MASS.search(heading):
            return Measure.capacity  # "| Plant | Owner | Annual capacity |" over "| 150,000 units |" (not tonnes)
        for meas, rx in _MEASURE_WORDS:
            if rx.search(heading):
                return meas
        return Measure.sales if _TABLE_COUNT.search(heading) else None
    if unit == "%":
        if _TABLE_MOVE.search(heading) and not _TABLE_MARKET_SHARE.search(heading):
            return Measure.share_price_change  # "| YTD change |", "| Share move in October |" over "| +27.6% |"
        return Measure.market_share if _TABLE_SHARE.search(heading) and not _TABLE_PRICE.search(heading) else None
    if unit == "Wh/kg":
        return Measure.energy_density
    if unit in ("GWh", "kWh"):
        return Measure.capacity if _TABLE_CAPACITY.search(heading) else None
    if unit == "cycles":
        return Measure.cycle_life
    if unit == "stations":
        return Measure.stations
    return None



# a table's rank column ("| 1 |", "| #2 |", "| 3. |")
_RANK_CELL = re.compile(r"\s*#?\d{1,3}\.?\s*")


class FactFinder:
    """Finds numeric facts in the sentences of an article.

    ``home_sources``: ids of the Chinese industry associations whose market figures are China's ("CAAM said sales
    rose to 31.4 million units"); an association elsewhere is a source too, but its figures are not China's.
    """

    def __init__(self, home_sources: frozenset[str] = frozenset()) -> None:
        self.home_sources = home_sources

    def find(self, ct: CleanText, sentences: list[tuple[int, int]], found: Found, dates: DateContext) -> list[Fact]:
        text = ct.text
        records = found.entities
        allm = sorted([*found.mentions, *found.refs], key=_START_REF)
        starts = [m.start for m in allm]
        out: list[Fact] = []
        # (subject, measure, unit, value, period, sentence index, period defaulted to the article's date) per fact
        seen: list[tuple[str, str, str, float, str | None, int, bool]] = []
        # The subject carried over from earlier sentences is the first subject of the last sentence that has one;
        # it is worked out only when a figure needs it.
        subject_sents: list[tuple[int, list]] = []  # (start, items) of the sentences so far that name something
        carried: list = [None, 0]  # [subject, number of subject_sents already looked at]

        def previous_subject() -> str | None:
            n = len(subject_sents)
            for k in range(n - 1, carried[1] - 1, -1):
                fs = _first_subject(text, records, *subject_sents[k])
                if fs is not None:
                    carried[0] = fs
                    break
            carried[1] = n
            return carried[0]

        # The products and funds named earlier are looked up only when a figure needs them: ``prev_items``, the
        # items of the sentence before (its products); ``named_items``, the items of every sentence so far that
        # names something (the last fund named).
        prev_items: list = []
        last_volume: tuple[int, Measure] | None = None  # (sentence, measure) of the last count of cars with a measure
        named_items: list[list] = []
        country = self._country(records, found)
        fold = _fold_unsafe(text)  # the lower-cased text is no guard for case-insensitive patterns

        # Without those characters the lower-cased text keeps every offset: a sentence's slice of it is its lower().
        low_text = None if fold else (found.lower if found.text is text and found.lower is not None else text.lower())
        # A sentence holds a digit when the last run of digits that starts before its end ends inside it.
        runs = found.digit_runs if found.text is text and found.digit_runs is not None else \
            [m.span() for m in _DIGIT_RUN.finditer(text)]
        run_starts = [a for a, _ in runs]
        run_ends = [b for _, b in runs]
        # (without these words in the whole text no sentence has them)
        scaled = low_text is not None and ("doubl" in low_text or "illion" in low_text or "thousand" in low_text)
        section: str | None = None  # the company a heading line names, for the bullets under it
        in_bullet = False
        for si, (ss, se) in enumerate(sentences):
            sent = text[ss:se]
            lo = bisect.bisect_left(starts, ss)
            hi = bisect.bisect_left(starts, se, lo)
            if ss == 0 or text[ss - 1] == "\n":  # a sentence that starts a line
                in_bullet = _BULLET.match(text, ss) is not None
                if not in_bullet:
                    section = self._heading(text, ss, allm[lo:hi], records) if lo < hi else None
            k = bisect.bisect_left(run_starts, se) - 1
            if k >= 0 and run_ends[k] > ss:
                digitish = True
            elif fold:
                digitish = _DIGITISH.search(sent) is not None
            else:  # (a number word with a scale, or "doubl")
                digitish = scaled and (low_text.find("doubl", ss, se) >= 0 or low_text.find("illion", ss, se) >= 0 or
                                       low_text.find("thousand", ss, se) >= 0) and _DIGITISH.search(sent) is not None
            if lo == hi:  # no mention
                if not digitish:
                    prev_items = []
                    continue
                items = []
            else:
                items = []
                for m in allm[lo:hi]:
                    if m.end > se or (items and m.start < items[-1][1]):
                        continue
                    if items and items[-1][2] == m.entity_id and _SAME_NAME_GAP.fullmatch(text, items[-1][1], m.start):
                        items[-1] = (items[-1][0], m.end, m.entity_id, m.ref)
                        continue
                    items.append((m.start, m.end, m.entity_id, m.ref))
                named_items.append(items)
            if not digitish:
                if items:
                    subject_sents.append((ss, items))
                prev_items = items
                continue
            low = sent.lower() if fold else low_text[ss:se]
            if (fold or _may_hold(low, _SOURCED_WORDS)) and _SOURCED.search(sent):
                if items:
                    subject_sents.append((ss, items))
                continue  # figures from unnamed sources or media reports are not established
            forecast = None  # whether the sentence holds a _FORECAST word, worked out for its first figure with a measure
            sent_company = None  # the company of a company figure found earlier in this sentence
            share_seen = False  # whether a market share was read earlier in this sentence
            for q in self._quantities(text, ss, se, fold or "doubl" in low, fold):
                qs, qe, value, unit, measure = q
                if measure is None and unit == "%" and share_seen and any(
                        not it[3] and it[1] <= qs and _GAPPED_SHARE_GAP.fullmatch(text, it[1], qs) and
                        "Company" in records[it[2]].isa for it in items):
                    # "Analog Devices held 24% of the market, NXP 15% and Infineon 12%", "behind TVS Motor with
                    # 22.1% and Bajaj Auto with 19.7%": the shares after the first, their noun left out
                    measure = Measure.market_share
                if measure == Measure.market_share:
                    share_seen = True
                if unit == "units" and _ONE_IN.search(text, max(ss, qs - 16), qs):
                    continue  # "six in 10 new cars": a proportion, not a number of cars
                # A figure that opens a bullet and is explained after a dash ("- 37.9% — CATL's share of the
                # global market"): the explanation names its measure and subject.
                lead = _LEAD_DASH.match(text, qe, se) if qs - ss <= 6 and _LEAD_PREFIX.fullmatch(text, ss, qs) else None
                if lead is not None and measure is None and unit == "%" and _LEAD_SHARE.match(text, lead.end()):
                    measure = Measure.market_share
                if measure is None and unit == "units" and last_volume is not None and last_volume[0] >= si - 1 and \
                        _PART_OF_TOTAL.search(text, max(ss, qs - 30), qs):
                    # "Fangchengbao sold 5,060 cars in April. The Bao 8 contributed 2,160 units": a part of that count
                    measure = last_volume[1]
                if measure is None:
                    continue
                if unit == "units" and measure in _VOLUME_MEASURES:
                    last_volume = (si, measure)
                if ("confirm" in low or "verif" in low) and _UNCONFIRMED.search(sent):
                    continue  # "more than 1,600 orders, although the brand has not confirmed this figure"
                is_spec = measure in _SPEC
                plant = measure == Measure.capacity and unit in ("GWh", "kWh", "units")
                facility = plant and _FACILITY_AFTER.match(text, qe, se) is not None  # a plant's or market's volume
                if is_spec:
                    if _HEDGE_SPEC.search(sent):
                        continue
                else:
                    if forecast is None:
                        forecast = (fold or _may_hold(low, _FORECAST_WORDS)) and _FORECAST.search(sent) is not None
                    if forecast and self._near(_FORECAST, text, ss, se, qs, qe, 90) and \
                            not (measure == Measure.investment and _reported_commitment(text, ss, se, qs, qe)):
                        continue
                if lead is not None:
                    subj = self._lead_subject(text, lead.end(), se, items, records, country)
                else:
                    subj = self._subjects(text, ss, se, qs, items, records, measure, is_spec and not plant,
                                          self.home_sources)
                    if measure == Measure.investment and (rm := _ROUND_IN_AFTER.match(text, qe, se)) is not None:
                        # "Geely Capital led a 500 million yuan Series B round in Tianshu Software": the company
                        # that raised the round, not its lead investor
                        pm = next((it for it in items if it[0] == rm.end() and not it[3]
                                   and "Company" in records[it[2]].isa), None)
                        if pm is not None:
                            subj = [pm[2]]
                    if is_spec and not plant and (fm := _SPEC_FROM.match(text, qe, se)) is not None:
                        # "The 590Ah storage cell from Chaowei Power": the maker named after the specified product
                        pm = next((it for it in items if it[0] == fm.end() and not it[3]
                                   and "Company" in records[it[2]].isa), None)
                        if pm is not None:
                            subj = [pm[2]]
                    if measure in _VOLUME_MEASURES and unit == "units":
                        # "delivered more than 135,000 SU7 units": the named model between the number and the unit;
                        # "counted 1,352 Xpeng registrations", "1,566 new BYD registrations": the brand counted
                        pm = next((it for it in items if qe < it[0] <= qe + 3 and not it[3]
                                   and "Product" in records[it[2]].isa), None) or \
                            next((it for it in items if qe < it[0] and _NEW_BEFORE_NAME.fullmatch(text, qe, it[0]) and
                                  not it[3] and records[it[2]].isa & _COUNTED_MAKERS and
                                  _UNITS_AFTER.match(text, it[1])), None)
                        if pm is not None and _UNITS_AFTER.match(text, pm[1]):
                            subj = [pm[2]]
                        elif (um := _UNITS_OF.match(text, qe, se)) is not None:
                            # "delivered 216 units of the EH216 series": the named model after the unit
                            pm = next((it for it in items if it[0] == um.end() and not it[3]
                                       and "Product" in records[it[2]].isa), None)
                            if pm is not None:
                                subj = [pm[2]]
                    if measure == Measure.orders and unit == "units" and \
                            (sm := _SUPPLY_COUNT_BEFORE.search(text, max(ss, qs - 80), qs)) is not None:
                        # "BYD will supply Sixt with up to 100,000 electric cars": the supplier's order, not the buyer's
                        pm = next((it for it in reversed(items) if it[1] <= sm.start() and not it[3]
                                   and "Company" in records[it[2]].isa), None)
                        if pm is not None:
                            subj = [pm[2]]
                    if measure == Measure.orders and unit == "units" and (fm := _ORDERED_FROM.match(text, qe, se)):
                        # "agreed to buy 20,000 new energy vehicles from BYD": the seller's order
                        pm = next((it for it in items if it[0] == fm.end() and not it[3]
                                   and "Company" in records[it[2]].isa), None)
                        if pm is not None:
                            subj = [pm[2]]
                    if facility:
                        subj = [sid for sid in subj if "Country" not in records[sid].isa]
                    if subj:
                        last = max((it[1] for it in items if it[1] <= qs and it[2] in subj), default=ss)
                        if self._unknown_actor(text, last, qs, items):
                            subj = []  # "X belongs to Y, in 2023 Aian sold ...": not Y's figure
                if measure == Measure.fund_size:
                    # ("NIO sold 181.8 million Class A shares", "Chery sold 297 million H shares": a company's shares
                    # sold are no fund's units)
                    subj = [sid for sid in subj if "Fund" in records[sid].isa]
                    if not subj and (fund := _last_fund(named_items, records)):
                        subj = [fund]  # "Units in issue have risen ... to 938 million": the fund just named
                if not subj and not any(ss <= it[0] < qs for it in items):
                    # "Net profit reached 5.3 billion yuan, Seres said": the reporting company at the end
                    subj = [it[2] for it in items if it[0] > qe and _COMPANY_SAID.match(text, it[1])
                            and "Company" in records[it[2]].isa and (
                                unit != "units" or "Automaker" in records[it[2]].isa)][:1]
                    # ("The model drew 10,000 orders, Momenta said": a supplier reports no carmaker's orders)
                carried_over = False
                if not subj:
                    cl_s, cl_e = self._clause(text, ss, se, qs)
                    prev_subject = None
                    if self._unknown_actor(text, cl_s, qs, items):
                        pass  # "Horizon reported revenue of ...": the verb's own subject is a name not recognised
                    elif section and in_bullet and measure not in _MARKET_MEASURES and \
                            not any(cl_s <= it[0] < qs for it in items) and not _NATIONAL.search(text, cl_s, cl_e) and \
                            not _WIDER.search(text, cl_s, cl_e):
                        subj = [section]  # "- Sold 4.01 million vehicles in 2024" under the heading "SAIC Motor"
                    elif plant and country and not facility and not _PRONOUN.search(text, cl_s, qs) and \
                            _NATIONAL.search(sent):
                        subj = [country]  # "Installed capacity in China reached 548 GWh": a national total
                    elif sent_company and measure in _CARRIED and not any(cl_s <= it[0] < qs for it in items) and \
                            not _WIDER.search(text, cl_s, cl_e) and not _NATIONAL.search(text, cl_s, cl_e) and (
                                measure not in _NAMED_VOLUMES or _named_volume(text, cl_s, qs, cl_e)):
                        subj = [sent_company]  # "Seres' net profit was 5.9 billion yuan, while revenue rose to 145 ..."
                    elif is_spec and not plant and len(prev_products := [it[2] for it in prev_items if "Product" in
                                                           records[it[2]].isa and not it[3]]) == 1 and \
                            _SPEC_PRONOUN.search(text, cl_s, qs):
                        subj = prev_products  # "CATL unveiled "Boundless". It is rated at 430 Wh/kg"
                    elif (prev_subject := previous_subject()) and (is_spec or _PRONOUN.search(text, cl_s, qs)) and \
                            measure not in (Measure.market_share,) and \
                            not (plant and "Product" in records[prev_subject].isa):  # (a plant's, not a product's)
                        subj = [prev_subject]
                    elif prev_subject and measure in _CARRIED and \
                            not any(cl_s <= it[0] < qs and it[2] not in SENSOR_CLASSES for it in items) and \
                            "Company" in records[prev_subject].isa and not _NATIONAL.search(sent) and (
                                measure not in _NAMED_VOLUMES or not in_bullet and _named_volume(text, cl_s, qs, cl_e)):
                        # "In 2024, CATL earned ... In Q1, net profit rose to 13.96 billion yuan."; "BYD sold 3.02
                        # million vehicles. Overseas sales reached 242,765 units." (a volume named by its noun, not a
                        # capacity, a threshold or someone else's: "Monthly output at Millet exceeded ...")
                        subj = [prev_subject]
                        carried_over = True
                    elif country and measure in (Measure.sales, Measure.market_cap_change, Measure.production,
                                                 Measure.market_share, Measure.deliveries) \
                            and _NATIONAL.search(sent) and not _OUTSIDE_PLACE.search(sent):
                        subj = [country]  # (not "Shipments outside mainland China reached ...")
                if subj and "respectively" in sent and (rs := _respective(text, ss, se, qs, items, records)) is not None:
                    subj = [rs]  # "A and B rose 1.6% and 2.2% respectively": the k-th figure is the k-th company's
                if not subj or unit not in FACT_UNITS:
                    continue
                if measure == Measure.investment:
                    buyer = [it[2] for it in items if it[1] <= qs and "Company" in records[it[2]].isa and not it[3]
                             and _BUYER_AFTER.match(text, it[1])]
                    if not buyer and (sw := _STAKE_WITH_BEFORE.search(text, max(ss, qs - 160), qs)) is not None:
                        # "Avatr, the brand under Changan, signed an agreement to purchase 10% stake of Yinwang with
                        # 11.5 billion yuan": the buyer comes before the buying verb, not the company bought into
                        buyer = self._subjects(text, ss, se, sw.start(), items, records, measure)[-1:]
                    if buyer:
                        subj = buyer[-1:]  # "A intends to acquire 10% of B held by C, the transaction price is ..."
                    elif _DEAL_PRICE.search(text, max(ss, qs - 60), qs):
                        continue  # a deal's price without a named buyer: the nearest name may be the seller
                if measure == Measure.investment and len(subj) > 1 and not _EACH.search(text, ss, se):
                    continue  # "A and B will invest 4 billion yuan through a joint venture": no partner's own sum
                period = dates.period_near(si, qs, qe, spec=is_spec and not plant,
                                           daily=measure in (Measure.share_price_change, Measure.share_price))
                if period is None and carried_over:
                    # "Leapmotor reported a profit for the first half of 2025. Revenue rose to 24 billion yuan.": the
                    # nameless sentence continues the period of the company's figures just before it
                    before_p = {dp for ds, dm, du, dv, dp, dsi, dd in seen[-8:]
                                if ds == subj[0] and dsi == si - 1 and dm in _CARRIED}
                    if len(before_p) == 1:  # (figures of two periods there leave it open)
                        period = before_p.pop()
                if period is None and measure in _MONTHLY and not _CUMULATIVE.search(sent):
                    period = dates.topic_month()  # "Xpeng delivered 34,611 vehicles" in a report on June deliveries
                defaulted = False
                if measure in _MARKET_MEASURES:
                    if measure == Measure.share_price:
                        # a price is a point in time: only a window in its own comma-separated part makes it a range
                        ws, we = text.rfind(",", ss, qs) + 1 or ss, text.find(",", qe, se)
                        multi = _MULTI_DAY.search(text, ws, se if we < 0 else we) is not None
                    else:
                        multi = _MULTI_DAY.search(sent) is not None
                    if period is None and not multi:
                        period = dates.reference()  # a price move reported without a date happened on the article's day
                        defaulted = True
                    elif _WINDOW.match(text, qe, min(se, qe + 40)):
                        period = None  # "gained 6.7% over five sessions": a multi-day window has no single period
                s, e = ct.span(ss, se)
                if len(subj) == 1 and measure in _CARRIED and "Company" in records[subj[0]].isa:
                    sent_company = subj[0]
                for sid in subj:
                    if sid == country and country not in records:
                        continue
                    if measure == Measure.market_share and "Country" in records[sid].isa and \
                            not _GLOBAL.search(sent) and not _CHINESE_GROUP.search(sent):
                        # a category's share of the home market is penetration, not market share (but "Chinese brands
                        # took 5.9% of the European market" is the Chinese makers' share)
                        continue
                    dup = False
                    for k, (ds, dm, du, dv, dp, dsi, dd) in enumerate(seen):
                        if ds == sid and dm == measure and du == unit:
                            if not (dp == period or dp is None or period is None):
                                if not (dd or defaulted) or dsi == si:
                                    continue
                            elif abs(dv - value) <= 0.01 * max(abs(dv), 1e-9):
                                dup = True
                                break
                            if dsi == si or measure == Measure.share_price:
                                continue  # (quoted prices are exact: "opened at 306, closed at 306.20")
                            # A headline's "jumps 16%" (dated by the article) and the body's "closing 16.4% higher"
                            # on a named day: the precise one, with its date
                            least = 1 if unit == "%" else 2  # ("jumps 9%" for 9.3%)
                            if _rounds_to(value, dv, least):
                                p2 = dp if defaulted or period is None else period
                                seen[k] = (sid, measure, unit, value, p2, si, defaulted and dd)
                                out[k] = Fact(sid, str(measure), value, unit, p2, ct.original[s:e], s, e, 0.75,
                                              f"quantity:{measure}")
                                dup = True
                                break
                            if _rounds_to(dv, value, least):
                                dup = True
                                break
                    if dup:
                        continue
                    seen.append((sid, measure, unit, value, period, si, defaulted))
                    out.append(Fact(sid, str(measure), value, unit, period, ct.original[s:e], s, e, 0.75,
                                    f"quantity:{measure}"))
                if unit == "units" and measure in _MONTHLY and len(subj) == 1 and not forecast:
                    # "Xpeng handed over 94,008 cars and Li Auto 92,864", "BYD sold 382,476, Geely 235,819 and Chery
                    # 205,732": the verb and its noun left out after the first company
                    for gid, gval in _gapped_counts(text, qe, se, items, records):
                        if gid not in subj and not any(ds == gid and dm == measure and dv == gval for ds, dm, du, dv, *_ in seen):
                            seen.append((gid, measure, unit, gval, period, si, defaulted))
                            out.append(Fact(gid, str(measure), gval, unit, period, ct.original[s:e], s, e, 0.7,
                                            f"gapped:{measure}"))
            if items:
                subject_sents.append((ss, items))
            prev_items = items
        if "|" in text:
            # (a figure the text around the table states as well is kept once, the text's)
            for f in self._table_facts(ct, sentences, allm, starts, records, dates):
                if not any(g.subject == f.subject and g.measure == f.measure and g.unit == f.unit and
                           abs(g.value - f.value) <= 0.01 * max(abs(g.value), 1e-9) for g in out):
                    if f.measure == "capacity":
                        # (a figure read off the row's words as a sentence gives way to the column's heading: "| 150,000
                        # units | producing since July 2024 |" under "Annual capacity" is no output)
                        out = [g for g in out if not (f.start <= g.start and g.end <= f.end and g.unit == f.unit and
                                                      g.value == f.value and not g.rule.startswith("table:"))]
                    out.append(f)
        return out

    def _table_facts(self, ct: CleanText, sentences, allm, starts, records, dates: DateContext) -> list[Fact]:
        """Figures in the cells of a table ("| Company | 2024 revenue |" over "| Tianqi Lithium | 13.06 bn yuan |"):
        the row's company or product (else the column's, in a table that lists models across) is the subject, and the
        column's heading (else the row's label) gives the measure and the period."""
        text = ct.text
        out: list[Fact] = []
        sstarts = [a for a, _ in sentences]
        for rows in _table_blocks(text):
            header = rows[0]
            caption: list = []  # the volume the text just before the table names ("July deliveries"), when needed
            head_cells = _cells(text, *header)
            head_named = [self._cell_entity(allm, starts, records, a, b) for _, a, b in head_cells]
            for ls, le in rows[1:]:
                cells = _cells(text, ls, le)
                if len(cells) < 2:
                    continue
                row_subject = self._cell_entity(allm, starts, records, cells[0][1], cells[0][2])
                label = cells[0][0]
                first = 1
                if row_subject is None and len(cells) > 2 and len(head_cells) > 2 and \
                        _PLACE_HEAD.search(head_cells[0][0]) and _OWNER_HEAD.search(head_cells[1][0]):
                    # "| Rayong | BYD | Thailand | 150,000 units |" under "| Plant | Owner | ...": the owner's row
                    row_subject = self._cell_entity(allm, starts, records, cells[1][1], cells[1][2])
                    first = 2 if row_subject is not None else 1
                if row_subject is None and len(cells) > 2 and _RANK_CELL.fullmatch(label):
                    # "| 1 | Fanuc | — | Japan | 12.5% |": a rank before the row's name
                    row_subject = self._cell_entity(allm, starts, records, cells[1][1], cells[1][2])
                    first = 2 if row_subject is not None else 1
                for col in range(first, len(cells)):
                    heading = head_cells[col][0] if col < len(head_cells) else ""
                    q = _cell_quantity(cells[col][0])
                    if (q is None or q[1] == "units") and heading and (hq := _head_quantity(cells[col][0], heading)):
                        q = hq  # "172.6" under "2024 revenue (bn yuan)"
                    if q is None:
                        continue
                    value, unit = q
                    subj, measure = row_subject, _table_measure(heading, unit)
                    if subj is None and col < len(head_named) and head_named[col] is not None:
                        subj, measure = head_named[col], _table_measure(label, unit)  # models across, specs down
                    if measure is None and subj is not None and unit == "units" and _head_period(heading, dates):
                        # "| Brand | July 2025 |" under "... July deliveries ...": the measure the text before names
                        if not caption:
                            caption.append(_caption_measure(text, rows[0][0]))
                        measure = caption[0]
                    if subj is not None and measure in (Measure.energy_density, Measure.cycle_life) and \
                            "Product" not in records[subj].isa:
                        # "| CATL | Qilin | NCM | 255 |": a specification is the product's the row names
                        prod = next((e for _, a, b in cells[1:col]
                                     if (e := self._cell_entity(allm, starts, records, a, b)) is not None
                                     and "Product" in records[e].isa), None)
                        if prod is not None:
                            subj = prod
                    if subj is None or measure is None:
                        continue
                    si = bisect.bisect_right(sstarts, ls) - 1
                    period = _head_period(heading, dates)
                    if period is None and si >= 0:
                        period = dates.period(si, spec=measure in _SPEC)
                    s, e = ct.span(ls, le)
                    out.append(Fact(subj, str(measure), value, "stations" if measure is Measure.stations else unit,
                                    period, ct.original[s:e], s, e, 0.7,
                                    f"table:{measure}"))
        return out

    @staticmethod
    def _cell_entity(allm, starts, records, a: int, b: int) -> str | None:
        """The company or product a table cell names (its first name), else None."""
        i = bisect.bisect_left(starts, a)
        while i < len(allm) and allm[i].start < b:
            m = allm[i]
            if m.end <= b and not m.ref and not records[m.entity_id].isa.isdisjoint(_TABLE_SUBJECTS):
                return m.entity_id
            i += 1
        return None

    @staticmethod
    def _lead_subject(text: str, ds: int, se: int, items: list, records: dict[str, EntityRecord],
                      country: str | None) -> list[str]:
        """The subject of a bullet's opening figure: the name that starts its explanation ("CATL's share of ..."),
        else the country of a national total ("power batteries installed in China")."""
        for st, en, eid, ref in items:
            if st < ds:
                continue
            isa = records[eid].isa
            if st - ds <= 4 and not ref and isa & _SUBJECT_KINDS and not isa & {"Regulator", "Exchange", "Country"} \
                    and (text.startswith(("'s", "’s"), en) or _LEAD_NAME_GAP.match(text, ds, st)):
                return [eid]
            break
        if country and _NATIONAL.search(text, ds, se):
            return [country]
        return []

    @staticmethod
    def _country(records: dict[str, EntityRecord], found: Found | None = None) -> str | None:
        """The article's China, if it names the country."""
        for eid, rec in records.items():
            if "Country" in rec.isa and rec.name.lower() in ("china", "people's republic of china", "prc"):
                return eid
        return None

    @staticmethod
    def _near(rx: re.Pattern, text: str, ss: int, se: int, qs: int, qe: int, width: int) -> bool:
        # After the figure only an adjacent word counts ("RMB7.8bn, below our forecast of RMB9bn" reports 7.8bn).
        return rx.search(text, max(ss, qs - width), min(se, qe + 12)) is not None

    @staticmethod
    def _clause(text: str, ss: int, se: int, pos: int) -> tuple[int, int]:
        if not _may_break(text, ss, se):
            return ss, se
        cs = ss
        for m in _CLAUSE.finditer(text, ss, pos):
            if not _in_parens(text, ss, m.start()):
                cs = m.end()
        ce = se
        for m in _CLAUSE.finditer(text, pos, se):
            if not _in_parens(text, ss, m.start()):
                ce = m.start()
                break
        return cs, ce

    @staticmethod
    def _heading(text: str, ss: int, ms: list, records: dict[str, EntityRecord]) -> str | None:
        """The company a heading line names: a line that holds only a company's name (and a ticker in brackets)."""
        m = ms[0]
        if m.start != ss or m.ref or "Company" not in records[m.entity_id].isa:
            return None
        end = m.end
        for m2 in ms[1:]:  # the same company named again in brackets: "Chery Automobile (奇瑞汽车)"
            if m2.entity_id != m.entity_id:
                break
            end = max(end, m2.end)
        rest = _HEADING_REST.match(text, end)
        if rest is None:
            close = text.find(")", end, end + 60)
            rest = _HEADING_REST.match(text, close + 1) if close > 0 and text[end:close].lstrip().startswith("(") \
                else None
        return m.entity_id if rest is not None else None

    @staticmethod
    def _unknown_actor(text: str, cs: int, qs: int, items: list) -> bool:
        """Whether the verb before the figure has a capitalised subject of its own that is no recognised name."""
        act = None
        for act in _ACTOR_VERB.finditer(text, max(cs, qs - 60), qs):
            pass
        if act is None:
            for act in _ACTOR_POSS.finditer(text, max(cs, qs - 60), qs):
                pass  # "Xingyu's revenue surpassed ...": the figure's owner, named before its noun
        if act is None or act.group("w") in _NOT_ACTOR:
            return False
        ws = act.start("w")
        # (a word that continues a name is part of it: "NIO Inc delivered", "Changan Qiche sold")
        return not any(st <= ws < en or (en <= ws <= en + 1 and not text[en:ws].strip()) for st, en, _, _ in items)

    def _quantities(self, text: str, ss: int, se: int, doubling: bool = True, fold: bool = True):
        """(start, end, value, unit, measure) for every quantity of the sentence.

        ``doubling``: the sentence may say "doubled"; ``fold``: lower-cased text is no guard for case-insensitive
        patterns (a character that re.IGNORECASE equates with an ASCII letter may occur).
        """
        sent = text[ss:se]
        res = []
        if doubling:
            for m in _DOUBLING.finditer(sent):
                res.append((ss + m.start(), ss + m.end(), 100.0, "%", Measure.share_price_change))
        for m in _qty_matches(sent):
            pre, sign, num, scale, unit = m.groups()
            if not num:
                continue
            ms, me = m.span()
            qs, qe = ss + ms, ss + me
            # Parts of dates, tickers, codes and ranges are not quantities.
            if sent[me:me + 1] == "." and sent[me + 1:me + 3].isalpha() and sent[me + 1:me + 3].isupper():
                continue
            if _YEAR_NUM.match(num) and not (pre or scale or unit) and 1900 <= int(num) <= 2100:
                continue
            if ms and sent[ms - 1] in _LETTER_END_CHARS and not pre:
                continue
            if len(num) > 1 and num[0] == "0" and num[1].isdigit() and not (pre or scale or unit):
                continue  # "the 001 was the first car": a code with a leading zero counts nothing
            try:
                value = parse_number(num, scale)
            except (ValueError, KeyError):
                continue
            if sign:
                value = -value
            after = sent[me:me + 40]
            before = sent[max(0, ms - 70):ms]
            if after.startswith("**"):  # Markdown bold around the figure: "sold **4.01 million** vehicles"
                after = after[2:]
            if before.endswith("**"):
                before = before[:-2]
            u = (unit or "").lower()
            cur = _currency(pre, unit)
            if _SEGMENT_AFTER.match(after):
                continue
            if num in _CELL_FORMATS and not (pre or scale or unit) and _CELL_FORMAT_AFTER.match(after):
                continue  # "mass production of 2170 cylindrical cells", "4680 cells": a cell format, not a count
            if cur and ("(" in before or "（" in before) and _CONVERTED.search(before):
                continue  # "362 billion yuan ($50 billion)": a conversion of the amount just given
            if "by" in before and _BY_BEFORE.search(before) and _TO_LEVEL_AFTER.match(after) and unit != "%":
                continue  # "increased by 30 million to 938 million": the change, not the level
            if u in ("%", "percent", "per cent"):
                res.append(self._percent(text, ss, se, qs, qe, value, sent, m))
                continue
            if u == "cm":
                res.append((qs, qe, value, "%", Measure.share_price_change))
                continue
            if u == "wh/kg":
                res.append((qs, qe, value, "Wh/kg", Measure.energy_density))
                continue
            if unit == "Ah":
                res.append((qs, qe, value, "Ah", Measure.capacity))
                continue
            if u.endswith(("watt-hours", "watt hours", "watt-hour", "watt hour")):
                # "35 gigawatt-hours a year": the unit spelled out
                u = "gwh" if u.startswith("giga") else "mwh" if u.startswith("mega") else "kwh"
                unit = {"gwh": "GWh", "mwh": "MWh", "kwh": "kWh"}[u]
            if u in ("gwh", "mwh", "kwh"):
                ctx = sent[max(0, ms - 80):me + 30]
                if _CAPACITY_CTX.search(ctx) and not _fund_scale(ctx):
                    if unit == "MWh":  # (a megawatt-hour is a thousand kilowatt-hours)
                        res.append((qs, qe, value * 1000, "kWh", Measure.capacity))
                    else:
                        res.append((qs, qe, value, unit, Measure.capacity))
                elif unit == "GWh" and _ORDER_AFTER.match(after):
                    res.append((qs, qe, value, "GWh", Measure.orders))  # "signed a 7.8 GWh contract with Algihaz"
                elif unit == "GWh" and (sm := _GWH_MOVED_BEFORE.search(before)) is not None:
                    # "shipped 50.45 GWh of energy storage batteries", "storage battery shipment volume 50.45GWh"
                    res.append((qs, qe, value, "GWh", Measure.deliveries if sm.group("d") else Measure.sales))
                continue
            if u.startswith("cycle") or (u == "times" and _CYCLE.search(before + after)):
                res.append((qs, qe, value, "cycles", Measure.cycle_life))
                continue
            if u in ("辆", "台"):
                meas = self._count_measure(before, after)
                if meas:
                    res.append((qs, qe, value, "units", meas))
                continue
            if u == "座":
                res.append((qs, qe, value, "stations", Measure.stations))
                continue
            if cur:
                meas = self._money_measure(text, ss, se, qs, qe, before, after, scale)
                if meas is not None:
                    meas, sign = meas
                    res.append((qs, qe, value * sign, cur, meas))
                continue
            if scale and not unit and _UNITS_OUTSTANDING.match(after):
                res.append((qs, qe, value, "shares", Measure.fund_size))  # "938 million units outstanding"
                continue
            uw = _UNIT_WORDS.match(after)
            if uw and uw.group("w").lower() in _GOODS_COUNT:
                if _CAPACITY_BEFORE.search(before) or (_CAN_MAKE_BEFORE.search(before) and _A_YEAR_AFTER.match(after, uw.end())):
                    res.append((qs, qe, value, "units", Measure.capacity))
                    continue
                uw = None  # (goods sold or made are read below like a bare count: "sold 110,000 engines")
            if uw is None and not unit and (pg := _PLURAL_GOODS_AFTER.match(after)) is not None and (
                    _CAPACITY_BEFORE.search(before) or
                    _CAN_MAKE_BEFORE.search(before) and _A_YEAR_AFTER.match(after, pg.end())):
                # "an annual capacity of 30 million valves", "can now produce about 1.2 million headlamps a year"
                res.append((qs, qe, value, "units", Measure.capacity))
                continue
            if uw:
                w = uw.group("w").lower()
                if (w == "units" or w == "sets" or w in _VEHICLE_WORDS) and (
                        _CAPACITY_BEFORE.search(before) or _OF_CAPACITY_AFTER.match(after) or
                        (_CAN_MAKE_BEFORE.search(before) and _A_YEAR_AFTER.match(after, uw.end()))):
                    # "annual capacity of 150,000 vehicles", "can turn out as many as 150,000 vehicles a year"
                    res.append((qs, qe, value, "units", Measure.capacity))
                elif w in _STATION_WORDS:
                    res.append((qs, qe, value, "stations", Measure.stations))
                elif w == "shares":
                    if scale:
                        res.append((qs, qe, value, "shares", Measure.fund_size))
                elif w in ("orders", "pre-orders", "bookings"):
                    res.append((qs, qe, value, "units", Measure.orders))
                elif w == "deliveries":
                    res.append((qs, qe, value, "units", Measure.deliveries))
                else:
                    meas = self._count_measure(before, after, fold)
                    if meas is None and w in _VEHICLE_WORDS and (
                            _BUY_BEFORE.search(before[-50:]) and _ORDERED_FROM.match(after, uw.end()) or
                            _SUPPLY_COUNT_BEFORE.search(before[-60:])):
                        # "agreed to buy 20,000 new energy vehicles from BYD", "will supply Sixt with up to 100,000
                        # electric cars": a fleet order, the seller's
                        meas = Measure.orders
                    if meas is None and _SHIPPED.search(before[-50:]):
                        # "shipped 501,889 lidar units" (parts: deliveries), "shipped 70,000 vehicles" (sales)
                        meas = Measure.sales if w in _VEHICLE_WORDS else Measure.deliveries
                    if meas or _PART_OF_TOTAL.search(before):
                        # (a part of a count named before, "contributed 2,160 units": its measure is that count's)
                        res.append((qs, qe, value, "units", meas))
                continue
            lb = before.lower() if not unit and not pre else ""
            if not unit and not pre and (fold or _may_hold(lb, _BARE_COUNT_WORDS)) and _BARE_COUNT_VERB.search(before) \
                    and (_UNIT_WORDS_ANY.search(sent) or value >= 100) and not _NOT_COUNT_AFTER.match(after):
                # "Onvo delivered 17,342 and Firefly delivered 5,912", "Li Auto delivered 500,508 in 2024": vehicles
                meas = self._count_measure(before, "", fold)
                if meas:
                    res.append((qs, qe, value, "units", meas))
                continue
            if not unit and not pre and res and res[-1][3] == "units" and res[-1][4] in _MONTHLY and \
                    _OF_WHICH.search(before) and not _NOT_COUNT_AFTER.match(after):
                res.append((qs, qe, value, "units", res[-1][4]))  # "sold 4 million vehicles, of which 1 million ..."
                continue
            if not unit and not pre and (scale or value >= 1000) and _CAN_MAKE_BEFORE.search(before) and \
                    _A_YEAR_AFTER.match(after) and (_UNIT_WORDS_ANY.search(sent) or _CAPACITY_CTX.search(sent)):
                res.append((qs, qe, value, "units", Measure.capacity))  # "can make more than 950,000 a year"
                continue
            if not unit and not pre and res and res[-1][3] == "units" and res[-1][4] in _MONTHLY and \
                    _AND_GAPPED_COUNT.search(before) and _OWN_PERIOD_AFTER.match(after) and qs - res[-1][1] < 60:
                res.append((qs, qe, value, "units", res[-1][4]))  # "11,866 vehicles in March and 30,053 in the quarter"
                continue
            if not unit and not pre and res and res[-1][3] == "units" and res[-1][4] in _MONTHLY and \
                    _UP_FROM_BEFORE.search(before[-30:]) and _IN_YEAR_AFTER.match(after) and qs - res[-1][1] < 80:
                # "registered 6,191 new cars in Singapore last year, up from 1,416 in 2023": the earlier year's count
                # (only with its year named: "up from 1,416 a year earlier" would take the sentence's period)
                res.append((qs, qe, value, "units", res[-1][4]))
                continue
            if not unit and not pre and res and res[-1][3] == "units" and res[-1][4] in _MONTHLY and \
                    _NAME_WITH_BEFORE.search(before[-60:]) and not _NOT_COUNT_AFTER.match(after) and qs - res[-1][1] < 80:
                # "MG led with 3,402 registrations, ahead of BYD with 3,137 and XPeng with 2,205": the next names' counts
                res.append((qs, qe, value, "units", res[-1][4]))
                continue
            nv = _NOUN_VERB_COUNT.search(before) if not unit and not pre and (scale or value >= 100) and (
                fold or _may_hold(lb, _NOUN_COUNT_WORDS)) else None
            if nv and not _NOT_COUNT_AFTER.match(after):
                # "BYD's NEV sales hit 4.27 million in 2024", "deliveries totalled 1.79 million last year"
                res.append((qs, qe, value, "units", _NOUN_MEASURE[nv.group("noun").lower()]))
                continue
            if scale and not unit and (_SHARES_OF_FUND.search(before) or (
                    _FUND_UNITS.search(before) and _LEVEL_VERB_BEFORE.search(before))):
                res.append((qs, qe, value, "shares", Measure.fund_size))
                continue
        if " and " in sent and (pm := _PAIRED.search(sent)) is not None and (nm := _PAIR_NUMS.match(sent, pm.end())):
            # "production and sales (respectively) reached 31.282 million and 31.436 million vehicles": one figure each
            pairs = []
            for k, (num, scale) in enumerate(((nm.group(1), nm.group(2)), (nm.group(3), nm.group(4)))):
                try:
                    pairs.append((ss + nm.start(1 + 2 * k), ss + nm.end(2 + 2 * k) if nm.group(2 + 2 * k) else
                                  ss + nm.end(1 + 2 * k), parse_number(num, scale)))
                except (ValueError, KeyError):
                    return res
            lo, hi = ss + nm.start(), ss + nm.end()
            res = [r for r in res if not (lo <= r[0] < hi)]
            for (qs, qe, value), word in zip(pairs, (pm.group(1), pm.group(2))):
                res.append((qs, qe, value, "units", _PAIR_MEASURE[word.lower()]))
            res.sort(key=lambda r: r[0])
        return res

    @staticmethod
    def _count_measure(before: str, after: str, fold: bool = True):
        best = None
        best_d = 10**9
        lb, la = before.lower(), after[:30].lower()
        for meas, rx, words in _MEASURE_WORDS_GUARDED:
            if not (fold or _may_hold(lb, words) or _may_hold(la, words)):
                continue  # (neither finds a match)
            for mm in rx.finditer(before):
                d = len(before) - mm.end()
                if d < best_d:
                    best, best_d = meas, d
            mm = rx.search(after[:30])
            if mm and mm.start() < best_d:
                best, best_d = meas, mm.start()
        return best

    @staticmethod
    def _money_measure(text, ss, se, qs, qe, before, after, scale):
        ctx_b = before[-60:]
        if (cm := _CHANGE_TO_BEFORE.search(ctx_b)) is not None:
            # "net profit attributable to shareholders climbed 41.2 percent year on year to 18.55 billion yuan": the
            # measure's noun stands before the change
            c0 = qs - (len(ctx_b) - cm.start())
            ctx_b = text[max(ss, c0 - 60):c0] + ctx_b[cm.start():]
        ctx = before + " " + after
        if _fund_scale(ctx_b[-35:] + " " + after[:25].split(",")[0]):
            return None
        if _PER_SHARE_AMOUNT_BEFORE.search(ctx_b[-45:]):
            return None  # "a final dividend of 0.36 yuan per share", "earnings per share of 1.20 yuan": no share price
        if not scale and (_PER_SHARE_AFTER.match(after) or _PRICE_BEFORE.search(ctx_b) or _SHARES_AT.search(ctx_b) or
                          _SHARE_CHANGE_TO.search(before[-100:]) or
                          _REPORTED_BEFORE.search(ctx_b[-12:]) and _MT_QUOTE.search(text, ss, se)):
            sent = text[ss:se]
            if _CAR_PRICE.search(sent) and not _SHARE_WORDS.search(sent):
                return None  # "priced at RMB 253,500", "a starting price of 109,800 yuan": what a car costs
            return Measure.share_price, 1
        if (_RAISED_BEFORE.search(ctx_b[-50:]) and _ROUND_CTX.search(text, ss, se) or _NAMED_ROUND_AFTER.match(after)) and \
                not _OFFERING_CTX.search(text, ss, se):
            # "raised 11 billion yuan in its Series C", "a funding round of 5 billion yuan" (not money raised in a
            # listing, a share sale or a loan)
            return Measure.investment, 1
        if _MCAP.search(ctx):
            if _MCAP_CHANGE_NP.search(ctx) or _CHANGE_BEFORE.search(ctx_b[-30:]):
                sign = -1 if _MCAP_LOSS.search(ctx) else 1
                return Measure.market_cap_change, sign
            return Measure.market_cap, 1
        if _ORDER_MONEY_AFTER.match(after) or _ORDER_MONEY_BEFORE.search(ctx_b):
            return Measure.orders, 1  # "won a 250 million yuan order", "the contract is worth about 510 million yuan"
        ma = _MONEY_NOUN_AFTER.match(after)
        if ma:
            # "earned 5.3 billion yuan in net profit", "40 billion yuan of revenue": the noun after the amount
            w = ma.group("w").lower()
            if w.startswith("loss"):
                return Measure.profit, -1
            if w.startswith(("revenue", "sales", "turnover")):
                return Measure.revenue, 1
            return Measure.profit, 1
        if _EARNED_BEFORE.search(ctx_b):
            return Measure.profit, 1  # "the Shenzhen-based automaker earned 23.33 billion yuan"
        if _LOST_BEFORE.search(ctx_b) and not _SHARE_WORDS.search(ctx):
            return Measure.profit, -1  # "Tianqi Lithium lost 7.9 billion yuan in 2024": a net loss
        # The nearer of a revenue and a profit word before the amount names it ("revenue of 777 billion yuan and
        # net profit of 40 billion yuan").
        rv = pf = None
        for rv in _REVENUE.finditer(ctx_b):
            pass
        for pf in _PROFIT.finditer(ctx_b):
            pass
        if rv is not None and (pf is None or rv.start() > pf.start()):
            return Measure.revenue, 1
        if pf is not None:
            return Measure.profit, (-1 if _LOSS.search(pf.group(0)) else 1)
        if not scale and (_SHARE_PRICE.search(ctx) or _PER_SHARE.search(after[:15])):
            return Measure.share_price, 1
        if _STAKE_WITH_BEFORE.search(ctx_b):
            return Measure.investment, 1  # "agreed to purchase a 10% stake of Yinwang with 11.5 billion yuan"
        if _INVEST.search(ctx_b) or _STAKE_AFTER.match(after) or (
                _PUT_BEFORE.search(ctx_b[-40:]) and _INTO_AFTER.match(after)):
            return Measure.investment, 1  # (and "put RMB 11.5 billion into Yinwang")
        if _SPEND_BEFORE.search(ctx_b[-30:]) and _ON_FACILITY_AFTER.match(text, qe, min(se, qe + 80)) or \
                _COST_BEFORE.search(ctx_b[-45:]) or \
                scale and _FACILITY_NOUN_AFTER.match(after) and re.search(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z]{0,3}\$\s?)?$", ctx_b):
            # "will spend 620 million yuan on a new plant", "a project budgeted at 1.5 billion yuan", "expanded at a
            # cost of 350 million yuan": what a company puts into a facility
            return Measure.investment, 1
        if _DEAL_PRICE.search(ctx_b) and _BUYING.search(text, ss, se):
            return Measure.investment, 1  # "acquires 10% of X ..., the transaction price is 11.5 billion yuan"
        if _PAY_BEFORE.search(ctx_b[-30:]) and _FOR_STAKE_AFTER.match(after):
            return Measure.investment, 1  # "will pay 11.5 billion yuan for 10% of Yinwang", "use ... to acquire"
        return None

    def _percent(self, text, ss, se, qs, qe, value, sent, m):
        cs, ce = self._clause(text, ss, se, qs)
        before = text[max(cs, qs - 60):qs]
        after = text[qe:min(ce, qe + 40)]
        near = before[-45:]
        near = near[near.rfind(",") + 1:]  # "which make up 36% of its weight, are X, up 80%": the last phrase counts
        if _skip_percent(near + " " + after[:30]):
            return (qs, qe, value, "%", None)
        if _FROM_BEFORE.search(before[-30:]):
            return (qs, qe, value, "%", None)  # "27.6% ..., down from 33.1% a year earlier": the earlier level
        if _HELD_SHARE.search(before) and (_SHARE_OF_MARKET.match(text, qe, min(ce, qe + 70)) or
                                          _SHARE_OF_MARKET.search(text, ss, qs)):
            return (qs, qe, value, "%", Measure.market_share)  # "CATL held 37.9% of global installations and BYD 17.2%"
        if (_SHARE_OF_BEFORE.search(before) or (
                _RANKED_WITH.search(before) or _RANKED_NEXT.search(before) and _FOLLOWED_BY.search(text, ss, qs)) and
                _RANKING_CTX.search(text, max(0, ss - 300), min(len(text), se + 100))) and not _NOT_SHARE_AFTER.match(after):
            return (qs, qe, value, "%", Measure.market_share)  # "BYD was second with a share of 24.74 percent"
        if _MARKET_SHARE.search(text, max(cs, qs - 60), min(ce, qe + 40)):
            if _CATEGORY_BEFORE.search(before[-60:]) and \
                    not _OF_GLOBAL.search(after):
                # A category's share of a market ("NEVs ... with a market share of 31.6%") is penetration.
                return (qs, qe, value, "%", None)
            return (qs, qe, value, "%", Measure.market_share)
        fall = _FALL.search(before[-35:]) or _FALL.match(after, 0) or _FALL_AFTER.match(after)
        rise = _RISE.search(before[-35:]) or _RISE_AFTER.match(after)
        if not (fall or rise) and (pm := _AND_AFTER_PERCENT.search(before)) is not None:
            # "gained 9.6% in Shenzhen and as much as 21% in Hong Kong": the verb of the first figure
            lead = before[max(0, pm.start() - 35):pm.start()]
            fall, rise = _FALL.search(lead), _RISE.search(lead)
        if not (fall or rise):
            return (qs, qe, value, "%", None)
        if _NOT_PRICE.search(text, max(cs, qs - 80), qs) or _NOT_PRICE.match(after):
            return (qs, qe, value, "%", None)  # growth of sales, deliveries, revenue... is not recorded
        if not _PRICE_CTX.search(text, cs, ce) and not _VERB_CHANGE.search(before[-40:]):
            return (qs, qe, value, "%", None)
        if fall and value > 0 and not (rise and rise.start() > (fall.start() if hasattr(fall, "start") else 0) and
                                       rise.group(0).lower() not in ("price limit", "daily limit")):
            value = -value  # ("fell by the daily limit of 10 per cent": the limit takes the verb's direction)
        return (qs, qe, value, "%", Measure.share_price_change)

    @staticmethod
    def _subjects(text, ss, se, qs, items, records, measure, product_spec: bool = False,
                  home_sources: frozenset[str] = frozenset()) -> list[str]:
        cs = ss
        if _may_break(text, ss, qs):
            for m in _CLAUSE.finditer(text, ss, qs):
                if not _in_parens(text, ss, m.start()):
                    cs = m.end()
        cands = [it for it in items if cs <= it[0] and it[1] <= qs]
        rel = None
        for rel in _RELATIVE_OPEN.finditer(text, cs, qs):
            pass
        if rel is not None:
            # The clause ends at the first comma that does not separate list items.
            starts = {it[0] for it in items}
            close = -1
            c = text.find(",", rel.end(), qs)
            while c >= 0:
                j = c + 1
                while j < qs and text[j] == " ":
                    j += 1
                # (a thousands separator is no clause end: "which starts at 68,800 yuan and uses ...")
                if j not in starts and not text.startswith("and ", j) and \
                        not (text[c - 1:c].isdigit() and text[j:j + 1].isdigit()):
                    close = c
                    break
                c = text.find(",", c + 1, qs)
            if close > rel.end():
                # "CATL, which supplies Tesla, BMW and Mercedes-Benz, said net profit rose": not the clause's objects
                cands = [it for it in cands if not (rel.start() < it[0] < close)]
        if product_spec:
            # A specification belongs to the named battery or product it describes, not to its maker ("The Qilin
            # battery, a product of CATL, reaches 255 Wh/kg"); a product only compared with is not it.
            for st, en, eid, ref in reversed(cands):
                rec = records[eid]
                if not ref and "Product" in rec.isa and rec.kind != "VehicleModel" and \
                        not _COMPARED_BEFORE.search(text, max(ss, st - 30), st):
                    return [eid]
        if measure in (Measure.market_share, Measure.sales) and (cg := _CHINESE_GROUP.search(text, cs, qs)) is not None \
                and not any(cg.end() <= it[0] for it in cands) and (china := FactFinder._country(records)) is not None:
            return [china]  # "Chinese brands as a group took 5.9% of the European market": China's share
        source = False  # an industry association's national statistics were skipped
        for idx in range(len(cands) - 1, -1, -1):
            st, en, eid, ref = cands[idx]
            isa = records[eid].isa
            if not (isa & _SUBJECT_KINDS) or isa & {"Regulator", "Exchange"}:
                continue
            if said_on(text, st, en):
                continue  # "Lei Jun said on Weibo", "in a WeChat post": where something was said is no subject
            if "IndustryAssociation" in isa and measure in _NATIONAL_MEASURES:
                # "CAAM said vehicle sales in China rose to 31.4 million": the figure is the country's
                source = source or eid in home_sources
                continue
            if "Index" in isa:  # (an index's move is no share price, nor is any other figure of it)
                continue
            if "Country" in isa:
                continue
            if (measure == Measure.orders or measure in _SPEC and "Company" in isa) and \
                    _FOR_BEFORE.search(text[max(ss, st - 30):st]):
                continue  # (a customer: "developed a 150 kWh pack for NIO with a cell energy density of 360 Wh/kg")
            if measure == Measure.orders and _CHOSEN_BY_BEFORE.search(text[max(ss, st - 40):st]):
                continue  # (the customer: "has been nominated by Li Auto to supply ..., in a contract worth")
            if measure in (Measure.share_price_change, Measure.share_price, Measure.market_cap) and "Product" in isa:
                continue
            if measure == Measure.capacity and not product_spec and "Product" in isa:
                continue  # a plant's or line's GWh belongs to its owner, not to the battery it makes
            if _COMPARED_BEFORE.search(text, max(ss, st - 30), st):
                continue  # only compared with ("denser than Qilin", "compared with BYD")
            if text.startswith("-backed ", en):
                continue  # the backer in a description of another company ("The Xpeng-backed company said")
            if idx > 0 and _AND_VERB_BEFORE_FIGURE.search(text, en, qs):
                # "The company sells the Atto 3 in Europe and sold 3.02 million cars": an object of the first verb (or
                # of its list); the second verb shares the first's subject
                j = idx
                while j > 0 and _LIST_GAP.fullmatch(text[cands[j - 1][1]:cands[j][0]]):
                    j -= 1
                if _VERB_BEFORE_OBJECT.search(text, max(ss, cands[j][0] - 30), cands[j][0]):
                    continue
            if _AGENT_BY_BEFORE.search(text, max(ss, st - 40), st) or _AGENT_BY_AND_BEFORE.search(text, max(ss, st - 100), st):
                # "Zeekr, the brand spun out by Geely ..., said deliveries reached": the agent of a description (or the
                # second of two: "UAEV, the network set up by the Ministry of Energy and Infrastructure and Etihad ...")
                continue
            if (vm := _VENTURE_OWNERS_BEFORE.search(text, max(ss, st - 120), st)) is not None and \
                    any(not c[3] and _PAREN_OR_NOTHING.fullmatch(text, c[1], vm.start()) for c in cands[:idx]):
                # "JSW MG Motor India, the joint venture between the JSW Group and China's SAIC Motor, sold ...": an
                # owner named in a named venture's description (but "The cell plant, a joint venture between CATL and
                # IBC, will have a capacity of": the owners' plant)
                continue
            if text[max(ss, st - 7):st] == "former " or text[max(ss, st - 3):st] == "ex-":
                continue  # "built on the site of a former Ford factory": not the owner now
            # Data sources are not subjects ("Data from CAAM shows ...").
            if _DATA_FROM_BEFORE.search(text[max(ss, st - 25):st]) and measure not in (Measure.share_price_change,):
                continue
            ap = _APPOS_BEFORE.search(text, max(ss, st - 64), st) if idx > 0 else None
            if ap is not None and not any(c[1] <= ap.start() and _ANCHOR_GAP.fullmatch(text, c[1], ap.start())
                                          for c in cands[:idx]):
                ap = None  # "Its second car, the YU7, collected ...": the apposition names a plain noun phrase
            if idx > 0 and (ap is not None or (
                    (text[en:en + 2] in ("'s", "’s") or (ref and text[en - 2:en] in ("'s", "’s")))
                    and text[max(ss, st - 2):st] == ", ")) and "," in text[en:qs]:
                continue  # inside an apposition ("Luxeed, one of the HIMA brands, handed over ...")
            # A coordinated group shares the number.
            group = [eid]
            j = idx
            while j > 0:
                pst, pen, peid, pref = cands[j - 1]
                if pref and not text[pen:cands[j][0]].strip():
                    break  # "the listed company Weilai": a description right before the name is the name's
                if cands[j][3] and text[cands[j][0]:cands[j][1]].lower() in ("its", "their") and \
                        _CLAUSE_JOINT.fullmatch(text, pen, cands[j][0]):
                    break  # "supplies Li Auto, NIO and Volkswagen, and its air suspension unit won orders": a new clause
                if _LIST_GAP.fullmatch(text[pen:cands[j][0]]) and \
                        _same_sort(records[peid].isa, isa):
                    group.insert(0, peid)
                    j -= 1
                else:
                    break
            if j < idx and _AGENT_BY_BEFORE.search(text, max(ss, cands[j][0] - 40), cands[j][0]):
                continue  # "The venture, owned equally by BAIC Motor and Hyundai, sold ...": the owners' list
            return list(dict.fromkeys(group))
        # A country right before a national figure ("sales of NEVs in China reached ...").
        for st, en, eid, ref in reversed(cands):
            if "Country" in records[eid].isa and _OUTSIDE_BEFORE.search(text, max(ss, st - 24), st):
                continue  # "Shipments outside mainland China reached 417,204 units": not China's figure
            if "Country" in records[eid].isa and measure in (Measure.sales, Measure.production, Measure.market_share,
                                                             Measure.capacity,
                                                             Measure.deliveries, Measure.market_cap_change):
                return [eid]
        if source and (china := FactFinder._country(records)) is not None:
            return [china]  # a Chinese association's figure is China's, when the article names China
        return []
