"""Output folders that are never half-written and never lose a user's own files.

:func:`replacing` is how ``techgeo-lessons html`` and ``lite`` write a site: the new site is built
in a hidden folder beside the target and swapped in whole only when it is complete, so an
interrupted or failed build (Ctrl-C, a full disk) leaves the old site as it was. Each site holds a
manifest (:data:`MANIFEST`) with the fingerprint of every file written; a target folder holding
any other file, or a file changed since, is refused unless ``force=True``.

>>> import tempfile
>>> target = Path(tempfile.mkdtemp()) / "site"
>>> with replacing(target, "HTML site") as staging:
...     _ = (staging / "index.html").write_text("<p>v1</p>")
>>> sorted(p.name for p in target.iterdir())
['.techgeo-output.json', 'index.html']
>>> _ = (target / "index.html").write_text("<p>my own page</p>")
>>> with replacing(target, "HTML site") as staging:  # doctest: +ELLIPSIS
...     pass
Traceback (most recent call last):
...
lessons_lib.course.output.ForeignFiles: ... is not an HTML site built by techgeo-lessons: it holds 1 file that ...
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .words import N_, gettext, ngettext
from .workspace import fingerprint  # the fingerprint the lesson copies use too

__all__ = ["MANIFEST", "ForeignFiles", "foreign_files", "replacing"]

MANIFEST = ".techgeo-output.json"
_SHOWN = 5


class ForeignFiles(ValueError):
    """The output folder holds files the tool did not write (or that changed since): it is left alone."""


def _files(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):  # links are listed, not followed
        dirs.sort()
        for name in sorted(names) + [d for d in dirs if (Path(root) / d).is_symlink()]:
            yield Path(root, name)


def foreign_files(folder: Path) -> list[str]:
    """Paths in ``folder`` (relative, POSIX) that its manifest does not list with the same content."""
    try:
        written = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"]
        assert isinstance(written, dict)
    except (OSError, ValueError, KeyError, TypeError, AssertionError, RecursionError):
        written = {}
    found = []
    for path in _files(folder):
        name = path.relative_to(folder).as_posix()
        if name == MANIFEST and written:
            continue
        if path.is_symlink() or not path.is_file() or written.get(name) != fingerprint(path):
            found.append(name)
    return found


def _write_manifest(folder: Path) -> None:
    files = {path.relative_to(folder).as_posix(): fingerprint(path) for path in _files(folder)
             if path.is_file() and not path.is_symlink()}
    (folder / MANIFEST).write_text(json.dumps({"files": files}, indent=0, sort_keys=True), encoding="utf-8")


# what is being built, with its article: "is not an HTML site built by techgeo-lessons"
_KINDS = {N_("HTML site"): N_("an HTML site"), N_("JupyterLite site"): N_("a JupyterLite site")}


def _check_target(target: Path, kind: str, force: bool) -> None:
    if target.is_symlink():
        raise ForeignFiles(gettext("{target} is a link; give a real folder for the {kind}").format(
            target=target, kind=gettext(kind)))
    if not target.exists():
        return
    if not target.is_dir():
        raise ForeignFiles(gettext("{target} is a file; give a folder for the {kind}").format(
            target=target, kind=gettext(kind)))
    if force:
        return
    foreign = foreign_files(target)
    if foreign:
        shown = ", ".join(foreign[:_SHOWN])
        if len(foreign) > _SHOWN:
            shown = gettext("{files} and {n} more").format(files=shown, n=len(foreign) - _SHOWN)
        raise ForeignFiles(ngettext(
            "{target} is not {a_kind} built by techgeo-lessons: it holds {n} file that the build did not write, "
            "or that changed since ({files}). Nothing was written. Choose a new or empty folder, move those "
            "files away, or add --force to replace the whole folder, those files included.",
            "{target} is not {a_kind} built by techgeo-lessons: it holds {n} files that the build did not write, "
            "or that changed since ({files}). Nothing was written. Choose a new or empty folder, move those "
            "files away, or add --force to replace the whole folder, those files included.",
            len(foreign)).format(target=target, a_kind=gettext(_KINDS.get(kind, kind)), n=len(foreign), files=shown))


@contextmanager
def _no_interrupt() -> Iterator[None]:
    """Hold Ctrl-C back for the instant of the swap, so that the target is never missing."""
    if os.name != "posix" or threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def replacing(target: str | Path, kind: str, force: bool = False) -> Iterator[Path]:
    """Build into the folder this yields; on success it replaces ``target`` whole, else it is removed.

    Raises :class:`ForeignFiles` before anything is written when ``target`` holds files that no
    earlier build wrote (``force=True`` replaces them too), or is a file or a link.
    """
    target = Path(target).absolute()
    _check_target(target, kind, force)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        yield staging
        _write_manifest(staging)
        old = None
        with _no_interrupt():
            if target.exists():
                old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
                os.replace(target, old / "site")
            os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
