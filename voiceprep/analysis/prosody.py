"""Prosody of one answer from a pitch track, a level track and word timings: pure functions, no I/O.

Pitch variety, monotone stretches, rising endings on statements, trailing-off endings, loudness
and its variation, and how much the speaking rate changes from sentence to sentence. Every
threshold lives in `ProsodySettings` (prosody_settings.py); where each comes from is written there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from voiceprep.analysis.lexicon import filled_pause_label
from voiceprep.analysis.prosody_settings import ProsodySettings
from voiceprep.types import ContourPoint, FlaggedEnding, Prosody, Span, Word


@dataclass(frozen=True)
class ProsodyTracks:
    """Pitch and level of one answer on one frame grid: frame i is at `start_s + i * step_s`.

    `f0_hz` is 0 where the frame is unvoiced; `level_db` is dB relative to a full-scale sine.
    """

    start_s: float
    step_s: float
    f0_hz: np.ndarray
    level_db: np.ndarray

    @property
    def times(self) -> np.ndarray:
        return self.start_s + self.step_s * np.arange(self.f0_hz.size)


@dataclass(frozen=True)
class Sentence:
    """Consecutive words ending at sentence punctuation (or at the end of the answer)."""

    words: tuple[Word, ...]
    question: bool

    @property
    def start(self) -> float:
        return self.words[0].start

    @property
    def end(self) -> float:
        return self.words[-1].end

    @property
    def tail_text(self) -> str:
        return " ".join(w.text.strip() for w in self.words[-3:])


def semitones(f0_hz: np.ndarray, ref_hz: float) -> np.ndarray:
    """Semitones relative to `ref_hz`; NaN where unvoiced (f0 <= 0)."""
    out = np.full(f0_hz.shape, np.nan)
    v = f0_hz > 0
    out[v] = 12.0 * np.log2(f0_hz[v] / ref_hz)
    return out


def clean_pitch(f0_hz: np.ndarray, step_s: float, settings: ProsodySettings = ProsodySettings()) -> np.ndarray:
    """Unvoice octave errors (frames far from their neighbours' median) and voiced blips too short to be speech."""
    f0 = np.asarray(f0_hz, dtype=float).copy()
    f0[~np.isfinite(f0)] = 0.0
    voiced = f0 > 0
    if voiced.sum() < 3:
        return np.zeros_like(f0)
    st = semitones(f0, float(np.median(f0[voiced])))
    half = max(1, round(settings.local_window_s / step_s))
    padded = np.pad(st, half, constant_values=np.nan)
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1)
    counts = np.sum(~np.isnan(windows), axis=1)
    local = np.full(st.shape, np.nan)
    ok = counts > 0
    with np.errstate(all="ignore"):
        local[ok] = np.nanmedian(windows[ok], axis=1)
    f0[voiced & ((np.abs(st - local) > settings.octave_jump_st) | (np.abs(st) > settings.max_from_median_st))] = 0.0
    # Drop voiced runs shorter than the minimum.
    min_run = max(1, round(settings.min_voiced_run_s / step_s))
    v = np.concatenate([[False], f0 > 0, [False]])
    edges = np.flatnonzero(np.diff(v.astype(np.int8)))
    for a, b in zip(edges[::2], edges[1::2]):
        if b - a < min_run:
            f0[a:b] = 0.0
    return f0


# Titles and abbreviations the recogniser writes with a full stop that does not end a sentence.
ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "st.", "prof.", "mt.", "jr.", "sr.", "vs.", "etc.", "e.g.", "i.e.", "no."})


def sentences(words: Sequence[Word]) -> list[Sentence]:
    """Split the answer at '.', '!' and '?' (the recogniser's punctuation); fillers never end one."""
    out: list[Sentence] = []
    current: list[Word] = []
    for w in sorted(words, key=lambda w: w.start):
        current.append(w)
        text = w.text.strip().rstrip("\"')]")
        if text.endswith((".", "!", "?")) and text.lower() not in ABBREVIATIONS:
            out.append(_sentence(current, text.endswith("?")))
            current = []
    if current:
        out.append(_sentence(current, False))
    return [s for s in out if s.words]


def phrases(sents: Sequence[Sentence], pause_s: float) -> list[Sentence]:
    """The sentences cut again wherever the speaker paused `pause_s` or longer between two words.

    A voice fades before a pause whether or not the recogniser put a full stop there: it often
    runs a faded sentence on into the next one, or writes no stop before a thinking pause.
    """
    out: list[Sentence] = []
    for s in sents:
        current: list[Word] = []
        for w in s.words:
            if current and w.start - current[-1].end >= pause_s:
                out.append(Sentence(tuple(current), False))
                current = []
            current.append(w)
        if current:
            out.append(Sentence(tuple(current), s.question))
    return out


def _sentence(words: list[Word], question: bool) -> Sentence:
    lexical = [w for w in words if filled_pause_label(w.text) is None]
    while lexical and not any(c.isalnum() for c in lexical[-1].text):
        lexical.pop()
    return Sentence(tuple(lexical), question)


def _frames(times: np.ndarray, start: float, end: float) -> slice:
    a = int(np.searchsorted(times, start, side="left"))
    b = int(np.searchsorted(times, end, side="right"))
    return slice(a, b)


def _median_smooth(x: np.ndarray, k: int = 5) -> np.ndarray:
    if x.size < k:
        return x
    half = k // 2
    padded = np.pad(x, half, mode="edge")
    return np.median(np.lib.stride_tricks.sliding_window_view(padded, k), axis=1)


def ending_rise_st(st: np.ndarray, times: np.ndarray, start: float, end: float, settings: ProsodySettings,
                   audible: np.ndarray | None = None) -> float | None:
    """Semitones from the lowest point of the ending up to its last voiced frames (None: too little voicing).

    `audible` (optional) marks the frames loud enough for their pitch to count.
    """
    sl = _frames(times, start, end)
    seg = st[sl]
    keep = ~np.isnan(seg) if audible is None else ~np.isnan(seg) & audible[sl]
    seg = seg[keep]
    step = float(times[1] - times[0]) if times.size > 1 else settings.time_step_s
    if seg.size * step < settings.min_ending_voiced_s:
        return None
    smooth = _median_smooth(seg)
    tail = min(5, max(1, smooth.size // 4))
    end_st = float(np.median(smooth[-tail:]))
    low_st = float(np.min(smooth[:-tail])) if smooth.size > tail else end_st
    return end_st - low_st


def ending_drop_db(level: np.ndarray, voiced: np.ndarray, times: np.ndarray, start: float, end: float,
                   settings: ProsodySettings, fallback_body: np.ndarray | None = None) -> float | None:
    """dB by which the voiced frames of the last `fade_window_s` of [start, end] sit below the sentence's others.

    Voiced frames only (medians of each part): final consonants, breaths and the silence after
    the sentence carry no level a listener would call the voice.
    """
    sl = _frames(times, start, end)
    v = voiced[sl]
    lv, tv = level[sl][v], times[sl][v]
    step = float(times[1] - times[0]) if times.size > 1 else settings.time_step_s
    if lv.size * step < settings.min_ending_voiced_s:
        return None
    tail = tv > tv[-1] - settings.fade_window_s
    body = lv[~tail]
    if body.size * step < settings.min_body_s:
        if fallback_body is None or fallback_body.size == 0:
            return None
        body = fallback_body
    return float(np.median(body) - np.median(lv[tail]))


def last_voiced_s(voiced: np.ndarray, times: np.ndarray, start: float, end: float) -> float | None:
    """Time of the last voiced frame in [start, end]: where the sentence's voice really stops.

    The recogniser's word ends are often 0.2-0.4 s late (or early) at a sentence end, so the
    ending is anchored on the audio, not on them.
    """
    sl = _frames(times, start, end)
    idx = np.flatnonzero(voiced[sl])
    return None if idx.size == 0 else float(times[sl][idx[-1]])


def monotone_stretches(st: np.ndarray, times: np.ndarray, start: float, end: float, settings: ProsodySettings) -> list[Span]:
    """Stretches where every `stretch_window_s` window with enough voicing has a pitch SD under the monotone line."""
    step = float(times[1] - times[0]) if times.size > 1 else settings.time_step_s
    flat: list[Span] = []
    t = start
    last_start = max(start, end - settings.stretch_window_s)
    while t <= last_start + 1e-9:
        seg = st[_frames(times, t, t + settings.stretch_window_s)]
        seg = seg[~np.isnan(seg)]
        if seg.size * step >= settings.min_stretch_voiced_s and float(np.std(seg)) < settings.monotone_sd_st:
            w_end = min(end, t + settings.stretch_window_s)
            if flat and t <= flat[-1].end:
                flat[-1] = Span(flat[-1].start, w_end)
            else:
                flat.append(Span(t, w_end))
        t += settings.stretch_step_s
    return [Span(round(s.start, 2), round(s.end, 2)) for s in flat]


def word_levels_db(level: np.ndarray, voiced: np.ndarray, times: np.ndarray, words: Sequence[Word]) -> list[float]:
    """Median level of the voiced frames of each word (words with no voiced frame are skipped)."""
    out = []
    for w in words:
        sl = _frames(times, w.start, w.end)
        v = voiced[sl]
        if v.any():
            out.append(float(np.median(level[sl][v])))
    return out


def rate_variation_pct(sents: Sequence[Sentence], min_words: int) -> float | None:
    """SD / mean of sentence-by-sentence speaking rate, in percent (None with fewer than two sentences)."""
    rates = [len(s.words) / (s.end - s.start) for s in sents if len(s.words) >= min_words and s.end > s.start]
    if len(rates) < 2:
        return None
    return float(np.std(rates) / np.mean(rates) * 100.0)


def contour(f0: np.ndarray, level: np.ndarray, times: np.ndarray, step_s: float, duration_s: float) -> tuple[ContourPoint, ...]:
    """The tracks thinned to one point per `step_s` for drawing: median voiced pitch, loudest level."""
    if times.size < 2:
        return ()
    per = max(1, round(step_s / float(times[1] - times[0])))
    n = f0.size // per
    if n == 0:
        return ()
    blocks = f0[: n * per].reshape(n, per)
    voiced = blocks > 0
    enough = voiced.sum(axis=1) * 2 >= per
    pitch = np.zeros(n)
    if enough.any():  # rows at least half voiced: never all-NaN
        pitch[enough] = np.nanmedian(np.where(voiced[enough], blocks[enough], np.nan), axis=1)
    t = times[: n * per].reshape(n, per).mean(axis=1)
    loud = np.maximum(-90.0, level[: n * per].reshape(n, per).max(axis=1))
    keep = t <= duration_s
    return tuple(
        ContourPoint(round(float(ti), 3), round(float(pi), 1) if ok else None, round(float(li), 1))
        for ti, pi, ok, li in zip(t[keep], pitch[keep], enough[keep], loud[keep])
    )


def prosody(
    tracks: ProsodyTracks,
    words: Sequence[Word],
    duration_s: float,
    settings: ProsodySettings = ProsodySettings(),
) -> Prosody | None:
    """Every prosody figure and flag of one answer; None when there are no words to anchor them."""
    sents = sentences(words)
    if not sents:
        return None
    times = tracks.times
    step = tracks.step_s
    level = np.asarray(tracks.level_db, dtype=float)
    f0 = clean_pitch(tracks.f0_hz, step, settings)
    first, last = sents[0].start, sents[-1].end + settings.ending_slack_s
    region = _frames(times, first, last)
    in_region = np.zeros(f0.size, dtype=bool)
    in_region[region] = True
    voiced = (f0 > 0) & in_region
    voiced_s = float(voiced.sum() * step)
    measured = voiced_s >= settings.min_voiced_s
    median_hz = float(np.median(f0[voiced])) if voiced.any() else None
    st = semitones(np.where(voiced, f0, 0.0), median_hz) if median_hz else np.full(f0.shape, np.nan)
    sd_st = range_st = None
    stretches: list[Span] = []
    if measured:
        vals = st[voiced]
        sd_st = float(np.std(vals))
        range_st = float(np.percentile(vals, 95) - np.percentile(vals, 5))
        stretches = monotone_stretches(st, times, first, last, settings)
    rising: list[FlaggedEnding] = []
    statements = 0
    drops: list[FlaggedEnding] = []
    answer_body = level[voiced]
    for i, s in enumerate(sents):
        end = _ending_end(sents, i, voiced, times, duration_s, settings)
        if end is None or s.question:
            continue
        start = max(s.start, end - settings.ending_min_s)
        sent = _frames(times, s.start, end + step / 2)
        sentence_level = level[sent][voiced[sent]]
        audible = level >= float(np.median(sentence_level)) - settings.pitch_quiet_db
        rise = ending_rise_st(st, times, start, end + step / 2, settings, audible)
        if rise is not None:
            statements += 1
            if rise >= settings.rise_st:
                rising.append(FlaggedEnding(round(start, 3), round(end, 3), round(rise, 2), s.tail_text))
    # Trailing off is judged at every phrase end (a sentence end or a pause), rising endings at
    # sentence ends only: before a pause inside a sentence a rise is the ordinary "more to come".
    parts = phrases(sents, settings.phrase_pause_s)
    for i, s in enumerate(parts):
        end = _ending_end(parts, i, voiced, times, duration_s, settings)
        if end is None:
            continue
        drop = ending_drop_db(level, voiced, times, s.start, end + step / 2, settings, fallback_body=answer_body)
        if drop is not None:
            drops.append(FlaggedEnding(round(max(s.start, end - settings.fade_window_s), 3), round(end, 3), round(drop, 2), s.tail_text))
    endings = len(drops)
    trailing = [e for e in drops if e.amount >= settings.trail_drop_db]
    levels = word_levels_db(level, voiced, times, [w for s in sents for w in s.words])
    loud = float(np.median(level[voiced])) if voiced.any() else None
    return Prosody(
        pitch_median_hz=None if median_hz is None or not measured else round(median_hz, 1),
        pitch_range_st=None if range_st is None else round(range_st, 2),
        pitch_sd_st=None if sd_st is None else round(sd_st, 2),
        monotone=bool(measured and sd_st is not None and sd_st < settings.monotone_sd_st),
        monotone_stretches=tuple(stretches),
        rising_endings=tuple(rising),
        trailing_off=tuple(trailing),
        loudness_db=None if loud is None else round(loud, 1),
        loudness_sd_db=round(float(np.std(levels)), 2) if len(levels) >= 3 else None,
        rate_variation_pct=_round(rate_variation_pct(sents, settings.min_sentence_words), 1),
        statements=statements,
        endings=endings,
        voiced_s=round(voiced_s, 2),
        contour=contour(np.where(in_region, f0, 0.0), level, times, settings.contour_step_s, duration_s),
    )


def _ending_end(sents: Sequence[Sentence], i: int, voiced: np.ndarray, times: np.ndarray, duration_s: float,
                settings: ProsodySettings) -> float | None:
    """Where sentence i's voice stops: its last voiced frame up to a little past its last word."""
    s = sents[i]
    nxt = sents[i + 1].start if i + 1 < len(sents) else duration_s
    return last_voiced_s(voiced, times, s.start, min(nxt, s.words[-1].end + settings.ending_slack_s))


def _round(x: float | None, ndigits: int) -> float | None:
    return None if x is None else round(x, ndigits)
