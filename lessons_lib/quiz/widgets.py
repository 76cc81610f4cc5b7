"""A quiz bank as ipywidgets: one box per question, with Check and Hint buttons.

Only standard ipywidgets (no custom JavaScript), so it runs in JupyterLab, Notebook 7, VS Code,
Colab and Voila. Feedback lives in widget state (``status.value``, ``feedback.value``), so a test
can drive a quiz without a browser:

>>> from lessons_lib.quiz import load_bank
>>> quiz = QuizView(load_bank("00-start-here"), lang="en", record=False)
>>> view = quiz.question("q1-article-users")
>>> view.control.value = "1 milliard"
>>> view.check_button.click()
>>> view.status.value
'✓ Correct.'

The object also carries a static text/HTML version of the quiz (see :mod:`.static`) in its
notebook output, for readers without a kernel.
"""

from __future__ import annotations

import warnings
from functools import cache
from html import escape
from typing import Any

import ipywidgets as w

from lessons_lib.i18n import describe_os_error, pick, resolve

from .messages import ui
from .model import Bank, Grade, Question
from .results import ResultsError, ResultsStore
from .static import render_text, static_bundle

__all__ = ["Looks", "QuestionView", "QuizView"]

EXPLAIN_AFTER_WRONG = 2  # the explanation (which gives the answer away) shows after this many wrong tries
_WIDE = {"width": "auto"}
_STYLE = {"description_width": "initial"}
_FRAME = {"border": "1px solid var(--jp-border-color2, #888)", "padding": "6px 10px", "margin": "0 0 10px 0"}


@cache
def _style_class(cls: type[w.Widget]) -> type[w.Widget] | None:
    """The Style class a widget class takes (``HTMLStyle`` for ``HTML``...), None for a box."""
    return getattr(cls.class_traits().get("style"), "klass", None)


class Looks:
    """The layouts and styles of one quiz's widgets: one model per distinct look, shared.

    ipywidgets gives every widget a Layout and a Style model of its own unless it is handed one, and
    each model is a message from the kernel and an object in the page. A quiz needs a handful of
    looks, so each is built once and handed to every widget that has it (the ipywidgets
    documentation shares a style between buttons the same way): the page draws the same quiz from
    about a third of the models. Nothing changes a widget's layout or style after it is built; a
    look is shared by the widgets of one quiz only, so closing a quiz leaves the others whole.

    >>> looks = Looks()
    >>> a, b = looks.widget(w.HTML, value="a"), looks.widget(w.HTML, value="b")
    >>> a.layout is b.layout and a.style is b.style
    True
    >>> looks.widget(w.Button, layout=_WIDE).layout is a.layout
    False
    """

    def __init__(self) -> None:
        self._made: dict[tuple[Any, ...], w.Widget] = {}

    def widget(self, cls: type[Any], *, layout: dict[str, str] | None = None,
               style: dict[str, str] | None = None, **traits: Any) -> Any:
        """A ``cls`` widget with ``traits``, and the shared Layout of CSS ``layout`` and Style ``style``."""
        looks = {"layout": self._one(w.Layout, layout or {})}
        style_class = _style_class(cls)
        if style_class is not None:
            looks["style"] = self._one(style_class, style or {})
        return cls(**looks, **traits)

    def _one(self, cls: type[w.Widget], attributes: dict[str, str]) -> w.Widget:
        key = (cls, *sorted(attributes.items()))
        if key not in self._made:
            self._made[key] = cls(**attributes)
        return self._made[key]


def _why_not_saved(err: Exception, lang: str) -> str:
    """Why an answer could not be saved, whole and in the learner's language: the store's own sentence,
    a system error named (a full disk, a read-only folder), anything else by its kind, cut in the middle."""
    if isinstance(err, ResultsError):
        return str(err)
    if isinstance(err, OSError):
        return describe_os_error(err, writing=True, lang=lang)
    text = f"{type(err).__name__}: {err}"
    return text if len(text) <= 300 else f"{text[:150]} … {text[-150:]}"


class QuestionView:
    """The widgets of one question: ``control`` (the answer), ``check_button``, ``hint_button``,
    ``status`` (a Label: the verdict in words), ``feedback``, ``hints`` and ``explanation`` (HTML).
    """

    def __init__(self, question: Question, number: int, lesson: str, lang: str, store: ResultsStore | None,
                 looks: Looks | None = None):
        self.question, self.lesson, self.lang, self.store = question, lesson, lang, store
        self.looks = looks = looks if looks is not None else Looks()
        self.attempts = 0
        self.hints_shown = 0
        self.solved = False
        self.prompt = looks.widget(
            w.HTML,
            value=f"<strong>{escape(ui('question_n', lang, n=number))}. "
            f"{escape(pick(question.prompt, lang))}</strong>"
        )
        self.control, self._controls = self._build_control()
        self.check_button = looks.widget(
            w.Button, description=ui("check", lang), icon="check", tooltip=ui("check", lang), layout=_WIDE
        )
        self.hint_button = looks.widget(
            w.Button,
            description=ui("hint", lang),
            icon="lightbulb-o",
            tooltip=ui("hint", lang),
            disabled=not question.hints,
            layout=_WIDE,
        )
        self.status = looks.widget(w.Label, value="")
        self.feedback = looks.widget(w.HTML, value="")
        self.hints = looks.widget(w.HTML, value="")
        self.explanation = looks.widget(w.HTML, value="")
        self.check_button.on_click(self.check)
        self.hint_button.on_click(self.show_hint)
        buttons = looks.widget(w.HBox, children=[self.check_button, self.hint_button])
        self.box = looks.widget(
            w.VBox,
            children=[
                self.prompt,
                self._instruction(),
                *self._controls,
                buttons,
                self.status,
                self.feedback,
                self.hints,
                self.explanation,
            ],
            layout=_FRAME,
        )

    # -- building ------------------------------------------------------------------------------
    def _instruction(self) -> w.HTML:
        key = {
            "single": "choose_one",
            "multiple": "choose_many",
            "numeric": "type_number",
            "text": "type_text",
            "order": "put_in_order",
            "match": "match_each",
        }[self.question.type]
        return self.looks.widget(w.HTML, value=f"<em>{escape(ui(key, self.lang))}</em>")

    def _build_control(self) -> tuple[Any, list[w.Widget]]:
        q, lang, looks = self.question, self.lang, self.looks
        if q.type == "single":
            radio = looks.widget(
                w.RadioButtons,
                options=[(pick(o.text, lang), o.id) for o in q.shuffled_options()],
                value=None,
                description=ui("your_answer", lang),
                style=_STYLE,
                layout=_WIDE,
            )
            return radio, [radio]
        if q.type == "multiple":
            boxes = [
                looks.widget(w.Checkbox, value=False, description=pick(o.text, lang), indent=False, layout=_WIDE)
                for o in q.shuffled_options()
            ]
            self._box_ids = [o.id for o in q.shuffled_options()]
            group = looks.widget(w.VBox, children=boxes)
            return group, [group]
        if q.type in ("numeric", "text"):
            placeholder = ui("number_placeholder" if q.type == "numeric" else "text_placeholder", lang)
            field = looks.widget(
                w.Text,
                value="",
                placeholder=placeholder,
                description=ui("your_answer", lang),
                style=_STYLE,
                layout={"width": "32em"},
            )
            field.on_msg(self._on_enter)  # Enter in the field checks, as the Check button does
            return field, [field]
        if q.type == "order":
            choices = [(ui("pick", lang), "")] + [(pick(i.text, lang), i.id) for i in q.shuffled_items()]
            drops = [
                looks.widget(
                    w.Dropdown,
                    options=choices,
                    value="",
                    description=ui("position", lang, n=n),
                    style=_STYLE,
                    layout=_WIDE,
                )
                for n in range(1, len(q.items) + 1)
            ]
            group = looks.widget(w.VBox, children=drops)
            return group, [group]
        choices = [(ui("pick", lang), "")] + [(pick(p.right, lang), p.id) for p in q.shuffled_rights()]
        drops = [
            looks.widget(w.Dropdown, options=choices, value="", description=pick(p.left, lang), style=_STYLE,
                         layout=_WIDE)
            for p in q.pairs
        ]
        group = looks.widget(w.VBox, children=drops)
        return group, [group]

    def response(self) -> Any:
        """What the learner has entered, in the form :meth:`Question.grade` takes."""
        q = self.question
        if q.type == "multiple":
            return [i for i, box in zip(self._box_ids, self.control.children, strict=False) if box.value]
        if q.type == "order":
            return [d.value for d in self.control.children if d.value]
        if q.type == "match":
            return {p.id: d.value for p, d in zip(q.pairs, self.control.children, strict=False) if d.value}
        return self.control.value

    # -- behaviour ------------------------------------------------------------------------------
    def _on_enter(self, _widget: Any, content: Any, _buffers: Any = None) -> None:
        """The front end sends ``{"event": "submit"}`` when Enter is pressed in a text field."""
        if isinstance(content, dict) and content.get("event") == "submit":
            self.check()

    def check(self, _button: Any = None) -> Grade | None:
        """Grade the current answer and show the feedback (the Check button's action)."""
        try:
            return self._check()
        except Exception as err:  # a widget callback must never raise into the front end
            self.status.value = ui("no_answer", self.lang)
            self.feedback.value = f"<em>{escape(type(err).__name__)}</em>"
            return None

    def _check(self) -> Grade:
        grade = self.question.grade(self.response(), self.lang)
        self.status.value = grade.messages[0]
        notes = list(grade.messages[1:])
        if grade.counts:
            self.attempts += 1
            notes.append(ui("attempt", self.lang, n=self.attempts))
            saved, said = self._record(grade) if not self.solved else (True, [])
            if not saved:  # said first and in the status line, never as a footnote under a tick
                self.status.value = f"{grade.messages[0]} {ui('not_saved', self.lang)}"
            notes = said + notes
            self.solved = self.solved or grade.correct
        self.feedback.value = "<br>".join(escape(n) for n in notes)
        if self.solved or self.attempts >= EXPLAIN_AFTER_WRONG:
            self.explanation.value = self._explanation_html()
        return grade

    def _record(self, grade: Grade) -> tuple[bool, list[str]]:
        """Save the answer: (saved or not, what the learner must read about it)."""
        if self.store is None:
            return True, []
        try:
            with warnings.catch_warnings(record=True) as said:  # a damaged file set aside: tell the learner
                warnings.simplefilter("always")
                self.store.record(
                    self.lesson,
                    self.question.id,
                    correct=grade.correct,
                    score=grade.score,
                    answer=grade.answer_text,
                    hints_used=self.hints_shown,
                    language=self.lang,
                )
        except Exception as err:  # a full disk or a locked file must not break the quiz
            return False, [ui("not_recorded", self.lang, why=_why_not_saved(err, self.lang))]
        return True, [ui("results_note", self.lang, what=w.message) for w in said]

    def show_hint(self, _button: Any = None) -> None:
        """Show the next hint (the Hint button's action)."""
        hints = self.question.hints
        if self.hints_shown < len(hints):
            self.hints_shown += 1
        shown = [
            f"<strong>{escape(ui('label', self.lang, label=ui('hint_n', self.lang, n=n)))}</strong> "
            f"{escape(pick(h, self.lang))}"
            for n, h in enumerate(hints[: self.hints_shown], 1)
        ]
        self.hints.value = "<br>".join(shown)
        more = self.hints_shown < len(hints)
        self.hint_button.description = ui("next_hint" if more else "no_more_hints", self.lang)
        self.hint_button.disabled = not more

    def _explanation_html(self) -> str:
        q, lang = self.question, self.lang
        parts = []
        if q.type in ("numeric", "text", "order", "match") or q.explanation is None:
            answer = ui("label", lang, label=ui("answer_is", lang))
            parts.append(f"<strong>{escape(answer)}</strong> {escape(q.answer_key(lang))}")
        if q.explanation:
            parts.append(
                f"<strong>{escape(ui('label', lang, label=ui('explanation', lang)))}</strong> "
                f"{escape(pick(q.explanation, lang))}"
            )
        if q.source:
            title = escape(pick(q.source.title, lang))
            if q.source.url:
                title = (
                    f'<a href="{escape(q.source.url, quote=True)}" target="_blank" '
                    f'rel="noopener noreferrer">{title}</a>'
                )
            parts.append(f"<em>{escape(ui('label', lang, label=ui('source', lang)))}</em> {title}")
        return "<br>".join(parts)


class QuizView:
    """A whole bank as widgets. ``widget`` is the VBox; ``questions`` the :class:`QuestionView` list."""

    def __init__(
        self, bank: Bank, lang: str | None = None, *, store: ResultsStore | None = None, record: bool = True
    ):
        self.bank = bank
        self.lang = resolve(lang)
        if record and store is None:
            store = ResultsStore()
        looks = Looks()
        self.questions = [
            QuestionView(q, n, bank.lesson, self.lang, store if record else None, looks)
            for n, q in enumerate(bank.questions, 1)
        ]
        title = looks.widget(
            w.HTML, value=f"<h4>{escape(ui('quiz_title', self.lang, title=pick(bank.title, self.lang)))}</h4>"
        )
        self.widget = looks.widget(w.VBox, children=[title, *(v.box for v in self.questions)])

    def question(self, question_id: str) -> QuestionView:
        """The view of the question with this id."""
        for view in self.questions:
            if view.question.id == question_id:
                return view
        raise KeyError(f"no question {question_id!r} in {self.bank.lesson}")

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle = dict(self.widget._repr_mimebundle_())
        bundle.update(static_bundle(self.bank, self.lang))
        return bundle

    def __repr__(self) -> str:
        return render_text(self.bank, self.lang)
