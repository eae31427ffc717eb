"""Pure metric functions on hand-built word and speech timelines."""

from __future__ import annotations

import pytest

from voiceprep.analysis.metrics import speech_metrics
from voiceprep.analysis.pace import pace_over_time, wpm
from voiceprep.analysis.pauses import find_pauses, speech_region
from voiceprep.types import AnalysisSettings, Span, Word


def W(text: str, start: float, end: float) -> Word:
    return Word(text, start, end)


def test_no_words_no_speech_is_all_zero():
    m = speech_metrics([], [], 5.0)
    assert (m.words, m.span_s, m.wpm, m.filler_count, len(m.pauses)) == (0, 0.0, 0.0, 0, 0)
    assert m.first_word_s is None
    assert m.to_dict()["fillers"]["per_min"] == 0.0


def test_one_word():
    m = speech_metrics([W("Yes.", 1.0, 1.4)], [Span(1.0, 1.4)], 3.0)
    assert m.words == 1
    assert m.span_s == pytest.approx(0.4)
    assert m.wpm == pytest.approx(150.0)
    assert m.pauses == ()


def test_all_fillers_gives_zero_words_but_counts_fillers():
    words = [W("Um,", 0.5, 0.8), W("uh,", 1.6, 1.9), W("hmm.", 2.8, 3.1)]
    speech = [Span(0.5, 0.8), Span(1.6, 1.9), Span(2.8, 3.1)]
    m = speech_metrics(words, speech, 4.0)
    assert m.words == 0 and m.wpm == 0.0
    assert [f.text for f in m.fillers] == ["um", "uh", "hmm"]
    assert all(f.kind == "filled_pause" for f in m.fillers)
    assert [p.duration_s for p in m.pauses] == [0.8, 0.9]


def test_pause_at_the_very_start_is_not_a_pause():
    # 2 s of silence before the first word is response latency, not a pause inside the answer.
    words = [W("I", 2.0, 2.1), W("helped", 2.1, 2.5), W("them.", 3.6, 3.9)]
    speech = [Span(2.0, 2.5), Span(3.6, 3.9)]
    m = speech_metrics(words, speech, 5.0)
    assert [(p.start, p.end) for p in m.pauses] == [(2.5, 3.6)]
    assert m.first_word_s == 2.0
    assert m.span_s == pytest.approx(1.9)


def test_filler_splits_a_pause():
    speech = [Span(0.0, 1.0), Span(1.9, 2.2), Span(3.0, 4.0)]
    pauses = find_pauses(speech, min_pause_s=0.5)
    assert [p.duration_s for p in pauses] == [0.9, 0.8]


def test_min_pause_is_configurable():
    speech = [Span(0.0, 1.0), Span(1.4, 2.0)]
    assert find_pauses(speech, min_pause_s=0.5) == []
    assert len(find_pauses(speech, min_pause_s=0.3)) == 1
    m = speech_metrics([W("a", 0.0, 1.0), W("b", 1.4, 2.0)], speech, 2.0, AnalysisSettings(min_pause_s=0.3))
    assert len(m.pauses) == 1


def test_wpm_and_articulation_rate():
    words = [W(f"w{i}", i * 0.5, i * 0.5 + 0.4) for i in range(10)]  # 10 words over 4.9 s
    speech = [Span(0.0, 2.4), Span(3.5, 4.9)]  # 1.1 s pause: speaking time 3.8 s
    m = speech_metrics(words, speech, 6.0)
    assert m.wpm == pytest.approx(10 / 4.9 * 60, abs=0.1)
    assert m.articulation_wpm == pytest.approx(10 / 3.8 * 60, abs=0.1)
    assert m.articulation_wpm > m.wpm


def test_speech_far_from_words_is_not_part_of_the_answer():
    words = [W("Hello", 5.0, 5.4)]
    region = speech_region([Span(0.0, 0.3), Span(5.0, 5.4)], words)
    assert region == [Span(5.0, 5.4)]


def test_pace_over_time_tracks_a_speed_change():
    fast = [W("f", i * 0.25, i * 0.25 + 0.2) for i in range(40)]  # 240 wpm for 10 s
    slow = [W("s", 10 + i * 0.6, 10 + i * 0.6 + 0.5) for i in range(17)]  # 100 wpm for 10 s
    points = pace_over_time(fast + slow, window_s=5.0, step_s=5.0)
    assert points[0].wpm == pytest.approx(240, abs=15)
    assert points[-1].wpm == pytest.approx(100, abs=15)


def test_wpm_guards_zero_time():
    assert wpm(5, 0.0) == 0.0


def test_noise_before_first_word_and_blips_are_not_speech():
    words = [W("Hello", 1.0, 1.4), W("there.", 2.4, 2.8)]
    speech = [Span(0.0, 0.1), Span(1.0, 1.4), Span(1.8, 1.85), Span(2.4, 2.8), Span(3.5, 3.9)]
    m = speech_metrics(words, speech, 4.0)
    assert m.first_word_s == 1.0
    assert m.span_s == pytest.approx(1.8)
    assert [(p.start, p.end) for p in m.pauses] == [(1.4, 2.4)]  # the 50 ms click does not split it
