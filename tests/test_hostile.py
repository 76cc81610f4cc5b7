"""The hostile set (``tests/hostile_cases.py``): each input gets its exit code and the message a user reads.

One parametrised test per surface: the CSV validator, the package descriptor, the quiz banks, the
command's arguments and environment, the output folders. Nothing hangs (a per-test timeout), no
traceback reaches the user, and the user's own files are unchanged afterwards.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_cases import CASES, Case, filled, prepare, snapshot

from lessons_lib.cli import main

FRESH_ENV = {"PYTHONIOENCODING", "LANG", "LC_ALL"}  # only a new interpreter reads these


def run_case(case: Case, folder: Path, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    prepare(case, folder)
    argv = [filled(a, folder) for a in case.argv]
    env = {k: filled(v, folder) for k, v in case.env.items()}
    if FRESH_ENV & env.keys():
        import os

        done = subprocess.run([sys.executable, "-m", "lessons_lib", *argv], capture_output=True, text=True,
                              input=case.stdin, env={**os.environ, **env}, timeout=120)
        return done.returncode, done.stdout + done.stderr
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "stdin", io.StringIO(case.stdin))
    monkeypatch.chdir(folder)
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def check(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    prepare_intact = {}
    if case.intact:
        prepare(case, folder)
        prepare_intact = snapshot(case, folder)
        for name in case.files:  # run_case writes them again
            path = folder / name
            if path.is_symlink() or path.is_file():
                path.unlink()
    code, output = run_case(case, folder, monkeypatch, capsys)
    assert "Traceback" not in output and "internal error" not in output, output
    assert filled(case.expect, folder) in output, output
    assert code == case.code, output
    assert snapshot(case, folder) == prepare_intact


def cases(surface: str) -> list:
    return [pytest.param(c, id=c.name) for c in CASES if c.surface == surface]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", cases("csv"))
def test_validator_csv(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       capsys: pytest.CaptureFixture[str]) -> None:
    check(case, tmp_path, monkeypatch, capsys)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", cases("descriptor"))
def test_package_descriptor(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    check(case, tmp_path, monkeypatch, capsys)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", cases("bank"))
def test_quiz_bank(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                   capsys: pytest.CaptureFixture[str]) -> None:
    check(case, tmp_path, monkeypatch, capsys)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", cases("cli"))
def test_arguments_and_environment(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    check(case, tmp_path, monkeypatch, capsys)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", cases("output"))
def test_output_folders(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    check(case, tmp_path, monkeypatch, capsys)


def test_the_set_is_large_enough_and_named_once() -> None:
    assert len(CASES) >= 100
    assert len({c.id for c in CASES}) == len(CASES)
