"""Questions and how they are graded: pure Python, no widgets, no files.

A :class:`Question` holds bilingual texts (``{"en": ..., "fr": ...}``) and knows how to grade a
response. Grading never raises on what a learner typed: an empty or unreadable answer gives a
:class:`Grade` whose ``status`` is ``"invalid"`` and which does not count as an attempt.

>>> q = Question(id="q1", type="numeric", prompt={"en": "How many?", "fr": "Combien ?"},
...              answer=689_000_000, tolerance=Tolerance(relative=0.05))
>>> q.grade("700 million", "en").correct
True
>>> q.grade("1 milliard", "fr").messages
('✗ Pas tout à fait.', 'Votre chiffre est trop élevé.')
>>> q.grade("<script>", "en").status
'invalid'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lessons_lib import fmt
from lessons_lib.i18n import gettext, pick, resolve

from .messages import ui
from .numbers import REASONS, NumberError, has_multiplier, parse_number

__all__ = [
    "TYPES",
    "Bank",
    "Grade",
    "Item",
    "Option",
    "Pair",
    "Question",
    "Source",
    "Tolerance",
    "format_number",
    "normalise_text",
    "stable_order",
]

TYPES = ("single", "multiple", "numeric", "text", "order", "match")
Text = Mapping[str, str]
MAX_ANSWER_CHARS = 200  # an answer longer than this is cut, when graded and when kept


def normalise_text(text: str) -> str:
    """``text`` folded for comparison: case, accents, punctuation and spacing do not count.

    >>> normalise_text("  Île-de-FRANCE ")
    'ile de france'
    >>> normalise_text("Oracle") == normalise_text("oracle.") == normalise_text("Ora\u200bcle")
    True
    """
    decomposed = unicodedata.normalize("NFKD", str(text))
    # combining accents and invisible marks (zero-width space, right-to-left mark, soft hyphen) do not count
    bare = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return " ".join(re.split(r"[\W_]+", bare.casefold().replace("ı", "i"))).strip()  # Turkish ı is an i


def stable_order(key: str, ids: Sequence[str], *, avoid_identity: bool = False) -> list[str]:
    """``ids`` shuffled in an order fixed by ``key`` (a question id): the same on every run.

    Uses SHA-256, not the ``random`` module, so outputs stay stable under nbval. With
    ``avoid_identity`` the result is never the authored order (for ordering questions).

    >>> stable_order("q1", ["a", "b", "c"]) == stable_order("q1", ["a", "b", "c"])
    True
    >>> stable_order("x", ["a", "b"], avoid_identity=True) != ["a", "b"]
    True
    """
    order = sorted(ids, key=lambda i: hashlib.sha256(f"{key}\x00{i}".encode()).hexdigest())
    if avoid_identity and len(order) > 1 and order == list(ids):
        order = order[1:] + order[:1]
    return order


def format_number(value: float, lang: str | None = None) -> str:
    """``value`` written for a reader by the package's one formatter (:func:`lessons_lib.fmt.exact`):
    ``689,000,000`` in English, ``689 000 000`` (no-break spaces) in French.

    >>> format_number(689000000, "en"), format_number(689000000, "fr"), format_number(1.5, "fr")
    ('689,000,000', '689\xa0000\xa0000', '1,5')
    """
    return fmt.exact(value, lang)


@dataclass(frozen=True)
class Tolerance:
    """How far a numeric answer may be from the right one: ``absolute`` units or a ``relative`` share."""

    absolute: float | None = None
    relative: float | None = None

    def accepts(self, given: float, answer: float) -> bool:
        """True when ``given`` is close enough to ``answer``.

        >>> Tolerance(relative=0.05).accepts(700, 689), Tolerance(absolute=10).accepts(700, 689)
        (True, False)
        """
        gap = abs(given - answer)
        if self.absolute is not None and gap <= self.absolute:
            return True
        return self.relative is not None and gap <= self.relative * abs(answer)

    def describe(self, lang: str | None = None) -> str:
        """``± 5 %`` or ``± 1,000``."""
        if self.relative is not None:
            return ui("tolerance_percent", lang, n=format_number(self.relative * 100, lang))
        return ui("tolerance", lang, n=format_number(self.absolute or 0, lang))


@dataclass(frozen=True)
class Option:
    """A choice of a single or multiple question; ``value`` is what ``answer_from`` data is compared to."""

    id: str
    text: Text
    correct: bool = False
    feedback: Text | None = None
    value: str | None = None


@dataclass(frozen=True)
class Item:
    """An item of an ordering question; ``answer_from`` names the data row that dates it."""

    id: str
    text: Text
    answer_from: str | None = None


@dataclass(frozen=True)
class Pair:
    """A left item and the right item it goes with, in a matching question."""

    id: str
    left: Text
    right: Text


@dataclass(frozen=True)
class Source:
    """What an explanation rests on: a title (bilingual), an address, and the data row if any."""

    title: Text
    url: str | None = None
    ref: str | None = None


@dataclass(frozen=True)
class Grade:
    """The result of grading one response.

    ``status`` is ``correct``, ``partly``, ``wrong`` or ``invalid`` (empty or unreadable: not an
    attempt). ``messages`` are the lines shown to the learner, in the requested language.
    """

    status: str
    score: float
    messages: tuple[str, ...]
    answer_text: str

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    @property
    def counts(self) -> bool:
        """Whether this was a real attempt (anything but an empty or unreadable answer)."""
        return self.status != "invalid"


def _verdict(score: float, lang: str) -> str:
    return ui("correct" if score >= 1 else "partly" if score > 0 else "wrong", lang)


def _ids(response: Any) -> list[str]:
    """The ids of a response that lists options or items (a list, a tuple, a set), as text; an empty
    list for anything else (a text, a mapping, a number), which is then graded as no answer.

    >>> _ids(("a", "b", None)), _ids("ab"), _ids({"a": 1})
    (['a', 'b'], [], [])
    """
    if not isinstance(response, (list, tuple, set, frozenset)):
        return []
    return [str(r) for r in response if r is not None]


def _invalid(message: str, answer_text: str = "") -> Grade:
    return Grade("invalid", 0.0, (message,), answer_text)


@dataclass(frozen=True)
class Question:
    """One question of a bank. Build it with :func:`lessons_lib.quiz.load_bank`, or directly in tests."""

    id: str
    type: str
    prompt: Text
    options: tuple[Option, ...] = ()
    hints: tuple[Text, ...] = ()
    explanation: Text | None = None
    source: Source | None = None
    answer: float | None = None
    tolerance: Tolerance | None = None
    accepted: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    items: tuple[Item, ...] = ()
    pairs: tuple[Pair, ...] = ()
    answer_from: str | None = None
    unit: Text | None = None

    def __post_init__(self) -> None:
        if self.type not in TYPES:  # grading would have no rule for it
            raise ValueError(f"question {self.id!r}: unknown type {self.type!r}; the types are: {', '.join(TYPES)}")
        missing = self._missing_answer()
        if missing:  # grading would divide by zero, or have nothing to compare with
            raise ValueError(f"question {self.id!r}: {missing}")

    def _missing_answer(self) -> str | None:
        """What a question of this type lacks to be graded (as a bank's checker would say it), or None.

        >>> Question(id="q3", type="order", prompt={"en": "Sort", "fr": "Triez"})
        Traceback (most recent call last):
        ...
        ValueError: question 'q3': an order question needs at least 2 items to put in order; found 0
        """
        if self.type == "order" and len(self.items) < 2:
            return f"an order question needs at least 2 items to put in order; found {len(self.items)}"
        if self.type == "match" and len(self.pairs) < 2:
            return f"a match question needs at least 2 pairs to match; found {len(self.pairs)}"
        if self.type == "multiple" and self.answer_from is None and not any(o.correct for o in self.options):
            return f"a multiple question needs an option marked correct; none of its {len(self.options)} is"
        return None

    # -- presentation -------------------------------------------------------------------------
    def shuffled_options(self) -> list[Option]:
        """The options in the question's fixed shuffled order."""
        by_id = {o.id: o for o in self.options}
        return [by_id[i] for i in stable_order(self.id, list(by_id))]

    def shuffled_items(self) -> list[Item]:
        """Ordering items shuffled (never in the right order)."""
        by_id = {i.id: i for i in self.items}
        return [by_id[i] for i in stable_order(self.id, list(by_id), avoid_identity=True)]

    def shuffled_rights(self) -> list[Pair]:
        """Matching pairs in the shuffled order of their right-hand side."""
        by_id = {p.id: p for p in self.pairs}
        return [by_id[i] for i in stable_order(self.id, list(by_id), avoid_identity=True)]

    # -- grading --------------------------------------------------------------------------------
    def grade(self, response: Any, lang: str | None = None) -> Grade:
        """Grade ``response``: an option id (single), ids (multiple), text (numeric, text), item ids
        in order (order), or ``{left pair id: right pair id}`` (match). Never raises on bad input.
        """
        code = resolve(lang)
        grader = _GRADERS[self.type]  # every type has one (checked when the question is made)
        try:
            return grader(self, response, code)
        except (TypeError, ValueError, AttributeError, KeyError):  # a response of the wrong shape
            return _invalid(ui("no_answer", code))

    def _grade_single(self, response: Any, lang: str) -> Grade:
        by_id = {o.id: o for o in self.options}
        if response is None or str(response) not in by_id:
            return _invalid(ui("no_answer", lang))
        chosen = by_id[str(response)]
        score = 1.0 if chosen.correct else 0.0
        lines = [_verdict(score, lang)]
        if chosen.feedback:
            lines.append(pick(chosen.feedback, lang))
        if not chosen.correct:
            lines.append(ui("try_again", lang))
        return Grade("correct" if chosen.correct else "wrong", score, tuple(lines), pick(chosen.text, lang))

    def _grade_multiple(self, response: Any, lang: str) -> Grade:
        by_id = {o.id: o for o in self.options}
        chosen = [by_id[i] for i in dict.fromkeys(_ids(response)) if i in by_id]  # each option once
        if not chosen:
            return _invalid(ui("no_answer", lang))
        right = sum(o.correct for o in chosen)
        wrong = len(chosen) - right
        total = sum(o.correct for o in self.options)
        score = max(0.0, (right - wrong) / total)
        lines = [_verdict(score, lang), ui("score", lang, score=f"{format_number(round(score, 2), lang)}/1")]
        for option in chosen:
            mark = ui("selected_right" if option.correct else "selected_wrong", lang)
            line = ui("you_chose_option", lang, option=pick(option.text, lang), mark=mark)
            if option.feedback:
                line += f" — {pick(option.feedback, lang)}"
            lines.append(line)
        if right < total:
            lines.append(ui("you_missed", lang, n=total - right))
        status = "correct" if score >= 1 and wrong == 0 else "partly" if score > 0 else "wrong"
        answer = ui("list_separator", lang).join(pick(o.text, lang) for o in chosen)
        return Grade(status, score if status != "correct" else 1.0, tuple(lines), answer)

    def _grade_numeric(self, response: Any, lang: str) -> Grade:
        typed = "" if response is None else str(response)[:MAX_ANSWER_CHARS]
        try:
            value = parse_number(typed)
        except NumberError as err:
            why = gettext(REASONS[err.reason], lang).format(**err.values)
            return _invalid(ui("unreadable_number", lang, why=why), typed)
        assert self.answer is not None and self.tolerance is not None
        if self.tolerance.accepts(value, self.answer):
            return Grade("correct", 1.0, (_verdict(1, lang),), typed)
        if self._scale_forgotten(typed, value):
            return _invalid(ui("add_the_scale", lang, typed=typed.strip()), typed)
        side = ui("too_high" if value > self.answer else "too_low", lang)
        return Grade("wrong", 0.0, (_verdict(0, lang), side), typed)

    def _scale_forgotten(self, typed: str, value: float) -> bool:
        """A bare small number ("689") for a figure in the hundreds of thousands or more: the learner
        most likely left out "million". Said whether or not the digits are right, so it gives nothing away."""
        assert self.answer is not None
        return not has_multiplier(typed) and 0 < abs(value) < 1000 and abs(self.answer) >= 10**5

    def _grade_text(self, response: Any, lang: str) -> Grade:
        typed = "" if response is None else str(response)[:MAX_ANSWER_CHARS]
        folded = normalise_text(typed)
        if not folded:
            return _invalid(ui("no_answer", lang), typed)
        accepted = {normalise_text(a) for answers in self.accepted.values() for a in answers}
        ok = folded in accepted
        lines = (_verdict(1.0 if ok else 0.0, lang),) + (() if ok else (ui("try_again", lang),))
        return Grade("correct" if ok else "wrong", 1.0 if ok else 0.0, lines, typed)

    def _grade_order(self, response: Any, lang: str) -> Grade:
        given = [r for r in _ids(response) if r != ""]
        right = [i.id for i in self.items]
        if len(given) < len(right) and len(set(given)) == len(given):
            return _invalid(ui("fill_every_position", lang, n=len(right) - len(given)))
        if sorted(given) != sorted(right):
            return _invalid(ui("use_each_once", lang))
        placed = sum(g == r for g, r in zip(given, right, strict=False))
        score = placed / len(right)
        by_id = {i.id: i for i in self.items}
        lines = (_verdict(score, lang), ui("in_place", lang, n=placed, total=len(right)))
        answer = " < ".join(pick(by_id[g].text, lang) for g in given)
        return Grade(
            "correct" if placed == len(right) else "partly" if placed else "wrong", score, lines, answer
        )

    def _grade_match(self, response: Any, lang: str) -> Grade:
        given = {str(k): str(v) for k, v in dict(response or {}).items() if v is not None and v != ""}
        ids = {p.id for p in self.pairs}
        by_id = {p.id: p for p in self.pairs}
        twice = sorted({v for v in given.values() if list(given.values()).count(v) > 1} & ids)
        if twice:
            return _invalid(ui("used_twice", lang, item=pick(by_id[twice[0]].right, lang)))
        if set(given) != ids or not set(given.values()) <= ids:
            return _invalid(ui("match_all", lang))
        good = sum(given[p] == p for p in ids)
        score = good / len(ids)
        lines = (_verdict(score, lang), ui("matched", lang, n=good, total=len(ids)))
        answer = ui("list_separator", lang).join(
            f"{pick(by_id[p.id].left, lang)} → {pick(by_id[given[p.id]].right, lang)}" for p in self.pairs
        )
        return Grade("correct" if good == len(ids) else "partly" if good else "wrong", score, lines, answer)

    # -- teacher's key --------------------------------------------------------------------------
    def answer_key(self, lang: str | None = None) -> str:
        """The right answer, written for the teacher's key (never shown to a learner by the quiz).

        >>> Question(id="q", type="text", prompt={"en": "?", "fr": "?"},
        ...          accepted={"en": ("Oracle",), "fr": ("Oracle",)}).answer_key("en")
        'Oracle'
        """
        code = resolve(lang)
        if self.type in ("single", "multiple"):
            return ui("list_separator", code).join(pick(o.text, code) for o in self.options if o.correct)
        if self.type == "numeric":
            assert self.answer is not None and self.tolerance is not None
            unit = f" {pick(self.unit, code)}" if self.unit else ""
            return f"{format_number(self.answer, code)}{unit} ({self.tolerance.describe(code)})"
        if self.type == "text":
            return " / ".join(dict.fromkeys(self.accepted.get(code, ())))
        if self.type == "order":
            return " < ".join(pick(i.text, code) for i in self.items)
        return ui("list_separator", code).join(f"{pick(p.left, code)} → {pick(p.right, code)}" for p in self.pairs)


# how each type is graded: one rule per type of TYPES
_GRADERS = {
    "single": Question._grade_single,
    "multiple": Question._grade_multiple,
    "numeric": Question._grade_numeric,
    "text": Question._grade_text,
    "order": Question._grade_order,
    "match": Question._grade_match,
}


@dataclass(frozen=True)
class Bank:
    """A lesson's quiz: its name (``02-timeline``), title and questions, and the file it came from."""

    lesson: str
    title: Text
    questions: tuple[Question, ...]
    path: str = ""

    def question(self, question_id: str) -> Question:
        """The question with this id."""
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(
            f"no question {question_id!r} in {self.lesson}; the questions are: "
            f"{', '.join(q.id for q in self.questions)}"
        )
