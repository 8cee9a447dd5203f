# FaceLedger — `make run` starts the app, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PKG_STAMP := $(VENV)/.package-stamp

.PHONY: run test test-slow test-crash-loop bench lint translations system-test-deps package test-package clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip 'setuptools>=77'
	$(PY) -m pip install --quiet --no-build-isolation -e '.[test]'
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

# D5 at nightly size alone: 1,000 random SIGKILLs of a committing writer (FACELEDGER_CRASH_KILLS=N to change).
test-crash-loop: $(STAMP)
	$(PY) -m pytest -q -m slow -s tests/slow/test_crash_long.py

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks
	$(PY) -m tests.benchmarks.bench_cli_start

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests
	$(VENV)/bin/mypy

$(PKG_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --no-build-isolation -e '.[package]'
	@touch $(PKG_STAMP)

# Linux release: dist/faceledger/ (one-folder bundle) and dist/FaceLedger-<version>-linux-<arch>.tar.gz.
# Windows and macOS installers are built on those systems: see packaging/README.md.
package: $(PKG_STAMP) translations
	PY=$(abspath $(PY)) bash packaging/linux/build.sh

# The frozen app itself: starts offscreen, vault + record + letter PDF through the bundle, no build paths.
test-package: package system-test-deps
	QT_QPA_PLATFORM=offscreen FACELEDGER_BUNDLE=dist/faceledger $(PY) -m pytest -q -m slow tests/slow/test_frozen_bundle.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm
