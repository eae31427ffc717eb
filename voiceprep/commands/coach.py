"""`voiceprep coach`: what one answer says (STAR+I, red flags, strengths, hedges), or the call-handling labels of one agent utterance."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from voiceprep.analysis.targets import ANSWER_LENGTH
from voiceprep.errors import VoiceprepError
from voiceprep.llm_settings import DEFAULT_MODEL

ADVICE = {
    "blame": "Own your part: say what you did and what you would do differently, not whose fault it was.",
    "vague": "Give one concrete example: who, what happened, what you did, how it ended.",
    "hypothetical": "The question asks for a real time: tell what you did, in the past tense.",
    "rambling": f"Aim for {ANSWER_LENGTH.band.low:.0f}-{ANSWER_LENGTH.band.high:.0f} seconds: one situation, your actions, the result.",
    "no_evidence": "Back the claim with a number, an outcome or a short example.",
    "negativity": "Keep it neutral about past employers; say what you want next instead.",
}


def coach(
    path: Path = typer.Argument(None, help="An audio recording of the answer (transcribed first)."),
    text: str = typer.Option(None, "--text", help="The answer as text instead of audio."),
    question: str = typer.Option("", "--question", help="The question the answer responds to."),
    mode: str = typer.Option("interview", "--mode", help="interview (STAR, flags) or call (labels of one agent utterance)."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object."),
    llm: bool = typer.Option(False, "--llm", help="Score with the local LLM (ollama); falls back to the rules."),
    ollama_host: str = typer.Option(None, "--ollama-host", help="Ollama server (default: $OLLAMA_HOST or 127.0.0.1:11434)."),
    llm_model: str = typer.Option(DEFAULT_MODEL, "--llm-model", help="Model for --llm."),
    llm_timeout_s: float = typer.Option(30.0, "--llm-timeout", help="Seconds to wait for the whole LLM reply before the rules are used."),
) -> None:
    """Coach the content of one answer."""
    if (path is None) == (text is None):
        raise VoiceprepError("give either an audio file or --text, not both or neither", "e.g. voiceprep coach --text \"Last year I...\"")
    if mode not in ("interview", "call"):
        raise VoiceprepError(f"unknown --mode {mode!r}", "use --mode interview or --mode call")
    duration_s = None
    if path is not None:
        from voiceprep.analyzer import Analyzer

        metrics = Analyzer().analyze_file(path)
        text, duration_s = metrics.transcript, metrics.span_s
    assert text is not None
    if not text.strip():
        raise VoiceprepError("the answer is empty", "record or type what you said")
    if mode == "call":
        from voiceprep.analysis.call_labels import label_call_utterance

        labels = label_call_utterance(text)
        if as_json:
            typer.echo(json.dumps({"labels": [lb.name for lb in labels], "evidence": {lb.name: lb.evidence for lb in labels},
                                   "sources": {lb.name: lb.source for lb in labels}}))
        else:
            for lb in labels:
                Console().print(f"[bold]{lb.name}[/]: “{escape(lb.evidence)}”", highlight=False)
            if not labels:
                Console().print("No call-handling phrases found (empathy, confirming, signposting, options, ownership, close).")
        return
    if llm:
        from voiceprep.content_llm import analyze_content_llm

        findings = analyze_content_llm(text, question, host=ollama_host, model=llm_model, timeout_s=llm_timeout_s, duration_s=duration_s)
    else:
        from voiceprep.analysis.content import analyze_content

        findings = analyze_content(text, question, duration_s=duration_s)
    if as_json:
        typer.echo(json.dumps(findings.to_dict()))
        return
    print_findings(findings)


def print_findings(f, console: Console | None = None) -> None:
    """A kind, concrete summary of the content findings."""
    console = console or Console()
    present = [p for p, v in f.star.items() if v]
    missing = [p for p, v in f.star.items() if not v]
    console.print(f"[bold]Structure[/] (STAR+I): has {', '.join(present) or 'none'}" + (f"; missing {', '.join(missing)}" if missing else ""))
    console.print(f"Action and result take {f.action_result_share:.0%} of your words (aim for most of the answer).")
    for s in f.strengths:
        console.print(f"[green]+ {s.name}[/]: “{escape(s.evidence)}”", highlight=False)
    for fl in f.flags:
        console.print(f"[yellow]! {fl.name}[/]: “{escape(fl.evidence)}”. {ADVICE.get(fl.name, '')}", highlight=False)
    if f.hedges:
        console.print(f"Hedges: {', '.join(sorted(set(f.hedges)))}", highlight=False, markup=False)
    if f.repeated_words:
        console.print("Most repeated: " + ", ".join(f"{w} ×{n}" for w, n in f.repeated_words), highlight=False, markup=False)
    for note in f.notes:
        console.print(f"[dim]{escape(note)}[/]")


def register(app: typer.Typer) -> None:
    app.command("coach")(coach)
