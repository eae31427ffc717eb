"""`voiceprep devices`: the microphones and speakers PortAudio can see."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from voiceprep.errors import VoiceprepError


def devices() -> None:
    """List audio devices (use their number or name with --input-device / --output-device)."""
    try:
        import sounddevice as sd
    except OSError as exc:
        raise VoiceprepError("PortAudio is not installed", "sudo apt-get install libportaudio2") from exc
    try:
        found = sd.query_devices()
        default_in, default_out = sd.default.device
    except Exception as exc:
        raise VoiceprepError(f"cannot list audio devices ({exc})", "check your sound system (PulseAudio/PipeWire/ALSA)") from exc
    table = Table(title="Audio devices", title_justify="left")
    for col in ("#", "name", "inputs", "outputs", "rate", "default"):
        table.add_column(col)
    for i, d in enumerate(found):
        default = " ".join(x for x, on in (("mic", i == default_in), ("speaker", i == default_out)) if on)
        table.add_row(str(i), d["name"], str(d["max_input_channels"]), str(d["max_output_channels"]), f"{d['default_samplerate']:.0f}", default)
    Console().print(table)
    if not len(found):
        Console().print("No audio devices. Headless practice still works: voiceprep practice --input answer1.wav ...")


def register(app: typer.Typer) -> None:
    app.command("devices")(devices)
