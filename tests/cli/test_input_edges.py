"""Odd paths and out-of-range numbers get one clear line, and a bad answer file is found before
anything is stored."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "audio_samples" / "06_short_answer.wav"


def vp(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "voiceprep", *args], capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL, cwd=ROOT, env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "PYTHONPATH": str(ROOT)})


def one_line_error(proc: subprocess.CompletedProcess) -> bool:
    return proc.returncode == 2 and proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1


@pytest.mark.slow
def test_markup_like_path_is_printed_as_it_is(tmp_path):
    odd = tmp_path / "take[" / "]one [bold].wav"  # together: take[/]one [bold].wav
    odd.parent.mkdir()
    shutil.copy(SAMPLE, odd)
    proc = vp("analyze", str(odd))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "[bold]" in proc.stdout


def test_markup_in_typed_answers_and_report_paths(tmp_path):
    proc = vp("coach", "--text", "I said [/] and [red]sorry[/red], I mean, it was not my fault, it was [/]the courier.")
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "r[" / "]x.html"
    out.parent.mkdir()
    proc = vp("report", "--data-dir", str(tmp_path / "none"), "--out", str(out))
    assert one_line_error(proc) and "no sessions yet" in proc.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0", "-5"])
def test_min_pause_must_be_a_real_duration(value):
    proc = vp("analyze", str(SAMPLE), f"--min-pause={value}")
    assert one_line_error(proc) and "--min-pause" in proc.stderr


@pytest.mark.parametrize("value", ["0", "-5", "nan", "inf"])
def test_max_answer_must_be_a_real_duration(tmp_path, value):
    proc = vp("practice", "--input", str(SAMPLE), f"--max-answer-s={value}", "--brain", "scripted", "--data-dir", str(tmp_path))
    assert one_line_error(proc) and "--max-answer-s" in proc.stderr
    assert not any(tmp_path.iterdir())


def test_a_bad_answer_file_is_found_before_the_session_starts(tmp_path):
    bad = tmp_path / "second.wav"
    bad.write_text("this is not audio")
    data = tmp_path / "data"
    proc = vp("practice", "--input", str(SAMPLE), str(bad), "--brain", "scripted", "--data-dir", str(data),
              "--output-dir", str(tmp_path / "out"))
    assert one_line_error(proc) and "second.wav" in proc.stderr
    assert not (data / "voiceprep.sqlite3").exists()  # no junk session
