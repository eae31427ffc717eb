"""`voiceprep history`: the stored sessions as a table, newest first."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

DATA_DIR = typer.Option(None, "--data-dir", envvar="VOICEPREP_DATA_DIR", help="Where sessions are stored.")


def history(
    limit: int = typer.Option(20, "--limit", help="How many sessions to show (0 = all)."),
    data_dir: Path = DATA_DIR,
) -> None:
    """List your practice sessions."""
    from voiceprep.report.terminal import history_table
    from voiceprep.store import Store

    rows = Store.open(data_dir, write=False).list_sessions(limit or None)
    if not rows:
        Console().print("No sessions yet. Start one with `voiceprep practice`, or store a recording with `voiceprep analyze FILE --save`.")
        return
    Console().print(history_table(rows))


def register(app: typer.Typer) -> None:
    app.command("history")(history)
