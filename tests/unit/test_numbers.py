"""Written numbers count as the words that were spoken."""

from __future__ import annotations

import pytest

from voiceprep.analysis.metrics import speech_metrics
from voiceprep.analysis.numbers import spoken_words
from voiceprep.types import Span, Word


@pytest.mark.parametrize("token, words", [
    ("94%", "ninety four percent"),
    ("94%.", "ninety four percent"),
    ("2019,", "twenty nineteen"),
    ("2005", "two thousand five"),
    ("$5,000", "five thousand dollars"),
    ("3.5", "three point five"),
    ("9:30", "nine thirty"),
    ("9:05", "nine oh five"),
    ("1,250", "one thousand two hundred fifty"),
    ("60", "sixty"),
    ("hello", "hello"),
])
def test_spoken_words(token, words):
    assert spoken_words(token) == words.split()


def test_pace_counts_spoken_words_not_numerals():
    words = [Word("about", 0.0, 0.4), Word("94%", 0.5, 1.9), Word("satisfied.", 2.0, 3.0)]
    m = speech_metrics(words, [Span(0.0, 3.0)], 3.0)
    assert m.words == 5
    assert m.wpm == pytest.approx(100.0)
