"""Rich terminal summaries of analysed answers (one answer, or a table of many)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from voiceprep.report.bands import DOUBT_MARK, doubt_markup
from voiceprep.types import Prosody, SpeechMetrics


def analysis_table(rows: Sequence[tuple[str, SpeechMetrics]], title: str = "Delivery") -> Table:
    """One row per answer: length, words, pace, fillers, pauses; a figure in doubt carries a "?"."""
    doubted = any(m.figures_in_doubt for _, m in rows)
    table = Table(title=title, title_justify="left",
                  caption=f"{DOUBT_MARK} less sure: see the notes below" if doubted else None, caption_justify="left")
    for col in ("answer", "length", "words", "wpm", "fillers", "per min", "pauses", "longest pause"):
        table.add_column(col, justify="left" if col == "answer" else "right")
    for name, m in rows:
        table.add_row(
            escape(name),
            f"{m.span_s:.1f} s",
            doubt_markup(str(m.words), m.doubted("words")),
            doubt_markup(f"{m.wpm:.0f}", m.doubted("wpm")),
            doubt_markup(str(m.filler_count), m.doubted("fillers")),
            doubt_markup(f"{m.fillers_per_min:.1f}", m.doubted("fillers")),
            doubt_markup(str(len(m.pauses)), m.doubted("pauses")),
            doubt_markup(f"{m.longest_pause_s:.1f} s", m.doubted("pauses")),
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
    console.print(f"Articulation rate (pauses excluded): {m.articulation_wpm:.0f} wpm{DOUBT_MARK if m.doubted('wpm') else ''}")
    if m.fillers:
        items = ", ".join(f"{f.text} @{f.start:.1f}s" for f in m.fillers)
        console.print(f"Fillers: {items}", highlight=False, markup=False)
    if m.pauses:
        items = ", ".join(f"{p.duration_s:.1f}s @{p.start:.1f}s" for p in m.pauses)
        console.print(f"Pauses: {items}", highlight=False)
    if m.prosody is not None:
        print_voice(m.prosody, console, m.figures_in_doubt)
    console.print(f"Transcript: {m.transcript}", highlight=False, markup=False)


def print_voice(p: Prosody, console: Console, doubted: tuple[str, ...] = ()) -> None:
    """The prosody figures of one answer with their bands, and each flagged moment."""
    from voiceprep.report import bands

    pitch = "n/a (too little voiced speech)" if p.pitch_median_hz is None else (
        f"median {p.pitch_median_hz:.0f} Hz, variety {p.pitch_sd_st:.1f} st SD, range {p.pitch_range_st:.1f} st"
        + (" (monotone)" if p.monotone else ""))
    loud = "n/a" if p.loudness_db is None else f"{p.loudness_db:.0f} dBFS" + (
        "" if p.loudness_sd_db is None else f", varies {p.loudness_sd_db:.1f} dB across words")
    console.print(f"Voice: pitch {pitch}; loudness {loud}", highlight=False, markup=False)
    if p.rate_variation_pct is not None:
        console.print(f"Speaking rate varies {p.rate_variation_pct:.0f}% from sentence to sentence", highlight=False)
    colour = {"green": "green", "amber": "yellow", "red": "red", "none": "dim"}
    for v in bands.prosody_verdicts_of(p, doubted):
        console.print(f"  [{colour[v.status]}]{v.label}: {v.value}[/] - {v.reason}", highlight=False)
    for label, items, unit in (("Rising ending", p.rising_endings, "st up"), ("Trailing off", p.trailing_off, "dB down")):
        for e in items:
            console.print(f"  {label} @{e.start:.1f}s ({e.amount:.1f} {unit}): {e.text}", highlight=False, markup=False)
