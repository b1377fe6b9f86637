# Two entry points for a fresh machine (see README): `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# pip runs only when pyproject.toml is newer than these stamps (or the venv is new).
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test system-libs venv
# A failed step removes the target it changed: a venv that Debian's python3 without python3-venv half-made
# (bin/python there, no pip) is made again by the next make instead of failing at pip.
.DELETE_ON_ERROR:

$(BIN)/python:
	@echo "Creating $(VENV) with $(PYTHON) ..."
	$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV); on Debian/Ubuntu: sudo apt-get install python3-venv" >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	@echo "Installing briefing and its dependencies (PySide6, sumy, NLTK, reportlab, natasha, spaCy, ...) into $(VENV): about a minute the first time ..."
	$(BIN)/python -m pip install -e '.[ru,fr]'
	@touch $@

# The test extra includes everything `run` needs, so it marks both as installed.
$(TEST_STAMP): pyproject.toml | $(BIN)/python
	@echo "Installing briefing with its test dependencies into $(VENV): about a minute the first time ..."
	$(BIN)/python -m pip install -e '.[test,ru,fr]'
	@touch $@ $(STAMP)

venv: $(STAMP)

# Qt's system libraries: checked against the installed PySide6, so after pip.
system-libs: $(STAMP)
	@bash tools/system-libs.sh $(BIN)/python

run: $(STAMP)
	@bash tools/system-libs.sh $(BIN)/python
	$(BIN)/briefing $(ARGS)

test: $(TEST_STAMP)
	@bash tools/system-libs.sh $(BIN)/python offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
