"""Exporters of the canonical graph: a registry of ``write_X(G, path, **options)`` functions.

>>> sorted(EXPORTERS)
['cypher', 'graphml', 'html', 'json', 'neo4j-csv', 'rdf']
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Callable

from evkg.ontology.errors import ExportError, UnknownTermError

#: exporter name -> "module:function" (imported on first use, so the CLI starts fast).
EXPORTERS: dict[str, str] = {
    "json": "evkg.graph.export.json:write_json",
    "rdf": "evkg.graph.export.rdf:write_rdf",
    "cypher": "evkg.graph.export.cypher:write_cypher",
    "neo4j-csv": "evkg.graph.export.neo4j_csv:write_neo4j_csv",
    "html": "evkg.graph.export.html:write_html",
    "graphml": "evkg.graph.export.graphml:write_graphml",
}


def get_exporter(name: str) -> Callable[..., Any]:
    """The writer registered as ``name``; an unknown name raises an error listing the known ones."""
    if name not in EXPORTERS:
        raise UnknownTermError(name, "exporter", EXPORTERS)
    module, _, func = EXPORTERS[name].partition(":")
    try:
        return getattr(import_module(module), func)
    except (ImportError, AttributeError) as err:
        raise ExportError(f"exporter {name!r} ({EXPORTERS[name]}) cannot be loaded: {err}") from err
