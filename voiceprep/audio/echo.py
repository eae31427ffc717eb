"""Watching the microphone while the interviewer speaks: is the candidate talking, or is it the
interviewer's own voice coming back from the speakers (echo)?

The engine hands what it sends to the speaker to `played()`, best each 50 ms block just before
the output stream takes it (a whole sentence works too, but then a stall of the player thread
shifts the echo's timing unseen), and every 30 ms microphone frame heard meanwhile to `heard()`,
which answers "the candidate is speaking in this frame"; the engine's barge-in rule counts
consecutive True frames. `reset()` starts a new playback: the mic's frames are put on the clock
afresh (nobody counted them between playbacks); what was played before is kept, since its echo
may still be arriving, and so is what was learned about the room (echo delay and coupling).
`echo_over()` says whether the last frame heard lies past the echo of everything played: the
engine judges the mic until then (even when it has fallen behind reading it), so the end of one
playback is neither taken for the candidate at the start of the next nor heard as the start of
their answer. `$VOICEPREP_ECHO_TRACE` (a file) makes the gate write one line per frame judged.
`played()` may run on the player thread while `heard()` runs on the listening one.

Three listeners:
- HeadsetListener: no echo path, webrtcvad alone.
- GateListener: pure numpy. Both streams are put on one wall clock; per frequency band the
  echo expected in a frame is the reference's energy around the echo delay (estimated by
  correlating the two envelopes) times the echo coupling (learned while playing). The candidate
  speaks when webrtcvad hears a voice and the frame holds clearly more energy than the echo
  explains.
- AecListener: WebRTC's echo canceller (AEC3, PyPI `aec-audio-processing`, optional) removes
  the echo; webrtcvad and a level floor judge what is left.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TextIO

import numpy as np

from voiceprep.audio.frames import FRAME_S, FRAME_SAMPLES
from voiceprep.audio.io import SAMPLE_RATE
from voiceprep.errors import VoiceprepError

HOP = 160  # the reference is analysed every 10 ms
FLUSH_AFTER = 960  # samples: the player has handed nothing over for 60 ms, so playback has ended
N_FFT = 512
MODES = ("headset", "gate", "aec", "auto")
CHOICES = (*MODES, "off")  # what a command's --echo takes: "off" = half-duplex, the mic is not watched


class PlaybackListener(Protocol):
    """Watches the microphone during playback."""

    hears_echo: bool  # the mic may pick up the playback (speakers): its frames are not all the candidate

    def played(self, audio: np.ndarray, rate: int) -> None:
        """What was just handed to the speaker (float32 mono), in order."""
        ...

    def heard(self, frame: np.ndarray) -> bool:
        """One 30 ms int16 16 kHz mic frame: is the candidate speaking (not echo)?"""
        ...

    def reset(self) -> None:
        """A new playback begins (the mic's frames were not watched since the last one)."""
        ...

    def echo_over(self) -> bool:
        """The last frame heard lies past the echo of everything played so far."""
        ...


@dataclass(frozen=True)
class EchoSettings:
    """Every threshold of the listeners (one owner)."""

    vad_aggressiveness: int = 3  # webrtcvad 0 (lenient) .. 3 (strict), on the mic frame
    # timing: echo arrives this much after the audio is handed to the speaker (output and input
    # buffers plus the room); searched from 0 to max_delay_s, then tracked
    max_delay_s: float = 0.5
    delay_tolerance_s: float = 0.04  # expected echo looks this far either side of the delay
    delay_min_corr: float = 0.5  # envelope correlation needed to trust a delay estimate
    delay_every_s: float = 0.5  # re-estimate the delay this often
    delay_history_s: float = 6.0  # from this much recent playback
    tail_s: float = 0.15  # room smear: the echo of a sound lasts up to this long...
    tail_decay_db_per_s: float = 120.0  # ...decaying this fast
    # coupling: mic band energy over expected reference band energy, learned while playing
    coupling_prior_db: float = 0.0  # before the echo is found: as loud as the reference
    no_echo_after_s: float = 3.0  # this much playback without finding an echo: there is none...
    no_echo_coupling_db: float = -40.0  # ...so the coupling is taken to be this
    coupling_history_s: float = 8.0
    coupling_min_frames: int = 20  # this many frames with reference before the estimate is used
    coupling_every_s: float = 0.15  # re-estimated this often
    coupling_percentile: float = 80.0  # of the mic/reference ratios per band (robust to some candidate speech)
    coupling_rise_db_per_s: float = 2.0  # rises slowly (candidate speech must not teach it)...
    # ...and falls no faster than this, nor at once when it is first learned: its first estimate
    # comes from the first half second of an echo path that may still be settling (live, its
    # level and timing move), and an estimate below the echo makes the echo the candidate until it
    # has risen back (bench/README.md, echo: chosen on dev)
    coupling_fall_db_per_s: float = 8.0
    ref_active_db: float = -60.0  # a reference band quieter than this says nothing of coupling...
    measurable_db: float = 6.0  # ...nor a mic band less than this above the noise floor
    # decision
    margin_db: float = 5.0  # a band counts above the expected echo by this much
    excess_share: float = 0.3  # the share of the frame's energy the echo cannot explain
    floor_db: float = -55.0  # that unexplained energy must be louder than this (dBFS)
    noise_rise_db_per_s: float = 3.0  # the mic noise floor follows minima, rising this fast
    hangover_s: float = 0.09  # a voiced frame this soon after candidate evidence is still the candidate
    # the echo canceller's output is the candidate when webrtcvad (this strict) calls it voiced
    # and it is louder than aec_floor_db (dBFS)
    aec_vad_aggressiveness: int = 3
    aec_floor_db: float = -45.0
    aec_noise_suppression: bool = True


class HeadsetListener:
    """No echo path (headphones): every voiced frame is the candidate."""

    hears_echo = False

    def __init__(self, settings: EchoSettings = EchoSettings()) -> None:
        import webrtcvad

        self.settings = settings
        self._vad = webrtcvad.Vad(settings.vad_aggressiveness)

    def played(self, audio: np.ndarray, rate: int) -> None:
        pass

    def heard(self, frame: np.ndarray) -> bool:
        return bool(self._vad.is_speech(np.ascontiguousarray(frame, dtype=np.int16).tobytes(), SAMPLE_RATE))

    def reset(self) -> None:
        pass

    def echo_over(self) -> bool:
        return True


def _band_edges() -> np.ndarray:
    """Band edges in FFT bins: 13 bands from 150 Hz to 7.8 kHz, at least 6 bins (190 Hz) wide so
    a voice's harmonics do not move in and out of a band from frame to frame."""
    hz = np.array([150, 350, 550, 800, 1100, 1450, 1850, 2300, 2850, 3500, 4300, 5300, 6500, 7800])
    return np.round(hz / SAMPLE_RATE * N_FFT).astype(int)


_EDGES = _band_edges()
_WINDOW = np.hanning(FRAME_SAMPLES).astype(np.float32)
_NORM = float(np.sum(_WINDOW**2) * N_FFT / 2)  # a frame's bands then sum to about its mean square


def band_energies(frames: np.ndarray) -> np.ndarray:
    """Energy per band of each 480-sample row (float in [-1, 1]); shape (rows, bands)."""
    spec = np.abs(np.fft.rfft(frames * _WINDOW, N_FFT, axis=-1)) ** 2
    cum = np.concatenate([np.zeros((spec.shape[0], 1)), np.cumsum(spec, axis=1)], axis=1)
    return (cum[:, _EDGES[1:]] - cum[:, _EDGES[:-1]]) / _NORM


class _Reference:
    """The played audio on the listener's clock: timeline sample index -> reference sample,
    with band energies of the 30 ms window ending at every 10 ms grid point."""

    def __init__(self, keep_s: float) -> None:
        self.keep = int(keep_s * SAMPLE_RATE)
        self._streams: dict[int, object] = {}  # one streaming resampler per input rate
        self._restart(0)

    def _restart(self, at: int) -> None:
        self.start = (at // HOP) * HOP  # timeline index of samples[0] (a multiple of HOP)
        self.samples = np.zeros(0, dtype=np.float32)
        self.bands = np.zeros((0, len(_EDGES) - 1))  # row j: the window ending at start + j*HOP
        self.end = self.start  # timeline index after the last reference sample

    def to_16k(self, audio: np.ndarray, rate: int) -> np.ndarray:
        """Resample as one stream (blocks of 50 ms would click at their edges one by one)."""
        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        if rate == SAMPLE_RATE:
            return audio
        import soxr

        stream = self._streams.get(rate)
        if stream is None:
            stream = self._streams[rate] = soxr.ResampleStream(rate, SAMPLE_RATE, 1, dtype="float32")
        return stream.resample_chunk(audio)  # type: ignore[attr-defined]

    def add(self, audio16: np.ndarray, at: int) -> None:
        """Append reference audio that starts playing at timeline index `at` (or right after the last)."""
        if self.samples.size == 0 or at - self.end > self.keep:  # nothing kept that could still echo
            self._restart(at)
        begin = max(at, self.end)
        self.samples = np.concatenate([self.samples, np.zeros(begin - self.end, np.float32), audio16])
        self.end = begin + audio16.size
        self._analyse()

    def cut(self, index: int) -> None:
        """Forget what was handed over to play from timeline `index` on: a stopped playback's
        rest never plays, and the next one must not be queued behind it."""
        keep = max(0, min(self.samples.size, index - self.start))
        if keep == self.samples.size:
            return
        self.samples = self.samples[:keep]
        self.bands = self.bands[: max(0, (keep - FRAME_SAMPLES) // HOP + 1)]
        self.end = self.start + keep
        self._streams = {}

    def advance(self, index: int) -> None:
        """The mic hears timeline `index` now: once nothing more was handed over for a while,
        the resamplers' last few milliseconds are flushed into place; reference older than
        `keep` is dropped."""
        if self._streams and index > self.end + FLUSH_AFTER:
            tail = [stream.resample_chunk(np.zeros(0, np.float32), last=True) for stream in self._streams.values()]  # type: ignore[attr-defined]
            self._streams = {}
            tail16 = np.concatenate(tail) if tail else np.zeros(0, np.float32)
            if tail16.size:
                self.add(tail16.astype(np.float32), self.end)
        drop = ((index - self.keep - self.start) // HOP) * HOP
        drop = min(drop, (self.samples.size // HOP) * HOP)
        if drop > 0:
            self.samples = self.samples[drop:]
            self.bands = self.bands[drop // HOP :]
            self.start += drop

    def _analyse(self) -> None:
        """Band energies for every grid point whose window is now complete."""
        done = self.bands.shape[0]
        n = (self.samples.size - FRAME_SAMPLES) // HOP + 1 - done
        if n <= 0:
            return
        first = done * HOP
        idx = first + np.arange(n)[:, None] * HOP + np.arange(FRAME_SAMPLES)[None, :]
        self.bands = np.concatenate([self.bands, band_energies(self.samples[idx])])

    def grid(self, index: int) -> int:
        """Row of `bands` whose window ends nearest to timeline `index` (may be out of range)."""
        return int(round((index - self.start - FRAME_SAMPLES) / HOP))

    def window(self, end_index: int, lo: int, hi: int) -> np.ndarray:
        """Band rows for windows ending `hi`..`lo` grid steps before `end_index` (zeros where
        nothing was played), oldest first; shape (hi - lo + 1, bands)."""
        g = self.grid(end_index)
        rows = np.arange(g - hi, g - lo + 1)
        out = np.zeros((rows.size, self.bands.shape[1]))
        ok = (rows >= 0) & (rows < self.bands.shape[0])
        out[ok] = self.bands[rows[ok]]
        return out


class _Clocked:
    """Puts both streams on one clock: reference chunks where they were handed over (queued
    after the previous one), mic frames at the earliest time consistent with their arrival."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.epoch = clock()
        self.frames = 0
        self.anchor: float | None = None

    def now(self) -> int:
        return int(round((self.clock() - self.epoch) * SAMPLE_RATE))

    def frame_end(self) -> int:
        """Timeline index of the end of the frame just heard."""
        self.frames += 1
        arrival = self.now() - self.frames * FRAME_SAMPLES
        self.anchor = arrival if self.anchor is None else min(self.anchor, arrival)
        return int(self.anchor) + self.frames * FRAME_SAMPLES

    def restart(self) -> None:
        self.frames, self.anchor = 0, None


class _ReferenceListener:
    """What both echo-aware listeners share: the played audio and the mic frames on one clock."""

    hears_echo = True

    def __init__(self, clock: Callable[[], float], keep_s: float) -> None:
        self._lock = threading.Lock()  # played() runs on the player thread, heard() on the listener's
        self._clock = _Clocked(clock)
        self._ref = _Reference(keep_s)
        self._last_end = 0  # timeline index of the end of the last frame heard

    def played(self, audio: np.ndarray, rate: int) -> None:
        with self._lock:
            self._ref.add(self._ref.to_16k(audio, rate), self._clock.now())

    def reset(self) -> None:
        with self._lock:  # what was played stays (its end may still be echoing), what was not is cut
            self._ref.cut(self._clock.now())
            self._clock.restart()
            self._last_end = 0
            self._forget()

    def echo_over(self) -> bool:
        with self._lock:
            nothing_played = self._ref.samples.size == 0
            return nothing_played or self._last_end >= self._ref.end + int(self._echo_reach_s() * SAMPLE_RATE)

    def _echo_reach_s(self) -> float:
        """How long after a sample is handed over its echo may still reach the mic."""
        raise NotImplementedError

    def _forget(self) -> None:
        """What else a new playback clears (not what was learned about the room)."""

    def _frame_end(self) -> int:
        """Timeline index of the end of the frame just heard (call with the lock held)."""
        end = self._last_end = self._clock.frame_end()
        self._ref.advance(end)
        return end


class GateListener(_ReferenceListener):
    """A level gate per band against the echo expected from what was played."""

    def __init__(self, settings: EchoSettings = EchoSettings(), *, clock: Callable[[], float] = time.monotonic) -> None:
        import webrtcvad

        super().__init__(clock, settings.max_delay_s + settings.delay_history_s + 1.0)
        self.settings = s = settings
        self._vad = webrtcvad.Vad(s.vad_aggressiveness)
        bands = len(_EDGES) - 1
        self.coupling_db: np.ndarray = np.full(bands, s.coupling_prior_db)
        self.delay_s: float | None = None
        self._pending_delay: float | None = None
        self._ratios: deque[np.ndarray] = deque(maxlen=int(s.coupling_history_s / FRAME_S))
        self._env: deque[tuple[int, float, bool]] = deque(maxlen=int(s.delay_history_s / FRAME_S))
        self._since_delay = 0
        self._since_coupling = 0
        self._relearn = False
        self._unaligned_s = 0.0  # reference played while the echo's delay is unknown...
        self._no_echo = False  # ...long enough to say there is no audible echo
        self._noise = np.full(bands, np.inf)
        self._last_evidence = -1_000_000
        self._frame_no = 0
        self._trace = _open_trace()  # $VOICEPREP_ECHO_TRACE: a line per frame judged, to see why it fired
        self._judged = ""

    # ------------------------------------------------------------------ the protocol

    def _forget(self) -> None:
        self._env.clear()
        self._last_evidence = -1_000_000

    def _echo_reach_s(self) -> float:
        s = self.settings
        delay = s.max_delay_s if self.delay_s is None else self.delay_s + s.delay_tolerance_s
        return delay + s.tail_s

    def heard(self, frame: np.ndarray) -> bool:
        pcm = np.ascontiguousarray(frame, dtype=np.int16)
        voiced = self._vad.is_speech(pcm.tobytes(), SAMPLE_RATE)
        mic = band_energies((pcm.astype(np.float32) / 32768.0)[None, :])[0]
        with self._lock:
            end = self._frame_end()
            evidence = self._judge(mic, end)
            ref_end = self._ref.end
        self._frame_no += 1
        if evidence:
            self._last_evidence = self._frame_no
        recent = (self._frame_no - self._last_evidence) * FRAME_S <= self.settings.hangover_s
        if self._trace is not None:
            self._trace.write(f"{self._clock.clock():.3f} end={end} ref_end={ref_end} voiced={int(voiced)} "
                              f"evidence={int(evidence)} candidate={int(voiced and recent)} {self._judged} "
                              f"delay={self.delay_s} coupling_db={float(np.mean(self.coupling_db)):.1f}\n")
        return bool(voiced and recent)

    # ------------------------------------------------------------------ the gate

    def _lags(self) -> tuple[int, int]:
        """The grid steps (10 ms) where the echo's direct path may be."""
        s = self.settings
        if self.delay_s is None:
            return 0, int(round(s.max_delay_s * SAMPLE_RATE / HOP))
        d = self.delay_s * SAMPLE_RATE / HOP
        tol = s.delay_tolerance_s * SAMPLE_RATE / HOP
        return max(0, int(np.floor(d - tol))), int(np.ceil(d + tol))

    def _expected(self, end: int) -> np.ndarray:
        """The reference's band energy the echo in the frame ending at `end` can come from,
        before coupling: the loudest over the delay window, and its decaying tail."""
        s = self.settings
        lo, hi = self._lags()
        tail = int(round(s.tail_s * SAMPLE_RATE / HOP))
        rows = self._ref.window(end, lo, hi + tail)  # oldest first
        age = np.maximum(0, np.arange(rows.shape[0])[::-1] - (hi - lo))  # steps beyond the window
        decay = 10 ** (-s.tail_decay_db_per_s * age * HOP / SAMPLE_RATE / 10)
        return (rows * decay[:, None]).max(axis=0)

    def _judge(self, mic: np.ndarray, end: int) -> bool:
        s = self.settings
        self._track_noise(mic)
        ref = self._expected(end)
        expected = ref * 10 ** (self.coupling_db / 10) + self._noise
        excess = np.maximum(mic - expected * 10 ** (s.margin_db / 10), 0.0)
        total = float(mic.sum()) + 1e-12
        excess_sum = float(excess.sum())
        evidence = excess_sum / total >= s.excess_share and 10 * np.log10(excess_sum + 1e-12) >= s.floor_db
        self._learn(mic, ref, end, evidence)
        if self._trace is not None:
            self._judged = (f"mic_db={10 * np.log10(total):.1f} expected_db={10 * np.log10(float(expected.sum()) + 1e-12):.1f} "
                            f"excess_share={excess_sum / total:.2f} excess_db={10 * np.log10(excess_sum + 1e-12):.1f}")
        return evidence

    def _track_noise(self, mic: np.ndarray) -> None:
        rise = 10 ** (self.settings.noise_rise_db_per_s * FRAME_S / 10)
        self._noise = np.where(mic < self._noise, mic, self._noise * rise)
        self._noise = np.maximum(self._noise, 1e-12)

    def _learn(self, mic: np.ndarray, ref: np.ndarray, end: int, evidence: bool) -> None:
        """Coupling per band and the echo delay, from frames played with a reference (the delay
        from frames that do not sound like the candidate)."""
        s = self.settings
        active = ref > 10 ** (s.ref_active_db / 10)
        if active.any() and self.delay_s is None:
            self._unaligned_s += FRAME_S
            if self._unaligned_s >= s.no_echo_after_s and not self._no_echo:
                self._no_echo = True  # the mic does not follow what is played: no audible echo
                self.coupling_db = np.full_like(self.coupling_db, s.no_echo_coupling_db)
        if active.any() and self.delay_s is not None:  # learned only where the echo's timing is known
            # an echo lost in the mic's noise only bounds the coupling from above: count the bound
            echo = np.maximum(mic - self._noise, self._noise * 10 ** (s.measurable_db / 10))
            self._ratios.append(np.where(active, 10 * np.log10(echo / (ref + 1e-12)), np.nan))
            self._since_coupling += 1
            if len(self._ratios) >= s.coupling_min_frames and self._since_coupling * FRAME_S >= s.coupling_every_s:
                self._since_coupling = 0
                self.coupling_db = self._coupling_estimate()
        self._env.append((end, float(mic.sum()), evidence))
        self._since_delay += 1
        if self._since_delay * FRAME_S >= s.delay_every_s:
            self._since_delay = 0
            self._estimate_delay()

    def _coupling_estimate(self) -> np.ndarray:
        """Per band, the given percentile of the recent mic/reference ratios (bands with too few
        frames keep their value)."""
        s = self.settings
        hist = np.sort(np.array(self._ratios), axis=0)  # NaN (band silent) sorts last
        counts = np.sum(~np.isnan(hist), axis=0)
        rank = np.clip(np.round((counts - 1) * s.coupling_percentile / 100).astype(int), 0, hist.shape[0] - 1)
        est = hist[rank, np.arange(hist.shape[1])]
        est = np.where(counts >= s.coupling_min_frames, est, self.coupling_db)
        lowest = self.coupling_db - s.coupling_fall_db_per_s * s.coupling_every_s
        if self._relearn:  # the echo's timing changed: what was learned may be too low, so it may rise at once
            self._relearn = False
            return np.maximum(est, lowest)
        return np.clip(est, lowest, self.coupling_db + s.coupling_rise_db_per_s * s.coupling_every_s)

    def _estimate_delay(self) -> None:
        """The lag (10 ms steps) at which the mic's energy envelope best follows the reference's."""
        s = self.settings
        env = [(e, m) for e, m, candidate in self._env if not candidate]
        if len(env) < int(1.0 / FRAME_S):
            return
        ends = np.array([e for e, _ in env])
        mic = 10 * np.log10(np.array([m for _, m in env]) + 1e-10)
        max_lag = int(round(s.max_delay_s * SAMPLE_RATE / HOP))
        total = self._ref.bands.sum(axis=1)
        if total.size == 0:
            return
        g = np.array([self._ref.grid(e) for e in ends])
        rows = g[:, None] - np.arange(max_lag + 1)[None, :]
        ok = (rows >= 0) & (rows < total.size)
        ref = np.where(ok, total[np.clip(rows, 0, total.size - 1)], 0.0)
        ref_db = 10 * np.log10(ref + 1e-10)
        if np.mean(ref_db.max(axis=1) > s.ref_active_db) < 0.3:
            return  # too little was played to tell
        mic_c = mic - mic.mean()
        ref_c = ref_db - ref_db.mean(axis=0)
        corr = (mic_c @ ref_c) / (np.linalg.norm(mic_c) * np.linalg.norm(ref_c, axis=0) + 1e-9)
        best = int(np.argmax(corr))
        if corr[best] < s.delay_min_corr:
            return
        delay_s = best * HOP / SAMPLE_RATE
        self._no_echo = False
        if self.delay_s is not None and abs(delay_s - self.delay_s) <= s.delay_tolerance_s:
            self.delay_s, self._pending_delay = delay_s, None
            return
        if self.delay_s is not None and (self._pending_delay is None or abs(delay_s - self._pending_delay) > s.delay_tolerance_s):
            self._pending_delay = delay_s  # a change of delay must be seen twice in a row
            return
        self._ratios.clear()  # new timing: relearn the coupling
        self._relearn = True
        self.delay_s, self._pending_delay = delay_s, None


class AecListener(_ReferenceListener):
    """WebRTC AEC3 (PyPI `aec-audio-processing`) removes the echo; the rest is judged by
    webrtcvad and a level floor."""

    SUB = 160  # the canceller works in 10 ms frames

    def __init__(self, settings: EchoSettings = EchoSettings(), *, clock: Callable[[], float] = time.monotonic) -> None:
        import webrtcvad

        try:
            from aec_audio_processing import AudioProcessor
        except (ImportError, OSError) as exc:
            raise VoiceprepError("echo cancellation needs the aec-audio-processing package",
                                 "install it (pip install aec-audio-processing, which compiles WebRTC) or use the gate listener") from exc
        super().__init__(clock, settings.max_delay_s + 2.0)
        self.settings = settings
        self._vad = webrtcvad.Vad(settings.aec_vad_aggressiveness)
        self._apm = AudioProcessor(enable_aec=True, enable_ns=settings.aec_noise_suppression, ns_level=1, enable_agc=False,
                                   enable_vad=False)
        self._apm.set_stream_format(SAMPLE_RATE, 1, SAMPLE_RATE, 1)
        self._apm.set_reverse_stream_format(SAMPLE_RATE, 1)
        self._apm.set_stream_delay(0)

    def _echo_reach_s(self) -> float:
        return self.settings.max_delay_s + self.settings.tail_s

    def _reference_for(self, end: int) -> np.ndarray:
        """The reference samples on the timeline span of the frame ending at `end` (zeros where silent)."""
        begin = end - FRAME_SAMPLES
        out = np.zeros(FRAME_SAMPLES, dtype=np.float32)
        lo, hi = max(begin, self._ref.start), min(end, self._ref.start + self._ref.samples.size)
        if hi > lo:
            out[lo - begin : hi - begin] = self._ref.samples[lo - self._ref.start : hi - self._ref.start]
        return out

    def heard(self, frame: np.ndarray) -> bool:
        pcm = np.ascontiguousarray(frame, dtype=np.int16)
        with self._lock:
            ref = self._reference_for(self._frame_end())
        ref16 = (np.clip(ref, -1, 1) * 32767).astype(np.int16)
        clean = []
        for i in range(0, FRAME_SAMPLES, self.SUB):
            self._apm.process_reverse_stream(ref16[i : i + self.SUB].tobytes())
            clean.append(np.frombuffer(self._apm.process_stream(pcm[i : i + self.SUB].tobytes()), dtype=np.int16))
        out = np.concatenate(clean)
        rms = np.sqrt(np.mean((out.astype(np.float64) / 32768.0) ** 2))
        voiced = self._vad.is_speech(out.tobytes(), SAMPLE_RATE)
        return bool(voiced and 20 * np.log10(rms + 1e-9) >= self.settings.aec_floor_db)


def _open_trace() -> TextIO | None:
    path = os.environ.get("VOICEPREP_ECHO_TRACE")
    if not path:
        return None
    try:
        return open(path, "a", buffering=1, encoding="utf-8",  # noqa: SIM115 (kept for the listener's life)
                    opener=lambda name, flags: os.open(name, flags, 0o600))
    except OSError as exc:
        raise VoiceprepError(f"cannot write the echo trace {path} ({exc.strerror})", "unset VOICEPREP_ECHO_TRACE or point it at a writable file") from exc


def aec_available() -> bool:
    try:
        import aec_audio_processing  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def listener_for(mode: str, settings: EchoSettings = EchoSettings(), *,
                 clock: Callable[[], float] = time.monotonic) -> PlaybackListener:
    """headset | gate | aec | auto (the measured default; see bench/README.md)."""
    if mode == "headset":
        return HeadsetListener(settings)
    if mode == "gate":
        return GateListener(settings, clock=clock)
    if mode == "aec":
        return AecListener(settings, clock=clock)
    if mode == "auto":  # the gate: no false trigger measured, and it hears more than the AEC
        return GateListener(settings, clock=clock)
    raise VoiceprepError(f"unknown echo mode {mode!r}", f"use one of: {', '.join(CHOICES)}")


def check_choice(mode: str) -> str:
    """A command's --echo value, checked before anything is loaded (one-line errors)."""
    if mode not in CHOICES:
        raise VoiceprepError(f"unknown --echo {mode!r}", f"use one of: {', '.join(CHOICES)}")
    if mode == "aec" and not aec_available():
        raise VoiceprepError("--echo aec needs the aec-audio-processing package",
                             "pip install aec-audio-processing (it compiles WebRTC), or use --echo gate (the default)")
    return mode


def playback_listener(mode: str, settings: EchoSettings = EchoSettings()) -> PlaybackListener | None:
    """The listener a command's --echo asks for; None for "off" (live playback is half-duplex)."""
    return None if mode == "off" else listener_for(mode, settings)
