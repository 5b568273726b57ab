"""Scored evaluation of the extractor against gold annotations.

Gold files (``<article base name>.json``, see ``gold/README.md``) list entities (name, type,
aliases, ticker), relations (subject, predicate, object, evidence) and facts (subject, measure,
value, unit, period, evidence). :func:`evaluate` extracts every annotated article and scores:

- **entities**: a predicted entity matches a gold entity when any of its name, aliases or mention
  texts equals any of the gold name or aliases (case-insensitive, whitespace and quotes
  normalised); matching is one-to-one, so a gold entity found as two entities costs one false
  positive, and it pairs as many entities as any one-to-one assignment can (strongest overlap
  breaking ties). **Type accuracy** compares :data:`evkg.ontology.vocab.GOLD_TYPE` of the
  predicted class with the gold type over matched entities;
- **relations**: (subject, predicate, object) triples after mapping entity ids to gold names;
  symmetric predicates are unordered; overall and per predicate;
- **facts**: (subject, measure, value within 1%), one-to-one.

:func:`render_report` prints a table (``fmt="table"``) or JSON (``fmt="json"``); ``details=True``
lists misses and false positives per article.

Example:
    >>> report = evaluate(Path("../shared/gold"), Path("../shared/seeds"))  # doctest: +SKIP
    >>> print(render_report(report))  # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from evkg.ontology.errors import InputError
from evkg.ontology.vocab import GOLD_TYPE, SYMMETRIC, Kind

from evkg.loaders.extract import Extractor, default_extractor
from evkg.loaders.types import Article, Entity, Extraction


@dataclass(slots=True)
class PRF:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class ArticleEval:
    """Scores and differences for one article."""

    article: str
    entities: PRF = field(default_factory=PRF)
    types_correct: int = 0
    types_total: int = 0
    relations: PRF = field(default_factory=PRF)
    facts: PRF = field(default_factory=PRF)
    per_predicate: dict[str, PRF] = field(default_factory=dict)
    per_measure: dict[str, PRF] = field(default_factory=dict)
    missed_entities: list[str] = field(default_factory=list)
    extra_entities: list[str] = field(default_factory=list)
    wrong_types: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    extra_relations: list[str] = field(default_factory=list)
    missed_facts: list[str] = field(default_factory=list)
    extra_facts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class EvalReport:
    """Totals over all evaluated articles plus the per-article records."""

    articles: list[ArticleEval] = field(default_factory=list)
    entities: PRF = field(default_factory=PRF)
    types_correct: int = 0
    types_total: int = 0
    relations: PRF = field(default_factory=PRF)
    facts: PRF = field(default_factory=PRF)
    per_predicate: dict[str, PRF] = field(default_factory=dict)
    per_measure: dict[str, PRF] = field(default_factory=dict)

    @property
    def type_accuracy(self) -> float:
        return self.types_correct / self.types_total if self.types_total else 0.0

    def to_json(self, *, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": len(self.articles),
            "entities": {**self.entities.to_json(), "type_accuracy": round(self.type_accuracy, 4)},
            "relations": self.relations.to_json(),
            "relations_per_predicate": {k: v.to_json() for k, v in sorted(self.per_predicate.items())},
            "facts": self.facts.to_json(),
            "facts_per_measure": {k: v.to_json() for k, v in sorted(self.per_measure.items())},
        }
        if details:
            out["details"] = [
                {"article": a.article, "entities": a.entities.to_json(), "relations": a.relations.to_json(),
                 "facts": a.facts.to_json(), "missed_entities": a.missed_entities, "extra_entities": a.extra_entities,
                 "wrong_types": a.wrong_types, "missed_relations": a.missed_relations,
                 "extra_relations": a.extra_relations, "missed_facts": a.missed_facts, "extra_facts": a.extra_facts}
                for a in self.articles
            ]
        return out


_QUOTES = re.compile(r"[\"“”‘’'`*«»《》]")


def normalise_name(name: str) -> str:
    """Case-, space- and quote-insensitive form of a name; a trailing possessive is dropped."""
    s = unicodedata.normalize("NFKC", name).lower().strip()
    s = re.sub(r"['’]s$", "", s)
    s = _QUOTES.sub("", s)
    return re.sub(r"\s+", " ", s).strip(" .,;:")


def _read_articles(path: Path) -> list[Article]:
    """Every article of a file (a JSONL or feed file holds several; one gold file covers them all)."""
    try:
        from evkg.loaders.readers import read_path  # written concurrently; plain text is the fallback
    except ImportError:  # pragma: no cover - depends on the reader module being present
        read_path = None
    if read_path is not None:
        arts = read_path(path)
        if arts:
            return list(arts)
    return [Article(source=str(path), text=path.read_text(encoding="utf-8"))]


def _extract_file(ex: Extractor, path: Path) -> Extraction:
    """One extraction for all articles of a file: entities merged by id, everything else concatenated."""
    xs = [ex.extract(a) for a in _read_articles(path)]
    if len(xs) == 1:
        return xs[0]
    ents: dict[str, Entity] = {}
    for x in xs:
        for e in x.entities:
            old = ents.get(e.id)
            if old is None:
                ents[e.id] = e
            else:
                ents[e.id] = replace(old, aliases=tuple(dict.fromkeys([*old.aliases, *e.aliases])),
                                     tickers=tuple(dict.fromkeys([*old.tickers, *e.tickers])))
    return Extraction(article=xs[0].article, entities=tuple(ents.values()),
                      mentions=tuple(m for x in xs for m in x.mentions),
                      relations=tuple(r for x in xs for r in x.relations),
                      facts=tuple(f for x in xs for f in x.facts))


def _load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(f"{path}: cannot read gold file: {err}") from err
    if not isinstance(data, dict) or "article" not in data:
        raise InputError(f"{path}: gold file needs an 'article' key")
    return data


def _gold_type(kind: str) -> str:
    try:
        return GOLD_TYPE[Kind(kind)]
    except (ValueError, KeyError):
        return kind


def _candidate_pairs(entities: list[Entity], pred_forms: dict[str, set[str]], gold_ents: list[dict[str, Any]],
                     gold_forms: list[set[str]]) -> list[tuple[int, str, int]]:
    """(-strength, entity id, gold index) for every predicted and gold entity sharing a form, strongest first.

    Strength is the number of shared forms, plus 2 when the predicted name is one of the gold forms and 1 more when
    it is the gold name itself."""
    pairs = []
    for e in entities:
        name = normalise_name(e.name)
        for gi, gf in enumerate(gold_forms):
            ov = len(pred_forms[e.id] & gf)
            if ov:
                strength = ov + (2 if name in gf else 0) + (1 if name == normalise_name(gold_ents[gi]["name"]) else 0)
                pairs.append((-strength, e.id, gi))
    pairs.sort()
    return pairs


def _one_to_one(pairs: list[tuple[int, str, int]]) -> dict[str, int]:
    """The one-to-one matching of predicted to gold entities with the most pairs, and among those the strongest.

    A greedy pass (strongest pair first) can leave a gold entity unmatched that another assignment would match:
    a predicted "Geely" (the holding group) that shares the form "Geely" with a gold "Geely Auto" takes it before
    the predicted "Geely Auto" does, and the gold "Zhejiang Geely Holding Group" it also matches stays unmatched."""
    import networkx as nx

    g = nx.Graph()
    for neg, eid, gi in pairs:
        g.add_edge(("p", eid), ("g", gi), weight=-neg)
    matched: dict[str, int] = {}
    for a, b in nx.max_weight_matching(g, maxcardinality=True):
        if a[0] == "g":
            a, b = b, a
        matched[a[1]] = b[1]
    # (in the order of the pairs, strongest first: the matching comes back as a set)
    return {eid: gi for _, eid, gi in pairs if matched.get(eid) == gi}


def score_article(gold: dict[str, Any], x: Extraction) -> ArticleEval:
    """Score one extraction against one gold record."""
    res = ArticleEval(article=gold["article"])
    gold_ents = gold.get("entities", [])
    gold_forms = [{normalise_name(g["name"]), *(normalise_name(a) for a in g.get("aliases", []))} for g in gold_ents]
    mention_texts: dict[str, set[str]] = {}
    for m in x.mentions:
        mention_texts.setdefault(m.entity_id, set()).add(normalise_name(m.text))
    pred_forms = {e.id: {normalise_name(e.name), *(normalise_name(a) for a in e.aliases),
                         *mention_texts.get(e.id, set())} for e in x.entities}
    pairs = _candidate_pairs(x.entities, pred_forms, gold_ents, gold_forms)
    pred2gold = _one_to_one(pairs)
    gold_taken = {gi: eid for eid, gi in pred2gold.items()}
    # Any overlap maps an id to a gold name for relations and facts.
    loose: dict[str, int] = dict(pred2gold)
    for _, eid, gi in pairs:
        loose.setdefault(eid, gi)
    by_id = {e.id: e for e in x.entities}
    res.entities.tp = len(pred2gold)
    res.entities.fp = len(x.entities) - len(pred2gold)
    res.entities.fn = len(gold_ents) - len(gold_taken)
    res.missed_entities = [g["name"] for gi, g in enumerate(gold_ents) if gi not in gold_taken]
    res.extra_entities = [f"{e.name} ({e.kind})" for e in x.entities if e.id not in pred2gold]
    for eid, gi in pred2gold.items():
        res.types_total += 1
        got = _gold_type(by_id[eid].kind)
        if got == gold_ents[gi]["type"]:
            res.types_correct += 1
        else:
            res.wrong_types.append(f"{gold_ents[gi]['name']}: {got} != {gold_ents[gi]['type']}")

    def name_of(eid: str) -> str:
        gi = loose.get(eid)
        return gold_ents[gi]["name"] if gi is not None else f"?{by_id[eid].name if eid in by_id else eid}"

    def key(s: str, p: str, o: str) -> tuple[str, str, str]:
        if p in SYMMETRIC and o < s:
            s, o = o, s
        return (s, p, o)

    gold_rel = {key(r["subject"], r["predicate"], r["object"]) for r in gold.get("relations", [])}
    pred_rel = {key(name_of(r.subject), r.predicate, name_of(r.object)) for r in x.relations}
    for p in {k[1] for k in gold_rel | pred_rel}:
        g = {k for k in gold_rel if k[1] == p}
        q = {k for k in pred_rel if k[1] == p}
        res.per_predicate[p] = PRF(len(g & q), len(q - g), len(g - q))
    res.relations = PRF(len(gold_rel & pred_rel), len(pred_rel - gold_rel), len(gold_rel - pred_rel))
    res.missed_relations = [f"{s} {p} {o}" for s, p, o in sorted(gold_rel - pred_rel)]
    res.extra_relations = [f"{s} {p} {o}" for s, p, o in sorted(pred_rel - gold_rel)]

    gold_facts = [(f["subject"], f["measure"], float(f["value"]), f.get("unit")) for f in gold.get("facts", [])]
    seen: set[tuple[str, str, float, str | None]] = set()
    pred_facts = []
    for f in x.facts:
        k = (name_of(f.subject), f.measure, float(f.value))
        if (*k, f.period) not in seen:
            seen.add((*k, f.period))
            pred_facts.append((*k, f.unit))
    used: set[int] = set()
    for pf in pred_facts:
        hit = None
        for gi, gf in enumerate(gold_facts):
            if gi in used or gf[0] != pf[0] or gf[1] != pf[1]:
                continue
            if abs(gf[2] - pf[2]) <= 0.01 * max(abs(gf[2]), 1e-9):
                hit = gi
                break
        m = res.per_measure.setdefault(pf[1], PRF())
        if hit is None:
            res.facts.fp += 1
            m.fp += 1
            res.extra_facts.append(f"{pf[0]} {pf[1]} {pf[2]:g} {pf[3]}")
        else:
            used.add(hit)
            res.facts.tp += 1
            m.tp += 1
    for gi, gf in enumerate(gold_facts):
        if gi not in used:
            res.facts.fn += 1
            res.per_measure.setdefault(gf[1], PRF()).fn += 1
            res.missed_facts.append(f"{gf[0]} {gf[1]} {gf[2]:g} {gf[3]}")
    return res


def evaluate(gold_dir: Path, articles_dir: Path, *, extractor: Extractor | None = None) -> EvalReport:
    """Extract every article named by a gold file in ``gold_dir`` and score it."""
    gold_dir, articles_dir = Path(gold_dir), Path(articles_dir)
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: gold directory not found")
    if not articles_dir.is_dir():
        raise InputError(f"{articles_dir}: articles directory not found")
    files = sorted(p for p in gold_dir.glob("*.json"))
    if not files:
        raise InputError(f"{gold_dir}: no gold *.json files")
    ex = extractor or default_extractor()
    report = EvalReport()
    for gp in files:
        gold = _load_gold(gp)
        ap = articles_dir / gold["article"]
        if not ap.is_file():
            raise InputError(f"{gp}: article {ap} not found")
        res = score_article(gold, _extract_file(ex, ap))
        report.articles.append(res)
        report.entities.add(res.entities)
        report.types_correct += res.types_correct
        report.types_total += res.types_total
        report.relations.add(res.relations)
        report.facts.add(res.facts)
        for k, v in res.per_predicate.items():
            report.per_predicate.setdefault(k, PRF()).add(v)
        for k, v in res.per_measure.items():
            report.per_measure.setdefault(k, PRF()).add(v)
    return report


def _row(label: str, m: PRF, width: int = 22) -> str:
    return f"{label:<{width}} {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f}   {m.tp:4d} {m.fp:4d} {m.fn:4d}"


def render_report(report: EvalReport, *, details: bool = False, fmt: str = "table") -> str:
    """The report as a text table or as JSON (``fmt="json"``)."""
    if fmt == "json":
        return json.dumps(report.to_json(details=details), ensure_ascii=False, indent=2)
    if fmt != "table":
        raise InputError(f"unknown report format {fmt!r}; known: json, table")
    head = f"{'':<22} {'P':>6} {'R':>6} {'F1':>6}   {'TP':>4} {'FP':>4} {'FN':>4}"
    lines = [f"evaluated {len(report.articles)} article(s)", head,
             _row("entities", report.entities), _row("relations", report.relations), _row("facts", report.facts),
             f"{'entity type accuracy':<22} {report.type_accuracy:6.3f}   ({report.types_correct}/{report.types_total})",
             "", "relations per predicate", head]
    lines += [_row("  " + k, v) for k, v in sorted(report.per_predicate.items())]
    lines += ["", "facts per measure", head]
    lines += [_row("  " + k, v) for k, v in sorted(report.per_measure.items())]
    lines += ["", "per article", head]
    for a in report.articles:
        lines.append(f"{a.article}")
        lines += [_row("  entities", a.entities), _row("  relations", a.relations), _row("  facts", a.facts)]
    if details:
        for a in report.articles:
            lines += ["", f"== {a.article}"]
            for label, items in (("missed entity", a.missed_entities), ("extra entity", a.extra_entities),
                                 ("wrong type", a.wrong_types), ("missed relation", a.missed_relations),
                                 ("extra relation", a.extra_relations), ("missed fact", a.missed_facts),
                                 ("extra fact", a.extra_facts)):
                lines += [f"  {label}: {it}" for it in items]
    return "\n".join(lines)
