"""Where the lesson notebooks are, what the catalogue says about them, and the learner's working copy.

In a checkout the notebooks are the repository's ``notebooks/``; in an installed wheel they ship as
``lessons_lib/_notebooks`` and :func:`sync` copies them into a working folder (``./techgeo-lessons``
by default) that the learner owns. A manifest in that folder (``.techgeo-manifest.json``) records the
SHA-256 of every file as it was shipped, so a later ``sync`` can tell a file the learner changed
(kept, never overwritten) from one the learner did not touch (updated to the new version).

>>> import tempfile, pathlib
>>> shipped, work = pathlib.Path(tempfile.mkdtemp()), pathlib.Path(tempfile.mkdtemp()) / "w"
>>> _ = (shipped / "00-a.ipynb").write_text("v1")
>>> sync(work, shipped).copied
['00-a.ipynb']
>>> _ = (work / "00-a.ipynb").write_text("my notes")       # the learner edits the lesson
>>> _ = (shipped / "00-a.ipynb").write_text("v2")          # a new release changes it too
>>> result = sync(work, shipped)
>>> result.kept, (work / "00-a.ipynb").read_text(), (work / "00-a.new.ipynb").read_text()
(['00-a.ipynb'], 'my notes', 'v2')
>>> result.summary()[0]
'Kept your changes to 00-a.ipynb (not overwritten); the new version is in 00-a.new.ipynb'
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from lessons_lib.course.words import N_, gettext, ngettext

__all__ = ["MANIFEST", "NEWS", "Lesson", "SyncResult", "in_checkout", "lessons", "lessons_source", "notebooks_dir",
           "sync"]

MANIFEST = ".techgeo-manifest.json"
NEWS = "WHATS-NEW.md"  # written in the working folder when new lessons are out
CATALOG = "lessons.yaml"
# what a working folder receives: the notebooks and the catalogue (not the jupytext sources)
_SHIPPED_SUFFIXES = (".ipynb", ".yaml")


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


# ---------------------------------------------------------------------------------------------
# The learner's working copy


@dataclass
class SyncResult:
    """What :func:`sync` did, file by file (names relative to the working folder)."""

    folder: Path
    dry_run: bool = False
    copied: list[str] = field(default_factory=list)      # new in the folder
    updated: list[str] = field(default_factory=list)     # the learner had not changed it: new version
    unchanged: list[str] = field(default_factory=list)   # already the shipped version
    kept: list[str] = field(default_factory=list)        # changed by the learner: left alone
    new_versions: dict[str, str] = field(default_factory=dict)  # kept file -> where the new version went

    first_copy: bool = False                             # the folder had no lessons from us before

    def summary(self, lang: str | None = None) -> list[str]:
        """Sentences for the learner, one per kind of action, in ``lang`` (default: the current language).

        >>> SyncResult(Path("w"), copied=["a.ipynb"], kept=["b.ipynb"]).summary("en")[0]
        'Copied 1 file into w: a.ipynb'
        >>> SyncResult(Path("w"), kept=["b.ipynb"], new_versions={"b.ipynb": "b.new.ipynb"}).summary("fr")[0]
        'Vos modifications de b.ipynb sont gardées (non écrasées)\u202f; la nouvelle version est dans b.new.ipynb'
        """
        would = self.dry_run
        lines = []
        if self.copied:
            lines.append((ngettext("Would copy {n} file into {folder}: {names}",
                                   "Would copy {n} files into {folder}: {names}", len(self.copied), lang) if would
                          else ngettext("Copied {n} file into {folder}: {names}",
                                        "Copied {n} files into {folder}: {names}", len(self.copied), lang)).format(
                n=len(self.copied), folder=self.folder, names=", ".join(self.copied)))
        if self.updated:
            lines.append((ngettext("Would update {n} file you had not changed: {names}",
                                   "Would update {n} files you had not changed: {names}", len(self.updated), lang)
                          if would else
                          ngettext("Updated {n} file you had not changed: {names}",
                                   "Updated {n} files you had not changed: {names}", len(self.updated), lang)).format(
                n=len(self.updated), names=", ".join(self.updated)))
        for name in self.kept:
            newer = self.new_versions.get(name)
            if newer:
                line = (gettext("Would keep your changes to {name} (not overwritten); the new version would go in "
                                "{newer}", lang) if would else
                        gettext("Kept your changes to {name} (not overwritten); the new version is in {newer}", lang))
            else:
                line = (gettext("Would keep your changes to {name} (not overwritten)", lang) if would else
                        gettext("Kept your changes to {name} (not overwritten)", lang))
            lines.append(line.format(name=name, newer=newer))
        if not lines:
            lines.append(gettext("All {n} lesson files in {folder} are up to date.", lang).format(
                n=len(self.unchanged), folder=self.folder))
        return lines

    @property
    def news(self) -> bool:
        """True when the learner has something new to look at: a lesson added to a folder that
        already had lessons, a lesson updated, or a new version written beside the learner's own."""
        return bool((not self.first_copy and self.copied) or self.updated or self.new_versions)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _shipped_files(source: Path) -> dict[str, Path]:
    """The files a working folder receives, by name: the notebooks and the catalogue (which the
    French lessons share with the English ones, one folder up)."""
    found = {p.name: p for p in sorted(source.iterdir()) if p.is_file() and p.suffix in _SHIPPED_SUFFIXES
             and not p.name.startswith(".")}
    if CATALOG not in found and (source.parent / CATALOG).is_file():
        found[CATALOG] = source.parent / CATALOG
    return dict(sorted(found.items()))


def _read_manifest(folder: Path) -> tuple[dict[str, str], str | None]:
    """The shipped files' hashes recorded in ``folder``, and the language of its lessons (None if unknown)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, None
    if not isinstance(data, dict):
        return {}, None
    files = data.get("files", {}) if isinstance(data.get("files"), dict) else {}
    return {str(k): str(v) for k, v in files.items()}, (str(data["lang"]) if data.get("lang") else None)


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _copy_atomic(source: Path, target: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _new_version_name(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.new.{suffix}" if dot else f"{name}.new"


def sync(folder: str | Path, source: str | Path | None = None, *, dry_run: bool = False,
         lang: str = "en") -> SyncResult:
    """Copy the shipped lessons into ``folder``, never overwriting a file the learner changed.

    A file is the learner's when its content differs from the version last shipped into the folder
    (its hash in the manifest). Such a file is kept; if the shipped version is new, it is written
    beside it as ``NAME.new.ipynb`` so nothing is lost either way. When anything is new (on a folder
    that had lessons already), ``WHATS-NEW.md`` in the folder says what, in English and French.
    With ``dry_run`` nothing is written and the result says what would happen. A folder holds the
    lessons of one language (``lang``, recorded in the manifest): syncing another one into it is refused.
    """
    folder = Path(folder)
    source = Path(source) if source is not None else notebooks_dir()
    if not source.is_dir():
        raise FileNotFoundError(gettext("no lessons found at {folder}; reinstall techgeo-lessons").format(
            folder=source))
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(gettext("{folder} exists and is not a folder; choose another with --dir").format(
            folder=folder))
    manifest, held = _read_manifest(folder)
    if held is not None and held != lang:
        raise ValueError(gettext("{folder} holds the lessons in {held}: choose another folder with --dir for "
                                 "the lessons in {lang} (nothing was copied)").format(
            folder=folder, held=repr(held), lang=repr(lang)))
    result = SyncResult(folder, dry_run)
    result.first_copy = not manifest
    if not dry_run:
        folder.mkdir(parents=True, exist_ok=True)
    for name, shipped in _shipped_files(source).items():
        target = folder / name
        shipped_hash = _sha256(shipped)
        if not target.exists():
            result.copied.append(name)
            if not dry_run:
                _copy_atomic(shipped, target)
            manifest[name] = shipped_hash
            continue
        current = _sha256(target)
        if current == shipped_hash:
            result.unchanged.append(name)
            manifest[name] = shipped_hash
        elif manifest.get(name) == current:  # untouched since we shipped it: safe to update
            result.updated.append(name)
            if not dry_run:
                _copy_atomic(shipped, target)
            manifest[name] = shipped_hash
        else:  # the learner's file (changed, or there before we shipped anything): keep it
            result.kept.append(name)
            if manifest.get(name) != shipped_hash:  # a version the learner has not seen yet
                newer = _new_version_name(name)
                result.new_versions[name] = newer
                if not dry_run:
                    _copy_atomic(shipped, folder / newer)
    if not dry_run:
        _write_atomic(folder / MANIFEST, json.dumps({"files": manifest, "lang": lang}, indent=1, sort_keys=True)
                      + "\n")
        if result.news:
            _write_news(result)
    return result


def _write_news(result: SyncResult) -> None:
    """Tell the learner, in the folder they open, what changed (English and French)."""
    from datetime import date

    title = N_("New lessons are out")
    text = [f"# {gettext(title, 'en')} / {gettext(title, 'fr')} ({date.today().isoformat()})", ""]
    for lang in ("en", "fr"):
        text += [f"- {line}" for line in result.summary(lang)] + [""]
    advice = N_("Your own files are never overwritten: compare a lesson with its `.new.ipynb` and keep what you want.")
    text.append(f"{gettext(advice, 'en')} / {gettext(advice, 'fr')}")
    _write_atomic(result.folder / NEWS, "\n".join(text) + "\n")
