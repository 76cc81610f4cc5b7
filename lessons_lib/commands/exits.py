"""The exit codes of ``techgeo-lessons``, for scripts, and what a build says when Ctrl-C stops it.

They live here, not in :mod:`lessons_lib.cli`, so that a command module never imports the module
that imports it: ``cli`` imports the commands, the commands import this module, nothing imports back.

0 success; 1 the command ran and found problems (``validate``, ``check``); 2 wrong usage; 3 the
command could not run (a file missing, bad data, no browser...); 130 stopped with Ctrl-C.
"""

from __future__ import annotations

from lessons_lib.course.words import gettext

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it


def interrupted_message(output: object) -> str:
    """What a build says when Ctrl-C stops it: the output folder is as it was.

    >>> interrupted_message("_site")
    'techgeo-lessons: interrupted (Ctrl-C): the build stopped and _site was left as it was.'
    """
    return gettext("techgeo-lessons: interrupted (Ctrl-C): the build stopped and {output} was left as it "
                   "was.").format(output=output)
