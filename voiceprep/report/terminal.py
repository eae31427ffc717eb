"""Terminal views of stored sessions: the history table and a per-answer summary."""

from __future__ import annotations

import time
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from voiceprep.report import bands
from voiceprep.store import SessionSummary, StoredSession

_COLOUR = {"green": "green", "amber": "yellow", "red": "red", "none": "dim"}


def history_table(rows: Sequence[SessionSummary]) -> Table:
    table = Table(title="Sessions, newest first", title_justify="left")
    for col in ("id", "date", "mode", "answers", "median wpm", "fillers/min", "longest pause", "held silences", "status"):
        table.add_column(col, justify="right" if col in ("answers", "median wpm", "fillers/min", "longest pause") else "left")
    for r in rows:
        held = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(r.held_silences.items())) or "-"
        table.add_row(
            escape(r.id), time.strftime("%Y-%m-%d %H:%M", time.localtime(r.started_at)), escape(r.mode), str(r.answers),
            _shown(r.median_wpm, "{:.0f}", "wpm" in r.figures_in_doubt),
            _shown(r.fillers_per_min, "{:.1f}", "fillers" in r.figures_in_doubt),
            _shown(r.longest_pause_s, "{:.1f} s", "pauses" in r.figures_in_doubt),
            held, "complete" if r.complete else "[yellow]incomplete[/]",
        )
    return table


def _shown(value: float | None, fmt: str, doubted: bool) -> str:
    """A session figure for the history table ("-": none; "?" after it: in doubt in every answer)."""
    return "-" if value is None else bands.doubt_markup(fmt.format(value), doubted)


def session_summary(session: StoredSession, console: Console | None = None) -> None:
    """One row per answer: pace, fillers/min, longest pause, latency, length, held silence."""
    console = console or Console()
    mode = "call" if session.mode == "call" else "interview"
    table = Table(title=f"Session {escape(session.id)} ({escape(session.mode)}{'' if session.complete else ', incomplete'})", title_justify="left")
    for col in ("answer", "pace", "fillers/min", "longest pause", "latency", "length", "held silence"):
        table.add_column(col)
    from voiceprep.report.answers import answers_with_silences

    unsure = []
    paired = answers_with_silences(session.turns)
    for n, (t, held) in enumerate(paired, 1):
        table.add_row(str(n), *(f"[{_COLOUR[v.status]}]{v.value}[/]" for v in bands.answer_verdicts(t, held, mode)))
        unsure += [(n, q.message) for q in (t.metrics.quality if t.metrics else ())]
    console.print(table)
    for n, message in unsure:
        console.print(f"[yellow]Answer {n}, less sure:[/] {escape(message)}", highlight=False)
    voice_table(paired, console)


def voice_table(paired, console: Console) -> None:
    """One row per answer whose voice was measured: pitch variety, rising endings, trailing off, loudness variation."""
    rows = [(n, bands.prosody_verdicts(t)) for n, (t, _) in enumerate(paired, 1)]
    rows = [(n, v) for n, v in rows if v]
    if not rows:
        return
    table = Table(title="Voice", title_justify="left")
    for col in ("answer", "pitch variety", "rising endings", "trailing off", "loudness variation"):
        table.add_column(col)
    for n, verdicts in rows:
        table.add_row(str(n), *(f"[{_COLOUR[v.status]}]{v.value}[/]" for v in verdicts))
    console.print(table)
