# aioraas developer commands. Everything runs inside .venv, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PY_DIRS := $(wildcard src codegen tests bench examples)

.PHONY: install test lint format typecheck check-generated codegen spec-diff pytest demo demo-async bench bench-quick bench-peer clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install aioraas with its dev tools

test: lint typecheck check-generated pytest  ## everything CI checks

lint: $(STAMP)
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)

format: $(STAMP)
	$(BIN)/ruff format $(PY_DIRS)
	$(BIN)/ruff check --fix $(PY_DIRS)

typecheck: $(STAMP)
	$(BIN)/mypy

codegen: $(STAMP)  ## regenerate src/aioraas/models/ and src/aioraas/resources/_generated/ from spec/
	$(BIN)/python -m codegen --spec spec --out src/aioraas/models --resources-out src/aioraas/resources/_generated

# Compare spec/ with an upstream OpenAPI document (e.g. Tango's OAS26); the mapping and the differences
# kept on purpose are in spec/upstream-allow.json. Exits 1 on any other difference.
spec-diff: $(STAMP)  ## compare spec/ with an OpenAPI document: make spec-diff UPSTREAM=openapi.json
	@test -n "$(UPSTREAM)" || (echo "usage: make spec-diff UPSTREAM=path/to/openapi.json" >&2; exit 2)
	$(BIN)/python -m codegen diff '$(UPSTREAM)'

# Regenerate into a scratch directory and compare: fails when src/aioraas/models/ or
# src/aioraas/resources/_generated/ is stale or was edited by hand.
check-generated: $(STAMP)
	@rm -rf build/codegen-check && mkdir -p build/codegen-check
	@$(BIN)/python -m codegen --spec spec --out build/codegen-check/models \
		--resources-out build/codegen-check/resources >/dev/null
	@diff -r -x __pycache__ build/codegen-check/models src/aioraas/models \
		|| (echo "src/aioraas/models/ is stale: run 'make codegen' and commit the result" >&2; exit 1)
	@diff -r -x __pycache__ build/codegen-check/resources src/aioraas/resources/_generated \
		|| (echo "src/aioraas/resources/_generated/ is stale: run 'make codegen' and commit the result" >&2; exit 1)
	@echo "generated models and resources are up to date"

# pytest exits 5 when it collects no tests; here that means the suite is broken, so it fails too.
pytest: $(STAMP)
	@$(BIN)/python -m pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: the suite is misconfigured" >&2; fi; \
	exit $$status

# The README's main job: 1,000 rewards through an embedded emulator that drops connections after
# committing, answers 503 and 429, and adds latency; the summary proves each reward was sent once.
DEMO_FAULTS := drop_after_commit=0.03@POST:/raas/v2/orders,error_503=0.03@POST:/raas/v2/orders,$\
rate_limit_429=0.02@POST:/raas/v2/orders,latency=0.002-0.01
demo: $(STAMP)
	@mkdir -p build && rm -f build/demo-journal.sqlite build/demo-journal.sqlite-*
	$(BIN)/aioraas fan-out examples/rewards.csv --emulator --emulator-faults '$(DEMO_FAULTS)' \
		--emulator-seed 42 --run-id demo --customer demo-rewards --account demo-q4-bonuses --concurrency 32 \
		--journal build/demo-journal.sqlite --out build/demo-results.csv

# The same proof through async orders: 10,000 rewards (build/rewards-10k.csv, written by
# examples/make_rewards_csv.py, deterministic) in async orders of 100 line items, against an emulator
# that drops answers after committing and answers 503 and 429 on POST /asyncOrders and 503 on its GETs.
DEMO_ASYNC_FAULTS := drop_after_commit=0.1@POST:/raas/v2/asyncOrders,error_503=0.05@POST:/raas/v2/asyncOrders,$\
rate_limit_429=0.03@POST:/raas/v2/asyncOrders,error_503=0.02@GET:/raas/v2/asyncOrders/*,latency=0.002-0.01
demo-async: $(STAMP)
	@mkdir -p build && rm -f build/demo-async-journal.sqlite build/demo-async-journal.sqlite-*
	@$(BIN)/python examples/make_rewards_csv.py build/rewards-10k.csv 10000
	$(BIN)/aioraas fan-out build/rewards-10k.csv --async-orders --batch-size 100 --emulator \
		--emulator-faults '$(DEMO_ASYNC_FAULTS)' --emulator-seed 42 --run-id demoasync \
		--customer demo-rewards --account demo-q4-bonuses \
		--journal build/demo-async-journal.sqlite --out build/demo-async-results.csv

# Benchmarks (not tests: nothing in `make test` asserts a time). The bench extra adds pydantic (the
# decode baseline) and the profilers; measure 7 runs Tango's official sync SDK from its own venv.
# Results go in BENCHMARKS.md.
PEER_VENV := build/bench/peer
PEER_RAAS := 2.2.0

$(PEER_VENV)/.raas-$(PEER_RAAS):
	$(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/python -m pip install --quiet 'raas==$(PEER_RAAS)'
	touch $@

bench-peer: $(PEER_VENV)/.raas-$(PEER_RAAS)  ## the venv of Tango's raas SDK that measure 7 runs

bench: $(STAMP) bench-peer  ## run every benchmark side by side (about 5 minutes here) and print the table
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench --json build/bench/run.json --markdown build/bench/run.md

bench-quick: $(STAMP) bench-peer  ## a fast look at the same table: fewer and smaller runs (about 30 seconds)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench --quick --json build/bench/quick.json --markdown build/bench/quick.md

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache .hypothesis
