"""Known models named without their maker: "the Seagull hatchback", "the T03 and C10", "Model Y".

Product names in the reference data usually start with their maker or brand ("BYD Seagull",
"Leapmotor T03", "Tesla Model Y", "Nvidia Drive Thor"), while articles name a model by the rest
once the maker is clear from the article. :class:`ShortModelNames` derives those short names
from the reference data and finds them in an article that names the maker or brand:

- a short name with a digit or of several words ("T03", "bZ4X", "Model Y", "Song Plus") names the
  model wherever it stands as a word of its own;
- a single word ("Seagull", "Dolphin", "Han", "MEGA") or a number with a leading zero ("001", "009")
  could be many things, so it names the model only next to a vehicle word ("the Seagull hatchback",
  "Dolphin sales", "Han EV", "the 009 MPV") or right after "the", "its", "their" or the maker's
  possessive ("BYD's Dolphin") when no other capitalised word follows it.

A short name never names a model inside a longer name the dictionary matched ("Li Auto i8"),
right after another company's or brand's name ("BMW i8"), or right after the possessive of a
company that makes no cars and owns no models ("SemiDrive's X9 series" is not the Xpeng X9), and
a short name two known models share is skipped.
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, Iterable, Sequence

import ahocorasick

from .gazetteer import Gazetteer, has_cjk

# What may follow a one-word model name for it to name the model ("the Seagull hatchback").
_VEHICLE_NEXT = frozenset((
    "hatchback", "hatchbacks", "suv", "suvs", "sedan", "sedans", "saloon", "mpv", "mpvs", "minivan", "pickup", "pickups",
    "coupe", "wagon", "crossover", "crossovers", "ev", "evs", "phev", "phevs", "bev", "erev", "model", "models",
    "series", "family", "lineup", "car", "cars", "sales", "deliveries", "orders", "buyers", "owners",
    "dm-i", "dm-p", "dm", "plus", "pro", "max", "ultra", "honor", "edition", "facelift", "electric",
))
_OWNER_KINDS = frozenset(("Company", "Brand"))
_WORD_BEFORE = re.compile(r"(?:\b(?:the|The|its|Its|their|Their|new|New)|['’]s)[ \t]+$")
_LIST_JOINT = re.compile(r",[ \t]*|,?[ \t]+and[ \t]+")
_CARMAKER_KINDS = frozenset(("Automaker", "Brand"))
_POSS_GAPS = frozenset({"'s ", "’s ", "**'s ", "**’s "})
_CODE_AFTER = re.compile(r"[ \t-]*\d")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w\-]*)")


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _name_char(c: str) -> bool:  # no short name right after one of these ("the-T03", "v2.T03")
    return c.isalnum() or c in "_-."


def _name_char_after(c: str) -> bool:
    return c.isalnum() or c in "_-"


def _codeish(short: str) -> bool:
    # ("C-series", "i-series": a range's name is no common word either)
    return any(ch.isdigit() for ch in short) or " " in short or short.endswith("-series")


class ShortModelNames:
    """Short names of known models and brands, found in articles that name their maker or brand.

    The maker or brand is the one that starts the model's name or an alias of it ("BYD" of "BYD
    Seagull", "Denza" of "Denza N7"); ``isa`` gives the ontology classes of a list of kinds, their
    ancestors included.
    """

    def __init__(self, gazetteer: Gazetteer,
                 isa: Callable[[Iterable[str]], frozenset[str]]) -> None:
        self._gaz = gazetteer
        self._isa = isa
        ents = gazetteer.entities
        shorts: dict[str, dict[str, set[str]]] = {}  # owner id -> short name -> product ids
        for pid, ent in ents.items():
            kinds = isa(ent.kinds)
            if "Product" not in kinds and "Brand" not in kinds:
                continue  # (a brand too: "Geely's Galaxy brand" in an article that names Geely)
            for name in (ent.name, *ent.aliases):
                if not name or has_cjk(name):
                    continue
                for owner, short in self._splits(name, pid):
                    shorts.setdefault(owner, {}).setdefault(short, set()).add(pid)
        # One automaton over every short name, scanned once per article: short name -> ((owner, product), ...) for
        # each owner whose short name names one product only.
        pairs: dict[str, list[tuple[str, str]]] = {}
        for owner, table in shorts.items():
            for short, pids in table.items():
                if len(pids) == 1:
                    pairs.setdefault(short, []).append((owner, next(iter(pids))))
        self._owners = frozenset(o for ps in pairs.values() for o, _ in ps)
        self._automaton = ahocorasick.Automaton()
        for short, ps in pairs.items():
            self._automaton.add_word(short, (short, tuple(ps)))
        if pairs:
            self._automaton.make_automaton()

    def _splits(self, name: str, pid: str) -> Iterable[tuple[str, str]]:
        """(owner id, short name) for each leading maker or brand name of a product name."""
        toks = name.split()
        for k in (1, 2):
            if len(toks) <= k:
                break
            owner = self._gaz.lookup(" ".join(toks[:k]))
            if owner is None or owner == pid or _OWNER_KINDS.isdisjoint(self._isa(self._gaz.entities[owner].kinds)):
                continue
            short = " ".join(toks[k:])
            if len(short) < 2 or short.isdigit() and short[0] != "0" or not (short[0].isupper() or _codeish(short)):
                # (a number names no model, but a code with a leading zero does: "the 001 shooting brake")
                continue
            if self._gaz.lookup(short) not in (None, pid):
                continue  # the short name is another entity's name
            yield owner, short

    def candidates(self, text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
        """(start, end, product id, surface) of short model names in ``text``.

        ``spans`` are the dictionary matches (start, end, entity id), sorted by start.
        """
        owners = {eid for _, _, eid in spans if eid in self._owners}
        if not owners:
            return []
        # per owner, the leftmost names as a scan would take them: at one start the longest, none inside another
        found: dict[str, list[tuple[int, int, str, str]]] = {}
        n = len(text)
        for end, (short, ps) in self._automaton.iter(text):
            e = end + 1
            s = e - len(short)
            if s and _name_char(text[s - 1]) or e < n and (_name_char_after(text[e]) or text[e] == "." and e + 1 < n and
                                                           _word_char(text[e + 1])):
                continue
            for owner, pid in ps:
                if owner in owners:
                    found.setdefault(owner, []).append((s, e, pid, short))
        starts = [s for s, _, _ in spans]
        out = []
        for owner, hits in found.items():
            hits.sort(key=lambda h: (h[0], h[0] - h[1]))
            last = taken = 0
            for s, e, pid, short in hits:
                if s < last:
                    continue
                last = e
                i = bisect.bisect_right(starts, s) - 1
                model_end = taken  # where the model before ends (a short name taken, or a model's full name)
                if i >= 0:
                    ms, me, meid = spans[i]
                    if me > s:
                        continue  # inside a longer dictionary match ("Li Auto i8")
                    if meid != owner and me < s and text[me:s].strip(" \t") == "":
                        continue  # right after another name ("BMW i8")
                    if meid != owner and text[me:s] in _POSS_GAPS and meid not in self._owners and \
                            (isa := self._isa(self._gaz.entities[meid].kinds)) & _OWNER_KINDS and \
                            not isa & _CARMAKER_KINDS:
                        # a company that makes no cars and owns no models ("SemiDrive's X9 series" is not the Xpeng X9)
                        continue
                    if me > taken and "Product" in self._isa(self._gaz.entities[meid].kinds):
                        model_end = me
                if not _codeish(short) or short.isdigit():
                    nxt = _NEXT_WORD.match(text, e)
                    head = nxt is not None and nxt.group(1).lower() in _VEHICLE_NEXT
                    if not head and (nxt is not None and nxt.group(1)[0].isupper() or
                                     not _WORD_BEFORE.search(text[max(0, s - 12):s]) and not (
                                         model_end and _LIST_JOINT.fullmatch(text, model_end, s) and
                                         not _CODE_AFTER.match(text, e) and
                                         not self._gaz.entities[pid].name.endswith("series"))):
                        # ("its Turing AI platform": part of another name; but "BYD's Han, Seal and Tang", "the Atto 3,
                        # Dolphin and Seal": the list of the model before, a model and not a range, and not "Seal" of
                        # "Seal 05")
                        continue
                out.append((s, e, pid, short))
                taken = e
        out.sort()
        # two models of named makers with the same short name ("N7"): neither
        clash = {(a[0], a[1]) for a, b in zip(out, out[1:]) if a[:2] == b[:2] and a[2] != b[2]}
        return [c for c in out if (c[0], c[1]) not in clash] if clash else out
