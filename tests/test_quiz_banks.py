"""Every shipped quiz bank: loads, agrees with the data, is complete in English and French, and its
static version (what GitHub, nbviewer and HTML exports show) never gives an answer away."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from lessons_lib.i18n import LANGUAGES
from lessons_lib.quiz import bank_names, load_bank, render_html, render_text
from lessons_lib.quiz.binding import parse_reference
from lessons_lib.quiz.locate import bank_path
from lessons_lib.quiz.messages import MESSAGES, ui
from lessons_lib.quiz.model import normalise_text

BANKS = bank_names()


def _row(reference: str, default: str | None = None):
    from lessons_lib.data import load_table

    table, row_id, column = parse_reference(reference, default)
    frame = load_table(table).set_index("id")
    assert row_id in frame.index, f"{reference}: no row {row_id!r} in {table}"
    return frame.loc[row_id, column]


def test_there_is_at_least_the_demo_bank():
    assert "00-start-here" in BANKS


@pytest.mark.parametrize("name", BANKS)
def test_bank_loads_and_matches_its_file_name(name):
    bank = load_bank(name)
    assert bank.lesson == name
    assert bank.questions


@pytest.mark.parametrize("name", BANKS)
def test_every_bound_answer_agrees_with_the_data(name):
    """Read the data again, independently of the binding code, and compare."""
    checked = 0
    for q in load_bank(name).questions:
        if q.answer_from:
            value = _row(q.answer_from)
            if q.type == "numeric":
                assert q.answer == pytest.approx(float(value)), q.id
            elif q.type == "single":
                right = [o for o in q.options if o.correct]
                assert len(right) == 1, q.id
                if hasattr(value, "isoformat"):  # a date: options name the day, YYYY-MM-DD
                    assert right[0].value == value.date().isoformat(), q.id
                else:
                    assert normalise_text(right[0].value) == normalise_text(str(value)) or (
                        float(right[0].value) == float(value)
                    ), q.id
            elif q.type == "text":
                accepted = {normalise_text(a) for answers in q.accepted.values() for a in answers}
                assert normalise_text(str(value)) in accepted, q.id
            checked += 1
        dates = [_row(i.answer_from, "date") for i in q.items if i.answer_from]
        assert dates == sorted(dates), f"{q.id}: items not in time order"
        checked += bool(dates)
    if name == "00-start-here":
        assert checked == 5


def _walk_texts(node, where="bank"):
    if isinstance(node, dict):
        if set(node) & set(LANGUAGES) and not {"id", "type"} & set(node):
            yield where, node
        for key, value in node.items():
            yield from _walk_texts(value, f"{where}.{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _walk_texts(value, f"{where}[{n}]")


@pytest.mark.parametrize("name", BANKS)
def test_every_text_is_given_in_english_and_french(name):
    raw = yaml.safe_load(bank_path(name).read_text(encoding="utf-8"))
    texts = list(_walk_texts(raw))
    assert texts
    for where, text in texts:
        for lang in LANGUAGES:
            value = text.get(lang)
            assert value not in (None, "", []), f"{name}: {where} has no {lang} text"


@pytest.mark.parametrize("name", BANKS)
def test_french_view_is_french_and_english_view_is_english(name):
    bank = load_bank(name)
    en, fr = render_text(bank, "en"), render_text(bank, "fr")
    assert en != fr
    for q in bank.questions:
        assert q.prompt["fr"] in fr and q.prompt["en"] in en


def test_ui_messages_differ_in_french_where_the_words_do():
    """The catalogue's completeness is tests/test_catalogues.py's; here, the quiz really reads it."""
    french = {key: ui(key, "fr") for key in MESSAGES}
    assert french["check"] == "Vérifier" and french["correct"] == "✓ Exact."
    assert sum(french[key] != ui(key, "en") for key in MESSAGES) >= len(MESSAGES) - 5


def _without_answers(bank):
    """The same bank with every answer, hint, feedback, explanation and source changed."""
    other = {"en": "SECRET", "fr": "SECRET"}
    questions = []
    for q in bank.questions:
        options = tuple(replace(o, correct=not o.correct, feedback=other, value="x") for o in q.options)
        questions.append(
            replace(
                q,
                options=options,
                hints=(other,),
                explanation=other,
                source=None,
                answer=None if q.answer is None else q.answer * 3 + 1,
                accepted={lang: ("SECRET",) for lang in LANGUAGES},
                answer_from=None,
            )
        )
    return replace(bank, questions=tuple(questions))


@pytest.mark.parametrize("name", BANKS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_static_version_never_gives_the_answer(name, lang):
    """The static view is the same whatever the answers are: it cannot reveal them."""
    bank = load_bank(name)
    shown = render_text(bank, lang) + render_html(bank, lang)
    assert shown == render_text(_without_answers(bank), lang) + render_html(_without_answers(bank), lang)
    assert "✓" not in shown
    for q in bank.questions:
        for text in [q.explanation, *q.hints, *(o.feedback for o in q.options)]:
            if text:
                assert text[lang] not in shown, f"{q.id}: static view shows a hint, feedback or explanation"
        if q.type == "order":
            listed = [i.text[lang] for i in q.shuffled_items()]
            assert listed != [i.text[lang] for i in q.items], f"{q.id}: items shown in the right order"


@pytest.mark.parametrize("name", BANKS)
def test_shuffle_is_stable_across_processes(name):
    code = (
        "from lessons_lib.quiz import load_bank;"
        f"b=load_bank({name!r}, lookup=None);"
        "print([[o.id for o in q.shuffled_options()] + [i.id for i in q.shuffled_items()]"
        " for q in b.questions])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1


def test_static_html_escapes_what_it_shows():
    from lessons_lib.quiz.model import Bank, Question

    q = Question(
        id="q",
        type="text",
        prompt={"en": "<script>x</script>", "fr": "<b>y</b>"},
        accepted={"en": ("a",), "fr": ("a",)},
    )
    html = render_html(Bank("demo", {"en": "<i>", "fr": "<i>"}, (q,)), "en")
    assert "<script>" not in html and "&lt;script&gt;" in html and "<i>" not in html


def test_importing_the_quiz_does_not_import_widgets_or_pandas():
    code = (
        "import sys, lessons_lib.quiz as q; q.parse_number('1'); q.load_bank('00', lookup=None);"
        "q.render_text(q.load_bank('00', lookup=None));"
        "print(sorted(m for m in ('ipywidgets', 'pandas', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_bank_found_by_number_name_or_path():
    assert bank_path("00").name == bank_path("00-start-here").name == "00-start-here.yaml"
    assert bank_path(str(bank_path("0"))) == bank_path("0")
    with pytest.raises(FileNotFoundError, match="no quiz bank '99'; the banks are: 00-start-here"):
        bank_path("99")


def test_cli_answer_key_table(capsys):
    from lessons_lib.cli import main

    assert main(["answers", "00", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "q2-july-mau" in out and "689,000,000 monthly active users (± 5 %)" in out
    assert main(["answers", "99"]) == 3
    assert "no quiz bank '99'" in capsys.readouterr().err


def test_doc_describes_every_type():
    doc = (Path(__file__).resolve().parent.parent / "docs" / "quiz-format.md").read_text(encoding="utf-8")
    for word in (
        "single",
        "multiple",
        "numeric",
        "text",
        "order",
        "match",
        "answer_from",
        "For teachers",
        "TECHGEO_RESULTS_DIR",
        "parse_number",
    ):
        assert word in doc
