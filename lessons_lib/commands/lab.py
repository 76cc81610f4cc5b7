"""``techgeo-lessons lab``: copy the lessons into the learner's working folder and open them in JupyterLab
on 127.0.0.1; ``--copy-only`` copies and stops (what a hub runs when a learner's server starts)."""

from __future__ import annotations

import argparse
import importlib.util
import os
import shlex
import subprocess
import sys
from pathlib import Path

from lessons_lib.cli import EXIT_FAILED, EXIT_OK

DEFAULT_DIR = "techgeo-lessons"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lab",
        help="copy the lessons into a working folder and open them in JupyterLab",
        description=f"Copy the lessons into your working folder (default ./{DEFAULT_DIR}) without ever overwriting a "
                    "file you changed, then open JupyterLab there on 127.0.0.1. When a lesson you changed "
                    "has a new version, it is written beside yours as NN-slug.new.ipynb, and WHATS-NEW.md "
                    "in the folder says what is new. In a source checkout too, you work on a copy: the "
                    "tracked notebooks/ are never opened for editing. On a JupyterHub, run "
                    "'techgeo-lessons lab --copy-only' when each learner's server starts "
                    "(docs/deployment.md).",
        epilog="Stop JupyterLab with Ctrl-C. Exit codes: 0 done (or JupyterLab stopped normally), "
               "3 the lessons could not be copied or JupyterLab could not start.",
    )
    parser.add_argument("--dir", type=Path, metavar="DIR",
                        help=f"working folder for your copy of the lessons (default: ./{DEFAULT_DIR})")
    parser.add_argument("--lang", choices=("en", "fr"), default=None,
                        help="the lessons' language: en or fr (default: TECHGEO_LANG, else your locale's); "
                             "the French lessons go to ./techgeo-lessons-fr unless --dir is given")
    parser.add_argument("--copy-only", action="store_true",
                        help="copy or update the lessons in the working folder, then stop without starting "
                             "JupyterLab (for a hub's server start, or to update before class)")
    parser.add_argument("--port", type=int, default=0, metavar="N",
                        help="port for JupyterLab (default: the first free one from 8888)")
    parser.add_argument("--no-browser", action="store_true", help="do not open a web browser")
    parser.add_argument("--dry-run", action="store_true",
                        help="say what would be copied and which command would run, then stop")
    parser.set_defaults(handler=run)


def running_as_root() -> bool:
    """True for the root user (a container, a class hub image), where JupyterLab refuses to start
    unless told ``--allow-root``."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def lab_command(folder: Path, port: int = 0, no_browser: bool = False,
                allow_root: bool | None = None) -> list[str]:
    """The JupyterLab command line for ``folder``, listening on 127.0.0.1 only.

    ``allow_root`` defaults to whether this process runs as root.

    >>> lab_command(Path("/tmp/w"), port=9000, no_browser=True)[1:4]
    ['-m', 'jupyterlab', '--ServerApp.ip=127.0.0.1']
    >>> lab_command(Path("/tmp/w"), port=9000, no_browser=True, allow_root=False)[4:]
    ['--ServerApp.root_dir=/tmp/w', '--port=9000', '--no-browser']
    >>> lab_command(Path("/tmp/w"), allow_root=True)[-1]
    '--allow-root'
    """
    command = [sys.executable, "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.root_dir={folder}"]
    if port:
        command.append(f"--port={port}")
    if no_browser:
        command.append("--no-browser")
    if running_as_root() if allow_root is None else allow_root:
        command.append("--allow-root")
    return command


def run(args: argparse.Namespace) -> int:
    from lessons_lib.i18n import default_language
    from lessons_lib.workspace import NEWS, lessons_source, sync

    lang = args.lang or default_language()
    folder = (args.dir or Path(DEFAULT_DIR if lang == "en" else f"{DEFAULT_DIR}-{lang}")).expanduser().absolute()
    result = sync(folder, lessons_source(lang), dry_run=args.dry_run, lang=lang)
    for line in result.summary(default_language()):
        print(line)  # the summary already says "Would copy" in a dry run
    if result.news and not args.dry_run:
        print(f"New lessons are out: see {folder / NEWS}")
    if args.copy_only:
        return EXIT_OK
    command = lab_command(folder, args.port, args.no_browser)
    if args.dry_run:
        print("Would run:", shlex.join(command))
        return EXIT_OK
    if importlib.util.find_spec("jupyterlab") is None:
        print("techgeo-lessons: error: JupyterLab is not installed in this Python "
              f"({sys.executable}).\n  fix: {sys.executable} -m pip install 'jupyterlab>=4.2'",
              file=sys.stderr)
        return EXIT_FAILED
    print("Starting JupyterLab on 127.0.0.1 (stop it with Ctrl-C)...", flush=True)
    try:
        completed = subprocess.run(command, cwd=folder, check=False, env={**os.environ, "TECHGEO_LANG": lang})
    except KeyboardInterrupt:
        return EXIT_OK
    return EXIT_OK if completed.returncode in (0, -2, 130) else EXIT_FAILED
