"""Read a number the way people type it, in English or French, in digits or in words.

>>> parse_number("689 millions")
689000000.0
>>> parse_number("près d'un milliard")
1000000000.0
>>> parse_number("0,689 milliard")
689000000.0
>>> parse_number("1,5")
1.5

A refusal is a :class:`NumberError` (a ``ValueError``) whose ``reason`` names what went wrong,
so that the quiz can say it in the learner's language.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from lessons_lib.i18n import N_

__all__ = ["MAX_INPUT_CHARS", "NumberError", "has_multiplier", "parse_number"]

MAX_INPUT_CHARS = 100

# Words (and abbreviations) that multiply the number before them. "billion" is always 10**9, as in
# English: a French "billion" (10**12) is rare in a quiz answer; French speakers write "milliard".
_MULTIPLIERS: dict[str, int] = {
    "k": 10**3,
    "thousand": 10**3,
    "thousands": 10**3,
    "mille": 10**3,
    "milliers": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mlns": 10**6,
    "mio": 10**6,
    "million": 10**6,
    "millions": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "md": 10**9,
    "mds": 10**9,
    "mrd": 10**9,
    "mrds": 10**9,
    "billion": 10**9,
    "billions": 10**9,
    "milliard": 10**9,
    "milliards": 10**9,
    "trillion": 10**12,
    "trillions": 10**12,
}
_PERCENT_WORDS = ("percent", "per cent", "pour cent", "pourcent", "pct")
# Words that qualify a number ("nearly a billion", "plus de 7 000"): understood and set aside, as
# the quiz's tolerance already allows for a round figure. Longest first, so "un peu plus de" wins. Written
# without accents: the text is compared with its accents removed ("pres de" is "près de").
_QUALIFIERS = tuple(sorted((
    "about", "around", "approximately", "approx.", "approx", "roughly", "nearly", "almost", "close to",
    "some", "over", "more than", "less than", "fewer than", "under", "at least", "at most", "up to",
    "just over", "just under", "well over", "circa", "ca.",
    "environ", "pres de", "pres d'", "presque", "quasiment", "plus de", "plus d'", "moins de", "moins d'",
    "au moins", "au plus", "jusqu'a", "autour de", "a peu pres", "approximativement", "quelque",
    "un peu plus de", "un peu plus d'", "un peu moins de", "un peu moins d'", "pas loin de", "pas loin d'",
    "bien plus de", "bien plus d'",
), key=len, reverse=True))
# A number in words before a multiplier: "a billion", "un milliard", "two million", "deux milliards".
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3,
    "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8,
    "nine": 9, "neuf": 9, "ten": 10, "dix": 10, "half a": 0.5, "un demi-": 0.5, "un demi": 0.5,
}
_WORD_NUMBER = re.compile(r"(?P<word>half a|un demi-?|[a-z]+)\s*(?P<rest>[a-z].*)", re.DOTALL)
# Words that, after a number and its scale, are a second number ("one thousand five hundred", "1 billion
# billion", "1.5kk"): set aside, they would make another number of it, so the answer is refused instead.
_MORE_NUMBER_WORDS = frozenset({w for w in (*_MULTIPLIERS, *_NUMBER_WORDS) if len(w) > 2 and " " not in w}
                               | {"hundred", "hundreds", "cent", "cents", "kk", "mm", "bb"}) - {"une"}
# A power of ten: "10^9", "1.5 x 10^9", "2*10**9", "1,5.10^9" (a raised "10⁹" is written "10^9" first)
_POWER = re.compile(r"(?:(?P<mantissa>[\d.,' ]+?)\s*[x×*·⋅.]\s*)?10\s*(?:\^|\*\*)\s*(?P<exp>[+-]?\d{1,4})(?P<rest>.*)",
                    re.DOTALL)
_RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_RAISED_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+")
# Arabic decimal and thousands separators, and the minus sign, as the ASCII a reader means
_SIGNS = str.maketrans({"\u066b": ".", "\u066c": ",", "\u2212": "-"})
_CURRENCY = "$€£¥"
_END = re.compile(r"(?<=[\w%$€£¥])\s*[.!?]+$")  # "1500.", "689M ?": the end of a sentence, not a decimal
_SPACES = re.compile(r"[\s_]+")
# digits with separators, an optional exponent, then whatever words follow
_NUMBER = re.compile(r"(?P<digits>\d[\d.,' ]*|[.,]\d+)(?P<exp>e[+-]?\d{1,4})?(?P<rest>.*)", re.DOTALL)
_TAIL = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ' .-]*")


class NumberError(ValueError):
    """No number could be read; ``reason`` is a key of :data:`REASONS` (the English words are the message)."""

    def __init__(self, text: str, reason: str, **values: str):
        shown = text if len(text) <= 40 else text[:40] + "…"
        self.reason, self.values = reason, values
        super().__init__(f"could not read a number in {shown!r}: {REASONS[reason].format(**values)}")


# Why a number could not be read: English messages of the lessons catalogue, shown in the learner's language.
REASONS: dict[str, str] = {
    "empty": N_("it is empty"),
    "too_long": N_("it is longer than {most} characters"),
    "no_digits": N_("it does not start with digits or a number in words"),
    "too_large": N_("it is too large"),
    "space_groups": N_("spaces must separate groups of three digits, as in 1 000 000"),
    "mixed": N_("mixed separators"),
    "decimals": N_("the decimal part must be digits"),
    "groups": N_("'{sep}' must separate groups of three digits"),
    "characters": N_("unexpected characters"),
    "after": N_("unexpected characters after the number"),
    "raised": N_("a power other than of ten ('{digits}'): write 1e9 or 10^9 for a power of ten"),
    "two_numbers": N_("after the number comes another number in words ('{word}'): write the whole number in digits, "
                      "as in 1 500 000"),
}


def _fail(text: str, reason: str, **values: str) -> NumberError:
    return NumberError(text, reason, **values)


def _digits_to_decimal(raw: str, original: str) -> Decimal:
    """Turn ``1,000,000`` / ``1 000 000`` / ``1.000,5`` / ``1,5`` into a Decimal."""
    body = raw.replace("'", " ").strip()
    # spaces only ever group thousands: "1 000 000"
    if " " in body:
        groups = body.split(" ")
        head, *rest = groups
        last = rest[-1] if rest else ""
        # the last group may carry a decimal part: "1 000,5"
        tail_decimal = ""
        for sep in ",.":
            if sep in last:
                last, tail_decimal = last.split(sep, 1)
                tail_decimal = "." + tail_decimal
                break
        rest = [*rest[:-1], last] if rest else rest
        if not (head.isdigit() and len(head) <= 3 and all(g.isdigit() and len(g) == 3 for g in rest)):
            raise _fail(original, "space_groups")
        if any(c in head + "".join(rest) for c in ",."):
            raise _fail(original, "mixed")
        body = head + "".join(rest) + tail_decimal
        if tail_decimal and not tail_decimal[1:].isdigit():
            raise _fail(original, "decimals")
        return Decimal(body)
    commas, dots = body.count(","), body.count(".")
    if commas and dots:
        # the separator that comes last is the decimal mark: 1,000.5 or 1.000,5
        decimal_mark = "," if body.rfind(",") > body.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        whole, _, fraction = body.rpartition(decimal_mark)
        if decimal_mark in whole or not _grouped(whole, thousands) or not fraction.isdigit():
            raise _fail(original, "mixed")
        return Decimal(whole.replace(thousands, "") + "." + fraction)
    for sep, count in ((",", commas), (".", dots)):
        if count == 0:
            continue
        if count > 1 or (re.fullmatch(r"[1-9]\d{0,2}" + re.escape(sep) + r"\d{3}", body) and sep == ","):
            # several separators, or "1,500": a thousands separator
            if not _grouped(body, sep):
                raise _fail(original, "groups", sep=sep)
            return Decimal(body.replace(sep, ""))
        whole, _, fraction = body.partition(sep)
        if not fraction.isdigit() or (whole and not whole.isdigit()):
            raise _fail(original, "decimals")
        return Decimal((whole or "0") + "." + fraction)
    if not body.isdigit():
        raise _fail(original, "characters")
    return Decimal(body)


def _normal(text: str) -> str:
    """``text`` as the parser reads it: invisible marks (a right-to-left mark, a zero-width space, a
    byte-order mark) removed, raised digits written after ``^``, compatibility forms folded (full-width
    digits, no-break spaces), accents removed, in lower case, spaces tidied, the sentence's final
    punctuation set aside.

    >>> _normal("\u200f１\u00a0500\u202f!"), _normal("10⁹"), _normal("PRÈS D'UN MILLIARD.")
    ('1 500', '10^9', "pres d'un milliard")
    """
    visible = "".join(c for c in text if unicodedata.category(c) != "Cf")
    raised = _RAISED_RUN.sub(lambda m: "^" + m.group().translate(_RAISED), visible)
    folded = unicodedata.normalize("NFKD", raised.translate(_SIGNS))
    bare = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return _END.sub("", _SPACES.sub(" ", bare).strip()).lstrip("~≈").strip()


def _powers_of_ten(text: str, original: str) -> str:
    """``10^9`` or ``1.5 x 10^9`` written ``1e9``, ``1.5e9``; any other power (``2^9``, ``1²``) refused.

    >>> _powers_of_ten("1,5 x 10^9 users", "1,5 × 10⁹ users")
    '1,5e9 users'
    """
    power = _POWER.fullmatch(text)
    if power:
        text = f"{(power['mantissa'] or '1').strip()}e{power['exp']}{power['rest']}"
    if "^" in text:
        raised = _RAISED_RUN.search(original)
        raise _fail(original, "raised", digits=raised.group() if raised else text[text.index("^"):][:10])
    return text


def _grouped(body: str, sep: str) -> bool:
    head, *rest = body.split(sep)
    return (head.isdigit() and len(head) <= 3 and not head.startswith("0") and bool(rest)
            and all(g.isdigit() and len(g) == 3 for g in rest))


def _words_to_digits(text: str) -> str:
    """Set aside the words that qualify a number, and write a number in words with digits (``text`` is
    :func:`_normal`: lower case, without accents).

    >>> _words_to_digits("nearly a billion"), _words_to_digits("pres d'un milliard")
    ('1 billion', '1 milliard')
    >>> _words_to_digits("plus de 7 000"), _words_to_digits("environ 1,5 milliard")
    ('7 000', '1,5 milliard')
    """
    text = text.replace("’", "'")
    stripped = True
    while stripped:
        stripped = False
        for qualifier in _QUALIFIERS:
            if text.startswith(qualifier) and (qualifier.endswith(("'", "-", ".")) or
                                               text[len(qualifier):len(qualifier) + 1] in (" ", "")):
                text, stripped = text[len(qualifier):].lstrip(), True
                break
    match = _WORD_NUMBER.fullmatch(text)
    if match and match["word"].rstrip("-") in _NUMBER_WORDS | {"un demi": 0.5}:
        word = match["word"].rstrip("-").strip()
        multiplier = match["rest"].split(" ")[0].rstrip(".")
        if multiplier in _MULTIPLIERS and _MULTIPLIERS[multiplier] >= 10**3:
            number = _NUMBER_WORDS.get(word, 0.5)
            return f"{number:g} {match['rest']}"
    return text


def has_multiplier(text: str) -> bool:
    """Whether ``text`` names its scale (a word such as million or milliard, or a letter such as M).

    >>> has_multiplier("689"), has_multiplier("689 M"), has_multiplier("un milliard")
    (False, True, True)
    """
    try:
        normal = _words_to_digits(_normal(text))
    except TypeError:
        return False
    match = _NUMBER.fullmatch(normal)
    rest = match["rest"].strip().strip(_CURRENCY).strip() if match else ""
    return rest.partition(" ")[0].rstrip(".") in _MULTIPLIERS


def parse_number(text: str) -> float:
    """The number in ``text``, written the way people type it; ``ValueError`` if there is none.

    Accepted: digits grouped by commas, dots, spaces or apostrophes (``1,000,000``,
    ``1 000 000``); a decimal comma or dot (``1,5``, ``1.5``); an exponent (``1e9``); a multiplier
    word or letter in English or French (``689M``, ``689 millions``, ``1 billion``,
    ``1 milliard``, ``2.5k``); a percent sign (``15 %`` is ``15``: percentages are 0-100, as in
    the data); words after the number (``689 million users``). ``billion`` is always 10⁹.
    ``1,500`` (a comma then exactly three digits) is read as fifteen hundred; ``1,5`` as 1.5 and
    ``0,689`` as a decimal. A number in words before a scale (``a billion``, ``un milliard``,
    ``two million``) and the words that qualify a number (``about``, ``nearly``, ``more than``,
    ``environ``, ``près de``, ``plus de``...) are understood, with or without accents. A power of ten
    (``10^9``, ``10⁹``, ``1.5 × 10⁹``) is read; other raised digits (``1²``) and a second number in
    words after the first (``one thousand five hundred``) are refused rather than misread. Invisible
    marks (a right-to-left mark, a zero-width space) and the sentence's final ``.``, ``!`` or ``?`` do
    not count.

    >>> parse_number("1,000,000,000")
    1000000000.0
    >>> parse_number("1 000 000")
    1000000.0
    >>> parse_number("1.5"), parse_number("1e9"), parse_number("689M")
    (1.5, 1000000000.0, 689000000.0)
    >>> parse_number("15 %")
    15.0
    >>> parse_number("1 billion")
    1000000000.0
    >>> parse_number("about a billion"), parse_number("plus de 7 000"), parse_number("689 mln")
    (1000000000.0, 7000.0, 689000000.0)
    >>> parse_number("a lot")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    lessons_lib.quiz.numbers.NumberError: could not read a number in 'a lot': it does not start with digits...
    >>> parse_number("1e999")
    Traceback (most recent call last):
    ...
    lessons_lib.quiz.numbers.NumberError: could not read a number in '1e999': it is too large
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number expects text, not {type(text).__name__}")
    original = text
    # spaces pasted around an answer do not count (up to a bound, so a huge text is refused at once)
    if len(text) > 10 * MAX_INPUT_CHARS or len(text.strip()) > MAX_INPUT_CHARS:
        raise _fail(original, "too_long", most=str(MAX_INPUT_CHARS))
    text = _normal(text)
    if not text:
        raise _fail(original, "empty")
    text = _words_to_digits(text)
    if not text:  # qualifying words only: "about"
        raise _fail(original, "no_digits")
    sign = 1
    if text[0] in "+-":
        sign = -1 if text[0] == "-" else 1
        text = text[1:].strip()
    text = text.strip(_CURRENCY).strip()
    percent = False
    if text.endswith("%"):
        percent, text = True, text[:-1].strip()
    for word in _PERCENT_WORDS:
        if text.endswith(word):
            percent, text = True, text[: -len(word)].strip()
            break
    text = _powers_of_ten(text, original)
    match = _NUMBER.fullmatch(text)
    if match is None:
        raise _fail(original, "no_digits")
    digits = match["digits"].strip()
    value = _digits_to_decimal(digits, original)
    if match["exp"]:
        exponent = int(match["exp"][1:])
        if exponent > 300:
            raise _fail(original, "too_large")
        value = value.scaleb(exponent)
    rest = match["rest"].strip().strip(_CURRENCY).strip()
    if rest:
        word, _, tail = rest.partition(" ")
        word = word.rstrip(".")
        if word in _MULTIPLIERS and not percent:
            value *= _MULTIPLIERS[word]
            rest = tail.strip()
        second = next((w for w in (w.strip(".'-") for w in rest.split(" ")) if w in _MORE_NUMBER_WORDS), None)
        if second:
            raise _fail(original, "two_numbers", word=second)
        if rest and (not _TAIL.fullmatch(rest) or len(rest.split(" ")[0].strip(".'-")) < 2):
            raise _fail(original, "after")
    try:
        result = float(value) * sign
    except (InvalidOperation, OverflowError):  # pragma: no cover - Decimal -> float saturates to inf
        raise _fail(original, "too_large") from None
    if not math.isfinite(result):
        raise _fail(original, "too_large")
    return result + 0.0  # no negative zero
