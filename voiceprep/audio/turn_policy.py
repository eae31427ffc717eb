"""How long a silence must last before the interviewer takes the turn: a pure function of what is
known at that moment (the words so far, the prosody model's view, how long the answer is for its
question kind, whether a story has reached its outcome, and this speaker's own pauses).

People pause to think after complete sentences, so "the sentence ended" alone cuts them off
(Smart Turn, trained on assistants' users, scores a complete sentence complete too). A human
interviewer waits longer while an answer is still short for what was asked, while a story has no
result yet, and for someone who has already shown they pause long and carry on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class TurnPolicy:
    """Every threshold of the turn-taking decision, in one place."""

    finished_silence_s: float = 0.7  # a finished, long-enough answer: reply after this much silence
    unsure_silence_s: float = 1.5  # words say finished but the prosody model strongly disagrees
    think_silence_s: float = 3.8  # a complete sentence too early in the answer: thinking time
    unfinished_silence_s: float = 4.0  # a trailing clause or filler: the sentence is still coming
    prosody_unfinished_p: float = 0.05  # Smart Turn below this: the voice has not closed the turn
    prosody_complete_p: float = 0.5  # Smart Turn at or above this: the voice closes the turn
    # A plan or a view shorter than this (seconds of speech) is still "early": answers are advised
    # at a minute or more (analysis/targets.py), so a complete sentence this early is usually a
    # pause to think (project's own figure). A story ("past") is judged by its outcome instead.
    early_answer_s: dict[str, float] = field(default_factory=lambda: {"plan": 8.0, "opinion": 8.0})
    # No question kind (a call, a held silence): replies are short by nature; only a very short
    # one ("Okay, so...") waits a little longer.
    short_reply_s: float = 2.5
    short_reply_silence_s: float = 2.0
    habit_margin: float = 1.25  # wait this much longer than the longest pause the speaker resumed after
    habit_cap_s: float = 5.0  # ...but never longer than this
    patience_cap_s: float = 6.0


@dataclass(frozen=True)
class TurnEvidence:
    """What is known when a silence reaches its first check."""

    words_finished: bool  # the read-back ends a sentence (no trailing "and", "because", "um")
    spoken_s: float  # speech so far in this answer (first voiced frame to last)
    question_kind: str = ""  # past | plan | opinion | "" (call, held silence)
    story_has_outcome: bool = False  # a story has told its result or lesson
    tells_story: bool = False  # the answer so far is a story (a scene and what was done), whatever was asked
    ends_on_outcome: bool = False  # the last sentence said tells the story's result or lesson
    prosody_complete_p: float | None = None  # Smart Turn's P(turn complete), None when unavailable
    resumed_pauses_s: Sequence[float] = ()  # silences this speaker carried on after, this session


def _base_need_s(e: TurnEvidence, p: TurnPolicy) -> tuple[float, str]:
    """The wait from the words, the answer so far and the voice, before this speaker's habits."""
    if not e.words_finished:
        return p.unfinished_silence_s, "unfinished sentence"
    if (e.question_kind == "past" or e.tells_story) and not e.story_has_outcome:
        return p.think_silence_s, "story without its outcome yet"
    if e.spoken_s < p.early_answer_s.get(e.question_kind, 0.0):
        return p.think_silence_s, "early in the answer"
    if not e.question_kind and e.spoken_s < p.short_reply_s:
        return p.short_reply_silence_s, "short reply"
    if e.prosody_complete_p is not None and e.prosody_complete_p < p.prosody_unfinished_p:
        return p.unsure_silence_s, "voice not closing"
    return p.finished_silence_s, "finished"


def voice_decides(e: TurnEvidence, p: TurnPolicy = TurnPolicy()) -> bool:
    """Is the prosody model worth asking? Only when the words and the answer so far say it is
    over: then the voice can confirm it (no wait for habits) or hold it open a little longer."""
    return _base_need_s(replace(e, prosody_complete_p=None), p)[1] == "finished"


def silence_needed_s(e: TurnEvidence, p: TurnPolicy = TurnPolicy()) -> tuple[float, str]:
    """(seconds of silence before the interviewer replies, the reason) for this moment."""
    need, why = _base_need_s(e, p)
    # A speaker who has carried on after long pauses gets as long to carry on again, unless a
    # story has just told its result or lesson and the voice closes the turn. The voice alone is
    # not enough: Smart Turn scores any complete sentence complete (0.89 in the 2.9 s pause of
    # audio_samples/07_long_pauses.wav, after "...and explained my mistake.", which its habits
    # protect), so a plan or a view keeps the habit wait.
    story = e.question_kind == "past" or e.tells_story
    sure = (why == "finished" and story and e.ends_on_outcome and e.prosody_complete_p is not None
            and e.prosody_complete_p >= p.prosody_complete_p)
    if e.resumed_pauses_s and not sure:
        habit = min(p.habit_cap_s, max(e.resumed_pauses_s) * p.habit_margin)
        if habit > need:
            need, why = habit, f"{why}; this speaker pauses up to {max(e.resumed_pauses_s):.1f} s"
    return min(need, p.patience_cap_s), why
