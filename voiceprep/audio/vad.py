"""Speech spans from audio with webrtcvad (10 ms frames) plus an energy floor; no model needed."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from voiceprep.audio.io import SAMPLE_RATE, to_int16
from voiceprep.types import Span

FRAME_S = 0.01
FRAME_SAMPLES = int(SAMPLE_RATE * FRAME_S)


@dataclass(frozen=True)
class VadSettings:
    """How speech frames become speech spans."""

    aggressiveness: int = 2  # webrtcvad 0 (lenient) .. 3 (strict)
    min_speech_s: float = 0.06  # shorter voiced blips (clicks) are dropped
    merge_gap_s: float = 0.12  # gaps shorter than this are within-speech (stops, glides)
    energy_floor_db: float = -50.0  # frames quieter than this (dBFS) are never speech


def frame_flags(audio: np.ndarray, settings: VadSettings = VadSettings()) -> np.ndarray:
    """One bool per 10 ms frame: speech or not (webrtcvad and above the energy floor)."""
    import webrtcvad

    n = audio.size // FRAME_SAMPLES
    if n == 0:
        return np.zeros(0, dtype=bool)
    frames = audio[: n * FRAME_SAMPLES].reshape(n, FRAME_SAMPLES)
    rms = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1))
    loud = 20 * np.log10(np.maximum(rms, 1e-10)) > settings.energy_floor_db
    vad = webrtcvad.Vad(settings.aggressiveness)
    pcm = to_int16(audio[: n * FRAME_SAMPLES]).reshape(n, FRAME_SAMPLES)
    flags = np.zeros(n, dtype=bool)
    for i in np.flatnonzero(loud):
        flags[i] = vad.is_speech(pcm[i].tobytes(), SAMPLE_RATE)
    return flags


def flags_to_spans(flags: np.ndarray, settings: VadSettings = VadSettings()) -> list[Span]:
    """Merge runs of speech frames into spans, closing small gaps and dropping blips."""
    if flags.size == 0:
        return []
    padded = np.concatenate([[False], flags, [False]]).astype(np.int8)
    edges = np.diff(padded)
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    # Counted in whole frames: in float seconds a gap of exactly merge_gap_s came out a hair
    # over or under it depending on where it fell, so the same pause merged at one place and not
    # at another.
    merge_frames = _frames_at_least(settings.merge_gap_s)
    min_frames = _frames_at_least(settings.min_speech_s)
    runs: list[list[int]] = []
    for s, e in zip(starts.tolist(), ends.tolist()):
        if runs and s - runs[-1][1] < merge_frames:
            runs[-1][1] = e
        else:
            runs.append([s, e])
    return [Span(s * FRAME_S, e * FRAME_S) for s, e in runs if e - s >= min_frames]


def _frames_at_least(seconds: float) -> int:
    """The fewest whole frames that last `seconds` or more."""
    return math.ceil(seconds / FRAME_S - 1e-9)


def speech_spans(audio: np.ndarray, settings: VadSettings = VadSettings()) -> list[Span]:
    """Speech spans (seconds) of 16 kHz mono float32 audio."""
    return [Span(round(float(s.start), 3), round(float(s.end), 3)) for s in flags_to_spans(frame_flags(audio, settings), settings)]
