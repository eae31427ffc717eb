"""Say when unsure: clipping, a very low level, heavy noise and lost coverage raise quality flags
(real audio, the sample's truth as the recogniser's words); clean audio raises none."""

from __future__ import annotations

import numpy as np
import pytest

from tests.conftest import SAMPLES_DIR
from tests.fakes.recogniser import SkippingRecogniser, truth_words
from voiceprep.analysis.quality import SignalFigures, figures_in_doubt, quality_flags, unsure_words
from voiceprep.analyzer import Analyzer
from voiceprep.audio.io import load_audio
from voiceprep.audio.vad import speech_spans
from voiceprep.types import Span

SAMPLE = "03_fast_talker.wav"


@pytest.fixture(scope="module")
def clean_and_words(samples_truth):
    truth = next(t for t in samples_truth if t["file"] == SAMPLE)
    audio = load_audio(SAMPLES_DIR / SAMPLE)
    return truth, audio, truth_words(truth, speech_spans(audio))


def analyse(audio, words):
    rec = SkippingRecogniser(words, Span(-1.0, -1.0), set())
    return Analyzer(transcriber=rec).analyze_audio(audio)


def codes(m) -> set[str]:
    return {q.code for q in m.quality}


def test_clean_audio_raises_no_flag(clean_and_words):
    _, audio, words = clean_and_words
    assert codes(analyse(audio, words)) == set()


def test_a_clipping_microphone_is_flagged(clean_and_words):
    truth, audio, words = clean_and_words
    hot = np.clip(audio * 5.0, -0.99, 0.99).astype(np.float32)
    m = analyse(hot, words)
    assert "clipping" in codes(m)
    assert m.words == truth["words"]  # flagged, still measured
    assert "clips" in m.to_dict()["quality"][0]["message"]


def test_a_very_quiet_microphone_is_flagged_and_still_measured(clean_and_words):
    truth, audio, words = clean_and_words
    quiet = (audio * 10 ** (-30 / 20)).astype(np.float32)
    m = analyse(quiet, words)
    assert "low_level" in codes(m)
    assert m.words == truth["words"]
    assert [round(p.duration_s, 1) for p in m.pauses] == [round(p["duration_s"], 1) for p in truth["pauses"]]


def test_heavy_noise_is_flagged(clean_and_words):
    _, audio, words = clean_and_words
    rng = np.random.default_rng(0)
    noisy = (audio + rng.normal(0, 0.03, audio.size)).astype(np.float32)  # about 10 dB below the voice
    m = analyse(noisy, words)
    assert "noisy" in codes(m)
    # ...and every delivery figure, and the trailing-off endings, are shown as less sure, in the JSON as well
    doubted = ("words", "wpm", "fillers", "pauses", "trailing_off")
    assert m.figures_in_doubt == doubted
    out = m.to_dict()
    assert out["figures_in_doubt"] == list(doubted)
    assert {tuple(q["figures"]) for q in out["quality"]} >= {doubted}


def test_clean_clipping_and_quiet_recordings_doubt_only_what_their_flags_touch(clean_and_words):
    _, audio, words = clean_and_words
    assert analyse(audio, words).to_dict()["figures_in_doubt"] == []
    hot = np.clip(audio * 5.0, -0.99, 0.99).astype(np.float32)
    assert analyse(hot, words).figures_in_doubt == ("pauses",)  # bench: clipping costs pauses, not words
    quiet = (audio * 10 ** (-30 / 20)).astype(np.float32)
    assert analyse(quiet, words).figures_in_doubt == ()  # a low level alone: advice, every figure held


def test_thresholds_are_one_place_and_each_flag_can_fire_alone():
    base = SignalFigures(speaker_level_db=-18, clipped_share=0.0, snr_db=40, voiced_s=20, background_voice_s=0, unaccounted_s=0)
    assert quality_flags(base) == []
    from dataclasses import replace

    cases = {
        "low_coverage": replace(base, unaccounted_s=3.0),
        "clipping": replace(base, clipped_share=0.01),
        "low_level": replace(base, speaker_level_db=-45),
        "noisy": replace(base, snr_db=10),
        "background_voices": replace(base, background_voice_s=2.0),
        "unsure_words": replace(base, words=30, unsure_words=12),
    }
    for code, figures in cases.items():
        assert [q.code for q in quality_flags(figures)] == [code]
        assert quality_flags(figures)[0].figures == figures_in_doubt(code)
    assert figures_in_doubt("a_flag_from_a_later_version") == ()


def test_unsure_words_need_a_quarter_of_the_words_and_at_least_three():
    from dataclasses import replace

    base = SignalFigures(speaker_level_db=-18, clipped_share=0.0, snr_db=40, voiced_s=20, background_voice_s=0, unaccounted_s=0)
    flagged = lambda words, unsure: [q.code for q in quality_flags(replace(base, words=words, unsure_words=unsure))]  # noqa: E731
    assert flagged(60, 14) == []  # under a quarter: a poor line that was still heard right
    assert flagged(60, 15) == ["unsure_words"]
    assert flagged(4, 2) == []  # two unsure words in a four-word answer: too few to say
    assert flagged(12, 3) == ["unsure_words"]
    assert unsure_words([0.9, 0.49, 0.5, 0.1]) == 2


def test_a_short_stretch_of_another_voice_in_a_long_answer_is_flagged():
    # Level separates only the quieter part of another voice, so the part found is a fraction of
    # it: 0.3 s found is reason enough to say so, whatever the answer's length.
    from dataclasses import replace

    base = SignalFigures(speaker_level_db=-18, clipped_share=0.0, snr_db=40, voiced_s=60, background_voice_s=0, unaccounted_s=0)
    codes_of = lambda s: [q.code for q in quality_flags(replace(base, background_voice_s=s))]  # noqa: E731
    assert codes_of(0.3) == ["background_voices"]
    assert codes_of(0.25) == []
    assert "may still be counted" in quality_flags(replace(base, background_voice_s=0.5))[0].message
