"""CLI commands of the HTML views: ``evkg view`` and ``evkg export html``.

Thin typer wrappers over :func:`evkg.graph.export.html.write_html`; heavy imports stay inside
the commands so ``evkg --help`` starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .cli_common import handle_errors, resolve_workspace

_WS_HELP = "Workspace file (default out/evkg.sqlite)."


def _write(out: Path, workspace: Optional[Path], **options: object) -> None:
    from .build import load_graph
    from .export.html import write_html

    G = load_graph(resolve_workspace(workspace))
    path = write_html(G, out, **options)
    typer.echo(f"wrote {path}", err=True)


def view(
    entity: Optional[str] = typer.Argument(None, help="Centre of an ego view: id, name, alias, Chinese name or "
                                                      "ticker (default: the whole graph)."),
    entity_opt: Optional[str] = typer.Option(None, "--entity", "-e", help="Same as ENTITY."),
    out: Path = typer.Option(Path("out") / "view.html", "--out", "-o", help="HTML file to write."),
    depth: int = typer.Option(2, "--depth", "-d", min=0, help="Hops around ENTITY (edges in both directions)."),
    relation: Optional[List[str]] = typer.Option(None, "--relation", "-r",
                                                 help="Keep only this relation type (repeatable): SUPPLIES..."),
    kind: Optional[List[str]] = typer.Option(None, "--type", "-t",
                                             help="Keep only entities of this class or its subclasses "
                                                  "(repeatable): Company, BatteryMaker, Policy..."),
    min_articles: int = typer.Option(0, "--min-articles", min=0,
                                     help="Keep only entities mentioned in at least K articles."),
    physics: bool = typer.Option(True, "--physics/--no-physics",
                                 help="Keep the layout moving after it settles (small graphs); the page has a "
                                      "switch too."),
    size_by: str = typer.Option("degree", "--size-by", help="Node size by 'degree' or number of 'articles'."),
    title: Optional[str] = typer.Option(None, "--title", help="Page heading (default: describes the view)."),
    max_nodes: int = typer.Option(5000, "--max-nodes", min=1,
                                  help="Draw at most this many entities, the most connected ones."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help=_WS_HELP),
) -> None:
    """Write an interactive, self-contained HTML view of the graph (opens offline in any browser).

    Examples: evkg view CATL --depth 2 --out out/catl.html ;
    evkg view --relation SUPPLIES --out out/supply-chain.html ;
    evkg view 宁德时代 --type Company --min-articles 2 -o out/catl-companies.html
    """
    from evkg.ontology.errors import InputError

    if entity and entity_opt and entity != entity_opt:
        raise InputError(f"two entities given ({entity!r} and --entity {entity_opt!r}); give one")
    _write(out, workspace, entity=entity or entity_opt, depth=depth, relations=relation or None, kinds=kind or None,
           min_articles=min_articles, physics=physics, size_by=size_by, title=title, max_nodes=max_nodes)


def export_html(
    out: Path = typer.Argument(..., help="HTML file to write."),
    physics: bool = typer.Option(True, "--physics/--no-physics", help="Keep the layout moving after it settles."),
    title: Optional[str] = typer.Option(None, "--title", help="Page heading."),
    max_nodes: int = typer.Option(5000, "--max-nodes", min=1,
                                  help="Draw at most this many entities, the most connected ones."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help=_WS_HELP),
) -> None:
    """Export the whole graph of a workspace as one interactive HTML page (no network needed to view it).

    Example: evkg export html out/graph.html
    """
    _write(out, workspace, physics=physics, title=title, max_nodes=max_nodes)


def register(app: typer.Typer, export_app: typer.Typer, serve_app: typer.Typer) -> None:
    """Add ``evkg view`` and ``evkg export html``."""
    app.command("view")(handle_errors(view))
    export_app.command("html")(handle_errors(export_html))
