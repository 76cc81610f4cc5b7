"""Finding a quiz bank: the shipped banks in ``data/quizzes``, by name, number or path."""

from __future__ import annotations

from pathlib import Path

from lessons_lib.i18n import gettext

__all__ = ["bank_names", "bank_path", "quizzes_dir"]


def quizzes_dir() -> Path:
    """The folder of the shipped quiz banks (``data/quizzes``)."""
    from lessons_lib.schema import data_dir

    return data_dir() / "quizzes"


def bank_names() -> list[str]:
    """The names of the shipped banks, e.g. ``['00-start-here', ...]``.

    >>> "00-start-here" in bank_names()
    True
    """
    return sorted(p.stem for p in quizzes_dir().glob("*.yaml"))


def bank_path(name: str | Path) -> Path:
    """The file of a bank given by path, by name (``02-timeline``) or by number (``02``, ``2``).

    >>> bank_path("0").name, bank_path("０２").name  # full-width or Arabic digits too
    ('00-start-here.yaml', '02-timeline.yaml')
    """
    path = Path(name)
    try:
        is_file = path.is_file()
    except OSError:  # e.g. a name longer than the system allows: not a file, so a bank's name or number
        is_file = False
    if path.suffix in (".yaml", ".yml") or is_file:
        return path
    from lessons_lib.course.catalogue import lesson_key

    text = lesson_key(str(name))
    names = bank_names()
    if text in names:
        return quizzes_dir() / f"{text}.yaml"
    if text.isascii() and text.isdigit() and len(text) <= 3:
        text = f"{int(text):02d}"
    found = [n for n in names if n.split("-", 1)[0] == text or n.startswith(text + "-")]
    if len(found) == 1:
        return quizzes_dir() / f"{found[0]}.yaml"
    raise FileNotFoundError(gettext("no quiz bank {name}; the banks are: {banks}").format(
        name=repr(str(name)), banks=", ".join(names) or gettext("(none)")))
