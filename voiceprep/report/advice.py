"""Concrete, kind, specific advice from a stored session's figures."""

from __future__ import annotations

from collections import Counter

from voiceprep.analysis.targets import ANSWER_LENGTH, FILLERS, PACE, RESPONSE_LATENCY
from voiceprep.report.answers import answers_with_silences
from voiceprep.store import StoredSession


def advice(session: StoredSession) -> list[str]:
    """Short paragraphs, most useful first; each names the numbers it is based on."""
    paired = answers_with_silences(session.turns)
    answers = [t for t, _ in paired]
    if not answers:
        return ["No answers were recorded in this session, so there is nothing to review yet."]
    tips: list[str] = []
    filled = [(t, f) for t in answers for f in t.metrics.fillers if f.kind == "filled_pause"]
    if filled:
        kinds = Counter(f.text for _, f in filled)
        early = sum(1 for t, f in filled if t.metrics.first_word_s is not None and f.start - t.metrics.first_word_s <= FILLERS.stall_window_s)
        spread = ", ".join(f"'{k}' {n}x" for k, n in kinds.most_common())
        tip = f"You used {len(filled)} filled pause{'s' if len(filled) != 1 else ''} ({spread})"
        if early:
            tip += f", {early} of them right as you started answering; try a silent 2-second pause to gather your thoughts instead"
        else:
            tip += "; when you feel one coming, close your mouth and pause silently: a pause sounds thoughtful, an 'um' sounds unsure"
        tips.append(tip + ".")
    words = Counter(f.text for t in answers for f in t.metrics.fillers if f.kind == "filler_word")
    if words:
        w, n = words.most_common(1)[0]
        if n >= 2:
            tips.append(f"'{w}' came up {n} times as a filler. Record one answer and listen just for it; noticing is most of the cure.")
    number = {t.index: n for n, t in enumerate(answers, 1)}  # "answer 3" as the candidate counts
    paces = [(t, t.metrics.wpm) for t in answers if t.metrics.words >= PACE.min_words]
    if paces:
        fast = max(paces, key=lambda x: x[1])
        slow = min(paces, key=lambda x: x[1])
        band = PACE.for_mode(session.mode)
        if fast[1] > band.high:
            tips.append(f"Answer {number[fast[0].index]} ran at {fast[1]:.0f} words a minute, above the {band.high:.0f} ceiling. Slow down on the result: it is the part they need to remember.")
        if slow[1] < band.low:
            tips.append(f"Answer {number[slow[0].index]} ran at {slow[1]:.0f} words a minute. A little more energy there would help; practise the opening line until it comes easily.")
    length = ANSWER_LENGTH.band  # the advice speaks up exactly where the scorecard leaves green
    long = [t for t in answers if t.metrics.span_s > length.high]
    if long:
        tips.append(f"{len(long)} answer{'s' if len(long) > 1 else ''} went past {length.high / 60:g} minutes (longest {max(t.metrics.span_s for t in long):.0f} s). Lead with the result in one sentence, then give the story.")
    short = [t for t in answers if 0 < t.metrics.span_s < length.low and session.mode != "call"]
    if short:
        tips.append(f"{len(short)} answer{'s were' if len(short) > 1 else ' was'} under {length.low:.0f} seconds. Add one concrete example: the situation, what you did, and how it ended.")
    late = RESPONSE_LATENCY.green_max
    slow_starts = [t for t in answers if t.response_latency_s and t.response_latency_s > late]
    if slow_starts:
        tips.append(f"You took over {late:g} seconds to start {len(slow_starts)} time{'s' if len(slow_starts) > 1 else ''}. A bridge such as 'Good question, let me think of a specific time' buys a moment without a filler.")
    held = [h for _, h in paired if h]
    filled_silences = [h for h in held if h.outcome == "filled"]
    if filled_silences:
        tips.append(f"The interviewer went quiet {len(held)} time{'s' if len(held) > 1 else ''} on purpose; you filled {len(filled_silences)} of those silences. Silence after a finished answer is normal: wait, or add one short point and stop.")
    elif held:
        tips.append(f"The interviewer held {len(held)} deliberate silence{'s' if len(held) > 1 else ''} and you stayed composed every time. Keep doing that.")
    content_flags = Counter(f.name for t in answers if t.notes.content is not None for f in t.notes.content.flags)
    if content_flags:
        name, n = content_flags.most_common(1)[0]
        tips.append({
            "vague": f"{n} answer{'s were' if n > 1 else ' was'} vague. Name a real customer, what you did and a number for the result.",
            "hypothetical": f"{n} time{'s' if n > 1 else ''} you described what you would do when asked what you did. Tell a real story in the past tense.",
            "blame": "Some answers put the fault on others. Say what you owned and what you would do differently.",
            "no_evidence": "Some claims had no evidence behind them. Add a number or an outcome to each claim.",
            "rambling": "Some answers wandered. One situation, your actions, the result: then stop.",
            "negativity": "Keep comments about past employers neutral; talk about what you want next.",
        }.get(name, f"Watch for '{name}' in your answers."))
    tips += voice_advice(answers, number)
    if not tips:
        tips.append("Pace, fillers, pauses and length were all within their targets. Next time, try a harder question category.")
    return tips


def voice_advice(answers: list, number: dict[int, int]) -> list[str]:
    """One tip per voice problem (monotone, rising statement endings, trailing off), each with its numbers."""
    from voiceprep.analysis.prosody_settings import ProsodySettings

    settings = ProsodySettings()
    measured = [t for t in answers if t.metrics.prosody is not None]
    tips: list[str] = []
    flat = [t for t in measured if t.metrics.prosody.monotone]
    if flat:
        worst = min(flat, key=lambda t: t.metrics.prosody.pitch_sd_st)
        which = ", ".join(str(number[t.index]) for t in flat)
        tips.append(
            f"Your voice stayed flat in answer{'s' if len(flat) > 1 else ''} {which} (pitch varied by "
            f"{worst.metrics.prosody.pitch_sd_st:.1f} semitones; lively speakers use {settings.lively_sd_st:.1f} or more). "
            "Pick the one or two words that carry each sentence, the number or the result, and lift your voice on them."
        )
    rising = [(t, e) for t in measured for e in t.metrics.prosody.rising_endings]
    if rising:
        statements = sum(t.metrics.prosody.statements for t in measured)
        t, e = rising[0]
        tips.append(
            f"{len(rising)} of {statements} statements ended on a rise, as if asking (first: \u201c{e.text}\u201d in answer "
            f"{number[t.index]}). It can sound unsure, above all on the phone: let your pitch fall on the last word of a statement."
        )
    faded = [(t, e) for t in measured for e in t.metrics.prosody.trailing_off]
    if faded:
        t, e = faded[0]
        tips.append(
            f"{len(faded)} sentence ending{'s' if len(faded) > 1 else ''} faded out (first: \u201c{e.text}\u201d in answer "
            f"{number[t.index]}, {e.amount:.0f} dB quieter). Keep some breath for the last words: they often carry the point, "
            "and on a phone line quiet words are lost."
        )
    return tips
