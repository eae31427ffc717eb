"""Every voiced stretch is accounted for once: a named sound that is a whole speech span leaves
the speech, one inside a longer span is a hole of that span, never both."""

from __future__ import annotations

from voiceprep.analysis.accounting import account, set_apart
from voiceprep.types import Span, VoicedStretch, Word

COUGH = "level -3 dB, peak +1 dB, flatness 0.14, voicing 0.30, burst 0.13"


def test_a_sound_inside_a_span_is_a_hole_of_it_and_listed_once():
    # "...the long pause [cough] and I think...": one VAD span, a cough 0.4 s long between words
    speech = [Span(19.31, 21.46)]
    words = [Word("still", 19.31, 19.52), Word("one", 19.52, 19.78), Word("and", 20.3, 20.38), Word("pause", 21.1, 21.46)]
    named = [VoicedStretch(19.83, 20.25, "cough", COUGH, -2.7)]
    left, apart = set_apart(speech, named)
    assert left == speech and apart == []
    stretches = account(left, words, [], named, apart)
    coughs = [v for v in stretches if v.heard_as == "cough"]
    assert len(coughs) == 1
    assert all(a.end <= b.start for a, b in zip(stretches, stretches[1:])), stretches


def test_a_span_that_is_wholly_one_sound_leaves_the_speech():
    speech = [Span(1.0, 2.0), Span(2.6, 3.0), Span(3.5, 5.0)]
    named = [VoicedStretch(2.6, 3.0, "breath", "soft", -20.0), VoicedStretch(4.0, 4.4, "unrecognised", "?", -5.0)]
    left, apart = set_apart(speech, named)
    assert left == [Span(1.0, 2.0), Span(3.5, 5.0)]
    assert [v.heard_as for v in apart] == ["breath"]
    words = [Word("so", 1.0, 2.0), Word("then", 3.5, 3.9), Word("we", 4.5, 5.0)]
    stretches = account(left, words, [], named, apart)
    assert [v.heard_as for v in stretches] == ["words", "breath", "words", "unrecognised", "words"]
