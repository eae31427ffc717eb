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


def test_a_word_smeared_over_a_silence_keeps_the_side_with_its_sound():
    # phone line: the VAD's first 70 ms taken for speech, the voice from 0.6 s; Whisper's "My" 0.0-0.86
    [w] = clamp_to_speech([Word("My", 0.0, 0.86)], [Span(0.0, 0.07), Span(0.6, 2.0)])
    assert (w.start, w.end) == (0.6, 0.86)
    # the same at a word's end: a blip after the pause is not part of the word
    [w] = clamp_to_speech([Word("call.", 12.8, 13.6)], [Span(9.4, 13.06), Span(13.5, 13.56)])
    assert (w.start, w.end) == (12.8, 13.06)


def test_a_short_closure_inside_a_word_is_not_a_silence():
    [w] = clamp_to_speech([Word("satisfaction", 0.86, 1.44)], [Span(0.8, 1.1), Span(1.2, 1.5)])
    assert (w.start, w.end) == (0.86, 1.44)
