"""The validator's words in the reader's language: its English messages are looked up in the ``lessons``
gettext catalogue (``lessons_lib/locale/fr/LC_MESSAGES/lessons.po``).

The validator builds its messages in English where it finds a problem; what a reader sees is chosen
when the message is shown, in the reader's language (:func:`lessons_lib.set_language`). Each of
:data:`TEMPLATES` is an English message whose ``{fields}`` stand for values (a line number, a value,
a list of allowed values); its French twin in the catalogue uses the same fields. A message that
matches no template is shown as written. Adding a message is one line here, then its French in the
catalogue (``python tools/catalogues.py update``, translate, ``compile``).

>>> translate("a value (this column may not be empty)", "fr")
'une valeur (cette colonne ne peut pas être vide)'
>>> translate("one of: court, executive (did you mean 'court'?)", "fr")
"l'une de ces valeurs\\xa0: court, executive (vouliez-vous dire «\\xa0court\\xa0»\\u202f?)"
>>> print(translate("1 cell(s) of column 'title' had spaces before or after the value, which were removed: "
...                 "line 3", "fr"))
1 cellule de la colonne « title » avait des espaces avant ou après la valeur, qui ont été retirés : ligne 3
>>> translate("something new", "fr")
'something new'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .i18n import N_, gettext, ngettext, resolve

__all__ = ["TEMPLATES", "translate"]

NBSP, NNBSP = "\u00a0", "\u202f"

TEMPLATES: tuple[str, ...] = (
    # the frame of every problem and report
    N_("references between tables"),
    N_("{count} problems in {files}:"),
    N_("1 problem in {files}:"),
    N_("found {value}; expected {expected}"),
    N_("expected {expected}"),
    N_("line {line}"),
    N_("column {column}"),
    N_("{file}: {rows} rows of {table}, no problems found."),
    N_("{file}: 1 row of {table}, no problems found."),
    N_("{file}: no problems found."),
    N_("  note: {note}"),
    N_("  ... and {count} more (see error.problems for the full list)"),
    # what a cell should be
    N_("a value (this column may not be empty)"),
    N_("a date written YYYY-MM-DD (this looks like day/month/year: write {iso}, not {value})"),
    N_("a real date written YYYY-MM-DD, e.g. 2020-08-06"),
    N_("a date from {earliest} to {latest} (the dates a chart can place)"),
    N_("one of: {allowed} (did you mean {close}?)"),
    N_("one of: {allowed}"),
    N_("true or false (VRAI/FAUX from a French spreadsheet: write true/false)"),
    N_("true or false"),
    N_("a number of at least {minimum}"),
    N_("a number of at most {maximum}"),
    N_("at most {longest} characters (this cell has {length})"),
    N_("a unique {name} (already used on line {line})"),
    N_("each column name once (this one appears twice)"),
    N_("a column named {column} (it is missing)"),
    N_("a header line and data rows: the file is empty"),
    N_("at most {most} columns in the header; {table} has {count}"),
    N_("{count} cells, one per column (a comma inside a text needs the text in double quotes)"),
    N_("{count} cells"),
    N_("{count} columns"),
    N_('a closing double quote (") for the quoted text that starts on this line: it runs to the end of the file'),
    N_("a CSV text file; this one holds NUL bytes, as a spreadsheet's own format does (.xlsx, .ods): save it as "
       "'CSV UTF-8'"),
    N_("a number small enough to compute with (this one reads as infinity)"),
    N_("a finite number ({value} reads as infinity, which no chart or sum can use)"),
    N_("plain text, not a spreadsheet formula (paste the value, not the formula)"),
    N_("plain text, without control characters (this cell holds {char}, which a terminal or a chart would obey "
       "or hide)"),
    N_("at least one data row under the header (the file has only a header)"),
    N_("the name of a table: {tables} (did you mean {close}?)"),
    N_("the name of a table: {tables}"),
    N_("a CSV file of at most {limit} (this one has {size}; the limit keeps a wrong file from filling the memory)"),
    # a package's own descriptor (datapackage.json)
    N_("a list of the package's tables, each with a name, a path and a schema"),
    N_("only the constraints the validator applies: {names}"),
    N_("plain JSON numbers: NaN is not a JSON value (write a number, or leave the key out)"),
    N_("plain JSON numbers: the number {number} is too large to compute with"),
    N_("a path inside the package's folder (no '..', no absolute path, no web address)"),
    N_("a path inside the package's folder (this one is a link that leads out of it)"),
    N_("each key once in the same object (a second one would silently replace the first)"),
    N_("constraints that suit the field's type, {type} ({key} applies to {types} fields)"),
    N_("a table of this package: {tables}"),
    N_("a datapackage.json in this folder, describing its tables (to check one table, give its CSV file)"),
    N_('a JSON descriptor: the file is empty (write {"resources": [...]})'),
    N_('[""] (the validator reads only empty cells as missing)'),
    N_("a date written YYYY-MM-DD"),
    N_("the file is UTF-16 text (a spreadsheet's 'Unicode text' export); it was read as such"),
    N_("the file is {encoding} text, not UTF-8; it was read as such (save it as 'CSV UTF-8' to be sure)"),
    N_("the column names written exactly as the schema writes them (lower case, no spaces around): {names}"),
    N_("the file is not UTF-8 (first non-UTF-8 byte on line {line}); it was read as Windows-1252 (cp1252), the "
       "encoding of older French spreadsheets. Save it as 'CSV UTF-8' to avoid this guess"),
    # a path that is not a readable file (reading.py)
    N_("an existing CSV file (no file at this path)"),
    N_("a CSV file that can be read ({why})"),
    N_("a CSV file, not a folder"),
    N_("a CSV file, not a named pipe (FIFO)"),
    N_("a CSV file, not a character device"),
    N_("a CSV file, not a block device"),
    N_("a CSV file, not a socket"),
    # notes: how the file was read
    N_("the file starts with a byte-order mark (BOM), as spreadsheets write it; it was ignored"),
    N_("columns are separated by semicolons (;), as a French spreadsheet exports them; read accordingly"),
    N_("columns are separated by tabs, as a French spreadsheet exports them; read accordingly"),
    N_("blank lines at the end of the file were ignored"),
    N_("the file mixes Windows (CRLF) and Unix (LF) line endings; both were read as line ends"),
)

#: messages the validator writes with "(s)" for any count: the catalogue gives each language its plural forms
PLURALS: dict[str, Callable[[int, str], str]] = {
    "{count} line end(s) are a carriage return alone (CR, as old Mac files and some exports write them); each was "
    "read as a line end, inside a quoted text too": lambda n, lang: ngettext(
        "{count} line end is a carriage return alone (CR, as old Mac files and some exports write them); it was "
        "read as a line end, inside a quoted text too",
        "{count} line end(s) are a carriage return alone (CR, as old Mac files and some exports write them); each "
        "was read as a line end, inside a quoted text too", n, lang),
    "{count} cell(s) of column {column} had spaces before or after the value, which were removed: line {lines}":
        lambda n, lang: ngettext(
            "{count} cell of column {column} had spaces before or after the value, which were removed: line {lines}",
            "{count} cell(s) of column {column} had spaces before or after the value, which were removed: line "
            "{lines}", n, lang),
    "{count} empty column(s) without a header were ignored (a spreadsheet adds them after the last column)":
        lambda n, lang: ngettext(
            "{count} empty column without a header was ignored (a spreadsheet adds them after the last column)",
            "{count} empty column(s) without a header were ignored (a spreadsheet adds them after the last column)",
            n, lang),
    "{count} empty row(s) (only separators) were ignored: line {lines}": lambda n, lang: ngettext(
        "{count} empty row (only separators) was ignored: line {lines}",
        "{count} empty row(s) (only separators) were ignored: line {lines}", n, lang),
    "at least {count} item(s)": lambda n, lang: ngettext("at least {count} item", "at least {count} item(s)", n, lang),
}
_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(regex + r"\Z", re.DOTALL)


def _quoted(value: str) -> str:
    """A value the English shows between straight quotes ('date'), with French guillemets."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return f"«{NBSP}{value[1:-1]}{NBSP}»"
    return value


def _words(english: str, text: str, lang: str) -> str | None:
    """The template ``english`` in ``lang``, filled with the values ``text`` holds; None if it does not match."""
    match = _pattern(english).match(text)
    if not match:
        return None
    fields = {name: _quoted(value) for name, value in match.groupdict().items()}
    for nested in ("expected", "note", "file"):  # a message inside the message (a report's name is one too)
        if nested in fields:
            fields[nested] = translate(match[nested], lang)
    count = match.groupdict().get("count", "")
    words = PLURALS[english](int(count), lang) if english in PLURALS and count.isdigit() else gettext(english, lang)
    # the fields are put in by name, so that a message may also hold braces of its own ({"resources": ...})
    return _FIELD.sub(lambda m: fields.get(m[1], m[0]), words)


def translate(text: str, lang: str | None = None) -> str:
    """``text`` in ``lang`` (default: the current language), through the catalogue; as written if absent."""
    code = resolve(lang)
    if code == "en":
        return text
    for english in (*TEMPLATES, *PLURALS):
        words = _words(english, text, code)
        if words is not None:
            return words
    return text
