"""Ctrl-C during ``html`` or ``lite``: the build stops at once, says so, and the old site is intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lessons_lib.commands.exits import EXIT_INTERRUPTED


def interrupted(args: list[str], started: str, cwd: Path) -> tuple[int, str]:
    """Run the command in its own process group and press Ctrl-C (SIGINT to the group) once it prints ``started``."""
    process = subprocess.Popen([sys.executable, "-m", "lessons_lib", *args], cwd=cwd, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    seen = ""
    while started not in seen:
        line = process.stdout.readline()
        assert line, f"the command ended before printing {started!r}: {process.stderr.read()}"
        seen += line
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=120)
    return process.returncode, seen + out + err


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_ctrl_c_during_html_keeps_the_old_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = subprocess.run([sys.executable, "-m", "lessons_lib", "html", "--no-execute", "--lessons", "00",
                            "-o", str(site)], capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    before = tree(site)
    code, output = interrupted(["html", "--execute", "--lessons", "00", "01", "-o", str(site)], "Running en/00",
                               tmp_path)
    assert code == EXIT_INTERRUPTED, output
    assert f"interrupted (Ctrl-C): the build stopped and {site} was left as it was." in output
    assert "Traceback" not in output.replace("[IPKernelApp]", "")  # nothing of ours; the kernel may log
    assert tree(site) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")] == []  # no half-built folder left


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_ctrl_c_during_lite_keeps_the_old_site(tmp_path: Path) -> None:
    pytest.importorskip("jupyterlite_core")
    site = tmp_path / "site"
    site.mkdir()
    (site / "jupyter-lite.json").write_text("{}")
    (site / ".techgeo-output.json").write_text('{"files": {"jupyter-lite.json": '
                                               '"44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"}}')
    before = tree(site)
    code, output = interrupted(["lite", "--lessons", "00", "-o", str(site)], "Building the JupyterLite site",
                               tmp_path)
    assert code == EXIT_INTERRUPTED, output
    assert "interrupted (Ctrl-C): the build stopped" in output and "Traceback" not in output
    assert tree(site) == before
