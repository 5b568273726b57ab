"""evkg's ontology: classes, relation types and properties (``evkg.ttl``), SHACL shapes
(``shapes.ttl``) and their Python mirror (:mod:`evkg.ontology.vocab`)."""

from importlib.resources import files
from pathlib import Path

from .errors import EvkgError
from .vocab import RELATIONS, Kind, Rel, label_chain

ONTOLOGY_TTL: Path = Path(str(files(__package__) / "evkg.ttl"))
SHAPES_TTL: Path = Path(str(files(__package__) / "shapes.ttl"))

__all__ = ["ONTOLOGY_TTL", "SHAPES_TTL", "EvkgError", "Kind", "Rel", "RELATIONS", "label_chain"]
