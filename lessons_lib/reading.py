"""Bounded reads: a file given by a user is a regular file of a stated size at most, or it is refused.

A folder, a FIFO, a device such as ``/dev/zero`` or a socket is refused at once, by name, before
anything is read from it (opening a FIFO does not wait for a writer); a file over the limit is
refused with the limit in the message. Callers turn :class:`Unreadable` into their own error
(a :class:`~lessons_lib.errors.DataError` for data, a :class:`~lessons_lib.quiz.QuizError` for a bank).

>>> read_limited("/dev/zero", 1000, "a CSV file")
Traceback (most recent call last):
...
lessons_lib.reading.Unreadable: /dev/zero: expected a CSV file, not a character device
>>> size_text(1 << 30), size_text(1500)
('1 GiB', '1.5 KB')
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["Unreadable", "check_regular", "read_limited", "size_text"]

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


class Unreadable(ValueError):
    """A path that is not a readable regular file within the size limit, and what was expected instead."""

    def __init__(self, path: str | Path, expected: str, missing: bool = False):
        self.path, self.expected, self.missing = str(path), expected, missing
        super().__init__(f"{path}: expected {expected}")


def size_text(size: int) -> str:
    """A byte count as a person reads it (binary units for round powers of two)."""
    for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if size >= 1 << shift and size % (1 << shift) == 0:
            return f"{size >> shift} {unit}"
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def _refuse_kind(path: str | Path, mode: int, what: str) -> None:
    for test, kind in _KINDS:
        if test(mode):
            raise Unreadable(path, f"{what}, not {kind}")


def check_regular(path: str | Path, limit: int, what: str) -> int:
    """The size of ``path``, a regular file of at most ``limit`` bytes; else :class:`Unreadable`.

    ``what`` says what was expected, e.g. ``"a CSV file"``. Links are followed (a link to a file is
    a file); the caller decides whether the file may lie outside a folder.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise Unreadable(path, f"an existing {what.removeprefix('a ')} (no file at this path)", missing=True) from None
    except OSError as err:
        raise Unreadable(path, f"{what} that can be read ({err.strerror})") from None
    _refuse_kind(path, info.st_mode, what)
    if info.st_size > limit:
        raise Unreadable(path, f"{what} of at most {size_text(limit)} (this one has {size_text(info.st_size)}; "
                         "the limit keeps a wrong file from filling the memory)")
    return info.st_size


def read_limited(path: str | Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes; else :class:`Unreadable`.

    The file is opened without blocking and checked once open, so a FIFO swapped in after a check
    cannot make the read wait, and at most ``limit + 1`` bytes are ever read.
    """
    check_regular(path, limit, what)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise Unreadable(path, f"{what} that can be opened ({err.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        _refuse_kind(path, os.fstat(fd).st_mode, what)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Unreadable(path, f"{what} of at most {size_text(limit)} (this one grew while it was read)")
    return data
