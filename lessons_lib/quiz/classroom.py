"""The teacher's side of the results: collect a class's files, and see how the class did per question.

Collecting only reads (no lock, no write access needed), so it works on files a teacher may only
read, while learners go on answering. The same answer found twice (a file collected twice, or a
learner's file and the CSV they exported from it) is counted once.

>>> found = collect([sample_class()])
>>> len(found.records), len(found.learners), found.duplicates
(50, 8, 0)
>>> report = class_report(found.records)
>>> report.loc[0, ["question", "learners", "right_first_try", "right_eventually"]].to_dict()
{'question': 'q1-article-users', 'learners': 8, 'right_first_try': 5, 'right_eventually': 7}
>>> report.loc[0, "common_wrong"]
"'2 billion' (3 learners), '1.5 billion' (1)"
>>> print(class_report(found.records, lang="fr").loc[0, "common_wrong"].replace("\u00a0", "~"))
«~2 billion~» (3 élèves), «~1.5 billion~» (1)
"""

from __future__ import annotations

import secrets
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lessons_lib.i18n import expand_home, gettext, ngettext, os_error_reason

from .results import FIELDS, LEGACY_FILE, SUFFIX, ResultsError, outcomes, read_results, write_csv, write_csv_file

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["REPORT_COLUMNS", "Collected", "class_report", "collect", "not_yet_right", "pseudonymise", "sample_class"]

REPORT_COLUMNS = ["lesson", "question", "learners", "right_first_try", "right_eventually", "not_yet_right",
                  "common_wrong"]


def sample_class() -> Path:
    """A small made-up class (8 learners, lesson 00) shipped with the package, to try the dashboard.

    >>> sorted(p.name for p in sample_class().iterdir())[:2]
    ['results-ada.jsonl', 'results-ben.jsonl']
    """
    return Path(__file__).resolve().parent / "sample_class"


@dataclass
class Collected:
    """A class's answers gathered from many files: the answers (oldest first), the files read,
    how many duplicates were dropped, and a sentence per problem (a file unreadable, a line skipped)."""

    records: list[dict[str, Any]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def learners(self) -> list[str]:
        """The learners found, sorted."""
        return sorted({str(r.get("learner", "")) for r in self.records})

    def table(self) -> pd.DataFrame:
        """The answers as a DataFrame, one row per answer, columns :data:`FIELDS`."""
        import pandas as pd

        return pd.DataFrame(self.records, columns=list(FIELDS))

    def write_csv(self, target: Any) -> int:
        """Write the answers as CSV (formula-safe; see ``results.write_csv``); returns the row count."""
        if isinstance(target, (str, Path)):
            return write_csv_file(target, self.records)
        return write_csv(target, self.records)


def _files(path: Path) -> list[Path]:
    """The results files under ``path``: itself if a file; in a folder (at any depth), every
    ``results-*.jsonl`` and old ``results.json`` (damaged copies set aside are left out)."""
    if not path.is_dir():
        return [path]
    found = [p for p in path.rglob(f"results-*{SUFFIX}") if ".corrupt-" not in p.name]
    found += list(path.rglob(LEGACY_FILE))
    return sorted(found)


def _key(record: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(record.get(k, "")) for k in ("learner", "lesson", "question", "attempt", "timestamp",
                                                   "answer", "correct"))


def collect(paths: Iterable[str | Path], *, lesson: str | None = None,
            pseudonymous: bool = False, lang: str | None = None) -> Collected:
    """Read every results file under ``paths`` (files or folders), without a lock and without
    writing; drop duplicate answers; keep going past a file that cannot be read and say why (in ``lang``,
    default: the current language).

    With ``pseudonymous`` the learners' names are replaced as by :func:`pseudonymise`.
    """
    result = Collected()
    seen: set[tuple[str, ...]] = set()
    for given in paths:
        try:
            given = expand_home(given)
        except ValueError as err:
            result.problems.append(str(err))
            continue
        if not given.exists():
            result.problems.append(gettext("{path}: no such file or folder", lang).format(path=given))
            continue
        for path in _files(given):
            try:
                found = read_results(path)
            except ResultsError as err:
                result.problems.append(str(err))
                continue
            except OSError as err:
                result.problems.append(gettext("{path}: cannot be read ({why})", lang).format(
                    path=path, why=os_error_reason(err, path, lang=lang)))
                continue
            result.files.append(path)
            result.problems.extend(found.problems)
            for record in found.records:
                if lesson is not None and record.get("lesson") != lesson:
                    continue
                key = _key(record)
                if key in seen:
                    result.duplicates += 1
                    continue
                seen.add(key)
                result.records.append({k: record.get(k, "") for k in FIELDS})
    result.records.sort(key=lambda r: (str(r.get("timestamp", "")), str(r.get("learner", ""))))
    if pseudonymous:
        result.records = pseudonymise(result.records)
    return result


def pseudonymise(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same answers with each learner's name replaced by ``learner-01``, ``learner-02``…, numbered
    in a random order drawn afresh each time (so the numbers reveal neither names nor their order).

    >>> rows = pseudonymise([{"learner": "ada"}, {"learner": "ben"}, {"learner": "ada"}])
    >>> sorted({r["learner"] for r in rows}), rows[0]["learner"] == rows[2]["learner"]
    (['learner-01', 'learner-02'], True)
    """
    names = sorted({str(r.get("learner", "")) for r in records}, key=lambda _n: secrets.token_bytes(8))
    width = max(2, len(str(len(names))))
    alias = {name: f"learner-{n:0{width}d}" for n, name in enumerate(names, 1)}
    return [{**r, "learner": alias[str(r.get("learner", ""))]} for r in records]


def _norm(answer: Any) -> str:
    return " ".join(str(answer).split())


def class_report(records: Iterable[dict[str, Any]], *, top: int = 3, lang: str | None = None) -> pd.DataFrame:
    """Per question: learners who tried it, right at the first try (no hint), right eventually (at any
    try, first included), not yet right, and the most common wrong answers (with how many learners
    gave each; answers compared with spaces tidied, and case kept), written in ``lang`` (default: the
    current language).

    >>> rows = [{"learner": "a", "lesson": "00", "question": "q1", "correct": False, "attempt": 1,
    ...          "answer": "2 billion"},
    ...         {"learner": "a", "lesson": "00", "question": "q1", "correct": True, "attempt": 2, "answer": "1B"},
    ...         {"learner": "b", "lesson": "00", "question": "q1", "correct": True, "attempt": 1, "answer": "1B"}]
    >>> class_report(rows).to_dict("records")[0]  # doctest: +NORMALIZE_WHITESPACE
    {'lesson': '00', 'question': 'q1', 'learners': 2, 'right_first_try': 1, 'right_eventually': 2,
     'not_yet_right': 0, 'common_wrong': "'2 billion' (1 learner)"}
    """
    import pandas as pd

    records = list(records)
    state = outcomes(records)
    wrong: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in records:
        if not r.get("correct") and _norm(r.get("answer", "")):
            wrong[(str(r.get("lesson", "")), str(r.get("question", "")))][_norm(r["answer"])].add(
                str(r.get("learner", "")))
    per_question: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (_learner, les, q), outcome in state.items():
        per_question[(les, q)][outcome] += 1
    rows = []
    for (les, q), counts in sorted(per_question.items()):
        given = sorted(wrong[(les, q)].items(), key=lambda item: (-len(item[1]), item[0]))[:top]
        common = ", ".join(_wrong_answer(answer, len(who), first=n == 0, lang=lang)
                           for n, (answer, who) in enumerate(given))
        rows.append({
            "lesson": les, "question": q, "learners": sum(counts.values()),
            "right_first_try": counts["right_first_try"],
            "right_eventually": counts["right_first_try"] + counts["right_later"],
            "not_yet_right": counts["not_yet_right"], "common_wrong": common,
        })
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)


def _wrong_answer(answer: str, learners: int, *, first: bool, lang: str | None) -> str:
    """A wrong answer quoted, with how many learners gave it (the first of a list says "learners").

    >>> _wrong_answer("2 billion", 2, first=True, lang="en"), _wrong_answer("2", 3, first=False, lang="en")
    ("'2 billion' (2 learners)", "'2' (3)")
    >>> print(_wrong_answer("2 billion", 1, first=True, lang="fr").replace("\u00a0", "~"))
    «~2 billion~» (1 élève)
    """
    if first:
        # TRANSLATORS: a wrong answer of the class report, quoted, and how many learners gave it
        said = ngettext("'{answer}' ({n} learner)", "'{answer}' ({n} learners)", learners, lang)
    else:
        # TRANSLATORS: the next wrong answers of the class report, quoted, with their number of learners
        said = gettext("'{answer}' ({n})", lang)
    return said.format(answer=answer, n=learners)


def not_yet_right(records: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Who may need help: each learner's questions tried but not yet answered right, with the number
    of tries and the last answer given, by learner then question.

    >>> not_yet_right(collect([sample_class()]).records).values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['dylan', '00-start-here', 'q1-article-users', 2, '1.5 billion'],
     ['dylan', '00-start-here', 'q2-july-mau', 1, '1 billion']]
    """
    import pandas as pd

    records = list(records)
    last: dict[tuple[str, str, str], dict[str, Any]] = {}
    tries: Counter[tuple[str, str, str]] = Counter()
    for r in records:
        key = (str(r.get("learner", "")), str(r.get("lesson", "")), str(r.get("question", "")))
        last[key] = r
        tries[key] += 1
    rows = [{"learner": k[0], "lesson": k[1], "question": k[2], "tries": tries[k], "last_answer": last[k].get("answer")}
            for k, state in sorted(outcomes(records).items()) if state == "not_yet_right"]
    return pd.DataFrame(rows, columns=["learner", "lesson", "question", "tries", "last_answer"])
