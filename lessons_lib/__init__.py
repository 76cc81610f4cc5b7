"""techgeo-lessons: sourced data, charts and bilingual quizzes on the US government vs TikTok case.

>>> import lessons_lib
>>> events = lessons_lib.load_events()
>>> int(events["in_article"].sum()) > 0
True
>>> from lessons_lib import labels   # the names of a vocabulary's values, in the learner's language
>>> labels("events", "category", "fr")["export_control"]
'Contrôle des exportations'

Importing the package is cheap and has no side effects: pandas, matplotlib and ipywidgets are
imported only when a function that needs them is first used.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it (imported on first use, PEP 562)
_LAZY = {
    "DataError": "errors",
    "MissingDataFile": "errors",
    "Problem": "errors",
    "get_language": "i18n",
    "set_language": "i18n",
    "load_table": "data",
    "load_events": "data",
    "load_user_stats": "data",
    "load_claims": "data",
    "load_actors": "data",
    "load_ownership": "data",
    "load_places": "data",
    "load_votes": "data",
    "headline_figures": "data",
    "validate": "validation",
    "validate_package": "validation",
    "Report": "validation",
    "data_dir": "schema",
    "label": "schema",
    "labels": "schema",
    "QuizError": "quiz",
    "check": "exercise",
}
_SUBMODULES = ("charts", "quiz", "data", "schema", "validation", "i18n", "errors", "exercise", "fmt")
# short public names for modules that live deeper
_ALIASES: dict[str, str] = {}

__all__ = sorted([*_LAZY, *_SUBMODULES, *_ALIASES])


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    if name in _ALIASES:
        return importlib.import_module(f".{_ALIASES[name]}", __name__)
    raise AttributeError(f"module 'lessons_lib' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names only, once each (what tab completion offers a learner)."""
    return sorted(set(__all__) | {"__version__"})
