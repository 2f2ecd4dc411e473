# claimtrack: two commands on a fresh machine (python3, make and the package registries):
#   make demo   installs into .venv, builds the demo database and serves it
#   make test   installs into .venv with test extras and runs the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.claimtrack-installed

.PHONY: demo demo-build test wheel-check eval eval-real eval-learned eval-extract bench screenshots install browser redis clean help

help:
	@echo "make demo          build the fictional demo database and serve it with Datasette"
	@echo "make demo-build    build the demo database only (data/demo.db)"
	@echo "make test          run the test suite (the wheel check included)"
	@echo "make wheel-check   build the wheel, install it in a fresh venv, run the demo with it"
	@echo "make eval          score quotes and speakers against the demo's gold files"
	@echo "make eval-real     score attribution on real news (PolNeAR, the real AI-IP sets), if present"
	@echo "make eval-learned  would a learned stance or speaker choice beat the rules? (real AI-IP sets)"
	@echo "make eval-extract  score body extraction on the article-extraction benchmark"
	@echo "make bench         throughput benchmarks (see bench/)"
	@echo "make screenshots   README's pictures of the served demo (docs/screenshots/*.png)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-installs only when pyproject.toml changes, so both targets are cheap to repeat.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/claimtrack demo

demo-build: install
	$(BIN)/claimtrack demo --no-serve

# The browser tests drive Debian's chromium with Playwright (no browser download at run time).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# The scale-out tests (tests/test_scale_*.py) start Debian's redis-server on a free 127.0.0.1
# port; only they need it, and the embedded default (demo, crawl, process, serve) never does.
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "Installing Debian's redis-server for the scale-out tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq redis-server >/dev/null; }

test: install browser redis
	$(BIN)/python -m pytest

# Also part of `make test` (and so of CI): tests/test_wheel.py builds the wheel, installs it
# with its dependencies in a fresh virtual environment and runs `claimtrack demo --no-serve`
# and `claimtrack analyze --json` from outside the checkout.
wheel-check: install
	$(BIN)/python -m pytest -m wheel tests/test_wheel.py

# Demo gold, then the self-written sets (nlp/eval/README.md says which were used while
# developing and which are unseen). Entities are scored twice: each paragraph alone, as
# `claimtrack analyze` reads one text, and with the memory across articles (--memory), as a
# database run reads a corpus.
ENTITY_SETS := nlp/eval nlp/eval/heldout nlp/eval/test nlp/eval/test2 nlp/eval/test3 \
               nlp/eval/dev3 nlp/eval/dev4 nlp/eval/test4 nlp/eval/test5 nlp/eval/dev5 \
               nlp/eval/dev6 nlp/eval/test6 nlp/eval/test7
eval: install
	$(BIN)/python -m claimtrack.evaluate
	$(BIN)/python -m nlp.eval.sets --set attribution --baseline
	$(BIN)/python -m nlp.eval.sets --set attribution --baseline --gold-dir nlp/eval/heldout
	$(BIN)/python -m nlp.eval.sets --set attribution --baseline --gold-dir nlp/eval/test
	@for d in $(ENTITY_SETS); do \
	  if [ -f $$d/entities_gold.jsonl ]; then \
	    $(BIN)/python -m nlp.eval.sets --set entities --gold-dir $$d || exit 1; \
	    $(BIN)/python -m nlp.eval.sets --set entities --memory --gold-dir $$d || exit 1; \
	  fi; \
	done

# Attribution on real news written by others, never copied into the project: PolNeAR's
# development part (../shared/eval/polnear-train; its test part is scored only at the end, as
# figures) and the real AI-IP development set beside the checkout (../aiip-dev); see
# nlp/eval/README.md. Each is skipped with a message when it is not there.
eval-real: install
	@if [ -d ../shared/eval/polnear-train ]; then $(BIN)/python -m nlp.eval.polnear; \
	  else echo "no ../shared/eval/polnear-train: PolNeAR skipped"; fi
	@if ls ../aiip-*/attribution_gold.jsonl >/dev/null 2>&1; then $(BIN)/python -m nlp.eval.realsets; \
	  else echo "no ../aiip-*/attribution_gold.jsonl: the real AI-IP sets skipped (nlp/eval/real/README.md)"; fi

# Would a learned stance or a learned choice of speaker beat the rules (nlp/eval/stance_learned.py,
# nlp/eval/speaker_learned.py)? Each real AI-IP set beside the checkout is one writer's; a model
# trained on the others scores the one left out. Measured, never shipped (README, "Learned").
eval-learned: install
	@if ls ../aiip-*/attribution_gold.jsonl >/dev/null 2>&1; then \
	  $(BIN)/python -m nlp.eval.realsets --stances-dir build/stance-rows --analyses-dir build/analyses && \
	  $(BIN)/python -m nlp.eval.stance_learned build/stance-rows/*.jsonl && \
	  $(BIN)/python -m nlp.eval.speaker_learned build/analyses/*.jsonl; \
	  else echo "no ../aiip-*/attribution_gold.jsonl: nothing to learn from (nlp/eval/real/README.md)"; fi

# Body extraction on the public article-extraction benchmark (../shared/eval), ours beside
# trafilatura's default, same pages, same metric.
eval-extract: install
	$(BIN)/python -m spiders.eval_extract

# Speed targets live here, never in tests: crawl throughput, analysis throughput. The queries
# are measured as `claimtrack serve` runs them, the database file read into the page cache first.
bench: install
	$(BIN)/python -m bench.crawl --pages 2000
	$(BIN)/python -m bench.nlp
	$(BIN)/python -m bench.queries --warm
	@test -f data/demo.db || $(BIN)/claimtrack demo --no-serve
	$(BIN)/python -m bench.server --db data/demo.db
	$(MAKE) redis
	$(BIN)/python -m bench.scale

# README's screenshots: the demo served by `claimtrack serve --db data/demo.db`, photographed in
# Debian's chromium at desktop and phone width, written as small PNGs (bench/screenshots.py).
screenshots: install browser
	@test -f data/demo.db || $(BIN)/claimtrack demo --no-serve
	$(BIN)/python -m bench.screenshots --db data/demo.db --out docs/screenshots --phone

clean:
	rm -rf data .pytest_cache
