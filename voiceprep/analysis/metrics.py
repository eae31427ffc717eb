"""Assembles SpeechMetrics from words and speech spans: the one pure entry point of the analysis."""

from __future__ import annotations

from collections.abc import Sequence

from voiceprep.analysis.align import clamp_to_speech
from voiceprep.analysis.fillers import (
    filled_pauses_from_words,
    filler_words,
    lexical_words,
    merge_fillers,
    snap_to_speech,
)
from voiceprep.analysis.numbers import spoken_count
from voiceprep.analysis.pace import pace_over_time, wpm
from voiceprep.analysis.pauses import drop_unexplained, find_pauses, speech_region
from voiceprep.types import AnalysisSettings, Filler, Span, SpeechMetrics, Word


def speech_metrics(
    words: Sequence[Word],
    speech: Sequence[Span],
    duration_s: float,
    settings: AnalysisSettings = AnalysisSettings(),
    *,
    acoustic_fillers: Sequence[Filler] = (),
) -> SpeechMetrics:
    """Delivery metrics of one answer from its recognised words and its detected speech spans.

    `acoustic_fillers` are filled pauses confirmed from the audio where no word was transcribed
    (see `filler_candidates`); they are merged with the transcribed ones.
    """
    words = sorted(words, key=lambda w: w.start)
    region = speech_region(speech, words)
    words = clamp_to_speech(words, region)
    lexical = lexical_words(words)
    fillers = merge_fillers(
        snap_to_speech(filled_pauses_from_words(words), region, lexical),
        acoustic_fillers,
        filler_words(lexical),
    )
    if words or fillers:
        region = drop_unexplained(region, [*(Span(w.start, w.end) for w in words), *(Span(f.start, f.end) for f in fillers)])
    pauses = find_pauses(region, min_pause_s=settings.min_pause_s)
    if region:
        start, end = region[0].start, region[-1].end
    elif words:
        start, end = words[0].start, words[-1].end
    else:
        start = end = 0.0
    span_s = max(0.0, end - start) if lexical or fillers else 0.0
    speaking_s = sum(s.duration_s for s in region) if region else span_s
    said = sum(spoken_count(w.text) for w in lexical)  # "94%" was three spoken words
    return SpeechMetrics(
        duration_s=duration_s,
        words=said,
        span_s=round(span_s, 3),
        wpm=wpm(said, span_s),
        articulation_wpm=wpm(said, speaking_s),
        speaking_time_s=round(speaking_s, 3),
        fillers=tuple(fillers),
        pauses=tuple(pauses),
        transcript=" ".join(w.text for w in words),
        word_timeline=tuple(words),
        speech=tuple(region),
        pace_over_time=tuple(pace_over_time(lexical, window_s=settings.pace_window_s, step_s=settings.pace_step_s)),
        first_word_s=round(start, 3) if (lexical or fillers) else None,
    )
