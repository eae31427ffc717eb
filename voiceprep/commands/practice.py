"""`voiceprep practice`: a spoken mock interview, live (mic and speakers) or headless (WAV files)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from voiceprep.commands.edges import (
    audio_edges,
    check_inputs,
    plain,
    seconds,
    use_ollama,
)
from voiceprep.errors import VoiceprepError
from voiceprep.llm_settings import DEFAULT_MODEL


def practice(
    files: list[Path] = typer.Argument(None, help="With --input: the candidate's answers, one WAV per turn.", show_default=False),
    input_: bool = typer.Option(False, "--input", help="Headless: read the answers from the FILES given instead of the mic."),
    output_dir: Path = typer.Option(None, "--output-dir", help="Headless: write the interviewer's audio here as WAV files."),
    as_json: bool = typer.Option(False, "--json", help="Print the session as one JSON object at the end."),
    questions: int = typer.Option(5, "--questions", min=1, help="How many questions."),
    category: list[str] = typer.Option(None, "--category", help="Only these categories (repeat the option for several)."),
    seed: int = typer.Option(None, "--seed", help="Same seed, same questions and silences."),
    job_description: Path = typer.Option(None, "--job-description", help="A text file; the LLM tailors questions and follow-ups to it."),
    brain: str = typer.Option("auto", "--brain", help="auto (ollama if reachable, else scripted), ollama or scripted."),
    ollama_host: str = typer.Option(None, "--ollama-host", help="Ollama server (default: $OLLAMA_HOST or 127.0.0.1:11434)."),
    llm_model: str = typer.Option(DEFAULT_MODEL, "--llm-model", help="Model the interviewer uses."),
    llm_timeout_s: float = typer.Option(8.0, "--llm-timeout", help="Seconds to wait for a follow-up before the scripted one is used."),
    voice: str = typer.Option(None, "--voice", help="A piper .onnx voice (default: bundled en_US-joe-medium)."),
    input_device: str = typer.Option(None, "--input-device", help="Microphone (number or name; see `voiceprep devices`)."),
    output_device: str = typer.Option(None, "--output-device", help="Speaker (number or name)."),
    barge_in: bool = typer.Option(False, "--barge-in", help="Headset users: speaking interrupts the interviewer (same as --echo headset)."),
    echo: str = typer.Option("auto", "--echo", help="How the mic is watched while the interviewer speaks, so you can talk over it: "
                             "auto/gate (speakers: its own voice coming back is told apart), headset, aec (WebRTC, if installed), "
                             "off (half-duplex: what you say meanwhile is not heard)."),
    hold_silences: int = typer.Option(None, "--hold-silences", min=0, help="Deliberate 4-8 s silences after answers (default: about one answer in three; 0 disables)."),
    max_answer_s: float = typer.Option(180.0, "--max-answer-s", help="Politely interrupt answers longer than this."),
    data_dir: Path = typer.Option(None, "--data-dir", envvar="VOICEPREP_DATA_DIR", help="Where sessions are stored."),
    no_audio: bool = typer.Option(False, "--no-audio", help="Keep no recordings of your answers."),
    stt_model: str = typer.Option(None, "--stt-model", help="Speech model: tiny, base, or a faster-whisper model folder (default: tiny)."),
    quiet: bool = typer.Option(False, "--quiet", help="No feedback line after each answer (the review still has everything)."),
) -> None:
    """Practise a customer-service interview out loud."""
    from voiceprep.analyzer import Analyzer
    from voiceprep.audio.echo import check_choice
    from voiceprep.audio.turns import TurnSettings
    from voiceprep.interview.bank import load_bank, pick
    from voiceprep.interview.brain import (
        Brain,
        FallbackBrain,
        OllamaBrain,
        ScriptedBrain,
        tailor_questions,
    )
    from voiceprep.interview.session import PracticeSettings, build_interview
    from voiceprep.models import resolve_voice
    from voiceprep.screen import screen_for
    from voiceprep.speech.tts import Voice
    from voiceprep.store import Store

    console = Console(stderr=as_json)
    say = plain(console)
    seconds("--max-answer-s", max_answer_s, lo=10.0, hi=3600.0)
    seconds("--llm-timeout", llm_timeout_s, lo=0.5, hi=600.0)
    check_inputs("practice", files, input_)
    check_choice(echo)
    jd = ""
    if job_description is not None:
        try:
            jd = job_description.read_text(encoding="utf-8")
        except OSError as exc:
            raise VoiceprepError(f"cannot read the job description {job_description}", "pass a readable text file") from exc
    bank = load_bank()
    picked = pick(bank, questions, category or None, seed)
    n_hold = round(len(picked) / 3) if hold_silences is None else hold_silences
    scripted = ScriptedBrain()
    chosen: Brain = scripted
    if use_ollama(brain, ollama_host, llm_model, say, "built-in interviewer"):
        chosen = FallbackBrain(OllamaBrain(ollama_host, llm_model, llm_timeout_s, jd), scripted, say, model=llm_model, deadline_s=llm_timeout_s)
        if jd.strip():
            picked, note = tailor_questions(ollama_host, llm_model, jd, bank, len(picked), picked)
            say(f"Ollama: {note}.")
    tts = Voice(resolve_voice(voice))
    store = Store.open(data_dir, keep_audio=not no_audio)
    from voiceprep.audio.keys import HELP, KeyReader

    with audio_edges(files if input_ else None, output_dir, input_device, output_device, tts.sample_rate) as (source, sink), \
            KeyReader(None if not input_ else -1) as keys, screen_for(console, live=not input_, quiet=quiet) as screen:
        session = build_interview(
            source=source, sink=sink, voice=tts, brain=chosen, analyzer=Analyzer(stt_model=stt_model), store=store,
            settings=PracticeSettings(hold_silences=n_hold, seed=seed, echo="headset" if barge_in else echo,
                                     turn=TurnSettings(max_turn_s=max_answer_s)),
            questions=picked, say=screen.note if not input_ else say, keys=keys if keys.active else None, screen=screen,
        )
        if not input_:
            screen.note(f"Answer out loud. {HELP} (everything so far is kept).")
        session.run()
    if as_json:
        typer.echo(json.dumps(session.to_dict()))
        return
    from voiceprep.report.terminal import session_summary

    session_summary(store.get_session(session.sid))
    if output_dir:
        say(f"Interviewer audio: {output_dir}")
    say(f"Review: voiceprep report {session.sid}")



def register(app: typer.Typer) -> None:
    app.command("practice")(practice)
