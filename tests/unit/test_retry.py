"""When a window is decoded again: faster-whisper's own test (too repetitive or too unsure,
unless Whisper takes the window for silence), kept while the retry itself changes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from voiceprep.speech.stt import _failed

OPTIONS = SimpleNamespace(compression_ratio_threshold=2.4, log_prob_threshold=-1.0, no_speech_threshold=0.6)


def decoded(avg_logprob: float, compression_ratio: float, no_speech_prob: float = 0.0) -> tuple:
    return SimpleNamespace(no_speech_prob=no_speech_prob), avg_logprob, 0.0, compression_ratio


@pytest.mark.parametrize(("avg_logprob", "ratio", "no_speech", "failed"), [
    (-0.3, 1.6, 0.0, False),  # sure and varied: kept
    (-0.3, 3.1, 0.0, True),  # a loop ("not sure if I'm not sure if ...")
    (-1.4, 1.6, 0.0, True),  # unsure
    (-1.4, 1.6, 0.9, False),  # unsure but silence: nothing to retry
    (-1.4, 3.1, 0.9, False),  # silence wins over a loop, as in faster-whisper
    (-0.3, 3.1, 0.9, True),  # a sure loop is a loop whatever the silence
])
def test_a_window_is_decoded_again_when_faster_whisper_would(avg_logprob, ratio, no_speech, failed):
    assert _failed(decoded(avg_logprob, ratio, no_speech), OPTIONS) is failed


def test_no_thresholds_means_no_retry():
    none = SimpleNamespace(compression_ratio_threshold=None, log_prob_threshold=None, no_speech_threshold=None)
    assert _failed(decoded(-5.0, 9.0), none) is False
