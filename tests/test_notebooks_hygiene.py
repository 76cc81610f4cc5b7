"""The committed lessons are clean, complete and agree with the data.

nbval (run by `make test` over notebooks/) re-executes each lesson and compares its outputs; these
tests check what nbval does not: metadata, structure, sources, quiz banks and the numbers in prose.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
import yaml

from lessons_lib import data

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
CATALOGUE = yaml.safe_load((NOTEBOOKS / "lessons.yaml").read_text(encoding="utf-8"))["lessons"]
LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
TEACHER_EDITIONS = sorted((NOTEBOOKS / "teacher").glob("[0-9][0-9]-*.ipynb"))
BOTH_EDITIONS = LESSONS + TEACHER_EDITIONS
ABSOLUTE_PATH = re.compile(r"(/work/|/home/|/root/|/tmp/|/private/var/|[A-Z]:\\\\Users)")
MEMORY_ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,}")


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def ids(paths):
    return [f"{p.parent.name}/{p.stem}" if p.parent.name == "teacher" else p.stem for p in paths]


def edition(path: Path) -> str:
    return "teacher" if path.parent.name == "teacher" else "learner"


def outputs_text(cell: dict) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append("".join(output.get("text", "")))
        for mime, value in output.get("data", {}).items():
            if mime.startswith("text/") or mime.endswith("json"):
                parts.append(value if isinstance(value, str) else json.dumps(value))
    return "\n".join(parts)


def test_every_catalogued_lesson_exists_and_every_lesson_is_catalogued():
    assert [entry["slug"] for entry in CATALOGUE] == ids(LESSONS)
    for entry in CATALOGUE:
        assert entry["title"]["en"] and entry["title"]["fr"], entry["slug"]
        assert entry["objectives"]["en"] and len(entry["objectives"]["en"]) == len(entry["objectives"]["fr"])
        assert 5 <= entry["minutes"] <= 90


def test_readme_gives_each_lesson_the_catalogue_time():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for entry in CATALOGUE:
        row = re.search(rf"^\| {entry['number']} \|[^|]*\| (\d+) min \|", readme, flags=re.M)
        assert row and int(row.group(1)) == entry["minutes"], f"README time of lesson {entry['number']}"


@pytest.mark.parametrize("path", BOTH_EDITIONS, ids=ids(BOTH_EDITIONS))
def test_metadata_is_clean(path):
    nb = read(path)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert "widgets" not in nb["metadata"], "saved widget state: rebuild with `make notebooks`"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    for cell in nb["cells"]:
        assert not set(cell.get("metadata", {})) - {"tags", "jupyter"}, cell.get("id")
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", f"{path.name}: error output in cell {cell.get('id')}"
            assert output.get("name") != "stderr", f"{path.name}: stderr output (a warning?) in {cell.get('id')}"
            assert "application/vnd.jupyter.widget-view+json" not in output.get("data", {}), (
                f"{path.name}: a saved widget view shows 'model not found'; rebuild with `make notebooks`")
        text = "".join(cell["source"]) + outputs_text(cell)
        assert not ABSOLUTE_PATH.search(text), f"{path.name}: absolute path in cell {cell.get('id')}"
        assert not MEMORY_ADDRESS.search(outputs_text(cell)), f"{path.name}: memory address in {cell.get('id')}"


@pytest.mark.parametrize("path", BOTH_EDITIONS, ids=ids(BOTH_EDITIONS))
def test_notebook_matches_its_text_source(path):
    """Both editions are built from notebooks/src/<name>.py: edit the source, then `make notebooks`."""
    spec = importlib.util.spec_from_file_location("build_notebooks", ROOT / "tools" / "build_notebooks.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    source = NOTEBOOKS / "src" / f"{path.stem}.py"
    assert source.is_file(), f"no text source for {path.name}"
    expected = build.notebook_from_source(source, edition(path))
    saved = read(path)
    assert [(c.cell_type, c.source) for c in expected.cells] == [
        (c["cell_type"], "".join(c["source"])) for c in saved["cells"]
    ], f"{path.name} differs from {source.name}: run `make notebooks`"
    assert [c.metadata.get("jupyter") for c in expected.cells] == [
        c.get("metadata", {}).get("jupyter") for c in saved["cells"]]


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_lesson_shape(path):
    cells = read(path)["cells"]
    first = "".join(cells[0]["source"])
    assert cells[0]["cell_type"] == "markdown" and first.startswith(f"# {path.stem[:2]}")
    assert "Time" in first and "Objectives" in first and "Questions" in first
    markdown = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert re.search(r"^## Key points", markdown, flags=re.M), "a lesson closes with its key points"
    last_code = next(c for c in reversed(cells) if c["cell_type"] == "code")
    assert f'quiz.show("{path.stem}")' in "".join(last_code["source"]), "a lesson ends with its quiz"
    if path.stem != "00-start-here":
        solutions = [c for c in cells if "solution" in c.get("metadata", {}).get("tags", [])]
        checks = [c for c in cells if "check" in c.get("metadata", {}).get("tags", [])]
        assert len(solutions) >= 2 and len(checks) >= 2, "at least two exercises with solution and check"
        assert all(c["cell_type"] == "code" for c in checks)


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_every_chart_is_described_for_screen_readers(path):
    cells = [c for c in read(path)["cells"] if c["cell_type"] == "code"]
    charts = sum(1 for c in cells for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
    described = sum("".join(c["source"]).count("describe(") for c in cells)
    assert described >= charts, f"{charts} charts but {described} descriptions"


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_quiz_bank_exists_and_loads(path):
    from lessons_lib import quiz

    bank = quiz.load_bank(path.stem)
    count = len(bank.questions)
    types = {q.type for q in bank.questions}
    if path.stem == "00-start-here":
        assert count >= 3
    else:
        assert 5 <= count <= 10, f"{count} questions"
        assert len(types) >= 3, f"question types: {sorted(types)}"


# --- the lessons' code is the code learners copy ----------------------------------------------

LESSON_SOURCES = sorted((NOTEBOOKS / "src").glob("**/[0-9][0-9]-*.py"))
#: Habits a learner should not copy from a lesson, and what to write instead.
UNIDIOMATIC = {
    "iterrows(": "show the table itself (a DataFrame with readable columns), not a print per row",
    ".astype(str)": "count a categorical as it is (value_counts(), then counts[counts > 0]; crosstab)",
}


def habits(source: Path) -> list[str]:
    """Each line of a lesson source with a habit of ``UNIDIOMATIC``, as ``file:line: habit: advice``."""
    name = source.relative_to(ROOT) if source.is_relative_to(ROOT) else source.name
    return [f"{name}:{number}: {pattern!r}: {advice}"
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1)
            for pattern, advice in UNIDIOMATIC.items() if pattern in line]


@pytest.mark.parametrize("source", LESSON_SOURCES, ids=[str(p.relative_to(NOTEBOOKS / "src")) for p in LESSON_SOURCES])
def test_lesson_code_shows_pandas_a_learner_can_copy(source):
    """No row-by-row printing of a table and no string workaround for the loaders' categoricals."""
    found = habits(source)
    assert not found, "\n".join(found)


def test_the_habit_check_names_file_and_line(tmp_path):
    """A negative control: a lesson that prints rows one by one is found, with its file and line."""
    lesson = tmp_path / "99-bad.py"
    lesson.write_text("# %%\nfor _, row in table.iterrows():\n    print(row)\nt.astype(str)\n", encoding="utf-8")
    assert [line.split(": ")[0] for line in habits(lesson)] == ["99-bad.py:2", "99-bad.py:4"]


# --- numbers in prose agree with the data -----------------------------------------------------

MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
          r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
NUMBER = re.compile(r"(?<![\w.,])(\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?)(?![\w])")
QUOTED = re.compile(r"\"[^\"]*\"|«[^»]*»|“[^”]*”|`[^`]*`|\([^)]*\bsource[^)]*\)", flags=re.I)
DATE_CONTEXT = re.compile(rf"(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}}\b)")


def known_numbers() -> set[float]:
    """Every number the data holds, in the ways prose writes it (689000000 -> 689 million -> 689)."""
    numbers: set[float] = set()
    text_parts = []
    for name in ("events", "user_stats", "claims", "actors", "ownership", "places", "votes"):
        frame = data.load_table(name)
        for column in frame.columns:
            if column == "excerpt":  # the sources' own words: a number there is not yet a fact of the record
                continue
            series = frame[column]
            if series.dtype.kind in "fiu" or str(series.dtype) in ("Int64", "Float64"):
                for value in series.dropna().astype(float):
                    for scale in (1, 1e3, 1e6, 1e9):
                        numbers.add(round(value / scale, 2))
            else:
                text_parts.append(" ".join(series.dropna().astype(str)))
    for token in NUMBER.findall(" ".join(text_parts)):
        parsed = parse(token)
        if parsed is not None:
            numbers.add(parsed)
    return numbers


def parse(token: str) -> float | None:
    cleaned = re.sub(r"[\u00a0\u202f ]", "", token)
    if re.fullmatch(r"\d{1,3}(,\d{3})+", cleaned):
        cleaned = cleaned.replace(",", "")
    cleaned = cleaned.replace(",", ".")
    try:
        return round(float(cleaned), 2)
    except ValueError:
        return None


@pytest.fixture(scope="module")
def data_numbers():
    return known_numbers()


def stray_numbers(text: str, data_numbers: set[float]) -> list[str]:
    """The figures of a prose text that the tables do not hold (years, small numbers and quotes aside)."""
    text = QUOTED.sub(" ", text)
    text = DATE_CONTEXT.sub(" ", text)
    text = re.sub(r"\b(EO|E\.O\.|order|orders|H\.R\.|FR|No\.|Nos\.|s\.|lesson|lessons|leçon|step|"
                  r"exercise|question|Exercise|Question|Lesson|Step|Part)\s*\d[\d\-/]*", " ", text)
    text = re.sub(r"\b\d{4}-\d{2}(-\d{2})?\b", " ", text)  # ISO dates are read against the events table
    strays = []
    for token in NUMBER.findall(text):
        value = parse(token)
        if value is None or value <= 12 or (1990 <= value <= 2030 and float(value).is_integer()):
            continue
        if value not in data_numbers:
            strays.append(token)
    return strays


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_numbers_in_prose_come_from_the_data(path, data_numbers):
    """A figure written in a markdown cell must be one the tables hold (or a year, a day, a quote)."""
    strays = []
    for cell in read(path)["cells"][1:]:  # the first cell states the lesson's time
        if cell["cell_type"] == "markdown":
            strays += stray_numbers("".join(cell["source"]), data_numbers)
    assert not strays, f"{path.name}: numbers in prose not found in the data: {strays}"


NOTES_DIR = Path(__file__).parent.parent / "docs" / "teacher-notes"
#: English and French notes: the French twin quotes the same record and is held to the same figures.
TEACHER_NOTES = sorted(NOTES_DIR.glob("*.md")) + sorted((NOTES_DIR / "fr").glob("*.md"))
#: Teaching logistics, not facts: minutes, seconds, row and question counts.
LOGISTICS = re.compile(r"\b\d+\s*(?:minutes?|min|seconds?|s\b|rows?|lines?|questions?|cells?|charts?|points?)\b|"
                       r"\*\*Time:\*\*[^\n]*", flags=re.I)


@pytest.mark.parametrize("path", TEACHER_NOTES, ids=[p.relative_to(NOTES_DIR).as_posix() for p in TEACHER_NOTES])
def test_numbers_in_teacher_notes_come_from_the_data(path, data_numbers):
    """The teacher notes quote the same record as the lessons: a figure there must be one the tables hold."""
    text = LOGISTICS.sub(" ", path.read_text(encoding="utf-8"))
    strays = stray_numbers(text, data_numbers)
    assert not strays, f"{path.name}: numbers not found in the data: {strays}"


def test_build_tool_builds_each_named_lesson_once():
    """``build_notebooks.py 02-timeline fr/02-timeline`` builds the French lesson once, not twice."""
    spec = importlib.util.spec_from_file_location("build_notebooks", ROOT / "tools" / "build_notebooks.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    chosen = [p.relative_to(ROOT).as_posix() for p in build.sources_for(["02-timeline", "fr/02-timeline"])]
    assert chosen == ["notebooks/src/02-timeline.py", "notebooks/src/fr/02-timeline.py"]
