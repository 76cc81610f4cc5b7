"""Test configuration shared by the unit tests, the doctests and nbval.

Every kernel the test session starts (nbval's, one per lesson and edition, and those the tests
start with nbclient) runs with the network blocked: the session gets its own ``IPYTHONDIR``
whose startup file makes every attempt to open a network connection from Python fail, as it
would on a machine with no network. A lesson that passes nbval has therefore run top to bottom,
alone in a fresh kernel, offline; ``tests/test_notebooks_offline.py`` proves the block is active.
The kernel's own channels are ZeroMQ sockets opened by libzmq before the startup file runs, and
keep working. An ``IPYTHONDIR`` set outside is replaced for the session.
"""

from __future__ import annotations

import os
import pprint
import shutil
import tempfile
from pathlib import Path

collect_ignore = ["lessons_lib/__main__.py"]

# lesson sources are notebooks written as text: never import them as test modules
collect_ignore_glob = ["notebooks/src/*", "notebooks/teacher/src/*", "tools/*", "benchmarks/*", "binder/*"]

#: the message every refused connection gives (the offline test looks for it)
BLOCKED = "network blocked by the offline lesson test"

#: run by IPython at the start of every kernel; it leaves no name behind in the learner's namespace
BLOCK_NETWORK = f'''
def _techgeo_block_network():
    import socket

    def refuse(*args, **kwargs):
        raise OSError({BLOCKED!r})

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


_techgeo_block_network()
del _techgeo_block_network
'''

_IPYTHONDIR: str | None = None


class FormattedWhenLogged:
    """A kernel message that nbval pretty-prints only if its debug line is written.

    nbval 0.11 writes ``logger.debug("Kernel message (%s):\\n%s", stream, pformat(msg))`` for every
    message it reads (``nbval/kernel.py``): the message is formatted even when debug logging is off,
    and a lesson sends hundreds, a chart's PNG among them (100-160 KB of base64 each). Handing
    ``logging`` this object instead defers the formatting to the moment a line is written: the same
    log when debugging, ~0.04 s less CPU per lesson when not.
    """

    __slots__ = ("message",)

    def __init__(self, message: object) -> None:
        self.message = message

    def __str__(self) -> str:
        return pprint.pformat(self.message)


def _nbval_formats_messages_when_logged() -> None:
    try:
        import nbval.kernel
    except ImportError:  # pragma: no cover - nbval is a test dependency
        return
    if getattr(nbval.kernel, "pformat", None) is pprint.pformat:  # a later nbval that changed it is left alone
        nbval.kernel.pformat = FormattedWhenLogged


def pytest_configure(config):
    global _IPYTHONDIR
    _nbval_formats_messages_when_logged()
    if _IPYTHONDIR is not None:
        return
    _IPYTHONDIR = tempfile.mkdtemp(prefix="techgeo-ipython-")
    startup = Path(_IPYTHONDIR) / "profile_default" / "startup"
    startup.mkdir(parents=True)
    (startup / "00-block-network.py").write_text(BLOCK_NETWORK, encoding="utf-8")
    os.environ["IPYTHONDIR"] = _IPYTHONDIR


def pytest_unconfigure(config):
    global _IPYTHONDIR
    if _IPYTHONDIR is not None:
        if os.environ.get("IPYTHONDIR") == _IPYTHONDIR:
            del os.environ["IPYTHONDIR"]
        shutil.rmtree(_IPYTHONDIR, ignore_errors=True)
        _IPYTHONDIR = None
