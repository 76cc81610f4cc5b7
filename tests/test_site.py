"""The static HTML site: every page, every internal link, charts as images, quizzes without answers."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from lessons_lib.course.catalogue import lessons
from lessons_lib.schema import data_dir
from lessons_lib.site import build_site


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "img" and values.get("src"):
            self.images.append(values["src"] or "")


def _answer_texts(slug: str) -> list[str]:
    """Strings of the quiz bank that only a learner who answered may see: feedback and explanations."""
    import yaml

    path = data_dir() / "quizzes" / f"{slug}.yaml"
    if not path.is_file():
        return []
    bank = yaml.safe_load(path.read_text(encoding="utf-8"))
    secrets = []
    for question in bank.get("questions", []):
        for text in [question.get("explanation"), *(o.get("feedback") for o in question.get("options", []))]:
            if isinstance(text, dict):
                secrets += [t for t in text.values() if isinstance(t, str) and len(t) > 25]
    return secrets


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    return build_site(tmp_path_factory.mktemp("site"), execute=False)


def test_every_lesson_has_a_page_and_the_index_links_them(site) -> None:
    assert site.failed == {}
    expected = {x.slug for x in lessons()}
    assert set(site.pages) == expected and expected
    index = site.index.read_text(encoding="utf-8")
    for lesson in lessons():
        assert f'href="{lesson.slug}.html"' in index
        assert lesson.title_in("en").replace("'", "&#x27;") in index


def test_every_internal_link_resolves(site) -> None:
    for page in [site.index, *site.pages.values()]:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for href in parser.links:
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("#", "mailto:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page.name}: link {href!r} points to nothing"


def test_charts_are_images_and_quizzes_are_static_without_answers(site) -> None:
    for lesson in lessons():
        page = site.pages[lesson.slug].read_text(encoding="utf-8")
        notebook = lesson.path.read_text(encoding="utf-8")
        parser = _Links()
        parser.feed(page)
        charts = notebook.count('"image/png"')
        assert sum(src.startswith("data:image/png;base64,") for src in parser.images) >= charts
        assert "application/vnd.jupyter.widget-view+json" not in page
        if "quiz.show(" in notebook:
            assert re.search(r"Quiz: |Quiz : ", page), f"{lesson.slug}: no static quiz on the page"
        for secret in _answer_texts(lesson.slug):
            assert secret not in page and secret.replace("'", "&#x27;") not in page, (
                f"{lesson.slug}: an answer text leaks into the site: {secret[:60]!r}")


@pytest.mark.slow
def test_html_command_executes_a_lesson(tmp_path: Path) -> None:
    from lessons_lib.cli import main

    first = lessons()[0]
    assert main(["html", "--output", str(tmp_path), "--lessons", first.number, "--lang", "fr"]) == 0
    assert (tmp_path / f"{first.slug}.html").is_file()
    assert 'lang="fr"' in (tmp_path / "index.html").read_text(encoding="utf-8")


def _solution_lines(slug: str) -> list[str]:
    """The code lines of a lesson's solutions, as the teacher's edition runs them."""
    import json

    teacher = lessons()[0].path.parent / "teacher" / f"{slug}.ipynb"
    cells = json.loads(teacher.read_text(encoding="utf-8"))["cells"]
    def lines(solutions: bool) -> set[str]:
        return {line.strip() for c in cells if ("solution" in c["metadata"].get("tags", [])) == solutions
                for line in "".join(c["source"]).splitlines() if len(line.strip()) > 20}

    return sorted(lines(True) - lines(False))  # a line the lesson itself also shows gives nothing away


def _page_text(page: Path) -> str:
    """What a reader sees of a page: tags removed (code is split into highlighted spans), entities decoded."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


def test_the_learners_site_holds_no_solution_code(site) -> None:
    for lesson in lessons():
        text = _page_text(site.pages[lesson.slug])
        if lesson.number != "00":
            assert "The solution is not on this site" in text
        for line in _solution_lines(lesson.slug):
            assert line not in text, f"{lesson.slug}: solution code on the learner's site: {line!r}"


def test_the_teachers_site_shows_the_solutions(tmp_path: Path) -> None:
    teacher = build_site(tmp_path, execute=False, only=["01"], teacher=True)
    text = _page_text(teacher.pages["01-story-in-numbers"])
    lines = _solution_lines("01-story-in-numbers")
    assert len(lines) >= 3 and all(line in text for line in lines)  # the same check finds them here
    assert "Teacher's edition" in _page_text(teacher.index)
