"""A hostile corpus: entity names and sentences built to break exporters, queries and viewers.

Every string here must come out of evkg unchanged *as data*: never executed as Cypher, SPARQL,
HTML or a spreadsheet formula, never breaking a file format. Used by tests/reliability/test_hostile.py.

- :data:`HOSTILE_NAMES`: at least 100 entity names (quotes, backticks, braces, comment markers,
  ``<script>``, triple quotes, backslashes, control characters, RTL marks, zero-width joiners,
  emoji, 10k-character names, Cypher / SPARQL / SQL injections, CSV formulas, IRI breakers, newlines).
- :data:`HOSTILE_IDS`: node ids that would break an IRI, a Cypher literal or a CSV cell.
- :func:`hostile_sentences`: ``X (中文名) supplies battery cells to Y.`` sentences with those names.
- :func:`hostile_articles`: the sentences packed into article files of every format.
- :func:`hostile_graph`: a canonical graph with the names injected directly (for exporter tests).

Lone surrogates are deliberately absent: they are not Unicode scalar values, no UTF-8 file can
hold them, and the readers replace them with U+FFFD before anything else sees them.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

# Payloads, one concern each.
_QUOTES = [
    "O'Reilly Batteries", 'The "Quoted" Motor Co', "\u201cSmart\u201d Quotes Ltd", "\u2018Single\u2019 Curly Co",
    "Back`tick`s Energy", "`", "'", '"', "''", '""', '"""Triple Double"""', "'''Triple Single'''",
    "Mixed '\"` quotes", "\\'escaped\\' quote",
]
_BRACES = [
    "{Brace} Power", "}{ Inverted Braces", "{{7*7}} Template Motors", "${jndi:ldap://127.0.0.1/x}", "[[nested]] ((brackets))",
    "((((((((((deep))))))))))", "[" * 50 + "]" * 50, "{" * 50 + "}" * 50, "<<<<>>>>",
]
_COMMENTS = [
    "Slash // Comment Co", "Dash -- Comment Co", "/* Block */ Comment Co", "Hash # Tag Motors", "<!-- HTML comment -->",
    "--", "//", "/*", "*/", "#", ";", "% percent comment",
]
_HTML = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>",
    "<svg onload=alert(1)>", "javascript:alert(1)", "&amp; &lt;entity&gt;", "&#x3C;script&#x3E;alert(1)",
    "]]><![CDATA[x]]>", "<b>bold</b> Motors", "\"><script>alert(document.cookie)</script>",
    "<iframe src=\"javascript:alert(1)\"></iframe>", "<style>*{display:none}</style>",
]
_BACKSLASH = [
    "Back\\slash\\Energy", "Trailing backslash \\", "\\u0041 escaped", "\\n not a newline", "C:\\Windows\\System32",
    "\\\\server\\share", "\\x00 literal", "\\",
]
_CONTROL = [
    "Ctrl\x01\x02\x03Chars", "Tab\tSeparated Co", "Carriage\rReturn Co", "Bell\x07Co", "Escape\x1b[31mRed", "NUL\x00Byte Co",
    "DEL\x7fCo", "Form\x0cfeed Co", "Vertical\x0btab Co", "NEL\x85Co",
]
_UNICODE = [
    "RTL \u202eevil\u202c Motors", "\u202egnp.exe", "ZWJ\u200dJoiner Co", "Zero\u200bWidth Co", "BOM\ufeffInside",
    "Emoji \U0001f697\U0001f50b\u26a1 Auto", "Family \U0001f468\u200d\U0001f469\u200d\U0001f467 Co", "Flag \U0001f1e8\U0001f1f3 EV",
    "Combining e\u0301\u0301\u0301 Co", "Z\u0351\u0352\u0353\u0354a\u0355\u0356lgo", "\u05e9\u05dc\u05d5\u05dd Hebrew Co",
    "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 Arabic", "\ufffd Replacement Co", "Private\ue000Use", "Astral \U0010fffd plane",
    "Fullwidth \uff1c\uff53\uff43\uff52\uff49\uff50\uff54\uff1e", "\u5b81\u5fb7\u65f6\u4ee3\"\u6c11\u65cf",
]
_NEWLINES = [
    "Line\nBreak Co", "CRLF\r\nCo", "Unicode line\u2028sep Co", "Para\u2029sep Co", "\n", "Trailing newline\n",
]
_CYPHER = [
    "}) DETACH DELETE n //", "') MATCH (n) DETACH DELETE n //", "\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
    "` MATCH (n) DETACH DELETE n //", "$param", "{x: 1}) CREATE (:Pwned) //", "n.name = 'x' OR 1=1",
    "CALL db.labels()", ":Label:Other", "MERGE (p:Pwned) RETURN p",
]
_SPARQL = [
    '" } ; DROP ALL ; #', "\" . } INSERT DATA { <http://e/s> <http://e/p> \"o\" } #", "?s ?p ?o",
    "SELECT * WHERE { ?s ?p ?o }", "@prefix evil: <http://evil.example/> .", "\"^^<http://www.w3.org/2001/XMLSchema#int>",
    "\"@en", "_:blank", "DELETE WHERE { ?s ?p ?o }",
]
_IRI = [
    "> <http://evil.example/x> .", "<http://evil.example/x>", "a b c#frag", "has space", "100% pure", "a/b/../c",
    "?query=1&x=2", "http://evil.example/", "name#with#hashes", "^|`{}\\<>",
]
_CSV = [
    "=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(1+1)", "=1+2",
    "\t=tabbed formula", "\r=cr formula", "=cmd|'/C calc'!A0", "a,b,c", "quote\"in,cell", "-", "+", "=", "@",
]
_SQL_MISC = [
    "Robert'); DROP TABLE articles;--", "' OR '1'='1", "%s%n%x%d", "null", "None", "true", "NaN", "-0", "1e309",
    "../../etc/passwd", "company:catl", "0", " leading and trailing spaces ",
]

_PAYLOADS = (_QUOTES + _BRACES + _COMMENTS + _HTML + _BACKSLASH + _CONTROL + _UNICODE + _NEWLINES + _CYPHER + _SPARQL
             + _IRI + _CSV + _SQL_MISC)

#: 10k-character names.
LONG_NAMES = ["X" * 10_000, "\u5b81" * 10_000, ("<script>" + "'\"`{}" * 1998)[:10_000]]


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for s in items:
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


#: At least 100 hostile entity names: the raw payloads, the same payloads inside ordinary names, long names.
HOSTILE_NAMES: list[str] = _dedupe(_PAYLOADS + [f"Acme {p} Holdings" for p in _PAYLOADS] + LONG_NAMES)

#: Node ids that break naive IRIs, Cypher literals and CSV cells (the exporters must mint or escape them).
HOSTILE_IDS: list[str] = [
    "company:a b", "company:x> <y", "company:'quote", 'company:"dq', "company:}) DETACH DELETE n //",
    "company:#frag", "company:=1+2", "company:\u202eevil", "company:<script>", "company:line\nbreak",
    "company:\u5b81\u5fb7", "company:back\\slash", "company:%41", "no-prefix id", "company:",
]

assert len(HOSTILE_NAMES) >= 100, len(HOSTILE_NAMES)


def zh_name(i: int) -> str:
    """A deterministic Chinese-looking name for the i-th hostile entity."""
    chars = "\u6d77\u65af\u6cf0\u5c14\u65b0\u80fd\u6e90\u7535\u6c60\u6c7d\u8f66\u79d1\u6280\u96c6\u56e2"
    return "".join(chars[(i * 7 + k * 3) % len(chars)] for k in range(4))


def _flat(s: str) -> str:
    # NUL marks a binary file for the readers, so article text carries it only inside JSON escapes
    return s.replace("\n", " ").replace("\r", " ").replace("\x00", "")


def hostile_sentences() -> list[str]:
    """One sentence per hostile name (plus plain sentences with hostile text around known names)."""
    out = []
    for i, name in enumerate(HOSTILE_NAMES):
        flat = _flat(name)
        out.append(f"{flat} ({zh_name(i)}) supplies battery cells to Tesla.")
    for p in _PAYLOADS:
        flat = _flat(p)
        out.append(f"CATL supplies batteries to Tesla, the company said {flat} on Monday.")
    return out


def hostile_articles(directory: Path) -> list[Path]:
    """Write the hostile sentences into article files of every format; returns the files."""
    directory.mkdir(parents=True, exist_ok=True)
    sents = hostile_sentences()
    files: list[Path] = []
    chunks = [sents[i:i + 20] for i in range(0, len(sents), 20)]
    for k, chunk in enumerate(chunks):
        body = "\n\n".join(chunk) + "\n"
        fmt = k % 4
        if fmt == 0:
            p = directory / f"hostile-{k:02d}.txt"
            p.write_text(f"---\ntitle: Hostile {k} <script>alert(1)</script>\ndate: 2025-01-{k % 28 + 1:02d}\n---\n"
                         + body, encoding="utf-8")
        elif fmt == 1:
            p = directory / f"hostile-{k:02d}.md"
            p.write_text(f"# Hostile \"{k}\" }}) DETACH DELETE n //\n\n" + body, encoding="utf-8")
        elif fmt == 2:
            p = directory / f"hostile-{k:02d}.jsonl"
            p.write_text("".join(json.dumps({"title": f"Hostile '{k}' \" }} ; DROP ALL ; #", "date": "2025-02-01",
                                             "url": f"http://example.com/a b?x=\"{k}\">", "text": s,
                                             "publisher": "=HYPERLINK(\"http://evil\")"}) + "\n"
                                 for s in chunk), encoding="utf-8")
        else:
            from html import escape

            p = directory / f"hostile-{k:02d}.html"
            paras = "".join(f"<p>{escape(s)}</p>" for s in chunk)
            p.write_text(f"<html><head><title>Hostile {k} &lt;script&gt;</title><script>alert(1)</script>"
                         f"<style>p{{color:red}}</style></head><body><article>{paras}</article></body></html>",
                         encoding="utf-8")
        files.append(p)
    return files


def hostile_graph() -> nx.MultiDiGraph:
    """A canonical graph whose names, aliases, ids, evidence, facts and article metadata are hostile."""
    from evkg.graph.model import add_entity, add_evidence, new_graph

    G = new_graph()
    arts = []
    for k in range(12):
        aid = f"article:hostile{k:02d}"
        p = _PAYLOADS[(k * 13) % len(_PAYLOADS)]
        G.graph["articles"][aid] = {"id": aid, "source": f"/tmp/hostile {p}.txt", "title": p,
                                    "date": f"2025-03-{k + 1:02d}", "url": f"http://example.com/{p}",
                                    "publisher": _CSV[k % len(_CSV)], "content_hash": f"{k:064x}", "seq": k + 1}
        arts.append(aid)
    ids = [f"company:hostile-{i:03d}" for i in range(len(HOSTILE_NAMES))]
    for i, name in enumerate(HOSTILE_NAMES):
        add_entity(G, ids[i], name=name, kinds=["Company"] if i % 3 else ["BatteryMaker"], name_zh=zh_name(i),
                   aliases=[HOSTILE_NAMES[(i + 1) % len(HOSTILE_NAMES)], f"{name} alias"], tickers=[f"{i:04d}.HK"],
                   articles=[arts[i % len(arts)]], mention_count=1)
    for j, hid in enumerate(HOSTILE_IDS):
        add_entity(G, hid, name=HOSTILE_NAMES[j], kinds=["Automaker"], aliases=[hid])
    auto = HOSTILE_IDS
    for i, s in enumerate(ids):
        o = auto[i % len(auto)]
        text = f"{HOSTILE_NAMES[i]} supplies {HOSTILE_NAMES[(i + 7) % len(HOSTILE_NAMES)]}."
        add_evidence(G, s, "SUPPLIES", o, {"article": arts[i % len(arts)], "text": text, "start": 0,
                                            "end": len(text), "confidence": 0.8, "rule": f"rule {_CYPHER[i % 10]}",
                                            "status": "stated"}, date=G.graph["articles"][arts[i % len(arts)]]["date"])
        if i % 4 == 0:
            G.nodes[s]["facts"].append({"measure": "revenue", "value": float(i) + 0.5, "unit": "yuan",
                                        "period": "2024", "evidence": text, "article": arts[i % len(arts)],
                                        "start": 0, "end": len(text), "confidence": 0.7, "rule": "hostile"})
    return G


def all_strings(G: nx.MultiDiGraph) -> set[str]:
    """Every name, Chinese name and alias in ``G`` (what must survive an export unchanged)."""
    out: set[str] = set()
    for _, d in G.nodes(data=True):
        out.add(d["name"])
        if d.get("name_zh"):
            out.add(d["name_zh"])
        out.update(d.get("aliases", ()))
    return out
