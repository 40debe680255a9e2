# Spoorwijzer: every target sets up what it needs (virtual environment, pinned packages).
#   make run    load the demo dossiers into the SQLite store (if empty) and show the signals
#   make test   lint + type check + import contracts + all tests (PostgreSQL included)
#   make bench  performance ratios against raw baselines measured in the same run
#   make lint   ruff, mypy and import-linter only

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench unit clean-db clean

$(STAMP): pyproject.toml requirements.lock
	@test -n "$(PYTHON)" || { echo "python3 (3.11 or newer) is required" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/spoorwijzer demo laad
	$(BIN)/spoorwijzer signalen

lint: $(STAMP)
	$(BIN)/ruff check domain adapters tests bench
	$(BIN)/ruff format --check domain adapters tests bench
	$(BIN)/mypy domain adapters
	$(BIN)/lint-imports

test: lint
	CI=$(CI) scripts/met-postgres.sh $(BIN)/pytest -n 2 -q

unit: $(STAMP)
	$(BIN)/pytest -q -m "not postgres"

bench: $(STAMP)
	$(BIN)/python -m bench

clean-db:
	rm -f var/spoorwijzer.db var/spoorwijzer.db-wal var/spoorwijzer.db-shm

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis
