"""A local Bolt server for trying evkg's Cypher without installing Neo4j.

It runs ArcadeDB from PyPI (``arcadedb-embedded``: its own JRE and Bolt plugin; it reports itself
as Neo4j 5.26 compatible) on 127.0.0.1. The official ``neo4j`` driver, ``evkg export neo4j`` and
``evkg query --engine cypher`` talk to it as to Neo4j. It is a convenience for laptops and
notebooks; for production load the graph into Neo4j itself (docs/neo4j.md).

The user is ``root``; the database is created on first start, and the root password is fixed then
(start with a new data directory to change it). The server's log goes to ``<data>/log/``.
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path
from typing import Callable

from evkg.ontology.errors import EvkgError

DEFAULT_BOLT_PORT = 7687
DEFAULT_DATABASE = "kg"
USER = "root"


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def serve_bolt(*, data: Path, port: int = DEFAULT_BOLT_PORT, http_port: int = 2480, password: str,
               database: str = DEFAULT_DATABASE, host: str = "127.0.0.1",
               ready: Callable[[str], None] | None = None, run_for: float | None = None) -> None:
    """Run the Bolt server until interrupted (or for ``run_for`` seconds).

    Raises:
        EvkgError: arcadedb-embedded is not installed, the password is too short or a port is taken.
    """
    try:
        import arcadedb_embedded as ae
    except ImportError as err:
        raise EvkgError("the local Bolt server needs arcadedb-embedded: pip install 'evkg[dev]' "
                        "(or pip install arcadedb-embedded)") from err
    if len(password) < 8:
        raise EvkgError("the Bolt server password must have at least 8 characters")
    for p in (port, http_port):
        if not _port_free(host, p):
            raise EvkgError(f"port {p} on {host} is already in use; choose another with --port/--http-port")
    data.mkdir(parents=True, exist_ok=True)
    data = data.resolve()
    # ArcadeDB writes its log/ folder into the working directory: keep it with the server's data
    os.chdir(data)
    srv = ae.create_server(root_path=str(data), root_password=password, config={
        "host": host, "http_port": http_port,
        "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin", "bolt_port": port})
    srv.start()
    try:
        if not (data / "databases" / database).exists():
            try:
                srv.create_database(database)
            except Exception:  # noqa: BLE001 - already there from an earlier run
                pass
        if ready:
            ready(f"bolt://{host}:{port}")
        deadline = None if run_for is None else time.monotonic() + run_for
        while deadline is None or time.monotonic() < deadline:
            time.sleep(0.5)
    finally:
        srv.stop()
