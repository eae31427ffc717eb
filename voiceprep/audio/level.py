"""Signal levels of 16 kHz mono float32 audio: 10 ms frame levels, active speech level, clipping."""

from __future__ import annotations

import numpy as np

FRAME_SAMPLES = 160  # 10 ms at 16 kHz, the same frames as the VAD
SILENCE_DB = -120.0


def frame_db(audio: np.ndarray) -> np.ndarray:
    """RMS level of each whole 10 ms frame, in dBFS (digital silence is SILENCE_DB)."""
    n = audio.size // FRAME_SAMPLES
    if n == 0:
        return np.zeros(0)
    frames = audio[: n * FRAME_SAMPLES].reshape(n, FRAME_SAMPLES).astype(np.float64)
    power = np.mean(frames**2, axis=1)
    return np.where(power > 0, 10 * np.log10(np.maximum(power, 1e-30)), SILENCE_DB).clip(SILENCE_DB)


def power_mean_db(levels_db: np.ndarray) -> float:
    """Level of a set of frames taken together (mean power), in dB."""
    if levels_db.size == 0:
        return SILENCE_DB
    return float(10 * np.log10(np.mean(10 ** (levels_db / 10))))


def active_level_db(audio: np.ndarray, *, within_db: float = 35.0) -> float:
    """Active speech level: mean power of the frames within `within_db` of the loudest ones
    (the 99th percentile), so silences and the noise floor between words do not count."""
    db = frame_db(audio)
    if db.size == 0:
        return SILENCE_DB
    top = float(np.percentile(db, 99))
    return power_mean_db(db[db >= top - within_db])


def clipped_share(audio: np.ndarray, *, min_run: int = 3, near_full_scale: float = 0.98) -> float:
    """Share of samples in flat-topped runs at the signal's extreme (a microphone or converter
    driven past full scale): `min_run` or more consecutive samples within 0.1 % of the largest
    magnitude, when that magnitude is near full scale."""
    if audio.size == 0:
        return 0.0
    mag = np.abs(audio.astype(np.float64))
    peak = float(mag.max())
    if peak < near_full_scale:
        return 0.0
    at_peak = mag >= peak * 0.999
    padded = np.concatenate([[False], at_peak, [False]]).astype(np.int8)
    edges = np.diff(padded)
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    runs = ends - starts
    return float(runs[runs >= min_run].sum() / audio.size)
