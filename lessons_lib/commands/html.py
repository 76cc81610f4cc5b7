"""``techgeo-lessons html``: build the course site (Sphinx + myst-nb + sphinx-book-theme), one per language."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lessons_lib.commands.exits import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_PROBLEMS, interrupted_message
from lessons_lib.commands.serving import folder_path, lesson_keys
from lessons_lib.course.words import gettext, ngettext
from lessons_lib.i18n import LANGUAGES, language_code


def positive_seconds(text: str) -> int:
    """Seconds for ``--timeout``: a whole number from 1 to 86400 (a day).

    >>> positive_seconds("600")
    600
    """
    try:
        seconds = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            gettext("{text} is not a number of seconds (write e.g. 600)").format(text=repr(text))) from None
    if not 1 <= seconds <= 86_400:
        raise argparse.ArgumentTypeError(
            gettext("{seconds} seconds is out of range (1 to 86400)").format(seconds=seconds))
    return seconds


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "html",
        help=gettext("build the course site: searchable, English and French, with launch buttons"),
        description=gettext("Build the lessons as a static web site with Sphinx, myst-nb and sphinx-book-theme: "
                            "one site per language (DIR/en, DIR/fr, each page linking to the other language), "
                            "a sidebar of lessons, search, charts with their descriptions as alt text, quizzes in "
                            "static form without their answers, and launch buttons (JupyterHub, Binder, Colab, "
                            "JupyterLite) where the configuration names them. The pages show the outputs stored "
                            "in the notebooks unless --execute. Needs the 'site' extra: "
                            'pip install "techgeo-lessons[site]".'),
        epilog=gettext("Launch buttons are read from the [tool.techgeo-lessons.site] table of ./pyproject.toml "
                       "(or --config FILE) and the options below; a button with nothing configured is left out. "
                       "Exit codes: 0 site written, 1 some lessons failed to run (the others were written), "
                       "3 nothing could be written."),
    )
    parser.add_argument("--output", "-o", type=folder_path, default=Path("_site"), metavar="DIR",
                        help=gettext("folder for the site (default: ./_site; DIR/en, DIR/fr and DIR/index.html)"))
    parser.add_argument("--execute", action=argparse.BooleanOptionalAction, default=False,
                        help=gettext("run every lesson in a fresh kernel first (about a minute per language); "
                                     "the default, --no-execute, uses the outputs stored in the notebooks (seconds)"))
    parser.add_argument("--lang", choices=LANGUAGES, type=language_code, action="append", metavar="{en,fr}",
                        help=gettext("build only this language (repeatable; default: en and fr)"))
    parser.add_argument("--lessons", nargs="+", metavar="NN",
                        help=gettext("only these lessons, by number or name (default: all)"))
    parser.add_argument("--teacher", action="store_true",
                        help=gettext("build the teacher's site: the teacher's edition with the exercises' "
                                     "solutions run, and the teacher notes (the default learner's site has neither)"))
    parser.add_argument("--timeout", type=positive_seconds, default=600, metavar="S",
                        help=gettext("with --execute, seconds a single cell may run (default: 600)"))
    parser.add_argument("--force", action="store_true",
                        help=gettext("replace the output folder even if it holds files an earlier build did not write"))
    launch = parser.add_argument_group(gettext("launch buttons (override the configuration file)"))
    launch.add_argument("--config", type=Path, metavar="FILE",
                        help=gettext("a TOML file with the launch settings (default: [tool.techgeo-lessons.site] "
                                     "of ./pyproject.toml, if any)"))
    launch.add_argument("--repository", metavar="URL",
                        help=gettext("git URL of the repository holding the notebooks (JupyterHub, Binder, Colab)"))
    launch.add_argument("--branch", metavar="NAME", help=gettext("its branch (default: main)"))
    launch.add_argument("--jupyterhub-url", metavar="URL", help=gettext("a class JupyterHub with nbgitpuller"))
    launch.add_argument("--binderhub-url", metavar="URL", help=gettext("a BinderHub, e.g. https://mybinder.org"))
    launch.add_argument("--colab", action="store_true", default=None,
                        help=gettext("add the Colab button (the repository must be on GitHub)"))
    launch.add_argument("--jupyterlite-url", metavar="URL",
                        help=gettext("where a `techgeo-lessons lite` build is published (English pages)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.course.site import INSTALL_HINT, build_site, launch_config, launch_links, missing_packages

    missing = missing_packages()
    if missing:
        print(gettext("techgeo-lessons: error: the site needs {packages}; install with: {command}").format(
            packages=", ".join(missing), command=INSTALL_HINT), file=sys.stderr)
        return EXIT_FAILED
    try:
        launch = launch_config(args.config).merged(
            repository=args.repository, branch=args.branch, jupyterhub_url=args.jupyterhub_url,
            binderhub_url=args.binderhub_url, colab=args.colab, jupyterlite_url=args.jupyterlite_url)
    except ValueError as err:
        print(gettext("techgeo-lessons: error: {error}").format(error=err), file=sys.stderr)
        return EXIT_FAILED
    try:
        result = build_site(args.output, languages=args.lang or ("en", "fr"), teacher=args.teacher,
                            execute=args.execute, only=lesson_keys(args.lessons), timeout=args.timeout, launch=launch,
                            progress=lambda msg: print(msg, flush=True), force=args.force)
    except KeyboardInterrupt:
        print(interrupted_message(args.output), file=sys.stderr)
        return EXIT_INTERRUPTED
    except (RuntimeError, ValueError) as err:
        print(gettext("techgeo-lessons: error: {error}").format(error=err), file=sys.stderr)
        return EXIT_FAILED
    for slug, why in result.failed.items():
        print(f"[FAIL] {slug}: {why}", file=sys.stderr)
    if not any(result.pages.values()):
        print(gettext("techgeo-lessons: error: no page was written"), file=sys.stderr)
        return EXIT_FAILED
    for warning in result.warnings:
        print(f"[WARN] {warning}", file=sys.stderr)
    for lang in result.languages:
        count = len(result.pages[lang])
        print(ngettext("Wrote {count} lesson page in {lang}: {home}", "Wrote {count} lesson pages in {lang}: {home}",
                       count).format(count=count, lang=lang, home=result.home(lang)))
    buttons = [name for name, _url in launch_links(launch, "notebooks/00-start-here.ipynb", "00-start-here.ipynb")]
    print(gettext("Launch buttons: {buttons}. {megabytes} MB in {seconds} s. Open {index}").format(
        buttons=", ".join(buttons) if buttons else gettext("none configured"), megabytes=f"{result.size / 1e6:.1f}",
        seconds=f"{result.seconds:.0f}", index=result.index))
    return EXIT_PROBLEMS if result.failed else EXIT_OK
