"""No silent loss of speech: a decode that skips a stretch is decoded again and merged, and what
cannot be recovered is reported, never dropped. Real audio (audio_samples/03_fast_talker.wav)
with a fake recogniser whose output is the sample's truth, minus a skipped span."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES_DIR
from tests.fakes.recogniser import SkippingRecogniser, truth_words
from voiceprep.analyzer import Analyzer
from voiceprep.audio.io import load_audio
from voiceprep.audio.vad import speech_spans
from voiceprep.types import Span

SAMPLE = "03_fast_talker.wav"


@pytest.fixture(scope="module")
def audio_and_words(samples_truth):
    truth = next(t for t in samples_truth if t["file"] == SAMPLE)
    audio = load_audio(SAMPLES_DIR / SAMPLE)
    spans = speech_spans(audio)
    words = truth_words(truth, spans)
    # skip the whole third sentence (about 3.5 s of fast speech, 16 words)
    skip = Span(spans[2].start - 0.05, spans[2].end + 0.05)
    return truth, audio, words, skip


def analyse(audio, words, skip, skips_on):
    rec = SkippingRecogniser(words, skip, skips_on)
    return Analyzer(transcriber=rec).analyze_audio(audio), rec


def test_a_skipped_stretch_is_decoded_again_without_the_prompt(audio_and_words):
    truth, audio, words, skip = audio_and_words
    m, rec = analyse(audio, words, skip, {"prompted"})
    assert rec.calls[:2] == ["prompted", "plain"]
    assert m.words == truth["words"]
    assert m.wpm == pytest.approx(truth["wpm"], rel=0.05)
    assert not any(v.heard_as == "unrecognised" for v in m.voiced_stretches)
    assert not any(q.code == "low_coverage" for q in m.quality)


def test_a_stretch_every_whole_decode_skips_is_decoded_alone(audio_and_words):
    truth, audio, words, skip = audio_and_words
    m, rec = analyse(audio, words, skip, {"prompted", "plain"})
    assert "alone" in rec.calls
    assert m.words == truth["words"]


def test_speech_nothing_recovers_is_reported_not_dropped(audio_and_words):
    truth, audio, words, skip = audio_and_words
    m, _ = analyse(audio, words, skip, {"prompted", "plain", "alone"})
    skipped = [w for w in words if skip.start <= (w.start + w.end) / 2 <= skip.end]
    assert m.words == truth["words"] - len(skipped)
    lost = [v for v in m.voiced_stretches if v.heard_as == "unrecognised" and v.start < skip.end and v.end > skip.start]
    assert sum(v.end - v.start for v in lost) >= 0.8 * (skip.end - skip.start - 0.1)
    assert any(q.code == "low_coverage" for q in m.quality)
    # the lost stretch is still speech: no pause is invented where the speaker was talking
    assert not any(p.start < skip.end - 0.2 and p.end > skip.start + 0.2 for p in m.pauses)


def test_every_voiced_stretch_of_0_3_s_is_accounted_for(audio_and_words):
    truth, audio, words, skip = audio_and_words
    m, _ = analyse(audio, words, skip, {"prompted"})
    for sp in m.speech:
        if sp.duration_s < 0.3:
            continue
        covered = sum(max(0.0, min(v.end, sp.end) - max(v.start, sp.start)) for v in m.voiced_stretches)
        assert covered >= sp.duration_s - 0.3, (sp, m.voiced_stretches)
    d = m.to_dict(details=True)
    assert {"start", "end", "heard_as", "evidence", "level_db"} <= set(d["voiced_stretches"][0])


def test_a_skip_across_a_short_pause_is_decoded_again(audio_and_words):
    """Whisper can skip the end of one sentence and the start of the next: two holes, each too
    short to call lost speech, with no word between them (session 23: a dev answer cut 0.4 s after
    its last word lost "It takes a little longer but the callbacks stopped" this way)."""
    truth, audio, words, _ = audio_and_words
    spans = speech_spans(audio)
    skip = Span(spans[2].end - 0.8, spans[3].start + 0.8)
    m, rec = analyse(audio, words, skip, {"prompted"})
    assert rec.calls[:2] == ["prompted", "plain"]
    assert m.words == truth["words"]
    assert not any(q.code == "low_coverage" for q in m.quality)
