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
from voiceprep.audio.io import SAMPLE_RATE, load_audio, resample, to_int16
from voiceprep.errors import VoiceprepError

MAX_SILENT_TAIL_S = 30.0  # a headless turn whose file has ended gives up after this much silence
SPEECH_LEVEL_DB = -45.0  # a frame this loud (dBFS) in a recording is taken as speech still to come...
SPEECH_LEFT_S = 0.3  # ...and this much of it means the candidate is still talking


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

    def during(self, seconds: float) -> list[np.ndarray]:
        """Headless: the frames the candidate produces while the interviewer speaks for
        `seconds` (the recording goes on: a real person does not stop at the interviewer's
        cue). Live sources return [] (the microphone is read in real time instead)."""
        ...

    def close(self) -> None: ...


class FileSource:
    """Each file is what the candidate says from their next turn on, followed by silence.

    A file plays on through the interviewer's replies, like a person who keeps talking: if the
    interviewer took the turn while the file still had speech to come, the next turn carries on
    with that speech (`continued`) instead of skipping to the next file.
    """

    realtime = False

    def __init__(self, paths: Sequence[str | Path]) -> None:
        self.paths = [Path(p) for p in paths]
        for p in self.paths:  # fail before the interview starts, not halfway through it
            if not p.is_file():
                raise VoiceprepError(f"input file not found: {p}", "check the --input paths")
        self._next = 0
        self._frames: list[np.ndarray] = []
        self._pos = 0
        self.continued = False  # the current turn is the rest of the previous file

    def next_turn(self) -> bool:
        self.continued = self.speech_left_s() >= SPEECH_LEFT_S
        if self.continued:
            return True
        if self._next >= len(self.paths):
            return False
        self._frames = list(to_frames(load_audio(self.paths[self._next])))
        self._next += 1
        self._pos = 0
        return True

    def speech_left_s(self) -> float:
        """Seconds of speech-loud frames still to play in the current file."""
        loud = sum(1 for f in self._frames[self._pos:] if _level_db(f) > SPEECH_LEVEL_DB)
        return loud * FRAME_SAMPLES / SAMPLE_RATE

    def frames(self) -> Iterator[np.ndarray]:
        silent = 0
        while silent < MAX_SILENT_TAIL_S / 0.03:
            if self._pos < len(self._frames):
                self._pos += 1
                yield self._frames[self._pos - 1]
            else:
                silent += 1
                yield silence_frame()

    def during(self, seconds: float) -> list[np.ndarray]:
        n = int(round(seconds * SAMPLE_RATE / FRAME_SAMPLES))
        out = self._frames[self._pos : self._pos + n]
        self._pos = min(len(self._frames), self._pos + n)
        return out

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def _level_db(frame: np.ndarray) -> float:
    rms = float(np.sqrt(np.mean(frame.astype(np.float64) ** 2))) / 32768.0
    return 20.0 * np.log10(max(rms, 1e-10))


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
                yield to_int16(frame)

    def during(self, seconds: float) -> list[np.ndarray]:
        return []

    def flush(self) -> None:
        while not self._queue.empty():
            self._queue.get_nowait()
        self._buf = np.zeros(0, dtype=np.float32)

    def close(self) -> None:
        self._stream.close()
