"""cypher_string escapes exactly the characters its contract names, whatever path a string takes."""

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
