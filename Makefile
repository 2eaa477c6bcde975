# Vierhoek: `make run` to use it, `make test` to check it. `make help` lists every target.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
MANAGE := $(BIN)/python manage.py
DEV_SETTINGS := config.settings.development

# Production settings for `check --deploy`: a throwaway key and host, nothing else relaxed.
DEPLOY_ENV := DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
	ALLOWED_HOSTS=vierhoek.example.org \
	DATABASE_URL=postgres://vierhoek:vierhoek@127.0.0.1:5432/vierhoek

.PHONY: help setup system system-test python node messages migrate demo run test lint format \
	typecheck migrations-check deploy-check pytest benchmark benchmark-documents benchmark-meetings benchmark-insight clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}'

setup: system python node messages ## Everything `run` and `test` need: services, packages, translations

system: ## Start (or install) PostgreSQL and Redis, create the database, install Debian packages
	@bin/ensure-system

system-test: ## As `system`, plus Chromium for the browser tests
	@bin/ensure-system --test

python: $(VENV)/.synced ## The virtualenv, installed from the lock file (uv.lock)
$(VENV)/.synced: uv.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	@UV_PROJECT_ENVIRONMENT=$(VENV) $(BIN)/uv sync --frozen --inexact --quiet
	@touch $@

node: node_modules/.synced ## Front-end packages, installed from the lock file (package-lock.json)
node_modules/.synced: package-lock.json
	@npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

messages: python ## Compile the translations
	@DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

# Migrations run as the owner of the tables; the application as vierhoek_app, which owns none.
OWNER_DATABASE_URL := postgres://vierhoek:vierhoek@127.0.0.1:5432/vierhoek

migrate: setup ## Apply database migrations as the owner, load the catalogue, grant the app role
	@DATABASE_URL=$(OWNER_DATABASE_URL) DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(MANAGE) migrate --no-input -v 1
	@DATABASE_URL=$(OWNER_DATABASE_URL) DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(MANAGE) load_catalogue
	@DATABASE_URL=$(OWNER_DATABASE_URL) DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(MANAGE) grant_app_role

demo: migrate ## Load the demo municipality and its users (development only)
	@DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(MANAGE) load_demo --history

run: demo ## Set everything up and serve on http://127.0.0.1:8000 with a Celery worker and beat
	@echo "Vierhoek: http://127.0.0.1:8000 (demo users: see README)"
	@PATH="$(abspath $(BIN)):$$PATH" DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/honcho start --procfile Procfile

test: setup system-test lint typecheck migrations-check deploy-check pytest ## Set up, then run every check and test

lint: python ## Ruff: lint and formatting
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .

format: python ## Ruff: fix what can be fixed and format
	@$(BIN)/ruff check --fix .
	@$(BIN)/ruff format .

typecheck: python ## mypy with django-stubs
	@$(BIN)/mypy .

migrations-check: python ## Fail when a model change has no migration
	@DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(MANAGE) makemigrations --check --dry-run

deploy-check: python ## Django's deployment checks with the production settings
	@$(DEPLOY_ENV) $(MANAGE) check --deploy --fail-level WARNING

pytest: setup system-test ## The test suite against the real PostgreSQL, Redis and Chromium
	@$(BIN)/pytest $(PYTEST_ARGS)

CASES ?= 1000000
benchmark: setup ## Benchmarks at national scale (CASES=1000000): writes docs/performance.md
	@$(BIN)/python -m benchmarks --cases $(CASES)

benchmark-documents: setup ## The PDF benchmark (pipeline, submit to ready, 50 at once)
	@$(BIN)/python -m benchmarks.documents

benchmark-meetings: setup ## The chair's meeting mode, 20 items and 12 partners (CASES=1000000)
	@$(BIN)/python -m benchmarks.meetings --cases $(CASES)

benchmark-insight: setup ## The insight pages and the summaries' refresh and rebuild (CASES=1000000)
	@$(BIN)/python -m benchmarks.insight --cases $(CASES)

clean: ## Remove the virtualenv, front-end packages and build output
	rm -rf $(VENV) node_modules staticfiles
