"""What goes wrong with data, said so that a teacher can fix it.

A :class:`Problem` names the file, the line, the column, the value found and what was expected.
A :class:`DataError` carries every problem found in a file, not just the first one:

>>> p = Problem("events.csv", 4, "date", "2020-13-01", "a date written YYYY-MM-DD, e.g. 2020-08-06")
>>> print(p)
events.csv, line 4, column 'date': found '2020-13-01'; expected a date written YYYY-MM-DD, e.g. 2020-08-06
>>> err = DataError([p])
>>> isinstance(err, ValueError)
True
>>> print(err)
1 problem in events.csv:
  - line 4, column 'date': found '2020-13-01'; expected a date written YYYY-MM-DD, e.g. 2020-08-06
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .i18n import gettext
from .translations import translate

#: Characters a terminal or a chart would obey or hide rather than show: C0 and C1 controls but tab, line
#: feed and carriage return, and the Unicode marks that reorder text on screen (bidi overrides).
CONTROL_CHARACTERS = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"

_SHOWN_CHARS = 60
_SHOWN_PROBLEMS = 50


def colon(lang: str | None = None) -> str:
    """``": "`` in English, ``"\u00a0: "`` in French (a no-break space before the colon, from the catalogue)."""
    return gettext(": ", lang)


def shorten(value: str, limit: int = _SHOWN_CHARS) -> str:
    """``value`` cut to ``limit`` characters, saying how long it really was.

    >>> shorten("x" * 10_000)
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (10000 characters)'
    """
    if len(value) <= limit:
        return value
    return f"{value[:limit]}… ({len(value)} characters)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file: where it is, what was found, what was expected."""

    file: str
    line: int | None
    column: str | None
    value: str | None
    expected: str
    place: str | None = None  # where in a structured file, e.g. "resource 'events', field 'date', key 'type'"

    def where(self) -> str:
        """Line and column (or place in a structured file), as a person would say them.

        >>> Problem("datapackage.json", 40, None, "datetime", "a known type", "field 'date', key 'type'").where()
        "line 40, field 'date', key 'type'"
        """
        parts = []
        if self.line is not None:
            parts.append(translate(f"line {self.line}"))
        if self.column is not None:
            parts.append(translate(f"column {self.column!r}"))
        if self.place is not None:
            parts.append(self.place)
        return ", ".join(parts)

    def expectation(self, lang: str | None = None) -> str:
        """What was expected, in the reader's language (``expected`` itself stays as the validator wrote it).

        >>> Problem("e.csv", 3, "source_url", None, "a value (this column may not be empty)").expectation("fr")
        'une valeur (cette colonne ne peut pas être vide)'
        """
        return translate(self.expected, lang)

    def what(self) -> str:
        """What was found and what was expected, in the reader's language (:mod:`lessons_lib.translations`)."""
        found = f"found {shorten(self.value)!r}; " if self.value is not None else ""
        return translate(f"{found}expected {self.expected}")

    def __str__(self) -> str:
        where = self.where()
        return f"{self.file}, {where}{colon()}{self.what()}" if where else f"{self.file}{colon()}{self.what()}"


class DataError(ValueError):
    """Bad data: every problem found in a file, each with its file, line, column and value.

    ``error.problems`` holds the :class:`Problem` list, for code that wants to go through them.
    """

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__(self._message())

    def _message(self) -> str:
        files = sorted({p.file for p in self.problems})
        count = len(self.problems)
        head = translate(f"{count} problem{'s' if count != 1 else ''} in {', '.join(files)}:")
        lines = []
        for p in self.problems[:_SHOWN_PROBLEMS]:
            where = p.where()
            prefix = f"{p.file}, " if len(files) > 1 else ""
            lines.append(f"  - {prefix}{where + colon() if where else ''}{p.what()}")
        if count > _SHOWN_PROBLEMS:
            lines.append(translate(f"  ... and {count - _SHOWN_PROBLEMS} more (see error.problems for the full list)"))
        return "\n".join([head, *lines])


class MissingDataFile(DataError, FileNotFoundError):
    """The file is not there: a :class:`DataError` that is also a ``FileNotFoundError``."""
