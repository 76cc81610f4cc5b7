"""The results store: atomic, locked, safe when two kernels write at once or one is killed mid-write."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
import warnings

import pytest

from lessons_lib.quiz.results import ResultsStore, results_path


@pytest.fixture
def store(tmp_path):
    return ResultsStore(tmp_path / "results.json")


def test_env_var_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path / "class"))
    assert results_path() == tmp_path / "class" / "results.json"
    monkeypatch.delenv("TECHGEO_RESULTS_DIR")
    assert results_path().name == "results.json" and "techgeo-lessons" in str(results_path())


def test_record_summary_review_reset_export(store, tmp_path):
    store.record("01", "q1", correct=True, score=1, answer="a")
    store.record("01", "q2", correct=False, score=0, answer="b")
    store.record("01", "q2", correct=True, score=1, answer="c", hints_used=1)
    store.record("01", "q3", correct=False, score=0.5, answer="d")
    store.record("02", "q1", correct=True, score=1, answer="e", hints_used=1, language="fr")
    summary = store.summary().set_index("lesson")
    assert summary.loc["01"].to_dict() == {
        "questions_tried": 3,
        "right_first_try": 1,
        "right_later": 1,
        "not_yet_right": 1,
    }
    assert summary.loc["02", "right_later"] == 1  # right at the first try, but after a hint
    wrong = store.wrong_answers()
    assert wrong[["lesson", "question", "last_answer"]].values.tolist() == [["01", "q3", "d"]]
    out = tmp_path / "export.csv"
    assert store.export_csv(out) == 5
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "lesson,question,attempt,correct,score,answer,hints_used,language,learner,timestamp"
    assert lines[3].startswith("01,q2,2,True,1.0,c,1,en,")
    assert store.reset("02") == 1 and store.reset() == 4 and store.records() == []


def test_huge_and_unicode_answers_are_kept_short_and_intact(store):
    store.record("01", "q1", correct=False, score=0, answer="é😀<script>" + "x" * 10_000)
    kept = store.records()[0]["answer"]
    assert kept.startswith("é😀<script>") and len(kept) == 200


def test_corrupted_file_is_moved_aside_with_a_warning(store):
    store.record("01", "q1", correct=True, score=1)
    store.path.write_text("{not json", encoding="utf-8")
    with pytest.warns(UserWarning, match="could not be read .* it was moved to .*corrupt"):
        store.record("01", "q2", correct=True, score=1)
    aside = list(store.path.parent.glob("results.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"
    assert [r["question"] for r in store.records()] == ["q2"]


def test_wrong_shape_counts_as_corrupted(store):
    store.path.write_text('{"answers": 3}', encoding="utf-8")
    with pytest.warns(UserWarning, match="moved to"):
        assert store.records() == []


def _write_many(path: str, lesson: str, count: int) -> None:
    store = ResultsStore(path)
    for n in range(count):
        store.record(lesson, f"q{n}", correct=n % 2 == 0, score=1, answer=str(n))


def test_two_processes_writing_at_once_lose_nothing(store):
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_write_many, args=(str(store.path), lesson, 40)) for lesson in ("A", "B")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    records = store.records()
    assert len(records) == 80
    for lesson in ("A", "B"):
        assert sorted(r["answer"] for r in records if r["lesson"] == lesson) == sorted(
            str(n) for n in range(40)
        )


WRITER = """
import sys
from lessons_lib.quiz.results import ResultsStore
store = ResultsStore(sys.argv[1])
n = 0
while True:
    store.record(sys.argv[2], f"q{n}", correct=True, score=1, answer=str(n))
    print(n, flush=True)  # printed only once the record is safely on disk
    n += 1
"""


def test_a_writer_killed_mid_write_loses_nothing_it_reported(store):
    """Kill a writer with SIGKILL at a different moment in each round: the file stays valid JSON and
    holds every record the writer reported as written."""
    for round_ in range(6):
        lesson = f"K{round_}"
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store.path), lesson], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        reported = []
        while len(reported) < 3 + 2 * round_:
            line = proc.stdout.readline()
            assert line, "the writer stopped by itself"
            reported.append(line.strip())
        time.sleep(0.002 * round_)  # kill it somewhere in the middle of a later write
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate()
        reported += rest.split()
        data = json.loads(store.path.read_text(encoding="utf-8"))  # valid JSON, never half written
        kept = {r["answer"] for r in data["answers"] if r["lesson"] == lesson}
        assert set(reported) <= kept, f"round {round_}: lost {set(reported) - kept}"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing needed moving aside
        assert len(store.records()) >= sum(3 + 2 * r for r in range(6))
    assert not list(store.path.parent.glob("results.corrupt-*"))


def test_cli_results_export_and_summary(tmp_path, monkeypatch, capsys):
    from lessons_lib.cli import main

    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path))
    assert main(["results", "summary"]) == 0
    assert "No answers kept yet." in capsys.readouterr().out
    ResultsStore().record("00-start-here", "q1-article-users", correct=True, score=1, answer="1 milliard")
    out = tmp_path / "out.csv"
    assert main(["results", "export", "--output", str(out)]) == 0
    assert "1 milliard" in out.read_text(encoding="utf-8")
    assert main(["results", "summary"]) == 0
    assert "00-start-here" in capsys.readouterr().out
    assert main(["results", "reset", "--yes"]) == 0
    assert "1 answers removed." in capsys.readouterr().out
