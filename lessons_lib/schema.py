"""Where the lesson data lives, and what its tables look like.

The single statement of every table's columns is ``data/datapackage.json``, a Frictionless Data
Package. This module finds it (inside an installed wheel or in a checkout) and reads it; nothing
here repeats a column list.

>>> sorted(table_names())
['actors', 'claims', 'events', 'ownership', 'places', 'user_stats', 'votes']
>>> [f["name"] for f in fields("votes")][:4]
['id', 'date', 'date_precision', 'chamber']
>>> label("claims", "verdict", "overstated", "fr")
'Exagéré'
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataError, Problem

PACKAGE_FILE = "datapackage.json"


def data_dir() -> Path:
    """The folder that holds ``datapackage.json`` and the CSV tables.

    In an installed wheel this is ``lessons_lib/_data``; in a checkout, the repository's ``data/``.
    """
    packaged = Path(str(resources.files("lessons_lib"))) / "_data"
    if (packaged / PACKAGE_FILE).is_file():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "data"
    if (checkout / PACKAGE_FILE).is_file():
        return checkout
    raise DataError([Problem(PACKAGE_FILE, None, None, None,
                             f"the lesson data in {packaged} or {checkout}; reinstall techgeo-lessons")])


class DataPackage:
    """A data package descriptor and the folder it describes: its tables, their files and fields.

    The lesson data is :func:`shipped`; :func:`lessons_lib.descriptor.read_package` reads and
    checks a teacher's own ``datapackage.json``.

    >>> pkg = DataPackage({"resources": [{"name": "t", "path": "t.csv",
    ...                                    "schema": {"fields": [{"name": "id"}]}}]}, Path("/my/case"))
    >>> pkg.table_names(), pkg.path("t").as_posix(), [f["name"] for f in pkg.fields("t")]
    (['t'], '/my/case/t.csv', ['id'])
    """

    def __init__(self, descriptor: dict[str, Any], folder: Path, file: str = PACKAGE_FILE):
        self.descriptor = descriptor
        self.folder = folder
        self.file = file

    def table_names(self) -> list[str]:
        """The names of the tables, in the order the descriptor lists them."""
        return [r["name"] for r in self.descriptor["resources"]]

    def resource(self, name: str) -> dict[str, Any]:
        """The descriptor of one table; ``KeyError`` naming the tables for an unknown one."""
        for r in self.descriptor["resources"]:
            if r["name"] == name:
                return r
        raise KeyError(f"no table {name!r}; the tables are: {', '.join(self.table_names())}")

    def fields(self, name: str) -> list[dict[str, Any]]:
        """The field descriptors of one table, in column order."""
        return self.resource(name)["schema"]["fields"]

    def path(self, name: str) -> Path:
        """The CSV file of one table."""
        return self.folder / self.resource(name)["path"]


@cache
def shipped() -> DataPackage:
    """The package's own lesson data (read once)."""
    folder = data_dir()
    with open(folder / PACKAGE_FILE, encoding="utf-8") as handle:
        return DataPackage(json.load(handle), folder)


def package() -> dict[str, Any]:
    """The data package descriptor, as a dict (read once)."""
    return shipped().descriptor


def table_names() -> list[str]:
    """The names of the tables in the package, in the order it lists them."""
    return shipped().table_names()


def resource(name: str) -> dict[str, Any]:
    """The descriptor of one table.

    >>> resource("event")
    Traceback (most recent call last):
    ...
    KeyError: "no table 'event'; the tables are: events, user_stats, claims, actors, ownership, places, votes"
    """
    return shipped().resource(name)


def fields(name: str) -> list[dict[str, Any]]:
    """The field descriptors of one table, in column order."""
    return shipped().fields(name)


def field(name: str, column: str) -> dict[str, Any]:
    """The descriptor of one column of one table."""
    for f in fields(name):
        if f["name"] == column:
            return f
    raise KeyError(f"table {name!r} has no column {column!r}")


def labels(name: str, column: str, lang: str | None = None) -> dict[str, str]:
    """The learner-facing names of a closed vocabulary, in the current (or given) language.

    They are stated once, in ``datapackage.json`` (``x-labels``), for charts, lessons and quizzes alike.

    >>> labels("votes", "chamber", "en")
    {'house': 'House', 'senate': 'Senate'}
    """
    from .i18n import pick

    return {value: pick(texts, lang) for value, texts in field(name, column).get("x-labels", {}).items()}


def label(name: str, column: str, value: Any, lang: str | None = None) -> str:
    """The name of one vocabulary value; an unknown value is shown as written, underscores as spaces.

    >>> label("events", "category", "export_control", "en"), label("events", "category", "elections")
    ('Export controls', 'elections')
    """
    return labels(name, column, lang).get(str(value), str(value).replace("_", " "))


def table_path(name: str) -> Path:
    """The shipped CSV file of one table."""
    return shipped().path(name)
