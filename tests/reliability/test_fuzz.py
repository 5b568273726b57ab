"""Fuzzing (hypothesis): readers, cleaning, sentence splitting and extraction on random and mutated input.

No exception may escape except the documented ones: readers yield ArticleError items (never raise
anything else), cleaning and sentence splitting never raise, extraction raises nothing or an
EvkgError subclass. Every Article that comes out is storable (valid Unicode scalars, no NUL) and
every offset the later stages produce lies inside the text.

``EVKG_FUZZ_EXAMPLES`` sets the number of examples per test (default 200; ``make fuzz`` runs
20000). How many ran is printed at the end of the module and written to ``out/fuzz-stats.json``.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from evkg.loaders.readers import SUFFIX_FORMAT, iter_file
from evkg.loaders.types import Article
from evkg.ontology.errors import ArticleError, EvkgError

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "articles"
EXAMPLES = int(os.environ.get("EVKG_FUZZ_EXAMPLES", "200"))
STATS_FILE = ROOT / "out" / "fuzz-stats.json"

FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])

RAN: Counter[str] = Counter()


_T0 = time.perf_counter()


def _total() -> int:
    # "readers.<suffix>" keys break the "readers" count down by suffix: not added twice
    return sum(n for k, n in RAN.items() if "." not in k)


def _write_stats() -> None:
    stats = {"examples_setting": EXAMPLES, "seconds": round(time.perf_counter() - _T0, 1),
             "ran": dict(sorted(RAN.items())), "total": _total(),
             "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    try:
        STATS_FILE.parent.mkdir(parents=True, exist_ok=True)
        STATS_FILE.write_text(json.dumps(stats, indent=2) + "\n")
    except OSError:
        pass


@pytest.fixture(autouse=True)
def _record_counts() -> Iterator[None]:
    yield
    _write_stats()  # after every test, so an interrupted long run still reports what ran


@pytest.fixture(scope="module", autouse=True)
def _report_counts() -> Iterator[None]:
    yield
    _write_stats()
    print(f"\nfuzz examples run: {_total()} ({dict(sorted(RAN.items()))}) "
          f"in {time.perf_counter() - _T0:.1f} s; written to {STATS_FILE}")


# -- inputs ---------------------------------------------------------------------------------------------

SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.is_file()) if SEEDS.is_dir() else []
SEED_BYTES = [p.read_bytes() for p in SEED_FILES]
SUFFIXES = sorted(SUFFIX_FORMAT)

_FRAGMENTS = [
    b"\x00", b"\x01\x02\x1b", b"\xe2\x80\xae", b"\xe2\x80\x8d", b"\xef\xbb\xbf", b"\xff\xfe", b"\xed\xa0\x80",
    b"\xf0\x9f\x9a\x97", b"<script>alert(1)</script>", b"<style>x{}</style>", b"<p>", b"</div>", b"<!--", b"-->",
    b"<![CDATA[", b"]]>", b"<?xml version='1.0'?>", b"<rss><channel><item><description>", b"</item>",
    b"&amp;", b"&#0;", b"&#x110000;", b"&bogus;", b"---\n", b"title: x\n", b"{", b"}", b"[", b"]", b'"', b"\\",
    b'\\ud800', b'\\u0000', b"\n", b"\r\n", b"\r", b"\t", b"\xc2\x85", b"\xe2\x80\xa8", b"\xe3\x80\x82",
    "宁德时代".encode(), b"CATL supplies Tesla. ", b"(", b")", b"((((((((((", b"))))))))))",
    b"300750.SZ", b"1,234,567", b"12.5%", b"GWh", b"Co., Ltd.", b"...",
]


@st.composite
def mutated(draw: Callable[..., Any], base: bytes | None = None) -> bytes:
    """A seed article (or ``base``) after a few random mutations."""
    data = bytearray(base if base is not None else draw(st.sampled_from(SEED_BYTES or [b"CATL supplies Tesla.\n"])))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "huge", "unicode", "nest", "dup"]))
        n = len(data)
        at = draw(st.integers(0, n)) if n else 0
        if op == "flip" and n:
            i = min(at, n - 1)
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(_FRAGMENTS))
        elif op == "delete" and n:
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "huge":
            tok = draw(st.sampled_from([b"A", b"\xe5\xae\x81", b"-", b" ", b"(", b"CATL", b"1"]))
            data[at:at] = tok * draw(st.integers(1_000, 60_000))
        elif op == "unicode":
            data[at:at] = draw(st.text(min_size=1, max_size=40)).encode("utf-8", "surrogatepass")
        elif op == "nest":
            k = draw(st.integers(1, 3_000))
            open_, close = draw(st.sampled_from([(b"(", b")"), (b"[", b"]"), (b"{", b"}"), (b"<b>", b"</b>"),
                                                 (b"<div>", b""), (b"\xef\xbc\x88", b"\xef\xbc\x89")]))
            data[at:at] = open_ * k + b"x" + close * k
        elif op == "dup" and n:
            data[at:at] = data[: draw(st.integers(0, min(n, 20_000)))]
    return bytes(data)


FILE_BYTES = st.one_of(mutated(), st.binary(max_size=2_000),
                       st.text(max_size=500).map(lambda s: s.encode("utf-8", "surrogatepass")))
ARTICLE_TEXT = st.one_of(
    st.text(max_size=800),
    mutated().map(lambda b: b.decode("utf-8", "replace")),
    st.lists(st.sampled_from([f.decode("utf-8", "replace") for f in _FRAGMENTS]), max_size=60).map("".join),
)


_C0 = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _check_article(a: Article) -> None:
    assert isinstance(a, Article)
    assert isinstance(a.text, str) and a.text.strip()
    a.text.encode("utf-8")  # no lone surrogates: storable in SQLite, JSON and RDF
    assert not _C0.search(a.text), "control characters must be scrubbed by the readers"
    for v in (a.title, a.date, a.url, a.publisher, a.source):
        if v is not None:
            v.encode("utf-8")
            assert not _C0.search(v)
    assert len(a.content_hash) == 64


_TMP = Path(tempfile.mkdtemp(prefix="evkg-fuzz-"))


# -- readers --------------------------------------------------------------------------------------------


@FUZZ
@given(data=FILE_BYTES, suffix=st.sampled_from(SUFFIXES))
def test_fuzz_readers(data: bytes, suffix: str) -> None:
    RAN["readers"] += 1
    RAN[f"readers{suffix}"] += 1
    p = _TMP / f"fuzz{suffix}"
    p.write_bytes(data)
    for item in iter_file(p):
        if isinstance(item, ArticleError):
            assert item.path == str(p) and item.reason
            assert "\n" not in str(item).replace(str(p), "")
        else:
            _check_article(item)


# -- cleaning and sentences -------------------------------------------------------------------------------


@FUZZ
@given(text=ARTICLE_TEXT)
def test_fuzz_cleaning_and_sentences(text: str) -> None:
    from evkg.loaders.cleaning import clean
    from evkg.loaders.sentences import split_sentences

    RAN["cleaning"] += 1
    c = clean(text)
    assert isinstance(c.text, str)
    spans = split_sentences(c.text)
    last = 0
    for s, e in spans:
        assert last <= s <= e <= len(c.text)
        last = e
        os_, oe = c.span(s, e)
        assert 0 <= os_ <= oe <= len(text)


# -- extraction -----------------------------------------------------------------------------------------


HANG_SECONDS = float(os.environ.get("EVKG_FUZZ_HANG_SECONDS", "60"))
# A hang is not shrunk (every shrink step would wait HANG_SECONDS): the input is saved as it is.
FUZZ_GUARDED = settings(FUZZ, phases=[Phase.explicit, Phase.reuse, Phase.generate])


@pytest.fixture(scope="module")
def worker() -> Iterator[Any]:
    try:
        import evkg.loaders.extract  # noqa: F401
    except ImportError as err:
        pytest.skip(f"evkg.loaders.extract is not there yet ({err})")
    from tests.fixtures.reliability import GuardedWorker

    w = GuardedWorker(HANG_SECONDS, ROOT / "out" / "fuzz-hangs")
    yield w
    w.close()


@FUZZ_GUARDED
@given(text=ARTICLE_TEXT)
def test_fuzz_extraction(worker: Any, text: str) -> None:
    """Extraction of random and mutated text (in a guarded worker): offsets valid, only EvkgError raised."""
    from tests.fixtures.reliability import extract_and_check

    RAN["extraction"] += 1
    if not text.strip():
        return
    worker.call(extract_and_check, text.replace("\x00", "\ufffd").encode("utf-8", "replace").decode())


@FUZZ_GUARDED
@given(data=mutated(), suffix=st.sampled_from(SUFFIXES))
def test_fuzz_read_and_extract(worker: Any, data: bytes, suffix: str) -> None:
    """The whole per-file path the pipeline runs: bytes -> iter_file -> extract."""
    from tests.fixtures.reliability import read_extract_and_check

    RAN["read+extract"] += 1
    for item in iter_file(_write(data, suffix)):
        if not isinstance(item, ArticleError):
            _check_article(item)
    worker.call(read_extract_and_check, data, suffix, str(_TMP))


def _write(data: bytes, suffix: str) -> Path:
    p = _TMP / f"check{suffix}"
    p.write_bytes(data)
    return p


# -- exporters ------------------------------------------------------------------------------------------

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
NAMES = st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=6)


@settings(FUZZ, max_examples=max(20, EXAMPLES // 4))
@given(names=NAMES, ids=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=6),
       evidence=st.text(max_size=200))
def test_fuzz_exporters_round_trip(names: list[str], ids: list[str], evidence: str) -> None:
    """Random names, ids and evidence through json, N-Triples, Turtle, neo4j-admin CSV and the HTML data block."""
    import io

    import pyoxigraph as ox

    from evkg.graph.export.html import render_html
    from evkg.graph.export.json import generate_json
    from evkg.graph.export.neo4j_csv import read_neo4j_csv, write_neo4j_csv
    from evkg.graph.export.rdf import generate_rdf
    from evkg.graph.model import add_entity, add_evidence, new_graph
    from evkg.ontology.vocab import EVKG_NS

    RAN["exporters"] += 1
    G = new_graph()
    node_ids = []
    for i, name in enumerate(names):
        nid = f"company:{ids[i % len(ids)]}#{i}"
        add_entity(G, nid, name=name, kinds=["Company"], aliases=[names[(i + 1) % len(names)] + "x"])
        node_ids.append(nid)
    G.graph["articles"]["article:1"] = {"id": "article:1", "source": evidence, "title": evidence, "date": None,
                                        "url": None, "publisher": None, "content_hash": "0" * 64, "seq": 1}
    for a, b in zip(node_ids, node_ids[1:]):
        add_evidence(G, a, "SUPPLIES", b, {"article": "article:1", "text": evidence or "x", "start": 0,
                                           "end": 1, "confidence": 0.5, "rule": "fuzz", "status": "stated"})
    want = {n: d["name"] for n, d in G.nodes(data=True)}

    data = json.loads("".join(generate_json(G)))
    assert {n["id"]: n["name"] for n in data["nodes"]} == want

    for fmt, oxfmt in (("nt", ox.RdfFormat.N_TRIPLES), ("ttl", ox.RdfFormat.TURTLE)):
        text = "".join(generate_rdf(G, fmt=fmt))
        got: dict[str, dict[str, str]] = {}
        for t in ox.parse(io.BytesIO(text.encode("utf-8")), format=oxfmt):
            if t.predicate.value in (EVKG_NS + "id", "http://www.w3.org/2004/02/skos/core#prefLabel"):
                got.setdefault(t.subject.value, {})[t.predicate.value] = t.object.value
        by_id = {d[EVKG_NS + "id"]: d["http://www.w3.org/2004/02/skos/core#prefLabel"] for d in got.values()
                 if EVKG_NS + "id" in d and d[EVKG_NS + "id"] in want}
        assert by_id == want, fmt

    out = Path(tempfile.mkdtemp(dir=_TMP))
    if not any("\x1f" in s for s in [*names, *ids, evidence]):  # U+001F is the CSV array delimiter (refused)
        write_neo4j_csv(G, out)
        nodes, _ = read_neo4j_csv(out)
        assert {k: v["props"]["name"] for k, v in nodes.items() if "name" in v["props"]} == want

    page = render_html(G, title="fuzz")
    m = re.search(r'<script type="application/json" id="evkg-data">(.*?)</script>', page, re.S)
    assert m and "<" not in m.group(1)
    strings = set(_all_strings(json.loads(m.group(1))))
    assert set(want.values()) <= strings


def _all_strings(obj: Any) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from _all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _all_strings(v)
