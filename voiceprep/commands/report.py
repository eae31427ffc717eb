"""`voiceprep report`, `export` and `delete`: review, take out or remove a stored session."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from voiceprep.commands.history import DATA_DIR
from voiceprep.errors import VoiceprepError


def report(
    session: str = typer.Argument("latest", help="A session id (or a unique prefix), or 'latest'."),
    out: Path = typer.Option(None, "--out", help="HTML file to write (default: report-<id>.html in the data folder)."),
    open_: bool = typer.Option(False, "--open", help="Open the report in your browser."),
    data_dir: Path = DATA_DIR,
) -> None:
    """Write a self-contained HTML report with charts and print a terminal summary."""
    from voiceprep.report.html import write_report
    from voiceprep.report.terminal import session_summary
    from voiceprep.store import Store

    store = Store.open(data_dir, write=False)
    stored = store.get_session(session)
    path = out or store.report_path(stored.id)
    try:
        write_report(store, stored, path)
    except OSError as exc:
        raise VoiceprepError(f"cannot write {path} ({exc.strerror})", "pass --out with a writable path") from exc
    session_summary(stored)
    Console().print(f"Report: {path}", markup=False, highlight=False)
    if open_:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())


def export(
    session: str = typer.Argument(..., help="A session id (or a unique prefix), or 'latest'."),
    fmt: str = typer.Option("json", "--format", help="json (the whole session) or csv (one row per turn)."),
    data_dir: Path = DATA_DIR,
) -> None:
    """Print a session as JSON or CSV on stdout."""
    from voiceprep.store import Store

    if fmt not in ("json", "csv"):
        raise VoiceprepError(f"unknown format {fmt!r}", "use --format json or --format csv")
    stored = Store.open(data_dir, write=False).get_session(session)
    if fmt == "json":
        typer.echo(json.dumps(stored.to_dict()))
        return
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["index", "role", "kind", "start", "end", "question", "text", "words", "wpm", "fillers", "fillers_per_min",
                "longest_pause_s", "response_latency_s", "latency_s", "held_silence_outcome", "figures_in_doubt"])
    for t in stored.turns:
        m = t.metrics
        w.writerow([t.index, t.role, t.kind, t.start, t.end, t.question, t.text,
                    m.words if m else "", m.wpm if m else "", m.filler_count if m else "", m.fillers_per_min if m else "",
                    m.longest_pause_s if m else "", t.response_latency_s or "", t.latency_s or "",
                    t.held_silence.outcome if t.held_silence else "", " ".join(m.figures_in_doubt) if m else ""])
    sys.stdout.write(buf.getvalue())


def delete(
    session: str = typer.Argument(..., help="A session id (or a unique prefix)."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
    data_dir: Path = DATA_DIR,
) -> None:
    """Delete a session and its audio."""
    from voiceprep.store import Store

    store = Store.open(data_dir)
    sid = store.resolve(session)
    if not yes:
        if not sys.stdin.isatty():
            raise VoiceprepError(f"not deleting {sid} without confirmation", "pass --yes to delete without asking")
        typer.confirm(f"Delete session {sid} and its audio?", abort=True)
    store.delete_session(sid)
    Console().print(f"Deleted {sid}.")


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.command("export")(export)
    app.command("delete")(delete)
