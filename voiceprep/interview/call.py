"""A contact-centre call rehearsal: the customer opens, the agent (the candidate) answers, the
customer's mood follows what the agent does; the call ends when resolved, when the customer
hangs up, or at the time limit. Both voices pass through the telephone channel."""

from __future__ import annotations

import time
from collections.abc import Iterator

from voiceprep.analysis.call_labels import label_call_utterance
from voiceprep.analysis.call_metrics import call_metrics, dead_air_before
from voiceprep.audio.phone import phone_line, pitch_shift
from voiceprep.errors import VoiceprepError
from voiceprep.interview.customer import CallState, agent_turn
from voiceprep.interview.loop import Session, _InputsDone
from voiceprep.speech.tts import SpeechChunk, Voice
from voiceprep.types import Turn, TurnNotes

PITCH = 1.15  # the customer's voice: the bundled voice raised ~2.4 semitones...
CUSTOMER_LENGTH_SCALE = 1.15  # ...synthesized this much slower first, so the pace stays natural
NO_REPLY_S = 8.0  # the customer asks if anyone is there after this much silence


class PhoneVoice:
    """A voice as heard down a phone line: pitch-shifted to sound unlike the interviewer, then
    through the narrowband channel. Same interface as Voice."""

    def __init__(self, voice: Voice, *, pitch: float = PITCH, length_scale: float = CUSTOMER_LENGTH_SCALE) -> None:
        self.voice, self.pitch, self.length_scale = voice, pitch, length_scale

    @property
    def sample_rate(self) -> int:
        return self.voice.sample_rate

    def speak(self, text: str) -> Iterator[SpeechChunk]:
        for chunk in self.voice.speak(text, length_scale=self.length_scale):
            shifted = pitch_shift(chunk.audio, chunk.sample_rate, self.pitch)
            yield SpeechChunk(phone_line(shifted, chunk.sample_rate, seed=len(text)), chunk.sample_rate, chunk.text)


class CallSession(Session):
    """Reuses the interview session's edges (source, sink, detector, store); its own loop."""

    def __init__(self, *, scenario, customer, time_limit_s: float = 600.0, **kw) -> None:
        super().__init__(questions=[], **kw)
        self.scenario, self.customer, self.time_limit_s = scenario, customer, time_limit_s
        self.state = CallState.start(scenario)
        self.outcome = "ended"
        self.detector.settings = self.settings.turn

    def run(self) -> list[Turn]:
        if self.store is not None:
            self.sid = self.store.start_session("call", {"scenario": self.scenario.name, "customer": self.customer.name})
        try:
            self._speak("customer_line", [self.scenario.opening], role="customer")
            while True:
                if self.clock_s >= self.time_limit_s:
                    self.outcome = "time_limit"
                    break
                self._agent_turn()  # a dead-air turn can end the call too: always check
                if self.state.hung_up or self.state.resolved:
                    self.outcome = "hung_up" if self.state.hung_up else "resolved"
                    break
        except _InputsDone:
            self.outcome = "ended"  # headless: the agent's recordings ran out
        except (KeyboardInterrupt, VoiceprepError) as exc:
            self._save_partial()
            self.outcome = "interrupted"
            self._finish_call()
            if isinstance(exc, VoiceprepError):
                raise
            self.say("Stopped. Everything up to this point is saved.")
            return self.turns
        self.complete = True
        self._finish_call()
        return self.turns

    def _agent_turn(self) -> None:
        """One agent utterance (or dead air) and the customer's reply."""
        if not self.source.next_turn():
            raise _InputsDone
        if self.source.realtime:
            self.say("Your turn (listening)...")
        end, listen_start = self._listen(limit_s=NO_REPLY_S)
        if end is None:  # dead air: the customer waited in silence
            agent_turn(self.state, "", dead_air=True)
            self._customer_says(["Hello? Are you still there?"] if not self.state.hung_up else [self.scenario.hang_up_line], None)
            return
        decided = time.perf_counter()
        # The agent's side goes through the same band and companding, without the line hiss: on a
        # real call the hiss is added at the far end, and here it would make silence look like speech.
        line_audio = phone_line(end.audio, 16000, noise_db=None)
        metrics = self.analyzer.analyze_audio(line_audio)
        latency = metrics.first_word_s if metrics.first_word_s is not None else end.speech_start_s
        previous = next((t for t in reversed(self.turns) if t.role == "agent"), None)
        labels = label_call_utterance(metrics.transcript)
        reasons = agent_turn(self.state, metrics.transcript, labels=labels, dead_air=dead_air_before(latency, previous))
        self._record(Turn(len(self.turns), "agent", "agent_line", metrics.transcript, listen_start, listen_start + end.decided_at_s,
                          metrics=metrics, response_latency_s=round(latency, 3),
                          notes=TurnNotes(call_labels=tuple(labels), mood_effects=tuple(reasons), mood=round(self.state.mood, 2))), line_audio)
        self._customer_says([self.customer.reply(self.state)], decided)

    def _customer_says(self, lines: list[str], decided: float | None) -> None:
        turn = self._speak("customer_line", lines, decided, role="customer")
        self.state.history.append(("customer", turn.text))

    def _finish_call(self) -> None:
        self.call = call_metrics(self.turns, self.state.moods, self.outcome)
        if self.store is not None and self.sid is not None:
            self.store.finish_session(self.sid, {"call": self.call.to_dict(), "scenario": self.scenario.name}, complete=self.complete)

    def to_dict(self) -> dict:
        return {"id": self.sid, "mode": "call", "complete": self.complete, "scenario": self.scenario.name,
                "turns": [t.to_dict() for t in self.turns], "call": self.call.to_dict()}

