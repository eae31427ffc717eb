"""The call script: the customer opens, the agent (the candidate) answers, the customer's mood
follows what the agent does; the call ends when resolved, when the customer hangs up (on what the
agent said or on a silence), or at the time limit. It drives a conversation engine."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np

from voiceprep.analysis.call_labels import label_call_utterance
from voiceprep.analysis.call_metrics import CallFigures, call_metrics, dead_air_before
from voiceprep.audio.io import SAMPLE_RATE
from voiceprep.audio.phone import phone_line
from voiceprep.audio.turns import TurnSettings
from voiceprep.call.customer import CallState, agent_turn
from voiceprep.call.scenarios import Scenario
from voiceprep.conversation import AudioAnalyzer, Conversation, Engine, InputsDone
from voiceprep.errors import VoiceprepError
from voiceprep.types import Turn, TurnNotes

NO_REPLY_S = 8.0  # the customer asks if anyone is there after this much silence
STILL_THERE = "Hello? Are you still there?"


class Customer(Protocol):
    """Says the customer's next line (ScriptedCustomer, OllamaCustomer)."""

    name: str

    def reply(self, state: CallState) -> str: ...


class Call:
    """One call rehearsal over an engine; `run()` returns the turns (also stored as they happen)."""

    def __init__(self, engine: Engine, *, scenario: Scenario, customer: Customer, analyzer: AudioAnalyzer,
                 time_limit_s: float = 600.0, say: Callable[[str], None] = lambda s: None) -> None:
        self.engine, self.scenario, self.customer, self.analyzer = engine, scenario, customer, analyzer
        self.time_limit_s, self.say = time_limit_s, say
        self.state = CallState.start(scenario)
        self.outcome = "ended"
        self.complete = False
        self.call: CallFigures = CallFigures(self.outcome)  # set when the call ends

    @property
    def sid(self) -> str | None:
        return self.engine.sid

    @property
    def turns(self) -> list[Turn]:
        return self.engine.turns

    def run(self) -> list[Turn]:
        self.engine.open("call", {"scenario": self.scenario.name, "customer": self.customer.name})
        try:
            self.engine.speak("customer_line", [self.scenario.opening], role="customer")
            while not self._over():
                self._agent_turn()
        except InputsDone:
            self.outcome = "ended"  # headless: the agent's recordings ran out
        except (KeyboardInterrupt, VoiceprepError) as exc:
            self._save_partial()
            self.outcome = "interrupted"
            self._finish()
            if isinstance(exc, VoiceprepError):
                raise
            self.say("Stopped. Everything up to this point is saved.")
            return self.turns
        self.complete = True
        self._finish()
        return self.turns

    def _over(self) -> bool:
        """Checked after every turn, dead air included: hung up, resolved, or out of time."""
        if self.state.hung_up or self.state.resolved:
            self.outcome = "hung_up" if self.state.hung_up else "resolved"
            return True
        if self.engine.clock_s >= self.time_limit_s:
            self.outcome = "time_limit"
            return True
        return False

    def _agent_turn(self) -> None:
        """One agent utterance (or dead air) and the customer's reply."""
        self.engine.next_turn()
        heard = self.engine.listen(limit_s=NO_REPLY_S)
        if heard.end is None:  # dead air: the customer waited in silence
            agent_turn(self.state, "", dead_air=True)
            self._customer_says([STILL_THERE] if not self.state.hung_up else [self.scenario.hang_up_line], None)
            return
        line_audio, metrics, labels = self._hear(heard.end.audio)
        latency = metrics.first_word_s if metrics.first_word_s is not None else heard.end.speech_start_s
        previous = next((t for t in reversed(self.turns) if t.role == "agent"), None)
        reasons = agent_turn(self.state, metrics.transcript, labels=labels, dead_air=dead_air_before(latency, previous))
        self.engine.record(Turn(0, "agent", "agent_line", metrics.transcript, heard.start_s, heard.start_s + heard.end.decided_at_s,
                                metrics=metrics, response_latency_s=round(latency, 3),
                                notes=TurnNotes(call_labels=tuple(labels), mood_effects=tuple(reasons), mood=round(self.state.mood, 2))),
                           line_audio)
        self._customer_says([self.customer.reply(self.state)], heard.decided_wall)

    def _hear(self, audio: np.ndarray):
        """The agent's side through the same band and companding as the customer's, without the
        line hiss (on a real call it is added at the far end; here it would make silence look
        like speech); then measured and labelled."""
        line_audio = phone_line(audio, SAMPLE_RATE, noise_db=None)
        metrics = self.analyzer.analyze_audio(line_audio)
        return line_audio, metrics, label_call_utterance(metrics.transcript)

    def _customer_says(self, lines: list[str], decided_wall: float | None) -> None:
        turn = self.engine.speak("customer_line", lines, role="customer", decided_wall=decided_wall)
        self.state.history.append(("customer", turn.text))

    def _save_partial(self) -> None:
        """Ctrl-C mid-sentence: keep what the agent said so far as an (interrupted) agent line."""
        unfinished = self.engine.unfinished()
        if unfinished is None:
            return
        audio, start = unfinished
        line_audio, metrics, labels = self._hear(audio)
        self.engine.record(Turn(0, "agent", "agent_line", metrics.transcript, start, self.engine.clock_s, metrics=metrics,
                                notes=TurnNotes(interrupted=True, call_labels=tuple(labels))), line_audio)

    def _finish(self) -> None:
        self.call = call_metrics(self.turns, self.state.moods, self.outcome)
        self.engine.close({"call": self.call.to_dict(), "scenario": self.scenario.name}, complete=self.complete)

    def to_dict(self) -> dict:
        return {"id": self.sid, "mode": "call", "complete": self.complete, "scenario": self.scenario.name,
                "turns": [t.to_dict() for t in self.turns], "call": self.call.to_dict()}


def build_call(*, source, sink, voice, customer: Customer, analyzer, store, scenario: Scenario, time_limit_s: float = 600.0,
               say: Callable[[str], None] = lambda s: None, echo: str = "auto") -> Call:
    """A call over the real engine. The mic is watched while the customer speaks (`echo`: a gate
    against the played audio, so the customer's own voice from the speakers is not taken for the
    agent; "headset" for the VAD alone), so that talking over the customer is noticed and counted."""
    analyzer.transcriber.load_reader()  # the turn detector's read-backs: loaded now, not at the first pause
    engine = Conversation(source=source, sink=sink, voice=voice, store=store, turn=TurnSettings(), echo=echo,
                          read_back=analyzer.transcriber.read_back, say=say)
    return Call(engine, scenario=scenario, customer=customer, analyzer=analyzer, time_limit_s=time_limit_s, say=say)
