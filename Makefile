# Two commands for a newcomer: `make run` and `make test`. Everything else serves them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run test install install-test messages migrate demo dev-server serve node lint bench load clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

# Test and lint tools come on top of the runtime, only for those who test.
$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(VENV)/bin/pip install --quiet -r requirements-test.txt
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Django's compilemessages needs GNU gettext; Babel (already a dependency) does the
# same job where gettext is not installed, so `make run` needs nothing from apt. It
# compiles one folder of languages at a time: the project's, then the admin overlay.
messages: install
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules; \
	else \
		for dir in locale locale/overlay; do \
			$(VENV)/bin/pybabel compile --statistics -D django -d $$dir || exit 1; \
		done; \
	fi

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate messages
	$(PY) manage.py load_demo

# The background worker (mail, long imports) runs beside the web server and stops with it.
WORKER := $(PY) manage.py db_worker --backend background --queue-name '*'

dev-server:
	@$(WORKER) & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST)

run: demo
	$(MAKE) --no-print-directory dev-server

# Production on one machine: the production settings (SECRET_KEY, DATABASE_URL, REDIS_URL,
# ALLOWED_HOSTS… from the environment, see the README's deployment section), static files
# collected with hashed names and compressed copies for whitenoise, gunicorn with
# GUNICORN_WORKERS processes (no access log of its own: cms.request_log writes one line a
# request, without query strings), and the task worker beside it. Migrations are a release step
# of their own (`manage.py migrate`), run once however many servers there are.
GUNICORN_WORKERS ?= 4
serve: export DJANGO_SETTINGS_MODULE = cms.settings.production
serve: install messages
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@$(WORKER) & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(VENV)/bin/gunicorn cms.wsgi --bind $(HOST) --workers $(GUNICORN_WORKERS) --error-logfile -

# Real client-side parsers and checkers (axe-core, ical.js) for the tests; never committed.
node:
	@if command -v npm >/dev/null 2>&1; then \
		npm install --prefix tests/node --no-audit --no-fund --silent; \
	else \
		echo "npm not found: tests that need Node.js packages will skip"; \
	fi

test: install-test messages node
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# Style, the layers contract (pyproject.toml) and migrations that match the models.
lint: install-test
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run --noinput

bench: install-test
	$(PY) bench/feeds.py
	$(PY) bench/conflicts.py
	$(PY) bench/imports.py
	$(PY) bench/pages.py

# Two minutes of mixed load on `make serve` with Redis stopped and PostgreSQL restarted,
# against servers of its own (bench/load.py; LOAD_ARGS="--seconds 30" for a shorter run).
load: install-test
	$(PY) bench/load.py --faults $(LOAD_ARGS)

clean:
	rm -rf $(VENV) tests/node/node_modules tests/artifacts
