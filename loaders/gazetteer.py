"""Dictionary matching of known entities: one Aho-Corasick pass per article.

:class:`Gazetteer` compiles every name, alias, Chinese name and alphabetic ticker of the
knowledge base into one automaton (pyahocorasick) over lower-cased text. Matches are then
filtered:

- Latin keys need word boundaries (a possessive "CATL's" is fine); CJK keys need none;
- keys of two characters or fewer must match exactly ("M7", "i6");
- a capitalised alias never matches an all-lower-case word ("Wind" is not "wind"), while
  lower-case aliases (technologies) match in any case;
- overlapping matches resolve leftmost-longest.

Technology and product aliases also match their plural and hyphen/space variants
("solid-state batteries", "solid state battery").

Example:
    >>> from evkg.loaders.types import Entity
    >>> g = Gazetteer.from_entities([Entity("company:catl", "CATL", "BatteryMaker", aliases=("Ningde Times",))])
    >>> [(m.text, m.entity_id) for m in g.find("Ningde Times and CATL's cells")]
    [('Ningde Times', 'company:catl'), ('CATL', 'company:catl')]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import ahocorasick

from .types import Entity

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Participles that make a name into an adjective ("AITO-branded SUVs", "Huawei-backed Seres", "Huawei-led HIMA").
_COMPOUND_TAIL = re.compile(r"(?:branded|backed|owned|controlled|funded|affiliated|badged|led|run|built|made)\b", re.I)
# ASCII characters that continue a word: letters, digits and "_" (and "-" before a name: "X-Auto")
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_ASCII_WORDISH = _ASCII_WORD | {"-"}
# bytes.translate table of _mark: ASCII word characters kept, any other byte "\x00" (str.encode("ascii",
# "replace") gives "?" for each non-ASCII character)
_ASCII_MARKS = bytes(i if chr(i) in _ASCII_WORDISH else 0 for i in range(256))
_NORM = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:co\.?,?\s*ltd\.?|co\.?,?\s*limited|company\s+limited|limited|ltd\.?|inc\.?|corp\.?|corporation|"
    r"plc|llc|ag|s\.?a\.?|n\.?v\.?|co\.?)$",
    re.IGNORECASE,
)
_TECHNICAL_KINDS = frozenset({"Technology", "BatteryTechnology", "Product", "VehicleModel", "BatteryProduct"})


@lru_cache(maxsize=65536)
def norm_key(name: str) -> str:
    """Loose key of a name: NFKC, lower case, alphanumerics and CJK only ("Peng Hui" == "Penghui")."""
    return _NORM.sub("", unicodedata.normalize("NFKC", name).lower())


@lru_cache(maxsize=65536)
def strip_legal_suffix(name: str) -> str:
    """``name`` without a trailing legal form ("Co., Ltd.", "Inc.", "Limited")."""
    prev = None
    while prev != name:
        prev = name
        name = _LEGAL_SUFFIX.sub("", name).strip(" ,")
    return name


def has_cjk(s: str) -> bool:
    return not s.isascii() and _CJK.search(s) is not None


def beyond_latin1(s: str) -> bool:
    """Whether ``s`` holds a character beyond U+00FF (else it holds no CJK character, and a regex scan for one
    can be skipped: str.encode("latin-1") of such a string is a plain copy)."""
    try:
        s.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return False


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _mark(key: str) -> str:
    """``key`` with "\x00" for each character that is not an ASCII letter, digit, "_" or "-"."""
    return key.encode("ascii", "replace").translate(_ASCII_MARKS).decode("ascii")


def _mark_word_starts(ascii_low: bytes) -> str:
    """``"\x00" + _mark(low)`` from ``ascii_low``, ``low.encode("ascii", "replace")``: a marked key found after a
    "\x00" has no ASCII word character before it (a non-ASCII character before it may still continue a word)."""
    return "\x00" + ascii_low.translate(_ASCII_MARKS).decode("ascii")


def _plural(alias: str) -> list[str]:
    if alias.endswith("y") and not alias.endswith(("ay", "ey", "oy", "uy")):
        return [alias[:-1] + "ies"]
    if alias.endswith(("s", "x", "ch", "sh")):
        return [alias + "es"]
    return [alias + "s"]


@dataclass(frozen=True, slots=True)
class Match:
    """One gazetteer hit: ``text[start:end]`` names ``entity_id``."""

    entity_id: str
    text: str
    start: int
    end: int


class Gazetteer:
    """Aho-Corasick matcher over the names of known entities; build once, reuse for every article."""

    def __init__(self, entities: Iterable[Entity], *, ignore: Iterable[str] = (), anchors: Iterable[str] = ()) -> None:
        """``anchors``: lower-case, non-CJK words whose every occurrence :meth:`find_spans` can also report
        (found in the same pass as the names)."""
        self.entities: dict[str, Entity] = {}
        self.by_key: dict[str, str] = {}  # norm_key(name or alias) -> entity id
        self.by_ticker: dict[str, str] = {}
        ignored = {a.lower() for a in ignore}
        table: dict[str, list[tuple[int, str, str]]] = {}  # lower key -> [(priority, entity id, form)]
        for ent in entities:
            self.entities[ent.id] = ent
            forms: list[tuple[int, str]] = [(0, ent.name)]
            if ent.name_zh:
                forms.append((1, ent.name_zh))
            forms += [(2, a) for a in ent.aliases]
            for t in ent.tickers:
                self.by_ticker.setdefault(t.upper(), ent.id)
                if t.isalpha() and t.isupper() and len(t) >= 2:
                    forms.append((3, t))
            stripped = strip_legal_suffix(ent.name)
            if stripped != ent.name and len(stripped) >= 3:
                forms.append((2, stripped))
            technical = bool(set(ent.kinds) & _TECHNICAL_KINDS)
            # A company or brand never matches an all-lower-case word ("smart" the brand vs "smart driving").
            named = not technical and ent.kind not in ("Technology", "BatteryTechnology", "Policy")
            # (except a company that writes its own name in lower case and is no brand, "onsemi", "thyssenkrupp": a
            # coined name of six letters or more, no everyday word)
            own_lower = named and ent.name.islower() and len(ent.name) >= 6 and "Brand" not in ent.kinds
            extra: list[tuple[int, str]] = []
            forms = [(pr, f) for pr, f in forms if f.strip().lower() not in ignored]
            for pr, f in forms:
                if technical and not has_cjk(f):
                    variants = {f}
                    if "-" in f:
                        variants.add(f.replace("-", " "))
                    for v in list(variants):
                        if v[-1:].isalpha() and v[-1:].islower():
                            variants.update(_plural(v))
                    extra += [(pr + 1, v) for v in variants if v != f]
            for pr, f in forms + extra:
                f = f.strip()
                if not f or f.lower() in ignored:
                    continue
                self.by_key.setdefault(norm_key(f), ent.id) if pr < 3 else None
                # (a capitalised brand given an explicit lower-case alias, Firefly "firefly", matches that form;
                # a brand whose own name is lower case, "smart", still never matches the lower-case word)
                low_alias = ent.kind == "Brand" and f.islower() and not ent.name.islower()
                table.setdefault(f.lower(), []).append((pr, ent.id, f, named and not low_alias and not
                                                        (own_lower and f == ent.name)))
        # The Latin keys go into an automaton run over the text marked by _mark_word_starts, each key marked
        # the same way and with "\x00" before it: a key is found only where no word character is before it.
        # The anchor words go into the same automaton, marked but without the "\x00" (found anywhere), except
        # those that start with a character that does not continue a word, found with str.find. The keys with
        # a CJK character are looked up only around CJK characters, in a table of their prefixes (an
        # automaton's node searches its children one by one, and the CJK keys would give its root hundreds).
        self._latin = ahocorasick.Automaton()
        self._cjk: dict[str, tuple[int, tuple] | None] = {}  # key -> (length, entities); a bare prefix -> None
        heads: dict[int, set[str]] = {}  # length -> the non-CJK starts of CJK keys ("lg" of "lg新能源")
        anchor_keys = set()
        for a in anchors:
            if a != a.lower() or has_cjk(a) or not a:
                raise ValueError(f"anchor must be a non-empty lower-case non-CJK string: {a!r}")
            anchor_keys.add(a)
        self.anchor_keys: frozenset[str] = frozenset(anchor_keys)
        # An anchor's value: (length, None, None, ((word, whether the lower-cased text must be checked), ...),
        # None, ()), for the words marked the same way.
        marked_anchors: dict[str, list[tuple[str, bool]]] = {}
        self._found_anchors: tuple[str, ...] = tuple(sorted(a for a in anchor_keys if _mark(a)[0] == "\x00"))
        for key in sorted(anchor_keys):
            mk = _mark(key)
            if mk[0] != "\x00":
                marked_anchors.setdefault(mk, []).append((key, mk != key))
        for mk, words in marked_anchors.items():
            self._latin.add_word(mk, (len(mk), None, None, tuple(words), None, ()))
        # A name's value: (length, key or None, candidates, form, entity id, others), where a match whose
        # surface is exactly ``form`` is the first candidate's (``form`` None when that needs a closer look);
        # ``key`` is None when the key is marked as itself (a match is the key), else the match is the key
        # only when the lower-cased text has the key there, or has the key of one of ``others`` (the values
        # of the keys marked the same way).
        latin: dict[str, list[tuple]] = {}
        for key, cands in table.items():
            cands.sort(key=lambda c: c[0])
            # (one form per entity, naming flag and case: a technology's explicit lower-case alias, "e-platform
            # 3.0" beside "e-Platform 3.0", matches the lower-case word the capitalised form does not)
            seen: set[tuple[str, bool, bool]] = set()
            uniq = []
            for pr, eid, form, named in cands:
                if (eid, named, form.islower()) not in seen:
                    seen.add((eid, named, form.islower()))
                    uniq.append((eid, form, named))
            if has_cjk(key):
                j = _CJK.search(key).start()
                if j:
                    heads.setdefault(j, set()).add(key[:j])
                for i in range(1, len(key)):
                    self._cjk.setdefault(key[:i], None)
                self._cjk[key] = (len(key), tuple(uniq))
            else:
                eid0, form0, named0 = uniq[0]
                sure = None if named0 and form0.islower() else form0
                mk = _mark(key)
                latin.setdefault("\x00" + mk, []).append((len(key), None if mk == key else key, tuple(uniq), sure, eid0))
        for mk, vals in latin.items():
            self._latin.add_word(mk, (*vals[0], tuple(vals[1:])))
        self._cjk_heads = sorted(((j, frozenset(h)) for j, h in heads.items()), reverse=True)
        self._has_latin = len(self._latin) > 0
        if self._has_latin:
            self._latin.make_automaton()
        self.keys: frozenset[str] = frozenset(table)

    @classmethod
    def from_entities(cls, entities: Iterable[Entity]) -> "Gazetteer":
        return cls(entities)

    def lookup(self, name: str) -> str | None:
        """Entity id whose name or alias has the same loose key as ``name`` (legal form ignored)."""
        k = norm_key(name)
        if k in self.by_key:
            return self.by_key[k]
        k2 = norm_key(strip_legal_suffix(name))
        return self.by_key.get(k2) if k2 else None

    def find(self, text: str) -> list[Match]:
        """All accepted, non-overlapping matches in ``text`` (leftmost-longest), in order."""
        return [Match(eid, text[s:e], s, e) for s, e, eid in self.find_spans(text)]

    def _cjk_starts(self, low: str, ascii_low: bytes) -> list[int]:
        """Every offset of ``low`` where a key with a CJK character can start, each once, in order
        (``ascii_low``: ``low.encode("ascii", "replace")``).

        Such a key starts at a CJK character, or its non-CJK head ends where a run of CJK characters starts
        (so a head lies between two runs and never repeats an offset).
        """
        if low.isascii() or not beyond_latin1(low):
            return []
        heads = self._cjk_heads
        starts: list[int] = []
        # The runs of CJK characters (those _CJK matches), read from the non-ASCII characters only: the "?"
        # of the text encoded to ASCII with "?" for every other character (scanning the text with the
        # pattern's character set costs far more).
        find = ascii_low.find
        i = find(63)
        a = e = -1  # the run being read
        while True:
            if i >= 0:
                c = low[i]
                if not ("\u4e00" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u4dbf" or
                        "\uf900" <= c <= "\ufaff"):
                    i = find(63, i + 1)
                    continue
                if i == e:
                    e += 1
                    i = find(63, i + 1)
                    continue
            if a >= 0:
                for j, hs in heads:
                    if j <= a and low[a - j:a] in hs:
                        starts.append(a - j)
                starts.extend(range(a, e))
            if i < 0:
                return starts
            a, e = i, i + 1
            i = find(63, i + 1)

    def find_spans(self, text: str, lower: str | None = None,
                   anchors: dict[str, list[int]] | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, entity id)`` of every accepted, non-overlapping match (leftmost-longest), in order.

        ``lower``: ``text.lower()`` when the caller has it already (used when it has the text's length).
        ``anchors``: filled with every offset (ascending, overlapping ones too) of each anchor word in the
        lower-cased text the names are matched in, under the word, for the words that occur.
        """
        if not text:
            return []
        low = lower if lower is not None and len(lower) == len(text) else _lower_same_length(text)
        n = len(text)
        cands: list[tuple[int, int, str]] = []
        append = cands.append
        compound = _COMPOUND_TAIL.match
        ascii_low = low.encode("ascii", "replace")  # ("?" for each non-ASCII character)
        if anchors is not None:
            for word in self._found_anchors:
                i = low.find(word)
                if i >= 0:
                    at = anchors[word] = []
                    while i >= 0:
                        at.append(i)
                        i = low.find(word, i + 1)
        # Latin keys: whole words only (the automaton finds the keys with no word character before them), and
        # the anchor words.
        for end, (ln, key, ents, sure, sure_eid, others) in (
                self._latin.iter(_mark_word_starts(ascii_low)) if self._has_latin else ()):
            start = end - ln
            if ents is None:  # anchor words
                if anchors is not None:
                    for word, check in sure:
                        if not check or low.startswith(word, start):
                            if word in anchors:
                                anchors[word].append(start)
                            else:
                                anchors[word] = [start]
                continue
            if key is not None and not low.startswith(key, start):
                for ln, key, ents, sure, sure_eid in others:
                    if low.startswith(key, start):
                        break
                else:
                    continue
            if start > 0:
                c = text[start - 1]
                if c > "\x7f" and c.isalnum():
                    continue
            if end < n:
                c = text[end]
                if c in _ASCII_WORD or c > "\x7f" and c.isalnum():
                    continue
                if c == "-" and end + 1 < n and text[end + 1].isalpha() and not compound(text, end + 1):
                    continue  # (but "AITO-branded", "Huawei-backed": a name before a participle is the name)
            surface = text[start:end]
            if surface == sure:
                append((start, -end, sure_eid))
                continue
            lower_word = None
            for eid, form, named in ents:
                if surface == form:
                    if named:
                        if lower_word is None:
                            lower_word = surface.islower()
                        if lower_word:
                            continue
                    append((start, -end, eid))
                    break
                if named:
                    if lower_word is None:
                        lower_word = surface.islower()
                    if lower_word:
                        continue
                if len(form) <= 2:
                    continue
                if surface[-1] == "s" and form[-1] == "S" and form.isupper() and surface[:-1].isupper():
                    continue  # an acronym's plural is another acronym ("MPs" is not the ministry "MPS")
                if form.islower():
                    append((start, -end, eid))
                    break
                if lower_word is None:
                    lower_word = surface.islower()
                if not lower_word:
                    append((start, -end, eid))
                    break
        # CJK keys: anywhere, exact surface only.
        if self._cjk:
            table = self._cjk
            get = table.get
            for start in self._cjk_starts(low, ascii_low):
                end = start + 1
                while end <= n:
                    hit = get(low[start:end], 0)
                    if hit is None:  # a prefix of longer keys only
                        end += 1
                        continue
                    if hit == 0:
                        break
                    surface = text[start:end]
                    for eid, form, named in hit[1]:
                        if surface == form:
                            append((start, -end, eid))
                            break
                    end += 1
        if not cands:
            return []
        # (start, -end, id): leftmost first, then longest; no two candidates share a span, so the ids never
        # decide the order
        cands.sort()
        out: list[tuple[int, int, str]] = []
        last = -1
        for start, neg_end, eid in cands:
            if start >= last:
                last = -neg_end
                out.append((start, last, eid))
        return out
