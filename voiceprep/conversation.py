"""The conversation engine: one session clock, speaking to the sink, listening through the turn
detector, barge-in, and recording each Turn to the store. It knows nothing of questions or
customers; the interview and the call are scripts that use it.

The clock is seconds since the session started. With a microphone it is real time; with files
it is simulated from the frames consumed and the audio produced, so a headless session runs
faster than real time, and the candidate's recording plays on while the interviewer speaks,
like a person who keeps talking. Every turn goes to the store the moment it is recorded, so an
interrupted session is still reviewable.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from voiceprep.audio.echo import EchoSettings, playback_listener
from voiceprep.audio.frames import FRAME_S, to_float
from voiceprep.audio.keys import KeyReader
from voiceprep.audio.sinks import PLAY_BLOCK_S, Sink
from voiceprep.audio.sources import Source
from voiceprep.audio.turns import TurnDetector, TurnEnd, TurnSettings
from voiceprep.screen import NoScreen, Screen
from voiceprep.speech.tts import SpeechChunk
from voiceprep.store import Store
from voiceprep.types import SpeechMetrics, Turn, TurnNotes

BARGE_IN_S = 0.24  # this much continuous voiced audio over the playback stops it
BARGE_IN_KEEP_S = 1.0  # the candidate's first words, handed to the turn detector after a barge-in
RECOVER_S = 1.5  # a candidate who carries on this soon after a reply starts gets the turn back
ECHO_ONSET_S = 0.15  # with speakers, this much before the candidate's first voiced run is kept with their words
ECHO_DRAIN_MAX_S = 2.0  # after a playback the mic is judged until its echo is over, and never longer than this
PLAYER_STOP_S = 2.0  # a stopped player ends within a block; never wait longer than this for it
PREPARE_AFTER_S = 0.6  # a pause this long: the reply to the answer so far is prepared (shorter ones rarely end a turn)
HAND_OVER_EVERY_S = 10.0  # the answer so far goes to `on_resume` at least this often while they talk


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

    def hear_ahead(self, audio: np.ndarray) -> int: ...


@dataclass(frozen=True)
class Heard:
    """One listen: the detector's decision (None when nothing was said within the limit), when
    listening began on the session clock, and the wall-clock moment the turn was judged over
    (`time.perf_counter()`, for the reply's latency)."""

    end: TurnEnd | None
    start_s: float
    decided_wall: float | None = None



class _Watch:
    """Follows the candidate's voice frame by frame while the interviewer speaks.

    `hears(frames)` is True once they have spoken for BARGE_IN_S: within `watch_s` of the start
    (a reply), or anywhere (`barge_in_anywhere`, live barge-in); the detector then holds their
    words: after the answer just ended when this is a reply (`continued`), as a new turn
    otherwise. Once the playback has been played out (`played_at`: only its echo is left), words
    after the reply's window are the next turn: the reply was heard whole.
    """

    def __init__(self, detector: TurnDetector, watch_s: float | None, *, barge_in_anywhere: bool = False,
                 candidate: Callable[[np.ndarray], bool] | None = None, echo: bool = False) -> None:
        self.detector, self.watch_s, self.anywhere = detector, watch_s, barge_in_anywhere
        # Is this frame the candidate? The VAD headless (the recording holds no echo), live the
        # playback listener (the interviewer's own voice may come back from the speakers).
        self.candidate = candidate or detector.is_voiced
        self.echo = echo  # the mic may hear the interviewer: frames before the candidate's words are not kept
        self.t, self.run, self.voiced_frames = 0.0, 0, 0
        self.heard: list[np.ndarray] = []
        self.flags: list[bool] = []
        self.played_at: float | None = None  # watch time when the player had handed over its last block
        self.continued = False  # the words heard continue the answer this playback replied to

    @property
    def talked_s(self) -> float:
        return self.voiced_frames * FRAME_S

    def hears(self, frames: list[np.ndarray]) -> bool:
        self.t += FRAME_S
        for frame in frames:
            voiced = self.candidate(frame)
            self.heard.append(frame)
            self.flags.append(voiced)
            self.run = self.run + 1 if voiced else 0
            self.voiced_frames += voiced
            in_window = self.watch_s is not None and self.t <= self.watch_s + BARGE_IN_S
            if (in_window or self.anywhere) and self.run * FRAME_S >= BARGE_IN_S:
                if self.echo:  # what came before their words is the interviewer's echo: kept as silence
                    onset = len(self.heard) - self.run - int(ECHO_ONSET_S / FRAME_S)
                    self.heard[: max(0, onset)] = [np.zeros_like(f) for f in self.heard[: max(0, onset)]]
                self.continued = self.watch_s is not None and (in_window or self.played_at is None)
                if not self.continued:  # a barge-in over a question, or words after a reply heard whole: a new turn
                    self.detector.reset()
                    keep = int(BARGE_IN_KEEP_S / FRAME_S)
                    self.detector.resume(self.heard[-keep:], self.flags[-keep:])
                else:
                    self.detector.resume(self.heard, self.flags)
                return True
        return False


class Prepared:
    """A reply synthesized ahead, in a thread, while something else happens (the acknowledgement
    plays, the answer is measured): iterate it for (sentence number, sentence, chunk) as they become ready.

    `texts` may be lazy (a brain streaming its question): the thread pulls it, so the words are
    decided and voiced in the background too. `cancel()` stops it after the current sentence.
    """

    _END = object()

    def __init__(self, texts: Iterable[str], voice: Speaker) -> None:
        import queue

        self._queue: queue.Queue = queue.Queue()
        self._cancelled = threading.Event()
        self.first = threading.Event()  # set once the first chunk (or the end) is ready
        self._thread = threading.Thread(target=self._run, args=(texts, voice), daemon=True)
        self._thread.start()

    def _run(self, texts: Iterable[str], voice: Speaker) -> None:
        try:
            for n, sentence in enumerate(texts):
                if self._cancelled.is_set():
                    break
                for chunk in voice.speak(sentence):
                    self._queue.put((n, sentence, chunk))
                    self.first.set()
        except BaseException as exc:  # noqa: BLE001 - handed to the reader, raised there
            self._queue.put(exc)
        finally:
            self._queue.put(self._END)
            self.first.set()

    def __iter__(self) -> Iterator[tuple[int, str, SpeechChunk]]:
        while True:
            item = self._queue.get()
            if item is self._END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def cancel(self) -> None:
        self._cancelled.set()


class Engine(Protocol):
    """What a script needs from the engine (Conversation, or a fake in tests)."""

    clock_s: float
    turns: list[Turn]
    sid: str | None
    turn_settings: TurnSettings

    @property
    def continued(self) -> bool:
        """The turn just begun is the rest of an answer the interviewer talked over."""
        ...

    def open(self, mode: str, meta: dict) -> None: ...

    def close(self, summary: dict, *, complete: bool) -> None: ...

    def speak(self, kind: str, texts: Iterable[str] | Prepared, *, role: str = "interviewer", decided_wall: float | None = None,
              record: bool = True, watch_s: float | None = None, trail: bool = True) -> Turn: ...

    def prepare(self, texts: Iterable[str]) -> Prepared | list[str]: ...

    def warm(self, texts: Iterable[str]) -> None: ...

    def next_turn(self) -> None: ...

    def listen(self, limit_s: float | None = None, *, question_kind: str = "",
               on_pause: Callable[[str, float], None] | None = None,
               on_resume: Callable[[np.ndarray], None] | None = None) -> Heard: ...

    def record(self, turn: Turn, audio: np.ndarray | None = None) -> Turn: ...

    def unfinished(self) -> tuple[np.ndarray, float] | None: ...


class Conversation:
    """The engine over real edges: a Source, a Sink, a voice, a TurnDetector and (optionally) a Store."""

    def __init__(self, *, source: Source, sink: Sink, voice: Speaker, store: Store | None,
                 turn: TurnSettings | None = None, echo: str = "off",
                 read_back: Callable[[np.ndarray], str] | None = None, prosody: Callable[[np.ndarray], float] | None = None,
                 keys: KeyReader | None = None, say: Callable[[str], None] = lambda s: None,
                 screen: Screen | None = None) -> None:
        """`echo` (audio/echo.py CHOICES) is how the microphone is watched while the interviewer
        speaks live, so the candidate can talk over a reply and get the turn back: with speakers a
        gate against the played audio; "headset" the turn detector's own voice
        detection; "off" half-duplex (what the mic hears meanwhile is dropped)."""
        self.source, self.sink, self.voice, self.store = source, sink, voice, store
        self.screen = screen or NoScreen()
        self.turn_settings, self.keys, self.say = turn or TurnSettings(), keys, say
        # A headset has no echo: it hears with the detector's VAD setting, as barge-in always did.
        self.listener = playback_listener(echo, EchoSettings(vad_aggressiveness=self.turn_settings.vad_aggressiveness)
                                          if echo == "headset" else EchoSettings())
        self.habits: list[float] = []  # pauses this speaker carried on after, this session
        self.detector = TurnDetector(self.turn_settings, read_back, prosody=prosody, habits=self.habits)
        self.clock_s = 0.0
        self.turns: list[Turn] = []
        self.sid: str | None = None
        self._said: dict[str, list[SpeechChunk]] = {}  # lines synthesized ahead (acknowledgements)
        self._carry: _Watch | None = None  # the watch a reply hands to the one that follows it at once

    @property
    def continued(self) -> bool:
        return bool(getattr(self.source, "continued", False))

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

    def warm(self, texts: Iterable[str]) -> None:
        """Synthesize these lines now (the acknowledgements), so saying them later costs nothing."""
        for text in texts:
            if text not in self._said:
                self._said[text] = list(self.voice.speak(text))

    def prepare(self, texts: Iterable[str]) -> Prepared:
        """Start deciding and synthesizing a reply in the background; `speak` it when its turn comes."""
        return Prepared(texts, self.voice)

    def _voiced(self, texts: Iterable[str] | Prepared) -> Iterator[tuple[int, str, SpeechChunk]]:
        if isinstance(texts, Prepared):
            yield from texts
            return
        for n, sentence in enumerate(texts):
            for chunk in self._said.get(sentence) or self.voice.speak(sentence):
                yield n, sentence, chunk

    def speak(self, kind: str, texts: Iterable[str] | Prepared, *, role: str = "interviewer", decided_wall: float | None = None,
              record: bool = True, watch_s: float | None = None, trail: bool = True) -> Turn:
        """Speak sentence by sentence (the first plays while the next is synthesized).

        `latency_s` is from `decided_wall` to the first synthesized sample. `watch_s` (a reply
        right after an answer): if the candidate carries on within that many seconds, the reply
        stops mid-sentence (`gave_way`) and the detector holds the answer so far plus the new
        words, so the next `listen()` continues the same answer. Headless, the candidate's
        recording plays on meanwhile and speech the interviewer spoke over is noted
        (`talked_over_s`). Live, half-duplex by default (what the mic heard is dropped); with
        barge-in (headsets) playback runs in a thread while the mic is watched. `record=False`
        returns the turn for the script to record later. `trail=False`: no silence is watched
        after the playback: the reply spoken next continues this watch (its window still counted
        from this reply's start, the frames seen kept for the detector), whatever its `watch_s`. `texts` may be
        a reply prepared ahead (`prepare`); lines given to `warm` are not synthesized again.
        """
        start = self.clock_s
        first_sample_wall: list[float] = []
        spoken: list[str] = []

        def pieces() -> Iterator[np.ndarray]:
            for n, sentence, chunk in self._voiced(texts):
                if len(spoken) <= n:
                    spoken.append(sentence)
                    self.screen.caption(role.capitalize(), sentence)
                if not first_sample_wall:
                    first_sample_wall.append(time.perf_counter())
                yield chunk.audio

        def play() -> None:
            rate = self.voice.sample_rate
            self.sink.begin(kind, rate)
            block = int(rate * PLAY_BLOCK_S)
            for audio in pieces():
                for i in range(0, audio.size, block):  # each block handed to the listener just before the speaker takes it
                    if self.listener is not None:
                        self.listener.played(audio[i : i + block], rate)
                    if not self.sink.write(audio[i : i + block]):
                        return

        self.screen.speaking(True)
        try:
            gave_way, barged_in, talked_over_s, watched_s = self._play(kind, pieces, play, watch_s, trail)
        finally:
            self.screen.speaking(False)
        self.clock_s += self.sink.end() + watched_s
        latency = first_sample_wall[0] - decided_wall if decided_wall is not None and first_sample_wall else None
        turn = Turn(len(self.turns), role, kind, " ".join(spoken), start, self.clock_s, latency_s=latency,  # type: ignore[arg-type]
                    notes=TurnNotes(barged_in=barged_in, gave_way=gave_way,
                                    talked_over_s=round(talked_over_s, 2) if talked_over_s else None))
        return self.record(turn) if record else turn

    def _play(self, kind: str, pieces: Callable[[], Iterator[np.ndarray]], play: Callable[[], None], watch_s: float | None,
              trail: bool) -> tuple[bool, bool, float, float]:
        """(gave way, barged in, seconds talked over, seconds watched after the playback)."""
        barged_in = gave_way = False
        talked_over_s = watched_s = 0.0
        if not self.source.realtime:
            gave_way, talked_over_s, watched_s = self._play_over_recording(kind, pieces(), watch_s, trail=trail)
        elif self.listener is not None and self.sink.realtime:
            barged_in, watched_s = self._play_with_barge_in(play, watch_s=watch_s, trail=trail)
            gave_way = barged_in and watch_s is not None
        else:
            play()
            self.source.flush()
        return gave_way, barged_in, talked_over_s, watched_s

    def _watching(self, watch_s: float | None, *, anywhere: bool, candidate: Callable[[np.ndarray], bool] | None = None,
                  echo: bool = False) -> _Watch:
        """The watch for this playback: the one a reply just before it handed on (`trail=False`;
        its window, counted from that reply's start, and the frames it saw carry on), else a new one."""
        carry, self._carry = self._carry, None
        if carry is not None:
            return carry
        return _Watch(self.detector, watch_s, barge_in_anywhere=anywhere, candidate=candidate, echo=echo)

    def _play_over_recording(self, kind: str, pieces: Iterator[np.ndarray], watch_s: float | None, *,
                             trail: bool = True) -> tuple[bool, float, float]:
        """Headless playback, 30 ms at a time, with the candidate's recording running alongside.

        Returns (gave way to the candidate, seconds of their speech spoken over, seconds watched
        after the playback ended: a reply shorter than `watch_s` is followed by that much silence
        in which the candidate may still carry on)."""
        rate = self.voice.sample_rate
        step = int(round(rate * FRAME_S))
        self.sink.begin(kind, rate)
        watch = self._watching(watch_s, anywhere=False)
        for audio in pieces:
            for i in range(0, audio.size, step):
                self.sink.write(audio[i : i + step])
                if watch.hears(self.source.during(FRAME_S)):
                    return True, 0.0, 0.0
        played = watch.t
        while trail and watch.watch_s is not None and watch.t < watch.watch_s:
            if watch.hears(self.source.during(FRAME_S)):
                return True, 0.0, watch.t - played
        self._carry = None if trail else watch
        return False, watch.talked_s, watch.t - played

    def _play_with_barge_in(self, play: Callable[[], None], *, watch_s: float | None = None, trail: bool = True) -> tuple[bool, float]:
        """Live playback with the mic watched: (the candidate spoke over it and stopped it, seconds
        watched after it ended). Their first words go to the turn detector; after the answer just
        ended when the playback was its reply (`watch_s`), which is watched that long in all.
        After the last block the mic is judged on until the listener says the playback's echo is
        over (at most ECHO_DRAIN_MAX_S): what the candidate says then still counts, the echo does
        not reach the turn detector."""
        assert self.listener is not None
        if self._carry is None:  # a new playback (a reply straight after another continues its watch and its echo)
            self.listener.reset()  # the room's echo delay and level, once learned, are kept
        player = threading.Thread(target=play, daemon=True)
        player.start()
        watch = self._watching(watch_s, anywhere=True, candidate=self.listener.heard, echo=self.listener.hears_echo)
        watch.played_at = None  # a watch carried over from the reply before plays on
        frames = self.source.frames()

        def watching() -> bool:
            if watch.played_at is None:
                if player.is_alive():
                    return True
                watch.played_at = watch.t
            # the playback's own echo is judged by the listener, not heard as the start of the answer
            echo = not self.listener.echo_over() and watch.t - watch.played_at < ECHO_DRAIN_MAX_S
            return trail and (echo or (watch.watch_s is not None and watch.t < watch.watch_s))

        try:
            while watching():
                if watch.hears([next(frames)]):
                    self.sink.stop()
                    player.join()
                    # after the playback's end they did not talk over it: their next turn began (unless they carried on)
                    played = watch.played_at
                    return played is None or watch.continued, watch.t - played if played is not None else 0.0
        except BaseException:  # Ctrl-C or a lost mic: stop the player before the stream can be closed under it
            self.sink.stop()
            player.join(timeout=PLAYER_STOP_S)
            raise
        player.join()
        self._carry = None if trail else watch
        return False, watch.t - watch.played_at if watch.played_at is not None else 0.0

    # ---------------------------------------------------------------- listening

    def next_turn(self) -> None:
        """The candidate's next turn begins; raises InputsDone when a headless run has no more."""
        if not self.source.next_turn():
            raise InputsDone
        if self.source.realtime and isinstance(self.screen, NoScreen):  # the screen shows it otherwise
            self.say("Your turn (listening)...")

    def listen(self, limit_s: float | None = None, *, question_kind: str = "",
               on_pause: Callable[[str, float], None] | None = None,
               on_resume: Callable[[np.ndarray], None] | None = None) -> Heard:
        """Frames until the detector ends the turn (or `limit_s` passes with no speech).

        `question_kind` (past, plan, opinion) sets how patient the detector is. After a barge-in
        or a reply that gave way, the detector already holds the answer so far: the turn (and
        `start_s`) begins with it, so its times stay on the session clock. Control keys ("I'm
        done", "more time") are read while listening. `on_pause(text, spoken_s)` is told the
        answer so far once per pause that reaches PREPARE_AFTER_S (when all of it has been read
        back), so a reply can be prepared before the turn is over. `on_resume(audio)` is given the
        turn's audio so far when the candidate speaks again after such a pause, or has spoken on
        for HAND_OVER_EVERY_S since it was last given: moments the answer so far can be
        transcribed without delaying a reply (the next judgement is a pause away).
        """
        if self.detector.settings.question_kind != question_kind:
            self.detector.settings = replace(self.turn_settings, question_kind=question_kind)
        self.screen.listening(True)
        try:
            return self._listen(limit_s, on_pause, on_resume)
        finally:
            self.screen.listening(False)

    def _listen(self, limit_s: float | None, on_pause: Callable[[str, float], None] | None,
                on_resume: Callable[[np.ndarray], None] | None) -> Heard:
        self._carry = None
        t0 = self.clock_s - len(self.detector.frames) * FRAME_S
        told, paused, handed_s = -1.0, False, 0.0
        for frame in self.source.frames():
            self.clock_s += FRAME_S
            if self.keys is not None:
                for key in self.keys.poll():
                    if key.action == "done":
                        self.detector.done()
                    else:
                        self.detector.more_time()
            end = self.detector.push(frame)
            if end is not None:
                return Heard(end, t0, time.perf_counter())
            d = self.detector
            silence = d.now_s - d.last_voiced_s
            if on_resume is not None and d.speaking and silence == 0.0 and (paused or d.now_s - handed_s >= HAND_OVER_EVERY_S):
                on_resume(to_float(d.frames))
                handed_s = d.now_s
            paused = d.speaking and silence >= PREPARE_AFTER_S or (paused and silence > 0.0)
            if on_pause is not None and d.speaking and d.last_voiced_s != told and silence >= PREPARE_AFTER_S:
                told = d.last_voiced_s  # once per pause, when it has lasted long enough to be worth a reply's work
                text = d.read_so_far()
                if text:
                    on_pause(text, d.last_voiced_s - (d.speech_start_s or 0.0))
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
