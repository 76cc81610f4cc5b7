"""Read a CSV table and check it against its schema in ``datapackage.json``.

Every problem is collected, with the file, the line, the column, the value and what was expected;
nothing is dropped or fixed silently. Spreadsheet quirks that can be read without guessing (a
byte-order mark, Windows-1252 text, ``;`` separators with decimal commas, Windows line endings,
blank lines at the end) are read correctly and reported as *notes*.

>>> report = validate(table_path("events"))
>>> report.ok, report.table
(True, 'events')
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import itertools
import operator
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import CONTROL_CHARACTERS, DataError, MissingDataFile, Problem
from .reading import Unreadable, check_regular, read_limited
from .schema import DataPackage, fields, shipped, table_path  # noqa: F401 (fields, table_path: doctests)
from .translations import translate

__all__ = ["Report", "read_checked", "validate", "validate_package"]

#: The dtype of text columns: Python-backed strings, whatever storage pandas would pick by default
#: (Arrow when pyarrow is installed), so that tables and their reprs are the same on every machine.
TEXT = pd.StringDtype("python")
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")
FRENCH_BOOLEANS = {"VRAI", "FAUX", "vrai", "faux", "oui", "non"}
_FORMULA = re.compile(r"^(=|@|\+[^\d\s.]|-[A-Za-z(])")
_FRENCH_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
_DECIMAL_COMMA = re.compile(r"^-?\d+,\d+$")
_THOUSANDS = re.compile(r"^-?\d{1,3}([ ,\u00a0\u202f]\d{3})+([.,]\d+)?$")
_CONTROL = re.compile(CONTROL_CHARACTERS)
_INFINITY = re.compile(r"^[+-]?(inf|infinity)$", re.IGNORECASE)

#: Limits on what a file may hold, stated in the message that refuses more: a file, a header, a cell.
MAX_CSV_BYTES = 1 << 30
MAX_COLUMNS = 1000
MAX_CELL_CHARS = 10_000
#: Whole numbers beyond this lose their last digits in a float64 column (2**53).
MAX_EXACT_INTEGER = 2**53
#: Dates a chart or a quiz can place, unless a field's constraints say otherwise (``minimum``/``maximum``).
EARLIEST_DATE, LATEST_DATE = "1000-01-01", "2999-12-31"


@dataclass
class Report:
    """What :func:`validate` found in one file.

    ``problems`` must be fixed before the file can be loaded; ``notes`` say how the file was read
    (for example a French spreadsheet export) and need no action.
    """

    file: str
    table: str
    rows: int
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the file has no problem."""
        return not self.problems

    def raise_for_problems(self) -> None:
        """Raise a :class:`DataError` listing every problem, if there is any."""
        if self.problems:
            raise DataError(self.problems)

    def __str__(self) -> str:
        lines = []
        if self.ok and self.table == "package":
            lines.append(translate(f"{self.file}: no problems found."))
        elif self.ok:
            rows = f"{self.rows} row{'' if self.rows == 1 else 's'}"
            lines.append(translate(f"{self.file}: {rows} of {self.table}, no problems found."))
        else:
            lines.append(str(DataError(self.problems)))
        lines += [translate(f"  note: {n}") for n in self.notes]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Reading the bytes: encoding, separator, header


@dataclass
class _Source:
    """A CSV file decoded into text, with how it was read.

    A plain UTF-8 file (no byte-order mark, no carriage returns) is not kept in memory: pandas
    parses it from ``path``. When a problem needs a line number, its line feeds are counted (a
    block at a time): when every line holds one row (no quoted line break, no blank line inside),
    row ``r`` is on line ``r + 2`` plus the blank lines before the header; otherwise the file is
    streamed once through :mod:`csv` to record where each row starts. Its text is never held whole.
    """

    name: str
    _text: str | None
    sep: str
    notes: list[str]
    _lines: Any = None  # where each data row starts (array of line numbers), once asked for
    path: Path | None = None
    controls: bool = True  # False once the whole file is known to hold no control character
    newlines: int = -1  # line feeds in the whole file (-1: not counted yet)
    lead: int = 0  # blank lines before the header
    tail_newlines: int = 0  # line feeds in the white space after the last visible character
    tail_plain: bool = False  # that white space is line feeds only
    records: int = -1  # rows pandas read (the header excluded), blank lines skipped
    cells: Any = None  # the frame pandas read (plain path), to find quoted line breaks in its cells

    @property
    def text(self) -> str:
        """The whole file as text (line ends normalised to ``\\n``)."""
        if self._text is None:
            self._text = self.path.read_bytes().decode("utf-8") if self.path else ""
        return self._text

    def line_of(self, row: int) -> int:
        """The line number (1 = header) where data row ``row`` (0-based; -1: the header) starts."""
        if row < 0:
            return self.lead + 1
        if self._text is None and self.path is not None and self.one_row_per_line():
            return self.lead + 2 + row
        if self._lines is None and self._text is None and self.path is not None:
            self._lines = self._starts_from_cells()
        if self._lines is None and self._text is None and self.path is not None:
            self._lines = _quoted_row_starts(self.path, self.sep, self.records)
            if self._lines is None:  # a file the quick scan cannot vouch for
                with open(self.path, encoding="utf-8", newline="") as handle:  # streamed, a line at a time
                    self._lines = _row_start_lines(handle, self.sep)
        if self._lines is None:
            self._lines = _row_start_lines(_split_lines(self.text), self.sep)
        return int(self._lines[row]) if row < len(self._lines) else row + 2

    def extra_lines(self) -> int:
        """Lines between the header and the last visible character beyond one per row (quoted line
        breaks and blank lines), or -1 when the file cannot say (not a plain file, white space at the end)."""
        if self.records < 0 or not self.tail_plain or self.path is None:
            return -1
        if self.newlines < 0:  # counted when a problem first needs a line, so a clean file never pays for it
            self.newlines = _count_line_feeds(self.path)
        content_lines = self.newlines - self.lead - self.tail_newlines + 1
        return content_lines - (self.records + 1)

    def one_row_per_line(self) -> bool:
        """Whether each line between the header and the last visible character holds exactly one row."""
        return self.extra_lines() == 0

    def _starts_from_cells(self) -> np.ndarray | None:
        """Where each row starts, from the line breaks pandas found inside its quoted cells; or None.

        The file holds ``extra_lines()`` lines beyond one per row: quoted line breaks and blank lines.
        When the cells hold exactly that many line feeds, there is no blank line between rows and
        row ``r`` starts ``r`` lines plus the line feeds in the cells of the rows above it after the
        first row's line. Columns of free text, where line breaks are, are searched first; the
        search stops once every extra line is found. Any other count gives None (the caller scans).
        """
        extra, frame = self.extra_lines(), self.cells
        if extra <= 0 or frame is None or len(frame) != self.records:
            return None
        inside = np.zeros(len(frame), dtype=np.int64)
        found = 0
        # longest texts first (free text, where line breaks are), judged on the first rows
        columns = sorted(frame.columns, key=lambda c: -sum(map(len, frame[c].iloc[:1000])))
        for column in columns:
            values = frame[column].to_numpy(dtype=object)
            if not any(map(operator.contains, values, itertools.repeat("\n"))):
                continue
            counts = np.fromiter(map(str.count, values, itertools.repeat("\n")), dtype=np.int64, count=len(values))
            inside += counts
            found += int(counts.sum())
            if found >= extra:
                break
        if found != extra:
            return None
        return self.lead + 2 + np.arange(len(frame), dtype=np.int64) + np.cumsum(inside) - inside


def _count_line_feeds(path: Path) -> int:
    """The line feeds in the file, counted with NumPy a block at a time (three times ``bytes.count``'s speed)."""
    count, buffer = 0, bytearray(_BLOCK * 8)
    with open(path, "rb", buffering=0) as handle:
        while size := handle.readinto(buffer):
            count += int(np.count_nonzero(np.frombuffer(buffer, dtype=np.uint8, count=size) == 10))
    return count


def _quoted_row_starts(path: Path, sep: str, records: int) -> np.ndarray | None:
    """Where each data row of a plain UTF-8 file starts (line numbers), found with NumPy; or None.

    A line feed ends a row when an even number of double quotes comes before it. That holds when
    every quote is where the CSV rules put it: an opening quote at the start of a cell (after the
    separator, a line feed or an escaping quote), a closing quote at its end (before the separator,
    a line feed, the end of the file or an escaping quote). A quote anywhere else, a line that
    starts with a space or a tab (pandas skips a line of them), a quote still open at the end, or
    a row count other than pandas' gives None: the caller streams the file through :mod:`csv`.
    """
    if records < 0:
        return None
    sep_byte, quote, feed = ord(sep), 34, 10
    spaces = [b for b in (32, 9) if b != sep_byte]
    found: list[np.ndarray] = []
    carry, offset, feeds = 0, 0, 0  # quote parity, bytes and line feeds before the block
    last_byte = feed  # the byte before the block (a line feed before the file)
    end_at, end_line = -1, -1  # byte offset and line index (0-based) of the last row end
    header_seen, pending_quote, pending_start = False, False, True
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_BLOCK * 8), b""):
            data = np.frombuffer(block, dtype=np.uint8)
            if pending_quote and data[0] not in (sep_byte, feed, quote):
                return None
            if pending_start and data[0] in spaces:
                return None
            feeds_at = np.flatnonzero(data == feed)
            quotes_at = np.flatnonzero(data == quote)
            pending_quote = False
            if len(quotes_at):
                closing = ((carry + np.arange(len(quotes_at))) & 1).astype(bool)
                before = np.where(quotes_at > 0, data[np.maximum(quotes_at - 1, 0)], last_byte)
                inner = quotes_at + 1 < len(data)
                after = data[np.minimum(quotes_at + 1, len(data) - 1)]
                if (~closing & (before != sep_byte) & (before != feed) & (before != quote)).any():
                    return None
                if (closing & inner & (after != sep_byte) & (after != feed) & (after != quote)).any():
                    return None
                pending_quote = bool(closing[-1] and not inner[-1])
            outside = ((carry + np.searchsorted(quotes_at, feeds_at)) & 1) == 0
            ends = feeds_at[outside]
            if np.isin(data[ends[ends + 1 < len(data)] + 1], spaces).any():
                return None
            pending_start = bool(len(ends) and ends[-1] == len(data) - 1)
            if len(ends):
                at = ends + offset
                lines = np.flatnonzero(outside) + feeds
                previous_at = np.concatenate(([end_at], at[:-1]))
                previous_line = np.concatenate(([end_line], lines[:-1]))
                starts = previous_line[at - previous_at > 1] + 2  # rows that are not blank lines
                if not header_seen and len(starts):
                    starts, header_seen = starts[1:], True
                found.append(starts)
                end_at, end_line = int(at[-1]), int(lines[-1])
            carry = (carry + len(quotes_at)) & 1
            feeds += len(feeds_at)
            offset += len(data)
            last_byte = int(data[-1])
    if carry:
        return None
    if offset - end_at > 1:  # a last row without a line feed
        if header_seen:
            found.append(np.array([end_line + 2]))
        header_seen = True
    starts = np.concatenate(found) if found else np.array([], dtype=np.int64)
    return starts if header_seen and len(starts) == records else None


def _split_lines(text: str):
    """The lines of ``text``, each with its ``\\n``, one at a time (no list of them is built)."""
    start = 0
    while start < len(text):
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop + 1
        yield text[start:stop]
        start = stop


def _row_start_lines(lines: Any, sep: str) -> array:
    """Where each data row starts (its line number), read from an iterable of lines.

    Lines that are blank or hold only spaces and tabs are skipped, as pandas skips them (before
    the header too); a quoted text may span lines.

    >>> list(_row_start_lines(_split_lines("\\n  \\na,b\\n1,2\\n\\n \\t\\n\\"x\\ny\\",3\\n4,5\\n"), ","))
    [4, 7, 9]
    """
    last = [""]

    def remembered(lines: Any):
        for line in lines:
            last[0] = line
            yield line

    reader = csv.reader(remembered(lines), delimiter=sep)
    blank = " \t\n".replace(sep, "")
    starts = array("q")
    previous_end = 0
    header_seen = False
    limit = csv.field_size_limit(MAX_CSV_BYTES)  # a cell may be as long as a file (128 KiB by default)
    try:
        for record in reader:
            empty = not record or (reader.line_num - previous_end == 1 and not last[0].strip(blank))
            if not empty and header_seen:
                starts.append(previous_end + 1)
            header_seen = header_seen or not empty
            previous_end = reader.line_num
    finally:
        csv.field_size_limit(limit)
    return starts


#: where the NUL bytes fall in the first four bytes of UTF-16 or UTF-32 text without a byte-order mark
#: whose first character is ASCII, as a CSV header's is (the way RFC 4627 tells JSON's encodings apart)
_NUL_PATTERNS = {(1, 1, 1, 0): "UTF-32BE", (0, 1, 1, 1): "UTF-32LE", (1, 0, 1, 0): "UTF-16BE", (0, 1, 0, 1): "UTF-16LE"}


def _wide_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32, told by a byte-order mark or by where the NUL bytes fall; None for anything else.

    >>> _wide_encoding("id,date".encode("utf-32")), _wide_encoding("id,date".encode("utf-16-be"))
    ('UTF-32', 'UTF-16BE')
    >>> _wide_encoding("id,date".encode("utf-16")), _wide_encoding(b"id,date")  # the BOM's UTF-16; UTF-8
    ('UTF-16', None)
    """
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts with FF FE
        return "UTF-32"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    return _NUL_PATTERNS.get(tuple(int(byte == 0) for byte in raw[:4]))


def _not_utf8(name: str, line: int, raw: bytes, start: int) -> DataError:
    """The error for bytes that no encoding the validator knows can read, from ``start`` on ``line``."""
    return DataError([Problem(name, line, None, repr(raw[start: start + 8]),
                              "text encoded as UTF-8 (save the file as 'CSV UTF-8')")])


def _decode(raw: bytes, name: str) -> tuple[str, list[str]]:
    notes = []
    wide = _wide_encoding(raw)
    if wide:
        try:
            text = raw.decode(wide)
        except UnicodeDecodeError as err:
            line = raw[: err.start].decode(wide, errors="replace").count("\n") + 1
            raise _not_utf8(name, line, raw, err.start) from None
        notes.append("the file is UTF-16 text (a spreadsheet's 'Unicode text' export); it was read as such"
                     if wide == "UTF-16" else
                     f"the file is {wide} text, not UTF-8; it was read as such (save it as 'CSV UTF-8' to be sure)")
        return text, notes
    if raw[:_BLOCK].count(b"\x00") > 8:
        # a binary file; a stray NUL or two is a cell's problem, reported with its column
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise DataError([Problem(name, line, None, None, "a CSV text file; this one holds NUL bytes, as a "
                                 "spreadsheet's own format does (.xlsx, .ods): save it as 'CSV UTF-8'")])
    if raw.startswith(codecs.BOM_UTF8):
        notes.append("the file starts with a byte-order mark (BOM), as spreadsheets write it; it was ignored")
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return raw.decode("utf-8"), notes
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise _not_utf8(name, line, raw, err.start) from None
        notes.append(f"the file is not UTF-8 (first non-UTF-8 byte on line {line}); it was read as "
                     "Windows-1252 (cp1252), the encoding of older French spreadsheets. Save it as "
                     "'CSV UTF-8' to avoid this guess")
        return text, notes


def _sniff_separator(header: str) -> str:
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    return max(counts, key=lambda s: (counts[s], s == ","))


_LEADING_NEWLINES = re.compile(rb"\n*")
_FIRST_VISIBLE = re.compile(rb"\S")
_BLOCK = 1 << 20  # bytes read at a time when a file is scanned


def _plain_utf8(name: str, path: Path) -> _Source | None:
    """The fast path for a big, clean file: no BOM, no CR, ASCII start and end; else None.

    Gives the same notes and separator as :func:`_open_text` would; whether the bytes are valid
    UTF-8 is checked while pandas parses them (see :func:`_frame`). The file is scanned in blocks
    for carriage returns and otherwise only its first and last blocks are read: a big file is
    never held in memory twice. When its first or last block is not enough to decide, the answer
    is None and the text path reads the whole file.
    """
    controls, previous = False, b""
    with open(path, "rb") as handle:
        head = handle.read(_BLOCK)
        for block in itertools.chain([head], iter(lambda: handle.read(_BLOCK), b"")):  # one block in memory
            if b"\r" in block:
                return None
            # a mark of 2 or 3 bytes may straddle two blocks: the seam is checked too
            controls = controls or _bytes_have_control(previous[-2:] + block[:2]) or _bytes_have_control(block)
            previous = block
        size = handle.tell()
        handle.seek(max(size - _BLOCK, len(head)))
        tail = head + handle.read() if size <= 2 * _BLOCK else handle.read()
    if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    visible = _FIRST_VISIBLE.search(head)
    if visible is None or head[visible.start()] >= 0x80 or b"\x00" in head:
        return None
    end = len(tail)
    while end and tail[end - 1] in b" \t\n\x0b\x0c\x1c\x1d\x1e\x1f":
        end -= 1
    if not end or tail[end - 1] >= 0x80:  # might end in Unicode white space: let the text path decide
        return None
    notes = []
    if tail.count(b"\n", end) > 1:
        notes.append("blank lines at the end of the file were ignored")
    start = _LEADING_NEWLINES.match(head).end()
    stop = head.find(b"\n", start)
    if stop < 0 and len(head) < size:  # a header longer than a block: let the text path read it
        return None
    try:
        header = head[start: stop if stop >= 0 else len(head)].decode("utf-8")
    except UnicodeDecodeError:
        return None
    sep = _sniff_separator(header)
    _separator_note(sep, notes)
    return _Source(name, None, sep, notes, path=path, controls=controls, lead=start,
                   tail_newlines=tail.count(b"\n", end), tail_plain=not tail[end:].strip(b"\n"))


def _separator_note(sep: str, notes: list[str]) -> None:
    if sep != ",":
        label = "semicolons (;)" if sep == ";" else "tabs"
        notes.append(f"columns are separated by {label}, as a French spreadsheet exports them; "
                     "read accordingly")


def _open(path: Path) -> _Source:
    """The file decoded, or a :class:`DataError`: a folder, a FIFO, a device or a file over
    :data:`MAX_CSV_BYTES` is refused before anything is read from it."""
    name = path.name
    try:
        check_regular(path, MAX_CSV_BYTES, "a CSV file")
        try:
            return _plain_utf8(name, path) or _open_text(name, read_limited(path, MAX_CSV_BYTES, "a CSV file"))
        except OSError as err:
            raise Unreadable(path, f"a CSV file that can be read ({err.strerror})") from None
    except Unreadable as err:
        error = MissingDataFile if err.missing else DataError
        raise error([Problem(name, None, None, str(path), err.expected)]) from None


def _open_text(name: str, raw: bytes) -> _Source:
    text, notes = _decode(raw, name)
    if not text.strip():
        raise DataError([Problem(name, None, None, None, "a header line and data rows: the file is empty")])
    if "\r" in text:
        crlf = text.count("\r\n")
        bare_cr = text.count("\r") - crlf
        if crlf and text.count("\n") != crlf:
            notes.append("the file mixes Windows (CRLF) and Unix (LF) line endings; "
                         "both were read as line ends")
        if bare_cr:
            notes.append(f"{bare_cr} line end(s) are a carriage return alone (CR, as old Mac files and some "
                         "exports write them); each was read as a line end, inside a quoted text too")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    if text.count("\n", end) > 1:
        notes.append("blank lines at the end of the file were ignored")
    start = len(text) - len(text.lstrip("\n")) if text.startswith("\n") else 0
    stop = text.find("\n", start)
    header = text[start: stop if stop >= 0 else len(text)]
    sep = _sniff_separator(header)
    _separator_note(sep, notes)
    return _Source(name, text, sep, notes, controls=_has_control([text]))


def _frame(source: _Source) -> pd.DataFrame:
    # object columns of Python strings: the same on every machine (with pyarrow installed, dtype=str
    # would mean Arrow strings, converted back and forth by every check)
    options: dict[str, Any] = {"sep": source.sep, "dtype": object, "keep_default_na": False,
                               "na_filter": False, "skip_blank_lines": True, "engine": "c"}
    try:
        if source._text is None:
            try:
                # pandas reads a file path in C, twice as fast as the same bytes from a BytesIO
                frame = pd.read_csv(source.path, encoding="utf-8", **options)
                source.records, source.cells = len(frame), frame
                return frame
            except UnicodeDecodeError:  # not UTF-8 after all: decode it as the text path does
                slow = _open_text(source.name, source.path.read_bytes())
                source._text, source.sep, source.notes[:] = slow.text, slow.sep, slow.notes
                options["sep"] = source.sep
        return pd.read_csv(io.StringIO(source.text), **options)
    except pd.errors.ParserError as err:
        match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(err))
        if match:
            expected, line, saw = match.groups()
            raise DataError([Problem(source.name, int(line), None, f"{saw} cells",
                                     f"{expected} cells, one per column (a comma inside a text "
                                     "needs the text in double quotes)")]) from None
        match = re.search(r"EOF inside string starting at row (\d+)", str(err))
        if match:
            raise DataError([Problem(source.name, source.line_of(int(match.group(1)) - 1), None, None,
                                     "a closing double quote (\") for the quoted text that starts on this "
                                     "line: it runs to the end of the file")]) from None
        raise DataError([Problem(source.name, None, None, None, f"a readable CSV file ({err})")]) from None


def _check_header(frame: pd.DataFrame, table: str, name: str, schema: DataPackage) -> list[Problem]:
    expected = [f["name"] for f in schema.fields(table)]
    found = [str(c) for c in frame.columns]
    if len(found) > MAX_COLUMNS:
        return [Problem(name, 1, None, f"{len(found)} columns",
                        f"at most {MAX_COLUMNS} columns in the header; {table} has {len(expected)}")]
    problems = []
    seen = set()
    for column in found:
        base = re.sub(r"\.\d+$", "", column)
        if base in seen or (column != base and base in found):
            problems.append(Problem(name, 1, base, base, "each column name once (this one appears twice)"))
        seen.add(base)
    missing = [c for c in expected if c not in found]
    extra = [c for c in found if c not in expected and not re.match(r".+\.\d+$", c)]
    written = {c.strip().casefold(): c for c in missing}
    recased = {c: written[c.strip().casefold()] for c in extra if c.strip().casefold() in written}  # 'ID', ' id '
    if recased:
        problems.append(Problem(name, 1, None, _first_three(list(recased)), "the column names written exactly as the "
                                "schema writes them (lower case, no spaces around): "
                                f"{_first_three(list(recased.values()))}"))
        extra = [c for c in extra if c not in recased]
        missing = [c for c in missing if c not in recased.values()]
    for column in extra:
        close = difflib.get_close_matches(column, missing, n=1, cutoff=0.6)
        if close:
            problems.append(Problem(name, 1, column, column,
                                    f"the column {close[0]!r} (renamed? check the spelling of the header)"))
            missing.remove(close[0])
        else:
            problems.append(Problem(name, 1, column, column,
                                    f"only the columns of {table}: {', '.join(expected)} (remove this one)"))
    for column in missing:
        problems.append(Problem(name, 1, column, None, f"a column named {column!r} (it is missing)"))
    return problems


# ---------------------------------------------------------------------------------------------
# Checking cells: each check returns a mask of bad rows and the message for them


def _first_three(names: list[str]) -> str:
    """``'a, b, c...'``: the first three names, and dots when there are more."""
    return ", ".join(names[:3]) + ("..." if len(names) > 3 else "")


def _described(f: dict[str, Any], default: str) -> str:
    return f.get("x-hint", default)


def _bad_rows(source: _Source, cells: pd.Series, mask: pd.Series, column: str,
              expected: Callable[[str], str] | str) -> list[Problem]:
    problems = []
    for row in mask.to_numpy().nonzero()[0]:
        value = cells.iat[row]
        text = expected(value) if callable(expected) else expected
        record = int(cells.index[row])  # the row's number in the file, even after empty rows were dropped
        problems.append(Problem(source.name, source.line_of(record), column, value or None, text))
    return problems


_NOT_C0 = bytes([9, 10, 13, *range(0x20, 0x7F), *range(0x80, 0x100)])


def _has_control(values: Any) -> bool:
    """Whether any of the strings holds a control character (see ``CONTROL_CHARACTERS``).

    The same answer as searching ``_CONTROL`` in each, found on the UTF-8 bytes, where a C0
    control is one byte and C1 controls and bidi marks start with bytes that are rare in text.

    >>> _has_control(["plain", "Décret « 13942 »"]), _has_control(["a\x1b[2J"]), _has_control(["x\u202e"])
    (False, True, True)
    """
    return _bytes_have_control("\n".join(values).encode("utf-8", "surrogatepass"))


def _bytes_have_control(data: bytes) -> bool:
    """Whether UTF-8 ``data`` holds a control character: C0 and DEL as single bytes, C1 controls as
    ``C2 80``-``C2 9F``, bidi marks as ``E2 80 AA``-``E2 80 AE`` and ``E2 81 A6``-``E2 81 A9`` (numpy, no loop)."""
    if data.translate(None, _NOT_C0):  # what is left once every other byte is deleted: C0 controls and DEL
        return True
    if b"\xc2" not in data and b"\xe2" not in data:
        return False
    b = np.frombuffer(data, dtype=np.uint8)
    lead = np.flatnonzero(b[:-1] == 0xC2)
    if len(lead) and ((b[lead + 1] >= 0x80) & (b[lead + 1] <= 0x9F)).any():
        return True
    lead = np.flatnonzero(b[:-2] == 0xE2)
    second, third = b[lead + 1], b[lead + 2]
    return bool(((second == 0x80) & (third >= 0xAA) & (third <= 0xAE)
                 | (second == 0x81) & (third >= 0xA6) & (third <= 0xA9)).any())


def _infinity_hint(value: str) -> str:
    return f"a finite number ({value!r} reads as infinity, which no chart or sum can use)" if _INFINITY.match(
        value) else "a number small enough to compute with (this one reads as infinity)"


def _number_hint(value: str) -> str:
    if _DECIMAL_COMMA.match(value):
        return "a number with a decimal point (1.5, not 1,5), or save the file with ';' separators"
    if _THOUSANDS.match(value):
        return "a number written with digits only, without thousands separators (1500, not 1 500 or 1,500)"
    return "a number in base units, e.g. 1500 or 689000000 (not '689 M')"


def _convert(source: _Source, f: dict[str, Any], cells: pd.Series, present: pd.Series,
             problems: list[Problem]) -> pd.Series:
    """Typed column for field ``f``; bad cells become missing and are added to ``problems``."""
    kind = f.get("type", "string")
    if kind in ("number", "integer"):
        return _numbers(source, f, cells, present, problems)
    if kind == "date":
        return _dates(source, f, cells, present, problems)
    if kind == "boolean":
        return _booleans(source, f, cells, present, problems)
    if "enum" in f.get("constraints", {}):
        return _categories(source, f, cells, present, problems)
    return _texts(source, f, cells, present, problems)


def _numbers(source: _Source, f: dict[str, Any], cells: pd.Series, present: pd.Series,
             problems: list[Problem]) -> pd.Series:
    """A number or integer column: a French export's decimal commas, infinities, fractions, bounds."""
    kind = f["type"]
    name, c = f["name"], f.get("constraints", {})
    text = cells
    if source.sep == ";":
        text = cells.str.replace(_DECIMAL_COMMA.pattern, lambda m: m.group(0).replace(",", "."), regex=True)
    numbers = pd.to_numeric(text.where(present, None), errors="coerce").astype("float64")
    infinite = present & np.isinf(numbers.to_numpy())
    bad = present & numbers.isna()
    problems += _bad_rows(source, cells, bad, name, _number_hint)
    problems += _bad_rows(source, cells, infinite, name, _infinity_hint)
    numbers = numbers.where(~infinite)
    if kind == "integer":
        fractional = present & ~bad & (numbers % 1 != 0)
        problems += _bad_rows(source, cells, fractional, name, "a whole number")
        numbers = numbers.where(~fractional)
    if "minimum" in c:
        low = (numbers < c["minimum"]).fillna(False)
        problems += _bad_rows(source, cells, low, name,
                              f"a number of at least {c['minimum']}" +
                              (" (values cannot be negative)" if c["minimum"] == 0 else ""))
        numbers = numbers.where(~low)
    if "maximum" in c:
        high = (numbers > c["maximum"]).fillna(False)
        problems += _bad_rows(source, cells, high, name, f"a number of at most {c['maximum']}")
        numbers = numbers.where(~high)
    if kind == "integer":  # checked after the bounds, so that a stated maximum is what the message says
        huge = (numbers.abs() > MAX_EXACT_INTEGER).fillna(False)
        problems += _bad_rows(source, cells, huge, name,
                              f"a whole number between -{MAX_EXACT_INTEGER} and {MAX_EXACT_INTEGER} "
                              "(larger ones cannot be stored exactly)")
        numbers = numbers.where(~huge)
    return numbers.astype("Int64" if kind == "integer" else "Float64")


def _dates(source: _Source, f: dict[str, Any], cells: pd.Series, present: pd.Series,
           problems: list[Problem]) -> pd.Series:
    """A date column written YYYY-MM-DD, within the dates a chart can place."""
    name, c = f["name"], f.get("constraints", {})
    shaped = cells.str.fullmatch(r"\d{4}-\d{2}-\d{2}")
    dates = pd.to_datetime(cells.where(present & shaped, None), format="%Y-%m-%d", errors="coerce")
    bad = present & dates.isna()

    def date_hint(value: str) -> str:
        if _FRENCH_DATE.match(value):
            day, month, year = value.split("/")
            return (f"a date written YYYY-MM-DD (this looks like day/month/year: "
                    f"write {year}-{int(month):02d}-{int(day):02d}, not {value})")
        return "a real date written YYYY-MM-DD, e.g. 2020-08-06"
    problems += _bad_rows(source, cells, bad, name, date_hint)
    earliest, latest = c.get("minimum", EARLIEST_DATE), c.get("maximum", LATEST_DATE)
    outside = (dates < pd.Timestamp(earliest)) | (dates > pd.Timestamp(latest))
    problems += _bad_rows(source, cells, outside.fillna(False), name,
                          f"a date from {earliest} to {latest} (the dates a chart can place)")
    return dates.where(~outside.fillna(False))


def _booleans(source: _Source, f: dict[str, Any], cells: pd.Series, present: pd.Series,
              problems: list[Problem]) -> pd.Series:
    """A true/false column (a French spreadsheet's VRAI/FAUX is named)."""
    name = f["name"]
    truth = cells.isin(TRUE_VALUES)
    bad = present & ~truth & ~cells.isin(FALSE_VALUES)

    def bool_hint(value: str) -> str:
        french = " (VRAI/FAUX from a French spreadsheet: write true/false)" if value in FRENCH_BOOLEANS else ""
        return "true or false" + french
    problems += _bad_rows(source, cells, bad, name, bool_hint)
    return truth.astype("boolean").where(present & ~bad, pd.NA)


def _categories(source: _Source, f: dict[str, Any], cells: pd.Series, present: pd.Series,
                problems: list[Problem]) -> pd.Series:
    """A column of a closed vocabulary, as a categorical of its allowed values."""
    name, c = f["name"], f.get("constraints", {})
    allowed = c["enum"]
    bad = present & ~cells.isin(allowed)

    def enum_hint(value: str) -> str:
        close = difflib.get_close_matches(value.strip().lower().replace(" ", "_"), allowed, n=1, cutoff=0.6)
        tip = f" (did you mean {close[0]!r}?)" if close else ""
        return f"one of: {', '.join(allowed)}{tip}"
    problems += _bad_rows(source, cells, bad, name, enum_hint)
    return pd.Series(pd.Categorical(cells.where(present & ~bad, None), categories=allowed), index=cells.index)


def _texts(source: _Source, f: dict[str, Any], cells: pd.Series, present: pd.Series,
           problems: list[Problem]) -> pd.Series:
    """A text column: no spreadsheet formula, no control character, a bounded length, its pattern."""
    name, c = f["name"], f.get("constraints", {})
    # Each check first asks, in one pass over the values, whether any cell fails it; only then is
    # the per-row mask built (the common case, a clean file, skips that work).
    values = cells.to_numpy(dtype=object) if present.all() else cells[present].to_numpy(dtype=object)
    no_rows = pd.Series(False, index=cells.index)
    # a formula starts with one of these four characters: only such values need the regular expression
    # (and the rows of a file with a formula are found among those, not by matching every cell again)
    maybe = np.flatnonzero(np.isin(values.astype("U1"), ["=", "@", "+", "-"]))
    hits = [int(i) for i in maybe if _FORMULA.match(values[i])]
    formula = no_rows
    if hits:
        formula = no_rows.copy()
        formula.iloc[hits if len(values) == len(cells) else np.flatnonzero(present.to_numpy())[hits]] = True
    problems += _bad_rows(source, cells, formula, name,
                          "plain text, not a spreadsheet formula (paste the value, not the formula)")
    if source.controls and _has_control(values):  # a file with none skips this; rows only when one is found
        control = present & cells.str.contains(_CONTROL.pattern, regex=True)
        problems += _bad_rows(source, cells, control, name,
                              lambda v: f"plain text, without control characters (this cell holds "
                                        f"{_CONTROL.search(v).group()!r}, which a terminal or a chart would obey "
                                        "or hide)")
    longest = c.get("maxLength", MAX_CELL_CHARS)
    if len(values) and max(map(len, values)) > longest:
        too_long = present & (cells.str.len() > longest)
        problems += _bad_rows(source, cells, too_long, name,
                              lambda v: f"at most {longest} characters (this cell has {len(v)})")
    if "pattern" in c and not all(map(re.compile(c["pattern"]).fullmatch, values)):
        bad = present & ~formula & ~cells.str.fullmatch(c["pattern"])
        problems += _bad_rows(source, cells, bad, name, _described(f, f"text matching {c['pattern']}"))
    return (cells if present.all() else cells.where(present, None)).astype(TEXT)


def _required_unless(f: dict[str, Any], raw: pd.DataFrame) -> pd.Series:
    """Rows where an empty cell is allowed by the field's ``x-requiredUnless`` rule."""
    rule = f.get("x-requiredUnless")
    allowed = pd.Series(rule is not None, index=raw.index)
    for column, value in (rule or {}).items():
        if column in raw:
            allowed &= _stripped(raw[column]) == value
    return allowed


def _stripped(column: pd.Series) -> pd.Series:
    """``column.str.strip()``, but the column itself, not a copy, when no cell has spaces to strip."""
    values = column.to_numpy(dtype=object)
    stripped = list(map(str.strip, values))
    if stripped == values.tolist():  # quick: strip returns the very same string when nothing changes
        return column
    return pd.Series(stripped, index=column.index, dtype=column.dtype)


def _check_column(source: _Source, f: dict[str, Any], raw: pd.DataFrame, problems: list[Problem]) -> pd.Series:
    """Check every cell of the column of field ``f`` and return it typed; problems go to ``problems``."""
    name = f["name"]
    column = raw[name]
    cells = _stripped(column)
    if cells is not column:
        _note_stripped(source, name, cells, column)
    present = pd.Series(cells.to_numpy(dtype=object) != "", index=cells.index)
    c = f.get("constraints", {})
    if (c.get("required") or "x-requiredUnless" in f) and not present.all():
        missing = ~present & ~_required_unless(f, raw)
        problems += _bad_rows(source, cells, missing, name, "a value (this column may not be empty)")
    typed = _convert(source, f, cells, present, problems)
    if c.get("unique"):
        dup = present & cells.duplicated(keep="first")
        if dup.any():
            repeated = cells[present & cells.isin(set(cells[dup]))]  # only the values that repeat
            first = repeated[~repeated.duplicated(keep="first")]
            first_rows = dict(zip(first.tolist(), first.index.tolist(), strict=True))
            problems += _bad_rows(
                source, cells, dup, name,
                lambda v: f"a unique {name} (already used on line {source.line_of(first_rows[v])})")
    return typed


def _note_stripped(source: _Source, name: str, cells: pd.Series, raw: pd.Series) -> None:
    changed = (cells.to_numpy(dtype=object) != raw.to_numpy(dtype=object)).nonzero()[0]
    lines = ", ".join(str(source.line_of(int(cells.index[r]))) for r in changed[:5])
    source.notes.append(f"{len(changed)} cell(s) of column {name!r} had spaces before or after the value, "
                        f"which were removed: line {lines}{', ...' if len(changed) > 5 else ''}")


class _Distinct(_Source):
    """The distinct values of a column checked as a column of their own: a problem's "line" is the
    value's position among them, mapped back to the rows that hold it by :func:`_check_distinct`."""

    def line_of(self, row: int) -> int:
        return row


def _check_distinct(source: _Source, f: dict[str, Any], raw: pd.DataFrame,
                    problems: list[Problem]) -> pd.Series | None:
    """The typed column of field ``f`` when its values repeat, else None; problems go to ``problems``.

    Most columns repeat a few values (vocabularies, dates, yes/no), so each distinct value is
    checked once, by the same code as a whole column, and the typed values are then copied to
    their rows; a problem found on a value is reported on every row that holds it, with its line,
    in the order the whole column would give. Checks that compare rows (unique values, a cell
    required unless another column says otherwise) and spaces to strip (a note lists their lines)
    need the whole column: None.
    """
    c = f.get("constraints", {})
    if c.get("unique") or (f.get("type", "string") == "string" and not {"enum", "pattern"} & c.keys()):
        return None  # free text rarely repeats, and is checked about as quickly cell by cell
    column = raw[f["name"]]
    codes, distinct = pd.factorize(column.to_numpy(dtype=object))
    if len(distinct) > len(column) // 2:
        return None
    if "x-requiredUnless" in f and "" in distinct:
        return None
    found: list[Problem] = []
    small = pd.DataFrame({f["name"]: pd.Series(distinct, dtype=column.dtype)})
    scratch = _Distinct(source.name, "", source.sep, [])
    typed = _check_column(scratch, f, small, found)
    if scratch.notes:  # spaces were stripped: the whole column says on which lines
        return None
    if found:
        by_value: dict[int, list[Problem]] = {}
        for problem in found:  # in the order the checks found them
            by_value.setdefault(problem.line, []).append(problem)
        rows = np.flatnonzero(np.isin(codes, list(by_value)))
        for row, code in zip(rows.tolist(), codes[rows].tolist(), strict=True):
            line = source.line_of(int(column.index[row]))
            problems += [Problem(p.file, line, p.column, p.value, p.expected, p.place) for p in by_value[code]]
    return pd.Series(typed.array.take(codes), index=column.index)


def _check_rows(source: _Source, table: str, raw: pd.DataFrame,
                schema: DataPackage) -> tuple[pd.DataFrame, list[Problem]]:
    problems: list[Problem] = []
    typed = {}
    for f in schema.fields(table):
        column = _check_distinct(source, f, raw, problems)
        typed[f["name"]] = column if column is not None else _check_column(source, f, raw, problems)
    frame = pd.DataFrame(typed, index=raw.index, copy=False)
    if {"date", "date_precision"} <= set(frame.columns):
        problems += _check_precision(source, frame, raw)
    problems.sort(key=lambda p: (p.line or 0))
    return frame, problems


def _check_precision(source: _Source, frame: pd.DataFrame, raw: pd.DataFrame) -> list[Problem]:
    dates, precision = frame["date"], frame["date_precision"]
    first = {"month": dates.dt.is_month_start, "quarter": dates.dt.is_quarter_start, "year": dates.dt.is_year_start}
    period_text = {"month": "the first day of its month", "quarter": "the first day of its quarter (01-01, "
                   "04-01, 07-01 or 10-01)", "year": "the first day of its year (YYYY-01-01)"}
    problems = []
    for level, ok in first.items():
        bad = (precision == level) & dates.notna() & ~ok
        if bad.any():
            problems += _bad_rows(source, _stripped(raw["date"]), bad, "date",
                                  f"{period_text[level]}, because date_precision is {level!r} "
                                  f"(or set date_precision to 'day')")
    return problems


# ---------------------------------------------------------------------------------------------
# Public entry points


def _guess_table(path: Path, header: list[str], schema: DataPackage) -> str:
    stem = path.stem.lower()
    for name in schema.table_names():
        if stem == name or stem.startswith(name) or stem.endswith(name):
            return name
    scores = {name: len(set(header) & {f["name"] for f in schema.fields(name)}) for name in schema.table_names()}
    best = max(scores, key=lambda n: scores[n])
    if scores[best] >= 3:
        return best
    raise DataError([Problem(path.name, 1, None, None,
                             f"a file named after its table ({', '.join(n + '.csv' for n in schema.table_names())}), "
                             "or pass table='events' (for example) to say which table it is")])


def _drop_spreadsheet_padding(raw: pd.DataFrame, source: _Source) -> pd.DataFrame:
    """Without the empty columns and rows a spreadsheet adds around a table (``;;;``), with a note.

    Only columns with no header and no value, and rows with no value at all, are dropped; the rows
    keep their numbers, so problems still name the right line.
    """
    unnamed = [c for c in raw.columns if str(c).startswith("Unnamed: ")]
    empty_columns = [c for c in unnamed if (raw[c].str.strip() == "").all()]
    if empty_columns:
        raw = raw.drop(columns=empty_columns)
        source.notes.append(f"{len(empty_columns)} empty column(s) without a header were ignored "
                            "(a spreadsheet adds them after the last column)")
    if raw.empty or not len(raw.columns):
        return raw
    candidates = raw.index[raw.iloc[:, 0].to_numpy(dtype=object) == ""]  # quick: most rows are not empty
    if len(candidates):
        subset = raw.loc[candidates]
        blank = candidates[(subset.apply(lambda column: column.str.strip()) == "").all(axis=1).to_numpy()]
        if len(blank):
            raw = raw.drop(index=blank)
            lines = ", ".join(str(source.line_of(int(r))) for r in blank[:5]) + (", ..." if len(blank) > 5 else "")
            source.notes.append(f"{len(blank)} empty row(s) (only separators) were ignored: line {lines}")
    return raw


def _known_table(table: str, name: str, schema: DataPackage) -> None:
    if table not in schema.table_names():
        close = difflib.get_close_matches(table, schema.table_names(), n=1)
        tip = f" (did you mean {close[0]!r}?)" if close else ""
        raise DataError([Problem(name, None, None, table,
                                 f"the name of a table: {', '.join(schema.table_names())}{tip}")])


def _read(path: str | Path, table: str | None,
          schema: DataPackage) -> tuple[_Source, str, pd.DataFrame, list[Problem]]:
    path = Path(path)
    if table is not None:
        _known_table(table, path.name, schema)  # before the file is read: a wrong name is the first thing to fix
    source = _open(path)
    raw = _drop_spreadsheet_padding(_frame(source), source)
    table = table or _guess_table(path, [str(c) for c in raw.columns], schema)
    header_problems = _check_header(raw, table, source.name, schema)
    if header_problems:
        return source, table, raw, header_problems
    if raw.empty:
        return source, table, raw, [Problem(source.name, None, None, None,
                                            "at least one data row under the header (the file has only a header)")]
    return source, table, raw, []


def validate(path: str | Path, table: str | None = None, *, schema: DataPackage | None = None) -> Report:
    """Check a CSV file against its table's schema and report every problem at once.

    ``table`` is guessed from the file name (``events.csv``, ``my_events.csv``) or its columns.
    ``schema`` is the package whose tables it may hold: the lesson data unless given (see
    :func:`lessons_lib.descriptor.read_package` for a teacher's own ``datapackage.json``).
    References between tables are checked by :func:`validate_package`, not here, so that a
    teacher's events file for another case need not use this package's actors.

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "votes.csv"
    >>> header = ",".join(f["name"] for f in fields("votes"))
    >>> _ = bad.write_text(header + "\\nv1,2024-13-40,day,house,HR 1,352,-65,e1,Src,http://x.org,high,court_record,\\n")
    >>> print(validate(bad))
    2 problems in votes.csv:
      - line 2, column 'date': found '2024-13-40'; expected a real date written YYYY-MM-DD, e.g. 2020-08-06
      - line 2, column 'nays': found '-65'; expected a number of at least 0 (values cannot be negative)
    """
    return _validated(path, table, schema or shipped())[0]


def _validated(path: str | Path, table: str | None,
               schema: DataPackage) -> tuple[Report, pd.DataFrame | None, _Source | None]:
    """The report on ``path``, and when it has no problem the typed table (its index: the rows'
    numbers in the file) and the source that maps them to lines."""
    try:
        source, table, raw, problems = _read(path, table, schema)
    except DataError as err:
        return Report(Path(path).name, table or "?", 0, err.problems), None, None
    frame = None
    if not problems:
        frame, problems = _check_rows(source, table, raw, schema)
    source.cells = None  # the untyped cells are not kept with the source (validate_package keeps it)
    report = Report(source.name, table, len(raw), problems, source.notes)
    return report, (None if problems else frame), source


def read_checked(path: str | Path, table: str,
                 schema: DataPackage | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The typed table in ``path`` and the notes on how it was read; raises :class:`DataError`."""
    schema = schema or shipped()
    source, table, raw, problems = _read(path, table, schema)
    if problems:
        raise DataError(problems)
    frame, problems = _check_rows(source, table, raw, schema)
    if problems:
        raise DataError(problems)
    if not frame.index.equals(pd.RangeIndex(len(frame))):  # empty rows were dropped: number rows 0..n-1 again
        frame = frame.reset_index(drop=True)
    return frame, source.notes


def validate_package(folder: str | Path | None = None) -> list[Report]:
    """Validate every table of a data package and the references between them.

    ``folder`` holds a ``datapackage.json`` (a teacher's own package, as lesson 09 builds one): it
    is read and checked first, and its tables are checked against its own schema. Without a
    folder, the lesson data is checked. A descriptor with problems gives one report, of them.

    >>> [r.ok for r in validate_package()]
    [True, True, True, True, True, True, True, True]
    """
    from .descriptor import read_package

    try:
        schema = read_package(folder) if folder is not None else shipped()
    except DataError as err:
        return [Report(err.problems[0].file, "package", 0, err.problems)]
    reports, frames, sources = [], {}, {}
    for name in schema.table_names():
        report, frame, source = _validated(schema.path(name), name, schema)  # each table read once
        reports.append(report)
        if frame is not None:
            frames[name], sources[name] = frame, source
    references = Report("references between tables", "package", 0)
    for name, frame in frames.items():
        references.problems += _check_references(name, frame, frames, schema, sources[name])
    reports.append(references)
    return reports


def _check_references(name: str, frame: pd.DataFrame, frames: dict[str, pd.DataFrame],
                      schema: DataPackage, source: _Source) -> list[Problem]:
    """Problems for ids of ``frame`` not found in the tables they refer to, on the lines ``source``
    gives their rows (the frame's index: each row's number in the file, blank rows dropped)."""
    resource = schema.resource
    links = []
    for f in schema.fields(name):
        ref = f.get("x-references")
        if ref:
            links.append((f["name"], ref["resource"], ref["field"], ref.get("separator")))
    for key in resource(name)["schema"].get("foreignKeys", []):
        links.append((key["fields"], key["reference"]["resource"], key["reference"]["fields"], None))
    problems = []
    file = resource(name)["path"]
    for column, target, target_field, separator in links:
        if target not in frames:
            continue
        known = set(frames[target][target_field].dropna())
        for row, cell in frame[column].items():
            if pd.isna(cell):
                continue
            for item in (str(cell).split(separator) if separator else [str(cell)]):
                if item not in known:
                    problems.append(Problem(file, source.line_of(int(row)), column, item,
                                            f"an id listed in {resource(target)['path']} (column {target_field!r})"))
    return problems
