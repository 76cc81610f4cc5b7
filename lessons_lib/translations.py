"""The validator's words in French: a catalogue of English message templates and their French twins.

The validator builds its messages in English where it finds a problem; what a reader sees is chosen
when the message is shown, in the reader's language (:func:`lessons_lib.set_language`). Each entry
of :data:`FRENCH` is an English template whose ``{fields}`` stand for values (a line number, a
value, a list of allowed values); the French template uses the same fields. A message with no entry
is shown in English, as written. The catalogue is read by :func:`translate` only, so adding a
message is one line here.

>>> translate("a value (this column may not be empty)", "fr")
'une valeur (cette colonne ne peut pas être vide)'
>>> translate("one of: court, executive (did you mean 'court'?)", "fr")
"l'une de ces valeurs\\xa0: court, executive (vouliez-vous dire «\\xa0court\\xa0»\\u202f?)"
>>> translate("something new", "fr")
'something new'
"""

from __future__ import annotations

import re
from functools import cache

from .i18n import resolve

__all__ = ["FRENCH", "translate"]

NBSP, NNBSP = "\u00a0", "\u202f"

FRENCH: dict[str, str] = {
    # the frame of every problem and report
    "{count} problems in {files}:": "{count}\u00a0problèmes dans {files}\u00a0:",
    "1 problem in {files}:": "1\u00a0problème dans {files}\u00a0:",
    "found {value}; expected {expected}": "trouvé {value}\u202f; attendu\u00a0: {expected}",
    "expected {expected}": "attendu\u00a0: {expected}",
    "line {line}": "ligne {line}",
    "column {column}": "colonne {column}",
    "{file}: {rows} rows of {table}, no problems found.":
        "{file}\u00a0: {rows}\u00a0lignes de {table}, aucun problème.",
    "{file}: 1 row of {table}, no problems found.": "{file}\u00a0: 1\u00a0ligne de {table}, aucun problème.",
    "{file}: no problems found.": "{file}\u00a0: aucun problème.",
    "  note: {note}": "  remarque\u00a0: {note}",
    "  ... and {count} more (see error.problems for the full list)":
        "  ... et {count} de plus (la liste complète est dans error.problems)",
    # what a cell should be
    "a value (this column may not be empty)": "une valeur (cette colonne ne peut pas être vide)",
    "a date written YYYY-MM-DD (this looks like day/month/year: write {iso}, not {value})":
        "une date écrite AAAA-MM-JJ (on dirait jour/mois/année\u00a0: écrivez {iso}, pas {value})",
    "a real date written YYYY-MM-DD, e.g. 2020-08-06": "une date réelle écrite AAAA-MM-JJ, par exemple 2020-08-06",
    "a date from {earliest} to {latest} (the dates a chart can place)":
        "une date entre {earliest} et {latest} (les dates qu'un graphique peut placer)",
    "one of: {allowed} (did you mean {close}?)":
        "l'une de ces valeurs\u00a0: {allowed} (vouliez-vous dire {close}\u202f?)",
    "one of: {allowed}": "l'une de ces valeurs\u00a0: {allowed}",
    "true or false (VRAI/FAUX from a French spreadsheet: write true/false)":
        "true ou false (VRAI/FAUX d'un tableur français\u00a0: écrivez true/false)",
    "true or false": "true ou false",
    "a number of at least {minimum}": "un nombre au moins égal à {minimum}",
    "a number of at most {maximum}": "un nombre au plus égal à {maximum}",
    "at most {longest} characters (this cell has {length})":
        "au plus {longest}\u00a0caractères (cette cellule en a {length})",
    "a unique {name} (already used on line {line})": "un {name} unique (déjà utilisé ligne {line})",
    "each column name once (this one appears twice)":
        "chaque nom de colonne une seule fois (celui-ci apparaît deux fois)",
    "a column named {column} (it is missing)": "une colonne nommée {column} (elle manque)",
    "a header line and data rows: the file is empty":
        "une ligne d'en-tête et des lignes de données\u00a0: le fichier est vide",
    # notes: how the file was read
    "the file starts with a byte-order mark (BOM), as spreadsheets write it; it was ignored":
        "le fichier commence par une marque d'ordre des octets (BOM), comme l'écrivent les tableurs\u202f; "
        "elle a été ignorée",
    "columns are separated by semicolons (;), as a French spreadsheet exports them; read accordingly":
        "les colonnes sont séparées par des points-virgules (;), comme les exporte un tableur français\u202f; "
        "le fichier a été lu ainsi",
    "columns are separated by tabs, as a French spreadsheet exports them; read accordingly":
        "les colonnes sont séparées par des tabulations, comme les exporte un tableur français\u202f; "
        "le fichier a été lu ainsi",
    "blank lines at the end of the file were ignored": "les lignes vides à la fin du fichier ont été ignorées",
}


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(regex + r"\Z", re.DOTALL)


def _quoted(value: str) -> str:
    """A value the English shows between straight quotes ('date'), with French guillemets."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return f"«{NBSP}{value[1:-1]}{NBSP}»"
    return value


def translate(text: str, lang: str | None = None) -> str:
    """``text`` in ``lang`` (default: the current language), through the catalogue; as written if absent."""
    if resolve(lang) != "fr":
        return text
    for english, french in FRENCH.items():
        match = _pattern(english).match(text)
        if match:
            fields = {name: _quoted(value) for name, value in match.groupdict().items()}
            if "expected" in fields:
                fields["expected"] = translate(match["expected"], "fr")
            if "note" in fields:
                fields["note"] = translate(match["note"], "fr")
            return french.format(**fields)
    return text
