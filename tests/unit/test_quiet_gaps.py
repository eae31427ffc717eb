"""Pauses the VAD runs through on a noisy line, found in the level (analysis.pauses.quiet_gaps),
on a real recording of the project's own (audio_samples/07_long_pauses.wav, pauses known)."""

from __future__ import annotations

import json

import numpy as np

from tests.helpers import SAMPLES
from voiceprep.analysis.pauses import quiet_gaps
from voiceprep.audio.io import load_audio
from voiceprep.audio.level import FRAME_SAMPLES, frame_db
from voiceprep.audio.phone import phone_line
from voiceprep.types import Span, Word

FRAME_S = FRAME_SAMPLES / 16000  # the levels' frame
TRUTH = next(s for s in json.loads((SAMPLES / "samples.json").read_text())["samples"] if s["file"] == "07_long_pauses.wav")


def _noisy_line() -> np.ndarray:
    # a quiet speaker on a hissing line: the voice about 10 dB over the line noise
    audio = load_audio(SAMPLES / TRUTH["file"]) * 10 ** (-22 / 20)
    return phone_line(audio, 16000, noise_db=-52.0, seed=3)


def _edge_words() -> list[Word]:
    """A word either side of every pause, at the truth edges, and the filler between two of them."""
    edges = [TRUTH["speech_start"], *[x for p in TRUTH["pauses"] for x in (p["start"], p["end"])], TRUTH["speech_end"]]
    words = []
    for a, b in zip(edges[::2], edges[1::2]):  # each stretch of speech between pauses
        words += [Word("w", a, min(b, a + 0.3)), Word("w", max(a, b - 0.3), b)]
    return words


def test_the_pauses_of_a_noisy_line_are_found_in_the_level():
    audio = _noisy_line()
    levels = frame_db(audio)
    floor = float(np.percentile(levels, 10))
    whole = [Span(0.0, audio.size / 16000)]  # as if the VAD heard speech throughout
    gaps = quiet_gaps(whole, _edge_words(), levels, floor, frame_s=FRAME_S, min_pause_s=0.5)
    for p in TRUTH["pauses"]:
        assert any(abs(g.start - p["start"]) <= 0.2 and abs(g.end - p["end"]) <= 0.2 for g in gaps), (p, gaps)
    assert len(gaps) == len(TRUTH["pauses"])  # nothing else: the speech between them is not quiet


def test_a_pause_the_vad_heard_a_little_of_is_found_whole():
    """The VAD often finds a sliver of the pause (0.1 s) and calls the rest speech on both sides:
    the quiet stretch is still a pause, edge to edge."""
    audio = _noisy_line()
    levels = frame_db(audio)
    floor = float(np.percentile(levels, 10))
    end = audio.size / 16000
    slivers = [((p["start"] + p["end"]) / 2, (p["start"] + p["end"]) / 2 + 0.1) for p in TRUTH["pauses"]]
    edges = [0.0, *[x for s in slivers for x in s], end]
    speech = [Span(a, b) for a, b in zip(edges[::2], edges[1::2])]
    gaps = quiet_gaps(speech, _edge_words(), levels, floor, frame_s=FRAME_S, min_pause_s=0.5)
    for p in TRUTH["pauses"]:
        assert any(abs(g.start - p["start"]) <= 0.2 and abs(g.end - p["end"]) <= 0.2 for g in gaps), (p, gaps)


def test_a_word_inside_a_quiet_stretch_is_never_cut_out():
    audio = _noisy_line()
    levels = frame_db(audio)
    floor = float(np.percentile(levels, 10))
    p = max(TRUTH["pauses"], key=lambda p: p["end"] - p["start"])  # the 3 s pause
    soft = Word("yes", p["start"] + 1.2, p["start"] + 1.6)  # the recogniser heard a word in it
    words = sorted([*_edge_words(), soft], key=lambda w: w.start)
    gaps = quiet_gaps([Span(0.0, audio.size / 16000)], words, levels, floor, frame_s=FRAME_S, min_pause_s=0.5)
    middle = (soft.start + soft.end) / 2
    assert not any(g.start < middle < g.end for g in gaps)
    assert any(g.end <= middle for g in gaps) and any(g.start >= middle for g in gaps)  # both sides still pauses


def test_no_words_no_gaps():
    assert quiet_gaps([Span(0.0, 1.0)], [], np.zeros(100), -60.0, frame_s=FRAME_S) == []
    assert quiet_gaps([Span(0.0, 1.0)], [Word("a", 0.0, 0.2)], np.full(100, -60.0), -60.0, frame_s=FRAME_S) == []


def test_speech_is_not_taken_for_a_pause():
    audio = _noisy_line()
    levels = frame_db(audio)
    floor = float(np.percentile(levels, 10))
    # words packed over the first sentence only: no gap between them is a pause
    first = TRUTH["pauses"][0]["start"]
    words = [Word("w", t, t + 0.25) for t in np.arange(TRUTH["speech_start"], first - 0.25, 0.3)]
    assert quiet_gaps([Span(0.0, audio.size / 16000)], words, levels, floor, frame_s=FRAME_S) == []


def test_a_soundless_word_running_on_from_the_speech_does_not_hold_the_pause_open():
    # Whisper wrote "...the state." for "...my mistake." on a hissing line, "state." 0.54 s into
    # the 3 s pause with no sound of its own, touching "the" which did sound: the pause starts
    # where the level falls, not at the middle of "state.". A soundless word alone in the pause is
    # still never cut out (test above).
    audio = _noisy_line()
    levels = frame_db(audio)
    floor = float(np.percentile(levels, 10))
    p = max(TRUTH["pauses"], key=lambda p: p["end"] - p["start"])
    words = [w for w in _edge_words() if not (p["start"] - 0.31 < w.end <= p["start"] + 0.01)]
    the = Word("the", p["start"] - 0.3, p["start"] + 0.05)  # sounds in its first 0.3 s
    state = Word("state.", p["start"] + 0.05, p["start"] + 0.6)  # all of it in the silence
    words = sorted([*words, the, state], key=lambda w: w.start)
    gaps = quiet_gaps([Span(0.0, audio.size / 16000)], words, levels, floor, frame_s=FRAME_S, min_pause_s=0.5)
    assert any(abs(g.start - p["start"]) <= 0.2 and abs(g.end - p["end"]) <= 0.2 for g in gaps), (p, gaps)
    # a gap before the soundless word: it is on its own, so the pause waits for its middle
    late = Word("state.", p["start"] + 0.3, p["start"] + 0.8)
    words2 = sorted([*[w for w in words if w is not state], late], key=lambda w: w.start)
    gaps2 = quiet_gaps([Span(0.0, audio.size / 16000)], words2, levels, floor, frame_s=FRAME_S, min_pause_s=0.5)
    assert not any(g.start < (late.start + late.end) / 2 < g.end for g in gaps2)
