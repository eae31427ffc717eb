"""The session store: SQLite (WAL) plus one WAV per turn beside it, private to the user.

Every turn is committed the moment it completes, so a session killed mid-way is still there,
marked incomplete. The schema has a version and forward migrations. Readers (reports) can open
the database while a session is being written.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from voiceprep.analysis.quality import figures_in_doubt, sure_or_all
from voiceprep.analysis.quality import flag as quality_flag
from voiceprep.errors import VoiceprepError
from voiceprep.paths import PRIVATE_FILE, ensure_private_dir
from voiceprep.paths import data_dir as resolve_data_dir
from voiceprep.types import (
    Filler,
    HeldSilence,
    PacePoint,
    Pause,
    Prosody,
    Span,
    SpeechMetrics,
    Turn,
    TurnNotes,
    Word,
)

if TYPE_CHECKING:  # numpy only for annotations: `history` should not pay for importing it
    import numpy as np

    from voiceprep.analysis.call_metrics import CallFigures

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

# Forward migrations: MIGRATIONS[n] takes a database at version n to n + 1, statement by statement
# inside the caller's write transaction (never executescript, which commits). Never edit one that
# has shipped; append a new one.
def _statements(script: str) -> Callable[[sqlite3.Connection], None]:
    def run(db: sqlite3.Connection) -> None:
        for statement in script.split(";"):
            if statement.strip():
                db.execute(statement)

    return run


# v2: the prosody of each answer. The three figures `history` and the trends read are small
# columns on `metrics`; the whole document (Prosody.to_dict(details=True), contour included, a
# few kB a minute) lives in its own table so listing sessions never reads past it. Answers
# stored before prosody existed have neither and read back with prosody=None. One statement at
# a time (not executescript, which commits first): all of it and the version bump land together.
_V2 = (
    "ALTER TABLE metrics ADD COLUMN pitch_sd_st REAL",
    "ALTER TABLE metrics ADD COLUMN rising_endings INTEGER",
    "ALTER TABLE metrics ADD COLUMN trailing_off INTEGER",
    """CREATE TABLE prosody (
        session_id TEXT NOT NULL, turn_idx INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (session_id, turn_idx),
        FOREIGN KEY (session_id, turn_idx) REFERENCES turns(session_id, idx) ON DELETE CASCADE
    )""",
)


def _migrate_v2(db: sqlite3.Connection) -> None:
    for statement in _V2:
        db.execute(statement)


# v3: why an answer's figures are less sure (the analysis' quality flags), as a JSON list.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _statements(_V1),
    _migrate_v2,
    _statements("ALTER TABLE metrics ADD COLUMN quality TEXT NOT NULL DEFAULT '[]'"),
]
SCHEMA_VERSION = len(MIGRATIONS)
# Session ids are made by start_session (20261122-165723-7c7929); anything else is refused before
# it reaches a query or a path, so '' or '%' cannot match every session and a tampered database
# cannot name a folder outside the data folder.
SESSION_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]{0,63}$")


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
    pitch_sd_st: float | None = None  # mean over the answers whose prosody was measured
    rising_per_answer: float | None = None
    trailing_per_answer: float | None = None
    figures_in_doubt: tuple[str, ...] = ()  # of wpm, fillers, pauses, pitch, rising_endings, trailing_off:
    # in doubt in every answer, so here too


@dataclass(frozen=True)
class _StoredAnswer:
    """One answer as `list_sessions` reads it: the figures a session summary is made of, and the
    figures its quality flags put in doubt (read once from the stored flag codes)."""

    wpm: float | None
    span_s: float | None
    longest_pause_s: float | None
    fillers: int
    pitch_sd_st: float | None  # the last three None where prosody was not measured
    rising: int | None
    trailing: int | None
    doubted: frozenset[str]

    @classmethod
    def read(cls, row: list) -> _StoredAnswer:
        """`row`: [wpm, span_s, longest_pause_s, quality JSON, filler count, pitch SD, rising, trailing]."""
        wpm, span_s, longest, quality, fillers, sd, rising, trailing = row
        return cls(wpm, span_s, longest, fillers, sd, rising, trailing,
                   frozenset(f for code in _codes(quality) for f in figures_in_doubt(code)))


@dataclass(frozen=True)
class _SessionFigures:
    """A session's figures, each over the answers whose own figure no quality flag doubts (over all
    of them, and in doubt, when every answer's is)."""

    median_wpm: float | None
    fillers_per_min: float | None
    longest_pause_s: float | None
    pitch_sd_st: float | None  # mean over the answers whose prosody was measured
    rising_per_answer: float | None
    trailing_per_answer: float | None
    in_doubt: tuple[str, ...]

    @classmethod
    def of(cls, answers: list[_StoredAnswer]) -> _SessionFigures:
        doubted: list[str] = []

        def used(figure: str, measured: Callable[[_StoredAnswer], object] = lambda a: True) -> list[_StoredAnswer]:
            picked, all_doubted = sure_or_all([a for a in answers if measured(a) is not None],
                                              lambda a: figure in a.doubted)
            doubted.extend([figure] if all_doubted else [])
            return picked

        paced, filled, paused = used("wpm"), used("fillers"), used("pauses")
        pitched = used("pitch", lambda a: a.pitch_sd_st)
        rising, trailing = used("rising_endings", lambda a: a.rising), used("trailing_off", lambda a: a.trailing)
        wpms = sorted(float(a.wpm) for a in paced if a.wpm is not None)
        span = sum(a.span_s or 0.0 for a in filled)
        longest = [a.longest_pause_s for a in paused if a.longest_pause_s is not None]
        return cls(round(statistics.median(wpms), 1) if wpms else None,
                   round(sum(a.fillers for a in filled) / (span / 60), 1) if span > 0 else None,
                   max(longest) if longest else None,
                   round(statistics.fmean(a.pitch_sd_st for a in pitched), 2) if pitched else None,
                   round(sum(a.rising for a in rising) / len(rising), 2) if rising else None,
                   round(sum(a.trailing for a in trailing) / len(trailing), 2) if trailing else None,
                   tuple(doubted))


def _codes(quality: str | None) -> list[str]:
    """The flag codes of a stored quality column ([[code, message], ...]); an unreadable one as
    none (the figures still show)."""
    try:
        flags = json.loads(quality or "[]")
    except ValueError:
        return []
    return [f[0] for f in flags if isinstance(f, list) and f and isinstance(f[0], str)] if isinstance(flags, list) else []


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

    @property
    def call(self) -> CallFigures | None:
        """A call rehearsal's figures, read back from the summary (None for other sessions)."""
        from voiceprep.analysis.call_metrics import CallFigures

        figures = self.summary.get("call")
        return CallFigures.from_dict(figures) if isinstance(figures, dict) else None

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
        # Each recording also gets a compact (Opus) copy for reports, made off the caller's thread
        # so a live interview does not wait for it; finish_session and close wait for them.
        self._compact_jobs: list[Future] = []
        self._encoder: ThreadPoolExecutor | None = None

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, keep_audio: bool = True, write: bool = True) -> Store:
        """The store in `data_dir`. Writers (write=True) create it if needed, migrate it and check
        it is intact before adding anything; readers open it read-only (a read-only folder is
        fine) and see an empty store when there is none yet. Safe with several commands at once."""
        root = resolve_data_dir(data_dir)
        path = root / DB_NAME
        try:
            if write:
                ensure_private_dir(root)
                if not path.exists():
                    _create(path)
                _refuse_empty(path)
                db = _connect(path)
                _migrate(db, path)
                _check_intact(db, path)
                for f in root.glob(DB_NAME + "*"):
                    os.chmod(f, PRIVATE_FILE)
            elif not path.exists():
                db = _connect(":memory:")
                _migrate(db, path)
            else:
                _refuse_empty(path)
                db = _connect_readonly(path)
        except sqlite3.DatabaseError as exc:
            raise _open_error(exc, path) from exc
        return cls(root, db, keep_audio=keep_audio)

    def close(self) -> None:
        self.wait_for_audio()
        self.db.close()

    def wait_for_audio(self) -> None:
        """Block until every compact copy queued so far is written."""
        jobs, self._compact_jobs = self._compact_jobs, []
        for job in jobs:
            job.result()

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

            ensure_private_dir(self.root / "audio", check_writable=False)
            folder = ensure_private_dir(self.root / "audio" / sid, check_writable=False)
            wav = write_wav(folder / f"{turn.index:03d}-{turn.role}.wav", audio, sample_rate)
            os.chmod(wav, PRIVATE_FILE)
            audio_path = str(wav.relative_to(self.root))
            if self._encoder is None:
                self._encoder = ThreadPoolExecutor(1, thread_name_prefix="compact-audio")
            self._compact_jobs.append(self._encoder.submit(_write_compact, wav, audio.copy(), sample_rate))
        try:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                self.db.execute(
                    'INSERT OR REPLACE INTO turns (session_id, idx, role, kind, text, start, "end", question, latency_s, '
                    "response_latency_s, audio_path, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (sid, turn.index, turn.role, turn.kind, turn.text, turn.start, turn.end, turn.question, turn.latency_s,
                     turn.response_latency_s, audio_path, json.dumps(turn.notes.to_dict())),
                )
                m = turn.metrics
                if m is not None:
                    self.db.execute(
                        "INSERT INTO metrics (session_id, turn_idx, duration_s, words, span_s, wpm, articulation_wpm, "
                        "speaking_time_s, first_word_s, fillers_per_min, longest_pause_s, transcript, speech, pace, "
                        "pitch_sd_st, rising_endings, trailing_off, quality) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (sid, turn.index, m.duration_s, m.words, m.span_s, m.wpm, m.articulation_wpm, m.speaking_time_s,
                         m.first_word_s, m.fillers_per_min, m.longest_pause_s, m.transcript,
                         json.dumps([[s.start, s.end] for s in m.speech]), json.dumps([[p.time_s, p.wpm] for p in m.pace_over_time]),
                         *_prosody_figures(m.prosody), json.dumps([[q.code, q.message] for q in m.quality])),
                    )
                    if m.prosody is not None:
                        self.db.execute("INSERT OR REPLACE INTO prosody VALUES (?,?,?)",
                                        (sid, turn.index, json.dumps(m.prosody.to_dict(details=True))))
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
        self.wait_for_audio()
        self._write("UPDATE sessions SET complete = ?, finished_at = ?, summary = ? WHERE id = ?",
                    (int(complete), time.time(), json.dumps(summary or {}), sid))

    def delete_session(self, sid: str) -> None:
        """Remove a session, its recordings and its default report."""
        sid = self.resolve(sid)
        if not SESSION_ID.match(sid):  # an id from a tampered database never becomes a path
            raise VoiceprepError(f"the stored session id {sid!r} is not valid", "the database was edited by hand; nothing was deleted")
        self._write("DELETE FROM sessions WHERE id = ?", (sid,))
        folder = self.root / "audio" / sid
        if folder.is_dir() and not folder.is_symlink():
            for f in folder.iterdir():
                if f.is_file() or f.is_symlink():
                    f.unlink()
            folder.rmdir()
        self.report_path(sid).unlink(missing_ok=True)

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
        if not SESSION_ID.match(sid_or_latest):
            raise VoiceprepError(f"{sid_or_latest!r} is not a session id", "see the ids with `voiceprep history`")
        rows = self.db.execute("SELECT id FROM sessions WHERE substr(id, 1, ?) = ? LIMIT 2",
                               (len(sid_or_latest), sid_or_latest)).fetchall()
        if len(rows) != 1:
            what = "no session" if not rows else "more than one session"
            raise VoiceprepError(f"{what} matches {sid_or_latest!r}", "see the ids with `voiceprep history`")
        return rows[0]["id"]

    def audio_file(self, turn: Turn) -> Path | None:
        """The recording of a turn, if it is a file inside this store's audio folder (a path read
        from the database is never trusted further than that)."""
        if not turn.audio_path:
            return None
        audio_root = (self.root / "audio").resolve()
        path = (self.root / turn.audio_path).resolve()
        if not path.is_relative_to(audio_root) or not path.is_file():
            return None
        return path

    def compact_audio(self, turn: Turn) -> bytes | None:
        """The turn's recording as WebM/Opus (what reports embed): the copy made when it was
        stored, or encoded now from the WAV (and kept, where the store is writable)."""
        wav = self.audio_file(turn)
        if wav is None:
            return None
        compact = _compact_path(wav)
        if compact.is_file() and not compact.is_symlink():
            return compact.read_bytes()
        from voiceprep.audio.io import load_audio

        try:
            return _write_compact(wav, load_audio(wav))
        except VoiceprepError:  # an unreadable recording: the report shows no player for it
            return None

    def report_path(self, sid: str) -> Path:
        """Where `voiceprep report` writes a session's report by default."""
        return self.root / f"report-{sid}.html"

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
        prosody = {r["turn_idx"]: r["doc"] for r in self.db.execute("SELECT turn_idx, doc FROM prosody WHERE session_id = ?", (sid,))}
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
                    prosody=Prosody.from_dict(json.loads(prosody[i])) if i in prosody else None,
                    quality=tuple(quality_flag(code, message) for code, message in json.loads(m["quality"])),
                )
            h = held.get(i)
            turns.append(Turn(
                index=i, role=r["role"], kind=r["kind"], text=r["text"], start=r["start"], end=r["end"], metrics=sm,
                latency_s=r["latency_s"], response_latency_s=r["response_latency_s"],
                held_silence=HeldSilence(h["duration_s"], h["outcome"], h["resumed_after_s"], h["text"]) if h else None,
                question=r["question"], audio_path=r["audio_path"], notes=TurnNotes.from_dict(json.loads(r["extra"])),
            ))
        return StoredSession(s["id"], s["mode"], s["started_at"], s["finished_at"], bool(s["complete"]),
                             json.loads(s["meta"]), json.loads(s["summary"]), tuple(turns))

    def list_sessions(self, limit: int | None = 20) -> list[SessionSummary]:
        """Newest first, with the per-session figures `history` shows (one query, no per-row loads)."""
        rows = self.db.execute(
            """
            SELECT s.id, s.mode, s.started_at, s.complete,
                   COUNT(m.turn_idx) AS answers,
                   GROUP_CONCAT(json_array(m.wpm, m.span_s, m.longest_pause_s, m.quality,
                       (SELECT COUNT(*) FROM fillers f WHERE f.session_id = m.session_id AND f.turn_idx = m.turn_idx),
                       m.pitch_sd_st, m.rising_endings, m.trailing_off)) AS per_answer,
                   (SELECT GROUP_CONCAT(outcome) FROM held_silences h WHERE h.session_id = s.id) AS outcomes
            FROM sessions s LEFT JOIN metrics m ON m.session_id = s.id
            GROUP BY s.id ORDER BY s.started_at DESC LIMIT ?
            """,
            (limit if limit else -1,),
        ).fetchall()
        out = []
        for r in rows:
            per_answer = json.loads(f"[{r['per_answer']}]") if r["per_answer"] else []
            figures = _SessionFigures.of([_StoredAnswer.read(a) for a in per_answer])
            outcomes: dict[str, int] = {}
            for o in (r["outcomes"] or "").split(","):
                if o:
                    outcomes[o] = outcomes.get(o, 0) + 1
            out.append(SessionSummary(
                r["id"], r["mode"], r["started_at"], bool(r["complete"]), r["answers"],
                figures.median_wpm, figures.fillers_per_min, figures.longest_pause_s, outcomes,
                figures.pitch_sd_st, figures.rising_per_answer, figures.trailing_per_answer, figures.in_doubt,
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

    def trend(self, limit: int = 50) -> list[SessionSummary]:
        """The last `limit` sessions with a measured pace, oldest first (for the trend charts)."""
        return [s for s in reversed(self.list_sessions(limit)) if s.median_wpm is not None]


def _compact_path(wav: Path) -> Path:
    return wav.with_suffix(".webm")


def _write_compact(wav: Path, audio: np.ndarray, sample_rate: int = 16000) -> bytes:
    """Encode and keep the compact copy beside the WAV (0600); on a read-only store, only return it."""
    from voiceprep.audio.io import encode_compact

    data = encode_compact(audio, sample_rate)
    try:
        fd = os.open(_compact_path(wav), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except OSError:
        pass  # a cache: the report still embeds the bytes
    return data


def _connect(target: str | Path, *, uri: bool = False) -> sqlite3.Connection:
    db = sqlite3.connect(target, timeout=15.0, isolation_level=None, check_same_thread=False, uri=uri)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _create(path: Path) -> None:
    """Build a new store beside `path` and move it into place in one step: a second command
    starting at the same moment either sees no database or a whole one, never a half-made one
    (so a 0-byte database is always damage, never a store being born)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.new")
    old_umask = os.umask(0o077)
    try:
        db = _connect(tmp)
        db.execute("PRAGMA journal_mode = WAL")
        _migrate(db, tmp)
        db.close()
        try:
            os.link(tmp, path)  # fails if another command got there first: theirs is kept
        except FileExistsError:
            pass
        except OSError:  # a filesystem without hard links
            if not path.exists():
                os.replace(tmp, path)
    finally:
        os.umask(old_umask)
        for f in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            f.unlink(missing_ok=True)


def _refuse_empty(path: Path) -> None:
    if path.stat().st_size == 0:
        raise VoiceprepError(
            f"{path} is empty (0 bytes): the sessions in it are gone or it was truncated",
            "it was left untouched: restore a backup, or move it aside to start a new store",
        )


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to SCHEMA_VERSION under the write lock (re-reading the version once
    the lock is held, so two commands never both migrate)."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise VoiceprepError(f"{path} was written by a newer voiceprep (schema {version})",
                             "upgrade voiceprep; the database was left untouched")
    if version == SCHEMA_VERSION:
        return
    with db:
        db.execute("BEGIN IMMEDIATE")
        for n in range(db.execute("PRAGMA user_version").fetchone()[0], SCHEMA_VERSION):
            MIGRATIONS[n](db)
            db.execute(f"PRAGMA user_version = {n + 1}")


def _check_intact(db: sqlite3.Connection, path: Path) -> None:
    """Writers first check the pages: nothing is added to a damaged database."""
    problems = [r[0] for r in db.execute("PRAGMA quick_check(3)").fetchall()]
    if problems != ["ok"]:
        db.close()
        raise VoiceprepError(
            f"{path} is damaged ({problems[0]}); nothing was written to it",
            "restore a backup, or move it aside to start a new store (sessions may still be read from the old one)",
        )


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Read-only, so a read-only store (or a store on read-only media) can still be reviewed.
    WAL needs its -shm file; where it cannot be made, the file is read as immutable."""
    for mode in ("ro", "ro&immutable=1"):
        db = _connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.OperationalError:
            db.close()
            continue
        if version > SCHEMA_VERSION:
            raise VoiceprepError(f"{path} was written by a newer voiceprep (schema {version})",
                                 "upgrade voiceprep; the database was left untouched")
        if version < SCHEMA_VERSION:
            db.close()
            _migrate(_connect(path), path)  # an older store is upgraded once by whoever opens it
            return _connect_readonly(path)
        return db
    raise sqlite3.OperationalError("unable to open database file")


def _open_error(exc: sqlite3.DatabaseError, path: Path) -> VoiceprepError:
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        return VoiceprepError(f"{path} is busy: another voiceprep command is writing to it", "try again in a moment; nothing was changed")
    if "unable to open" in msg:
        return VoiceprepError(f"cannot open {path} ({msg})", "check the folder's permissions, or pass --data-dir DIR")
    return VoiceprepError(
        f"{path} is not a readable voiceprep database ({msg})",
        "it was left untouched: restore a backup, or move it aside to start a new store",
    )


def damaged_database_error(exc: sqlite3.DatabaseError) -> VoiceprepError:
    """A damaged page found while reading: one line instead of a traceback."""
    return VoiceprepError(f"the session database is damaged ({exc})",
                          "restore a backup, or move it aside to start a new store; nothing was written to it")


def _prosody_figures(p: Prosody | None) -> tuple:
    """(pitch SD, rising endings, trailing-off endings) of one answer's prosody, for `history` and trends."""
    if p is None:
        return (None, None, None)
    return (p.pitch_sd_st, len(p.rising_endings), len(p.trailing_off))


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

