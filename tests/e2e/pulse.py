"""A private PulseAudio server for tests: a null sink as the speaker and a second null sink whose
monitor is the microphone, so WAV files can be "spoken" into the mic and the interviewer's voice
recorded from the speaker, through the real PortAudio/ALSA/PulseAudio path. LaptopRoom adds an
echo path: the speaker's sound back into the mic, as a laptop's own speakers are heard."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

SPEAKER = "vp_speaker"
MIC_FEED = "vp_mic_feed"


class PrivatePulse:
    def __init__(self) -> None:
        self.runtime = Path(tempfile.mkdtemp(prefix="vp-pulse-"))
        self.env = {**os.environ, "XDG_RUNTIME_DIR": str(self.runtime), "PULSE_SERVER": f"unix:{self.runtime}/pulse/native",
                    "HOME": str(self.runtime)}
        self.proc: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        return all(shutil.which(x) for x in ("pulseaudio", "pactl", "paplay", "parecord"))

    def __enter__(self) -> PrivatePulse:
        self.proc = subprocess.Popen(
            ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "--disallow-exit",
             "--load=module-native-protocol-unix auth-anonymous=1",
             f"--load=module-null-sink sink_name={SPEAKER} rate=22050 channels=1",
             f"--load=module-null-sink sink_name={MIC_FEED} rate=16000 channels=1"],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode == 0:
                break
            if self.proc.poll() is not None:
                raise RuntimeError("pulseaudio exited: " + self.proc.stderr.read().decode(errors="replace")[-500:])
            time.sleep(0.2)
        else:
            raise RuntimeError("pulseaudio did not start")
        self.pactl("set-default-sink", SPEAKER)
        self.pactl("set-default-source", f"{MIC_FEED}.monitor")
        return self

    def pactl(self, *args: str) -> str:
        return subprocess.run(["pactl", *args], env=self.env, check=True, capture_output=True, text=True).stdout

    def play_into_mic(self, wav: Path) -> subprocess.Popen:
        return subprocess.Popen(["paplay", f"--device={MIC_FEED}", str(wav)], env=self.env)

    def record_speaker(self, out: Path) -> subprocess.Popen:
        return subprocess.Popen(["parecord", f"--device={SPEAKER}.monitor", "--file-format=wav", "--rate=22050", "--channels=1", str(out)], env=self.env)

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.runtime, ignore_errors=True)


class LaptopRoom:
    """Speakers and microphone in one room: what the speaker sink plays comes back into the
    microphone, attenuated, late and (optionally) smeared, through parec -> numpy -> pacat, and
    other voices (the candidate) can be mixed in at a given moment. Run it in a process whose
    environment points at the private server (PrivatePulse.env)."""

    RATE = 16000
    BLOCK = 160  # 10 ms

    def __init__(self, impulse_response: np.ndarray, env: dict[str, str] | None = None, latency_msec: int = 10) -> None:
        self.ir = np.asarray(impulse_response, dtype=np.float64)
        self.env = env if env is not None else dict(os.environ)
        self.latency_msec = latency_msec
        self._voices: list[tuple[float, np.ndarray, int | None]] = []  # (wall time it starts, audio, samples played)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._history = np.zeros(max(0, self.ir.size - 1))
        self.blocks = 0

    def __enter__(self) -> LaptopRoom:
        fmt = ["--rate=16000", "--channels=1", "--format=float32le", "--raw", f"--latency-msec={self.latency_msec}"]
        self._rec = subprocess.Popen(["parec", f"--device={SPEAKER}.monitor", *fmt], env=self.env, stdout=subprocess.PIPE)
        self._play = subprocess.Popen(["pacat", "--playback", f"--device={MIC_FEED}", *fmt], env=self.env, stdin=subprocess.PIPE)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def add_voice(self, audio16: np.ndarray, at_wall: float) -> None:
        """Mix `audio16` (float32, 16 kHz) into the microphone from time.monotonic() == at_wall."""
        with self._lock:
            self._voices.append((at_wall, np.asarray(audio16, dtype=np.float32), None))

    def _run(self) -> None:
        nbytes = self.BLOCK * 4
        while not self._stop.is_set():
            raw = self._rec.stdout.read(nbytes)
            if len(raw) < nbytes:
                break
            x = np.frombuffer(raw, dtype=np.float32).astype(np.float64)
            now = time.monotonic()
            buf = np.concatenate([self._history, x])
            y = np.convolve(buf, self.ir, mode="valid")[-x.size :] if self.ir.size > 1 else x * self.ir[0]
            self._history = buf[buf.size - self._history.size :] if self._history.size else self._history
            with self._lock:  # a voice starts in the first block after its time, then runs on sample by sample
                keep = []
                for at, voice, pos in self._voices:
                    if pos is None and now < at:
                        keep.append((at, voice, pos))
                        continue
                    pos = pos or 0
                    seg = voice[pos : pos + x.size]
                    y[: seg.size] += seg
                    if pos + x.size < voice.size:
                        keep.append((at, voice, pos + x.size))
                self._voices = keep
            try:
                self._play.stdin.write(np.clip(y, -1, 1).astype(np.float32).tobytes())
                self._play.stdin.flush()
            except BrokenPipeError:
                break
            self.blocks += 1

    def __exit__(self, *exc) -> None:
        self._stop.set()
        for p in (self._rec, self._play):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
        self._thread.join(5)
