"""Helpers shared by the CLI modules: one-line errors, workspace resolution, output console."""

from __future__ import annotations

import functools
import signal
import sys
from pathlib import Path
from typing import Any, Callable, NoReturn, TypeVar

import typer

from evkg.ontology.errors import EvkgError

F = TypeVar("F", bound=Callable[..., Any])

#: Default workspace of every command (the one `evkg build` writes).
DEFAULT_WORKSPACE = Path("out") / "evkg.sqlite"

_state = {"debug": False}


def stop_on_ctrl_c() -> None:
    """Let Ctrl-C (SIGINT) raise KeyboardInterrupt in a serving command, also where the process was started with
    SIGINT ignored (a background job of a non-interactive script is)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)


def set_debug(value: bool) -> None:
    _state["debug"] = value


def debug() -> bool:
    return bool(_state["debug"])


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: message`` on one line to stderr and exit with ``code``."""
    first = " ".join(str(message).split())  # one line, whatever the message holds
    typer.echo(f"error: {first}", err=True)
    raise typer.Exit(code)


def handle_errors(func: F) -> F:
    """Turn EvkgError (and OSError) raised by a command into a one-line error; traceback only with --debug."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (EvkgError, OSError) as err:
            if debug():
                raise
            fail(str(err))
        except KeyboardInterrupt:  # pragma: no cover - interactive
            typer.echo("interrupted", err=True)
            raise typer.Exit(130)

    return wrapper  # type: ignore[return-value]


def resolve_workspace(path: str | Path | None) -> Path:
    """The workspace file to read: ``path`` or the default; an error if it does not exist."""
    p = Path(path) if path else DEFAULT_WORKSPACE
    if not p.exists():
        fail(f"{p}: no workspace here; run `evkg build` first or pass --workspace")
    return p


def console(stderr: bool = False) -> Any:
    """A rich console (tables, progress)."""
    from rich.console import Console

    return Console(stderr=stderr, soft_wrap=False, width=None if sys.stdout.isatty() else 200)


def print_table(rows: list[dict[str, Any]], columns: list[str] | None = None, *, title: str | None = None) -> None:
    """Print rows as a rich table (columns default to the keys of the first row)."""
    from rich.table import Table

    cols = columns or (list(rows[0]) if rows else [])
    t = Table(title=title, show_lines=False)
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in cols))
    console().print(t)
