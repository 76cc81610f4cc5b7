"""Build the lesson notebooks from their text sources, execute them and clean their metadata.

    python tools/build_notebooks.py                 # every notebooks/src/*.py
    python tools/build_notebooks.py 02-timeline     # one lesson (name with or without .py)

Each ``notebooks/src/NN-slug.py`` (jupytext "percent" format) becomes ``notebooks/NN-slug.ipynb``,
executed top to bottom in a fresh kernel started in ``notebooks/``. The saved notebook has the
kernelspec ``python3``, execution counts 1..n, stable cell ids, merged print outputs, no widget
state or widget views (a quiz keeps its static version), no timings, and
solution and check cells (tags ``solution``, ``check``) folded with ``"jupyter": {"source_hidden": true}``.
A cell that raises stops the build with the lesson name and the error.
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

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
HIDDEN_TAGS = {"solution", "check"}  # cells whose source is folded: solutions and answer checks
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def notebook_from_source(source: Path) -> nbformat.NotebookNode:
    """The unexecuted notebook for one text source, with clean metadata."""
    nb = jupytext.read(source, fmt="py:percent")
    nb.metadata = nbformat.from_dict({"kernelspec": KERNELSPEC, "language_info": {"name": "python"}})
    for number, cell in enumerate(nb.cells, start=1):
        cell.id = f"{source.stem[:2]}-{number:03d}"
        tags = list(cell.metadata.get("tags", []))
        cell.metadata = nbformat.from_dict({"tags": tags} if tags else {})
        if HIDDEN_TAGS & set(tags):
            cell.metadata["jupyter"] = {"source_hidden": True}
    return nb


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what makes a saved notebook differ between runs or machines."""
    nb.metadata.pop("widgets", None)
    nb.metadata["language_info"] = {"name": "python"}
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


def build(source: Path, timeout: int = 120) -> Path:
    """Execute one lesson source and write its ``.ipynb`` beside ``notebooks/src``."""
    nb = notebook_from_source(source)
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
    target = NOTEBOOKS / f"{source.stem}.ipynb"
    nbformat.write(clean(nb), target)
    return target


def main(names: list[str]) -> int:
    sources = [SOURCES / (n if n.endswith(".py") else f"{n}.py") for n in names] or sorted(SOURCES.glob("*.py"))
    for source in sources:
        if not source.is_file():
            print(f"no lesson source {source.relative_to(ROOT)}", file=sys.stderr)
            return 2
        start = time.perf_counter()
        try:
            target = build(source)
        except Exception as err:  # report which lesson failed, then stop
            print(f"{source.name}: {type(err).__name__}: {err}", file=sys.stderr)
            return 1
        print(f"built {target.relative_to(ROOT)} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
