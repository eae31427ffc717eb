"""The built wheel is a working tool: installed into a fresh venv (not the checkout), it runs
coach, a headless practice and report, so prompts, scenarios and the template ship inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def run(cmd: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL, env=env)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
    return proc


def test_wheel_in_a_fresh_venv_runs_coach_practice_and_report(tmp_path):
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)], tmp_path)
    wheel = next(dist.glob("voiceprep-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in ("voiceprep/prompts/questions.toml", "voiceprep/prompts/interviewer.md", "voiceprep/prompts/customer.md",
                    "voiceprep/prompts/scenarios/late_delivery.toml", "voiceprep/report/templates/report.html.j2"):
        assert shipped in names, f"{shipped} is not in the wheel"

    venv = tmp_path / "fresh"
    run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    py = venv / "bin" / "python"
    # Third-party dependencies are borrowed from the project's venv (a path line, not a site dir:
    # the checkout's editable hook there is not run), so voiceprep itself comes only from the wheel.
    site = Path(run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp_path).stdout.strip())
    (site / "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], tmp_path)
    where = run([str(py), "-c", "import voiceprep; print(voiceprep.__file__)"], tmp_path).stdout.strip()
    assert where.startswith(str(venv)), where

    vp = str(venv / "bin" / "voiceprep")
    coach = json.loads(run([vp, "coach", "--json", "--text", "I would probably tell them to wait, it was the courier's fault."], tmp_path).stdout)
    assert "star" in coach
    data, out = tmp_path / "data", tmp_path / "out"
    sample = ROOT / "audio_samples" / "06_short_answer.wav"
    session = json.loads(run([vp, "practice", "--input", str(sample), "--questions", "1", "--hold-silences", "0", "--brain", "scripted",
                              "--json", "--data-dir", str(data), "--output-dir", str(out)], tmp_path).stdout)
    assert session["turns"][0]["kind"] == "greeting" and any(t["role"] == "candidate" for t in session["turns"])
    report = tmp_path / "report.html"
    run([vp, "report", "latest", "--data-dir", str(data), "--out", str(report)], tmp_path)
    assert "<html" in report.read_text()[:500].lower()
