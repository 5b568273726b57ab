"""graph.html without a browser: view selection, self-containment, escaping, CSP, CLI."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from evkg.graph.export import get_exporter
from evkg.graph.export.html import (
    KIND_STYLE, REL_COLOURS, display_kind, page_data, render_html, subgraph_view, write_html,
)
from evkg.graph.export.json import to_node_link
from evkg.graph.model import add_entity, add_evidence, new_graph
from evkg.ontology.errors import InputError, UnknownTermError
from evkg.ontology.vocab import ENTITY_KINDS, Rel

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_TITLE = "<script>window.pwned=1</script>"


def small_graph() -> nx.MultiDiGraph:
    """CATL supplies Tesla and Li Auto; Tesla is listed on NASDAQ; a policy supports LFP; an isolated person."""
    G = new_graph()
    G.graph["articles"]["article:1"] = {"id": "article:1", "source": "a1.txt", "title": "CATL wins Tesla deal",
                                        "date": "2024-03-01", "url": "https://example.com/catl-tesla",
                                        "publisher": "EV Ledger", "content_hash": "h1", "seq": 1}
    G.graph["articles"]["article:2"] = {"id": "article:2", "source": "a2.txt", "title": "Li Auto sales",
                                        "date": "2024-04-02", "url": None, "publisher": "Auto Daily",
                                        "content_hash": "h2", "seq": 2}
    add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"], name_zh="宁德时代",
               aliases=["Contemporary Amperex Technology", "宁德时代"], tickers=["300750.SZ"],
               articles=["article:1", "article:2"], mention_count=3)
    add_entity(G, "company:tesla", name="Tesla", kinds=["Automaker"], name_zh="特斯拉", tickers=["TSLA"],
               articles=["article:1"], mention_count=1)
    add_entity(G, "company:li-auto", name="Li Auto", kinds=["Automaker"], name_zh="理想汽车", tickers=["2015.HK"],
               articles=["article:2"], mention_count=1)
    add_entity(G, "exchange:nasdaq", name="NASDAQ", kinds=["Exchange"])
    add_entity(G, "policy:nev-plan", name="NEV Industry Development Plan", kinds=["Policy"], articles=["article:2"])
    add_entity(G, "technology:lfp", name="LFP", kinds=["BatteryTechnology"], articles=["article:2"])
    add_entity(G, "person:robin-zeng", name="Robin Zeng", kinds=["Person"], name_zh="曾毓群")
    ev = {"confidence": 0.9, "rule": "supply-verb", "status": "stated"}
    add_evidence(G, "company:catl", Rel.SUPPLIES, "company:tesla",
                 {**ev, "article": "article:1", "text": "CATL supplies battery cells to Tesla.", "start": 0,
                  "end": 36}, date="2024-03-01")
    add_evidence(G, "company:catl", Rel.SUPPLIES, "company:li-auto",
                 {**ev, "article": "article:2", "text": "Li Auto buys its packs from CATL.", "start": 5, "end": 38},
                 date="2024-04-02")
    add_evidence(G, "company:tesla", Rel.LISTED_ON, "exchange:nasdaq",
                 {"article": None, "text": "reference: Tesla is listed on NASDAQ", "confidence": 1.0,
                  "rule": "reference", "status": "stated"}, source="reference")
    add_evidence(G, "policy:nev-plan", Rel.SUPPORTS, "technology:lfp",
                 {**ev, "article": "article:2", "text": "The plan supports LFP.", "start": 0, "end": 22})
    G.nodes["company:catl"]["facts"].append(
        {"measure": "energy_density", "value": 255.0, "unit": "Wh/kg", "period": "2024",
         "evidence": "Its new cell reaches 255 Wh/kg.", "article": "article:1", "start": 40, "end": 71,
         "confidence": 0.8, "rule": "quantity"})
    return G


def xss_graph() -> nx.MultiDiGraph:
    """Hostile names, titles, evidence and URLs in every field the page shows."""
    G = new_graph()
    G.graph["articles"]["article:x"] = {"id": "article:x", "source": "x.txt", "title": XSS_TITLE,
                                        "date": "2024-01-01", "url": "javascript:alert(2)",
                                        "publisher": "<b>bold</b> & co", "content_hash": "x", "seq": 1}
    add_entity(G, "company:xss", name=XSS_NAME, kinds=["Automaker"], name_zh="</script><script>alert(3)</script>",
               aliases=["line\u2028separator", "<!-- comment"], tickers=["<i>T</i>"], articles=["article:x"])
    add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"], name_zh="宁德时代", articles=["article:x"])
    add_evidence(G, "company:catl", Rel.SUPPLIES, "company:xss",
                 {"article": "article:x", "text": "CATL supplies </script><script>window.pwned=2</script> cells.",
                  "start": 0, "end": 10, "confidence": 0.7, "rule": "r", "status": "stated"}, date="2024-01-01")
    return G


def embedded_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="evkg-data">(.*?)</script>', page, re.S)
    assert m, "no embedded data"
    return json.loads(m.group(1))


# ---------------------------------------------------------------- selection

def test_ego_view_follows_edges_both_ways_up_to_depth() -> None:
    G = small_graph()
    assert set(subgraph_view(G, entity="Tesla", depth=1)) == {"company:tesla", "company:catl", "exchange:nasdaq"}
    assert set(subgraph_view(G, entity="Tesla", depth=2)) == {"company:tesla", "company:catl", "exchange:nasdaq",
                                                              "company:li-auto"}
    assert set(subgraph_view(G, entity="company:tesla", depth=0)) == {"company:tesla"}


@pytest.mark.parametrize("needle", ["宁德时代", "300750.SZ", "catl", "company:catl",
                                    "Contemporary Amperex Technology"])
def test_ego_view_resolves_any_name(needle: str) -> None:
    H = subgraph_view(small_graph(), entity=needle, depth=1)
    assert set(H) == {"company:catl", "company:tesla", "company:li-auto"}
    assert H.number_of_edges() == 2


def test_relation_filter_is_the_supply_chain() -> None:
    H = subgraph_view(small_graph(), relations=["SUPPLIES"])
    assert set(H) == {"company:catl", "company:tesla", "company:li-auto"}
    assert {k for *_, k in H.edges(keys=True)} == {"SUPPLIES"}
    assert set(subgraph_view(small_graph(), relations=["supplies"])) == set(H)  # case-insensitive type


def test_kind_filter_uses_the_label_chain() -> None:
    G = small_graph()
    assert set(subgraph_view(G, kinds=["Company"])) == {"company:catl", "company:tesla", "company:li-auto"}
    assert set(subgraph_view(G, kinds=["Technology"])) == {"technology:lfp"}  # BatteryTechnology is a Technology
    assert set(subgraph_view(G, kinds=["automaker", "Exchange"])) == {"company:tesla", "company:li-auto",
                                                                      "exchange:nasdaq"}
    H = subgraph_view(G, kinds=["Company"])
    assert H.number_of_edges() == 2  # Tesla -> NASDAQ is gone with NASDAQ


def test_min_articles_keeps_the_centre() -> None:
    G = small_graph()
    assert set(subgraph_view(G, min_articles=2)) == {"company:catl"}
    assert set(subgraph_view(G, min_articles=1, entity="NASDAQ", depth=1)) == {"exchange:nasdaq", "company:tesla"}


def test_max_nodes_keeps_the_most_connected_and_the_centre() -> None:
    G = small_graph()
    assert set(subgraph_view(G, max_nodes=2)) == {"company:catl", "company:tesla"}  # degree 2 each, then articles
    assert set(subgraph_view(G, entity="Robin Zeng", max_nodes=1)) == {"person:robin-zeng"}
    assert set(subgraph_view(G, entity="NASDAQ", max_nodes=2)) == {"exchange:nasdaq", "company:tesla"}
    with pytest.raises(InputError, match="max_nodes must be 1 or more"):
        subgraph_view(G, max_nodes=0)
    data = embedded_data(render_html(G, max_nodes=3))
    assert data["counts"]["nodes"] == 3 and data["view"]["total_nodes"] == 7
    assert embedded_data(render_html(G))["view"]["total_nodes"] == 7


def test_view_is_read_only_and_leaves_the_graph_alone() -> None:
    G = small_graph()
    before = json.dumps(to_node_link(G), sort_keys=True)
    H = subgraph_view(G, entity="CATL")
    with pytest.raises(nx.NetworkXError):
        H.add_node("x")
    render_html(G, entity="CATL")
    render_html(G)
    assert json.dumps(to_node_link(G), sort_keys=True) == before


def test_bad_selection_inputs_raise() -> None:
    G = small_graph()
    with pytest.raises(InputError, match="no entity matches 'Nobody'"):
        subgraph_view(G, entity="Nobody")
    with pytest.raises(UnknownTermError, match="unknown relation type 'SUPPLY'"):
        subgraph_view(G, relations=["SUPPLY"])
    with pytest.raises(UnknownTermError, match="unknown class 'Carmaker'"):
        subgraph_view(G, kinds=["Carmaker"])
    with pytest.raises(InputError, match="depth must be 0 or more"):
        subgraph_view(G, entity="CATL", depth=-1)
    with pytest.raises(InputError, match="size_by must be"):
        render_html(G, size_by="pagerank")


# ---------------------------------------------------------------- page

def test_every_kind_and_relation_has_a_style() -> None:
    for k in ENTITY_KINDS:
        assert display_kind({"kind": k.value}) in KIND_STYLE
    assert set(REL_COLOURS) == {r.value for r in Rel}
    assert display_kind({"kind": "MaterialsSupplier"}) == "MaterialsSupplier"
    assert display_kind({"kind": "VehicleModel"}) == "Product"


def test_page_is_self_contained() -> None:
    page = render_html(small_graph())
    assert page.startswith("<!DOCTYPE html>")
    assert "<link" not in page.lower()
    assert not re.search(r"""\s(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "bootstrap" not in page.lower() and "googleapis" not in page.lower()
    assert "@import" not in page and "@font-face" not in page
    for m in re.finditer(r"url\(\s*['\"]?([^'\")]+)", page):
        assert m.group(1).startswith("data:"), m.group(1)
    assert "vis-network" in page and "new vis.Network" in page  # the library and the page script are inline
    assert not re.search(r"<script[^>]*\ssrc=", page, re.I)


def test_csp_allows_only_the_inline_scripts_of_the_page() -> None:
    page = render_html(small_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1).replace("&#39;", "'")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 3
    for text in scripts:
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_article_text_is_escaped_in_the_page() -> None:
    page = render_html(xss_graph())
    data_part = page.split('id="evkg-data">', 1)[1].split("</script>", 1)[0]
    for raw in ("<img", "<script", "</script", "<!--", "<b>", "<i>", "\u2028"):
        assert raw not in data_part
    data = embedded_data(page)  # and it is still exact JSON
    node = data["details"]["nodes"]["company:xss"]
    assert node["name"] == XSS_NAME and "line\u2028separator" in node["aliases"]
    assert data["articles"]["article:x"]["title"] == XSS_TITLE
    assert data["articles"]["article:x"]["url"] is None  # javascript: URLs never reach the page
    assert len(re.findall(r"<script[ >]", page.replace('"<script>"', ""))) == 4  # boot, data, vis, page script


def test_title_is_escaped() -> None:
    page = render_html(small_graph(), title="<b>CATL</b> & co")
    assert "<title>&lt;b&gt;CATL&lt;/b&gt; &amp; co</title>" in page


def test_page_data_counts_styles_and_evidence() -> None:
    G = small_graph()
    data = page_data(G, title="t")
    assert data["counts"] == {"nodes": 7, "edges": 4, "articles": 2}
    assert {n["id"] for n in data["nodes"]} == set(G)
    assert {(e["from"], e["to"], e["rel"]) for e in data["edges"]} == {(u, v, k) for u, v, k in G.edges(keys=True)}
    catl = next(n for n in data["nodes"] if n["id"] == "company:catl")
    assert catl["kind"] == "BatteryMaker" and catl["color"]["background"] == KIND_STYLE["BatteryMaker"][0]
    assert "宁德时代" in catl["title"] and "300750.SZ" in catl["title"]
    sup = next(e for e in data["edges"] if e["to"] == "company:tesla" and e["rel"] == "SUPPLIES")
    assert sup["color"]["color"] == REL_COLOURS["SUPPLIES"] and sup["arrows"] == "to"
    detail = data["details"]["edges"][sup["id"]]
    assert detail["evidence"][0]["text"] == "CATL supplies battery cells to Tesla."
    assert data["articles"]["article:1"]["url"] == "https://example.com/catl-tesla"
    assert data["details"]["nodes"]["company:catl"]["facts"][0]["unit"] == "Wh/kg"
    assert [k["kind"] for k in data["kinds"]] == [k for k in KIND_STYLE if k in {n["kind"] for n in data["nodes"]}]


def test_size_by_articles() -> None:
    data = page_data(small_graph(), title="t", size_by="articles")
    values = {n["id"]: n["value"] for n in data["nodes"]}
    assert values["company:catl"] == 3 and values["exchange:nasdaq"] == 1


def test_parallel_edges_get_distinct_curves() -> None:
    G = small_graph()
    add_evidence(G, "company:catl", Rel.PARTNERS_WITH, "company:tesla",
                 {"article": "article:1", "text": "CATL and Tesla partner.", "confidence": 0.8})
    data = page_data(G, title="t")
    pair = [e for e in data["edges"] if {e["from"], e["to"]} == {"company:catl", "company:tesla"}]
    assert len(pair) == 2 and sum("smooth" in e for e in pair) == 1
    assert next(e for e in pair if e["rel"] == "PARTNERS_WITH")["arrows"] == ""  # symmetric: no arrow


def test_empty_graph_renders() -> None:
    data = embedded_data(render_html(new_graph()))
    assert data["counts"] == {"nodes": 0, "edges": 0, "articles": 0}


def test_write_html_is_the_registered_exporter(tmp_path: Path) -> None:
    assert get_exporter("html") is write_html
    out = write_html(small_graph(), tmp_path / "sub" / "graph.html", entity="CATL", depth=1)
    assert out == tmp_path / "sub" / "graph.html"
    data = embedded_data(out.read_text(encoding="utf-8"))
    assert data["counts"]["nodes"] == 3 and data["view"]["entity"] == "company:catl"
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]  # no temp file, no lib/ folder left behind


def test_big_graph_settings() -> None:
    from bench.synth import synthetic_graph

    data = page_data(synthetic_graph(1000, 1500, seed=3), title="big")
    assert data["big"] and not data["keepPhysics"] and data["stabilizeBudgetMs"]
    assert data["options"]["layout"]["improvedLayout"] is False
    assert 100 <= data["options"]["physics"]["stabilization"]["iterations"] <= 300
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert not any("label" in e for e in data["edges"])


# ---------------------------------------------------------------- CLI

@pytest.fixture(scope="module")
def seed_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace of the seed articles, built with only the HTML exporter (`evkg build` writes graph.html)."""
    from evkg.graph.build import build

    from tests.conftest import SEED_ARTICLES

    out = tmp_path_factory.mktemp("html-ws")
    build([SEED_ARTICLES], out=out, outputs={"html": "graph.html"})
    assert (out / "graph.html").stat().st_size > 100_000
    return out / "evkg.sqlite"


def test_cli_view_ego_and_supply_chain(seed_workspace: Path, tmp_path: Path) -> None:
    from evkg.graph.build import load_graph
    from evkg.graph.cli import app

    G = load_graph(seed_workspace)
    runner = CliRunner()
    out = tmp_path / "catl.html"
    res = runner.invoke(app, ["view", "宁德时代", "--depth", "1", "--out", str(out),
                              "--workspace", str(seed_workspace)])
    assert res.exit_code == 0, res.output
    data = embedded_data(out.read_text(encoding="utf-8"))
    H = subgraph_view(G, entity="CATL", depth=1)
    assert data["view"]["entity"] == "company:catl"
    assert data["counts"]["nodes"] == H.number_of_nodes() and data["counts"]["edges"] == H.number_of_edges()

    out2 = tmp_path / "supply.html"
    res = runner.invoke(app, ["view", "--relation", "SUPPLIES", "--no-physics", "-o", str(out2),
                              "-w", str(seed_workspace)])
    assert res.exit_code == 0, res.output
    data = embedded_data(out2.read_text(encoding="utf-8"))
    assert {e["rel"] for e in data["edges"]} <= {"SUPPLIES"} and data["physics"] is False
    assert data["title"] == "evkg · supplies"

    out4 = tmp_path / "catl-opt.html"
    res = runner.invoke(app, ["view", "--entity", "CATL", "-d", "1", "-o", str(out4), "-w", str(seed_workspace)])
    assert res.exit_code == 0, res.output
    assert embedded_data(out4.read_text(encoding="utf-8"))["view"]["entity"] == "company:catl"

    out3 = tmp_path / "all.html"
    res = runner.invoke(app, ["export", "html", str(out3), "--workspace", str(seed_workspace)])
    assert res.exit_code == 0, res.output
    assert embedded_data(out3.read_text(encoding="utf-8"))["counts"]["nodes"] == G.number_of_nodes()


def test_cli_view_errors_are_one_line(seed_workspace: Path, tmp_path: Path) -> None:
    from evkg.graph.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["view", "Nobody Motors", "-o", str(tmp_path / "x.html"), "-w", str(seed_workspace)])
    assert res.exit_code == 1
    assert "error: no entity matches 'Nobody Motors'" in res.output
    assert "Traceback" not in res.output
    res = runner.invoke(app, ["view", "--type", "Carmaker", "-o", str(tmp_path / "x.html"), "-w", str(seed_workspace)])
    assert res.exit_code == 1 and "error: unknown class 'Carmaker'" in res.output
    res = runner.invoke(app, ["view", "-o", str(tmp_path / "x.html"), "-w", str(tmp_path / "none.sqlite")])
    assert res.exit_code == 1 and "no workspace here" in res.output
    assert not (tmp_path / "x.html").exists()


def test_non_finite_fact_values_do_not_break_the_page() -> None:
    G = small_graph()
    G.nodes["company:tesla"]["facts"].append(
        {"measure": "sales", "value": float("nan"), "unit": "units", "period": "2024", "evidence": "n/a",
         "article": "article:1", "start": 0, "end": 3, "confidence": 0.5, "rule": "q"})
    data = embedded_data(render_html(G))
    assert data["details"]["nodes"]["company:tesla"]["facts"][0]["value"] is None


def test_browser_setup_fails_loudly_when_chromium_cannot_be_installed(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    import tests.fixtures.browser as fx

    monkeypatch.setattr(fx, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setattr(fx.os, "geteuid", lambda: 0)
    monkeypatch.setattr(fx.shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match="missing and apt-get is not available"):
        fx.ensure_chromium()
    monkeypatch.setattr(fx.os, "geteuid", lambda: 1000)
    with pytest.raises(pytest.fail.Exception, match="not running as root"):
        fx.ensure_chromium()
    monkeypatch.setattr(fx.os, "geteuid", lambda: 0)
    monkeypatch.setattr(fx.shutil, "which", lambda name: "/usr/bin/" + name)
    calls = []

    def failing_run(cmd, **kw):  # type: ignore[no-untyped-def]
        calls.append(cmd)
        return fx.subprocess.CompletedProcess(cmd, 100, "", "E: Unable to locate package chromium")

    monkeypatch.setattr(fx.subprocess, "run", failing_run)
    with pytest.raises(pytest.fail.Exception, match="apt-get .* update -q. failed .100.: E: Unable to locate"):
        fx.ensure_chromium()
    assert len(calls) == 1 and calls[0][0] == "apt-get" and "update" in calls[0]


def test_page_is_deterministic() -> None:
    G = small_graph()
    assert render_html(G) == render_html(small_graph())
    assert render_html(G, entity="CATL", depth=1) == render_html(G, entity="宁德时代", depth=1)


def test_pages_hold_a_bounded_number_of_sentences_per_edge(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json as _json
    import re as _re

    import evkg.graph.export.html as html
    from evkg.graph.export.html import MAX_SHOWN, render_html
    from evkg.graph.model import add_entity, add_evidence, new_graph

    monkeypatch.setattr(html, "EVIDENCE_BUDGET", 30)  # a small graph stands in for a large archive
    G = new_graph()
    add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"])
    add_entity(G, "company:tesla", name="Tesla", kinds=["Automaker"])
    for i in range(MAX_SHOWN + 15):
        aid = f"article:{i:016x}"
        G.graph["articles"][aid] = {"id": aid, "source": f"s{i}", "title": f"t{i}", "date": "2024-01-01",
                                    "url": None, "publisher": None, "content_hash": "h", "seq": i + 1}
        add_evidence(G, "company:catl", "SUPPLIES", "company:tesla",
                     {"article": aid, "text": f"CATL supplies Tesla ({i}).", "start": 0, "end": 10,
                      "confidence": 0.8, "rule": "r", "status": "stated"}, date="2024-01-01")
    page = render_html(G)
    m = _re.search(r'<script type="application/json" id="evkg-data">(.*?)</script>', page, _re.S)
    assert m is not None
    data = _json.loads(m.group(1))
    [edge] = data["details"]["edges"].values()
    assert len(edge["evidence"]) == MAX_SHOWN and edge["evidence_total"] == MAX_SHOWN + 15
    assert len(data["articles"]) == MAX_SHOWN


def test_small_pages_hold_every_sentence() -> None:
    import json as _json
    import re as _re

    from evkg.graph.export.html import MAX_SHOWN, render_html
    from evkg.graph.model import add_entity, add_evidence, new_graph

    G = new_graph()
    add_entity(G, "company:catl", name="CATL", kinds=["BatteryMaker"])
    add_entity(G, "company:tesla", name="Tesla", kinds=["Automaker"])
    for i in range(MAX_SHOWN + 5):
        add_evidence(G, "company:catl", "SUPPLIES", "company:tesla",
                     {"article": None, "text": f"CATL supplies Tesla ({i}).", "start": 0, "end": 10,
                      "confidence": 0.8, "rule": "r", "status": "stated"})
    page = render_html(G)
    data = _json.loads(_re.search(r'<script type="application/json" id="evkg-data">(.*?)</script>', page, _re.S)
                       .group(1))
    [edge] = data["details"]["edges"].values()
    assert len(edge["evidence"]) == edge["evidence_total"] == MAX_SHOWN + 5


def _reference_page(G: nx.MultiDiGraph, **options) -> str:  # type: ignore[no-untyped-def]
    """The page with its data made the plain way: the whole page data as one dict and one json.dumps."""
    import evkg.graph.export.html as html

    captured = {}
    real = html._page_parts

    def parts(H, **kw):  # type: ignore[no-untyped-def]
        captured["data"] = html._materialise(real(H, **kw))
        return captured["data"]

    html._page_parts = parts
    try:
        page = render_html(G, **options)  # records the page's data and its template arguments
    finally:
        html._page_parts = real
    data = captured["data"]
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:
        text = json.dumps(html._finite(data), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = re.sub("[<>&\u2028\u2029]", lambda m: html._JSON_ESCAPES[m.group()], text)
    head, _, tail = page.partition('<script type="application/json" id="evkg-data">')
    tail = tail[tail.index("</script>"):]
    return head + '<script type="application/json" id="evkg-data">' + text + tail


def test_streamed_page_equals_the_page_made_in_one_piece(tmp_path: Path) -> None:
    from bench.synth import synthetic_graph

    from evkg.graph.export.html import build_network, generate_html

    big = synthetic_graph(900, 2500, seed=5)  # more than BIG_GRAPH nodes: the big-graph settings
    nan = small_graph()
    nan.nodes["company:catl"]["facts"][0]["value"] = float("nan")  # written as null, in the item it is in
    for G, options in ((small_graph(), {}), (xss_graph(), {}), (nan, {}), (big, {}), (big, {"max_nodes": 300}),
                       (small_graph(), {"entity": "CATL", "depth": 1})):
        page = render_html(G, **options)
        assert page == _reference_page(G, **options)
        assert len(list(generate_html(G, **options))) > 3  # really in pieces
        assert write_html(G, tmp_path / "g.html", **options).read_text(encoding="utf-8") == page
    # the edges written without pyvis are the ones pyvis makes
    for G in (small_graph(), big):
        assert page_data(G, title="t")["edges"] == build_network(G).edges
        assert page_data(G, title="t")["nodes"] == build_network(G).nodes
    assert embedded_data(render_html(nan))["details"]["nodes"]["company:catl"]["facts"][0]["value"] is None
