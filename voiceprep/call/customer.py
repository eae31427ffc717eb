"""The upset customer of a call rehearsal: a mood that moves with what the agent does, and two
ways to speak (scripted lines, or a local LLM playing the part in character).

The mood is computed by rules from the agent's call labels for both customers, so it is
deterministic and testable; the LLM is told the mood and plays it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from voiceprep.analysis.call_labels import (
    CallLabel,
    label_call_utterance,
    policy_recital,
)
from voiceprep.call.scenarios import SCENARIOS, Scenario

MOOD_MIN, MOOD_MAX = -3.0, 3.0
HANG_UP_AT = -3.0

# How each thing the agent does moves the mood (per utterance; not cumulative within one).
MOOD_EFFECTS = {
    "empathy": 0.8, "calm": 0.4, "clarify": 0.3, "confirmation": 0.4, "create_options": 1.0, "ownership": 0.6, "close": 0.3,
    "blame": -1.2, "policy": -1.0, "dead_air": -1.0, "talk_over": -0.5,
}


@dataclass
class CallState:
    """The customer's side of the call so far."""

    scenario: Scenario
    mood: float
    history: list[tuple[str, str]] = field(default_factory=list)  # (speaker, text)
    moods: list[float] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    options_offered: int = 0
    resolved: bool = False
    hung_up: bool = False

    @classmethod
    def start(cls, scenario: Scenario) -> CallState:
        return cls(scenario, scenario.starting_mood, [("customer", scenario.opening)], [scenario.starting_mood])


def mood_change(text: str, *, labels: Sequence[CallLabel] | None = None, dead_air: bool = False,
                talked_over: bool = False) -> tuple[float, list[str]]:
    """How much one agent utterance moves the customer's mood, and why (pass `labels` when the
    utterance has been labelled already)."""
    reasons = [lb.name for lb in (label_call_utterance(text) if labels is None else labels)]
    if policy_recital(text):
        reasons.append("policy")
    if dead_air:
        reasons.append("dead_air")
    if talked_over:
        reasons.append("talk_over")
    return sum(MOOD_EFFECTS.get(r, 0.0) for r in reasons), reasons


def agent_turn(state: CallState, text: str, *, labels: Sequence[CallLabel] | None = None, dead_air: bool = False,
               talked_over: bool = False) -> list[str]:
    """Apply one agent utterance to the state: mood, options, resolution, hang-up."""
    delta, reasons = mood_change(text, labels=labels, dead_air=dead_air, talked_over=talked_over)
    state.mood = max(MOOD_MIN, min(MOOD_MAX, state.mood + delta))
    state.moods.append(round(state.mood, 2))
    state.history.append(("agent", text))
    state.seen.update(reasons)
    if "create_options" in reasons:
        state.options_offered += 1
    if state.mood <= HANG_UP_AT:
        state.hung_up = True
    elif state.mood >= 1.0 and "create_options" in state.seen and {"close", "ownership"} & state.seen:
        state.resolved = True  # calmer, given a way forward, and told what happens next
    return reasons


def mood_words(mood: float) -> str:
    if mood <= -2:
        return "furious and close to hanging up"
    if mood <= -0.5:
        return "annoyed and impatient"
    if mood < 1:
        return "wary but willing to listen"
    return "calmer and relieved"


class ScriptedCustomer:
    """Lines from the scenario by mood; deterministic."""

    name = "scripted"

    def reply(self, state: CallState) -> str:
        if state.hung_up:
            return state.scenario.hang_up_line
        if state.resolved:
            return state.scenario.resolved_line
        bucket = "angry" if state.mood <= -1 else "calm" if state.mood >= 1 else "neutral"
        lines = state.scenario.lines[bucket]
        n = sum(1 for who, _ in state.history if who == "customer")
        return lines[(n - 1) % len(lines)]


class OllamaCustomer:
    """The LLM plays the customer in character through the official client; on any failure
    the scripted line is used for that turn (reported once through `notify`)."""

    name = "ollama"

    def __init__(self, host: str | None, model: str, timeout_s: float, notify: Callable[[str], None]) -> None:
        from voiceprep.llm import client, warm_up

        self.model, self.notify, self._told, self._gave_up = model, notify, False, False
        self.timeout_s = timeout_s
        self._client = client(host, timeout_s)
        warm_up(host, model)  # loaded while the call connects
        self._fallback = ScriptedCustomer()
        text = (SCENARIOS.parent / "customer.md").read_text(encoding="utf-8")
        self._system = text.split("# turn")[0].replace("# system", "").strip()
        self._turn = text.split("# turn")[1].strip()

    def messages(self, state: CallState) -> list[dict]:
        s = state.scenario
        msgs = [{"role": "system", "content": self._system.format(
            customer=s.customer, title=s.title, facts=s.facts, goal=s.goal, calms="; ".join(s.calms), angers="; ".join(s.angers),
            mood_words=mood_words(state.mood))}]
        for who, text in state.history[:-1]:
            msgs.append({"role": "assistant" if who == "customer" else "user", "content": text})
        msgs.append({"role": "user", "content": self._turn.format(agent=state.history[-1][1], customer=s.customer)})
        return msgs

    def reply(self, state: CallState) -> str:
        if state.hung_up or state.resolved or self._gave_up:
            return self._fallback.reply(state)
        from voiceprep.llm import describe_error, within
        from voiceprep.llm_settings import KEEP_ALIVE

        def ask() -> str:
            parts = self._client.chat(model=self.model, messages=self.messages(state), stream=True, keep_alive=KEEP_ALIVE, options={"temperature": 0.7, "num_predict": 80})
            return "".join(p.message.content for p in parts).strip().strip('"')

        try:
            text = within(self.timeout_s, ask)
            if text:
                return text
            raise ValueError("empty reply")
        except Exception as exc:  # noqa: BLE001 - the call goes on with scripted lines
            self._gave_up = not isinstance(exc, ValueError)  # an empty reply is worth another try
            if not self._told:
                when = "for the rest of this call" if self._gave_up else "when that happens"
                self.notify(f"{describe_error(exc, self.model)}; the scripted customer takes over {when}")
                self._told = True
            return self._fallback.reply(state)
