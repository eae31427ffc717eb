"""history, report, export and delete through the console script."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from tests.helpers import analysed_session
from voiceprep.store import DB_NAME, Store


def vp(data_dir, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "voiceprep", *args, "--data-dir", str(data_dir)], capture_output=True,
                          text=True, timeout=300, input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": "200"})


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, analyzer):
    d = tmp_path_factory.mktemp("store")
    store = Store.open(d)
    analysed_session(store, analyzer, files=2)
    analysed_session(store, analyzer, files=1, complete=False)
    return d


pytestmark = pytest.mark.slow


def test_history_lists_newest_first_with_status(store_dir):
    out = vp(store_dir, "history").stdout
    assert out.index("incomplete") < out.index("complete ")  # the newer, unfinished session is first
    assert "interview" in out and "filled 1" in out


def test_empty_store_history_and_report(tmp_path):
    assert "No sessions yet" in vp(tmp_path, "history").stdout
    proc = vp(tmp_path, "report")
    assert proc.returncode == 2 and "no sessions yet" in proc.stderr


def test_unknown_session_id(store_dir):
    proc = vp(store_dir, "report", "nonexistent")
    assert proc.returncode == 2 and proc.stderr.startswith("error: no session matches")


def test_export_json_and_csv(store_dir):
    data = json.loads(vp(store_dir, "export", "latest").stdout)
    assert data["complete"] is False and data["turns"][1]["metrics"]["words"] > 0
    rows = list(csv.DictReader(io.StringIO(vp(store_dir, "export", "latest", "--format", "csv").stdout)))
    assert [r["role"] for r in rows] == ["interviewer", "candidate"]
    assert float(rows[1]["wpm"]) > 50
    assert rows[1]["figures_in_doubt"] == ""  # clean synthesized answers: no figure in doubt (the column is new, last)
    assert vp(store_dir, "export", "latest", "--format", "xml").returncode == 2


def test_delete_asks_and_yes_deletes(tmp_path, analyzer):
    store = Store.open(tmp_path)
    sid = analysed_session(store, analyzer, files=1)
    proc = vp(tmp_path, "delete", sid)
    assert proc.returncode == 2 and "--yes" in proc.stderr
    assert vp(tmp_path, "delete", sid, "--yes").returncode == 0
    assert Store.open(tmp_path).list_sessions() == []
    assert not (tmp_path / "audio" / sid).exists()


def test_corrupted_database_gives_a_clear_error(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 1000)
    proc = vp(tmp_path, "history")
    assert proc.returncode == 2 and "not a readable voiceprep database" in proc.stderr
    assert (tmp_path / DB_NAME).read_bytes() == b"garbage" * 1000


def test_analyze_save_stores_a_session(tmp_path):
    from tests.helpers import SAMPLES

    proc = subprocess.run([sys.executable, "-m", "voiceprep", "analyze", str(SAMPLES / "06_short_answer.wav"), "--save", "--json",
                           "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    sid = json.loads(proc.stdout)["session_id"]
    stored = Store.open(tmp_path).get_session(sid)
    assert stored.mode == "analyze" and stored.complete and stored.turns[0].metrics.words >= 5
    assert (tmp_path / stored.turns[0].audio_path).is_file()
