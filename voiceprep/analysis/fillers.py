"""Finds filled pauses ("um") and filler words used as filler ("you know"): pure functions."""

from __future__ import annotations

from collections.abc import Sequence

from voiceprep.analysis.lexicon import ends_sentence, filled_pause_label, normalise
from voiceprep.types import Filler, Span, Word

# Words after which "like" is a verb or preposition ("I like", "looks like", "would like").
_LIKE_LEXICAL_BEFORE = {
    "i", "you", "we", "they", "he", "she", "it", "who", "people", "customers", "would", "d",
    "really", "also", "don't", "didn't", "do", "did", "does", "doesn't", "not", "feel", "felt",
    "feels", "look", "looks", "looked", "seem", "seems", "seemed", "sound", "sounds", "sounded",
    "something", "anything", "nothing", "more", "much", "just", "is", "was", "be", "things",
    "'d", "i'd", "we'd", "you'd", "they'd", "he'd", "she'd", "always", "never", "still",
}
_SUBJECTS_AND_MODALS = {"i", "you", "we", "they", "he", "she", "who", "would", "d", "i'd", "we'd", "you'd", "they'd", "don't", "didn't"}
# Words before "kind of"/"sort of" that make it a noun phrase ("what kind of", "a sort of").
_KIND_LEXICAL_BEFORE = {"a", "the", "this", "that", "what", "which", "any", "some", "every", "one", "same", "no", "these", "those", "kinds", "all"}
# "so" followed by these is an intensifier or conjunction, not a filler ("so that", "so many").
_SO_LEXICAL_AFTER = {"that", "much", "many", "far", "long", "good", "glad", "happy", "sorry", "upset", "angry", "busy", "often", "quickly", "well", "bad", "frustrated", "important", "grateful"}
# Words before "i mean"/"you know" that make them literal ("what I mean", "do you know").
_LITERAL_BEFORE = {"what", "if", "do", "did", "don't", "didn't", "to", "that", "does", "would", "let", "may", "might", "as", "whether"}
_CLAUSE_END = (".", ",", "?", "!", ";", ":")


def filled_pauses_from_words(words: Sequence[Word]) -> list[Filler]:
    """Filled pauses the recogniser wrote out ("Umm," -> um)."""
    out = []
    for w in words:
        label = filled_pause_label(w.text)
        if label:
            out.append(Filler(label, "filled_pause", w.start, w.end))
    return out


def lexical_words(words: Sequence[Word]) -> list[Word]:
    """Words that carry content: everything but filled pauses and empty tokens."""
    return [w for w in words if normalise(w.text) and filled_pause_label(w.text) is None]


def _clause_start(words: Sequence[Word], i: int) -> bool:
    """First word, or after any punctuation or a filled pause."""
    if i == 0:
        return True
    prev = words[i - 1]
    return prev.text.endswith(_CLAUSE_END) or filled_pause_label(prev.text) is not None


def _sentence_start(words: Sequence[Word], i: int) -> bool:
    """First word, or after a full stop / question / exclamation or a filled pause. After a comma
    "so" joins clauses ("it hurt resolution, so I slowed down") and is not a filler."""
    if i == 0:
        return True
    prev = words[i - 1]
    return ends_sentence(prev.text) or filled_pause_label(prev.text) is not None


def filler_words(words: Sequence[Word]) -> list[Filler]:
    """Filler words and phrases where they are used as filler, judged from their neighbours."""
    toks = [normalise(w.text) for w in words]
    out: list[Filler] = []
    i = 0
    while i < len(words):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        prev = toks[i - 1] if i > 0 else ""
        span = 1
        hit = False
        if (t, nxt) in {("you", "know"), ("i", "mean")}:
            span = 2
            after = toks[i + 2] if i + 2 < len(toks) else ""
            literal = prev in _LITERAL_BEFORE or (t == "you" and after in {"what", "how", "that", "the", "why", "where", "who", "about", "him", "her", "them", "it"} and not words[i + 1].text.endswith(_CLAUSE_END))
            if t == "i" and after in {"it", "that", "to", "what", "the", "business", "well"} and not words[i + 1].text.endswith(_CLAUSE_END):
                literal = True
            hit = not literal
        elif (t, nxt) in {("kind", "of"), ("sort", "of")}:
            span = 2
            hit = prev not in _KIND_LEXICAL_BEFORE
        elif t == "like":
            comma_marked = words[i].text.endswith(",") or (i > 0 and words[i - 1].text.endswith(","))
            if comma_marked:  # "it was, like, busy": the commas mark an aside
                hit = prev not in _SUBJECTS_AND_MODALS
            else:
                hit = prev not in _LIKE_LEXICAL_BEFORE and (_clause_start(words, i) or filled_pause_label(nxt) is not None)
        elif t in {"basically", "literally"}:
            hit = True
        elif t == "actually":
            hit = _clause_start(words, i) or words[i].text.endswith(",")
        elif t in {"so", "well"}:
            hit = _sentence_start(words, i) and nxt not in _SO_LEXICAL_AFTER and (t == "so" or words[i].text.endswith(","))
        elif t == "right":
            hit = words[i].text.endswith("?") and i + 1 < len(words)
        elif (t, nxt) == ("okay", "so"):
            span, hit = 1, _clause_start(words, i)
        if hit:
            text = " ".join(toks[i : i + span])
            out.append(Filler(text, "filler_word", words[i].start, words[i + span - 1].end))
        i += span if hit else 1
    return out


def filler_candidates(
    words: Sequence[Word],
    speech: Sequence[Span],
    *,
    min_s: float = 0.25,
    max_s: float = 1.2,
    word_pad_s: float = 0.05,
) -> list[Span]:
    """Stretches of detected speech that no recognised word covers: where a dropped "uh" may be.

    Each speech span minus the union of word intervals (zero-length words padded by
    `word_pad_s`) leaves holes; holes of filler length are candidates. They still need acoustic
    confirmation (the analyzer re-decodes each one) because breaths and noise leave holes too.
    """
    intervals = sorted((w.start - word_pad_s, w.end + word_pad_s) for w in words)
    out: list[Span] = []
    for sp in speech:
        cursor = sp.start
        for a, b in intervals:
            if b <= cursor or a >= sp.end:
                continue
            if a - cursor >= min_s:
                out.append(Span(round(cursor, 3), round(a, 3)))
            cursor = max(cursor, b)
        if sp.end - cursor >= min_s:
            out.append(Span(round(cursor, 3), round(sp.end, 3)))
    return [c for c in out if c.duration_s <= max_s]


def _covered_share(span: Span, words: Sequence[Word]) -> float:
    covered = sum(max(0.0, min(w.end, span.end) - max(w.start, span.start)) for w in words)
    return covered / span.duration_s if span.duration_s > 0 else 1.0


def snap_to_speech(
    fillers: Sequence[Filler],
    speech: Sequence[Span],
    lexical: Sequence[Word] = (),
    *,
    reach_s: float = 0.4,
    max_s: float = 1.2,
) -> list[Filler]:
    """Move transcribed filled pauses onto the short speech span they most likely are.

    Whisper's word times drift by a few hundred milliseconds; the speech span is measured.
    Among spans within reach, the one least covered by real words wins.
    """
    out = []
    for f in fillers:
        candidates = [
            (round(_covered_share(sp, lexical), 1), max(sp.start - f.end, f.start - sp.end, 0.0), sp)
            for sp in speech
            if sp.duration_s <= max_s and max(sp.start - f.end, f.start - sp.end, 0.0) <= reach_s
        ]
        candidates = [c for c in candidates if c[0] <= 0.5]
        if f.kind == "filled_pause" and candidates:
            sp = min(candidates, key=lambda c: (c[0], c[1]))[2]
            out.append(Filler(f.text, f.kind, sp.start, sp.end))
        else:
            out.append(f)
    return out


def merge_fillers(transcribed: Sequence[Filler], acoustic: Sequence[Filler], words: Sequence[Filler], *, reach_s: float = 0.8) -> list[Filler]:
    """All fillers in time order. An acoustic find within `reach_s` of a transcribed filled pause
    is the same filler (Whisper often places an "um" on the far side of the pause that follows
    it): it keeps the transcribed label and takes the measured (acoustic) timing."""
    kept = list(transcribed)
    claimed: set[int] = set()
    for a in acoustic:
        near = [
            (max(a.start - t.end, t.start - a.end, 0.0), i)
            for i, t in enumerate(kept)
            if i not in claimed and t.kind == "filled_pause" and max(a.start - t.end, t.start - a.end) <= reach_s
        ]
        if near:
            i = min(near)[1]
            kept[i] = Filler(kept[i].text, kept[i].kind, a.start, a.end)
            claimed.add(i)
        else:
            kept.append(a)
    return sorted([*kept, *words], key=lambda f: f.start)
