"""`evkg serve bolt`: a local Neo4j-compatible Bolt server (ArcadeDB) for trying the Cypher queries."""

from __future__ import annotations

from pathlib import Path

import typer

from .cli_common import handle_errors, stop_on_ctrl_c


def register(app: typer.Typer, export_app: typer.Typer, serve_app: typer.Typer) -> None:
    @serve_app.command("bolt")
    @handle_errors
    def serve_bolt_cmd(
        port: int = typer.Option(7687, "--port", "-p", help="Bolt port."),
        http_port: int = typer.Option(2480, "--http-port", help="ArcadeDB's HTTP port."),
        password: str = typer.Option(..., "--password", envvar="NEO4J_PASSWORD",
                                     help="Password of the user 'root' (at least 8 characters; fixed when the data directory is first created)."),
        database: str = typer.Option("kg", "--database", help="Database to create and serve."),
        data: Path = typer.Option(Path("out") / "arcadedb", "--data", help="Server data directory."),
    ) -> None:
        """Run a local Neo4j-compatible Bolt server (ArcadeDB from PyPI) on 127.0.0.1 until Ctrl-C.

        Use it to try evkg's Cypher without installing Neo4j: export the graph into it, then query.

        Example: evkg serve bolt --password evkg-local-pw, then in another shell
        evkg export neo4j --uri bolt://127.0.0.1:7687 --user root --password evkg-local-pw --database kg
        """
        from .bolt_server import USER, serve_bolt

        def ready(uri: str) -> None:
            typer.echo(f"\nBolt server ready at {uri} (user {USER}, database {database}); Ctrl-C stops it")

        stop_on_ctrl_c()
        try:
            serve_bolt(data=data, port=port, http_port=http_port, password=password, database=database, ready=ready)
        except KeyboardInterrupt:
            typer.echo("\nstopped")
