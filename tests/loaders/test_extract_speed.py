"""The fast paths of extraction give exactly what the plain regex scans they replace would give."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from evkg.loaders import entities as E
from evkg.loaders.readers import discover, iter_file
from evkg.loaders.types import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "articles"


def _seed_texts() -> list[str]:
    return [a.text for p in discover([SEEDS]) for a in iter_file(p) if isinstance(a, Article)]


def _random_strings(atoms: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(atoms) for _ in range(rnd.randrange(1, 14))) for _ in range(n)]


TICKER_ATOMS = ["HK", "SZ", "SH", "SS", "BJ", "HKG", "NYSE", "Nasdaq", "SZSE", ":", "：", " ", "\n", ".", "(", ")",
                "（", "）", "0", "00", "1", "300750", "9927", "²", "a", "X", "_", "-", "NIO"]


@pytest.mark.parametrize("text", ["CATL (300750.SZ) and BYD (01211.HK, SHE: 002594), NYSE : NIO, SZ300750 (300438)",
                                  "x300750.SZ 0000001211.HK HK:1211 SH600000 abcSH600000 （300438）", ""])
def test_ticker_matches_equal_the_regex_scan(text: str) -> None:
    want = [(m.span(), m.groupdict()) for m in E._TICKER.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in E._ticker_matches(text)] == want


def test_ticker_matches_equal_the_regex_scan_on_seeds_and_random_text() -> None:
    for text in _seed_texts() + _random_strings(TICKER_ATOMS, 5000, 1):
        want = [(m.span(), m.groupdict()) for m in E._TICKER.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in E._ticker_matches(text)] == want, text


def test_name_matches_equal_the_alternation() -> None:
    rnd = random.Random(2)
    atoms = ["A", "B", "&", "-", " ", "x", "é", "_", "1", "AB", "A&B", ".", "中"]
    for _ in range(3000):
        text = "".join(rnd.choice(atoms) for _ in range(rnd.randrange(30)))
        many = rnd.random() < 0.3  # more than 16 names take the Aho-Corasick path
        names = list(dict.fromkeys("".join(rnd.choice(atoms[:10]) for _ in range(rnd.randrange(1, 4)))
                                   for _ in range(rnd.randrange(17, 40) if many else rnd.randrange(1, 5))))
        pat = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])")
        assert E._name_matches(text, names) == [(m.start(), m.end(), m.group(0)) for m in pat.finditer(text)]


def test_suffix_words_are_the_capitalised_tokens_in_suffix_forms() -> None:
    for text in _seed_texts() + ["XGroup Group aShares Shares CO Co Corp GroupEnergy 1Energy _Energy -Energy"]:
        want = [m.span() for m in E._CAPWORD.finditer(text) if m.group(0) in E._SUFFIX_FORMS]
        got = [m.span() for m in E._SUFFIX_WORD.finditer(text)
               if not (m.start() and text[m.start() - 1] in E._ASCII_LETTERS)]
        assert got == want


@pytest.mark.parametrize("full,hint", [("_DESCRIBED", "_DESCRIBED_NOUN"), ("_OWNED_CODE", "_OWNED_CODE_HINT"),
                                       ("_APPOS_MODELS", "_APPOS_MODELS_HINT")])
def test_prefilters_never_hide_a_match(full: str, hint: str) -> None:
    atoms = ["battery maker ", "Chipmaker ", "broker ", "Asset manager ", "company ", "BYD", "Zenergy", "'s ", "the ",
             "forthcoming ", "new ", "GPT-5", "M9", "SUVs, ", "models, ", "the i6", " and ", "i8", "x", "\n", ", "]
    full_rx, hint_rx = getattr(E, full), getattr(E, hint)
    for text in _seed_texts() + _random_strings(atoms, 5000, 3):
        if full_rx.search(text):
            assert hint_rx.search(text), text
