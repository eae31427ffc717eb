# voiceprep: `make demo` and `make test` each set themselves up on a fresh Debian/Ubuntu machine.
VENV  := .venv
BIN   := $(VENV)/bin
SETUP := scripts/setup.sh pyproject.toml scripts/system-deps.txt

.PHONY: setup demo test bench clean

$(VENV)/.runtime: $(SETUP)
	bash scripts/setup.sh runtime
	touch $@

$(VENV)/.test: $(SETUP) scripts/system-deps-test.txt
	bash scripts/setup.sh test
	touch $@ $(VENV)/.runtime

setup: $(VENV)/.runtime

demo: $(VENV)/.runtime
	$(BIN)/python -m voiceprep.demo

test: $(VENV)/.test
	$(BIN)/python -m pytest -q -ra

bench: $(VENV)/.test
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache
