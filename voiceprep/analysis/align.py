"""Pulls recogniser word times onto the measured speech: Whisper smears words into silences."""

from __future__ import annotations

from collections.abc import Sequence

from voiceprep.types import Span, Word


# No word holds a silence this long: a word whose time spans one is smeared over it (Whisper
# starts the first word of a window at the window's start, 0.6 s before the voice, where a line's
# or the VAD's first 70-120 ms were taken for speech).
WORD_GAP_S = 0.3


def clamp_to_speech(words: Sequence[Word], speech: Sequence[Span]) -> list[Word]:
    """Move word edges that fall in silence to the nearest speech edge inside the word.

    A word that starts in a pause starts where the next speech starts; a word that ends in a
    pause ends where the last speech inside it ends. A word over a silence of WORD_GAP_S or more
    is the run of speech on either side of it that holds more of the word's sound. Words with no
    speech inside stay as they are.
    """
    out = []
    for w in words:
        inside = _main_run([s for s in speech if s.start < w.end and s.end > w.start], w)
        if not inside:
            out.append(w)
            continue
        start = w.start if any(s.start <= w.start < s.end for s in inside) else inside[0].start
        end = w.end if any(s.start < w.end <= s.end for s in inside) else inside[-1].end
        out.append(Word(w.text, round(start, 3), round(max(end, start), 3), w.probability, w.source) if (start, end) != (w.start, w.end) else w)
    return out


def _main_run(inside: list[Span], w: Word) -> list[Span]:
    """Of the speech spans inside a word, split at silences of WORD_GAP_S or more, the run with
    the most speech within the word's time."""
    runs: list[list[Span]] = []
    for sp in inside:
        if runs and sp.start - runs[-1][-1].end < WORD_GAP_S:
            runs[-1].append(sp)
        else:
            runs.append([sp])
    return max(runs, key=lambda run: sum(min(s.end, w.end) - max(s.start, w.start) for s in run), default=[])
