# evkg: `make run` builds the graph of seeds/articles into out/; `make test` runs the test suite.
# Both bootstrap .venv from pyproject.toml on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
BENCH_N ?= 10000
OUT    ?= out

.PHONY: run test bench fuzz venv browser-deps notebooks clean help

help:
	@echo "make run     build the graph of seeds/articles into $(OUT)/"
	@echo "make test    run the test suite (installs Chromium for the browser tests if missing)"
	@echo "make bench   run the benchmarks (BENCH_N=$(BENCH_N); BENCH_N=100000 for the full run)"
	@echo "make fuzz    long hypothesis fuzzing run"
	@echo "make notebooks  execute the notebooks"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/evkg build seeds/articles --out $(OUT)

# Headless Chromium and its driver for the HTML view tests (Debian packages; needs root, as on CI).
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  echo "installing chromium and chromium-driver"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null \
	    || echo "warning: could not install chromium; the browser tests will fail"; \
	fi

# pytest exit code 5 means "no tests collected": that is a failure here, not a pass.
test: $(STAMP) browser-deps
	@$(BIN)/python -m pytest -q -p no:cacheprovider; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: no tests were collected"; exit 1; fi; exit $$rc

bench: $(STAMP)
	$(BIN)/python -m bench.run --n $(BENCH_N)

notebooks: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/notebooks

fuzz: $(STAMP)
	EVKG_FUZZ_EXAMPLES=20000 $(BIN)/python -m pytest -q -p no:cacheprovider tests -k fuzz

clean:
	rm -rf $(OUT) .pytest_cache .hypothesis
