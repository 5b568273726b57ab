"""Cypher literals: cypher_string escapes exactly the characters its contract names, whatever path a string
takes, and the row literals graph.cypher is written with equal the literals of the plan's rows."""

from __future__ import annotations

import unicodedata

import pytest

from evkg.graph.export.cypher import cypher_literal, cypher_string

_SIMPLE = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _reference(value: str) -> str:
    out = []
    for ch in value:
        if ch in _SIMPLE:
            out.append(_SIMPLE[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs"):
            o = ord(ch)
            out.append(f"\\U{o:08x}" if o > 0xFFFF else f"\\u{o:04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


@pytest.mark.parametrize("value", [
    "", "plain", "it's", 'say "hi"', "a\\b", "back\\'slash", "tab\tnew\nret\r", "bell\x07del\x7f",
    "宁德时代", "宁德'时代\"", "宁德\\n", "rtl\u202e", "nel\x85", "ls\u2028ps\u2029", "zw\u200b", "bom\ufeff",
    "lone\ud800surrogate", "tag\U000e0001", "astral \U0001f600 ok", "中\x00文\x1f", "\\\\'\"\n" * 3,
    '[{"article": "a:1", "text": "比亚迪\\"说\\"", "start": 0}]',
])
def test_cypher_string_matches_per_character_reference(value: str) -> None:
    assert cypher_string(value) == _reference(value)


def test_literals_of_nested_rows() -> None:
    row = {"id": "x'1", "props": {"a": ["b", None, 1, 2.5, True], "n": None, "i": 3, "s": "中'"}}
    assert cypher_literal([row]) == "[{id: 'x\\'1', props: {a: ['b', null, 1, 2.5, true], n: null, i: 3, s: '中\\''}}]"


def test_row_literals_equal_the_literals_of_the_rows(seed_graph) -> None:
    from evkg.graph.export.cypher import Rows, build_plan, render_cypher

    for st in build_plan(seed_graph):
        if isinstance(st.rows, Rows) and len(st.rows):
            n = len(st.rows)
            assert st.rows.literals(0, n) == [cypher_literal(r) for r in st.rows], st.what
            assert st.rows.literals(1, 3) == [cypher_literal(r) for r in st.rows[1:3]], st.what
    lines = list(render_cypher(seed_graph, batch_size=7))
    expected = []
    for st in build_plan(seed_graph):
        if not st.rows:
            expected.append(st.query + ";\n")
        for i in range(0, len(st.rows), 7):
            expected.append(st.query.replace("$rows", cypher_literal(list(st.rows[i:i + 7])), 1) + ";\n")
    assert lines[3:] == expected
