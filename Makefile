# The two commands of the README: `make lab` and `make test`.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
LAB_STAMP := $(VENV)/.installed-lab
TEST_STAMP := $(VENV)/.installed-test

.PHONY: lab test notebooks baselines clean-venv

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# what a class needs: the package and JupyterLab
$(LAB_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $(LAB_STAMP)

# what the tests need on top: pytest, nbval, ruff, Playwright, Voila, JupyterLite...
$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(TEST_STAMP) $(LAB_STAMP)

## make lab: set up (first time) and open the lessons in JupyterLab on 127.0.0.1
## (in French: make lab LESSONS_LANG=fr; a French locale or TECHGEO_LANG=fr chooses French too)
lab: $(LAB_STAMP)
	$(VENV)/bin/techgeo-lessons lab $(if $(LESSONS_LANG),--lang $(LESSONS_LANG))

## make test: set up (first time), then lint, unit tests, doctests, nbval over every lesson, browser test
test: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

## make notebooks: rebuild notebooks/*.ipynb from notebooks/src/*.py and execute them (and the teacher's dashboard)
notebooks: $(TEST_STAMP)
	$(PY) tools/build_notebooks.py
	$(PY) tools/build_dashboard.py

## make baselines: redraw the chart images the tests compare against
baselines: $(TEST_STAMP)
	$(PY) tools/write_baselines.py

clean-venv:
	rm -rf $(VENV)
