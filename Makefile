# congdoan — `make run` serves the demo site; `make test` runs the whole suite.
# Needs only python3 (≥ 3.11) and make: the virtualenv is created on first use.

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
PG_URL ?= postgres://postgres@127.0.0.1:5432/congdoan
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint test-sqlite test-postgresql translations translations-check bench clean help

help:
	@echo "make run    - set up and serve the demo site on http://127.0.0.1:$(PORT)"
	@echo "make test   - lint (ruff, the import-linter layers), then the whole test suite on SQLite and PostgreSQL"
	@echo "make bench  - performance figures (bench/)"
	@echo "make translations-check - how much of the admin is in Vietnamese (fails below 98 % or on a broken placeholder)"

$(VENV)/.installed: pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

translations: $(VENV)/.installed
	@$(PY) tools/compile_messages.py

translations-check: $(VENV)/.installed
	@$(PY) tools/translations_check.py

run: translations
	DJANGO_SETTINGS_MODULE=congdoan.settings.dev $(PY) manage.py migrate --noinput -v 0
	DJANGO_SETTINGS_MODULE=congdoan.settings.dev $(PY) manage.py load_demo
	@echo "Serving http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/ — logins above; Ctrl+C stops)"
	DJANGO_SETTINGS_MODULE=congdoan.settings.dev $(PY) manage.py runserver --insecure 127.0.0.1:$(PORT)

lint: $(VENV)/.installed
	@echo "== Lint: ruff, the layers of the code (import-linter, .importlinter), and the types of the services and selectors (mypy) =="
	$(VENV)/bin/ruff check congdoan bench tools
	$(VENV)/bin/ruff format --check congdoan bench tools
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: translations lint
	@bash tools/ensure_chromium.sh
	@$(MAKE) --no-print-directory test-sqlite
	@if DATABASE_URL=$(PG_URL) $(PY) tools/postgres_available.py; then \
		$(MAKE) --no-print-directory test-postgresql; \
	else \
		echo "PostgreSQL pass: SKIPPED — no PostgreSQL server answers at $(PG_URL) (set PG_URL to point at one)."; \
	fi

test-sqlite:
	@echo "== Test suite on SQLite =="
	env -u DATABASE_URL $(PY) -m pytest

test-postgresql:
	@echo "== Test suite on PostgreSQL ($(PG_URL)) =="
	DATABASE_URL=$(PG_URL) $(PY) -m pytest

bench: translations
	$(PY) bench/portal.py
	$(PY) bench/registry.py
	$(PY) bench/reports.py

clean:
	rm -rf $(VENV) var db.sqlite3 test-artifacts
