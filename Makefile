# Two entry points for a fresh machine (see README): `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test system-libs venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

system-libs:
	@bash tools/system-libs.sh

venv: $(BIN)/python

run: system-libs venv
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/briefing $(ARGS)

test: system-libs venv
	$(BIN)/python -m pip install --quiet -e '.[test]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
