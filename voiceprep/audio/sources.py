"""Where the candidate's audio comes from: a microphone (sounddevice) or WAV files (headless).

Both yield 16 kHz mono int16 frames of 30 ms. Files run on a simulated clock (as fast as the
machine allows); the microphone runs in real time.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from voiceprep.audio.frames import FRAME_SAMPLES, silence_frame, to_frames
from voiceprep.audio.io import SAMPLE_RATE, load_audio, resample
from voiceprep.errors import VoiceprepError

MAX_SILENT_TAIL_S = 30.0  # a headless turn whose file has ended gives up after this much silence


class Source(Protocol):
    """Candidate audio, one turn at a time."""

    realtime: bool

    def next_turn(self) -> bool:
        """Move on to what the candidate says at their next turn; False when there is nothing more."""
        ...

    def frames(self) -> Iterator[np.ndarray]:
        """Frames of the current turn, continuing (as silence) after the candidate stops."""
        ...

    def flush(self) -> None:
        """Drop audio captured while the interviewer was speaking (half-duplex)."""
        ...

    def close(self) -> None: ...


class FileSource:
    """Each file is what the candidate says at their next turn, followed by silence."""

    realtime = False

    def __init__(self, paths: Sequence[str | Path]) -> None:
        self.paths = [Path(p) for p in paths]
        for p in self.paths:  # fail before the interview starts, not halfway through it
            if not p.is_file():
                raise VoiceprepError(f"input file not found: {p}", "check the --input paths")
        self._next = 0
        self._frames: list[np.ndarray] = []
        self._pos = 0

    def next_turn(self) -> bool:
        if self._next >= len(self.paths):
            return False
        self._frames = list(to_frames(load_audio(self.paths[self._next])))
        self._next += 1
        self._pos = 0
        return True

    def frames(self) -> Iterator[np.ndarray]:
        silent = 0
        while silent < MAX_SILENT_TAIL_S / 0.03:
            if self._pos < len(self._frames):
                self._pos += 1
                yield self._frames[self._pos - 1]
            else:
                silent += 1
                yield silence_frame()

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


class MicSource:
    """Live microphone through sounddevice, captured at the device's rate and resampled once."""

    realtime = True

    def __init__(self, device: int | str | None = None) -> None:
        try:
            import sounddevice as sd
        except OSError as exc:
            raise VoiceprepError("PortAudio is not installed, so no microphone can be opened",
                                 "install it (sudo apt-get install libportaudio2) or use --input FILE.wav") from exc
        self._sd = sd
        try:
            info = sd.query_devices(device, "input")
        except Exception as exc:
            raise VoiceprepError(f"no microphone found ({exc})", "connect one, pick another with --input-device (see `voiceprep devices`), or use --input FILE.wav") from exc
        self.rate = int(info["default_samplerate"])
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue()
        self._buf = np.zeros(0, dtype=np.float32)
        self._stream = sd.InputStream(device=device, channels=1, samplerate=self.rate, dtype="float32",
                                      blocksize=int(self.rate * 0.03), callback=self._callback,
                                      finished_callback=lambda: self._queue.put(None))
        self._stream.start()

    def _callback(self, indata, frames, time_info, status) -> None:
        self._queue.put(indata[:, 0].copy())  # the buffer is reused by PortAudio: copy it

    def next_turn(self) -> bool:
        return True

    def frames(self) -> Iterator[np.ndarray]:
        while True:
            try:
                block = self._queue.get(timeout=2.0)
            except queue.Empty:
                raise VoiceprepError("the microphone stopped sending audio", "check it is still connected") from None
            if block is None:
                raise VoiceprepError("the microphone was closed", "reconnect it and start a new session")
            self._buf = np.concatenate([self._buf, resample(block, self.rate, SAMPLE_RATE)])
            while self._buf.size >= FRAME_SAMPLES:
                frame, self._buf = self._buf[:FRAME_SAMPLES], self._buf[FRAME_SAMPLES:]
                yield (np.clip(frame, -1, 1) * 32767).astype(np.int16)

    def flush(self) -> None:
        while not self._queue.empty():
            self._queue.get_nowait()
        self._buf = np.zeros(0, dtype=np.float32)

    def close(self) -> None:
        self._stream.close()
