"""The whole pipeline: contract of the result, robustness on odd input, linear behaviour on long input."""

from __future__ import annotations

import time

import pytest

from evkg.loaders.extract import extract
from evkg.loaders.types import Article


@pytest.mark.parametrize("text", ["", " ", "\x00\x01\x02 binary \xff\xfe", "مرحبا بالعالم CATL ", "\u202eCATL\u202c rose 5%",
                                  "。。。！！？", "(((((((((", "1" * 10000, "CATL " * 2000, "\r\n\r\n\t"])
def test_odd_input_never_raises(ex, text):
    x = ex.extract(Article(source="odd", text=text))
    for r in (*x.relations, *x.facts):
        assert text[r.start:r.end] == r.evidence
    for m in x.mentions:
        assert text[m.start:m.end] == m.text


def test_result_contract(ex):
    text = "**BYD** sold 300,000 cars.Tesla sources cells from CATL (300750.SZ)."
    x = ex.extract(Article(source="c.txt", text=text))
    ids = {e.id for e in x.entities}
    assert {r.subject for r in x.relations} | {r.object for r in x.relations} <= ids
    assert {f.subject for f in x.facts} <= ids
    assert {m.entity_id for m in x.mentions} <= ids
    for m in x.mentions:
        assert text[m.start:m.end] == m.text
    d = x.to_json()
    assert d["entities"] and all("mentions" in e for e in d["entities"])
    assert extract(Article(source="c.txt", text=text)).to_json()["relations"] == d["relations"]


def test_long_single_line_is_linear(ex):
    unit = "CATL supplies batteries to Tesla and BYD rose 3% while NIO delivered 20,000 vehicles, "
    small = Article(source="s", text=unit * 200)
    big = Article(source="b", text=unit * 2000)
    t0 = time.process_time()
    ex.extract(small)
    t1 = time.process_time()
    ex.extract(big)
    t2 = time.process_time()
    assert (t2 - t1) < 40 * max(t1 - t0, 0.01)
