# The two commands a new user needs: `make run` and `make test`.
# Dependencies are pinned in uv.lock (docs/operations.md, "Dependencies"); uv itself is pinned
# here and installed with pip into .tools/, so a fresh clone needs only Python 3.11 or 3.12.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
# The interpreter itself, not a pyenv shim: uv re-creates .venv when the path it is given
# differs from the one the environment was made with.
PYTHON_EXE := $(shell $(PYTHON) -c 'import sys; print(sys.executable)')
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# uv uses the Python given here and never downloads one.
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Compile .pyc files at install time, as pip does: where PYTHONDONTWRITEBYTECODE is set,
# every start would otherwise compile Django and Wagtail again (seconds of CPU).
export UV_COMPILE_BYTECODE := 1

.PHONY: run serve test install install-test lock lock-check lint format messages clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install -q uv==$(UV_VERSION)

# --frozen: exactly the versions in uv.lock, never a new resolution. --inexact keeps the test
# tools when `make run` follows `make test`.
$(VENV)/.installed: pyproject.toml uv.lock Makefile | $(UV)
	$(UV) sync --frozen --inexact --python $(PYTHON_EXE)
	touch $@

$(VENV)/.installed-test: pyproject.toml uv.lock Makefile | $(UV)
	$(UV) sync --frozen --inexact --extra test --python $(PYTHON_EXE)
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# After a change to the dependencies in pyproject.toml: write uv.lock again, commit both.
lock: | $(UV)
	$(UV) lock --python $(PYTHON_EXE)

# Fails when uv.lock no longer matches pyproject.toml (CI runs it).
lock-check: | $(UV)
	$(UV) lock --check --python $(PYTHON_EXE)

run: install
	PORT=$(PORT) ./bin/run-demo

# The production web server alone (no worker): granian tuned as docs/performance.md says, with
# WEB_CONCURRENCY workers; the database, cache and keys come from the environment or .env.
serve: install
	PORT=$(PORT) ./bin/serve

test: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install
	cd sitrep && SITREP_ENVIRONMENT=development ../$(BIN)/python ../manage.py makemessages -l be -l ru --no-obsolete
	cd sitrep && SITREP_ENVIRONMENT=development ../$(BIN)/python ../manage.py compilemessages

clean:
	rm -rf $(VENV) $(TOOLS) var
