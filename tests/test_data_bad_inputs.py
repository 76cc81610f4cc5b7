"""Bad data gets a clear error that names the file, line, column, value and what was expected.

Each test feeds one kind of broken file, as a teacher's spreadsheet might produce it, and asserts
the message she would read. Files a spreadsheet writes that can be read without guessing wrong
(BOM, cp1252, ';' separators with decimal commas, CRLF, trailing blank lines) load, with a note.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from lessons_lib import DataError, MissingDataFile, load_events, load_user_stats, validate
from lessons_lib.schema import fields

EVENT_COLUMNS = [f["name"] for f in fields("events")]
STAT_COLUMNS = [f["name"] for f in fields("user_stats")]

GOOD_EVENTS = [
    {"id": "2020-08-06-eo-13942", "date": "2020-08-06", "date_precision": "day", "category": "executive",
     "actors": "trump;bytedance", "title_en": "EO 13942 is signed", "title_fr": "Le décret 13942 est signé",
     "in_article": "true", "deadline_days": "45", "source_title": "Federal Register, 85 FR 48637",
     "source_url": "https://www.federalregister.gov/d/2020-17699", "confidence": "high",
     "claim_type": "government_record", "note": ""},
    {"id": "2016-09-douyin", "date": "2016-09-01", "date_precision": "month", "category": "corporate",
     "actors": "bytedance", "title_en": "Douyin launches, with a comma", "title_fr": "Lancement de Douyin",
     "in_article": "false", "deadline_days": "", "source_title": "A source",
     "source_url": "https://example.org/douyin", "confidence": "medium", "claim_type": "press_report",
     "note": ""},
]

GOOD_STATS = [
    {"id": "tiktok-mau-2020-07", "date": "2020-07-01", "date_precision": "month", "subject": "tiktok",
     "metric": "monthly_active_users", "value": "689000000", "unit": "users", "qualifier": "exact",
     "scope": "world_excl_china", "label_en": "TikTok MAU", "label_fr": "Utilisateurs mensuels de TikTok",
     "in_article": "false", "source_title": "Billboard", "source_url": "https://www.billboard.com/x",
     "confidence": "high", "claim_type": "company_claim", "note": ""},
    {"id": "share-2020", "date": "2020-01-01", "date_precision": "year", "subject": "tiktok",
     "metric": "share_of_adults", "value": "1.5", "unit": "percent", "qualifier": "about",
     "scope": "us_adults", "label_en": "Share", "label_fr": "Part", "in_article": "false",
     "source_title": "Pew Research Center", "source_url": "https://www.pewresearch.org/x",
     "confidence": "high", "claim_type": "independent_survey", "note": ""},
]


def write_rows(path: Path, rows: list[dict], columns: list[str], *, sep: str = ",", newline: str = "\n",
               encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=sep, lineterminator=newline,
                            extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def events_file(tmp_path: Path, **changes: str) -> Path:
    """events.csv with the good rows, the second row changed by ``changes``."""
    rows = [dict(GOOD_EVENTS[0]), {**GOOD_EVENTS[1], **changes}]
    return write_rows(tmp_path / "events.csv", rows, EVENT_COLUMNS)


def stats_file(tmp_path: Path, **changes: str) -> Path:
    rows = [dict(GOOD_STATS[0]), {**GOOD_STATS[1], **changes}]
    return write_rows(tmp_path / "user_stats.csv", rows, STAT_COLUMNS)


def problem_text(path: Path, loader=load_events) -> str:
    with pytest.raises(DataError) as caught:
        loader(path)
    return str(caught.value)


# --- the good files load, typed ---------------------------------------------------------------


def test_good_file_loads_with_real_dtypes(tmp_path):
    events = load_events(events_file(tmp_path))
    assert events["date"].dtype.kind == "M"
    assert isinstance(events["category"].dtype, pd.CategoricalDtype)
    assert str(events["deadline_days"].dtype) == "Int64"
    assert str(events["in_article"].dtype) == "boolean"
    assert str(events["title_en"].dtype) == "string"
    # Python-backed on every machine, pyarrow installed or not: the stored lesson outputs depend on it
    assert events["title_en"].dtype == pd.StringDtype("python")
    assert events["deadline_days"].isna().tolist() == [False, True]
    assert events.loc[1, "title_en"] == "Douyin launches, with a comma"


# --- the file itself --------------------------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(MissingDataFile) as caught:
        load_events(tmp_path / "nope.csv")
    assert isinstance(caught.value, FileNotFoundError)
    assert "nope.csv" in str(caught.value)
    assert "expected an existing CSV file (no file at this path)" in str(caught.value)


def test_folder_instead_of_file(tmp_path):
    assert "expected a CSV file, not a folder" in problem_text(tmp_path)


def test_empty_file(tmp_path):
    path = tmp_path / "events.csv"
    path.write_bytes(b"")
    assert problem_text(path) == "1 problem in events.csv:\n  - expected a header line and data rows: the file is empty"


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("\n\n   \n")
    assert "the file is empty" in problem_text(path)


def test_header_only(tmp_path):
    path = write_rows(tmp_path / "events.csv", [], EVENT_COLUMNS)
    assert "expected at least one data row under the header (the file has only a header)" in problem_text(path)


# --- the header -------------------------------------------------------------------------------


def test_missing_column(tmp_path):
    columns = [c for c in EVENT_COLUMNS if c != "title_fr"]
    path = write_rows(tmp_path / "events.csv", GOOD_EVENTS, columns)
    assert "line 1, column 'title_fr': expected a column named 'title_fr' (it is missing)" in problem_text(path)


def test_extra_column(tmp_path):
    rows = [{**r, "colour": "red"} for r in GOOD_EVENTS]
    path = write_rows(tmp_path / "events.csv", rows, [*EVENT_COLUMNS, "colour"])
    text = problem_text(path)
    assert "line 1, column 'colour': found 'colour'; expected only the columns of events: id, date," in text


def test_renamed_column(tmp_path):
    columns = ["titel_en" if c == "title_en" else c for c in EVENT_COLUMNS]
    rows = [{("titel_en" if k == "title_en" else k): v for k, v in r.items()} for r in GOOD_EVENTS]
    path = write_rows(tmp_path / "events.csv", rows, columns)
    text = problem_text(path)
    assert "column 'titel_en': found 'titel_en'; expected the column 'title_en' (renamed?" in text
    assert "it is missing" not in text  # one problem, not two


def test_duplicate_column(tmp_path):
    path = tmp_path / "events.csv"
    header = ",".join([*EVENT_COLUMNS, "note"])
    path.write_text(header + "\n" + ",".join(["x"] * (len(EVENT_COLUMNS) + 1)) + "\n")
    assert "column 'note': found 'note'; expected each column name once (this one appears twice)" in problem_text(path)


def test_too_many_cells_on_a_line(tmp_path):
    path = events_file(tmp_path)
    lines = path.read_text().splitlines()
    lines[2] = lines[2].replace('"Douyin launches, with a comma"', "Douyin launches, with a comma")
    path.write_text("\n".join(lines) + "\n")
    text = problem_text(path)
    count = len(EVENT_COLUMNS)
    assert f"line 3: found '{count + 1} cells'; expected {count} cells, one per column" in text
    assert "needs the text in double quotes" in text


# --- cells ------------------------------------------------------------------------------------


def test_impossible_date(tmp_path):
    text = problem_text(events_file(tmp_path, date="2016-13-01"))
    assert ("line 3, column 'date': found '2016-13-01'; expected a real date written YYYY-MM-DD, "
            "e.g. 2020-08-06") in text


def test_french_date(tmp_path):
    text = problem_text(events_file(tmp_path, date="6/8/2020", date_precision="day"))
    assert ("found '6/8/2020'; expected a date written YYYY-MM-DD (this looks like day/month/year: "
            "write 2020-08-06, not 6/8/2020)") in text


def test_date_precision_does_not_match_date(tmp_path):
    text = problem_text(events_file(tmp_path, date="2016-09-17"))
    assert ("line 3, column 'date': found '2016-09-17'; expected the first day of its month, because "
            "date_precision is 'month' (or set date_precision to 'day')") in text


def test_quarter_precision_needs_first_day_of_quarter(tmp_path):
    text = problem_text(events_file(tmp_path, date="2016-02-01", date_precision="quarter"))
    assert "expected the first day of its quarter (01-01, 04-01, 07-01 or 10-01)" in text


def test_unknown_date_precision(tmp_path):
    text = problem_text(events_file(tmp_path, date_precision="week"))
    assert "column 'date_precision': found 'week'; expected one of: day, month, quarter, year" in text


def test_unknown_category(tmp_path):
    text = problem_text(events_file(tmp_path, category="elections"))
    assert "column 'category': found 'elections'; expected one of: executive, legislation, court," in text


def test_category_typo_gets_a_suggestion(tmp_path):
    text = problem_text(events_file(tmp_path, category="Court"))
    assert "(did you mean 'court'?)" in text


def test_negative_value(tmp_path):
    text = problem_text(stats_file(tmp_path, value="-5"), load_user_stats)
    assert "line 3, column 'value': found '-5'; expected a number of at least 0 (values cannot be negative)" in text


def test_negative_deadline(tmp_path):
    assert "column 'deadline_days': found '-45'; expected a number of at least 1" in problem_text(
        events_file(tmp_path, deadline_days="-45"))


def test_non_numeric_value(tmp_path):
    text = problem_text(stats_file(tmp_path, value="689 M"), load_user_stats)
    assert "found '689 M'; expected a number in base units, e.g. 1500 or 689000000 (not '689 M')" in text


def test_thousands_separator(tmp_path):
    text = problem_text(stats_file(tmp_path, value="1 500"), load_user_stats)
    assert "found '1 500'; expected a number written with digits only, without thousands separators" in text


def test_decimal_comma_in_a_comma_separated_file(tmp_path):
    text = problem_text(stats_file(tmp_path, value="1,5"), load_user_stats)
    assert "found '1,5'; expected a number with a decimal point (1.5, not 1,5)" in text


def test_fractional_integer(tmp_path):
    assert "column 'deadline_days': found '45.5'; expected a whole number" in problem_text(
        events_file(tmp_path, deadline_days="45.5"))


def test_duplicate_id(tmp_path):
    text = problem_text(events_file(tmp_path, id="2020-08-06-eo-13942"))
    assert ("line 3, column 'id': found '2020-08-06-eo-13942'; expected a unique id "
            "(already used on line 2)") in text


def test_bad_id_pattern(tmp_path):
    text = problem_text(events_file(tmp_path, id="Douyin Launch"))
    assert "found 'Douyin Launch'; expected lower-case letters, digits and hyphens" in text


def test_missing_source_title(tmp_path):
    text = problem_text(events_file(tmp_path, source_title=""))
    assert "line 3, column 'source_title': expected a value (this column may not be empty)" in text


def test_missing_source_url(tmp_path):
    text = problem_text(events_file(tmp_path, source_url=""))
    assert "line 3, column 'source_url': expected a value (this column may not be empty)" in text


def test_article_figure_may_have_no_url(tmp_path):
    path = stats_file(tmp_path, source_url="", in_article="true", claim_type="press_report")
    assert load_user_stats(path)["source_url"].isna().tolist() == [False, True]


def test_url_without_scheme(tmp_path):
    text = problem_text(events_file(tmp_path, source_url="www.ftc.gov/news"))
    assert "found 'www.ftc.gov/news'; expected an address starting with http:// or https://" in text


def test_actor_list_with_commas_and_spaces(tmp_path):
    text = problem_text(events_file(tmp_path, actors="Trump, ByteDance"))
    assert "expected actor ids (lower case, digits, hyphens) separated by ';' with no spaces" in text


def test_french_boolean(tmp_path):
    text = problem_text(events_file(tmp_path, in_article="VRAI"))
    assert "found 'VRAI'; expected true or false (VRAI/FAUX from a French spreadsheet: write true/false)" in text


def test_ten_thousand_character_cell(tmp_path):
    text = problem_text(events_file(tmp_path, title_en="x" * 10_000))
    assert "column 'title_en': found 'xxxxxxxx" in text
    assert "… (10000 characters)'; expected at most 300 characters (this cell has 10000)" in text
    assert len(text) < 600  # the message shows the start of the cell, not all of it


def test_formula_cell(tmp_path):
    text = problem_text(events_file(tmp_path, title_en='=HYPERLINK("http://evil.example","click")'))
    assert ("column 'title_en': found '=HYPERLINK(\"http://evil.example\",\"click\")'; expected plain text, "
            "not a spreadsheet formula") in text


def test_every_problem_is_reported_at_once(tmp_path):
    path = events_file(tmp_path, date="2020-02-30", category="war", source_url="ftp://x", confidence="sure")
    with pytest.raises(DataError) as caught:
        load_events(path)
    assert len(caught.value.problems) == 4
    assert str(caught.value).startswith("4 problems in events.csv:")
    assert {p.column for p in caught.value.problems} == {"date", "category", "source_url", "confidence"}
    assert {p.line for p in caught.value.problems} == {3}


def test_line_numbers_count_quoted_newlines_and_blank_lines(tmp_path):
    rows = [{**GOOD_EVENTS[0], "title_en": "two\nlines"}, {**GOOD_EVENTS[1], "category": "war"}]
    path = write_rows(tmp_path / "events.csv", rows, EVENT_COLUMNS)
    text = path.read_text()
    path.write_text(text.replace("\n2016-09-douyin", "\n\n2016-09-douyin"))
    assert "line 5, column 'category': found 'war'" in problem_text(path)


# --- spreadsheet exports that can be read -----------------------------------------------------


def test_french_spreadsheet_export_is_read(tmp_path):
    """';' separator, decimal comma, Windows-1252 and CRLF, as an older French Excel saves a CSV."""
    rows = [dict(GOOD_STATS[0]), {**GOOD_STATS[1], "value": "1,5", "label_fr": "Part des adultes, été"}]
    path = write_rows(tmp_path / "user_stats.csv", rows, STAT_COLUMNS, sep=";", newline="\r\n",
                      encoding="cp1252")
    report = validate(path)
    assert report.ok, str(report)
    notes = " ".join(report.notes)
    assert "Windows-1252 (cp1252)" in notes
    assert "separated by semicolons (;)" in notes
    with pytest.warns(UserWarning) as warned:
        stats = load_user_stats(path)
    assert sorted(str(w.message).split(": ", 1)[1][:22] for w in warned) == [
        "columns are separated ", "the file is not UTF-8 "]
    assert stats.loc[1, "value"] == 1.5
    assert stats.loc[1, "label_fr"] == "Part des adultes, été"


def test_byte_order_mark(tmp_path):
    path = events_file(tmp_path)
    path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    report = validate(path)
    assert report.ok
    assert any("byte-order mark" in n for n in report.notes)
    with pytest.warns(UserWarning):
        assert load_events(path).columns[0] == "id"


def test_trailing_blank_lines(tmp_path):
    path = events_file(tmp_path)
    path.write_text(path.read_text() + "\n\n\n")
    report = validate(path)
    assert report.ok and report.rows == 2
    assert "blank lines at the end of the file were ignored" in report.notes


def test_mixed_line_endings(tmp_path):
    path = events_file(tmp_path, category="war")
    lines = path.read_text().split("\n")
    path.write_bytes((lines[0] + "\r\n" + "\n".join(lines[1:])).encode())
    report = validate(path)
    assert "mixes Windows (CRLF) and Unix (LF) line endings" in " ".join(report.notes)
    assert [(p.line, p.column) for p in report.problems] == [(3, "category")]


def test_spreadsheet_padding_is_dropped_with_a_note(tmp_path):
    """Excel's ';;;' after the last column and rows of separators only are not data."""
    path = write_rows(tmp_path / "events.csv", [GOOD_EVENTS[0], dict.fromkeys(EVENT_COLUMNS, ""),
                                                {**GOOD_EVENTS[1], "category": "war"}], EVENT_COLUMNS, sep=";")
    lines = path.read_text().splitlines()
    path.write_text("\n".join(line + ";;" for line in lines) + "\n")
    report = validate(path)
    assert "2 empty column(s) without a header were ignored" in " ".join(report.notes)
    assert "1 empty row(s) (only separators) were ignored: line 3" in report.notes
    assert [(p.line, p.column, p.value) for p in report.problems] == [(4, "category", "war")]
    fixed = path.read_text().replace(";war;", ";court;")
    path.write_text(fixed)
    with pytest.warns(UserWarning):
        events = load_events(path)
    assert events.index.tolist() == [0, 1]
    assert events["id"].tolist() == ["2020-08-06-eo-13942", "2016-09-douyin"]


def test_unknown_file_name_and_columns(tmp_path):
    path = tmp_path / "mydata.csv"
    path.write_text("a,b\n1,2\n")
    report = validate(path)
    assert not report.ok
    assert "expected a file named after its table (events.csv, user_stats.csv" in str(report)


def test_file_named_differently_is_recognised_by_its_columns(tmp_path):
    path = write_rows(tmp_path / "wechat-case.csv", GOOD_EVENTS, EVENT_COLUMNS)
    assert validate(path).table == "events"


def test_validate_lists_every_problem_without_raising(tmp_path):
    report = validate(events_file(tmp_path, category="war", confidence="sure"))
    assert not report.ok
    text = str(report)
    assert text.startswith("2 problems in events.csv:")
    assert "line 3, column 'category'" in text and "line 3, column 'confidence'" in text
