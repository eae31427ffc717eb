"""Word times are pulled onto measured speech."""

from voiceprep.analysis.align import clamp_to_speech
from voiceprep.types import Span, Word


def test_word_starting_in_silence_starts_with_the_speech():
    [w] = clamp_to_speech([Word("So", 0.0, 0.9)], [Span(0.6, 0.9)])
    assert (w.start, w.end) == (0.6, 0.9)


def test_word_ending_in_silence_ends_with_the_speech():
    [w] = clamp_to_speech([Word("together.", 8.7, 9.4)], [Span(4.6, 9.2)])
    assert (w.start, w.end) == (8.7, 9.2)


def test_word_inside_speech_is_untouched_and_wordless_gap_kept():
    words = [Word("fine", 1.0, 1.3), Word("ghost", 5.0, 5.2)]
    assert clamp_to_speech(words, [Span(0.9, 1.5)]) == words
