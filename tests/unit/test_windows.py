"""Where the recogniser's windows are cut (speech.stt.windows): never longer than Whisper's 30 s,
the whole recording covered, and each cut fixed by the audio before it, so an answer's first
windows can be decoded while it is still being spoken."""

from __future__ import annotations

import random

import numpy as np
import pytest

from voiceprep.speech.stt import WINDOW_S, windows


def test_an_answer_that_fits_one_window_is_one_window():
    assert windows(18.0, [(5.0, 7.0), (12.0, 12.8)]) == [(0.0, 18.0)]
    assert windows(29.0, [(21.0, 22.0)]) == [(0.0, 29.0)]  # a long pause 20 s in, but no need to cut


def test_a_longer_answer_is_cut_at_the_first_long_pause_twenty_seconds_in():
    # a short gap at 21 s is passed over; the first pause of 0.5 s or more after 20 s is the cut
    assert windows(36.0, [(10.0, 11.0), (21.0, 21.3), (22.0, 22.6), (25.0, 25.4)]) == [(0.0, 22.3), (22.3, 36.0)]


def test_without_a_long_pause_a_long_answer_is_cut_at_its_longest_silence_or_at_thirty_seconds():
    assert windows(50.0, [(21.0, 21.3), (26.0, 26.4), (27.0, 27.2)]) == [(0.0, 26.2), (26.2, 50.0)]
    assert windows(61.0, []) == [(0.0, 30.0), (30.0, 60.0), (60.0, 61.0)]


def _silences(rng: random.Random, duration_s: float) -> list[tuple[float, float]]:
    out, t = [], rng.uniform(0.3, 2.0)
    while t < duration_s - 1.0:
        gap = rng.choice([0.15, 0.3, 0.45, 0.6, 1.2, 2.5])
        out.append((round(t, 2), round(t + gap, 2)))
        t += gap + rng.uniform(0.5, 9.0)
    return out


@pytest.mark.parametrize("seed", range(40))
def test_windows_cover_the_audio_and_the_closed_ones_never_change_as_the_answer_goes_on(seed):
    rng = random.Random(seed)
    duration = rng.uniform(20.0, 150.0)
    silences = _silences(rng, duration)
    full = windows(duration, silences)
    assert full[0][0] == 0.0 and full[-1][1] == duration
    assert all(a[1] == b[0] for a, b in zip(full, full[1:]))
    assert all(0 < hi - lo <= WINDOW_S + 1e-6 for lo, hi in full)
    # Heard up to any moment (at the end of a pause: where the live loop hands the answer over),
    # every window but the last is one of the whole answer's windows.
    for lo, hi in silences:
        so_far = [(a, b) for a, b in silences if b <= hi]
        closed = windows(hi, so_far)[:-1]
        assert closed == full[: len(closed)], (hi, closed, full)


def test_a_window_cut_in_a_pause_ends_its_sound_where_the_pause_begins():
    from voiceprep.speech.stt import _sound_end

    silences = [(10.0, 11.0), (22.0, 22.6)]
    assert _sound_end(0.0, 22.3, silences) == pytest.approx(22.0)  # cut in the middle of the 22.0-22.6 pause
    assert _sound_end(22.3, 36.0, silences, 35.2) == pytest.approx(12.9)  # the last window: where the caller says
    assert _sound_end(0.0, 30.0, silences) is None  # cut at 30 s in speech: unknown, the decode runs its course


class _Segment:
    def __init__(self, start: float, end: float, text: str) -> None:
        from types import SimpleNamespace

        self.start, self.end, self.text = start, end, text
        self.no_speech_prob, self.avg_logprob = 0.0, -0.2
        step = (end - start) / len(text.split())
        self.words = [SimpleNamespace(word=w, start=start + k * step, end=start + (k + 1) * step, probability=0.9)
                      for k, w in enumerate(text.split())]


class _LazyWhisper:
    """faster-whisper's contract: segments come from a generator, and its second pass over a
    window (a new encoder run from the last word on) only starts when the next segment is asked
    for. The second pass here writes a phrase into the silence after the speech, as tiny.en did
    after the cut-off pause of a real monologue ("That's fine.")."""

    def __init__(self) -> None:
        self.passes = 0

    def transcribe(self, audio, **_options):
        def segments():
            self.passes = 1
            yield _Segment(0.2, 4.8, "I checked the payment log first.")
            yield _Segment(5.1, 9.9, "Then I sent the refund again.")
            self.passes = 2
            yield _Segment(10.3, 10.9, "That's fine.")
        return segments(), None


def test_decoding_stops_once_the_words_reach_the_end_of_the_sound():
    from voiceprep.speech.stt import Transcriber

    t = Transcriber("tiny")
    t._whisper = fake = _LazyWhisper()
    audio = np.zeros(16000 * 11, dtype=np.float32)
    heard = t.transcribe(audio, sound_end_s=10.0)
    assert fake.passes == 1 and heard.text.endswith("again.")  # the silence after the speech was not decoded again
    t.forget()
    t._whisper = fake = _LazyWhisper()
    assert t.transcribe(audio).text.endswith("That's fine.") and fake.passes == 2  # unknown end: the decode runs its course
