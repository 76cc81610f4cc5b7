"""The ``techgeo-lessons`` command as a script sees it: output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lessons_lib.cli import main
from lessons_lib.commands.exits import EXIT_FAILED, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from lessons_lib.course.catalogue import lessons
from lessons_lib.course.workspace import MANIFEST, sync


def run(*args: str, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lessons_lib", *args], capture_output=True, text=True,
                          cwd=cwd, env={**os.environ, **(env or {})}, timeout=120)


@pytest.mark.parametrize("command", ["lab", "list", "check", "html", "lite", "present", "validate"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == EXIT_OK
    assert "usage: techgeo-lessons " + command in capsys.readouterr().out


def test_usage_errors_exit_2_without_traceback() -> None:
    result = run("list", "--lang", "de")
    assert result.returncode == EXIT_USAGE
    assert "invalid choice" in result.stderr and "Traceback" not in result.stderr
    assert main([]) == EXIT_USAGE


def test_list_shows_every_lesson_with_time_and_objectives() -> None:
    result = run("list")
    assert result.returncode == EXIT_OK, result.stderr
    for lesson in lessons():
        assert f"{lesson.number}  {lesson.title_in('en')}" in result.stdout
        for objective in lesson.objectives_in("en"):
            assert objective in result.stdout
    french = run("list", "--lang", "fr", "--json")
    data = json.loads(french.stdout)
    assert [x["slug"] for x in data] == [x.slug for x in lessons()]
    assert all(x["title"] == lesson.title_in("fr") for x, lesson in zip(data, lessons(), strict=True))


def test_check_reports_each_line_and_fails_on_an_unwritable_results_folder(tmp_path: Path) -> None:
    ok = run("check", env={"TECHGEO_RESULTS_DIR": str(tmp_path / "results")})
    lines = [line for line in ok.stdout.splitlines() if line.startswith("[")]
    assert lines and all(line.startswith(("[ OK ]", "[FAIL]")) for line in lines)
    for name in ("Python", "pandas", "matplotlib", "ipywidgets", "jupyterlab", "widgets front end",
                 "lesson data", "results folder"):
        assert any(name in line for line in lines), name
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    bad = run("check", env={"TECHGEO_RESULTS_DIR": str(blocker / "results")})
    assert bad.returncode == EXIT_PROBLEMS
    failed = bad.stdout.splitlines()
    index = next(i for i, line in enumerate(failed) if line.startswith("[FAIL]") and "results folder" in line)
    assert failed[index + 1].strip().startswith("fix: ") and "TECHGEO_RESULTS_DIR" in failed[index + 1]
    assert "Traceback" not in bad.stdout + bad.stderr


def test_lab_dry_run_from_a_folder_outside_the_checkout(tmp_path: Path) -> None:
    work = tmp_path / "mine"
    result = run("lab", "--dry-run", "--dir", str(work), "--port", "9999", "--no-browser")
    assert result.returncode == EXIT_OK, result.stderr
    assert "Would copy" in result.stdout and "--ServerApp.ip=127.0.0.1" in result.stdout
    assert "--port=9999" in result.stdout and not work.exists()


def test_sync_never_overwrites_a_learners_file(tmp_path: Path) -> None:
    shipped, work = tmp_path / "shipped", tmp_path / "work"
    shipped.mkdir()
    (shipped / "00-a.ipynb").write_text("v1")
    (shipped / "01-b.ipynb").write_text("v1")
    (shipped / "lessons.yaml").write_text("lessons: []")
    first = sync(work, shipped)
    assert first.copied == ["00-a.ipynb", "01-b.ipynb", "lessons.yaml"]
    assert set(json.loads((work / MANIFEST).read_text())["files"]) == set(first.copied)
    (work / "00-a.ipynb").write_text("my answers")
    (shipped / "00-a.ipynb").write_text("v2")
    (shipped / "01-b.ipynb").write_text("v2")
    second = sync(work, shipped)
    assert second.kept == ["00-a.ipynb"] and second.updated == ["01-b.ipynb"]
    assert (work / "00-a.ipynb").read_text() == "my answers"
    assert (work / "00-a.new.ipynb").read_text() == "v2" and (work / "01-b.ipynb").read_text() == "v2"
    assert any("Kept your changes to 00-a.ipynb" in line for line in second.summary())
    third = sync(work, shipped)  # nothing new: the learner's file is still kept, nothing else changes
    assert third.kept == ["00-a.ipynb"] and not third.copied and not third.updated
    (work / "stray.txt").write_text("x")
    assert "stray.txt" not in sync(work, shipped).copied


def test_lab_refuses_a_file_as_working_folder(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    result = run("lab", "--dry-run", "--dir", str(target))
    assert result.returncode == EXIT_FAILED
    assert "is not a folder" in result.stderr and "Traceback" not in result.stderr


def test_lab_copy_only_copies_the_lessons_and_starts_nothing(tmp_path: Path) -> None:
    work = tmp_path / "hub-home" / "techgeo-lessons"
    first = run("lab", "--copy-only", "--dir", str(work))
    assert first.returncode == EXIT_OK, first.stderr
    assert f"Copied {len(list(work.glob('*.ipynb'))) + 1} files into {work}" in first.stdout
    assert "Starting JupyterLab" not in first.stdout and not (work / "WHATS-NEW.md").exists()
    (work / "00-start-here.ipynb").write_text("{}")  # the learner's own work
    again = run("lab", "--copy-only", "--lang", "en", "--dir", str(work), env={"TECHGEO_LANG": "fr"})
    assert again.returncode == EXIT_OK
    assert "Vos modifications de 00-start-here.ipynb sont gardées (non écrasées)" in again.stdout
    assert (work / "00-start-here.ipynb").read_text() == "{}"


def test_lab_in_french_copies_the_french_lessons_into_their_own_folder(tmp_path: Path) -> None:
    result = run("lab", "--copy-only", env={"TECHGEO_LANG": "fr"}, cwd=tmp_path)
    assert result.returncode == EXIT_OK, result.stderr
    work = tmp_path / "techgeo-lessons-fr"
    first = json.loads((work / "00-start-here.ipynb").read_text(encoding="utf-8"))["cells"][0]["source"]
    assert "".join(first).startswith("# 00 · ") and "Durée" in "".join(first)
    assert (work / "lessons.yaml").is_file()  # the catalogue comes along, for `list` and the site
    mixed = run("lab", "--copy-only", "--lang", "en", "--dir", str(work))
    assert mixed.returncode == EXIT_FAILED and "holds the lessons in 'fr'" in mixed.stderr


def test_a_learner_is_told_when_new_lessons_are_out(tmp_path: Path) -> None:
    shipped, work = tmp_path / "shipped", tmp_path / "work"
    shipped.mkdir()
    (shipped / "00-a.ipynb").write_text("v1")
    assert sync(work, shipped).news is False and not (work / "WHATS-NEW.md").exists()  # first copy: nothing new
    (work / "00-a.ipynb").write_text("my notes")
    (shipped / "00-a.ipynb").write_text("v2")
    (shipped / "01-b.ipynb").write_text("v1")
    result = sync(work, shipped)
    assert result.news
    news = (work / "WHATS-NEW.md").read_text(encoding="utf-8")
    assert f"Copied 1 file into {work}: 01-b.ipynb" in news
    assert "Kept your changes to 00-a.ipynb (not overwritten); the new version is in 00-a.new.ipynb" in news
    assert "Vos modifications de 00-a.ipynb sont gardées (non écrasées)\u202f; la nouvelle version est dans " \
           "00-a.new.ipynb" in news


def test_lab_in_a_checkout_opens_a_working_copy_not_the_tracked_notebooks(tmp_path: Path) -> None:
    result = run("lab", "--dry-run", "--no-browser", cwd=tmp_path)
    assert result.returncode == EXIT_OK, result.stderr
    assert "Would copy" in result.stdout and str(tmp_path / "techgeo-lessons") in result.stdout
    assert f"--ServerApp.root_dir={tmp_path / 'techgeo-lessons'}" in result.stdout
    assert "--ServerApp.root_dir=" + str(Path(__file__).resolve().parent.parent / "notebooks") not in result.stdout


def _voila_notebook(stdout: str) -> Path:
    """The notebook a ``present --dry-run`` would serve, read from its "Would run: ... -m voila NOTEBOOK" line."""
    words = next(line for line in stdout.splitlines() if "-m voila" in line).split()
    return Path(words[words.index("voila") + 1])


def _first_cell(notebook: Path) -> str:
    return "".join(json.loads(notebook.read_text(encoding="utf-8"))["cells"][0]["source"])


def test_present_in_french_serves_the_french_lesson(tmp_path: Path) -> None:
    checkout = Path(__file__).resolve().parent.parent / "notebooks"
    french = run("present", "03", "--lang", "fr", "--dry-run", "--no-browser", env={"TECHGEO_LANG": "en"})
    assert french.returncode == EXIT_OK, french.stderr
    assert _voila_notebook(french.stdout) == checkout / "fr" / "03-counting-users.ipynb"
    assert "Durée" in _first_cell(_voila_notebook(french.stdout))
    english = run("present", "03", "--dry-run", "--no-browser", env={"TECHGEO_LANG": "en"})
    assert _voila_notebook(english.stdout) == checkout / "03-counting-users.ipynb"
    assert "Durée" not in _first_cell(_voila_notebook(english.stdout))
    # TECHGEO_LANG chooses too, as for lab; a working folder receives the French lessons
    work = tmp_path / "work"
    copied = run("present", "03", "--dir", str(work), "--no-browser", "--port", "65000", "--dry-run",
                 env={"TECHGEO_LANG": "fr"})
    assert copied.returncode == EXIT_OK, copied.stderr
    assert f"seraient copiés dans {work}" in copied.stdout
    assert _voila_notebook(copied.stdout) == work / "03-counting-users.ipynb"
    english_copy = tmp_path / "english"
    assert run("lab", "--copy-only", "--lang", "en", "--dir", str(english_copy)).returncode == EXIT_OK
    mixed = run("present", "03", "--lang", "fr", "--dir", str(english_copy), "--dry-run")
    assert mixed.returncode == EXIT_FAILED and "holds the lessons in 'en'" in mixed.stderr
