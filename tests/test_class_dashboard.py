"""The teacher's class dashboard (en, fr): built from its text source, run by nbval on the sample class."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jupytext
import pytest

TEACHER = Path(__file__).resolve().parent.parent / "notebooks" / "teacher"
LANGS = ("en", "fr")


def outputs(nb: dict) -> str:
    parts = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            parts.append("".join(out.get("text", "")))
            parts.append("".join(out.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


@pytest.mark.parametrize("lang", LANGS)
def test_the_dashboard_is_built_from_its_source(lang: str) -> None:
    source = jupytext.read(TEACHER / "src" / f"class-dashboard.{lang}.py", fmt="py:percent")
    built = json.loads((TEACHER / f"class-dashboard.{lang}.ipynb").read_text(encoding="utf-8"))
    assert [c.source for c in source.cells] == ["".join(c["source"]) for c in built["cells"]], (
        "run `python tools/build_dashboard.py` (or `make notebooks`)")


@pytest.mark.parametrize("lang, words", [
    ("en", ["50 answers from 8 learners, read from 8 files", "right_first_try", "'2 billion' (3 learners)",
            "dylan"]),
    ("fr", ["50 réponses de 8 élèves, lues dans 8 fichiers", "juste du premier coup", "erreurs fréquentes",
            "dernière réponse", "«\u00a02 billion\u00a0» (3 élèves)"]),
])
def test_the_dashboard_shows_the_class_in_its_language(lang: str, words: list[str]) -> None:
    nb = json.loads((TEACHER / f"class-dashboard.{lang}.ipynb").read_text(encoding="utf-8"))
    text = outputs(nb)
    for word in words:
        assert word in text, word
    charts = [o for c in nb["cells"] for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(charts) == 1  # the chart is drawn once, as a PNG, with no memory address in its text
    assert not re.search(r"at 0x[0-9a-f]+", "".join(charts[0]["data"].get("text/plain", "")))
