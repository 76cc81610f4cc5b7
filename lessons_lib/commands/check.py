"""``techgeo-lessons check``: is this environment ready for the lessons?

Each line starts with ``[ OK ]`` or ``[FAIL]``; every failure is followed by a ``fix:`` line.
The exit code is 0 when everything is fine and 1 when anything failed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from lessons_lib.cli import EXIT_OK, EXIT_PROBLEMS

# distribution name -> (oldest supported version, what it is for)
REQUIRED = {
    "pandas": ("3.0", "tables"),
    "matplotlib": ("3.9", "charts"),
    "ipywidgets": ("8.1", "quizzes"),
    "jupyterlab": ("4.2", "the notebook interface"),
    "ipykernel": ("6.29", "running Python in notebooks"),
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
        return [head] if self.ok or not self.fix else [head, f"       fix: {self.fix}"]


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
                 "install Python 3.10 or newer and reinstall techgeo-lessons in it")


def check_package(name: str) -> Check:
    oldest, purpose = REQUIRED[name]
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError:
        return Check(False, f"{name} is not installed (needed for {purpose})", _pip(f"{name}>={oldest}"))
    if _version_tuple(version) < _version_tuple(oldest):
        return Check(False, f"{name} {version} is too old (need {oldest} or newer, for {purpose})",
                     _pip(f"{name}>={oldest}", "--upgrade"))
    return Check(True, f"{name} {version}")


def check_widgets_frontend() -> Check:
    """The JupyterLab side of ipywidgets: without it, quizzes show as text only."""
    fix = _pip("jupyterlab_widgets>=3") + ", then restart JupyterLab"
    try:
        version = metadata.version("jupyterlab_widgets")
    except metadata.PackageNotFoundError:
        return Check(False, "widgets front end (jupyterlab_widgets) is not installed: quizzes would show "
                            "as text only", fix)
    try:
        from jupyter_core.paths import jupyter_path

        places = [Path(p) / "@jupyter-widgets" / "jupyterlab-manager" for p in jupyter_path("labextensions")]
    except ImportError:
        places = [Path(sys.prefix) / "share/jupyter/labextensions/@jupyter-widgets/jupyterlab-manager"]
    if not any((p / "package.json").is_file() for p in places):
        return Check(False, f"jupyterlab_widgets {version} is installed but its JupyterLab extension "
                            "was not found", _pip("jupyterlab_widgets>=3", "--force-reinstall"))
    return Check(True, f"widgets front end: jupyterlab_widgets {version}")


def check_kernel() -> Check:
    fix = f"{Path(sys.executable).name} -m ipykernel install --user --name python3"
    try:
        from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

        try:
            spec = KernelSpecManager().get_kernel_spec("python3")
        except NoSuchKernel:
            return Check(False, "no 'python3' Jupyter kernel", fix)
    except ImportError:
        return Check(False, "jupyter_client is not installed", _pip("ipykernel>=6.29"))
    return Check(True, f"Jupyter kernel 'python3' ({spec.display_name})")


def check_data() -> Check:
    fix = ("reinstall the package: " + _pip("techgeo-lessons", "--force-reinstall")
           + " (in a checkout, techgeo-lessons validate data/ lists every problem)")
    try:
        from lessons_lib.validation import validate_package

        reports = validate_package()
    except Exception as err:  # any failure here is what the learner must hear about
        return Check(False, f"lesson data does not load: {str(err).splitlines()[0]}", fix)
    bad = [r for r in reports if not r.ok]
    if bad:
        first = str(bad[0]).splitlines()
        detail = f" (first: {first[1].strip(' -')})" if len(first) > 1 else ""
        return Check(False, f"lesson data has problems in {', '.join(r.file for r in bad)}{detail}", fix)
    rows = sum(r.rows for r in reports)
    return Check(True, f"lesson data loads: {len(reports) - 1} tables, {rows} rows, no problems")


def check_lessons() -> Check:
    from lessons_lib.workspace import lessons, notebooks_dir

    found = lessons()
    if not found:
        return Check(False, f"no lesson notebooks found in {notebooks_dir()}",
                     _pip("techgeo-lessons", "--force-reinstall"))
    return Check(True, f"{len(found)} lessons found in {notebooks_dir()}")


def check_results_folder() -> Check:
    """The folder the quizzes save answers in, as the store itself decides it (one function for both)."""
    from lessons_lib.quiz.results import ResultsError, results_dir

    fix = ("make {folder} writable, or set TECHGEO_RESULTS_DIR to a folder you can write "
           "(e.g. export TECHGEO_RESULTS_DIR=$HOME/techgeo-results)")
    try:
        folder = results_dir()
    except ResultsError as err:
        return Check(False, f"quiz results folder: {err}",
                     "unset TECHGEO_RESULTS_DIR, or set it to a folder you can write "
                     "(e.g. export TECHGEO_RESULTS_DIR=$HOME/techgeo-results)")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".check-", delete=True):
            pass
    except OSError as err:
        return Check(False, f"quiz results folder {folder} is not writable ({err.strerror})",
                     fix.format(folder=folder))
    return Check(True, f"quiz results folder {folder} is writable")


CHECKS: tuple[Callable[[], Check], ...] = (
    check_python,
    *(lambda name=name: check_package(name) for name in REQUIRED),
    check_widgets_frontend,
    check_kernel,
    check_data,
    check_lessons,
    check_results_folder,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check that this environment can run the lessons",
        description="Check Python and package versions, the widgets front end, the Jupyter kernel, "
                    "the lesson data and the quiz results folder. Prints [ OK ] or [FAIL] per line, "
                    "with a fix for each failure.",
        epilog="Exit codes: 0 everything is fine, 1 something failed.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    failures = 0
    for check in CHECKS:
        result = check()
        failures += not result.ok
        print("\n".join(result.lines()), flush=True)
    if failures:
        print(f"\n{failures} check(s) failed: apply the fix under each [FAIL] line, then run "
              "techgeo-lessons check again.")
        return EXIT_PROBLEMS
    print("\nEverything is ready: run techgeo-lessons lab")
    return EXIT_OK
