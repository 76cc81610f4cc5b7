"""parse_number: what people type, in English and French, and what it must never do (raise anything
but ValueError, return NaN or infinity)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lessons_lib.quiz import parse_number

CASES = [
    ("1 billion", 1e9),
    ("1 milliard", 1e9),
    ("689M", 689e6),
    ("689 millions", 689e6),
    ("1e9", 1e9),
    ("1,000,000,000", 1e9),
    ("1 000 000", 1e6),
    ("1,5", 1.5),
    ("1.5", 1.5),
    ("15 %", 15.0),
    ("15%", 15.0),
    ("689 million users", 689e6),
    ("689 millions d'utilisateurs", 689e6),
    ("1\u00a0000\u00a0000", 1e6),
    ("1\u202f000", 1000.0),
    ("1'000'000", 1e6),
    ("1.000.000", 1e6),
    ("1.000,5", 1000.5),
    ("1,000.5", 1000.5),
    ("1 000,5", 1000.5),
    ("2.5k", 2500.0),
    ("0.1 billion", 1e8),
    ("1,5 milliard", 1.5e9),
    ("700mn", 700e6),
    ("10 Mds", 10e9),
    ("$1.5bn", 1.5e9),
    ("-3", -3.0),
    ("\u22123", -3.0),
    ("+7", 7.0),
    (".5", 0.5),
    ("1e-3", 0.001),
    ("1,5e9", 1.5e9),
    ("10 pour cent", 10.0),
    ("  42  ", 42.0),
    ("１２３", 123.0),
    ("~700 million", 700e6),
    ("-0", 0.0),
    # in words, and with the words that qualify a number (the walkthrough's E5 and M2)
    ("a billion", 1e9),
    ("one billion", 1e9),
    ("nearly a billion", 1e9),
    ("about 1 billion", 1e9),
    ("un milliard", 1e9),
    ("près d'un milliard", 1e9),
    ("près d\u2019un milliard", 1e9),
    ("environ 1,5 milliard", 1.5e9),
    ("0,689 milliard", 689e6),
    ("689 mln", 689e6),
    ("more than 1,500", 1500.0),
    ("plus de 7 000 employés", 7000.0),
    ("au moins 100 millions", 1e8),
    ("half a billion", 5e8),
    ("deux milliards", 2e9),
    ("un milliard d'utilisateurs", 1e9),
    ("some 689 million", 689e6),
]
BAD = [
    "",
    "   ",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "1e999",
    "<script>alert(1)</script>",
    "abc",
    "1 5",
    "1,2,3",
    "1.2.3",
    "12,34,567",
    "9" * 101,
    "1e",
    "--1",
    "1 2 3 million",
    "∞",
    "1/2",
    "1 0000",
    "1,000,00",
    "½",
    "a",
    "about",
    "an apple",
    "million",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_what_people_type(text, expected):
    assert parse_number(text) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("text", BAD)
def test_refuses_with_a_reason(text):
    with pytest.raises(ValueError, match="could not read a number in"):
        parse_number(text)


def test_not_text_is_a_type_error():
    with pytest.raises(TypeError, match="expects text"):
        parse_number(12)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gives_a_finite_number_or_value_error(text):
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert math.isfinite(value)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_integers_with_any_thousands_separator(n):
    for sep in (",", " ", "\u00a0", "\u202f", "'"):
        assert parse_number(f"{n:,}".replace(",", sep)) == n
    assert parse_number(str(n)) == n


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False))
def test_python_float_reprs_round_trip(x):
    assert parse_number(repr(x)) == x


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_french_decimal_comma(whole, cents):
    text = f"{whole},{cents:02d}"
    assert parse_number(text) == pytest.approx(whole + cents / 100)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(
        [
            ("million", 10**6),
            ("millions", 10**6),
            ("M", 10**6),
            ("milliard", 10**9),
            ("billion", 10**9),
            ("bn", 10**9),
            ("k", 10**3),
            ("thousand", 10**3),
        ]
    ),
)
def test_multiplier_words(n, word):
    name, factor = word
    assert parse_number(f"{n} {name}") == n * factor
    assert parse_number(f"{n}{name}") == n * factor
