"""The course site (Sphinx + myst-nb + sphinx-book-theme): pages, links, languages, no answers, launch
buttons, offline in a real browser, and axe-core's accessibility rules.

Two sites are built once for the module, from the stored outputs: the learner's site in English and
French with every launch button configured, and the teacher's site with none. The browser tests load
every page of both once (:func:`browsed`): failed requests and axe's violations are recorded there.
"""

from __future__ import annotations

import functools
import html
import http.server
import itertools
import json
import os
import re
import threading
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from lessons_lib.course.catalogue import lessons, lessons_source
from lessons_lib.course.site import Launch, SiteResult, build_site
from lessons_lib.schema import data_dir

ROOT = Path(__file__).resolve().parent.parent
AXE = Path(os.environ.get("TECHGEO_AXE", ROOT / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js"))
LAUNCH = Launch(repository="https://github.com/example-school/techgeo-lessons", branch="class-2026",
                jupyterhub_url="https://hub.example-school.org", binderhub_url="https://mybinder.org",
                colab=True, jupyterlite_url="https://example-school.org/lite")
LANGS = ("en", "fr")


class _Page(HTMLParser):
    """Links and images of a page, the headings of its article (not the print-only title), its lang."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[dict[str, str | None]] = []
        self.headings: list[int] = []
        self.lang: str | None = None
        self._main = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "article":
            self._main += 1
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "img":
            self.images.append(values)
        if self._main and re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._main -= 1


def _parse(page: Path) -> _Page:
    parser = _Page()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _text(page: Path, whole: bool = False) -> str:
    """What a reader sees of a page's article (``whole``: of the page): tags removed, entities decoded.

    Code is split into highlighted spans; removing the tags gives it back as written.
    """
    body = re.sub(r"<!--.*?-->", "", page.read_text(encoding="utf-8"), flags=re.S)
    body = re.sub(r"<(script|style)\b.*?</\1>", "", body, flags=re.S)
    if not whole:
        body = body[body.index('<article class="bd-article"'):body.index("</article>")]
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def _built(folder: Path, name: str, **options: object) -> SiteResult:
    result = build_site(folder / "_site", **options)  # type: ignore[arg-type]
    print(f"\n{name}: {result.seconds:.1f} s, {len(result.all_pages())} pages, {result.size / 1e6:.1f} MB")
    return result


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> SiteResult:
    """The learner's site, English and French, every launch button configured."""
    return _built(tmp_path_factory.mktemp("site"), "learner's site", launch=LAUNCH)


@pytest.fixture(scope="module")
def teacher(tmp_path_factory: pytest.TempPathFactory) -> SiteResult:
    """The teacher's site, English and French, no launch button configured."""
    return _built(tmp_path_factory.mktemp("teacher"), "teacher's site", teacher=True)


def test_every_lesson_has_a_page_in_both_languages_and_the_index_lists_it(site: SiteResult) -> None:
    assert site.failed == {} and site.warnings == []
    for lang in LANGS:
        expected = {x.slug for x in lessons(lessons_source(lang))}
        assert set(site.pages[lang]) == expected and len(expected) == 10
        index = _text(site.home(lang))
        for lesson in lessons(lessons_source(lang)):
            assert f"{lesson.number} · {lesson.title_in(lang)}" in index
            assert f"{lesson.minutes}\u00a0min" in index
            assert all(objective in index for objective in lesson.objectives_in(lang))
            assert f'href="{lesson.slug}.html"' in site.home(lang).read_text(encoding="utf-8")
    assert 'url=en/index.html' in site.index.read_text(encoding="utf-8")
    assert "The rocket at the top of a lesson's page opens it" in _text(site.home("en"))  # buttons configured


def test_every_internal_link_resolves(site: SiteResult, teacher: SiteResult) -> None:
    checked = 0
    for page in [*site.all_pages(), *teacher.all_pages()]:
        for href in _parse(page).links:
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("#", "mailto:")) or not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page}: link {href!r} points to nothing"
            checked += 1
    assert checked > 500


def test_each_page_links_to_the_same_page_in_the_other_language(site: SiteResult) -> None:
    for lang, other, words in (("en", "fr", "Cette page en français"), ("fr", "en", "This page in English")):
        for slug, page in [("index", site.home(lang)), *site.pages[lang].items()]:
            body = page.read_text(encoding="utf-8")
            match = re.search(rf'<a class="techgeo-language[^"]*" href="([^"]+)" hreflang="{other}"', body)
            assert match and match.group(1) == f"../{other}/{slug}.html", f"{lang}/{slug}: no language link"
            assert words in _text(page, whole=True)
            assert _parse(page).lang == lang
            assert _parse(page.parent.parent / other / f"{slug}.html").lang == other


def test_the_french_site_speaks_french(site: SiteResult) -> None:
    page = site.pages["fr"]["02-timeline"]
    text = _text(page, whole=True)
    assert "02 · Chronologie d'un bras de fer" in _text(page)
    for theirs in ("Recherche", "Contenu", "Leçons"):
        assert theirs in text, f"{theirs!r} is not on the French page"  # the themes' strings, and ours
    body = page.read_text(encoding="utf-8")
    labels = re.findall(r'(?:aria-label|title|placeholder)="([^"]+)"', body)
    for theirs in ("Téléchargez cette page", "Imprimer au format PDF", "Sombre", "Rechercher dans les leçons...",
                   "Afficher ou masquer la liste des leçons", "page suivante"):
        assert theirs in labels, f"{theirs!r} is not a label of the French page"
    english = [x for x in labels if re.search(r"\b(Search|Toggle|Download|Contents|Light|Dark)\b", x)]
    assert english == [] and "Search" not in text and "Contents" not in text
    assert "Quiz\u00a0: " in _text(page), "no French quiz on the French page"


def test_each_lesson_page_starts_with_its_time_questions_and_objectives(site: SiteResult) -> None:
    words = {"en": ("Time:", "Questions this lesson answers", "Objectives"),
             "fr": ("Durée :", "Les questions de la leçon", "Objectifs")}
    for lang in LANGS:
        for slug, page in site.pages[lang].items():
            body = page.read_text(encoding="utf-8")
            article = body[body.index('<article class="bd-article"'):]
            top = html.unescape(re.sub(r"<[^>]+>", "", article[:article.index("<h2")]))  # above the first part
            for word in words[lang]:
                assert word in top.replace("\u00a0", " "), f"{lang}/{slug}: {word!r} is not above the first section"


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


def test_charts_have_their_description_as_alt_text_and_quizzes_are_static_without_answers(site: SiteResult) -> None:
    charts = 0
    for lang in LANGS:
        for lesson in lessons(lessons_source(lang)):
            page = site.pages[lang][lesson.slug]
            body = page.read_text(encoding="utf-8")
            notebook = lesson.path.read_text(encoding="utf-8")
            images = [x for x in _parse(page).images if "_images/" in (x.get("src") or "")]
            assert len(images) == notebook.count('"image/png"'), f"{lang}/{lesson.slug}: charts missing"
            for image in images:
                alt = image.get("alt") or ""
                assert len(alt) > 40 and not alt.startswith(("<", "A chart")), f"{lang}/{lesson.slug}: alt {alt!r}"
                assert alt in " ".join(_text(page).split()), "the alt text is the description printed on the page"
                charts += 1
            assert "application/vnd.jupyter.widget" not in body
            if "quiz.show(" in notebook:
                assert re.search(r"Quiz\s?: ", _text(page)), f"{lesson.slug}: no static quiz on the page"
            for secret in _answer_texts(lesson.slug):
                assert secret not in body and html.escape(secret) not in body, (
                    f"{lang}/{lesson.slug}: an answer text leaks into the site: {secret[:60]!r}")
    assert charts >= 20


def test_headings_follow_each_other_on_every_page(site: SiteResult, teacher: SiteResult) -> None:
    pages = 0
    for page in [*site.all_pages(), *teacher.all_pages()]:
        if page.name == "search.html" or page.parent in (site.folder, teacher.folder):
            continue  # Sphinx's search page has no article (axe checks its one heading); the redirect page
        levels = _parse(page).headings
        assert levels and levels[0] == 1 and levels.count(1) == 1, f"{page}: headings {levels}"
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, f"{page}: h{before} followed by h{after}"
        pages += 1
    assert pages >= 4 * 11


def _lines(notebook: Path, solutions: bool) -> set[str]:
    """The longer lines of a notebook's solution cells (``solutions``) or of its other cells."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return {line.strip() for c in cells if ("solution" in c["metadata"].get("tags", [])) == solutions
            for line in "".join(c["source"]).splitlines() if len(line.strip()) > 20}


def _solution_lines(slug: str, lang: str) -> list[str]:
    """The code lines of a lesson's solutions, as the teacher's edition runs them."""
    teacher = lessons_source(lang) / "teacher" / f"{slug}.ipynb"
    return sorted(_lines(teacher, True) - _lines(teacher, False))  # a line the lesson also shows gives nothing away


def test_the_learners_site_holds_no_solution_code_in_any_file(site: SiteResult) -> None:
    files = [p for p in site.folder.rglob("*") if p.is_file() and p.suffix in (".html", ".js", ".ipynb", ".txt")]
    everything = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    readable = html.unescape(re.sub(r"<[^>]+>", "", everything))
    shown = set().union(*(_lines(path, False) for lang in LANGS
                          for path in (lessons_source(lang) / "teacher").glob("[0-9]*.ipynb")))
    assert "answer_key" not in everything
    found = 0
    for lang in LANGS:
        for lesson in lessons(lessons_source(lang)):
            text = _text(site.pages[lang][lesson.slug])
            if lesson.number != "00":
                note = "The solution is not on this site" if lang == "en" else "La solution n'est pas sur ce site"
                assert note in text
            for line in _solution_lines(lesson.slug, lang):
                found += 1
                assert line not in text, f"{lang}/{lesson.slug}: solution code on the learner's page: {line!r}"
                if line not in shown:  # in no lesson outside a solution: it must be in no file of the site
                    assert line not in everything and line not in readable, (
                        f"{lang}/{lesson.slug}: solution code in a file of the learner's site: {line!r}")
    assert found > 40
    assert not (site.folder / "en" / "teacher-notes").exists()


def test_the_teachers_site_shows_the_solutions_and_the_teacher_notes(teacher: SiteResult) -> None:
    for lang in LANGS:
        text = _text(teacher.pages[lang]["01-story-in-numbers"])
        lines = _solution_lines("01-story-in-numbers", lang)
        assert len(lines) >= 3 and all(line in text for line in lines)  # the same check finds them here
        notes = ROOT / "docs" / "teacher-notes" / ("" if lang == "en" else lang)
        expected = {p.stem for p in notes.glob("[0-9]*.md")}
        assert set(teacher.notes[lang]) == expected and len(expected) == 9
        index = _text(teacher.home(lang))
        assert ("Teacher's edition" if lang == "en" else "Édition de l'enseignant") in index
        note = _text(teacher.notes[lang]["02-timeline"])
        assert ("Discussion prompts" if lang == "en" else "Pistes de débat") in note


def _launch_links(page: Path) -> dict[str, str]:
    body = page.read_text(encoding="utf-8")
    group = re.search(r'<div class="dropdown dropdown-launch-buttons">(.*?)</div>', body, re.S)
    if not group:
        return {}
    return {html.unescape(m.group(2)).strip(): html.unescape(m.group(1))
            for m in re.finditer(r'<a href="([^"]+)".*?btn__text-container">([^<]+)<', group.group(1), re.S)}


def test_configured_launch_buttons_open_the_lesson_in_the_right_place(site: SiteResult) -> None:
    links = _launch_links(site.pages["en"]["02-timeline"])
    assert set(links) == {"JupyterHub", "Binder", "Colab", "JupyterLite"}
    hub = urlsplit(links["JupyterHub"])
    query = {k: v[0] for k, v in parse_qs(hub.query).items()}
    assert f"{hub.scheme}://{hub.netloc}{hub.path}" == "https://hub.example-school.org/hub/user-redirect/git-pull"
    assert query == {"repo": LAUNCH.repository, "branch": "class-2026",
                     "urlpath": "lab/tree/techgeo-lessons/notebooks/02-timeline.ipynb"}
    assert links["Binder"] == ("https://mybinder.org/v2/gh/example-school/techgeo-lessons/class-2026"
                               "?urlpath=lab/tree/notebooks/02-timeline.ipynb")
    assert links["Colab"] == ("https://colab.research.google.com/github/example-school/techgeo-lessons/blob/"
                              "class-2026/notebooks/02-timeline.ipynb")
    assert links["JupyterLite"] == "https://example-school.org/lite/lab/index.html?path=02-timeline.ipynb"
    french = _launch_links(site.pages["fr"]["02-timeline"])
    assert set(french) == {"JupyterHub", "Binder", "Colab"}  # the JupyterLite build holds the English lessons
    assert french["Binder"].endswith("?urlpath=lab/tree/notebooks/fr/02-timeline.ipynb")
    for lang in LANGS:
        assert all(_launch_links(page) for page in site.pages[lang].values())
        assert not _launch_links(site.home(lang))  # not a notebook: nothing to launch


def test_no_launch_button_and_no_placeholder_when_nothing_is_configured(teacher: SiteResult) -> None:
    for page in teacher.all_pages():
        body = page.read_text(encoding="utf-8")
        assert not _launch_links(page) and "launch-buttons" not in body, f"{page}: a launch button"
        for placeholder in ("mybinder", "colab.research", "git-pull", "OWNER/REPO", "example.org"):
            assert placeholder not in body, f"{page}: {placeholder!r}"
    assert "The rocket" not in _text(teacher.home("en")) and "La fusée" not in _text(teacher.home("fr"))


@pytest.mark.slow
def test_html_command_runs_a_lesson_and_reads_the_launch_configuration(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from lessons_lib.cli import main

    (tmp_path / "pyproject.toml").write_text(
        '[tool.techgeo-lessons.site]\nrepository = "https://github.com/example-school/techgeo-lessons"\n'
        'binderhub_url = "https://mybinder.org"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = lessons()[0]
    assert main(["html", "--lessons", first.number, "--lang", "fr", "--execute"]) == 0
    out = capsys.readouterr().out
    assert "Running fr/00-start-here" in out and "Launch buttons: Binder." in out
    page = tmp_path / "_site" / "fr" / f"{first.slug}.html"
    assert _parse(page).lang == "fr" and set(_launch_links(page)) == {"Binder"}
    assert not (tmp_path / "_site" / "en").exists() and "techgeo-language" not in page.read_text(encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.techgeo-lessons.site]\nhub = "x"\n', encoding="utf-8")
    assert main(["html", "--lessons", first.number]) == 3
    assert "unknown key 'hub' in [tool.techgeo-lessons.site]" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# In a real browser: offline, search, axe-core


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(site: SiteResult, teacher: SiteResult):
    """Both sites over HTTP on 127.0.0.1 (search loads its index with a script tag; a server is what hosts do)."""
    root = site.folder.parent.parent
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browsed(browser: object, served: tuple[Path, str], site: SiteResult, teacher: SiteResult,
            artifacts: Path) -> dict:
    """Every page of both sites loaded once with every other host refused; failures and axe's violations."""
    if not AXE.is_file():
        from conftest import browser_required

        message = f"axe-core is absent ({AXE}; .ci/run installs it: npm install --prefix .ci/node axe-core@4)"
        if browser_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    root, base = served
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    outside: list[str] = []
    failed: list[str] = []

    def route(request_route: object) -> None:
        url = request_route.request.url  # type: ignore[attr-defined]
        if url.startswith(base):
            request_route.continue_()  # type: ignore[attr-defined]
        else:
            outside.append(url)
            request_route.abort()  # type: ignore[attr-defined]

    context.route("**/*", route)
    page = context.new_page()
    page.on("requestfailed", lambda request: failed.append(f"{request.url} ({request.failure})"))
    page.on("response", lambda response: failed.append(f"{response.status} {response.url}")
            if response.status >= 400 else None)
    violations: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    pages = [p for p in [*site.all_pages(), *teacher.all_pages()] if p.parent not in (site.folder, teacher.folder)]
    tabs = [page, context.new_page()]  # two pages at a time: axe runs in both renderers at once
    tabs[1].on("requestfailed", lambda request: failed.append(f"{request.url} ({request.failure})"))
    tabs[1].on("response", lambda response: failed.append(f"{response.status} {response.url}")
               if response.status >= 400 else None)
    started = time.monotonic()
    for first in range(0, len(pages), len(tabs)):
        batch = list(zip(tabs, pages[first:first + len(tabs)], strict=False))
        for tab, path in batch:
            tab.goto(base + path.relative_to(root).as_posix(), wait_until="load")
            tab.add_script_tag(path=str(AXE))
            tab.evaluate("() => { window.techgeoAxe = axe.run(document, {resultTypes: ['violations']}); }")
        for tab, path in batch:
            found = tab.evaluate("""async () => (await window.techgeoAxe).violations.map(
                v => [v.id, v.impact, v.nodes.length, v.nodes[0].target.join(' ')])""")
            for rule, impact, count, target in found:
                violations[(rule, impact)] += count
                examples.setdefault((rule, impact), f"{path.relative_to(root).as_posix()}: {target}")
    seconds = time.monotonic() - started
    redirect = context.new_page()
    redirect.goto(base + site.index.relative_to(root).as_posix())
    redirect.wait_for_url("**/en/index.html")
    context.close()
    summary = [f"{len(pages)} pages loaded and checked with axe-core in {seconds:.0f} s; "
               f"{len(outside)} requests to other hosts, {len(failed)} failed"]
    summary += [f"  axe {rule} ({impact}): {count} nodes, e.g. {examples[(rule, impact)]}"
                for (rule, impact), count in sorted(violations.items())]
    print("\n" + "\n".join(summary))  # pytest -s shows it; test-artifacts/site-axe.txt keeps it
    (artifacts / "site-axe.txt").write_text("\n".join(summary) + "\n", encoding="utf-8")
    return {"pages": pages, "outside": outside, "failed": failed, "violations": violations, "examples": examples}


@pytest.mark.browser
def test_every_page_loads_with_every_other_host_refused_and_no_request_fails(browsed: dict) -> None:
    assert len(browsed["pages"]) >= 4 * 12 + 18
    assert browsed["outside"] == [], f"requests to other hosts: {sorted(set(browsed['outside']))[:10]}"
    assert browsed["failed"] == [], f"failed requests: {browsed['failed'][:10]}"


@pytest.mark.browser
def test_axe_core_finds_no_serious_or_critical_violation_on_any_page(browsed: dict) -> None:
    serious = {key: n for key, n in browsed["violations"].items() if key[1] in ("serious", "critical")}
    assert serious == {}, "; ".join(f"{rule} ({impact}) x{n}: {browsed['examples'][(rule, impact)]}"
                                   for (rule, impact), n in serious.items())


@pytest.mark.browser
def test_search_finds_a_lesson_from_the_static_files_in_both_languages(
        browser: object, served: tuple[Path, str], site: SiteResult, artifacts: Path) -> None:
    root, base = served
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
    page = context.new_page()
    try:
        for lang, word in (("en", "Oracle"), ("fr", "Oracle")):
            home = site.home(lang).relative_to(root).as_posix()
            page.goto(base + home)
            page.keyboard.press("Control+k")  # the theme's search dialog, as a reader opens it
            field = page.locator("#pst-search-dialog input[name=q]")
            field.fill(word)
            field.press("Enter")
            page.wait_for_url("**/search.html?q=*")
            results = page.locator("#search-results ul.search li a")
            results.first.wait_for(timeout=15_000)
            found = {urlsplit(x).path.rsplit("/", 1)[-1] for x in results.evaluate_all("els => els.map(e => e.href)")}
            assert "05-deal-makers.html" in found and "04-where-data-lives.html" in found, found
            page.screenshot(path=str(artifacts / f"site-search-{lang}.png"))
        page.goto(base + site.pages["en"]["02-timeline"].relative_to(root).as_posix())
        page.click("a.techgeo-language")
        page.wait_for_url("**/fr/02-timeline.html")
        assert page.locator("html").get_attribute("lang") == "fr"
        assert "Chronologie" in page.locator("article h1").inner_text()
    finally:
        context.close()
