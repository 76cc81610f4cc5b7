"""A problem's line number is the line where its row starts, however the file is laid out.

Files are built line by line here, so the true line of every row is known without a CSV reader:
quoted texts that span lines, blank lines between rows, before the header and at the end, a
byte-order mark, Windows (CRLF) line ends, ``;`` separators, cp1252 text. Bad cells are put on
chosen rows and the lines the validator reports are compared with the true ones. A plain UTF-8
file is never decoded whole to find them (its bytes are not read into one string).
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lessons_lib import validate
from lessons_lib.schema import fields

COLUMNS = [f["name"] for f in fields("events")]
ROW = {"id": "e", "date": "2020-08-06", "date_precision": "day", "category": "executive",
       "actors": "trump;bytedance", "title_en": "EO 13942 is signed", "title_fr": "Le décret 13942 est signé",
       "in_article": "true", "deadline_days": "45", "source_title": "Federal Register, 85 FR 48637",
       "source_url": "https://www.federalregister.gov/d/2020-17699", "confidence": "high",
       "claim_type": "government_record", "note": ""}


def csv_line(cells: list[str], sep: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


def build(rows: list[dict], *, spans: list[int], blanks_before: list[int], lead: int, trail: int, sep: str = ",",
          newline: str = "\n", bom: bool = False, encoding: str = "utf-8", blank: str = "") -> tuple[bytes, list[int]]:
    """The file's bytes and the line on which each row starts.

    ``spans[i]`` extra lines inside row i's quoted title; ``blanks_before[i]`` blank lines before row i;
    ``lead``/``trail`` blank lines before the header and after the last row; ``blank``: what a blank
    line between rows holds (nothing, or spaces and tabs, which pandas skips too).
    """
    text = "\n" * lead + csv_line(COLUMNS, sep)
    line = lead + 2
    starts = []
    for row, span, blanks in zip(rows, spans, blanks_before, strict=True):
        text += (blank + "\n") * blanks
        line += blanks
        starts.append(line)
        cells = [row.get(c, "") for c in COLUMNS]
        cells[COLUMNS.index("title_en")] = "\n".join([cells[COLUMNS.index("title_en")]] + ["more"] * span)
        text += csv_line(cells, sep)
        line += 1 + span
    text += "\n" * trail
    data = text.replace("\n", newline).encode(encoding)
    return (codecs.BOM_UTF8 + data if bom else data), starts


def rows_with_errors(count: int, bad: set[int]) -> list[dict]:
    return [{**ROW, "id": f"e{i}", "category": "war" if i in bad else ROW["category"]} for i in range(count)]


def reported(path: Path) -> list[int]:
    report = validate(path, "events")
    assert {p.column for p in report.problems} <= {"category"}, str(report)
    return [p.line for p in report.problems]


layouts = st.fixed_dictionaries({
    "count": st.integers(1, 12),
    "lead": st.integers(0, 2),
    "trail": st.integers(0, 3),
    "newline": st.sampled_from(["\n", "\r\n"]),
    "bom": st.booleans(),
    "sep": st.sampled_from([",", ";"]),
    "encoding": st.sampled_from(["utf-8", "cp1252"]),
    "blank": st.sampled_from(["", "  ", " \t "]),
    "seed": st.randoms(use_true_random=False),
})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(layout=layouts)
def test_reported_lines_are_the_true_lines(layout, tmp_path):
    rng, count = layout["seed"], layout["count"]
    spans = [rng.choice([0, 0, 0, 1, 2]) for _ in range(count)]
    blanks = [0] + [rng.choice([0, 0, 0, 1, 2]) for _ in range(count - 1)]
    bad = {i for i in range(count) if rng.random() < 0.4} or {count - 1}
    data, starts = build(rows_with_errors(count, bad), spans=spans, blanks_before=blanks, lead=layout["lead"],
                         trail=layout["trail"], sep=layout["sep"], newline=layout["newline"], bom=layout["bom"],
                         encoding=layout["encoding"] if not layout["bom"] else "utf-8", blank=layout["blank"])
    path = tmp_path / "events.csv"
    path.write_bytes(data)
    assert reported(path) == [starts[i] for i in sorted(bad)]


@pytest.mark.parametrize("spans", [[0, 0, 0, 0], [0, 3, 0, 1]], ids=["one-row-per-line", "quoted-line-breaks"])
@pytest.mark.parametrize("blanks", [[0, 0, 0, 0], [0, 2, 0, 1]], ids=["no-blank-line", "blank-lines"])
def test_a_plain_file_is_never_decoded_whole(spans, blanks, tmp_path, monkeypatch):
    data, starts = build(rows_with_errors(4, {1, 3}), spans=spans, blanks_before=blanks, lead=1, trail=2)
    path = tmp_path / "events.csv"
    path.write_bytes(data)

    def refuse(self):
        raise AssertionError(f"{self} read whole")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "read_text", refuse)
    assert reported(path) == [starts[1], starts[3]]


def test_a_repeated_id_names_the_line_of_its_first_use(tmp_path):
    rows = [{**ROW, "id": f"e{i}"} for i in range(5)]
    rows[4]["id"] = "e1"
    data, starts = build(rows, spans=[0, 2, 0, 0, 0], blanks_before=[0, 0, 1, 0, 3], lead=0, trail=1)
    path = tmp_path / "events.csv"
    path.write_bytes(data)
    report = validate(path, "events")
    assert [(p.line, p.column, p.expected) for p in report.problems] == [
        (starts[4], "id", f"a unique id (already used on line {starts[1]})")]


POOLS = {
    "date": ["2020-08-06", "2020-08-01", "2020-13-01", "06/08/2020", "", "0999-01-01"],
    "date_precision": ["day", "month", "year", "weekly"],
    "category": ["executive", "court", "war", "Executive ", "court_"],
    "in_article": ["true", "false", "VRAI", "yes", ""],
    "deadline_days": ["45", "", "-4", "1.5", "1,5", "inf", "9007199254740993"],
    "confidence": ["high", "low", "sure", ""],
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.randoms(use_true_random=False), count=st.integers(4, 30))
def test_values_checked_once_give_the_problems_the_whole_column_gives(seed, count, tmp_path, monkeypatch):
    """Repeating values are checked once each and their problems copied to their rows: the same
    problems, in the same order, as checking every cell."""
    from lessons_lib import validation

    rows = [{**ROW, "id": f"e{i}", **{c: seed.choice(p[:2] if seed.random() < 0.7 else p) for c, p in POOLS.items()}}
            for i in range(count)]
    data, _ = build(rows, spans=[seed.choice([0, 0, 1]) for _ in rows], blanks_before=[0] * count, lead=0, trail=0)
    path = tmp_path / "events.csv"
    path.write_bytes(data)
    fast = validate(path, "events")
    monkeypatch.setattr(validation, "_check_distinct", lambda *args: None)
    slow = validate(path, "events")
    assert fast.problems == slow.problems
    assert fast.notes == slow.notes


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.sampled_from(["a", "b", ",", ";", '"', "\n", " ", "\t", "é", '""', '"x\ny"']), max_size=60)
       .map("".join), sep=st.sampled_from([",", ";", "\t"]))
def test_the_quick_row_scan_agrees_with_csv_or_steps_aside(text, sep, tmp_path):
    """Where the NumPy scan of quotes and line feeds gives row starts, they are csv's (stray quotes,
    lines of spaces, open quotes: it gives None and the file is streamed through csv instead)."""
    import csv as _csv

    from lessons_lib import validation

    path = tmp_path / "t.csv"
    path.write_bytes(("h" + sep + "k\n" + text).encode())
    expected = list(validation._row_start_lines(validation._split_lines("h" + sep + "k\n" + text), sep))
    rows = len(expected)
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            list(_csv.reader(handle, delimiter=sep))
    except _csv.Error:
        return
    quick = validation._quoted_row_starts(path, sep, rows)
    if quick is not None:
        assert quick.tolist() == expected
    block = validation._BLOCK
    try:
        validation._BLOCK = 1  # 8-byte blocks: quotes, line feeds and rows cut at every seam
        small = validation._quoted_row_starts(path, sep, rows)
    finally:
        validation._BLOCK = block
    assert (small is None) == (quick is None)
    if small is not None:
        assert small.tolist() == expected
    assert validation._quoted_row_starts(path, sep, rows + 1) is None  # a count other than pandas' is refused


def test_a_reference_problem_names_the_line_of_its_row(tmp_path):
    """A bad id in a reference column is reported on its row's line, after a quoted line break and a
    blank line too (it was the row's number plus 2: one line early per extra line above it)."""
    import shutil

    from lessons_lib import data_dir, validate_package

    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    with open(folder / "events.csv", encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    title, actors = header.index("title_en"), header.index("actors")
    rows[0][title] += "\n(a second line)"
    rows[2][actors] = "nobody-known"
    text = csv_line(header, ",") + csv_line(rows[0], ",") + csv_line(rows[1], ",") + "\n" + "".join(
        csv_line(row, ",") for row in rows[2:])
    (folder / "events.csv").write_text(text, encoding="utf-8")
    problems = [p for report in validate_package(folder) for p in report.problems]
    assert [(p.file, p.line, p.column, p.value) for p in problems] == [("events.csv", 6, "actors", "nobody-known")]


@pytest.mark.parametrize(("spans", "blanks", "from_cells"), [
    ([0, 3, 0, 1, 0], [0, 0, 0, 0, 0], True),  # every extra line is a line break inside a quoted cell
    ([0, 3, 0, 1, 0], [0, 0, 1, 0, 0], False),  # a blank line too: the cells cannot account for it
    ([0, 0, 0, 0, 0], [0, 2, 0, 0, 1], False),
])
def test_quoted_line_breaks_are_found_in_the_cells_pandas_read(spans, blanks, from_cells, tmp_path, monkeypatch):
    """A plain file whose only extra lines are quoted line breaks gets its lines from the cells pandas
    read (no second scan of its bytes); blank lines between rows send it to the scan, which agrees."""
    from lessons_lib import validation

    data, starts = build(rows_with_errors(5, {2, 4}), spans=spans, blanks_before=blanks, lead=1, trail=1)
    path = tmp_path / "events.csv"
    path.write_bytes(data)
    scanned = []
    scan = validation._quoted_row_starts
    monkeypatch.setattr(validation, "_quoted_row_starts", lambda *args: scanned.append(1) or scan(*args))
    assert reported(path) == [starts[2], starts[4]]
    assert bool(scanned) is not from_cells
