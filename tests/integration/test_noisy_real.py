"""Real speech in heavy noise (issue 9): a breathy real voice (MFA monologue, read in place from
../shared/realspeech) under steady pink noise 15 dB below it. webrtcvad then calls most of the
speech silence; the words the recogniser is sure of are still counted, and nothing is invented."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voiceprep.analysis.lexicon import filled_pause_label, normalise
from voiceprep.analyzer import CONFIDENT_WORD_P, Analyzer
from voiceprep.audio.io import SAMPLE_RATE, load_audio
from voiceprep.audio.level import active_level_db
from voiceprep.audio.vad import frame_flags

pytestmark = pytest.mark.slow

MONOLOGUES = Path(__file__).resolve().parents[3] / "shared" / "realspeech" / "mfa_monologues"
SNR_DB = 15.0
HISS_DB = -75.0  # the recording chain's own hiss, added last
SEED = 7106  # bench_robust.py's seed for this file in this condition: the same audio as the bench's


def in_noise(clean: np.ndarray, seed: int) -> np.ndarray:
    """Steady 1/f noise SNR_DB below the speech, then hiss (bench/robust_render.py's recipe)."""
    rng = np.random.default_rng(seed)
    noisy = clean + pink_noise(clean.size, rng) * 10 ** ((active_level_db(clean) - SNR_DB) / 20)
    return np.clip(noisy + rng.normal(0, 10 ** (HISS_DB / 20), clean.size), -1.0, 1.0).astype(np.float32)


def pink_noise(n: int, rng: np.random.Generator) -> np.ndarray:
    """Steady 1/f noise, unit RMS."""
    spec = np.fft.rfft(rng.normal(0, 1, n))
    spec /= np.sqrt(np.maximum(np.fft.rfftfreq(n, 1 / SAMPLE_RATE), 20.0))
    x = np.fft.irfft(spec, n)
    return x / np.sqrt(np.mean(x**2))


def words_of(textgrid: Path) -> int:
    """Words of the monologue's TextGrid `words` tier; filled pauses, silences and <tags> left out."""
    labels = [ln.strip().strip('"') for ln in textgrid.read_text().splitlines() if ln.strip().startswith('"')]
    start = labels.index("words") + 1  # short format: "IntervalTier", "words", then the labels
    tier = labels[start: labels.index("IntervalTier", start)] if "IntervalTier" in labels[start:] else labels[start:]
    return sum(1 for t in tier if t and not t.startswith("<") and not filled_pause_label(t))


@pytest.fixture(scope="module")
def noisy():
    wav = MONOLOGUES / "cold_corpus.wav"
    if not wav.exists():
        pytest.skip("../shared/realspeech is not beside the checkout")
    clean = load_audio(wav)
    return clean, in_noise(clean, SEED), words_of(wav.with_suffix(".TextGrid"))


def test_the_vad_misses_most_of_this_speech_in_the_noise(noisy):
    clean, audio, _ = noisy
    assert frame_flags(audio).sum() < 0.6 * frame_flags(clean).sum()


class Listening:
    """The analyzer's recogniser, keeping the words of its first decode of the whole answer (the
    prompted one, whose words the analysis keeps wherever a later decode fills holes)."""

    def __init__(self, inner) -> None:
        self.inner, self.heard = inner, []

    def transcribe(self, audio, **kw):
        t = self.inner.transcribe(audio, **kw)
        if kw.get("prompt", True) is True and kw.get("offset_s", 0.0) == 0.0 and not self.heard:
            self.heard = list(t.words)
        return t

    def decode_clips(self, audio, spans, **kw):
        return self.inner.decode_clips(audio, spans, **kw)

    def decode_ahead(self, *a, **kw):
        return self.inner.decode_ahead(*a, **kw)


def test_words_the_recogniser_is_sure_of_are_counted_in_heavy_noise(analyzer, noisy):
    _, audio, said = noisy
    ear = Listening(analyzer.transcriber)
    m = Analyzer(transcriber=ear).analyze_audio(audio)
    assert any(q.code == "noisy" for q in m.quality)
    sure = [w for w in ear.heard if w.probability >= CONFIDENT_WORD_P and normalise(w.text) and not filled_pause_label(w.text)]
    counted = [w for w in m.word_timeline if filled_pause_label(w.text) is None]
    missing = [w for w in sure if not any(normalise(c.text) == normalise(w.text) and c.start < w.end + 0.3 and c.end > w.start - 0.3
                                          for c in counted)]
    assert not missing, missing
    assert m.words <= said, m.transcript  # nothing invented in the noise
