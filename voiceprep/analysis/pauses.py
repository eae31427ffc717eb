"""Silent pauses between speech, measured from speech spans (the audio), not from word gaps."""

from __future__ import annotations

from collections.abc import Sequence

from voiceprep.types import Pause, Span, Word


def speech_region(speech: Sequence[Span], words: Sequence[Word], *, slack_s: float = 1.0) -> list[Span]:
    """Speech spans that belong to the answer: those near recognised words (noise far away is dropped).

    With no words, every span counts (a lone "um" is still speech); with no spans but words
    (very quiet audio the VAD missed), the words' own extent stands in.
    """
    if not words:
        return list(speech)
    lo, hi = words[0].start - slack_s, words[-1].end + slack_s
    kept = [s for s in speech if s.end > lo and s.start < hi]
    return kept or [Span(words[0].start, words[-1].end)]


def drop_unexplained(speech: Sequence[Span], explained: Sequence[Span], *, min_blip_s: float = 0.18) -> list[Span]:
    """Remove speech spans no word or filler explains: all of them at the edges (noise before the
    first word or after the last), and short blips (clicks, lip smacks) in between."""
    def explained_by(s: Span) -> bool:
        return any(e.start < s.end and e.end > s.start for e in explained)

    spans = list(speech)
    while spans and not explained_by(spans[0]):
        spans.pop(0)
    while spans and not explained_by(spans[-1]):
        spans.pop()
    return [s for s in spans if s.duration_s >= min_blip_s or explained_by(s)]


def find_pauses(speech: Sequence[Span], *, min_pause_s: float = 0.5) -> list[Pause]:
    """Gaps of at least `min_pause_s` between consecutive speech spans (so a filler splits a pause)."""
    out = []
    for a, b in zip(speech, speech[1:]):
        if b.start - a.end >= min_pause_s - 1e-9:
            out.append(Pause(round(a.end, 3), round(b.start, 3)))
    return out
