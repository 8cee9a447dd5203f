# FaceLedger — `make run` starts the app, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-slow bench lint translations system-test-deps package clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

translations: $(STAMP)
	$(PY) tools/build_translations.py

run: $(STAMP) translations
	$(VENV)/bin/faceledger gui

system-test-deps:
	@bash tools/install-system-test-deps.sh

test: $(STAMP) system-test-deps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test-slow: $(STAMP) system-test-deps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests
	$(VENV)/bin/mypy

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm
