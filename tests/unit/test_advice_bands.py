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


def _voiced(i: int, sd_st: float, rising=(), trailing=()) -> Turn:
    from dataclasses import replace

    from voiceprep.types import ContourPoint, FlaggedEnding, Prosody

    p = Prosody(110.0, sd_st * 3, sd_st, sd_st < 1.6, (), tuple(FlaggedEnding(a, a + 0.6, 5.0, f"end {a}.") for a in rising),
                tuple(FlaggedEnding(a, a + 0.8, 14.0, f"faded {a}.") for a in trailing), -22.0, 3.5, 12.0, 4, 4, 20.0,
                tuple(ContourPoint(k * 0.05, 110.0 + k % 7, -25.0) for k in range(800)))
    t = _answer(i, [])
    return replace(t, metrics=replace(t.metrics, prosody=p))


def test_voice_bands_follow_the_settings():
    from voiceprep.analysis.prosody_settings import ProsodySettings

    s = ProsodySettings()
    assert bands.pitch_variety(s.lively_sd_st).status == "green"
    assert bands.pitch_variety(s.monotone_sd_st).status == "amber"
    assert bands.pitch_variety(s.monotone_sd_st - 0.01).status == "red"
    assert bands.pitch_variety(None).status == "none"
    assert bands.rising_endings(0, 5).status == "green"
    assert bands.rising_endings(1, 3).status == "amber" and bands.rising_endings(2, 4).status == "red"
    assert bands.trailing_off(0, 0).status == "none"
    assert bands.loudness_variation(3.0).status == "green" and bands.loudness_variation(1.0).status == "amber"


def test_one_piece_of_advice_per_voice_problem():
    flat = _voiced(1, 0.9)
    upspeak = _voiced(3, 3.0, rising=(5.0, 12.0), trailing=(20.0,))
    tips = advice(StoredSession("s", "interview", 0, 1, True, {}, {}, (flat, upspeak)))
    voice = [t for t in tips if "flat" in t or "rise" in t or "faded" in t]
    assert len(voice) == 3
    assert any("stayed flat in answer 1 " in t and "0.9 semitones" in t for t in voice)
    assert any(t.startswith("2 of 8 statements ended on a rise") and "end 5.0." in t for t in voice)
    assert any(t.startswith("1 sentence ending faded out") and "answer 2" in t for t in voice)
    lively = advice(StoredSession("s", "interview", 0, 1, True, {}, {}, (_voiced(1, 3.0),)))
    assert not any("flat" in t or "rise" in t or "faded" in t for t in lively)


def test_report_shows_the_voice_contour_with_clickable_marks(tmp_path):
    from voiceprep.report.html import render
    from voiceprep.store import Store

    store = Store.open(tmp_path)
    earlier = store.start_session("interview", {}, started_at=1.0)
    store.add_turn(earlier, _voiced(1, 1.2))
    store.finish_session(earlier)
    sid = store.start_session("interview", {}, started_at=2.0)
    store.add_turn(sid, _voiced(1, 3.0, rising=(5.0,), trailing=(20.0,)))
    store.finish_session(sid)
    trend = store.trend()
    assert [(s.pitch_sd_st, s.rising_per_answer) for s in trend] == [(1.2, 0.0), (3.0, 1.0)]
    page = render(store, store.get_session(sid))
    assert "Your voice over sessions" in page
    assert "Pitch variety" in page and "Pitch and loudness of answer 1" in page
    assert page.count('class="mark rising"') == 1 and page.count('class="mark trailing"') == 1
    assert 'data-seek="4.7"' in page and 'data-seek="19.7"' in page
    assert "Hincks" in page  # where the band comes from


def test_a_figure_in_doubt_gets_no_colour_and_the_report_leaves_it_out_of_the_session(tmp_path):
    from dataclasses import replace

    from voiceprep.analysis.quality import flag
    from voiceprep.report.html import render
    from voiceprep.store import Store

    sure = _answer(1, [])
    noisy = replace(_answer(3, []), metrics=replace(sure.metrics, wpm=260, quality=(flag("noisy", "heavy noise"),)))
    pace, fillers, pause, *_ = bands.answer_verdicts(noisy, None)
    assert pace.status == fillers.status == pause.status == "none"
    assert pace.value == "260 wpm?" and pace.reason.startswith("less sure")
    assert bands.answer_verdicts(sure, None)[0] == bands.pace(142)
    clipped = replace(sure, metrics=replace(sure.metrics, quality=(flag("clipping", "clips"),)))
    assert [v.status for v in bands.answer_verdicts(clipped, None)[:3]] == ["green", "green", "none"]

    store = Store.open(tmp_path)
    sid = store.start_session("interview", {})
    store.add_turn(sid, Turn(0, "interviewer", "question", "Hello", 0.0, 2.0))
    store.add_turn(sid, sure)
    store.add_turn(sid, Turn(2, "interviewer", "question", "And?", 0.0, 2.0))
    store.add_turn(sid, noisy)
    store.finish_session(sid)
    page = render(store, store.get_session(sid))
    assert "142 wpm" in page and "1 less sure answer left out" in page
    assert "260 wpm?" in page and page.count("260 wpm") == 1  # the noisy answer's own card, not the headline


def test_the_report_headline_pace_is_the_median_history_shows(tmp_path):
    from dataclasses import replace

    from voiceprep.report.html import render
    from voiceprep.store import Store

    store = Store.open(tmp_path)
    sid = store.start_session("interview", {})
    for i, wpm in ((1, 142), (3, 170)):
        store.add_turn(sid, Turn(i - 1, "interviewer", "question", "Q?", 0.0, 2.0))
        a = _answer(i, [])
        store.add_turn(sid, replace(a, metrics=replace(a.metrics, wpm=wpm)))
    store.finish_session(sid)
    [summary] = store.list_sessions()
    assert summary.median_wpm == 156.0  # the mean of the two middle answers, not the upper one
    assert "156 wpm" in render(store, store.get_session(sid))


def test_other_voices_put_the_voice_figures_in_doubt_and_noise_only_the_trailing_off():
    from dataclasses import replace

    from voiceprep.analysis.quality import flag

    t = _voiced(1, 3.0, rising=(5.0,), trailing=(20.0,))
    clean = bands.prosody_verdicts(t)
    assert [v.status for v in clean] == ["green", "amber", "amber", "green"]
    voices = replace(t, metrics=replace(t.metrics, quality=(flag("background_voices", "other voices"),)))
    got = bands.prosody_verdicts(voices)
    assert [v.value for v in got[:3]] == [v.value + "?" for v in clean[:3]] and {v.status for v in got[:3]} == {"none"}
    assert got[3] == clean[3]  # loudness variation: not measured under other voices, not doubted
    noisy = replace(t, metrics=replace(t.metrics, quality=(flag("noisy", "heavy noise"),)))
    assert [v.status for v in bands.prosody_verdicts(noisy)] == ["green", "amber", "none", "green"]


def test_an_answer_with_other_voices_behind_is_left_out_of_the_sessions_voice_figures(tmp_path):
    from dataclasses import replace

    from voiceprep.analysis.quality import flag
    from voiceprep.report.html import render
    from voiceprep.store import Store

    store = Store.open(tmp_path)
    sid = store.start_session("interview", {})
    store.add_turn(sid, _voiced(1, 1.2))
    crowded = _voiced(3, 3.6, rising=(5.0,), trailing=(20.0,))  # the other voices read as variety
    store.add_turn(sid, replace(crowded, metrics=replace(crowded.metrics, quality=(flag("background_voices", "other voices"),))))
    store.finish_session(sid)
    [s] = store.list_sessions()
    assert (s.pitch_sd_st, s.rising_per_answer, s.trailing_per_answer) == (1.2, 0.0, 0.0)
    assert s.figures_in_doubt == ()
    page = render(store, store.get_session(sid))
    assert "1.2 st" in page and "(1 less sure answer left out)" in page
    only = Store.open(tmp_path / "other")
    sid = only.start_session("interview", {})
    only.add_turn(sid, replace(crowded, metrics=replace(crowded.metrics, quality=(flag("background_voices", "other voices"),))))
    only.finish_session(sid)
    [s] = only.list_sessions()
    assert s.pitch_sd_st == 3.6 and set(s.figures_in_doubt) >= {"wpm", "pitch", "rising_endings", "trailing_off"}
