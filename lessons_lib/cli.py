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
import re
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from lessons_lib.errors import CONTROL_CHARACTERS

# sub-command modules, in the order --help lists them
COMMANDS = ("lab", "list", "check", "html", "lite", "present", "validate", "answers", "results")

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it


def interrupted_message(output: object) -> str:
    """What a build says when Ctrl-C stops it: the output folder is as it was.

    >>> interrupted_message("_site")
    'techgeo-lessons: interrupted (Ctrl-C): the build stopped and _site was left as it was.'
    """
    return f"techgeo-lessons: interrupted (Ctrl-C): the build stopped and {output} was left as it was."


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


# the control characters of lessons_lib.errors, and a carriage return that does not end a line
_CONTROL = re.compile(f"{CONTROL_CHARACTERS}|\r(?!\n)")


def visible(text: str) -> str:
    r"""``text`` with every control character shown as an escape, so that a terminal prints it and obeys none.

    >>> visible("title\x1b[2J\u202eevil\tok\r\n")
    'title\\x1b[2J\\u202eevil\tok\r\n'
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class _VisibleText:
    """A text stream that writes :func:`visible` text, and escapes what its encoding cannot write."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        text = visible(text)
        try:
            return self._stream.write(text)
        except UnicodeEncodeError:  # e.g. PYTHONIOENCODING=ascii: write "\xe9" rather than fail
            encoding = getattr(self._stream, "encoding", None) or "ascii"
            return self._stream.write(text.encode(encoding, "backslashreplace").decode(encoding))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def _visible_streams() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _VisibleText(sys.stdout), _VisibleText(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of raising.

    Text from banks and data reaches the terminal with its control characters escaped
    (:func:`visible`), and no error ends in a traceback.

    >>> main(["validate", "no-such-file.csv"])
    1 problem in no-such-file.csv:
      - found 'no-such-file.csv'; expected an existing CSV file (no file at this path)
    1
    """
    with _visible_streams(), warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = _show_warning
        return _run(argv)


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: TextIO | None = None, line: str | None = None) -> None:
    """A warning as one line for a person, not Python's file-and-line form."""
    print(f"techgeo-lessons: warning: {message}", file=sys.stderr)


def _run(argv: Sequence[str] | None) -> int:
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
        print("\ntechgeo-lessons: interrupted (Ctrl-C); stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as err:  # a bug: say so in one paragraph, never with a traceback
        print(f"techgeo-lessons: internal error: {type(err).__name__}: {err}\n"
              "This is a bug in techgeo-lessons; please report it with the command you ran.", file=sys.stderr)
        return EXIT_FAILED
