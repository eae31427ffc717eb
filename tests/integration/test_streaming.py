"""Transcribing while the candidate speaks (issue 11): a long answer handed over at each pause
as it is spoken leaves only its last window to decode at the end, and its figures are those of
an offline analysis of the same recording."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from voiceprep.audio.io import SAMPLE_RATE, load_audio
from voiceprep.audio.vad import VadSettings, flags_to_spans, frame_flags

pytestmark = pytest.mark.slow

TURNSET = Path(__file__).resolve().parents[2] / "audio_samples" / "turnset"


def _long_answer() -> np.ndarray:
    """Four of one voice's turn-set answers told in a row, thinking pauses of 0.8-2 s between."""
    samples = [s for s in json.loads((TURNSET / "turnset.json").read_text())["samples"] if s["voice"] == "joe"][:4]
    parts = [np.zeros(SAMPLE_RATE // 2, np.float32)]
    for s, gap in zip(samples, (0.8, 2.0, 1.1, 1.0)):
        a = load_audio(TURNSET / s["file"])
        parts += [a[int((s["speech_start"] - 0.15) * SAMPLE_RATE): int((s["speech_end"] + 0.15) * SAMPLE_RATE)],
                  np.zeros(int(gap * SAMPLE_RATE), np.float32)]
    return np.concatenate(parts)


def test_an_answer_heard_as_it_is_spoken_decodes_only_its_end_and_matches_an_offline_analysis(analyzer, monkeypatch):
    audio = _long_answer()
    duration = audio.size / SAMPLE_RATE
    assert 35 < duration < 60
    decoded: list[float] = []  # seconds of audio decoded with word timings, call by call
    tr = analyzer.transcriber
    original = type(tr)._decode
    monkeypatch.setattr(type(tr), "_decode", lambda self, a, p, *end: decoded.append(a.size / SAMPLE_RATE) or original(self, a, p, *end))

    tr.forget()
    vad = VadSettings()
    spans = flags_to_spans(frame_flags(audio, vad), vad)
    resumed = [b.start for a, b in zip(spans, spans[1:]) if b.start - a.end >= 0.6]
    ahead = sum(analyzer.hear_ahead(audio[: int(t * SAMPLE_RATE)]) for t in resumed)
    assert ahead >= 1
    decoded.clear()
    live = analyzer.analyze_audio(audio)
    at_end_s = sum(decoded)
    assert at_end_s < 0.6 * duration  # the windows heard ahead were not decoded again

    tr.forget()
    decoded.clear()
    offline = analyzer.analyze_audio(audio)
    assert sum(decoded) >= duration - 2.0  # afresh: all of it
    assert [w.text for w in live.word_timeline] == [w.text for w in offline.word_timeline]
    assert live.wpm == offline.wpm
    assert [(f.text, f.start) for f in live.fillers] == [(f.text, f.start) for f in offline.fillers]
    assert [(p.start, p.end) for p in live.pauses] == [(p.start, p.end) for p in offline.pauses]
