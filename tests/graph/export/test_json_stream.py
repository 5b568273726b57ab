"""graph.json: the graph attributes line, written article by article, equals the plain encoding."""

from __future__ import annotations

from evkg.graph.export.json import generate_json
from evkg.graph.model import add_entity, new_graph
from tests.graph.export.test_json import _reference


def test_graph_attributes_streamed_in_chunks_equal_the_plain_document() -> None:
    G = new_graph()
    add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"], name_zh="宁德时代")
    assert "".join(generate_json(G)) == _reference(G)  # no articles
    G.graph["articles"] = {f"article:{i:04x}": {"id": f"article:{i:04x}", "title": f"t\"{i}\" 电池", "seq": i,
                                                 "date": None} for i in range(700, 0, -1)}
    G.graph["extra"] = {"b": [1, 2.5], "a": None}
    assert "".join(generate_json(G)) == _reference(G)
    G.graph["articles"] = {1: {"id": 1}, 2: {"id": 2}}  # keys that are not strings: encoded in one piece
    assert "".join(generate_json(G)) == _reference(G)
