"""The conversation engine: one session clock, speaking to the sink, listening through the turn
detector, barge-in, and recording each Turn to the store. It knows nothing of questions or
customers; the interview and the call are scripts that use it.

The clock is seconds since the session started. With a microphone it is real time; with files
it is simulated from the frames consumed and the audio produced, so a headless session runs
faster than real time. Every turn goes to the store the moment it is recorded, so an
interrupted session is still reviewable.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from voiceprep.audio.frames import FRAME_S, to_float
from voiceprep.audio.sinks import Sink
from voiceprep.audio.sources import Source
from voiceprep.audio.turns import TurnDetector, TurnEnd, TurnSettings
from voiceprep.speech.tts import SpeechChunk
from voiceprep.store import Store
from voiceprep.types import SpeechMetrics, Turn, TurnNotes

BARGE_IN_S = 0.24  # this much continuous voiced audio over the playback stops it
BARGE_IN_KEEP_S = 1.0  # the candidate's first words, handed to the turn detector after a barge-in


class InputsDone(Exception):
    """Headless: there are no more recordings of the candidate (ends a script normally)."""


class Speaker(Protocol):
    """A voice: text in, audio chunks out (speech.tts.Voice, call.phone.PhoneVoice)."""

    @property
    def sample_rate(self) -> int: ...

    def speak(self, text: str) -> Iterator[SpeechChunk]: ...


class AudioAnalyzer(Protocol):
    """What a script measures an utterance with (voiceprep.analyzer.Analyzer)."""

    def analyze_audio(self, audio: np.ndarray) -> SpeechMetrics: ...


@dataclass(frozen=True)
class Heard:
    """One listen: the detector's decision (None when nothing was said within the limit), when
    listening began on the session clock, and the wall-clock moment the turn was judged over
    (`time.perf_counter()`, for the reply's latency)."""

    end: TurnEnd | None
    start_s: float
    decided_wall: float | None = None


class Engine(Protocol):
    """What a script needs from the engine (Conversation, or a fake in tests)."""

    clock_s: float
    turns: list[Turn]
    sid: str | None
    turn_settings: TurnSettings

    def open(self, mode: str, meta: dict) -> None: ...

    def close(self, summary: dict, *, complete: bool) -> None: ...

    def speak(self, kind: str, texts: Iterable[str], *, role: str = "interviewer", decided_wall: float | None = None,
              record: bool = True) -> Turn: ...

    def next_turn(self) -> None: ...

    def listen(self, limit_s: float | None = None, *, needs_outcome: bool = False) -> Heard: ...

    def record(self, turn: Turn, audio: np.ndarray | None = None) -> Turn: ...

    def unfinished(self) -> tuple[np.ndarray, float] | None: ...


class Conversation:
    """The engine over real edges: a Source, a Sink, a voice, a TurnDetector and (optionally) a Store."""

    def __init__(self, *, source: Source, sink: Sink, voice: Speaker, store: Store | None,
                 turn: TurnSettings | None = None, barge_in: bool = False,
                 read_back: Callable[[np.ndarray], str] | None = None, say: Callable[[str], None] = lambda s: None) -> None:
        self.source, self.sink, self.voice, self.store = source, sink, voice, store
        self.turn_settings, self.barge_in, self.say = turn or TurnSettings(), barge_in, say
        self.detector = TurnDetector(self.turn_settings, read_back)
        self.clock_s = 0.0
        self.turns: list[Turn] = []
        self.sid: str | None = None

    # ---------------------------------------------------------------- the session

    def open(self, mode: str, meta: dict) -> None:
        if self.store is not None:
            self.sid = self.store.start_session(mode, meta)

    def close(self, summary: dict, *, complete: bool) -> None:
        if self.store is not None and self.sid is not None:
            self.store.finish_session(self.sid, summary, complete=complete)

    def record(self, turn: Turn, audio: np.ndarray | None = None) -> Turn:
        """Number the turn in the order it is recorded, keep it, and store it now."""
        turn = replace(turn, index=len(self.turns))
        self.turns.append(turn)
        if self.store is not None and self.sid is not None:
            self.store.add_turn(self.sid, turn, audio)
        return turn

    # ---------------------------------------------------------------- speaking

    def speak(self, kind: str, texts: Iterable[str], *, role: str = "interviewer", decided_wall: float | None = None,
              record: bool = True) -> Turn:
        """Speak sentence by sentence (the first plays while the next is synthesized).

        `latency_s` is from `decided_wall` to the first synthesized sample. Half-duplex by
        default: what the mic heard meanwhile is dropped. With barge-in (live only), playback
        runs in a thread while the mic is watched; once the candidate speaks for a quarter of a
        second playback stops, and their words go to the turn detector. `record=False` returns
        the turn for the script to record later (an acknowledgement spoken before the answer
        it follows is measured).
        """
        start = self.clock_s
        first_sample_wall: list[float] = []
        spoken: list[str] = []

        def play() -> None:
            self.sink.begin(kind, self.voice.sample_rate)
            for sentence in texts:
                spoken.append(sentence)
                for chunk in self.voice.speak(sentence):
                    if not first_sample_wall:
                        first_sample_wall.append(time.perf_counter())
                    if not self.sink.write(chunk.audio):
                        return

        barged_in = False
        if self.barge_in and self.source.realtime and self.sink.realtime:
            barged_in = self._play_with_barge_in(play)
        else:
            play()
            self.source.flush()
        self.clock_s += self.sink.end()
        latency = first_sample_wall[0] - decided_wall if decided_wall is not None and first_sample_wall else None
        turn = Turn(len(self.turns), role, kind, " ".join(spoken), start, self.clock_s, latency_s=latency,  # type: ignore[arg-type]
                    notes=TurnNotes(barged_in=barged_in))
        return self.record(turn) if record else turn

    def _play_with_barge_in(self, play: Callable[[], None]) -> bool:
        """True if the candidate spoke over the playback and stopped it."""
        player = threading.Thread(target=play, daemon=True)
        player.start()
        voiced, heard = 0, []
        frames = self.source.frames()
        while player.is_alive():
            frame = next(frames)
            heard.append(frame)
            voiced = voiced + 1 if self.detector.is_voiced(frame) else 0
            if voiced * FRAME_S >= BARGE_IN_S:
                self.sink.stop()
                player.join()
                for f in heard[-int(BARGE_IN_KEEP_S / FRAME_S):]:
                    self.detector.push(f)
                return True
        player.join()
        return False

    # ---------------------------------------------------------------- listening

    def next_turn(self) -> None:
        """The candidate's next turn begins; raises InputsDone when a headless run has no more."""
        if not self.source.next_turn():
            raise InputsDone
        if self.source.realtime:
            self.say("Your turn (listening)...")

    def listen(self, limit_s: float | None = None, *, needs_outcome: bool = False) -> Heard:
        """Frames until the detector ends the turn (or `limit_s` passes with no speech).

        `needs_outcome`: a story asked for is not over before its result (see TurnSettings).
        After a barge-in the detector already holds the first words, spoken over the playback:
        the turn (and `start_s`) begins with them, so its times stay on the session clock.
        """
        if self.detector.settings.needs_outcome != needs_outcome:
            self.detector.settings = replace(self.turn_settings, needs_outcome=needs_outcome)
        t0 = self.clock_s - len(self.detector.frames) * FRAME_S
        for frame in self.source.frames():
            self.clock_s += FRAME_S
            end = self.detector.push(frame)
            if end is not None:
                return Heard(end, t0, time.perf_counter())
            if limit_s is not None and not self.detector.speaking and self.clock_s - t0 >= limit_s:
                break
        self.detector.reset()
        return Heard(None, t0)

    def unfinished(self) -> tuple[np.ndarray, float] | None:
        """The speech heard so far in a turn that was cut short (Ctrl-C), and when it began."""
        frames = self.detector.frames
        if not (self.detector.speaking and frames):
            return None
        return to_float(frames), self.clock_s - len(frames) * FRAME_S
