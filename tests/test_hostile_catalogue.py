"""A ``lessons.yaml`` edited by a teacher, with a mistake: every problem is named with the file, the line,
the lesson, the key, the value and what was expected, in English and French; none ends in a traceback,
and none is read wrongly (objectives spelt letter by letter, a lesson called "None", a path out of the folder).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lessons_lib.course.catalogue import CatalogueError, lessons
from lessons_lib.i18n import speaking

# (lessons.yaml, English problem, French problem)
BROKEN = [
    ("lessons: [\n", "line 2, column 1: this is not valid YAML (expected the node content, but found "
     "'<stream end>')", "ligne 2, colonne 1\u00a0: ce n'est pas du YAML valide"),
    (b"lessons:\n  - slug: 00-a\n    title: {en: Caf\xe9}\n", "the file is not UTF-8 text; save it as UTF-8",
     "le fichier n'est pas du texte UTF-8\u202f; enregistrez-le en UTF-8"),
    ("lessons: [00-a, 01-b]\n", "line 1, lesson 1: found '00-a'; expected a block with slug, title, minutes and "
     "objectives", "ligne 1, leçon 1\u00a0: trouvé '00-a'\u202f; attendu\u00a0: un bloc avec slug, "
     "title, minutes et objectives"),
    ("lessons:\n  - number: '00'\n", "line 2, lesson 1: slug is missing; expected the notebook's name, e.g. "
     "00-start-here", "ligne 2, leçon 1\u00a0: slug manque"),
    ("lessons:\n  - slug:\n", "line 2, lesson 1: slug is missing", "slug manque"),
    ("lessons:\n  - slug: ../../etc/passwd\n", "line 2, lesson 1: slug is '../../etc/passwd'; expected the "
     "notebook's name, e.g. 00-start-here", "slug vaut '../../etc/passwd'"),
    ("lessons:\n  - slug: 00-a\n    minutes: ten\n", "line 2, lesson 1 (00-a): minutes is 'ten'; expected a "
     "whole number of minutes from 1 to 1000", "attendu\u00a0: un nombre entier de minutes de 1 à 1\u00a0000"),
    ("lessons:\n  - slug: 00-a\n    minutes: -5\n", "minutes is -5; expected a whole number of minutes",
     "minutes vaut -5"),
    ("lessons:\n  - slug: 00-a\n    minutes: 12.7\n", "minutes is 12.7; expected a whole number of minutes",
     "minutes vaut 12.7"),
    ("lessons:\n  - slug: 00-a\n    objectives: {en: Learn things}\n", "line 2, lesson 1 (00-a): objectives is "
     "{'en': 'Learn things'}; expected a list of objectives per language, with the keys en and fr",
     "attendu\u00a0: une liste d'objectifs par langue, avec les clés en et fr"),
    ("lessons:\n  - slug: 00-a\n    objectives: 5\n", "objectives is 5; expected a list of objectives",
     "objectives vaut 5"),
    ("lessons:\n  - slug: 00-a\n    title: [a, b]\n", "title is ['a', 'b']; expected a title per language, with "
     "the keys en and fr", "attendu\u00a0: un titre par langue, avec les clés en et fr"),
    ("lessons: {a: 1}\n", "line 1: lessons is {'a': 1}; expected a list of lessons (lines starting with '-')",
     "attendu\u00a0: une liste de leçons (des lignes qui commencent par «\u00a0-\u00a0»)"),
    ("- a\n", "line 1: found ['a']; expected a block with a key 'lessons'",
     "attendu\u00a0: un bloc avec une clé «\u00a0lessons\u00a0»"),
    ("lessons:\n  - slug: 00-a\n  - slug: 00-a\n", "line 3, lesson 2 (00-a): slug '00-a' is listed twice",
     "ligne 3, leçon 2 (00-a)\u00a0: le slug «\u00a000-a\u00a0» figure deux fois"),
]


def folder_with(tmp_path: Path, text: str | bytes) -> Path:
    (tmp_path / "00-a.ipynb").write_text('{"cells": []}', encoding="utf-8")
    (tmp_path / "lessons.yaml").write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return tmp_path


@pytest.mark.parametrize(("text", "english", "french"), BROKEN, ids=[str(i) for i in range(len(BROKEN))])
def test_a_broken_catalogue_is_named_not_a_traceback(tmp_path, text, english, french):
    folder = folder_with(tmp_path, text)
    for lang, expected in (("en", english), ("fr", french)):
        with speaking(lang), pytest.raises(CatalogueError) as refused:
            lessons(folder, only_existing=False)
        said = str(refused.value)
        assert str(folder / "lessons.yaml") in said and expected in said, (lang, said)


def test_every_problem_of_the_catalogue_is_listed_at_once(tmp_path):
    folder = folder_with(tmp_path, "lessons:\n  - slug: 00-a\n    minutes: ten\n  - slug: ../x\n")
    with pytest.raises(CatalogueError) as refused:
        lessons(folder)
    assert str(refused.value).startswith(f"2 problems in {folder / 'lessons.yaml'}:\n  - line 2, lesson 1 (00-a)")


def test_a_number_written_as_a_whole_number_keeps_its_zero(tmp_path):
    folder = folder_with(tmp_path, "lessons:\n  - slug: 00-a\n    number: 0\n    minutes: 10\n")
    assert [(x.number, x.minutes) for x in lessons(folder)] == [("00", 10)]


def test_the_command_names_the_broken_catalogue(tmp_path, monkeypatch, capsys):
    from lessons_lib.cli import main
    from lessons_lib.course import catalogue

    folder = folder_with(tmp_path, "lessons:\n  - slug: 00-a\n    minutes: ten\n")
    monkeypatch.setattr(catalogue, "notebooks_dir", lambda: folder)
    assert main(["--lang", "fr", "list"]) == 3
    said = capsys.readouterr().err
    assert "techgeo-lessons\u00a0: erreur\u00a0: 1 problème dans" in said and "minutes vaut 'ten'" in said
    assert "Traceback" not in said and "internal error" not in said


# -- a quiz bank written by a teacher: mistakes the checker used to let through --------------------
HEAD = "lesson: demo\ntitle: {en: Demo, fr: Démo}\nquestions:\n  - id: q1\n    prompt: {en: a, fr: b}\n"
OPTIONS = "    options:\n      - {id: a, text: {en: A, fr: A}, correct: true}\n      - {id: b, text: {en: %s, fr: B}}\n"


@pytest.mark.parametrize(("body", "expected"), [
    # a list or a block as an accepted answer was kept as the text "['a']", which no learner can type
    ("    type: text\n    accepted: {en: [[a]], fr: [b]}\n",
     "accepted: the English answers (en) must be texts; found ['a']"),
    ("    type: text\n    accepted: {en: [a], fr: [{b: 1}]}\n",
     "accepted: the French answers (fr) must be texts; found {'b': 1}"),
    # punctuation or an emoji alone was called "empty or true/false", though it was quoted
    ("    type: text\n    accepted: {en: ['!!!'], fr: [b]}\n",
     "accepted: the English answer '!!!' has no letter or digit, so no typed answer can match it"),
    ("    type: text\n    accepted: {en: [a], fr: ['😀']}\n",
     "accepted: the French answer '😀' has no letter or digit, so no typed answer can match it"),
    # two options a learner cannot tell apart
    ("    type: single\n" + OPTIONS % "a", "the single question has duplicate options in en: 'A', 'a'"),
    ("    type: multiple\n" + OPTIONS % "A  ", "the multiple question has duplicate options in en: 'A'"),
])
def test_a_bank_mistake_is_named_with_its_line(body, expected):
    from lessons_lib.quiz import QuizError
    from lessons_lib.quiz.bank import load_bank_text

    with pytest.raises(QuizError) as refused:
        load_bank_text(HEAD + body, "demo.yaml", lookup=None)
    assert f"demo.yaml, line 4, question 'q1': {expected}" in str(refused.value), str(refused.value)


def test_a_lesson_name_that_is_a_number_is_named_as_such():
    from lessons_lib.quiz import QuizError
    from lessons_lib.quiz.bank import load_bank_text

    with pytest.raises(QuizError) as refused:
        load_bank_text("lesson: 5\nquestions:\n  - id: q1\n    type: text\n    prompt: {en: a, fr: b}\n"
                       "    accepted: {en: [a], fr: [b]}\n", "demo.yaml", lookup=None)
    assert "lesson must be the notebook's name in quotes, e.g. lesson: \"00-start-here\"; found 5" in str(refused.value)


@pytest.mark.parametrize("text", ["[1, 2]", '{"cells": 5}', '{"cells": [5, {"cell_type": "markdown", "source": [1]}]}',
                                  "[" * 100_000 + "]" * 100_000, "not json"])
def test_a_lesson_notebook_that_is_not_one_is_listed_by_its_name(tmp_path, text):
    (tmp_path / "07-extra.ipynb").write_text(text, encoding="utf-8")
    assert [(x.slug, x.title_in("en")) for x in lessons(tmp_path)] == [("07-extra", "07-extra")]  # was a traceback


def test_a_catalogue_nested_thousands_deep_is_named(tmp_path):
    folder = folder_with(tmp_path, "lessons: " + "[" * 10_000)
    with pytest.raises(CatalogueError, match="this YAML nests lists or blocks thousands deep"):
        lessons(folder)


def test_a_working_folder_manifest_nested_thousands_deep_is_set_aside(tmp_path, capsys):
    from lessons_lib.cli import main

    work = tmp_path / "work"
    work.mkdir()
    (work / ".techgeo-manifest.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert main(["lab", "--copy-only", "--dir", str(work)]) == 0, capsys.readouterr().err
    assert (work / "00-start-here.ipynb").is_file()


# -- the site's launch configuration (pyproject.toml or --config FILE) ------------------------------
@pytest.mark.parametrize(("name", "text", "expected"), [
    ("pyproject.toml", "tool = 5\n", "[tool.techgeo-lessons.site] of {file} must be a table of keys (repository = "
     "\"...\", colab = true...), not 5"),  # was: internal error: AttributeError
    ("pyproject.toml", "[tool.techgeo-lessons]\nsite = \"xy\"\n", "must be a table of keys (repository = \"...\", "
     "colab = true...), not 'xy'"),  # was: "unknown key 'x'", the text read letter by letter
    ("site.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n", "{file}: not a readable TOML file (it nests lists or "
     "tables thousands deep)"),  # was: internal error: RecursionError
])
def test_an_odd_launch_configuration_is_named(tmp_path, name, text, expected):
    from lessons_lib.course.site import launch_config

    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError) as refused:
        launch_config(file)
    assert expected.format(file=file) in str(refused.value)


def test_a_named_pipe_among_the_notebooks_is_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "07-extra.ipynb")  # was: list, present and html hung, reading its first heading
    assert lessons(tmp_path) == []
