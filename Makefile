# Dialoog: `make demo` sets up and starts the inbox; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup setup-dev missing-system-packages npm browser nginx redis system-packages demo serve production test lint bench migrate translations clean

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

setup: $(BIN)/.runtime npm static/node_modules/.installed  ## Virtual environment, Python and npm packages

setup-dev: setup $(BIN)/.dev  ## Also the test and lint tools

# What the tests need from the system, as command:Debian-package pairs. A package is asked for
# only when its command is missing (npm from NodeSource counts: Debian's npm would conflict
# with it), one at a time, so one refusal says which need it was.
SYSTEM_NEEDS ?= chromium:chromium nginx:nginx redis-server:redis-server npm:npm
define install_if_missing
	@command -v $(1) >/dev/null || [ -x /usr/sbin/$(1) ] || { \
	  echo "installing Debian's $(2) (no $(1) on the PATH)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; }
endef

missing-system-packages:  ## Print the Debian packages `make test` would install here (none when all is there)
	@for need in $(SYSTEM_NEEDS); do command="$${need%%:*}"; \
	  command -v "$$command" >/dev/null || [ -x "/usr/sbin/$$command" ] || echo "$${need#*:}"; done

npm:  ## npm for the browser libraries (any npm on the PATH will do; else Debian's)
	$(call install_if_missing,npm,npm)

browser:  ## Debian's chromium for the browser tests (never a downloaded browser)
	$(call install_if_missing,chromium,chromium)

nginx:  ## Debian's nginx for the production mode and its test (only the binary is used)
	$(call install_if_missing,nginx,nginx)

redis:  ## Debian's redis-server binary (a test kills and restarts a private one)
	$(call install_if_missing,redis-server,redis-server)

system-packages: npm browser nginx redis  ## Everything `make test` needs from the system

demo: setup  ## Start the inbox with the X sandbox and simulated voters at http://127.0.0.1:5000
	$(BIN)/python -m inbox demo

serve: setup  ## Start the inbox without the sandbox (configure with environment variables)
	$(BIN)/python -m inbox db upgrade
	$(BIN)/python -m inbox serve

production: setup  ## Production on this host: nginx, web processes, workers, scheduler (needs DATABASE_URL, REDIS_URL)
	$(BIN)/python -m inbox production $(PRODUCTION_ARGS)

# PYTEST_WORKERS=2 (or auto: one per core, at most 4) runs the suite in parallel with pytest-xdist:
# each worker has its own PostgreSQL databases, Redis database (tests/conftest.py) and ports.
# Not the default yet: one parallel run under heavy load timed out in three process-spawning
# tests (e2e scale-out, Redis restart). PYTEST_ARGS adds options (CI: --junitxml=…).
PYTEST_WORKERS ?= 0
PYTEST_PARALLEL = $(if $(filter-out 0,$(PYTEST_WORKERS)),-n $(PYTEST_WORKERS) --maxprocesses=4 --dist loadgroup)

test: setup-dev system-packages  ## Run the whole test suite
	$(BIN)/pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

# Dead code (vulture): what these decorators register is called by its framework, not by our
# code (Flask routes and request hooks, Click commands, Huey jobs, SQLAlchemy events, the
# login loader); every other name vulture cannot see used is in .vulture_whitelist.py.
VULTURE_DECORATORS := @*.route,@*.get,@*.post,@*.put,@*.patch,@*.delete,@*.command,@*.task,@job,@*.listens_for,@*.before_request,@*.after_request,@*.teardown_request,@*.user_loader

lint: setup-dev  ## ruff, the import layers of inbox/ (import-linter), dead code (vulture)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/vulture inbox bench tests wsgi.py .vulture_whitelist.py --min-confidence 60 --ignore-decorators "$(VULTURE_DECORATORS)"

bench: setup-dev  ## Store throughput on SQLite and PostgreSQL
	$(BIN)/python bench/store_throughput.py

translations: setup-dev  ## Strings: add keys new in the code to every catalogue (empty until translated), then check them
	mkdir -p instance
	$(BIN)/pybabel -q extract -F babel.cfg -k t -k translate --no-location --omit-header -o instance/extracted.pot .
	$(BIN)/python -m inbox.translations.update instance/extracted.pot
	$(BIN)/pybabel -q update -i inbox/translations/messages.pot -d inbox/translations --no-fuzzy-matching --no-wrap
	$(BIN)/pybabel compile -d inbox/translations --statistics  # a syntax and count check: the app reads the .po files
	find inbox/translations -name '*.mo' -delete
	$(BIN)/pytest -q tests/i18n

migrate: setup  ## Apply database migrations
	$(BIN)/python -m inbox db upgrade

clean:  ## Remove the environment (keeps the data in instance/)
	rm -rf $(VENV) static/node_modules
