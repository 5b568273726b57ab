"""`evkg serve bolt`: the local ArcadeDB Bolt server answers the official neo4j driver."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.bolt

EVKG = [sys.executable, "-m", "evkg.graph"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# ("ignored": started as a script's background job is, with SIGINT ignored; Ctrl-C must stop it all the same)
@pytest.mark.parametrize("sigint", ["default", "ignored"])
def test_serve_bolt_answers_cypher_and_stops_on_ctrl_c(tmp_path: Path, sigint: str) -> None:
    from neo4j import GraphDatabase

    port, http = _free_port(), _free_port()
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen([*EVKG, "serve", "bolt", "--port", str(port), "--http-port", str(http), "--password",
                             "evkg-test-pw", "--data", str(tmp_path / "arcadedb")], stdout=log, stderr=subprocess.STDOUT,
                            preexec_fn=_ignore_sigint if sigint == "ignored" else None)
    try:
        deadline = time.monotonic() + 180
        while "Bolt server ready" not in (tmp_path / "server.log").read_text(errors="replace"):
            assert proc.poll() is None, (tmp_path / "server.log").read_text(errors="replace")[-2000:]
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.5)
        with GraphDatabase.driver(f"bolt://127.0.0.1:{port}", auth=("root", "evkg-test-pw")) as drv:
            records, _, _ = drv.execute_query("CREATE (n:Probe {name: $name}) RETURN n.name AS name",
                                              name="宁德时代", database_="kg")
            assert [r["name"] for r in records] == ["宁德时代"]
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        log.close()
    assert proc.returncode == 0


def test_serve_bolt_rejects_a_taken_port_and_a_short_password(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        taken = s.getsockname()[1]
        res = subprocess.run([*EVKG, "serve", "bolt", "--port", str(taken), "--password", "long-enough-pw", "--data",
                              str(tmp_path / "a")], capture_output=True, text=True, timeout=120)
    assert res.returncode == 1
    assert res.stderr.strip() == f"error: port {taken} on 127.0.0.1 is already in use; choose another with --port/--http-port"
    res = subprocess.run([*EVKG, "serve", "bolt", "--password", "short", "--data", str(tmp_path / "b")],
                         capture_output=True, text=True, timeout=120, env={**os.environ, "NEO4J_PASSWORD": ""})
    assert res.returncode == 1
    assert res.stderr.strip() == "error: the Bolt server password must have at least 8 characters"
