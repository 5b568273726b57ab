"""CLI commands of the RDF area: ``evkg export rdf``, ``evkg sparql`` and ``evkg serve sparql``.

Thin typer wrappers over :mod:`evkg.graph.export.rdf`, :mod:`evkg.graph.query.sparql` and
:mod:`evkg.graph.serve`; heavy imports stay inside the commands so ``evkg --help`` starts fast.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Optional

import typer

from .cli_common import handle_errors, print_table, resolve_workspace, stop_on_ctrl_c

_BASE_HELP = "Base IRI of entity, article and fact IRIs (default https://w3id.org/evkg/id/)."


def export_rdf(
    out: Path = typer.Argument(..., help="Output file (.ttl, .nt, .jsonld or .rdf/.xml)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="ttl, nt, jsonld or xml (default: from the suffix of OUT)."),
    base: Optional[str] = typer.Option(None, "--base", help=_BASE_HELP),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help="Workspace file (default out/evkg.sqlite)."),
) -> None:
    """Export the graph of a workspace as RDF (Turtle, N-Triples, JSON-LD or RDF/XML).

    Example: evkg export rdf out/graph.nt --format nt --base https://example.org/evkg/
    """
    from evkg.ontology.vocab import DEFAULT_BASE

    from .build import load_graph
    from .export.rdf import check_base, format_for, write_rdf

    ws = resolve_workspace(workspace)
    fmt = fmt or format_for(out)
    base = check_base(base or DEFAULT_BASE)
    G = load_graph(ws)
    path = write_rdf(G, out, fmt=fmt, base=base)
    typer.echo(f"wrote {path} ({fmt})", err=True)


def sparql(
    query: str = typer.Argument(..., help="A SPARQL query (use - to read it from stdin); CONSTRUCT and DESCRIBE "
                                          "print Turtle."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help="Workspace file (default out/evkg.sqlite)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json (SPARQL JSON results), csv or tsv."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint",
                                           help="Query this SPARQL endpoint instead of the workspace."),
    base: Optional[str] = typer.Option(None, "--base", help=_BASE_HELP),
) -> None:
    """Run a SPARQL query on the graph of a workspace (in memory, no server needed) and print the results.

    The prefixes evkg, rdf, rdfs, xsd, skos, schema, prov and dcterms need no PREFIX line.

    Example: evkg sparql "PREFIX evkg: <https://w3id.org/evkg/ontology#>
    SELECT ?s ?o WHERE { ?s evkg:supplies ?o }" --format csv
    """
    from evkg.ontology.errors import InputError
    from evkg.ontology.vocab import DEFAULT_BASE

    from .query.sparql import post_query, query_store, run_select, with_default_prefixes

    if fmt not in ("table", "json", "csv", "tsv"):
        raise InputError(f"unknown output format {fmt!r}; known: table, json, csv, tsv")
    text = sys.stdin.read() if query == "-" else query
    if endpoint:
        if fmt == "table":
            cols, rows = run_select(text, endpoint=endpoint)
            print_table(rows, cols)
        else:
            accept = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values"}
            sys.stdout.buffer.write(post_query(endpoint, with_default_prefixes(text), accept=accept[fmt]))
        return
    import pyoxigraph as ox

    from .build import load_graph
    from .export.rdf import to_oxigraph_store

    store = to_oxigraph_store(load_graph(resolve_workspace(workspace)), base=base or DEFAULT_BASE)
    res = query_store(store, text)
    if isinstance(res, ox.QueryTriples):  # CONSTRUCT / DESCRIBE: the triples as Turtle
        from .export.rdf import PREFIXES

        data = ox.serialize(res, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    elif fmt == "table":
        from .query.sparql import term_value

        if isinstance(res, ox.QueryBoolean):
            print_table([{"ask": bool(res)}], ["ask"])
        else:
            cols = [v.value for v in res.variables]
            print_table([{c: term_value(sol[c]) for c in cols} for sol in res], cols)
        return
    else:
        rf = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
        data = res.serialize(format=rf[fmt])
    sys.stdout.buffer.write(data)
    if not data.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")


def serve_sparql(
    port: int = typer.Option(7878, "--port", "-p", help="TCP port (0 picks a free one)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", "-w", help="Workspace file (default out/evkg.sqlite)."),
    allow_update: bool = typer.Option(False, "--allow-update",
                                      help="Accept SPARQL UPDATE and Graph Store writes (read-only otherwise)."),
    location: Optional[Path] = typer.Option(None, "--location",
                                            help="Oxigraph store directory (default: oxigraph/ beside the workspace)."),
    base: Optional[str] = typer.Option(None, "--base", help=_BASE_HELP),
) -> None:
    """Serve the graph of a workspace over the SPARQL 1.1 Protocol with Oxigraph (Ctrl-C stops it).

    Example: evkg serve sparql --port 7878, then
    curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/query?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%205'
    """
    from evkg.ontology.vocab import DEFAULT_BASE

    from .serve import prepare_endpoint

    ws = resolve_workspace(workspace)
    srv = prepare_endpoint(ws, location=location, base=base or DEFAULT_BASE, host=host, port=port,
                           allow_update=allow_update)
    def _terminate(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # so that the oxigraph child process is stopped with us

    stop_on_ctrl_c()
    signal.signal(signal.SIGTERM, _terminate)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, _terminate)
    srv.start()
    mode = "read-write" if allow_update else "read-only"
    typer.echo(f"SPARQL endpoint ({mode}) at {srv.query_url} on store {srv.location}; Ctrl-C stops it", err=True)
    try:
        srv.wait()
    except KeyboardInterrupt:
        srv.stop()
        typer.echo("stopped", err=True)


def register(app: typer.Typer, export_app: typer.Typer, serve_app: typer.Typer) -> None:
    """Add ``export rdf``, ``sparql`` and ``serve sparql`` to the evkg CLI."""
    export_app.command("rdf")(handle_errors(export_rdf))
    app.command("sparql")(handle_errors(sparql))
    serve_app.command("sparql")(handle_errors(serve_sparql))
