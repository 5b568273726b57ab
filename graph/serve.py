"""The SPARQL endpoint: Oxigraph's HTTP server (``oxigraph serve``, from the ``oxigraph`` PyPI package) on a
store evkg loads from the graph.

Why the Oxigraph server and not pyoxigraph in-process: the server implements the whole SPARQL 1.1
Protocol (GET and POST, urlencoded and direct queries, content negotiation for JSON, XML, CSV and TSV
results and every RDF syntax, the Graph Store Protocol) in Rust, starts in well under a second, and runs
in its own process, so a slow query never blocks evkg and the server stops cleanly with its process.
Read-only mode is Oxigraph's own ``serve-read-only`` (UPDATE and Graph Store writes answer HTTP 403);
``--allow-update`` runs ``serve``.

The store is a RocksDB directory next to the workspace (``out/oxigraph/``), filled with
``oxigraph load`` from the graph's N-Triples into the DEFAULT graph (HTTP ``POST /store`` without
``?default`` would create a named graph that default-graph queries do not see). A stamp file records the
SHA-256 of the N-Triples the store was loaded from; the store is reloaded only when the graph changed.

Example:
    >>> from evkg.graph.serve import SparqlServer, load_store   # doctest: +SKIP
    >>> load_store(G, "out/oxigraph")                            # doctest: +SKIP
    >>> with SparqlServer("out/oxigraph", port=0) as srv:        # doctest: +SKIP
    ...     print(srv.query_url)
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO, Any

import networkx as nx

from evkg.ontology.errors import EvkgError
from evkg.ontology.vocab import DEFAULT_BASE


class ServeError(EvkgError):
    """The endpoint cannot start: port taken, server binary missing, store locked or unreadable."""


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` server binary (next to this Python, else on PATH)."""
    local = Path(sys.executable).parent / "oxigraph"
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError("the oxigraph server binary was not found; install it with `pip install oxigraph`")


def _hostport(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def port_in_use(host: str, port: int) -> bool:
    """Whether ``host:port`` cannot be bound now (another process listens there)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        # As the server does (Rust's TcpListener sets it): connections of a stopped server left in TIME_WAIT
        # must not count as "in use", only a live listener.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


def free_port(host: str = "127.0.0.1") -> int:
    """A port on ``host`` that is free right now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _stamp_path(location: Path) -> Path:
    return location.parent / (location.name + ".stamp")


def load_store(source: nx.MultiDiGraph | str | Path, location: str | Path, *, base: str = DEFAULT_BASE,
               force: bool = False) -> Path:
    """Fill the Oxigraph store at ``location`` with a graph (or an N-Triples/Turtle file), in the default graph.

    Does nothing when the store already holds exactly this data (same SHA-256), unless ``force``.
    The new store is built beside the old one and swapped in, so a failed load leaves the old store.
    """
    from evkg.graph.export.rdf import generate_ntriples

    location = Path(location)
    location.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".evkg-load-", dir=location.parent) as tmp:
        if isinstance(source, nx.MultiDiGraph):
            data_file = Path(tmp) / "graph.nt"
            h = hashlib.sha256()
            with open(data_file, "w", encoding="utf-8", newline="\n") as fh:
                for chunk in generate_ntriples(source, base=base):
                    fh.write(chunk)
                    h.update(chunk.encode("utf-8"))
            digest = h.hexdigest()
        else:
            data_file = Path(source)
            if not data_file.is_file():
                raise ServeError(f"{data_file}: no such RDF file to load")
            digest = hashlib.sha256(data_file.read_bytes()).hexdigest()
        stamp = _stamp_path(location)
        if not force and location.is_dir() and stamp.is_file() and stamp.read_text().strip() == digest:
            return location
        new = Path(tmp) / "store"
        proc = subprocess.run([oxigraph_binary(), "load", "--location", str(new), "--file", str(data_file)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise ServeError(f"oxigraph load failed for {data_file}: {_first_error(proc.stderr)}")
        if location.exists():
            shutil.rmtree(location)
        os.replace(new, location)
        stamp.write_text(digest + "\n")
    return location


def _first_error(text: str) -> str:
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    for ln in lines:
        if ln.startswith("Error"):
            return ln
    return lines[0] if lines else "no message"


def _die_with_parent() -> Any:
    """On Linux, a pre-exec hook that makes the server get SIGTERM when evkg dies (even by SIGKILL)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover
        return None
    parent = os.getpid()

    def hook() -> None:
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before prctl took effect
            os.kill(os.getpid(), signal.SIGTERM)

    return hook


class SparqlServer:
    """An ``oxigraph serve`` (or ``serve-read-only``) process on a store directory; a context manager.

    ``port=0`` picks a free port. :meth:`start` returns once the endpoint answers a query; it raises
    :class:`ServeError` with one line if the port is taken or the server exits.
    """

    def __init__(self, location: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
                 allow_update: bool = False, timeout_s: int | None = None, startup_timeout: float = 30.0) -> None:
        self.location = Path(location)
        self.host = host
        self.port = port
        self.allow_update = allow_update
        self.timeout_s = timeout_s
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{_hostport(self.host, self.port)}"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint (GET ?query=... or POST)."""
        return self.base_url + "/query"

    @property
    def update_url(self) -> str:
        """The SPARQL update endpoint (refused with HTTP 403 unless ``allow_update``)."""
        return self.base_url + "/update"

    def command(self) -> list[str]:
        mode = "serve" if self.allow_update else "serve-read-only"
        cmd = [oxigraph_binary(), mode, "--location", str(self.location), "--bind", _hostport(self.host, self.port)]
        if self.timeout_s:
            cmd += ["--timeout-s", str(int(self.timeout_s))]
        return cmd

    def start(self) -> "SparqlServer":
        if not self.location.is_dir():
            raise ServeError(f"{self.location}: no Oxigraph store here; load one first (evkg serve sparql does)")
        if self.port == 0:
            self.port = free_port(self.host)
        elif port_in_use(self.host, self.port):
            raise ServeError(f"port {self.port} on {self.host} is already in use; stop what runs there or pass "
                             f"--port with another port")
        self._log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL, stdout=self._log,
                                        stderr=subprocess.STDOUT, preexec_fn=_die_with_parent())
        deadline = time.monotonic() + self.startup_timeout
        while True:
            rc = self.process.poll()
            if rc is not None:
                msg = self._read_log()
                self._close_log()
                self.process = None
                if "address already in use" in msg.lower():
                    raise ServeError(f"port {self.port} on {self.host} is already in use; pass --port with another port")
                raise ServeError(f"oxigraph exited with code {rc} on {_hostport(self.host, self.port)}: "
                                 f"{_first_error(msg)}")
            if self._answers():
                return self
            if time.monotonic() > deadline:
                self.stop()
                raise ServeError(f"oxigraph did not answer on {self.base_url} within {self.startup_timeout:.0f} s")
            time.sleep(0.05)

    def _answers(self) -> bool:
        url = self.query_url + "?query=ASK%7B%7D"
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 - loopback
                return bool(resp.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    def _read_log(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def stop(self) -> None:
        """Stop the server process (SIGTERM, then SIGKILL after 5 s)."""
        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout=5)
            self.process = None
        self._close_log()

    def wait(self) -> int:
        """Block until the server exits (Ctrl-C stops it); its exit code."""
        assert self.process is not None
        try:
            return self.process.wait()
        finally:
            self.stop()

    def __enter__(self) -> "SparqlServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def store_location(workspace: str | Path) -> Path:
    """Store directory of a workspace: ``oxigraph/`` beside the workspace file (``out/oxigraph``)."""
    return Path(workspace).resolve().parent / "oxigraph"


def prepare_endpoint(workspace: str | Path, *, location: str | Path | None = None, base: str = DEFAULT_BASE,
                     host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False) -> SparqlServer:
    """Load the workspace's graph into its Oxigraph store and return a server (not started yet).

    The port is checked before the (possibly long) load, so a taken port fails at once.
    """
    from evkg.graph.build import load_graph

    if port and port_in_use(host, port):
        raise ServeError(f"port {port} on {host} is already in use; stop what runs there or pass --port with "
                         f"another port")
    loc = Path(location) if location else store_location(workspace)
    G = load_graph(workspace)
    load_store(G, loc, base=base)
    return SparqlServer(loc, host=host, port=port, allow_update=allow_update)
