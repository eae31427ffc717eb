"""`--stt-model tiny|base|PATH`: base is assembled from its two wheels, verified, and transcribes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES_DIR

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _analyze(tmp_path: Path, model: str) -> dict:
    env = {**os.environ, "VOICEPREP_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "voiceprep", "analyze", str(SAMPLES_DIR / "06_short_answer.wav"), "--json", "--stt-model", model],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("model", ["base", "tiny", "bundled"])
def test_each_named_model_loads_and_hears_the_answer(tmp_path, samples_truth, model):
    truth = next(t for t in samples_truth if t["file"] == "06_short_answer.wav")
    out = _analyze(tmp_path, model)
    assert out["words"] == truth["words"]
    assert "weekends" in out["transcript"].lower()


def test_base_is_built_once_in_a_private_cache(tmp_path):
    from voiceprep.model_hashes import BASE_FILES

    _analyze(tmp_path, "base")
    folder = tmp_path / "cache" / "models" / "whisper-base-1.0.0"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f.name for f in BASE_FILES)
    assert (folder / "model.bin").stat().st_size == 145_217_532
    assert (tmp_path / "cache" / "models").stat().st_mode & 0o077 == 0
    mtime = (folder / "model.bin").stat().st_mtime_ns
    _analyze(tmp_path, "base")
    assert (folder / "model.bin").stat().st_mtime_ns == mtime  # reused, not rebuilt
