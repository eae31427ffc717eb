"""Charts for the report as inline SVG data URIs (plain Python via report.svg; no files, no network)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from voiceprep.report.bands import DOUBT_MARK
from voiceprep.report.svg import Plot, data_uri, padded
from voiceprep.store import SessionSummary
from voiceprep.types import Turn

_GREEN, _AMBER, _BLUE, _GREY = "#2e7d32", "#f9a825", "#1565c0", "#9e9e9e"
PAUSE_BINS_S = (0.5, 1, 1.5, 2, 3, 4, 5, 8)  # histogram edges; the last bin runs to the longest pause


def pace_over_time(answers: Sequence[Turn], band: tuple[float, float]) -> str:
    """Words per minute in rolling windows, on the session clock, with the target band shaded.

    All answers go into one line with gaps between them.
    """
    xs: list[float] = []
    ys: list[float | None] = []
    for t in answers:
        pts = t.metrics.pace_over_time
        xs += [t.start + p.time_s for p in pts] + [math.nan]
        ys += [p.wpm for p in pts] + [None]
    clock = [x for x in xs if math.isfinite(x)] or [t.start for t in answers] or [0.0]
    plot = Plot(x=padded(clock, floor=0.0, pad=0.02), y=padded([*ys, *band], floor=0.0), top_px=24.0)
    plot.band(*band, _GREEN, 0.12)
    plot.line(xs, ys, _BLUE, marker="o")
    plot.axes("session time (s)", "words per minute")
    plot.legend([(f"target {band[0]:.0f}-{band[1]:.0f}", _GREEN)])
    return plot.uri()


def filler_timeline(answers: Sequence[Turn]) -> str:
    """Every filler as a tick on the session clock: filled pauses above, filler words below."""
    spans = [(t.start + (t.metrics.first_word_s or 0), t.metrics.span_s) for t in answers]
    end = max((t.start + t.metrics.duration_s for t in answers), default=1.0)
    plot = Plot(x=(min((a for a, _ in spans), default=0.0), max(end, 1.0)), y=(-0.6, 1.6), height=162.0, left=0.15)
    plot.spans(spans, -0.6, 1.6, _GREY, 0.12)
    for kind, y, colour in (("filled_pause", 1, _AMBER), ("filler_word", 0, _BLUE)):
        plot.ticks([t.start + f.start for t in answers for f in t.metrics.fillers if f.kind == kind], y, colour)
    plot.axes("session time (s); grey = answers", "", y_ticks=[(0, "filler words"), (1, "um / uh")])
    return plot.uri()


def pause_histogram(answers: Sequence[Turn]) -> str:
    """How long the silent pauses were."""
    lengths = [p.duration_s for t in answers for p in t.metrics.pauses]
    edges = [*PAUSE_BINS_S, max(8.5, max(lengths, default=0.0) + 0.5)]
    counts = [sum(1 for v in lengths if a <= v < b or (b == edges[-1] and v == b)) for a, b in pairwise(edges)]
    plot = Plot(x=(0.0, edges[-1]), y=(0.0, max(1, max(counts)) * 1.1), height=198.0)
    if lengths:
        plot.bars(edges, counts, _BLUE)
    else:
        plot.note("no pauses of 0.5 s or more")
    top = max(1, max(counts))
    step = max(1, math.ceil(top / 4))
    plot.axes("pause length (s)", "pauses", y_ticks=[(v, str(v)) for v in range(0, top + 1, step)])
    return plot.uri()


def _session_ticks(n: int) -> list[float]:
    step = max(1, math.ceil(n / 12))
    return [float(i) for i in range(1, n + 1, step)]


def trends(sessions: Sequence[SessionSummary]) -> str:
    """Median wpm and fillers per minute per session, oldest to newest."""
    xs = [float(i) for i in range(1, len(sessions) + 1)]
    wpm = [s.median_wpm for s in sessions]
    fillers = [s.fillers_per_min or 0.0 for s in sessions]
    plot = Plot(x=(0.5, len(sessions) + 0.5), y=padded(wpm, floor=0.0), y2=padded(fillers, floor=0.0))
    plot.line(xs, wpm, _BLUE, marker="o")
    plot.line(xs, fillers, _AMBER, marker="s", right_axis=True)
    _doubt_marks(plot, xs, sessions, "wpm", wpm, _BLUE)
    _doubt_marks(plot, xs, sessions, "fillers", fillers, _AMBER, right_axis=True)
    plot.axes("session", "wpm", x_ticks=_session_ticks(len(sessions)), ylabel_colour=_BLUE,
              y2label="fillers per minute", y2label_colour=_AMBER)
    return plot.uri()


_ORANGE, _PURPLE = "#ef6c00", "#6a1b9a"
CONTOUR_LEFT, CONTOUR_RIGHT = 0.1, 0.9  # the plot area as a share of the image width (for clickable marks)


def prosody_contour(turn: Turn, *, max_points: int = 240) -> str:
    """Pitch (Hz, left) and loudness (dBFS, right) over one answer's audio time, with flagged moments shaded.

    Rising endings in orange, trailing-off endings in purple, monotone stretches as a grey bar
    along the bottom. The x axis runs from 0 to the answer's duration, so a moment's place in
    the image is CONTOUR_LEFT + (CONTOUR_RIGHT - CONTOUR_LEFT) * t / duration.

    Drawn as a small SVG in plain Python, not with matplotlib: a report holds one per answer, and
    77 matplotlib figures made a 30-minute report take 40 s and 9 MB.
    """
    m = turn.metrics
    p = m.prosody
    w, h = 630.0, 170.0
    top, bottom = 8.0, h - 34.0
    left, right = CONTOUR_LEFT * w, CONTOUR_RIGHT * w
    span = max(m.duration_s, 0.1)

    def x(t: float) -> float:
        return left + (right - left) * min(max(t, 0.0), span) / span

    points = list(p.contour)
    step = max(1, len(points) // max_points)
    points = points[::step]
    pitches = [c.pitch_hz for c in points if c.pitch_hz is not None]
    levels = [c.loudness_db for c in points if c.loudness_db is not None and c.loudness_db > -60]
    lo_hz, hi_hz = (min(pitches), max(pitches)) if pitches else (50.0, 300.0)
    lo_db, hi_db = (min(levels), max(levels)) if levels else (-60.0, 0.0)
    hi_hz, hi_db = max(hi_hz, lo_hz + 1.0), max(hi_db, lo_db + 1.0)

    def path(values, lo: float, hi: float) -> str:
        out, pen = [], "M"
        for t, v in values:
            if v is None:
                pen = "M"
                continue
            y = bottom - (bottom - top) * (v - lo) / (hi - lo)
            out.append(f"{pen}{x(t):.1f},{y:.1f}")
            pen = "L"
        return " ".join(out)

    shades = [f'<rect x="{x(e.start):.1f}" y="{top}" width="{max(2.0, x(e.end) - x(e.start)):.1f}" height="{bottom - top}" '
              f'fill="{colour}" fill-opacity="{alpha}"/>'
              for items, colour, alpha in ((p.rising_endings, _ORANGE, 0.25), (p.trailing_off, _PURPLE, 0.2)) for e in items]
    shades += [f'<rect x="{x(s.start):.1f}" y="{bottom - 6}" width="{max(2.0, x(s.end) - x(s.start)):.1f}" height="6" '
               f'fill="{_GREY}" fill-opacity="0.6"/>' for s in p.monotone_stretches]
    loud = path([(c.time_s, c.loudness_db if c.loudness_db is not None and c.loudness_db > -60 else None) for c in points], lo_db, hi_db)
    pitch = path([(c.time_s, c.pitch_hz) for c in points], lo_hz, hi_hz)
    text = 'font-family="sans-serif" font-size="11"'
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0f} {h:.0f}" width="{w:.0f}" height="{h:.0f}">'
        f'<rect width="100%" height="100%" fill="white"/>{"".join(shades)}'
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#444"/>'
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="#444"/>'
        f'<path d="{loud}" fill="none" stroke="{_GREY}" stroke-width="0.8"/>'
        f'<path d="{pitch}" fill="none" stroke="{_BLUE}" stroke-width="1.6"/>'
        f'<text x="{left - 4}" y="{top + 9}" text-anchor="end" {text} fill="{_BLUE}">{hi_hz:.0f}</text>'
        f'<text x="{left - 4}" y="{bottom}" text-anchor="end" {text} fill="{_BLUE}">{lo_hz:.0f} Hz</text>'
        f'<text x="{right + 4}" y="{top + 9}" {text} fill="#666">{hi_db:.0f}</text>'
        f'<text x="{right + 4}" y="{bottom}" {text} fill="#666">{lo_db:.0f} dBFS</text>'
        f'<text x="{left}" y="{bottom + 14}" {text}>0</text>'
        f'<text x="{right}" y="{bottom + 14}" text-anchor="end" {text}>{span:.0f} s</text>'
        f'<text x="{(left + right) / 2}" y="{h - 4}" text-anchor="middle" {text}>pitch (blue), loudness (grey), answer time</text>'
        "</svg>"
    )
    return data_uri(svg)


def _doubt_marks(plot: Plot, xs: Sequence[float], sessions: Sequence[SessionSummary], figure: str,
                 ys: Sequence[float | None], colour: str, *, right_axis: bool = False) -> None:
    """A "?" over each session point whose figure was in doubt in every one of its answers."""
    plot.labels([(x, y) for x, y, s in zip(xs, ys, sessions) if figure in s.figures_in_doubt and y is not None],
                DOUBT_MARK, colour, right_axis=right_axis)


def voice_trends(sessions: Sequence[SessionSummary]) -> str:
    """Pitch variety (SD in semitones) and flagged endings per answer, per session, oldest to newest."""
    xs = [float(i) for i in range(1, len(sessions) + 1)]
    sd = [s.pitch_sd_st for s in sessions]
    rising = [s.rising_per_answer or 0.0 for s in sessions]
    trailing = [s.trailing_per_answer or 0.0 for s in sessions]
    plot = Plot(x=(0.5, len(sessions) + 0.5), y=padded(sd, floor=0.0), y2=padded([*rising, *trailing], floor=0.0), top_px=24.0)
    plot.line(xs, sd, _BLUE, marker="o")
    plot.line(xs, rising, _ORANGE, marker="^", right_axis=True)
    plot.line(xs, trailing, _PURPLE, marker="v", right_axis=True)
    _doubt_marks(plot, xs, sessions, "pitch", sd, _BLUE)
    _doubt_marks(plot, xs, sessions, "rising_endings", rising, _ORANGE, right_axis=True)
    _doubt_marks(plot, xs, sessions, "trailing_off", trailing, _PURPLE, right_axis=True)
    plot.axes("session", "pitch SD (st)", x_ticks=_session_ticks(len(sessions)), ylabel_colour=_BLUE, y2label="flags per answer")
    plot.legend([("rising endings / answer", _ORANGE), ("trailing off / answer", _PURPLE)])
    return plot.uri()
