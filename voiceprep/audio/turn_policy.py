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
from dataclasses import dataclass, field


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
    prosody_complete_p: float | None = None  # Smart Turn's P(turn complete), None when unavailable
    resumed_pauses_s: Sequence[float] = ()  # silences this speaker carried on after, this session


def silence_needed_s(e: TurnEvidence, p: TurnPolicy = TurnPolicy()) -> tuple[float, str]:
    """(seconds of silence before the interviewer replies, the reason) for this moment."""
    if not e.words_finished:
        need, why = p.unfinished_silence_s, "unfinished sentence"
    elif (e.question_kind == "past" or e.tells_story) and not e.story_has_outcome:
        need, why = p.think_silence_s, "story without its outcome yet"
    elif e.spoken_s < p.early_answer_s.get(e.question_kind, 0.0):
        need, why = p.think_silence_s, "early in the answer"
    elif not e.question_kind and e.spoken_s < p.short_reply_s:
        need, why = p.short_reply_silence_s, "short reply"
    elif e.prosody_complete_p is not None and e.prosody_complete_p < p.prosody_unfinished_p:
        need, why = p.unsure_silence_s, "voice not closing"
    else:
        need, why = p.finished_silence_s, "finished"
    # A speaker who has carried on after long pauses gets as long to carry on again, unless the
    # words and the voice both say the answer is over.
    sure = why == "finished" and e.prosody_complete_p is not None and e.prosody_complete_p >= p.prosody_complete_p
    if e.resumed_pauses_s and not sure:
        habit = min(p.habit_cap_s, max(e.resumed_pauses_s) * p.habit_margin)
        if habit > need:
            need, why = habit, f"{why}; this speaker pauses up to {max(e.resumed_pauses_s):.1f} s"
    return min(need, p.patience_cap_s), why
