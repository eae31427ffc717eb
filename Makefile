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

DEMO_ANSWERS := audio_samples/01_calm_star.wav audio_samples/07_long_pauses.wav audio_samples/06_short_answer.wav \
	audio_samples/10_mixed_disfluent.wav audio_samples/09_kpis.wav audio_samples/11_teamwork.wav

demo: $(VENV)/.runtime
	rm -rf out/demo
	$(BIN)/voiceprep practice --input $(DEMO_ANSWERS) --questions 4 --seed 2 \
		--output-dir out/demo/interviewer --data-dir out/demo/data
	$(BIN)/voiceprep report latest --data-dir out/demo/data --out out/demo/report.html > /dev/null
	@echo "Interviewer audio: out/demo/interviewer/  Report: out/demo/report.html  Sessions: out/demo/data/"

test: $(VENV)/.test
	$(BIN)/python -m pytest -q -ra

bench: $(VENV)/.test
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache
