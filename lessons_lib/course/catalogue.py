"""The lessons: where the notebooks are and what the catalogue (``lessons.yaml``) says about them.

In a checkout the notebooks are the repository's ``notebooks/``; in an installed wheel they ship as
``lessons_lib/_notebooks`` (the French ones in their ``fr/`` folder). The catalogue gives each lesson
its number, title, time and objectives in English and French.

>>> [x.slug for x in lessons()][:2]
['00-start-here', '01-story-in-numbers']
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lessons_lib.course.words import gettext

__all__ = ["CATALOG", "Lesson", "in_checkout", "lessons", "lessons_source", "notebooks_dir"]

CATALOG = "lessons.yaml"


def notebooks_dir() -> Path:
    """The folder holding the shipped lesson notebooks.

    In an installed wheel this is ``lessons_lib/_notebooks``; in a checkout, the repository's
    ``notebooks/``.

    >>> notebooks_dir().name in ("notebooks", "_notebooks")
    True
    """
    packaged = Path(str(resources.files("lessons_lib"))) / "_notebooks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "notebooks"


def lessons_source(lang: str = "en") -> Path:
    """The shipped lessons in ``lang``: :func:`notebooks_dir` in English, its ``fr/`` folder in French.

    >>> lessons_source("fr").name
    'fr'
    """
    folder = notebooks_dir() if lang == "en" else notebooks_dir() / lang
    if not folder.is_dir():
        raise FileNotFoundError(gettext("no lessons in {lang} at {folder}; reinstall techgeo-lessons").format(
            lang=repr(lang), folder=folder))
    return folder


def in_checkout() -> bool:
    """True when ``lessons_lib`` runs from a source checkout (its notebooks are not inside the package).

    >>> isinstance(in_checkout(), bool)
    True
    """
    return notebooks_dir().name == "notebooks"


@dataclass(frozen=True)
class Lesson:
    """One lesson of the catalogue: number, slug (the notebook's name), title, time and objectives."""

    number: str
    slug: str
    title: dict[str, str]
    minutes: int | None
    objectives: dict[str, list[str]]
    path: Path

    @property
    def exists(self) -> bool:
        """True when the notebook is there (the catalogue may list lessons still being written)."""
        return self.path.is_file()

    def matches(self, key: str) -> bool:
        """True when ``key`` names this lesson: its slug, its number, or the number without its zeros.

        >>> Lesson("02", "02-timeline", {}, None, {}, Path("02-timeline.ipynb")).matches("2")
        True
        """
        key = key.strip()
        return key in (self.slug, self.number, self.number.lstrip("0") or "0")

    def as_record(self, lang: str) -> dict[str, Any]:
        """The lesson as plain data in ``lang``, as ``techgeo-lessons list --json`` prints it."""
        return {"number": self.number, "slug": self.slug, "title": self.title_in(lang), "minutes": self.minutes,
                "objectives": self.objectives_in(lang), "notebook": f"{self.slug}.ipynb", "available": self.exists}

    def title_in(self, lang: str) -> str:
        """The title in ``lang``, falling back to English, then to the slug."""
        return self.title.get(lang) or self.title.get("en") or self.slug

    def objectives_in(self, lang: str) -> list[str]:
        """The objectives in ``lang``, falling back to English."""
        return list(self.objectives.get(lang) or self.objectives.get("en") or [])


def _first_heading(path: Path) -> str:
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError):
        return path.stem
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", "")).splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return path.stem


def lessons(folder: str | Path | None = None, *, only_existing: bool = True) -> list[Lesson]:
    """The lessons in ``folder`` (default: :func:`notebooks_dir`), in catalogue order.

    The catalogue ``lessons.yaml`` gives titles, times and objectives; a notebook it does not list
    is still included (titled by its first heading), and with ``only_existing`` (the default)
    an entry whose notebook is not written yet is left out.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> cells = '{"cells": [{"cell_type": "markdown", "source": ["# Extra"]}]}'
    >>> _ = (folder / "07-extra.ipynb").write_text(cells)
    >>> [(x.number, x.slug, x.title_in("fr")) for x in lessons(folder)]
    [('07', '07-extra', 'Extra')]
    """
    folder = Path(folder) if folder is not None else notebooks_dir()
    found: dict[str, Lesson] = {}
    catalog = folder / CATALOG
    if not catalog.is_file():  # the French lessons share the catalogue of the folder above them
        catalog = folder.parent / CATALOG
    if catalog.is_file():
        import yaml

        data: Any = yaml.safe_load(catalog.read_text(encoding="utf-8")) or {}
        entries = data.get("lessons", []) if isinstance(data, dict) else []
        for entry in entries:
            slug = str(entry["slug"])
            title = entry.get("title") or {}
            objectives = entry.get("objectives") or {}
            found[slug] = Lesson(
                number=str(entry.get("number", slug[:2])),
                slug=slug,
                title=({k: str(v) for k, v in title.items()} if isinstance(title, dict)
                       else {"en": str(title)}),
                minutes=int(entry["minutes"]) if entry.get("minutes") is not None else None,
                objectives={k: [str(o) for o in v] for k, v in objectives.items()}
                if isinstance(objectives, dict) else {"en": [str(o) for o in objectives]},
                path=folder / f"{slug}.ipynb",
            )
    for path in sorted(folder.glob("[0-9]*.ipynb")):
        if path.stem not in found and "." not in path.stem:  # not a kept "NN-x.new.ipynb"
            heading = _first_heading(path)
            found[path.stem] = Lesson(path.stem.split("-", 1)[0], path.stem, {"en": heading}, None, {}, path)
    result = sorted(found.values(), key=lambda x: (x.number, x.slug))
    return [x for x in result if x.exists] if only_existing else result
