"""Faint words straight after the speaker: the speaker fading out, or someone else's sentence
(audio.foreground.faint_words); talk in the speaker's pauses (voice_in_a_pause). Pure: one level
per 10 ms frame."""

from __future__ import annotations

import numpy as np

from voiceprep.analyzer import _other_words
from voiceprep.audio.foreground import ForegroundSettings, LevelScene, faint_words, voice_in_a_pause
from voiceprep.types import Span, Word

SPEAKER_DB, FLOOR_DB = -20.0, -70.0


def _scene(levels: np.ndarray, voiced: list[tuple[float, float]]) -> LevelScene:
    return LevelScene(SPEAKER_DB, FLOOR_DB, tuple(Span(a, b) for a, b in voiced), (), ())


def _levels(seconds: float, parts: list[tuple[float, float, float]]) -> np.ndarray:
    out = np.full(int(seconds * 100), FLOOR_DB)
    for a, b, db in parts:
        out[int(a * 100): int(b * 100)] = db
    return out


def test_a_whole_quiet_sentence_on_the_speakers_last_word_is_someone_elses():
    # a reader's "...painful to myself." and, with no gap, a colleague 22 dB down: "This is the
    # acoustic corpus." then the recording ends (LibriSpeech 2412 with a voice behind it)
    words = [Word("to", 1.0, 1.3), Word("myself.", 1.3, 1.9), Word("This", 1.9, 2.1), Word("is", 2.1, 2.3),
             Word("the", 2.3, 2.4), Word("corpus.", 2.4, 2.8)]
    lv = _levels(3.0, [(1.0, 1.9, SPEAKER_DB), (1.9, 2.8, SPEAKER_DB - 22)])
    other = faint_words(words, lv, _scene(lv, [(1.0, 2.8)]))
    assert [w.text for w in other] == ["is", "the", "corpus."]  # "This" sits in the padding of "myself."


def test_a_sentence_that_fades_after_a_loud_start_is_the_speaker_fading_out():
    # "Montreal forced to liner.": loud, then the last words 20 dB down, then silence
    words = [Word("Montreal", 1.0, 1.5), Word("forced", 1.5, 1.9), Word("to", 1.9, 2.2), Word("liner.", 2.2, 2.7)]
    lv = _levels(3.5, [(1.0, 1.9, SPEAKER_DB), (1.9, 2.7, SPEAKER_DB - 20)])
    assert faint_words(words, lv, _scene(lv, [(1.0, 2.7)])) == []


# Stretches no word covers that decoded alone as words (audio.foreground.voice_in_a_pause).
SENTENCES = [Word("First", 0.6, 0.9), Word("I", 0.9, 1.0), Word("check", 1.0, 1.3), Word("the", 1.3, 1.4),
             Word("account.", 1.4, 2.0), Word("Then", 3.4, 3.6), Word("I", 3.6, 3.7), Word("call", 3.7, 4.0),
             Word("back.", 4.0, 4.4)]
CROWD = _scene(np.zeros(1), [(0.5, 4.5)])  # the VAD hears voice all through: the crowd fills the pause
QUIET_ROOM = _scene(np.zeros(1), [(0.5, 2.5), (3.35, 4.5)])  # ...or only the speaker, a silence between
RECORDING_S = 5.0


def test_talk_well_below_the_speaker_in_their_pause_is_another_voice():
    assert voice_in_a_pause(Span(2.3, 3.1), -14.0, SENTENCES, CROWD, RECORDING_S)


def test_talk_as_loud_as_the_speakers_soft_words_stays_theirs():
    assert not voice_in_a_pause(Span(2.3, 3.1), -9.0, SENTENCES, CROWD, RECORDING_S)  # their skipped words, say
    assert not voice_in_a_pause(Span(2.3, 3.1), -11.9, SENTENCES, CROWD, RECORDING_S, ForegroundSettings(below_db=12.0))


def test_a_quiet_stretch_inside_a_sentence_stays_the_speakers():
    # "First I check the [0.5 s, softly: billing] account.": words run up to it and on from it
    words = [Word("First", 0.6, 0.9), Word("I", 0.9, 1.0), Word("check", 1.0, 1.3), Word("the", 1.3, 1.4),
             Word("account.", 1.9, 2.4)]
    assert not voice_in_a_pause(Span(1.45, 1.85), -16.0, words, CROWD, RECORDING_S)


def test_the_fading_end_of_a_sentence_before_a_silence_stays_the_speakers():
    # "...the account." fades 15 dB down over 0.3 s, then silence until "Then" (07_long_pauses.wav)
    assert not voice_in_a_pause(Span(2.1, 2.5), -15.0, SENTENCES, QUIET_ROOM, RECORDING_S)
    # the same stretch with the crowd talking on after it is the crowd's
    assert voice_in_a_pause(Span(2.1, 2.5), -15.0, SENTENCES, CROWD, RECORDING_S)
    # and after the last word, with no recording left to be silent in, it is the crowd's as well
    assert voice_in_a_pause(Span(4.5, 4.9), -15.0, SENTENCES, QUIET_ROOM, 4.9)


def test_only_a_stretchs_own_words_are_evidence_of_another_voice():
    pause = Span(2.3, 3.1)
    assert _other_words("I see.", pause, SENTENCES)  # the crowd's words
    assert not _other_words("Then.", Span(2.6, 3.3), SENTENCES)  # the clip's padding reached "Then"
    assert not _other_words("Montreal Montreal Montreal Montreal", pause, SENTENCES)  # a failed decode
    assert not _other_words("Hahaha.", pause, SENTENCES)  # the speaker laughing
    assert not _other_words("Um.", pause, SENTENCES)
    assert not _other_words("", pause, SENTENCES)
