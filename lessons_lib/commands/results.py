"""``techgeo-lessons results where|export|summary|reset|collect|class``: the answers kept by the quizzes
(kept by :mod:`lessons_lib.quiz.results`, collected by :mod:`lessons_lib.quiz.classroom`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lessons_lib.commands.exits import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from lessons_lib.course.words import gettext, ngettext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "results",
        help=gettext("your quiz answers (export, summary, reset), or a class's (collect, class)"),
        description=gettext("The quizzes keep each learner's answers in a private file (see TECHGEO_RESULTS_DIR). "
                            "A learner can export, summarise or reset theirs; a teacher collects a class's files "
                            "into one CSV and sees, per question, how the class did."),
    )
    # TRANSLATORS: a section title, followed by a colon that argparse writes (French: end it with a no-break space)
    actions = parser.add_subparsers(title=gettext("actions"), metavar="ACTION", dest="action", required=True)
    only = gettext("only this lesson, e.g. 00-start-here")
    export = actions.add_parser("export", help=gettext("write your answers as CSV"))
    export.add_argument("--output", "-o", help=gettext("CSV file to write (default: standard output)"))
    export.add_argument("--lesson", help=only)
    summary = actions.add_parser("summary", help=gettext("per lesson: right at first try, right later, not yet right"))
    summary.add_argument("--lesson", help=only)
    actions.add_parser("where", help=gettext("print the path of your results file"))
    reset = actions.add_parser("reset", help=gettext("forget your answers (all, or one lesson)"))
    reset.add_argument("--lesson", help=only)
    reset.add_argument("--yes", action="store_true", help=gettext("do not ask for confirmation"))
    collect = actions.add_parser(
        "collect", help=gettext("teacher: merge many learners' results files into one CSV (read-only)"),
        description=gettext(
            "Read learners' results files (results-*.jsonl, an old results.json, or CSVs from "
            "'results export'), or folders holding them, without a lock and without writing to them; "
            "drop duplicate answers; write one CSV (cells a spreadsheet would run as a formula "
            "start with ') and print, per question, how the class did."),
        epilog=gettext("Exit codes: 0 done, 1 done but some file or line could not be read (each is named), "
                       "3 nothing could be written."))
    files = gettext("results files or folders")
    collect.add_argument("paths", nargs="+", metavar="PATH", help=files)
    collect.add_argument("--output", "-o", help=gettext("CSV file to write (default: standard output)"))
    collect.add_argument("--lesson", help=only)
    collect.add_argument("--pseudonymise", "--pseudonymize", action="store_true",
                         help=gettext("replace learners' names by learner-01, learner-02... (numbered in a random "
                                      "order)"))
    report = actions.add_parser(
        "class", help=gettext("teacher: per question, learners who tried, right at first try, right eventually, "
                              "most common wrong answers"),
        description=gettext("The class report of 'collect', without the CSV."))
    report.add_argument("paths", nargs="+", metavar="PATH", help=files)
    report.add_argument("--lesson", help=only)
    for sub in (export, summary, reset, collect, report, actions.choices["where"]):
        sub.set_defaults(handler=run)


def _print_report(records: list, out) -> None:
    from lessons_lib.course.tables import frame_text
    from lessons_lib.quiz.classroom import class_report

    table = class_report(records)
    if not len(table):
        print(gettext("No answers found."), file=out)
        return
    print(frame_text(table), file=out)


def _collect(args: argparse.Namespace) -> int:
    from lessons_lib.quiz.classroom import collect

    found = collect([Path(p) for p in args.paths], lesson=args.lesson,
                    pseudonymous=getattr(args, "pseudonymise", False))
    for problem in found.problems:
        print(gettext("techgeo-lessons: warning: {problem}").format(problem=problem), file=sys.stderr)
    if args.action == "class":
        _print_report(found.records, sys.stdout)
        return EXIT_PROBLEMS if found.problems else EXIT_OK
    if args.output:
        found.write_csv(args.output)
        report_to = sys.stdout
    else:
        found.write_csv(sys.stdout)
        report_to = sys.stderr  # the CSV is on standard output
    print(_collected(found, args.output), file=report_to)
    _print_report(found.records, report_to)
    return EXIT_PROBLEMS if found.problems else EXIT_OK


def _collected(found, output: str | None) -> str:
    """The sentence that says what ``collect`` read (and where it wrote)."""
    counts = {"answers": len(found.records), "learners": len(found.learners), "files": len(found.files),
              "duplicates": found.duplicates, "output": output}
    said = ngettext("{answers} answers from {learners} learners in {files} file",
                    "{answers} answers from {learners} learners in {files} files", len(found.files)).format(**counts)
    if found.duplicates:
        said += " " + ngettext("({duplicates} duplicate dropped)", "({duplicates} duplicates dropped)",
                               found.duplicates).format(**counts)
    if output:
        said += " " + gettext("written to {output}").format(**counts)
    return said + "."


def run(args: argparse.Namespace) -> int:
    if args.action in ("collect", "class"):
        return _collect(args)
    from lessons_lib.course.tables import frame_text
    from lessons_lib.quiz.results import ResultsStore

    store = ResultsStore()
    if args.action == "where":
        print(store.path)
    elif args.action == "export":
        if args.output:
            count = store.export_csv(args.output, args.lesson)
            print(ngettext("{n} answer written to {output}", "{n} answers written to {output}", count).format(
                n=count, output=args.output), file=sys.stderr)
        else:
            store.export_csv(sys.stdout, args.lesson)
    elif args.action == "summary":
        table = store.summary(args.lesson)
        print(frame_text(table) if len(table) else gettext("No answers kept yet."))
    else:
        return _reset(store, args)
    return EXIT_OK


def _reset(store, args: argparse.Namespace) -> int:
    if not args.yes:
        question = (gettext("Forget your answers of lesson {lesson} in {path}? [y/N] ") if args.lesson
                    else gettext("Forget your answers of every lesson in {path}? [y/N] "))
        try:
            reply = input(question.format(lesson=args.lesson, path=store.path))
        except EOFError:  # no one to ask (input from /dev/null, a script): do nothing
            print("\n" + gettext("Nothing removed: no reply was typed (add --yes to reset without a question)."))
            return EXIT_USAGE
        if reply.strip().lower() not in ("y", "yes", "o", "oui"):
            print(gettext("Nothing removed."))
            return EXIT_OK
    removed = store.reset(args.lesson)
    print(ngettext("{n} answer removed.", "{n} answers removed.", removed).format(n=removed))
    return EXIT_OK
