"""Build the two editions of every lesson from its text source, execute them and clean their metadata.

    python tools/build_notebooks.py                 # every notebooks/src/*.py
    python tools/build_notebooks.py 02-timeline     # one lesson (name with or without .py)

Each ``notebooks/src/NN-slug.py`` (jupytext "percent" format) becomes two notebooks:

- the **learner's edition** ``notebooks/NN-slug.ipynb``: each solution (a code cell tagged
  ``solution`` in the source) becomes a Markdown cell holding the code in a ``<details>`` block,
  which every front end folds and none executes; running the lesson never runs a solution, so
  each check (tag ``check``) shows "not answered yet" until the learner answers;
- the **teacher's edition** ``notebooks/teacher/NN-slug.ipynb``: the solutions are code cells and
  run, so each check shows "Correct" (nbval proves that every solution passes its own check).

Both are executed top to bottom in a fresh kernel started in ``notebooks/`` and saved with the
kernelspec ``python3``, execution counts 1..n, stable cell ids, merged print outputs, no widget
state or widget views (a quiz keeps its static version) and no timings. A cell that raises stops
the build with the lesson name and the error.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SOURCES = NOTEBOOKS / "src"

TEACHER = NOTEBOOKS / "teacher"
EDITIONS = ("learner", "teacher")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
SOLUTION_SUMMARY = "Show a solution (try on your own first)"
TEACHER_BANNER = ("\n\n> **Teacher's edition.** The solutions run in this edition, so every check says "
                  "\"Correct\". Hand out the learner's edition (`notebooks/{name}`), where solutions stay "
                  "folded and never run.")


def solution_as_markdown(code: str) -> str:
    """A solution's code inside a ``<details>`` block: shown only when the learner clicks, never run.

    >>> print(solution_as_markdown("answer = 1"))
    <details>
    <summary>Show a solution (try on your own first)</summary>
    <BLANKLINE>
    ```python
    answer = 1
    ```
    <BLANKLINE>
    </details>
    """
    return f"<details>\n<summary>{SOLUTION_SUMMARY}</summary>\n\n```python\n{code.strip()}\n```\n\n</details>"


def notebook_from_source(source: Path, edition: str = "learner") -> nbformat.NotebookNode:
    """The unexecuted notebook of one edition (``learner`` or ``teacher``) of a text source."""
    if edition not in EDITIONS:
        raise ValueError(f"edition must be one of {EDITIONS}, not {edition!r}")
    nb = jupytext.read(source, fmt="py:percent")
    nb.metadata = nbformat.from_dict({"kernelspec": KERNELSPEC, "language_info": {"name": "python"}})
    cells = []
    for number, cell in enumerate(nb.cells, start=1):
        tags = list(cell.metadata.get("tags", []))
        if "solution" in tags and edition == "learner":
            cell = nbformat.v4.new_markdown_cell(solution_as_markdown(cell.source))
        cell.id = f"{source.stem[:2]}-{number:03d}"
        cell.metadata = nbformat.from_dict({"tags": tags} if tags else {})
        cells.append(cell)
    if edition == "teacher":
        cells[0].source += TEACHER_BANNER.format(name=f"{source.stem}.ipynb")
    nb.cells = cells
    return nb


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what makes a saved notebook differ between runs or machines."""
    nb.metadata.pop("widgets", None)
    # keep the language_info the kernel reported (JupyterLab writes it on opening: if it differed
    # from the file's, an untouched lesson would show as modified and ask to be saved)
    count = 0
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        if cell.cell_type != "code":
            continue
        count += 1
        cell.execution_count = count
        cell.outputs = _merge_streams(cell.get("outputs", []))
        for output in cell.outputs:
            if "execution_count" in output:
                output["execution_count"] = count
            output.get("metadata", {}).pop("transient", None)
            # No widget state is saved, so a saved widget view would point at nothing ("model not
            # found" in a trusted notebook). Keep the quiz's static text/html version: it shows on
            # GitHub, nbviewer and in JupyterLab until the learner runs the cell.
            output.get("data", {}).pop(WIDGET_VIEW, None)
    return nb


def _merge_streams(outputs: list) -> list:
    """Consecutive prints to the same stream as one output, however the kernel flushed them."""
    merged: list = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (output.get("output_type") == "stream" and previous is not None
                and previous.get("output_type") == "stream" and previous.get("name") == output.get("name")):
            previous["text"] = "".join(previous["text"]) + "".join(output["text"])
        else:
            merged.append(output)
    return merged


def target_of(source: Path, edition: str) -> Path:
    """Where an edition of a lesson is saved: ``notebooks/`` for learners, ``notebooks/teacher/``."""
    return (NOTEBOOKS if edition == "learner" else TEACHER) / f"{source.stem}.ipynb"


def build(source: Path, edition: str = "learner", timeout: int = 120) -> Path:
    """Execute one edition of a lesson source and save it (see :func:`target_of`)."""
    nb = notebook_from_source(source, edition)
    with tempfile.TemporaryDirectory(prefix="techgeo-build-") as results:
        env_before = dict(os.environ)
        os.environ["TECHGEO_RESULTS_DIR"] = results  # building never touches a learner's results
        os.environ.pop("TECHGEO_LANG", None)
        try:
            client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                                    resources={"metadata": {"path": str(NOTEBOOKS)}})
            client.execute()
        finally:
            os.environ.clear()
            os.environ.update(env_before)
    target = target_of(source, edition)
    target.parent.mkdir(exist_ok=True)
    nbformat.write(clean(nb), target)
    return target


def main(names: list[str]) -> int:
    sources = [SOURCES / (n if n.endswith(".py") else f"{n}.py") for n in names] or sorted(SOURCES.glob("*.py"))
    for source in sources:
        if not source.is_file():
            print(f"no lesson source {source.relative_to(ROOT)}", file=sys.stderr)
            return 2
        for edition in EDITIONS:
            start = time.perf_counter()
            try:
                target = build(source, edition)
            except Exception as err:  # report which lesson failed, then stop
                print(f"{source.name} ({edition}'s edition): {type(err).__name__}: {err}", file=sys.stderr)
                return 1
            print(f"built {target.relative_to(ROOT)} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
