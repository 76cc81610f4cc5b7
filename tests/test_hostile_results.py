"""Odd results files and odd results folders: what a learner and a teacher read.

A results file edited by hand (a value of the wrong type, NaN, a score of 7), a ``TECHGEO_RESULTS_DIR``
that is a file, a link loop or a name too long, an export onto a folder or a full disk: each is named
with the file, the line, the field, the value and what was expected, in English and in French, and a
wrong value is never counted (``"correct": "false"`` is not a right answer).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lessons_lib.cli import main
from lessons_lib.quiz.classroom import class_report, collect
from lessons_lib.quiz.results import ResultsStore, read_results

GOOD = {"lesson": "00-start-here", "question": "q1", "attempt": 1, "correct": False, "score": 0.0,
        "answer": "2 billion", "hints_used": 0, "language": "en", "learner": "ann",
        "timestamp": "2026-12-01T10:00:00.000+00:00"}

# (what the hand-edited line changes, English problem, French problem)
EDITED = [
    ({"correct": "false"}, "line 2 of {path}: correct is 'false'; expected true or false (without quotes)",
     "ligne 2 de {path}\u00a0: correct vaut 'false'\u202f; attendu\u00a0: true ou false (sans "
     "guillemets)"),
    ({"correct": 1}, "correct is 1; expected true or false", "correct vaut 1"),
    ({"attempt": "x"}, "attempt is 'x'; expected a whole number of 1 or more",
     "attendu\u00a0: un nombre entier supérieur ou égal à 1"),
    ({"attempt": 0}, "attempt is 0; expected a whole number of 1 or more", "attempt vaut 0"),
    ({"attempt": True}, "attempt is true (true/false); expected a whole number of 1 or more",
     "attempt vaut true (true/false)"),
    ({"score": 7}, "score is 7; expected a number from 0 to 1", "attendu\u00a0: un nombre entre 0 et 1"),
    ({"score": "abc"}, "score is 'abc'; expected a number from 0 to 1", "score vaut 'abc'"),
    ({"hints_used": [1]}, "hints_used is [1]; expected a whole number of 0 or more",
     "attendu\u00a0: un nombre entier supérieur ou égal à 0"),
    ({"answer": None}, "answer is None; expected text", "attendu\u00a0: du texte"),
    ({"answer": {"a": 1}}, "answer is {'a': 1}; expected text", "answer vaut {'a': 1}"),
    ({"learner": 5}, "learner is 5; expected text", "learner vaut 5"),
    ({"lesson": ""}, "lesson is ''; expected the name of a lesson", "attendu\u00a0: le nom d'une leçon"),
]


def write_lines(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "english", "french"), EDITED, ids=[next(iter(c)) + "=" + repr(c[next(iter(c))])
                                                                        for c, _e, _f in EDITED])
def test_a_hand_edited_value_of_the_wrong_type_is_named_and_not_counted(tmp_path, change, english, french):
    path = write_lines(tmp_path / "results-ann.jsonl", json.dumps(GOOD), json.dumps({**GOOD, **change,
                                                                                     "question": "q2"}))
    for lang, expected in (("en", english), ("fr", french)):
        from lessons_lib.i18n import speaking

        with speaking(lang):
            found = read_results(path)
        assert [r["question"] for r in found.records] == ["q1"]
        assert expected.replace("{path}", str(path)) in found.problems[0], found.problems


def test_a_correct_written_as_the_text_false_is_not_a_right_answer_in_the_class_report(tmp_path):
    write_lines(tmp_path / "results-ann.jsonl", json.dumps({**GOOD, "correct": "false"}))
    write_lines(tmp_path / "results-ben.jsonl", json.dumps({**GOOD, "learner": "ben", "correct": True}))
    found = collect([tmp_path], lang="en")
    report = class_report(found.records)
    assert report.loc[0, ["learners", "right_first_try"]].tolist() == [1, 1]  # ben only; ann's line is set aside
    assert any("correct is 'false'; expected true or false" in p for p in found.problems)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_a_json_constant_that_is_not_a_number_is_named(tmp_path, constant):
    path = write_lines(tmp_path / "results-ann.jsonl", json.dumps(GOOD).replace('"score": 0.0', f'"score": {constant}'))
    found = read_results(path)
    assert found.records == []
    assert found.problems == [f"line 1 of {path}: score is '{constant}'; expected a number from 0 to 1"]


def test_the_learners_own_damaged_line_is_set_aside_with_the_reason(tmp_path, monkeypatch):
    monkeypatch.setenv("TECHGEO_LEARNER", "ann")
    write_lines(tmp_path / "results-ann.jsonl", json.dumps(GOOD), json.dumps({**GOOD, "score": 7}))
    store = ResultsStore(tmp_path)
    with pytest.warns(UserWarning, match=r"line 2 of .*: score is 7; expected a number from 0 to 1; the file "
                                         r"was moved to .* and its 1 readable answers kept"):
        entry = store.record("00-start-here", "q1", correct=True, score=1)
    assert entry["attempt"] == 2


def test_a_csv_export_edited_by_hand_is_checked_the_same_way(tmp_path):
    path = tmp_path / "class.csv"
    path.write_text("lesson,question,attempt,correct,score\n00,q1,1,maybe,0\n00,q2,1,true,nan\n00,q3,1,TRUE,1\n",
                    encoding="utf-8")
    found = read_results(path)
    assert [r["question"] for r in found.records] == ["q3"]
    assert found.problems[:2] == [f"line 2 of {path}: correct is 'maybe'; expected true or false (without quotes)",
                                  f"line 3 of {path}: score is nan; expected a number from 0 to 1"]


# -- the results folder and the files a command writes ---------------------------------------------
def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_results_folder_that_is_a_file_is_named(tmp_path, monkeypatch, capsys, lang):
    (tmp_path / "notes").write_text("mine")
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path / "notes"))
    expected = {"en": f"TECHGEO_RESULTS_DIR={str(tmp_path / 'notes')!r} is a file, not a folder: give a folder "
                      "for the answers, e.g. export TECHGEO_RESULTS_DIR=$HOME/techgeo-results",
                "fr": f"TECHGEO_RESULTS_DIR={str(tmp_path / 'notes')!r} est un fichier, pas un dossier\u00a0: "
                      "donnez un dossier pour les réponses, par exemple export TECHGEO_RESULTS_DIR=$HOME/"
                      "techgeo-results"}[lang]
    for action in (["where"], ["summary"], ["export"], ["reset", "--yes"]):
        code, said = run(["--lang", lang, "results", *action], capsys)
        assert (code, expected in said) == (3, True), said
    assert (tmp_path / "notes").read_text() == "mine"


def test_a_results_folder_inside_a_file_is_named(tmp_path, monkeypatch, capsys):
    (tmp_path / "notes").write_text("mine")
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path / "notes" / "class"))
    code, said = run(["results", "summary"], capsys)
    assert code == 3
    assert f"TECHGEO_RESULTS_DIR={str(tmp_path / 'notes' / 'class')!r}: {tmp_path / 'notes'} is a file, not a " \
           "folder" in said


def test_a_results_folder_in_a_link_loop_is_named(tmp_path, monkeypatch, capsys):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path / "a"))
    code, said = run(["--lang", "fr", "results", "summary"], capsys)
    assert code == 3
    assert f"TECHGEO_RESULTS_DIR={str(tmp_path / 'a')!r}\u00a0: c'est un lien qui mène à lui-même (une boucle de " \
           "liens)" in said


def test_a_results_folder_name_too_long_is_named(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path / ("x" * 300)))
    code, said = run(["results", "summary"], capsys)
    assert code == 3
    assert "x': the name is too long for this file system" in said and "[Errno" not in said


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "techgeo-lessons: error: cannot write {path}: it is a folder, where a file is expected"),
    ("fr", "techgeo-lessons\u00a0: erreur\u00a0: impossible d'écrire {path}\u00a0: c'est un dossier, alors qu'il "
           "faut un fichier"),
])
def test_an_export_onto_a_folder_names_it(tmp_path, monkeypatch, capsys, lang, expected):
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path / "results"))
    code, said = run(["--lang", lang, "results", "export", "-o", str(tmp_path)], capsys)
    assert code == 3 and expected.format(path=tmp_path) in said, said


def test_an_export_into_a_missing_folder_names_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path / "results"))
    code, said = run(["results", "export", "-o", str(tmp_path / "nope" / "a.csv")], capsys)
    assert code == 3
    assert f"cannot write {tmp_path / 'nope' / 'a.csv'}: the folder {tmp_path / 'nope'} does not exist" in said


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full to simulate a full disk")
def test_a_full_disk_is_named_with_the_file(tmp_path, capsys):
    write_lines(tmp_path / "results-ann.jsonl", json.dumps(GOOD))
    code, said = run(["--lang", "fr", "results", "collect", str(tmp_path), "-o", "/dev/full"], capsys)
    assert code == 3
    assert "impossible d'écrire /dev/full\u00a0: le disque est plein" in said, said


def test_an_answer_that_cannot_be_kept_on_a_full_disk_leaves_no_half_line_and_says_so(tmp_path, monkeypatch):
    import errno

    from lessons_lib.i18n import speaking
    from lessons_lib.quiz import results
    from lessons_lib.quiz.results import ResultsError

    store = ResultsStore(tmp_path / "results-ann.jsonl", learner="ann")
    store.record("00-start-here", "q1", correct=False, score=0, answer="2 billion")
    before = store.path.read_bytes()
    real_write = os.write

    def full_disk(fd: int, data: bytes) -> int:  # the disk fills up after half an answer, as on a real disk
        if len(data) > 20:
            real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(results.os, "write", full_disk)
    with speaking("fr"), pytest.raises(ResultsError) as refused:
        store.record("00-start-here", "q1", correct=True, score=1, answer="1 milliard")
    assert str(refused.value) == f"impossible d'écrire {store.path}\u00a0: le disque est plein"
    assert store.path.read_bytes() == before  # was: half a line, then the whole file set aside as damaged
    monkeypatch.setattr(results.os, "write", real_write)
    assert [r["answer"] for r in store.records()] == ["2 billion"]


def test_a_results_file_that_is_a_link_to_a_device_is_refused_without_reading_it(tmp_path):
    (tmp_path / "results-ann.jsonl").symlink_to("/dev/zero")  # reading it would never end
    store = ResultsStore(tmp_path / "results-ann.jsonl", learner="ann")
    from lessons_lib.quiz.results import ResultsError

    with pytest.raises(ResultsError, match=r"results-ann\.jsonl is not a regular file, so it cannot hold results"):
        store.record("00-start-here", "q1", correct=True, score=1)


# -- folders given to the commands: blank, ~ of a user that does not exist, a broken link ---------
@pytest.mark.parametrize(("argv", "expected"), [
    (["lab", "--copy-only", "--dir", ""], "argument --dir: the folder is blank; give a folder, e.g. ./techgeo-lessons "
                                          "(or . for the current folder)"),
    (["present", "00", "--dir", " ", "--dry-run"], "argument --dir: the folder is blank"),
    (["html", "--no-execute", "-o", ""], "argument --output/-o: the folder is blank"),
    (["lite", "-o", ""], "argument --output/-o: the folder is blank"),
    (["lab", "--copy-only", "--dir", "~no-such-user-here/work"], "argument --dir: '~no-such-user-here/work' starts "
     "with the home folder of a user that does not exist; give the folder in full, e.g. /home/NAME/work"),
])
def test_a_blank_or_unknown_home_folder_is_a_usage_error_not_the_current_folder(tmp_path, monkeypatch, capsys, argv,
                                                                                 expected):
    monkeypatch.chdir(tmp_path)
    code, said = run(argv, capsys)
    assert (code, expected in said) == (2, True), said
    assert list(tmp_path.iterdir()) == []  # was: 11 lessons copied into the current folder, or an internal error


def test_a_blank_folder_is_refused_in_french(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code, said = run(["--lang", "fr", "lab", "--copy-only", "--dir", ""], capsys)
    assert code == 2 and "le nom du dossier est vide\u202f; donnez un dossier, par exemple ./techgeo-lessons" in said


def test_collect_names_a_home_folder_that_does_not_exist_and_goes_on(tmp_path, capsys):
    write_lines(tmp_path / "results-ann.jsonl", json.dumps(GOOD))
    code, said = run(["results", "class", "~no-such-user-here/results", str(tmp_path)], capsys)
    assert code == 1 and "'~no-such-user-here/results' starts with the home folder of a user that does not exist" \
        in said and "q1" in said


def test_a_working_folder_that_is_a_broken_link_loop_is_named(tmp_path, capsys):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    code, said = run(["lab", "--copy-only", "--dir", str(tmp_path / "a")], capsys)
    assert code == 3 and f"{tmp_path / 'a'}: something else already has this name (a file, or a link that leads " \
                         "nowhere)" in said, said


def test_a_very_long_learner_name_still_sees_and_resets_their_answers(tmp_path, monkeypatch):
    monkeypatch.setenv("TECHGEO_LEARNER", "a" * 300)  # a name longer than what a record keeps (200)
    store = ResultsStore(tmp_path)
    store.record("00-start-here", "q1", correct=False, score=0, answer="2 billion")
    assert store.record("00-start-here", "q1", correct=True, score=1)["attempt"] == 2
    assert len(store.records()) == 2  # was 0: the records kept the name cut, the store compared the whole name
    assert store.summary()["right_later"].tolist() == [1]
    assert store.reset() == 2


def test_a_read_only_results_folder_is_named_in_the_learners_language(tmp_path, monkeypatch):
    import errno

    from filelock import FileLock

    from lessons_lib.i18n import speaking
    from lessons_lib.quiz.results import ResultsError

    def read_only(self, *args, **kwargs):  # as on a folder mounted read-only (the lock file cannot be made)
        raise OSError(errno.EROFS, "Read-only file system", self.lock_file)

    monkeypatch.setattr(FileLock, "acquire", read_only)
    store = ResultsStore(tmp_path / "results-ann.jsonl", learner="ann")
    with speaking("fr"), pytest.raises(ResultsError) as refused:
        store.record("00-start-here", "q1", correct=True, score=1)
    assert str(refused.value) == (f"impossible d'écrire {store.path}\u00a0: il se trouve sur un système de fichiers "
                                  "en lecture seule")  # was: OSError: [Errno 30] Read-only file system: '.../.lock'


@pytest.mark.parametrize(("lesson", "score", "expected"), [
    ("00-start-here", float("nan"), "this answer cannot be kept: score is nan; expected a number from 0 to 1"),
    ("", 1, "this answer cannot be kept: lesson is ''; expected the name of a lesson"),
])
def test_an_answer_the_reader_would_set_aside_is_never_written(tmp_path, lesson, score, expected):
    from lessons_lib.quiz.results import ResultsError

    store = ResultsStore(tmp_path / "results-ann.jsonl", learner="ann")
    store.record("00-start-here", "q1", correct=False, score=0)
    with pytest.raises(ResultsError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        store.record(lesson, "q1", correct=True, score=score)
    assert [r["attempt"] for r in store.records()] == [1]  # the file is not damaged, nothing is set aside


def test_collect_names_a_broken_link_and_a_folder_in_french(tmp_path, capsys):
    (tmp_path / "results-gone.jsonl").symlink_to(tmp_path / "nowhere")
    (tmp_path / "results-dir.jsonl").mkdir()
    code, said = run(["--lang", "fr", "results", "class", str(tmp_path)], capsys)
    assert code == 1
    assert f"{tmp_path / 'results-gone.jsonl'}\u00a0: illisible (aucun fichier ni dossier de ce nom)" in said
    assert f"{tmp_path / 'results-dir.jsonl'}\u00a0: illisible (c'est un dossier, alors qu'il faut un fichier)" \
        in said  # was "(Is a directory)", the system's English


def test_an_old_results_json_edited_by_hand_names_its_first_bad_entry(tmp_path):
    path = tmp_path / "results.json"
    path.write_text(json.dumps({"version": 1, "answers": [GOOD, {**GOOD, "correct": "yes"}, 5]}), encoding="utf-8")
    found = read_results(path)
    assert len(found.records) == 1
    assert found.problems == [f"2 entries of {path} are not answers (first, entry 2: correct is 'yes'; expected true "
                              "or false (without quotes))"]


@pytest.mark.parametrize("name", ["results-x.jsonl", "results.json"])
def test_a_results_file_nested_thousands_deep_is_named_not_an_internal_error(tmp_path, capsys, name):
    deep = "[" * 100_000 + "]" * 100_000
    text = deep + "\n" if name.endswith("l") else '{"answers": ' + deep + "}"
    (tmp_path / name).write_text(text, encoding="utf-8")
    code, said = run(["results", "class", str(tmp_path)], capsys)
    assert code == 1 and "internal error" not in said, said  # was: internal error: RecursionError
    assert (f"line 1 of {tmp_path / name} is not an answer the quizzes wrote" in said if name.endswith("l") else
            f"{tmp_path / name} could not be read as a results file (it nests lists or blocks thousands deep)" in said)


def test_a_command_run_with_its_output_closed_is_not_an_internal_error():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "lessons_lib", "answers", "00"], capture_output=False,
                          stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1), timeout=120)
    assert (done.returncode, done.stderr) == (0, "")  # was: internal error: AttributeError: 'NoneType' ... 'write'


@pytest.mark.parametrize(("value", "learner"), [(" ann ", "ann"), ("ann\n", "ann"), ("   ", None)])
def test_spaces_around_the_learners_name_do_not_make_a_second_learner(monkeypatch, value, learner):
    import getpass

    from lessons_lib.quiz.results import learner_name

    monkeypatch.setenv("TECHGEO_LEARNER", value)
    assert learner_name() == (learner or getpass.getuser())  # was " ann ", "ann\n" and "   "


def test_a_working_folder_holding_a_named_pipe_a_device_link_or_a_folder_is_copied_into_without_hanging(tmp_path,
                                                                                                          capsys):
    work = tmp_path / "work"
    work.mkdir()
    os.mkfifo(work / "00-start-here.ipynb")                     # was: lab hung, reading the pipe
    (work / "01-story-in-numbers.ipynb").symlink_to("/dev/zero")  # was: lab hung, hashing zeros forever
    (work / "02-timeline.ipynb").mkdir()                         # was: "error: 3: it is a folder"
    code, said = run(["lab", "--copy-only", "--dir", str(work)], capsys)
    assert code == 0, said
    for name in ("00-start-here", "01-story-in-numbers", "02-timeline"):
        assert f"Kept your changes to {name}.ipynb (not overwritten); the new version is in {name}.new.ipynb" in said
        assert (work / f"{name}.new.ipynb").is_file()


def test_an_output_folder_holding_a_named_pipe_is_refused_without_hanging(tmp_path, capsys):
    out = tmp_path / "site"
    out.mkdir()
    os.mkfifo(out / "index.html")
    code, said = run(["html", "--no-execute", "--lessons", "00", "-o", str(out)], capsys)
    assert code == 3 and "it holds 1 file that the build did not write, or that changed since (index.html)" in said
