# Developer commands.  Every target sets up its own virtual environment first,
# so on a fresh machine `make demo` and `make test` are all you need.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.cxmap-installed

.PHONY: setup demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dataset]'
	touch $(STAMP)

setup: $(STAMP)

## demo: set up, validate the bundled examples, draw and report on them
demo: setup
	$(BIN)/cxmap validate examples
	@mkdir -p out
	$(BIN)/cxmap render examples/sklep-omnichannel.cxmap.yaml -o out/sklep-omnichannel.svg
	$(BIN)/cxmap render examples/sklep-omnichannel.cxmap.yaml -o out/sklep-omnichannel.png
	$(BIN)/cxmap report examples/sklep-omnichannel.cxmap.yaml -o out/sklep-omnichannel.html
	$(BIN)/cxmap report examples/insurance-claim.cxmap.yaml -o out/insurance-claim.md
	$(BIN)/cxmap diff examples/telecom-contract.cxmap.yaml examples/telecom-contract-2025.cxmap.yaml
	@echo ""
	@$(BIN)/python -c 'from cxmap.i18n import resolve_language as r, t; \
	print(t("core.demo_written", r(), bin="$(BIN)"))'

## test: set up and run the test suite
test: setup
	$(BIN)/python -m pytest -q

## lint: ruff and mypy
lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

## bench: the benchmarks (slow; run on demand)
bench: setup
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/goals.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
