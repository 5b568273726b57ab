"""Cleaning of article text before extraction, with a map back to the original offsets.

:func:`clean` drops page junk (ads, comment and share prompts, disclaimers, image captions,
numbered-list debris), removes markdown emphasis markers and repairs sentences that the source
ran together ("sectorAs of", "times.Penghui"). Evidence is always sliced from the *original*
text: :meth:`CleanText.span` maps a cleaned span back to the original one.

Example:
    >>> c = clean("BYD sold cars.Tesla did too.")
    >>> c.text
    'BYD sold cars. Tesla did too.'
    >>> s, e = c.span(15, 29)
    >>> "BYD sold cars.Tesla did too."[s:e]
    'Tesla did too.'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from sys import maxsize
from dataclasses import dataclass
from typing import Any, Container, Iterable

from .guards import holds_any as _holds_any

# A whole line that is page furniture rather than article text. (Bounded: a prompt such as "Click to follow"
# glued in front of a whole article on one line must not take the article with it.)
_JUNK_LINE = re.compile(
    # possessive \s*+ and *+: a line of thousands of spaces cannot make the match backtrack cubically
    r"""^\s*+(?:[-*•·]\s*+)?(?:
        (?:advertisements?|advertising|sponsored(?:\s+content)?|ad)\W*
      | (?:[\[【](?:font|share|字号|分享)[^\]】\n]{0,80}[\]】]\s*+)+
      | leave\s+(?:a|your)\s+(?:comment|reply|message)\W*
      | (?:click|tap)\s+(?:here\s+)?to\s+(?:follow|subscribe|share|read|view).{0,200}
      | (?:share|subscribe|follow\s+us|like\s+and\s+share|share\s+this)(?:\s+(?:this|to|on|now|article|us).{0,200})?\W*
      # ("Share: WeChat / Weibo / LinkedIn", "Comment (0) | Share to: WeChat Weibo")
      | (?:comments?\s*(?:\(\d+\))?\s*[|/·]\s*)?share(?:\s+(?:to|on|via))?\s*[:：].{0,200}
      | font(?:\s+size)?\s*[:：]\s*(?:large|big|medium|middle|small|[大中小]).{0,200}
      | (?:image|photo|picture|video|figure|pic)\s*(?:source|credit)s?\s*[:：].{0,200}
      | (?:source|来源)\s*[:：].{0,80}
      | (?:disclaimer|risk\s+warning|免责声明)\s*[:：].{0,2000}
      | most\s+(?:discussed|read|popular|viewed)\W*
      | (?:related\s+(?:articles|news|reading)|recommended(?:\s+for\s+you)?|read\s+more|comments?|no\s+data\s+yet)\W*
      | \d{1,3}[.)]?
      | [-*_=~•·.\s]*+
    )\s*+$""",
    re.IGNORECASE | re.VERBOSE,
)
# A trade portal's dateline at a paragraph's start, a hyphen glued to the place: "Gasgoo Munich- KH Automotive said"
_LEAD_DATELINE = re.compile(r"[ \t]*(?:[A-Z][A-Za-z]+[ \t]){1,2}[A-Z][a-z]+-[ \t]+(?=[A-Z0-9\"“])")
# Sentences that are disclaimers wherever they appear.
_JUNK_SENTENCE_LINE = re.compile(
    r"for\s+reference\s+only|does\s+not\s+constitute\s+(?:any\s+)?investment\s+advice|not\s+(?:financial|investment)\s+advice"
    r"|assumes\s+no\s+responsibility|investment\s+involves\s+risks?|market\s+(?:has|involves)\s+risks?",
    re.IGNORECASE,
)
# a sentence: from the end of the one before it (or the line's start) to its own end (or the line's end)
_SENTENCE_SPAN = re.compile(r"(?:[^.!?。！？]|[.!?](?![\s\"”’).!?]|$))*(?:[.!?]+[\"”’)]*(?=\s|$)|[。！？]+|$)\s*")
_KEPT_TEXT = re.compile(r"\w")


def _junk_sentences(line: str) -> list[tuple[int, int, str]] | None:
    """The spans of ``line``'s sentences that are disclaimers (as edits that remove them), or None when it has none."""
    if _JUNK_SENTENCE_LINE.search(line) is None:
        return None
    cuts = []
    pos = 0
    while pos < len(line):
        m = _SENTENCE_SPAN.match(line, pos)
        if m is None or m.end() == pos:
            break
        if _JUNK_SENTENCE_LINE.search(line, m.start(), m.end()):
            cuts.append((m.start(), m.end(), ""))
        pos = m.end()
    return cuts if cuts else [(0, len(line), "")]


def _between(cuts: list[tuple[int, int, str]], n: int) -> list[tuple[int, int]]:
    """The spans of a line of length ``n`` that ``cuts`` (in order) leave."""
    out, pos = [], 0
    for a, b, _ in cuts:
        out.append((pos, a))
        pos = b
    out.append((pos, n))
    return out


_EMPHASIS = re.compile(r"\*\*|__|(?m:^\s{0,3}#{1,6}\s)|\s#{2,6}\s")
# "times.Penghui", "that?Firstly": punctuation glued to the next sentence.
# (The look-behind comes after the punctuation so that the scan can skip to candidate characters.)
# ("phased out.The", "a priority.A joint venture", "cleared.BYD (SZSE ...")
_GLUED_STOP = re.compile(r"([.!?])(?:(?<=[a-z0-9%)\]].)(?=[A-Z](?:[a-z]{2}|[a-z]?[ \t]+[a-z0-9]))|(?<=[a-z].)(?=[A-Z]{2,6}[ \t(]))")
# "sectorAs", "stocksBYD", "ChinaFast": a word glued to the next sentence's first word.
_GLUED_CAMEL = re.compile(r"(?<![A-Za-z'’])([A-Za-z][a-z]*[a-z]{2})([A-Z][A-Za-z]*)")
# Candidates for _GLUED_CAMEL: an upper-case letter after two lower-case ones (scanned for the rarer
# upper-case letter first).
_CAMEL_HUMP = re.compile(r"[A-Z](?<=[a-z][a-z].)")
# The matches of _GLUED_STOP (at its stop character) and of _CAMEL_HUMP, in one scan: every match of either is
# one character (a stop or a capital), so no match of one can hide a match of the other.
_GLUE_OR_HUMP = re.compile(r"[.!?A-Z](?:(?<=[.!?])(?:(?<=[a-z0-9%)\]].)(?=[A-Z](?:[a-z]{2}|[a-z]?[ \t]+[a-z0-9]))|"
                           r"(?<=[a-z].)(?=[A-Z]{2,6}[ \t(]))|(?<=[a-z][a-z][A-Z]))")
_STOPS = frozenset(".!?")
# bytes.translate table of the shapes _glue_points looks for: "a" for a lower-case ASCII letter, "A" for an
# upper-case one, "." for ".", "!" and "?" (and so for any non-ASCII character, "?" once encoded), " " else
_GLUE_SHAPES = bytes(97 if 97 <= i <= 122 else 65 if 65 <= i <= 90 else 46 if i in (33, 46, 63) else 32
                     for i in range(256))
_NOT_BEFORE_CAMEL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’")
_LETTER_RUN = re.compile(r"[A-Za-z]*")
_ABBREV_BEFORE = re.compile(r"(?:\b(?:Co|Inc|Ltd|No|Mr|Ms|Mrs|Dr|St|Jr|Sr|Corp|vs|Fig|Vol|approx)|\b[A-Z])$")


@dataclass(frozen=True, slots=True)
class CleanText:
    """Cleaned text plus the pieces that map it back to the original.

    Each piece is ``(clean_start, orig_start, length, inserted)``; inserted pieces (spaces and
    newlines the cleaner added) map to the original position where they were inserted.
    """

    text: str
    original: str
    _cstarts: tuple[int, ...]
    _pieces: tuple[tuple[int, int, int, bool], ...]

    def to_original(self, i: int) -> int:
        """Original offset of cleaned offset ``i`` (a start position)."""
        if not self._pieces:
            return min(i, len(self.original))
        k = bisect_right(self._cstarts, i) - 1
        if k < 0:
            return 0
        cs, os_, ln, ins = self._pieces[k]
        if ins:
            return os_
        if i >= cs + ln:
            return os_ + ln
        return os_ + (i - cs)

    def to_original_end(self, j: int) -> int:
        """Original offset of cleaned end offset ``j`` (exclusive)."""
        if j <= 0:
            return 0
        k = bisect_right(self._cstarts, j - 1) - 1
        if k < 0:
            return 0
        cs, os_, ln, ins = self._pieces[k]
        if ins:
            return os_
        return os_ + min(j - cs, ln)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the cleaned span, trimmed of surrounding whitespace."""
        # to_original(start) and to_original_end(end), inlined: called for every mention, relation and fact
        pieces = self._pieces
        orig = self.original
        k = bisect_right(self._cstarts, start) - 1 if pieces else -1
        if k >= 0 and not pieces[k][3] and start < end <= pieces[k][0] + pieces[k][2]:
            # inside one kept piece (its start and end map to it): a shift
            shift = pieces[k][1] - pieces[k][0]
            s, e = start + shift, end + shift
        else:
            if not pieces:
                s = min(start, len(orig))
            elif k < 0:
                s = 0
            else:
                cs, os_, ln, ins = pieces[k]
                s = os_ if ins else (os_ + ln if start >= cs + ln else os_ + (start - cs))
            if end <= 0:
                e = 0
            else:
                k = bisect_right(self._cstarts, end - 1) - 1
                if k < 0:
                    e = 0
                else:
                    cs, os_, ln, ins = pieces[k]
                    e = os_ if ins else os_ + min(end - cs, ln)
            if e < s:
                e = s
        while s < e and orig[s].isspace():
            s += 1
        while e > s and orig[e - 1].isspace():
            e -= 1
        return s, e


    def spans(self, items: Iterable[Any]) -> list[tuple[int, int]]:
        """:meth:`span` of every item's cleaned ``item.start``, ``item.end``, in order (fastest when the
        items are sorted by start)."""
        pieces = self._pieces
        if not pieces:
            return [self.span(m.start, m.end) for m in items]
        cstarts = self._cstarts
        orig = self.original
        n = len(pieces)
        out: list[tuple[int, int]] = []
        # The piece of the last start: cleaned offsets lo <= i < hi have bisect_right(cstarts, i) - 1 == k;
        # a span that ends by its end (limit) and does not start in inserted text maps by a shift.
        lo = hi = limit = shift = 0
        kept = False
        for m in items:
            start = m.start
            end = m.end
            if not lo <= start < hi:
                k = bisect_right(cstarts, start) - 1
                if k < 0:
                    out.append(self.span(start, end))
                    lo = hi = 0
                    continue
                cs, os_, ln, ins = pieces[k]
                lo = cs
                hi = cstarts[k + 1] if k + 1 < n else maxsize
                limit = cs + ln
                shift = os_ - cs
                kept = not ins
            if kept and start < end <= limit:
                s = start + shift
                e = end + shift
                if orig[s].isspace() or orig[e - 1].isspace():  # trimmed as span() trims
                    while s < e and orig[s].isspace():
                        s += 1
                    while e > s and orig[e - 1].isspace():
                        e -= 1
                out.append((s, e))
            else:
                out.append(self.span(start, end))
        return out


# what may stand before a glued comma: a letter, a stop or a closing bracket or quote
_COMMA_GLUE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.)）\"”'’")


def _glue_points(text: str, known: Container[str]) -> list[tuple[int, str]]:
    """Offsets in ``text`` where run-together sentences must be split, with the separator to insert.

    Both patterns stay inside one line (letters and punctuation only), so one pass over the whole
    text finds exactly what a pass per line would.
    """
    points: list[tuple[int, str]] = []
    humps: list[int] = []
    # The matches of _GLUE_OR_HUMP (each the one character it ends at), tried only where one can be: a stop
    # before an upper-case letter, or an upper-case letter after two lower-case ones. Those places are read
    # with bytes.find from the text encoded to ASCII ("?", a stop, for any other character) through
    # _GLUE_SHAPES (a scan of the whole text with the pattern costs far more).
    b = text.encode("ascii", "replace").translate(_GLUE_SHAPES)
    at: list[int] = []
    i = b.find(b".A")
    while i >= 0:
        at.append(i)
        i = b.find(b".A", i + 1)
    i = b.find(b"aaA")
    while i >= 0:
        at.append(i + 2)
        i = b.find(b"aaA", i + 1)
    at.sort()
    match = _GLUE_OR_HUMP.match
    for p in at:
        if match(text, p) is None:
            continue
        if text[p] not in _STOPS:
            humps.append(p)
            continue
        # The abbreviation test looks at most 8 characters back, never past the line start.
        w0 = max(0, p - 8)
        ls = text.rfind("\n", w0, p) + 1 or w0
        if not _ABBREV_BEFORE.search(text, ls, p):
            points.append((p + 1, " "))
    # _GLUED_CAMEL.finditer(text), found from the humps: a match spans a whole run of ASCII letters that
    # starts the run (no letter or apostrophe before it) and whose first upper-case letter after the
    # second character follows at least two lower-case letters; every such run has a hump there.
    for u in humps:
        lo = u - 2
        while lo and "a" <= text[lo - 1] <= "z":
            lo -= 1
        if lo and "A" <= text[lo - 1] <= "Z":
            s = lo - 1  # an upper-case first letter, then two or more lower-case ones
        elif u - lo >= 3:
            s = lo  # a lower-case first letter, then two or more
        else:
            continue
        if s and text[s - 1] in _NOT_BEFORE_CAMEL:
            continue
        left, right = text[s:u], text[u:_LETTER_RUN.match(text, u).end()]  # type: ignore[union-attr]
        whole = (left + right).lower()
        if whole in known:
            continue
        if left[0].islower() or (left.lower() in known and right[:1].isupper()):
            # No full stop: a line break makes it a sentence boundary.
            points.append((u, "\n"))
    # "customers cover Tesla,Sailisi (赛力斯),Ideal Auto", "shows,Ningbo": a comma glued to the next word (machine
    # translation drops the blank); never between digits ("1,000") or inside a word-free run
    i = text.find(",")
    while i >= 0:
        nx = text[i + 1:i + 2]
        if nx and ("a" <= nx <= "z" or "A" <= nx <= "Z") and i and text[i - 1] in _COMMA_GLUE_BEFORE:
            points.append((i + 1, " "))
        i = text.find(",", i + 1)
    points.sort(key=lambda p: p[0])
    return points


# Characters that re.IGNORECASE equates with an ASCII letter although str.lower() does not map them to it.
_FOLD_UNSAFE_CHARS = ("\u0130", "\u0131", "\u017f", "\u212a")
# Every alternative of _JUNK_SENTENCE_LINE contains one of these (lower case).
_JUNK_SENTENCE_WORDS = (b"reference", b"advice", b"responsib", b"risk")
_JUNK_SENTENCE_STRS = tuple(w.decode() for w in _JUNK_SENTENCE_WORDS)


def clean(text: str, *, known_words: Container[str] = frozenset()) -> CleanText:
    """Return the cleaned text of an article and its offset map to ``text``.

    ``known_words`` are lower-cased names (e.g. the gazetteer's aliases) that are never split as
    run-together words ("DeepSeek", "ByteDance") and that mark a glued sentence end ("ChinaFast").
    """
    out: list[str] = []
    pieces: list[tuple[int, int, int, bool]] = []
    clen = 0
    # Original text kept but not yet added: text[ks:ke], the continuation of the last piece (kept text
    # that directly follows kept text joins its piece). ks == ke == -1: none (the last piece, if any,
    # is inserted text).
    ks = ke = -1

    def flush() -> None:
        nonlocal clen, ks, ke
        if ks >= 0:
            pieces.append((clen, ks, ke - ks, False))
            out.append(text[ks:ke])
            clen += ke - ks
            ks = ke = -1

    def keep(o_start: int, o_end: int) -> None:
        nonlocal ks, ke
        if o_end <= o_start:
            return
        if o_start != ke:
            flush()
            ks = o_start
        ke = o_end

    def insert(s: str, at: int) -> None:
        nonlocal clen
        flush()
        pieces.append((clen, at, len(s), True))
        out.append(s)
        clen += len(s)

    # Cheap whole-text prefilters: most articles have no emphasis markers and no disclaimers.
    # (Only U+0130 and U+212A lower-case to ASCII letters, and both are fold-unsafe; so once those are
    # ruled out, the UTF-8 bytes lower-cased hold a word exactly when text.lower() does.)
    # (fold: the lower-cased text is no guard for the case-insensitive patterns, see guards.fold_unsafe; otherwise
    # a line is searched for a disclaimer only when its lower-cased text holds one of the words)
    fold = any(c in text for c in _FOLD_UNSAFE_CHARS)
    junk_sentences = fold
    if not junk_sentences:
        low = text.encode("utf-8", "surrogatepass").lower()
        junk_sentences = any(w in low for w in _JUNK_SENTENCE_WORDS)
    emphasis = "**" in text or "__" in text or "#" in text
    glue = _glue_points(text, known_words)
    gi = 0
    n_glue = len(glue)
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        line = text[pos:line_end]
        # a disclaimer: its sentence goes, and the whole line when it holds nothing else ("Written by Camila Ortega.
        # Not investment advice." keeps the credit)
        junk = _junk_sentences(line) if junk_sentences and len(line) < 600 and (
            fold or _holds_any(line.lower(), _JUNK_SENTENCE_STRS)) else None
        if _JUNK_LINE.match(line) or junk is not None and not any(
                _KEPT_TEXT.search(line, a, b) for a, b in _between(junk, len(line))):
            insert("\n", pos)
            while gi < n_glue and glue[gi][0] <= line_end:
                gi += 1
        else:
            edits: list[tuple[int, int, str]] = list(junk or ())  # (start, end, replacement) in line coordinates
            if "- " in line[:40] and (dm := _LEAD_DATELINE.match(line)) is not None:
                edits.append((0, dm.end(), ""))
            if emphasis and ("**" in line or "__" in line or "#" in line):
                for m in _EMPHASIS.finditer(line):
                    g = m.group(0)
                    if "#" in g:
                        # A markdown heading marker inside a line starts a new block.
                        edits.append((m.start(), m.end(), "\n"))
                    else:
                        edits.append((m.start(), m.end(), ""))
            while gi < n_glue and glue[gi][0] <= line_end:
                p, sep = glue[gi]
                edits.append((p - pos, p - pos, sep))
                gi += 1
            if edits:
                edits.sort(key=lambda t: (t[0], t[1]))
                cur = 0
                for s, e, rep in edits:
                    if s < cur:
                        continue
                    keep(pos + cur, pos + s)
                    if rep:
                        insert(rep, pos + s)
                    cur = e
                keep(pos + cur, line_end)
                if nl >= 0:
                    keep(nl, nl + 1)
            else:
                # the whole line and its line break (pos < line_end or nl == pos: never empty)
                if pos != ke:
                    flush()
                    ks = pos
                ke = line_end if nl < 0 else nl + 1
        if nl < 0:
            break
        pos = nl + 1
    flush()
    cleaned = "".join(out)
    return CleanText(cleaned, text, tuple(p[0] for p in pieces), tuple(pieces))
