"""The words :mod:`argparse` itself writes ("usage:", "options", "invalid choice"...), in the cli catalogue.

argparse looks its words up with the standard library's :func:`gettext.gettext` (module globals ``_``
and ``ngettext`` of :mod:`argparse`), in the process-wide default domain and the locale's language,
which is neither our catalogue nor the language ``--lang`` chose. :func:`argparse_speaking` points
those two names at the ``cli`` catalogue while a parser is built and used, and puts them back after.
The messages are listed below with ``N_`` so that ``tools/catalogues.py`` extracts them; they are
argparse's own msgids (Python 3.10 to 3.13), so a message this list lacks stays in English (its one
plural, "expected %s arguments", needs an option taking a fixed number of values: we have none).

>>> import argparse
>>> from lessons_lib.i18n import speaking
>>> with speaking("fr"), argparse_speaking():
...     argparse.ArgumentParser(prog="demo", add_help=False).format_usage()
'utilisation\\xa0: demo\\n'
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from lessons_lib.course.words import N_, gettext, ngettext

MESSAGES = (
    N_("usage: "),
    # TRANSLATORS: a section title; argparse writes a colon right after it, so French ends it with a
    # no-break space ("options\u00a0" is shown "options :")
    N_("positional arguments"),
    N_("options"),
    N_("optional arguments"),  # Python 3.9's title of "options"
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """Within the block, argparse says its words in the current language (through the cli catalogue)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
