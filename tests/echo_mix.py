"""Echo scenes for the playback listeners (voiceprep.audio.echo), mixed in numpy: the
interviewer's audio as a laptop microphone hears it from the laptop's speakers (attenuated,
late, smeared by the room), plus mic noise, plus optionally a candidate who starts talking
over it; and a driver that feeds a listener on a simulated clock the way the engine would.
Shared by the unit tests and bench/bench_echo.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from voiceprep.audio.frames import FRAME_S, FRAME_SAMPLES
from voiceprep.audio.io import SAMPLE_RATE, resample


@dataclass(frozen=True)
class Room:
    """How the speaker's sound reaches the mic."""

    coupling_db: float  # echo energy relative to the played audio (a laptop: -10 to -20 dB)
    delay_s: float  # from handing audio to the speaker to hearing it in the mic frames
    rt60_s: float = 0.0  # room smear: reverberation time (0: none)
    drr_db: float = 3.0  # direct-to-reverberant energy ratio when smeared
    noise_db: float = -65.0  # mic self-noise, dBFS RMS

    @property
    def name(self) -> str:
        smear = f" rt60 {self.rt60_s:.2f}s" if self.rt60_s else ""
        return f"{self.coupling_db:+.0f}dB {self.delay_s * 1000:.0f}ms{smear}"


def impulse_response(room: Room, seed: int = 0) -> np.ndarray:
    """Delay, direct path and an exponentially decaying noise tail; total energy = coupling."""
    lead = int(round(room.delay_s * SAMPLE_RATE))
    if room.rt60_s <= 0:
        tail = np.zeros(0)
    else:
        rng = np.random.default_rng(seed)
        t = np.arange(1, int(room.rt60_s * SAMPLE_RATE))
        tail = rng.normal(size=t.size) * 10 ** (-3.0 * t / (room.rt60_s * SAMPLE_RATE))
        tail *= np.sqrt(10 ** (-room.drr_db / 10) / np.sum(tail**2))
    ir = np.concatenate([np.zeros(lead), [1.0], tail])
    return ir * np.sqrt(10 ** (room.coupling_db / 10) / np.sum(ir**2))


def convolve(x: np.ndarray, h: np.ndarray) -> np.ndarray:
    """x * h, cut to x's length (FFT)."""
    n = x.size + h.size - 1
    size = 1 << (n - 1).bit_length()
    return np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(h, size), size)[: x.size]


def active_db(audio: np.ndarray) -> float:
    """RMS (dBFS) over the 30 ms frames within 30 dB of the loudest: the level while speaking."""
    n = audio.size // FRAME_SAMPLES
    e = np.mean(audio[: n * FRAME_SAMPLES].reshape(n, FRAME_SAMPLES).astype(np.float64) ** 2, axis=1)
    e_db = 10 * np.log10(e + 1e-12)
    return float(10 * np.log10(np.mean(e[e_db > e_db.max() - 30]) + 1e-12))


def at_level(audio: np.ndarray, level_db: float) -> np.ndarray:
    return (audio * 10 ** ((level_db - active_db(audio)) / 20)).astype(np.float32)


@dataclass(frozen=True)
class Scene:
    """One playback: what was handed to the speaker and what the mic heard."""

    chunks: tuple[np.ndarray, ...]  # the reference, as the engine hands it over (one per sentence)
    rate: int
    gaps_s: tuple[float, ...]  # silence before each chunk plays (synthesis slower than playback)
    mic: np.ndarray  # float32 16 kHz, sample 0 = the moment the first chunk starts playing
    candidate_onset_s: float | None = None  # when the candidate's first word reaches the mic


def scene(chunks: list[np.ndarray], rate: int, room: Room, *, gaps_s: list[float] | None = None,
          candidate: np.ndarray | None = None, candidate_at_s: float = 0.0, seed: int = 0,
          tail_s: float = 0.5) -> Scene:
    """Mix the room's echo of the played chunks, mic noise and (optionally) a candidate whose
    speech starts at its first sample, `candidate_at_s` after playback begins."""
    gaps = gaps_s if gaps_s is not None else [0.0] * len(chunks)
    parts = []
    for gap, chunk in zip(gaps, chunks):
        parts += [np.zeros(int(round(gap * SAMPLE_RATE)), np.float32), resample(chunk, rate, SAMPLE_RATE)]
    played = np.concatenate(parts + [np.zeros(int(tail_s * SAMPLE_RATE), np.float32)])
    mic = convolve(played, impulse_response(room, seed))
    rng = np.random.default_rng(seed + 1)
    mic += rng.normal(size=mic.size) * 10 ** (room.noise_db / 20)
    onset = None
    if candidate is not None:
        start = int(round(candidate_at_s * SAMPLE_RATE))
        end = min(mic.size, start + candidate.size)
        mic[start:end] += candidate[: end - start]
        onset = candidate_at_s
    return Scene(tuple(chunks), rate, tuple(gaps), np.clip(mic, -1, 1).astype(np.float32), onset)


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def drive(listener, sc: Scene, clock: FakeClock, *, stop_after: int | None = None, lead_s: float = 0.1,
          jitter_s: float = 0.004, seed: int = 0, late: tuple[int, float] | None = None,
          reset_at: int | None = None, after_frame: Callable[[int], None] | None = None) -> np.ndarray:
    """Feed a listener as the engine would: each chunk is handed over `lead_s` before it plays
    (when the previous one is still playing; at once after a gap), each mic frame arrives a
    little after it ends. Returns one bool per frame; stops `stop_after` frames after a run of
    that many True (the engine stops playback at a barge-in). `late=(k, s)`: from frame k on the
    frames are read s seconds late (a listening loop that fell behind); `reset_at`: the next
    playback begins (reset) before that frame is heard; `after_frame(k)` is called after each."""
    rng = np.random.default_rng(seed)
    t0 = clock.t + 0.05
    events: list[tuple[float, int, object]] = []
    start = 0.0
    for i, (gap, chunk) in enumerate(zip(sc.gaps_s, sc.chunks)):
        start += gap
        handed = start if (i == 0 or gap > 0) else start - lead_s
        events.append((t0 + handed, 0, chunk))
        start += chunk.size / sc.rate
    n = sc.mic.size // FRAME_SAMPLES
    pcm = (np.clip(sc.mic[: n * FRAME_SAMPLES], -1, 1) * 32767).astype(np.int16).reshape(n, FRAME_SAMPLES)
    for k in range(n):
        behind = late[1] if late is not None and k >= late[0] else 0.0
        events.append((t0 + (k + 1) * FRAME_S + abs(rng.normal()) * jitter_s + behind, 1, k))
    events.sort(key=lambda e: (e[0], e[1]))
    flags = np.zeros(n, dtype=bool)
    run = 0
    listener.reset()
    for t, kind, payload in events:
        clock.t = max(clock.t, t)
        if kind == 0:
            listener.played(payload, sc.rate)
            continue
        k = int(payload)  # type: ignore[arg-type]
        if k == reset_at:
            listener.reset()
        flags[k] = listener.heard(pcm[k])
        if after_frame is not None:
            after_frame(k)
        run = run + 1 if flags[k] else 0
        if stop_after is not None and run >= stop_after:
            return flags[: k + 1]
    return flags


def first_trigger(flags: np.ndarray, run_frames: int, from_frame: int = 0) -> int | None:
    """Index of the frame that completes the first run of `run_frames` True frames at or after `from_frame`."""
    run = 0
    for k in range(from_frame, flags.size):
        run = run + 1 if flags[k] else 0
        if run >= run_frames:
            return k
    return None


def count_triggers(flags: np.ndarray, run_frames: int) -> int:
    """Runs of `run_frames` True frames (a longer run counts once per `run_frames`): after a
    trigger the engine would stop the playback; counting on shows how often it would happen."""
    count, run = 0, 0
    for f in flags:
        run = run + 1 if f else 0
        if run >= run_frames:
            count, run = count + 1, 0
    return count


def locate(x: np.ndarray, y: np.ndarray) -> tuple[int, float]:
    """Where `y` best appears inside `x` (lag in samples) and the normalised correlation there."""
    n = x.size + y.size
    size = 1 << (n - 1).bit_length()
    c = np.fft.irfft(np.fft.rfft(x, size) * np.conj(np.fft.rfft(y, size)), size)[: x.size]
    lag = int(np.argmax(np.abs(c)))
    return lag, float(abs(c[lag]) / (np.linalg.norm(y) * np.linalg.norm(x[lag : lag + y.size]) + 1e-9))


def onset_frame(mic_pcm: np.ndarray, clip: np.ndarray, min_corr: float = 0.2) -> int | None:
    """The frame where a clip that starts with its first word begins in a recording (int16)."""
    lag, peak = locate(mic_pcm.astype(np.float32) / 32768, clip)
    return lag // FRAME_SAMPLES if peak > min_corr else None
