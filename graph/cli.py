"""The ``evkg`` command line: a thin typer layer over plain functions.

Commands: build, extract, stats, remove, eval, export ..., plus those registered by the
``evkg.graph.cli_*`` modules (export neo4j/cypher/rdf/html, query, sparql, serve, view).
"""

from __future__ import annotations

import json
import pkgutil
import sys
from importlib import import_module
from pathlib import Path
from typing import List, Optional

import typer

from .cli_common import DEFAULT_WORKSPACE, console, fail, handle_errors, print_table, resolve_workspace, set_debug

app = typer.Typer(
    name="evkg",
    help="Knowledge graph of China's automotive, EV and battery industry, built offline from news articles.\n\n"
         "Example: evkg build seeds/articles --out out",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
export_app = typer.Typer(help="Export the graph of a workspace.\n\nExample: evkg export json out/graph.json",
                         no_args_is_help=True)
serve_app = typer.Typer(help="Serve the graph.\n\nExample: evkg serve sparql --port 7878", no_args_is_help=True)
app.add_typer(export_app, name="export")
app.add_typer(serve_app, name="serve")


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")) -> None:
    set_debug(debug)


# ---------------------------------------------------------------------------------------------------
@app.command()
@handle_errors
def build(
    sources: Optional[List[Path]] = typer.Argument(None, help="Article files or directories (default: seeds/articles)."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output directory."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help="Workspace file (default OUT/evkg.sqlite)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1,
                             help="Extraction processes, and derived files written at once."),
    strict: bool = typer.Option(False, "--strict", help="Fail on the first unreadable input."),
    wait: float = typer.Option(5.0, "--wait", help="Seconds to wait for another run holding the workspace lock."),
    no_reference: bool = typer.Option(False, "--no-reference", help="Leave reference-data relations out of the graph."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only warnings and errors."),
    log_commits: bool = typer.Option(False, "--log-commits", help="Print a line for every committed batch."),
) -> None:
    """Ingest articles into the workspace, build the graph and write graph.json, graph.ttl, graph.cypher and
    graph.html into OUT, then print a summary.

    Example: evkg build seeds/articles --out out --jobs 2
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .build import build as run_build

    def commits(sources_: list[str]) -> None:
        typer.echo(f"committed {len(sources_)} articles: {sources_[-1]}", err=True)

    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console(stderr=True), transient=True, disable=quiet) as prog:
        task = prog.add_task("ingest", total=None)

        def progress(done: int, total: int) -> None:
            prog.update(task, completed=done, total=total)

        rep = run_build(sources or None, out=out, workspace=workspace, jobs=jobs, strict=strict, lock_timeout=wait,
                        reference=not no_reference, progress=progress, on_commit=commits if log_commits else None)
    for w in rep.warnings:
        typer.echo(f"warning: {w}", err=True)
    if quiet:
        return
    skipped = sum(rep.skipped.values())
    why = ", ".join(f"{n} {r}" for r, n in sorted(rep.skipped.items()))
    c = console()
    redone = f"{rep.reextracted} re-extracted (new reference data or rules), " if rep.reextracted else ""
    c.print(f"[bold]articles[/]: {rep.new} new, {rep.changed} changed, {redone}{rep.unchanged} unchanged "
            f"(skipped), {skipped} unreadable{f' ({why})' if why else ''}; {rep.articles_total} in the workspace")
    if rep.stale:
        c.print(f"[yellow]note[/]: {rep.stale} articles in the workspace were extracted with older reference data "
                "or rules; build their sources too to refresh them")
    ents = [{"entity kind": k, "count": n} for k, n in rep.entities_by_kind.items()]
    rels = [{"relation type": k, "count": n} for k, n in rep.relations_by_type.items()]
    print_table(ents, title=f"entities ({sum(rep.entities_by_kind.values())})")
    print_table(rels, title=f"relations ({sum(rep.relations_by_type.values())}), facts: {rep.facts}")
    for name, path in rep.outputs.items():
        c.print(f"wrote {path}")


# ---------------------------------------------------------------------------------------------------
@app.command()
@handle_errors
def extract(
    files: List[Path] = typer.Argument(..., help="Article files."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one JSON object per article) or table."),
    strict: bool = typer.Option(False, "--strict", help="Fail on the first unreadable input."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extraction processes."),
) -> None:
    """Extract entities, relations and facts from articles, without a workspace.

    Output follows the order of the files. With ``--format jsonl`` the workers write the JSON lines.

    Example: evkg extract seeds/articles/2024-08-31-solid-state-race.txt --format table
    Example: evkg extract corpus/ --jobs 2 > extractions.jsonl
    """
    from evkg.loaders.pipeline import extract_file_outcomes, extraction_jsonl
    from evkg.loaders.readers import discover

    if fmt not in ("jsonl", "table"):
        fail(f"unknown format {fmt!r}; expected jsonl or table")
    lines = fmt == "jsonl"
    write = sys.stdout.write
    for _, outcomes in extract_file_outcomes(list(discover(files)), jobs=jobs,
                                             prepare=extraction_jsonl if lines else None):
        for out in outcomes:
            if out.error is not None:
                if strict:
                    fail(str(out.error))
                typer.echo(f"warning: {out.error}", err=True)
            elif lines:
                write(out.prepared + "\n")
            else:
                assert out.extraction is not None
                _print_extraction(out.extraction)


def _print_extraction(ex: object) -> None:
    d = ex.to_json()  # type: ignore[attr-defined]
    a = d["article"]
    console().print(f"[bold]{a['title'] or a['path']}[/] ({a['date'] or 'undated'})")
    names = {e["id"]: e["name"] for e in d["entities"]}
    print_table([{"id": e["id"], "name": e["name"], "type": e["type"], "tickers": ", ".join(e["tickers"]),
                  "mentions": len(e["mentions"])} for e in d["entities"]], title="entities")
    print_table([{"subject": names.get(r["subject"], r["subject"]), "predicate": r["predicate"],
                  "object": names.get(r["object"], r["object"]), "status": r["status"],
                  "confidence": r["confidence"], "evidence": r["evidence"][:120]} for r in d["relations"]],
                title="relations")
    print_table([{"subject": names.get(f["subject"], f["subject"]), "measure": f["measure"], "value": f["value"],
                  "unit": f["unit"], "period": f["period"], "evidence": f["evidence"][:100]} for f in d["facts"]],
                title="facts")


# ---------------------------------------------------------------------------------------------------
@app.command()
@handle_errors
def stats(workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help="Workspace file."),
          as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables.")) -> None:
    """Summarise a workspace: articles, entities by kind, relations by type, facts.

    Example: evkg stats --workspace out/evkg.sqlite
    """
    from .build import load_graph, summarise
    from .workspace import Workspace

    ws_path = resolve_workspace(workspace)
    with Workspace(ws_path, create=False) as ws:
        counts = ws.counts()
    G = load_graph(ws_path)
    kinds, rels, facts = summarise(G)
    data = {"workspace": str(ws_path), "articles": counts["articles"], "entities": G.number_of_nodes(),
            "relations": G.number_of_edges(), "facts": facts, "entities_by_kind": kinds, "relations_by_type": rels}
    if as_json:
        typer.echo(json.dumps(data, indent=2))
        return
    console().print(f"[bold]{ws_path}[/]: {data['articles']} articles, {data['entities']} entities, "
                    f"{data['relations']} relations, {facts} facts")
    print_table([{"entity kind": k, "count": n} for k, n in kinds.items()])
    print_table([{"relation type": k, "count": n} for k, n in rels.items()])


@app.command()
@handle_errors
def remove(source: str = typer.Argument(..., help="Source path or URL of the article(s) to remove."),
           workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help="Workspace file.")) -> None:
    """Remove an article (or every article of a file) and its extractions from the workspace.

    Rebuild the derived files afterwards with `evkg build` (nothing new is ingested twice).

    Example: evkg remove seeds/articles/2024-02-06-automakers-rally.txt
    """
    from .workspace import Workspace

    with Workspace(resolve_workspace(workspace), create=False, lock=True) as ws:
        n = ws.remove(source)
    if n == 0:
        fail(f"{source}: no such article in the workspace")
    typer.echo(f"removed {n} article{'s' if n != 1 else ''} from {source}")


@app.command("eval")
@handle_errors
def eval_cmd(
    gold: Path = typer.Option(..., "--gold", help="Directory of gold JSON files."),
    articles: Path = typer.Option(..., "--articles", help="Directory of the annotated articles."),
    details: bool = typer.Option(False, "--details", help="List misses and false positives."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Score extraction against gold annotations: entity, relation and fact precision, recall and F1.

    Example: evkg eval --gold ../shared/gold --articles ../shared/seeds --details
    """
    from .eval import evaluate, render_report

    for p in (gold, articles):
        if not p.is_dir():
            fail(f"{p}: not a directory")
    if fmt not in ("table", "json"):
        fail(f"unknown format {fmt!r}; expected table or json")
    typer.echo(render_report(evaluate(gold, articles), details=details, fmt=fmt))


# ---------------------------------------------------------------------------------------------------
def _export_through_registry(name: str, out: Path, workspace: Optional[Path]) -> None:
    """Write the workspace's graph with the exporter registered as ``name``."""
    from .build import load_graph
    from .export import get_exporter

    get_exporter(name)(load_graph(resolve_workspace(workspace)), out)
    typer.echo(f"wrote {out}")


@export_app.command("json")
@handle_errors
def export_json(out: Path = typer.Argument(..., help="Output file."),
                workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help="Workspace file.")) -> None:
    """Write the graph as node-link JSON (networkx).

    Example: evkg export json out/graph.json
    """
    _export_through_registry("json", out, workspace)


@export_app.command("graphml")
@handle_errors
def export_graphml(out: Path = typer.Argument(..., help="Output file."),
                   workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help="Workspace file.")) -> None:
    """Write the graph as GraphML (Gephi, yEd, Cytoscape).

    Example: evkg export graphml out/graph.graphml
    """
    _export_through_registry("graphml", out, workspace)


# ---------------------------------------------------------------------------------------------------
def _register_plugins() -> None:
    """Add the commands of every evkg.graph.cli_<area> module (neo4j, rdf, view...)."""
    pkg = import_module(__package__ or "evkg.graph")
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("cli_") and info.name != "cli_common":
            mod = import_module(f"{pkg.__name__}.{info.name}")
            register = getattr(mod, "register", None)
            if register is not None:
                register(app, export_app, serve_app)


_register_plugins()


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main", "DEFAULT_WORKSPACE"]
