"""Turn detector rules: how endings sound, and the decision on hand-made frame streams."""

from __future__ import annotations

import numpy as np
import pytest

from voiceprep.audio.frames import FRAME_S, to_frames
from voiceprep.audio.turn_policy import TurnPolicy
from voiceprep.audio.turns import (
    TurnDetector,
    TurnSettings,
    has_outcome,
    sounds_finished,
)
from voiceprep.interview.session import held_silence_outcome


@pytest.mark.parametrize("text,finished", [
    ("Her service was restored within a day.", True),
    ("Would that work for your team?", True),
    ("I called the customer back and", False),
    ("The problem was that...", False),
    ("I think the most important thing is, um,", False),
    ("because", False),
    ("", False),
])
def test_sounds_finished(text, finished):
    assert sounds_finished(text) is finished


def test_has_outcome():
    assert has_outcome("It was restored the next day and she renewed.")
    assert has_outcome("Since then I always read the address back.")
    assert not has_outcome("Last spring a customer called about her broadband.")


def voiced(seconds: float) -> np.ndarray:
    """A vowel-like harmonic signal webrtcvad takes for speech (not a pure tone)."""
    t = np.arange(int(seconds * 16000)) / 16000
    f0 = 140 + 10 * np.sin(2 * np.pi * 3 * t)
    phase = 2 * np.pi * np.cumsum(f0) / 16000
    sig = sum(np.sin(k * phase) / k for k in range(1, 12)) * (0.6 + 0.4 * np.sin(2 * np.pi * 4 * t) ** 2)
    return (0.2 * sig / np.abs(sig).max()).astype(np.float32)


def run(audio: np.ndarray, text: str, **kw):
    det = TurnDetector(TurnSettings(**kw), read_tail=lambda a: text)
    for f in to_frames(audio):
        end = det.push(f)
        if end:
            return end
    return None


def silence(s: float) -> np.ndarray:
    return np.zeros(int(s * 16000), dtype=np.float32)


def test_finished_sentence_ends_the_turn_quickly():
    end = run(np.concatenate([voiced(4.0), silence(3.0)]), "That was the result.")
    assert end.reason == "finished"
    assert end.decided_at_s - end.speech_end_s == pytest.approx(0.7, abs=0.1)


def test_unfinished_sentence_waits_for_patience():
    end = run(np.concatenate([voiced(4.0), silence(5.0)]), "and then I")
    assert end.reason == "patience" and end.why == "unfinished sentence"
    assert end.decided_at_s - end.speech_end_s == pytest.approx(TurnPolicy().unfinished_silence_s, abs=0.1)


def test_thinking_pause_after_unfinished_clause_keeps_the_turn():
    audio = np.concatenate([voiced(4.0), silence(2.5), voiced(2.0), silence(4.0)])
    texts = iter(["so I decided to", "call her back myself."])
    det = TurnDetector(TurnSettings(), read_tail=lambda a: next(texts))
    end = next(e for e in (det.push(f) for f in to_frames(audio)) if e)
    assert end.speech_end_s > 8.0  # the turn ended after the second stretch, not at the pause


def test_story_without_outcome_waits_when_a_past_example_was_asked():
    end = run(np.concatenate([voiced(4.0), silence(5.0)]), "A customer called about a late parcel.", question_kind="past")
    assert end.reason == "patience" and end.why == "story without its outcome yet"
    assert end.decided_at_s - end.speech_end_s == pytest.approx(TurnPolicy().think_silence_s, abs=0.1)


def test_the_refund_that_had_not_arrived_is_not_the_result_of_the_story():
    # The example: a negated event in the opening sentence was taken for the outcome.
    end = run(np.concatenate([voiced(4.0), silence(5.0)]),
              "A customer called because her refund had not arrived after two weeks.", question_kind="past")
    assert end.why == "story without its outcome yet"


def test_pauses_the_speaker_resumed_after_are_remembered_and_lengthen_the_wait():
    habits: list[float] = []
    audio = np.concatenate([voiced(12.0), silence(2.4), voiced(3.0), silence(6.0)])
    det = TurnDetector(TurnSettings(question_kind="plan"), read_tail=lambda a: "I would check the account first.", habits=habits)
    ends = [e for e in (det.push(f) for f in to_frames(audio)) if e]
    # The first 2.4 s pause was judged finished after 0.7 s in a real session; here the detector
    # is fed on regardless, so it ends there: the habit counts only once the speaker resumes.
    assert ends[0].decided_at_s - ends[0].speech_end_s == pytest.approx(0.7, abs=0.1) and ends[0].speech_end_s < 12.5
    det2 = TurnDetector(TurnSettings(question_kind="plan"), read_tail=lambda a: "I would check the account first.", habits=[2.4])
    end = next(e for e in (det2.push(f) for f in to_frames(np.concatenate([voiced(12.0), silence(6.0)]))) if e)
    assert end.decided_at_s - end.speech_end_s == pytest.approx(2.4 * TurnPolicy().habit_margin, abs=0.1)


def test_resumed_pause_is_recorded_as_a_habit():
    habits: list[float] = []
    det = TurnDetector(TurnSettings(question_kind="past"), read_tail=lambda a: "and then", habits=habits)
    for f in to_frames(np.concatenate([voiced(3.0), silence(2.1), voiced(1.0)])):
        det.push(f)
    assert habits and habits[0] == pytest.approx(2.1, abs=0.2)  # the VAD hears speech ~0.1 s into the silence


def test_keys_end_the_turn_or_buy_time():
    det = TurnDetector(TurnSettings(), read_tail=lambda a: "and then I")
    frames = list(to_frames(np.concatenate([voiced(3.0), silence(1.0)])))
    for f in frames[:-5]:
        assert det.push(f) is None
    det.done()
    end = det.push(frames[-5])
    assert end is not None and end.reason == "said_done"
    det = TurnDetector(TurnSettings(), read_tail=lambda a: "That was the result.")
    ends = []
    for i, f in enumerate(to_frames(np.concatenate([voiced(4.0), silence(12.0)]))):
        if i == int(4.3 / FRAME_S):
            det.more_time()
        ends.append(det.push(f))
    end = next(e for e in ends if e)
    assert end.decided_at_s - end.speech_end_s == pytest.approx(0.7 + TurnSettings().more_time_s, abs=0.1)


def test_very_long_answer_is_interrupted():
    end = run(voiced(6.0), "and", max_turn_s=3.0)
    assert end.reason == "too_long" and end.decided_at_s == pytest.approx(3.0 + 0.15, abs=0.2)


def test_no_speech_no_turn():
    assert run(silence(5.0), "") is None
    assert FRAME_S == 0.03


@pytest.mark.parametrize("resumed,text,fillers,outcome", [
    (None, "", 0, "waited"),
    (2.0, "And the customer renewed for another year.", 0, "added_point"),
    (1.0, "Sorry, I mean, what I was trying to say is that it went well.", 0, "filled"),
    (0.5, "Uh, and, so yes.", 1, "filled"),
])
def test_held_silence_outcomes(resumed, text, fillers, outcome):
    h = held_silence_outcome(6.0, resumed, text, fillers)
    assert h.outcome == outcome and h.duration_s == 6.0 and h.resumed_after_s == resumed


@pytest.mark.parametrize("text,cut", [
    ("If we say we will call back then we call back. If we say, we will call", "If we say we will call back then we call back."),
    ("I want this job because I enjoy solving problems for people. I want this because I enjoy solving",
     "I want this job because I enjoy solving problems for people."),
    ("Then I would tell the customer what I can do today. Then", "Then I would tell the customer what I can do today."),
    ("I called her back and I called the courier.", "I called her back and I called the courier."),  # no restart
    ("We fixed it.", "We fixed it."),
])
def test_a_read_back_that_starts_over_is_cut(text, cut):
    from voiceprep.audio.turns import without_restart

    assert without_restart(text) == cut


def test_a_plain_ending_is_finished_when_the_voice_closes_it():
    audio = np.concatenate([voiced(12.0), silence(6.0)])
    ends = {}
    for p in (0.9, 0.2):
        det = TurnDetector(TurnSettings(question_kind="plan"), read_tail=lambda a: "She gave us a five star review that week",
                           prosody=lambda a, p=p: p)
        ends[p] = next(e for e in (det.push(f) for f in to_frames(audio)) if e)
    assert ends[0.9].why == "finished" and ends[0.2].why == "unfinished sentence"
