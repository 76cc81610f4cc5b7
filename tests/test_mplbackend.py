"""Charts still show in a notebook when the learner's environment says ``MPLBACKEND=Agg``."""

from __future__ import annotations

import os

import pytest


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_figures_show_inline_under_mplbackend_agg(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("import matplotlib.pyplot as plt\nfrom lessons_lib import charts"),
        nbformat.v4.new_code_cell("fig, ax = plt.subplots()\nax.plot([1, 2, 3]);"),  # shown by pyplot
        nbformat.v4.new_code_cell("fig"),  # a pyplot figure at the end of a cell
        nbformat.v4.new_code_cell("charts.votes()"),  # a chart of the package
    ])
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": os.getcwd()}}).execute()
    for cell in nb.cells[1:]:
        kinds = [sorted(o.get("data", {})) for o in cell.outputs]
        assert any("image/png" in k for k in kinds), (cell.source, kinds)
