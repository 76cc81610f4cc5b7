"""A quiz as plain text and HTML: what a saved notebook shows without a kernel.

GitHub, nbviewer and ``jupyter nbconvert --to html`` cannot run widgets; they show this version
instead (question and options, never the answer nor the hints). Everything shown is escaped.

>>> from lessons_lib.quiz import load_bank
>>> text = render_text(load_bank("00-start-here"), "en")
>>> text.splitlines()[0]
"Quiz: The article's three figures"
>>> "1,000,000,000" in text  # the answer to question 1 is never shown
False
"""

from __future__ import annotations

from html import escape

from lessons_lib.i18n import pick, resolve

from .messages import ui
from .model import Bank, Question

__all__ = ["render_html", "render_text", "static_bundle"]

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _lines(question: Question, lang: str) -> tuple[str, list[str]]:
    """The instruction and the listed choices of a question, as plain strings."""
    if question.type in ("single", "multiple"):
        how = ui("choose_one" if question.type == "single" else "choose_many", lang)
        return how, [pick(o.text, lang) for o in question.shuffled_options()]
    if question.type == "numeric":
        return ui("type_number", lang), []
    if question.type == "text":
        return ui("type_text", lang), []
    if question.type == "order":
        return ui("put_in_order", lang), [pick(i.text, lang) for i in question.shuffled_items()]
    lefts = [pick(p.left, lang) for p in question.pairs]
    rights = [pick(p.right, lang) for p in question.shuffled_rights()]
    return ui("match_each", lang), [f"{left}  |  {right}" for left, right in zip(lefts, rights, strict=False)]


def render_text(bank: Bank, lang: str | None = None) -> str:
    """The quiz as plain text, for ``text/plain`` outputs and terminals."""
    code = resolve(lang)
    out = [ui("quiz_title", code, title=pick(bank.title, code)), ""]
    for n, question in enumerate(bank.questions, 1):
        how, choices = _lines(question, code)
        out.append(f"{ui('question_n', code, n=n)}. {pick(question.prompt, code)}")
        out.append(f"   {how}")
        if question.type == "match":
            out.append(f"   {ui('left', code)}  |  {ui('right', code)}")
        for letter, choice in zip(_LETTERS, choices, strict=False):
            bullet = f"{letter})" if question.type in ("single", "multiple") else "-"
            out.append(f"   {bullet} {choice}")
        out.append("")
    out.append(f"({ui('static_note', code)})")
    return "\n".join(out)


def render_html(bank: Bank, lang: str | None = None) -> str:
    """The quiz as simple, escaped HTML: no script, no colours, readable in light and dark themes."""
    code = resolve(lang)
    e = escape
    parts = [
        f'<section class="techgeo-quiz-static" lang="{code}">',
        f"<h4>{e(ui('quiz_title', code, title=pick(bank.title, code)))}</h4>",
        "<ol>",
    ]
    for question in bank.questions:
        how, choices = _lines(question, code)
        parts.append(f"<li><p><strong>{e(pick(question.prompt, code))}</strong><br><em>{e(how)}</em></p>")
        if question.type == "match":
            rows = "".join(
                f"<tr><td>{e(pick(p.left, code))}</td><td>{e(pick(r.right, code))}</td></tr>"
                for p, r in zip(question.pairs, question.shuffled_rights(), strict=False)
            )
            parts.append(
                f"<table><thead><tr><th>{e(ui('left', code))}</th><th>{e(ui('right', code))}</th>"
                f"</tr></thead><tbody>{rows}</tbody></table>"
            )
        elif choices:
            tag = 'ol type="a"' if question.type in ("single", "multiple") else "ul"
            items = "".join(f"<li>{e(c)}</li>" for c in choices)
            parts.append(f"<{tag}>{items}</{tag.split()[0]}>")
        parts.append("</li>")
    parts.append(f"</ol><p><em>{e(ui('static_note', code))}</em></p></section>")
    return "\n".join(parts)


def static_bundle(bank: Bank, lang: str | None = None) -> dict[str, str]:
    """``{"text/plain": ..., "text/html": ...}`` for a notebook output."""
    return {"text/plain": render_text(bank, lang), "text/html": render_html(bank, lang)}
