"""The customer's voice as heard down a phone line: pitch-shifted to sound unlike the interviewer,
then through the narrowband telephone channel."""

from __future__ import annotations

from collections.abc import Iterator

from voiceprep.audio.phone import phone_line, pitch_shift
from voiceprep.speech.tts import SpeechChunk, Voice

PITCH = 1.15  # the customer's voice: the bundled voice raised ~2.4 semitones...
CUSTOMER_LENGTH_SCALE = 1.15  # ...synthesized this much slower first, so the pace stays natural


class PhoneVoice:
    """A Voice as heard down a phone line; same interface as Voice."""

    def __init__(self, voice: Voice, *, pitch: float = PITCH, length_scale: float = CUSTOMER_LENGTH_SCALE) -> None:
        self.voice, self.pitch, self.length_scale = voice, pitch, length_scale

    @property
    def sample_rate(self) -> int:
        return self.voice.sample_rate

    def speak(self, text: str) -> Iterator[SpeechChunk]:
        for chunk in self.voice.speak(text, length_scale=self.length_scale):
            shifted = pitch_shift(chunk.audio, chunk.sample_rate, self.pitch)
            yield SpeechChunk(phone_line(shifted, chunk.sample_rate, seed=len(text)), chunk.sample_rate, chunk.text)
