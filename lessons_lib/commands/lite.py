"""``techgeo-lessons lite``: build a JupyterLite site (Jupyter in the browser, Pyodide kernel); the build is
:mod:`lessons_lib.course.jupyterlite`'s."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lessons_lib.commands.exits import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, interrupted_message
from lessons_lib.commands.serving import folder_path, lesson_keys
from lessons_lib.course.words import gettext


def register(subparsers: argparse._SubParsersAction) -> None:
    from lessons_lib.course.jupyterlite import INSTALL_HINT

    parser = subparsers.add_parser(
        "lite",
        help=gettext("build a JupyterLite site: the lessons in a Jupyter that runs in the browser"),
        description=gettext(
            "Build a static JupyterLite site (jupyterlite-core, Pyodide kernel) holding the "
            "lessons and a browser wheel of lessons_lib for %pip install. The build needs no "
            "network. At run time the Pyodide kernel and its packages (pandas, matplotlib) "
            "come from a CDN, unless --pyodide puts a local Pyodide distribution in the site. "
            "Needs: {command}").format(command=INSTALL_HINT),
        epilog=gettext("Serve it with: python -m http.server -d DIR -b 127.0.0.1 8000 (then open /lab/). "
                       "Exit codes: 0 site written, 3 the build could not run (packages missing, bad folder)."),
    )
    parser.add_argument("--output", "-o", type=folder_path, default=Path("_lite"), metavar="DIR",
                        help=gettext("folder for the site: new, empty or an earlier site (default: ./_lite)"))
    parser.add_argument("--lessons", nargs="+", metavar="NN",
                        help=gettext("only these lessons, by number or name (default: all)"))
    parser.add_argument("--no-wheel", dest="wheel", action="store_false",
                        help=gettext("leave the lessons_lib wheel out of the site"))
    parser.add_argument("--pyodide", metavar="TARBALL",
                        help=gettext("a Pyodide distribution tarball (path or URL) to put inside the site, "
                                     "so the kernel needs no CDN at run time (a URL is downloaded at build "
                                     "time)"))
    parser.add_argument("--force", action="store_true",
                        help=gettext("replace the output folder even if it holds files an earlier build did "
                                     "not write"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from lessons_lib.course.jupyterlite import INSTALL_HINT, build_lite, missing_packages

    missing = missing_packages()
    if missing:
        print(gettext("techgeo-lessons: error: the JupyterLite build needs {packages}.\n"
                      "Install them with:\n    {command}").format(packages=", ".join(missing), command=INSTALL_HINT),
              file=sys.stderr)
        return EXIT_FAILED
    try:
        result = build_lite(args.output, only=lesson_keys(args.lessons), wheel=args.wheel, pyodide=args.pyodide,
                            progress=lambda msg: print(msg, flush=True), force=args.force)
    except KeyboardInterrupt:
        print(interrupted_message(args.output), file=sys.stderr)
        return EXIT_INTERRUPTED
    except RuntimeError as err:
        print(gettext("techgeo-lessons: error: {error}").format(error=err), file=sys.stderr)
        return EXIT_FAILED
    size = f"{result.size / 1e6:.0f}"
    seconds = f"{result.seconds:.1f}"
    if result.wheel:
        print(gettext("Wrote a JupyterLite site with {n} lessons and {wheel} to {folder} ({size} MB, {seconds} s).")
              .format(n=len(result.notebooks), wheel=result.wheel, folder=result.output, size=size, seconds=seconds))
    else:
        print(gettext("Wrote a JupyterLite site with {n} lessons to {folder} ({size} MB, {seconds} s).")
              .format(n=len(result.notebooks), folder=result.output, size=size, seconds=seconds))
    print(gettext("Serve it: python -m http.server -d {folder} -b 127.0.0.1 8000  then open "
                  "http://127.0.0.1:8000/lab/").format(folder=result.output))
    if args.pyodide is None:
        print(gettext("Needs a network at run time: the Pyodide kernel, pandas and matplotlib load from a CDN."))
    return EXIT_OK
