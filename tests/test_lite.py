"""JupyterLite: the site builds with no network, and the quiz core runs without pandas or widgets.

What runs in the site's Pyodide kernel cannot be tested on these machines (Pyodide comes from a
CDN). What is tested: the build (``techgeo-lessons lite``) with every non-loopback connection
refused, the site's contents (lessons, the browser wheel, the Pyodide kernel and the widgets front
end configured), the quiz core with pandas, numpy, matplotlib, ipywidgets (and PyYAML) blocked, and,
in Chromium, that the site opens from 127.0.0.1 and that the only thing it asks the Internet for
is Pyodide.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import pytest

from lessons_lib.cli import main
from lessons_lib.commands.exits import EXIT_FAILED
from lessons_lib.course.catalogue import lessons

# A sitecustomize for the build's processes: any connection that is not to a loopback address is
# refused and written down, so that a build that tries to download anything is caught.
NO_NETWORK = '''
import os, socket
_log = os.environ["TECHGEO_NET_LOG"]
_connect, _connect_ex, _getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

def _loopback(address):
    host = address[0] if isinstance(address, tuple) else address
    return not isinstance(host, str) or host in ("localhost", "::1") or host.startswith("127.")

def _refuse(what):
    with open(_log, "a") as out:
        out.write(f"{what}\\n")
    raise OSError(f"network access refused by the test: {what}")

def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address):
        _refuse(address)
    return _connect(self, address)

def connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address):
        _refuse(address)
    return _connect_ex(self, address)

def getaddrinfo(host, *args, **kwargs):
    if not _loopback((host.decode() if isinstance(host, bytes) else host,)):
        _refuse(host)
    return _getaddrinfo(host, *args, **kwargs)

socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = connect, connect_ex, getaddrinfo
'''


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``techgeo-lessons lite`` run once, offline: the site folder, the output, the time taken."""
    pytest.importorskip("jupyterlite_core", reason="pip install jupyterlite-core jupyterlite-pyodide-kernel")
    pytest.importorskip("jupyterlite_pyodide_kernel", reason="pip install jupyterlite-pyodide-kernel")
    base = tmp_path_factory.mktemp("lite")
    guard = base / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    log = base / "network.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(guard), os.environ.get("PYTHONPATH")])),
           "TECHGEO_NET_LOG": str(log)}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "lessons_lib", "lite", "--output", str(base / "site")],
                            capture_output=True, text=True, env=env, cwd=base, timeout=120)
    return {"dir": base / "site", "result": result, "seconds": time.monotonic() - started, "net_log": log}


@pytest.mark.slow
def test_site_builds_offline_with_lessons_wheel_and_pyodide_kernel(site: dict[str, Any]) -> None:
    result, folder = site["result"], site["dir"]
    assert result.returncode == 0, result.stdout + result.stderr
    assert not site["net_log"].exists(), "the build tried to reach the network: " + site["net_log"].read_text()
    assert site["seconds"] < 30, f"the build took {site['seconds']:.1f} s"
    assert "Needs a network at run time" in result.stdout

    # every lesson, byte for byte
    for lesson in lessons():
        copied = folder / "files" / lesson.path.name
        assert copied.read_bytes() == lesson.path.read_bytes(), lesson.slug
    listing = json.loads((folder / "api" / "contents" / "all.json").read_text(encoding="utf-8"))
    assert {x.path.name for x in lessons()} <= {item["name"] for item in listing["content"]}

    # the browser wheel, indexed for piplite (%pip install techgeo-lessons)
    index = json.loads((folder / "pypi" / "all.json").read_text(encoding="utf-8"))
    [release] = [files for files in index["techgeo-lessons"]["releases"].values()]
    wheel = folder / "pypi" / release[0]["filename"]
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        meta = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
    assert {"lessons_lib/quiz/model.py", "lessons_lib/quiz/bank.py", "lessons_lib/_data/datapackage.json",
            "lessons_lib/_data/quizzes/00-start-here.yaml"} <= names
    assert not any(n.startswith("lessons_lib/_notebooks/") for n in names)  # the site carries them
    assert "Requires-Dist: pandas" in meta and "jupyterlab" not in meta and "nbconvert" not in meta

    # the Pyodide kernel and the widgets front end are configured, nothing else from this Python
    config = json.loads((folder / "jupyter-lite.json").read_text(encoding="utf-8"))["jupyter-config-data"]
    extensions = {x["name"] for x in config["federated_extensions"]}
    assert {"@jupyterlite/pyodide-kernel-extension", "@jupyter-widgets/jupyterlab-manager"} <= extensions
    assert not any("voila" in name for name in extensions)
    assert config["defaultKernelName"] == "python"
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert any(url.startswith("./pypi/all.json") for url in kernel["pipliteUrls"])
    assert "pyodideUrl" not in kernel  # no local Pyodide: it comes from the CDN at run time
    kernel_wheels = folder / "extensions" / "@jupyterlite" / "pyodide-kernel-extension" / "static" / "pypi"
    assert list(kernel_wheels.glob("piplite-*.whl")) and list(kernel_wheels.glob("pyodide_kernel-*.whl"))
    assert not list(folder.rglob("pyodide.asm.wasm"))  # what needs a network, stated in the docs


def test_lite_without_jupyterlite_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    import lessons_lib.course.jupyterlite

    monkeypatch.setattr(lessons_lib.course.jupyterlite, "missing_packages", lambda: ["jupyterlite-core"])
    assert main(["lite", "--output", "never-written"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "pip install jupyterlite-core jupyterlite-pyodide-kernel" in err and "Traceback" not in err
    assert not Path("never-written").exists()


def test_lite_refuses_a_folder_that_is_not_a_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("jupyterlite_core")
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["lite", "--output", str(tmp_path)]) == EXIT_FAILED
    assert "not a JupyterLite site" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_the_commands_import_neither_jupyterlite_nor_voila() -> None:
    code = ("import sys, lessons_lib.course.jupyterlite, lessons_lib.cli; lessons_lib.cli.build_parser(); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'jupyterlite_core', "
            "'jupyterlite_pyodide_kernel', 'voila', 'pandas', 'matplotlib', 'ipywidgets'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


QUIZ_CORE = textwrap.dedent('''
    import sys
    BLOCKED = ("pandas", "numpy", "matplotlib", "ipywidgets", "yaml")
    for name in BLOCKED:
        sys.modules[name] = None  # "import pandas" now raises ImportError

    # 1. Pyodide's own Python, nothing else: questions built in code are graded
    from lessons_lib.quiz import Question, Tolerance
    from lessons_lib.quiz.model import Option
    q = Question(id="q1", type="numeric", prompt={"en": "How many?", "fr": "Combien ?"},
                 answer=689_000_000, tolerance=Tolerance(relative=0.05))
    assert q.grade("689 million", "en").correct and q.grade("690 millions", "fr").correct
    assert not q.grade("1 billion", "en").correct and q.grade("1 milliard", "fr").messages[0].startswith("✗")
    choice = Question(id="q2", type="single", prompt={"en": "Who?", "fr": "Qui ?"},
                      options=(Option("a", {"en": "Oracle", "fr": "Oracle"}, True),
                               Option("b", {"en": "Netflix", "fr": "Netflix"}, False)))
    assert choice.grade("a", "en").correct and not choice.grade("b", "en").correct

    # 2. with PyYAML (a Pyodide package): a bank without answer_from loads and grades
    del sys.modules["yaml"]
    from lessons_lib.quiz import QuizError, load_bank, load_bank_text
    bank = load_bank_text("""
    lesson: demo
    title: {en: Demo, fr: Démo}
    questions:
      - id: q-buyer
        type: text
        prompt: {en: "Which company became TikTok's US technology partner?", fr: "Quelle entreprise ?"}
        accepted: {en: [Oracle], fr: [Oracle]}
    """, "demo.yaml")
    question = bank.question("q-buyer")
    assert question.grade("oracle.", "en").correct and not question.grade("Microsoft", "en").correct

    # 3. answer_from reads the data with pandas: without it, a clear error, not a traceback from pandas
    try:
        load_bank("00-start-here")
    except QuizError as err:
        assert "answer_from needs pandas" in str(err), err
    else:
        raise AssertionError("a bank with answer_from loaded without pandas")

    leaked = [m for m in sys.modules if m.split(".")[0] in BLOCKED and sys.modules[m] is not None]
    assert leaked == ["yaml"] or all(m.startswith("yaml") for m in leaked), leaked
    print("quiz core OK")
''')


def test_quiz_core_runs_without_pandas_matplotlib_ipywidgets() -> None:
    result = subprocess.run([sys.executable, "-c", QUIZ_CORE], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "quiz core OK" in result.stdout


@pytest.mark.browser
def test_site_opens_from_loopback_and_only_pyodide_needs_a_network(site: dict[str, Any], browser: Any,
                                                                   artifacts: Path) -> None:
    """The site's JupyterLab opens a lesson from 127.0.0.1; the kernel's only outside request is Pyodide."""
    assert site["result"].returncode == 0, site["result"].stderr
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", "-d", str(site["dir"]), "-b", "127.0.0.1",
                               str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    outside: list[str] = []
    context = None

    def keep_local(route: Any) -> None:
        url = route.request.url
        if url.startswith(f"http://127.0.0.1:{port}/"):
            route.continue_()
        else:  # nothing may leave the machine: note what the site asked for, and refuse it
            outside.append(url)
            route.abort()

    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + 15
        while True:
            try:
                opener.open(f"http://127.0.0.1:{port}/jupyter-lite.json", timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        # service workers blocked, so that every request of the page and its kernel worker is routed here
        context = browser.new_context(service_workers="block", viewport={"width": 1400, "height": 1000})
        context.route("**/*", keep_local)
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/lab/index.html?path=00-start-here.ipynb")
        page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
        page.locator(".jp-NotebookPanel .jp-MarkdownOutput h1", has_text="Start here").first.wait_for()
        deadline = time.monotonic() + 30
        while not any("pyodide" in url for url in outside) and time.monotonic() < deadline:
            page.wait_for_timeout(250)
        page.screenshot(path=str(artifacts / "lite-offline.png"))
    finally:
        if context is not None:
            context.close()
        server.terminate()
        server.wait(timeout=10)
    assert outside, "the kernel did not ask for Pyodide"
    assert all("/pyodide/" in url for url in outside), outside
