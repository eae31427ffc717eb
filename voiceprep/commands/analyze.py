"""`voiceprep analyze PATH`: delivery metrics of one recorded answer."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from voiceprep.commands.edges import seconds
from voiceprep.errors import VoiceprepError


def analyze(
    path: Path = typer.Argument(..., help="A WAV, FLAC, MP3 or OGG recording of one answer."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object on stdout."),
    min_pause_s: float = typer.Option(0.5, "--min-pause", help="Shortest silence counted as a pause, in seconds."),
    stt_model: str = typer.Option(None, "--stt-model", help="Speech model: tiny, base, or a faster-whisper model folder (default: tiny)."),
    details: bool = typer.Option(False, "--details", help="With --json, also include word, speech and pace timelines."),
    save: bool = typer.Option(False, "--save", help="Store the recording as a session (see `voiceprep history`)."),
    data_dir: Path = typer.Option(None, "--data-dir", envvar="VOICEPREP_DATA_DIR", help="Where sessions are stored."),
    no_audio: bool = typer.Option(False, "--no-audio", help="With --save, keep no copy of the audio."),
) -> None:
    """Measure pace, fillers and pauses in a recorded answer."""
    from voiceprep.analyzer import Analyzer
    from voiceprep.audio.io import load_audio
    from voiceprep.types import AnalysisSettings

    seconds("--min-pause", min_pause_s, lo=0.05, hi=10.0)
    audio = load_audio(path)
    if audio.size < 0.25 * 16000:
        raise VoiceprepError(
            f"{path} is too short to analyse ({audio.size / 16000:.2f} s)",
            "record at least a few seconds of speech",
        )
    metrics = Analyzer(AnalysisSettings(min_pause_s=min_pause_s), stt_model=stt_model).analyze_audio(audio)
    session_id = None
    if save:
        from voiceprep.store import Store, save_analysis

        store = Store.open(data_dir, keep_audio=not no_audio)
        session_id = save_analysis(store, path, metrics, audio)
    if as_json:
        out = {"file": str(path), **metrics.to_dict(details=details)}
        if session_id:
            out["session_id"] = session_id
        typer.echo(json.dumps(out))
        return
    from voiceprep.report.summary import print_analysis

    print_analysis(str(path), metrics)
    if session_id:
        typer.echo(f"saved as session {session_id}")


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)
