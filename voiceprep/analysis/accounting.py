"""Accounts for every voiced stretch of 0.3 s or more: the speaker's words, a filled pause, or a
named non-speech sound, each with the evidence that decided it (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence

from voiceprep.analysis.coverage import MIN_HOLE_S, WORD_PAD_S
from voiceprep.types import Filler, Span, StretchSound, VoicedStretch, Word

# Naming a voiced stretch that decoded to no words. Acoustic rules of thumb (a breath is soft
# and noise-like, a click is one short burst, a cough is loud and noise-like); what fits none
# is "unrecognised" and counts against coverage.
CLICK_BURST_SHARE = 0.6  # this share of the energy in 30 ms
COUGH_PEAK_DB = -10.0  # at least this loud (relative to the speaker)...
COUGH_VOICING_MAX = 0.6  # ...and not clearly voiced
BREATH_LEVEL_DB = -12.0  # at most this loud...
BREATH_FLATNESS_MIN = 0.08  # ...and noise-like
BREATH_VOICING_MAX = 0.5
NON_SPEECH = ("breath", "click", "cough", "background_voice", "noise", "unrecognised")


def name_sound(sound: StretchSound, decoded: str = "") -> tuple[str, str]:
    """(name, evidence) of a voiced stretch the recogniser heard no words in."""
    facts = (f"level {sound.level_db:+.0f} dB, peak {sound.peak_db:+.0f} dB, flatness {sound.flatness:.2f}, "
             f"voicing {sound.voicing:.2f}, burst {sound.burst_share:.2f}")
    if decoded:
        facts += f"; decoded alone as {decoded!r}"
    if sound.burst_share >= CLICK_BURST_SHARE:
        return "click", facts
    if sound.peak_db >= COUGH_PEAK_DB and sound.voicing <= COUGH_VOICING_MAX and sound.flatness >= BREATH_FLATNESS_MIN:
        return "cough", facts
    if sound.level_db <= BREATH_LEVEL_DB and sound.voicing <= BREATH_VOICING_MAX and sound.flatness >= BREATH_FLATNESS_MIN:
        return "breath", facts
    return "unrecognised", facts


def set_apart(speech: Sequence[Span], named: Sequence[VoicedStretch]) -> tuple[list[Span], list[VoicedStretch]]:
    """Speech spans that are wholly one named sound (a breath, a click, a cough) leave the speech:
    a listener hears them as part of the silence around them. Returns (the speech left, those
    sounds); a named sound inside a longer span stays there, for `account` to find as a hole."""
    whole = {Span(v.start, v.end) for v in named if v.heard_as != "unrecognised"} & set(speech)
    return [s for s in speech if s not in whole], [v for v in named if Span(v.start, v.end) in whole]


def account(
    speech: Sequence[Span],
    words: Sequence[Word],
    fillers: Sequence[Filler],
    named: Sequence[VoicedStretch],
    elsewhere: Sequence[VoicedStretch] = (),
) -> list[VoicedStretch]:
    """Every voiced stretch in time order, each heard as something.

    Each speech span is cut into the parts words cover ("words", with the words as evidence)
    and uncovered stretches of MIN_HOLE_S or more: a filled pause if one lies there, else what
    `named` says about it, else "unrecognised". `elsewhere` are voiced stretches that are not
    the speaker's at all (background voices, steady noise, sounds between spans), kept as given.
    """
    cover = sorted((w.start - WORD_PAD_S, w.end + WORD_PAD_S, w.text) for w in words)
    out: list[VoicedStretch] = list(elsewhere)
    for sp in speech:
        inside = [(max(a, sp.start), min(b, sp.end), t) for a, b, t in cover if b > sp.start and a < sp.end]
        cursor, run_start, run_words = sp.start, None, []

        def close_run(end: float) -> None:
            nonlocal run_start, run_words
            if run_start is not None and run_words:
                out.append(VoicedStretch(round(run_start, 3), round(end, 3), "words", " ".join(run_words)))
            run_start, run_words = None, []

        for a, b, text in inside:
            if a - cursor >= MIN_HOLE_S:
                close_run(cursor)
                out.append(_hole(Span(round(cursor, 3), round(a, 3)), fillers, named))
            if run_start is None:
                run_start = max(sp.start, a)
            run_words.append(text)
            cursor = max(cursor, b)
        if sp.end - cursor >= MIN_HOLE_S:
            close_run(cursor)
            out.append(_hole(Span(round(cursor, 3), round(sp.end, 3)), fillers, named))
        else:
            close_run(sp.end)
    return sorted(out, key=lambda v: v.start)


def _overlap(a_start: float, a_end: float, b_start: float, b_end: float) -> float:
    return max(0.0, min(a_end, b_end) - max(a_start, b_start))


def _hole(h: Span, fillers: Sequence[Filler], named: Sequence[VoicedStretch]) -> VoicedStretch:
    f = max(fillers, key=lambda f: _overlap(h.start, h.end, f.start, f.end), default=None)
    if f is not None and f.kind == "filled_pause" and _overlap(h.start, h.end, f.start, f.end) > 0:
        return VoicedStretch(h.start, h.end, "filled_pause", f"heard as {f.text!r}")
    n = max(named, key=lambda v: _overlap(h.start, h.end, v.start, v.end), default=None)
    if n is not None and _overlap(h.start, h.end, n.start, n.end) > 0:
        return VoicedStretch(h.start, h.end, n.heard_as, n.evidence, n.level_db)
    return VoicedStretch(h.start, h.end, "unrecognised", "no word, filler or known sound here")


def unaccounted_s(stretches: Sequence[VoicedStretch]) -> float:
    """Voiced time heard as nothing at all: possibly lost speech."""
    return round(sum(v.end - v.start for v in stretches if v.heard_as == "unrecognised"), 3)
