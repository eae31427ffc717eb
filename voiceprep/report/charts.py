"""Charts for the report as inline PNG data URIs (matplotlib, Agg; no files, no network)."""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence

from voiceprep.types import Turn

_GREEN, _AMBER, _BLUE, _GREY = "#2e7d32", "#f9a825", "#1565c0", "#9e9e9e"


def _figure(width: float = 7.0, height: float = 2.4):
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=90)
    ax = fig.add_subplot()
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _data_uri(fig) -> str:
    buf = io.BytesIO()
    # Fixed margins: tight_layout costs a third of the chart time and the labels are known.
    fig.subplots_adjust(left=0.1, right=0.9, bottom=0.25, top=0.95)
    fig.savefig(buf, format="png")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def pace_over_time(answers: Sequence[Turn], band: tuple[float, float]) -> str:
    """Words per minute in rolling windows, on the session clock, with the target band shaded.

    All answers go into one line with gaps between them: one draw call, however long the session.
    """
    fig, ax = _figure()
    ax.axhspan(*band, color=_GREEN, alpha=0.12, label=f"target {band[0]:.0f}-{band[1]:.0f}")
    xs: list[float] = []
    ys: list[float] = []
    for t in answers:
        pts = t.metrics.pace_over_time
        xs += [t.start + p.time_s for p in pts] + [float("nan")]
        ys += [p.wpm for p in pts] + [float("nan")]
    if xs:
        ax.plot(xs, ys, color=_BLUE, marker="o", ms=3, lw=1.5)
    ax.set_xlabel("session time (s)")
    ax.set_ylabel("words per minute")
    ax.legend(loc="upper right", fontsize=8, frameon=False)
    return _data_uri(fig)


def filler_timeline(answers: Sequence[Turn]) -> str:
    """Every filler as a tick on the session clock: filled pauses above, filler words below."""
    fig, ax = _figure(height=1.8)
    spans = [(t.start + (t.metrics.first_word_s or 0), t.metrics.span_s) for t in answers]
    ax.broken_barh(spans, (-0.6, 2.2), color=_GREY, alpha=0.12)
    for kind, y, colour in (("filled_pause", 1, _AMBER), ("filler_word", 0, _BLUE)):
        xs = [t.start + f.start for t in answers for f in t.metrics.fillers if f.kind == kind]
        if xs:
            ax.plot(xs, [y] * len(xs), linestyle="none", marker="|", ms=18, mew=2, color=colour)
    ax.set_yticks([0, 1], ["filler words", "um / uh"])
    ax.set_ylim(-0.6, 1.6)
    ax.set_xlabel("session time (s); grey = answers")
    return _data_uri(fig)


def pause_histogram(answers: Sequence[Turn]) -> str:
    """How long the silent pauses were."""
    fig, ax = _figure(height=2.2)
    lengths = [p.duration_s for t in answers for p in t.metrics.pauses]
    if lengths:
        ax.hist(lengths, bins=[0.5, 1, 1.5, 2, 3, 4, 5, 8, max(8.5, max(lengths) + 0.5)], color=_BLUE, edgecolor="white")
    else:
        ax.text(0.5, 0.5, "no pauses of 0.5 s or more", ha="center", va="center", transform=ax.transAxes)
    ax.set_xlabel("pause length (s)")
    ax.set_ylabel("pauses")
    return _data_uri(fig)


def trends(sessions: Sequence[dict]) -> str:
    """Median wpm and fillers per minute per session, oldest to newest."""
    fig, ax = _figure(height=2.4)
    xs = list(range(1, len(sessions) + 1))
    ax.plot(xs, [s["wpm"] for s in sessions], color=_BLUE, marker="o", label="median wpm")
    ax.set_xlabel("session")
    ax.set_ylabel("wpm", color=_BLUE)
    ax2 = ax.twinx()
    ax2.plot(xs, [s["fillers_per_min"] or 0 for s in sessions], color=_AMBER, marker="s", label="fillers/min")
    ax2.set_ylabel("fillers per minute", color=_AMBER)
    ax2.spines[["top"]].set_visible(False)
    ax.set_xticks(xs)
    return _data_uri(fig)


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
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def voice_trends(sessions: Sequence[dict]) -> str:
    """Pitch variety (SD in semitones) and flagged endings per answer, per session, oldest to newest."""
    fig, ax = _figure(height=2.4)
    xs = list(range(1, len(sessions) + 1))
    ax.plot(xs, [s.get("pitch_sd_st") or float("nan") for s in sessions], color=_BLUE, marker="o", label="pitch SD (st)")
    ax.set_xlabel("session")
    ax.set_ylabel("pitch SD (st)", color=_BLUE)
    ax2 = ax.twinx()
    ax2.plot(xs, [s.get("rising_per_answer") or 0 for s in sessions], color=_ORANGE, marker="^", label="rising endings / answer")
    ax2.plot(xs, [s.get("trailing_per_answer") or 0 for s in sessions], color=_PURPLE, marker="v", label="trailing off / answer")
    ax2.set_ylabel("flags per answer")
    ax2.spines[["top"]].set_visible(False)
    ax2.legend(loc="upper right", fontsize=8, frameon=False)
    ax.set_xticks(xs)
    return _data_uri(fig)
