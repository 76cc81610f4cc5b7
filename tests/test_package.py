"""Importing the package is cheap, silent and changes nothing."""

from __future__ import annotations

import json
import subprocess
import sys


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)


def test_import_is_silent_and_lazy():
    code = ("import sys, json; import lessons_lib; "
            "print(json.dumps({m: m in sys.modules for m in ['pandas', 'matplotlib', 'ipywidgets']}))")
    result = run_python(code)
    assert result.stderr == ""
    assert json.loads(result.stdout) == {"pandas": False, "matplotlib": False, "ipywidgets": False}


def test_loading_data_does_not_import_matplotlib_or_widgets():
    code = ("import sys, json; from lessons_lib import load_events; load_events(); "
            "print(json.dumps({m: m in sys.modules for m in ['matplotlib', 'ipywidgets']}))")
    assert json.loads(run_python(code).stdout) == {"matplotlib": False, "ipywidgets": False}


def test_import_changes_no_global_state():
    """Only what pandas and matplotlib do on their own import may change; lessons_lib adds nothing."""
    code = ("import warnings, locale, pandas, matplotlib; "
            "state = lambda: (list(warnings.filters), locale.setlocale(locale.LC_ALL), "
            "dict(matplotlib.rcParams), pandas.get_option('display.max_rows')); "
            "before = state(); import lessons_lib, lessons_lib.data, lessons_lib.charts, lessons_lib.quiz; "
            "print(before == state())")
    assert run_python(code).stdout.strip() == "True"


def test_public_names_resolve():
    import lessons_lib

    for name in lessons_lib.__all__:
        assert getattr(lessons_lib, name) is not None, name


def test_python_m_runs_the_command_line():
    result = subprocess.run([sys.executable, "-m", "lessons_lib", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "usage: techgeo-lessons" in result.stdout


def test_a_learner_can_import_the_vocabulary_names_from_the_top():
    """`from lessons_lib import labels` (and `label`), as the lessons' `schema.labels(...)` calls read them."""
    code = ("import sys; from lessons_lib import label, labels; import lessons_lib; "
            "print(labels('user_stats', 'claim_type', 'fr')['company_claim'], '|', "
            "label('claims', 'verdict', 'disputed_later', 'en'), '|', "
            "{'label', 'labels'} <= set(lessons_lib.__all__) & set(dir(lessons_lib)), "
            "'pandas' in sys.modules)")
    result = run_python(code)
    assert result.stdout.strip() == "déclaration de l'entreprise | Disputed later | True False"  # still no pandas
