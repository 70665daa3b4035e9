# The two commands of the quick start: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test unit lint compiled clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Run the whole pipeline on the default feed list (starts the local stack when needed).
run: $(STAMP)
	$(BIN)/newswatch run

## The whole test suite: unit, integration and end-to-end, against real Kafka and Elasticsearch.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest

## The fast unit suite alone (no Kafka, no Elasticsearch).
unit: $(STAMP)
	$(BIN)/pytest -m "not integration"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

## The package with its extraction core compiled by mypyc (setup.py), installed apart in
## build/compiled: `PYTHONPATH=build/compiled python bench/bench_extraction.py` measures it.
compiled: $(STAMP)
	rm -rf build/compiled
	NEWSWATCH_COMPILE=1 $(BIN)/pip install --quiet --no-deps --target build/compiled .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build
