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

Words that live in code (chart titles, feedback, the commands' help) are English messages looked
up in a gettext catalogue per language (``lessons_lib/locale/fr/LC_MESSAGES/<domain>.po``, compiled to
``.mo`` and read with the standard library's :mod:`gettext`): :func:`gettext` returns the French
twin of an English message when the language is French. Two domains: ``lessons`` (what a learner
reads) and ``cli`` (what the ``techgeo-lessons`` commands say).

>>> gettext("Source", "fr")
'Source'
>>> gettext("no such message", "fr")
'no such message'

The language starts as English, or as the value of the ``TECHGEO_LANG`` environment variable
(``en`` or ``fr``) when a class hub sets it. Nothing is read at import time: the variable is looked
up the first time the language is needed.
"""

from __future__ import annotations

import errno
import gettext as _gettext
import os
import re
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "fr")
LANGUAGE_NAMES = {"en": "English", "fr": "French"}  # for messages in English (warnings, a bank author's errors)
DOMAINS = ("lessons", "cli")
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_chosen: str | None = None
_warned: set[str] = set()  # odd TECHGEO_LANG values already reported (once each)


def language_code(lang: object) -> str:
    """The language part of ``lang``, which may be written as a locale (``fr_FR.UTF-8``, ``fr-CA``).

    >>> language_code("fr_FR.UTF-8"), language_code(" EN-us "), language_code("fr@euro")
    ('fr', 'en', 'fr')
    """
    return re.split(r"[_\-.@]", str(lang).strip().lower(), maxsplit=1)[0]


def _check(lang: str) -> str:
    code = language_code(lang)
    if code not in LANGUAGES:
        raise ValueError(gettext("language {lang} is not available; choose one of: {languages}").format(
            lang=repr(lang), languages=", ".join(LANGUAGES)))
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
    return _environment_language("en")


def chosen_language() -> str | None:
    """The language set with :func:`set_language` (or :func:`speaking`), or None when none was set."""
    return _chosen


def default_language() -> str:
    """The language a command uses when none is given: ``TECHGEO_LANG``, else the locale's (a French
    locale such as ``fr_FR.UTF-8`` gives French), else English.

    >>> import os
    >>> os.environ["TECHGEO_LANG"] = "fr"; default_language()
    'fr'
    >>> del os.environ["TECHGEO_LANG"]
    """
    return _environment_language(_locale_language())


def _locale_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def _environment_language(fallback: str) -> str:
    """``TECHGEO_LANG`` when it names a language, else ``fallback`` (an odd value is reported, once)."""
    raw = os.environ.get("TECHGEO_LANG", "")
    env = language_code(raw)
    if env in LANGUAGES:
        return env
    if env and env not in _warned:
        _warned.add(env)
        using = N_("using French") if fallback == "fr" else N_("using English")
        warnings.warn(gettext("TECHGEO_LANG={value} is not a language of the lessons; {using}. Set TECHGEO_LANG to "
                              "one of: {languages}", fallback).format(
            value=repr(raw), using=gettext(using, fallback), languages=", ".join(LANGUAGES)),
            UserWarning, stacklevel=3)
    return fallback


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


@cache
def _catalogue(domain: str, lang: str) -> _gettext.NullTranslations:
    if domain not in DOMAINS:
        raise ValueError(f"no catalogue {domain!r}; the domains are: {', '.join(DOMAINS)}")
    if lang == "en":  # the messages are written in English
        return _gettext.NullTranslations()
    return _gettext.translation(domain, LOCALE_DIR, languages=[lang])


def gettext(message: str, lang: str | None = None, *, domain: str = "lessons") -> str:
    """``message`` (English) in ``lang`` (default: the current language), from the ``domain`` catalogue.

    A message the catalogue lacks is returned as written (a test keeps the catalogues complete).

    >>> gettext("Check", "fr")
    'Vérifier'
    >>> gettext("Check", "en")
    'Check'
    """
    return _catalogue(domain, resolve(lang)).gettext(message)


def ngettext(singular: str, plural: str, n: int, lang: str | None = None, *, domain: str = "lessons") -> str:
    """The singular or plural form of a message for ``n``, in ``lang`` (French counts 0 and 1 as singular).

    >>> ngettext("{n} question", "{n} questions", 0, "en").format(n=0)
    '0 questions'
    """
    return _catalogue(domain, resolve(lang)).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it yet (a constant translated where it is
    shown, with :func:`gettext`).

    >>> N_("Source")
    'Source'
    """
    return message


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within the block the current language is ``lang``; after it, what it was before.

    >>> with speaking("fr"):
    ...     get_language()
    'fr'
    >>> get_language()
    'en'
    """
    global _chosen
    before, _chosen = _chosen, _check(lang)
    try:
        yield
    finally:
        _chosen = before


# Why a file or folder could not be used, for an OSError's errno: what a person reads instead of "[Errno 28]"
_OS_REASONS = {
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("your disk quota is used up"),
    errno.EROFS: N_("it is on a read-only file system"),
    errno.EACCES: N_("permission denied (ask the owner of the folder, or choose another one)"),
    errno.EPERM: N_("permission denied (ask the owner of the folder, or choose another one)"),
    errno.EISDIR: N_("it is a folder, where a file is expected"),
    errno.EEXIST: N_("something else already has this name (a file, or a link that leads nowhere)"),
    errno.ELOOP: N_("it is a link that leads back to itself (a loop of links)"),
    errno.ENAMETOOLONG: N_("the name is too long for this file system"),
}


def expand_home(path: str | os.PathLike[str]) -> Path:
    """``path`` with a leading ``~`` or ``~user`` made the home folder; a :class:`ValueError` in the current
    language when that user does not exist (where :meth:`pathlib.Path.expanduser` raises RuntimeError).

    >>> expand_home("~") == Path.home(), expand_home("a/~b")
    (True, PosixPath('a/~b'))
    >>> expand_home("~no-such-user-here/x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: '~no-such-user-here/x' starts with the home folder of a user that does not exist; give the ...
    """
    text = os.fspath(path)
    expanded = os.path.expanduser(text)
    if expanded.startswith("~"):
        rest = text.partition("/")[2]
        raise ValueError(gettext("{path} starts with the home folder of a user that does not exist; give the folder "
                                 "in full, e.g. /home/NAME/{rest}").format(path=repr(text), rest=rest))
    return Path(expanded)


def describe_os_error(err: OSError, path: object = None, *, writing: bool | None = False,
                      lang: str | None = None) -> str:
    """An :class:`OSError` as a sentence in ``lang``: the file or folder, and why it could not be read or
    written (``writing`` None: used, when the command does not say which), never ``[Errno 28]``.

    >>> describe_os_error(OSError(errno.ENOSPC, "No space left on device"), "/tmp/a.csv", writing=True)
    'cannot write /tmp/a.csv: the disk is full'
    >>> describe_os_error(FileNotFoundError(errno.ENOENT, "No such file", "/nope/a.csv"), writing=True)
    'cannot write /nope/a.csv: the folder /nope does not exist'
    >>> print(describe_os_error(OSError(errno.ELOOP, "Too many links", "/tmp/loop"), lang="fr"))
    impossible de lire /tmp/loop : c'est un lien qui mène à lui-même (une boucle de liens)
    """
    where = path if path is not None else err.filename
    reason = os_error_reason(err, where, writing=writing, lang=lang)
    if where is None:
        return reason
    if writing is None:
        return gettext("{path}: {reason}", lang).format(path=where, reason=reason)
    said = gettext("cannot write {path}: {reason}", lang) if writing else gettext("cannot read {path}: {reason}", lang)
    return said.format(path=where, reason=reason)


def os_error_reason(err: OSError, path: object = None, *, writing: bool | None = False,
                    lang: str | None = None) -> str:
    """Why ``path`` could not be used, from ``err`` (the end of :func:`describe_os_error`'s sentence).

    >>> os_error_reason(OSError(errno.EROFS, "Read-only file system"))
    'it is on a read-only file system'
    """
    where = path if path is not None else err.filename
    if err.errno in _OS_REASONS:
        reason = gettext(_OS_REASONS[err.errno], lang)
    elif err.errno == errno.ENOENT:
        reason = (gettext("the folder {folder} does not exist", lang).format(folder=Path(str(where)).parent)
                  if writing else gettext("there is no such file or folder", lang))
    elif err.errno == errno.ENOTDIR:
        blocking = _file_in_the_way(Path(str(where)))
        reason = gettext("{part} is a file, not a folder", lang).format(part=blocking)
    else:
        reason = err.strerror or str(err)
    return reason


def _file_in_the_way(path: Path) -> Path:
    """The first part of ``path`` that is a file where a folder is needed (``path`` itself if none is found)."""
    for part in reversed(path.parents):
        if part.exists() and not part.is_dir():
            return part
    return path
