"""Baselines the evkg stages are compared with, measured in the same run.

- :func:`regex_floor`: the floor of any text pipeline: read every file of the corpus once and run
  one compiled regex (capitalised words and numbers) over it. End-to-end time is reported as a
  multiple of this.
- :func:`rdflib_turtle`: rdflib parsing a sample of evkg's own N-Triples into a ``Graph`` and
  serialising it as Turtle: what the RDF step would cost through rdflib. On large graphs a
  sample is measured and the time extrapolated linearly (labelled as such in the row).
- One-row-at-a-time ``MERGE`` for the Bolt step comes from ``bench.bench_neo4j`` (its rows are
  folded into the report by ``bench.run``).

Example:
    python -m bench.baselines floor /tmp/corpus-10k
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any, Iterable

#: The floor's one regex: capitalised words (names) and numbers.
FLOOR_RE = re.compile(rb"[A-Z][a-z]+(?:\s[A-Z][a-z]+)*|\d[\d,.]*")


def regex_floor(root: str | os.PathLike[str]) -> dict[str, Any]:
    """Read every file under ``root`` once and count the matches of :data:`FLOOR_RE`."""
    t0 = time.perf_counter()
    c0 = time.process_time()
    files = nbytes = matches = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn.startswith("."):
                continue
            with open(os.path.join(dirpath, fn), "rb") as fh:
                data = fh.read()
            files += 1
            nbytes += len(data)
            matches += sum(1 for _ in FLOOR_RE.finditer(data))
    return {"files": files, "bytes": nbytes, "matches": matches, "seconds": time.perf_counter() - t0,
            "cpu_seconds": time.process_time() - c0}


def rdflib_turtle(ntriples: Iterable[str], total_triples: int, *, sample: int = 200_000) -> dict[str, Any]:
    """Time rdflib on up to ``sample`` N-Triples lines (parse + Turtle serialisation), extrapolated to the total."""
    import rdflib

    lines = []
    for line in ntriples:
        lines.append(line)
        if len(lines) >= sample:
            break
    data = "".join(lines)
    del lines
    t0 = time.perf_counter()
    g = rdflib.Graph()
    g.parse(data=data, format="nt")
    t1 = time.perf_counter()
    out = g.serialize(format="turtle")
    t2 = time.perf_counter()
    n = len(g)
    scale = total_triples / n if n else 1.0
    return {"sample_triples": n, "total_triples": total_triples, "parse_seconds": t1 - t0,
            "serialize_seconds": t2 - t1, "sample_seconds": t2 - t0, "seconds": (t2 - t0) * scale,
            "extrapolated": scale > 1.0001, "bytes": len(out.encode("utf-8")) * scale}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] != "floor":
        print("usage: python -m bench.baselines floor CORPUS_DIR", file=sys.stderr)
        return 1
    if not Path(args[1]).is_dir():
        print(f"error: {args[1]}: no such directory", file=sys.stderr)
        return 1
    print(json.dumps(regex_floor(args[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
