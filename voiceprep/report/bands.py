"""Target bands for each figure, and a green/amber/red verdict with the reason in words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["green", "amber", "red", "none"]
PACE_BANDS = {"interview": (120.0, 160.0), "call": (120.0, 150.0)}


@dataclass(frozen=True)
class Verdict:
    """One figure against its target band."""

    label: str
    value: str
    status: Status
    reason: str


def _band(x: float, lo: float, hi: float, slack: float) -> Status:
    if lo <= x <= hi:
        return "green"
    return "amber" if lo - slack <= x <= hi + slack else "red"


def pace(wpm: float | None, mode: str = "interview") -> Verdict:
    lo, hi = PACE_BANDS.get(mode, PACE_BANDS["interview"])
    if not wpm:
        return Verdict("Pace", "n/a", "none", "no speech measured")
    status = _band(wpm, lo, hi, 15)
    where = "within" if status == "green" else ("faster than" if wpm > hi else "slower than")
    return Verdict("Pace", f"{wpm:.0f} wpm", status, f"{where} the {lo:.0f}-{hi:.0f} wpm band for {'calls' if mode == 'call' else 'interviews'}")


def fillers(per_min: float | None) -> Verdict:
    if per_min is None:
        return Verdict("Fillers", "n/a", "none", "no speech measured")
    status: Status = "green" if per_min <= 3 else "amber" if per_min <= 6 else "red"
    reason = {"green": "rare enough not to be noticed (3 or fewer a minute)", "amber": "noticeable (4-6 a minute)", "red": "frequent (over 6 a minute); listeners start counting them"}[status]
    return Verdict("Fillers", f"{per_min:.1f}/min", status, reason)


def longest_pause(seconds: float | None) -> Verdict:
    if seconds is None:
        return Verdict("Longest pause", "n/a", "none", "no speech measured")
    status: Status = "green" if seconds <= 3 else "amber" if seconds <= 5 else "red"
    reason = {"green": "a thinking pause of 3 s or less reads as composure", "amber": "3-5 s: fine once, awkward if repeated", "red": "over 5 s: the listener wonders if you are stuck"}[status]
    return Verdict("Longest pause", f"{seconds:.1f} s", status, reason)


def response_latency(seconds: float | None) -> Verdict:
    if seconds is None:
        return Verdict("Response latency", "n/a", "none", "not measured (recorded file)")
    status: Status = "green" if seconds <= 3 else "amber" if seconds <= 6 else "red"
    reason = {"green": "you started within 3 s", "amber": "3-6 s before the first word; a short bridge helps", "red": "over 6 s before the first word"}[status]
    return Verdict("Response latency", f"{seconds:.1f} s", status, reason)


def answer_length(seconds: float | None, mode: str = "interview") -> Verdict:
    if mode == "call" and seconds is not None:
        return Verdict("Turn length", f"{seconds:.0f} s", "none", "calls are a conversation: no length target per turn")
    if seconds is None:
        return Verdict("Answer length", "n/a", "none", "no speech measured")
    status = _band(seconds, 60, 120, 20)
    reason = "within the 60-120 s target" if status == "green" else ("shorter than" if seconds < 60 else "longer than") + " the 60-120 s target"
    return Verdict("Answer length", f"{seconds:.0f} s", status, reason)


def held_silence(outcome: str | None) -> Verdict:
    if outcome is None:
        return Verdict("Held silence", "none held", "none", "the interviewer did not hold a silence here")
    status: Status = "amber" if outcome == "filled" else "green"
    reason = {"waited": "you waited calmly for the next question", "added_point": "you used the silence to add a concise point",
              "filled": "you filled the silence; a calm wait or one crisp addition reads as more confident"}.get(outcome, outcome)
    return Verdict("Held silence", outcome.replace("_", " "), status, reason)
