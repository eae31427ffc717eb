"""The turn-taking policy: how long a silence must last, from what is known at that moment."""

from __future__ import annotations

from voiceprep.audio.turn_policy import TurnEvidence, TurnPolicy, silence_needed_s

P = TurnPolicy()


def need(**kw) -> float:
    return silence_needed_s(TurnEvidence(**kw))[0]


def test_a_trailing_clause_waits_the_longest():
    assert need(words_finished=False, spoken_s=40.0, question_kind="opinion") == P.unfinished_silence_s


def test_a_complete_first_sentence_of_a_story_is_thinking_time():
    # "A customer called because her refund had not arrived after two weeks." [1.2 s]
    assert need(words_finished=True, spoken_s=4.0, question_kind="past", story_has_outcome=False) >= 3.5


def test_a_story_with_its_outcome_ends_quickly_even_if_short():
    assert need(words_finished=True, spoken_s=12.0, question_kind="past", story_has_outcome=True) == P.finished_silence_s


def test_a_long_story_still_needs_its_outcome():
    assert need(words_finished=True, spoken_s=60.0, question_kind="past", story_has_outcome=False) == P.think_silence_s


def test_short_views_wait_longer_than_full_ones():
    assert need(words_finished=True, spoken_s=3.0, question_kind="opinion") == P.think_silence_s
    assert need(words_finished=True, spoken_s=12.0, question_kind="opinion") == P.finished_silence_s


def test_prosody_that_does_not_close_the_turn_adds_a_little_wait():
    assert need(words_finished=True, spoken_s=12.0, question_kind="plan", prosody_complete_p=0.01) == P.unsure_silence_s
    assert need(words_finished=True, spoken_s=12.0, question_kind="plan", prosody_complete_p=0.9) == P.finished_silence_s


def test_a_speaker_who_pauses_long_gets_longer_waits_within_a_cap():
    # words finished: a little longer; the voice not closing the turn: as long as their pauses
    assert need(words_finished=True, spoken_s=12.0, question_kind="plan", resumed_pauses_s=[2.4]) == 2.4 * P.habit_margin
    assert need(words_finished=True, spoken_s=12.0, question_kind="plan", prosody_complete_p=0.01,
                resumed_pauses_s=[2.4]) == 2.4 * P.habit_margin
    assert need(words_finished=True, spoken_s=12.0, question_kind="plan", prosody_complete_p=0.01,
                resumed_pauses_s=[9.0]) == P.habit_cap_s
    # words and voice both say it is over: no wait for habits
    assert need(words_finished=True, spoken_s=12.0, question_kind="plan", prosody_complete_p=0.9,
                resumed_pauses_s=[2.4]) == P.finished_silence_s


def test_a_story_told_to_any_question_is_not_over_before_its_outcome():
    # "How do you react when a policy feels unfair?" answered with a story: the story rule applies
    assert need(words_finished=True, spoken_s=19.0, question_kind="opinion", tells_story=True) == P.think_silence_s
    assert need(words_finished=True, spoken_s=19.0, question_kind="opinion", tells_story=True,
                story_has_outcome=True) == P.finished_silence_s
