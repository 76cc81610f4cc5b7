"""Opening the lessons: JupyterLab on the learner's working folder, or one lesson as a Voila app.

The command lines are built here (both listen on 127.0.0.1 only); ``techgeo-lessons lab`` and
``present`` parse their options, call these functions and print what happened.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from lessons_lib.course.catalogue import Lesson, in_checkout, lessons, lessons_source
from lessons_lib.course.words import gettext
from lessons_lib.course.workspace import SyncResult, sync
from lessons_lib.i18n import expand_home

DEFAULT_DIR = "techgeo-lessons"
JUPYTERLAB_HINT = "python -m pip install 'jupyterlab>=4.2'"
VOILA_HINT = "python -m pip install 'voila>=0.5'"
STOPPED_NORMALLY = (0, -2, 130)  # a server stopped with Ctrl-C


class UnknownLesson(ValueError):
    """No lesson has this number or name; the message lists the lessons there are."""


def installed(module: str) -> bool:
    """True when ``module`` (``jupyterlab``, ``voila``) can be imported by this Python."""
    return importlib.util.find_spec(module) is not None


def running_as_root() -> bool:
    """True for the root user (a container, a class hub image), where JupyterLab refuses to start
    unless told ``--allow-root``."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def default_folder(lang: str) -> Path:
    """The learner's working folder when none is given: ``./techgeo-lessons``, ``./techgeo-lessons-fr``.

    >>> default_folder("fr").name
    'techgeo-lessons-fr'
    """
    return Path(DEFAULT_DIR if lang == "en" else f"{DEFAULT_DIR}-{lang}")


def find_lesson(key: str) -> Lesson:
    """The lesson numbered or named ``key`` (``"00"``, ``"0"``, ``"00-start-here"``).

    >>> find_lesson("0").slug
    '00-start-here'
    >>> find_lesson("99")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    lessons_lib.course.launch.UnknownLesson: no lesson '99'; the lessons are: 00-start-here, ...
    """
    found = [x for x in lessons() if x.matches(key)]
    if len(found) != 1:
        raise UnknownLesson(gettext("no lesson {key}; the lessons are: {names}").format(
            key=repr(key.strip()), names=", ".join(x.slug for x in lessons())))
    return found[0]


@dataclass
class Prepared:
    """A folder ready to open, and what was done to it (``synced`` is None when nothing was copied)."""

    folder: Path
    synced: SyncResult | None = None


def prepare_lab(folder: Path | None, lang: str, *, dry_run: bool = False) -> Prepared:
    """Copy (or update) the lessons in ``lang`` into the learner's working folder: ``folder``, or
    :func:`default_folder`. Even in a source checkout the learner works on a copy."""
    target = expand_home(folder or default_folder(lang)).absolute()
    return Prepared(target, sync(target, lessons_source(lang), dry_run=dry_run, lang=lang))


def prepare_present(folder: Path | None, lang: str = "en", *, dry_run: bool = False) -> Prepared:
    """The folder Voila serves the lessons in ``lang`` from: in a checkout with no ``folder`` given, the shipped
    lessons themselves (``notebooks/``, ``notebooks/fr/``); else ``folder`` (default :func:`default_folder`,
    as for ``lab``) with the lessons in ``lang`` copied or updated into it.

    >>> prepare_present(None, "fr", dry_run=True).folder.name in ("fr", "techgeo-lessons-fr")
    True
    """
    if folder is None and in_checkout():
        return Prepared(lessons_source(lang))
    target = expand_home(folder or default_folder(lang)).resolve()
    return Prepared(target, sync(target, lessons_source(lang), dry_run=dry_run, lang=lang))


def lab_command(folder: Path, port: int = 0, no_browser: bool = False,
                allow_root: bool | None = None) -> list[str]:
    """The JupyterLab command line for ``folder``, listening on 127.0.0.1 only.

    ``allow_root`` defaults to whether this process runs as root.

    >>> lab_command(Path("/tmp/w"), port=9000, no_browser=True, allow_root=False)[4:]
    ['--ServerApp.root_dir=/tmp/w', '--port=9000', '--no-browser']
    >>> lab_command(Path("/tmp/w"), allow_root=True)[-1]
    '--allow-root'
    """
    command = [sys.executable, "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.root_dir={folder}"]
    if port:
        command.append(f"--port={port}")
    if no_browser:
        command.append("--no-browser")
    if running_as_root() if allow_root is None else allow_root:
        command.append("--allow-root")
    return command


def voila_command(notebook: Path, port: int = 0, no_browser: bool = False) -> list[str]:
    """The Voila command line for one notebook, on 127.0.0.1 only, with a token, sources stripped.

    Voila makes the token itself and prints it in the address it opens (a token given on the command
    line could be read by any local user in the process list).

    >>> command = voila_command(Path("/w/00-start-here.ipynb"), port=9000, no_browser=True)
    >>> command[1:6]
    ['-m', 'voila', '/w/00-start-here.ipynb', '--Voila.ip=127.0.0.1', '--Voila.auto_token=True']
    >>> command[6:]
    ['--strip_sources=True', '--port=9000', '--no-browser']
    """
    command = [sys.executable, "-m", "voila", str(notebook), "--Voila.ip=127.0.0.1", "--Voila.auto_token=True",
               "--strip_sources=True"]
    if port:
        command.append(f"--port={port}")
    if no_browser:
        command.append("--no-browser")
    return command
