"""graph.html in a real headless Chromium: counts, clicks, search, filters, console, network, XSS.

The browser comes from tests/fixtures/browser.py (Debian chromium + chromedriver, installed if missing).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from evkg.graph.export.html import write_html

from tests.fixtures.browser import drain_logs, requested_urls

from tests.graph.export.test_html import XSS_NAME, XSS_TITLE, small_graph, xss_graph  # the same graphs

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[3]
SCREENSHOTS = ROOT / "out" / "screenshots"


def open_page(driver: Any, path: Path, timeout: float = 120) -> None:
    """Load a page from file:// and wait until the first stable draw."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return window.evkgStable === true"))


def panel_text(driver: Any) -> str:
    return driver.execute_script("return document.getElementById('evkg-panel').textContent")


def assert_clean_logs(driver: Any, page: Path) -> None:
    """No console error, and no request to anything but file:, data: or blob: URLs."""
    logs = drain_logs(driver)
    severe = [e for e in logs["browser"] if e["level"] == "SEVERE"]
    assert not severe, severe
    urls = requested_urls(logs["performance"])
    assert page.resolve().as_uri() in urls  # the log did record this page's loading
    for url in urls:
        assert url.startswith(("file://", "data:", "blob:")), url


def click_canvas_at(driver: Any, x: float, y: float) -> None:
    """A real mouse click at canvas coordinates (DOM pixels relative to the canvas' top-left corner)."""
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#evkg-canvas canvas")
    w, h = canvas.size["width"], canvas.size["height"]
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).click().perform()


def hover_canvas_at(driver: Any, x: float, y: float) -> None:
    """Move the real mouse pointer to canvas coordinates."""
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#evkg-canvas canvas")
    w, h = canvas.size["width"], canvas.size["height"]
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2) + 3, int(y - h / 2) + 3).perform()
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).perform()


def freeze(driver: Any) -> None:
    """Stop the layout so positions read from the network stay where the mouse will click."""
    driver.execute_script("evkgNetwork.setOptions({physics: {enabled: false}}); evkgNetwork.stopSimulation();")


@pytest.fixture(scope="module")
def seed_page(seed_graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_html(seed_graph, tmp_path_factory.mktemp("html-seed") / "seed_graph.html")


@pytest.fixture(scope="module")
def small_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_html(small_graph(), tmp_path_factory.mktemp("html-small") / "small.html", physics=False)


def test_seed_page_holds_the_graph(browser: Any, seed_graph: nx.MultiDiGraph, seed_page: Path,
                                   tmp_path: Path) -> None:
    browser.set_window_size(1600, 1000)  # the screenshot is for people: a roomy window
    open_page(browser, seed_page)
    counts = browser.execute_script(
        "return [evkgNodes.length, evkgEdges.length, evkgNetwork.body.nodeIndices.length, evkg.visibleNodeCount()]")
    n, m = seed_graph.number_of_nodes(), seed_graph.number_of_edges()
    assert counts == [n, m, n, n]
    assert browser.execute_script("return typeof window.evkgStableMs") == "number"
    header = browser.find_element("id", "evkg-counts").text
    assert f"{n} entities" in header and f"{m} relations" in header
    # the legend lists the kinds present, the relation filter the types present
    kinds = {d["kind"] for _, d in seed_graph.nodes(data=True)}
    legend = browser.execute_script(
        "return Array.from(document.querySelectorAll('#evkg-kinds input')).map(b => b.dataset.key)")
    assert len(legend) >= 1 and len(legend) <= len(kinds)
    rels = browser.execute_script(
        "return Array.from(document.querySelectorAll('#evkg-rels input')).map(b => b.dataset.key)")
    assert set(rels) == {k for *_, k in seed_graph.edges(keys=True)}
    # a person looks at this one (and the README shows it): CATL selected, its panel open
    assert browser.execute_script("evkgNetwork.selectNodes(['company:catl']); return evkg.showNode('company:catl')")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / "seed_graph.png"
    assert browser.save_screenshot(str(shot))
    shutil.copy(shot, tmp_path / "seed_graph.png")
    assert shot.stat().st_size > 20_000
    browser.set_window_size(1400, 900)
    assert_clean_logs(browser, seed_page)


def test_seed_page_search_by_chinese_name(browser: Any, seed_graph: nx.MultiDiGraph, seed_page: Path) -> None:
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, seed_page)
    box = browser.find_element("id", "evkg-search")
    box.send_keys("宁德时代")
    first = browser.find_element("css selector", "#evkg-results button")
    assert first.get_attribute("data-id") == "company:catl"
    box.send_keys(Keys.ENTER)
    assert browser.execute_script("return evkgNetwork.getSelectedNodes()") == ["company:catl"]
    assert browser.find_element("css selector", "#evkg-panel h2").text.strip() == "CATL"
    # the view moved to it: once the focus animation ends, CATL is near the middle of the canvas
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("""
        var v = evkgNetwork.getViewPosition(), p = evkgNetwork.getPosition('company:catl');
        return Math.hypot(v.x - p.x, v.y - p.y) * evkgNetwork.getScale() < 40;"""))
    assert_clean_logs(browser, seed_page)


def test_seed_page_kind_filter_hides_nodes(browser: Any, seed_graph: nx.MultiDiGraph, seed_page: Path) -> None:
    open_page(browser, seed_page)
    n = seed_graph.number_of_nodes()
    kind = browser.execute_script("return evkg.data.kinds[0].kind")
    count = browser.execute_script("return evkg.data.kinds[0].count")
    assert count > 0
    browser.find_element("css selector", f'#evkg-kinds input[data-key="{kind}"]').click()
    assert browser.execute_script("return evkg.visibleNodeCount()") == n - count
    assert browser.execute_script("return evkgNetwork.body.nodeIndices.length") == n - count  # really off the canvas
    assert f"Showing {n - count} of {n}" in browser.find_element("id", "evkg-visible").text
    browser.find_element("id", "evkg-kinds-none").click()
    assert browser.execute_script("return evkg.visibleNodeCount()") == 0
    browser.find_element("id", "evkg-kinds-all").click()
    assert browser.execute_script("return evkg.visibleNodeCount()") == n
    assert_clean_logs(browser, seed_page)


def test_edge_evidence_through_the_api_and_a_real_click(browser: Any, small_page: Path) -> None:
    open_page(browser, small_page)
    assert browser.execute_script("return [evkgNodes.length, evkgEdges.length]") == [7, 4]
    eid = browser.execute_script("return evkg.edgeId('company:catl', 'company:tesla', 'SUPPLIES')")
    browser.execute_script("evkgNetwork.selectEdges([arguments[0]]); evkg.showEdge(arguments[0]);", eid)
    text = panel_text(browser)
    assert "CATL supplies battery cells to Tesla." in text
    assert "CATL wins Tesla deal" in text and "EV Ledger" in text and "0.90" in text
    link = browser.find_element("css selector", "#evkg-panel a")
    assert link.get_attribute("href") == "https://example.com/catl-tesla"
    assert link.get_attribute("rel") == "noopener noreferrer"

    # a real click on a node, then on the middle of an edge, at positions computed from the network
    freeze(browser)
    browser.execute_script("evkgNetwork.setOptions({edges: {smooth: false}}); evkgNetwork.fit({animation: false});")
    x, y = browser.execute_script(
        "var p = evkgNetwork.canvasToDOM(evkgNetwork.getPosition('company:li-auto')); return [p.x, p.y]")
    click_canvas_at(browser, x, y)
    assert browser.find_element("css selector", "#evkg-panel h2").text.strip() == "Li Auto"
    assert "理想汽车" in panel_text(browser)

    eid = browser.execute_script("return evkg.edgeId('policy:nev-plan', 'technology:lfp', 'SUPPORTS')")
    x, y = browser.execute_script("""
        var ps = evkgNetwork.getPositions(['policy:nev-plan', 'technology:lfp']);
        var a = ps['policy:nev-plan'], b = ps['technology:lfp'];
        var p = evkgNetwork.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
        return [p.x, p.y];""")
    click_canvas_at(browser, x, y)
    assert browser.execute_script("return evkgNetwork.getSelectedEdges()") == [eid]
    assert "The plan supports LFP." in panel_text(browser)
    assert "Li Auto sales" in panel_text(browser)
    assert not browser.find_elements("css selector", "#evkg-panel a")  # that article has no URL
    assert_clean_logs(browser, small_page)


def test_node_panel_lists_names_facts_and_relations(browser: Any, small_page: Path) -> None:
    open_page(browser, small_page)
    assert browser.execute_script("return evkg.showNode('company:catl')")
    text = panel_text(browser)
    for expected in ("CATL", "宁德时代", "300750.SZ", "Contemporary Amperex Technology", "energy_density",
                     "255 Wh/kg", "Its new cell reaches 255 Wh/kg.", "Tesla", "Li Auto", "supplies",
                     "Organization › Company › BatteryMaker"):
        assert expected in text, expected
    # a relation in the list opens its evidence
    browser.find_element("css selector", "#evkg-panel .evkg-edgebtn").click()
    assert "CATL supplies" in panel_text(browser) or "Li Auto buys its packs from CATL." in panel_text(browser)
    # search finds by ticker and by lower-case prefix
    assert browser.execute_script("return evkg.search('300750')[0]") == "company:catl"
    assert browser.execute_script("return evkg.search('li au')[0]") == "company:li-auto"
    assert browser.execute_script("return evkg.search('特斯拉')") == ["company:tesla"]
    assert_clean_logs(browser, small_page)


def test_relation_filter_and_physics_switch(browser: Any, small_page: Path) -> None:
    open_page(browser, small_page)
    browser.find_element("css selector", '#evkg-rels input[data-key="SUPPLIES"]').click()
    assert browser.execute_script("return evkg.visibleEdgeCount()") == 2
    assert browser.execute_script("return evkgNetwork.body.edgeIndices.length") == 2
    box = browser.find_element("id", "evkg-physics")
    assert not box.is_selected()  # --no-physics: frozen once laid out
    box.click()
    assert browser.execute_script("return evkgNetwork.physics.options.enabled") is True
    box.click()
    assert browser.execute_script("return evkgNetwork.physics.options.enabled") is False
    assert_clean_logs(browser, small_page)


def test_xss_stays_inert(browser: Any, tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.support.ui import WebDriverWait

    page = write_html(xss_graph(), tmp_path / "xss.html")
    open_page(browser, page)
    browser.execute_script("evkg.showNode('company:xss')")
    text = panel_text(browser)
    assert XSS_NAME in text and "</script><script>alert(3)</script>" in text and "<i>T</i>" in text
    assert XSS_TITLE in text and "<b>bold</b> & co" in text
    eid = browser.execute_script("return evkg.edgeId('company:catl', 'company:xss', 'SUPPLIES')")
    browser.execute_script("evkg.showEdge(arguments[0])", eid)
    text = panel_text(browser)
    assert "CATL supplies </script><script>window.pwned=2</script> cells." in text and XSS_TITLE in text
    # search results and the hover tooltip are text too
    browser.find_element("id", "evkg-search").send_keys("<img")
    assert browser.find_element("css selector", "#evkg-results button").get_attribute("data-id") == "company:xss"
    freeze(browser)
    x, y = browser.execute_script(
        "var p = evkgNetwork.canvasToDOM(evkgNetwork.getPosition('company:xss')); return [p.x, p.y]")
    hover_canvas_at(browser, x, y)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script(
        "var t = document.querySelector('div.vis-tooltip'); return !!t && t.style.visibility !== 'hidden'"))
    assert browser.execute_script("return document.querySelector('div.vis-tooltip').textContent").startswith(XSS_NAME)
    assert browser.execute_script("return document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert browser.execute_script(
        "return document.querySelectorAll('#evkg-panel script, #evkg-results script').length") == 0
    assert not browser.find_elements("css selector", "a[href^='javascript']")
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - reading the alert is the check
    assert_clean_logs(browser, page)


def test_the_network_log_would_see_an_external_request(browser: Any, tmp_path: Path) -> None:
    """The no-request check above is only worth something if the log records such requests."""
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/pixel.png"></body></html>',
                    encoding="utf-8")
    browser.get(page.as_uri())
    urls = requested_urls(drain_logs(browser)["performance"])
    assert "http://127.0.0.1:9/pixel.png" in urls


def test_ego_view_of_the_seed_graph_opens_on_its_centre(browser: Any, seed_graph: nx.MultiDiGraph,
                                                        tmp_path: Path) -> None:
    from evkg.graph.export.html import subgraph_view

    page = write_html(seed_graph, tmp_path / "catl.html", entity="宁德时代", depth=1)
    H = subgraph_view(seed_graph, entity="CATL", depth=1)
    open_page(browser, page)
    assert browser.execute_script("return [evkgNodes.length, evkgEdges.length]") == [H.number_of_nodes(),
                                                                                     H.number_of_edges()]
    assert browser.execute_script("return evkgNetwork.getSelectedNodes()") == ["company:catl"]
    assert browser.find_element("css selector", "#evkg-panel h2").text.strip() == "CATL"
    assert browser.title == "evkg · CATL (1 hop)"
    assert_clean_logs(browser, page)


def test_a_hash_in_the_url_opens_that_entity(browser: Any, small_page: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(small_page.resolve().as_uri() + "#company:tesla")
    WebDriverWait(browser, 120).until(lambda d: d.execute_script("return window.evkgStable === true"))
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return evkgNetwork.getSelectedNodes()[0]")
                                     == "company:tesla")
    assert browser.find_element("css selector", "#evkg-panel h2").text.strip() == "Tesla"
    assert_clean_logs(browser, small_page)


def test_an_empty_view_says_so(browser: Any, tmp_path: Path) -> None:
    from evkg.graph.model import new_graph

    page = write_html(new_graph(), tmp_path / "empty.html")
    open_page(browser, page)
    assert browser.execute_script("return [evkgNodes.length, evkgEdges.length]") == [0, 0]
    assert "No entities match this view." in browser.find_element("id", "evkg-canvas").text
    assert browser.execute_script("return evkg.search('catl')") == []
    assert_clean_logs(browser, page)


def test_a_capped_view_says_what_it_left_out(browser: Any, tmp_path: Path) -> None:
    page = write_html(small_graph(), tmp_path / "capped.html", max_nodes=3)
    open_page(browser, page)
    assert browser.execute_script("return evkgNodes.length") == 3
    assert "the 3 most connected of 7 entities" in browser.find_element("id", "evkg-counts").text
    assert_clean_logs(browser, page)
