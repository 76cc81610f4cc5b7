"""Each lesson runs alone, in a fresh kernel, with the network blocked.

The lessons themselves run once per ``make test``, under nbval (strict: a cell that raises fails
the lesson), in a fresh kernel per notebook and edition. The root ``conftest.py`` gives the test
session its own ``IPYTHONDIR`` whose startup file makes every attempt to open a network
connection from Python fail. This test proves, in a kernel started as nbval starts them (same
environment, same ``python3`` kernel), that the block is active before the first cell runs; so a
lesson that passes nbval has run offline. Running every lesson a second time only for this would
cost as much as nbval itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

BLOCKED = "network blocked by the offline lesson test"  # the root conftest.py's message
NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

PROBE = """
import socket
try:
    socket.create_connection(("127.0.0.1", 9))
except OSError as err:
    print("blocked:", err)
"""

PROBE_NAMES = """
import urllib.request
try:
    urllib.request.urlopen("https://www.congress.gov/", timeout=5)
except OSError as err:
    print("blocked:", err)
print(sorted(name for name in dir() if "block" in name.lower()))
"""


def test_kernels_of_the_session_start_with_the_network_blocked():
    assert Path(os.environ["IPYTHONDIR"], "profile_default", "startup", "00-block-network.py").is_file()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PROBE), nbformat.v4.new_code_cell(PROBE_NAMES)])
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    assert nb.cells[0].outputs[0]["text"].startswith(f"blocked: {BLOCKED}")
    lines = nb.cells[1].outputs[0]["text"].splitlines()
    assert BLOCKED in lines[0]
    assert lines[1] == "[]"  # the block leaves no name in the learner's namespace
