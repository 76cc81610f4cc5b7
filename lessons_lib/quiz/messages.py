"""Every word the quiz itself says to a learner (buttons, feedback, labels), in English and French.

>>> ui("check", "fr")
'Vérifier'
>>> ui("score", "en", score="1/2")
'Score: 1/2'
"""

from __future__ import annotations

from lessons_lib.i18n import pick

__all__ = ["MESSAGES", "ui"]

MESSAGES: dict[str, dict[str, str]] = {
    "check": {"en": "Check", "fr": "Vérifier"},
    "hint": {"en": "Hint", "fr": "Indice"},
    "next_hint": {"en": "Another hint", "fr": "Un autre indice"},
    "no_more_hints": {"en": "No more hints", "fr": "Plus d'indice"},
    "hint_n": {"en": "Hint {n}", "fr": "Indice {n}"},
    "your_answer": {"en": "Your answer", "fr": "Votre réponse"},
    "choose_one": {"en": "Choose one answer.", "fr": "Choisissez une réponse."},
    "choose_many": {"en": "Tick every right answer.", "fr": "Cochez toutes les bonnes réponses."},
    "type_number": {
        "en": "Type a number (e.g. 250 million, 1,5 milliard, 15 %).",
        "fr": "Tapez un nombre (ex. 250 millions, 1,5 milliard, 15\u00a0%).",
    },
    "number_placeholder": {"en": "e.g. 250 million", "fr": "ex. 250 millions"},
    "type_text": {"en": "Type a short answer.", "fr": "Tapez une réponse courte."},
    "text_placeholder": {"en": "a word or a name", "fr": "un mot ou un nom"},
    "put_in_order": {
        "en": "Put these in time order, earliest first.",
        "fr": "Remettez dans l'ordre chronologique, du plus ancien au plus récent.",
    },
    "position": {"en": "Position {n}", "fr": "Position {n}"},
    "match_each": {
        "en": "Match each item on the left with one on the right.",
        "fr": "Associez chaque élément de gauche à un élément de droite.",
    },
    "pick": {"en": "(choose)", "fr": "(choisir)"},
    "correct": {"en": "✓ Correct.", "fr": "✓ Exact."},
    "partly": {"en": "✗ Partly right.", "fr": "✗ En partie juste."},
    "wrong": {"en": "✗ Not quite.", "fr": "✗ Pas tout à fait."},
    "try_again": {"en": "Try again, or ask for a hint.", "fr": "Réessayez, ou demandez un indice."},
    "score": {"en": "Score: {score}", "fr": "Score\u00a0: {score}"},
    "no_answer": {"en": "Choose or type an answer first.", "fr": "Choisissez ou tapez d'abord une réponse."},
    "unreadable_number": {
        "en": "I could not read a number in what you typed ({why}).",
        "fr": "Je n'ai pas pu lire de nombre dans votre réponse ({why}).",
    },
    "too_high": {"en": "Your figure is too high.", "fr": "Votre chiffre est trop élevé."},
    "too_low": {"en": "Your figure is too low.", "fr": "Votre chiffre est trop bas."},
    "you_picked": {"en": "You chose", "fr": "Vous avez choisi"},
    "you_missed": {"en": "You left out {n} right answer(s).", "fr": "Il manque {n} bonne(s) réponse(s)."},
    "use_each_once": {"en": "Use each item once.", "fr": "Utilisez chaque élément une fois."},
    "fill_every_position": {
        "en": "Fill every position: {n} still empty.",
        "fr": "Remplissez toutes les positions\u00a0: encore {n} vide(s).",
    },
    "used_twice": {
        "en": "You chose “{item}” twice: each item on the right goes with one item on the left.",
        "fr": "Vous avez choisi «\u00a0{item}\u00a0» deux fois\u00a0: chaque élément de droite va avec un seul "
              "élément de gauche.",
    },
    "add_the_scale": {
        "en": "Add the scale: “{typed}” alone is read as {typed}; write “{typed} thousand”, “{typed} million” "
              "or “{typed} billion”.",
        "fr": "Ajoutez l'ordre de grandeur\u00a0: «\u00a0{typed}\u00a0» seul se lit {typed}\u202f; "
              "écrivez «\u00a0{typed} mille\u00a0», "
              "«\u00a0{typed} millions\u00a0» ou «\u00a0{typed} milliards\u00a0».",
    },
    "match_all": {
        "en": "Choose a match for every item.",
        "fr": "Choisissez une association pour chaque élément.",
    },
    "selected_wrong": {"en": "✗ not right", "fr": "✗ pas juste"},
    "selected_right": {"en": "✓ right", "fr": "✓ juste"},
    "in_place": {"en": "{n} of {total} in the right place.", "fr": "{n} sur {total} à la bonne place."},
    "matched": {"en": "{n} of {total} pairs right.", "fr": "{n} paires justes sur {total}."},
    "explanation": {"en": "Explanation", "fr": "Explication"},
    "source": {"en": "Source", "fr": "Source"},
    "attempt": {"en": "Attempt {n}", "fr": "Essai {n}"},
    "question_n": {"en": "Question {n}", "fr": "Question {n}"},
    "static_note": {
        "en": "Run this cell to answer the quiz interactively.",
        "fr": "Exécutez cette cellule pour répondre au quiz.",
    },
    "options": {"en": "Options", "fr": "Propositions"},
    "items": {"en": "Items", "fr": "Éléments"},
    "left": {"en": "Left", "fr": "Gauche"},
    "right": {"en": "Right", "fr": "Droite"},
    "quiz_title": {"en": "Quiz: {title}", "fr": "Quiz\u00a0: {title}"},
    "not_recorded": {
        "en": "⚠ Your answer was NOT saved ({why}). Tell your teacher; until this is fixed, your answers "
              "are not kept.",
        "fr": "⚠ Votre réponse n'a PAS été enregistrée ({why}). Prévenez votre enseignant ou enseignante\u202f; "
              "tant que ce n'est pas réglé, vos réponses ne sont pas gardées.",
    },
    "not_saved": {"en": "⚠ NOT SAVED", "fr": "⚠ NON ENREGISTRÉE"},
    "results_note": {"en": "⚠ About your saved answers (this one is saved): {what}",
                     "fr": "⚠ À propos de vos réponses enregistrées (celle-ci l'est)\u00a0: {what}"},
    "answer_is": {"en": "The answer", "fr": "La réponse"},
}


def ui(key: str, lang: str | None = None, **values: object) -> str:
    """The quiz's own text ``key`` in ``lang`` (default: the current language), filled with ``values``."""
    text = pick(MESSAGES[key], lang)
    return text.format(**values) if values else text
