# Dialoog: `make demo` sets up and starts the inbox; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup setup-dev browser nginx redis demo serve production test lint bench migrate clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(BIN)/.dev: $(BIN)/.runtime requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

static/node_modules/.installed: static/package.json static/package-lock.json
	cd static && npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(BIN)/.runtime static/node_modules/.installed  ## Virtual environment, Python and npm packages

setup-dev: setup $(BIN)/.dev  ## Also the test and lint tools

browser:  ## Debian's chromium for the browser tests (never a downloaded browser)
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

nginx:  ## Debian's nginx for the production mode and its test (only the binary is used)
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nginx; }

redis:  ## Debian's redis-server binary (a test kills and restarts a private one)
	@command -v redis-server >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq redis-server; }

demo: setup  ## Start the inbox with the X sandbox and simulated voters at http://127.0.0.1:5000
	$(BIN)/python -m inbox demo

serve: setup  ## Start the inbox without the sandbox (configure with environment variables)
	$(BIN)/python -m inbox db upgrade
	$(BIN)/python -m inbox serve

production: setup  ## Production on this host: nginx, web processes, workers, scheduler (needs DATABASE_URL, REDIS_URL)
	$(BIN)/python -m inbox production $(PRODUCTION_ARGS)

test: setup-dev browser nginx redis  ## Run the whole test suite
	$(BIN)/pytest $(PYTEST_ARGS)

lint: setup-dev  ## ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup-dev  ## Store throughput on SQLite and PostgreSQL
	$(BIN)/python bench/store_throughput.py

migrate: setup  ## Apply database migrations
	$(BIN)/python -m inbox db upgrade

clean:  ## Remove the environment (keeps the data in instance/)
	rm -rf $(VENV) static/node_modules
