"""Exceptions shared by every evkg package.

All errors raised on purpose derive from :class:`EvkgError`; their message is one line
that names the bad value and what was expected. The CLI prints that line and exits
non-zero, with a traceback only under ``--debug``.
"""

from __future__ import annotations

from typing import Iterable


class EvkgError(Exception):
    """Root of evkg's errors."""


class UnknownTermError(EvkgError, KeyError):
    """A name that is not in the ontology (class, relation type, measure...)."""

    def __init__(self, name: str, what: str, known: Iterable[str]) -> None:
        self.name = name
        known_list = ", ".join(sorted(known))
        super().__init__(f"unknown {what} {name!r}; known: {known_list}")

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class InputError(EvkgError):
    """An input (file, directory, URL, argument) that cannot be read or is not what was expected."""


class ArticleError(InputError):
    """One article that cannot be read; the run goes on with the others unless strict.

    ``reason`` is a short category (``empty``, ``binary``, ``encoding``, ``json``, ``xml``, ``too-large``...)
    used by the build summary to count what was skipped and why.
    """

    def __init__(self, path: str, reason: str, detail: str, *, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {detail}")


class WorkspaceError(EvkgError):
    """The workspace cannot be opened, is locked by another run, or is not an evkg workspace."""


class ExportError(EvkgError):
    """An export target refused the data or cannot be reached."""


class QueryError(EvkgError):
    """An unknown named query, a missing parameter, or a query the engine rejected."""
