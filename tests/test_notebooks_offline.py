"""Each lesson runs alone, in a fresh kernel, with the network blocked.

The first cell of each run (added here, not saved) makes every attempt to open a network
connection from Python fail, as it would on a machine with no network. The kernel's own channels
are ZeroMQ sockets opened before that, by libzmq, and keep working.
"""

from __future__ import annotations

import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))

BLOCK_NETWORK = """
import socket
def _refuse(*args, **kwargs):
    raise OSError("network blocked by the offline lesson test")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""

PROBE = """
import socket
try:
    socket.create_connection(("127.0.0.1", 9))
except OSError as err:
    print("blocked:", err)
"""


def run_offline(path: Path, results: Path, monkeypatch) -> tuple[nbformat.NotebookNode, float]:
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(BLOCK_NETWORK))
    nb.cells.insert(1, nbformat.v4.new_code_cell(PROBE))
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(results))
    start = time.perf_counter()
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return nb, time.perf_counter() - start


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_runs_alone_without_network(path, tmp_path, monkeypatch):
    nb, seconds = run_offline(path, tmp_path, monkeypatch)
    assert nb.cells[1].outputs[0]["text"].startswith("blocked: network blocked by the offline lesson test")
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    print(f"{path.name}: {seconds:.1f} s offline")
