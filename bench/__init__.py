"""evkg benchmarks (``make bench``)."""

from typing import Any, Sequence


def print_rows(rows: Sequence[dict[str, Any]], cols: Sequence[str]) -> None:
    """Print benchmark rows as a ``|``-separated table with a header (empty cell for a missing value)."""
    print(" | ".join(cols))
    for r in rows:
        print(" | ".join("" if r.get(c) is None else str(r.get(c)) for c in cols))
