"""Fixtures for the delivery tests: a real JupyterLab server on 127.0.0.1 and headless Chromium.

The server is the ``jupyter-lab`` program itself (so the PID we hold is the server's), on a free
port, with its own settings, runtime, config and data folders and its own quiz results folder, and
is stopped by PID at the end of the session. The browser is Debian's Chromium driven by Playwright
(from PyPI; ``playwright install`` is never run). Without ``/usr/bin/chromium`` the browser tests
are skipped with the reason, unless ``TECHGEO_REQUIRE_BROWSER=1`` (set by ``.ci/run``), where they fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_language():
    """Each test starts as a new kernel does: no language chosen yet, no TECHGEO_LANG warning given (a test
    that sets French, or that saw an odd TECHGEO_LANG, cannot change what the next one sees)."""
    from lessons_lib import i18n

    chosen, warned = i18n._chosen, set(i18n._warned)
    i18n._chosen = None
    i18n._warned.clear()
    yield
    i18n._chosen = chosen
    i18n._warned.clear()
    i18n._warned.update(warned)
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("TECHGEO_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                         "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def browser_required() -> bool:
    """True when a missing browser must fail the tests (CI) rather than skip them."""
    return os.environ.get("TECHGEO_REQUIRE_BROWSER", "").strip() not in ("", "0", "false", "no")


def _need_browser() -> None:
    problems = []
    if not CHROMIUM.is_file():
        problems.append(f"{CHROMIUM} is absent (apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("the playwright package is absent (pip install -e '.[test]')")
    if problems:
        reason = "; ".join(problems)
        if browser_required():
            pytest.fail(f"TECHGEO_REQUIRE_BROWSER is set but {reason}", pytrace=False)
        pytest.skip(f"browser test skipped: {reason}")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, timeout: float = 2.0) -> int:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, never a proxy
    with opener.open(url, timeout=timeout) as response:
        return int(response.status)


@dataclass
class LabServer:
    """A running JupyterLab: its address, the folder it serves, where quiz results go, its PID."""

    url: str
    root: Path
    results_dir: Path
    pid: int
    log: Path


def stop_pid(pid: int, timeout: float = 15.0) -> None:
    """Stop one process by PID: SIGTERM, then SIGKILL if it has not ended after ``timeout`` s."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return
        if done:
            return
        time.sleep(0.1)
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """JupyterLab serving an empty folder on 127.0.0.1; tests copy the lessons they open into it."""
    _need_browser()  # the server is only for browser tests
    base = tmp_path_factory.mktemp("lab")
    root, settings, results = base / "root", base / "settings", base / "results"
    for folder in (root, settings, results):
        folder.mkdir()
    for name, value in LAB_SETTINGS.items():
        target = settings / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(value), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "TECHGEO_"))}
    env.update({
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(base / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "JUPYTER_CONFIG_DIR": str(base / "config"),
        "JUPYTER_DATA_DIR": str(base / "data"),
        "IPYTHONDIR": str(base / "ipython"),
        "TECHGEO_RESULTS_DIR": str(results),
        "TECHGEO_LANG": "en",
        "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
    })
    port = free_port()
    program = Path(sys.executable).parent / "jupyter-lab"
    command = [str(program) if program.exists() else shutil.which("jupyter-lab") or "jupyter-lab",
               "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0",
               f"--ServerApp.root_dir={root}", "--IdentityProvider.token=", "--ServerApp.password=",
               "--ServerApp.disable_check_xsrf=True", "--LabApp.expose_app_in_browser=True"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = base / "jupyterlab.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                pytest.fail(f"JupyterLab exited with code {process.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if _get(f"{url}/api/status") == 200:
                    break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not answer on {url} in 90 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.25)
        yield LabServer(url, root, results, process.pid, log)
    finally:
        stop_pid(process.pid)


@dataclass
class VoilaServer:
    """A running ``techgeo-lessons present``: its address, where quiz results go, its PID, its log, its token."""

    url: str
    results_dir: Path
    pid: int
    log: Path
    token: str = ""


@pytest.fixture
def voila_server(tmp_path: Path) -> Iterator[VoilaServer]:
    """``techgeo-lessons present 00`` on a free 127.0.0.1 port, stopped by PID.

    The command replaces itself with Voila (exec), so the PID held is the server's.
    """
    _need_browser()
    pytest.importorskip("voila", reason="Voila is not installed (pip install 'voila>=0.5')")
    results = tmp_path / "results"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "TECHGEO_"))}
    env.update({
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
        "JUPYTER_DATA_DIR": str(tmp_path / "data"), "IPYTHONDIR": str(tmp_path / "ipython"),
        "TECHGEO_RESULTS_DIR": str(results), "TECHGEO_LANG": "en",
        "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
    })
    port = free_port()
    log = tmp_path / "voila.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "lessons_lib", "present", "00", "--no-browser",
                                    f"--port={port}"], cwd=tmp_path, env=env, stdout=out,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"Voila exited with code {process.returncode}:\n{log.read_text()[-3000:]}")
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:  # listening (a GET would run the notebook)
                    break
            if time.monotonic() > deadline:
                pytest.fail(f"Voila did not listen on port {port} in 60 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        while not (token := re.search(r"[?&]token=([0-9a-f]+)", log.read_text(errors="replace"))):
            if time.monotonic() > deadline:  # Voila prints its address, token included, once it listens
                pytest.fail(f"Voila printed no token in 60 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield VoilaServer(f"http://127.0.0.1:{port}/", results, process.pid, log, token.group(1))
    finally:
        stop_pid(process.pid)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright."""
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser page (its own context: no state shared between tests)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")  # type: ignore[attr-defined]
    context.set_default_timeout(30_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """``test-artifacts/``: screenshots for a person to look at (git ignores it)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
