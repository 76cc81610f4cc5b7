"""``techgeo-lessons present NN``: one lesson as an app (code hidden) with Voila, on 127.0.0.1."""

from __future__ import annotations

import argparse
import importlib.util
import os
import shlex
import subprocess
import sys
from pathlib import Path

from lessons_lib.cli import EXIT_FAILED, EXIT_OK

INSTALL_HINT = "python -m pip install 'voila>=0.5'"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "present",
        help="serve one lesson as an app with Voila (code hidden), on 127.0.0.1",
        description="Run one lesson with Voila and serve it as a web app on 127.0.0.1: text, charts and "
                    "working quizzes, code hidden. From an installed package the lessons are first copied "
                    "into a working folder (as `lab` does); in a checkout, notebooks/ is used. "
                    f"Needs Voila: {INSTALL_HINT}",
        epilog="Stop it with Ctrl-C. Exit codes: 0 stopped normally, 2 unknown lesson, "
               "3 Voila is missing or could not start.",
    )
    parser.add_argument("lesson", help="lesson number or name, e.g. 00 or 00-start-here")
    parser.add_argument("--dir", type=Path, metavar="DIR",
                        help="working folder for your copy of the lessons (default: ./techgeo-lessons; "
                             "in a checkout, notebooks/ unless --dir is given)")
    parser.add_argument("--port", type=port_number, default=0, metavar="N",
                        help="port for Voila, 1 to 65535 (default: the first free one from 8866)")
    parser.add_argument("--no-browser", action="store_true", help="do not open a web browser")
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the lesson's quizzes and charts")
    parser.add_argument("--dry-run", action="store_true", help="say which command would run, then stop")
    parser.set_defaults(handler=run)


def port_number(text: str) -> int:
    """A TCP port for ``--port``: 0 (any free one) to 65535.

    >>> port_number("8866")
    8866
    """
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (write a whole number, e.g. 8866)") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (ports go from 1 to 65535)")
    return port


def voila_command(notebook: Path, port: int = 0, no_browser: bool = False) -> list[str]:
    """The Voila command line for one notebook, on 127.0.0.1 only, with a token, sources stripped.

    Voila makes the token itself and prints it in the address it opens (a token given on the command
    line could be read by any local user in the process list).

    >>> command = voila_command(Path("/w/00-start-here.ipynb"), port=9000, no_browser=True)
    >>> command[1:6]
    ['-m', 'voila', '/w/00-start-here.ipynb', '--Voila.ip=127.0.0.1', '--Voila.auto_token=True']
    >>> command[6:]
    ['--strip_sources=True', '--port=9000', '--no-browser']
    """
    command = [sys.executable, "-m", "voila", str(notebook), "--Voila.ip=127.0.0.1", "--Voila.auto_token=True",
               "--strip_sources=True"]
    if port:
        command.append(f"--port={port}")
    if no_browser:
        command.append("--no-browser")
    return command


def run(args: argparse.Namespace) -> int:
    from lessons_lib.cli import EXIT_USAGE
    from lessons_lib.workspace import in_checkout, lessons, notebooks_dir, sync

    key = args.lesson.strip()
    found = [x for x in lessons() if key in (x.slug, x.number, x.number.lstrip("0") or "0")]
    if len(found) != 1:
        names = ", ".join(x.slug for x in lessons())
        print(f"techgeo-lessons: error: no lesson {key!r}; the lessons are: {names}", file=sys.stderr)
        return EXIT_USAGE
    lesson = found[0]
    if args.dir is None and in_checkout():
        folder = notebooks_dir()
    else:
        folder = (args.dir or Path("techgeo-lessons")).expanduser().resolve()
        for line in sync(folder, dry_run=args.dry_run).summary():
            print(("Would do: " if args.dry_run else "") + line)
    command = voila_command(folder / lesson.path.name, args.port, args.no_browser)
    if args.dry_run:
        print("Would run:", shlex.join(command))
        return EXIT_OK
    if importlib.util.find_spec("voila") is None:
        print(f"techgeo-lessons: error: Voila is not installed in this Python ({sys.executable}).\n"
              f"Install it with:\n    {INSTALL_HINT}", file=sys.stderr)
        return EXIT_FAILED
    env = dict(os.environ)
    if args.lang:
        env["TECHGEO_LANG"] = args.lang
    print(f"Serving {lesson.slug} with Voila on 127.0.0.1 (stop it with Ctrl-C)...", flush=True)
    sys.stdout.flush()
    if os.name == "posix":  # become Voila: one process, whose PID is the server's
        os.chdir(folder)
        os.execve(sys.executable, command, env)
    try:  # pragma: no cover - Windows
        completed = subprocess.run(command, cwd=folder, env=env, check=False)
    except KeyboardInterrupt:  # pragma: no cover
        return EXIT_OK
    return EXIT_OK if completed.returncode in (0, -2, 130) else EXIT_FAILED  # pragma: no cover
