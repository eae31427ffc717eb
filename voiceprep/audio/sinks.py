"""Where the interviewer's voice goes: the speakers (one sounddevice stream) or WAV files."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

import numpy as np

from voiceprep.audio.io import write_wav
from voiceprep.errors import VoiceprepError


PLAY_BLOCK_S = 0.05  # live playback goes to the speaker (and to the echo listener) in blocks this long


class Sink(Protocol):
    """Plays (or stores) one utterance, chunk by chunk, as the chunks arrive."""

    realtime: bool

    def begin(self, name: str, sample_rate: int) -> None: ...

    def write(self, chunk: np.ndarray) -> bool:
        """Play one chunk; False if playback was stopped (barge-in)."""
        ...

    def end(self) -> float:
        """Finish the utterance; returns its duration in seconds."""
        ...

    def stop(self) -> None:
        """Stop playback at once (barge-in)."""
        ...

    def close(self) -> None: ...


class WavSink:
    """Writes each interviewer utterance to DIR/NNN-name.wav (headless runs)."""

    realtime = False

    def __init__(self, folder: str | Path | None) -> None:
        self.folder = Path(folder) if folder else None
        self.count = 0
        self._parts: list[np.ndarray] = []
        self._rate = 22050
        self._name = ""
        self.files: list[Path] = []

    def begin(self, name: str, sample_rate: int) -> None:
        self._parts, self._rate, self._name = [], sample_rate, name

    def write(self, chunk: np.ndarray) -> bool:
        self._parts.append(chunk)
        return True

    def end(self) -> float:
        audio = np.concatenate(self._parts) if self._parts else np.zeros(0, dtype=np.float32)
        if not audio.size:  # nothing was said (a reply that turned out empty)
            return 0.0
        self.count += 1
        if self.folder is not None:
            self.files.append(write_wav(self.folder / f"{self.count:03d}-{self._name}.wav", audio, self._rate))
        return audio.size / self._rate

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


class SpeakerSink:
    """One output stream kept open (sd.play calls cannot overlap); writes in 50 ms blocks so a
    barge-in can stop playback at once."""

    realtime = True
    BLOCK_S = PLAY_BLOCK_S

    def __init__(self, device: int | str | None = None, sample_rate: int = 22050) -> None:
        try:
            import sounddevice as sd
        except OSError as exc:
            raise VoiceprepError("PortAudio is not installed, so nothing can be played",
                                 "install it (sudo apt-get install libportaudio2) or use --output-dir DIR") from exc
        try:
            self._stream = sd.OutputStream(device=device, samplerate=sample_rate, channels=1, dtype="float32")
            self._stream.start()
        except Exception as exc:
            raise VoiceprepError(f"cannot open the speaker ({exc})", "pick another with --output-device (see `voiceprep devices`)") from exc
        self.rate = sample_rate
        self._stopped = threading.Event()
        self._played = 0

    def begin(self, name: str, sample_rate: int) -> None:
        if sample_rate != self.rate:
            raise VoiceprepError(f"voice sample rate {sample_rate} Hz differs from the open stream ({self.rate} Hz)", "use one voice per session")
        self._stopped.clear()
        self._played = 0

    def write(self, chunk: np.ndarray) -> bool:
        block = int(self.rate * self.BLOCK_S)
        for i in range(0, chunk.size, block):
            if self._stopped.is_set():
                return False
            self._stream.write(np.ascontiguousarray(chunk[i : i + block], dtype=np.float32))
            self._played += min(block, chunk.size - i)
        return True

    def end(self) -> float:
        return self._played / self.rate

    def stop(self) -> None:
        self._stopped.set()

    def close(self) -> None:
        self._stream.close()
