"""Build the teacher's class dashboard (English and French) from its text sources, and execute it.

    python tools/build_dashboard.py

Each ``notebooks/teacher/src/class-dashboard.LANG.py`` (jupytext "percent" format) becomes
``notebooks/teacher/class-dashboard.LANG.ipynb``, executed in a fresh kernel on the sample class
shipped with the package (``lessons_lib/quiz/sample_class``), with the same clean metadata as the
lessons (``tools/build_notebooks.py``), so nbval can compare every stored output.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import jupytext
import nbformat

ROOT = Path(__file__).resolve().parent.parent
TEACHER = ROOT / "notebooks" / "teacher"


def _lesson_builder():
    spec = importlib.util.spec_from_file_location("build_notebooks", ROOT / "tools" / "build_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def notebook_from_source(source: Path) -> nbformat.NotebookNode:
    """The unexecuted dashboard for one text source: clean metadata, stable cell ids."""
    nb = jupytext.read(source, fmt="py:percent")
    nb.metadata = nbformat.from_dict({"kernelspec": _lesson_builder().KERNELSPEC, "language_info": {"name": "python"}})
    lang = source.stem.rsplit(".", 1)[-1]
    for number, cell in enumerate(nb.cells, start=1):
        cell.id = f"dashboard-{lang}-{number:03d}"
        cell.metadata = nbformat.from_dict({})
    return nb


def build(source: Path) -> Path:
    # the sample class, always: never a real class's results the machine happens to point at
    return _lesson_builder().execute_and_save(notebook_from_source(source), TEACHER / f"{source.stem}.ipynb",
                                              unset=("TECHGEO_CLASS_RESULTS",))


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
