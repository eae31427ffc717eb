"""`make demo` hears every answer whole (issue 10): the Makefile's own demo session, run headless
with the scripted interviewer (what the demo uses when no ollama is reachable), must give each
answer file one candidate turn that lasts past the file's last word, and nothing of it may spill
into the interviewer's held silence (an answer taken as finished at a thinking pause, whose rest
the candidate then says into the silence, is what this guards against)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.helpers import ROOT, SAMPLES

pytestmark = pytest.mark.slow


def demo_args() -> tuple[list[str], list[str]]:
    """(the answer files, the practice options) exactly as `make demo` gives them."""
    make = re.sub(r"\\\n\s*", " ", (ROOT / "Makefile").read_text())
    files = re.search(r"^DEMO_ANSWERS\s*:=\s*(.+)$", make, re.M).group(1).split()
    line = next(ln for ln in make.splitlines() if "voiceprep practice --input $(DEMO_ANSWERS)" in ln)
    opts = line.split("$(DEMO_ANSWERS)", 1)[1].split()
    keep = []
    for flag in ("--questions", "--seed"):
        keep += [flag, opts[opts.index(flag) + 1]]
    return files, keep


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    d = tmp_path_factory.mktemp("demo")
    files, opts = demo_args()
    proc = subprocess.run(
        [sys.executable, "-m", "voiceprep", "practice", "--input", *(str(ROOT / f) for f in files), *opts, "--brain", "scripted",
         "--output-dir", str(d / "out"), "--data-dir", str(d / "data"), "--json"],
        capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return files, json.loads(proc.stdout)


def test_every_demo_answer_is_heard_whole(demo):
    files, data = demo
    truth = {s["file"]: s for s in json.loads((SAMPLES / "samples.json").read_text())["samples"]}
    answers = [t for t in data["turns"] if t["role"] == "candidate"]
    assert len(answers) == len(files)  # one turn per file: none split in two
    for f, turn in zip(files, answers):
        said_until = truth[f.rsplit("/", 1)[-1]]["speech_end"]
        # the turn starts when the file starts playing: it must run past the file's last word
        assert turn["end"] - turn["start"] >= said_until, (f, turn["end"] - turn["start"], said_until, turn["text"])


def test_no_answer_spills_into_a_held_silence(demo):
    _, data = demo
    held = [t["held_silence"] for t in data["turns"] if "held_silence" in t]
    assert held and all(h["outcome"] == "waited" and not h["text"] for h in held), held
