# Spoorwijzer: every target sets up what it needs (virtual environment, pinned packages).
#   make run    load the demo dossiers into the SQLite store (if empty), show the signals and
#               serve the API on http://127.0.0.1:8000 (docs at /docs; demo tokens in var/);
#               make run POORT=8081 (and HOST=...) serves elsewhere
#   make test   lint + type check + import contracts + all tests (PostgreSQL included)
#   make bench  performance ratios against raw baselines measured in the same run
#               (the API part on a throwaway PostgreSQL)
#   make lint   ruff, mypy and import-linter only
#   make spec   run the Dutch features and write reports/spec/index.html
#   make stappen  regenerate docs/stappen.md, the step catalogue
#   make docs   regenerate the generated parts of docs/ (step catalogue, field reference of
#               docs/uitwisselformaat.md, traceability map)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench unit clean-db clean stappen spec docs

$(STAMP): pyproject.toml requirements.lock
	@test -n "$(PYTHON)" || { echo "python3 (3.11 or newer) is required" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

# make run POORT=8081 HOST=0.0.0.0 serves elsewhere.  POORT may also come from the
# environment; HOST only from the command line (shells such as zsh set HOST to the machine name).
POORT ?= 8000
HOST  := 127.0.0.1

run: $(STAMP)
	$(BIN)/spoorwijzer demo laad
	$(BIN)/spoorwijzer signalen
	$(BIN)/spoorwijzer serve --demo --host $(HOST) --poort $(POORT)

lint: $(STAMP)
	$(BIN)/ruff check domain adapters simulation tests bench
	$(BIN)/ruff format --check domain adapters simulation tests bench
	$(BIN)/mypy domain adapters simulation
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m adapters.levend stappen --controleer
	$(BIN)/python -m adapters.levend herleiding --controleer
	$(BIN)/python -m adapters.levend uitwisselformaat --controleer
	CI=$(CI) scripts/met-postgres.sh $(BIN)/pytest -n 2 -q

# docs/stappen.md: every step phrase with an example, for composing new scenarios.
stappen: $(STAMP)
	$(BIN)/python -m adapters.levend stappen

# Every generated part of docs/: the step catalogue, the field reference per type in
# docs/uitwisselformaat.md (from the event classes) and the traceability map.
docs: $(STAMP)
	$(BIN)/python -m adapters.levend stappen
	$(BIN)/python -m adapters.levend uitwisselformaat
	$(BIN)/python -m adapters.levend herleiding

# The living documentation: run the features (one process: pytest-bdd writes no cucumber
# JSON under xdist), then the HTML report and docs/traceability.md, even when a scenario fails.
spec: $(STAMP)
	@mkdir -p reports
	$(BIN)/pytest -q tests/bdd --cucumberjson=reports/cucumber.json; status=$$?; \
	$(BIN)/python -m adapters.levend herleiding && \
	$(BIN)/python -m adapters.levend rapport --cucumber reports/cucumber.json --features features --uit reports/spec && \
	exit $$status

unit: $(STAMP)
	$(BIN)/pytest -q -m "not postgres"

bench: $(STAMP)
	scripts/met-postgres.sh $(BIN)/python -m bench

clean-db:
	rm -f var/spoorwijzer.db var/spoorwijzer.db-wal var/spoorwijzer.db-shm

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis
