"""Checks a learner can run after an exercise: a clear ✓ or ✗, in English or French, never the answer.

>>> check(45, 45)
✓ Correct.
>>> check(44, 45, hint={"en": "Count the days from 6 August.", "fr": "Comptez les jours depuis le 6 août."})
✗ Not yet: 44 is not the expected value. Hint: Count the days from 6 August.
>>> check(None, 45)
✗ Not yet: replace None with your answer, then run this cell again.
>>> check(0.3016, 0.30, tolerance=0.01)
✓ Correct.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .i18n import pick, resolve

_TEXT = {
    "right": {"en": "✓ Correct.", "fr": "✓ Exact."},
    "none": {"en": "✗ Not yet: replace None with your answer, then run this cell again.",
             "fr": "✗ Pas encore : remplacez None par votre réponse, puis exécutez de nouveau cette cellule."},
    "wrong": {"en": "✗ Not yet: {value} is not the expected value.",
              "fr": "✗ Pas encore : {value} n'est pas la valeur attendue."},
    "shape": {"en": "✗ Not yet: expected {kind}, got {got}.", "fr": "✗ Pas encore : {kind} attendu, reçu {got}."},
    "hint": {"en": " Hint: ", "fr": " Indice : "},
}


def _same(answer: Any, expected: Any, tolerance: float) -> bool:
    import pandas as pd

    if isinstance(expected, pd.DataFrame | pd.Series):
        try:
            return bool(expected.reset_index(drop=True).equals(answer.reset_index(drop=True)))
        except AttributeError:
            return False
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        try:
            return abs(float(answer) - float(expected)) <= tolerance
        except (TypeError, ValueError):
            return False
    if isinstance(expected, list | tuple):
        return isinstance(answer, list | tuple | pd.Series) and list(answer) == list(expected)
    if hasattr(expected, "date") and hasattr(answer, "date"):  # datetime, Timestamp, date
        return pd.Timestamp(answer) == pd.Timestamp(expected)
    return answer == expected


def check(answer: Any, expected: Any, *, tolerance: float = 0.0,
          hint: Mapping[str, str] | None = None, lang: str | None = None) -> None:
    """Print whether ``answer`` matches ``expected`` (numbers within ``tolerance``), with a hint if wrong.

    Lists compare in order; DataFrames and Series compare by values, ignoring the index.
    The expected value is never printed.
    """
    code = resolve(lang)
    if answer is None:
        print(pick(_TEXT["none"], code))
        return
    if isinstance(expected, list | tuple) and not isinstance(answer, list | tuple):
        import pandas as pd

        if not isinstance(answer, pd.Series):
            print(pick(_TEXT["shape"], code).format(kind="list", got=type(answer).__name__))
            return
    if _same(answer, expected, tolerance):
        print(pick(_TEXT["right"], code))
        return
    shown = answer if isinstance(answer, int | float | str) else type(answer).__name__
    message = pick(_TEXT["wrong"], code).format(value=repr(shown) if isinstance(shown, str) else shown)
    if hint:
        message += pick(_TEXT["hint"], code) + pick(hint, code)
    print(message)
