"""The gettext catalogues match the code: every message a reader can meet has its French twin.

``tools/catalogues.py`` extracts every ``gettext``/``ngettext``/``N_`` message of ``lessons_lib`` with
Babel and compares it with ``lessons_lib/locale/fr/LC_MESSAGES/*.po``: a new or changed English message
fails here (a changed one is marked fuzzy by ``update``, as gettext does) until it is translated and
the ``.mo`` files are compiled again.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from french_tool import french

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("catalogues", ROOT / "tools" / "catalogues.py")
catalogues = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogues)


def test_catalogues_hold_every_message_translated_and_compiled():
    assert catalogues.problems() == []


@pytest.mark.parametrize("domain", catalogues.DOMAINS)
def test_french_catalogue_follows_french_typography(domain):
    faults = [f"{m.id!r}: {fault}" for m in catalogues.read(domain, "fr") if m.id
              for text in catalogues._strings(m) for fault in french.typography(text)]
    assert faults == []


def test_a_new_english_message_is_reported_until_translated(tmp_path, monkeypatch):
    """The check can fail: a message added to the code and absent from the catalogue is named."""
    package = tmp_path / "lessons_lib"
    (package / "quiz").mkdir(parents=True)
    (package / "quiz" / "new.py").write_text('from lessons_lib.i18n import gettext\ngettext("Brand new words")\n')
    monkeypatch.setattr(catalogues, "PACKAGE", package)
    found = catalogues.problems()
    assert any("not in the catalogue" in line and "'Brand new words'" in line for line in found)
    assert any("no longer in the code" in line and "'Check'" in line for line in found)


def test_messages_are_keyed_by_file_into_two_domains():
    assert catalogues.domain_of("commands/validate.py") == "cli"
    assert catalogues.domain_of("quiz/messages.py") == "lessons"
