"""``techgeo-lessons check``: is this environment ready for the lessons? (the checks are in
:mod:`lessons_lib.course.environment`)

Each line starts with ``[ OK ]`` or ``[FAIL]``; every failure is followed by a ``fix:`` line.
The exit code is 0 when everything is fine and 1 when anything failed.
"""

from __future__ import annotations

import argparse

from lessons_lib.commands.exits import EXIT_OK, EXIT_PROBLEMS
from lessons_lib.course.words import gettext, ngettext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help=gettext("check that this environment can run the lessons"),
        description=gettext("Check Python and package versions, the widgets front end, the Jupyter kernel, "
                            "the lesson data and the quiz results folder. Prints [ OK ] or [FAIL] per line, "
                            "with a fix for each failure."),
        epilog=gettext("Exit codes: 0 everything is fine, 1 something failed."),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.course.environment import run_checks

    failures = 0
    for result in run_checks():
        failures += not result.ok
        print("\n".join(result.lines()), flush=True)
    if failures:
        print("\n" + ngettext("{n} check failed: apply the fix under the [FAIL] line, then run "
                              "techgeo-lessons check again.",
                              "{n} checks failed: apply the fix under each [FAIL] line, then run "
                              "techgeo-lessons check again.", failures).format(n=failures))
        return EXIT_PROBLEMS
    print("\n" + gettext("Everything is ready: run techgeo-lessons lab"))
    return EXIT_OK
