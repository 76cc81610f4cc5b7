"""``techgeo-lessons list``: the lessons, with the time each needs and its objectives."""

from __future__ import annotations

import argparse
import json
import sys

from lessons_lib.cli import EXIT_FAILED, EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help="list the lessons with their time and objectives",
        description="List the lessons (from the catalogue notebooks/lessons.yaml) with the time each "
                    "needs and what a learner will be able to do after it.",
    )
    parser.add_argument("--lang", choices=("en", "fr"), default=None,
                        help="language of titles and objectives (default: the current language, "
                             "TECHGEO_LANG or en)")
    parser.add_argument("--json", action="store_true", help="print JSON, for scripts")
    parser.add_argument("--all", action="store_true",
                        help="include lessons in the catalogue whose notebook is not there yet")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.i18n import resolve
    from lessons_lib.workspace import lessons, notebooks_dir

    lang = resolve(args.lang)
    found = lessons(only_existing=not args.all)
    if args.json:
        print(json.dumps([{"number": x.number, "slug": x.slug, "title": x.title_in(lang),
                           "minutes": x.minutes, "objectives": x.objectives_in(lang),
                           "notebook": f"{x.slug}.ipynb", "available": x.exists} for x in found],
                         ensure_ascii=False, indent=1))
        return EXIT_OK if found else EXIT_FAILED
    if not found:
        print(f"techgeo-lessons: error: no lessons found in {notebooks_dir()}", file=sys.stderr)
        return EXIT_FAILED
    minutes = "min"
    total = sum(x.minutes or 0 for x in found)
    for lesson in found:
        time = f"{lesson.minutes} {minutes}" if lesson.minutes else "?"
        missing = "" if lesson.exists else ("  (pas encore disponible)" if lang == "fr"
                                            else "  (not available yet)")
        print(f"{lesson.number}  {lesson.title_in(lang)}  [{time}]{missing}")
        print(f"    {lesson.slug}.ipynb")
        for objective in lesson.objectives_in(lang):
            print(f"    - {objective}")
    label = "leçons" if lang == "fr" else "lessons"
    print(f"\n{len(found)} {label}, {total} {minutes}")
    return EXIT_OK
