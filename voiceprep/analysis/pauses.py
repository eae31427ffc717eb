"""Silent pauses between speech, measured from speech spans (the audio), not from word gaps."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from voiceprep.analysis.coverage import WORD_PAD_S
from voiceprep.types import Pause, Span, Word

# A pause the VAD ran through: on a noisy line it calls the whole recording speech, so the gaps
# between words are checked against the level itself (frames smoothed over SMOOTH_FRAMES, all
# within FLOOR_MARGIN_DB of the noise floor). On the noisy dev phone recording of the MFA
# monologue the pauses sit 0-1 dB over the floor and its speech 5-13 dB over it.
FLOOR_MARGIN_DB = 3.0
SMOOTH_FRAMES = 15  # 150 ms of 10 ms frames


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
    for a, b in pairwise(speech):
        if b.start - a.end >= min_pause_s - 1e-9:
            out.append(Pause(round(a.end, 3), round(b.start, 3)))
    return out


def quiet_gaps(speech: Sequence[Span], words: Sequence[Word], levels_db: np.ndarray, noise_floor_db: float, *,
               frame_s: float, min_pause_s: float = 0.5, margin_db: float = FLOOR_MARGIN_DB,
               touch_s: float = WORD_PAD_S) -> list[Span]:
    """Silences the VAD heard (wholly or partly) as speech: between two words, a stretch of `min_pause_s` or more whose
    level (one value per `frame_s`, smoothed) stays within `margin_db` of the noise floor. Measured on the audio: the
    stretch runs to where the level rises, not to the recogniser's word edges (they spill into
    the silence), but never past the middle of either word, so no word the recogniser heard is
    cut out. A word with no sound at all that runs on from the speech (touching its neighbour
    there, within `touch_s`) is spill too: Whisper wrote "...the state." 0.54 s past the
    speaker's "mistake." on a hissing line, and the pause after it began that late; the limit is
    then the middle of the word it runs on from. A soundless word on its own in the silence is
    still never cut out."""
    if len(words) < 2 or levels_db.size == 0:
        return []
    k = min(SMOOTH_FRAMES, levels_db.size)
    smooth = np.convolve(levels_db, np.ones(k) / k, mode="same")
    quiet = smooth <= noise_floor_db + margin_db
    words = sorted(words, key=lambda w: w.start)
    sounds = [_sounds(w, quiet, frame_s) for w in words]
    out: list[Span] = []
    for i, (a, b) in enumerate(pairwise(words)):
        if b.start <= a.end:
            continue
        mid = min(quiet.size - 1, int((a.end + b.start) / 2 / frame_s))
        if not quiet[mid]:
            continue
        before = i  # back over soundless words that run on from the speech before them
        while before > 0 and not sounds[before] and words[before].start - words[before - 1].end <= touch_s:
            before -= 1
        after = i + 1  # ...and forward over those that run into the speech after
        while after < len(words) - 1 and not sounds[after] and words[after + 1].start - words[after].end <= touch_s:
            after += 1
        left = words[before] if sounds[before] else a
        right = words[after] if sounds[after] else b
        first = max(0, int(np.ceil((left.start + left.end) / 2 / frame_s)))  # the gap spans frames first..last-1
        last = min(quiet.size, int((right.start + right.end) / 2 / frame_s))
        if not first <= mid < last:
            continue
        lo, hi = mid, mid
        while lo > first and quiet[lo - 1]:
            lo -= 1
        while hi + 1 < last and quiet[hi + 1]:
            hi += 1
        gap = Span(round(lo * frame_s, 3), round((hi + 1) * frame_s, 3))
        heard_as_speech = any(s.start < gap.end and gap.start < s.end for s in speech)  # else it is a pause already
        if gap.duration_s >= min_pause_s - 1e-9 and heard_as_speech and (not out or gap.start >= out[-1].end):
            out.append(gap)
    return out


def _sounds(word: Word, quiet: np.ndarray, frame_s: float) -> bool:
    """Is any frame of `word` above the quiet level?"""
    a = int(word.start / frame_s)
    b = min(quiet.size, max(a + 1, int(np.ceil(word.end / frame_s))))
    return bool((~quiet[a:b]).any())
