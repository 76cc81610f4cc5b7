"""``techgeo-lessons answers 02``: the teacher's answer key of a lesson's quiz, as a table
(built by :mod:`lessons_lib.course.quiz_key`)."""

from __future__ import annotations

import argparse

from lessons_lib.commands.exits import EXIT_OK
from lessons_lib.course.words import gettext
from lessons_lib.i18n import LANGUAGES, language_code


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "answers",
        help=gettext("print the answer key of a lesson's quiz (for teachers)"),
        description=gettext("Print each question of a lesson's quiz with its right answer, checked against "
                            "the data."),
    )
    parser.add_argument("lesson", help=gettext("lesson number or name, e.g. 02 or 02-timeline"))
    parser.add_argument("--lang", choices=LANGUAGES, type=language_code,
                        help=gettext("language of the key (default: the language of the command)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.course.quiz_key import answer_key

    print(answer_key(args.lesson, args.lang))
    return EXIT_OK
