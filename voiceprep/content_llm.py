"""Optional LLM scoring of an answer through ollama structured output, checked against a schema;
any failure falls back to the rule-based findings, with the reason noted."""

from __future__ import annotations

import json
from dataclasses import replace

from voiceprep.analysis.content import (
    FLAG_NAMES,
    STAR_PARTS,
    STRENGTH_NAMES,
    ContentFindings,
    Finding,
    analyze_content,
)
from voiceprep.llm import client, describe_error, within
from voiceprep.llm_settings import DEFAULT_MODEL

_FINDING = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "evidence": {"type": "string"}},
    "required": ["name", "evidence"],
}
SCHEMA: dict = {
    "type": "object",
    "properties": {
        "star": {"type": "object", "properties": {p: {"type": "boolean"} for p in STAR_PARTS}, "required": list(STAR_PARTS)},
        "flags": {"type": "array", "items": {**_FINDING, "properties": {**_FINDING["properties"], "name": {"type": "string", "enum": list(FLAG_NAMES)}}}},
        "strengths": {"type": "array", "items": {**_FINDING, "properties": {**_FINDING["properties"], "name": {"type": "string", "enum": list(STRENGTH_NAMES)}}}},
    },
    "required": ["star", "flags", "strengths"],
}
SYSTEM = (
    "You assess one spoken answer from a customer-service job interview. Mark which STAR+I parts "
    "(situation, task, action, result, insight) are present. List red flags only from: "
    + ", ".join(FLAG_NAMES) + "; strengths only from: " + ", ".join(STRENGTH_NAMES)
    + ". Quote the candidate's exact words as evidence. Answer with JSON only."
)


def validate(data: object) -> tuple[dict[str, bool], list[Finding], list[Finding]]:
    """Check a reply against SCHEMA by hand (no extra dependency); raise ValueError if it fails."""
    if not isinstance(data, dict):
        raise ValueError("reply is not an object")
    star = data.get("star")
    if not isinstance(star, dict) or any(not isinstance(star.get(p), bool) for p in STAR_PARTS):
        raise ValueError("star must map each of situation..insight to true/false")

    def findings(key: str, allowed: tuple[str, ...]) -> list[Finding]:
        items = data.get(key)
        if not isinstance(items, list):
            raise ValueError(f"{key} must be a list")
        out = []
        for it in items:
            if not isinstance(it, dict) or it.get("name") not in allowed or not isinstance(it.get("evidence"), str):
                raise ValueError(f"{key} item {it!r} does not fit the schema")
            out.append(Finding(it["name"], it["evidence"]))
        return out

    return {p: star[p] for p in STAR_PARTS}, findings("flags", FLAG_NAMES), findings("strengths", STRENGTH_NAMES)


def chat_request(text: str, question: str, model: str = DEFAULT_MODEL) -> dict:
    """The keyword arguments of the one `chat` call that scores an answer (also what
    bench/bench_llm_content.py records replies to)."""
    return {
        "model": model,
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": f"Question: {question}\nAnswer: {text}"}],
        "format": SCHEMA,
        "stream": False,
        "options": {"temperature": 0},
    }


def analyze_content_llm(
    text: str,
    question: str = "",
    *,
    host: str | None = None,
    model: str = DEFAULT_MODEL,
    timeout_s: float = 30.0,
    duration_s: float | None = None,
) -> ContentFindings:
    """LLM findings when the model answers with valid JSON; otherwise the rules, noting why.

    Hedges, repeated words and the action/result share always come from the rules.
    """
    rules = analyze_content(text, question, duration_s=duration_s)
    try:
        reply = within(timeout_s, lambda: client(host, timeout_s).chat(**chat_request(text, question, model)))
        star, flags, strengths = validate(json.loads(reply.message.content))
    except (json.JSONDecodeError, ValueError) as exc:
        return replace(rules, notes=(*rules.notes, f"LLM reply was not valid ({exc}); rule-based findings shown"))
    except Exception as exc:  # connection, timeout, missing model: never lose the answer
        return replace(rules, notes=(*rules.notes, f"{describe_error(exc, model)}; rule-based findings shown"))
    return replace(rules, star=star, flags=tuple(flags), strengths=tuple(strengths), source=f"llm:{model}", learned=(),
                   model_version=None)
