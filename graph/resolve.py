"""Entity resolution across articles.

Extraction links names to the reference data per article; what is left to resolve here are
entities discovered in text (``known`` False) that several articles name slightly differently or
give different classes (``company:narada-power`` and ``org:narada-power``), and discovered
entities that turn out to be a reference entity under another alias.

:func:`resolve_entities` returns a mapping ``old id -> canonical id``; ids that stay are absent.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Any, Mapping

_SUFFIXES = re.compile(r"\b(co|ltd|limited|inc|corp|corporation|group|holdings?|shares|company|plc|ag|se)\b\.?",
                       re.I)


def name_key(name: str) -> str:
    """Normalised form of a name for matching: case-folded, accents and corporate suffixes removed."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = _SUFFIXES.sub(" ", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def resolve_entities(agg: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """Map discovered entity ids onto known ones or onto each other.

    ``agg`` maps entity id -> ``{"names": Counter, "aliases": set, "known": bool, "articles": set,
    "mentions": int, ...}`` as aggregated from the workspace.

    Rules, in order:
    1. a discovered entity whose name equals (after :func:`name_key`) a name or alias of exactly one
       known entity is that entity;
    2. discovered entities sharing a name key are one entity; the id mentioned in most articles wins
       (ties: the smaller id).
    """
    known_keys: dict[str, set[str]] = defaultdict(set)
    for eid, e in agg.items():
        if e["known"]:
            for n in (*e["names"], *e["aliases"]):
                k = name_key(n)
                if k:
                    known_keys[k].add(eid)
    mapping: dict[str, str] = {}
    groups: dict[str, list[str]] = defaultdict(list)
    for eid, e in agg.items():
        if e["known"]:
            continue
        keys = {name_key(n) for n in e["names"]} - {""}
        hits = {k for key in keys for k in known_keys.get(key, ())}
        if len(hits) == 1:
            mapping[eid] = next(iter(hits))
            continue
        main = name_key(max(e["names"], key=lambda n: (e["names"][n], n)))
        if main:
            groups[main].append(eid)
    for ids in groups.values():
        if len(ids) < 2:
            continue
        winner = sorted(ids, key=lambda i: (-len(agg[i]["articles"]), i))[0]
        for i in ids:
            if i != winner:
                mapping[i] = winner
    return mapping
