"""The built wheel works on its own: data, notebooks and the command come from the wheel, not the checkout.

The wheel is built offline (``pip wheel --no-build-isolation``, hatchling from the test extra) and
installed with ``--no-deps`` into a throwaway venv made with ``--system-site-packages`` from a
Python whose site-packages hold the dependencies; the test then proves that ``lessons_lib`` itself
is imported from the throwaway venv, and runs everything from a folder outside the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{command}:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(PIP_NO_INPUT="1", PIP_DISABLE_PIP_VERSION_CHECK="1", TECHGEO_RESULTS_DIR=str(base / "results"))
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(base / "dist"),
          str(ROOT)], base, env)
    wheel = next((base / "dist").glob("techgeo_lessons-*.whl"))
    # A venv whose base interpreter is this one; the dependencies come from this environment's
    # site-packages through a .pth file, lessons_lib only from the wheel.
    target = base / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(target)
    python = target / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     base, env).stdout.strip())
    deps = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (site / "_deps_from_test_env.pth").write_text("\n".join(deps) + "\n")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
          str(wheel)], base, env)
    outside = base / "elsewhere"
    outside.mkdir()
    return target, outside, env


def test_wheel_ships_data_and_notebooks(installed: tuple[Path, Path, dict[str, str]]) -> None:
    target, outside, env = installed
    code = ("import lessons_lib, lessons_lib.schema as s, lessons_lib.course.catalogue as w\n"
            "from lessons_lib.validation import validate_package\n"
            "print(lessons_lib.__file__); print(s.data_dir()); print(w.notebooks_dir())\n"
            "assert all(r.ok for r in validate_package()), [str(r) for r in validate_package() if not r.ok]\n"
            "for name in s.table_names(): lessons_lib.load_table(name)\n"
            "print(len(w.lessons()))\n"
            "from lessons_lib.i18n import gettext; assert gettext('Check', 'fr') == 'Vérifier', 'no catalogue'")
    out = _run([str(target / "bin" / "python"), "-c", code], outside, env).stdout.splitlines()
    module, data, notebooks, count = out[0], out[1], out[2], int(out[3])
    assert module.startswith(str(target)) and "/work/" not in module.replace(str(target), "")
    assert data.endswith("lessons_lib/_data") and notebooks.endswith("lessons_lib/_notebooks")
    assert count == len(list((ROOT / "notebooks").glob("[0-9]*.ipynb")))


def test_wheel_command_lists_and_sets_up_lessons(installed: tuple[Path, Path, dict[str, str]]) -> None:
    target, outside, env = installed
    command = str(target / "bin" / "techgeo-lessons")
    listing = _run([command, "list"], outside, env).stdout
    assert "lessons," in listing and "min" in listing
    lab = _run([command, "lab", "--no-browser", "--dry-run"], outside, env).stdout
    assert "Would copy" in lab and "techgeo-lessons" in lab
    quizzes = Path(_run([str(target / "bin" / "python"), "-c",
                         "import lessons_lib.schema as s; print(s.data_dir() / 'quizzes')"], outside, env)
                   .stdout.strip())
    assert any(quizzes.glob("*.yaml"))
