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

    Returns
    -------
    pathlib.Path
        ``lessons_lib/_data`` in an installed wheel; in a checkout, the repository's ``data/``.

    Raises
    ------
    lessons_lib.errors.DataError
        When neither folder holds ``datapackage.json`` (a broken install).
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
    """The package's own lesson data, read once.

    Returns
    -------
    DataPackage
        The shipped descriptor and the folder of its CSV files (:func:`data_dir`).
    """
    folder = data_dir()
    with open(folder / PACKAGE_FILE, encoding="utf-8") as handle:
        return DataPackage(json.load(handle), folder)


def package() -> dict[str, Any]:
    """The data package descriptor, as a dict (read once).

    Returns
    -------
    dict
        ``datapackage.json`` as read: ``resources`` (the tables and their fields) and the
        package's own keys (``x-headline-figures``...). Shared: do not change it.
    """
    return shipped().descriptor


def table_names() -> list[str]:
    """The names of the tables in the package, in the order it lists them.

    Returns
    -------
    list of str
        ``["events", "user_stats", "claims", ...]``: each has a loader ``load_<name>``.
    """
    return shipped().table_names()


def resource(name: str) -> dict[str, Any]:
    """The descriptor of one table: its file, its schema (fields, keys) and its title.

    Parameters
    ----------
    name : str
        The table's name, one of :func:`table_names`.

    Returns
    -------
    dict
        The table's entry of ``datapackage.json`` (``name``, ``path``, ``schema``...).

    Raises
    ------
    KeyError
        For an unknown ``name``; the message names the tables.

    Examples
    --------
    >>> resource("votes")["path"]
    'votes.csv'
    >>> resource("event")
    Traceback (most recent call last):
    ...
    KeyError: "no table 'event'; the tables are: events, user_stats, claims, actors, ownership, places, votes"
    """
    return shipped().resource(name)


def fields(name: str) -> list[dict[str, Any]]:
    """The field descriptors of one table, in column order.

    Parameters
    ----------
    name : str
        The table's name, one of :func:`table_names`.

    Returns
    -------
    list of dict
        One dict per column: ``name``, ``type``, ``description``, and where they apply
        ``constraints`` (``enum`` for a closed vocabulary), ``x-labels`` and ``x-hint``.

    Examples
    --------
    >>> [f["name"] for f in fields("votes")][:3]
    ['id', 'date', 'date_precision']
    """
    return shipped().fields(name)


def field(name: str, column: str) -> dict[str, Any]:
    """The descriptor of one column of one table.

    Parameters
    ----------
    name : str
        The table's name, one of :func:`table_names`.
    column : str
        The column's name.

    Returns
    -------
    dict
        The column's field descriptor (see :func:`fields`).

    Raises
    ------
    KeyError
        When the table has no such column.

    Examples
    --------
    >>> field("claims", "verdict")["constraints"]["enum"][:2]
    ['correct', 'imprecise']
    """
    for f in fields(name):
        if f["name"] == column:
            return f
    raise KeyError(f"table {name!r} has no column {column!r}")


def labels(name: str, column: str, lang: str | None = None) -> dict[str, str]:
    """The learner-facing names of a closed vocabulary, in the current (or given) language.

    They are stated once, in ``datapackage.json`` (``x-labels``), for charts, lessons and quizzes alike.
    The dict maps each code to its name, so it can rename a column, an index or a table's headers.

    Parameters
    ----------
    name : str
        The table's name, one of :func:`table_names`.
    column : str
        A column with a closed vocabulary (dtype ``category`` once loaded): ``"category"``,
        ``"claim_type"``, ``"verdict"``, ``"metric"``...
    lang : {"en", "fr"}, optional
        The language of the names. By default, the one set with ``set_language`` (or
        ``TECHGEO_LANG``).

    Returns
    -------
    dict of str to str
        Code to name, in the vocabulary's order; empty for a column without names.

    See Also
    --------
    label : The name of one code.

    Examples
    --------
    >>> labels("votes", "chamber", "en")
    {'house': 'House', 'senate': 'Senate'}

    A column shown for reading, with names instead of codes (``Series.map`` with the dict):

    >>> import pandas as pd
    >>> verdicts = pd.Series(["overstated", "correct"], dtype="category")
    >>> verdicts.map(labels("claims", "verdict", "fr")).tolist()
    ['Exagéré', 'Exact']
    """
    from .i18n import pick

    return {value: pick(texts, lang) for value, texts in field(name, column).get("x-labels", {}).items()}


def label(name: str, column: str, value: Any, lang: str | None = None) -> str:
    """The name of one vocabulary value; an unknown value is shown as written, underscores as spaces.

    Parameters
    ----------
    name : str
        The table's name, one of :func:`table_names`.
    column : str
        A column with a closed vocabulary.
    value : object
        The code to name, such as ``"company_claim"`` (any value: it is read as text).
    lang : {"en", "fr"}, optional
        The language of the name. By default, the one set with ``set_language``.

    Returns
    -------
    str
        The code's name in ``datapackage.json`` (``x-labels``); for a value the vocabulary lacks,
        the value itself with its underscores as spaces.

    See Also
    --------
    labels : Every code's name, as a dict to ``map`` a column with.

    Examples
    --------
    >>> label("events", "category", "export_control", "en"), label("events", "category", "elections")
    ('Export controls', 'elections')
    """
    return labels(name, column, lang).get(str(value), str(value).replace("_", " "))


def table_path(name: str) -> Path:
    """The shipped CSV file of one table.

    Parameters
    ----------
    name : str
        The table's name, one of :func:`table_names`.

    Returns
    -------
    pathlib.Path
        The CSV file in :func:`data_dir`, such as ``.../events.csv``.
    """
    return shipped().path(name)
