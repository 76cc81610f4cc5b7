"""``techgeo-lessons validate PATH``: check a CSV file (or the whole data folder) against the schema."""

from __future__ import annotations

import argparse
from pathlib import Path

from lessons_lib.cli import EXIT_OK, EXIT_PROBLEMS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check a CSV file or a data folder against the lesson schema",
        description="Check a CSV file (events.csv, user_stats.csv, ...) or a folder holding "
                    "datapackage.json, and list every problem with its line, column and value.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="CSV file(s) or data folder(s)")
    parser.add_argument("--table", help="which table a file holds, when its name does not say "
                                        "(events, user_stats, claims, actors, ...)")
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
