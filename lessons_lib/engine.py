"""The optional Arrow engine: pyarrow's CSV reader supplies the cells of a plain, clean file.

The checks and their messages live in :mod:`lessons_lib.validation`, written once; this module only
reads. :func:`read_cells` returns the same ``object`` columns of Python strings as pandas' C parser
(``dtype=object``, no missing-value detection), plus, for each column that repeats values, its
distinct values and each row's code among them (Arrow's ``dictionary_encode``), so that the checks
run once per distinct value without factorizing the column again. Equal cells share one Python
string, as pandas' parser makes them share one.

It reads only what it is sure to read as pandas would: anything else (a header with an empty or a
repeated name, a row with too few or too many cells, text that is not UTF-8, a control character
in any cell, any error of pyarrow's) gives None, and the caller reads the file with pandas, whose
messages the checks know. So the loaders return the same tables and the same problems with or
without pyarrow.

pyarrow is the ``fast`` extra (``pip install techgeo-lessons[fast]``). ``TECHGEO_ENGINE=pandas``
turns the engine off, as a machine without pyarrow runs.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pandas as pd

#: The environment variable that turns the Arrow engine off (``pandas``).
ENGINE_VARIABLE = "TECHGEO_ENGINE"
#: The control characters of ``errors.CONTROL_CHARACTERS``, in the RE2 syntax of Arrow's kernels.
_CONTROL_RE2 = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x{9f}\x{202a}-\x{202e}\x{2066}-\x{2069}]"


def arrow() -> ModuleType | None:
    """The ``pyarrow`` module when the Arrow engine is used: installed and not turned off, else None.

    >>> os.environ[ENGINE_VARIABLE] = "pandas"
    >>> arrow() is None
    True
    >>> del os.environ[ENGINE_VARIABLE]
    """
    if os.environ.get(ENGINE_VARIABLE, "").strip().lower() == "pandas":
        return None
    try:
        import pyarrow
        import pyarrow.compute
        import pyarrow.csv
    except ImportError:
        return None
    return pyarrow


@dataclass
class Cells:
    """A file's cells as pandas' parser would give them, and the distinct values of repeated columns."""

    frame: pd.DataFrame
    #: column name -> (each row's code, the distinct values as an object array), for columns that repeat
    distinct: dict[str, tuple[np.ndarray, np.ndarray]]


def read_cells(path: Path, sep: str, lines: int = -1) -> Cells | None:
    """The cells of the plain UTF-8 file ``path`` read by pyarrow, or None (read it with pandas).

    ``path`` has no byte-order mark and no carriage return (the caller's scan says so). ``lines``:
    the lines from the header to the last row, when the caller counted them. A file whose rows are
    one a line is read in parallel blocks cut at any line feed; any other (a quoted line break, a
    blank line) is read again with quotes followed across lines.
    """
    pa = arrow()
    header = _header(path, sep)
    if pa is None or header is None:
        return None
    table = _table(pa, path, sep, header, quoted_lines=lines < 0)
    if table is not None and table.num_rows + 1 != lines and lines >= 0:
        table = _table(pa, path, sep, header, quoted_lines=True)
    if table is None or table.column_names != header:
        return None
    rows, compute = table.num_rows, pa.compute
    columns: dict[str, np.ndarray] = {}
    distinct: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for name in header:
        cells = table.column(0)
        table = table.remove_column(0)  # each Arrow column is released once it is converted
        encoded = compute.dictionary_encode(cells)  # one hash table: every chunk gets the whole dictionary
        values = encoded.chunk(0).dictionary if encoded.num_chunks else pa.array([], pa.string())
        address = values.buffers()[-1].address if len(values) else None
        if any(chunk.dictionary.buffers()[-1].address != address for chunk in encoded.chunks[1:]):
            return None  # not one dictionary (another version of pyarrow): pandas reads the file
        if compute.any(compute.match_substring_regex(values, _CONTROL_RE2)).as_py():
            return None  # a hostile file: pandas reads it, as the checks of control characters expect
        if len(values) > rows // 2:
            columns[name] = cells.to_numpy()  # hardly repeats: one Python string a cell
            continue
        codes = np.concatenate([chunk.indices.to_numpy() for chunk in encoded.chunks] or [np.zeros(0, np.int32)])
        shared = values.to_numpy(zero_copy_only=False)
        columns[name] = shared[codes]  # equal cells share one Python string
        distinct[name] = (codes.astype(np.int64, copy=False), shared)
    # dtype=object: with pyarrow installed, pandas would otherwise turn the strings into Arrow strings again
    frame = pd.DataFrame(columns, index=pd.RangeIndex(rows), dtype=object, copy=False)
    return Cells(frame, distinct)


def _table(pa: ModuleType, path: Path, sep: str, header: list[str], quoted_lines: bool) -> Any:
    """The file as an Arrow table of strings (empty cells: empty strings), or None on any error of pyarrow's."""
    csv_module = pa.csv
    try:
        return csv_module.read_csv(
            path,
            parse_options=csv_module.ParseOptions(delimiter=sep, newlines_in_values=quoted_lines,
                                                  ignore_empty_lines=True),
            convert_options=csv_module.ConvertOptions(
                column_types=dict.fromkeys(header, pa.string()), strings_can_be_null=False,
                quoted_strings_can_be_null=False),
        )
    except (pa.ArrowException, OSError, ValueError):
        return None  # pandas reads it, and says what is wrong with it


def _header(path: Path, sep: str) -> list[str] | None:
    """The column names on the first non-blank line, when pandas would keep them as they are: at least two,
    no empty name (pandas says ``Unnamed: 3``), no name twice (pandas says ``id.1``), none of spaces only."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            record = next((r for r in csv.reader(handle, delimiter=sep) if r), [])
    except (csv.Error, UnicodeDecodeError):  # a quote left open, a byte that is not UTF-8: pandas says which
        return None
    if len(record) < 2 or len(set(record)) != len(record) or any(not n.strip(" \t") for n in record):
        return None  # one column (pandas skips a line of spaces, Arrow reads it), "Unnamed: 3", "id.1"
    return record
