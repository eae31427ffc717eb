"""A quiet voice on a hissing phone line: raised to be heard, its line hiss is raised too, and the
VAD then hears speech through the pauses. The pauses are found in the level (analyzer:
VAD_HEARS_FLOOR_DB, analysis.pauses.quiet_gaps). Real recording of the project's own
(audio_samples/07_long_pauses.wav, pauses known)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import SAMPLES
from voiceprep.audio.io import SAMPLE_RATE, load_audio, resample
from voiceprep.audio.level import active_level_db
from voiceprep.audio.phone import PHONE_RATE, band_limit, phone_line

pytestmark = pytest.mark.slow

TRUTH = next(s for s in json.loads((SAMPLES / "samples.json").read_text())["samples"] if s["file"] == "07_long_pauses.wav")


def test_the_pauses_of_a_quiet_voice_on_a_hissing_line_are_found(analyzer):
    audio = load_audio(SAMPLES / TRUTH["file"])
    on_line = active_level_db(band_limit(resample(audio, SAMPLE_RATE, PHONE_RATE), PHONE_RATE))
    quiet = phone_line(audio * 10 ** ((-42.0 - on_line) / 20), SAMPLE_RATE, noise_db=-54.0, seed=5)  # voice 12 dB over the hiss
    m = analyzer.analyze_audio(quiet)
    codes = [q.code for q in m.quality]
    assert "low_level" in codes and "noisy" not in codes  # quiet, but not noisy: the noisy-line rule alone never ran here
    for p in TRUTH["pauses"]:  # all four found, each edge within 0.2 s (before: none of them)
        assert any(abs(f.start - p["start"]) <= 0.2 and abs(f.end - p["end"]) <= 0.2 for f in m.pauses), (p, m.pauses)
