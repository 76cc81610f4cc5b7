"""``techgeo-lessons results where|export|summary|reset|collect|class``: the answers kept by the quizzes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lessons_lib.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "results",
        help="your quiz answers (export, summary, reset), or a class's (collect, class)",
        description="The quizzes keep each learner's answers in a private file (see TECHGEO_RESULTS_DIR). "
        "A learner can export, summarise or reset theirs; a teacher collects a class's files "
        "into one CSV and sees, per question, how the class did.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", dest="action", required=True)
    export = actions.add_parser("export", help="write your answers as CSV")
    export.add_argument("--output", "-o", help="CSV file to write (default: standard output)")
    export.add_argument("--lesson", help="only this lesson, e.g. 00-start-here")
    summary = actions.add_parser("summary", help="per lesson: right at first try, right later, not yet right")
    summary.add_argument("--lesson")
    actions.add_parser("where", help="print the path of your results file")
    reset = actions.add_parser("reset", help="forget your answers (all, or one lesson)")
    reset.add_argument("--lesson")
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    collect = actions.add_parser(
        "collect", help="teacher: merge many learners' results files into one CSV (read-only)",
        description="Read learners' results files (results-*.jsonl, an old results.json, or CSVs from "
                    "'results export'), or folders holding them, without a lock and without writing to them; "
                    "drop duplicate answers; write one CSV (cells a spreadsheet would run as a formula "
                    "start with ') and print, per question, how the class did.",
        epilog="Exit codes: 0 done, 1 done but some file or line could not be read (each is named), "
               "3 nothing could be written.")
    collect.add_argument("paths", nargs="+", metavar="PATH", help="results files or folders")
    collect.add_argument("--output", "-o", help="CSV file to write (default: standard output)")
    collect.add_argument("--lesson", help="only this lesson, e.g. 00-start-here")
    collect.add_argument("--pseudonymise", "--pseudonymize", action="store_true",
                         help="replace learners' names by learner-01, learner-02... (numbered in a random order)")
    report = actions.add_parser(
        "class", help="teacher: per question, learners who tried, right at first try, right eventually, "
                      "most common wrong answers", description="The class report of 'collect', without the CSV.")
    report.add_argument("paths", nargs="+", metavar="PATH", help="results files or folders")
    report.add_argument("--lesson", help="only this lesson, e.g. 00-start-here")
    for sub in (export, summary, reset, collect, report, actions.choices["where"]):
        sub.set_defaults(handler=run)


def _print_report(records: list, out) -> None:
    from lessons_lib.quiz.classroom import class_report

    table = class_report(records)
    if not len(table):
        print("No answers found.", file=out)
        return
    print(table.to_string(index=False), file=out)


def _collect(args: argparse.Namespace) -> int:
    from lessons_lib.quiz.classroom import collect

    found = collect([Path(p) for p in args.paths], lesson=args.lesson,
                    pseudonymous=getattr(args, "pseudonymise", False))
    for problem in found.problems:
        print(f"techgeo-lessons: warning: {problem}", file=sys.stderr)
    if args.action == "class":
        _print_report(found.records, sys.stdout)
        return EXIT_PROBLEMS if found.problems else EXIT_OK
    if args.output:
        found.write_csv(args.output)
        report_to = sys.stdout
    else:
        found.write_csv(sys.stdout)
        report_to = sys.stderr  # the CSV is on standard output
    print(f"{len(found.records)} answers from {len(found.learners)} learners in {len(found.files)} files"
          f"{f' ({found.duplicates} duplicates dropped)' if found.duplicates else ''}"
          f"{f' written to {args.output}' if args.output else ''}.", file=report_to)
    _print_report(found.records, report_to)
    return EXIT_PROBLEMS if found.problems else EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.action in ("collect", "class"):
        return _collect(args)
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
                reply = input(f"Forget your answers of {scope} in {store.path}? [y/N] ")
            except EOFError:  # no one to ask (input from /dev/null, a script): do nothing
                print("\nNothing removed: no reply was typed (add --yes to reset without a question).")
                return EXIT_USAGE
            if reply.strip().lower() not in ("y", "yes", "o", "oui"):
                print("Nothing removed.")
                return EXIT_OK
        removed = store.reset(args.lesson)
        print(f"{removed} {'answer' if removed == 1 else 'answers'} removed.")
    return EXIT_OK
