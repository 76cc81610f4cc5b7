"""What ``lab`` and ``present`` say before they start a server: the command a dry run would run, or
the package that is missing."""

from __future__ import annotations

import shlex
import sys

from lessons_lib.commands.exits import EXIT_FAILED, EXIT_OK
from lessons_lib.course.words import gettext


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
