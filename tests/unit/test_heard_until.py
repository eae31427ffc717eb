"""Where the recogniser stops listening: shortly after the last sound, whatever silence follows."""

from __future__ import annotations

import numpy as np
import pytest

from voiceprep.analyzer import DECODE_TAIL_S, heard_until
from voiceprep.types import Span

FLOOR = -70.0


def levels(seconds: float, sound: list[tuple[float, float]], db: float = -20.0) -> np.ndarray:
    out = np.full(int(seconds * 100), FLOOR)
    for a, b in sound:
        out[int(a * 100): int(b * 100)] = db
    return out


def test_a_long_silent_tail_is_not_heard():
    assert heard_until([Span(0.5, 4.0)], levels(12, [(0.5, 4.0)]), FLOOR, 12.0) == pytest.approx(4.0 + DECODE_TAIL_S)


def test_sound_the_vad_missed_after_the_last_span_is_kept():
    # speech the VAD did not flag (loud noise) still shows in the level: the decode goes past it
    assert heard_until([Span(0.5, 4.0)], levels(12, [(0.5, 6.2)]), FLOOR, 12.0) == pytest.approx(6.2 + DECODE_TAIL_S)


def test_noise_near_the_floor_is_not_sound():
    lv = levels(12, [(0.5, 4.0)])
    lv[600:1000] = FLOOR + 3  # hiss 3 dB over the floor
    assert heard_until([Span(0.5, 4.0)], lv, FLOOR, 12.0) == pytest.approx(4.0 + DECODE_TAIL_S)


def test_never_past_the_recording():
    assert heard_until([Span(0.5, 4.0)], levels(4.2, [(0.5, 4.2)]), FLOOR, 4.2) == 4.2
