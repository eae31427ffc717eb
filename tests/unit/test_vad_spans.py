"""Speech frames become spans by whole frames: the same gap merges (or not) wherever it falls."""

import numpy as np
import pytest

from voiceprep.audio.vad import FRAME_S, VadSettings, flags_to_spans


def _two_runs(offset: int, gap: int, run: int = 20) -> np.ndarray:
    flags = np.zeros(offset + 2 * run + gap + 5, dtype=bool)
    flags[offset : offset + run] = True
    flags[offset + run + gap : offset + 2 * run + gap] = True
    return flags


@pytest.mark.parametrize("offset", range(0, 400, 7))
def test_a_gap_of_exactly_merge_gap_is_a_pause_wherever_it_falls(offset):
    settings = VadSettings(merge_gap_s=0.12)
    assert len(flags_to_spans(_two_runs(offset, 12), settings)) == 2
    assert len(flags_to_spans(_two_runs(offset, 11), settings)) == 1


@pytest.mark.parametrize("offset", range(0, 400, 7))
def test_a_run_of_exactly_min_speech_is_kept_wherever_it_falls(offset):
    settings = VadSettings(min_speech_s=0.06)
    flags = np.zeros(offset + 20, dtype=bool)
    flags[offset : offset + 6] = True
    assert len(flags_to_spans(flags, settings)) == 1
    flags[offset + 5] = False
    assert flags_to_spans(flags, settings) == []


def test_spans_are_in_seconds_at_the_frame_edges():
    flags = _two_runs(30, 40)
    spans = flags_to_spans(flags)
    assert [(round(s.start, 3), round(s.end, 3)) for s in spans] == [(0.3, 0.5), (0.9, 1.1)]
    assert spans[0].start == pytest.approx(30 * FRAME_S)


def test_a_gap_between_whole_frames_rounds_to_the_frames_that_last_it():
    # 0.125 s of gap is 12.5 frames: a 12-frame gap is shorter (merged), 13 is not.
    settings = VadSettings(merge_gap_s=0.125)
    assert len(flags_to_spans(_two_runs(50, 12), settings)) == 1
    assert len(flags_to_spans(_two_runs(50, 13), settings)) == 2
