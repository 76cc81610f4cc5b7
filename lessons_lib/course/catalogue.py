"""The lessons: where the notebooks are and what the catalogue (``lessons.yaml``) says about them.

In a checkout the notebooks are the repository's ``notebooks/``; in an installed wheel they ship as
``lessons_lib/_notebooks`` (the French ones in their ``fr/`` folder). The catalogue gives each lesson
its number, title, time and objectives in English and French.

>>> [x.slug for x in lessons()][:2]
['00-start-here', '01-story-in-numbers']
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lessons_lib.course.words import N_, gettext, ngettext
from lessons_lib.quiz.errors import show

__all__ = ["CATALOG", "CatalogueError", "Lesson", "in_checkout", "lesson_key", "lessons", "lessons_source",
           "notebooks_dir"]

CATALOG = "lessons.yaml"
_SLUG = re.compile(r"[0-9][0-9A-Za-z_-]*")  # a notebook's name: no folder, no dot
_EXPECTED = {
    "slug": N_("the notebook's name, e.g. 00-start-here"),
    "number": N_("a lesson number, e.g. '03'"),
    "minutes": N_("a whole number of minutes from 1 to 1000"),
    "title": N_("a title per language, with the keys en and fr"),
    "objectives": N_("a list of objectives per language, with the keys en and fr"),
}


class CatalogueError(ValueError):
    """``lessons.yaml`` could not be read: the message names the file and lists every problem, with its line."""

    def __init__(self, catalog: Path, problems: list[str]):
        self.problems = problems
        head = ngettext("{count} problem in {file}:", "{count} problems in {file}:", len(problems)).format(
            count=len(problems), file=catalog)
        super().__init__("\n".join([head, *(f"  - {p}" for p in problems)]))


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


def lesson_key(key: str) -> str:
    """A lesson's name or number as typed, with full-width or Arabic digits read as ASCII ones.

    >>> lesson_key(" ０２ "), lesson_key("٠٢"), lesson_key("02-timeline")
    ('02', '02', '02-timeline')
    """
    key = unicodedata.normalize("NFKC", key).strip()
    return str(int(key)).zfill(len(key)) if key.isdecimal() and len(key) <= 3 else key  # a number, not 5,000 digits


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

        >>> lesson = Lesson("02", "02-timeline", {}, None, {}, Path("02-timeline.ipynb"))
        >>> lesson.matches("2"), lesson.matches("０２"), lesson.matches("٠٢")  # full-width or Arabic digits too
        (True, True, True)
        """
        key = lesson_key(key)
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
    except (OSError, ValueError, RecursionError, AttributeError):  # not a notebook: a list, "[[[..." deep
        return path.stem
    for cell in cells if isinstance(cells, list) else []:
        source = cell.get("source", "") if isinstance(cell, dict) and cell.get("cell_type") == "markdown" else ""
        lines = source if isinstance(source, list) else [source]
        for line in "".join(part for part in lines if isinstance(part, str)).splitlines():
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
        found.update((x.slug, x) for x in _catalogue_lessons(catalog, folder))
    for path in sorted(folder.glob("[0-9]*.ipynb")):
        if path.stem not in found and "." not in path.stem and path.is_file():  # not "NN-x.new.ipynb", not a pipe
            heading = _first_heading(path)
            found[path.stem] = Lesson(path.stem.split("-", 1)[0], path.stem, {"en": heading}, None, {}, path)
    result = sorted(found.values(), key=lambda x: (x.number, x.slug))
    return [x for x in result if x.exists] if only_existing else result


def _catalogue_lessons(catalog: Path, folder: Path) -> list[Lesson]:
    """The lessons ``catalog`` lists, checked: a :class:`CatalogueError` names every problem."""
    problems: list[str] = []
    entries = _catalogue_entries(catalog)
    lessons_found: list[Lesson] = []
    seen: set[str] = set()
    for n, (line, entry) in enumerate(entries, 1):
        where = gettext("line {line}, lesson {n}").format(line=line, n=n)
        if not isinstance(entry, dict):
            problems.append(gettext("{where}: found {value}; expected a block with slug, title, minutes and "
                                    "objectives").format(where=where, value=show(entry)))
            continue
        slug = entry.get("slug")
        if slug is None:
            problems.append(_expected(where, "slug", None))
            continue
        if not isinstance(slug, str) or not _SLUG.fullmatch(slug):
            problems.append(_expected(where, "slug", slug))
            continue
        where = gettext("line {line}, lesson {n} ({slug})").format(line=line, n=n, slug=slug)
        if slug in seen:
            problems.append(gettext("{where}: slug '{slug}' is listed twice").format(where=where, slug=slug))
        seen.add(slug)
        before = len(problems)
        fields = {key: _field(key, entry.get(key), where, problems) for key in ("number", "minutes", "title",
                                                                                 "objectives")}
        if len(problems) == before:
            lessons_found.append(Lesson(number=fields["number"] or slug[:2], slug=slug, title=fields["title"],
                                        minutes=fields["minutes"], objectives=fields["objectives"],
                                        path=folder / f"{slug}.ipynb"))
    if problems:
        raise CatalogueError(catalog, problems)
    return lessons_found


def _catalogue_entries(catalog: Path) -> list[tuple[int, Any]]:
    """``(line, entry)`` for each lesson ``catalog`` lists; a :class:`CatalogueError` when it cannot be read."""
    import yaml

    try:
        text = catalog.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise CatalogueError(catalog, [gettext("the file is not UTF-8 text; save it as UTF-8")]) from None
    loader = yaml.SafeLoader(text)
    try:  # parsed once: the nodes give each lesson's line, the data is built from them
        node = loader.get_single_node()
        data: Any = loader.construct_document(node) if node is not None else None
    except RecursionError:
        raise CatalogueError(catalog, [gettext("this YAML nests lists or blocks thousands deep")]) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        why = getattr(err, "problem", None) or str(err)
        raise CatalogueError(catalog, [gettext("line {line}, column {column}: this is not valid YAML ({why})").format(
            line=mark.line + 1 if mark else 1, column=mark.column + 1 if mark else 1, why=why)]) from None
    finally:
        loader.dispose()
    if data is None:
        return []
    if not isinstance(data, dict) or "lessons" not in data:
        raise CatalogueError(catalog, [gettext("line 1: found {value}; expected a block with a key 'lessons'").format(
            value=show(data))])
    listed = data["lessons"]
    items = next((v for k, v in node.value if k.value == "lessons"), None)
    if not isinstance(listed, list) or not isinstance(items, yaml.SequenceNode):
        line = items.start_mark.line + 1 if items is not None else 1
        raise CatalogueError(catalog, [gettext("line {line}: lessons is {value}; expected a list of lessons (lines "
                                               "starting with '-')").format(line=line, value=show(listed))])
    return [(item.start_mark.line + 1, entry) for item, entry in zip(items.value, listed, strict=True)]


def _field(key: str, value: Any, where: str, problems: list[str]) -> Any:
    """The catalogue's ``key`` of a lesson as :class:`Lesson` holds it, or None after adding its problem."""
    if key == "number":
        if value is None or (isinstance(value, str) and value.strip()):
            return value
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return f"{value:02d}"
    elif key == "minutes":
        if value is None or (isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1000):
            return value
    elif key == "title":
        if value is None or isinstance(value, str):
            return {"en": value} if value else {}
        if isinstance(value, dict) and all(isinstance(v, (str, int, float)) for v in value.values()):
            return {str(k): str(v) for k, v in value.items()}
    elif value is None or _texts(value):
        return {"en": [str(o) for o in value]} if isinstance(value, list) else dict(
            (str(k), [str(o) for o in v]) for k, v in (value or {}).items())
    problems.append(_expected(where, key, value))
    return None


def _texts(value: Any) -> bool:
    """A list of texts, or a mapping of languages to lists of texts (a lesson's objectives)."""
    def listed(v: Any) -> bool:
        return isinstance(v, list) and all(isinstance(o, (str, int, float)) for o in v)
    return listed(value) or (isinstance(value, dict) and all(listed(v) for v in value.values()))


def _expected(where: str, key: str, value: Any) -> str:
    if value is None:
        return gettext("{where}: {key} is missing; expected {expected}").format(
            where=where, key=key, expected=gettext(_EXPECTED[key]))
    return gettext("{where}: {key} is {value}; expected {expected}").format(
        where=where, key=key, value=show(value), expected=gettext(_EXPECTED[key]))

