"""Documentation generated from ``ontology/evkg.ttl``: ``docs/ontology.md`` and the class diagram.

Run ``python -m evkg.ontology.docs [DOCS_DIR]`` after editing the Turtle file; a test fails when
docs/ontology.md no longer matches it.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import rdflib
from rdflib import OWL, RDF, RDFS
from rdflib.collection import Collection

from . import ONTOLOGY_TTL
from .vocab import EVKG_NS

#: One example sentence per relation type, written for these docs.
EXAMPLES = {
    "SUPPLIES": "CATL supplies LFP cells to Tesla's Shanghai plant. → (CATL)-[:SUPPLIES]->(Tesla)",
    "PARTNERS_WITH": "Seres and Huawei signed a strategic cooperation agreement.",
    "INVESTS_IN": "Volkswagen took a 26% stake in Gotion High-Tech.",
    "SUBSIDIARY_OF": "FinDreams Battery, a BYD subsidiary, ...",
    "BRAND_OF": "Luxeed, a brand under HIMA, ... → (Luxeed)-[:BRAND_OF]->(HIMA)",
    "MEMBER_OF": "AITO is one of the HIMA brands.",
    "MANUFACTURES": "Xiaomi makes the SU7 sedan.",
    "DEVELOPS": "CATL unveiled a semi-solid-state battery.",
    "USES_TECHNOLOGY": "The Model Y uses LFP cells.",
    "ISSUED": "MIIT issued the Lithium Battery Industry Standard Conditions (2024 Edition).",
    "SUPPORTS": "The NEV Industry Development Plan (2021-2035) supports solid-state batteries.",
    "REGULATES": "SAMR oversees vehicle recalls by automakers.",
    "MET_WITH": "MIIT convened BYD, CATL and EVE Energy. → (MIIT)-[:MET_WITH]->(BYD) ...",
    "EXECUTIVE_OF": "Wang Chuanfu, chairman of BYD, ...",
    "LISTED_ON": "CATL listed on the Hong Kong Stock Exchange in May 2025.",
    "CONSTITUENT_OF": "CATL is a heavyweight of the Battery ETF (561910).",
    "COMPETES_WITH": "Xiaomi's SU7 competes with the Tesla Model 3.",
    "JOINT_VENTURE_WITH": "CATL and Stellantis formed a joint venture for an LFP plant in Spain.",
}


def _local(node: rdflib.term.Node) -> str:
    s = str(node)
    for prefix, ns in (("evkg:", EVKG_NS), ("schema:", "https://schema.org/"), ("org:", "http://www.w3.org/ns/org#"),
                       ("prov:", "http://www.w3.org/ns/prov#"), ("skos:", "http://www.w3.org/2004/02/skos/core#"),
                       ("rdf:", str(RDF)), ("xsd:", "http://www.w3.org/2001/XMLSchema#")):
        if s.startswith(ns):
            return prefix + s[len(ns):] if prefix != "evkg:" else s[len(ns):]
    return s


def _classes(g: rdflib.Graph, node: rdflib.term.Node | None) -> list[str]:
    if node is None:
        return []
    if isinstance(node, rdflib.BNode):
        return [_local(m) for m in Collection(g, g.value(node, OWL.unionOf))]
    return [_local(node)]


def render_markdown(g: rdflib.Graph | None = None) -> str:
    """docs/ontology.md as a string, from the Turtle file."""
    g = g or rdflib.Graph().parse(ONTOLOGY_TTL)
    evkg = rdflib.Namespace(EVKG_NS)
    lines = ["# evkg ontology", "",
             "Generated from `ontology/evkg.ttl` by `python -m evkg.ontology.docs`; do not edit by hand.", "",
             f"Namespace: `{EVKG_NS}` (prefix `evkg:`). Classes become Neo4j labels (with every superclass: "
             "`:Organization:Company:BatteryMaker`), relation types become Neo4j relationship types and RDF "
             "properties with lowerCamel names.", "", "![class diagram](ontology.png)", "", "## Classes", "",
             "| Class | Subclass of | Aligned with | Description |", "|---|---|---|---|"]
    classes = sorted((c for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(EVKG_NS)), key=str)
    for c in classes:
        supers = sorted(_local(o) for o in g.objects(c, RDFS.subClassOf))
        own = [s for s in supers if ":" not in s]
        aligned = [s for s in supers if ":" in s]
        lines.append(f"| `{_local(c)}` | {', '.join(f'`{s}`' for s in own) or '—'} | "
                     f"{', '.join(f'`{s}`' for s in aligned) or '—'} | {g.value(c, RDFS.comment) or ''} |")
    lines += ["", "## Relation types", "",
              "| Neo4j type | RDF property | Domain | Range | Symmetric | Meaning | Example |",
              "|---|---|---|---|---|---|---|"]
    rels = sorted(g.subject_objects(evkg.relationType), key=lambda po: str(po[1]))
    for prop, rtype in rels:
        sym = "yes" if (prop, RDF.type, OWL.SymmetricProperty) in g else ""
        dom = " or ".join(f"`{c}`" for c in _classes(g, g.value(prop, RDFS.domain))) or "—"
        rng = " or ".join(f"`{c}`" for c in _classes(g, g.value(prop, RDFS.range))) or "any entity"
        lines.append(f"| `{rtype}` | `evkg:{_local(prop)}` | {dom} | {rng} | {sym} | {g.value(prop, RDFS.comment) or ''}"
                     f" | {EXAMPLES.get(str(rtype), '')} |")
    lines += ["", "## Data and provenance properties", "", "| Property | Kind | Range | Description |",
              "|---|---|---|---|"]
    for kind_, label in ((OWL.DatatypeProperty, "data"), (OWL.ObjectProperty, "link")):
        for p in sorted(g.subjects(RDF.type, kind_), key=str):
            if not str(p).startswith(EVKG_NS) or (p, evkg.relationType, None) in g:
                continue
            rng = g.value(p, RDFS.range)
            lines.append(f"| `evkg:{_local(p)}` | {label} | {f'`{_local(rng)}`' if rng else '—'} | "
                         f"{g.value(p, RDFS.comment) or ''} |")
    return "\n".join(lines) + "\n"


def draw_diagram(path: Path, g: rdflib.Graph | None = None) -> Path:
    """The class hierarchy and relation types as a PNG (matplotlib, no graphviz needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    g = g or rdflib.Graph().parse(ONTOLOGY_TTL)
    evkg = rdflib.Namespace(EVKG_NS)
    children: dict[str, list[str]] = defaultdict(list)
    names = [_local(c) for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(EVKG_NS)]
    parent_of: dict[str, str] = {}
    for c in names:
        for o in g.objects(evkg[c], RDFS.subClassOf):
            if str(o).startswith(EVKG_NS):
                parent_of[c] = _local(o)
                children[_local(o)].append(c)
    roots = sorted(c for c in names if c not in parent_of and c not in ("RelationAssertion", "Evidence"))
    pos: dict[str, tuple[float, float]] = {}
    row = [0.0]

    def place(c: str, depth: int) -> None:
        pos[c] = (depth * 2.6, -row[0])
        row[0] += 1
        for ch in sorted(children.get(c, [])):
            place(ch, depth + 1)

    for r in roots:
        place(r, 0)
    fig, ax = plt.subplots(figsize=(15, max(8, row[0] * 0.42)))
    for c, p in parent_of.items():
        if c in pos and p in pos:
            (x0, y0), (x1, y1) = pos[p], pos[c]
            ax.plot([x0 + 0.1, x0 + 0.1, x1 - 0.1], [y0 - 0.2, y1, y1], color="#9aa5b1", lw=1)
    for c, (x, y) in pos.items():
        ax.text(x, y, c, ha="left", va="center", fontsize=9,
                bbox={"boxstyle": "round,pad=0.3", "fc": "#e8f0fe" if c not in roots else "#fde8c8", "ec": "#5b7083"})
    # relation types as a table on the right
    rels = sorted(g.subject_objects(evkg.relationType), key=lambda po: str(po[1]))
    x0 = 10.8
    ax.text(x0, 0.8, "Relation types (domain → range)", fontsize=11, fontweight="bold")
    for i, (prop, rtype) in enumerate(rels):
        dom = "|".join(_classes(g, g.value(prop, RDFS.domain))) or "Article"
        rng = "|".join(_classes(g, g.value(prop, RDFS.range))) or "any"
        sym = " (symmetric)" if (prop, RDF.type, OWL.SymmetricProperty) in g else ""
        ax.text(x0, -i * 0.9, f"{rtype}{sym}:  {dom} → {rng}", fontsize=8.5, family="monospace")
    ax.set_xlim(-0.5, 20)
    ax.set_ylim(-max(row[0], len(rels) * 0.9) - 0.5, 1.5)
    ax.axis("off")
    ax.set_title("evkg ontology: class hierarchy and relation types", fontsize=13)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> None:
    """Write docs/ontology.md and docs/ontology.png."""
    args = sys.argv[1:] if argv is None else argv
    docs = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "docs"
    g = rdflib.Graph().parse(ONTOLOGY_TTL)
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "ontology.md").write_text(render_markdown(g), encoding="utf-8")
    draw_diagram(docs / "ontology.png", g)
    print(f"wrote {docs / 'ontology.md'} and {docs / 'ontology.png'}")


if __name__ == "__main__":
    main()
