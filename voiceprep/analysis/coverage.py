"""How much of the detected speech the recognised words cover, when a decode has skipped speech,
and how words from a second decode fill the stretches the first one skipped (pure functions)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from voiceprep.analysis.fillers import filler_candidates
from voiceprep.analysis.lexicon import ends_sentence
from voiceprep.types import Span, Word

WORD_PAD_S = 0.1  # a word's timing is this loose at each edge
MIN_HOLE_S = 0.3  # voiced stretches shorter than this need no accounting
LONG_HOLE_S = 1.2  # no filled pause is this long: an uncovered stretch this long is lost speech
REDECODE_UNCOVERED_SHARE = 0.2  # ...and so is this share of the voiced time left uncovered
MAX_WORD_S = 1.2  # no word lasts longer: a decode that stops early stretches its last word over
# the speech it skipped ("I" from 10.4 to 15.1 s)


@dataclass(frozen=True)
class Coverage:
    """Voiced time and the part of it no recognised word covers."""

    voiced_s: float
    holes: tuple[Span, ...]  # uncovered voiced stretches of MIN_HOLE_S or more
    # The most voiced time in holes with no recognised word between them (a lone hole is a run of
    # one): a decode that skips a sentence leaves one hole per stretch of it between its short
    # pauses, each shorter than LONG_HOLE_S ("It takes a little longer, but" 1.1 s, a pause, "the
    # callbacks stopped" 0.5 s).
    longest_run_s: float

    @property
    def uncovered_s(self) -> float:
        return round(sum(h.duration_s for h in self.holes), 3)

    @property
    def longest_hole_s(self) -> float:
        return max((h.duration_s for h in self.holes), default=0.0)

    @property
    def share(self) -> float:
        """Share of the voiced time that words cover (1.0 when nothing was voiced)."""
        return round(1.0 - self.uncovered_s / self.voiced_s, 3) if self.voiced_s > 0 else 1.0


def cap_words(words: Sequence[Word]) -> list[Word]:
    """A word longer than MAX_WORD_S is cut to a plausible length for its letters (about
    0.1 s + 90 ms a letter, at most MAX_WORD_S), so it covers only what it can."""
    out = []
    for w in words:
        if w.end - w.start > MAX_WORD_S:
            w = Word(w.text, w.start, round(w.start + min(MAX_WORD_S, 0.1 + 0.09 * len(w.text)), 3), w.probability, w.source)
        out.append(w)
    return out


def coverage(words: Sequence[Word], speech: Sequence[Span]) -> Coverage:
    holes = filler_candidates(words, speech, min_s=MIN_HOLE_S, max_s=float("inf"), word_pad_s=WORD_PAD_S)
    return Coverage(round(sum(s.duration_s for s in speech), 3), tuple(holes), _longest_run_s(holes, words))


def _longest_run_s(holes: Sequence[Span], words: Sequence[Word]) -> float:
    """Voiced time of the longest run of holes that no recognised word separates."""
    mids = sorted((w.start + w.end) / 2 for w in words)
    best = run = 0.0
    prev_end: float | None = None
    for h in sorted(holes, key=lambda h: h.start):
        i = bisect_left(mids, prev_end) if prev_end is not None else 0
        joined = prev_end is not None and (i == len(mids) or mids[i] > h.start)  # no word's middle between
        run = run + h.duration_s if joined else h.duration_s
        best, prev_end = max(best, run), h.end
    return round(best, 3)


def skipped_speech(cov: Coverage) -> bool:
    """Has the decode clearly skipped speech? (a stretch too long for a filler, whole or split by
    short pauses, or a large share)"""
    return (cov.longest_run_s >= LONG_HOLE_S
            or (cov.voiced_s > 0 and cov.uncovered_s / cov.voiced_s >= REDECODE_UNCOVERED_SHARE))


def fill_holes(words: Sequence[Word], extra: Sequence[Word], holes: Sequence[Span]) -> list[Word]:
    """`words` plus each word of `extra` whose middle lies in one of `holes` and that overlaps no
    word already kept; in time order. The first decode is trusted where it heard anything."""
    kept = sorted(words, key=lambda w: w.start)
    for w in sorted(extra, key=lambda w: w.start):
        mid = (w.start + w.end) / 2
        if not any(h.start <= mid <= h.end for h in holes):
            continue
        if any(k.start < w.end - 0.02 and k.end > w.start + 0.02 for k in kept):
            continue
        kept.append(w)
    return sorted(kept, key=lambda w: w.start)


def merge_decodes(first: Sequence[Word], plain: Sequence[Word], speech: Sequence[Span]) -> list[Word]:
    """The words of an answer from its prompted decode (`first`, which skipped speech) and a plain
    decode of the whole answer. The prompted one leads, for its fillers, and the plain one fills
    its holes; but when the plain one covers clearly more of the voiced time (LONG_HOLE_S more:
    a stretch of lost speech), it leads and the prompted one fills its holes. A prompted decode
    that stops early can write its last words far from where they were said ("...and I'm also
    saying it a" stretched over the last 10 s of a real monologue), and those misplaced words
    would keep the plain decode's right ones out (46 words heard for 56, pace 24 % low)."""
    cov_first, cov_plain = coverage(first, speech), coverage(plain, speech)
    if cov_plain.uncovered_s <= cov_first.uncovered_s - LONG_HOLE_S:
        return fill_holes(plain, first, cov_plain.holes)
    return fill_holes(first, plain, cov_first.holes)


def outside(words: Sequence[Word], stretches: Sequence[Span]) -> list[Word]:
    """Words that do not begin inside one of `stretches` (e.g. another voice). A word that
    begins before a stretch is the speaker's, whatever its smeared end overlaps."""
    return [w for w in words if not any(s.start - 0.02 <= w.start and (w.start + w.end) / 2 <= s.end for s in stretches)]


SENTENCE_GAP_S = 0.25  # a stretch this close to the words on both sides sits inside their sentence


def within_sentence(stretch: Span, words: Sequence[Word]) -> bool:
    """Does a quiet stretch sit inside one of the speaker's sentences? True when recognised
    words run up to it and on from it (within SENTENCE_GAP_S) and the word before it does not
    end a sentence: the speaker said it softly ("I sat with her for two lunch breaks"). Other
    voices come through in the speaker's pauses, which fall between sentences or open a gap."""
    before = [w for w in words if w.start < stretch.start - 0.05]
    after = [w for w in words if w.end > stretch.end + 0.05]
    if not before or not after:
        return False
    prev, nxt = max(before, key=lambda w: w.start), min(after, key=lambda w: w.end)
    if ends_sentence(prev.text):
        return False
    return stretch.start - prev.end <= SENTENCE_GAP_S and nxt.start - stretch.end <= SENTENCE_GAP_S
