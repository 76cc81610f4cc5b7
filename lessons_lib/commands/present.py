"""``techgeo-lessons present NN``: one lesson as an app (code hidden) with Voila, on 127.0.0.1.
Finding the lesson, its folder and the command line are :mod:`lessons_lib.course.launch`'s."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from lessons_lib.commands.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from lessons_lib.commands.serving import folder_path, port_number, stop_before_serving
from lessons_lib.course.words import gettext
from lessons_lib.i18n import LANGUAGES, language_code


def register(subparsers: argparse._SubParsersAction) -> None:
    from lessons_lib.course.launch import VOILA_HINT

    parser = subparsers.add_parser(
        "present",
        help=gettext("serve one lesson as an app with Voila (code hidden), on 127.0.0.1"),
        description=gettext(
            "Run one lesson with Voila and serve it as a web app on 127.0.0.1: text, charts and "
            "working quizzes, code hidden. From an installed package the lessons are first copied "
            "into a working folder (as `lab` does); in a checkout, notebooks/ is used. "
            "Needs Voila: {command}").format(command=VOILA_HINT),
        epilog=gettext("Stop it with Ctrl-C. Exit codes: 0 stopped normally, 2 unknown lesson, "
                       "3 Voila is missing or could not start."),
    )
    parser.add_argument("lesson", help=gettext("lesson number or name, e.g. 00 or 00-start-here"))
    parser.add_argument("--dir", type=folder_path, metavar="DIR",
                        help=gettext("working folder for your copy of the lessons (default: ./techgeo-lessons; "
                                     "in a checkout, notebooks/ unless --dir is given)"))
    parser.add_argument("--port", type=port_number, default=0, metavar="N",
                        help=gettext("port for Voila, 1 to 65535 (default: the first free one from 8866)"))
    parser.add_argument("--no-browser", action="store_true", help=gettext("do not open a web browser"))
    parser.add_argument("--lang", choices=LANGUAGES, type=language_code, default=None,
                        help=gettext("the lessons' language: en or fr (default: TECHGEO_LANG, else your "
                                     "locale's); the French lessons go to ./techgeo-lessons-fr unless --dir is "
                                     "given"))
    parser.add_argument("--dry-run", action="store_true",
                        help=gettext("say which command would run, then stop"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.course.launch import (
        STOPPED_NORMALLY,
        VOILA_HINT,
        UnknownLesson,
        find_lesson,
        prepare_present,
        voila_command,
    )
    from lessons_lib.i18n import get_language

    try:
        lesson = find_lesson(args.lesson)
    except UnknownLesson as err:
        print(gettext("techgeo-lessons: error: {error}").format(error=err), file=sys.stderr)
        return EXIT_USAGE
    lang = args.lang or get_language()  # the lesson's language: --lang, TECHGEO_LANG or the locale
    prepared = prepare_present(args.dir, lang, dry_run=args.dry_run)
    if prepared.synced is not None:
        print("\n".join(prepared.synced.summary()))
    command = voila_command(prepared.folder / lesson.path.name, args.port, args.no_browser)
    stop = stop_before_serving(command, dry_run=args.dry_run, module="voila", program="Voila", hint=VOILA_HINT)
    if stop is not None:
        return stop
    env = {**os.environ, "TECHGEO_LANG": lang}  # the quizzes and charts speak the lesson's language
    print(gettext("Serving {lesson} with Voila on 127.0.0.1 (stop it with Ctrl-C)...").format(lesson=lesson.slug),
          flush=True)
    if os.name == "posix":  # become Voila: one process, whose PID is the server's
        os.chdir(prepared.folder)
        os.execve(sys.executable, command, env)
    try:  # pragma: no cover - Windows
        completed = subprocess.run(command, cwd=prepared.folder, env=env, check=False)
    except KeyboardInterrupt:  # pragma: no cover
        return EXIT_OK
    return EXIT_OK if completed.returncode in STOPPED_NORMALLY else EXIT_FAILED  # pragma: no cover
