"""Checks a learner runs after an exercise: a clear verdict, in English or French, never the answer.

A lesson's check cell names its exercise; the expected value comes from :mod:`lessons_lib.answer_key`,
so the cell shows nothing of the solution:

>>> check(None, exercise="02.1")
○ Not answered yet: write your code in the cell above so that it sets `answer`, run that cell, then run this one.
>>> import pandas as pd
>>> check(pd.Timestamp("2020-11-11"), exercise="02.1")
✗ Not yet: 2020-11-11 is not the expected value. Hint: Add pd.Timedelta(days=...) to cfius['date'].
>>> check(pd.Timestamp("2020-11-12"), exercise="02.1")
✓ Correct.
>>> check(None, exercise="02.1", lang="fr")  # doctest: +ELLIPSIS
○ Pas encore de réponse...écrivez votre code dans la cellule au-dessus pour qu'il donne une valeur à `answer`...

A teacher's own exercise can give the expected value directly:

>>> check(45, 45)
✓ Correct.
>>> check(44, 45, hint={"en": "Count the days from 6 August.", "fr": "Comptez les jours depuis le 6 août."})
✗ Not yet: 44 is not the expected value. Hint: Count the days from 6 August.
>>> check(0.3016, 0.30, tolerance=0.01)
✓ Correct.
"""

from __future__ import annotations

import datetime as dt
import numbers
from collections.abc import Mapping
from typing import Any

from .i18n import N_, gettext, pick, resolve

__all__ = ["check"]

_TEXT = {
    "right": N_("✓ Correct."),
    "none": N_("○ Not answered yet: write your code in the cell above so that it sets `answer`, run that cell, "
               "then run this one."),
    "wrong": N_("✗ Not yet: {value} is not the expected value."),
    "shape": N_("✗ Not yet: expected {kind}, got {got}."),
    "reason": N_("✗ Not yet: {reason}"),
    "hint": N_(" Hint: "),
    "other": N_("your {kind}"),
    "text": N_("text ({value})"),
    "truth": N_("a truth value ({value})"),
    "table": N_("a {kind} (take one value from it, for example with .iloc[0])"),
    "type": N_("a value of type {kind}"),
}
#: what a refusal says was expected, by :func:`_kind`
_KINDS = {"list": N_("a list"), "number": N_("a number"), "date": N_("a date"), "bool": N_("True or False"),
          "table": N_("a table (a DataFrame or a Series)")}
_MISSING = object()


def _kind(value: Any) -> str | None:
    """What a check compares ``value`` as: a table, a truth value, a number, a list, a date; or None (``==``).

    >>> import numpy as np, pandas as pd
    >>> [_kind(v) for v in (pd.Series([1]), True, np.int64(3), np.array([1]), dt.date(2020, 8, 6), "15")]
    ['table', 'bool', 'number', 'list', 'date', None]
    """
    import numpy as np
    import pandas as pd

    for kind, types in (("table", pd.DataFrame | pd.Series), ("bool", bool | np.bool_), ("number", numbers.Real),
                        ("list", list | tuple | np.ndarray), ("date", dt.date | np.datetime64)):
        if isinstance(value, types):
            return kind
    return None


def _fits(answer: Any, kind: str | None) -> bool:
    """Whether ``answer`` can be compared as ``kind``: a list may come as a Series or an array
    (``.unique()`` gives one), a date as ``datetime.date``, a Timestamp or a NumPy date."""
    return kind is None or _kind(answer) == kind or (kind == "list" and _kind(answer) == "table"
                                                     and getattr(answer, "ndim", 2) == 1)


def _same(answer: Any, expected: Any, kind: str | None, tolerance: float) -> bool:
    """Whether ``answer`` (of the right kind, see :func:`_fits`) is ``expected``; never raises."""
    import pandas as pd

    try:
        if kind == "table":
            return bool(expected.reset_index(drop=True).equals(answer.reset_index(drop=True)))
        if kind == "number":
            return abs(float(answer) - float(expected)) <= tolerance
        if kind == "list":
            return bool(list(answer) == list(expected))
        if kind == "date":
            return bool(pd.Timestamp(answer) == pd.Timestamp(expected))
        return bool(answer == expected)
    except (ArithmeticError, TypeError, ValueError):  # 10**400, a Series compared whole, a time zone...
        return False


def _got(answer: Any, kind: str, code: str) -> str:
    """How a refusal names an answer that is not ``kind``: text as typed, a table with the way to one value."""
    if isinstance(answer, str):
        return gettext(_TEXT["text"], code).format(value=_shown(answer, code))
    if isinstance(answer, bool):
        return gettext(_TEXT["truth"], code).format(value=answer)
    if _kind(answer) == "table" and kind in ("number", "date", "bool"):
        return gettext(_TEXT["table"], code).format(kind=type(answer).__name__)
    return gettext(_TEXT["type"], code).format(kind=type(answer).__name__)


def _shown(answer: Any, code: str) -> str:
    """The learner's own value as a short text, or its type when it is too big to print."""
    if isinstance(answer, str):
        return repr(answer if len(answer) <= 60 else answer[:57] + "...")
    if isinstance(answer, numbers.Integral) and not isinstance(answer, bool) and abs(answer) >= 10**15:
        return f"{float(answer):g}" if abs(answer) < 10**308 else gettext(_TEXT["other"], code).format(kind="int")
    if isinstance(answer, bool | numbers.Real):  # numbers as _same reads them: numpy's too (a .sum() is int64)
        return str(answer) if isinstance(answer, bool | numbers.Integral) else f"{float(answer):g}"
    if isinstance(answer, dt.date):  # datetime, pandas Timestamp
        text = str(answer)
        return text[:10] if text.endswith("00:00:00") else text
    return gettext(_TEXT["other"], code).format(kind=type(answer).__name__)


def _from_key(exercise: str, inputs: Mapping[str, Any] | None) -> tuple[Any, float, str]:
    from .answer_key import KEY

    try:
        entry = KEY[exercise]
    except KeyError:
        raise ValueError(f"no exercise {exercise!r} in the answer key; known: {', '.join(sorted(KEY))}") from None
    given = dict(inputs or {})
    missing = [name for name in entry.inputs if name not in given]
    if missing:
        raise ValueError(f"exercise {exercise} needs inputs={{{', '.join(f'{n!r}: {n}' for n in missing)}}}")
    return entry.expected(**{name: given[name] for name in entry.inputs}), entry.tolerance, entry.hint


def check(answer: Any, expected: Any = _MISSING, *, exercise: str | None = None,
          inputs: Mapping[str, Any] | None = None, tolerance: float = 0.0,
          hint: str | Mapping[str, str] | None = None, lang: str | None = None) -> None:
    """Print whether ``answer`` is right: "○ not answered yet", "✗ not yet" with a hint, or "✓ correct".

    Give either ``exercise`` (an id of :mod:`lessons_lib.answer_key`, with the ``inputs`` it names)
    or the ``expected`` value itself. Numbers match within ``tolerance``; lists compare in order;
    DataFrames and Series compare by values, ignoring the index. The expected value is never printed.
    A ``hint`` is a message of the ``lessons`` catalogue (English, shown translated) or, for a teacher's
    own exercise, a ``{"en": ..., "fr": ...}`` mapping.
    """
    from .answer_key import NotYet

    code = resolve(lang)
    if (exercise is None) == (expected is _MISSING):
        raise TypeError("check() needs either exercise=... or the expected value, not both")
    if answer is None:
        print(gettext(_TEXT["none"], code))
        return
    if exercise is not None:
        try:
            expected, tolerance, hint = _from_key(exercise, inputs)
        except NotYet as refusal:
            print(gettext(_TEXT["reason"], code).format(reason=refusal.reason(code)))
            return
    kind = _kind(expected)
    if not _fits(answer, kind):
        message = gettext(_TEXT["shape"], code).format(kind=gettext(_KINDS[kind], code), got=_got(answer, kind, code))
    elif _same(answer, expected, kind, tolerance):
        print(gettext(_TEXT["right"], code))
        return
    else:
        message = gettext(_TEXT["wrong"], code).format(value=_shown(answer, code))
    if hint:
        message += gettext(_TEXT["hint"], code) + (gettext(hint, code) if isinstance(hint, str) else pick(hint, code))
    print(message)
