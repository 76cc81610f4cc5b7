"""What is wrong with a quiz bank, said so that its author can fix it.

>>> problem = QuizProblem("02-timeline.yaml", "q1-first", "a single question needs one correct option", 7)
>>> err = QuizError([problem])
>>> print(err)
02-timeline.yaml, line 7, question 'q1-first': a single question needs one correct option
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["QuizError", "QuizProblem", "show"]

_SHOWN = 30


@dataclass(frozen=True)
class QuizProblem:
    """One thing wrong in a bank: the file, the question (None for the bank itself), what is wrong."""

    file: str
    question: str | None
    what: str
    line: int | None = None

    def where(self) -> str:
        parts = []
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.question is not None:
            parts.append(f"question {self.question!r}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{self.file}, {where}: {self.what}" if where else f"{self.file}: {self.what}"


class QuizError(ValueError):
    """A quiz bank that cannot be used: every problem found, each naming file, question and fault.

    ``error.problems`` holds the :class:`QuizProblem` list.
    """

    def __init__(self, problems: Sequence[QuizProblem]):
        self.problems = list(problems)
        super().__init__(self._message())

    def _message(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        files = sorted({p.file for p in self.problems})
        head = f"{len(self.problems)} problems in {', '.join(files)}:"
        lines = []
        for p in self.problems[:_SHOWN]:
            where = p.where()
            prefix = f"{p.file}, " if len(files) > 1 else ""
            lines.append(f"  - {prefix}{where + ': ' if where else ''}{p.what}")
        if len(self.problems) > _SHOWN:
            lines.append(f"  ... and {len(self.problems) - _SHOWN} more (see error.problems)")
        return "\n".join([head, *lines])


def show(value: Any) -> str:
    """A value of a bank as its author would recognise it in a message (short; true/false named).

    >>> show(True), show("x" * 70)[-3:]
    ('true (true/false)', 'xx…')
    """
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "…"
