"""Brains decide the interviewer's follow-up to an answer. ScriptedBrain is deterministic and
works offline; it reads the delivery metrics and the content findings of the answer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from voiceprep.types import SpeechMetrics

LONG_ANSWER_S = 120.0
SHORT_ANSWER_WORDS = 25


@dataclass(frozen=True)
class FollowUpContext:
    """What a brain knows when it decides: the question, the answer and how it went."""

    question: str
    answer_text: str
    metrics: SpeechMetrics | None = None
    content: dict | None = None  # ContentFindings.to_dict()
    job_description: str = ""
    follow_ups_so_far: int = 0


class Brain(Protocol):
    """Streams the pieces of one short spoken follow-up question; yields nothing for none."""

    name: str

    def follow_up(self, ctx: FollowUpContext) -> Iterator[str]: ...


@dataclass(frozen=True)
class Decision:
    """Why the scripted interviewer asks what it asks (kept for the report)."""

    reason: str
    question: str


def scripted_decision(ctx: FollowUpContext) -> Decision | None:
    """The follow-up the analysis calls for, most important first; None when the answer is sound.

    Order: blame, then a hypothetical answer to a question about the past, then length (over two
    minutes, or very short), then a missing result, then missing numbers.
    """
    content = ctx.content
    if content is None:
        from voiceprep.analysis.content import analyze_content

        content = analyze_content(ctx.answer_text, ctx.question, duration_s=ctx.metrics.span_s if ctx.metrics else None).to_dict()
    flags = {f["name"] for f in content.get("flags", [])}
    strengths = {s["name"] for s in content.get("strengths", [])}
    star = content.get("star", {})
    words = ctx.metrics.words if ctx.metrics else len(ctx.answer_text.split())
    length_s = ctx.metrics.span_s if ctx.metrics else None
    if "blame" in flags:
        return Decision("blame", "Looking back, what would you do differently yourself next time?")
    if "hypothetical" in flags:
        return Decision("hypothetical", "Can you tell me about a real time this happened, and what you actually did?")
    if (length_s is not None and length_s > LONG_ANSWER_S) or "rambling" in flags:
        return Decision("too_long", "Could you give me the thirty-second version of that?")
    if words < SHORT_ANSWER_WORDS:
        return Decision("too_short", "Could you give me a concrete example of that?")
    if not star.get("result"):
        return Decision("no_result", "How did it turn out in the end?")
    if not strengths & {"numbers", "kpi"}:
        return Decision("no_numbers", "How did you know it worked? What did you measure?")
    return None


class ScriptedBrain:
    """Deterministic follow-ups from the analysis: the built-in interviewer and the fallback."""

    name = "scripted"

    def __init__(self, max_follow_ups: int = 1) -> None:
        self.max_follow_ups = max_follow_ups

    def follow_up(self, ctx: FollowUpContext) -> Iterator[str]:
        if ctx.follow_ups_so_far >= self.max_follow_ups:
            return
        decision = scripted_decision(ctx)
        if decision is not None:
            yield decision.question
