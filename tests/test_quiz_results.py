"""The results store: one private append-only file per learner; nothing lost when many processes write,
when one is killed, when the file is damaged or the lock is busy; reading needs no lock; the teacher's
collect and class report; formula-safe CSV."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import re
import signal
import stat
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

from lessons_lib.quiz import results as results_module
from lessons_lib.quiz.classroom import class_report, collect, sample_class
from lessons_lib.quiz.results import ResultsError, ResultsStore, read_results, results_dir, results_path


@pytest.fixture
def store(tmp_path):
    return ResultsStore(tmp_path / "results-ada.jsonl", learner="ada")


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- where ------------------------------------------------------------------------------------------

def test_env_var_chooses_the_folder_and_the_file_is_the_learners(tmp_path, monkeypatch):
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path / "class"))
    monkeypatch.setenv("TECHGEO_LEARNER", "ada")
    assert results_path() == tmp_path / "class" / "results-ada.jsonl"
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", "~/class-results")
    assert results_dir() == Path.home() / "class-results"  # ~ expanded, never a folder named '~'
    monkeypatch.delenv("TECHGEO_RESULTS_DIR")
    assert results_path().name == "results-ada.jsonl" and "techgeo-lessons" in str(results_path())


@pytest.mark.parametrize("value, message", [
    ("   ", "TECHGEO_RESULTS_DIR is blank ('   '): unset it to use your data folder, or give a folder"),
    ("\t", "TECHGEO_RESULTS_DIR is blank ('\\t')"),
    ("~no-such-user-xyz/r", "names the home folder of a user that does not exist; give the folder in full"),
])
def test_a_results_folder_that_cannot_be_used_is_refused_by_name(value, message, monkeypatch, tmp_path):
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", value)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ResultsError) as caught:
        results_dir()
    assert message in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # no './   ' or './~' folder made


def test_check_and_the_store_use_the_same_folder(tmp_path, monkeypatch, capsys):
    from lessons_lib.course.environment import check_results_folder

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", "~/from-check")
    monkeypatch.chdir(tmp_path)
    result = check_results_folder()
    assert result.ok and str(tmp_path / "from-check") in result.label
    assert ResultsStore(learner="x").path.parent == tmp_path / "from-check"
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", "  ")
    bad = check_results_folder()
    assert not bad.ok and "TECHGEO_RESULTS_DIR is blank" in bad.label and "unset TECHGEO_RESULTS_DIR" in bad.fix


# -- one learner ------------------------------------------------------------------------------------

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
    assert lines[3].startswith("01,q2,2,True,1.0,c,1,en,ada,")
    assert store.reset("02") == 1 and store.reset() == 4 and store.records() == []


def test_the_file_is_private_and_its_folder_too(tmp_path):
    store = ResultsStore(tmp_path / "new" / "deeper" / "results-ada.jsonl", learner="ada")
    old = os.umask(0o022)  # Debian's default, which made results world-readable before
    try:
        store.record("00", "q1", correct=True, score=1)
    finally:
        os.umask(old)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_a_class_folder_made_setgid_for_the_teachers_group_gives_that_group_read_access(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    os.chmod(folder, 0o3773)  # setgid + sticky, as docs/deployment.md has the hub admin make it
    store = ResultsStore(folder, learner="ada")
    store.record("00", "q1", correct=True, score=1)
    assert store.path == folder / "results-ada.jsonl"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o640  # the folder's group (teachers) reads, no one else
    nested = ResultsStore(folder / "ben", learner="ben")
    nested.record("00", "q1", correct=True, score=1)
    assert stat.S_IMODE(nested.path.parent.stat().st_mode) == 0o2750


def test_a_file_someone_else_made_in_a_shared_folder_is_never_written_to(tmp_path, monkeypatch):
    store = ResultsStore(tmp_path, learner="ada")
    store.path.write_text("")
    monkeypatch.setattr(os, "geteuid", lambda: 12345)  # as if another unix user had made the file
    with pytest.raises(ResultsError, match=r"results-ada\.jsonl belongs to another user \(uid \d+\), so your "
                                           r"answers cannot be kept there; ask your teacher to remove it"):
        store.record("00", "q1", correct=True, score=1)


def test_huge_and_unicode_answers_are_kept_short_and_intact(store):
    store.record("01", "q1", correct=False, score=0, answer="é😀<script>" + "x" * 10_000)
    store.record("01", "q1", correct=False, score=0, answer="lone \udc80 surrogate")
    kept = [r["answer"] for r in store.records()]
    assert kept[0].startswith("é😀<script>") and len(kept[0]) == 200
    assert kept[1] == "lone ? surrogate"  # saved, with what UTF-8 cannot hold replaced


def test_each_answer_is_one_appended_line_and_earlier_lines_are_never_rewritten(store):
    store.record("01", "q1", correct=False, score=0, answer="first")
    before = store.path.read_bytes()
    store.record("01", "q1", correct=True, score=1, answer="second")
    after = store.path.read_bytes()
    assert after.startswith(before) and after.count(b"\n") == 2
    assert [r["attempt"] for r in lines_of(store.path)] == [1, 2]


# -- several learners in one file -------------------------------------------------------------------

def test_a_file_holding_several_learners_keeps_them_apart(tmp_path):
    path = tmp_path / "shared.jsonl"
    ada, ben = ResultsStore(path, learner="ada"), ResultsStore(path, learner="ben")
    ada.record("00", "q2", correct=False, score=0, answer="1 billion")
    ben.record("00", "q2", correct=True, score=1, answer="689 million")
    ben.record("00", "q3", correct=True, score=1, answer="About 1,500")
    assert ada.summary()["questions_tried"].tolist() == [1]
    # ada's wrong answer is hers to review, whatever ben answered
    assert ada.wrong_answers()[["question", "last_answer"]].values.tolist() == [["q2", "1 billion"]]
    assert ben.wrong_answers().empty
    assert ada.reset() == 1
    assert [r["learner"] for r in ada.records(everyone=True)] == ["ben", "ben"]
    assert ben.summary()["questions_tried"].tolist() == [2]


# -- damaged files, upgrades ------------------------------------------------------------------------

def test_a_damaged_line_moves_the_file_aside_keeps_every_readable_answer_and_says_so(store):
    store.record("01", "q1", correct=True, score=1, answer="kept")
    with open(store.path, "ab") as handle:
        handle.write(b"{not json\n")
    with pytest.warns(UserWarning, match=r"line 2 of .* is not an answer .*moved to .*corrupt.* its 1 readable"):
        store.record("01", "q2", correct=True, score=1, answer="after")
    aside = list(store.path.parent.glob("results-ada.corrupt-*.jsonl"))
    assert len(aside) == 1 and b"{not json" in aside[0].read_bytes()
    assert [r["answer"] for r in store.records()] == ["kept", "after"]


def test_a_french_learner_is_told_of_a_damaged_file_in_french(store):
    from lessons_lib.i18n import speaking

    store.record("01", "q1", correct=True, score=1, answer="kept")
    with open(store.path, "ab") as handle:
        handle.write(b"{not json\n")
    with speaking("fr"), pytest.warns(UserWarning) as said:
        store.record("01", "q2", correct=True, score=1, answer="after")
    message = str(said[0].message)
    assert message.startswith("la ligne 2 de ") and "n'est pas une réponse écrite par les quiz" in message
    assert "\u202f; le fichier a été déplacé vers " in message and "ses réponses lisibles (1) conservées" in message


ENCODINGS = {
    "cut mid-character": '{"lesson": "00", "question": "q1", "answer": "é"}\n'.encode()[:-4] + b"\n",
    "Latin-1": '{"lesson": "00", "question": "q1", "answer": "réponse"}\n'.encode("latin-1"),
    "UTF-16": '{"lesson": "00", "question": "q1", "answer": "x"}\n'.encode("utf-16"),
}


@pytest.mark.parametrize("name", ENCODINGS)
def test_a_file_that_is_not_utf8_is_moved_aside_and_named_and_later_answers_are_saved(name, store):
    store.path.write_bytes(ENCODINGS[name])
    with pytest.warns(UserWarning, match=r"moved to .*results-ada\.corrupt-\d{8}T\d{6}-\d+\.jsonl"):
        store.record("01", "q1", correct=True, score=1, answer="saved")
    for n in range(3):  # and every later answer too, without another warning
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            store.record("01", f"q{n + 2}", correct=True, score=1)
    assert len(store.records()) == 4


@pytest.mark.parametrize("name", ENCODINGS)
def test_the_cli_names_a_damaged_file_instead_of_a_codec_error(name, tmp_path, monkeypatch, capsys):
    from lessons_lib.cli import main

    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path))
    monkeypatch.setenv("TECHGEO_LEARNER", "ada")
    (tmp_path / "results-ada.jsonl").write_bytes(ENCODINGS[name])
    assert main(["results", "summary"]) == 0
    said = capsys.readouterr()
    assert "No answers kept yet." in said.out
    assert said.err.startswith("techgeo-lessons: warning: line 1 of ") and "the file was moved to " in said.err


def test_an_old_results_json_is_migrated_and_no_answer_is_lost(tmp_path):
    old = {"version": 1, "answers": [
        {"lesson": "00", "question": "q1", "attempt": 1, "correct": False, "score": 0, "answer": "2 billion",
         "hints_used": 0, "language": "en", "learner": "ada", "timestamp": "2026-11-01T10:00:00+00:00"},
        {"lesson": "00", "question": "q1", "attempt": 1, "correct": True, "score": 1, "answer": "1 billion",
         "hints_used": 0, "language": "en", "learner": "ben", "timestamp": "2026-11-01T10:00:05+00:00"},
    ]}
    (tmp_path / "results.json").write_text(json.dumps(old), encoding="utf-8")
    ada = ResultsStore(tmp_path / "results.json", learner="ada")  # an old-style path still works
    assert ada.path == tmp_path / "results.jsonl"
    ada = ResultsStore(tmp_path, learner="ada")
    assert [r["answer"] for r in ada.records()] == ["2 billion"]
    assert ada.record("00", "q1", correct=True, score=1, answer="1 milliard")["attempt"] == 2  # counting goes on
    assert not (tmp_path / "results.json").exists()
    assert len(list(tmp_path.glob("results.json.migrated-*"))) == 1
    # a classmate's answers from a shared old file went to their own file, not to ada's
    assert [r["answer"] for r in read_results(tmp_path / "results-ben.jsonl").records] == ["1 billion"]
    assert len(collect([tmp_path]).records) == 3


def test_an_old_results_json_that_is_not_utf8_is_moved_aside_and_named(tmp_path):
    (tmp_path / "results.json").write_bytes('{"answers": ["é"]}'.encode("latin-1"))
    store = ResultsStore(tmp_path, learner="ada")
    with pytest.warns(UserWarning, match=r"results\.json could not be read as a results file \(it is not UTF-8 "
                                         r"text\); it was moved to .*results\.corrupt-"):
        store.record("00", "q1", correct=True, score=1)
    assert len(store.records()) == 1


# -- concurrency, kills, busy locks -----------------------------------------------------------------

def _learner_answers(folder: str, learner: str, count: int) -> None:
    os.environ["TECHGEO_RESULTS_DIR"] = folder
    os.environ["TECHGEO_LEARNER"] = learner
    store = ResultsStore()
    for n in range(count):
        store.record("00", f"q{n % 5}", correct=n % 3 == 0, score=1, answer=str(n))


def _teacher_collects(folder: str, rounds: int, queue) -> None:
    seen = [len(collect([folder]).records) for _ in range(rounds)]
    queue.put(seen)


def test_thirty_learner_processes_answering_at_once_and_a_teacher_collecting_lose_nothing(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    folder = tmp_path / "class"
    folder.mkdir()
    queue = ctx.Queue()
    learners = [ctx.Process(target=_learner_answers, args=(str(folder), f"learner{n:02d}", 20)) for n in range(30)]
    teacher = ctx.Process(target=_teacher_collects, args=(str(folder), 15, queue))
    for process in [*learners, teacher]:
        process.start()
    for process in [*learners, teacher]:
        process.join(240)
        assert process.exitcode == 0
    counts = queue.get(timeout=10)
    assert counts == sorted(counts)  # the teacher's view only grows
    found = collect([folder])
    assert len(found.records) == 600 and len(found.learners) == 30 and not found.problems
    for learner in found.learners:
        mine = [r for r in found.records if r["learner"] == learner]
        assert sorted(r["answer"] for r in mine) == sorted(str(n) for n in range(20))
        for q in range(5):
            assert sorted(r["attempt"] for r in mine if r["question"] == f"q{q}") == [1, 2, 3, 4]


def _same_learner_answers(path: str, tag: str, count: int) -> None:
    store = ResultsStore(path, learner="ada")
    for n in range(count):
        store.record("00", "q1", correct=False, score=0, answer=f"{tag}{n}")


def test_four_kernels_of_one_learner_number_the_attempts_without_gaps(store):
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_same_learner_answers, args=(str(store.path), tag, 25)) for tag in "ABCD"]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    records = store.records()
    assert sorted(r["attempt"] for r in records) == list(range(1, 101))


HOLDER = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
time.sleep(30)
"""


def test_a_lock_held_too_long_does_not_lose_the_answer(store, monkeypatch):
    store.record("00", "q1", correct=False, score=0, answer="first")
    lock_path = store.path.parent / f".{store.path.name}.lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(results_module, "LOCK_TIMEOUT_SECONDS", 0.2)
        saved = store.record("00", "q1", correct=True, score=1, answer="while locked")
        assert saved["attempt"] == 2
    finally:
        holder.kill()
        holder.wait()
    assert [r["answer"] for r in store.records()] == ["first", "while locked"]


WRITER = """
import sys
from lessons_lib.quiz.results import ResultsStore
store = ResultsStore(sys.argv[1], learner="ada")
n = 0
while True:
    store.record(sys.argv[2], f"q{n}", correct=True, score=1, answer=str(n))
    print(n, flush=True)  # printed only once the record is safely on disk
    n += 1
"""


def test_a_writer_killed_mid_answer_loses_at_most_that_answer(store):
    """Kill a writer with SIGKILL at a different moment in each round: every answer it reported as
    saved is still there, and a start after a cut-off answer says so and keeps the rest."""
    for round_ in range(6):
        lesson = f"K{round_}"
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(store.path), lesson], stdout=subprocess.PIPE,
                                text=True)
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
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            kept = {r["answer"] for r in ResultsStore(store.path, learner="ada").records() if r["lesson"] == lesson}
        assert set(reported) <= kept, f"round {round_}: lost {set(reported) - kept}"
        assert len(kept - set(reported)) <= 1  # at most the answer being written when it was killed
        assert all("cut off" in str(w.message) for w in said)


def test_someone_else_reading_a_damaged_file_is_told_and_changes_nothing(store, monkeypatch):
    store.record("00", "q1", correct=True, score=1, answer="kept")
    with open(store.path, "ab") as handle:
        handle.write(b'{"lesson": "00", "quest')
    before = store.path.read_bytes()
    monkeypatch.setattr(os, "geteuid", lambda: 12345)  # a teacher, not the file's owner
    with pytest.warns(UserWarning, match=r"the last line of .*results-ada\.jsonl is unfinished"):
        assert [r["answer"] for r in ResultsStore(store.path, learner="ada").records()] == ["kept"]
    assert store.path.read_bytes() == before and not list(store.path.parent.glob("*.corrupt-*"))


# -- reading needs no lock --------------------------------------------------------------------------

def test_reading_and_collecting_take_no_lock_and_write_nothing(store, monkeypatch):
    store.record("00", "q1", correct=True, score=1)
    before = sorted(p.name for p in store.path.parent.iterdir()), store.path.stat().st_mtime_ns

    def no_lock(self):
        raise AssertionError("a read took the lock")

    monkeypatch.setattr(ResultsStore, "_lock", no_lock)
    assert len(store.records()) == 1 and len(store.summary()) == 1
    assert len(collect([store.path.parent]).records) == 1
    assert (sorted(p.name for p in store.path.parent.iterdir()), store.path.stat().st_mtime_ns) == before


# -- CSV for spreadsheets ---------------------------------------------------------------------------

@pytest.mark.parametrize("answer, cell", [
    ('=HYPERLINK("http://x","click")', "'=HYPERLINK(\"http://x\",\"click\")"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("@SUM(1)", "'@SUM(1)"),
    ("-2+3", "'-2+3"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("689 million", "689 million"),
    ("1,5 milliard", "1,5 milliard"),
])
def test_export_neutralises_formulas_as_owasp_advises(answer, cell, tmp_path):
    store = ResultsStore(tmp_path / "r.jsonl", learner="=cmd()")
    store.record("00", "q1", correct=False, score=0, answer=answer)
    out = tmp_path / "out.csv"
    store.export_csv(out)
    with open(out, encoding="utf-8", newline="") as handle:
        row = next(iter(csv.DictReader(handle)))
    assert row["answer"] == cell and row["learner"] == "'=cmd()"


def test_ten_answers_with_carriage_returns_read_back_as_ten_rows(store):
    for n in range(10):
        store.record("00", "q1", correct=False, score=0, answer=f"line\rbreak {n}\nand more")
    out = io.StringIO()
    assert store.export_csv(out) == 10
    import pandas as pd

    back = pd.read_csv(io.StringIO(out.getvalue()))
    assert len(back) == 10 and back["answer"].iloc[3] == "line\rbreak 3\nand more"


# -- the teacher's side -----------------------------------------------------------------------------

def test_collect_reads_files_folders_and_exports_and_drops_duplicates(tmp_path):
    folder = tmp_path / "class"
    for name in ("ada", "ben"):
        s = ResultsStore(folder / name, learner=name)
        s.record("00", "q1", correct=False, score=0, answer="2 billion")
        s.record("00", "q1", correct=True, score=1, answer="=1e9")
    exported = tmp_path / "ada.csv"
    ResultsStore(folder / "ada", learner="ada").export_csv(exported)
    found = collect([folder, exported, folder / "ada" / "results-ada.jsonl", tmp_path / "missing"])
    assert len(found.records) == 4 and found.duplicates == 4
    assert found.learners == ["ada", "ben"]
    assert found.problems == [f"{tmp_path / 'missing'}: no such file or folder"]
    report = class_report(found.records).iloc[0]
    assert (report["learners"], report["right_first_try"], report["right_eventually"]) == (2, 0, 2)
    assert report["common_wrong"] == "'2 billion' (2 learners)"
    hidden = collect([folder], pseudonymous=True)
    assert sorted({r["learner"] for r in hidden.records}) == ["learner-01", "learner-02"]


def test_cli_where_export_summary_reset(tmp_path, monkeypatch, capsys):
    from lessons_lib.cli import main

    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path))
    monkeypatch.setenv("TECHGEO_LEARNER", "ada")
    assert main(["results", "summary"]) == 0
    assert "No answers kept yet." in capsys.readouterr().out
    assert main(["results", "where"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "results-ada.jsonl")
    ResultsStore().record("00-start-here", "q1-article-users", correct=True, score=1, answer="1 milliard")
    out = tmp_path / "out.csv"
    assert main(["results", "export", "--output", str(out)]) == 0
    assert "1 milliard" in out.read_text(encoding="utf-8")
    assert main(["results", "summary"]) == 0
    assert "00-start-here" in capsys.readouterr().out
    assert main(["results", "reset", "--yes"]) == 0
    assert "1 answer removed." in capsys.readouterr().out


def test_cli_reset_with_no_one_to_ask_removes_nothing_and_says_why(tmp_path):
    env = {**os.environ, "TECHGEO_RESULTS_DIR": str(tmp_path), "TECHGEO_LEARNER": "ada"}
    ResultsStore(tmp_path, learner="ada").record("00", "q1", correct=True, score=1)
    result = subprocess.run([sys.executable, "-m", "lessons_lib", "results", "reset"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr  # 2: the command needs a reply or --yes
    assert "Nothing removed: no reply was typed (add --yes to reset without a question)." in result.stdout
    assert len(ResultsStore(tmp_path, learner="ada").records()) == 1


def test_cli_collect_and_class(tmp_path, capsys):
    from lessons_lib.cli import main
    from lessons_lib.quiz.classroom import sample_class

    out = tmp_path / "class.csv"
    assert main(["results", "collect", str(sample_class()), "-o", str(out), "--pseudonymise"]) == 0
    said = capsys.readouterr().out
    assert f"50 answers from 8 learners in 8 files written to {out}." in said
    assert "q1-article-users" in said and "'2 billion' (3 learners)" in said
    text = out.read_bytes().decode("utf-8")
    assert text.count("\r\n") == 51 and "ada" not in text and "learner-08" in text
    assert main(["results", "class", str(sample_class()), str(tmp_path / "nope")]) == 1
    captured = capsys.readouterr()
    assert "right_first_try" in captured.out
    assert f"techgeo-lessons: warning: {tmp_path / 'nope'}: no such file or folder" in captured.err


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _huge(path: Path) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(300 * 2**20)  # sparse: costs no disk
    return path


def _csv(text: str, encoding: str = "utf-8"):
    def make(path: Path) -> Path:
        path.write_bytes(text.encode(encoding))
        return path
    return make


@pytest.mark.parametrize("name, make, message", [
    ("results-x.jsonl", _fifo, "results-x.jsonl is not a regular file, so it cannot hold results"),
    ("results-x.jsonl", _huge, "results-x.jsonl is 300 MiB; a results file is at most 256 MiB (about a million "
                               "answers): is it the right file?"),
    ("class.csv", _csv("a,b\n1,2\n"), "class.csv has no column lesson, question, correct: it is not a results export"),
    ("class.csv", _csv("lesson,question,correct\n", "utf-16"), "class.csv is not UTF-8 text; export it again"),
    ("class.csv", _csv("lesson,question,correct,attempt\n00,q1,True,two\n"),
     "line 2 of {folder}/class.csv: attempt is 'two'; expected a whole number of 1 or more"),
    ("results.json", _csv('{"answers": 3}'), "results.json could not be read as a results file (TypeError: "
                                             "'answers' is not a list)"),
    ("results-x.jsonl", _csv('{"lesson": "00"}\n'), "line 1 of {folder}/results-x.jsonl: question is missing"),
])
def test_collect_names_each_file_it_cannot_use_and_never_hangs(name, make, message, tmp_path):
    bad = make(tmp_path / name)
    good = ResultsStore(tmp_path / "ok", learner="ada")
    good.record("00", "q1", correct=True, score=1)
    found = collect([bad, good.path])
    assert len(found.records) == 1  # the readable file still counts
    assert any(message.format(folder=tmp_path) in p for p in found.problems), found.problems


def _outside_quotes(text: str) -> str:
    """``text`` without the learners' answers the report quotes (« ... » in French, '...' in English)."""
    return re.sub(r"«[^»]*»|'[^']*'", " ", text)


def test_the_class_report_in_french_reads_no_english_and_counts_learners_in_french(tmp_path):
    from french_tool import french

    found = collect([sample_class(), tmp_path / "absent"], lang="fr")
    assert found.problems == [f"{tmp_path / 'absent'}\u00a0: aucun fichier ni dossier de ce nom"]
    said = "\n".join(class_report(found.records, lang="fr")["common_wrong"])
    assert "«\u00a02 billion\u00a0» (3 élèves), «\u00a01.5 billion\u00a0» (1)" in said  # plural
    assert "«\u00a0postes\u00a0» (1 élève)" in said  # French counts 1 as singular
    # outside the learners' own answers, every word is French: the English report's "learners" is gone
    assert set(re.findall(r"[^\W\d_]+", _outside_quotes(said))) == {"élève", "élèves"}
    # (the learners' answers keep their own spacing: "Environ 10 000" is what a learner typed)
    assert french.english_sentences(said) == [] and french.typography(_outside_quotes(said)) == []
    english = "\n".join(class_report(found.records, lang="en")["common_wrong"])
    assert "'2 billion' (3 learners), '1.5 billion' (1)" in english and "'postes' (1 learner)" in english


def test_results_class_in_french_at_the_terminal_reads_no_english(tmp_path):
    from french_tool import french

    result = subprocess.run([sys.executable, "-m", "lessons_lib", "--lang", "fr", "results", "class",
                             str(sample_class()), str(tmp_path / "absent")],
                            capture_output=True, text=True, timeout=120)
    assert "erreurs fréquentes" in result.stdout and "(3 élèves)" in result.stdout
    assert "learner" not in _outside_quotes(result.stdout)
    assert result.stderr.strip() == f"techgeo-lessons\u00a0: attention\u00a0: {tmp_path / 'absent'}\u00a0: " \
                                    "aucun fichier ni dossier de ce nom"
    said = result.stdout + result.stderr.replace(str(tmp_path), "DOSSIER")  # the path's words are not ours
    assert french.english_sentences(said) == []
