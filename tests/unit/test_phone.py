"""The telephone channel keeps 300-3400 Hz and removes the rest."""

import numpy as np

from voiceprep.audio.phone import band_limit, mu_law, phone_line, pitch_shift


def tone(hz: float, rate: int = 16000, seconds: float = 1.0) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (0.3 * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x.astype(np.float64) ** 2)))


def test_band_passes_speech_band_and_blocks_outside():
    assert rms(band_limit(tone(1000), 16000)) > 0.9 * rms(tone(1000))
    assert rms(band_limit(tone(100), 16000)) < 0.01 * rms(tone(100))
    assert rms(band_limit(tone(6000), 16000)) < 0.01 * rms(tone(6000))


def test_phone_line_removes_high_frequencies_and_keeps_length():
    x = tone(1000) + tone(6000)
    y = phone_line(x, 16000, noise_db=None)
    assert y.size == x.size
    spec = np.abs(np.fft.rfft(y))
    freqs = np.fft.rfftfreq(y.size, 1 / 16000)
    assert spec[freqs > 4000].max() < 0.02 * spec[np.argmin(np.abs(freqs - 1000))]


def test_mu_law_is_close_but_quantised():
    x = tone(440)
    y = mu_law(x)
    assert 0 < rms(x - y) < 0.02


def test_pitch_shift_raises_frequency():
    y = pitch_shift(tone(200, seconds=2.0), 16000, 1.25)
    spec = np.abs(np.fft.rfft(y))
    peak = np.fft.rfftfreq(y.size, 1 / 16000)[np.argmax(spec)]
    assert abs(peak - 250) < 5
