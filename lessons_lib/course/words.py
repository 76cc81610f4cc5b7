"""What the commands and the course machinery say, in the user's language: the ``cli`` catalogue.

The English message is the key; its French twin is in ``lessons_lib/locale/fr/LC_MESSAGES/cli.po``.
The functions keep the names ``gettext``, ``ngettext`` and ``N_`` so that ``tools/catalogues.py``
extracts every message marked with them. The language is the current one (:mod:`lessons_lib.i18n`),
which ``techgeo-lessons`` sets from ``--lang``, ``TECHGEO_LANG`` or the locale before it builds its parser.

>>> from lessons_lib.i18n import speaking
>>> with speaking("fr"):
...     gettext("Nothing removed.")
"Rien n'a été effacé."
"""

from __future__ import annotations

from lessons_lib import i18n
from lessons_lib.i18n import N_

__all__ = ["N_", "gettext", "ngettext"]


def gettext(message: str, lang: str | None = None) -> str:
    """``message`` in ``lang`` (default: the current language), from the ``cli`` catalogue."""
    return i18n.gettext(message, lang, domain="cli")


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """The singular or plural form of a ``cli`` message for ``n``, in ``lang`` (default: the current one)."""
    return i18n.ngettext(singular, plural, n, lang, domain="cli")
