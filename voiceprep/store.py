"""The session store: SQLite (WAL) plus one WAV per turn beside it, private to the user.

Every turn is committed the moment it completes, so a session killed mid-way is still there,
marked incomplete. The schema has a version and forward migrations. Readers (reports) can open
the database while a session is being written.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from voiceprep.errors import VoiceprepError
from voiceprep.paths import data_dir as resolve_data_dir
from voiceprep.paths import ensure_private_dir
from voiceprep.types import (
    Filler,
    HeldSilence,
    PacePoint,
    Pause,
    QualityFlag,
    Span,
    SpeechMetrics,
    Turn,
    Word,
)

if TYPE_CHECKING:  # numpy only for annotations: `history` should not pay for importing it
    import numpy as np

DB_NAME = "voiceprep.sqlite3"

_V1 = """
CREATE TABLE sessions (
    id TEXT PRIMARY KEY, mode TEXT NOT NULL, started_at REAL NOT NULL, finished_at REAL,
    complete INTEGER NOT NULL DEFAULT 0, meta TEXT NOT NULL DEFAULT '{}', summary TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE turns (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    role TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, start REAL NOT NULL, "end" REAL NOT NULL,
    question TEXT NOT NULL DEFAULT '', latency_s REAL, response_latency_s REAL, audio_path TEXT,
    extra TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (session_id, idx)
);
CREATE TABLE metrics (
    session_id TEXT NOT NULL, turn_idx INTEGER NOT NULL, duration_s REAL, words INTEGER, span_s REAL,
    wpm REAL, articulation_wpm REAL, speaking_time_s REAL, first_word_s REAL, fillers_per_min REAL,
    longest_pause_s REAL, transcript TEXT, speech TEXT NOT NULL DEFAULT '[]', pace TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (session_id, turn_idx),
    FOREIGN KEY (session_id, turn_idx) REFERENCES turns(session_id, idx) ON DELETE CASCADE
);
CREATE TABLE words (
    session_id TEXT NOT NULL, turn_idx INTEGER NOT NULL, i INTEGER NOT NULL, text TEXT NOT NULL,
    start REAL NOT NULL, "end" REAL NOT NULL, probability REAL, source TEXT,
    FOREIGN KEY (session_id, turn_idx) REFERENCES turns(session_id, idx) ON DELETE CASCADE
);
CREATE TABLE fillers (
    session_id TEXT NOT NULL, turn_idx INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    start REAL NOT NULL, "end" REAL NOT NULL,
    FOREIGN KEY (session_id, turn_idx) REFERENCES turns(session_id, idx) ON DELETE CASCADE
);
CREATE TABLE pauses (
    session_id TEXT NOT NULL, turn_idx INTEGER NOT NULL, start REAL NOT NULL, "end" REAL NOT NULL,
    FOREIGN KEY (session_id, turn_idx) REFERENCES turns(session_id, idx) ON DELETE CASCADE
);
CREATE TABLE held_silences (
    session_id TEXT NOT NULL, turn_idx INTEGER NOT NULL, duration_s REAL NOT NULL, outcome TEXT NOT NULL,
    resumed_after_s REAL, text TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (session_id, turn_idx) REFERENCES turns(session_id, idx) ON DELETE CASCADE
);
CREATE INDEX words_turn ON words(session_id, turn_idx);
CREATE INDEX fillers_turn ON fillers(session_id, turn_idx);
CREATE INDEX pauses_turn ON pauses(session_id, turn_idx);
CREATE INDEX sessions_started ON sessions(started_at);
"""

# Forward migrations: MIGRATIONS[n] takes a database at version n to n + 1. Never edit one
# that has shipped; append a new one.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    lambda db: db.executescript(_V1),
    # v2: why an answer's figures are less sure (analysis quality flags), as a JSON list
    lambda db: db.execute("ALTER TABLE metrics ADD COLUMN quality TEXT NOT NULL DEFAULT '[]'"),
]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class SessionSummary:
    """One row of `voiceprep history`."""

    id: str
    mode: str
    started_at: float
    complete: bool
    answers: int
    median_wpm: float | None
    fillers_per_min: float | None
    longest_pause_s: float | None
    held_silences: dict[str, int]


@dataclass(frozen=True)
class StoredSession:
    """A whole session read back: its turns rebuilt as the dataclasses the loop wrote."""

    id: str
    mode: str
    started_at: float
    finished_at: float | None
    complete: bool
    meta: dict
    summary: dict
    turns: tuple[Turn, ...]

    def to_dict(self) -> dict:
        return {
            "id": self.id, "mode": self.mode, "started_at": self.started_at, "finished_at": self.finished_at,
            "complete": self.complete, "meta": self.meta, "summary": self.summary,
            "turns": [t.to_dict() for t in self.turns],
        }


class Store:
    """Open with Store.open(); one connection per Store; safe to read while another writes."""

    def __init__(self, root: Path, db: sqlite3.Connection, *, keep_audio: bool = True) -> None:
        self.root = root
        self.db = db
        self.keep_audio = keep_audio

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, keep_audio: bool = True) -> Store:
        root = ensure_private_dir(resolve_data_dir(data_dir))
        path = root / DB_NAME
        old_umask = os.umask(0o077)
        try:
            db = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise VoiceprepError(
                    f"{path} was written by a newer voiceprep (schema {version})",
                    "upgrade voiceprep; the database was left untouched",
                )
            for n in range(version, SCHEMA_VERSION):
                with db:
                    db.execute("BEGIN")
                    MIGRATIONS[n](db)
                    db.execute(f"PRAGMA user_version = {n + 1}")
        except sqlite3.DatabaseError as exc:
            raise VoiceprepError(
                f"{path} is not a readable voiceprep database ({exc})",
                "it was left untouched: move it aside to start a new store, or restore a backup",
            ) from exc
        finally:
            os.umask(old_umask)
        for f in root.glob(DB_NAME + "*"):
            os.chmod(f, 0o600)
        return cls(root, db, keep_audio=keep_audio)

    def close(self) -> None:
        self.db.close()

    # ---------------------------------------------------------------- writing

    def start_session(self, mode: str, meta: dict | None = None, *, started_at: float | None = None) -> str:
        sid = time.strftime("%Y%m%d-%H%M%S") + "-" + uuid.uuid4().hex[:6]
        self._write(
            "INSERT INTO sessions (id, mode, started_at, meta) VALUES (?, ?, ?, ?)",
            (sid, mode, started_at or time.time(), json.dumps(meta or {})),
        )
        return sid

    def add_turn(self, sid: str, turn: Turn, audio: np.ndarray | None = None, sample_rate: int = 16000) -> None:
        """Store one completed turn (and its audio unless keep_audio is off), committed at once."""
        audio_path = turn.audio_path
        if audio is not None and self.keep_audio and audio.size:
            from voiceprep.audio.io import write_wav

            folder = ensure_private_dir(self.root / "audio" / sid)
            wav = write_wav(folder / f"{turn.index:03d}-{turn.role}.wav", audio, sample_rate)
            os.chmod(wav, 0o600)
            audio_path = str(wav.relative_to(self.root))
        try:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                self.db.execute(
                    'INSERT OR REPLACE INTO turns (session_id, idx, role, kind, text, start, "end", question, latency_s, '
                    "response_latency_s, audio_path, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (sid, turn.index, turn.role, turn.kind, turn.text, turn.start, turn.end, turn.question, turn.latency_s,
                     turn.response_latency_s, audio_path, json.dumps(turn.extra)),
                )
                m = turn.metrics
                if m is not None:
                    self.db.execute(
                        "INSERT INTO metrics VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (sid, turn.index, m.duration_s, m.words, m.span_s, m.wpm, m.articulation_wpm, m.speaking_time_s,
                         m.first_word_s, m.fillers_per_min, m.longest_pause_s, m.transcript,
                         json.dumps([[s.start, s.end] for s in m.speech]), json.dumps([[p.time_s, p.wpm] for p in m.pace_over_time]),
                         json.dumps([[q.code, q.message] for q in m.quality])),
                    )
                    self.db.executemany(
                        'INSERT INTO words VALUES (?,?,?,?,?,?,?,?)',
                        [(sid, turn.index, i, w.text, w.start, w.end, w.probability, w.source) for i, w in enumerate(m.word_timeline)],
                    )
                    self.db.executemany("INSERT INTO fillers VALUES (?,?,?,?,?,?)", [(sid, turn.index, f.text, f.kind, f.start, f.end) for f in m.fillers])
                    self.db.executemany("INSERT INTO pauses VALUES (?,?,?,?)", [(sid, turn.index, p.start, p.end) for p in m.pauses])
                h = turn.held_silence
                if h is not None:
                    self.db.execute("INSERT INTO held_silences VALUES (?,?,?,?,?,?)", (sid, turn.index, h.duration_s, h.outcome, h.resumed_after_s, h.text))
        except sqlite3.OperationalError as exc:
            raise _write_error(exc, self.root) from exc

    def finish_session(self, sid: str, summary: dict | None = None, *, complete: bool = True) -> None:
        """Close a session; `complete=False` records a summary but keeps it marked incomplete."""
        self._write("UPDATE sessions SET complete = ?, finished_at = ?, summary = ? WHERE id = ?",
                    (int(complete), time.time(), json.dumps(summary or {}), sid))

    def delete_session(self, sid: str) -> None:
        sid = self.resolve(sid)
        self._write("DELETE FROM sessions WHERE id = ?", (sid,))
        folder = self.root / "audio" / sid
        if folder.is_dir():
            for f in folder.iterdir():
                f.unlink()
            folder.rmdir()

    def _write(self, sql: str, args: tuple) -> None:
        try:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                self.db.execute(sql, args)
        except sqlite3.OperationalError as exc:
            raise _write_error(exc, self.root) from exc

    # ---------------------------------------------------------------- reading

    def resolve(self, sid_or_latest: str) -> str:
        """A full session id from an id, a unique prefix of one, or 'latest'."""
        if sid_or_latest == "latest":
            row = self.db.execute("SELECT id FROM sessions ORDER BY started_at DESC LIMIT 1").fetchone()
            if row is None:
                raise VoiceprepError("there are no sessions yet", "practise first: voiceprep practice, or voiceprep analyze FILE --save")
            return row["id"]
        rows = self.db.execute("SELECT id FROM sessions WHERE id LIKE ? LIMIT 2", (sid_or_latest.replace("%", "") + "%",)).fetchall()
        if len(rows) != 1:
            what = "no session" if not rows else "more than one session"
            raise VoiceprepError(f"{what} matches {sid_or_latest!r}", "see the ids with `voiceprep history`")
        return rows[0]["id"]

    def get_session(self, sid_or_latest: str = "latest") -> StoredSession:
        sid = self.resolve(sid_or_latest)
        s = self.db.execute("SELECT * FROM sessions WHERE id = ?", (sid,)).fetchone()
        per_turn: dict[str, dict[int, list]] = {}
        for table in ("words", "fillers", "pauses"):
            order = "i" if table == "words" else "start"
            groups: dict[int, list] = {}
            for r in self.db.execute(f"SELECT * FROM {table} WHERE session_id = ? ORDER BY turn_idx, {order}", (sid,)):
                groups.setdefault(r["turn_idx"], []).append(r)
            per_turn[table] = groups
        metrics = {r["turn_idx"]: r for r in self.db.execute("SELECT * FROM metrics WHERE session_id = ?", (sid,))}
        held = {r["turn_idx"]: r for r in self.db.execute("SELECT * FROM held_silences WHERE session_id = ?", (sid,))}
        turns = []
        for r in self.db.execute("SELECT * FROM turns WHERE session_id = ? ORDER BY idx", (sid,)):
            i = r["idx"]
            m = metrics.get(i)
            sm = None
            if m is not None:
                sm = SpeechMetrics(
                    duration_s=m["duration_s"], words=m["words"], span_s=m["span_s"], wpm=m["wpm"],
                    articulation_wpm=m["articulation_wpm"], speaking_time_s=m["speaking_time_s"],
                    fillers=tuple(Filler(f["text"], f["kind"], f["start"], f["end"]) for f in per_turn["fillers"].get(i, [])),
                    pauses=tuple(Pause(p["start"], p["end"]) for p in per_turn["pauses"].get(i, [])),
                    transcript=m["transcript"],
                    word_timeline=tuple(Word(w["text"], w["start"], w["end"], w["probability"], w["source"]) for w in per_turn["words"].get(i, [])),
                    speech=tuple(Span(a, b) for a, b in json.loads(m["speech"])),
                    pace_over_time=tuple(PacePoint(t, v) for t, v in json.loads(m["pace"])),
                    first_word_s=m["first_word_s"],
                    quality=tuple(QualityFlag(code, message) for code, message in json.loads(m["quality"])),
                )
            h = held.get(i)
            turns.append(Turn(
                index=i, role=r["role"], kind=r["kind"], text=r["text"], start=r["start"], end=r["end"], metrics=sm,
                latency_s=r["latency_s"], response_latency_s=r["response_latency_s"],
                held_silence=HeldSilence(h["duration_s"], h["outcome"], h["resumed_after_s"], h["text"]) if h else None,
                question=r["question"], audio_path=r["audio_path"], extra=json.loads(r["extra"]),
            ))
        return StoredSession(s["id"], s["mode"], s["started_at"], s["finished_at"], bool(s["complete"]),
                             json.loads(s["meta"]), json.loads(s["summary"]), tuple(turns))

    def list_sessions(self, limit: int | None = 20) -> list[SessionSummary]:
        """Newest first, with the per-session figures `history` shows (one query, no per-row loads)."""
        rows = self.db.execute(
            """
            SELECT s.id, s.mode, s.started_at, s.complete,
                   COUNT(m.turn_idx) AS answers,
                   GROUP_CONCAT(m.wpm) AS wpms,
                   SUM(m.span_s) AS span, MAX(m.longest_pause_s) AS longest,
                   (SELECT COUNT(*) FROM fillers f WHERE f.session_id = s.id) AS n_fillers,
                   (SELECT GROUP_CONCAT(outcome) FROM held_silences h WHERE h.session_id = s.id) AS outcomes
            FROM sessions s LEFT JOIN metrics m ON m.session_id = s.id
            GROUP BY s.id ORDER BY s.started_at DESC LIMIT ?
            """,
            (limit if limit else -1,),
        ).fetchall()
        out = []
        for r in rows:
            wpms = sorted(float(x) for x in r["wpms"].split(",")) if r["wpms"] else []
            outcomes: dict[str, int] = {}
            for o in (r["outcomes"] or "").split(","):
                if o:
                    outcomes[o] = outcomes.get(o, 0) + 1
            span = r["span"] or 0.0
            out.append(SessionSummary(
                r["id"], r["mode"], r["started_at"], bool(r["complete"]), r["answers"],
                round(statistics.median(wpms), 1) if wpms else None,
                round(r["n_fillers"] / (span / 60), 1) if span > 0 else None,
                r["longest"], outcomes,
            ))
        return out

    def answer_texts(self, modes: tuple[str, ...] = ("interview", "analyze"), limit: int = 50) -> list[tuple[str, int, str, str]]:
        """(session id, turn index, question, text) of every candidate answer in the newest
        `limit` sessions of these modes, oldest first: one query, no metrics loaded."""
        marks = ",".join("?" * len(modes))
        return [tuple(r) for r in self.db.execute(
            f"""
            SELECT t.session_id, t.idx, t.question, t.text
            FROM turns t JOIN (SELECT id, started_at FROM sessions WHERE mode IN ({marks})
                               ORDER BY started_at DESC LIMIT ?) s ON s.id = t.session_id
            WHERE t.role = 'candidate' AND t.text != ''
            ORDER BY s.started_at, t.idx
            """,
            (*modes, limit),
        )]

    def trend(self, limit: int = 50) -> list[dict]:
        """Per session, oldest first: when, median wpm and fillers per minute (for trend charts)."""
        return [
            {"id": s.id, "started_at": s.started_at, "wpm": s.median_wpm, "fillers_per_min": s.fillers_per_min}
            for s in reversed(self.list_sessions(limit)) if s.median_wpm is not None
        ]


def _write_error(exc: sqlite3.OperationalError, root: Path) -> VoiceprepError:
    msg = str(exc)
    if "full" in msg:
        return VoiceprepError(f"disk full while saving to {root}", "free some space; everything before this turn is saved")
    if "readonly" in msg or "read-only" in msg:
        return VoiceprepError(f"the data folder {root} is read-only", "pass --data-dir DIR or set VOICEPREP_DATA_DIR")
    return VoiceprepError(f"cannot save to {root} ({msg})", "check the folder and try again")


def save_analysis(store: Store, path: str | Path, metrics: SpeechMetrics, audio: np.ndarray | None = None) -> str:
    """Store one analysed recording as a complete one-answer session (`analyze --save`)."""
    sid = store.start_session("analyze", {"file": str(path)})
    store.add_turn(sid, Turn(index=0, role="candidate", kind="answer", text=metrics.transcript, start=0.0,
                             end=metrics.duration_s, metrics=metrics), audio)
    store.finish_session(sid, {"answers": 1})
    return sid

