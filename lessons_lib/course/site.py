"""The course site: the lessons as a searchable, bilingual Sphinx site (myst-nb + sphinx-book-theme).

:func:`build_site` prepares one Sphinx project per language from the lesson notebooks (by default
with the outputs stored in them: the notebooks are committed executed) and builds each into
``OUTPUT/en`` and ``OUTPUT/fr``, with an ``OUTPUT/index.html`` that opens the first language.
Sphinx, myst-nb and sphinx-book-theme give the pages, the sidebar of lessons, search from the
static files, dark mode and the theme's strings in the page's language; this module writes only
the glue they cannot know about:

- the learner's site holds no solution (:func:`without_solutions`) and shows each quiz in its
  static form, never its answers (:func:`static_quizzes`); ``teacher=True`` builds the teacher's
  edition, with the solutions run and the teacher notes (``docs/teacher-notes``);
- every chart image gets its description as alt text (:func:`chart_alt_texts`), and a quiz's
  heading takes the level that follows the page's headings (:func:`quiz_heading_levels`);
- each page links to the same page in the other language, and carries the launch buttons that
  the site's configuration asks for (:func:`launch_links`), none when nothing is configured;
- nothing is fetched from another host: MathJax, thebe and the widget scripts are turned off.

This module is also the Sphinx extension the generated ``conf.py`` loads (:func:`setup`).

>>> render_index([], "fr", teacher=False).splitlines()[0]
'# Le gouvernement américain face à TikTok, 2020-2026'
"""

from __future__ import annotations

import html as html_lib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from lessons_lib.course.catalogue import Lesson, lessons, lessons_source
from lessons_lib.course.output import replacing
from lessons_lib.course.words import N_, gettext

__all__ = [
    "LANGUAGES",
    "Launch",
    "SiteResult",
    "build_site",
    "chart_alt_texts",
    "launch_config",
    "launch_links",
    "missing_packages",
    "quiz_heading_levels",
    "render_index",
    "static_quizzes",
    "without_solutions",
]

LANGUAGES = ("en", "fr")
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
INSTALL_HINT = 'pip install "techgeo-lessons[site]"'
_MODULES = {"sphinx": "sphinx", "myst_nb": "myst-nb", "sphinx_book_theme": "sphinx-book-theme"}

# the site's own words (cli catalogue)
_WORDS = {
    'title': N_('Lessons: the US government vs TikTok, 2020-2026'),
    'lessons': N_('Lessons'),
    'heading': N_('The US government vs TikTok, 2020-2026'),
    'minutes': N_('min'),
    'intro': N_('The lessons as web pages: charts and quizzes are shown, answers are not. To answer '
                'the quizzes and run the code, open a lesson in JupyterLab (`techgeo-lessons lab`).'),
    'launch': N_(" The rocket at the top of a lesson's page opens it in a running Jupyter."),
    'teacher': N_("**Teacher's edition**: the exercises' solutions are run on each page, and the "
                  "teacher notes follow the lessons. Hand out the learner's site, not this one."),
    'notes': N_('Teacher notes'),
    'solution': N_('*The solution is not on this site: work the exercise in the notebook, where '
                   '**Show a solution** unfolds it.*'),
    'lesson': N_('Lesson'),
    'time': N_('Time'),
    'objectives': N_('You will be able to'),
    'case': N_('Jupyter lessons on tech geopolitics around one real case, **the US government against'
               ' TikTok**, from the orders of August 2020 to the joint venture of January 2026. Every'
               ' figure comes from a table whose rows carry their source, and a French news report of'
               ' August 2020 is read as data.'),
    'search': N_('Search the lessons...'),
    'menu': N_('Show or hide the list of lessons'),
    'toc': N_('Show or hide the contents of this page'),
}
# TRANSLATORS: the name of your language, written in your language
_LANGUAGE_NAME = N_("English")
# TRANSLATORS: the link to this page in your language, shown on the other language's pages
_THIS_PAGE = N_("This page in English")


def _text(lang: str) -> dict[str, str]:
    """The site's words in ``lang``; the language link is written in the other language (its own catalogue)."""
    other = next(x for x in LANGUAGES if x != lang)
    words = {key: gettext(message, lang) for key, message in _WORDS.items()}
    return {**words, "language": gettext(_LANGUAGE_NAME, lang), "other": gettext(_LANGUAGE_NAME, other),
            "switch": gettext(_THIS_PAGE, other)}


# ---------------------------------------------------------------------------------------------
# What a page may show: the notebook, prepared


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
            note = nbformat.v4.new_markdown_cell(_text(lang)["solution"])
            note.id = cell.get("id", f"solution-{number}")
            nb.cells[number] = note
            count += 1
    return count


def static_quizzes(nb: Any) -> int:
    """Drop the interactive widget view from every output that also has a static form; count them.

    An output that has only the widget view (nothing to show without a kernel) is removed, and so
    is the notebook's saved widget state (myst-nb would load the widget scripts from a CDN for it).

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


def _stream_text(cell: Any) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", [])
                   if o.get("output_type") == "stream" and o.get("name") == "stdout").strip()


def chart_alt_texts(nb: Any) -> int:
    """Give every image output its chart's description as alt text; count the images.

    A lesson prints ``charts.describe(fig)`` and then shows ``fig``, in the same cell or in the
    next one; the stored PNG carries no alt text, so the printed sentence becomes its ``alt``
    (myst-nb reads it from the cell's ``mystnb.image`` metadata). An image with no printed
    description gets its ``text/plain`` form (the chart's title), never an empty alt.

    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("print(charts.describe(fig)); fig")
    >>> cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="Bars of 3 votes.\\n"),
    ...                 nbformat.v4.new_output("execute_result", {"image/png": "iVBO",
    ...                                                           "text/plain": "<chart>"})]
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> chart_alt_texts(nb), nb.cells[0].metadata["mystnb"]["image"]["alt"]
    (1, 'Bars of 3 votes.')
    """
    count = 0
    previous = ""
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            previous = ""
            continue
        own = _stream_text(cell)
        images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        if images:
            plain = images[0]["data"].get("text/plain", "")
            plain = "".join(plain) if isinstance(plain, list) else plain
            alt = own or previous or plain.strip("<>") or "A chart"
            cell.metadata.setdefault("mystnb", {}).setdefault("image", {})["alt"] = " ".join(alt.split())
            count += len(images)
        previous = own
    return count


_HEADING = re.compile(r"^(#{1,6})\s", re.M)
_QUIZ_HEADING = re.compile(r"<h(\d)>(.*?)</h\1>", re.S)


def quiz_heading_levels(nb: Any) -> int:
    """Set the heading of each static quiz one level below the page's last heading before it; count them.

    A quiz's static HTML titles itself ``<h4>``; under a ``##`` section that skips a level, which a
    screen reader's outline reports. The heading levels of the page then follow each other.

    >>> import nbformat
    >>> md = nbformat.v4.new_markdown_cell("## Quiz")
    >>> cell = nbformat.v4.new_code_cell("quiz.show('00')")
    >>> html = '<section class="techgeo-quiz-static"><h4>Quiz: x</h4></section>'
    >>> cell.outputs = [nbformat.v4.new_output("display_data", {"text/html": html})]
    >>> nb = nbformat.v4.new_notebook(cells=[md, cell])
    >>> quiz_heading_levels(nb), nb.cells[1].outputs[0]["data"]["text/html"]
    (1, '<section class="techgeo-quiz-static"><h3>Quiz: x</h3></section>')
    """
    count = 0
    level = 1
    for cell in nb.cells:
        if cell.get("cell_type") == "markdown":
            found = _HEADING.findall(_without_fences(cell.get("source", "")))
            if found:
                level = len(found[-1])
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            page = data.get("text/html")
            if page is None:
                continue
            page = "".join(page) if isinstance(page, list) else page
            if "techgeo-quiz-static" in page:
                wanted = min(level + 1, 6)
                data["text/html"] = _QUIZ_HEADING.sub(lambda m, n=wanted: f"<h{n}>{m.group(2)}</h{n}>", page)
                count += 1
    return count


def _without_fences(text: str | list[str]) -> str:
    text = "".join(text) if isinstance(text, list) else text
    return re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)


# ---------------------------------------------------------------------------------------------
# Launch buttons


@dataclass(frozen=True)
class Launch:
    """Where a lesson page can open its notebook; an empty field leaves its button out.

    ``repository`` is the git URL of the copy of this project that holds the notebooks (the
    JupyterHub, Binder and Colab buttons need it), ``branch`` its branch. ``jupyterhub_url`` is a
    class hub with nbgitpuller installed, ``binderhub_url`` a BinderHub (``https://mybinder.org``),
    ``colab`` turns on the Colab button (GitHub repositories only), and ``jupyterlite_url`` is the
    address of a ``techgeo-lessons lite`` build (English lessons only).
    """

    repository: str = ""
    branch: str = "main"
    jupyterhub_url: str = ""
    binderhub_url: str = ""
    colab: bool = False
    jupyterlite_url: str = ""

    @classmethod
    def from_mapping(cls, values: dict[str, Any], where: str = "the site's configuration") -> Launch:
        """Read the keys of a ``[tool.techgeo-lessons.site]`` table; unknown keys are refused by name.

        >>> Launch.from_mapping({"repository": "https://github.com/o/r", "colab": True}).colab
        True
        >>> Launch.from_mapping({"hub": "x"})
        Traceback (most recent call last):
        ValueError: unknown key 'hub' in the site's configuration; the keys are: repository, branch, \
jupyterhub_url, binderhub_url, colab, jupyterlite_url
        """
        names = [f.name for f in fields(cls)]
        for key in values:
            if key not in names:
                raise ValueError(gettext("unknown key {key} in {where}; the keys are: {keys}").format(
                    key=repr(key), where=where, keys=", ".join(names)))
        cleaned: dict[str, Any] = {}
        for key, value in values.items():
            if key == "colab":
                if not isinstance(value, bool):
                    raise ValueError(gettext("{where}: colab must be true or false, not {value}").format(
                        where=where, value=repr(value)))
                cleaned[key] = value
            elif not isinstance(value, str):
                raise ValueError(gettext("{where}: {key} must be a text (a URL or a name), not {value}").format(
                    where=where, key=key, value=repr(value)))
            else:
                cleaned[key] = value.strip()
        for key in ("repository", "jupyterhub_url", "binderhub_url"):
            url = cleaned.get(key, "")
            if url and not re.match(r"^https?://[^/\s]+", url):
                raise ValueError(gettext("{where}: {key} must be an http(s) address, not {value}").format(
                    where=where, key=key, value=repr(url)))
        return cls(**cleaned)

    def merged(self, **overrides: Any) -> Launch:
        """This configuration with the non-empty ``overrides`` (the command's options) on top."""
        return replace(self, **{k: v for k, v in overrides.items() if v not in (None, "")})


def launch_config(path: str | Path | None = None) -> Launch:
    """The launch configuration: the ``[tool.techgeo-lessons.site]`` table of ``path``.

    ``path`` defaults to ``pyproject.toml`` in the current folder (no file, no table: nothing is
    configured). Any other TOML file may hold the same keys at its top level.
    """
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    explicit = path is not None
    file = Path(path) if explicit else Path("pyproject.toml")
    if not file.is_file():
        if explicit:
            raise ValueError(gettext("no configuration file {file}").format(file=file))
        return Launch()
    try:
        data: Any = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ValueError(gettext("{file}: not a readable TOML file ({why})").format(file=file, why=err)) from None
    except RecursionError:  # "x = [[[[..." thousands deep
        raise ValueError(gettext("{file}: not a readable TOML file ({why})").format(
            file=file, why=gettext("it nests lists or tables thousands deep"))) from None
    where = str(file)
    if file.name == "pyproject.toml":
        where = f"[tool.techgeo-lessons.site] of {file}"
        for key in ("tool", "techgeo-lessons", "site"):  # each a table, or absent
            data = data.get(key, {}) if isinstance(data, dict) else data
    if not isinstance(data, dict):
        raise ValueError(gettext("{where} must be a table of keys (repository = \"...\", colab = true...), not "
                                 "{value}").format(where=where, value=repr(data)))
    return Launch.from_mapping(data, where)


def _github_parts(url: str) -> tuple[str, str] | None:
    match = re.match(r"^https?://github\.com/([^/\s]+)/([^/\s]+?)(?:\.git)?/?$", url)
    return (match.group(1), match.group(2)) if match else None


def launch_links(launch: Launch, repo_path: str, lite_path: str | None) -> list[tuple[str, str]]:
    """The launch buttons of one notebook page, as ``(name, url)``; a button not configured is left out.

    ``repo_path`` is the notebook's path in the repository, ``lite_path`` its path in the JupyterLite
    build (``None``: not in it).

    >>> launch_links(Launch(), "notebooks/00-start-here.ipynb", "00-start-here.ipynb")
    []
    >>> conf = Launch(repository="https://github.com/o/r", jupyterhub_url="https://hub.example.org/",
    ...               binderhub_url="https://mybinder.org", colab=True)
    >>> for name, url in launch_links(conf, "notebooks/00-start-here.ipynb", None):
    ...     print(name, url)
    JupyterHub https://hub.example.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fo%2Fr\
&branch=main&urlpath=lab%2Ftree%2Fr%2Fnotebooks%2F00-start-here.ipynb
    Binder https://mybinder.org/v2/gh/o/r/main?urlpath=lab/tree/notebooks/00-start-here.ipynb
    Colab https://colab.research.google.com/github/o/r/blob/main/notebooks/00-start-here.ipynb
    """
    links: list[tuple[str, str]] = []
    repo = launch.repository.rstrip("/")
    branch = launch.branch or "main"
    if repo and launch.jupyterhub_url:
        folder = repo.rsplit("/", 1)[-1].removesuffix(".git")  # nbgitpuller clones into the repository's name
        query = urlencode({"repo": repo, "branch": branch, "urlpath": f"lab/tree/{folder}/{repo_path}"})
        links.append(("JupyterHub", f"{launch.jupyterhub_url.rstrip('/')}/hub/user-redirect/git-pull?{query}"))
    github = _github_parts(repo) if repo else None
    if repo and launch.binderhub_url:
        spec = f"gh/{github[0]}/{github[1]}" if github else f"git/{quote(repo, safe='')}"
        links.append(("Binder", f"{launch.binderhub_url.rstrip('/')}/v2/{spec}/{branch}?urlpath=lab/tree/{repo_path}"))
    if github and launch.colab:
        links.append(("Colab", f"https://colab.research.google.com/github/{github[0]}/{github[1]}/blob/"
                               f"{branch}/{repo_path}"))
    if launch.jupyterlite_url and lite_path:
        links.append(("JupyterLite", f"{launch.jupyterlite_url.rstrip('/')}/lab/index.html?path={lite_path}"))
    return links


# ---------------------------------------------------------------------------------------------
# The Sphinx project


def missing_packages() -> list[str]:
    """The distributions the site needs that are not installed (empty when it can be built)."""
    from importlib.util import find_spec

    return [dist for module, dist in _MODULES.items() if find_spec(module) is None]


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", text)


def render_index(items: Sequence[Lesson], lang: str, teacher: bool, notes: Sequence[str] = (),
                 launchable: bool = False) -> str:
    """The front page (MyST Markdown): the case, then a table of the lessons with time and objectives.

    >>> from lessons_lib.course.catalogue import lessons
    >>> page = render_index(lessons()[:1], "en", teacher=False)
    >>> [line for line in page.splitlines() if line.startswith("| [00")][0][:60]
    '| [00 · Start here: how these lessons work](00-start-here.ip'
    """
    text = _text(lang)
    lines = [f"# {text['heading']}", "", text["case"], "", text["intro"] + (text["launch"] if launchable else ""), ""]
    if teacher:
        lines += [text["teacher"], ""]
    lines += [f"## {text['lessons']}", "", f"| {text['lesson']} | {text['time']} | {text['objectives']} |",
              "| --- | --- | --- |"]
    for lesson in items:
        minutes = f"{lesson.minutes}\u00a0{text['minutes']}" if lesson.minutes else ""
        objectives = "<br>".join(_md_escape(o) for o in lesson.objectives_in(lang))
        lines.append(f"| [{_md_escape(lesson.number)} · {_md_escape(lesson.title_in(lang))}]({lesson.slug}.ipynb) "
                     f"| {minutes} | {objectives} |")
    lines += ["", "```{toctree}", ":hidden:", f":caption: {text['lessons']}", ""]
    lines += [x.slug for x in items]
    lines += ["```", ""]
    if notes:
        lines += ["```{toctree}", ":hidden:", f":caption: {text['notes']}", "", *notes, "```", ""]
    return "\n".join(lines)


_CONF = '''\
# Generated by techgeo-lessons html: one language of the course site.
project = {title!r}
author = "techgeo-lessons"
copyright = "techgeo-lessons authors; code MIT, data CC BY 4.0"
language = {lang!r}
extensions = ["myst_nb", "lessons_lib.course.site"]
exclude_patterns = ["_build"]
templates_path = ["_templates"]
html_static_path = ["_static"]
html_css_files = ["techgeo.css"]
html_theme = "sphinx_book_theme"
html_title = {title!r}
html_last_updated_fmt = None
html_show_sphinx = False
html_use_index = False  # no index entries in the lessons: an empty "Index" page helps no one
smartquotes = False  # the lessons' typography as written (French quotes are already « »)
html_theme_options = {{
    "home_page_in_toc": True,
    "show_toc_level": 2,
    "use_download_button": True,
    "use_fullscreen_button": False,
    "article_header_start": ["toggle-primary-sidebar.html", "techgeo-language.html"],
    "navigation_with_keys": False,
    "navbar_persistent": [],
    "secondary_sidebar_items": {{"**": ["page-toc.html"], "index": []}},
    "search_bar_text": {search!r},
}}
nb_execution_mode = "off"
nb_output_stderr = "remove"
nb_merge_streams = True
nb_ipywidgets_js = {{}}
myst_enable_extensions = []
myst_heading_anchors = 0
mathjax_path = "_static/no-mathjax.js"
suppress_warnings = ["myst.header", "mystnb.unknown_mime_type"]
techgeo_lang = {lang!r}
techgeo_other = {other!r}
techgeo_teacher = {teacher!r}
techgeo_launch = {launch!r}
techgeo_repo_folder = {repo_folder!r}
techgeo_lite = {lite!r}
'''

_LANGUAGE_TEMPLATE = """\
{%- if techgeo_other_url %}
<a class="techgeo-language" href="{{ techgeo_other_url }}" hreflang="{{ techgeo_other }}"
   lang="{{ techgeo_other }}"><i class="fa-solid fa-language" aria-hidden="true"></i> {{ techgeo_switch }}</a>
{%- endif %}
"""

# the theme's search button, with its visible text as its accessible name (axe: label-content-name-mismatch)
_SEARCH_TEMPLATE = """\
<button class="btn search-button-field search-button__button pst-js-only" title="{{ _('Search') }}"
 data-bs-placement="bottom" data-bs-toggle="tooltip">
 <i class="fa-solid fa-magnifying-glass" aria-hidden="true"></i>
 <span class="search-button__default-text">{{ _('Search') }}</span>
 <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd
 class="kbd-shortcut__modifier">K</kbd></span>
</button>
"""

# the book theme's sidebar buttons, with their titles in the site's language (the theme has them in English only)
_TOGGLES = {
    "toggle-primary-sidebar.html": """\
<button class="sidebar-toggle primary-toggle btn btn-sm" title="{menu}" aria-label="{menu}"
 data-bs-placement="bottom" data-bs-toggle="tooltip"><span class="fa-solid fa-bars" aria-hidden="true"></span></button>
""",
    "toggle-secondary-sidebar.html": """\
{{% set page_toc = generate_toc_html() -%}}
{{% if page_toc -%}}
<button class="sidebar-toggle secondary-toggle btn btn-sm pst-navbar-icon" title="{toc}" aria-label="{toc}"
 data-bs-placement="bottom" data-bs-toggle="tooltip"><span class="fa-solid fa-list" aria-hidden="true"></span></button>
{{%- endif %}}
""",
}

_CSS = """\
/* techgeo-lessons: the language link in the article header, charts that fit the page */
.header-article-items__start { display: flex; align-items: center; gap: .75rem; }
.bd-header-article a.techgeo-language { font-size: .9rem; font-weight: 600; white-space: nowrap;
  padding: .2rem .6rem; border: 1px solid var(--pst-color-border); border-radius: 1rem; text-decoration: none; }
.bd-header-article a.techgeo-language:hover { text-decoration: underline; }
.bd-main .bd-content .bd-article-container { max-width: 72em; }
.bd-article table td { vertical-align: top; }
.bd-article table td:last-child { font-size: .95rem; }
.bd-article table td:first-child { min-width: 14rem; }
.bd-article table td:first-child a { font-weight: 600; }
.bd-article img { max-width: 100%; height: auto; }
.bd-article .cell_output .output.stream pre { white-space: pre-wrap; }  /* a chart's description: one long line */
.techgeo-quiz-static { border-left: 4px solid var(--pst-color-primary); padding-left: 1rem; }
"""


def setup(app: Any) -> dict[str, Any]:
    """The Sphinx extension of the generated ``conf.py``: the language link and the launch buttons."""
    app.add_config_value("techgeo_lang", "en", "html")
    app.add_config_value("techgeo_other", "", "html")
    app.add_config_value("techgeo_teacher", False, "html")
    app.add_config_value("techgeo_launch", {}, "html")
    app.add_config_value("techgeo_repo_folder", "notebooks", "html")
    app.add_config_value("techgeo_lite", False, "html")
    app.connect("html-page-context", _language_link, priority=100)  # before the theme drops empty templates
    app.connect("html-page-context", _launch_buttons, priority=900)  # after the theme's header buttons
    return {"parallel_read_safe": True, "parallel_write_safe": True}


def _language_link(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    config = app.config
    other = config.techgeo_other
    if other:
        context["techgeo_other_url"] = "../" * (pagename.count("/") + 1) + f"{other}/{pagename}.html"
        context["techgeo_other"] = other
        context["techgeo_switch"] = _text(config.techgeo_lang)["switch"]


def _launch_buttons(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    config = app.config
    source = str(app.env.doc2path(pagename, False)) if pagename in app.env.all_docs else ""
    if not source.endswith(".ipynb") or "header_buttons" not in context:
        return
    launch = Launch.from_mapping(config.techgeo_launch)
    lite = f"{pagename}.ipynb" if config.techgeo_lite else None
    links = launch_links(launch, f"{config.techgeo_repo_folder}/{pagename}.ipynb", lite)
    if not links:
        return
    icons = {"JupyterHub": "logo_jupyterhub.svg", "Binder": "logo_binder.svg", "Colab": "logo_colab.png",
             "JupyterLite": "logo_jupyterlite.svg"}
    from sphinx.locale import get_translation

    translate = get_translation("booktheme")
    buttons = [{"type": "link", "text": name, "tooltip": f"{translate('Launch on')} {name}",
                "icon": f"_static/images/{icons[name]}", "url": url} for name, url in links]
    context["header_buttons"].insert(0, {"type": "group", "tooltip": translate("Launch interactive content"),
                                         "icon": "fas fa-rocket", "buttons": buttons, "label": "launch-buttons"})


# ---------------------------------------------------------------------------------------------
# The build


@dataclass
class SiteResult:
    """What :func:`build_site` wrote: one site per language, each an index and one page per lesson."""

    folder: Path
    languages: list[str] = field(default_factory=list)
    pages: dict[str, dict[str, Path]] = field(default_factory=dict)  # lang -> slug -> page
    notes: dict[str, dict[str, Path]] = field(default_factory=dict)  # lang -> slug -> teacher-note page
    failed: dict[str, str] = field(default_factory=dict)  # "lang/slug" -> why the lesson could not run
    warnings: list[str] = field(default_factory=list)  # Sphinx's warnings, "lang: message"
    seconds: float = 0.0

    @property
    def index(self) -> Path:
        """The site's front page (it opens the first language's index)."""
        return self.folder / "index.html"

    def home(self, lang: str) -> Path:
        """The index page of one language."""
        return self.folder / lang / "index.html"

    @property
    def size(self) -> int:
        """Bytes of the whole site."""
        return sum(p.stat().st_size for p in self.folder.rglob("*") if p.is_file())

    def all_pages(self) -> list[Path]:
        """Every HTML page of the site (lessons, indexes, notes, search and index pages)."""
        return sorted(self.folder.rglob("*.html"))


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
            worker.join(max(0.0, deadline - time.monotonic()))
            return
        worker.join(0.1)


def _notes_folder(lang: str) -> Path | None:
    """The teacher notes in ``lang`` (``docs/teacher-notes`` of a checkout), or None."""
    from lessons_lib.course.catalogue import in_checkout, notebooks_dir

    if not in_checkout():
        return None
    folder = notebooks_dir().parent / "docs" / "teacher-notes"
    folder = folder if lang == "en" else folder / lang
    return folder if folder.is_dir() else None


def _choose(items: list[Lesson], only: Sequence[str] | None) -> list[Lesson]:
    if not only:
        return items
    wanted = set(only)
    unknown = wanted - {x.number for x in items} - {x.slug for x in items}
    if unknown:
        raise ValueError(gettext("no lesson {unknown}; the lessons are: {lessons}").format(
            unknown=", ".join(sorted(unknown)), lessons=", ".join(x.number for x in items)))
    return [x for x in items if x.number in wanted or x.slug in wanted]


def _repo_folder(lang: str, teacher: bool) -> str:
    return "/".join(["notebooks", *(["fr"] if lang == "fr" else []), *(["teacher"] if teacher else [])])


def _prepare(src: Path, lang: str, items: list[Lesson], *, teacher: bool, execute: bool, timeout: int,
             launch: Launch, other: str, progress: Callable[[str], None], failed: dict[str, str]) -> list[str]:
    """Write the Sphinx project of one language into ``src``; return the slugs of the lesson pages."""
    import nbformat

    written: list[Lesson] = []
    for lesson in items:
        path = lesson.path.parent / "teacher" / lesson.path.name if teacher else lesson.path
        progress((gettext("Running {lesson}...") if execute else gettext("Preparing {lesson}...")).format(
            lesson=f"{lang}/{lesson.slug}"))
        nb = nbformat.read(path, as_version=4)
        if execute:
            try:
                _execute(nb, path.parent, timeout)
            except Exception as err:  # a lesson that fails is reported, the site still builds
                message = str(err).strip()
                failed[f"{lang}/{lesson.slug}"] = message.splitlines()[-1] if message else repr(err)
                continue
        static_quizzes(nb)
        if not teacher:
            without_solutions(nb, lang)
        chart_alt_texts(nb)
        quiz_heading_levels(nb)
        nbformat.write(nb, src / f"{lesson.slug}.ipynb")
        written.append(lesson)
    notes: list[str] = []
    folder = _notes_folder(lang) if teacher else None
    if folder is not None:
        (src / "teacher-notes").mkdir()
        for lesson in written:
            note = folder / f"{lesson.slug}.md"
            if note.is_file():
                text = note.read_text(encoding="utf-8")
                (src / "teacher-notes" / note.name).write_text(_relink_note(text), encoding="utf-8")
                notes.append(f"teacher-notes/{lesson.slug}")
    launchable = bool(launch_links(launch, "notebooks/x.ipynb", None if teacher or lang != "en" else "x.ipynb"))
    (src / "index.md").write_text(render_index(written, lang, teacher, notes, launchable), encoding="utf-8")
    (src / "_templates").mkdir()
    (src / "_templates" / "techgeo-language.html").write_text(_LANGUAGE_TEMPLATE, encoding="utf-8")
    (src / "_templates" / "search-button-field.html").write_text(_SEARCH_TEMPLATE, encoding="utf-8")
    for name, template in _TOGGLES.items():
        (src / "_templates" / name).write_text(template.format(**_text(lang)), encoding="utf-8")
    (src / "_static").mkdir()
    (src / "_static" / "techgeo.css").write_text(_CSS, encoding="utf-8")
    (src / "_static" / "no-mathjax.js").write_text("/* the lessons have no formulas: no MathJax */\n",
                                                  encoding="utf-8")
    conf = _CONF.format(title=_text(lang)["title"] + (" (teacher)" if teacher and lang == "en" else
                                                     " (enseignant)" if teacher else ""),
                        lang=lang, other=other, teacher=teacher, search=_text(lang)["search"],
                        launch={k: v for k, v in launch.__dict__.items() if v not in ("", False)},
                        repo_folder=_repo_folder(lang, teacher), lite=(lang == "en" and not teacher))
    (src / "conf.py").write_text(conf, encoding="utf-8")
    return [x.slug for x in written]


_NOTE_LINK = re.compile(r"\]\((?!https?://|#|mailto:)([^)\s]+)\)")


def _relink_note(text: str) -> str:
    """A teacher note's links to files of the repository become plain text (they are not on the site)."""
    return _NOTE_LINK.sub(lambda m: f"] (`{m.group(1)}`)", text)


def _sphinx(src: Path, out: Path) -> subprocess.Popen[bytes]:
    """Start ``sphinx-build`` for one language (a process each: Sphinx keeps its translations per process)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(Path(__file__).parents[2]),
                                                                     os.environ.get("PYTHONPATH", "")])))
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-E", "-d", str(src.parent / f"{src.name}-doctrees"),
               str(src), str(out)]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _prune(site: Path) -> None:
    """Remove what a reader never loads: source maps, the theme's catalogues and Jinja macro files.

    The theme copies two template files (``*webpack-macros.html``) into ``_static``: not pages, and
    the search engine of a web host would index them as empty pages with broken links.
    """
    (site / ".buildinfo").unlink(missing_ok=True)
    shutil.rmtree(site / "_static" / "locales", ignore_errors=True)
    for path in [*site.glob("_static/**/*.map"), *site.glob("_static/*webpack-macros.html")]:
        path.unlink()


def _root_index(languages: Sequence[str], teacher: bool) -> str:
    first = languages[0]
    title = html_lib.escape(_text(first)["title"])
    links = "".join(f'<li><a href="{x}/index.html" hreflang="{x}" lang="{x}">{_text(x)["language"]}</a></li>'
                    for x in languages)
    return (f'<!DOCTYPE html>\n<html lang="{first}">\n<head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="refresh" content="0; url={first}/index.html">'
            f"<title>{title}</title></head>\n<body><main><h1>{title}</h1><ul>{links}</ul></main></body>\n</html>\n")


def build_site(output: str | Path, *, languages: Sequence[str] = LANGUAGES, teacher: bool = False,
               execute: bool = False, only: Sequence[str] | None = None, timeout: int = 600,
               launch: Launch | None = None, progress: Callable[[str], None] | None = None,
               force: bool = False) -> SiteResult:
    """Build the course site into ``output`` (``output/en``, ``output/fr``...) and return what was written.

    By default the pages show the outputs stored in the notebooks (they are committed executed);
    ``execute=True`` runs each lesson in a fresh kernel first (a lesson that fails is reported in
    ``failed`` and left out). The learner's site (the default) holds no solution code and no quiz
    answer; ``teacher=True`` builds the teacher's edition, with the solutions run and the teacher
    notes. ``launch`` says which launch buttons the lesson pages carry (default: none).

    The site is built beside ``output`` and swapped in whole (see :mod:`lessons_lib.course.output`): an
    ``output`` holding files an earlier build did not write is refused unless ``force``, and Ctrl-C
    stops the build and leaves the old site as it was. Raises ``RuntimeError`` when Sphinx, myst-nb
    or sphinx-book-theme is missing or a Sphinx build fails.
    """
    languages = list(dict.fromkeys(languages))
    for lang in languages:
        if lang not in LANGUAGES:
            raise ValueError(gettext("language {lang} is not available; choose from: {languages}").format(
                lang=repr(lang), languages=", ".join(LANGUAGES)))
    if not languages:
        raise ValueError(gettext("no language to build"))
    missing = missing_packages()
    if missing:
        raise RuntimeError(gettext("the site needs {packages}; install with: {command}").format(
            packages=", ".join(missing), command=INSTALL_HINT))
    say = progress or (lambda _msg: None)
    launch = launch or Launch()
    chosen = {lang: _choose(lessons(lessons_source(lang)), only) for lang in languages}
    started = time.monotonic()
    target = Path(output)
    result = SiteResult(target, languages)
    with replacing(target, "HTML site", force) as folder, \
            tempfile.TemporaryDirectory(prefix="techgeo-site-") as scratch_name:
        scratch = Path(scratch_name)
        slugs: dict[str, list[str]] = {}
        with _environment(TECHGEO_RESULTS_DIR=str(scratch / "results"), MPLBACKEND="agg"):
            for lang in languages:
                src = scratch / lang
                src.mkdir()
                other = next((x for x in languages if x != lang), "")
                with _environment(TECHGEO_LANG=lang):
                    slugs[lang] = _prepare(src, lang, chosen[lang], teacher=teacher, execute=execute,
                                           timeout=timeout, launch=launch, other=other, progress=say,
                                           failed=result.failed)
        say(gettext("Building {languages} with Sphinx...").format(languages=", ".join(languages)))
        # myst-nb writes a jupyter_execute folder beside the output: build in the scratch folder, then move
        runs = {lang: _sphinx(scratch / lang, scratch / "html" / lang) for lang in languages}
        try:
            outcomes = {lang: (*run.communicate(), run.returncode) for lang, run in runs.items()}
        except KeyboardInterrupt:
            for run in runs.values():
                with suppress(ProcessLookupError):
                    run.terminate()
                run.communicate()  # waits, and closes its pipes
            raise
        for lang, (_out, err, code) in outcomes.items():
            result.warnings += [f"{lang}: {line}" for line in err.decode("utf-8", "replace").splitlines()
                                if "WARNING" in line or "ERROR" in line]
            if code != 0:
                raise RuntimeError(gettext("the {lang} site did not build (sphinx-build exit {code}):").format(
                    lang=lang, code=code) + "\n" + err.decode("utf-8", "replace")[-3000:])
        for lang in languages:
            _prune(scratch / "html" / lang)
            shutil.move(scratch / "html" / lang, folder / lang)
        (folder / "index.html").write_text(_root_index(languages, teacher), encoding="utf-8")
    for lang in languages:
        result.pages[lang] = {slug: target / lang / f"{slug}.html" for slug in slugs[lang]}
        result.notes[lang] = {p.stem: p for p in sorted((target / lang / "teacher-notes").glob("*.html"))}
    result.seconds = time.monotonic() - started
    return result

