"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from evkg.loaders.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor on the packaged reference data (built once per test module)."""
    return Extractor()
