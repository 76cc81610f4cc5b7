"""A static HTML site of the lessons, for learners without Jupyter and for teachers to preview.

:func:`build_site` runs every lesson in a fresh kernel (or takes the stored outputs with
``execute=False``), turns each into a page with nbconvert and writes an ``index.html`` listing
the lessons with their time and objectives. Charts are embedded as images. Quizzes appear in their
static form: the interactive widget view is dropped from each output so that the quiz's static
rendering (question and options, never the answer) is what the page shows. The learner's site
holds no solution: each is replaced by a note (:func:`without_solutions`); ``teacher=True`` builds
the teacher's site from the teacher's edition, with the solutions run.

>>> html = index_html([], lang="fr")
>>> "<html lang=\\"fr\\">" in html and "Leçons" in html
True
"""

from __future__ import annotations

import html as html_lib
import os
import re
import signal
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .course.catalogue import Lesson, lessons
from .course.output import replacing

__all__ = ["SiteResult", "build_site", "index_html", "static_quizzes", "without_solutions"]

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
_NOTEBOOK_LINK = re.compile(r'(href=")(?!https?://)([^"#]*?)\.ipynb(#[^"]*)?"')

_TEXT = {
    "en": {"title": "Lessons: the US government vs TikTok, 2020-2026", "lessons": "Lessons",
           "minutes": "min", "index": "All lessons", "previous": "Previous", "next": "Next",
           "intro": "Static pages of the lessons: charts and quizzes are shown, answers are not. "
                    "To answer the quizzes, open the notebooks in JupyterLab (techgeo-lessons lab).",
           "solution": "*The solution is not on this site: work the exercise in the notebook, where "
                       "**Show a solution** unfolds it.*",
           "teacher": " Teacher's edition: with the exercises' solutions."},
    "fr": {"title": "Leçons : le gouvernement américain face à TikTok, 2020-2026", "lessons": "Leçons",
           "minutes": "min", "index": "Toutes les leçons", "previous": "Précédente", "next": "Suivante",
           "intro": "Pages statiques des leçons\u00a0: graphiques et quiz sont affichés, pas les réponses. "
                    "Pour répondre aux quiz, ouvrez les notebooks dans JupyterLab (techgeo-lessons lab).",
           "solution": "*La solution n'est pas sur ce site\u00a0: faites l'exercice dans le notebook, où "
                       "**Show a solution** la déplie.*",
           "teacher": " Édition de l'enseignant\u00a0: avec les solutions des exercices."},
}

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
ul.lessons{list-style:none;padding-left:0}
li.lesson{margin-bottom:1.2rem} .minutes{color:#555} nav.techgeo-nav{font-family:system-ui,sans-serif;
padding:.5rem 1rem;border-bottom:1px solid #ccc;display:flex;gap:1.5rem}
"""


@dataclass
class SiteResult:
    """What :func:`build_site` wrote: the index and one page per lesson."""

    folder: Path
    pages: dict[str, Path] = field(default_factory=dict)  # slug -> page
    failed: dict[str, str] = field(default_factory=dict)  # slug -> why the lesson could not run

    @property
    def index(self) -> Path:
        """The site's front page."""
        return self.folder / "index.html"


def without_solutions(nb: Any, lang: str = "en") -> int:
    """Replace every solution cell (tag ``solution``) by a note that it is not on the site; count them.

    >>> import nbformat
    >>> cell = nbformat.v4.new_markdown_cell("<details>answer = 15</details>")
    >>> cell.metadata["tags"] = ["solution"]
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> without_solutions(nb), "15" in nb.cells[0].source
    (1, False)
    """
    import nbformat

    count = 0
    for number, cell in enumerate(nb.cells):
        if "solution" in cell.get("metadata", {}).get("tags", []):
            note = nbformat.v4.new_markdown_cell(_TEXT[lang]["solution"])
            note.id = cell.get("id", f"solution-{number}")
            nb.cells[number] = note
            count += 1
    return count


def static_quizzes(nb: Any) -> int:
    """Drop the interactive widget view from every output that also has a static form; count them.

    An output that has only the widget view (nothing to show without a kernel) is removed.

    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("quiz.show('00')")
    >>> cell.outputs = [nbformat.v4.new_output("display_data", {WIDGET_MIME: {"model_id": "x"},
    ...                                                          "text/html": "<p>Q1</p>"})]
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> static_quizzes(nb), list(nb.cells[0].outputs[0]["data"])
    (1, ['text/html'])
    """
    count = 0
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            data = output.get("data")
            if data is not None and WIDGET_MIME in data:
                count += 1
                del data[WIDGET_MIME]
                if not data:
                    continue
            kept.append(output)
        cell["outputs"] = kept
    nb.metadata.pop("widgets", None)
    return count


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _execute(nb: Any, folder: Path, timeout: int) -> None:
    """Run ``nb`` in a fresh kernel; Ctrl-C stops the kernel and raises ``KeyboardInterrupt`` here.

    The client runs in a worker thread: nbclient, in the main thread, would take Ctrl-C for itself
    and turn it into a failed lesson, and the build would go on to the next one.
    """
    from nbclient import NotebookClient

    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(folder)}})
    failure: list[BaseException] = []

    def work() -> None:
        try:
            client.execute()
        except BaseException as err:  # handed to the main thread
            failure.append(err)

    worker = threading.Thread(target=work, name="techgeo-lesson", daemon=True)
    try:
        worker.start()
        while worker.is_alive():
            worker.join(0.2)
    except KeyboardInterrupt:
        _stop(client, worker)
        raise
    if failure:
        raise failure[0]


def _stop(client: Any, worker: threading.Thread) -> None:
    """Stop the lesson's kernel (once it has started) and let the client clean up, within 30 seconds."""
    deadline = time.monotonic() + 30
    while worker.is_alive() and time.monotonic() < deadline:
        pid = getattr(getattr(getattr(client, "km", None), "provisioner", None), "pid", None)
        if pid:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            worker.join(max(0.0, deadline - time.monotonic()))  # the client sees the kernel gone and cleans up
            return
        worker.join(0.1)  # the kernel is still starting: wait for its PID


def _nav(lesson: Lesson, previous: Lesson | None, following: Lesson | None, lang: str) -> str:
    text = _TEXT[lang]
    links = [f'<a href="index.html">{text["index"]}</a>']
    if previous:
        links.append(f'<a href="{previous.slug}.html" rel="prev">← {text["previous"]}: '
                     f'{html_lib.escape(previous.title_in(lang))}</a>')
    if following:
        links.append(f'<a href="{following.slug}.html" rel="next">{text["next"]}: '
                     f'{html_lib.escape(following.title_in(lang))} →</a>')
    return f'<nav class="techgeo-nav">{" ".join(links)}</nav>'


def _page(body: str, nav: str, slugs: set[str]) -> str:
    def relink(match: re.Match[str]) -> str:
        target = match.group(2)
        name = target.rsplit("/", 1)[-1]
        if name in slugs:
            return f'{match.group(1)}{name}.html{match.group(3) or ""}"'
        return match.group(0)

    body = _NOTEBOOK_LINK.sub(relink, body)
    body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + nav, body, count=1)
    return re.sub(r"(</body>)", lambda m: nav + m.group(1), body, count=1)


def index_html(items: Sequence[Lesson], lang: str = "en", teacher: bool = False) -> str:
    """The front page: every lesson with its title, time and objectives, linked to its page."""
    text = _TEXT[lang]
    intro = text["intro"] + (text["teacher"] if teacher else "")
    rows = []
    for lesson in items:
        objectives = "".join(f"<li>{html_lib.escape(o)}</li>" for o in lesson.objectives_in(lang))
        minutes = (f' <span class="minutes">({lesson.minutes} {text["minutes"]})</span>'
                   if lesson.minutes else "")
        rows.append(f'<li class="lesson"><a href="{lesson.slug}.html">{html_lib.escape(lesson.number)} '
                    f'{html_lib.escape(lesson.title_in(lang))}</a>{minutes}<ul>{objectives}</ul></li>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html_lib.escape(text['title'])}</title><style>{_STYLE}</style></head>\n"
            f"<body><h1>{html_lib.escape(text['title'])}</h1><p>{html_lib.escape(intro)}</p>"
            f"<h2>{text['lessons']}</h2><ul class=\"lessons\">{''.join(rows)}</ul></body>\n</html>\n")


def build_site(output: str | Path, *, execute: bool = True, lang: str = "en",
               source: str | Path | None = None, only: Sequence[str] | None = None,
               timeout: int = 600, progress: Any = None, force: bool = False,
               teacher: bool = False) -> SiteResult:
    """Write the lessons as an HTML site in ``output`` and return what was written.

    The learner's site (the default) holds no solution code; ``teacher=True`` builds the site of
    the teacher's edition (``notebooks/teacher/``), with the solutions run.

    ``only`` limits the site to lesson numbers or slugs (``["00", "02-timeline"]``). A lesson that
    fails to run is reported in ``failed`` and left out; the other pages are still written.
    ``progress`` is called with a message before each lesson.

    The site is built beside ``output`` and swapped in whole (see :mod:`lessons_lib.output`): an
    ``output`` holding files an earlier build did not write is refused with
    :class:`~lessons_lib.output.ForeignFiles` unless ``force``, and Ctrl-C (``KeyboardInterrupt``)
    stops the build at once and leaves the old site as it was.
    """
    if lang not in _TEXT:
        raise ValueError(f"language {lang!r} is not available; choose one of: {', '.join(_TEXT)}")
    items = lessons(source)
    if only:
        wanted = set(only)
        unknown = wanted - {x.number for x in items} - {x.slug for x in items}
        if unknown:
            raise ValueError(f"no lesson {', '.join(sorted(unknown))}; the lessons are: "
                             f"{', '.join(x.number for x in items)}")
        items = [x for x in items if x.number in wanted or x.slug in wanted]
    if teacher:
        items = [replace(x, path=x.path.parent / "teacher" / x.path.name) for x in items]
    target = Path(output)
    with replacing(target, "HTML site", force) as folder:
        result = _write_site(folder, items, execute, lang, timeout, progress, teacher)
    result.folder = target
    result.pages = {slug: target / page.name for slug, page in result.pages.items()}
    return result


def _write_site(folder: Path, items: list[Lesson], execute: bool, lang: str, timeout: int,
                progress: Any, teacher: bool) -> SiteResult:
    import nbformat
    from nbconvert import HTMLExporter

    result = SiteResult(folder)
    exporter = HTMLExporter(template_name="lab")
    slugs = {x.slug for x in items}
    written: list[Lesson] = []
    with tempfile.TemporaryDirectory(prefix="techgeo-site-results-") as scratch, \
            _environment(TECHGEO_LANG=lang, TECHGEO_RESULTS_DIR=scratch, MPLBACKEND="agg"):
        for lesson in items:
            if progress:
                progress(f"{'Running' if execute else 'Converting'} {lesson.slug}...")
            nb = nbformat.read(lesson.path, as_version=4)
            if execute:
                try:
                    _execute(nb, lesson.path.parent, timeout)
                except Exception as err:  # a lesson that fails is reported, the site still builds
                    message = str(err).strip()
                    result.failed[lesson.slug] = message.splitlines()[-1] if message else repr(err)
                    continue
            static_quizzes(nb)
            if not teacher:
                without_solutions(nb, lang)
            body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": lesson.title_in(lang)}})
            written.append(lesson)
            result.pages[lesson.slug] = folder / f"{lesson.slug}.html"
            result.pages[lesson.slug].write_text(body, encoding="utf-8")
    for i, lesson in enumerate(written):
        page = result.pages[lesson.slug]
        previous = written[i - 1] if i else None
        following = written[i + 1] if i + 1 < len(written) else None
        nav = _nav(lesson, previous, following, lang)
        text = _page(page.read_text(encoding="utf-8"), nav, slugs & set(result.pages))
        page.write_text(text, encoding="utf-8")
    result.index.write_text(index_html(written, lang, teacher), encoding="utf-8")
    return result
