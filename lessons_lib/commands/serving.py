"""What ``lab`` and ``present`` share: their ``--port`` and ``--dir`` options (``--dir`` also serves ``html`` and
``lite`` as ``--output``), and what they say before they start a server (the command a dry run would run, or the
package that is missing)."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from lessons_lib.commands.exits import EXIT_FAILED, EXIT_OK
from lessons_lib.course.words import gettext
from lessons_lib.i18n import expand_home


def stop_before_serving(command: list[str], *, dry_run: bool, module: str, program: str, hint: str) -> int | None:
    """The exit code when the server must not start (a dry run, or ``module`` not installed), after saying
    why; None when it can start."""
    from lessons_lib.course.launch import installed

    if dry_run:
        print(gettext("Would run: {command}").format(command=shlex.join(command)))
        return EXIT_OK
    if not installed(module):
        print(gettext("techgeo-lessons: error: {program} is not installed in this Python ({python}).\n"
                      "  fix: {command}").format(program=program, python=sys.executable, command=hint),
              file=sys.stderr)
        return EXIT_FAILED
    return None


def folder_path(text: str) -> Path:
    """A folder for ``--dir`` or ``--output``: not blank (which would mean the current folder), ``~`` expanded.

    >>> folder_path("~/work") == Path.home() / "work"
    True
    """
    if not text.strip():
        raise argparse.ArgumentTypeError(gettext("the folder is blank; give a folder, e.g. ./techgeo-lessons "
                                                 "(or . for the current folder)"))
    try:
        return expand_home(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def lesson_keys(values: list[str] | None) -> list[str] | None:
    """The lessons ``--lessons`` names, whether written apart (``00 01``) or with commas (``00,01``).

    >>> lesson_keys(["00,01", "03"]), lesson_keys(None)
    (['00', '01', '03'], None)
    """
    return None if values is None else [key.strip() for value in values for key in value.split(",")]


def port_number(text: str) -> int:
    """A TCP port for ``--port``: 0 (any free one) to 65535.

    >>> port_number("8866")
    8866
    """
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(gettext("{text} is not a port number (write a whole number, "
                                                 "e.g. 8866)").format(text=repr(text))) from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(gettext("{port} is not a port number (ports go from 1 to "
                                                 "65535)").format(port=port))
    return port
