# Two commands, both idempotent on a fresh machine:
#   make run   sets up .venv and opens the dashboard on the default article
#   make test  sets up .venv (+ Debian's chromium when missing) and runs the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
# The suite runs on up to 4 workers (pytest-xdist; one per core): each has its own Streamlit server,
# browser, PostgreSQL and corrections database. Tests that share a cache entry stay on one worker
# (xdist_group). PARALLEL= runs it in one process.
PARALLEL ?= -n auto --maxprocesses 4 --dist loadgroup

.PHONY: run test setup setup-dev debian-packages chromium postgresql lint benchmark golden golden-freeze clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: pyproject.toml requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.runtime

setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev

run: setup
	$(BIN)/streamlit run dashboard.py

# The browser tests need Debian's chromium, the corrections tests Debian's PostgreSQL (initdb, pg_ctl: the
# tests start a throw-away server; nothing is started here). What is missing is installed in one apt-get run
# (needs root, as in CI); what is there is left alone.
debian-packages:
	@missing=""; \
	[ -x "$(CHROMIUM)" ] || missing="$$missing chromium fonts-dejavu-core"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null; \
	  else echo "Install Debian's packages first: sudo apt-get install$$missing" >&2; exit 1; fi; \
	fi

chromium postgresql: debian-packages

# The linear-time tests compare CPU times of one process at two sizes: beside three other workers on a
# two-core machine, contention moved a ratio past its bound (5.4x, and over 6x on a 4x-linear shape).
# They run on their own, after the rest.
test: setup-dev debian-packages
	$(BIN)/python -m pytest -q $(PARALLEL) --ignore tests/test_complexity.py
	$(BIN)/python -m pytest -q tests/test_complexity.py

lint: setup-dev
	$(BIN)/ruff check quotelens tests app_pages dashboard.py benchmarks tools
	$(BIN)/mypy

benchmark: setup-dev
	$(BIN)/python benchmarks/accuracy.py --split dev
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/dashboard.py
	$(BIN)/python benchmarks/html_extraction.py

# Digests of the engine's outputs on PolNeAR train, dev and the default article (tools/golden.py):
# a change that should only change what the engine costs must leave every digest as it was.
golden: setup-dev
	$(BIN)/python tools/golden.py

golden-freeze: setup-dev
	$(BIN)/python tools/golden.py --freeze

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache tests/e2e/screenshots
