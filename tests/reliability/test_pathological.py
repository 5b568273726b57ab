"""Pathological article text must not hang extraction (regex backtracking, quadratic scans).

Each input is extracted in a child process with a generous time limit: a Python regex cannot be
interrupted by a signal, so an in-process hang would freeze the whole test run instead of failing one
test. The limits are hang guards, not benchmarks (expected times are a few seconds; see
docs/reliability.md for measured figures).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

LIMIT = 90.0  # seconds per input, on a loaded 2-core machine

CASES = {
    # _CODE_PAREN: "\s*[,]?\s*" inside "+": exponential in the number of double-spaced codes
    "fund-codes-double-spaced": "Battery ETF (" + "123456  " * 30 + "x",
    # the same pattern, quadratic in one long run of spaces after a code
    "fund-code-long-spaces": "Battery ETF (561910" + " " * 20_000 + "x",
    # entities._LIST_SEP: four adjacent "\s*" -> O(n^4) on a run of spaces between two names
    "list-separator-spaces": "CATL" + " " * 1_200 + "x BYD and NIO signed deals.",
    # relations._LIST_SEP
    "relation-list-spaces": "Tesla sources cells from CATL," + " " * 1_200 + "x BYD and LG.",
    # cleaning._glue_points: a $-anchored search from the start of the line for every glued stop
    "glued-sentences-line": ("BYD sold more cars.Tesla sold fewer cars.NIO sold some " * 4_000)[:200_000],
    # cleaning._JUNK_LINE: "^\s*(...|[-*_=~.\s]*)\s*$" -> O(n^3) on a line of spaces
    "junk-line-spaces": "CATL supplies Tesla.\n" + " " * 3_000 + "{\nBYD supplies NIO.\n",
    # entities._POLICY_DATED: no word-start anchor -> retried from every character of a long token
    "long-capital-token": "A" * 100_000 + " x (2024) y. CATL supplies Tesla.",
    # facts: a clause re-scan per quantity
    "percent-run": ("12.5% " * 20_000)[:100_000],
    "nested-brackets": "(" * 50_000 + "CATL supplies Tesla" + ")" * 50_000,
    "capitalised-run": ("Alpha Beta Gamma Delta " * 10_000)[:200_000],
    "company-suffixes": ("Acme Co., Ltd. " * 10_000)[:150_000],
    "chinese-run": "宁德时代比亚迪" * 20_000,
    "quote-run": '"' * 100_000 + "CATL supplies Tesla.",
    "tickers": ("300750.SZ 9927.HK " * 8_000)[:150_000],
}

_CHILD = r"""
import sys
from evkg.loaders.extract import Extractor
from evkg.loaders.types import Article
text = open(sys.argv[1], encoding="utf-8").read()
ex = Extractor().extract(Article(source="pathological", text=text))
n = len(text)
assert all(0 <= m.start <= m.end <= n for m in ex.mentions)
assert all(text[r.start:r.end] == r.evidence for r in ex.relations)
print(len(ex.mentions), len(ex.relations), len(ex.facts))
"""


@pytest.mark.timeout(LIMIT + 60)
@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_input_extracts(name: str, tmp_path: Path) -> None:
    p = tmp_path / "article.txt"
    p.write_text(CASES[name], encoding="utf-8")
    try:
        r = subprocess.run([sys.executable, "-c", _CHILD, str(p)], capture_output=True, text=True, timeout=LIMIT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: extraction of {len(CASES[name]):,} characters did not finish within {LIMIT:g} s "
                    "(catastrophic backtracking or a quadratic scan)")
    assert r.returncode == 0, r.stderr[-2000:]
