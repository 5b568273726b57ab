"""CLI commands of the Neo4j area: ``evkg export neo4j|cypher|neo4j-csv`` and ``evkg query``.

Thin typer wrappers over :mod:`evkg.graph.export.neo4j`, :mod:`evkg.graph.export.cypher`,
:mod:`evkg.graph.export.neo4j_csv` and :mod:`evkg.graph.query.library`; heavy imports stay inside the
commands so ``evkg --help`` starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .cli_common import console, handle_errors, print_table, resolve_workspace

_WS_HELP = "Workspace file (default out/evkg.sqlite)."
_URI_HELP = "Bolt URI, e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io (env NEO4J_URI)."
_USER_HELP = "User name (env NEO4J_USER or NEO4J_USERNAME)."
_PASSWORD_HELP = "Password (env NEO4J_PASSWORD)."
_DB_HELP = "Database name (env NEO4J_DATABASE; default: the server's default database)."


def export_neo4j_cmd(
    uri: Optional[str] = typer.Option(None, "--uri", help=_URI_HELP),
    user: Optional[str] = typer.Option(None, "--user", "-u", help=_USER_HELP),
    password: Optional[str] = typer.Option(None, "--password", "-p", help=_PASSWORD_HELP),
    database: Optional[str] = typer.Option(None, "--database", "-d", help=_DB_HELP),
    batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Rows per UNWIND batch (one transaction each)."),
    since: bool = typer.Option(False, "--since", help="Push only articles ingested since the last push to this "
                                                      "server and database (all of them the first time)."),
    prune: bool = typer.Option(False, "--prune", help="Then delete what an earlier export wrote and the graph no "
                                                      "longer has (after `evkg remove`), so the database mirrors it."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help=_WS_HELP),
) -> None:
    """Push the graph into a Neo4j database over Bolt: constraints, then MERGE batches (idempotent).

    Example: NEO4J_PASSWORD=secret evkg export neo4j --uri bolt://localhost:7687 --user neo4j --since
    """
    from .build import load_graph
    from .export.neo4j import connection_from_env, export_neo4j, open_driver

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .export.cypher import Step

    ws = resolve_workspace(workspace)
    uri_, user_, password_, database_ = connection_from_env(uri, user, password, database)
    driver = open_driver(uri_, user_, password_)  # fail fast on a bad URI or password, before loading
    try:
        G = load_graph(ws)
        with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console(stderr=True), transient=True) as prog:
            task = prog.add_task("neo4j", total=None)

            def progress(step: Step, rows: int) -> None:
                prog.update(task, advance=rows, description=f"{step.phase} {step.what}")

            rep = export_neo4j(G, uri=uri_, user=user_, password=password_, database=database_,
                               batch_size=batch_size, workspace=ws, since=since, driver=driver, progress=progress,
                               prune=prune)
    finally:
        driver.close()
    scope = "everything" if rep.since_seq is None else f"articles after seq {rep.since_seq}"
    typer.echo(f"pushed {rep.nodes} nodes and {rep.relationships} relationships ({scope}) to {uri_}"
               f"{'/' + database_ if database_ else ''} in {rep.batches} batches, {rep.seconds:.1f} s")
    if prune:
        typer.echo(f"pruned {rep.pruned.get('nodes', 0)} nodes, {rep.pruned.get('relationships', 0)} relationships "
                   f"and {rep.pruned.get('labels', 0)} labels")


def export_cypher_cmd(
    out: Path = typer.Argument(..., help="Output file (graph.cypher)."),
    batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Rows per UNWIND statement."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help=_WS_HELP),
) -> None:
    """Write the graph as a Cypher script of idempotent MERGE statements (cypher-shell -f, Neo4j Browser).

    Example: evkg export cypher out/graph.cypher && cypher-shell -u neo4j -p secret -f out/graph.cypher
    """
    from .build import load_graph
    from .export.cypher import write_cypher

    path = write_cypher(load_graph(resolve_workspace(workspace)), out, batch_size=batch_size)
    typer.echo(f"wrote {path}", err=True)


def export_neo4j_csv_cmd(
    out: Path = typer.Argument(..., help="Output directory for the CSV files and import.sh."),
    raw: bool = typer.Option(False, "--raw", help="Do not prefix text fields that start with = + - @ with an "
                                                  "apostrophe (spreadsheet formula guard)."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help=_WS_HELP),
) -> None:
    """Write CSV files for `neo4j-admin database import full` and print the command line to load them.

    Example: evkg export neo4j-csv out/neo4j-import && (cd out/neo4j-import && ./import.sh neo4j)
    """
    from .build import load_graph
    from .export.neo4j_csv import import_command, write_neo4j_csv

    d = write_neo4j_csv(load_graph(resolve_workspace(workspace)), out, neutralise_formulas=not raw)
    typer.echo(f"wrote {d}; load into a stopped Neo4j with:", err=True)
    typer.echo(import_command(d))


def _parse_params(items: List[str]) -> dict[str, str]:
    from evkg.ontology.errors import QueryError

    params: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {item!r}: expected NAME=VALUE")
        params[key.strip()] = value
    return params


def query_cmd(
    name: Optional[str] = typer.Argument(None, help="Named query (see --list)."),
    engine: str = typer.Option("networkx", "--engine", "-e", help="networkx (in memory), cypher (a Neo4j database "
                                                                  "loaded by `evkg export neo4j`) or sparql."),
    param: List[str] = typer.Option([], "--param", "-P", help="Parameter NAME=VALUE (repeatable); entities by id, "
                                                            "name, alias, Chinese name or ticker."),
    list_: bool = typer.Option(False, "--list", "-l", help="List the named queries with their parameters."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    uri: Optional[str] = typer.Option(None, "--uri", help=_URI_HELP + " For --engine cypher."),
    user: Optional[str] = typer.Option(None, "--user", "-u", help=_USER_HELP),
    password: Optional[str] = typer.Option(None, "--password", "-p", help=_PASSWORD_HELP),
    database: Optional[str] = typer.Option(None, "--database", "-d", help=_DB_HELP),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help=_WS_HELP + " Optional with --engine "
                                             "cypher (names are then resolved in the database)."),
) -> None:
    """Run a named query (who supplies whom, suppliers of X up to N tiers, everything about X...) and print a table.

    Example: evkg query suppliers_of --param entity=Tesla --param tiers=2 --engine networkx
    """
    import json

    from evkg.ontology.errors import InputError, QueryError

    from .query.library import ENGINES, describe_queries, get_query, run_query

    if list_:
        print_table(describe_queries(), ["name", "params", "columns", "description"], title="named queries")
        return
    if not name:
        raise QueryError("give a query name, or --list to see them")
    if fmt not in ("table", "json"):
        raise InputError(f"unknown output format {fmt!r}; known: json, table")
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
    q = get_query(name)
    params = _parse_params(param)
    from .build import load_graph
    from .cli_common import DEFAULT_WORKSPACE

    if engine == "cypher" and workspace is None and not DEFAULT_WORKSPACE.exists():
        G = None  # no local graph: entity names are resolved in the database itself
    else:
        G = load_graph(resolve_workspace(workspace))
    if engine == "cypher":
        from .export.neo4j import connection_from_env, open_driver

        uri_, user_, password_, database_ = connection_from_env(uri, user, password, database)
        driver = open_driver(uri_, user_, password_)
        try:
            rows = run_query(name, engine="cypher", params=params, graph=G, driver=driver, database=database_)
        finally:
            driver.close()
    else:
        rows = run_query(name, engine=engine, params=params, graph=G)  # type: ignore[arg-type]
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    print_table(rows, list(q.columns), title=f"{name} ({engine}): {len(rows)} rows")
    if not rows:
        console(stderr=True).print("no rows")


def register(app: typer.Typer, export_app: typer.Typer, serve_app: typer.Typer) -> None:
    """Add ``export neo4j``, ``export cypher``, ``export neo4j-csv`` and ``query`` to the evkg CLI."""
    export_app.command("neo4j")(handle_errors(export_neo4j_cmd))
    export_app.command("cypher")(handle_errors(export_cypher_cmd))
    export_app.command("neo4j-csv")(handle_errors(export_neo4j_csv_cmd))
    app.command("query")(handle_errors(query_cmd))
