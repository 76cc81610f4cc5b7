"""The hostile set: inputs and environments a user may give the ``techgeo-lessons`` command, each with
the exit code and the words the user must read. One row per case, grouped by surface; adding a case
is one line.

``tests/test_hostile.py`` runs every row as a test; ``tools/hostile.py`` runs them as subprocesses
and counts the outcomes (clean message, traceback, hang, accepted wrongly...), so that one sweep can be
compared with the next. In ``argv``, ``env`` and ``stdin``, ``{d}`` stands for the case's own folder.
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

from test_data_bad_inputs import EVENT_COLUMNS, GOOD_EVENTS, GOOD_STATS, STAT_COLUMNS

FIFO, SOCKET = object(), object()  # special files, made by :func:`prepare`
OK, PROBLEMS, USAGE, FAILED = 0, 1, 2, 3


@dataclass(frozen=True)
class Case:
    surface: str
    name: str
    argv: tuple[str, ...]
    code: int
    expect: str  # what the user reads, exactly (a part of stdout + stderr)
    files: dict[str, object] = field(default_factory=dict)  # path in {d} -> bytes, str, FIFO, SOCKET or ("link", to)
    stdin: str = ""
    env: dict[str, str] = field(default_factory=dict)
    intact: tuple[str, ...] = ()  # the user's files that must be unchanged afterwards

    @property
    def id(self) -> str:
        return f"{self.surface}-{self.name}"


def table(rows: list[dict[str, str]], columns: list[str], sep: str = ",", newline: str = "\n") -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=sep, lineterminator=newline)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def events(**changes: str) -> str:
    return table([dict(GOOD_EVENTS[0]), {**GOOD_EVENTS[1], **changes}], EVENT_COLUMNS)


def stats(**changes: str) -> str:
    return table([dict(GOOD_STATS[0]), {**GOOD_STATS[1], **changes}], STAT_COLUMNS)


def validate_events(name: str, expect: str, code: int = PROBLEMS, **changes: str) -> Case:
    return Case("csv", name, ("validate", "{d}/events.csv"), code, expect, {"events.csv": events(**changes)})


def package(*fields_: dict, **resource: object) -> str:
    """A one-table descriptor: ``events.csv`` with the given fields."""
    return json.dumps({"resources": [{"name": "events", "path": "events.csv",
                                      "schema": {"fields": list(fields_) or [{"name": "id", "type": "string"}]},
                                      **resource}]}, indent=1)


def descriptor(name: str, text: str, expect: str, files: dict[str, object] | None = None,
               code: int = PROBLEMS) -> Case:
    return Case("descriptor", name, ("validate", "{d}"), code, expect,
                {"datapackage.json": text, "events.csv": "id\nab\n", **(files or {})})


BANK = """lesson: demo
title: {en: Demo, fr: Démo}
questions:
  - id: q1
    type: single
    prompt: {en: Pick one, fr: Choisissez}
    options:
      - {id: a, text: {en: "%s", fr: A}, correct: true}
      - {id: b, text: {en: B, fr: B}}
"""


def bank(name: str, text: str | bytes | object, expect: str, code: int = FAILED) -> Case:
    return Case("bank", name, ("answers", "{d}/demo.yaml"), code, expect, {"demo.yaml": text})


def numeric_bank(answer: str) -> str:
    return ("lesson: demo\ntitle: {en: Demo, fr: Démo}\nquestions:\n  - id: q1\n    type: numeric\n"
            f"    prompt: {{en: How many, fr: Combien}}\n    answer: {answer}\n    tolerance: {{relative: 0.05}}\n")


LAUGHS = "lesson: demo\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(9))
UNDEFINED_CP1252 = b"\x81"  # a byte that is neither UTF-8 nor Windows-1252
ESC = "\x1b"

CASES: list[Case] = [
    # -- validate FILE: the CSV surface ---------------------------------------------------------------
    validate_events("deadline-10-pow-30", "line 3, column 'deadline_days': found '1" + "0" * 30 + "'; expected a "
                    "number of at most 1000", deadline_days="1" + "0" * 30),
    validate_events("deadline-1e400", "found '1e400'; expected a number small enough to compute with (this one "
                    "reads as infinity)", deadline_days="1e400"),
    validate_events("deadline-inf", "found 'inf'; expected a finite number ('inf' reads as infinity, which no "
                    "chart or sum can use)", deadline_days="inf"),
    validate_events("deadline-minus-infinity", "found '-Infinity'; expected a finite number",
                    deadline_days="-Infinity"),
    validate_events("deadline-nan", "found 'nan'; expected a number in base units", deadline_days="nan"),
    validate_events("deadline-beyond-int64", "found '99999999999999999999'; expected a number of at most 1000",
                    deadline_days="99999999999999999999"),
    validate_events("deadline-hex", "found '0x10'; expected a number in base units", deadline_days="0x10"),
    validate_events("date-year-1", "found '0001-01-01'; expected a date from 1000-01-01 to 2999-12-31",
                    date="0001-01-01", date_precision="day"),
    validate_events("date-year-9999", "found '9999-12-31'; expected a date from 1000-01-01 to 2999-12-31",
                    date="9999-12-31", date_precision="day"),
    validate_events("date-year-0", "found '0000-01-01'; expected a date from 1000-01-01 to 2999-12-31",
                    date="0000-01-01", date_precision="day"),
    validate_events("date-30-february", "found '2020-02-30'; expected a real date", date="2020-02-30",
                    date_precision="day"),
    validate_events("date-with-time", "found '2020-08-06T10:00'; expected a real date written YYYY-MM-DD",
                    date="2020-08-06T10:00", date_precision="day"),
    validate_events("escape-sequence-in-title", "column 'title_en': found 'Clear\\x1b[2J'; expected plain text, "
                    "without control characters", title_en=f"Clear{ESC}[2J"),
    validate_events("nul-in-note", "column 'note': found 'a\\x00b'; expected plain text, without control "
                    "characters", note="a\x00b"),
    validate_events("bidi-override-in-title", "expected plain text, without control characters (this cell holds "
                    "'\\u202e'", title_en="abc\u202edef"),
    validate_events("formula", "found '=HYPERLINK(\"http://x\",\"click\")'; expected plain text, not a spreadsheet "
                    "formula", title_en='=HYPERLINK("http://x","click")'),
    validate_events("spaces-around-a-category", "note: 1 cell(s) of column 'category' had spaces before or after "
                    "the value, which were removed: line 3", code=OK, category="  corporate "),
    validate_events("french-boolean", "found 'VRAI'; expected true or false (VRAI/FAUX from a French spreadsheet",
                    in_article="VRAI"),
    validate_events("id-over-80-characters", "column 'id': found 'iiii", id="i" * 81),
    validate_events("unknown-category", "found 'war'; expected one of: ", category="war"),
    validate_events("quoted-line-break-in-title", "2 rows of events, no problems found.", code=OK,
                    title_en="two\nlines"),
    validate_events("cell-of-200000-characters", "line 3, column 'note': found 'nnnn", note="n" * 200_000),
    validate_events("bidi-mark-deep-in-a-long-cell", "column 'note': found 'xxxx",
                    note="x" * ((1 << 20) - 900) + "\u202e"),
    validate_events("cell-over-its-limit", "expected at most 1000 characters (this cell has 20000)",
                    note="n" * 20_000),
    Case("csv", "table-event", ("validate", "--table", "event", "{d}/events.csv"), PROBLEMS,
         "found 'event'; expected the name of a table: events, user_stats, claims, actors, ownership, places, "
         "votes (did you mean 'events'?)", {"events.csv": events()}),
    Case("csv", "dev-zero", ("validate", "/dev/zero"), PROBLEMS,
         "found '/dev/zero'; expected a CSV file, not a character device"),
    Case("csv", "fifo", ("validate", "{d}/events.csv"), PROBLEMS, "expected a CSV file, not a named pipe (FIFO)",
         {"events.csv": FIFO}),
    Case("csv", "socket", ("validate", "{d}/events.csv"), PROBLEMS, "expected a CSV file, not a socket",
         {"events.csv": SOCKET}),
    Case("csv", "link-to-dev-zero", ("validate", "{d}/events.csv"), PROBLEMS,
         "expected a CSV file, not a character device", {"events.csv": ("link", "/dev/zero")}),
    Case("csv", "folder-without-descriptor", ("validate", "{d}"), PROBLEMS,
         "expected a datapackage.json in this folder, describing its tables (to check one table, give its CSV "
         "file)"),
    Case("csv", "sparse-file-over-1-gib", ("validate", "{d}/events.csv"), PROBLEMS,
         "expected a CSV file of at most 1 GiB (this one has 1.1 GB; the limit keeps a wrong file from filling "
         "the memory)", {"events.csv": ("sparse", (1 << 30) + 50_000_000)}),
    Case("csv", "empty-file", ("validate", "{d}/events.csv"), PROBLEMS,
         "expected a header line and data rows: the file is empty", {"events.csv": ""}),
    Case("csv", "header-only", ("validate", "{d}/events.csv"), PROBLEMS,
         "expected at least one data row under the header", {"events.csv": ",".join(EVENT_COLUMNS) + "\n"}),
    Case("csv", "1001-columns", ("validate", "--table", "events", "{d}/wide.csv"), PROBLEMS,
         f"line 1: found '1001 columns'; expected at most 1000 columns in the header; events has {len(EVENT_COLUMNS)}",
         {"wide.csv": ",".join(f"c{i}" for i in range(1001)) + "\n" + ",".join("x" * 1001) + "\n"}),
    Case("csv", "bare-cr-line-ends", ("validate", "{d}/events.csv"), OK,
         "note: 3 line end(s) are a carriage return alone (CR, as old Mac files and some exports write them)",
         {"events.csv": events().replace("\n", "\r")}),
    Case("csv", "windows-1252", ("validate", "{d}/events.csv"), OK,
         "it was read as Windows-1252 (cp1252)", {"events.csv": events(title_fr="Décret").encode("cp1252")}),
    Case("csv", "utf-16", ("validate", "{d}/events.csv"), OK,
         "note: the file is UTF-16 text", {"events.csv": events().encode("utf-16")}),
    Case("csv", "utf-32", ("validate", "{d}/events.csv"), OK,
         "note: the file is UTF-32 text, not UTF-8; it was read as such", {"events.csv": events().encode("utf-32")}),
    Case("csv", "utf-16-without-bom", ("validate", "{d}/events.csv"), OK,
         "note: the file is UTF-16LE text, not UTF-8; it was read as such",
         {"events.csv": events().encode("utf-16-le")}),
    Case("csv", "utf-16-big-endian-without-bom", ("validate", "{d}/events.csv"), OK,
         "note: the file is UTF-16BE text, not UTF-8; it was read as such",
         {"events.csv": events().encode("utf-16-be")}),
    Case("csv", "unclosed-quote-in-header", ("validate", "--table", "events", "{d}/events.csv"), PROBLEMS,
         "line 1: expected a closing double quote (\") for the quoted text that starts on this line",
         {"events.csv": '"' + ",".join(EVENT_COLUMNS) + "\n"}),
    Case("csv", "header-in-capitals", ("validate", "--table", "events", "{d}/events.csv"), PROBLEMS,
         "1 problem in events.csv:\n  - line 1: found 'ID, DATE, DATE_PRECISION...'; expected the column names written "
         "exactly as the schema writes them (lower case, no spaces around): id, date, date_precision...",
         {"events.csv": ",".join(EVENT_COLUMNS).upper() + events()[events().index("\n"):]}),
    Case("csv", "neither-utf8-nor-cp1252", ("validate", "{d}/events.csv"), PROBLEMS,
         "line 4: found \"b'\\\\x81'\"; expected text encoded as UTF-8 (save the file as 'CSV UTF-8')",
         {"events.csv": events().encode() + UNDEFINED_CP1252}),
    Case("csv", "escape-in-file-name", ("validate", "{d}/ev\x1b[31ments.csv"), OK,
         "ev\\x1b[31ments.csv: 2 rows of events, no problems found.", {"ev\x1b[31ments.csv": events()}),
    Case("csv", "too-many-cells", ("validate", "{d}/events.csv"), PROBLEMS,
         f"line 3: found '{len(EVENT_COLUMNS) + 1} cells'; expected {len(EVENT_COLUMNS)} cells, one per column",
         {"events.csv": events().rstrip("\n") + ",extra\n"}),
    Case("csv", "stats-value-1e999", ("validate", "{d}/user_stats.csv"), PROBLEMS,
         "column 'value': found '1e999'; expected a number small enough to compute with",
         {"user_stats.csv": stats(value="1e999")}),
    Case("csv", "french-export", ("validate", "{d}/user_stats.csv"), OK,
         "note: columns are separated by semicolons (;)", {"user_stats.csv": table(
             [dict(GOOD_STATS[0]), {**GOOD_STATS[1], "value": "1,5"}], STAT_COLUMNS, sep=";", newline="\r\n")}),
    Case("csv", "unclosed-quote", ("validate", "{d}/events.csv"), PROBLEMS,
         "line 3: expected a closing double quote (\") for the quoted text that starts on this line",
         {"events.csv": events().rstrip("\n") + ',"unclosed\n'}),
    Case("csv", "binary-file", ("validate", "{d}/events.csv"), PROBLEMS,
         "line 1: expected a CSV text file; this one holds NUL bytes", {"events.csv": b"PK\x03\x04\x00\x00" * 50}),
    validate_events("integer-with-underscore", "found '1_000'; expected a number in base units",
                    deadline_days="1_000"),
    validate_events("date-without-zeros", "found '2020-8-6'; expected a real date written YYYY-MM-DD",
                    date="2020-8-6"),
    Case("csv", "table-empty-name", ("validate", "--table", "", "{d}/events.csv"), PROBLEMS,
         "found ''; expected the name of a table: events", {"events.csv": events()}),
    Case("csv", "stats-value-minus-inf", ("validate", "{d}/user_stats.csv"), PROBLEMS,
         "column 'value': found '-inf'; expected a finite number", {"user_stats.csv": stats(value="-inf")}),

    # -- validate FOLDER: the descriptor surface --------------------------------------------------------
    descriptor("bad-json", '{"resources": [}', "1 problem in datapackage.json:\n  - line 1: expected valid JSON "
               "(Expecting value at column 16"),
    descriptor("empty-file", "", 'expected a JSON descriptor: the file is empty (write {"resources": [...]})'),
    descriptor("empty-object", "{}", "line 1: expected a key 'resources' here"),
    descriptor("a-list", "[]", "found '[]'; expected an object {...}"),
    descriptor("no-resources", '{"resources": []}', "found '[]'; expected a list of the package's tables"),
    descriptor("resource-without-path", json.dumps({"resources": [{"name": "events", "schema": {"fields": [
        {"name": "id", "type": "string"}]}}]}, indent=1), "resource 'events': expected a key 'path' here"),
    descriptor("unknown-field-type", package({"name": "id", "type": "datetime"}),
               "field 'id', key 'type': found 'datetime'; expected one of: string, number, integer, date, boolean"),
    descriptor("parent-path", package(path="../events.csv"), "resource 'events', key 'path': found '../events.csv'; "
               "expected a path inside the package's folder (no '..', no absolute path, no web address)"),
    descriptor("absolute-path", package(path="/etc/passwd"), "found '/etc/passwd'; expected a path inside the "
               "package's folder"),
    descriptor("web-address", package(path="https://example.org/e.csv"), "expected a path inside the package's "
               "folder (no '..', no absolute path, no web address)"),
    descriptor("link-leading-out", package(path="out.csv"), "found 'out.csv'; expected a path inside the package's "
               "folder (this one is a link that leads out of it)", {"out.csv": ("link", "/etc/hostname")}),
    descriptor("stricter-pattern", package({"name": "id", "type": "string", "constraints": {"pattern": "[0-9]+"}}),
               "1 problem in events.csv:\n  - line 2, column 'id': found 'ab'; expected text matching [0-9]+"),
    descriptor("missing-csv", package(path="missing.csv"), "expected an existing CSV file (no file at this path)"),
    descriptor("nan-constant", '{"resources": NaN}', "expected plain JSON numbers: NaN is not a JSON value"),
    descriptor("infinite-maximum", package({"name": "n", "type": "number", "constraints": {"maximum": 1}}).replace(
        '"maximum": 1', '"maximum": 1e999'), "the number 1e999 is too large to compute with"),
    descriptor("duplicate-key", package().replace('"name": "events"', '"name": "events", "name": "events"'),
               "found 'name'; expected each key once in the same object"),
    descriptor("unknown-constraint", package({"name": "id", "type": "string", "constraints": {"minLength": 2}}),
               "constraint 'minLength': found 'minLength'; expected only the constraints the validator applies"),
    descriptor("enum-on-an-integer", package({"name": "id", "type": "integer", "constraints": {"enum": ["1"]}}),
               "found 'enum'; expected constraints that suit the field's type, integer (enum applies to string "
               "fields)"),
    descriptor("bad-regex", package({"name": "id", "type": "string", "constraints": {"pattern": "("}}),
               "constraint 'pattern': found '('; expected a regular expression Python can read"),
    descriptor("foreign-key-to-nowhere", json.dumps({"resources": [{"name": "events", "path": "events.csv", "schema": {
        "fields": [{"name": "id", "type": "string"}],
        "foreignKeys": [{"fields": "id", "reference": {"resource": "actors", "fields": "id"}}]}}]}, indent=1),
               "found 'actors'; expected a table of this package: events"),
    descriptor("nested-100000-deep", "[" * 100_000, "expected a descriptor nested a few levels deep"),
    descriptor("latin-1", package({"name": "id", "type": "string", "title": "Ann\u00e9e"}).replace(
        "\\u00e9", "\u00e9").encode("latin-1"), "; expected text encoded as UTF-8"),
    descriptor("date-maximum-not-a-date", package({"name": "d", "type": "date", "constraints": {
        "maximum": "2020-13-45"}}), "found '2020-13-45'; expected a date written YYYY-MM-DD"),
    descriptor("missing-values-na", package(schema={"fields": [{"name": "id", "type": "string"}],
                                                    "missingValues": ["NA"]}),
               "expected [\"\"] (the validator reads only empty cells as missing)"),
    descriptor("duplicate-table", json.dumps({"resources": [json.loads(package())["resources"][0]] * 2}),
               "found 'events'; expected each table name once"),
    descriptor("reference-to-unknown-column", package({"name": "id", "type": "string",
                                                       "x-references": {"resource": "events", "field": "key"}}),
               "found 'key'; expected a column of events: id"),
    descriptor("fifo-descriptor", FIFO, "expected a datapackage.json file, not a named pipe (FIFO)"),
    descriptor("escape-in-enum", package({"name": "id", "type": "string", "constraints": {"enum": [f"x{ESC}[2J"]}}),
               "1 problem in events.csv:\n  - line 2, column 'id': found 'ab'; expected one of: x\\x1b[2J"),

    # -- answers: the quiz bank surface -----------------------------------------------------------------
    bank("billion-laughs", LAUGHS, "found the alias *a: a quiz bank may not repeat blocks with &anchors and "
         "*aliases; write the text out where it is needed"),
    bank("fifo", FIFO, "expected a quiz bank (a YAML file), not a named pipe (FIFO)"),
    bank("over-1-mib", "lesson: demo\n#" + "x" * (1 << 20) + "\n", "expected a quiz bank (a YAML file) of at most "
         "1 MiB (this one has 1.0 MB"),
    bank("nested-10000-deep", "a: " + "[" * 10_000, "this YAML nests lists or blocks thousands deep"),
    bank("not-utf8", BANK.replace("Démo", "D\udce9mo").encode("utf-8", "surrogateescape"),
         "line 2: the file is not UTF-8 text (invalid continuation byte"),
    bank("python-tag", "lesson: !!python/object/apply:os.system [echo pwned]\n",
         "this is not valid YAML, column 9: could not determine a constructor for the tag"),
    bank("numeric-answer-infinite", numeric_bank(".inf"), "answer must be a plain number (e.g. 689000000); found inf"),
    bank("numeric-answer-400-digits", numeric_bank("1" * 400), "answer must be a plain number (e.g. 689000000); "
         "found 1111"),
    bank("escape-in-answer", BANK % "\\e[2J\\e]0;owned\\a", "\\x1b[2J\\x1b]0;owned\\x07", code=OK),
    bank("bidi-in-answer", BANK % "\\u202Eevil", "\\u202eevil", code=OK),
    bank("duplicate-key", BANK % "A" + "lesson: demo\n", "the key 'lesson' appears twice in the same block"),
    bank("tab-indentation", BANK.replace("  - id: q1", "\t- id: q1") % "A", "this is not valid YAML"),
    bank("empty", "", "demo.yaml: "),
    bank("list-as-a-key", "? [a]\n: b\n", "line 1: this is not valid YAML, column 3: a key must be a plain word, "
         "not ['a']"),
    bank("two-documents", "lesson: demo\n---\nlesson: other\n", "but found another document"),
    bank("date-as-a-prompt", BANK.replace("prompt: {en: Pick one", "prompt: {en: 2020-01-01") % "A",
         "prompt: the English text (en) must be text; found datetime.date(2020, 1, 1)"),
    bank("utf-16", (BANK % "A").encode("utf-16"), "the file is not UTF-8 text"),
    Case("bank", "dev-zero", ("answers", "/dev/zero"), FAILED, "no quiz bank '/dev/zero'"),
    Case("bank", "full-width-lesson-number", ("answers", "\uff10\uff12"), OK, "02-timeline: answer key"),
    Case("bank", "arabic-lesson-number", ("answers", "\u0660\u0662"), OK, "02-timeline: answer key"),
    Case("bank", "5000-digit-lesson-number", ("answers", "9" * 5000), FAILED, "no quiz bank '99999"),

    # -- arguments and environment ---------------------------------------------------------------------
    Case("cli", "results-reset-without-input", ("results", "reset"), USAGE,
         "Nothing removed: no reply was typed (add --yes to reset without a question).",
         env={"TECHGEO_RESULTS_DIR": "{d}/results"}),
    Case("cli", "present-port-70000", ("present", "00", "--port", "70000", "--dry-run"), USAGE,
         "70000 is not a port number (ports go from 1 to 65535)"),
    Case("cli", "present-port-word", ("present", "00", "--port", "abc", "--dry-run"), USAGE,
         "'abc' is not a port number (write a whole number, e.g. 8866)"),
    Case("cli", "present-token", ("present", "00", "--dry-run", "--no-browser"), OK,
         "--Voila.ip=127.0.0.1 --Voila.auto_token=True"),
    Case("cli", "present-arabic-digits", ("present", "\u0660\u0662", "--dry-run", "--no-browser"), OK,
         "02-timeline.ipynb --Voila.ip=127.0.0.1"),
    Case("cli", "present-full-width-digits", ("present", "\uff10\uff12", "--dry-run", "--no-browser"), OK,
         "02-timeline.ipynb --Voila.ip=127.0.0.1"),
    Case("cli", "list-lang-de", ("list", "--lang", "de"), USAGE, "invalid choice: 'de'"),
    Case("cli", "list-lang-upper-case", ("list", "--lang", "FR"), OK, "10 leçons"),
    Case("cli", "command-lang-as-a-locale", ("--lang", "fr_FR.UTF-8", "list"), OK, "10 leçons"),
    Case("cli", "answers-lang-region", ("answers", "00", "--lang", "fr-CA"), OK, "00-start-here\u00a0: corrigé"),
    Case("cli", "validate-nothing", ("validate",), USAGE, "the following arguments are required: PATH"),
    Case("cli", "validate-empty-path", ("validate", ""), PROBLEMS, "expected a datapackage.json in this folder"),
    Case("cli", "html-unknown-lesson", ("html", "--lessons", "99", "-o", "{d}/site"), FAILED, "no lesson 99"),
    Case("cli", "html-timeout-negative", ("html", "--timeout", "-1", "-o", "{d}/site"), USAGE,
         "-1 seconds is out of range (1 to 86400)"),
    Case("cli", "lite-pyodide-dev-zero", ("lite", "--pyodide", "/dev/zero", "-o", "{d}/site"), FAILED,
         "--pyodide /dev/zero: expected a Pyodide tarball (.tar.bz2), not a character device"),
    Case("cli", "lite-pyodide-missing", ("lite", "--pyodide", "{d}/nope.tar.bz2", "-o", "{d}/site"), FAILED,
         "expected an existing Pyodide tarball (.tar.bz2) (no file at this path)"),
    Case("cli", "answers-lang-de", ("answers", "00", "--lang", "de"), USAGE, "invalid choice: 'de'"),
    Case("cli", "answers-ascii-terminal", ("answers", "00", "--lang", "fr"), OK,
         "Plus de 1\\u202f500 salari\\xe9s", env={"PYTHONIOENCODING": "ascii"}),
    Case("cli", "c-locale", ("list", "--lang", "fr"), OK, "10 leçons", env={"LANG": "C", "LC_ALL": "C"}),
    Case("cli", "home-unwritable", ("validate", "{d}/events.csv"), OK, "2 rows of events, no problems found.",
         {"events.csv": events()}, env={"HOME": "/nonexistent", "XDG_CONFIG_HOME": "/nonexistent"}),
    Case("cli", "odd-techgeo-lang", ("answers", "00"), OK, "TECHGEO_LANG='xx' is not a language of the lessons; "
         "using English. Set TECHGEO_LANG to one of: en, fr", env={"TECHGEO_LANG": "xx"}),

    # -- output folders -----------------------------------------------------------------------------------
    Case("output", "html-over-users-index", ("html", "--no-execute", "--lessons", "00", "-o", "{d}/site"), FAILED,
         "is not an HTML site built by techgeo-lessons: it holds 1 file that the build did not write, or that "
         "changed since (index.html). Nothing was written.", {"site/index.html": "<p>mine</p>"},
         intact=("site/index.html",)),
    Case("output", "html-over-an-edited-page", ("html", "--no-execute", "--lessons", "00", "-o", "{d}/site"), FAILED,
         "(00-start-here.html)", {"site/00-start-here.html": "<p>edited</p>",
                                  "site/.techgeo-output.json": json.dumps({"files": {"00-start-here.html": "0"}})},
         intact=("site/00-start-here.html",)),
    Case("output", "html-force", ("html", "--no-execute", "--lessons", "00", "-o", "{d}/site", "--force"), OK,
         "Wrote 1 lesson page in", {"site/notes.txt": "mine"}),
    Case("output", "html-onto-a-file", ("html", "--no-execute", "--lessons", "00", "-o", "{d}/site"), FAILED,
         "site is a file; give a folder for the HTML site", {"site": "a file"}, intact=("site",)),
    Case("output", "html-onto-a-link", ("html", "--no-execute", "--lessons", "00", "-o", "{d}/site"), FAILED,
         "site is a link; give a real folder for the HTML site", {"site": ("link", "/tmp")}),
    Case("output", "lite-onto-a-file", ("lite", "-o", "{d}/site"), FAILED, "is a file; give a folder for the "
         "JupyterLite site", {"site": "a file"}, intact=("site",)),
    Case("output", "lite-over-users-files", ("lite", "-o", "{d}/site"), FAILED,
         "is not a JupyterLite site built by techgeo-lessons: it holds 2 files", {"site/notes.txt": "mine",
                                                                                 "site/jupyter-lite.json": "{}"},
         intact=("site/notes.txt",)),
]


def prepare(case: Case, folder: Path) -> None:
    """Write the case's files into ``folder``."""
    for name, content in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is FIFO:
            os.mkfifo(path)
        elif content is SOCKET:
            server = socket.socket(socket.AF_UNIX)
            server.bind(str(path))
            server.close()
        elif isinstance(content, tuple) and content[0] == "link":
            path.symlink_to(content[1])
        elif isinstance(content, tuple) and content[0] == "sparse":
            with open(path, "wb") as handle:
                handle.truncate(content[1])
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(str(content), encoding="utf-8")


def filled(text: str, folder: Path) -> str:
    return text.replace("{d}", str(folder))


def snapshot(case: Case, folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in case.intact}
