"""``techgeo-lessons html``: run the lessons and write them as a static HTML site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lessons_lib.commands.exits import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_PROBLEMS, interrupted_message


def positive_seconds(text: str) -> int:
    """Seconds for ``--timeout``: a whole number from 1 to 86400 (a day).

    >>> positive_seconds("600")
    600
    """
    try:
        seconds = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (write e.g. 600)") from None
    if not 1 <= seconds <= 86_400:
        raise argparse.ArgumentTypeError(f"{seconds} seconds is out of range (1 to 86400)")
    return seconds


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "html",
        help="run the lessons and write them as a static HTML site",
        description="Run every lesson in a fresh kernel and write an HTML site (index page, one page "
                    "per lesson, charts as images, quizzes in static form without their answers), "
                    "for learners without Jupyter and for teachers to preview.",
        epilog="Exit codes: 0 site written, 1 some lessons failed to run (the others were written), "
               "3 nothing could be written.",
    )
    parser.add_argument("--output", "-o", type=Path, default=Path("_site"), metavar="DIR",
                        help="folder for the site (default: ./_site)")
    parser.add_argument("--no-execute", dest="execute", action="store_false",
                        help="use the outputs stored in the notebooks instead of running them (faster)")
    parser.add_argument("--lang", choices=("en", "fr"), default="en",
                        help="language of the pages, quizzes and charts (default: en)")
    parser.add_argument("--lessons", nargs="+", metavar="NN",
                        help="only these lessons, by number or name (default: all)")
    parser.add_argument("--teacher", action="store_true",
                        help="build the teacher's site: the teacher's edition, with the exercises' solutions "
                             "(the default learner's site has none)")
    parser.add_argument("--timeout", type=positive_seconds, default=600, metavar="S",
                        help="seconds a single cell may run (default: 600)")
    parser.add_argument("--force", action="store_true",
                        help="replace the output folder even if it holds files an earlier build did not write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.site import build_site

    try:
        result = build_site(args.output, execute=args.execute, lang=args.lang, only=args.lessons,
                            timeout=args.timeout, progress=lambda msg: print(msg, flush=True), force=args.force,
                            teacher=args.teacher)
    except KeyboardInterrupt:
        print(interrupted_message(args.output), file=sys.stderr)
        return EXIT_INTERRUPTED
    for slug, why in result.failed.items():
        print(f"[FAIL] {slug}: {why}", file=sys.stderr)
    if not result.pages:
        print("techgeo-lessons: error: no page was written", file=sys.stderr)
        return EXIT_FAILED
    print(f"Wrote {len(result.pages)} lesson pages and {result.index}")
    return EXIT_PROBLEMS if result.failed else EXIT_OK
