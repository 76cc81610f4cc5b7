"""The optional Arrow engine: pandas' own C parser reads a clean file into Arrow strings, and Arrow's
kernels find each column's distinct values.

The checks and their messages live in :mod:`lessons_lib.validation`, written once; this module only
reads. :func:`read_cells` returns the same ``object`` columns of Python strings as pandas' parser
gives with ``dtype=object`` (it is the same parser, with the same options: the same cells, the same
errors), plus, for each column that repeats values, its distinct values and each row's code among
them (Arrow's ``dictionary_encode``), so that the checks run once per distinct value without
factorizing the column again. Python strings are made once per distinct value (equal cells share
one, as pandas' parser makes them share one) and once per cell only in columns that hardly repeat.

pyarrow is the ``fast`` extra (``pip install techgeo-lessons[fast]``). ``TECHGEO_ENGINE=pandas``
turns the engine off, as a machine without pyarrow runs.
"""

from __future__ import annotations

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
    """A file's cells as pandas' parser gives them with ``dtype=object``, and what Arrow found in them."""

    frame: pd.DataFrame
    #: column name -> (each row's code, the distinct values as an object array), for columns that repeat
    distinct: dict[str, tuple[np.ndarray, np.ndarray]]
    #: whether any cell holds a control character (``errors.CONTROL_CHARACTERS``)
    controls: bool


def read_cells(path: Path, options: dict[str, Any]) -> Cells | None:
    """The cells of the UTF-8 file ``path`` read by pandas into Arrow strings, or None without the engine.

    ``options`` are the caller's ``pandas.read_csv`` options for ``dtype=object`` columns; a file
    pandas cannot read raises as it would with them (``ParserError``, ``UnicodeDecodeError``).
    """
    pa = arrow()
    if pa is None:
        return None
    frame = pd.read_csv(path, encoding="utf-8", **{**options, "dtype": pd.StringDtype("pyarrow", na_value=np.nan)})
    rows, compute = len(frame), pa.compute
    columns: dict[int, np.ndarray] = {}
    distinct: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    controls = False
    for position, name in enumerate(frame.columns):
        cells = frame.iloc[:, position].array.__arrow_array__()  # the Arrow column itself (no copy)
        encoded = compute.dictionary_encode(cells)  # one hash table: every chunk gets the whole dictionary
        values = encoded.chunk(0).dictionary if encoded.num_chunks else pa.array([], cells.type)
        address = values.buffers()[-1].address if len(values) else None
        if any(chunk.dictionary.buffers()[-1].address != address for chunk in encoded.chunks[1:]):
            encoded = pa.chunked_array([compute.dictionary_encode(cells.combine_chunks())])  # encoded whole
            values = encoded.chunk(0).dictionary
        controls = controls or compute.any(compute.match_substring_regex(values, _CONTROL_RE2)).as_py()
        if len(values) > rows // 2:
            columns[position] = cells.to_numpy()  # hardly repeats: one Python string a cell
            continue
        codes = np.concatenate([chunk.indices.to_numpy() for chunk in encoded.chunks] or [np.zeros(0, np.int32)])
        shared = values.to_numpy(zero_copy_only=False)
        columns[position] = shared[codes]  # equal cells share one Python string
        distinct[str(name)] = (codes.astype(np.int64, copy=False), shared)
    # dtype=object: with pyarrow installed, pandas would otherwise turn the strings into Arrow strings again
    cells_frame = pd.DataFrame(columns, index=frame.index, dtype=object, copy=False)
    cells_frame.columns = frame.columns
    return Cells(cells_frame, distinct, bool(controls))
