"""Shared fixtures. Server and browser fixtures live in tests/fixtures/ and are loaded here."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLES = ROOT / "seeds" / "articles"
SHARED = ROOT.parent / "shared"

pytest_plugins = sorted(
    f"tests.fixtures.{p.stem}" for p in (ROOT / "tests" / "fixtures").glob("*.py") if not p.stem.startswith("_")
)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Output directory of one `build` of seeds/articles (workspace, graph.json, graph.ttl...)."""
    from evkg.graph.build import build

    out = tmp_path_factory.mktemp("seed-build")
    build([SEED_ARTICLES], out=out)
    return out


@pytest.fixture(scope="session")
def seed_graph(seed_build: Path) -> nx.MultiDiGraph:
    """The canonical graph of the seed articles (do not mutate: copy it first)."""
    from evkg.graph.workspace import Workspace
    from evkg.graph.build import build_graph

    with Workspace(seed_build / "evkg.sqlite") as ws:
        return build_graph(ws)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (seed articles and gold); tests that need it skip when it is absent."""
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"shared materials not found at {SHARED}")
    return SHARED
