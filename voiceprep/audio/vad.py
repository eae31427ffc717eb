"""Speech spans from audio with webrtcvad (10 ms frames) plus an energy floor; no model needed."""

from __future__ import annotations

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
    spans: list[Span] = []
    if flags.size == 0:
        return spans
    padded = np.concatenate([[False], flags, [False]]).astype(np.int8)
    edges = np.diff(padded)
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    for s, e in zip(starts, ends):
        start, end = s * FRAME_S, e * FRAME_S
        if spans and start - spans[-1].end < settings.merge_gap_s:
            spans[-1] = Span(spans[-1].start, end)
        else:
            spans.append(Span(start, end))
    return [s for s in spans if s.duration_s >= settings.min_speech_s]


def speech_spans(audio: np.ndarray, settings: VadSettings = VadSettings()) -> list[Span]:
    """Speech spans (seconds) of 16 kHz mono float32 audio."""
    return [Span(round(float(s.start), 3), round(float(s.end), 3)) for s in flags_to_spans(frame_flags(audio, settings), settings)]
