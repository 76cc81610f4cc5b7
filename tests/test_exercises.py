"""Exercises judge the learner's own answer: never a solution's, never "Correct" for no answer.

- the learner's edition holds no runnable solution and shows "not answered yet" under every check;
- the teacher's edition runs every solution, and every solution passes its own check (nbval
  re-runs both editions and compares these outputs);
- a wrong value put into every exercise is refused by every check, in a real kernel;
- the answer key and the lessons name the same exercises, and a check never prints its expected value.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
from nbclient import NotebookClient

from lessons_lib import check
from lessons_lib.answer_key import KEY

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SOURCES = sorted((NOTEBOOKS / "src").glob("[0-9][0-9]-*.py"))
LEARNER = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
TEACHER = sorted((NOTEBOOKS / "teacher").glob("[0-9][0-9]-*.ipynb"))
WITH_EXERCISES = [p for p in LEARNER if not p.stem.startswith("00")]
CHECK_CALL = re.compile(r'check\(answer, exercise="(\d\d\.\d)"')
NOT_ANSWERED = "○ Not answered yet: write your code in the cell above so that it sets `answer`, run that cell, " \
               "then run this one."


def cells(path: Path, tag: str) -> list[dict]:
    return [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if tag in c["metadata"].get("tags", [])]


def printed(cell: dict) -> str:
    return "".join("".join(o.get("text", "")) for o in cell.get("outputs", [])).strip()


def test_both_editions_exist_for_every_lesson():
    assert [p.name for p in TEACHER] == [p.name for p in LEARNER] == [f"{s.stem}.ipynb" for s in SOURCES]


def test_lessons_and_answer_key_name_the_same_exercises():
    named = []
    for source in SOURCES:
        found = CHECK_CALL.findall(source.read_text(encoding="utf-8"))
        assert all(ex.startswith(source.stem[:2]) for ex in found), f"{source.name} checks {found}"
        named += found
    assert sorted(named) == sorted(KEY), "each exercise of the key is checked once, in its own lesson"


@pytest.mark.parametrize("path", WITH_EXERCISES, ids=[p.stem for p in WITH_EXERCISES])
def test_learner_edition_holds_solutions_as_text_only(path):
    solutions = cells(path, "solution")
    assert len(solutions) >= 2
    for cell in solutions:
        assert cell["cell_type"] == "markdown", "a solution in the learner's edition must not be runnable"
        source = "".join(cell["source"])
        assert source.startswith("<details>\n<summary>Show a solution") and source.endswith("</details>")
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        assert "jupyter" not in cell["metadata"], "nothing is hidden by folding: a folded cell still shows a line"


@pytest.mark.parametrize("path", WITH_EXERCISES, ids=[p.stem for p in WITH_EXERCISES])
def test_learner_edition_says_not_answered_under_every_check(path):
    checks = cells(path, "check")
    assert len(checks) >= 2
    assert [printed(c) for c in checks] == [NOT_ANSWERED] * len(checks)
    text = path.read_text(encoding="utf-8")
    assert "✓ Correct" not in text and "✓ Exact" not in text


@pytest.mark.parametrize("path", TEACHER[1:], ids=[p.stem for p in TEACHER[1:]])
def test_teacher_edition_passes_every_check(path):
    checks = cells(path, "check")
    assert [printed(c) for c in checks] == ["✓ Correct."] * len(checks)
    assert all(c["cell_type"] == "code" and c["outputs"] for c in cells(path, "solution"))


# --- a wrong value in every exercise, in a real kernel --------------------------------------------

PERTURB = '''
def _perturb(value):
    """A plausible wrong answer: off by a little, one item short, the other truth value."""
    import numbers
    import pandas as pd
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return not value
    if isinstance(value, numbers.Real):
        return value + max(1, abs(value) / 2)
    if isinstance(value, pd.Timestamp):
        return value + pd.Timedelta(days=1)
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value.iloc[:-1]
    if isinstance(value, list):
        return value[:-1] if len(value) > 1 else [*value, "?"]
    raise TypeError(f"no wrong value for {type(value).__name__}")
'''


@pytest.mark.slow
@pytest.mark.parametrize("path", TEACHER[1:], ids=[p.stem for p in TEACHER[1:]])
def test_every_check_refuses_a_wrong_value(path, tmp_path, monkeypatch):
    nb = nbformat.read(path, as_version=4)
    # what is asserted is printed text: charts are not drawn into PNGs (nbval has run the lesson as it is shown)
    runs = [nbformat.v4.new_code_cell('get_ipython().display_formatter.active_types = ["text/plain"]'),
            nbformat.v4.new_code_cell(PERTURB)]
    for cell in nb.cells:
        runs.append(cell)
        if "solution" in cell.metadata.get("tags", []):
            runs.append(nbformat.v4.new_code_cell("answer = _perturb(answer)"))
    last_check = max(i for i, c in enumerate(runs) if "check" in c.metadata.get("tags", []))
    nb.cells = runs[: last_check + 1]  # the cells after the last check (the quiz...) prove nothing here
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path))
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    verdicts = [printed(c) for c in nb.cells if "check" in c.metadata.get("tags", [])]
    assert len(verdicts) >= 2
    for verdict in verdicts:
        assert verdict.startswith("✗ Not yet:") and "Hint:" in verdict, verdict


# --- the check itself ------------------------------------------------------------------------------

def test_a_hard_coded_true_does_not_pass_when_the_file_is_still_wrong(tmp_path, capsys):
    bad = tmp_path / "events.csv"
    rows = pd.read_csv(ROOT / "data" / "events.csv", dtype=str, keep_default_na=False).head(2)
    rows.loc[0, "category"] = "corporation"  # not one of the allowed categories
    rows.to_csv(bad, index=False)
    check(True, exercise="09.2", inputs={"path": bad})
    assert capsys.readouterr().out.strip() == (
        "✗ Not yet: the file at `path` still has 1 problem: print lessons_lib.validate(path) and fix it.")


@pytest.mark.parametrize("exercise", sorted(set(KEY) - {"04.3", "09.1", "09.2"}))
def test_a_refusal_never_prints_the_expected_value(exercise, capsys):
    expected = KEY[exercise].expected()
    wrong = {int: lambda v: v + 7, float: lambda v: v * 3 + 7}.get(type(expected), lambda v: "a wrong guess")
    check(wrong(expected), exercise=exercise, lang="fr")
    out = capsys.readouterr().out
    assert out.startswith("✗ Pas encore\u00a0:") and "Indice\u00a0:" in out, out
    if isinstance(expected, int | float | pd.Timestamp):
        shown = f"{expected:g}" if isinstance(expected, float) else str(expected)[:10]
        assert shown not in out


@pytest.mark.parametrize(("answer", "expected", "verdict"), [
    ("15", 15, "✗ Not yet: expected a number, got text ('15')."),       # text is not a number
    (True, 1, "✗ Not yet: expected a number, got a truth value (True)."),  # a truth value is not a count
    (1, True, "✗ Not yet: expected True or False, got a value of type int."),
    (float("nan"), 3.0, "✗ Not yet: nan is not the expected value."),
    (10**400, 3, "✗ Not yet: your int is not the expected value."),     # too big for a float: no OverflowError
    ([2, 1], [1, 2], "✗ Not yet: your list is not the expected value."),  # order matters
    (3, [1, 2], "✗ Not yet: expected a list, got a value of type int."),
    (np.array([1, 2]), [1, 2], "✓ Correct."),                             # what .unique() gives
    (pd.Series([1, 2]), [1, 2], "✓ Correct."),
    (pd.DataFrame({"a": [1, 2]}), [1, 2], "✗ Not yet: expected a list, got a value of type DataFrame."),
    (dt.date(2020, 11, 12), pd.Timestamp("2020-11-12"), "✓ Correct."),   # a datetime.date is a date
    (np.datetime64("2020-11-12"), pd.Timestamp("2020-11-12"), "✓ Correct."),
    (pd.Timestamp("2020-11-12", tz="UTC"), pd.Timestamp("2020-11-12"),
     "✗ Not yet: 2020-11-12 00:00:00+00:00 is not the expected value."),
    (pd.Series([pd.Timestamp("2020-11-12")]), pd.Timestamp("2020-11-12"),
     "✗ Not yet: expected a date, got a Series (take one value from it, for example with .iloc[0])."),
    ("2020-11-12", pd.Timestamp("2020-11-12"), "✗ Not yet: expected a date, got text ('2020-11-12')."),
    (pd.Series([1, 2], index=[5, 6]), pd.Series([1, 2]), "✓ Correct."),  # the index is ignored
    (pd.Timestamp("2020-11-12"), pd.Timestamp("2020-11-12"), "✓ Correct."),
])
def test_check_compares_like_with_like(answer, expected, verdict, capsys):
    check(answer, expected, lang="en")
    assert capsys.readouterr().out.strip() == verdict


def test_check_names_a_missing_input_and_an_unknown_exercise():
    with pytest.raises(ValueError, match=r"exercise 09\.1 needs inputs=\{'path': path\}"):
        check([], exercise="09.1")
    with pytest.raises(ValueError, match=r"no exercise '99\.9' in the answer key"):
        check(1, exercise="99.9")
    with pytest.raises(TypeError, match=r"either exercise=\.\.\. or the expected value"):
        check(1)


def _normalised(code: str) -> str:
    return re.sub(r"\s+", "", code)


@pytest.mark.parametrize("path", TEACHER[1:], ids=[p.stem for p in TEACHER[1:]])
def test_no_later_cell_recomputes_a_solution(path):
    """The lesson after an exercise must not show its answer's computation in a cell of its own."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    shown = "\n".join(_normalised("".join(c["source"])) for c in nb["cells"]
                      if c["cell_type"] == "code" and "solution" not in c["metadata"].get("tags", []))
    for cell in cells(path, "solution"):
        for line in "".join(cell["source"]).splitlines():
            if line.strip().startswith("answer ="):
                computed = _normalised(line.split("=", 1)[1])
                assert len(computed) < 16 or computed not in shown, f"{path.stem}: a cell repeats {line.strip()!r}"


def test_exercise_04_3_takes_the_lessons_counts_of_the_categorical_column(capsys):
    from lessons_lib import load_events

    events = load_events()
    data_story = events[events["category"].isin(["regulation", "export_control", "investment_screening",
                                                 "diplomacy"])]
    window = data_story[(data_story["date"] >= "2020-06-01") & (data_story["date"] <= "2026-02-28")]
    counts = window["category"].value_counts()
    check(counts[counts > 0], exercise="04.3", inputs={"data_story": data_story}, lang="en")
    assert capsys.readouterr().out.strip() == "✓ Correct."
    check(counts, exercise="04.3", inputs={"data_story": data_story}, lang="en")  # with the empty categories
    assert capsys.readouterr().out.strip().startswith("✗ Not yet:")


@pytest.mark.parametrize(("answer", "expected", "verdict"), [
    ("15", 15, "✗ Pas encore\u00a0: il faut un nombre\u202f; votre réponse est du texte ('15')."),
    (pd.Series([pd.Timestamp("2020-11-12")]), pd.Timestamp("2020-11-12"),
     "✗ Pas encore\u00a0: il faut une date\u202f; votre réponse est un objet Series (prenez-en une valeur, "
     "par exemple avec .iloc[0])."),
    (3, [1, 2], "✗ Pas encore\u00a0: il faut une liste\u202f; votre réponse est une valeur de type int."),
])
def test_a_refusal_of_the_wrong_kind_reads_in_french(answer, expected, verdict, capsys):
    check(answer, expected, lang="fr")
    assert capsys.readouterr().out.strip() == verdict
