"""The ``techgeo-lessons`` command in French: help, output and errors, chosen by ``--lang`` (before the command
name), ``TECHGEO_LANG`` or the locale; and the commands' modules stand alone (none imports ``lessons_lib.cli``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from french_tool import french

from lessons_lib.cli import COMMANDS, main
from lessons_lib.commands.exits import EXIT_OK, EXIT_USAGE
from lessons_lib.quiz.results import ResultsStore

RESULTS_ACTIONS = ("export", "summary", "where", "reset", "collect", "class")


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("TECHGEO_LANG", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "lessons_lib", *args], capture_output=True, text=True,
                          env={**clean, **env}, timeout=120)


def french_help(*command: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--lang", "fr", *command, "--help"]) == EXIT_OK
    return capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_help_in_french_has_no_english_sentence(command: str, capsys) -> None:
    text = french_help(command, capsys=capsys)
    assert text.startswith(f"utilisation\u00a0: techgeo-lessons {command}")
    assert "options\u00a0:" in text and "afficher cette aide" in text
    assert french.english_sentences(text) == []
    assert french.typography(text) == []


@pytest.mark.parametrize("action", RESULTS_ACTIONS)
def test_each_results_action_help_in_french_has_no_english_sentence(action: str, capsys) -> None:
    text = french_help("results", action, capsys=capsys)
    assert french.english_sentences(text) == [] and french.typography(text) == []


def test_the_main_help_in_french_lists_every_command_in_french(capsys) -> None:
    text = french_help(capsys=capsys)
    assert text.startswith("utilisation\u00a0: techgeo-lessons") and "commandes\u00a0:" in text
    assert french.english_sentences(text) == [] and french.typography(text) == []
    assert "Codes de sortie\u00a0: 0 réussite" in text


def test_the_language_comes_from_lang_then_techgeo_lang_then_the_locale() -> None:
    assert run("--help", LANG="fr_FR.UTF-8").stdout.startswith("utilisation\u00a0:")
    assert run("--help", TECHGEO_LANG="fr", LANG="en_GB.UTF-8").stdout.startswith("utilisation\u00a0:")
    assert run("--lang", "en", "--help", TECHGEO_LANG="fr").stdout.startswith("usage: techgeo-lessons")
    assert run("--lang=fr", "--help").stdout.startswith("utilisation\u00a0:")
    english = run("--help").stdout
    assert english.startswith("usage: techgeo-lessons") and "\noptions:\n" in english
    assert "show this help message and exit" in english and "\ncommands:\n" in english


def test_an_unknown_lesson_in_french_names_the_value_and_the_lessons() -> None:
    result = run("present", "99", TECHGEO_LANG="fr")
    assert result.returncode == EXIT_USAGE
    assert result.stderr.startswith("techgeo-lessons\u00a0: erreur\u00a0: "
                                    "aucune leçon '99'\u202f; les leçons sont\u00a0: ")
    assert "00-start-here" in result.stderr and "Traceback" not in result.stderr
    english = run("present", "99")
    assert english.stderr.startswith("techgeo-lessons: error: no lesson '99'; the lessons are: 00-start-here")


def test_a_usage_error_in_french_names_the_value() -> None:
    result = run("--lang", "fr", "list", "--lang", "de")
    assert result.returncode == EXIT_USAGE
    assert "argument --lang\u00a0: choix impossible\u00a0: 'de' (valeurs possibles\u00a0: 'en', 'fr')" in result.stderr
    assert french.english_sentences(result.stderr) == []
    missing = run("validate", TECHGEO_LANG="fr")
    assert "ces arguments sont obligatoires\u00a0: PATH" in missing.stderr


def test_a_command_s_own_lang_chooses_what_it_works_on_not_the_words(tmp_path: Path) -> None:
    """`lab --lang en` copies the English lessons; a French teacher still reads French."""
    result = run("lab", "--copy-only", "--lang", "en", "--dir", str(tmp_path / "w"), TECHGEO_LANG="fr")
    assert result.returncode == EXIT_OK, result.stderr
    assert " fichiers copiés dans " in result.stdout and "Copied" not in result.stdout
    assert (tmp_path / "w" / "00-start-here.ipynb").is_file()
    first = json.loads((tmp_path / "w" / "00-start-here.ipynb").read_text(encoding="utf-8"))["cells"][0]["source"]
    assert "Durée" not in "".join(first)  # the English lesson
    listed = run("--lang", "fr", "list", "--lang", "en")
    assert "\n10 lessons, 415 min" in listed.stdout  # titles and objectives in English, as asked


def test_list_and_check_speak_french(tmp_path: Path) -> None:
    listed = run("list", TECHGEO_LANG="fr")
    assert listed.returncode == EXIT_OK
    shown = "\n".join(line for line in listed.stdout.splitlines() if not line.endswith(".ipynb"))  # file names
    assert shown.endswith("\n10 leçons, 415\u00a0min") and french.english_sentences(shown) == []
    checked = run("check", TECHGEO_LANG="fr", TECHGEO_RESULTS_DIR=str(tmp_path / "results"))
    labels = [line for line in checked.stdout.splitlines() if line.startswith("[")]
    assert any("les données des leçons se chargent\u00a0:" in line for line in labels)
    assert any("le dossier des résultats des quiz" in line for line in labels)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    bad = run("check", TECHGEO_LANG="fr", TECHGEO_RESULTS_DIR=str(blocker / "results")).stdout
    assert "       solution\u00a0: " in bad and "relancez techgeo-lessons check" in bad


def test_results_speak_french_and_keep_the_csv_names_in_english(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path))
    monkeypatch.setenv("TECHGEO_LEARNER", "ada")
    assert main(["--lang", "fr", "results", "summary"]) == EXIT_OK
    assert capsys.readouterr().out == "Aucune réponse enregistrée pour le moment.\n"
    ResultsStore().record("00-start-here", "q1-article-users", correct=True, score=1, answer="1 milliard")
    assert main(["--lang", "fr", "results", "summary"]) == EXIT_OK
    header = capsys.readouterr().out.splitlines()[0]
    assert "leçon" in header and "juste du premier coup" in header and "right_first_try" not in header
    assert main(["results", "summary"]) == EXIT_OK
    assert "right_first_try" in capsys.readouterr().out  # English: the CSV's column names, as before
    assert main(["--lang", "fr", "results", "reset", "--yes"]) == EXIT_OK
    assert capsys.readouterr().out == "1 réponse effacée.\n"


def test_the_language_is_restored_after_a_command() -> None:
    from lessons_lib.i18n import get_language

    before = get_language()
    main(["--lang", "fr", "list", "--json"])
    assert get_language() == before


@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_module_does_not_import_the_cli(command: str) -> None:
    """cli imports the commands; a command importing cli back would be a hidden import loop."""
    code = (f"import sys, lessons_lib.commands.{command}; "
            "print('lessons_lib.cli' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_argparse_speaks_its_own_words_again_after_a_command(capsys) -> None:
    """The cli catalogue is lent to argparse for one command only: another program's parser is left alone."""
    import argparse
    import gettext

    main(["--lang", "fr", "list", "--help"])
    capsys.readouterr()
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    assert argparse.ArgumentParser(prog="other").format_usage().startswith("usage: other")


def test_no_french_message_of_the_commands_reads_as_english_or_uses_an_avoided_term() -> None:
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("catalogues", root / "tools" / "catalogues.py")
    catalogues = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(catalogues)
    faults = [(m.id, text) for m in catalogues.read("cli", "fr") if m.id for text in catalogues._strings(m)
              if french.english_sentences(text) or french.glossary_problems(text)]
    assert faults == []


def test_every_question_type_has_its_french_name_in_the_answer_key() -> None:
    from lessons_lib.course.quiz_key import TYPE_NAMES
    from lessons_lib.course.words import gettext
    from lessons_lib.quiz.model import TYPES

    assert set(TYPE_NAMES) == set(TYPES)
    assert {t: gettext(t, "fr") for t in TYPES} == {
        "single": "choix unique", "multiple": "choix multiple", "numeric": "nombre", "text": "texte court",
        "order": "ordre chronologique", "match": "association"}
