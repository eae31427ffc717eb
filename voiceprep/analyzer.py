"""Analyzer: audio -> speech spans + transcript -> SpeechMetrics. Owns the (lazily loaded) recogniser."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from voiceprep.analysis.fillers import filler_candidates
from voiceprep.analysis.lexicon import filled_pause_label
from voiceprep.analysis.metrics import speech_metrics
from voiceprep.analysis.pauses import speech_region
from voiceprep.analysis.prosody import ProsodySettings, prosody
from voiceprep.audio.io import SAMPLE_RATE, load_audio
from voiceprep.audio.vad import VadSettings, speech_spans
from voiceprep.types import AnalysisSettings, Filler, Span, SpeechMetrics, Word


class Analyzer:
    """Load once, analyse many answers. `analyze_audio` takes 16 kHz mono float32."""

    def __init__(self, settings: AnalysisSettings | None = None, *, stt_model: str | None = None,
                 prosody_settings: ProsodySettings | None = None) -> None:
        self.settings = settings or AnalysisSettings()
        self.prosody_settings = prosody_settings or ProsodySettings()
        self.stt_model = stt_model
        self._transcriber = None

    def analyze_file(self, path: str | Path) -> SpeechMetrics:
        return self.analyze_audio(load_audio(path))

    @property
    def transcriber(self):
        if self._transcriber is None:
            from voiceprep.speech.stt import Transcriber

            self._transcriber = Transcriber(self.stt_model)
        return self._transcriber

    def analyze_audio(self, audio: np.ndarray) -> SpeechMetrics:
        """Speech spans from the audio, words from the recogniser, then the pure metrics."""
        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        duration_s = audio.size / SAMPLE_RATE
        vad = VadSettings(aggressiveness=self.settings.vad_aggressiveness)
        speech = speech_spans(audio, vad)
        if not speech:  # silence: nothing to transcribe, and Whisper would invent a "You"
            return speech_metrics([], [], duration_s, self.settings)
        silences = [(a.end, b.start) for a, b in zip(speech, speech[1:])]
        transcript = self.transcriber.transcribe(audio, silences=silences)
        words = [w for w in transcript.words if _near_speech(w, speech)]
        region = speech_region(speech, words)
        acoustic, noise = self._check_candidates(audio, words, region)
        # A voiced stretch that is neither a word nor a filler (a breath, a click, a cough) is
        # part of the silence around it, as a listener hears it.
        speech = [s for s in speech if s not in noise]
        metrics = speech_metrics(words, speech, duration_s, self.settings, acoustic_fillers=acoustic)
        return replace(metrics, prosody=self.prosody_of(audio, metrics.word_timeline, duration_s))

    def prosody_of(self, audio: np.ndarray, words, duration_s: float):
        """Pitch and level tracks from Praat, then the pure prosody figures anchored on the words."""
        from voiceprep.speech.prosody_tracks import prosody_tracks

        tracks = prosody_tracks(audio, SAMPLE_RATE, self.prosody_settings)
        return prosody(tracks, words, duration_s, self.prosody_settings)

    def _check_candidates(self, audio: np.ndarray, words: list[Word], region: list[Span]) -> tuple[list[Filler], set[Span]]:
        """Re-decode each uncovered voiced stretch alone: filled pauses are kept, and whole
        speech spans heard as nothing (or not as a filler) are returned as noise."""
        found, noise = [], set()
        candidates = filler_candidates(words, region)
        texts = self.transcriber.decode_clips(audio, [(c.start, c.end) for c in candidates])
        for cand, text in zip(candidates, texts):
            tokens = text.split()
            label = filled_pause_label(tokens[0]) if tokens else None
            if label:  # the stretch opens with a filled pause (what follows may be a clipped word)
                found.append(Filler(label, "filled_pause", cand.start, cand.end))
            elif cand in region and not any(w.start < cand.end and w.end > cand.start for w in words):
                noise.add(cand)
        return found, noise


def _near_speech(word: Word, speech: list[Span], slack_s: float = 0.3) -> bool:
    """Guard against hallucinated words: a real word overlaps detected speech."""
    return any(word.start < s.end + slack_s and word.end > s.start - slack_s for s in speech)
