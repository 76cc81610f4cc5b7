"""``answer_from``: read the answer of a question from a row of the lesson data, and bind questions to it.

Values stay as the loaders type them (a day is a ``Timestamp``, a count an ``int``): they are compared
as days and numbers, and turned into text only where a bank holds text (an accepted answer).

A reference is ``table:row-id`` or ``table:row-id:column``. Without a column, each table has a
default (the figure a question would ask about):

>>> parse_reference("user_stats:tiktok-mau-2020-07")
('user_stats', 'tiktok-mau-2020-07', 'value')
>>> parse_reference("claims:c11-one-billion-users:verdict")
('claims', 'c11-one-billion-users', 'verdict')
>>> parse_reference("events:2020-08-06-eo-13942", default="date")
('events', '2020-08-06-eo-13942', 'date')
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from lessons_lib.i18n import LANGUAGES

from .errors import show
from .model import Item, Option, Source, Tolerance, normalise_text

__all__ = ["DEFAULT_COLUMNS", "BadReference", "DataLookup", "as_text", "bind_accepted", "bind_number",
           "bind_options", "check_time_order", "data_source", "fetch", "parse_reference", "plain_number",
           "same_value"]

DEFAULT_COLUMNS = {
    "user_stats": "value",
    "events": "deadline_days",
    "ownership": "share_percent",
    "votes": "yeas",
    "claims": "verdict",
}
_REFERENCE = re.compile(r"(?P<table>[a-z_]+):(?P<row>[a-z0-9][a-z0-9-]*)(?::(?P<column>[a-z0-9_]+))?")


class BadReference(ValueError):
    """An ``answer_from`` or ``source`` reference that the data cannot satisfy."""


def parse_reference(reference: str, default: str | None = None) -> tuple[str, str, str]:
    """``(table, row id, column)`` of a reference; ``BadReference`` when it is malformed."""
    match = _REFERENCE.fullmatch(str(reference).strip())
    if match is None:
        raise BadReference(
            f"{reference!r} is not a data reference; write table:row-id or "
            f"table:row-id:column, e.g. user_stats:tiktok-mau-2020-07"
        )
    table, row = match["table"], match["row"]
    column = match["column"] or default or DEFAULT_COLUMNS.get(table)
    if column is None:
        raise BadReference(
            f"{reference!r} needs a column (table {table!r} has no default): write {table}:{row}:COLUMN"
        )
    return table, row, column


def _clean(value: Any) -> Any:
    """pandas missing values become None; every other value keeps its type (a day stays a Timestamp)."""
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


class DataLookup:
    """Rows of the lesson tables by id. ``tables`` ({table: {row id: {column: value}}}) replaces the
    shipped data, for tests; by default each table is loaded on first use with ``load_table``.
    """

    def __init__(self, tables: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None):
        self._given = tables
        self._loaded: dict[str, dict[str, dict[str, Any]]] = {}

    def _table(self, table: str) -> Mapping[str, Mapping[str, Any]]:
        if self._given is not None:
            if table not in self._given:
                raise BadReference(f"no table {table!r}; the tables are: {', '.join(self._given)}")
            return self._given[table]
        if table not in self._loaded:
            from lessons_lib.data import load_table
            from lessons_lib.schema import table_names

            if table not in table_names():
                raise BadReference(f"no table {table!r}; the tables are: {', '.join(table_names())}")
            frame = load_table(table)
            self._loaded[table] = {
                str(row_id): {k: _clean(v) for k, v in record.items()}
                for row_id, record in frame.set_index("id").to_dict(orient="index").items()
            }
        return self._loaded[table]

    def row(self, table: str, row_id: str) -> Mapping[str, Any]:
        """The row ``row_id`` of ``table``; ``BadReference`` naming what is missing."""
        rows = self._table(table)
        if row_id not in rows:
            raise BadReference(f"no row {row_id!r} in table {table!r}")
        return rows[row_id]

    def value(self, reference: str, default: str | None = None) -> Any:
        """The value a reference points at (None when the cell is empty)."""
        table, row_id, column = parse_reference(reference, default)
        row = self.row(table, row_id)
        if column not in row:
            raise BadReference(f"no column {column!r} in table {table!r}; the columns are: {', '.join(row)}")
        return row[column]


# -- binding a question to the data: each function reports what the data contradicts ---------------
Report = Callable[[str], None]


def plain_number(value: Any) -> float | None:
    """``value`` as a finite float when it is a plain number (not a bool, not text), else None.

    >>> plain_number(45), plain_number("45"), plain_number(float("inf")), plain_number(True)
    (45.0, None, None, None)
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:  # a whole number with hundreds of digits
        return None
    return number if math.isfinite(number) else None


def is_day(value: Any) -> bool:
    """True for a day of the data: a ``date``, or a ``datetime`` (pandas' ``Timestamp`` is one)."""
    return isinstance(value, date)


def as_text(value: Any) -> str:
    """A value of the data as a bank writes it: a day (at midnight) as ``YYYY-MM-DD``, anything else as ``str``.

    >>> as_text(datetime(2020, 8, 6)), as_text(45)
    ('2020-08-06', '45')
    """
    if isinstance(value, datetime) and (value.hour, value.minute, value.second) == (0, 0, 0):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else str(value)


def same_value(data: Any, written: Any) -> bool:
    """True when an option's ``value`` (as written in the bank) is the data's value: numbers as numbers,
    days as days, text folded (case, accents, punctuation).

    >>> same_value(45.0, "45"), same_value(datetime(2021, 9, 27), "2021-09-27"), same_value("Exact", "exact")
    (True, True, True)
    """
    if plain_number(data) is not None:
        try:
            return float(data) == float(str(written))
        except ValueError:
            return False
    if is_day(data):
        try:
            return as_text(data) == date.fromisoformat(str(written).strip()).isoformat()
        except ValueError:
            return False
    return normalise_text(str(data)) == normalise_text(str(written))


def _guarded(report: Report, what: str, needs: str, read: Callable[[], Any]) -> tuple[bool, Any]:
    """``(True, read())``, or ``(False, None)`` after reporting why the data could not answer ``what``
    (``needs`` says what reads the data with pandas)."""
    try:
        return True, read()
    except BadReference as err:
        report(f"unknown {what}: {err}")
    except ImportError as err:  # the data is read with pandas (not there in an offline JupyterLite)
        report(f"could not read the data to check {what}: {needs} pandas ({err})")
    except (OSError, ValueError) as err:
        report(f"could not read the data to check {what}: {err}")
    return False, None


def fetch(lookup: DataLookup | None, reference: str, report: Report, default: str | None = None) -> tuple[bool, Any]:
    """``(found, value)`` of an ``answer_from`` reference; nothing is found without a lookup."""
    if lookup is None:
        return False, None
    return _guarded(report, f"answer_from reference {reference!r}", "answer_from needs",
                    lambda: lookup.value(reference, default))


def bind_options(options: list[Option], reference: str, lookup: DataLookup | None, report: Report) -> list[Option]:
    """The options with ``correct`` set by the data: the one whose ``value`` is the data's value."""
    missing = [o.id for o in options if o.value is None]
    if missing:
        report(f"with answer_from, every option needs a value to compare with the data; missing for: "
               f"{', '.join(missing)}")
        return options
    found, value = fetch(lookup, reference, report)
    if not found:
        return options
    matching = [o for o in options if same_value(value, o.value)]
    if not matching:
        report(f"the answer from the data ({as_text(value)!r}, from {reference}) is not among the options' "
               f"values: {', '.join(repr(o.value) for o in options)}")
        return options
    if len(matching) > 1:
        report(f"several options have the value {as_text(value)!r} from {reference}: "
               f"{', '.join(o.id for o in matching)}")
    flagged = [o.id for o in options if o.correct]
    if flagged and flagged != [o.id for o in matching]:
        report(f"correct: true is on {', '.join(flagged)} but the data ({reference} = {as_text(value)!r}) says "
               f"{', '.join(o.id for o in matching)}")
    return [Option(o.id, o.text, o in matching, o.feedback, o.value) for o in options]


def bind_number(written: Any, answer: float | None, tolerance: Tolerance | None, reference: str,
                lookup: DataLookup | None, report: Report) -> float | None:
    """The answer of a numeric question: the data's number (which a written ``answer`` must agree with)."""
    found, value = fetch(lookup, reference, report)
    if not found:
        return answer
    data = plain_number(value)
    if data is None:
        report(f"answer_from {reference} holds {show(value)}, not a number")
        return answer
    if answer is not None and tolerance and not tolerance.accepts(answer, data):
        report(f"answer {written!r} disagrees with the data: {reference} is {value!r}")
        return answer
    return data


def bind_accepted(accepted: dict[str, tuple[str, ...]], reference: str, lookup: DataLookup | None,
                  report: Report) -> dict[str, tuple[str, ...]]:
    """The accepted answers of a text question: the data's value, which written ones must include."""
    found, value = fetch(lookup, reference, report)
    if not found or value is None:
        return accepted
    if not accepted:
        return {lang: (as_text(value),) for lang in LANGUAGES}
    if not any(normalise_text(as_text(value)) == normalise_text(a) for a in accepted.get("en", ())):
        report(f"the data ({reference} = {as_text(value)!r}) is not among the accepted English answers")
    return accepted


def check_time_order(items: list[Item], lookup: DataLookup | None, report: Report) -> None:
    """Report ordering items whose days in the data (``answer_from``, column ``date``) are not earliest first."""
    dated = []
    for item in items:
        if item.answer_from:
            found, value = fetch(lookup, item.answer_from, report, "date")
            if not found:
                continue
            if not is_day(value):
                report(f"item {item.id!r}: answer_from {item.answer_from} holds {show(value)}, not a day")
                continue
            dated.append((item, value))
    for (before, first), (after, second) in itertools.pairwise(dated):
        if not first < second:
            report(f"items are not in time order according to the data: {before.id!r} ({as_text(first)}) is "
                   f"listed before {after.id!r} ({as_text(second)}); list items earliest first")


def data_source(reference: str, lookup: DataLookup | None, report: Report) -> Source | None:
    """The source of a question read from a row of the data (its ``source_title`` and ``source_url``)."""
    if lookup is None:
        return Source({lang: reference for lang in LANGUAGES}, None, reference)

    def row() -> Mapping[str, Any]:
        table, row_id, _ = parse_reference(reference, "id")
        return lookup.row(table, row_id)

    found, values = _guarded(report, f"source reference {reference!r}", "data sources need", row)
    if not found:
        return None
    title = str(values.get("source_title") or reference)
    return Source({lang: title for lang in LANGUAGES}, values.get("source_url") or None, reference)
