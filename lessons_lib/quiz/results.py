"""Keep each answer a learner gives, in one JSON file outside the notebooks.

The file is ``results.json`` in the user's data folder (``platformdirs``), or in the folder named
by the ``TECHGEO_RESULTS_DIR`` environment variable (for a class hub). Each write takes a file
lock, writes a temporary file and swaps it in with ``os.replace``: two kernels can write at once,
and a kernel killed mid-write leaves the previous file whole. A file that cannot be read is moved
aside (``results.corrupt-….json``) with a warning, never silently dropped.

>>> import tempfile
>>> store = ResultsStore(Path(tempfile.mkdtemp()) / "results.json")
>>> store.record("00-start-here", "q1-article-users", correct=False, score=0, answer="2 billion")["attempt"]
1
>>> store.record("00-start-here", "q1-article-users", correct=True, score=1, answer="1 milliard")["attempt"]
2
>>> store.summary()[["lesson", "right_first_try", "right_later", "not_yet_right"]].to_dict("records")
[{'lesson': '00-start-here', 'right_first_try': 0, 'right_later': 1, 'not_yet_right': 0}]
"""

from __future__ import annotations

import csv
import getpass
import json
import os
import uuid
import warnings
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from lessons_lib.i18n import resolve

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ENV_VAR", "FIELDS", "ResultsStore", "default_store", "results_path"]

ENV_VAR = "TECHGEO_RESULTS_DIR"
FILE_NAME = "results.json"
FORMAT_VERSION = 1
LOCK_TIMEOUT_SECONDS = 15
MAX_ANSWER_CHARS = 200
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


def results_path() -> Path:
    """Where answers are kept: ``$TECHGEO_RESULTS_DIR/results.json`` or the user's data folder."""
    folder = os.environ.get(ENV_VAR, "").strip()
    if not folder:
        import platformdirs

        folder = platformdirs.user_data_dir("techgeo-lessons", appauthor=False)
    return Path(folder).expanduser() / FILE_NAME


def _learner() -> str:
    try:
        return os.environ.get("TECHGEO_LEARNER") or getpass.getuser()
    except Exception:  # no user name on some hubs and containers
        return ""


class ResultsStore:
    """The answers file: record, read, summarise, review, reset and export."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else results_path()

    # -- low level ----------------------------------------------------------------------------
    def _lock(self) -> Any:
        from filelock import FileLock

        self.path.parent.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_SECONDS)

    def _read(self) -> list[dict[str, Any]]:
        """The records on disk; a damaged file is moved aside (call with the lock held)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        try:
            data = json.loads(text)
            answers = data["answers"]
            if not isinstance(answers, list) or not all(isinstance(a, dict) for a in answers):
                raise ValueError("'answers' is not a list of records")
            return answers
        except (ValueError, KeyError, TypeError) as err:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
            aside = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}-{os.getpid()}.json")
            os.replace(self.path, aside)
            warnings.warn(
                f"the results file {self.path} could not be read ({err}); it was moved to "
                f"{aside} and a new one started",
                UserWarning,
                stacklevel=3,
            )
            return []

    def _write(self, answers: list[dict[str, Any]]) -> None:
        """Replace the file atomically (call with the lock held)."""
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a writer that was killed; we hold the lock
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
        payload = json.dumps({"version": FORMAT_VERSION, "answers": answers}, ensure_ascii=False, indent=1)
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path)

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
        """Add one answer; returns the record as saved (``attempt`` counts this learner's tries)."""
        learner = _learner()
        entry: dict[str, Any] = {
            "lesson": str(lesson),
            "question": str(question),
            "attempt": 0,
            "correct": bool(correct),
            "score": round(float(score), 4),
            "answer": str(answer)[:MAX_ANSWER_CHARS],
            "hints_used": int(hints_used),
            "language": resolve(language),
            "learner": learner,
            "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        with self._lock():
            answers = self._read()
            entry["attempt"] = 1 + sum(
                1
                for a in answers
                if a.get("lesson") == entry["lesson"]
                and a.get("question") == entry["question"]
                and a.get("learner") == learner
            )
            answers.append(entry)
            self._write(answers)
        return entry

    def records(self, lesson: str | None = None) -> list[dict[str, Any]]:
        """Every answer kept, oldest first (only those of ``lesson`` if given)."""
        with self._lock():
            answers = self._read()
        return [a for a in answers if lesson is None or a.get("lesson") == lesson]

    def table(self, lesson: str | None = None) -> pd.DataFrame:
        """The answers as a DataFrame, one row per answer, columns :data:`FIELDS`."""
        import pandas as pd

        return pd.DataFrame(self.records(lesson), columns=list(FIELDS))

    def summary(self, lesson: str | None = None) -> pd.DataFrame:
        """Per lesson: questions tried, right at the first try (no hint), right later, not yet right."""
        import pandas as pd

        outcome: dict[tuple[str, str, str], str] = {}
        for a in self.records(lesson):
            key = (a.get("lesson", ""), a.get("learner", ""), a.get("question", ""))
            if outcome.get(key, "").startswith("right"):
                continue
            if a.get("correct"):
                first = a.get("attempt") == 1 and not a.get("hints_used")
                outcome[key] = "right_first_try" if first else "right_later"
            else:
                outcome[key] = "not_yet_right"
        rows: dict[str, dict[str, Any]] = {}
        for (les, _learner_name, _q), state in outcome.items():
            row = rows.setdefault(
                les,
                {
                    "lesson": les,
                    "questions_tried": 0,
                    "right_first_try": 0,
                    "right_later": 0,
                    "not_yet_right": 0,
                },
            )
            row["questions_tried"] += 1
            row[state] += 1
        columns = ["lesson", "questions_tried", "right_first_try", "right_later", "not_yet_right"]
        return pd.DataFrame([rows[k] for k in sorted(rows)], columns=columns)

    def wrong_answers(self, lesson: str | None = None) -> pd.DataFrame:
        """Questions not yet answered right, with the number of tries and the last answer given."""
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
        """Forget the answers (of ``lesson`` only, if given); returns how many were removed."""
        with self._lock():
            answers = self._read()
            kept = [a for a in answers if lesson is not None and a.get("lesson") != lesson]
            self._write(kept)
        return len(answers) - len(kept)

    def export_csv(self, target: str | Path | IO[str], lesson: str | None = None) -> int:
        """Write every answer as CSV (UTF-8, a header row, columns :data:`FIELDS`); returns the row count."""
        answers = self.records(lesson)
        if isinstance(target, (str, Path)):
            with open(target, "w", encoding="utf-8", newline="") as handle:
                _write_csv(handle, answers)
        else:
            _write_csv(target, answers)
        return len(answers)


def _write_csv(handle: IO[str], answers: Iterable[dict[str, Any]]) -> None:
    writer = csv.DictWriter(handle, fieldnames=list(FIELDS), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for a in answers:
        writer.writerow(a)


def default_store() -> ResultsStore:
    """The store at :func:`results_path` (read each time, so a changed environment variable counts)."""
    return ResultsStore()
