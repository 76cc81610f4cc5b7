"""The quiz as a learner uses it, driven headless: set values, click, read the feedback in widget state."""

from __future__ import annotations

import html

import pytest

from lessons_lib.i18n import set_language
from lessons_lib.quiz import bank_names, load_bank, show
from lessons_lib.quiz.model import Bank, Item, Option, Pair, Question, Tolerance
from lessons_lib.quiz.results import ResultsStore
from lessons_lib.quiz.widgets import QuizView

NASTY = [
    "",
    " ",
    "1e999",
    "nan",
    "inf",
    "<script>alert(1)</script>",
    "x" * 100_000,
    "😀" * 50,
    "\x00",
    "1" * 5000,
    "-0",
    "١٢٣",
    "${7*7}",
    "__import__('os')",
]


@pytest.fixture(autouse=True)
def results_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", str(tmp_path))
    yield tmp_path
    set_language("en")


def t(en, fr=None):
    return {"en": en, "fr": fr or en + " (fr)"}


def every_type_bank() -> Bank:
    return Bank(
        "demo",
        t("Demo"),
        (
            Question(
                "s",
                "single",
                t("Pick"),
                options=(
                    Option("a", t("A"), True, t("Yes because")),
                    Option("b", t("B"), False, t("No because")),
                ),
            ),
            Question(
                "m",
                "multiple",
                t("Which"),
                options=(
                    Option("a", t("A"), True),
                    Option("b", t("B"), True),
                    Option("c", t("C"), False, t("C is wrong")),
                ),
            ),
            Question(
                "n",
                "numeric",
                t("How many"),
                answer=689e6,
                tolerance=Tolerance(relative=0.05),
                hints=(t("Less than a billion"), t("Between 600 and 700 million")),
            ),
            Question("x", "text", t("Buyer"), accepted={"en": ("Île-de-France",), "fr": ("Île-de-France",)}),
            Question(
                "o",
                "order",
                t("Order"),
                items=(Item("i1", t("First")), Item("i2", t("Second")), Item("i3", t("Third"))),
            ),
            Question(
                "p",
                "match",
                t("Match"),
                pairs=(Pair("p1", t("Oracle"), t("Partner")), Pair("p2", t("Walmart"), t("Retail"))),
            ),
        ),
    )


def answer(view, value):
    q = view.question
    if q.type == "multiple":
        ids = view._box_ids
        for box, oid in zip(view.control.children, ids, strict=True):
            box.value = oid in value
    elif q.type in ("order", "match"):
        for drop, v in zip(view.control.children, value, strict=True):
            drop.value = v
    else:
        view.control.value = value
    view.check_button.click()
    return view.status.value


def test_right_and_wrong_answers_for_every_type(results_dir):
    quiz = QuizView(every_type_bank(), "en")
    s, m, n, x, o, p = quiz.questions
    assert answer(s, "b") == "✗ Not quite." and "No because" in s.feedback.value
    assert answer(s, "a") == "✓ Correct." and "Yes because" in s.feedback.value
    assert answer(m, ["a", "c"]) == "✗ Not quite."  # (1 right - 1 wrong) / 2 = 0
    assert "C is wrong" in m.feedback.value and "left out 1 right answer" in m.feedback.value
    assert answer(m, ["a"]) == "✗ Partly right." and "Score: 0.5/1" in m.feedback.value
    assert answer(m, ["a", "b"]) == "✓ Correct."
    assert answer(n, "2 billion") == "✗ Not quite." and "too high" in n.feedback.value
    assert n.explanation.value == ""
    assert answer(n, "689 millions") == "✓ Correct."
    assert "689,000,000" in n.explanation.value
    assert answer(x, "  ile de FRANCE ") == "✓ Correct."
    assert (
        answer(o, ["i2", "i1", "i3"]) == "✗ Partly right." and "1 of 3 in the right place" in o.feedback.value
    )
    assert answer(o, ["i1", "i2", "i3"]) == "✓ Correct."
    assert answer(p, ["p2", "p1"]) == "✗ Not quite."
    assert answer(p, ["p1", "p2"]) == "✓ Correct."
    records = ResultsStore().records()
    assert [(r["question"], r["attempt"], r["correct"]) for r in records][:3] == [
        ("s", 1, False),
        ("s", 2, True),
        ("m", 1, False),
    ]
    assert {r["lesson"] for r in records} == {"demo"}


def test_hints_come_one_at_a_time_and_are_recorded(results_dir):
    quiz = QuizView(every_type_bank(), "en")
    n = quiz.question("n")
    n.hint_button.click()
    assert "Less than a billion" in n.hints.value and "600" not in n.hints.value
    assert n.hint_button.description == "Another hint"
    n.hint_button.click()
    assert "Between 600 and 700 million" in n.hints.value and n.hint_button.disabled
    n.hint_button.click()  # a click on a disabled button changes nothing
    answer(n, "689M")
    record = ResultsStore().records()[-1]
    assert record["hints_used"] == 2 and record["correct"] is True


def test_explanation_after_two_wrong_tries():
    quiz = show("00-start-here")
    view = quiz.question("q3-article-staff")
    answer(view, "a")
    assert view.explanation.value == ""
    answer(view, "d")
    assert "Vanessa Pappas" in view.explanation.value


@pytest.mark.parametrize("typed", NASTY)
def test_any_input_is_handled_without_exception(typed):
    quiz = QuizView(every_type_bank(), "en")
    for qid in ("n", "x"):
        view = quiz.question(qid)
        view.control.value = typed
        view.check_button.click()
        assert view.status.value
        assert "<script>" not in view.feedback.value


def test_empty_choice_is_not_an_attempt(results_dir):
    quiz = QuizView(every_type_bank(), "en")
    for view in quiz.questions:
        view.check_button.click()
        assert (
            view.status.value
            in ("Choose or type an answer first.", "Fill every position: 3 still empty.",
                "Choose a match for every item.")
            or "could not read" in view.status.value
        )
        assert view.attempts == 0
    assert list(results_dir.iterdir()) == []


def test_french_interface_and_content():
    set_language("fr")
    quiz = show("00")
    view = quiz.question("q1-article-users")
    assert view.check_button.description == "Vérifier" and view.hint_button.description == "Indice"
    assert "Combien d&#x27;utilisateurs" in view.prompt.value  # escaped HTML
    assert answer(view, "1 milliard") == "✓ Exact."
    assert "Explication" in view.explanation.value


def test_feedback_is_words_and_a_symbol_not_colour():
    quiz = QuizView(every_type_bank(), "en")
    view = quiz.question("s")
    answer(view, "b")
    assert view.status.value.startswith("✗ ") and view.check_button.button_style == ""
    assert "color" not in view.feedback.value and "background" not in view.box.layout.border


def test_controls_are_labelled():
    quiz = QuizView(every_type_bank(), "en")
    assert quiz.question("s").control.description == "Your answer"
    assert quiz.question("n").control.description == "Your answer"
    assert [d.description for d in quiz.question("o").control.children] == [
        "Position 1",
        "Position 2",
        "Position 3",
    ]
    assert [d.description for d in quiz.question("p").control.children] == ["Oracle", "Walmart"]


@pytest.mark.parametrize("name", bank_names())
def test_every_bank_renders_with_a_static_fallback(name):
    bundle = show(name, record=False)._repr_mimebundle_()
    assert set(bundle) == {"text/plain", "text/html", "application/vnd.jupyter.widget-view+json"}
    assert bundle["text/plain"].startswith("Quiz: ")
    assert "VBox" not in bundle["text/plain"]


def test_a_failing_results_file_does_not_break_the_quiz(results_dir):
    ResultsStore().path.mkdir()  # a folder where the file should be: cannot be written
    quiz = QuizView(every_type_bank(), "en")
    view = quiz.question("s")
    # said in the status line and first in the feedback, never as a footnote under a plain tick
    assert answer(view, "a") == "✓ Correct. ⚠ NOT SAVED"
    assert view.feedback.value.startswith("⚠ Your answer was NOT saved (")
    assert "ResultsError" not in view.feedback.value  # the store's sentence, not a Python class name
    assert "is not a regular file, so it cannot hold results" in view.feedback.value
    assert "Tell your teacher" in view.feedback.value


def test_a_damaged_results_file_is_set_aside_and_the_learner_is_told(results_dir):
    path = ResultsStore().path
    # a kernel killed mid-answer left an unfinished line
    path.write_bytes(b'{"lesson": "demo", "question": "s", "learner": "x"}\n{"lesson": "de')
    view = QuizView(every_type_bank(), "fr").question("s")
    assert answer(view, "a") == "✓ Exact."  # saved: no "not saved" in the verdict
    assert view.feedback.value.startswith("⚠ À propos de vos réponses enregistrées (celle-ci l&#x27;est)\u00a0: "
                                          "the last line of ")
    assert "was moved to" in view.feedback.value and len(ResultsStore().records(everyone=True)) == 2


def test_an_answer_that_cannot_be_saved_is_said_in_french_too(results_dir):
    ResultsStore().path.mkdir()
    view = QuizView(every_type_bank(), "fr").question("s")
    assert answer(view, "a") == "✓ Exact. ⚠ NON ENREGISTRÉE"
    assert view.feedback.value.startswith(f"⚠ Votre réponse n&#x27;a PAS été enregistrée ({ResultsStore().path}")


def test_a_blank_results_folder_setting_is_said_loudly_not_hidden(results_dir, monkeypatch):
    monkeypatch.setenv("TECHGEO_RESULTS_DIR", "   ")
    view = QuizView(every_type_bank(), "en").question("s")
    assert answer(view, "a") == "✓ Correct. ⚠ NOT SAVED"
    assert "(TECHGEO_RESULTS_DIR is blank" in view.feedback.value


def test_built_bank_from_yaml_is_shuffled_the_same_in_widgets_and_static():
    bank = load_bank("00")
    quiz = QuizView(bank, "en", record=False)
    view = quiz.question("q3-article-staff")
    labels = [label for label, _ in view.control.options]
    text = repr(quiz)
    positions = [text.index(label) for label in labels]
    assert positions == sorted(positions)


def test_enter_in_a_number_field_checks_the_answer(results_dir):
    view = QuizView(every_type_bank(), "en").question("n")
    view.control.value = "689 million"
    view.control._handle_custom_msg({"event": "submit"}, [])  # what JupyterLab sends on Enter
    assert view.status.value == "✓ Correct." and view.attempts == 1


def test_a_bare_number_for_millions_asks_for_the_scale_in_the_learners_language():
    for lang, said in (("en", "Add the scale: “689” alone is read as 689; write “689 thousand”, “689 million” "
                              "or “689 billion”."),
                       ("fr", "Ajoutez l'ordre de grandeur\u00a0: «\u00a0689\u00a0» seul se lit 689\u202f; "
                              "écrivez «\u00a0689 mille\u00a0», «\u00a0689 millions\u00a0» ou "
                              "«\u00a0689 milliards\u00a0».")):
        view = QuizView(every_type_bank(), lang).question("n")
        view.control.value = "689"
        view.check_button.click()
        assert view.status.value == said and view.attempts == 0  # not counted as a wrong attempt


def test_a_number_reader_refusal_is_in_the_learners_language():
    view = QuizView(every_type_bank(), "fr").question("n")
    view.control.value = "beaucoup"
    view.check_button.click()
    assert view.status.value == ("Je n'ai pas pu lire de nombre dans votre réponse (elle ne commence ni par des "
                                 "chiffres ni par un nombre en lettres).")


def test_order_with_an_empty_position_says_which_is_missing():
    view = QuizView(every_type_bank(), "en").question("o")
    view.control.children[0].value = "i1"
    view.check_button.click()
    assert view.status.value == "Fill every position: 2 still empty." and view.attempts == 0


def test_match_refuses_the_same_right_item_twice():
    view = QuizView(every_type_bank(), "en").question("p")
    first = view.question.pairs[0].id
    for drop in view.control.children:
        drop.value = first
    view.check_button.click()
    right = view.question.pairs[0].right["en"]
    assert view.status.value == (f"You chose “{right}” twice: each item on the right goes with one item on "
                                 "the left.") and view.attempts == 0


def _models(widget):
    """Every widget model under ``widget``: itself, its children, and their layouts and styles."""
    found = {id(widget): widget}
    for name in ("layout", "style"):
        part = getattr(widget, name, None)
        if part is not None and not isinstance(part, str):
            found[id(part)] = part
    for child in getattr(widget, "children", ()):
        found.update(_models(child))
    return found


@pytest.mark.parametrize("name", ["02-timeline", "05-deal-makers"])
def test_a_quiz_builds_one_layout_and_one_style_model_per_look(name):
    # each widget with its own Layout and Style models made ~280 models (and as many kernel messages) for 8
    # questions, where a handful of looks is enough: each look is one model, shared
    quiz = QuizView(load_bank(name), lang="en", record=False)
    models = list(_models(quiz.widget).values())
    looks = [m for m in models if m.__class__.__name__.endswith(("Layout", "Style"))]
    distinct = {(type(m).__name__, repr(sorted(m.get_state().items()))) for m in looks}
    assert len(looks) == len(distinct)
    assert len(looks) <= 12  # the looks a quiz has, whatever its number of questions
    # what differs from widget to widget is still its own
    first, second = quiz.questions[0], quiz.questions[1]
    first.hint_button.disabled = True
    assert second.hint_button.disabled is False and first.hint_button.layout is second.hint_button.layout


def test_closing_one_quiz_leaves_another_whole():
    first, second = (QuizView(load_bank("02-timeline"), lang="en", record=False) for _ in range(2))
    first.widget.close()
    for view in second.questions:
        assert view.box.layout.comm is not None and view.check_button.style.comm is not None
    assert not set(map(id, _models(first.widget).values())) & set(map(id, _models(second.widget).values()))


def test_a_long_reason_for_not_saving_is_shown_whole(results_dir, monkeypatch):
    """On a hub the path comes first and is long: the reason after it must not be cut off."""
    import errno

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "/home/jupyter-" + "x" * 300 + "/results.jsonl")

    monkeypatch.setattr(ResultsStore, "record", full_disk)
    view = QuizView(every_type_bank(), "fr").question("s")
    answer(view, "a")
    shown = html.unescape(view.feedback.value)
    assert shown.startswith("⚠ Votre réponse n'a PAS été enregistrée (impossible d'écrire /home/jupyter-xxx")
    assert "/results.jsonl\u00a0: le disque est plein). Prévenez" in shown
