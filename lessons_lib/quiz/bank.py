"""Read a quiz bank (``data/quizzes/NN-slug.yaml``), check it, and bind its answers to the data.

Every problem found is reported at once in a :class:`~lessons_lib.quiz.errors.QuizError` that
names the file, the line, the question id and what is wrong:

>>> bank = load_bank("00-start-here")
>>> bank.lesson, len(bank.questions) >= 4
('00-start-here', True)
>>> load_bank_text("lesson: demo\\nquestions: []\\n", "demo.yaml")
Traceback (most recent call last):
...
lessons_lib.quiz.errors.QuizError: demo.yaml: 'questions' is empty: a bank needs at least one question
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from lessons_lib.i18n import LANGUAGES

from .binding import BadReference, DataLookup, parse_reference
from .errors import QuizError, QuizProblem
from .model import TYPES, Bank, Item, Option, Pair, Question, Source, Tolerance, normalise_text

__all__ = ["bank_names", "bank_path", "load_bank", "load_bank_text", "quizzes_dir"]

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
_LANG_NAMES = {"en": "English", "fr": "French"}


# -- finding banks ---------------------------------------------------------------------------------
def quizzes_dir() -> Path:
    """The folder of the shipped quiz banks (``data/quizzes``)."""
    from lessons_lib.schema import data_dir

    return data_dir() / "quizzes"


def bank_names() -> list[str]:
    """The names of the shipped banks, e.g. ``['00-start-here', ...]``.

    >>> "00-start-here" in bank_names()
    True
    """
    return sorted(p.stem for p in quizzes_dir().glob("*.yaml"))


def bank_path(name: str | Path) -> Path:
    """The file of a bank given by path, by name (``02-timeline``) or by number (``02``, ``2``).

    >>> bank_path("0").name
    '00-start-here.yaml'
    """
    path = Path(name)
    try:
        is_file = path.is_file()
    except OSError:  # e.g. a name longer than the system allows: not a file, so a bank's name or number
        is_file = False
    if path.suffix in (".yaml", ".yml") or is_file:
        return path
    text = str(name).strip()
    names = bank_names()
    if text in names:
        return quizzes_dir() / f"{text}.yaml"
    if text.isascii() and text.isdigit() and len(text) <= 3:
        text = f"{int(text):02d}"
    found = [n for n in names if n.split("-", 1)[0] == text or n.startswith(text + "-")]
    if len(found) == 1:
        return quizzes_dir() / f"{found[0]}.yaml"
    raise FileNotFoundError(f"no quiz bank {str(name)!r}; the banks are: {', '.join(names) or '(none)'}")


# -- YAML with line numbers, no silent duplicate keys, no aliases ---------------------------------
#: A bank is text a person writes: a larger file is a mistake (the shipped ones are 7 to 15 KB).
MAX_BANK_BYTES = 1 << 20


class _Loader(yaml.SafeLoader):
    lines: dict[int, int]

    def compose_node(self, parent: Any, index: Any) -> Any:
        # An alias (*name) repeats a block written elsewhere (&name): a few lines of them can stand for
        # billions of nodes ("billion laughs"). A bank has no need of them; refuse the first one.
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, f"found the alias *{event.anchor}: a quiz bank may not repeat blocks with "
                "&anchors and *aliases; write the text out where it is needed", event.start_mark)
        return super().compose_node(parent, index)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, f"a key must be a plain word, not {_show(key)}", key_node.start_mark)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} appears twice in the same block", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    mapping = loader.construct_mapping(node, deep=True)
    loader.lines[id(mapping)] = node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(text: str, file: str) -> tuple[Any, dict[int, int]]:
    loader = _Loader(text)
    loader.lines = {}
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        column = f", column {mark.column + 1}" if mark else ""
        what = f"this is not valid YAML{column}: {err.problem or err.context}"
        raise QuizError([QuizProblem(file, None, what, line)]) from None
    except yaml.YAMLError as err:
        raise QuizError([QuizProblem(file, None, f"this is not valid YAML: {err}")]) from None
    except RecursionError:
        raise QuizError([QuizProblem(file, None, "this YAML nests lists or blocks thousands deep; "
                                                 "a bank needs a few levels")]) from None
    finally:
        loader.dispose()
    return data, loader.lines


# -- checking --------------------------------------------------------------------------------------
class _Checker:
    """Collects problems while a bank is read; each problem is tied to a question."""

    def __init__(self, file: str, lines: dict[int, int], lookup: DataLookup | None):
        self.file = file
        self.lines = lines
        self.lookup = lookup
        self.problems: list[QuizProblem] = []
        self.question: str | None = None
        self.line: int | None = None

    def add(self, what: str, node: Any = None) -> None:
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
                f"found {_show(node)}"
            )
            return None
        self.keys(node, LANGUAGES, where)
        result = {}
        for lang in LANGUAGES:
            value = node.get(lang)
            if isinstance(value, bool) or value is None or (isinstance(value, str) and not value.strip()):
                if isinstance(value, bool):
                    self.add(
                        f"{where}: the {_LANG_NAMES[lang]} text ({lang}) reads as true/false; "
                        f"put it in quotes",
                        node,
                    )
                else:
                    present = [_LANG_NAMES[c] for c in LANGUAGES if c != lang and node.get(c)]
                    also = f" where {' and '.join(present)} exists" if present else ""
                    self.add(f"{where}: the {_LANG_NAMES[lang]} text ({lang}) is missing{also}", node)
                continue
            if not isinstance(value, (str, int, float)):
                self.add(
                    f"{where}: the {_LANG_NAMES[lang]} text ({lang}) must be text; found {_show(value)}", node
                )
                continue
            result[lang] = str(value).strip()
        return result if len(result) == len(LANGUAGES) else None

    def ident(self, node: Any, where: str) -> str | None:
        if isinstance(node, bool) or not isinstance(node, (str, int)) or not _ID.fullmatch(str(node)):
            self.add(
                f"{where} {_show(node)} must be lower-case letters, digits and hyphens, e.g. q1-first-order"
            )
            return None
        return str(node)

    def items_list(self, node: Any, key: str, minimum: int) -> list[Any]:
        if node is None:
            self.add(f"'{key}' is missing")
            return []
        if not isinstance(node, list):
            self.add(f"'{key}' must be a list (lines starting with '-'); found {_show(node)}")
            return []
        if len(node) < minimum:
            what = "is empty" if not node else f"has only {len(node)}"
            self.add(f"'{key}' {what}: it needs at least {minimum}")
        return node

    def data(self, reference: str, default: str | None = None) -> tuple[bool, Any]:
        """``(found, value)`` of a reference, recording a problem when it cannot be satisfied."""
        if self.lookup is None:
            return False, None
        try:
            return True, self.lookup.value(reference, default)
        except BadReference as err:
            self.add(f"unknown answer_from reference {reference!r}: {err}")
        except ImportError as err:  # the data is read with pandas (not there in an offline JupyterLite)
            self.add(f"could not read the data to check {reference!r}: answer_from needs pandas ({err})")
        except (OSError, ValueError) as err:
            self.add(f"could not read the data to check {reference!r}: {err}")
        return False, None


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "…"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:  # a whole number with hundreds of digits
        return None
    return number if math.isfinite(number) else None


def _same_value(data: Any, option_value: Any) -> bool:
    if _number(data) is not None:
        try:
            return float(data) == float(str(option_value))
        except ValueError:
            return False
    return normalise_text(str(data)) == normalise_text(str(option_value))


# -- building questions ----------------------------------------------------------------------------
def _options(c: _Checker, q: Mapping[str, Any], qtype: str, answer_from: str | None) -> tuple[Option, ...]:
    nodes = c.items_list(q.get("options"), "options", 2)
    options: list[Option] = []
    seen: set[str] = set()
    for n, node in enumerate(nodes, 1):
        if not isinstance(node, Mapping):
            c.add(f"option {n} must be a block with id and text; found {_show(node)}")
            continue
        c.keys(node, ("id", "text", "correct", "feedback", "value"), f"option {n}")
        oid = c.ident(node.get("id"), f"option {n}: id")
        if oid is not None and oid in seen:
            c.add(f"two options have the id {oid!r}", node)
        seen.add(oid or "")
        text = c.text(node.get("text"), f"option {oid or n}: text")
        feedback = c.text(node.get("feedback"), f"option {oid or n}: feedback", required=False)
        correct = node.get("correct", False)
        if not isinstance(correct, bool):
            c.add(f"option {oid or n}: correct must be true or false; found {_show(correct)}", node)
            correct = False
        value = node.get("value")
        if oid and text:
            options.append(Option(oid, text, correct, feedback, None if value is None else str(value)))
    if len(options) != len(nodes):
        return tuple(options)
    if answer_from:
        options = _bind_options(c, options, answer_from)
    right = sum(o.correct for o in options)
    if answer_from and c.lookup is None:
        return tuple(options)  # the data decides, and it is not being read
    if options and right == 0:
        c.add(
            "no correct answer: mark one option with correct: true"
            + (" or bind it with answer_from" if qtype == "single" else "")
        )
    if qtype == "single" and right > 1:
        c.add(
            f"a single question has {right} correct options "
            f"({', '.join(o.id for o in options if o.correct)}); "
            "use type: multiple, or keep one"
        )
    if qtype == "multiple" and options and right == len(options):
        c.add("every option is correct: a multiple question needs at least one wrong option")
    return tuple(options)


def _bind_options(c: _Checker, options: list[Option], reference: str) -> list[Option]:
    missing = [o.id for o in options if o.value is None]
    if missing:
        c.add(
            f"with answer_from, every option needs a value to compare with the data; missing for: "
            f"{', '.join(missing)}"
        )
        return options
    found, value = c.data(reference)
    if not found:
        return options
    matching = [o for o in options if _same_value(value, o.value)]
    if not matching:
        c.add(
            f"the answer from the data ({value!r}, from {reference}) is not among the options' values: "
            f"{', '.join(repr(o.value) for o in options)}"
        )
        return options
    if len(matching) > 1:
        c.add(
            f"several options have the value {value!r} from {reference}: {', '.join(o.id for o in matching)}"
        )
    flagged = [o.id for o in options if o.correct]
    if flagged and flagged != [o.id for o in matching]:
        c.add(
            f"correct: true is on {', '.join(flagged)} but the data ({reference} = {value!r}) says "
            f"{', '.join(o.id for o in matching)}"
        )
    return [Option(o.id, o.text, o in matching, o.feedback, o.value) for o in options]


def _numeric(
    c: _Checker, q: Mapping[str, Any], answer_from: str | None
) -> tuple[float | None, Tolerance | None]:
    tolerance = None
    node = q.get("tolerance")
    if node is None:
        c.add("a numeric question needs a tolerance: add tolerance: {relative: 0.05} or {absolute: 1000}")
    elif not isinstance(node, Mapping) or len(node) != 1 or next(iter(node)) not in ("absolute", "relative"):
        c.add(
            f"tolerance must be exactly one of {{relative: 0.05}} or {{absolute: 1000}}; found {_show(node)}"
        )
    else:
        kind, amount = next(iter(node.items()))
        number = _number(amount)
        if number is None or number < 0 or (kind == "relative" and number >= 1):
            limit = "between 0 and 1 (0.05 is 5 %)" if kind == "relative" else "a number of 0 or more"
            c.add(f"tolerance {kind} must be {limit}; found {_show(amount)}")
        else:
            tolerance = Tolerance(**{kind: number})
    answer = None
    if "answer" in q:
        answer = _number(q["answer"])
        if answer is None:
            c.add(f"answer must be a plain number (e.g. 689000000); found {_show(q['answer'])}")
    if answer_from:
        found, value = c.data(answer_from)
        if found:
            data = _number(value)
            if data is None:
                c.add(f"answer_from {answer_from} holds {_show(value)}, not a number")
            elif answer is not None and tolerance and not tolerance.accepts(answer, data):
                c.add(f"answer {q['answer']!r} disagrees with the data: {answer_from} is {value!r}")
            else:
                answer = data
    elif "answer" not in q:
        c.add("a numeric question needs an answer: or an answer_from: data reference")
    return answer, tolerance


def _accepted(c: _Checker, q: Mapping[str, Any], answer_from: str | None) -> dict[str, tuple[str, ...]]:
    node = q.get("accepted")
    accepted: dict[str, tuple[str, ...]] = {}
    if node is None and not answer_from:
        c.add("a text question needs accepted: {en: [...], fr: [...]}")
    elif node is not None:
        if not isinstance(node, Mapping):
            c.add(
                f"accepted must list answers per language, as {{en: [...], fr: [...]}}; found {_show(node)}"
            )
        else:
            c.keys(node, LANGUAGES, "accepted")
            for lang in LANGUAGES:
                answers = node.get(lang)
                answers = (
                    [answers]
                    if isinstance(answers, (str, int, float)) and not isinstance(answers, bool)
                    else answers
                )
                if not answers or not isinstance(answers, list):
                    c.add(f"accepted: the {_LANG_NAMES[lang]} answers ({lang}) are missing")
                    continue
                if any(isinstance(a, bool) or not normalise_text(str(a)) for a in answers):
                    c.add(f"accepted: an empty or true/false answer in {lang}: put answers in quotes")
                    continue
                accepted[lang] = tuple(str(a).strip() for a in answers)
    if answer_from:
        found, value = c.data(answer_from)
        if found and value is not None:
            if not accepted:
                accepted = {lang: (str(value),) for lang in LANGUAGES}
            elif not any(normalise_text(str(value)) == normalise_text(a) for a in accepted.get("en", ())):
                c.add(f"the data ({answer_from} = {value!r}) is not among the accepted English answers")
    return accepted


def _order_items(c: _Checker, q: Mapping[str, Any]) -> tuple[Item, ...]:
    nodes = c.items_list(q.get("items"), "items", 2)
    items: list[Item] = []
    for n, node in enumerate(nodes, 1):
        if not isinstance(node, Mapping):
            c.add(f"item {n} must be a block with id and text; found {_show(node)}")
            continue
        c.keys(node, ("id", "text", "answer_from"), f"item {n}")
        iid = c.ident(node.get("id"), f"item {n}: id")
        text = c.text(node.get("text"), f"item {iid or n}: text")
        if iid and text:
            items.append(Item(iid, text, node.get("answer_from")))
    _no_duplicates(c, [i.id for i in items], [i.text for i in items], "ordering", "item")
    dated = []
    for item in items:
        if item.answer_from:
            found, value = c.data(item.answer_from, "date")
            if found:
                dated.append((item, value))
    for (before, first), (after, second) in itertools.pairwise(dated):
        try:
            wrong = first is None or second is None or not first < second
        except TypeError:
            wrong = True
        if wrong:
            c.add(
                f"items are not in time order according to the data: {before.id!r} ({_day(first)}) is "
                f"listed before {after.id!r} ({_day(second)}); list items earliest first"
            )
    return tuple(items)


def _day(value: Any) -> str:
    return value.date().isoformat() if hasattr(value, "date") else str(value)


def _pairs(c: _Checker, q: Mapping[str, Any]) -> tuple[Pair, ...]:
    nodes = c.items_list(q.get("pairs"), "pairs", 2)
    pairs: list[Pair] = []
    for n, node in enumerate(nodes, 1):
        if not isinstance(node, Mapping):
            c.add(f"pair {n} must be a block with left and right; found {_show(node)}")
            continue
        c.keys(node, ("id", "left", "right"), f"pair {n}")
        pid = c.ident(node["id"], f"pair {n}: id") if "id" in node else f"p{n}"
        left = c.text(node.get("left"), f"pair {pid or n}: left")
        right = c.text(node.get("right"), f"pair {pid or n}: right")
        if pid and left and right:
            pairs.append(Pair(pid, left, right))
    _no_duplicates(c, [p.id for p in pairs], [p.left for p in pairs], "matching", "left item")
    _no_duplicates(c, [], [p.right for p in pairs], "matching", "right item")
    return tuple(pairs)


def _no_duplicates(c: _Checker, ids: list[str], texts: list[dict[str, str]], kind: str, what: str) -> None:
    dup_ids = sorted({i for i in ids if ids.count(i) > 1})
    if dup_ids:
        c.add(f"the {kind} question lists the same {what} id twice: {', '.join(dup_ids)}")
    for lang in LANGUAGES:
        folded = [normalise_text(t[lang]) for t in texts]
        dups = sorted({t[lang] for t in texts if folded.count(normalise_text(t[lang])) > 1})
        if dups:
            c.add(f"the {kind} question has duplicate {what}s in {lang}: {', '.join(map(repr, dups))}")


def _source(c: _Checker, node: Any, answer_from: str | None) -> Source | None:
    reference = node if isinstance(node, str) else None
    if node is None and answer_from:
        reference = answer_from
    if reference is not None:
        if c.lookup is None:
            return Source({lang: reference for lang in LANGUAGES}, None, reference)
        try:
            table, row_id, _ = parse_reference(reference, "id")
            row = c.lookup.row(table, row_id)
        except BadReference as err:
            c.add(f"unknown source reference {reference!r}: {err}")
            return None
        except ImportError as err:
            c.add(f"could not read the data to check source {reference!r}: data sources need pandas ({err})")
            return None
        except (OSError, ValueError) as err:
            c.add(f"could not read the data to check source {reference!r}: {err}")
            return None
        title = str(row.get("source_title") or reference)
        return Source({lang: title for lang in LANGUAGES}, row.get("source_url") or None, reference)
    if node is None:
        return None
    if isinstance(node, Mapping):
        url = node.get("url")
        text = c.text({k: v for k, v in node.items() if k != "url"}, "source")
        if url is not None and not (isinstance(url, str) and re.match(r"https?://\S+$", url)):
            c.add(f"source url must start with http:// or https://; found {_show(url)}")
        return Source(text, url) if text else None
    c.add(
        "source must be a data reference (events:ROW-ID) or {en: ..., fr: ..., url: ...}; "
        f"found {_show(node)}"
    )
    return None


def _question(c: _Checker, node: Any, n: int) -> Question | None:
    c.question, c.line = None, None
    if not isinstance(node, Mapping):
        c.add(f"question {n} must be a block of keys (id, type, prompt...); found {_show(node)}")
        return None
    c.line = c.lines.get(id(node))
    qid = c.ident(node.get("id"), f"question {n}: id") if "id" in node else None
    if "id" not in node:
        c.add(f"question {n} has no id")
    c.question = qid or f"#{n}"
    qtype = node.get("type")
    if qtype not in TYPES:
        close = difflib.get_close_matches(str(qtype), TYPES, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        c.add(f"unknown type {_show(qtype)}{hint}; the types are: {', '.join(TYPES)}")
        return None
    c.keys(node, _COMMON_KEYS + _TYPE_KEYS[qtype], "the question")
    prompt = c.text(node.get("prompt"), "prompt")
    hints_node = node.get("hints", [])
    hints = []
    if not isinstance(hints_node, list):
        c.add(f"hints must be a list of {{en: ..., fr: ...}} texts; found {_show(hints_node)}")
    else:
        for h, hint in enumerate(hints_node, 1):
            text = c.text(hint, f"hint {h}")
            if text:
                hints.append(text)
    explanation = c.text(node.get("explanation"), "explanation", required=False)
    answer_from = node.get("answer_from")
    if answer_from is not None:
        if qtype not in _BINDABLE:
            c.add(
                f"answer_from is not available for type {qtype} (only {', '.join(_BINDABLE)}); "
                "on an ordering question put answer_from on each item"
            )
            answer_from = None
        elif not isinstance(answer_from, str):
            c.add(
                "answer_from must be a reference like user_stats:tiktok-mau-2020-07; "
                f"found {_show(answer_from)}"
            )
            answer_from = None
    before = len(c.problems)
    fields: dict[str, Any] = {}
    if qtype in ("single", "multiple"):
        fields["options"] = _options(c, node, qtype, answer_from)
    elif qtype == "numeric":
        fields["answer"], fields["tolerance"] = _numeric(c, node, answer_from)
        fields["unit"] = c.text(node.get("unit"), "unit", required=False)
    elif qtype == "text":
        fields["accepted"] = _accepted(c, node, answer_from)
    elif qtype == "order":
        fields["items"] = _order_items(c, node)
    else:
        fields["pairs"] = _pairs(c, node)
    source = _source(c, node.get("source"), answer_from)
    if qid is None or prompt is None or len(c.problems) > before:
        return None
    return Question(
        id=qid,
        type=qtype,
        prompt=prompt,
        hints=tuple(hints),
        explanation=explanation,
        source=source,
        answer_from=answer_from,
        **fields,
    )


def _bank(data: Any, lines: dict[int, int], file: str, stem: str | None, lookup: DataLookup | None) -> Bank:
    c = _Checker(file, lines, lookup)
    if not isinstance(data, Mapping):
        c.add(f"a bank must be a block with lesson, title and questions; found {_show(data)}")
        raise QuizError(c.problems)
    c.keys(data, _BANK_KEYS, "the bank")
    lesson = data.get("lesson")
    if not isinstance(lesson, str) or not lesson.strip():
        c.add('lesson is missing: write lesson: "NN-slug", the notebook\'s name')
    elif stem is not None and lesson != stem:
        c.add(f"lesson {lesson!r} does not match the file name {stem!r}")
    title = (
        c.text(data.get("title"), "title") if "title" in data else {lang: str(lesson) for lang in LANGUAGES}
    )
    nodes = data.get("questions")
    questions: list[Question] = []
    if isinstance(nodes, list) and not nodes:
        c.add("'questions' is empty: a bank needs at least one question")
    elif not isinstance(nodes, list):
        c.add(f"'questions' must be a list of questions; found {_show(nodes)}")
    else:
        seen: set[str] = set()
        for n, node in enumerate(nodes, 1):
            question = _question(c, node, n)
            if question is not None:
                questions.append(question)
            qid = node.get("id") if isinstance(node, Mapping) else None
            if isinstance(qid, (str, int)) and not isinstance(qid, bool):
                if str(qid) in seen:
                    c.question = str(qid)
                    c.add(f"duplicate id {str(qid)!r}: question ids must be unique in a bank", node)
                seen.add(str(qid))
    if c.problems:
        raise QuizError(c.problems)
    return Bank(str(lesson), title or {}, tuple(questions), file)


def load_bank_text(
    text: str,
    file: str = "<text>",
    *,
    lookup: DataLookup | Callable[[], DataLookup] | None = DataLookup,
    expect_lesson: str | None = None,
) -> Bank:
    """A bank read from YAML ``text`` (``file`` names it in messages).

    ``lookup`` checks ``answer_from`` and ``source`` references: the shipped data by default,
    a :class:`~lessons_lib.quiz.binding.DataLookup` of your own, or None to skip the data.
    """
    data, lines = _read_yaml(text, file)
    resolved = lookup() if callable(lookup) and not isinstance(lookup, DataLookup) else lookup
    return _bank(data, lines, file, expect_lesson, resolved)  # type: ignore[arg-type]


def load_bank(name: str | Path, *, lookup: DataLookup | Callable[[], DataLookup] | None = DataLookup) -> Bank:
    """The bank ``name`` (``"02-timeline"``, ``"02"`` or a path), checked and bound to the data."""
    from lessons_lib.reading import Unreadable, read_limited

    path = bank_path(name)
    try:
        raw = read_limited(path, MAX_BANK_BYTES, "a quiz bank (a YAML file)")
    except Unreadable as err:
        raise QuizError([QuizProblem(path.name, None, f"found {path}; expected {err.expected}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise QuizError([QuizProblem(path.name, None, f"the file is not UTF-8 text ({err.reason}: "
                                                      f"{raw[err.start: err.start + 4]!r}); save it as UTF-8",
                                     line)]) from None
    return load_bank_text(text, path.name, lookup=lookup, expect_lesson=path.stem)
