"""Tables a teacher reads at a terminal: aligned plain text, and headers in the reader's language."""

from __future__ import annotations

from typing import Any

from lessons_lib.course.words import N_, gettext

# The columns of the quiz results' tables (quiz.results and quiz.classroom), as the CSV files name them:
# English readers see these names, which they also find in the CSV; other languages say them in words.
COLUMNS = (
    # TRANSLATORS: a column of a results table (the English is the CSV column's name)
    N_("lesson"), N_("question"), N_("learners"), N_("questions_tried"), N_("right_first_try"),
    N_("right_later"), N_("right_eventually"), N_("not_yet_right"), N_("common_wrong"),
)


def format_table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    """Rows as a plain text table with aligned columns (the last column is not padded).

    >>> print(format_table([("1", "q1", "yes")], ("#", "id", "answer")))
    #  id  answer
    -  --  ------
    1  q1  yes
    """
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, tuple("-" * len(h) for h in header), *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def frame_text(frame: Any, lang: str | None = None) -> str:
    """A pandas DataFrame of quiz results as text, its column names said in ``lang`` (default: the current).

    >>> import pandas as pd
    >>> print(frame_text(pd.DataFrame({"lesson": ["00"], "not_yet_right": [2]}), "fr"))
    leçon  pas encore juste
       00                 2
    """
    readable = frame.rename(columns={name: gettext(name, lang) for name in COLUMNS})
    return readable.to_string(index=False)
