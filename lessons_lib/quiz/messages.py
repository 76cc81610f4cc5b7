"""Every word the quiz itself says to a learner (buttons, feedback, labels): English messages whose
French twins live in the ``lessons`` gettext catalogue (``lessons_lib/locale/fr/LC_MESSAGES/lessons.po``).

>>> ui("check", "fr")
'Vérifier'
>>> ui("score", "en", score="1/2")
'Score: 1/2'
"""

from __future__ import annotations

from collections.abc import Callable

from lessons_lib.i18n import N_, gettext, ngettext

__all__ = ["MESSAGES", "PLURALS", "ui"]

MESSAGES: dict[str, str] = {
    'check': N_('Check'),
    'hint': N_('Hint'),
    'next_hint': N_('Another hint'),
    'no_more_hints': N_('No more hints'),
    'hint_n': N_('Hint {n}'),
    'your_answer': N_('Your answer'),
    'choose_one': N_('Choose one answer.'),
    'choose_many': N_('Tick every right answer.'),
    'type_number': N_('Type a number (e.g. 250 million, 1,5 milliard, 15 %).'),
    'number_placeholder': N_('e.g. 250 million'),
    'type_text': N_('Type a short answer.'),
    'text_placeholder': N_('a word or a name'),
    'put_in_order': N_('Put these in time order, earliest first.'),
    'position': N_('Position {n}'),
    'match_each': N_('Match each item on the left with one on the right.'),
    'pick': N_('(choose)'),
    'correct': N_('✓ Correct.'),
    'partly': N_('✗ Partly right.'),
    'wrong': N_('✗ Not quite.'),
    'try_again': N_('Try again, or ask for a hint.'),
    'score': N_('Score: {score}'),
    'no_answer': N_('Choose or type an answer first.'),
    'unreadable_number': N_('I could not read a number in what you typed ({why}).'),
    'too_high': N_('Your figure is too high.'),
    'too_low': N_('Your figure is too low.'),
    'use_each_once': N_('Use each item once.'),
    'used_twice': N_('You chose “{item}” twice: each item on the right goes with one item on the left.'),
    'add_the_scale': N_('Add the scale: “{typed}” alone is read as {typed}; write “{typed} thousand”, '
                        '“{typed} million” or “{typed} billion”.'),
    'match_all': N_('Choose a match for every item.'),
    'selected_wrong': N_('✗ not right'),
    'selected_right': N_('✓ right'),
    'in_place': N_('{n} of {total} in the right place.'),
    'matched': N_('{n} of {total} pairs right.'),
    'explanation': N_('Explanation'),
    'source': N_('Source'),
    'attempt': N_('Attempt {n}'),
    'question_n': N_('Question {n}'),
    'static_note': N_('Run this cell to answer the quiz interactively.'),
    'options': N_('Options'),
    'items': N_('Items'),
    'left': N_('Left'),
    'right': N_('Right'),
    'quiz_title': N_('Quiz: {title}'),
    'not_recorded': N_('⚠ Your answer was NOT saved ({why}). Tell your teacher; until this is fixed, your '
                       'answers are not kept.'),
    'not_saved': N_('⚠ NOT SAVED'),
    'results_note': N_('⚠ About your saved answers (this one is saved): {what}'),
    'answer_is': N_('The answer'),
    'you_chose_option': N_('You chose “{option}”: {mark}'),
    # TRANSLATORS: a label before what it names, e.g. "Hint 1:" (French puts a no-break space before the colon)
    'label': N_('{label}:'),
    'tolerance_percent': N_('± {n} %'),
    'tolerance': N_('± {n}'),
    # TRANSLATORS: between the items of a list in a sentence ("Oracle; Silver Lake")
    'list_separator': N_('; '),
}

#: messages whose words depend on a count ``n`` (French counts 0 and 1 as singular)
PLURALS: dict[str, Callable[[int, str | None], str]] = {
    'you_missed': lambda n, lang: ngettext('You left out {n} right answer.', 'You left out {n} right answers.', n,
                                           lang),
    'fill_every_position': lambda n, lang: ngettext('Fill every position: {n} still empty.',
                                                    'Fill every position: {n} still empty.', n, lang),
}


def ui(key: str, lang: str | None = None, **values: object) -> str:
    """The quiz's own text ``key`` in ``lang`` (default: the current language), filled with ``values``.

    >>> ui("you_missed", "fr", n=1), ui("you_missed", "en", n=2)
    ('Il manque 1 bonne réponse.', 'You left out 2 right answers.')
    """
    text = PLURALS[key](int(values["n"]), lang) if key in PLURALS else gettext(MESSAGES[key], lang)
    return text.format(**values) if values else text
