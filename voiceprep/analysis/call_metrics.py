"""Call-handling figures from the turns of a call rehearsal: pure functions over stored turns."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from voiceprep.analysis.targets import CALL, PACE
from voiceprep.types import Turn

DEAD_AIR_S = CALL.dead_air_s
THREE_C = ("calm", "clarify", "create_options")


@dataclass(frozen=True)
class DeadAir:
    """A silence over the dead-air limit while the customer waited, with no signpost before it."""

    at_s: float  # on the session clock
    duration_s: float
    where: str  # "before answering" | "mid-sentence"


@dataclass(frozen=True)
class CallFigures:
    """The call-handling figures stored with a call session and shown in its report.

    Serialised only by `to_dict` (the session summary and `call --json`) and read back by
    `from_dict`. A call in which nothing was said carries only its outcome.
    """

    outcome: str  # resolved | hung_up | time_limit | ended | interrupted
    resolved: bool = False
    handle_time_s: float | None = None  # None: no turn was recorded
    talk_s: float = 0.0
    listen_s: float = 0.0
    talk_listen_ratio: float | None = None
    dead_air: tuple[DeadAir, ...] = ()
    talked_over_customer: int = 0
    empathy_statements: int = 0
    confirmations: int = 0
    signposts: int = 0
    three_c_order: tuple[str, ...] = ()
    three_c_complete_in_order: bool = False
    ownership_statements: int = 0
    blame_statements: int = 0
    options_offered: int = 0
    next_step_and_close: bool = False
    mood_over_call: tuple[float, ...] = ()
    agent_pace_wpm: float | None = None
    agent_pace_in_phone_band: bool = False

    @property
    def measured(self) -> bool:
        return self.handle_time_s is not None

    def to_dict(self) -> dict:
        if not self.measured:
            return {"outcome": self.outcome}
        return {
            "outcome": self.outcome,
            "resolved": self.resolved,
            "handle_time_s": self.handle_time_s,
            "talk_s": self.talk_s,
            "listen_s": self.listen_s,
            "talk_listen_ratio": self.talk_listen_ratio,
            "dead_air": [{"at_s": e.at_s, "duration_s": e.duration_s, "where": e.where} for e in self.dead_air],
            "talked_over_customer": self.talked_over_customer,
            "empathy_statements": self.empathy_statements,
            "confirmations": self.confirmations,
            "signposts": self.signposts,
            "three_c_order": list(self.three_c_order),
            "three_c_complete_in_order": self.three_c_complete_in_order,
            "ownership_statements": self.ownership_statements,
            "blame_statements": self.blame_statements,
            "options_offered": self.options_offered,
            "next_step_and_close": self.next_step_and_close,
            "mood_over_call": list(self.mood_over_call),
            "agent_pace_wpm": self.agent_pace_wpm,
            "agent_pace_in_phone_band": self.agent_pace_in_phone_band,
        }

    @classmethod
    def from_dict(cls, d: dict) -> CallFigures:
        """Read back what `to_dict` wrote (a stored session's summary)."""
        if "handle_time_s" not in d:
            return cls(d.get("outcome", "ended"))
        return cls(
            outcome=d["outcome"], resolved=bool(d.get("resolved")), handle_time_s=d["handle_time_s"],
            talk_s=d.get("talk_s", 0.0), listen_s=d.get("listen_s", 0.0), talk_listen_ratio=d.get("talk_listen_ratio"),
            dead_air=tuple(DeadAir(e["at_s"], e["duration_s"], e["where"]) for e in d.get("dead_air", [])),
            talked_over_customer=d.get("talked_over_customer", 0), empathy_statements=d.get("empathy_statements", 0),
            confirmations=d.get("confirmations", 0), signposts=d.get("signposts", 0),
            three_c_order=tuple(d.get("three_c_order", [])), three_c_complete_in_order=bool(d.get("three_c_complete_in_order")),
            ownership_statements=d.get("ownership_statements", 0), blame_statements=d.get("blame_statements", 0),
            options_offered=d.get("options_offered", 0), next_step_and_close=bool(d.get("next_step_and_close")),
            mood_over_call=tuple(d.get("mood_over_call", [])), agent_pace_wpm=d.get("agent_pace_wpm"),
            agent_pace_in_phone_band=bool(d.get("agent_pace_in_phone_band")),
        )


def labels_of(t: Turn) -> set[str]:
    return {lb.name for lb in t.notes.call_labels or ()}


def dead_air_before(latency_s: float, previous_agent: Turn | None) -> bool:
    """The agent took over 3 s to start while the customer waited, with no signpost before it."""
    return latency_s > DEAD_AIR_S and not (previous_agent is not None and "signpost" in labels_of(previous_agent))


def dead_air_events(turns: Sequence[Turn]) -> list[DeadAir]:
    """Silences over 3 s while the customer waits, with no signpost ("let me check that") before.

    Two kinds: the agent takes over 3 s to start after the customer, or pauses over 3 s inside
    an utterance; a signpost in the agent's previous or current utterance excuses it.
    """
    events = []
    prev_agent: Turn | None = None
    for t in turns:
        if t.role != "agent" or t.metrics is None:
            continue
        latency = t.response_latency_s or 0.0
        if dead_air_before(latency, prev_agent):
            events.append(DeadAir(round(t.start, 2), round(latency, 2), "before answering"))
        if "signpost" not in labels_of(t):
            for p in t.metrics.pauses:
                if p.duration_s > DEAD_AIR_S:
                    events.append(DeadAir(round(t.start + p.start, 2), p.duration_s, "mid-sentence"))
        prev_agent = t
    return events


def call_metrics(turns: Sequence[Turn], moods: Sequence[float], outcome: str) -> CallFigures:
    """The figures stored with a call session and shown in its report."""
    agent = [t for t in turns if t.role == "agent" and t.metrics is not None]
    customer = [t for t in turns if t.role == "customer"]
    if not turns:
        return CallFigures(outcome)
    first_seen: dict[str, int] = {}
    counts = {name: 0 for name in ("empathy", "confirmation", "signpost", "ownership", "blame", "create_options", "close")}
    for i, t in enumerate(agent):
        for name in labels_of(t):
            first_seen.setdefault(name, i)
            if name in counts:
                counts[name] += 1
    steps = sorted((first_seen[c], c) for c in THREE_C if c in first_seen)
    order = tuple(c for _, c in steps)
    talk = sum(t.metrics.speaking_time_s for t in agent)
    listen = sum(t.end - t.start for t in customer)
    wpms = [t.metrics.wpm for t in agent if t.metrics.words >= PACE.min_words]
    pace = round(statistics.median(wpms), 1) if wpms else None
    return CallFigures(
        outcome=outcome,
        resolved=outcome == "resolved",
        handle_time_s=round(turns[-1].end - turns[0].start, 1),
        talk_s=round(talk, 1),
        listen_s=round(listen, 1),
        talk_listen_ratio=round(talk / listen, 2) if listen else None,
        dead_air=tuple(dead_air_events(turns)),
        talked_over_customer=sum(1 for t in customer if t.notes.barged_in),
        empathy_statements=counts["empathy"],
        confirmations=counts["confirmation"],
        signposts=counts["signpost"],
        three_c_order=order,
        three_c_complete_in_order=order == THREE_C,
        ownership_statements=counts["ownership"],
        blame_statements=counts["blame"],
        options_offered=counts["create_options"],
        next_step_and_close=counts["close"] > 0,
        mood_over_call=tuple(round(m, 2) for m in moods),
        agent_pace_wpm=pace,
        agent_pace_in_phone_band=pace is not None and PACE.call.low <= pace <= PACE.call.high,
    )
