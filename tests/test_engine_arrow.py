"""The Arrow engine (``lessons_lib.engine``) gives the cells pandas' parser gives, and their distinct values.

The checks and their messages are written once, in ``lessons_lib.validation``; the engine only
supplies the cells: pandas' C parser into Arrow strings, then Arrow's ``dictionary_encode``. What
must hold: cell for cell what ``pandas.read_csv(dtype=object)`` gives, the same errors for a file
pandas cannot read, and codes that rebuild each repeated column. Files of awkward shapes (quotes,
line breaks in cells, blank lines, short and long rows, a repeated header name, control
characters) and random ones are compared here. The bad-input, hostile-input and line-number tests
run with the engine (the test extra installs pyarrow) and, through
``test_the_validation_tests_pass_without_the_engine``, with it turned off.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lessons_lib import engine, load_events, validate
from lessons_lib.errors import CONTROL_CHARACTERS
from lessons_lib.schema import table_path

pytest.importorskip("pyarrow")
ROOT = Path(__file__).resolve().parent.parent


OPTIONS = {"dtype": object, "keep_default_na": False, "na_filter": False, "skip_blank_lines": True, "engine": "c"}


def pandas_cells(path: Path, sep: str = ",") -> pd.DataFrame:
    return pd.read_csv(path, sep=sep, encoding="utf-8", **OPTIONS)


def outcome(read, path: Path, sep: str):
    """What a reader gives: its frame, or the type and message of what it raised."""
    try:
        return read(path, sep)
    except (ValueError, pd.errors.ParserError) as err:  # UnicodeDecodeError is a ValueError
        return type(err), str(err)


def same_as_pandas(tmp_path: Path, data: bytes, sep: str = ",") -> bool:
    """Whether the engine gives what pandas' parser gives (cells, or the error); True if it read cells."""
    path = tmp_path / "t.csv"
    path.write_bytes(data)
    expected = outcome(pandas_cells, path, sep)
    got = outcome(lambda p, s: engine.read_cells(p, {**OPTIONS, "sep": s}), path, sep)
    if isinstance(expected, tuple):
        assert got == expected
        return False
    pd.testing.assert_frame_equal(got.frame, expected, check_index_type=True)
    assert all(str(d) == "object" for d in got.frame.dtypes)
    for name, (codes, values) in got.distinct.items():
        assert (values[codes] == expected[name].to_numpy(dtype=object)).all()
        assert len(set(values.tolist())) == len(values)  # distinct
    controls = any(re.search(CONTROL_CHARACTERS, v) for c in expected.columns for v in expected[c])
    assert got.controls == bool(controls)
    return True


def test_the_shipped_events_are_read_by_the_engine_with_distinct_values(tmp_path):
    path = table_path("events")
    cells = engine.read_cells(path, {**OPTIONS, "sep": ","})
    assert cells is not None and not cells.controls
    assert {"category", "confidence", "claim_type", "date_precision"} <= cells.distinct.keys()
    assert "id" not in cells.distinct  # unique: one Python string a cell
    assert same_as_pandas(tmp_path, path.read_bytes())


@pytest.mark.parametrize(("data", "read"), [
    (b"a,b\n1,2\n3,4\n", True),
    (b"a,b\n1,2\n3,4", True),  # no line feed at the end
    (b'a,b\n"x\ny",2\n3,4\n', True),  # a quoted line break
    (b'a,b\n"x ""q"" y",2\n', True),  # escaped quotes
    (b'a,b\nx"y,"z"w\n', True),  # quotes inside a cell
    (b"a,b\n1,2\n\n3,4\n", True),  # a blank line between rows
    (b"\n\na,b\n1,2\n", True),  # blank lines before the header
    (b"a,b\n1,2\n\n\n", True),  # blank lines at the end
    (b"a,b\n,\n1,2\n", True),  # a row of separators only
    (b"a,a\n1,2\n", True),  # a repeated name: a.1
    (b"a,,c\n1,2,3\n", True),  # an empty name: Unnamed: 1
    (b"a\n1\n  \n2\n", True),  # one column, a line of spaces
    (b"a,b\n1\n", True),  # a row too short
    (b"a,b\n1,x\x1by\n", True),  # a control character: found in the distinct values
    (b"a,b\n1,x\xc2\x85y\n", True),  # a C1 control
    (b"a,b\n1,\xe2\x80\xaeevil\n", True),  # a bidi override
    (b"a,b\n1,x\x00y\n", True),  # a NUL byte
    (b"a,b\n1,2\n1,2,3\n", False),  # a row too long: the same ParserError
    (b"a,b\n1,\xff\n", False),  # not UTF-8: the same UnicodeDecodeError
    (b'a,b\n"open,2\n', False),  # a quote left open: the same ParserError
])
def test_awkward_files_are_read_as_pandas_reads_them(tmp_path, data, read):
    assert same_as_pandas(tmp_path, data) is read


def test_a_semicolon_file(tmp_path):
    assert same_as_pandas(tmp_path, b"a;b\n1,5;2\n", sep=";")


CELL = st.text(alphabet='ab ,;"\n\t', max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=2, max_size=3), min_size=1, max_size=6), quoted=st.booleans())
def test_random_files_are_read_as_pandas_reads_them(tmp_path, rows, quoted):
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if quoted or any(c in value for c in ',"\n') else value

    lines = ["x,y,z"] + [",".join(cell(v) for v in row) for row in rows]
    same_as_pandas(tmp_path, ("\n".join(lines) + "\n").encode())


def test_the_engine_is_off_when_asked(monkeypatch):
    monkeypatch.setenv(engine.ENGINE_VARIABLE, "pandas")
    assert engine.arrow() is None
    assert engine.read_cells(table_path("events"), {**OPTIONS, "sep": ","}) is None
    monkeypatch.setenv(engine.ENGINE_VARIABLE, "")
    assert engine.arrow() is not None


def test_the_engine_is_off_without_pyarrow(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert engine.arrow() is None


def test_tables_and_problems_are_the_same_with_and_without_the_engine(tmp_path, monkeypatch):
    """The shipped events, then the same with bad cells (among repeated values and free text), a
    quoted line break and a blank line: same frame, same report, with and without the engine."""
    text = table_path("events").read_text(encoding="utf-8")
    header, *rows = list(csv.reader(io.StringIO(text)))
    bad = [list(row) for row in rows] + [list(rows[0])]  # the first id again on the last row
    bad[3][header.index("category")] = "war"  # among repeated values
    bad[4][header.index("in_article")] = "VRAI"
    bad[5][header.index("note")] = "=SUM(A1:A3)"  # free text
    bad[6][header.index("title_en")] += "\n(a second line)"  # a quoted line break moves the lines after it
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([header, *bad[:8], [], *bad[8:]])  # and a blank line
    files = {"good.csv": text, "bad.csv": buffer.getvalue()}
    for name, content in files.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        monkeypatch.setenv(engine.ENGINE_VARIABLE, "")
        with_engine = str(validate(path, "events"))
        frame = load_events(path) if name == "good.csv" else None
        monkeypatch.setenv(engine.ENGINE_VARIABLE, "pandas")
        assert str(validate(path, "events")) == with_engine
        if frame is not None:
            other = load_events(path)
            pd.testing.assert_frame_equal(frame, other)
            assert repr(frame) == repr(other)
    report = validate(tmp_path / "bad.csv", "events")
    assert [(p.line, p.column) for p in report.problems] == [
        (5, "category"), (6, "in_article"), (7, "note"), (len(rows) + 4, "id")]


@pytest.mark.slow
def test_the_validation_tests_pass_without_the_engine():
    """The bad-input, hostile-input and line-number tests, run again with the engine turned off (as on a
    machine without pyarrow): the same messages, the same lines."""
    files = ["tests/test_data_bad_inputs.py", "tests/test_hostile.py", "tests/test_line_numbers.py"]
    env = {**os.environ, engine.ENGINE_VARIABLE: "pandas"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
                           "-x", *files], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-3000:]
    assert " passed" in done.stdout and "failed" not in done.stdout


def test_codes_of_repeated_columns_follow_the_rows_left_after_empty_rows(tmp_path):
    """A row of separators only is dropped before the checks: the engine's codes are taken at the rows left."""
    text = table_path("events").read_text(encoding="utf-8").rstrip("\n").split("\n")
    blank = "," * (text[0].count(","))
    path = tmp_path / "events.csv"
    path.write_text("\n".join([text[0], text[1], blank, *text[2:]]) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"events\.csv: 1 empty row\(s\) \(only separators\) were ignored: line 3"):
        frame = load_events(path)
    assert len(frame) == len(text) - 1
    assert np.array_equal(frame["category"].astype(str).to_numpy(),
                          load_events(table_path("events"))["category"].astype(str).to_numpy())
