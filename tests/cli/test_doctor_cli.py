"""`voiceprep doctor` reports each check and how to fix what is missing."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_doctor_finds_bundled_models_and_reports_dead_ollama():
    host = f"http://127.0.0.1:{closed_port()}"
    proc = subprocess.run(
        [sys.executable, "-m", "voiceprep", "doctor", "--ollama-host", host],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr  # optional parts missing is not failure
    out = proc.stdout
    assert "tiny.en (bundled)" in out
    assert "en_US-joe-medium (bundled)" in out
    assert "not reachable" in out and "ollama serve" in out


def test_doctor_fails_on_missing_stt_model(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "voiceprep", "doctor", "--stt-model", str(tmp_path / "nothing"), "--ollama-host", f"http://127.0.0.1:{closed_port()}"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 1
    assert "speech model folder not found" in proc.stdout
