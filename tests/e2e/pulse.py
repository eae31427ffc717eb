"""A private PulseAudio server for tests: a null sink as the speaker and a second null sink whose
monitor is the microphone, so WAV files can be "spoken" into the mic and the interviewer's voice
recorded from the speaker, through the real PortAudio/ALSA/PulseAudio path."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

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
