"""The gettext catalogues of the package's words: extract, update, compile, check.

Code marks what a reader sees with ``gettext("...")``, ``ngettext(...)`` or ``N_("...")`` (from
``lessons_lib.i18n``); the English message is the key. This tool keeps one PO catalogue per domain
and language in ``lessons_lib/locale/<lang>/LC_MESSAGES/<domain>.po`` in step with the code, with
Babel (the library Sphinx and most translation platforms use):

    python tools/catalogues.py update    # add new messages, mark changed ones fuzzy, drop obsolete ones
    python tools/catalogues.py compile   # write the .mo files the package reads at run time
    python tools/catalogues.py check     # what tests/test_catalogues.py asserts: nothing missing, stale or fuzzy

A translator edits the ``.po`` file (any PO editor: Poedit, Lokalize, Weblate...), removes the
``fuzzy`` flag once a changed message is translated again, then runs ``compile``. The ``.mo`` files
are committed so that the package needs no Babel at run time.

Domains: ``cli`` for what the ``techgeo-lessons`` commands say (``cli.py``, ``commands/``,
``course/``, ``__main__.py``), ``lessons`` for everything else (what a learner reads).
"""

from __future__ import annotations

import io
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lessons_lib"
LOCALE = PACKAGE / "locale"
LANGUAGES = ("fr",)
DOMAINS = ("lessons", "cli")
KEYWORDS = {"gettext": None, "ngettext": (1, 2), "N_": None}
_CLI = re.compile(r"^(cli\.py|__main__\.py|commands/|course/)")
_FIELD = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")


def domain_of(relative: str) -> str:
    """The catalogue a source file's messages belong to.

    >>> domain_of("commands/lab.py"), domain_of("charts/timeline.py")
    ('cli', 'lessons')
    """
    return "cli" if _CLI.match(relative.replace("\\", "/")) else "lessons"


def extract() -> dict[str, Catalog]:
    """One template catalogue per domain: every message the code marks, with where it is used."""
    templates = {domain: Catalog(project="techgeo-lessons", locale=None) for domain in DOMAINS}
    for filename, lineno, message, comments, context in extract_from_dir(
            PACKAGE, method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)):
        domain = domain_of(filename)
        templates[domain].add(message, locations=[(f"lessons_lib/{filename}", lineno)],
                              auto_comments=comments, context=context)
    return templates


def po_path(domain: str, lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"


def read(domain: str, lang: str) -> Catalog:
    path = po_path(domain, lang)
    if not path.exists():
        return Catalog(project="techgeo-lessons", locale=lang, domain=domain)
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=domain)


_VOLATILE = re.compile(
    rb'^"(Report-Msgid-Bugs-To|POT-Creation-Date|PO-Revision-Date|Last-Translator|Generated-By):.*\n',
    re.MULTILINE)


def write(catalog: Catalog, path: Path) -> None:
    """Write ``catalog`` as a PO file that changes only when a message does (no dates, no line numbers)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=False, include_previous=True, include_lineno=False)
    path.write_bytes(_VOLATILE.sub(b"", buffer.getvalue()))


# Babel puts the catalogue's dates in the .mo header, and a PO file without them (ours: see write) gets
# the time it was read: pinned, so that compiling the same PO gives the same bytes at any minute
_PINNED = datetime(2026, 1, 1, tzinfo=timezone.utc)


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    catalog.creation_date = catalog.revision_date = _PINNED
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def update() -> None:
    for domain, template in extract().items():
        for lang in LANGUAGES:
            catalog = read(domain, lang)
            catalog.update(template, no_fuzzy_matching=False)
            catalog.obsolete.clear()
            write(catalog, po_path(domain, lang))


def compile_all() -> None:
    for domain in DOMAINS:
        for lang in LANGUAGES:
            po_path(domain, lang).with_suffix(".mo").write_bytes(compiled(read(domain, lang)))


def _ids(message) -> tuple[str, ...]:
    return message.id if isinstance(message.id, tuple) else (message.id,)


def _strings(message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def problems() -> list[str]:
    """Everything that keeps a catalogue from matching the code, one line each."""
    found: list[str] = []
    for domain, template in extract().items():
        for lang in LANGUAGES:
            path = po_path(domain, lang).relative_to(ROOT)
            catalog = read(domain, lang)
            wanted = {m.id for m in template if m.id}
            have = {m.id for m in catalog if m.id}
            found += [f"{path}: not in the catalogue (run tools/catalogues.py update): {i!r}"
                      for i in sorted(wanted - have, key=str)]
            found += [f"{path}: no longer in the code (run tools/catalogues.py update): {i!r}"
                      for i in sorted(have - wanted, key=str)]
            for message in catalog:
                if not message.id:
                    continue
                if message.fuzzy:
                    found.append(f"{path}: fuzzy (the English changed; translate again, then drop the flag): "
                                 f"{message.id!r}")
                elif not all(_strings(message)):
                    found.append(f"{path}: not translated: {message.id!r}")
                else:
                    fields = {frozenset(_FIELD.findall(i)) for i in _ids(message)}
                    for text in _strings(message):
                        if frozenset(_FIELD.findall(text)) not in fields:
                            found.append(f"{path}: the fields differ from the English {message.id!r}: {text!r}")
            mo = po_path(domain, lang).with_suffix(".mo")
            if not mo.exists() or mo.read_bytes() != compiled(catalog):
                found.append(f"{mo.relative_to(ROOT)}: out of date (run tools/catalogues.py compile)")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "catalogues complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
