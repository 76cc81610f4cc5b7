"""``techgeo-lessons answers 02``: the teacher's answer key of a lesson's quiz, as a table."""

from __future__ import annotations

import argparse

from lessons_lib.cli import EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "answers",
        help="print the answer key of a lesson's quiz (for teachers)",
        description="Print each question of a lesson's quiz with its right answer, checked against the data.",
    )
    parser.add_argument("lesson", help="lesson number or name, e.g. 02 or 02-timeline")
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the key (default: current)")
    parser.set_defaults(handler=run)


def answer_key_rows(lesson: str, lang: str | None = None) -> list[tuple[str, str, str, str]]:
    """``(number, question id, type, answer)`` for each question of a bank.

    >>> answer_key_rows("00", "en")[1]
    ('2', 'q2-july-mau', 'numeric', '689,000,000 monthly active users (± 5 %)')
    """
    from lessons_lib.quiz import load_bank

    bank = load_bank(lesson)
    return [(str(n), q.id, q.type, q.answer_key(lang)) for n, q in enumerate(bank.questions, 1)]


def format_table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    """Rows as a plain text table with aligned columns (the last column is not padded)."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, tuple("-" * len(h) for h in header), *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.quiz import load_bank

    bank = load_bank(args.lesson)
    print(f"{bank.lesson}: answer key")
    print(format_table(answer_key_rows(args.lesson, args.lang), ("#", "question", "type", "answer")))
    return EXIT_OK
