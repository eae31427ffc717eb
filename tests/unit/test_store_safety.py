"""The store under races, damage, read-only media and hostile input: real processes, real files."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from tests.unit.test_store import answer
from voiceprep.errors import VoiceprepError
from voiceprep.store import DB_NAME, Store

ROOT = Path(__file__).resolve().parents[2]


def vp(data_dir: Path, *args: str, user: str | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "voiceprep", *args, "--data-dir", str(data_dir)]
    if user:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]  # uid=gid here
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, cwd=ROOT,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "PYTHONPATH": str(ROOT), "HOME": "/tmp"})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


SAVER = textwrap.dedent("""
    import sys
    from voiceprep.store import Store
    store = Store.open(sys.argv[1])
    sid = store.start_session("analyze")
    store.finish_session(sid)
    print(sid)
""")


def test_commands_opening_a_fresh_store_at_once_all_succeed(tmp_path):
    """Eight processes start on a store that does not exist yet; every one saves its session."""
    for trial in range(4):
        d = tmp_path / f"t{trial}"
        procs = [subprocess.Popen([sys.executable, "-c", SAVER, str(d)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, cwd=ROOT) for _ in range(8)]
        outs = [p.communicate(timeout=120) for p in procs]
        assert all(p.returncode == 0 for p in procs), [err for _, err in outs if err]
        sids = {out.strip() for out, _ in outs}
        assert len(sids) == 8
        assert {s.id for s in Store.open(d, write=False).list_sessions(None)} == sids


def test_two_histories_at_once_on_a_fresh_store(tmp_path):
    procs = [subprocess.Popen([sys.executable, "-m", "voiceprep", "history", "--data-dir", str(tmp_path)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outs]
    assert all("No sessions yet" in out for out, _ in outs)


def _store_with_sessions(d: Path, n: int = 40) -> None:
    store = Store.open(d, keep_audio=False)
    for _ in range(n):
        sid = store.start_session("interview")
        store.add_turn(sid, answer(0))
        store.finish_session(sid)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def _damage_pages(db: Path) -> None:
    """Overwrite the middle of the file (b-tree pages), keeping the 100-byte header intact."""
    data = bytearray(db.read_bytes())
    assert len(data) > 16 * 4096
    page = 4096
    for k in range(3, len(data) // page - 1, 2):
        data[k * page + 8 : k * page + 600] = os.urandom(592)
    db.write_bytes(bytes(data))


def test_damaged_pages_give_one_line_and_nothing_is_written(tmp_path):
    _store_with_sessions(tmp_path)
    db = tmp_path / DB_NAME
    _damage_pages(db)
    before = digest(db)
    with pytest.raises(VoiceprepError, match="damaged"):
        Store.open(tmp_path)  # what analyze --save and practice do first
    for args in (("history",), ("report", "latest"), ("export", "latest")):
        proc = vp(tmp_path, *args)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert digest(db) == before


def test_empty_database_file_is_refused_not_replaced(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"")
    for write in (True, False):
        with pytest.raises(VoiceprepError, match="empty"):
            Store.open(tmp_path, write=write)
    assert (tmp_path / DB_NAME).stat().st_size == 0


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root to act as another user")
def test_read_only_store_can_be_reviewed():
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="voiceprep-ro-", dir="/tmp"))  # pytest's tmp is root-only
    try:
        os.chmod(base, 0o755)
        d = base / "ro"
        _store_with_sessions(d, 3)
        for f in [d, *d.iterdir()]:
            os.chown(f, 65534, 65534)
            os.chmod(f, 0o500 if f.is_dir() else 0o400)
        proc = vp(d, "history", user="65534")
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.count("interview") == 3
        proc = vp(d, "export", "latest", user="65534")
        assert proc.returncode == 0 and '"mode": "interview"' in proc.stdout, proc.stderr
    finally:
        shutil.rmtree(base)


@pytest.mark.parametrize("bad", ["", "%", "_", "2026%", "../x", " "])
def test_delete_refuses_empty_and_wildcard_ids(tmp_path, bad):
    _store_with_sessions(tmp_path, 1)
    proc = vp(tmp_path, "delete", "--yes", bad)
    assert proc.returncode == 2 and "session" in proc.stderr
    assert len(Store.open(tmp_path, write=False).list_sessions(None)) == 1


def test_paths_from_a_tampered_database_stay_inside_the_data_folder(tmp_path):
    d = tmp_path / "data"
    store = Store.open(d)
    sid = store.start_session("interview")
    store.add_turn(sid, answer(0), np.zeros(16000, dtype=np.float32))
    store.finish_session(sid)
    secret = tmp_path / "secret.wav"
    shutil.copy(next((d / "audio" / sid).iterdir()), secret)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("not voiceprep's")
    # Tamper: the turn's audio points outside, and the session id walks out of audio/.
    store.db.execute("UPDATE turns SET audio_path = ? WHERE session_id = ?", ("../secret.wav", sid))
    store.close()
    stored = Store.open(d, write=False).get_session("latest")
    assert Store.open(d, write=False).audio_file(stored.turns[0]) is None
    out = tmp_path / "r.html"
    assert vp(d, "report", "latest", "--out", str(out)).returncode == 0
    assert "data:audio" not in out.read_text()
    con = sqlite3.connect(d / DB_NAME)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE sessions SET id = ? WHERE id = ?", (f"{sid[:8]}/../../outside", sid))
    con.commit()
    con.close()
    proc = vp(d, "delete", "--yes", sid[:8])
    assert proc.returncode == 2
    assert (outside / "keep.txt").exists()


def test_reports_and_recordings_are_private_and_go_with_delete(tmp_path):
    d = tmp_path / "data"
    store = Store.open(d)
    sid = store.start_session("interview")
    store.add_turn(sid, answer(0), np.zeros(16000, dtype=np.float32))
    store.finish_session(sid)
    store.close()
    assert stat.S_IMODE((d / "audio").stat().st_mode) == 0o700
    assert vp(d, "report", "latest").returncode == 0
    default = d / f"report-{sid}.html"
    out = tmp_path / "mine.html"
    out.write_text("old")
    os.chmod(out, 0o644)
    assert vp(d, "report", "latest", "--out", str(out)).returncode == 0
    assert stat.S_IMODE(default.stat().st_mode) == 0o600 and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert vp(d, "delete", "--yes", sid).returncode == 0
    assert not default.exists() and not (d / "audio" / sid).exists()


def test_a_shared_folder_keeps_its_mode(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    Store.open(shared).close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE((shared / DB_NAME).stat().st_mode) == 0o600
