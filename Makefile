# The two commands a new user needs: `make run` and `make test`.
# Dependencies are pinned in uv.lock (docs/operations.md, "Dependencies"); uv itself is pinned
# here and installed with pip into .tools/, so a fresh clone needs only Python 3.11 or 3.12
# (with pip; without it, pip comes from a small virtual environment in .tools/venv).
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
# `make test` compiles every .pyc file at install time, as pip does: where
# PYTHONDONTWRITEBYTECODE is set, every test process (and every worker process a test starts)
# would otherwise compile Django and Wagtail again. `make run` does not (7 s of CPU for ~4,000
# files on a fresh clone): its processes write the .pyc files of what they import
# (bin/run-demo), about a third of them.
TEST_INSTALL_ENV := UV_COMPILE_BYTECODE=1

.PHONY: run serve test install install-test lock lock-check lint format messages schema-snapshot clean

# pip --target: no virtual environment to create for one binary (seconds on a fresh clone).
$(UV):
	$(PYTHON) -m pip install -q --target $(TOOLS) uv==$(UV_VERSION) || { \
	  $(PYTHON) -m venv $(TOOLS)/venv && \
	  $(TOOLS)/venv/bin/pip install -q --target $(TOOLS) uv==$(UV_VERSION); }

# --frozen: exactly the versions in uv.lock, never a new resolution. --inexact keeps the test
# tools when `make run` follows `make test`.
$(VENV)/.installed: pyproject.toml uv.lock Makefile | $(UV)
	$(UV) sync --frozen --inexact --python $(PYTHON_EXE)
	touch $@

$(VENV)/.installed-test: pyproject.toml uv.lock Makefile | $(UV)
	$(TEST_INSTALL_ENV) $(UV) sync --frozen --inexact --extra test --python $(PYTHON_EXE)
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


# The whole suite, in two runs that both always happen (make fails if either failed):
# 1. every test not marked slow, spread over the CPUs by pytest-xdist (TEST_WORKERS=1 for one
#    process); each worker has its own test database (PostgreSQL: test_<name>_gw0, _gw1 ...),
#    and a test module stays on one worker, so its module-scoped content is built once;
# 2. those marked slow or serial (real worker processes killed mid-campaign, RQ on a Redis
#    database it flushes, the demo's supervisor sending itself Ctrl-C: timing-sensitive or
#    sharing outside state) one at a time, in one process.
# PYTEST_ARGS go to both (e.g. PYTEST_ARGS=tests/newsletter); a run that selects nothing is
# not a failure.
TEST_WORKERS ?= auto
test: install-test
	@status=0; \
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadscope -m "not slow and not serial" $(PYTEST_ARGS) \
	  || { rc=$$?; [ $$rc -eq 5 ] || status=$$rc; }; \
	$(BIN)/python -m pytest -p no:xdist -m "slow or serial" $(PYTEST_ARGS) \
	  || { rc=$$?; [ $$rc -eq 5 ] || status=$$rc; }; \
	exit $$status

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install
	cd sitrep && SITREP_ENVIRONMENT=development ../$(BIN)/python ../manage.py makemessages -l be -l ru --no-obsolete
	cd sitrep && SITREP_ENVIRONMENT=development ../$(BIN)/python ../manage.py compilemessages

# After adding a migration: the SQLite database the demo's first run starts from
# (sitrep/core/schema_snapshot.py), written from a freshly migrated temporary database.
schema-snapshot: install
	tmp=$$(mktemp -d) && export SITREP_ENVIRONMENT=development SITREP_VAR_DIR=$$tmp && \
	  env -u DATABASE_URL $(BIN)/python manage.py migrate -v0 && \
	  env -u DATABASE_URL $(BIN)/python manage.py schema_snapshot; status=$$?; rm -rf $$tmp; exit $$status

clean:
	rm -rf $(VENV) $(TOOLS) var
