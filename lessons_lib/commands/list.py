"""``techgeo-lessons list``: the lessons, with the time each needs and its objectives (the catalogue is
read by :mod:`lessons_lib.course.catalogue`)."""

from __future__ import annotations

import argparse
import json
import sys

from lessons_lib.commands.exits import EXIT_FAILED, EXIT_OK
from lessons_lib.course.words import gettext, ngettext
from lessons_lib.i18n import LANGUAGES, language_code


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help=gettext("list the lessons with their time and objectives"),
        description=gettext("List the lessons (from the catalogue notebooks/lessons.yaml) with the time each "
                            "needs and what a learner will be able to do after it."),
    )
    parser.add_argument("--lang", choices=LANGUAGES, type=language_code, default=None,
                        help=gettext("language of titles and objectives (default: the language of the "
                                     "command: --lang before the command, TECHGEO_LANG or your locale's)"))
    parser.add_argument("--json", action="store_true", help=gettext("print JSON, for scripts"))
    parser.add_argument("--all", action="store_true",
                        help=gettext("include lessons in the catalogue whose notebook is not there yet"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.course.catalogue import lessons, notebooks_dir
    from lessons_lib.i18n import resolve

    lang = resolve(args.lang)
    found = lessons(only_existing=not args.all)
    if args.json:
        print(json.dumps([x.as_record(lang) for x in found], ensure_ascii=False, indent=1))
        return EXIT_OK if found else EXIT_FAILED
    if not found:
        print(gettext("techgeo-lessons: error: no lessons found in {folder}").format(folder=notebooks_dir()),
              file=sys.stderr)
        return EXIT_FAILED
    minutes = gettext("{n} min", lang)
    for lesson in found:
        time = minutes.format(n=lesson.minutes) if lesson.minutes else "?"
        missing = "" if lesson.exists else "  " + gettext("(not available yet)", lang)
        print(f"{lesson.number}  {lesson.title_in(lang)}  [{time}]{missing}")
        print(f"    {lesson.slug}.ipynb")
        for objective in lesson.objectives_in(lang):
            print(f"    - {objective}")
    total = minutes.format(n=sum(x.minutes or 0 for x in found))
    print("\n" + ngettext("{n} lesson, {total}", "{n} lessons, {total}", len(found), lang).format(
        n=len(found), total=total))
    return EXIT_OK
