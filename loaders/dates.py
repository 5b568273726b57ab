"""Dates and periods of facts.

:class:`DateContext` knows the article's reference date (its metadata date, else a dateline such as
"Nov 05" plus a year inferred from the text: "Q3 2025 report", "since the beginning of 2025",
"In February of this year ... (2024 Edition)", "precedes the launch of the 15th Five-Year plan")
and resolves the period a sentence talks about: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``None``.

Example:
    >>> t = "On August 28th, X happened. In 2023, sales grew."
    >>> ctx = DateContext.build(t, [(0, 27), (28, 49)], "2024-09-02")
    >>> ctx.period(0), ctx.period(1)
    ('2024-08-28', '2023')
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .guards import fold_unsafe as _fold_unsafe, holds_any as _holds

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"])}
#: an English month name or its abbreviation (a regex fragment; also read by the byline patterns of ``entities``)
MONTH_NAME = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
             r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_MON = MONTH_NAME
_DATELINE = re.compile(rf"^\s*({_MON})\.?\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?\s*$", re.M)
# a wire dateline: "BEIJING, March 4 (Reuters) -", "SHANGHAI, Nov. 5, 2025 /PRNewswire/ --", "Shenzhen, May 2 —"
_WIRE_DATELINE = re.compile(rf"^[ \t]*[A-Z][A-Za-z .'\-]{{1,30}},\s+({_MON})\.?\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?\s*"
                            r"(?:\(|/|-|–|—|:)", re.M)
_ISO = re.compile(r"\b(20\d\d|19\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_DAY = re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?")
_MONTH = re.compile(rf"\b(?:in|by|since|of|during|for|through|until|late|early|mid-?)\s+(?:late\s+|early\s+|mid-?)?"
                    rf"(?P<mon>{_MON})\b(?:\s+(?:of\s+)?(?P<year>\d{{4}}))?(?!\s+\d)", re.I)
_MID_MONTH = re.compile(rf"\bmid-(?P<mon>{_MON})\b")
# "October deliveries", "its November sales": a month used as a modifier of a measure.
_MONTH_MODIFIER = re.compile(rf"\b(?P<mon>{_MON})(?:\s+(?P<year>\d{{4}}))?\s+(?:deliveries|sales|output|production|orders|"
                             r"shipments|registrations|exports|figures|volumes?|installations)\b")
_ANNOUNCE = re.compile(r"\b(?:unveil\w*|launch\w*|releas\w*|announc\w*|present\w*|showcas\w*|introduc\w*|debut\w*|"
                       r"show(?:ed|n|s)|exhibit\w*)\b", re.I)
_MONTH_RANGE = re.compile(rf"\b(?P<mon>{_MON})\s+(?:to|through|until|-|–)\s+{_MON}\b(?:\s+(?P<year>\d{{4}}))?")
_WEEKDAY = re.compile(r"\b(?:on|last|this)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_END_OF_YEAR = re.compile(r"\b(?:end|close)\s+of\s+(?P<year>\d{4})\b")
_QUARTER = re.compile(r"\b(?:Q[1-4]|H[12]|first\s+(?:half|three\s+quarters|quarter)|(?:first|second|third|fourth)[\s-]+quarter|"
                      r"year-to-date|beginning\s+of)\s+(?:of\s+)?(?P<year>20\d\d)\b|\b(?P<year2>20\d\d)\s+(?:Q[1-4]|H[12])\b|"
                      r"\b[1-4]Q\s?(?P<year3>(?:20)?\d\d)\b|\b[12]H\s?(?P<year4>(?:20)?\d\d)\b")
_YEAR = re.compile(r"\b(?:in|of|for|during|since|by)\s+(?P<year>(?:19|20)\d\d)\b(?![-–]\d)", re.I)
_QUARTER_NOYEAR = re.compile(r"\b(?:Q[1-4]|H[12]|(?:first|second|third|fourth)[\s-]+quarter|first\s+half|second\s+half|"
                             r"first\s+(?:three|nine|ten|eleven|two|four|five|six|seven|eight)\s+(?:quarters|months)|"
                             r"year-to-date|so\s+far\s+this\s+year|this\s+year)\b", re.I)
_PERIOD_END = {"this year": 0, "q1": 3, "first quarter": 3, "q2": 6, "second quarter": 6, "h1": 6, "first half": 6, "q3": 9, "third quarter": 9,
               "q4": 12, "fourth quarter": 12, "h2": 12, "second half": 12, "first three quarters": 9, "first nine months": 9,
               "first ten months": 10, "first eleven months": 11, "first two months": 2, "first two quarters": 6,
               "first four months": 4, "first five months": 5, "first six months": 6, "first seven months": 7,
               "first eight months": 8}


def _period_end_month(phrase: str) -> int:
    return _PERIOD_END.get(re.sub(r"[\s-]+", " ", phrase.lower()), 0)


_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.I)
_EDITION = re.compile(r"\((?P<year>20\d\d)(?:\s+(?:Edition|Version))?\)")
_FIVE_YEAR = re.compile(r"(?:launch|start|upcoming|forthcoming|precedes?|ahead\s+of)[^.]{0,60}?\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+"
                        r"Five-Year", re.I)
_FUTURE = re.compile(r"\b(?:will|expects?|expected|plans?|forecast|predict\w*|projected|estimate[sd]?|target|by\s+20[3-9]\d)\b",
                     re.I)
_SAME_DAY = re.compile(r"\b(?:on\s+the\s+same\s+day|that\s+day|the\s+same\s+day)\b", re.I)
_FOR_THE_MONTH = re.compile(r"\b(?:(?:for|in)\s+the\s+month|that\s+month|this\s+month|(?:second|third)\s+consecutive\s+month)\b",
                            re.I)
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # (the same as _DIGIT in ASCII text, and faster)


def _has_digit(s: str) -> bool:
    return (_ASCII_DIGIT if s.isascii() else _DIGIT).search(s) is not None


# Every match of _QUARTER holds "Q", "H1", "H2", "1H" or "2H", or "20" (its year) and one of these words.
_QUARTER_LEADS = ("first", "second", "third", "fourth", "year-to-date", "beginning")


def _may_quarter(s: str) -> bool:
    """False when ``_QUARTER`` cannot match ``s``."""
    return "Q" in s or "H1" in s or "H2" in s or "1H" in s or "2H" in s or ("20" in s and _holds(s, _QUARTER_LEADS))
_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for)\s+the\s+same\s+period\b(?!\s+(?:of\s+|in\s+)?(?:last|a|the\s+previous|"
                          r"the\s+prior)\s+year)(?!\s+(?:a\s+year\s+)?(?:earlier|before|ago))", re.I)
# An opening that names the month an article reports on: "June deliveries: ...", "reported their October numbers".
_TOPIC_MONTH = re.compile(rf"\b(?P<mon>{_MON})(?:\s+(?P<year>20\d\d))?\s+(?:deliver(?:y|ies)|sales|numbers|figures|"
                          r"results|data|volumes?|output|production)\b")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_CAPS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Every match of _QUARTER_NOYEAR holds one of these, lower-cased, or "year" with "this" or "year-to-date" (when no
# character that re.IGNORECASE equates with an ASCII letter is present).
_QUARTER_WORDS = ("q1", "q2", "q3", "q4", "h1", "h2", "quarter", "half", "months")


_TODAY = re.compile(r"\b(?:today|this\s+morning|on\s+the\s+day)\b", re.I)


def month_number(name: str) -> int:
    """The number of the month ``name`` names, by its first three letters ("Jul", "July", "Sept." -> 7, 7, 9); 0 if none."""
    n = name.lower().rstrip(".")
    for full, i in _MONTHS.items():
        if full.startswith(n[:3]):
            return i
    return 0


@dataclass(slots=True)
class DateContext:
    """Reference date of an article and the explicit period of each sentence."""

    year: int | None
    month: int | None
    day: int | None
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    year_inferred: bool = False
    _memo: dict[int, str | None] = field(default_factory=dict)
    _topic: list[str | None] = field(default_factory=list)  # [topic month] once worked out

    @classmethod
    def build(cls, text: str, sentences: list[tuple[int, int]], article_date: str | None) -> "DateContext":
        year = month = day = None
        if article_date:
            m = re.match(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", article_date)
            if m:
                year = int(m.group(1))
                month = int(m.group(2)) if m.group(2) else None
                day = int(m.group(3)) if m.group(3) else None
        if year is None:
            head = text[:400]
            dl = _DATELINE.search(head) or _WIRE_DATELINE.search(head)
            if dl:
                month, day = month_number(dl.group(1)), int(dl.group(2))
                if dl.group(3):
                    year = int(dl.group(3))
            else:
                iso = _ISO.search(head)
                if iso:
                    year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        # Periods are resolved lazily: only sentences that hold a fact ever ask.
        return cls(year, month, day, text, sentences, year is not None)

    def _ensure_year(self) -> None:
        if not self.year_inferred:
            self.year_inferred = True
            if self.year is None:
                self.year = _infer_year(self.text, self.sentences)

    def _at(self, i: int, depth: int = 0) -> str | None:
        """Explicit period of sentence ``i`` ("same day" and "for the month" look back a few sentences)."""
        if i in self._memo:
            return self._memo[i]
        s, e = self.sentences[i]
        sent = self.text[s:e]
        last_day = last_month = None
        low = sent.lower()
        if depth < 1 and "same period" in low and _SAME_PERIOD.search(sent):
            # "BYD's share over the same period": the period of the sentence before that names one
            for j in range(i - 1, max(-1, i - 4), -1):
                p = self._at(j, depth + 1)
                if p:
                    self._memo[i] = p
                    return p
        if depth < 1 and ("day" in low and _SAME_DAY.search(sent) or "month" in low and _FOR_THE_MONTH.search(sent)):
            for j in range(i - 1, max(-1, i - 8), -1):
                p = self._at(j, depth + 1)
                if p and len(p) == 10 and last_day is None:
                    last_day = p
                if p and len(p) >= 7 and last_month is None:
                    last_month = p[:7]
                if last_day and last_month:
                    break
        p = self._explicit(sent, last_day, last_month, low)
        self._memo[i] = p
        return p

    def _may_date_day(self, i: int) -> bool:
        """False when sentence ``i`` can name no day and looks at no other sentence (its period is never a day)."""
        s, e = self.sentences[i]
        sent = self.text[s:e]
        if _fold_unsafe(sent):
            return True
        low = sent.lower()
        if "day" in low or "morning" in low or "month" in low:
            return True  # "same day", "today", weekdays, "this morning"; "for the month" looks back
        return _has_digit(sent) and _holds(sent, _MONTH_CAPS)  # "Nov 5"

    def _ymd(self, mon: int, day: int | None, year: str | None) -> str | None:
        if not year:
            self._ensure_year()
        y = int(year) if year else self.year
        if y is None:
            return None
        if not year and self.month and mon > self.month + 1 and self.year == y:
            y -= 1  # "December" in a February article is last year
        return f"{y:04d}-{mon:02d}-{day:02d}" if day else f"{y:04d}-{mon:02d}"

    def _explicit(self, sent: str, last_day: str | None, last_month: str | None, low: str | None = None) -> str | None:
        # Cheap guards (a digit, a month name, "day"/"month") skip the patterns that cannot match.
        if low is None:
            low = sent.lower()
        digit = _has_digit(sent)
        fold = _fold_unsafe(sent)
        months = fold or _holds(low, _MONTH_STEMS)  # a month name in any case
        caps = months and _holds(sent, _MONTH_CAPS)  # a capitalised month name (the case-sensitive patterns)
        m = _DAY.search(sent) if digit and caps else None
        if m and month_number(m.group("mon")):
            d = int(m.group("day"))
            if 1 <= d <= 31:
                return self._ymd(month_number(m.group("mon")), d, m.group("year"))
        m = _END_OF_YEAR.search(sent) if digit and ("end" in sent or "close" in sent) and "of" in sent else None
        if m:
            return f"{m.group('year')}-12"
        m = _MONTH_RANGE.search(sent) if caps else None
        if m and month_number(m.group("mon")):
            ym = self._ymd(month_number(m.group("mon")), None, m.group("year"))
            return ym[:4] if ym else None  # "January to September": the year
        m = _MONTH.search(sent) if months else None
        if m is None and caps:
            m = _MID_MONTH.search(sent) or _MONTH_MODIFIER.search(sent)
        if m and month_number(m.group("mon")):
            ym = self._ymd(month_number(m.group("mon")), None, m.groupdict().get("year"))
            if ym and m.group(0).lower().startswith("since"):
                return ym[:4]  # "gained 20% since January": a year-to-date change
            return ym
        m = _QUARTER.search(sent) if digit and _may_quarter(sent) else None
        if m:
            y = m.group("year") or m.group("year2") or m.group("year3") or m.group("year4")
            return y if len(y) == 4 else "20" + y  # "3Q25" is 2025
        m = _YEAR.search(sent) if digit and ("19" in sent or "20" in sent) else None
        if m:
            return m.group("year")
        q = _QUARTER_NOYEAR.search(sent) if (digit or "quarter" in low or "half" in low or "month" in low or
                                             "year-to-date" in low or "so far" in low or "this year" in low) and (
            fold or _holds(low, _QUARTER_WORDS) or "year" in low and ("this" in low or "year-to-date" in low)) else None
        if q:
            # "in the third quarter", "first three quarters": the article's year (last year if not over yet)
            self._ensure_year()
            if self.year:
                end = _period_end_month(q.group(0))
                return str(self.year - 1 if self.month and end > self.month else self.year)
        if "last " in low and self.month and ("last year" in low or "last month" in low):
            self._ensure_year()  # a dateline gives the month and day; the year may have to be inferred
        if "last " in low and self.year and self.month:
            if "last year" in low:
                return str(self.year - 1)  # "last year" in a dated article
            if "last month" in low:
                y, mo = (self.year, self.month - 1) if self.month > 1 else (self.year - 1, 12)
                return f"{y:04d}-{mo:02d}"
        day = "day" in low
        if last_day and day and _SAME_DAY.search(sent):
            return last_day
        if last_month and "month" in low and _FOR_THE_MONTH.search(sent):
            return last_month
        if self.month and self.day and self.year and (day or "today" in low or "morning" in low or
                                                      _fold_unsafe(sent)) and _TODAY.search(sent):
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        m = _WEEKDAY.search(sent) if day else None
        if m and self.month and self.day and self.year:
            # "on Monday" in a dated article: the last such weekday up to the article's date.
            ref = datetime.date(self.year, self.month, self.day)
            back = (ref.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
            d = ref - datetime.timedelta(days=back)
            return d.isoformat()
        return None

    def period(self, sentence_index: int, *, spec: bool = False) -> str | None:
        """Period of sentence ``sentence_index``; a product spec inherits the last date announced before it."""
        if 0 <= sentence_index < len(self.sentences):
            p = self._at(sentence_index)
            if p and spec and len(p) < 10:
                # A specification takes the date it was announced: a year or month in its sentence counts only when
                # the sentence announces it ("In May 2024 Gotion unveiled ...") and it is not in the future
                # ("will enter mass production in 2025") nor history ("began research in 2017").
                s, e = self.sentences[sentence_index]
                ref = self.reference()
                if not _ANNOUNCE.search(self.text, s, e) or (ref and p > ref[:len(p)]):
                    p = None
            if p:
                return p
            if spec:
                for j in range(sentence_index - 1, max(-1, sentence_index - 12), -1):
                    if j not in self._memo and self.year_inferred and not self._may_date_day(j):
                        continue  # (its period, whenever asked for, is the same and not a day)
                    q = self._at(j)
                    if q and len(q) == 10:
                        return q
                return self.reference()
        return None

    def period_near(self, sentence_index: int, start: int, end: int, *, spec: bool = False,
                    daily: bool = False) -> str | None:
        """Period of the figure at ``start:end`` of sentence ``sentence_index``.

        A date in the figure's own clause (between commas, semicolons or dashes) wins over one elsewhere in the
        sentence: "delivered 36,674 in March, and 92,864 in the first quarter". ``daily``: the figure is a market
        move of one day, so a day the sentence names ("on Tuesday") wins over a year or month in another clause.
        """
        p = self._period_near(sentence_index, start, end, spec=spec, daily=daily)
        if daily and p and len(p) == 4:
            # "the largest listing since 2021": a year a comparison reaches back to does not date a day's price
            s, e = self.sentences[sentence_index]
            if self.text.find("since " + p, s, e) >= 0 or self.text.find("Since " + p, s, e) >= 0:
                return None
        return p

    def _period_near(self, sentence_index: int, start: int, end: int, *, spec: bool, daily: bool) -> str | None:
        if spec or not 0 <= sentence_index < len(self.sentences):
            return self.period(sentence_index, spec=spec)
        s, e = self.sentences[sentence_index]
        cs, ce = _segment(self.text, s, e, start, end)
        if cs > s or ce < e:
            p = self._explicit(self.text[cs:ce], None, None)
            if p:
                return p
            if daily:
                d = self._explicit_day(self.text[s:e])
                if d:
                    return d
            p = self.period(sentence_index)
            if p and cs > s:
                # "Xiaomi, whose SU7 went on sale in March, delivered 20,000 cars": a date inside a relative clause
                # before the figure's clause dates what the clause says
                rel = _RELATIVE_CLAUSE.search(self.text, s, cs)
                if rel is not None and rel.end() <= cs and \
                        not self._explicit(self.text[s:rel.start()] + " " + self.text[rel.end():e], None, None):
                    return None
            if p and ce < e:
                # "a net loss of 7.9 billion yuan, against a profit of 7.3 billion yuan in 2023": the date of a
                # comparison clause belongs to the compared figure
                for m in _CONTRAST_CLAUSE.finditer(self.text, ce, e):
                    ks, ke = _segment(self.text, s, e, m.end(), m.end())
                    if self._explicit(self.text[ks:ke], None, None) == p:
                        return None
            return p
        return self.period(sentence_index)

    def _explicit_day(self, sent: str) -> str | None:
        """A day the sentence names ("May 20", "on Tuesday", "today"), if any."""
        m = _DAY.search(sent) if _has_digit(sent) and _holds(sent, _MONTH_CAPS) else None
        if m and month_number(m.group("mon")) and 1 <= int(m.group("day")) <= 31:
            return self._ymd(month_number(m.group("mon")), int(m.group("day")), m.group("year"))
        if not (self.year and self.month and self.day):
            return None
        if _TODAY.search(sent):
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        m = _WEEKDAY.search(sent)
        if m:
            ref = datetime.date(self.year, self.month, self.day)
            back = (ref.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
            return (ref - datetime.timedelta(days=back)).isoformat()
        return None

    def topic_month(self) -> str | None:
        """The month whose figures the article reports, when its opening names one ("October deliveries: ...",
        "carmakers published their June figures") and it is not after the article's own month."""
        if not self._topic:
            p = None
            head = self.text[:400]
            if _holds(head, _MONTH_CAPS):
                m = _TOPIC_MONTH.search(head)
                if m and month_number(m.group("mon")):
                    p = self._ymd(month_number(m.group("mon")), None, m.group("year"))
                    ref = self.reference()
                    if p and ref and p > ref[:7]:
                        p = None
            self._topic.append(p)
        return self._topic[0]

    def reference(self) -> str | None:
        if self.year and self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return None


_CONTRAST_CLAUSE = re.compile(r"(?:[,;]|\s[—–])\s+(?:against|compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from)\s", re.I)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|whose|who|(?:in|of|for|with|from|by)\s+(?:which|whom)|(?:spun\s+(?:off|out)|"
                              r"backed|owned|founded|acquired)\s+by)\b[^,;()]{0,120},")
_SEGMENT_BREAK = re.compile(r"[,;]\s|\s[—–]\s")


def _segment(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text[s:e]`` around ``start:end``, cut at ", ", "; " and dashes outside parentheses."""
    cs, ce = s, e
    for m in _SEGMENT_BREAK.finditer(text, s, start):
        if text.count("(", s, m.start()) <= text.count(")", s, m.start()):
            cs = m.end()
    for m in _SEGMENT_BREAK.finditer(text, end, e):
        if text.count("(", s, m.start()) <= text.count(")", s, m.start()):
            ce = m.start()
            break
    return cs, ce


def _infer_year(text: str, sentences: list[tuple[int, int]]) -> int | None:
    """The article's year from the text alone, or None."""
    # (Each pattern is tried only where its literal parts occur: "five-year", "(20", "20"/"Q"/"H", "19"/"20".)
    if _fold_unsafe(text) or "five-year" in text.lower():
        for m in _FIVE_YEAR.finditer(text):
            n = int(m.group("n"))
            if 11 <= n <= 20:
                return 2006 + 5 * (n - 11) - 1
    best: int | None = None
    for s, e in sentences:
        sent = text[s:e]
        if "(20" in sent and _THIS_YEAR.search(sent):
            m = _EDITION.search(sent)
            if m:
                return int(m.group("year"))
        m = _QUARTER.search(sent) if _may_quarter(sent) else None
        if m:
            yy = m.group("year") or m.group("year2") or m.group("year3") or m.group("year4")
            y = int(yy if len(yy) == 4 else "20" + yy)
            best = max(best or 0, y)
            continue
        if not ("19" in sent or "20" in sent) or _FUTURE.search(sent):
            continue
        for ym in _YEAR.finditer(sent):
            y = int(ym.group("year"))
            if 1990 <= y <= 2100:
                best = max(best or 0, y)
    return best
