"""The ``techgeo-lessons`` command (also ``python -m lessons_lib``).

Each sub-command lives in its own module under ``lessons_lib/commands/`` and defines
``register(subparsers)``, which adds its parser and sets ``handler`` (a function taking the parsed
arguments and returning an exit code). The commands are thin: the work is done in
``lessons_lib/course/`` (and the learner's modules), the command parses, calls and prints.

The command speaks English or French: ``--lang`` before the command name, else ``TECHGEO_LANG``, else
the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``). A command's own ``--lang`` (``lab --lang fr``) chooses
the language of what it works on (the lessons, a key), and defaults to the command's language.

Exit codes, for scripts (:mod:`lessons_lib.commands.exits`): 0 success; 1 the command ran and found
problems (``validate``, ``check``); 2 wrong usage; 3 the command could not run (a file missing, bad
data, no browser...).
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

from lessons_lib.commands.argparse_words import argparse_speaking
from lessons_lib.commands.exits import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from lessons_lib.course.words import gettext
from lessons_lib.errors import CONTROL_CHARACTERS
from lessons_lib.i18n import LANGUAGES, chosen_language, default_language, language_code, speaking

# sub-command modules, in the order --help lists them
COMMANDS = ("lab", "list", "check", "html", "lite", "present", "validate", "answers", "results")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered, its help in the current language."""
    parser = argparse.ArgumentParser(
        prog="techgeo-lessons",
        description=gettext("Lessons on tech geopolitics: the US government vs TikTok, 2020-2026."),
        epilog=gettext("Exit codes: 0 success, 1 problems found, 2 wrong usage, 3 could not run."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}",
                        help=gettext("show the version and exit"))
    parser.add_argument("--lang", choices=LANGUAGES, type=language_code, dest="command_lang",
                        help=gettext("language of the commands' help, messages and errors (default: "
                                     "TECHGEO_LANG, else your locale's)"))
    # TRANSLATORS: a section title, followed by a colon that argparse writes (French: end it with a no-break space)
    subparsers = parser.add_subparsers(title=gettext("commands"), metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"lessons_lib.commands.{name}").register(subparsers)
    return parser


def command_language(argv: Sequence[str]) -> str:
    """The language the command speaks: ``--lang`` given before the command name, else the language a
    program running :func:`main` set (:func:`lessons_lib.i18n.set_language`), else
    :func:`lessons_lib.i18n.default_language` (``TECHGEO_LANG``, then the locale).

    It is found before the parser is built, because the help is written when the parser is.

    >>> command_language(["--lang", "fr", "list"]), command_language(["--lang=fr", "--help"])
    ('fr', 'fr')
    >>> import os; os.environ["TECHGEO_LANG"] = "en"
    >>> command_language(["lab", "--lang", "fr"])  # lab's own --lang: the lessons' language
    'en'
    >>> del os.environ["TECHGEO_LANG"]
    """
    words = list(argv)
    for i, word in enumerate(words):
        if not word.startswith("-"):  # the command name: what follows is the command's own
            break
        value = words[i + 1] if word == "--lang" and i + 1 < len(words) else word.partition("=")[2]
        if word.split("=")[0] == "--lang" and language_code(value) in LANGUAGES:
            return language_code(value)
    return chosen_language() or default_language()


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
    # a stream Python could not open (the shell closed it: `command >&-`) is None: what goes there is dropped
    sys.stdout, sys.stderr = (_VisibleText(stream or open(os.devnull, "w", encoding="utf-8"))  # type: ignore[assignment]
                              for stream in saved)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of raising.

    Text from banks and data reaches the terminal with its control characters escaped
    (:func:`visible`), and no error ends in a traceback.

    >>> main(["--lang", "en", "validate", "no-such-file.csv"])
    1 problem in no-such-file.csv:
      - found 'no-such-file.csv'; expected an existing CSV file (no file at this path)
    1
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    with _visible_streams(), warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = _show_warning
        with speaking(command_language(argv)), argparse_speaking():
            return _run(argv)


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: TextIO | None = None, line: str | None = None) -> None:
    """A warning as one line for a person, not Python's file-and-line form."""
    print(gettext("techgeo-lessons: warning: {problem}").format(problem=message), file=sys.stderr)


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
    except OSError as err:  # a file or folder the command could not use: named, and why, never "[Errno 28]"
        from lessons_lib.i18n import describe_os_error

        said = describe_os_error(err, writing=None)
        print(gettext("techgeo-lessons: error: {error}").format(error=said), file=sys.stderr)
        return EXIT_FAILED
    except (DataError, ValueError) as err:
        print(gettext("techgeo-lessons: error: {error}").format(error=err), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("\n" + gettext("techgeo-lessons: interrupted (Ctrl-C); stopped."), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as err:  # a bug: say so in one paragraph, never with a traceback
        print(gettext("techgeo-lessons: internal error: {error}\nThis is a bug in techgeo-lessons; please report "
                      "it with the command you ran.").format(error=f"{type(err).__name__}: {err}"), file=sys.stderr)
        return EXIT_FAILED
