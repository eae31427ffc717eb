"""A fake speech recogniser for analyzer tests on real audio: it "hears" given words (the
audio's truth), and can be told to skip a span, as Whisper sometimes does."""

from __future__ import annotations

import re

import numpy as np

from voiceprep.types import Span, Transcript, Word


def truth_words(truth: dict, spans: list[Span]) -> list[Word]:
    """The sample's words with times: its sentences were synthesized one by one and joined by
    0.3 s gaps, so each detected speech span is one sentence; words share its time evenly."""
    sentences = re.split(r"(?<=\.)\s+", truth["text"])
    assert len(sentences) == len(spans), (len(sentences), spans)
    out = []
    for sentence, sp in zip(sentences, spans):
        toks = sentence.split()
        step = sp.duration_s / len(toks)
        out += [Word(t, round(sp.start + i * step, 3), round(sp.start + (i + 1) * step - 0.02, 3)) for i, t in enumerate(toks)]
    return out


class SkippingRecogniser:
    """Hears `words`, except inside `skip` on the decodes named in `skips_on`:
    "prompted" (the first, disfluent-prompt decode), "plain" (whole answer, no prompt),
    "alone" (one stretch decoded by itself)."""

    def __init__(self, words: list[Word], skip: Span, skips_on: set[str]) -> None:
        self.words, self.skip, self.skips_on = words, skip, skips_on
        self.calls: list[str] = []

    def transcribe(self, audio: np.ndarray, *, prompt=True, silences=(), offset_s: float = 0.0, sound_end_s=None) -> Transcript:
        end_s = offset_s + audio.size / 16000
        whole = offset_s <= self.words[0].start and end_s >= self.words[-1].end  # the clip holds every word
        kind = "prompted" if prompt is True else ("plain" if whole else "alone")
        self.calls.append(kind)
        heard = [w for w in self.words if w.start >= offset_s - 0.01 and w.end <= end_s + 0.01]
        if kind in self.skips_on:
            heard = [w for w in heard if not (self.skip.start <= (w.start + w.end) / 2 <= self.skip.end)]
        return Transcript(tuple(heard), audio.size / 16000, " ".join(w.text for w in heard))

    def decode_clips(self, audio: np.ndarray, spans: list[tuple[float, float]], *, pad_s: float = 0.1) -> list[str]:
        return ["" for _ in spans]  # no filled pauses in this sample; everything else is heard as nothing
