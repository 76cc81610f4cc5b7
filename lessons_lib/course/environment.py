"""Is this environment ready for the lessons? The checks behind ``techgeo-lessons check``.

Each check returns a :class:`Check`: passed or not, what was seen, and how to fix a failure.
:func:`run_checks` runs them all in order (the command prints each as it comes).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from lessons_lib.course.words import N_, gettext

# distribution name -> (oldest supported version, what it is for)
REQUIRED = {
    "pandas": ("3.0", N_("tables")),
    "matplotlib": ("3.9", N_("charts")),
    "ipywidgets": ("8.1", N_("quizzes")),
    "jupyterlab": ("4.2", N_("the notebook interface")),
    "ipykernel": ("6.29", N_("running Python in notebooks")),
}


@dataclass
class Check:
    """One line of the report: passed or not, what was seen, and how to fix a failure."""

    ok: bool
    label: str
    fix: str = ""

    def lines(self) -> list[str]:
        """The line(s) printed for this check.

        >>> Check(False, "pandas missing", "pip install pandas").lines()
        ['[FAIL] pandas missing', '       fix: pip install pandas']
        """
        head = f"{'[ OK ]' if self.ok else '[FAIL]'} {self.label}"
        return [head] if self.ok or not self.fix else [head, "       " + gettext("fix: {fix}").format(fix=self.fix)]


def _pip(spec: str, options: str = "") -> str:
    """The pip command that installs ``spec`` into this Python.

    >>> _pip("pandas>=3.0", "--upgrade").endswith("-m pip install --upgrade 'pandas>=3.0'")
    True
    """
    return f"{sys.executable} -m pip install {options + ' ' if options else ''}'{spec}'"


def _version_tuple(text: str) -> tuple[int, ...]:
    """Leading numeric parts of a version string.

    >>> _version_tuple("3.11.2rc1") >= _version_tuple("3.9")
    True
    """
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit()) if piece[:1].isdigit() else ""
        if not digits:
            break
        parts.append(int(digits))
        if not piece.isdigit():
            break
    return tuple(parts)


def check_python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    ok = sys.version_info >= (3, 10)
    return Check(ok, f"Python {version} ({sys.executable})",
                 gettext("install Python 3.10 or newer and reinstall techgeo-lessons in it"))


def check_package(name: str) -> Check:
    oldest, purpose = REQUIRED[name]
    purpose = gettext(purpose)
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError:
        return Check(False, gettext("{name} is not installed (needed for {purpose})").format(
                         name=name, purpose=purpose),
                     _pip(f"{name}>={oldest}"))
    if _version_tuple(version) < _version_tuple(oldest):
        return Check(False, gettext("{name} {version} is too old (need {oldest} or newer, for {purpose})").format(
                         name=name, version=version, oldest=oldest, purpose=purpose),
                     _pip(f"{name}>={oldest}", "--upgrade"))
    return Check(True, f"{name} {version}")


def check_widgets_frontend() -> Check:
    """The JupyterLab side of ipywidgets: without it, quizzes show as text only."""
    fix = gettext("{command}, then restart JupyterLab").format(command=_pip("jupyterlab_widgets>=3"))
    try:
        version = metadata.version("jupyterlab_widgets")
    except metadata.PackageNotFoundError:
        return Check(False, gettext("widgets front end (jupyterlab_widgets) is not installed: quizzes would "
                                    "show as text only"), fix)
    try:
        from jupyter_core.paths import jupyter_path

        places = [Path(p) / "@jupyter-widgets" / "jupyterlab-manager" for p in jupyter_path("labextensions")]
    except ImportError:
        places = [Path(sys.prefix) / "share/jupyter/labextensions/@jupyter-widgets/jupyterlab-manager"]
    if not any((p / "package.json").is_file() for p in places):
        return Check(False, gettext("jupyterlab_widgets {version} is installed but its JupyterLab extension "
                                    "was not found").format(version=version),
                     _pip("jupyterlab_widgets>=3", "--force-reinstall"))
    return Check(True, gettext("widgets front end: jupyterlab_widgets {version}").format(version=version))


def check_kernel() -> Check:
    fix = f"{Path(sys.executable).name} -m ipykernel install --user --name python3"
    try:
        from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

        try:
            spec = KernelSpecManager().get_kernel_spec("python3")
        except NoSuchKernel:
            return Check(False, gettext("no 'python3' Jupyter kernel"), fix)
    except ImportError:
        return Check(False, gettext("jupyter_client is not installed"), _pip("ipykernel>=6.29"))
    return Check(True, gettext("Jupyter kernel 'python3' ({name})").format(name=spec.display_name))


def check_data() -> Check:
    fix = gettext("reinstall the package: {command} (in a checkout, techgeo-lessons validate data/ lists "
                  "every problem)").format(command=_pip("techgeo-lessons", "--force-reinstall"))
    try:
        from lessons_lib.validation import validate_package

        reports = validate_package()
    except Exception as err:  # any failure here is what the learner must hear about
        return Check(False, gettext("lesson data does not load: {error}").format(error=str(err).splitlines()[0]),
                     fix)
    bad = [r for r in reports if not r.ok]
    if bad:
        first = str(bad[0]).splitlines()
        files = ", ".join(r.file for r in bad)
        label = (gettext("lesson data has problems in {files} (first: {problem})").format(
                     files=files, problem=first[1].strip(" -")) if len(first) > 1
                 else gettext("lesson data has problems in {files}").format(files=files))
        return Check(False, label, fix)
    rows = sum(r.rows for r in reports)
    return Check(True, gettext("lesson data loads: {tables} tables, {rows} rows, no problems").format(
        tables=len(reports) - 1, rows=rows))


def check_lessons() -> Check:
    from lessons_lib.course.catalogue import CatalogueError, lessons, notebooks_dir

    try:
        found = lessons()
    except CatalogueError as err:
        return Check(False, gettext("the lesson catalogue has problems: {problems}").format(
            problems="; ".join(err.problems)), gettext("correct {file}, or restore it with git checkout").format(
            file=notebooks_dir() / "lessons.yaml"))
    if not found:
        return Check(False, gettext("no lesson notebooks found in {folder}").format(folder=notebooks_dir()),
                     _pip("techgeo-lessons", "--force-reinstall"))
    return Check(True, gettext("{count} lessons found in {folder}").format(count=len(found), folder=notebooks_dir()))


def check_results_folder() -> Check:
    """The folder the quizzes save answers in, as the store itself decides it (one function for both)."""
    from lessons_lib.quiz.results import ResultsError, results_dir

    try:
        folder = results_dir()
    except ResultsError as err:
        return Check(False, gettext("quiz results folder: {error}").format(error=err),
                     gettext("unset TECHGEO_RESULTS_DIR, or set it to a folder you can write "
                             "(e.g. export TECHGEO_RESULTS_DIR=$HOME/techgeo-results)"))
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".check-", delete=True):
            pass
    except OSError as err:
        from lessons_lib.i18n import os_error_reason

        return Check(False, gettext("quiz results folder {folder} is not writable ({error})").format(
                         folder=folder, error=os_error_reason(err, folder, writing=True)),
                     gettext("make {folder} writable, or set TECHGEO_RESULTS_DIR to a folder you can write "
                             "(e.g. export TECHGEO_RESULTS_DIR=$HOME/techgeo-results)").format(folder=folder))
    return Check(True, gettext("quiz results folder {folder} is writable").format(folder=folder))


CHECKS: tuple[Callable[[], Check], ...] = (
    check_python,
    *(lambda name=name: check_package(name) for name in REQUIRED),
    check_widgets_frontend,
    check_kernel,
    check_data,
    check_lessons,
    check_results_folder,
)


def run_checks() -> Iterator[Check]:
    """Every check of :data:`CHECKS`, in order, each as soon as it is done."""
    for check in CHECKS:
        yield check()
