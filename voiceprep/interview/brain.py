"""Brains decide the interviewer's follow-up to an answer. ScriptedBrain is deterministic and
works offline; it reads the delivery metrics and the content findings of the answer."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from voiceprep.analysis.content import ContentFindings, analyze_content
from voiceprep.analysis.targets import ANSWER_LENGTH
from voiceprep.llm_settings import KEEP_ALIVE
from voiceprep.types import SpeechMetrics


@dataclass(frozen=True)
class FollowUpContext:
    """What a brain knows when it decides: the question, the answer and how it went."""

    question: str
    answer_text: str
    metrics: SpeechMetrics | None = None
    content: ContentFindings | None = None
    job_description: str = ""
    follow_ups_so_far: int = 0
    spoken_s: float | None = None  # first word to last, when the full measurement is not there yet


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

    Order: blame, then a hypothetical answer to a question about the past, then length (past the
    target band, as the scorecard shows it, or very short), then a missing result, then missing numbers.
    """
    content = ctx.content
    if content is None:
        content = analyze_content(ctx.answer_text, ctx.question, duration_s=ctx.metrics.span_s if ctx.metrics else ctx.spoken_s)
    flags = content.flag_names()
    strengths = content.strength_names()
    words = ctx.metrics.words if ctx.metrics else len(ctx.answer_text.split())
    length_s = ctx.metrics.span_s if ctx.metrics else ctx.spoken_s
    if "blame" in flags:
        return Decision("blame", "Looking back, what would you do differently yourself next time?")
    if "hypothetical" in flags:
        return Decision("hypothetical", "Can you tell me about a real time this happened, and what you actually did?")
    if (length_s is not None and length_s > ANSWER_LENGTH.band.high) or "rambling" in flags:
        return Decision("too_long", "Could you give me the thirty-second version of that?")
    if words < ANSWER_LENGTH.too_short_words:
        return Decision("too_short", "Could you give me a concrete example of that?")
    if not content.star.get("result"):
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


from voiceprep.resources import PROMPTS


def _prompt_sections(path: Path = PROMPTS / "interviewer.md") -> dict[str, str]:
    """`# name` headed sections of a prompt file."""
    sections: dict[str, str] = {}
    name = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            name = line[2:].strip()
            sections[name] = ""
        elif name:
            sections[name] += line + "\n"
    return {k: v.strip() for k, v in sections.items()}


def describe_lacks(content: ContentFindings | None) -> str:
    if content is None:
        return "nothing noted"
    missing = [p for p, v in content.star.items() if not v]
    flags = [f"{f.name} ('{f.evidence}')" for f in content.flags]
    parts = ([f"no {', no '.join(missing)}"] if missing else []) + flags
    return "; ".join(parts) or "nothing obvious"


def describe_delivery(m: SpeechMetrics | None, spoken_s: float | None = None, words: int = 0) -> str:
    if m is None:
        if spoken_s:  # only the quick read-back so far: length and a rough pace, no fillers
            return f"{spoken_s:.0f} s long, about {60 * words / spoken_s:.0f} words per minute"
        return "not measured"
    return (f"{m.span_s:.0f} s long, {m.wpm:.0f} words per minute, {m.filler_count} fillers, "
            f"longest pause {m.longest_pause_s:.1f} s")


class OllamaBrain:
    """Follow-ups from a local LLM through the official ollama client, streamed."""

    name = "ollama"

    def __init__(self, host: str | None = None, model: str = "llama3.2:3b", timeout_s: float = 8.0, job_description: str = "") -> None:
        from voiceprep.llm import client, warm_up

        self.model = model
        self.timeout_s = timeout_s
        self.job_description = job_description
        self._client = client(host, timeout_s)
        self._prompts = _prompt_sections()
        warm_up(host, model)  # loaded while the greeting and the first question play

    def messages(self, ctx: FollowUpContext) -> list[dict]:
        job = f"The job description, to tailor your question to: {self.job_description.strip()}" if self.job_description.strip() else ""
        return [
            {"role": "system", "content": self._prompts["system"].format(job=job)},
            {"role": "user", "content": self._prompts["follow_up"].format(
                question=ctx.question, answer=ctx.answer_text, delivery=describe_delivery(ctx.metrics, ctx.spoken_s, len(ctx.answer_text.split())), lacks=describe_lacks(ctx.content))},
        ]

    def follow_up(self, ctx: FollowUpContext) -> Iterator[str]:
        stream = self._client.chat(model=self.model, messages=self.messages(ctx), stream=True, keep_alive=KEEP_ALIVE,
                                   options={"temperature": 0.4, "num_predict": 60})
        for part in stream:
            piece = part.message.content
            if piece:
                yield piece.replace("*", "").replace("#", "")


def sentences(pieces: Iterable[str]) -> Iterator[str]:
    """Regroup streamed text pieces into whole sentences, so speech can start on the first one."""
    buf = ""
    for piece in pieces:
        buf += piece
        while True:
            m = re.search(r"[.!?](\s|$)", buf)
            if not m or m.end() == len(buf) and not buf.endswith(" "):
                break
            sentence, buf = buf[: m.end()].strip(), buf[m.end():]
            if sentence:
                yield sentence
    if buf.strip():
        yield buf.strip()


class FallbackBrain:
    """The primary brain, and the scripted one when it fails, said once per session: for that turn
    after an empty reply, for the rest of the session after an error or a missed deadline (so a
    hanging model costs one wait, not one per answer).

    Text already streamed before a mid-stream failure is discarded (half a question would be
    spoken otherwise) and the scripted follow-up is used. A watchdog enforces `deadline_s` for
    the whole reply, not only per socket read, so a trickling server cannot hang the interview.
    """

    def __init__(self, primary: Brain, fallback: Brain, notify: Callable[[str], None], *, model: str = "", deadline_s: float = 10.0) -> None:
        self.primary, self.fallback, self.notify = primary, fallback, notify
        self.model, self.deadline_s = model, deadline_s
        self.name = primary.name
        self._told = False
        self._gave_up = False  # after a failure the primary is not asked again this session

    def follow_up(self, ctx: FollowUpContext) -> Iterator[str]:
        """Yields the question as soon as its "?" has streamed in (speech starts while the model
        may still be generating), or the scripted follow-up if the model fails first."""
        import queue

        from voiceprep.llm import describe_error

        if self._gave_up:  # a model that failed once would make every answer wait its deadline
            yield from self.fallback.follow_up(ctx)
            return
        pieces: queue.Queue = queue.Queue()
        done = object()

        def run() -> None:
            try:
                for piece in self.primary.follow_up(ctx):
                    pieces.put(piece)
            except BaseException as exc:  # noqa: BLE001 - handed to the loop below, never raised
                pieces.put(exc)
            pieces.put(done)

        threading.Thread(target=run, daemon=True).start()
        deadline = time.monotonic() + self.deadline_s
        buf, error = "", None
        while True:
            try:
                item = pieces.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                error = "ollama did not answer in time"
                break
            if item is done:
                break
            if isinstance(item, BaseException):
                error = describe_error(item, self.model)
                break
            buf += item
            if "?" in buf:  # one question is all we speak: start now
                yield _first_question(buf)
                return
        if error is None and buf.strip():
            yield _first_question(buf)
            return
        if error is not None:
            self._gave_up = True
        if not self._told:
            when = "for the rest of this session" if self._gave_up else "when that happens"
            self.notify(f"{error or 'ollama gave an empty reply'}; the built-in interviewer takes over {when}")
            self._told = True
        yield from self.fallback.follow_up(ctx)


def _first_question(text: str) -> str:
    """Keep the reply to one spoken question (models sometimes add a second, or a preamble)."""
    text = re.sub(r"\s+", " ", text.strip().strip('"'))
    q = text.find("?")
    if 0 <= q:
        start = max(text.rfind(". ", 0, q), text.rfind("! ", 0, q))
        text = text[start + 2 if start >= 0 else 0 : q + 1]
    return text[:300]


def ollama_ready(host: str | None, model: str, timeout_s: float = 3.0) -> tuple[bool, str]:
    """(usable, why not): is the server up and does it have the model? `timeout_s` bounds the
    whole check (a local server answers in milliseconds; a busy laptop needs some slack)."""
    from voiceprep.llm import client, describe_error, within

    ollama = client(host, timeout_s)  # made outside the deadline: importing the client takes time too
    try:
        names = within(timeout_s, lambda: {m.model for m in ollama.list().models})
    except Exception as exc:
        return False, describe_error(exc, model)
    if model not in names and f"{model}:latest" not in names:
        return False, f"ollama has no model {model}: run `ollama pull {model}`"
    return True, ""


def tailor_questions(host: str | None, model: str, job_description: str, bank: list, n: int, fallback: list, timeout_s: float = 20.0) -> tuple[list, str]:
    """Ask the LLM to choose the `n` bank questions that fit a job description best.

    Structured output (a JSON schema as `format`) keeps the reply to known question ids; any
    failure or an invalid reply keeps the seeded pick. Returns (questions, note for the user).
    """
    import json

    from voiceprep.llm import client, describe_error, within

    by_id = {q.id: q for q in bank}
    schema = {"type": "object", "properties": {"ids": {"type": "array", "items": {"type": "string", "enum": sorted(by_id)}}}, "required": ["ids"]}
    listing = "\n".join(f"{q.id}: {q.text}" for q in bank)
    try:
        reply = within(timeout_s, lambda: client(host, timeout_s).chat(model=model, stream=False, format=schema, options={"temperature": 0}, messages=[
            {"role": "system", "content": "You prepare a mock interview. Choose the questions that best fit the job. Answer with JSON only."},
            {"role": "user", "content": f"Job description:\n{job_description.strip()[:4000]}\n\nQuestions:\n{listing}\n\nChoose {n} question ids."},
        ]))
        ids = [i for i in json.loads(reply.message.content)["ids"] if i in by_id]
    except Exception as exc:  # noqa: BLE001 - the interview goes on with the seeded questions
        return fallback, f"questions not tailored ({describe_error(exc, model)})"
    chosen = list(dict.fromkeys(ids))[:n]
    if len(chosen) < n:
        chosen += [q.id for q in fallback if q.id not in chosen][: n - len(chosen)]
    return [by_id[i] for i in chosen], "questions tailored to the job description"
