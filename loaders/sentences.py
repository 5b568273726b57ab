"""Sentence splitting for English (and Chinese) news text.

:func:`split_sentences` returns ``(start, end)`` spans. It keeps abbreviations (Co., Ltd., Inc.,
No., U.S.), decimals (3.5) and tickers (300750.SZ, 9927.HK) inside sentences, splits on Chinese
sentence punctuation, and treats every line as a block of its own, so bullets and headlines
without a full stop are sentences too. Over-long sentences are cut at whitespace so that later
stages never see unbounded spans.

Example:
    >>> t = "CATL Co., Ltd. rose 3.5% on 300750.SZ. BYD fell."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['CATL Co., Ltd. rose 3.5% on 300750.SZ.', 'BYD fell.']
"""

from __future__ import annotations

import re

# One character of a span that stays inside a clause, for patterns that look a few words ahead: anything but a full stop
# or a semicolon, where a decimal point between digits is no full stop ("raised 18.3 billion yuan in its first round");
# and the same where a colon also ends the span.
CLAUSE_CHAR = r"(?:[^.;]|(?<=\d)\.(?=\d))"
CLAUSE_CHAR_NO_COLON = r"(?:[^.;:]|(?<=\d)\.(?=\d))"

MAX_SENTENCE = 1500

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|[。！？]+[”’」』)）]*|\s#{2,6}\s")
# The same without the heading-marker branch, for text without "#": its first characters are a fixed set,
# so the scan skips quickly from one candidate to the next.
# (Written with one leading character set and a look-behind choosing the branch: the same matches as
# r"[.!?]+[\"'”’)\]]*(?=\s)|[。！？]+[”’」』)）]*", found three times faster.)
_BOUNDARY_PLAIN = re.compile(r"[.!?。！？](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s)|(?<=[。！？])[。！？]*[”’」』)）]*)")
_ABBREV = frozenset(
    "co ltd inc corp no mr ms mrs dr st jr sr vs etc fig vol approx e.g i.e u.s u.k p.m a.m jan feb mar apr "
    "jun jul aug sep sept oct nov dec est dept gov rep sen prof gen lt col capt sgt".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# _WORD_BEFORE can only match when the character before the full stop is one of these.
_WORD_CHARS = frozenset(_ASCII_LETTERS + ".")
_NONSPACE = re.compile(r"\S")
# A single capital letter that names a model, class or plan ("Model Y", "Class A", "Plan B") ends a sentence like a word.
# "Co., Ltd." ends a company's legal name: a capitalised word after it starts a new sentence, unless it is a title
# ("BYD Co., Ltd. Chairman Wang Chuanfu")
_LTD_END = re.compile(r"Co\.,?\s*Ltd$").search
_TITLE_NEXT = re.compile(r"(?:Chairman|Chairwoman|Chief|CEO|President|Vice|General|Founder|Co-founder|Director|Board|"
                         r"Secretary|Executive|Managing|Senior|Deputy)\b").match
_LETTER_NAME = re.compile(r"\b(?:Model|Class|Series|Type|Plan|Phase|Grade|Level|Version|Section|Part|Tier|Round|Gen)\s[A-Z]$")


def _split_long(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        if cut <= s:
            cut = s + MAX_SENTENCE
        out.append((s, cut))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        out.append((s, e))


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (start inclusive, end exclusive), in order."""
    spans: list[tuple[int, int]] = []
    boundary = _BOUNDARY if "#" in text else _BOUNDARY_PLAIN
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl == pos:  # an empty line
            pos += 1
            continue
        line_end = n if nl < 0 else nl
        start = pos
        for m in boundary.finditer(text, pos, line_end):
            g = m.group(0)
            if "#" in g:  # a heading marker inside the line
                end = m.start()
                s, e = _trimmed(text, start, end)
                if e > s:
                    _split_long(text, s, e, spans)
                start = m.end()
                continue
            if g[0] == ".":
                i = m.start()
                lo = i - 12 if i - 12 > start else start
                word = ""  # group 1 of _WORD_BEFORE.search(text, lo, i + 1), if it matches
                if i > lo and text[i - 1] in _WORD_CHARS:
                    before = text[lo:i]
                    if "." in before:
                        wm = _WORD_BEFORE.search(text, lo, i + 1)
                        if wm:
                            word = wm.group(1)
                    else:  # the letters before the full stop
                        word = before[len(before.rstrip(_ASCII_LETTERS)):]
                if word:
                    w = word.lower()
                    if len(w) == 1 and word.isupper() and _LETTER_NAME.search(text, lo - 8 if lo - 8 > start else start, i):
                        pass  # "the Tesla Model Y. The ...": a model letter, not an initial
                    elif len(w) == 1 and i >= 2 and text[i - 2].isdigit():
                        pass  # "the Toyota bZ3X. The ...": a model code's last letter, not an initial
                    elif w in _ABBREV or (len(w) == 1 and word.isupper()) or "." in w.rstrip("."):
                        # "Co.", "U.S.", an initial: not a boundary unless a new sentence obviously starts.
                        nxt = _NONSPACE.search(text, m.end(), line_end)
                        if w == "ltd" and nxt and nxt.group(0).isupper() and \
                                _LTD_END(text, i - 8 if i - 8 > start else start, i) and \
                                not _TITLE_NEXT(text, nxt.start()):
                            pass  # "... Investment Co., Ltd. Jianghuai Automobile and Chery are ...": the name ended
                        elif w not in ("etc",) or (nxt and not nxt.group(0).isupper()):
                            continue
            if g[0] in ".!?":
                # The boundary is followed by whitespace; usually the next character is the one after it.
                j = m.end() + 1
                if j < line_end and not text[j].isspace():
                    c = text[j]
                else:
                    nxt = _NONSPACE.search(text, m.end(), line_end)
                    c = nxt.group(0) if nxt else ""
                if c and (c.islower() or c in ",;:"):
                    continue
            end = m.end()
            # _trimmed and _split_long, inlined for the common case
            s = start
            while s < end and text[s].isspace():
                s += 1
            e = end
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                if e - s > MAX_SENTENCE:
                    _split_long(text, s, e, spans)
                else:
                    spans.append((s, e))
            start = end
        s, e = _trimmed(text, start, line_end)
        if e > s:
            _split_long(text, s, e, spans)
        if nl < 0:
            break
        pos = nl + 1
    return spans
