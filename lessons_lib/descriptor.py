"""Read and check a data package descriptor (``datapackage.json``): a teacher's own package.

Lesson 09 shows how to describe a case of one's own in a folder holding a ``datapackage.json``
and its CSV tables. :func:`read_package` reads that descriptor and checks it before any table is
read: the JSON itself (with the line of a syntax error), its shape (checked with ``jsonschema``
against :data:`DESCRIPTOR_SCHEMA`, the part of the Frictionless Table Schema the validator
reads), and what a shape cannot say: a resource path must stay inside the folder, a constraint
must suit its field's type, a reference must name a table and a column that exist. Every problem
is named with the file, the line, the place in the descriptor, the value and what was expected.

>>> import json, tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "datapackage.json").write_text(json.dumps({"resources": [
...     {"name": "events", "path": "../events.csv", "schema": {"fields": [{"name": "id", "type": "datetime"}]}}]},
...     indent=1))
>>> try:
...     read_package(folder)
... except DataError as err:
...     print(err.problems[0].where(), "|", err.problems[0].value, "|", err.problems[0].expected)
line 8, resource 'events', field 'id', key 'type' | datetime | one of: string, number, integer, date, \
boolean (the types the validator reads)
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import math
import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import DataError, Problem
from .reading import Unreadable, read_limited
from .schema import PACKAGE_FILE, DataPackage

__all__ = ["DESCRIPTOR_SCHEMA", "FIELD_TYPES", "MAX_DESCRIPTOR_BYTES", "read_package"]

MAX_DESCRIPTOR_BYTES = 5 << 20
#: The field types the validator reads (Frictionless has more: datetime, year, geopoint...).
FIELD_TYPES = ("string", "number", "integer", "date", "boolean")
_NAME = "^[a-z0-9][a-z0-9_.-]*$"
_CONSTRAINTS = ("required", "unique", "minimum", "maximum", "enum", "pattern", "maxLength")
_BY_TYPE = {"enum": ("string",), "pattern": ("string",), "maxLength": ("string",),
            "minimum": ("number", "integer", "date"), "maximum": ("number", "integer", "date")}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: The shape of a descriptor the validator can read; ``x-expected`` says it to a person.
DESCRIPTOR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["resources"],
    "properties": {
        "resources": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/resource"},
                      "x-expected": "a list of the package's tables, each with a name, a path and a schema"},
    },
    "$defs": {
        "resource": {
            "type": "object",
            "required": ["name", "path", "schema"],
            "properties": {
                "name": {"type": "string", "pattern": _NAME,
                         "x-expected": "a table name in lower-case letters, digits, '_', '.' or '-', e.g. events"},
                "path": {"type": "string", "minLength": 1, "x-expected": "the CSV file's path, e.g. events.csv"},
                "format": {"enum": ["csv"], "x-expected": "csv (the only format the validator reads)"},
                "encoding": {"enum": ["utf-8", "UTF-8", "utf-8-sig"],
                             "x-expected": "utf-8 (other encodings are detected and noted, not declared)"},
                "schema": {
                    "type": "object",
                    "required": ["fields"],
                    "properties": {
                        "fields": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/field"},
                                   "x-expected": "a list of the table's columns, each with a name and a type"},
                        "primaryKey": {"type": ["string", "array"], "items": {"type": "string"}},
                        "missingValues": {"const": [""], "x-expected": '[""] (the validator reads only '
                                                                        "empty cells as missing)"},
                        "foreignKeys": {"type": "array", "items": {
                            "type": "object", "required": ["fields", "reference"],
                            "properties": {
                                "fields": {"type": "string", "x-expected": "one column name, in quotes"},
                                "reference": {"type": "object", "required": ["resource", "fields"],
                                              "properties": {"resource": {"type": "string"},
                                                             "fields": {"type": "string",
                                                                        "x-expected": "one column name"}}},
                            }}},
                    },
                },
            },
        },
        "field": {
            "type": "object",
            "required": ["name", "type"],
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 200,
                         "x-expected": "a column name of 1 to 200 characters, in quotes"},
                "type": {"enum": list(FIELD_TYPES),
                         "x-expected": f"one of: {', '.join(FIELD_TYPES)} (the types the validator reads)"},
                "format": {"enum": ["default", "uri"],
                           "x-expected": "default (or uri for a link; write a pattern to check its form)"},
                "constraints": {
                    "type": "object",
                    "additionalProperties": False,
                    "x-expected": f"only the constraints the validator applies: {', '.join(_CONSTRAINTS)}",
                    "properties": {
                        "required": {"type": "boolean"},
                        "unique": {"type": "boolean"},
                        "minimum": {"type": ["number", "string"]},
                        "maximum": {"type": ["number", "string"]},
                        "enum": {"type": "array", "minItems": 1, "items": {"type": "string"}, "uniqueItems": True,
                                 "x-expected": "a list of the allowed values, each a text in quotes, each once"},
                        "pattern": {"type": "string", "format": "regex",
                                    "x-expected": "a regular expression Python can read"},
                        "maxLength": {"type": "integer", "minimum": 1},
                    },
                },
                "x-hint": {"type": "string"},
                "x-requiredUnless": {"type": "object", "additionalProperties": {"type": "string"},
                                     "x-expected": 'an object {"column": "value"} naming when the cell may be '
                                                   "empty"},
                "x-references": {"type": "object", "required": ["resource", "field"],
                                 "properties": {"resource": {"type": "string"}, "field": {"type": "string"},
                                                "separator": {"type": "string", "minLength": 1}}},
            },
        },
    },
}

_TYPE_WORDS = {"object": "an object {...}", "array": "a list [...]", "string": "a text in quotes",
               "boolean": "true or false", "number": "a number", "integer": "a whole number", "null": "null"}


# -- JSON with the line of every object -----------------------------------------------------------
class _Parsed:
    """A parsed descriptor and the line where each of its objects starts."""

    def __init__(self, text: str, file: str):
        self.text, self.file = text, file
        self.starts: dict[int, int] = {}
        self.duplicates: list[tuple[dict[str, Any], str]] = []
        self.data = self._parse()

    def line(self, node: Any) -> int | None:
        start = self.starts.get(id(node))
        return None if start is None else self.text.count("\n", 0, start) + 1

    def _parse(self) -> Any:
        def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
            result: dict[str, Any] = {}
            for key, value in items:
                if key in result:
                    self.duplicates.append((result, key))
                result[key] = value
            return result

        def finite(text: str) -> float:
            value = float(text)
            if not math.isfinite(value):
                raise ValueError(f"the number {text} is too large to compute with")
            return value

        def constant(name: str) -> None:
            raise ValueError(f"{name} is not a JSON value (write a number, or leave the key out)")

        decoder = json.JSONDecoder(object_pairs_hook=pairs, parse_float=finite, parse_constant=constant)

        def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
            value, end = json.decoder.JSONObject(s_and_end, *args)
            self.starts[id(value)] = s_and_end[1] - 1
            return value, end

        decoder.parse_object = parse_object  # type: ignore[attr-defined]
        decoder.scan_once = json.scanner.py_make_scanner(decoder)  # the Python scanner calls parse_object
        try:
            return decoder.decode(self.text)
        except json.JSONDecodeError as err:
            raise DataError([Problem(self.file, err.lineno, None, None,
                                     f"valid JSON ({err.msg} at column {err.colno}; a comma or a quote is "
                                     "often missing just before)")]) from None
        except ValueError as err:  # a constant or an infinite number
            raise DataError([Problem(self.file, None, None, None, f"plain JSON numbers: {err}")]) from None
        except RecursionError:
            raise DataError([Problem(self.file, None, None, None,
                                     "a descriptor nested a few levels deep (this one nests lists or objects "
                                     "thousands deep)")]) from None


# -- where a problem is, in words -----------------------------------------------------------------
def _place(data: Any, path: list[Any]) -> tuple[str | None, list[Any]]:
    """``"resource 'events', field 'date', key 'type'"`` for a path into the descriptor, and the nodes on it."""
    words, nodes, node = [], [data], data
    for i, step in enumerate(path):
        parent_key = path[i - 1] if i else None
        child = node[step] if isinstance(node, (dict, list)) else None
        if isinstance(step, int) and parent_key in ("resources", "fields"):
            kind = "resource" if parent_key == "resources" else "field"
            name = child.get("name") if isinstance(child, dict) else None
            words.append(f"{kind} {name!r}" if isinstance(name, str) else f"{kind} {step + 1}")
        elif isinstance(step, int):
            words.append(f"item {step + 1}")
        elif parent_key == "constraints":
            words.append(f"constraint {step!r}")
        elif step not in ("resources", "fields", "schema", "constraints"):
            words.append(f"key {step!r}")
        node = child
        nodes.append(node)
    return (", ".join(words) or None), nodes


def _shown(value: Any) -> str | None:
    if isinstance(value, dict):
        return None
    if isinstance(value, list):
        return None if value else "[]"
    return value if isinstance(value, str) else json.dumps(value)


def _expected(err: Any) -> str:
    hint = err.schema.get("x-expected") if isinstance(err.schema, dict) else None
    if err.validator == "required":
        missing = [k for k in err.validator_value if k not in err.instance]
        return f"a key {missing[0]!r} here" + (f" ({hint})" if hint else "")
    if err.validator == "additionalProperties" and hint:
        return hint
    if hint:
        return hint
    if err.validator == "type":
        kinds = [err.validator_value] if isinstance(err.validator_value, str) else err.validator_value
        return " or ".join(_TYPE_WORDS.get(k, k) for k in kinds)
    if err.validator == "enum":
        return f"one of: {', '.join(map(str, err.validator_value))}"
    if err.validator == "minItems":
        return f"at least {err.validator_value} item(s)"
    if err.validator == "minimum":
        return f"a number of at least {err.validator_value}"
    return err.message


def _schema_problems(parsed: _Parsed) -> list[Problem]:
    from jsonschema import Draft202012Validator, FormatChecker

    validator = Draft202012Validator(DESCRIPTOR_SCHEMA, format_checker=FormatChecker(formats=["regex"]))
    problems = []
    for err in sorted(validator.iter_errors(parsed.data), key=lambda e: [str(s) for s in e.absolute_path]):
        path = list(err.absolute_path)
        value = err.instance
        if err.validator == "additionalProperties":  # name the key that is not allowed
            extra = [k for k in err.instance if k not in err.schema.get("properties", {})]
            path, value = [*path, extra[0]], extra[0]
        place, nodes = _place(parsed.data, path)
        line = next((parsed.line(n) for n in reversed(nodes) if parsed.line(n)), None)
        problems.append(Problem(parsed.file, line, None, _shown(value), _expected(err), place))
    return problems


# -- what a shape cannot say ------------------------------------------------------------------------
def _where(parsed: _Parsed, path: list[Any]) -> tuple[int | None, str | None]:
    place, nodes = _place(parsed.data, path)
    return next((parsed.line(n) for n in reversed(nodes) if parsed.line(n)), None), place


def _resource_path_problem(folder: Path, text: str) -> str | None:
    pure = PurePosixPath(text.replace("\\", "/"))
    if "://" in text or pure.is_absolute() or re.match(r"^[A-Za-z]:", text) or ".." in pure.parts:
        return "a path inside the package's folder (no '..', no absolute path, no web address)"
    target = (folder / pure).resolve()
    if not target.is_relative_to(folder.resolve()):
        return "a path inside the package's folder (this one is a link that leads out of it)"
    return None


def _sense_problems(parsed: _Parsed, folder: Path) -> Iterator[Problem]:
    resources = parsed.data["resources"]
    for obj, key in parsed.duplicates:
        yield Problem(parsed.file, parsed.line(obj), None, key,
                      "each key once in the same object (a second one would silently replace the first)")
    names = [r["name"] for r in resources]
    columns = {r["name"]: [f["name"] for f in r["schema"]["fields"]] for r in resources}
    for i, r in enumerate(resources):
        if names.index(r["name"]) != i:
            line, place = _where(parsed, ["resources", i])
            yield Problem(parsed.file, line, None, r["name"], "each table name once (this one names an earlier table)",
                          place)
        why = _resource_path_problem(folder, r["path"])
        if why:
            line, place = _where(parsed, ["resources", i, "path"])
            yield Problem(parsed.file, line, None, r["path"], why, place)
        fields = r["schema"]["fields"]
        for j, f in enumerate(fields):
            at = ["resources", i, "schema", "fields", j]
            if columns[r["name"]].index(f["name"]) != j:
                line, place = _where(parsed, at)
                yield Problem(parsed.file, line, None, f["name"], "each column name once in a table", place)
            for key, value in f.get("constraints", {}).items():
                line, place = _where(parsed, [*at, "constraints", key])
                if key in _BY_TYPE and f["type"] not in _BY_TYPE[key]:
                    yield Problem(parsed.file, line, None, key,
                                  f"constraints that suit the field's type, {f['type']} ({key} applies to "
                                  f"{' and '.join(_BY_TYPE[key])} fields)", place)
                elif key in ("minimum", "maximum") and f["type"] == "date" and not (
                        isinstance(value, str) and _DAY.fullmatch(value) and _is_day(value)):
                    yield Problem(parsed.file, line, None, _shown(value), "a date written YYYY-MM-DD", place)
                elif key in ("minimum", "maximum") and f["type"] != "date" and (
                        isinstance(value, (str, bool)) or not math.isfinite(value)):
                    yield Problem(parsed.file, line, None, _shown(value), "a finite number", place)
            rule = f.get("x-requiredUnless", {})
            for column in rule:
                if column not in columns[r["name"]]:
                    line, place = _where(parsed, [*at, "x-requiredUnless"])
                    yield Problem(parsed.file, line, None, column,
                                  f"a column of {r['name']}: {', '.join(columns[r['name']])}", place)
            ref = f.get("x-references")
            if ref:
                yield from _reference_problems(parsed, [*at, "x-references"], ref["resource"], ref["field"],
                                               columns)
        for k, key in enumerate(r["schema"].get("foreignKeys", [])):
            at = ["resources", i, "schema", "foreignKeys", k]
            if key["fields"] not in columns[r["name"]]:
                line, place = _where(parsed, [*at, "fields"])
                yield Problem(parsed.file, line, None, key["fields"],
                              f"a column of {r['name']}: {', '.join(columns[r['name']])}", place)
            yield from _reference_problems(parsed, [*at, "reference"], key["reference"]["resource"],
                                           key["reference"]["fields"], columns)


def _is_day(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _reference_problems(parsed: _Parsed, at: list[Any], target: str, column: str,
                        columns: dict[str, list[str]]) -> Iterator[Problem]:
    line, place = _where(parsed, at)
    if target not in columns:
        yield Problem(parsed.file, line, None, target, f"a table of this package: {', '.join(columns)}", place)
    elif column not in columns[target]:
        yield Problem(parsed.file, line, None, column, f"a column of {target}: {', '.join(columns[target])}", place)


def read_package(folder: str | Path) -> DataPackage:
    """The data package in ``folder``, its ``datapackage.json`` read and checked; raises :class:`DataError`.

    >>> from lessons_lib.schema import data_dir
    >>> read_package(data_dir()).table_names()[:2]
    ['events', 'user_stats']
    """
    folder = Path(folder)
    path = folder / PACKAGE_FILE
    try:
        raw = read_limited(path, MAX_DESCRIPTOR_BYTES, "a datapackage.json file")
    except Unreadable as err:
        expected = ("a datapackage.json in this folder, describing its tables (to check one table, give its CSV "
                    "file)") if err.missing else err.expected
        raise DataError([Problem(PACKAGE_FILE, None, None, str(path), expected)]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise DataError([Problem(PACKAGE_FILE, line, None, repr(raw[err.start: err.start + 8]),
                                 "text encoded as UTF-8")]) from None
    if not text.strip():
        raise DataError([Problem(PACKAGE_FILE, None, None, None,
                                 'a JSON descriptor: the file is empty (write {"resources": [...]})')])
    parsed = _Parsed(text, PACKAGE_FILE)
    problems = _schema_problems(parsed)
    if not problems:  # the sense of a descriptor can be checked only once its shape is right
        problems = list(_sense_problems(parsed, folder))
    if problems:
        raise DataError(problems)
    return DataPackage(parsed.data, folder)
