"""``techgeo-lessons lab``: copy the lessons into the learner's working folder and open them in JupyterLab
on 127.0.0.1; ``--copy-only`` copies and stops (what a hub runs when a learner's server starts).
The copying and the command line are :mod:`lessons_lib.course.launch`'s."""

from __future__ import annotations

import argparse
import os
import subprocess

from lessons_lib.commands.exits import EXIT_FAILED, EXIT_OK
from lessons_lib.commands.serving import folder_path, port_number, stop_before_serving
from lessons_lib.course.words import gettext
from lessons_lib.i18n import LANGUAGES, language_code


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lab",
        help=gettext("copy the lessons into a working folder and open them in JupyterLab"),
        description=gettext(
            "Copy the lessons into your working folder (default ./techgeo-lessons) without ever overwriting a "
            "file you changed, then open JupyterLab there on 127.0.0.1. When a lesson you changed "
            "has a new version, it is written beside yours as NN-slug.new.ipynb, and WHATS-NEW.md "
            "in the folder says what is new. In a source checkout too, you work on a copy: the "
            "tracked notebooks/ are never opened for editing. On a JupyterHub, run "
            "'techgeo-lessons lab --copy-only' when each learner's server starts "
            "(docs/deployment.md)."),
        epilog=gettext("Stop JupyterLab with Ctrl-C. Exit codes: 0 done (or JupyterLab stopped normally), "
                       "3 the lessons could not be copied or JupyterLab could not start."),
    )
    parser.add_argument("--dir", type=folder_path, metavar="DIR",
                        help=gettext("working folder for your copy of the lessons (default: ./techgeo-lessons)"))
    parser.add_argument("--lang", choices=LANGUAGES, type=language_code, default=None,
                        help=gettext("the lessons' language: en or fr (default: TECHGEO_LANG, else your "
                                     "locale's); the French lessons go to ./techgeo-lessons-fr unless --dir is "
                                     "given"))
    parser.add_argument("--copy-only", action="store_true",
                        help=gettext("copy or update the lessons in the working folder, then stop without "
                                     "starting JupyterLab (for a hub's server start, or to update before class)"))
    parser.add_argument("--port", type=port_number, default=0, metavar="N",
                        help=gettext("port for JupyterLab (default: the first free one from 8888)"))
    parser.add_argument("--no-browser", action="store_true", help=gettext("do not open a web browser"))
    parser.add_argument("--dry-run", action="store_true",
                        help=gettext("say what would be copied and which command would run, then stop"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.course.launch import JUPYTERLAB_HINT, STOPPED_NORMALLY, lab_command, prepare_lab
    from lessons_lib.course.workspace import NEWS
    from lessons_lib.i18n import get_language

    lang = args.lang or get_language()  # the command's language: --lang, TECHGEO_LANG or the locale
    prepared = prepare_lab(args.dir, lang, dry_run=args.dry_run)
    for line in prepared.synced.summary():
        print(line)  # the summary already says "Would copy" in a dry run
    if prepared.synced.news and not args.dry_run:
        print(gettext("New lessons are out: see {path}").format(path=prepared.folder / NEWS))
    if args.copy_only:
        return EXIT_OK
    command = lab_command(prepared.folder, args.port, args.no_browser)
    stop = stop_before_serving(command, dry_run=args.dry_run, module="jupyterlab", program="JupyterLab",
                               hint=JUPYTERLAB_HINT)
    if stop is not None:
        return stop
    print(gettext("Starting JupyterLab on 127.0.0.1 (stop it with Ctrl-C)..."), flush=True)
    try:
        completed = subprocess.run(command, cwd=prepared.folder, check=False,
                                   env={**os.environ, "TECHGEO_LANG": lang})
    except KeyboardInterrupt:
        return EXIT_OK
    return EXIT_OK if completed.returncode in STOPPED_NORMALLY else EXIT_FAILED
