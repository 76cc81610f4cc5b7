"""Read a number the way people type it, in English or French.

>>> parse_number("689 millions")
689000000.0
>>> parse_number("1 milliard")
1000000000.0
>>> parse_number("1,5")
1.5
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation

__all__ = ["MAX_INPUT_CHARS", "parse_number"]

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
_CURRENCY = "$€£¥"
_SPACES = re.compile(r"[\s_]+")
# digits with separators, an optional exponent, then whatever words follow
_NUMBER = re.compile(r"(?P<digits>\d[\d.,' ]*|[.,]\d+)(?P<exp>e[+-]?\d{1,4})?(?P<rest>.*)", re.DOTALL)
_TAIL = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ' .-]*")


def _fail(text: str, why: str) -> ValueError:
    shown = text if len(text) <= 40 else text[:40] + "…"
    return ValueError(f"could not read a number in {shown!r}: {why}")


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
            raise _fail(original, "spaces must separate groups of three digits, as in 1 000 000")
        if any(c in head + "".join(rest) for c in ",."):
            raise _fail(original, "mixed separators")
        body = head + "".join(rest) + tail_decimal
        if tail_decimal and not tail_decimal[1:].isdigit():
            raise _fail(original, "the decimal part must be digits")
        return Decimal(body)
    commas, dots = body.count(","), body.count(".")
    if commas and dots:
        # the separator that comes last is the decimal mark: 1,000.5 or 1.000,5
        decimal_mark = "," if body.rfind(",") > body.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        whole, _, fraction = body.rpartition(decimal_mark)
        if decimal_mark in whole or not _grouped(whole, thousands) or not fraction.isdigit():
            raise _fail(original, "mixed separators")
        return Decimal(whole.replace(thousands, "") + "." + fraction)
    for sep, count in ((",", commas), (".", dots)):
        if count == 0:
            continue
        if count > 1 or (re.fullmatch(r"\d{1,3}" + re.escape(sep) + r"\d{3}", body) and sep == ","):
            # several separators, or "1,500": a thousands separator
            if not _grouped(body, sep):
                raise _fail(original, f"'{sep}' must separate groups of three digits")
            return Decimal(body.replace(sep, ""))
        whole, _, fraction = body.partition(sep)
        if not fraction.isdigit() or (whole and not whole.isdigit()):
            raise _fail(original, "the decimal part must be digits")
        return Decimal((whole or "0") + "." + fraction)
    if not body.isdigit():
        raise _fail(original, "unexpected characters")
    return Decimal(body)


def _grouped(body: str, sep: str) -> bool:
    head, *rest = body.split(sep)
    return head.isdigit() and len(head) <= 3 and bool(rest) and all(g.isdigit() and len(g) == 3 for g in rest)


def parse_number(text: str) -> float:
    """The number in ``text``, written the way people type it; ``ValueError`` if there is none.

    Accepted: digits grouped by commas, dots, spaces or apostrophes (``1,000,000``,
    ``1 000 000``); a decimal comma or dot (``1,5``, ``1.5``); an exponent (``1e9``); a multiplier
    word or letter in English or French (``689M``, ``689 millions``, ``1 billion``,
    ``1 milliard``, ``2.5k``); a percent sign (``15 %`` is ``15``: percentages are 0-100, as in
    the data); words after the number (``689 million users``). ``billion`` is always 10⁹.
    ``1,500`` (a comma then exactly three digits) is read as fifteen hundred; ``1,5`` as 1.5.

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
    >>> parse_number("about a billion")
    Traceback (most recent call last):
    ...
    ValueError: could not read a number in 'about a billion': it does not start with digits
    >>> parse_number("1e999")
    Traceback (most recent call last):
    ...
    ValueError: could not read a number in '1e999': it is too large
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number expects text, not {type(text).__name__}")
    original = text
    if len(text) > MAX_INPUT_CHARS:
        raise _fail(original, f"it is longer than {MAX_INPUT_CHARS} characters")
    # NFKC turns full-width digits, no-break and thin spaces into plain ones
    text = unicodedata.normalize("NFKC", text).replace("\u2212", "-").lower()
    text = _SPACES.sub(" ", text).strip().lstrip("~≈").strip()
    if not text:
        raise _fail(original, "it is empty")
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
    match = _NUMBER.fullmatch(text)
    if match is None:
        raise _fail(original, "it does not start with digits")
    digits = match["digits"].strip()
    value = _digits_to_decimal(digits, original)
    if match["exp"]:
        exponent = int(match["exp"][1:])
        if exponent > 300:
            raise _fail(original, "it is too large")
        value = value.scaleb(exponent)
    rest = match["rest"].strip().strip(_CURRENCY).strip()
    if rest:
        word, _, tail = rest.partition(" ")
        word = word.rstrip(".")
        if word in _MULTIPLIERS and not percent:
            value *= _MULTIPLIERS[word]
            rest = tail.strip()
        if rest and (not _TAIL.fullmatch(rest) or len(rest.split(" ")[0].strip(".'-")) < 2):
            raise _fail(original, "unexpected characters after the number")
    try:
        result = float(value) * sign
    except (InvalidOperation, OverflowError):  # pragma: no cover - Decimal -> float saturates to inf
        raise _fail(original, "it is too large") from None
    if not math.isfinite(result):
        raise _fail(original, "it is too large")
    return result + 0.0  # no negative zero
