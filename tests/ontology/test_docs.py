"""docs/ontology.md is generated from ontology/evkg.ttl and must not go stale."""

from __future__ import annotations

from pathlib import Path

from evkg.ontology.docs import draw_diagram, render_markdown
from evkg.ontology.vocab import Rel

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_ontology_md_is_up_to_date() -> None:
    committed = (DOCS / "ontology.md").read_text(encoding="utf-8")
    assert committed == render_markdown(), (
        "docs/ontology.md is stale: run `.venv/bin/python -m evkg.ontology.docs` and commit the result")


def test_ontology_md_lists_every_relation_type_with_domain_and_range() -> None:
    md = render_markdown()
    for r in Rel:
        row = next(ln for ln in md.splitlines() if ln.startswith(f"| `{r.value}` |"))
        assert row.count("`") >= 6, row


def test_diagram_is_drawn(tmp_path: Path) -> None:
    png = draw_diagram(tmp_path / "ontology.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
