"""Numbers and dates as people write them, in English and French: the one formatter of the package, used
by quizzes, charts and prose alike (``from lessons_lib import fmt`` in a lesson).

Below a million, digits with grouping ("1,500", "1 500"); from a million, a scale word ("689
million", "689 millions", "1,5 milliard").

>>> words(1_500, "en"), words(689_000_000, "en"), words(1_500_000_000, "fr")
('1,500', '689 million', '1,5 milliard')
>>> number(1_500, "fr"), number(666_666.7, "en")
('1\\xa0500', '666,667')
>>> day("2020-08-06", "fr"), day("2020-08-06", "en")
('6 août 2020', '6 Aug 2020')
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from .i18n import N_, gettext, resolve

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "day",
    "exact",
    "figure",
    "long_day",
    "long_month",
    "month",
    "number",
    "percent",
    "qualified",
    "source",
    "when",
    "words",
    "yes_no",
]

NBSP = "\u00a0"  # French groups digits with a (no-break) space: 1 500

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}

LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}


def _stamp(when: Any) -> pd.Timestamp:
    """``when`` (a date, a datetime or ISO text) as a pandas Timestamp; pandas is imported only here, so that
    the quiz can format numbers without it."""
    import pandas as pd

    return pd.Timestamp(when)


def _decimal(text: str, lang: str) -> str:
    """Swap separators of an English-formatted number for French ones."""
    if lang != "fr":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", NBSP)


def number(value: float, lang: str | None = None, decimals: int = 0) -> str:
    """``value`` with digit grouping: ``1,500`` in English, ``1 500`` (no-break space) in French.

    >>> number(2_500_000, "en"), number(0.25, "fr", decimals=2)
    ('2,500,000', '0,25')
    """
    code = resolve(lang)
    return _decimal(f"{float(value):,.{decimals}f}", code)


def exact(value: float, lang: str | None = None) -> str:
    """Every digit of ``value``, grouped, as an answer key or a score shows it: whole numbers in full,
    up to four decimals below a million, six significant digits above.

    >>> exact(689_000_000, "en"), exact(689_000_000, "fr"), exact(1.5, "fr"), exact(0.333333, "en")
    ('689,000,000', '689\xa0000\xa0000', '1,5', '0.3333')
    """
    value = float(value)
    if value.is_integer():
        text = f"{value:,.0f}"
    elif abs(value) >= 1e6:
        text = f"{value:,.6g}"
    else:
        text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return _decimal(text, resolve(lang))


def _significant(value: float, digits: int) -> str:
    if value == 0:
        return "0"
    places = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = f"{round(value, places):.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def words(value: float, lang: str | None = None, digits: int = 3) -> str:
    """``value`` as a reader writes it: a scale word from a million, to ``digits`` significant digits.

    >>> words(331_449_281, "en"), words(331_449_281, "fr")
    ('331 million', '331 millions')
    >>> words(1_000_000_000, "fr"), words(2_000_000_000, "fr"), words(10_000, "en"), words(10_000, "fr")
    ('1 milliard', '2 milliards', '10,000', '10\\xa0000')
    >>> words(7_000, "en"), words(1_400, "en"), words(250_000, "fr")
    ('7,000', '1,400', '250\\xa0000')
    >>> words(666, "en")
    '666'
    """
    code = resolve(lang)
    value = float(value)
    size = abs(value)
    scales = [(1e12, "trillion", "billion"), (1e9, "billion", "milliard"), (1e6, "million", "million")]
    for base, en_word, fr_word in scales:
        if size >= base * 0.9995:
            if base == 1e12:
                fr_word = "billion"  # French "billion" is 10^12
            mantissa = _significant(value / base, digits)
            if code == "fr":
                plural = "s" if abs(float(mantissa)) >= 2 else ""
                return f"{_decimal(mantissa, code)} {fr_word}{plural}"
            return f"{mantissa} {en_word}"
    if size >= 1000:  # "1,500", not "1.5 thousand": digits read faster than a scale word here
        return number(float(_significant(value, max(digits, 4))), code)
    return _decimal(_significant(value, digits), code)


_QUALIFIERS = {
    "about": N_("about {figure}"),
    "more_than": N_("more than {figure}"),
    "fewer_than": N_("fewer than {figure}"),
}


def qualified(text: str, qualifier: Any, lang: str | None = None) -> str:
    """``text`` with the qualifier of the figure in words.

    French reads a lone 1 as a word after "de": "plus d'un milliard", not "plus de 1 milliard".

    >>> qualified("1 billion", "more_than", "en"), qualified("1 milliard", "about", "fr")
    ('more than 1 billion', 'environ 1 milliard')
    >>> qualified("1\u00a0milliard", "more_than", "fr"), qualified("1,5\u00a0milliard", "more_than", "fr")
    ("plus d'un\xa0milliard", 'plus de 1,5\xa0milliard')
    """
    key = str(qualifier) if qualifier is not None and qualifier == qualifier else "exact"
    if key not in _QUALIFIERS:
        return text
    shown = gettext(_QUALIFIERS[key], lang).format(figure=text)
    return _ONE_AFTER_DE.sub(r"d'un\1", shown) if resolve(lang) == "fr" else shown


# "de 1 milliard" -> "d'un milliard" (a count of one before a word, not 1,5 or 1 500)
_ONE_AFTER_DE = re.compile(r"\bde 1([\s\u00a0\u202f]+(?:milliard|million|millier)\b)")


_SOURCE_DATE = re.compile(r"\b(?:(\d{1,2}) )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b")


def source(title: Any, lang: str | None = None) -> str:
    """A source as the tables name it (``publisher, date: published title``), its date in the reader's language.

    Only the words before the first ``": "`` are the record's own; the published title after them is a name and
    stays as it was published.

    >>> source("Politico, 7 Jul 2020: TikTok to exit Hong Kong (Aug 2020 update)", "fr")
    'Politico, 7 juil. 2020\xa0: TikTok to exit Hong Kong (Aug 2020 update)'
    >>> source("Reuters, 1 Aug 2020: Trump says...", "fr"), source("Reuters, 1 Aug 2020: x", "en")
    ('Reuters, 1er août 2020\xa0: Trump says...', 'Reuters, 1 Aug 2020: x')
    >>> source("Blog, 31 Feb 2020: x", "fr")
    'Blog, 31 Feb 2020\xa0: x'
    """
    text, code = str(title), resolve(lang)
    if code == "en":
        return text
    framing, colon, rest = text.partition(": ")

    def local(match: re.Match[str]) -> str:
        day_of_month, month_name, year = match.groups()
        iso = f"{year}-{MONTHS['en'].index(month_name) + 1:02d}-{int(day_of_month or 1):02d}"
        try:
            return day(iso, code) if day_of_month else month(iso, code)
        except ValueError:  # "31 Feb 2020" in a title is left as written
            return match[0]

    return _SOURCE_DATE.sub(local, framing) + (gettext(": ", code) if colon else "") + rest


def yes_no(value: Any, lang: str | None = None) -> str:
    """A truth value as a reader says it, ``yes``/``no`` or ``oui``/``non`` (never ``True``/``False``).

    >>> yes_no(True, "en"), yes_no(False, "fr")
    ('yes', 'non')
    """
    return gettext(N_("yes") if bool(value) else N_("no"), lang)


def percent(value: float, lang: str | None = None) -> str:
    """A percentage as each language writes it.

    >>> percent(19.9, "en"), percent(19.9, "fr"), percent(45, "fr")
    ('19.9%', '19,9\\xa0%', '45\\xa0%')
    """
    code = resolve(lang)
    text = _significant(float(value), 3) if value < 100 else f"{value:.0f}"
    return f"{_decimal(text, code)}{NBSP}%" if code == "fr" else f"{text}%"


def day(when: Any, lang: str | None = None, year: bool = True) -> str:
    """A date as ``6 Aug 2020`` or ``6 août 2020``.

    >>> day("2020-11-12", "fr", year=False), day("2020-07-01", "fr")
    ('12 nov.', '1er juil. 2020')
    """
    code = resolve(lang)
    ts = _stamp(when)
    text = f"{_day_of_month(ts, code)} {MONTHS[code][ts.month - 1]}"
    return f"{text} {ts.year}" if year else text


def _day_of_month(ts: pd.Timestamp, code: str) -> str:
    """``6``, or ``1er`` for the first of the month in French."""
    return "1er" if code == "fr" and ts.day == 1 else str(ts.day)


def month(when: Any, lang: str | None = None) -> str:
    """A month as ``Aug 2020`` or ``août 2020``.

    >>> month("2021-09-01", "fr")
    'sept. 2021'
    """
    code = resolve(lang)
    ts = _stamp(when)
    return f"{MONTHS[code][ts.month - 1]} {ts.year}"


def when(ts: Any, precision: Any, lang: str | None = None) -> str:
    """A date written to the precision it is known: day, month, quarter or year.

    >>> when("2021-07-01", "quarter", "en"), when("2021-01-01", "year", "fr")
    ('Q3 2021', '2021')
    """
    code = resolve(lang)
    stamp = _stamp(ts)
    kind = str(precision)
    if kind == "year":
        return str(stamp.year)
    if kind == "quarter":
        q = (stamp.month - 1) // 3 + 1
        # TRANSLATORS: a quarter of a year, "Q3 2021"
        return gettext("Q{quarter} {year}", code).format(quarter=q, year=stamp.year)
    if kind == "month":
        return month(stamp, code)
    return day(stamp, code)


def long_day(when: Any, lang: str | None = None, weekday: bool = False) -> str:
    """A date as prose writes it: ``6 August 2020``, ``1er juillet 2020``; with ``weekday``,
    ``Thursday 6 August 2020``, ``jeudi 6 août 2020``.

    >>> long_day("2020-08-06", "en", weekday=True), long_day("2020-07-01", "fr")
    ('Thursday 6 August 2020', '1er juillet 2020')
    """
    code = resolve(lang)
    ts = _stamp(when)
    text = f"{_day_of_month(ts, code)} {long_month(ts, code)}"
    return f"{WEEKDAYS[code][ts.weekday()]} {text}" if weekday else text


def long_month(when: Any, lang: str | None = None) -> str:
    """A month as prose writes it: ``September 2021``, ``septembre 2021``.

    >>> long_month("2021-09-01", "fr")
    'septembre 2021'
    """
    code = resolve(lang)
    ts = _stamp(when)
    return f"{LONG_MONTHS[code][ts.month - 1]} {ts.year}"


def figure(value: float, qualifier: Any = "exact", unit: Any = None, lang: str | None = None) -> str:
    """A figure of the data as a reader writes it, with its qualifier and, for shares, a percent sign.

    >>> figure(1_500, "about", "employees", "en"), figure(19.9, "exact", "percent", "fr")
    ('about 1,500', '19,9\\xa0%')
    """
    text = percent(value, lang) if str(unit) == "percent" else words(value, lang)
    return qualified(text, qualifier, lang)
