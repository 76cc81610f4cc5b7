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
    "at most {most} columns in the header; {table} has {count}":
        "au plus {most}\u00a0colonnes dans l'en-tête\u202f; {table} en a {count}",
    "{count} cells, one per column (a comma inside a text needs the text in double quotes)":
        "{count}\u00a0cellules, une par colonne (un texte qui contient une virgule doit être entre guillemets droits)",
    "{count} cells": "{count}\u00a0cellules",
    "{count} columns": "{count}\u00a0colonnes",
    'a closing double quote (") for the quoted text that starts on this line: it runs to the end of the file':
        "un guillemet droit (\") qui ferme le texte ouvert sur cette ligne\u00a0: il court jusqu'à la fin du fichier",
    "a CSV text file; this one holds NUL bytes, as a spreadsheet's own format does (.xlsx, .ods): save it as "
    "'CSV UTF-8'":
        "un fichier CSV en texte\u202f; celui-ci contient des octets NUL, comme le format propre d'un tableur "
        "(.xlsx, .ods)\u00a0: enregistrez-le en «\u00a0CSV UTF-8\u00a0»",
    "a number small enough to compute with (this one reads as infinity)":
        "un nombre assez petit pour calculer (celui-ci se lit comme l'infini)",
    "a finite number ({value} reads as infinity, which no chart or sum can use)":
        "un nombre fini ({value} se lit comme l'infini, qu'aucun graphique ni aucune somme ne peut utiliser)",
    "plain text, not a spreadsheet formula (paste the value, not the formula)":
        "du texte simple, pas une formule de tableur (collez la valeur, pas la formule)",
    "plain text, without control characters (this cell holds {char}, which a terminal or a chart would obey "
    "or hide)":
        "du texte simple, sans caractère de contrôle (cette cellule contient {char}, qu'un terminal ou un graphique "
        "exécuterait ou cacherait)",
    "at least one data row under the header (the file has only a header)":
        "au moins une ligne de données sous l'en-tête (le fichier n'a qu'un en-tête)",
    "the name of a table: {tables} (did you mean {close}?)":
        "le nom d'une table\u00a0: {tables} (vouliez-vous dire {close}\u202f?)",
    "the name of a table: {tables}": "le nom d'une table\u00a0: {tables}",
    "a CSV file of at most {limit} (this one has {size}; the limit keeps a wrong file from filling the memory)":
        "un fichier CSV d'au plus {limit} (celui-ci fait {size}\u202f; la limite empêche un mauvais fichier de "
        "remplir la mémoire)",
    # a package's own descriptor (datapackage.json)
    "a list of the package's tables, each with a name, a path and a schema":
        "la liste des tables du paquet, chacune avec un nom (name), un chemin (path) et un schéma (schema)",
    "only the constraints the validator applies: {names}":
        "seulement les contraintes que le validateur applique\u00a0: {names}",
    "plain JSON numbers: NaN is not a JSON value (write a number, or leave the key out)":
        "des nombres JSON ordinaires\u00a0: NaN n'est pas une valeur JSON (écrivez un nombre, ou retirez la clé)",
    "plain JSON numbers: the number {number} is too large to compute with":
        "des nombres JSON ordinaires\u00a0: le nombre {number} est trop grand pour calculer",
    "a path inside the package's folder (no '..', no absolute path, no web address)":
        "un chemin à l'intérieur du dossier du paquet (ni «\u00a0..\u00a0», ni chemin absolu, ni adresse web)",
    "a path inside the package's folder (this one is a link that leads out of it)":
        "un chemin à l'intérieur du dossier du paquet (celui-ci est un lien qui en sort)",
    "each key once in the same object (a second one would silently replace the first)":
        "chaque clé une seule fois dans un même objet (une deuxième remplacerait la première sans rien dire)",
    "constraints that suit the field's type, {type} ({key} applies to {types} fields)":
        "des contraintes adaptées au type du champ, {type} ({key} s'applique aux champs {types})",
    "a table of this package: {tables}": "une table de ce paquet\u00a0: {tables}",
    "a datapackage.json in this folder, describing its tables (to check one table, give its CSV file)":
        "un fichier datapackage.json dans ce dossier, qui décrit ses tables (pour vérifier une seule table, "
        "donnez son fichier CSV)",
    'a JSON descriptor: the file is empty (write {"resources": [...]})':
        'un descripteur JSON\u00a0: le fichier est vide (écrivez {{"resources": [...]}})',
    '[""] (the validator reads only empty cells as missing)':
        '[""] (le validateur ne lit comme manquantes que les cellules vides)',
    "a date written YYYY-MM-DD": "une date écrite AAAA-MM-JJ",
    "{count} line end(s) are a carriage return alone (CR, as old Mac files and some exports write them); each was "
    "read as a line end, inside a quoted text too":
        "{count}\u00a0fin(s) de ligne sont un retour chariot seul (CR, comme l'écrivent les anciens fichiers Mac et "
        "certains exports)\u202f; chacune a été lue comme une fin de ligne, y compris dans un texte entre guillemets",
    "the file is UTF-16 text (a spreadsheet's 'Unicode text' export); it was read as such":
        "le fichier est un texte UTF-16 (l'export «\u00a0Texte Unicode\u00a0» d'un tableur)\u202f; il a été lu ainsi",
    "the file is not UTF-8 (first non-UTF-8 byte on line {line}); it was read as Windows-1252 (cp1252), the "
    "encoding of older French spreadsheets. Save it as 'CSV UTF-8' to avoid this guess":
        "le fichier n'est pas en UTF-8 (premier octet non UTF-8 à la ligne {line})\u202f; il a été lu comme du "
        "Windows-1252 (cp1252), l'encodage des anciens tableurs français. Enregistrez-le en «\u00a0CSV UTF-8\u00a0» "
        "pour éviter cette supposition",
    "{count} cell(s) of column {column} had spaces before or after the value, which were removed: line {lines}":
        "{count}\u00a0cellule(s) de la colonne {column} avaient des espaces avant ou après la valeur, qui ont été "
        "retirés\u00a0: ligne {lines}",
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
