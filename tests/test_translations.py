"""The validator speaks French to a French reader: every message of the hostile set, in French.

Each CSV and descriptor case of ``tests/hostile_cases.py`` runs through ``techgeo-lessons validate``
with the language set to French; no line of what the reader sees may read as English (the check of
``tools/french.py``). A new validator message without its French twin in
``lessons_lib/translations.py`` fails here, naming the message.
"""

from __future__ import annotations

import sys

import pytest
from french_tool import french
from hostile_cases import CASES, filled, prepare

from lessons_lib import set_language
from lessons_lib.cli import main
from lessons_lib.schema import data_dir
from lessons_lib.translations import translate

VALIDATOR_CASES = [c for c in CASES if c.surface in ("csv", "descriptor")
                   and not {"PYTHONIOENCODING", "LANG", "LC_ALL"} & set(c.env)]


@pytest.fixture
def in_french():
    set_language("fr")
    yield
    set_language("en")


@pytest.mark.parametrize("case", VALIDATOR_CASES, ids=[c.name for c in VALIDATOR_CASES])
def test_every_validator_message_reads_in_french(case, tmp_path, monkeypatch, capsys, in_french):
    prepare(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", None)
    main([filled(a, tmp_path) for a in case.argv])
    said = capsys.readouterr()
    english = [line for line in (said.out + said.err).splitlines() if french.english_sentences(line)]
    assert english == []


def test_a_message_without_a_french_twin_stays_as_written():
    assert translate("a brand-new message", "fr") == "a brand-new message"
    assert translate("a value (this column may not be empty)", "en") == "a value (this column may not be empty)"


def test_a_missing_file_and_the_package_report_read_in_french(tmp_path, monkeypatch, capsys, in_french):
    """Two messages the hostile set did not reach: a path with no file, and the package's last report."""
    monkeypatch.chdir(tmp_path)
    main(["validate", "nothere.csv"])
    assert "attendu\u00a0: un fichier CSV existant (aucun fichier à cet emplacement)" in capsys.readouterr().out
    main(["validate", str(data_dir())])
    assert "références entre les tables\u00a0: aucun problème." in capsys.readouterr().out
