# Every command a newcomer needs; each target works from a fresh clone.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test lint report bench messages makemessages clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# Editable, so that pip builds nothing into build/, where the reports are written.
	$(PY) -m pip install --quiet --editable ".[dev]"
	touch $(STAMP)

## install: create .venv, install the pinned dependencies and compile the translations
install: $(STAMP) messages

## messages: compile the .po translation catalogues into .mo files
messages: $(STAMP)
	$(PY) scripts/compile_messages.py

## makemessages: refresh the .po catalogues from the sources (needs GNU gettext)
makemessages: $(STAMP)
	for app in accounts core demo measures portal programmes reports; do \
		(cd $$app && mkdir -p locale && ../$(PY) ../manage.py makemessages -l ru -l en -v0) || exit 1; \
	done
	$(PY) manage.py makemessages -l ru -l en -v0 --ignore='.venv/*' --ignore='tests/*' --ignore='bench/*' \
		--ignore='accounts/*' --ignore='core/*' --ignore='portal/*' --ignore='demo/*' --ignore='measures/*' --ignore='programmes/*' --ignore='reports/*'

## run: migrate, load the demo data and accounts, serve on http://127.0.0.1:8000/ with one job worker
run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo --with-users
	@echo "Demo accounts: analyst-kaz, secretariat, reviewer; password: $${DEMO_PASSWORD:-demo}"
	@# The worker runs the long work (imports, exports, report PDFs, issuing) and stops with the server.
	$(PY) manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000

## test: the whole test suite (DATABASE_URL selects the database; SQLite by default)
test: install
	$(PY) -m pytest

## lint: ruff lint and format check, and no missing migration
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

## report: migrate, load the demo, write build/report-2024-{en,ru}.{pdf,docx}
report: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	mkdir -p build
	for lang in en ru; do for format in pdf docx; do \
		$(PY) manage.py build_report 2024 --lang $$lang --format $$format --output build/report-2024-$$lang.$$format || exit 1; \
	done; done

## bench: the benchmarks on SQLite and PostgreSQL, figures printed beside their goals
bench: install
	$(PY) bench/run.py

## clean: remove the virtual environment, the database and build output
clean:
	rm -rf $(VENV) db.sqlite3 build
