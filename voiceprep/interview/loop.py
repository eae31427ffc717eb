"""The mock-interview session: ask, listen, measure, decide (follow up, hold a silence, move on).

One clock for everything: seconds since the session started. With a microphone it is real
time; with files it is simulated from the frames consumed and the interviewer audio produced,
so a headless session runs faster than real time. Every turn goes to the store the moment it
completes, so an interrupted session is still reviewable.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import numpy as np

from voiceprep.analysis.content import analyze_content
from voiceprep.analyzer import Analyzer
from voiceprep.audio.sinks import Sink
from voiceprep.audio.sources import Source
from voiceprep.audio.turns import TurnDetector, TurnEnd, TurnSettings
from voiceprep.errors import VoiceprepError
from voiceprep.interview.bank import Question
from voiceprep.interview.brain import Brain, FollowUpContext, sentences
from voiceprep.speech.tts import Voice
from voiceprep.store import Store
from voiceprep.types import HeldSilence, Turn, TurnNotes

GREETING = ("Hello, and thanks for joining. I'll ask you a few customer service interview questions, "
            "so take your time and answer as you would in the real interview.")
CLOSING = "That's all my questions. Thank you, that was good practice. Your review is ready."
INTERRUPT = "Thank you, let me stop you there so we have time for the next question."
ACKS = ("Thank you.", "Okay, thanks.", "I see.", "Right, thank you.")
BACKTRACK = re.compile(r"\b(sorry|i mean|actually|let me rephrase|what i meant|or rather|anyway|to be honest)\b", re.I)


@dataclass(frozen=True)
class PracticeSettings:
    """What the session does; flags map onto these."""

    hold_silences: int = 1
    hold_range_s: tuple[float, float] = (4.0, 8.0)
    follow_ups_per_question: int = 1
    seed: int | None = None
    turn: TurnSettings = field(default_factory=TurnSettings)
    barge_in: bool = False


def held_silence_outcome(planned_s: float, resumed_after_s: float | None, text: str, filled_pauses: int) -> HeldSilence:
    """What the candidate did with a deliberate silence: waited, added a concise point, or filled it."""
    if resumed_after_s is None or not text.strip():
        return HeldSilence(planned_s, "waited", None, "")
    words = len(text.split())
    if filled_pauses or BACKTRACK.search(text) or words > 35:
        return HeldSilence(planned_s, "filled", resumed_after_s, text)
    return HeldSilence(planned_s, "added_point", resumed_after_s, text)


class _InputsDone(Exception):
    """Headless: no more answer files."""


class Session:
    """Runs one interview; construct with its edges (source, sink, voice, brain, store)."""

    def __init__(self, *, source: Source, sink: Sink, voice: Voice, brain: Brain, analyzer: Analyzer,
                 store: Store | None, settings: PracticeSettings, questions: list[Question],
                 say: Callable[[str], None] = lambda s: None) -> None:
        self.source, self.sink, self.voice, self.brain = source, sink, voice, brain
        self.analyzer, self.store, self.settings, self.questions = analyzer, store, settings, questions
        self.say = say  # one-line status for the terminal
        self.turns: list[Turn] = []
        self.clock_s = 0.0
        self.sid: str | None = None
        self.complete = False
        rng = random.Random(settings.seed)
        n = min(settings.hold_silences, len(questions))
        self.hold_after = set(rng.sample(range(len(questions)), n)) if n > 0 else set()
        self._rng = rng
        self.detector = TurnDetector(settings.turn, analyzer.transcriber.read_back)

    # ---------------------------------------------------------------- edges

    def _record(self, turn: Turn, audio: np.ndarray | None = None) -> None:
        """Number the turn in the order it is recorded, keep it, and store it now."""
        turn = replace(turn, index=len(self.turns))
        self.turns.append(turn)
        if self.store is not None and self.sid is not None:
            self.store.add_turn(self.sid, turn, audio)

    def _speak(self, kind: str, texts: Iterable[str], decided_wall: float | None = None, *, record: bool = True, role: str = "interviewer") -> Turn:
        """Speak sentence by sentence (the first plays while the next is synthesized).

        Half-duplex by default: what the mic heard meanwhile is dropped. With barge-in (live
        only), playback runs in a thread while the mic is watched; once the candidate speaks for
        a quarter of a second playback stops, and their words go to the turn detector.
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
        if self.settings.barge_in and self.source.realtime and self.sink.realtime:
            barged_in = self._play_with_barge_in(play)
        else:
            play()
            self.source.flush()
        self.clock_s += self.sink.end()
        latency = first_sample_wall[0] - decided_wall if decided_wall is not None and first_sample_wall else None
        turn = Turn(len(self.turns), role, kind, " ".join(spoken), start, self.clock_s, latency_s=latency,  # type: ignore[arg-type]
                    notes=TurnNotes(barged_in=barged_in))
        if record:
            self._record(turn)
        return turn

    def _play_with_barge_in(self, play: Callable[[], None]) -> bool:
        """True if the candidate spoke over the playback and stopped it."""
        import threading

        player = threading.Thread(target=play, daemon=True)
        player.start()
        voiced, heard = 0, []
        frames = self.source.frames()
        while player.is_alive():
            frame = next(frames)
            heard.append(frame)
            voiced = voiced + 1 if self.detector.is_voiced(frame) else 0
            if voiced * 0.03 >= 0.24:
                self.sink.stop()
                player.join()
                for f in heard[-int(1.0 / 0.03):]:  # the candidate's first words, for the detector
                    self.detector.push(f)
                return True
        player.join()
        return False

    def _listen(self, limit_s: float | None = None) -> tuple[TurnEnd | None, float]:
        """Frames until the detector ends the turn (or `limit_s` passes with no speech)."""
        t0 = self.clock_s
        for frame in self.source.frames():
            self.clock_s += 0.03
            end = self.detector.push(frame)
            if end is not None:
                return end, t0
            if limit_s is not None and not self.detector.speaking and self.clock_s - t0 >= limit_s:
                self.detector.reset()
                return None, t0
        self.detector.reset()
        return None, t0

    # ---------------------------------------------------------------- the interview

    def run(self) -> list[Turn]:
        if self.store is not None:
            self.sid = self.store.start_session("interview", {
                "questions": [q.id for q in self.questions], "brain": self.brain.name, "hold_after": sorted(self.hold_after)})
        try:
            self._speak("greeting", [GREETING])
            for i, q in enumerate(self.questions):
                self.detector.settings = replace(self.settings.turn, needs_outcome=q.kind == "past")
                self._ask(q, hold=i in self.hold_after)
        except _InputsDone:
            pass  # headless: the answers ran out, which ends the interview normally
        except KeyboardInterrupt:
            self.say("Stopped. Everything up to this point is saved.")
            self._save_partial()
            self._finish()
            return self.turns
        except VoiceprepError:  # e.g. the microphone was unplugged mid-answer
            self._save_partial()
            self._finish()
            raise
        self._speak("closing", [CLOSING])
        self.complete = True
        self._finish()
        return self.turns

    def _finish(self) -> None:
        if self.store is not None and self.sid is not None:
            self.store.finish_session(self.sid, self.summary(), complete=self.complete)

    def _ask(self, q: Question, *, hold: bool) -> None:
        asked = self._speak("question", sentences([q.text]))
        answered = self._answer(q, asked, kind="answer", hold=hold)
        if answered is None:
            return
        answer, decided = answered
        if hold:
            self._hold_silence(q)
        for n in range(self.settings.follow_ups_per_question):
            ctx = FollowUpContext(q.text, answer.text, answer.metrics, answer.notes.content, follow_ups_so_far=n)
            pieces = list(sentences(self.brain.follow_up(ctx)))
            if not pieces:
                break
            # latency_s: from the decision that the answer was over to this question's first sample
            asked = self._speak("follow_up", pieces, None if hold else decided)
            answered = self._answer(q, asked, kind="follow_up_answer", question_text=asked.text)
            if answered is None:
                return
            answer, decided = answered

    def _answer(self, q: Question, asked: Turn, *, kind: str, question_text: str | None = None, hold: bool = False) -> tuple[Turn, float] | None:
        """Listen, then (unless a silence is to be held) acknowledge at once, then measure."""
        if not self.source.next_turn():
            raise _InputsDone
        if self.source.realtime:
            self.say("Your turn (listening)...")
        end, listen_start = self._listen(limit_s=self.settings.turn.max_turn_s)
        if end is None:
            self.say("No answer heard; moving on.")
            return None
        decided = time.perf_counter()
        reply = None
        if end.reason == "too_long":
            reply = self._speak("interruption", [INTERRUPT], decided, record=False)
        elif not hold:
            reply = self._speak("acknowledgement", [self._rng.choice(ACKS)], decided, record=False)
        turn = self._analyse(end, listen_start, q, kind, question_text)
        self._record(turn, end.audio)
        if reply is not None:  # spoken first, recorded after the answer it follows
            self._record(reply)
        return turn, decided

    def _analyse(self, end: TurnEnd, listen_start: float, q: Question, kind: str, question_text: str | None) -> Turn:
        metrics = self.analyzer.analyze_audio(end.audio)
        content = analyze_content(metrics.transcript, question_text or q.text, duration_s=metrics.span_s)
        first_word = metrics.first_word_s if metrics.first_word_s is not None else end.speech_start_s
        return Turn(
            len(self.turns), "candidate", kind, metrics.transcript, listen_start, listen_start + end.decided_at_s,
            metrics=metrics, response_latency_s=round(first_word, 3), question=question_text or q.text,
            notes=TurnNotes(content=content, turn_end=end.reason, question_id=q.id),
        )

    def _hold_silence(self, q: Question) -> None:
        planned = round(self._rng.uniform(*self.settings.hold_range_s), 1)
        start = self.clock_s
        end, _ = self._listen(limit_s=planned)
        if end is None:
            held = held_silence_outcome(planned, None, "", 0)
            self._record(Turn(len(self.turns), "interviewer", "held_silence", "", start, self.clock_s, held_silence=held))
            return
        metrics = self.analyzer.analyze_audio(end.audio)
        filled = sum(1 for f in metrics.fillers if f.kind == "filled_pause")
        resumed = round(end.speech_start_s, 2)
        held = held_silence_outcome(planned, resumed, metrics.transcript, filled)
        self._record(Turn(len(self.turns), "interviewer", "held_silence", "", start, start + resumed, held_silence=held))
        self._record(Turn(len(self.turns), "candidate", "silence_response", metrics.transcript, start, self.clock_s,
                          metrics=metrics, question=q.text, notes=TurnNotes(during_held_silence=True)), end.audio)

    def _save_partial(self) -> None:
        """Ctrl-C mid-answer: keep what was said so far as an (interrupted) answer."""
        frames = self.detector.frames
        if self.detector.speaking and frames:
            from voiceprep.audio.frames import to_float

            audio = to_float(frames)
            metrics = self.analyzer.analyze_audio(audio)
            start = self.clock_s - len(frames) * 0.03
            self._record(Turn(len(self.turns), "candidate", "answer", metrics.transcript, start, self.clock_s,
                              metrics=metrics, notes=TurnNotes(interrupted=True)), audio)

    def summary(self) -> dict:
        answers = [t for t in self.turns if t.role == "candidate" and t.metrics is not None]
        held = [t.held_silence.outcome for t in self.turns if t.held_silence]
        return {"answers": len(answers), "held_silences": held, "brain": self.brain.name, "complete": self.complete}

    def to_dict(self) -> dict:
        return {"id": self.sid, "mode": "interview", "complete": self.complete, "turns": [t.to_dict() for t in self.turns]}
