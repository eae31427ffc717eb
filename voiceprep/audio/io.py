"""Reads any audio file into 16 kHz mono float32 and writes WAV files; resampling lives here."""

from __future__ import annotations

import errno
import wave
from pathlib import Path

import numpy as np

from voiceprep.errors import VoiceprepError

SAMPLE_RATE = 16000
MAX_DURATION_S = 60 * 60  # an hour; longer files are refused rather than eating memory


def load_audio(path: str | Path, *, max_duration_s: float = MAX_DURATION_S) -> np.ndarray:
    """Decode WAV/FLAC/MP3/OGG at any rate or channel count to 16 kHz mono float32 in [-1, 1]."""
    p = Path(path)
    if not p.exists():
        raise VoiceprepError(f"file not found: {p}", "check the path and try again")
    if p.is_dir():
        raise VoiceprepError(f"{p} is a folder, not an audio file", "pass a WAV, FLAC, MP3 or OGG file")
    if p.stat().st_size == 0:
        raise VoiceprepError(f"{p} is empty (0 bytes)", "record the answer again or pass another file")
    import av  # PyAV ships with faster-whisper and decodes every common format

    try:
        with av.open(str(p), metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise VoiceprepError(f"{p} has no audio stream", "pass a WAV, FLAC, MP3 or OGG file")
            stream = container.streams.audio[0]
            if stream.duration is not None and stream.time_base is not None:
                if float(stream.duration * stream.time_base) > max_duration_s:
                    raise _too_long(p, max_duration_s)
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            parts: list[np.ndarray] = []
            total = 0
            for frame in container.decode(stream):
                frame.pts = None
                for out in resampler.resample(frame):
                    arr = out.to_ndarray().reshape(-1)
                    parts.append(arr)
                    total += arr.size
                if total > max_duration_s * SAMPLE_RATE:
                    raise _too_long(p, max_duration_s)
            for out in resampler.resample(None):
                parts.append(out.to_ndarray().reshape(-1))
    except VoiceprepError:
        raise
    except (av.error.InvalidDataError, av.error.FFmpegError, UnicodeDecodeError, ValueError, OSError) as exc:
        raise VoiceprepError(
            f"{p} is not a readable audio file ({exc.__class__.__name__})",
            "pass a WAV, FLAC, MP3 or OGG recording",
        ) from exc
    if not parts:
        return np.zeros(0, dtype=np.float32)
    audio = np.concatenate(parts).astype(np.float32, copy=False)
    return np.clip(audio, -1.0, 1.0)


def _too_long(p: Path, max_duration_s: float) -> VoiceprepError:
    return VoiceprepError(
        f"{p} is longer than {max_duration_s / 60:.0f} minutes",
        "trim the recording to one answer or one session",
    )


def resample(audio: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Resample a mono float32 signal (soxr, high quality)."""
    if rate_in == rate_out or audio.size == 0:
        return audio.astype(np.float32, copy=False)
    import soxr

    return soxr.resample(audio.astype(np.float32, copy=False), rate_in, rate_out).astype(np.float32)


def to_int16(audio: np.ndarray) -> np.ndarray:
    """Float32 in [-1, 1] to int16 samples: the exact inverse of reading 16-bit audio (k / 32768,
    as PyAV and frames.to_float do), so a recording kept as 16-bit WAV, or heard as int16 mic
    frames, is the same audio the file was. (It scaled by 32767 and truncated before: every pass
    shrank the samples by a step, and Whisper heard other words in the same answer: a08 of the
    turn set gave 167.8 wpm live and 152.5 wpm from its file, bench_latency.)"""
    return np.clip(np.round(np.asarray(audio, dtype=np.float64) * 32768.0), -32768, 32767).astype(np.int16)


def write_wav(path: str | Path, audio: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """Write mono audio (float32 or int16) as a 16-bit PCM WAV; disk errors become one clear line."""
    p = Path(path)
    samples = audio if audio.dtype == np.int16 else to_int16(audio)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        with wave.open(str(p), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(samples.tobytes())
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise VoiceprepError(f"disk full while writing {p}", "free some space and try again") from exc
        raise VoiceprepError(f"cannot write {p} ({exc.strerror})", "check the folder exists and is writable") from exc
    return p


COMPACT_KBPS = 16  # Opus speech at 16 kbps: clear for review, ~2 KB a second (WAV: 32 KB)
COMPACT_MIME = "audio/webm;codecs=opus"


def encode_compact(audio: np.ndarray, rate: int = SAMPLE_RATE) -> bytes:
    """Mono float32 audio as WebM/Opus bytes, the form reports embed (every current browser
    plays it). PyAV ships libopus, so no other encoder is needed."""
    import io

    import av

    buf = io.BytesIO()
    with av.open(buf, "w", format="webm") as out:
        stream = out.add_stream("libopus", rate=rate, options={"application": "voip", "compression_level": "3"})
        stream.bit_rate = COMPACT_KBPS * 1000
        stream.layout = "mono"
        samples = audio if audio.dtype == np.int16 else to_int16(audio)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buf.getvalue()


def write_flac(path: str | Path, audio: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """Mono audio as 16-bit FLAC (lossless, about half a WAV): for sample sets kept in the repo."""
    import av

    p = Path(path)
    samples = audio if audio.dtype == np.int16 else to_int16(audio)
    with av.open(str(p), "w", format="flac") as out:
        stream = out.add_stream("flac", rate=rate)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return p
