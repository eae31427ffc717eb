"""Turn-taking: decides when the candidate has finished, without cutting off someone who pauses
to think.

A pure silence timer (0.6 s in most voice assistants) cuts people off mid-thought. Here, once
a silence reaches `min_silence_s` (0.3 s, well before any reply may come), the speech since the
last check is read by the recogniser (a short decode straight through CTranslate2; most of the
answer was already read at gaps while the candidate talked) and, when the words sound finished,
the Smart Turn model scores the voice. `turn_policy.silence_needed_s` turns that
evidence, the question kind, the story's progress and this speaker's own pauses into how long
the silence must last; the turn ends when it has. Keys can end it at once ("I'm done") or buy
more time. Every silence the speaker carried on after is remembered for the rest of the session.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from voiceprep.audio.frames import FRAME_S, to_float
from voiceprep.audio.turn_policy import TurnEvidence, TurnPolicy, silence_needed_s, voice_decides

UNFINISHED_LAST_WORDS = {
    "and", "but", "so", "because", "or", "then", "which", "that", "um", "uh", "er", "erm", "like", "the", "a", "an",
    "to", "of", "with", "when", "if", "my", "our", "their", "i", "we", "was", "were", "is", "for", "in", "on", "at",
    "also", "just", "while", "although", "until", "where", "who", "whose", "by", "from", "as", "about", "into",
}

# Of those, the prepositions a sentence can end on ("...something they can act on.", "...the team I
# work with."): with a full stop after one, the words cannot tell, so the voice decides
# (`sounds_plainly_ended`).
STRANDABLE_LAST_WORDS = {"on", "in", "at", "for", "with", "about", "from", "into", "to", "of", "by"}


def sounds_finished(text: str) -> bool:
    """Does this transcript end a sentence? ("...within a day." yes; "...and then I" no)."""
    text = text.strip()
    if not text:
        return False
    if text.endswith(("...", "…", ",", "-", ";", ":")):
        return False
    words = re.findall(r"[a-z']+", text.lower())
    if not words or words[-1] in UNFINISHED_LAST_WORDS:
        return False
    return text.endswith((".", "!", "?"))


def without_restart(text: str, *, match_words: int = 3) -> str:
    """Cut a read-back where the recogniser starts over: decoded without timestamps, Whisper may
    run past the speech and begin the clip again ("...call back. If we say, we will call")."""
    words = re.findall(r"[A-Za-z0-9']+", text)
    low = [w.lower() for w in words]
    opening = low[:match_words]
    if len(low) <= match_words:
        return text
    cut = None
    for k in range(1, len(low)):
        rest = low[k : k + match_words]
        if rest == opening or (k + len(rest) == len(low) and rest == opening[: len(rest)]):
            cut = k
            break
    if cut is None:
        return text
    # the character position of word `cut` in the original text
    pos = [m.start() for m in re.finditer(r"[A-Za-z0-9']+", text)][cut]
    return text[:pos].rstrip(" ,;:")


def sounds_plainly_ended(text: str) -> bool:
    """No closing punctuation, but no trailing "and"/"because"/"um" either (Whisper sometimes
    drops the final full stop), or a full stop after a preposition a sentence can end on ("...act
    on."): the voice (Smart Turn) then decides."""
    words = re.findall(r"[a-z']+", text.lower())
    text = text.rstrip()
    if not words or text.endswith((",", "-", ";", ":", "...", "…")):
        return False
    return words[-1] not in UNFINISHED_LAST_WORDS or (words[-1] in STRANDABLE_LAST_WORDS and text.endswith((".", "!", "?")))


@dataclass(frozen=True)
class StoryReading:
    """How far a story has got, from the content coach's STAR+I reading of the words so far."""

    tells_story: bool  # a scene and the speaker's part in it (what they had to do, or did)
    has_outcome: bool  # its result or lesson told somewhere
    ends_on_outcome: bool  # the last sentence said tells the result or lesson


def read_story(text: str, question_kind: str = "") -> StoryReading:
    """One STAR+I reading of the answer so far, read for the question asked as the coach reads it:
    for a plan, "I would start by checking..." is a planned step, not the scene of a story.
    "had not arrived" in the opening scene sentence is not a result; and a story that has only told
    its outcome earlier may still be going on, while a sentence that sets the scene ("In my last job
    I worked at a supermarket till I enjoyed the regulars.") is not how it ended, whatever result
    cue it holds ("...and the complaints stopped." and "Since then I always..." are).

    A scene and the speaker's task in it is a story under way, whether or not an action has been
    read yet: read back live, "I apologised, checked the line..." can come out as "I apologize,
    check the line..." and "I booked an engineer" as "I both an engineer", which no action cue
    matches; `make demo`'s first answer was taken as finished there, without its result."""
    from voiceprep.analysis.content import clauses, star_parts

    sents = clauses(text)
    parts = star_parts(sents, plan_question=question_kind == "plan", past_question=question_kind == "past")
    last = sents[-1] if sents else None
    return StoryReading(
        tells_story=bool(parts["situation"] and (parts["action"] or parts["task"])),
        has_outcome=bool(parts["result"] or parts["insight"]),
        ends_on_outcome=last is not None and last not in parts["situation"] and (last in parts["result"] or last in parts["insight"]),
    )


def story_progress(text: str, question_kind: str = "") -> tuple[bool, bool]:
    """(is it a story so far, has it told its result or lesson yet): see `read_story`."""
    r = read_story(text, question_kind)
    return r.tells_story, r.has_outcome


def ends_on_outcome(text: str, question_kind: str = "") -> bool:
    """Does the last sentence said tell the story's result or lesson? See `read_story`."""
    return read_story(text, question_kind).ends_on_outcome


def has_outcome(text: str) -> bool:
    """Has a story reached its result or lesson yet?"""
    return read_story(text).has_outcome


@dataclass(frozen=True)
class TurnSettings:
    """How patient the interviewer is (the silence rules themselves live in TurnPolicy)."""

    vad_aggressiveness: int = 2
    onset_s: float = 0.15  # this much voiced audio starts a turn
    # A silence is judged (read back, scored) once it reaches this: early, so the judgement is
    # done by the time the policy's shortest wait has passed (it decides nothing by itself; the
    # evidence is the same as later in the silence: the speech read ends at the last voiced frame).
    min_silence_s: float = 0.3
    question_kind: str = ""  # past | plan | opinion ("" for calls and held silences)
    policy: TurnPolicy = field(default_factory=TurnPolicy)
    window_s: float = 28.0  # at most this much new speech is read back at one check
    max_turn_s: float = 180.0  # then the interviewer politely interrupts
    tail_s: float = 5.0  # seconds of speech read back to judge the ending
    remember_pause_s: float = 1.0  # a silence the speaker carried on after, this long or more, is a habit
    read_ahead_gap_s: float = 0.15  # at a gap this long in speech (between words)...
    read_ahead_min_s: float = 2.0  # ...this much unread speech is read back already, so a pause's check has less to read
    more_time_s: float = 10.0  # the "more time" key adds this much to the current wait


@dataclass(frozen=True)
class TurnEnd:
    """The detector's decision, on the source's clock (seconds since listening began)."""

    reason: str  # finished | patience | too_long | said_done
    speech_start_s: float
    speech_end_s: float
    decided_at_s: float
    audio: np.ndarray  # from the start of listening to the decision, float32 16 kHz
    tail_text: str = ""
    why: str = ""  # the policy's reason for the silence it waited ("story without its outcome yet", ...)
    transcript: str = ""  # the whole turn as read back while it was spoken (quick, unprompted: no fillers); "" if not all read


class TurnDetector:
    """Feed 30 ms int16 frames with `push`; it returns a TurnEnd once the turn is over.

    `read_tail` reads speech back as text; `prosody` gives Smart Turn's P(complete); `habits` is
    the session's list of pauses the speaker resumed after (shared across turns, appended here).
    """

    def __init__(self, settings: TurnSettings = TurnSettings(), read_tail: Callable[[np.ndarray], str] | None = None,
                 *, prosody: Callable[[np.ndarray], float] | None = None, habits: list[float] | None = None) -> None:
        import webrtcvad

        self.settings = settings
        self.read_tail = read_tail
        self.prosody = prosody
        self.habits: list[float] = habits if habits is not None else []
        self._vad = webrtcvad.Vad(settings.vad_aggressiveness)
        self.reset()

    def reset(self) -> None:
        self._ended: tuple | None = None
        self.frames: list[np.ndarray] = []
        self.speech_start_s: float | None = None
        self.last_voiced_s = 0.0
        self._voiced_run = 0
        self._need_s: float | None = None  # the silence this pause needs, once judged
        self._extra_s = 0.0  # asked for with the "more time" key during this pause
        self._paused_s = 0.0  # the silence before the current voiced run
        self._why = ""
        self._done = False
        self._finished_text = ""
        self._read_upto = 0
        self.heard: list[str] = []
        self._transcript: list[str] = []  # each stretch read once, in order
        self._skipped = False  # a stretch went unread (the transcript is not whole)

    def resume(self, frames: list[np.ndarray], voiced: list[bool]) -> None:
        """Carry on the turn that just ended, judged over too early: the candidate spoke again.
        `frames` are what came after the decision, with the voicing already judged for each (the
        VAD keeps state, so frames are not run through it twice); the earlier speech, what was
        read back and the speaker's habits are kept, so the answer goes on as one turn.

        These frames end in the speech that carried the answer on, so none of them can end it: a
        breath or click in the pause followed by silence would otherwise be judged an end inside
        them, and the next frame would start a new turn without the answer so far.
        """
        if self._ended is not None:
            (self.frames, self.speech_start_s, self.last_voiced_s, self.heard, self._read_upto,
             self._finished_text, self._transcript, self._skipped) = self._ended
            self._ended = None
            self._need_s = float("inf")  # that silence was judged; the new speech starts a fresh judgement
        for f, v in zip(frames, voiced):
            self.push(f, voiced=v, may_end=False)

    @property
    def now_s(self) -> float:
        return len(self.frames) * FRAME_S

    @property
    def speaking(self) -> bool:
        return self.speech_start_s is not None

    def is_voiced(self, frame: np.ndarray) -> bool:
        return self._vad.is_speech(frame.tobytes(), 16000)

    def done(self) -> None:
        """The candidate said they have finished (a key): the turn ends at the next frame."""
        self._done = True

    def more_time(self) -> None:
        """The candidate asked for more time: the current (or next) silence may last longer."""
        self._extra_s += self.settings.more_time_s
        if self._need_s is not None:
            self._need_s += self.settings.more_time_s

    def push(self, frame: np.ndarray, *, voiced: bool | None = None, may_end: bool = True) -> TurnEnd | None:
        """The next 30 ms frame; the end of the turn when this frame ends it (never with `may_end` False)."""
        self._ended = None  # a new frame after an end is a new turn (see `resume`)
        self.frames.append(frame)
        t = self.now_s
        s = self.settings
        if self.is_voiced(frame) if voiced is None else voiced:
            if self._voiced_run == 0:
                self._paused_s = t - FRAME_S - self.last_voiced_s
            self._voiced_run += 1
            self.last_voiced_s = t
            self._need_s, self._extra_s = None, 0.0
            if self._voiced_run * FRAME_S >= s.onset_s and self._voiced_run * FRAME_S < s.onset_s + FRAME_S:
                if self.speech_start_s is None:
                    self.speech_start_s = t - self._voiced_run * FRAME_S
                elif self._paused_s >= s.remember_pause_s:  # a real resumption, not a click
                    self.habits.append(round(self._paused_s, 2))
        else:
            self._voiced_run = 0
        if self.speech_start_s is None or not may_end:
            return None
        if self._done:
            return self._end("said_done", self._finished_text)
        if t - self.speech_start_s >= s.max_turn_s:
            return self._end("too_long")
        silence = t - self.last_voiced_s
        unread_s = self.last_voiced_s - self._read_upto * FRAME_S
        if self.read_tail is not None and abs(silence - s.read_ahead_gap_s) < FRAME_S / 2 and unread_s >= s.read_ahead_min_s:
            self._new_text()  # reading while they talk: the check at a pause then reads only the rest
        if self._need_s is None and silence >= s.min_silence_s:
            need, self._why = self._judge()
            self._need_s = need + self._extra_s
        if self._need_s is not None and silence >= self._need_s:
            return self._end("finished" if self._why == "finished" else "patience", self._finished_text)
        return None

    def _judge(self) -> tuple[float, str]:
        """How long this silence must last, from the words, the voice and the answer so far."""
        s = self.settings
        text = self._new_text()
        self._finished_text = text
        words_finished = sounds_finished(text) if self.read_tail is not None else True
        story = read_story(" ".join(self.heard), s.question_kind)  # once per judgement: the whole answer so far
        evidence = TurnEvidence(
            words_finished=words_finished,
            spoken_s=self.last_voiced_s - (self.speech_start_s or 0.0),
            question_kind=s.question_kind,
            story_has_outcome=story.has_outcome,
            tells_story=story.tells_story and bool(s.question_kind),  # calls: the agent's lines are not stories
            ends_on_outcome=story.ends_on_outcome,  # a last sentence that tells the outcome: one was told
            resumed_pauses_s=tuple(self.habits),
        )
        need, why = silence_needed_s(evidence, s.policy)
        plain_end = not words_finished and self.read_tail is not None and sounds_plainly_ended(text)
        # Only worth the model's time where it can change the wait. (Asked on `why == "finished"`
        # before, which a speaker's habits had already renamed: the voice was never heard then.)
        if self.prosody is not None and (voice_decides(evidence, s.policy) or plain_end):
            end = int(self.last_voiced_s / FRAME_S) + 1
            p = self.prosody(to_float(self.frames[max(0, end - int(8.0 / FRAME_S)) : end + int(0.2 / FRAME_S)]))
            closes = plain_end and p >= s.policy.prosody_complete_p  # the voice ends what the words left open
            need, why = silence_needed_s(replace(evidence, prosody_complete_p=p, words_finished=words_finished or closes), s.policy)
        return need, why

    def _new_text(self) -> str:
        """Read back the speech since the last check (at most `window_s`), and remember it."""
        if self.read_tail is None:
            return ""
        end = int(self.last_voiced_s / FRAME_S) + 1
        if end <= self._read_upto and self.heard:  # read ahead already, nothing said since
            return self.heard[-1]
        start = max(self._read_upto, end - int(self.settings.window_s / FRAME_S))
        blip = end - start < int(0.3 / FRAME_S)
        if blip:  # read the last few seconds instead (already in the transcript, bar a word)
            start = max(0, end - int(self.settings.tail_s / FRAME_S))
        text = without_restart(self.read_tail(to_float(self.frames[start:end])))
        if not blip:
            self._transcript.append(text)
            self._skipped = self._skipped or start > self._read_upto  # more than window_s was unread
        self._read_upto = end
        self.heard.append(text)
        return text

    def read_so_far(self) -> str:
        """Everything said in this turn as read back, or "" while some of it is still unread."""
        read_all = self.read_tail is not None and self._read_upto * FRAME_S >= self.last_voiced_s
        whole = read_all and not self._skipped
        return " ".join(t for t in self._transcript if t) if whole else ""

    def _end(self, reason: str, text: str = "") -> TurnEnd:
        transcript = self.read_so_far()
        end = TurnEnd(reason, self.speech_start_s or 0.0, self.last_voiced_s, self.now_s, to_float(self.frames), text, self._why,
                      transcript)
        state = (self.frames, self.speech_start_s, self.last_voiced_s, self.heard, self._read_upto, self._finished_text,
                 self._transcript, self._skipped)
        self.reset()
        self._ended = state  # until the next turn begins: `resume` can carry this one on
        return end
