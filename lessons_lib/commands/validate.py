"""``techgeo-lessons validate PATH``: check a CSV file (or the whole data folder) against the schema
(the checks are :mod:`lessons_lib.validation`'s, and so are its messages)."""

from __future__ import annotations

import argparse
from pathlib import Path

from lessons_lib.commands.exits import EXIT_OK, EXIT_PROBLEMS
from lessons_lib.course.words import gettext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help=gettext("check a CSV file or a data folder against the lesson schema"),
        description=gettext("Check a CSV file (events.csv, user_stats.csv, ...) or a folder holding "
                            "datapackage.json, and list every problem with its line, column and value."),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=gettext("CSV file(s) or data folder(s)"))
    parser.add_argument("--table", help=gettext("which table a file holds, when its name does not say "
                                                "(events, user_stats, claims, actors, ...)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.validation import validate, validate_package

    status = EXIT_OK
    for path in map(Path, args.paths):
        if path.is_dir():  # a package: its own datapackage.json says which tables it holds
            reports = validate_package(path)
        else:
            reports = [validate(path, args.table)]
        for report in reports:
            print(report)
            if not report.ok:
                status = EXIT_PROBLEMS
    return status
