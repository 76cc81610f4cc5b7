"""``answer_from``: read the answer of a question from a row of the lesson data.

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

import math
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["DEFAULT_COLUMNS", "BadReference", "DataLookup", "parse_reference"]

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
    """pandas missing values become None."""
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat") and hasattr(value, "date"):  # a Timestamp is a date in the quizzes
        return value.date().isoformat() if (value.hour, value.minute, value.second) == (0, 0, 0) else value
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
