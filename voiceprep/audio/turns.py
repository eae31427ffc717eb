"""Turn-taking: decides when the candidate has finished, without cutting off someone who pauses
to think.

A pure silence timer (0.6 s in most voice assistants) cuts people off mid-thought. Here a
silence first has to reach `min_silence_s`; then the speech since the last check is read by the
recogniser (a short decode straight through CTranslate2, ~0.2 s on 2 cores): if the words end a
sentence the turn ends; if they trail off ("...and then I", "because", "um"), the detector waits
up to `patience_s`. Asked for a past example, a story whose words so far hold no result or
lesson ("...it was restored", "I learned") is not over either, however complete its sentence.
The smart-turn v3 ONNX model was considered; it ships only inside the pipecat-ai wheel, whose
dependency tree is large, so this transcript rule came first (see bench/turns.json for how it
does).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from voiceprep.audio.frames import FRAME_S, to_float

UNFINISHED_LAST_WORDS = {
    "and", "but", "so", "because", "or", "then", "which", "that", "um", "uh", "er", "erm", "like", "the", "a", "an",
    "to", "of", "with", "when", "if", "my", "our", "their", "i", "we", "was", "were", "is", "for", "in", "on", "at",
    "also", "just", "while", "although", "until", "where", "who", "whose", "by", "from", "as", "about", "into",
}


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


def has_outcome(text: str) -> bool:
    """Has a story reached its result or lesson yet? (the content coach's cue phrases)"""
    from voiceprep.analysis import content_lexicon as lx

    low = text.lower()
    return any(re.search(p, low) for p in (*lx.RESULT, *lx.INSIGHT))


@dataclass(frozen=True)
class TurnSettings:
    """How patient the interviewer is."""

    vad_aggressiveness: int = 2
    onset_s: float = 0.15  # this much voiced audio starts a turn
    min_silence_s: float = 0.7  # a finished sentence then this much silence ends the turn
    short_turn_s: float = 2.5  # a reply shorter than this is rarely a whole interview answer...
    short_turn_silence_s: float = 2.0  # ...so a finished sentence there waits this long
    needs_outcome: bool = False  # asked for a past example: a story is not over before its result
    window_s: float = 28.0  # at most this much new speech is read back at one check
    patience_s: float = 3.3  # an unfinished sentence waits this long
    max_turn_s: float = 180.0  # then the interviewer politely interrupts
    tail_s: float = 5.0  # seconds of speech read back to judge the ending


@dataclass(frozen=True)
class TurnEnd:
    """The detector's decision, on the source's clock (seconds since listening began)."""

    reason: str  # finished | patience | too_long
    speech_start_s: float
    speech_end_s: float
    decided_at_s: float
    audio: np.ndarray  # from the start of listening to the decision, float32 16 kHz
    tail_text: str = ""


class TurnDetector:
    """Feed 30 ms int16 frames with `push`; it returns a TurnEnd once the turn is over."""

    def __init__(self, settings: TurnSettings = TurnSettings(), read_tail: Callable[[np.ndarray], str] | None = None) -> None:
        import webrtcvad

        self.settings = settings
        self.read_tail = read_tail
        self._vad = webrtcvad.Vad(settings.vad_aggressiveness)
        self.reset()

    def reset(self) -> None:
        self.frames: list[np.ndarray] = []
        self.speech_start_s: float | None = None
        self.last_voiced_s = 0.0
        self._voiced_run = 0
        self._checked_this_silence = False
        self._finished_text: str | None = None
        self._read_upto = 0
        self.heard: list[str] = []

    @property
    def now_s(self) -> float:
        return len(self.frames) * FRAME_S

    @property
    def speaking(self) -> bool:
        return self.speech_start_s is not None

    def is_voiced(self, frame: np.ndarray) -> bool:
        return self._vad.is_speech(frame.tobytes(), 16000)

    def push(self, frame: np.ndarray) -> TurnEnd | None:
        self.frames.append(frame)
        t = self.now_s
        s = self.settings
        if self.is_voiced(frame):
            self._voiced_run += 1
            self.last_voiced_s = t
            self._checked_this_silence = False
            self._finished_text = None
            if self.speech_start_s is None and self._voiced_run * FRAME_S >= s.onset_s:
                self.speech_start_s = t - self._voiced_run * FRAME_S
        else:
            self._voiced_run = 0
        if self.speech_start_s is None:
            return None
        if t - self.speech_start_s >= s.max_turn_s:
            return self._end("too_long")
        silence = t - self.last_voiced_s
        spoken = self.last_voiced_s - self.speech_start_s
        needed = s.min_silence_s if spoken >= s.short_turn_s else s.short_turn_silence_s
        if silence >= needed and not self._checked_this_silence:
            self._checked_this_silence = True
            text = self._new_text()
            self._finished_text = text
            if self.read_tail is None or (sounds_finished(text) and (not s.needs_outcome or has_outcome(" ".join(self.heard)))):
                return self._end("finished", text)
        if silence >= s.patience_s:
            return self._end("patience", self._finished_text or "")
        return None

    def _new_text(self) -> str:
        """Read back the speech since the last check (at most `window_s`), and remember it."""
        if self.read_tail is None:
            return ""
        end = int(self.last_voiced_s / FRAME_S) + 1
        start = max(self._read_upto, end - int(self.settings.window_s / FRAME_S))
        if end - start < int(0.3 / FRAME_S):  # a blip: read the last few seconds instead
            start = max(0, end - int(self.settings.tail_s / FRAME_S))
        text = self.read_tail(to_float(self.frames[start:end]))
        self._read_upto = end
        self.heard.append(text)
        return text

    def _end(self, reason: str, text: str = "") -> TurnEnd:
        end = TurnEnd(reason, self.speech_start_s or 0.0, self.last_voiced_s, self.now_s, to_float(self.frames), text)
        self.reset()
        return end
