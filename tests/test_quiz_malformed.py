"""Malformed quiz banks: each is refused with a message that names the file, the question and the fault."""

from __future__ import annotations

import copy
from typing import Any

import pandas as pd
import pytest
import yaml

from lessons_lib.quiz import DataLookup, QuizError, load_bank_text

TABLES = {
    "user_stats": {
        "mau": {
            "value": 689_000_000.0,
            "qualifier": "exact",
            "unit": "users",
            "source_title": "A court filing",
            "source_url": "https://example.org/filing",
        }
    },
    "events": {
        "eo": {"date": pd.Timestamp("2020-08-06"), "deadline_days": 45, "source_title": "EO", "source_url": None},
        "cfius": {"date": pd.Timestamp("2020-08-14"), "deadline_days": 90, "source_title": "CFIUS",
                  "source_url": None},
    },
}


def t(en: str) -> dict[str, str]:
    return {"en": en, "fr": en + " (fr)"}


GOOD: dict[str, Any] = {
    "lesson": "demo",
    "title": t("Demo"),
    "questions": [
        {
            "id": "q1",
            "type": "single",
            "prompt": t("Pick"),
            "options": [{"id": "a", "text": t("A"), "correct": True}, {"id": "b", "text": t("B")}],
        },
        {
            "id": "q2",
            "type": "numeric",
            "prompt": t("How many"),
            "answer_from": "user_stats:mau",
            "tolerance": {"relative": 0.05},
        },
        {
            "id": "q3",
            "type": "order",
            "prompt": t("Order"),
            "items": [
                {"id": "eo", "text": t("Order"), "answer_from": "events:eo"},
                {"id": "cfius", "text": t("CFIUS"), "answer_from": "events:cfius"},
            ],
        },
        {
            "id": "q4",
            "type": "match",
            "prompt": t("Match"),
            "pairs": [
                {"left": t("Oracle"), "right": t("Partner")},
                {"left": t("Walmart"), "right": t("Retail")},
            ],
        },
        {"id": "q5", "type": "text", "prompt": t("Buyer"), "accepted": {"en": ["Oracle"], "fr": ["Oracle"]}},
        {
            "id": "q6",
            "type": "multiple",
            "prompt": t("Which"),
            "options": [
                {"id": "a", "text": t("A"), "correct": True},
                {"id": "b", "text": t("B"), "correct": True},
                {"id": "c", "text": t("C")},
            ],
        },
    ],
}


def load(data: Any) -> Any:
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return load_bank_text(text, "demo.yaml", lookup=DataLookup(TABLES), expect_lesson="demo")


def broken(question: int | None, change) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    change(data if question is None else data["questions"][question])
    return data


def refused(data: Any) -> str:
    with pytest.raises(QuizError) as info:
        load(data)
    message = str(info.value)
    assert "demo.yaml" in message
    return message


def test_the_good_bank_loads():
    bank = load(GOOD)
    assert [q.id for q in bank.questions] == ["q1", "q2", "q3", "q4", "q5", "q6"]
    assert bank.questions[1].answer == 689_000_000


def test_yaml_syntax_error_names_the_line():
    message = refused("lesson: demo\nquestions:\n  - id: q1\n    type: [single\n")
    assert "demo.yaml, line" in message and "not valid YAML" in message


def test_tab_indentation_is_a_syntax_error_with_line():
    assert "line 2" in refused("lesson: demo\n\tquestions: []\n")


def test_duplicate_yaml_key():
    assert "the key 'prompt' appears twice" in refused(
        "lesson: demo\nquestions:\n  - id: q1\n    prompt: {en: a, fr: b}\n    prompt: {en: a, fr: b}\n"
    )


def test_not_a_mapping():
    assert "a bank must be a block with lesson, title and questions" in refused("- just\n- a list\n")


def test_lesson_must_match_file_name():
    assert "lesson 'other' does not match the file name 'demo'" in refused(
        broken(None, lambda d: d.update(lesson="other"))
    )


def test_no_questions():
    assert "'questions' is empty" in refused(broken(None, lambda d: d.update(questions=[])))


def test_unknown_type_suggests_the_closest():
    message = refused(broken(0, lambda q: q.update(type="singel")))
    assert "question 'q1': unknown type 'singel' (did you mean 'single'?)" in message


def test_a_question_of_an_unknown_type_is_refused_when_the_bank_loads_naming_file_question_and_types():
    message = refused(broken(4, lambda q: q.update(type="essay")))
    assert message.startswith("demo.yaml, line ")
    assert message.endswith(", question 'q5': unknown type 'essay'; the types are: single, multiple, numeric, "
                            "text, order, match")


def test_a_question_made_in_code_with_an_unknown_type_is_refused_not_graded_as_no_answer():
    from lessons_lib.quiz import Question
    from lessons_lib.quiz.model import _GRADERS, TYPES

    with pytest.raises(ValueError, match="question 'q9': unknown type 'essay'; the types are: single, multiple"):
        Question(id="q9", type="essay", prompt=t("Write"))
    assert list(_GRADERS) == list(TYPES)  # every type has its grading rule, and only those


def test_a_question_made_in_code_with_nothing_to_grade_is_refused_when_made_not_when_graded():
    from lessons_lib.quiz import Question
    from lessons_lib.quiz.model import Item, Option, Pair

    # an order question with no items divided by zero when a learner pressed "Check"
    with pytest.raises(ValueError) as refused_order:
        Question(id="q7", type="order", prompt=t("Put in order"))
    assert str(refused_order.value) == "question 'q7': an order question needs at least 2 items to put in order; " \
                                      "found 0"
    with pytest.raises(ValueError, match=r"^question 'q8': a match question needs at least 2 pairs to match; found 1$"):
        Question(id="q8", type="match", prompt=t("Match"), pairs=(Pair("a", t("A"), t("1")),))
    with pytest.raises(ValueError, match=r"^question 'q9': a multiple question needs an option marked correct; "
                                         r"none of its 2 is$"):
        Question(id="q9", type="multiple", prompt=t("Pick"),
                 options=(Option("a", t("A"), False), Option("b", t("B"), False)))
    # with its items, the same question grades as usual
    ordered = Question(id="q7", type="order", prompt=t("Put in order"),
                       items=(Item("early", t("Early")), Item("late", t("Late"))))
    assert ordered.grade(["early", "late"], "en").messages[0] == "✓ Correct."


def test_unknown_key_suggests_the_closest():
    assert "unknown key 'explantion' in the question (did you mean 'explanation'?)" in refused(
        broken(0, lambda q: q.update(explantion=t("x")))
    )


def test_no_correct_answer():
    def change(q):
        q["options"][0]["correct"] = False

    assert "question 'q1': no correct answer" in refused(broken(0, change))


def test_two_correct_answers_in_a_single_question():
    def change(q):
        q["options"][1]["correct"] = True

    assert "a single question has 2 correct options (a, b)" in refused(broken(0, change))


def test_multiple_needs_a_wrong_option():
    def change(q):
        q["options"][2]["correct"] = True

    assert "every option is correct" in refused(broken(5, change))


def test_empty_options():
    assert "question 'q1': 'options' is empty: it needs at least 2" in refused(
        broken(0, lambda q: q.update(options=[]))
    )


def test_duplicate_option_ids():
    def change(q):
        q["options"][1]["id"] = "a"

    assert "two options have the id 'a'" in refused(broken(0, change))


def test_duplicate_question_ids():
    def change(d):
        d["questions"][1]["id"] = "q1"

    assert "duplicate id 'q1'" in refused(broken(None, change))


def test_bad_question_id():
    assert "must be lower-case letters, digits and hyphens" in refused(
        broken(0, lambda q: q.update(id="Q 1"))
    )


def test_numeric_without_tolerance():
    assert "question 'q2': a numeric question needs a tolerance" in refused(
        broken(1, lambda q: q.pop("tolerance"))
    )


def test_numeric_tolerance_out_of_range():
    assert "tolerance relative must be between 0 and 1" in refused(
        broken(1, lambda q: q.update(tolerance={"relative": 5}))
    )


def test_numeric_tolerance_with_two_kinds():
    assert "tolerance must be exactly one of" in refused(
        broken(1, lambda q: q.update(tolerance={"relative": 0.1, "absolute": 3}))
    )


def test_numeric_without_answer():
    assert "a numeric question needs an answer" in refused(broken(1, lambda q: q.pop("answer_from")))


def test_numeric_answer_as_text():
    def change(q):
        q.pop("answer_from")
        q["answer"] = "689 million"

    assert "answer must be a plain number (e.g. 689000000); found '689 million'" in refused(broken(1, change))


def test_numeric_answer_disagreeing_with_the_data():
    assert "answer 1000000000 disagrees with the data: user_stats:mau is 689000000.0" in refused(
        broken(1, lambda q: q.update(answer=1_000_000_000))
    )


def test_unknown_answer_from_row():
    assert "unknown answer_from reference 'user_stats:nope': no row 'nope' in table 'user_stats'" in refused(
        broken(1, lambda q: q.update(answer_from="user_stats:nope"))
    )


def test_unknown_answer_from_table():
    assert "no table 'users'" in refused(broken(1, lambda q: q.update(answer_from="users:mau")))


def test_unknown_answer_from_column():
    assert "no column 'nope' in table 'user_stats'" in refused(
        broken(1, lambda q: q.update(answer_from="user_stats:mau:nope"))
    )


def test_malformed_answer_from():
    assert "is not a data reference" in refused(broken(1, lambda q: q.update(answer_from="the July figure")))


def test_answer_not_among_the_options():
    def change(q):
        q["answer_from"] = "user_stats:mau:qualifier"
        q["options"] = [
            {"id": "a", "value": "about", "text": t("About")},
            {"id": "b", "value": "more_than", "text": t("More")},
        ]

    assert (
        "the answer from the data ('exact', from user_stats:mau:qualifier) is not among the options"
        in refused(broken(0, change))
    )


def test_bound_options_need_values():
    def change(q):
        q["answer_from"] = "user_stats:mau:qualifier"
        for o in q["options"]:
            o.pop("correct", None)

    assert "every option needs a value to compare with the data" in refused(broken(0, change))


def test_missing_french_text_where_english_exists():
    def change(q):
        del q["prompt"]["fr"]

    assert "question 'q1': prompt: the French text (fr) is missing where English exists" in refused(
        broken(0, change)
    )


def test_missing_french_option_feedback():
    def change(q):
        q["options"][0]["feedback"] = {"en": "Yes"}

    assert "option a: feedback: the French text (fr) is missing where English exists" in refused(
        broken(0, change)
    )


def test_text_reading_as_true_false():
    def change(q):
        q["options"][1]["text"] = {"en": "No", "fr": False}

    assert "reads as true/false; put it in quotes" in refused(broken(0, change))


def test_text_question_without_french_answers():
    assert "accepted: the French answers (fr) are missing" in refused(
        broken(4, lambda q: q.update(accepted={"en": ["Oracle"]}))
    )


def test_ordering_with_duplicate_items():
    def change(q):
        q["items"][1]["text"] = t("Order")

    assert "question 'q3': the ordering question has duplicate items in en: 'Order'" in refused(
        broken(2, change)
    )


def test_ordering_not_in_time_order_by_the_data():
    def change(q):
        q["items"].reverse()

    assert "items are not in time order according to the data: 'cfius' (2020-08-14) is listed before 'eo' " \
           "(2020-08-06)" in refused(broken(2, change))


def test_an_ordering_item_bound_to_something_that_is_not_a_day_is_refused():
    def change(q):
        q["items"][0]["answer_from"] = "events:eo:deadline_days"

    assert "item 'eo': answer_from events:eo:deadline_days holds 45, not a day" in refused(broken(2, change))


def test_data_values_keep_their_loaders_types_from_table_to_question():
    from lessons_lib.quiz.binding import DataLookup as Shipped

    lookup = Shipped()
    assert isinstance(lookup.value("events:2020-08-06-eo-13942", "date"), pd.Timestamp)
    assert lookup.value("events:2020-08-06-eo-13942") == 45  # deadline_days, a whole number

    def dated(q):  # a single question whose answer is a day of the data
        q.update(answer_from="events:cfius:date")
        for option, day in zip(q["options"], ("2020-08-06", "2020-08-14"), strict=True):
            option.update(value=day, correct=False)

    bank = load(broken(0, dated))
    assert [o.correct for o in bank.questions[0].options] == [False, True]


def test_ordering_with_one_item():
    assert "'items' has only 1: it needs at least 2" in refused(broken(2, lambda q: q["items"].pop()))


def test_matching_with_duplicate_right_items():
    def change(q):
        q["pairs"][1]["right"] = t("Partner")

    assert "duplicate right items in en: 'Partner'" in refused(broken(3, change))


def test_answer_from_on_a_matching_question():
    assert "answer_from is not available for type match" in refused(
        broken(3, lambda q: q.update(answer_from="user_stats:mau"))
    )


def test_unknown_source_reference():
    assert "unknown source reference 'events:nope'" in refused(
        broken(0, lambda q: q.update(source="events:nope"))
    )


def test_hints_must_be_a_list():
    assert "hints must be a list" in refused(broken(0, lambda q: q.update(hints=t("one hint"))))


def test_every_problem_is_listed_at_once():
    def change(d):
        d["questions"][0]["type"] = "singel"
        d["questions"][1].pop("tolerance")

    message = refused(broken(None, change))
    assert message.startswith("2 problems in demo.yaml:")
    assert "question 'q1'" in message and "question 'q2'" in message


def test_problems_carry_line_numbers():
    with pytest.raises(QuizError) as info:
        load(broken(1, lambda q: q.pop("tolerance")))
    assert info.value.problems[0].line is not None
    assert info.value.problems[0].question == "q2"


def _blocks(data: Any, lines: dict[int, int]) -> list[tuple[Any, int]]:
    """Every block of ``data`` with the line it starts on, in reading order."""
    found, stack = [], [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append((sorted(map(str, item)), lines[id(item)]))
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return found


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml reads with Python only")
def test_every_shipped_bank_reads_the_same_with_libyaml_as_with_python(monkeypatch):
    from lessons_lib.quiz import bankfile
    from lessons_lib.quiz.locate import bank_names, bank_path

    for name in bank_names():
        text = bank_path(name).read_text(encoding="utf-8")
        fast = bankfile._read_fast(text)
        assert fast is not None, name  # the libyaml reader is the one a lesson uses
        with monkeypatch.context() as m:
            m.setattr(bankfile, "_CLoader", None)
            assert bankfile._read_fast(text) is None
            slow = bankfile.read_yaml(text, f"{name}.yaml")
        assert fast[0] == slow[0], name
        assert _blocks(*fast) == _blocks(*slow), name


@pytest.mark.parametrize("text", [
    "a: &x [1, 2]\nb: *x\n",  # an alias: refused with the Python reader's message, not read by libyaml
    "a: &x [*x]\n",  # an alias to its own block
    "a: 1\n---\nb: 2\n",
    "a: 1\na: 2\n",
    "? [a]\n: b\n",
    "a: 'x\n",
    "a: \x07\n",
])
def test_libyaml_leaves_every_refusal_to_the_python_reader(text, monkeypatch):
    from lessons_lib.quiz import bankfile

    assert bankfile._read_fast(text) is None
    with pytest.raises(QuizError) as with_libyaml:
        load_bank_text(text, "demo.yaml")
    monkeypatch.setattr(bankfile, "_CLoader", None)
    with pytest.raises(QuizError) as without:
        load_bank_text(text, "demo.yaml")
    assert str(with_libyaml.value) == str(without.value) and "demo.yaml" in str(without.value)
