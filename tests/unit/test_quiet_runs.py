"""A quiet voice the VAD flickers on is still one quiet run (audio.foreground.split_by_level)."""

from __future__ import annotations

import numpy as np

from voiceprep.audio.foreground import ForegroundSettings, split_by_level


def scene_of(parts: list[tuple[float, bool, float]]):
    """Frames (10 ms) from (seconds, voiced, level dBFS) parts."""
    flags = np.concatenate([np.full(int(round(s * 100)), v) for s, v, _ in parts])
    levels = np.concatenate([np.full(int(round(s * 100)), db, dtype=float) for s, _, db in parts])
    return split_by_level(flags, levels)


def test_a_colleague_cut_by_a_short_vad_gap_is_one_run():
    # the speaker at -14 dBFS, a pause, then a colleague 22 dB down for 0.19 s + 0.21 s with the VAD
    # dropping 0.14 s between (longer than the gaps it closes itself; the level there stays the
    # colleague's), then the speaker again
    scene = scene_of([(2.0, True, -14.0), (0.3, False, -70.0), (0.19, True, -36.0), (0.14, False, -38.0),
                      (0.21, True, -36.0), (0.4, False, -70.0), (2.0, True, -14.0)])
    assert [(round(q.start, 2), round(q.end, 2)) for q in scene.quiet] == [(2.3, 2.84)]


def test_quiet_pieces_far_apart_stay_the_speakers_own_soft_sounds():
    # the same two short quiet pieces with a real gap between them: each is under min_stretch_s
    gap = ForegroundSettings().quiet_gap_s + 0.2
    scene = scene_of([(2.0, True, -14.0), (0.3, False, -70.0), (0.19, True, -36.0), (gap, False, -70.0),
                      (0.21, True, -36.0), (0.4, False, -70.0), (2.0, True, -14.0)])
    assert scene.quiet == ()
