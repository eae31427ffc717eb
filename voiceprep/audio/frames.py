"""Frames: 16 kHz mono int16, 30 ms (480 samples): the unit every live audio stage works in."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from voiceprep.audio.io import SAMPLE_RATE, to_int16

FRAME_S = 0.03
FRAME_SAMPLES = int(SAMPLE_RATE * FRAME_S)


def to_frames(audio: np.ndarray) -> Iterator[np.ndarray]:
    """Float32 or int16 audio as int16 frames; the last partial frame is padded with silence."""
    pcm = audio if audio.dtype == np.int16 else to_int16(audio)
    for i in range(0, pcm.size, FRAME_SAMPLES):
        frame = pcm[i : i + FRAME_SAMPLES]
        if frame.size < FRAME_SAMPLES:
            frame = np.pad(frame, (0, FRAME_SAMPLES - frame.size))
        yield frame


def silence_frame() -> np.ndarray:
    return np.zeros(FRAME_SAMPLES, dtype=np.int16)


def to_float(frames: list[np.ndarray]) -> np.ndarray:
    """Concatenate int16 frames back into float32 audio for analysis."""
    if not frames:
        return np.zeros(0, dtype=np.float32)
    return (np.concatenate(frames).astype(np.float32) / 32768.0).astype(np.float32)
