# Embassy: `make run` to try the site, `make test` to run every test.
# PYTHON=/path/to/python3.12+ overrides the interpreter found below.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= $(shell for candidate in python3.13 python3.12 python3 \
	$$(ls -d $$(pyenv root 2>/dev/null)/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	command -v $$candidate >/dev/null 2>&1 && \
	$$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && \
	{ command -v $$candidate; break; }; done)
HOST ?= 127.0.0.1:8000

.PHONY: help run test bench lint format browser-deps clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(BIN)/python:
	@if [ -z "$(PYTHON)" ]; then \
		echo "Embassy needs Python 3.12 or newer (Django 6.1 requires it)."; \
		echo "Install one, or name it: make PYTHON=/path/to/python3.13 $(MAKECMDGOALS)"; \
		exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

run: $(VENV)/.installed  ## Serve the site with demo content on SQLite
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@# The worker processes uploaded photos in the background, started again
	@# if it stops, as systemd does in production; both stop together.
	( trap 'kill $$child 2>/dev/null; exit' TERM; \
		while true; do $(BIN)/python manage.py worker & child=$$!; wait $$child; sleep 1; done \
	) & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(BIN)/python manage.py runserver $(HOST)

browser-deps:  ## Install Chromium and nginx (Debian) and axe-core (npm) for the tests
	@command -v chromium >/dev/null || { \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@# The deployment's nginx configuration is tested in front of the site.
	@command -v nginx >/dev/null || { \
		echo "Installing Debian's nginx for the deployment tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }
	@[ -f node_modules/axe-core/axe.min.js ] || npm ci --silent --no-audit --no-fund

test: $(VENV)/.installed browser-deps  ## Run every test (set DATABASE_URL for PostgreSQL)
	$(BIN)/coverage run -m pytest
	$(BIN)/coverage report

bench: $(VENV)/.installed  ## Time photo batches and the pages, cached and not, against Django's ceiling
	@command -v wrk >/dev/null || { \
		echo "Installing Debian's wrk for the page benchmark"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/pip install --quiet -e ".[bench]"
	$(BIN)/python bench/gallery.py 20
	$(BIN)/python bench/pages.py --sqlite
	$(BIN)/python bench/pages.py

lint: $(VENV)/.installed  ## Check style, security lint and migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# Medium severity and above; each "# nosec" in the code says why.
	$(BIN)/bandit -q -c pyproject.toml -r . --severity-level medium
	$(BIN)/python manage.py makemigrations --check --dry-run

format: $(VENV)/.installed  ## Format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:  ## Remove the virtual environment, the demo database and uploads
	rm -rf $(VENV) node_modules db.sqlite3 media pending sources staticfiles
