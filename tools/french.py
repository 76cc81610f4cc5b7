"""Keep the French lessons paired with the English ones, cell by cell.

Each English source ``notebooks/src/NN-slug.py`` has a French twin ``notebooks/src/fr/NN-slug.py``
with the same cells in the same order (same type, same tags). Every French cell records, in its
jupytext header, the fingerprint of the English cell it translates (``en="3f2a9c01b4"``). When an
English cell changes, its fingerprint no longer matches and the French cell is *stale*, as gettext
marks a message fuzzy: ``tests/test_french.py`` fails and names the cell until a translator updates
it and marks it done. French code cells keep the English code token for token: only string literals
and comments may differ (the test checks that too).

    python tools/french.py status [NN ...]      # stale, missing or mismatched cells, lesson by lesson
    python tools/french.py start NN             # a new French source: every cell copied, marked to translate
    python tools/french.py mark NN CELL [...]   # after translating cells: record the English they now match
    python tools/french.py mark NN --all        # every cell of the lesson (after a full review only)

Cells are numbered from 1, as the build numbers the notebooks' cell ids (``02-017``).
"""

from __future__ import annotations

import ast
import hashlib
import re
import sys
from pathlib import Path

import jupytext
import nbformat

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "notebooks" / "src"
FRENCH = SOURCES / "fr"
TO_TRANSLATE = "À TRADUIRE"  # left at the top of a copied cell until it is translated


def fingerprint(source: str) -> str:
    """A short, stable fingerprint of an English cell's text (whitespace at the ends ignored).

    >>> fingerprint("answer = None  # your code here")
    'f1d18726bb'
    """
    return hashlib.sha1(source.strip().encode("utf-8")).hexdigest()[:10]


def read(path: Path) -> nbformat.NotebookNode:
    return jupytext.read(path, fmt="py:percent")


def write(nb: nbformat.NotebookNode, path: Path) -> None:
    # jupytext keeps only the cell metadata it saw in the English file (tags): keep the fingerprints too
    nb.metadata.setdefault("jupytext", {})["cell_metadata_filter"] = "en,tags,-all"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(jupytext.writes(nb, fmt="py:percent"), encoding="utf-8")


def code_skeleton(source: str) -> str:
    """The code's syntax tree with every string emptied: what a French cell must keep unchanged.

    Comments are not in the tree, and the text of strings (f-strings' text and format specs
    included) may be translated; names, calls and the expressions inside f-strings may not.

    >>> code_skeleton('print("Hello")  # greet') == code_skeleton('print("Bonjour")  # saluer')
    True
    >>> code_skeleton('print(f"{n:,} users")') == code_skeleton('print(f"{n:,} utilisateurs")')
    True
    >>> code_skeleton('print(f"{n} users")') == code_skeleton('print(f"« {n} » utilisateurs")')
    True
    >>> code_skeleton('print(f"{n} users")') == code_skeleton('print(f"{m} utilisateurs")')
    False
    """
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # an f-string's text may grow or shrink around its fields
            node.values = [value for value in node.values if not isinstance(value, ast.Constant)]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = ""
    return ast.dump(tree, include_attributes=False)


def problems(slug: str) -> list[str]:
    """What keeps a French lesson from matching its English source, one sentence per cell."""
    english_path, french_path = SOURCES / f"{slug}.py", FRENCH / f"{slug}.py"
    if not french_path.is_file():
        return [f"{slug}: no French source (run: python tools/french.py start {slug[:2]})"]
    english, french = read(english_path).cells, read(french_path).cells
    found = []
    if len(english) != len(french):
        found.append(f"{slug}: {len(french)} French cells for {len(english)} English ones")
    for number, (en, fr) in enumerate(zip(english, french, strict=False), start=1):
        where = f"{slug} cell {number}"
        if en.cell_type != fr.cell_type or en.metadata.get("tags", []) != fr.metadata.get("tags", []):
            found.append(f"{where}: the French cell's type or tags differ from the English cell's")
            continue
        if fr.metadata.get("en") != fingerprint(en.source):
            found.append(f"{where}: stale (the English changed since it was translated): update it, then "
                         f"python tools/french.py mark {slug[:2]} {number}")
        if TO_TRANSLATE in fr.source:
            found.append(f"{where}: still marked {TO_TRANSLATE!r}")
        if fr.cell_type == "markdown" and TO_TRANSLATE not in fr.source:
            found += [f"{where}: {fault}" for fault in typography(fr.source) + glossary_problems(fr.source)]
            found += [f"{where}: English left in French: {s[:70]!r}" for s in english_sentences(fr.source)]
        if en.cell_type == "code":
            try:
                same = code_skeleton(en.source) == code_skeleton(fr.source)
            except SyntaxError as err:
                found.append(f"{where}: the French code does not parse ({err})")
                continue
            if not same:
                found.append(f"{where}: the French code differs from the English code outside strings and comments")
    return found


# --- what French prose must look like ------------------------------------------------------------

NBSP, NNBSP = "\u00a0", "\u202f"
_NOT_PROSE = re.compile(r"```.*?```|`[^`\n]*`|<[^>\n]+>|\]\([^)\s]*\)|https?://\S+|\$[^$\n]+\$", re.DOTALL)
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"|\*[^*\n]+\*", re.DOTALL)
_ENGLISH_WORDS = frozenset("the and with which this that these those from what when where would could should "
                           "their there have has into only also than been were does doesn't isn't was is are "
                           "of to for in by it its be not".split())


def prose(text: str) -> str:
    """The text a reader reads as prose: code, tags, link targets, URLs and formulas removed."""
    return _NOT_PROSE.sub(" ", text)


def typography(text: str) -> list[str]:
    """French typography faults: spaces before ``: ; ! ?``, inside « », in numbers and before %.

    >>> for fault in typography("Source : oui ; « bien » et 1 500 %"):
    ...     print(fault)
    ordinary space before ':' (use a no-break space)
    ordinary space before ';' (use a no-break space)
    ordinary space after '«' (use a no-break space)
    ordinary space before '»' (use a no-break space)
    ordinary space in the number '1 500' (use a narrow no-break space)
    ordinary space before '%' (use a no-break space)
    >>> typography("Source\u00a0: oui\u202f; «\u00a0bien\u00a0» et 1\u202f500\u00a0%, à 10:30")
    []
    """
    text, found = prose(text), []
    for mark in ":;!?":
        if re.search(rf" {re.escape(mark)}", text):
            found.append(f"ordinary space before {mark!r} (use a no-break space)")
        if re.search(rf"[^\s\d{NBSP}{NNBSP}(\[*_`'’\"«»!?.…-]{re.escape(mark)}(?![\d/])", text):
            found.append(f"no space before {mark!r} (French puts a no-break space there)")
    if re.search(r"« |«[^\s\u00a0\u202f]", text):
        found.append("ordinary space after '«' (use a no-break space)")
    if re.search(r" »|[^\s\u00a0\u202f]»", text):
        found.append("ordinary space before '»' (use a no-break space)")
    for number in re.findall(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])", text):
        found.append(f"ordinary space in the number {number!r} (use a narrow no-break space)")
    if re.search(r"\d %", text):
        found.append("ordinary space before '%' (use a no-break space)")
    return found


def english_sentences(text: str) -> list[str]:
    """Sentences of ``text`` that read as English (two or more English function words outside quotations).

    >>> english_sentences("Le décret date du 6 août. The order was signed in the White House.")
    ['The order was signed in the White House.']
    >>> english_sentences("Le site « Here for the long haul » est cité.")
    []
    """
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", _QUOTED.sub(" ", prose(text))):
        words = set(re.findall(r"[a-z']+", sentence.lower()))
        if len(words & _ENGLISH_WORDS) >= 2:
            found.append(sentence.strip())
    return found


def glossary_problems(text: str, glossary: Path = ROOT / "data" / "glossary.yaml") -> list[str]:
    """Forms the glossary says not to use, found outside quotations."""
    import yaml

    terms = yaml.safe_load(glossary.read_text(encoding="utf-8"))["terms"]
    plain = _QUOTED.sub(" ", prose(text)).replace(NBSP, " ").replace(NNBSP, " ")
    found = []
    for term in terms:
        for avoid in term.get("avoid", []):
            # as written, or with a capital at the start of a sentence ("district Est" is not "district est")
            # (not inside an identifier such as 2026-01-22-joint-venture-closes)
            pattern = rf"(?<![\w-])[{avoid[0].lower()}{avoid[0].upper()}]{re.escape(avoid[1:])}(?![\w-])"
            if re.search(pattern, plain):
                found.append(f"{avoid!r}: write {term['fr']!r} (glossary: {term['en']})")
    return found


def slugs(numbers: list[str]) -> list[str]:
    every = sorted(p.stem for p in SOURCES.glob("[0-9][0-9]-*.py"))
    if not numbers:
        return every
    chosen = [s for s in every if s[:2] in numbers or s in numbers]
    missing = set(numbers) - {s[:2] for s in chosen} - set(chosen)
    if missing:
        raise SystemExit(f"no lesson {', '.join(sorted(missing))}")
    return chosen


def start(slug: str) -> Path:
    """A French source with every English cell copied, fingerprinted and marked to translate."""
    target = FRENCH / f"{slug}.py"
    if target.exists():
        raise SystemExit(f"{target.relative_to(ROOT)} exists already")
    nb = read(SOURCES / f"{slug}.py")
    for cell in nb.cells:
        cell.metadata["en"] = fingerprint(cell.source)
        marker = f"{TO_TRANSLATE}\n" if cell.cell_type == "markdown" else f"# {TO_TRANSLATE}\n"
        cell.source = marker + cell.source
    write(nb, target)
    return target


def mark(slug: str, numbers: list[int]) -> None:
    """Record that French cells ``numbers`` now translate the current English cells."""
    english, path = read(SOURCES / f"{slug}.py"), FRENCH / f"{slug}.py"
    french = read(path)
    for number in numbers:
        if not 1 <= number <= min(len(english.cells), len(french.cells)):
            raise SystemExit(f"{slug} has no cell {number}")
        french.cells[number - 1].metadata["en"] = fingerprint(english.cells[number - 1].source)
    write(french, path)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("status", "start", "mark"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "status":
        found = [line for slug in slugs(rest) for line in problems(slug)]
        print("\n".join(found) or "Every French lesson matches its English source.")
        return 1 if found else 0
    if command == "start":
        for slug in slugs(rest):
            print(f"wrote {start(slug).relative_to(ROOT)}")
        return 0
    slug = slugs(rest[:1])[0]
    english_count = len(read(SOURCES / f"{slug}.py").cells)
    numbers = list(range(1, english_count + 1)) if rest[1:] == ["--all"] else [int(n) for n in rest[1:]]
    mark(slug, numbers)
    print(f"marked {len(numbers)} cells of {slug}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
