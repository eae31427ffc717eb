"""A private PulseAudio server for tests: a null sink as the speaker and a second null sink whose
monitor is the microphone, so WAV files can be "spoken" into the mic and the interviewer's voice
recorded from the speaker, through the real PortAudio/ALSA/PulseAudio path. `echo_path` adds
what a laptop has: its own speakers' sound back into its microphone."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
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

    @staticmethod
    def speak_into_mic(audio16: np.ndarray, env: dict[str, str] | None = None) -> subprocess.Popen:
        """Play float32 16 kHz audio into the microphone now (from any process on the server)."""
        proc = subprocess.Popen(["pacat", "--playback", f"--device={MIC_FEED}", "--raw", "--format=float32le", "--rate=16000",
                                 "--channels=1"], env=env if env is not None else dict(os.environ), stdin=subprocess.PIPE)
        proc.stdin.write(np.asarray(audio16, dtype=np.float32).tobytes())
        proc.stdin.close()
        return proc

    def record_speaker(self, out: Path) -> subprocess.Popen:
        return subprocess.Popen(["parecord", f"--device={SPEAKER}.monitor", "--file-format=wav", "--rate=22050", "--channels=1", str(out)], env=self.env)

    def echo_path(self, attenuation_db: float, latency_msec: int) -> str:
        """Feed the speaker's output back into the microphone, `attenuation_db` down and
        `latency_msec` late (on top of the audio stack's own latency), as a laptop's own
        speakers are heard by its microphone. PulseAudio's module-loopback keeps the latency
        steady (it resamples to hold it). Returns the module's index."""
        module = self.pactl("load-module", "module-loopback", f"source={SPEAKER}.monitor", f"sink={MIC_FEED}",
                            f"latency_msec={latency_msec}", "source_dont_move=true", "sink_dont_move=true").strip()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            for block in self.pactl("list", "sink-inputs").split("Sink Input #")[1:]:
                if re.search(rf"Owner Module: {module}\b", block):
                    self.pactl("set-sink-input-volume", block.split()[0], f"{-abs(attenuation_db):.1f}dB")
                    return module
            time.sleep(0.1)
        raise RuntimeError("the loopback's stream did not appear")

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.runtime, ignore_errors=True)

