"""Acoustic evidence about a short voiced stretch: how loud, how noise-like, how voiced, how
impulsive. The analysis names the stretch (breath, click, cough, ...) from these numbers."""

from __future__ import annotations

import numpy as np

from voiceprep.audio.io import SAMPLE_RATE
from voiceprep.audio.level import frame_db, power_mean_db
from voiceprep.types import StretchSound

_FFT = 512
_PITCH_HZ = (70.0, 400.0)


def describe(audio: np.ndarray, start_s: float, end_s: float, speaker_level_db: float) -> StretchSound:
    """Features of audio[start_s:end_s] (16 kHz mono float32)."""
    clip = audio[int(start_s * SAMPLE_RATE): int(end_s * SAMPLE_RATE)].astype(np.float64)
    if clip.size < 3 * 160:
        clip = np.pad(clip, (0, 3 * 160 - clip.size))
    db = frame_db(clip.astype(np.float32))
    energy = 10 ** (db / 10)
    burst = np.convolve(energy, np.ones(3), mode="valid").max() / max(energy.sum(), 1e-30)
    return StretchSound(
        level_db=round(power_mean_db(db) - speaker_level_db, 1),
        peak_db=round(float(db.max()) - speaker_level_db, 1),
        flatness=round(_flatness(clip), 3),
        voicing=round(_voicing(clip), 3),
        burst_share=round(float(burst), 3),
    )


def _flatness(clip: np.ndarray) -> float:
    """Geometric over arithmetic mean of the power spectrum (100 Hz - 7 kHz), averaged over the
    loudest half of the 32 ms frames."""
    n = (clip.size - _FFT) // (_FFT // 2) + 1
    if n < 1:
        return 0.0
    idx = np.arange(_FFT)[None, :] + (_FFT // 2) * np.arange(n)[:, None]
    frames = clip[idx] * np.hanning(_FFT)
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    freqs = np.fft.rfftfreq(_FFT, 1 / SAMPLE_RATE)
    band = power[:, (freqs >= 100) & (freqs <= 7000)] + 1e-20
    flat = np.exp(np.mean(np.log(band), axis=1)) / np.mean(band, axis=1)
    loud = np.argsort(band.sum(axis=1))[n // 2:]
    return float(np.mean(flat[loud]))


def _voicing(clip: np.ndarray, win: int = 640) -> float:
    """Median over the loudest 40 ms windows of the best normalised autocorrelation at a pitch lag."""
    lo, hi = int(SAMPLE_RATE / _PITCH_HZ[1]), int(SAMPLE_RATE / _PITCH_HZ[0])
    n = clip.size // win
    if n == 0:
        return 0.0
    scores, energies = [], []
    for k in range(n):
        x = clip[k * win: (k + 1) * win]
        x = x - x.mean()
        e = float(np.dot(x, x))
        energies.append(e)
        if e <= 1e-12:
            scores.append(0.0)
            continue
        ac = np.correlate(x, x, mode="full")[win - 1:]
        norm = ac[lo:hi] / np.sqrt(e * np.array([np.dot(x[j:], x[j:]) + 1e-20 for j in range(lo, hi)]) + 1e-20)
        scores.append(float(norm.max()))
    order = np.argsort(energies)[n // 2:]
    return float(np.median(np.array(scores)[order]))
