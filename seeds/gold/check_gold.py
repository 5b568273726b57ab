#!/usr/bin/env python3
"""Check the gold annotations in this folder against the sample articles.

Each ``<stem>.json`` here annotates ``../articles/<article>``, where ``article`` is the file
name given inside the JSON (format: /work/shared/gold/README.md, summarised in README.md
next to this script). The article text is rebuilt with the standard library only, the way
a reader would see it:

* ``.txt`` / ``.md``: the body after the ``---`` front matter, Markdown kept as-is;
* ``.html``: the text inside ``<article>`` (``<script>``/``<style>`` dropped), one line per block;
* ``.json``: the ``text`` value; ``.jsonl``: every line's ``text``;
* ``.xml`` / ``.rss`` / ``.atom``: each RSS item's ``content:encoded`` (else ``description``), or
  each Atom entry's ``content`` (else ``summary``), HTML stripped.

For every gold file it asserts that each evidence is a verbatim substring of that text, that
each subject/object is an entity ``name`` of the same file, that every alias occurs in the
text, and that types, predicates, measures, units and periods are from the allowed sets.

Usage: ``python seeds/gold/check_gold.py [GOLD_DIR ARTICLES_DIR]`` (default: this folder and
``../articles``; exit status 1 on any problem).
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "..", "articles")

TYPES = set("Automaker BatteryMaker Supplier TechCompany Regulator Policy Technology Product Person "
            "Alliance Brand Fund Index Exchange Event Country Organization".split())
PREDICATES = set("SUPPLIES PARTNERS_WITH INVESTS_IN SUBSIDIARY_OF BRAND_OF MEMBER_OF MANUFACTURES DEVELOPS "
                 "USES_TECHNOLOGY ISSUED SUPPORTS REGULATES MET_WITH EXECUTIVE_OF LISTED_ON CONSTITUENT_OF "
                 "COMPETES_WITH JOINT_VENTURE_WITH".split())
MEASURES = set("deliveries sales production market_cap market_cap_change energy_density capacity cycle_life "
               "orders revenue profit share_price share_price_change stations investment market_share "
               "fund_size".split())
UNITS = {"units", "yuan", "HKD", "Wh/kg", "Ah", "GWh", "%", "cycles", "stations", "shares"}
PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "li", "br", "tr", "section", "article", "blockquote"}


class _Text(HTMLParser):
    """Collect visible text; inside <article> only if the page has one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_article = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "article":
            self.in_article += 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag == "article":
            self.in_article -= 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append((self.in_article > 0, data))  # type: ignore[arg-type]

    def text(self) -> str:
        has_article = any(isinstance(p, tuple) and p[0] for p in self.parts)
        out = []
        for p in self.parts:
            if isinstance(p, tuple):
                if p[0] or not has_article:
                    out.append(p[1])
            else:
                out.append(p)
        lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
        return "\n".join(line for line in lines if line)


def html_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return parser.text()


def strip_front_matter(raw: str) -> str:
    if raw.startswith("---\n"):
        end = raw.find("\n---\n", 4)
        if end != -1:
            return raw[end + 5:]
    return raw


def article_text(path: str) -> str:
    """The text of every article in ``path``, as a reader would extract it."""
    raw = open(path, encoding="utf-8").read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md"):
        return strip_front_matter(raw)
    if ext in (".html", ".htm"):
        return html_text(raw)
    if ext == ".json":
        return json.loads(raw)["text"]
    if ext == ".jsonl":
        return "\n\n".join(json.loads(line)["text"] for line in raw.splitlines() if line.strip())
    if ext in (".xml", ".rss", ".atom"):
        ns = {"content": "http://purl.org/rss/1.0/modules/content/", "atom": "http://www.w3.org/2005/Atom"}
        root = ET.fromstring(raw)
        texts = []
        for item in root.iter("item"):
            body = item.findtext("content:encoded", namespaces=ns) or item.findtext("description") or ""
            texts.append(html_text(body) if "<" in body else body.strip())
        for entry in root.iter("{http://www.w3.org/2005/Atom}entry"):
            body = entry.findtext("atom:content", namespaces=ns) or entry.findtext("atom:summary", namespaces=ns) or ""
            texts.append(html_text(body) if "<" in body else body.strip())
        return "\n\n".join(texts)
    raise ValueError(f"unknown article format: {path}")


def check(gold_path: str, articles: str = ARTICLES) -> list[str]:
    d = json.load(open(gold_path, encoding="utf-8"))
    text = article_text(os.path.join(articles, d["article"]))
    errs: list[str] = []
    names = [e["name"] for e in d["entities"]]
    if len(names) != len(set(names)):
        errs.append("duplicate entity names")
    for e in d["entities"]:
        if e["type"] not in TYPES:
            errs.append(f"bad type {e['type']} for {e['name']}")
        errs += [f"alias not in text: {a!r}" for a in e["aliases"] if a not in text]
    for r in d["relations"]:
        if r["predicate"] not in PREDICATES:
            errs.append(f"bad predicate {r['predicate']}")
    for f in d["facts"]:
        if f["measure"] not in MEASURES or f["unit"] not in UNITS:
            errs.append(f"bad measure/unit {f['measure']}/{f['unit']}")
        if f["period"] is not None and not PERIOD.match(f["period"]):
            errs.append(f"bad period {f['period']}")
        if not isinstance(f["value"], (int, float)):
            errs.append(f"value not a number: {f['value']!r}")
    for r in d["relations"] + d["facts"]:
        for role in ("subject", "object"):
            if role in r and r[role] not in names:
                errs.append(f"{role} not an entity: {r[role]!r}")
        if r["evidence"] not in text:
            errs.append(f"evidence not in text: {r['evidence']!r}")
    return errs


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    gold, articles = (args[0], args[1]) if len(args) == 2 else (HERE, ARTICLES)
    files = sorted(glob.glob(os.path.join(gold, "*.json")))
    bad = 0
    totals = [0, 0, 0]
    for path in files:
        d = json.load(open(path, encoding="utf-8"))
        for i, key in enumerate(("entities", "relations", "facts")):
            totals[i] += len(d[key])
        errs = check(path, articles)
        bad += bool(errs)
        for e in errs:
            print(f"{os.path.basename(path)}: {e}")
    if not files:
        print(f"no gold files in {gold}")
        return 1
    print(f"{len(files)} gold files, {totals[0]} entities, {totals[1]} relations, {totals[2]} facts: "
          + ("OK" if not bad else f"{bad} file(s) with errors"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
