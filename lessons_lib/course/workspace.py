"""The learner's working copy of the lessons: copied from the shipped ones, never overwriting their work.

:func:`sync` copies the shipped lessons (:mod:`lessons_lib.course.catalogue`) into a working folder
(``./techgeo-lessons`` by default) that the learner owns. A manifest in that folder
(``.techgeo-manifest.json``) records the SHA-256 of every file as it was shipped, so a later ``sync``
can tell a file the learner changed (kept, never overwritten) from one the learner did not touch
(updated to the new version).

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
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lessons_lib.course.catalogue import CATALOG, notebooks_dir
from lessons_lib.course.words import N_, gettext, ngettext

__all__ = ["MANIFEST", "NEWS", "SyncResult", "fingerprint", "sync"]

MANIFEST = ".techgeo-manifest.json"
NEWS = "WHATS-NEW.md"  # written in the working folder when new lessons are out
# what a working folder receives: the notebooks and the catalogue (not the jupytext sources)
_SHIPPED_SUFFIXES = (".ipynb", ".yaml")


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


def fingerprint(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex: how a working copy and an output folder recognise their files.

    What is not a regular file (a folder, a named pipe, a link to a device) is never read, which could never
    end: its fingerprint names its kind, which no file's matches, so it is kept as the user's.

    >>> import tempfile; fingerprint(Path(tempfile.mkdtemp()))
    'not-a-file:40000'
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a named pipe must not block the open
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        return f"not-a-file:{stat.S_IFMT(mode):o}"
    with os.fdopen(fd, "rb") as handle:
        digest = hashlib.sha256()
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
    except (OSError, ValueError, RecursionError):  # a manifest edited by hand, or "[[[..." thousands deep
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
        shipped_hash = fingerprint(shipped)
        if not target.exists():
            result.copied.append(name)
            if not dry_run:
                _copy_atomic(shipped, target)
            manifest[name] = shipped_hash
            continue
        current = fingerprint(target)
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
