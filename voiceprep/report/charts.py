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


def prosody_contour(turn: Turn) -> str:
    """Pitch (Hz, left) and loudness (dBFS, right) over one answer's audio time, with flagged moments shaded.

    Rising endings in orange, trailing-off endings in purple, monotone stretches as a grey bar
    along the bottom. The x axis runs from 0 to the answer's duration, so a moment's place in
    the image is CONTOUR_LEFT + (CONTOUR_RIGHT - CONTOUR_LEFT) * t / duration.
    """
    m = turn.metrics
    p = m.prosody
    fig, ax = _figure(height=2.4)
    ts = [c.time_s for c in p.contour]
    ax2 = ax.twinx()
    ax2.plot(ts, [c.loudness_db if c.loudness_db is not None and c.loudness_db > -60 else float("nan") for c in p.contour],
             color=_GREY, lw=0.8, alpha=0.8)
    ax2.set_ylabel("loudness (dBFS)", color=_GREY)
    ax2.spines[["top"]].set_visible(False)
    ax.plot(ts, [c.pitch_hz if c.pitch_hz is not None else float("nan") for c in p.contour], color=_BLUE, lw=1.6)
    ax.set_zorder(ax2.get_zorder() + 1)
    ax.patch.set_visible(False)
    for e in p.rising_endings:
        ax.axvspan(e.start, e.end, color=_ORANGE, alpha=0.25, lw=0)
    for e in p.trailing_off:
        ax.axvspan(e.start, e.end, color=_PURPLE, alpha=0.2, lw=0)
    for s in p.monotone_stretches:
        ax.axvspan(s.start, s.end, ymin=0, ymax=0.05, color=_GREY, alpha=0.6, lw=0)
    ax.set_xlim(0, max(m.duration_s, 0.1))
    ax2.set_xlim(0, max(m.duration_s, 0.1))
    ax.set_xlabel("answer time (s)")
    ax.set_ylabel("pitch (Hz)", color=_BLUE)
    return _data_uri(fig)


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
