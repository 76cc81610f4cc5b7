"""The learner's language: English or French.

Every string a learner reads (quiz texts, buttons, feedback, chart titles and axis labels) is
chosen through this module, so that one call switches a whole lesson:

>>> from lessons_lib import get_language, set_language
>>> set_language("fr")
>>> get_language()
'fr'
>>> pick({"en": "Check", "fr": "Vérifier"})
'Vérifier'
>>> set_language("en")
>>> pick({"en": "Check", "fr": "Vérifier"})
'Check'

The language starts as English, or as the value of the ``TECHGEO_LANG`` environment variable
(``en`` or ``fr``) when a class hub sets it. Nothing is read at import time: the variable is looked
up the first time the language is needed.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping

LANGUAGES = ("en", "fr")

_chosen: str | None = None
_warned: set[str] = set()  # odd TECHGEO_LANG values already reported (once each)


def _check(lang: str) -> str:
    code = str(lang).strip().lower()
    if code not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not available; choose one of: {', '.join(LANGUAGES)}")
    return code


def set_language(lang: str) -> None:
    """Switch every learner-facing string to ``"en"`` or ``"fr"``.

    >>> set_language("de")
    Traceback (most recent call last):
    ...
    ValueError: language 'de' is not available; choose one of: en, fr
    """
    global _chosen
    _chosen = _check(lang)


def get_language() -> str:
    """The current language code, ``"en"`` or ``"fr"``."""
    if _chosen is not None:
        return _chosen
    env = os.environ.get("TECHGEO_LANG", "").strip().lower()
    if env and env not in LANGUAGES and env not in _warned:
        _warned.add(env)
        warnings.warn(f"TECHGEO_LANG={os.environ['TECHGEO_LANG']!r} is not a language of the lessons; using "
                      f"English. Set TECHGEO_LANG to one of: {', '.join(LANGUAGES)}", UserWarning, stacklevel=2)
    return env if env in LANGUAGES else "en"


def default_language() -> str:
    """The language a command uses when none is given: ``TECHGEO_LANG``, else the locale's (a French
    locale such as ``fr_FR.UTF-8`` gives French), else English.

    >>> import os
    >>> os.environ["TECHGEO_LANG"] = "fr"; default_language()
    'fr'
    >>> del os.environ["TECHGEO_LANG"]
    """
    chosen = os.environ.get("TECHGEO_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def resolve(lang: str | None) -> str:
    """``lang`` checked, or the current language when ``lang`` is None.

    >>> resolve("FR")
    'fr'
    """
    return get_language() if lang is None else _check(lang)


def pick(texts: Mapping[str, str], lang: str | None = None) -> str:
    """The text for ``lang`` (default: the current language) from a ``{"en": ..., "fr": ...}`` mapping.

    >>> pick({"en": "Source", "fr": "Source"}, "fr")
    'Source'
    """
    code = resolve(lang)
    try:
        return texts[code]
    except KeyError:
        raise KeyError(f"no {code!r} text in {dict(texts)!r}") from None
