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


def test_french_catalogue_uses_the_glossary_terms():
    """The words in code use the case's one French term per concept (``data/glossary.yaml``)."""
    faults = [f"{m.id!r}: {fault}" for domain in catalogues.DOMAINS for m in catalogues.read(domain, "fr") if m.id
              for text in catalogues._strings(m) for fault in french.glossary_problems(text)]
    assert faults == []


# Modules that may still hold a mapping keyed by "en" and "fr", and why it is not a learner's text to translate.
INLINE_ALLOWED = {
    # the formatter's locale tables (month and weekday names, lists as CLDR keeps them), not messages
    "fmt.py": 3,
    # language codes -> their English names (LANGUAGE_NAMES), for English-only warnings and a bank author's errors
    "i18n.py": 1,
    # the Sphinx site's page words: site.py is being rewritten on the site branch, which moves them
    "site.py": 1,
}


def _inline_blocks(source: str) -> list[int]:
    """Lines of the ``{"en": ..., "fr": ...}`` displays in ``source`` (dict literals, not docstrings)."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if {"en", "fr"} <= keys:
                found.append(node.lineno)
    return found


def test_no_inline_bilingual_text_in_the_package():
    """What a learner reads is an English message in the code and its French in the catalogue, never an inline
    ``{"en": ..., "fr": ...}`` pair (data keeps its own ``_fr`` columns and ``x-labels``: it is read, not written
    here)."""
    found = {}
    for path in sorted((ROOT / "lessons_lib").rglob("*.py")):
        relative = path.relative_to(ROOT / "lessons_lib").as_posix()
        lines = _inline_blocks(path.read_text(encoding="utf-8"))
        if len(lines) > INLINE_ALLOWED.get(relative, 0):
            found[relative] = lines
    assert found == {}


def test_the_inline_scan_finds_a_pair():
    assert _inline_blocks('TITLE = {"en": "Votes", "fr": "Votes nominatifs"}\nx = {"en": 1}\n') == [1]


def test_quizzes_and_charts_write_numbers_with_the_same_formatter():
    """1 500 is written with the same no-break space in a quiz's key, its score and a chart (lessons_lib.fmt)."""
    from lessons_lib import fmt
    from lessons_lib.quiz.model import Question, Tolerance

    question = Question(id="q", type="numeric", prompt={"en": "?", "fr": "?"}, answer=689_000_000,
                        tolerance=Tolerance(relative=0.03))
    assert question.answer_key("fr") == "689\u00a0000\u00a0000 (±\u00a03\u00a0%)"
    assert question.answer_key("en") == "689,000,000 (± 3 %)"
    assert fmt.number(689_000_000, "fr") == "689\u00a0000\u00a0000"


@pytest.mark.parametrize(("n", "french"), [(0, "Il manque 0 bonne réponse."), (1, "Il manque 1 bonne réponse."),
                                           (2, "Il manque 2 bonnes réponses.")])
def test_counts_take_the_french_plural(n, french):
    from lessons_lib.quiz.messages import ui

    assert ui("you_missed", "fr", n=n) == french
