"""The teacher's answer key of a lesson's quiz, as a plain text table (``techgeo-lessons answers``)."""

from __future__ import annotations

from lessons_lib.course.tables import format_table
from lessons_lib.course.words import N_, gettext

HEADER = (N_("#"), N_("question"), N_("type"), N_("answer"))
# the question types as a bank's YAML writes them (quiz.model.TYPES), marked for the catalogue: a teacher
# reads each in their language
TYPE_NAMES = (N_("single"), N_("multiple"), N_("numeric"), N_("text"), N_("order"), N_("match"))


def answer_key_rows(bank, lang: str | None = None) -> list[tuple[str, str, str, str]]:
    """``(number, question id, type, answer)`` for each question of a loaded bank.

    >>> from lessons_lib.quiz import load_bank
    >>> answer_key_rows(load_bank("00"), "en")[1]
    ('2', 'q2-july-mau', 'numeric', '689,000,000 monthly active users (± 5 %)')
    >>> answer_key_rows(load_bank("00"), "fr")[1][2]
    'nombre'
    """
    return [(str(n), q.id, gettext(q.type, lang), q.answer_key(lang))
            for n, q in enumerate(bank.questions, 1)]


def answer_key(lesson: str, lang: str | None = None) -> str:
    """The answer key of ``lesson`` (``"02"``, ``"02-timeline"`` or a bank's path), titled, in ``lang``.

    The bank is read once.
    """
    from lessons_lib.quiz import load_bank

    bank = load_bank(lesson)
    title = gettext("{lesson}: answer key", lang).format(lesson=bank.lesson)
    header = tuple(gettext(word, lang) for word in HEADER)
    return f"{title}\n{format_table(answer_key_rows(bank, lang), header)}"
