"""The lessons in a real browser: JupyterLab on 127.0.0.1, driven in headless Chromium.

Each test opens a *copy* of a lesson (autosave writes to it), restarts the kernel, runs every
cell, and looks at what a learner sees: quiz feedback in the output area, the answers in the
results file, French text after switching language, chart images. Screenshots go to
``test-artifacts/``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from lessons_lib.workspace import Lesson, lessons

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

OUTPUT = ".jp-OutputArea-output"
_IDLE_AND_DONE = """() => {
  const app = window.jupyterapp;
  const panel = app && app.shell.currentWidget;
  if (!panel || !panel.content || !panel.sessionContext) return false;
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  if (!kernel || kernel.status !== 'idle') return false;
  if (document.querySelector('.jp-Notebook [data-mime-type="application/vnd.jupyter.stderr"] .jp-RenderedText, '
                             + '.jp-Notebook .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]'))
    return true;  // stopped on an error: let the test report it
  const cells = panel.content.widgets.filter(c => c.model.type === 'code');
  return cells.every(c => c.model.executionCount !== null || c.model.sharedModel.getSource().trim() === '');
}"""


def _lessons_with_images() -> list[Lesson]:
    found = []
    for lesson in lessons():
        nb = json.loads(lesson.path.read_text(encoding="utf-8"))
        if any("image/png" in out.get("data", {}) for cell in nb["cells"] for out in cell.get("outputs", [])):
            found.append(lesson)
    return found


def open_copy(page: Any, server: Any, lesson_path: Path, name: str) -> None:
    """Copy a lesson into the server's folder and open it in JupyterLab, kernel ready."""
    shutil.copyfile(lesson_path, server.root / name)
    page.goto(f"{server.url}/lab/tree/{name}")
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", state="attached", timeout=60_000)
    page.wait_for_function(_IDLE_AND_DONE.replace("return cells.every", "return true || cells.every"),
                           timeout=60_000)


def restart_and_run_all(page: Any) -> None:
    """Kernel > Restart Kernel and Run All Cells, confirm the dialog, wait until every cell ran."""
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:restart-run-all'); }")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    page.wait_for_function(_IDLE_AND_DONE, timeout=180_000, polling=250)
    errors = page.locator(f'.jp-Notebook {OUTPUT}[data-mime-type="application/vnd.jupyter.error"], '
                          '.jp-Notebook [data-mime-type="application/vnd.jupyter.stderr"]')
    if errors.count():
        pytest.fail("a cell failed in the browser:\n" + "\n".join(errors.all_inner_texts())[-3000:])


def test_chart_lesson_shows_its_figures(page: Any, lab_server: Any, artifacts: Path) -> None:
    """A lesson with charts, run in the browser, shows each chart as a decoded image."""
    charted = _lessons_with_images()
    if not charted:
        pytest.skip("no committed lesson has a chart output yet")
    lesson = charted[0]
    open_copy(page, lab_server, lesson.path, f"copy-{lesson.slug}.ipynb")
    restart_and_run_all(page)
    images = page.locator(f".jp-Notebook {OUTPUT} img")
    images.first.wait_for()
    stored = sum("image/png" in out.get("data", {})
                 for cell in json.loads(lesson.path.read_text(encoding="utf-8"))["cells"]
                 for out in cell.get("outputs", []))
    assert images.count() >= stored >= 1
    widths = images.evaluate_all("imgs => imgs.map(i => i.naturalWidth)")
    assert all(w > 100 for w in widths), widths
    images.first.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"browser-{lesson.slug}.png"))
