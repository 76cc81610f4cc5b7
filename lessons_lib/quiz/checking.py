"""Checking a quiz bank's shape and building its questions: every problem found, with its line.

Each builder checks its part of a question (options, tolerance, accepted answers, items, pairs,
source) and collects what is wrong in a :class:`Checker`, so that an author reads every problem of a
bank at once; what refers to the data is bound by :mod:`lessons_lib.quiz.binding`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from lessons_lib.i18n import LANGUAGE_NAMES, LANGUAGES

from .binding import (
    DataLookup,
    bind_accepted,
    bind_number,
    bind_options,
    check_time_order,
    data_source,
    plain_number,
)
from .errors import QuizError, QuizProblem, show
from .model import TYPES, Bank, Item, Option, Pair, Question, Source, Tolerance, normalise_text

__all__ = ["Checker", "build_bank"]

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_BANK_KEYS = ("lesson", "title", "questions")
_COMMON_KEYS = ("id", "type", "prompt", "hints", "explanation", "source", "answer_from")
_TYPE_KEYS = {
    "single": ("options",),
    "multiple": ("options",),
    "numeric": ("answer", "tolerance", "unit"),
    "text": ("accepted",),
    "order": ("items",),
    "match": ("pairs",),
}
_BINDABLE = ("single", "numeric", "text")


class Checker:
    """Collects problems while a bank is read; each problem is tied to a question."""

    def __init__(self, file: str, lines: dict[int, int], lookup: DataLookup | None):
        self.file = file
        self.lines = lines
        self.lookup = lookup
        self.problems: list[QuizProblem] = []
        self.question: str | None = None
        self.line: int | None = None

    def add(self, what: str, node: Any = None) -> None:
        """Record that ``what`` is wrong with the current question (at ``node``'s line when given)."""
        line = self.lines.get(id(node)) if node is not None else None
        self.problems.append(QuizProblem(self.file, self.question, what, line or self.line))

    def keys(self, node: Mapping[str, Any], allowed: tuple[str, ...], where: str) -> None:
        for key in node:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                self.add(f"unknown key {key!r} in {where}{hint}; allowed: {', '.join(allowed)}", node)

    def text(self, node: Any, where: str, required: bool = True) -> dict[str, str] | None:
        """A bilingual text ``{en: ..., fr: ...}``, both present and non-empty."""
        if node is None:
            if required:
                self.add(f'{where} is missing: write {where}: {{en: "...", fr: "..."}}')
            return None
        if not isinstance(node, Mapping):
            self.add(
                f'{where} must give the text in each language, as {{en: "...", fr: "..."}}; '
                f"found {show(node)}"
            )
            return None
        self.keys(node, LANGUAGES, where)
        result = {}
        for lang in LANGUAGES:
            value = node.get(lang)
            if isinstance(value, bool) or value is None or (isinstance(value, str) and not value.strip()):
                if isinstance(value, bool):
                    self.add(
                        f"{where}: the {LANGUAGE_NAMES[lang]} text ({lang}) reads as true/false; "
                        f"put it in quotes",
                        node,
                    )
                else:
                    present = [LANGUAGE_NAMES[c] for c in LANGUAGES if c != lang and node.get(c)]
                    also = f" where {' and '.join(present)} exists" if present else ""
                    self.add(f"{where}: the {LANGUAGE_NAMES[lang]} text ({lang}) is missing{also}", node)
                continue
            if not isinstance(value, (str, int, float)):
                self.add(
                    f"{where}: the {LANGUAGE_NAMES[lang]} text ({lang}) must be text; found {show(value)}", node
                )
                continue
            result[lang] = str(value).strip()
        return result if len(result) == len(LANGUAGES) else None

    def ident(self, node: Any, where: str) -> str | None:
        if isinstance(node, bool) or not isinstance(node, (str, int)) or not _ID.fullmatch(str(node)):
            self.add(
                f"{where} {show(node)} must be lower-case letters, digits and hyphens, e.g. q1-first-order"
            )
            return None
        return str(node)

    def items_list(self, node: Any, key: str, minimum: int) -> list[Any]:
        if node is None:
            self.add(f"'{key}' is missing")
            return []
        if not isinstance(node, list):
            self.add(f"'{key}' must be a list (lines starting with '-'); found {show(node)}")
            return []
        if len(node) < minimum:
            what = "is empty" if not node else f"has only {len(node)}"
            self.add(f"'{key}' {what}: it needs at least {minimum}")
        return node

    def blocks(self, node: Any, key: str, minimum: int, what: str, keys: tuple[str, ...]) -> Iterator[tuple[int, Any]]:
        """``(n, block)`` for each block of the list ``key`` (options, items, pairs), numbered from 1; a
        block that is not one, or has a key not in ``keys``, is reported."""
        for n, block in enumerate(self.items_list(node, key, minimum), 1):
            if not isinstance(block, Mapping):
                self.add(f"{what} {n} must be a block with {' and '.join(keys[:2])}; found {show(block)}")
                continue
            self.keys(block, keys, f"{what} {n}")
            yield n, block


# -- building questions: each checks its part of the bank, then binds it to the data ----------
def _options(check: Checker, q: Mapping[str, Any], qtype: str, answer_from: str | None) -> tuple[Option, ...]:
    listed = q.get("options")
    options: list[Option] = []
    seen: set[str] = set()
    for n, node in check.blocks(listed, "options", 2, "option", ("id", "text", "correct", "feedback", "value")):
        oid = check.ident(node.get("id"), f"option {n}: id")
        if oid is not None and oid in seen:
            check.add(f"two options have the id {oid!r}", node)
        seen.add(oid or "")
        text = check.text(node.get("text"), f"option {oid or n}: text")
        feedback = check.text(node.get("feedback"), f"option {oid or n}: feedback", required=False)
        correct = node.get("correct", False)
        if not isinstance(correct, bool):
            check.add(f"option {oid or n}: correct must be true or false; found {show(correct)}", node)
            correct = False
        value = node.get("value")
        if oid and text:
            options.append(Option(oid, text, correct, feedback, None if value is None else str(value)))
    if len(options) != (len(listed) if isinstance(listed, list) else 0):  # an option could not be read
        return tuple(options)
    _no_duplicates(check, [], [o.text for o in options], qtype, "option")  # two options a learner cannot tell apart
    if answer_from:
        options = bind_options(options, answer_from, check.lookup, check.add)
    right = sum(o.correct for o in options)
    if answer_from and check.lookup is None:
        return tuple(options)  # the data decides, and it is not being read
    if options and right == 0:
        check.add(
            "no correct answer: mark one option with correct: true"
            + (" or bind it with answer_from" if qtype == "single" else "")
        )
    if qtype == "single" and right > 1:
        check.add(
            f"a single question has {right} correct options "
            f"({', '.join(o.id for o in options if o.correct)}); "
            "use type: multiple, or keep one"
        )
    if qtype == "multiple" and options and right == len(options):
        check.add("every option is correct: a multiple question needs at least one wrong option")
    return tuple(options)


def _numeric(
    check: Checker, q: Mapping[str, Any], answer_from: str | None
) -> tuple[float | None, Tolerance | None]:
    tolerance = None
    node = q.get("tolerance")
    if node is None:
        check.add("a numeric question needs a tolerance: add tolerance: {relative: 0.05} or {absolute: 1000}")
    elif not isinstance(node, Mapping) or len(node) != 1 or next(iter(node)) not in ("absolute", "relative"):
        check.add(
            f"tolerance must be exactly one of {{relative: 0.05}} or {{absolute: 1000}}; found {show(node)}"
        )
    else:
        kind, amount = next(iter(node.items()))
        number = plain_number(amount)
        if number is None or number < 0 or (kind == "relative" and number >= 1):
            limit = "between 0 and 1 (0.05 is 5 %)" if kind == "relative" else "a number of 0 or more"
            check.add(f"tolerance {kind} must be {limit}; found {show(amount)}")
        else:
            tolerance = Tolerance(**{kind: number})
    answer = None
    if "answer" in q:
        answer = plain_number(q["answer"])
        if answer is None:
            check.add(f"answer must be a plain number (e.g. 689000000); found {show(q['answer'])}")
    if answer_from:
        answer = bind_number(q.get("answer"), answer, tolerance, answer_from, check.lookup, check.add)
    elif "answer" not in q:
        check.add("a numeric question needs an answer: or an answer_from: data reference")
    return answer, tolerance


def _accepted(check: Checker, q: Mapping[str, Any], answer_from: str | None) -> dict[str, tuple[str, ...]]:
    node = q.get("accepted")
    accepted: dict[str, tuple[str, ...]] = {}
    if node is None and not answer_from:
        check.add("a text question needs accepted: {en: [...], fr: [...]}")
    elif node is not None:
        if not isinstance(node, Mapping):
            check.add(
                f"accepted must list answers per language, as {{en: [...], fr: [...]}}; found {show(node)}"
            )
        else:
            check.keys(node, LANGUAGES, "accepted")
            for lang in LANGUAGES:
                answers = node.get(lang)
                answers = (
                    [answers]
                    if isinstance(answers, (str, int, float)) and not isinstance(answers, bool)
                    else answers
                )
                if not answers or not isinstance(answers, list):
                    check.add(f"accepted: the {LANGUAGE_NAMES[lang]} answers ({lang}) are missing")
                    continue
                problem = _accepted_problem(answers, lang)
                if problem:
                    check.add(f"accepted: {problem}")
                    continue
                accepted[lang] = tuple(str(a).strip() for a in answers)
    if answer_from:
        accepted = bind_accepted(accepted, answer_from, check.lookup, check.add)
    return accepted


def _accepted_problem(answers: list[Any], lang: str) -> str | None:
    """What makes one of a text question's accepted ``answers`` in ``lang`` impossible to type, or None."""
    for answer in answers:
        if answer is not None and not isinstance(answer, (str, int, float)):
            return f"the {LANGUAGE_NAMES[lang]} answers ({lang}) must be texts; found {show(answer)}"
        if answer is None or isinstance(answer, bool) or not str(answer).strip():
            return f"an empty or true/false answer in {lang}: put answers in quotes"
        if not normalise_text(str(answer)):
            return (f"the {LANGUAGE_NAMES[lang]} answer {str(answer)!r} has no letter or digit, so no typed answer "
                    "can match it")
    return None


def _order_items(check: Checker, q: Mapping[str, Any]) -> tuple[Item, ...]:
    items: list[Item] = []
    for n, node in check.blocks(q.get("items"), "items", 2, "item", ("id", "text", "answer_from")):
        iid = check.ident(node.get("id"), f"item {n}: id")
        text = check.text(node.get("text"), f"item {iid or n}: text")
        if iid and text:
            items.append(Item(iid, text, node.get("answer_from")))
    _no_duplicates(check, [i.id for i in items], [i.text for i in items], "ordering", "item")
    check_time_order(items, check.lookup, check.add)
    return tuple(items)


def _pairs(check: Checker, q: Mapping[str, Any]) -> tuple[Pair, ...]:
    pairs: list[Pair] = []
    for n, node in check.blocks(q.get("pairs"), "pairs", 2, "pair", ("left", "right", "id")):
        pid = check.ident(node["id"], f"pair {n}: id") if "id" in node else f"p{n}"
        left = check.text(node.get("left"), f"pair {pid or n}: left")
        right = check.text(node.get("right"), f"pair {pid or n}: right")
        if pid and left and right:
            pairs.append(Pair(pid, left, right))
    _no_duplicates(check, [p.id for p in pairs], [p.left for p in pairs], "matching", "left item")
    _no_duplicates(check, [], [p.right for p in pairs], "matching", "right item")
    return tuple(pairs)


def _no_duplicates(check: Checker, ids: list[str], texts: list[dict[str, str]], kind: str, what: str) -> None:
    dup_ids = sorted({i for i in ids if ids.count(i) > 1})
    if dup_ids:
        check.add(f"the {kind} question lists the same {what} id twice: {', '.join(dup_ids)}")
    for lang in LANGUAGES:
        folded = [normalise_text(t[lang]) for t in texts]
        dups = sorted({t[lang] for t in texts if folded.count(normalise_text(t[lang])) > 1})
        if dups:
            check.add(f"the {kind} question has duplicate {what}s in {lang}: {', '.join(map(repr, dups))}")


def _source(check: Checker, node: Any, answer_from: str | None) -> Source | None:
    reference = node if isinstance(node, str) else None
    if node is None and answer_from:
        reference = answer_from
    if reference is not None:
        return data_source(reference, check.lookup, check.add)
    if node is None:
        return None
    if isinstance(node, Mapping):
        url = node.get("url")
        text = check.text({k: v for k, v in node.items() if k != "url"}, "source")
        if url is not None and not (isinstance(url, str) and re.match(r"https?://\S+$", url)):
            check.add(f"source url must start with http:// or https://; found {show(url)}")
        return Source(text, url) if text else None
    check.add(
        "source must be a data reference (events:ROW-ID) or {en: ..., fr: ..., url: ...}; "
        f"found {show(node)}"
    )
    return None


def _question(check: Checker, node: Any, n: int) -> Question | None:
    check.question, check.line = None, None
    if not isinstance(node, Mapping):
        check.add(f"question {n} must be a block of keys (id, type, prompt...); found {show(node)}")
        return None
    check.line = check.lines.get(id(node))
    qid = check.ident(node.get("id"), f"question {n}: id") if "id" in node else None
    if "id" not in node:
        check.add(f"question {n} has no id")
    check.question = qid or f"#{n}"
    qtype = _type(check, node.get("type"))
    if qtype is None:
        return None
    check.keys(node, _COMMON_KEYS + _TYPE_KEYS[qtype], "the question")
    prompt = check.text(node.get("prompt"), "prompt")
    hints = _hints(check, node.get("hints", []))
    explanation = check.text(node.get("explanation"), "explanation", required=False)
    answer_from = _answer_from(check, node.get("answer_from"), qtype)
    before = len(check.problems)
    fields = _answer_fields(check, node, qtype, answer_from)
    source = _source(check, node.get("source"), answer_from)
    if qid is None or prompt is None or len(check.problems) > before:
        return None
    return Question(id=qid, type=qtype, prompt=prompt, hints=hints, explanation=explanation, source=source,
                    answer_from=answer_from, **fields)


def _type(check: Checker, qtype: Any) -> str | None:
    """The question's type, or None after naming the types there are (and the closest one)."""
    if qtype in TYPES:
        return str(qtype)
    close = difflib.get_close_matches(str(qtype), TYPES, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    check.add(f"unknown type {show(qtype)}{hint}; the types are: {', '.join(TYPES)}")
    return None


def _hints(check: Checker, node: Any) -> tuple[dict[str, str], ...]:
    if not isinstance(node, list):
        check.add(f"hints must be a list of {{en: ..., fr: ...}} texts; found {show(node)}")
        return ()
    texts = (check.text(hint, f"hint {h}") for h, hint in enumerate(node, 1))
    return tuple(text for text in texts if text)


def _answer_from(check: Checker, reference: Any, qtype: str) -> str | None:
    """The question's ``answer_from`` reference, when its type can have one and it is written as one."""
    if reference is None:
        return None
    if qtype not in _BINDABLE:
        check.add(f"answer_from is not available for type {qtype} (only {', '.join(_BINDABLE)}); "
                  "on an ordering question put answer_from on each item")
        return None
    if not isinstance(reference, str):
        check.add(f"answer_from must be a reference like user_stats:tiktok-mau-2020-07; found {show(reference)}")
        return None
    return reference


def _answer_fields(check: Checker, node: Mapping[str, Any], qtype: str, answer_from: str | None) -> dict[str, Any]:
    """What a question of ``qtype`` is answered against: options, a number, accepted texts, items or pairs."""
    if qtype in ("single", "multiple"):
        return {"options": _options(check, node, qtype, answer_from)}
    if qtype == "numeric":
        answer, tolerance = _numeric(check, node, answer_from)
        return {"answer": answer, "tolerance": tolerance, "unit": check.text(node.get("unit"), "unit", required=False)}
    if qtype == "text":
        return {"accepted": _accepted(check, node, answer_from)}
    if qtype == "order":
        return {"items": _order_items(check, node)}
    return {"pairs": _pairs(check, node)}


def build_bank(data: Any, lines: dict[int, int], file: str, stem: str | None, lookup: DataLookup | None) -> Bank:
    """The bank in ``data`` (read from ``file``, whose name is ``stem``), checked and bound with ``lookup``;
    a QuizError listing every problem otherwise."""
    check = Checker(file, lines, lookup)
    if not isinstance(data, Mapping):
        check.add(f"a bank must be a block with lesson, title and questions; found {show(data)}")
        raise QuizError(check.problems)
    check.keys(data, _BANK_KEYS, "the bank")
    lesson = data.get("lesson")
    if lesson is not None and not isinstance(lesson, str):
        check.add(f'lesson must be the notebook\'s name in quotes, e.g. lesson: "00-start-here"; found {show(lesson)}')
    elif not isinstance(lesson, str) or not lesson.strip():
        check.add('lesson is missing: write lesson: "NN-slug", the notebook\'s name')
    elif stem is not None and lesson != stem:
        check.add(f"lesson {lesson!r} does not match the file name {stem!r}")
    title = (
        check.text(data.get("title"), "title") if "title" in data else {lang: str(lesson) for lang in LANGUAGES}
    )
    nodes = data.get("questions")
    questions: list[Question] = []
    if isinstance(nodes, list) and not nodes:
        check.add("'questions' is empty: a bank needs at least one question")
    elif not isinstance(nodes, list):
        check.add(f"'questions' must be a list of questions; found {show(nodes)}")
    else:
        seen: set[str] = set()
        for n, node in enumerate(nodes, 1):
            question = _question(check, node, n)
            if question is not None:
                questions.append(question)
            qid = node.get("id") if isinstance(node, Mapping) else None
            if isinstance(qid, (str, int)) and not isinstance(qid, bool):
                if str(qid) in seen:
                    check.question = str(qid)
                    check.add(f"duplicate id {str(qid)!r}: question ids must be unique in a bank", node)
                seen.add(str(qid))
    if check.problems:
        raise QuizError(check.problems)
    return Bank(str(lesson), title or {}, tuple(questions), file)
