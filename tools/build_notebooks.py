"""Build the two editions of every lesson from its text source, execute them and clean their metadata.

    python tools/build_notebooks.py                 # every notebooks/src/*.py
    python tools/build_notebooks.py 02-timeline     # one lesson, in English and (if translated) French
    python tools/build_notebooks.py fr/02-timeline  # the French lesson only

Each ``notebooks/src/NN-slug.py`` (jupytext "percent" format) becomes two notebooks:

- the **learner's edition** ``notebooks/NN-slug.ipynb``: each solution (a code cell tagged
  ``solution`` in the source) becomes a Markdown cell holding the code in a ``<details>`` block,
  which every front end folds and none executes; running the lesson never runs a solution, so
  each check (tag ``check``) shows "not answered yet" until the learner answers;
- the **teacher's edition** ``notebooks/teacher/NN-slug.ipynb``: the solutions are code cells and
  run, so each check shows "Correct" (nbval proves that every solution passes its own check).

A French twin ``notebooks/src/fr/NN-slug.py`` (paired cell by cell, see ``tools/french.py``)
becomes ``notebooks/fr/NN-slug.ipynb`` and ``notebooks/fr/teacher/NN-slug.ipynb`` the same way.

Each is executed top to bottom in a fresh kernel started in its own folder and saved with the
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

FRENCH_SOURCES = SOURCES / "fr"
EDITIONS = ("learner", "teacher")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
SOLUTION_SUMMARY = {"en": "Show a solution (try on your own first)",
                    "fr": "Voir une solution (essayez d'abord seul)"}
TEACHER_BANNER = {
    "en": ("\n\n> **Teacher's edition.** The solutions run in this edition, so every check says \"Correct\". "
           "Hand out the learner's edition (`notebooks/{name}`), where solutions stay folded and never run."),
    "fr": ("\n\n> **Édition de l'enseignant.** Les solutions s'exécutent dans cette édition\u00a0: chaque "
           "vérification affiche «\u00a0Exact\u00a0». Distribuez l'édition de l'élève (`notebooks/fr/{name}`), où "
           "les solutions restent repliées et ne s'exécutent jamais."),
}


def language_of(source: Path) -> str:
    """``fr`` for a source under ``notebooks/src/fr/``, else ``en``."""
    return "fr" if source.parent.name == "fr" else "en"


def solution_as_markdown(code: str, lang: str = "en") -> str:
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
    return f"<details>\n<summary>{SOLUTION_SUMMARY[lang]}</summary>\n\n```python\n{code.strip()}\n```\n\n</details>"


def notebook_from_source(source: Path, edition: str = "learner") -> nbformat.NotebookNode:
    """The unexecuted notebook of one edition (``learner`` or ``teacher``) of a text source."""
    lang = language_of(source)
    if edition not in EDITIONS:
        raise ValueError(f"edition must be one of {EDITIONS}, not {edition!r}")
    nb = jupytext.read(source, fmt="py:percent")
    nb.metadata = nbformat.from_dict({"kernelspec": KERNELSPEC, "language_info": {"name": "python"}})
    cells = []
    for number, cell in enumerate(nb.cells, start=1):
        tags = list(cell.metadata.get("tags", []))
        if "solution" in tags and edition == "learner":
            cell = nbformat.v4.new_markdown_cell(solution_as_markdown(cell.source, lang))
        cell.id = f"{source.stem[:2]}-{number:03d}"
        cell.metadata = nbformat.from_dict({"tags": tags} if tags else {})
        cells.append(cell)
    if edition == "teacher":
        cells[0].source += TEACHER_BANNER[lang].format(name=f"{source.stem}.ipynb")
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
    """Where an edition is saved: ``notebooks/`` (learner's) and ``notebooks/teacher/`` in English,
    ``notebooks/fr/`` and ``notebooks/fr/teacher/`` in French."""
    folder = NOTEBOOKS / "fr" if language_of(source) == "fr" else NOTEBOOKS
    return (folder if edition == "learner" else folder / "teacher") / f"{source.stem}.ipynb"


def execute_and_save(nb: nbformat.NotebookNode, target: Path, unset: tuple[str, ...] = (),
                     timeout: int = 120) -> Path:
    """Run ``nb`` in a fresh kernel started in ``target``'s folder, clean it and save it as ``target``.

    The kernel never touches a learner's results (a temporary results folder), and sees none of the
    environment variables named in ``unset``; the build's own environment is restored afterwards.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="techgeo-build-") as results:
        env_before = dict(os.environ)
        os.environ["TECHGEO_RESULTS_DIR"] = results
        for name in unset:
            os.environ.pop(name, None)
        try:
            NotebookClient(nb, timeout=timeout, kernel_name="python3",
                           resources={"metadata": {"path": str(target.parent)}}).execute()
        finally:
            os.environ.clear()
            os.environ.update(env_before)
    nbformat.write(clean(nb), target)
    return target


def build(source: Path, edition: str = "learner", timeout: int = 120) -> Path:
    """Execute one edition of a lesson source and save it (see :func:`target_of`)."""
    # each lesson sets its own language in its first code cell
    return execute_and_save(notebook_from_source(source, edition), target_of(source, edition),
                            unset=("TECHGEO_LANG",), timeout=timeout)


def sources_for(names: list[str]) -> list[Path]:
    """The sources to build: every lesson in both languages, or the named ones (``02-timeline``,
    ``fr/02-timeline``; a bare name builds its French twin too when there is one)."""
    if not names:
        return sorted(SOURCES.glob("*.py")) + sorted(FRENCH_SOURCES.glob("*.py"))
    chosen: dict[Path, None] = {}  # in order, each once (``02-timeline fr/02-timeline`` builds the French once)
    for name in names:
        stem = name.removesuffix(".py")
        chosen[SOURCES / f"{stem}.py"] = None
        if "/" not in stem and (FRENCH_SOURCES / f"{stem}.py").is_file():
            chosen[FRENCH_SOURCES / f"{stem}.py"] = None
    return list(chosen)


def main(names: list[str]) -> int:
    for source in sources_for(names):
        if not source.is_file():
            print(f"no lesson source {source.relative_to(ROOT)}", file=sys.stderr)
            return 2
        for edition in EDITIONS:
            start = time.perf_counter()
            try:
                target = build(source, edition)
            except Exception as err:  # report which lesson failed, then stop
                print(f"{source.relative_to(SOURCES)} ({edition}'s edition): {type(err).__name__}: {err}",
                      file=sys.stderr)
                return 1
            print(f"built {target.relative_to(ROOT)} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
