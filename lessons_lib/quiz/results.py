"""Keep each answer a learner gives: one private, append-only file per learner, outside the notebooks.

Each answer is one line of JSON appended to ``results-<learner>.jsonl`` in the folder that
:func:`results_dir` decides (the user's data folder, or ``$TECHGEO_RESULTS_DIR`` on a class hub).
Appending costs the same at the 10,000th answer as at the first (nothing is rewritten), a kernel
killed mid-answer can only lose that answer (the next start moves the damaged file aside, keeps
every readable answer and says so), and reading needs neither a lock nor write access, so a
teacher can collect files she may only read. A new file is created readable by its owner only
(0600, in a folder made 0700); in a setgid class folder, whose group is the teachers' (see
``docs/deployment.md``), it is 0640 so that group can read it, and no learner can read another's.
``docs/design.md`` says why JSON lines and not SQLite.

>>> import tempfile
>>> store = ResultsStore(Path(tempfile.mkdtemp()) / "results-ada.jsonl", learner="ada")
>>> store.record("00-start-here", "q1-article-users", correct=False, score=0, answer="2 billion")["attempt"]
1
>>> store.record("00-start-here", "q1-article-users", correct=True, score=1, answer="1 milliard")["attempt"]
2
>>> store.summary()[["lesson", "right_first_try", "right_later", "not_yet_right"]].to_dict("records")
[{'lesson': '00-start-here', 'right_first_try': 0, 'right_later': 1, 'not_yet_right': 0}]
>>> oct(store.path.stat().st_mode & 0o777)
'0o600'
"""

from __future__ import annotations

import csv
import getpass
import json
import math
import os
import re
import stat
import uuid
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from lessons_lib.i18n import N_, describe_os_error, expand_home, gettext, ngettext, os_error_reason, resolve

from .errors import show
from .model import MAX_ANSWER_CHARS  # one limit: what grading reads is what is kept

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ENV_VAR",
    "FIELDS",
    "ResultsError",
    "ResultsStore",
    "csv_safe",
    "learner_name",
    "outcomes",
    "read_results",
    "results_dir",
    "results_path",
    "write_csv",
]

ENV_VAR = "TECHGEO_RESULTS_DIR"
LEARNER_VAR = "TECHGEO_LEARNER"
LEGACY_FILE = "results.json"  # the format before December 2026: one JSON document, rewritten per answer
SUFFIX = ".jsonl"
LOCK_TIMEOUT_SECONDS = 5
MAX_FILE_BYTES = 256 * 2**20  # reading a results file is bounded: ~1 million answers
FIELDS = (
    "lesson",
    "question",
    "attempt",
    "correct",
    "score",
    "answer",
    "hints_used",
    "language",
    "learner",
    "timestamp",
)
# OWASP "CSV injection": a cell starting with one of these is a formula to a spreadsheet
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ResultsError(ValueError):
    """A results setting or file the store cannot use; the message says what to change."""


# ---------------------------------------------------------------------------------------------
# Where


def results_dir() -> Path:
    """The folder that holds the answers: ``$TECHGEO_RESULTS_DIR`` (``~`` expanded), else the user's
    data folder. The store and ``techgeo-lessons check`` both ask this function.

    >>> import os
    >>> os.environ["TECHGEO_RESULTS_DIR"] = "~/class-results"
    >>> results_dir() == Path.home() / "class-results"
    True
    >>> os.environ["TECHGEO_RESULTS_DIR"] = "   "
    >>> results_dir()  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    lessons_lib.quiz.results.ResultsError: TECHGEO_RESULTS_DIR is blank ('   '): unset it to use your ...
    >>> del os.environ["TECHGEO_RESULTS_DIR"]
    """
    raw = os.environ.get(ENV_VAR, "")
    if raw == "":  # unset, or set to nothing as in `TECHGEO_RESULTS_DIR= command`
        import platformdirs

        return Path(platformdirs.user_data_dir("techgeo-lessons", appauthor=False))
    if not raw.strip():
        raise ResultsError(gettext("{var} is blank ({raw}): unset it to use your data folder, or give a folder, "
                                   "e.g. export {var}=$HOME/techgeo-results").format(var=ENV_VAR, raw=repr(raw)))
    folder = Path(os.path.expanduser(raw.strip()))
    if str(folder).startswith("~"):
        raise ResultsError(gettext("{var}={raw} names the home folder of a user that does not exist; give the "
                                   "folder in full, e.g. /home/NAME/techgeo-results").format(
                                       var=ENV_VAR, raw=repr(raw)))
    return _usable_folder(folder.absolute(), raw)


def _usable_folder(folder: Path, raw: str) -> Path:
    """``folder`` when it is a folder or can become one; a :class:`ResultsError` naming what is in the way
    (a file, a loop of links, a name too long) otherwise."""
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return folder  # made when the first answer is kept
    except OSError as err:
        raise ResultsError(gettext("{var}={raw}: {problem}").format(
            var=ENV_VAR, raw=repr(raw), problem=os_error_reason(err, folder))) from None
    if not stat.S_ISDIR(info.st_mode):
        raise ResultsError(gettext("{var}={raw} is a file, not a folder: give a folder for the answers, e.g. export "
                                   "{var}=$HOME/techgeo-results").format(var=ENV_VAR, raw=repr(raw)))
    return folder


def learner_name() -> str:
    """Who is answering: ``$TECHGEO_LEARNER``, else the login name (on a hub, the hub user).

    >>> import os
    >>> os.environ["TECHGEO_LEARNER"] = "learner-07"
    >>> learner_name()
    'learner-07'
    >>> del os.environ["TECHGEO_LEARNER"]
    """
    try:
        # spaces around a name (or a blank value) are a slip: " ann " is ann, not a second learner
        return os.environ.get(LEARNER_VAR, "").strip() or getpass.getuser()
    except Exception:  # no user name on some hubs and containers
        return ""


def _file_name(learner: str) -> str:
    """``results-<learner>.jsonl``, the name made safe for any file system.

    >>> _file_name("jupyter-ada"), _file_name("Zoé L./x"), _file_name("")
    ('results-jupyter-ada.jsonl', 'results-Zo__L._x.jsonl', 'results-learner.jsonl')
    """
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", learner).strip(".") or "learner"
    return f"results-{safe[:100]}{SUFFIX}"


def results_path(learner: str | None = None) -> Path:
    """The file of ``learner`` (default: :func:`learner_name`) in :func:`results_dir`."""
    return results_dir() / _file_name(learner_name() if learner is None else learner)


# ---------------------------------------------------------------------------------------------
# Reading (no lock, no write)


@dataclass
class ReadResult:
    """What one results file held: the answers, and a sentence per problem met while reading."""

    path: Path
    records: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    bad_lines: int = 0
    size: int = 0


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _name(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _whole(least: int) -> Any:
    return lambda value: isinstance(value, int) and not isinstance(value, bool) and value >= least


def _share(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and 0 <= value <= 1


# What each field of an answer must hold, and how the problem reads; a field may be absent (older files).
_FIELD_RULES: dict[str, tuple[Any, str]] = {
    "lesson": (_name, N_("the name of a lesson")),
    "question": (_name, N_("the id of a question")),
    "correct": (lambda v: isinstance(v, bool), N_("true or false (without quotes)")),
    "attempt": (_whole(1), N_("a whole number of 1 or more")),
    "score": (_share, N_("a number from 0 to 1")),
    "hints_used": (_whole(0), N_("a whole number of 0 or more")),
    "answer": (_text, N_("text")),
    "language": (_text, N_("text")),
    "learner": (_text, N_("text")),
    "timestamp": (_text, N_("text")),
}
_REQUIRED = ("lesson", "question")


def _record_problem(record: Any) -> str | None:
    """What is wrong with ``record`` as an answer the quizzes wrote, or None when nothing is.

    >>> _record_problem({"lesson": "00", "question": "q1", "correct": "false"})
    "correct is 'false'; expected true or false (without quotes)"
    >>> _record_problem({"lesson": "00", "question": "q1", "correct": True}) is None
    True
    """
    if not isinstance(record, dict):
        return None if record is None else gettext("found {value}; expected an answer {{...}}").format(
            value=show(record))
    if _as_written(record):  # the quizzes' own lines: one quick test, so that a class's files read fast
        return None
    for name in _REQUIRED:
        if name not in record:
            return gettext("{field} is missing").format(field=name)
    for name, (rule, expected) in _FIELD_RULES.items():
        if name in record and not rule(record[name]):
            return gettext("{field} is {value}; expected {expected}").format(
                field=name, value=show(record[name]), expected=gettext(expected))
    return None


def _as_written(r: dict[str, Any]) -> bool:
    """Whether ``r`` has every field as :meth:`ResultsStore.record` writes it (what :data:`_FIELD_RULES` checks,
    in one expression: reading a million answers must stay quick)."""
    lesson, question, score = r.get("lesson"), r.get("question"), r.get("score", 0)
    attempt, hints = r.get("attempt", 1), r.get("hints_used", 0)
    return (type(lesson) is str and type(question) is str and bool(lesson.strip()) and bool(question.strip())
            and type(r.get("correct", False)) is bool and type(attempt) is int and attempt >= 1
            and type(hints) is int and hints >= 0 and type(score) in (int, float) and 0 <= score <= 1
            and type(r.get("answer", "")) is str and type(r.get("language", "")) is str
            and type(r.get("learner", "")) is str and type(r.get("timestamp", "")) is str)


def _valid(record: Any) -> bool:
    return record is not None and _record_problem(record) is None


def _no_constant(name: str) -> Any:
    """JSON's NaN and Infinity are not numbers an answer holds: read them as text, which the checks refuse."""
    return name


_DECODER = json.JSONDecoder(parse_constant=_no_constant)  # made once: json.loads(..., parse_constant=) makes one a line


def _parse_lines(data: bytes, path: Path, first_line: int = 1) -> ReadResult:
    result = ReadResult(path, size=len(data))
    lines = data.split(b"\n")
    tail = lines.pop()  # b"" when the data ends with a newline, else an unfinished last line
    for number, line in enumerate(lines, first_line):
        if not line.strip():
            continue
        try:
            record = _DECODER.decode(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: "[[[[..." thousands deep
            record = None
        problem = _record_problem(record) if record is not None else None
        if record is not None and problem is None:
            result.records.append(record)
            continue
        result.bad_lines += 1
        if result.bad_lines <= 3:
            result.problems.append(gettext("line {number} of {path}: {problem}").format(
                number=number, path=path, problem=problem) if problem else gettext(
                "line {number} of {path} is not an answer the quizzes wrote (a damaged file, or an answer cut "
                "off when a kernel stopped)").format(number=number, path=path))
    if tail.strip():
        result.bad_lines += 1
        result.problems.append(gettext("the last line of {path} is unfinished (an answer cut off when a kernel or "
                                       "server stopped while saving it)").format(path=path))
    if result.bad_lines > 3:
        result.problems.append(gettext("{count} unreadable lines in {path} in all").format(count=result.bad_lines,
                                                                                             path=path))
    return result


def _legacy_records(data: bytes, path: Path) -> ReadResult:
    """Answers from a ``results.json`` of the earlier format (``{"version": 1, "answers": [...]}``)."""
    result = ReadResult(path, size=len(data))
    try:
        answers = json.loads(data.decode("utf-8"))["answers"]
        if not isinstance(answers, list):
            raise TypeError("'answers' is not a list")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError) as err:
        why = (gettext("it is not UTF-8 text") if isinstance(err, UnicodeDecodeError)
               else gettext("it nests lists or blocks thousands deep") if isinstance(err, RecursionError)
               else f"{type(err).__name__}: {err}")
        result.bad_lines = 1
        result.problems.append(gettext("{path} could not be read as a results file ({why})").format(path=path, why=why))
        return result
    problems = [(n, _record_problem(a) if a is not None else "None") for n, a in enumerate(answers, 1)]
    result.records = [a for a, (_n, problem) in zip(answers, problems, strict=True) if problem is None]
    bad = [(n, problem) for n, problem in problems if problem is not None]
    if bad:
        result.problems.append(ngettext("{count} entry of {path} is not an answer (entry {n}: {problem})",
                                        "{count} entries of {path} are not answers (first, entry {n}: {problem})",
                                        len(bad)).format(count=len(bad), path=path, n=bad[0][0], problem=bad[0][1]))
    return result


def _csv_records(data: bytes, path: Path) -> ReadResult:
    """Answers from a CSV that ``results export`` or ``results collect`` wrote."""
    import io

    result = ReadResult(path, size=len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.bad_lines = 1
        result.problems.append(gettext("{path} is not UTF-8 text; export it again with techgeo-lessons results "
                                       "export").format(path=path))
        return result
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [f for f in ("lesson", "question", "correct") if f not in (reader.fieldnames or [])]
    if missing:
        result.bad_lines = 1
        result.problems.append(gettext("{path} has no column {columns}: it is not a results export").format(
            path=path, columns=", ".join(missing)))
        return result
    for row in reader:
        record = _csv_record({k: _csv_unsafe(row.get(k) or "") for k in FIELDS})
        problem = _record_problem(record)
        if problem is None:
            result.records.append(record)
            continue
        result.bad_lines += 1
        result.problems.append(gettext("line {number} of {path}: {problem}").format(
            number=reader.line_num, path=path, problem=problem))
    return result


def _csv_record(row: dict[str, str]) -> dict[str, Any]:
    """A CSV row's cells as the answer's types (a cell that is not one is kept as written, for the checks to name).

    >>> _csv_record({"attempt": "2", "score": "0.5", "correct": "TRUE", "hints_used": ""})
    {'attempt': 2, 'score': 0.5, 'correct': True, 'hints_used': 0}
    """
    record: dict[str, Any] = dict(row)
    for name, kind in (("attempt", int), ("hints_used", int), ("score", float)):
        try:
            record[name] = kind(row.get(name) or (1 if name == "attempt" else 0))
        except ValueError:
            pass
    flag = str(row.get("correct", "")).strip().lower()
    record["correct"] = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False,
                         "": False}.get(flag, row.get("correct"))
    return record


def read_results(path: str | Path) -> ReadResult:
    """Read one results file without a lock and without writing anything: a learner's
    ``results-*.jsonl``, an old ``results.json`` or a CSV from ``results export``.

    Lines that cannot be read are skipped and named in ``problems``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "results-ada.jsonl").write_text('{"lesson": "00", "question": "q1"}\\n{"less')
    >>> found = read_results(folder / "results-ada.jsonl")
    >>> len(found.records), found.problems[0].startswith("the last line of")
    (1, True)
    """
    path = Path(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the open
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would never end
            raise ResultsError(gettext("{path} is not a regular file, so it cannot hold results").format(path=path))
        if info.st_size > MAX_FILE_BYTES:
            raise ResultsError(gettext("{path} is {size} MiB; a results file is at most {limit} MiB (about a million "
                                       "answers): is it the right file?").format(
                path=path, size=f"{info.st_size / 2**20:.0f}", limit=MAX_FILE_BYTES // 2**20))
        data = handle.read(MAX_FILE_BYTES + 1)
    if path.suffix.lower() == ".csv":
        return _csv_records(data, path)
    if path.suffix.lower() == ".json":
        return _legacy_records(data, path)
    return _parse_lines(data, path)


# ---------------------------------------------------------------------------------------------
# Outcomes: one definition, used by a learner's summary and by the class report


def outcomes(records: Iterable[dict[str, Any]]) -> dict[tuple[str, str, str], str]:
    """Per (learner, lesson, question): ``right_first_try`` (right at attempt 1 without a hint),
    ``right_later`` or ``not_yet_right``, taking the answers in the order given.

    >>> outcomes([{"learner": "a", "lesson": "00", "question": "q1", "correct": False, "attempt": 1},
    ...           {"learner": "a", "lesson": "00", "question": "q1", "correct": True, "attempt": 2}])
    {('a', '00', 'q1'): 'right_later'}
    """
    state: dict[tuple[str, str, str], str] = {}
    for a in records:
        key = (str(a.get("learner", "")), str(a.get("lesson", "")), str(a.get("question", "")))
        if state.get(key, "").startswith("right"):
            continue
        if a.get("correct"):
            first = a.get("attempt") == 1 and not a.get("hints_used")
            state[key] = "right_first_try" if first else "right_later"
        else:
            state[key] = "not_yet_right"
    return state


# ---------------------------------------------------------------------------------------------
# CSV for spreadsheets


def csv_safe(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP's CSV-injection advice):
    text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``.

    >>> csv_safe('=HYPERLINK("http://x","click")'), csv_safe("-2+3"), csv_safe("1 milliard"), csv_safe(2)
    ('\\'=HYPERLINK("http://x","click")', "'-2+3", '1 milliard', 2)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_unsafe(value: str) -> str:
    """Undo :func:`csv_safe` when reading an export back."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_START) else value


@contextmanager
def _writing(path: str | Path) -> Iterator[None]:
    """Within the block, an :class:`OSError` (a full disk, a folder where a file is wanted...) becomes a
    :class:`ResultsError` that names ``path`` and says why, in the current language."""
    try:
        yield
    except (ResultsError, TimeoutError):  # a lock held by another kernel is waited for, not a failure
        raise
    except OSError as err:
        raise ResultsError(describe_os_error(err, path, writing=True)) from None


def write_csv_file(path: str | Path, records: Iterable[dict[str, Any]]) -> int:
    """Write answers as CSV into the file ``path`` (see :func:`write_csv`); a :class:`ResultsError` that
    names the file and the reason when it cannot be written."""
    with _writing(path), open(path, "w", encoding="utf-8", newline="") as handle:
        return write_csv(handle, records)


def write_csv(handle: IO[str], records: Iterable[dict[str, Any]]) -> int:
    """Write answers as CSV (UTF-8, a header row, columns :data:`FIELDS`, RFC 4180 line ends so a
    carriage return inside an answer is quoted); returns the number of rows.

    >>> import io
    >>> out = io.StringIO()
    >>> write_csv(out, [{"lesson": "00", "answer": "=1+1", "learner": "@me"}])
    1
    >>> out.getvalue().splitlines()[1]
    "00,,,,,'=1+1,,,'@me,"
    """
    writer = csv.DictWriter(handle, fieldnames=list(FIELDS), extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({k: csv_safe(record.get(k, "")) for k in FIELDS})
        count += 1
    return count


# ---------------------------------------------------------------------------------------------
# The learner's store


def _clean_text(value: Any) -> str:
    """Text that UTF-8 can hold (a lone surrogate becomes ``?``), at most :data:`MAX_ANSWER_CHARS`."""
    return str(value).encode("utf-8", "replace").decode("utf-8")[:MAX_ANSWER_CHARS]


def _setgid(folder: Path) -> bool:
    try:
        return bool(folder.stat().st_mode & stat.S_ISGID)
    except OSError:
        return False


def _file_mode(folder: Path) -> int:
    """0600; 0640 in a setgid folder, whose group (the teachers', when the hub made it so) new files take."""
    return 0o640 if _setgid(folder) else 0o600


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")


class ResultsStore:
    """One learner's answers file: record, read, summarise, review, reset and export.

    ``path`` is the file (default :func:`results_path`), or a folder (an existing one, or a name with
    no suffix), meaning the learner's file inside it.
    An old-style ``….json`` path means its ``….jsonl`` successor, and a ``results.json`` found
    beside the file is moved into the new format once, so no answer is lost on upgrade.
    ``learner`` (default :func:`learner_name`) is whose answers ``summary``, ``wrong_answers``,
    ``reset`` and ``export_csv`` see, when a file holds several learners' answers.
    """

    def __init__(self, path: str | Path | None = None, learner: str | None = None):
        # as a record keeps it (cut, valid UTF-8), so that the records written are the ones this store finds
        self.learner = _clean_text(learner_name() if learner is None else learner)
        self._problem: ResultsError | None = None
        if path is None:
            try:
                target = results_dir() / _file_name(self.learner)
            except ResultsError as err:  # said when an answer is saved or read, so a quiz still shows
                self._problem, target = err, Path()
        else:
            target = expand_home(path)
            if target.is_dir() or not target.suffix:  # a folder: the learner's file in it
                target = target / _file_name(self.learner)
            elif target.suffix == ".json":
                target = target.with_suffix(SUFFIX)
        self._path = target
        self._offset = 0          # bytes of the file already counted in self._attempts
        self._inode: int | None = None
        self._attempts: Counter[tuple[str, str, str]] = Counter()
        self._migrated = False

    @property
    def path(self) -> Path:
        """The learner's file (raises :class:`ResultsError` when ``TECHGEO_RESULTS_DIR`` cannot be used)."""
        if self._problem is not None:
            raise self._problem
        return self._path

    # -- low level ----------------------------------------------------------------------------
    def _ensure_folder(self) -> None:
        """Make the folder if needed: 0700, or 2750 inside a setgid class folder (the group can read)."""
        folder = self.path.parent
        if not folder.is_dir():
            mode = 0o2750 if _setgid(folder.parent) else 0o700
            with _writing(folder):
                folder.mkdir(parents=True, exist_ok=True)
                os.chmod(folder, mode)  # exactly this mode, whatever the umask

    def _lock(self) -> Any:
        from filelock import FileLock

        return FileLock(str(self.path.parent / f".{self.path.name}.lock"), timeout=LOCK_TIMEOUT_SECONDS,
                        mode=0o600)

    def _append(self, lines: Iterable[dict[str, Any]]) -> None:
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines).encode("utf-8")
        if not data:
            return
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        created = not self.path.exists()
        mode = _file_mode(self.path.parent)
        with _writing(self.path):
            fd = os.open(self.path, flags, mode)
        try:
            owner = os.fstat(fd).st_uid
            if owner != os.geteuid():  # in a shared folder, never write into a file someone else made
                raise ResultsError(gettext("{path} belongs to another user (uid {owner}), so your answers cannot be "
                                           "kept there; ask your teacher to remove it").format(
                    path=self.path, owner=owner))
            if created:
                os.fchmod(fd, mode)  # exactly this mode, whatever the umask
            before = os.fstat(fd).st_size
            with _writing(self.path):
                try:
                    view = memoryview(data)
                    while view:
                        view = view[os.write(fd, view):]
                    os.fsync(fd)
                except OSError:  # a full disk: never leave half an answer behind
                    os.ftruncate(fd, before)
                    raise
        finally:
            os.close(fd)

    def _rewrite(self, records: list[dict[str, Any]]) -> None:
        """Replace the file with ``records`` atomically (hold the lock)."""
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
        mode = _file_mode(self.path.parent)
        with _writing(self.path):
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            os.fchmod(fd, mode)
            with _writing(self.path), os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        self._offset, self._inode = 0, None
        self._attempts.clear()

    def _set_aside(self, found: ReadResult) -> None:
        """Move a damaged file aside, start again with every answer it still holds, and say so."""
        aside = self.path.with_name(f"{self.path.stem}.corrupt-{_stamp()}-{os.getpid()}{self.path.suffix}")
        os.replace(self.path, aside)
        try:
            self._rewrite(found.records)
        except BaseException:  # a full disk: the damaged file, with every answer, is better than none
            os.replace(aside, self.path)
            raise
        warnings.warn(gettext("{problem}; the file was moved to {aside} and its {count} readable answers kept in "
                              "{path}").format(problem=found.problems[0], aside=aside, count=len(found.records),
                                               path=self.path), UserWarning, stacklevel=4)

    def _migrate(self) -> None:
        """Bring a ``results.json`` of the earlier format into this learner's file, once."""
        self._migrated = True
        legacy = self.path.with_name(LEGACY_FILE)
        if self.path.name == LEGACY_FILE or not legacy.is_file():
            return
        claimed = legacy.with_name(f"{LEGACY_FILE}.migrating-{os.getpid()}")
        try:
            os.rename(legacy, claimed)  # only one process wins this, the others find nothing to do
        except OSError:
            return
        with open(claimed, "rb") as handle:
            found = _legacy_records(handle.read(), legacy)
        if found.problems and not found.records:
            aside = legacy.with_name(f"results.corrupt-{_stamp()}-{os.getpid()}.json")
            os.replace(claimed, aside)
            warnings.warn(gettext("{problem}; it was moved to {aside} and a new results file started at {path}").format(
                problem=found.problems[0], aside=aside, path=self.path), UserWarning, stacklevel=4)
            return
        by_learner: dict[str, list[dict[str, Any]]] = {}
        for record in found.records:
            by_learner.setdefault(str(record.get("learner") or self.learner), []).append(record)
        for name, records in by_learner.items():
            target = ResultsStore(self.path.with_name(_file_name(name)), learner=name)
            target._migrated = True
            target._append(records)
        os.replace(claimed, legacy.with_name(f"{LEGACY_FILE}.migrated-{_stamp()}"))

    def _prepare(self) -> None:
        """Create the folder, migrate an old file once, and repair a damaged file (hold the lock)."""
        if not self._migrated:
            self._migrate()
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self._offset, self._inode = 0, None
            self._attempts.clear()
            return
        if not stat.S_ISREG(st.st_mode):  # a link to /dev/zero would never end
            raise ResultsError(gettext("{path} is not a regular file, so it cannot hold results").format(
                path=self.path))
        if st.st_ino != self._inode or st.st_size < self._offset:  # replaced or cut: count it all again
            self._offset, self._inode = 0, st.st_ino
            self._attempts.clear()
        with open(self.path, "rb") as handle:
            handle.seek(self._offset)
            data = handle.read()
        found = _parse_lines(data, self.path)
        if found.bad_lines:
            everything = read_results(self.path)
            self._set_aside(everything)
            for r in everything.records:
                self._count(r)
            self._offset, self._inode = self.path.stat().st_size, self.path.stat().st_ino
            return
        for r in found.records:
            self._count(r)
        self._offset += len(data)

    def _owned(self) -> bool:
        try:
            return self.path.stat().st_uid == os.geteuid() and os.access(self.path.parent, os.W_OK)
        except OSError:
            return False

    def _count(self, record: dict[str, Any]) -> None:
        self._attempts[(str(record.get("learner", "")), record["lesson"], record["question"])] += 1

    # -- public -------------------------------------------------------------------------------
    def record(
        self,
        lesson: str,
        question: str,
        *,
        correct: bool,
        score: float,
        answer: str = "",
        hints_used: int = 0,
        language: str | None = None,
    ) -> dict[str, Any]:
        """Add one answer; returns the record as saved (``attempt`` counts this learner's tries).

        The answer is on disk (appended and flushed with ``fsync``) when this returns; a failure
        raises, so the quiz can say the answer was not saved.
        """
        from filelock import Timeout

        entry: dict[str, Any] = {
            "lesson": _clean_text(lesson),
            "question": _clean_text(question),
            "attempt": 0,
            "correct": bool(correct),
            "score": round(float(score), 4),
            "answer": _clean_text(answer),
            "hints_used": int(hints_used),
            "language": resolve(language),
            "learner": _clean_text(self.learner),
            "timestamp": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
        }
        problem = _record_problem({**entry, "attempt": 1})
        if problem:  # never write a line that reading would set aside as damaged (a NaN score, a blank lesson)
            raise ResultsError(gettext("this answer cannot be kept: {problem}").format(problem=problem))
        key = (entry["learner"], entry["lesson"], entry["question"])
        self._ensure_folder()
        lock = self._lock()
        try:
            with _writing(self.path):
                lock.acquire()
        except Timeout:  # another kernel holds the lock too long: the answer still goes in
            entry["attempt"] = self._attempts[key] + 1
            self._append([entry])
            self._count(entry)
            return entry
        try:
            self._prepare()
            entry["attempt"] = self._attempts[key] + 1
            self._append([entry])
            self._count(entry)
            self._offset = self.path.stat().st_size
        finally:
            lock.release()
        return entry

    def records(self, lesson: str | None = None, *, everyone: bool = False) -> list[dict[str, Any]]:
        """This learner's answers, oldest first (only those of ``lesson`` if given; every learner's in
        the file with ``everyone=True``). Reading takes no lock and writes nothing, except that a
        learner's own damaged file is repaired (moved aside, readable answers kept) when possible."""
        if not self.path.exists() and not self._migrated:
            legacy = self.path.with_name(LEGACY_FILE)
            if legacy.is_file() and os.access(legacy.parent, os.W_OK):
                self._ensure_folder()
                with self._lock():
                    self._prepare()
        try:
            found = read_results(self.path)
        except FileNotFoundError:
            return []
        if found.bad_lines and self._owned():  # repair only one's own file; others (a teacher) just read
            with self._lock():
                self._prepare()
            found = read_results(self.path)
        for problem in found.problems:
            warnings.warn(problem, UserWarning, stacklevel=2)
        return [a for a in found.records
                if (lesson is None or a.get("lesson") == lesson) and (everyone or a.get("learner") == self.learner)]

    def table(self, lesson: str | None = None) -> pd.DataFrame:
        """The answers as a DataFrame, one row per answer, columns :data:`FIELDS`."""
        import pandas as pd

        return pd.DataFrame(self.records(lesson), columns=list(FIELDS))

    def summary(self, lesson: str | None = None) -> pd.DataFrame:
        """Per lesson: questions tried, right at the first try (no hint), right later, not yet right."""
        import pandas as pd

        rows: dict[str, dict[str, Any]] = {}
        for (_learner, les, _q), state in outcomes(self.records(lesson)).items():
            row = rows.setdefault(les, {"lesson": les, "questions_tried": 0, "right_first_try": 0,
                                        "right_later": 0, "not_yet_right": 0})
            row["questions_tried"] += 1
            row[state] += 1
        columns = ["lesson", "questions_tried", "right_first_try", "right_later", "not_yet_right"]
        return pd.DataFrame([rows[k] for k in sorted(rows)], columns=columns)

    def wrong_answers(self, lesson: str | None = None) -> pd.DataFrame:
        """Questions this learner has not yet answered right, with the tries and the last answer given."""
        import pandas as pd

        last: dict[tuple[str, str], dict[str, Any]] = {}
        solved: set[tuple[str, str]] = set()
        for a in self.records(lesson):
            key = (a.get("lesson", ""), a.get("question", ""))
            if a.get("correct"):
                solved.add(key)
            last[key] = a
        rows = [
            {"lesson": k[0], "question": k[1], "attempts": v.get("attempt"), "last_answer": v.get("answer")}
            for k, v in sorted(last.items())
            if k not in solved
        ]
        return pd.DataFrame(rows, columns=["lesson", "question", "attempts", "last_answer"])

    def reset(self, lesson: str | None = None) -> int:
        """Forget this learner's answers (of ``lesson`` only, if given); returns how many were removed.
        Other learners' answers in the same file are kept."""
        if not self.path.exists():
            return 0
        with self._lock():
            self._prepare()
            everything = read_results(self.path).records

            def mine(a: dict[str, Any]) -> bool:
                return a.get("learner") == self.learner and (lesson is None or a.get("lesson") == lesson)

            kept = [a for a in everything if not mine(a)]
            self._rewrite(kept)
        return len(everything) - len(kept)

    def export_csv(self, target: str | Path | IO[str], lesson: str | None = None) -> int:
        """Write this learner's answers as CSV (see :func:`write_csv`); returns the row count."""
        answers = self.records(lesson)
        if isinstance(target, (str, Path)):
            return write_csv_file(target, answers)
        return write_csv(target, answers)
