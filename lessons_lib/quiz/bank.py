"""Loading a quiz bank (``data/quizzes/NN-slug.yaml``): find it, read it, check it, bind it to the data.

Each step has its module: :mod:`~lessons_lib.quiz.locate` finds the file, :mod:`~lessons_lib.quiz.bankfile`
reads it (bounded, UTF-8, YAML with line numbers), :mod:`~lessons_lib.quiz.checking` checks its shape and
builds the questions, :mod:`~lessons_lib.quiz.binding` binds their ``answer_from`` to the data. Every
problem found is reported at once in a :class:`~lessons_lib.quiz.errors.QuizError` that names the file,
the line, the question id and what is wrong:

>>> bank = load_bank("00-start-here")
>>> bank.lesson, len(bank.questions) >= 4
('00-start-here', True)
>>> load_bank_text("lesson: demo\\nquestions: []\\n", "demo.yaml")
Traceback (most recent call last):
...
lessons_lib.quiz.errors.QuizError: demo.yaml: 'questions' is empty: a bank needs at least one question
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .bankfile import read_bank_file, read_yaml
from .binding import DataLookup
from .checking import build_bank
from .locate import bank_names, bank_path
from .model import Bank

__all__ = ["bank_names", "load_bank", "load_bank_text"]


def load_bank_text(
    text: str,
    file: str = "<text>",
    *,
    lookup: DataLookup | Callable[[], DataLookup] | None = DataLookup,
    expect_lesson: str | None = None,
) -> Bank:
    """A bank read from YAML ``text`` (``file`` names it in messages).

    ``lookup`` checks ``answer_from`` and ``source`` references: the shipped data by default,
    a :class:`~lessons_lib.quiz.binding.DataLookup` of your own, or None to skip the data.
    """
    data, lines = read_yaml(text, file)
    resolved = lookup() if callable(lookup) and not isinstance(lookup, DataLookup) else lookup
    return build_bank(data, lines, file, expect_lesson, resolved)  # type: ignore[arg-type]


def load_bank(name: str | Path, *, lookup: DataLookup | Callable[[], DataLookup] | None = DataLookup) -> Bank:
    """The bank ``name`` (``"02-timeline"``, ``"02"`` or a path), checked and bound to the data."""
    path = bank_path(name)
    return load_bank_text(read_bank_file(path), path.name, lookup=lookup, expect_lesson=path.stem)
