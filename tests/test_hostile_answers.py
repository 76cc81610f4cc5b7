"""Odd answers a learner types into a quiz, as tables: one row per input, with what the learner reads.

The cases of ``docs/hostile-inputs.md`` that reach grading: numbers written with superscripts or
invisible marks, number words after digits, a multiple-choice answer that names an option twice,
text answers with zero-width or right-to-left marks, a Turkish dotless i. Grading must read each as
the learner meant it, or refuse it (an ``invalid`` grade, which costs no attempt) with the reason in
the learner's language; it must never misread one as another number, nor count an answer twice.
"""

from __future__ import annotations

import pytest

from lessons_lib.quiz import parse_number
from lessons_lib.quiz.model import Item, Option, Question, Tolerance, normalise_text

T = {"en": "?", "fr": "?"}
BILLION = Question(id="q-users", type="numeric", prompt=T, answer=1e9, tolerance=Tolerance(relative=0.05))
STAFF = Question(id="q-staff", type="numeric", prompt=T, answer=1500, tolerance=Tolerance(relative=0.05))

# (typed, number read): each was misread or refused before
READ = [
    ("10⁹", 1e9),                 # was 109: NFKC made the superscript 9 a plain 9
    ("1,5·10⁹", 1.5e9),
    ("1,5.10⁹", 1.5e9),           # the French school's way: a dot for "times"
    ("2 . 10^3", 2000.0),
    ("1.5 × 10⁹", 1.5e9),
    ("1.5 x 10^9", 1.5e9),
    ("10^9", 1e9),
    ("2*10**9", 2e9),
    ("10⁻³", 0.001),
    ("\u200f1500", 1500.0),       # a right-to-left mark, as an Arabic or Hebrew keyboard adds
    ("1500\u200e", 1500.0),       # a left-to-right mark
    ("\ufeff1500", 1500.0),       # a byte-order mark pasted from a file
    ("1\u200b500", 1500.0),       # a zero-width space from a web page
    ("1\u00ad500", 1500.0),       # a soft hyphen
    ("1٬500", 1500.0),            # Arabic thousands separator
    ("١٫٥", 1.5),                 # Arabic digits and decimal separator
    ("1500.", 1500.0),            # a full stop ending the sentence
    ("689 million.", 689e6),
    ("1500 !", 1500.0),
    ("689M ?", 689e6),
    ("PRES D'UN MILLIARD", 1e9),  # French without its accents
    ("a peu pres 1500", 1500.0),
    ("jusqu'a 1500", 1500.0),
    ("1500" + " " * 150, 1500.0),    # pasted with the spaces of a table cell: was "longer than 100 characters"
    ("\n" * 120 + "1500", 1500.0),
]

# (typed, English reason, French reason): each was read as another number before
REFUSED = [
    ("1²", "a power other than of ten ('²'): write 1e9 or 10^9 for a power of ten",
     "une puissance autre qu'une puissance de dix («\u00a0²\u00a0»)\u00a0: écrivez 1e9 ou 10^9 pour une puissance "
     "de dix"),
    ("2⁹", "a power other than of ten ('⁹')", "une puissance autre qu'une puissance de dix («\u00a0⁹\u00a0»)"),
    ("2^9", "a power other than of ten ('^9')", "une puissance autre qu'une puissance de dix («\u00a0^9\u00a0»)"),
    ("one thousand five hundred", "after the number comes another number in words ('five'): write the whole "
     "number in digits, as in 1 500 000",
     "le nombre est suivi d'un autre nombre en lettres («\u00a0five\u00a0»)\u00a0: écrivez tout le nombre en "
     "chiffres, comme 1\u00a0500\u00a0000"),
    ("1 billion billion", "another number in words ('billion')", "un autre nombre en lettres («\u00a0billion\u00a0»)"),
    ("two million five hundred thousand", "another number in words ('five')", "«\u00a0five\u00a0»"),
    ("1500 five", "another number in words ('five')", "«\u00a0five\u00a0»"),
    ("1.5kk", "another number in words ('kk')", "«\u00a0kk\u00a0»"),
    ("deux milliards cinq cents millions", "another number in words ('cinq')", "«\u00a0cinq\u00a0»"),
]


@pytest.mark.parametrize(("typed", "number"), READ, ids=[r[0] for r in READ])
def test_an_odd_way_of_writing_a_number_is_read_as_meant(typed, number):
    assert parse_number(typed) == pytest.approx(number)


@pytest.mark.parametrize(("typed", "english", "french"), REFUSED, ids=[r[0] for r in REFUSED])
def test_a_number_that_could_be_misread_is_refused_with_the_reason(typed, english, french):
    for lang, reason in (("en", english), ("fr", french)):
        grade = STAFF.grade(typed, lang)
        assert grade.status == "invalid", (lang, grade)  # no attempt counted, no "too low"
        assert reason in grade.messages[0], (lang, grade.messages)


def test_ten_to_the_ninth_is_a_billion_not_109():
    assert BILLION.grade("10⁹", "en").correct
    assert BILLION.grade("1 × 10⁹", "fr").correct


# -- multiple choice: an option named twice counts once -----------------------------------------
MULTIPLE = Question(id="q-multi", type="multiple", prompt=T, options=(
    Option("a", {"en": "A", "fr": "A"}, True), Option("b", {"en": "B", "fr": "B"}),
    Option("c", {"en": "C", "fr": "C"}, True)))


@pytest.mark.parametrize(("response", "status", "score", "line"), [
    (["a", "a"], "partly", 0.5, "Score: 0.5/1"),            # was "correct", "Score: 1/1"
    (["a", "a", "a"], "partly", 0.5, "Score: 0.5/1"),       # was "correct", "Score: 1.5/1"
    (["a", "c", "a", "c"], "correct", 1.0, "Score: 1/1"),   # was "Score: 2/1"
    (["a", "b", "b", "c"], "partly", 0.5, "Score: 0.5/1"),
])
def test_an_option_chosen_twice_counts_once(response, status, score, line):
    grade = MULTIPLE.grade(response, "en")
    assert (grade.status, grade.score, grade.messages[1]) == (status, score, line)


@pytest.mark.parametrize("response", ["ac", b"ac", {"a": True, "c": True}])
def test_a_multiple_answer_of_the_wrong_shape_is_not_an_attempt(response):
    grade = MULTIPLE.grade(response, "fr")
    assert grade.status == "invalid" and grade.messages == ("Choisissez ou tapez d'abord une réponse.",)


ORDER = Question(id="q-order", type="order", prompt=T, items=(
    Item("x", {"en": "X", "fr": "X"}), Item("y", {"en": "Y", "fr": "Y"}), Item("z", {"en": "Z", "fr": "Z"})))


@pytest.mark.parametrize("response", ["xyz", {"x": 1, "y": 2, "z": 3}])
def test_an_order_given_as_text_or_a_mapping_is_not_an_attempt(response):
    grade = ORDER.grade(response, "en")  # "xyz" was graded letter by letter, and right
    assert grade.status == "invalid" and grade.messages == ("Fill every position: 3 still empty.",)


# -- text answers: invisible marks and the Turkish dotless i ----------------------------------------
TEXT = Question(id="q-text", type="text", prompt=T, accepted={"en": ("Oracle", "Istanbul"), "fr": ("Oracle",)})


@pytest.mark.parametrize("typed", ["Ora\u200bcle", "Ora\u00adcle", "\u202bOracle\u202c", "ıstanbul", "ISTANBUL",
                                   "İstanbul"])
def test_a_text_answer_with_invisible_marks_or_a_dotless_i_is_recognised(typed):
    assert TEXT.grade(typed, "en").correct


def test_normalise_text_drops_invisible_marks():
    assert normalise_text("Ora\u200bcle\u200f") == "oracle"


# -- the language: TECHGEO_LANG written as a locale, set_language with a region --------------------
@pytest.mark.parametrize("value", ["fr_FR.UTF-8", "fr-FR", "FR_ca", "fr_FR@euro", " fr "])
def test_techgeo_lang_written_as_a_locale_gives_its_language(monkeypatch, value):
    from lessons_lib.i18n import get_language

    monkeypatch.setenv("TECHGEO_LANG", value)
    assert get_language() == "fr"


@pytest.mark.parametrize("value", ["fr_FR.UTF-8", "fr-CA", "EN_us"])
def test_set_language_takes_a_locale_name(value):
    from lessons_lib.i18n import get_language, set_language

    set_language(value)
    assert get_language() == value[:2].lower()


def test_an_odd_techgeo_lang_is_reported_in_the_language_used_instead(monkeypatch):
    from lessons_lib.i18n import default_language

    monkeypatch.setenv("TECHGEO_LANG", "xx")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    with pytest.warns(UserWarning) as said:
        assert default_language() == "fr"
    assert str(said[0].message) == ("TECHGEO_LANG='xx' n'est pas une langue des leçons\u202f; les leçons seront en "
                                    "français. Donnez à TECHGEO_LANG l'une de ces valeurs\u00a0: en, fr")


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "language 'de' is not available; choose one of: en, fr"),
    ("fr", "la langue 'de' n'est pas disponible\u202f; choisissez l'une de ces langues\u00a0: en, fr"),
])
def test_an_unknown_language_is_refused_in_the_current_language(lang, expected):
    from lessons_lib.i18n import set_language, speaking

    with speaking(lang), pytest.raises(ValueError) as refused:
        set_language("de")
    assert str(refused.value) == expected
