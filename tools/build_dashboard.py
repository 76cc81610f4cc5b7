"""Build the teacher's class dashboard (English and French) from its text sources, and execute it.

    python tools/build_dashboard.py

Each ``notebooks/teacher/src/class-dashboard.LANG.py`` (jupytext "percent" format) becomes
``notebooks/teacher/class-dashboard.LANG.ipynb``, executed in a fresh kernel on the sample class
shipped with the package (``lessons_lib/quiz/sample_class``), with the same clean metadata as the
lessons (``tools/build_notebooks.py``), so nbval can compare every stored output.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
TEACHER = ROOT / "notebooks" / "teacher"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def _lesson_builder():
    spec = importlib.util.spec_from_file_location("build_notebooks", ROOT / "tools" / "build_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def notebook_from_source(source: Path) -> nbformat.NotebookNode:
    """The unexecuted dashboard for one text source: clean metadata, stable cell ids."""
    nb = jupytext.read(source, fmt="py:percent")
    nb.metadata = nbformat.from_dict({"kernelspec": KERNELSPEC, "language_info": {"name": "python"}})
    lang = source.stem.rsplit(".", 1)[-1]
    for number, cell in enumerate(nb.cells, start=1):
        cell.id = f"dashboard-{lang}-{number:03d}"
        cell.metadata = nbformat.from_dict({})
    return nb


def build(source: Path) -> Path:
    nb = notebook_from_source(source)
    env_before = dict(os.environ)
    os.environ.pop("TECHGEO_CLASS_RESULTS", None)  # the sample class, always
    try:
        NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(TEACHER)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    target = TEACHER / f"{source.stem}.ipynb"
    nbformat.write(_lesson_builder().clean(nb), target)
    return target


def main() -> int:
    for source in sorted((TEACHER / "src").glob("class-dashboard.*.py")):
        try:
            target = build(source)
        except Exception as err:
            print(f"{source.name}: {type(err).__name__}: {err}", file=sys.stderr)
            return 1
        print(f"built {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
