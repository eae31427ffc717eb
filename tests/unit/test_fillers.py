"""Filler detection rules: filled pauses, filler words in filler use, acoustic evidence."""

from __future__ import annotations

import pytest

from voiceprep.analysis.fillers import (
    filler_candidates,
    filler_words,
    merge_fillers,
    snap_to_speech,
)
from voiceprep.analysis.lexicon import filled_pause_label, is_laughter
from voiceprep.types import Filler, Span, Word


def words_of(text: str) -> list[Word]:
    return [Word(t, i * 0.3, i * 0.3 + 0.25) for i, t in enumerate(text.split())]


@pytest.mark.parametrize(
    "token,label",
    [("Umm,", "um"), ("uh.", "uh"), ("Hmm", "hmm"), ("erm", "er"), ("Ahh", "ah"), ("mm-hmm", "uh-huh"),
     ("I", None), ("um-brella", None), ("her", None), ("am", None), ("uhm", "um")],
)
def test_filled_pause_spellings(token, label):
    assert filled_pause_label(token) == label


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I like my job a lot.", []),
        ("It was, like, really busy that day.", ["like"]),
        ("I would like to help.", []),
        ("You know, the customer was upset.", ["you know"]),
        ("Do you know what happened?", []),
        ("I mean, it worked out.", ["i mean"]),
        ("That is what I mean by ownership.", []),
        ("It was kind of hard.", ["kind of"]),
        ("What kind of role is this?", []),
        ("So I called her back.", ["so"]),
        ("Calls got longer, so I slowed down.", []),
        ("Um, so I called her back.", ["so"]),
        ("I was so happy.", []),
        ("Basically we fixed it.", ["basically"]),
        ("He looks like my manager.", []),
    ],
)
def test_filler_words_only_in_filler_use(text, expected):
    assert [f.text for f in filler_words(words_of(text))] == expected


def test_candidates_are_speech_no_word_covers():
    words = [Word("I", 0.0, 0.3), Word("called.", 0.3, 0.9), Word("Then", 2.5, 2.8)]
    speech = [Span(0.0, 0.9), Span(1.5, 1.9), Span(2.5, 2.8)]
    assert filler_candidates(words, speech) == [Span(1.5, 1.9)]


def test_candidates_include_a_hole_at_the_start_of_a_long_span():
    # "uh ... so I have a cold": Whisper dropped the "uh" that opens the speech span.
    words = [Word("So", 3.9, 4.0), Word("I", 4.0, 4.1), Word("have", 4.1, 4.5)]
    assert filler_candidates(words, [Span(3.4, 4.5)]) == [Span(3.4, 3.85)]


def test_candidates_ignore_short_blips_and_long_silent_speech():
    speech = [Span(0.0, 0.1), Span(1.0, 3.0)]
    assert filler_candidates([], speech) == []


def test_snap_moves_drifting_filler_to_uncovered_span():
    lexical = [Word("so", 2.8, 3.2), Word("I", 3.2, 3.5)]
    snapped = snap_to_speech([Filler("um", "filled_pause", 2.6, 2.84)], [Span(2.38, 2.57), Span(2.8, 3.5)], lexical)
    assert (snapped[0].start, snapped[0].end) == (2.38, 2.57)


def test_merge_drops_acoustic_duplicate_of_transcribed_filler():
    t = [Filler("um", "filled_pause", 1.0, 1.3)]
    a = [Filler("uh", "filled_pause", 1.05, 1.35), Filler("uh", "filled_pause", 4.0, 4.3)]
    merged = merge_fillers(t, a, [])
    assert [(f.text, f.start) for f in merged] == [("um", 1.05), ("uh", 4.0)]


def test_laughter_as_the_recogniser_writes_it_is_no_word():
    assert all(is_laughter(t) for t in ("Ha", "ha.", "Hahaha.", "Ha-ha,", "hehe", "heh"))
    assert not any(is_laughter(t) for t in ("he", "hat", "happy", "have", "hello"))
