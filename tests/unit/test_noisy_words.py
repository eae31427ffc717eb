"""Heavy noise: the VAD calls most of a soft voice silence, and the recogniser's confident words
there are still the speaker's (issue 9: real speech in 15 dB pink noise lost words to the
hallucination guard). Words in silence stay out, noisy or not."""

from __future__ import annotations

import numpy as np
import pytest

import voiceprep.analyzer as analyzer_module
from tests.fakes.recogniser import SkippingRecogniser
from voiceprep.analyzer import (
    CONFIDENT_WORD_P,
    SOUND_ABOVE_FLOOR_DB,
    Analyzer,
    guard_words,
)
from voiceprep.types import Span, Word

SR = 16000
NOISE_DB = -36.0  # steady noise...
VOICE_DB = -24.0  # ...12 dB under the voice: a "noisy" recording
VAD_HEARS = (1.0, 3.0)  # the only stretch the (fake) VAD calls speech
VOICE = [(1.0, 3.0), (3.6, 4.4), (6.0, 7.6)]  # where the voice sounds; 4.4-6.0 is only the noise


def _noisy_answer() -> np.ndarray:
    rng = np.random.default_rng(9)
    audio = rng.standard_normal(8 * SR) * 10 ** (NOISE_DB / 20)
    for a, b in VOICE:
        lo, hi = round(a * SR), round(b * SR)
        audio[lo:hi] = rng.standard_normal(hi - lo) * 10 ** (VOICE_DB / 20)
    return audio.astype(np.float32)


def _words() -> list[Word]:
    said = [("I", 1.1, 1.3), ("led", 1.3, 1.7), ("the", 1.7, 1.9), ("migration", 1.9, 2.8),
            ("and", 3.7, 3.9), ("it", 3.9, 4.1), ("shipped", 4.1, 4.4),  # the VAD missed these...
            ("on", 6.1, 6.4), ("time", 6.4, 7.0), ("today.", 7.0, 7.5)]  # ...and these
    words = [Word(t, a, b, 0.95) for t, a, b in said]
    unsure = Word("maybe", 7.52, 7.58, 0.3)  # in the voice but unsure, after the last word: left out
    invented = Word("Thanks.", 5.0, 5.4, 0.97)  # confident, but in the noise alone: invented
    return sorted([*words, unsure, invented], key=lambda w: w.start)


def _fake_flags(audio: np.ndarray, settings) -> np.ndarray:
    flags = np.zeros(audio.size // 160, dtype=bool)
    flags[int(VAD_HEARS[0] * 100): int(VAD_HEARS[1] * 100)] = True
    return flags


@pytest.fixture()
def noisy_metrics(monkeypatch):
    monkeypatch.setattr(analyzer_module, "frame_flags", _fake_flags)
    rec = SkippingRecogniser(_words(), Span(0.0, 0.0), set())
    return Analyzer(transcriber=rec).analyze_audio(_noisy_answer())


def test_confident_words_the_vad_called_silence_are_kept_in_a_noisy_recording(noisy_metrics):
    m = noisy_metrics
    assert any(q.code == "noisy" for q in m.quality)
    assert m.transcript == "I led the migration and it shipped on time today."
    assert m.words == 10
    assert m.span_s == pytest.approx(7.5 - 1.1, abs=0.15)  # first to last word, not the VAD's 2 s


def test_their_time_is_speech_not_a_pause(noisy_metrics):
    m = noisy_metrics
    assert not any(p.start < 4.3 and p.end > 3.8 for p in m.pauses)
    assert not any(p.start < 7.4 and p.end > 6.2 for p in m.pauses)
    assert any(p.start <= 4.5 and p.end >= 6.0 for p in m.pauses)  # the real pause is still one


# The guard alone (pure): level frames of 10 ms.
FLOOR = -60.0


def _levels(seconds: float, sound: list[tuple[float, float]], db: float = FLOOR + 20) -> np.ndarray:
    out = np.full(int(seconds * 100), FLOOR)
    for a, b in sound:
        out[int(a * 100): int(b * 100)] = db
    return out


def test_far_from_speech_is_dropped_in_a_clean_recording():
    w = Word("shipped", 4.0, 4.4, 0.99)
    g = guard_words([w], [Span(1.0, 3.0)], _levels(6, [(1.0, 3.0), (4.0, 4.4)]), FLOOR, noisy=False)
    assert g.words == [] and g.speech == [Span(1.0, 3.0)]


def test_in_noise_a_confident_word_with_sound_is_kept_and_its_time_is_speech():
    near, far = Word("done", 2.9, 3.2, 0.2), Word("shipped", 4.0, 4.4, CONFIDENT_WORD_P)
    g = guard_words([near, far], [Span(1.0, 3.0)], _levels(6, [(1.0, 3.0), (4.1, 4.2)]), FLOOR, noisy=True)
    assert g.words == [near, far]
    assert g.trusted == (far,)
    assert g.speech == [Span(1.0, 3.0), Span(4.0, 4.4)]


def test_in_noise_an_unsure_word_or_one_at_the_floor_is_dropped():
    unsure = Word("shipped", 4.0, 4.4, CONFIDENT_WORD_P - 0.01)
    silent = Word("Thanks.", 5.0, 5.4, 0.99)
    lv = _levels(6, [(1.0, 3.0), (4.0, 4.4)])
    lv[500:540] = FLOOR + SOUND_ABOVE_FLOOR_DB - 0.5  # noise just under "sound"
    g = guard_words([unsure, silent], [Span(1.0, 3.0)], lv, FLOOR, noisy=True)
    assert g.words == [] and g.speech == [Span(1.0, 3.0)]


def test_touching_trusted_words_make_one_span():
    a, b = Word("it", 4.0, 4.2, 0.9), Word("shipped", 4.2, 4.6, 0.9)
    g = guard_words([a, b], [Span(1.0, 3.0)], _levels(6, [(1.0, 3.0), (4.0, 4.6)]), FLOOR, noisy=True)
    assert g.speech == [Span(1.0, 3.0), Span(4.0, 4.6)]


def test_in_noise_a_confident_word_in_another_voice_is_not_trusted():
    w = Word("parcel", 4.0, 4.4, 0.99)
    g = guard_words([w], [Span(1.0, 3.0)], _levels(6, [(1.0, 3.0), (3.6, 5.0)]), FLOOR, noisy=True, others=[Span(3.6, 5.0)])
    assert g.words == [] and g.speech == [Span(1.0, 3.0)]


def test_in_noise_a_word_inside_a_run_of_kept_words_is_kept_however_soft():
    # "to be good": "to" and "good." are near detected speech, "be" between them is not, is unsure
    # and barely above the floor; it is still inside the speaker's run of words
    to, be, good = Word("to", 2.6, 3.0, 0.3), Word("be", 3.0, 3.3, 0.5), Word("good.", 3.32, 3.9, 0.9)
    speech = [Span(1.0, 2.6), Span(3.9, 4.2)]
    lv = _levels(6, [(1.0, 2.6), (3.9, 4.2)])
    g = guard_words([to, be, good], speech, lv, FLOOR, noisy=True)
    assert g.words == [to, be, good]
    assert g.trusted == (be,)
    assert g.speech == [Span(1.0, 2.6), Span(3.0, 3.3), Span(3.9, 4.2)]
    assert guard_words([to, be, good], speech, lv, FLOOR, noisy=False).words == [to, good]


def test_in_noise_a_word_after_a_gap_is_not_inside_a_run():
    to, be, good = Word("to", 2.6, 3.0, 0.3), Word("be", 3.15, 3.3, 0.5), Word("good.", 3.32, 3.9, 0.9)
    g = guard_words([to, be, good], [Span(1.0, 2.6), Span(3.9, 4.2)], _levels(6, [(1.0, 2.6), (3.9, 4.2)]), FLOOR, noisy=True)
    assert g.words == [to, good]


def test_zero_length_words_stacked_past_the_speech_are_dropped():
    # a read answer cut 0.2 s after its last word (LibriSpeech 2412-153948-0000): Whisper wrote
    # "see you next time" with no duration 0.17 s after the speech; inside NEAR_SPEECH_S, but no sound
    said = Word("myself.", 2.5, 2.9, 0.99)
    stacked = [Word(t, 3.17, 3.17, 0.9) for t in ("see", "you", "next", "time.")]
    before = Word("So", 0.8, 0.8, 0.9)
    g = guard_words([before, said, *stacked], [Span(1.0, 3.0)], _levels(4, [(1.0, 3.0)]), FLOOR, noisy=False)
    assert g.words == [said]


def test_a_zero_length_word_between_stretches_of_speech_is_kept():
    # fast speech: the aligner gives a real short word no duration in a gap the VAD left
    a, squeezed, b = Word("it", 2.7, 2.95, 0.9), Word("was", 3.1, 3.1, 0.9), Word("fixed.", 3.25, 3.6, 0.9)
    g = guard_words([a, squeezed, b], [Span(1.0, 3.0), Span(3.2, 3.6)], _levels(4, [(1.0, 3.0), (3.2, 3.6)]), FLOOR, noisy=False)
    assert g.words == [a, squeezed, b]


def test_in_noise_a_confident_word_set_against_a_heard_word_is_kept_without_sound_of_its_own():
    # real speech in 15 dB pink noise: "...a different end.": "different" (0.81) with no duration
    # where the noise hides it, against "end.", which the VAD heard; "a" (unsure) stays out
    a, different, end = Word("a", 3.4, 3.4, 0.41), Word("different", 3.4, 3.4, 0.81), Word("end.", 3.4, 4.2, 0.1)
    speech = [Span(1.0, 2.4), Span(3.9, 4.2)]
    lv = _levels(6, [(1.0, 2.4), (3.9, 4.2)])
    g = guard_words([a, different, end], speech, lv, FLOOR, noisy=True)
    assert g.words == [different, end]
    # not against a heard word (a gap of more than WORD_PAD_S), or not confident: left out
    alone = Word("different", 3.2, 3.2, 0.81)
    assert guard_words([alone, end], speech, lv, FLOOR, noisy=True).words == [end]
    unsure = Word("different", 3.4, 3.4, CONFIDENT_WORD_P - 0.01)
    assert guard_words([unsure, end], speech, lv, FLOOR, noisy=True).words == [end]
    assert guard_words([different, end], speech, lv, FLOOR, noisy=False).words == [end]  # a clean recording: silence is silence
