"""`voiceprep doctor`: checks models, audio devices and ollama, and says how to fix what is missing."""

from __future__ import annotations

from dataclasses import dataclass

import typer
from rich.console import Console
from rich.table import Table

from voiceprep.llm_settings import DEFAULT_MODEL, resolve_host


@dataclass(frozen=True)
class Check:
    """One line of the doctor's report."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True


def check_stt(name: str | None) -> Check:
    from voiceprep.errors import VoiceprepError
    from voiceprep.speech.stt import Transcriber

    try:
        t = Transcriber(name)
        t.load()
        return Check("speech-to-text", True, f"{t.model.label}, loaded in {t.load_s:.1f} s")
    except VoiceprepError as exc:
        return Check("speech-to-text", False, exc.message, exc.hint)


def check_voice(name: str | None) -> Check:
    from voiceprep.errors import VoiceprepError
    from voiceprep.models import resolve_voice
    from voiceprep.speech.tts import Voice

    try:
        v = Voice(resolve_voice(name))
        return Check("text-to-speech", True, f"{v.model.label}, {v.sample_rate} Hz")
    except VoiceprepError as exc:
        return Check("text-to-speech", False, exc.message, exc.hint)


def check_audio() -> list[Check]:
    try:
        import sounddevice as sd
    except OSError:
        fix = "install PortAudio: sudo apt-get install libportaudio2"
        return [Check("audio devices", False, "PortAudio library not found", fix, required=False)]
    try:
        devices = sd.query_devices()
    except Exception as exc:  # PortAudioError has no stable import path across versions
        return [Check("audio devices", False, f"cannot list devices ({exc})", "check your sound system", required=False)]
    inputs = [d for d in devices if d["max_input_channels"] > 0]
    outputs = [d for d in devices if d["max_output_channels"] > 0]
    no_mic = "connect a microphone, or use --input FILE.wav for headless practice"
    no_spk = "connect speakers or headphones, or use --output-dir DIR to write audio files"
    return [
        Check("microphone", bool(inputs), f"{len(inputs)} input device(s)" if inputs else "no input device", "" if inputs else no_mic, required=False),
        Check("speaker", bool(outputs), f"{len(outputs)} output device(s)" if outputs else "no output device", "" if outputs else no_spk, required=False),
    ]


def check_ollama(host: str, model: str) -> Check:
    from voiceprep.interview.brain import ollama_ready

    ok, why = ollama_ready(host, model, timeout_s=3.0)
    if ok:
        return Check("ollama", True, f"{host}, {model} available", required=False)
    fix = f"run `ollama pull {model}`" if "pull" in why else "start it with `ollama serve`; until then the built-in scripted interviewer is used"
    return Check("ollama", False, f"{why.split(':')[0]} ({host})", fix, required=False)


def doctor(
    stt_model: str = typer.Option(None, "--stt-model", help="Speech model to check: tiny, base or a folder (default: tiny)."),
    voice: str = typer.Option(None, "--voice", help="Piper voice to check (default: bundled)."),
    ollama_host: str = typer.Option(None, "--ollama-host", help="Ollama server (default: $OLLAMA_HOST or 127.0.0.1:11434)."),
    llm_model: str = typer.Option(DEFAULT_MODEL, "--llm-model", help="LLM the interviewer uses."),
) -> None:
    """Check that models, audio devices and ollama are ready; print how to fix what is not."""
    host = resolve_host(ollama_host)
    checks = [check_stt(stt_model), check_voice(voice), *check_audio(), check_ollama(host, llm_model)]
    table = Table(title="voiceprep doctor", title_justify="left")
    for col in ("check", "status", "detail", "how to fix"):
        table.add_column(col)
    for c in checks:
        status = "[green]ok[/]" if c.ok else ("[red]missing[/]" if c.required else "[yellow]optional[/]")
        table.add_row(c.name, status, c.detail, c.fix)
    Console().print(table)
    if any(not c.ok and c.required for c in checks):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("doctor")(doctor)
