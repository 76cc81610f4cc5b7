"""``techgeo-lessons results export|summary|reset``: the answers kept by the quizzes."""

from __future__ import annotations

import argparse
import sys

from lessons_lib.cli import EXIT_OK, EXIT_USAGE


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "results",
        help="export, summarise or reset the quiz answers kept on this computer",
        description="The quizzes keep every answer in a JSON file (see TECHGEO_RESULTS_DIR). "
        "Export it as CSV for a teacher, summarise it per lesson, or reset it.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", dest="action", required=True)
    export = actions.add_parser("export", help="write every answer as CSV")
    export.add_argument("--output", "-o", help="CSV file to write (default: standard output)")
    export.add_argument("--lesson", help="only this lesson, e.g. 00-start-here")
    summary = actions.add_parser("summary", help="per lesson: right at first try, right later, not yet right")
    summary.add_argument("--lesson")
    where = actions.add_parser("where", help="print the path of the results file")
    where.set_defaults(handler=run)
    reset = actions.add_parser("reset", help="forget the answers kept (all, or one lesson)")
    reset.add_argument("--lesson")
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for sub in (export, summary, reset):
        sub.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.quiz.results import ResultsStore

    store = ResultsStore()
    if args.action == "where":
        print(store.path)
    elif args.action == "export":
        if args.output:
            count = store.export_csv(args.output, args.lesson)
            print(f"{count} answers written to {args.output}", file=sys.stderr)
        else:
            store.export_csv(sys.stdout, args.lesson)
    elif args.action == "summary":
        table = store.summary(args.lesson)
        print(table.to_string(index=False) if len(table) else "No answers kept yet.")
    else:
        if not args.yes:
            scope = f"lesson {args.lesson}" if args.lesson else "every lesson"
            try:
                reply = input(f"Forget the answers of {scope} in {store.path}? [y/N] ")
            except EOFError:  # no one to ask (input from /dev/null, a script): do nothing
                print("\nNothing removed: no reply was typed (add --yes to reset without a question).")
                return EXIT_USAGE
            if reply.strip().lower() not in ("y", "yes", "o", "oui"):
                print("Nothing removed.")
                return EXIT_OK
        print(f"{store.reset(args.lesson)} answers removed.")
    return EXIT_OK
