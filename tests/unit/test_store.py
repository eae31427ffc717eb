"""Session store: round trips, privacy, crash safety, concurrency, migrations, bad databases."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from voiceprep.analysis.call_labels import label_call_utterance
from voiceprep.analysis.content import analyze_content
from voiceprep.errors import VoiceprepError
from voiceprep.store import DB_NAME, SCHEMA_VERSION, Store, save_analysis
from voiceprep.types import (
    Filler,
    HeldSilence,
    PacePoint,
    Pause,
    Span,
    SpeechMetrics,
    Turn,
    TurnNotes,
    Word,
)

STORY = ("Last spring a customer called because her internet had been down for three days. I apologised, checked the "
         "line and booked an engineer. Her service was restored within a day, and she renewed for another year.")


def metrics(wpm: float = 140.0, fillers: int = 2) -> SpeechMetrics:
    words = tuple(Word(f"w{i}", i * 0.4, i * 0.4 + 0.3) for i in range(20))
    return SpeechMetrics(
        duration_s=10.0, words=20, span_s=8.0, wpm=wpm, articulation_wpm=wpm + 20, speaking_time_s=7.0,
        fillers=tuple(Filler("um", "filled_pause", 1.0 + i, 1.3 + i) for i in range(fillers)),
        pauses=(Pause(3.0, 4.2),), transcript="w0 w1 <script>alert(1)</script>", word_timeline=words,
        speech=(Span(0.0, 3.0), Span(4.2, 8.0)), pace_over_time=(PacePoint(4.0, wpm),), first_word_s=0.0,
    )


def answer(i: int, **kw) -> Turn:
    return Turn(index=i, role="candidate", kind="answer", text="my answer", start=10.0 * i, end=10.0 * i + 8,
                metrics=metrics(), response_latency_s=1.2, question="Tell me about a time...", **kw)


def test_round_trip_rebuilds_the_dataclasses(tmp_path):
    store = Store.open(tmp_path)
    sid = store.start_session("interview", {"questions": 2})
    hs = HeldSilence(6.0, "added_point", 2.5, "and I followed up")
    store.add_turn(sid, Turn(0, "interviewer", "question", "Hello", 0.0, 2.0, latency_s=0.3))
    notes = TurnNotes(content=analyze_content(STORY, "Tell me about a time..."), turn_end="patience", question_id="angry_customer")
    store.add_turn(sid, answer(1, held_silence=hs, notes=notes), np.zeros(1600, dtype=np.float32))
    store.finish_session(sid, {"answers": 1})
    got = store.get_session("latest")
    assert got.complete and got.mode == "interview" and got.meta == {"questions": 2}
    t = got.turns[1]
    assert t.metrics == metrics()
    assert t.held_silence == hs
    assert t.notes == notes
    assert got.turns[0].latency_s == 0.3
    assert (tmp_path / t.audio_path).is_file()


def test_notes_written_by_the_dict_era_code_load_and_serialise_byte_for_byte(tmp_path):
    # Before TurnNotes, the loop wrote Turn.extra as these dicts (same keys, same order); the
    # stored JSON must load into typed notes and come back out of to_dict unchanged.
    content = analyze_content(STORY + " um, sorry", "Tell me about a time...").to_dict()
    old = [
        {"barged_in": True},
        {"content": content, "turn_end": "finished", "question_id": "angry_customer"},
        {"during_held_silence": True},
        {"interrupted": True},
        {"call_labels": [{"name": lb.name, "evidence": lb.evidence} for lb in label_call_utterance(
            "I'm so sorry. Could you give me your order number?")], "mood_effects": ["empathy", "calm", "clarify"], "mood": -0.3},
        {"call_labels": [], "mood_effects": [], "mood": -2.5},
        {},
    ]
    store = Store.open(tmp_path)
    sid = store.start_session("interview", {})
    for i, extra in enumerate(old):
        store.add_turn(sid, Turn(i, "candidate", "answer", "x", i, i + 1.0))
        store.db.execute("UPDATE turns SET extra = ? WHERE session_id = ? AND idx = ?", (json.dumps(extra), sid, i))
    turns = store.get_session(sid).turns
    assert turns[1].notes.content.flag_names() == {f["name"] for f in content["flags"]} and turns[0].notes.barged_in
    assert [lb.name for lb in turns[4].notes.call_labels] == ["empathy", "calm", "clarify"] and turns[4].notes.mood == -0.3
    assert [json.dumps(t.to_dict().get("extra", {})) for t in turns] == [json.dumps(e) for e in old]


def test_call_figures_written_as_a_dict_load_and_serialise_byte_for_byte(tmp_path):
    old = {"outcome": "resolved", "resolved": True, "handle_time_s": 71.3, "talk_s": 21.4, "listen_s": 30.2,
           "talk_listen_ratio": 0.71, "dead_air": [{"at_s": 12.0, "duration_s": 4.2, "where": "before answering"}],
           "talked_over_customer": 0, "empathy_statements": 1, "confirmations": 0, "signposts": 1,
           "three_c_order": ["calm", "clarify", "create_options"], "three_c_complete_in_order": True,
           "ownership_statements": 1, "blame_statements": 0, "options_offered": 1, "next_step_and_close": True,
           "mood_over_call": [-1.5, 0.2, 1.5, 2.8], "agent_pace_wpm": 141.5, "agent_pace_in_phone_band": True}
    store = Store.open(tmp_path)
    for summary in ({"call": old, "scenario": "late_delivery"}, {"call": {"outcome": "interrupted"}, "scenario": "x"}):
        sid = store.start_session("call", {})
        store.finish_session(sid, summary)
        got = store.get_session(sid)
        assert got.call is not None and got.call.outcome == summary["call"]["outcome"]
        assert json.dumps(got.call.to_dict()) == json.dumps(summary["call"])
    assert store.get_session(sid).call.measured is False
    sid = store.start_session("interview", {})
    assert store.get_session(sid).call is None


def test_files_and_folders_are_private(tmp_path):
    root = tmp_path / "data"
    store = Store.open(root)
    sid = store.start_session("interview", {})
    store.add_turn(sid, answer(0), np.zeros(1600, dtype=np.float32))
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(root / DB_NAME).st_mode) == 0o600
    wav = root / store.get_session(sid).turns[0].audio_path
    assert stat.S_IMODE(os.stat(wav).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(wav.parent).st_mode) == 0o700


def test_no_audio_keeps_none(tmp_path):
    store = Store.open(tmp_path, keep_audio=False)
    sid = store.start_session("interview", {})
    store.add_turn(sid, answer(0), np.zeros(1600, dtype=np.float32))
    assert store.get_session(sid).turns[0].audio_path is None
    assert not (tmp_path / "audio").exists()


def test_session_killed_midway_is_kept_and_incomplete(tmp_path):
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(os.getcwd())!r})
        from tests.unit.test_store import answer
        from voiceprep.store import Store
        store = Store.open({str(tmp_path)!r})
        sid = store.start_session("interview", {{}})
        store.add_turn(sid, answer(0))
        store.add_turn(sid, answer(1))
        os._exit(1)  # dies without finishing the session or closing the database
    """)
    subprocess.run([sys.executable, "-c", script], check=False)
    [summary] = Store.open(tmp_path).list_sessions()
    assert summary.answers == 2 and not summary.complete


def test_report_can_read_while_a_session_is_being_written(tmp_path):
    writer = Store.open(tmp_path)
    sid = writer.start_session("interview", {})
    writer.add_turn(sid, answer(0))
    reader = Store.open(tmp_path)
    writer.db.execute("BEGIN IMMEDIATE")  # a write in progress
    writer.db.execute("UPDATE sessions SET meta = '{\"busy\": 1}' WHERE id = ?", (sid,))
    assert len(reader.get_session(sid).turns) == 1  # WAL: readers are not blocked
    writer.db.execute("COMMIT")
    assert reader.get_session(sid).meta == {"busy": 1}


def test_history_figures(tmp_path):
    store = Store.open(tmp_path)
    sid = store.start_session("interview", {})
    store.add_turn(sid, answer(0, held_silence=HeldSilence(5.0, "waited")))
    store.add_turn(sid, answer(1, held_silence=HeldSilence(5.0, "filled", 1.0)))
    store.finish_session(sid)
    [s] = store.list_sessions()
    assert s.answers == 2 and s.median_wpm == 140.0
    assert s.fillers_per_min == pytest.approx(4 / (16 / 60), abs=0.1)
    assert s.longest_pause_s == pytest.approx(1.2)
    assert s.held_silences == {"waited": 1, "filled": 1}


def test_ids_prefixes_latest_and_errors(tmp_path):
    store = Store.open(tmp_path)
    with pytest.raises(VoiceprepError, match="no sessions yet"):
        store.get_session("latest")
    sid = save_analysis(store, "a.wav", metrics())
    assert store.get_session(sid[:12]).id == sid
    with pytest.raises(VoiceprepError, match="no session matches"):
        store.get_session("nope")
    store.delete_session(sid)
    assert store.list_sessions() == []


def test_corrupted_database_is_never_overwritten(tmp_path):
    db = tmp_path / DB_NAME
    db.write_bytes(b"this is not sqlite" * 100)
    before = db.read_bytes()
    with pytest.raises(VoiceprepError, match="not a readable voiceprep database"):
        Store.open(tmp_path)
    assert db.read_bytes() == before


def test_newer_schema_is_refused_and_migrations_are_recorded(tmp_path):
    Store.open(tmp_path).close()
    con = sqlite3.connect(tmp_path / DB_NAME)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(VoiceprepError, match="newer voiceprep"):
        Store.open(tmp_path)


def test_unwritable_data_dir(tmp_path):
    if os.geteuid() == 0:
        target = "/proc/voiceprep-cannot-be-here"  # root can write anywhere else
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = str(locked / "data")
    with pytest.raises(VoiceprepError, match="cannot write to the data folder"):
        Store.open(target)


def test_prosody_round_trips_and_rows_stored_before_it_still_load(tmp_path):
    import json as _json
    from dataclasses import replace

    from voiceprep.store import MIGRATIONS
    from voiceprep.types import ContourPoint, FlaggedEnding, Prosody

    # A database as voiceprep wrote it before prosody existed (schema 1), with one answer in it.
    con = sqlite3.connect(tmp_path / DB_NAME)
    MIGRATIONS[0](con)
    con.execute("PRAGMA user_version = 1")
    con.execute("INSERT INTO sessions (id, mode, started_at, complete) VALUES ('old-1', 'analyze', 1.0, 1)")
    con.execute("""INSERT INTO turns (session_id, idx, role, kind, text, start, "end") VALUES ('old-1', 0, 'candidate', 'answer', 'hi', 0, 5)""")
    con.execute("INSERT INTO metrics VALUES ('old-1', 0, 5.0, 1, 4.0, 15.0, 20.0, 3.0, 0.5, 0.0, 0.0, 'hi', '[]', '[]')")
    con.commit()
    con.close()
    store = Store.open(tmp_path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    old = store.get_session("old-1").turns[0].metrics
    assert old.prosody is None and old.wpm == 15.0
    p = Prosody(120.5, 7.25, 2.31, False, (Span(1.0, 11.0),), (FlaggedEnding(3.2, 3.85, 4.5, "the end."),),
                (FlaggedEnding(7.0, 7.9, 12.25, "it faded."),), -21.3, 3.12, 14.2, 3, 4, 9.5,
                (ContourPoint(0.05, None, -60.0), ContourPoint(0.1, 121.5, -20.5)))
    sid = store.start_session("interview", {})
    store.add_turn(sid, replace(answer(0), metrics=replace(metrics(), prosody=p)))
    back = store.get_session(sid).turns[0].metrics
    assert back.prosody == p
    assert _json.loads(_json.dumps(store.get_session(sid).to_dict()))["turns"][0]["metrics"]["prosody"]["rising_endings"][0]["rise_st"] == 4.5
    # The history and trend figures: the old analyze session has none, the new one its own.
    rows = {r.id: r for r in store.list_sessions()}
    assert rows[sid].pitch_sd_st == 2.31 and rows[sid].rising_per_answer == 1.0 and rows[sid].trailing_per_answer == 1.0
    assert rows["old-1"].pitch_sd_st is None and rows["old-1"].rising_per_answer is None


def test_a_learned_call_label_keeps_its_source_through_the_store(tmp_path):
    from voiceprep.analysis.call_labels import CallLabel
    from voiceprep.types import TurnNotes

    notes = TurnNotes(call_labels=(CallLabel("blame", "not our fault"), CallLabel("calm", "holding on patience", "learned")))
    store = Store.open(tmp_path)
    sid = store.start_session("call", {})
    store.add_turn(sid, Turn(0, "candidate", "answer", "x", 0.0, 1.0, notes=notes))
    back = store.get_session(sid).turns[0].notes.call_labels
    assert [(lb.name, lb.source) for lb in back] == [("blame", "rules"), ("calm", "learned")]


def test_history_figures_leave_out_answers_whose_figure_is_in_doubt(tmp_path):
    """A noisy answer's pace and fillers, and a clipping answer's pauses, are not the session's; when
    every answer's figure is in doubt the session's is taken from all of them and marked in doubt."""
    from dataclasses import replace

    from voiceprep.analysis.quality import flag

    noisy = flag("noisy", "heavy background noise")
    clipping = flag("clipping", "the recording clips")

    def doubted(i: int, wpm: float, fillers: int, long_pause: float, *flags) -> Turn:
        m = replace(metrics(wpm, fillers), pauses=(Pause(3.0, 3.0 + long_pause),), quality=flags)
        return replace(answer(i), metrics=m)

    store = Store.open(tmp_path)
    sid = store.start_session("interview", {}, started_at=1.0)
    store.add_turn(sid, doubted(0, 140.0, 1, 1.2))
    store.add_turn(sid, doubted(1, 300.0, 9, 2.0, noisy))
    store.add_turn(sid, doubted(2, 150.0, 1, 6.0, clipping))
    store.finish_session(sid)
    every = store.start_session("interview", {}, started_at=2.0)
    store.add_turn(every, doubted(0, 250.0, 4, 1.0, noisy))
    store.add_turn(every, doubted(1, 270.0, 4, 3.0, noisy))
    store.finish_session(every)
    both, some = store.list_sessions()
    assert some.median_wpm == 145.0  # 140 and 150: the noisy answer's 300 left out
    assert some.fillers_per_min == pytest.approx(2 / (16 / 60), abs=0.1)
    assert some.longest_pause_s == pytest.approx(1.2)  # the noisy 2 s and the clipping 6 s left out
    assert some.figures_in_doubt == ()
    assert both.median_wpm == 260.0 and both.longest_pause_s == pytest.approx(3.0)
    assert both.figures_in_doubt == ("wpm", "fillers", "pauses")
    back = store.get_session(sid).turns[1].metrics
    assert back.quality == (noisy,) and back.figures_in_doubt == ("words", "wpm", "fillers", "pauses", "trailing_off")
