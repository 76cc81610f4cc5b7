"""The lessons in a real browser: JupyterLab on 127.0.0.1, driven in headless Chromium.

Each test opens a *copy* of a lesson (autosave writes to it), restarts the kernel, runs every
cell, and looks at what a learner sees: quiz feedback in the output area, the answers in the
results file, French text after switching language, chart images. Screenshots go to
``test-artifacts/``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from lessons_lib.course.catalogue import Lesson, lessons

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

OUTPUT = ".jp-OutputArea-output"
_IDLE_AND_DONE = """() => {
  const app = window.jupyterapp;
  const panel = app && app.shell.currentWidget;
  if (!panel || !panel.content || !panel.sessionContext) return false;
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  if (!kernel || kernel.status !== 'idle') return false;
  if (document.querySelector(
        '.jp-Notebook .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]'))
    return true;  // stopped on an error: let the test report it
  const cells = panel.content.widgets.filter(c => c.model.type === 'code');
  return cells.every(c => c.model.executionCount !== null || c.model.sharedModel.getSource().trim() === '');
}"""


def _lessons_with_images() -> list[Lesson]:
    found = []
    for lesson in lessons():
        nb = json.loads(lesson.path.read_text(encoding="utf-8"))
        outputs = [out for cell in nb["cells"] for out in cell.get("outputs", [])]
        if any("image/png" in out.get("data", {}) for out in outputs):
            found.append(lesson)
    return found


def open_copy(page: Any, server: Any, lesson_path: Path, name: str) -> None:
    """Copy a lesson into the server's folder and open it in JupyterLab, kernel ready."""
    shutil.copyfile(lesson_path, server.root / name)
    page.goto(f"{server.url}/lab/tree/{name}?reset")  # ?reset: no tab restored from an earlier test
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", state="attached", timeout=60_000)
    page.wait_for_function(_IDLE_AND_DONE.replace("return cells.every", "return true || cells.every"),
                           timeout=60_000)


def restart_and_run_all(page: Any) -> None:
    """Kernel > Restart Kernel and Run All Cells, confirm the dialog, wait until every cell ran."""
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:restart-run-all'); }")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    page.wait_for_function(_IDLE_AND_DONE, timeout=180_000, polling=250)
    errors = page.locator(f'.jp-Notebook {OUTPUT}[data-mime-type="application/vnd.jupyter.error"]')
    if errors.count():
        pytest.fail("a cell failed in the browser:\n" + "\n".join(errors.all_inner_texts())[-3000:])


def test_chart_lesson_shows_its_figures(page: Any, lab_server: Any, artifacts: Path) -> None:
    """A lesson with charts, run in the browser, shows each chart as a decoded image."""
    charted = _lessons_with_images()
    if not charted:
        pytest.skip("no committed lesson has a chart output yet")
    lesson = charted[0]
    open_copy(page, lab_server, lesson.path, f"copy-{lesson.slug}.ipynb")
    restart_and_run_all(page)
    images = page.locator(f".jp-Notebook {OUTPUT} img")
    images.first.wait_for()
    stored = sum("image/png" in out.get("data", {})
                 for cell in json.loads(lesson.path.read_text(encoding="utf-8"))["cells"]
                 for out in cell.get("outputs", []))
    assert images.count() >= stored >= 1
    widths = images.evaluate_all("imgs => imgs.map(i => i.naturalWidth)")
    assert all(w > 100 for w in widths), widths
    images.first.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"browser-{lesson.slug}.png"))


def _quiz_lesson() -> tuple[Lesson, Any, int]:
    """Lesson 00 if it is there (else the first lesson with a quiz) and a question to type or click."""
    from lessons_lib.quiz import load_bank
    from lessons_lib.schema import data_dir

    candidates = sorted(lessons(), key=lambda x: (x.slug != "00-start-here", x.number))
    for lesson in candidates:
        if not (data_dir() / "quizzes" / f"{lesson.slug}.yaml").is_file():
            continue
        if f'quiz.show(\\"{lesson.slug}\\")' not in lesson.path.read_text(encoding="utf-8"):
            continue
        bank = load_bank(lesson.slug)
        for index, question in enumerate(bank.questions):
            if question.type in ("single", "numeric", "text"):
                return lesson, question, index
    pytest.skip("no lesson notebook shows a quiz with a single-choice, numeric or text question yet")


def _answers(question: Any) -> tuple[str, str]:
    """A wrong and a right answer, as a learner would enter them (option label or typed text)."""
    from lessons_lib.i18n import pick

    if question.type == "single":
        right = next(o for o in question.options if o.correct)
        wrong = next(o for o in question.options if not o.correct)
        return pick(wrong.text, "en"), pick(right.text, "en")
    if question.type == "numeric":
        value = float(question.answer)
        right = str(int(value)) if value.is_integer() else repr(value)
        return str(int(abs(value) * 10 + 7)), right
    return "zzz not an answer", question.accepted["en"][0]


def _answer(page: Any, box: Any, question: Any, given: str, enter: bool = False) -> None:
    """Choose or type ``given``, then click Check (or, in a text field with ``enter``, press Enter)."""
    if question.type == "single":
        box.locator(".widget-radio-box label", has_text=given).first.click()
    else:
        field = box.locator("input[type=text], input[type=number], textarea").first
        field.fill(given)
        if enter:
            field.press("Enter")
            return
    box.get_by_role("button", name="Check").click()


def _recorded(results_dir: Path, lesson: str, question: str) -> list[dict]:
    """The answers to ``question`` saved in the results folder, whoever the server ran as."""
    from lessons_lib.quiz.classroom import collect

    return [r for r in collect([results_dir]).records if r["question"] == question and r["lesson"] == lesson]


def test_quiz_feedback_results_and_french(page: Any, lab_server: Any, artifacts: Path) -> None:
    """Answer a quiz wrongly then rightly, see the feedback, find the answers saved, switch to French."""
    from playwright.sync_api import expect

    from lessons_lib.i18n import pick
    from lessons_lib.quiz.messages import ui

    expect.set_options(timeout=30_000)  # a kernel round trip on a busy 2-core machine can take seconds
    lesson, question, _index = _quiz_lesson()
    open_copy(page, lab_server, lesson.path, f"copy-{lesson.slug}.ipynb")
    restart_and_run_all(page)
    prompt = pick(question.prompt, "en")
    box = (page.locator(f".jp-Notebook {OUTPUT} .widget-vbox")
           .filter(has=page.locator(".widget-html", has_text=prompt)).last)
    box.scroll_into_view_if_needed()
    wrong, right = _answers(question)

    _answer(page, box, question, wrong)
    status = box.locator("div.widget-label")  # the verdict a learner reads under the buttons
    expect(status).to_have_text(ui("wrong", "en"))
    _answer(page, box, question, right, enter=True)  # Enter in a typed answer checks it, as Check does
    expect(status).to_have_text(ui("correct", "en"))
    box.screenshot(path=str(artifacts / f"browser-quiz-{lesson.slug}-en.png"))

    deadline = __import__("time").monotonic() + 15
    while True:
        saved = _recorded(lab_server.results_dir, lesson.slug, question.id)
        if len(saved) >= 2 or __import__("time").monotonic() > deadline:
            break
        __import__("time").sleep(0.25)
    assert [bool(r.get("correct")) for r in saved][-2:] == [False, True], saved

    # French: a new cell at the end switches the language and shows the quiz again
    page.evaluate("() => { const nb = window.jupyterapp.shell.currentWidget.content;"
                  " nb.activeCellIndex = nb.widgets.length - 1; nb.mode = 'command'; }")
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:insert-cell-below')")
    code = ('import lessons_lib\nlessons_lib.set_language("fr")\n'
            f'from lessons_lib import quiz\nquiz.show("{lesson.slug}")')
    page.evaluate("(code) => { const nb = window.jupyterapp.shell.currentWidget.content;"
                  " nb.activeCell.model.sharedModel.setSource(code); }", code)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-cell')")
    french = (page.locator(f".jp-Notebook {OUTPUT} .widget-vbox")
              .filter(has=page.locator(".widget-html", has_text=pick(question.prompt, "fr"))).last)
    expect(french).to_be_visible(timeout=60_000)
    expect(french.get_by_role("button", name=ui("check", "fr"))).to_be_visible()
    french.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"browser-quiz-{lesson.slug}-fr.png"))



def test_quiz_in_voila_app(page: Any, voila_server: Any, artifacts: Path) -> None:
    """`techgeo-lessons present 00`: the lesson as a Voila app, code hidden; a quiz answered wrongly then rightly."""
    from playwright.sync_api import expect

    from lessons_lib.i18n import pick
    from lessons_lib.quiz.messages import ui

    expect.set_options(timeout=30_000)
    lesson, question, _index = _quiz_lesson()
    if lesson.slug != "00-start-here":
        pytest.skip("lesson 00 shows no quiz to answer")
    outside: list[str] = []  # refused: the app must work with nothing beyond 127.0.0.1
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(voila_server.url)
               else (outside.append(route.request.url), route.abort()))
    # without the token, the app is not served: another local user cannot reach it
    refused = page.request.get(voila_server.url, max_redirects=0)
    assert refused.status in (302, 403) and "token" not in (refused.headers.get("location") or ""), refused.status
    # Voila runs the whole lesson before the page is complete
    page.goto(f"{voila_server.url}?token={voila_server.token}", timeout=120_000)
    box = page.locator(".widget-vbox").filter(has=page.locator(".widget-html", has_text=pick(question.prompt, "en")))
    box = box.last
    expect(box).to_be_visible(timeout=120_000)
    # the code is hidden: no editor, no code cell input, no source text
    assert page.locator(".jp-CodeMirrorEditor, .jp-CodeCell .jp-InputArea").count() == 0
    assert f'quiz.show("{lesson.slug}")' not in page.content()
    box.scroll_into_view_if_needed()
    wrong, right = _answers(question)
    status = box.locator("div.widget-label")
    _answer(page, box, question, wrong)
    expect(status).to_have_text(ui("wrong", "en"))
    _answer(page, box, question, right, enter=True)  # Enter in a typed answer checks it, as Check does
    expect(status).to_have_text(ui("correct", "en"))
    box.screenshot(path=str(artifacts / f"voila-quiz-{lesson.slug}-en.png"))
    saved = _recorded(voila_server.results_dir, lesson.slug, question.id)
    assert [bool(r.get("correct")) for r in saved][-2:] == [False, True], saved
    # Voila's page template links Font Awesome's CSS on a CDN; refused, the quiz still works (as above)
    assert all("/@fortawesome/" in url for url in outside), outside


def test_exercise_judges_what_the_learner_typed(page: Any, lab_server: Any, artifacts: Path) -> None:
    """Run All says "not answered yet" under every exercise; a wrong answer typed in an exercise and
    Shift+Enter through its check is refused, a right one accepted; the solution unfolds only on a click."""
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)
    lesson = next(x for x in lessons() if x.number == "02")
    open_copy(page, lab_server, lesson.path, f"copy-{lesson.slug}.ipynb")
    assert page.evaluate("() => window.jupyterapp.shell.currentWidget.context.model.dirty") is False, (
        "a lesson opened and not touched must not be marked modified")
    restart_and_run_all(page)
    checks = page.locator(".jp-Notebook .jp-CodeCell", has_text='exercise="02.')
    assert checks.count() == 3
    for index in range(3):
        expect(checks.nth(index).locator(OUTPUT)).to_have_text(re.compile(r"^○ Not answered yet"))
    solution = page.locator(".jp-Notebook details").first
    assert solution.get_attribute("open") is None and not solution.locator("code").first.is_visible()

    def answer_and_check(code: str) -> Any:
        """Put ``code`` in exercise 1's cell, then Shift+Enter three times: exercise, solution text, check."""
        index = page.evaluate("""() => {
            const cells = window.jupyterapp.shell.currentWidget.content.widgets;
            return cells.findIndex(c => c.model.sharedModel.getSource().startsWith('check(answer, exercise="02.1"'));
        }""") - 2
        page.evaluate("([i, code]) => { const nb = window.jupyterapp.shell.currentWidget.content;"
                      " nb.widgets[i].model.sharedModel.setSource(code); nb.activeCellIndex = i; nb.mode = 'command';"
                      " nb.node.focus(); }", [index, code])
        for _ in range(3):
            page.keyboard.press("Shift+Enter")
        return checks.nth(0).locator(OUTPUT)

    verdict = answer_and_check('answer = cfius["date"] + pd.Timedelta(days=89)')
    expect(verdict).to_have_text(re.compile(r"^✗ Not yet: 2020-11-11 is not the expected value\. Hint: "))
    verdict = answer_and_check('answer = cfius["date"] + pd.Timedelta(days=int(cfius["deadline_days"]))')
    expect(verdict).to_have_text("✓ Correct.")
    checks.nth(0).scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "browser-exercise-02-1.png"))

    solution.locator("summary").click()
    expect(solution.locator("code").first).to_be_visible()
    assert "Timedelta" in solution.inner_text()
