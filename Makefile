# The two commands of the README: `make run` (install + start the app) and `make test`
# (install everything the tests need, including a headless Chromium, and run every test).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-fast install browser lint bench eval eval-rounds eval-drafts clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/streamlit run app.py

browser:
	bash scripts/install-browser.sh

test: install browser
	$(BIN)/ruff check chains tests bench app.py
	$(BIN)/mypy
	$(BIN)/python -m pytest

# the inner loop while editing: no browser, no servers, no wheel build
test-fast: install
	$(BIN)/ruff check chains tests bench app.py
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -m "not e2e and not server and not slow"

# the checker on real published reports (tests/data/real…) and the dev smoke set, then the mutation harness (a few
# seconds); every round of held-out-style drafts is `eval-rounds` (about 2.3 minutes for 461 sets, 2026-12-07)
eval: install
	$(BIN)/python bench/eval_checker.py published
	$(BIN)/python bench/eval_mutations.py

eval-rounds: install
	$(BIN)/python bench/eval_checker.py drafts

# offline drafts against what a reviewer accepts (issue 13): placeholder share, figures used, contradicted claims
eval-drafts: install
	$(BIN)/python bench/eval_drafts.py

bench: install
	for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) data .pytest_cache
