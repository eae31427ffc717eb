"""Voice: piper text-to-speech that yields audio sentence by sentence for low latency."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from voiceprep.audio.io import resample
from voiceprep.models import VoiceModel, resolve_voice


@dataclass(frozen=True)
class SpeechChunk:
    """One synthesized sentence, mono float32 at `sample_rate`."""

    audio: np.ndarray
    sample_rate: int
    text: str = ""


class Voice:
    """A loaded piper voice; load once, then `speak()` as often as needed."""

    def __init__(self, model: VoiceModel | None = None, *, length_scale: float | None = None) -> None:
        self.model = model or resolve_voice(None)
        self.length_scale = length_scale
        self._voice = None

    def _load(self):
        if self._voice is None:
            from piper import PiperVoice

            self._voice = PiperVoice.load(str(self.model.onnx), config_path=str(self.model.config))
        return self._voice

    @property
    def sample_rate(self) -> int:
        return int(self._load().config.sample_rate)

    def speak(self, text: str, *, length_scale: float | None = None, exact: bool = False) -> Iterator[SpeechChunk]:
        """Yield one chunk per sentence as soon as it is synthesized. `exact`: no random
        variation (piper's noise off), so the same text always gives the same samples (tests)."""
        from piper import SynthesisConfig

        voice = self._load()
        config = SynthesisConfig(length_scale=length_scale or self.length_scale, **({"noise_scale": 0.0, "noise_w_scale": 0.0} if exact else {}))
        for chunk in voice.synthesize(text, syn_config=config):
            yield SpeechChunk(chunk.audio_float_array.astype(np.float32), chunk.sample_rate)

    def synthesize(self, text: str, *, rate: int = 16000, length_scale: float | None = None, exact: bool = False) -> np.ndarray:
        """Whole utterance as one mono float32 array at `rate`."""
        parts = [resample(c.audio, c.sample_rate, rate) for c in self.speak(text, length_scale=length_scale, exact=exact)]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
