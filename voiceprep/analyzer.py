"""Analyzer: audio -> speech spans + transcript -> SpeechMetrics. Owns the (lazily loaded) recogniser."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from voiceprep.audio.io import SAMPLE_RATE, load_audio
from voiceprep.types import AnalysisSettings, SpeechMetrics


class Analyzer:
    """Load once, analyse many answers. `analyze_audio` takes 16 kHz mono float32."""

    def __init__(self, settings: AnalysisSettings | None = None, *, stt_model: str | None = None) -> None:
        self.settings = settings or AnalysisSettings()
        self.stt_model = stt_model
        self._transcriber = None

    def analyze_file(self, path: str | Path) -> SpeechMetrics:
        return self.analyze_audio(load_audio(path))

    def analyze_audio(self, audio: np.ndarray) -> SpeechMetrics:  # implemented next
        raise NotImplementedError
