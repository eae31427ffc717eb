"""What `practice` and `call` share: checking --input files and opening the audio edges."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console

from voiceprep.errors import VoiceprepError


def check_inputs(command: str, files: Sequence[Path] | None, headless: bool) -> None:
    """Every answer file is checked (decoded) before the session starts, so a bad one is
    reported at once instead of at its turn, after a half-made session was stored."""
    if files and not headless:
        raise VoiceprepError("answer files given without --input", f"use: voiceprep {command} --input A1.wav A2.wav ...")
    if headless and not files:
        raise VoiceprepError("--input needs at least one WAV file", f"use: voiceprep {command} --input A1.wav A2.wav ...")
    if files:
        from voiceprep.audio.io import load_audio

        for f in files:
            if not f.is_file():
                raise VoiceprepError(f"input file not found: {f}", "check the --input paths")
            load_audio(f)


def seconds(option: str, value: float | None, *, lo: float, hi: float) -> float | None:
    """A duration option checked: a finite number of seconds within [lo, hi] (nan, inf, 0 and
    negative values would otherwise be taken and give wrong results)."""
    if value is not None and not (math.isfinite(value) and lo <= value <= hi):
        raise VoiceprepError(f"{option} {value} is out of range", f"give a number of seconds from {lo:g} to {hi:g}")
    return value


def plain(console: Console) -> Callable[[str], None]:
    """`console.print` for text that may hold paths, hosts or transcripts: no markup, so a
    '[/]' in a file name is printed as it is."""
    return lambda text: console.print(text, markup=False, highlight=False)


def use_ollama(brain: str, host: str | None, model: str, say: Callable[[str], None], fallback: str) -> bool:
    """--brain auto|ollama|scripted -> whether to talk to ollama. `auto` falls back (saying so
    once, naming `fallback`) when the server or model is missing; `ollama` then is an error."""
    if brain not in ("auto", "ollama", "scripted"):
        raise VoiceprepError(f"unknown --brain {brain!r}", "use auto, ollama or scripted")
    if brain == "scripted":
        return False
    from voiceprep.interview.brain import ollama_ready

    ok, why = ollama_ready(host, model)
    if ok:
        return True
    if brain == "ollama":
        raise VoiceprepError(why, "or use --brain scripted")
    say(f"Using the {fallback} ({why}).")
    return False


def device(value: str | None) -> int | str | None:
    """A device given as its number or (part of) its name."""
    return int(value) if value is not None and value.isdigit() else value


@contextmanager
def audio_edges(files: Sequence[Path] | None, output_dir: Path | None, input_device: str | None, output_device: str | None, sample_rate: int):
    """(source, sink): WAV files in and out when `files` are given, else the mic and speaker;
    closed on the way out, whatever happens."""
    from voiceprep.audio.sinks import SpeakerSink, WavSink
    from voiceprep.audio.sources import FileSource, MicSource

    source = FileSource(files) if files else MicSource(device(input_device))
    try:
        sink = WavSink(output_dir) if files else SpeakerSink(device(output_device), sample_rate)
    except BaseException:
        source.close()
        raise
    try:
        yield source, sink
    finally:
        source.close()
        sink.close()
