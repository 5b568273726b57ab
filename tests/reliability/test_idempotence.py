"""Idempotence: building twice gives the same graph.json and graph.ttl byte for byte.

Also: the second run reports every article unchanged; deleting the derived files and building
again regenerates the same bytes from the workspace; a fresh build with two worker processes
gives the same bytes as one with one.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.fixtures.reliability import run_evkg

pytestmark = pytest.mark.timeout(900)
ROOT = Path(__file__).resolve().parents[2]
FILES = ("graph.json", "graph.ttl", "graph.cypher", "graph.html")
STRICT = ("graph.json", "graph.ttl")


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed articles, the hostile articles and 300 generated ones, in one folder."""
    from tests.data.corpus import write_corpus
    from tests.data.hostile import hostile_articles

    d = tmp_path_factory.mktemp("idem") / "in"
    shutil.copytree(ROOT / "seeds" / "articles", d / "seeds")
    hostile_articles(d / "hostile")
    write_corpus(d / "generated", 300)
    return d


def _read(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in FILES if (out / n).exists()}


def _summary(stdout: str) -> tuple[int, int, int]:
    m = re.search(r"(\d+) new, (\d+) changed, (\d+) unchanged", stdout)
    assert m, stdout
    return int(m[1]), int(m[2]), int(m[3])


def test_build_twice_is_byte_identical(mixed_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["build", str(mixed_corpus), "--out", str(out)]
    r1 = run_evkg(args, cwd=tmp_path)
    assert r1.returncode == 0, r1.stderr
    new, changed, unchanged = _summary(r1.stdout)
    assert new > 300 and changed == 0 and unchanged == 0
    first = _read(out)
    assert set(STRICT) <= set(first)

    r2 = run_evkg(args, cwd=tmp_path)
    assert r2.returncode == 0, r2.stderr
    assert _summary(r2.stdout) == (0, 0, new), "the second run must report every article unchanged"
    assert _read(out) == first

    # derived files regenerated from the workspace alone
    for n in FILES:
        (out / n).unlink(missing_ok=True)
    r3 = run_evkg(args, cwd=tmp_path)
    assert r3.returncode == 0, r3.stderr
    third = _read(out)
    for n in STRICT:
        assert third[n] == first[n], f"{n} regenerated from the workspace differs"
    assert third == first

    # a fresh ingest with two workers: same bytes
    shutil.rmtree(out)
    r4 = run_evkg([*args, "--jobs", "2"], cwd=tmp_path)
    assert r4.returncode == 0, r4.stderr
    assert _summary(r4.stdout) == (new, 0, 0)
    fourth = _read(out)
    for n in STRICT:
        assert fourth[n] == first[n], f"{n} differs between --jobs 1 and --jobs 2"
