"""`voiceprep call`: rehearse a contact-centre call with an upset customer over a phone line."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from voiceprep.commands.edges import (
    audio_edges,
    check_inputs,
    plain,
    seconds,
    use_ollama,
)
from voiceprep.llm_settings import DEFAULT_MODEL


def call(
    files: list[Path] = typer.Argument(None, help="With --input: what the agent says, one WAV per turn.", show_default=False),
    scenario: str = typer.Option(None, "--scenario", help="Which call (see --list-scenarios); default late_delivery."),
    list_scenarios: bool = typer.Option(False, "--list-scenarios", help="List the scenarios and exit."),
    input_: bool = typer.Option(False, "--input", help="Headless: the agent's turns come from the FILES given."),
    output_dir: Path = typer.Option(None, "--output-dir", help="Headless: write the customer's audio here as WAV."),
    as_json: bool = typer.Option(False, "--json", help="Print the call as one JSON object at the end."),
    brain: str = typer.Option("auto", "--brain", help="auto (ollama if reachable, else scripted), ollama or scripted."),
    ollama_host: str = typer.Option(None, "--ollama-host", help="Ollama server (default: $OLLAMA_HOST or 127.0.0.1:11434)."),
    llm_model: str = typer.Option(DEFAULT_MODEL, "--llm-model", help="Model that plays the customer."),
    llm_timeout_s: float = typer.Option(10.0, "--llm-timeout", help="Seconds to wait for the customer's line."),
    time_limit_s: float = typer.Option(600.0, "--time-limit-s", help="End the call after this long."),
    input_device: str = typer.Option(None, "--input-device", help="Microphone (number or name)."),
    output_device: str = typer.Option(None, "--output-device", help="Speaker (number or name)."),
    echo: str = typer.Option("auto", "--echo", help="How the mic is watched while the customer speaks: auto/gate (speakers), "
                             "headset, aec (if installed), off (half-duplex)."),
    data_dir: Path = typer.Option(None, "--data-dir", envvar="VOICEPREP_DATA_DIR", help="Where sessions are stored."),
    no_audio: bool = typer.Option(False, "--no-audio", help="Keep no recordings of your side."),
) -> None:
    """Rehearse a call with an upset customer (the customer opens; you are the agent)."""
    from voiceprep.call.customer import OllamaCustomer, ScriptedCustomer
    from voiceprep.call.scenarios import get_scenario, load_scenarios

    console = Console(stderr=as_json)
    if list_scenarios:
        table = Table(title="Call scenarios", title_justify="left")
        table.add_column("name")
        table.add_column("call")
        table.add_column("resolved when")
        for s in load_scenarios().values():
            table.add_row(s.name, s.title, s.resolved_when)
        Console().print(table)
        return
    seconds("--llm-timeout", llm_timeout_s, lo=0.5, hi=600.0)
    seconds("--time-limit-s", time_limit_s, lo=10.0, hi=7200.0)
    check_inputs("call", files, input_)
    from voiceprep.audio.echo import check_choice

    check_choice(echo)
    sc = get_scenario(scenario)

    from voiceprep.analyzer import Analyzer
    from voiceprep.call.phone import PhoneVoice
    from voiceprep.call.session import build_call
    from voiceprep.speech.tts import Voice
    from voiceprep.store import Store

    customer: ScriptedCustomer | OllamaCustomer = ScriptedCustomer()
    if use_ollama(brain, ollama_host, llm_model, plain(console), "scripted customer"):
        customer = OllamaCustomer(ollama_host, llm_model, llm_timeout_s, plain(console))
    voice = PhoneVoice(Voice())
    store = Store.open(data_dir, keep_audio=not no_audio)
    with audio_edges(files if input_ else None, output_dir, input_device, output_device, voice.sample_rate) as (source, sink):
        session = build_call(scenario=sc, customer=customer, time_limit_s=time_limit_s, source=source, sink=sink, voice=voice,
                             analyzer=Analyzer(), store=store, say=plain(console), echo=echo)
        console.print(f"Call: {sc.title}. {sc.customer} is on the line.")
        session.run()
    if as_json:
        typer.echo(json.dumps(session.to_dict()))
        return
    c = session.call
    console.print(f"Outcome: {c.outcome}; handle time {c.handle_time_s or 0:.0f} s; mood {list(c.mood_over_call)}")
    console.print(f"3C order: {', '.join(c.three_c_order) or 'none'}; empathy {c.empathy_statements}, "
                  f"confirmations {c.confirmations}, options {c.options_offered}, dead air {len(c.dead_air)}")
    console.print(f"Review: voiceprep report {session.sid}")


def register(app: typer.Typer) -> None:
    app.command("call")(call)
