"""Bands give the right colour with a reason; advice quotes the session's own numbers."""

from __future__ import annotations

from voiceprep.report import bands
from voiceprep.report.advice import advice
from voiceprep.store import StoredSession
from voiceprep.types import Filler, HeldSilence, SpeechMetrics, Turn


def test_pace_bands_differ_for_calls():
    assert bands.pace(155, "interview").status == "green"
    v = bands.pace(155, "call")
    assert v.status == "amber" and "faster than the 120-150" in v.reason
    assert bands.pace(200).status == "red"


def test_length_fillers_pause_latency_and_silence_bands():
    assert bands.answer_length(90).status == "green"
    assert bands.answer_length(45).status == "amber" and "shorter" in bands.answer_length(45).reason
    assert bands.fillers(2).status == "green" and bands.fillers(9).status == "red"
    assert bands.longest_pause(6).status == "red"
    assert bands.response_latency(None).status == "none"
    assert bands.held_silence("filled").status == "amber" and bands.held_silence("waited").status == "green"


def _answer(i: int, fillers: list[Filler], **kw) -> Turn:
    m = SpeechMetrics(duration_s=40, words=90, span_s=38, wpm=142, articulation_wpm=150, speaking_time_s=35,
                      fillers=tuple(fillers), pauses=(), transcript="x", first_word_s=1.0)
    return Turn(i, "candidate", "answer", "x", 0, 40, metrics=m, **kw)


def test_advice_counts_fillers_right_after_the_question():
    ums = [Filler("um", "filled_pause", 1.2, 1.5), Filler("um", "filled_pause", 2.0, 2.3), Filler("uh", "filled_pause", 20, 20.3)]
    s = StoredSession("s", "interview", 0, 1, True, {}, {}, (_answer(1, ums, held_silence=HeldSilence(6, "filled", 1.0)),))
    tips = advice(s)
    assert tips[0].startswith("You used 3 filled pauses ('um' 2x, 'uh' 1x), 2 of them right as you started answering")
    assert any("filled 1 of those silences" in t for t in tips)
    assert any("under 60 seconds" in t for t in tips)


def test_advice_for_an_empty_session():
    assert "nothing to review" in advice(StoredSession("s", "interview", 0, None, False, {}, {}, ()))[0]


def test_call_figures_are_readable_in_the_report():
    from voiceprep.analysis.call_metrics import CallFigures, DeadAir
    from voiceprep.report.html import call_rows

    figures = CallFigures("hung_up", handle_time_s=39.7, empathy_statements=1, three_c_order=("calm", "create_options"),
                          dead_air=(DeadAir(12.0, 4.2, "before answering"),), mood_over_call=(-1.5, 0.5))
    rows = dict(call_rows(figures))
    assert len(rows) == 20 and list(rows)[:3] == ["Outcome", "Resolved", "Handle time"]
    assert rows | {"Outcome": "hung up", "Handle time": "40 s", "Empathy statements": "1", "Three c order": "calm → create options",
                   "Dead air": "4.2 s before answering at 12 s", "Resolved": "no",
                   "Mood over call": "-1.5 → +0.5  (-3 hangs up, +3 delighted)", "Talk listen ratio": "None"} == rows
    assert call_rows(CallFigures("interrupted")) == [("Outcome", "interrupted")]
    assert bands.answer_length(7, "call").status == "none"
