"""Shared fixtures: models load once per test run; sample truth comes from audio_samples/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = ROOT / "audio_samples"


@pytest.fixture(scope="session")
def analyzer():
    from voiceprep.analyzer import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def voice():
    from voiceprep.speech.tts import Voice

    return Voice()


@pytest.fixture(scope="session")
def samples_truth() -> list[dict]:
    path = SAMPLES_DIR / "samples.json"
    if not path.exists():
        pytest.fail("audio_samples/samples.json is missing: run scripts/make_samples.py")
    data = json.loads(path.read_text())
    return data["samples"] if isinstance(data, dict) else data
