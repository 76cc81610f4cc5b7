"""A JupyterLite site of the lessons: Jupyter running in the learner's browser (Pyodide kernel).

:func:`build_lite` copies the lesson notebooks and a *lite wheel* of ``lessons_lib`` into a
staging folder and runs ``jupyter lite build`` (``jupyterlite-core`` with
``jupyterlite-pyodide-kernel``) in a subprocess. The build itself reads nothing from the network.

The lite wheel (:func:`write_lite_wheel`) holds the package code and the lesson data, and declares
only the dependencies Pyodide can provide (pandas, matplotlib, ipywidgets, PyYAML, platformdirs,
filelock), not the server-side ones (JupyterLab, nbconvert...), so that ``%pip install
techgeo-lessons`` resolves in the browser. Pyodide itself and its packages come from a CDN at run
time unless a local Pyodide tarball is given (``pyodide=``): see ``docs/deployment.md``.

Nothing here imports jupyterlite at import time (``tests/test_lite.py`` checks it); the browser
wheel depends on

>>> LITE_DEPENDENCIES
('pandas', 'matplotlib', 'ipywidgets', 'PyYAML', 'platformdirs', 'filelock')
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import Lesson, lessons
from .output import replacing
from .words import N_, gettext

__all__ = ["INSTALL_HINT", "LITE_DEPENDENCIES", "LiteResult", "build_lite", "missing_packages", "write_lite_wheel"]

INSTALL_HINT = "python -m pip install jupyterlite-core jupyterlite-pyodide-kernel"
# module -> distribution, for the build (jupyter_server indexes the contents; it comes with JupyterLab)
_BUILD_MODULES = {
    "jupyterlite_core": "jupyterlite-core",
    "jupyterlite_pyodide_kernel": "jupyterlite-pyodide-kernel",
    "jupyter_server": "jupyter-server",
}
# the runtime dependencies Pyodide can provide; JupyterLab, ipykernel, nbconvert... stay out
LITE_DEPENDENCIES = ("pandas", "matplotlib", "ipywidgets", "PyYAML", "platformdirs", "filelock")
_FIXED_TIME = (2020, 8, 6, 0, 0, 0)  # zip entries are dated, so that a rebuilt wheel is byte-identical
_SKIP_DIRS = {"__pycache__", "_notebooks", "_data"}
# the front-end extensions the site carries (others installed in this Python, e.g. Voila's, stay out)
_EXTENSIONS = ("@jupyterlite/pyodide-kernel-extension", "@jupyter-widgets/jupyterlab-manager", "jupyterlab_pygments")
_REQUIRED_EXTENSIONS = {"@jupyter-widgets/jupyterlab-manager": "jupyterlab_widgets",
                        "@jupyterlite/pyodide-kernel-extension": "jupyterlite-pyodide-kernel"}


def missing_packages() -> list[str]:
    """The distributions the build needs that are not installed (pip names), in install order.

    >>> isinstance(missing_packages(), list)
    True
    """
    return [dist for module, dist in _BUILD_MODULES.items() if importlib.util.find_spec(module) is None]


def _requirements() -> list[str]:
    """``Requires-Dist`` lines of the lite wheel: the package's own pins for :data:`LITE_DEPENDENCIES`."""
    from importlib import metadata

    wanted = {name.lower(): name for name in LITE_DEPENDENCIES}
    try:
        declared = metadata.requires("techgeo-lessons") or []
    except metadata.PackageNotFoundError:
        declared = []
    found: dict[str, str] = {}
    for spec in declared:
        if ";" in spec:  # extras and markers are not for the browser
            continue
        name = re.split(r"[\s<>=!~\[(]", spec, maxsplit=1)[0].lower()
        if name in wanted:
            found[name] = spec.strip()
    return [found.get(key, name) for key, name in wanted.items()]


def write_lite_wheel(folder: str | Path) -> Path:
    """Write ``techgeo_lessons-VERSION-py3-none-any.whl`` for the browser into ``folder``.

    It holds ``lessons_lib`` (code, and the lesson data as ``lessons_lib/_data``) without the
    notebooks (the site carries them), and depends only on what Pyodide can install.

    >>> import tempfile, zipfile
    >>> wheel = write_lite_wheel(tempfile.mkdtemp())
    >>> names = zipfile.ZipFile(wheel).namelist()
    >>> "lessons_lib/quiz/model.py" in names, "lessons_lib/_data/quizzes/00-start-here.yaml" in names
    (True, True)
    >>> meta = zipfile.ZipFile(wheel).read(f"{wheel.name.split('-py3')[0]}.dist-info/METADATA").decode()
    >>> "Requires-Dist: jupyterlab" in meta, "Requires-Dist: pandas" in meta
    (False, True)
    """
    import lessons_lib
    from lessons_lib.schema import data_dir

    version = lessons_lib.__version__
    package = Path(lessons_lib.__file__).resolve().parent
    files: list[tuple[str, Path]] = []
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if path.is_file() and not _SKIP_DIRS.intersection(relative.parts[:-1]) and path.suffix != ".pyc":
            files.append((f"lessons_lib/{relative.as_posix()}", path))
    data = data_dir()
    for path in sorted(data.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            files.append((f"lessons_lib/_data/{path.relative_to(data).as_posix()}", path))

    info = f"techgeo_lessons-{version}.dist-info"
    metadata_text = "\n".join([
        "Metadata-Version: 2.1", "Name: techgeo-lessons", f"Version: {version}",
        "Summary: techgeo-lessons for JupyterLite (Pyodide): lessons_lib with the lesson data",
        "Requires-Python: >=3.10", *[f"Requires-Dist: {spec}" for spec in _requirements()], "",
    ])
    generated = {
        f"{info}/METADATA": metadata_text.encode(),
        f"{info}/WHEEL": (b"Wheel-Version: 1.0\nGenerator: lessons_lib.course.jupyterlite\nRoot-Is-Purelib: true\n"
                          b"Tag: py3-none-any\n"),
        f"{info}/top_level.txt": b"lessons_lib\n",
    }
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    wheel = folder / f"techgeo_lessons-{version}-py3-none-any.whl"
    record: list[str] = []
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        entries = [(name, path.read_bytes()) for name, path in files] + sorted(generated.items())
        for name, content in entries:
            entry = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, content, compress_type=zipfile.ZIP_DEFLATED)
            digest = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
            record.append(f"{name},sha256={digest},{len(content)}")
        record.append(f"{info}/RECORD,,")
        entry = zipfile.ZipInfo(f"{info}/RECORD", date_time=_FIXED_TIME)
        entry.external_attr = 0o644 << 16
        archive.writestr(entry, "\n".join(record) + "\n")
    return wheel


@dataclass
class LiteResult:
    """What a build wrote: the site folder, the notebooks in it, the wheel, seconds taken, size in bytes."""

    output: Path
    notebooks: list[str] = field(default_factory=list)
    wheel: str | None = None
    seconds: float = 0.0
    size: int = 0


def _extension_folders() -> list[str]:
    """Folders of the front-end extensions in :data:`_EXTENSIONS` installed in this Python."""
    from jupyter_core.paths import jupyter_path

    found: dict[str, str] = {}
    for root in jupyter_path("labextensions"):
        for name in _EXTENSIONS:
            if name not in found and (Path(root) / name / "package.json").is_file():
                found[name] = str(Path(root) / name)
    absent = [dist for name, dist in _REQUIRED_EXTENSIONS.items() if name not in found]
    if absent:
        raise RuntimeError(gettext("front-end extensions missing; install with: {command}").format(
            command=f"python -m pip install {' '.join(absent)}"))
    return [found[name] for name in _EXTENSIONS if name in found]


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build_lite(
    output: str | Path,
    *,
    only: Sequence[str] | None = None,
    wheel: bool = True,
    pyodide: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    force: bool = False,
) -> LiteResult:
    """Build the JupyterLite site of the lessons into ``output`` (a new, empty or earlier site folder).

    ``only`` limits the lessons (numbers or slugs); ``wheel=False`` leaves out the lite wheel;
    ``pyodide`` is a local Pyodide distribution tarball to put inside the site (then the kernel
    needs no CDN). Raises ``RuntimeError`` when the JupyterLite packages are missing or the build
    fails, ``ValueError`` for a bad ``output`` or lesson.

    The site is built beside ``output`` and swapped in whole (see :mod:`lessons_lib.course.output`): an
    ``output`` holding files an earlier build did not write is refused unless ``force``, and an
    interrupted or failed build leaves the old site as it was.
    """
    missing = missing_packages()
    if missing:
        raise RuntimeError(gettext("the JupyterLite build needs {packages}; install with: {command}").format(
            packages=", ".join(missing), command=INSTALL_HINT))
    _check_pyodide(pyodide)
    say = progress or (lambda _msg: None)
    output = Path(output).resolve()
    chosen = _chosen_lessons(only)
    started = time.monotonic()
    with replacing(output, N_("JupyterLite site"), force) as building, \
            tempfile.TemporaryDirectory(prefix="techgeo-lite-") as staging_name:
        staging = Path(staging_name)
        contents = staging / "contents"
        contents.mkdir()
        for lesson in chosen:
            shutil.copyfile(lesson.path, contents / lesson.path.name)
        config = {"LiteBuildConfig": {"ignore_sys_prefix": ["federated_extensions"],
                                      "federated_extensions": _extension_folders()}}
        (staging / "jupyter_lite_config.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
        built_wheel = write_lite_wheel(staging / "wheels") if wheel else None
        command = _build_command(staging, building, built_wheel, pyodide)
        say(gettext("Building the JupyterLite site in {folder} ({n} lessons)...").format(folder=output, n=len(chosen)))
        # the staging folder as cwd and lite dir: its jupyter_lite_config.json, not the caller's
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        done = subprocess.run(command, cwd=staging, env=env, capture_output=True, text=True)
        if done.returncode != 0 or not (building / "jupyter-lite.json").is_file():
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            raise RuntimeError(gettext("jupyter lite build failed (exit {code}):").format(code=done.returncode)
                               + f"\n{tail}")
        json.loads((building / "jupyter-lite.json").read_text(encoding="utf-8"))  # a readable configuration
    return LiteResult(output, [x.path.name for x in chosen], built_wheel.name if built_wheel else None,
                      time.monotonic() - started, _folder_size(output))


def _check_pyodide(pyodide: str | Path | None) -> None:
    """A local ``--pyodide`` must be a regular file (a device or a pipe would make the build read forever)."""
    if pyodide is None or re.match(r"^https?://", str(pyodide)):
        return
    from ..reading import Unreadable, check_regular

    try:
        check_regular(pyodide, 4 << 30, "a Pyodide tarball (.tar.bz2)")
    except Unreadable as err:
        raise ValueError(gettext("--pyodide {path}: expected {expected}").format(
            path=pyodide, expected=err.expected)) from None


def _chosen_lessons(only: Sequence[str] | None) -> list[Lesson]:
    """The lessons named in ``only`` (numbers or slugs), or all of them."""
    chosen = [x for x in lessons() if not only or any(x.matches(key) for key in only)]
    if not chosen:
        raise ValueError(gettext("no lesson matches {keys}").format(keys=repr(" ".join(only or []))))
    return chosen


def _build_command(staging: Path, building: Path, wheel: Path | None, pyodide: str | Path | None) -> list[str]:
    """The ``jupyter lite build`` command line: the staged lessons into ``building``."""
    command = [sys.executable, "-m", "jupyterlite_core", "build", "--lite-dir", str(staging),
               "--contents", str(staging / "contents"), "--output-dir", str(building), "--no-sourcemaps"]
    if wheel is not None:
        command += ["--piplite-wheels", str(wheel)]
    if pyodide is not None:
        command += ["--pyodide", str(pyodide)]
    return command
