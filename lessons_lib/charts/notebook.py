"""Charts stay visible in Jupyter when the environment says ``MPLBACKEND=Agg``.

ipykernel picks the inline backend only when ``MPLBACKEND`` is unset; a learner who exported
``MPLBACKEND=Agg`` (a common habit for headless scripts) then sees no pyplot figure at all, and a
figure at the end of a cell shows as ``<Figure size ...>`` text. Inside a Jupyter kernel, and only
there, :func:`inline_in_jupyter` switches such a non-interactive backend back to inline.

>>> inline_in_jupyter()  # outside a kernel: nothing to do
False
"""

from __future__ import annotations

import os
import sys

__all__ = ["inline_in_jupyter"]

_NON_INTERACTIVE = {"agg", "pdf", "svg", "ps", "cairo", "pgf", "template"}


def inline_in_jupyter() -> bool:
    """Switch to the inline backend in a Jupyter kernel whose ``MPLBACKEND`` names a non-interactive one.

    Returns whether it switched. A GUI backend chosen on purpose (``qtagg``, ``widget``...) is kept.
    """
    if os.environ.get("MPLBACKEND", "").lower() not in _NON_INTERACTIVE:
        return False
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or not hasattr(shell, "kernel"):  # a terminal IPython or a script: leave it
        return False
    shell.run_line_magic("matplotlib", "inline")
    return True
