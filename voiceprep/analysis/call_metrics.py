"""Call-handling figures from the turns of a call rehearsal: pure functions over stored turns."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from voiceprep.types import Turn

DEAD_AIR_S = 3.0
PHONE_PACE = (120.0, 150.0)
THREE_C = ("calm", "clarify", "create_options")


def labels_of(t: Turn) -> set[str]:
    return {lb["name"] for lb in t.extra.get("call_labels", [])}


def dead_air_before(latency_s: float, previous_agent: Turn | None) -> bool:
    """The agent took over 3 s to start while the customer waited, with no signpost before it."""
    return latency_s > DEAD_AIR_S and not (previous_agent is not None and "signpost" in labels_of(previous_agent))


def dead_air_events(turns: Sequence[Turn]) -> list[dict]:
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
            events.append({"at_s": round(t.start, 2), "duration_s": round(latency, 2), "where": "before answering"})
        if "signpost" not in labels_of(t):
            for p in t.metrics.pauses:
                if p.duration_s > DEAD_AIR_S:
                    events.append({"at_s": round(t.start + p.start, 2), "duration_s": p.duration_s, "where": "mid-sentence"})
        prev_agent = t
    return events


def call_metrics(turns: Sequence[Turn], moods: Sequence[float], outcome: str) -> dict:
    """The figures stored with a call session and shown in its report."""
    agent = [t for t in turns if t.role == "agent" and t.metrics is not None]
    customer = [t for t in turns if t.role == "customer"]
    if not turns:
        return {"outcome": outcome}
    first_seen: dict[str, int] = {}
    counts = {name: 0 for name in ("empathy", "confirmation", "signpost", "ownership", "blame", "create_options", "close")}
    for i, t in enumerate(agent):
        for name in labels_of(t):
            first_seen.setdefault(name, i)
            if name in counts:
                counts[name] += 1
    steps = sorted((first_seen[c], c) for c in THREE_C if c in first_seen)
    order = [c for _, c in steps]
    talk = sum(t.metrics.speaking_time_s for t in agent)
    listen = sum(t.end - t.start for t in customer)
    wpms = [t.metrics.wpm for t in agent if t.metrics.words >= 5]
    pace = round(statistics.median(wpms), 1) if wpms else None
    return {
        "outcome": outcome,
        "resolved": outcome == "resolved",
        "handle_time_s": round(turns[-1].end - turns[0].start, 1),
        "talk_s": round(talk, 1),
        "listen_s": round(listen, 1),
        "talk_listen_ratio": round(talk / listen, 2) if listen else None,
        "dead_air": dead_air_events(turns),
        "talked_over_customer": sum(1 for t in customer if t.extra.get("barged_in")),
        "empathy_statements": counts["empathy"],
        "confirmations": counts["confirmation"],
        "signposts": counts["signpost"],
        "three_c_order": order,
        "three_c_complete_in_order": order == list(THREE_C),
        "ownership_statements": counts["ownership"],
        "blame_statements": counts["blame"],
        "options_offered": counts["create_options"],
        "next_step_and_close": counts["close"] > 0,
        "mood_over_call": [round(m, 2) for m in moods],
        "agent_pace_wpm": pace,
        "agent_pace_in_phone_band": pace is not None and PHONE_PACE[0] <= pace <= PHONE_PACE[1],
    }
