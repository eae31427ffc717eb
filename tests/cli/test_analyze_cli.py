"""`voiceprep analyze` through the real console script: error paths and the JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
VOICEPREP = [sys.executable, "-m", "voiceprep"]


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*VOICEPREP, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT, stdin=subprocess.DEVNULL)


def write_pcm(path: Path, samples: np.ndarray, rate: int = 16000, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.astype(np.int16).tobytes())
    return path


def assert_one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    for n in needles:
        assert n in lines[0]
    assert proc.stdout == ""


def test_version():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("voiceprep ")


def test_missing_file(tmp_path):
    assert_one_line_error(run("analyze", str(tmp_path / "nope.wav")), "file not found")


def test_not_audio(tmp_path):
    bad = tmp_path / "notes.wav"
    bad.write_text("this is a text file pretending to be audio\n" * 50)
    assert_one_line_error(run("analyze", str(bad)), "not a readable audio file")


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.wav"
    empty.touch()
    assert_one_line_error(run("analyze", str(empty)), "empty")


def test_truncated_wav_header(tmp_path):
    good = write_pcm(tmp_path / "good.wav", np.zeros(16000))
    cut = tmp_path / "cut.wav"
    cut.write_bytes(good.read_bytes()[:30])
    assert_one_line_error(run("analyze", str(cut)))


def test_tiny_clip_is_refused_clearly(tmp_path):
    clip = write_pcm(tmp_path / "clip.wav", np.random.default_rng(0).normal(0, 3000, 3200))  # 0.2 s
    assert_one_line_error(run("analyze", str(clip)), "too short")


def test_silence_gives_zero_words_not_a_crash(tmp_path):
    quiet = write_pcm(tmp_path / "quiet.wav", np.random.default_rng(1).normal(0, 20, 16000 * 4), rate=16000)
    proc = run("analyze", str(quiet), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["words"] == 0 and out["wpm"] == 0.0 and out["fillers"]["count"] == 0
    assert out["transcript"] == ""
    assert "prosody" in out and out["prosody"] is None  # the key is always there; null when nothing was said


def test_thirty_minute_file_is_handled(tmp_path):
    # 30 minutes of near-silence at 8 kHz stereo: decoded, resampled and measured, not refused.
    n = 8000 * 60 * 30
    long = write_pcm(tmp_path / "long.wav", np.zeros(n * 2), rate=8000, channels=2)
    proc = run("analyze", str(long), "--json", timeout=600)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["duration_s"] == pytest.approx(1800, abs=0.1)
    assert out["words"] == 0


def test_bad_min_pause(tmp_path):
    f = write_pcm(tmp_path / "a.wav", np.zeros(16000))
    assert_one_line_error(run("analyze", str(f), "--min-pause", "0"), "--min-pause")


@pytest.mark.slow
def test_json_contract_on_real_speech(tmp_path, voice):
    from voiceprep.audio.io import write_wav

    audio = voice.synthesize("I listened to the customer first. Then I fixed the billing error the same day.")
    loud = np.flatnonzero(np.abs(audio) > 0.01)
    audio = audio[loud[0] : loud[-1] + 1]  # trim piper's own lead-in and tail so the gap is exact
    gap = np.zeros(int(16000 * 1.2), dtype=np.float32)
    path = write_wav(tmp_path / "answer.wav", np.concatenate([gap, audio, gap, audio]))
    proc = run("analyze", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    for key in ("file", "duration_s", "words", "span_s", "wpm", "articulation_wpm", "fillers", "pauses", "transcript"):
        assert key in out
    assert set(out["fillers"]) >= {"count", "per_min", "items"}
    assert set(out["pauses"]) >= {"count", "mean_s", "longest_s", "items"}
    assert 20 <= out["words"] <= 32  # 2 x 15 words, give or take recognition slips
    assert out["pauses"]["longest_s"] == pytest.approx(1.2, abs=0.15)
    assert 100 < out["wpm"] < 250
    assert "customer" in out["transcript"].lower()
    # The prosody object: every contract key, typed, with plausible values for the bundled male voice.
    pro = out["prosody"]
    assert isinstance(pro["monotone"], bool)
    assert isinstance(pro["rising_endings"], list) and isinstance(pro["trailing_off"], list)
    for e in pro["rising_endings"] + pro["trailing_off"]:
        assert 0 <= e["start"] < e["end"] <= out["duration_s"] + 0.5
    assert 60 < pro["pitch_median_hz"] < 200
    assert 0 < pro["pitch_sd_st"] < pro["pitch_range_st"] < 24
    assert -60 < pro["loudness_db"] < 0 and pro["loudness_sd_db"] > 0
    assert pro["statements_checked"] >= 2 and "contour" not in pro


@pytest.mark.slow
def test_json_details_carry_the_prosody_contour(tmp_path, voice):
    from voiceprep.audio.io import write_wav

    path = write_wav(tmp_path / "a.wav", voice.synthesize("I kept the customer updated every day until it was fixed."))
    proc = run("analyze", str(path), "--json", "--details")
    assert proc.returncode == 0, proc.stderr
    pro = json.loads(proc.stdout)["prosody"]
    voiced = [p for p in pro["contour"] if p[1] is not None]
    assert len(voiced) > 10 and all(60 < p[1] < 300 for p in voiced)


@pytest.mark.slow
def test_a_clipping_recording_says_it_is_less_sure(tmp_path):
    from voiceprep.audio.io import load_audio, write_wav

    audio = load_audio(ROOT / "audio_samples" / "03_fast_talker.wav")
    hot = write_wav(tmp_path / "hot.wav", np.clip(audio * 5.0, -0.99, 0.99))
    out = json.loads(run("analyze", str(hot), "--json", "--details").stdout)
    assert [q["code"] for q in out["quality"]] == ["clipping"]
    assert out["voiced_stretches"] and {v["heard_as"] for v in out["voiced_stretches"]} >= {"words"}
    plain = json.loads(run("analyze", str(ROOT / "audio_samples" / "03_fast_talker.wav"), "--json").stdout)
    assert plain["quality"] == []
    assert out["figures_in_doubt"] == ["pauses"] and plain["figures_in_doubt"] == []
    proc = run("analyze", str(hot))
    assert proc.returncode == 0 and "Less sure" in proc.stdout and "clips" in proc.stdout
    assert "? less sure" in proc.stdout and f"{out['wpm']:.0f}?" not in proc.stdout  # pauses marked, pace not


@pytest.mark.slow
def test_a_noisy_recording_marks_its_pace_as_less_sure(tmp_path):
    from voiceprep.audio.io import load_audio, write_wav

    audio = load_audio(ROOT / "audio_samples" / "03_fast_talker.wav")
    noisy = write_wav(tmp_path / "noisy.wav", audio + np.random.default_rng(0).normal(0, 0.03, audio.size))
    out = json.loads(run("analyze", str(noisy), "--json").stdout)
    assert "noisy" in [q["code"] for q in out["quality"]] and "wpm" in out["figures_in_doubt"]
    table = run("analyze", str(noisy)).stdout
    assert f"{out['wpm']:.0f}?" in table and f"{out['words']}?" in table
