"""A class on a real JupyterHub: lessons out to every learner, every answer kept and private, the class's
results back to the teacher.

JupyterHub 5 (PyPI) with configurable-http-proxy (npm) on 127.0.0.1 only, ``LocalProcessSpawner`` and
real unix users made by this test (the shape of The Littlest JupyterHub). The hub is configured as
``docs/deployment.md`` says: each server starts with ``techgeo-lessons lab --copy-only``, kernels use
IPC transport with a short runtime folder, and a ``pre_spawn_hook`` gives each learner a results folder
owned by the learner, group the teachers, mode 2750. Each learner's server opens lesson 00 through
the sessions API (as JupyterLab does), runs its code cells in a kernel, and answers quiz questions
through the widget comm messages JupyterLab sends (an ``update`` of the answer widget, ``index`` for a
selection widget, then a ``click`` on Check). The teacher, a unix user in the teachers' group,
runs ``techgeo-lessons results collect``. Then: no answer lost, no learner can read another's
results, and every process and user the test made is gone.

Needs root (``useradd``, a setuid spawner), ``configurable-http-proxy`` on PATH (``npm install -g
configurable-http-proxy``), ``/usr/bin/python3`` of the same minor version as the test's Python (the
learners run a venv made from it that reads this environment's packages: a Python under ``/root`` is
not readable by other users; when the packages or the checkout are not readable either, the test copies
them into its own folder first), and ``jupyterhub`` installed. Without them the test is skipped with
the reason, except where ``CI`` or ``TECHGEO_REQUIRE_HUB`` is set (``.ci/run``): there it fails.
"""

from __future__ import annotations

import concurrent.futures
import grp
import json
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest

from conftest import ARTIFACTS, free_port, stop_pid

pytestmark = pytest.mark.hub

LEARNERS = 5
SYSTEM_PYTHON = Path("/usr/bin/python3")
# what each learner types, in order: (question id, answer, expected verdict); q3 is a single choice
ANSWERS = [
    ("q1-article-users", "2 billion", "✗ Not quite."),
    ("q1-article-users", "1 milliard", "✓ Correct."),
    ("q2-july-mau", "689 million", "✓ Correct."),
    ("q3-article-staff", "About 10,000", "✗ Not quite."),
    ("q3-article-staff", "About 1,500", "✓ Correct."),
]


def hub_required() -> bool:
    """True when a missing hub tool must fail the test (CI) rather than skip it."""
    flags = (os.environ.get("TECHGEO_REQUIRE_HUB", ""), os.environ.get("CI", ""))
    return any(f.strip().lower() not in ("", "0", "false", "no") for f in flags)


def _traversable_by_others(path: Path) -> bool:
    """True when every folder above ``path`` lets other users through (o+x) and ``path`` is readable."""
    for folder in [path, *path.parents]:
        mode = folder.stat().st_mode
        if not mode & 0o001 or (folder == path and not mode & 0o004):
            return False
    return True


def _need_hub() -> None:
    problems = []
    if os.geteuid() != 0:
        problems.append("not root (the test creates unix users and the spawner switches to them)")
    for tool in ("useradd", "userdel", "groupadd", "groupdel", "runuser"):
        if shutil.which(tool) is None:
            problems.append(f"{tool} is absent")
    if shutil.which("configurable-http-proxy") is None:
        problems.append("configurable-http-proxy is absent (npm install -g configurable-http-proxy)")
    try:
        import jupyterhub  # noqa: F401
    except ImportError:
        problems.append("jupyterhub is not installed (pip install -e '.[test]')")
    if not SYSTEM_PYTHON.is_file():
        problems.append(f"{SYSTEM_PYTHON} is absent")
    else:
        version = subprocess.run([str(SYSTEM_PYTHON), "-c", "import sys; print(sys.version_info[:2])"],
                                 capture_output=True, text=True).stdout.strip()
        if version != str(sys.version_info[:2]):
            problems.append(f"{SYSTEM_PYTHON} is Python {version}, this environment {sys.version_info[:2]}")
    if problems:
        reason = "; ".join(problems)
        if hub_required():
            pytest.fail(f"CI/TECHGEO_REQUIRE_HUB is set but {reason}", pytrace=False)
        pytest.skip(f"hub test skipped: {reason}")


# ---------------------------------------------------------------------------------------------------
# HTTP and kernel messages, as JupyterLab sends them

def _request(url: str, token: str, method: str = "GET", body: Any = None, timeout: float = 30) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only
    try:
        with opener.open(request, timeout=timeout) as response:
            text = response.read().decode()
            return response.status, json.loads(text) if text else None
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode(errors="replace")


class Kernel:
    """A kernel's websocket through the hub's proxy: send on shell, read every channel."""

    def __init__(self, url: str, token: str):
        import websocket

        self.session = uuid.uuid4().hex
        self.ws = websocket.create_connection(f"{url}?session_id={self.session}",
                                              header=[f"Authorization: token {token}"], timeout=90)
        self.widgets: dict[str, dict[str, Any]] = {}  # model id -> state, from comm_open and updates

    def send(self, msg_type: str, content: dict[str, Any]) -> str:
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": msg_type, "username": "learner", "session": self.session,
                       "date": "2026-12-07T09:00:00.000Z", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": [],
        }))
        return msg_id

    def wait(self, msg_id: str, reply_type: str, timeout: float = 90) -> tuple[dict, list[dict]]:
        """Read until the reply to ``msg_id`` and its iopub 'idle' came; returns the reply and the iopub
        messages it caused (widget states are kept up to date on the way)."""
        reply, idle, seen = None, False, []
        deadline = time.monotonic() + timeout
        while reply is None or not idle:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {reply_type} in {timeout} s")
            msg = json.loads(self.ws.recv())
            kind, content = msg["msg_type"], msg["content"]
            if kind == "comm_open" and content.get("target_name") == "jupyter.widget":
                self.widgets[content["comm_id"]] = dict(content["data"]["state"])
            elif kind == "comm_msg" and content["data"].get("method") in ("update", "echo_update"):
                self.widgets.setdefault(content["comm_id"], {}).update(content["data"]["state"])
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["channel"] == "iopub":
                seen.append(msg)
                idle = idle or (kind == "status" and content["execution_state"] == "idle")
            elif kind == reply_type:
                reply = msg
        return reply, seen

    def run(self, code: str) -> list[dict]:
        reply, outputs = self.wait(self.send("execute_request", {
            "code": code, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True}), "execute_reply")
        errors = [m["content"] for m in outputs if m["msg_type"] == "error"]
        assert reply["content"]["status"] == "ok" and not errors, (code[:200], errors or reply["content"])
        return outputs

    def comm(self, comm_id: str, data: dict[str, Any]) -> None:
        msg_id = self.send("comm_msg", {"comm_id": comm_id, "data": data})
        deadline = time.monotonic() + 60
        while True:  # a comm message has no reply: wait for the kernel's 'idle' after it
            if time.monotonic() > deadline:
                raise TimeoutError("the kernel did not handle a widget message in 60 s")
            msg = json.loads(self.ws.recv())
            kind, content = msg["msg_type"], msg["content"]
            if kind == "comm_msg" and content["data"].get("method") in ("update", "echo_update"):
                self.widgets.setdefault(content["comm_id"], {}).update(content["data"]["state"])
            if (msg["parent_header"].get("msg_id") == msg_id and kind == "status"
                    and content["execution_state"] == "idle"):
                return

    def children(self, model_id: str) -> list[str]:
        return [ref.removeprefix("IPY_MODEL_") for ref in self.widgets[model_id].get("children", [])]


def _question_boxes(kernel: Kernel, quiz_view_id: str) -> dict[str, dict[str, str]]:
    """For each question box of the quiz (in bank order), the ids of its control, Check button and status."""
    boxes = {}
    for box in kernel.children(quiz_view_id)[1:]:  # the first child is the title
        parts = kernel.children(box)
        control = next(p for p in parts if kernel.widgets[p]["_model_name"] in ("TextModel", "RadioButtonsModel"))
        buttons = next(p for p in parts if kernel.widgets[p]["_model_name"] == "HBoxModel")
        status = next(p for p in parts if kernel.widgets[p]["_model_name"] == "LabelModel")
        prompt = kernel.widgets[parts[0]]["value"]
        boxes[prompt] = {"control": control, "check": kernel.children(buttons)[0], "status": status}
    return boxes


def _learner_session(hub: str, token: str, name: str) -> dict[str, Any]:
    """One learner: server up (lessons copied at start), lesson 00 run, quiz answered by widget messages."""
    times: dict[str, Any] = {}
    start = time.monotonic()
    status, _ = _request(f"{hub}/hub/api/users/{name}/server", token, "POST")
    assert status in (201, 202), f"{name}: spawn answered {status}"
    while True:
        _, user = _request(f"{hub}/hub/api/users/{name}", token)
        if isinstance(user, dict) and user.get("servers", {}).get("", {}).get("ready"):
            break
        assert time.monotonic() - start < 150, f"{name}: server not ready in 150 s: {user}"
        time.sleep(0.5)
    base = f"{hub}/user/{name}"
    while _request(f"{base}/api/status", token)[0] != 200:
        assert time.monotonic() - start < 160, f"{name}: server not reachable through the proxy"
        time.sleep(0.3)
    times["server_ready_s"] = round(time.monotonic() - start, 1)
    # the lessons were copied when the server started (techgeo-lessons lab --copy-only)
    status, folder = _request(f"{base}/api/contents/techgeo-lessons", token)
    assert status == 200, f"{name}: the lessons were not copied at server start ({status}: {folder})"
    lesson = min(item["path"] for item in folder["content"]
                 if item["name"].startswith("00-") and item["name"].endswith(".ipynb") and ".new." not in item["name"])
    status, notebook = _request(f"{base}/api/contents/{lesson}", token)
    assert status == 200, f"{name}: cannot open {lesson} ({status})"
    t0 = time.monotonic()
    status, session = _request(f"{base}/api/sessions", token, "POST", {
        "path": lesson, "type": "notebook", "name": lesson.rsplit("/", 1)[-1], "kernel": {"name": "python3"}})
    assert status == 201, f"{name}: no kernel ({status}: {session})"
    kernel_id = session["kernel"]["id"]
    ws_base = base.replace("http://", "ws://")
    kernel = Kernel(f"{ws_base}/api/kernels/{kernel_id}/channels", token)
    try:
        kernel.wait(kernel.send("kernel_info_request", {}), "kernel_info_reply", timeout=90)
        times["kernel_ready_s"] = round(time.monotonic() - t0, 1)
        t0 = time.monotonic()
        quiz_view = None
        for cell in notebook["content"]["cells"]:
            if cell["cell_type"] != "code" or "NBVAL_RAISES_EXCEPTION" in "".join(cell["source"]) \
                    or "raises-exception" in cell.get("metadata", {}).get("tags", []):
                continue  # a cell meant to show an error
            for msg in kernel.run("".join(cell["source"])):
                data = msg["content"].get("data", {})
                if "application/vnd.jupyter.widget-view+json" in data:
                    quiz_view = data["application/vnd.jupyter.widget-view+json"]["model_id"]
        times["lesson_00_s"] = round(time.monotonic() - t0, 1)
        assert quiz_view is not None, f"{name}: lesson 00 showed no quiz widget"
        boxes = list(_question_boxes(kernel, quiz_view).values())
        ids = [cell_q for cell_q, _, _ in ANSWERS]
        order = list(dict.fromkeys(ids))
        verdicts = []
        t0 = time.monotonic()
        for question, answer, _verdict in ANSWERS:
            box = boxes[order.index(question)]
            state = kernel.widgets[box["control"]]
            if state["_model_name"] == "RadioButtonsModel":  # selection widgets sync the index, never the value
                kernel.comm(box["control"], {"method": "update", "state": {"index": state["_options_labels"].index(
                    answer)}, "buffer_paths": []})
            else:
                kernel.comm(box["control"], {"method": "update", "state": {"value": answer}, "buffer_paths": []})
            kernel.comm(box["check"], {"method": "custom", "content": {"event": "click"}})
            verdicts.append(kernel.widgets[box["status"]].get("value"))
        times["answers_s"] = round(time.monotonic() - t0, 1)
        assert verdicts == [v for _, _, v in ANSWERS], f"{name}: the quiz said {verdicts}"
        # the learner's own view of their answers, from the same kernel
        summary = kernel.run("from lessons_lib import quiz\nprint(quiz.summary().to_json(orient='records'))\n"
                             "from ipykernel.kernelapp import IPKernelApp\nprint(IPKernelApp.instance().transport)")
        printed = "".join(m["content"].get("text", "") for m in summary if m["msg_type"] == "stream")
        own, transport = printed.splitlines()
        times["own_summary"], times["kernel_transport"] = json.loads(own), transport
    finally:
        kernel.ws.close()
    return times


def _memory(users: list[str]) -> dict[str, float]:
    """RSS and PSS in MiB of every process each user runs (their server and kernel)."""
    import psutil

    per_user: dict[str, dict[str, float]] = {u: {"rss": 0.0, "pss": 0.0} for u in users}
    for proc in psutil.process_iter(["username"]):
        try:
            if proc.info["username"] in per_user:
                info = proc.memory_full_info()
                per_user[proc.info["username"]]["rss"] += info.rss / 2**20
                per_user[proc.info["username"]]["pss"] += getattr(info, "pss", info.rss) / 2**20
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return {"rss_mib_per_learner": round(sum(v["rss"] for v in per_user.values()) / len(users)),
            "pss_mib_per_learner": round(sum(v["pss"] for v in per_user.values()) / len(users))}


def _pids_of(user: str) -> list[int]:
    out = subprocess.run(["ps", "-u", user, "-o", "pid="], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


HUB_CONFIG = """
# The hub of docs/deployment.md ("The Littlest JupyterHub"), on 127.0.0.1 with the test's ports and users.
import os, grp, pwd
from pathlib import Path

c = get_config()  # noqa
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.pid_file = "{base}/proxy.pid"
c.JupyterHub.db_url = "sqlite:///{base}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{base}/jupyterhub_cookie_secret"
c.JupyterHub.pid_file = "{base}/jupyterhub.pid"
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = set({learners!r}) | {{"{teacher}"}}
c.Authenticator.admin_users = {{"{teacher}"}}
c.JupyterHub.services = [{{"name": "class-test", "api_token": "{token}"}}]
c.JupyterHub.load_roles = [{{"name": "class-test", "services": ["class-test"],
                            "scopes": ["admin:users", "admin:servers", "access:servers", "read:hub"]}}]
c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 150
c.Spawner.http_timeout = 150

# the test's own lines: the learners' Python first on PATH (on TLJH: /opt/tljh/user/bin)
c.Spawner.environment = {{"PATH": "{env_bin}:/usr/bin:/bin"}}
RESULTS = "{results_root}"

# --- from docs/deployment.md: lessons copied at each server start, kernels on IPC, one results folder
c.Spawner.cmd = ["/bin/bash", "-c",
                 'export JUPYTER_RUNTIME_DIR="$HOME/.jr"; '
                 'techgeo-lessons lab --copy-only --dir "$HOME/techgeo-lessons"; '
                 'exec jupyterhub-singleuser "$@"', "--"]
c.Spawner.args = ["--KernelManager.transport=ipc"]
c.Spawner.environment.update({{"TECHGEO_RESULTS_DIR": RESULTS}})
c.Spawner.start_timeout = 300   # a login burst: ~2.2 s of CPU per server start
"""


def _remove_users_of_an_interrupted_run() -> None:
    """Users and groups an earlier run made and could not remove (it was killed): their home is under
    /tmp/tgh-* and the run's PID, in their name, is gone."""
    import re

    for entry in pwd.getpwall():
        found = re.fullmatch(r"tg(\d+)(l\d+|t)", entry.pw_name)
        if found and entry.pw_dir.startswith("/tmp/tgh-") and not _alive(int(found.group(1))):
            subprocess.run(["userdel", "--remove", entry.pw_name], capture_output=True)
            subprocess.run(["groupdel", entry.pw_name], capture_output=True)
    for group in grp.getgrall():
        found = re.fullmatch(r"tg(\d+)teach", group.gr_name)
        if found and not _alive(int(found.group(1))):
            subprocess.run(["groupdel", group.gr_name], capture_output=True)


def test_a_class_on_a_real_jupyterhub() -> None:
    _need_hub()
    _remove_users_of_an_interrupted_run()
    started = time.monotonic()
    tag = f"tg{os.getpid()}"  # the PID: a later run can tell this run's users from a live run's
    learners = [f"{tag}l{n}" for n in range(1, LEARNERS + 1)]
    teacher, teachers = f"{tag}t", f"{tag}teach"
    base = Path(tempfile.mkdtemp(prefix="tgh-", dir="/tmp"))  # short: IPC socket paths must fit in 107 bytes
    os.chmod(base, 0o755)
    token = secrets.token_hex(24)
    hub_proc = None
    made_users: list[str] = []
    report: dict[str, Any] = {"learners": LEARNERS}
    try:
        # the learners' Python: a venv from /usr/bin/python3 that reads this environment's packages
        env_dir = base / "env"
        subprocess.run([str(SYSTEM_PYTHON), "-m", "venv", "--without-pip", str(env_dir)], check=True)
        site = Path(subprocess.run([str(env_dir / "bin" / "python"), "-c",
                                    "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                   capture_output=True, text=True, check=True).stdout.strip())
        (site / "techgeo_test_env.pth").write_text(
            f"import site; site.addsitedir({str(_learners_packages(base))!r})\n", encoding="utf-8")
        subprocess.run(["groupadd", teachers], check=True)
        for name in [*learners, teacher]:
            home = base / "home" / name
            home.parent.mkdir(exist_ok=True)
            subprocess.run(["useradd", "--create-home", "--home-dir", str(home), "--user-group", "--shell",
                            "/bin/bash", *(["--groups", teachers] if name == teacher else []), name], check=True)
            made_users.append(name)
        # the class results folder, as docs/deployment.md has the admin make it:
        # install -d -m 3773 -o root -g TEACHERS /srv/techgeo-results
        results_root = base / "results"
        subprocess.run(["install", "-d", "-m", "3773", "-o", "root", "-g", teachers, str(results_root)], check=True)
        for program, module in (("techgeo-lessons", "lessons_lib.cli"),
                                ("jupyterhub-singleuser", "jupyterhub.singleuser")):
            script = env_dir / "bin" / program  # console scripts for the learners' Python
            script.write_text(f"#!{env_dir}/bin/python\nimport sys\nfrom {module} import main\n"
                              "sys.exit(main())\n", encoding="utf-8")
            script.chmod(0o755)
        config = base / "jupyterhub_config.py"
        port = free_port()
        config.write_text(HUB_CONFIG.format(
            port=port, hub_port=free_port(), proxy_api_port=free_port(), base=base, learners=learners,
            teacher=teacher, token=token, env_bin=env_dir / "bin", results_root=results_root), encoding="utf-8")
        hub_log = base / "jupyterhub.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "TECHGEO_"))}
        env.update({"NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost", "TECHGEO_LANG": "en"})
        with open(hub_log, "wb") as out:
            hub_proc = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(config)], cwd=base, env=env,
                                        stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        hub = f"http://127.0.0.1:{port}"
        while not (_port_open(port) and _request(f"{hub}/hub/api/", token, timeout=2)[0] == 200):
            assert hub_proc.poll() is None, f"the hub stopped:\n{hub_log.read_text()[-3000:]}"
            assert time.monotonic() - started < 60, f"the hub did not answer in 60 s:\n{hub_log.read_text()[-3000:]}"
            time.sleep(0.3)
        report["hub_up_s"] = round(time.monotonic() - started, 1)

        # every learner at once: server, lesson 00, quiz answers through widget messages
        with concurrent.futures.ThreadPoolExecutor(LEARNERS) as pool:
            futures = {name: pool.submit(_learner_session, hub, token, name) for name in learners}
            try:
                sessions = {name: f.result(timeout=200) for name, f in futures.items()}
            except BaseException:
                print(hub_log.read_text()[-5000:])
                raise
        report["sessions"] = sessions
        report.update(_memory(learners))
        for name, times in sessions.items():  # each learner sees only their own answers
            assert times["kernel_transport"] == "ipc", name  # no TCP port race between kernels
            assert times["own_summary"] == [{"lesson": "00-start-here", "questions_tried": 3, "right_first_try": 1,
                                             "right_later": 2, "not_yet_right": 0}], name

        # privacy: a learner cannot read a classmate's results, nor list their folder
        first, second = learners[0], learners[1]
        theirs = results_root / f"results-{second}.jsonl"
        assert oct(theirs.stat().st_mode & 0o777) == "0o640" and theirs.stat().st_gid == grp.getgrnam(teachers).gr_gid
        assert theirs.stat().st_uid == pwd.getpwnam(second).pw_uid
        for command in (["cat", str(theirs)], ["ls", str(results_root)]):
            peek = subprocess.run(["runuser", "-u", first, "--", *command], capture_output=True, text=True)
            assert peek.returncode != 0 and "Permission denied" in peek.stderr, (command, peek)

        # the teacher collects, read-only, as a unix user in the teachers' group
        t0 = time.monotonic()
        class_csv = base / "home" / teacher / "class.csv"
        collected = subprocess.run(["runuser", "-u", teacher, "--", str(env_dir / "bin" / "techgeo-lessons"), "results",
                                    "collect", str(results_root), "-o", str(class_csv)], capture_output=True, text=True,
                                   cwd=base / "home" / teacher, env={**env, "HOME": str(base / "home" / teacher)})
        report["collect_s"] = round(time.monotonic() - t0, 1)
        assert collected.returncode == 0, collected.stderr
        expected = LEARNERS * len(ANSWERS)
        assert f"{expected} answers from {LEARNERS} learners in {LEARNERS} files written to {class_csv}." \
            in collected.stdout
        import pandas as pd

        table = pd.read_csv(class_csv)
        assert len(table) == expected and sorted(table["learner"].unique()) == learners
        for name in learners:  # every answer each learner gave, in order, with the verdict the quiz showed
            mine = table[table["learner"] == name].sort_values("timestamp")
            assert list(zip(mine["question"], mine["answer"], mine["correct"], strict=True)) == [
                (q, a, v.startswith("✓")) for q, a, v in ANSWERS], name
        assert "q1-article-users" in collected.stdout and "'2 billion' (5 learners)" in collected.stdout

        # stop every server through the hub, then the hub by PID
        t0 = time.monotonic()
        for name in learners:
            assert _request(f"{hub}/hub/api/users/{name}/server", token, "DELETE")[0] in (202, 204)
        while any(_pids_of(name) for name in learners) and time.monotonic() - t0 < 60:
            time.sleep(0.3)
        report["stop_s"] = round(time.monotonic() - t0, 1)
    finally:
        proxy_pid = _read_pid(base / "proxy.pid")
        if hub_proc is not None:
            stop_pid(hub_proc.pid, timeout=20)
        leftovers = {name: _pids_of(name) for name in made_users}
        for pids in leftovers.values():
            for pid in pids:
                _kill(pid)
        proxy_left = proxy_pid is not None and _alive(proxy_pid)
        if proxy_left:
            _kill(proxy_pid)
        uids = {pwd.getpwnam(name).pw_uid for name in made_users if _user_exists(name)}
        for name in made_users:
            subprocess.run(["userdel", "--remove", name], capture_output=True)
        litter = [str(p) for folder in (Path("/tmp"), Path("/dev/shm")) if folder.is_dir()
                  for p in folder.iterdir() if _owner(p) in uids]
        subprocess.run(["groupdel", teachers], capture_output=True)
        for name in made_users:  # their user groups
            subprocess.run(["groupdel", name], capture_output=True)
        report["wall_s"] = round(time.monotonic() - started, 1)
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "hub-class.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
        shutil.rmtree(base, ignore_errors=True)
    assert not any(leftovers.values()), f"processes left running after the hub stopped: {leftovers}"
    assert not proxy_left, "configurable-http-proxy was left running after the hub stopped"
    assert not [name for name in made_users if _user_exists(name)], "unix users left behind"
    assert not litter, f"files of the test's users left in /tmp or /dev/shm: {litter}"
    assert not base.exists()


def _learners_packages(base: Path) -> Path:
    """A site-packages folder the learners can read: this environment's own when other users can reach it,
    else (a checkout under a private folder, such as /root) a copy of it and of the project's code in ``base``."""
    purelib = Path(sysconfig.get_paths()["purelib"])
    root = Path(__file__).resolve().parent.parent
    if _traversable_by_others(purelib) and _traversable_by_others(root / "lessons_lib") \
            and not os.environ.get("TECHGEO_HUB_TEST_COPY"):
        return purelib
    site, src = base / "site", base / "src"
    shutil.copytree(purelib, site, symlinks=True,
                    ignore=shutil.ignore_patterns("playwright", "*editable*techgeo*", "__pycache__"))
    for name in ("lessons_lib", "data", "notebooks"):
        shutil.copytree(root / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    (site / "techgeo_lessons_src.pth").write_text(f"{src}\n", encoding="utf-8")
    subprocess.run(["chmod", "-R", "a+rX", str(site), str(src)], check=True)
    return site


def _owner(path: Path) -> int | None:
    try:
        return path.lstat().st_uid
    except OSError:
        return None


def _port_open(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def test_the_hub_config_in_the_docs_is_the_one_tested() -> None:
    """docs/deployment.md shows the lines of the tested hub config, word for word."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "deployment.md").read_text(encoding="utf-8")
    block = HUB_CONFIG.split("# --- from docs/deployment.md", 1)[1].split("\n", 1)[1]
    checked = 0
    for line in textwrap.dedent(block).splitlines():
        if line.strip() and "{" not in line.replace("{{", "").replace("}}", ""):  # not a test-only {field}
            line = line.replace("{{", "{").replace("}}", "}")
            assert line in doc, f"docs/deployment.md lacks the tested line: {line}"
            checked += 1
    assert checked == 7
