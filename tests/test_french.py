"""The French lessons: paired with the English cell by cell, never stale, French in their prose.

Each French source ``notebooks/src/fr/NN-slug.py`` translates its English twin cell by cell
(``tools/french.py``): a French cell records the fingerprint of the English cell it translates, so
an English change makes it stale and this test names it; French code keeps the English code
outside strings and comments; French prose follows French typography and the glossary, and holds
no English sentence outside quotations. nbval runs the built French editions like the English ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from french_tool import french

ROOT = Path(__file__).resolve().parent.parent

FRENCH_SOURCES = sorted((ROOT / "notebooks" / "src" / "fr").glob("[0-9][0-9]-*.py"))
FRENCH_LESSONS = sorted((ROOT / "notebooks" / "fr").glob("[0-9][0-9]-*.ipynb"))


@pytest.mark.parametrize("source", FRENCH_SOURCES, ids=[p.stem for p in FRENCH_SOURCES])
def test_french_lesson_matches_its_english_twin(source):
    assert french.problems(source.stem) == []


@pytest.mark.parametrize("source", FRENCH_SOURCES, ids=[p.stem for p in FRENCH_SOURCES])
def test_both_french_editions_are_built(source):
    for edition in (ROOT / "notebooks" / "fr", ROOT / "notebooks" / "fr" / "teacher"):
        assert (edition / f"{source.stem}.ipynb").is_file(), f"run: make notebooks ({edition.name})"


@pytest.mark.parametrize("path", FRENCH_LESSONS, ids=[p.stem for p in FRENCH_LESSONS])
def test_what_the_french_lesson_prints_is_french(path):
    """Printed output follows the same rules as the prose (tables aside: they show data)."""
    faults = []
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stdout":
                text = "".join(output["text"])
                faults += french.english_sentences(text) + french.glossary_problems(text)
    assert faults == []


def test_the_tools_own_checks_catch_what_they_claim():
    """The checkers find a stale cell, changed code and bad typography (negative controls)."""
    assert french.typography("Oui : non") and french.english_sentences("This is the order of the day.")
    assert french.code_skeleton("f(x)") != french.code_skeleton("f(y)")
    assert french.fingerprint("a") != french.fingerprint("b")


@pytest.mark.parametrize("source", FRENCH_SOURCES, ids=[p.stem for p in FRENCH_SOURCES])
def test_french_lesson_has_the_shape_of_every_lesson(source):
    """Title as in the catalogue, then time, questions and objectives; key points; the quiz last."""
    import yaml

    entries = yaml.safe_load((ROOT / "notebooks" / "lessons.yaml").read_text("utf-8"))["lessons"]
    catalogue = {entry["slug"]: entry for entry in entries}
    cells = french.read(source).cells
    first = cells[0].source
    assert first.startswith(f"# {source.stem[:2]} · {catalogue[source.stem]['title']['fr']}\n"), first[:80]
    assert all(word in first for word in ("**Durée", "**Les questions de la leçon**", "**Objectifs**"))
    markdown = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    assert "\n## À retenir\n" in f"\n{markdown}\n"
    assert f'quiz.show("{source.stem}")' in cells[-1].source
