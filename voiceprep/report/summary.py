"""Rich terminal summaries of analysed answers (one answer, or a table of many)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from voiceprep.types import SpeechMetrics


def analysis_table(rows: Sequence[tuple[str, SpeechMetrics]], title: str = "Delivery") -> Table:
    """One row per answer: length, words, pace, fillers, pauses."""
    table = Table(title=title, title_justify="left")
    for col in ("answer", "length", "words", "wpm", "fillers", "per min", "pauses", "longest pause"):
        table.add_column(col, justify="left" if col == "answer" else "right")
    for name, m in rows:
        table.add_row(
            name,
            f"{m.span_s:.1f} s",
            str(m.words),
            f"{m.wpm:.0f}",
            str(m.filler_count),
            f"{m.fillers_per_min:.1f}",
            str(len(m.pauses)),
            f"{m.longest_pause_s:.1f} s",
        )
    return table


def print_analysis(name: str, m: SpeechMetrics, console: Console | None = None) -> None:
    """Summary of one answer: the table row, the fillers found and the transcript."""
    console = console or Console()
    console.print(analysis_table([(name, m)]))
    for q in m.quality:
        console.print(f"[yellow]Less sure:[/] {q.message}", highlight=False)
    if m.words == 0:
        console.print("No speech found in this recording.")
        return
    console.print(f"Articulation rate (pauses excluded): {m.articulation_wpm:.0f} wpm")
    if m.fillers:
        items = ", ".join(f"{f.text} @{f.start:.1f}s" for f in m.fillers)
        console.print(f"Fillers: {items}", highlight=False)
    if m.pauses:
        items = ", ".join(f"{p.duration_s:.1f}s @{p.start:.1f}s" for p in m.pauses)
        console.print(f"Pauses: {items}", highlight=False)
    console.print(f"Transcript: {m.transcript}", highlight=False, markup=False)
