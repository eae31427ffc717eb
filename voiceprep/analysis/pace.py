"""Speaking pace: words per minute over the answer and in rolling windows."""

from __future__ import annotations

from collections.abc import Sequence

from voiceprep.types import PacePoint, Word


def wpm(word_count: int, seconds: float) -> float:
    """Words per minute; 0 when there is no time to speak in."""
    return round(word_count / seconds * 60.0, 1) if seconds > 0 else 0.0


def pace_over_time(words: Sequence[Word], *, window_s: float = 10.0, step_s: float = 2.0) -> list[PacePoint]:
    """WPM in windows of `window_s` every `step_s`, counting words whose midpoint falls inside.

    Windows are clipped to the first and last word so the ends are not diluted by silence.
    """
    if not words:
        return []
    first, last = words[0].start, words[-1].end
    mids = [(w.start + w.end) / 2 for w in words]
    if last - first <= window_s:
        return [PacePoint(round((first + last) / 2, 2), wpm(len(words), last - first))]
    points = []
    t = first
    while t + window_s <= last + 1e-9:
        n = sum(1 for m in mids if t <= m < t + window_s)
        points.append(PacePoint(round(t + window_s / 2, 2), wpm(n, window_s)))
        t += step_s
    return points
