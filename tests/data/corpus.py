"""A small deterministic corpus generator for the reliability tests (kill, lock, idempotence).

``write_corpus(directory, n)`` writes ``n`` short articles about known companies, mostly as
``.txt`` files with front matter, some as JSONL files of 25 articles each and some as Markdown,
so that the same seed always gives the same bytes and every article states a few relations.

Run ``python -m tests.data.corpus DIR N`` to write one by hand.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

MAKERS = ["CATL", "BYD", "Gotion High-Tech", "EVE Energy", "Sunwoda", "CALB", "SVOLT", "Farasis Energy"]
AUTOMAKERS = ["Tesla", "NIO", "Xpeng", "Li Auto", "Xiaomi", "Geely", "SAIC Motor", "Great Wall Motor", "Leapmotor",
              "Seres", "Changan", "GAC Aion", "Zeekr", "Volkswagen", "BMW", "Mercedes-Benz"]
TECH = ["LFP", "sodium-ion", "semi-solid-state", "NMC", "LMFP"]
CITIES = ["Ningde", "Shenzhen", "Hefei", "Changzhou", "Shanghai", "Chongqing", "Guangzhou", "Wuhan"]

TEMPLATES = [
    "{m} supplies battery cells to {a}.",
    "{a} sources cells from {m} for its new models.",
    "{m} will supply {t} batteries to {a} from next year.",
    "{a} and {m} signed a partnership agreement in {c}.",
    "{m} invested in a new plant in {c} to serve {a}.",
    "{a} delivered {n:,} vehicles in {month}, up {p}% from a year earlier.",
    "{m} develops {t} battery technology at its {c} research centre.",
    "{a} uses {t} batteries made by {m}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def article(i: int, rng: random.Random) -> dict[str, str]:
    """The i-th article: title, date and 3-5 sentences."""
    sents = []
    for _ in range(rng.randint(3, 5)):
        tpl = rng.choice(TEMPLATES)
        sents.append(tpl.format(m=rng.choice(MAKERS), a=rng.choice(AUTOMAKERS), t=rng.choice(TECH),
                                c=rng.choice(CITIES), n=rng.randint(1_000, 400_000), month=rng.choice(MONTHS),
                                p=rng.randint(1, 90)))
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    return {"title": f"Industry brief {i}", "date": f"2025-{month:02d}-{day:02d}", "text": " ".join(sents) + "\n",
            "publisher": "Synthetic Wire", "url": f"https://example.com/brief/{i}"}


def write_corpus(directory: str | Path, n: int, *, seed: int = 7, per_jsonl: int = 25) -> list[Path]:
    """Write ``n`` articles under ``directory`` (created); returns the files in discovery order.

    Every 10th block of ``per_jsonl`` articles goes into one JSONL file; every 7th single article is
    Markdown; the rest are .txt files with front matter, spread over sub-directories of 100 files.
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    arts = [article(i, rng) for i in range(n)]
    i = 0
    block = 0
    while i < n:
        sub = root / f"part-{block // 10:03d}"
        sub.mkdir(exist_ok=True)
        if block % 10 == 9:
            chunk = arts[i:i + per_jsonl]
            (sub / f"feed-{block:04d}.jsonl").write_text(
                "".join(json.dumps(a, ensure_ascii=False, sort_keys=True) + "\n" for a in chunk), encoding="utf-8")
            i += len(chunk)
        else:
            for a in arts[i:i + per_jsonl]:
                if i % 7 == 3:
                    (sub / f"a-{i:05d}.md").write_text(f"# {a['title']}\n\n{a['text']}", encoding="utf-8")
                else:
                    (sub / f"a-{i:05d}.txt").write_text(
                        f"---\ntitle: {a['title']}\ndate: {a['date']}\npublisher: {a['publisher']}\n"
                        f"url: {a['url']}\n---\n{a['text']}", encoding="utf-8")
                i += 1
        block += 1
    return sorted(p for p in root.rglob("*") if p.is_file())


if __name__ == "__main__":  # pragma: no cover
    files = write_corpus(sys.argv[1], int(sys.argv[2]))
    print(f"wrote {len(files)} files")
