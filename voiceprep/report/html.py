"""Renders a stored session as one self-contained HTML file (jinja2; charts and audio inline)."""

from __future__ import annotations

import base64
import statistics
from dataclasses import dataclass, fields, replace
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from voiceprep.analysis.call_metrics import CallFigures
from voiceprep.analysis.quality import sure_or_all
from voiceprep.audio.io import COMPACT_MIME
from voiceprep.paths import write_private
from voiceprep.report import bands, charts
from voiceprep.report.advice import advice
from voiceprep.report.answers import answers_with_silences
from voiceprep.resources import TEMPLATES
from voiceprep.store import Store, StoredSession
from voiceprep.types import Turn

INLINE_AUDIO_BUDGET_BYTES = 6_000_000  # of Opus (~50 minutes); past it answers link to their WAVs
STORY_SESSIONS = 50  # the story bank looks at this many recent sessions


def transcript_html(t: Turn) -> Markup:
    """Words with filled pauses and filler words highlighted and silent pauses shown inline.

    Everything the candidate said is escaped: a transcript can contain anything.
    """
    m = t.metrics
    assert m is not None
    items: list[tuple[float, int, str]] = []
    filler_words = [f for f in m.fillers if f.kind == "filler_word"]
    filled = [f for f in m.fillers if f.kind == "filled_pause"]
    used: set[int] = set()
    for w in m.word_timeline:
        cls = ""
        for i, f in enumerate(filled):
            if i not in used and f.start - 0.4 <= (w.start + w.end) / 2 <= f.end + 0.4 and _is_filled(w.text):
                cls, _ = "filled", used.add(i)
                break
        if not cls and any(f.start - 0.05 <= w.start <= f.end + 0.05 and w.text.strip(".,?!").lower() in f.text.split() for f in filler_words):
            cls = "fw"
        text = escape(w.text)
        items.append((w.start, 1, f'<mark class="{cls}">{text}</mark>' if cls else str(text)))
    for i, f in enumerate(filled):
        if i not in used:  # heard in the audio, not written by the recogniser
            items.append((f.start, 1, f'<mark class="filled" title="heard in the audio">({escape(f.text)})</mark>'))
    for p in m.pauses:
        items.append((p.start, 0, f'<span class="pause">[{p.duration_s:.1f} s]</span>'))
    items.sort(key=lambda x: (x[0], x[1]))
    return Markup(" ".join(s for _, _, s in items))


def _is_filled(text: str) -> bool:
    from voiceprep.analysis.lexicon import filled_pause_label

    return filled_pause_label(text) is not None


def _audio_src(store: Store, t: Turn, budget: list[int]) -> str | None:
    """The answer's recording inline as Opus (about 2 KB a second), or a link to its WAV once
    the page's audio budget is spent."""
    data = store.compact_audio(t)
    if data is None:
        return None
    if len(data) <= budget[0]:
        budget[0] -= len(data)
        return f"data:{COMPACT_MIME};base64," + base64.b64encode(data).decode()
    path = store.audio_file(t)
    return path.as_uri() if path else None


@dataclass(frozen=True)
class _Trusted:
    """The answers a session figure is taken from: those whose own figure no quality flag doubts."""

    answers: list
    left_out: int  # answers left out as less sure
    doubted: bool  # every answer's figure was in doubt, so all are used and the result is too

    def verdict(self, v: bands.Verdict) -> bands.Verdict:
        if self.doubted:
            return bands.in_doubt(v, True)
        if self.left_out and v.status != "none":
            s = "s" if self.left_out > 1 else ""
            return replace(v, reason=f"{v.reason} ({self.left_out} less sure answer{s} left out)")
        return v


def _trusted(answers: list, figure: str) -> _Trusted:
    used, doubted = sure_or_all(answers, lambda t: t.metrics.doubted(figure))
    return _Trusted(used, len(answers) - len(used), doubted)


def render(store: Store, session: StoredSession) -> str:
    """The whole report page as a string."""
    mode = "call" if session.mode == "call" else "interview"
    paired = answers_with_silences(session.turns)
    answers = [t for t, _ in paired]
    band = bands.PACE_BANDS[mode]
    budget = [INLINE_AUDIO_BUDGET_BYTES]
    rows = []
    for t, held in paired:
        rows.append({
            "turn": t,
            "verdicts": bands.answer_verdicts(t, held, mode),
            "transcript": transcript_html(t),
            "audio": _audio_src(store, t, budget),
            "content": t.notes.content,
            **voice_row(t),
        })
    total_span = sum(t.metrics.span_s for t in answers)
    # The session's pace, fillers and longest pause leave out the answers whose figure is in doubt.
    paced, filled, paused = (_trusted(answers, f) for f in ("wpm", "fillers", "pauses"))
    wpms = sorted(t.metrics.wpm for t in paced.answers if t.metrics.words)
    filled_span = sum(t.metrics.span_s for t in filled.answers)
    latencies = [t.response_latency_s for t in answers if t.response_latency_s is not None]
    headline = [
        paced.verdict(bands.pace(statistics.median(wpms) if wpms else None, mode)),
        filled.verdict(bands.fillers(sum(t.metrics.filler_count for t in filled.answers) / (filled_span / 60) if filled_span else None)),
        paused.verdict(bands.longest_pause(max((t.metrics.longest_pause_s for t in paused.answers), default=None))),
        bands.response_latency(sum(latencies) / len(latencies) if latencies else None),
        bands.answer_length(total_span / len(answers) if answers else None, mode),
    ]
    pitched = _trusted([t for t in answers if t.metrics.prosody and t.metrics.prosody.pitch_sd_st is not None], "pitch")
    if pitched.answers:
        headline.append(pitched.verdict(bands.pitch_variety(statistics.median(t.metrics.prosody.pitch_sd_st for t in pitched.answers))))
    trend = store.trend()
    charts_ = {}
    if answers:
        charts_ = {
            "Pace over time": charts.pace_over_time(answers, band),
            "Filler timeline": charts.filler_timeline(answers),
            "Pause lengths": charts.pause_histogram(answers),
        }
    if len(trend) >= 2:
        charts_["Your sessions over time"] = charts.trends(trend)
        if sum(1 for s in trend if s.pitch_sd_st is not None) >= 2:
            charts_["Your voice over sessions"] = charts.voice_trends(trend)
    story_bank = None
    if mode == "interview":
        from voiceprep.analysis.stories import AnswerRecord, build_story_bank

        records = [AnswerRecord(*row) for row in store.answer_texts(limit=STORY_SESSIONS)]
        story_bank = build_story_bank(records).to_dict() if records else None
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    return env.get_template("report.html.j2").render(
        session=session, rows=rows, headline=headline, charts=charts_, advice=advice(session),
        story_bank=story_bank, call=call_rows(session.call), n_answers=len(answers),
    )


def voice_row(t: Turn) -> dict:
    """The voice part of one answer's section: verdict cards, the contour chart and its clickable marks."""
    p = t.metrics.prosody if t.metrics is not None else None
    if p is None or not p.contour:
        return {"voice": bands.prosody_verdicts(t), "contour": None, "marks": []}
    span = max(t.metrics.duration_s, 0.1)
    width = charts.CONTOUR_RIGHT - charts.CONTOUR_LEFT
    marks = [
        {"kind": kind, "label": label, "at_s": round(max(0.0, e.start - 0.3), 2), "text": e.text,
         "left_pct": round(100 * (charts.CONTOUR_LEFT + width * min(1.0, e.start / span)), 2),
         "width_pct": round(100 * width * max(0.004, (e.end - e.start) / span), 2)}
        for kind, label, items in (("rising", "rising ending", p.rising_endings), ("trailing", "trailing off", p.trailing_off))
        for e in items
    ]
    marks.sort(key=lambda m: m["at_s"])
    return {"voice": bands.prosody_verdicts(t), "contour": charts.prosody_contour(t), "marks": marks}


def call_rows(call: CallFigures | None) -> list[tuple[str, str]] | None:
    """The call-handling figures as (label, readable value) rows, one per field."""
    if call is None:
        return None

    def show(name: str, v) -> str:
        if isinstance(v, bool):
            return "yes" if v else "no"
        if name == "dead_air":
            return "none" if not v else "; ".join(f"{e.duration_s:.1f} s {e.where} at {e.at_s:.0f} s" for e in v)
        if name == "mood_over_call":
            return " → ".join(f"{m:+.1f}" for m in v) + "  (-3 hangs up, +3 delighted)"
        if isinstance(v, tuple):
            return " → ".join(str(x).replace("_", " ") for x in v) or "none"
        if name.endswith("_s") and isinstance(v, (int, float)):
            return f"{v:.0f} s"
        return str(v).replace("_", " ")

    names = [f.name for f in fields(call)] if call.measured else ["outcome"]
    return [(n.removesuffix("_s").replace("_", " ").capitalize(), show(n, getattr(call, n))) for n in names]


def write_report(store: Store, session: StoredSession, out: Path) -> Path:
    """The report file, readable by the user only: it holds the recordings and transcripts."""
    return write_private(out, render(store, session))
