# delegate_app — `make run` opens the app, `make test` runs every check. Both set up
# what they need first: system packages (Debian/Ubuntu), a virtual environment, the package.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
# ical.js, one of the independent readers the tests run our calendars through.
ICALJS_VERSION := 2.2.1
ICALJS := $(VENV)/node/node_modules/ical.js/package.json

.PHONY: run test lint bench reliability screenshots system-packages clean translations qm

run: $(RUN_STAMP)
	@PYTHON=$(PYTHON) sh .ci/system-packages run
	$(BIN)/python .ci/translations.py compile
	$(BIN)/delegate-app $(ARGS)

test: $(TEST_STAMP) $(ICALJS)
	@PYTHON=$(PYTHON) sh .ci/system-packages test
	$(BIN)/python .ci/translations.py compile
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not perf and not long and not fuzz"
	# The same service, import and export tests again, on a real PostgreSQL server.
	DELEGATE_APP_TEST_DB=postgresql QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
		-m "not perf and not long and not fuzz" tests/services tests/imports tests/exports
	$(MAKE) --no-print-directory lint

lint: $(TEST_STAMP)
	$(BIN)/ruff check delegate_app migrations tests .ci
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m perf tests/perf

reliability: $(TEST_STAMP)
	@PYTHON=$(PYTHON) sh .ci/system-packages test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -s -m "long or fuzz" tests/reliability

screenshots: $(TEST_STAMP)
	$(BIN)/python .ci/translations.py compile
	QT_QPA_PLATFORM=offscreen $(BIN)/python .ci/screenshots.py docs/screenshots

# The interface's catalogs: extract the texts from the code into interface_{fa,es}.ts
# (translations kept), fill them from the kept translations (.ci/translations/interface/),
# then compile them. `qm` only compiles (the .qm are build products).
translations: $(RUN_STAMP)
	$(BIN)/python .ci/translations.py update
	$(BIN)/python .ci/translations/fill.py
	$(BIN)/python .ci/translations.py update

qm: $(RUN_STAMP)
	$(BIN)/python .ci/translations.py compile

system-packages:
	PYTHON=$(PYTHON) sh .ci/system-packages test

$(BIN)/python:
	PYTHON=$(PYTHON) sh .ci/system-packages
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "delegate_app needs Python 3.11 or newer (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	PYTHON=$(PYTHON) sh .ci/system-packages run
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	PYTHON=$(PYTHON) sh .ci/system-packages test
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $@

$(ICALJS): Makefile | $(BIN)/python
	PYTHON=$(PYTHON) sh .ci/system-packages test
	npm install --prefix $(VENV)/node --no-save --no-audit --no-fund ical.js@$(ICALJS_VERSION)
	touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache .import_linter_cache
