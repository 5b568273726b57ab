"""The notebooks in notebooks/ run from top to bottom without an error, offline, and are stored clean.

Each notebook is executed with nbclient in a real ``python3`` kernel of this interpreter (a kernelspec is
installed into a temporary JUPYTER_PATH, so the test does not depend on what the machine has registered),
with the repository root as working directory and ``EVKG_NB_OUT`` pointing at a temporary directory, so
nothing is written into the repository. Notebook 02 runs twice when a Bolt server fixture is available:
once without ``NEO4J_*`` settings (it then explains how to start a server and shows the Cypher text) and
once against the real server (it exports the graph and answers the questions in Cypher).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
CELL_TIMEOUT = 300
BOLT_ENV = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")


@pytest.fixture(scope="session")
def jupyter_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A JUPYTER_PATH holding a ``python3`` kernelspec that starts this very interpreter."""
    from ipykernel.kernelspec import install

    prefix = tmp_path_factory.mktemp("jupyter")
    install(kernel_name="python3", prefix=str(prefix))
    return str(prefix / "share" / "jupyter")


def execute(path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, jupyter_path: str,
            env: dict[str, str] | None = None) -> nbformat.NotebookNode:
    """Run the notebook at ``path`` (kernel env: this process's env plus ``env``); fail on any error."""
    from nbclient import NotebookClient

    monkeypatch.setenv("JUPYTER_PATH", jupyter_path)
    monkeypatch.setenv("EVKG_NB_OUT", str(out))
    for name in BOLT_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="python3", timeout=CELL_TIMEOUT, allow_errors=False,
                            resources={"metadata": {"path": str(ROOT)}})
    client.execute()  # raises CellExecutionError naming the cell and the traceback on any error
    return nb


def text_of(nb: nbformat.NotebookNode) -> str:
    """Every stream and plain-text/HTML output of an executed notebook, joined."""
    parts: list[str] = []
    for cell in nb.cells:
        for o in cell.get("outputs", ()):
            if o.get("output_type") == "stream":
                parts.append(o.get("text", ""))
            data: dict[str, Any] = o.get("data", {})
            parts.extend(str(data[k]) for k in ("text/plain", "text/html") if k in data)
    return "\n".join(parts)


def test_notebooks_present() -> None:
    names = [p.name for p in NOTEBOOKS]
    assert names == ["01_build_and_explore.ipynb", "02_who_supplies_whom.ipynb",
                     "03_policies_and_technologies.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: a code cell is stored with outputs"
            assert cell.execution_count is None, f"{path.name}: a code cell is stored with an execution count"


@pytest.mark.parametrize("path", [pytest.param(p, marks=pytest.mark.sparql) if p.name.startswith("02") else p
                                  for p in NOTEBOOKS], ids=lambda p: p.stem)  # 02 starts an Oxigraph endpoint
def test_notebook_runs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jupyter_path: str) -> None:
    before = sorted(p.relative_to(ROOT) for p in (ROOT / "seeds").rglob("*"))
    nb = execute(path, tmp_path, monkeypatch, jupyter_path)
    out = text_of(nb)
    assert "Traceback" not in out
    number = path.name[:2]
    assert (tmp_path / number / "evkg.sqlite").is_file(), "the notebook must write under EVKG_NB_OUT"
    assert sorted(p.relative_to(ROOT) for p in (ROOT / "seeds").rglob("*")) == before, "seeds/ changed"
    if number == "01":
        assert (tmp_path / "01" / "graph.html").is_file() and (tmp_path / "01" / "catl.html").is_file()
        assert "CATL" in out and "<iframe srcdoc=" in out
    elif number == "02":
        assert "No Bolt server configured" in out and "NEO4J_URI" in out  # it says how to start one
        assert "MATCH (s:Entity)-[r:SUPPLIES]->(c:Entity)" in out  # ... and shows the Cypher text
        assert "SELECT ?supplier_id ?supplier" in out  # the SPARQL text is shown
        assert out.count("same as networkx") == 4 and "DIFFERENT" not in out  # SPARQL agrees with networkx
        line = next(x for x in out.splitlines() if x.strip().startswith("suppliers of Tesla:"))
        assert "CATL" in line  # CATL supplies Tesla (stated in an article and in the reference data)
    elif number == "03":
        assert "MIIT" in out and "image/png" in {k for c in nb.cells for o in c.get("outputs", ())
                                                 for k in o.get("data", {})}


@pytest.mark.bolt
@pytest.mark.sparql
def test_notebook_02_cypher_on_bolt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jupyter_path: str,
                                    bolt_db: Any) -> None:
    """With NEO4J_* pointing at a real Bolt server (ArcadeDB), notebook 02 pushes the graph and answers in Cypher."""
    env = {"NEO4J_URI": bolt_db.uri, "NEO4J_USER": bolt_db.user, "NEO4J_PASSWORD": bolt_db.password,
           "NEO4J_DATABASE": bolt_db.database}
    nb = execute(NOTEBOOK_DIR / "02_who_supplies_whom.ipynb", tmp_path, monkeypatch, jupyter_path, env)
    out = text_of(nb)
    assert "No Bolt server configured" not in out
    assert f"Bolt server: {bolt_db.uri}" in out and "pushed " in out
    # 4 questions in SPARQL and 4 in Cypher, all equal to the networkx rows
    assert out.count("same as networkx") == 8 and "DIFFERENT" not in out
    assert "CATL supplies" in out  # the evidence table from Cypher ...
    assert re.search(r"\d{4}-\d{2}-\d{2} · \w", out)  # ... with "date · title" of the Article nodes
