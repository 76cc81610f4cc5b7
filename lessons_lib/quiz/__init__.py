"""Bilingual quizzes that agree with the data: ``quiz.show("00-start-here")`` in a notebook.

>>> from lessons_lib import quiz
>>> quiz.parse_number("689 millions")
689000000.0
>>> bank = quiz.load_bank("00-start-here")
>>> bank.questions[1].grade("700M", "en").correct
True

Importing this package does not import ipywidgets: widgets are built by :func:`show` only.
The bank format is described in ``docs/quiz-format.md``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .widgets import QuizView

# public name -> submodule that defines it (imported on first use)
_LAZY = {
    "parse_number": "numbers",
    "QuizError": "errors",
    "QuizProblem": "errors",
    "Bank": "model",
    "Question": "model",
    "Grade": "model",
    "Tolerance": "model",
    "normalise_text": "model",
    "stable_order": "model",
    "load_bank": "bank",
    "load_bank_text": "bank",
    "bank_names": "locate",
    "DataLookup": "binding",
    "ResultsStore": "results",
    "results_path": "results",
    "results_dir": "results",
    "collect": "classroom",
    "class_report": "classroom",
    "sample_class": "classroom",
    "not_yet_right": "classroom",
    "render_text": "static",
    "render_html": "static",
    "QuizView": "widgets",
}

__all__ = sorted([*_LAZY, "show", "summary", "review", "reset", "export_results"])


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'lessons_lib.quiz' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names only, once each (what tab completion offers a learner)."""
    return sorted(set(__all__))


def show(name: str | Path, lang: str | None = None, *, record: bool = True) -> QuizView:
    """The quiz of lesson ``name`` (``"02-timeline"`` or ``"02"``) as widgets, with a static fallback.

    Display it by leaving it last in a cell. ``lang`` defaults to the current language
    (``set_language``); answers are kept in the results file unless ``record=False``.
    """
    from .bank import load_bank
    from .widgets import QuizView

    return QuizView(load_bank(name), lang, record=record)


def summary(lesson: str | None = None) -> Any:
    """Your answers per lesson: questions tried, right at the first try (without a hint), right later, not yet right."""
    from .results import ResultsStore

    return ResultsStore().summary(lesson)


def review(lesson: str | None = None, lang: str | None = None) -> Any:
    """The questions you have not yet answered right, with their prompt in ``lang`` and the last answer given."""
    from lessons_lib.i18n import pick

    from .bank import load_bank
    from .results import ResultsStore

    table = ResultsStore().wrong_answers(lesson)
    prompts = []
    for les, qid in zip(table["lesson"], table["question"], strict=False):
        try:
            prompts.append(pick(load_bank(les, lookup=None).question(qid).prompt, lang))
        except (OSError, KeyError, ValueError):
            prompts.append("")
    table.insert(2, "prompt", prompts)
    return table


def reset(lesson: str | None = None) -> int:
    """Forget your answers (of one lesson, or all); returns how many were removed. Other learners'
    answers in a shared file are kept."""
    from .results import ResultsStore

    return ResultsStore().reset(lesson)


def export_results(path: str | Path, lesson: str | None = None) -> int:
    """Write your answers to a CSV file for the teacher; returns the number of rows."""
    from .results import ResultsStore

    return ResultsStore().export_csv(path, lesson)
