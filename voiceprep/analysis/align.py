"""Pulls recogniser word times onto the measured speech: Whisper smears words into silences."""

from __future__ import annotations

from collections.abc import Sequence

from voiceprep.types import Span, Word


def clamp_to_speech(words: Sequence[Word], speech: Sequence[Span]) -> list[Word]:
    """Move word edges that fall in silence to the nearest speech edge inside the word.

    A word that starts in a pause starts where the next speech starts; a word that ends in a
    pause ends where the last speech inside it ends. Words with no speech inside stay as they are.
    """
    out = []
    for w in words:
        inside = [s for s in speech if s.start < w.end and s.end > w.start]
        if not inside:
            out.append(w)
            continue
        start = w.start if any(s.start <= w.start < s.end for s in inside) else inside[0].start
        end = w.end if any(s.start < w.end <= s.end for s in inside) else inside[-1].end
        out.append(Word(w.text, round(start, 3), round(max(end, start), 3), w.probability, w.source) if (start, end) != (w.start, w.end) else w)
    return out
