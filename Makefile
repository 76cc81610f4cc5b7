# The two commands of the README: `make lab` and `make test`.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: lab test notebooks baselines clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## make lab: set up (first time) and open the lessons in JupyterLab on 127.0.0.1
lab: $(STAMP)
	$(VENV)/bin/techgeo-lessons lab

## make test: set up (first time), then lint, unit tests, doctests, nbval over every lesson, browser test
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

## make notebooks: rebuild notebooks/*.ipynb from notebooks/src/*.py and execute them
notebooks: $(STAMP)
	$(PY) tools/build_notebooks.py

clean-venv:
	rm -rf $(VENV)
