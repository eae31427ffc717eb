"""A narrowband telephone channel: 8 kHz, 300-3400 Hz, mu-law, light line noise.

Used for both sides of a call rehearsal, so the candidate hears (and is measured on) what a
contact-centre line really carries.
"""

from __future__ import annotations

import numpy as np

from voiceprep.audio.io import resample

PHONE_RATE = 8000
BAND_HZ = (300.0, 3400.0)


def band_limit(audio: np.ndarray, rate: int, band: tuple[float, float] = BAND_HZ, taper_hz: float = 100.0) -> np.ndarray:
    """Zero-phase band-pass by spectral masking with cosine tapers (whole utterances at a time)."""
    if audio.size == 0:
        return audio
    spec = np.fft.rfft(audio.astype(np.float64))
    freqs = np.fft.rfftfreq(audio.size, 1.0 / rate)
    lo, hi = band
    gain = np.ones_like(freqs)
    gain[freqs < lo - taper_hz] = 0.0
    gain[freqs > hi + taper_hz] = 0.0
    low_edge = (freqs >= lo - taper_hz) & (freqs < lo)
    gain[low_edge] = 0.5 - 0.5 * np.cos(np.pi * (freqs[low_edge] - (lo - taper_hz)) / taper_hz)
    high_edge = (freqs > hi) & (freqs <= hi + taper_hz)
    gain[high_edge] = 0.5 + 0.5 * np.cos(np.pi * (freqs[high_edge] - hi) / taper_hz)
    return np.fft.irfft(spec * gain, n=audio.size).astype(np.float32)


def mu_law(audio: np.ndarray, mu: float = 255.0) -> np.ndarray:
    """8-bit mu-law encode/decode round trip (the quantisation a phone line adds)."""
    x = np.clip(audio, -1.0, 1.0)
    enc = np.sign(x) * np.log1p(mu * np.abs(x)) / np.log1p(mu)
    q = np.round(enc * 127.0) / 127.0
    return (np.sign(q) * np.expm1(np.abs(q) * np.log1p(mu)) / mu).astype(np.float32)


def phone_line(audio: np.ndarray, rate: int, *, noise_db: float | None = -48.0, seed: int = 0, out_rate: int | None = None) -> np.ndarray:
    """Pass audio through the telephone channel; returns it at `out_rate` (default: `rate`)."""
    narrow = band_limit(resample(audio, rate, PHONE_RATE), PHONE_RATE)
    if noise_db is not None and narrow.size:
        rng = np.random.default_rng(seed)
        narrow = narrow + band_limit(rng.normal(0, 10 ** (noise_db / 20), narrow.size).astype(np.float32), PHONE_RATE)
    narrow = mu_law(narrow)
    return resample(narrow, PHONE_RATE, out_rate or rate)


def pitch_shift(audio: np.ndarray, rate: int, factor: float) -> np.ndarray:
    """Raise (factor > 1) or lower the pitch and tempo together by resampling; callers synthesize
    `factor` slower first so the speaking rate comes out unchanged."""
    return resample(audio, int(round(rate * factor)), rate)
