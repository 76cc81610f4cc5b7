"""The ``techgeo-lessons`` command (also ``python -m lessons_lib``).

Each sub-command lives in its own module under ``lessons_lib/commands/`` and defines
``register(subparsers)``, which adds its parser and sets ``handler`` (a function taking the parsed
arguments and returning an exit code).

Exit codes, for scripts: 0 success; 1 the command ran and found problems (``validate``,
``check``); 2 wrong usage; 3 the command could not run (a file missing, bad data, no browser...).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

# sub-command modules, in the order --help lists them
COMMANDS = ("lab", "list", "check", "html", "lite", "present", "validate", "answers", "results")

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="techgeo-lessons",
        description="Lessons on tech geopolitics: the US government vs TikTok, 2020-2026.",
        epilog="Exit codes: 0 success, 1 problems found, 2 wrong usage, 3 could not run.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"lessons_lib.commands.{name}").register(subparsers)
    return parser


def _version() -> str:
    from lessons_lib import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of raising.

    >>> main(["validate", "no-such-file.csv"])
    1 problem in no-such-file.csv:
      - found 'no-such-file.csv'; expected an existing CSV file (no file at this path)
    1
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse exits 2 on usage errors and 0 for --help
        return int(stop.code or 0)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    from lessons_lib.errors import DataError

    try:
        return int(handler(args))
    except BrokenPipeError:  # the reader went away (`techgeo-lessons answers 02 | head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except (DataError, OSError, ValueError) as err:
        print(f"techgeo-lessons: error: {err}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
